"""Dark Mode colors: `theme dark { color surface = #121212 }` gives default-theme colors a Dark Mode
value. Checker rules (E0114, exact locations), the IR, each target's own mechanism (exact code), a
program without dark values is unchanged, and the program compiles on every target."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, diags, target_files
from xui.api import compile_text
from xui.catalog import TARGETS
from xui.diagnostics import DiagnosticSink
from xui.formatter import format_source

SOURCE = """\
theme {
  color surface = #FFFFFF
  color text = #1A1A1A
  color accent = #3366FF
  space gap = 8
}

theme dark {
  color surface = #121212
  color text = #EEEEEE
}

model Tag {
  name: String
  color: Color = theme.text
}

component Chip(tag: Tag, fill: Color = theme.surface) {
  Text(tag.name)
    .foreground(tag.color)
    .background(fill)
}

screen Main {
  state picked: Color = theme.accent
  Column(spacing: theme.gap) {
    Text("Hello")
      .foreground(theme.text)
    Image("logo")
      .tint(theme.text)
    Chip(tag: Tag(name: "a"))
    Button("Go", action: {
      picked = theme.surface
      navigate(Other())
    })
  }
  .background(theme.surface)
}

screen Other {
  Text("Other").foreground(theme.accent)
}
"""

EXPECTED = {
    "swiftui": ["static let surface = Color(light: Color(hex: 0xFFFFFF), dark: Color(hex: 0x121212))",
                "static let accent = Color(hex: 0x3366FF)",
                "init(light: Color, dark: Color) {\n        self.init(uiColor: UIColor { traits in\n"
                "            UIColor(traits.userInterfaceStyle == .dark ? dark : light)"],
    "compose": ["class ThemeColors(\n    val surface: Color,\n    val text: Color,\n    val accent: Color,\n)",
                "        val dark = ThemeColors(\n            surface = Color(0xFF121212),\n"
                "            text = Color(0xFFEEEEEE),\n            accent = Color(0xFF3366FF),\n        )",
                "get() = LocalThemeColors.current ?: if (isSystemInDarkTheme()) dark else light",
                "object AppTheme {\n    val gap: Double = 8.0\n}",
                # read once per composable; a parameter default reads the current colors; a model's
                # default is built outside composition
                "    val theme = ThemeColors.current\n", "color = theme.text",
                "fill: Color = ThemeColors.current.surface", "val color: Color = ThemeColors.light.text"],
    "arkts": ["static readonly surface: ResourceColor = $r('app.color.surface');",
              "static readonly accent: ResourceColor = '#3366FF';",
              '{\n  "color": [\n    {\n      "name": "surface",\n      "value": "#121212"\n    },',
              "getContext().resourceManager.getColorSync((color as Resource).id)"],
    "react": ['surface: "light-dark(#FFFFFF, #121212)",', 'accent: "#3366FF",',
              'export const colorScheme = "light dark";', "style={{ colorScheme }}"],
}


def test_dark_values_are_carried_by_the_ir():
    r = compile_text(SOURCE, "t.xui")
    assert r.ok, [str(d) for d in r.diagnostics]
    by = {t.name: t for t in r.program.theme}
    assert by["surface"].dark.value == "121212" and by["accent"].dark is None and by["gap"].dark is None


@pytest.mark.parametrize("target", TARGETS)
def test_dark_theme_as_each_target_writes_it(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


def test_arkts_writes_both_color_resources():
    files = target_files(SOURCE, "arkts")
    base = next(c for p, c in files.items() if p.endswith("resources/base/element/color.json"))
    dark = next(c for p, c in files.items() if p.endswith("resources/dark/element/color.json"))
    assert '"value": "#FFFFFF"' in base and '"value": "#1A1A1A"' in base and "3366FF" not in base
    assert '"value": "#121212"' in dark and '"value": "#EEEEEE"' in dark


@pytest.mark.parametrize("target", TARGETS)
def test_without_dark_values_nothing_changes(target):
    plain = SOURCE.replace("theme dark {\n  color surface = #121212\n  color text = #EEEEEE\n}\n", "")
    assert "dark" not in plain
    code = "\n".join(target_files(plain, target).values())
    for marker in ("light-dark", "ThemeColors", "Color(light:", "app.color.", "colorScheme"):
        assert marker not in code, (target, marker)


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_dark_theme_compiles(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


BASE = "theme {\n  color surface = #FFFFFF\n  color brand = theme.surface\n  space gap = 8\n}\n"


@pytest.mark.parametrize("dark, expected", [
    ("theme night {\n  color surface = #000000\n}", ("E0114", 6, 7)),           # the only variant is dark
    ("theme dark {\n  space gap = 4\n}", ("E0114", 7, 3)),                      # only colors change
    ("theme dark {\n  color nope = #000000\n}", ("E0114", 7, 9)),               # not a default color
    ("theme dark {\n  color gap = #000000\n}", ("E0114", 7, 9)),                # a space, not a color
    ("theme dark {\n  color surface = #000000\n  color surface = #111111\n}", ("E0103", 8, 9)),
    # two dark blocks (in one file or several) give one color one value
    ("theme dark {\n  color surface = #000000\n}\ntheme dark {\n  color surface = #111111\n}", ("E0103", 10, 9)),
    ("theme dark {\n  color surface = 3\n}", ("E0201", 7, 19)),
    ("theme dark {\n  color brand = #000000\n}", ("E0114", 3, 17)),             # both values literals
])
def test_dark_theme_errors(dark, expected):
    src = BASE + dark + "\n"
    assert diags(src, "error")[:1] == [expected], diags(src)


def test_dark_theme_formats_and_round_trips():
    src = "theme {\n  color a = #FFFFFF\n}\n\ntheme   dark{\n color a=#000000\n}\n"
    out = format_source(src, "t.xui", DiagnosticSink())
    assert "theme dark {\n  color a = #000000\n}\n" in out
    assert format_source(out, "t.xui", DiagnosticSink()) == out
