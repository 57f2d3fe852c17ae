"""Multi-line text input: `TextField(text:, lines: n)` with n above 1 grows with its text up to n
lines, then scrolls. Exact code per target (SwiftUI's vertical-axis field, Compose's maxLines, ArkTS's
TextArea, a React <textarea>), every target compiles, and Android's multi-line EditTexts import to it."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, diags, target_files
from xui.catalog import TARGETS
from xui.importers.android import import_android

SOURCE = """\
screen Main {
  state notes: String = ""
  state name: String = ""
  state n: Int = 4
  Column {
    TextField(text: $name, placeholder: "Name", lines: 1)
    TextField(text: $notes, placeholder: "Notes", lines: 5)
      .submitLabel(.done)
    TextField(text: $notes, placeholder: "Phone", keyboard: .phone, lines: n)
    Button("More", action: { n += 1 })
  }
}
"""

EXPECTED = {
    "swiftui": ['TextField("Name", text: $name)\n',
                'TextField("Notes", text: $notes, axis: .vertical)\n                .lineLimit(5)\n'
                '                .submitLabel(.done)',
                'TextField("Phone", text: $notes, axis: .vertical)\n                .lineLimit(n)\n'
                '                .keyboardType(.phonePad)'],
    "compose": ['placeholder = { Text("Name") },\n            singleLine = true,',
                "keyboardOptions = KeyboardOptions(imeAction = ImeAction.Done),\n            maxLines = 5,",
                "keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Phone),\n            maxLines = n,"],
    "arkts": ["TextInput({ placeholder: 'Name', text: this.name })",
              "TextArea({ placeholder: 'Notes', text: this.notes })\n        .maxLines(5)\n"
              "        .enterKeyType(EnterKeyType.Done)",
              "TextArea({ placeholder: 'Phone', text: this.notes })\n        .maxLines(this.n)\n"
              "        .type(TextAreaType.PHONE_NUMBER)"],
    "react": ['<input\n        type="text"\n        value={name}', "<textarea\n        value={notes}",
              'inputMode="tel"', "rows={5}", "rows={n}"],
}


@pytest.mark.parametrize("target", TARGETS)
def test_multiline_fields_as_each_target_writes_them(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_multiline_fields_compile(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


def test_multiline_edit_texts_import_as_multiline_fields(tmp_path):
    """textMultiLine (or no inputType with maxLines/lines above 1) is `lines:` from maxLines or lines;
    without a limit Android grows the field without end: imported up to 5 lines, reported."""
    layout = tmp_path / "res" / "layout"
    layout.mkdir(parents=True)
    (layout / "note.xml").write_text("""<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent" android:layout_height="wrap_content" android:orientation="vertical">
  <EditText android:id="@+id/body" android:layout_width="match_parent" android:layout_height="wrap_content"
      android:hint="Note" android:inputType="textMultiLine|textCapSentences" android:maxLines="8" />
  <EditText android:id="@+id/comment" android:layout_width="match_parent" android:layout_height="wrap_content"
      android:inputType="textMultiLine" />
  <EditText android:id="@+id/title" android:layout_width="match_parent" android:layout_height="wrap_content"
      android:inputType="text" android:maxLines="1" />
  <EditText android:id="@+id/bio" android:layout_width="match_parent" android:layout_height="wrap_content"
      android:lines="3" />
</LinearLayout>""", encoding="utf-8")
    out = import_android([tmp_path / "res"], tmp_path / "ui")
    text = out.files["note.xui"]
    for snippet in ['TextField(text: $body, placeholder: "Note", lines: 8)', "TextField(text: $comment, lines: 5)",
                    "TextField(text: $title)\n", "TextField(text: $bio, lines: 3)"]:
        assert snippet in text, (snippet, text)
    gaps = [(e.line, e.reason) for e in out.report if e.severity in ("unmapped", "approximated")]
    assert gaps == [(6, "a multi-line field without maxLines grows without a limit on Android: imported growing "
                        "up to 5 lines, then scrolling")], gaps


@pytest.mark.parametrize("use, expected", [
    ("TextField(text: $s, lines: 0)", ("E0221", 6, 32)),
    ("TextField(text: $s, lines: -2)", ("E0221", 6, 32)),
    ("Grid(xs, key: .self, columns: 0) { x ->\n      Text(x)\n    }", ("E0221", 6, 35)),
    ("TextField(text: $s, lines: n)", None),          # computed: no check, like any count at run time
])
def test_counts_are_at_least_one(use, expected):
    src = ('screen M {\n  state s: String = ""\n  state xs: [String] = []\n  state n: Int = 2\n  Column {\n    '
           + use + '\n    Button("x", action: {\n      s = "a"\n      xs = []\n      n = 3\n    })\n  }\n}\n')
    errors = diags(src, "error")
    assert errors == ([expected] if expected else []), errors
