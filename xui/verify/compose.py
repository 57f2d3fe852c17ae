"""Kotlin / Jetpack Compose: kotlinc with the Compose compiler plugin.

All ``.kt`` files are compiled in one kotlinc call against the Compose
Multiplatform desktop jars (runtime, ui, foundation, material3, ...), so
unresolved references, type mismatches and Compose rules (``@Composable``
calls outside composables, ...) are all reported. Class files go to a
temporary directory and are thrown away.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from . import toolchains
from ._common import DEFAULT_TIMEOUT, PathArg, collect, no_files, run, tool_failure
from .result import CheckResult, Diagnostic

SUFFIXES = (".kt",)

# C1 JIT only and a roomier heap: ~25% faster for these short compiler runs.
JAVA_OPTS = "-Xmx2g -Xms256m -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"

# /abs/File.kt:12:5: error: [UNRESOLVED_REFERENCE] Unresolved reference 'Buttn'.
_LOCATED = re.compile(
    r"^(?P<file>.+?\.kts?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info): "
    r"(?:\[(?P<code>[A-Z0-9_]+)\] )?(?P<msg>.*)$")
_GLOBAL = re.compile(r"^(?P<sev>error|warning|exception): (?:\[(?P<code>[A-Z0-9_]+)\] )?(?P<msg>.*)$")


def parse_output(text: str) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        raw = lines[i]
        m = _LOCATED.match(raw)
        if m:
            msg = m["msg"]
            # a message may go on over several lines ("None of the following
            # candidates is applicable:" + candidates) until the source echo,
            # which is followed by a line of carets
            j = i + 1
            extra: list[str] = []
            while j < len(lines) and not _LOCATED.match(lines[j]) and not _GLOBAL.match(lines[j]):
                if j + 1 < len(lines) and set(lines[j + 1].strip()) <= {"^"} and lines[j + 1].strip():
                    j += 2  # source line + caret line
                    break
                extra.append(lines[j].strip())
                j += 1
            if extra:
                msg += "\n" + "\n".join(e for e in extra if e)
            diags.append(Diagnostic(str(Path(m["file"]).resolve()), int(m["line"]), int(m["col"]),
                                    m["sev"], m["code"] or "", msg))
            i = j
            continue
        g = _GLOBAL.match(raw)
        if g:
            sev = "error" if g["sev"] == "exception" else g["sev"]
            diags.append(Diagnostic("", 0, 0, sev, g["code"] or "", g["msg"]))
        i += 1
    return diags


def check_compose(paths: PathArg, *, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Compile Kotlin/Compose ``.kt`` files with kotlinc + the Compose plugin.

    ``paths``: a directory (searched recursively), a file, or a list of them.
    Raises :class:`~xui.verify.toolchains.ToolchainMissing` when not installed.
    """
    started = time.perf_counter()
    toolchains.java()
    kotlinc = toolchains.kotlinc()
    plugin = toolchains.compose_plugin()
    # kotlinc brings its own (newer) kotlin-stdlib: leave out the jars' older copies
    jars = [j for j in toolchains.compose_jars() if not j.name.startswith("kotlin-stdlib")]
    m = toolchains.manifest()
    tool = (f"kotlinc {m.get('kotlin', '?')} -jvm-target 17 + Compose compiler plugin, "
            f"Compose Multiplatform {m.get('compose_multiplatform', '?')} desktop jars "
            f"(material3 {m.get('compose_material3', '?')})")
    files = collect(paths, SUFFIXES)
    if not files:
        return no_files("compose", tool, SUFFIXES)
    with tempfile.TemporaryDirectory(prefix="xui-kotlinc-") as tmp:
        args = [
            f"-Xplugin={plugin}",
            "-classpath", os.pathsep.join(str(j) for j in jars),
            "-jvm-target", "17",
            "-no-reflect",
            "-Xrender-internal-diagnostic-names",
            "-d", str(Path(tmp) / "classes"),
            *[str(f) for f in files],
        ]
        argfile = Path(tmp) / "args.txt"
        argfile.write_text("\n".join(_quote(a) for a in args) + "\n")
        env = {"JAVA_OPTS": os.environ.get("XUI_KOTLINC_JAVA_OPTS", JAVA_OPTS)}
        proc = run([str(kotlinc), "@" + str(argfile)], cwd=tmp, env=env, timeout=timeout)
    diags = parse_output(proc.stdout + "\n" + proc.stderr)
    if proc.returncode != 0 and not any(d.is_error for d in diags):
        diags.append(tool_failure("kotlinc", proc))
    ok = proc.returncode == 0 and not any(d.is_error for d in diags)
    return CheckResult("compose", tool, ok, diags, [str(f) for f in files],
                       time.perf_counter() - started)


def _quote(arg: str) -> str:
    # kotlinc argfiles: whitespace separates arguments; quote with "..." and
    # escape backslashes and quotes inside
    if re.search(r'[\s"\\]', arg):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return arg
