"""Every sample x target, pinned by syrupy as real source files under
snapshots/<target>/<sample>/<generated path> so reviewers read code diffs and the
compile checks can run on the snapshots themselves.

Regenerate on purpose with: python -m pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from xui.api import compile_paths
from xui.backend import TARGET_NAMES, BuildOptions, get_backend

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "snapshots"
SAMPLES = sorted(p.name for p in (ROOT / "samples").iterdir() if p.is_dir() and p.name != "shared")


def _extension(target: str, sample: str, rel: str) -> type[SingleFileSnapshotExtension]:
    """A single-file extension storing one generated file at its real relative path."""
    location = SNAPSHOTS / target / sample / rel

    class GeneratedFileSnapshot(SingleFileSnapshotExtension):
        _write_mode = WriteMode.TEXT
        file_extension = location.suffix.lstrip(".")

        @classmethod
        def dirname(cls, *, test_location) -> str:
            return str(location.parent)

        @classmethod
        def get_snapshot_name(cls, *, test_location, index=0) -> str:
            return location.stem

        @classmethod
        def get_location(cls, *, test_location, index) -> str:
            return str(location)

    return GeneratedFileSnapshot


def generated(sample: str, target: str):
    # a sample is its own folder plus what it imports (samples/shared)
    r = compile_paths([ROOT / "samples" / sample])
    assert r.ok, [(d.code, d.message) for d in r.diagnostics]
    result = get_backend(target, BuildOptions()).run(r.program)
    assert not [d for d in result.diagnostics if d.severity == "error"], result.diagnostics
    return result.files


@pytest.mark.parametrize("target", TARGET_NAMES)
@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_snapshot(sample, target, snapshot, monkeypatch):
    monkeypatch.chdir(ROOT)       # headers name sources relative to the repository
    files = generated(sample, target)
    assert files
    for f in files:
        assert f.content == snapshot.use_extension(_extension(target, sample, f.path)), f.path
