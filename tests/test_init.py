"""`xui init`: a starter project that builds (and compile-checks) on every target."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from xui.init import InitError, init_project

ROOT = Path(__file__).resolve().parents[1]


def run_xui(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "xui.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_init_writes_a_project(tmp_path):
    proj = tmp_path / "shop-app"
    written = init_project(proj)
    names = sorted(p.relative_to(proj).as_posix() for p in written)
    assert names == ["README.md", "src/home.xui", "src/theme.xui", "xui.toml"]
    cfg = tomllib.loads((proj / "xui.toml").read_text())
    assert cfg["project"]["name"] == "ShopApp"
    assert cfg["project"]["targets"] == ["arkts", "compose", "swiftui", "react"]
    assert cfg["targets"]["arkts"]["out"] == "harmony"
    assert cfg["targets"]["compose"]["out"] == "android/app/src/main"
    assert cfg["targets"]["compose"]["package"] == "com.example.shopapp"
    readme = (proj / "README.md").read_text()
    for heading in ("HarmonyOS", "Android", "iOS", "React", "xui watch", "xui preview", "xui lsp"):
        assert heading in readme


def test_init_refuses_to_overwrite(tmp_path):
    init_project(tmp_path)
    before = (tmp_path / "src/home.xui").read_text()
    (tmp_path / "src/home.xui").write_text(before + "// mine\n")
    with pytest.raises(InitError, match="already exists"):
        init_project(tmp_path)
    assert (tmp_path / "src/home.xui").read_text().endswith("// mine\n")
    # a folder with a stray file of the same name (no xui.toml) is refused too, writing nothing
    other = tmp_path / "other"
    (other / "src").mkdir(parents=True)
    (other / "src/theme.xui").write_text("// keep me\n")
    with pytest.raises(InitError, match="refusing to overwrite"):
        init_project(other)
    assert not (other / "xui.toml").exists()
    assert (other / "src/theme.xui").read_text() == "// keep me\n"


def test_init_build_verify(tmp_path):
    proj = tmp_path / "app"
    init_project(proj)
    r = run_xui("check", cwd=proj)
    assert r.returncode == 0, r.stderr
    assert "no problems" in r.stderr
    r = run_xui("build", cwd=proj)
    assert r.returncode == 0, r.stderr
    layout = {
        "arkts": proj / "harmony/entry/src/main/ets/pages/Home.ets",
        "arkts-res": proj / "harmony/entry/src/main/resources/base/element/string.json",
        "compose": proj / "android/app/src/main/kotlin/com/example/app/Home.kt",
        "compose-res": proj / "android/app/src/main/res/values/strings.xml",
        "react": proj / "web/src/screens/Home.tsx",
    }
    for what, path in layout.items():
        assert path.is_file(), f"{what}: {path} missing"
    assert list((proj / "ios/Sources").glob("*/Views/Home.swift")), "swiftui view missing"
    # the build is reproducible: a second build writes nothing
    r = run_xui("build", "--check", cwd=proj)
    assert r.returncode == 0, r.stdout + r.stderr

    try:
        from xui.verify import check, missing
    except ImportError:
        pytest.skip("xui.verify is not available")
    outs = {"arkts": proj / "harmony", "compose": proj / "android/app/src/main", "swiftui": proj / "ios",
            "react": proj / "web"}
    checked, skipped = [], []
    for target, out in outs.items():
        reason = missing(target)
        if reason:
            if os.environ.get("XUI_REQUIRE_TOOLCHAINS") == "1":
                pytest.fail(f"{target}: {reason}")
            skipped.append(f"{target}: {reason}")
            continue
        res = check(target, out)
        assert res.ok, f"{target}:\n{res.format()}"
        checked.append(target)
    if skipped and not checked:
        pytest.skip("no compile-check toolchain installed: " + "; ".join(skipped))
