<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Frag etwas zu deiner Lektion…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>Deine Frage an den Tutor</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Nächster Tipp</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Antwort des Tutors</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(gestoppt)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Stell eine Frage… (Enter zum Senden, Umschalt+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Deine Frage</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Schreib eine Frage. Enter schickt sie ab; Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Schick deine Frage an den Tutor.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Stoppt die Antwort, die gerade geschrieben wird.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Frag mich alles über deine Lektionen. Du kannst eine Frage schreiben oder mit einer von diesen anfangen:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Frag mich alles über deine Lektionen. Schreib deine Frage unten hin.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Diese Frage stellen</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(gestoppt)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Entschuldigung, beim Antworten ist etwas schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Antworten vorlesen</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Was ich sage, sofort senden</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Freihändig</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Einmal drücken startet das Zuhören; es hört von selbst auf, wenn du nicht mehr sprichst.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Lesetempo</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Lesetempo (links langsamer)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>{voice} benutzen</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Nein, danke</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Nicht in den Unterlagen der Klasse gefunden.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Die Textstelle zeigen, die diese Antwort benutzt hat</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Mit dem Schulserver verbinden</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (von deiner Lehrkraft)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>Dein Lernstand geht an deine Schule; Gespräche bleiben auf diesem Computer, außer deine Schule erlaubt mehr.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Gib die Serveradresse und den Code von deiner Lehrkraft ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Verbunden mit der Klasse {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Verbindung nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Um eine genauere Antwort bitten</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Schickt diese Frage an den Online-Tutor deiner Schule (Namen und Kontaktdaten werden vorher entfernt).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Für später merken</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Merkt sich die Frage; sie geht an den Online-Tutor, sobald der Schulserver erreichbar ist.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Beantwortet vom Online-Tutor der Schule</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Beantwortet vom Tutor auf diesem Gerät</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · warum?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Dein Tutor wird vorbereitet…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Das passiert nur beim ersten Mal. Du kannst dich schon anmelden und eine Frage stellen: Sie wird beantwortet, sobald der Tutor bereit ist.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Der Tutor wird vorbereitet</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Wie viel vom Tutor schon entpackt ist, in Prozent.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Der Tutor wird entpackt…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Der Tutor wird geprüft…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Lernende Person entfernen</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Name oder Spitzname</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>freiwillig, 4–8 Ziffern</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Lernende Person hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Neue lernende Person</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (Klasse {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Dein nächster Schritt</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Beantworte Quizfragen zu deinen Lektionen.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Fragen, die du stellen könntest:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Wähle eine Lektion zum Lesen.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Text der Lektion</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Wähle eine Lektion, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Diese Frage stellen</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Dein nächster Schritt wird geladen…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Hallo {name}! Was möchtest du heute lernen?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Hallo! Was möchtest du heute lernen?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Lies eine Lektion und übe dann mit einem Quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n Frage ist bereit zum Wiederholen. {step}</numerusform>
            <numerusform>%n Fragen sind bereit zum Wiederholen. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>In diesem Kurs gibt es noch keine Lektionen. Bitte deine Lehrkraft, welche hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Dokumente in der Bibliothek</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Kurs für den Import (neuen Namen eintippen, um einen anzulegen)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Kurs für den Import</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Bibliothek wird geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>Die Bibliothek ist leer. Importiere die Unterlagen deiner Klasse, um anzufangen.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Unterrichtsmaterial ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Unterrichtsmaterial importieren</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Einen Ordner mit Unterrichtsmaterial importieren</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Importiere in {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Lese {name}… (%n Textstelle)</numerusform>
            <numerusform>Lese {name}… (%n Textstellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Mache {name} durchsuchbar… (%n Textstelle)</numerusform>
            <numerusform>Mache {name} durchsuchbar… (%n Textstellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden: {reason}</numerusform>
            <numerusform>%n konnten nicht importiert werden: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>Der Import wurde gestoppt; nichts halb Importiertes wurde behalten.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Import abgebrochen. Dokumente, die vorher fertig waren, bleiben; nichts halb Importiertes.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>„{title}“ aus der Bibliothek entfernen? Seine Textstellen verschwinden auch aus der Suche des Tutors.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Entferne {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>„{title}“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Die Lektion vorlesen</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Tutor-Modell</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Gib die Lehrer-PIN ein, um Lantern zu schließen.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Dein Tutor ist bereit</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tutor bereit: {name} · {device} · {threads} Threads</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>Der Tutor ist nicht bereit</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Tutor wird geladen…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern – dein Tutor ohne Internet</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Bild der lernenden Person</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Wer angemeldet ist</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Seiten für die Lehrkraft; fragt nach der Lehrer-PIN.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Beendet deine Runde und leert den Bildschirm für die nächste Person.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Bist du noch da? Tippe auf den Bildschirm oder drück eine Taste, um weiterzumachen. Sonst wirst du bald abgemeldet, damit deine Arbeit privat bleibt.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Seiten der Lehrkraft</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Seiten der Lehrkraft verlassen</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Status des Tutor-Modells</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Über Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Modell-Lizenz (Nutzungsbedingungen von Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; – ein KI-Tutor ohne Internet.&lt;br&gt;&lt;br&gt;Lantern ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;br&gt;Für das mitgelieferte Gemma-Modell gelten die Nutzungsbedingungen von Gemma (Hilfe → Modell-Lizenz).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Deine nächsten Schritte</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>Was mache ich als Nächstes?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Fortschritt von {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Noch keine Antworten: Mach ein Quiz, um deinen Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Können: {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Jetzt zu wiederholen: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>Ich höre zu…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Ich schreibe auf, was du gesagt hast…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Das habe ich nicht verstanden</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Mikrofon nicht verfügbar</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Eine Frage sprechen</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofon-Pegel</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Es wurde kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Drücken zum Sprechen (oder F2 drücken); das Zuhören endet, wenn du nicht mehr sprichst</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Zum Sprechen gedrückt halten (oder F2 gedrückt halten)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>Das Mikrofon ließ sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>Nichts gehört. Versuch es noch einmal, etwas lauter.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Halte die Taste gedrückt, während du sprichst.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>Keine Wörter gehört. Versuch es noch einmal, etwas näher am Mikrofon.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Gehört: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Fragen stellen</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Frag mich ab</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>Der Tutor erklärt die Antwort.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>Der Tutor stellt Fragen und gibt Tipps, einen nach dem anderen.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Übe mit Fragen zu deinen Lektionen.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>Modus {mode}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern ist freie Software. Hier stehen die Lizenzen von Lantern, vom Gemma-Modell und von den anderen Programmen, die dabei sind.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Teile der Lizenzen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Lizenzen werden geladen…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>Die Lizenztexte konnten nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Quelle [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>Dieses Dokument hat keine Seitenzahlen</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Schreib deine Antwort</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>Das war schwer für mich</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Quizfrage</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>Geschafft! Du hast {right} von %n Frage richtig beantwortet.</numerusform>
            <numerusform>Geschafft! Du hast {right} von %n Fragen richtig beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Für diesen Kurs gibt es noch keine freigegebenen Fragen. Frag deine Lehrkraft.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Wähle einen Kurs, um ein Quiz zu starten.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Wähle zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Schreib zuerst eine Antwort oder bitte um einen Tipp.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Antwort {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Diese Frage kommt {when} zum Wiederholen zurück.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Stimme für {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>Auf diesem Gerät gibt es keine Vorlesestimme für {language}. Die vorhandene Stimme ist {voice}. Trotzdem damit vorlesen?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>Die Lautsprecher ließen sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Prüfe, ob Lautsprecher oder Kopfhörer eingesteckt und nicht stumm geschaltet sind.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Sehschwäche</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Legasthenie-freundlich</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Vorhersehbar</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Eine Gast-Karte anbieten (speichert nichts)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Kiosk-Modus: Vollbild, Schließen braucht die Lehrer-PIN</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Sprache vor der Anmeldung</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Abmelden nach Pause</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Lesetempo</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>Die eigenen Bedürfnisse einer Person (zum Beispiel Sehschwäche oder Legasthenie) ändern das Aussehen für ihre Sitzung trotzdem.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Wer lernt heute?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Tippe auf dein Bild oder benutze Tab und Enter.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Noch keine Lernenden. Bitte deine Lehrkraft, dich hinzuzufügen, oder starte als Gast.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Gib deine Geheimzahl ein und drück dann Enter.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Deine PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Die PIN löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Zurück zu den Bildern</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Fragt nach einer PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Keine PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Probier Lantern aus, ohne etwas zu speichern</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Hallo {name}! Gib deine PIN ein.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Du kannst deine PIN jetzt wieder versuchen.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Diese Nachricht vorlesen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen stoppen</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Sync-Status: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Nächster Versuch um {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n Änderung wartet aufs Senden; ohne Internet geht nichts verloren.</numerusform>
            <numerusform>%n Änderungen warten aufs Senden; ohne Internet geht nichts verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Mit dem Schulserver verbinden…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>Lehrer-PIN</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Lehrer-PIN noch einmal</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Wähle eine Lehrer-PIN (4 bis 8 Ziffern). Sie schützt die Bibliothek, die Lernenden, die Einstellungen und das Schließen des Kiosks.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Gib die Lehrer-PIN ein.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden. Gib zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN stimmt nicht. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Die PIN konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Fragen werden gemacht… Beim ersten Mal dauert es etwas.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Fragen werden gemacht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Fragen werden gemacht… {done} von {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Mit dem Tutor sprechen geht auf diesem Computer noch nicht. Bitte deine Lehrkraft um Hilfe.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>Es wurde kein Mikrofon gefunden. Bitte deine Lehrkraft, eins anzuschließen.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Vorlesen geht auf diesem Computer noch nicht. Bitte deine Lehrkraft um Hilfe.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>Es wurden keine Lautsprecher oder Kopfhörer gefunden. Bitte deine Lehrkraft, welche anzuschließen.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
</TS>
