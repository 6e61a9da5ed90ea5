<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>직접 문제 추가</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>단답형</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>선택형</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>참 또는 거짓</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>보기는 | 로 구분</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>문제 추가</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>자해 또는 자살</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>괴로움</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>학대 또는 위험</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>폭력</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>식사 문제</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>괴롭힘</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>튜터</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>메모</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>알림 (새 알림 %n개)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>학생이 속상하거나 위험해 보일 때 Lantern이 보낸 알림입니다. 학생이 한 말은 보여 주지 않습니다. 학생과 이야기한 뒤 한 일을 적어 주세요.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>새 알림만</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>한 일 (예: 학생과 이야기함, 집에 전화함)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>확인함으로 표시</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>확인함: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 알림</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>확인함으로 표시했습니다.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>같은 지문이 두 번</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>거의 같은 지문</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>반 학생들이 읽기 어려움</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>문제가 없는 수업</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>자료가 답하지 못한 질문</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>'읽기'에서 쉬운 버전을 만드세요.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>'퀴즈'에서 문제를 만들거나 추가하세요.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>'자료실'에서 남는 사본을 지우세요.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>'자료실'에 답이 되는 자료를 추가하거나 '질문'에서 답하세요.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>반 학년</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>학생 기준</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>유치원</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 점검</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>권장 조치</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>고칠 것이 없습니다. 자료가 좋습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>살펴볼 항목 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>숫자 출처</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>학생과 수업</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>어려운 문제</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>기간별 답변</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>반 보기</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>이 기기</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>반의 모든 기기 (학교 서버)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>서버 로그인…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>숙달도</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>복습 예정</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>마지막 활동</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>처음에 틀림</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>기간별</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>학교 서버에서 (반의 모든 기기), {time} 생성.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>이 기기는 학교 서버에 연결되어 있지 않습니다. 이 기기의 숫자입니다.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>학교 서버에 로그인하면 (서버 로그인…) 모든 기기를 볼 수 있습니다. 지금은 이 기기의 숫자입니다.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>학교 서버 보기를 쓸 수 없습니다 ({reason}). 이 기기의 숫자입니다.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>이 기기에서.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{answered}명 중 {missed}명 ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>아직 학생이나 승인된 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>반 보기 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>저장함: {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>학교 서버 로그인</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>교사 토큰을 쓰면 반 보기에 반의 모든 기기가 나옵니다. 토큰은 이 컴퓨터의 키체인에 보관되며 학생에게는 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>교사 토큰</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>학습 경로</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>열 제목</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>새 제목</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>자료로 다시 만들기</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>학생에게 게시</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>이 자리에 있는 이유</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>이 수업이 정의하는 핵심어</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>고른 단원이나 수업의 새 제목</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>학생들이 이 경로를 따릅니다.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>초안: 게시하기 전에는 학생에게 이 변경이 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>'{title}'이(가) 여기에 있는 이유: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>게시했습니다. 이제 학생의 수업이 이 경로를 따릅니다.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>열린 질문</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>추가할 자료</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>수업이 답하지 못한 학생 질문과 클라우드 튜터에게 맡긴 질문입니다. 직접 답하거나, 클라우드 튜터에게 맡기거나, 추가할 자료를 적어 두세요.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>질문 시간</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>답변은 학생의 기록에 들어갑니다.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>직접 답하기</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>클라우드 튜터에게 맡기기</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>추가할 자료 (메모, 선택)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>자료 추가</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>추가할 자료: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>승인 대기 중</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>클라우드 튜터용으로 저장됨</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>클라우드 튜터에게는 너무 김</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>수업에 없음</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>클라우드용으로 저장됨</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>답했습니다. 학생이 기록에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>학교 서버에 연결되면 클라우드 튜터가 답합니다.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>표시했습니다. 자료가 추가될 때까지 자료 점검에 나옵니다.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>만들 문제 수</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>문제 만드는 중</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>원문 지문</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>검토할 초안</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>모든 문제</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>문제 만들기</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>초안 모두 승인</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>직접 추가…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>자료에서 (정답 표시됨):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>보기는 | 로 구분</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>왼쪽에서 문제를 고르세요.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>아직 문제가 없습니다. 문제를 만들거나 직접 추가하세요.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>직접 씀</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>모델이 만듦</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>문장에서 만듦</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>상태: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>저장했습니다. 승인할 때까지 다시 초안입니다.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>승인했습니다. 이제 학생이 이 문제를 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>거절했습니다. 학생은 이 문제를 받지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>초안 %n개를 승인했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>초안으로 추가했습니다. 괜찮으면 승인하세요.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>문제 만드는 중…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>문제 만드는 중… {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>멈췄습니다. 새 문제 %n개를 초안으로 남겼습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>새 문제 %n개를 초안으로 만들었습니다. 아래에서 검토하세요.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>목표 학년</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>쉬운 버전</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>원문 지문</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>쉬운 버전</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>난독증 친화 (짧은 줄)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>쉬운 버전 만들기</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>학생에게 승인</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>지문 {chunk}, {grade}학년 ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>문장당 {words}단어</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>읽기 학년 {grade} · 문장당 {words}단어</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>지문과 학년을 고른 뒤 쉬운 버전을 만드세요.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>알아 둘 낱말:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>원문 — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>쉬운 버전 — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>원문의 사실이 모두 남아 있습니다.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>쉬운 버전에 빠진 내용: {facts}. 승인하기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>초안을 만들었습니다. 승인한 뒤에만 학생에게 보입니다.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>승인했습니다. 이제 {grade}학년 학생은 이 버전을 읽습니다.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>학습지</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>열 제목</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>답변 수</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>정답률 (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>학습지의 문제</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>마지막 쪽에 정답</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>이 학습지의 승인된 문제:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>전체 과정</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>아직 승인된 문제가 없습니다. '퀴즈'에서 승인하세요.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>학습지 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>저장함: {path}</translation>
    </message>
</context>
</TS>