"""A table of realistic learner prompts (issue 15, defect 11): every personal detail goes, the question stays.

Each row: (prompt, values that must not appear in what leaves the device, text that must survive).
The first block are the cases an outside probe found (glued names, labelled handles, numbers in
words, full UK postcodes, phones without separators); the rest are everyday classroom questions.
"""
from __future__ import annotations

import re

import pytest

from engine.escalation.redact import Redactor

ROSTER = ["Amara Okafor", "Will Chen", "Sofia Martínez", "Kwame Mensah", "Priya Sharma", "Liam O'Connor",
          "Chloé Dubois", "Tunde Bakare"]

TABLE: list[tuple[str, list[str], list[str]]] = [
    # -- the probe's misses ------------------------------------------------------------------
    ("call me at (415)5550134 after school, what is 7 x 8?", ["(415)5550134", "5550134"], ["7 x 8"]),
    ("my login is Amara123, why can't I see my homework on photosynthesis?", ["Amara123", "Amara"],
     ["photosynthesis"]),
    ("Instagram: amara_ok — can you check my post about the water cycle?", ["amara_ok", "amara"],
     ["water cycle"]),
    ("my number is seven seven zero zero nine zero zero one two three, text me the answer to 12 / 4",
     ["seven seven zero zero nine zero zero one two three"], ["12 / 4"]),
    ("I live at 10 Downing Street, London SW1A 2AA. How old is the building?", ["SW1A 2AA", "2AA", "SW1A",
                                                                                "Downing Street"],
     ["How old is the building"]),
    ("my postcode is sw1a 2aa is that in the north?", ["sw1a 2aa", "2aa"], ["in the north"]),
    # -- phones in every format -----------------------------------------------------------------
    ("ring my dad on 020 7946 0018 if I'm late, and how do you spell necessary?", ["020 7946 0018"],
     ["spell necessary"]),
    ("mum's mobile: +44 7700 900123. what's the square root of 144?", ["+44 7700 900123", "900123"],
     ["square root of 144"]),
    ("whatsapp 0722 123 456 — explain the equator please", ["0722 123 456"], ["explain the equator"]),
    ("my cell is 415-555-0134 and I need help with long division 845 / 5", ["415-555-0134"],
     ["845 / 5"]),
    ("text +2348031234567 to join our study group on algebra", ["+2348031234567"], ["algebra"]),
    ("our house phone is 01632 960983, what is a prime number?", ["01632 960983"], ["prime number"]),
    ("you can reach Kwame at 0302 123 456 — how do magnets work?", ["Kwame", "0302 123 456"],
     ["how do magnets work"]),
    ("my number is oh seven seven double zero nine zero zero one two three. what is gravity?",
     ["oh seven seven double zero nine zero zero one two three"], ["what is gravity"]),
    ("call 555.987.6543 for the science fair; what is density?", ["555.987.6543"], ["what is density"]),
    ("phone 98765 43210 (my uncle in Delhi). Why is the sky blue?", ["98765 43210"], ["Why is the sky blue"]),
    # -- names, any shape ---------------------------------------------------------------------
    ("Will Chen says spiders are insects. Is he right?", ["Will", "Chen"], ["spiders are insects"]),
    ("sofia martinez and I disagree about whether 0.3 > 0.25", ["sofia", "martinez"], ["0.3 > 0.25"]),
    ("Priya's project is about volcanoes, can you give her three facts?", ["Priya"], ["volcanoes", "three facts"]),
    ("liam o'connor keeps saying the earth is flat lol", ["liam", "o'connor"], ["the earth is flat"]),
    ("Chloe Dubois asked me what 15% of 60 is", ["Chloe", "Dubois"], ["15% of 60"]),
    ("TUNDE BAKARE WANTS TO KNOW WHY ICE FLOATS", ["TUNDE", "BAKARE"], ["WHY ICE FLOATS"]),
    ("kwame_mensah07 is my gamer tag, what is the fastest animal?", ["kwame", "mensah07", "Mensah"],
     ["fastest animal"]),
    ("Sofia2013 and Liam_x are in my group for the rainforest project", ["Sofia2013", "Liam_x", "Sofia", "Liam"],
     ["rainforest project"]),
    ("Hi, my name is Zainab Yusuf, I'm new. What is a noun?", ["Zainab", "Yusuf"], ["What is a noun"]),
    ("call me Dara. How many legs does an octopus have?", ["Dara"], ["How many legs does an octopus have"]),
    ("Amara Okafor, Amara and AMARA are all me. What is 3 squared?", ["Amara", "Okafor", "AMARA"],
     ["3 squared"]),
    ("Mensah got 17/20 and Sharma got 18/20, who did better?", ["Mensah", "Sharma"], ["17/20", "18/20"]),
    # -- handles and accounts -----------------------------------------------------------------
    ("my snapchat is priya.s_22, is it bad to share it?", ["priya.s_22"], ["is it bad to share it"]),
    ("add me on roblox: coolkid_2014. also what is a fraction?", ["coolkid_2014"], ["what is a fraction"]),
    ("my tiktok is @chloe.dances, how do plants drink water?", ["@chloe.dances", "chloe"],
     ["how do plants drink water"]),
    ("discord = tunde#4821 lets study for the test on the solar system", ["tunde#4821", "tunde"],
     ["solar system"]),
    ("username: will.c.2013 password is secret. How do I reset it?", ["will.c.2013"], ["How do I reset it"]),
    ("follow @sofi_m on insta for my science videos about atoms", ["@sofi_m"], ["atoms"]),
    ("my youtube handle is LiamPlaysMaths, can you explain pi?", ["LiamPlaysMaths", "Liam"], ["explain pi"]),
    # -- email, addresses, ids, dates -----------------------------------------------------------
    ("email my results to kwame.mensah@school.org please, and what is 9 x 7?",
     ["kwame.mensah@school.org", "kwame"], ["9 x 7"]),
    ("parent email: j.bakare@gmail.com. How do vaccines work?", ["j.bakare@gmail.com"], ["How do vaccines work"]),
    ("I live at 22 Acacia Avenue, Leeds LS6 2AB, how far is that from the sea?", ["22 Acacia Avenue", "LS6 2AB"],
     ["how far is that from the sea"]),
    ("our flat is at 5B Elm Road, Flat 2 — whats the area of a 5 m by 4 m room?", ["5B Elm Road"],
     ["5 m by 4 m"]),
    ("my student number is 20231847, can you see my marks? what is erosion?", ["20231847"], ["what is erosion"]),
    ("student ID: LN-88213. Explain the food chain.", ["LN-88213"], ["Explain the food chain"]),
    ("I was born on 14 March 2013, how many days until my birthday if today is 1 March?", ["14 March 2013"],
     ["how many days until my birthday"]),
    ("my date of birth is 02/09/2012. What is a leap year?", ["02/09/2012"], ["What is a leap year"]),
    ("P.O. Box 771, Accra is where to send my certificate. Who was Kwame Nkrumah?", ["P.O. Box 771"],
     ["Who was"]),
    ("my passport number is X1234567, do I need it for the trip to France?", ["X1234567"],
     ["trip to France"]),
    ("library card number 44120987 - which books are about dinosaurs?", ["44120987"], ["about dinosaurs"]),
    # -- mixtures ------------------------------------------------------------------------------
    ("Amara (amara.okafor@mail.com, 07700 900456) asked about the Romans", ["Amara", "amara.okafor@mail.com",
                                                                          "07700 900456"], ["the Romans"]),
    ("Will lives at 3 Mill Lane, Bath BA1 1AA and his insta is will_chen_12. What is a river delta?",
     ["Will", "3 Mill Lane", "BA1 1AA", "will_chen_12"], ["river delta"]),
    ("tell Priya Sharma her phone 9876543210 is on the board. what is 1/2 + 1/4?",
     ["Priya", "Sharma", "9876543210"], ["1/2 + 1/4"]),
    ("Chloé's mum (+33 6 12 34 56 78) says hi. Translate 'bonjour' to English.", ["Chloé", "+33 6 12 34 56 78"],
     ["Translate 'bonjour' to English"]),
    ("snapchat: tunde_b and phone 0803 123 4567 — Tunde wants help with verbs",
     ["tunde_b", "0803 123 4567", "Tunde"], ["help with verbs"]),
]

# Everyday questions: nothing is personal, nothing may change.
UNCHANGED = [
    "What is 12 45 67 89 sorted from smallest to largest?",
    "Between 1939-1945 the war lasted 6 years; how many months is that?",
    "Compute 3.14159 * 2.5 - 1.25 to two decimal places.",
    "How many seconds are in 86400 minutes?",
    "The population grew from 1,200,000 to 1,500,000. What is the percentage increase?",
    "Will the ice melt faster in salt water or fresh water?",
    "What is one two three in French?",
    "If a train travels 120 km in 1.5 hours, what is its speed?",
    "Is 1 000 000 000 bigger than a billion?",
    "What does the @ symbol mean in an email address?",
    "Why do we say Instagram is a social network?",
    "Explain the rule: 2(3 + 4) = 14.",
]


def _present(value: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text, re.I) is not None


@pytest.mark.parametrize(("prompt", "gone", "kept"), TABLE, ids=[f"{i:02d}-{p[:28]}" for i, (p, _, _) in
                                                                  enumerate(TABLE)])
def test_personal_details_leave_the_prompt_and_the_question_stays(prompt: str, gone: list[str],
                                                                  kept: list[str]) -> None:
    red = Redactor(ROSTER).redact(prompt)
    for value in gone:
        assert not _present(value, red.text), f"{value!r} leaked: {red.text!r}"
    for part in kept:
        assert part in red.text, f"{part!r} was damaged: {red.text!r}"


@pytest.mark.parametrize("prompt", UNCHANGED)
def test_everyday_questions_are_left_exactly_as_typed(prompt: str) -> None:
    assert Redactor(ROSTER).redact(prompt).text == prompt


def test_the_table_is_big_enough_to_mean_something() -> None:
    assert len(TABLE) + len(UNCHANGED) >= 60
