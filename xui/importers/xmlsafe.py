"""A small, defensive XML reader for Android resources.

Built on the standard library's expat with every element and attribute located
(`line`, `col`). It refuses what Android resource files never need and what
hostile files use: DOCTYPE declarations (so no internal or external entities,
no billion-laughs expansion, no external DTD fetches), over-large files and
over-deep nesting. Failures raise :class:`XmlError` with a location, never an
expat traceback. (defusedxml is not needed: rejecting the DOCTYPE at its start
handler happens before expat reads any entity declaration.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

MAX_BYTES = 2 * 1024 * 1024      # real layouts are a few KiB; values files rarely exceed 1 MiB
MAX_DEPTH = 64                   # Android itself warns at 10 levels; 64 is generous
MAX_ELEMENTS = 50_000

NS_CANON = {
    "http://schemas.android.com/apk/res/android": "android",
    "http://schemas.android.com/tools": "tools",
    "http://schemas.android.com/apk/res-auto": "app",
}


class XmlError(Exception):
    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


@dataclass
class Attr:
    name: str          # canonical "android:text", "app:layout_constraintTop_toTopOf", "tools:text", "style"
    raw_name: str      # as written
    value: str
    line: int
    col: int


@dataclass
class Node:
    tag: str
    line: int
    col: int
    attrs: dict[str, Attr] = field(default_factory=dict)
    children: list["Node"] = field(default_factory=list)
    text: str = ""               # all character data directly inside, in order (tails included)
    parts: list = field(default_factory=list)   # str | Node, in document order (for <string> markup)

    def get(self, name: str) -> str | None:
        a = self.attrs.get(name)
        return a.value if a is not None else None

    def itertext(self) -> str:
        out = []
        for p in self.parts:
            out.append(p if isinstance(p, str) else p.itertext())
        return "".join(out)


def _canon_prefix(uri: str | None, prefix: str) -> str:
    if uri is None:
        return prefix
    if uri in NS_CANON:
        return NS_CANON[uri]
    if uri.startswith("http://schemas.android.com/apk/res/"):
        return "app"            # old-style custom attribute namespace (res/<package>)
    return prefix


_ATTR_RE_CACHE: dict[str, re.Pattern] = {}


def parse_xml(data: bytes) -> Node:
    """Parse `data` into a located Node tree. Raises XmlError."""
    if len(data) > MAX_BYTES:
        raise XmlError(f"file is too large ({len(data)} bytes; the limit is {MAX_BYTES})")
    if not data.strip():
        raise XmlError("file is empty")
    p = expat.ParserCreate()
    try:
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    except AttributeError:  # pragma: no cover
        pass
    root: list[Node] = []
    stack: list[Node] = []
    ns_stack: list[dict[str, str]] = [{}]
    count = [0]
    # line start byte offsets, to turn byte offsets into (line, col)
    line_starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]

    def pos(offset: int) -> tuple[int, int]:
        import bisect
        i = bisect.bisect_right(line_starts, offset) - 1
        return i + 1, offset - line_starts[i] + 1

    def refuse_doctype(*_a) -> None:
        raise XmlError("DOCTYPE declarations are not allowed in Android resources (entities refused)",
                       p.CurrentLineNumber, p.CurrentColumnNumber + 1)

    def refuse_entity(*_a) -> None:
        raise XmlError("entity declarations are not allowed", p.CurrentLineNumber, p.CurrentColumnNumber + 1)

    def start(tag: str, attrs: dict[str, str]) -> None:
        count[0] += 1
        if count[0] > MAX_ELEMENTS:
            raise XmlError(f"more than {MAX_ELEMENTS} elements", p.CurrentLineNumber, p.CurrentColumnNumber + 1)
        if len(stack) >= MAX_DEPTH:
            raise XmlError(f"elements nested deeper than {MAX_DEPTH} levels", p.CurrentLineNumber,
                           p.CurrentColumnNumber + 1)
        line, col = p.CurrentLineNumber, p.CurrentColumnNumber + 1
        offset = p.CurrentByteIndex
        ns = dict(ns_stack[-1])
        for k, v in attrs.items():
            if k.startswith("xmlns:"):
                ns[k[6:]] = v
        ns_stack.append(ns)
        node = Node(tag, line, col)
        # locate each attribute inside the start tag
        end = _tag_end(data, offset)
        chunk = data[offset:end]
        for k, v in attrs.items():
            if k == "xmlns" or k.startswith("xmlns:"):
                continue
            m = re.search(rb"[\s]" + re.escape(k.encode()) + rb"\s*=", chunk)
            aline, acol = pos(offset + m.start() + 1) if m else (line, col)
            if ":" in k:
                prefix, local = k.split(":", 1)
                canon = f"{_canon_prefix(ns.get(prefix), prefix)}:{local}"
            else:
                canon = k
            node.attrs[canon] = Attr(canon, k, v, aline, acol)
        if stack:
            stack[-1].children.append(node)
            stack[-1].parts.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()
        ns_stack.pop()

    def chars(text: str) -> None:
        if stack:
            stack[-1].text += text
            parts = stack[-1].parts
            if parts and isinstance(parts[-1], str):
                parts[-1] += text
            else:
                parts.append(text)

    p.StartDoctypeDeclHandler = refuse_doctype
    p.EntityDeclHandler = refuse_entity
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    p.buffer_text = True
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        raise XmlError(f"malformed XML: {expat.ErrorString(e.code)}", e.lineno, e.offset + 1) from None
    except LookupError as e:        # `<?xml ... encoding="none"?>`: an encoding Python does not know
        raise XmlError(f"unknown encoding in the XML declaration: {e}", 1, 1) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH prevents it
        raise XmlError("nesting too deep") from None
    if not root:
        raise XmlError("no root element")
    return root[0]


def _tag_end(data: bytes, start: int) -> int:
    """Offset just past the `>` that closes the start tag at `start` (quotes respected)."""
    q = 0
    i = start
    n = len(data)
    while i < n:
        c = data[i]
        if q:
            if c == q:
                q = 0
        elif c in (0x22, 0x27):
            q = c
        elif c == 0x3E:
            return i + 1
        i += 1
    return n
