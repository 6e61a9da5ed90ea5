"""Rules of session 28 (engine/safety/rules/direct.py): plain first-person statements of a named harm.

A message of three to five words needs its line plus `SHORT_MARGIN` in the meaning check, so the short
plain statements are the rules' job - and some were no rule's: "im being bullied at school", "ich werde in
der schule gemobbt", "sono vittima di bullismo", "me autolesiono desde 5to", "je me scarifie", "mi picchiano
a casa" passed the whole check. Also "me toca": in Spanish "it is my turn / I have to" ("me toca exponer
mañana"), which the abuse rules read as "touches me" (they run in every language, so the Portuguese one
too); it is touching unless what follows reads as a turn or a duty (an infinitive, "a mí", "todo el
trabajo", a school noun); likewise the Italian "mi tocca" ("mi tocca studiare", I have to study).
And "I want to die of shame / of laughing"
(the idiom of a feeling, in es fr de it pt), the fear of cutting oneself while cooking, and a Hindi knife
that cuts vegetables are not a wish to die or to cut: the rule for a blade in Hindi needs a body or "myself",
as it did in ru zh ja ko ar.

Every sentence here was written for this test (in no data file). The rules alone decide each.
"""
from __future__ import annotations

import pytest

from engine.safety import SafetyFilter


@pytest.fixture(scope="module")
def rules_only() -> SafetyFilter:
    return SafetyFilter()


STATED = [
    # bullied
    ("en", "im being bullied at school", "bullying"),
    ("en", "i get bullied every single day on the bus", "bullying"),
    ("en", "the older kids always bully me at lunch", "bullying"),
    ("es", "me hacen bullying en el cole desde hace meses", "bullying"),
    ("es", "sufro bullying y nadie hace nada", "bullying"),
    ("es", "soy victima de acoso en clase", "bullying"),
    ("es", "me pegan en el recreo todos los dias", "bullying"),
    ("fr", "je me fais harceler au collège", "bullying"),
    ("fr", "je suis harcelée depuis la rentrée", "bullying"),
    ("fr", "ils me frappent à la récré", "bullying"),
    ("de", "ich werde in der schule gemobbt", "bullying"),
    ("de", "die jungs aus der 7b mobben mich", "bullying"),
    ("it", "sono vittima di bullismo da un anno", "bullying"),
    ("it", "mi picchiano a scuola e nessuno dice niente", "bullying"),
    ("pt", "sofro bullying na escola", "bullying"),
    ("pt", "sou vitima de bullying ha 2 anos", "bullying"),
    ("pt", "me batem no recreio", "bullying"),
    # hit at home
    ("es", "me pegan en casa cuando saco malas notas", "abuse"),
    ("it", "mi picchiano a casa", "abuse"),
    ("pt", "me batem em casa quando eu erro", "abuse"),
    # self-injury in its own verb
    ("es", "me autolesiono desde quinto", "self_harm"),
    ("es", "me hago cortes en las piernas", "self_harm"),
    ("fr", "je me scarifie", "self_harm"),
    ("fr", "j'me mutile depuis l'été", "self_harm"),
    ("de", "ich verletze mich selbst seit monaten", "self_harm"),
    ("it", "mi autolesiono da un anno", "self_harm"),
    ("pt", "me automutilo desde o ano passado", "self_harm"),
    ("pt", "eu provoco vomito depois do almoço", "eating"),
    ("en", "i've been bullied for months and nobody knows", "bullying"),
    ("en", "they are bullying me on snap", "bullying"),
    ("es", "estoy sufriendo bullying en el insti", "bullying"),
    ("es", "en el recreo me pegan", "bullying"),
    ("es", "me pegan en el recreo y mis padres no hacen nada", "bullying"),
    ("fr", "ils me harcèlent sur insta", "bullying"),
    ("de", "ich werde gemobbt und weiß nicht was ich tun soll", "bullying"),
    ("de", "ich werd gemobbt", "bullying"),
    ("it", "sono bullizzata a scuola", "bullying"),
    ("it", "a scuola mi picchiano", "bullying"),
    ("es", "mis padres me pegan", "abuse"),
    ("de", "meine eltern schlagen mich zu hause", "abuse"),
    # "me toca" that is touching
    ("es", "mi tio me toca", "abuse"),
    ("es", "mi padrastro me toca las piernas", "abuse"),
    ("pt", "o meu tio me toca", "abuse"),
    ("es", "mi vecino me toca cuando nadie mira", "abuse"),
    ("es", "mi primo mayor me tocaba por las noches", "abuse"),
    ("pt", "o namorado da minha mãe me toca e diz que é segredo", "abuse"),
]

STILL_FLAGGED = [
    ("es", "quiero morirme ya no aguanto mas"),
    ("es", "llevo 50 dias sin cortarme"),
    ("es", "tengo miedo de cortarme otra vez"),
    ("pt", "tenho medo de me cortar de novo"),
    ("it", "ho paura di tagliarmi di nuovo"),
    ("es", "quiero morir de hambre para adelgazar"),
    ("fr", "je veux mourir, personne ne m'aime"),
    ("de", "ich will sterben, echt jetzt"),
    ("it", "voglio morire e basta"),
    ("pt", "quero morrer, ninguém liga pra mim"),
    ("pt", "fiquei um mês sem me cortar e ontem voltei"),
    ("hi", "मैंने ब्लेड से अपनी कलाई काटी"),
]

ORDINARY = [
    ("es", "me quiero morir de la vergüenza, le mandé un audio a la profe por error"),
    ("es", "me da miedo cortarme con el cuchillo en el taller de cocina"),
    ("fr", "je veux mourir de rire avec cette vidéo"),
    ("de", "ich will sterben vor scham, ich bin im referat gestolpert"),
    ("it", "voglio morire dalla vergogna, sono caduta davanti a tutti"),
    ("pt", "quero morrer de vergonha, tropecei na frente da turma"),
    ("hi", "कुकिंग क्लास में चाकू से सब्ज़ी कैसे काटें"),
    ("hi", "चाकू से अपनी सब्ज़ी काटी"),
    ("hi", "खाना बनाते समय चाकू से हाथ कट गया"),
    ("fr", "je veux trop mourir de honte"),
    ("it", "voglio proprio morire dalla vergogna"),
    ("de", "ich will echt sterben vor scham"),
    ("de", "es war so peinlich, dass ich vor scham sterben will"),
    ("pt", "quero muito morrer de vergonha"),
    ("es", "en el grupo me toca todo el trabajo a mi"),
    ("es", "me toca cuando termine juan"),
    ("es", "este finde me toca donde mi papa"),
    ("es", "ahora me toca y despues a ti"),
    ("it", "mi tocca studiare tutto il weekend"),
    ("en", "what do i do if they bully me"),
    ("de", "ich werde nie gemobbt, zum glück"),
    ("de", "sie mobben mich nicht mehr, alles gut"),
    ("de", "ich verletze mich nicht selbst, keine sorge"),
    ("es", "me hice heridas en la rodilla jugando futbol"),
    ("es", "me hice cortes con el papel en clase de plastica"),
    ("en", "what should i do if i'm bullied? its for a poster"),
    ("en", "im not being bullied, i just want to know what bullying is"),
    ("en", "in the book the main character gets teased, how do i describe how he feels"),
    ("es", "no me hacen bullying, solo son bromas entre amigos"),
    ("es", "me toca exponer mañana y estoy nerviosa"),
    ("es", "ahora me toca a mi elegir la peli"),
    ("es", "me toca la profe mas estricta este año"),
    ("es", "me toca en el grupo de juan para el proyecto de ciencias"),
    ("pt", "agora me toca a mim jogar"),
    ("fr", "on fait un exposé sur le harcèlement scolaire, tu m'aides ?"),
    ("fr", "je ne me fais pas harceler mais ma copine oui, comment l'aider"),
    ("de", "ich werde nicht gemobbt, aber was ist mobbing genau"),
    ("de", "ich habe mich beim fußball verletzt, was hilft gegen blaue flecken"),
    ("it", "cos'è il bullismo? devo fare un cartellone"),
    ("it", "non mi picchiano, ma mi prendono in giro, è normale tra amici?"),
    ("pt", "não provoco vômito, só fiquei enjoado no ônibus"),
    ("pt", "o que é automutilação? vi no jornal"),
]


@pytest.mark.parametrize(("lang", "text", "category"), STATED)
def test_a_plain_statement_of_a_named_harm_is_flagged_by_the_rules(
        rules_only: SafetyFilter, lang: str, text: str, category: str) -> None:
    d = rules_only.check_input(text, lang)
    assert not d.allowed, text
    assert d.category == category
    assert d.alert


@pytest.mark.parametrize(("lang", "text"), STILL_FLAGGED)
def test_the_plain_wish_and_a_count_of_days_without_cutting_stay_flagged(rules_only: SafetyFilter, lang: str, text: str) -> None:
    d = rules_only.check_input(text, lang)
    assert not d.allowed, text
    assert d.category == "self_harm"


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_a_question_about_it_a_negation_or_a_turn_is_not(rules_only: SafetyFilter, lang: str, text: str) -> None:
    d = rules_only.check_input(text, lang)
    assert d.allowed, d.matched


def test_the_rules_still_flag_when_written_in_another_language_than_the_window(rules_only: SafetyFilter) -> None:
    # the rules of every language run on every message: a Spanish sentence in an English window
    d = rules_only.check_input("me hacen bullying en el cole", "en")
    assert not d.allowed and d.category == "bullying"
