"""The member matrix: every built-in member (xui.catalog.MEMBERS) in the places a screen uses it:
a value shown by Text, an interpolation, a condition, a `let`, an action's right-hand side, an
optional result defaulted with `??` or compared with nil, a list result shown by List/ForEach and
chained on. ONE program, built for every target, compiled in one checker invocation per target.

The program is written out (it reads like a screen), and a coverage test walks its IR so a member
added to the catalog without a use here fails."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, target_files
from xui import ir
from xui.api import compile_text
from xui.catalog import MEMBERS, TARGETS
from xui.lowering import iter_actions, iter_exprs, iter_views

SOURCE = """\
model Item {
  id: Int
  name: String
  price: Float = 0
  done: Bool = false
  note: String? = nil
}

enum Size { small, large }

component Members(items: [Item], names: [String], nums: [Int], sizes: [Size],
                  title: String, price: Float, n: Int) {
  let firstItem = items.first
  let lastName = names.last ?? "none"
  let open = items.count(where: !it.done)
  let cheap = items.filter(where: it.price < 10)
  let labels = items.map(it.name.uppercased())
  Column(spacing: 4) {
    Text("{items.count} items, {open} open, {names.first ?? "-"} .. {lastName}")
    Text(names.first ?? "")
    Text(names.last ?? title)
    Text((items.first ?? Item(id: 0, name: "none")).name)
    Text(items.last?.name ?? "none")
    Text(items.first?.note ?? "no note")
    if items.first?.note == nil || items.last?.note != nil {
      Text("notes")
    }
    Text("{nums.first ?? 0} / {nums.last ?? -1}")
    if firstItem == nil {
      Text("empty")
    }
    if items.last != nil && !items.isEmpty {
      Text("has items")
    }
    if names.contains(title) || nums.contains(n) || sizes.contains(.large) {
      Text("found")
    }
    if items.any(where: it.done && it.price > price) {
      Text("some done")
    }
    Text(title.uppercased()).visible(!title.isEmpty)
    Text(title.lowercased().trimmed())
    Text("{title.count} chars, contains x: {title.contains("x")}")
    Text(price.formatted(decimals: 2))
    Text(n.formatted())
    Text("{cheap.count} cheap, {labels.first ?? ""}")
    Text("{items.filter(where: it.done).map(it.name).count}")
    List(items.filter(where: !it.done), key: .id) { item ->
      Text(item.note ?? item.name)
    }
    ForEach(names.map(it.lowercased()), key: .self) { name ->
      Text(name)
    }
  }
}

screen Main {
  state items: [Item] = [Item(id: 1, name: "Tea", price: 3.5), Item(id: 2, name: "Cake", price: 12)]
  state names: [String] = ["a", "b"]
  state picked: String = ""
  state total: Int = 0

  Column {
    Members(items: items, names: names, nums: [1, 2], sizes: [.small],
            title: picked, price: 2.5, n: total)
    Button("Edit", action: {
      items.append(Item(id: items.count + 1, name: "New"))
      items.insert(Item(id: 0, name: "Top"), at: 0)
      items.remove(at: 0)
      items.removeAll(where: it.done)
      picked = names.first ?? ""
      total = items.count(where: it.price > 5)
      if names.contains("b") {
        names.removeAll()
      }
    })
  }
}
"""


def _program() -> ir.Program:
    r = compile_text(SOURCE, "members.xui")
    assert r.ok and not [d for d in r.diagnostics if d.severity == "error"], [str(d) for d in r.diagnostics]
    return r.program


def test_member_matrix_uses_every_member():
    prog = _program()
    used: set[str] = set()
    mutations = {ir.ListAppend: "append", ir.ListInsert: "insert", ir.ListRemoveAt: "remove_at",
                 ir.ListRemoveWhere: "remove_where", ir.ListClear: "clear"}
    for comp in prog.components:
        for e in iter_exprs(comp):
            if isinstance(e, ir.MemberCall):
                used.add(e.member)
        for v in iter_views([comp.body]):
            for m in v.modifiers if hasattr(v, "modifiers") else []:
                for a in m.args:
                    if isinstance(a.value, ir.Lambda):
                        used |= {mutations[type(x)] for x in iter_actions(a.value.body) if type(x) in mutations}
            for a in getattr(v, "args", []):
                if isinstance(a.value, ir.Lambda):
                    used |= {mutations[type(x)] for x in iter_actions(a.value.body) if type(x) in mutations}
    assert {m.name for m in MEMBERS} <= used, sorted({m.name for m in MEMBERS} - used)


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_member_matrix_compiles(target, tmp_path):
    _program()
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


CHAINS = """\
model Owner {
  name: String
  nick: String? = nil
}

model Item {
  id: Int
  owner: Owner
  buyer: Owner? = nil
}

component Chains(items: [Item], sel: Item?, onPick: (String?) -> Void) {
  let who = sel?.owner?.name
  Column {
    Text(sel?.owner?.name ?? "nobody")
    Text(sel?.buyer?.nick ?? "no nick")
    Text(items.first?.owner?.name ?? "none")
    if sel?.buyer == nil {
      Text("unsold")
    }
    Button("Pick", action: { onPick(who) })
  }
}

screen Main {
  Chains(items: [], sel: nil, onPick: { name -> })
}
"""

# Optional chains as each target writes them: one `?.` stops the whole chain in Swift, TypeScript
# and ArkTS (`sel?.owner.name`); Kotlin's `?.` stops one step (`sel?.owner?.name`). React turns a
# chain's undefined into xui's nil (null) except where undefined serves too (`??`, `== null`).
CHAIN_CODE = {
    "swiftui": ['Text(sel?.owner.name ?? "nobody")', 'Text(sel?.buyer?.nick ?? "no nick")',
                'Text(items.first?.owner.name ?? "none")', "if sel?.buyer == nil {",
                "private var who: String? { sel?.owner.name }"],
    "compose": ['Text(sel?.owner?.name ?: "nobody")', 'Text(sel?.buyer?.nick ?: "no nick")',
                'Text(items.firstOrNull()?.owner?.name ?: "none")', "if (sel?.buyer == null) {",
                "val who = sel?.owner?.name"],
    "react": ['{sel?.owner.name ?? "nobody"}', '{sel?.buyer?.nick ?? "no nick"}',
              '{items[0]?.owner.name ?? "none"}', "{sel?.buyer == null && ",
              "const who = sel?.owner.name ?? null;"],
    "arkts": ["Text(this.sel?.owner.name ?? 'nobody')", "Text(this.sel?.buyer?.nick ?? 'no nick')",
              "if (this.sel?.buyer === undefined) {", "return this.sel?.owner.name;"],
}


@pytest.mark.parametrize("target", TARGETS)
def test_optional_chains_read_as_each_target_writes_them(target):
    assert_generated_has(CHAINS, target, CHAIN_CODE[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_optional_chains_compile(target, tmp_path):
    assert_checker_passes(target, target_files(CHAINS, target), tmp_path)
