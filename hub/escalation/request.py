"""Checking an OpenAI-style chat request before anything reaches a provider.

Every parameter we forward is validated here (type, finiteness, range), so a device can never make
an upstream fail on our behalf: a bad `stop` or `temperature` is the device's 400, not a provider
fault that would open the breaker for every school. Parameters we cannot honour (`n` > 1,
`logprobs`, tools ...) are refused by name instead of silently ignored.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from engine.wire import HubCode, LanternError, check_text

ALLOWED_ROLES = {"system", "user", "assistant"}
MAX_STOP_SEQUENCES = 4
MAX_STOP_CHARS = 64
# Accepted and not forwarded: they do not change the answer (or we set them ourselves). Each is still
# type-checked below, as OpenAI does: `presence_penalty: "x"` is a 400, never silently dropped.
_IGNORED = {"model", "stream", "user", "stream_options", "frequency_penalty", "presence_penalty",
            "max_completion_tokens", "metadata", "store", "service_tier"}
_FORWARDED = {"messages", "max_tokens", "temperature", "top_p", "stop", "seed"}
_REFUSED = {"n": "only one answer (n=1) is supported", "logprobs": "log probabilities are not supported",
            "top_logprobs": "log probabilities are not supported", "tools": "tools are not supported",
            "tool_choice": "tools are not supported", "functions": "functions are not supported",
            "function_call": "functions are not supported", "logit_bias": "logit_bias is not supported",
            "response_format": "response_format is not supported", "audio": "audio is not supported",
            "modalities": "only text is supported", "prediction": "predicted outputs are not supported",
            "parallel_tool_calls": "tools are not supported"}


class BadRequest(LanternError):
    """A device's chat request the hub will not forward; `param` names the parameter at fault."""

    def __init__(self, message: str, *, param: str | None = None, code: HubCode = HubCode.INVALID_REQUEST) -> None:
        super().__init__(message)
        self.param, self.code = param, code


@dataclass(frozen=True)
class ChatRequest:
    payload: dict[str, Any]          # what goes upstream (plus model and stream)
    include_usage: bool = False      # stream_options.include_usage: send a usage chunk before [DONE]


def _number(body: dict[str, Any], name: str, lo: float, hi: float) -> float | None:
    v = body.get(name)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or not lo <= v <= hi:
        raise BadRequest(f"'{name}' must be a number from {lo:g} to {hi:g}.", param=name)
    return float(v)


def _whole(body: dict[str, Any], name: str, lo: int, hi: int) -> int | None:
    v = body.get(name)
    if v is None:
        return None
    if isinstance(v, float) and math.isfinite(v) and v.is_integer():
        v = int(v)
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise BadRequest(f"'{name}' must be a whole number from {lo} to {hi}.", param=name)
    return v


def _text(value: Any, what: str, param: str) -> str:
    if not isinstance(value, str):
        raise BadRequest(f"{what} must be text.", param=param)
    try:
        return check_text(value)
    except ValueError as exc:
        raise BadRequest(f"{what}: {exc}.", param=param) from None


def _content(value: Any, i: int) -> str:
    """Text content, or OpenAI's content-parts array of {"type": "text", "text": ...} (joined)."""
    where = f"messages[{i}].content"
    if isinstance(value, str):
        return _text(value, where, where)
    if isinstance(value, list) and value:
        parts = []
        for j, part in enumerate(value[:100]):
            if not isinstance(part, dict) or part.get("type") != "text":
                raise BadRequest(f"{where}[{j}]: only text parts are supported.", param=where)
            parts.append(_text(part.get("text"), f"{where}[{j}].text", where))
        if len(value) > 100:
            raise BadRequest(f"{where}: at most 100 parts.", param=where)
        return "\n".join(parts)
    raise BadRequest(f"{where} must be text or a list of text parts.", param=where)


def parse_chat_request(body: Any, *, max_tokens_cap: int, max_chars: int) -> ChatRequest:
    """Validate a device's request; raises BadRequest (→ 400/413) naming the parameter."""
    if not isinstance(body, dict):
        raise BadRequest("The request body must be a JSON object.")
    for name, why in _REFUSED.items():
        v = body.get(name)
        if v is None or v is False or (name == "n" and v == 1 and not isinstance(v, bool)):
            continue
        raise BadRequest(f"'{name}' is not supported here: {why}.", param=name, code=HubCode.UNSUPPORTED_PARAMETER)
    unknown = sorted(k for k in body if k not in _FORWARDED | _IGNORED | _REFUSED.keys())
    if unknown:
        raise BadRequest(f"Unknown parameter '{str(unknown[0])[:40]}'.", param=str(unknown[0])[:40],
                         code=HubCode.UNKNOWN_PARAMETER)
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs or len(msgs) > 200:
        raise BadRequest("'messages' must be a list of 1 to 200 messages.", param="messages")
    out_msgs, total = [], 0
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or m.get("role") not in ALLOWED_ROLES:
            raise BadRequest("Each message needs a role (system, user or assistant) and text content.",
                             param=f"messages[{i}]")
        content = _content(m.get("content"), i)
        total += len(content)
        out_msgs.append({"role": m["role"], "content": content})
    if total > max_chars:
        raise BadRequest(f"The conversation is too long ({total} characters; at most {max_chars}).",
                         param="messages", code=HubCode.TOO_LONG)
    payload: dict[str, Any] = {"messages": out_msgs}
    temperature = _number(body, "temperature", 0.0, 2.0)
    if temperature is not None:
        payload["temperature"] = temperature
    top_p = _number(body, "top_p", 0.0, 1.0)
    if top_p is not None:
        payload["top_p"] = top_p
    seed = _whole(body, "seed", -(2 ** 63), 2 ** 63 - 1)
    if seed is not None:
        payload["seed"] = seed
    max_tokens = _whole(body, "max_tokens", 1, 1_000_000)
    # Newer OpenAI clients send max_completion_tokens instead (max_tokens is deprecated there): honour it.
    completion_tokens = _whole(body, "max_completion_tokens", 1, 1_000_000)
    asked = min((n for n in (max_tokens, completion_tokens) if n is not None), default=max_tokens_cap)
    payload["max_tokens"] = min(asked, max_tokens_cap)
    for name in ("presence_penalty", "frequency_penalty"):
        _number(body, name, -2.0, 2.0)
    if body.get("user") is not None:
        _text(body["user"], "'user'", "user")
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        raise BadRequest("'metadata' must be an object.", param="metadata")
    for name in ("store", "service_tier"):
        if body.get(name) is not None and not isinstance(body[name], bool if name == "store" else str):
            raise BadRequest(f"'{name}' must be {'true or false' if name == 'store' else 'text'}.", param=name)
    stop = body.get("stop")
    if stop is not None:
        stops = [stop] if isinstance(stop, str) else stop
        if not isinstance(stops, list) or not 1 <= len(stops) <= MAX_STOP_SEQUENCES or not all(
                isinstance(s, str) and 0 < len(s) <= MAX_STOP_CHARS for s in stops):
            raise BadRequest(f"'stop' must be text or a list of 1 to {MAX_STOP_SEQUENCES} texts of at most "
                             f"{MAX_STOP_CHARS} characters.", param="stop")
        payload["stop"] = [_text(s, "'stop'", "stop") for s in stops]
    options = body.get("stream_options")
    if options is not None and not (isinstance(options, dict) and set(options) <= {"include_usage"}
                                    and isinstance(options.get("include_usage", False), bool)):
        raise BadRequest("'stream_options' may only hold include_usage: true or false.", param="stream_options")
    if "stream" in body and not isinstance(body["stream"], bool):
        raise BadRequest("'stream' must be true or false.", param="stream")
    if options is not None and body.get("stream") is not True:
        raise BadRequest("'stream_options' is only allowed when 'stream' is true.", param="stream_options")
    if "model" in body and not isinstance(body["model"], str):
        raise BadRequest("'model' must be text.", param="model")
    return ChatRequest(payload=payload, include_usage=bool((options or {}).get("include_usage")))
