"""The two-core paths give exactly the serial results (parse in a forked child, backends in
forked workers)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import xui.api as api
from helpers import front_end_summary
from xui.api import compile_paths

ROOT = Path(__file__).resolve().parents[1]


_summary = front_end_summary


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


def _die(*args):
    import os
    os._exit(3)         # a worker killed mid-task (out of memory, a signal)


def test_a_dead_parse_worker_falls_back_to_this_process(app: Path, monkeypatch):
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 10**9)
    serial = _summary(compile_paths([app], cache=False))
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(api, "_parse_share", _die)
    assert _summary(compile_paths([app], cache=False)) == serial


_PARENT = [0]
_REAL_RUN = [None]


def _react_dies_in_workers(target):
    """Stands in for xui.build._run_backend: the worker given react dies; the parent's retry works."""
    import os
    if target == "react" and os.getpid() != _PARENT[0]:
        os._exit(3)
    return _REAL_RUN[0](target)


def test_a_dead_backend_worker_falls_back_to_this_process(app: Path, monkeypatch):
    import os

    import xui.build as build
    from xui.backend import BuildOptions
    program = compile_paths([app], cache=False).program
    serial, _, _ = build.generate(program, ["arkts", "react"], BuildOptions(), workers=1)
    _PARENT[0], _REAL_RUN[0] = os.getpid(), build._run_backend
    monkeypatch.setattr(build, "_run_backend", _react_dies_in_workers)
    parallel, _, _ = build.generate(program, ["arkts", "react"], BuildOptions(), workers=2)
    assert {t: [(f.path, f.content) for f in fs] for t, fs in parallel.items()} == \
           {t: [(f.path, f.content) for f in fs] for t, fs in serial.items()}
