<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Añadir tu propia pregunta</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Elegir una opción</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opciones separadas por |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Autolesión o suicidio</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Angustia</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Abuso o peligro</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Problemas con la comida</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Acoso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Tu nota</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Alertas (%n nueva)</numerusform><numerusform>Alertas (%n nuevas)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Alertas que Lantern dio cuando un alumno parecía triste o en peligro. No se muestran las palabras del alumno. Habla con el alumno y luego escribe lo que hiciste.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Solo alertas nuevas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>Lo que hiciste (por ejemplo: hablé con ella, llamé a casa)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como vista</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Vista: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Marcada como vista.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>El mismo texto dos veces</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Casi el mismo texto</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Difícil de leer para la clase</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Lección sin preguntas</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Pregunta que el material no responde</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Haz una versión más fácil en Lectura.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Crea o añade preguntas en Pruebas.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Quita la copia sobrante en Biblioteca.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Añade material que lo responda en Biblioteca, o respóndela en Preguntas.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Curso escolar de la clase</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>From the learners</source>
        <translation>Según los alumnos</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Infantil</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Nada que arreglar: el material está bien.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n cosa que revisar.</numerusform><numerusform>%n cosas que revisar.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>De dónde vienen los números</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Alumnos y lecciones</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Preguntas difíciles</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Respuestas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Vistas de la clase</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Todos los quioscos de la clase (servidor escolar)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Entrar al servidor…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Repasos pendientes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Fallada la primera vez</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>Del servidor escolar (todos los quioscos de la clase), hecho {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Este quiosco no está conectado a un servidor escolar: estos son los números de este quiosco.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Entra al servidor escolar (Entrar al servidor…) para ver todos los quioscos; estos son los números de este quiosco.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>La vista del servidor escolar no está disponible ({reason}): estos son los números de este quiosco.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>De este quiosco.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} de {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Aún no hay alumnos o preguntas aprobadas.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Exportar la vista de la clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>CourseChooser</name>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
</context>
<context>
    <name>HubSignInDialog</name>
    <message>
        <source>Sign in to the school hub</source>
        <translation>Entrar al servidor escolar</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>Con tu clave de docente, la vista de la clase muestra todos los quioscos de tu clase. La clave se guarda en el llavero de este ordenador, nunca donde los alumnos la vean.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Clave de docente</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Títulos de columna</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Crear de nuevo desde el material</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Publicar para los alumnos</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Términos clave que define</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Nuevo título para la unidad o lección elegida</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Los alumnos siguen esta ruta.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Borrador: los alumnos no ven estos cambios hasta que publiques.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Por qué «{title}» está aquí: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Publicado: las lecciones de los alumnos siguen ahora esta ruta.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Qué material añadir</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Preguntas de los alumnos que las lecciones no respondieron y preguntas guardadas para el tutor en la nube. Respóndela tú, deja que la responda el tutor en la nube o anota el material que falta.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Tu respuesta va al historial del alumno.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Responder tú</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Que responda el tutor en la nube</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Material que añadir (nota opcional)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Añadir material</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Material que añadir: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>Esperando tu aprobación</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Guardada para el tutor en la nube</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Demasiado larga para el tutor en la nube</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>No está en las lecciones</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Guardada para la nube</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Respondida: el alumno la encuentra en su historial.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>El tutor en la nube la responde cuando se pueda llegar al servidor escolar.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Marcada: la revisión del material la muestra hasta que se añada material.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>How many questions to make</source>
        <translation>Cuántas preguntas crear</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Creando preguntas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Borradores por revisar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Crear preguntas</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Aprobar todos los borradores</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Añadir la tuya…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Del material (la respuesta está marcada):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opciones separadas por |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Elige una pregunta a la izquierda.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Aún no hay preguntas aquí. Crea preguntas o añade las tuyas.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>escrita por ti</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>hecha por el modelo</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>hecha a partir de una frase</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Estado: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Guardada. Vuelve a ser borrador hasta que la apruebes.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Aprobada: los alumnos ya pueden recibir esta pregunta.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Rechazada: los alumnos no recibirán esta pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>Aprobado %n borrador.</numerusform><numerusform>Aprobados %n borradores.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Añadida como borrador. Apruébala cuando esté bien.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Creando preguntas…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Creando preguntas… {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Detenido. Se guardó %n pregunta nueva como borrador.</numerusform><numerusform>Detenido. Se guardaron %n preguntas nuevas como borradores.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>Se creó %n pregunta nueva como borrador. Revísala abajo.</numerusform><numerusform>Se crearon %n preguntas nuevas como borradores. Revísalas abajo.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Curso objetivo</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Versiones más fáciles</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Versión más fácil</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Para el curso</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Para dislexia (líneas cortas)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Hacer una versión más fácil</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Aprobar para los alumnos</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Texto {chunk}, curso {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} palabras por frase</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Nivel de lectura {grade} · {words} palabras por frase</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Elige un texto y un curso, y haz una versión más fácil.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Palabras que conocer:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Original — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Versión más fácil — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Se conservan todos los datos del original.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>Falta en la versión más fácil: {facts}. Revísala antes de aprobar.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Borrador hecho. Los alumnos solo lo ven cuando lo apruebes.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Aprobado: los alumnos de {grade}.º leen ahora esta versión.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de ejercicios</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Títulos de columna</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Bien (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Preguntas de la hoja</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Answer key on the last page</source>
        <translation>Soluciones en la última página</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Preguntas aprobadas en esta hoja:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Todo el curso</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Aún no hay preguntas aprobadas aquí: aprueba algunas en Pruebas.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
</TS>