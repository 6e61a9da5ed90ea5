<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Ajouter votre propre question</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Choisir une option</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Options séparées par |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Automutilation ou suicide</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Détresse</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Maltraitance ou danger</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Troubles alimentaires</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Alertes (%n nouvelle)</numerusform><numerusform>Alertes (%n nouvelles)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Alertes données par Lantern quand un élève semblait triste ou en danger. Les mots de l'élève ne sont pas montrés. Parlez à l'élève, puis notez ce que vous avez fait.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Seulement les nouvelles alertes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>Ce que vous avez fait (par exemple : parlé avec elle, appelé la famille)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Vue : {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Marquée comme vue.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>Le même passage deux fois</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Presque le même passage</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Difficile à lire pour la classe</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Leçon sans questions</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Question à laquelle le matériel ne répond pas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Faites une version plus facile dans Lecture.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Créez ou ajoutez des questions dans Quiz.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Retirez la copie en trop dans Bibliothèque.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Ajoutez du matériel qui y répond dans Bibliothèque, ou répondez dans Questions.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Niveau de la classe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>D'après les élèves</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Maternelle</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Action proposée</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Rien à corriger : le matériel est bon.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n point à regarder.</numerusform><numerusform>%n points à regarder.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>D'où viennent les chiffres</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Élèves et leçons</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Questions difficiles</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Réponses dans le temps</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Vues de la classe</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Tous les postes de la classe (serveur de l'école)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Maîtrise</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Révisions à faire</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Ratée la première fois</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>Du serveur de l'école (tous les postes de la classe), créé {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Ce poste n'est pas relié à un serveur d'école : voici les chiffres de ce poste.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Connectez-vous au serveur de l'école (Connexion au serveur…) pour voir tous les postes ; voici les chiffres de ce poste.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>La vue du serveur de l'école n'est pas disponible ({reason}) : voici les chiffres de ce poste.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>De ce poste.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} sur {answered} ({percent} %)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Pas encore d'élèves ni de questions approuvées.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Exporter la vue de la classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Connexion au serveur de l'école</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>Avec votre jeton d'enseignant, la vue de la classe montre tous les postes de votre classe. Le jeton est gardé dans le trousseau de cet ordinateur, jamais là où les élèves peuvent le voir.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Jeton d'enseignant</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Parcours d'apprentissage</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Titres des colonnes</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Refaire à partir du matériel</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Publier pour les élèves</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Pourquoi elle est ici</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Mots clés qu'elle définit</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Nouveau titre pour l'unité ou la leçon choisie</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Les élèves suivent ce parcours.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Brouillon : les élèves ne voient pas ces changements avant la publication.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Pourquoi « {title} » est ici : {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Publié : les leçons des élèves suivent maintenant ce parcours.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Matériel à ajouter</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Questions des élèves auxquelles les leçons n'ont pas répondu, et questions gardées pour le tuteur en ligne. Répondez vous-même, laissez le tuteur en ligne répondre, ou notez le matériel à ajouter.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Posée</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Votre réponse va dans l'historique de l'élève.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Répondre vous-même</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Laisser le tuteur en ligne répondre</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Matériel à ajouter (note facultative)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Ajouter du matériel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Matériel à ajouter : {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>En attente de votre accord</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Gardée pour le tuteur en ligne</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Trop longue pour le tuteur en ligne</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Pas dans les leçons</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Gardée pour le tuteur en ligne</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Répondu : l'élève la trouve dans son historique.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>Le tuteur en ligne répond quand le serveur de l'école est joignable.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Marquée : la vérification du matériel la montre jusqu'à l'ajout de matériel.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>Nombre de questions à créer</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Création des questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Passage source</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Brouillons à relire</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Créer des questions</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Approuver tous les brouillons</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Ajouter la vôtre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Extrait du matériel (la réponse est marquée) :</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Options séparées par |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Choisissez une question à gauche.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Pas encore de questions ici. Créez des questions ou ajoutez les vôtres.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>écrite par vous</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>faite par le modèle</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>faite à partir d'une phrase</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>État : {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Enregistrée. C'est de nouveau un brouillon jusqu'à votre accord.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Approuvée : les élèves peuvent maintenant avoir cette question.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Refusée : les élèves n'auront pas cette question.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>%n brouillon approuvé.</numerusform><numerusform>%n brouillons approuvés.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Ajoutée comme brouillon. Approuvez-la quand elle vous convient.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Création des questions…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Création des questions… {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Arrêté. %n nouvelle question gardée comme brouillon.</numerusform><numerusform>Arrêté. %n nouvelles questions gardées comme brouillons.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>%n nouvelle question créée comme brouillon. Relisez-la ci-dessous.</numerusform><numerusform>%n nouvelles questions créées comme brouillons. Relisez-les ci-dessous.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Versions plus faciles</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Passage d'origine</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Version plus facile</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Pour le niveau</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Adapté à la dyslexie (lignes courtes)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Faire une version plus facile</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Approuver pour les élèves</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Passage {chunk}, niveau {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} mots par phrase</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Niveau de lecture {grade} · {words} mots par phrase</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Choisissez un passage et un niveau, puis faites une version plus facile.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Mots à connaître :</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Original — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Version plus facile — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Tous les faits de l'original sont gardés.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>Absent de la version plus facile : {facts}. Vérifiez avant d'approuver.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Brouillon créé. Les élèves le voient seulement après votre accord.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Approuvé : les élèves du niveau {grade} lisent maintenant cette version.</translation>
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
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche d'exercices</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Titres des colonnes</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Justes (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Questions de la fiche</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Corrigé sur la dernière page</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Questions approuvées sur cette fiche :</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Tout le cours</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Pas encore de questions approuvées ici : approuvez-en dans Quiz.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré {path}</translation>
    </message>
</context>
</TS>