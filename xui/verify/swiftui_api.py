"""The SwiftUI API table (targets/swiftui/swiftui_api.json) and its signatures.

The table is plain JSON, meant to be extended by hand by pasting declarations
from Apple's documentation::

    {
      "types": {
        "VStack": {"kind": "view",
                   "inits": ["init(alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil, @ViewBuilder content: () -> Content)"]},
        "Font.Weight": {"kind": "value", "members": ["regular", "bold"]},
        "Font": {"kind": "value", "members": ["title", "static func system(size: CGFloat, weight: Font.Weight? = nil, design: Font.Design? = nil) -> Font"]}
      },
      "modifiers": {
        "padding": ["func padding(_ length: CGFloat) -> some View"],
        "resizable": [{"on": "Image", "sig": "func resizable(capInsets: EdgeInsets = EdgeInsets(), resizingMode: Image.ResizingMode = .stretch) -> Image"}]
      },
      "functions": {"withAnimation": ["func withAnimation<Result>(_ animation: Animation? = .default, _ body: () throws -> Result) rethrows -> Result"]},
      "names": ["String", "Int", "UUID"]
    }

* ``kind``: ``view`` / ``shape`` (views that take shape modifiers such as
  ``fill``) / ``value`` / ``protocol`` / ``wrapper`` (property wrappers).
* ``inits``: a call must match one declaration: argument labels in order,
  defaulted parameters may be left out, closure-typed parameters may come as
  trailing closures. Without ``inits`` the labels are not checked.
* ``members``: static members, for ``Type.x`` and for ``.x`` where a parameter
  has this type (or is generic over it: ``where S : ShapeStyle``).
* ``modifiers``: a string applies to any view; ``{"on": T, "sig": ...}`` only
  to receivers of type ``T`` (``Text``, ``Image``, ``Shape``). The ``->`` type
  is what the chain continues with (``Text.bold() -> Text`` keeps ``+``/Text
  modifiers available, ``some View`` does not).
* ``functions``: free functions; ``[]`` means known but labels unchecked.
* ``names``: other known type names (Swift, Foundation, UIKit), never checked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_PREFIX = re.compile(
    r"^(?:(?:nonisolated|static|class|final|public|mutating|func|convenience|required|override|"
    r"@\w+(?:\([^()]*\))?)\s+)+")
_NAME = re.compile(r"^(init[?!]?|[A-Za-z_][A-Za-z0-9_]*|[^\s(<A-Za-z0-9_]+)")


@dataclass(frozen=True)
class Param:
    label: str | None  # None: unlabeled ("_")
    type: str
    optional: bool  # has a default value
    closure: bool  # function-typed: may be passed as a trailing closure
    variadic: bool = False

    def show(self) -> str:
        return f"{self.label or '_'}:"


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    returns: str  # base name of the result type ("View", "Text", ...); "" if none
    generics: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    text: str = ""
    on: str = "View"  # receiver a modifier applies to

    def short(self) -> str:
        return f"{self.name}(" + "".join(p.show() for p in self.params) + ")"

    def param_type(self, param: Param) -> str | None:
        """The base type name of ``param`` with generics resolved to their constraint."""
        return base_type(param.type, self.generics)


def _split_top(text: str, sep: str) -> list[str]:
    """Split at ``sep`` characters that are not nested in brackets."""
    out, depth, cur = [], 0, []
    i = 0
    while i < len(text):
        c = text[i]
        if text.startswith("->", i):
            cur.append("->")
            i += 2
            continue
        if c in "([<{":
            depth += 1
        elif c in ")]>}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return [s.strip() for s in out]


def _balanced(text: str, start: int, open_: str, close: str) -> int:
    """Index just past the bracket closing the one at ``start``."""
    depth = 0
    i = start
    while i < len(text):
        if text.startswith("->", i):
            i += 2
            continue
        if text[i] == open_:
            depth += 1
        elif text[i] == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced {open_}{close} in {text!r}")


_ATTR = re.compile(r"@\w+(?:\([^()]*\))?\s*")


def is_closure_type(type_text: str) -> bool:
    t = _ATTR.sub("", type_text).strip()
    while t.endswith(("?", "!")):
        t = t[:-1].strip()
    if t.startswith("(") and _balanced(t, 0, "(", ")") == len(t):
        inner = t[1:-1].strip()
        if "->" in _split_top(inner, ",")[0] and len(_split_top(inner, ",")) == 1:
            t = inner
    # a top-level arrow (not one inside parentheses of a tuple parameter)
    depth = 0
    i = 0
    while i < len(t):
        if t.startswith("->", i) and depth == 0:
            return True
        if t[i] in "([<{":
            depth += 1
        elif t[i] in ")]>}":
            depth -= 1
        i += 1
    return False


def base_type(type_text: str, generics: dict[str, str] | None = None) -> str | None:
    """``some ShapeStyle`` -> ShapeStyle, ``Font.Weight?`` -> Font.Weight,
    ``S`` (where S : ShapeStyle) -> ShapeStyle, ``Binding<Bool>`` -> Binding,
    ``[Edge]`` -> Edge; None for function and tuple types."""
    t = _ATTR.sub("", type_text).strip()
    for kw in ("some ", "any ", "inout "):
        if t.startswith(kw):
            t = t[len(kw):].strip()
    while t.endswith(("?", "!")):
        t = t[:-1].strip()
    if t.endswith("..."):
        t = t[:-3].strip()
    if t.startswith("(") and t.endswith(")?"):
        t = t[1:-2]
    if t.startswith("[") and t.endswith("]") and ":" not in t:
        t = t[1:-1].strip()
    if not t or t[0] == "(" or "->" in t:
        return None
    t = t.split("<", 1)[0].strip()
    if generics and t in generics:
        return generics[t] or None
    return t or None


def parse_signature(text: str, on: str = "View") -> Signature:
    src = text.strip()
    rest = _PREFIX.sub("", src)
    m = _NAME.match(rest)
    if not m:
        raise ValueError(f"cannot read a name in {text!r}")
    name = m.group(1).rstrip("?!")
    rest = rest[m.end():].lstrip()
    generics: dict[str, str] = {}
    if rest.startswith("<"):
        end = _balanced(rest, 0, "<", ">")
        for g in _split_top(rest[1:end - 1], ","):
            gname, _, constraint = g.partition(":")
            generics[gname.strip()] = constraint.strip().split("&")[0].strip()
        rest = rest[end:].lstrip()
    if not rest.startswith("("):
        raise ValueError(f"no parameter list in {text!r}")
    end = _balanced(rest, 0, "(", ")")
    params_text = rest[1:end - 1].strip()
    tail = rest[end:]
    returns = ""
    where = ""
    if " where " in f" {tail} ":
        tail, _, where = tail.partition("where")
    arrow = tail.find("->")
    if arrow >= 0:
        ret = tail[arrow + 2:].strip()
        returns = base_type(ret, None) or ""
    for clause in _split_top(where, ",") if where.strip() else []:
        gname, _, constraint = clause.partition(":")
        if gname.strip() in generics and constraint.strip():
            generics[gname.strip()] = constraint.strip().split("&")[0].strip()
    params: list[Param] = []
    if params_text:
        for ptext in _split_top(params_text, ","):
            left, colon, right = ptext.partition(":")
            if not colon:
                raise ValueError(f"bad parameter {ptext!r} in {text!r}")
            right_parts = _split_top(right, "=")
            # '=' inside a default value (`== x`) is rare; the first part is the type
            type_text = right_parts[0]
            optional = len(right_parts) > 1
            words = [w for w in left.split() if not w.startswith("@")]
            if not words:
                raise ValueError(f"bad parameter {ptext!r} in {text!r}")
            label = words[0]
            params.append(Param(
                label=None if label == "_" else label,
                type=type_text.strip(),
                optional=optional,
                closure=is_closure_type(type_text),
                variadic=type_text.strip().endswith("..."),
            ))
    if not returns and name == "init":
        returns = ""
    return Signature(name, tuple(params), returns, generics, src, on)


def member_name(entry: str) -> tuple[str, Signature | None]:
    """A ``members`` entry: a plain name, or a (static) func declaration."""
    entry = entry.strip()
    if "(" not in entry:
        words = _PREFIX.sub("", entry).replace(":", " ").split()
        if words and words[0] in ("var", "let", "case"):
            words = words[1:]
        return words[0], None
    sig = parse_signature(entry)
    return sig.name, sig


@dataclass
class TypeInfo:
    name: str
    kind: str
    inits: list[Signature] | None
    properties: set[str]
    funcs: dict[str, list[Signature]]

    @property
    def has_members(self) -> bool:
        return bool(self.properties or self.funcs)

    def has_member(self, name: str) -> bool:
        return name in self.properties or name in self.funcs


@dataclass
class ApiTable:
    types: dict[str, TypeInfo]
    modifiers: dict[str, list[Signature]]
    functions: dict[str, list[Signature]]
    names: set[str]
    path: str = ""

    def is_known_type(self, name: str) -> bool:
        return name in self.types or name in self.names


def _load(data: dict, path: str) -> ApiTable:
    errors: list[str] = []

    def sig(text: str, on: str = "View") -> Signature | None:
        try:
            return parse_signature(text, on)
        except ValueError as exc:
            errors.append(str(exc))
            return None

    types: dict[str, TypeInfo] = {}
    for name, info in data.get("types", {}).items():
        inits = None
        if "inits" in info:
            inits = [s for s in (sig(t) for t in info["inits"]) if s is not None]
        props: set[str] = set()
        funcs: dict[str, list[Signature]] = {}
        for entry in info.get("members", []):
            try:
                mname, msig = member_name(entry)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            if msig is None:
                props.add(mname)
            else:
                funcs.setdefault(mname, []).append(msig)
        types[name] = TypeInfo(name, info.get("kind", "value"), inits, props, funcs)
    modifiers: dict[str, list[Signature]] = {}
    for name, entries in data.get("modifiers", {}).items():
        for entry in entries:
            if isinstance(entry, str):
                s = sig(entry)
            else:
                s = sig(entry["sig"], entry.get("on", "View"))
            if s is not None:
                if s.name != name:
                    errors.append(f"modifier {name!r} has a declaration of {s.name!r}: {s.text}")
                modifiers.setdefault(name, []).append(s)
    functions: dict[str, list[Signature]] = {}
    for name, entries in data.get("functions", {}).items():
        functions[name] = [s for s in (sig(t) for t in entries) if s is not None]
    if errors:
        raise ValueError(f"{path}: bad declarations:\n  " + "\n  ".join(errors))
    return ApiTable(types, modifiers, functions, set(data.get("names", [])), path)


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: float) -> ApiTable:
    return _load(json.loads(Path(path).read_text()), path)


def load_table(path: str | Path) -> ApiTable:
    p = Path(path)
    return _load_cached(str(p), p.stat().st_mtime)
