"""`.tint(color)` on the controls (Toggle, Checkbox, Slider, Progress): the accent of the switch when
on, the checked box, the filled track or the bar, on every target (exact code and the real checkers)."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, codes
from xui.api import compile_text
from xui.backend import BuildOptions, get_backend

SRC = """\
screen Main {
  state on: Bool = false
  state v: Float = 0.5
  state brand: Color = #FF6600
  Column {
    Toggle(isOn: $on, label: "Wi-Fi").tint(#FF6600)
    Toggle(isOn: $on).tint(brand)
    Checkbox(isOn: $on, label: "Agree").tint(#FF6600)
    Slider(value: $v).tint(#FF6600)
    Progress(value: v).tint(brand)
    Progress().tint(#FF6600)
  }
}
"""

EXPECTED = {
    "swiftui": [".tint(Color(hex: 0xFF6600))", ".tint(brand)",
                # the Checkbox's box takes it, not its label
                'Image(systemName: on ? "checkmark.square.fill" : "square")\n'
                "                        .foregroundStyle(Color(hex: 0xFF6600))\n"
                '                    Text(verbatim: "Agree")'],
    # on the control, also inside the label's Row
    "arkts": ["Toggle({ type: ToggleType.Switch, isOn: this.on })\n          .selectedColor('#FF6600')",
              ".selectedColor(this.brand)", "Checkbox()\n          .select(this.on)\n          .selectedColor('#FF6600')",
              "Progress({ value: this.v, total: 1, type: ProgressType.Linear })\n        .color(this.brand)",
              "LoadingProgress()\n        .color('#FF6600')"],
    "compose": ["colors = SwitchDefaults.colors(checkedTrackColor = Color(0xFFFF6600))",
                "colors = SwitchDefaults.colors(checkedTrackColor = brand)",
                "colors = CheckboxDefaults.colors(checkedColor = Color(0xFFFF6600))",
                "thumbColor = Color(0xFFFF6600),\n                activeTrackColor = Color(0xFFFF6600),",
                "LinearProgressIndicator(progress = { v.toFloat() }, color = brand)",
                "CircularProgressIndicator(color = Color(0xFFFF6600))"],
    # CSS accent-color (inherited from a Toggle's <label> by its input)
    "react": ['accentColor: "#FF6600"', "style={{ accentColor: brand }}",
              '<progress value={v} max={1} style={{ accentColor: brand }} />'],
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


def test_not_on_other_elements():
    assert codes('screen M {\n  Text("t").tint(#FF0000)\n}\n') == ["E0310"]
