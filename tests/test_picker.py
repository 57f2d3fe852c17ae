"""Picker: a drop-down choice of one of a list of strings, bound to the Int index of the chosen
one. Exact code per target (each platform's own menu picker), names the generated code introduces
never hide the user's, checker diagnostics, and the program compiles on every target."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, diags, target_files
from xui import ir
from xui.api import compile_text
from xui.catalog import TARGETS

# a literal list, a computed list bound through a model field and disabled by a state named like
# the Compose picker's own `expanded`, and a component that passes a Binding<Int> on
SOURCE = """\
model Prefs {
  sort: Int = 0
}

component SortPicker(choice: Binding<Int>, options: [String]) {
  Picker(selection: $choice, options: options, label: "Sort")
}

screen Main {
  state prefs: Prefs = Prefs()
  state index: Int = 0
  state expanded: Bool = false
  state options: [String] = ["Small", "Large"]
  Column {
    Picker(selection: $index, options: ["Name", "Date"], label: "Sort by")
    Picker(selection: $prefs.sort, options: options).disabled(expanded)
    SortPicker(choice: $index, options: options)
    Text("{options[index]}")
    Button("Reset", action: {
      expanded = !expanded
      options = ["S", "L"]
    })
  }
}
"""

EXPECTED = {
    "swiftui": ['Picker("Sort by", selection: $index) {\n                Text("Name").tag(0)\n'
                '                Text("Date").tag(1)\n            }',
                'Picker("", selection: $prefs.sort) {\n                ForEach(options.indices, id: \\.self) '
                '{ index in\n                    Text(options[index]).tag(index)\n',
                ".labelsHidden()\n            .disabled(expanded)",
                'Picker("Sort", selection: $choice)'],
    "compose": ['Box(modifier = Modifier.semantics { contentDescription = "Sort by" }) {\n'
                '            val options = listOf("Name", "Date")\n'
                '            var expanded by remember { mutableStateOf(false) }\n'
                '            TextButton(onClick = { expanded = true }) {\n'
                '                Text(options.getOrElse(index) { "" })\n'
                '                Icon(Icons.Filled.ArrowDropDown, contentDescription = null)\n',
                "options.forEachIndexed { i, option ->",
                "DropdownMenuItem(\n                        text = { Text(option) },\n"
                "                        onClick = {\n                            index = i\n"
                "                            expanded = false\n",
                # the state `expanded` stays visible: the menu's own flag takes another name
                "TextButton(onClick = { menuExpanded = true }, enabled = !expanded) {",
                "prefs = prefs.copy(sort = index)",
                "onChoiceChange(index)"],
    "react": ['<select\n        value={index}\n        onChange={(e) => setIndex(Number(e.target.value))}\n'
              '        aria-label="Sort by"\n      >\n        <option value={0}>Name</option>\n'
              '        <option value={1}>Date</option>\n      </select>',
              "onChange={(e) => setPrefs({ ...prefs, sort: Number(e.target.value) })}",
              "disabled={expanded}",
              "{options.map((option, index2) => (\n          <option key={index2} value={index2}>{option}</option>"],
    "arkts": ["Select([{ value: 'Name' }, { value: 'Date' }])\n        .selected(this.index)\n"
              "        .value(['Name', 'Date'][this.index])\n        .accessibilityText('Sort by')\n"
              "        .onSelect((index: number) => {\n          this.index = index;\n",
              "Select(this.options.map((option: string): SelectOption => ({ value: option })))",
              ".value(this.options[this.prefs.sort])\n        .enabled(!this.expanded)",
              "this.prefs = this.prefs.withSort(index);",
              "this.choice = index;"],
}


def test_picker_ir():
    r = compile_text(SOURCE, "t.xui")
    assert r.ok, [str(d) for d in r.diagnostics]
    main = next(c for c in r.program.components if c.name == "Main")
    picker = main.body.children[0]
    args = {a.name: a.value for a in picker.args}
    assert isinstance(args["selection"], ir.BindingOf) and args["selection"].name == "index"
    assert isinstance(args["options"], ir.ListLiteral) and args["options"].type == ir.TList(elem=ir.STRING)


@pytest.mark.parametrize("target", TARGETS)
def test_picker_as_each_target_writes_it(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_picker_compiles(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


STATE = "screen Main {\n  state index: Int = 0\n  state name: String = \"\"\n  Column {\n    "
END = "\n    Button(\"x\", action: {\n      index = 1\n      name = \"b\"\n    })\n  }\n}\n"


@pytest.mark.parametrize("use, expected", [
    ('Picker(selection: $name, options: ["a"])', ("E0201", 5, 23)),      # the index is an Int
    ('Picker(selection: $index, options: [1, 2])', ("E0201", 5, 41)),    # the options are Strings
    ('Picker(selection: index, options: ["a"])', ("E0217", 5, 23)),      # a binding, not a value
    ('Picker(options: ["a"])', ("E0205", 5, 5)),
    ('Spinner(selection: $index, options: ["a"])', ("E0106", 5, 5)),     # hint: xui calls it Picker
])
def test_picker_errors(use, expected):
    assert diags(STATE + use + END, "error")[:1] == [expected], diags(STATE + use + END)


def test_other_frameworks_names_point_to_picker():
    r = compile_text(STATE + 'Spinner(selection: $index, options: ["a"])' + END, "t.xui")
    assert [d.hint for d in r.diagnostics if d.code == "E0106"] == ["xui calls it `Picker`"]
