"""Golden tests of rendered diagnostics: tests/golden/<name>.xui -> <name>.expected.

Regenerate on purpose with XUI_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xui.api import compile_paths
from xui.diagnostics import render_text, summary_line

HERE = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in HERE.glob("*.xui"))


@pytest.mark.parametrize("name", CASES)
def test_golden(name, monkeypatch):
    monkeypatch.chdir(HERE)
    r = compile_paths([f"{name}.xui"])
    text = "\n".join(render_text(d, r.sources) for d in r.diagnostics) + "\n" + summary_line(r.diagnostics) + "\n"
    expected = HERE / f"{name}.expected"
    if os.environ.get("XUI_UPDATE_GOLDEN"):
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")
