"""Compile checks for xui's generated code, one checker per target.

Each checker takes the generated files (a directory, searched recursively, a
file, or a list of them), checks them all in ONE compiler invocation, and
returns a :class:`CheckResult` (``target``, ``tool``, ``ok``, ``diagnostics``)::

    from xui.verify import check, check_react
    result = check_react("build/react")          # or check("react", "build/react")
    if not result.ok:
        print(result.format())

=========  ===============================================================
react      ``tsc --noEmit --strict`` (TypeScript 7, ``jsx: react-jsx``, @types/react 19)
arkts      ohos-typescript (OpenHarmony's tsc) with the ArkUI declarations,
           strict, plus the ArkTS 1.1 linter (the ArkTS strict subset)
compose    kotlinc 2.4 + Compose compiler plugin against Compose
           Multiplatform desktop jars (material3)
swiftui    ``swiftc -typecheck`` where a Swift toolchain with SwiftUI exists;
           otherwise a tree-sitter-swift parse plus a check of every SwiftUI
           type, initializer label set, modifier and member against
           targets/swiftui/swiftui_api.json (no type check)
=========  ===============================================================

A checker whose toolchain is not installed raises :class:`ToolchainMissing`
(message: ``toolchain missing for <target>: ...: run tools/toolchains/install``);
:func:`missing` tells beforehand. Tool locations: :mod:`xui.verify.toolchains`.
"""

from __future__ import annotations

from collections.abc import Callable

from ._common import PathArg
from .arkts import check_arkts
from .compose import check_compose
from .react import check_react
from .result import CheckResult, Diagnostic
from .swiftui import check_swiftui
from .toolchains import TARGETS, ToolchainMissing, missing

CHECKERS: dict[str, Callable[..., CheckResult]] = {
    "react": check_react,
    "arkts": check_arkts,
    "compose": check_compose,
    "swiftui": check_swiftui,
}


def check(target: str, paths: PathArg, **options) -> CheckResult:
    """Run ``target``'s checker (one of :data:`TARGETS`) over ``paths``."""
    try:
        checker = CHECKERS[target]
    except KeyError:
        raise ValueError(f"unknown target {target!r}; expected one of {', '.join(TARGETS)}") from None
    return checker(paths, **options)


__all__ = [
    "CHECKERS", "TARGETS", "CheckResult", "Diagnostic", "ToolchainMissing",
    "check", "check_arkts", "check_compose", "check_react", "check_swiftui", "missing",
]
