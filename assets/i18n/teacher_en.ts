<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Add your own question</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Short answer</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Choose an option</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Options separated by |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Self-harm or suicide</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Distress</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Abuse or danger</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Eating problems</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
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
        <translation>Voice</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Alerts (%n new)</numerusform><numerusform>Alerts (%n new)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Only new alerts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>What you did (for example: talked with her, called home)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Seen: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Marked as seen.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>Same passage twice</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Almost the same passage</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Hard to read for the class</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Lesson without questions</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Question the material does not answer</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Make an easier version in Reading.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Make or add questions in Quizzes.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Remove the extra copy in Library.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Add material that answers it in Library, or answer it in Questions.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Class grade</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>From the learners</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Nothing to fix: the material looks good.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n thing to look at.</numerusform><numerusform>%n things to look at.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>Where the numbers come from</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Learners and lessons</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Difficult questions</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Answers over time</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Class views</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>This kiosk</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>All kiosks of the class (school hub)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Hub sign-in…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tried</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Mastery</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
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
        <translation>Missed first time</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>From the school hub (every kiosk of the class), made {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>This kiosk is not connected to a school hub: these are this kiosk's numbers.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>The school hub's view is not available ({reason}): these are this kiosk's numbers.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>From this kiosk.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} of {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>No learners or no approved questions yet.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Export the class view</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Sign in to the school hub</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Teacher token</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
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
        <translation>Learning path</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Column titles</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>New title</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Build again from the material</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Publish to learners</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Why it is here</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Key terms it defines</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>New title for the chosen unit or lesson</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Learners follow this path.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Draft: learners do not see these changes until you publish.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Why “{title}” is here: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Published: learners' lessons follow this path now.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>What material to add</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Your answer goes to the learner's history.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Answer it yourself</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Let the cloud tutor answer</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Material to add (optional note)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Add material</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Material to add: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>Waiting for you to approve</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Saved for the cloud tutor</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Too long for the cloud tutor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Not in the lessons</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Saved for the cloud</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Answered: the learner finds it in their history.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>The cloud tutor answers it when the school's hub is reachable.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Marked: the material check lists it until material is added.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>How many questions to make</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Making questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Source passage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Drafts to review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Make questions</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Approve all drafts</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Add your own…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>From the material (the answer is marked):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Options separated by |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Choose a question on the left.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>No questions here yet. Make questions or add your own.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>written by you</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>made by the model</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>made from a sentence</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Status: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Saved. It is a draft again until you approve it.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Approved: learners can get this question now.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Rejected: learners will not get this question.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>Approved %n draft.</numerusform><numerusform>Approved %n drafts.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Added as a draft. Approve it when it looks right.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Making questions…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Making questions… {done} of {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Stopped. %n new question was kept as drafts.</numerusform><numerusform>Stopped. %n new questions were kept as drafts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>Made %n new question as drafts. Review them below.</numerusform><numerusform>Made %n new questions as drafts. Review them below.</numerusform></translation>
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
        <translation>Target grade</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Easier versions</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Original passage</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Easier version</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>For grade</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Dyslexia-friendly (short lines)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Make an easier version</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Approve for learners</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Passage {chunk}, grade {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} words per sentence</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Reading grade {grade} · {words} words per sentence</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Choose a passage and a grade, then make an easier version.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Words to know:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Original — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Easier version — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Every fact of the original is kept.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>Missing from the easier version: {facts}. Check it before you approve.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Made a draft. Learners see it only after you approve it.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Approved: learners of grade {grade} read this version now.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>Quizzes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Column titles</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Right (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Questions on the worksheet</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Answer key on the last page</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Approved questions on this worksheet:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>The whole course</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>No approved questions here yet: approve some in Quizzes.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Save the worksheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
</TS>