<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Pregunta sobre tu lección…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>Tu pregunta para el tutor</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Otra pista</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Respuesta del tutor</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(parado)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Ask a question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escribe una pregunta… (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Tu pregunta</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Escribe una pregunta. Intro la envía; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Send your question to the tutor.</source>
        <translation>Envía tu pregunta al tutor.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Para la respuesta que se está escribiendo.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Pregúntame lo que quieras sobre tus lecciones. Puedes escribir una pregunta o empezar con una de estas:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Pregúntame lo que quieras sobre tus lecciones. Escribe tu pregunta abajo.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Hacer esta pregunta</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(parado)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Lo siento, algo salió mal al responder.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Leer las respuestas en voz alta</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Enviar lo que digo enseguida</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Manos libres</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Pulsa una vez para empezar a escuchar; para solo cuando dejas de hablar.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Velocidad de lectura (más lenta a la izquierda)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Usar {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>No está en los materiales de la clase.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Ver el texto que usó esta respuesta</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Conectar con el servidor de la escuela</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (te lo da tu profesor)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>Tu progreso se envía a tu escuela; las conversaciones se quedan en este ordenador, salvo que tu escuela permita más.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Escribe la dirección del servidor y el código que te dio tu profesor.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Conectado a la clase {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>No se pudo conectar: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Pedir una respuesta más completa</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Envía esta pregunta al tutor en la nube de tu escuela (antes se quitan los nombres y los datos de contacto).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Guardar para después</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Guarda la pregunta; irá al tutor en la nube cuando se pueda llegar al servidor de la escuela.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Respondido por el tutor en la nube de la escuela</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Respondido por el tutor de este ordenador</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · ¿por qué?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>Preparando a tu tutor…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Esto solo pasa la primera vez. Ya puedes entrar y hacer una pregunta: se responde en cuanto el tutor esté listo.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>Preparando al tutor</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Cuánto del tutor está desempaquetado, en porcentaje.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>Desempaquetando al tutor…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>Comprobando al tutor…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Quitar alumno</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>opcional, de 4 a 8 cifras</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Añadir alumno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Alumno nuevo</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} (curso {grade})</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se añadió a {name}.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>Tu siguiente paso</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Responde preguntas sobre tus lecciones.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Hacer una pregunta</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Preguntas que puedes hacer:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Elige una lección para leerla.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Elige una lección para leerla aquí.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Hacer esta pregunta</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Cargando tu siguiente paso…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>¡Hola, {name}! ¿Qué quieres aprender hoy?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>¡Hola! ¿Qué quieres aprender hoy?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Lee una lección y luego practica con un cuestionario.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n pregunta está lista para repasar. {step}</numerusform>
            <numerusform>%n preguntas están listas para repasar. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>Todavía no hay lecciones en este curso. Pide a tu profesor que añada algunas.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documentos de la biblioteca</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Curso al que importar (escribe un nombre nuevo para crear uno)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Curso al que importar</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>The library is empty. Import your class material to start.</source>
        <translation>La biblioteca está vacía. Importa el material de tu clase para empezar.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Material de clase ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Importar material de clase</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Importar una carpeta de material de clase</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Importando en {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Leyendo {name}… (%n fragmento)</numerusform>
            <numerusform>Leyendo {name}… (%n fragmentos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Indexando {name} para la búsqueda… (%n fragmento)</numerusform>
            <numerusform>Indexando {name} para la búsqueda… (%n fragmentos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Se importó %n documento.</numerusform>
            <numerusform>Se importaron %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n no se pudo importar: {reason}</numerusform>
            <numerusform>%n no se pudieron importar: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>La importación se detuvo; no se guardó nada a medias.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Importación cancelada. Se guardan los documentos terminados antes de cancelar; nada a medias.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>¿Quitar «{title}» de la biblioteca? Sus fragmentos también salen de la búsqueda del tutor.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Quitando {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>Se quitó «{title}».</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Leer la lección en voz alta</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Modelo del tutor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Escribe el PIN del profesor para cerrar Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>Tu tutor está listo</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tutor listo: {name} · {device} · {threads} hilos</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>El tutor no está listo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Loading the tutor…</source>
        <translation>Cargando el tutor…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — tu tutor sin internet</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Dibujo del alumno</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Quién ha entrado</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Pantallas para el profesor; pide el PIN del profesor.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Termina tu turno y limpia la pantalla para el siguiente alumno.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>¿Sigues ahí? Toca la pantalla o pulsa una tecla para seguir. Si no, pronto se cerrará tu sesión para proteger tu trabajo.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Pantallas del profesor</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Salir de las pantallas del profesor</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Estado del modelo del tutor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Acerca de Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Licencia del modelo (Condiciones de uso de Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — un tutor de IA sin internet.&lt;br&gt;&lt;br&gt;Lantern es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;br&gt;El modelo Gemma incluido se ofrece bajo las Condiciones de uso de Gemma (Ayuda → Licencia del modelo).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Repasos</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Tus siguientes pasos</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>¿Qué hago ahora?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Progreso de {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Aún no hay respuestas: haz un cuestionario para ver tu progreso.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Dominio de {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Repasos para hoy: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Escribiendo lo que dijiste…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>No te he oído bien</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Micrófono no disponible</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Decir una pregunta</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Pulsa para hablar (o pulsa F2); deja de escuchar cuando dejas de hablar</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Mantén pulsado para hablar (o mantén F2)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>No se pudo abrir el micrófono ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>No se oyó nada. Inténtalo otra vez, un poco más fuerte.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Mantén pulsado el botón mientras hablas.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>No se oyeron palabras. Inténtalo otra vez, un poco más cerca del micrófono.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Oído: {text}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Ponme a prueba</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>El tutor te explica la respuesta.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>El tutor te hace preguntas y te da pistas, una a una.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Practica con preguntas sobre tus lecciones.</translation>
    </message>
    <message>
        <source>{mode} mode</source>
        <translation>Modo {mode}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>Lantern es software libre. Estas son las licencias de Lantern, del modelo Gemma y del resto de programas que lleva.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Partes de las licencias</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Cargando las licencias…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>No se pudieron leer los textos de las licencias: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Fuente [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>Este documento no tiene números de página</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Escribe tu respuesta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>Esta me costó</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pregunta del cuestionario</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>¡Terminado! Acertaste {right} de %n pregunta.</numerusform>
            <numerusform>¡Terminado! Acertaste {right} de %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Todavía no hay preguntas aprobadas para este curso. Pregunta a tu profesor.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Elige un curso para empezar un cuestionario.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Primero elige una respuesta.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Primero escribe una respuesta, o pide una pista.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Opción de respuesta {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Esta pregunta volverá para repasar {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Voz en {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>No hay voz de lectura en {language} en este equipo. La voz que hay es {voice}. ¿Leer con ella de todos modos?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>No se pudieron abrir los altavoces ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Comprueba que los altavoces o los auriculares están conectados y no están silenciados.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Baja visión</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Fácil para la dislexia</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Previsible</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a Guest card (saves nothing)</source>
        <translation>Ofrecer una tarjeta de invitado (no guarda nada)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Modo quiosco: pantalla completa; para cerrar hace falta el PIN del profesor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Idioma antes de entrar</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Salir tras inactividad</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>Las necesidades propias de cada alumno (por ejemplo, baja visión o dislexia) siguen cambiando el aspecto durante su sesión.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>¿Quién aprende hoy?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Toca tu dibujo, o usa Tab e Intro.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Todavía no hay alumnos. Pide a tu profesor que te añada, o entra como invitado.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Escribe tu número secreto y pulsa Intro.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Back to the pictures</source>
        <translation>Volver a los dibujos</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Pide un PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Sin PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Prueba Lantern sin guardar nada</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>¡Hola, {name}! Escribe tu PIN.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Ya puedes volver a probar tu PIN.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Leer este mensaje en voz alta</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Estado de sincronización: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Siguiente intento a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n cambio espera para enviarse; no se pierde nada sin conexión.</numerusform>
            <numerusform>%n cambios esperan para enviarse; no se pierde nada sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Conectar con el servidor de la escuela…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN del profesor</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>PIN del profesor otra vez</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Elige un PIN de profesor (de 4 a 8 cifras). Protege la biblioteca, los alumnos, los ajustes y el cierre del quiosco.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Escribe el PIN del profesor.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Poner PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Los dos PIN son distintos. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo otra vez.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>No se pudo comprobar el PIN.</translation>
    </message>
</context>
<context>
    <name>TutorPanel</name>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>Making questions… This takes a little while the first time.</source>
        <translation>Preparando preguntas… La primera vez tarda un poco.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Preparando preguntas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Preparando preguntas… {done} de {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Hablar con el tutor todavía no funciona en este ordenador. Pide ayuda a tu profesor.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>No se encontró ningún micrófono. Pide a tu profesor que conecte uno.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Leer en voz alta todavía no funciona en este ordenador. Pide ayuda a tu profesor.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>No se encontraron altavoces ni auriculares. Pide a tu profesor que conecte unos.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
</context>
</TS>
