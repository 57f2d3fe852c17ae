"""Diagnostics: one type for every message xui reports, a registry of stable
codes, and the text / JSON renderers.

Passes never raise on user errors: they append `Diagnostic` values to a
`DiagnosticSink`, and the CLI decides the exit status from what was collected.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

from xui.span import Span

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Code:
    code: str
    title: str
    explanation: str


# One registry of every code xui can emit. `xui explain CODE` and docs/errors.md
# are generated from it; tests assert every emitted code is registered here.
CODES: dict[str, Code] = {}


def _code(code: str, title: str, explanation: str) -> str:
    assert code not in CODES, code
    CODES[code] = Code(code, title, " ".join(explanation.split()))
    return code


# --- input / syntax (E00xx) --------------------------------------------------
E_IO = _code("E0001", "cannot read source file",
             "The file does not exist, is a directory, or cannot be read.")
E_ENCODING = _code("E0002", "source is not valid UTF-8",
                   "xui sources must be UTF-8 encoded text. The diagnostic points at the first byte "
                   "that is not valid UTF-8.")
E_NUL = _code("E0003", "NUL byte in source",
              "Source files must not contain NUL (0x00) bytes; the file is probably binary.")
E_TOO_LARGE = _code("E0004", "source file too large",
                    "Files larger than the limit (4 MiB) are rejected; split the screen into components.")
E_UNEXPECTED_CHAR = _code("E0010", "unexpected character",
                          "The character cannot start any token of the language.")
E_UNEXPECTED_TOKEN = _code("E0011", "unexpected token",
                           "The parser found a token that cannot appear here. The message lists what "
                           "could have appeared instead.")
E_UNEXPECTED_EOF = _code("E0012", "unexpected end of file",
                         "The file ended in the middle of a construct, usually a missing '}' or ')'.")
E_UNTERMINATED_STRING = _code("E0013", "unterminated string literal",
                              "A string literal was not closed with '\"' on the same line. Use \\n for line "
                              "breaks, or a triple-quoted string.")
E_BAD_ESCAPE = _code("E0014", "invalid escape sequence",
                     "Valid escapes are \\\\ \\\" \\n \\t \\r \\{ \\} \\0 and \\u{XXXX}.")
E_BAD_INTERP = _code("E0015", "invalid string interpolation",
                     "Each {…} in a string must hold one expression. Write \\{ for a literal brace.")
E_TOO_DEEP = _code("E0016", "nesting too deep",
                   "Expressions or blocks are nested deeper than the limit (200 levels). Split the view "
                   "into components or use `let` for sub-expressions.")
E_SAME_LINE = _code("E0017", "two items on one line",
                    "Each element, declaration and statement starts on its own line.")
E_BAD_NUMBER = _code("E0018", "invalid number literal",
                     "The number is out of range or malformed.")

# --- names & declarations (E01xx) -------------------------------------------
E_IMPORT_MISSING = _code("E0101", "imported file not found",
                         "The path in an `import` is resolved relative to the importing file.")
E_IMPORT_CYCLE = _code("E0102", "import cycle",
                       "Files import each other in a cycle. Move the shared declarations to a third file.")
E_DUPLICATE = _code("E0103", "duplicate declaration",
                    "Two declarations in the same scope have the same name.")
E_UNKNOWN_NAME = _code("E0104", "unknown name",
                       "The name is not a state, let, parameter, list item, model, enum or component in "
                       "scope.")
E_UNKNOWN_TYPE = _code("E0105", "unknown type",
                       "Types are String, Int, Float, Bool, Color, Font, lists [T], optionals T?, function "
                       "types (A) -> Void, Binding<T>, and declared models and enums.")
E_UNKNOWN_ELEMENT = _code("E0106", "unknown element or component",
                          "The element is neither a built-in element from the catalog nor a component "
                          "declared or imported in this file.")
E_UNKNOWN_THEME = _code("E0107", "unknown theme token",
                        "`theme.X` must name a token declared in a `theme { }` block in scope.")
E_UNKNOWN_STRING = _code("E0108", "unknown string key",
                         "`strings.X` must name a key of the default `strings { }` table in scope.")
E_RESERVED = _code("E0109", "reserved name",
                   "The name is reserved by xui itself (e.g. `it`, `theme`, `strings`).")
E_IMPORT_INVALID = _code("E0110", "invalid import",
                         "Imports name a relative `.xui` file.")
E_STRINGS_LOCALE = _code("E0111", "string key missing from the default table",
                         "Every key of a locale table (`strings zh-Hans { }`) must also be in the default "
                         "`strings { }` table, which is the fallback on every platform.")
E_THEME_KIND = _code("E0112", "unknown theme token kind",
                     "Theme tokens are declared as `color`, `space`, `radius`, `size` or `font`.")
E_THEME_VARIANT = _code("E0114", "invalid dark theme entry",
                        "`theme dark { }` gives Dark Mode values to colors of the default `theme { }`: it "
                        "holds only `color` tokens the default theme declares; the others keep one value.")
E_NAME_CASE = _code("E0113", "badly cased name",
                    "Models, enums, components and screens start with an upper-case letter; state, "
                    "lets, params, fields, cases and keys with a lower-case letter. Every target's "
                    "conventions rely on it.")

# --- types & expressions (E02xx) --------------------------------------------
E_TYPE_MISMATCH = _code("E0201", "type mismatch",
                        "The expression's type is not the type expected here.")
E_BAD_OPERANDS = _code("E0202", "invalid operand types",
                       "The operator cannot be applied to operands of these types.")
E_UNKNOWN_MEMBER = _code("E0203", "unknown member",
                         "The type has no field or built-in member of that name.")
E_ARG_UNKNOWN = _code("E0204", "unknown argument label",
                      "The element, modifier, model or component has no parameter with that label.")
E_ARG_MISSING = _code("E0205", "missing argument",
                      "A required argument was not given.")
E_ARG_DUPLICATE = _code("E0206", "duplicate argument",
                        "The same argument was given twice.")
E_ARG_POSITIONAL = _code("E0207", "argument needs a label",
                         "Only the first argument of some elements and members may be unlabelled; the "
                         "others must be written `label: value`.")
E_NOT_CALLABLE = _code("E0208", "not callable",
                       "Only callback parameters, models (construction), built-in members and "
                       "navigate/back can be called.")
E_ARITY = _code("E0209", "wrong number of arguments",
                "A callback was called with a different number of arguments than its type declares.")
E_IMPLICIT_MEMBER = _code("E0210", "cannot infer enum case",
                          "`.name` needs an expected enum type from context, e.g. an element argument.")
E_NIL = _code("E0211", "nil where a value is required",
              "`nil` is only allowed where an optional type `T?` is expected.")
E_OPTIONAL_MEMBER = _code("E0212", "member access on an optional",
                          "Read a model field through an optional with `?.` (`selected?.name`, itself "
                          "optional), or unwrap the optional first with `?? default`. `?.` on a value "
                          "that cannot be nil is an error too: write `.`.")
E_EMPTY_LIST = _code("E0213", "cannot infer list type",
                     "An empty list `[]` needs a declared type, e.g. `state items: [Todo] = []`.")
E_BAD_KEY = _code("E0214", "invalid list key",
                  "`key:` names a field of the list's item model (`key: .id`), or `.self` for lists of "
                  "String or Int. The field must be an Int, String or enum.")
E_COLOR = _code("E0215", "invalid color literal",
                "Colors are written #RRGGBB or #AARRGGBB.")
E_INDEX = _code("E0216", "invalid index",
                "Only lists can be indexed, with an Int.")
E_BINDING = _code("E0217", "invalid binding",
                  "`$name` makes a two-way binding; it must name a `state` or a `Binding<T>` parameter, "
                  "and is only accepted where a binding is expected (e.g. `TextField(text: $draft)`).")
E_IT = _code("E0218", "`it` outside a predicate",
             "`it` names the current item only inside `where:` and `map` arguments of list members.")
E_DEFAULT_NOT_CONST = _code("E0219", "default must be a constant",
                            "Defaults of parameters and model fields may not refer to state or parameters.")
E_NOT_LITERAL = _code("E0220", "argument must be written out",
                      "Some arguments choose what the targets generate (`.buttonStyle(.filled)` is a different "
                      "type or function on each platform), so they are written as a case (`.filled`), not "
                      "computed from state or parameters. To switch at run time, write both buttons and show "
                      "one with `.visible(...)` or an `if`.")

E_RANGE = _code("E0221", "value out of range",
                "A count is at least 1: a TextField's `lines:`, a Grid's `columns:`.")

# --- views, state & actions (E03xx) -----------------------------------------
E_NOT_ASSIGNABLE = _code("E0301", "cannot assign",
                         "Only `state`, fields and elements of state, and `Binding<T>` parameters can be "
                         "assigned, and only inside an action block.")
E_STATE_PLACEMENT = _code("E0302", "state outside the top of a component",
                          "`state` is declared directly in a component or screen body, before its "
                          "elements.")
E_CHILDREN = _code("E0303", "children not allowed",
                   "The element does not take a child block, or takes a different kind of block.")
E_LIST_KEY = _code("E0304", "list without key",
                   "`List`, `ForEach` and `Grid` need `key:` so every target gets stable identity.")
E_NOT_ACTION = _code("E0305", "statement has no effect",
                     "A statement must assign, call a callback, change a list (append/insert/remove), "
                     "navigate or go back.")
E_BLOCK_PARAMS = _code("E0306", "wrong block parameters",
                       "The number of `a, b ->` names does not fit the block: a list block takes item "
                       "and optional index; an action block takes as many as its callback type.")
E_NAVIGATE = _code("E0307", "invalid navigation",
                   "`navigate(Screen(...))` takes one screen construction; `back()` takes none.")
E_NATIVE = _code("E0308", "invalid native block",
                 "`native { }` entries are `arkts:`, `compose:`, `swiftui:` or `react:` followed by a "
                 "string of target code.")
E_RECURSIVE = _code("E0309", "recursive component",
                    "A component uses itself (directly or through others); no target can build that.")
E_MODIFIER = _code("E0310", "unknown modifier",
                   "The modifier is not in the catalog (see `xui targets`), or does not apply to this "
                   "element: text modifiers (`.font`, `.italic` ...) need a Text, Button, TextField or "
                   "SecureField, `.selectable` a Text, `.tint` an Image, a control or a Button, `.placeholderColor` a "
                   "TextField or SecureField, `.buttonStyle` a Button; ForEach takes none.")
E_EMPTY_ROOT = _code("E0311", "component without a root element",
                     "A component or screen body must produce exactly one root element.")
E_SCREEN_ROOT = _code("E0312", "several root elements",
                      "A component or screen body has exactly one root element; wrap several in a "
                      "Column, Row or Stack.")
E_ACTION_CONTEXT = _code("E0313", "action outside an action block",
                         "Action blocks are only accepted where a callback `() -> Void` is expected.")
E_SCREEN_USE = _code("E0314", "screen used as an element",
                     "Screens are entry points; navigate to them with `navigate(Screen(...))`, or "
                     "declare a `component` to embed.")

# --- target / build (E04xx) -------------------------------------------------
E_UNSUPPORTED = _code("E0401", "construct not supported by target",
                      "The target cannot express this construct; the message names the target and "
                      "what to do instead.")
E_OUTPUT_CONFLICT = _code("E0402", "output file not generated by xui",
                          "xui never overwrites a file that does not carry its generated header. Move "
                          "the file away or choose another --out directory.")
E_NAME_CLASH = _code("E0403", "generated name clash",
                     "Two declarations map to the same generated name in a target.")
E_CONFIG = _code("E0404", "invalid xui.toml",
                 "The project file could not be read; the message says which key is wrong.")

# --- Android import (I0xxx, `xui import android`) ----------------------------
_code("I0001", "malformed Android XML",
      "The layout or resource file is not well-formed XML, uses a DOCTYPE or entities (refused: they "
      "allow entity-expansion attacks), or exceeds the size / nesting limits. The layout is skipped.")
_code("I0002", "cannot read Android input",
      "The path does not exist, is not an XML layout, or holds no res/ directory with layouts.")
_code("I0003", "missing Android resource",
      "An @string/, @color/ or @dimen/ reference names a resource that is not defined in res/values*/; "
      "a placeholder is used and the report lists it.")
_code("I0004", "include problem",
      "An <include> names a layout that is not imported, or layouts include each other in a cycle.")
_code("I0005", "imported source does not check",
      "The generated .xui did not pass `xui check`, or a target's backend cannot build it; this is an "
      "importer bug: please report it with the layout.")
_code("I0006", "refusing to write into a foreign folder",
      "The output folder holds .xui files the importer did not write; pass --force or choose another --out.")
_code("I0007", "layout not imported",
      "An unexpected problem stopped the import of one layout; the others were imported.")

# --- warnings (W0xxx) --------------------------------------------------------
W_UNUSED_STATE = _code("W0001", "unused state",
                       "The state is declared but never read. Remove it.")
W_UNUSED_LET = _code("W0002", "unused let",
                     "The value is computed but never used. Remove it.")
W_STATE_NEVER_SET = _code("W0003", "state is never changed",
                          "No action assigns the state and it is never bound with `$`; make it a `let`.")
W_UNUSED_PARAM = _code("W0004", "unused block parameter",
                       "A list block's index is declared but not used.")
W_MISSING_TRANSLATION = _code("W0005", "missing translation",
                              "A locale table lacks a key of the default table; the default text is used.")
W_NATIVE_MISSING = _code("W0006", "native block lacks a target",
                         "The `native { }` block has no entry for some target; building that target "
                         "fails with E0401.")


@dataclass(frozen=True)
class Related:
    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    span: Span | None
    hint: str | None = None
    related: tuple[Related, ...] = ()

    def sort_key(self) -> tuple:
        s = self.span
        return (s.file, s.line, s.col, self.code, self.message) if s else ("", 0, 0, self.code, self.message)

    def to_json(self) -> dict:
        d: dict = {"severity": self.severity, "code": self.code, "message": self.message}
        if self.span:
            d.update(self.span.to_json())
        if self.hint:
            d["hint"] = self.hint
        if self.related:
            d["related"] = [{"message": r.message, **r.span.to_json()} for r in self.related]
        return d


class DiagnosticSink:
    """Collects diagnostics; passes add to it and never raise."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self._seen: set[tuple] = set()

    def add(self, d: Diagnostic) -> None:
        key = (d.code, d.message, d.span)
        if key not in self._seen:
            self._seen.add(key)
            self.items.append(d)

    def error(self, code: str, message: str, span: Span | None, hint: str | None = None,
              related: Sequence[Related] = ()) -> None:
        assert code in CODES, code
        self.add(Diagnostic("error", code, message, span, hint, tuple(related)))

    def warning(self, code: str, message: str, span: Span | None, hint: str | None = None,
                related: Sequence[Related] = ()) -> None:
        assert code in CODES, code
        self.add(Diagnostic("warning", code, message, span, hint, tuple(related)))

    def extend(self, ds: Iterable[Diagnostic]) -> None:
        for d in ds:
            self.add(d)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """A 'did you mean' hint from close matches among `candidates`."""
    pool = sorted(set(candidates))
    if not pool:
        return None
    matches = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    if not matches:
        lower = {c.lower(): c for c in pool}
        if name.lower() in lower:
            matches = [lower[name.lower()]]
    return f"did you mean '{matches[0]}'?" if matches else None


# --- rendering ---------------------------------------------------------------

class SourceCache:
    """Source text by file name, for rendering the offending line."""

    def __init__(self) -> None:
        self._texts: dict[str, list[str]] = {}

    def put(self, file: str, text: str) -> None:
        self._texts[file] = text.splitlines()

    def line(self, file: str, line: int) -> str | None:
        lines = self._texts.get(file)
        if lines is None or not (1 <= line <= len(lines)):
            return None
        return lines[line - 1]


def _visible(text: str) -> str:
    # Tabs would misalign the caret; control characters would garble terminals.
    out = []
    for ch in text:
        if ch == "\t":
            out.append("    ")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def _caret_col(text: str, col: int) -> int:
    prefix = text[: max(col - 1, 0)]
    return len(_visible(prefix))


def render_text(d: Diagnostic, sources: SourceCache | None = None, color: bool = False) -> str:
    def paint(s: str, code: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if color else s

    sev_color = {"error": "1;31", "warning": "1;33", "note": "1;36"}[d.severity]
    loc = f"{d.span.file}:{d.span.line}:{d.span.col}: " if d.span else ""
    head = f"{paint(loc, '1')}{paint(f'{d.severity}[{d.code}]', sev_color)}: {d.message}"
    lines = [head]
    src = sources.line(d.span.file, d.span.line) if (sources and d.span) else None
    if d.span and src is not None:
        width = len(str(d.span.line))
        pad = " " * width
        start = _caret_col(src, d.span.col)
        if d.span.end_line == d.span.line and d.span.end_col > d.span.col:
            length = _caret_col(src, d.span.end_col) - start
        else:
            length = max(len(_visible(src)) - start, 1)
        length = max(length, 1)
        shown = _visible(src)
        if len(shown) > 200:  # keep minified or generated lines readable
            cut = max(start - 60, 0)
            shown = ("…" if cut else "") + shown[cut:cut + 160] + "…"
            start = start - cut + (1 if cut else 0)
            length = min(length, 160)
        lines.append(f"{pad} |")
        lines.append(f"{d.span.line} | {shown}")
        caret = " " * start + paint("^" * length, sev_color)
        lines.append(f"{pad} | {caret}" + (f" {d.hint}" if d.hint else ""))
    elif d.hint:
        lines.append(f"  = hint: {d.hint}")
    for r in d.related:
        lines.append(f"  = note: {r.span.file}:{r.span.line}:{r.span.col}: {r.message}")
    return "\n".join(lines)


def render_json(ds: Sequence[Diagnostic]) -> str:
    return "\n".join(json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) for d in ds)


def summary_line(ds: Sequence[Diagnostic]) -> str:
    errors = sum(d.severity == "error" for d in ds)
    warnings = sum(d.severity == "warning" for d in ds)
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts) if parts else "no problems"


def errors_markdown() -> str:
    out = ["# xui diagnostic codes", "",
           "Generated from `xui/diagnostics.py` (`python -m xui.docs` regenerates this file).",
           "`xui explain CODE` prints one entry.", ""]
    for c in sorted(CODES.values(), key=lambda c: c.code):
        out += [f"## {c.code}: {c.title}", "", c.explanation, ""]
    return "\n".join(out)
