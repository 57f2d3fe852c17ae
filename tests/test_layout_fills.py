"""The sizing model every target follows (catalog `fills`, lowering.fill_axes): which views take
all the space their container offers, and how ArkTS and React spell it out."""

from __future__ import annotations

import pytest

from helpers import program
from xui.api import compile_text
from xui.backend import BuildOptions, get_backend
from xui.lowering import fill_axes


def body_fills(body: str, decls: str = "", parent: str | None = "vertical") -> frozenset[str]:
    p = program(f"{decls}\nscreen Main {{\n{body}\n}}\n")
    comps = {c.name: c for c in p.components}
    return fill_axes(comps["Main"].body, parent, comps)


@pytest.mark.parametrize("body, parent, expected", [
    ('Text("a")', "vertical", set()),
    ('Text("a").fillWidth()', None, {"width"}),
    ('Text("a").weight(1)', "horizontal", {"width"}),
    ('Text("a").weight(1)', "vertical", {"height"}),
    ('Spacer()', "horizontal", {"width"}),
    ('Spacer()', None, set()),                                   # no container axis: nothing to fill
    ('Divider()', "vertical", {"width"}),
    ('Divider()', "horizontal", {"height"}),
    # a container fills what one of its children fills, resolved along its own axis
    ('Row { Text("a")\n Spacer()\n Text("b") }', "vertical", {"width"}),
    ('Row { Text("a")\n Spacer()\n Text("b") }', None, {"width"}),
    ('Column { Spacer() }', "horizontal", {"height"}),
    ('Column(align: .leading) { Text("a")\n Row { Spacer() } }', "vertical", {"width"}),
    ('Stack { Text("a").fillHeight() }', "vertical", {"height"}),
    ('Scroll(axis: .horizontal) { Spacer() }', "vertical", {"width"}),
    # controls: a Slider fills the width; a Toggle only with a label (its switch trails)
    ('Slider(value: $v)', "horizontal", {"width"}),
    ('Toggle(isOn: $on, label: "Wi-Fi")', "vertical", {"width"}),
    ('Toggle(isOn: $on)', "vertical", set()),
    ('Toggle(isOn: $on, label: "")', "vertical", set()),
    ('Checkbox(isOn: $on, label: "Agree")', "vertical", set()),
    # text fields take the width, as SwiftUI's do (Compose's is 280 dp, React's <input> ~150 px)
    ('TextField(text: $s)', "vertical", {"width"}),
    ('SecureField(text: $s)', "horizontal", {"width"}),
    ('TextField(text: $s).frame(width: 120)', "vertical", set()),
    # a fixed size wins over a fill, in modifier order
    ('Row { Spacer() }.frame(width: 100)', "vertical", set()),
    ('Row { Spacer() }.frame(maxWidth: 300)', "vertical", {"width"}),
    ('Text("a").frame(width: 10).fillWidth()', "vertical", {"width"}),
    # branches: either branch filling is enough
    ('Column { if on { Row { Spacer() } } else { Text("b") } }', None, {"width"}),
])
def test_fill_axes(body, parent, expected):
    states = "state on: Bool = false\nstate v: Float = 0\nstate s: String = \"\"\n"
    assert body_fills(states + body, parent=parent) == frozenset(expected)


def test_components_fill_by_their_body_and_recursion_ends():
    decls = 'component Trail(label: String) {\n  Row { Text(label)\n Spacer() }\n}\n'
    assert body_fills("Column { Trail(label: \"x\") }", decls, None) == {"width"}
    assert body_fills('Trail(label: "x").frame(width: 40)', decls, "vertical") == set()


def files(src: str, target: str) -> dict[str, str]:
    r = compile_text(src, "t.xui")
    assert r.ok, r.diagnostics
    out = get_backend(target, BuildOptions()).run(r.program)
    return {f.path: f.content for f in out.files}


SRC = """\
component Trail(label: String) {
  Row {
    Text(label)
    Spacer()
    Text("R")
  }
}

screen Main {
  state on: Bool = false
  Column(align: .leading) {
    Text("fits its content")
    Row {
      Text("L")
      Spacer()
      Text("R")
    }
    Trail(label: "x")
    Toggle(isOn: $on, label: "Wi-Fi")
  }
}
"""


def test_arkts_spells_out_the_fills():
    out = files(SRC, "arkts")
    page = next(c for p, c in out.items() if p.endswith("Main.ets"))
    trail = next(c for p, c in out.items() if p.endswith("Trail.ets"))
    # a Blank stretches only in a Row of set size: the Row with it takes the Column's width
    assert "      Row() {\n        Text('L')\n        Blank()\n        Text('R')\n      }\n      .width('100%')" in page
    assert "Trail({ label: 'x' })\n        .width('100%')" in page
    assert "Text('fits its content')\n" in page and "Text('fits its content')\n        .width" not in page
    # the component's root fills the box its call site gives it
    assert "    }\n    .width('100%')\n  }\n}" in trail


def test_react_spells_out_the_fills():
    out = files(SRC, "react")
    page = next(c for p, c in out.items() if p.endswith("Main.tsx"))
    # the Row and the labelled Toggle stretch across the Column; the component through a wrapper
    assert 'row: {\n    display: "flex",\n    flexDirection: "row",\n    alignItems: "center",\n' \
           '    alignSelf: "stretch",\n  },' in page
    assert 'trail: { alignSelf: "stretch", display: "grid" },' in page
    assert '<div style={styles.trail}><Trail label="x" /></div>' in page
    # a Toggle's label leads and its switch trails
    assert 'justifyContent: "space-between"' in page
    assert page.index("Wi-Fi") < page.index('role="switch"')


FIELDS = """\
screen Main {
  state q: String = ""
  Column {
    TextField(text: $q, placeholder: "Search")
    Row {
      SecureField(text: $q)
      Button("Go", action: {})
    }
    TextField(text: $q).frame(width: 120)
  }
}
"""


@pytest.mark.parametrize("target, expected, fixed", [
    # in a Column: the width; in a Row: the free space beside the button
    ("compose", ["modifier = Modifier.fillMaxWidth(),", "modifier = Modifier.weight(1f),"],
     "modifier = Modifier.width(120.dp),"),
    ("arkts", [".width('100%')", ".layoutWeight(1)"], ".width(120)"),
    ("react", ['alignSelf: "stretch"', "flexGrow: 1"], "width: 120"),
])
def test_text_fields_take_the_width_on_every_target(target, expected, fixed):
    page = next(c for p, c in files(FIELDS, target).items() if "Main." in p)
    for snippet in expected:           # (the Row holding a field takes the width too)
        assert snippet in page, (snippet, page)
    assert fixed in page
