"""A tiny output model for generated xui (elements, modifiers, declarations) and its printer.
The printed text is then canonicalized with xui.formatter.format_source."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class El:
    name: str
    args: list[tuple[str | None, str]] = field(default_factory=list)
    children: list["Item"] | None = None
    mods: list[tuple[str, str | None]] = field(default_factory=list)    # (name, "args" or None)
    comments: list[str] = field(default_factory=list)
    block_params: str | None = None

    def mod(self, name: str, args: str | None = "") -> "El":
        self.mods.append((name, args))
        return self


@dataclass
class If:
    cond: str
    body: list["Item"]
    comments: list[str] = field(default_factory=list)


Item = El | If


@dataclass
class Param:
    name: str
    type: str
    default: str | None = None


@dataclass
class Decl:
    kind: str                      # "component" | "screen" | "model"
    name: str
    params: list[Param] = field(default_factory=list)
    states: list[Param] = field(default_factory=list)
    root: El | None = None
    comments: list[str] = field(default_factory=list)


def _comment_lines(comments: list[str], ind: str) -> list[str]:
    out = []
    for c in comments:
        for line in c.splitlines() or [""]:
            out.append(f"{ind}// {line}".rstrip())
    return out


def render_item(it: Item, depth: int) -> list[str]:
    ind = "  " * depth
    lines = _comment_lines(it.comments, ind)
    if isinstance(it, If):
        lines.append(f"{ind}if {it.cond} {{")
        for c in it.body:
            lines.extend(render_item(c, depth + 1))
        lines.append(f"{ind}}}")
        return lines
    args = ", ".join(f"{k}: {v}" if k else v for k, v in it.args)
    head = it.name + (f"({args})" if it.args or it.children is None else "")
    if it.children is not None:
        bp = f" {it.block_params} ->" if it.block_params else ""
        lines.append(f"{ind}{head} {{{bp}")
        for c in it.children:
            lines.extend(render_item(c, depth + 1))
        lines.append(f"{ind}}}")
    else:
        lines.append(f"{ind}{head}")
    for name, margs in it.mods:
        if name.startswith("{"):            # action-block modifier: ("{onTap", "body")
            lines.append(f"{ind}  .{name[1:]} {{ {margs} }}")
        else:
            lines.append(f"{ind}  .{name}({margs or ''})")
    return lines


def render_decl(d: Decl) -> str:
    lines = _comment_lines(d.comments, "")
    if d.kind == "model":
        lines.append(f"model {d.name} {{")
        for p in d.params:
            lines.append(f"  {p.name}: {p.type}" + (f" = {p.default}" if p.default is not None else ""))
        lines.append("}")
        return "\n".join(lines)
    ps = ", ".join(f"{p.name}: {p.type}" + (f" = {p.default}" if p.default is not None else "")
                   for p in d.params)
    lines.append(f"{d.kind} {d.name}" + (f"({ps})" if d.params else "") + " {")
    for s in d.states:
        lines.append(f"  state {s.name}: {s.type} = {s.default}")
    if d.states:
        lines.append("")
    assert d.root is not None
    lines.extend(render_item(d.root, 1))
    lines.append("}")
    return "\n".join(lines)
