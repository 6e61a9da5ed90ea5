<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Ask about your lesson…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>Your question for the tutor</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Next hint</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Tutor reply</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(stopped)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Ask a question… (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Type a question. Enter sends it; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Send your question to the tutor.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Stop the answer that is being written.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Ask me anything about your lessons. You can type a question, or start with one of these:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Ask me anything about your lessons. Type your question below.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Ask this question</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(stopped)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Sorry, something went wrong while answering.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Read answers aloud</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Send what I say at once</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Hands-free</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>One press starts listening; it stops by itself when you stop talking.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Reading speed (slower to the left)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Use {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No thanks</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Not found in the class materials.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Show the passage this answer used</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Connect to the school hub</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (from your teacher)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>Progress is sent to your school; conversations stay on this computer unless your school allows more.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Enter the hub address and the code your teacher gave you.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Connected to class {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Could not connect: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Ask for a deeper answer</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Save for later</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Keep the question; it goes to the cloud tutor when the school hub is reachable.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Answered by the school&apos;s cloud tutor</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Answered by the tutor on this device</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · why?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Getting your tutor ready…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Getting the tutor ready</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>How much of the tutor is unpacked, in percent.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Unpacking the tutor…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Checking the tutor…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Remove learner</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Name or nickname</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>optional, 4-8 digits</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Add learner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (grade {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Added {name}.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Your next step</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practise</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Answer quiz questions about your lessons.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Questions you could ask:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Choose a lesson to read it.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Choose a lesson to read it here.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Ask this question</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Loading your next step…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Hi {name}! What would you like to learn today?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Hi there! What would you like to learn today?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Read a lesson, then practise with a quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n question is ready to review. {step}</numerusform>
            <numerusform>%n questions are ready to review. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>There are no lessons in this course yet. Ask your teacher to add some.</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documents in the library</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Course to import into (type a new name to create one)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Course to import into</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Loading the library…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>The library is empty. Import your class material to start.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Class material ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Import class material</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Import a folder of class material</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Importing into {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Reading {name}… (%n passage)</numerusform>
            <numerusform>Reading {name}… (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Indexing {name} for search… (%n passage)</numerusform>
            <numerusform>Indexing {name} for search… (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n could not be imported: {reason}</numerusform>
            <numerusform>%n could not be imported: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>The import stopped; nothing half-imported was kept.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Removing {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>Removed &apos;{title}&apos;.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Read the lesson aloud</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Tutor model</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Type the teacher PIN to close Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Your tutor is ready</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tutor ready: {name} · {device} · {threads} threads</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>The tutor is not ready</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Loading the tutor…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — your offline tutor</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Learner picture</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Who is signed in</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Screens for the teacher; asks for the teacher PIN.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Ends your turn and clears the screen for the next learner.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Teacher screens</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Leave the teacher screens</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Tutor model status</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>About Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Model licence (Gemma Terms of Use)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Your next steps</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>What should I do next?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>{name}&apos;s progress</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>No answers yet: take a quiz to see your progress.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>{skill} mastery</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Reviews due now: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>You</translation>
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
        <translation>Listening…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Writing down what you said…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Could not hear that</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Microphone unavailable</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Speak</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Speak a question</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>No microphone was found.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Press to speak (or press F2); listening stops when you stop talking</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Hold to speak (or hold F2)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>The microphone could not be opened ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>No speech heard. Try again, a little louder.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Hold the button while you speak.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>No words heard. Try again, a little closer to the microphone.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Heard: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Socratic</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Quiz me</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>The tutor explains the answer.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>The tutor asks questions and gives hints, one at a time.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Practise with questions about your lessons.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>{mode} mode</translation>
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
        <translation>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Licence sections</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Loading the licences…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>The licence texts could not be read: {error}</translation>
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
        <translation>No page numbers in this document</translation>
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
        <translation>Type your answer</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>This was hard for me</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Quiz question</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>All done! You answered {right} of %n question correctly.</numerusform>
            <numerusform>All done! You answered {right} of %n questions correctly.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>There are no approved questions for this course yet. Ask your teacher.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Choose a course to start a quiz.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Pick one answer first.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Type an answer first, or ask for a hint.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Answer choice {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>This question comes back for review {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>{language} voice ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>The speakers could not be opened ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Check that speakers or headphones are plugged in and not muted.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Calm</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Low vision</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Dyslexia-friendly</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Predictable</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Gentle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Offer a Guest card (saves nothing)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Kiosk mode: full screen, closing needs the teacher PIN</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Language before sign-in</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Sign out after idle</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Who is learning today?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Touch your picture, or use Tab and Enter.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>No learners yet. Ask your teacher to add you, or start as a guest.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Type your secret number, then press Enter.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Clear the PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Back to the pictures</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Asks for a PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>No PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Try Lantern without saving anything</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Hello, {name}! Type your PIN.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>You can try your PIN again now.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Read this message aloud</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Sync status: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Next try at {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n change is waiting to be sent; nothing is lost while offline.</numerusform>
            <numerusform>%n changes are waiting to be sent; nothing is lost while offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Connect to school hub…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>Teacher PIN</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Teacher PIN again</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Type the teacher PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>The two PINs are different. Type the same PIN twice.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>The PIN could not be checked.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Making questions… This takes a little while the first time.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Making questions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Making questions… {done} of {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>No microphone was found. Ask your teacher to plug one in.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Reading aloud does not work on this computer yet. Ask your teacher for help.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>No speakers or headphones were found. Ask your teacher to plug some in.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
