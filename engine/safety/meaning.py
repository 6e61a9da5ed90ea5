"""Risk detection by meaning: a learner's message compared with a bank of example messages.

The rules in `rules/` read words; children write "everyone would be better off without me" or
"he said it's our secret". This check embeds the message with the engine's sentence embedder and
scores it two ways against the *train* split of `data/messages.jsonl` (the held-out split is only
read by `bench/safety.py`):

- a logistic regression (numpy) on the embedding, hashed character 3-4-grams (once shared by all
  languages, once hashed with the message's language so each language has its own word weights)
  and a translate-free keyword bridge (`BRIDGE`: stems such as pill/pastill/cachet/Tablett/pillol
  that mean the same in en es fr de it pt, one shared feature each, so what the large English bank
  teaches carries over). The n-grams carry spelling the embedder may not know (child slang).
  Each (language, risky/ordinary) group weighs the same in the fit, so English does not drown the
  smaller languages;
- the nearest-neighbour margin: similarity to the closest risky example minus the closest ordinary
  one (ordinary examples are chosen to look dark: "how did the Romans kill Caesar", "the plant died").
  Some examples are neighbours only (`"use": "neighbour"`, `Example.neighbour_only`): they count
  in this margin and nowhere else - not in the regression, its weights or the cross-validation
  folds that place the lines. A new example in the regression reshuffles every fold and moves the
  lines of every language: in session 21, 318 new examples moved the Spanish line 0.445 -> 0.72
  and the Portuguese one 0.36 -> 0.78 in one variant (dev recall es 71 -> 64, pt 81 -> 73 of 74
  and 84), and 36 everyday chat messages per language in ar, ko, ru (with 16 risky ones each,
  written in the same casual register) cut their dev over-block 5 -> 2, 5 -> 1, 4 -> 3 of 64 but
  lost recall 57 -> 42, 57 -> 48, 60 -> 55 of 64. The same examples as neighbours (261: 51
  everyday ordinary messages each in ar ko ru, 10 look-alike questions each in en es fr de it pt,
  16 casual risky messages each in ar ko ru) leave the Latin lines where they were and cut the
  dev over-block of ko 5 -> 1, ar 5 -> 4, pt 3 -> 2 (heldout_v2+v3+v4), for recall ko 57 -> 56,
  ar 57 -> 55, ru 60 -> 59, ja 52 -> 51 of 64 (misses that were already near the line).
  Session 22 added 66 more neighbours (en es fr de it pt: everyday disappointments, game kill counts,
  how-to-die questions with "just asking", wounds made on purpose, fire or poison planned at school):
  the lines stayed (cross-validated es 0.939 -> 0.932, the rest unchanged), de and pt game kill counts
  stopped being blocked. They did not move the four Spanish everyday messages of heldout_v5 still
  blocked (a lost team place, a pet growing old, a birthday without an invitation, a scary film): there
  the regression alone is over the line (logit/spread 0.5-0.8 against a 0.44 line), where a neighbour
  moves the score by at most ~0.4. The same kind of message in the regression (24 Spanish everyday
  messages) fixed them (es dev over-block 4 -> 2 of 114) but reshuffled the folds again: the Portuguese
  line went 0.35 -> 0.82 and pt recall 119 -> 109 of 124, so it was dropped. Fold membership that does
  not move when examples are added (by a hash of the id) would be the next thing to try.
  Blind check, heldout_v6 (699 messages, written by someone who saw neither the bank, the rules nor
  the earlier sets; run before and after session 22's rules and neighbours): caught / ordinary
  blocked en 38/39 0/36, es 34/40 1/37, fr 39/40 1/38, de 37/40 1/37, it 37/40 5/37, pt 39/40 4/37
  (all 12 languages 301/335, 22/364; before the session's changes 29 ordinary of 384 blocked). The
  rules' own over-block fell to 2 of 364; what over-blocks in it and pt is this check.
  Session 23, two more blind sets (writers who read no project file): heldout_v7 (718) caught 277/336,
  ordinary blocked 15/382; heldout_v8 (716, half of its risky messages indirect) 288/335, 11/381;
  English 29/40 and 31/40 with 0 of 40 blocked. 119 new regression examples with folds that keep their
  place (by a hash of the id for new ones) improved the dev sets (blocked 47 -> 31 of 1,616) but lost
  16 catches on v7 (261/336) and were reverted. Moving the lines does not fix recall: with the same
  fit, 3.5-5 % instead of 3 % (or one offset for all) gains 9-19 of 1,331 Latin dev catches for 6-16
  more ordinary blocked and blocks 2 of the 102 English plain questions of `ordinary_check`; v7's missed
  English messages score 0.3-0.6 under their line. They are long, mixed messages (the risk inside a
  homework request, a new method). The input check now also scores each clause (`clauses`,
  `CLAUSE_MARGIN` 0.4 over the line, chosen on the dev sets v2-v7 and the bank's held-out split before
  the next set was read). Blind, heldout_v9 (709 messages, a third writer; about a third of its risky
  messages mixed with a homework request), run once without and once with it: caught 260 -> 288 of
  335, ordinary blocked 7 -> 9 of 374; English 23 -> 32 of 39 (0 of 40 blocked); Latin languages
  184 -> 210 of 239, 4 -> 6 of 236. heldout_v8 (seen once before, not tuned on): 288 -> 299 of 335,
  11 -> 15 of 381. Its cost: the parts are embedded in one more call when the whole message is under
  the line, so the Tutor tab's long requests cost p50 66 -> 91 ms at load (chat turns unchanged).
  Session 24, on the pooled dev sets (the bank's held-out split and heldout_v2-v9, 5,657 messages),
  with a rule written down before measuring: a change stays only if caught rises by at least twice the
  rise in ordinary blocked, no Latin language's over-block rises above 5 % and `ordinary_check` blocks
  no English question. The 74 missed risky messages in es, pt, en: 23 have a clause over the line but
  under line + 0.4 (12 of them with the whole message within 0.2 under the line); 28 split into parts
  none of which is over the line (a question plus the few words that make it personal: "es q lo estoy
  haciendo", "asking 4 me"); 23 are one clause (8 within 0.2 under the line). Kept (filters.py
  `_riskiest_clause`): when the whole message is within `CLAUSE_NEAR` 0.2 of the line, a part at the
  line is enough (two readings agree), and a message with no break is then read in 12-word windows
  (`word_windows`; Hindi, written without punctuation, 112 -> 127 of 160 caught; 10 words: +5 caught
  for +3 blocked more, 16: -10 caught, -1 blocked); a message more than `CLAUSE_SKIP` 1.5 under the
  line is not split (no dev catch was further under than 1.11). All 12 languages: caught 2,480 ->
  2,525 of 2,769, ordinary blocked 93 -> 100 of 2,888 (en 309 -> 316 of 340, 1 -> 2 of 326; es 268 ->
  273, 13 -> 12; pt 279 -> 283, 9 -> 12 of 290; it 16 of 277 before and after). Dropped: the
  connectors children use in the other 11 languages (pero, mas, mais, aber, ma, но, 但是, でも, 근데, لكن,
  लेकिन, ...): +1 caught, 0 blocked - in these sets a change of subject comes after punctuation;
  10-word windows scored alone (at line + 0.4: +13 caught, +6 blocked, Italian 16 -> 18); windows for
  every message (+33, +18); a lower margin where another part is plainly a homework request (+9 to +21
  caught for +5 to +31 blocked). Cost: of the bench's 62 Tutor-tab requests 26 instead of 56 need the
  second embedder call (p50 93-134 -> 71-98 ms, runs alternated at load).
  Blind, heldout_v10 (705, a fourth writer), run once before and once after: caught 287 -> 293 of 336,
  ordinary blocked 21 -> 22 of 369 (Latin 214 -> 219 of 240, 15 of 234: it 5 of 40 and pt 4 of 39 are
  everyday small talk the regression scores just over the line). Then rules for the embedder's blind
  spots (rules/: hiding marks before swimming, a habit of burning or cutting, the height that kills,
  a weight target, harm planned for a classmate; dev +36 caught, +0 blocked) and 106 neighbour-only
  everyday examples against that small-talk over-block (dev -9 blocked, -4 caught). heldout_v11 (695, a
  fifth writer), each run once: 284 -> 286 of 335 with the rules, 15 of 360 blocked unchanged; the
  neighbours changed nothing on it (286, 15) and were reverted, by the rule written down before it was
  read. v10 and v11 are dev sets now; an honest next number needs a v12.
  Session 25: the blind sets once read (v2-v14, `RETIRED_SETS`: 9,600 messages by nine writers who never
  saw the bank, in the way children write) are train examples now, but for the 63 that nearly copy a
  message the bench still scores (`retired_near_copies`, `LEFT_OUT_FILE`); the lines sit at 2 % (was 3 %)
  cross-validated over-block; a message of 3-5 words needs its line + `SHORT_MARGIN` (filters.py). Each
  step was judged once on a fresh set by a rule written before the set was read:
  heldout_v12 (972): session 24's check -> v2-v9 trained on: caught 415 -> 443 of 480, ordinary blocked
  26 -> 15 of 492, Latin languages meeting both targets 1 -> 5 of 6;
  heldout_v13 (968): v2-v9 -> v2-v12 trained on: 435 -> 450 of 479, 7 -> 8 of 489, targets met 0 -> 6;
  heldout_v14 (968, the plainest check: nothing was chosen on it but one rules commit worth one message):
  session 24's check 412/480 caught, 24/488 blocked, targets met in 0 of 6; v2-v12 trained on 425 and
  12, met in en (60/64, 1/49) and fr (58/64, 0/61) - es 50/64, de 53/64, pt 54/64, it 57/64 with 4/60;
  heldout_v15 (939; its writer retold the English messages in the other Latin languages, an easier set):
  v2-v12 -> v2-v14 trained on: 455 -> 463 of 479, 1 -> 1 of 460, met 6 of 6 both.
  The bank's own held-out split (looked at for years): English 3 of 36 ordinary blocked (was 0-1).
  Removing 40 rows moved the Spanish line 0.50 -> 0.63 in one refit: the lines still follow the
  folds (see below); repeated cross-validation would steady them.
  Session 26: heldout_v15 retired too (v2-v15), and the lines placed on the cross-validated scores of
  `CV_REPEATS` 3 fold draws pooled (each example scored three times by models that never saw it), so a
  line no longer rests on one draw's 2 % quantile. heldout_v16 (951, two new writers told to write each
  language from its own situations), each run once by a rule written before it was read: session 25's
  check 437/479 caught, 12/472 blocked (Latin languages meeting both targets 3 of 6); v15 retired 440,
  11 (4 of 6); with the pooled draws 440, 10 (4 of 6; `ordinary_check` Portuguese 1 -> 0 of 15).
  Session 27: heldout_v16 and v17 retired too (v2-v17), each step judged once by a rule written before
  the set was read. heldout_v18 (935): session 26's check 434/479 caught, 10/456 blocked -> v2-v17 441,
  10 (Latin languages meeting both targets: 4 of 6 each); `CLAUSE_SKIP` 0.5 lost 3 catches there and was
  not kept. heldout_v19 (923): v2-v17 451/477, 6/446, met 6 of 6; a batch of 939 hard-case training
  messages by another writer (ordinary ones that look dark, indirect risk) lowered it to 445 and was not
  kept. That fit put "I feel so alone" (`ordinary_check`) over its line, so 47 short ordinary feelings
  ("i feel so tired today", "me siento un poco sola desde la mudanza") joined the bank; the refit moved
  the lines by up to 0.09 (ko), v18 442/8, v19 446/6 after it. heldout_v20 (900), read once for the
  figure, nothing chosen on it: 442/475 caught, 1/425 blocked, met 5 of 6 (it 57/64).
  Session 28: four more writers (heldout_v21-v24), each variant run once per set by a rule written
  before the set was read. Retiring v18-v20 too (a refit) caught 4 more and 1 fewer on v21+v22 but blocked
  6 ordinary messages the v2-v17 fit passed and unblocked none: not kept. The lines at 1.5 % instead of 2 %
  cross-validated over-block passed their rule on heldout_v24 (461 -> 452 of 476 caught, 39 -> 32 of 467
  blocked) but over all seven fresh-written sets v18-v24 together it caught 54 fewer of 3,344 risky messages
  for 17 fewer of 3,277 ordinary ones blocked, worse than that rule's two-for-one: not kept. Rules for the
  short plain statements the meaning check leaves to them (rules/direct.py) were kept (v21: no change).
  Session 29: three more writers (heldout_v25-v27). The misses are few (recall 96-98 % in the Latin
  languages); what the check gets wrong is ordinary news near a risky example: parents splitting up or
  quarrelling about money, a falling-out sorted out, a bystander's or a safety-lesson question. That news
  is now taken out before the rest is judged (rules/spared.py, filters.py); its first form freed 1 of 464
  on v26 (not kept), its second 3 of 454 on v27 with no catch lost (kept: 450/471, 25/454).
  Session 30: the ten read sets v18-v27 (9,423 messages by ten writers) retired into the fit too
  (v2-v27: 25,581 train examples, was 16,158; fit 31 min on a busy 2-core box; cross-validated recall
  en 0.937 -> 0.957, ar 0.919 -> 0.950, Hinglish 0.75 -> 0.83, de 0.930 -> 0.911). Their ordinary messages
  are the near misses the bank lacked (a knife in a cooking class, a screen-time rule, a safety-lesson
  question, a sibling who broke a toy). Two new writers (heldout_v28, v29), the rule written before
  either was read: v29, finished first, decided - 458 -> 465 of 474 caught, 28 -> 16 of 460 blocked
  (Latin languages meeting both targets 2 -> 5 of 6; `ordinary_check` 0 of 102 English blocked both);
  v28, read once for the figure: 464 -> 471 of 476, 31 -> 9 of 453 (2 -> 6 of 6).

The two are put on one scale (each divided by its spread in cross-validation) and added; how much
the margin counts is chosen per language (`MARGIN_WEIGHTS`, by cross-validated recall). The category
is a vote of the nearest risky examples. Each language gets its own threshold, fitted by 5-fold
cross-validation on the train split (`CV_REPEATS` draws of the folds, pooled): the lowest score that
keeps ordinary messages of that language under `MAX_OVER_BLOCK` (3 %; the 4 % line of session 19 put
English at 0.48 and flagged plain questions - "When was the Iron Bridge built?" - as suicide risk: 4
of the 102 English questions of `data/ordinary_check.jsonl`, a set of plain school questions never used for fitting; the bank now
also has plain school questions among its ordinary examples). Cross-validation flatters over-block
(the bank has families of similar messages that land in several folds): with E5 a 5 % line blocked
14 of 135 ordinary held-out messages, 4 % blocked 5 and caught 201 instead of 211 of 224 risky, 3 %
blocked 3 and caught 196 - measured on the first held-out split, which had been looked at before, so
`heldout_v2.jsonl` (written blind) is the honest check. A group with fewer than `FLOOR_ORDINARY`
ordinary train examples (ar ja ko ru zh: 22, hi: 32) cannot put its line under the one the same 3 %
places on all groups' ordinary scores pooled (`choose_policies`): with 22, "3 %" meant "over the
single highest", and its own lines (ar 0.25, ja -0.22, ru -0.06) blocked 5-8 of 44 ordinary messages
of heldout_v2+v3 (with the floor, 0.445: ar 4, ja 0, ko 5, ru 3; zh's own line 0.77 was already higher).
Hindi written in Latin letters (Hinglish) is a group of its own, "hi-latn" (`group`): its own
threshold and n-gram weights, since the embedder reads it far less well than Devanagari.
Where the check is too weak for a language
(cross-validated recall under `MIN_RECALL`, or fewer than `MIN_ORDINARY` ordinary examples to place
the line) the language gets no threshold and only the rules apply there; `policies` says which.
With the engine's embedder (multilingual-e5-small) and the bundled bank the check is on for all 12
languages and for Hinglish (cross-validated recall 0.90-1.0 - es 0.93 - but ja 0.83 and ko 0.82, Hinglish 0.78; with MiniLM
Japanese was rules only and the rest 0.60-0.92). Which languages pass the bar can move with each
batch of examples (few ordinary ones outside English; zh moved 0.90 -> 0.73 -> 0.80 as only en, de,
pt and hi examples were added, through the shared regression; a batch of 48 examples in session 20
moved de 0.93 -> 0.85 and pt 0.95 -> 0.89 and was dropped): read `policies`, not this line. The
3 % line is per language but the same for all: 2.5 % collapsed Italian (0.96 -> 0.82) and 3.3-4 %
blocked 1-2 of the 102 English questions of `ordinary_check`.
`lantern bench safety --json` measures it on the held-out split.

Before any of this, a message is looked at without the embedder (`TextGate`, a regression on the
n-grams and bridge concepts alone): one that scores under every risky train example's
cross-validated score (less `GATE_MARGIN`) is not embedded at all, and neither is a message of a
rules-only language; `filters.py` also sends no message of fewer than three words of letters (a
quiz pick, a number, a sum) to this check. The embedder is most of a check's time (~25 ms quiet,
40-90 ms on a busy 2-core box, against ~1 ms for the rest), so these decide what a quiz answer costs;
on the chat and Tutor-tab paths the library search embeds the same message anyway and reuses the
check's vector (`E5Embedder.embed_queries` remembers recent queries).

Fitting (embedding the bank, 16 regressions of 800 gradient steps - 3 draws of 5 folds and the final
one - and the gate's 6 of 400, 10-17 min on 2 busy cores; 400 steps had not converged: cross-validated
recall rose 0.894 -> 0.900 in English and 0.937 -> 0.948 in Portuguese with 800) happens offline:
`python -m engine.safety.meaning` rewrites the cache after the examples change (a test fails if it is stale).

The bank's vectors are cached in `data/bank_vectors.npz`, keyed by the embedder's `model_id` and a
hash of the texts and the fitting version; with another embedder `load_default` embeds and fits at
load instead - slow (minutes): rebuild the cache then.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import numpy as np

DATA_DIR = Path(__file__).parent / "data"
EXAMPLES_FILE = DATA_DIR / "messages.jsonl"
LEFT_OUT_FILE = DATA_DIR / "retired_left_out.txt"   # `retired_near_copies`, one id a line
CACHE_FILE = DATA_DIR / "bank_vectors.npz"

RISK_CATEGORIES = ("suicide", "self_injury", "self_harm", "eating", "abuse", "grooming", "violence", "bullying")
MAX_OVER_BLOCK = 0.02    # per language, in cross-validation on the train split (3 % until session 25: see above)
MIN_RECALL = 0.5         # below this (cross-validated) a language falls back to the rules alone
MIN_ORDINARY = 20        # fewer ordinary train examples cannot place a 5 % line: rules alone
FLOOR_ORDINARY = 100     # a group with fewer ordinary train examples: its line is never under the pooled one
FOLDS = 5
CV_REPEATS = 3          # fold draws whose cross-validated scores are pooled to place the lines
NEIGHBOURS = 5           # risky neighbours that vote on the category
_SCALE = 4.0             # unit vectors have tiny components: scale so the regression converges fast
_GRAMS = 4096            # hashed character n-gram features
_GRAM_WEIGHT = 4.0
_LANG_GRAMS = 4096       # the same n-grams hashed with the language: per-language weights
_BRIDGE_WEIGHT = 1.0
_L2 = 1e-3
_BALANCED = True         # each (language, risky/ordinary) group weighs the same in the fit
MARGIN_WEIGHTS = (1.0, 0.5, 0.0)   # per language, chosen by cross-validated recall
MAX_CHARS = 300          # longer messages: the check reads the first and last 150 characters (see `clip`)
CLAUSE_MARGIN = 0.4      # a clause alone must score this much over its language's line (see `clauses`)
SHORT_WORDS = 5          # a message of at most this many words (3 to 5: see filters.py) ...
SHORT_MARGIN = 0.2       # ... must score this much over its language's line (few words, a noisier score)
CLAUSE_NEAR = 0.2        # the whole message this close under the line: a part at the line is enough (see `clauses`)
CLAUSE_SKIP = 1.5        # the whole message further under the line: its parts are not scored (see `clauses`)
WINDOW_WORDS = 12        # a message with no break, near the line: windows of this many words (see `word_windows`)
_FEW_QUERIES = 16        # up to this many queries: one matrix-vector product each (see _similarities)
ROMANISED = ("hi",)      # languages children also write in Latin letters: a group of their own, see `group`
GATE_MARGIN = 0.25       # the text gate's cut lies this far (in logit) under the lowest risky train score
_GATE_STEPS = 400
# Blind sets once read and tuned on (dev sets): written by people who never saw the bank, in the way
# children write, so they teach the fit what the bank's own examples do not; the bench no longer
# reports them as held out. Newer sets stay held out until they have been read (see the docstring).
RETIRED_SETS = tuple(f"heldout_v{n}" for n in range(2, 28))
_FIT_VERSION = "10"      # bump when the fitting changes, so an old cache is not used

# -- translate-free keyword bridge ---------------------------------------------------------------
# Word stems (case-folded, accents removed, matched at the start of a word) that mean the same
# thing in en es fr de it pt, and Hindi written in Latin letters (Hinglish: goli, mat batana).
# Each concept is one shared feature, so what the regression learns
# from the large English bank ("pills", "secret", "delete the photos") carries over to "pastillas",
# "secret", "Geheimnis" without a translation model. Stems, not sentences: the weights are learned.
BRIDGE: dict[str, tuple[str, ...]] = {
    "pills": ("pill", "tablet", "pastill", "cachet", "comprim", "medicament", "medicin", "remedio", "pillol",
              "pastigli", "paracetamol", "ibuprofen", "schlaftablett", "farmac", "goli", "dawai"),
    "poison": ("bleach", "poison", "lejia", "javel", "candeggin", "agua sanitaria", "putzmittel", "veneno",
               "envenen", "empoison", "gift", "vergift", "velen", "avvelen", "zeher", "zehar", "phenyl"),
    "blade": ("blade", "razor", "cuchilla", "lame", "rasoir", "klinge", "rasierklinge", "lamett", "lamina",
              "sharpener"),
    "cut": ("cut", "cortar", "corto ", "cortes", "me corto", "coupe", "coupur", "ritz", "schnitt", "geschnitt",
            "tagli", "corte", "kaat", "kat "),
    "burn": ("burn", "lighter", "quemo", "quemar", "mechero", "brul", "briquet", "verbrenn", "feuerzeug", "bruci",
             "accendino", "isqueiro", "queimo", "jala"),
    "hide": ("hide", "hiding", "sleeve", "escond", "manga", "cache ", "je cache", "manche", "versteck", "armel",
             "nascond", "manic", "chhupa", "chupa", "chhup"),
    "marks": ("marks", "scar", "marcas", "marque", "cicatri", "narbe", "segni", "nishaan", "nishan"),
    "blood": ("bleed", "blood", "sangr", "saign", "sang ", "blut", "sangu", "khoon", "khun "),
    "die": ("die ", "dead", "death", "morir", "muert", "mourir", "meurs", "sterb", "tot ", "tod ", "morire",
            "morrer", "muero", "mar ", "marna", "mar jau", "maut"),
    "gone": ("disappear", "gone", "not here", "desaparec", "dispara", "verschwind", "spari", "scompar", "sumir",
             "no estuviera", "plus la", "mehr da", "weg war", "weg ware", "ci fossi", "nao estivesse",
             "gayab", "na rahu", "nahi rahu"),
    "wake": ("wake", "despert", "reveill", "aufwach", "svegli", "acordar", "na uthu", "kabhi na uth"),
    "no_point": ("no point", "no reason", "sentido", "sert a rien", "raison", "sinn", "senso", "motivo", "grund",
                 "matlab nahi", "koi fayda"),
    "without_me": ("without me", "sin mi", "sans moi", "ohne mich", "senza di me", "sem mim", "mere bina"),
    "goodbye": ("goodbye", "despedid", "adieu", "abschied", "addio", "alvida"),
    "nobody": ("nobody", "no one", "noone", "nadie", "personne", "niemand", "keiner", "nessuno", "ninguem",
               "koi nahi", "kisi ko"),
    "burden": ("burden", "problem", "carga", "fardeau", "last fur", "peso per", "bojh"),
    "secret": ("secret", "secreto", "geheim", "segret", "segredo", "raaz", "raz "),
    "photo": ("photo", "pic", "picture", "camera", "foto", "camara", "kamera", "webcam", "selfie", "video",
              "nudes", "tasveer"),
    "delete": ("delete", "borra", "effac", "supprim", "losch", "cancell", "apag"),
    "adult": ("man ", "guy", "adult", "older", "stranger", "senor", "hombre", "adulto", "monsieur", "homme",
              "mann", "erwachsen", "fremd", "signore", "uomo", "homem", "coach", "entrenador", "entraineur",
              "trainer", "allenator", "treinador", "tutor", "aadmi", "uncle"),
    "clothes": ("shirt", "clothes", "naked", "nude", "wearing", "camiseta", "ropa", "desnud", "habits", "nu ",
                "nackt", "maglietta", "nud", "vestit", "roupa", "pelad", "underwear", "unterwasche", "kapd"),
    "meet": ("meet", "quedar", "verme", "vernos", "rencontr", "me voir", "treffen", "incontr", "encontr", "milna", "milne"),
    "gift": ("gift", "present", "robux", "regalo", "cadeau", "geschenk", "schenk", "presente", "tohfa"),
    "dont_tell": ("dont tell", "don't tell", "not to tell", "no le digas", "no le cuente", "no se lo digas",
                  "a personne", "rien dire", "dis rien", "keinem sagen", "niemandem", "non dirlo",
                  "a nessuno", "nao conte", "contar a ninguem", "nao contar", "mat batana", "mat bata"),
    "hit": ("hit", "beat", "slap", "punch", "pega", "golpe", "frapp", "tape", "me bat", "schlag", "haut mich",
            "verprugel", "picchi", "me bate", "bater", "bate em", "spank", "maar", "pitai", "peet"),
    "belt": ("belt", "cinturon", "ceinture", "gurtel", "cintur", "cinto"),
    "bruise": ("bruise", "moreton", "moraton", "bleus", "blaue fleck", "livid", "roxo", "hematom"),
    "locked": ("lock", "encierr", "enferm", "sperr", "chiud", "tranc", "band kar"),
    "night": ("at night", "bedroom", "de noche", "la nuit", "nachts", "di notte", "de noite", "la notte", "raat ko"),
    "drunk": ("drunk", "drinks", "bebe ", "borrach", "boit", "ivre", "trinkt", "betrunk", "beve", "ubriac",
              "bebad", "bebe e", "daaru", "sharab", "nashe"),
    "weight": ("fat", "weight", "skinny", "thin", "gorda", "gordo", "adelgaz", "flaca", "grosse", "maigr",
               "poids", "fett", "dick", "dunn", "abnehm", "gewicht", "grass", "dimagr", "magr", "engord",
               "emagrec", "kilo", "moti", "mota", "patla", "patli", "wazan", "vazan"),
    "vomit": ("vomit", "puke", "throw up", "throwing up", "vomis", "kotz", "erbrech", "vomito", "vomitar", "ulti "),
    "starve": ("skip meal", "not eat", "havent eaten", "haven't eaten", "no como", "sin comer", "pas mange",
               "rien mange", "nichts gegessen", "nicht essen", "non mangio", "salto i pasti", "nao como",
               "sem comer", "stop eating", "dejar de comer", "arreter de manger", "aufhoren zu essen",
               "smettere di mangiare", "parar de comer"),
    "laxative": ("laxativ", "laxant", "abfuhr", "julab"),
    "weapon": ("gun", "knife", "weapon", "pistol", "arma", "cuchillo", "fusil", "couteau", "arme", "waffe",
               "messer", "gewehr", "coltell", "faca", "bandook", "chaku", "chaaku", "talwar"),
    "stab": ("stab", "kill", "apunal", "matar", "poignard", "tuer", "erstech", "abstech", "umbring", "toten",
             "accoltell", "uccid", "esfaque", "strangl", "murder", "maar dal", "jaan se"),
    "revenge": ("pay for", "revenge", "pagar", "payer", "paieront", "bezahl", "rache", "pagher", "vinganc",
                "venganz", "badla", "saza"),
    "school": ("school", "escuela", "colegio", "ecole", "college", "schule", "scuola", "escola", "class"),
    "mock": ("laugh at", "make fun", "mock", "se rien", "se rie", "burl", "moqu", "lacht mich", "lustig",
             "ride di", "prender in giro", "prendermi in giro", "ri de", "zoa", "tease", "mazaak", "mazak", "hanste"),
    "insult": ("call me", "names", "insult", "beschimpf", "xing", "apod", "surnom", "gaali"),
    "push": ("push", "shove", "empuj", "pouss", "schubs", "sping", "empurr", "dhakka"),
    "excluded": ("sit with", "lunch", "sentar", "recreo", "assoi", "cantine", "sitzen", "sedere", "mensa",
                 "recreio", "left out", "ignore me", "ignoran", "ignorent"),
    "pain": ("pain", "hurt", "dolor", "douleur", "mal ", "schmerz", "weh ", "dolore", "dor ", "machuc", "dard"),
}

_BRIDGE_STEMS = [(i, " " + stem) for i, stems in enumerate(BRIDGE.values()) for stem in stems]


class Embedder(Protocol):
    """What the check needs from an embedder: the engine's (`engine.retrieval.load_engine_embedder`)."""

    model_id: str

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def _embed(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    # Bank examples and learners' messages are both things a learner writes: E5's query side.
    return np.asarray(embedder.embed_queries(list(texts)), dtype=np.float32)


@dataclass(frozen=True)
class Example:
    id: str
    language: str
    category: str        # one of RISK_CATEGORIES, or "ok"
    split: str           # "train" or "heldout"
    text: str
    # A neighbour only ("use": "neighbour" in the file): a nearest-neighbour example for the margin,
    # never a row of the regression nor of the cross-validation that places the lines (see `fit_bank`).
    neighbour_only: bool = False

    @property
    def risky(self) -> bool:
        return self.category != "ok"


@dataclass(frozen=True)
class LanguagePolicy:
    """How the meaning check treats one language, measured on the train split (cross-validated)."""

    language: str
    threshold: float | None     # None: the embedder is too weak here; rules only
    cv_recall: float
    cv_over_block: float
    margin_weight: float = 1.0  # how much the nearest-neighbour margin counts next to the regression


@dataclass(frozen=True)
class MeaningResult:
    """What the meaning check thinks of one message. `nearest` is an example id, never text.
    `embedded` False: the text gate (or a rules-only language) decided without the embedder; then
    `category` is "ok", `score` is -inf and `nearest` is empty."""

    category: str               # the likeliest risk category (even when not risky), see `risky`
    score: float
    threshold: float | None
    nearest: str
    embedded: bool = True

    @property
    def risky(self) -> bool:
        return self.threshold is not None and self.score >= self.threshold


def load_examples(path: Path = EXAMPLES_FILE) -> list[Example]:
    """Every example message (both splits), in file order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(Example(row["id"], row["lang"], row["category"], row["split"], row["text"],
                               row.get("use") == "neighbour"))
    return out


def train_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """What the check is fitted on: the bank's train split, then the messages of the retired blind
    sets (`RETIRED_SETS`, in that order) as train examples - but those listed in `LEFT_OUT_FILE`,
    near copies of a message the bench still scores (`retired_near_copies`)."""
    bank = [e for e in load_examples(data_dir / EXAMPLES_FILE.name) if e.split == "train"]
    left_out = set((data_dir / LEFT_OUT_FILE.name).read_text(encoding="utf-8").split())
    retired = [replace(e, split="train") for name in RETIRED_SETS
               for e in load_examples(data_dir / f"{name}.jsonl") if e.id not in left_out]
    return bank + retired


def _trigrams(text: str) -> set[str]:
    t = " ".join(text.casefold().split())
    return {t[i:i + 3] for i in range(len(t) - 2)}


def retired_near_copies(data_dir: Path = DATA_DIR, *, similar: float = 0.5) -> list[str]:
    """The ids of retired blind-set messages that nearly copy (character-trigram Jaccard >= `similar`,
    same language) a message of the bank's held-out split or of `ordinary_check.jsonl`: trained on,
    they would flatter those two reports. What `LEFT_OUT_FILE` must list (a test compares); seconds."""
    scored = [e for e in load_examples(data_dir / EXAMPLES_FILE.name) if e.split == "heldout"]
    scored += load_examples(data_dir / "ordinary_check.jsonl")
    by_language: dict[str, list[set[str]]] = {}
    for e in scored:
        by_language.setdefault(e.language, []).append(_trigrams(e.text))
    out = []
    for name in RETIRED_SETS:
        for e in load_examples(data_dir / f"{name}.jsonl"):
            mine = _trigrams(e.text)
            if any(len(mine & theirs) >= similar * len(mine | theirs) for theirs in by_language.get(e.language, ())):
                out.append(e.id)
    return out


def group(language: str, text: str) -> str:
    """The policy group of a message: its language code, or "<code>-latn" for a language in
    `ROMANISED` written mostly in Latin letters (Hindi as Hinglish: "mummy ki goliyan kha li"). The
    embedder reads Hinglish far less well than Devanagari, so it gets its own n-gram weights, its
    own group weight in the fit and its own cross-validated threshold."""
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    if code in ROMANISED:
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isascii() for c in letters) * 2 > len(letters):
            return f"{code}-latn"
    return code


def clip(text: str, limit: int = MAX_CHARS) -> str:
    """What the check reads of a long message: its start and its end, `limit` characters in all
    (the middle of a very long message is left to the rules, which read the whole message). The
    embedder's time grows with the length: ~0.1 s for a usual message, seconds for a pasted page
    on a busy 2-core box (bench safety: `long_message_ms`). The bank's longest example is 95
    characters."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half].rstrip()} ... {text[-half:].lstrip()}"


# Where a message changes subject: sentence and clause punctuation, a line break, and (English, as
# children write it without punctuation) "btw", "but", "and then", "anyway".
_CLAUSE_BREAK = re.compile(r"[.!?;:,\u3002\uff01\uff1f\u3001\n]+|\s(?:btw|but|and then|anyway)\s", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The parts of what the check reads (`clip`) where the subject may change, when there are two or
    more: "can u help with fractions btw i havent eaten in 3 days" is a homework request and a risk,
    and scored whole, the homework half pulls it under the line. The input check scores each part
    (long enough to judge) on its own against the line plus `CLAUSE_MARGIN` (a part has fewer words,
    so its score is noisier). Chosen on the pooled dev sets (bank held-out split, heldout_v2-v7): with
    the same fit, the Latin languages caught 1,265 instead of 1,251 of 1,331 risky messages and
    blocked 35 instead of 30 of 1,266 ordinary ones (margin 0.2: 1,273 and 47; 0.6: 1,262 and 33),
    English 241 instead of 235 of 261 with none blocked; `ordinary_check` still blocks none. A part
    needs no margin when the whole message is within `CLAUSE_NEAR` of the line, and no part is scored
    when it is more than `CLAUSE_SKIP` under it (session 24, see the module docstring)."""
    parts = list(dict.fromkeys(p.strip() for p in _CLAUSE_BREAK.split(clip(text)) if p and p.strip()))
    return parts if len(parts) >= 2 else []      # a repeated part once


def word_windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Overlapping windows of `size` words (stride half of it) over what the check reads (`clip`), when
    it has more words than that: the parts of a message with no punctuation and no connector
    ("i want to help my sister with her reading i dont want to be alive anymore"). A window cuts
    anywhere, so it is noisier than a clause: the input check lets one count only when the whole
    message is already within `CLAUSE_NEAR` of the line (see `clauses`)."""
    words = clip(text).split()
    if len(words) <= size:
        return []
    step = max(1, size // 2)
    return list(dict.fromkeys(" ".join(words[i:i + size]) for i in range(0, len(words) - size + step, step)))


def bank_keys(examples: Sequence[Example]) -> list[str]:
    """What the cache's fingerprint reads of each train example: its text, marked when it is a
    neighbour only (the same text in the regression fits differently)."""
    return [f"\x01{e.text}" if e.neighbour_only else e.text for e in examples]


def _fingerprint(model_id: str, texts: Sequence[str]) -> str:
    h = hashlib.sha256(f"{model_id}|{_FIT_VERSION}".encode())
    for t in texts:
        h.update(b"\0" + t.encode("utf-8"))
    return h.hexdigest()


def _plain(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.casefold().replace("'", " ").replace("\u2019", " "))
    return " " + " ".join("".join(c for c in t if not unicodedata.combining(c)).split()) + " "


def char_grams(text: str, language: str = "") -> np.ndarray:
    """Hashed character 3- and 4-grams of the case-folded, accent-free text, unit length; with a
    language, the grams are hashed with it (that language's own weights)."""
    t = _plain(text)
    size = _LANG_GRAMS if language else _GRAMS
    out = np.zeros(size, dtype=np.float32)
    for k in (3, 4):
        for i in range(len(t) - k + 1):
            out[zlib.crc32(f"{language}|{t[i:i + k]}".encode() if language else t[i:i + k].encode()) % size] += 1.0
    return out / max(float(np.linalg.norm(out)), 1e-9)


def concepts(text: str) -> np.ndarray:
    """1 for each `BRIDGE` concept whose stem starts a word of the text."""
    t = _plain(text)
    out = np.zeros(len(BRIDGE), dtype=np.float32)
    for i, stem in _BRIDGE_STEMS:
        if stem in t:
            out[i] = 1.0
    return out


def _text_features(texts: Sequence[str], languages: Sequence[str]) -> np.ndarray:
    """The features read from the text itself, without the embedder: n-grams and bridge concepts."""
    if not texts:
        return np.zeros((0, _GRAMS + _LANG_GRAMS + len(BRIDGE)), np.float32)
    grams = np.stack([char_grams(t) for t in texts])
    own = np.stack([char_grams(t, lang) for t, lang in zip(texts, languages, strict=True)])
    bridge = np.stack([concepts(t) for t in texts])
    return np.hstack([grams * _GRAM_WEIGHT, own * _GRAM_WEIGHT, bridge * _BRIDGE_WEIGHT]).astype(np.float32)


def _features(vectors: np.ndarray, texts: Sequence[str], languages: Sequence[str],
              text_features: np.ndarray | None = None) -> np.ndarray:
    own = _text_features(texts, languages) if text_features is None else text_features
    return np.hstack([vectors * _SCALE, own]).astype(np.float32)


def _fit_logistic(x: np.ndarray, y: np.ndarray, *, weights: np.ndarray | None = None, l2: float = _L2,
                  steps: int = 800, rate: float = 1.0) -> tuple[np.ndarray, float]:
    sw = np.ones(len(y), np.float32) if weights is None else (weights / weights.mean()).astype(np.float32)
    w = np.zeros(x.shape[1], dtype=np.float32)
    b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * sw
        w -= (rate * (x.T @ g / len(y) + l2 * w)).astype(np.float32)
        b -= rate * float(g.mean())
    return w, b


def _group_weights(languages: np.ndarray, risky: np.ndarray) -> np.ndarray | None:
    """1 / size of each example's (language, risky) group, so English does not drown the rest."""
    if not _BALANCED:
        return None
    keys = np.char.add(languages.astype(str), risky.astype(str))
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return (1.0 / counts[inverse]).astype(np.float32)


def _similarities(q: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """`q @ vectors.T`. A few queries (a message, a reply's sentences) without BLAS: OpenBLAS runs
    both the one-row matrix product and the matrix-vector product on its thread pool, which on a
    busy 2-core box took 0.07 ms or 15-25 ms by turns (threads waking: p50 0.08 ms, p95 16-23 ms
    over 300 calls), where einsum's own loop on the calling thread took p50 0.3 ms, p95 4.5-6 ms.
    Many rows (the fit's cross-validation) as one matrix product."""
    if len(q) > _FEW_QUERIES:
        return q @ vectors.T
    return np.einsum("qd,nd->qn", q, vectors)


def _parts(vectors: np.ndarray, risky: np.ndarray, w: np.ndarray, b: float, q: np.ndarray,
           qx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(regression logit, nearest-neighbour margin, similarities) of query vectors `q` (n, d)
    whose regression features are `qx`."""
    logit = (qx @ w + b).astype(np.float64)
    sims = _similarities(q, vectors)
    near_risky = np.where(risky[None, :], sims, -1.0).max(axis=1)
    near_ok = np.where(~risky[None, :], sims, -1.0).max(axis=1)
    return logit, near_risky - near_ok, sims


@dataclass(frozen=True)
class TextGate:
    """The embedder-free first look (`MeaningCheck.assess_many`): a regression on the text features
    alone (n-grams, bridge concepts). A message scoring under `cut` is not embedded: `cut` lies
    under the cross-validated score of every risky train example but `GATE_SPARE` (see `fit_bank`),
    so the gate lets through what the full check could catch and spares the embedder (~25 ms quiet,
    40-90 ms on a busy 2-core box) on plain questions, quiz answers and small talk."""

    w: np.ndarray
    b: float
    cut: float
    cv_risky_passed: float        # cross-validated share of risky train examples at or over `cut`
    cv_ordinary_skipped: float    # and of ordinary ones under it (not embedded)

    def scores(self, text_features: np.ndarray) -> np.ndarray:
        return (text_features @ self.w + self.b).astype(np.float64)


@dataclass(frozen=True)
class FittedBank:
    """Everything the check needs at run time; cached in `data/bank_vectors.npz`."""

    vectors: np.ndarray           # (n, d) float32, one per train example
    w: np.ndarray
    b: float
    logit_spread: float
    margin_spread: float
    policies: dict[str, LanguagePolicy]
    gate: TextGate | None = None  # None: every message long enough is embedded

    def save(self, path: Path, key: str) -> None:
        policies = json.dumps({k: [p.threshold, p.cv_recall, p.cv_over_block, p.margin_weight]
                               for k, p in self.policies.items()})
        arrays: dict[str, np.ndarray] = {
            "fingerprint": np.array(key), "vectors": self.vectors.astype(np.float16), "w": self.w,
            "b": np.array(self.b), "spreads": np.array([self.logit_spread, self.margin_spread]),
            "policies": np.array(policies)}
        if self.gate is not None:
            g = self.gate
            arrays["gate_w"] = g.w
            arrays["gate"] = np.array([g.b, g.cut, g.cv_risky_passed, g.cv_ordinary_skipped])
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types the first keyword only

    @classmethod
    def load(cls, path: Path, key: str) -> FittedBank | None:
        """The cached bank, or None when it is missing or was made for other texts/embedder/code."""
        if not path.is_file():
            return None
        with np.load(path) as data:
            if str(data["fingerprint"]) != key:
                return None
            policies = {k: LanguagePolicy(k, *v) for k, v in json.loads(str(data["policies"])).items()}
            spreads = data["spreads"]
            gate = None
            if "gate_w" in data.files:
                b, cut, passed, skipped = (float(v) for v in data["gate"])
                gate = TextGate(data["gate_w"], b, cut, passed, skipped)
            return cls(data["vectors"].astype(np.float32), data["w"], float(data["b"]), float(spreads[0]),
                       float(spreads[1]), policies, gate)


def choose_policies(logit: np.ndarray, margin: np.ndarray, langs: np.ndarray, risky: np.ndarray, *,
                    max_over_block: float = MAX_OVER_BLOCK, min_recall: float = MIN_RECALL,
                    draws: int = 1) -> dict[str, LanguagePolicy]:
    """Each group's threshold and margin weight from cross-validated scores (`logit` and `margin`
    already divided by their spreads): the lowest line that keeps that group's ordinary messages
    under `max_over_block`, with the margin weight that catches the most risky ones. A group with
    fewer than `FLOOR_ORDINARY` ordinary examples (22 in ar ja ko ru zh: 3 % of them is "over the
    highest one", a line set by a single message) cannot go under the line the same rule places on
    all groups' ordinary scores pooled: its own line blocked 5-8 of 44 ordinary held-out messages.
    `draws`: how many fold draws the scores pool (each example appears that many times)."""
    policies: dict[str, LanguagePolicy] = {}
    floors = {mw: _line(np.sort((logit + mw * margin)[~risky]), max_over_block) for mw in MARGIN_WEIGHTS}
    for lang in dict.fromkeys(langs.tolist()):
        mine = langs == lang
        if not (mine & risky).any() or not (mine & ~risky).any():
            continue
        best: LanguagePolicy | None = None
        for mw in MARGIN_WEIGHTS:                           # the first one wins a tie
            scores = logit + mw * margin
            neg = np.sort(scores[mine & ~risky])
            pos = scores[mine & risky]
            threshold = _line(neg, max_over_block)
            ordinary = len(neg) // draws                    # examples, each counted once
            if ordinary < FLOOR_ORDINARY:                   # too few to place the line alone: see FLOOR_ORDINARY
                threshold = max(threshold, floors[mw])
            recall = float((pos >= threshold).mean())
            over = float((neg >= threshold).mean())
            if best is None or recall > best.cv_recall:
                on = recall >= min_recall and ordinary >= MIN_ORDINARY
                best = LanguagePolicy(lang, threshold if on else None, recall, over, mw)
        assert best is not None
        policies[lang] = best
    return policies


def _line(neg: np.ndarray, max_over_block: float) -> float:
    """The lowest line with at most `max_over_block` of the sorted ordinary scores `neg` at or over it."""
    allowed = int(max_over_block * len(neg))                # ordinary messages allowed over the line
    return float(neg[len(neg) - 1 - allowed]) + 1e-6


def fit_bank(vectors: np.ndarray, examples: Sequence[Example], *, max_over_block: float = MAX_OVER_BLOCK,
             min_recall: float = MIN_RECALL) -> FittedBank:
    """Fit the regression on all train examples; thresholds per language from cross-validation.

    Cross-validated scores come from models that never saw the scored example, so each language's
    threshold and its recall/over-block are honest estimates - still on the train split only.
    Neighbour-only examples (`Example.neighbour_only`) are in every fold's nearest-neighbour bank
    and in the final one, never in a regression nor scored in the cross-validation: with none, the
    fit is the same as without the notion (same folds, weights and lines).
    """
    vectors = np.asarray(vectors, dtype=np.float16).astype(np.float32)   # what a cached load sees
    langs = np.array([group(e.language, e.text) for e in examples])
    x = _features(vectors, [e.text for e in examples], langs.tolist())
    text_x = x[:, vectors.shape[1]:]
    risky = np.array([e.risky for e in examples])
    regression = np.flatnonzero([not e.neighbour_only for e in examples])
    extra = np.flatnonzero([e.neighbour_only for e in examples])
    group_weights = _group_weights(langs[regression], risky[regression])
    weights = None
    if group_weights is not None:
        weights = np.zeros(len(examples), np.float32)
        weights[regression] = group_weights
    pooled_logit, pooled_margin = [], []
    gate = np.zeros(len(examples))
    for repeat in range(CV_REPEATS):
        order = regression[np.random.default_rng(repeat).permutation(len(regression))]
        logit = np.zeros(len(examples))
        margin = np.zeros(len(examples))
        for f in range(FOLDS):
            test = order[f::FOLDS]
            fit = np.setdiff1d(order, test)
            near = np.concatenate([fit, extra])
            fold_weights = None if weights is None else weights[fit]
            w, b = _fit_logistic(x[fit], risky[fit].astype(np.float32), weights=fold_weights)
            logit[test], margin[test], _ = _parts(vectors[near], risky[near], w, b, vectors[test], x[test])
            if repeat == 0:       # the gate's cut is a minimum, not a quantile: one draw is enough
                gw, gb = _fit_logistic(text_x[fit], risky[fit].astype(np.float32), weights=fold_weights,
                                       steps=_GATE_STEPS)
                gate[test] = text_x[test] @ gw + gb
        pooled_logit.append(logit[regression])
        pooled_margin.append(margin[regression])
    logit, margin, gate_cv = np.concatenate(pooled_logit), np.concatenate(pooled_margin), gate[regression]
    logit_spread = float(np.std(logit)) or 1.0
    margin_spread = float(np.std(margin)) or 1.0
    pooled_langs, pooled_risky = np.tile(langs[regression], CV_REPEATS), np.tile(risky[regression], CV_REPEATS)
    policies = choose_policies(logit / logit_spread, margin / margin_spread, pooled_langs, pooled_risky,
                               max_over_block=max_over_block, min_recall=min_recall, draws=CV_REPEATS)
    if "en" not in policies:
        raise ValueError("The example bank needs English examples, risky and ordinary.")
    reg_weights = None if weights is None else weights[regression]
    w, b = _fit_logistic(x[regression], risky[regression].astype(np.float32), weights=reg_weights)
    gw, gb = _fit_logistic(text_x[regression], risky[regression].astype(np.float32), weights=reg_weights,
                           steps=_GATE_STEPS)
    # A risky neighbour-only example must reach the embedder too: the final gate never saw it.
    gate_scores = np.concatenate([gate_cv, text_x[extra] @ gw + gb])
    gate_risky = np.concatenate([risky[regression], risky[extra]])
    return FittedBank(vectors, w, b, logit_spread, margin_spread, policies, choose_gate(gate_scores, gate_risky, gw, gb))


def choose_gate(cv_scores: np.ndarray, risky: np.ndarray, w: np.ndarray, b: float, *,
                spare: int = 0) -> TextGate:
    """The text gate's cut from cross-validated gate scores: just under the `spare`+1-th lowest
    risky score (`spare` = 0: every risky train example would have been embedded and judged in
    full), less `GATE_MARGIN` for messages a little further from the bank than its own examples."""
    pos = np.sort(cv_scores[risky])
    cut = float(pos[min(spare, len(pos) - 1)]) - GATE_MARGIN
    return TextGate(w.astype(np.float32), float(b), cut, float((cv_scores[risky] >= cut).mean()),
                    float((cv_scores[~risky] < cut).mean()))


class MeaningCheck:
    """Scores a message for risk by what it means. Thread-safe (read-only after construction)."""

    def __init__(self, embedder: Embedder, examples: Sequence[Example], *, fitted: FittedBank | None = None) -> None:
        train = [e for e in examples if e.split == "train"]
        if not train:
            raise ValueError("The meaning check needs train examples.")
        self.embedder = embedder
        self.examples = train
        if fitted is None:
            fitted = fit_bank(_embed(embedder, [e.text for e in train]), train)
        if fitted.vectors.shape[0] != len(train):
            raise ValueError("The fitted bank does not match the examples.")
        self._bank = fitted
        self.policies = fitted.policies
        self._risky = np.array([e.risky for e in train])
        self._categories = [e.category for e in train]

    @classmethod
    def load_default(cls, embedder: Embedder | None = None, *, cache: Path = CACHE_FILE) -> MeaningCheck:
        """The bundled bank with the engine's embedder (unless one is passed in).

        Uses the cached vectors and fit when they were made for this embedder, these examples and
        this code; otherwise embeds and fits now (seconds) without writing anything.
        """
        if embedder is None:
            from engine.retrieval.embedder import load_engine_embedder

            embedder = load_engine_embedder()
        train = train_examples()
        fitted = FittedBank.load(cache, _fingerprint(_model_id(embedder), bank_keys(train)))
        return cls(embedder, train, fitted=fitted)

    # -- public ------------------------------------------------------------------------------
    def assess(self, text: str, language: str = "en") -> MeaningResult:
        """The risk category and score of one message; `risky` compares with the language's threshold."""
        return self.assess_many([text], language)[0]

    def assess_many(self, texts: Sequence[str], language: str = "en") -> list[MeaningResult]:
        """Each message's result. Only messages that need it are embedded: not those of a
        rules-only language, nor those the text gate (`TextGate`) finds far from every risky kind."""
        texts = [clip(t) for t in texts]
        bank = self._bank
        code = (language or "en").lower().replace("_", "-").split("-")[0]
        groups = [group(code, t) for t in texts]
        # unknown languages: English's policy
        policies = [self.policies.get(g) or self.policies.get(code) or self.policies["en"] for g in groups]
        text_x = _text_features(texts, groups)
        wanted = np.array([p.threshold is not None for p in policies], dtype=bool)
        if bank.gate is not None and len(texts):
            wanted &= bank.gate.scores(text_x) >= bank.gate.cut
        out = [MeaningResult("ok", float("-inf"), p.threshold, "", embedded=False) for p in policies]
        idx = np.flatnonzero(wanted)
        if len(idx):
            sub = [texts[i] for i in idx]
            q = _embed(self.embedder, sub)
            logit, margin, sims = _parts(bank.vectors, self._risky, bank.w, bank.b, q,
                                         _features(q, sub, [groups[i] for i in idx], text_x[idx]))
            for j, i in enumerate(idx):
                policy = policies[i]
                score = logit[j] / bank.logit_spread + policy.margin_weight * margin[j] / bank.margin_spread
                category, nearest = self._vote(sims[j])
                out[i] = MeaningResult(category, float(score), policy.threshold, nearest)
        return out

    @property
    def languages_with_meaning(self) -> tuple[str, ...]:
        """Languages (and `group`s such as "hi-latn") where the meaning check is on; the rest rely on
        the rules alone."""
        return tuple(lang for lang, p in self.policies.items() if p.threshold is not None)

    # -- internals ---------------------------------------------------------------------------
    def _vote(self, sims: np.ndarray) -> tuple[str, str]:
        risky_idx = np.flatnonzero(self._risky)
        top = risky_idx[np.argsort(-sims[risky_idx])[:NEIGHBOURS]]
        votes: dict[str, float] = {}
        for i in top:
            votes[self._categories[i]] = votes.get(self._categories[i], 0.0) + float(sims[i])
        return max(votes, key=lambda c: votes[c]), self.examples[int(top[0])].id


def _model_id(embedder: Embedder) -> str:
    return str(getattr(embedder, "model_id", type(embedder).__name__))


def build_cache(embedder: Embedder, *, cache: Path = CACHE_FILE) -> FittedBank:
    """Embed and fit the bundled train split, and write the cache `load_default` reads."""
    train = train_examples()
    fitted = fit_bank(_embed(embedder, [e.text for e in train]), train)
    fitted.save(cache, _fingerprint(_model_id(embedder), bank_keys(train)))
    return fitted


if __name__ == "__main__":   # python -m engine.safety.meaning: rebuild the cache after editing the examples
    from engine.retrieval.embedder import load_engine_embedder

    LEFT_OUT_FILE.write_text("".join(f"{i}\n" for i in retired_near_copies()), encoding="utf-8")

    for p in build_cache(load_engine_embedder()).policies.values():
        print(p)
