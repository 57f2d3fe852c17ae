"""React + TypeScript backend: `.tsx` function components.

Output layout (relative to the target's output directory):

    src/screens/<Screen>.tsx       one per screen
    src/components/<Name>.tsx      one per component
    src/models.ts                  model interfaces, enums as string-literal unions
    src/theme.ts                   theme tokens + the Font interface
    src/strings.ts                 typed string table per locale, StringsContext / useStrings()
    src/navigation.ts, src/App.tsx state-driven screen stack (only when navigation is used)
    src/assets.ts                  imageUrl() (only when Image is used), tintLayer() (only when
                                   `.tint` is used)
    src/tappable.ts                tappable(): the button props of a tappable element (only when
                                   `.onTap` is used on an element other than an input control)
    src/placeholder.tsx            the ::placeholder rule and placeholderColor() of `.placeholderColor`
                                   (only when used)
    src/buttons.ts                 buttonStyles: the styles of `.buttonStyle` (only when used)

Mappings are data in mapping.py; this module lowers views, expressions and actions.
"""

from __future__ import annotations

import re

import json
from dataclasses import dataclass, field, replace
from typing import Callable

from xui import ir
from xui.backend import Backend, BackendResult, GeneratedFile, header_text
from xui.catalog import ELEMENTS as CATALOG_ELEMENTS, ENUMS
from xui.lowering import (negated, multiline_lines, dark_theme, catalog_default, model_update, button_style, decl_sources, RESERVED_ANY_TARGET, RESERVED_COMPONENT_MEMBERS, CodeWriter,
                          fill_axes, given_text, ident, implied_fills, iter_actions, iter_exprs, iter_views,
                          jinja_env, label_modifiers, lower_first, member_ident, render_path_update, upper_first)

from . import mapping as M
from .fmt import break_lines

MEMBER_REFS = ("param", "state", "let")   # Ref kinds naming a component's own member

_BIDI = {chr(c) for c in [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


# ---- literals ---------------------------------------------------------------------------

def _escape_char(ch: str) -> str:
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else ch


def js_string(s: str) -> str:
    """A double-quoted TS string literal. Emoji / CJK / RTL letters stay as they are;
    control characters, line separators and bidi controls are escaped."""
    out = json.dumps(s, ensure_ascii=False)
    return "".join(_escape_char(c) if c in _BIDI or c in "\u2028\u2029" else c for c in out)


def template_text(s: str) -> str:
    """Text inside a template literal (between `...`)."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            out.append("\\\\")
        elif c == "`":
            out.append("\\`")
        elif c == "$" and s[i + 1:i + 2] == "{":
            out.append("\\$")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or c in _BIDI or c in "\u2028\u2029" or ord(c) == 0x7F:
            out.append(_escape_char(c))
        else:
            out.append(c)
        i += 1
    return "".join(out)


_UNSAFE_JSX = set('{}<>&"\'\\`') | {"\n", "\r", "\t"}


def jsx_text_safe(s: str) -> bool:
    return bool(s) and s == s.strip() and "  " not in s and not any(
        c in _UNSAFE_JSX or ord(c) < 0x20 or c in _BIDI or c in "\u2028\u2029" for c in s)


def number(v: float | int) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def color(value: str) -> str:
    v = value.upper()
    if len(v) == 8:                       # AARRGGBB -> CSS #RRGGBBAA (#RRGGBB when opaque)
        v = v[2:] if v[:2] == "FF" else v[2:] + v[:2]
    return js_string("#" + v)


def name(n: str) -> str:
    """Identifier for a user name (model field, local, item, theme token, string key): the
    shared ident(), plus this target's extra strict words."""
    n = ident(n)
    return n + "_" if n in M.LOCAL_RENAMES else n


def member(n: str) -> str:
    """Identifier for a component's own member (param, state, let): the shared, stricter
    member_ident() (also avoids React's special props `key`, `ref`, `children` ...), plus
    this target's extra strict words."""
    n = member_ident(n)
    return n + "_" if n in M.LOCAL_RENAMES else n


def light_dark(light: str, dark: str) -> str:
    """The CSS `light-dark(light, dark)` color of two color expressions (JS string code)."""
    plain = re.compile(r'"[^"\\$`{}]*"')
    if plain.fullmatch(light) and plain.fullmatch(dark):
        return f'"light-dark({light[1:-1]}, {dark[1:-1]})"'
    return f"`light-dark(${{{light}}}, ${{{dark}}})`"


def setter(n: str) -> str:
    """`setTodos` for state `todos`; built from the member name with the renaming suffix
    dropped (`delete_` -> `setDelete`, `key_` -> `setKey`)."""
    if n.endswith("_") and (n[:-1] in RESERVED_ANY_TARGET or n[:-1] in RESERVED_COMPONENT_MEMBERS
                            or n[:-1] in M.LOCAL_RENAMES):
        n = n[:-1]
    return "set" + upper_first(n)


def prop(key: str, code: str) -> str:
    """An object literal property, shorthand when the value is the same name."""
    return key if key == code else f"{key}: {code}"


def indent(lines: list[str], n: int = 1) -> list[str]:
    pad = "  " * n
    return [pad + l if l else l for l in lines]


# ---- code with precedence ----------------------------------------------------------------

@dataclass(frozen=True)
class Code:
    text: str
    prec: int = 20

    def at(self, min_prec: int) -> str:
        return self.text if self.prec >= min_prec else f"({self.text})"


@dataclass
class Style:
    """Ordered CSS entries; key None is a spread. Each entry knows whether it is static
    (only literals / theme tokens) so it can be hoisted into the module's `styles`."""
    entries: list[tuple[str | None, str, bool]] = field(default_factory=list)

    def set(self, key: str, code: str, static: bool = True) -> None:
        self.entries = [e for e in self.entries if e[0] != key]
        self.entries.append((key, code, static))

    def spread(self, code: str, static: bool, overrides: tuple[str, ...] = ()) -> None:
        self.entries = [e for e in self.entries if e[0] not in overrides]
        self.entries.append((None, code, static))

    def extend(self, other: "Style") -> None:
        for k, c, s in other.entries:
            if k is None:
                self.spread(c, s)
            else:
                self.set(k, c, s)

    @staticmethod
    def render(entries: list[tuple[str | None, str, bool]]) -> str:
        parts = [f"...{c}" if k is None else f"{k}: {c}" for k, c, _ in entries]
        return "{ " + ", ".join(parts) + " }" if parts else "{}"


@dataclass(frozen=True)
class Ctx:
    child: bool = True                 # JSX child position (else expression position)
    axis: str | None = None            # layout axis of the parent container
    extra: tuple[tuple[str, str], ...] = ()   # style entries the parent adds (Stack layers)
    key: str | None = None             # React key to put on the outermost element
    conditional: bool = False          # inside if / list item / visible: no hooks


def _is_static(e: ir.Expr) -> bool:
    return not any(isinstance(x, (ir.Ref, ir.StringKey, ir.BindingOf, ir.Lambda)) for x in iter_exprs(e))


def _layer(ctx: Ctx) -> bool:
    """A layer of a Stack (a grid item in the overlay's one cell)."""
    return any(k == "gridArea" for k, _ in ctx.extra)


def _tapped(v: ir.ElementView | ir.ComponentView) -> bool:
    return any(m.name == "onTap" for m in v.modifiers)



def _is_nil(e: ir.Expr) -> bool:
    return isinstance(e, ir.Literal_) and e.lit == "nil"


def _undefined_as_nil(e: ir.Expr) -> bool:
    """An optional chain or `list.first` / `.last`: written bare, it is undefined when nil."""
    return (isinstance(e, ir.FieldGet) and e.optional) or (isinstance(e, ir.MemberCall) and e.member in M.MEMBERS_BARE)


def _arg(args: list[ir.Arg], n: str) -> ir.Expr | None:
    for a in args:
        if a.name == n:
            return a.value
    return None


# ---- the backend --------------------------------------------------------------------------

class ReactBackend(Backend):
    name = "react"
    display_name = "React"
    file_extension = ".tsx"
    ELEMENTS = M.ELEMENTS
    MODIFIERS = M.MODIFIERS
    NODES = M.NODES
    UNSUPPORTED = M.UNSUPPORTED
    RESERVED = M.RESERVED

    # -- entry point --------------------------------------------------------------------

    def generate(self, program: ir.Program) -> BackendResult:
        self.program = program
        self.components = {c.name: c for c in program.components}
        self.fill_memo: dict = {}          # lowering.fill_axes, once per view for the run
        self.source_of: dict[str, str] = {}
        self.source_of.update(decl_sources(program))
        self.env = jinja_env("react")
        self.navigation_used = False
        self.images_used = False
        self.tint_used = False
        self.font_type_used = False
        self.tappable_sources: set[str] = set()
        self.placeholder_sources: set[str] = set()
        self.button_sources: set[str] = set()
        files: list[GeneratedFile] = []
        for comp in program.components:
            try:
                files.append(self._component_file(comp))
            except Exception as exc:  # a lowering bug must not crash the build: report it, located
                self.unsupported(f"component '{comp.name}' (internal error: {type(exc).__name__}: {exc})",
                                 comp.span, "please report this xui bug")
        if program.models or program.enums:
            files.append(self._models_file())
        if program.theme or self.font_type_used:
            files.append(self._theme_file())
        if program.strings:
            files.append(self._strings_file())
        if self.navigation_used:
            files.extend(self._navigation_files())
        if self.images_used:
            files.append(self._file("src/assets.ts", "assets.ts.jinja",
                                    [f.path for f in program.files if self._file_uses_images(f)],
                                    tint=self.tint_used))
        if self.tappable_sources:
            files.append(self._file("src/tappable.ts", "tappable.ts.jinja", sorted(self.tappable_sources)))
        if self.placeholder_sources:
            files.append(self._file("src/placeholder.tsx", "placeholder.tsx.jinja",
                                    sorted(self.placeholder_sources)))
        if self.button_sources:
            files.append(self._file("src/buttons.ts", "buttons.ts.jinja", sorted(self.button_sources),
                                    name=M.BUTTON_STYLES_NAME, shape=M.BUTTON_SHAPE, styles=M.BUTTON_STYLES))
        files.sort(key=lambda f: f.path)
        return BackendResult(files=files)

    def _file(self, path: str, template: str, sources: list[str], **ctx) -> GeneratedFile:
        srcs = sorted(set(sources))
        content = self.env.get_template(template).render(header=header_text(srcs), **ctx)
        return GeneratedFile(path, content, tuple(srcs), True)

    def _file_uses_images(self, f: ir.SourceFile) -> bool:
        return any(isinstance(v, ir.ElementView) and v.name == "Image"
                   for name in f.components for v in iter_views([self.components[name].body]))

    # -- types ----------------------------------------------------------------------------

    def ts_type(self, t: ir.Type) -> str:
        if isinstance(t, ir.TPrim):
            if t.name == "Font":
                self.font_type_used = True
                self.type_refs.add("Font")
            return M.PRIM_TYPES[t.name]
        if isinstance(t, ir.TList):
            inner = self.ts_type(t.elem)
            return f"({inner})[]" if " " in inner else f"{inner}[]"
        if isinstance(t, ir.TOptional):
            return f"{self.ts_type(t.inner)} | null"
        if isinstance(t, ir.TModel):
            self.type_refs.add(t.name)
            return t.name
        if isinstance(t, ir.TEnum):
            if t.builtin:
                return " | ".join(js_string(c) for c in ENUMS[t.name])
            self.type_refs.add(t.name)
            return t.name
        if isinstance(t, ir.TFunc):
            if len(t.params) == 1:
                return f"(value: {self.ts_type(t.params[0])}) => void"
            ps = ", ".join(f"value{i + 1}: {self.ts_type(p)}" for i, p in enumerate(t.params))
            return f"({ps}) => void"
        if isinstance(t, ir.TBinding):
            return self.ts_type(t.inner)
        return "never"

    @staticmethod
    def _needs_annotation(t: ir.Type, value: ir.Expr) -> bool:
        """A `const` needs its type written when inference from a literal value would be too
        wide or too narrow (string unions, objects of a model, `null`, `[]`)."""
        if isinstance(t, ir.TPrim) and t.name != "Font":
            return False
        return isinstance(value, (ir.Literal_, ir.EnumCase, ir.ModelInit, ir.ListLiteral, ir.Conditional,
                                  ir.Binary))

    # -- component files --------------------------------------------------------------------

    def _component_file(self, comp: ir.Component) -> GeneratedFile:
        self.react_imports: set[str] = set()
        self.type_refs: set[str] = set()
        self.react_types: set[str] = set()
        self.uses_strings = False
        self.uses_theme = False
        self.uses_nav = False
        self.uses_images = False
        self.uses_tint = False
        self.uses_tappable = False
        self.uses_placeholder = False
        self.uses_buttons = False
        self.effects: list[tuple[list[str], list[str]]] = []
        self.styles: list[tuple[int, str, str, list, str]] = []
        self.view_seq = 0
        self.seq_counter = 0
        self.used_names = self._collect_names(comp)
        self.subst: dict[str, str] = {}
        self.shadow: dict[str, str] = {}
        self.rest: list[ir.Action] = []
        self.styles_var = self.fresh("styles")
        self.nav_var = self.fresh("navigation")
        folder = "screens" if comp.kind == "screen" else "components"

        body = self._body(comp)
        body, named = self._name_styles(body)
        props = self._props(comp)
        styles = self._styles_lines(named)
        if styles:
            self.react_types.add("CSSProperties")
        imports = self._imports(comp, folder)
        content = self.env.get_template("component.tsx.jinja").render(
            header=header_text([self.source_of.get(comp.name, comp.span.file)]),
            imports=imports, props=props, comp=comp, body=body, styles=styles,
            styles_var=self.styles_var)
        if self.uses_images:
            self.images_used = True
        if self.uses_tint:
            self.tint_used = True
        if self.uses_tappable:
            self.tappable_sources.add(self.source_of.get(comp.name, comp.span.file))
        if self.uses_placeholder:
            self.placeholder_sources.add(self.source_of.get(comp.name, comp.span.file))
        if self.uses_buttons:
            self.button_sources.add(self.source_of.get(comp.name, comp.span.file))
        return GeneratedFile(f"src/{folder}/{comp.name}.tsx", content,
                             (self.source_of.get(comp.name, comp.span.file),), True)

    def _styles_lines(self, named: list[tuple[str, list]]) -> list[str]:
        out: list[str] = []
        for key, entries in named:
            one = f"{key}: {Style.render(entries)},"
            if len(one) + 2 <= 80:
                out.append(one)
                continue
            out.append(f"{key}: {{")
            out += [f"  ...{c}," if k is None else f"  {k}: {c}," for k, c, _ in entries]
            out.append("},")
        return out

    def _collect_names(self, comp: ir.Component) -> set[str]:
        names = {member(p.name) for p in comp.params} | {member(s.name) for s in comp.states}
        names |= {member(l.name) for l in comp.lets}
        names |= {setter(n) for n in list(names)}
        names |= {"theme", "strings", "it", "useState", "useEffect", "Fragment"}
        for v in iter_views([comp.body]):
            if isinstance(v, ir.ElementView):
                for lv in (v.item, v.index):
                    if lv is not None:
                        names.add(name(lv.name))
        for e in iter_exprs(comp):
            if isinstance(e, ir.Ref):
                names.add(member(e.name) if e.ref in MEMBER_REFS else name(e.name))
            elif isinstance(e, ir.Lambda):
                names |= {name(p.name) for p in e.params}
                for a in iter_actions(e.body):
                    if isinstance(a, ir.LetAction):
                        names.add(name(a.name))
        return names      # component names are taken too: see `_taken`

    def temp(self, base: str, scope: set[str] | None = None) -> str:
        """A name for a short-lived binding (arrow parameter) that shadows no user name;
        `scope` holds the names already bound around it (nested updates)."""
        n, i = base, 1
        while self._taken(n) or (scope is not None and n in scope):
            i += 1
            n = f"{base}{i}"
        if scope is not None:
            scope.add(n)
        return n

    def _taken(self, n: str) -> bool:
        return n in self.used_names or n in self.components

    def fresh(self, base: str) -> str:
        n, i = base, 1
        while self._taken(n):
            i += 1
            n = f"{base}{i}"
        self.used_names.add(n)
        return n

    def _props(self, comp: ir.Component) -> dict:
        fields: list[str] = []
        destructure: list[str] = []
        for p in comp.params:
            n = member(p.name)
            if isinstance(p.type, ir.TBinding):
                self.react_types |= {"Dispatch", "SetStateAction"}
                inner = self.ts_type(p.type.inner)
                fields.append(f"{n}: {inner};")
                fields.append(f"{setter(n)}: Dispatch<SetStateAction<{inner}>>;")
                destructure += [n, setter(n)]
            elif p.default is not None and not any(isinstance(x, ir.StringKey) for x in iter_exprs(p.default)):
                fields.append(f"{n}?: {self.ts_type(p.type)};")
                destructure.append(f"{n} = {self.expr(p.default).text}")
            else:
                fields.append(f"{n}: {self.ts_type(p.type)};")
                destructure.append(n)
        sig = ""
        if comp.params:
            one = "{ " + ", ".join(destructure) + " }"
            if len(f"export function {comp.name}({one}: {comp.name}Props) {{") <= 80:
                sig = f"{one}: {comp.name}Props"
            else:
                sig = "{\n" + "".join(f"  {d},\n" for d in destructure) + f"}}: {comp.name}Props"
        return {"fields": fields, "signature": sig}

    def _body(self, comp: ir.Component) -> list[str]:
        # a screen is a page: its root takes at least the viewport's height, so weighted
        # (flex: 1) children fill the screen as they do on the native targets
        page = comp.kind == "screen" and isinstance(comp.body, ir.ElementView) and \
            comp.body.name in ("Column", "Row", "Stack", "Scroll")
        extra = (("minHeight", '"100vh"'), ("boxSizing", '"border-box"')) if page else ()
        root_lines = self.view_expr([comp.body], Ctx(child=False, extra=extra))
        w = CodeWriter("  ")
        pre: list[str] = []
        if self.uses_strings:
            pre.append("const strings = useStrings();")
        if self.uses_nav:
            pre.append(f"const {self.nav_var} = useNavigation();")
        read, written = self._state_use(comp)
        for s in comp.states:
            self.react_imports.add("useState")
            t = s.type
            generic = "" if isinstance(t, ir.TPrim) and t.name in M.INFERABLE_STATE else f"<{self.ts_type(t)}>"
            n = member(s.name)
            pattern = ", ".join(([n] if s.name in read else [""]) + ([setter(n)] if s.name in written else []))
            pre.append(f"const [{pattern}] = useState{generic}({self.expr(s.init).text});")
        for l in comp.lets:
            ann = f": {self.ts_type(l.type)}" if self._needs_annotation(l.type, l.value) else ""
            pre.append(f"const {member(l.name)}{ann} = {self.expr(l.value).text};")
        w.extend(break_lines(pre, 78))
        for appear, disappear in self.effects:
            self.react_imports.add("useEffect")
            if pre or w.lines:
                w.line()
            with w.block("useEffect(() => {", "}, []);"):
                w.extend(appear)
                if disappear:
                    with w.block("return () => {", "};"):
                        w.extend(disappear)
        if w.lines:
            w.line()
        if len(root_lines) == 1:
            w.line(f"return {root_lines[0]};")
        else:
            w.line("return (")
            w.indent()
            w.extend(root_lines)
            w.dedent()
            w.line(");")
        return w.lines

    @staticmethod
    def _state_use(comp: ir.Component) -> tuple[set[str], set[str]]:
        """States whose value is read / which are changed (so unused halves are not destructured)."""
        read: set[str] = set()
        written: set[str] = set()
        for e in iter_exprs(comp):
            if isinstance(e, ir.Ref) and e.ref == "state":
                read.add(e.name)
            elif isinstance(e, ir.BindingOf) and e.ref == "state":
                read.add(e.name)
                written.add(e.name)
            elif isinstance(e, ir.Lambda):
                for a in iter_actions(e.body):
                    target = getattr(a, "target", None)
                    if isinstance(target, ir.LValue) and target.root_ref == "state":
                        written.add(target.root)
        for v in iter_views([comp.body]):
            mods = v.modifiers if isinstance(v, (ir.ElementView, ir.ComponentView)) else []
            for m in mods:
                for a in m.args:
                    if isinstance(a.value, ir.Lambda):
                        for act in iter_actions(a.value.body):
                            target = getattr(act, "target", None)
                            if isinstance(target, ir.LValue) and target.root_ref == "state":
                                written.add(target.root)
        return read, written

    def _imports(self, comp: ir.Component, folder: str) -> list[str]:
        out: list[str] = []
        values = sorted(self.react_imports)
        types = sorted(self.react_types)
        if values:
            out.append("import { " + ", ".join(values + [f"type {t}" for t in types]) + ' } from "react";')
        elif types:
            out.append("import type { " + ", ".join(types) + ' } from "react";')
        if self.uses_images:
            out.append('import { imageUrl, tintLayer } from "../assets";' if self.uses_tint
                       else 'import { imageUrl } from "../assets";')
        type_names = self.type_refs - {"Font"}
        if type_names:
            out.append("import type { " + ", ".join(sorted(type_names)) + ' } from "../models";')
        if self.uses_nav:
            out.append('import { useNavigation } from "../navigation";')
        if self.uses_strings:
            out.append('import { useStrings } from "../strings";')
        if self.uses_tappable:
            out.append('import { tappable } from "../tappable";')
        if self.uses_buttons:
            out.append(f'import {{ {M.BUTTON_STYLES_NAME} }} from "../buttons";')
        if self.uses_placeholder:
            out.append("import { " + ", ".join(M.PLACEHOLDER_IMPORTS) + ' } from "../placeholder";')
        font = "Font" in self.type_refs
        if self.uses_theme and font:
            out.append('import { theme, type Font } from "../theme";')
        elif self.uses_theme:
            out.append('import { theme } from "../theme";')
        elif font:
            out.append('import type { Font } from "../theme";')
        for used in sorted({v.component for v in iter_views([comp.body]) if isinstance(v, ir.ComponentView)}):
            target = self.components.get(used)
            sub = "screens" if target is not None and target.kind == "screen" else "components"
            path = f"./{used}" if sub == folder else f"../{sub}/{used}"
            out.append(f'import {{ {used} }} from "{path}";')
        return out

    # -- expressions --------------------------------------------------------------------------

    def expr(self, e: ir.Expr) -> Code:
        method = getattr(self, f"_x_{e.node}", None)
        if method is None:
            self.unsupported(f"the expression `{e.node}`", e.span)
            return Code("undefined")
        return method(e)

    def _x_literal(self, e: ir.Literal_) -> Code:
        if e.lit == "string":
            return Code(js_string(str(e.value)))
        if e.lit == "nil":
            return Code("null")
        if e.lit == "bool":
            return Code("true" if e.value else "false")
        if e.lit == "color":
            return Code(color(str(e.value)))
        return Code(number(e.value))  # type: ignore[arg-type]

    def _x_interpolation(self, e: ir.Interpolation) -> Code:
        if len(e.parts) == 1 and isinstance(e.parts[0], ir.ExprPart) and e.parts[0].expr.type == ir.STRING:
            return self.expr(e.parts[0].expr)
        out = []
        for p in e.parts:
            if isinstance(p, ir.TextPart):
                out.append(template_text(p.text))
            else:
                inner = p.expr.expr if isinstance(p.expr, ir.ToString) else p.expr
                out.append("${" + self.expr(inner).text + "}")
        return Code("`" + "".join(out) + "`")

    def _x_ref(self, e: ir.Ref) -> Code:
        if e.ref in ("state", "param") and e.name in self.shadow:
            return Code(self.shadow[e.name])
        if e.name in self.subst and e.ref in ("closure_param", "local"):
            return Code(self.subst[e.name])
        if e.ref == "it":
            return Code("it")
        return Code(member(e.name) if e.ref in MEMBER_REFS else name(e.name))

    def _x_field(self, e: ir.FieldGet) -> Code:
        if e.optional:      # `a?.b` is undefined when a is nil; xui's nil is null
            return Code(f"{self.nullish(e).text} ?? null", 3)
        return Code(f"{self.expr(e.obj).at(20)}.{name(e.name)}")

    def nullish(self, e: ir.Expr) -> Code:
        """`e` where undefined serves as nil as well as null: the left of `??`, the object of `?.`, a
        comparison with nil (`== null`). An optional chain or `list.first` then goes without the
        `?? null` it takes elsewhere."""
        if isinstance(e, ir.FieldGet) and e.optional:
            dot = "." if e.chained else "?."
            return Code(f"{self.nullish(e.obj).at(20)}{dot}{name(e.name)}")
        if isinstance(e, ir.MemberCall) and e.member in M.MEMBERS_BARE:
            return Code(M.MEMBERS_BARE[e.member].format(r=self.expr(e.receiver).at(20)))
        return self.expr(e)

    def _x_index(self, e: ir.IndexGet) -> Code:
        return Code(f"{self.expr(e.obj).at(20)}[{self.expr(e.index).text}]")

    def _x_enum_case(self, e: ir.EnumCase) -> Code:
        return Code(js_string(e.case))

    def _x_theme(self, e: ir.ThemeToken) -> Code:
        self.uses_theme = True
        return Code(f"theme.{name(e.name)}")

    def _x_string_key(self, e: ir.StringKey) -> Code:
        self.uses_strings = True
        return Code(f"strings.{name(e.key)}")

    def negation(self, e: ir.Expr) -> Code:
        """`!e`, written as a reader would: `!(a === b)` is `a !== b`, `!(!c)` is `c`, `!xs.isEmpty` is
        `xs.length > 0` (only equality flips: `!(a < b)` is not `a >= b` for NaN)."""
        positive = negated(e)
        if positive is not None:
            return self.expr(positive)
        if isinstance(e, ir.MemberCall) and e.member in ("is_empty", "str_is_empty"):
            return Code(f"{self.expr(e.receiver).at(20)}.length > 0", 10)
        return Code(f"!{self.expr(e).at(15)}", 15)

    def _x_unary(self, e: ir.Unary) -> Code:
        if e.op == "!":
            return self.negation(e.operand)
        inner = self.expr(e.operand)
        text = inner.at(15)
        if e.op == "-" and text.startswith("-"):
            text = f"({text})"
        return Code(f"{e.op}{text}", 15)

    def _x_binary(self, e: ir.Binary) -> Code:
        op, p = M.BINARY_OPS[e.op]
        if op == "??":
            return Code(f"{self.nullish(e.left).at(6)} ?? {self.expr(e.right).at(6)}", 3)
        if e.op in ("==", "!=") and _is_nil(e.right) and _undefined_as_nil(e.left):
            return Code(f"{self.nullish(e.left).at(p)} {e.op} null", p)
        lmin, rmin = p, p + 1
        if op in ("&&", "||"):
            lmin, rmin = max(p, 4), max(p + 1, 4)
        left, right = self.expr(e.left).at(lmin), self.expr(e.right).at(rmin)
        if e.op == "/" and e.type == ir.INT:
            return Code(f"Math.trunc({left} / {right})")
        return Code(f"{left} {op} {right}", p)

    def _x_conditional(self, e: ir.Conditional) -> Code:
        return Code(f"{self.expr(e.cond).at(3)} ? {self.expr(e.then).at(2)} : {self.expr(e.other).at(2)}", 2)

    def _x_model_init(self, e: ir.ModelInit) -> Code:
        update = model_update(e)
        if update is not None:          # `{ ...m, read: true }`: a copy with some fields changed
            base, changed = update
            parts = [f"...{self.expr(base).at(20)}"] + [prop(name(f.name), self.expr(f.value).text) for f in changed]
            return Code("{ " + ", ".join(parts) + " }")
        parts = [prop(name(f.name), self.expr(f.value).text) for f in e.fields]
        return Code("{ " + ", ".join(parts) + " }" if parts else "{}")

    def _x_font(self, e: ir.FontValue) -> Code:
        return Code(f"{{ fontSize: {self.expr(e.size).text}, fontWeight: {self.css_enum(e.weight)} }}")

    def _x_list(self, e: ir.ListLiteral) -> Code:
        return Code("[" + ", ".join(self.expr(i).text for i in e.items) + "]")

    def _x_predicate(self, e: ir.Predicate) -> Code:
        return Code(f"(it) => {self.expr(e.body).at(2)}", 1)

    def _x_member_call(self, e: ir.MemberCall) -> Code:
        tmpl = M.MEMBERS.get(e.member)
        if tmpl is None:
            self.unsupported(f"the member `{e.member}`", e.span)
            return Code("undefined")
        a0 = self.expr(e.args[0]).text if e.args else ""
        return Code(tmpl.format(r=self.expr(e.receiver).at(20), a0=a0), M.MEMBER_PREC.get(e.member, 20))

    def _x_int_to_float(self, e: ir.IntToFloat) -> Code:
        return self.expr(e.expr)

    def _x_to_string(self, e: ir.ToString) -> Code:
        inner = self.expr(e.expr)
        if isinstance(e.expr.type, ir.TEnum):
            return inner
        return Code(f"String({inner.text})")

    def _x_binding(self, e: ir.BindingOf) -> Code:
        return self.expr(e.value) if e.value is not None else Code(member(e.name))

    def _x_lambda(self, e: ir.Lambda) -> Code:
        return Code("\n".join(self.lambda_lines(e)), 1)

    def css_enum(self, e: ir.Expr) -> str:
        """A built-in enum value as its CSS value (FontWeight -> 700, HAlign -> "flex-start" ...)."""
        table = M.ENUM_CSS.get(e.type.name, {}) if isinstance(e.type, ir.TEnum) else {}
        if not table:
            return self.expr(e).text
        if isinstance(e, ir.EnumCase):
            return table[e.case]
        if isinstance(e, ir.Conditional):
            return f"{self.expr(e.cond).at(3)} ? {self.css_enum(e.then)} : {self.css_enum(e.other)}"
        pairs = ", ".join(f"{k}: {v}" for k, v in table.items())
        return f"({{ {pairs} }} as const)[{self.expr(e).text}]"

    # -- actions ------------------------------------------------------------------------------

    def lambda_lines(self, lam: ir.Lambda) -> list[str]:
        params = [p.name for p in lam.params]
        while params and params[-1] == "_":
            params.pop()
        names = []
        for i, p in enumerate(params):
            names.append(self.fresh("_") if p == "_" else name(p))
        return self.arrow("(" + ", ".join(names) + ")", self.actions(lam.body))

    def arrow(self, head: str, stmts: list[str]) -> list[str]:
        """`head => expr` for one expression statement, else `head => { ... }`."""
        if not stmts:
            return [f"{head} => {{}}"]
        single = sum(1 for l in stmts if not l.startswith(" ") and not l.startswith((")", "]", "}"))) == 1
        if single and stmts[-1].endswith(";") and not stmts[0].startswith(("const ", "if ", "return")) \
                and not stmts[0].endswith("{"):
            if len(stmts) == 1:
                return [f"{head} => {stmts[0][:-1]}"]
            return [f"{head} =>"] + indent(stmts[:-1] + [stmts[-1][:-1]])
        return [f"{head} => {{"] + indent(stmts) + ["}"]

    def invoke(self, cb: ir.Expr, args: list[str]) -> list[str]:
        """Statements that run a callback expression with argument codes."""
        if isinstance(cb, ir.Lambda):
            saved = dict(self.subst)
            for p, a in zip(cb.params, args):
                if p.name != "_":
                    self.subst[p.name] = a
            try:
                return self.actions(cb.body)
            finally:
                self.subst = saved
        return [f"{self.expr(cb).at(20)}({', '.join(args)});"]

    def handler(self, cb: ir.Expr, event_args: list[str] | None = None) -> list[str]:
        """An event handler (arrow function) for `cb`; `event_args` are codes using `e`."""
        if isinstance(cb, ir.Lambda) and all(p.name == "_" for p in cb.params):
            return self.arrow("()", self.actions(cb.body))      # the block ignores the event's values
        if event_args is None:
            if isinstance(cb, ir.Ref):
                return [self.expr(cb).text]
            return self.arrow("()", self.invoke(cb, []))
        ev = self.temp("e")
        return self.arrow(f"({ev})", self.invoke(cb, [a.replace("e.", ev + ".", 1) for a in event_args]))

    def actions(self, acts: list[ir.Action]) -> list[str]:
        out: list[str] = []
        saved_rest, saved_shadow = self.rest, dict(self.shadow)
        for k, a in enumerate(acts):
            self.rest = acts[k + 1:]     # later statements of this block (not after an enclosing if)
            method = getattr(self, f"_a_{a.action}", None)
            if method is None:
                self.unsupported(f"the action `{a.action}`", a.span)
                continue
            out += break_lines(method(a))
        self.rest, self.shadow = saved_rest, saved_shadow
        return out

    def _read_later(self, root: str) -> bool:
        """Whether a later action of the same handler reads `root` (it must see the new value)."""
        return any(isinstance(e, (ir.Ref, ir.BindingOf)) and e.name == root and e.ref in ("state", "param")
                   for e in iter_exprs(self.rest))

    def _update(self, target: ir.LValue, leaf, reads_old: bool = True) -> list[str]:
        root = member(target.root)
        set_fn = setter(root)
        current = self.shadow.get(target.root)
        if self._read_later(target.root):
            # Later statements read the new value: compute it once, then set it.
            new = self._path_new(current or root, target, leaf)
            local = self.fresh("next" + upper_first(setter(root)[3:]))
            self.shadow[target.root] = local
            t = target.root_type.inner if isinstance(target.root_type, ir.TBinding) else target.root_type
            ann = "" if isinstance(t, ir.TPrim) and t.name in M.INFERABLE_STATE else f": {self.ts_type(t)}"
            return [f"const {local}{ann} = {new};", f"{set_fn}({local});"]
        if current is not None:
            return [f"{set_fn}({self._path_new(current, target, leaf)});"]
        if not target.path and not reads_old:
            return [f"{set_fn}({leaf(root)});"]
        new = self._path_new(root, target, leaf)
        if new.startswith("{"):                 # an object literal returned by an arrow: parenthesised
            new = f"({new})"
        return [f"{set_fn}(({root}) => {new});"]

    def _path_new(self, root: str, target: ir.LValue, leaf) -> str:

        def field_copy(obj: str, model: str, fname: str, new: str) -> str:
            return f"{{ ...{obj}, {name(fname)}: {new} }}"

        scope: set[str] = set()

        def index_copy(lst: str, index: ir.Expr, elem_fn) -> str:
            item, pos = self.temp("item", scope), self.temp("index", scope)
            return (f"{lst}.map(({item}, {pos}) => "
                    f"({pos} === {self.expr(index).at(10)} ? {elem_fn(item)} : {item}))")

        return render_path_update(root, target.path, leaf, field_copy, index_copy)

    def _a_assign(self, a: ir.Assign) -> list[str]:
        value = self.expr(a.value)
        if a.op == "=":
            return self._update(a.target, lambda old: value.text, reads_old=bool(a.target.path))
        op = a.op[0]
        ts_op, p = M.BINARY_OPS[op]
        if op == "/" and a.target.type == ir.INT:
            return self._update(a.target, lambda old: f"Math.trunc({old} / {value.at(14)})")
        return self._update(a.target, lambda old: f"{old} {ts_op} {value.at(p + 1)}")

    def _a_append(self, a: ir.ListAppend) -> list[str]:
        v = self.expr(a.value).text
        return self._update(a.target, lambda old: f"[...{old}, {v}]")

    def _a_insert(self, a: ir.ListInsert) -> list[str]:
        v, i = self.expr(a.value).text, self.expr(a.index).text
        if isinstance(a.index, ir.Literal_) and a.index.value == 0:
            return self._update(a.target, lambda old: f"[{v}, ...{old}]")
        return self._update(a.target, lambda old: f"[...{old}.slice(0, {i}), {v}, ...{old}.slice({i})]")

    def _a_remove_at(self, a: ir.ListRemoveAt) -> list[str]:
        i = self.expr(a.index).at(10)
        pos = self.temp("index")
        return self._update(a.target, lambda old: f"{old}.filter((_, {pos}) => {pos} !== {i})")

    def _a_remove_where(self, a: ir.ListRemoveWhere) -> list[str]:
        cond = self.negation(a.predicate.body).at(2)
        return self._update(a.target, lambda old: f"{old}.filter((it) => {cond})")

    def _a_clear(self, a: ir.ListClear) -> list[str]:
        return self._update(a.target, lambda old: "[]", reads_old=bool(a.target.path))

    def _a_call(self, a: ir.CallCallback) -> list[str]:
        return [f"{self.expr(a.callee).at(20)}({', '.join(self.expr(x).text for x in a.args)});"]

    def _a_navigate(self, a: ir.Navigate) -> list[str]:
        self.uses_nav = True
        self.navigation_used = True
        props = ", ".join(prop(member(x.name), self.expr(x.value).text) for x in a.args)
        props = "{ " + props + " }" if props else "{}"
        return [f"{self.nav_var}.push({{ screen: {js_string(a.screen)}, props: {props} }});"]

    def _a_back(self, a: ir.Back) -> list[str]:
        self.uses_nav = True
        self.navigation_used = True
        return [f"{self.nav_var}.back();"]

    def _a_if(self, a: ir.IfAction) -> list[str]:
        out: list[str] = []
        for i, b in enumerate(a.branches):
            head = "if" if i == 0 else "} else if"
            out.append(f"{head} ({self.expr(b.cond).text}) {{")
            out += indent(self.actions(b.body))
        if a.else_body:
            out.append("} else {")
            out += indent(self.actions(a.else_body))
        out.append("}")
        return out

    def _a_let(self, a: ir.LetAction) -> list[str]:
        ann = f": {self.ts_type(a.type)}" if self._needs_annotation(a.type, a.value) else ""
        return [f"const {name(a.name)}{ann} = {self.expr(a.value).text};"]

    def _a_native(self, a: ir.NativeAction) -> list[str]:
        code = a.code.get("react")
        if code is None:
            self.unsupported("a native action without a `react` entry", a.span,
                             'add `react: "..."` to the native block')
            return []
        return code.splitlines()

    # -- views ----------------------------------------------------------------------------------

    def comment(self, span: ir.Span, ctx: Ctx) -> list[str]:
        if not self.options.source_comments:
            return []
        text = f"xui: {span.file}:{span.line}"
        return [f"{{/* {text} */}}"] if ctx.child else [f"// {text}"]

    def view_expr(self, views: list[ir.View], ctx: Ctx) -> list[str]:
        """Views as one JSX expression (expression position)."""
        ctx = replace(ctx, child=False)
        if not views:
            return ["null"]
        if len(views) == 1:
            return self.view(views[0], ctx)
        lines = ["<>"]
        for v in views:
            lines += indent(self.view(v, replace(ctx, child=True)))
        return lines + ["</>"]

    def view(self, v: ir.View, ctx: Ctx) -> list[str]:
        if isinstance(v, ir.ElementView):
            return self.element(v, ctx)
        if isinstance(v, ir.ComponentView):
            return self.component_view(v, ctx)
        if isinstance(v, ir.IfView):
            return self.if_view(v, ctx)
        return self.native_view(v, ctx)

    def _wrap_child(self, lines: list[str], ctx: Ctx) -> list[str]:
        """An expression in JSX child position goes in braces."""
        if not ctx.child:
            return lines
        if len(lines) == 1:
            return ["{" + lines[0] + "}"]
        return ["{" + lines[0]] + lines[1:-1] + [lines[-1] + "}"]

    def cond_lines(self, branches: list[tuple[ir.Expr, list[str]]], other: list[str] | None,
                   allow_and: bool) -> list[str]:
        if len(branches) == 1 and other is None and allow_and:
            cond, body = branches[0]
            c = self.expr(cond).at(6)
            if len(body) == 1 and len(c) + len(body[0]) <= 64:
                return [f"{c} && {body[0]}"]
            return [f"{c} && ("] + indent(body) + [")"]
        if len(branches) == 1 and all(len(b) == 1 for b in [branches[0][1], other or ["null"]]):
            c = self.expr(branches[0][0]).at(3)
            one = f"{c} ? {branches[0][1][0]} : {(other or ['null'])[0]}"
            if len(one) <= 64:
                return [one]
        lines: list[str] = []
        for i, (cond, body) in enumerate(branches):
            c = self.expr(cond).at(3)
            lines.append(f"{c} ? (" if i == 0 else f") : {c} ? (")
            lines += indent(body)
        if other is None:
            lines.append(") : null")
        else:
            lines.append(") : (")
            lines += indent(other)
            lines.append(")")
        return lines

    def if_view(self, v: ir.IfView, ctx: Ctx) -> list[str]:
        inner = replace(ctx, conditional=True, key=None)
        branches = [(b.cond, self.view_expr(b.body, inner)) for b in v.branches]
        other = self.view_expr(v.else_body, inner) if v.else_body is not None else None
        lines = self.cond_lines(branches, other, allow_and=ctx.child)
        if ctx.key is not None:
            self.react_imports.add("Fragment")
            return [f"<Fragment key={{{ctx.key}}}>"] + indent(self._wrap_child(lines, Ctx())) + ["</Fragment>"]
        return self._wrap_child(lines, ctx)

    def native_view(self, v: ir.NativeView, ctx: Ctx) -> list[str]:
        code = v.code.get("react")
        if code is None:
            self.unsupported("a native view without a `react` entry", v.span, 'add `react: "..."` to the native block')
            return [] if ctx.child else ["null"]
        lines = code.splitlines() or ["null"]
        if ctx.key is not None:
            self.react_imports.add("Fragment")
            lines = [f"<Fragment key={{{ctx.key}}}>"] + indent(lines) + ["</Fragment>"]
        return self.comment(v.span, ctx) + lines

    # -- JSX helpers --

    def attr_text(self, key: str, e: ir.Expr) -> str:
        """`key="text"` for plain string / color literals and enum cases (JSX attribute strings
        have no escapes)."""
        if isinstance(e, ir.EnumCase):
            return f'{key}="{e.case}"'
        if isinstance(e, ir.Literal_) and e.lit == "color":
            return f"{key}={color(str(e.value))}"
        if isinstance(e, ir.Literal_) and e.lit == "string" and (e.value == "" or jsx_text_safe(str(e.value))):
            return f'{key}="{e.value}"'
        return f"{key}={{{self.expr(e).text}}}"

    def tag(self, tag: str, attrs: list[list[str]], children: list[str], ctx: Ctx) -> list[str]:
        """`<tag a b>children</tag>`; attrs are code lines each (multi-line values allowed)."""
        flat = all(len(a) == 1 for a in attrs)
        one = f"<{tag}" + "".join(" " + a[0] for a in attrs)
        pad = 0
        if flat and len(one) + 3 + pad <= 80:
            if not children:
                return [one + " />"]
            opening = [one + ">"]
        else:
            opening = [f"<{tag}"]
            for a in attrs:
                opening += indent(break_lines(a, 74) if len(a) == 1 else a)
            if not children:
                return opening + ["/>"]
            opening.append(">")
        if len(children) == 1 and len(opening) == 1 and len(opening[0]) + len(children[0]) + len(tag) + 3 <= 80 \
                and not children[0].startswith("{/*"):
            return [opening[0] + children[0] + f"</{tag}>"]
        return opening + indent(children) + [f"</{tag}>"]

    def attr_lines(self, key: str, lines: list[str]) -> list[str]:
        if len(lines) == 1:
            return [f"{key}={{{lines[0]}}}"]
        return [f"{key}={{{lines[0]}"] + lines[1:-1] + [lines[-1] + "}"]

    def style_attr(self, style: Style, kind: str, part: str = "") -> list[str]:
        """`style={...}`: the static prefix hoisted into the module's `styles` (named after
        `kind`, plus `part` for an inner element of one view: `image` / `imageImg`)."""
        if not style.entries:
            return []
        # Hoist the static prefix (order matters for spreads).
        prefix: list[tuple[str | None, str, bool]] = []
        for e in style.entries:
            if not e[2]:
                break
            prefix.append(e)
        rest = style.entries[len(prefix):]
        if not prefix or (len(prefix) == 1 and rest):
            code = Style.render(style.entries)
            return [f"style={{{code}}}"]
        if len(prefix) == 1 and prefix[0][0] is None and not rest:
            return [f"style={{{prefix[0][1]}}}"]
        key = self._style_ref(kind, prefix, part)
        if not rest:
            return [f"style={{{self.styles_var}.{key}}}"]
        return [f"style={{{Style.render([(None, f'{self.styles_var}.{key}', True), *rest])}}}"]

    def _style_ref(self, kind: str, entries: list, part: str = "") -> str:
        """A placeholder for a hoisted style; named in document order by _name_styles()."""
        rendered = Style.render(entries)
        for i, (_, _, r, _, _) in enumerate(self.styles):
            if r == rendered:
                return f"\x00{i}\x00"
        self.styles.append((self.view_seq, kind, rendered, entries, part))
        return f"\x00{len(self.styles) - 1}\x00"

    def _name_styles(self, body: list[str]) -> tuple[list[str], list[tuple[str, list]]]:
        order = sorted(range(len(self.styles)), key=lambda i: self.styles[i][0])
        names: dict[int, str] = {}
        counts: dict[str, int] = {}
        owners: dict[int, str] = {}      # view seq -> the name of its own style
        for i in order:
            seq, kind, _, _, part = self.styles[i]
            if part:
                continue
            base = "root" if seq == 0 else kind[:1].lower() + kind[1:]
            counts[base] = counts.get(base, 0) + 1
            names[i] = base if counts[base] == 1 else f"{base}{counts[base]}"
            owners.setdefault(seq, names[i])
        taken = set(names.values())
        for i in order:   # an inner element's style is named after its view's (image2 -> image2Img)
            seq, kind, _, _, part = self.styles[i]
            if not part:
                continue
            n = owners[seq] + part if seq in owners else ""
            base = ("root" if seq == 0 else kind[:1].lower() + kind[1:]) + part
            while not n or n in taken:
                counts[base] = counts.get(base, 0) + 1
                n = base if counts[base] == 1 else f"{base}{counts[base]}"
            names[i] = n
            taken.add(n)
        placeholder = re.compile("\x00(\\d+)\x00")
        out = [placeholder.sub(lambda m: names[int(m.group(1))], line) if "\x00" in line else line
               for line in body]
        return out, [(names[i], self.styles[i][3]) for i in order]

    # -- modifiers --

    def apply_modifiers(self, mods: list[ir.ModifierUse], style: Style, attrs: dict[str, list[str]],
                        ctx: Ctx, element: str) -> tuple[list[ir.Expr], list[str]]:
        """Style entries and attributes from modifiers. Returns (visible conditions, tap statements)."""
        visible: list[ir.Expr] = []
        taps: list[str] = []
        appear: list[str] = []
        disappear: list[str] = []
        styled = button_style(mods)
        if styled is not None:                # the style first: the other modifiers win
            self.uses_buttons = True
            style.spread(f"{M.BUTTON_STYLES_NAME}.{styled}", True)
        for m in mods:
            args = {a.name: a.value for a in m.args}
            if m.name == "buttonStyle":
                pass
            elif m.name in M.STYLE_PROPS:
                e = args[next(iter(args))]
                code = self.css_enum(e) if isinstance(e.type, ir.TEnum) else self.expr(e).text
                style.set(M.STYLE_PROPS[m.name], code, _is_static(e))
            elif m.name in ("padding", "margin"):
                for k, e in args.items():
                    style.set(m.name + M.EDGE_SUFFIX[k], self.expr(e).text, _is_static(e))
            elif m.name == "frame":
                for k, e in args.items():
                    style.set(k, self.expr(e).text, _is_static(e))
            elif m.name in ("fillWidth", "fillHeight"):
                self._fill(style, "width" if m.name == "fillWidth" else "height", ctx)
            elif m.name == "font":
                e = args["font"]
                if isinstance(e, ir.FontValue):
                    style.set("fontSize", self.expr(e.size).text, _is_static(e.size))
                    style.set("fontWeight", self.css_enum(e.weight), _is_static(e.weight))
                else:
                    style.spread(self.expr(e).at(20), _is_static(e), ("fontSize", "fontWeight"))
            elif m.name == "fontWeight":
                e = args["weight"]
                style.set("fontWeight", self.css_enum(e), _is_static(e))
            elif m.name == "italic":
                style.set("fontStyle", '"italic"')
            elif m.name == "lineSpacing":     # over the font's natural line height, taken as 1.2em
                e = args["points"]
                style.set("lineHeight", self._css_text(["calc(1.2em + ", e, "px)"]), _is_static(e))
            elif m.name == "selectable":
                style.set("userSelect", '"text"')
            elif m.name == "submitLabel":     # TextField / SecureField only; the cases are enterKeyHint values
                attrs["enterKeyHint"] = [self.attr_text("enterKeyHint", args["label"])]
            elif m.name == "shadow":
                r = args["radius"]
                c = args.get("color") or catalog_default("shadow", "color", m.span)
                style.set("boxShadow", self._css_text(["0 0 ", r, "px ", c]), _is_static(r) and _is_static(c))
            elif m.name == "tint" and element == "Button":
                # the fill of a filled (or unstyled) button, the label and tint of a tonal or text one
                e = args["color"]
                case = styled or "filled"
                if case == "filled":
                    style.set("backgroundColor", self.expr(e).text, _is_static(e))
                else:
                    style.set("color", self.expr(e).text, _is_static(e))
                if case == "tonal":
                    style.set("backgroundColor", self._css_text(["color-mix(in srgb, ", e, " 14%, transparent)"]),
                              _is_static(e))
            elif m.name == "tint" and element != "Image":
                # a control's accent (the CSS accent-color, which a Toggle's <label> passes on)
                e = args["color"]
                style.set("accentColor", self.expr(e).text, _is_static(e))
            elif m.name == "tint":
                attrs["__tint"] = [self.expr(args["color"]).text]   # an Image: see _tinted_image()
            elif m.name == "placeholderColor":
                # TextField / SecureField only; the color goes with the placeholder, the last one wins
                if "placeholder" in attrs and m is next(x for x in reversed(mods) if x.name == m.name):
                    self.uses_placeholder = True
                    attrs["__placeholder"] = []         # see _placeholder_styled()
                    attrs["className"] = [f"className={{{M.PLACEHOLDER_CLASS}}}"]
                    e = args["color"]
                    style.spread(f"{M.PLACEHOLDER_COLOR}({self.expr(e).text})", _is_static(e))
            elif m.name == "textAlign":
                e = args["align"]
                style.set("textAlign", self.css_enum(e), _is_static(e))
            elif m.name == "lineLimit":
                e = args["lines"]
                if element in ("TextField", "SecureField"):
                    # an <input> is one line: the rest is cut with an ellipsis
                    style.set("textOverflow", '"ellipsis"')
                elif isinstance(e, ir.Literal_) and e.value == 1:
                    style.set("whiteSpace", '"nowrap"')
                    style.set("textOverflow", '"ellipsis"')
                else:
                    style.set("display", '"-webkit-box"')
                    style.set("WebkitBoxOrient", '"vertical"')
                    style.set("WebkitLineClamp", self.expr(e).text, _is_static(e))
                style.set("overflow", '"hidden"')
            elif m.name == "cornerRadius":
                e = args["radius"]
                style.set("borderRadius", self.expr(e).text, _is_static(e))
                style.set("overflow", '"hidden"')
            elif m.name == "border":
                width = args.get("width") or catalog_default("border", "width", m.span)
                style.set("borderWidth", self.expr(width).text, _is_static(width))
                style.set("borderStyle", '"solid"')
                style.set("borderColor", self.expr(args["color"]).text, _is_static(args["color"]))
                if "radius" in args:
                    style.set("borderRadius", self.expr(args["radius"]).text, _is_static(args["radius"]))
            elif m.name == "disabled":
                e = args["value"]
                key = "disabled" if element in M.FORM_ELEMENTS else "inert"
                if isinstance(e, ir.Literal_) and e.value is True:
                    attrs[key] = [key]
                else:
                    attrs[key] = [f"{key}={{{self.expr(e).text}}}"]
                if styled is not None and not any(x.name == "opacity" for x in mods):
                    # a styled <button> loses the browser's disabled look: dim it as the platforms do
                    dim = M.BUTTON_DISABLED_OPACITY
                    if isinstance(e, ir.Literal_) and e.value is True:
                        style.set("opacity", dim)
                    else:
                        style.set("opacity", f"{self.expr(e).at(3)} ? {dim} : 1", _is_static(e))
            elif m.name == "visible":
                visible.append(args["value"])
            elif m.name == "onTap":
                taps += self.invoke(args["action"], []) if "action" in args else []
            elif m.name in ("onAppear", "onDisappear"):
                if ctx.conditional:
                    self.unsupported(f"{m.name} on an element that is rendered conditionally or per item",
                                     m.span, f"move .{m.name} to an element that is always shown "
                                             "(e.g. the component's root)")
                    continue
                stmts = self.invoke(args["action"], []) if "action" in args else []
                (appear if m.name == "onAppear" else disappear).extend(stmts)
            elif m.name == "accessibilityLabel":
                attrs["aria-label"] = [self.attr_text("aria-label", args["label"])]
            else:
                self.unsupported(f"the modifier `{m.name}`", m.span)
        if appear or disappear:
            self.effects.append((appear, disappear))
        return visible, taps

    def _css_text(self, parts: list) -> str:
        """A CSS value built from text and expressions: a string literal when every expression is
        a literal, else a template literal."""
        texts: list[str] = []
        for p in parts:
            while isinstance(p, ir.IntToFloat):
                p = p.expr
            if isinstance(p, str):
                texts.append(p)
            elif isinstance(p, ir.Literal_) and p.lit == "color":
                texts.append(json.loads(color(str(p.value))))
            elif isinstance(p, ir.Literal_) and p.lit in ("int", "float"):
                texts.append(number(p.value))
            else:
                texts.append(None)
        if None not in texts:
            return js_string("".join(texts))
        return "`" + "".join(template_text(t) if t is not None else "${" + self.expr(p).text + "}"
                             for t, p in zip(texts, parts)) + "`"

    # -- elements --

    def _next_seq(self) -> int:
        seq = self.seq_counter
        self.seq_counter += 1
        return seq

    def element(self, v: ir.ElementView, ctx: Ctx) -> list[str]:
        seq = self._next_seq()
        if not ctx.conditional and any(
                m.name == "visible" for m in v.modifiers):
            ctx = replace(ctx, conditional=True)
        handler = getattr(self, f"_e_{v.name}", None)
        if handler is None:
            self.unsupported(f"the element `{v.name}`", v.span)
            return []
        style = Style()
        for k, c in ctx.extra:
            style.set(k, c)
        attrs: dict[str, list[str]] = {}
        if ctx.key is not None:
            attrs["key"] = [f"key={{{ctx.key}}}"]
        tag, children = handler(v, style, attrs, ctx)
        label_mods, mods = label_modifiers(v)   # a Toggle / Checkbox's text modifiers style its label
        visible, taps = self.apply_modifiers(mods, style, attrs, ctx, v.name)
        self._implied_fills(v, style, ctx)
        if v.name == "Button":
            action = _arg(v.args, "action")
            if action is not None and not taps:
                attrs["onClick"] = self.attr_lines("onClick", self.handler(action))
            elif action is not None:
                taps = self.invoke(action, []) + taps
        if taps and CATALOG_ELEMENTS[v.name].control:
            attrs["onClick"] = self.attr_lines("onClick", self.arrow("()", taps))
        elif _tapped(v):
            self._tappable(taps, attrs, style)
        self.view_seq = seq
        tint = attrs.pop("__tint", None)
        if tint is not None:
            lines = self._tinted_image(v, style, attrs, tint[0], ctx)
            return self._visible(v, visible, lines, ctx)
        st = self.style_attr(style, v.name)
        label_lines = attrs.pop("__label", None)
        if label_lines is not None:
            label_lines = self._styled_label(label_lines, label_mods, v.name, ctx)
            key_attr = attrs.pop("key", None)
            input_attrs = [attrs[k] for k in M.ATTR_ORDER if k in attrs]
            input_lines = self.tag("input", input_attrs, [], ctx)
            outer_attrs = ([key_attr] if key_attr else []) + ([st] if st else [])
            parts = label_lines + input_lines if v.name == "Toggle" else input_lines + label_lines
            lines = self.tag("label", outer_attrs, parts, ctx)
        elif not tag:   # ForEach: its items go straight into the parent
            lines = children if ctx.child else ["<>"] + indent(children) + ["</>"]
        elif attrs.pop("__placeholder", None) is not None:
            lines = self._placeholder_styled(tag, attrs, st, children, ctx)
        else:
            ordered = self._ordered(attrs)
            if st:
                ordered.append(st)
            lines = self.tag(tag, ordered, children, ctx)
        return self._visible(v, visible, lines, ctx)

    def _fill(self, style: Style, dimension: str, ctx: Ctx) -> None:
        """Takes all the space the container offers along `dimension` ("width" / "height")."""
        along = "row" if dimension == "width" else "column"
        if ctx.axis == along:
            style.set("flexGrow", "1")
        elif ctx.axis is not None:
            style.set("alignSelf", '"stretch"')
        else:
            style.set(dimension, '"100%"')
            style.set("boxSizing", '"border-box"')

    def _implied_fills(self, v: ir.ElementView | ir.ComponentView, style: Style, ctx: Ctx) -> frozenset[str]:
        """The layout model (catalog `fills`, lowering.fill_axes): a container holding a view that
        fills an axis fills it too, as SwiftUI and Compose measure it; CSS sizes a flex item by
        its content, so the fill is spelled out. (Not at a component's root: the call site,
        which knows the container, places the component.) Returns every dimension the view
        fills there (none where nothing is spelled out)."""
        if (ctx.axis is None and not _layer(ctx)) or (isinstance(v, ir.ElementView) and v.name in M.FILL_EXEMPT):
            return frozenset()
        parent = M.FILL_AXIS.get(ctx.axis or "")
        for d in sorted(implied_fills(v, parent, self.components, self.fill_memo)):
            self._fill(style, d, ctx)           # (apply_modifiers spelled out the view's own fills)
        return fill_axes(v, parent, self.components, self.fill_memo)

    def _styled_label(self, text: list[str], mods: list[ir.ModifierUse], kind: str, ctx: Ctx) -> list[str]:
        """A control's label text; with text modifiers, a <span> that they style (not the input)."""
        style = Style()
        self.apply_modifiers(mods, style, {}, ctx, "Text")
        if not style.entries:
            return text
        return self.tag("span", [self.style_attr(style, kind, "Label")], text, ctx)

    def _placeholder_styled(self, tag: str, attrs: dict[str, list[str]], st: list[str], children: list[str],
                            ctx: Ctx) -> list[str]:
        """An input with `.placeholderColor`: an inline style cannot reach ::placeholder, so the
        input has the placeholder class and its color as a CSS variable (placeholderColor()),
        and renders, beside it, the <style> with the one ::placeholder rule (src/placeholder.tsx),
        which React 19 hoists into the document head once (deduplicated by its href)."""
        key_attr = attrs.pop("key", None)
        ordered = self._ordered(attrs)
        if st:
            ordered.append(st)
        inner = [f"{{{M.PLACEHOLDER_STYLESHEET}}}"] + self.tag(tag, ordered, children, ctx)
        if key_attr is None:
            return ["<>"] + indent(inner) + ["</>"]
        self.react_imports.add("Fragment")
        return [f"<Fragment {key_attr[0]}>"] + indent(inner) + ["</Fragment>"]

    def _visible(self, v: ir.ElementView, visible: list[ir.Expr], lines: list[str], ctx: Ctx) -> list[str]:
        """An element's lines, shown only while its `.visible` conditions hold."""
        if visible:
            conds = visible
            cond = conds[0]
            if len(conds) > 1:
                cond = ir.Binary(span=v.span, type=ir.BOOL, op="&&", left=conds[0], right=conds[1])
            body = self.comment(v.span, replace(ctx, child=False)) + lines
            out = self.cond_lines([(cond, body)], None, allow_and=ctx.child)
            if ctx.key is not None:
                self.react_imports.add("Fragment")
                return [f"<Fragment key={{{ctx.key}}}>"] + indent(self._wrap_child(out, Ctx())) + ["</Fragment>"]
            return self._wrap_child(out, ctx)
        return self.comment(v.span, ctx) + lines

    def _tappable(self, taps: list[str], attrs: dict[str, list[str]], style: Style) -> None:
        """`.onTap` on an element other than an input control: the button props of tappable()
        (role, tabIndex, click, Enter and Space; src/tappable.ts) and a pointer cursor."""
        self.uses_tappable = True
        lines = self.arrow("()", taps)
        if len(lines) == 1:
            attrs["tappable"] = [f"{{...tappable({lines[0]})}}"]
        else:
            attrs["tappable"] = [f"{{...tappable({lines[0]}"] + lines[1:-1] + [lines[-1] + ")}"]
        style.set("cursor", '"pointer"')

    @staticmethod
    def _ordered(attrs: dict[str, list[str]]) -> list[list[str]]:
        """Attributes in the conventional order (M.ATTR_ORDER), others after them."""
        return [attrs[k] for k in M.ATTR_ORDER if k in attrs] + \
            [a for k, a in attrs.items() if k not in M.ATTR_ORDER]

    def _tinted_image(self, v: ir.ElementView, style: Style, attrs: dict[str, list[str]], tint: str,
                      ctx: Ctx) -> list[str]:
        """Image + .tint. CSS cannot recolor an <img>, so the image's shape is painted instead: a
        layer of the tint color masked by the image (tintLayer() in src/assets.ts). A <span>
        grid holds the <img>, made invisible (opacity 0: its alt text stays exposed), and that
        layer in the same cell. The span takes the element's styles and attributes (padding,
        border and background stay around the image; fill, weight and Stack placement apply
        to it); the <img> has the frame too (so that no container stretches the span past the
        image) and stretches with the span (its other side follows by the aspect ratio, as a
        plain <img> would), so the span's content box is the plain <img>'s box: the layer
        covers it, and the mask scales as contentMode does. Measured in Chromium: the same boxes
        as a plain <img> in every container, with fills, weight, frames, padding and border."""
        self.uses_tint = True
        box = Style()
        box.set("display", '"inline-grid"')
        img = Style()
        img.set("gridArea", '"1 / 1"')
        img.set("placeSelf", '"stretch"')   # fills the span where a container stretches it
        img.set("opacity", "0")
        # along a container's axis a flexed span sizes the image (the <img> stretches with it)
        flexed = ctx.axis is not None and any(e[0] in ("flexGrow", "flex") for e in style.entries)
        main = {"row": "width", "column": "height"}.get(ctx.axis or "") if flexed else None
        for k, c, static in style.entries:
            if k == "objectFit":          # the mask's size: the layer paints the image
                continue
            box.entries.append((k, c, static))
            if k in M.IMAGE_SIZE and k != main:
                img.set(k, c, static)
        img_attrs = {k: attrs.pop(k) for k in M.IMAGE_ATTRS if k in attrs}
        box_attrs = self._ordered(attrs)
        st = self.style_attr(box, v.name)
        if st:
            box_attrs.append(st)
        img_attrs["style"] = self.style_attr(img, v.name, "Img")
        args = [self.expr(_arg(v.args, "name")).text, tint]
        mode = _arg(v.args, "contentMode")
        if mode is not None and not (isinstance(mode, ir.EnumCase) and mode.case == "fit"):
            args.append(self.expr(mode).text)
        layer = self.tag("span", [["aria-hidden"], [f"style={{tintLayer({', '.join(args)})}}"]], [], ctx)
        inner = self.tag("img", list(img_attrs.values()), [], ctx) + layer
        return self.tag("span", box_attrs, inner, ctx)

    def children(self, views: list[ir.View], ctx: Ctx) -> list[str]:
        out: list[str] = []
        for c in views:
            out += self.view(c, ctx)
        return out

    def _container(self, v: ir.ElementView, style: Style, ctx: Ctx, kind: str, axis: str | None,
                   extra: tuple[tuple[str, str], ...] = ()) -> list[str]:
        for k, c in M.BASE_STYLES.get(kind, []):
            style.set(k, c)
        child_ctx = Ctx(child=True, axis=axis, extra=extra, conditional=ctx.conditional)
        return self.children(v.children, child_ctx)

    def _gap(self, v: ir.ElementView, style: Style) -> None:
        e = _arg(v.args, "spacing")
        if e is not None and not (isinstance(e, ir.Literal_) and e.value == 0):
            style.set("gap", self.expr(e).text, _is_static(e))

    def _e_Column(self, v, style, attrs, ctx):
        children = self._container(v, style, ctx, "Column", "column")
        self._gap(v, style)
        align = _arg(v.args, "align")
        style.set("alignItems", self.css_enum(align) if align is not None else M.H_ALIGN_ITEMS["center"],
                  align is None or _is_static(align))
        return "div", children

    def _e_Row(self, v, style, attrs, ctx):
        children = self._container(v, style, ctx, "Row", "row")
        self._gap(v, style)
        align = _arg(v.args, "align")
        style.set("alignItems", self.css_enum(align) if align is not None else M.V_ALIGN_ITEMS["center"],
                  align is None or _is_static(align))
        return "div", children

    def _e_Stack(self, v, style, attrs, ctx):
        children: list[str] = []
        for k, c in M.BASE_STYLES["Stack"]:
            style.set(k, c)
        align = _arg(v.args, "align")
        style.set("placeItems", self.css_enum(align) if align is not None else M.STACK_PLACE_ITEMS["center"],
                  align is None or _is_static(align))
        layer = (("gridArea", '"1 / 1"'),)
        for c in v.children:
            cctx = Ctx(child=True, extra=layer, conditional=ctx.conditional)
            if isinstance(c, (ir.ComponentView, ir.NativeView)):
                inner = self.view(c, Ctx(child=True, conditional=ctx.conditional))
                s = Style()
                s.set("gridArea", '"1 / 1"')
                children += self.tag("div", [self.style_attr(s, "layer")], inner, cctx)
            else:
                children += self.view(c, cctx)
        return "div", children

    def _e_Scroll(self, v, style, attrs, ctx):
        axis_e = _arg(v.args, "axis")
        axis = axis_e.case if isinstance(axis_e, ir.EnumCase) else "vertical"
        kind = f"Scroll.{axis}"
        children = self._container(v, style, ctx, kind, M.AXIS[kind])
        return "div", children

    def _items(self, v: ir.ElementView, ctx: Ctx, wrapper: str | None) -> list[str]:
        items = self.expr(_arg(v.args, "items")).at(20)
        item = name(v.item.name) if v.item is not None else self.fresh("item")
        params = item if v.index is None else f"{item}, {name(v.index.name)}"
        key = f"{item}.{name(v.key)}" if v.key else item
        inner_ctx = Ctx(child=True, axis=None if wrapper else ctx.axis, conditional=True)
        if wrapper is None:
            if len(v.children) == 1:
                body = self.view(v.children[0], replace(inner_ctx, child=False, key=key))
            else:
                self.react_imports.add("Fragment")
                body = [f"<Fragment key={{{key}}}>"] + indent(self.children(v.children, inner_ctx)) + ["</Fragment>"]
        else:
            body = self.tag(wrapper, [[f"key={{{key}}}"]], self.children(v.children, inner_ctx), inner_ctx)
        return [f"{{{items}.map(({params}) => ("] + indent(body) + ["))}"]

    def _e_List(self, v, style, attrs, ctx):
        for k, c in M.BASE_STYLES["List"]:
            style.set(k, c)
        self._gap(v, style)
        return "ul", self._items(v, ctx, "li")

    def _e_ForEach(self, v, style, attrs, ctx):
        return "", self._items(v, ctx, None)

    def _e_Grid(self, v, style, attrs, ctx):
        for k, c in M.BASE_STYLES["Grid"]:
            style.set(k, c)
        cols = _arg(v.args, "columns")
        if cols is None or isinstance(cols, ir.Literal_):
            n = 2 if cols is None else cols.value
            style.set("gridTemplateColumns", js_string(f"repeat({n}, minmax(0, 1fr))"))
        else:
            style.set("gridTemplateColumns", f"`repeat(${{{self.expr(cols).text}}}, minmax(0, 1fr))`", False)
        self._gap(v, style)
        return "div", self._items(v, ctx, "div")

    def text_child(self, e: ir.Expr) -> list[str]:
        if isinstance(e, ir.Literal_) and e.lit == "string" and jsx_text_safe(str(e.value)):
            return [str(e.value)]
        return ["{" + self.expr(e).text + "}"]

    def _e_Text(self, v, style, attrs, ctx):
        return "span", self.text_child(_arg(v.args, "text"))

    def _e_Image(self, v, style, attrs, ctx):
        self.uses_images = True
        attrs["src"] = [f"src={{imageUrl({self.expr(_arg(v.args, 'name')).text})}}"]
        self._img_attrs(v, style, attrs, "fit")
        return "img", []

    def _e_RemoteImage(self, v, style, attrs, ctx):
        attrs["src"] = [self.attr_text("src", _arg(v.args, "url"))]
        mode = self._img_attrs(v, style, attrs, "fill")
        if mode is None or (isinstance(mode, ir.EnumCase) and mode.case == "fill"):
            # a neutral placeholder until it loads (covered by the image; a fit image would show it around)
            style.set("backgroundColor", '"rgba(128, 128, 128, 0.15)"')
        return "img", []

    def _img_attrs(self, v, style, attrs, default_mode: str) -> ir.Expr | None:
        """An <img>'s alt (empty: decorative) and objectFit (the catalog's default content mode when not
        given); returns the contentMode argument."""
        desc = _arg(v.args, "description")
        attrs["alt"] = [self.attr_text("alt", desc)] if desc is not None else ['alt=""']
        mode = _arg(v.args, "contentMode")
        style.set("objectFit", self.css_enum(mode) if mode is not None else M.CONTENT_MODE[default_mode],
                  mode is None or _is_static(mode))
        return mode

    def _e_Button(self, v, style, attrs, ctx):
        attrs["type"] = ['type="button"']
        label = _arg(v.args, "label")
        if label is not None:
            children = self.text_child(label)
        else:
            children = self.children(v.children, Ctx(child=True, conditional=ctx.conditional))
        return "button", children

    def _binding(self, e: ir.Expr) -> tuple[str, Callable[[str], str] | None]:
        """(value code, the call that sets it to a given code) of a `$x` / `$x.path` binding."""
        if isinstance(e, ir.BindingOf):
            if e.target is not None:
                target = e.target

                def set_path(code: str) -> str:     # `setPrefs({ ...prefs, volume: v })`
                    saved = self.rest, self.shadow
                    self.rest, self.shadow = [], {target.root: member(target.root)}
                    try:
                        return self._update(target, lambda old: code)[0].rstrip(";")
                    finally:
                        self.rest, self.shadow = saved
                return self.expr(e.value).text, set_path
            n = member(e.name)
            return n, lambda code: f"{setter(n)}({code})"
        return self.expr(e).text, None

    def _input(self, v, attrs, kind: str) -> None:
        value, set_fn = self._binding(_arg(v.args, "text"))
        attrs["type"] = [f'type="{kind}"']
        attrs["value"] = [f"value={{{value}}}"]
        ph = _arg(v.args, "placeholder")
        if ph is not None:
            attrs["placeholder"] = [self.attr_text("placeholder", ph)]
        if set_fn:
            ev = self.temp("e")
            attrs["onChange"] = [f"onChange={{({ev}) => {set_fn(f'{ev}.target.value')}}}"]
        else:
            attrs["readOnly"] = ["readOnly"]

    def _e_TextField(self, v, style, attrs, ctx):
        kb = _arg(v.args, "keyboard")
        case = kb.case if isinstance(kb, ir.EnumCase) else "text"
        kind, mode = M.KEYBOARD[case]
        self._input(v, attrs, kind)
        lines = multiline_lines(v)
        if lines is not None:
            # a <textarea> that many rows tall (it has no type: the keyboard is its inputMode)
            del attrs["type"]
            attrs["rows"] = [f"rows={{{self.expr(lines).text}}}"]
            mode = M.TEXTAREA_INPUT_MODES.get(case)
            if mode:
                attrs["inputMode"] = [f'inputMode="{mode}"']
            return "textarea", []
        if mode:
            attrs["inputMode"] = [f'inputMode="{mode}"']
        return "input", []

    def _e_SecureField(self, v, style, attrs, ctx):
        self._input(v, attrs, "password")
        return "input", []

    def _check(self, v, style, attrs, ctx, switch: bool):
        attrs["type"] = ['type="checkbox"']
        if switch:
            attrs["role"] = ['role="switch"']
        is_on = _arg(v.args, "isOn")
        value, set_fn = self._binding(is_on)
        attrs["checked"] = [f"checked={{{value}}}"]
        on_change = _arg(v.args, "onChange")
        stmts: list[str] = []
        ev = self.temp("e")
        if set_fn:
            stmts.append(f"{set_fn(f'{ev}.target.checked')};")
        if on_change is not None:
            if isinstance(on_change, ir.Lambda):
                stmts += self.invoke(on_change, [f"{ev}.target.checked"])
            else:
                stmts.append(f"{self.expr(on_change).at(20)}({ev}.target.checked);")
        reads_event = bool(set_fn) or (on_change is not None and not (
            isinstance(on_change, ir.Lambda) and all(p.name == "_" for p in on_change.params)))
        if stmts:
            attrs["onChange"] = self.attr_lines("onChange", self.arrow(f"({ev})" if reads_event else "()", stmts))
        else:
            attrs["readOnly"] = ["readOnly"]
        label = _arg(v.args, "label")
        if given_text(v, "label"):
            for k, c in M.BASE_STYLES["Toggle.label" if switch else "Checkbox.label"]:
                style.set(k, c)
            attrs["__label"] = self.text_child(label)
        return "input", []

    def _e_Toggle(self, v, style, attrs, ctx):
        return self._check(v, style, attrs, ctx, True)

    def _e_Checkbox(self, v, style, attrs, ctx):
        return self._check(v, style, attrs, ctx, False)

    def _e_Slider(self, v, style, attrs, ctx):
        value, set_fn = self._binding(_arg(v.args, "value"))
        attrs["type"] = ['type="range"']
        lo, hi, step = _arg(v.args, "min"), _arg(v.args, "max"), _arg(v.args, "step")
        attrs["min"] = [f"min={{{self.expr(lo).text if lo is not None else '0'}}}"]
        attrs["max"] = [f"max={{{self.expr(hi).text if hi is not None else '1'}}}"]
        if step is None or (isinstance(step, ir.Literal_) and step.value == 0):
            attrs["step"] = ['step="any"']
        elif isinstance(step, ir.Literal_):
            attrs["step"] = [f"step={{{self.expr(step).text}}}"]
        else:
            s = self.expr(step)
            attrs["step"] = [f'step={{{s.at(10)} === 0 ? "any" : {s.at(3)}}}']
        attrs["value"] = [f"value={{{value}}}"]
        if set_fn:
            ev = self.temp("e")
            attrs["onChange"] = [f"onChange={{({ev}) => {set_fn(f'{ev}.target.valueAsNumber')}}}"]
        else:
            attrs["readOnly"] = ["readOnly"]
        return "input", []

    def _e_Picker(self, v, style, attrs, ctx):
        value, set_fn = self._binding(_arg(v.args, "selection"))
        attrs["value"] = [f"value={{{value}}}"]
        if set_fn:
            ev = self.temp("e")
            attrs["onChange"] = [f"onChange={{({ev}) => {set_fn(f'Number({ev}.target.value)')}}}"]
        if given_text(v, "label"):
            attrs["aria-label"] = [self.attr_text("aria-label", _arg(v.args, "label"))]
        options = _arg(v.args, "options")
        if isinstance(options, ir.ListLiteral):
            return "select", [f"<option value={{{i}}}>{self.text_child(o)[0]}</option>"
                              for i, o in enumerate(options.items)]
        option, index = self.temp("option"), self.temp("index")
        listed = self.expr(options).at(20)
        return "select", [f"{{{listed}.map(({option}, {index}) => (",
                          f"  <option key={{{index}}} value={{{index}}}>{{{option}}}</option>", "))}"]

    def _e_Progress(self, v, style, attrs, ctx):
        value = _arg(v.args, "value")
        if value is not None:
            attrs["value"] = [f"value={{{self.expr(value).text}}}"]
            attrs["max"] = ["max={1}"]
        return "progress", []

    def _e_Spacer(self, v, style, attrs, ctx):
        for k, c in M.BASE_STYLES["Spacer"]:
            style.set(k, c)
        return "div", []

    def _e_Divider(self, v, style, attrs, ctx):
        axis = "row" if ctx.axis == "row" else "column"
        for k, c in M.BASE_STYLES[f"Divider.{axis}"]:
            style.set(k, c)
        color_e, thickness = _arg(v.args, "color"), _arg(v.args, "thickness")
        if color_e is not None or thickness is not None:   # a line of its own: that border's width and color
            given = [e for e in (color_e, thickness) if e is not None]
            line = [thickness if thickness is not None else M.DIVIDER_THICKNESS, "px solid ",
                    color_e if color_e is not None else M.DIVIDER_COLOR]
            style.set(M.DIVIDER_SIDE[axis], self._css_text(line), all(_is_static(e) for e in given))
        return "hr", []

    # -- component views --

    def component_view(self, v: ir.ComponentView, ctx: Ctx) -> list[str]:
        seq = self._next_seq()
        decl = self.components.get(v.component)
        params = {p.name: p for p in decl.params} if decl else {}
        attrs: list[list[str]] = []
        style = Style()
        wrapper_attrs: dict[str, list[str]] = {}
        for a in v.args:
            p = params.get(a.name)
            if p is not None and p.default is not None and a.value.span == p.default.span:
                continue   # the callee's default, filled in by the checker
            n = member(a.name)   # the callee's parameter
            if isinstance(a.value, ir.BindingOf) or (p is not None and isinstance(p.type, ir.TBinding)):
                value, _ = self._binding(a.value)       # (a whole state: the checker allows no path)
                attrs.append([f"{n}={{{value}}}"])
                attrs.append([f"{setter(n)}={{{setter(value)}}}"])
            elif isinstance(a.value, ir.Lambda):
                attrs.append(self.attr_lines(n, self.lambda_lines(a.value)))
            elif (isinstance(a.value, ir.Literal_) and a.value.lit in ("string", "color")) or \
                    isinstance(a.value, ir.EnumCase):
                attrs.append([self.attr_text(n, a.value)])
            else:
                attrs.append([f"{n}={{{self.expr(a.value).text}}}"])
        for k, c in ctx.extra:
            style.set(k, c)
        visible, taps = self.apply_modifiers(v.modifiers, style, wrapper_attrs, ctx, v.component)
        if self._implied_fills(v, style, ctx):
            style.set("display", '"grid"')    # the component's root fills the wrapper in both axes
        if _tapped(v):
            self._tappable(taps, wrapper_attrs, style)
        wrapped = bool(style.entries or wrapper_attrs)
        if ctx.key is not None and not wrapped:
            attrs.insert(0, [f"key={{{ctx.key}}}"])
        lines = self.tag(v.component, attrs, [], ctx)
        if wrapped:
            outer = ([[f"key={{{ctx.key}}}"]] if ctx.key is not None else [])
            if "tappable" in wrapper_attrs:
                outer.append(wrapper_attrs.pop("tappable"))
            self.view_seq = seq
            st = self.style_attr(style, lower_first(v.component))
            if st:
                outer.append(st)
            outer += list(wrapper_attrs.values())
            lines = self.tag("div", outer, lines, ctx)
        if visible:
            cond = visible[0]
            body = self.comment(v.span, replace(ctx, child=False)) + lines
            return self._wrap_child(self.cond_lines([(cond, body)], None, allow_and=ctx.child), ctx)
        return self.comment(v.span, ctx) + lines

    # -- support files -------------------------------------------------------------------------

    def _models_file(self) -> GeneratedFile:
        p = self.program
        self.type_refs = set()
        enums = [{"name": e.name, "cases": " | ".join(js_string(c) for c in e.cases) or "never"}
                 for e in p.enums]
        models = []
        font = False
        for m in p.models:
            fields = []
            for f in m.fields:
                t = self.ts_type(f.type)
                font = font or "Font" in t.split(" | ")
                fields.append(f"{name(f.name)}: {t};")
            models.append({"name": m.name, "fields": fields})
        sources = [f.path for f in p.files if f.models or f.enums]
        return self._file("src/models.ts", "models.ts.jinja", sources, enums=enums, models=models,
                          import_font=font)

    def _theme_file(self) -> GeneratedFile:
        self.type_refs = set()
        self.used_names = set()
        self.subst = {}
        self.shadow = {}
        self.rest = []
        tokens = []
        for t in self.program.theme:
            value = self.expr(t.value).text
            if t.dark is not None:
                # CSS light-dark(): the page's color scheme (`color-scheme: light dark` follows the system)
                value = light_dark(value, self.expr(t.dark).text)
            tokens.append({"name": name(t.name), "value": value})
        sources = [f.path for f in self.program.files if f.has_theme]
        return self._file("src/theme.ts", "theme.ts.jinja", sources, tokens=tokens,
                          dark=bool(dark_theme(self.program)))

    def _strings_file(self) -> GeneratedFile:
        tables = self.program.strings
        default = next((t for t in tables if t.locale is None), tables[0])
        keys: list[str] = []
        for t in [default] + [t for t in tables if t is not default]:
            for e in t.entries:
                if e.key not in keys:
                    keys.append(e.key)
        base = {e.key: e.text for e in default.entries}

        def table(t: ir.StringTable) -> list[str]:
            texts = {e.key: e.text for e in t.entries}
            return [f"{name(k)}: {js_string(texts.get(k, base.get(k, '')))}," for k in keys]

        locales = []
        for t in tables:
            if t is default or t.locale is None:
                continue
            const = t.locale.split("-")[0] + "".join(upper_first(x) for x in t.locale.split("-")[1:])
            const = const.replace("_", "")
            key = t.locale if t.locale.isidentifier() else js_string(t.locale)
            locales.append({"entry": prop(key, const), "const": const, "entries": table(t)})
        sources = [f.path for f in self.program.files if f.has_strings]
        return self._file("src/strings.ts", "strings.ts.jinja", sources, keys=[name(k) for k in keys],
                          default_entries=table(default), locales=locales)

    def _navigation_files(self) -> list[GeneratedFile]:
        screens = [c for c in self.program.components if c.kind == "screen"]
        srcs = [self.source_of.get(c.name, c.span.file) for c in screens]
        info = []
        for c in screens:
            info.append({"name": c.name, "has_props": bool(c.params),
                         "defaultable": all(p.default is not None for p in c.params
                                            if not isinstance(p.type, ir.TBinding))
                         and not any(isinstance(p.type, ir.TBinding) for p in c.params)})
        initial = next((s for s in info if s["defaultable"]), None)
        nav = self._file("src/navigation.ts", "navigation.ts.jinja", srcs, screens=info)
        app = self._file("src/App.tsx", "App.tsx.jinja", srcs, screens=info, initial=initial,
                         dark=bool(dark_theme(self.program)))
        return [nav, app]


BACKEND = ReactBackend
