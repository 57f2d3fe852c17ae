"""Hypothesis strategies: random *valid* xui programs, built from typed generators
so every program type-checks (used by the front-end and cross-target property tests)."""

from __future__ import annotations

from hypothesis import strategies as st

TYPES = ["Int", "String", "Bool", "Float"]
SAFE_TEXT = st.lists(
    st.sampled_from(list("abcXYZ 019_-.,!?'") + ["é", "中", "文", "😀", '\\"', "\\n", "\\t", "\\\\",
                                                  "\\{", "\\}", "$", "ש", "%", "$\\{", "\\\\("]),
    max_size=12).map("".join)


def string_lit(draw) -> str:
    return '"' + draw(SAFE_TEXT) + '"'


@st.composite
def expr(draw, t: str, states: dict[str, str], depth: int = 0):
    refs = [n for n, ty in states.items() if ty == t]
    leaf_only = depth >= 3
    choice = draw(st.integers(0, 3 if not leaf_only else 1))
    if t == "Int":
        if choice == 0 or (choice == 1 and not refs):
            return str(draw(st.integers(0, 10_000)))
        if choice == 1:
            return draw(st.sampled_from(refs))
        op = draw(st.sampled_from(["+", "-", "*"]))
        return f"({draw(expr('Int', states, depth + 1))} {op} {draw(expr('Int', states, depth + 1))})"
    if t == "Float":
        if choice == 0 or (choice == 1 and not refs):
            return f"{draw(st.integers(0, 999))}.{draw(st.integers(0, 99))}"
        if choice == 1:
            return draw(st.sampled_from(refs))
        return f"({draw(expr('Float', states, depth + 1))} * {draw(expr('Int', states, depth + 1))})"
    if t == "Bool":
        if choice == 0:
            return draw(st.sampled_from(["true", "false"]))
        if choice == 1 and refs:
            return draw(st.sampled_from(refs))
        if choice == 2:
            return f"{draw(expr('Int', states, depth + 1))} < {draw(expr('Int', states, depth + 1))}"
        return f"!{draw(expr('Bool', states, 3))}"
    # String
    if choice == 0 or (choice == 1 and not refs):
        return string_lit(draw)
    if choice == 1:
        return draw(st.sampled_from(refs))
    if choice == 2:
        inner = draw(expr(draw(st.sampled_from(["Int", "Bool", "Float"])), states, depth + 1))
        return '"' + draw(SAFE_TEXT) + "{" + inner + "}" + draw(SAFE_TEXT) + '"'
    return f"{draw(expr('String', states, depth + 1))}.uppercased()"


@st.composite
def view(draw, states: dict[str, str], depth: int, indent: str):
    kind = draw(st.sampled_from(["text", "button", "text"] + (["column", "row", "if"] if depth < 3 else [])))
    pad = indent
    if kind == "text" and draw(st.integers(0, 5)) == 0:
        return f"{pad}RemoteImage({draw(expr('String', states))})\n{pad}  .frame(width: 48, height: 48)"
    if kind == "text":
        line = f"{pad}Text({draw(expr('String', states))})"
        if draw(st.booleans()):
            line += f"\n{pad}  .padding({draw(st.integers(0, 32))})"
        if draw(st.booleans()):
            line += f"\n{pad}  .fontSize({draw(st.integers(8, 40))})"
        return line
    if kind == "button":
        target = draw(st.sampled_from(sorted(states)))
        value = draw(expr(states[target], states))
        return f'{pad}Button({draw(expr("String", states, 2))}, action: {{ {target} = {value} }})'
    if kind in ("column", "row"):
        name = "Column" if kind == "column" else "Row"
        kids = draw(st.lists(view(states, depth + 1, indent + "  "), min_size=1, max_size=3))
        if len(kids) > 1 and draw(st.booleans()):
            # weighted children, equal or not (SwiftUI: a WeightedHStack / WeightedVStack when not)
            kids = [k + f"\n{indent}    .weight({draw(st.integers(1, 3))})" if "\n" not in k else k for k in kids]
        return f"{pad}{name}(spacing: {draw(st.integers(0, 16))}) {{\n" + "\n".join(kids) + f"\n{pad}}}"
    cond = draw(expr("Bool", states))
    a = draw(st.lists(view(states, depth + 1, indent + "  "), min_size=1, max_size=2))
    text = f"{pad}if {cond} {{\n" + "\n".join(a) + f"\n{pad}}}"
    if draw(st.booleans()):
        b = draw(st.lists(view(states, depth + 1, indent + "  "), min_size=1, max_size=2))
        text += " else {\n" + "\n".join(b) + f"\n{pad}}}"
    return text


# Every program also declares a model and a component with a binding and a callback, and each
# screen holds one of each kind of structured state (a model, a list of models, an optional), so
# field assignments, bindings to fields, lists, optional chains and callbacks meet the scalar
# views above in random combinations.
PRELUDE = """\
enum Kind { one, two }

model Item {
  id: Int
  title: String
  done: Bool = false
  score: Float = 0
  kind: Kind = .one
  note: String? = nil
}

component Check(label: String, isOn: Binding<Bool>, onFlip: (Bool) -> Void) {
  Toggle(isOn: $isOn, label: label, onChange: onFlip)
}
"""


@st.composite
def structured(draw, states: dict[str, str], pad: str):
    """A view over the structured state `item: Item`, `items: [Item]`, `pick: Item?`, `flag: Bool`."""
    scalars = {n: t for n, t in states.items() if t in TYPES}
    kind = draw(st.integers(0, 10))
    if kind == 0:
        lines = draw(st.sampled_from(["", ", lines: 3"]))
        return f"{pad}TextField(text: $item.title, placeholder: {string_lit(draw)}{lines})"
    if kind == 1:
        return f"{pad}Toggle(isOn: $item.done, label: {string_lit(draw)})"
    if kind == 2:
        return f"{pad}Slider(value: $item.score)"
    if kind == 3:
        bools = [n for n, t in scalars.items() if t == "Bool"]
        target = f"${bools[0]}" if bools else "$flag"
        return f"{pad}Check(label: {string_lit(draw)}, isOn: {target}, onFlip: {{ v -> item.done = v }})"
    if kind == 4:
        return (f"{pad}List(items, key: .id) {{ it2, i ->\n{pad}  Row {{\n"
                f"{pad}    Checkbox(isOn: $items[i].done)\n{pad}    Text(it2.note ?? it2.title)\n{pad}  }}\n{pad}}}")
    if kind == 5:
        return f'{pad}Text(pick?.title ?? {string_lit(draw)})'
    if kind == 6:
        return f'{pad}Text("{{items.count(where: it.done)}} / {{items.first?.score ?? 0}} {{item.kind}}")'
    if kind == 7:
        value = draw(expr("String", scalars, 2))
        return (f"{pad}Button({string_lit(draw)}, action: {{\n{pad}  items.append(Item(id: items.count, "
                f"title: {value}))\n{pad}  item.kind = .two\n{pad}}})")
    if kind == 8:
        return (f"{pad}Button({string_lit(draw)}, action: {{\n{pad}  items.removeAll(where: it.done)\n"
                f"{pad}  pick = items.first\n{pad}}})")
    if kind == 10:
        ints = [n for n, t in scalars.items() if t == "Int"]
        if ints:
            return f"{pad}Picker(selection: ${ints[0]}, options: items.map(it.title))"
        return (f"{pad}Picker(selection: $item.id, options: [{string_lit(draw)}, {string_lit(draw)}], "
                f"label: {string_lit(draw)})")
    return (f"{pad}if pick != nil && !items.isEmpty {{\n{pad}  Button({string_lit(draw)}, action: {{ "
            f"items = items.map(it.id == 0 ? Item(id: it.id, title: it.title, done: !it.done) : it) }})\n{pad}}}")


@st.composite
def programs(draw, n_screens: int | None = None):
    """A whole valid program: 1-2 screens, each with typed states and a view tree."""
    count = n_screens or draw(st.integers(1, 2))
    parts = [PRELUDE]
    for s in range(count):
        states = {f"s{i}": draw(st.sampled_from(TYPES)) for i in range(draw(st.integers(1, 4)))}
        lines = [f"screen Screen{s} {{"]
        for name, t in states.items():
            lines.append(f"  state {name}: {t} = {draw(expr(t, {}))}")
        lines += ['  state item: Item = Item(id: 0, title: "a")', "  state items: [Item] = []",
                  "  state pick: Item? = nil", "  state flag: Bool = false"]
        kids = draw(st.lists(view(states, 1, "    "), min_size=1, max_size=4))
        kids += draw(st.lists(structured(states, "    "), min_size=1, max_size=3))
        kids = draw(st.permutations(kids))
        lines.append("  Column {")
        lines.extend(kids)
        lines.append("  }")
        lines.append("}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"
