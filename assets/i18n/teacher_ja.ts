<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>自分の問題を追加</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>問題の種類</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>短い答え</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>選択式</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>○か×か</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答え</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>選択肢は | で区切る</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>問題を追加</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>自傷・自殺</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>つらい気持ち</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>虐待・危険</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>食事の問題</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>いじめ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>先生役</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>クイズ</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>メモ</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>通知（新着 %n 件）</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>児童が落ち込んでいる、または危険に見えたときに Lantern が出した通知です。児童の言葉は表示しません。児童と話してから、したことを書いてください。</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>新着のみ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>児童</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>したこと（例：本人と話した、家に電話した）</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>確認済み：{note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新着</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>確認済みにしました。</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>同じ本文が2回ある</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>ほぼ同じ本文</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>クラスには読みにくい</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>問題のない課</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>教材が答えていない質問</translation>
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
        <translation>「読み物」でやさしい版を作ってください。</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>「クイズ」で問題を作るか追加してください。</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>「ライブラリ」で余分なコピーを削除してください。</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>「ライブラリ」に答えになる教材を追加するか、「質問」で答えてください。</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>クラスの学年</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>児童から判断</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼稚園</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>おすすめの対応</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>直すところはありません。教材は良好です。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>確認することが %n 件あります。</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>数字の出どころ</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>児童と課</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>難しい問題</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>日ごとの解答</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>クラスの表示</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>クラスの全端末（学校サーバー）</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>サーバーにログイン…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>児童</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>解答数</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>習熟度</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>復習予定</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最後の活動</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>1回目で間違えた</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>日ごと</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>学校サーバーから（クラスの全端末）、{time} 作成。</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>この端末は学校サーバーにつながっていません。この端末の数字です。</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>学校サーバーにログインすると（サーバーにログイン…）全端末が見られます。今はこの端末の数字です。</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>学校サーバーの表示を使えません（{reason}）。この端末の数字です。</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>この端末から。</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{answered} 人中 {missed} 人（{percent}%）</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>まだ児童か承認済みの問題がありません。</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>クラスの表示を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>学校サーバーにログイン</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>先生用トークンを使うと、クラスの全端末の数字が見られます。トークンはこのコンピューターのキーチェーンに保存され、児童には見えません。</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>先生用トークン</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>学習の道すじ</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>列の見出し</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新しい名前</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>教材から作り直す</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>児童に公開</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>この位置の理由</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>この課で定義する用語</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>選んだ単元または課の新しい名前</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>児童はこの道すじで学びます。</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>下書き：公開するまで児童にはこの変更が見えません。</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>「{title}」がここにある理由：{reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>公開しました。児童の課はこの道すじの順になりました。</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>未解決の質問</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>あなたの答え</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>追加する教材</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>課で答えられなかった児童の質問と、クラウドの先生役に回す質問です。自分で答える、クラウドに答えてもらう、追加する教材をメモする、のどれかを選んでください。</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>質問日時</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>児童</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>あなたの答えは児童の履歴に入ります。</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>自分で答える</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>クラウドに答えてもらう</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>追加する教材（メモ、任意）</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>教材を追加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>追加する教材：{note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>あなたの承認待ち</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>クラウドの先生役用に保存済み</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>クラウドの先生役には長すぎる</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>課にない</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>クラウド用に保存</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>答えました。児童は履歴で見られます。</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>学校サーバーにつながったら、クラウドの先生役が答えます。</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>印を付けました。教材が追加されるまで教材チェックに表示されます。</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>作る問題の数</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>問題を作成中</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>元の本文</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答え</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>確認待ちの下書き</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>問題を作る</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>下書きをすべて承認</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>自分で追加…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>教材から（答えに印があります）：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>選択肢は | で区切る</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>左から問題を選んでください。</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>まだ問題がありません。問題を作るか、自分で追加してください。</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>あなたが作成</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>モデルが作成</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>文から作成</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>状態：{status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>保存しました。承認するまで下書きに戻ります。</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>承認しました。児童はこの問題を受けられます。</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>却下しました。児童はこの問題を受けません。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>下書きを %n 件承認しました。</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>下書きとして追加しました。よければ承認してください。</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>問題を作成中…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>問題を作成中… {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>停止しました。新しい問題 %n 件を下書きとして残しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>新しい問題を %n 件、下書きとして作りました。下で確認してください。</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>対象の学年</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>やさしい版</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>元の本文</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>やさしい版</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>読み書きが苦手な子向け（短い行）</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>やさしい版を作る</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>児童向けに承認</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>本文 {chunk}、{grade} 年（{status}）</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>1文あたり {words} 語</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>読みの学年 {grade} · 1文あたり {words} 語</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元の文</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>本文と学年を選んで、やさしい版を作ってください。</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>覚えたいことば：</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>元の文 — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>やさしい版 — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>元の文の内容はすべて残っています。</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>やさしい版に足りないもの：{facts}。承認する前に確認してください。</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>下書きを作りました。承認するまで児童には見えません。</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>承認しました。{grade} 年の児童はこの版を読みます。</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>クイズ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>道すじ</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み物</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>プリント</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>列の見出し</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>解答数</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>正解率（%）</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>課</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>プリントの問題</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>最後のページに解答</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>このプリントの承認済みの問題：</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>コース全体</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>まだ承認済みの問題がありません。「クイズ」で承認してください。</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>プリントを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
</context>
</TS>