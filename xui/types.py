"""Type helpers shared by the checker and the backends."""

from __future__ import annotations

from xui import ir
from xui.catalog import ENUMS

PRIMS = {"String": ir.STRING, "Int": ir.INT, "Float": ir.FLOAT, "Bool": ir.BOOL, "Color": ir.COLOR,
         "Font": ir.FONT, "Void": ir.VOID}


def is_error(t: ir.Type) -> bool:
    return isinstance(t, ir.TError)


def is_numeric(t: ir.Type) -> bool:
    return t == ir.INT or t == ir.FLOAT


def is_optional(t: ir.Type) -> bool:
    return isinstance(t, ir.TOptional)


def strip_binding(t: ir.Type) -> ir.Type:
    return t.inner if isinstance(t, ir.TBinding) else t


def is_equatable(t: ir.Type) -> bool:
    if isinstance(t, ir.TOptional):
        return is_equatable(t.inner)
    return isinstance(t, (ir.TPrim, ir.TEnum)) and t != ir.VOID and t != ir.FONT


def builtin_enum(name: str) -> ir.TEnum | None:
    return ir.TEnum.model_construct(name=name, builtin=True) if name in ENUMS else None


def catalog_type(spec: str) -> list[ir.Type]:
    """Concrete catalog type patterns ("Float", "Bool|Binding<Bool>", "(Bool) -> Void", "[String]") -> IR types.
    Generic patterns ([T], KeyPath<T>, Pred<T>, Fn<T>, T) are handled by the checker."""
    out: list[ir.Type] = []
    for part in spec.split("|"):
        part = part.strip()
        if part.startswith("Binding<") and part.endswith(">"):
            out.append(ir.TBinding.model_construct(inner=catalog_type(part[8:-1])[0]))
        elif part.startswith("(") and part.endswith("-> Void"):
            inner = part[1:part.index(")")].strip()
            params = [catalog_type(p)[0] for p in inner.split(",")] if inner else []
            out.append(ir.TFunc.model_construct(params=params))
        elif part.startswith("[") and part.endswith("]") and part[1:-1] != "T":
            out.append(ir.TList.model_construct(elem=catalog_type(part[1:-1])[0]))
        elif part in PRIMS:
            out.append(PRIMS[part])
        elif part in ENUMS:
            out.append(ir.TEnum.model_construct(name=part, builtin=True))
        else:
            raise ValueError(f"not a concrete catalog type: {spec}")
    return out
