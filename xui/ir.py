"""The typed IR: the contract between the front end and the backends.

Every node is a frozen pydantic model carrying its source span. Names are
resolved (a `Ref` says whether it is a state, param, let, item ...), every
expression carries its type, implicit conversions are explicit nodes
(`IntToFloat`), defaults are filled in, and imports are merged into one
`Program`. Backends read only this module's types.
"""

from __future__ import annotations

from typing import Optional, Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from xui.span import Span

IR_VERSION = 1


class Node(BaseModel):
    # defer_build: validators are built on first use, not at import (keeps `xui --help` and
    # single-file builds fast; the IR types are only validated when constructed).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values):  # type: ignore[override]
        """Build a node from trusted, already-typed values without validation.

        Same result as pydantic's `model_construct` for these models (no aliases, no
        validators, no extras, plain defaults), at a fraction of the cost: the checker
        makes one call per IR node. `tests/test_checker.py` validates the IR of every
        sample through a JSON round trip."""
        obj = _new(cls)
        defaults = _DEFAULTS.get(cls)
        if defaults is None:
            defaults = _defaults(cls)
        _set(obj, "__dict__", {**defaults, **values} if defaults else values)
        if _fields_set is None:
            # one shared set per field combination (~200 bytes per node saved; frozen models
            # never change it, and pydantic copies it before any update)
            key = tuple(values)
            _fields_set = _FIELDS_SETS.get(key)
            if _fields_set is None:
                _fields_set = _FIELDS_SETS[key] = set(key)
        _set(obj, "__pydantic_fields_set__", _fields_set)
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj


_DEFAULTS: dict[type, dict] = {}
_new = object.__new__
_set = object.__setattr__
_FIELDS_SETS: dict[tuple[str, ...], set[str]] = {}


def _defaults(cls: type) -> dict:
    d = _DEFAULTS.get(cls)
    if d is None:
        from pydantic_core import PydanticUndefined
        d = {n: f.default for n, f in cls.model_fields.items() if f.default is not PydanticUndefined}
        _DEFAULTS[cls] = d
    return d


# ---- types ----------------------------------------------------------------------

PrimName = Literal["String", "Int", "Float", "Bool", "Color", "Font", "Void"]


class TPrim(Node):
    kind: Literal["prim"] = "prim"
    name: PrimName

    def __str__(self) -> str:
        return self.name


class TList(Node):
    kind: Literal["list"] = "list"
    elem: "Type"

    def __str__(self) -> str:
        return f"[{self.elem}]"


class TOptional(Node):
    kind: Literal["optional"] = "optional"
    inner: "Type"

    def __str__(self) -> str:
        return f"({self.inner})?" if isinstance(self.inner, TFunc) else f"{self.inner}?"


class TModel(Node):
    kind: Literal["model"] = "model"
    name: str

    def __str__(self) -> str:
        return self.name


class TEnum(Node):
    kind: Literal["enum"] = "enum"
    name: str
    builtin: bool = False    # catalog enums (HAlign, FontWeight ...) vs user enums

    def __str__(self) -> str:
        return self.name


class TFunc(Node):
    """A callback type `(A, B) -> Void` (callbacks never return values)."""
    kind: Literal["func"] = "func"
    params: list["Type"]

    def __str__(self) -> str:
        return "(" + ", ".join(str(p) for p in self.params) + ") -> Void"


class TBinding(Node):
    kind: Literal["binding"] = "binding"
    inner: "Type"

    def __str__(self) -> str:
        return f"Binding<{self.inner}>"


class TNil(Node):
    """The type of `nil` before it meets an optional (never in a checked program)."""
    kind: Literal["nil"] = "nil"

    def __str__(self) -> str:
        return "nil"


class TError(Node):
    """The type of an expression that already produced an error (never in a checked program)."""
    kind: Literal["error"] = "error"

    def __str__(self) -> str:
        return "<error>"


Type = Annotated[Union[TPrim, TList, TOptional, TModel, TEnum, TFunc, TBinding, TNil, TError],
                 Field(discriminator="kind")]

STRING = TPrim.model_construct(name="String")
INT = TPrim.model_construct(name="Int")
FLOAT = TPrim.model_construct(name="Float")
BOOL = TPrim.model_construct(name="Bool")
COLOR = TPrim.model_construct(name="Color")
FONT = TPrim.model_construct(name="Font")
VOID = TPrim.model_construct(name="Void")
NIL = TNil.model_construct()
ERROR = TError.model_construct()


# ---- expressions --------------------------------------------------------------------

class ExprBase(Node):
    span: Span
    type: Type


class Literal_(ExprBase):
    """A literal. `value` is the decoded value; colors are 'RRGGBB' / 'AARRGGBB'."""
    node: Literal["literal"] = "literal"
    lit: Literal["string", "int", "float", "bool", "nil", "color"]
    value: Union[str, int, float, bool, None]


class TextPart(Node):
    part: Literal["text"] = "text"
    text: str


class ExprPart(Node):
    part: Literal["expr"] = "expr"
    expr: "Expr"


class Interpolation(ExprBase):
    """`"Hello {name}"`: text and expressions alternate; every expression is a String
    (numbers are wrapped in `ToString`)."""
    node: Literal["interpolation"] = "interpolation"
    parts: list[Annotated[Union[TextPart, ExprPart], Field(discriminator="part")]]


RefKind = Literal["param", "state", "let", "item", "index", "closure_param", "local", "it"]


class Ref(ExprBase):
    """A resolved name. `decl` is the owning component (for param/state/let)."""
    node: Literal["ref"] = "ref"
    name: str
    ref: RefKind


class FieldGet(ExprBase):
    """`obj.name`; with `optional`, `obj?.name` (nil when obj is nil; `type` is then optional).
    `chained`: obj is optional only because an earlier `?.` of the same chain may stop it (SwiftUI,
    TypeScript and ArkTS continue such a chain with `.`, Kotlin with `?.`)."""
    node: Literal["field"] = "field"
    obj: "Expr"
    model: str
    name: str
    optional: bool = False
    chained: bool = False


class IndexGet(ExprBase):
    node: Literal["index"] = "index"
    obj: "Expr"
    index: "Expr"


class EnumCase(ExprBase):
    node: Literal["enum_case"] = "enum_case"
    enum: str
    case: str
    builtin: bool = False


class ThemeToken(ExprBase):
    node: Literal["theme"] = "theme"
    name: str
    token_kind: str           # color / space / radius / size / font


class StringKey(ExprBase):
    node: Literal["string_key"] = "string_key"
    key: str


class Unary(ExprBase):
    node: Literal["unary"] = "unary"
    op: Literal["!", "-"]
    operand: "Expr"


class Binary(ExprBase):
    """Arithmetic, comparison, logic and `??`. `+` on Strings is concatenation."""
    node: Literal["binary"] = "binary"
    op: Literal["+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "??"]
    left: "Expr"
    right: "Expr"


class Conditional(ExprBase):
    node: Literal["conditional"] = "conditional"
    cond: "Expr"
    then: "Expr"
    other: "Expr"


class FieldValue(Node):
    name: str
    value: "Expr"
    is_default: bool = False      # filled in from the model's default (not written)


class ModelInit(ExprBase):
    """`Todo(id: 1, title: t)` with every field present, in declaration order
    (defaults filled in from the model)."""
    node: Literal["model_init"] = "model_init"
    model: str
    fields: list[FieldValue]


class FontValue(ExprBase):
    node: Literal["font"] = "font"
    size: "Expr"
    weight: "Expr"


class ListLiteral(ExprBase):
    node: Literal["list"] = "list"
    items: list["Expr"]


class Predicate(ExprBase):
    """The argument of `filter(where:)`, `count(where:)`, `map(...)`: a one-parameter
    function of the current item, which the body refers to as `Ref(ref='it')`."""
    node: Literal["predicate"] = "predicate"
    item_type: Type
    body: "Expr"


class MemberCall(ExprBase):
    """A built-in member from the catalog, e.g. `todos.count`, `name.uppercased()`,
    `todos.filter(where: ...)`. `member` is the catalog name (`count_where`, ...)."""
    node: Literal["member_call"] = "member_call"
    receiver: "Expr"
    member: str
    args: list["Expr"]


class IntToFloat(ExprBase):
    node: Literal["int_to_float"] = "int_to_float"
    expr: "Expr"


class ToString(ExprBase):
    """A number or enum inside a string interpolation."""
    node: Literal["to_string"] = "to_string"
    expr: "Expr"


class BindingOf(ExprBase):
    """`$draft`: a two-way binding to a state or a Binding<T> parameter. `$prefs.volume` (a field or
    element of one, for a built-in control) carries the path as `target`: the control reads it and
    writes it back as the assignment `prefs.volume = v` would; `value` is the path read."""
    node: Literal["binding"] = "binding"
    name: str
    ref: Literal["state", "param"]
    target: Optional["LValue"] = None
    value: Optional["Expr"] = None


class Lambda(ExprBase):
    """An action block used as a value: `{ v -> draft = v }`."""
    node: Literal["lambda"] = "lambda"
    params: list["LocalVar"]
    body: list["Action"]


Expr = Annotated[Union[Literal_, Interpolation, Ref, FieldGet, IndexGet, EnumCase, ThemeToken, StringKey,
                       Unary, Binary, Conditional, ModelInit, FontValue, ListLiteral, Predicate, MemberCall,
                       IntToFloat, ToString, BindingOf, Lambda],
                 Field(discriminator="node")]


class LocalVar(Node):
    name: str
    type: Type
    span: Span


# ---- actions ---------------------------------------------------------------------------

class FieldStep(Node):
    step: Literal["field"] = "field"
    name: str
    model: str


class IndexStep(Node):
    step: Literal["index"] = "index"
    index: Expr


class LValue(Node):
    """`todos[i].done`: a root state / binding param and a path into it."""
    root: str
    root_ref: Literal["state", "param"]
    root_type: Type
    path: list[Annotated[Union[FieldStep, IndexStep], Field(discriminator="step")]]
    type: Type
    span: Span


class Assign(Node):
    action: Literal["assign"] = "assign"
    target: LValue
    op: Literal["=", "+=", "-=", "*=", "/="]
    value: Expr
    span: Span


class ListAppend(Node):
    action: Literal["append"] = "append"
    target: LValue
    value: Expr
    span: Span


class ListInsert(Node):
    action: Literal["insert"] = "insert"
    target: LValue
    value: Expr
    index: Expr
    span: Span


class ListRemoveAt(Node):
    action: Literal["remove_at"] = "remove_at"
    target: LValue
    index: Expr
    span: Span


class ListRemoveWhere(Node):
    action: Literal["remove_where"] = "remove_where"
    target: LValue
    predicate: Predicate
    span: Span


class ListClear(Node):
    action: Literal["clear"] = "clear"
    target: LValue
    span: Span


class CallCallback(Node):
    action: Literal["call"] = "call"
    callee: Ref
    args: list[Expr]
    span: Span


class Navigate(Node):
    action: Literal["navigate"] = "navigate"
    screen: str
    args: list["Arg"]
    span: Span


class Back(Node):
    action: Literal["back"] = "back"
    span: Span


class ActionBranch(Node):
    cond: Expr
    body: list["Action"]


class IfAction(Node):
    action: Literal["if"] = "if"
    branches: list[ActionBranch]
    else_body: list["Action"] | None
    span: Span


class LetAction(Node):
    action: Literal["let"] = "let"
    name: str
    type: Type
    value: Expr
    span: Span


class NativeAction(Node):
    action: Literal["native"] = "native"
    code: dict[str, str]
    span: Span


Action = Annotated[Union[Assign, ListAppend, ListInsert, ListRemoveAt, ListRemoveWhere, ListClear,
                         CallCallback, Navigate, Back, IfAction, LetAction, NativeAction],
                   Field(discriminator="action")]


# ---- views ----------------------------------------------------------------------------

class Arg(Node):
    """A named argument, by the callee's parameter name. `is_default`: not written by the
    user but filled in from the parameter's default (or nil), so a target may omit it."""
    name: str
    value: Expr
    span: Span
    is_default: bool = False


class ModifierUse(Node):
    name: str                     # catalog modifier name
    args: list[Arg]               # given arguments only, catalog order
    span: Span


class ElementView(Node):
    """A built-in element from the catalog. `args` holds the given arguments (catalog
    order; defaults are in the catalog). Collection elements (List, ForEach, Grid)
    have `item`, optional `index` and `key` (a field name, or None for `.self`)."""
    view: Literal["element"] = "element"
    name: str
    args: list[Arg]
    children: list["View"]
    modifiers: list[ModifierUse]
    item: LocalVar | None = None
    index: LocalVar | None = None
    key: str | None = None
    span: Span


class ComponentView(Node):
    view: Literal["component"] = "component"
    component: str
    args: list[Arg]               # every param, declaration order, defaults filled in
    modifiers: list[ModifierUse]
    span: Span


class ViewBranch(Node):
    cond: Expr
    body: list["View"]


class IfView(Node):
    view: Literal["if"] = "if"
    branches: list[ViewBranch]
    else_body: list["View"] | None
    span: Span


class NativeView(Node):
    view: Literal["native"] = "native"
    code: dict[str, str]
    span: Span


View = Annotated[Union[ElementView, ComponentView, IfView, NativeView], Field(discriminator="view")]


# ---- declarations ---------------------------------------------------------------------

class ModelField(Node):
    name: str
    type: Type
    default: Expr | None
    span: Span


class Model(Node):
    name: str
    fields: list[ModelField]
    span: Span


class EnumDecl(Node):
    name: str
    cases: list[str]
    span: Span


class Param(Node):
    name: str
    type: Type
    default: Expr | None
    span: Span


class State(Node):
    name: str
    type: Type
    init: Expr
    span: Span


class Let(Node):
    name: str
    type: Type
    value: Expr
    span: Span


class Component(Node):
    name: str
    kind: Literal["component", "screen"]
    params: list[Param]
    states: list[State]
    lets: list[Let]
    body: View
    span: Span


class ThemeTokenDecl(Node):
    name: str
    token_kind: Literal["color", "space", "radius", "size", "font"]
    type: Type
    value: Expr
    span: Span
    dark: Expr | None = None        # a color's Dark Mode value (`theme dark { }`); None: the same in both


class StringEntry(Node):
    key: str
    text: str
    span: Span


class StringTable(Node):
    locale: str | None            # None: the default (fallback) table
    entries: list[StringEntry]
    span: Span


class SourceFile(Node):
    """One input file and what it declares, so backends can emit one output per source."""
    path: str                     # as given / relative to the build root
    imports: list[str]
    models: list[str]
    enums: list[str]
    components: list[str]
    has_theme: bool
    has_strings: bool


class Program(Node):
    ir_version: int = IR_VERSION
    files: list[SourceFile]
    models: list[Model]
    enums: list[EnumDecl]
    components: list[Component]
    theme: list[ThemeTokenDecl]
    strings: list[StringTable]




def type_str(t: Type) -> str:
    return str(t)
