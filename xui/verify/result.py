"""Result types shared by the compile checkers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Diagnostic:
    """One message of a compiler or checker, located in a generated file.

    ``path`` is the absolute path of the file ("" for a message about no file,
    such as a bad compiler option); ``line`` and ``col`` are 1-based (0 when
    unknown); ``code`` is the tool's own code (``TS2345``, ``ARGUMENT_TYPE_MISMATCH``,
    ``arkts-no-any-unknown``, ``swiftui-unknown-modifier``...) or "".
    """

    path: str
    line: int
    col: int
    severity: str
    code: str
    message: str

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"bad severity {self.severity!r}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return self.format()

    def format(self, relative_to: str | Path | None = None) -> str:
        """``path:line:col: severity: message [code]`` (clickable in editors)."""
        path = self.path or "<no file>"
        if relative_to is not None and self.path:
            try:
                path = str(Path(self.path).relative_to(Path(relative_to).resolve()))
            except ValueError:
                pass
        where = f"{path}:{self.line}:{self.col}" if self.line else path
        code = f"  [{self.code}]" if self.code else ""
        return f"{where}: {self.severity}: {self.message}{code}"


@dataclass
class CheckResult:
    """What one checker found in one target's generated files.

    ``tool`` says in words which check ran (it differs in strength per target);
    ``ok`` is true when the tool ran and reported no error.
    """

    target: str
    tool: str
    ok: bool
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def in_file(self, name: str | Path) -> list[Diagnostic]:
        """Diagnostics whose file is ``name`` (a path, or just a file name)."""
        name = str(name)
        return [
            d for d in self.diagnostics
            if d.path and (d.path == name or Path(d.path).name == name
                           or Path(d.path) == Path(name).resolve())
        ]

    def format(self, relative_to: str | Path | None = None) -> str:
        head = (
            f"{self.target}: {self.tool}: {'ok' if self.ok else 'FAILED'} "
            f"({len(self.files)} files, {len(self.errors)} errors, "
            f"{len(self.warnings)} warnings, {self.seconds:.1f}s)"
        )
        return "\n".join([head] + [d.format(relative_to) for d in self.diagnostics])

    def __str__(self) -> str:
        return self.format()
