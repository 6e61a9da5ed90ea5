<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurze Antwort</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Option wählen</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Optionen getrennt durch |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Selbstverletzung oder Suizid</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Missbrauch oder Gefahr</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Essprobleme</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Mobbing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Deine Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Warnungen (%n neu)</numerusform><numerusform>Warnungen (%n neu)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Warnungen, die Lantern gab, als ein Kind traurig oder in Gefahr wirkte. Die Worte des Kindes werden nicht gezeigt. Sprich mit dem Kind und schreibe dann auf, was du getan hast.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Nur neue Warnungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>Was du getan hast (zum Beispiel: mit ihr gesprochen, zu Hause angerufen)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Gesehen: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Als gesehen markiert.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>Dieselbe Textstelle zweimal</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Fast dieselbe Textstelle</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Schwer zu lesen für die Klasse</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Lektion ohne Fragen</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Frage, die das Material nicht beantwortet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Mach eine leichtere Fassung unter Lesen.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Erstelle oder ergänze Fragen unter Quiz.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Entferne die überzählige Kopie in der Bibliothek.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Füge in der Bibliothek Material hinzu, das sie beantwortet, oder beantworte sie unter Fragen.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Klassenstufe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>Aus den Lernenden</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Nichts zu tun: Das Material ist gut.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n Punkt zum Ansehen.</numerusform><numerusform>%n Punkte zum Ansehen.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen kommen</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Kinder und Lektionen</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Schwierige Fragen</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Antworten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Klassenansichten</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Alle Geräte der Klasse (Schulserver)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Am Server anmelden…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Beherrschung</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Fällige Wiederholungen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Beim ersten Mal falsch</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>Vom Schulserver (alle Geräte der Klasse), erstellt {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Dieses Gerät ist mit keinem Schulserver verbunden: Das sind die Zahlen dieses Geräts.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Melde dich am Schulserver an (Am Server anmelden…), um alle Geräte zu sehen; das sind die Zahlen dieses Geräts.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>Die Ansicht des Schulservers ist nicht verfügbar ({reason}): Das sind die Zahlen dieses Geräts.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>Von diesem Gerät.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} von {answered} ({percent} %)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Noch keine Kinder oder keine freigegebenen Fragen.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Klassenansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Am Schulserver anmelden</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>Mit deinem Lehrkraft-Schlüssel zeigt die Klassenansicht alle Geräte deiner Klasse. Der Schlüssel bleibt im Schlüsselbund dieses Computers, nie dort, wo Kinder ihn sehen.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Lehrkraft-Schlüssel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Spaltentitel</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Neu aus dem Material erstellen</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Für die Kinder veröffentlichen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Warum sie hier steht</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Begriffe, die sie erklärt</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Neuer Titel für die gewählte Einheit oder Lektion</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Die Kinder folgen diesem Pfad.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Entwurf: Die Kinder sehen diese Änderungen erst nach dem Veröffentlichen.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Warum „{title}“ hier steht: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Veröffentlicht: Die Lektionen der Kinder folgen jetzt diesem Pfad.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Welches Material fehlt</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Fragen der Kinder, die die Lektionen nicht beantwortet haben, und Fragen für den Online-Tutor. Beantworte sie selbst, lass den Online-Tutor antworten oder notiere, welches Material fehlt.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Deine Antwort kommt in den Verlauf des Kindes.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Selbst beantworten</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Online-Tutor antworten lassen</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Fehlendes Material (Notiz, freiwillig)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Material ergänzen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Fehlendes Material: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>Wartet auf deine Freigabe</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Für den Online-Tutor gespeichert</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Zu lang für den Online-Tutor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Nicht in den Lektionen</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Für den Online-Tutor</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Beantwortet: Das Kind findet es in seinem Verlauf.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>Der Online-Tutor antwortet, sobald der Schulserver erreichbar ist.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Markiert: Die Materialprüfung zeigt sie, bis Material ergänzt ist.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>Wie viele Fragen erstellt werden</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Fragen werden erstellt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Entwürfe zum Prüfen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Fragen erstellen</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Alle Entwürfe freigeben</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Eigene hinzufügen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Aus dem Material (die Antwort ist markiert):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Optionen getrennt durch |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Wähle links eine Frage.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Hier gibt es noch keine Fragen. Erstelle Fragen oder füge eigene hinzu.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>von dir geschrieben</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>vom Modell erstellt</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>aus einem Satz erstellt</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Stand: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Gespeichert. Bis zur Freigabe ist es wieder ein Entwurf.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Freigegeben: Die Kinder können diese Frage jetzt bekommen.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Abgelehnt: Die Kinder bekommen diese Frage nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>%n Entwurf freigegeben.</numerusform><numerusform>%n Entwürfe freigegeben.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Als Entwurf hinzugefügt. Gib ihn frei, wenn er passt.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Fragen werden erstellt…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Fragen werden erstellt… {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Angehalten. %n neue Frage bleibt als Entwurf.</numerusform><numerusform>Angehalten. %n neue Fragen bleiben als Entwürfe.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>%n neue Frage als Entwurf erstellt. Prüfe sie unten.</numerusform><numerusform>%n neue Fragen als Entwürfe erstellt. Prüfe sie unten.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Leichtere Fassungen</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Leichtere Fassung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Für Stufe</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Für Legasthenie (kurze Zeilen)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Leichtere Fassung erstellen</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Für die Kinder freigeben</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Textstelle {chunk}, Stufe {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} Wörter pro Satz</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Lesestufe {grade} · {words} Wörter pro Satz</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Wähle eine Textstelle und eine Stufe und erstelle dann eine leichtere Fassung.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Wichtige Wörter:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Original — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Leichtere Fassung — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Alle Fakten des Originals sind erhalten.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>In der leichteren Fassung fehlt: {facts}. Prüfe sie vor der Freigabe.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Entwurf erstellt. Die Kinder sehen ihn erst nach deiner Freigabe.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Freigegeben: Kinder der Stufe {grade} lesen jetzt diese Fassung.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Spaltentitel</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Richtig (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Fragen auf dem Arbeitsblatt</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Lösungen auf der letzten Seite</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Freigegebene Fragen auf diesem Arbeitsblatt:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Der ganze Kurs</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Hier gibt es noch keine freigegebenen Fragen: Gib unter Quiz welche frei.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
</TS>