"""Generated code reads as a platform engineer would write it: negations said positively, defaults
left to the initializer, a multi-line argument indented under its statement, JSX string props.
Exact snippets per target, and the same program compiles on every target."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, target_files
from xui.catalog import TARGETS

SOURCE = """\
enum Category { food, other }

model Expense {
  id: Int
  title: String
  category: Category = .other
  paid: Bool = false
}

component Chip(category: Category, label: String) {
  Text("{label}: {category}")
}

screen Main {
  state expenses: [Expense] = []
  state draft: String = ""
  Column {
    Chip(category: .food, label: "Food")
    if !(expenses.count == 0) {
      Text("some")
    }
    Button("Add", action: {
      let title = draft.trimmed()
      if !title.isEmpty {
        expenses.insert(Expense(id: expenses.count + 1, title: title, category: .food), at: 0)
      }
    })
    Button("Drop", action: { expenses.removeAll(where: it.id == 1) })
    Button("Pay", action: {
      expenses = expenses.map(it.id == 1 ? Expense(id: it.id, title: it.title, category: it.category, paid: true) : it)
    })
  }
}
"""

EXPECTED = {
    "swiftui": [
        # defaults left to the memberwise initializer; the argument list indented under its statement
        "if !title.isEmpty {\n"
        "                    expenses.insert(Expense(id: expenses.count + 1, title: title, category: .food), at: 0)\n",
        "expenses.removeAll { $0.id == 1 }",
        "if expenses.count != 0 {",
    ],
    "compose": [
        "if (title.isNotEmpty()) {",
        "if (expenses.size != 0) {",
        "expenses.filterNot { it.id == 1 }",
        "expenses.map { if (it.id == 1) it.copy(paid = true) else it }",   # the data class's copy
    ],
    "react": [
        'category="food"',
        'label="Food"',
        "if (title.length > 0) {",
        "expenses.length !== 0 &&",
        "(it) => it.id !== 1",
        "(it) => it.id === 1 ? { ...it, paid: true } : it",
    ],
    "arkts": [
        "if (title.length > 0) {",
        "if (this.expenses.length !== 0) {",
        "this.expenses.filter((it: Expense) => it.id !== 1)",
    ],
}


@pytest.mark.parametrize("target", TARGETS)
def test_output_reads_as_written_by_hand(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_readable_output_compiles(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


def test_swiftui_clips_a_filled_image_once():
    """A filled image is clipped to its frame; a clip shape right after the frame clips already, so
    `.clipped()` is not written twice over (with a background between, the frame's clip stays)."""
    src = """\
screen Main {
  Column {
    Image("a", contentMode: .fill).frame(width: 40, height: 40).cornerRadius(20)
    Image("b", contentMode: .fill).frame(width: 40, height: 40).padding(4).background(#EEEEEE).cornerRadius(8)
  }
}
"""
    code = "\n".join(target_files(src, "swiftui").values())
    assert ".frame(width: 40, height: 40)\n                .clipShape(RoundedRectangle(cornerRadius: 20))" in code
    assert ".frame(width: 40, height: 40)\n                .clipped()\n                .background(" in code


def test_arkts_breaks_a_long_constructor_call_under_its_statement(tmp_path):
    src = """\
model Expense {
  id: Int
  title: String
  amount: Float
  note: String? = nil
}

screen Main {
  state expenses: [Expense] = []
  state draftTitle: String = ""
  Button("Add", action: {
    if !draftTitle.isEmpty {
      expenses.insert(Expense(id: expenses.count + 1, title: draftTitle, amount: 12.5, note: "a longer note, to wrap"), at: 0)
    }
  })
}
"""
    files = target_files(src, "arkts")
    code = "\n".join(files.values())
    assert ("        if (this.draftTitle.length > 0) {\n"
            "          this.expenses.splice(0, 0, new Expense(\n"
            "            this.expenses.length + 1,\n"
            "            this.draftTitle,\n"
            "            12.5,\n"
            "            'a longer note, to wrap'\n"
            "          ));\n") in code, code
    assert_checker_passes("arkts", files, tmp_path)
