"""Kotlin Jetpack Compose backend.

Output (relative to the target's output directory; `<pkg>` = kotlin_package as a path):

    kotlin/<pkg>/<Component>.kt   one `@Composable fun` per component / screen
    kotlin/<pkg>/Models.kt        `data class` models and `enum class` enums
    kotlin/<pkg>/Theme.kt         `object <App>Theme` with the theme tokens
    kotlin/<pkg>/Strings.kt       typed `AppStrings` tables per locale + `LocalStrings`
    kotlin/<pkg>/Images.kt        `ImageResolver` hook for `Image(name)` (bundled assets)
    kotlin/<pkg>/Navigation.kt    `Route`, `Navigator`, `<App>NavHost` (when navigation is used)
    res/values[-<qualifier>]/strings.xml   the same strings as Android resources

Everything compiles against the Compose Multiplatform desktop jars (runtime, ui,
foundation, material3): no Android `R`, `stringResource` or navigation-compose.
Views, expressions and actions are lowered here with a CodeWriter; file skeletons
are the Jinja templates in templates/; mapping tables are in mapping.py.
"""

from __future__ import annotations

import contextlib

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

from xui import ir
from xui.backend import Backend, BackendResult, GeneratedFile, header_text
from xui.catalog import ELEMENTS as CATALOG_ELEMENTS
from xui.catalog import MODIFIERS as CATALOG_MODIFIERS
from xui.lowering import (negated, multiline_lines, names_read, fresh_name, dark_theme, bind_then, catalog_default, model_update, button_style, decl_sources, CodeWriter, given_text, implied_fills, iter_exprs, iter_views, jinja_env,
                          last_modifier, render_path_update, screens, upper_first, uses_navigation)
from xui.lowering import ident as _ident
from xui.lowering import member_ident

from . import mapping as M

INDENT = "    "
MAX_LINE = 100

# Kotlin precedence (higher binds tighter).
P_ATOM, P_POSTFIX, P_PREFIX, P_MUL, P_ADD, P_ELVIS, P_CMP, P_EQ, P_AND, P_OR, P_IF = (
    17, 16, 15, 13, 12, 10, 8, 7, 6, 5, 1)
BIN_PREC = {"*": P_MUL, "/": P_MUL, "%": P_MUL, "+": P_ADD, "-": P_ADD, "??": P_ELVIS,
            "<": P_CMP, ">": P_CMP, "<=": P_CMP, ">=": P_CMP, "==": P_EQ, "!=": P_EQ,
            "&&": P_AND, "||": P_OR}
KT_OP = {"??": "?:"}
NEGATED_CMP = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}
EXPR_WIDTH = 72     # a constructor call / list literal longer than this goes one argument per line


def ident(name: str) -> str:
    """Types, models, fields, enum cases, locals (shared rule)."""
    return _ident(name)


def mident(name: str) -> str:
    """A component's own members: params, states, lets (shared, stricter rule)."""
    return member_ident(name)


MEMBER_REFS = ("param", "state", "let")
KNOWN_MODIFIERS = frozenset(M.MODIFIER_RANK) | frozenset(M.TEXT_MODIFIERS) | {
    "disabled", "visible", "onAppear", "onDisappear", "selectable", "tint", "placeholderColor", "submitLabel",
    "buttonStyle"}


# ---- literals --------------------------------------------------------------------------

_SIMPLE_ESC = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}


def _needs_unicode_escape(ch: str) -> bool:
    if ch == "\u200d":      # zero-width joiner: part of emoji sequences, keep readable
        return False
    cat = unicodedata.category(ch)
    return cat in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")


def kt_escape(s: str) -> str:
    """Body of a Kotlin string literal (without quotes)."""
    out: list[str] = []
    for ch in s:
        if ch in _SIMPLE_ESC:
            out.append(_SIMPLE_ESC[ch])
        elif _needs_unicode_escape(ch):
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(f"\\u{0xD800 + (cp >> 10):04X}\\u{0xDC00 + (cp & 0x3FF):04X}")
            else:
                out.append(f"\\u{cp:04X}")
        else:
            out.append(ch)
    return "".join(out)


def kt_string(s: str) -> str:
    return f'"{kt_escape(s)}"'


def kt_double(v: float) -> str:
    r = repr(float(v))
    if "e" in r or "E" in r:
        mant, exp = r.split("e")
        if "." not in mant:
            mant += ".0"
        return f"{mant}e{exp}"
    return r


def num_text(v) -> str:
    """A number literal without type suffix, integral values without `.0` (for `.dp`/`.sp`)."""
    f = float(v)
    if f.is_integer() and abs(f) < 1e15:
        return str(int(f))
    return kt_double(f)


def xml_escape_android(s: str) -> str:
    """Text of an Android <string> resource."""
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch in "@?" and i == 0:
            out.append("\\" + ch)
        elif ch == " " and (i == 0 or i == len(s) - 1 or s[i - 1] == " "):
            out.append("\\u0020")
        elif _needs_unicode_escape(ch):
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else ch)
        else:
            out.append(ch)
    return "".join(out)


def android_values_dir(locale: str | None) -> str:
    """`zh-Hans` -> values-b+zh+Hans, `pt-BR` -> values-pt-rBR, `de` -> values-de."""
    if not locale:
        return "values"
    parts = re.split(r"[-_]", locale)
    lang = parts[0].lower()
    if len(parts) == 1:
        return f"values-{lang}"
    if len(parts) == 2 and len(parts[1]) == 2 and parts[1].isalpha():
        return f"values-{lang}-r{parts[1].upper()}"
    return "values-b+" + "+".join([lang] + parts[1:])


def locale_prop(locale: str) -> str:
    parts = [p for p in re.split(r"[-_]", locale) if p]
    return ident(parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:]))


def kt_identifier(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_]", "", name) or "App"
    if s[0].isdigit():
        s = "_" + s
    return upper_first(s)


# ---- per-file lowering context ---------------------------------------------------------

# the elements whose painters come from the app's ImageResolver (Images.kt)
IMAGE_ELEMENTS = ("Image", "RemoteImage")


@dataclass
class FileCtx:
    imports: set[str] = field(default_factory=set)
    uses_strings: bool = False
    uses_navigator: bool = False
    # how a theme color reads when the theme has Dark Mode values (ThemeColors): "local" (the
    # composable's `theme` = ThemeColors.current), "current" (a composable's parameter default),
    # "light" (outside composables: the light value)
    theme_reads: str = "light"
    uses_theme_colors: bool = False
    # code of values Kotlin smart-casts to non-null here (inside `if (x != null)`): `x ?: d` is `x`
    smart: list[str] = field(default_factory=list)

    def imp(self, *names: str) -> None:
        for n in names:
            self.imports.add(M.IMPORTS[n])


def _non_null_conjuncts(cond: ir.Expr) -> list[ir.Expr]:
    """The `x` of each `x != nil` that `cond` requires (through `&&`)."""
    if isinstance(cond, ir.Binary) and cond.op == "&&":
        return _non_null_conjuncts(cond.left) + _non_null_conjuncts(cond.right)
    if isinstance(cond, ir.Binary) and cond.op == "!=":
        for x, y in ((cond.left, cond.right), (cond.right, cond.left)):
            if isinstance(y, ir.Literal_) and y.lit == "nil":
                return [x]
    return []


def _smart_castable(e: ir.Expr) -> bool:
    if isinstance(e, ir.Ref):
        return e.ref in ("param", "let", "item", "closure_param", "local")
    return isinstance(e, ir.FieldGet) and not e.optional and _smart_castable(e.obj)


def put(w: CodeWriter, text: str) -> None:
    """Write a possibly multi-line text; lines after the first are relative to the current level."""
    lines = text.split("\n")
    w.line(lines[0])
    base = w.indent_unit * w.level
    for l in lines[1:]:
        w.lines.append(base + l if l else "")


def indent_text(text: str, n: int = 1) -> str:
    return "\n".join((INDENT * n + l) if l else "" for l in text.split("\n"))


def call_text(head: str, args: list[str], trailing: str | None = None, level: int = 0,
              width: int = MAX_LINE) -> str:
    """`head(args)` on one line when short, else one argument per line with trailing commas."""
    one = f"{head}({', '.join(args)})" if args or not trailing else head
    tail = f" {trailing}" if trailing else ""
    if all("\n" not in a for a in args) and len(INDENT * level + one + tail) <= width:
        return one + tail
    body = ",\n".join(indent_text(a) for a in args)
    return f"{head}(\n{body},\n){tail}"



def _number_literal(e) -> int | float | None:
    """The value of a number literal (also one converted Int -> Float), else None."""
    if isinstance(e, ir.IntToFloat):
        e = e.expr
    return e.value if isinstance(e, ir.Literal_) and e.lit in ("int", "float") else None

class ComposeBackend(Backend):
    name = "compose"
    display_name = "Jetpack Compose"
    file_extension = ".kt"

    ELEMENTS = M.ELEMENTS
    MODIFIERS = M.MODIFIERS
    NODES = M.NODES
    UNSUPPORTED = M.UNSUPPORTED
    RESERVED = M.RESERVED

    # ------------------------------------------------------------------ entry

    def generate(self, program: ir.Program) -> BackendResult:
        self.program = program
        self.models = {m.name: m for m in program.models}
        self.enums = {e.name: e for e in program.enums}
        self.components = {c.name: c for c in program.components}
        self.fill_memo: dict = {}          # lowering.fill_axes, once per view for the run
        self.pkg = self.options.kotlin_package
        self.app = kt_identifier(self.options.app_name)
        self.theme_obj = f"{self.app}Theme"
        self.has_dark_colors = bool(dark_theme(program))
        self.kdir = "kotlin/" + self.pkg.replace(".", "/")
        self.env = jinja_env("compose")
        self.navigation = uses_navigation(program)
        self.nav_local = "navigator"
        self.comp_file = decl_sources(program)
        self._check_names(program)
        files: list[GeneratedFile] = []
        for comp in program.components:
            files.append(self._component_file(comp))
        if program.models or program.enums:
            files.append(self._models_file())
        if program.theme:
            files.append(self._theme_file())
        if program.strings:
            files.extend(self._strings_files())
        if self._uses_images():
            files.append(self._images_file())
        if self.navigation:
            files.append(self._navigation_file())
        files.sort(key=lambda f: f.path)
        return BackendResult(files=files)

    # ------------------------------------------------------------------ helpers

    def taken_declaration_names(self) -> frozenset[str]:
        app = kt_identifier(self.options.app_name)
        return frozenset({n for n in M.IMPORTS if n[:1].isupper()} | {
            f"{app}Theme", "AppStrings", "Strings", "LocalStrings", "Route", "Navigator", "LocalNavigator",
            "ThemeColors", "LocalThemeColors",
            "ImageResolver", "LocalImageResolver", "Models", "Theme", "Images", "Navigation",
            f"{app}NavHost", "Unit", "String", "Int", "Double", "Boolean", "List"})

    def _check_names(self, program: ir.Program) -> None:
        """User type / component names must not shadow what the generated code uses."""
        taken = self.taken_declaration_names()
        decls = [(c.name, c.span) for c in program.components] + [(m.name, m.span) for m in program.models] + \
                [(e.name, e.span) for e in program.enums]
        for name, span in decls:
            if ident(name) in taken:
                self.unsupported(f"a declaration named `{name}`", span,
                                 f"`{name}` clashes with a name the generated Kotlin uses; rename it")

    def _render(self, template: str, sources: list[str], ctx: FileCtx | None, **kw) -> str:
        header = "// " + header_text(sources)
        imports = sorted(ctx.imports) if ctx else []
        text = self.env.get_template(template).render(header=header, package=self.pkg, imports=imports, **kw)
        return text

    def _sources_of(self, pred: Callable[[ir.SourceFile], bool]) -> list[str]:
        return sorted({f.path for f in self.program.files if pred(f)})

    def _uses_images(self) -> bool:
        return any(isinstance(v, ir.ElementView) and v.name in IMAGE_ELEMENTS
                   for c in self.program.components for v in iter_views([c.body]))

    def _src_comment(self, w: CodeWriter, span) -> None:
        if self.options.source_comments and span is not None:
            w.line(f"// xui: {span.file}:{span.line}")

    # ------------------------------------------------------------------ types

    def ktype(self, t, ctx: FileCtx) -> str:
        if isinstance(t, ir.TPrim):
            k = M.PRIM_TYPES[t.name]
            if k in ("Color", "TextStyle"):
                ctx.imp(k)
            return k
        if isinstance(t, ir.TList):
            return f"List<{self.ktype(t.elem, ctx)}>"
        if isinstance(t, ir.TOptional):
            inner = self.ktype(t.inner, ctx)
            return f"({inner})?" if isinstance(t.inner, ir.TFunc) else f"{inner}?"
        if isinstance(t, ir.TModel):
            return ident(t.name)
        if isinstance(t, ir.TEnum):
            if t.builtin:
                k = M.BUILTIN_ENUM_TYPES[t.name]
                ctx.imp(k.split(".")[0])
                return k
            return ident(t.name)
        if isinstance(t, ir.TFunc):
            return "(" + ", ".join(self.ktype(p, ctx) for p in t.params) + ") -> Unit"
        if isinstance(t, ir.TBinding):
            return self.ktype(t.inner, ctx)
        return "Any?"

    # ------------------------------------------------------------------ expressions

    def expr(self, e, ctx: FileCtx) -> str:
        return self.ex(e, ctx)[0]

    def ex(self, e, ctx: FileCtx) -> tuple[str, int]:
        meth = getattr(self, "ex_" + e.node, None)
        if meth is None:
            self.unsupported(f"expression `{e.node}`", e.span)
            return "TODO()", P_POSTFIX
        return meth(e, ctx)

    def paren(self, e, ctx: FileCtx, min_prec: int) -> str:
        code, prec = self.ex(e, ctx)
        return f"({code})" if prec < min_prec else code

    def ex_literal(self, e: ir.Literal_, ctx):
        if e.lit == "string":
            return kt_string(e.value), P_ATOM
        if e.lit == "int":
            return str(e.value), P_ATOM
        if e.lit == "float":
            return kt_double(e.value), P_ATOM
        if e.lit == "bool":
            return ("true" if e.value else "false"), P_ATOM
        if e.lit == "nil":
            return "null", P_ATOM
        ctx.imp("Color")
        v = str(e.value).upper()
        if len(v) == 6:
            v = "FF" + v
        return f"Color(0x{v})", P_POSTFIX

    def _interp_part(self, e, ctx) -> tuple[str, bool]:
        """Code for `${...}` and whether it is a plain identifier (for `$name`)."""
        if isinstance(e, ir.MemberCall) and e.member == "int_formatted":
            e = e.receiver
        if isinstance(e, ir.ToString):
            inner = e.expr
            if isinstance(inner.type, ir.TEnum) and not inner.type.builtin:
                return f"{self.paren(inner, ctx, P_POSTFIX)}.label", False
            e = inner
        code = self.expr(e, ctx)
        return code, bool(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", code)) and isinstance(e, ir.Ref)

    def ex_interpolation(self, e: ir.Interpolation, ctx):
        out = []
        parts = e.parts
        for i, p in enumerate(parts):
            if isinstance(p, ir.TextPart):
                out.append(kt_escape(p.text))
            else:
                code, simple = self._interp_part(p.expr, ctx)
                nxt = parts[i + 1] if i + 1 < len(parts) else None
                follows_ident = isinstance(nxt, ir.TextPart) and re.match(r"[A-Za-z0-9_]", nxt.text or "")
                out.append(f"${code}" if simple and not follows_ident else "${" + code + "}")
        return '"' + "".join(out) + '"', P_ATOM

    def ex_ref(self, e: ir.Ref, ctx):
        return (mident(e.name) if e.ref in MEMBER_REFS else ident(e.name)), P_ATOM

    def ex_field(self, e: ir.FieldGet, ctx):
        dot = "?." if e.optional else "."     # Kotlin's ?. stops one step, not the whole chain
        return f"{self.paren(e.obj, ctx, P_POSTFIX)}{dot}{ident(e.name)}", P_POSTFIX

    def ex_index(self, e: ir.IndexGet, ctx):
        return f"{self.paren(e.obj, ctx, P_POSTFIX)}[{self.expr(e.index, ctx)}]", P_POSTFIX

    def ex_enum_case(self, e: ir.EnumCase, ctx):
        if e.builtin:
            code = M.BUILTIN_ENUM_CASES[e.enum][e.case]
            ctx.imp(code.split(".")[0])
            return code, P_POSTFIX
        return f"{ident(e.enum)}.{enum_entry(e.case)}", P_POSTFIX

    def ex_theme(self, e: ir.ThemeToken, ctx):
        if self.has_dark_colors and e.type == ir.COLOR:
            if ctx.theme_reads == "local":
                ctx.uses_theme_colors = True
                return f"theme.{ident(e.name)}", P_POSTFIX
            return f"ThemeColors.{ctx.theme_reads}.{ident(e.name)}", P_POSTFIX
        return f"{self.theme_obj}.{ident(e.name)}", P_POSTFIX

    def ex_string_key(self, e: ir.StringKey, ctx):
        ctx.uses_strings = True
        return f"strings.{ident(e.key)}", P_POSTFIX

    def ex_unary(self, e: ir.Unary, ctx):
        op = e.operand
        if e.op == "!" and isinstance(op, ir.MemberCall) and op.member in ("is_empty", "str_is_empty"):
            return f"{self.paren(op.receiver, ctx, P_POSTFIX)}.isNotEmpty()", P_POSTFIX
        positive = negated(op) if e.op == "!" else None
        if positive is not None:        # `a != b`, not `!(a == b)`
            return self.ex(positive, ctx)
        code = self.paren(e.operand, ctx, P_PREFIX)
        if e.op == "-" and code.startswith("-"):
            code = f"({code})"
        return f"{e.op}{code}", P_PREFIX

    def ex_binary(self, e: ir.Binary, ctx):
        prec = BIN_PREC[e.op]
        op = KT_OP.get(e.op, e.op)
        if e.op == "??":   # right-associative
            if self.expr(e.left, ctx) in ctx.smart:      # smart-cast: `?:` would be a useless Elvis
                return self.expr(e.left, ctx), P_POSTFIX if isinstance(e.left, (ir.Ref, ir.FieldGet)) else P_ATOM
            left = self.paren(e.left, ctx, prec + 1)
            right = self.paren(e.right, ctx, prec)
        else:
            left = self.paren(e.left, ctx, prec if prec not in (P_CMP, P_EQ) else prec + 1)
            right = self.paren(e.right, ctx, prec + 1)
        return f"{left} {op} {right}", prec

    def ex_conditional(self, e: ir.Conditional, ctx):
        c = self.expr(e.cond, ctx)
        a = self.paren(e.then, ctx, P_IF + 1)
        b = self.expr(e.other, ctx)
        return f"if ({c}) {a} else {b}", P_IF

    def ex_model_init(self, e: ir.ModelInit, ctx):
        update = model_update(e)
        if update is not None:          # `m.copy(read = true)`: the data class's own copy
            base, changed = update
            args = [f"{ident(f.name)} = {self.expr(f.value, ctx)}" for f in changed]
            return call_text(f"{self.paren(base, ctx, P_POSTFIX)}.copy", args, width=EXPR_WIDTH), P_POSTFIX
        # Fields the source did not write are left to the data class defaults.
        args = [f"{ident(f.name)} = {self.expr(f.value, ctx)}" for f in e.fields if not f.is_default]
        return call_text(ident(e.model), args, width=EXPR_WIDTH), P_POSTFIX

    def ex_font(self, e: ir.FontValue, ctx):
        ctx.imp("TextStyle")
        return f"TextStyle({self._font_args(e, ctx)})", P_POSTFIX

    def _font_args(self, e: ir.FontValue, ctx) -> str:
        args = [f"fontSize = {self.unit(e.size, ctx, 'sp')}"]
        if not (isinstance(e.weight, ir.EnumCase) and e.weight.case == "regular"):
            args.append(f"fontWeight = {self.expr(e.weight, ctx)}")
        return ", ".join(args)

    def ex_list(self, e: ir.ListLiteral, ctx):
        if not e.items:
            elem = e.type.elem if isinstance(e.type, ir.TList) else None
            return (f"emptyList<{self.ktype(elem, ctx)}>()" if elem else "emptyList()"), P_POSTFIX
        return call_text("listOf", [self.expr(i, ctx) for i in e.items], width=EXPR_WIDTH), P_POSTFIX

    def ex_predicate(self, e: ir.Predicate, ctx):
        return "{ " + self.expr(e.body, ctx) + " }", P_ATOM

    def ex_member_call(self, e: ir.MemberCall, ctx):
        tpl = M.MEMBERS.get(e.member)
        if tpl is None:
            self.unsupported(f"the member `{e.member}`", e.span)
            return "TODO()", P_POSTFIX
        r = self.paren(e.receiver, ctx, P_POSTFIX)
        kw: dict[str, str] = {"r": r}
        args = []
        for a in e.args:
            if isinstance(a, ir.Predicate):
                kw["p"] = self.expr(a.body, ctx)
            else:
                args.append(self.expr(a, ctx))
        if e.member == "formatted":
            ctx.imp("Locale")
            d = e.args[0]
            kw["fmt"] = (f'"%.{d.value}f"' if isinstance(d, ir.Literal_)
                         else '"%.${' + self.expr(d, ctx) + '}f"')
            kw["r"] = self.expr(e.receiver, ctx)
        return tpl.format(*args, **kw), P_POSTFIX

    def ex_int_to_float(self, e: ir.IntToFloat, ctx):
        if isinstance(e.expr, ir.Literal_) and e.expr.lit == "int":
            return f"{e.expr.value}.0", P_ATOM
        return f"{self.paren(e.expr, ctx, P_POSTFIX)}.toDouble()", P_POSTFIX

    def ex_to_string(self, e: ir.ToString, ctx):
        inner = e.expr
        if isinstance(inner.type, ir.TEnum) and not inner.type.builtin:
            return f"{self.paren(inner, ctx, P_POSTFIX)}.label", P_POSTFIX
        return f"{self.paren(inner, ctx, P_POSTFIX)}.toString()", P_POSTFIX

    def ex_binding(self, e: ir.BindingOf, ctx):
        # A binding used as a plain value reads the current value.
        if e.value is not None:
            return self.ex(e.value, ctx)
        return mident(e.name), P_ATOM

    def ex_lambda(self, e: ir.Lambda, ctx):
        return self.lambda_text(e, ctx), P_ATOM

    # unit helpers ------------------------------------------------------------------

    def unit(self, e, ctx: FileCtx, unit: str) -> str:
        """`8.dp` / `theme.x.dp` / `(a * b).sp`."""
        ctx.imp(unit)
        if isinstance(e, ir.Literal_) and e.lit in ("int", "float"):
            return f"{num_text(e.value)}.{unit}"
        if isinstance(e, ir.IntToFloat):      # Int.dp / Int.sp exist
            return f"{self.paren(e.expr, ctx, P_POSTFIX)}.{unit}"
        return f"{self.paren(e, ctx, P_POSTFIX)}.{unit}"

    def to_float(self, e, ctx: FileCtx) -> str:
        """A Kotlin `Float` (alpha, slider values)."""
        if isinstance(e, ir.Literal_) and e.lit in ("int", "float"):
            return f"{num_text(e.value)}f"
        if isinstance(e, ir.IntToFloat):
            e = e.expr
            if isinstance(e, ir.Literal_):
                return f"{e.value}f"
        return f"{self.paren(e, ctx, P_POSTFIX)}.toFloat()"

    def negate(self, e, ctx: FileCtx) -> str:
        if isinstance(e, ir.Unary) and e.op == "!":
            return self.expr(e.operand, ctx)
        if isinstance(e, ir.Literal_) and e.lit == "bool":
            return "false" if e.value else "true"
        if isinstance(e, ir.MemberCall) and e.member in ("is_empty", "str_is_empty"):
            return f"{self.paren(e.receiver, ctx, P_POSTFIX)}.isNotEmpty()"
        if isinstance(e, ir.Binary) and e.op in NEGATED_CMP and not _is_float(e.left) and not _is_float(e.right):
            return self.ex_binary(e.model_copy(update={"op": NEGATED_CMP[e.op]}), ctx)[0]
        return "!" + self.paren(e, ctx, P_PREFIX)

    # ------------------------------------------------------------------ actions

    def lambda_text(self, lam: ir.Lambda, ctx: FileCtx) -> str:
        params = ", ".join("_" if p.name == "_" else ident(p.name) for p in lam.params)
        if params == "_":
            params = ""         # `{ onToggle() }`: a one-parameter lambda need not name what it ignores
        head = "{ " + params + " ->" if params else "{"
        body = self.actions_text(lam.body, ctx)
        if not body:
            return "{ " + params + " -> }" if params else "{}"
        if "\n" not in body and len(body) <= 60:
            return f"{head} {body} }}"
        return f"{head}\n{indent_text(body)}\n}}"

    def actions_text(self, actions: list, ctx: FileCtx) -> str:
        w = CodeWriter(INDENT)
        for a in actions:
            self.action(w, a, ctx)
        return "\n".join(w.lines)

    def _setter(self, lv: ir.LValue, new_code: str) -> str:
        if lv.root_ref == "param":
            return f"{setter_name(lv.root)}({new_code})"
        return f"{mident(lv.root)} = {new_code}"

    def _update(self, lv: ir.LValue, leaf: Callable[[str], str], ctx: FileCtx) -> str:
        def field_copy(obj, model, name, new):
            return f"{obj}.copy({ident(name)} = {new})"

        def index_copy(lst, index, elem_fn):
            i = self.expr(index, ctx)
            return f"{lst}.toMutableList().also {{ it[{i}] = {elem_fn(f'it[{i}]')} }}"

        new = render_path_update(mident(lv.root), lv.path, leaf, field_copy, index_copy)
        return self._setter(lv, new)

    def action(self, w: CodeWriter, a, ctx: FileCtx) -> None:
        kind = a.action
        if kind == "assign":
            v = self.expr(a.value, ctx)
            if not a.target.path and a.target.root_ref == "state":
                put(w, f"{mident(a.target.root)} {a.op} {v}")
                return
            if a.op == "=":
                put(w, self._update(a.target, lambda old: v, ctx))
            else:
                op = a.op[0]
                vv = self.paren(a.value, ctx, BIN_PREC[op] + 1)
                put(w, self._update(a.target, lambda old: f"{old} {op} {vv}", ctx))
        elif kind == "append":
            v = self.paren(a.value, ctx, P_ADD + 1)
            put(w, self._update(a.target, lambda old: f"{old} + {v}", ctx))
        elif kind == "insert":
            v, i = self.expr(a.value, ctx), self.expr(a.index, ctx)
            put(w, self._update(a.target, lambda old: f"{old}.toMutableList().also {{ it.add({i}, {v}) }}", ctx))
        elif kind == "remove_at":
            i = self.expr(a.index, ctx)
            put(w, self._update(a.target, lambda old: f"{old}.toMutableList().also {{ it.removeAt({i}) }}", ctx))
        elif kind == "remove_where":
            p = self.expr(a.predicate.body, ctx)
            put(w, self._update(a.target, lambda old: f"{old}.filterNot {{ {p} }}", ctx))
        elif kind == "clear":
            put(w, self._update(a.target, lambda old: "emptyList()", ctx))
        elif kind == "call":
            callee = mident(a.callee.name)
            args = ", ".join(self.expr(x, ctx) for x in a.args)
            if isinstance(a.callee.type, ir.TOptional):
                put(w, f"{callee}?.invoke({args})")
            else:
                put(w, f"{callee}({args})")
        elif kind == "navigate":
            ctx.uses_navigator = True
            args = [f"{mident(x.name)} = {self.expr(x.value, ctx)}" for x in a.args if not x.is_default]
            route = f"Route.{ident(a.screen)}" + (f"({', '.join(args)})" if args else "")
            put(w, call_text(f"{self.nav_local}.navigate", [route], level=w.level))
        elif kind == "back":
            ctx.uses_navigator = True
            put(w, f"{self.nav_local}.back()")
        elif kind == "if":
            for i, br in enumerate(a.branches):
                c = self.expr(br.cond, ctx)
                put(w, f"if ({c}) {{" if i == 0 else f"}} else if ({c}) {{")
                w.indent()
                with self._smart_cast(br.cond, ctx):
                    for x in br.body:
                        self.action(w, x, ctx)
                w.dedent()
            if a.else_body:
                put(w, "} else {")
                w.indent()
                for x in a.else_body:
                    self.action(w, x, ctx)
                w.dedent()
            put(w, "}")
        elif kind == "let":
            put(w, f"val {ident(a.name)} = {self.expr(a.value, ctx)}")
        elif kind == "native":
            code = a.code.get("compose")
            if code is None:
                self.unsupported("a native action without a `compose` entry", a.span,
                                 "add `compose: \"...\"` to the native block")
                put(w, "// native action without compose code")
                return
            for l in code.strip("\n").split("\n"):
                put(w, l)
        else:  # pragma: no cover - every action kind is handled above
            self.unsupported(f"action `{kind}`", getattr(a, "span", None))

    # ------------------------------------------------------------------ component files

    def _component_file(self, comp: ir.Component) -> GeneratedFile:
        ctx = FileCtx()
        members = {mident(x.name) for x in [*comp.params, *comp.states, *comp.lets]}
        # the navigator local must not shadow (or be shadowed by) a member of the same name
        self.nav_local = "navigator" if "navigator" not in members else "appNavigator"
        ctx.imp("Composable", "Modifier")
        ctx.theme_reads = "current"
        params: list[str] = []
        for p in comp.params:
            t = self.ktype(p.type, ctx)
            if isinstance(p.type, ir.TBinding):
                params.append(f"{mident(p.name)}: {t}")
                params.append(f"{setter_name(p.name)}: ({t}) -> Unit")
                continue
            d = ""
            if p.default is not None:
                d = " = " + self.expr(p.default, ctx)
            elif isinstance(p.type, ir.TOptional):
                d = " = null"
            params.append(f"{mident(p.name)}: {t}{d}")
        params.append("modifier: Modifier = Modifier")
        ctx.theme_reads = "local"

        body = CodeWriter(INDENT)
        body.indent()
        for s in comp.states:
            self._state(body, s, ctx)
        for l in comp.lets:
            self._let(body, l, ctx)
        views = CodeWriter(INDENT)
        views.level = 1
        self.view(views, comp.body, ctx, scope="root", root_modifier="modifier")
        pre = []
        if ctx.uses_strings:
            pre.append(INDENT + "val strings = LocalStrings.current")
        if ctx.uses_theme_colors:
            pre.append(INDENT + "val theme = ThemeColors.current")
        if ctx.uses_navigator:
            pre.append(INDENT + f"val {self.nav_local} = LocalNavigator.current")
        lines = pre + body.lines + views.lines
        sig = call_text(f"fun {ident(comp.name)}", params, trailing="{")
        src = self.comp_file.get(comp.name, comp.span.file)
        content = self._render("component.kt.jinja", [src], ctx, signature=sig, body="\n".join(lines),
                               doc=f"{'Screen' if comp.kind == 'screen' else 'Component'} `{comp.name}`.")
        return GeneratedFile(f"{self.kdir}/{ident(comp.name)}.kt", content, (src,))

    def _state(self, w: CodeWriter, s: ir.State, ctx: FileCtx) -> None:
        t = s.type
        init = self.expr(s.init, ctx)
        saveable = is_saveable(t)
        rem = "rememberSaveable" if saveable else "remember"
        ctx.imp(rem, "getValue", "setValue")
        if t == ir.INT:
            ctor = f"mutableIntStateOf({init})"
            ctx.imp("mutableIntStateOf")
        elif t == ir.FLOAT:
            ctor = f"mutableDoubleStateOf({init})"
            ctx.imp("mutableDoubleStateOf")
        else:
            ctx.imp("mutableStateOf")
            targ = f"<{self.ktype(t, ctx)}>" if isinstance(t, ir.TOptional) else ""
            ctor = call_text(f"mutableStateOf{targ}", [init])
        self._src_comment(w, s.span)
        text = f"var {mident(s.name)} by {rem} {{ {ctor} }}"
        if "\n" in ctor or len(INDENT * w.level + text) > MAX_LINE:
            text = f"var {mident(s.name)} by {rem} {{\n{indent_text(ctor)}\n}}"
        put(w, text)

    def _let(self, w: CodeWriter, l: ir.Let, ctx: FileCtx) -> None:
        v = self.expr(l.value, ctx)
        deps = [e for e in iter_exprs(l.value) if isinstance(e, ir.Ref) and e.ref in ("state", "param", "let")]
        uses_locals = any(isinstance(e, (ir.StringKey,)) for e in iter_exprs(l.value))
        self._src_comment(w, l.span)
        if not deps and not uses_locals and not is_trivial(l.value):
            ctx.imp("remember")
            text = f"val {mident(l.name)} = remember {{ {v} }}"
            if "\n" in v or len(INDENT * w.level + text) > MAX_LINE:
                text = f"val {mident(l.name)} = remember {{\n{indent_text(v)}\n}}"
        else:
            text = f"val {mident(l.name)} = {v}"
        put(w, text)

    # ------------------------------------------------------------------ views

    def view(self, w: CodeWriter, v, ctx: FileCtx, scope: str, root_modifier: str | None = None) -> None:
        if isinstance(v, ir.ElementView):
            self._with_lifecycle(w, v, ctx, scope, root_modifier, self.element)
        elif isinstance(v, ir.ComponentView):
            self._with_lifecycle(w, v, ctx, scope, root_modifier, self.component_call)
        elif isinstance(v, ir.IfView):
            if root_modifier:
                ctx.imp("Box")
                self._src_comment(w, v.span)
                with w.block(f"Box({root_modifier}) {{"):
                    self.if_view(w, v, ctx, "box")
            else:
                self.if_view(w, v, ctx, scope)
        elif isinstance(v, ir.NativeView):
            self._src_comment(w, v.span)
            code = v.code.get("compose")
            if code is None:
                self.unsupported("a native view without a `compose` entry", v.span,
                                 "add `compose: \"...\"` to the native block")
                return
            if root_modifier:
                ctx.imp("Box")
                with w.block(f"Box({root_modifier}) {{"):
                    for l in code.strip("\n").split("\n"):
                        w.line(l)
            else:
                for l in code.strip("\n").split("\n"):
                    w.line(l)

    def views(self, w: CodeWriter, vs: list, ctx: FileCtx, scope: str) -> None:
        for v in vs:
            self.view(w, v, ctx, scope)

    def if_view(self, w: CodeWriter, v: ir.IfView, ctx: FileCtx, scope: str) -> None:
        self._src_comment(w, v.span)
        for i, br in enumerate(v.branches):
            c = self.expr(br.cond, ctx)
            w.line(f"if ({c}) {{" if i == 0 else f"}} else if ({c}) {{")
            w.indent()
            with self._smart_cast(br.cond, ctx):
                self.views(w, br.body, ctx, scope)
            w.dedent()
        if v.else_body:
            w.line("} else {")
            w.indent()
            self.views(w, v.else_body, ctx, scope)
            w.dedent()
        w.line("}")

    @contextlib.contextmanager
    def _smart_cast(self, cond: ir.Expr, ctx: FileCtx):
        """Inside `if (a != null && ...)`: Kotlin smart-casts `a` when it is a val (a parameter, a `let`,
        an item, a lambda parameter or a data-class field of one; not state, a delegated var)."""
        known = [self.expr(x, ctx) for x in _non_null_conjuncts(cond) if _smart_castable(x)]
        ctx.smart.extend(known)
        try:
            yield
        finally:
            del ctx.smart[len(ctx.smart) - len(known):]

    def _with_lifecycle(self, w, v, ctx, scope, root_modifier, emit) -> None:
        """`.visible(x)` wraps in `if`, `.onAppear/.onDisappear` become effects next to the view."""
        mods = {m.name: m for m in v.modifiers}
        visible = mods.get("visible")
        appear, disappear = mods.get("onAppear"), mods.get("onDisappear")
        if visible is not None:
            cond = self.expr(visible.args[0].value, ctx)
            w.line(f"if ({cond}) {{")
            w.indent()
        if appear is not None and disappear is None:
            ctx.imp("LaunchedEffect")
            put(w, "LaunchedEffect(Unit) " + self._block_text(appear, ctx))
        elif disappear is not None:
            ctx.imp("DisposableEffect")
            on_dispose = "onDispose " + self._block_text(disappear, ctx)
            first = self.actions_text(self._mod_actions(appear), ctx) if appear else ""
            inner = (first + "\n" if first else "") + on_dispose
            put(w, "DisposableEffect(Unit) {\n" + indent_text(inner) + "\n}")
        emit(w, v, ctx, scope, root_modifier)
        if visible is not None:
            w.dedent()
            w.line("}")

    def _mod_actions(self, m: ir.ModifierUse) -> list:
        """The action block of an action modifier (`.onTap { ... }`)."""
        for a in m.args:
            if isinstance(a.value, ir.Lambda):
                return list(a.value.body)
        return []

    def _block_text(self, m: ir.ModifierUse, ctx) -> str:
        body = self.actions_text(self._mod_actions(m), ctx)
        if not body:
            return "{}"
        if "\n" not in body and len(body) <= 60:
            return "{ " + body + " }"
        return "{\n" + indent_text(body) + "\n}"

    # modifier chain ------------------------------------------------------------

    def modifier_chain(self, v, ctx: FileCtx, scope: str, base: str | None,
                       extra: list[str] | None = None, enabled: str | None = None,
                       only: Callable[[str], bool] | None = None) -> str | None:
        """The Modifier chain of an element, in box-model order (see mapping.MODIFIER_RANK);
        `only` picks the modifiers to take (all by default)."""
        calls: list[str] = []
        mods = [m for m in v.modifiers if m.name in M.MODIFIER_RANK and (only is None or only(m.name))]
        mods.sort(key=lambda m: M.MODIFIER_RANK[m.name])
        corner = None
        border_shape = None
        for m in mods:
            if m.name == "border":
                r = {a.name: a.value for a in m.args}.get("radius")
                if r is not None and not (isinstance(r, ir.Literal_) and float(r.value) == 0):
                    ctx.imp("RoundedCornerShape")
                    border_shape = f"RoundedCornerShape({self.unit(r, ctx, 'dp')})"
        # the shadow takes the shape of the rounded corners (clip or a Button's shape, else border)
        shadow_shape = border_shape
        for m in v.modifiers:
            if m.name == "cornerRadius":
                ctx.imp("RoundedCornerShape")
                shadow_shape = f"RoundedCornerShape({self.unit(m.args[0].value, ctx, 'dp')})"
        for m in mods:
            args = {a.name: a.value for a in m.args}
            n = m.name
            if n in ("padding", "margin"):
                ctx.imp("padding")
                calls.append(self._padding(args, ctx))
            elif n == "weight":
                if scope not in ("row", "column"):
                    self.unsupported("`.weight` outside a Row or Column", m.span,
                                     "Modifier.weight needs a RowScope/ColumnScope parent; "
                                     "apply it where the component is used")
                    continue
                calls.append(f"weight({self.to_float(args['value'], ctx)})")
            elif n == "frame":
                # min/max first: the fixed size after them is coerced into the bounds
                for fn, lo, hi in (("widthIn", "minWidth", "maxWidth"), ("heightIn", "minHeight", "maxHeight")):
                    bounds = [f"{k} = {self.unit(args[a], ctx, 'dp')}" for k, a in (("min", lo), ("max", hi))
                              if a in args]
                    if bounds:
                        ctx.imp(fn)
                        calls.append(f"{fn}({', '.join(bounds)})")
                w_, h_ = args.get("width"), args.get("height")
                if w_ is not None and h_ is not None:
                    ctx.imp("size")
                    wd, ht = self.unit(w_, ctx, 'dp'), self.unit(h_, ctx, 'dp')
                    calls.append(f"size({wd})" if wd == ht else f"size({wd}, {ht})")
                elif w_ is not None:
                    ctx.imp("width")
                    calls.append(f"width({self.unit(w_, ctx, 'dp')})")
                elif h_ is not None:
                    ctx.imp("height")
                    calls.append(f"height({self.unit(h_, ctx, 'dp')})")
            elif n in ("fillWidth", "fillHeight"):
                calls.append(self._fill_call("width" if n == "fillWidth" else "height", scope, ctx))
            elif n == "opacity":
                ctx.imp("alpha")
                calls.append(f"alpha({self.to_float(args['value'], ctx)})")
            elif n == "shadow":
                ctx.imp("shadow")
                parts = [self.unit(args["radius"], ctx, "dp")]
                if shadow_shape:
                    parts.append(shadow_shape)
                if "color" in args:
                    c = self.expr(args["color"], ctx)
                    parts += [f"ambientColor = {c}", f"spotColor = {c}"]
                # one argument per line when long (a chain call sits a few levels deep)
                calls.append(call_text("shadow", parts, width=MAX_LINE - 3 * len(INDENT)))
            elif n == "cornerRadius":
                ctx.imp("clip", "RoundedCornerShape")
                corner = f"RoundedCornerShape({self.unit(args['radius'], ctx, 'dp')})"
                calls.append(f"clip({corner})")
            elif n == "background":
                ctx.imp("background")
                shape = f", {border_shape}" if border_shape and not corner else ""
                calls.append(f"background({self.expr(args['color'], ctx)}{shape})")
            elif n == "border":
                ctx.imp("border")
                bw = self.unit(args.get("width") or catalog_default("border", "width", m.span), ctx, "dp")
                col = self.expr(args["color"], ctx)
                if border_shape:
                    calls.append(f"border({bw}, {col}, {border_shape})")
                elif corner:
                    calls.append(f"border({bw}, {col}, {corner})")
                else:
                    calls.append(f"border({bw}, {col})")
            elif n == "onTap":
                ctx.imp("clickable")
                en = f"enabled = {enabled}" if enabled else ""
                head = f"clickable({en})" if en else "clickable"
                calls.append(f"{head} " + self._block_text(m, ctx))
            elif n == "accessibilityLabel":
                ctx.imp("semantics", "contentDescription")
                calls.append(f"semantics {{ contentDescription = {self.expr(args['label'], ctx)} }}")
        calls.extend(extra or [])
        if not calls:
            return base
        head = base or "Modifier"
        if len(calls) == 1 and "\n" not in calls[0] and "\n" not in head:
            return f"{head}.{calls[0]}"
        return head + "".join("\n" + indent_text("." + c) for c in calls)

    def _padding(self, args: dict, ctx) -> str:
        keys = set(args)
        if keys == {"all"}:
            return f"padding({self.unit(args['all'], ctx, 'dp')})"
        if keys and keys <= {"horizontal", "vertical"}:
            parts = [f"{k} = {self.unit(args[k], ctx, 'dp')}" for k in ("horizontal", "vertical") if k in args]
            return f"padding({', '.join(parts)})"
        sides = {}
        for side, keys_ in (("start", ("leading", "horizontal", "all")), ("top", ("top", "vertical", "all")),
                            ("end", ("trailing", "horizontal", "all")), ("bottom", ("bottom", "vertical", "all"))):
            for k in keys_:
                if k in args:
                    sides[side] = self.unit(args[k], ctx, "dp")
                    break
        return "padding(" + ", ".join(f"{s} = {c}" for s, c in sides.items()) + ")"

    # elements ------------------------------------------------------------------

    def _text_style(self, v, ctx: FileCtx) -> dict[str, str]:
        """Text modifiers -> Text(...) named arguments (in Text's parameter order)."""
        out: dict[str, str] = {}
        for m in v.modifiers:
            if m.name not in M.TEXT_MODIFIERS:
                continue
            a = m.args[0].value if m.args else None
            if m.name == "foreground":
                out["color"] = self.expr(a, ctx)
            elif m.name == "fontSize":
                out["fontSize"] = self.unit(a, ctx, "sp")
            elif m.name == "fontWeight":
                out["fontWeight"] = self.expr(a, ctx)
            elif m.name == "italic":
                ctx.imp("FontStyle")
                out["fontStyle"] = "FontStyle.Italic"
            elif m.name == "letterSpacing":
                out["letterSpacing"] = self.unit(a, ctx, "sp")
            elif m.name == "lineSpacing":
                out["lineHeight"] = self._line_height(v, a, ctx)
            elif m.name == "textAlign":
                out["textAlign"] = self.expr(a, ctx)
            elif m.name == "lineLimit":
                ctx.imp("TextOverflow")
                out["overflow"] = "TextOverflow.Ellipsis"
                out["maxLines"] = self.expr(a, ctx)
            elif m.name == "font":
                out["style"] = self.expr(a, ctx)
        order = ["color", "fontSize", "fontStyle", "fontWeight", "letterSpacing", "textAlign", "lineHeight",
                 "overflow", "maxLines", "style"]
        return {k: out[k] for k in order if k in out}

    def _line_height(self, v, extra, ctx: FileCtx) -> str:
        """`.lineSpacing(n)`: Compose has no extra leading, so the line height is the font's natural one
        (taken as 1.2 x its size: the last fontSize / font, else Text's default 14.sp) plus n."""
        ctx.imp("sp")
        size_mod = last_modifier(v, "fontSize", "font")
        font = size_mod.args[0].value if size_mod is not None else None
        style = size_mod is not None and size_mod.name == "font" and not isinstance(font, ir.FontValue)
        size = font.size if isinstance(font, ir.FontValue) else font       # (style: a theme TextStyle)
        known = M.TEXT_DEFAULT_SIZE if size is None else None if style else _number_literal(size)
        add = _number_literal(extra)
        if known is not None:                          # a known size: its natural line height, folded
            if add is not None:
                return f"{num_text(round(float(known) * 1.2 + float(add), 2))}.sp"
            return f"({num_text(round(float(known) * 1.2, 2))}f + {self.to_float(extra, ctx)}).sp"
        base = f"{self.paren(size, ctx, P_POSTFIX)}.fontSize.value" if style else self.to_float(size, ctx)
        return f"({base} * 1.2f + {self.to_float(extra, ctx)}).sp"

    def _text_args(self, v, ctx: FileCtx) -> list[str]:
        """Text modifiers -> the `name = value` arguments of the Text that shows the text."""
        return [f"{k} = {c}" for k, c in self._text_style(v, ctx).items()]

    def _check_modifiers(self, v) -> None:
        for m in v.modifiers:
            if m.name not in KNOWN_MODIFIERS:
                self.unsupported(f"the modifier `.{m.name}`", m.span)

    def _disabled(self, v, ctx) -> str | None:
        for m in v.modifiers:
            if m.name == "disabled":
                return self.negate(m.args[0].value, ctx)
        return None

    def element(self, w: CodeWriter, v: ir.ElementView, ctx: FileCtx, scope: str, root_mod: str | None) -> None:
        self._src_comment(w, v.span)
        self._check_modifiers(v)
        args = {a.name: a.value for a in v.args}
        name = v.name
        enabled = self._disabled(v, ctx)
        if enabled is not None and name not in M.ENABLEABLE and not any(m.name == "onTap" for m in v.modifiers):
            self.unsupported(f"`.disabled` on {name}", next(m.span for m in v.modifiers if m.name == "disabled"),
                             "Compose has no container-wide enabled flag; disable the controls themselves")
        if not CATALOG_ELEMENTS[name].text_like and any(m.name in M.TEXT_MODIFIERS for m in v.modifiers):
            self.unsupported(f"text modifiers on {name}", v.span)
        emit = getattr(self, "el_" + name, None)
        if emit is None:
            self.unsupported(f"the element `{name}`", v.span)
            return
        emit(w, v, args, ctx, scope, root_mod, enabled)

    def _emit(self, w: CodeWriter, head: str, args: list[str], children: Callable[[], None] | None) -> None:
        if children is None:
            put(w, call_text(head, args, level=w.level) if args else f"{head}()")
            return
        opener = call_text(head, args, trailing="{", level=w.level) if args else f"{head} {{"
        put(w, opener)
        w.indent()
        children()
        w.dedent()
        w.line("}")

    def _mod_arg(self, v, ctx, scope, root_mod, extra=None, enabled=None, only=None) -> list[str]:
        chain = self.modifier_chain(v, ctx, scope, root_mod, extra, enabled, only)
        return [f"modifier = {chain}"] if chain else []

    def el_Column(self, w, v, args, ctx, scope, root_mod, enabled):
        self._linear(w, "Column", v, args, ctx, scope, root_mod, enabled)

    def el_Row(self, w, v, args, ctx, scope, root_mod, enabled):
        self._linear(w, "Row", v, args, ctx, scope, root_mod, enabled)

    def _linear(self, w, head, v, args, ctx, scope, root_mod, enabled, extra=None):
        """A Column or Row of `v`'s children with `args`' spacing and align (a missing align is
        xui's default, .center); `extra` modifier calls go after `v`'s own (a Scroll's scroll)."""
        ctx.imp(head)
        a = self._mod_arg(v, ctx, scope, root_mod, extra=extra, enabled=enabled)
        column = head == "Column"
        a += self._arrangement(args, ctx, "verticalArrangement" if column else "horizontalArrangement")
        align = args.get("align")
        param, enum = ("horizontalAlignment", "HAlign") if column else ("verticalAlignment", "VAlign")
        a.append(f"{param} = {self.expr(align, ctx) if align else self._builtin(enum, 'center', ctx)}")
        self._emit(w, head, a, lambda: self.views(w, v.children, ctx, head.lower()))

    def el_Stack(self, w, v, args, ctx, scope, root_mod, enabled):
        ctx.imp("Box")
        a = self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        align = args.get("align")
        a.append(f"contentAlignment = {self.expr(align, ctx) if align else self._builtin('Alignment', 'center', ctx)}")
        self._emit(w, "Box", a, lambda: self.views(w, v.children, ctx, "box"))

    def el_Scroll(self, w, v, args, ctx, scope, root_mod, enabled):
        axis = args.get("axis")
        horizontal = isinstance(axis, ir.EnumCase) and axis.case == "horizontal"
        if axis is not None and not isinstance(axis, ir.EnumCase):
            self.unsupported("a non-constant Scroll axis", axis.span)
        scroll = "horizontalScroll" if horizontal else "verticalScroll"
        ctx.imp(scroll, "rememberScrollState")
        head = "Row" if horizontal else "Column"
        only = v.children[0] if len(v.children) == 1 else None
        if isinstance(only, ir.ElementView) and only.name == head and not any(
                m.name in ("visible", "onAppear", "onDisappear", "weight") for m in only.modifiers):
            # Scroll { Column { ... } }: one scrolling Column, not a Column in a Column.
            chain = self.modifier_chain(v, ctx, scope, root_mod, [f"{scroll}(rememberScrollState())"], enabled)
            self.view(w, only, ctx, scope, root_modifier=chain)
            return
        # the content is laid out as a Column (a Row for .horizontal) with the default spacing and align
        self._linear(w, head, v, {}, ctx, scope, root_mod, enabled, extra=[f"{scroll}(rememberScrollState())"])

    def _arrangement(self, args, ctx, name) -> list[str]:
        sp = args.get("spacing")
        if sp is None or (isinstance(sp, ir.Literal_) and float(sp.value) == 0):
            return []
        ctx.imp("Arrangement")
        return [f"{name} = Arrangement.spacedBy({self.unit(sp, ctx, 'dp')})"]

    def _builtin(self, enum: str, case: str, ctx) -> str:
        code = M.BUILTIN_ENUM_CASES[enum][case]
        ctx.imp(code.split(".")[0])
        return code

    def _key_lambda(self, v: ir.ElementView, indexed: bool) -> str:
        k = f"it.{ident(v.key)}" if v.key else "it"
        if indexed:
            k = f"item.{ident(v.key)}" if v.key else "item"
            return f"key = {{ _, item -> {k} }}"
        return f"key = {{ {k} }}"

    @staticmethod
    def _uses_index(v: ir.ElementView) -> bool:
        return v.index is not None and any(isinstance(e, ir.Ref) and e.ref == "index" and e.name == v.index.name
                                           for e in iter_exprs(v.children))

    def _item_params(self, v: ir.ElementView) -> str:
        used = any(isinstance(e, ir.Ref) and e.ref == "item" for e in iter_exprs(v.children))
        item = ident(v.item.name) if v.item and used else "_"
        if self._uses_index(v):
            return f"{ident(v.index.name)}, {item} ->"
        return f"{item} ->"

    def el_List(self, w, v, args, ctx, scope, root_mod, enabled):
        self._lazy(w, v, args, ctx, scope, root_mod, enabled, "LazyColumn", "", [])

    def el_Grid(self, w, v, args, ctx, scope, root_mod, enabled):
        cols = args.get("columns")
        n = self.expr(cols, ctx) if cols is not None else "2"
        ctx.imp("LazyVerticalGrid", "GridCells")
        self._lazy(w, v, args, ctx, scope, root_mod, enabled, "LazyVerticalGrid", "grid.",
                   [f"columns = GridCells.Fixed({n})"])

    def _lazy(self, w, v, args, ctx, scope, root_mod, enabled, head, prefix, first):
        ctx.imp(head)
        a = list(first) + self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        sp = args.get("spacing")
        if sp is not None and not (isinstance(sp, ir.Literal_) and float(sp.value) == 0):
            ctx.imp("Arrangement")
            if head == "LazyVerticalGrid":
                a.append(f"horizontalArrangement = Arrangement.spacedBy({self.unit(sp, ctx, 'dp')})")
            a.append(f"verticalArrangement = Arrangement.spacedBy({self.unit(sp, ctx, 'dp')})")
        items = self.expr(args["items"], ctx)
        indexed = self._uses_index(v)
        fn = "itemsIndexed" if indexed else "items"
        ctx.imp(prefix + fn)

        def children():
            put(w, f"{fn}({items}, {self._key_lambda(v, indexed)}) {{ {self._item_params(v)}")
            w.indent()
            if len(v.children) > 1:
                # several views per item are laid out as a Column (as in the other targets)
                ctx.imp("Column")
                with w.block("Column {"):
                    self.views(w, v.children, ctx, "column")
            else:
                self.views(w, v.children, ctx, "item")
            w.dedent()
            w.line("}")
        self._emit(w, head, a, children)

    def el_ForEach(self, w, v, args, ctx, scope, root_mod, enabled):
        ctx.imp("key")
        items = self.paren(args["items"], ctx, P_POSTFIX)
        item = ident(v.item.name) if v.item else "item"
        if self._uses_index(v):
            head = f"for (({ident(v.index.name)}, {item}) in {items}.withIndex()) {{"
        else:
            head = f"for ({item} in {items}) {{"
        keyexpr = f"{item}.{ident(v.key)}" if v.key else item
        with w.block(head):
            with w.block(f"key({keyexpr}) {{"):
                self.views(w, v.children, ctx, scope)

    def el_Text(self, w, v, args, ctx, scope, root_mod, enabled):
        ctx.imp("Text")
        a = [self.expr(args["text"], ctx)]
        if not any(m.name == "selectable" for m in v.modifiers):
            a += self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
            a += self._text_args(v, ctx)
            self._emit(w, "Text", a, None)
            return
        # SelectionContainer { Text }: the container is the parent's child, so it takes the
        # component's modifier and a weight; the Text keeps the rest
        ctx.imp("SelectionContainer")
        outer = self._mod_arg(v, ctx, scope, root_mod, only=lambda n: n in M.PARENT_MODIFIERS)
        chain = self.modifier_chain(v, ctx, scope, None, enabled=enabled,
                                    only=lambda n: n not in M.PARENT_MODIFIERS)
        a += [f"modifier = {chain}"] if chain else []
        a += self._text_args(v, ctx)
        self._emit(w, "SelectionContainer", outer, lambda: self._emit(w, "Text", a, None))

    def el_Image(self, w, v, args, ctx, scope, root_mod, enabled):
        a = self._image_args(v, args, ctx, scope, root_mod, enabled,
                             f"LocalImageResolver.current.painter({self.expr(args['name'], ctx)})", "fit")
        tint = last_modifier(v, "tint")
        if tint is not None:
            ctx.imp("ColorFilter")
            a.append(f"colorFilter = ColorFilter.tint({self.expr(tint.args[0].value, ctx)})")
        self._emit(w, "Image", a, None)

    def el_RemoteImage(self, w, v, args, ctx, scope, root_mod, enabled):
        """The app's ImageResolver loads it (Images.kt: `remotePainter`, e.g. Coil's
        rememberAsyncImagePainter); generated code needs no image-loading library."""
        a = self._image_args(v, args, ctx, scope, root_mod, enabled,
                             f"LocalImageResolver.current.remotePainter({self.expr(args['url'], ctx)})", "fill")
        self._emit(w, "Image", a, None)

    def _image_args(self, v, args, ctx, scope, root_mod, enabled, painter: str, default_mode: str) -> list[str]:
        """An Image composable's painter, contentDescription (null when decorative), modifier and
        contentScale (the catalog's default content mode when not given)."""
        ctx.imp("Image")
        a = [f"painter = {painter}"]
        a.append(f"contentDescription = {self.expr(args['description'], ctx)}" if given_text(v, "description")
                 else "contentDescription = null")
        a += self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        mode = args.get("contentMode")
        a.append(f"contentScale = {self.expr(mode, ctx) if mode else self._builtin('ContentMode', default_mode, ctx)}")
        return a

    def _callback(self, e, ctx) -> str:
        """A `() -> Void` / `(T) -> Void` argument: a lambda or a callback reference."""
        return self.expr(e, ctx)

    def el_Button(self, w, v, args, ctx, scope, root_mod, enabled):
        button = M.BUTTON_COMPOSABLES.get(button_style(v.modifiers), "Button")
        ctx.imp(button)
        a = [f"onClick = {self._callback(args['action'], ctx)}"]
        # a corner radius is the button's shape (clipping the default pill would keep the pill)
        corner = last_modifier(v, "cornerRadius")
        a += self._mod_arg(v, ctx, scope, root_mod, enabled=enabled,
                           only=(lambda n: n != "cornerRadius") if corner is not None else None)
        if enabled is not None:
            a.append(f"enabled = {enabled}")
        if corner is not None:
            ctx.imp("RoundedCornerShape")
            a.append(f"shape = RoundedCornerShape({self.unit(corner.args[0].value, ctx, 'dp')})")
        a += self._tint_colors(v, button, ctx)
        text_style = self._text_args(v, ctx)
        label = args.get("label")
        if label is not None:
            ctx.imp("Text")
            text_args = [self.expr(label, ctx)] + text_style
            self._emit(w, button, a, lambda: self._emit(w, "Text", text_args, None))
        else:
            if text_style:
                self.unsupported("text modifiers on a Button with a custom label", v.span,
                                 "put the text modifiers on the Text inside the label block")
            self._emit(w, button, a, lambda: self.views(w, v.children, ctx, "row"))

    def _binding(self, e, ctx, convert: Callable[[str], str] | None = None) -> tuple[str, str]:
        """(value code, change-callback code) for a two-way binding argument; `convert` turns the
        callback's value into the bound type (`it.toDouble()`)."""
        conv = convert or (lambda v: v)
        if isinstance(e, ir.BindingOf):
            if e.target is not None:      # `$prefs.volume`: written back as `prefs.volume = it` would be
                if any(isinstance(s, ir.IndexStep) for s in e.target.path):
                    # the list copy's `also { it[i] = ... }` has an `it` of its own: name the new value
                    return self.expr(e.value, ctx), "{ value -> " + self._binding_write(e, conv("value"), ctx) + " }"
                return self.expr(e.value, ctx), "{ " + self._binding_write(e, conv("it"), ctx) + " }"
            if e.ref == "param" and convert is None:
                return mident(e.name), setter_name(e.name)
            return mident(e.name), "{ " + self._binding_write(e, conv("it"), ctx) + " }"
        return self.expr(e, ctx), "{}"

    def _spelled_fills(self, v, ctx, scope) -> list[str]:
        """Modifier calls for the space the catalog says `v` fills and its composable does not take by
        itself (M.SPELLED_FILLS: a TextField is 280 dp wide): the free space along a Row / Column, the
        container's size across it."""
        if v.name not in M.SPELLED_FILLS:
            return []
        axis = {"row": "horizontal", "column": "vertical"}.get(scope)
        return [self._fill_call(dim, scope, ctx)
                for dim in sorted(implied_fills(v, axis, self.components, self.fill_memo), reverse=True)]

    @staticmethod
    def _fill_call(dim: str, scope: str, ctx) -> str:
        """The Modifier call that takes all the space along `dim` ("width" / "height"): along a Row /
        Column the free space, shared like SwiftUI's (weight), else the container's size."""
        if (dim, scope) in (("width", "row"), ("height", "column")):
            return "weight(1f)"
        fn = "fillMaxWidth" if dim == "width" else "fillMaxHeight"
        ctx.imp(fn)
        return f"{fn}()"

    def _text_field(self, w, v, args, ctx, scope, root_mod, enabled, secure: bool):
        ctx.imp("TextField")
        value, change = self._binding(args["text"], ctx)
        a = [f"value = {value}", f"onValueChange = {change}"]
        a += self._mod_arg(v, ctx, scope, root_mod, extra=self._spelled_fills(v, ctx, scope), enabled=enabled)
        if enabled is not None:
            a.append(f"enabled = {enabled}")
        style = self._text_style(v, ctx)
        max_lines = style.pop("maxLines", None)
        style.pop("overflow", None)
        if style:
            ctx.imp("LocalTextStyle")
            st = style.pop("style", "LocalTextStyle.current")
            if style:
                st = f"{st}.copy({', '.join(f'{k} = {c}' for k, c in style.items())})"
            a.append(f"textStyle = {st}")
        ph = args.get("placeholder")
        if given_text(v, "placeholder"):
            ctx.imp("Text")
            text = [self.expr(ph, ctx)]
            color = last_modifier(v, "placeholderColor")
            if color is not None:
                text.append(f"color = {self.expr(color.args[0].value, ctx)}")
            a.append(f"placeholder = {{ Text({', '.join(text)}) }}")
        # one KeyboardOptions: the keyboard type (a password for SecureField) and the action key
        options: list[str] = []
        if secure:
            ctx.imp("PasswordVisualTransformation", "KeyboardType")
            a.append("visualTransformation = PasswordVisualTransformation()")
            options.append("keyboardType = KeyboardType.Password")
        else:
            kb = args.get("keyboard")
            if kb is not None and not (isinstance(kb, ir.EnumCase) and kb.case == "text"):
                options.append(f"keyboardType = {self.expr(kb, ctx)}")
        submit = last_modifier(v, "submitLabel")
        if submit is not None:
            options.append(f"imeAction = {self.expr(submit.args[0].value, ctx)}")
        if options:
            ctx.imp("KeyboardOptions")
            # an argument line of the TextField (one level in, with a trailing comma)
            a.append(call_text("keyboardOptions = KeyboardOptions", options, level=w.level + 1, width=MAX_LINE - 1))
        lines = multiline_lines(v) if not secure else None
        if lines is not None:
            max_lines = self.expr(lines, ctx)       # a multi-line field grows with its text up to these
        a.append(f"maxLines = {max_lines}" if max_lines else "singleLine = true")
        self._emit(w, "TextField", a, None)

    def el_TextField(self, w, v, args, ctx, scope, root_mod, enabled):
        self._text_field(w, v, args, ctx, scope, root_mod, enabled, secure=False)

    def el_SecureField(self, w, v, args, ctx, scope, root_mod, enabled):
        self._text_field(w, v, args, ctx, scope, root_mod, enabled, secure=True)

    def _check(self, w, v, args, ctx, scope, root_mod, enabled, widget: str):
        ctx.imp(widget)
        on = args["isOn"]
        if isinstance(on, ir.BindingOf) and args.get("onChange") is not None:
            # the control's one change handler writes the binding, then runs onChange
            value = self._binding(on, ctx)[0]
            change = self._callback(bind_then(on, args["onChange"], ir.BOOL), ctx)
        elif isinstance(on, ir.BindingOf):
            value, change = self._binding(on, ctx)
        else:
            value = self.expr(on, ctx)
            cb = args.get("onChange")
            change = self._callback(cb, ctx) if cb is not None else "null"
        a = [f"checked = {value}", f"onCheckedChange = {change}"]
        if enabled is not None:
            a.append(f"enabled = {enabled}")
        a += self._tint_colors(v, widget, ctx)
        label = args.get("label")
        has_label = given_text(v, "label")
        if not has_label:
            self._emit(w, widget, a + self._mod_arg(v, ctx, scope, root_mod, enabled=enabled), None)
            return
        ctx.imp("Row", "Text", "Alignment")
        row_args = self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        row_args.append("verticalAlignment = Alignment.CenterVertically")
        text = self.expr(label, ctx)
        style = self._text_args(v, ctx)      # the text modifiers style the label

        def children():
            if widget == "Switch":
                ctx.imp("Modifier")
                self._emit(w, "Text", [text, "modifier = Modifier.weight(1f)"] + style, None)
                self._emit(w, widget, a, None)
            else:
                self._emit(w, widget, a, None)
                self._emit(w, "Text", [text] + style, None)
        self._emit(w, "Row", row_args, children)

    def el_Toggle(self, w, v, args, ctx, scope, root_mod, enabled):
        self._check(w, v, args, ctx, scope, root_mod, enabled, "Switch")

    def el_Checkbox(self, w, v, args, ctx, scope, root_mod, enabled):
        self._check(w, v, args, ctx, scope, root_mod, enabled, "Checkbox")

    def el_Slider(self, w, v, args, ctx, scope, root_mod, enabled):
        ctx.imp("Slider")
        b = args["value"]
        value, change = self._binding(b, ctx, lambda v: f"{v}.toDouble()")
        a = [f"value = {value}.toFloat()", f"onValueChange = {change}"]
        a += self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        if enabled is not None:
            a.append(f"enabled = {enabled}")
        a += self._tint_colors(v, "Slider", ctx)
        lo, hi, st = args.get("min"), args.get("max"), args.get("step")
        lo_c = self.to_float(lo, ctx) if lo is not None else "0f"
        hi_c = self.to_float(hi, ctx) if hi is not None else "1f"
        if lo_c != "0f" or hi_c != "1f":
            a.append(f"valueRange = {lo_c}..{hi_c}")
        if st is not None and not (isinstance(st, ir.Literal_) and float(st.value) == 0):
            if all(isinstance(x, ir.Literal_) or x is None for x in (lo, hi, st)):
                lo_v = float(lo.value) if lo is not None else 0.0
                hi_v = float(hi.value) if hi is not None else 1.0
                steps = max(0, round((hi_v - lo_v) / float(st.value)) - 1)
                a.append(f"steps = {steps}")
            else:
                lo_e = self.paren(lo, ctx, P_MUL + 1) if lo is not None else "0.0"
                hi_e = self.paren(hi, ctx, P_ADD + 1) if hi is not None else "1.0"
                a.append(f"steps = (({hi_e} - {lo_e}) / {self.paren(st, ctx, P_MUL + 1)}).toInt() - 1")
        self._emit(w, "Slider", a, None)

    def el_Picker(self, w, v, args, ctx, scope, root_mod, enabled):
        """A menu button: a TextButton showing the chosen option opens a DropdownMenu of the options
        (Material 3's plain dropdown; the exposed-dropdown box is still experimental API)."""
        sel, options = args["selection"], args["options"]
        taken = names_read([a.value for a in v.args] + [a.value for m in v.modifiers for a in m.args])
        expanded = fresh_name(taken, "expanded", "menuExpanded", "pickerExpanded")
        listed = fresh_name(taken, "options", "choices", "pickerOptions")
        index = fresh_name(taken, "index", "i", "optionIndex")
        option = fresh_name(taken, "option", "choice", "optionText")
        current = self._binding(sel, ctx)[0]
        extra = []
        if given_text(v, "label"):
            ctx.imp("semantics", "contentDescription")
            extra.append(f"semantics {{ contentDescription = {self.expr(args['label'], ctx)} }}")
        ctx.imp("Box", "remember", "mutableStateOf", "getValue", "setValue", "TextButton", "Text",
                "DropdownMenu", "DropdownMenuItem", "Icon", "Icons", "ArrowDropDown")
        literal = isinstance(options, ir.ListLiteral)
        shown = listed if literal else self.paren(options, ctx, P_POSTFIX)

        def body() -> None:
            if literal:
                put(w, f"val {listed} = {self.expr(options, ctx)}")
            w.line(f"var {expanded} by remember {{ mutableStateOf(false) }}")
            button = [f"onClick = {{ {expanded} = true }}"] + ([f"enabled = {enabled}"] if enabled else [])
            def label() -> None:
                put(w, f"Text({shown}.getOrElse({current}) {{ \"\" }})")
                w.line("Icon(Icons.Filled.ArrowDropDown, contentDescription = null)")
            self._emit(w, "TextButton", button, label)

            def items() -> None:
                w.line(f"{shown}.forEachIndexed {{ {index}, {option} ->")
                w.indent()
                w.line("DropdownMenuItem(")
                w.indent()
                w.line(f"text = {{ Text({option}) }},")
                w.line("onClick = {")
                w.indent()
                put(w, self._binding_write(sel, index, ctx))
                w.line(f"{expanded} = false")
                w.dedent()
                w.line("},")
                w.dedent()
                w.line(")")
                w.dedent()
                w.line("}")
            self._emit(w, "DropdownMenu", [f"expanded = {expanded}", f"onDismissRequest = {{ {expanded} = false }}"],
                       items)
        self._emit(w, "Box", self._mod_arg(v, ctx, scope, root_mod, extra=extra), body)

    def _binding_write(self, e, value: str, ctx) -> str:
        """The statement that writes `value` through a two-way binding argument."""
        if isinstance(e, ir.BindingOf) and e.target is not None:
            return self._update(e.target, lambda old: value, ctx)
        if isinstance(e, ir.BindingOf) and e.ref == "param":
            return f"{setter_name(e.name)}({value})"
        return f"{mident(e.name)} = {value}"

    def el_Progress(self, w, v, args, ctx, scope, root_mod, enabled):
        val = args.get("value")
        mod = self._mod_arg(v, ctx, scope, root_mod, enabled=enabled) + self._tint_colors(v, "Progress", ctx)
        if val is None:
            ctx.imp("CircularProgressIndicator")
            self._emit(w, "CircularProgressIndicator", mod, None)
        else:
            ctx.imp("LinearProgressIndicator")
            self._emit(w, "LinearProgressIndicator",
                       [f"progress = {{ {self.to_float(val, ctx)} }}"] + mod, None)

    def _tint_colors(self, v, widget: str, ctx) -> list[str]:
        """`.tint(c)` on a control: the Material widget's accent color argument (M.TINT_COLORS)."""
        tint = last_modifier(v, "tint")
        if tint is None:
            return []
        arg, defaults, params = M.TINT_COLORS[widget]
        e = tint.args[0].value
        c = {"c": self.expr(e, ctx), "c_": self.paren(e, ctx, P_POSTFIX)}
        if defaults is None:
            return [f"{arg} = {params[0].format(**c)}"]
        ctx.imp(defaults.split(".")[0])
        colors = call_text(defaults, [p.format(**c) for p in params], width=MAX_LINE - 4 * len(INDENT))
        return [f"{arg} = {colors}"]

    def el_Spacer(self, w, v, args, ctx, scope, root_mod, enabled):
        ctx.imp("Spacer")
        extra = ["weight(1f)"] if scope in ("row", "column") else []
        if scope not in ("row", "column") and not v.modifiers:
            self.unsupported("a Spacer outside a Row or Column", v.span,
                             "a Spacer takes the free space of its Row/Column; give it a .frame() elsewhere")
        chain = self.modifier_chain(v, ctx, scope, root_mod, extra)
        self._emit(w, "Spacer", [chain] if chain else [], None)

    def el_Divider(self, w, v, args, ctx, scope, root_mod, enabled):
        head = "VerticalDivider" if scope == "row" else "HorizontalDivider"
        ctx.imp(head)
        a = self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        # without them: the Material divider's own DividerDefaults thickness and color
        if "thickness" in args:
            a.append(f"thickness = {self.unit(args['thickness'], ctx, 'dp')}")
        if "color" in args:
            a.append(f"color = {self.expr(args['color'], ctx)}")
        self._emit(w, head, a, None)

    # components ----------------------------------------------------------------

    def component_call(self, w: CodeWriter, v: ir.ComponentView, ctx: FileCtx, scope: str,
                       root_mod: str | None) -> None:
        self._src_comment(w, v.span)
        self._check_modifiers(v)
        comp = self.components.get(v.component)
        ptypes = {p.name: p.type for p in comp.params} if comp else {}
        a: list[str] = []
        for arg in v.args:
            if arg.is_default:          # the Kotlin parameter has the same default
                continue
            if isinstance(ptypes.get(arg.name), ir.TBinding):
                value, change = self._binding(arg.value, ctx)
                a.append(f"{mident(arg.name)} = {value}")
                a.append(f"{setter_name(arg.name)} = {change}")
            else:
                a.append(f"{mident(arg.name)} = {self.expr(arg.value, ctx)}")
        enabled = self._disabled(v, ctx)
        if enabled is not None and not any(m.name == "onTap" for m in v.modifiers):
            self.unsupported(f"`.disabled` on component {v.component}",
                             next(m.span for m in v.modifiers if m.name == "disabled"),
                             "Compose has no container-wide enabled flag; pass a parameter instead")
        if any(m.name in M.TEXT_MODIFIERS for m in v.modifiers):
            self.unsupported(f"text modifiers on component {v.component}", v.span)
        a += self._mod_arg(v, ctx, scope, root_mod, enabled=enabled)
        self._emit(w, ident(v.component), a, None)

    # ------------------------------------------------------------------ support files

    def _models_file(self) -> GeneratedFile:
        ctx = FileCtx()
        blocks: list[str] = []
        for e in self.program.enums:
            entries = ",\n".join(f"{INDENT}{enum_entry(c)}({kt_string(c)})" for c in e.cases)
            blocks.append(f"enum class {ident(e.name)}(val label: String) {{\n{entries},\n}}")
        for m in self.program.models:
            fields = []
            for f in m.fields:
                d = f" = {self.expr(f.default, ctx)}" if f.default is not None else (
                    " = null" if isinstance(f.type, ir.TOptional) else "")
                fields.append(f"val {ident(f.name)}: {self.ktype(f.type, ctx)}{d}")
            blocks.append("data class " + call_text(ident(m.name), fields))
        srcs = self._sources_of(lambda f: bool(f.models or f.enums))
        content = self._render("Models.kt.jinja", srcs, ctx, blocks=blocks)
        return GeneratedFile(f"{self.kdir}/Models.kt", content, tuple(srcs))

    def _theme_file(self) -> GeneratedFile:
        ctx = FileCtx()
        tokens, colors = [], []
        for t in self.program.theme:
            if self.has_dark_colors and t.token_kind == "color":
                # with Dark Mode values, the colors are a ThemeColors of each appearance
                colors.append({"name": ident(t.name), "light": self.expr(t.value, ctx),
                               "dark": self.expr(t.dark if t.dark is not None else t.value, ctx)})
                continue
            tokens.append({"name": ident(t.name), "kind": t.token_kind, "type": self.ktype(t.type, ctx),
                           "value": self.expr(t.value, ctx)})
        if colors:
            ctx.imp("Color", "Immutable", "Composable", "isSystemInDarkTheme", "staticCompositionLocalOf")
        srcs = self._sources_of(lambda f: f.has_theme)
        content = self._render("Theme.kt.jinja", srcs, ctx, object_name=self.theme_obj, tokens=tokens,
                               colors=colors)
        return GeneratedFile(f"{self.kdir}/Theme.kt", content, tuple(srcs))

    def _strings_files(self) -> list[GeneratedFile]:
        tables = sorted(self.program.strings, key=lambda t: (t.locale is not None, t.locale or ""))
        default = next((t for t in tables if t.locale is None), tables[0])
        keys = [e.key for e in default.entries]
        for t in tables:
            for e in t.entries:
                if e.key not in keys:
                    keys.append(e.key)
        srcs = self._sources_of(lambda f: f.has_strings)
        ctx = FileCtx()
        ctx.imp("staticCompositionLocalOf", "Locale")
        locales = []
        for t in tables:
            if t is default:
                continue
            have = {e.key: e.text for e in t.entries}
            locales.append({"tag": t.locale, "prop": locale_prop(t.locale),
                            "values": [(ident(k), kt_string(have[k]) if k in have else f"base.{ident(k)}")
                                       for k in keys]})
        base_have = {e.key: e.text for e in default.entries}
        base = [(ident(k), kt_string(base_have.get(k, k))) for k in keys]
        kt = self._render("Strings.kt.jinja", srcs, ctx, keys=[ident(k) for k in keys], base=base,
                          locales=locales)
        out = [GeneratedFile(f"{self.kdir}/Strings.kt", kt, tuple(srcs))]
        for t in tables:
            entries = [(ident(e.key), xml_escape_android(e.text), "%" in e.text) for e in t.entries]
            xml = self.env.get_template("strings.xml.jinja").render(header=header_text(srcs), entries=entries)
            out.append(GeneratedFile(f"res/{android_values_dir(t.locale)}/strings.xml", xml, tuple(srcs)))
        return out

    def _images_file(self) -> GeneratedFile:
        ctx = FileCtx()
        ctx.imp("Composable", "staticCompositionLocalOf", "Painter", "ColorPainter", "Color")
        srcs = sorted({self.comp_file.get(c.name, c.span.file) for c in self.program.components
                       if any(isinstance(v, ir.ElementView) and v.name in IMAGE_ELEMENTS for v in iter_views([c.body]))})
        content = self._render("Images.kt.jinja", srcs, ctx)
        return GeneratedFile(f"{self.kdir}/Images.kt", content, tuple(srcs))

    def _navigation_file(self) -> GeneratedFile:
        ctx = FileCtx()
        ctx.imp("Composable", "Modifier", "remember", "mutableStateListOf", "staticCompositionLocalOf",
                "CompositionLocalProvider")
        routes = []
        for s in screens(self.program):
            fields = []
            args = []
            for p in s.params:
                t = self.ktype(p.type, ctx)
                d = f" = {self.expr(p.default, ctx)}" if p.default is not None else (
                    " = null" if isinstance(p.type, ir.TOptional) else "")
                if isinstance(p.type, ir.TBinding):
                    self.unsupported(f"a Binding parameter on screen {s.name}", p.span,
                                     "screens are navigation destinations; pass values, not bindings")
                    continue
                fields.append(f"val {mident(p.name)}: {t}{d}")
                args.append(f"{mident(p.name)} = route.{mident(p.name)}")
            args.append("modifier = modifier")
            name = ident(s.name)
            decl = (f"data class {call_text(name, fields, level=1)} : Route" if fields
                    else f"data object {name} : Route")
            routes.append({"name": name, "decl": decl, "call": call_text(name, args, level=3),
                           "is": "is " if fields else ""})
        srcs = sorted({self.comp_file.get(s.name, s.span.file) for s in screens(self.program)})
        content = self._render("Navigation.kt.jinja", srcs, ctx, routes=routes, host=f"{self.app}NavHost")
        return GeneratedFile(f"{self.kdir}/Navigation.kt", content, tuple(srcs))


# ---- small helpers -----------------------------------------------------------------------

def setter_name(name: str) -> str:
    """The change callback of a `Binding<T>` parameter: `name` -> `onNameChange`."""
    return f"on{upper_first(name)}Change"


def enum_entry(case: str) -> str:
    """User enum case -> Kotlin enum entry (UpperCamelCase, per the Kotlin conventions)."""
    return upper_first(case)


def is_saveable(t) -> bool:
    """Types rememberSaveable can store in a Bundle without a custom Saver."""
    if isinstance(t, ir.TOptional):
        t = t.inner
    if isinstance(t, ir.TPrim):
        return t.name in ("String", "Int", "Float", "Bool")
    return isinstance(t, ir.TEnum) and not t.builtin


def _is_float(e) -> bool:
    """Comparisons on Doubles are not negated by flipping (NaN)."""
    return e.type == ir.FLOAT


def is_trivial(e) -> bool:
    return isinstance(e, (ir.Literal_, ir.EnumCase, ir.ThemeToken)) or (
        isinstance(e, ir.Unary) and isinstance(e.operand, ir.Literal_))


BACKEND = ComposeBackend

# Every catalog entry is declared (the coverage test reads these tables).
assert set(ComposeBackend.ELEMENTS) == set(CATALOG_ELEMENTS), "ELEMENTS out of sync with the catalog"
assert set(ComposeBackend.MODIFIERS) == set(CATALOG_MODIFIERS), "MODIFIERS out of sync with the catalog"
