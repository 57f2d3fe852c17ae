"""AST -> typed IR. Name resolution, type checking and the language's rules.

The checker never raises on user errors: it reports a diagnostic, gives the
offending expression the error type (which silences follow-on errors) and
carries on, so one run reports every error. It returns a `Program` only when
there were no errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from xui import ast as A
from xui import ir
from xui.catalog import ELEMENT_ALIASES, ELEMENTS, ENUMS, MODIFIER_ALIASES, MODIFIERS, RESERVED_NAMES, RESERVED_TYPE_NAMES, TARGETS, THEME_KINDS, ElementSpec, \
    MemberSpec, ParamSpec, member_hint, members_for
from xui.diagnostics import (E_ACTION_CONTEXT, E_ARG_DUPLICATE, E_ARG_MISSING, E_ARG_POSITIONAL,
                             E_ARG_UNKNOWN, E_ARITY, E_BAD_KEY, E_BAD_OPERANDS, E_BINDING, E_BLOCK_PARAMS,
                             E_CHILDREN, E_DUPLICATE, E_EMPTY_LIST, E_EMPTY_ROOT, E_IMPLICIT_MEMBER, E_INDEX,
                             E_IT, E_LIST_KEY, E_MODIFIER, E_NAME_CASE, E_NATIVE, E_NAVIGATE, E_NIL,
                             E_NOT_ACTION, E_NOT_ASSIGNABLE, E_NOT_CALLABLE, E_NOT_LITERAL, E_OPTIONAL_MEMBER, E_RECURSIVE,
                             E_RESERVED, E_SCREEN_ROOT, E_SCREEN_USE, E_STATE_PLACEMENT, E_STRINGS_LOCALE,
                             E_THEME_KIND, E_THEME_VARIANT, E_RANGE, E_TYPE_MISMATCH, E_UNKNOWN_ELEMENT, E_UNKNOWN_MEMBER,
                             E_UNKNOWN_NAME, E_UNKNOWN_STRING, E_UNKNOWN_THEME, E_UNKNOWN_TYPE,
                             W_MISSING_TRANSLATION, W_NATIVE_MISSING, W_STATE_NEVER_SET, W_UNUSED_LET,
                             W_UNUSED_PARAM, W_UNUSED_STATE, DiagnosticSink, Related, did_you_mean)
from xui.parser import KEYWORDS
from xui.span import Span
from xui.types import PRIMS, catalog_type, is_equatable, is_error, is_numeric

ERR = ir.ERROR


# ---- scopes ------------------------------------------------------------------------

@dataclass
class Binding:
    name: str
    kind: str            # ir.RefKind
    type: ir.Type
    span: Span
    reads: int = 0
    writes: int = 0


@dataclass
class Scope:
    names: dict[str, Binding] = field(default_factory=dict)
    parent: "Scope | None" = None

    def lookup(self, name: str) -> Binding | None:
        s: Scope | None = self
        while s is not None:
            b = s.names.get(name)
            if b is not None:
                return b
            s = s.parent
        return None

    def all_names(self) -> list[str]:
        out: list[str] = []
        s: Scope | None = self
        while s is not None:
            out.extend(s.names)
            s = s.parent
        return out

    def child(self) -> "Scope":
        return Scope(parent=self)


@dataclass
class Ctx:
    """Where an expression is being checked."""
    scope: Scope
    file: str
    in_action: bool = False
    it_type: ir.Type | None = None
    const: bool = False          # defaults: no names at all


# Every name a model, enum or component may not take (the rules of Checker.collect: E0109, E0103),
# in one set: the Android importer names its declarations around them.
TAKEN_DECL_NAMES: frozenset[str] = (frozenset(KEYWORDS) | frozenset(RESERVED_NAMES) | frozenset(PRIMS)
                                    | frozenset(ENUMS) | {"Binding"} | RESERVED_TYPE_NAMES | frozenset(ELEMENTS))


class Checker:
    def __init__(self, modules: list[A.Module], sink: DiagnosticSink,
                 imports: dict[str, list[str]]) -> None:
        self.modules = modules
        self.sink = sink
        self.imports = imports              # file -> directly imported files (resolved)
        self.models: dict[str, A.Model] = {}
        self.enums: dict[str, A.Enum] = {}
        self.components: dict[str, A.Component] = {}
        self.decl_file: dict[str, str] = {}
        self.model_fields: dict[str, list[tuple[str, ir.Type, A.Field]]] = {}
        self.theme: dict[str, tuple[A.ThemeEntry, str]] = {}     # name -> (entry, file)
        self.theme_ir: dict[str, ir.ThemeTokenDecl] = {}
        self.string_keys: dict[str, tuple[A.StringEntry, str]] = {}
        self.comp_sigs: dict[str, list[tuple[str, ir.Type, A.Param]]] = {}
        self.uses: dict[str, list[tuple[str, Span]]] = {}        # component -> used components
        self._visible_cache: dict[str, set[str]] = {}

    # ---- helpers ----
    def err(self, code: str, msg: str, span: Span | None, hint: str | None = None,
            related: Iterable[Related] = ()) -> None:
        self.sink.error(code, msg, span, hint, list(related))

    def visible_files(self, file: str) -> set[str]:
        cached = self._visible_cache.get(file)
        if cached is not None:
            return cached
        seen = {file}
        stack = [file]
        while stack:
            f = stack.pop()
            for g in self.imports.get(f, []):
                if g not in seen:
                    seen.add(g)
                    stack.append(g)
        self._visible_cache[file] = seen
        return seen

    def visible(self, name: str, file: str) -> bool:
        return self.decl_file.get(name) in self.visible_files(file)

    def import_hint(self, name: str, file: str) -> str | None:
        owner = self.decl_file.get(name)
        if owner and owner not in self.visible_files(file):
            return f"'{name}' is declared in {owner}; import it"
        return None

    # ---- entry ----
    def run(self) -> ir.Program | None:
        self.collect()
        self.check_models()
        self.check_theme()
        self.check_strings()
        for c in self.components.values():
            self.comp_sigs[c.name] = self.component_signature(c)
        components = [self.check_component(c) for c in self.components.values()]
        self.check_recursion()
        if self.sink.has_errors:
            return None
        files = []
        for m in sorted(self.modules, key=lambda m: m.path):
            files.append(ir.SourceFile.model_construct(
                path=m.path, imports=sorted(self.imports.get(m.path, [])),
                models=[d.name for d in m.items if isinstance(d, A.Model)],
                enums=[d.name for d in m.items if isinstance(d, A.Enum)],
                components=[d.name for d in m.items if isinstance(d, A.Component)],
                has_theme=any(isinstance(d, A.Theme) for d in m.items),
                has_strings=any(isinstance(d, A.Strings) for d in m.items)))
        return ir.Program.model_construct(
            files=files,
            models=[self.model_ir(m) for m in self.models.values()],
            enums=[ir.EnumDecl.model_construct(name=e.name, cases=[c.name for c in e.cases], span=e.span)
                   for e in self.enums.values()],
            components=[c for c in components if c is not None],
            theme=list(self.theme_ir.values()),
            strings=self.string_tables)

    # ---- declarations ----
    def collect(self) -> None:
        seen: dict[str, Span] = {}
        for m in sorted(self.modules, key=lambda m: m.path):
            for d in m.items:
                if isinstance(d, (A.Model, A.Enum, A.Component)):
                    self.check_case(d.name, d.name_span, upper=True,
                                    what={A.Model: "model", A.Enum: "enum"}.get(type(d), d.kind if isinstance(d, A.Component) else ""))
                    if d.name in KEYWORDS:
                        self.err(E_RESERVED, f"'{d.name}' is a keyword", d.name_span)
                        continue
                    if d.name in RESERVED_NAMES or d.name in PRIMS or d.name in ENUMS or d.name == "Binding":
                        self.err(E_RESERVED, f"'{d.name}' is a built-in name", d.name_span)
                        continue
                    if d.name in RESERVED_TYPE_NAMES and d.name not in ELEMENTS:
                        self.err(E_RESERVED, f"'{d.name}' clashes with a platform or generated name on "
                                 "some target", d.name_span, f"rename it, e.g. 'App{d.name}'")
                        continue
                    if d.name in ELEMENTS:
                        self.err(E_DUPLICATE, f"'{d.name}' is already a built-in element", d.name_span,
                                 f"rename it, e.g. '{d.name}View' or 'App{d.name}'")
                        continue
                    if d.name in seen:
                        self.err(E_DUPLICATE, f"'{d.name}' is declared twice", d.name_span,
                                 related=[Related(seen[d.name], "first declared here")])
                        continue
                    seen[d.name] = d.name_span
                    self.decl_file[d.name] = m.path
                    if isinstance(d, A.Model):
                        self.models[d.name] = d
                    elif isinstance(d, A.Enum):
                        self.enums[d.name] = d
                    else:
                        self.components[d.name] = d

    def check_case(self, name: str, span: Span, upper: bool, what: str) -> None:
        first = name.lstrip("_")[:1]
        if not first:
            return
        if upper and not first.isupper():
            self.err(E_NAME_CASE, f"{what} name '{name}' must start with an upper-case letter", span,
                     f"write '{name[0].upper() + name[1:]}'")
        elif not upper and not first.islower():
            self.err(E_NAME_CASE, f"{what} name '{name}' must start with a lower-case letter", span,
                     f"write '{name[0].lower() + name[1:]}'")

    def check_local_name(self, name: str, span: Span, what: str) -> bool:
        if name in KEYWORDS:
            self.err(E_RESERVED, f"'{name}' is a keyword and cannot name a {what}", span)
            return False
        if name in RESERVED_NAMES:
            self.err(E_RESERVED, f"'{name}' is reserved and cannot name a {what}", span)
            return False
        self.check_case(name, span, upper=False, what=what)
        return True

    def resolve_type(self, t: A.TypeExpr | None, file: str) -> ir.Type:
        if t is None:
            return ERR
        if isinstance(t, A.NamedType):
            if t.name in PRIMS:
                if t.name == "Void":
                    self.err(E_UNKNOWN_TYPE, "Void is only a callback result", t.span)
                    return ERR
                return PRIMS[t.name]
            if t.name in self.models and self.visible(t.name, file):
                return ir.TModel.model_construct(name=t.name)
            if t.name in self.enums and self.visible(t.name, file):
                return ir.TEnum.model_construct(name=t.name)
            hint = self.import_hint(t.name, file) or did_you_mean(
                t.name, [*PRIMS, *(n for n in self.models if self.visible(n, file)),
                         *(n for n in self.enums if self.visible(n, file))])
            self.err(E_UNKNOWN_TYPE, f"unknown type '{t.name}'", t.span, hint)
            return ERR
        if isinstance(t, A.ListType):
            e = self.resolve_type(t.elem, file)
            return ERR if is_error(e) else ir.TList.model_construct(elem=e)
        if isinstance(t, A.OptionalType):
            inner = self.resolve_type(t.inner, file)
            if isinstance(inner, (ir.TOptional, ir.TBinding)):
                self.err(E_UNKNOWN_TYPE, f"'{inner}?' is not allowed", t.span)
                return ERR
            return ERR if is_error(inner) else ir.TOptional.model_construct(inner=inner)
        if isinstance(t, A.GenericType):
            if t.name != "Binding":
                self.err(E_UNKNOWN_TYPE, f"unknown generic type '{t.name}'", t.span,
                         "the only generic type is Binding<T>")
                return ERR
            inner = self.resolve_type(t.arg, file)
            return ERR if is_error(inner) else ir.TBinding.model_construct(inner=inner)
        if isinstance(t, A.FuncType):
            if not (isinstance(t.result, A.NamedType) and t.result.name == "Void"):
                self.err(E_UNKNOWN_TYPE, "callbacks return Void", t.result.span,
                         "write '(A) -> Void'; derived values are `let`s")
                return ERR
            params = [self.resolve_type(p, file) for p in t.params]
            if any(is_error(p) for p in params):
                return ERR
            for p, pt in zip(params, t.params):
                if isinstance(p, (ir.TBinding, ir.TFunc)):
                    self.err(E_UNKNOWN_TYPE, f"a callback cannot take '{p}'", pt.span)
                    return ERR
            return ir.TFunc.model_construct(params=params)
        raise AssertionError(f"unhandled type syntax {t!r}")

    def check_models(self) -> None:
        for m in self.models.values():
            fields: list[tuple[str, ir.Type, A.Field]] = []
            seen: dict[str, Span] = {}
            for f in m.fields:
                self.check_local_name(f.name, f.name_span, "field")
                if f.name in seen:
                    self.err(E_DUPLICATE, f"field '{f.name}' is declared twice", f.name_span,
                             related=[Related(seen[f.name], "first declared here")])
                    continue
                seen[f.name] = f.name_span
                t = self.resolve_type(f.type, m.span.file)
                if isinstance(t, (ir.TFunc, ir.TBinding)):
                    self.err(E_UNKNOWN_TYPE, f"model fields cannot have type '{t}'", f.type.span)
                    t = ERR
                fields.append((f.name, t, f))
            self.model_fields[m.name] = fields
        # recursive models (a model containing itself, not through a list) cannot be built
        for m in self.models.values():
            for name, t, f in self.model_fields[m.name]:
                if isinstance(t, (ir.TModel, ir.TOptional)) and self._contains_model(t, m.name, set()):
                    self.err(E_RECURSIVE, f"model '{m.name}' contains itself through '{name}'", f.span,
                             "use a list [T] for recursive data")

    def _contains_model(self, t: ir.Type, target: str, seen: set[str]) -> bool:
        if isinstance(t, ir.TOptional):
            t = t.inner
        if not isinstance(t, ir.TModel):
            return False
        if t.name == target:
            return True
        if t.name in seen:
            return False
        seen.add(t.name)
        return any(self._contains_model(ft, target, seen) for _, ft, _ in self.model_fields.get(t.name, []))

    def model_ir(self, m: A.Model) -> ir.Model:
        out = []
        for name, t, f in self.model_fields[m.name]:
            default = None
            if f.default is not None:
                default = self.check_expr(f.default, Ctx(Scope(), m.span.file, const=True), t)
            out.append(ir.ModelField.model_construct(name=name, type=t, default=default, span=f.span))
        return ir.Model.model_construct(name=m.name, fields=out, span=m.span)

    def check_theme(self) -> None:
        variants: list[tuple[A.Theme, str]] = []
        for m in sorted(self.modules, key=lambda m: m.path):
            for d in m.items:
                if not isinstance(d, A.Theme):
                    continue
                if d.variant is not None:
                    variants.append((d, m.path))
                    continue
                for e in d.entries:
                    if e.kind not in THEME_KINDS:
                        self.err(E_THEME_KIND, f"unknown theme token kind '{e.kind}'", e.kind_span,
                                 did_you_mean(e.kind, THEME_KINDS) or
                                 "kinds: " + ", ".join(THEME_KINDS))
                        continue
                    self.check_local_name(e.name, e.name_span, "theme token")
                    if e.name in self.theme:
                        self.err(E_DUPLICATE, f"theme token '{e.name}' is declared twice", e.name_span,
                                 related=[Related(self.theme[e.name][0].name_span, "first declared here")])
                        continue
                    self.theme[e.name] = (e, m.path)
                    t = PRIMS[THEME_KINDS[e.kind]]
                    value = self.check_expr(e.value, Ctx(Scope(), m.path, const=True), t)
                    self.theme_ir[e.name] = ir.ThemeTokenDecl.model_construct(name=e.name, token_kind=e.kind, type=t,
                                                              value=value, span=e.span)
        seen: dict[str, A.ThemeEntry] = {}      # dark values given, across every `theme dark` block
        for d, path in variants:
            self.check_dark_theme(d, path, seen)

    def check_dark_theme(self, d: A.Theme, path: str, seen: dict[str, A.ThemeEntry]) -> None:
        """`theme dark { color surface = #121212 }`: Dark Mode values of default-theme colors."""
        if d.variant != "dark":
            self.err(E_THEME_VARIANT, f"unknown theme variant '{d.variant}'", d.variant_span,
                     "the variant is `theme dark { ... }` (the colors of Dark Mode)")
            return
        for e in d.entries:
            base = self.theme_ir.get(e.name)
            if e.kind != "color":
                self.err(E_THEME_VARIANT, f"only colors change in Dark Mode, not a '{e.kind}'", e.kind_span,
                         f"move `{e.kind} {e.name}` to the default `theme {{ }}`")
                continue
            if base is None:
                names = [n for n, t in self.theme_ir.items() if t.token_kind == "color"]
                self.err(E_THEME_VARIANT, f"'{e.name}' is not a color of the default theme", e.name_span,
                         did_you_mean(e.name, names) or f"declare `color {e.name} = ...` in `theme {{ }}` first")
                continue
            if base.token_kind != "color":
                self.err(E_THEME_VARIANT, f"'{e.name}' is a {base.token_kind} token, not a color", e.name_span)
                continue
            if e.name in seen:
                self.err(E_DUPLICATE, f"'{e.name}' has two Dark Mode values", e.name_span,
                         related=[Related(seen[e.name].name_span, "first given here")])
                continue
            seen[e.name] = e
            value = self.check_expr(e.value, Ctx(Scope(), path, const=True), ir.COLOR)
            # both values become platform color resources (an asset catalog entry, color.json)
            bad = next((v for v in (value, base.value) if not (isinstance(v, ir.Literal_) and v.lit == "color")), None)
            if bad is not None and bad.type == ir.COLOR:
                self.err(E_THEME_VARIANT, "a color with a Dark Mode value must be a color literal",
                         bad.span, "write `#RRGGBB` or `#AARRGGBB` in both `theme { }` and `theme dark { }`")
                continue
            self.theme_ir[e.name] = base.model_copy(update={"dark": value})

    def check_strings(self) -> None:
        default: dict[str, A.StringEntry] = {}
        locales: dict[str, dict[str, A.StringEntry]] = {}
        tables: list[tuple[str | None, A.Strings, str]] = []
        for m in sorted(self.modules, key=lambda m: m.path):
            for d in m.items:
                if isinstance(d, A.Strings):
                    tables.append((d.locale, d, m.path))
        for locale, d, path in tables:
            target = default if locale is None else locales.setdefault(locale, {})
            for e in d.entries:
                self.check_local_name(e.key, e.key_span, "string key")
                if e.key in target:
                    self.err(E_DUPLICATE, f"string key '{e.key}' is declared twice"
                             + (f" in locale '{locale}'" if locale else ""), e.key_span,
                             related=[Related(target[e.key].key_span, "first declared here")])
                    continue
                if any(not isinstance(p, str) for p in e.value.parts):
                    self.err(E_TYPE_MISMATCH, "string table entries cannot interpolate", e.value.span,
                             f"keep the entry constant and put the value beside it where it is used: "
                             f"`\"{{strings.{e.key}}} {{name}}\"` (or write \\{{ for a literal brace)")
                target[e.key] = e
                if locale is None:
                    self.string_keys[e.key] = (e, path)
        for locale, table in locales.items():
            for key, e in table.items():
                if key not in default:
                    self.err(E_STRINGS_LOCALE, f"'{key}' is not in the default strings table", e.key_span,
                             did_you_mean(key, default))
            first = next(iter(table.values()), None)
            for key, e in default.items():
                if key not in table and first is not None:
                    self.sink.warning(W_MISSING_TRANSLATION, f"locale '{locale}' has no '{key}'", e.key_span)
        self.string_tables = []
        if default:
            first = next(iter(default.values()))
            self.string_tables.append(ir.StringTable.model_construct(
                locale=None, span=first.span,
                entries=[ir.StringEntry.model_construct(key=k, text="".join(p for p in e.value.parts if isinstance(p, str)),
                                        span=e.span) for k, e in default.items()]))
        for locale in sorted(locales):
            table = locales[locale]
            if not table:
                continue
            first = next(iter(table.values()))
            self.string_tables.append(ir.StringTable.model_construct(
                locale=locale, span=first.span,
                entries=[ir.StringEntry.model_construct(key=k, text="".join(p for p in e.value.parts if isinstance(p, str)),
                                        span=e.span) for k, e in table.items() if k in default]))

    # ---- components ----
    def component_signature(self, c: A.Component) -> list[tuple[str, ir.Type, A.Param]]:
        out = []
        seen: dict[str, Span] = {}
        for p in c.params or []:
            self.check_local_name(p.name, p.name_span, "parameter")
            if p.name in seen:
                self.err(E_DUPLICATE, f"parameter '{p.name}' is declared twice", p.name_span,
                         related=[Related(seen[p.name], "first declared here")])
                continue
            seen[p.name] = p.name_span
            t = self.resolve_type(p.type, c.span.file)
            out.append((p.name, t, p))
        return out

    def check_component(self, c: A.Component) -> ir.Component | None:
        file = c.span.file
        scope = Scope()
        params_ir = []
        for name, t, p in self.comp_sigs[c.name]:
            default = None
            if p.default is not None:
                if isinstance(t, ir.TBinding):
                    self.err(E_BINDING, "a Binding parameter cannot have a default", p.default.span)
                else:
                    default = self.check_expr(p.default, Ctx(Scope(), file, const=True), t)
            scope.names[name] = Binding(name, "param", t, p.name_span)
            params_ir.append(ir.Param.model_construct(name=name, type=t, default=default, span=p.span))
        if c.kind == "screen":
            for name, t, p in self.comp_sigs[c.name]:
                if isinstance(t, (ir.TBinding, ir.TFunc)) or (isinstance(t, ir.TOptional)
                                                             and isinstance(t.inner, ir.TFunc)):
                    self.err(E_NAVIGATE, f"screen parameter '{name}' cannot be a {('binding' if isinstance(t, ir.TBinding) else 'callback')}",
                             p.type.span, "screens are navigation destinations; pass plain values")
        states: list[ir.State] = []
        lets: list[ir.Let] = []
        roots: list[A.Node] = []
        ctx = Ctx(scope, file)
        seen_view = False
        self.current = c.name
        self.uses[c.name] = []
        for item in c.body:
            if isinstance(item, (A.StateDecl, A.LetDecl)):
                kind = "state" if isinstance(item, A.StateDecl) else "let"
                if seen_view:
                    self.err(E_STATE_PLACEMENT, f"`{kind}` must come before the elements of '{c.name}'",
                             item.span)
                if not self.check_local_name(item.name, item.name_span, kind):
                    continue
                prev = scope.names.get(item.name)
                declared = self.resolve_type(item.type, file) if item.type is not None else None
                value = self.check_expr(item.value, ctx, declared)
                t = declared if declared is not None else self.infer_decl_type(value, item)
                if prev is not None:
                    self.err(E_DUPLICATE, f"'{item.name}' is already declared", item.name_span,
                             related=[Related(prev.span, "first declared here")])
                    continue
                if isinstance(t, ir.TFunc) or isinstance(t, ir.TBinding):
                    self.err(E_TYPE_MISMATCH, f"a {kind} cannot hold a '{t}'", item.value.span)
                scope.names[item.name] = Binding(item.name, kind, t, item.name_span)
                if kind == "state":
                    states.append(ir.State.model_construct(name=item.name, type=t, init=value, span=item.span))
                else:
                    lets.append(ir.Let.model_construct(name=item.name, type=t, value=value, span=item.span))
            else:
                seen_view = True
                roots.append(item)
        views = self.check_body(roots, ctx, top=True)
        body = None
        if not roots:
            self.err(E_EMPTY_ROOT, f"'{c.name}' has no root element", c.name_span,
                     "add an element such as Column { ... }")
        elif len(roots) > 1:
            self.err(E_SCREEN_ROOT, f"'{c.name}' has {len(roots)} root elements", roots[1].span,
                     "wrap them in a Column, Row or Stack")
        elif not isinstance(roots[0], A.Element):
            self.err(E_SCREEN_ROOT, "the root of a component must be an element, not an `if` or `native`",
                     roots[0].span, "wrap it in a Column, Row or Stack")
        elif views:
            body = views[0]
        for b in scope.names.values():
            if b.kind == "state":
                if b.reads == 0 and b.writes == 0:
                    self.sink.warning(W_UNUSED_STATE, f"state '{b.name}' is never used", b.span)
                elif b.writes == 0:
                    self.sink.warning(W_STATE_NEVER_SET, f"state '{b.name}' is never changed", b.span,
                                      "make it a `let`")
            elif b.kind == "let" and b.reads == 0:
                self.sink.warning(W_UNUSED_LET, f"let '{b.name}' is never used", b.span)
        if body is None or self.sink.has_errors:
            return None
        return ir.Component.model_construct(name=c.name, kind=c.kind, params=params_ir, states=states, lets=lets,
                            body=body, span=c.span)

    def infer_decl_type(self, value: ir.Expr, item: A.StateDecl | A.LetDecl) -> ir.Type:
        t = value.type
        if isinstance(t, ir.TNil):
            self.err(E_NIL, "cannot infer a type from nil", item.value.span,
                     f"declare it: `{'state' if isinstance(item, A.StateDecl) else 'let'} {item.name}: T? = nil`")
            return ERR
        if isinstance(t, ir.TList) and isinstance(t.elem, ir.TNil):
            self.err(E_EMPTY_LIST, "cannot infer the type of an empty list", item.value.span,
                     f"declare it: `state {item.name}: [T] = []`")
            return ERR
        return t

    def check_recursion(self) -> None:
        state: dict[str, int] = {}

        def visit(name: str, stack: list[str]) -> None:
            state[name] = 1
            for used, span in self.uses.get(name, []):
                if state.get(used) == 1:
                    self.err(E_RECURSIVE, f"component '{used}' uses itself: "
                             + " -> ".join(stack[stack.index(used):] + [used]), span)
                elif used not in state:
                    visit(used, stack + [used])
            state[name] = 2

        for name in self.components:
            if name not in state:
                visit(name, [name])

    # ---- views ----
    def check_body(self, items: list, ctx: Ctx, top: bool = False) -> list[ir.View]:
        out: list[ir.View] = []
        for item in items:
            v = self.check_view(item, ctx)
            if v is not None:
                out.append(v)
        return out

    def check_view(self, item, ctx: Ctx) -> ir.View | None:
        if isinstance(item, (A.StateDecl, A.LetDecl)):
            kind = "state" if isinstance(item, A.StateDecl) else "let"
            self.err(E_STATE_PLACEMENT, f"`{kind}` is only allowed at the top of a component or screen",
                     item.span, "move it to the top of the component body")
            return None
        if isinstance(item, A.IfView):
            branches = []
            for cond, body in item.branches:
                c = self.check_expr(cond, ctx, ir.BOOL)
                branches.append(ir.ViewBranch.model_construct(cond=c, body=self.check_body(body, ctx)))
            else_body = self.check_body(item.else_body, ctx) if item.else_body is not None else None
            return ir.IfView.model_construct(branches=branches, else_body=else_body, span=item.span)
        if isinstance(item, A.Native):
            return ir.NativeView.model_construct(code=self.check_native(item), span=item.span)
        assert isinstance(item, A.Element)
        spec = ELEMENTS.get(item.name)
        if spec is not None:
            return self.check_element(item, spec, ctx)
        comp = self.components.get(item.name)
        if comp is not None and self.visible(item.name, ctx.file):
            return self.check_component_use(item, comp, ctx)
        if item.name in self.models:
            self.err(E_UNKNOWN_ELEMENT, f"'{item.name}' is a model, not an element", item.name_span)
            return None
        alias = ELEMENT_ALIASES.get(item.name)
        hint = self.import_hint(item.name, ctx.file) or (f"xui calls it `{alias}`" if alias else did_you_mean(
            item.name, [*ELEMENTS, *(n for n in self.components if self.visible(n, ctx.file))]))
        self.err(E_UNKNOWN_ELEMENT, f"unknown element '{item.name}'", item.name_span, hint)
        return None

    def check_native(self, item: A.Native) -> dict[str, str]:
        code: dict[str, str] = {}
        for e in item.entries:
            if e.target not in TARGETS:
                self.err(E_NATIVE, f"unknown target '{e.target}'", e.span,
                         did_you_mean(e.target, TARGETS) or "targets: " + ", ".join(TARGETS))
                continue
            if e.target in code:
                self.err(E_DUPLICATE, f"native code for '{e.target}' is given twice", e.span)
                continue
            code[e.target] = "".join(p for p in e.code.parts if isinstance(p, str))
        missing = [t for t in TARGETS if t not in code]
        if missing and code:
            self.sink.warning(W_NATIVE_MISSING, "native block has no code for " + ", ".join(missing),
                              item.span)
        elif not code:
            self.err(E_NATIVE, "empty native block", item.span)
        return code

    def match_args(self, args: list[A.Arg], params: tuple[ParamSpec, ...] | list[ParamSpec], what: str,
                   span: Span, requires_one_of: tuple[str, ...] = ()) -> dict[str, A.Arg]:
        by_name = {p.name: p for p in params}
        got: dict[str, A.Arg] = {}
        unlabelled = False          # an argument was not matched: a missing one is not reported too
        for i, a in enumerate(args):
            if a.label is None:
                if i == 0 and params and params[0].positional:
                    name = params[0].name
                else:
                    labels = ", ".join(f"{p.name}:" for p in params if p.name not in got) or "none"
                    texts = [p for p in params if p.type == "String" and p.name not in got
                             and not any(b.label == p.name for b in args)]
                    hint = (f"label it: `{texts[0].name}: ...`" if isinstance(a.value, A.StrLit) and len(texts) == 1
                            else f"labels: {labels}")
                    self.err(E_ARG_POSITIONAL, f"argument {i + 1} of {what} needs a label", a.span, hint)
                    unlabelled = True
                    continue
            else:
                name = a.label
                if name not in by_name:
                    # `Image(systemName: ...)`: one unknown label and one required argument missing
                    missing = [p.name for p in params if p.required and not any(b.label == p.name for b in args)
                               and not (p.positional and args and args[0].label is None)]
                    self.err(E_ARG_UNKNOWN, f"{what} has no argument '{name}'", a.label_span,
                             did_you_mean(name, by_name) or
                             (f"did you mean '{missing[0]}'?" if len(missing) == 1 else None) or
                             ("labels: " + ", ".join(by_name) if by_name else f"{what} takes no arguments"))
                    unlabelled = True
                    continue
            if name in got:
                self.err(E_ARG_DUPLICATE, f"argument '{name}' is given twice", a.label_span or a.span)
                continue
            got[name] = a
        for p in params:
            if p.required and p.name not in got and not unlabelled:   # (one mistake, one error)
                self.err(E_ARG_MISSING, f"{what} needs argument '{p.name}'", span,
                         f"add `{p.name}: ...`" if not p.positional else None)
        if requires_one_of and not any(n in got for n in requires_one_of):
            self.err(E_ARG_MISSING, f"{what} needs one of: " + ", ".join(requires_one_of), span)
        return got

    def check_element(self, item: A.Element, spec: ElementSpec, ctx: Ctx) -> ir.View | None:
        what = f"'{spec.name}'"
        args = item.args or []
        got = self.match_args(args, spec.params, what, item.name_span)
        out_args: list[ir.Arg] = []
        item_type: ir.Type | None = None
        key: str | None = None
        for p in spec.params:
            a = got.get(p.name)
            if a is None:
                continue
            if isinstance(a.value, A.ActionBlock) and not p.type.startswith("("):
                self.err(E_ACTION_CONTEXT, f"argument '{p.name}' of {what} is not an action", a.value.span)
                continue
            if p.type == "[T]":
                v = self.check_expr(a.value, ctx, None)
                if not is_error(v.type) and not isinstance(v.type, ir.TList):
                    self.err(E_TYPE_MISMATCH, f"{what} needs a list, found '{v.type}'", a.value.span)
                    v = v.model_copy(update={"type": ERR})
                item_type = v.type.elem if isinstance(v.type, ir.TList) else ERR
                out_args.append(ir.Arg.model_construct(name=p.name, value=v, span=a.span))
            elif p.type == "KeyPath<T>":
                key = self.check_key(a.value, item_type)
            else:
                v = self.check_arg_value(a.value, catalog_type(p.type), ctx, f"argument '{p.name}' of {what}")
                out_args.append(ir.Arg.model_construct(name=p.name, value=v, span=a.span))
                low = _literal_number(v)
                if p.minimum is not None and low is not None and low < p.minimum:
                    self.err(E_RANGE, f"'{p.name}' of {what} must be at least {p.minimum}, found {low:g}", a.value.span)
        children: list[ir.View] = []
        item_var = index_var = None
        if spec.children == "item":
            if "key" not in got:
                self.err(E_LIST_KEY, f"{what} needs `key:` to give items a stable identity", item.name_span,
                         "add `key: .id` (a field of the item model)")
            if item.children is None:
                self.err(E_CHILDREN, f"{what} needs a block `{{ item -> ... }}`", item.span)
            else:
                params = item.children.params
                if not 1 <= len(params) <= 2:
                    self.err(E_BLOCK_PARAMS, f"{what} block takes `item ->` or `item, index ->`",
                             item.children.span)
                scope = ctx.scope.child()
                if params:
                    it = params[0]
                    if self.check_local_name(it.name, it.span, "item"):
                        self.shadow_check(it, ctx.scope)
                        scope.names[it.name] = Binding(it.name, "item", item_type or ERR, it.span)
                        item_var = ir.LocalVar.model_construct(name=it.name, type=item_type or ERR, span=it.span)
                    if len(params) > 1:
                        ix = params[1]
                        if self.check_local_name(ix.name, ix.span, "index"):
                            self.shadow_check(ix, ctx.scope)
                            scope.names[ix.name] = Binding(ix.name, "index", ir.INT, ix.span)
                            index_var = ir.LocalVar.model_construct(name=ix.name, type=ir.INT, span=ix.span)
                sub = Ctx(scope, ctx.file)
                children = self.check_body(item.children.body, sub)
                if len(params) > 1 and params[1].name in scope.names and scope.names[params[1].name].reads == 0:
                    self.sink.warning(W_UNUSED_PARAM, f"index '{params[1].name}' is never used", params[1].span,
                                      "drop it: `{ item -> ... }`")
        elif item.children is not None:
            if spec.children == "none":
                self.err(E_CHILDREN, f"{what} does not take a child block", item.children.span)
            elif item.children.params:
                self.err(E_BLOCK_PARAMS, f"{what} block takes no parameters", item.children.span)
            else:
                children = self.check_body(item.children.body, ctx)
        if spec.children == "optional_views":
            if item.children is None and "label" not in got:
                self.err(E_ARG_MISSING, f"{what} needs a label or a child block", item.name_span)
            elif item.children is not None and "label" in got:
                self.err(E_CHILDREN, f"{what} takes a label or a child block, not both", item.children.span)
        if spec.name in ("Toggle", "Checkbox") and "isOn" in got and "onChange" not in got \
                and _binding_root(got["isOn"].value) is None:
            v = got["isOn"].value
            b = ctx.scope.lookup(v.name) if isinstance(v, A.Var) else None
            bindable = b is not None and (b.kind == "state" or (b.kind == "param" and isinstance(b.type, ir.TBinding)))
            self.err(E_ARG_MISSING, f"{what} with a plain value needs `onChange:`", got["isOn"].span,
                     f"bind it instead: `isOn: ${v.name}`" if bindable else "bind it instead: `isOn: $flag`")
        if spec.name == "ForEach" and item.modifiers:
            self.err(E_MODIFIER, "'ForEach' takes no modifiers", item.modifiers[0].name_span,
                     "ForEach repeats its block inside the parent; put modifiers on the elements "
                     "inside the block or on the parent container")
        mods = self.check_modifiers(item.modifiers, ctx, spec.text_like, what, element=spec.name)
        return ir.ElementView.model_construct(name=spec.name, args=out_args, children=children, modifiers=mods,
                              item=item_var, index=index_var, key=key, span=item.span)

    def shadow_check(self, n: A.Name, scope: Scope) -> None:
        prev = scope.lookup(n.name)
        if prev is not None:
            self.err(E_DUPLICATE, f"'{n.name}' is already declared in this scope", n.span,
                     related=[Related(prev.span, "declared here")])

    def check_key(self, value, item_type: ir.Type | None) -> str | None:
        if not isinstance(value, A.ImplicitMember):
            self.err(E_BAD_KEY, "a key is written `.field`", value.span, "e.g. `key: .id`")
            return None
        if item_type is None or is_error(item_type):
            return None
        if value.name == "self":
            if item_type in (ir.STRING, ir.INT) or isinstance(item_type, ir.TEnum):
                return None
            self.err(E_BAD_KEY, f"`.self` is not a stable key for '{item_type}'", value.span,
                     "key a list of models by a field: `key: .id`")
            return None
        if not isinstance(item_type, ir.TModel):
            self.err(E_BAD_KEY, f"items of type '{item_type}' have no field '{value.name}'", value.span,
                     "use `key: .self` for lists of String, Int or enum")
            return None
        fields = {n: t for n, t, _ in self.model_fields.get(item_type.name, [])}
        if value.name not in fields:
            self.err(E_BAD_KEY, f"'{item_type.name}' has no field '{value.name}'", value.span,
                     did_you_mean(value.name, fields))
            return None
        ft = fields[value.name]
        if not (ft in (ir.STRING, ir.INT) or isinstance(ft, ir.TEnum)):
            self.err(E_BAD_KEY, f"key field '{value.name}' has type '{ft}'", value.span,
                     "keys are Int, String or enum fields")
            return None
        return value.name

    def check_modifiers(self, mods: list[A.Modifier], ctx: Ctx, text_like: bool, what: str,
                        component: bool = False, element: str | None = None) -> list[ir.ModifierUse]:
        out = []
        for m in mods:
            spec = MODIFIERS.get(m.name)
            if spec is None:
                alias = MODIFIER_ALIASES.get(m.name)
                self.err(E_MODIFIER, f"unknown modifier '.{m.name}'", m.name_span,
                         f"xui writes it `.{alias}`" if alias else did_you_mean(m.name, MODIFIERS))
                continue
            if spec.text_only and not text_like:
                self.err(E_MODIFIER, f"'.{m.name}' applies to text elements, not {what}", m.name_span,
                         "apply it to the Text, Button or TextField inside")
                continue
            if spec.only_on and element not in spec.only_on:
                inside = element is None or ELEMENTS[element].children != "none"
                self.err(E_MODIFIER, f"'.{m.name}' applies to {_either([repr(n) for n in spec.only_on])}, not {what}",
                         m.name_span, f"apply it to the {_either(list(spec.only_on))} inside" if inside else None)
                continue
            if spec.action:
                if m.args:
                    self.err(E_ARG_UNKNOWN, f"'.{m.name}' takes an action block, not arguments", m.span,
                             f"write `.{m.name} {{ ... }}`")
                if m.action is None:
                    self.err(E_ARG_MISSING, f"'.{m.name}' needs an action block", m.span,
                             f"write `.{m.name} {{ ... }}`")
                    continue
                lam = self.check_lambda(m.action, ir.TFunc.model_construct(params=[]), ctx)
                out.append(ir.ModifierUse.model_construct(name=m.name, args=[ir.Arg.model_construct(name="action", value=lam, span=m.action.span)],
                                          span=m.span))
                continue
            if m.action is not None:
                self.err(E_ACTION_CONTEXT, f"'.{m.name}' does not take an action block", m.action.span)
            got = self.match_args(m.args or [], spec.params, f"'.{m.name}'", m.name_span, spec.requires_one_of)
            args = []
            for p in spec.params:
                a = got.get(p.name)
                if a is None:
                    continue
                v = self.check_arg_value(a.value, catalog_type(p.type), ctx, f"argument '{p.name}' of '.{m.name}'")
                if p.literal and not isinstance(v, (ir.EnumCase, ir.Literal_)) and not is_error(v.type):
                    self.err(E_NOT_LITERAL, f"argument '{p.name}' of '.{m.name}' must be written out, not computed",
                             a.value.span, "write " + _either([f"`.{c}`" for c in ENUMS.get(p.type, ())]) +
                             " (to switch at run time, write both elements and show one with `if`)")
                args.append(ir.Arg.model_construct(name=p.name, value=v, span=a.span))
            out.append(ir.ModifierUse.model_construct(name=m.name, args=args, span=m.span))
        return out

    def check_component_use(self, item: A.Element, comp: A.Component, ctx: Ctx) -> ir.View | None:
        what = f"'{comp.name}'"
        if comp.kind == "screen":
            self.err(E_SCREEN_USE, f"{what} is a screen and cannot be used as an element", item.name_span,
                     f"navigate to it with `navigate({comp.name}(...))`, or make it a component")
            return None
        self.uses.setdefault(self.current, []).append((comp.name, item.name_span))
        if item.children is not None:
            self.err(E_CHILDREN, f"component {what} does not take a child block", item.children.span)
        args = self.check_component_args(comp, item.args or [], ctx, what, item.name_span)
        mods = self.check_modifiers(item.modifiers, ctx, False, what, component=True)
        return ir.ComponentView.model_construct(component=comp.name, args=args, modifiers=mods, span=item.span)

    def check_component_args(self, comp: A.Component, given: list[A.Arg], ctx: Ctx, what: str,
                             span: Span) -> list[ir.Arg]:
        """Arguments of a component use or a navigation: every parameter, in declaration
        order; unwritten ones filled from their default (or nil) and marked `is_default`."""
        sig = self.comp_sigs[comp.name]
        params = [ParamSpec(n, "", None if (p.default is None and not isinstance(t, ir.TOptional)) else "x")
                  for n, t, p in sig]
        got = self.match_args(given, params, what, span)
        args = []
        for name, t, p in sig:
            a = got.get(name)
            if a is not None:
                v = self.check_arg_value(a.value, [t], ctx, f"argument '{name}' of {what}", component=True)
                args.append(ir.Arg.model_construct(name=name, value=v, span=a.span))
            elif p.default is not None:
                d = self.check_expr(p.default, Ctx(Scope(), comp.span.file, const=True), t)
                args.append(ir.Arg.model_construct(name=name, value=d, span=span, is_default=True))
            elif isinstance(t, ir.TOptional):
                d = ir.Literal_.model_construct(lit="nil", value=None, type=t, span=span)
                args.append(ir.Arg.model_construct(name=name, value=d, span=span, is_default=True))
        return args

    def check_arg_value(self, value, accepted: list[ir.Type], ctx: Ctx, what: str,
                        component: bool = False) -> ir.Expr:
        """An argument whose parameter accepts one of `accepted` (bindings, callbacks, values)."""
        binding_t = next((t for t in accepted if isinstance(t, ir.TBinding)), None)
        root = _binding_root(value)
        if root is not None and root is not value:
            # `$prefs.volume`: a binding to a field / element of a state, for a built-in control
            if binding_t is None:
                self.err(E_BINDING, f"{what} does not take a binding", value.span,
                         f"pass the value: `{_path_text(value)}`")
                return self.error_expr(value.span)
            if component:
                self.err(E_BINDING, f"{what} takes a binding to a whole state", value.span,
                         f"bind a state of its own, or pass `${root.name}` and the component reads the field")
                return self.error_expr(value.span)
            lv = self.check_lvalue(_var_rooted(value), ctx)
            if lv is None:
                return self.error_expr(value.span)
            if not is_error(lv.type) and lv.type != binding_t.inner:
                self.err(E_TYPE_MISMATCH, f"expected a binding to '{binding_t.inner}', found '{lv.type}'", value.span)
                return self.error_expr(value.span)
            read = self.infer(_var_rooted(value), ctx, None)
            return ir.BindingOf.model_construct(name=lv.root, ref=lv.root_ref, target=lv, value=read,
                                                type=binding_t, span=value.span)
        if isinstance(value, A.BindingExpr):
            if binding_t is None:
                self.err(E_BINDING, f"{what} does not take a binding", value.span,
                         f"pass the value: `{value.name}`")
                return self.error_expr(value.span)
            return self.check_binding(value, binding_t, ctx)
        plain = [t for t in accepted if not isinstance(t, ir.TBinding)]
        if not plain:
            b = ctx.scope.lookup(value.name) if isinstance(value, A.Var) else None
            bindable = b is not None and (b.kind == "state" or (b.kind == "param" and isinstance(b.type, ir.TBinding)))
            self.err(E_BINDING, f"{what} needs a binding to a state", value.span,
                     f"write `${value.name}`" if bindable else "write `$name` for a state `name`")
            return self.error_expr(value.span)
        expected = plain[0]
        if isinstance(value, A.ActionBlock):
            fn = expected.inner if isinstance(expected, ir.TOptional) else expected
            if not isinstance(fn, ir.TFunc):
                self.err(E_ACTION_CONTEXT, f"{what} is not an action", value.span)
                return self.error_expr(value.span)
            return self.check_lambda(value, fn, ctx)
        return self.check_expr(value, ctx, expected)

    def check_binding(self, value: A.BindingExpr, expected: ir.TBinding, ctx: Ctx) -> ir.Expr:
        b = ctx.scope.lookup(value.name)
        if b is None:
            self.err(E_UNKNOWN_NAME, f"unknown name '{value.name}'", value.span,
                     did_you_mean(value.name, ctx.scope.all_names()))
            return self.error_expr(value.span)
        if b.kind == "state":
            inner = b.type
            ref = "state"
        elif b.kind == "param" and isinstance(b.type, ir.TBinding):
            inner = b.type.inner
            ref = "param"
        else:
            self.err(E_BINDING, f"cannot bind to {b.kind} '{value.name}'", value.span,
                     "only a `state` or a `Binding<T>` parameter can be bound with `$`")
            return self.error_expr(value.span)
        if not is_error(inner) and inner != expected.inner:
            self.err(E_TYPE_MISMATCH, f"expected a binding to '{expected.inner}', found '{inner}'", value.span)
            return self.error_expr(value.span)
        b.reads += 1
        b.writes += 1
        return ir.BindingOf.model_construct(name=value.name, ref=ref, type=expected, span=value.span)

    # ---- actions ----
    def check_lambda(self, block: A.ActionBlock, fn: ir.TFunc, ctx: Ctx) -> ir.Lambda:
        scope = ctx.scope.child()
        params: list[ir.LocalVar] = []
        if block.params and len(block.params) != len(fn.params):
            self.err(E_BLOCK_PARAMS, f"this action takes {len(fn.params)} parameter(s), the block names "
                     f"{len(block.params)}", block.span,
                     f"expected type {fn}")
        for n, t in zip(block.params, fn.params):
            if self.check_local_name(n.name, n.span, "parameter"):
                self.shadow_check(n, ctx.scope)
                scope.names[n.name] = Binding(n.name, "closure_param", t, n.span)
                params.append(ir.LocalVar.model_construct(name=n.name, type=t, span=n.span))
        if not block.params:
            # the block ignores the callback's arguments; backends name them `_`
            params = [ir.LocalVar.model_construct(name="_", type=t, span=block.span) for t in fn.params]
        sub = Ctx(scope, ctx.file, in_action=True)
        body = self.check_stmts(block.stmts, sub)
        return ir.Lambda.model_construct(params=params, body=body, type=fn, span=block.span)

    def check_stmts(self, stmts: list, ctx: Ctx) -> list[ir.Action]:
        out: list[ir.Action] = []
        scope = ctx.scope.child()
        sub = Ctx(scope, ctx.file, in_action=True)
        for s in stmts:
            a = self.check_stmt(s, sub)
            if a is not None:
                out.append(a)
        return out

    def check_stmt(self, s, ctx: Ctx) -> ir.Action | None:
        if isinstance(s, A.Assign):
            target = self.check_lvalue(s.target, ctx)
            if target is None:
                self.check_expr(s.value, ctx, None)
                return None
            t = target.type
            if s.op != "=":
                ok = is_numeric(t) or (s.op == "+=" and t == ir.STRING)
                if not ok:
                    self.err(E_BAD_OPERANDS, f"'{s.op}' needs a number, found '{t}'", s.span)
                    return None
            value = self.check_expr(s.value, ctx, t)
            return ir.Assign.model_construct(target=target, op=s.op, value=value, span=s.span)
        if isinstance(s, A.LetStmt):
            if not self.check_local_name(s.name, s.name_span, "let"):
                return None
            declared = self.resolve_type(s.type, ctx.file) if s.type is not None else None
            value = self.check_expr(s.value, ctx, declared)
            t = declared or value.type
            if ctx.scope.lookup(s.name) is not None:
                self.err(E_DUPLICATE, f"'{s.name}' is already declared", s.name_span)
            ctx.scope.names[s.name] = Binding(s.name, "local", t, s.name_span, reads=1)
            return ir.LetAction.model_construct(name=s.name, type=t, value=value, span=s.span)
        if isinstance(s, A.IfStmt):
            branches = []
            for cond, body in s.branches:
                c = self.check_expr(cond, ctx, ir.BOOL)
                branches.append(ir.ActionBranch.model_construct(cond=c, body=self.check_stmts(body, ctx)))
            else_body = self.check_stmts(s.else_body, ctx) if s.else_body is not None else None
            return ir.IfAction.model_construct(branches=branches, else_body=else_body, span=s.span)
        if isinstance(s, A.Native):
            return ir.NativeAction.model_construct(code=self.check_native(s), span=s.span)
        assert isinstance(s, A.ExprStmt)
        e = s.expr
        if isinstance(e, A.Var) and e.name in ("return", "break", "continue") and ctx.scope.lookup(e.name) is None:
            self.err(E_NOT_ACTION, f"xui actions have no `{e.name}`", s.span,
                     "put the statements that should not run in the `else` of the `if`")
            return None
        if not isinstance(e, A.Call):
            self.check_expr(e, ctx, None)
            self.err(E_NOT_ACTION, "this statement has no effect", s.span,
                     "assign it, call a callback, or change a list")
            return None
        callee = e.callee
        if isinstance(callee, A.Var):
            if callee.name == "navigate":
                return self.check_navigate(e, ctx)
            if callee.name == "back":
                if e.args:
                    self.err(E_NAVIGATE, "`back()` takes no arguments", e.span)
                return ir.Back.model_construct(span=e.span)
            b = ctx.scope.lookup(callee.name)
            if b is not None and b.kind == "param":
                fn = b.type.inner if isinstance(b.type, ir.TOptional) else b.type
                if isinstance(fn, ir.TFunc):
                    b.reads += 1
                    return self.check_callback_call(e, b, fn, ctx)
            if b is not None and b.kind == "closure_param":
                self.err(E_NOT_CALLABLE, f"'{callee.name}' is not a callback", callee.span)
                return None
        if isinstance(callee, A.Member):
            specs = self.mutating_specs(callee, ctx)
            if specs is not None:
                return self.check_mutation(e, callee, specs, ctx)
        v = self.check_expr(e, ctx, None)
        if not is_error(v.type):
            self.err(E_NOT_ACTION, "this statement has no effect", s.span,
                     "assign it, call a callback, or change a list")
        return None

    def check_callback_call(self, e: A.Call, b: Binding, fn: ir.TFunc, ctx: Ctx) -> ir.Action | None:
        if len(e.args) != len(fn.params):
            self.err(E_ARITY, f"'{b.name}' takes {len(fn.params)} argument(s), {len(e.args)} given", e.span,
                     f"its type is {fn}")
            return None
        args = []
        for a, t in zip(e.args, fn.params):
            if a.label is not None:
                self.err(E_ARG_UNKNOWN, "callback arguments have no labels", a.label_span)
            if isinstance(a.value, A.ActionBlock):
                self.err(E_ACTION_CONTEXT, "a callback argument cannot be an action block", a.value.span)
                continue
            args.append(self.check_expr(a.value, ctx, t))
        ref = ir.Ref.model_construct(name=b.name, ref="param", type=b.type, span=e.callee.span)
        return ir.CallCallback.model_construct(callee=ref, args=args, span=e.span)

    def check_navigate(self, e: A.Call, ctx: Ctx) -> ir.Action | None:
        if len(e.args) != 1 or e.args[0].label is not None or not isinstance(e.args[0].value, A.Call) \
                or not isinstance(e.args[0].value.callee, A.Var):
            self.err(E_NAVIGATE, "`navigate` takes one screen, e.g. `navigate(Detail(id: item.id))`", e.span)
            return None
        call = e.args[0].value
        name = call.callee.name
        comp = self.components.get(name)
        if comp is None or comp.kind != "screen" or not self.visible(name, ctx.file):
            screens = [n for n, c in self.components.items() if c.kind == "screen" and self.visible(n, ctx.file)]
            self.err(E_NAVIGATE, f"'{name}' is not a screen", call.callee.span,
                     self.import_hint(name, ctx.file) or did_you_mean(name, screens))
            return None
        args = self.check_component_args(comp, call.args, ctx, f"screen '{name}'", call.callee.span)
        return ir.Navigate.model_construct(screen=name, args=args, span=e.span)

    def mutating_specs(self, callee: A.Member, ctx: Ctx) -> list[MemberSpec] | None:
        specs = [m for m in members_for("[T]", callee.name) if m.kind == "mutating"]
        return specs or None

    def check_mutation(self, e: A.Call, callee: A.Member, specs: list[MemberSpec], ctx: Ctx) -> ir.Action | None:
        target = self.check_lvalue(callee.obj, ctx)
        if target is None:
            return None
        if not isinstance(target.type, ir.TList):
            if not is_error(target.type):
                self.err(E_UNKNOWN_MEMBER, f"'{callee.name}' needs a list, found '{target.type}'", callee.name_span)
            return None
        elem = target.type.elem
        labels = tuple(a.label for a in e.args)
        # choose the overload by its labels (removeAll() vs removeAll(where:))
        spec = specs[0]
        for s in specs:
            if len(s.params) == len(e.args) and all(
                    lab == p.name or (lab is None and p.positional) for lab, p in zip(labels, s.params)):
                spec = s
                break
        got = self.match_args(e.args, spec.params, f"'{callee.name}'", callee.name_span)
        if any(p.required and p.name not in got for p in spec.params):
            return None

        def val(name: str, t: ir.Type) -> ir.Expr:
            return self.check_expr(got[name].value, ctx, t)

        if spec.name == "append":
            return ir.ListAppend.model_construct(target=target, value=val("value", elem), span=e.span)
        if spec.name == "insert":
            return ir.ListInsert.model_construct(target=target, value=val("value", elem), index=val("at", ir.INT), span=e.span)
        if spec.name == "remove_at":
            return ir.ListRemoveAt.model_construct(target=target, index=val("at", ir.INT), span=e.span)
        if spec.name == "remove_where":
            pred = self.check_predicate(got["where"].value, elem, ctx, ir.BOOL)
            return ir.ListRemoveWhere.model_construct(target=target, predicate=pred, span=e.span)
        if spec.name == "clear":
            return ir.ListClear.model_construct(target=target, span=e.span)
        return None

    def check_lvalue(self, e, ctx: Ctx) -> ir.LValue | None:
        path: list = []
        node = e
        while True:
            if isinstance(node, A.Member):
                path.append(("field", node))
                node = node.obj
            elif isinstance(node, A.Index):
                path.append(("index", node))
                node = node.obj
            elif isinstance(node, A.Paren):
                node = node.inner
            else:
                break
        if not isinstance(node, A.Var):
            self.check_expr(e, ctx, None)
            self.err(E_NOT_ASSIGNABLE, "cannot assign to this expression", e.span,
                     "assign a state, a field or element of a state, or a Binding parameter")
            return None
        b = ctx.scope.lookup(node.name)
        if b is None:
            self.err(E_UNKNOWN_NAME, f"unknown name '{node.name}'", node.span,
                     did_you_mean(node.name, ctx.scope.all_names()))
            return None
        if b.kind == "state":
            root_ref, t = "state", b.type
        elif b.kind == "param" and isinstance(b.type, ir.TBinding):
            root_ref, t = "param", b.type.inner
        else:
            hint = "declare it with `state`" if b.kind in ("let", "param") else None
            if b.kind == "item":
                hint = "change the list instead: `items[index].field = ...` (name the index: `{ item, i -> }`)"
            self.err(E_NOT_ASSIGNABLE, f"cannot assign to {_kind_word(b.kind)} '{node.name}'", node.span, hint)
            return None
        b.writes += 1
        b.reads += 1
        root_t = t
        steps: list = []
        for kind, n in reversed(path):
            if is_error(t):
                return None
            if kind == "field":
                if not isinstance(t, ir.TModel):
                    self.err(E_UNKNOWN_MEMBER, f"cannot assign member '{n.name}' of '{t}'", n.name_span)
                    return None
                fields = {fn: ft for fn, ft, _ in self.model_fields.get(t.name, [])}
                if n.name not in fields:
                    self.err(E_UNKNOWN_MEMBER, f"unknown field '{n.name}' on '{t}'", n.name_span,
                             did_you_mean(n.name, fields))
                    return None
                steps.append(ir.FieldStep.model_construct(name=n.name, model=t.name))
                t = fields[n.name]
            else:
                if not isinstance(t, ir.TList):
                    self.err(E_INDEX, f"cannot index '{t}'", n.span)
                    return None
                idx = self.check_expr(n.index, ctx, ir.INT)
                steps.append(ir.IndexStep.model_construct(index=idx))
                t = t.elem
        return ir.LValue.model_construct(root=node.name, root_ref=root_ref, root_type=root_t, path=steps, type=t, span=e.span)

    # ---- expressions ----
    def error_expr(self, span: Span) -> ir.Expr:
        return ir.Literal_.model_construct(lit="nil", value=None, type=ERR, span=span)

    def check_expr(self, e, ctx: Ctx, expected: ir.Type | None) -> ir.Expr:
        v = self.infer(e, ctx, expected)
        if expected is None:
            return v
        return self.coerce(v, expected, e.span)

    def coerce(self, v: ir.Expr, expected: ir.Type, span: Span) -> ir.Expr:
        t = v.type
        if t is expected or is_error(t) or is_error(expected) or t == expected:
            return v
        if t == ir.INT and expected == ir.FLOAT:
            if isinstance(v, ir.Literal_) and v.lit == "int":
                return ir.Literal_.model_construct(lit="float", value=float(v.value), type=ir.FLOAT, span=v.span)
            return ir.IntToFloat.model_construct(expr=v, type=ir.FLOAT, span=v.span)
        if isinstance(expected, ir.TOptional):
            if isinstance(t, ir.TNil):
                return v.model_copy(update={"type": expected})
            inner = self.coerce(v, expected.inner, span) if t != expected.inner else v
            if not is_error(inner.type) and inner.type == expected.inner:
                return inner
            if is_error(inner.type):
                return inner
        if isinstance(t, ir.TList) and isinstance(expected, ir.TList) and isinstance(v, ir.ListLiteral):
            items = [self.coerce(i, expected.elem, i.span) for i in v.items]
            return ir.ListLiteral.model_construct(items=items, type=expected, span=v.span)
        if isinstance(t, ir.TNil):
            self.err(E_NIL, f"nil is not a '{expected}'", span, f"declare the type optional: '{expected}?'")
            return self.error_expr(span)
        if isinstance(expected, ir.TFunc) and isinstance(t, ir.TFunc) and not t.params and \
                isinstance(v, ir.Ref):
            # a callback that takes nothing where one is handed values: it ignores them, as the block
            # `{ onToggle() }` would (the IR spells that block out; backends name the values `_`)
            params = [ir.LocalVar.model_construct(name="_", type=p, span=v.span) for p in expected.params]
            call = ir.CallCallback.model_construct(callee=v, args=[], span=v.span)
            return ir.Lambda.model_construct(params=params, body=[call], type=expected, span=v.span)
        if isinstance(expected, ir.TFunc) and isinstance(t, ir.TFunc):
            self.err(E_TYPE_MISMATCH, f"expected a callback '{expected}', found '{t}'", span,
                     "wrap it in an action block: `{ v -> ... }`")
            return self.error_expr(span)
        self.err(E_TYPE_MISMATCH, f"expected '{expected}', found '{t}'", span, _mismatch_hint(t, expected))
        return self.error_expr(span)

    def infer(self, e, ctx: Ctx, expected: ir.Type | None) -> ir.Expr:
        sp = e.span
        if isinstance(e, A.IntLit):
            return ir.Literal_.model_construct(lit="int", value=e.value, type=ir.INT, span=sp)
        if isinstance(e, A.FloatLit):
            return ir.Literal_.model_construct(lit="float", value=e.value, type=ir.FLOAT, span=sp)
        if isinstance(e, A.BoolLit):
            return ir.Literal_.model_construct(lit="bool", value=e.value, type=ir.BOOL, span=sp)
        if isinstance(e, A.NilLit):
            return ir.Literal_.model_construct(lit="nil", value=None, type=ir.NIL, span=sp)
        if isinstance(e, A.ColorLit):
            return ir.Literal_.model_construct(lit="color", value=e.hex, type=ir.COLOR, span=sp)
        if isinstance(e, A.StrLit):
            return self.infer_string(e, ctx)
        if isinstance(e, A.Paren):
            return self.infer(e.inner, ctx, expected)
        if isinstance(e, A.Var):
            return self.infer_var(e, ctx)
        if isinstance(e, A.BindingExpr):
            self.err(E_BINDING, f"`${e.name}` is only allowed where a binding is expected", sp,
                     f"write `{e.name}` to read the value")
            return self.error_expr(sp)
        if isinstance(e, A.ImplicitMember):
            return self.infer_implicit(e, expected)
        if isinstance(e, A.ListLit):
            return self.infer_list(e, ctx, expected)
        if isinstance(e, A.ThemeRef):
            return self.theme_token(e.name, e.name_span, sp, ctx)
        if isinstance(e, A.StringRef):
            s = self.string_keys.get(e.key)
            if s is None or s[1] not in self.visible_files(ctx.file):
                hint = (f"'{e.key}' is declared in {s[1]}; import it" if s else
                        did_you_mean(e.key, [k for k, (_, f) in self.string_keys.items()
                                             if f in self.visible_files(ctx.file)]))
                self.err(E_UNKNOWN_STRING, f"unknown string key '{e.key}'", e.key_span, hint)
                return self.error_expr(sp)
            return ir.StringKey.model_construct(key=e.key, type=ir.STRING, span=sp)
        if isinstance(e, A.Unary):
            operand = self.infer(e.operand, ctx, None)
            t = operand.type
            if is_error(t):
                return self.error_expr(sp)
            if e.op == "!":
                if t != ir.BOOL:
                    self.err(E_BAD_OPERANDS, f"'!' needs a Bool, found '{t}'", e.operand.span)
                    return self.error_expr(sp)
                return ir.Unary.model_construct(op="!", operand=operand, type=ir.BOOL, span=sp)
            if not is_numeric(t):
                self.err(E_BAD_OPERANDS, f"'-' needs a number, found '{t}'", e.operand.span)
                return self.error_expr(sp)
            if isinstance(operand, ir.Literal_) and operand.lit in ("int", "float"):
                return operand.model_copy(update={"value": -operand.value, "span": sp})
            return ir.Unary.model_construct(op="-", operand=operand, type=t, span=sp)
        if isinstance(e, A.Binary):
            return self.infer_binary(e, ctx, expected)
        if isinstance(e, A.Cond):
            c = self.check_expr(e.cond, ctx, ir.BOOL)
            a = self.infer(e.then, ctx, expected)
            b = self.infer(e.other, ctx, expected if expected is not None else (a.type if not isinstance(a.type, ir.TNil) else None))
            t = self.unify(a.type, b.type)
            if t is None:
                self.err(E_TYPE_MISMATCH, f"the branches have different types: '{a.type}' and '{b.type}'", sp)
                return self.error_expr(sp)
            if is_error(t):
                return self.error_expr(sp)
            return ir.Conditional.model_construct(cond=c, then=self.coerce(a, t, e.then.span), other=self.coerce(b, t, e.other.span),
                                  type=t, span=sp)
        if isinstance(e, A.Member):
            return self.infer_member(e, ctx)
        if isinstance(e, A.Index):
            obj = self.infer(e.obj, ctx, None)
            idx = self.check_expr(e.index, ctx, ir.INT)
            if is_error(obj.type):
                return self.error_expr(sp)
            if not isinstance(obj.type, ir.TList):
                self.err(E_INDEX, f"cannot index '{obj.type}'", e.obj.span)
                return self.error_expr(sp)
            return ir.IndexGet.model_construct(obj=obj, index=idx, type=obj.type.elem, span=sp)
        if isinstance(e, A.Call):
            return self.infer_call(e, ctx, expected)
        self.err(E_TYPE_MISMATCH, "unsupported expression", sp)
        return self.error_expr(sp)

    def unify(self, a: ir.Type, b: ir.Type) -> ir.Type | None:
        if is_error(a) or is_error(b):
            return ERR
        if a == b:
            return a
        if {a, b} == {ir.INT, ir.FLOAT}:
            return ir.FLOAT
        if isinstance(a, ir.TNil) and not isinstance(b, ir.TNil):
            return b if isinstance(b, ir.TOptional) else ir.TOptional.model_construct(inner=b)
        if isinstance(b, ir.TNil):
            return a if isinstance(a, ir.TOptional) else ir.TOptional.model_construct(inner=a)
        if isinstance(a, ir.TOptional) and a.inner == b:
            return a
        if isinstance(b, ir.TOptional) and b.inner == a:
            return b
        if isinstance(a, ir.TList) and isinstance(b, ir.TList):
            if isinstance(a.elem, ir.TNil):
                return b
            if isinstance(b.elem, ir.TNil):
                return a
        return None

    def infer_string(self, e: A.StrLit, ctx: Ctx) -> ir.Expr:
        if all(isinstance(p, str) for p in e.parts):
            return ir.Literal_.model_construct(lit="string", value="".join(e.parts), type=ir.STRING, span=e.span)
        parts: list = []
        for p in e.parts:
            if isinstance(p, str):
                parts.append(ir.TextPart.model_construct(text=p))
                continue
            v = self.infer(p, ctx, None)
            t = v.type
            if is_error(t):
                continue
            if t == ir.STRING:
                parts.append(ir.ExprPart.model_construct(expr=v))
            elif t in (ir.INT, ir.FLOAT, ir.BOOL) or isinstance(t, ir.TEnum):
                parts.append(ir.ExprPart.model_construct(expr=ir.ToString.model_construct(expr=v, type=ir.STRING, span=v.span)))
            else:
                self.err(E_TYPE_MISMATCH, f"cannot interpolate a '{t}'", p.span,
                         "interpolate Strings, numbers, Bools or enums" +
                         (" (unwrap with `?? default`)" if isinstance(t, ir.TOptional) else ""))
        return ir.Interpolation.model_construct(parts=parts, type=ir.STRING, span=e.span)

    def infer_var(self, e: A.Var, ctx: Ctx) -> ir.Expr:
        if e.name == "it":
            if ctx.it_type is None:
                self.err(E_IT, "`it` is only defined inside `where:` and `map` arguments", e.span)
                return self.error_expr(e.span)
            return ir.Ref.model_construct(name="it", ref="it", type=ctx.it_type, span=e.span)
        b = ctx.scope.lookup(e.name)
        if b is None:
            if e.name in self.models or e.name in self.components or e.name in self.enums:
                what = "model" if e.name in self.models else ("enum" if e.name in self.enums else "component")
                hint = {"model": f"construct it: `{e.name}(...)`", "enum": f"name a case: `{e.name}.case`",
                        "component": "use it as an element"}[what]
                self.err(E_UNKNOWN_NAME, f"'{e.name}' is a {what}, not a value", e.span, hint)
            elif ctx.const:
                self.err(E_UNKNOWN_NAME, f"unknown name '{e.name}'", e.span,
                         "defaults and theme values are constants: they cannot refer to state or parameters")
            else:
                self.err(E_UNKNOWN_NAME, f"unknown name '{e.name}'", e.span,
                         did_you_mean(e.name, ctx.scope.all_names()))
            return self.error_expr(e.span)
        b.reads += 1
        t = b.type
        if isinstance(t, ir.TBinding):
            t = t.inner
        return ir.Ref.model_construct(name=e.name, ref=b.kind, type=t, span=e.span)

    def infer_implicit(self, e: A.ImplicitMember, expected: ir.Type | None) -> ir.Expr:
        enum_t = expected.inner if isinstance(expected, ir.TOptional) else expected
        if not isinstance(enum_t, ir.TEnum):
            hint = "write the enum name: `Enum.case`" if expected is None else f"expected '{expected}'"
            if e.name == "infinity" and expected == ir.FLOAT:
                hint = "to take all the room the container gives, write `.fillWidth()` / `.fillHeight()`"
            self.err(E_IMPLICIT_MEMBER, f"cannot infer the enum of '.{e.name}'", e.span, hint)
            return self.error_expr(e.span)
        cases = ENUMS[enum_t.name] if enum_t.builtin else [c.name for c in self.enums[enum_t.name].cases]
        if e.name not in cases:
            self.err(E_UNKNOWN_MEMBER, f"'{enum_t.name}' has no case '{e.name}'", e.span,
                     did_you_mean(e.name, cases) or "cases: " + ", ".join(cases))
            return self.error_expr(e.span)
        return ir.EnumCase.model_construct(enum=enum_t.name, case=e.name, builtin=enum_t.builtin, type=enum_t, span=e.span)

    def infer_list(self, e: A.ListLit, ctx: Ctx, expected: ir.Type | None) -> ir.Expr:
        exp_elem = expected.elem if isinstance(expected, ir.TList) else None
        items = [self.infer(i, ctx, exp_elem) for i in e.items]
        if not items:
            return ir.ListLiteral.model_construct(items=[], type=expected if isinstance(expected, ir.TList) else ir.TList.model_construct(elem=ir.NIL),
                                  span=e.span)
        t: ir.Type | None = exp_elem
        if t is None:
            t = items[0].type
            for i in items[1:]:
                u = self.unify(t, i.type)
                if u is None:
                    self.err(E_TYPE_MISMATCH, f"list items have different types: '{t}' and '{i.type}'", i.span)
                    return self.error_expr(e.span)
                t = u
        if is_error(t):
            return self.error_expr(e.span)
        items = [self.coerce(i, t, i.span) for i in items]
        return ir.ListLiteral.model_construct(items=items, type=ir.TList.model_construct(elem=t), span=e.span)

    def infer_binary(self, e: A.Binary, ctx: Ctx, expected: ir.Type | None) -> ir.Expr:
        op = e.op
        sp = e.span
        if op == "??":
            left = self.infer(e.left, ctx, None)
            if is_error(left.type):
                self.infer(e.right, ctx, None)
                return self.error_expr(sp)
            if not isinstance(left.type, ir.TOptional):
                self.err(E_BAD_OPERANDS, f"'??' needs an optional on the left, found '{left.type}'", e.left.span)
                return self.error_expr(sp)
            right = self.check_expr(e.right, ctx, left.type.inner)
            return ir.Binary.model_construct(op="??", left=left, right=right, type=left.type.inner, span=sp)
        if op in ("&&", "||"):
            left = self.check_expr(e.left, ctx, ir.BOOL)
            right = self.check_expr(e.right, ctx, ir.BOOL)
            return ir.Binary.model_construct(op=op, left=left, right=right, type=ir.BOOL, span=sp)
        left = self.infer(e.left, ctx, None)
        right = self.infer(e.right, ctx, left.type if isinstance(e.right, A.ImplicitMember) else None)
        lt, rt = left.type, right.type
        if is_error(lt) or is_error(rt):
            return self.error_expr(sp)
        if op in ("==", "!="):
            t = self.unify(lt, rt)
            nil_check = isinstance(t, ir.TOptional) and (isinstance(lt, ir.TNil) or isinstance(rt, ir.TNil))
            if t is None or not (is_equatable(t) or nil_check):
                self.err(E_BAD_OPERANDS, f"cannot compare '{lt}' and '{rt}' with '{op}'", e.op_span)
                return self.error_expr(sp)
            return ir.Binary.model_construct(op=op, left=self.coerce(left, t, e.left.span), right=self.coerce(right, t, e.right.span),
                             type=ir.BOOL, span=sp)
        if op in ("<", ">", "<=", ">="):
            if is_numeric(lt) and is_numeric(rt):
                t = ir.FLOAT if ir.FLOAT in (lt, rt) else ir.INT
            elif lt == rt == ir.STRING:
                t = ir.STRING
            else:
                self.err(E_BAD_OPERANDS, f"cannot compare '{lt}' and '{rt}' with '{op}'", e.op_span)
                return self.error_expr(sp)
            return ir.Binary.model_construct(op=op, left=self.coerce(left, t, e.left.span), right=self.coerce(right, t, e.right.span),
                             type=ir.BOOL, span=sp)
        # arithmetic
        if op == "+" and lt == rt == ir.STRING:
            return ir.Binary.model_construct(op="+", left=left, right=right, type=ir.STRING, span=sp)
        if is_numeric(lt) and is_numeric(rt):
            t = ir.FLOAT if ir.FLOAT in (lt, rt) else ir.INT
            return ir.Binary.model_construct(op=op, left=self.coerce(left, t, e.left.span), right=self.coerce(right, t, e.right.span),
                             type=t, span=sp)
        hint = "use interpolation: \"{a}{b}\"" if op == "+" and ir.STRING in (lt, rt) else None
        self.err(E_BAD_OPERANDS, f"cannot apply '{op}' to '{lt}' and '{rt}'", e.op_span, hint)
        return self.error_expr(sp)

    def member_receiver(self, t: ir.Type) -> str | None:
        if isinstance(t, ir.TList):
            return "[T]"
        if t == ir.STRING:
            return "String"
        if t == ir.FLOAT:
            return "Float"
        if t == ir.INT:
            return "Int"
        return None

    def theme_visible(self, name: str, file) -> bool:
        tok = self.theme.get(name)
        return tok is not None and tok[1] in self.visible_files(file)

    def theme_token(self, name: str, name_span: Span, span: Span, ctx: Ctx, kind: str | None = None) -> ir.Expr:
        """`theme.name` (or `theme.kind.name` when `kind` is given) as a ThemeToken, or E0107."""
        tok = self.theme.get(name)
        if tok is None or tok[1] not in self.visible_files(ctx.file):
            visible = [n for n, (t, f) in self.theme.items() if f in self.visible_files(ctx.file)
                       and (kind is None or t.kind == kind)]
            hint = (f"'{name}' is declared in {tok[1]}; import it" if tok else did_you_mean(name, visible))
            what = f"{kind} token" if kind else "token"
            if kind is None and not hint and name in THEME_KINDS:
                hint = f"name the token: `theme.{name}.<token>` or `theme.<token>`"
            self.err(E_UNKNOWN_THEME, f"unknown theme {what} '{name}'", name_span, hint)
            return self.error_expr(span)
        entry = tok[0]
        if kind is not None and entry.kind != kind:
            self.err(E_UNKNOWN_THEME, f"theme token '{name}' is a {entry.kind}, not a {kind}", name_span,
                     f"write `theme.{entry.kind}.{name}` or `theme.{name}`")
            return self.error_expr(span)
        return ir.ThemeToken.model_construct(name=name, token_kind=entry.kind, type=PRIMS[THEME_KINDS[entry.kind]],
                                             span=span)

    def infer_member(self, e: A.Member, ctx: Ctx) -> ir.Expr:
        # `theme.space.md`: the token `md` of kind `space` (the grouped spelling of `theme.md`)
        if isinstance(e.obj, A.ThemeRef) and e.obj.name in THEME_KINDS and \
                not self.theme_visible(e.obj.name, ctx.file):
            return self.theme_token(e.name, e.name_span, e.span, ctx, kind=e.obj.name)
        # `Enum.case`
        if isinstance(e.obj, A.Var) and ctx.scope.lookup(e.obj.name) is None and \
                (e.obj.name in self.enums or e.obj.name in ENUMS):
            builtin = e.obj.name not in self.enums
            cases = ENUMS[e.obj.name] if builtin else [c.name for c in self.enums[e.obj.name].cases]
            if not builtin and not self.visible(e.obj.name, ctx.file):
                self.err(E_UNKNOWN_NAME, f"'{e.obj.name}' is not imported here", e.obj.span,
                         self.import_hint(e.obj.name, ctx.file))
                return self.error_expr(e.span)
            if e.name not in cases:
                self.err(E_UNKNOWN_MEMBER, f"'{e.obj.name}' has no case '{e.name}'", e.name_span,
                         did_you_mean(e.name, cases))
                return self.error_expr(e.span)
            return ir.EnumCase.model_construct(enum=e.obj.name, case=e.name, builtin=builtin,
                               type=ir.TEnum.model_construct(name=e.obj.name, builtin=builtin), span=e.span)
        obj = self.infer(e.obj, ctx, None)
        t = obj.type
        if is_error(t):
            return self.error_expr(e.span)
        if e.optional:
            return self.optional_field(e, obj)
        if isinstance(t, ir.TOptional):
            hint = (f"read it with `?.`: `{_chain_text(e)}` (optional too)" if isinstance(t.inner, ir.TModel)
                    else "unwrap it first: `(x ?? default).member`")
            self.err(E_OPTIONAL_MEMBER, f"'{t}' may be nil; cannot read '{e.name}'", e.name_span, hint)
            return self.error_expr(e.span)
        if isinstance(t, ir.TModel):
            fields = {n: ft for n, ft, _ in self.model_fields.get(t.name, [])}
            if e.name in fields:
                return ir.FieldGet.model_construct(obj=obj, model=t.name, name=e.name, type=fields[e.name], span=e.span)
            self.err(E_UNKNOWN_MEMBER, f"unknown member '{e.name}' on '{t}'", e.name_span,
                     did_you_mean(e.name, fields))
            return self.error_expr(e.span)
        recv = self.member_receiver(t)
        if recv is not None:
            props = [m for m in members_for(recv, e.name) if m.kind == "property"]
            if props:
                m = props[0]
                return ir.MemberCall.model_construct(receiver=obj, member=m.name, args=[], type=self.member_result(m, t), span=e.span)
            if members_for(recv, e.name):
                self.err(E_UNKNOWN_MEMBER, f"'{e.name}' on '{t}' needs arguments", e.name_span,
                         f"call it: `{e.name}(...)`")
                return self.error_expr(e.span)
            self.err(E_UNKNOWN_MEMBER, f"unknown member '{e.name}' on '{t}'", e.name_span,
                     member_hint(recv, e.name))
            return self.error_expr(e.span)
        self.err(E_UNKNOWN_MEMBER, f"'{t}' has no members", e.name_span)
        return self.error_expr(e.span)

    def optional_field(self, e: A.Member, obj: ir.Expr) -> ir.Expr:
        """`obj?.name`: a model field read through an optional model; nil when obj is."""
        t = obj.type
        if not isinstance(t, ir.TOptional):
            self.err(E_OPTIONAL_MEMBER, f"'{t}' cannot be nil: '?.' is not needed", e.name_span,
                     f"write `.{e.name}`")
            return self.error_expr(e.span)
        inner = t.inner
        if not isinstance(inner, ir.TModel):
            self.err(E_OPTIONAL_MEMBER, f"'?.' reads model fields; '{t}' has no fields", e.name_span,
                     "unwrap it first: `(x ?? default).member`")
            return self.error_expr(e.span)
        fields = {n: ft for n, ft, _ in self.model_fields.get(inner.name, [])}
        if e.name not in fields:
            self.err(E_UNKNOWN_MEMBER, f"unknown member '{e.name}' on '{inner}'", e.name_span,
                     did_you_mean(e.name, fields))
            return self.error_expr(e.span)
        ft = fields[e.name]
        result = ft if isinstance(ft, ir.TOptional) else ir.TOptional.model_construct(inner=ft)
        chained = isinstance(obj, ir.FieldGet) and obj.optional and not self._declared_optional(obj)
        return ir.FieldGet.model_construct(obj=obj, model=inner.name, name=e.name, optional=True, chained=chained,
                                           type=result, span=e.span)

    def _declared_optional(self, f: ir.FieldGet) -> bool:
        """Whether the model declares the field `f` reads as optional (not just made so by `?.`)."""
        declared = {n: ft for n, ft, _ in self.model_fields.get(f.model, [])}.get(f.name)
        return isinstance(declared, ir.TOptional)

    def member_result(self, m: MemberSpec, recv: ir.Type, mapped: ir.Type | None = None) -> ir.Type:
        elem = recv.elem if isinstance(recv, ir.TList) else None
        r = m.result
        if r == "T":
            return elem
        if r == "T?":
            return ir.TOptional.model_construct(inner=elem)
        if r == "[T]":
            return recv
        if r == "[U]":
            return ir.TList.model_construct(elem=mapped or ERR)
        return PRIMS[r]

    def check_predicate(self, value, item_t: ir.Type, ctx: Ctx, result: ir.Type | None) -> ir.Predicate:
        if isinstance(value, A.ActionBlock):
            self.err(E_ACTION_CONTEXT, "a predicate is an expression using `it`, not a block", value.span,
                     "e.g. `where: !it.done`")
            body = self.error_expr(value.span)
        else:
            sub = Ctx(ctx.scope, ctx.file, in_action=ctx.in_action, it_type=item_t, const=ctx.const)
            body = self.check_expr(value, sub, result)
        return ir.Predicate.model_construct(item_type=item_t, body=body, type=ir.TFunc.model_construct(params=[item_t]), span=value.span)

    def infer_call(self, e: A.Call, ctx: Ctx, expected: ir.Type | None) -> ir.Expr:
        callee = e.callee
        sp = e.span
        if isinstance(callee, A.Var):
            name = callee.name
            if name == "Font" and ctx.scope.lookup(name) is None:
                params = (ParamSpec("size", "Float"), ParamSpec("weight", "FontWeight", ".regular"))
                got = self.match_args(e.args, params, "'Font'", callee.span)
                size = self.check_expr(got["size"].value, ctx, ir.FLOAT) if "size" in got else self.error_expr(sp)
                weight = (self.check_expr(got["weight"].value, ctx, ir.TEnum.model_construct(name="FontWeight", builtin=True))
                          if "weight" in got else
                          ir.EnumCase.model_construct(enum="FontWeight", case="regular", builtin=True,
                                      type=ir.TEnum.model_construct(name="FontWeight", builtin=True), span=sp))
                return ir.FontValue.model_construct(size=size, weight=weight, type=ir.FONT, span=sp)
            if name in self.models and ctx.scope.lookup(name) is None:
                if not self.visible(name, ctx.file):
                    self.err(E_UNKNOWN_NAME, f"'{name}' is not imported here", callee.span,
                             self.import_hint(name, ctx.file))
                    return self.error_expr(sp)
                fields = self.model_fields[name]
                params = [ParamSpec(n, "", None if f.default is None and not isinstance(t, ir.TOptional) else "x")
                          for n, t, f in fields]
                got = self.match_args(e.args, params, f"'{name}'", callee.span)
                values = []
                for n, t, f in fields:
                    a = got.get(n)
                    if a is not None:
                        if isinstance(a.value, A.ActionBlock):
                            self.err(E_ACTION_CONTEXT, "model fields cannot be actions", a.value.span)
                            continue
                        values.append(ir.FieldValue.model_construct(name=n, value=self.check_expr(a.value, ctx, t)))
                    elif f.default is not None:
                        values.append(ir.FieldValue.model_construct(name=n, value=self.check_expr(f.default, Ctx(Scope(), self.decl_file[name], const=True), t), is_default=True))
                    elif isinstance(t, ir.TOptional):
                        values.append(ir.FieldValue.model_construct(name=n, value=ir.Literal_.model_construct(lit="nil", value=None, type=t, span=sp), is_default=True))
                return ir.ModelInit.model_construct(model=name, fields=values, type=ir.TModel.model_construct(name=name), span=sp)
            if name in ("navigate", "back"):
                self.err(E_ACTION_CONTEXT, f"`{name}` is an action", sp,
                         "use it as a statement inside an action block")
                return self.error_expr(sp)
            b = ctx.scope.lookup(name)
            if b is not None and isinstance(b.type, (ir.TFunc, ir.TOptional)) and \
                    isinstance(b.type.inner if isinstance(b.type, ir.TOptional) else b.type, ir.TFunc):
                self.err(E_ACTION_CONTEXT, f"callback '{name}' can only be called as a statement in an action",
                         sp)
                return self.error_expr(sp)
            if name in self.components:
                self.err(E_NOT_CALLABLE, f"'{name}' is a component; use it as an element", callee.span)
                return self.error_expr(sp)
            if b is None:
                self.err(E_UNKNOWN_NAME, f"unknown name '{name}'", callee.span,
                         did_you_mean(name, [*ctx.scope.all_names(), *self.models]))
                return self.error_expr(sp)
            self.err(E_NOT_CALLABLE, f"'{name}' is not callable", callee.span)
            return self.error_expr(sp)
        if isinstance(callee, A.Member):
            obj = self.infer(callee.obj, ctx, None)
            t = obj.type
            if is_error(t):
                return self.error_expr(sp)
            if isinstance(t, ir.TOptional):
                self.err(E_OPTIONAL_MEMBER, f"'{t}' may be nil; cannot call '{callee.name}'", callee.name_span,
                         "unwrap it first with `??`")
                return self.error_expr(sp)
            recv = self.member_receiver(t)
            cands = [m for m in members_for(recv, callee.name)] if recv else []
            if not cands:
                if isinstance(t, ir.TModel):
                    self.err(E_NOT_CALLABLE, f"field '{callee.name}' of '{t}' is not callable", callee.name_span)
                else:
                    self.err(E_UNKNOWN_MEMBER, f"unknown member '{callee.name}' on '{t}'", callee.name_span,
                             member_hint(recv, callee.name) if recv else None)
                return self.error_expr(sp)
            methods = [m for m in cands if m.kind == "method"]
            if not methods:
                if any(m.kind == "mutating" for m in cands):
                    self.err(E_ACTION_CONTEXT if not ctx.in_action else E_NOT_ASSIGNABLE,
                             f"'{callee.name}' changes the list; it is a statement in an action on a state"
                             if not ctx.in_action else f"'{callee.name}' needs a list held in a state",
                             callee.name_span)
                else:
                    self.err(E_NOT_CALLABLE, f"'{callee.name}' is a property; drop the parentheses",
                             callee.name_span)
                return self.error_expr(sp)
            labels = [a.label for a in e.args]
            spec = methods[0]
            for m in methods:
                if len(m.params) == len(labels) and all(
                        lab == p.name or (lab is None and p.positional) for lab, p in zip(labels, m.params)):
                    spec = m
                    break
            got = self.match_args(e.args, spec.params, f"'{callee.name}'", callee.name_span)
            elem = t.elem if isinstance(t, ir.TList) else None
            args: list[ir.Expr] = []
            mapped = None
            for p in spec.params:
                a = got.get(p.name)
                if a is None:
                    continue
                if p.type == "Pred<T>":
                    args.append(self.check_predicate(a.value, elem, ctx, ir.BOOL))
                elif p.type == "Fn<T>":
                    pred = self.check_predicate(a.value, elem, ctx, None)
                    mapped = pred.body.type
                    if isinstance(mapped, (ir.TFunc, ir.TNil)):
                        self.err(E_TYPE_MISMATCH, f"cannot map to '{mapped}'", a.value.span)
                        return self.error_expr(sp)
                    args.append(pred)
                elif p.type == "T":
                    v = self.check_expr(a.value, ctx, elem)
                    if not is_error(elem) and not is_equatable(elem):
                        self.err(E_BAD_OPERANDS, f"'contains' needs comparable items, not '{elem}'", callee.name_span,
                                 "use `any(where: it.id == x)`")
                    args.append(v)
                else:
                    args.append(self.check_expr(a.value, ctx, catalog_type(p.type)[0]))
            if len(args) != len([p for p in spec.params if p.name in got]):
                return self.error_expr(sp)
            if any(is_error(a.type) for a in args):
                return self.error_expr(sp)
            return ir.MemberCall.model_construct(receiver=obj, member=spec.name, args=args,
                                 type=self.member_result(spec, t, mapped), span=sp)
        self.infer(callee, ctx, None)
        self.err(E_NOT_CALLABLE, "this expression is not callable", callee.span)
        return self.error_expr(sp)



def _either(names: list[str]) -> str:
    """'A', 'A or B', 'A, B or C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

def _kind_word(kind: str) -> str:
    return {"param": "parameter", "let": "let", "item": "list item", "index": "list index",
            "closure_param": "block parameter", "local": "local let", "it": "`it`"}.get(kind, kind)


def _mismatch_hint(found: ir.Type, expected: ir.Type) -> str | None:
    if expected == ir.STRING and found in (ir.INT, ir.FLOAT):
        return "interpolate it: \"{value}\""
    if expected == ir.INT and found == ir.FLOAT:
        return "Floats do not convert to Int implicitly"
    if isinstance(found, ir.TOptional) and found.inner == expected:
        return "unwrap it: `value ?? default`"
    if isinstance(expected, ir.TFunc):
        return "pass an action block `{ ... }` or a callback parameter"
    return None


def check_modules(modules: list[A.Module], imports: dict[str, list[str]], sink: DiagnosticSink) -> ir.Program | None:
    checker = Checker(modules, sink, imports)
    try:
        return checker.run()
    finally:
        # The checker's tables refer back to it (cycles); batch commands run with the cyclic
        # GC off, so break them here or every syntax tree stays alive until exit.
        checker.__dict__.clear()


def _chain_text(e: A.Member) -> str:
    """`items.last?.name` for a hint: the object as written, then `?.name`."""
    return f"{_path_text(e.obj)}?.{e.name}"


def _literal_number(e: ir.Expr) -> float | None:
    """The value of a number literal, negated or not (`3`, `-1`); None for anything computed."""
    if isinstance(e, ir.IntToFloat):
        e = e.expr
    if isinstance(e, ir.Unary) and e.op == "-" and isinstance(e.operand, ir.Literal_) and \
            isinstance(e.operand.value, (int, float)) and not isinstance(e.operand.value, bool):
        return -float(e.operand.value)
    if isinstance(e, ir.Literal_) and isinstance(e.value, (int, float)) and not isinstance(e.value, bool):
        return float(e.value)
    return None


def _binding_root(e) -> A.BindingExpr | None:
    """The `$name` a binding path (`$prefs.volume`, `$rows[i].done`) starts from, else None."""
    while isinstance(e, (A.Member, A.Index)) and not (isinstance(e, A.Member) and e.optional):
        e = e.obj
    return e if isinstance(e, A.BindingExpr) else None


def _var_rooted(e):
    """The binding path as the assignment target it writes (`$prefs.volume` -> `prefs.volume`)."""
    if isinstance(e, A.BindingExpr):
        return A.Var(e.span, e.name)
    if isinstance(e, A.Member):
        return A.Member(e.span, _var_rooted(e.obj), e.name, e.name_span)
    if isinstance(e, A.Index):
        return A.Index(e.span, _var_rooted(e.obj), e.index)
    return e


def _path_text(e) -> str:
    """A name / member / index chain as written (`prefs.volume`, `items.last?.name`, `rows[...]`)."""
    if isinstance(e, (A.Var, A.BindingExpr)):
        return e.name
    if isinstance(e, A.Member):
        return f"{_path_text(e.obj)}{'?.' if e.optional else '.'}{e.name}"
    if isinstance(e, A.Index):
        return f"{_path_text(e.obj)}[...]"
    return "x"


__all__ = ["check_modules", "Checker"]
