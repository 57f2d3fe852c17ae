"""Where the compile-check toolchains live: the one place that knows.

``tools/toolchains/install`` puts everything under one cache directory,
``$XUI_TOOLCHAINS`` or else ``~/.cache/xui/toolchains``::

    npm/node_modules/typescript            tsc (React)
    npm/node_modules/ohos-typescript       OpenHarmony's TypeScript (ArkTS)
    npm/node_modules/@arkts/declarations   ArkUI component declarations
    npm/node_modules/kotlin-compiler       kotlinc + lib/compose-compiler-plugin.jar
    npm/arkts_check.js                     copy of tools/toolchains/arkts_check.js
    compose/jars/*.jar                     Compose Multiplatform desktop jars
    manifest.json                          installed versions

The SwiftUI checker needs no cache: ``tree-sitter`` and ``tree-sitter-swift``
are Python packages (tools/toolchains/requirements.txt). ``swiftc`` is used
instead when it is on PATH (or named by ``$XUI_SWIFTC``).

Every accessor raises :class:`ToolchainMissing` with a one-line fix when its
tool is absent; :func:`missing` answers the same question without raising.
"""

from __future__ import annotations

import json
import os
import shutil
from functools import lru_cache
from pathlib import Path

ENV_VAR = "XUI_TOOLCHAINS"
INSTALL_HINT = "run tools/toolchains/install"
TARGETS = ("react", "arkts", "compose", "swiftui")


class ToolchainMissing(RuntimeError):
    """A checker's toolchain is not installed; the message says how to fix it."""

    def __init__(self, target: str, detail: str) -> None:
        self.target = target
        self.detail = detail
        super().__init__(f"toolchain missing for {target}: {detail}: {INSTALL_HINT}")


def cache_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "xui" / "toolchains"


def repo_root() -> Path:
    """The checkout xui runs from (tools/ and targets/ live there)."""
    return Path(__file__).resolve().parents[2]


def node_modules() -> Path:
    return cache_dir() / "npm" / "node_modules"


def manifest() -> dict:
    """Versions recorded by the install script ({} when absent)."""
    try:
        return json.loads((cache_dir() / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}


def _need(target: str, path: Path, what: str) -> Path:
    if not path.exists():
        raise ToolchainMissing(target, f"{what} not found at {path}")
    return path


def node(target: str) -> str:
    exe = shutil.which("node")
    if exe is None:
        raise ToolchainMissing(target, "'node' is not on PATH")
    return exe


# ---- React ------------------------------------------------------------------
def tsc_js() -> Path:
    return _need("react", node_modules() / "typescript" / "bin" / "tsc", "tsc")


def react_types() -> dict[str, Path]:
    nm = node_modules()
    return {
        "react": _need("react", nm / "@types" / "react" / "index.d.ts", "@types/react").parent,
        "react-dom": _need("react", nm / "@types" / "react-dom" / "index.d.ts", "@types/react-dom").parent,
    }


def typescript_version() -> str:
    version = manifest().get("typescript")
    if version:
        return version
    pkg = node_modules() / "typescript" / "package.json"
    try:
        return json.loads(pkg.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "?"


# ---- ArkTS ------------------------------------------------------------------
def arkts_script() -> Path:
    """The ohos-typescript driver: the checkout's copy, else the installed one."""
    here = repo_root() / "tools" / "toolchains" / "arkts_check.js"
    if here.exists():
        return here
    return _need("arkts", cache_dir() / "npm" / "arkts_check.js", "arkts_check.js")


def arkts_packages() -> Path:
    nm = node_modules()
    _need("arkts", nm / "ohos-typescript" / "lib" / "typescript.js", "ohos-typescript")
    _need("arkts", nm / "@arkts" / "declarations" / "dist" / "index.d.ts", "@arkts/declarations")
    return nm


# ---- Compose ----------------------------------------------------------------
def kotlin_home() -> Path:
    home = node_modules() / "kotlin-compiler"
    _need("compose", home / "bin" / "kotlinc", "kotlinc")
    return home


def kotlinc() -> Path:
    return kotlin_home() / "bin" / "kotlinc"


def compose_plugin() -> Path:
    return _need("compose", kotlin_home() / "lib" / "compose-compiler-plugin.jar",
                 "the Compose compiler plugin")


def compose_jars() -> list[Path]:
    jars_dir = _need("compose", cache_dir() / "compose" / "jars", "the Compose jars")
    jars = sorted(jars_dir.glob("*.jar"))
    if not any(j.name.startswith("runtime-desktop-") for j in jars):
        raise ToolchainMissing("compose", f"no Compose runtime jar in {jars_dir}")
    return jars


def java(target: str = "compose") -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    exe = shutil.which("java")
    if exe is None:
        raise ToolchainMissing(target, "'java' (JDK 17+) is not on PATH")
    return exe


# ---- SwiftUI ----------------------------------------------------------------
def swiftc() -> str | None:
    """A Swift compiler able to type-check SwiftUI, if this machine has one."""
    env = os.environ.get("XUI_SWIFTC")
    if env:
        return env
    return shutil.which("swiftc")


@lru_cache(maxsize=1)
def swift_parser_language():
    """The tree-sitter Swift language object."""
    try:
        import tree_sitter  # noqa: F401
        import tree_sitter_swift
    except ImportError as exc:
        raise ToolchainMissing(
            "swiftui", f"Python package {exc.name or 'tree-sitter-swift'} is not installed"
        ) from None
    from tree_sitter import Language

    return Language(tree_sitter_swift.language())


def swiftui_api_table() -> Path:
    path = repo_root() / "targets" / "swiftui" / "swiftui_api.json"
    if path.exists():
        return path
    try:  # an installed wheel ships targets/ as the xui.targets package
        from importlib.resources import files

        res = files("xui.targets.swiftui") / "swiftui_api.json"
        if res.is_file():
            return Path(str(res))
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    raise ToolchainMissing("swiftui", f"SwiftUI API table not found at {path}")


# ---- all --------------------------------------------------------------------
def missing(target: str) -> str | None:
    """Why ``target``'s checker cannot run here, or None when it can."""
    try:
        if target == "react":
            node("react"), tsc_js(), react_types()
        elif target == "arkts":
            node("arkts"), arkts_script(), arkts_packages()
        elif target == "compose":
            java(), kotlinc(), compose_plugin(), compose_jars()
        elif target == "swiftui":
            if swiftc() is None:
                swift_parser_language()
            swiftui_api_table()
        else:
            raise ValueError(f"unknown target {target!r}; expected one of {TARGETS}")
    except ToolchainMissing as exc:
        return str(exc)
    return None
