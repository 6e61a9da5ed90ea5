"""Nothing unchecked reaches a child: model text is released one checked sentence at a time.

`gate_sentences` reads a stream of text pieces (local tokens or cloud chunks), cuts it into
sentences as they complete, and checks each one, together with the sentence before it (so a
harmful phrase split across a sentence boundary is still seen), with the school's output filter.
Only then is the sentence yielded. The first sentence that fails ends the stream: the safe reply
is yielded instead, and nothing after it is read (the model stops generating).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from engine.speech.sentences import stream_sentences
from engine.turn.items import SafetyReply, Text

# (text, language) -> SafetyDecision-like: .allowed, .category, .response
OutputCheck = Callable[[str], object]


def gate_sentences(pieces: Iterable[str], check: OutputCheck, *,
                   transform: Callable[[str], str] | None = None) -> Iterator[Text | SafetyReply]:
    """Yield `Text` per checked sentence, or one `SafetyReply` for the first sentence that fails.

    `transform` rewrites each sentence before it is checked (e.g. restoring redacted names in a
    cloud reply, so the check sees what the learner would see)."""
    previous = ""
    pieces_iter = iter(pieces)
    try:
        for sentence, separator in stream_sentences(pieces_iter):
            shown = transform(sentence) if transform else sentence
            decision = check(f"{previous} {shown}".strip())
            if not getattr(decision, "allowed", False):
                yield SafetyReply(getattr(decision, "response", None) or "", str(getattr(decision, "category", "")),
                                  alert=False, direction="output")
                return
            previous = shown
            yield Text(shown + separator)
    finally:
        close = getattr(pieces_iter, "close", None)
        if close is not None:
            close()   # stop the model: nothing more of it will be shown
