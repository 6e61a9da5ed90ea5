"""Turn the saved Gemma Terms web page into the clean terms text (run once when the terms change).

    python packaging/gemma_terms_text.py assets/licenses/GEMMA_TERMS.html > assets/licenses/GEMMA_TERMS.txt

Keeps only the article body (the terms themselves): no site navigation, scripts or styles.
"""
from __future__ import annotations

import re
import sys
import textwrap
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "div", "section", "br", "tr"}
SKIP = {"script", "style", "devsite-actions", "devsite-toc", "button", "devsite-feedback"}


class _Article(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0            # > 0 inside the article body
        self.skip = 0
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.prefix = ""

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(self.prefix + text)
        self.current, self.prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class") or ""
        if self.depth == 0 and tag == "div" and "devsite-article-body" in cls:
            self.depth = 1
            return
        if self.depth == 0:
            return
        if tag == "div":
            self.depth += 1
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCKS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4"):
                self.prefix = "\n"
            elif tag == "li":
                self.prefix = "  - "

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self._flush()
        if tag == "div":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.current.append(data)


def terms_text(page: str) -> str:
    parser = _Article()
    parser.feed(page)
    parser._flush()
    out = ["Gemma Terms of Use", "(from https://ai.google.dev/gemma/terms)", ""]
    for block in parser.blocks:
        lead = "  - " if block.startswith("  - ") else ""
        body = block[len(lead):]
        if body.startswith("\n"):
            out += ["", body.strip().upper() if len(body) < 60 else body.strip(), ""]
            continue
        out += textwrap.wrap(body, width=100, initial_indent=lead, subsequent_indent=" " * len(lead)) + [""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        sys.stdout.write(terms_text(f.read()))
