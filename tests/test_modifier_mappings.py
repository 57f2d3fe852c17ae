"""Modifiers that each map to a different API per target, checked together: the exact code every
target generates and the real compile checks.

- `.lineSpacing(points)`: extra space between the lines of a Text.
- `.tint(color)` on the controls (Toggle, Checkbox, Slider, Progress): the accent of the switch when
  on, the checked box, the filled track or the bar.
- `.buttonStyle(.filled / .tonal / .text)`: a Button's emphasis, a different type or function per target,
  and `.tint(color)` on a Button: its accent, which each style wears differently.
"""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_screen_has, codes, target_files

LINE_SPACING_SRC = """\
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

LINE_SPACING = {
    "swiftui": [".lineSpacing(4)", ".lineSpacing(2)", ".lineSpacing(gap)"],
    "arkts": ["import { LengthMetrics } from '@kit.ArkUI';", ".lineSpacing(LengthMetrics.vp(4))",
              ".lineSpacing(LengthMetrics.vp(this.gap))"],
    # Compose has no extra leading: the natural line height (1.2 x the size; 14.sp by default) plus n
    "compose": ['Text("Two\\nlines", lineHeight = 20.8.sp)', 'Text("Sized", fontSize = 16.sp, lineHeight = 21.2.sp)',
                "lineHeight = (AppTheme.title.fontSize.value * 1.2f + gap.toFloat()).sp",
                'Text("Dynamic", lineHeight = (16.8f + gap.toFloat()).sp)'],
    "react": ['text: { lineHeight: "calc(1.2em + 4px)" },', "lineHeight: `calc(1.2em + ${gap}px)`"],
}

TINT_SRC = """\
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

TINT = {
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

BUTTON_STYLE_SRC = """\
screen Main {
  state n: Int = 0
  Row(spacing: 8) {
    Button("Save", action: { n += 1 }).buttonStyle(.filled)
    Button("Later", action: { n = 0 }).buttonStyle(.tonal).disabled(n == 0)
    Button("Skip", action: { n = 0 }).buttonStyle(.text)
    Button(action: { n += 1 }) {
      Text("Custom")
    }
      .padding(4)
      .buttonStyle(.filled)
  }
}
"""

BUTTON_STYLE = {
    "swiftui": ['Button("Save") { n += 1 }\n                .buttonStyle(.borderedProminent)',
                '"Later") { n = 0 }\n                .buttonStyle(.bordered)\n                .disabled(n == 0)', ".buttonStyle(.borderless)",
                '} label: {\n                Text(verbatim: "Custom")\n            }\n            .buttonStyle(.borderedProminent)\n'
                "            .padding(4)"],
    "compose": ["Button(onClick = { n += 1 }) {", "FilledTonalButton(onClick = { n = 0 }, enabled = n != 0) {",
                "TextButton(onClick = { n = 0 }) {", "import androidx.compose.material3.FilledTonalButton",
                "import androidx.compose.material3.TextButton"],
    "arkts": [".buttonStyle(ButtonStyleMode.EMPHASIZED)", ".buttonStyle(ButtonStyleMode.NORMAL)",
              ".buttonStyle(ButtonStyleMode.TEXTUAL)"],
    # the style (src/buttons.ts) is spread first, so the element's own modifiers win (the padding below)
    "react": ['import { buttonStyles } from "../buttons";', "style={buttonStyles.filled}",
              "style={{ ...buttonStyles.tonal, opacity: n === 0 ? 0.38 : 1 }}", "style={buttonStyles.text}",
              "button: { ...buttonStyles.filled, padding: 4 },"],
}

BUTTON_TINT_SRC = """\
screen Main {
  state on: Bool = true
  state brand: Color = #FF6600
  Column {
    Button("Save", action: { brand = #FF0000 }).buttonStyle(.filled).tint(#FF6600)
    Button("Later", action: { on = !on }).buttonStyle(.tonal).tint(brand)
    Button("Skip", action: { on = !on }).buttonStyle(.text).tint(on ? brand : #0000FF)
    Button("Plain", action: { on = !on }).tint(#FF6600)
  }
}
"""

# a filled (or unstyled) button's fill; a tonal button's label on a 14 % tint; a text button's label
BUTTON_TINT = {
    "swiftui": ['Button("Save") { brand = Color(hex: 0xFF0000) }\n                .buttonStyle(.borderedProminent)\n'
                "                .tint(Color(hex: 0xFF6600))", ".tint(brand)", ".tint(on ? brand : Color(hex: 0x0000FF))"],
    "compose": ["colors = ButtonDefaults.buttonColors(containerColor = Color(0xFFFF6600)),",
                "colors = ButtonDefaults.filledTonalButtonColors(\n                containerColor = brand.copy(alpha = 0.14f),"
                "\n                contentColor = brand,\n            ),",
                "colors = ButtonDefaults.textButtonColors(contentColor = if (on) brand else Color(0xFF0000FF)),"],
    "arkts": [".buttonStyle(ButtonStyleMode.EMPHASIZED)\n        .backgroundColor('#FF6600')",
              ".buttonStyle(ButtonStyleMode.NORMAL)\n        .fontColor(this.brand)",
              ".fontColor(this.on ? this.brand : '#0000FF')", "Button('Plain')"],
    "react": ['button: { ...buttonStyles.filled, backgroundColor: "#FF6600" },',
              "...buttonStyles.tonal,\n          color: brand,\n          backgroundColor: `color-mix(in srgb, ${brand} "
              "14%, transparent)`,", 'style={{ ...buttonStyles.text, color: on ? brand : "#0000FF" }}',
              'button2: { backgroundColor: "#FF6600" },'],
}

ROUNDED_BUTTONS_SRC = """\
screen Main {
  state n: Int = 0
  Column {
    Button("Save", action: { n += 1 }).buttonStyle(.filled).cornerRadius(8)
    Button(action: { n += 1 }) {
      Text("Block")
    }
      .cornerRadius(12)
      .shadow(radius: 2)
  }
}
"""

# a button's own shape takes the radius: an ArkTS Capsule ignores borderRadius, clipping a Compose pill or a
# SwiftUI bordered capsule would keep the pill
ROUNDED_BUTTONS = {
    "arkts": ["Button('Save', { type: ButtonType.Normal })\n        .buttonStyle(ButtonStyleMode.EMPHASIZED)\n"
              "        .borderRadius(8)", "Button({ type: ButtonType.Normal }) {\n        Text('Block')\n      }\n"
              "      .borderRadius(12)"],
    "compose": ["Button(onClick = { n += 1 }, shape = RoundedCornerShape(8.dp)) {",
                "modifier = Modifier.shadow(2.dp, RoundedCornerShape(12.dp)),\n            shape = RoundedCornerShape(12.dp),"],
    "swiftui": [".buttonStyle(.borderedProminent)\n                .buttonBorderShape(.roundedRectangle(radius: 8))",
                ".clipShape(RoundedRectangle(cornerRadius: 12))"],
    "react": ["borderRadius: 8", "borderRadius: 12"],
}

FEATURES = {"lineSpacing": (LINE_SPACING_SRC, LINE_SPACING), "tint": (TINT_SRC, TINT),
            "roundedButtons": (ROUNDED_BUTTONS_SRC, ROUNDED_BUTTONS),
            "buttonStyle": (BUTTON_STYLE_SRC, BUTTON_STYLE), "buttonTint": (BUTTON_TINT_SRC, BUTTON_TINT)}
CASES = [(f, t) for f in FEATURES for t in sorted(FEATURES[f][1])]


@pytest.mark.parametrize("feature, target", CASES)
def test_exact_code(feature, target):
    src, expected = FEATURES[feature]
    assert_screen_has(src, target, expected[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("feature, target", CASES)
def test_compiles(feature, target, tmp_path):
    assert_checker_passes(target, target_files(FEATURES[feature][0], target), tmp_path)


def test_where_they_apply():
    assert codes('screen M {\n  Button("b", action: {}).lineSpacing(2)\n}\n') == ["E0310"]
    assert codes('screen M {\n  Text("t").tint(#FF0000)\n}\n') == ["E0310"]
    assert codes('screen M {\n  Column {\n    Text("t")\n  }\n  .tint(#FF0000)\n}\n') == ["E0310"]
    assert codes('screen M {\n  Text("t").buttonStyle(.text)\n}\n') == ["E0310"]
    # the style picks a type or a function per target: it is written out, not computed
    assert "E0220" in codes('screen M {\n  state on: Bool = true\n'
                            '  Button("b", action: {}).buttonStyle(on ? .filled : .text)\n}\n')
    assert codes('screen M {\n  Button("b", action: {}).buttonStyle(.outlined)\n}\n') != []


def test_swiftui_sizes_a_shaped_button_on_its_label():
    """.borderedProminent / .bordered draw their shape around the label: a full-width filled button
    needs the frame on the label (on the Button, the shape keeps the label's size in a wide frame)."""
    src = """\
screen Main {
  state n: Int = 0
  Column {
    Button("Wide", action: { n += 1 }).buttonStyle(.filled).fillWidth()
    Button(action: { n += 1 }) {
      Text("A")
      Text("B")
    }
      .buttonStyle(.tonal)
      .frame(height: 48)
    Button("Link", action: { n += 1 }).buttonStyle(.text).fillWidth()
  }
}
"""
    assert_screen_has(src, "swiftui", [
        '} label: {\n                Text("Wide")\n                    .frame(maxWidth: .infinity)\n            }\n'
        "            .buttonStyle(.borderedProminent)",
        '} label: {\n                HStack(spacing: 0) {\n                    Text(verbatim: "A")\n'
        '                    Text(verbatim: "B")\n                }\n                .frame(height: 48)\n            }\n'
        "            .buttonStyle(.bordered)",
        # a borderless button draws no shape: its frame stays on the Button
        'Button("Link") { n += 1 }\n                .buttonStyle(.borderless)\n                .frame(maxWidth: .infinity)'])


def test_react_button_styles_are_one_shared_module():
    """The three styles live once in src/buttons.ts (only when a screen uses one), not in every screen."""
    fs = target_files(BUTTON_STYLE_SRC, "react")
    buttons = fs["src/buttons.ts"]
    assert buttons.startswith("// Generated by xui from t.xui. Do not edit.\n")
    # the shape every style shares is written once and spread first (the text style's padding wins)
    assert 'const shape: CSSProperties = {\n  borderStyle: "none",\n  borderRadius: 20,\n  paddingBlock: 10,\n' \
           '  paddingInline: 24,\n  font: "inherit",\n  fontWeight: 500,\n  cursor: "pointer",\n};' in buttons
    assert 'export const buttonStyles = {\n  filled: {\n    ...shape,\n    backgroundColor: "var(--xui-accent, ' \
           '#0b57d0)",\n    color: "#ffffff",\n  },' in buttons
    assert '  text: {\n    ...shape,\n    backgroundColor: "transparent",\n    color: "var(--xui-accent, #0b57d0)",\n' \
           '    paddingInline: 12,\n  },' in buttons
    assert buttons.count("borderRadius") == 1
    assert buttons.rstrip().endswith("} satisfies Record<string, CSSProperties>;")
    assert "src/buttons.ts" not in target_files(LINE_SPACING_SRC, "react")

