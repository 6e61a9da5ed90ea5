<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AddQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Adicionar a sua pergunta</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo de pergunta</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Resposta curta</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Escolher uma opção</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadeiro ou falso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opções separadas por |</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Adicionar pergunta</translation>
    </message>
</context>
<context>
    <name>AlertsInbox</name>
    <message>
        <source>Self-harm or suicide</source>
        <translation>Autolesão ou suicídio</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Aflição</translation>
    </message>
    <message>
        <source>Abuse or danger</source>
        <translation>Abuso ou perigo</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violência</translation>
    </message>
    <message>
        <source>Eating problems</source>
        <translation>Problemas com comida</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
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
        <translation>Sua nota</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n new)</source>
        <translation><numerusform>Alertas (%n novo)</numerusform><numerusform>Alertas (%n novos)</numerusform></translation>
    </message>
    <message>
        <source>Alerts Lantern raised when a learner seemed upset or unsafe. The learner's words are not shown. Talk to the learner, then write what you did.</source>
        <translation>Alertas que o Lantern deu quando um aluno parecia triste ou em perigo. As palavras do aluno não aparecem. Fale com o aluno e depois escreva o que fez.</translation>
    </message>
    <message>
        <source>Only new alerts</source>
        <translation>Só alertas novos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>What you did (for example: talked with her, called home)</source>
        <translation>O que você fez (por exemplo: conversei com ela, liguei para casa)</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>Seen: {note}</source>
        <translation>Visto: {note}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>Marcado como visto.</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Same passage twice</source>
        <translation>O mesmo trecho duas vezes</translation>
    </message>
    <message>
        <source>Almost the same passage</source>
        <translation>Quase o mesmo trecho</translation>
    </message>
    <message>
        <source>Hard to read for the class</source>
        <translation>Difícil de ler para a turma</translation>
    </message>
    <message>
        <source>Lesson without questions</source>
        <translation>Lição sem perguntas</translation>
    </message>
    <message>
        <source>Question the material does not answer</source>
        <translation>Pergunta que o material não responde</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Make an easier version in Reading.</source>
        <translation>Faça uma versão mais fácil em Leitura.</translation>
    </message>
    <message>
        <source>Make or add questions in Quizzes.</source>
        <translation>Crie ou adicione perguntas em Quizzes.</translation>
    </message>
    <message>
        <source>Remove the extra copy in Library.</source>
        <translation>Remova a cópia a mais na Biblioteca.</translation>
    </message>
    <message>
        <source>Add material that answers it in Library, or answer it in Questions.</source>
        <translation>Adicione material que responda na Biblioteca, ou responda em Perguntas.</translation>
    </message>
    <message>
        <source>Class grade</source>
        <translation>Ano da turma</translation>
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
        <translation>Pelos alunos</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Educação infantil</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Ação sugerida</translation>
    </message>
    <message>
        <source>Nothing to fix: the material looks good.</source>
        <translation>Nada a corrigir: o material está bom.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation><numerusform>%n coisa para ver.</numerusform><numerusform>%n coisas para ver.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassScreen</name>
    <message>
        <source>Where the numbers come from</source>
        <translation>De onde vêm os números</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Alunos e lições</translation>
    </message>
    <message>
        <source>Difficult questions</source>
        <translation>Perguntas difíceis</translation>
    </message>
    <message>
        <source>Answers over time</source>
        <translation>Respostas ao longo do tempo</translation>
    </message>
    <message>
        <source>Class views</source>
        <translation>Vistas da turma</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosque</translation>
    </message>
    <message>
        <source>All kiosks of the class (school hub)</source>
        <translation>Todos os quiosques da turma (servidor da escola)</translation>
    </message>
    <message>
        <source>Hub sign-in…</source>
        <translation>Entrar no servidor…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Certas</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Revisões pendentes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Missed first time</source>
        <translation>Errada da primeira vez</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>No tempo</translation>
    </message>
    <message>
        <source>From the school hub (every kiosk of the class), made {time}.</source>
        <translation>Do servidor da escola (todos os quiosques da turma), feito {time}.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a school hub: these are this kiosk's numbers.</source>
        <translation>Este quiosque não está ligado a um servidor da escola: estes são os números deste quiosque.</translation>
    </message>
    <message>
        <source>Sign in to the school hub (Hub sign-in…) to see every kiosk; these are this kiosk's numbers.</source>
        <translation>Entre no servidor da escola (Entrar no servidor…) para ver todos os quiosques; estes são os números deste quiosque.</translation>
    </message>
    <message>
        <source>The school hub's view is not available ({reason}): these are this kiosk's numbers.</source>
        <translation>A vista do servidor da escola não está disponível ({reason}): estes são os números deste quiosque.</translation>
    </message>
    <message>
        <source>From this kiosk.</source>
        <translation>Deste quiosque.</translation>
    </message>
    <message>
        <source>{missed} of {answered} ({percent}%)</source>
        <translation>{missed} de {answered} ({percent}%)</translation>
    </message>
    <message>
        <source>No learners or no approved questions yet.</source>
        <translation>Ainda não há alunos nem perguntas aprovadas.</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Exportar a vista da turma</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo {path}</translation>
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
        <translation>Entrar no servidor da escola</translation>
    </message>
    <message>
        <source>With your teacher token the class view shows every kiosk of your class. The token is kept in this computer's keyring, never where learners can see it.</source>
        <translation>Com o seu código de professor, a vista da turma mostra todos os quiosques da sua turma. O código fica no chaveiro deste computador, nunca onde os alunos possam vê-lo.</translation>
    </message>
    <message>
        <source>Teacher token</source>
        <translation>Código de professor</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Turma</translation>
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
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>OutlineScreen</name>
    <message>
        <source>Learning path</source>
        <translation>Percurso de aprendizagem</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Títulos das colunas</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Novo título</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Build again from the material</source>
        <translation>Refazer a partir do material</translation>
    </message>
    <message>
        <source>Publish to learners</source>
        <translation>Publicar para os alunos</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Por que está aqui</translation>
    </message>
    <message>
        <source>Key terms it defines</source>
        <translation>Termos-chave que define</translation>
    </message>
    <message>
        <source>New title for the chosen unit or lesson</source>
        <translation>Novo título para a unidade ou lição escolhida</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Learners follow this path.</source>
        <translation>Os alunos seguem este percurso.</translation>
    </message>
    <message>
        <source>Draft: learners do not see these changes until you publish.</source>
        <translation>Rascunho: os alunos não veem estas mudanças até você publicar.</translation>
    </message>
    <message>
        <source>Why “{title}” is here: {reason}</source>
        <translation>Por que «{title}» está aqui: {reason}</translation>
    </message>
    <message>
        <source>Published: learners' lessons follow this path now.</source>
        <translation>Publicado: as lições dos alunos agora seguem este percurso.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Open questions</source>
        <translation>Perguntas abertas</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <source>What material to add</source>
        <translation>Material a adicionar</translation>
    </message>
    <message>
        <source>Questions learners asked that the lessons did not answer, and questions saved for the cloud tutor. Answer one yourself, let the cloud tutor answer it, or note the material to add.</source>
        <translation>Perguntas dos alunos que as lições não responderam e perguntas guardadas para o tutor na nuvem. Responda você, deixe o tutor na nuvem responder ou anote o material a adicionar.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Your answer goes to the learner's history.</source>
        <translation>Sua resposta vai para o histórico do aluno.</translation>
    </message>
    <message>
        <source>Answer it yourself</source>
        <translation>Responder você</translation>
    </message>
    <message>
        <source>Let the cloud tutor answer</source>
        <translation>Deixar o tutor na nuvem responder</translation>
    </message>
    <message>
        <source>Material to add (optional note)</source>
        <translation>Material a adicionar (nota opcional)</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Adicionar material</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Material to add: {note}</source>
        <translation>Material a adicionar: {note}</translation>
    </message>
    <message>
        <source>Waiting for you to approve</source>
        <translation>Esperando sua aprovação</translation>
    </message>
    <message>
        <source>Saved for the cloud tutor</source>
        <translation>Guardada para o tutor na nuvem</translation>
    </message>
    <message>
        <source>Too long for the cloud tutor</source>
        <translation>Longa demais para o tutor na nuvem</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Not in the lessons</source>
        <translation>Não está nas lições</translation>
    </message>
    <message>
        <source>Saved for the cloud</source>
        <translation>Guardada para a nuvem</translation>
    </message>
    <message>
        <source>Answered: the learner finds it in their history.</source>
        <translation>Respondida: o aluno a encontra no histórico.</translation>
    </message>
    <message>
        <source>The cloud tutor answers it when the school's hub is reachable.</source>
        <translation>O tutor na nuvem responde quando o servidor da escola estiver acessível.</translation>
    </message>
    <message>
        <source>Marked: the material check lists it until material is added.</source>
        <translation>Marcada: a verificação do material a mostra até o material ser adicionado.</translation>
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
        <translation>Quantas perguntas criar</translation>
    </message>
    <message>
        <source>Making questions</source>
        <translation>Criando perguntas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Trecho de origem</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Drafts to review</source>
        <translation>Rascunhos para revisar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas as perguntas</translation>
    </message>
    <message>
        <source>Make questions</source>
        <translation>Criar perguntas</translation>
    </message>
    <message>
        <source>Approve all drafts</source>
        <translation>Aprovar todos os rascunhos</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Adicionar a sua…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>From the material (the answer is marked):</source>
        <translation>Do material (a resposta está marcada):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Options separated by |</source>
        <translation>Opções separadas por |</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Quantas</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>[{status}] {question}</source>
        <translation>[{status}] {question}</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Escolha uma pergunta à esquerda.</translation>
    </message>
    <message>
        <source>No questions here yet. Make questions or add your own.</source>
        <translation>Ainda não há perguntas aqui. Crie perguntas ou adicione as suas.</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>escrita por você</translation>
    </message>
    <message>
        <source>made by the model</source>
        <translation>feita pelo modelo</translation>
    </message>
    <message>
        <source>made from a sentence</source>
        <translation>feita a partir de uma frase</translation>
    </message>
    <message>
        <source>Status: {status} · {origin} · {citation}</source>
        <translation>Situação: {status} · {origin} · {citation}</translation>
    </message>
    <message>
        <source>Saved. It is a draft again until you approve it.</source>
        <translation>Salva. Volta a ser rascunho até você aprovar.</translation>
    </message>
    <message>
        <source>Approved: learners can get this question now.</source>
        <translation>Aprovada: os alunos já podem receber esta pergunta.</translation>
    </message>
    <message>
        <source>Rejected: learners will not get this question.</source>
        <translation>Rejeitada: os alunos não vão receber esta pergunta.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n draft(s).</source>
        <translation><numerusform>%n rascunho aprovado.</numerusform><numerusform>%n rascunhos aprovados.</numerusform></translation>
    </message>
    <message>
        <source>Added as a draft. Approve it when it looks right.</source>
        <translation>Adicionada como rascunho. Aprove quando estiver boa.</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>Criando perguntas…</translation>
    </message>
    <message>
        <source>Making questions… {done} of {total}</source>
        <translation>Criando perguntas… {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n new question(s) were kept as drafts.</source>
        <translation><numerusform>Parado. %n pergunta nova ficou como rascunho.</numerusform><numerusform>Parado. %n perguntas novas ficaram como rascunhos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Made %n new question(s) as drafts. Review them below.</source>
        <translation><numerusform>%n pergunta nova criada como rascunho. Revise abaixo.</numerusform><numerusform>%n perguntas novas criadas como rascunhos. Revise abaixo.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Target grade</source>
        <translation>Ano-alvo</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Versões mais fáceis</translation>
    </message>
    <message>
        <source>Original passage</source>
        <translation>Trecho original</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Versão mais fácil</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>For grade</source>
        <translation>Para o ano</translation>
    </message>
    <message>
        <source>Dyslexia-friendly (short lines)</source>
        <translation>Para dislexia (linhas curtas)</translation>
    </message>
    <message>
        <source>Make an easier version</source>
        <translation>Fazer uma versão mais fácil</translation>
    </message>
    <message>
        <source>Approve for learners</source>
        <translation>Aprovar para os alunos</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>Passage {chunk}, grade {grade} ({status})</source>
        <translation>Trecho {chunk}, ano {grade} ({status})</translation>
    </message>
    <message>
        <source>{words} words per sentence</source>
        <translation>{words} palavras por frase</translation>
    </message>
    <message>
        <source>Reading grade {grade} · {words} words per sentence</source>
        <translation>Nível de leitura {grade} · {words} palavras por frase</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Choose a passage and a grade, then make an easier version.</source>
        <translation>Escolha um trecho e um ano e depois faça uma versão mais fácil.</translation>
    </message>
    <message>
        <source>Words to know:</source>
        <translation>Palavras para saber:</translation>
    </message>
    <message>
        <source>Original — {reading}</source>
        <translation>Original — {reading}</translation>
    </message>
    <message>
        <source>Easier version — {reading}</source>
        <translation>Versão mais fácil — {reading}</translation>
    </message>
    <message>
        <source>Every fact of the original is kept.</source>
        <translation>Todos os fatos do original foram mantidos.</translation>
    </message>
    <message>
        <source>Missing from the easier version: {facts}. Check it before you approve.</source>
        <translation>Falta na versão mais fácil: {facts}. Confira antes de aprovar.</translation>
    </message>
    <message>
        <source>Made a draft. Learners see it only after you approve it.</source>
        <translation>Rascunho feito. Os alunos só o veem depois da sua aprovação.</translation>
    </message>
    <message>
        <source>Approved: learners of grade {grade} read this version now.</source>
        <translation>Aprovado: os alunos do {grade}.º ano agora leem esta versão.</translation>
    </message>
</context>
<context>
    <name>TeacherScreens</name>
    <message>
        <source>Quizzes</source>
        <translation>Quizzes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Turma</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Folha de exercícios</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>Títulos das colunas</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Right (%)</source>
        <translation>Certas (%)</translation>
    </message>
</context>
<context>
    <name>WorksheetScreen</name>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Questions on the worksheet</source>
        <translation>Perguntas da folha</translation>
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
        <translation>Respostas na última página</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <source>Approved questions on this worksheet:</source>
        <translation>Perguntas aprovadas nesta folha:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>O curso inteiro</translation>
    </message>
    <message>
        <source>No approved questions here yet: approve some in Quizzes.</source>
        <translation>Ainda não há perguntas aprovadas aqui: aprove algumas em Quizzes.</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Salvar a folha</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo {path}</translation>
    </message>
</context>
</TS>