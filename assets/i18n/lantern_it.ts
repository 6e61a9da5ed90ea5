<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Fai una domanda sulla tua lezione…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>La tua domanda per il tutor</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Chiedi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Altro indizio</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Risposta del tutor</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fonti: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(nessuna risposta)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(fermato)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Fai una domanda… (Invio per mandarla, Maiusc+Invio per andare a capo)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>La tua domanda</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Scrivi una domanda. Invio la manda; Maiusc+Invio va a capo.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Manda la tua domanda al tutor.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Ferma la risposta che si sta scrivendo.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Chiedimi quello che vuoi sulle tue lezioni. Puoi scrivere una domanda, o iniziare con una di queste:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Chiedimi quello che vuoi sulle tue lezioni. Scrivi la tua domanda qui sotto.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Fai questa domanda</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(fermato)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(nessuna risposta)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Scusa, qualcosa è andato storto mentre rispondevo.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Leggi le risposte ad alta voce</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Manda subito quello che dico</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Mani libere</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Premi una volta per iniziare ad ascoltare; si ferma da solo quando smetti di parlare.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocità di lettura</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Velocità di lettura (più lenta a sinistra)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Usa {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, grazie</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Non si trova nei materiali della classe.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Mostra il brano usato per questa risposta</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Collegati al server della scuola</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (te lo dà l’insegnante)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>I tuoi progressi vanno alla tua scuola; le conversazioni restano su questo computer, a meno che la scuola non permetta di più.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Codice di iscrizione</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Collegati</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Scrivi l’indirizzo del server e il codice che ti ha dato l’insegnante.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Collegamento…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Collegato alla classe {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Collegamento non riuscito: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Chiedi una risposta più completa</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Manda questa domanda al tutor online della tua scuola (prima si tolgono nomi e contatti).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Salva per dopo</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Tiene la domanda; va al tutor online quando il server della scuola si può raggiungere.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Risposta del tutor online della scuola</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Risposta del tutor su questo computer</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · perché?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Stiamo preparando il tuo tutor…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Succede solo la prima volta. Puoi già entrare e fare una domanda: riceverà risposta appena il tutor sarà pronto.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Preparazione del tutor</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Quanto del tutor è già estratto, in percentuale.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Estrazione del tutor…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Controllo del tutor…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Togli alunno</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nome o soprannome</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>facoltativo, da 4 a 8 cifre</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Aggiungi alunno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nuovo alunno</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (classe {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} è stato aggiunto.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Il tuo prossimo passo</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Esercitati</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Rispondi a domande sulle tue lezioni.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Fai una domanda</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Domande che potresti fare:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Scegli una lezione da leggere.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Scegli una lezione per leggerla qui.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Fai questa domanda</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Carico il tuo prossimo passo…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Ciao {name}! Che cosa vuoi imparare oggi?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Ciao! Che cosa vuoi imparare oggi?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Leggi una lezione, poi esercitati con un quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n domanda è pronta da ripassare. {step}</numerusform>
            <numerusform>%n domande sono pronte da ripassare. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>In questo corso non ci sono ancora lezioni. Chiedi all’insegnante di aggiungerne.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Brani</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documenti nella biblioteca</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Corso in cui importare (scrivi un nome nuovo per crearne uno)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Corso in cui importare</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importa file…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importa cartella…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell’importazione</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Carico la biblioteca…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Corso:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>La biblioteca è vuota. Importa i materiali della tua classe per cominciare.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Materiali di classe ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Importa materiali di classe</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Importa una cartella di materiali di classe</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Importo in {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullo…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Leggo {name}… (%n brano)</numerusform>
            <numerusform>Leggo {name}… (%n brani)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Preparo {name} per la ricerca… (%n brano)</numerusform>
            <numerusform>Preparo {name} per la ricerca… (%n brani)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Importato %n documento.</numerusform>
            <numerusform>Importati %n documenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n non è stato importato: {reason}</numerusform>
            <numerusform>%n non sono stati importati: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>L’importazione si è fermata; non è stato tenuto niente a metà.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Importazione annullata. I documenti finiti prima di annullare restano; niente a metà.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>Togliere «{title}» dalla biblioteca? I suoi brani escono anche dalla ricerca del tutor.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Tolgo {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>«{title}» è stato tolto.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Togli documento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Chiedi</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Leggi la lezione ad alta voce</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Modello del tutor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Scrivi il PIN dell’insegnante per chiudere Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Il tuo tutor è pronto</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tutor pronto: {name} · {device} · {threads} thread</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>Il tutor non è pronto</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Carico il tutor…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — il tuo tutor senza internet</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Immagine dell’alunno</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Chi è entrato</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Insegnante</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Schermate per l’insegnante; chiede il PIN dell’insegnante.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Finisce il tuo turno e pulisce lo schermo per il prossimo alunno.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Ci sei ancora? Tocca lo schermo o premi un tasto per continuare. Altrimenti uscirai presto, così il tuo lavoro resta privato.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ci sono ancora</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Imparare</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Schermate dell’insegnante</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Esci dalle schermate dell’insegnante</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Stato del modello del tutor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Informazioni su Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Licenza del modello (Termini d’uso di Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — un tutor IA senza internet.&lt;br&gt;&lt;br&gt;Lantern è software libero sotto la GNU General Public License, versione 3 o successiva.&lt;br&gt;Il modello Gemma incluso è fornito secondo i Termini d’uso di Gemma (Aiuto → Licenza del modello).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ripassi</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>I tuoi prossimi passi</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>Che cosa faccio adesso?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Progressi di {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Ancora nessuna risposta: fai un quiz per vedere i tuoi progressi.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Padronanza: {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Ripassi da fare ora: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Tu</translation>
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
        <translation>Ascolto…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Scrivo quello che hai detto…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Non ho sentito bene</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Microfono non disponibile</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Parla</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Di’ una domanda</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Non è stato trovato nessun microfono.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Premi per parlare (o premi F2); l’ascolto si ferma quando smetti di parlare</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Tieni premuto per parlare (o tieni premuto F2)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>Non è stato possibile aprire il microfono ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>Non ho sentito niente. Riprova, un po’ più forte.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Tieni premuto il pulsante mentre parli.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>Non ho sentito parole. Riprova, un po’ più vicino al microfono.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Ho sentito: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Spiega</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Domande guida</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Interrogami</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>Il tutor spiega la risposta.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>Il tutor fa domande e dà indizi, uno alla volta.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Esercitati con domande sulle tue lezioni.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>Modalità {mode}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern è software libero. Queste sono le licenze di Lantern, del modello Gemma e degli altri programmi che contiene.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Parti delle licenze</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Testo della licenza</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Carico le licenze…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>Non è stato possibile leggere i testi delle licenze: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Fonte [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Pagina {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>Questo documento non ha numeri di pagina</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Scrivi la tua risposta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>Per me era difficile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controlla</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indizio</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Domanda del quiz</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>Finito! Hai risposto bene a {right} domanda su %n.</numerusform>
            <numerusform>Finito! Hai risposto bene a {right} domande su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Per questo corso non ci sono ancora domande approvate. Chiedi all’insegnante.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Scegli un corso per iniziare un quiz.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Prima scegli una risposta.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Prima scrivi una risposta, o chiedi un indizio.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Risposta {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Questa domanda tornerà da ripassare {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Voce in {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>Su questo dispositivo non c’è una voce di lettura in {language}. La voce disponibile è {voice}. Leggere lo stesso con questa?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>Non è stato possibile aprire gli altoparlanti ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Controlla che altoparlanti o cuffie siano collegati e non siano in silenzioso.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Calmo</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Ipovisione</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Adatto alla dislessia</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Concentrazione</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Prevedibile</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Delicato</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Offri una scheda Ospite (non salva niente)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Modalità chiosco: schermo intero, per chiudere serve il PIN dell’insegnante</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Lingua prima di entrare</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Esci dopo inattività</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocità di lettura</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>I bisogni di ogni alunno (per esempio ipovisione o dislessia) cambiano comunque l’aspetto durante la sua sessione.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Chi impara oggi?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Tocca la tua immagine, o usa Tab e Invio.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Ancora nessun alunno. Chiedi all’insegnante di aggiungerti, o entra come ospite.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Scrivi il tuo numero segreto, poi premi Invio.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Il tuo PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Cancella il PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entra</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Torna alle immagini</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Chiede un PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Senza PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Prova Lantern senza salvare niente</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Ciao {name}! Scrivi il tuo PIN.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Ora puoi riprovare il tuo PIN.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Leggi ad alta voce</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Leggi questo messaggio ad alta voce</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Smetti di leggere</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Stato della sincronizzazione: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Prossimo tentativo alle {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n modifica aspetta di essere inviata; senza internet non si perde niente.</numerusform>
            <numerusform>%n modifiche aspettano di essere inviate; senza internet non si perde niente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Collegati al server della scuola…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN dell’insegnante</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>PIN dell’insegnante di nuovo</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Scegli un PIN per l’insegnante (da 4 a 8 cifre). Protegge la biblioteca, gli alunni, le impostazioni e la chiusura del chiosco.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Scrivi il PIN dell’insegnante.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Di nuovo</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Imposta PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>I due PIN sono diversi. Scrivi due volte lo stesso PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Questo PIN non è giusto. Riprova.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Non è stato possibile controllare il PIN.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Corso:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Preparo le domande… La prima volta ci vuole un po’.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Preparo le domande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Preparo le domande… {done} di {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Parlare con il tutor non funziona ancora su questo computer. Chiedi aiuto all’insegnante.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>Non è stato trovato nessun microfono. Chiedi all’insegnante di collegarne uno.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>La lettura ad alta voce non funziona ancora su questo computer. Chiedi aiuto all’insegnante.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>Non sono stati trovati altoparlanti né cuffie. Chiedi all’insegnante di collegarne alcuni.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>tra %Ln giorno</numerusform>
            <numerusform>tra %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln giorno fa</numerusform>
            <numerusform>%Ln giorni fa</numerusform>
        </translation>
    </message>
</context>
</TS>
