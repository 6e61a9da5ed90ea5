<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>问一个关于课文的问题…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>你要问辅导老师的问题</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>下一个提示</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>辅导老师的回答</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（没有回答）</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>问一个问题…（按 Enter 发送，按 Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>你的问题</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>输入一个问题。按 Enter 发送；按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>把你的问题发给辅导老师。</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>停止正在写的回答。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>关于课文，你什么都可以问我。你可以自己写一个问题，也可以从下面这些开始：</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>关于课文，你什么都可以问我。在下面写下你的问题。</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>问这个问题</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（没有回答）</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>对不起，回答时出了点问题。</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>朗读回答</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>说完马上发送</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>免手动</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>按一下就开始听；你不说话时会自动停下。</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>朗读速度（越往左越慢）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>使用{voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>课堂材料里没有找到。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>显示这个回答用到的段落</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>连接学校服务器</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH（老师给你的）</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>你的学习进度会发给学校；对话留在这台电脑上，除非学校允许更多。</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>这台电脑的名字</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>请输入服务器地址和老师给你的代码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>已连接到班级 {class_name}（{school}）。</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>无法连接：{error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>请求更详细的回答</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>把这个问题发给学校的在线辅导老师（会先去掉名字和联系方式）。</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>以后再问</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>先保存这个问题；能连上学校服务器时再发给在线辅导老师。</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>由学校的在线辅导老师回答</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>由这台电脑上的辅导老师回答</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · 为什么？</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>正在准备你的辅导老师…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>这只在第一次发生。你现在就可以登录并提问：辅导老师准备好后就会回答。</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>正在准备辅导老师</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>辅导老师已解压的百分比。</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>正在解压辅导老师…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>正在检查辅导老师…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>名字或昵称</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>可不填，4 到 8 位数字</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>添加学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>新学生</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name}（{grade} 年级）</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>你的下一步</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>回答关于课文的小测验题。</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>提一个问题</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>你可以问这些问题：</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>选一篇课文来读。</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课文内容</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>选一篇课文，在这里读。</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>问这个问题</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>正在加载你的下一步…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>你好，{name}！今天想学点什么？</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>你好！今天想学点什么？</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>先读一篇课文，再做个小测验练习。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>有 %n 道题可以复习了。{step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>这门课还没有课文。请老师加一些吧。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>资料库里的文档</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>导入到哪门课（输入新名字就会新建一门课）</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>导入到哪门课</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>正在加载资料库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>资料库是空的。导入班级的学习材料就可以开始了。</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>学习材料 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>导入学习材料</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>导入一个学习材料文件夹</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>正在导入到 {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>正在读取 {name}…（%n 个段落）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>正在为搜索整理 {name}…（%n 个段落）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>已导入 %n 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>有 %n 个无法导入：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>导入停止了；导入一半的内容都没有保留。</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>导入已取消。取消前完成的文档会保留；导入一半的不会保留。</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>要把“{title}”从资料库删除吗？它的段落也会从辅导老师的搜索里去掉。</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>正在删除 {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>删除文档</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>朗读这篇课文</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>辅导老师模型</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>输入老师密码才能关闭 Lantern。</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>你的辅导老师准备好了</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>辅导老师已准备好：{name} · {device} · {threads} 个线程</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>辅导老师还没准备好</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>正在加载辅导老师…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — 不用上网的辅导老师</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>学生头像</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>谁在使用</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>老师用的页面；需要老师密码。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>结束你这一次的使用，为下一位同学清空屏幕。</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>你还在吗？点一下屏幕或按任意键继续。不然很快就会帮你退出，保护你的作业不被别人看到。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>老师页面</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>离开老师页面</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>辅导老师模型状态</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>关于 Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>模型许可（Gemma 使用条款）</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — 不用上网的 AI 辅导老师。&lt;br&gt;&lt;br&gt;Lantern 是自由软件，采用 GNU 通用公共许可证第 3 版或更高版本。&lt;br&gt;内置的 Gemma 模型按照 Gemma 使用条款提供（帮助 → 模型许可）。</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>你接下来可以做的</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>我接下来做什么？</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>{name} 的学习进度</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>还没有答题：做个小测验就能看到你的进度。</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>{skill} 掌握程度</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>现在要复习的：{count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>正在听…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>正在写下你说的话…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>好了</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>没听清楚</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>麦克风不能用</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>说出一个问题</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>没有找到麦克风。</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>按一下开始说话（或按 F2）；你不说话时就停止听</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>按住说话（或按住 F2）</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>麦克风打不开（{error}）。</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>没有听到声音。再试一次，声音大一点。</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>说话的时候请按住按钮。</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>没有听到词语。再试一次，离麦克风近一点。</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>听到的是：{text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>引导提问</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>考考我</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>辅导老师讲解答案。</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>辅导老师一步一步地提问和给提示。</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>用课文里的问题来练习。</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>{mode}模式</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern 是自由软件。这里是 Lantern、Gemma 模型和其中其他软件的许可证。</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>许可证各部分</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证内容</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>正在加载许可证…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>无法读取许可证内容：{error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>来源 [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>这个文档没有页码</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>写下你的答案</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>这题对我来说有点难</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>测验题</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>做完了！%n 道题里你答对了 {right} 道。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>这门课还没有审核通过的题目。请问问老师。</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>选一门课来开始小测验。</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>请先选一个答案。</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>请先写一个答案，或者要个提示。</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>答案选项 {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>这道题会在{when}回来让你复习。</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>{language}语音（{id}）</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>这台设备上没有{language}的朗读语音。可以用的语音是{voice}。还是用它来读吗？</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>扬声器打不开（{error}）。</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>请检查扬声器或耳机是否插好，并且没有静音。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>弱视</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>适合阅读障碍</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>专注</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>可预期</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>温和</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>显示访客卡片（不保存任何内容）</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>展台模式：全屏，关闭需要老师密码</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>登录前的语言</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>不操作多久后退出</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>每个学生自己的需要（比如视力差或阅读障碍）仍会在他使用时改变外观。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>今天谁来学习？</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>点你的头像，或者用 Tab 和 Enter。</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>还没有学生。请老师把你加进来，或者用访客身份开始。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>输入你的秘密数字，然后按 Enter。</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>清除密码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>回到头像页</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>没有密码</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>不保存任何东西，先试试 Lantern</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>你好，{name}！请输入你的密码。</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>现在可以再试一次密码了。</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>朗读这条消息</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>同步状态：{status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>下次尝试时间：{time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>有 %n 个更改等着发送；没网的时候什么都不会丢。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>现在同步</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>连接学校服务器…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>老师密码</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>再输一次老师密码</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>设置一个老师密码（4 到 8 位数字）。它保护资料库、学生、设置，以及关闭展台。</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>请输入老师密码。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>两次输入的密码不一样。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>密码不对。再试一次。</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>无法检查密码。</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>正在出题… 第一次需要一点时间。</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>正在出题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>正在出题… 第 {done} 题，共 {total} 题</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>这台电脑上还不能和辅导老师说话。请老师来帮忙。</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>没有找到麦克风。请老师插上一个。</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>这台电脑上还不能朗读。请老师来帮忙。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>没有找到扬声器或耳机。请老师插上。</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
</context>
</TS>
