"""The committed snapshots compile: each target's real checker over every sample's
pinned output (one compiler invocation per target for all samples)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "snapshots"


def _stage(target: str, dest: Path) -> None:
    """Copy every sample's snapshot side by side. Kotlin samples share a package name, so
    each sample's files move to a package of their own (`com.example.app.<sample>`)."""
    for sample_dir in sorted((SNAPSHOTS / target).iterdir()):
        if not sample_dir.is_dir():
            continue
        for f in sample_dir.rglob("*"):
            if not f.is_file():
                continue
            out = dest / sample_dir.name / f.relative_to(sample_dir)
            out.parent.mkdir(parents=True, exist_ok=True)
            if target == "compose" and f.suffix == ".kt":
                text = f.read_text(encoding="utf-8")
                text = text.replace("package com.example.app\n", f"package com.example.app.{sample_dir.name}\n", 1)
                out.write_text(text, encoding="utf-8")
            else:
                shutil.copyfile(f, out)


@pytest.mark.toolchains
@pytest.mark.parametrize("target", ["react", "arkts", "compose", "swiftui"])
def test_snapshots_compile(target, tmp_path):
    from xui.verify import check, missing
    why = missing(target)
    if why and not os.environ.get("XUI_REQUIRE_TOOLCHAINS"):
        pytest.skip(f"{target}: {why}")
    _stage(target, tmp_path)
    result = check(target, tmp_path)
    assert result.ok, result.format() if hasattr(result, "format") else result
