"""Which row layout a list shows, read from the app's Kotlin/Java code.

A RecyclerView/ListView's rows come from its adapter, which the layout does not name (only the
design-time `tools:listitem` does, and most real layouts leave it out). When the module's sources are
in the input, the chain is usually plain to read:

    binding.plantList.adapter = adapter              // PlantListFragment.kt (inflates fragment_plant_list)
    val adapter = PlantAdapter()
    class PlantAdapter : ListAdapter<Plant, ...>() { ... ListItemPlantBinding.inflate(...) ... }

so the list `@+id/plant_list` of fragment_plant_list.xml shows rows of list_item_plant.xml. This module
indexes what that needs: adapter and view-holder classes with the row layouts their bodies inflate,
`<list>.adapter = ...` / `<list>.setAdapter(...)` assignments, the types of the variables they
assign, `findViewById`/`@BindView` variables, and which layouts each file inflates. It is a reading of
the code, not an analysis of it: when the code does not say one thing plainly (two adapters for the
same list, an adapter built by a factory), it answers nothing and the list keeps its placeholder row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROW_REFS = re.compile(r"\bR\.layout\.(\w+)|\b([A-Z]\w*)Binding\s*\.\s*inflate\b")
_LAYOUT_REFS = re.compile(r"\bR\.layout\.(\w+)|\b([A-Z]\w*)Binding\b")
_RECV = r"([A-Za-z_]\w*)\s*(?:\?|!!)?\s*\.\s*"
_VALUE = r"(?:new\s+)?([A-Za-z_]\w*)\s*(\(|<)?"
_ASSIGN = [
    re.compile(_RECV + r"adapter\s*=\s*" + _VALUE),
    re.compile(_RECV + r"setAdapter\s*\(\s*" + _VALUE),
    re.compile(_RECV + r"(?:apply|run|also)\s*\{[^{}]{0,400}?\badapter\s*=\s*" + _VALUE),
]
_KT_VAR = re.compile(r"\b(?:val|var)\s+(\w+)\s*(?::\s*([A-Z]\w*))?[?]?\s*(?:=\s*([A-Z]\w*)\s*[(<])?")
_KT_LAZY = re.compile(r"\b(?:val|var)\s+(\w+)\s*(?::\s*[\w<>?, ]+)?\s*by\s+lazy\s*\{\s*([A-Z]\w*)\s*[(<]")
_JAVA_DECL = re.compile(r"\b([A-Z]\w*)(?:<[^<>;()]*>)?\s+(\w+)\s*[;=]")
_JAVA_NEW = re.compile(r"\b(\w+)\s*=\s*new\s+([A-Z]\w*)")
_FIND = re.compile(r"\b(\w+)\s*=\s*[^;\n]{0,80}?findViewById\s*(?:<[^>]*>)?\s*\(\s*R\.id\.(\w+)")
_BIND = re.compile(r"@BindView\(\s*R\.id\.(\w+)\s*\)\s*(?:(?:public|private|protected|final)\s+)*"
                   r"[A-Z]\w*(?:<[^>]*>)?\s+(\w+)")
# pager adapters show fragments, not rows
_NOT_ROW_ADAPTER = re.compile(r"Fragment|Pager")


def binding_layout(cls: str) -> str:
    """`ListItemPlantBinding` (or `ListItemPlant`) -> `list_item_plant`: the layout a generated binding
    class comes from."""
    if cls.endswith("Binding") and cls != "Binding":
        cls = cls[:-len("Binding")]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", cls).lower()


def _camel(name: str) -> str:
    parts = [p for p in name.split("_") if p]
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else name


@dataclass
class _File:
    where: str
    layouts: set[str] = field(default_factory=set)          # layouts the file inflates or binds
    types: dict[str, str] = field(default_factory=dict)     # variable -> class
    ids: dict[str, str] = field(default_factory=dict)       # variable -> view id it holds
    assigns: list[tuple[str, str, bool, int]] = field(default_factory=list)  # receiver, value, is a ctor, line


@dataclass(frozen=True)
class RowSource:
    rows: tuple[str, ...]      # the row layouts the adapter inflates, in source order
    adapter: str               # the adapter class
    where: str                 # the assignment `file:line`


class AdapterIndex:
    def __init__(self) -> None:
        self.rows: dict[str, list[str]] = {}       # adapter / view-holder class -> row layouts in order
        self.supers: dict[str, str] = {}           # class -> superclass (simple names)
        self.mentions: dict[str, set[str]] = {}    # adapter class -> capitalized names in its body
        self.files: list[_File] = []

    # -- indexing --
    def add_class(self, name: str, superclass: str, body: str | None) -> None:
        sup = superclass.rsplit(".", 1)[-1]
        self.supers.setdefault(name, sup)
        if body is None:
            return
        if sup.endswith("Adapter") and not _NOT_ROW_ADAPTER.search(sup) or sup.endswith("Holder"):
            rows = []
            for m in _ROW_REFS.finditer(body):
                r = m.group(1) or binding_layout(m.group(2))
                if r not in rows:
                    rows.append(r)
            self.rows.setdefault(name, rows)
            self.mentions.setdefault(name, set(re.findall(r"\b([A-Z]\w*)\b", body)))

    def add_file(self, text: str, where: str) -> None:
        f = _File(where)
        if "dapter" not in text:
            return                  # no adapter is set here (most files): skip the other scans
        for rx in _ASSIGN:
            for m in rx.finditer(text):
                f.assigns.append((m.group(1), m.group(2), bool(m.group(3)), text.count("\n", 0, m.start()) + 1))
        if not f.assigns:
            return
        for m in _LAYOUT_REFS.finditer(text):
            f.layouts.add(m.group(1) or binding_layout(m.group(2)))
        for m in _KT_VAR.finditer(text):
            t = m.group(2) or m.group(3)
            if t:
                f.types.setdefault(m.group(1), t)
        for m in _KT_LAZY.finditer(text):
            f.types.setdefault(m.group(1), m.group(2))
        for m in _JAVA_DECL.finditer(text):
            if m.group(1) not in ("return", "new", "String", "int"):
                f.types.setdefault(m.group(2), m.group(1))
        for m in _JAVA_NEW.finditer(text):
            f.types[m.group(1)] = m.group(2)
        for m in _FIND.finditer(text):
            f.ids[m.group(1)] = m.group(2)
        for m in _BIND.finditer(text):
            f.ids[m.group(2)] = m.group(1)
        self.files.append(f)

    # -- lookup --
    def _adapter_rows(self, cls: str, depth: int = 0) -> list[str]:
        if depth > 6 or cls not in self.rows and cls not in self.supers:
            return []
        rows = list(self.rows.get(cls, []))
        if not rows:        # rows built by a view holder the adapter names
            for other in sorted(self.mentions.get(cls, ())):
                if other != cls and self.supers.get(other, "").endswith("Holder"):
                    rows += [r for r in self.rows.get(other, []) if r not in rows]
        if not rows and cls in self.supers:
            rows = self._adapter_rows(self.supers[cls], depth + 1)
        return rows

    def row_source(self, list_id: str, layout: str, known_layouts: set[str]) -> RowSource | None:
        """The row layouts of the list `list_id` of `layout`, when the code says so plainly."""
        hits: list[tuple[bool, RowSource]] = []
        for f in self.files:
            names = {list_id, _camel(list_id)} | {v for v, i in f.ids.items() if i == list_id}
            for recv, value, ctor, line in f.assigns:
                if recv not in names:
                    continue
                cls = value if ctor else f.types.get(value)
                if cls is None and value in self.rows:
                    cls = value
                if cls is None:
                    continue
                rows = tuple(r for r in self._adapter_rows(cls) if r in known_layouts and r != layout)
                if rows:
                    hits.append((layout in f.layouts, RowSource(rows, cls, f"{f.where}:{line}")))
        # the files that inflate `layout` speak for its list; else every file that assigns to the name
        pick = [h for mine, h in hits if mine] or [h for _, h in hits]
        if not pick or len({h.rows for h in pick}) != 1:
            return None             # no assignment, or the code names different adapters
        return pick[0]


# ---- data-binding adapters ----------------------------------------------------------------------

_BA = re.compile(r"@BindingAdapter\s*\(([^)]*)\)")
_KT_FUN = re.compile(r"\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:(?:public|private|internal|inline)\s+)*fun\s+"
                     r"(?:([\w.<>?]+)\.)?(\w+)\s*\(([^)]*)\)")
_JAVA_FUN = re.compile(r"\s*(?:public\s+|private\s+|protected\s+)?static\s+\w+\s+(\w+)\s*\(([^)]*)\)")
_STATE = r"(?:View\.)?(GONE|INVISIBLE|VISIBLE)"


@dataclass(frozen=True)
class BindingAdapterDef:
    name: str                  # the attribute, without a namespace ("isGone")
    where: str                 # file:line of the annotation
    value_param: str | None    # the parameter that receives the bound value
    body: str                  # the function's body (bounded)

    def visibility_when_true(self) -> str | None:
        """"GONE" / "INVISIBLE" / "VISIBLE": what the view becomes when the bound value is true, for an
        adapter that only toggles visibility (`visibility = if (isGone) View.GONE else View.VISIBLE`,
        `isVisible = show`, `setVisibility(show ? View.VISIBLE : View.GONE)`); None otherwise."""
        p = self.value_param
        if not p:
            return None
        q = re.escape(p)
        for rx in (rf"if\s*\(\s*(!?)\s*{q}\s*\)\s*\{{?\s*{_STATE}\s*\}}?\s*else\s*\{{?\s*{_STATE}",
                   rf"(!?)\s*{q}\s*\?\s*{_STATE}\s*:\s*{_STATE}"):
            m = re.search(rx, self.body)
            if m:
                return m.group(3) if m.group(1) else m.group(2)
        m = re.search(rf"\b(isGone|isVisible|isInvisible)\s*=\s*(!?)\s*{q}\b", self.body)
        if m:
            state = {"isGone": "GONE", "isVisible": "VISIBLE", "isInvisible": "INVISIBLE"}[m.group(1)]
            if not m.group(2):
                return state
            return "VISIBLE" if state != "VISIBLE" else "GONE"
        return None


class BindingAdapters:
    """`@BindingAdapter("isGone")` functions of the app's code, by attribute name."""

    def __init__(self) -> None:
        self.defs: dict[str, BindingAdapterDef] = {}

    def add_file(self, text: str, where: str) -> None:
        for m in _BA.finditer(text):
            names = [n.split(":")[-1] for n in re.findall(r'"([^"]+)"', m.group(1))]
            if len(names) != 1:
                continue          # several attributes at once: the value of one is not the whole story
            line = text.count("\n", 0, m.start()) + 1
            kt = _KT_FUN.match(text, m.end())
            jv = _JAVA_FUN.match(text, m.end()) if kt is None else None
            if kt is None and jv is None:
                continue
            if kt is not None:
                params = [p.split(":")[0].strip() for p in kt.group(3).split(",") if ":" in p]
                value = params[0] if kt.group(1) else (params[1] if len(params) > 1 else None)
                end = kt.end()
            else:
                params = [p.strip().split()[-1] for p in jv.group(2).split(",") if p.strip()]
                value = params[1] if len(params) > 1 else None
                end = jv.end()
            body = _body_after(text, end)
            self.defs.setdefault(names[0], BindingAdapterDef(names[0], f"{where}:{line}", value, body))

    def get(self, attr: str) -> BindingAdapterDef | None:
        return self.defs.get(attr.split(":")[-1])


# ---- source text ---------------------------------------------------------------------------------

def braced(text: str, j: int, cap: int) -> str | None:
    """The text between the brace at `text[j]` and its match (strings, characters and comments
    skipped), or None when it does not close within `cap` characters."""
    start, braces, k, stop = j + 1, 0, j, min(len(text), j + cap)
    while k < stop:
        ch = text[k]
        if ch == "/" and text.startswith("//", k):
            nl = text.find("\n", k)
            k = stop if nl < 0 else nl
            continue
        if ch == "/" and text.startswith("/*", k):
            close = text.find("*/", k + 2)
            k = stop if close < 0 else close + 2
            continue
        if ch in "\"'":
            q = ch
            k += 1
            while k < stop and text[k] != q and text[k] != "\n":
                k += 2 if text[k] == "\\" else 1
        elif ch == "{":
            braces += 1
        elif ch == "}":
            braces -= 1
            if braces == 0:
                return text[start:k]
        k += 1
    return None


def _body_after(text: str, i: int, cap: int = 4000) -> str:
    """A function body after its parameter list: `{ ... }` (balanced) or a Kotlin `= expression`."""
    j = i
    while j < len(text) and text[j] in " \t\r\n:":
        j += 1
    m = re.match(r"[\w.<>?]*\s*", text[j:])          # a return type after ':'
    if m and text[j:j + 1] != "{" and text[j:j + 1] != "=":
        j += m.end()
    if text[j:j + 1] == "=":
        return text[j + 1:j + 1 + 300].split("\n\n")[0]
    if text[j:j + 1] != "{":
        return ""
    body = braced(text, j, cap)
    return body if body is not None else text[j + 1:j + cap]
