<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Спроси о своём уроке…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>Твой вопрос для учителя-помощника</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Ещё подсказка</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Ответ помощника</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Источники: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(остановлено)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Задай вопрос… (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Твой вопрос</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Напиши вопрос. Enter отправляет его; Shift+Enter начинает новую строку.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Отправить вопрос помощнику.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Остановить ответ, который сейчас пишется.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Спроси меня о своих уроках что угодно. Можно написать вопрос или начать с одного из этих:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Спроси меня о своих уроках что угодно. Напиши вопрос внизу.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Задать этот вопрос</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(остановлено)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Извини, при ответе что-то пошло не так.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Читать ответы вслух</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Сразу отправлять то, что я говорю</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Без рук</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Одно нажатие — и я слушаю; я сам перестану, когда ты замолчишь.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Скорость чтения</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Скорость чтения (левее — медленнее)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Включить {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Этого нет в материалах класса.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Показать отрывок, который взят для ответа</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Подключиться к серверу школы</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (даст учитель)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>Твои успехи отправляются в школу; разговоры остаются на этом компьютере, если школа не разрешила большего.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Код для записи</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Введи адрес сервера и код, который дал учитель.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключаюсь…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Подключено к классу {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Не удалось подключиться: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Попросить ответ подробнее</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Отправить вопрос онлайн-помощнику твоей школы (имена и контакты сначала убираются).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Сохранить на потом</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Вопрос сохранится и уйдёт онлайн-помощнику, когда сервер школы будет доступен.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Ответил онлайн-помощник школы</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Ответил помощник на этом компьютере</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · почему?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Готовим твоего наставника…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Это бывает только в первый раз. Ты уже можешь войти и задать вопрос: ответ придёт, как только наставник будет готов.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Подготовка наставника</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Какая часть наставника уже распакована, в процентах.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Распаковываем наставника…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Проверяем наставника…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Удалить ученика</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Имя или прозвище</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>не обязательно, 4–8 цифр</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Добавить ученика</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Особенности</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} ({grade} класс)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name}: ученик добавлен.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Твой следующий шаг</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Тренироваться</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Отвечай на вопросы по своим урокам.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Задать вопрос</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Можно спросить:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Выбери урок, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Выбери урок, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Задать этот вопрос</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Загружаю твой следующий шаг…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Привет, {name}! Что хочешь узнать сегодня?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Привет! Что хочешь узнать сегодня?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Прочитай урок, а потом потренируйся в тесте.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n вопрос готов к повторению. {step}</numerusform>
            <numerusform>%n вопроса готовы к повторению. {step}</numerusform>
            <numerusform>%n вопросов готовы к повторению. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>В этом курсе пока нет уроков. Попроси учителя их добавить.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Отрывки</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Документы в библиотеке</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Курс для загрузки (введи новое название, чтобы создать курс)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Курс для загрузки</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Загрузить файлы…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Загрузить папку…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Загружаю библиотеку…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>Библиотека пуста. Загрузи материалы своего класса, чтобы начать.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Материалы класса ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Загрузить материалы класса</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Загрузить папку с материалами класса</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Загружаю в {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяю…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Читаю {name}… (%n отрывок)</numerusform>
            <numerusform>Читаю {name}… (%n отрывка)</numerusform>
            <numerusform>Читаю {name}… (%n отрывков)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Готовлю {name} к поиску… (%n отрывок)</numerusform>
            <numerusform>Готовлю {name} к поиску… (%n отрывка)</numerusform>
            <numerusform>Готовлю {name} к поиску… (%n отрывков)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Загружен %n документ.</numerusform>
            <numerusform>Загружено %n документа.</numerusform>
            <numerusform>Загружено %n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n не удалось загрузить: {reason}</numerusform>
            <numerusform>%n не удалось загрузить: {reason}</numerusform>
            <numerusform>%n не удалось загрузить: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>Загрузка остановилась; ничего загруженного наполовину не осталось.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Загрузка отменена. Документы, готовые до отмены, остаются; ничего наполовину.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>Удалить «{title}» из библиотеки? Его отрывки пропадут и из поиска помощника.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Удаляю {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>«{title}» удалён.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Прочитать урок вслух</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Модель помощника</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Введи PIN-код учителя, чтобы закрыть Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Твой помощник готов</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Помощник готов: {name} · {device} · потоков: {threads}</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>Помощник не готов</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Помощник</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Загружаю помощника…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — твой помощник без интернета</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Картинка ученика</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Кто вошёл</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Экраны для учителя; нужен PIN-код учителя.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Заканчивает твою очередь и очищает экран для следующего ученика.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Ты ещё здесь? Коснись экрана или нажми клавишу, чтобы продолжить. Иначе скоро произойдёт выход, чтобы твоя работа осталась только твоей.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Я ещё здесь</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Учёба</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Экраны учителя</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Выйти из экранов учителя</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Состояние модели помощника</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>О программе Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Лицензия модели (Условия использования Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — ИИ-помощник без интернета.&lt;br&gt;&lt;br&gt;Lantern — свободная программа под лицензией GNU General Public License версии 3 или новее.&lt;br&gt;Встроенная модель Gemma предоставляется на Условиях использования Gemma (Справка → Лицензия модели).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Успехи</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Твои следующие шаги</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>Что мне делать дальше?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Успехи: {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Пока нет ответов: пройди тест, чтобы увидеть свои успехи.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Навык «{skill}»</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Повторить сейчас: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Ты</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Помощник</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>Слушаю…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Записываю, что ты сказал…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Не расслышал</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Микрофон недоступен</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Сказать</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Сказать вопрос</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Громкость микрофона</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Микрофон не найден.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Нажми, чтобы говорить (или нажми F2); я перестану слушать, когда ты замолчишь</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Держи, пока говоришь (или держи F2)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>Не удалось включить микрофон ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>Ничего не слышно. Попробуй ещё раз, чуть громче.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Держи кнопку, пока говоришь.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>Слов не слышно. Попробуй ещё раз, чуть ближе к микрофону.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Услышано: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Объяснить</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Наводящие вопросы</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Проверь меня</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>Помощник объясняет ответ.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>Помощник задаёт вопросы и даёт подсказки, по одной.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Тренируйся на вопросах по своим урокам.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>Режим «{mode}»</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern — свободная программа. Здесь лицензии Lantern, модели Gemma и других программ внутри него.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Разделы лицензий</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Загружаю лицензии…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>Не удалось прочитать тексты лицензий: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Источник [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>В этом документе нет номеров страниц</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Напиши свой ответ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Твой ответ</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>Мне было трудно</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Вопрос теста</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>Всё! Правильных ответов: {right} из %n.</numerusform>
            <numerusform>Всё! Правильных ответов: {right} из %n.</numerusform>
            <numerusform>Всё! Правильных ответов: {right} из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Для этого курса пока нет одобренных вопросов. Спроси учителя.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Выбери курс, чтобы начать тест.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Сначала выбери ответ.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Сначала напиши ответ или попроси подсказку.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Вариант ответа {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Этот вопрос вернётся для повторения {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Голос ({language}, {id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>На этом устройстве нет голоса для чтения на языке «{language}». Есть голос {voice}. Всё равно читать им?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>Не удалось включить динамики ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Проверь, что динамики или наушники подключены и звук не выключен.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Спокойный</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Слабое зрение</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Удобно при дислексии</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Сосредоточенность</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Предсказуемый</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Мягкий</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Показывать карточку «Гость» (ничего не сохраняет)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Режим киоска: весь экран, для закрытия нужен PIN-код учителя</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Язык до входа</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Выход после бездействия</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Скорость чтения</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>Особенности самого ученика (например, слабое зрение или дислексия) всё равно меняют вид на время его сеанса.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Кто сегодня учится?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Коснись своей картинки или используй Tab и Enter.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Учеников пока нет. Попроси учителя добавить тебя или войди как гость.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Введи своё секретное число и нажми Enter.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Твой PIN-код</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Стереть PIN-код</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Назад к картинкам</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Нужен PIN-код</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Без PIN-кода</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Попробуй Lantern, ничего не сохраняя</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Привет, {name}! Введи свой PIN-код.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Теперь можно снова ввести PIN-код.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Прочитать это сообщение вслух</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Хватит читать</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Синхронизация: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Следующая попытка в {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n изменение ждёт отправки; без интернета ничего не пропадёт.</numerusform>
            <numerusform>%n изменения ждут отправки; без интернета ничего не пропадёт.</numerusform>
            <numerusform>%n изменений ждут отправки; без интернета ничего не пропадёт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Подключиться к серверу школы…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>PIN-код учителя ещё раз</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Выбери PIN-код учителя (от 4 до 8 цифр). Он защищает библиотеку, учеников, настройки и закрытие киоска.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Введи PIN-код учителя.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>PIN-коды разные. Введи один и тот же PIN-код два раза.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Это неверный PIN-код. Попробуй ещё раз.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Не удалось проверить PIN-код.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Готовлю вопросы… В первый раз это занимает немного времени.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Готовлю вопросы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Готовлю вопросы… {done} из {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Разговаривать с помощником на этом компьютере пока нельзя. Попроси учителя помочь.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>Микрофон не найден. Попроси учителя подключить его.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Чтение вслух на этом компьютере пока не работает. Попроси учителя помочь.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>Динамики или наушники не найдены. Попроси учителя подключить их.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln день назад</numerusform>
            <numerusform>%Ln дня назад</numerusform>
            <numerusform>%Ln дней назад</numerusform>
        </translation>
    </message>
</context>
</TS>
