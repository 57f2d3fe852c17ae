"""The two-core paths give exactly the serial results (parse in a forked child, backends in
forked workers)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import xui.api as api
from xui.api import compile_paths

ROOT = Path(__file__).resolve().parents[1]


def _summary(result):
    program = result.program.model_dump_json() if result.program is not None else None
    diags = [(d.code, d.message, str(d.span), d.hint) for d in result.diagnostics]
    return program, diags, result.inputs, sorted(result.modules)


@pytest.fixture
def app(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path / "samples"


def test_parallel_parse_matches_serial(app: Path, monkeypatch):
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 10**9)
    serial = _summary(compile_paths([app], cache=False))
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 2)
    parallel = _summary(compile_paths([app], cache=False))
    assert serial[0] is not None
    assert parallel == serial


def test_parallel_parse_reports_syntax_errors_like_serial(app: Path, monkeypatch):
    (app / "todo" / "broken.xui").write_text('screen Broken {\n  Text("a"\n}\n')
    (app / "counter" / "bad-bytes.xui").write_bytes(b"screen X {\x00}\n")
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 10**9)
    serial = _summary(compile_paths([app], cache=False))
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 2)
    parallel = _summary(compile_paths([app], cache=False))
    assert serial[0] is None and serial[1]
    assert parallel == serial
