"""Finding source files and naming them (cheap: no parser, no IR imported)."""

from __future__ import annotations

import os
from pathlib import Path

SKIP_DIRS = {"node_modules", "build", "dist", "out", "__pycache__", "snapshots"}


def display_path(p: Path) -> str:
    """Paths in diagnostics and headers: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return p.as_posix()
    if rel.startswith(".."):
        return Path(os.path.abspath(p)).as_posix()
    return Path(rel).as_posix()


def discover(paths: list[str | Path]) -> tuple[list[Path], list[str]]:
    """Expand directories to their .xui files (sorted). Returns (files, missing paths)."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                for n in sorted(names):
                    if n.endswith(".xui"):
                        files.append(Path(root) / n)
        elif p.is_file():
            files.append(p)
        else:
            missing.append(str(raw))
    seen = set()
    out = []
    for f in files:
        key = os.path.abspath(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out, missing
