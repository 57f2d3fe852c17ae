"""React + TypeScript: ``tsc --noEmit --strict`` over all generated files at once.

TypeScript 7 refuses file names on the command line while a tsconfig exists,
so the check writes a throw-away tsconfig listing the files, with ``react``
and ``react-dom`` mapped to the installed ``@types`` packages (the generated
directory needs no node_modules of its own).
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from pathlib import Path

from . import toolchains
from ._common import DEFAULT_TIMEOUT, PathArg, collect, no_files, run, tool_failure
from .result import CheckResult, Diagnostic

SUFFIXES = (".tsx", ".ts")

COMPILER_OPTIONS = {
    "target": "ES2020",
    "module": "ESNext",
    "moduleResolution": "bundler",
    "jsx": "react-jsx",
    "strict": True,
    "noEmit": True,
    "skipLibCheck": True,
    "lib": ["ES2020", "DOM"],
    "types": [],
}

# file(line,col): error TS2345: message
_LOCATED = re.compile(
    r"^(?P<file>.+?)\((?P<line>\d+),(?P<col>\d+)\): (?P<sev>error|warning|message) "
    r"(?P<code>TS\d+): (?P<msg>.*)$")
_GLOBAL = re.compile(r"^(?P<sev>error|warning|message) (?P<code>TS\d+): (?P<msg>.*)$")
_SEVERITY = {"error": "error", "warning": "warning", "message": "info"}


def tsconfig(files: list[Path]) -> dict:
    types = toolchains.react_types()
    paths = {
        "react": [str(types["react"])],
        "react/*": [str(types["react"]) + "/*"],
        "react-dom": [str(types["react-dom"])],
        "react-dom/*": [str(types["react-dom"]) + "/*"],
    }
    return {"compilerOptions": {**COMPILER_OPTIONS, "paths": paths},
            "files": [str(f) for f in files]}


def parse_output(text: str, cwd: Path) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    current: dict | None = None

    def flush() -> None:
        if current is not None:
            diags.append(Diagnostic(**current))

    for raw in text.splitlines():
        m = _LOCATED.match(raw)
        g = None if m else _GLOBAL.match(raw)
        if m:
            flush()
            current = dict(path=str((cwd / m["file"]).resolve()), line=int(m["line"]),
                           col=int(m["col"]), severity=_SEVERITY[m["sev"]], code=m["code"],
                           message=m["msg"])
        elif g:
            flush()
            current = dict(path="", line=0, col=0, severity=_SEVERITY[g["sev"]], code=g["code"],
                           message=g["msg"])
        elif current is not None and raw.startswith(" ") and raw.strip():
            current["message"] += "\n" + raw.strip()
    flush()
    return diags


def check_react(paths: PathArg, *, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Type-check React ``.tsx``/``.ts`` files with ``tsc --noEmit --strict``.

    ``paths``: a directory (searched recursively), a file, or a list of them.
    Raises :class:`~xui.verify.toolchains.ToolchainMissing` when tsc is not installed.
    """
    started = time.perf_counter()
    node = toolchains.node("react")
    tsc = toolchains.tsc_js()
    tool = f"tsc {toolchains.typescript_version()} --noEmit --strict (jsx react-jsx)"
    files = collect(paths, SUFFIXES)
    if not files:
        return no_files("react", tool, SUFFIXES)
    with tempfile.TemporaryDirectory(prefix="xui-tsc-") as tmp:
        cfg = Path(tmp) / "tsconfig.json"
        cfg.write_text(json.dumps(tsconfig(files), indent=1))
        proc = run([node, str(tsc), "-p", str(cfg), "--pretty", "false"], cwd=tmp, timeout=timeout)
        diags = parse_output(proc.stdout + "\n" + proc.stderr, Path(tmp))
    if proc.returncode != 0 and not any(d.is_error for d in diags):
        diags.append(tool_failure("tsc", proc))
    ok = proc.returncode == 0 and not any(d.is_error for d in diags)
    return CheckResult("react", tool, ok, diags, [str(f) for f in files],
                       time.perf_counter() - started)
