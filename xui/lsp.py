"""`xui lsp`: a Language Server (pygls 2.x) over stdio.

Features: diagnostics on open / change / save (the checker's own codes and spans,
converted to 0-based LSP ranges in UTF-16 units), hover (the type of an expression from
the typed IR; signature and docs of elements, modifiers and members from the catalog;
theme tokens, string keys, declarations), completion (elements and components,
modifiers with their labels after `.`, members after `expr.`, names in scope, theme
tokens after `theme.`, string keys after `strings.`, enum cases after `: .`), go to
definition (components, screens, models, enums, state / params / lets, theme tokens,
string keys, imports), document formatting (`xui fmt`), and document symbols.

The analysis half (`Analysis`, `analyze`) is plain Python; `serve_stdio()` wires it into
pygls. Open documents are overlays: an unsaved import is checked as the editor shows it.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlparse

from xui import ast as A
from xui import catalog as C
from xui import ir
from xui.span import Span
from xui.watch import Loaded, ParseCache, load_program

KEYWORDS = ["import", "model", "enum", "component", "screen", "theme", "strings", "state", "let", "if",
            "else", "native", "true", "false", "nil"]


# ---- positions ----------------------------------------------------------------------------

def uri_to_path(uri: str) -> Path:
    p = urlparse(uri)
    return Path(unquote(p.path)) if p.scheme in ("file", "") else Path(uri)


def path_to_uri(path: str | Path) -> str:
    return Path(os.path.abspath(path)).as_uri()


def utf16_col(line: str, col0: int) -> int:
    """Code-point column (0-based) -> UTF-16 units."""
    return len(line[:col0].encode("utf-16-le")) // 2


def cp_col(line: str, units: int) -> int:
    """UTF-16 units -> code-point column (0-based)."""
    n = 0
    for i, ch in enumerate(line):
        if n >= units:
            return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(line)


def contains(span: Span, line: int, col: int) -> bool:
    """1-based line/col inside [start, end] (end inclusive, so a cursor just after a word hits it)."""
    if (line, col) < (span.line, span.col):
        return False
    return (line, col) <= (span.end_line, span.end_col)


def span_size(s: Span) -> tuple[int, int]:
    return (s.end_line - s.line, (s.end_col - s.col) if s.end_line == s.line else 10**6)


# ---- tree walks ------------------------------------------------------------------------------

def walk_ast(node: Any) -> Iterator[A.Node]:
    if isinstance(node, (list, tuple)):
        for x in node:
            yield from walk_ast(x)
    elif isinstance(node, A.Node):
        yield node
        for f in dataclasses.fields(node):
            if f.name != "span":
                yield from walk_ast(getattr(node, f.name))


def walk_ir(node: Any) -> Iterator[Any]:
    if isinstance(node, (list, tuple)):
        for x in node:
            yield from walk_ir(x)
    elif isinstance(node, dict):
        for x in node.values():
            yield from walk_ir(x)
    elif isinstance(node, ir.Node):
        yield node
        for name in type(node).model_fields:
            if name not in ("span", "type"):
                yield from walk_ir(getattr(node, name))


# ---- analysis ---------------------------------------------------------------------------------

@dataclass
class Analysis:
    path: Path
    key: str                   # display key of this document in the loaded program
    text: str
    loaded: Loaded

    @property
    def module(self) -> A.Module | None:
        return self.loaded.result.modules.get(self.key)

    @property
    def program(self) -> ir.Program | None:
        return self.loaded.result.program

    def diagnostics(self):
        """Diagnostics located in this document (and unlocated ones)."""
        return [d for d in self.loaded.result.diagnostics if d.span is None or d.span.file == self.key]

    def lines(self) -> list[str]:
        return self.text.split("\n")

    def modules(self) -> list[A.Module]:
        return list(self.loaded.result.modules.values())

    # -- lookups --
    def file_of(self, key: str) -> Path:
        return self.loaded.paths.get(key, Path(key))

    def component_at(self, line: int) -> A.Component | None:
        m = self.module
        if m is None:
            return None
        for d in m.items:
            if isinstance(d, A.Component) and d.span.line <= line <= d.span.end_line:
                return d
        return None

    def ir_component(self, name: str) -> ir.Component | None:
        if self.program is None:
            return None
        return next((c for c in self.program.components if c.name == name), None)

    def expr_at(self, line: int, col: int) -> Any | None:
        """The smallest typed IR expression in this file containing the position."""
        if self.program is None:
            return None
        best = None
        for n in walk_ir(self.program.components):
            if isinstance(n, ir.ExprBase) and n.span.file == self.key and contains(n.span, line, col):
                if best is None or span_size(n.span) <= span_size(best.span):
                    best = n
        return best

    def ast_at(self, line: int, col: int) -> list[A.Node]:
        """AST nodes containing the position, outermost first."""
        m = self.module
        if m is None:
            return []
        hits = [n for n in walk_ast(m.items) if contains(n.span, line, col)]
        hits.sort(key=lambda n: (n.span.line, n.span.col, -n.span.end_line, -n.span.end_col))
        return hits

    def decls(self) -> dict[str, tuple[str, A.Node, str]]:
        """Global names -> (kind, node, file key) over every loaded module."""
        out: dict[str, tuple[str, A.Node, str]] = {}
        for key, m in self.loaded.result.modules.items():
            for d in m.items:
                if isinstance(d, A.Model):
                    out.setdefault(d.name, ("model", d, key))
                elif isinstance(d, A.Enum):
                    out.setdefault(d.name, ("enum", d, key))
                elif isinstance(d, A.Component):
                    out.setdefault(d.name, (d.kind, d, key))
        return out

    def theme_entries(self) -> dict[str, tuple[A.ThemeEntry, str]]:
        out = {}
        for key, m in self.loaded.result.modules.items():
            for d in m.items:
                if isinstance(d, A.Theme) and d.variant is None:     # the declaration, not its Dark Mode value
                    for e in d.entries:
                        out.setdefault(e.name, (e, key))
        return out

    def string_entries(self) -> dict[str, tuple[A.StringEntry, str]]:
        out = {}
        for key, m in self.loaded.result.modules.items():
            for d in m.items:
                if isinstance(d, A.Strings) and d.locale is None:
                    for e in d.entries:
                        out.setdefault(e.key, (e, key))
        return out

    def locals_of(self, comp: A.Component) -> dict[str, tuple[str, A.Node]]:
        out: dict[str, tuple[str, A.Node]] = {}
        for p in comp.params or []:
            out[p.name] = ("param", p)
        for b in comp.body:
            if isinstance(b, A.StateDecl):
                out[b.name] = ("state", b)
            elif isinstance(b, A.LetDecl):
                out[b.name] = ("let", b)
        return out


def analyze(path: str | Path, text: str, overlay: dict[str, str] | None = None,
            cache: ParseCache | None = None) -> Analysis:
    ab = os.path.abspath(path)
    ov = dict(overlay or {})
    ov[ab] = text
    loaded = load_program([ab], ov, cache)
    key = loaded.key_of(ab) or (loaded.result.roots[0] if loaded.result.roots else str(path))
    return Analysis(Path(ab), key, text, loaded)


# ---- signatures and docs --------------------------------------------------------------------------

def param_sig(p: C.ParamSpec) -> str:
    s = f"{p.name}: {p.type}"
    if p.default is not None:
        s += f" = {p.default}"
    elif p.optional:
        s += "?"
    return ("_ " if p.positional else "") + s


def element_signature(e: C.ElementSpec) -> str:
    kids = {"none": "", "views": " { views }", "item": " { item, index -> views }",
            "optional_views": " { views? }"}[e.children]
    return f"{e.name}({', '.join(param_sig(p) for p in e.params)}){kids}"


def modifier_signature(m: C.ModifierSpec) -> str:
    if m.action:
        return f".{m.name} {{ actions }}"
    return f".{m.name}({', '.join(param_sig(p) for p in m.params)})"


def member_signature(m: C.MemberSpec) -> str:
    if m.kind == "property":
        return f"{m.receiver}.{m.spelling}: {m.result}"
    return f"{m.receiver}.{m.spelling}({', '.join(param_sig(p) for p in m.params)}) -> {m.result}"


def component_signature(c: A.Component, text_of) -> str:
    ps = ", ".join(f"{p.name}: {text_of(p.type.span)}" + (f" = {text_of(p.default.span)}" if p.default else "")
                   for p in (c.params or []))
    return f"{c.kind} {c.name}({ps})"


def receiver_pattern(t: Any) -> str | None:
    if isinstance(t, ir.TList):
        return "[T]"
    if isinstance(t, ir.TPrim) and t.name in ("String", "Float", "Int"):
        return t.name
    return None


# ---- features (plain functions over an Analysis; positions are 0-based, code points) --------------

def _text_of(an: Analysis):
    cache: dict[str, list[str]] = {}

    def text_of(s: Span) -> str:
        lines = cache.get(s.file)
        if lines is None:
            t = an.text if s.file == an.key else an.loaded.texts.get(s.file, "")
            lines = cache[s.file] = t.split("\n")
        if s.line == s.end_line:
            return lines[s.line - 1][s.col - 1:s.end_col - 1] if s.line <= len(lines) else ""
        first = lines[s.line - 1][s.col - 1:]
        mid = lines[s.line:s.end_line - 1]
        last = lines[s.end_line - 1][:s.end_col - 1]
        return "\n".join([first, *mid, last])
    return text_of


def hover(an: Analysis, line0: int, col0: int) -> tuple[str, Span] | None:
    """Markdown and the span it is about, or None."""
    line, col = line0 + 1, col0 + 1
    text_of = _text_of(an)
    nodes = an.ast_at(line, col)
    decls = an.decls()
    for n in reversed(nodes):     # innermost first
        if isinstance(n, A.Modifier) and contains(n.name_span, line, col):
            m = C.MODIFIERS.get(n.name)
            if m:
                return f"```xui\n{modifier_signature(m)}\n```\n{m.doc}" + (
                    "\n\n(text elements only)" if m.text_only else ""), n.name_span
        if isinstance(n, A.Element) and contains(n.name_span, line, col):
            e = C.ELEMENTS.get(n.name)
            if e:
                return f"```xui\n{element_signature(e)}\n```\n{e.doc}", n.name_span
            if n.name in decls and isinstance(decls[n.name][1], A.Component):
                c = decls[n.name][1]
                return f"```xui\n{component_signature(c, text_of)}\n```", n.name_span
        grouped = isinstance(n, A.Member) and isinstance(n.obj, A.ThemeRef) and n.obj.name in C.THEME_KINDS
        if (isinstance(n, A.ThemeRef) or grouped) and contains(n.name_span, line, col):
            te = an.theme_entries().get(n.name)
            if te:
                e, _ = te
                return (f"```xui\n{e.kind} {e.name} = {text_of(e.value.span)}\n```\ntheme token "
                        f"({C.THEME_KINDS.get(e.kind, '?')})"), n.span
        if isinstance(n, A.StringRef) and contains(n.key_span, line, col):
            se = an.string_entries().get(n.key)
            if se:
                return f"```xui\nstrings.{n.key}: String\n```\n{text_of(se[0].value.span)}", n.span
        if isinstance(n, A.Member) and contains(n.name_span, line, col):
            ex = an.expr_at(n.obj.span.end_line, n.obj.span.end_col - 1)
            recv = receiver_pattern(ex.type) if ex is not None and ex.span == n.obj.span else None
            if recv is None:
                whole = an.expr_at(line, col)
                if isinstance(whole, ir.MemberCall):
                    recv = receiver_pattern(whole.receiver.type)
            if recv:
                ms = C.members_for(recv, n.name)
                whole = an.expr_at(line, col)
                if isinstance(whole, ir.MemberCall) and any(m.name == whole.member for m in ms):
                    ms = [m for m in ms if m.name == whole.member]
                if ms:
                    t = f"\n\ntype: `{whole.type}`" if whole is not None else ""
                    return ("\n\n".join(f"```xui\n{member_signature(m)}\n```\n{m.doc}" for m in ms) + t,
                            n.name_span)
    ex = an.expr_at(line, col)
    if ex is not None:
        label = text_of(ex.span)
        if len(label) > 60 or "\n" in label:
            label = label[:57].split("\n")[0] + "..."
        extra = ""
        if isinstance(ex, ir.Ref):
            extra = f"\n\n{ex.ref} `{ex.name}`"
        return f"```xui\n{label}: {ex.type}\n```{extra}", ex.span
    # declarations (names at their definition, types)
    for n in reversed(nodes):
        if isinstance(n, A.NamedType) and n.name in decls:
            kind, d, _ = decls[n.name]
            return f"```xui\n{kind} {n.name}\n```", n.span
        for attr in ("name_span",):
            ns = getattr(n, attr, None)
            if ns is not None and contains(ns, line, col):
                if isinstance(n, (A.StateDecl, A.LetDecl, A.Param)):
                    comp = an.component_at(line)
                    c = an.ir_component(comp.name) if comp else None
                    t = None
                    if c is not None:
                        for group in (c.params, c.states, c.lets):
                            for x in group:
                                if x.name == n.name:
                                    t = x.type
                    kind = {A.StateDecl: "state", A.LetDecl: "let", A.Param: "param"}[type(n)]
                    return f"```xui\n{kind} {n.name}: {t if t is not None else '?'}\n```", ns
                if isinstance(n, A.Component):
                    return f"```xui\n{component_signature(n, text_of)}\n```", ns
                if isinstance(n, (A.Model, A.Enum)):
                    return f"```xui\n{'model' if isinstance(n, A.Model) else 'enum'} {n.name}\n```", ns
    return None


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def word_at(line_text: str, col0: int) -> tuple[str, int, int] | None:
    for m in _WORD.finditer(line_text):
        if m.start() <= col0 <= m.end():
            return m.group(), m.start(), m.end()
    return None


def definition(an: Analysis, line0: int, col0: int) -> tuple[Path, Span | None] | None:
    """(file, span) of what the name under the cursor refers to; span None means the file start."""
    lines = an.lines()
    if line0 >= len(lines):
        return None
    lt = lines[line0]
    m = re.match(r'\s*import\s+"([^"]*)"', lt)
    if m:
        target = an.path.parent / m.group(1)
        return (Path(os.path.abspath(target)), None) if target.is_file() else None
    w = word_at(lt, col0)
    if not w:
        return None
    name, start, _ = w
    before = lt[:start]
    if before.endswith("theme.") or any(before.endswith(f"theme.{k}.") for k in C.THEME_KINDS):
        te = an.theme_entries().get(name)
        return (an.file_of(te[1]), te[0].name_span) if te else None
    if before.endswith("strings."):
        se = an.string_entries().get(name)
        return (an.file_of(se[1]), se[0].key_span) if se else None
    if before.endswith(".") and not before.endswith(".."):
        # a member / field / modifier / enum case: a model field when typed
        ex = an.expr_at(line0 + 1, start + 1)
        if isinstance(ex, ir.FieldGet):
            d = an.decls().get(ex.model)
            if d and isinstance(d[1], A.Model):
                f = next((f for f in d[1].fields if f.name == name), None)
                if f:
                    return an.file_of(d[2]), f.name_span
        if isinstance(ex, ir.EnumCase) and not ex.builtin:
            d = an.decls().get(ex.enum)
            if d and isinstance(d[1], A.Enum):
                c = next((c for c in d[1].cases if c.name == name), None)
                if c:
                    return an.file_of(d[2]), c.span
        return None
    comp = an.component_at(line0 + 1)
    if comp is not None:
        # closure parameters and action-local lets, innermost wins
        for n in reversed(an.ast_at(line0 + 1, start + 1)):
            if isinstance(n, A.ActionBlock) or isinstance(n, A.Children):
                for p in n.params:
                    if p.name == name:
                        return an.path, p.span
            if isinstance(n, A.ActionBlock):
                for s in n.stmts:
                    if isinstance(s, A.LetStmt) and s.name == name and s.span.line <= line0 + 1:
                        return an.path, s.name_span
        loc = an.locals_of(comp).get(name)
        if loc:
            return an.path, loc[1].name_span
    d = an.decls().get(name)
    if d:
        return an.file_of(d[2]), d[1].name_span
    return None


@dataclass
class Completion:
    label: str
    kind: str                 # element / component / modifier / member / field / variable / theme / string / keyword / enum
    detail: str = ""
    doc: str = ""
    insert: str | None = None


def _type_of_chain(an: Analysis, comp: A.Component | None, chain: list[str]) -> Any | None:
    """The IR type of `a.b.c` written in `comp` (names resolved against its params, state, lets,
    and model fields)."""
    if comp is None or not chain:
        return None
    c = an.ir_component(comp.name)
    if c is None:
        return None
    t = None
    for group in (c.params, c.states, c.lets):
        for x in group:
            if x.name == chain[0]:
                t = x.type
    if t is None:
        return None
    models = {m.name: m for m in an.program.models} if an.program else {}
    for step in chain[1:]:
        while isinstance(t, (ir.TOptional, ir.TBinding)):
            t = t.inner
        if isinstance(t, ir.TModel) and t.name in models:
            f = next((f for f in models[t.name].fields if f.name == step), None)
            if f is None:
                return None
            t = f.type
        elif receiver_pattern(t):
            ms = [m for m in C.MEMBERS if m.receiver == receiver_pattern(t) and m.spelling == step
                  and m.kind == "property"]
            if not ms:
                return None
            res = ms[0].result
            t = {"Int": ir.INT, "Bool": ir.BOOL, "String": ir.STRING, "Float": ir.FLOAT}.get(res)
            if res in ("T?", "T") and isinstance(t, ir.TList):
                t = t.elem
            if t is None:
                return None
        else:
            return None
    return t


def completion(an: Analysis, line0: int, col0: int, fallback: Analysis | None = None) -> list[Completion]:
    """Completions at the cursor. `fallback` is the last analysis whose program checked (the
    current text usually does not parse while a member is being typed)."""
    lines = an.lines()
    lt = lines[line0][:col0] if line0 < len(lines) else ""
    sem = an if an.program is not None else (fallback or an)
    comp = an.component_at(line0 + 1) or sem.component_at(line0 + 1)
    m = re.search(r"(?:(\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|([)\]}\"]))?\s*\.([A-Za-z0-9_]*)$", lt)
    if m:
        chain, closer = m.group(1), m.group(2)
        if chain == "theme":
            return [Completion(n, "theme", f"{e.kind} {n}: {C.THEME_KINDS.get(e.kind, '?')}",
                               _text_of(sem)(e.value.span) if sem.key == k else "")
                    for n, (e, k) in sorted(sem.theme_entries().items())]
        if chain and chain.startswith("theme.") and chain[6:] in C.THEME_KINDS:
            return [Completion(n, "theme", f"{e.kind} {n}: {C.THEME_KINDS[e.kind]}",
                               _text_of(sem)(e.value.span) if sem.key == k else "")
                    for n, (e, k) in sorted(sem.theme_entries().items()) if e.kind == chain[6:]]
        if chain == "strings":
            return [Completion(n, "string", "String", _text_of(sem)(e.value.span))
                    for n, (e, _) in sorted(sem.string_entries().items())]
        if chain:
            parts = chain.split(".")
            t = _type_of_chain(sem, comp, parts)
            if t is None and parts[0][:1].isupper():
                d = sem.decls().get(parts[0])
                if d and isinstance(d[1], A.Enum) and len(parts) == 1:
                    return [Completion(c.name, "enum", f"{d[1].name}.{c.name}") for c in d[1].cases]
            if t is not None:
                return _members(sem, t)
            return []
        lm = re.search(r"(\w+)\s*:\s*\.[A-Za-z0-9_]*$", lt)
        if lm:                      # `align: .` -> the parameter's enum cases
            em = re.findall(r"\.?\b([A-Za-z_][A-Za-z0-9_]*)\s*\(", lt[:lm.start()])
            return _enum_cases_for_label(lm.group(1), em[-1] if em else None)
        if closer or lt.strip().startswith("."):
            return _modifiers()     # `Text("x").` or a modifier on its own line
        return []
    # plain identifier: elements, components, names in scope, keywords
    out: list[Completion] = []
    for e in C.ELEMENTS.values():
        out.append(Completion(e.name, "element", element_signature(e), e.doc))
    text_of = _text_of(sem)
    for name, (kind, d, _) in sorted(sem.decls().items()):
        if kind == "component":
            out.append(Completion(name, "component", component_signature(d, text_of)))
        elif kind in ("model", "enum", "screen"):
            out.append(Completion(name, kind, f"{kind} {name}"))
    if comp is not None:
        c = sem.ir_component(comp.name)
        for name, (kind, _) in sem.locals_of(comp).items():
            t = None
            if c is not None:
                for group in (c.params, c.states, c.lets):
                    for x in group:
                        if x.name == name:
                            t = x.type
            out.append(Completion(name, "variable", f"{kind} {name}: {t if t is not None else '?'}"))
    out += [Completion(k, "keyword") for k in KEYWORDS]
    return out


def _modifiers() -> list[Completion]:
    return [Completion(m.name, "modifier", modifier_signature(m), m.doc) for m in C.MODIFIERS.values()]


def _members(an: Analysis, t: Any) -> list[Completion]:
    while isinstance(t, ir.TBinding):
        t = t.inner
    if isinstance(t, ir.TModel) and an.program is not None:
        model = next((m for m in an.program.models if m.name == t.name), None)
        if model:
            return [Completion(f.name, "field", f"{f.name}: {f.type}") for f in model.fields]
    recv = receiver_pattern(t)
    if recv:
        seen = set()
        out = []
        for m in C.MEMBERS:
            if m.receiver == recv and m.kind != "mutating" and (m.spelling, m.kind) not in seen:
                seen.add((m.spelling, m.kind))
                out.append(Completion(m.spelling, "member", member_signature(m), m.doc))
        for m in C.MEMBERS:
            if m.receiver == recv and m.kind == "mutating" and (m.spelling, m.kind) not in seen:
                seen.add((m.spelling, m.kind))
                out.append(Completion(m.spelling, "member", member_signature(m), m.doc))
        return out
    return []


def _enum_cases_for_label(label: str, callee: str | None = None) -> list[Completion]:
    specs = list(C.ELEMENTS.values()) + list(C.MODIFIERS.values())
    if callee is not None and (callee in C.ELEMENTS or callee in C.MODIFIERS):
        specs = [C.ELEMENTS.get(callee) or C.MODIFIERS[callee]]
    types: list[str] = []
    for e in specs:
        for p in e.params:
            if p.name == label:
                types += [t for t in p.type.split("|") if t not in types]
    out, seen = [], set()
    for t in types:
        for case in C.ENUMS.get(t, ()):
            if case not in seen:
                seen.add(case)
                out.append(Completion(case, "enum", f"{t}.{case}"))
    return out


def document_symbols(an: Analysis) -> list[tuple[str, str, Span, Span, list]]:
    """(name, kind, range, selection range, children) for each declaration."""
    m = an.module
    if m is None:
        return []
    out = []
    for d in m.items:
        if isinstance(d, A.Model):
            out.append((d.name, "model", d.span, d.name_span,
                        [(f.name, "field", f.span, f.name_span, []) for f in d.fields]))
        elif isinstance(d, A.Enum):
            out.append((d.name, "enum", d.span, d.name_span,
                        [(c.name, "case", c.span, c.span, []) for c in d.cases]))
        elif isinstance(d, A.Component):
            kids = [(p.name, "param", p.span, p.name_span, []) for p in d.params or []]
            for b in d.body:
                if isinstance(b, A.StateDecl):
                    kids.append((b.name, "state", b.span, b.name_span, []))
                elif isinstance(b, A.LetDecl):
                    kids.append((b.name, "let", b.span, b.name_span, []))
            out.append((d.name, d.kind, d.span, d.name_span, kids))
        elif isinstance(d, A.Theme):
            out.append(("theme" + (f" {d.variant}" if d.variant else ""), "theme", d.span, d.span,
                        [(e.name, "token", e.span, e.name_span, []) for e in d.entries]))
        elif isinstance(d, A.Strings):
            name = "strings" + (f" {d.locale}" if d.locale else "")
            out.append((name, "strings", d.span, d.span,
                        [(e.key, "string", e.span, e.key_span, []) for e in d.entries]))
        elif isinstance(d, A.Import):
            out.append(("import " + "".join(x for x in d.path.parts if isinstance(x, str)), "import",
                        d.span, d.path.span, []))
    return out


def format_text(text: str, file: str = "input.xui") -> str | None:
    from xui.diagnostics import DiagnosticSink
    from xui.formatter import format_source
    return format_source(text, file, DiagnosticSink())


# ---- the pygls server ------------------------------------------------------------------------------

def create_server():
    from lsprotocol import types as T
    from pygls.lsp.server import LanguageServer

    from xui import __version__

    server = LanguageServer("xui", __version__, text_document_sync_kind=T.TextDocumentSyncKind.Full)
    cache = ParseCache()
    analyses: dict[str, Analysis] = {}       # uri -> latest analysis
    good: dict[str, Analysis] = {}           # uri -> latest analysis with a program

    def lsp_range(an_text: str | None, s: Span) -> T.Range:
        lines = (an_text or "").split("\n")

        def pos(line1: int, col1: int) -> T.Position:
            l0 = max(line1 - 1, 0)
            lt = lines[l0] if l0 < len(lines) else ""
            return T.Position(line=l0, character=utf16_col(lt, max(col1 - 1, 0)))
        return T.Range(start=pos(s.line, s.col), end=pos(s.end_line, s.end_col))

    def cursor(uri: str, p: T.Position) -> tuple[Analysis, int, int]:
        an = analyses.get(uri) or refresh(uri)
        lines = an.lines()
        lt = lines[p.line] if p.line < len(lines) else ""
        return an, p.line, cp_col(lt, p.character)

    def overlay() -> dict[str, str]:
        out = {}
        for uri, doc in server.workspace.text_documents.items():
            out[str(uri_to_path(uri))] = doc.source
        return out

    def refresh(uri: str) -> Analysis:
        doc = server.workspace.get_text_document(uri)
        an = analyze(uri_to_path(uri), doc.source, overlay(), cache)
        analyses[uri] = an
        if an.program is not None:
            good[uri] = an
        return an

    def publish(uri: str, an: Analysis) -> None:
        diags = []
        for d in an.diagnostics():
            rng = lsp_range(an.text, d.span) if d.span else T.Range(T.Position(0, 0), T.Position(0, 0))
            msg = d.message + (f"\n{d.hint}" if d.hint else "")
            related = None
            if d.related:
                related = [T.DiagnosticRelatedInformation(
                    location=T.Location(uri=path_to_uri(an.file_of(r.span.file)),
                                        range=lsp_range(an.loaded.texts.get(r.span.file), r.span)),
                    message=r.message) for r in d.related]
            diags.append(T.Diagnostic(
                range=rng, message=msg, source="xui", code=d.code,
                severity=T.DiagnosticSeverity.Error if d.severity == "error" else T.DiagnosticSeverity.Warning,
                related_information=related))
        server.text_document_publish_diagnostics(
            T.PublishDiagnosticsParams(uri=uri, diagnostics=diags,
                                       version=server.workspace.get_text_document(uri).version))

    def check_open(changed_uri: str) -> None:
        an = refresh(changed_uri)
        publish(changed_uri, an)
        # other open documents that import the changed one (transitively) see the new text
        changed_path = uri_to_path(changed_uri)
        for uri in list(server.workspace.text_documents):
            if uri == changed_uri:
                continue
            other = analyses.get(uri)
            if other is None or other.loaded.key_of(changed_path) is None:
                continue
            publish(uri, refresh(uri))

    @server.feature(T.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: T.DidOpenTextDocumentParams):
        check_open(params.text_document.uri)

    @server.feature(T.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: T.DidChangeTextDocumentParams):
        check_open(params.text_document.uri)

    @server.feature(T.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls, params: T.DidSaveTextDocumentParams):
        check_open(params.text_document.uri)

    @server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: T.DidCloseTextDocumentParams):
        analyses.pop(params.text_document.uri, None)
        good.pop(params.text_document.uri, None)
        server.text_document_publish_diagnostics(
            T.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(T.TEXT_DOCUMENT_HOVER)
    def on_hover(ls, params: T.HoverParams):
        an, l0, c0 = cursor(params.text_document.uri, params.position)
        h = hover(an, l0, c0)
        if h is None and an.program is None and params.text_document.uri in good:
            h = hover(good[params.text_document.uri], l0, c0)
        if h is None:
            return None
        md, span = h
        return T.Hover(contents=T.MarkupContent(kind=T.MarkupKind.Markdown, value=md),
                       range=lsp_range(an.text, span) if span.file == an.key else None)

    kinds = {"element": T.CompletionItemKind.Class, "component": T.CompletionItemKind.Class,
             "screen": T.CompletionItemKind.Module, "model": T.CompletionItemKind.Struct,
             "enum": T.CompletionItemKind.EnumMember, "modifier": T.CompletionItemKind.Method,
             "member": T.CompletionItemKind.Method, "field": T.CompletionItemKind.Field,
             "variable": T.CompletionItemKind.Variable, "theme": T.CompletionItemKind.Constant,
             "string": T.CompletionItemKind.Text, "keyword": T.CompletionItemKind.Keyword}

    @server.feature(T.TEXT_DOCUMENT_COMPLETION, T.CompletionOptions(trigger_characters=[".", "$"]))
    def on_completion(ls, params: T.CompletionParams):
        uri = params.text_document.uri
        an, l0, c0 = cursor(uri, params.position)
        items = completion(an, l0, c0, good.get(uri))
        return T.CompletionList(is_incomplete=False, items=[
            T.CompletionItem(label=c.label, kind=kinds.get(c.kind), detail=c.detail or None,
                             documentation=T.MarkupContent(kind=T.MarkupKind.Markdown, value=c.doc) if c.doc else None,
                             insert_text=c.insert, sort_text=f"{i:04d}")
            for i, c in enumerate(items)])

    @server.feature(T.TEXT_DOCUMENT_DEFINITION)
    def on_definition(ls, params: T.DefinitionParams):
        uri = params.text_document.uri
        an, l0, c0 = cursor(uri, params.position)
        found = definition(an, l0, c0)
        if found is None and an.program is None and uri in good:
            found = definition(good[uri], l0, c0)
        if found is None:
            return None
        path, span = found
        if span is None:
            return T.Location(uri=path_to_uri(path), range=T.Range(T.Position(0, 0), T.Position(0, 0)))
        text = an.text if os.path.abspath(path) == str(an.path) else an.loaded.texts.get(span.file)
        return T.Location(uri=path_to_uri(path), range=lsp_range(text, span))

    @server.feature(T.TEXT_DOCUMENT_FORMATTING)
    def on_formatting(ls, params: T.DocumentFormattingParams):
        doc = server.workspace.get_text_document(params.text_document.uri)
        text = doc.source
        out = format_text(text, str(uri_to_path(params.text_document.uri)))
        if out is None or out == text:
            return []
        lines = text.split("\n")
        end = T.Position(line=len(lines) - 1, character=utf16_col(lines[-1], len(lines[-1])))
        return [T.TextEdit(range=T.Range(start=T.Position(0, 0), end=end), new_text=out)]

    sym_kinds = {"model": T.SymbolKind.Struct, "enum": T.SymbolKind.Enum, "component": T.SymbolKind.Class,
                 "screen": T.SymbolKind.Module, "theme": T.SymbolKind.Namespace,
                 "strings": T.SymbolKind.Namespace, "import": T.SymbolKind.File, "field": T.SymbolKind.Field,
                 "case": T.SymbolKind.EnumMember, "param": T.SymbolKind.Property,
                 "state": T.SymbolKind.Variable, "let": T.SymbolKind.Constant, "token": T.SymbolKind.Constant,
                 "string": T.SymbolKind.String}

    @server.feature(T.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def on_symbols(ls, params: T.DocumentSymbolParams):
        uri = params.text_document.uri
        an = analyses.get(uri) or refresh(uri)

        def conv(s):
            name, kind, rng, sel, kids = s
            return T.DocumentSymbol(name=name, kind=sym_kinds.get(kind, T.SymbolKind.Object), detail=kind,
                                    range=lsp_range(an.text, rng), selection_range=lsp_range(an.text, sel),
                                    children=[conv(k) for k in kids] or None)
        return [conv(s) for s in document_symbols(an)]

    return server


def serve_stdio() -> None:
    """Run the server on stdin/stdout until the client says exit."""
    import sys
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    create_server().start_io()


if __name__ == "__main__":  # pragma: no cover
    serve_stdio()
