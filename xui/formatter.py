"""`xui fmt`: print the AST back in canonical style, keeping every comment.

Style: 2-space indent; one declaration, element, modifier or statement per
line; modifiers on their own lines, indented under their element; arguments
on one line when they fit in 100 columns, otherwise one per line (a single
trailing multi-line action block hugs the call). Literals are printed as
written (escapes and number spelling are the user's). Comments are attached
to the next line-level item (or kept at the end of their line), so none is
ever dropped.
"""

from __future__ import annotations

from xui import ast as A
from xui.diagnostics import DiagnosticSink

WIDTH = 100
IND = "  "

_PREC = {"??": 1, "||": 2, "&&": 3, "==": 4, "!=": 4, "<": 4, ">": 4, "<=": 4, ">=": 4,
         "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


def format_source(text: str, file: str, sink: DiagnosticSink) -> str | None:
    """The formatted text, or None (with diagnostics) when `text` does not parse.

    As a safety net the output is parsed again and compared with the input's tree
    (spans aside); if they differ, or a comment went missing, the input is returned
    unchanged rather than risk changing the program."""
    from xui.parser import parse_text
    module = parse_text(text, file, sink)
    if module is None or sink.has_errors:
        return None
    out = format_module(module)
    check = DiagnosticSink()
    again = parse_text(out, file, check)
    if again is None or check.has_errors or fingerprint(again.items) != fingerprint(module.items) \
            or [c.text for c in again.comments] != [c.text for c in module.comments]:
        return text
    return out


def fingerprint(node):
    """A comparable rendering of an AST without source positions."""
    if isinstance(node, list) or isinstance(node, tuple):
        return tuple(fingerprint(n) for n in node)
    if hasattr(node, "__slots__") and hasattr(node, "span"):
        return (type(node).__name__,) + tuple(
            fingerprint(getattr(node, f)) for f in _fields(type(node))
            if not f.endswith("span") and f not in ("raw", "text"))
    return node


def _fields(cls) -> list[str]:
    out = []
    for k in cls.__mro__:
        out.extend(getattr(k, "__slots__", ()))
    return out


def format_module(module: A.Module) -> str:
    return _Printer(module.comments).module(module)


class _Printer:
    def __init__(self, comments: list[A.Comment]) -> None:
        self.comments = sorted(comments, key=lambda c: (c.line, c.col))
        self.ci = 0
        self.lines: list[str] = []
        self.level = 0
        self.last_src_line = 0

    # ---- comment plumbing ----
    def emit(self, text: str) -> None:
        self.lines.append(IND * self.level + text if text else "")

    def leading(self, line: int) -> None:
        """Emit comments that start before source line `line`."""
        while self.ci < len(self.comments) and self.comments[self.ci].line < line:
            c = self.comments[self.ci]
            if c.line == self.last_src_line and self.lines and self.lines[-1].strip():
                self.lines[-1] += "  " + c.text
            else:
                for i, l in enumerate(c.text.split("\n")):
                    self.emit(l.strip() if i else l)
                nxt = self.comments[self.ci + 1].line if self.ci + 1 < len(self.comments) else line
                if min(nxt, line) > c.end_line + 1:
                    self.emit("")   # keep one blank line after a comment that stood apart
            self.ci += 1

    def trailing(self, end_line: int) -> None:
        """Comments on the item's last line stay at the end of that line."""
        self.last_src_line = end_line
        while self.ci < len(self.comments) and self.comments[self.ci].line == end_line \
                and "\n" not in self.comments[self.ci].text:
            self.lines[-1] += "  " + self.comments[self.ci].text
            self.ci += 1

    def item(self, node, fn) -> None:
        self.leading(node.span.line)
        fn(node)
        self.trailing(node.span.end_line)

    # ---- declarations ----
    def module(self, m: A.Module) -> str:
        prev = None
        for d in m.items:
            if prev is not None and not (isinstance(prev, A.Import) and isinstance(d, A.Import)):
                self.emit("")
            self.item(d, self.decl)
            prev = d
        self.leading(10**12)
        out = "\n".join(self.lines).strip("\n")
        # collapse runs of blank lines
        while "\n\n\n" in out:
            out = out.replace("\n\n\n", "\n\n")
        return out + "\n" if out else ""

    def decl(self, d) -> None:
        if isinstance(d, A.Import):
            self.emit(f"import {d.path.raw}")
        elif isinstance(d, A.Model):
            self.emit(f"model {d.name} {{")
            self.level += 1
            for f in d.fields:
                self.item(f, lambda f: self.emit(f"{f.name}: {self.type(f.type)}"
                                                  + (f" = {self.expr(f.default)}" if f.default is not None else "")))
            self.close(d)
        elif isinstance(d, A.Enum):
            self.emit(f"enum {d.name} {{ " + ", ".join(c.name for c in d.cases) + " }" if d.cases
                      else f"enum {d.name} {{}}")
        elif isinstance(d, A.Component):
            self.component(d)
        elif isinstance(d, A.Theme):
            self.emit("theme " + (f"{d.variant} " if d.variant else "") + "{")
            self.level += 1
            for e in d.entries:
                self.item(e, lambda e: self.emit(f"{e.kind} {e.name} = {self.expr(e.value)}"))
            self.close(d)
        elif isinstance(d, A.Strings):
            self.emit("strings " + (f"{d.locale} " if d.locale else "") + "{")
            self.level += 1
            for e in d.entries:
                self.item(e, lambda e: self.emit(f"{e.key} = {e.value.raw}"))
            self.close(d)

    def close(self, node) -> None:
        self.leading(node.span.end_line)
        self.level -= 1
        self.emit("}")

    def component(self, c: A.Component) -> None:
        head = f"{c.kind} {c.name}"
        if c.params is not None:
            params = [f"{p.name}: {self.type(p.type)}" + (f" = {self.expr(p.default)}" if p.default is not None else "")
                      for p in c.params]
            one = head + "(" + ", ".join(params) + ") {"
            if len(IND * self.level + one) <= WIDTH:
                self.emit(one)
            else:
                self.emit(head + "(")
                self.level += 1
                for i, p in enumerate(params):
                    self.emit(p + ("," if i < len(params) - 1 else ""))
                self.level -= 1
                self.emit(") {")
        else:
            self.emit(head + " {")
        self.level += 1
        self.body(c.body, top=True)
        self.close(c)

    def body(self, items: list, top: bool = False) -> None:
        prev = None
        for it in items:
            if top and prev is not None and isinstance(prev, (A.StateDecl, A.LetDecl)) \
                    and not isinstance(it, (A.StateDecl, A.LetDecl)):
                self.emit("")
            self.item(it, self.body_item)
            prev = it

    def decl_line(self, head: str, value) -> None:
        """`state x: T = value`, breaking a long list literal one item per line."""
        one = f"{head} = {self.expr(value)}"
        if len(IND * self.level + one) <= WIDTH or not isinstance(value, A.ListLit) or not value.items:
            self.emit(one)
            return
        self.emit(f"{head} = [")
        self.level += 1
        for i, item in enumerate(value.items):
            self.leading(item.span.line)
            self.emit(self.expr(item) + ("," if i < len(value.items) - 1 else ""))
        self.level -= 1
        self.emit("]")

    def body_item(self, it) -> None:
        if isinstance(it, (A.StateDecl, A.LetDecl)):
            kw = "state" if isinstance(it, A.StateDecl) else "let"
            self.decl_line(f"{kw} {it.name}" + (f": {self.type(it.type)}" if it.type is not None else ""),
                           it.value)
        elif isinstance(it, A.Element):
            self.element(it)
        elif isinstance(it, A.IfView):
            self.if_chain(it.branches, it.else_body, self.body)
        elif isinstance(it, A.Native):
            self.native(it)

    def native(self, n: A.Native) -> None:
        self.emit("native {")
        self.level += 1
        for e in n.entries:
            self.item(e, lambda e: self.emit(f"{e.target}: {e.code.raw}"))
        self.close(n)

    def if_chain(self, branches, else_body, body_fn) -> None:
        for i, (cond, body) in enumerate(branches):
            opener = f"if {self.expr(cond)} {{" if i == 0 else f"}} else if {self.expr(cond)} {{"
            if i:
                self.level -= 1
            self.emit(opener)
            self.level += 1
            body_fn(body)
        if else_body is not None:
            self.level -= 1
            self.emit("} else {")
            self.level += 1
            body_fn(else_body)
        self.level -= 1
        self.emit("}")

    def element(self, e: A.Element) -> None:
        head = e.name
        if e.args is not None:
            self.call_into(head, e.args, e.children is not None)
        else:
            self.emit(head + (" {" if e.children is not None else ""))
        if e.children is not None:
            params = ", ".join(p.name for p in e.children.params)
            if params:
                self.lines[-1] += f" {params} ->"
            self.level += 1
            self.body(e.children.body)
            self.leading(e.children.span.end_line)
            self.level -= 1
            self.emit("}")
        if e.modifiers:
            # after a child block modifiers line up with the closing brace (`}` / `.padding(8)`);
            # otherwise they are indented under the element
            step = 0 if e.children is not None else 1
            self.level += step
            for m in e.modifiers:
                self.leading(m.span.line)
                self.modifier(m)
            self.level -= step

    def modifier(self, m: A.Modifier) -> None:
        head = "." + m.name
        if m.args is not None:
            self.call_into(head, m.args, m.action is not None)
        else:
            self.emit(head + (" {" if m.action is not None else ""))
        if m.action is not None:
            self.block_after(m.action)

    def block_after(self, b: A.ActionBlock) -> None:
        """Append an action block to the current last line (which ends with '{' already or not)."""
        inline = self.inline_block(b)
        if not self.lines[-1].endswith("{"):
            self.lines[-1] += " {"
        if inline is not None and len(self.lines[-1]) + len(inline) + 2 <= WIDTH:
            self.lines[-1] = self.lines[-1][:-1] + inline
            return
        params = ", ".join(p.name for p in b.params)
        if params:
            self.lines[-1] += f" {params} ->"
        self.level += 1
        self.stmts(b.stmts)
        self.leading(b.span.end_line)
        self.level -= 1
        self.emit("}")

    def call_into(self, head: str, args: list[A.Arg], opens_block: bool) -> None:
        """Emit `head(args)` (+ ' {' when a block follows), wrapping as needed."""
        suffix = " {" if opens_block else ""
        parts = [self.arg_inline(a) for a in args]
        if all(p is not None for p in parts):
            one = head + "(" + ", ".join(parts) + ")" + suffix
            if len(IND * self.level + one) <= WIDTH:
                self.emit(one)
                return
        # hug a single trailing multi-line action block
        last = args[-1] if args else None
        if last is not None and isinstance(last.value, A.ActionBlock) and all(p is not None for p in parts[:-1]) \
                and not any(isinstance(a.value, A.ActionBlock) for a in args[:-1]):
            lead = head + "(" + ", ".join(parts[:-1]) + (", " if len(parts) > 1 else "") + \
                (f"{last.label}: " if last.label else "") + "{"
            if len(IND * self.level + lead) <= WIDTH:
                self.emit(lead)
                b = last.value
                params = ", ".join(p.name for p in b.params)
                if params:
                    self.lines[-1] += f" {params} ->"
                self.level += 1
                self.stmts(b.stmts)
                self.leading(b.span.end_line)
                self.level -= 1
                self.emit("})" + suffix)
                return
        self.emit(head + "(")
        self.level += 1
        for i, a in enumerate(args):
            self.leading(a.span.line)
            comma = "," if i < len(args) - 1 else ""
            label = f"{a.label}: " if a.label else ""
            if isinstance(a.value, A.ActionBlock):
                inline = self.inline_block(a.value)
                if inline is not None and len(IND * self.level + label + inline + comma) <= WIDTH:
                    self.emit(label + inline + comma)
                else:
                    b = a.value
                    params = ", ".join(p.name for p in b.params)
                    self.emit(label + "{" + (f" {params} ->" if params else ""))
                    self.level += 1
                    self.stmts(b.stmts)
                    self.leading(b.span.end_line)
                    self.level -= 1
                    self.emit("}" + comma)
            else:
                self.emit(label + self.expr(a.value) + comma)
            self.trailing(a.span.end_line)
        self.level -= 1
        self.emit(")" + suffix)

    def arg_inline(self, a: A.Arg) -> str | None:
        label = f"{a.label}: " if a.label else ""
        if isinstance(a.value, A.ActionBlock):
            inline = self.inline_block(a.value)
            return None if inline is None else label + inline
        return label + self.expr(a.value)

    def inline_block(self, b: A.ActionBlock) -> str | None:
        """`{ x = 1 }` when the block is one simple statement without comments inside."""
        if len(b.stmts) > 1 or self.has_comment_inside(b.span):
            return None
        params = ", ".join(p.name for p in b.params)
        pre = "{ " + (f"{params} -> " if params else "")
        if not b.stmts:
            return "{}" if not params else pre + "}"
        s = b.stmts[0]
        if isinstance(s, (A.IfStmt, A.Native)):
            return None
        text = self.stmt_text(s)
        if text is None or len(text) > 70:
            return None
        return pre + text + " }"

    def has_comment_inside(self, span) -> bool:
        for c in self.comments[self.ci:]:
            if c.line > span.end_line:
                break
            if (c.line, c.col) > (span.line, span.col):
                return True
        return False

    def stmt_text(self, s) -> str | None:
        if isinstance(s, A.Assign):
            return f"{self.expr(s.target)} {s.op} {self.expr(s.value)}"
        if isinstance(s, A.ExprStmt):
            return self.expr(s.expr)
        if isinstance(s, A.LetStmt):
            return f"let {s.name}" + (f": {self.type(s.type)}" if s.type is not None else "") + \
                f" = {self.expr(s.value)}"
        return None

    def stmts(self, stmts: list) -> None:
        for s in stmts:
            self.item(s, self.stmt)

    def stmt(self, s) -> None:
        if isinstance(s, A.IfStmt):
            self.if_chain(s.branches, s.else_body, self.stmts)
        elif isinstance(s, A.Native):
            self.native(s)
        elif isinstance(s, A.ExprStmt) and isinstance(s.expr, A.Call):
            self.call_into(self.expr(s.expr.callee), s.expr.args, False)
        else:
            self.emit(self.stmt_text(s) or "")

    # ---- expressions & types ----
    def type(self, t) -> str:
        if isinstance(t, A.NamedType):
            return t.name
        if isinstance(t, A.GenericType):
            return f"{t.name}<{self.type(t.arg)}>"
        if isinstance(t, A.ListType):
            return f"[{self.type(t.elem)}]"
        if isinstance(t, A.OptionalType):
            inner = self.type(t.inner)
            return f"({inner})?" if isinstance(t.inner, A.FuncType) else inner + "?"
        if isinstance(t, A.FuncType):
            return "(" + ", ".join(self.type(p) for p in t.params) + ") -> " + self.type(t.result)
        return "?"

    def expr(self, e, parent_prec: int = 0, right: bool = False) -> str:
        if isinstance(e, A.IntLit) or isinstance(e, A.FloatLit):
            return e.text
        if isinstance(e, A.StrLit):
            return e.raw
        if isinstance(e, A.BoolLit):
            return "true" if e.value else "false"
        if isinstance(e, A.NilLit):
            return "nil"
        if isinstance(e, A.ColorLit):
            return "#" + e.hex
        if isinstance(e, A.Var):
            return e.name
        if isinstance(e, A.BindingExpr):
            return "$" + e.name
        if isinstance(e, A.ImplicitMember):
            return "." + e.name
        if isinstance(e, A.Paren):
            return "(" + self.expr(e.inner) + ")"
        if isinstance(e, A.ListLit):
            return "[" + ", ".join(self.expr(i) for i in e.items) + "]"
        if isinstance(e, A.ThemeRef):
            return "theme." + e.name
        if isinstance(e, A.StringRef):
            return "strings." + e.key
        if isinstance(e, A.Member):
            return self.expr(e.obj, 10) + ("?." if e.optional else ".") + e.name
        if isinstance(e, A.Index):
            return self.expr(e.obj, 10) + "[" + self.expr(e.index) + "]"
        if isinstance(e, A.Call):
            args = []
            for a in e.args:
                s = self.arg_inline(a)
                args.append(s if s is not None else "{ … }")
            return self.expr(e.callee, 10) + "(" + ", ".join(args) + ")"
        if isinstance(e, A.Unary):
            return e.op + self.expr(e.operand, 9)
        if isinstance(e, A.Binary):
            p = _PREC[e.op]
            # ?? is right-associative, the others left-associative; the parser kept the
            # user's grouping in Paren nodes, so the tree shape already matches the text.
            return f"{self.expr(e.left, p)} {e.op} {self.expr(e.right, p, True)}"
        if isinstance(e, A.Cond):
            return f"{self.expr(e.cond, 1)} ? {self.expr(e.then)} : {self.expr(e.other)}"
        return "?"
