<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>اسأل عن درسك…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>سؤالك للمعلّم المساعد</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>اسأل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>تلميح آخر</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>ردّ المعلّم المساعد</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>المصادر: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا يوجد ردّ)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(توقّف)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>اكتب سؤالًا… (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>سؤالك</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>اكتب سؤالًا. Enter يرسله، وShift+Enter يبدأ سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>أرسل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>أرسل سؤالك إلى المعلّم المساعد.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>أوقف الردّ الذي يُكتب الآن.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>اسألني أي شيء عن دروسك. يمكنك كتابة سؤال، أو البدء بواحد من هذه الأسئلة:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>اسألني أي شيء عن دروسك. اكتب سؤالك في الأسفل.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>اطرح هذا السؤال</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(توقّف)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا يوجد ردّ)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>عذرًا، حدث خطأ أثناء الردّ.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>اقرأ الردود بصوت عالٍ</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>أرسل ما أقوله فورًا</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>بدون استخدام اليدين</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>ضغطة واحدة تبدأ الاستماع، ويتوقّف وحده عندما تتوقّف عن الكلام.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>سرعة القراءة (أبطأ إلى اليمين)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>استخدم {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>لا، شكرًا</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>لم يُوجد في موادّ الصف.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>اعرض الفقرة التي استُخدمت في هذا الردّ</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>الاتصال بخادم المدرسة</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (من معلّمك)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>يُرسَل تقدّمك إلى مدرستك، وتبقى المحادثات على هذا الحاسوب إلا إذا سمحت مدرستك بأكثر من ذلك.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصل</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>اكتب عنوان الخادم والرمز الذي أعطاك إياه معلّمك.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>تم الاتصال بالصف {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>تعذّر الاتصال: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>اطلب إجابة أعمق</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>أرسل هذا السؤال إلى المعلّم المساعد عبر الإنترنت في مدرستك (تُحذف الأسماء وبيانات الاتصال أولًا).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>احفظه لوقت لاحق</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>يحفظ السؤال، ويُرسَل إلى المعلّم المساعد عبر الإنترنت عندما يمكن الوصول إلى خادم المدرسة.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>أجاب المعلّم المساعد عبر الإنترنت في المدرسة</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>أجاب المعلّم المساعد على هذا الجهاز</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · لماذا؟</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>نجهّز معلّمك المساعد…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>يحدث هذا في المرة الأولى فقط. يمكنك الدخول وطرح سؤال الآن: ستأتيك الإجابة حين يصبح المعلّم المساعد جاهزًا.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>تجهيز المعلّم المساعد</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>مقدار ما فُكّ من المعلّم المساعد، بالنسبة المئوية.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>نفكّ المعلّم المساعد…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>نتحقق من المعلّم المساعد…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>احذف الطالب</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>الاسم أو اللقب</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>اختياري، من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>أضف طالبًا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>طالب جديد</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (الصف {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>خطوتك التالية</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>تدرّب</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>أجب عن أسئلة عن دروسك.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>اطرح سؤالًا</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>أسئلة يمكنك طرحها:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>اختر درسًا لتقرأه.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>نصّ الدرس</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>اختر درسًا لتقرأه هنا.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>اطرح هذا السؤال</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>جارٍ تحميل خطوتك التالية…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>مرحبًا يا {name}! ماذا تحبّ أن تتعلّم اليوم؟</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>مرحبًا! ماذا تحبّ أن تتعلّم اليوم؟</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>اقرأ درسًا، ثم تدرّب باختبار قصير.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>لا توجد أسئلة جاهزة للمراجعة. {step}</numerusform>
            <numerusform>سؤال واحد جاهز للمراجعة. {step}</numerusform>
            <numerusform>سؤالان جاهزان للمراجعة. {step}</numerusform>
            <numerusform>%n أسئلة جاهزة للمراجعة. {step}</numerusform>
            <numerusform>%n سؤالًا جاهزًا للمراجعة. {step}</numerusform>
            <numerusform>%n سؤال جاهز للمراجعة. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>لا توجد دروس في هذه المادة بعد. اطلب من معلّمك أن يضيف بعضها.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>المستندات في المكتبة</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>المادة التي تستورد إليها (اكتب اسمًا جديدًا لإنشاء مادة)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>المادة التي تستورد إليها</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>جارٍ تحميل المكتبة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>المادة:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>المكتبة فارغة. استورد موادّ صفك لتبدأ.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>موادّ الصف ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>استيراد موادّ الصف</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>استيراد مجلد من موادّ الصف</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>جارٍ الاستيراد إلى {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>جارٍ قراءة {name}… (لا فقرات)</numerusform>
            <numerusform>جارٍ قراءة {name}… (فقرة واحدة)</numerusform>
            <numerusform>جارٍ قراءة {name}… (فقرتان)</numerusform>
            <numerusform>جارٍ قراءة {name}… (%n فقرات)</numerusform>
            <numerusform>جارٍ قراءة {name}… (%n فقرةً)</numerusform>
            <numerusform>جارٍ قراءة {name}… (%n فقرة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>جارٍ تجهيز {name} للبحث… (لا فقرات)</numerusform>
            <numerusform>جارٍ تجهيز {name} للبحث… (فقرة واحدة)</numerusform>
            <numerusform>جارٍ تجهيز {name} للبحث… (فقرتان)</numerusform>
            <numerusform>جارٍ تجهيز {name} للبحث… (%n فقرات)</numerusform>
            <numerusform>جارٍ تجهيز {name} للبحث… (%n فقرةً)</numerusform>
            <numerusform>جارٍ تجهيز {name} للبحث… (%n فقرة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مستند.</numerusform>
            <numerusform>تم استيراد مستند واحد.</numerusform>
            <numerusform>تم استيراد مستندين.</numerusform>
            <numerusform>تم استيراد %n مستندات.</numerusform>
            <numerusform>تم استيراد %n مستندًا.</numerusform>
            <numerusform>تم استيراد %n مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>تعذّر استيراد %n: {reason}</numerusform>
            <numerusform>تعذّر استيراد مستند واحد: {reason}</numerusform>
            <numerusform>تعذّر استيراد مستندين: {reason}</numerusform>
            <numerusform>تعذّر استيراد %n مستندات: {reason}</numerusform>
            <numerusform>تعذّر استيراد %n مستندًا: {reason}</numerusform>
            <numerusform>تعذّر استيراد %n مستند: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>توقّف الاستيراد، ولم يُحفظ أي شيء مستورد نصفه.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>أُلغي الاستيراد. المستندات التي اكتملت قبل الإلغاء محفوظة، ولا شيء مستورد نصفه.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>هل تحذف «{title}» من المكتبة؟ ستخرج فقراته من بحث المعلّم المساعد أيضًا.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>جارٍ حذف {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>تم حذف «{title}».</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>احذف المستند</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>اسأل</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>اقرأ الدرس بصوت عالٍ</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>نموذج المعلّم المساعد</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>اكتب الرمز السري للمعلّم لإغلاق Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>معلّمك المساعد جاهز</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>المعلّم المساعد جاهز: {name} · {device} · {threads} خيوط</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>المعلّم المساعد ليس جاهزًا</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المعلّم المساعد</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>جارٍ تحميل المعلّم المساعد…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — معلّمك المساعد بدون إنترنت</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>صورة الطالب</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>من سجّل الدخول</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>المعلّم</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>شاشات المعلّم؛ تطلب الرمز السري للمعلّم.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>ينهي دورك ويمسح الشاشة للطالب التالي.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>هل ما زلت هنا؟ المس الشاشة أو اضغط أي مفتاح لتكمل. وإلا فسيتم خروجك قريبًا لتبقى أعمالك خاصّة بك.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>التعلّم</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>شاشات المعلّم</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>اخرج من شاشات المعلّم</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>حالة نموذج المعلّم المساعد</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>حول Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>ترخيص النموذج (شروط استخدام Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — معلّم مساعد بالذكاء الاصطناعي يعمل بدون إنترنت.&lt;br&gt;&lt;br&gt;Lantern برنامج حرّ بموجب رخصة GNU العمومية، الإصدار 3 أو أحدث.&lt;br&gt;نموذج Gemma المرفق مقدَّم بموجب شروط استخدام Gemma (مساعدة ← ترخيص النموذج).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>خطواتك التالية</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>ماذا أفعل بعد ذلك؟</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>تقدّم {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>لا توجد إجابات بعد: أجب عن اختبار قصير لترى تقدّمك.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>إتقان {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>المراجعات المطلوبة الآن: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المعلّم المساعد</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>أستمع…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>أكتب ما قلته…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>لم أسمع ذلك جيدًا</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>الميكروفون غير متاح</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>تكلّم</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>قل سؤالًا</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>مستوى الميكروفون</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>لم يُعثر على ميكروفون.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>اضغط لتتكلّم (أو اضغط F2)؛ يتوقّف الاستماع عندما تتوقّف عن الكلام</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>اضغط باستمرار لتتكلّم (أو اضغط F2 باستمرار)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>تعذّر فتح الميكروفون ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>لم أسمع كلامًا. حاول مرة أخرى بصوت أعلى قليلًا.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>اضغط على الزر باستمرار وأنت تتكلّم.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>لم أسمع كلمات. حاول مرة أخرى وأنت أقرب قليلًا إلى الميكروفون.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>سمعت: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقّف</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>اشرح</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>أسئلة موجِّهة</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>اختبرني</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>يشرح المعلّم المساعد الإجابة.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>يطرح المعلّم المساعد أسئلة ويعطي تلميحات، واحدًا بعد واحد.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>تدرّب بأسئلة عن دروسك.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>وضع {mode}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern برنامج حرّ. هذه تراخيص Lantern ونموذج Gemma والبرامج الأخرى التي يحملها.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>أقسام التراخيص</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>نصّ الترخيص</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>جارٍ تحميل التراخيص…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>تعذّرت قراءة نصوص التراخيص: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>المصدر [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>لا توجد أرقام صفحات في هذا المستند</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>كان هذا صعبًا عليّ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>سؤال الاختبار</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من %n سؤال.</numerusform>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من سؤال واحد.</numerusform>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من سؤالين.</numerusform>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من %n أسئلة.</numerusform>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من %n سؤالًا.</numerusform>
            <numerusform>انتهيت! أجبت إجابة صحيحة عن {right} من %n سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>لا توجد أسئلة معتمدة لهذه المادة بعد. اسأل معلّمك.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>اختر مادة لتبدأ اختبارًا قصيرًا.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>اكتب إجابة أولًا، أو اطلب تلميحًا.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>الخيار {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>سيعود هذا السؤال للمراجعة {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>صوت {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>لا يوجد صوت قراءة باللغة {language} على هذا الجهاز. الصوت المتاح هو {voice}. هل نقرأ به على أي حال؟</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>تعذّر فتح السمّاعات ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>تأكّد من أن السمّاعات موصولة وأن الصوت غير مكتوم.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>ضعف النظر</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>مناسب لعسر القراءة</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>تركيز</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>متوقَّع</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>لطيف</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>اعرض بطاقة ضيف (لا تحفظ شيئًا)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>وضع الكشك: ملء الشاشة، والإغلاق يحتاج إلى الرمز السري للمعلّم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>اللغة قبل الدخول</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>الخروج بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>احتياجات كل طالب (مثل ضعف النظر أو عسر القراءة) ما زالت تغيّر المظهر أثناء جلسته.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>من سيتعلّم اليوم؟</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>المس صورتك، أو استخدم Tab وEnter.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>لا يوجد طلاب بعد. اطلب من معلّمك أن يضيفك، أو ابدأ كضيف.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>اكتب رقمك السري، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>رمزك السري</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>امسح</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>امسح الرمز السري</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>عودة إلى الصور</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>يطلب رمزًا سريًا</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>بدون رمز سري</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>جرّب Lantern بدون حفظ أي شيء</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>مرحبًا يا {name}! اكتب رمزك السري.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>يمكنك تجربة رمزك السري مرة أخرى الآن.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>اقرأ هذه الرسالة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>حالة المزامنة: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>المحاولة التالية في {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>لا توجد تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال؛ لا يضيع شيء بدون إنترنت.</numerusform>
            <numerusform>تغييران ينتظران الإرسال؛ لا يضيع شيء بدون إنترنت.</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال؛ لا يضيع شيء بدون إنترنت.</numerusform>
            <numerusform>%n تغييرًا ينتظر الإرسال؛ لا يضيع شيء بدون إنترنت.</numerusform>
            <numerusform>%n تغيير ينتظر الإرسال؛ لا يضيع شيء بدون إنترنت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>الاتصال بخادم المدرسة…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>الرمز السري للمعلّم</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>الرمز السري للمعلّم مرة أخرى</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>اختر رمزًا سريًا للمعلّم (من 4 إلى 8 أرقام). يحمي المكتبة والطلاب والإعدادات وإغلاق الكشك.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>اكتب الرمز السري للمعلّم.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>عيّن الرمز السري</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>الرمزان مختلفان. اكتب الرمز نفسه مرتين.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>هذا الرمز غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>تعذّر التحقق من الرمز السري.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>المادة:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>جارٍ إعداد الأسئلة… يستغرق ذلك بعض الوقت في المرة الأولى.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>جارٍ إعداد الأسئلة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>جارٍ إعداد الأسئلة… {done} من {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>التحدّث مع المعلّم المساعد لا يعمل على هذا الحاسوب بعد. اطلب المساعدة من معلّمك.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>لم يُعثر على ميكروفون. اطلب من معلّمك أن يصل واحدًا.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الحاسوب بعد. اطلب المساعدة من معلّمك.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>لم يُعثر على سمّاعات. اطلب من معلّمك أن يصل سمّاعات.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %Ln أيام</numerusform>
            <numerusform>بعد %Ln يومًا</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يومًا</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
</context>
</TS>
