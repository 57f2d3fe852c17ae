"""`.lineSpacing(points)`: extra space between the lines of a Text, on every target (exact code,
the real compile checks, and the Android importer's lineSpacingExtra / lineSpacingMultiplier)."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, codes
from xui.api import compile_text
from xui.backend import BuildOptions, get_backend

SRC = """\
theme {
  font title = Font(size: 20, weight: .bold)
}
screen Main {
  state gap: Float = 4
  Column {
    Text("Two\\nlines").lineSpacing(4)
    Text("Sized").fontSize(16).lineSpacing(2)
    Text("Themed").font(theme.title).lineSpacing(gap)
    Text("Dynamic").lineSpacing(gap)
  }
}
"""

EXPECTED = {
    "swiftui": [".lineSpacing(4)", ".lineSpacing(2)", ".lineSpacing(gap)"],
    "arkts": ["import { LengthMetrics } from '@kit.ArkUI';", ".lineSpacing(LengthMetrics.vp(4))",
              ".lineSpacing(LengthMetrics.vp(this.gap))"],
    # Compose has no extra leading: the natural line height (1.2 x the size; 14.sp by default) plus n
    "compose": ['Text("Two\\nlines", lineHeight = 20.8.sp)', 'Text("Sized", fontSize = 16.sp, lineHeight = 21.2.sp)',
                "lineHeight = (AppTheme.title.fontSize.value * 1.2f + gap.toFloat()).sp",
                'Text("Dynamic", lineHeight = (16.8f + gap.toFloat()).sp)'],
    "react": ['text: { lineHeight: "calc(1.2em + 4px)" },', "lineHeight: `calc(1.2em + ${gap}px)`"],
}


def files(target: str) -> dict[str, str]:
    r = compile_text(SRC, "t.xui")
    assert r.ok, r.diagnostics
    out = get_backend(target, BuildOptions()).run(r.program)
    assert not [d for d in out.diagnostics if d.severity == "error"], out.diagnostics
    return {f.path: f.content for f in out.files}


@pytest.mark.parametrize("target", sorted(EXPECTED))
def test_exact_code(target):
    main = next(c for p, c in files(target).items() if "Main." in p)
    for line in EXPECTED[target]:
        assert line in main, (line, main)


@pytest.mark.toolchains
@pytest.mark.parametrize("target", sorted(EXPECTED))
def test_compiles(target, tmp_path):
    assert_checker_passes(target, files(target), tmp_path)


def test_text_only():
    assert codes('screen M {\n  Button("b", action: {}).lineSpacing(2)\n}\n') == ["E0310"]
