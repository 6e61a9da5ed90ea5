<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>レッスンについて しつもんしよう…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>せんせいへの しつもん</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>きく</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>とめる</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>つぎのヒント</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>せんせいの こたえ</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>でどころ：{sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（こたえが ありません）</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（とめました）</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>しつもんを かこう…（Enterで おくる、Shift+Enterで かいぎょう）</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>あなたの しつもん</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>しつもんを かいてね。Enterで おくります。Shift+Enterで つぎの ぎょうに いきます。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>おくる</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>とめる</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>しつもんを せんせいに おくります。</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>いま かいている こたえを とめます。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>かいわ</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>レッスンの ことなら なんでも きいてね。しつもんを かいても いいし、この なかから えらんでも いいよ：</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>レッスンの ことなら なんでも きいてね。したに しつもんを かいてね。</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>この しつもんを する</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（とめました）</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（こたえが ありません）</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>ごめんなさい、こたえる ときに もんだいが おきました。</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>こたえを よみあげる</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>はなしたら すぐ おくる</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>ハンズフリー</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>いちど おすと ききはじめます。あなたが はなしおわると じどうで とまります。</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>よむ はやさ</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>よむ はやさ（ひだりほど ゆっくり）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>はやさ</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>{voice}を つかう</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>いいえ、けっこうです</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>クラスの きょうざいには ありませんでした。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>でどころ：</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>この こたえに つかった ぶんしょうを みる</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>がっこうの サーバーに つなぐ</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH（せんせいから もらった コード）</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>がくしゅうの きろくは がっこうに おくられます。かいわは、がっこうが ゆるさない かぎり この コンピューターに のこります。</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>サーバーの アドレス</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>とうろくコード</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>この コンピューターの なまえ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>つなぐ</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>サーバーの アドレスと、せんせいから もらった コードを いれてね。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>つないでいます…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>クラス {class_name}（{school}）に つながりました。</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>つなげませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>もっと くわしい こたえを たのむ</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>この しつもんを がっこうの オンラインの せんせいに おくります（なまえや れんらくさきは さきに けします）。</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>あとで きく</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>しつもんを とっておきます。がっこうの サーバーに つながったら オンラインの せんせいに おくります。</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>がっこうの オンラインの せんせいが こたえました</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>この コンピューターの せんせいが こたえました</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · どうして？</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>せんせいを じゅんびしています…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>これは さいしょの 1かいだけです。もう サインインして しつもんできます。せんせいの じゅんびが できたら こたえます。</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>せんせいを じゅんびちゅう</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>せんせいが どれだけ ひらかれたか（パーセント）。</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>せんせいを ひらいています…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>せんせいを たしかめています…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>せいと</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>せいとを けす</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>なまえ または ニックネーム</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>なくても よい、4〜8けたの すうじ</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>せいとを ふやす</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>なまえ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>え</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>がくねん</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ひつような サポート</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>あたらしい せいと</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name}（{grade}ねんせい）</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name}さんを ふやしました。</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>つぎに すること</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>れんしゅう</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>レッスンの クイズに こたえよう。</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>しつもんする</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>こんな しつもんが できるよ：</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>よみたい レッスンを えらんでね。</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>レッスンの ぶんしょう</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>レッスンを えらぶと ここで よめるよ。</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>この しつもんを する</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>つぎに することを よみこんでいます…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>こんにちは、{name}さん！きょうは なにを まなびたい？</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>こんにちは！きょうは なにを まなびたい？</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>レッスンを よんでから、クイズで れんしゅうしよう。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>ふくしゅうする もんだいが %n もん あります。{step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>この コースには まだ レッスンが ありません。せんせいに ふやして もらってね。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>ぶんしょ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>しゅるい</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>だんらく</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>ライブラリーの ぶんしょ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>れつ</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>とりこむ コース（あたらしい なまえを いれると コースが できます）</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>とりこむ コース</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>ファイルを とりこむ…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>フォルダーを とりこむ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>とりこみの しんちょく</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>ライブラリーを よみこんでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>コース：</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>ライブラリーは からっぽです。クラスの きょうざいを とりこんで はじめよう。</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>クラスの きょうざい ({patterns});;すべての ファイル (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>クラスの きょうざいを とりこむ</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>クラスの きょうざいの フォルダーを とりこむ</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>{course} に とりこんでいます…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>{name} を よんでいます…（%n だんらく）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>{name} を けんさくできるように しています…（%n だんらく）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n この ぶんしょを とりこみました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n こ とりこめませんでした：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>とりこみが とまりました。とちゅうまでの ものは のこしていません。</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>とりこみを キャンセルしました。キャンセルの まえに おわった ぶんしょは のこります。とちゅうの ものは のこりません。</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>「{title}」を ライブラリーから けしますか？ その だんらくは せんせいの けんさくからも きえます。</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>{title} を けしています…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>「{title}」を けしました。</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>ぶんしょを けす</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>きく</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>レッスンを よみあげる</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>せいと</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>せってい</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>せんせいの モデル</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Lantern を とじるには せんせいの PIN を いれてね。</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>せんせいの じゅんびが できたよ</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>せんせいの じゅんび OK：{name} · {device} · {threads} スレッド</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>せんせいの じゅんびが できていません</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>せんせい</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>せんせいを よみこんでいます…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — インターネットなしで つかえる せんせい</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>せいとの え</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>つかっている ひと</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>せんせい用</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>せんせい用の がめん。せんせいの PIN が いります。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>あなたの ばんを おわりにして、つぎの ひとの ために がめんを きれいに します。</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>まだ いますか？つづけるには がめんに さわるか キーを おしてね。そうしないと、あなたの べんきょうを まもるため もうすぐ おわりに なります。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>まだ いるよ</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>べんきょう</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>せんせい用の がめん</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>せんせい用の がめんを でる</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>せんせいの モデルの じょうたい</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Lantern について</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>モデルの ライセンス（Gemma りようきやく）</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — インターネットなしで つかえる AI の せんせい。&lt;br&gt;&lt;br&gt;Lantern は GNU 一般公衆利用許諾書 バージョン3 または それいこうの もとでの じゆうな ソフトウェアです。&lt;br&gt;いっしょに はいっている Gemma モデルは Gemma りようきやくに したがって ていきょう されています（ヘルプ → モデルの ライセンス）。</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>がくしゅうの きろく</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>ふくしゅう</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>つぎに すること</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>つぎは なにを したら いい？</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>{name}さんの がくしゅうの きろく</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>まだ こたえて いません。クイズを すると きろくが みられるよ。</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>{skill} の とくいど</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>いま ふくしゅうする もの：{count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>せんせい</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>きいています…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>いったことを かいています…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>できた</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>よく きこえませんでした</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>マイクが つかえません</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>はなす</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>しつもんを はなす</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>マイクの おおきさ</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>マイクが みつかりませんでした。</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>おして はなしてね（F2 でも OK）。はなしおわると ききおわります</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>おしたまま はなしてね（F2 を おしたままでも OK）</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>マイクを ひらけませんでした（{error}）。</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>こえが きこえませんでした。もう すこし おおきな こえで もういちど。</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>はなす あいだ ボタンを おしたままに してね。</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>ことばが きこえませんでした。マイクに もう すこし ちかづいて もういちど。</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>きこえた ことば：{text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>とめる</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>せつめい</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>ヒントで かんがえる</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>クイズを だして</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>せんせいが こたえを せつめいします。</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>せんせいが しつもんと ヒントを ひとつずつ だします。</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>レッスンの もんだいで れんしゅうしよう。</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>{mode}モード</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern は じゆうな ソフトウェアです。Lantern、Gemma モデル、そして なかに ある ほかの ソフトウェアの ライセンスです。</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>ライセンスの こうもく</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ライセンスの ぶんしょう</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>ライセンスを よみこんでいます…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>ライセンスの ぶんしょうを よめませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>でどころ [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>{page} ページ</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>この ぶんしょには ページばんごうが ありません</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>もんだい</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>こたえを かいてね</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>あなたの こたえ</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>これは むずかしかった</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>こたえあわせ</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>つぎの もんだい</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>クイズの もんだい</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>おわり！%n もん ちゅう {right} もん せいかいしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>この コースには まだ みとめられた もんだいが ありません。せんせいに きいてね。</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>コースを えらんで クイズを はじめよう。</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>さきに こたえを ひとつ えらんでね。</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>さきに こたえを かくか、ヒントを たのんでね。</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>こたえの せんたくし {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>この もんだいは {when} ふくしゅうで また でます。</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>{language}の こえ（{id}）</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>この きかいには {language} の よみあげの こえが ありません。つかえる こえは {voice} です。それで よみますか？</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>スピーカーを ひらけませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>スピーカーか ヘッドホンが つながっていて、おとが けされていないか たしかめてね。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>おだやか</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>みえにくい ひと むけ</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>ディスレクシア むけ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>しゅうちゅう</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>いつも おなじ</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>やさしい</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ふん</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>ゲストの カードを だす（なにも ほぞんしない）</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>キオスクモード：ぜんがめん。とじるには せんせいの PIN が いる</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ほぞん</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>はいる まえの ことば</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>みため</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>もじの おおきさ</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>なにも しないと おわる までの じかん</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>よむ はやさ</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>せいと ひとりひとりの ひつような サポート（たとえば みえにくさや ディスレクシア）は、その せいとが つかう あいだ みためを かえます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ほぞんしました。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>きょうは だれが べんきょうする？</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>じぶんの えを さわってね。Tab と Enter でも えらべます。</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>まだ せいとが いません。せんせいに ふやして もらうか、ゲストで はじめてね。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>ひみつの ばんごうを いれて、Enter を おしてね。</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>あなたの PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>PIN を けす</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>はいる</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>えに もどる</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>PIN が いります</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>PIN なし</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>なにも ほぞんしないで Lantern を ためす</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>こんにちは、{name}さん！PIN を いれてね。</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>もういちど PIN を ためせるよ。</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>よみあげる</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>この メッセージを よみあげる</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>よみあげを とめる</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>どうきの じょうたい：{status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>つぎに ためす じかん：{time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>おくる のを まっている へんこうが %n こ あります。インターネットが なくても なにも なくなりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>いま どうきする</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>がっこうの サーバーに つなぐ…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>せんせいの PIN</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>せんせいの PIN（もういちど）</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>せんせいの PIN を きめてください（4〜8けたの すうじ）。ライブラリー、せいと、せってい、そして キオスクを とじる ことを まもります。</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>せんせいの PIN を いれてください。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もういちど</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN を きめる</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ひらく</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>2つの PIN が ちがいます。おなじ PIN を 2かい いれてください。</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>その PIN は ちがいます。もういちど ためしてね。</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>PIN を たしかめられませんでした。</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>コース：</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>もんだいを つくっています… はじめては すこし じかんが かかります。</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>もんだいを つくっています</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>もんだいを つくっています… {total} もん ちゅう {done} もん</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>この コンピューターでは まだ せんせいと はなせません。せんせいに たすけて もらってね。</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>マイクが みつかりませんでした。せんせいに つないで もらってね。</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>この コンピューターでは まだ よみあげが できません。せんせいに たすけて もらってね。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>スピーカーも ヘッドホンも みつかりませんでした。せんせいに つないで もらってね。</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>きょう</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>あした</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>きのう</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln にちご</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln にちまえ</numerusform>
        </translation>
    </message>
</context>
</TS>
