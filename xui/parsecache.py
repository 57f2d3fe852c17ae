"""A content-addressed cache of syntax trees on disk, so a rebuild parses only what changed.

An entry is the pickled `ast.Module` of one source file, keyed by the file's display path
(spans carry it) and the SHA-256 of its bytes, inside a folder named by a stamp of the code
that shapes trees (xui's version, the grammar, the parser and AST modules). Only clean parses
are stored: a file with a syntax error is parsed again, so its diagnostics are always fresh.
Entries are written atomically; an unreadable or corrupt entry counts as a miss.

Location: `$XDG_CACHE_HOME/xui/trees/` (default `~/.cache/xui/trees/`); `XUI_NO_TREE_CACHE=1`
turns it off (`XUI_NO_CACHE=1` turns off every cache, the parser tables' too). The folder of a
previous stamp is removed when a new one is created, and at most once a day entries not written
for 30 days are dropped (an edited file leaves its old entry behind).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path

from xui import ast as A

_PARSER_FILES = ("parser.py", "ast.py", "span.py")
MAX_AGE_DAYS = 30


def _stamp() -> str:
    from xui import __version__
    from xui.parser import grammar_text
    h = hashlib.sha256(__version__.encode())
    h.update(grammar_text().encode())
    here = Path(__file__).parent
    for name in _PARSER_FILES:
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:16]


class ParseCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self._ready = False

    @classmethod
    def default(cls) -> ParseCache | None:
        if os.environ.get("XUI_NO_CACHE") or os.environ.get("XUI_NO_TREE_CACHE"):
            return None
        from xui.parser import cache_home
        return cls(cache_home() / "trees" / _stamp())

    def _path(self, display: str, digest: str) -> Path:
        name = hashlib.sha256(f"{display}\0{digest}".encode()).hexdigest()
        return self.folder / name[:2] / f"{name[2:]}.pickle"

    def get(self, display: str, digest: str) -> A.Module | None:
        try:
            with open(self._path(display, digest), "rb") as fh:
                module = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError,
                TypeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(module, A.Module) or module.path != display:
            self.misses += 1
            return None
        self.hits += 1
        return module

    def put(self, display: str, digest: str, module: A.Module) -> None:
        self.put_bytes(display, digest, pickle.dumps(module, protocol=pickle.HIGHEST_PROTOCOL))

    def put_bytes(self, display: str, digest: str, blob: bytes) -> None:
        dest = self._path(display, digest)
        try:
            if not self._ready:
                self._prepare()
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=dest.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, dest)
        except OSError:
            pass                      # a cache that cannot be written is only slower

    def _prepare(self) -> None:
        """Create this stamp's folder; on first creation drop the folders of older stamps."""
        self._ready = True
        if self.folder.is_dir():
            self._prune()
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for other in self.folder.parent.iterdir():
            if other != self.folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)

    def _prune(self, now: float | None = None) -> None:
        """At most once a day: drop entries not written for MAX_AGE_DAYS."""
        now = time.time() if now is None else now
        marker = self.folder / ".pruned"
        try:
            if now - marker.stat().st_mtime < 86400:
                return
        except OSError:
            pass
        try:
            marker.touch()
            os.utime(marker, (now, now))
            for sub in self.folder.iterdir():
                if sub.is_dir():
                    for entry in sub.iterdir():
                        if now - entry.stat().st_mtime > MAX_AGE_DAYS * 86400:
                            entry.unlink()
        except OSError:
            pass
