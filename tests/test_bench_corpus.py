"""The benchmark corpus generator (bench/corpus.py): deterministic, and its
output is valid xui. No timing assertions here; timings live in `python -m bench`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import build_corpus, write_corpus  # noqa: E402


def test_corpus_is_deterministic():
    a, b = build_corpus(10), build_corpus(10)
    assert a.xui_files == b.xui_files
    assert a.tsx_files == b.tsx_files
    assert build_corpus(10, seed=8).xui_files != a.xui_files


def test_corpus_shape_n10():
    c = build_corpus(10)
    assert len(c.components) == 10
    names = [x[0] for x in c.components]
    assert len(set(names)) == 10
    for name, xp, tp, lines in c.components:
        assert 50 <= lines <= 320, (name, lines)
        assert xp in c.xui_files and tp in c.tsx_files
        assert f"export default function {name}(" in c.tsx_files[tp]
    text = "\n".join(c.xui_files.values())
    for construct in ("state ", "let ", "List(", "ForEach(", "if ", "} else {", "Button(", "strings.", "theme.",
                      "navigate(", ".append(", ".remove(at:"):
        assert construct in text, construct
    # a smaller corpus is a prefix of a larger one (so N=1..1000 describe the same app growing)
    small = build_corpus(3).xui_files
    assert all(c.xui_files.get(k) == v for k, v in small.items())


def test_corpus_n10_passes_xui_check(tmp_path):
    write_corpus(build_corpus(10), tmp_path)
    p = subprocess.run([sys.executable, "-m", "xui.cli", "check", str(tmp_path / "xui")],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    assert "no problems" in p.stderr, p.stderr[-3000:]


def test_write_corpus_is_idempotent(tmp_path):
    c = build_corpus(2)
    write_corpus(c, tmp_path)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    write_corpus(c, tmp_path)
    after = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    assert before == after
