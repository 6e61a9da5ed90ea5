<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>أضف سؤالك</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>نوع السؤال</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>إجابة قصيرة</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>اختر خيارًا</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>صح أو خطأ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>الخيارات مفصولة بـ |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>أضف السؤال</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>إيذاء النفس أو الانتحار</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>ضيق</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>إساءة أو خطر</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>عنف</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>مشكلات في الأكل</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>تنمّر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>اسأل</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المعلّم</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>التنبيهات (لا جديد)</numerusform><numerusform>التنبيهات (%n جديد)</numerusform><numerusform>التنبيهات (%n جديدان)</numerusform><numerusform>التنبيهات (%n جديدة)</numerusform><numerusform>التنبيهات (%n جديدًا)</numerusform><numerusform>التنبيهات (%n جديد)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>تنبيهات أطلقها Lantern عندما بدا المتعلّم حزينًا أو غير آمن. لا تظهر كلمات المتعلّم. تحدّث مع المتعلّم، ثم اكتب ما فعلته.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>التنبيهات الجديدة فقط</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>تمّت رؤيته</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>ما فعلته (مثلًا: تحدّثت معها، اتصلت بالأهل)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>علّم كمقروء</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>تمّت رؤيته: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>تمّ التعليم كمقروء.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>المقطع نفسه مرتين</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>مقطع شبه مكرّر</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>صعب القراءة على الصف</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>درس بلا أسئلة</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>سؤال لا تجيب عنه المادة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>اصنع نسخة أسهل في القراءة.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>أنشئ أسئلة أو أضفها في الاختبارات.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>احذف النسخة الزائدة من المكتبة.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>أضف مادة تجيب عنه في المكتبة، أو أجب عنه في الأسئلة.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>صف الطلاب</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>حسب المتعلّمين</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>الروضة</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص مرة أخرى</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>الإجراء المقترح</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>لا شيء لإصلاحه: المادة جيدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>لا شيء للنظر فيه.</numerusform><numerusform>شيء واحد للنظر فيه.</numerusform><numerusform>شيئان للنظر فيهما.</numerusform><numerusform>%n أشياء للنظر فيها.</numerusform><numerusform>%n شيئًا للنظر فيه.</numerusform><numerusform>%n شيء للنظر فيه.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>مصدر الأرقام</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>المتعلّمون والدروس</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>أسئلة صعبة</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>الإجابات عبر الوقت</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>عروض الصف</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>كل أجهزة الصف (خادم المدرسة)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>الدخول إلى الخادم…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الصحيحة</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>الإتقان</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>مراجعات مستحقّة</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>أخطأ فيه أول مرة</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الوقت</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>من خادم المدرسة (كل أجهزة الصف)، أُنشئ {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>هذا الجهاز غير متصل بخادم المدرسة: هذه أرقام هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>ادخل إلى خادم المدرسة (الدخول إلى الخادم…) لترى كل الأجهزة؛ هذه أرقام هذا الجهاز.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>عرض خادم المدرسة غير متاح ({reason}): هذه أرقام هذا الجهاز.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>من هذا الجهاز.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} من {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>لا يوجد متعلّمون أو أسئلة معتمدة بعد.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>تصدير عرض الصف</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>الدخول إلى خادم المدرسة</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>برمز المعلّم يعرض عرض الصف كل أجهزة صفّك. يُحفظ الرمز في سلسلة مفاتيح هذا الحاسوب، ولا يراه المتعلّمون أبدًا.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>رمز المعلّم</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>مسار التعلّم</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>عناوين الأعمدة</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>عنوان جديد</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>أعد البناء من المادة</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>انشر للمتعلّمين</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>سبب مكانه هنا</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>المصطلحات التي يعرّفها</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>عنوان جديد للوحدة أو الدرس المختار</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>يتبع المتعلّمون هذا المسار.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>مسودة: لا يرى المتعلّمون هذه التغييرات حتى تنشرها.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>سبب وجود «{title}» هنا: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>تم النشر: دروس المتعلّمين تتبع هذا المسار الآن.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>أسئلة مفتوحة</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>المادة المطلوب إضافتها</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>أسئلة طرحها المتعلّمون ولم تُجب عنها الدروس، وأسئلة محفوظة للمعلّم السحابي. أجب عنها بنفسك، أو دع المعلّم السحابي يجيب، أو دوّن المادة المطلوب إضافتها.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>وقت السؤال</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>تذهب إجابتك إلى سجلّ المتعلّم.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>أجب بنفسك</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>دع المعلّم السحابي يجيب</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>المادة المطلوب إضافتها (ملاحظة اختيارية)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>أضف مادة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>مادة للإضافة: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>بانتظار موافقتك</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>محفوظ للمعلّم السحابي</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>أطول من أن يُرسَل إلى المعلّم السحابي</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>ليس في الدروس</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>محفوظ للسحابة</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>تمت الإجابة: يجدها المتعلّم في سجلّه.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>يجيب المعلّم السحابي عندما يكون خادم المدرسة متاحًا.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>تم التعليم: يظهر في فحص المادة حتى تُضاف المادة.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>عدد الأسئلة المطلوب إنشاؤها</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>جارٍ إنشاء الأسئلة</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>المقطع المصدر</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>مسودات للمراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>كل الأسئلة</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>أنشئ أسئلة</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>اعتمد كل المسودات</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>أضف سؤالك…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>من المادة (الإجابة مميّزة):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>احفظ التغييرات</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتمد</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>الخيارات مفصولة بـ |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>اختر سؤالًا من القائمة.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>لا أسئلة هنا بعد. أنشئ أسئلة أو أضف أسئلتك.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>كتبته أنت</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>صنعه النموذج</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>مأخوذ من جملة</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>الحالة: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>تم الحفظ. صار مسودة مرة أخرى حتى تعتمده.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>تم الاعتماد: يمكن للمتعلّمين الآن تلقّي هذا السؤال.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>تم الرفض: لن يتلقّى المتعلّمون هذا السؤال.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>لم تُعتمد أي مسودة.</numerusform><numerusform>اعتُمدت مسودة واحدة.</numerusform><numerusform>اعتُمدت مسودتان.</numerusform><numerusform>اعتُمدت %n مسودات.</numerusform><numerusform>اعتُمدت %n مسودة.</numerusform><numerusform>اعتُمدت %n مسودة.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>أُضيف كمسودة. اعتمده عندما يبدو صحيحًا.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>جارٍ إنشاء الأسئلة…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>جارٍ إنشاء الأسئلة… {done} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>توقّف. لم يُحفظ أي سؤال جديد.</numerusform><numerusform>توقّف. حُفظ سؤال جديد واحد كمسودة.</numerusform><numerusform>توقّف. حُفظ سؤالان جديدان كمسودتين.</numerusform><numerusform>توقّف. حُفظت %n أسئلة جديدة كمسودات.</numerusform><numerusform>توقّف. حُفظ %n سؤالًا جديدًا كمسودات.</numerusform><numerusform>توقّف. حُفظ %n سؤال جديد كمسودات.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>لم يُنشأ أي سؤال جديد.</numerusform><numerusform>أُنشئ سؤال جديد واحد كمسودة. راجعه أدناه.</numerusform><numerusform>أُنشئ سؤالان جديدان كمسودتين. راجعهما أدناه.</numerusform><numerusform>أُنشئت %n أسئلة جديدة كمسودات. راجعها أدناه.</numerusform><numerusform>أُنشئ %n سؤالًا جديدًا كمسودات. راجعها أدناه.</numerusform><numerusform>أُنشئ %n سؤال جديد كمسودات. راجعها أدناه.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>الصف المستهدف</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>نسخ أسهل</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>المقطع الأصلي</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>نسخة أسهل</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>للصف</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>مناسب لعسر القراءة (أسطر قصيرة)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>اصنع نسخة أسهل</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>اعتمد للمتعلّمين</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>المقطع {chunk}، الصف {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} كلمة في الجملة</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>مستوى القراءة {grade} · {words} كلمة في الجملة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>اختر مقطعًا وصفًّا، ثم اصنع نسخة أسهل.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>كلمات مهمة:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>الأصل — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>نسخة أسهل — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>كل حقائق الأصل محفوظة.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>ينقص النسخة الأسهل: {facts}. راجعها قبل الاعتماد.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>صُنعت مسودة. لا يراها المتعلّمون إلا بعد اعتمادك.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>تم الاعتماد: متعلّمو الصف {grade} يقرؤون هذه النسخة الآن.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ورقة العمل</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>عناوين الأعمدة</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>الصحيحة (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>أسئلة ورقة العمل</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>مفتاح الإجابات في الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>احفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>الأسئلة المعتمدة في ورقة العمل هذه:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>المقرّر كله</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>لا أسئلة معتمدة هنا بعد: اعتمد بعضها في الاختبارات.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>احفظ ورقة العمل</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
</context>
</TS>