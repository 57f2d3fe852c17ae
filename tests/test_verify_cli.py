"""`xui verify`: real compilers over generated code, messages mapped back to .xui lines."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from xui.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _need(target: str):
    from xui.verify import missing
    why = missing(target)
    if why and not os.environ.get("XUI_REQUIRE_TOOLCHAINS"):
        pytest.skip(f"{target}: {why}")


BROKEN = '''screen Broken {
  Column {
    Text("fine")
    native {
      arkts: "Text(this.nope)"
      compose: "Text(nope)"
      swiftui: "Text(\\"x\\").frobnicate()"
      react: "<span>{nope}</span>"
    }
  }
}
'''


@pytest.mark.toolchains
@pytest.mark.parametrize("target", ["react", "arkts", "compose", "swiftui"])
def test_verify_maps_compiler_errors_to_xui_lines(tmp_path, target, monkeypatch):
    _need(target)
    (tmp_path / "broken.xui").write_text(BROKEN)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["verify", "broken.xui", "--target", target, "--format", "json"])
    assert r.exit_code == 1, r.output
    data = json.loads(r.output[r.output.index("{"):])
    rep = data["targets"][0]
    assert rep["status"] == "failed"
    errors = [m for m in rep["messages"] if m["severity"] == "error"]
    assert errors and any(m["source"] and m["source"].startswith("broken.xui:4") for m in errors), errors
