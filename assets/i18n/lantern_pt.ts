<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AskView</name>
    <message>
        <source>Ask about your lesson…</source>
        <translation>Pergunte sobre a sua lição…</translation>
    </message>
    <message>
        <source>Your question for the tutor</source>
        <translation>A sua pergunta para o tutor</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Next hint</source>
        <translation>Outra dica</translation>
    </message>
    <message>
        <source>Tutor reply</source>
        <translation>Resposta do tutor</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fontes: {sources}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sem resposta)</translation>
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
        <translation>Faça uma pergunta… (Enter para enviar, Shift+Enter para uma linha nova)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>A sua pergunta</translation>
    </message>
    <message>
        <source>Type a question. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Escreva uma pergunta. Enter envia; Shift+Enter começa uma linha nova.</translation>
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
        <translation>Envie a sua pergunta ao tutor.</translation>
    </message>
    <message>
        <source>Stop the answer that is being written.</source>
        <translation>Para a resposta que está sendo escrita.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. You can type a question, or start with one of these:</source>
        <translation>Pergunte o que quiser sobre as suas lições. Você pode escrever uma pergunta, ou começar com uma destas:</translation>
    </message>
    <message>
        <source>Ask me anything about your lessons. Type your question below.</source>
        <translation>Pergunte o que quiser sobre as suas lições. Escreva a sua pergunta aqui embaixo.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Fazer esta pergunta</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(parado)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sem resposta)</translation>
    </message>
    <message>
        <source>Sorry, something went wrong while answering.</source>
        <translation>Desculpe, algo deu errado ao responder.</translation>
    </message>
</context>
<context>
    <name>ChatVoice</name>
    <message>
        <source>Read answers aloud</source>
        <translation>Ler as respostas em voz alta</translation>
    </message>
    <message>
        <source>Send what I say at once</source>
        <translation>Enviar logo o que eu disser</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Mãos livres</translation>
    </message>
    <message>
        <source>One press starts listening; it stops by itself when you stop talking.</source>
        <translation>Um toque começa a ouvir; para sozinho quando você para de falar.</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidade de leitura</translation>
    </message>
    <message>
        <source>Reading speed (slower to the left)</source>
        <translation>Velocidade de leitura (mais lenta à esquerda)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Use {voice}</source>
        <translation>Usar {voice}</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Não, obrigado</translation>
    </message>
</context>
<context>
    <name>CitationsView</name>
    <message>
        <source>Not found in the class materials.</source>
        <translation>Não está nos materiais da turma.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>Show the passage this answer used</source>
        <translation>Mostrar o trecho que esta resposta usou</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Connect to the school hub</source>
        <translation>Conectar ao servidor da escola</translation>
    </message>
    <message>
        <source>ABCD-EFGH (from your teacher)</source>
        <translation>ABCD-EFGH (do seu professor)</translation>
    </message>
    <message>
        <source>Progress is sent to your school; conversations stay on this computer unless your school allows more.</source>
        <translation>O seu progresso vai para a sua escola; as conversas ficam neste computador, a não ser que a escola permita mais.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Código de inscrição</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Enter the hub address and the code your teacher gave you.</source>
        <translation>Digite o endereço do servidor e o código que o seu professor deu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to class {class_name} ({school}).</source>
        <translation>Conectado à turma {class_name} ({school}).</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Não foi possível conectar: {error}</translation>
    </message>
</context>
<context>
    <name>EscalationBar</name>
    <message>
        <source>Ask for a deeper answer</source>
        <translation>Pedir uma resposta mais completa</translation>
    </message>
    <message>
        <source>Send this question to your school&apos;s cloud tutor (names and contact details are removed first).</source>
        <translation>Envia esta pergunta ao tutor on-line da sua escola (nomes e contatos são tirados antes).</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>Guardar para depois</translation>
    </message>
    <message>
        <source>Keep the question; it goes to the cloud tutor when the school hub is reachable.</source>
        <translation>Guarda a pergunta; ela vai para o tutor on-line quando o servidor da escola estiver ao alcance.</translation>
    </message>
    <message>
        <source>Answered by the school&apos;s cloud tutor</source>
        <translation>Respondido pelo tutor on-line da escola</translation>
    </message>
    <message>
        <source>Answered by the tutor on this device</source>
        <translation>Respondido pelo tutor deste computador</translation>
    </message>
    <message>
        <source>{answered_by} · why?</source>
        <translation>{answered_by} · por quê?</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>Getting your tutor ready…</source>
        <translation>A preparar o teu tutor…</translation>
    </message>
    <message>
        <source>This happens only the first time. You can sign in and ask a question now: it is answered as soon as the tutor is ready.</source>
        <translation>Isto só acontece da primeira vez. Já podes entrar e fazer uma pergunta: será respondida assim que o tutor estiver pronto.</translation>
    </message>
    <message>
        <source>Getting the tutor ready</source>
        <translation>A preparar o tutor</translation>
    </message>
    <message>
        <source>How much of the tutor is unpacked, in percent.</source>
        <translation>Quanto do tutor já foi desempacotado, em percentagem.</translation>
    </message>
    <message>
        <source>Unpacking the tutor…</source>
        <translation>A desempacotar o tutor…</translation>
    </message>
    <message>
        <source>Checking the tutor…</source>
        <translation>A verificar o tutor…</translation>
    </message>
</context>
<context>
    <name>LearnerAdmin</name>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Remover aluno</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>Nome ou apelido</translation>
    </message>
    <message>
        <source>optional, 4-8 digits</source>
        <translation>opcional, de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Adicionar aluno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Aluno novo</translation>
    </message>
    <message>
        <source>{name} (grade {grade})</source>
        <translation>{name} ({grade}º ano)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} foi adicionado.</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <source>Your next step</source>
        <translation>O seu próximo passo</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Praticar</translation>
    </message>
    <message>
        <source>Answer quiz questions about your lessons.</source>
        <translation>Responda a perguntas sobre as suas lições.</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Fazer uma pergunta</translation>
    </message>
    <message>
        <source>Questions you could ask:</source>
        <translation>Perguntas que você pode fazer:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Choose a lesson to read it.</source>
        <translation>Escolha uma lição para ler.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
    <message>
        <source>Choose a lesson to read it here.</source>
        <translation>Escolha uma lição para lê-la aqui.</translation>
    </message>
    <message>
        <source>Ask this question</source>
        <translation>Fazer esta pergunta</translation>
    </message>
    <message>
        <source>Loading your next step…</source>
        <translation>Carregando o seu próximo passo…</translation>
    </message>
    <message>
        <source>Hi {name}! What would you like to learn today?</source>
        <translation>Oi, {name}! O que você quer aprender hoje?</translation>
    </message>
    <message>
        <source>Hi there! What would you like to learn today?</source>
        <translation>Oi! O que você quer aprender hoje?</translation>
    </message>
    <message>
        <source>Read a lesson, then practise with a quiz.</source>
        <translation>Leia uma lição e depois pratique com um quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ready to review. {step}</source>
        <translation>
            <numerusform>%n pergunta está pronta para revisar. {step}</numerusform>
            <numerusform>%n perguntas estão prontas para revisar. {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no lessons in this course yet. Ask your teacher to add some.</source>
        <translation>Este curso ainda não tem lições. Peça ao seu professor para adicionar algumas.</translation>
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
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>Documentos da biblioteca</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Course to import into (type a new name to create one)</source>
        <translation>Curso para importar (digite um nome novo para criar um)</translation>
    </message>
    <message>
        <source>Course to import into</source>
        <translation>Curso para importar</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar arquivos…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar pasta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Carregando a biblioteca…</translation>
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
        <translation>A biblioteca está vazia. Importe o material da sua turma para começar.</translation>
    </message>
    <message>
        <source>Class material ({patterns});;All files (*)</source>
        <translation>Material da turma ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import class material</source>
        <translation>Importar material da turma</translation>
    </message>
    <message>
        <source>Import a folder of class material</source>
        <translation>Importar uma pasta de material da turma</translation>
    </message>
    <message>
        <source>Importing into {course}…</source>
        <translation>Importando para {course}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Reading {name}… (%n passage(s))</source>
        <translation>
            <numerusform>Lendo {name}… (%n trecho)</numerusform>
            <numerusform>Lendo {name}… (%n trechos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing {name} for search… (%n passage(s))</source>
        <translation>
            <numerusform>Preparando {name} para a busca… (%n trecho)</numerusform>
            <numerusform>Preparando {name} para a busca… (%n trechos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n documento importado.</numerusform>
            <numerusform>%n documentos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported: {reason}</source>
        <translation>
            <numerusform>%n não pôde ser importado: {reason}</numerusform>
            <numerusform>%n não puderam ser importados: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped; nothing half-imported was kept.</source>
        <translation>A importação parou; nada importado pela metade foi guardado.</translation>
    </message>
    <message>
        <source>Import cancelled. Documents finished before the cancel are kept; nothing half-imported is.</source>
        <translation>Importação cancelada. Os documentos terminados antes de cancelar ficam; nada pela metade.</translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos; from the library? Its passages leave the tutor&apos;s search too.</source>
        <translation>Remover “{title}” da biblioteca? Os trechos dele também saem da busca do tutor.</translation>
    </message>
    <message>
        <source>Removing {title}…</source>
        <translation>Removendo {title}…</translation>
    </message>
    <message>
        <source>Removed &apos;{title}&apos;.</source>
        <translation>“{title}” foi removido.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remover documento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Read the lesson aloud</source>
        <translation>Ler a lição em voz alta</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Tutor model</source>
        <translation>Modelo do tutor</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Type the teacher PIN to close Lantern.</source>
        <translation>Digite o PIN do professor para fechar o Lantern.</translation>
    </message>
    <message>
        <source>Your tutor is ready</source>
        <translation>O seu tutor está pronto</translation>
    </message>
    <message>
        <source>Tutor ready: {name} · {device} · {threads} threads</source>
        <translation>Tutor pronto: {name} · {device} · {threads} threads</translation>
    </message>
    <message>
        <source>The tutor is not ready</source>
        <translation>O tutor não está pronto</translation>
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
        <translation>Carregando o tutor…</translation>
    </message>
    <message>
        <source>Lantern — your offline tutor</source>
        <translation>Lantern — o seu tutor sem internet</translation>
    </message>
    <message>
        <source>Learner picture</source>
        <translation>Figura do aluno</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Quem entrou</translation>
    </message>
    <message>
        <source>Lantern</source>
        <translation>Lantern</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>Screens for the teacher; asks for the teacher PIN.</source>
        <translation>Telas do professor; pede o PIN do professor.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Ends your turn and clears the screen for the next learner.</source>
        <translation>Termina a sua vez e limpa a tela para o próximo aluno.</translation>
    </message>
    <message>
        <source>Are you still there? Touch the screen or press a key to keep going. Otherwise you will be signed out soon to keep your work private.</source>
        <translation>Você ainda está aí? Toque na tela ou aperte uma tecla para continuar. Se não, você sairá logo, para o seu trabalho ficar protegido.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Teacher screens</source>
        <translation>Telas do professor</translation>
    </message>
    <message>
        <source>Leave the teacher screens</source>
        <translation>Sair das telas do professor</translation>
    </message>
    <message>
        <source>Tutor model status</source>
        <translation>Estado do modelo do tutor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>About Lantern</source>
        <translation>Sobre o Lantern</translation>
    </message>
    <message>
        <source>Model licence (Gemma Terms of Use)</source>
        <translation>Licença do modelo (Termos de Uso do Gemma)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lantern&lt;/b&gt; — an offline AI tutor.&lt;br&gt;&lt;br&gt;Lantern is free software under the GNU General Public License, version 3 or later.&lt;br&gt;The bundled Gemma model is provided under and subject to the Gemma Terms of Use (Help → Model licence).</source>
        <translation>&lt;b&gt;Lantern&lt;/b&gt; — um tutor de IA sem internet.&lt;br&gt;&lt;br&gt;O Lantern é software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;br&gt;O modelo Gemma incluído é fornecido sob os Termos de Uso do Gemma (Ajuda → Licença do modelo).</translation>
    </message>
</context>
<context>
    <name>MasteryView</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Os seus próximos passos</translation>
    </message>
    <message>
        <source>What should I do next?</source>
        <translation>O que eu faço agora?</translation>
    </message>
    <message>
        <source>{name}&apos;s progress</source>
        <translation>Progresso de {name}</translation>
    </message>
    <message>
        <source>No answers yet: take a quiz to see your progress.</source>
        <translation>Ainda não há respostas: faça um quiz para ver o seu progresso.</translation>
    </message>
    <message>
        <source>{skill} mastery</source>
        <translation>Domínio de {skill}</translation>
    </message>
    <message>
        <source>Reviews due now: {count}</source>
        <translation>Revisões para agora: {count}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Ouvindo…</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Escrevendo o que você disse…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Could not hear that</source>
        <translation>Não deu para ouvir</translation>
    </message>
    <message>
        <source>Microphone unavailable</source>
        <translation>Microfone indisponível</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Falar</translation>
    </message>
    <message>
        <source>Speak a question</source>
        <translation>Falar uma pergunta</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Nenhum microfone foi encontrado.</translation>
    </message>
    <message>
        <source>Press to speak (or press F2); listening stops when you stop talking</source>
        <translation>Aperte para falar (ou aperte F2); para de ouvir quando você para de falar</translation>
    </message>
    <message>
        <source>Hold to speak (or hold F2)</source>
        <translation>Segure para falar (ou segure F2)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({error}).</source>
        <translation>Não foi possível abrir o microfone ({error}).</translation>
    </message>
    <message>
        <source>No speech heard. Try again, a little louder.</source>
        <translation>Nenhuma fala ouvida. Tente de novo, um pouco mais alto.</translation>
    </message>
    <message>
        <source>Hold the button while you speak.</source>
        <translation>Segure o botão enquanto fala.</translation>
    </message>
    <message>
        <source>No words heard. Try again, a little closer to the microphone.</source>
        <translation>Nenhuma palavra ouvida. Tente de novo, um pouco mais perto do microfone.</translation>
    </message>
    <message>
        <source>Heard: {text}</source>
        <translation>Ouvido: {text}</translation>
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
        <translation>Perguntas guiadas</translation>
    </message>
    <message>
        <source>Quiz me</source>
        <translation>Me teste</translation>
    </message>
    <message>
        <source>The tutor explains the answer.</source>
        <translation>O tutor explica a resposta.</translation>
    </message>
    <message>
        <source>The tutor asks questions and gives hints, one at a time.</source>
        <translation>O tutor faz perguntas e dá dicas, uma de cada vez.</translation>
    </message>
    <message>
        <source>Practise with questions about your lessons.</source>
        <translation>Pratique com perguntas sobre as suas lições.</translation>
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
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Lantern is free software. These are the licences of Lantern, of the Gemma model and of the other software it carries.</source>
        <translation>O Lantern é software livre. Estas são as licenças do Lantern, do modelo Gemma e dos outros programas que ele traz.</translation>
    </message>
    <message>
        <source>Licence sections</source>
        <translation>Partes das licenças</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>Loading the licences…</source>
        <translation>Carregando as licenças…</translation>
    </message>
    <message>
        <source>The licence texts could not be read: {error}</source>
        <translation>Não foi possível ler os textos das licenças: {error}</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Source [{number}]</source>
        <translation>Fonte [{number}]</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <source>No page numbers in this document</source>
        <translation>Este documento não tem números de página</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Escreva a sua resposta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>A sua resposta</translation>
    </message>
    <message>
        <source>This was hard for me</source>
        <translation>Esta foi difícil para mim</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Próxima pergunta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pergunta do quiz</translation>
    </message>
    <message numerus="yes">
        <source>All done! You answered {right} of %n question(s) correctly.</source>
        <translation>
            <numerusform>Pronto! Você acertou {right} de %n pergunta.</numerusform>
            <numerusform>Pronto! Você acertou {right} de %n perguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no approved questions for this course yet. Ask your teacher.</source>
        <translation>Ainda não há perguntas aprovadas para este curso. Pergunte ao seu professor.</translation>
    </message>
    <message>
        <source>Choose a course to start a quiz.</source>
        <translation>Escolha um curso para começar um quiz.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Pick one answer first.</source>
        <translation>Escolha uma resposta primeiro.</translation>
    </message>
    <message>
        <source>Type an answer first, or ask for a hint.</source>
        <translation>Escreva uma resposta primeiro, ou peça uma dica.</translation>
    </message>
    <message>
        <source>Answer choice {n}</source>
        <translation>Opção de resposta {n}</translation>
    </message>
    <message>
        <source>This question comes back for review {when}.</source>
        <translation>Esta pergunta volta para revisão {when}.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>{language} voice ({id})</source>
        <translation>Voz em {language} ({id})</translation>
    </message>
    <message>
        <source>There is no read-aloud voice for {language} on this device. The available voice is {voice}. Read with it anyway?</source>
        <translation>Não há voz de leitura em {language} neste aparelho. A voz disponível é {voice}. Ler com ela mesmo assim?</translation>
    </message>
    <message>
        <source>The speakers could not be opened ({error}).</source>
        <translation>Não foi possível abrir os alto-falantes ({error}).</translation>
    </message>
    <message>
        <source>Check that speakers or headphones are plugged in and not muted.</source>
        <translation>Verifique se os alto-falantes ou fones estão ligados e sem o som desligado.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Calm</source>
        <translation>Calmo</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Baixa visão</translation>
    </message>
    <message>
        <source>Dyslexia-friendly</source>
        <translation>Bom para dislexia</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>Predictable</source>
        <translation>Previsível</translation>
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
        <translation>Oferecer um cartão de visitante (não guarda nada)</translation>
    </message>
    <message>
        <source>Kiosk mode: full screen, closing needs the teacher PIN</source>
        <translation>Modo quiosque: tela cheia; para fechar é preciso o PIN do professor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Language before sign-in</source>
        <translation>Idioma antes de entrar</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Sign out after idle</source>
        <translation>Sair depois de parado</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidade de leitura</translation>
    </message>
    <message>
        <source>A learner&apos;s own needs (for example low vision or dyslexia) still change the look for their session.</source>
        <translation>As necessidades de cada aluno (por exemplo baixa visão ou dislexia) ainda mudam a aparência durante a sessão dele.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is learning today?</source>
        <translation>Quem vai aprender hoje?</translation>
    </message>
    <message>
        <source>Touch your picture, or use Tab and Enter.</source>
        <translation>Toque na sua figura, ou use Tab e Enter.</translation>
    </message>
    <message>
        <source>No learners yet. Ask your teacher to add you, or start as a guest.</source>
        <translation>Ainda não há alunos. Peça ao seu professor para adicionar você, ou entre como visitante.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your secret number, then press Enter.</source>
        <translation>Digite o seu número secreto e aperte Enter.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>O seu PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Apagar o PIN</translation>
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
        <translation>Voltar às figuras</translation>
    </message>
    <message>
        <source>Asks for a PIN</source>
        <translation>Pede um PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Sem PIN</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Try Lantern without saving anything</source>
        <translation>Experimente o Lantern sem guardar nada</translation>
    </message>
    <message>
        <source>Hello, {name}! Type your PIN.</source>
        <translation>Oi, {name}! Digite o seu PIN.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>Você já pode tentar o seu PIN de novo.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Read this message aloud</source>
        <translation>Ler esta mensagem em voz alta</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Parar de ler</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status: {status}</source>
        <translation>Estado da sincronização: {status}</translation>
    </message>
    <message>
        <source>Next try at {time}</source>
        <translation>Próxima tentativa às {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent; nothing is lost while offline.</source>
        <translation>
            <numerusform>%n mudança espera para ser enviada; nada se perde sem internet.</numerusform>
            <numerusform>%n mudanças esperam para ser enviadas; nada se perde sem internet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Connect to school hub…</source>
        <translation>Conectar ao servidor da escola…</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN do professor</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>PIN do professor de novo</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 8 digits). It protects the library, the learners and the settings, and closing the kiosk.</source>
        <translation>Escolha um PIN de professor (de 4 a 8 dígitos). Ele protege a biblioteca, os alunos, as configurações e o fechamento do quiosque.</translation>
    </message>
    <message>
        <source>Type the teacher PIN.</source>
        <translation>Digite o PIN do professor.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>De novo</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Definir PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The two PINs are different. Type the same PIN twice.</source>
        <translation>Os dois PINs são diferentes. Digite o mesmo PIN duas vezes.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Esse PIN não está certo. Tente de novo.</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>Não foi possível verificar o PIN.</translation>
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
        <translation>Criando perguntas… Na primeira vez demora um pouco.</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Criando perguntas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Criando perguntas… {done} de {total}</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Talking to the tutor does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Falar com o tutor ainda não funciona neste computador. Peça ajuda ao seu professor.</translation>
    </message>
    <message>
        <source>No microphone was found. Ask your teacher to plug one in.</source>
        <translation>Nenhum microfone foi encontrado. Peça ao seu professor para ligar um.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer yet. Ask your teacher for help.</source>
        <translation>Ler em voz alta ainda não funciona neste computador. Peça ajuda ao seu professor.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found. Ask your teacher to plug some in.</source>
        <translation>Nenhum alto-falante ou fone foi encontrado. Peça ao seu professor para ligar algum.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>daqui a %Ln dia</numerusform>
            <numerusform>daqui a %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>há %Ln dia</numerusform>
            <numerusform>há %Ln dias</numerusform>
        </translation>
    </message>
</context>
</TS>
