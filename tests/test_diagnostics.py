"""Diagnostic rendering, the code registry and its documentation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from xui.api import compile_text
from xui.diagnostics import CODES, errors_markdown, render_json, render_text

ROOT = Path(__file__).resolve().parents[1]


def test_golden_rendering():
    src = 'model Todo {\n  id: Int\n}\n\nscreen A {\n  state todos: [Todo] = []\n  Text("{todos.lenght}")\n    .onTap { todos = [] }\n}\n'
    r = compile_text(src, "samples/todo/todo.xui")
    text = render_text(r.diagnostics[0], r.sources)
    assert text == (
        "samples/todo/todo.xui:7:16: error[E0203]: unknown member 'lenght' on '[Todo]'\n"
        "  |\n"
        '7 |   Text("{todos.lenght}")\n'
        "  |                ^^^^^^ did you mean 'count'?"
    )


def test_golden_rendering_exact():
    src = 'screen A {\n  state count: Int = 0\n  Text("{coutn}")\n    .onTap { count += 1 }\n}\n'
    r = compile_text(src, "t.xui")
    assert render_text(r.diagnostics[0], r.sources) == (
        "t.xui:3:10: error[E0104]: unknown name 'coutn'\n"
        "  |\n"
        '3 |   Text("{coutn}")\n'
        "  |          ^^^^^ did you mean 'count'?"
    )


def test_tabs_and_control_characters_keep_the_caret_aligned():
    src = 'screen A {\n\tText(1)\n}\n'
    r = compile_text(src, "t.xui")
    lines = render_text(r.diagnostics[0], r.sources).splitlines()
    assert lines[2].index("1") == lines[3].index("^")


def test_json_rendering_is_one_object_per_line():
    import json
    r = compile_text('screen A {\n  Text(1)\n  Text(2)\n}\n', "t.xui")
    out = render_json(r.diagnostics).splitlines()
    objs = [json.loads(l) for l in out]
    assert objs[0]["code"] == "E0201" and objs[0]["line"] == 2 and objs[0]["col"] == 8


def _emitted_codes() -> set[str]:
    """Every E/W code constant referenced by the compiler's sources."""
    names = {}
    tree = ast.parse((ROOT / "xui/diagnostics.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                getattr(node.value.func, "id", "") == "_code":
            names[node.targets[0].id] = node.value.args[0].value
    used = set()
    for f in list((ROOT / "xui").rglob("*.py")) + list((ROOT / "targets").rglob("*.py")):
        text = f.read_text()
        for name, code in names.items():
            if f.name != "diagnostics.py" and re.search(rf"\b{name}\b", text):
                used.add(code)
        used.update(re.findall(r'"([EW]0\d{3})"', text))
    return used


def test_every_emitted_code_is_registered_and_documented():
    doc = (ROOT / "docs/errors.md").read_text()
    for code in _emitted_codes():
        assert code in CODES, code
        assert f"## {code}:" in doc, f"{code} missing from docs/errors.md"


def test_errors_doc_is_up_to_date():
    assert (ROOT / "docs/errors.md").read_text() == errors_markdown(), \
        "regenerate with: python -m xui.docs"
