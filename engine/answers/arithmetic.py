"""Arithmetic questions are answered by computing, with the steps written out — never by the model.

"What is 3/4 + 1/8? Explain step by step" → common denominator, convert, add, simplify, computed
with `fractions.Fraction` (exact) and `decimal.Decimal` (decimals as written). A fraction is
`a/b` written without spaces; `a / b`, `÷`, "divided by" mean division. The words of each step
come from the engine's message catalogue (`arith.*`), in the language asked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import gcd

from engine.i18n import message

_NUM = r"\d+(?:[.,]\d+)?(?:/\d+)?"
_WORD_OPS = [
    (r"\bmultiplied by\b|\btimes\b|\bpor\b|\bmultiplicado por\b", "*"),
    (r"\bdivided by\b|\bdividido (?:por|entre)\b|\bentre\b", "÷"),
    (r"\bplus\b|\bmás\b|\bmas\b|\band\b", "+"),
    (r"\bminus\b|\bmenos\b|\btake away\b", "-"),
]
_EXPR = re.compile(rf"(?<![\w/])(?:{_NUM})(?:\s*(?:[-+*×x÷:]|\s/\s)\s*(?:{_NUM}))+(?![\w/])")
_ASKS = re.compile(r"\b(?:what is|what's|how much is|calculate|work out|compute|find|solve|cuánto es|cuanto es|"
                   r"calcula|resuelve|add|subtract|multiply|divide)\b|[=?]|^\s*" + _NUM, re.IGNORECASE)


@dataclass(frozen=True)
class Computed:
    """A worked arithmetic answer."""

    expression: str            # as shown, e.g. "3/4 + 1/8"
    result: str                # e.g. "7/8"
    steps: tuple[str, ...]     # the working, one step per sentence
    language: str = "en"       # the language of the steps' words

    def text(self) -> str:
        """Steps, then the answer."""
        if not self.steps:
            return f"{self.expression} = {self.result}."
        joiner = "" if self.language in ("zh", "ja") else " "     # no spaces between CJK sentences
        return joiner.join([*self.steps, message("arith.so", self.language, expression=self.expression, result=self.result)])


def _normalise(question: str) -> str:
    q = question.replace("×", "*").replace("−", "-").replace("–", "-")
    for pattern, op in _WORD_OPS:
        q = re.sub(rf"(?<=\d)\s+(?:{pattern})\s+(?=\d)", f" {op} ", q, flags=re.IGNORECASE)
    q = re.sub(r"(?<=\d)\s*[xX]\s*(?=\d)", " * ", q)
    return q


def find_arithmetic(question: str) -> str | None:
    """The arithmetic expression a question asks to compute, or None."""
    q = _normalise(question)
    m = _EXPR.search(q)
    if not m or not _ASKS.search(question):
        return None
    expr = m.group(0)
    # A date range or a ratio in prose is not a sum to do ("1914-1918", "3:2").
    if re.fullmatch(r"\d{4}\s*-\s*\d{4}", expr.strip()) or ":" in expr:
        return None
    return " ".join(expr.split())


def _tokens(expr: str) -> list[str]:
    return re.findall(rf"{_NUM}|\s/\s|[-+*÷]", expr.replace(" / ", " ÷ "))


def _value(tok: str) -> Fraction:
    tok = tok.replace(",", ".")
    if "/" in tok:
        a, b = tok.split("/")
        return Fraction(Fraction(a), Fraction(b))
    return Fraction(Decimal(tok))


def _show(x: Fraction, *, decimals: bool) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    if decimals:
        d = Decimal(x.numerator) / Decimal(x.denominator)
        if d == d.quantize(Decimal("1.000000")):
            return format(d.normalize(), "f")
    return f"{x.numerator}/{x.denominator}"


def _lcm(a: int, b: int) -> int:
    return a * b // gcd(a, b)


def _fraction_steps(a: str, op: str, b: str, x: Fraction, y: Fraction, r: Fraction, lang: str) -> list[str]:
    fa = Fraction(*map(int, a.split("/"))) if "/" in a else x
    da = int(a.split("/")[1]) if "/" in a else 1
    db = int(b.split("/")[1]) if "/" in b else 1
    na = int(a.split("/")[0]) if "/" in a else x.numerator
    nb = int(b.split("/")[0]) if "/" in b else y.numerator
    steps: list[str] = []
    if op in "+-":
        word = "add" if op == "+" else "subtract"
        common = _lcm(da, db)
        steps.append(message(f"arith.common.{word}", lang, a=da, b=db, common=common))
        ca, cb = na * common // da, nb * common // db
        conv = []
        for n, d, c in ((na, da, ca), (nb, db, cb)):
            conv.append(message("arith.stays", lang, fraction=f"{n}/{d}") if d == common else
                        message("arith.convert", lang, fraction=f"{n}/{d}", converted=f"{c}/{common}", factor=common // d))
        steps.append(("；" if lang in ("zh", "ja") else "; ").join(conv) + _full_stop(lang))
        total = ca + cb if op == "+" else ca - cb
        steps.append(message(f"arith.numerators.{word}", lang, calc=f"{ca} {op} {cb} = {total}", fraction=f"{total}/{common}"))
        if Fraction(total, common).denominator != common:
            g = gcd(abs(total), common)
            simple = _show(r, decimals=False)
            steps.append(message("arith.simplify_by", lang, factor=g, calc=f"{total}/{common} = {simple}"))
    elif op == "*":
        steps.append(message("arith.multiply_fractions", lang, top=f"{na} × {nb} = {na * nb}",
                             bottom=f"{da} × {db} = {da * db}", fraction=f"{na * nb}/{da * db}"))
        if Fraction(na * nb, da * db).denominator != da * db:
            steps.append(message("arith.simplify", lang, calc=f"{na * nb}/{da * db} = {_show(r, decimals=False)}"))
    else:
        steps.append(message("arith.divide_fractions", lang, divisor=f"{nb}/{db}", reciprocal=f"{db}/{nb}",
                             calc=f"{na}/{da} × {db}/{nb} = {na * db}/{da * nb}"))
        if Fraction(na * db, da * nb).denominator != da * nb:
            steps.append(message("arith.simplify", lang, calc=f"{na * db}/{da * nb} = {_show(r, decimals=False)}"))
    del fa
    return steps


def _full_stop(lang: str) -> str:
    return {"zh": "。", "ja": "。", "hi": "।"}.get(lang, ".")


def _decimal_steps(a: str, op: str, b: str, r: Fraction, lang: str) -> list[str]:
    da, db = Decimal(a.replace(",", ".")), Decimal(b.replace(",", "."))
    places = max(-da.as_tuple().exponent, -db.as_tuple().exponent, 0)  # type: ignore[operator]
    if op in "+-":
        fa, fb = f"{da:.{places}f}", f"{db:.{places}f}"
        word = "add" if op == "+" else "subtract"
        return [message("arith.line_up", lang, a=fa, b=fb),
                message(f"arith.decimal.{word}", lang,
                        calc=f"{fa} {op} {fb} = {(da + db if op == '+' else da - db):.{places}f}")]
    if op == "*":
        pa = max(-da.as_tuple().exponent, 0)  # type: ignore[operator]
        pb = max(-db.as_tuple().exponent, 0)  # type: ignore[operator]
        ia, ib = int(da * 10 ** pa), int(db * 10 ** pb)
        return [message("arith.multiply_no_point", lang, calc=f"{ia} × {ib} = {ia * ib}"),
                message("arith.move_point", lang, places=pa + pb, result=f"{da * db:f}")]
    return [message("arith.divide", lang, calc=f"{da} ÷ {db} = {_show(r, decimals=True)}")]


def compute(question: str, language: str | None = None) -> Computed | None:
    """The worked answer to an arithmetic question, or None when it is not one (or divides by 0).
    The steps are worded in `language` (None: English)."""
    lang = (language or "en").lower().replace("_", "-").split("-")[0]
    expr = find_arithmetic(question)
    if expr is None:
        return None
    toks = _tokens(expr)
    nums, ops = toks[0::2], toks[1::2]
    if len(nums) != len(ops) + 1 or not ops:
        return None
    try:
        values = [_value(t) for t in nums]
        # * and ÷ before + and -
        vals, opl = [values[0]], []
        for op, v in zip(ops, values[1:], strict=True):
            if op in "*÷":
                vals[-1] = vals[-1] * v if op == "*" else vals[-1] / v
            else:
                vals.append(v)
                opl.append(op)
        result = vals[0]
        for op, v in zip(opl, vals[1:], strict=True):
            result = result + v if op == "+" else result - v
    except (ZeroDivisionError, ValueError, ArithmeticError):
        return None
    has_fraction = any("/" in t for t in nums)
    has_decimal = any(re.search(r"[.,]", t) for t in nums)
    shown_ops = {"*": "×", "÷": "÷", "+": "+", "-": "-"}
    shown = " ".join(t if i % 2 == 0 else shown_ops[t] for i, t in enumerate(toks))
    answer = _show(result, decimals=not has_fraction)
    if len(nums) == 2 and has_fraction:
        steps = _fraction_steps(nums[0], ops[0], nums[1], values[0], values[1], result, lang)
    elif len(nums) == 2 and has_decimal:
        steps = _decimal_steps(nums[0], ops[0], nums[1], result, lang)
    elif len(nums) == 2:
        steps = []
    else:
        steps = [message("arith.order", lang)]
    return Computed(shown, answer, tuple(steps), lang)
