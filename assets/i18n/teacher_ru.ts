<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Добавить свой вопрос</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Отрывок</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Тип вопроса</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Короткий ответ</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Выбор варианта</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Верно или неверно</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Варианты через |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Самоповреждение или суицид</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Насилие или опасность дома</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Проблемы с едой</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Травля</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Сигналы (%n новый)</numerusform><numerusform>Сигналы (%n новых)</numerusform><numerusform>Сигналы (%n новых)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Сигналы, которые Lantern дал, когда ученик казался расстроенным или в опасности. Слова ученика не показываются. Поговорите с учеником, затем запишите, что вы сделали.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Только новые сигналы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>Что вы сделали (например: поговорила с ней, позвонила домой)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Отметить как просмотренное</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Просмотрено: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Отмечено как просмотренное.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>Один и тот же отрывок дважды</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Почти одинаковые отрывки</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Трудно читать для класса</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Урок без вопросов</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Вопрос, на который материал не отвечает</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Сделайте упрощённую версию в разделе «Чтение».</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Создайте или добавьте вопросы в разделе «Тесты».</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Удалите лишнюю копию в Библиотеке.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Добавьте материал с ответом в Библиотеку или ответьте в разделе «Вопросы».</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Класс учеников</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>По ученикам</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Исправлять нечего: материал в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n пункт для проверки.</numerusform><numerusform>%n пункта для проверки.</numerusform><numerusform>%n пунктов для проверки.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>Откуда числа</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Ученики и уроки</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Трудные вопросы</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Ответы по дням</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Обзоры класса</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Этот киоск</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Все киоски класса (школьный сервер)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Вход на сервер…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Освоение</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Повторений к сроку</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Ошибка с первого раза</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>С школьного сервера (все киоски класса), создано {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Этот киоск не подключён к школьному серверу: это числа этого киоска.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Войдите на школьный сервер («Вход на сервер…»), чтобы видеть все киоски; это числа этого киоска.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>Обзор школьного сервера недоступен ({reason}): это числа этого киоска.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>С этого киоска.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} из {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Пока нет учеников или одобренных вопросов.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Экспорт обзора класса</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Вход на школьный сервер</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>С вашим ключом учителя обзор класса показывает все киоски вашего класса. Ключ хранится в связке ключей этого компьютера, там, где ученики его не видят.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Ключ учителя</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Учебный путь</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Собрать заново из материала</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Опубликовать для учеников</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Почему здесь</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Ключевые термины урока</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Новое название для выбранного раздела или урока</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Ученики идут по этому пути.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Черновик: ученики не видят изменений, пока вы не опубликуете.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Почему «{title}» здесь: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Опубликовано: уроки учеников теперь идут по этому пути.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Открытые вопросы</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Какой материал добавить</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Вопросы учеников, на которые уроки не ответили, и вопросы, сохранённые для облачного помощника. Ответьте сами, поручите ответ облачному помощнику или отметьте, какой материал добавить.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Ваш ответ попадёт в историю ученика.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Ответить самому</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Поручить облачному помощнику</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Какой материал добавить (заметка по желанию)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Добавить материал</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Добавить материал: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>Ждёт вашего одобрения</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Сохранён для облачного помощника</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Слишком длинный для облачного помощника</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Нет в уроках</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Для облачного помощника</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Отвечено: ученик найдёт ответ в своей истории.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>Облачный помощник ответит, когда школьный сервер будет доступен.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Отмечено: проверка материала показывает вопрос, пока материал не добавлен.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>Сколько вопросов создать</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Создание вопросов</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Исходный отрывок</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Черновики на проверку</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Создать вопросы</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Одобрить все черновики</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Добавить свой…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Из материала (ответ выделен):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Варианты через |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Выберите вопрос слева.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Здесь пока нет вопросов. Создайте вопросы или добавьте свои.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>написан вами</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>создан моделью</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>создан из предложения</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Состояние: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Сохранено. Это снова черновик, пока вы его не одобрите.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Одобрено: ученики теперь могут получить этот вопрос.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Отклонено: ученики не получат этот вопрос.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>Одобрен %n черновик.</numerusform><numerusform>Одобрено %n черновика.</numerusform><numerusform>Одобрено %n черновиков.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Добавлено как черновик. Одобрите, когда всё верно.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Создание вопросов…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Создание вопросов… {done} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Остановлено. %n новый вопрос сохранён как черновик.</numerusform><numerusform>Остановлено. %n новых вопроса сохранены как черновики.</numerusform><numerusform>Остановлено. %n новых вопросов сохранены как черновики.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>Создан %n новый вопрос-черновик. Проверьте его ниже.</numerusform><numerusform>Создано %n новых вопроса-черновика. Проверьте их ниже.</numerusform><numerusform>Создано %n новых вопросов-черновиков. Проверьте их ниже.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Отрывок</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Нужный класс</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Упрощённые версии</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Исходный отрывок</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Упрощённая версия</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Для класса</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Для дислексии (короткие строки)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Сделать упрощённую версию</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Одобрить для учеников</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Отрывок {chunk}, класс {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} слов в предложении</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Уровень чтения {grade} · {words} слов в предложении</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Выберите отрывок и класс, затем сделайте упрощённую версию.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Полезные слова:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Оригинал — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Упрощённая версия — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Все факты оригинала сохранены.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>В упрощённой версии нет: {facts}. Проверьте перед одобрением.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Черновик готов. Ученики увидят его только после вашего одобрения.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Одобрено: ученики {grade} класса теперь читают эту версию.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Рабочий лист</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Заголовки столбцов</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Верно (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Вопросы рабочего листа</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Ответы на последней странице</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Одобренные вопросы на этом листе:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Весь курс</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Здесь пока нет одобренных вопросов: одобрите их в разделе «Тесты».</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Сохранить рабочий лист</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
</TS>