"""The structure of an HTML page as text, for snapshots and for markup-injection checks.

One line per element (indented by depth: tag, id, classes and data- attributes) and per text run
(collapsed, cut at 70 characters); the inlined stylesheet and script are one line each,
so a snapshot moves when the page's structure or words change, not with every colour in the CSS.
"""
from __future__ import annotations

from html.parser import HTMLParser

VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "area", "col", "embed", "param", "track"}
SVG_EMPTY = {"rect", "path", "line", "circle"}  # written as <x/> in the page


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.stack: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []  # every start tag, for safety checks
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs)
        if tag not in VOID and tag not in SVG_EMPTY:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        shown = [f"#{v}" if k == "id" else "." + ".".join((v or "").split()) if k == "class" else f"[{k}={v}]"
                 for k, v in attrs if k in ("id", "class") or k.startswith("data-") or k in ("href", "hidden")]
        self.lines.append("  " * len(self.stack) + tag + (" " + " ".join(shown) if shown else ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in ("style", "script"):
            if self.stack[-1] == "script":
                self.scripts.append(data)
            self.lines.append("  " * len(self.stack) + f"(inlined {self.stack[-1]})")
            return
        text = " ".join(data.split())
        if text:
            cut = text if len(text) <= 70 else text[:69] + "…"
            self.lines.append("  " * len(self.stack) + repr(cut))


def parse(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    parser.close()
    return parser


def outline(page: str) -> str:
    return "\n".join(parse(page).lines) + "\n"
