<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Aggiungi una tua domanda</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Brano</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo di domanda</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Risposta breve</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Scegli un'opzione</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vero o falso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opzioni separate da |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Aggiungi domanda</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Autolesionismo o suicidio</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Disagio</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Abuso o pericolo</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violenza</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Problemi con il cibo</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Bullismo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Chiedi</translation>
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
        <translation>Voce</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>La tua nota</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Avvisi (%n nuovo)</numerusform><numerusform>Avvisi (%n nuovi)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Avvisi dati da Lantern quando un alunno sembrava triste o in pericolo. Le parole dell'alunno non sono mostrate. Parla con l'alunno, poi scrivi cosa hai fatto.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Solo avvisi nuovi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>Cosa hai fatto (per esempio: ho parlato con lei, ho chiamato a casa)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Segna come visto</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Visto: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Segnato come visto.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>Lo stesso brano due volte</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Quasi lo stesso brano</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Difficile da leggere per la classe</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Lezione senza domande</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Domanda a cui il materiale non risponde</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Fai una versione più facile in Lettura.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Crea o aggiungi domande in Quiz.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Togli la copia in più in Biblioteca.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Aggiungi materiale che risponde in Biblioteca, oppure rispondi in Domande.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Classe scolastica</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>Dagli alunni</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Scuola dell'infanzia</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importanza</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Azione suggerita</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Niente da sistemare: il materiale va bene.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n cosa da guardare.</numerusform><numerusform>%n cose da guardare.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>Da dove vengono i numeri</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Alunni e lezioni</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Domande difficili</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Risposte nel tempo</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Viste della classe</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Questo chiosco</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Tutti i chioschi della classe (server della scuola)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Accesso al server…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Giuste</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Padronanza</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Ripassi da fare</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Sbagliata la prima volta</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>Dal server della scuola (tutti i chioschi della classe), creato {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Questo chiosco non è collegato a un server della scuola: questi sono i numeri di questo chiosco.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Accedi al server della scuola (Accesso al server…) per vedere tutti i chioschi; questi sono i numeri di questo chiosco.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>La vista del server della scuola non è disponibile ({reason}): questi sono i numeri di questo chiosco.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>Da questo chiosco.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} su {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Ancora nessun alunno o nessuna domanda approvata.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Esporta la vista della classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Accedi al server della scuola</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>Con il tuo codice docente la vista della classe mostra tutti i chioschi della tua classe. Il codice resta nel portachiavi di questo computer, mai dove gli alunni possono vederlo.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Codice docente</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Percorso di apprendimento</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Titoli delle colonne</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuovo titolo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Ricrea dal materiale</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Pubblica per gli alunni</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Perché è qui</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Termini chiave che definisce</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Nuovo titolo per l'unità o la lezione scelta</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Gli alunni seguono questo percorso.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Bozza: gli alunni non vedono queste modifiche finché non pubblichi.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Perché «{title}» è qui: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Pubblicato: le lezioni degli alunni ora seguono questo percorso.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Domande aperte</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Materiale da aggiungere</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Domande degli alunni a cui le lezioni non hanno risposto, e domande salvate per il tutor online. Rispondi tu, lascia rispondere il tutor online o annota il materiale da aggiungere.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Chiesta</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alunno</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>La tua risposta va nella cronologia dell'alunno.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Rispondi tu</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Lascia rispondere il tutor online</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Materiale da aggiungere (nota facoltativa)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Aggiungi materiale</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Materiale da aggiungere: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>In attesa della tua approvazione</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Salvata per il tutor online</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Troppo lunga per il tutor online</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Non è nelle lezioni</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Salvata per il tutor online</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Risposta data: l'alunno la trova nella sua cronologia.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>Il tutor online risponde quando il server della scuola è raggiungibile.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Segnata: il controllo del materiale la mostra finché non si aggiunge materiale.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>Quante domande creare</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Creazione delle domande</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Brano di origine</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Bozze da rivedere</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Tutte le domande</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Crea domande</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Approva tutte le bozze</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Aggiungi la tua…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Dal materiale (la risposta è evidenziata):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opzioni separate da |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Quante</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Scegli una domanda a sinistra.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Qui non ci sono ancora domande. Crea domande o aggiungi le tue.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>scritta da te</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>fatta dal modello</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>fatta da una frase</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Stato: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Salvata. Torna bozza finché non la approvi.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Approvata: ora gli alunni possono ricevere questa domanda.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Rifiutata: gli alunni non riceveranno questa domanda.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>Approvata %n bozza.</numerusform><numerusform>Approvate %n bozze.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Aggiunta come bozza. Approvala quando va bene.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Creazione delle domande…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Creazione delle domande… {done} di {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Fermato. %n nuova domanda tenuta come bozza.</numerusform><numerusform>Fermato. %n nuove domande tenute come bozze.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>Creata %n nuova domanda come bozza. Rivedila qui sotto.</numerusform><numerusform>Create %n nuove domande come bozze. Rivedile qui sotto.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Brano</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Classe obiettivo</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Versioni più facili</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Brano originale</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Versione più facile</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Per la classe</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Per la dislessia (righe corte)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Crea una versione più facile</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Approva per gli alunni</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Brano {chunk}, classe {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} parole per frase</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Livello di lettura {grade} · {words} parole per frase</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Scegli un brano e una classe, poi crea una versione più facile.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Parole da sapere:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Originale — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Versione più facile — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Tutti i fatti dell'originale sono mantenuti.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>Manca nella versione più facile: {facts}. Controllala prima di approvare.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Bozza creata. Gli alunni la vedono solo dopo la tua approvazione.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Approvata: gli alunni della classe {grade} ora leggono questa versione.</translation>
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
        <translation>Classe</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Titoli delle colonne</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Giuste (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Domande nella scheda</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Caratteri grandi</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Soluzioni nell'ultima pagina</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Domande approvate in questa scheda:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Tutto il corso</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Qui non ci sono ancora domande approvate: approvane alcune in Quiz.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Salva la scheda</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato {path}</translation>
    </message>
</context>
</TS>