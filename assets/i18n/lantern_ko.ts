<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>수업에 대해 물어보세요…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>선생님께 할 질문</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>묻기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>다음 힌트</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>선생님의 답</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>출처: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(답이 없어요)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(멈췄어요)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>질문을 쓰세요… (Enter는 보내기, Shift+Enter는 줄 바꾸기)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>내 질문</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>질문을 쓰세요. Enter를 누르면 보내고, Shift+Enter를 누르면 새 줄이 시작돼요.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>질문을 선생님께 보내요.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>지금 쓰고 있는 답을 멈춰요.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>수업에 대해 무엇이든 물어보세요. 질문을 직접 써도 되고, 아래 질문으로 시작해도 돼요:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>수업에 대해 무엇이든 물어보세요. 아래에 질문을 쓰세요.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>이 질문 하기</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(멈췄어요)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(답이 없어요)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>미안해요, 답하는 중에 문제가 생겼어요.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>답을 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>말한 것을 바로 보내기</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>손 안 쓰고 말하기</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>한 번 누르면 듣기 시작하고, 말을 멈추면 저절로 멈춰요.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>읽는 속도</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>읽는 속도 (왼쪽일수록 느림)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>{voice} 쓰기</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>괜찮아요</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>수업 자료에서 찾지 못했어요.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>이 답에 쓰인 글 보기</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>학교 서버에 연결하기</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (선생님이 준 코드)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>학습 기록은 학교로 보내져요. 대화는 학교가 더 허락하지 않으면 이 컴퓨터에만 남아요.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>등록 코드</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>이 컴퓨터의 이름</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결하기</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>서버 주소와 선생님이 준 코드를 넣으세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>{class_name} 반({school})에 연결됐어요.</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>연결할 수 없어요: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>더 자세한 답 부탁하기</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>이 질문을 학교의 온라인 선생님께 보내요 (이름과 연락처는 먼저 지워요).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>나중에 하기</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>질문을 저장해 두었다가, 학교 서버에 연결되면 온라인 선생님께 보내요.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>학교의 온라인 선생님이 답했어요</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>이 컴퓨터의 선생님이 답했어요</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · 왜요?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>선생님을 준비하고 있어요…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>처음 한 번만 이래요. 지금 로그인해서 질문할 수 있어요. 선생님이 준비되면 바로 답해 줄게요.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>선생님 준비 중</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>선생님이 얼마나 풀렸는지, 퍼센트로.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>선생님을 푸는 중…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>선생님을 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>학생 지우기</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>이름 또는 별명</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>안 써도 돼요, 숫자 4~8자리</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>학생 추가하기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>도움이 필요한 점</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>새 학생</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} ({grade}학년)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} 학생을 추가했어요.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>다음에 할 일</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>연습하기</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>수업에 관한 퀴즈에 답해 보세요.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>질문하기</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>이런 질문을 할 수 있어요:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>읽을 수업을 고르세요.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>수업 내용</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>수업을 고르면 여기에서 읽을 수 있어요.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>이 질문 하기</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>다음에 할 일을 불러오는 중…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>안녕, {name}! 오늘은 무엇을 배우고 싶어요?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>안녕! 오늘은 무엇을 배우고 싶어요?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>수업을 읽고 나서 퀴즈로 연습해 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>복습할 문제가 %n개 있어요. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>이 과목에는 아직 수업이 없어요. 선생님께 추가해 달라고 하세요.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>글 조각</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>자료실의 문서</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>가져올 과목 (새 이름을 쓰면 과목이 새로 생겨요)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>가져올 과목</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>자료실을 불러오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>자료실이 비어 있어요. 반의 수업 자료를 가져와서 시작하세요.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>수업 자료 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>수업 자료 가져오기</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>수업 자료 폴더 가져오기</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>{course}(으)로 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>{name} 읽는 중… (글 조각 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>{name}을(를) 검색할 수 있게 준비하는 중… (글 조각 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>문서 %n개를 가져왔어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n개를 가져오지 못했어요: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>가져오기가 멈췄어요. 반쯤 가져온 것은 남기지 않았어요.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>가져오기를 취소했어요. 취소 전에 끝난 문서는 남고, 반쯤 가져온 것은 남지 않아요.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>‘{title}’을(를) 자료실에서 지울까요? 그 글 조각들도 선생님의 검색에서 빠져요.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>{title} 지우는 중…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>‘{title}’을(를) 지웠어요.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>문서 지우기</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>묻기</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>수업 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>선생님 모델</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Lantern을 닫으려면 선생님 PIN을 넣으세요.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>선생님이 준비됐어요</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>선생님 준비 완료: {name} · {device} · 스레드 {threads}개</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>선생님이 아직 준비되지 않았어요</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>자료실</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>선생님</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>선생님을 불러오는 중…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — 인터넷 없이 쓰는 선생님</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>학생 그림</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>지금 쓰는 사람</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>교사</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>교사용 화면이에요. 선생님 PIN이 필요해요.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>내 차례를 끝내고 다음 친구를 위해 화면을 깨끗이 해요.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>아직 거기 있어요? 계속하려면 화면을 누르거나 키를 누르세요. 그러지 않으면 내 공부를 지키기 위해 곧 나가게 돼요.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>아직 있어요</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>배우기</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>교사용 화면</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>교사용 화면 나가기</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>선생님 모델 상태</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Lantern 정보</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>모델 라이선스 (Gemma 이용 약관)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — 인터넷 없이 쓰는 AI 선생님.&lt;br&gt;&lt;br&gt;Lantern은 GNU 일반 공중 사용 허가서 버전 3 이상을 따르는 자유 소프트웨어예요.&lt;br&gt;함께 들어 있는 Gemma 모델은 Gemma 이용 약관에 따라 제공돼요 (도움말 → 모델 라이선스).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>복습</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>다음에 할 일들</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>다음엔 뭘 하면 돼요?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>{name}의 학습 기록</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>아직 답한 게 없어요. 퀴즈를 풀면 학습 기록을 볼 수 있어요.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>{skill} 실력</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>지금 복습할 것: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>선생님</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>듣는 중…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>말한 것을 적는 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>다 됐어요</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>잘 못 들었어요</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>마이크를 쓸 수 없어요</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>말하기</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>질문 말하기</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>마이크 소리 크기</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>마이크를 찾지 못했어요.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>눌러서 말하세요 (F2도 돼요). 말을 멈추면 듣기도 멈춰요</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>누른 채로 말하세요 (F2를 누른 채로도 돼요)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>마이크를 열 수 없어요 ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>말소리가 들리지 않았어요. 조금 더 크게 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>말하는 동안 버튼을 누르고 있어요.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>낱말이 들리지 않았어요. 마이크에 조금 더 가까이 와서 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>들은 말: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>설명하기</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>질문으로 이끌기</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>퀴즈 내 줘</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>선생님이 답을 설명해 줘요.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>선생님이 질문하고 힌트를 하나씩 줘요.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>수업에 관한 문제로 연습해요.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>{mode} 모드</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern은 자유 소프트웨어예요. Lantern, Gemma 모델, 그리고 함께 들어 있는 다른 소프트웨어의 라이선스예요.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>라이선스 부분</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>라이선스 내용</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>라이선스를 불러오는 중…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>라이선스 내용을 읽을 수 없어요: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>출처 [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>{page}쪽</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>이 문서에는 쪽 번호가 없어요</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>답을 쓰세요</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>이 문제는 어려웠어요</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인하기</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>퀴즈 문제</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>끝! %n문제 중 {right}문제를 맞혔어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>이 과목에는 아직 승인된 문제가 없어요. 선생님께 물어보세요.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>과목을 골라 퀴즈를 시작하세요.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>먼저 답을 하나 고르세요.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>먼저 답을 쓰거나 힌트를 부탁하세요.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>답 {n}번</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>이 문제는 {when} 복습하러 다시 나와요.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>{language} 목소리 ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>이 기기에는 {language} 읽기 목소리가 없어요. 쓸 수 있는 목소리는 {voice}예요. 그래도 이 목소리로 읽을까요?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>스피커를 열 수 없어요 ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>스피커나 헤드폰이 꽂혀 있고 소리가 꺼져 있지 않은지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>차분함</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>저시력</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>난독증 친화</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>집중</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>예측 가능</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>부드러움</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>손님 카드 보이기 (아무것도 저장하지 않아요)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>키오스크 모드: 전체 화면, 닫으려면 선생님 PIN 필요</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>들어가기 전 언어</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>아무것도 안 하면 나가기까지</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>읽는 속도</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>학생마다 필요한 도움(예: 저시력, 난독증)은 그 학생이 쓰는 동안 여전히 모양을 바꿔요.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>오늘은 누가 공부해요?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>내 그림을 누르거나 Tab과 Enter를 쓰세요.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>아직 학생이 없어요. 선생님께 추가해 달라고 하거나 손님으로 시작하세요.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>비밀 번호를 넣고 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>내 PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>PIN 지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>들어가기</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>그림으로 돌아가기</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>PIN이 필요해요</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>PIN 없음</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>아무것도 저장하지 않고 Lantern 써 보기</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>안녕, {name}! PIN을 넣으세요.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>이제 PIN을 다시 넣어 볼 수 있어요.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>이 메시지 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>읽기 멈추기</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>동기화 상태: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>다음 시도: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>보내기를 기다리는 변경이 %n개 있어요. 인터넷이 없어도 없어지는 건 없어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>학교 서버에 연결하기…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>선생님 PIN</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>선생님 PIN 한 번 더</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>선생님 PIN을 정하세요 (숫자 4~8자리). 자료실, 학생, 설정, 그리고 키오스크 닫기를 지켜 줘요.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>선생님 PIN을 넣으세요.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>한 번 더</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN 정하기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>두 PIN이 달라요. 같은 PIN을 두 번 넣으세요.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN이 맞지 않아요. 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>PIN을 확인할 수 없어요.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>과목:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>문제를 만드는 중… 처음에는 조금 걸려요.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>문제를 만드는 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>문제를 만드는 중… {total}개 중 {done}개</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>이 컴퓨터에서는 아직 선생님과 말할 수 없어요. 선생님께 도와 달라고 하세요.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>마이크를 찾지 못했어요. 선생님께 꽂아 달라고 하세요.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>이 컴퓨터에서는 아직 소리 내어 읽기가 안 돼요. 선생님께 도와 달라고 하세요.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>스피커나 헤드폰을 찾지 못했어요. 선생님께 꽂아 달라고 하세요.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln일 후</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln일 전</numerusform>
        </translation>
    </message>
</context>
</TS>
