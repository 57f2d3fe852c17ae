"""The coverage matrix: how each target expresses every IR node kind and
every catalog element / modifier (`xui targets`, docs/targets.md)."""

from __future__ import annotations

import typing

from xui import ir
from xui.backend import TARGET_NAMES, backend_class
from xui.catalog import ELEMENTS, MODIFIERS


def _kinds(union, field: str) -> list[str]:
    args = typing.get_args(typing.get_args(union)[0])
    return [m.model_fields[field].default for m in args]


def node_kinds() -> list[tuple[str, str]]:
    """(section, key) for every IR node kind a backend must handle."""
    out = [("expr", k) for k in _kinds(ir.Expr, "node")]
    out += [("action", k) for k in _kinds(ir.Action, "action")]
    out += [("view", k) for k in _kinds(ir.View, "view")]
    return out


def coverage_table() -> dict:
    rows: list[tuple[str, str]] = node_kinds()
    rows += [("element", e) for e in ELEMENTS]
    rows += [("modifier", m) for m in MODIFIERS]
    table: dict = {"rows": rows, "targets": {}}
    for t in TARGET_NAMES:
        try:
            cls = backend_class(t)
        except (ImportError, AttributeError) as e:
            table["targets"][t] = {"error": f"backend not available: {e}"}
            continue
        col = {}
        for section, key in rows:
            src = {"expr": cls.NODES, "action": cls.NODES, "view": cls.NODES,
                   "element": cls.ELEMENTS, "modifier": cls.MODIFIERS}[section]
            if key in cls.UNSUPPORTED:
                col[(section, key)] = "unsupported: " + cls.UNSUPPORTED[key]
            elif key in src:
                col[(section, key)] = src[key]
            else:
                col[(section, key)] = None
        table["targets"][t] = col
    return table


def missing(table: dict) -> list[str]:
    out = []
    for t, col in table["targets"].items():
        if "error" in col:
            out.append(f"{t}: {col['error']}")
            continue
        for (section, key), v in col.items():
            if not v:
                out.append(f"{t}: {section} '{key}' has neither a mapping nor a declared diagnostic")
    return out


def render_text(table: dict) -> str:
    lines = []
    for section, key in table["rows"]:
        lines.append(f"{section} {key}")
        for t, col in table["targets"].items():
            v = col.get("error") or col.get((section, key)) or "MISSING"
            lines.append(f"  {t:>8}: {v}")
    return "\n".join(lines)


def render_markdown(table: dict) -> str:
    ts = list(table["targets"])
    out = ["| kind | name | " + " | ".join(ts) + " |", "|---|---|" + "---|" * len(ts)]
    for section, key in table["rows"]:
        cells = []
        for t in ts:
            col = table["targets"][t]
            v = col.get("error") or col.get((section, key)) or "**missing**"
            cells.append(v.replace("|", "\\|"))
        out.append(f"| {section} | `{key}` | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"
