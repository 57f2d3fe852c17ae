"""Android data-binding expressions (`@{...}`) -> xui expressions.

A small recursive-descent parser for the common subset: names, member access,
getter calls (`user.getName()` -> `user.name`), literals (`'x'`, `` `x` ``,
`"x"`, numbers, true/false/null), `!`, `+ - * / %`, comparisons, `&& ||`,
`?:`, `??`, `@string/x`, `View.VISIBLE/GONE/INVISIBLE`, and listener forms
`() -> h.onSave()` / `h::onSave` (callbacks). Anything else raises Unsupported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .resources import camel, xui_string


class Unsupported(Exception):
    pass


_TOK = re.compile(r"""\s*(?:
    (?P<num>\d+(?:\.\d+)?[fFdDlL]?)
  | (?P<str>'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")
  | (?P<res>@(?:android:)?[a-z]+/[A-Za-z0-9_.]+)
  | (?P<op>::|->|\?\?|&&|\|\||==|!=|<=|>=|[-+*/%!<>?:.(),\[\]])
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
)""", re.X)


def tokenize(s: str) -> list[tuple[str, str]]:
    out = []
    i = 0
    s = s.rstrip()
    while i < len(s):
        m = _TOK.match(s, i)
        if not m or m.end() == i:
            raise Unsupported(f"cannot read '{s[i:i + 12]}'")
        i = m.end()
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
    return out


@dataclass
class BindCtx:
    """Variables from <data>: name -> xui type ('String', 'Bool', 'Int', 'Float', a model name, 'handler')."""
    variables: dict[str, str]
    models: dict[str, dict[str, str]] = field(default_factory=dict)    # model -> field -> type
    callbacks: dict[str, str] = field(default_factory=dict)            # callback param -> type
    string_key: object = None        # fn(name) -> xui key or None
    used_vars: set[str] = field(default_factory=set)
    model_types: set[str] = field(default_factory=set)
    new_model: object = None         # fn(name) -> the model name to use (registers it)


_PREC = [("??",), ("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


class _P:
    def __init__(self, toks, ctx: BindCtx, want: str):
        self.t = toks
        self.i = 0
        self.ctx = ctx
        self.want = want
        self.last_new = None

    def peek(self, k=0):
        j = self.i + k
        return self.t[j] if j < len(self.t) else ("eof", "")

    def take(self, val=None):
        tok = self.peek()
        if val is not None and tok[1] != val:
            raise Unsupported(f"expected '{val}'")
        self.i += 1
        return tok

    # returns (xui text, type)
    def expr(self, want=None):
        self.last_new = None
        c, ct = self.binop(0, want if want else None)
        if self.peek()[1] == "?":
            self.take("?")
            if self.last_new and self.last_new[2] == c and ct != "Bool":
                self.ctx.models[self.last_new[0]][self.last_new[1]] = "Bool"   # a condition: Bool
                ct = "Bool"
            a, at = self.expr(want)
            self.take(":")
            b, bt = self.expr(want)
            t = at if at != "Unknown" else bt
            return f"{c} ? {a} : {b}", t
        return c, ct

    def binop(self, level, want):
        if level == len(_PREC):
            return self.unary(want)
        left, lt = self.binop(level + 1, want)
        while self.peek()[0] == "op" and self.peek()[1] in _PREC[level]:
            op = self.take()[1]
            right, rt = self.binop(level + 1, want)
            if op in ("&&", "||"):
                t = "Bool"
            elif op in ("==", "!=", "<", ">", "<=", ">="):
                t = "Bool"
            elif op == "+" and "String" in (lt, rt):
                if lt != rt:
                    # xui's + on strings needs two Strings: interpolate the other side
                    return self._concat(left, lt, right, rt), "String"
                t = "String"
            elif op == "??":
                t = lt if lt != "Unknown" else rt
            else:
                t = lt if lt != "Unknown" else rt
            left, lt = f"{left} {op} {right}", t
        return left, lt

    def _concat(self, left, lt, right, rt):
        def part(x, t):
            if t == "String" and x.startswith('"') and x.endswith('"'):
                return x[1:-1]
            if t == "String":
                return "{" + x + "}"
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", x):
                return "{" + x + "}"
            raise Unsupported("string concatenation with a complex expression")
        return '"' + part(left, lt) + part(right, rt) + '"'

    def unary(self, want):
        tok = self.peek()
        if tok[1] == "!":
            self.take()
            x, _ = self.unary("Bool")
            return f"!{x}", "Bool"
        if tok[1] == "-":
            self.take()
            x, t = self.unary(want)
            return f"-{x}", t
        return self.postfix(want)

    def postfix(self, want):
        kind, val = self.take()
        if kind == "num":
            v = val.rstrip("fFdDlL")
            return v, ("Float" if "." in v or val[-1:] in "fFdD" else "Int")
        if kind == "str":
            body = val[1:-1]
            body = re.sub(r"\\(.)", r"\1", body)
            return xui_string(body), "String"
        if kind == "res":
            typ, name = val.lstrip("@").split("/", 1)
            if typ == "string" and self.ctx.string_key:
                key = self.ctx.string_key(name)
                if key:
                    return f"strings.{key}", "String"
            raise Unsupported(f"resource {val} in an expression")
        if kind == "op" and val == "(":
            x, t = self.expr(want)
            self.take(")")
            return f"({x})", t
        if kind != "name":
            raise Unsupported(f"unexpected '{val}'")
        if val in ("true", "false"):
            return val, "Bool"
        if val == "null":
            return "nil", "Unknown"
        if val == "View" and self.peek()[1] == ".":
            self.take(".")
            const = self.take()[1]
            if const in ("VISIBLE", "GONE", "INVISIBLE"):
                return f"__VIS_{const}", "Visibility"
            raise Unsupported(f"View.{const}")
        if val not in self.ctx.variables:
            raise Unsupported(f"'{val}' is not a <data> variable")
        self.ctx.used_vars.add(val)
        text, typ = val, self.ctx.variables[val]
        while self.peek()[1] == ".":
            self.take(".")
            member = self.take()[1]
            if self.peek()[1] == "(":
                self.take("(")
                if self.peek()[1] != ")":
                    raise Unsupported("method call with arguments")
                self.take(")")
                m = re.fullmatch(r"(get|is)([A-Z]\w*)", member)
                if not m:
                    raise Unsupported(f"method call '{member}()'")
                member = member[3:] if member.startswith("get") else member
                member = member[:1].lower() + member[1:]
            fields = self.ctx.models.get(typ)
            if fields is None and typ in self.ctx.model_types:
                fields = self.ctx.models.setdefault(typ, {})
            if fields is None:
                raise Unsupported(f"member '{member}' of a non-model value")
            fname = camel(member)
            ftype = fields.get(fname)
            if ftype is None:
                if self.peek()[1] == "." and self.peek(1)[0] == "name":
                    ftype = camel(member)[:1].upper() + camel(member)[1:]     # a nested model
                    if ftype not in self.ctx.models and self.ctx.new_model:
                        ftype = self.ctx.new_model(ftype)
                    self.ctx.model_types.add(ftype)
                else:
                    ftype = "Bool" if (want == "Bool" or re.match(r"is[A-Z]|has[A-Z]", member)) else \
                        (want if want in ("String", "Int", "Float") else "String")
                fields[fname] = ftype
                self.last_new = (typ, fname, f"{text}.{fname}")
            text, typ = f"{text}.{fname}", ftype
        return text, typ


def translate(expr: str, ctx: BindCtx, want: str) -> tuple[str, str]:
    """Translate a binding expression body to (xui expression, type). `want` is the expected
    xui type ('String', 'Bool', 'Visibility' ...). Raises Unsupported."""
    body = expr.strip()
    m = re.search(r",\s*default\s*=", body)
    if m:
        body = body[:m.start()]
    toks = tokenize(body)
    p = _P(toks, ctx, want)
    text, typ = p.expr(want)
    if p.i != len(toks):
        raise Unsupported(f"unexpected '{p.peek()[1]}'")
    return text, typ


def translate_listener(expr: str, ctx: BindCtx) -> str:
    """`() -> handler.onSave()` / `handler::onSave` / `v -> handler.onSave(v)` -> callback name."""
    body = expr.strip()
    plain = re.fullmatch(r"(\w+)", body)
    if plain and plain.group(1) in ctx.variables:      # @{clickListener}: a listener variable
        base = re.sub(r"(Listener|Handler|Callback)$", "", plain.group(1)) or "click"
        name = camel(base)
        return name if name.startswith("on") and len(name) > 2 else "on" + name[:1].upper() + name[1:]
    m = re.fullmatch(r"(?:\(\s*\w*\s*\)|\w+)\s*->\s*(\w+)\.(\w+)\(\s*\w*\s*\)", body) or \
        re.fullmatch(r"(\w+)::(\w+)", body)
    if not m:
        raise Unsupported("listener expression")
    var, method = m.group(1), m.group(2)
    if var not in ctx.variables:
        raise Unsupported(f"'{var}' is not a <data> variable")
    name = camel(method)
    if not name.startswith("on"):
        name = "on" + name[:1].upper() + name[1:]
    return name
