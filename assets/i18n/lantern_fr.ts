<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Pose une question sur ta leçon…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>Ta question pour le tuteur</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Autre indice</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Réponse du tuteur</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Pose une question… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Ta question</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Écris une question. Entrée l’envoie ; Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Envoie ta question au tuteur.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Arrête la réponse en train de s’écrire.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Demande-moi ce que tu veux sur tes leçons. Tu peux écrire une question, ou commencer par l’une de celles-ci :</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Demande-moi ce que tu veux sur tes leçons. Écris ta question en dessous.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Poser cette question</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Désolé, un problème est arrivé pendant la réponse.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Lire les réponses à voix haute</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Envoyer tout de suite ce que je dis</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Mains libres</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Un appui lance l’écoute ; elle s’arrête toute seule quand tu ne parles plus.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Vitesse de lecture (plus lente à gauche)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Utiliser {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Pas trouvé dans les documents de la classe.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Voir le passage utilisé pour cette réponse</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Se connecter au serveur de l’école</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (donné par ton enseignant)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>Tes progrès sont envoyés à ton école ; les conversations restent sur cet ordinateur, sauf si ton école permet plus.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Code d’inscription</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Écris l’adresse du serveur et le code donné par ton enseignant.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Connecté à la classe {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Connexion impossible : {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Demander une réponse plus poussée</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Envoie cette question au tuteur en ligne de ton école (les noms et les coordonnées sont retirés avant).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Garder pour plus tard</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Garde la question ; elle part au tuteur en ligne quand le serveur de l’école est joignable.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Réponse du tuteur en ligne de l’école</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Réponse du tuteur de cet ordinateur</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · pourquoi ?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Ton tuteur se prépare…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Cela n’arrive que la première fois. Tu peux te connecter et poser une question maintenant : on y répondra dès que le tuteur sera prêt.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Préparation du tuteur</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Part du tuteur déjà déballée, en pourcentage.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Déballage du tuteur…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Vérification du tuteur…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Retirer l’élève</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Prénom ou surnom</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>facultatif, 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nouvel élève</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (classe {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} a été ajouté.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Ta prochaine étape</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>S’entraîner</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Réponds à des questions sur tes leçons.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Questions que tu pourrais poser :</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Choisis une leçon pour la lire.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Choisis une leçon pour la lire ici.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Poser cette question</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Chargement de ta prochaine étape…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Bonjour {name} ! Qu’as-tu envie d’apprendre aujourd’hui ?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Bonjour ! Qu’as-tu envie d’apprendre aujourd’hui ?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Lis une leçon, puis entraîne-toi avec un quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n question est prête à être revue. {step}</numerusform>
            <numerusform>%n questions sont prêtes à être revues. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>Il n’y a pas encore de leçon dans ce cours. Demande à ton enseignant d’en ajouter.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Cours où importer (écris un nouveau nom pour en créer un)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Cours où importer</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avancement de l’import</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cours :</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>La bibliothèque est vide. Importe les documents de ta classe pour commencer.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Documents de classe ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Importer des documents de classe</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Importer un dossier de documents de classe</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Import dans {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Lecture de {name}… (%n passage)</numerusform>
            <numerusform>Lecture de {name}… (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Indexation de {name} pour la recherche… (%n passage)</numerusform>
            <numerusform>Indexation de {name} pour la recherche… (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n document importé.</numerusform>
            <numerusform>%n documents importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n n’a pas pu être importé : {reason}</numerusform>
            <numerusform>%n n’ont pas pu être importés : {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>L’import s’est arrêté ; rien d’importé à moitié n’a été gardé.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Import annulé. Les documents finis avant l’annulation sont gardés ; rien d’importé à moitié.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>Retirer « {title} » de la bibliothèque ? Ses passages quittent aussi la recherche du tuteur.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Retrait de {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>« {title} » a été retiré.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Lire la leçon à voix haute</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Modèle du tuteur</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Tape le code PIN de l’enseignant pour fermer Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Ton tuteur est prêt</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tuteur prêt : {name} · {device} · {threads} fils</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>Le tuteur n’est pas prêt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Chargement du tuteur…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — ton tuteur hors ligne</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Image de l’élève</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Qui est connecté</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Écrans pour l’enseignant ; demande le code PIN de l’enseignant.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Termine ton tour et vide l’écran pour l’élève suivant.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Tu es toujours là ? Touche l’écran ou appuie sur une touche pour continuer. Sinon, tu seras bientôt déconnecté pour protéger ton travail.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Écrans de l’enseignant</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Quitter les écrans de l’enseignant</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>État du modèle du tuteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>À propos de Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Licence du modèle (conditions d’utilisation de Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — un tuteur IA hors ligne.&lt;br&gt;&lt;br&gt;Lantern est un logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure.&lt;br&gt;Le modèle Gemma fourni est soumis aux conditions d’utilisation de Gemma (Aide → Licence du modèle).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Tes prochaines étapes</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>Qu’est-ce que je fais ensuite ?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Progrès de {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Pas encore de réponse : fais un quiz pour voir tes progrès.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Maîtrise : {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Révisions à faire maintenant : {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Toi</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>J’écoute…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>J’écris ce que tu as dit…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Je n’ai pas bien entendu</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Micro indisponible</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Dire une question</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Aucun micro n’a été trouvé.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Appuie pour parler (ou appuie sur F2) ; l’écoute s’arrête quand tu ne parles plus</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Garde le doigt appuyé pour parler (ou garde F2 appuyé)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>Le micro n’a pas pu s’ouvrir ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>Aucune parole entendue. Réessaie, un peu plus fort.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Garde le bouton appuyé pendant que tu parles.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>Aucun mot entendu. Réessaie, un peu plus près du micro.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Entendu : {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Questions guidées</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Interroge-moi</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>Le tuteur explique la réponse.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>Le tuteur pose des questions et donne des indices, un par un.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Entraîne-toi avec des questions sur tes leçons.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>Mode {mode}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern est un logiciel libre. Voici les licences de Lantern, du modèle Gemma et des autres logiciels qu’il contient.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Parties des licences</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Chargement des licences…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>Les textes des licences n’ont pas pu être lus : {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Source [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>Pas de numéros de page dans ce document</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Écris ta réponse</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>C’était difficile pour moi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Question du quiz</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>Terminé ! Tu as bien répondu à {right} question sur %n.</numerusform>
            <numerusform>Terminé ! Tu as bien répondu à {right} questions sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Il n’y a pas encore de questions validées pour ce cours. Demande à ton enseignant.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Choisis un cours pour commencer un quiz.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Choisis d’abord une réponse.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Écris d’abord une réponse, ou demande un indice.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Choix de réponse {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Cette question reviendra pour une révision {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Voix {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>Il n’y a pas de voix de lecture en {language} sur cet appareil. La voix disponible est {voice}. La lire quand même avec elle ?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>Les haut-parleurs n’ont pas pu s’ouvrir ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Vérifie que les haut-parleurs ou le casque sont branchés et que le son n’est pas coupé.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Malvoyance</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Adapté à la dyslexie</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Prévisible</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Douce</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Proposer une carte Invité (rien n’est gardé)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Mode kiosque : plein écran, fermer demande le code PIN de l’enseignant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Langue avant la connexion</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Déconnexion après inactivité</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>Les besoins propres à un élève (par exemple malvoyance ou dyslexie) changent toujours l’apparence pendant sa session.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Qui apprend aujourd’hui ?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Touche ton image, ou utilise Tab et Entrée.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Pas encore d’élèves. Demande à ton enseignant de t’ajouter, ou commence en invité.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Tape ton code secret, puis appuie sur Entrée.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Ton code PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Effacer le code PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Retour aux images</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Demande un code PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Pas de code PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Essaie Lantern sans rien garder</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Bonjour {name} ! Tape ton code PIN.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Tu peux réessayer ton code PIN maintenant.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Lire ce message à voix haute</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>État de la synchronisation : {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Prochain essai à {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n changement attend d’être envoyé ; rien n’est perdu hors ligne.</numerusform>
            <numerusform>%n changements attendent d’être envoyés ; rien n’est perdu hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Se connecter au serveur de l’école…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>Code PIN de l’enseignant</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Code PIN de l’enseignant, encore</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Choisis un code PIN d’enseignant (4 à 8 chiffres). Il protège la bibliothèque, les élèves, les réglages et la fermeture du kiosque.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Tape le code PIN de l’enseignant.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Choisir le code PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents. Tape deux fois le même code PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ce code PIN n’est pas le bon. Réessaie.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Le code PIN n’a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cours :</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Création des questions… La première fois, cela prend un peu de temps.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Création des questions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Création des questions… {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Parler au tuteur ne marche pas encore sur cet ordinateur. Demande de l’aide à ton enseignant.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>Aucun micro n’a été trouvé. Demande à ton enseignant d’en brancher un.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>La lecture à voix haute ne marche pas encore sur cet ordinateur. Demande de l’aide à ton enseignant.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>Aucun haut-parleur ni casque n’a été trouvé. Demande à ton enseignant d’en brancher.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
</context>
</TS>
