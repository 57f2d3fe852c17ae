"""The syntax tree: what the parser produces and the formatter prints.

Plain slotted dataclasses (cheap to build inside the LALR parser's reduce
callbacks). Only the checker and the formatter read them; backends see the IR.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Union

from xui.span import Span


_FIELDS: dict[type, tuple[attrgetter, bool]] = {}


@dataclass(slots=True)
class Node:
    span: Span

    def __reduce__(self):
        # (class, field values): pickles ~2x faster than the slotted dataclass default;
        # the parallel parse sends trees between processes this way.
        cls = self.__class__
        entry = _FIELDS.get(cls)
        if entry is None:
            names = [f.name for f in fields(cls)]
            entry = _FIELDS[cls] = (attrgetter(*names), len(names) == 1)
        get, single = entry
        return (cls, (get(self),) if single else get(self))


# ---- types --------------------------------------------------------------------

@dataclass(slots=True)
class NamedType(Node):
    name: str


@dataclass(slots=True)
class GenericType(Node):
    name: str
    arg: "TypeExpr"


@dataclass(slots=True)
class ListType(Node):
    elem: "TypeExpr"


@dataclass(slots=True)
class OptionalType(Node):
    inner: "TypeExpr"


@dataclass(slots=True)
class FuncType(Node):
    params: list["TypeExpr"]
    result: "TypeExpr"


TypeExpr = Union[NamedType, GenericType, ListType, OptionalType, FuncType]


# ---- expressions ----------------------------------------------------------------

@dataclass(slots=True)
class IntLit(Node):
    value: int
    text: str


@dataclass(slots=True)
class FloatLit(Node):
    value: float
    text: str


@dataclass(slots=True)
class StrLit(Node):
    """A string literal; `parts` alternates text and interpolated expressions."""
    parts: list[Union[str, "Expr"]]
    raw: str               # the token as written, quotes included
    triple: bool = False


@dataclass(slots=True)
class BoolLit(Node):
    value: bool


@dataclass(slots=True)
class NilLit(Node):
    pass


@dataclass(slots=True)
class ColorLit(Node):
    hex: str               # 'RRGGBB' or 'AARRGGBB', upper case


@dataclass(slots=True)
class Var(Node):
    name: str


@dataclass(slots=True)
class BindingExpr(Node):
    name: str


@dataclass(slots=True)
class ImplicitMember(Node):
    name: str


@dataclass(slots=True)
class Paren(Node):
    inner: "Expr"


@dataclass(slots=True)
class ListLit(Node):
    items: list["Expr"]


@dataclass(slots=True)
class ThemeRef(Node):
    name: str
    name_span: Span


@dataclass(slots=True)
class StringRef(Node):
    key: str
    key_span: Span


@dataclass(slots=True)
class Member(Node):
    obj: "Expr"
    name: str
    name_span: Span
    optional: bool = False      # `obj?.name`: nil when obj is nil


@dataclass(slots=True)
class Arg(Node):
    label: str | None
    label_span: Span | None
    value: Union["Expr", "ActionBlock"]


@dataclass(slots=True)
class Call(Node):
    callee: "Expr"
    args: list[Arg]


@dataclass(slots=True)
class Index(Node):
    obj: "Expr"
    index: "Expr"


@dataclass(slots=True)
class Unary(Node):
    op: str
    operand: "Expr"


@dataclass(slots=True)
class Binary(Node):
    op: str
    left: "Expr"
    right: "Expr"
    op_span: Span


@dataclass(slots=True)
class Cond(Node):
    cond: "Expr"
    then: "Expr"
    other: "Expr"


Expr = Union[IntLit, FloatLit, StrLit, BoolLit, NilLit, ColorLit, Var, BindingExpr, ImplicitMember,
             Paren, ListLit, ThemeRef, StringRef, Member, Call, Index, Unary, Binary, Cond]


# ---- actions ------------------------------------------------------------------

@dataclass(slots=True)
class Name(Node):
    name: str


@dataclass(slots=True)
class ActionBlock(Node):
    params: list[Name]
    stmts: list["Stmt"]


@dataclass(slots=True)
class Assign(Node):
    target: Expr
    op: str
    value: Expr


@dataclass(slots=True)
class ExprStmt(Node):
    expr: Expr


@dataclass(slots=True)
class LetStmt(Node):
    name: str
    name_span: Span
    type: TypeExpr | None
    value: Expr


@dataclass(slots=True)
class IfStmt(Node):
    branches: list[tuple[Expr, list["Stmt"]]]
    else_body: list["Stmt"] | None


@dataclass(slots=True)
class NativeEntry(Node):
    target: str
    code: StrLit


@dataclass(slots=True)
class Native(Node):
    entries: list[NativeEntry]


Stmt = Union[Assign, ExprStmt, LetStmt, IfStmt, Native]


# ---- view bodies --------------------------------------------------------------

@dataclass(slots=True)
class StateDecl(Node):
    name: str
    name_span: Span
    type: TypeExpr | None
    value: Expr


@dataclass(slots=True)
class LetDecl(Node):
    name: str
    name_span: Span
    type: TypeExpr | None
    value: Expr


@dataclass(slots=True)
class Modifier(Node):
    name: str
    name_span: Span
    args: list[Arg] | None
    action: ActionBlock | None


@dataclass(slots=True)
class Children(Node):
    params: list[Name]
    body: list["BodyItem"]


@dataclass(slots=True)
class Element(Node):
    name: str
    name_span: Span
    args: list[Arg] | None          # None: written without parentheses
    children: Children | None
    modifiers: list[Modifier]


@dataclass(slots=True)
class IfView(Node):
    branches: list[tuple[Expr, list["BodyItem"]]]
    else_body: list["BodyItem"] | None


BodyItem = Union[StateDecl, LetDecl, Element, IfView, Native]


# ---- declarations ---------------------------------------------------------------

@dataclass(slots=True)
class Import(Node):
    path: StrLit


@dataclass(slots=True)
class Field(Node):
    name: str
    name_span: Span
    type: TypeExpr
    default: Expr | None


@dataclass(slots=True)
class Model(Node):
    name: str
    name_span: Span
    fields: list[Field]


@dataclass(slots=True)
class Enum(Node):
    name: str
    name_span: Span
    cases: list[Name]


@dataclass(slots=True)
class Param(Node):
    name: str
    name_span: Span
    type: TypeExpr
    default: Expr | None


@dataclass(slots=True)
class Component(Node):
    kind: str                       # 'component' | 'screen'
    name: str
    name_span: Span
    params: list[Param] | None      # None: written without parentheses
    body: list[BodyItem]


@dataclass(slots=True)
class ThemeEntry(Node):
    kind: str
    kind_span: Span
    name: str
    name_span: Span
    value: Expr


@dataclass(slots=True)
class Theme(Node):
    entries: list[ThemeEntry]
    variant: str | None = None          # `theme dark { }`: the colors of Dark Mode
    variant_span: Span | None = None


@dataclass(slots=True)
class StringEntry(Node):
    key: str
    key_span: Span
    value: StrLit


@dataclass(slots=True)
class Strings(Node):
    locale: str | None
    entries: list[StringEntry]


Decl = Union[Import, Model, Enum, Component, Theme, Strings]


@dataclass(slots=True)
class Comment:
    line: int
    col: int
    end_line: int
    text: str


@dataclass(slots=True)
class Module:
    path: str
    items: list[Decl]
    comments: list[Comment] = field(default_factory=list)
