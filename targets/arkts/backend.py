"""The ArkTS / ArkUI backend (HarmonyOS NEXT, `.ets`).

Output layout (relative to the target directory, `{m}` = options.harmony_module):

    {m}/src/main/ets/pages/<Screen>.ets          @Entry @Component struct per screen
    {m}/src/main/ets/components/<Component>.ets  @Component struct per component
    {m}/src/main/ets/common/Models.ets           models (classes) and enums (string enums)
    {m}/src/main/ets/common/Theme.ets            Theme (static readonly tokens) and FontSpec
    {m}/src/main/ets/common/RouteParams.ets      router params classes of navigated-to screens
    {m}/src/main/resources/base/element/string.json      default strings
    {m}/src/main/resources/<qualifier>/element/string.json  per locale (zh-Hans -> zh_CN)
    {m}/src/main/resources/{base,dark}/element/color.json  theme colors with a Dark Mode value
    {m}/src/main/resources/base/profile/main_pages.json  the screens

Naming: a component named like an ArkUI built-in (`Counter`, `Button`, `List` ...)
becomes `<Name>View` (struct and file). Component members go through `member_ident()`,
other names through `ident()` (xui.lowering), so every target renames alike.
State: `@State`; params `@Prop` (with their default when they have one);
`Binding<T>` params `@Link`; callbacks are function-typed members defaulting to a
no-op. Lets are getters. Nested updates (`todos[i].done = v`) are copy-on-write:
models get a `withField()` method for each field some path update replaces.
Navigation uses the page router of the component's UIContext; a screen that is
navigated to with arguments reads them in `aboutToAppear` from a params class.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from xui import ir
from xui.backend import Backend, BackendResult, GeneratedFile, header_text
from xui.catalog import ELEMENTS as CATALOG_ELEMENTS
from xui.lowering import (negated, multiline_lines, dark_theme, bind_then, catalog_default, same_expr, button_style, decl_sources, CodeWriter, given_text, implied_fills, iter_actions, iter_exprs,
                          jinja_env, label_modifiers, last_modifier, render_path_update, upper_first)
from xui.lowering import ident as _ident
from xui.lowering import member_ident as _member_ident

from . import mapping as M


def ident(name: str) -> str:
    """xui's shared renaming, plus ArkTS-only words (same rule: append `_`)."""
    out = _ident(name)
    return out + "_" if out == name and name in M.EXTRA_RENAME else out


def mident(name: str) -> str:
    """A component member (param / state / let): xui's shared member renaming (also avoids
    ArkUI attribute methods and lifecycle hooks), plus ArkTS-only words."""
    out = _member_ident(name)
    return out + "_" if out == name and name in M.EXTRA_RENAME else out


# ---- string escaping ---------------------------------------------------------------------

_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}


def _esc_char(ch: str, quote: str) -> str:
    o = ord(ch)
    if ch == "\\":
        return "\\\\"
    if ch == quote:
        return "\\" + ch
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return "\\t"
    if o < 0x20 or o == 0x7F:
        return f"\\x{o:02x}"
    if o in (0x2028, 0x2029) or o in _BIDI or o == 0xFEFF:
        return f"\\u{o:04x}"
    return ch


def ts_string(s: str) -> str:
    """A single-quoted ArkTS string literal."""
    return "'" + "".join(_esc_char(c, "'") for c in s) + "'"


def template_text(s: str) -> str:
    """Text inside a `template literal`: backtick, backslash and `${` escaped."""
    out = "".join(_esc_char(c, "`") for c in s)
    return out.replace("${", "\\${")


def num(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(float(v))


# precedence of emitted JS expressions
P_COND, P_COALESCE, P_OR, P_AND, P_EQ, P_REL, P_ADD, P_MUL, P_UNARY, P_POSTFIX, P_ATOM = (
    2, 3, 4, 5, 9, 10, 12, 13, 15, 18, 20)
BIN_PREC = {"??": P_COALESCE, "||": P_OR, "&&": P_AND, "==": P_EQ, "!=": P_EQ, "<": P_REL, ">": P_REL,
            "<=": P_REL, ">=": P_REL, "+": P_ADD, "-": P_ADD, "*": P_MUL, "/": P_MUL, "%": P_MUL}
BIN_OP = {"==": "===", "!=": "!=="}

ETS = "src/main/ets"


@dataclass
class Unit:
    """One output .ets file being generated: what it imports."""
    dir: str                                    # 'pages' / 'components' / 'common'
    uses: set[str] = field(default_factory=set)  # exported symbols it refers to


@dataclass
class Ctx:
    comp: ir.Component | None
    unit: Unit
    in_struct: bool = True
    axis: str | None = None     # 'row' / 'column': the layout axis of the enclosing container

    def along(self, axis: str | None) -> "Ctx":
        """The context of a container's children, laid out along `axis`."""
        return self if axis == self.axis else replace(self, axis=axis)


class ArkTSBackend(Backend):
    name = "arkts"
    display_name = "ArkTS"
    file_extension = ".ets"
    ELEMENTS = M.ELEMENTS
    MODIFIERS = M.MODIFIERS
    NODES = M.NODES
    UNSUPPORTED = M.UNSUPPORTED
    RESERVED = M.RESERVED

    # ---- entry ------------------------------------------------------------------------------

    def generate(self, program: ir.Program) -> BackendResult:
        self.program = program
        self.models = {m.name: m for m in program.models}
        self.enums = {e.name: e for e in program.enums}
        self.comps = {c.name: c for c in program.components}
        self.fill_memo: dict = {}          # lowering.fill_axes, once per view for the run
        self.src_of: dict[str, str] = {}
        self.src_of.update(decl_sources(program))
        self.theme_sources = sorted({f.path for f in program.files if f.has_theme})
        self.string_sources = sorted({f.path for f in program.files if f.has_strings})
        self.font_used = False
        self.tint_sources: set[str] = set()
        self.withers: dict[str, set[str]] = {}
        self.routed: dict[str, list[ir.Param]] = {}
        self._scan(program)
        self.module = self.options.harmony_module
        self.env = jinja_env("arkts")
        files: list[GeneratedFile] = []
        for comp in program.components:
            files.append(self._component_file(comp))
        files.extend(self._support_files(program))
        files.sort(key=lambda f: f.path)
        return BackendResult(files=files)

    def _scan(self, program: ir.Program) -> None:
        """Withers needed by path updates, and screens navigated to with params."""
        for comp in program.components:
            for e in iter_exprs(comp.body):
                if isinstance(e, ir.BindingOf) and e.target is not None:     # `$prefs.name` writes back
                    for st in e.target.path:
                        if isinstance(st, ir.FieldStep):
                            self.withers.setdefault(st.model, set()).add(st.name)
                if isinstance(e, ir.Lambda):
                    for a in iter_actions(e.body):
                        tgt = getattr(a, "target", None)
                        if isinstance(tgt, ir.LValue):
                            for st in tgt.path:
                                if isinstance(st, ir.FieldStep):
                                    self.withers.setdefault(st.model, set()).add(st.name)
                        if isinstance(a, ir.Navigate):
                            screen = self.comps.get(a.screen)
                            if screen is not None:
                                data = [p for p in screen.params if self._routable(p.type)]
                                if data:
                                    self.routed[a.screen] = data

    @staticmethod
    def _routable(t: ir.Type) -> bool:
        return not isinstance(t, (ir.TFunc, ir.TBinding)) and not (
            isinstance(t, ir.TOptional) and isinstance(t.inner, ir.TFunc))

    # ---- naming --------------------------------------------------------------------------------

    def struct_name(self, name: str) -> str:
        return name + "View" if name in M.ARKUI_COMPONENTS else name

    def comp_path(self, comp: ir.Component) -> str:
        d = "pages" if comp.kind == "screen" else "components"
        return f"{d}/{self.struct_name(comp.name)}"

    def params_class(self, screen: str) -> str:
        return f"{self.struct_name(screen)}Params"

    # ---- types ---------------------------------------------------------------------------------

    def ty(self, t: ir.Type, ctx: Ctx | None) -> str:
        if isinstance(t, ir.TPrim):
            if t.name == "Font":
                self.font_used = True
                if ctx:
                    ctx.unit.uses.add("FontSpec")
            return M.PRIM_TYPES[t.name]
        if isinstance(t, ir.TList):
            inner = self.ty(t.elem, ctx)
            return f"({inner})[]" if " " in inner else f"{inner}[]"
        if isinstance(t, ir.TOptional):
            return f"{self.ty(t.inner, ctx)} | undefined"
        if isinstance(t, ir.TModel):
            if ctx:
                ctx.unit.uses.add(t.name)
            return t.name
        if isinstance(t, ir.TEnum):
            if t.builtin:
                return M.BUILTIN_ENUM_TYPES.get(t.name, "string")
            if ctx:
                ctx.unit.uses.add(t.name)
            return t.name
        if isinstance(t, ir.TFunc):
            names = ["value"] if len(t.params) == 1 else [f"value{i}" for i in range(len(t.params))]
            ps = ", ".join(f"{n}: {self.ty(p, ctx)}" for n, p in zip(names, t.params))
            return f"({ps}) => void"
        if isinstance(t, ir.TBinding):
            return self.ty(t.inner, ctx)
        return "string"

    # ---- expressions ---------------------------------------------------------------------------

    def ex(self, e: ir.Expr, ctx: Ctx, resource: bool = False) -> str:
        return self.exp(e, ctx, resource)[0]

    def wrap(self, e: ir.Expr, ctx: Ctx, min_prec: int) -> str:
        code, prec = self.exp(e, ctx)
        return f"({code})" if prec < min_prec else code

    def exp(self, e: ir.Expr, ctx: Ctx, resource: bool = False) -> tuple[str, int]:
        if isinstance(e, ir.Literal_):
            if e.lit == "string":
                return ts_string(str(e.value)), P_ATOM
            if e.lit == "nil":
                return "undefined", P_ATOM
            if e.lit == "color":
                return ts_string("#" + str(e.value).upper()), P_ATOM
            if e.lit == "bool":
                return ("true" if e.value else "false"), P_ATOM
            code = num(e.value)
            return code, (P_UNARY if code.startswith("-") else P_ATOM)
        if isinstance(e, ir.Interpolation):
            out = []
            for p in e.parts:
                if isinstance(p, ir.TextPart):
                    out.append(template_text(p.text))
                else:
                    inner = p.expr.expr if isinstance(p.expr, ir.ToString) else p.expr
                    out.append("${" + self.ex(inner, ctx) + "}")
            return "`" + "".join(out) + "`", P_ATOM
        if isinstance(e, ir.Ref):
            if e.ref in ("state", "param", "let") and ctx.in_struct:
                return f"this.{mident(e.name)}", P_POSTFIX
            return ident(e.name), P_ATOM
        if isinstance(e, ir.FieldGet):
            dot = "?." if e.optional and not e.chained else "."
            return f"{self.wrap(e.obj, ctx, P_POSTFIX)}{dot}{ident(e.name)}", P_POSTFIX
        if isinstance(e, ir.IndexGet):
            return f"{self.wrap(e.obj, ctx, P_POSTFIX)}[{self.ex(e.index, ctx)}]", P_POSTFIX
        if isinstance(e, ir.EnumCase):
            if e.builtin:
                code = M.BUILTIN_ENUM_CASES[e.enum][e.case]
                return code, P_POSTFIX
            ctx.unit.uses.add(e.enum)
            return f"{e.enum}.{ident(e.case)}", P_POSTFIX
        if isinstance(e, ir.ThemeToken):
            ctx.unit.uses.add("Theme")
            return f"Theme.{ident(e.name)}", P_POSTFIX
        if isinstance(e, ir.StringKey):
            res = f"$r('app.string.{e.key}')"
            if resource:
                return res, P_ATOM
            ctx_code = "this.getUIContext().getHostContext()!" if ctx.in_struct else "getContext()"
            return f"{ctx_code}.resourceManager.getStringSync({res}.id)", P_POSTFIX
        if isinstance(e, ir.Unary):
            if e.op == "!":
                return self.negation(e.operand, ctx)
            return f"{e.op}{self.wrap(e.operand, ctx, P_UNARY)}", P_UNARY
        if isinstance(e, ir.Binary):
            return self.binary(e, ctx)
        if isinstance(e, ir.Conditional):
            return (f"{self.wrap(e.cond, ctx, P_COALESCE)} ? {self.ex(e.then, ctx, resource)} : "
                    f"{self.ex(e.other, ctx, resource)}"), P_COND
        if isinstance(e, ir.ModelInit):
            ctx.unit.uses.add(e.model)
            args = [self.ex(f.value, ctx) for f in e.fields]
            one = f"new {e.model}({', '.join(args)})"
            if len(one) <= 80 and "\n" not in one:
                return one, P_POSTFIX
            # a long constructor call: one argument per line, as the ListLiteral below
            return f"new {e.model}(\n" + ",\n".join("  " + a.replace("\n", "\n  ") for a in args) + "\n)", P_POSTFIX
        if isinstance(e, ir.FontValue):
            ctx.unit.uses.add("FontSpec")
            self.font_used = True
            return f"new FontSpec({self.ex(e.size, ctx)}, {self.ex(e.weight, ctx)})", P_POSTFIX
        if isinstance(e, ir.ListLiteral):
            items = [self.ex(i, ctx) for i in e.items]
            one = "[" + ", ".join(items) + "]"
            if len(one) <= 80 and "\n" not in one:
                return one, P_ATOM
            return "[\n" + ",\n".join("  " + l for i in items for l in [i.replace("\n", "\n  ")]) + "\n]", P_ATOM
        if isinstance(e, ir.Predicate):
            return f"(it: {self.ty(e.item_type, ctx)}) => {self.wrap(e.body, ctx, P_COND)}", P_COND - 1
        if isinstance(e, ir.MemberCall):
            tmpl = M.MEMBERS[e.member]
            r = self.wrap(e.receiver, ctx, P_POSTFIX)
            args = [self.ex(a, ctx) for a in e.args]
            return tmpl.format(*args, r=r), M.MEMBER_PREC.get(e.member, P_POSTFIX)
        if isinstance(e, ir.IntToFloat):
            return self.exp(e.expr, ctx, resource)
        if isinstance(e, ir.ToString):
            return f"{self.wrap(e.expr, ctx, P_POSTFIX)}.toString()", P_POSTFIX
        if isinstance(e, ir.BindingOf):
            if e.value is not None:
                return self.exp(e.value, ctx)
            return f"this.{mident(e.name)}", P_POSTFIX
        if isinstance(e, ir.Lambda):
            return self.lambda_(e, ctx), P_COND - 1
        return "undefined", P_ATOM

    def binary(self, e: ir.Binary, ctx: Ctx) -> tuple[str, int]:
        prec = BIN_PREC[e.op]
        op = BIN_OP.get(e.op, e.op)
        lmin, rmin = prec, prec + 1
        if e.op == "??" and isinstance(e.left, ir.MemberCall) and e.left.member in M.MEMBERS_OR and \
                isinstance(e.left.receiver.type, ir.TList) and not isinstance(e.left.receiver.type.elem, ir.TOptional):
            r = self.wrap(e.left.receiver, ctx, P_POSTFIX)
            return M.MEMBERS_OR[e.left.member].format(r=r, d=self.wrap(e.right, ctx, P_COND)), P_COND
        if e.op == "??":
            lmin, rmin = P_COALESCE + 3, P_COALESCE   # never mix ?? with ||/&& unparenthesised
        left = self.wrap(e.left, ctx, lmin)
        right = self.wrap(e.right, ctx, rmin)
        if e.op == "/" and self._is_int(e.left) and self._is_int(e.right):
            return f"Math.trunc({self.ex(e.left, ctx)} / {self.wrap(e.right, ctx, P_MUL + 1)})", P_POSTFIX
        return f"{left} {op} {right}", prec

    def negation(self, e: ir.Expr, ctx: Ctx) -> tuple[str, int]:
        """`!e`, written as a reader would: `!(a === b)` is `a !== b`, `!(!c)` is `c`, `!xs.isEmpty` is
        `xs.length > 0` (only equality flips: `!(a < b)` is not `a >= b` for NaN)."""
        positive = negated(e)
        if positive is not None:
            return self.exp(positive, ctx)
        if isinstance(e, ir.MemberCall) and e.member in ("is_empty", "str_is_empty"):
            return f"{self.wrap(e.receiver, ctx, P_POSTFIX)}.length > 0", P_REL
        return f"!{self.wrap(e, ctx, P_UNARY)}", P_UNARY

    @staticmethod
    def _is_int(e: ir.Expr) -> bool:
        return isinstance(e.type, ir.TPrim) and e.type.name == "Int"

    def lambda_(self, e: ir.Lambda, ctx: Ctx) -> str:
        params = list(e.params)
        while params and params[-1].name == "_":
            params.pop()
        ps = []
        for i, p in enumerate(params):
            n = f"_{i}" if p.name == "_" else ident(p.name)
            ps.append(f"{n}: {self.ty(p.type, ctx)}")
        body = self.actions(e.body, ctx)
        if not body:
            return f"({', '.join(ps)}) => {{}}"
        return f"({', '.join(ps)}) => {{\n" + "\n".join("  " + l if l else l for l in body) + "\n}"

    def handler(self, e: ir.Expr, ctx: Ctx) -> str:
        """A callback value for an event attribute (`.onClick(...)`, `.onChange(...)`)."""
        if isinstance(e, ir.Lambda):
            return self.lambda_(e, ctx)
        if isinstance(e.type, ir.TFunc) and not e.type.params:
            return f"() => {self.ex(e, ctx)}()"
        return self.ex(e, ctx)

    # ---- actions -------------------------------------------------------------------------------

    def actions(self, acts: list[ir.Action], ctx: Ctx) -> list[str]:
        out: list[str] = []
        for a in acts:
            for stmt in self.action(a, ctx):      # (a statement may span lines: indent them together)
                out.extend(stmt.split("\n"))
        return out

    def lv_root(self, lv: ir.LValue, ctx: Ctx) -> str:
        return f"this.{mident(lv.root)}" if ctx.in_struct else mident(lv.root)

    def update(self, lv: ir.LValue, leaf, ctx: Ctx) -> str:
        """`root = <copy of root with the element at path replaced by leaf(old)>`."""
        root = self.lv_root(lv, ctx)
        depth = [0]

        def field_copy(obj: str, model: str, fname: str, new: str) -> str:
            return f"{obj}.with{upper_first(fname)}({new})"

        def index_copy(lst: str, index: ir.Expr, elem_fn) -> str:
            d = depth[0]
            depth[0] += 1
            el, at = ("el", "at") if d == 0 else (f"el{d}", f"at{d}")
            elem_t = "T"
            return (f"{lst}.map(({el}: {elem_t}, {at}: number) => "
                    f"{at} === {self.ex(index, ctx)} ? {elem_fn(el)} : {el})")

        code = render_path_update(root, lv.path, leaf, field_copy, index_copy)
        # fill in element types of index steps (known from the path)
        t = lv.root_type.inner if isinstance(lv.root_type, ir.TBinding) else lv.root_type
        for st in lv.path:
            if isinstance(st, ir.IndexStep):
                elem = t.elem if isinstance(t, ir.TList) else t
                code = code.replace(": T, ", f": {self.ty(elem, ctx)}, ", 1)
                t = elem
            else:
                model = self.models.get(st.model)
                fld = next((f for f in model.fields if f.name == st.name), None) if model else None
                t = fld.type if fld else t
        return f"{root} = {code};"

    def action(self, a: ir.Action, ctx: Ctx) -> list[str]:
        if isinstance(a, ir.Assign):
            lv = a.target
            val = a.value
            if a.op == "=":
                leaf = lambda old: self.ex(val, ctx)  # noqa: E731
            elif a.op == "/=" and self._is_int_t(lv.type):
                leaf = lambda old: f"Math.trunc({old} / {self.wrap(val, ctx, P_MUL + 1)})"  # noqa: E731
            else:
                op = a.op[0]
                leaf = lambda old: f"{old} {op} {self.wrap(val, ctx, BIN_PREC[op] + 1)}"  # noqa: E731
            if not lv.path and a.op != "=" and not (a.op == "/=" and self._is_int_t(lv.type)):
                return [f"{self.lv_root(lv, ctx)} {a.op} {self.ex(val, ctx)};"]
            return [self.update(lv, leaf, ctx)]
        if isinstance(a, ir.ListAppend):
            v = self.ex(a.value, ctx)
            if not a.target.path:
                return [f"{self.lv_root(a.target, ctx)}.push({v});"]
            return [self.update(a.target, lambda old: f"{old}.concat([{v}])", ctx)]
        if isinstance(a, ir.ListInsert):
            v, i = self.ex(a.value, ctx), self.ex(a.index, ctx)
            if not a.target.path:
                return [f"{self.lv_root(a.target, ctx)}.splice({i}, 0, {v});"]
            return [self.update(a.target, lambda old: f"{old}.slice(0, {i}).concat([{v}], {old}.slice({i}))", ctx)]
        if isinstance(a, ir.ListRemoveAt):
            i = self.ex(a.index, ctx)
            if not a.target.path:
                return [f"{self.lv_root(a.target, ctx)}.splice({i}, 1);"]
            et = self.ty(a.target.type.elem, ctx) if isinstance(a.target.type, ir.TList) else "T"
            return [self.update(a.target, lambda old: f"{old}.filter((_: {et}, k: number) => k !== {i})", ctx)]
        if isinstance(a, ir.ListRemoveWhere):
            p = a.predicate
            kept, _ = self.negation(p.body, ctx)
            pred = f"(it: {self.ty(p.item_type, ctx)}) => {kept}"
            return [self.update(a.target, lambda old: f"{old}.filter({pred})", ctx)]
        if isinstance(a, ir.ListClear):
            return [self.update(a.target, lambda old: "[]", ctx)]
        if isinstance(a, ir.CallCallback):
            callee = self.ex(a.callee, ctx)
            args = ", ".join(self.ex(x, ctx) for x in a.args)
            if isinstance(a.callee.type, ir.TOptional):
                return [f"{callee}?.({args});"]
            return [f"{callee}({args});"]
        if isinstance(a, ir.Navigate):
            return self.navigate(a, ctx)
        if isinstance(a, ir.Back):
            return ["this.getUIContext().getRouter().back();"]
        if isinstance(a, ir.IfAction):
            out: list[str] = []
            for i, b in enumerate(a.branches):
                kw = "if" if i == 0 else "} else if"
                out.append(f"{kw} ({self.ex(b.cond, ctx)}) {{")
                out.extend("  " + l if l else l for l in self.actions(b.body, ctx))
            if a.else_body:
                out.append("} else {")
                out.extend("  " + l if l else l for l in self.actions(a.else_body, ctx))
            out.append("}")
            return out
        if isinstance(a, ir.LetAction):
            return [f"const {ident(a.name)}: {self.ty(a.type, ctx)} = {self.ex(a.value, ctx)};"]
        if isinstance(a, ir.NativeAction):
            code = a.code.get("arkts")
            if code is None:
                self.unsupported("a native action without `arkts` code", a.span,
                                 "add an `arkts: \"...\"` entry to the native block")
                return []
            return code.splitlines()
        return []

    @staticmethod
    def _is_int_t(t: ir.Type) -> bool:
        return isinstance(t, ir.TPrim) and t.name == "Int"

    def navigate(self, a: ir.Navigate, ctx: Ctx) -> list[str]:
        url = ts_string(self.comp_path(self.comps[a.screen])) if a.screen in self.comps else ts_string(a.screen)
        data = self.routed.get(a.screen)
        router = "this.getUIContext().getRouter()"
        for arg in a.args:
            if not self._routable(arg.value.type):
                self.unsupported(f"navigate to '{a.screen}' with the callback argument '{arg.name}'", arg.span,
                                 "router params are data; keep the callback in the screen itself")
        if not data:
            return [f"{router}.pushUrl({{ url: {url} }});"]
        given = {x.name: x.value for x in a.args}
        vals = []
        for p in data:
            v = given.get(p.name)
            vals.append(self.ex(v, ctx) if v is not None else "undefined")
        cls = self.params_class(a.screen)
        ctx.unit.uses.add("@params:" + cls)
        one = f"{router}.pushUrl({{ url: {url}, params: new {cls}({', '.join(vals)}) }});"
        if len(one) <= 90:
            return [one]
        return [f"{router}.pushUrl({{", f"  url: {url},", f"  params: new {cls}({', '.join(vals)})", "});"]

    # ---- views ---------------------------------------------------------------------------------

    def source_comment(self, w: CodeWriter, span) -> None:
        if self.options.source_comments and span is not None:
            w.line(f"// xui: {span.file}:{span.line}")

    def multiline(self, w: CodeWriter, text: str) -> None:
        for l in text.split("\n"):
            w.line(l)

    def view(self, v: ir.View, w: CodeWriter, ctx: Ctx) -> None:
        if isinstance(v, ir.ElementView):
            self.element(v, w, ctx)
        elif isinstance(v, ir.ComponentView):
            self.component_view(v, w, ctx)
        elif isinstance(v, ir.IfView):
            self.source_comment(w, v.span)
            for i, b in enumerate(v.branches):
                w.line(f"{'if' if i == 0 else '} else if'} ({self.ex(b.cond, ctx)}) {{")
                w.indent()
                for c in b.body:
                    self.view(c, w, ctx)
                w.dedent()
            if v.else_body:
                w.line("} else {")
                w.indent()
                for c in v.else_body:
                    self.view(c, w, ctx)
                w.dedent()
            w.line("}")
        elif isinstance(v, ir.NativeView):
            code = v.code.get("arkts")
            self.source_comment(w, v.span)
            if code is None:
                self.unsupported("a native view without `arkts` code", v.span,
                                 "add an `arkts: \"...\"` entry to the native block")
                return
            self.multiline(w, code)

    def children(self, views: list[ir.View], w: CodeWriter, ctx: Ctx) -> None:
        w.indent()
        for c in views:
            self.view(c, w, ctx)
        w.dedent()

    def single_child(self, views: list[ir.View], w: CodeWriter, ctx: Ctx, wrapper: str = "Column()") -> None:
        """Containers that take one child (ListItem, GridItem, Button, Scroll)."""
        ctx = ctx.along("row" if wrapper == "Row()" else "column")
        if len(views) == 1 and isinstance(views[0], (ir.ElementView, ir.ComponentView)):
            self.children(views, w, ctx)
            return
        w.indent()
        w.line(f"{wrapper} {{")
        self.children(views, w, ctx)
        w.line("}")
        w.dedent()

    def element(self, v: ir.ElementView, w: CodeWriter, ctx: Ctx) -> None:
        args = {a.name: a.value for a in v.args}
        attrs: list[str] = []
        name = v.name
        label_mods, mods = label_modifiers(v)   # a Toggle / Checkbox's text modifiers style its label
        self.source_comment(w, v.span)
        if name in ("Column", "Row"):
            sp = args.get("spacing")
            opts = f"{{ space: {self.ex(sp, ctx)} }}" if sp is not None else ""
            w.line(f"{name}({opts}) {{")
            self.children(v.children, w, ctx.along(name.lower()))
            w.line("}")
            if "align" in args:
                attrs.append(f".alignItems({self.ex(args['align'], ctx)})")
        elif name == "Stack":
            opts = f"{{ alignContent: {self.ex(args['align'], ctx)} }}" if "align" in args else ""
            w.line(f"Stack({opts}) {{")
            self.children(v.children, w, ctx.along(None))
            w.line("}")
        elif name == "Scroll":
            axis = args.get("axis")
            horizontal = False
            if axis is not None:
                if isinstance(axis, ir.EnumCase):
                    horizontal = axis.case == "horizontal"
                else:
                    self.unsupported("a Scroll whose axis is computed", axis.span, "write `.vertical` or `.horizontal`")
            w.line("Scroll() {")
            self.single_child(v.children, w, ctx, "Row()" if horizontal else "Column()")
            w.line("}")
            if horizontal:
                attrs.append(".scrollable(ScrollDirection.Horizontal)")
        elif name in ("List", "ForEach", "Grid"):
            self.collection(v, args, w, ctx, attrs)
        elif name == "Text":
            w.line(f"Text({self.ex(args['text'], ctx, resource=True)})")
        elif name == "Image":
            self.image(args, w, ctx, attrs)
        elif name == "RemoteImage":
            # ArkUI loads a network URL itself (the app declares ohos.permission.INTERNET)
            w.line(f"Image({self.ex(args['url'], ctx)})")
            mode = args.get("contentMode")
            attrs.append(f".objectFit({self.ex(mode, ctx) if mode is not None else 'ImageFit.Cover'})")
            if mode is None or (isinstance(mode, ir.EnumCase) and mode.case == "fill"):
                # a neutral placeholder until it loads (covered by the image; a fit image would show it around)
                attrs.append(".backgroundColor('#26808080')")
            desc = args.get("description")
            if given_text(v, "description"):
                attrs.append(f".accessibilityText({self.ex(desc, ctx, resource=True)})")
        elif name == "Button":
            # a Capsule (the default type) keeps a radius of half its height whatever borderRadius says
            options = M.BUTTON_ROUNDED_OPTIONS if last_modifier(v, "cornerRadius") is not None else ""
            if "label" in args or not v.children:
                label = self.ex(args["label"], ctx, resource=True) if "label" in args else "''"
                w.line(f"Button({label}{', ' + options if options else ''})")
            else:
                w.line(f"Button({options}) {{")
                self.single_child(v.children, w, ctx, "Row()")
                w.line("}")
            if "action" in args:
                attrs.append(f".onClick({self.handler(args['action'], ctx)})")
        elif name in ("TextField", "SecureField"):
            binding = args["text"]
            opts = [f"text: {self.ex(binding, ctx)}"]
            if "placeholder" in args:
                opts.insert(0, f"placeholder: {self.ex(args['placeholder'], ctx, resource=True)}")
            lines = multiline_lines(v)
            w.line(f"{'TextArea' if lines is not None else 'TextInput'}({{ {', '.join(opts)} }})")
            if name == "SecureField":
                attrs.append(".type(InputType.Password)")
            elif lines is not None:
                attrs.append(f".maxLines({self.ex(lines, ctx)})")      # grows with its text up to these
                kb = args.get("keyboard")
                if isinstance(kb, ir.EnumCase) and kb.case in M.TEXT_AREA_TYPES:
                    attrs.append(f".type({M.TEXT_AREA_TYPES[kb.case]})")
            elif "keyboard" in args:
                attrs.append(f".type({self.ex(args['keyboard'], ctx)})")
            attrs.append(self.on_change(binding, None, "value", "string", ctx))
        elif name in ("Toggle", "Checkbox"):
            self.toggle(v, args, w, ctx, attrs, label_mods)
        elif name == "Slider":
            binding = args["value"]
            opts = [f"value: {self.ex(binding, ctx)}"]
            if "min" in args:
                opts.append(f"min: {self.ex(args['min'], ctx)}")
            if "max" in args:
                opts.append(f"max: {self.ex(args['max'], ctx)}")
            step = args.get("step")
            if step is not None and not (isinstance(step, ir.Literal_) and step.value == 0):
                opts.append(f"step: {self.ex(step, ctx)}")
            else:
                opts.append("step: 0.01")   # xui step 0 = continuous; ArkUI's default step is 1
            w.line(f"Slider({{ {', '.join(opts)} }})")
            attrs.append(self.on_change(binding, None, "value", "number", ctx))
        elif name == "Picker":
            self.picker(v, args, w, ctx, attrs)
        elif name == "Progress":
            if "value" in args:
                w.line(f"Progress({{ value: {self.ex(args['value'], ctx)}, total: 1, type: ProgressType.Linear }})")
            else:
                w.line("LoadingProgress()")
        elif name == "Spacer":
            w.line("Blank()")
        elif name == "Divider":
            w.line("Divider()")
            self.divider(args, ctx, attrs)
        else:
            self.unsupported(f"the element '{name}'", v.span)
            return
        if name == "ForEach" and v.modifiers:
            for m in v.modifiers:
                self.unsupported(f"the modifier '.{m.name}' on ForEach", m.span,
                                 "ArkUI's ForEach takes no attributes; move it to the items or the container")
        else:
            attrs.extend(self.modifiers(mods, ctx, name))
            attrs.extend(self.implied_fills(v, ctx))
        self.attrs(w, attrs)

    def fill(self, dimension: str, ctx: Ctx) -> str:
        """Takes all the space the container offers along `dimension`: the free space along a
        Row/Column's axis (layoutWeight), else the container's size."""
        if ctx.axis == ("row" if dimension == "width" else "column"):
            return ".layoutWeight(1)"
        return f".{dimension}('100%')"

    def implied_fills(self, v: ir.ElementView | ir.ComponentView, ctx: Ctx) -> list[str]:
        """The layout model (catalog `fills`, lowering.fill_axes): a container holding a view that
        fills an axis fills it too, as SwiftUI and Compose measure it. ArkUI sizes a Row/Column by
        its content and a Blank or layoutWeight stretches only in a container of set size, so the
        fill is spelled out."""
        if isinstance(v, ir.ElementView) and v.name in M.FILL_EXEMPT:
            return []
        implied = implied_fills(v, M.FILL_AXIS.get(ctx.axis or ""), self.comps, self.fill_memo)
        return [self.fill(d, ctx) for d in sorted(implied)]

    def attrs(self, w: CodeWriter, attrs: list[str]) -> None:
        """Attributes: under a leaf component indented, after a container's `}` at its level."""
        braced = bool(w.lines) and w.lines[-1].strip() in ("}", "})")
        if not braced:
            w.indent()
        # the look first, then the event handlers (.onClick, .onChange ...), as ArkUI code is written
        for a in sorted((a for a in attrs if a), key=lambda a: M.EVENT_ATTRIBUTE.match(a) is not None):
            self.multiline(w, a)
        if not braced:
            w.dedent()

    def on_change(self, binding: ir.Expr, callback: ir.Expr | None, pname: str, ptype: str, ctx: Ctx,
                  event: str = "onChange") -> str:
        if callback is not None and isinstance(binding, ir.BindingOf):
            # one change handler: write the binding, then run onChange
            return f".{event}({self.handler(bind_then(binding, callback, binding.type.inner), ctx)})"
        if callback is not None:
            return f".{event}({self.handler(callback, ctx)})"
        if isinstance(binding, ir.BindingOf) and binding.target is not None:
            # `$prefs.volume`: written back as the assignment `prefs.volume = value` is
            return f".{event}(({pname}: {ptype}) => {{\n  {self.update(binding.target, lambda old: pname, ctx)}\n}})"
        if isinstance(binding, ir.BindingOf):
            return f".{event}(({pname}: {ptype}) => {{\n  {self.ex(binding, ctx)} = {pname};\n}})"
        return ""

    def picker(self, v: ir.ElementView, args: dict, w: CodeWriter, ctx: Ctx, attrs: list[str]) -> None:
        """Select over the options; its button shows the chosen one (`.value`), `.selected` marks it
        in the menu and `.onSelect` writes the index back."""
        sel, options = args["selection"], args["options"]
        index = self.ex(sel, ctx)
        if isinstance(options, ir.ListLiteral):
            texts = [self.ex(o, ctx, resource=True) for o in options.items]
            w.line(f"Select([{', '.join('{ value: ' + t + ' }' for t in texts)}])")
            shown = f"[{', '.join(texts)}][{index}]"
        else:
            listed = self.wrap(options, ctx, P_POSTFIX)
            w.line(f"Select({listed}.map((option: string): SelectOption => ({{ value: option }})))")
            shown = f"{listed}[{index}]"
        attrs.append(f".selected({index})")
        attrs.append(f".value({shown})")
        if given_text(v, "label"):
            attrs.append(f".accessibilityText({self.ex(args['label'], ctx, resource=True)})")
        attrs.append(self.on_change(sel, None, "index", "number", ctx, event="onSelect"))

    def toggle(self, v: ir.ElementView, args: dict, w: CodeWriter, ctx: Ctx, attrs: list[str],
               label_mods: list[ir.ModifierUse]) -> None:
        is_on = args["isOn"]
        control_attrs = self._toggle_attrs(v.name, is_on, args, ctx, last_modifier(v, "tint"))
        if given_text(v, "label"):
            # the control's own attributes go on it, the element's modifiers on the Row
            label = args["label"]
            w.line("Row() {")
            w.indent()
            if v.name == "Checkbox":
                self._toggle_control(v.name, is_on, w, ctx, control_attrs)
                self._label_text(label, label_mods, w, ctx)
            else:
                self._label_text(label, label_mods, w, ctx, ".layoutWeight(1)")
                self._toggle_control(v.name, is_on, w, ctx, control_attrs)
            w.dedent()
            w.line("}")
            if v.name == "Checkbox":
                attrs.append(".alignItems(VerticalAlign.Center)")
        else:
            self._toggle_control(v.name, is_on, w, ctx, [])
            attrs.extend(control_attrs)

    def _label_text(self, label: ir.Expr, mods: list[ir.ModifierUse], w: CodeWriter, ctx: Ctx,
                    *attrs: str) -> None:
        """A control's label: a Text with `attrs`, then the text modifiers that style it."""
        w.line(f"Text({self.ex(label, ctx, resource=True)})")
        w.indent()
        for a in [*attrs, *self.modifiers(mods, ctx, "Text")]:
            self.multiline(w, a)
        w.dedent()

    def _toggle_control(self, name: str, is_on, w: CodeWriter, ctx: Ctx, inline: list[str]) -> None:
        """The switch or check box, with `inline` attributes under it."""
        if name == "Toggle":
            w.line(f"Toggle({{ type: ToggleType.Switch, isOn: {self.ex(is_on, ctx)} }})")
        else:
            w.line("Checkbox()")
        w.indent()
        for a in inline:
            self.multiline(w, a)
        w.dedent()

    def _toggle_attrs(self, name: str, is_on, args: dict, ctx: Ctx, tint: ir.ModifierUse | None) -> list[str]:
        out = []
        if name == "Checkbox":
            out.append(f".select({self.ex(is_on, ctx)})")
        if tint is not None:
            out.append(f".selectedColor({self.ex(tint.args[0].value, ctx)})")
        ch = self.on_change(is_on, args.get("onChange"), "isOn", "boolean", ctx)
        if ch:
            out.append(ch)
        return out

    def divider(self, args: dict, ctx: Ctx, attrs: list[str]) -> None:
        """ArkUI's divider is horizontal unless told `.vertical(true)`, which it is in a Row (like
        Compose's VerticalDivider); a color and/or thickness (strokeWidth, vp) when given."""
        if ctx.axis == "row":
            attrs.append(".vertical(true)")
        if "color" in args:
            attrs.append(f".color({self.ex(args['color'], ctx)})")
        if "thickness" in args:
            attrs.append(f".strokeWidth({self.ex(args['thickness'], ctx)})")

    def image(self, args: dict, w: CodeWriter, ctx: Ctx, attrs: list[str]) -> None:
        src = args["name"]
        if isinstance(src, ir.Literal_) and re.fullmatch(r"[A-Za-z0-9_]+", str(src.value)):
            w.line(f"Image($r('app.media.{src.value}'))")
        else:
            host = "this.getUIContext().getHostContext()!"
            w.line(f"Image({host}.resourceManager.getDrawableDescriptorByName({self.ex(src, ctx)}))")
        if "contentMode" in args:
            attrs.append(f".objectFit({self.ex(args['contentMode'], ctx)})")
        desc = args.get("description")
        if desc is not None and not (isinstance(desc, ir.Literal_) and desc.value == ""):
            attrs.append(f".accessibilityText({self.ex(desc, ctx, resource=True)})")

    def key_fn(self, v: ir.ElementView, item_t: str, elem_type: ir.Type, ctx: Ctx) -> str:
        it = ident(v.item.name) if v.item else "item"
        if v.key is None:
            t = elem_type
            if isinstance(t, ir.TPrim) and t.name == "String" or isinstance(t, ir.TEnum) and not t.builtin:
                body = it
            elif isinstance(t, ir.TPrim) and t.name in ("Int", "Float", "Bool"):
                body = f"{it}.toString()"
            else:
                body = f"JSON.stringify({it})"
        else:
            ftype = None
            if isinstance(elem_type, ir.TModel) and elem_type.name in self.models:
                ftype = next((f.type for f in self.models[elem_type.name].fields if f.name == v.key), None)
            access = f"{it}.{ident(v.key)}"
            body = access if isinstance(ftype, ir.TPrim) and ftype.name == "String" else f"{access}.toString()"
        return f"({it}: {item_t}) => {body}"

    def collection(self, v: ir.ElementView, args: dict, w: CodeWriter, ctx: Ctx, attrs: list[str]) -> None:
        items = args["items"]
        elem_type = items.type.elem if isinstance(items.type, ir.TList) else items.type
        item_t = self.ty(elem_type, ctx)
        it = ident(v.item.name) if v.item else "item"
        params = f"{it}: {item_t}"
        if v.index is not None:
            params += f", {ident(v.index.name)}: number"
        sp = args.get("spacing")
        wrapper = {"List": "ListItem()", "Grid": "GridItem()"}.get(v.name)
        if v.name == "List":
            w.line(f"List({'{ space: ' + self.ex(sp, ctx) + ' }' if sp is not None else ''}) {{")
            w.indent()
        elif v.name == "Grid":
            w.line("Grid() {")
            w.indent()
        w.line(f"ForEach({self.ex(items, ctx)}, ({params}) => {{")
        if wrapper:
            w.indent()
            w.line(f"{wrapper} {{")
            self.single_child(v.children, w, ctx)
            w.line("}")
            w.dedent()
        else:
            self.children(v.children, w, ctx)
        w.line(f"}}, {self.key_fn(v, item_t, elem_type, ctx)})")
        if wrapper:
            w.dedent()
            w.line("}")
        if v.name == "Grid":
            cols = args.get("columns")
            if cols is None:
                attrs.append(".columnsTemplate('1fr 1fr')")
            elif isinstance(cols, ir.Literal_):
                attrs.append(f".columnsTemplate({ts_string(' '.join(['1fr'] * max(1, int(cols.value))))})")
            else:
                attrs.append(f".columnsTemplate(new Array<string>({self.ex(cols, ctx)}).fill('1fr').join(' '))")
            if sp is not None:
                s = self.ex(sp, ctx)
                attrs.append(f".columnsGap({s})")
                attrs.append(f".rowsGap({s})")

    def modifiers(self, mods: list[ir.ModifierUse], ctx: Ctx, element: str | None = None) -> list[str]:
        out: list[str] = []
        taps = [m for m in mods if m.name == "onTap"]
        for m in mods:
            a = {x.name: x.value for x in m.args}
            n = m.name
            if n in ("padding", "margin"):
                if list(a) == ["all"]:
                    out.append(f".{n}({self.ex(a['all'], ctx)})")
                    continue
                sides: dict[str, str] = {}
                for key, targets in (("all", ("top", "right", "bottom", "left")),
                                     ("vertical", ("top", "bottom")), ("horizontal", ("left", "right")),
                                     ("top", ("top",)), ("bottom", ("bottom",)),
                                     ("leading", ("left",)), ("trailing", ("right",))):
                    if key in a:
                        for t in targets:
                            sides[t] = self.ex(a[key], ctx)
                order = [s for s in ("top", "right", "bottom", "left") if s in sides]
                out.append(f".{n}({{ {', '.join(f'{s}: {sides[s]}' for s in order)} }})")
            elif n == "frame":
                if "width" in a:
                    out.append(f".width({self.ex(a['width'], ctx)})")
                if "height" in a:
                    out.append(f".height({self.ex(a['height'], ctx)})")
                bounds = [f"{k}: {self.ex(a[k], ctx)}" for k in ("minWidth", "maxWidth", "minHeight", "maxHeight")
                          if k in a]
                if bounds:
                    # constraintSize wins over width/height: the size is clamped into the bounds
                    out.append(f".constraintSize({{ {', '.join(bounds)} }})")
            elif n in ("fillWidth", "fillHeight"):
                out.append(self.fill("width" if n == "fillWidth" else "height", ctx))
            elif n == "weight":
                out.append(f".layoutWeight({self.ex(a['value'], ctx)})")
            elif n == "background":
                out.append(f".backgroundColor({self.ex(a['color'], ctx)})")
            elif n == "foreground":
                out.append(f".fontColor({self.ex(a['color'], ctx)})")
            elif n == "font":
                f = a["font"]
                if isinstance(f, ir.FontValue):
                    out.append(f".fontSize({self.ex(f.size, ctx)})")
                    out.append(f".fontWeight({self.ex(f.weight, ctx)})")
                else:
                    code = self.wrap(f, ctx, P_POSTFIX)
                    out.append(f".fontSize({code}.size)")
                    out.append(f".fontWeight({code}.weight)")
            elif element == "Button" and n in M.NOT_ON_BUTTON_LABEL:
                self.unsupported(f"`.{n}` on a Button", m.span,
                                 f"give the Button a block with a Text that has `.{n}`")
            elif n == "fontSize":
                out.append(f".fontSize({self.ex(a['size'], ctx)})")
            elif n == "fontWeight":
                out.append(f".fontWeight({self.ex(a['weight'], ctx)})")
            elif n == "italic":
                out.append(".fontStyle(FontStyle.Italic)")
            elif n == "letterSpacing":
                out.append(f".letterSpacing({self.ex(a['points'], ctx)})")
            elif n == "lineSpacing":
                ctx.unit.uses.add(M.KIT_SYMBOLS["LengthMetrics"])
                out.append(f".lineSpacing(LengthMetrics.vp({self.ex(a['points'], ctx)}))")
            elif n == "submitLabel":
                out.append(f".enterKeyType({self.ex(a['label'], ctx)})")
            elif n == "buttonStyle":
                out.append(f".buttonStyle({self.ex(a['style'], ctx)})")
            elif n == "selectable":
                out.append(".copyOption(CopyOptions.LocalDevice)")
            elif n == "placeholderColor":
                out.append(f".placeholderColor({self.ex(a['color'], ctx)})")
            elif n == "textAlign":
                out.append(f".textAlign({self.ex(a['align'], ctx)})")
            elif n == "lineLimit":
                lines = self.ex(a["lines"], ctx)
                if element == "Button":
                    out.append(f".labelStyle({{ maxLines: {lines}, overflow: TextOverflow.Ellipsis }})")
                elif element in ("TextField", "SecureField"):
                    # TextInput: textOverflow takes the TextOverflow value itself
                    out.append(f".maxLines({lines})")
                    out.append(".textOverflow(TextOverflow.Ellipsis)")
                else:
                    out.append(f".maxLines({lines})")
                    out.append(".textOverflow({ overflow: TextOverflow.Ellipsis })")
            elif n == "cornerRadius":
                out.append(f".borderRadius({self.ex(a['radius'], ctx)})")
                out.append(".clip(true)")
            elif n == "border":
                width = a.get("width") or catalog_default("border", "width", m.span)
                parts = [f"width: {self.ex(width, ctx)}", f"color: {self.ex(a['color'], ctx)}"]
                if "radius" in a:
                    parts.append(f"radius: {self.ex(a['radius'], ctx)}")
                out.append(f".border({{ {', '.join(parts)} }})")
            elif n == "shadow":
                color = self.ex(a.get("color") or catalog_default("shadow", "color", m.span), ctx)
                out.append(f".shadow({{ radius: {self.ex(a['radius'], ctx)}, color: {color} }})")
            elif n == "tint" and element in ("Toggle", "Checkbox"):
                continue             # on the control itself, also inside a label's Row: _toggle_attrs()
            elif n == "tint" and element == "Button":
                # the fill of a filled (the default) button, the label of a tonal or text one
                case = button_style(mods) or "filled"
                out.append(f".{M.BUTTON_TINT_ATTRIBUTE[case]}({self.ex(a['color'], ctx)})")
            elif n == "tint" and element in M.TINT_ATTRIBUTE:
                out.append(f".{M.TINT_ATTRIBUTE[element]}({self.ex(a['color'], ctx)})")
            elif n == "tint":
                # fillColor only recolors SVG sources; a blend-mode color filter tints any image
                ctx.unit.uses.add("tintFilter")
                self.tint_sources.add(self.src_of.get(ctx.comp.name, ctx.comp.span.file) if ctx.comp
                                      else m.span.file)
                out.append(f".colorFilter(tintFilter({self.ex(a['color'], ctx)}))")
            elif n == "opacity":
                out.append(f".opacity({self.ex(a['value'], ctx)})")
            elif n == "disabled":
                out.append(f".enabled({self.negation(a['value'], ctx)[0]})")
            elif n == "visible":
                out.append(f".visibility({self.wrap(a['value'], ctx, P_COALESCE)} ? Visibility.Visible : "
                           f"Visibility.None)")
            elif n == "onTap" and m is not taps[0]:
                continue   # run by the first one's .onClick (a second .onClick would replace it)
            elif n in ("onTap", "onAppear", "onDisappear"):
                event = {"onTap": "onClick", "onDisappear": "onDisAppear"}.get(n, n)
                body = m.args[0].value if m.args else None
                if n == "onTap" and len(taps) > 1:
                    lams = [t.args[0].value for t in taps if t.args]
                    if all(isinstance(x, ir.Lambda) for x in lams):
                        body = ir.Lambda(span=body.span, type=body.type, params=[],
                                         body=[a_ for x in lams for a_ in x.body])
                if isinstance(body, ir.Lambda):
                    out.append(f".{event}({self.lambda_(ir.Lambda(span=body.span, type=body.type, params=[], body=body.body), ctx)})")
                elif body is not None:
                    out.append(f".{event}({self.handler(body, ctx)})")
                if n == "onTap" and not (element is not None and CATALOG_ELEMENTS[element].control):
                    out.append(f".clickEffect({M.TAP_CLICK_EFFECT})")   # the press feedback
            elif n == "accessibilityLabel":
                out.append(f".accessibilityText({self.ex(a['label'], ctx, resource=True)})")
            else:
                self.unsupported(f"the modifier '.{n}'", m.span)
        return out

    def component_view(self, v: ir.ComponentView, w: CodeWriter, ctx: Ctx) -> None:
        comp = self.comps.get(v.component)
        ctx.unit.uses.add(v.component)
        self.source_comment(w, v.span)
        sname = self.struct_name(v.component)
        parts = []
        for a in v.args:
            param = next((p for p in comp.params if p.name == a.name), None) if comp else None
            if a.is_default or param is not None and param.default is not None and same_expr(a.value, param.default):
                continue   # the member's own initialiser already holds the default
            val = self.handler(a.value, ctx) if isinstance(a.value, ir.Lambda) else self.ex(a.value, ctx)
            parts.append(f"{mident(a.name)}: {val}")
        one = f"{sname}({{ {', '.join(parts)} }})" if parts else f"{sname}()"
        if "\n" not in one and len(one) + len(w.indent_unit) * w.level <= 100:
            w.line(one)
        else:
            w.line(f"{sname}({{")
            w.indent()
            for i, p in enumerate(parts):
                self.multiline(w, p + ("," if i < len(parts) - 1 else ""))
            w.dedent()
            w.line("})")
        self.attrs(w, self.modifiers(v.modifiers, ctx) + self.implied_fills(v, ctx))

    # ---- files ----------------------------------------------------------------------------------

    def _component_file(self, comp: ir.Component) -> GeneratedFile:
        unit = Unit(dir="pages" if comp.kind == "screen" else "components")
        ctx = Ctx(comp=comp, unit=unit)
        sname = self.struct_name(comp.name)
        w = CodeWriter("  ")
        if comp.kind == "screen":
            w.line("@Entry")
        w.line("@Component")
        w.line(f"export struct {sname} {{")   # exported: every file is a module
        w.indent()
        members: list[str] = []
        param_names = {p.name for p in comp.params}
        routed = comp.kind == "screen" and comp.name in self.routed
        deferred: list[str] = []
        for p in comp.params:
            n = mident(p.name)
            t = p.type
            if isinstance(t, ir.TBinding):
                members.append(f"@Link {n}: {self.ty(t, ctx)};")
            elif isinstance(t, ir.TFunc) or isinstance(t, ir.TOptional) and isinstance(t.inner, ir.TFunc):
                if p.default is not None:
                    members.append(f"{n}: {self.ty(t, ctx)} = {self.handler(p.default, ctx)};")
                elif isinstance(t, ir.TOptional):
                    members.append(f"{n}?: {self.ty(t.inner, ctx)};")
                else:
                    fn = t if isinstance(t, ir.TFunc) else t.inner
                    members.append(f"{n}: {self.ty(fn, ctx)} = () => {{}};")
            elif p.default is not None:
                members.append(f"@Prop {n}: {self.ty(t, ctx)} = {self.ex(p.default, ctx)};")
            elif isinstance(t, ir.TOptional):
                members.append(f"@Prop {n}: {self.ty(t, ctx)} = undefined;")
            else:
                members.append(f"@Prop {n}: {self.ty(t, ctx)};")
        for s in comp.states:
            n = mident(s.name)
            reads_params = any(isinstance(e, ir.Ref) and e.ref == "param" and e.name in param_names
                               for e in iter_exprs(s.init))
            init = self.ex(s.init, ctx)
            if reads_params:
                placeholder = self._zero(s.type, ctx)
                if placeholder is not None:
                    deferred.append(f"this.{n} = {init};")
                    init = placeholder
            members.append(f"@State {n}: {self.ty(s.type, ctx)} = {init};")
        for line in members:
            self.multiline(w, line)
        for let in comp.lets:
            w.line("")
            with w.block(f"get {mident(let.name)}(): {self.ty(let.type, ctx)} {{"):
                self.multiline(w, f"return {self.ex(let.value, ctx)};")
        if routed or deferred:
            w.line("")
            with w.block("aboutToAppear(): void {"):
                if routed:
                    cls = self.params_class(comp.name)
                    unit.uses.add("@params:" + cls)
                    w.line(f"const params = this.getUIContext().getRouter().getParams() as {cls} | undefined;")
                    with w.block("if (params !== undefined) {"):
                        for p in self.routed[comp.name]:
                            w.line(f"this.{mident(p.name)} = params.{mident(p.name)};")
                for d in deferred:
                    w.line(d)
        w.line("")
        with w.block("build() {"):
            self.view(comp.body, w, ctx)
        w.dedent()
        w.line("}")
        path = f"{self.module}/{ETS}/{self.comp_path(comp)}.ets"
        src = self.src_of.get(comp.name, comp.span.file)
        sources = {src}
        imports = self.imports(unit, comp.name, sources)
        content = self.env.get_template("component.ets.jinja").render(
            header=header_text([src]), imports=imports, body=w.lines)
        return GeneratedFile(path=path, content=content, sources=tuple(sorted(sources)))

    def _zero(self, t: ir.Type, ctx: Ctx) -> str | None:
        if isinstance(t, ir.TOptional):
            return "undefined"
        if isinstance(t, ir.TList):
            return "[]"
        if isinstance(t, ir.TPrim):
            return {"String": "''", "Int": "0", "Float": "0", "Bool": "false", "Color": "'#00000000'"}.get(t.name)
        return None

    def imports(self, unit: Unit, self_name: str, sources: set[str]) -> list[str]:
        here = unit.dir
        groups: dict[str, list[str]] = {}
        kits: dict[str, list[str]] = {}
        for sym in sorted(unit.uses):
            if sym == self_name:
                continue
            if sym.startswith("@kit."):                  # a system kit's symbol: "@kit.ArkUI:LengthMetrics"
                kit, _, name = sym.partition(":")
                kits.setdefault(kit, []).append(name)
            elif sym.startswith("@params:"):
                groups.setdefault("common/RouteParams", []).append(sym.split(":", 1)[1])
            elif sym in ("Theme", "FontSpec"):
                groups.setdefault("common/Theme", []).append(sym)
            elif sym == "tintFilter":
                groups.setdefault("common/Tint", []).append(sym)
            elif sym in self.models or sym in self.enums:
                groups.setdefault("common/Models", []).append(sym)
            elif sym in self.comps:
                groups.setdefault(self.comp_path(self.comps[sym]), []).append(self.struct_name(sym))
        out = [f"import {{ {', '.join(sorted(names))} }} from '{kit}';" for kit, names in sorted(kits.items())]
        for mod in sorted(groups):
            d, f = mod.split("/", 1)
            rel = f"./{f}" if d == here else f"../{mod}"
            out.append(f"import {{ {', '.join(sorted(groups[mod]))} }} from '{rel}';")
        return out

    def _support_files(self, program: ir.Program) -> list[GeneratedFile]:
        files: list[GeneratedFile] = []
        base = f"{self.module}/{ETS}/common"
        # models and enums
        if program.models or program.enums:
            unit = Unit(dir="common")
            ctx = Ctx(comp=None, unit=unit, in_struct=False)
            models = []
            for m in program.models:
                fields = [{"name": ident(f.name), "type": self.ty(f.type, ctx),
                           "param": f"{ident(f.name)}: {self.ty(f.type, ctx)}"} for f in m.fields]
                withers = []
                for fname in sorted(self.withers.get(m.name, ())):
                    fld = next((f for f in m.fields if f.name == fname), None)
                    if fld is None:
                        continue
                    args = ", ".join(ident(f.name) if f.name == fname else f"this.{ident(f.name)}" for f in m.fields)
                    withers.append({"method": f"with{upper_first(fname)}", "name": ident(fname),
                                    "type": self.ty(fld.type, ctx), "args": args})
                models.append({"name": m.name, "fields": fields, "withers": withers})
            enums = [{"name": e.name, "cases": [ident(c) for c in e.cases]} for e in program.enums]
            srcs = sorted({self.src_of.get(n, "") for n in [*self.models, *self.enums]} - {""})
            text = self.env.get_template("Models.ets.jinja").render(header=header_text(srcs), models=models,
                                                                    enums=enums)
            imports = self.imports(unit, "", set())
            imports = [i for i in imports if "common/Models" not in i and "'./Models'" not in i]
            if imports:
                first, rest = text.split("\n", 1)
                text = first + "\n" + "\n".join(imports) + "\n" + rest
            files.append(GeneratedFile(path=f"{base}/Models.ets", content=text, sources=tuple(srcs)))
        # theme
        needs_font = self.font_used
        if program.theme or needs_font:
            unit = Unit(dir="common")
            ctx = Ctx(comp=None, unit=unit, in_struct=False)
            # a color with a Dark Mode value is a color resource (resources/base and resources/dark)
            tokens = [{"name": ident(t.name), "type": self.ty(t.type, ctx),
                       "value": f"$r('app.color.{t.name}')" if t.dark is not None else self.ex(t.value, ctx)}
                      for t in program.theme]
            needs_font = needs_font or "FontSpec" in unit.uses
            srcs = self.theme_sources or sorted({t.span.file for t in program.theme})
            text = self.env.get_template("Theme.ets.jinja").render(header=header_text(srcs), tokens=tokens,
                                                                   font_spec=needs_font)
            files.append(GeneratedFile(path=f"{base}/Theme.ets", content=text, sources=tuple(srcs)))
        # the image tint helper
        if self.tint_sources:
            srcs = sorted(self.tint_sources)
            text = self.env.get_template("Tint.ets.jinja").render(header=header_text(srcs))
            files.append(GeneratedFile(path=f"{base}/Tint.ets", content=text, sources=tuple(srcs)))
        # router params
        if self.routed:
            unit = Unit(dir="common")
            ctx = Ctx(comp=None, unit=unit, in_struct=False)
            classes = []
            srcs = set()
            for screen in sorted(self.routed):
                srcs.add(self.src_of.get(screen, ""))
                fields = [{"name": mident(p.name), "type": self.ty(p.type, ctx),
                           "param": f"{mident(p.name)}: {self.ty(p.type, ctx)}"} for p in self.routed[screen]]
                classes.append({"name": self.params_class(screen), "screen": self.struct_name(screen),
                                "fields": fields})
            srcs.discard("")
            text = self.env.get_template("RouteParams.ets.jinja").render(
                header=header_text(sorted(srcs)), imports=self.imports(unit, "", set()), classes=classes)
            files.append(GeneratedFile(path=f"{base}/RouteParams.ets", content=text, sources=tuple(sorted(srcs))))
        # strings
        res = f"{self.module}/src/main/resources"
        for table in program.strings:
            qual = "base" if table.locale is None else M.LOCALE_DIRS.get(table.locale, table.locale.replace("-", "_"))
            data = {"string": [{"name": e.key, "value": e.text} for e in table.entries]}
            files.append(GeneratedFile(path=f"{res}/{qual}/element/string.json",
                                       content=json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                       sources=(table.span.file,), has_header=False))
        dark = dark_theme(program)
        if dark:
            srcs = tuple(sorted({t.span.file for t in dark} | {t.dark.span.file for t in dark}))
            for qual, pick in (("base", lambda t: t.value), ("dark", lambda t: t.dark)):
                data = {"color": [{"name": t.name, "value": "#" + str(pick(t).value).upper()} for t in dark]}
                files.append(GeneratedFile(path=f"{res}/{qual}/element/color.json",
                                           content=json.dumps(data, indent=2) + "\n", sources=srcs,
                                           has_header=False))
        pages = [self.comp_path(c) for c in program.components if c.kind == "screen"]
        if pages:
            srcs = sorted({self.src_of.get(c.name, c.span.file) for c in program.components if c.kind == "screen"})
            files.append(GeneratedFile(path=f"{res}/base/profile/main_pages.json",
                                       content=json.dumps({"src": pages}, indent=2) + "\n",
                                       sources=tuple(srcs), has_header=False))
        # merge duplicate paths (several default tables): later entries extend the first
        merged: dict[str, GeneratedFile] = {}
        for f in files:
            if f.path in merged and f.path.endswith("string.json"):
                a = json.loads(merged[f.path].content)
                b = json.loads(f.content)
                names = {x["name"] for x in a["string"]}
                a["string"].extend(x for x in b["string"] if x["name"] not in names)
                merged[f.path] = GeneratedFile(path=f.path, content=json.dumps(a, ensure_ascii=False, indent=2) + "\n",
                                               sources=tuple(sorted(set(merged[f.path].sources) | set(f.sources))),
                                               has_header=False)
            else:
                merged[f.path] = f
        return list(merged.values())




BACKEND = ArkTSBackend

__all__ = ["ArkTSBackend", "BACKEND", "ident", "mident", "ts_string", "template_text"]
