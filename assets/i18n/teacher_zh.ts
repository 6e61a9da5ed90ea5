<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>添加你自己的问题</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>简答</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>选择题</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>选项用 | 分隔</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>自伤或自杀</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>情绪困扰</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>虐待或危险</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>饮食问题</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>欺凌</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>你的备注</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>提醒（%n 条新）</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>学生看起来难过或不安全时，Lantern 发出的提醒。不显示学生说的话。请和学生谈谈，然后写下你做了什么。</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>只看新提醒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>你做了什么（例如：和她谈了，给家里打了电话）</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>已查看：{note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>已标记为已查看。</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>同一段落出现两次</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>几乎相同的段落</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>对全班来说太难读</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>没有问题的课</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>材料没有回答的问题</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>在“阅读”中制作更简单的版本。</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>在“测验”中生成或添加问题。</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>在“资料库”中删除多余的副本。</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>在“资料库”中添加能回答它的材料，或在“问题”中回答。</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>班级年级</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>根据学生</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议做法</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>没有要修改的：材料很好。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>有 %n 项需要查看。</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>学生和课</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>难题</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>答题随时间变化</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>班级视图</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>这台设备</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>全班所有设备（学校服务器）</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>登录服务器…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>待复习</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>第一次答错</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>来自学校服务器（全班所有设备），生成于 {time}。</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>这台设备没有连接学校服务器：这里是这台设备的数据。</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>登录学校服务器（登录服务器…）即可查看所有设备；这里是这台设备的数据。</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>学校服务器的视图暂不可用（{reason}）：这里是这台设备的数据。</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>来自这台设备。</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{answered} 人中 {missed} 人（{percent}%）</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>还没有学生或已批准的问题。</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>导出班级视图</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>登录学校服务器</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>用你的教师令牌，班级视图会显示你班上所有设备的数据。令牌保存在这台电脑的钥匙串里，学生看不到。</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>教师令牌</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新标题</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>根据材料重新生成</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>发布给学生</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>为什么排在这里</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>本课定义的关键词</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>所选单元或课的新标题</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>学生按这条路径学习。</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>草稿：你发布之前，学生看不到这些更改。</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>“{title}”排在这里的原因：{reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>已发布：学生的课程现在按这条路径排列。</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>待处理的问题</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>要添加的材料</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>课程没有回答的学生问题，以及留给云端辅导的问题。你可以自己回答，让云端辅导回答，或记下要添加的材料。</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>提问时间</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>你的回答会放进学生的记录里。</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>自己回答</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>让云端辅导回答</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>要添加的材料（备注，可不填）</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>要添加的材料：{note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>等待你批准</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>已留给云端辅导</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>太长，无法交给云端辅导</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>课程里没有</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>留给云端</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>已回答：学生可以在记录里看到。</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>连上学校服务器后，云端辅导会回答。</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>已标记：添加材料之前，材料检查会一直列出它。</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>要生成多少个问题</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>正在生成问题</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>原文段落</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>待审的草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>所有问题</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>生成问题</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>批准所有草稿</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>添加你自己的…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>材料原文（答案已标出）：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>选项用 | 分隔</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>请在左边选择一个问题。</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>这里还没有问题。请生成问题或添加你自己的问题。</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>你写的</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>模型生成的</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>由句子生成的</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>状态：{status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>已保存。在你批准之前，它又是草稿。</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>已批准：学生现在可以做这道题了。</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>已拒绝：学生不会收到这道题。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>已批准 %n 个草稿。</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>已作为草稿添加。觉得没问题时请批准。</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>正在生成问题…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>正在生成问题… {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>已停止。%n 个新问题已保存为草稿。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>已生成 %n 个新问题草稿。请在下面审阅。</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>目标年级</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>更简单的版本</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>原文段落</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>更简单的版本</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>适合读写困难（短行）</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>制作更简单的版本</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>批准给学生</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>段落 {chunk}，{grade} 年级（{status}）</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>每句 {words} 个词</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>阅读年级 {grade} · 每句 {words} 个词</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>选择一个段落和年级，然后制作更简单的版本。</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>要认识的词：</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>原文 — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>更简单的版本 — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>原文的所有事实都保留了。</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>更简单的版本缺少：{facts}。批准前请检查。</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>草稿已生成。你批准后学生才能看到。</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>已批准：{grade} 年级的学生现在读这个版本。</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>练习单</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>列标题</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>答题数</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>答对率（%）</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>练习单上的问题</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字版</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>最后一页附答案</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>这张练习单上已批准的问题：</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>整个课程</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>这里还没有已批准的问题：请在“测验”中批准一些。</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>保存练习单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>