"""The example of the language proposal (shared/LANGUAGE.md, "A whole file") is a program xui
accepts as written (its two files joined into one) and compiles on every target: the proposal is
what a new user writes first.

Two of its spellings are not the reference's own and are accepted on purpose: `theme.space.md` /
`theme.font.title` (grouped token access, the same tokens as `theme.md` / `theme.title`), and
`Toggle(onChange: onToggle)` with `onToggle: () -> Void` (a callback that takes nothing where a
Bool is handed: it ignores the value)."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, target_files
from xui.api import compile_text

PROPOSAL = """\
theme {
  color text = #1A1A1A
  color muted = #8A8A8A
  color primary = #3366FF
  space md = 12
  font title = Font(size: 22, weight: .bold)
}

strings {
  add = "Add"
  delete = "Delete"
  newItem = "New item"
  empty = "Nothing to do"
}

model Todo {
  id: Int
  title: String
  done: Bool = false
}

component TodoRow(todo: Todo, onToggle: () -> Void, onDelete: () -> Void) {
  Row(spacing: 8, align: .center) {
    Toggle(isOn: todo.done, onChange: onToggle)
    Text(todo.title)
      .fontSize(16)
      .foreground(todo.done ? theme.muted : theme.text)
    Spacer()
    Button(strings.delete, action: onDelete)
  }
  .padding(horizontal: 12, vertical: 8)
}

screen TodoList(title: String = "Todos") {
  state todos: [Todo] = []
  state draft: String = ""
  state nextId: Int = 1
  let remaining = todos.count(where: !it.done)

  Column(spacing: theme.space.md) {
    Text("{title} ({remaining} left)").font(theme.font.title)
    Row(spacing: 8) {
      TextField(text: $draft, placeholder: strings.newItem)
      Button(strings.add, action: {
        todos.append(Todo(id: nextId, title: draft))
        nextId += 1
        draft = ""
      })
      .disabled(draft.isEmpty)
    }
    if todos.isEmpty {
      Text(strings.empty).foreground(theme.muted)
    } else {
      List(todos, key: .id) { todo, i ->
        TodoRow(todo: todo,
                onToggle: { todos[i].done = !todo.done },
                onDelete: { todos.remove(at: i) })
      }
    }
  }
  .padding(16)
  .onAppear { draft = "" }
}
"""

# How each target hands the Toggle's new value to a callback that takes nothing, and reads the
# grouped theme tokens.
EXPECTED = {
    "arkts": [".onChange(() => {\n          this.onToggle();", "Column({ space: Theme.md })",
              ".fontSize(Theme.title.size)"],
    "compose": ["onCheckedChange = { onToggle() }", "Arrangement.spacedBy(AppTheme.md.dp)"],
    "swiftui": ["set: { _ in onToggle() }", "VStack(spacing: Theme.md)", ".font(Theme.title)"],
    "react": ["onChange={() => onToggle()}", "gap: theme.md"],
}


def test_the_proposal_example_checks_without_diagnostics():
    r = compile_text(PROPOSAL, "todo.xui")
    assert r.ok and not r.diagnostics, [(d.code, d.message) for d in r.diagnostics]


@pytest.mark.parametrize("target", sorted(EXPECTED))
def test_the_proposal_example_lowers_as_written(target):
    assert_generated_has(PROPOSAL, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", sorted(EXPECTED))
def test_the_proposal_example_compiles(target, tmp_path):
    assert_checker_passes(target, target_files(PROPOSAL, target), tmp_path)
