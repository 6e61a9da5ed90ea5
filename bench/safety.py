"""`lantern bench safety --json`: the input risk check on the held-out example messages.

Per language: recall (risky messages not allowed through) and over-block rate (ordinary messages
not allowed through) for the rules alone and for rules + the meaning check
(`engine/safety/meaning.py`, over the engine's embedder), on each held-out set, reported
separately: `heldout`, the held-out split of `engine/safety/data/messages.jsonl` (looked at while
the bank grew, so no longer pristine), and `heldout_v2`, `engine/safety/data/heldout_v2.jsonl`
(written blind by someone who never saw the bank), when it is there. Nothing fits or tunes on either.
Also the meaning check's own policy per language (threshold, or "rules
only", with its cross-validated recall/over-block on the train split), load times, and latency per
message of the whole `check_input` (target < 30 ms). Targets on held-out: recall >= 90 % with
over-block <= 5 % in English and the other Latin-script languages.
"""
from __future__ import annotations

import statistics
import time
from typing import Any

LATIN = ("en", "es", "fr", "de", "it", "pt")
RECALL_TARGET = 0.90
OVER_BLOCK_TARGET = 0.05


def _rates(blocked: list[bool], risky: list[bool]) -> dict[str, Any]:
    pos = [b for b, r in zip(blocked, risky, strict=True) if r]
    neg = [b for b, r in zip(blocked, risky, strict=True) if not r]
    return {"recall": round(sum(pos) / len(pos), 3) if pos else None, "caught": sum(pos), "risky": len(pos),
            "over_block": round(sum(neg) / len(neg), 3) if neg else None, "blocked_ordinary": sum(neg),
            "ordinary": len(neg)}


def run(quick: bool = False) -> dict[str, Any]:
    from engine.retrieval.embedder import load_engine_embedder
    from engine.safety import SafetyFilter
    from engine.safety.meaning import DATA_DIR, MeaningCheck, load_examples

    t0 = time.perf_counter()
    embedder = load_engine_embedder()
    t1 = time.perf_counter()
    meaning = MeaningCheck.load_default(embedder)
    t2 = time.perf_counter()
    rules_only = SafetyFilter()
    both = SafetyFilter(meaning=meaning)
    both.check_input("warm up", "en")

    examples = load_examples()
    sets = {"heldout": [e for e in examples if e.split == "heldout"]}
    if (DATA_DIR / "heldout_v2.jsonl").is_file():
        sets["heldout_v2"] = load_examples(DATA_DIR / "heldout_v2.jsonl")
    if quick:
        sets = {k: [e for i, e in enumerate(v) if i % 4 == 0] for k, v in sets.items()}
    results = {name: _measure(heldout, meaning, rules_only, both) for name, heldout in sets.items()}

    # Latency: the whole check_input, and the embedder alone (the engine's share, not this check's),
    # interleaved message by message so both see the same load on a shared machine. The embedder
    # remembers recent messages (a turn embeds one for the check and the search), so each timed
    # call gets a text it has not seen.
    latencies: list[float] = []
    embed_ms = []
    for i, e in enumerate(sets["heldout"][:120]):
        start = time.perf_counter()
        both.check_input(f"{e.text} ({i})", e.language)
        latencies.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        embedder.embed_queries([f"{e.text} [{i}]"])
        embed_ms.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    return {
        "embedder": embedder.model_id,
        "examples": {"train": sum(e.split == "train" for e in examples),
                     **{name: len(v) for name, v in sets.items()}},
        "load_s": {"embedder": round(t1 - t0, 3), "meaning_check": round(t2 - t1, 3)},
        "languages_with_meaning": list(meaning.languages_with_meaning),
        **results,
        "latency_ms": {"p50": round(statistics.median(latencies), 2),
                       "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
                       "max": round(latencies[-1], 2), "target": 30,
                       "embedder_p50": round(statistics.median(embed_ms), 2)},
    }


def _measure(heldout: list[Any], meaning: Any, rules_only: Any, both: Any) -> dict[str, Any]:

    per_lang: dict[str, dict[str, Any]] = {}
    all_rules: list[bool] = []
    all_both: list[bool] = []
    all_risky: list[bool] = []
    category_hits = category_total = 0
    for lang in dict.fromkeys(e.language for e in heldout):
        mine = [e for e in heldout if e.language == lang]
        r_blocked, b_blocked = [], []
        for e in mine:
            r_blocked.append(not rules_only.check_input(e.text, lang).allowed)
            d = both.check_input(e.text, lang)
            b_blocked.append(not d.allowed)
            if e.risky and d.score is not None:        # decided by meaning: was the category right?
                category_total += 1
                category_hits += d.category == e.category
        risky = [e.risky for e in mine]
        policy = meaning.policies.get(lang)
        per_lang[lang] = {
            "rules": _rates(r_blocked, risky), "rules_meaning": _rates(b_blocked, risky),
            "meaning": "on" if policy and policy.threshold is not None else "rules only",
            "meaning_cv_train": {"recall": round(policy.cv_recall, 3), "over_block": round(policy.cv_over_block, 3)}
            if policy else None,
        }
        all_rules += r_blocked
        all_both += b_blocked
        all_risky += risky

    def met(lang: str) -> bool:
        r = per_lang[lang]["rules_meaning"]
        return bool(r["recall"] is not None and r["recall"] >= RECALL_TARGET
                    and r["over_block"] is not None and r["over_block"] <= OVER_BLOCK_TARGET)

    return {
        "all_languages": {"rules": _rates(all_rules, all_risky), "rules_meaning": _rates(all_both, all_risky)},
        "per_language": per_lang,
        "meaning_category_accuracy": round(category_hits / category_total, 3) if category_total else None,
        "targets": {"recall": RECALL_TARGET, "over_block": OVER_BLOCK_TARGET,
                    "met": {lang: met(lang) for lang in LATIN if lang in per_lang}},
    }
