<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>अपना प्रश्न जोड़ें</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>अंश</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>प्रश्न का प्रकार</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>छोटा उत्तर</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>विकल्प चुनें</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>सही या गलत</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>विकल्प | से अलग करें</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>प्रश्न जोड़ें</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>खुद को चोट या आत्महत्या</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>परेशानी</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>दुर्व्यवहार या खतरा</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>हिंसा</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>खाने की समस्या</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>धमकाना</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>पूछें</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>ट्यूटर</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>क्विज़</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>आवाज़</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>आपका नोट</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>चेतावनियाँ (%n नई)</numerusform><numerusform>चेतावनियाँ (%n नई)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>ये चेतावनियाँ Lantern ने तब दीं जब कोई विद्यार्थी दुखी या असुरक्षित लगा। विद्यार्थी के शब्द नहीं दिखाए जाते। विद्यार्थी से बात करें, फिर लिखें कि आपने क्या किया।</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>केवल नई चेतावनियाँ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>देखी गई</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>आपने क्या किया (जैसे: उससे बात की, घर फ़ोन किया)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>देखी गई के रूप में चिह्नित करें</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>देखी गई: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>अतिथि</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>देखी गई के रूप में चिह्नित किया।</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>एक ही अंश दो बार</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>लगभग एक जैसा अंश</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>कक्षा के लिए पढ़ना कठिन</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>बिना प्रश्नों का पाठ</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>ऐसा प्रश्न जिसका उत्तर सामग्री में नहीं</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ऊँचा</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>पढ़ना में आसान रूप बनाएँ।</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>क्विज़ में प्रश्न बनाएँ या जोड़ें।</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>लाइब्रेरी से अतिरिक्त प्रति हटाएँ।</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>लाइब्रेरी में उत्तर देने वाली सामग्री जोड़ें, या प्रश्न में उत्तर दें।</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>कक्षा का स्तर</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>विद्यार्थियों के अनुसार</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>बालवाड़ी</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>महत्व</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>सुझाया गया काम</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>ठीक करने को कुछ नहीं: सामग्री अच्छी है।</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>देखने को %n बात।</numerusform><numerusform>देखने को %n बातें।</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>संख्याएँ कहाँ से आईं</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>विद्यार्थी और पाठ</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>कठिन प्रश्न</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>समय के साथ उत्तर</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>कक्षा के दृश्य</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>यह कियोस्क</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>कक्षा के सभी कियोस्क (स्कूल सर्वर)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>सर्वर में साइन इन…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>महारत</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>बाकी दोहराव</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>आख़िरी गतिविधि</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>पहली बार में गलत</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>समय के साथ</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>स्कूल सर्वर से (कक्षा के सभी कियोस्क), {time} को बना।</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>यह कियोस्क स्कूल सर्वर से जुड़ा नहीं है: ये इसी कियोस्क की संख्याएँ हैं।</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>सभी कियोस्क देखने के लिए स्कूल सर्वर में साइन इन करें (सर्वर में साइन इन…); ये इसी कियोस्क की संख्याएँ हैं।</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>स्कूल सर्वर का दृश्य अभी उपलब्ध नहीं ({reason}): ये इसी कियोस्क की संख्याएँ हैं।</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>इसी कियोस्क से।</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{answered} में से {missed} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>अभी कोई विद्यार्थी या स्वीकृत प्रश्न नहीं।</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>कक्षा का दृश्य निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>स्कूल सर्वर में साइन इन</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>आपके शिक्षक टोकन से कक्षा दृश्य में आपकी कक्षा के सभी कियोस्क दिखते हैं। टोकन इस कंप्यूटर की कीचेन में रहता है, जहाँ विद्यार्थी उसे नहीं देख सकते।</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>शिक्षक टोकन</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>सीखने का रास्ता</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>कॉलम शीर्षक</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>नया शीर्षक</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>सामग्री से फिर बनाएँ</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>विद्यार्थियों के लिए प्रकाशित करें</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>यह यहाँ क्यों है</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>इसमें परिभाषित मुख्य शब्द</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>चुनी गई इकाई या पाठ का नया शीर्षक</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>नीचे</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>विद्यार्थी इसी रास्ते पर चलते हैं।</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>मसौदा: प्रकाशित करने तक विद्यार्थी ये बदलाव नहीं देखते।</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>“{title}” यहाँ क्यों है: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>प्रकाशित: अब विद्यार्थियों के पाठ इसी रास्ते पर हैं।</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>खुले प्रश्न</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>आपका उत्तर</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>कौन सी सामग्री जोड़नी है</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>विद्यार्थियों के वे प्रश्न जिनका उत्तर पाठों में नहीं मिला, और क्लाउड ट्यूटर के लिए रखे प्रश्न। खुद उत्तर दें, क्लाउड ट्यूटर को उत्तर देने दें, या जोड़ने वाली सामग्री लिखें।</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>पूछा गया</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>From</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>आपका उत्तर विद्यार्थी के इतिहास में जाएगा।</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>खुद उत्तर दें</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>क्लाउड ट्यूटर को उत्तर देने दें</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>जोड़ने वाली सामग्री (नोट, वैकल्पिक)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>सामग्री जोड़ें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>जोड़ने वाली सामग्री: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>आपकी स्वीकृति का इंतज़ार</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>क्लाउड ट्यूटर के लिए रखा गया</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>क्लाउड ट्यूटर के लिए बहुत लंबा</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>अतिथि</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>पाठों में नहीं</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>क्लाउड के लिए रखा गया</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>उत्तर दिया: विद्यार्थी इसे अपने इतिहास में पाएगा।</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>स्कूल सर्वर उपलब्ध होने पर क्लाउड ट्यूटर उत्तर देगा।</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>चिह्नित: सामग्री जुड़ने तक सामग्री जाँच इसे दिखाएगी।</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>कितने प्रश्न बनाने हैं</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>प्रश्न बन रहे हैं</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>स्रोत अंश</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>जाँचने के लिए मसौदे</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>सभी प्रश्न</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>प्रश्न बनाएँ</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>सभी मसौदे स्वीकृत करें</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>अपना जोड़ें…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>सामग्री से (उत्तर चिह्नित है):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>बदलाव सहेजें</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>विकल्प | से अलग करें</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>कितने</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>बाईं ओर से एक प्रश्न चुनें।</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>यहाँ अभी कोई प्रश्न नहीं। प्रश्न बनाएँ या अपने जोड़ें।</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>आपने लिखा</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>मॉडल ने बनाया</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>एक वाक्य से बना</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>स्थिति: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>सहेजा गया। स्वीकृत करने तक यह फिर से मसौदा है।</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>स्वीकृत: अब विद्यार्थियों को यह प्रश्न मिल सकता है।</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>अस्वीकृत: विद्यार्थियों को यह प्रश्न नहीं मिलेगा।</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>%n मसौदा स्वीकृत किया।</numerusform><numerusform>%n मसौदे स्वीकृत किए।</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>मसौदे के रूप में जोड़ा। ठीक लगे तो स्वीकृत करें।</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>प्रश्न बन रहे हैं…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>प्रश्न बन रहे हैं… {total} में से {done}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>रोका गया। %n नया प्रश्न मसौदे के रूप में रखा गया।</numerusform><numerusform>रोका गया। %n नए प्रश्न मसौदों के रूप में रखे गए।</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>%n नया प्रश्न मसौदे के रूप में बना। नीचे जाँचें।</numerusform><numerusform>%n नए प्रश्न मसौदों के रूप में बने। नीचे जाँचें।</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>अंश</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>लक्ष्य कक्षा</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>आसान रूप</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>मूल अंश</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>आसान रूप</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>कक्षा के लिए</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>डिस्लेक्सिया के अनुकूल (छोटी पंक्तियाँ)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>आसान रूप बनाएँ</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>विद्यार्थियों के लिए स्वीकृत करें</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>अंश {chunk}, कक्षा {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>हर वाक्य में {words} शब्द</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>पढ़ने का स्तर {grade} · हर वाक्य में {words} शब्द</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>एक अंश और कक्षा चुनें, फिर आसान रूप बनाएँ।</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>जानने लायक शब्द:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>मूल — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>आसान रूप — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>मूल के सभी तथ्य बने हुए हैं।</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>आसान रूप में नहीं है: {facts}। स्वीकृत करने से पहले जाँचें।</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>मसौदा बना। आपकी स्वीकृति के बाद ही विद्यार्थी इसे देखेंगे।</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>स्वीकृत: कक्षा {grade} के विद्यार्थी अब यही रूप पढ़ते हैं।</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>क्विज़</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>रास्ता</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>पढ़ना</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>वर्कशीट</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>कॉलम शीर्षक</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>सही (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>वर्कशीट के प्रश्न</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>बड़े अक्षर</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>आख़िरी पन्ने पर उत्तर कुंजी</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>इस वर्कशीट के स्वीकृत प्रश्न:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>पूरा कोर्स</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>यहाँ अभी कोई स्वीकृत प्रश्न नहीं: क्विज़ में कुछ स्वीकृत करें।</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>वर्कशीट सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
</context>
</TS>