"""Small helpers shared by the tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from xui.api import compile_text


def diags(src: str, severity: str | None = None) -> list[tuple[str, int, int]]:
    """(code, line, col) of every diagnostic for an in-memory program."""
    r = compile_text(textwrap.dedent(src).lstrip("\n"), "t.xui")
    return [(d.code, d.span.line if d.span else 0, d.span.col if d.span else 0)
            for d in r.diagnostics if severity is None or d.severity == severity]


def codes(src: str) -> list[str]:
    return [c for c, _, _ in diags(src)]


def program(src: str):
    r = compile_text(textwrap.dedent(src).lstrip("\n"), "t.xui")
    assert r.ok, [(d.code, d.message, d.span and (d.span.line, d.span.col)) for d in r.diagnostics]
    return r.program


def front_end_summary(result) -> tuple:
    """Everything a front-end run produced, comparable across runs: the IR as JSON, the
    diagnostics, the inputs read (path -> sha256) and the modules loaded."""
    program = result.program.model_dump_json() if result.program is not None else None
    diags = [(d.code, d.message, str(d.span), d.hint) for d in result.diagnostics]
    return program, diags, result.inputs, sorted(result.modules)


# Text modifiers on a Toggle / Checkbox style its label (not the control): the screen each
# backend's test generates: with a label, without one and with an empty one (nothing to style).
LABEL_STYLE_SRC = """\
screen Main {
  state on: Bool = false
  Column {
    Toggle(isOn: $on, label: "Wi-Fi").foreground(#FF0000).fontSize(13).fontWeight(.bold)
    Checkbox(isOn: $on, label: "Agree").foreground(#FF0000).fontSize(13).fontWeight(.bold).padding(4)
    Toggle(isOn: $on).foreground(#FF0000).fontSize(13)
    Checkbox(isOn: $on, label: "").fontWeight(.bold)
  }
}
"""


def assert_checker_passes(target: str, files: dict[str, str], dest: Path) -> None:
    """Write generated files (path -> content) under `dest` and run `target`'s real checker on them
    (xui verify's); skipped without xui.verify or the target's toolchain (CI requires both)."""
    try:
        from xui.verify import ToolchainMissing, check
    except ImportError as e:  # pragma: no cover
        pytest.skip(f"xui.verify unavailable: {e}")
    for path, code in files.items():
        p = dest / path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(code, encoding="utf-8")
    try:
        result = check(target, dest)
    except ToolchainMissing as e:
        pytest.skip(str(e))
    assert result.ok, result.format(dest)


def target_files(src: str, target: str) -> dict[str, str]:
    """The files `target` generates for an in-memory program (which must build without errors)."""
    from xui.api import compile_text
    from xui.backend import BuildOptions, get_backend
    r = compile_text(src, "t.xui")
    assert r.ok, r.diagnostics
    out = get_backend(target, BuildOptions()).run(r.program)
    assert not [d for d in out.diagnostics if d.severity == "error"], out.diagnostics
    return {f.path: f.content for f in out.files}


def assert_generated_has(src: str, target: str, snippets: list[str]) -> None:
    """Each snippet occurs in some file `target` generates for `src` (the files joined)."""
    code = "\n".join(target_files(src, target).values())
    for s in snippets:
        assert s in code, (s, target)


def assert_screen_has(src: str, target: str, snippets: list[str], screen: str = "Main") -> None:
    """Each snippet occurs in the code `target` generates for the screen `screen` of `src`."""
    code = next(c for p, c in target_files(src, target).items() if f"{screen}." in p)
    for s in snippets:
        assert s in code, (s, code)
