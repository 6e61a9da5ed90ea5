"""Nothing unchecked reaches a child: model text is released one checked sentence at a time.

`gate_sentences` reads a stream of text pieces (local tokens or cloud chunks), cuts it into
sentences as they complete, and checks each one, together with the sentence before it (so a
harmful phrase split across a sentence boundary is still seen), with the school's output filter.
Only then is the sentence yielded. The first sentence that fails ends the stream: the safe reply
is yielded instead, and nothing after it is read (the model stops generating).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from engine.speech.sentences import SentenceBuffer
from engine.turn.items import SafetyReply, Text

# (text, language) -> SafetyDecision-like: .allowed, .category, .response
OutputCheck = Callable[[str], object]


def gate_sentences(pieces: Iterable[str], check: OutputCheck, *,
                   transform: Callable[[str], str] | None = None) -> Iterator[Text | SafetyReply]:
    """Yield `Text` per checked sentence, or one `SafetyReply` for the first sentence that fails.

    `transform` rewrites each sentence before it is checked (e.g. restoring redacted names in a
    cloud reply, so the check sees what the learner would see)."""
    buffer = SentenceBuffer()
    previous = ""

    def release(sentence: str) -> Text | SafetyReply:
        nonlocal previous
        shown = transform(sentence) if transform else sentence
        decision = check(f"{previous} {shown}".strip())
        if not getattr(decision, "allowed", False):
            return SafetyReply(getattr(decision, "response", None) or "", str(getattr(decision, "category", "")),
                               alert=False, direction="output")
        previous = shown
        return Text(shown)

    pieces_iter = iter(pieces)
    try:
        for piece in pieces_iter:
            for span in buffer.feed(piece):
                item = release(span.text)
                yield _spaced(item, buffer.text, span.end)
                if isinstance(item, SafetyReply):
                    return
        for span in buffer.flush():
            item = release(span.text)
            yield _spaced(item, buffer.text, span.end)
            if isinstance(item, SafetyReply):
                return
    finally:
        close = getattr(pieces_iter, "close", None)
        if close is not None:
            close()   # stop the model: nothing more of it will be shown


def _spaced(item: Text | SafetyReply, whole: str, end: int) -> Text | SafetyReply:
    """Keep the paragraph breaks the model wrote; otherwise sentences are joined by a space."""
    if isinstance(item, SafetyReply):
        return item
    gap = whole[end:end + 2]
    return Text(item.text + ("\n\n" if gap.startswith("\n") else " "))
