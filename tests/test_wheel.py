"""`pip install .` (not editable) into a fresh virtualenv and run xui from another
directory: the grammar and the target templates must ship inside the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_works_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("xui-*.whl"))
    venv = tmp_path / "venv"
    # system site-packages provide lark/jinja2/click/pydantic without a download;
    # xui itself comes from the wheel (the venv's site-packages win over the editable install)
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--force-reinstall", "-q", str(wheel)],
                   check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(ROOT / "samples", elsewhere / "samples")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["XUI_NO_CACHE"] = "1"
    where = subprocess.run([str(py), "-c", "import xui, xui.grammar, xui.targets.arkts; "
                            "print(xui.__file__); print(xui.grammar.__file__)"],
                           capture_output=True, text=True, cwd=elsewhere, env=env, check=True).stdout
    assert str(venv) in where and str(ROOT) not in where, where
    xui = venv / "bin" / "xui"
    r = subprocess.run([str(xui), "check", "samples"], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(xui), "build", "samples", "--target", "all", "--out", "out"], capture_output=True,
                       text=True, cwd=elsewhere, env=env)
    assert r.returncode == 0, r.stderr
    assert any((elsewhere / "out" / "arkts").rglob("*.ets"))
    assert any((elsewhere / "out" / "react").rglob("*.tsx"))
