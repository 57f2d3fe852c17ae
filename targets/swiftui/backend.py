"""The SwiftUI backend: `.swift` files, one `struct X: View` per component/screen.

Layout of the output (relative to the target's output directory):

    Sources/<App>/<App>App.swift             @main App (root screen, NavigationStack)
    Sources/<App>/Views/<Component>.swift    one struct X: View each
    Sources/<App>/Models/<Model>.swift       struct Model: Identifiable, Hashable / enum
    Sources/<App>/Support/Theme.swift        enum Theme { static let ... }
    Sources/<App>/Support/L10n.swift         enum L10n { static var key: String }
    Sources/<App>/Navigation/Route.swift     enum Route: Hashable + @Observable Router
    Sources/<App>/Resources/<locale>.lproj/Localizable.strings

Mappings (types, elements, modifiers, enum cases) are data in `mapping.py`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from xui import ir
from xui.backend import Backend, BackendResult, GeneratedFile, header_text
from xui.catalog import ELEMENTS as CATALOG_ELEMENTS
from xui.lowering import (negated, multiline_lines, names_read, fresh_name, catalog_default, CodeWriter, button_style, decl_sources, given_text, iter_actions, iter_exprs, jinja_env, label_modifiers,
                          last_modifier, lower_first)
from xui.lowering import ident as shared_ident
from xui.lowering import member_ident as shared_member_ident

from . import mapping as M

INDENT = "    "
MAX_LINE = 100

# Swift precedence levels (higher binds tighter).
P_TERNARY, P_OR, P_AND, P_CMP, P_NIL, P_ADD, P_MUL, P_PREFIX, P_ATOM = range(1, 10)


def _unequal_weights(stack: ir.ElementView) -> bool:
    """Whether the children of a Row / Column have `.weight`s that are not all the same literal (an
    HStack / VStack shares free space equally: those stacks are a WeightedHStack / WeightedVStack)."""
    values = []
    for c in stack.children:
        for m in getattr(c, "modifiers", []):
            if m.name == "weight":
                v = m.args[0].value
                while isinstance(v, ir.IntToFloat):
                    v = v.expr
                values.append(float(v.value) if isinstance(v, ir.Literal_) else None)
    return len(values) > 1 and (None in values or len(set(values)) > 1)
BIN_PREC = {"||": P_OR, "&&": P_AND, "==": P_CMP, "!=": P_CMP, "<": P_CMP, ">": P_CMP, "<=": P_CMP,
            ">=": P_CMP, "??": P_NIL, "+": P_ADD, "-": P_ADD, "*": P_MUL, "/": P_MUL, "%": P_MUL}

# Names the generated code itself declares or relies on; a user type named like one is a clash.
SUPPORT_NAMES = ("Theme", "L10n", "Route", "Router")
SWIFTUI_NAMES = ("Color", "Font", "Text", "Image", "AsyncImage", "URL", "Button", "Toggle", "TextField", "SecureField", "Slider", "Picker",
                 "ProgressView", "Spacer", "Divider", "VStack", "HStack", "ZStack", "ScrollView", "List",
                 "ForEach", "LazyVGrid", "GridItem", "RoundedRectangle", "Rectangle", "Binding", "State",
                 "NavigationStack", "View", "App", "Array", "String", "Int", "Double", "Bool", "CGFloat")


# ---- literals -------------------------------------------------------------------------

_BIDI = {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def swift_escape(s: str) -> str:
    """The body of a Swift string literal (without quotes)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\0":
            out.append("\\0")
        elif o in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Co") or o == 0xFEFF:
            out.append("\\u{%X}" % o)
        else:
            out.append(ch)
    return "".join(out)


def swift_str(s: str) -> str:
    return '"' + swift_escape(s) + '"'


def strings_file_escape(s: str) -> str:
    """A `.strings` file value (old-style plist string)."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) in _BIDI:
            out.append("\\U%04X" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def swift_float(v: float) -> str:
    r = repr(float(v))
    if "e" in r or "E" in r:
        mant, exp = r.lower().split("e")
        if "." not in mant:
            mant += ".0"
        return f"{mant}e{int(exp)}"
    return r


def color_code(hexv: str) -> str:
    """`Color(hex: 0xRRGGBB)` (the initializer is generated in Support/Color+Hex.swift)."""
    h = hexv.upper()
    a = None
    if len(h) == 8:
        a, h = h[:2], h[2:]
    if a is not None and a != "FF":
        return f"Color(hex: 0x{h}, opacity: 0x{a} / 255)"
    return f"Color(hex: 0x{h})"


def ident(name: str) -> str:
    """xui's shared renaming; a Swift keyword it leaves alone is escaped with backticks."""
    n = shared_ident(name)
    return f"`{n}`" if n in M.RESERVED else n


def mident(name: str) -> str:
    """A component's own member (param, state, let): xui's shared, stricter member renaming
    (also avoids `body` and the names other targets reserve for members); a Swift keyword it
    leaves alone is escaped with backticks."""
    n = shared_member_ident(name)
    return f"`{n}`" if n in M.RESERVED else n


def bare(code: str) -> str:
    """An identifier without its keyword backticks, for the `_x` / `$x` property-wrapper forms."""
    return code.strip("`")


MEMBER_REFS = ("param", "state", "let")   # Ref kinds naming a component's own member


def type_name(name: str) -> str:
    return ident(name)


def module_name(name: str) -> str:
    words = [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]
    base = "".join(w[:1].upper() + w[1:] for w in words) or "App"
    return "App" + base if base[0].isdigit() else base


def camel_app(name: str) -> str:
    base = module_name(name)
    if base == "App":
        return "MainApp"
    return base if base.endswith("App") else base + "App"


def indent_text(text: str, levels: int = 1) -> str:
    pad = INDENT * levels
    return "\n".join((pad + l) if l else l for l in text.split("\n"))


def put(w: CodeWriter, text: str) -> None:
    for l in text.split("\n"):
        w.line(l)


def fmt_call(head: str, args: list[str], width: int = 72) -> str:
    """`head(a, b)` on one line when short, else one argument per line."""
    one = f"{head}(" + ", ".join(args) + ")"
    if len(one) <= width and "\n" not in one:
        return one
    inner = ",\n".join(indent_text(a) for a in args)
    return f"{head}(\n{inner}\n)"


class _Ctx:
    """What the component being lowered needs beyond its body."""

    def __init__(self, comp: ir.Component | None) -> None:
        self.comp = comp
        self.uses_router = False
        self.uses_dismiss = False
        self.subst: dict[str, str] = {}       # Ref name -> code (state initialisers in init)
        self.no_trailing = 0                  # inside an `if` condition: no trailing closures


class SwiftUIBackend(Backend):
    name = "swiftui"
    display_name = "SwiftUI"
    file_extension = ".swift"
    ELEMENTS = dict(M.ELEMENTS)
    MODIFIERS = dict(M.MODIFIERS)
    NODES = dict(M.NODES)
    UNSUPPORTED = dict(M.UNSUPPORTED)
    RESERVED = M.RESERVED

    # ---- entry -----------------------------------------------------------------------

    def generate(self, program: ir.Program) -> BackendResult:
        self.program = program
        self.env = jinja_env("swiftui")
        self.models = {m.name: m for m in program.models}
        self.enums = {e.name: e for e in program.enums}
        self.components = {c.name: c for c in program.components}
        self.lets: dict[str, ir.Let] = {}
        self.app_dir = f"Sources/{module_name(self.options.app_name)}"
        self.app_struct = camel_app(self.options.app_name)
        self.source_of: dict[str, str] = {}
        self.source_of.update(decl_sources(program))
        self.navigation = any(isinstance(a, (ir.Navigate,)) for c in program.components
                              for a in self._component_actions(c))
        self._check_names()
        self.hex_sources: set[str] = set()
        self.dark_sources: set[str] = set()       # files of theme colors with a Dark Mode value
        self.weighted_sources: set[str] = set()   # files of Rows / Columns with unequal weights
        self.enclosing: dict[int, ir.ElementView | None] = {}   # id(element) -> the element it is in
        out: list[GeneratedFile] = []
        for m in program.models:
            out.append(self._model_file(m))
        for e in program.enums:
            out.append(self._enum_file(e))
        for c in program.components:
            out.append(self._component_file(c))
        if program.theme:
            out.append(self._theme_file())
        if program.strings:
            out.extend(self._strings_files())
        if self.hex_sources or self.dark_sources:
            sources = sorted(self.hex_sources | self.dark_sources)
            out.append(self._file(f"{self.app_dir}/Support/Color+Hex.swift",
                                  self.env.get_template("Color+Hex.swift.jinja").render(
                                      header=self._header(sources), dark=bool(self.dark_sources)), sources))
        if self.weighted_sources:
            sources = sorted(self.weighted_sources)
            out.append(self._file(f"{self.app_dir}/Support/WeightedStack.swift",
                                  self.env.get_template("WeightedStack.swift.jinja").render(
                                      header=self._header(sources)), sources))
        if self.navigation:
            out.append(self._route_file())
        app = self._app_file()
        if app is not None:
            out.append(app)
        return BackendResult(files=out)

    def _header(self, sources: list[str]) -> str:
        return "// " + header_text(sources)

    def _file(self, path: str, content: str, sources: list[str]) -> GeneratedFile:
        return GeneratedFile(path=path, content=content, sources=tuple(sorted(set(sources))), has_header=True)

    def taken_declaration_names(self) -> frozenset[str]:
        return frozenset(SUPPORT_NAMES) | frozenset(SWIFTUI_NAMES) | {camel_app(self.options.app_name)}

    def _check_names(self) -> None:
        taken = self.taken_declaration_names()
        decls = [(m.name, m.span) for m in self.program.models] + \
                [(e.name, e.span) for e in self.program.enums] + \
                [(c.name, c.span) for c in self.program.components]
        for name, span in decls:
            if type_name(name) in taken:
                self.unsupported(f"a declaration named '{name}' (the generated Swift code uses that name)", span,
                                 "rename it")

    @staticmethod
    def _component_actions(c: ir.Component):
        for e in iter_exprs([c.body, *[l.value for l in c.lets]]):
            if isinstance(e, ir.Lambda):
                yield from iter_actions(e.body)

    # ---- types -----------------------------------------------------------------------

    def ty(self, t: ir.Type) -> str:
        if isinstance(t, ir.TPrim):
            return M.PRIM_TYPES[t.name]
        if isinstance(t, ir.TList):
            return f"[{self.ty(t.elem)}]"
        if isinstance(t, ir.TOptional):
            inner = self.ty(t.inner)
            return f"({inner})?" if isinstance(t.inner, ir.TFunc) else f"{inner}?"
        if isinstance(t, ir.TModel):
            return type_name(t.name)
        if isinstance(t, ir.TEnum):
            return M.ENUM_TYPES[t.name] if t.builtin else type_name(t.name)
        if isinstance(t, ir.TFunc):
            return "(" + ", ".join(self.ty(p) for p in t.params) + ") -> Void"
        if isinstance(t, ir.TBinding):
            return f"Binding<{self.ty(t.inner)}>"
        return "Never"

    def _type_uses_swiftui(self, t: ir.Type) -> bool:
        """Whether a model field of this type needs `import SwiftUI` (Color, Font, built-in enums)."""
        if isinstance(t, ir.TPrim):
            return t.name in ("Color", "Font")
        if isinstance(t, ir.TList):
            return self._type_uses_swiftui(t.elem)
        if isinstance(t, ir.TBinding):
            return True
        if isinstance(t, ir.TOptional):
            return self._type_uses_swiftui(t.inner)
        if isinstance(t, ir.TEnum):
            return t.builtin
        if isinstance(t, ir.TFunc):
            return any(self._type_uses_swiftui(p) for p in t.params)
        return False

    # ---- models / enums --------------------------------------------------------------

    def _model_file(self, m: ir.Model) -> GeneratedFile:
        ctx = _Ctx(None)
        fields = []
        has_id = False
        id_type = ""
        for f in m.fields:
            decl = f"var {ident(f.name)}: {self.ty(f.type)}"
            if f.default is not None:
                decl += " = " + self.texpr(f.default, ctx)
            fields.append(decl)
            if f.name == "id":
                has_id = True
                id_type = self.ty(f.type)
        conformances = "Identifiable, Hashable" if has_id else "Hashable"
        # `id` is renamed by ident() (it clashes with ArkUI); Identifiable still needs `id`.
        id_alias = f"var id: {id_type} {{ {ident('id')} }}" if has_id and ident("id") != "id" else None
        imports = ["SwiftUI"] if any(self._type_uses_swiftui(f.type) for f in m.fields) else []
        src = self.source_of.get(m.name, m.span.file)
        content = self.env.get_template("model.swift.jinja").render(
            header=self._header([src]), imports=imports, name=type_name(m.name), conformances=conformances,
            fields=fields, id_alias=id_alias)
        return self._file(f"{self.app_dir}/Models/{type_name(m.name)}.swift", content, [src])

    def _enum_file(self, e: ir.EnumDecl) -> GeneratedFile:
        cases = []
        for c in e.cases:
            name = ident(c)
            cases.append(f"case {name}" if name == c else f"case {name} = {swift_str(c)}")
        src = self.source_of.get(e.name, e.span.file)
        content = self.env.get_template("enum.swift.jinja").render(
            header=self._header([src]), name=type_name(e.name), cases=cases)
        return self._file(f"{self.app_dir}/Models/{type_name(e.name)}.swift", content, [src])

    # ---- theme / strings ----------------------------------------------------------------

    def _theme_file(self) -> GeneratedFile:
        ctx = _Ctx(None)
        tokens = []
        for t in self.program.theme:
            value = self.arg_expr(t.value, ctx) if t.token_kind != "font" else self.expr(t.value, ctx)
            if t.dark is not None:
                # follows the system appearance (Color(light:dark:) in Support/Color+Hex.swift)
                value = f"Color(light: {value}, dark: {self.arg_expr(t.dark, ctx)})"
                self.dark_sources.add(t.dark.span.file)
            if t.token_kind in ("space", "radius", "size"):
                tokens.append(f"static let {ident(t.name)}: {M.THEME_TYPES[t.token_kind]} = {value}")
            else:
                tokens.append(f"static let {ident(t.name)} = {value}")
        sources = [f.path for f in self.program.files if f.has_theme]
        content = self.env.get_template("Theme.swift.jinja").render(header=self._header(sources), tokens=tokens)
        return self._file(f"{self.app_dir}/Support/Theme.swift", content, sources)

    def _strings_files(self) -> list[GeneratedFile]:
        sources = [f.path for f in self.program.files if f.has_strings]
        tables: dict[str | None, dict[str, str]] = {}
        for t in self.program.strings:
            tab = tables.setdefault(t.locale, {})
            for e in t.entries:
                tab.setdefault(e.key, e.text)
        default = tables.get(None, {})
        keys: list[str] = list(default)
        for loc, tab in tables.items():
            for k in tab:
                if k not in keys:
                    keys.append(k)
        entries = [{"name": ident(k), "key": swift_str(k), "default": swift_str(default.get(k, k))}
                   for k in keys]
        files = [self._file(f"{self.app_dir}/Support/L10n.swift",
                            self.env.get_template("L10n.swift.jinja").render(header=self._header(sources),
                                                                              entries=entries), sources)]
        explicit = {loc for loc in tables if loc is not None}
        for loc in [None, *sorted(explicit)]:
            if loc not in tables:
                continue
            folder = loc if loc is not None else ("Base" if "en" in explicit else "en")
            lines = [f"{strings_file_escape(k)} = {strings_file_escape(v)};" for k, v in tables[loc].items()]
            content = self.env.get_template("Localizable.strings.jinja").render(
                header=self._header(sources), lines=lines)
            files.append(self._file(f"{self.app_dir}/Resources/{folder}.lproj/Localizable.strings", content,
                                    sources))
        return files

    # ---- navigation / app -------------------------------------------------------------

    def _screens(self) -> list[ir.Component]:
        return [c for c in self.program.components if c.kind == "screen"]

    def _route_case(self, c: ir.Component) -> str:
        return ident(lower_first(c.name))

    def _route_file(self) -> GeneratedFile:
        cases = []
        for c in self._screens():
            ps = []
            for p in c.params:
                if isinstance(p.type, (ir.TFunc, ir.TBinding)):
                    self.unsupported(f"screen parameter '{p.name}' of type {p.type} in a navigation route",
                                     p.span, "screens take plain values")
                    continue
                ps.append(f"{mident(p.name)}: {self.ty(p.type)}")
            cases.append(f"case {self._route_case(c)}" + (f"({', '.join(ps)})" if ps else ""))
        sources = [self.source_of.get(c.name, c.span.file) for c in self._screens()]
        content = self.env.get_template("Route.swift.jinja").render(header=self._header(sources), cases=cases)
        return self._file(f"{self.app_dir}/Navigation/Route.swift", content, sources)

    def _app_file(self) -> GeneratedFile | None:
        root = next((c for c in self._screens()
                     if all(p.default is not None or isinstance(p.type, ir.TOptional) for p in c.params)), None)
        if root is None:
            return None
        destinations = []
        if self.navigation:
            for c in self._screens():
                names = [mident(p.name) for p in c.params if not isinstance(p.type, (ir.TFunc, ir.TBinding))]
                pattern = f"case .{self._route_case(c)}" + (
                    "(" + ", ".join(f"let {n}" for n in names) + ")" if names else "") + ":"
                call = type_name(c.name) + ("(" + ", ".join(f"{n}: {n}" for n in names) + ")")
                destinations.append((pattern, call))
        sources = [self.source_of.get(c.name, c.span.file) for c in self._screens()]
        content = self.env.get_template("App.swift.jinja").render(
            header=self._header(sources), app=self.app_struct, root=type_name(root.name) + "()",
            navigation=self.navigation, destinations=destinations)
        return self._file(f"{self.app_dir}/{self.app_struct}.swift", content, sources)

    # ---- components ------------------------------------------------------------------

    def _component_file(self, c: ir.Component) -> GeneratedFile:
        ctx = _Ctx(c)
        self.lets = {l.name: l for l in c.lets}
        w = CodeWriter(INDENT)
        w.level = 2
        self.view(c.body, w, ctx, parent=None)
        body = "\n".join(w.lines)

        state_deps_init = self._states_needing_init(c)
        sections: list[list[str]] = []
        env_lines = []
        if ctx.uses_router:
            env_lines.append("@Environment(Router.self) private var router")
        if ctx.uses_dismiss:
            env_lines.append("@Environment(\\.dismiss) private var dismiss")
        if env_lines:
            sections.append(env_lines)

        param_lines = []
        for p in c.params:
            name = mident(p.name)
            if isinstance(p.type, ir.TBinding):
                param_lines.append(f"@Binding var {name}: {self.ty(p.type.inner)}")
            elif p.default is not None and not state_deps_init:
                param_lines.append(f"var {name}: {self.ty(p.type)} = {self.texpr(p.default, _Ctx(None))}")
            elif isinstance(p.type, ir.TOptional) and not state_deps_init:
                param_lines.append(f"var {name}: {self.ty(p.type)} = nil")
            else:
                param_lines.append(f"let {name}: {self.ty(p.type)}")
        if param_lines:
            sections.append(param_lines)

        state_lines = []
        for s in c.states:
            if s.name in state_deps_init:
                state_lines.append(f"@State private var {mident(s.name)}: {self.ty(s.type)}")
            else:
                state_lines.append(f"@State private var {mident(s.name)}: {self.ty(s.type)} = "
                                   f"{self.texpr(s.init, ctx)}")
        if state_lines:
            sections.append(state_lines)

        if state_deps_init:
            sections.append(self._init_lines(c, state_deps_init).split("\n"))

        for l in c.lets:
            value = self.expr(l.value, ctx)
            head = f"private var {mident(l.name)}: {self.ty(l.type)}"
            if len(INDENT + head + value) + 6 <= MAX_LINE and "\n" not in value:
                sections.append([f"{head} {{ {value} }}"])
            else:
                sections.append([f"{head} {{", *indent_text(value).split("\n"), "}"])

        sections = [[l for line in sec for l in line.split("\n")] for sec in sections]
        src = self.source_of.get(c.name, c.span.file)
        content = self.env.get_template("View.swift.jinja").render(
            header=self._header([src]), name=type_name(c.name), sections=sections, body=body)
        return self._file(f"{self.app_dir}/Views/{type_name(c.name)}.swift", content, [src])

    def _states_needing_init(self, c: ir.Component) -> list[str]:
        out = []
        for s in c.states:
            if any(isinstance(e, ir.Ref) and e.ref in ("param", "state", "let") for e in iter_exprs(s.init)):
                out.append(s.name)
        return out

    def _init_lines(self, c: ir.Component, dependent: list[str]) -> str:
        ctx = _Ctx(c)
        sig = []
        body = []
        for p in c.params:
            name = mident(p.name)
            t = p.type
            if isinstance(t, ir.TBinding):
                sig.append(f"{name}: Binding<{self.ty(t.inner)}>")
                body.append(f"_{bare(name)} = {name}")
                ctx.subst[p.name] = f"{name}.wrappedValue"
                continue
            ts = self.ty(t)
            if isinstance(t, ir.TFunc):
                ts = "@escaping " + ts
            default = ""
            if p.default is not None:
                default = " = " + self.texpr(p.default, _Ctx(None))
            elif isinstance(t, ir.TOptional):
                default = " = nil"
            sig.append(f"{name}: {ts}{default}")
            body.append(f"self.{name} = {name}")
        for l in c.lets:
            ctx.subst[l.name] = "(" + self.expr(l.value, ctx) + ")"
        for s in c.states:
            code = self.texpr(s.init, ctx)
            if s.name in dependent:
                body.append(f"_{bare(mident(s.name))} = State(initialValue: {code})")
            ctx.subst[s.name] = "(" + code + ")" if not isinstance(s.init, (ir.Literal_, ir.Ref)) else code
        head = fmt_call("init", sig)
        return head + " {\n" + "\n".join(INDENT + b for b in body) + "\n}"

    # ---- views -------------------------------------------------------------------------

    def _comment(self, w: CodeWriter, span) -> None:
        if self.options.source_comments:
            w.line(f"// xui: {span.file}:{span.line}")

    def view(self, v: ir.View, w: CodeWriter, ctx: _Ctx, parent: ir.ElementView | None) -> None:
        if isinstance(v, ir.ElementView):
            self._element(v, w, ctx, parent)
        elif isinstance(v, ir.ComponentView):
            self._comment(w, v.span)
            args = [f"{mident(a.name)}: {self.texpr(a.value, ctx)}" for a in v.args]
            head = fmt_call(type_name(v.component), args)
            self._with_modifiers(w, head, [], v.modifiers, ctx, parent, v.span, None)
        elif isinstance(v, ir.IfView):
            self._comment(w, v.span)
            for i, b in enumerate(v.branches):
                cond = self.cond(b.cond, ctx)
                w.line(f"if {cond} {{" if i == 0 else f"}} else if {cond} {{")
                w.indent()
                for c in b.body:
                    self.view(c, w, ctx, parent)
                w.dedent()
            if v.else_body:
                w.line("} else {")
                w.indent()
                for c in v.else_body:
                    self.view(c, w, ctx, parent)
                w.dedent()
            w.line("}")
        elif isinstance(v, ir.NativeView):
            self._comment(w, v.span)
            code = v.code.get("swiftui")
            if code is None:
                self.unsupported("a native view without `swiftui` code", v.span,
                                 "add `swiftui: \"...\"` to the native block")
                w.line("EmptyView()")
                return
            put(w, code.strip("\n"))

    def _arg(self, el: ir.ElementView, name: str) -> ir.Expr | None:
        for a in el.args:
            if a.name == name:
                return a.value
        return None

    def _arg_or_default(self, el: ir.ElementView, name: str, ctx: _Ctx) -> str | None:
        """The Swift code of an argument, or of its catalog default (None when absent and no default)."""
        v = self._arg(el, name)
        if v is not None:
            return self.arg_expr(v, ctx)
        spec = next(p for p in CATALOG_ELEMENTS[el.name].params if p.name == name)
        if spec.default is None:
            return None
        d = spec.default
        if d.startswith("."):
            enum_name = spec.type
            return "." + M.ENUM_CASES[enum_name][d[1:]]
        if d.startswith('"'):
            return d
        return d

    def _is_default(self, el: ir.ElementView, name: str) -> bool:
        return self._arg(el, name) is None

    def _item_params(self, el: ir.ElementView) -> str:
        item = ident(el.item.name) if el.item is not None else "_"
        if el.index is not None:
            return f"{ident(el.index.name)}, {item}"
        return item

    def _data_and_id(self, el: ir.ElementView, ctx: _Ctx) -> tuple[str, str]:
        items = self.expr(self._arg(el, "items"), ctx, P_ATOM)
        key = f".{ident(el.key)}" if el.key is not None else ".self"
        if el.index is not None:
            return f"Array({items}.enumerated())", f"\\.element{key}"
        return items, f"\\{key}"

    def _element(self, el: ir.ElementView, w: CodeWriter, ctx: _Ctx, parent) -> None:
        name = el.name
        self.enclosing[id(el)] = parent
        label_mods, mods = label_modifiers(el)   # a Toggle / Checkbox's text modifiers style its label
        a = lambda n: self._arg_or_default(el, n, ctx)  # noqa: E731
        base: list[str] = []          # intrinsic modifiers, before the user's
        children: list[ir.View] | None = None
        block_params = ""
        head: str
        nested: Callable[[CodeWriter], None] | None = None
        fill_clip = False

        if name in ("Column", "Row"):
            stack = "VStack" if name == "Column" else "HStack"
            if _unequal_weights(el):
                # HStack / VStack share free space equally: a Layout shares it by weight
                stack = "Weighted" + stack
                self.weighted_sources.add(el.span.file)
            args = []
            if not self._is_default(el, "align") and a("align") != ".center":
                args.append(f"alignment: {a('align')}")
            args.append(f"spacing: {a('spacing')}")
            head = f"{stack}({', '.join(args)})"
            children = el.children
        elif name == "Stack":
            head = "ZStack" if self._is_default(el, "align") else f"ZStack(alignment: {a('align')})"
            children = el.children
        elif name == "Scroll":
            axis = a("axis")
            head = "ScrollView" if axis == ".vertical" else f"ScrollView({axis})"
            if len(el.children) > 1:
                inner = "VStack(spacing: 0)" if axis == ".vertical" else "HStack(spacing: 0)"
                kids = el.children

                def scroll_stack(w2: CodeWriter, inner=inner, kids=kids) -> None:
                    w2.line(inner + " {")
                    w2.indent()
                    for k in kids:
                        self.view(k, w2, ctx, el)
                    w2.dedent()
                    w2.line("}")
                nested = scroll_stack
            else:
                children = el.children
        elif name in ("List", "ForEach"):
            data, key = self._data_and_id(el, ctx)
            head = f"{name}({data}, id: {key})"
            children = el.children
            block_params = self._item_params(el)
            if name == "List":
                base.append(".listStyle(.plain)")
                if not self._is_default(el, "spacing"):
                    base.append(f".listRowSpacing({a('spacing')})")
        elif name == "Grid":
            data, key = self._data_and_id(el, ctx)
            cols, spacing = a("columns"), a("spacing")
            head = "ScrollView"
            params = self._item_params(el)
            kids = el.children

            def nested(w2: CodeWriter) -> None:
                item = f"GridItem(.flexible(), spacing: {spacing})"
                put(w2, fmt_call("LazyVGrid", [f"columns: Array(repeating: {item}, count: {cols})",
                                               f"spacing: {spacing}"]) + " {")
                w2.indent()
                w2.line(f"ForEach({data}, id: {key}) {{ {params} in")
                w2.indent()
                for k in kids:
                    self.view(k, w2, ctx, el)
                w2.dedent()
                w2.line("}")
                w2.dedent()
                w2.line("}")
        elif name == "Text":
            head = self._text_call(self._arg(el, "text"), ctx)
        elif name == "Image":
            img = self.expr(self._arg(el, "name"), ctx)
            desc = self._arg(el, "description")
            if not given_text(el, "description"):
                head = f"Image(decorative: {img})"
            else:
                head = f"Image({img})"
            if any(m.name == "tint" for m in el.modifiers):
                base.append(".renderingMode(.template)")      # drawn in the foreground style (.tint)
            base.append(".resizable()")
            mode = a("contentMode")
            base.append(".scaledToFit()" if mode == ".fit" else ".scaledToFill()" if mode == ".fill"
                        else f".aspectRatio(contentMode: {mode})")
            fill_clip = mode != ".fit"
            if head.startswith("Image(") and not head.startswith("Image(decorative"):
                base.append(f".accessibilityLabel({self.expr(desc, ctx)})")
        elif name == "RemoteImage":
            mode = a("contentMode")
            scale = ".scaledToFit()" if mode == ".fit" else ".scaledToFill()" if mode == ".fill" \
                else f".aspectRatio(contentMode: {mode})"
            url = self.expr(self._arg(el, "url"), ctx)
            head = (f"AsyncImage(url: URL(string: {url})) {{ image in\n"
                    f"{INDENT}image\n{INDENT * 2}.resizable()\n{INDENT * 2}{scale}\n"
                    f"}} placeholder: {{\n{INDENT}Color.secondary.opacity(0.15)\n}}")
            fill_clip = mode != ".fit"
            if given_text(el, "description"):
                base.append(f".accessibilityLabel({self.expr(self._arg(el, 'description'), ctx)})")
            else:
                base.append(".accessibilityHidden(true)")
        elif name == "Button":
            label = self._arg(el, "label")
            action = self._arg(el, "action")
            sized = self._label_sizes(el, mods)
            if sized:
                # a bordered style draws its shape around the label: a size goes on the label, or the
                # shape would stay the label's size, centred in a larger frame
                mods = [m for m in mods if all(m is not x for x in sized)]
                lines = self._modifier_lines(sized, ctx, parent, el, False)
                head = self._label_button_head(action, ctx)
                kids = el.children
                title = self.expr(label, ctx) if label is not None else '""'

                def sized_label(w2: CodeWriter, kids=kids, title=title, lines=lines) -> None:
                    if kids:      # laid out in a row, as Compose's RowScope content
                        self._emit_view(w2, "HStack(spacing: 0)", (kids, "", None), lines, ctx, el)
                    else:
                        self._emit_view(w2, f"Text({title})", None, lines, ctx, el)
                nested = sized_label
            elif el.children:
                head = self._label_button_head(action, ctx)
                children = el.children
            else:
                title = self.expr(label, ctx) if label is not None else '""'
                if isinstance(action, ir.Lambda):
                    head = f"Button({title}) " + self.closure(action, ctx)
                else:
                    head = f"Button({title}, action: {self.expr(action, ctx)})"
        elif name in ("TextField", "SecureField"):
            args = [a("placeholder"), f"text: {self.expr(self._arg(el, 'text'), ctx)}"]
            prompt = self._prompt(el, ctx)
            if prompt is not None:
                args.append(f"prompt: {prompt}")
            lines = multiline_lines(el) if name == "TextField" else None
            if lines is not None:
                # a vertical field grows with its text up to the line limit, then scrolls
                args.append("axis: .vertical")
                base.append(f".lineLimit({self.expr(lines, ctx)})")
            head = fmt_call(name, args)
            kb = self._arg(el, "keyboard")
            if kb is not None:
                kbc = a("keyboard")
                if kbc != ".default":
                    base.append(f".keyboardType({kbc})")
                if kbc == ".emailAddress":
                    base.append(".textInputAutocapitalization(.never)")
                    base.append(".autocorrectionDisabled()")
        elif name == "Toggle":
            label = a("label")
            label_arg = self._arg(el, "label")
            if label_mods and given_text(el, "label"):
                # a styled label: the label closure's Text takes the text modifiers
                text = indent_text(self._label_text(label_arg, label_mods, ctx, parent, el))
                head = f"Toggle(isOn: {self._bool_binding(el, ctx)}) {{\n{text}\n}}"
            else:
                head = f"Toggle({label}, isOn: {self._bool_binding(el, ctx)})"
            if self._is_default(el, "label"):
                base.append(".labelsHidden()")
            on_change = self._arg(el, "onChange")
            is_on = self._arg(el, "isOn")
            if on_change is not None and isinstance(is_on, ir.BindingOf):
                if isinstance(on_change, ir.Lambda):
                    lam = ir.Lambda(params=on_change.params[:1], body=on_change.body, span=on_change.span,
                                    type=on_change.type)
                    closure = self.closure(lam, ctx)
                    closure = closure.replace("{ ", "{ _, ", 1) if lam.params else \
                        "{ _, _ in" + closure[1:] if "\n" in closure else "{ _, _ in " + closure[2:]
                else:
                    closure = f"{{ _, newValue in {self.expr(on_change, ctx, P_ATOM)}(newValue) }}"
                watched = self.lvalue(is_on.target, ctx) if is_on.target is not None else mident(is_on.name)
                base.append(f".onChange(of: {watched}) {closure}")
        elif name == "Checkbox":
            head = self._checkbox(el, ctx, label_mods, parent)
            base.append(".buttonStyle(.plain)")      # the label in the text color, the box in the tint
        elif name == "Slider":
            args = [f"value: {self.expr(self._arg(el, 'value'), ctx)}"]
            if not (self._is_default(el, "min") and self._is_default(el, "max")):
                lo, hi = a("min"), a("max")
                args.append(f"in: {self._range_bound(lo)}...{self._range_bound(hi)}")
            if not self._is_default(el, "step"):
                args.append(f"step: {a('step')}")
            head = f"Slider({', '.join(args)})"
        elif name == "Picker":
            head = self._picker(el, ctx)
            if self._is_default(el, "label"):
                base.append(".labelsHidden()")
        elif name == "Progress":
            value = self._arg(el, "value")
            head = "ProgressView()" if value is None else f"ProgressView(value: {self.expr(value, ctx)})"
        elif name == "Divider":
            head = self._divider(el, base, ctx, parent)
        elif name == "Spacer":
            head = "Spacer()"
        else:  # pragma: no cover - the catalog and this table are kept in step by tests
            self.unsupported(f"the element '{name}'", el.span)
            head = "EmptyView()"

        self._comment(w, el.span)
        self._with_modifiers(w, head, base, mods, ctx, parent, el.span,
                             (children, block_params, nested), fill_clip=fill_clip, el=el)

    def _label_button_head(self, action: ir.Expr, ctx: _Ctx) -> str:
        """A Button with a label block: `Button { <action> } label:` or `Button(action: f)`."""
        if isinstance(action, ir.Lambda):
            return "Button {\n" + indent_text(self._closure_body(action, ctx)) + "\n} label:"
        return f"Button(action: {self.expr(action, ctx)})"

    @staticmethod
    def _shaped_button(el: ir.ElementView) -> bool:
        """A Button whose style draws a shape around its label (M.SHAPED_BUTTON_STYLES)."""
        return button_style(el.modifiers) in M.SHAPED_BUTTON_STYLES

    def _label_sizes(self, el: ir.ElementView, mods: list[ir.ModifierUse]) -> list[ir.ModifierUse]:
        """The size modifiers (M.LABEL_SIZE_MODIFIERS) of a shaped Button; none for other buttons."""
        return [m for m in mods if m.name in M.LABEL_SIZE_MODIFIERS] if self._shaped_button(el) else []

    def _divider(self, el: ir.ElementView, base: list[str], ctx: _Ctx, parent) -> str:
        """A Divider: the platform's, or a line of `color` / `thickness` (its intrinsic modifiers go
        to `base`). A Divider's hairline cannot be made thicker (a frame only adds space around it),
        so a thickness is a Rectangle of that height (width in an HStack) filled with the color or
        the platform's separator style; a color alone paints the Divider's own hairline."""
        color, thickness = self._arg(el, "color"), self._arg(el, "thickness")
        if thickness is None:
            if color is not None:
                base.append(f".overlay({self.arg_expr(color, ctx)})")
            return "Divider()"
        side = "width" if self._in_hstack(parent) else "height"
        base.append(f".fill({self.arg_expr(color, ctx) if color is not None else '.separator'})")
        base.append(f".frame({side}: {self.arg_expr(thickness, ctx)})")
        return "Rectangle()"

    def _in_hstack(self, parent) -> bool:
        """Whether a view in `parent` is laid out by an HStack (a Row, or a horizontal Scroll's
        content), looking through the ForEach it is repeated by."""
        while isinstance(parent, ir.ElementView) and parent.name == "ForEach":
            parent = self.enclosing.get(id(parent))
        if not isinstance(parent, ir.ElementView):
            return False
        axis = self._arg(parent, "axis") if parent.name == "Scroll" else None
        return parent.name == "Row" or isinstance(axis, ir.EnumCase) and axis.case == "horizontal"

    def _range_bound(self, code: str) -> str:
        return code if re.fullmatch(r"[A-Za-z0-9_.]+", code) else f"({code})"

    def _prompt(self, el: ir.ElementView, ctx: _Ctx) -> str | None:
        """A text field's prompt (its placeholder) when `.placeholderColor` styles it: the
        placeholder Text in that color; None without a color or without a placeholder."""
        color = last_modifier(el, "placeholderColor")
        if color is None or not given_text(el, "placeholder"):
            return None
        ph = self._arg(el, "placeholder")
        return f"{self._text_call(ph, ctx)}.foregroundStyle({self.arg_expr(color.args[0].value, ctx)})"

    def _text_call(self, text: ir.Expr, ctx: _Ctx) -> str:
        if isinstance(text, (ir.Literal_, ir.Interpolation)):
            return f"Text(verbatim: {self.expr(text, ctx)})"
        return f"Text({self.expr(text, ctx)})"

    def _label_text(self, text: ir.Expr, mods: list[ir.ModifierUse], ctx: _Ctx, parent, el) -> str:
        """A control's label: its Text, then the lines of the text modifiers that style it."""
        lines = self._modifier_lines(mods, ctx, parent, el, False)
        return "\n".join([self._text_call(text, ctx)] + [indent_text(l) for l in lines])

    def _bool_binding(self, el: ir.ElementView, ctx: _Ctx) -> str:
        is_on = self._arg(el, "isOn")
        if isinstance(is_on, ir.BindingOf):
            return self.expr(is_on, ctx)
        on_change = self._arg(el, "onChange")
        getter = self.expr(is_on, ctx)
        if on_change is None:
            return f".constant({getter})"
        return f"Binding(get: {{ {getter} }}, set: {self.expr(on_change, ctx)})"

    def _call_value(self, fn: ir.Expr, args: list[str], ctx: _Ctx) -> str:
        """Statements that run a callback value (a Ref or a Lambda) with `args`: a call, or the
        lambda's body after binding its parameters."""
        if isinstance(fn, ir.Lambda):
            w = CodeWriter(INDENT)
            for p, a in zip(fn.params, args):
                if p.name != "_" and a != ident(p.name):
                    w.line(f"let {ident(p.name)} = {a}")
            self.actions(fn.body, w, ctx)
            return "\n".join(w.lines)
        return f"{self.expr(fn, ctx, P_ATOM)}({', '.join(args)})"

    def _picker(self, el: ir.ElementView, ctx) -> str:
        """Picker(label, selection:) over tagged Texts (a menu button outside a Form)."""
        sel, options = self._arg(el, "selection"), self._arg(el, "options")
        label = self.expr(self._arg(el, "label"), ctx) if given_text(el, "label") else '""'
        if isinstance(options, ir.ListLiteral):
            rows = [f"Text({self.expr(o, ctx)}).tag({i})" for i, o in enumerate(options.items)]
        else:
            index = fresh_name(names_read(a.value for a in el.args), "index", "i", "optionIndex")
            listed = self.expr(options, ctx, P_ATOM)
            rows = [f"ForEach({listed}.indices, id: \\.self) {{ {index} in",
                    f"    Text({listed}[{index}]).tag({index})", "}"]
        body = indent_text("\n".join(rows))
        return f"Picker({label}, selection: {self.expr(sel, ctx)}) {{\n{body}\n}}"

    def _checkbox(self, el: ir.ElementView, ctx: _Ctx, label_mods: list[ir.ModifierUse], parent) -> str:
        is_on = self._arg(el, "isOn")
        on_change = self._arg(el, "onChange")
        value = self.expr(is_on, ctx) if not isinstance(is_on, ir.BindingOf) else \
            self.lvalue(is_on.target, ctx) if is_on.target is not None else mident(is_on.name)
        stmts = []
        if isinstance(is_on, ir.BindingOf):
            stmts.append(f"{value}.toggle()")
            if on_change is not None:
                stmts.append(self._call_value(on_change, [value], ctx))
        elif on_change is not None:
            stmts.append(self._call_value(on_change, [f"!{self.expr(is_on, ctx, P_PREFIX)}"], ctx))
        icon = f'Image(systemName: {value} ? "checkmark.square.fill" : "square")'
        tint = last_modifier(el, "tint")
        # the box takes the accent color (the tint), the label keeps the text color: as a platform
        # check box draws it (a plain-style Button, whose label would otherwise all be accent-colored)
        color = self.expr(tint.args[0].value, ctx) if tint is not None else ".tint"
        icon += f"\n{INDENT}.foregroundStyle({color})"
        label_arg = self._arg(el, "label")
        if label_arg is None:
            label_lines = icon.split("\n")
        else:
            text = self._label_text(label_arg, label_mods, ctx, parent, el)
            label_lines = ["HStack {", *(INDENT + l for l in icon.split("\n")), *(INDENT + l for l in text.split("\n")),
                           "}"]
        body = "\n".join(indent_text(s) for s in stmts) if stmts else ""
        out = "Button {\n" + (body + "\n" if body else "") + "} label: {\n" + \
            "\n".join(INDENT + l for l in label_lines) + "\n}"
        return out

    def _with_modifiers(self, w: CodeWriter, head: str, base: list[str], mods: list[ir.ModifierUse],
                        ctx: _Ctx, parent, span, block, fill_clip: bool = False,
                        el: ir.ElementView | None = None) -> None:
        visible = [m for m in mods if m.name == "visible"]
        if visible:
            conds = [self.expr(m.args[0].value, ctx, P_AND + 1) for m in visible]
            w.line(f"if {' && '.join(conds)} {{")
            w.indent()
        taps = [m for m in mods if m.name == "onTap"]
        if taps and not (el is not None and CATALOG_ELEMENTS[el.name].control):
            # a tappable view is a plain-style Button: its label is the view with the modifiers of
            # its box (text style ... border); margin and the effects apply to the Button
            inner = lambda m: M.MODIFIER_ORDER[m.name] <= M.TAP_LABEL_GROUP  # noqa: E731
            label = list(base) + self._modifier_lines(mods, ctx, parent, el, fill_clip, inner)
            put(w, self._tap_button(taps, ctx) + " {")
            w.indent()
            self._emit_view(w, head, block, label + [".contentShape(Rectangle())"], ctx, el)
            w.dedent()
            w.line("}")
            outer = self._modifier_lines(mods, ctx, parent, el, False,
                                         lambda m: not inner(m) and m.name != "onTap")
            for l in [".buttonStyle(.plain)"] + outer:
                put(w, l)
        else:
            lines = list(base) + self._modifier_lines(mods, ctx, parent, el, fill_clip)
            self._emit_view(w, head, block, lines, ctx, el)
        if visible:
            w.dedent()
            w.line("}")

    def _emit_view(self, w: CodeWriter, head: str, block, lines: list[str], ctx: _Ctx, el) -> None:
        """A view (its head, then its child block if any) and its modifier lines."""
        closes = False
        children, block_params, nested = block if block else (None, "", None)
        if children is not None or nested is not None:
            opener = head + " {" + (f" {block_params} in" if block_params else "")
            put(w, opener)
            w.indent()
            if nested is not None:
                nested(w)
            for c in children or []:
                self.view(c, w, ctx, el)
            w.dedent()
            w.line("}")
            closes = True
        else:
            put(w, head)
            closes = "\n" in head and head.rstrip()[-1] in "})"   # a multi-line head closes at column 0
        if not closes:
            w.indent()
        for l in lines:
            put(w, l)
        if not closes:
            w.dedent()

    def _tap_button(self, taps: list[ir.ModifierUse], ctx: _Ctx) -> str:
        """The head of the Button that runs the `.onTap` actions (all of them, in order), up to
        its label block: `Button { <actions> } label:` or `Button(action: f)`."""
        actions = [m.args[0].value for m in taps if m.args]
        if len(actions) == 1 and not isinstance(actions[0], ir.Lambda):
            return f"Button(action: {self.expr(actions[0], ctx)})"
        stmts = []
        for a in actions:
            if isinstance(a, ir.Lambda):
                body = self._closure_body(a, ctx)
                if body:
                    stmts.append(body)
            else:
                stmts.append(f"{self.expr(a, ctx, P_ATOM)}()")
        if not stmts:
            return "Button {} label:"
        return "Button {\n" + "\n".join(indent_text(s) for s in stmts) + "\n} label:"

    def _modifier_lines(self, mods: list[ir.ModifierUse], ctx: _Ctx, parent, el, fill_clip: bool,
                        take: Callable[[ir.ModifierUse], bool] | None = None) -> list[str]:
        """The modifier lines in box-model order (M.MODIFIER_ORDER); `take` picks the modifiers."""
        ordered = sorted((m for m in mods if m.name != "visible"), key=lambda m: M.MODIFIER_ORDER[m.name])
        out: list[str] = []
        last_size = -1
        for m in ordered:
            if take is not None and not take(m):
                continue
            args = {x.name: x.value for x in m.args}
            code = self._modifier(m, args, ctx, parent, el, ordered)
            out.extend(code)
            if M.MODIFIER_ORDER[m.name] == 3:
                last_size = len(out)
        at = last_size if last_size >= 0 else 0
        if fill_clip and not (at < len(out) and out[at].startswith(".clipShape(")):
            out.insert(at, ".clipped()")      # (a clipShape right after the frame clips already)
        return out

    def _modifier(self, m: ir.ModifierUse, args: dict[str, ir.Expr], ctx: _Ctx, parent, el,
                  siblings: list[ir.ModifierUse]) -> list[str]:
        n = m.name
        arg = lambda k: self.arg_expr(args[k], ctx)  # noqa: E731
        if n in ("padding", "margin"):
            if "all" in args:
                out = [f".padding({arg('all')})"]
            else:
                out = []
            for edge in ("horizontal", "vertical", "top", "leading", "bottom", "trailing"):
                if edge in args:
                    out.append(f".padding(.{edge}, {arg(edge)})")
            return out
        if n == "frame":
            # a fixed size and bounds are two frame(...) initializers; the outer (bounds) wins
            out = []
            for keys in (("width", "height"), ("minWidth", "maxWidth", "minHeight", "maxHeight")):
                parts = [f"{k}: {arg(k)}" for k in keys if k in args]
                if parts:
                    out.append(f".frame({', '.join(parts)})")
            return out
        if n == "fillWidth":
            if el is not None and el.name == "Text":
                ta = next((s for s in siblings if s.name == "textAlign"), None)
                align_case = "leading"
                if ta is not None and isinstance(ta.args[0].value, ir.EnumCase):
                    align_case = M.ENUM_CASES["TextAlign"][ta.args[0].value.case]
                return [f".frame(maxWidth: .infinity, alignment: .{align_case})"]
            return [self._fill_frame(el, ctx, width=True, height=False)]
        if n == "fillHeight":
            return [self._fill_frame(el, ctx, width=False, height=True)]
        if n == "weight":
            if isinstance(parent, ir.ElementView) and parent.name in ("Row", "Column") and _unequal_weights(parent):
                return [f".layoutWeight({arg('value')})"]      # Support/WeightedStack.swift
            pname = parent.name if isinstance(parent, ir.ElementView) else None
            return [self._fill_frame(el, ctx, width=pname != "Column", height=pname != "Row")]
        if n == "background":
            return [f".background({arg('color')})"]
        if n == "foreground":
            return [f".foregroundStyle({arg('color')})"]
        if n == "font":
            return [f".font({arg('font')})"]
        if n == "fontSize":
            return [f".font(.system(size: {arg('size')}))"]
        if n == "fontWeight":
            return [f".fontWeight({arg('weight')})"]
        if n == "italic":
            return [".italic()"]
        if n == "letterSpacing":
            return [f".tracking({arg('points')})"]
        if n == "lineSpacing":
            return [f".lineSpacing({arg('points')})"]
        if n == "submitLabel":
            return [f".submitLabel({arg('label')})"]
        if n == "buttonStyle":
            return [f".buttonStyle({arg('style')})"]
        if n == "selectable":
            return [".textSelection(.enabled)"]
        if n == "placeholderColor":
            return []        # styles the prompt Text in the TextField / SecureField initializer
        if n == "tint" and el is not None and el.name == "Checkbox":
            return []                                           # on the box icon: see _checkbox()
        if n == "tint" and el is not None and el.name != "Image":
            return [f".tint({arg('color')})"]                   # a Toggle / Slider / Progress accent
        if n == "tint":
            return [f".foregroundStyle({arg('color')})"]       # the Image renders as a template
        if n == "shadow":
            color = arg("color") if "color" in args else M.SHADOW_DEFAULT_COLOR
            return [f".shadow(color: {color}, radius: {arg('radius')})"]
        if n == "textAlign":
            return [f".multilineTextAlignment({arg('align')})"]
        if n == "lineLimit":
            return [f".lineLimit({arg('lines')})"]
        if n == "cornerRadius" and el is not None and el.name == "Button" and self._shaped_button(el):
            # a bordered style draws its own shape: clipping it would keep the capsule
            return [f".buttonBorderShape(.roundedRectangle(radius: {arg('radius')}))"]
        if n == "cornerRadius":
            return [f".clipShape(RoundedRectangle(cornerRadius: {arg('radius')}))"]
        if n == "border":
            shape = f"RoundedRectangle(cornerRadius: {arg('radius')})" if "radius" in args else "Rectangle()"
            width = self.arg_expr(args.get("width") or catalog_default("border", "width", m.span), ctx)
            stroke = f".strokeBorder({arg('color')}, lineWidth: {width})"
            if len(shape + stroke) <= 60:
                return [f".overlay({shape}{stroke})"]
            return [f".overlay(\n{INDENT}{shape}\n{INDENT * 2}{stroke}\n)"]
        if n == "opacity":
            return [f".opacity({arg('value')})"]
        if n == "disabled":
            return [f".disabled({arg('value')})"]
        if n == "accessibilityLabel":
            return [f".accessibilityLabel({arg('label')})"]
        if n in ("onTap", "onAppear", "onDisappear"):
            swift = {"onTap": "onTapGesture", "onAppear": "onAppear", "onDisappear": "onDisappear"}[n]
            action = args.get("action")
            shape = [".contentShape(Rectangle())"] if n == "onTap" else []
            if isinstance(action, ir.Lambda):
                return shape + [f".{swift} " + self.closure(action, ctx)]
            return shape + [f".{swift}(perform: {self.expr(action, ctx)})"]
        self.unsupported(f"the modifier '.{n}'", m.span)
        return []

    def _fill_frame(self, el: ir.ElementView | None, ctx: _Ctx, width: bool, height: bool) -> str:
        """The frame that stretches a view (fillWidth / fillHeight / weight). SwiftUI centres the
        view in it; xui keeps a stretched container's content at the start of its main axis and
        at its own `align` on the cross axis, so a VStack / HStack / ZStack (and a Scroll, laid
        out as one) gets that `alignment:` on the stretched axes (none when it is .center)."""
        bounds = [f"{k}: .infinity" for k, on in (("maxWidth", width), ("maxHeight", height)) if on]
        align = self._stack_alignment(el, ctx, width, height)
        return fmt_call(".frame", bounds + ([f"alignment: {align}"] if align else []), width=80)

    def _stack_alignment(self, el: ir.ElementView | None, ctx: _Ctx, width: bool, height: bool) -> str | None:
        """Where a stretched container keeps its content, on the stretched axes: Swift code of an
        Alignment, or None for .center (SwiftUI's default) and for views that are no container."""
        name = el.name if el is not None else None
        if name == "Scroll":
            axis = self._arg(el, "axis")
            if axis is not None and not isinstance(axis, ir.EnumCase):
                return None
            name = "Row" if axis is not None and axis.case == "horizontal" else "Column"
            own = None                          # a Scroll lays out its content with the default align
        elif name in ("Column", "Row", "Stack"):
            own = self._arg(el, "align")
        else:
            return None
        if name == "Stack":
            if own is not None and not isinstance(own, ir.EnumCase):
                return self.arg_expr(own, ctx)  # a computed Alignment: as it is
            case = own.case if own is not None else "center"
            corner = re.fullmatch(r"(top|bottom)(Leading|Trailing)", case)
            if corner:
                h, v = corner[2].lower(), corner[1]
            elif case in ("leading", "trailing"):
                h, v = case, "center"
            else:
                h, v = "center", case
        else:                                   # its own align on the cross axis, the start on the main axis
            cross = own.case if isinstance(own, ir.EnumCase) else "center" if own is None else None
            h, v = (cross, "top") if name == "Column" else ("leading", cross)
        h, v = (h if width else "center"), (v if height else "center")   # an axis not stretched: no matter
        if h is None or v is None:              # a computed align on a stretched axis
            hc = self.arg_expr(own, ctx) if h is None else f".{h}"
            vc = self.arg_expr(own, ctx) if v is None else f".{v}"
            return f"Alignment(horizontal: {hc}, vertical: {vc})"
        if (h, v) == ("center", "center"):
            return None
        if "center" in (h, v):
            return "." + (v if h == "center" else h)
        return f".{v}{h[0].upper()}{h[1:]}"

    # ---- actions -----------------------------------------------------------------------

    def _closure_body(self, lam: ir.Lambda, ctx: _Ctx) -> str:
        w = CodeWriter(INDENT)
        self.actions(lam.body, w, ctx)
        return "\n".join(w.lines)

    def closure(self, lam: ir.Lambda, ctx: _Ctx) -> str:
        params = ", ".join("_" if p.name == "_" else ident(p.name) for p in lam.params)
        head = "{ " + (f"{params} in" if params else "")
        body = self._closure_body(lam, ctx)
        if not lam.body:
            return "{ " + (f"{params} in " if params else "") + "}"
        if "\n" not in body and len(lam.body) == 1 and len(body) <= 60 \
                and not isinstance(lam.body[0], (ir.IfAction, ir.NativeAction)):
            return "{ " + (f"{params} in " if params else "") + body + " }"
        return head.rstrip() + "\n" + indent_text(body) + "\n}"

    def lvalue(self, lv: ir.LValue, ctx: _Ctx) -> str:
        code = mident(lv.root)
        for step in lv.path:
            if isinstance(step, ir.FieldStep):
                code += "." + ident(step.name)
            else:
                code += f"[{self.expr(step.index, ctx)}]"
        return code

    def actions(self, acts: list[ir.Action], w: CodeWriter, ctx: _Ctx) -> None:
        for a in acts:
            self.action(a, w, ctx)

    def action(self, a: ir.Action, w: CodeWriter, ctx: _Ctx) -> None:
        if isinstance(a, ir.Assign):
            put(w, f"{self.lvalue(a.target, ctx)} {a.op} {self.texpr(a.value, ctx)}")
        elif isinstance(a, ir.ListAppend):
            put(w, f"{self.lvalue(a.target, ctx)}.append({self.expr(a.value, ctx)})")
        elif isinstance(a, ir.ListInsert):
            put(w, f"{self.lvalue(a.target, ctx)}.insert({self.expr(a.value, ctx)}, at: "
                   f"{self.expr(a.index, ctx)})")
        elif isinstance(a, ir.ListRemoveAt):
            put(w, f"{self.lvalue(a.target, ctx)}.remove(at: {self.expr(a.index, ctx)})")
        elif isinstance(a, ir.ListRemoveWhere):
            put(w, f"{self.lvalue(a.target, ctx)}.removeAll {{ {self.expr(a.predicate.body, ctx)} }}")
        elif isinstance(a, ir.ListClear):
            put(w, f"{self.lvalue(a.target, ctx)}.removeAll()")
        elif isinstance(a, ir.CallCallback):
            args = ", ".join(self.expr(x, ctx) for x in a.args)
            put(w, f"{self.expr(a.callee, ctx, P_ATOM)}({args})")
        elif isinstance(a, ir.Navigate):
            ctx.uses_router = True
            case = ident(lower_first(a.screen))
            args = [f"{mident(x.name)}: {self.texpr(x.value, ctx)}" for x in a.args
                    if not isinstance(x.value.type, (ir.TFunc, ir.TBinding))]
            route = f"Route.{case}" + (f"({', '.join(args)})" if args else "")
            put(w, f"router.path.append({route})")
        elif isinstance(a, ir.Back):
            ctx.uses_dismiss = True
            put(w, "dismiss()")
        elif isinstance(a, ir.IfAction):
            for i, b in enumerate(a.branches):
                cond = self.cond(b.cond, ctx)
                put(w, f"if {cond} {{" if i == 0 else f"}} else if {cond} {{")
                w.indent()
                self.actions(b.body, w, ctx)
                w.dedent()
            if a.else_body:
                put(w, "} else {")
                w.indent()
                self.actions(a.else_body, w, ctx)
                w.dedent()
            put(w, "}")
        elif isinstance(a, ir.LetAction):
            put(w, f"let {ident(a.name)}: {self.ty(a.type)} = {self.texpr(a.value, ctx)}")
        elif isinstance(a, ir.NativeAction):
            code = a.code.get("swiftui")
            if code is None:
                self.unsupported("a native action without `swiftui` code", a.span,
                                 "add `swiftui: \"...\"` to the native block")
                return
            put(w, code.strip("\n"))

    # ---- expressions -------------------------------------------------------------------

    def cond(self, e: ir.Expr, ctx: _Ctx) -> str:
        ctx.no_trailing += 1
        try:
            return self.expr(e, ctx)
        finally:
            ctx.no_trailing -= 1

    def arg_expr(self, e: ir.Expr, ctx: _Ctx) -> str:
        """An argument of a SwiftUI API whose type is known: implicit member syntax is fine."""
        if isinstance(e, ir.EnumCase):
            return "." + (M.ENUM_CASES[e.enum][e.case] if e.builtin else ident(e.case))
        if isinstance(e, ir.FontValue):
            return "." + self._font(e, ctx)
        if isinstance(e, ir.Conditional):
            return (f"{self.expr(e.cond, ctx, P_TERNARY + 1)} ? {self.arg_expr(e.then, ctx)} : "
                    f"{self.arg_expr(e.other, ctx)}")
        return self.texpr(e, ctx)

    def texpr(self, e: ir.Expr, ctx: _Ctx) -> str:
        """An expression whose Swift type is fixed by its context: integral Float literals
        are written as `8`, not `8.0` (Swift infers Double / CGFloat from the context)."""
        if isinstance(e, ir.Literal_) and e.lit == "float" and float(e.value).is_integer() \
                and abs(e.value) < 1e15:
            return str(int(e.value))
        if isinstance(e, ir.EnumCase) and not e.builtin:
            return "." + ident(e.case)
        return self.expr(e, ctx)

    def expr(self, e: ir.Expr, ctx: _Ctx, prec: int = 0) -> str:
        code, p = self._expr(e, ctx)
        return f"({code})" if p < prec else code

    def _font(self, e: ir.FontValue, ctx: _Ctx) -> str:
        size = self.texpr(e.size, ctx)
        w = e.weight
        if isinstance(w, ir.EnumCase) and w.case == "regular":
            return f"system(size: {size})"
        return f"system(size: {size}, weight: {self.arg_expr(w, ctx)})"

    def _closure_arg(self, body: ir.Expr, ctx: _Ctx) -> str:
        return "{ " + self.expr(body, ctx) + " }"

    def _call_with_closure(self, recv: str, method: str, closure: str, ctx: _Ctx) -> str:
        """`xs.filter { ... }`, or `xs.filter({ ... })` inside an `if` condition."""
        if ctx.no_trailing:
            return f"{recv}.{method}({closure})"
        return f"{recv}.{method} {closure}"

    def _expr(self, e: ir.Expr, ctx: _Ctx) -> tuple[str, int]:
        if isinstance(e, ir.Literal_):
            if e.lit == "string":
                return swift_str(e.value), P_ATOM
            if e.lit == "bool":
                return ("true" if e.value else "false"), P_ATOM
            if e.lit == "nil":
                return "nil", P_ATOM
            if e.lit == "color":
                self.hex_sources.add(e.span.file)
                return color_code(e.value), P_ATOM
            if e.lit == "int":
                return str(e.value), (P_PREFIX if e.value < 0 else P_ATOM)
            code = swift_float(e.value)
            return code, (P_PREFIX if code.startswith("-") else P_ATOM)
        if isinstance(e, ir.Interpolation):
            out = []
            for part in e.parts:
                if isinstance(part, ir.TextPart):
                    out.append(swift_escape(part.text))
                else:
                    out.append("\\(" + self._interp_part(part.expr, ctx) + ")")
            return '"' + "".join(out) + '"', P_ATOM
        if isinstance(e, ir.Ref):
            if e.ref == "it":
                return "$0", P_ATOM
            if e.name in ctx.subst and e.ref in ("param", "state", "let"):
                return ctx.subst[e.name], P_ATOM
            return (mident(e.name) if e.ref in MEMBER_REFS else ident(e.name)), P_ATOM
        if isinstance(e, ir.FieldGet):
            dot = "?." if e.optional and not e.chained else "."
            return f"{self.expr(e.obj, ctx, P_ATOM)}{dot}{ident(e.name)}", P_ATOM
        if isinstance(e, ir.IndexGet):
            return f"{self.expr(e.obj, ctx, P_ATOM)}[{self.expr(e.index, ctx)}]", P_ATOM
        if isinstance(e, ir.EnumCase):
            if e.builtin:
                return f"{M.ENUM_TYPES[e.enum]}.{M.ENUM_CASES[e.enum][e.case]}", P_ATOM
            return f"{type_name(e.enum)}.{ident(e.case)}", P_ATOM
        if isinstance(e, ir.ThemeToken):
            return f"Theme.{ident(e.name)}", P_ATOM
        if isinstance(e, ir.StringKey):
            return f"L10n.{ident(e.key)}", P_ATOM
        if isinstance(e, ir.Unary):
            positive = negated(e.operand) if e.op == "!" else None
            if positive is not None:        # `a != b`, not `!(a == b)`
                return self._expr(positive, ctx)
            return e.op + self.expr(e.operand, ctx, P_PREFIX), P_PREFIX
        if isinstance(e, ir.Binary):
            return self._binary(e, ctx)
        if isinstance(e, ir.Conditional):
            return (f"{self.expr(e.cond, ctx, P_TERNARY + 1)} ? {self.expr(e.then, ctx, P_TERNARY + 1)} : "
                    f"{self.expr(e.other, ctx, P_TERNARY)}"), P_TERNARY
        if isinstance(e, ir.ModelInit):
            # a field left at its default is left out: the memberwise initializer has the default too
            args = [f"{ident(f.name)}: {self.texpr(f.value, ctx)}" for f in e.fields if not f.is_default]
            return fmt_call(type_name(e.model), args), P_ATOM
        if isinstance(e, ir.FontValue):
            return "Font." + self._font(e, ctx), P_ATOM
        if isinstance(e, ir.ListLiteral):
            items = [self.texpr(x, ctx) for x in e.items]
            one = "[" + ", ".join(items) + "]"
            if len(one) <= 72 and "\n" not in one:
                return one, P_ATOM
            return "[\n" + ",\n".join(indent_text(i) for i in items) + ",\n]", P_ATOM
        if isinstance(e, ir.Predicate):
            return self._closure_arg(e.body, ctx), P_ATOM
        if isinstance(e, ir.MemberCall):
            return self._member(e, ctx), P_ATOM
        if isinstance(e, ir.IntToFloat):
            inner = e.expr
            if isinstance(inner, ir.Literal_) and inner.lit == "int":
                return str(inner.value), (P_PREFIX if inner.value < 0 else P_ATOM)
            return f"Double({self.expr(inner, ctx)})", P_ATOM
        if isinstance(e, ir.ToString):
            inner = e.expr
            if isinstance(inner.type, ir.TEnum):
                if inner.type.builtin:
                    return f"String(describing: {self.expr(inner, ctx)})", P_ATOM
                return f"{self.expr(inner, ctx, P_ATOM)}.rawValue", P_ATOM
            if inner.type == ir.STRING:
                return self._expr(inner, ctx)
            return f"String({self._interp_part(inner, ctx)})", P_ATOM
        if isinstance(e, ir.BindingOf):
            root = "$" + bare(mident(e.name))
            if e.target is not None:        # `$prefs.volume`: SwiftUI projects a binding to the path
                return root + self.lvalue(e.target, ctx)[len(mident(e.name)):], P_ATOM
            return root, P_ATOM
        if isinstance(e, ir.Lambda):
            return self.closure(e, ctx), P_ATOM
        raise AssertionError(f"unhandled expression {type(e).__name__}")  # pragma: no cover

    def _interp_part(self, e: ir.Expr, ctx: _Ctx) -> str:
        """An expression inside `\\( )`: ToString is implicit, except for enums (raw value)."""
        if isinstance(e, ir.ToString):
            inner = e.expr
            if isinstance(inner.type, ir.TEnum) and not inner.type.builtin:
                return f"{self.expr(inner, ctx, P_ATOM)}.rawValue"
            if isinstance(inner, ir.IntToFloat) and isinstance(inner.expr, ir.Literal_):
                return f"{inner.expr.value}.0"
            return self.expr(inner, ctx)
        if isinstance(e, ir.IntToFloat) and isinstance(e.expr, ir.Literal_):
            return f"{e.expr.value}.0"
        return self.expr(e, ctx)

    def _binary(self, e: ir.Binary, ctx: _Ctx) -> tuple[str, int]:
        op = e.op
        p = BIN_PREC[op]
        if op == "%" and e.type == ir.FLOAT:
            return (f"{self.expr(e.left, ctx, P_ATOM)}.truncatingRemainder(dividingBy: "
                    f"{self.expr(e.right, ctx)})"), P_ATOM
        if op == "??":
            lp, rp = p + 1, p
        elif p == P_CMP:
            lp, rp = p + 1, p + 1
        else:
            lp, rp = p, p + 1
        left, right = self.expr(e.left, ctx, lp), self.expr(e.right, ctx, rp)
        if op in ("==", "!=") and isinstance(e.right, ir.EnumCase) and not isinstance(e.left, ir.EnumCase):
            right = self.arg_expr(e.right, ctx)     # `x == .case`: the left side fixes the type
        return f"{left} {op} {right}", p

    def _member(self, e: ir.MemberCall, ctx: _Ctx) -> str:
        recv = self.expr(e.receiver, ctx, P_ATOM)
        m = e.member
        args = e.args
        simple = {"count": "count", "is_empty": "isEmpty", "first": "first", "last": "last",
                  "length": "count", "str_is_empty": "isEmpty"}
        if m in simple:
            return f"{recv}.{simple[m]}"
        if m in ("uppercased", "lowercased"):
            return f"{recv}.{m}()"
        if m == "trimmed":
            return f"{recv}.trimmingCharacters(in: .whitespacesAndNewlines)"
        if m in ("contains", "str_contains"):
            return f"{recv}.contains({self.expr(args[0], ctx)})"
        if m in ("count_where", "filter"):
            pred = self._pred_closure(args[0], ctx)
            call = self._call_with_closure(recv, "filter", pred, ctx)
            return call + ".count" if m == "count_where" else call
        if m == "any":
            pred = self._pred_closure(args[0], ctx)
            return f"{recv}.contains(where: {pred})"
        if m == "map":
            return self._call_with_closure(recv, "map", self._pred_closure(args[0], ctx), ctx)
        if m == "formatted":
            return f"{recv}.formatted(.number.precision(.fractionLength({self.expr(args[0], ctx)})))"
        if m == "int_formatted":
            return f"{recv}.formatted()"
        self.unsupported(f"the member '{m}'", e.span)
        return recv

    def _pred_closure(self, arg: ir.Expr, ctx: _Ctx) -> str:
        if isinstance(arg, ir.Predicate):
            return self._closure_arg(arg.body, ctx)
        return self.expr(arg, ctx)


BACKEND = SwiftUIBackend
