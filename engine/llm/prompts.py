"""Prompt strategy per model kind.

A *base* (pretrained) model has no chat template and echoes chat turns, so it gets a
completion-style document with clear delimiters that it continues, and stop sequences that end
the answer. An *instruct* model gets its own GGUF chat template. Stable text (instructions,
material) always comes first and the question last, so llama.cpp reuses the cached prefix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from engine.llm.backend import ModelInfo

# Delimits material so a base model sees where the excerpts end; text inside is data, not orders.
# (Measured on the bundled 270M: triple quotes keep it on task; <<< >>> made it echo the fence.)
FENCE = '"""'


@dataclass(frozen=True)
class Example:
    """A worked demonstration (material, question, answer): base models copy its shape."""

    context: str | None
    question: str
    answer: str


@dataclass(frozen=True)
class PromptParts:
    instructions: str
    question: str
    context: str | None = None                        # material the answer must come from
    examples: tuple[Example, ...] = ()                # demonstrations placed before the real question
    history: tuple[tuple[str, str], ...] = ()         # earlier (question, answer) turns, oldest first
    question_label: str = "Question"
    answer_label: str = "Answer"
    answer_prefix: str = ""                            # text the answer must start with (base models)


@dataclass(frozen=True)
class RenderedPrompt:
    text: str
    stop: tuple[str, ...] = field(default=())
    single_line: bool = False   # the answer ends at the first line break after some text


class PromptFormat(Protocol):
    def render(self, parts: PromptParts) -> RenderedPrompt: ...


def _neutralise(text: str) -> str:
    """Keep material from closing our delimiter or opening a fake turn."""
    return text.replace(FENCE, "''").replace("<start_of_turn>", "").replace("<end_of_turn>", "")


class CompletionFormat:
    """For base models: a plain document the model continues; one answer line, then stop."""

    def render(self, parts: PromptParts) -> RenderedPrompt:
        q, a = parts.question_label, parts.answer_label
        lines = [parts.instructions.strip(), ""]
        for ex in parts.examples:
            if ex.context:
                lines += ["Text:", FENCE, ex.context.strip(), FENCE, ""]
            lines += [f"{q}: {_one_line(ex.question)}", f"{a}: {_one_line(ex.answer)}", ""]
        if parts.context:
            lines += ["Text:", FENCE, _neutralise(parts.context.strip()), FENCE, ""]
        for prev_q, prev_a in parts.history:
            lines += [f"{q}: {_one_line(prev_q)}", f"{a}: {_one_line(prev_a)}", ""]
        lines += [f"{q}: {_one_line(parts.question)}", f"{a}:" + (f" {parts.answer_prefix}" if parts.answer_prefix else "")]
        # No "\n" stop: the model sometimes starts with a line break; callers cut at the first
        # line break *after* some text instead (single_line).
        return RenderedPrompt("\n".join(lines), stop=(f"{q}:", "Text:", FENCE), single_line=True)


class ChatTemplateFormat:
    """For instruct models: the GGUF's own chat template (Jinja), rendered by llama-cpp-python."""

    def __init__(self, info: ModelInfo) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        assert info.chat_template
        self._formatter = Jinja2ChatFormatter(template=info.chat_template, eos_token=info.eos_token,
                                              bos_token=info.bos_token)
        self._eos = info.eos_token

    def render(self, parts: PromptParts) -> RenderedPrompt:
        first = parts.instructions.strip()
        if parts.context:
            first += f"\n\nText:\n{FENCE}\n{_neutralise(parts.context.strip())}\n{FENCE}"
        messages: list[dict[str, str]] = []
        for ex in parts.examples:
            shown = f"Text:\n{FENCE}\n{ex.context.strip()}\n{FENCE}\n\n{ex.question}" if ex.context else ex.question
            messages += [{"role": "user", "content": shown}, {"role": "assistant", "content": ex.answer}]
        turns = [*parts.history, (parts.question, None)]
        for i, (q, a) in enumerate(turns):
            content = f"{first}\n\n{q}" if i == 0 and not parts.examples else q
            if i == 0 and parts.examples:
                messages[0]["content"] = f"{parts.instructions.strip()}\n\n{messages[0]['content']}"
                if parts.context:
                    content = f"Text:\n{FENCE}\n{_neutralise(parts.context.strip())}\n{FENCE}\n\n{q}"
            messages.append({"role": "user", "content": content})
            if a is not None:
                messages.append({"role": "assistant", "content": a})
        result = self._formatter(messages=messages)  # type: ignore[arg-type]  # plain role/content dicts
        stop = result.stop if isinstance(result.stop, list) else ([result.stop] if result.stop else [])
        stops = tuple(dict.fromkeys([*stop, self._eos, "<end_of_turn>"]))
        return RenderedPrompt(result.prompt + parts.answer_prefix, stop=tuple(s for s in stops if s))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def prompt_format_for(info: ModelInfo) -> PromptFormat:
    """Detect the model kind from its GGUF metadata and pick the strategy."""
    return ChatTemplateFormat(info) if info.is_instruct else CompletionFormat()
