"""Personal data never leaves in an escalated prompt: realistic learner messages, a class roster."""
from __future__ import annotations

import re

import pytest

from engine.escalation.redact import Redactor

ROSTER = ["Amara Okafor", "Will Chen", "Sofia Martínez", "Mary-Jane van der Berg", "Oluwaseun Adeyemi",
          "Jack O'Brien", "Nguyen Thi Lan", "Grace Hopper-Smith"]

# (message, personal values that must vanish, question content that must survive)
PROMPTS = [
    ("Hi I'm Amara Okafor from Year 7. Can you explain how to find the area of a triangle? My teacher said my "
     "answer was wrong.", ["Amara", "Okafor"], ["area of a triangle", "Year 7"]),
    ("Will and I are doing a project on volcanoes. Can you email the summary to will.chen@school.edu?",
     ["Will", "will.chen@school.edu"], ["volcanoes"]),
    ("My mum's number is 07700 900123, she wants to know when the exam is. Also how do fractions work?",
     ["07700 900123", "900123"], ["fractions"]),
    ("I live at 14 Baker Street, Leeds LS1 4AB and it takes me 25 minutes to walk 2 km to school. How fast do I "
     "walk in km/h?", ["14 Baker Street", "LS1 4AB", "Leeds"], ["25 minutes", "2 km", "km/h"]),
    ("sofia martínez says 0.5 is bigger than 0.45 but i think 0.45 is bigger because 45 > 5. who is right?",
     ["sofia", "martínez"], ["0.5", "0.45", "45 > 5"]),
    ("my student id is STU-2024-0042, can you tell me my grades? also what is osmosis",
     ["STU-2024-0042"], ["osmosis"]),
    ("Mary-Jane's brother said that the moon makes its own light. Is that true?",
     ["Mary-Jane", "Mary", "Jane"], ["moon makes its own light"]),
    ("jack o'brien and OLUWASEUN ADEYEMI are arguing about whether tomatoes are fruit",
     ["jack", "o'brien", "OLUWASEUN", "ADEYEMI"], ["tomatoes are fruit"]),
    ("Please write a birthday poem for Lan (Nguyen Thi Lan), her address is 221B Elm Avenue, Apt 3, Springfield, "
     "IL 62704", ["Lan", "Nguyen", "221B Elm Avenue", "Apt 3", "62704", "Springfield"], ["birthday poem"]),
    ("Call me on +1 (555) 123-4567 or text 555.987.6543 if you know the answer to question 4",
     ["555", "123-4567", "987", "6543"], ["question 4"]),
    ("My email is AMARA_O@example.co.uk. How do I calculate 15% of 80?",
     ["AMARA_O@example.co.uk", "example.co.uk"], ["15% of 80"]),
    ("SSN 123-45-6789 is on my form, why do they need it? Also what is the difference between weather and climate",
     ["123-45-6789"], ["weather and climate"]),
    ("Oluwaseun got 18 out of 25 on the test and Will got 21 out of 30. Who did better in percent?",
     ["Oluwaseun", "Will"], ["18 out of 25", "21 out of 30"]),
    ("Can you explain to Amara why 3/4 + 1/8 = 7/8? Her library card number is 29384756",
     ["Amara", "29384756"], ["3/4 + 1/8 = 7/8"]),
    ("P.O. Box 4471, Nairobi is where my cousin lives, I can reach Grace there on 0722 123 456. What's the "
     "capital of Kenya?", ["P.O. Box 4471", "Grace", "0722 123 456"], ["capital of Kenya"]),
    ("grace hopper-smith and Chen sit next to me. A train leaves at 09:15 and travels 180 km at 60 km/h; when "
     "does it arrive?", ["grace", "hopper-smith", "Hopper", "Chen"], ["09:15", "180 km", "60 km/h"]),
    ("My ID number: 4471-2290-18 and my WhatsApp is 07123456789. Explain Newton's third law.",
     ["4471-2290-18", "07123456789"], ["Newton's third law"]),
    ("Hi, my name is Kofi Mensah (new here, not on the list yet). I was born on 3 May 2012. Why do we have "
     "leap years?", ["Kofi", "Mensah", "3 May 2012"], ["leap years"]),
    ("my instagram is @amara.o and my dob: 14/02/2013 — is it safe to share these? Also what is 2/3 of 12?",
     ["@amara.o", "14/02/2013"], ["2/3 of 12"]),
    ("Mum's card 4111 1111 1111 1111 was used to buy my books. Martinez said books cost 12 45 each... how "
     "much for 3?", ["4111 1111 1111 1111", "Martinez"], ["12 45", "how much for 3"]),
]


def _present(value: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text, re.I) is not None


@pytest.mark.parametrize(("message", "secrets", "kept"), PROMPTS, ids=[p[0][:30] for p in PROMPTS])
def test_redaction_removes_every_roster_name_and_contact_detail_but_keeps_the_question(
        message: str, secrets: list[str], kept: list[str]) -> None:
    red = Redactor(ROSTER).redact(message)
    for secret in secrets:
        assert not _present(secret, red.text), f"{secret!r} leaked in {red.text!r}"
    for part in kept:
        assert part in red.text, f"question content {part!r} was damaged: {red.text!r}"
    assert red.changed


def test_no_roster_name_survives_anywhere_in_the_whole_set() -> None:
    redactor = Redactor(ROSTER)
    leaked = []
    for message, _secrets, _kept in PROMPTS:
        text = redactor.redact(message).text
        for full in ROSTER:
            for part in re.split(r"[\s-]+", full):
                if len(part) < 2 or part.lower() in {"van", "der"}:
                    continue
                # Name parts that are also words ("Will", "Grace") only count when capitalised as names.
                flags = 0 if part.lower() in {"will", "grace", "jack"} else re.I
                if re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, flags):
                    leaked.append((part, text))
    assert leaked == []


def test_same_person_gets_one_placeholder_and_names_are_restored_as_first_names() -> None:
    redactor = Redactor(ROSTER)
    red = redactor.redact("Amara Okafor asked Will Chen; then Amara asked again.")
    assert red.text == "[NAME_1] asked [NAME_2]; then [NAME_1] asked again."
    reply = "Well done [NAME_1]! NAME_2 was right too, and [NAME_1] should check step 2."
    assert Redactor.restore(reply, red.replacements) == "Well done Amara! Will was right too, and Amara should check step 2."
    assert Redactor.restore("Ask [NAME_7] or EMAIL_3.", red.replacements) == "Ask someone or an email address."


def test_ordinary_words_and_numbers_are_left_alone() -> None:
    redactor = Redactor(ROSTER)
    for text in ["Will the ice melt faster in salt water?", "What is 12 45 67 89 sorted?",
                 "Between 1939-1945 the war lasted 6 years.", "Compute 3.14159 * 2.5 - 1.25",
                 "How many seconds are in 86400 minutes?", "The population grew from 1,200,000 to 1,500,000."]:
        assert redactor.redact(text).text == text


def test_an_empty_roster_still_redacts_contact_details() -> None:
    red = Redactor().redact("write to me at kid@example.org or 555-123-4567")
    assert "kid@example.org" not in red.text and "555-123-4567" not in red.text
    assert red.counts == {"EMAIL": 1, "PHONE": 1}


def test_names_match_with_or_without_accents_and_word_names_only_when_capitalised() -> None:
    redactor = Redactor(["Zoë Brontë", "José Ñúñez", "Will Chen"])
    text = redactor.redact("Zoe Bronte and jose nunez asked JOSÉ; I will help, but Will won't.").text
    assert text == "[NAME_1] and [NAME_2] asked [NAME_2]; I will help, but [NAME_3] won't."
