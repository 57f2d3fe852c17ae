"""`xui.toml`: the project file `xui build` reads when run without paths.

    [project]
    sources = ["src"]                 # files or folders of .xui sources
    targets = ["arkts", "compose"]    # default for --target
    out = "build"                     # default output root (<out>/<target>/)

    [targets.arkts]
    out = "harmony"                   # this target's output folder (overrides <out>/arkts)
    module = "entry"                  # HarmonyOS module name

    [targets.compose]
    out = "android/app/src/main"
    package = "com.example.app"

Relative paths are relative to the folder holding xui.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from xui.backend import TARGET_NAMES

FILE_NAME = "xui.toml"


class ConfigError(Exception):
    pass


@dataclass
class Project:
    root: Path
    sources: list[Path]
    targets: list[str]
    out: Path
    target_out: dict[str, Path] = field(default_factory=dict)
    kotlin_package: str | None = None
    harmony_module: str | None = None
    app_name: str | None = None


def find_project(start: Path) -> Path | None:
    d = start.resolve()
    for candidate in [d, *d.parents]:
        f = candidate / FILE_NAME
        if f.is_file():
            return f
    return None


def load_project(path: Path) -> Project:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from None
    root = path.parent
    proj = data.get("project", {})
    if not isinstance(proj, dict):
        raise ConfigError(f"{path}: [project] must be a table")
    sources = proj.get("sources", ["."])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ConfigError(f"{path}: project.sources must be a list of paths")
    targets = proj.get("targets", list(TARGET_NAMES))
    if not isinstance(targets, list) or any(t not in TARGET_NAMES for t in targets):
        raise ConfigError(f"{path}: project.targets must be a list of {', '.join(TARGET_NAMES)}")
    out = proj.get("out", "build")
    if not isinstance(out, str):
        raise ConfigError(f"{path}: project.out must be a path")
    p = Project(root=root, sources=[root / s for s in sources], targets=targets, out=root / out,
                app_name=proj.get("name") if isinstance(proj.get("name"), str) else None)
    tables = data.get("targets", {})
    if not isinstance(tables, dict):
        raise ConfigError(f"{path}: [targets] must be a table")
    for name, table in tables.items():
        if name not in TARGET_NAMES or not isinstance(table, dict):
            raise ConfigError(f"{path}: unknown target table [targets.{name}]")
        if "out" in table:
            if not isinstance(table["out"], str):
                raise ConfigError(f"{path}: targets.{name}.out must be a path")
            p.target_out[name] = root / table["out"]
        if name == "compose" and "package" in table:
            p.kotlin_package = str(table["package"])
        if name == "arkts" and "module" in table:
            p.harmony_module = str(table["module"])
    return p
