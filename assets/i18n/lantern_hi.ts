<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>अपने पाठ के बारे में पूछो…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>ट्यूटर के लिए तुम्हारा सवाल</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>पूछो</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोको</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>अगला संकेत</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>ट्यूटर का जवाब</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>स्रोत: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(कोई जवाब नहीं)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(रोका गया)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>सवाल पूछो… (भेजने के लिए Enter, नई पंक्ति के लिए Shift+Enter)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>तुम्हारा सवाल</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>सवाल लिखो। Enter से वह चला जाता है; Shift+Enter से नई पंक्ति शुरू होती है।</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजो</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोको</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>अपना सवाल ट्यूटर को भेजो।</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>जो जवाब अभी लिखा जा रहा है, उसे रोको।</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>अपने पाठों के बारे में मुझसे कुछ भी पूछो। तुम सवाल लिख सकते हो, या इनमें से किसी एक से शुरू करो:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>अपने पाठों के बारे में मुझसे कुछ भी पूछो। नीचे अपना सवाल लिखो।</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>यह सवाल पूछो</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(रोका गया)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(कोई जवाब नहीं)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>माफ़ करना, जवाब देते समय कुछ गड़बड़ हो गई।</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>जवाब ज़ोर से पढ़ो</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>जो मैं बोलूँ, उसे तुरंत भेजो</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>बिना हाथ लगाए</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>एक बार दबाओ तो सुनना शुरू होता है; तुम बोलना बंद करो तो अपने आप रुक जाता है।</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>पढ़ने की रफ़्तार</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>पढ़ने की रफ़्तार (बाईं ओर धीमी)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>रफ़्तार</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>{voice} इस्तेमाल करो</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>नहीं, धन्यवाद</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>कक्षा की सामग्री में नहीं मिला।</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>वह हिस्सा दिखाओ जो इस जवाब में इस्तेमाल हुआ</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>स्कूल के सर्वर से जोड़ो</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (तुम्हारे शिक्षक से)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>तुम्हारी प्रगति तुम्हारे स्कूल को भेजी जाती है; बातचीत इसी कंप्यूटर पर रहती है, जब तक स्कूल ज़्यादा की अनुमति न दे।</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>नामांकन कोड</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>इस कंप्यूटर का नाम</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>जोड़ो</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>सर्वर का पता और शिक्षक का दिया कोड लिखो।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जोड़ रहे हैं…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>कक्षा {class_name} ({school}) से जुड़ गए।</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>जुड़ नहीं पाए: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>और गहरा जवाब माँगो</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>यह सवाल तुम्हारे स्कूल के ऑनलाइन ट्यूटर को भेजो (नाम और संपर्क की जानकारी पहले हटा दी जाती है)।</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>बाद के लिए रखो</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>सवाल रख लेता है; स्कूल का सर्वर मिलते ही यह ऑनलाइन ट्यूटर को चला जाएगा।</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>स्कूल के ऑनलाइन ट्यूटर ने जवाब दिया</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>इस कंप्यूटर के ट्यूटर ने जवाब दिया</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · क्यों?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>तुम्हारा ट्यूटर तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>ऐसा सिर्फ़ पहली बार होता है। तुम अभी साइन इन करके सवाल पूछ सकते हो: ट्यूटर तैयार होते ही जवाब मिलेगा।</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>ट्यूटर तैयार हो रहा है</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>ट्यूटर का कितना हिस्सा खुल गया है, प्रतिशत में।</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>ट्यूटर खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>ट्यूटर जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>विद्यार्थी हटाओ</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>नाम या उपनाम</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>ज़रूरी नहीं, 4 से 8 अंक</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>विद्यार्थी जोड़ो</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ज़रूरतें</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>नया विद्यार्थी</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (कक्षा {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} को जोड़ दिया।</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>तुम्हारा अगला कदम</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>अभ्यास करो</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>अपने पाठों के बारे में क्विज़ के सवालों के जवाब दो।</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>सवाल पूछो</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>तुम ये सवाल पूछ सकते हो:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>पढ़ने के लिए कोई पाठ चुनो।</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>पाठ का लेख</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>यहाँ पढ़ने के लिए कोई पाठ चुनो।</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>यह सवाल पूछो</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>तुम्हारा अगला कदम लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>नमस्ते {name}! आज तुम क्या सीखना चाहोगे?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>नमस्ते! आज तुम क्या सीखना चाहोगे?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>एक पाठ पढ़ो, फिर क्विज़ से अभ्यास करो।</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n सवाल दोहराने के लिए तैयार है। {step}</numerusform>
            <numerusform>%n सवाल दोहराने के लिए तैयार हैं। {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>इस कोर्स में अभी कोई पाठ नहीं है। अपने शिक्षक से कुछ पाठ जोड़ने को कहो।</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>लाइब्रेरी के दस्तावेज़</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>किस कोर्स में लाना है (नया कोर्स बनाने के लिए नया नाम लिखो)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>किस कोर्स में लाना है</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>फ़ाइलें लाओ…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>फ़ोल्डर लाओ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाओ</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>लाने की प्रगति</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>लाइब्रेरी लोड हो रही है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करो</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>कोर्स:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>लाइब्रेरी खाली है। शुरू करने के लिए अपनी कक्षा की सामग्री लाओ।</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>कक्षा की सामग्री ({patterns});;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>कक्षा की सामग्री लाओ</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>कक्षा की सामग्री का फ़ोल्डर लाओ</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>{course} में ला रहे हैं…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द कर रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>{name} पढ़ रहे हैं… (%n हिस्सा)</numerusform>
            <numerusform>{name} पढ़ रहे हैं… (%n हिस्से)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>{name} को खोज के लिए तैयार कर रहे हैं… (%n हिस्सा)</numerusform>
            <numerusform>{name} को खोज के लिए तैयार कर रहे हैं… (%n हिस्से)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n दस्तावेज़ लाया गया।</numerusform>
            <numerusform>%n दस्तावेज़ लाए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n नहीं लाया जा सका: {reason}</numerusform>
            <numerusform>%n नहीं लाए जा सके: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>लाना रुक गया; आधा लाया हुआ कुछ भी नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>लाना रद्द हुआ। रद्द करने से पहले पूरे हुए दस्तावेज़ रखे गए हैं; आधा लाया हुआ कुछ नहीं।</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>&apos;{title}&apos; को लाइब्रेरी से हटाएँ? इसके हिस्से ट्यूटर की खोज से भी हट जाएँगे।</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>{title} हटा रहे हैं…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>&apos;{title}&apos; हटा दिया।</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>दस्तावेज़ हटाओ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>होम</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>पूछो</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>पाठ ज़ोर से पढ़ो</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>विद्यार्थी</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>ट्यूटर मॉडल</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>मेहमान</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Lantern बंद करने के लिए शिक्षक का पिन लिखो।</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>तुम्हारा ट्यूटर तैयार है</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>ट्यूटर तैयार है: {name} · {device} · {threads} थ्रेड</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>ट्यूटर तैयार नहीं है</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>ट्यूटर</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>ट्यूटर लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — बिना इंटरनेट वाला तुम्हारा ट्यूटर</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>विद्यार्थी की तस्वीर</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>कौन अंदर है</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>शिक्षक के लिए स्क्रीन; शिक्षक का पिन माँगती है।</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>बाहर निकलो</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>तुम्हारी बारी ख़त्म करता है और अगले विद्यार्थी के लिए स्क्रीन साफ़ करता है।</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>क्या तुम अभी भी यहाँ हो? आगे बढ़ने के लिए स्क्रीन छुओ या कोई बटन दबाओ। नहीं तो तुम्हारा काम सुरक्षित रखने के लिए तुम जल्द ही बाहर हो जाओगे।</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>मैं अभी यहीं हूँ</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>सीखना</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>शिक्षक की स्क्रीनें</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>शिक्षक की स्क्रीनों से बाहर निकलो</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>ट्यूटर मॉडल की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;मदद</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Lantern के बारे में</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>मॉडल का लाइसेंस (Gemma की उपयोग शर्तें)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — बिना इंटरनेट वाला AI ट्यूटर।&lt;br&gt;&lt;br&gt;Lantern मुफ़्त सॉफ़्टवेयर है, GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या बाद वाले के तहत।&lt;br&gt;साथ आया Gemma मॉडल Gemma की उपयोग शर्तों के तहत दिया गया है (मदद → मॉडल का लाइसेंस)।</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>दोहराना</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>तुम्हारे अगले कदम</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>अब मैं क्या करूँ?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>{name} की प्रगति</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>अभी कोई जवाब नहीं: अपनी प्रगति देखने के लिए एक क्विज़ करो।</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>{skill} में महारत</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>अभी दोहराने हैं: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>तुम</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>ट्यूटर</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>सुन रहे हैं…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>तुमने जो कहा, लिख रहे हैं…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>ठीक से सुनाई नहीं दिया</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>माइक्रोफ़ोन उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>बोलो</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>सवाल बोलो</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>माइक्रोफ़ोन का स्तर</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>कोई माइक्रोफ़ोन नहीं मिला।</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>बोलने के लिए दबाओ (या F2 दबाओ); तुम बोलना बंद करोगे तो सुनना रुक जाएगा</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>बोलने के लिए दबाए रखो (या F2 दबाए रखो)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>माइक्रोफ़ोन खुल नहीं पाया ({error})।</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>कोई आवाज़ सुनाई नहीं दी। फिर से कोशिश करो, थोड़ा ज़ोर से।</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>बोलते समय बटन दबाए रखो।</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>कोई शब्द सुनाई नहीं दिया। फिर से कोशिश करो, माइक्रोफ़ोन के थोड़ा पास आकर।</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>सुना: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोको</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>समझाओ</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>सवालों से सीखो</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>मेरा क्विज़ लो</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>ट्यूटर जवाब समझाता है।</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>ट्यूटर सवाल पूछता है और एक-एक करके संकेत देता है।</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>अपने पाठों के सवालों से अभ्यास करो।</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>{mode} मोड</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern मुफ़्त सॉफ़्टवेयर है। ये Lantern, Gemma मॉडल और इसके साथ आए बाकी सॉफ़्टवेयर के लाइसेंस हैं।</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>लाइसेंस के हिस्से</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>लाइसेंस का लेख</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>लाइसेंस लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>लाइसेंस के लेख पढ़े नहीं जा सके: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>स्रोत [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>पेज {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>इस दस्तावेज़ में पेज नंबर नहीं हैं</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>अपना जवाब लिखो</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>तुम्हारा जवाब</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>यह मेरे लिए कठिन था</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँचो</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>संकेत</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>अगला सवाल</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>क्विज़ का सवाल</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>हो गया! तुमने %n सवाल में से {right} का सही जवाब दिया।</numerusform>
            <numerusform>हो गया! तुमने %n सवालों में से {right} के सही जवाब दिए।</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>इस कोर्स के लिए अभी कोई मंज़ूर सवाल नहीं हैं। अपने शिक्षक से पूछो।</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>क्विज़ शुरू करने के लिए एक कोर्स चुनो।</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>पहले एक जवाब चुनो।</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>पहले जवाब लिखो, या संकेत माँगो।</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>जवाब का विकल्प {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>यह सवाल दोहराने के लिए {when} फिर आएगा।</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>{language} आवाज़ ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>इस डिवाइस पर {language} में पढ़कर सुनाने वाली आवाज़ नहीं है। जो आवाज़ है, वह {voice} है। फिर भी उसी से पढ़ें?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>स्पीकर खुल नहीं पाए ({error})।</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>देखो कि स्पीकर या हेडफ़ोन लगे हैं और आवाज़ बंद नहीं है।</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>शांत</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>कम दिखना</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>डिस्लेक्सिया के लिए आसान</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>ध्यान</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>पहले से पता</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>कोमल</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>मेहमान कार्ड दिखाओ (कुछ भी सेव नहीं करता)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>कियोस्क मोड: पूरी स्क्रीन, बंद करने के लिए शिक्षक का पिन चाहिए</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करो</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>अंदर आने से पहले की भाषा</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>रूप</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>अक्षरों का आकार</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>कुछ न करने पर बाहर निकलना</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>पढ़ने की रफ़्तार</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>हर विद्यार्थी की अपनी ज़रूरतें (जैसे कम दिखना या डिस्लेक्सिया) उसके समय में रूप बदलती रहेंगी।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सेव हो गया।</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>आज कौन सीख रहा है?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>अपनी तस्वीर छुओ, या Tab और Enter इस्तेमाल करो।</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>अभी कोई विद्यार्थी नहीं है। शिक्षक से तुम्हें जोड़ने को कहो, या मेहमान बनकर शुरू करो।</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>अपना गुप्त नंबर लिखो, फिर Enter दबाओ।</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>तुम्हारा पिन</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>मिटाओ</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>पिन मिटाओ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>अंदर आओ</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>तस्वीरों पर वापस जाओ</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>पिन माँगता है</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>कोई पिन नहीं</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>मेहमान</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>कुछ भी सेव किए बिना Lantern आज़माओ</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>नमस्ते {name}! अपना पिन लिखो।</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>अब तुम अपना पिन फिर से आज़मा सकते हो।</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>ज़ोर से पढ़ो</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>यह संदेश ज़ोर से पढ़ो</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>पढ़ना रोको</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>सिंक की स्थिति: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>अगली कोशिश {time} पर</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n बदलाव भेजे जाने का इंतज़ार कर रहा है; ऑफ़लाइन होने पर कुछ नहीं खोता।</numerusform>
            <numerusform>%n बदलाव भेजे जाने का इंतज़ार कर रहे हैं; ऑफ़लाइन होने पर कुछ नहीं खोता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>अभी सिंक करो</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>स्कूल के सर्वर से जोड़ो…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>शिक्षक का पिन</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>शिक्षक का पिन दोबारा</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>शिक्षक का पिन चुनो (4 से 8 अंक)। यह लाइब्रेरी, विद्यार्थियों, सेटिंग्स और कियोस्क बंद करने की सुरक्षा करता है।</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>शिक्षक का पिन लिखो।</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>पिन सेट करो</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलो</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>दोनों पिन अलग हैं। एक ही पिन दो बार लिखो।</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>यह पिन सही नहीं है। फिर से कोशिश करो।</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>पिन जाँचा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>कोर्स:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>सवाल बन रहे हैं… पहली बार में थोड़ा समय लगता है।</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>सवाल बन रहे हैं</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करो</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>सवाल बन रहे हैं… {total} में से {done}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>इस कंप्यूटर पर अभी ट्यूटर से बात नहीं हो सकती। शिक्षक से मदद माँगो।</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>कोई माइक्रोफ़ोन नहीं मिला। शिक्षक से एक लगाने को कहो।</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>इस कंप्यूटर पर अभी ज़ोर से पढ़ना काम नहीं करता। शिक्षक से मदद माँगो।</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>कोई स्पीकर या हेडफ़ोन नहीं मिला। शिक्षक से लगाने को कहो।</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>कल</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln दिन में</numerusform>
            <numerusform>%Ln दिनों में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln दिन पहले</numerusform>
            <numerusform>%Ln दिन पहले</numerusform>
        </translation>
    </message>
</context>
</TS>
