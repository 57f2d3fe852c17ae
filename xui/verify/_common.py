"""Helpers shared by the checkers: file collection and running a tool."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from .result import Diagnostic

PathArg = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

DEFAULT_TIMEOUT = 900.0  # seconds; one call checks a whole target


def collect(paths: PathArg, suffixes: tuple[str, ...]) -> list[Path]:
    """Files to check: a directory (searched recursively for ``suffixes``),
    one file, or a list of either. Returns sorted absolute paths."""
    if isinstance(paths, (str, os.PathLike)):
        items = [paths]
    else:
        items = list(paths)
    out: set[Path] = set()
    for item in items:
        p = Path(item).expanduser().resolve()
        if p.is_dir():
            out.update(f for f in p.rglob("*") if f.is_file() and f.name.endswith(suffixes)
                       and "node_modules" not in f.parts)
        elif p.is_file():
            out.add(p)
        else:
            raise FileNotFoundError(f"no such file or directory: {item}")
    return sorted(out)


def run(cmd: list[str], *, cwd: str | Path | None = None, env: dict[str, str] | None = None,
        timeout: float = DEFAULT_TIMEOUT, input: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    try:
        return subprocess.run(
            cmd, cwd=cwd, env=full_env, input=input, capture_output=True, text=True,
            timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise TimeoutError(f"{Path(cmd[0]).name} did not finish within {timeout:.0f}s") from exc


def tool_failure(tool: str, proc: subprocess.CompletedProcess[str]) -> Diagnostic:
    """A diagnostic for a tool that failed without saying where."""
    text = (proc.stderr or "").strip() or (proc.stdout or "").strip() or "(no output)"
    lines = text.splitlines()
    if len(lines) > 30:
        lines = lines[:30] + [f"... ({len(lines) - 30} more lines)"]
    return Diagnostic("", 0, 0, "error", "tool-failed",
                      f"{tool} exited with status {proc.returncode}: " + "\n".join(lines))


def no_files(target: str, tool: str, suffixes: tuple[str, ...]):
    from .result import CheckResult

    return CheckResult(target, tool, False, [Diagnostic(
        "", 0, 0, "error", "no-files", f"no {'/'.join(suffixes)} files to check")])
