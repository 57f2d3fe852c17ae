"""Lowering every target needs, written once: identifier safety, a code writer,
IR walks, dependency sets, and the decomposition of path updates
(`todos[i].done = e`) into copy-on-write steps.
"""

from __future__ import annotations

import typing
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from jinja2 import Environment, PackageLoader, StrictUndefined

from xui import ir
from xui.catalog import ELEMENTS, MODIFIERS
from xui.span import Span

# Words that are reserved in at least one target language (TS/ArkTS, Kotlin, Swift).
# An xui identifier in this set is renamed the same way on every target
# (`default` -> `default_`), so the four outputs keep matching names.
RESERVED_ANY_TARGET: frozenset[str] = frozenset("""
abstract actor any arguments as assert associatedtype async await boolean break by case catch class
companion const constructor continue convenience crossinline data debugger declare default defer deinit
delete didSet do dynamic else enum eval export extension extends external fallthrough false field file
fileprivate final finally for fun func function get guard if implements import in indirect infix init inline inner
inout instanceof interface internal is keyof lateinit let module mutating namespace native new nil
noinline none nonmutating null number object open operator optional out override package precedencegroup
private protected protocol public readonly reified repeat required rethrows return sealed self Self set
some static string struct subscript super suspend switch symbol tailrec this throw throws true try type
typealias typeof undefined unknown unowned val var vararg void weak when where while willSet with yield
Any Protocol Type
""".split())

# Names a component's own members (params, state, lets) may not take on some target:
# ArkUI's common attribute methods and lifecycle hooks (struct members clash with them),
# React's special props, SwiftUI's `body`, Compose's `modifier`. Model fields may use them.
RESERVED_COMPONENT_MEMBERS: frozenset[str] = frozenset("""
build body key ref props state children view modifier context
width height size padding margin border borderRadius backgroundColor backgroundImage opacity onClick
onTouch onHover onAppear onDisappear onAreaChange onKeyEvent onFocus onBlur visibility enabled position
offset align alignRules id layoutWeight constraintSize aspectRatio shadow scale rotate translate clip
mask foregroundColor fontColor fontSize fontWeight flexGrow flexShrink zIndex focusable responseRegion
aboutToAppear aboutToDisappear onPageShow onPageHide onBackPress pageTransition
""".split())


def ident(name: str) -> str:
    """A target-safe identifier (types, models, fields, locals), identical on every target."""
    return name + "_" if name in RESERVED_ANY_TARGET else name


def member_ident(name: str) -> str:
    """A target-safe name for a component's own member (parameter, state, let), identical
    on every target. Stricter than `ident`: avoids ArkUI attribute methods and React props."""
    if name in RESERVED_ANY_TARGET or name in RESERVED_COMPONENT_MEMBERS:
        return name + "_"
    return name


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


class CodeWriter:
    """Indented line output. `with w.block("if (x) {", "}"):` nests."""

    def __init__(self, indent: str = "  ") -> None:
        self.lines: list[str] = []
        self.level = 0
        self.indent_unit = indent

    def line(self, text: str = "") -> None:
        self.lines.append((self.indent_unit * self.level + text) if text else "")

    def extend(self, lines: Iterable[str]) -> None:
        for l in lines:
            self.line(l)

    def indent(self) -> None:
        self.level += 1

    def dedent(self) -> None:
        self.level -= 1

    def block(self, opener: str, closer: str = "}"):
        writer = self

        class _Block:
            def __enter__(self_inner):
                writer.line(opener)
                writer.indent()

            def __exit__(self_inner, *exc):
                writer.dedent()
                writer.line(closer)
                return False

        return _Block()

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


# ---- labels ---------------------------------------------------------------------------

# Controls drawn beside a label Text of their own: their text modifiers style that label.
LABELLED_CONTROLS: tuple[str, ...] = ("Toggle", "Checkbox")


def label_modifiers(view: ir.ElementView) -> tuple[list[ir.ModifierUse], list[ir.ModifierUse]]:
    """(the label's modifiers, the element's own) of an element. On a Toggle / Checkbox the
    text modifiers (the catalog's `text_only` ones) style its label Text, not the control;
    on any other element every modifier is its own."""
    if view.name not in LABELLED_CONTROLS:
        return [], list(view.modifiers)
    text = [m for m in view.modifiers if MODIFIERS[m.name].text_only]
    return text, [m for m in view.modifiers if not MODIFIERS[m.name].text_only]


# ---- sizing --------------------------------------------------------------------------

_DIMENSION = {"horizontal": "width", "vertical": "height"}
_OTHER = {"horizontal": "vertical", "vertical": "horizontal"}


def fill_axes(view: ir.View, parent_axis: str | None, components: typing.Mapping[str, ir.Component],
              memo: dict | None = None) -> frozenset[str]:
    """The dimensions ("width", "height") along which `view` takes all the space its container
    offers, laid out in a container of `parent_axis` ("vertical" for a Column, "horizontal" for
    a Row, None elsewhere). Read from the catalog's `fills` / `fixes`: a container fills what
    one of its children fills (a Column holding a Slider or a Row with a Spacer is as wide as
    the Column's own container, as in SwiftUI and Compose); a fixed `.frame` size wins.
    A backend asking for every view of a program passes one `memo` dict for the whole run (the
    IR is immutable), so each subtree is walked once."""
    return _fill_axes(view, parent_axis, components, (), {} if memo is None else memo)


def _fill_axes(view: ir.View, parent_axis: str | None, components: typing.Mapping[str, ir.Component],
               seen: tuple[str, ...], memo: dict) -> frozenset[str]:
    key = (id(view), parent_axis, seen)
    found = memo.get(key)
    if found is not None:
        return found[1]
    out: set[str] = set()
    if isinstance(view, ir.IfView):
        bodies = [b.body for b in view.branches] + ([view.else_body] if view.else_body else [])
        for c in (c for body in bodies for c in body):
            out |= _fill_axes(c, parent_axis, components, seen, memo)
    elif isinstance(view, ir.ComponentView):
        comp = components.get(view.component)
        if comp is not None and view.component not in seen:
            out |= _fill_axes(comp.body, parent_axis, components, seen + (view.component,), memo)
    elif isinstance(view, ir.ElementView):
        spec = ELEMENTS[view.name]
        given = given_text(view, spec.fills_with) if spec.fills_with else True
        for f in spec.fills if given else ():
            if f == "children":
                axis = _own_axis(view, spec.axis, parent_axis)
                for c in view.children:
                    out |= _fill_axes(c, axis, components, seen, memo)
            else:
                out |= _resolve(f, parent_axis)
    for m in getattr(view, "modifiers", ()):          # (if / native views have none)
        spec_m = MODIFIERS[m.name]
        for f in spec_m.fills:
            out |= _resolve(f, parent_axis)
        names = {a.name for a in m.args}
        out -= {axis for param, axis in spec_m.fixes if param in names}
    result = frozenset(out)
    memo[key] = (view, result)                        # the view kept alive: its id stays its own
    return result


def modifier_fills(modifiers: Iterable[ir.ModifierUse], parent_axis: str | None) -> frozenset[str]:
    """The dimensions the modifiers themselves (`.fillWidth()`, `.weight(1)` ...) make a view fill."""
    return frozenset(d for m in modifiers for f in MODIFIERS[m.name].fills for d in _resolve(f, parent_axis))


def implied_fills(view: ir.ElementView | ir.ComponentView, parent_axis: str | None,
                  components: typing.Mapping[str, ir.Component], memo: dict) -> frozenset[str]:
    """The dimensions `view` fills beyond what its own fill modifiers say (a Row because of its
    Spacer): what a target that sizes views by their content spells out. A ForEach has no box of
    its own (its items are placed in the container, each in its own right): none."""
    if isinstance(view, ir.ElementView) and view.name == "ForEach":
        return frozenset()
    return fill_axes(view, parent_axis, components, memo) - modifier_fills(view.modifiers, parent_axis)


def _resolve(fill: str, parent_axis: str | None) -> set[str]:
    if fill in ("width", "height"):
        return {fill}
    if parent_axis is None:
        return set()
    return {_DIMENSION[parent_axis if fill == "main" else _OTHER[parent_axis]]}


def _own_axis(view: ir.ElementView, axis: str, parent_axis: str | None) -> str | None:
    if axis == "parent":
        return parent_axis
    if axis.startswith("@"):
        arg = next((a.value for a in view.args if a.name == axis[1:]), None)
        return arg.case if isinstance(arg, ir.EnumCase) else "vertical"
    return axis or None


def dark_theme(program: ir.Program) -> list[ir.ThemeTokenDecl]:
    """The theme colors with a Dark Mode value (`theme dark { }`); empty: one appearance."""
    return [t for t in program.theme if t.dark is not None]


def names_read(exprs: typing.Iterable[ir.Expr]) -> set[str]:
    """The names the expressions read (references and bindings): a local the generated code introduces
    around them (a picker's `index`, `expanded`) must not hide one of these."""
    return {e.name for x in exprs for e in iter_exprs(x) if isinstance(e, (ir.Ref, ir.BindingOf))}


def fresh_name(taken: set[str], *choices: str) -> str:
    """The first of `choices` not in `taken` (the last choice is distinctive enough to be free)."""
    return next((n for n in choices if n not in taken), choices[-1])


def multiline_lines(view: ir.ElementView) -> ir.Expr | None:
    """A TextField's `lines:` when it makes the field multi-line (given, and not the literal 1)."""
    arg = next((a.value for a in view.args if a.name == "lines"), None)
    if arg is None or (isinstance(arg, ir.Literal_) and arg.value == 1):
        return None
    return arg


def given_text(view: ir.ElementView, param: str) -> bool:
    """Whether `param` is given and is not the empty string literal (a control's label, an
    image's description, a field's placeholder: "" means none)."""
    arg = next((a.value for a in view.args if a.name == param), None)
    return arg is not None and not (isinstance(arg, ir.Literal_) and arg.value == "")


def last_modifier(view: ir.ElementView | ir.ComponentView, *names: str) -> ir.ModifierUse | None:
    """The use of a single-valued modifier that counts (the last one wins), of any of `names`."""
    return last_use(view.modifiers, *names)


def last_use(modifiers: typing.Sequence[ir.ModifierUse], *names: str) -> ir.ModifierUse | None:
    """last_modifier over a list of modifier uses (a backend's own selection of a view's modifiers)."""
    return next((m for m in reversed(modifiers) if m.name in names), None)


def button_style(modifiers: typing.Sequence[ir.ModifierUse]) -> str | None:
    """The case of the `.buttonStyle` that counts ("filled", "tonal", "text"; always written out,
    E0220), or None for a Button in its platform's default look."""
    m = last_use(modifiers, "buttonStyle")
    return m.args[0].value.case if m is not None else None


# ---- walks --------------------------------------------------------------------------

def catalog_default(modifier: str, param: str, span: Span) -> ir.Expr:
    """The catalog's default of a modifier parameter (a color or a number) as an expression, for a
    use that leaves the argument out (`.border(theme.line)` is 1 wide)."""
    spec = next(p for p in MODIFIERS[modifier].params if p.name == param)
    text = spec.default or ""
    if spec.type == "Color":
        return ir.Literal_.model_construct(lit="color", value=text.lstrip("#"), type=ir.COLOR, span=span)
    if spec.type == "Float":
        return ir.Literal_.model_construct(lit="float", value=float(text), type=ir.FLOAT, span=span)
    raise ValueError(f"no literal default for .{modifier}({param}:)")


def _no_spans(v):
    if isinstance(v, dict):
        return {k: _no_spans(x) for k, x in v.items() if k != "span"}
    if isinstance(v, list):
        return [_no_spans(x) for x in v]
    return v


def same_expr(a: ir.Expr, b: ir.Expr) -> bool:
    """Structural equality of two expressions, ignoring spans."""
    return _no_spans(a.model_dump()) == _no_spans(b.model_dump())


def model_update(e: ir.ModelInit) -> tuple[ir.Expr, list[ir.FieldValue]] | None:
    """`Message(id: m.id, text: m.text, read: true)`: a copy of `m` with some fields changed, as
    (m, the changed fields), when at least two fields are taken over from one value of the same model
    and they outnumber the changed ones; else None. Kotlin writes `m.copy(read = true)`, TypeScript
    `{ ...m, read: true }`."""
    base: ir.Expr | None = None
    kept = 0
    changed: list[ir.FieldValue] = []
    for f in e.fields:
        v = f.value
        if isinstance(v, ir.FieldGet) and not v.optional and v.name == f.name and v.model == e.model and \
                (base is None or same_expr(v.obj, base)):
            base = v.obj
            kept += 1
        else:
            changed.append(f)
    if base is None or kept < 2 or kept <= len(changed):
        return None
    return base, changed


def bind_then(binding: ir.BindingOf, callback: ir.Expr, value_type: ir.Type) -> ir.Lambda:
    """`Toggle(isOn: $on, onChange: cb)`: one change handler that writes the binding, then runs the
    callback with the new value (for targets whose control takes a single change handler)."""
    named = [p.name for p in getattr(callback, "params", []) if p.name != "_"]
    if named:
        name = named[0]       # the block's own name for the value (the checker keeps it unshadowed)
    else:
        taken = {binding.name} | {e.name for e in iter_exprs(callback) if isinstance(e, ir.Ref)}
        name = next(n for n in ("checked", "isOn", "newValue", "newValue2", "newValue3") if n not in taken)
    span = binding.span
    param = ir.LocalVar.model_construct(name=name, type=value_type, span=span)
    new = ir.Ref.model_construct(name=name, ref="closure_param", type=value_type, span=span)
    target = binding.target or ir.LValue.model_construct(root=binding.name, root_ref=binding.ref,
                                                         root_type=value_type, path=[], type=value_type, span=span)
    body: list = [ir.Assign.model_construct(target=target, op="=", value=new, span=span)]
    if isinstance(callback, ir.Lambda):
        body.extend(callback.body)
    else:
        body.append(ir.CallCallback.model_construct(callee=callback, args=[new], span=span))
    return ir.Lambda.model_construct(params=[param], body=body, type=ir.TFunc.model_construct(params=[value_type]),
                                     span=callback.span)


def negated(e: ir.Expr) -> ir.Expr | None:
    """`!e` said without the `!`, the same on every target: `!!c` is `c`, `!(a == b)` is `a != b` (only
    equality flips: `!(a < b)` is not `a >= b` for NaN). None when there is no such form."""
    if isinstance(e, ir.Unary) and e.op == "!":
        return e.operand
    if isinstance(e, ir.Binary) and e.op in ("==", "!="):
        return e.model_copy(update={"op": "!=" if e.op == "==" else "=="})
    return None


def iter_views(views: Iterable[ir.View]) -> Iterator[ir.View]:
    """Every view node, depth first."""
    for v in views:
        yield v
        if isinstance(v, ir.ElementView):
            yield from iter_views(v.children)
        elif isinstance(v, ir.IfView):
            for b in v.branches:
                yield from iter_views(b.body)
            if v.else_body:
                yield from iter_views(v.else_body)


def iter_actions(actions: Iterable[ir.Action]) -> Iterator[ir.Action]:
    for a in actions:
        yield a
        if isinstance(a, ir.IfAction):
            for b in a.branches:
                yield from iter_actions(b.body)
            if a.else_body:
                yield from iter_actions(a.else_body)


def iter_exprs(node) -> Iterator[ir.Expr]:
    """Every expression inside any IR node (views, actions, expressions), depth first."""
    walk = _WALK
    stack = [node]
    pop, push = stack.pop, stack.append
    while stack:
        n = pop()
        cls = n.__class__
        if cls is list:
            stack.extend(reversed(n))
            continue
        entry = walk.get(cls)
        if entry is None:
            entry = _walk_entry(cls)
        is_expr, names = entry
        if is_expr:
            yield n
        for name in names:
            val = getattr(n, name)
            if val is not None:
                push(val)


# class -> (is an expression, fields that may hold expressions), filled on first sight
_WALK: dict[type, tuple[bool, tuple[str, ...]]] = {}
_TYPES = (ir.TPrim, ir.TList, ir.TOptional, ir.TModel, ir.TEnum, ir.TFunc, ir.TBinding, ir.TNil, ir.TError)


def _walk_entry(cls: type) -> tuple[bool, tuple[str, ...]]:
    if isinstance(cls, type) and issubclass(cls, ir.Node):
        # fields that may hold expressions, by annotation: not spans, scalars, literals,
        # name lists or types
        names = tuple(n for n, f in cls.model_fields.items()
                      if n not in ("span", "type", "item_type", "root_type") and _may_hold_exprs(f.annotation))
        entry = (issubclass(cls, ir.ExprBase), names)
    else:
        entry = (False, ())
    _WALK[cls] = entry
    return entry


def _may_hold_exprs(ann) -> bool:
    if ann in (bool, int, float, str, type(None), Span):
        return False
    if isinstance(ann, typing.ForwardRef):
        return ann.__forward_arg__.strip() not in ("Type", "list['Type']", "'Type'")
    if isinstance(ann, str):
        return ann.strip() not in ("Type", "list['Type']")
    if isinstance(ann, type):
        return not issubclass(ann, _TYPES)
    origin = typing.get_origin(ann)
    if origin is typing.Literal:
        return False
    args = typing.get_args(ann)
    if origin is typing.Annotated:
        return _may_hold_exprs(args[0])
    if origin is dict:
        return _may_hold_exprs(args[1]) if len(args) == 2 else True
    if args:
        return any(_may_hold_exprs(a) for a in args)
    return True


def component_uses(comp: ir.Component) -> list[str]:
    """Names of components used in a component body (first use order)."""
    out: list[str] = []
    for v in iter_views([comp.body]):
        if isinstance(v, ir.ComponentView) and v.component not in out:
            out.append(v.component)
    return out


def uses_models(node) -> list[str]:
    """Models referenced by construction, field access or types inside `node`."""
    out: set[str] = set()
    for e in iter_exprs(node):
        _collect_models(e.type, out)
        if isinstance(e, ir.ModelInit):
            out.add(e.model)
    return sorted(out)


def _collect_models(t, out: set[str]) -> None:
    if isinstance(t, ir.TModel):
        out.add(t.name)
    elif isinstance(t, (ir.TList,)):
        _collect_models(t.elem, out)
    elif isinstance(t, (ir.TOptional, ir.TBinding)):
        _collect_models(t.inner, out)
    elif isinstance(t, ir.TFunc):
        for p in t.params:
            _collect_models(p, out)


def type_models(t: ir.Type) -> list[str]:
    out: set[str] = set()
    _collect_models(t, out)
    return sorted(out)


def state_deps(expr) -> list[str]:
    """State / param / let names an expression reads (for memo keys, derived state)."""
    names: list[str] = []
    for e in iter_exprs(expr):
        if isinstance(e, ir.Ref) and e.ref in ("state", "param", "let") and e.name not in names:
            names.append(e.name)
    return names


def decl_sources(program: ir.Program) -> dict[str, str]:
    """The source file of every model, enum and component, by name (for file headers)."""
    out: dict[str, str] = {}
    for f in program.files:
        for n in (*f.models, *f.enums, *f.components):
            out.setdefault(n, f.path)
    return out


def screens(program: ir.Program) -> list[ir.Component]:
    return [c for c in program.components if c.kind == "screen"]


def uses_navigation(program: ir.Program) -> bool:
    for c in program.components:
        for e in iter_exprs(c.body):
            if isinstance(e, ir.Lambda):
                for a in iter_actions(e.body):
                    if isinstance(a, (ir.Navigate, ir.Back)):
                        return True
    return False


# ---- copy-on-write path updates ------------------------------------------------------

def render_path_update(root: str, path: list, leaf: Callable[[str], str],
                       field_copy: Callable[[str, str, str, str], str],
                       index_copy: Callable[[str, ir.Expr, Callable[[str], str]], str]) -> str:
    """The new value of `root` after replacing the element at `path` by `leaf(old)`.

    field_copy(obj_code, model, field_name, new_field_code) -> code of a copy of obj with the field replaced
    index_copy(list_code, index_expr, elem_fn) -> code of a copy of the list with element `index` replaced
                                                   by elem_fn(code of the old element)
    """
    if not path:
        return leaf(root)
    step, rest = path[0], path[1:]
    if isinstance(step, ir.FieldStep):
        inner = f"{root}.{ident(step.name)}"
        return field_copy(root, step.model, step.name, render_path_update(inner, rest, leaf, field_copy, index_copy))
    return index_copy(root, step.index,
                      lambda old: render_path_update(old, rest, leaf, field_copy, index_copy))


# ---- templates -------------------------------------------------------------------------

@lru_cache(maxsize=None)
def jinja_env(target: str) -> Environment:
    """One Jinja environment per target (templates compiled once per process)."""
    env = Environment(loader=PackageLoader(f"xui.targets.{target}", "templates"),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      undefined=StrictUndefined, autoescape=False)
    return env
