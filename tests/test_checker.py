"""One test per checker rule: the exact code and location of the diagnostic."""

from __future__ import annotations

import pytest

import textwrap

from helpers import diags, program
from xui.api import compile_text
from xui import ir

MODEL = """
model Todo {
  id: Int
  title: String
  done: Bool = false
}
"""

# (name, source, expected (code, line, col)) — sources are dedented; line 1 is the first line.
CASES = [
    ("unknown name with hint", """
screen A {
  state count: Int = 0
  Text("{coutn}")
    .onTap { count += 1 }
}
""", ("E0104", 3, 10)),
    ("unknown member on list", MODEL + """
screen A {
  state todos: [Todo] = []
  Text("{todos.lenght}")
    .onTap { todos.append(Todo(id: 1, title: "x")) }
}
""", ("E0203", 9, 16)),
    ("unknown model field", MODEL + """
component R(todo: Todo) {
  Text(todo.titel)
}
""", ("E0203", 8, 13)),
    ("type mismatch in argument", """
screen A {
  Text(42)
}
""", ("E0201", 2, 8)),
    ("unknown type", """
model M {
  x: Strin
}
""", ("E0105", 2, 6)),
    ("unknown element", """
screen A {
  Colum {
    Text("x")
  }
}
""", ("E0106", 2, 3)),
    ("unknown modifier", """
screen A {
  Text("x")
    .paddin(8)
}
""", ("E0310", 3, 6)),
    ("text modifier on a container", """
screen A {
  Column {
    Text("x")
  }
  .fontSize(12)
}
""", ("E0310", 5, 4)),
    ("tint on a Text", """
screen A {
  Text("x")
    .tint(#FF0000)
}
""", ("E0310", 3, 6)),
    ("tint on a component", """
component C {
  Image("icon")
}
screen A {
  C()
    .tint(#FF0000)
}
""", ("E0310", 6, 6)),
    ("placeholderColor on a Text", """
screen A {
  Text("x")
    .placeholderColor(#8A8A8A)
}
""", ("E0310", 3, 6)),
    ("placeholderColor on a container", """
screen A {
  state s: String = ""
  Column {
    TextField(text: $s, placeholder: "p")
  }
  .placeholderColor(#8A8A8A)
}
""", ("E0310", 6, 4)),
    ("placeholderColor without a color", """
screen A {
  state s: String = ""
  TextField(text: $s, placeholder: "p")
    .placeholderColor()
}
""", ("E0205", 4, 6)),
    ("placeholderColor with a String", """
screen A {
  state s: String = ""
  SecureField(text: $s, placeholder: "p")
    .placeholderColor("gray")
}
""", ("E0201", 4, 23)),
    ("selectable on a Button", """
screen A {
  Button("x", action: { })
    .selectable()
}
""", ("E0310", 3, 6)),
    ("italic on a container", """
screen A {
  Column {
    Text("x")
  }
  .italic()
}
""", ("E0310", 5, 4)),
    ("frame without a size", """
screen A {
  Text("x")
    .frame()
}
""", ("E0205", 3, 6)),
    ("shadow without a radius", """
screen A {
  Text("x")
    .shadow(color: #000000)
}
""", ("E0205", 3, 6)),
    ("unknown argument label", """
screen A {
  Column(spacng: 8) {
    Text("x")
  }
}
""", ("E0204", 2, 10)),
    ("missing required argument", """
screen A {
  Button("x")
}
""", ("E0205", 2, 3)),
    ("duplicate argument", """
screen A {
  Column(spacing: 1, spacing: 2) {
    Text("x")
  }
}
""", ("E0206", 2, 22)),
    ("positional argument needs a label", """
screen A {
  Column(8) {
    Text("x")
  }
}
""", ("E0207", 2, 10)),
    ("list without key", MODEL + """
screen A {
  state todos: [Todo] = []
  List(todos) { t ->
    Text(t.title)
  }
    .onAppear { todos = [] }
}
""", ("E0304", 9, 3)),
    ("bad key field", MODEL + """
screen A {
  state todos: [Todo] = []
  List(todos, key: .ide) { t ->
    Text(t.title)
  }
    .onAppear { todos = [] }
}
""", ("E0214", 9, 20)),
    ("state mutation outside state", """
component A(title: String) {
  Button(title, action: { title = "x" })
}
""", ("E0301", 2, 27)),
    ("assign to a let", """
screen A {
  let x = 1
  Button("{x}", action: { x = 2 })
}
""", ("E0301", 3, 27)),
    ("binding to a non-state", """
component A(text: String) {
  TextField(text: $text)
}
""", ("E0217", 2, 19)),
    ("binding where none expected", """
screen A {
  state s: String = ""
  Text($s)
    .onTap { s = "" }
}
""", ("E0217", 3, 8)),
    ("callback arity", """
component A(onPick: (Int) -> Void) {
  Button("x", action: { onPick() })
}
""", ("E0209", 2, 25)),
    ("duplicate declaration", """
model A {
  x: Int
}
model A {
  y: Int
}
""", ("E0103", 4, 7)),
    ("duplicate state", """
screen A {
  state x: Int = 0
  state x: Int = 1
  Text("{x}")
    .onTap { x = 2 }
}
""", ("E0103", 3, 9)),
    ("unknown theme token", """
theme {
  color text = #000000
}
screen A {
  Text("x")
    .foreground(theme.txt)
}
""", ("E0107", 6, 23)),
    ("grouped theme token of another kind", """
theme {
  color text = #000000
}
screen A {
  Text("x")
    .padding(theme.space.text)
}
""", ("E0107", 6, 26)),
    ("theme token kind without a token", """
theme {
  space md = 12
}
screen A {
  Text("x")
    .padding(theme.space)
}
""", ("E0107", 6, 20)),
    ("unknown string key", """
strings {
  hello = "Hello"
}
screen A {
  Text(strings.helo)
}
""", ("E0108", 5, 16)),
    ("locale key missing from default", """
strings {
  hello = "Hello"
}
strings fr {
  helo = "Bonjour"
}
""", ("E0111", 5, 3)),
    ("state after elements", """
screen A {
  Text("x")
  state y: Int = 0
}
""", ("E0302", 3, 3)),
    ("statement without effect", """
screen A {
  state x: Int = 0
  Button("x", action: { x })
    .onAppear { x = 1 }
}
""", ("E0305", 3, 25)),
    ("several roots", """
screen A {
  Text("a")
  Text("b")
}
""", ("E0312", 3, 3)),
    ("no root", """
screen A {
  state x: Int = 0
}
""", ("E0311", 1, 8)),
    ("screen used as element", """
screen B {
  Text("b")
}
screen A {
  B()
}
""", ("E0314", 5, 3)),
    ("recursive component", """
component A {
  Column {
    A()
  }
}
""", ("E0309", 3, 5)),
    ("navigate to a non-screen", """
component C {
  Text("c")
}
screen A {
  Button("go", action: { navigate(C()) })
}
""", ("E0307", 5, 35)),
    ("empty list needs a type", """
screen A {
  state xs = []
  Text("{xs.count}")
    .onTap { xs = [] }
}
""", ("E0213", 2, 14)),
    ("nil needs an optional", """
screen A {
  state s: String = nil
  Text(s)
    .onTap { s = "" }
}
""", ("E0211", 2, 21)),
    ("member on optional", """
screen A {
  state s: String? = nil
  Text("{s.count}")
    .onTap { s = nil }
}
""", ("E0212", 3, 12)),
    ("it outside predicate", """
screen A {
  Text(it)
}
""", ("E0218", 2, 8)),
    ("implicit member without context", """
screen A {
  let a = .center
  Text("x")
}
""", ("E0210", 2, 11)),
    ("bad operands", """
screen A {
  let a = "x" - 1
  Text(a)
}
""", ("E0202", 2, 15)),
    ("index a non-list", """
screen A {
  let a = 3
  Text("{a[0]}")
}
""", ("E0216", 3, 10)),
    ("bad casing", """
model todo {
  id: Int
}
""", ("E0113", 1, 7)),
    ("reserved name", """
screen A {
  state it: Int = 0
  Text("x")
}
""", ("E0109", 2, 9)),
    ("unknown native target", """
screen A {
  native {
    ios: "Text(\\"x\\")"
  }
}
""", ("E0308", 3, 5)),
    ("children on a leaf", """
screen A {
  Text("x") {
    Text("y")
  }
}
""", ("E0303", 2, 13)),
    ("wrong block params", MODEL + """
screen A {
  state todos: [Todo] = []
  List(todos, key: .id) { a, b, c ->
    Text(a.title)
  }
    .onAppear { todos = [] }
}
""", ("E0306", 9, 25)),
    ("modifiers on ForEach", MODEL + """
screen A {
  state todos: [Todo] = []
  Column {
    ForEach(todos, key: .id) { t ->
      Text(t.title)
    }
    .padding(4)
  }
    .onAppear { todos = [] }
}
""", ("E0310", 13, 6)),
    ("action where a value is expected", """
screen A {
  Text({ })
}
""", ("E0313", 2, 8)),
]


@pytest.mark.parametrize("name, src, expected", CASES, ids=[c[0] for c in CASES])
def test_rule(name, src, expected):
    errors = diags(src, "error")
    assert expected in errors, errors


WARN_CASES = [
    ("unused state", """
screen A {
  state x: Int = 0
  Text("a")
}
""", ("W0001", 2, 9)),
    ("unused let", """
screen A {
  let x = 1
  Text("a")
}
""", ("W0002", 2, 7)),
    ("state never changed", """
screen A {
  state x: Int = 0
  Text("{x}")
}
""", ("W0003", 2, 9)),
    ("missing translation", """
strings {
  a = "A"
  b = "B"
}
strings de {
  a = "A"
}
""", ("W0005", 3, 3)),
]


@pytest.mark.parametrize("name, src, expected", WARN_CASES, ids=[c[0] for c in WARN_CASES])
def test_warning(name, src, expected):
    assert expected in diags(src, "warning")


def test_all_errors_of_a_run_are_reported():
    errors = diags("""
screen A {
  Column {
    Text(1)
    Txt("x")
    Text("{nope}")
  }
  .paddin(2)
}
""", "error")
    assert [c for c, _, _ in errors] == ["E0201", "E0106", "E0104", "E0310"]


def test_ir_is_typed_and_resolved():
    p = program(MODEL + """
screen A {
  state todos: [Todo] = []
  let left = todos.count(where: !it.done)
  Column {
    Text("{left} left")
    List(todos, key: .id) { t, i ->
      Toggle(isOn: t.done, onChange: { v -> todos[i].done = v })
    }
  }
}
""")
    comp = p.components[0]
    assert comp.lets[0].type == ir.INT
    lst = comp.body.children[1]
    assert lst.key == "id" and lst.item.type == ir.TModel(name="Todo") and lst.index.type == ir.INT
    toggle = lst.children[0]
    lam = next(a.value for a in toggle.args if a.name == "onChange")
    assign = lam.body[0]
    assert isinstance(assign, ir.Assign) and assign.target.root == "todos"
    assert [type(s).__name__ for s in assign.target.path] == ["IndexStep", "FieldStep"]
    text = comp.body.children[0]
    interp = text.args[0].value
    assert isinstance(interp.parts[0].expr, ir.ToString)


def test_int_to_float_is_explicit():
    p = program("""
screen A {
  state n: Int = 2
  Text("x")
    .padding(n)
    .onTap { n += 1 }
}
""")
    pad = p.components[0].body.modifiers[0].args[0].value
    assert isinstance(pad, ir.IntToFloat)


def test_model_defaults_filled_in():
    p = program(MODEL + """
screen A {
  let t = Todo(id: 1, title: "x")
  Text(t.title)
}
""")
    init = p.components[0].lets[0].value
    assert [f.name for f in init.fields] == ["id", "title", "done"]


def test_imports_cycles_and_missing(tmp_path):
    from xui.api import compile_paths
    (tmp_path / "a.xui").write_text('import "b.xui"\nmodel A {\n  x: Int\n}\n')
    (tmp_path / "b.xui").write_text('import "a.xui"\nimport "missing.xui"\nmodel B {\n  y: Int\n}\n')
    r = compile_paths([tmp_path])
    got = {(d.code, d.span.file.split("/")[-1], d.span.line) for d in r.diagnostics}
    assert ("E0102", "b.xui", 1) in got
    assert ("E0101", "b.xui", 2) in got


def test_names_from_unimported_files_are_not_visible(tmp_path):
    from xui.api import compile_paths
    (tmp_path / "a.xui").write_text('model Thing {\n  x: Int\n}\n')
    (tmp_path / "b.xui").write_text('screen S {\n  let t = Thing(x: 1)\n  Text("{t.x}")\n}\n')
    r = compile_paths([tmp_path])
    d = next(d for d in r.diagnostics if d.code == "E0104")
    assert "import" in (d.hint or "")


def test_ir_of_every_sample_validates():
    """The checker builds IR nodes without per-node validation (speed); prove the result
    is valid by a full validation round trip through JSON."""
    from pathlib import Path

    from xui.api import compile_paths
    root = Path(__file__).resolve().parents[1] / "samples"
    r = compile_paths([root])
    assert r.ok
    again = ir.Program.model_validate_json(r.program.model_dump_json())
    assert again == r.program


def test_optional_model_compares_with_nil():
    program(MODEL + """
screen A {
  state picked: Todo? = nil
  Column {
    if picked != nil {
      Text("picked")
    }
  }
    .onTap { picked = nil }
}
""")


def test_optional_callback_type():
    p = program("""
component A(onDone: (() -> Void)?) {
  Text("x")
}
screen S {
  A()
}
""")
    t = p.components[0].params[0].type
    assert isinstance(t, ir.TOptional) and isinstance(t.inner, ir.TFunc) and str(t) == "(() -> Void)?"


def test_native_strings_decode_escapes_but_triple_quoted_are_verbatim():
    src = ('screen S {\n  Column {\n    native {\n      arkts: "Text(\\"x\\")"\n'
           '      compose: """Text("\\n")"""\n      swiftui: "Text(\\"x\\")"\n'
           '      react: "<span>x</span>"\n    }\n  }\n}\n')
    p = program(src)
    code = p.components[0].body.children[0].code
    assert code["arkts"] == 'Text("x")' and code["compose"] == 'Text("\\n")'


def test_element_restricted_modifiers():
    """`.tint` only on Image and the controls, `.selectable` only on Text: the message names the elements, the hint
    points inside a container or component."""
    from xui.api import compile_text
    src = """
component C {
  Image("icon")
}
screen A {
  Column {
    Image("icon").tint(#FF0000).frame(width: 24, maxWidth: 48, minHeight: 8)
    Text("t").selectable().italic().shadow(radius: 2)
    Text("u").tint(#FF0000)
    C().tint(#FF0000)
  }
  .tint(#FF0000)
}
"""
    r = compile_text(src.lstrip("\n"), "t.xui")
    errors = [(d.message, d.hint) for d in r.diagnostics if d.severity == "error"]
    assert errors == [
        ("'.tint' applies to 'Image', 'Toggle', 'Checkbox', 'Slider', 'Progress' or 'Button', not 'Text'", None),
        ("'.tint' applies to 'Image', 'Toggle', 'Checkbox', 'Slider', 'Progress' or 'Button', not 'C'",
         "apply it to the Image, Toggle, Checkbox, Slider, Progress or Button inside"),
        ("'.tint' applies to 'Image', 'Toggle', 'Checkbox', 'Slider', 'Progress' or 'Button', not 'Column'",
         "apply it to the Image, Toggle, Checkbox, Slider, Progress or Button inside"),
    ], errors


def test_placeholder_color_only_on_text_fields():
    """`.placeholderColor` on TextField and SecureField (theme tokens, literals, Color values);
    anywhere else a located E0310 naming both fields."""
    from xui.api import compile_text
    src = """
theme {
  color muted = #8A8A8A
}
component C {
  Text("c")
}
screen A {
  state s: String = ""
  state c: Color = #FF336699
  Column {
    TextField(text: $s, placeholder: "p").placeholderColor(theme.muted)
    SecureField(text: $s, placeholder: "p").placeholderColor(#80FF0000).placeholderColor(c)
    Text("t").placeholderColor(c)
    Button("b", action: { s = "" }).placeholderColor(c)
    C().placeholderColor(c)
  }
  .placeholderColor(c)
}
"""
    r = compile_text(src.lstrip("\n"), "t.xui")
    errors = [(d.code, d.span.line, d.span.col, d.message, d.hint) for d in r.diagnostics
              if d.severity == "error"]
    assert errors == [
        ("E0310", 13, 15, "'.placeholderColor' applies to 'TextField' or 'SecureField', not 'Text'", None),
        ("E0310", 14, 37, "'.placeholderColor' applies to 'TextField' or 'SecureField', not 'Button'",
         "apply it to the TextField or SecureField inside"),
        ("E0310", 15, 9, "'.placeholderColor' applies to 'TextField' or 'SecureField', not 'C'",
         "apply it to the TextField or SecureField inside"),
        ("E0310", 17, 4, "'.placeholderColor' applies to 'TextField' or 'SecureField', not 'Column'",
         "apply it to the TextField or SecureField inside"),
    ], errors


def test_grouped_theme_tokens_name_the_same_token():
    """`theme.space.md` (the proposal's spelling) is the token `md` of kind space, as `theme.md` is."""
    src = """
theme {
  space md = 12
  font title = Font(size: 22, weight: .bold)
}
screen A {
  Column(spacing: theme.space.md) {
    Text("a").font(theme.font.title)
    Text("b").padding(theme.md)
  }
}
"""
    col = program(src).components[0].body
    spacing = next(a.value for a in col.args if a.name == "spacing")
    assert isinstance(spacing, ir.ThemeToken) and (spacing.name, spacing.token_kind) == ("md", "space")
    font = col.children[0].modifiers[0].args[0].value
    assert isinstance(font, ir.ThemeToken) and font.name == "title"


def test_grouped_theme_token_of_another_kind_says_which_kind_it_is():
    r = compile_text(textwrap.dedent("""
        theme {
          color text = #000000
        }
        screen A {
          Text("x").padding(theme.space.text)
        }
        """), "t.xui")
    d = next(d for d in r.diagnostics if d.code == "E0107")
    assert d.message == "theme token 'text' is a color, not a space"
    assert d.hint == "write `theme.color.text` or `theme.text`"


def test_a_callback_that_takes_nothing_is_accepted_where_values_are_handed():
    """`Toggle(onChange: onToggle)` with `onToggle: () -> Void` (the proposal's TodoRow): the IR spells
    out the block `{ onToggle() }`, whose parameters are ignored (`_`)."""
    src = """
component R(on: Bool, onToggle: () -> Void) {
  Toggle(isOn: on, onChange: onToggle)
}
"""
    toggle = program(src).components[0].body
    cb = next(a.value for a in toggle.args if a.name == "onChange")
    assert isinstance(cb, ir.Lambda)
    assert [p.name for p in cb.params] == ["_"] and str(cb.type) == "(Bool) -> Void"
    assert isinstance(cb.body[0], ir.CallCallback) and cb.body[0].callee.name == "onToggle"
    assert cb.body[0].args == []


def test_a_callback_that_takes_other_values_is_still_a_mismatch():
    src = """
component R(on: Bool, onPick: (String) -> Void) {
  Toggle(isOn: on, onChange: onPick)
}
"""
    assert ("E0201", 2, 30) in diags(src)


OPTIONALS = """
model Owner {
  name: String
  nick: String? = nil
}
model Item {
  id: Int
  owner: Owner
  buyer: Owner? = nil
}
"""


def test_optional_chaining_types_and_chains():
    """`sel?.owner?.name`: each step optional; `chained` marks a step whose object is optional only
    because of an earlier `?.` (Swift/TS/ArkTS continue such a chain with `.`)."""
    p = program(OPTIONALS + """
component A(sel: Item?) {
  Column {
    Text(sel?.owner?.name ?? "-")
    Text(sel?.buyer?.nick ?? "-")
  }
}
""")
    col = p.components[0].body
    first = col.children[0].args[0].value.left          # sel?.owner?.name
    assert str(first.type) == "String?" and first.optional and first.chained
    assert first.obj.optional and not first.obj.chained and str(first.obj.type) == "Owner?"
    nick = col.children[1].args[0].value.left           # sel?.buyer?.nick: buyer is declared optional
    assert str(nick.type) == "String?" and nick.optional and not nick.chained


@pytest.mark.parametrize("src, expected, hint", [
    ("Text(sel.owner.name)", ("E0212", 11, 12), "read it with `?.`: `sel?.owner` (optional too)"),
    ("Text(item?.owner.name)", ("E0212", 11, 14), "write `.owner`"),
    ("Text(sel?.owner.name ?? \"\")", ("E0212", 11, 19), "read it with `?.`: `sel?.owner?.name` (optional too)"),
    ("Text(sel?.nope ?? \"\")", ("E0203", 11, 13), None),
])
def test_optional_chaining_errors(src, expected, hint):
    r = compile_text(textwrap.dedent(OPTIONALS).lstrip("\n") + f"component A(sel: Item?, item: Item) {{\n  {src}\n}}\n",
                     "t.xui")
    got = [(d.code, d.span.line, d.span.col, d.hint) for d in r.diagnostics]
    assert got[0][:3] == expected, got
    if hint:
        assert got[0][3] == hint


def test_no_assignment_through_optional_chaining():
    """A statement's target is a plain path: `?.` there is a syntax error at the `?.`."""
    src = OPTIONALS + """
screen A {
  state sel: Item? = nil
  Button("x", action: { sel?.buyer = nil })
}
"""
    assert diags(src, "error") == [("E0011", 13, 28)]


def test_string_literal_inside_an_interpolation():
    p = program("""
component A(name: String?) {
  Text("Hello, {name ?? "guest"}!")
}
""")
    parts = p.components[0].body.args[0].value.parts
    assert [type(x).__name__ for x in parts] == ["TextPart", "ExprPart", "TextPart"]
    assert parts[1].expr.right.value == "guest"


def test_border_takes_its_color_first_and_one_wide_by_default():
    assert diags("""
screen A {
  Column {
    Text("x").border(#CCCCCC)
    Text("y").border(#CCCCCC, width: 2, radius: 4)
    Text("z").border(color: #CCCCCC)
  }
}
""") == []
    # one mistake, one error: an unlabelled second argument does not also report a missing one
    assert diags("""
screen A {
  Text("x").border(#CCCCCC, 2)
}
""") == [("E0207", 2, 29)]
