"""Source text -> AST, with located syntax diagnostics.

The Lark LALR parser is built once per process (and its analysis cached on
disk); the AST is built inside the parser's reduce callbacks (an inline
transformer), so no recursive tree walk can overflow on deep input. Nesting
depth is measured as nodes are built and capped with a diagnostic, which keeps
every later (recursive) pass safe.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from xui import ast as A
from xui.diagnostics import (E_BAD_ESCAPE, E_BAD_INTERP, E_BAD_NUMBER, E_COLOR, E_ENCODING, E_NUL,
                             E_SAME_LINE, E_TOO_DEEP, E_TOO_LARGE, E_UNEXPECTED_CHAR, E_UNEXPECTED_EOF,
                             E_UNEXPECTED_TOKEN, E_UNTERMINATED_STRING, DiagnosticSink)
from xui.span import Span

MAX_DEPTH = 100               # nesting of expressions / blocks (see E0016)
MAX_BYTES = 4 * 1024 * 1024   # E0004

KEYWORDS = frozenset({"import", "model", "enum", "component", "screen", "theme", "strings", "state",
                      "let", "if", "else", "native", "true", "false", "nil"})


def grammar_text() -> str:
    return resources.files("xui.grammar").joinpath("xui.lark").read_text(encoding="utf-8")


class _TooDeep(Exception):
    def __init__(self, span: Span) -> None:
        self.span = span


class _SyntaxProblem(Exception):
    def __init__(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.code, self.message, self.span, self.hint = code, message, span, hint


# Words for the "expected one of" list, by terminal name.
_TOKEN_WORDS = {
    "NAME": "a name", "STRING": "a string", "INT": "a number", "FLOAT": "a number", "COLOR": "a color",
    "BINDING": "a binding ($name)", "$END": "end of file",
}


def _token_start(tok: Token, dl: int, dc: int) -> tuple[int, int]:
    """(line, col) of a token, shifted by (dl, dc) for text parsed from inside a string."""
    line = tok.line
    return line + dl, tok.column + (dc if line == 1 else 0)


def _token_end(tok: Token, dl: int, dc: int) -> tuple[int, int]:
    el = tok.end_line or tok.line
    return el + dl, (tok.end_column or tok.column + len(tok)) + (dc if el == 1 else 0)


def _span_of_token(file: str, tok: Token, dl: int = 0, dc: int = 0) -> Span:
    line, col = _token_start(tok, dl, dc)
    end_line, end_col = _token_end(tok, dl, dc)
    return Span(file=file, line=line, col=col, end_line=end_line, end_col=end_col)


# Terminals the grammar names itself; every other terminal is punctuation or a
# keyword, dropped before the node is built (its position still counts for spans).
_KEPT = frozenset({"NAME", "BINDING", "INT", "FLOAT", "COLOR", "STRING", "TRUE", "FALSE", "NIL", "QQ",
                   "OROR", "ANDAND", "EQ", "NE", "LE", "GE", "LT", "GT", "PLUS", "MINUS", "STAR", "SLASH",
                   "PERCENT", "BANG"})
_ASSIGN_OPS = frozenset({"=", "+=", "-=", "*=", "/="})


def _builds(fn):
    """Wrap `fn(self, span, *kids)` as a Lark reduce callback taking all children."""
    def callback(self, children):
        first = last = None
        for c in children:
            if c is not None:
                first = c
                break
        for c in reversed(children):
            if c is not None:
                last = c
                break
        span = self.join(first, last)
        kids = [c for c in children
                if c is not None and not (isinstance(c, Token) and c.type not in _KEPT)]
        return fn(self, span, *kids)
    callback.__name__ = fn.__name__
    return callback


class _Builder(Transformer):
    """Reduce callbacks: Lark parse-tree shapes -> xui.ast nodes (with spans)."""

    def __init__(self) -> None:
        super().__init__(visit_tokens=False)
        self.file = "<input>"
        self.dl = 0   # line offset (interpolations parsed from inside a string token)
        self.dc = 0   # column offset on the first line
        self.depth: dict[int, int] = {}
        self.problems: list[tuple[str, str, Span]] = []
        self.parse_expr = None  # set by Parser

    # -- helpers --
    def ts(self, tok: Token) -> Span:
        return _span_of_token(self.file, tok, self.dl, self.dc)

    def _start(self, x: Any) -> tuple[int, int] | None:
        """(line, col) where `x` (a token, node, list or tuple of them) starts."""
        while True:
            if isinstance(x, Token):
                return _token_start(x, self.dl, self.dc)
            if isinstance(x, (list, tuple)):
                if isinstance(x, _ArgList):
                    sp = x.span
                    return (sp.line, sp.col) if sp is not None else None
                if not x:
                    return None
                x = x[0]
                continue
            sp = getattr(x, "span", None)
            return (sp.line, sp.col) if sp is not None else None

    def _end(self, x: Any) -> tuple[int, int] | None:
        """(end_line, end_col) where `x` ends."""
        while True:
            if isinstance(x, Token):
                return _token_end(x, self.dl, self.dc)
            if isinstance(x, (list, tuple)):
                if isinstance(x, _ArgList):
                    sp = x.span
                    return (sp.end_line, sp.end_col) if sp is not None else None
                if not x:
                    return None
                x = x[-1]
                continue
            sp = getattr(x, "span", None)
            return (sp.end_line, sp.end_col) if sp is not None else None

    def join(self, first: Any, last: Any) -> Span:
        a = self._start(first) if first is not None else None
        b = self._end(last) if last is not None else None
        if a is None:
            if b is None:
                return Span(file=self.file, line=1, col=1, end_line=1, end_col=1)
            a = self._start(last)
        elif b is None:
            b = self._end(first)
        return Span(file=self.file, line=a[0], col=a[1], end_line=b[0], end_col=b[1])

    def deep(self, node: Any, *children: Any) -> Any:
        depth = self.depth
        d = 0
        for c in children:
            if c is not None:
                e = depth.get(id(c), 0)
                if e > d:
                    d = e
        d += 1
        if d > MAX_DEPTH:
            raise _TooDeep(node.span)
        depth[id(node)] = d
        return node

    def one_per_line(self, items: list) -> list:
        prev = None
        for it in items:
            if prev is not None and it.span.line == prev.span.end_line:
                self.problems.append((E_SAME_LINE, "expected a new line before this item", it.span))
            prev = it
        return items

    @staticmethod
    def split(kids: list, kind) -> tuple[list, list]:
        yes = [k for k in kids if isinstance(k, kind)]
        no = [k for k in kids if not isinstance(k, kind)]
        return yes, no

    # -- top level --
    @_builds
    def start(self, sp, *items):
        return list(items)

    @_builds
    def import_decl(self, sp, s):
        return A.Import(sp, self.string_lit(s))

    @_builds
    def model_decl(self, sp, name, *fields):
        return A.Model(sp, str(name), self.ts(name), self.one_per_line(list(fields)))

    @_builds
    def field_decl(self, sp, name, type_, default=None):
        return A.Field(sp, str(name), self.ts(name), type_, default)

    @_builds
    def enum_decl(self, sp, name, *cases):
        return A.Enum(sp, str(name), self.ts(name), [A.Name(self.ts(c), str(c)) for c in cases])

    def _component(self, kind, sp, name, *rest):
        params = rest[0] if len(rest) == 2 else None
        body = rest[-1]
        return A.Component(sp, kind, str(name), self.ts(name), params, body)

    @_builds
    def component_decl(self, sp, name, *rest):
        return self._component("component", sp, name, *rest)

    @_builds
    def screen_decl(self, sp, name, *rest):
        return self._component("screen", sp, name, *rest)

    @_builds
    def param_list(self, sp, *params):
        return list(params)

    @_builds
    def param(self, sp, name, type_, default=None):
        return A.Param(sp, str(name), self.ts(name), type_, default)

    @_builds
    def theme_decl(self, sp, *rest):
        variant = rest[0] if rest and isinstance(rest[0], Token) else None
        entries = [e for e in rest if isinstance(e, A.ThemeEntry)]
        return A.Theme(sp, self.one_per_line(entries), str(variant) if variant else None,
                       self.ts(variant) if variant else None)

    @_builds
    def theme_entry(self, sp, kind, name, value):
        return A.ThemeEntry(sp, str(kind), self.ts(kind), str(name), self.ts(name), value)

    @_builds
    def strings_decl(self, sp, *rest):
        locale = rest[0] if rest and isinstance(rest[0], str) else None
        entries = [e for e in rest if isinstance(e, A.StringEntry)]
        return A.Strings(sp, locale, self.one_per_line(entries))

    def locale(self, children):
        return "".join(str(p) for p in children)

    @_builds
    def string_entry(self, sp, key, value):
        return A.StringEntry(sp, str(key), self.ts(key), self.string_lit(value))

    # -- bodies --
    def body(self, children):
        return self.one_per_line([c for c in children if c is not None])

    def _decl(self, cls, sp, name, *rest):
        type_ = rest[0] if len(rest) == 2 else None
        value = rest[-1]
        return self.deep(cls(sp, str(name), self.ts(name), type_, value), value)

    @_builds
    def state_decl(self, sp, name, *rest):
        return self._decl(A.StateDecl, sp, name, *rest)

    @_builds
    def let_decl(self, sp, name, *rest):
        return self._decl(A.LetDecl, sp, name, *rest)

    @_builds
    def let_stmt(self, sp, name, *rest):
        return self._decl(A.LetStmt, sp, name, *rest)

    def element(self, children):
        # `Name(args) {children} .mods` — call_args arrives as a tuple to tell it from a body list
        name = children[0]
        args = None
        kids = None
        mods = []
        for c in children[1:]:
            if isinstance(c, _ArgList):
                args = list(c)
            elif isinstance(c, A.Children):
                kids = c
            elif isinstance(c, A.Modifier):
                mods.append(c)
        sp = self.join(name, children[-1])
        node = A.Element(sp, str(name), self.ts(name), args, kids, mods)
        return self.deep(node, kids, *mods, *(args or []))

    @_builds
    def children(self, sp, *kids):
        params = list(kids[0]) if len(kids) == 2 else []
        body = kids[-1]
        return self.deep(A.Children(sp, params, body), *body)

    def block_params(self, children):
        return _Params(A.Name(self.ts(n), str(n)) for n in children if isinstance(n, Token) and n.type == "NAME")

    @_builds
    def modifier(self, sp, name, *rest):
        args = None
        action = None
        for r in rest:
            if isinstance(r, _ArgList):
                args = list(r)
            elif isinstance(r, A.ActionBlock):
                action = r
        node = A.Modifier(sp, str(name), self.ts(name), args, action)
        return self.deep(node, action, *(args or []))

    @_builds
    def if_view(self, sp, cond, body, else_part=None):
        branches = [(cond, body)]
        else_body = None
        if isinstance(else_part, A.IfView):
            branches += else_part.branches
            else_body = else_part.else_body
        elif else_part is not None:
            else_body = else_part
        node = A.IfView(sp, branches, else_body)
        return self.deep(node, cond, else_part if isinstance(else_part, A.IfView) else None,
                         *body, *(else_body or []))

    @_builds
    def else_view(self, sp, part):
        return part

    @_builds
    def native_block(self, sp, *entries):
        return A.Native(sp, list(entries))

    @_builds
    def native_entry(self, sp, target, code):
        return A.NativeEntry(sp, str(target), self.string_lit(code, interpolate=False))

    # -- actions --
    @_builds
    def action_block(self, sp, *kids):
        params = list(kids[0]) if kids and isinstance(kids[0], _Params) else []
        stmts = [k for k in kids if not isinstance(k, _Params)]
        node = A.ActionBlock(sp, params, self.one_per_line(stmts))
        return self.deep(node, *stmts)

    @_builds
    def assign_stmt(self, sp, target, op, value):
        return self.deep(A.Assign(sp, target, op, value), target, value)

    def assign_op(self, children):
        return str(children[0])

    @_builds
    def expr_stmt(self, sp, e):
        return self.deep(A.ExprStmt(sp, e), e)

    @_builds
    def if_stmt(self, sp, cond, *rest):
        rest = list(rest)
        else_part = rest.pop() if rest and isinstance(rest[-1], (A.IfStmt, _Else)) else None
        body = self.one_per_line(rest)
        branches = [(cond, body)]
        else_body = None
        if isinstance(else_part, A.IfStmt):
            branches += else_part.branches
            else_body = else_part.else_body
        elif else_part is not None:
            else_body = list(else_part)
        node = A.IfStmt(sp, branches, else_body)
        return self.deep(node, cond, else_part if isinstance(else_part, A.IfStmt) else None,
                         *body, *(else_body or []))

    @_builds
    def else_stmt(self, sp, *parts):
        if len(parts) == 1 and isinstance(parts[0], A.IfStmt):
            return parts[0]
        return _Else(self.one_per_line(list(parts)))

    # -- expressions --
    @_builds
    def call_args(self, sp, *args):
        out = _ArgList(args)
        out.span = sp
        return out

    @_builds
    def arg(self, sp, *kids):
        if len(kids) == 2:
            label, value = kids
            return self.deep(A.Arg(sp, str(label), self.ts(label), value), value)
        return self.deep(A.Arg(sp, None, None, kids[0]), kids[0])

    @_builds
    def cond(self, sp, c, a, b):
        return self.deep(A.Cond(sp, c, a, b), c, a, b)

    @_builds
    def binop(self, sp, left, op, right):
        return self.deep(A.Binary(sp, str(op), left, right, self.ts(op)), left, right)

    @_builds
    def unop(self, sp, op, operand):
        return self.deep(A.Unary(sp, str(op), operand), operand)

    @_builds
    def member(self, sp, obj, name):
        return self.deep(A.Member(sp, obj, str(name), self.ts(name)), obj)

    @_builds
    def opt_member(self, sp, obj, name):
        return self.deep(A.Member(sp, obj, str(name), self.ts(name), True), obj)

    @_builds
    def call(self, sp, callee, args):
        return self.deep(A.Call(sp, callee, list(args)), callee, *args)

    @_builds
    def index(self, sp, obj, idx):
        return self.deep(A.Index(sp, obj, idx), obj, idx)

    def int_lit(self, children):
        tok = children[0]
        text = str(tok)
        value = int(text.replace("_", ""))
        if value > 2**53:
            raise _SyntaxProblem(E_BAD_NUMBER, "integer literal too large", self.ts(tok),
                                 "integers are limited to 2^53 so every target represents them exactly")
        return A.IntLit(self.ts(tok), value, text)

    def float_lit(self, children):
        tok = children[0]
        text = str(tok)
        value = float(text.replace("_", ""))
        if value == float("inf"):
            raise _SyntaxProblem(E_BAD_NUMBER, "float literal too large", self.ts(tok))
        return A.FloatLit(self.ts(tok), value, text)

    def true_lit(self, children):
        return A.BoolLit(self.ts(children[0]), True)

    def false_lit(self, children):
        return A.BoolLit(self.ts(children[0]), False)

    def nil_lit(self, children):
        return A.NilLit(self.ts(children[0]))

    def color_lit(self, children):
        return A.ColorLit(self.ts(children[0]), str(children[0])[1:].upper())

    def string_lit(self, children, interpolate: bool = True) -> A.StrLit:
        tok = children[0] if isinstance(children, list) else children
        raw = str(tok)
        span = self.ts(tok)
        triple = raw.startswith('"""') and len(raw) >= 6
        body = raw[3:-3] if triple else raw[1:-1]
        parts = _decode_string(body, interpolate, self, tok, 3 if triple else 1, escapes=not triple)
        return A.StrLit(span, parts, raw, triple)

    def var(self, children):
        return A.Var(self.ts(children[0]), str(children[0]))

    def binding(self, children):
        return A.BindingExpr(self.ts(children[0]), str(children[0])[1:])

    @_builds
    def implicit_member(self, sp, name):
        return A.ImplicitMember(sp, str(name))

    @_builds
    def paren(self, sp, inner):
        return self.deep(A.Paren(sp, inner), inner)

    @_builds
    def list_lit(self, sp, *items):
        return self.deep(A.ListLit(sp, list(items)), *items)

    @_builds
    def theme_ref(self, sp, name):
        return A.ThemeRef(sp, str(name), self.ts(name))

    @_builds
    def string_ref(self, sp, key):
        return A.StringRef(sp, str(key), self.ts(key))

    # -- types --
    def named_type(self, children):
        return A.NamedType(self.ts(children[0]), str(children[0]))

    @_builds
    def generic_type(self, sp, name, _lt, arg, _gt):
        return self.deep(A.GenericType(sp, str(name), arg), arg)

    @_builds
    def list_type(self, sp, elem):
        return self.deep(A.ListType(sp, elem), elem)

    @_builds
    def optional_type(self, sp, inner):
        return self.deep(A.OptionalType(sp, inner), inner)

    @_builds
    def paren_type(self, sp, inner):
        return inner

    @_builds
    def func_type(self, sp, *parts):
        *params, result = parts
        return self.deep(A.FuncType(sp, list(params), result), result, *params)


class _ArgList(tuple):
    """call_args, kept apart from body lists; `span` covers the parentheses."""
    span: Span


class _Params(tuple):
    """block parameters `a, b ->`."""


class _Else(list):
    """the statements of an `else { }`."""


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "{": "{", "}": "}", "0": "\0", "$": "$"}


def _position_in(tok: Token, offset: int, text: str) -> tuple[int, int]:
    """(line, col) of character `offset` of the token's text."""
    before = text[:offset]
    nl = before.count("\n")
    if nl == 0:
        return tok.line, tok.column + offset
    return tok.line + nl, offset - before.rfind("\n")


def _decode_string(body: str, interpolate: bool, builder: _Builder, tok: Token, base: int,
                   escapes: bool = True) -> list:
    """Decode escapes (unless `escapes` is False: triple-quoted native code is verbatim) and
    split `{expr}` interpolations (when `interpolate`)."""
    raw = str(tok)
    parts: list = []
    buf: list[str] = []
    i = 0
    n = len(body)

    def here(k: int, length: int = 1) -> Span:
        line, col = _position_in(tok, base + k, raw)
        return Span(file=builder.file, line=line + builder.dl,
                    col=col + (builder.dc if line == 1 else 0),
                    end_line=line + builder.dl, end_col=col + length + (builder.dc if line == 1 else 0))

    while i < n:
        ch = body[i]
        if ch == "\\" and escapes:
            if i + 1 >= n:
                raise _SyntaxProblem(E_BAD_ESCAPE, "invalid escape at end of string", here(i))
            nxt = body[i + 1]
            if nxt in _ESCAPES:
                buf.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "u":
                m = re.match(r"u\{([0-9A-Fa-f]{1,6})\}", body[i + 1:])
                if m and int(m.group(1), 16) <= 0x10FFFF and not (0xD800 <= int(m.group(1), 16) <= 0xDFFF):
                    buf.append(chr(int(m.group(1), 16)))
                    i += 1 + m.end()
                    continue
                raise _SyntaxProblem(E_BAD_ESCAPE, "invalid unicode escape", here(i, 2),
                                     "write \\u{1F600}: 1 to 6 hex digits naming a valid code point")
            raise _SyntaxProblem(E_BAD_ESCAPE, f"invalid escape sequence '\\{nxt}'", here(i, 2),
                                 "valid escapes: \\\\ \\\" \\n \\t \\r \\{ \\} \\$ \\0 \\u{XXXX}")
        if ch == "{" and interpolate:
            depth = 1
            j = i + 1
            while j < n and depth:
                if body[j] == '"':            # a string literal inside the interpolation
                    j += 1
                    while j < n and body[j] != '"':
                        j += 2 if body[j] == "\\" else 1
                elif body[j] == "{":
                    depth += 1
                elif body[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise _SyntaxProblem(E_BAD_INTERP, "unclosed '{' in string", here(i),
                                     "write \\{ for a literal brace")
            inner = body[i + 1:j - 1]
            if not inner.strip():
                raise _SyntaxProblem(E_BAD_INTERP, "empty interpolation '{}'", here(i, 2),
                                     "write \\{\\} for literal braces")
            if buf:
                parts.append("".join(buf))
                buf = []
            line, col = _position_in(tok, base + i + 1, raw)
            parts.append(builder.parse_expr(inner, line - 1, col - 1))
            i = j
            continue
        if ch == "}" and interpolate:
            raise _SyntaxProblem(E_BAD_INTERP, "unmatched '}' in string", here(i),
                                 "write \\} for a literal brace")
        buf.append(ch)
        i += 1
    if buf or not parts:
        parts.append("".join(buf))
    return parts


class _Miss(Exception):
    """The fast driver met input it does not accept: let Lark's own parser report it."""


class _LexerTable(dict):
    def __init__(self, contextual) -> None:
        super().__init__()
        self.contextual = contextual
        self.built: dict[int, tuple] = {}

    def __missing__(self, state: int) -> tuple:
        basic = self.contextual.lexers[state]
        entry = self.built.get(id(basic))
        if entry is None:
            entry = (tuple(basic.scanner._mres), frozenset(basic.ignore_types), dict(basic.callback))
            self.built[id(basic)] = entry
        self[state] = entry
        return entry


class _FastDriver:
    """Runs the LALR(1) tables and contextual-lexer regexes that Lark built for this grammar,
    in one tight loop. On valid input it performs exactly the same shifts, reductions and
    callbacks as `Lark.parse` (a test compares the two on every sample and on generated
    programs); on the first token it cannot take it raises `_Miss`, and the caller re-runs
    `Lark.parse`, whose exceptions carry the diagnostics. Lark's general driver pays per token
    for hashing grammar rules, a generator-based lexer and a line counter object; here those
    are precomputed per parser state (about twice as fast on xui sources)."""

    def __init__(self, lark: Lark) -> None:
        from lark.parse_tree_builder import ExpandSingleChild
        from lark.parsers.lalr_analysis import Shift
        frontend = lark.parser
        inner = frontend.parser.parser
        table = inner.parse_table
        callbacks = inner.callbacks
        if any(isinstance(k, str) for k in callbacks):     # terminal callbacks: not used by xui
            raise RuntimeError("terminal callbacks are not supported by the fast driver")
        self.start_states = dict(table.start_states)
        self.end_states = dict(table.end_states)
        # actions[state][terminal] = int (shift to that state) or (size, callback, nonterminal)
        self.actions: dict[int, dict[str, Any]] = {}
        self.goto: dict[int, dict[str, int]] = {}
        for st, acts in table.states.items():
            a: dict[str, Any] = {}
            g: dict[str, int] = {}
            for name, (action, arg) in acts.items():
                if action is Shift:
                    (a if name.isupper() or name == "$END" else g)[name] = arg
                else:
                    cb = callbacks[arg]
                    size = len(arg.expansion)
                    # `?rule: x` with one child and no child filter returns the child itself:
                    # only the state changes (most reductions: the precedence chain).
                    unit = size == 1 and isinstance(cb, ExpandSingleChild)
                    a[name] = (size, None if unit else cb, arg.origin.name)
            self.actions[st] = a
            self.goto[st] = g
        # lexers[state] = (compiled regexes, ignored types, type callbacks (keywords)), built on
        # first use like Lark's own (compiling every state's regexes up front costs ~0.1 s)
        self.lexers = _LexerTable(lark.parser.lexer)

    def parse(self, text: str, start: str) -> Any:
        actions, goto, lexers = self.actions, self.goto, self.lexers
        end_state = self.end_states[start]
        states = [self.start_states[start]]
        values: list[Any] = []
        new_token = Token._future_new
        pos, n, line, line_start = 0, len(text), 1, 0
        last = None
        while True:
            if pos < n:
                mres, ignore, kw = lexers[states[-1]]
                for mre in mres:
                    m = mre.match(text, pos)
                    if m:
                        break
                else:
                    raise _Miss
                value = m.group(0)
                type_ = m.lastgroup
                end = pos + len(value)
                nl = value.count("\n")
                if type_ in ignore:
                    if nl:
                        line += nl
                        line_start = pos + value.rindex("\n") + 1
                    pos = end
                    continue
                col = pos - line_start + 1
                if nl:
                    line2 = line + nl
                    line_start = pos + value.rindex("\n") + 1
                else:
                    line2 = line
                tok = new_token(type_, value, pos, line, col, line2, end - line_start + 1, end)
                line = line2
                pos = end
                if type_ in kw:
                    tok = kw[type_](tok)
                    type_ = tok.type
                last = tok
                is_end = False
            else:
                type_ = "$END"
                is_end = True
            while True:
                act = actions[states[-1]].get(type_)
                if act is None:
                    raise _Miss
                if act.__class__ is int:
                    if is_end:
                        raise _Miss
                    states.append(act)
                    values.append(last)
                    break
                size, callback, origin = act
                if callback is None:
                    states[-1] = goto[states[-2]][origin]
                    if is_end and states[-1] == end_state:
                        return values[-1]
                    continue
                if size:
                    kids = values[-size:]
                    del states[-size:]
                    del values[-size:]
                else:
                    kids = []
                value = callback(kids)
                states.append(goto[states[-1]][origin])
                values.append(value)
                if is_end and states[-1] == end_state:
                    return values[-1]


class Parser:
    def __init__(self) -> None:
        self.builder = _Builder()
        self.builder.parse_expr = self._parse_interp
        kwargs: dict[str, Any] = dict(parser="lalr", lexer="contextual", keep_all_tokens=True,
                                      maybe_placeholders=False, start=["start", "expr"],
                                      transformer=self.builder)
        cache = _cache_path()
        if cache:
            kwargs["cache"] = cache
        self.lark = Lark(grammar_text(), **kwargs)
        self.fast = None if os.environ.get("XUI_LARK_DRIVER") else _FastDriver(self.lark)

    def _run(self, text: str, start: str) -> Any:
        """Parse with the fast driver; on a syntax error re-run Lark itself for the exception."""
        if self.fast is not None:
            try:
                return self.fast.parse(text, start)
            except _Miss:
                if start == "start":
                    self.builder.depth, self.builder.problems = {}, []
        return self.lark.parse(text, start=start)

    def _parse_interp(self, text: str, dl: int, dc: int) -> A.Node:
        b = self.builder
        saved = (b.dl, b.dc)
        b.dl, b.dc = saved[0] + dl, (saved[1] if dl == 0 else 0) + dc
        try:
            return self._run(text, "expr")
        except UnexpectedInput as e:
            tok_span = self._error_span(e)
            raise _SyntaxProblem(E_BAD_INTERP, "invalid expression in string interpolation", tok_span,
                                 "write \\{ for a literal brace; string literals cannot be nested "
                                 "inside an interpolation (use a `let`)")
        finally:
            b.dl, b.dc = saved

    def _error_span(self, e: UnexpectedInput) -> Span:
        b = self.builder
        line = getattr(e, "line", 1) or 1
        col = getattr(e, "column", 1) or 1
        if line < 1:
            line, col = 1, 1
        tok = getattr(e, "token", None)
        length = len(str(tok)) if tok is not None and str(tok) else 1
        if tok is not None and getattr(tok, "type", "") == "$END":
            length = 1
        return Span(file=b.file, line=line + b.dl, col=col + (b.dc if line == 1 else 0),
                    end_line=line + b.dl, end_col=col + length + (b.dc if line == 1 else 0))

    def parse(self, text: str, file: str, sink: DiagnosticSink) -> A.Module | None:
        b = self.builder
        b.file, b.dl, b.dc = file, 0, 0
        b.depth = {}
        b.problems = []
        try:
            items = self._run(text, "start")
        except _TooDeep as e:
            sink.error(E_TOO_DEEP, f"nesting deeper than {MAX_DEPTH} levels", e.span,
                       "split the view into components, or name sub-expressions with `let`")
            return None
        except _SyntaxProblem as e:
            sink.error(e.code, e.message, e.span, e.hint)
            return None
        except UnexpectedInput as e:
            self._report(e, text, sink)
            return None
        finally:
            b.depth = {}
        for code, msg, span in b.problems:
            sink.error(code, msg, span)
        return A.Module(file, items, _comments(text, file))

    def _report(self, e: UnexpectedInput, text: str, sink: DiagnosticSink) -> None:
        span = self._error_span(e)
        if isinstance(e, UnexpectedCharacters):
            ch = text[e.pos_in_stream] if 0 <= e.pos_in_stream < len(text) else "?"
            if ch == '"':
                sink.error(E_UNTERMINATED_STRING, "unterminated string literal", span,
                           'close it with " on the same line; use \\n or """...""" for line breaks')
            elif ch == "#":
                sink.error(E_COLOR, "invalid color literal", span, "write #RRGGBB or #AARRGGBB")
            else:
                shown = ch if ch.isprintable() else f"U+{ord(ch):04X}"
                sink.error(E_UNEXPECTED_CHAR, f"unexpected character '{shown}'",
                           span.with_end_col(span.col + 1),
                           self._expected_hint(getattr(e, "allowed", None) or ()))
            return
        if isinstance(e, UnexpectedEOF) or (isinstance(e, UnexpectedToken) and e.token.type == "$END"):
            expected = getattr(e, "expected", None) or getattr(e, "accepts", None) or ()
            last = text.rstrip()
            line = last.count("\n") + 1
            col = len(last) - (last.rfind("\n") + 1) + 1
            eof_span = Span(file=self.builder.file, line=line, col=col, end_line=line, end_col=col + 1)
            sink.error(E_UNEXPECTED_EOF, "unexpected end of file", eof_span, self._expected_hint(expected))
            return
        if isinstance(e, UnexpectedToken):
            tok = e.token
            expected = e.accepts or e.expected or set()
            what = _describe_token(tok)
            hint = self._expected_hint(expected)
            closer = next((c for t, c in (("RPAR", "')'"), ("RSQB", "']'"), ("RBRACE", "'}'"))
                           if t in expected), None)
            prev_line = _previous_code_line(text, tok.start_pos) if tok.start_pos is not None else None
            if closer and prev_line is not None and prev_line < tok.line:
                hint = f"{hint}; is a {closer} missing at the end of line {prev_line}?"
            if tok.type == "NAME" and str(tok) in KEYWORDS:
                hint = f"'{tok}' is a keyword and cannot be used as a name"
            sink.error(E_UNEXPECTED_TOKEN, f"unexpected {what}", span, hint)
            return
        sink.error(E_UNEXPECTED_TOKEN, "syntax error", span)

    def _expected_hint(self, expected) -> str | None:
        words = sorted({self._word(t) for t in expected if not t.startswith("__")} |
                       {self._word(t) for t in expected if t.startswith("__")})
        words = [w for w in words if w]
        if not words:
            return None
        if len(words) > 8:
            words = words[:8] + ["…"]
        return "expected " + (words[0] if len(words) == 1 else "one of " + ", ".join(words))

    def _word(self, name: str) -> str:
        if name in _TOKEN_WORDS:
            return _TOKEN_WORDS[name]
        try:
            term = self.lark.get_terminal(name)
        except KeyError:
            return name.lower()
        pattern = term.pattern
        if pattern.type == "str":
            return f"'{pattern.value}'"
        return name.lower()


def _previous_code_line(text: str, pos: int) -> int | None:
    """Line of the last non-blank character before `pos` (comments are not skipped)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\r\n\f":
        i -= 1
    return text.count("\n", 0, i) + 1 if i >= 0 else None


def _describe_token(tok: Token) -> str:
    if tok.type == "$END":
        return "end of file"
    text = str(tok)
    if tok.type == "NAME":
        return f"name '{text}'"
    if tok.type == "STRING":
        return "string"
    if tok.type in ("INT", "FLOAT"):
        return f"number {text}"
    if len(text) > 20:
        text = text[:20] + "…"
    return f"'{text}'"


_COMMENT_RE = re.compile(r'//[^\n]*|/\*[\s\S]*?\*/|"""[\s\S]*?"""|'
                         r'"(?:[^"\\\n\r{]|\\[^\n\r]|\{(?:[^{}"\\\n\r]|\\[^\n\r]|"(?:[^"\\\n\r]|\\[^\n\r])*")*+\}|\{)*+"')


def _comments(text: str, file: str) -> list[A.Comment]:
    if "//" not in text and "/*" not in text:
        return []
    out = []
    for m in _COMMENT_RE.finditer(text):
        s = m.group(0)
        if s.startswith('"'):
            continue
        start = m.start()
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        out.append(A.Comment(line, col, line + s.count("\n"), s))
    return out


def cache_home() -> Path:
    """xui's folder for caches: `$XDG_CACHE_HOME/xui`, default `~/.cache/xui`."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "xui"


def _cache_path() -> str | None:
    if os.environ.get("XUI_NO_CACHE"):
        return None
    d = cache_home()
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    from xui import __version__
    return str(d / f"parser-{__version__}.lark-cache")


@lru_cache(maxsize=1)
def get_parser() -> Parser:
    return Parser()


def decode_source(data: bytes, file: str, sink: DiagnosticSink) -> str | None:
    """Bytes -> text, or a located diagnostic for binary / oversized / non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        sink.error(E_TOO_LARGE, f"file is {len(data) // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB",
                   Span(file=file, line=1, col=1, end_line=1, end_col=2))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        col = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        sink.error(E_NUL, "NUL byte in source (is this a binary file?)",
                   Span(file=file, line=line, col=col, end_line=line, end_col=col + 1))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = len(data[data.rfind(b"\n", 0, e.start) + 1:e.start].decode("utf-8", "replace")) + 1
        sink.error(E_ENCODING, f"invalid UTF-8 byte 0x{data[e.start]:02X}",
                   Span(file=file, line=line, col=col, end_line=line, end_col=col + 1),
                   "save the file as UTF-8")
        return None


def parse_text(text: str, file: str, sink: DiagnosticSink) -> A.Module | None:
    return get_parser().parse(text, file, sink)
