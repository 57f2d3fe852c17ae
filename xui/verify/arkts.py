"""ArkTS (HarmonyOS ArkUI): ohos-typescript type check + the ArkTS 1.1 linter.

One node process (tools/toolchains/arkts_check.js) builds one program from the
ArkUI declarations and every generated ``.ets`` file, with the ``ets`` compiler
options of OpenHarmony's build (struct, decorators, ``Column() { ... }`` UI
syntax), and reports:

* tsc diagnostics (codes ``TS2345`` ...), strict mode;
* the ArkTS linter's strict-subset rules (codes ``arkts-no-any-unknown``,
  ``arkts-no-untyped-obj-literals``, ``arkts-no-var`` ...), as errors, the way
  DevEco's build reports them.

``$name`` / ``$$this`` references (state passed by reference to ``@Link``) are
accepted when ``name`` is a member of the enclosing struct.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from . import toolchains
from ._common import DEFAULT_TIMEOUT, PathArg, collect, no_files, run, tool_failure
from .result import CheckResult, Diagnostic

SUFFIXES = (".ets",)


def check_arkts(paths: PathArg, *, lint: bool = True, timeout: float = DEFAULT_TIMEOUT) -> CheckResult:
    """Type-check (and by default lint) ArkTS ``.ets`` files in one program.

    ``paths``: a directory (searched recursively), a file, or a list of them.
    ``lint=False`` skips the ArkTS linter (type check only).
    Raises :class:`~xui.verify.toolchains.ToolchainMissing` when not installed.
    """
    started = time.perf_counter()
    node = toolchains.node("arkts")
    script = toolchains.arkts_script()
    nm = toolchains.arkts_packages()
    m = toolchains.manifest()
    tool = (f"ohos-typescript {m.get('ohos_typescript', '?')} --strict with ArkUI declarations "
            f"{m.get('arkts_declarations', '?')}")
    files = collect(paths, SUFFIXES)
    if not files:
        return no_files("arkts", tool + (" + ArkTS linter 1.1" if lint else ""), SUFFIXES)
    with tempfile.TemporaryDirectory(prefix="xui-arkts-") as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(f) for f in files) + "\n")
        cmd = [node, str(script), "--node-modules", str(nm)]
        if not lint:
            cmd.append("--no-lint")
        proc = run(cmd + ["@" + str(listing)], timeout=timeout)
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        return CheckResult("arkts", tool, False, [tool_failure("arkts_check.js", proc)],
                           [str(f) for f in files], time.perf_counter() - started)
    linter = report.get("linter", "off")
    diags: list[Diagnostic] = []
    if linter == "ran":
        tool += " + ArkTS linter 1.1"
    elif linter != "off":
        tool += " (ArkTS linter did not run)"
        diags.append(Diagnostic("", 0, 0, "warning", "arkts-linter-failed",
                                f"the ArkTS linter did not run ({linter}); only the type check ran"))
    diags += [
        Diagnostic(d["file"] or "", int(d["line"]), int(d["col"]), d["severity"], d["code"], d["message"])
        for d in report.get("diagnostics", [])
    ]
    if proc.returncode != 0 and not any(d.is_error for d in diags):
        diags.append(tool_failure("arkts_check.js", proc))
    ok = proc.returncode == 0 and not any(d.is_error for d in diags)
    return CheckResult("arkts", tool, ok, diags, [str(f) for f in files],
                       time.perf_counter() - started)
