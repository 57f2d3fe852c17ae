"""The command line: exit codes, JSON output, fmt, ir/schema, build safety."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from xui.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run(*args, cwd=None):
    runner = CliRunner()
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def test_check_samples_is_clean():
    r = run("check", str(SAMPLES))
    assert r.exit_code == 0, r.output


def test_check_exit_codes(tmp_path):
    bad = tmp_path / "bad.xui"
    bad.write_text('screen A {\n  Text(1)\n}\n')
    r = run("check", str(bad))
    assert r.exit_code == 1
    assert "bad.xui:2:8: error[E0201]" in r.output
    assert run("check", str(tmp_path / "missing.xui")).exit_code == 2
    assert run("check", "--bogus").exit_code == 2


def test_check_json(tmp_path):
    bad = tmp_path / "bad.xui"
    bad.write_text('screen A {\n  Txt("x")\n}\n')
    r = run("check", "--format", "json", str(bad))
    obj = json.loads(r.output.strip().splitlines()[0])
    assert obj["code"] == "E0106" and obj["line"] == 2 and obj["col"] == 3 and obj["severity"] == "error"


@pytest.mark.parametrize("data", [
    os.urandom(2048), b"\x00\x01\x02", b"\xff\xfe\xfd", b"screen " * 100000, b"{" * 20000, b"",
    "screen Ä { Text(\"é\") }".encode("utf-16"),
])
def test_hostile_files_end_in_diagnostics(tmp_path, data):
    f = tmp_path / "h.xui"
    f.write_bytes(data)
    r = run("check", str(f))
    assert r.exit_code in (0, 1), r.output
    assert "Traceback" not in r.output


def test_directory_named_like_a_source(tmp_path):
    (tmp_path / "d.xui").mkdir()              # a folder, not a source: the folder holds no .xui file
    r = run("check", str(tmp_path))
    assert r.exit_code == 2 and "no .xui files in" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("command", ["check", "build", "verify"])
def test_a_folder_without_sources_is_a_usage_error(tmp_path, command):
    """`xui verify build/` (the generated code, not the sources) used to exit 1 without a word."""
    (tmp_path / "Main.ets").write_text("// generated\n")
    r = run(command, str(tmp_path))
    assert r.exit_code == 2, r.output
    assert f"error[E0001]: no .xui files in '{tmp_path}'" in r.output
    assert "not the generated code" in r.output


def test_explain():
    r = run("explain", "E0203")
    assert r.exit_code == 0 and "unknown member" in r.output
    assert run("explain", "E9999").exit_code == 2


def test_ir_validates_against_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("ir", "--schema").output)
    out = run("ir", str(SAMPLES / "todo/todo.xui")).output
    data = json.loads(out)
    jsonschema.validate(data, schema)
    assert data["components"][0]["name"] == "TodoRow"


def test_fmt_check_and_idempotence(tmp_path):
    src = tmp_path / "a.xui"
    src.write_text('screen A {   // the screen\n  Column   {\n   Text( "x" ).padding(8)\n  }\n}\n')
    assert run("fmt", "--check", str(src)).exit_code == 1
    assert run("fmt", str(src)).exit_code == 0
    once = src.read_text()
    assert "// the screen" in once
    assert run("fmt", "--check", str(src)).exit_code == 0
    run("fmt", str(src))
    assert src.read_text() == once


def test_fmt_keeps_crlf_line_ends_and_a_bom(tmp_path):
    crlf = tmp_path / "crlf.xui"
    crlf.write_bytes(b'screen A {\r\n    Text("x")   // note\r\n}\r\n')
    bom = tmp_path / "bom.xui"
    bom.write_bytes(b'\xef\xbb\xbfscreen B {\n      Text("y")\n}\n')
    lf = tmp_path / "lf.xui"
    lf.write_bytes(crlf.read_bytes().replace(b"\r\n", b"\n"))
    assert run("fmt", str(crlf), str(bom), str(lf)).exit_code == 0
    assert b"\r" not in lf.read_bytes() and lf.read_bytes().startswith(b'screen A {\n  Text("x")')
    assert crlf.read_bytes() == lf.read_bytes().replace(b"\n", b"\r\n")
    assert bom.read_bytes() == b'\xef\xbb\xbfscreen B {\n  Text("y")\n}\n'
    assert run("fmt", "--check", str(crlf), str(bom)).exit_code == 0


def test_fmt_samples_is_clean():
    assert run("fmt", "--check", str(SAMPLES)).exit_code == 0


def test_fmt_preserves_meaning_of_samples():
    from xui.api import compile_paths
    from xui.diagnostics import DiagnosticSink
    from xui.formatter import fingerprint, format_source
    from xui.parser import parse_text
    for f in sorted(SAMPLES.rglob("*.xui")):
        text = f.read_text()
        out = format_source(text, str(f), DiagnosticSink())
        a = parse_text(text, "x", DiagnosticSink())
        b = parse_text(out, "x", DiagnosticSink())
        assert fingerprint(a.items) == fingerprint(b.items)
        assert [c.text for c in a.comments] == [c.text for c in b.comments]


def test_fmt_refuses_broken_files(tmp_path):
    f = tmp_path / "b.xui"
    f.write_text("screen A {\n")
    r = run("fmt", str(f))
    assert r.exit_code == 1 and "E0012" in r.output
    assert f.read_text() == "screen A {\n"


def test_installed_entry_point_runs():
    r = subprocess.run([sys.executable, "-m", "xui.cli", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "xui" in r.stdout


def test_build_timings_line_is_what_the_bench_reads(tmp_path):
    import re
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.run import _TIMINGS
    r = subprocess.run([sys.executable, "-m", "xui.cli", "build", str(SAMPLES / "counter"), "--target", "arkts",
                        "--out", str(tmp_path / "out"), "--timings"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    m = _TIMINGS.search(r.stderr)
    assert m, r.stderr
    parse, check, emit, write, total = (float(x) for x in m.groups())
    assert total >= parse + check + emit + write - 1.0


def test_targets_are_repeatable_and_comma_separated(tmp_path):
    src = tmp_path / "a.xui"
    src.write_text('screen A {\n  Text("x")\n}\n')
    r = run("build", str(src), "--target", "react,arkts", "-t", "swiftui", "-t", "react", "--out", str(tmp_path / "o"))
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["arkts", "react", "swiftui"]
    r = run("build", str(src), "--target", "react,kotlin", "--out", str(tmp_path / "o2"))
    assert r.exit_code == 2 and "'kotlin' is not one of" in r.output
    assert not (tmp_path / "o2").exists()
