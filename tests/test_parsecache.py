"""The on-disk tree cache: a rebuild takes unchanged files' trees from it, and the results are
exactly those of parsing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import xui.api as api
from helpers import front_end_summary
from xui.api import compile_paths
from xui.parsecache import ParseCache

ROOT = Path(__file__).resolve().parents[1]


_summary = front_end_summary


@pytest.fixture
def app(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("XUI_NO_CACHE", raising=False)
    monkeypatch.delenv("XUI_NO_TREE_CACHE", raising=False)
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path / "samples"


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "xui" / "trees").rglob("*.pickle"))


@pytest.mark.parametrize("parallel", [False, True])
def test_second_build_uses_the_cache_and_matches(app: Path, tmp_path: Path, monkeypatch, parallel):
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 2 if parallel else 10**9)
    reference = _summary(compile_paths([app], cache=False))
    assert _entries(tmp_path) == []
    first = _summary(compile_paths([app]))
    n_files = len(list(app.rglob("*.xui")))
    assert len(_entries(tmp_path)) == n_files
    parsed = []
    real = api.Loader.parse

    def spy(self, k, text):
        if k not in self.preparsed:
            parsed.append(k)
        return real(self, k, text)
    monkeypatch.setattr(api.Loader, "parse", spy)
    monkeypatch.setattr(api, "PARALLEL_MIN_FILES", 10**9)
    second = _summary(compile_paths([app]))
    assert first == reference and second == reference
    # every tree came from the cache: a cache hit never reaches parse_text
    hits = []
    orig_get = ParseCache.get

    def counting_get(self, display, digest):
        m = orig_get(self, display, digest)
        hits.append(m is not None)
        return m
    monkeypatch.setattr(ParseCache, "get", counting_get)
    compile_paths([app])
    assert hits and all(hits)


def test_an_edit_is_parsed_again(app: Path, tmp_path: Path):
    compile_paths([app])
    f = app / "counter" / "counter.xui"
    if not f.exists():
        f = sorted((app / "counter").glob("*.xui"))[0]
    f.write_text(f.read_text() + "\n// edited\n")
    reference = _summary(compile_paths([app], cache=False))
    assert _summary(compile_paths([app])) == reference


def test_files_with_syntax_errors_are_not_cached(app: Path, tmp_path: Path):
    (app / "todo" / "broken.xui").write_text('screen Broken {\n  Text("a"\n}\n')
    first = _summary(compile_paths([app]))
    second = _summary(compile_paths([app]))
    assert first == second and any(code.startswith("E00") for code, *_ in first[1])
    cache = ParseCache.default()
    assert cache is not None
    from xui.sources import display_path
    import hashlib
    digest = hashlib.sha256((app / "todo" / "broken.xui").read_bytes()).hexdigest()
    assert cache.get(display_path(app / "todo" / "broken.xui"), digest) is None


def test_a_corrupt_entry_is_a_miss(app: Path, tmp_path: Path):
    reference = _summary(compile_paths([app], cache=False))
    compile_paths([app])
    for e in _entries(tmp_path):
        e.write_bytes(b"\x80\x05not a pickle")
    assert _summary(compile_paths([app])) == reference


def test_cache_can_be_turned_off(app: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XUI_NO_TREE_CACHE", "1")
    compile_paths([app])
    assert _entries(tmp_path) == []


def test_old_entries_are_pruned_once_a_day(app: Path, tmp_path: Path):
    import os
    import time
    compile_paths([app])
    entries = _entries(tmp_path)
    assert entries
    old = time.time() - 40 * 86400
    os.utime(entries[0], (old, old))
    cache = ParseCache.default()
    marker = cache.folder / ".pruned"
    if marker.exists():
        os.utime(marker, (old, old))         # the last prune was long ago
    cache._prepare()
    assert not entries[0].exists() and all(e.exists() for e in entries[1:])
    os.utime(entries[1], (old, old))
    ParseCache.default()._prepare()           # pruned today already: nothing happens
    assert entries[1].exists()
