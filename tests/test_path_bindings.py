"""Bindings to a field of a state (`TextField(text: $prefs.name)`), and assignments into a model
held in state (`prefs.mode = .dark`): a form bound to one model, as real settings screens are
written. Exact code per target, checker rules, and the program compiles on every target."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, diags, target_files
from xui import ir
from xui.api import compile_text
from xui.catalog import TARGETS

SOURCE = """\
enum Mode { system, dark }

model Prefs {
  name: String = ""
  password: String = ""
  notify: Bool = true
  volume: Float = 0.5
  mode: Mode = .system
}

screen Main {
  state prefs: Prefs = Prefs()
  state rows: [Prefs] = [Prefs()]
  Column {
    TextField(text: $prefs.name, placeholder: "Name")
    SecureField(text: $prefs.password, placeholder: "Password")
    Toggle(isOn: $prefs.notify, label: "Notify")
    Checkbox(isOn: $rows[0].notify, label: "First row")
    Slider(value: $prefs.volume)
    Button("Dark", action: { prefs.mode = .dark })
    Text("{prefs.name} {prefs.volume}")
  }
}
"""

EXPECTED = {
    "swiftui": ['TextField("Name", text: $prefs.name)', 'SecureField("Password", text: $prefs.password)',
                'Toggle("Notify", isOn: $prefs.notify)', "rows[0].notify.toggle()",
                "Slider(value: $prefs.volume)", "prefs.mode = .dark"],
    "compose": ["value = prefs.name,\n", "onValueChange = { prefs = prefs.copy(name = it) },",
                "onCheckedChange = { prefs = prefs.copy(notify = it) }",
                "onValueChange = { prefs = prefs.copy(volume = it.toDouble()) }",
                "prefs = prefs.copy(mode = Mode.Dark)"],
    "react": ["value={prefs.name}", "onChange={(e) => setPrefs({ ...prefs, name: e.target.value })}",
              "onChange={(e) => setPrefs({ ...prefs, notify: e.target.checked })}",
              "onChange={(e) => setPrefs({ ...prefs, volume: e.target.valueAsNumber })}",
              # an arrow returning an object literal is parenthesised
              'setPrefs((prefs) => ({ ...prefs, mode: "dark" }))'],
    "arkts": ["TextInput({ placeholder: 'Name', text: this.prefs.name })",
              "this.prefs = this.prefs.withName(value);", "this.prefs = this.prefs.withNotify(isOn);",
              "this.prefs = this.prefs.withVolume(value);", "withPassword(password: string): Prefs {"],
}


def test_a_path_binding_carries_its_target_and_read():
    r = compile_text(SOURCE, "t.xui")
    assert r.ok, [str(d) for d in r.diagnostics]
    field = r.program.components[0].body.children[0]
    b = next(a.value for a in field.args if a.name == "text")
    assert isinstance(b, ir.BindingOf) and b.name == "prefs" and b.ref == "state"
    assert [s.name for s in b.target.path] == ["name"] and isinstance(b.value, ir.FieldGet)


@pytest.mark.parametrize("target", TARGETS)
def test_path_bindings_as_each_target_writes_them(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_path_bindings_compile(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


PREFS = """
model Prefs {
  name: String = ""
  volume: Float = 0.5
}
component Field(text: Binding<String>) {
  TextField(text: $text)
}
"""


@pytest.mark.parametrize("use, expected", [
    ("Field(text: $prefs.name)", ("E0217", 10, 15)),     # a component's Binding takes a whole state
    ("TextField(text: $prefs.nope)", ("E0203", 10, 26)),
    ("TextField(text: $prefs.volume)", ("E0201", 10, 19)),
    ("Text($prefs.name)", ("E0217", 10, 8)),
])
def test_path_binding_errors(use, expected):
    src = PREFS + "screen Main {\n  state prefs: Prefs = Prefs()\n  " + use + "\n}\n"
    assert diags(src, "error")[:1] == [expected], diags(src)


BOTH = """\
component Row2(on: Binding<Bool>, onPick: (Bool) -> Void) {
  Checkbox(isOn: $on, onChange: onPick)
}

screen Main {
  state on: Bool = false
  state count: Int = 0
  Column {
    Toggle(isOn: $on, label: "x", onChange: { v -> count += 1 })
    Row2(on: $on, onPick: { v -> count += 2 })
  }
}
"""

# A control with both a binding and onChange: the one change handler writes the binding, then runs
# onChange (the binding was not written in ArkTS, and onChange was dropped in Compose).
BOTH_CODE = {
    "compose": ["onCheckedChange = { v ->\n                    on = v\n                    count += 1\n",
                "onCheckedChange = { checked ->\n            onOnChange(checked)\n            onPick(checked)\n"],
    "arkts": [".onChange((v: boolean) => {\n            this.on = v;\n            this.count += 1;\n"],
    "react": ["setOn(e.target.checked);\n            setCount((count) => count + 1);"],
    "swiftui": ['Toggle("x", isOn: $on)\n                .onChange(of: on) { _, v in count += 1 }'],
}


@pytest.mark.parametrize("target", TARGETS)
def test_binding_and_on_change_both_run(target):
    assert_generated_has(BOTH, target, BOTH_CODE[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_binding_and_on_change_compile(target, tmp_path):
    assert_checker_passes(target, target_files(BOTH, target), tmp_path)
