"""The SwiftUI backend: table tests on small in-memory programs.

Every generated `.swift` file is also parsed with tree-sitter-swift (skipped when the
parser is not installed): no ERROR / MISSING nodes allowed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import LABEL_STYLE_SRC, assert_checker_passes
from xui import ir
from xui.api import compile_paths, compile_text
from xui.backend import BuildOptions, header_text
from xui.lowering import ident, member_ident
from xui.targets.swiftui.backend import BACKEND, SwiftUIBackend, swift_str, strings_file_escape

ROOT = Path(__file__).resolve().parents[1]

try:  # pragma: no cover - depends on the machine
    import tree_sitter
    import tree_sitter_swift

    _PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))
except Exception:  # noqa: BLE001
    _PARSER = None


def program(src: str) -> ir.Program:
    r = compile_text(textwrap.dedent(src).lstrip("\n"), "t.xui")
    assert r.ok, [(d.code, d.message, d.span and (d.span.line, d.span.col)) for d in r.diagnostics]
    return r.program


def generate(src: str, **opts):
    return SwiftUIBackend(BuildOptions(**opts)).run(program(src))


def files(src: str, **opts) -> dict[str, str]:
    res = generate(src, **opts)
    assert not res.diagnostics, res.diagnostics
    return {f.path: f.content for f in res.files}


def view(src: str, name: str, **opts) -> str:
    return files(src, **opts)[f"Sources/App/Views/{name}.swift"]


def syntax_errors(code: str) -> list[str]:
    tree = _PARSER.parse(code.encode())
    out = []
    stack = [tree.root_node]
    while stack:
        n = stack.pop()
        if n.is_error or n.is_missing:
            out.append(f"{n.start_point}: {'MISSING' if n.is_missing else 'ERROR'} {n.text[:40]!r}")
        stack.extend(n.children)
    return out


def assert_parses(fs: dict[str, str]) -> None:
    if _PARSER is None:
        return
    for path, code in fs.items():
        if path.endswith(".swift"):
            assert not syntax_errors(code), (path, syntax_errors(code), code)


def screen(body: str, decls: str = "", states: str = "") -> str:
    return decls + "\nscreen S {\n" + textwrap.indent(states, "  ") + "\n  Column {\n" + \
        textwrap.indent(body, "    ") + "\n  }\n}\n"


# ---- expressions ----------------------------------------------------------------------

STATES = """
state n: Int = 1
state f: Float = 2.5
state s: String = "a"
state b: Bool = false
state o: String? = nil
state ob: Bool? = nil
state xs: [Int] = [1, 2]
state ms: [M] = []
state e: E = .one
"""
DECLS = """
enum E { one, two }
model M {
  id: Int
  name: String = "m"
  done: Bool = false
}
"""

EXPR_CASES = [
    # (xui expression in Text("{...}") or as Text(...) argument, expected Swift)
    ("literal_int", 'Text("{n + 1}")', '"\\(n + 1)"'),
    ("literal_float", 'Text("{f * 2.5}")', "f * 2.5"),
    ("literal_bool", 'Text(b ? "y" : "n")', 'b ? "y" : "n"'),
    ("literal_nil", 'Text(o ?? "none")', 'o ?? "none"'),
    ("literal_color", "Text(s).foreground(#102030)", ".foregroundStyle(Color(hex: 0x102030))"),
    ("color_alpha", "Text(s).background(#80102030)", "Color(hex: 0x102030, opacity: 0x80 / 255)"),
    ("interpolation", 'Text("a {s} b {n}")', 'Text(verbatim: "a \\(s) b \\(n)")'),
    ("ref", "Text(s)", "Text(s)"),
    ("field", "Text(ms[0].name)", "Text(ms[0].name)"),
    ("index", 'Text("{xs[n]}")', "\\(xs[n])"),
    ("enum_case", 'Text(e == .two ? "2" : "1")', "e == .two"),
    ("enum_to_string", 'Text("{e}")', "\\(e.rawValue)"),
    ("unary", 'Text("{-n}")', "\\(-n)"),
    ("binary_int_div", 'Text("{n / 2}")', "\\(n / 2)"),
    ("binary_float_mod", 'Text("{f % 2.0}")', "f.truncatingRemainder(dividingBy: 2.0)"),
    ("binary_precedence", 'Text(b == (o == nil) ? "x" : "y")', "b == (o == nil)"),
    ("coalesce_in_cmp", 'Text(ob ?? b == true ? "x" : "y")', 'ob ?? (b == true) ? "x" : "y"'),
    ("conditional", 'Text(b ? s : "z")', 'b ? s : "z"'),
    ("model_init", 'Text("{[M(id: 1)].count}")', f'[M({ident("id")}: 1)].count'),  # defaults: the memberwise init's
    ("list", 'Text("{[1, 2, 3].count}")', "[1, 2, 3].count"),
    ("count_where", 'Text("{ms.count(where: it.done)}")', "ms.filter { $0.done }.count"),
    ("filter", 'Text("{ms.filter(where: !it.done).count}")', "ms.filter { !$0.done }.count"),
    ("any", 'Text(ms.any(where: it.id > 1) ? "y" : "n")', f"ms.contains(where: {{ $0.{ident('id')} > 1 }})"),
    ("map", 'Text("{ms.map(it.name).count}")', "ms.map { $0.name }.count"),
    ("contains", 'Text(xs.contains(1) ? "y" : "n")', "xs.contains(1)"),
    ("first", 'Text("{xs.first ?? 0}")', "xs.first ?? 0"),
    ("str_members", "Text(s.trimmed().uppercased())",
     "s.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()"),
    ("formatted", 'Text(f.formatted(decimals: 2))', "f.formatted(.number.precision(.fractionLength(2)))"),
    ("int_formatted", "Text(n.formatted())", "n.formatted()"),
    ("int_to_float", 'Text("{f + n}")', "f + Double(n)"),
    ("to_string", "Text(s + \"{n}\")", 's + "\\(n)"'),
    ("theme", "Text(s).foreground(theme.fg)", ".foregroundStyle(Theme.fg)"),
    ("string_key", "Text(strings.hello)", "Text(L10n.hello)"),
    ("font", "Text(s).font(Font(size: 13, weight: .bold))", ".font(.system(size: 13, weight: .bold))"),
]

THEME = """
theme {
  color fg = #112233
}
strings {
  hello = "Hello"
}
"""


@pytest.mark.parametrize("name,xui,swift", EXPR_CASES, ids=[c[0] for c in EXPR_CASES])
def test_expression(name, xui, swift):
    fs = files(screen(xui, DECLS + THEME, STATES))
    code = fs["Sources/App/Views/S.swift"]
    assert swift in code
    assert_parses(fs)


def test_if_condition_has_no_trailing_closure():
    code = view(screen('if ms.filter(where: it.done).isEmpty {\n  Text("none")\n}', DECLS, STATES), "S")
    assert "if ms.filter({ $0.done }).isEmpty {" in code


# ---- actions -------------------------------------------------------------------------

ACTION_CASES = [
    ("assign", "n = 2", "n = 2"),
    ("assign_op", "n += 2", "n += 2"),
    ("assign_path", "ms[0].done = true", "ms[0].done = true"),
    ("append", "xs.append(3)", "xs.append(3)"),
    ("insert", "xs.insert(3, at: 0)", "xs.insert(3, at: 0)"),
    ("remove_at", "xs.remove(at: 0)", "xs.remove(at: 0)"),
    ("remove_where", "ms.removeAll(where: it.done)", "ms.removeAll { $0.done }"),
    ("clear", "xs.removeAll()", "xs.removeAll()"),
    ("let", "let k = n * 2\n  n = k", "let k: Int = n * 2"),
    ("if", "if b {\n  n = 1\n} else if n > 2 {\n  n = 2\n} else {\n  n = 3\n}",
     "if b {\n"),
    ("native", 'native { swiftui: "print(n)" arkts: "x" compose: "x" react: "x" }', "print(n)"),
]


@pytest.mark.parametrize("name,xui,swift", ACTION_CASES, ids=[c[0] for c in ACTION_CASES])
def test_action(name, xui, swift):
    body = 'Button("go", action: {\n' + textwrap.indent(xui, "  ") + "\n})"
    fs = files(screen(body, DECLS, STATES))
    assert swift in fs["Sources/App/Views/S.swift"]
    assert_parses(fs)


def test_callback_and_lambda_params():
    src = """
    component C(onPick: (Int, String) -> Void) {
      Button("x", action: { onPick(1, "a") })
    }
    screen S {
      state n: Int = 0
      Column {
        C(onPick: { k, _ -> n = k })
      }
    }
    """
    fs = files(src)
    assert 'Button("x") { onPick(1, "a") }' in fs["Sources/App/Views/C.swift"]
    assert "let onPick: (Int, String) -> Void" in fs["Sources/App/Views/C.swift"]
    assert "C(onPick: { k, _ in n = k })" in fs["Sources/App/Views/S.swift"]
    assert_parses(fs)


def test_navigation_and_back():
    src = """
    model P {
      id: Int
    }
    screen A {
      Button("go", action: { navigate(B(p: P(id: 1), title: "t")) })
    }
    screen B(p: P, title: String = "x") {
      Button("back", action: { back() })
    }
    """
    fs = files(src)
    a, b = fs["Sources/App/Views/A.swift"], fs["Sources/App/Views/B.swift"]
    assert "@Environment(Router.self) private var router" in a
    assert f'router.path.append(Route.b(p: P({ident("id")}: 1), title: "t"))' in a
    assert "@Environment(\\.dismiss) private var dismiss" in b
    assert "dismiss()" in b
    route = fs["Sources/App/Navigation/Route.swift"]
    assert "enum Route: Hashable {" in route and "case b(p: P, title: String)" in route
    app = fs["Sources/App/MainApp.swift"]
    assert "@main" in app and "NavigationStack(path: $router.path)" in app
    assert "case .b(let p, let title):" in app and "B(p: p, title: title)" in app
    assert ".environment(router)" in app
    assert_parses(fs)


# ---- views ----------------------------------------------------------------------------

VIEW_CASES = [
    ("column", "Column(spacing: 4, align: .leading) {\n  Text(s)\n}", "VStack(alignment: .leading, spacing: 4) {"),
    ("row", "Row(align: .top) {\n  Text(s)\n}", "HStack(alignment: .top, spacing: 0) {"),
    ("stack", "Stack(align: .bottomTrailing) {\n  Text(s)\n}", "ZStack(alignment: .bottomTrailing) {"),
    ("scroll", 'Scroll(axis: .horizontal) {\n  Text(s)\n  Text("b")\n}',
     "ScrollView(.horizontal) {\n                HStack(spacing: 0) {"),
    ("list", "List(ms, key: .id) { m ->\n  Text(m.name)\n}", f"List(ms, id: \\.{ident('id')}) {{ m in"),
    ("list_index", 'List(ms, key: .id) { m, i ->\n  Text("{i}")\n}',
     f"List(Array(ms.enumerated()), id: \\.element.{ident('id')}) {{ i, m in"),
    ("foreach_self", "ForEach(xs, key: .self) { x ->\n  Text(\"{x}\")\n}", "ForEach(xs, id: \\.self) { x in"),
    ("grid", "Grid(ms, key: .id, columns: 3) { m ->\n  Text(m.name)\n}",
     "columns: Array(repeating: GridItem(.flexible(), spacing: 0), count: 3),"),
    ("text", '"plain"', None),
    ("image", 'Image("a", description: "An A")', 'Image("a")\n'),
    ("image_decorative", 'Image("a", contentMode: .fill)', 'Image(decorative: "a")'),
    ("button_children", 'Button(action: { n = 1 }) {\n  Text("x")\n}', "} label: {"),
    ("textfield", 'TextField(text: $s, placeholder: "p", keyboard: .number)', '.keyboardType(.numberPad)'),
    ("securefield", 'SecureField(text: $s, placeholder: "p")', 'SecureField("p", text: $s)'),
    ("toggle_binding", 'Toggle(isOn: $b, label: "L")', 'Toggle("L", isOn: $b)'),
    ("toggle_value", "Toggle(isOn: b, onChange: { v -> b = v })",
     "Toggle(\"\", isOn: Binding(get: { b }, set: { v in b = v }))"),
    ("checkbox", 'Checkbox(isOn: $b, label: "C")', "b.toggle()"),
    ("slider", "Slider(value: $f, min: 1, max: 5)", "Slider(value: $f, in: 1...5)"),
    ("progress", "Progress(value: f)", "ProgressView(value: f)"),
    ("spinner", "Progress()", "ProgressView()"),
    ("spacer_divider", "Spacer()\nDivider()", "Spacer()\n"),
    ("if_view", 'if b {\n  Text("y")\n} else if n > 1 {\n  Text("m")\n} else {\n  Text("n")\n}',
     "} else if n > 1 {"),
    ("native_view", 'native { swiftui: "EmptyView()" arkts: "x" compose: "x" react: "x" }', "EmptyView()"),
]


@pytest.mark.parametrize("name,xui,swift", VIEW_CASES, ids=[c[0] for c in VIEW_CASES])
def test_view(name, xui, swift):
    if name == "text":
        xui, swift = f"Text({xui})", 'Text(verbatim: "plain")'
    fs = files(screen(xui, DECLS, STATES))
    assert swift in fs["Sources/App/Views/S.swift"], fs["Sources/App/Views/S.swift"]
    assert_parses(fs)


MODIFIER_CASES = [
    ("padding", "Text(s).padding(8)", ".padding(8)"),
    ("padding_edges", "Text(s).padding(horizontal: 4, top: 2)", ".padding(.horizontal, 4)\n"),
    ("frame", "Text(s).frame(width: 10, height: 20)", ".frame(width: 10, height: 20)"),
    ("fill_width", "Text(s).fillWidth()", ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("fill_height", "Text(s).fillHeight()", ".frame(maxHeight: .infinity)"),
    ("weight", "Text(s).weight(1)", ".frame(maxHeight: .infinity)"),
    ("font_size", "Text(s).fontSize(12)", ".font(.system(size: 12))"),
    ("font_weight", "Text(s).fontWeight(.semibold)", ".fontWeight(.semibold)"),
    ("text_align", "Text(s).textAlign(.center)", ".multilineTextAlignment(.center)"),
    ("line_limit", "Text(s).lineLimit(2)", ".lineLimit(2)"),
    ("corner_radius", "Text(s).cornerRadius(4)", ".clipShape(RoundedRectangle(cornerRadius: 4))"),
    ("border", "Text(s).border(width: 1, color: #000000)",
     ".overlay(Rectangle().strokeBorder(Color(hex: 0x000000), lineWidth: 1))"),
    ("opacity", "Text(s).opacity(0.5)", ".opacity(0.5)"),
    ("disabled", 'Button("x", action: { n = 1 }).disabled(b)', ".disabled(b)"),
    ("visible", "Text(s).visible(b)", "if b {\n"),
    ("on_tap", "Text(s).onTap { n = 1 }", "    n = 1\n            } label: {\n                Text(s)\n"
     "                    .contentShape(Rectangle())\n            }\n            .buttonStyle(.plain)\n"),
    ("on_appear", "Text(s).onAppear { n = 1 }", ".onAppear { n = 1 }"),
    ("on_disappear", "Text(s).onDisappear { n = 1 }", ".onDisappear { n = 1 }"),
    ("a11y", 'Text(s).accessibilityLabel("L")', '.accessibilityLabel("L")'),
    ("margin", "Text(s).margin(4).background(#FFFFFF)", ".background(Color(hex: 0xFFFFFF))\n"),
    ("foreground", "Text(s).foreground(#FFFFFF)", ".foregroundStyle("),
    ("font", "Text(s).font(Font(size: 10))", ".font(.system(size: 10))"),
]


@pytest.mark.parametrize("name,xui,swift", MODIFIER_CASES, ids=[c[0] for c in MODIFIER_CASES])
def test_modifier(name, xui, swift):
    fs = files(screen(xui, DECLS, STATES))
    code = fs["Sources/App/Views/S.swift"]
    assert swift in code, code
    assert_parses(fs)


def test_modifier_order_is_box_model():
    code = view(screen("Text(s).background(#FFFFFF).margin(2).cornerRadius(4).padding(8)", DECLS, STATES), "S")
    order = [code.index(x) for x in (".padding(8)", ".background(", ".clipShape(", ".padding(2)")]
    assert order == sorted(order)


# ---- .onTap: a plain-style Button --------------------------------------------------------

def test_on_tap_is_a_plain_button_with_the_box_as_its_label():
    """The view and its box modifiers (text style, padding, size, background, clip, border) are
    the label; margin and the effects apply to the Button, in any source order."""
    code = view(screen("""\
Row(spacing: 8) {
  Text(s).foreground(#FF0000)
  Spacer()
}
.margin(4)
.onTap { n += 1 }
.padding(horizontal: 16)
.opacity(0.5)
.background(#FFFFFF)
.cornerRadius(8)
.disabled(b)
.accessibilityLabel("Row")""", DECLS, STATES), "S")
    assert """\
        VStack(spacing: 0) {
            Button {
                n += 1
            } label: {
                HStack(spacing: 8) {
                    Text(s)
                        .foregroundStyle(Color(hex: 0xFF0000))
                    Spacer()
                }
                .padding(.horizontal, 16)
                .background(Color(hex: 0xFFFFFF))
                .clipShape(RoundedRectangle(cornerRadius: 8))
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .padding(4)
            .opacity(0.5)
            .disabled(b)
            .accessibilityLabel("Row")
        }
""" in code, code
    assert ".onTapGesture" not in code


def test_on_tap_actions_run_in_order_and_visible_wraps_the_button():
    code = view(screen('Text("x")\n  .onTap { n = 1 }\n  .visible(b)\n  .onTap { }\n  .onTap { s = "t" }',
                       DECLS, STATES), "S")
    assert """\
            if b {
                Button {
                    n = 1
                    s = "t"
                } label: {
                    Text(verbatim: "x")
                        .contentShape(Rectangle())
                }
                .buttonStyle(.plain)
            }
""" in code, code


def test_on_tap_on_components_images_and_empty_actions():
    decls = DECLS + 'component Card(title: String) {\n  Text(title)\n}\n'
    code = view(screen('Card(title: "c").onTap { n = 2 }.margin(2)\n'
                       'Image("cup", contentMode: .fill).frame(width: 40, height: 40).onTap { }',
                       decls, STATES), "S")
    assert """\
            Button {
                n = 2
            } label: {
                Card(title: "c")
                    .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .padding(2)
            Button {} label: {
                Image(decorative: "cup")
                    .resizable()
                    .scaledToFill()
                    .frame(width: 40, height: 40)
                    .clipped()
                    .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
""" in code, code


@pytest.mark.parametrize("control", ['Button("b", action: { n = 0 })', "Toggle(isOn: $b)", 'TextField(text: $s)',
                                     "Checkbox(isOn: $b)", "Slider(value: $f)", 'SecureField(text: $s)'])
def test_on_tap_on_input_controls_adds_only_the_action(control):
    """Controls have their own press feedback: no Button around them (no nested buttons)."""
    fs = files(screen(f"{control}.onTap {{ n = 1 }}", DECLS, STATES))
    code = fs["Sources/App/Views/S.swift"]
    assert re.search(r"\.contentShape\(Rectangle\(\)\)\n *\.onTapGesture \{ n = 1 \}\n", code), code
    # no tappable Button around it (a Checkbox is itself one plain-style Button)
    assert code.count(".buttonStyle(.plain)") == (1 if control.startswith("Checkbox") else 0)
    assert code.count("Button {") + code.count('Button("') == (1 if control.startswith(("Checkbox", "Button")) else 0)
    assert_parses(fs)


@pytest.mark.toolchains
def test_on_tap_output_is_known_to_the_swiftui_api_check(tmp_path):
    decls = DECLS + 'component Card(title: String) {\n  Text(title)\n}\n'
    src = screen('Card(title: "c").onTap { n = 2 }.shadow(radius: 2).margin(2)\n'
                 'Text(s).padding(4).onTap { }.disabled(b)\nToggle(isOn: $b).onTap { n = 1 }', decls, STATES)
    _api_check_passes(tmp_path, src)


UNEQUAL = ("Row(spacing: 4, align: .top) {\n  Text(s).weight(1)\n  Text(s).weight(2)\n  Image(\"x\")\n}\n"
           "Column {\n  Text(s).weight(f)\n  Text(s).weight(1)\n}\n"
           "Row {\n  Text(s).weight(1)\n  Text(s).weight(1)\n}")


def test_unequal_weights_share_space_by_weight():
    """HStack / VStack share free space equally: a Row / Column with unequal (or computed) weights is
    a WeightedHStack / WeightedVStack, a Layout in Support/WeightedStack.swift, and its children take
    .layoutWeight(n); equal weights stay an HStack with infinite max frames."""
    res = generate(screen(UNEQUAL, DECLS, STATES))
    assert not res.diagnostics, res.diagnostics
    out = {f.path: f.content for f in res.files}
    view = next(c for p, c in out.items() if p.endswith("Views/S.swift"))
    assert "WeightedHStack(alignment: .top, spacing: 4) {\n" in view
    assert 'Text(s)\n                    .layoutWeight(1)\n' in view and ".layoutWeight(2)" in view
    assert "WeightedVStack(spacing: 0) {" in view and ".layoutWeight(f)" in view
    assert "HStack(spacing: 0) {" in view and view.count("frame(maxWidth: .infinity)") == 2
    layout = out["Sources/App/Support/WeightedStack.swift"]
    assert "struct WeightedHStack: Layout {" in layout and "struct WeightedVStack: Layout {" in layout


@pytest.mark.toolchains
def test_weighted_stacks_are_known_to_the_swiftui_api_check(tmp_path):
    _api_check_passes(tmp_path, screen(UNEQUAL, DECLS, STATES))


# ---- declarations -----------------------------------------------------------------------

def test_component_state_binding_and_init():
    src = """
    component C(value: Binding<Int>, label: String = "x", onDone: () -> Void) {
      state copy: Int = value
      Button(label, action: { value = copy
        onDone() })
    }
    screen S {
      state n: Int = 0
      C(value: $n, onDone: { n = 0 })
    }
    """
    c = files(src)["Sources/App/Views/C.swift"]
    value = member_ident("value")   # a component member: the shared member rule
    assert f"@Binding var {value}: Int" in c
    assert "@State private var copy: Int\n" in c
    assert f"_copy = State(initialValue: {value}.wrappedValue)" in c
    assert "onDone: @escaping () -> Void" in c
    assert 'label: String = "x"' in c
    assert_parses(files(src))


def test_models_enums_theme_strings():
    src = """
    enum Kind { a, b }
    model Item {
      id: String
      kind: Kind = .a
      tint: Color = #FF0000
    }
    model Plain {
      name: String
    }
    theme {
      color accent = #336699
      space gap = 8
      font title = Font(size: 20, weight: .bold)
    }
    strings {
      greeting = "Hello"
    }
    strings zh-Hans {
      greeting = "你好"
    }
    screen S {
      Text(strings.greeting).foreground(theme.accent).padding(theme.gap)
    }
    """
    fs = files(src)
    item = fs["Sources/App/Models/Item.swift"]
    assert "struct Item: Identifiable, Hashable {" in item
    # a model field keeps ident(); Identifiable's `id` is aliased only when ident() renames it
    assert f"var {ident('id')}: String" in item
    assert ("var id: String { id_ }" in item) == (ident("id") != "id")
    assert "import SwiftUI" in item and "var kind: Kind = .a" in item
    plain = fs["Sources/App/Models/Plain.swift"]
    assert "struct Plain: Hashable {" in plain and "import" not in plain
    assert "enum Kind: String {" in fs["Sources/App/Models/Kind.swift"]
    theme = fs["Sources/App/Support/Theme.swift"]
    assert "static let gap: CGFloat = 8" in theme
    assert "static let title = Font.system(size: 20, weight: .bold)" in theme
    assert "static let accent = Color(hex: 0x336699)" in theme
    assert 'String(localized: "greeting", defaultValue: "Hello")' in fs["Sources/App/Support/L10n.swift"]
    assert '"greeting" = "Hello";' in fs["Sources/App/Resources/en.lproj/Localizable.strings"]
    assert '"greeting" = "你好";' in fs["Sources/App/Resources/zh-Hans.lproj/Localizable.strings"]
    assert "extension Color" in fs["Sources/App/Support/Color+Hex.swift"]
    assert_parses(fs)


# ---- escaping -----------------------------------------------------------------------------

ESCAPES = [
    ('"', '\\"'), ("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("$", "$"), ("${", "${"),
    ("\\(", "\\\\("), ("{", "{"), ("😀", "😀"), ("中文", "中文"), ("שלום", "שלום"),
    ("\u202e", "\\u{202E}"), ("\x01", "\\u{1}"),
]


@pytest.mark.parametrize("raw,swift", ESCAPES)
def test_swift_string_escaping(raw, swift):
    assert swift_str(raw) == f'"{swift}"'


def test_escaping_end_to_end():
    src = r'''
    strings {
      k = "q\"b\\s\n\t\{x\} $\{y\} \\(z) 😀 中文 שלום"
    }
    screen S {
      state v: Int = 1
      Column {
        Text("q\"b\\s\n\t\{x\} $\{y\} \\(z) 😀 中文 שלום {v}")
        Text(strings.k)
      }
    }
    '''
    fs = files(src)
    assert r'Text(verbatim: "q\"b\\s\n\t{x} ${y} \\(z) 😀 中文 שלום \(v)")' in fs["Sources/App/Views/S.swift"]
    assert r'"k" = "q\"b\\s\n\t{x} ${y} \\(z) 😀 中文 שלום";' in \
        fs["Sources/App/Resources/en.lproj/Localizable.strings"]
    assert strings_file_escape("a\"b") == '"a\\"b"'
    assert_parses(fs)


# ---- reserved identifiers -------------------------------------------------------------------

RESERVED = ["default", "object", "when", "is", "in", "fun", "val", "struct", "protocol", "build", "class",
            "delete", "var", "func", "self_", "repeat", "where", "init", "some", "extension"]
# (`let` is an xui keyword, so it can never be a name; tests/test_parser.py covers keywords.)


@pytest.mark.parametrize("word", RESERVED)
def test_reserved_identifiers(word):
    src = f"""
    model R {{
      {word}: Int = 0
    }}
    component C({word}: Int, cb: (Int) -> Void) {{
      Text("{{{word}}}").onTap {{ cb({word}) }}
    }}
    screen S {{
      state {word}: [R] = []
      C({word}: {word}.count, cb: {{ v -> {word}.append(R({word}: v)) }})
    }}
    """
    prog = compile_text(textwrap.dedent(src).lstrip("\n"), "t.xui")
    assert prog.ok, [(d.code, d.message) for d in prog.diagnostics]
    res = SwiftUIBackend().run(prog.program)
    assert not res.diagnostics
    fs = {f.path: f.content for f in res.files}
    name, member = ident(word), member_ident(word)
    if word in SwiftUIBackend.RESERVED:
        assert name != word and member != word
    # component members (params, states) follow member_ident(); model fields ident()
    assert f"let {member}: Int" in fs["Sources/App/Views/C.swift"]
    assert f"@State private var {member}: [R] = []" in fs["Sources/App/Views/S.swift"]
    assert f"C({member}:{member}.count," in "".join(fs["Sources/App/Views/S.swift"].split())
    assert f"var {name}: Int = 0" in fs["Sources/App/Models/R.swift"]
    assert_parses(fs)


def test_reserved_table_covers_swift_keywords():
    from xui.lowering import RESERVED_ANY_TARGET, RESERVED_COMPONENT_MEMBERS
    swift_decl_keywords = {"class", "struct", "enum", "protocol", "func", "var", "let", "init", "deinit",
                           "extension", "import", "static", "subscript", "typealias", "operator",
                           "inout", "internal", "private", "public", "fileprivate", "open"}
    assert swift_decl_keywords <= SwiftUIBackend.RESERVED
    missing = {w for w in SwiftUIBackend.RESERVED if w not in RESERVED_ANY_TARGET} - {
        "borrowing", "consuming", "nonisolated", "precedencegroup", "rethrows", "associativity", "lazy",
        "left", "right", "nonmutating", "postfix", "prefix", "unowned", "Any", "Type"}
    # xui's shared ident() misses these Swift keywords; the backend escapes them with backticks.
    # (`body` is renamed by member_ident() where it matters: a component member.)
    assert missing - RESERVED_COMPONENT_MEMBERS <= {"fileprivate", "inout"}, sorted(missing)


def test_swift_keyword_not_renamed_by_ident_is_escaped():
    assert member_ident("lazy") == "lazy" and member_ident("left") == "left"
    fs = files(screen('Text("{left}")', "", "state lazy: Int = 0\nlet left = lazy + 1"))
    code = fs["Sources/App/Views/S.swift"]
    assert "@State private var `lazy`: Int = 0" in code
    assert "private var `left`: Int { `lazy` + 1 }" in code
    assert_parses(fs)


def test_escaped_member_in_state_init_and_binding():
    src = """
    component C(lazy: Binding<Int>) {
      state prefix: Int = lazy
      Button("x", action: { lazy = prefix })
    }
    screen S {
      state left: Int = 0
      C(lazy: $left)
    }
    """
    fs = files(src)
    c, s = fs["Sources/App/Views/C.swift"], fs["Sources/App/Views/S.swift"]
    assert "_lazy = `lazy`" in c and "_prefix = State(initialValue: `lazy`.wrappedValue)" in c
    assert "C(`lazy`: $left)" in s
    assert_parses(fs)


# ---- header, comments, determinism, diagnostics -----------------------------------------------

def test_header_on_every_file():
    fs = generate(screen('Text(strings.hello).background(#000000)', DECLS + THEME, STATES)).files
    for f in fs:
        first = f.content.splitlines()[0]
        assert f.has_header
        assert header_text(["t.xui"]) in first
        assert first.startswith("// ") or first.startswith("/* ")


def test_source_comments():
    code = view(screen('Text("a")\nText("b")', DECLS, STATES), "S", source_comments=True)
    src_line = screen('Text("a")', DECLS, STATES).lstrip("\n").splitlines().index('    Text("a")') + 1
    lines = code.splitlines()
    i = next(k for k, l in enumerate(lines) if 'Text(verbatim: "a")' in l)
    assert lines[i - 1].strip() == f"// xui: t.xui:{src_line}"
    assert lines[i - 3].strip().startswith("// xui: t.xui:")     # the Column
    assert "// xui: t.xui:" not in view(screen('Text("a")', DECLS, STATES), "S")


def test_native_without_swiftui_is_unsupported():
    src = screen('native { arkts: "Divider()" }', DECLS, STATES)
    r = compile_text(textwrap.dedent(src).lstrip("\n"), "t.xui")
    res = SwiftUIBackend().run(r.program)
    assert [d.code for d in res.diagnostics] == ["E0401"]
    assert res.diagnostics[0].span.line == src.lstrip("\n").splitlines().index('    native { arkts: "Divider()" }') + 1


def _samples_digest(seed: str) -> str:
    script = ("import hashlib; from xui.api import compile_paths; from xui.backend import get_backend\n"
              "p = compile_paths(['samples']).program\n"
              "h = hashlib.sha256()\n"
              "for f in get_backend('swiftui').run(p).files: h.update(f.path.encode() + f.content.encode())\n"
              "print(h.hexdigest())\n")
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout


def test_deterministic():
    prog = compile_paths([str(ROOT / "samples")]).program
    a = [(f.path, f.content) for f in SwiftUIBackend().run(prog).files]
    b = [(f.path, f.content) for f in SwiftUIBackend().run(prog).files]
    assert a == b
    assert _samples_digest("1") == _samples_digest("12345")


def test_mapping_tables_cover_catalog_and_ir():
    from xui.catalog import ELEMENTS, MODIFIERS
    assert set(ELEMENTS) <= set(BACKEND.ELEMENTS)
    assert set(MODIFIERS) <= set(BACKEND.MODIFIERS)
    kinds = set()
    for cls in (*ir.Expr.__args__[0].__args__, *ir.Action.__args__[0].__args__, *ir.View.__args__[0].__args__):
        for field in ("node", "action", "view"):
            if field in cls.model_fields:
                kinds.add(cls.model_fields[field].default)
    assert kinds <= set(BACKEND.NODES), kinds - set(BACKEND.NODES)


def test_all_samples_generate_and_parse():
    r = compile_paths([str(ROOT / "samples")])
    assert r.ok
    res = SwiftUIBackend().run(r.program)
    assert not res.diagnostics
    fs = {f.path: f.content for f in res.files}
    assert any(p.startswith("Sources/App/Views/") for p in fs)
    for path, code in fs.items():
        assert code.endswith("\n") and not code.endswith("\n\n"), path
        assert "\t" not in code, path
        for line in code.splitlines():
            assert line == line.rstrip(), (path, line)
            assert (len(line) - len(line.lstrip(" "))) % 4 == 0, (path, line)
    if _PARSER is None:
        pytest.skip("tree_sitter_swift is not installed")
    assert_parses(fs)


# ---- component members: the shared member_ident() rule ---------------------------------------

MEMBERS_SRC = """
model Item {
  width: Int
  key: String
}
component Box(width: Int, key: String, value: Binding<Int>, children: (Int) -> Void, default: Int = 2) {
  state size: Float = 1.5
  let ref = width + default
  Column {
    Text("{width} {key} {value} {ref} {size}")
    Slider(value: $size, min: 0, max: 10)
    Button("go", action: {
      value = width + ref
      size += 1.0
      children(value)
      navigate(Detail(width: width, key: key))
    })
  }
}
screen Home {
  state width: Int = 0
  state key: String = "k"
  state value: Int = 1
  state body: Bool = false
  state items: [Item] = []
  let children = width + 1
  Column {
    TextField(text: $key)
    Checkbox(isOn: $body, label: "b")
    Toggle(isOn: $body, label: "t", onChange: { on -> width = 0 })
    ForEach(items, key: .key) { item ->
      Text("{item.width} {item.key}")
    }
    Box(width: children, key: key, value: $value, children: { v -> width = v }, default: value)
    Button("x", action: {
      items.append(Item(width: width, key: key))
      navigate(Detail(width: value, key: key, default: 3))
    })
  }
}
screen Detail(width: Int, key: String, default: Int = 1) {
  state children: String = key
  Column {
    TextField(text: $children)
    Text("{width} {children} {default}")
  }
}
"""


def test_component_members_use_member_ident():
    fs = files(MEMBERS_SRC)
    w, k, v, c, d = (member_ident(x) for x in ("width", "key", "value", "children", "default"))
    s, r, b = member_ident("size"), member_ident("ref"), member_ident("body")
    assert (w, k, c, d, s, r, b) == ("width_", "key_", "children_", "default_", "size_", "ref_", "body_")
    box = fs["Sources/App/Views/Box.swift"]
    home = fs["Sources/App/Views/Home.swift"]
    detail = fs["Sources/App/Views/Detail.swift"]
    flat = {p: "".join(code.split()) for p, code in fs.items()}
    # declarations: stored params, @Binding, @State, computed let
    for line in (f"let {w}: Int", f"let {k}: String", f"@Binding var {v}: Int", f"let {c}: (Int) -> Void",
                 f"var {d}: Int = 2", f"@State private var {s}: Double = 1.5",
                 f"private var {r}: Int {{ {w} + {d} }}"):
        assert line in box, line
    # uses: refs, $binding, assignment, callback call, navigation args (route labels)
    assert f'Text(verbatim: "\\({w}) \\({k}) \\({v}) \\({r}) \\({s})")' in box
    assert f"Slider(value: ${s}, in: 0...10)" in box
    assert f"{v} = {w} + {r}" in box and f"{s} += 1" in box and f"{c}({v})" in box
    assert f"router.path.append(Route.detail({w}: {w}, {k}: {k}, {d}: 1))" in box
    # the caller: its own renamed states and let, the callee's labels, model fields keep ident()
    for line in (f"@State private var {w}: Int = 0", f'@State private var {k}: String = "k"',
                 f"@State private var {b}: Bool = false", f"private var {c}: Int {{ {w} + 1 }}",
                 f'TextField("", text: ${k})', f"{b}.toggle()", f'Toggle("t", isOn: ${b})', f".onChange(of: {b})", "ForEach(items, id: \\.key) { item in",
                 f"Item(width: {w}, key: {k})",
                 f"router.path.append(Route.detail({w}: {v}, {k}: {k}, {d}: 3))"):
        assert line in home, line
    assert f"Box({w}:{c},{k}:{k},{v}:${v},{c}:{{vin{w}=v}},{d}:{v})" in flat["Sources/App/Views/Home.swift"]
    # screen params: the route case, the destination and the init that seeds a dependent state
    assert f"case detail({w}: Int, {k}: String, {d}: Int)" in fs["Sources/App/Navigation/Route.swift"]
    app = fs["Sources/App/MainApp.swift"]
    assert f"case .detail(let {w}, let {k}, let {d}):" in app
    assert f"Detail({w}: {w}, {k}: {k}, {d}: {d})" in app
    assert f"init({w}: Int, {k}: String, {d}: Int = 1) {{" in detail
    assert f"self.{w} = {w}" in detail and f"_{c} = State(initialValue: {k})" in detail
    assert f"@State private var {c}: String\n" in detail
    # `body` (SwiftUI's own member) is never redeclared by a user member
    assert home.count("var body: some View") == 1 and not re.search(r"private var `?body`?:", home)
    if _PARSER is None:
        pytest.skip("tree_sitter_swift is not installed")
    assert_parses(fs)


# ---- italic, min/max frames, shadow, tint, selectable ------------------------------------------

def test_new_modifiers_exact_code():
    src = screen("""\
Text("a").italic().selectable()
Button("b", action: { w += 1 }).italic()
Text("c").frame(width: 100, height: 20)
Text("d").frame(minWidth: 50, maxWidth: w)
Text("e").frame(width: 100, minWidth: 120, maxHeight: 60)
Column { Text("f") }.background(#FFFFFF).cornerRadius(8).shadow(radius: 4)
Column { Text("g") }.shadow(6, color: c)
Image("icon").tint(#80FF0000).frame(width: 24, height: 24)""", states="""\
state c: Color = #FF336699
state w: Float = 40
""")
    fs = files(src)
    assert_parses(fs)
    out = fs["Sources/App/Views/S.swift"]
    expected = """\
            Text(verbatim: "a")
                .italic()
                .textSelection(.enabled)
            Button("b") { w += 1 }
                .italic()
            Text(verbatim: "c")
                .frame(width: 100, height: 20)
            Text(verbatim: "d")
                .frame(minWidth: 50, maxWidth: w)
            Text(verbatim: "e")
                .frame(width: 100)
                .frame(minWidth: 120, maxHeight: 60)
            VStack(spacing: 0) {
                Text(verbatim: "f")
            }
            .background(Color(hex: 0xFFFFFF))
            .clipShape(RoundedRectangle(cornerRadius: 8))
            .shadow(color: .black.opacity(0.2), radius: 4)
            VStack(spacing: 0) {
                Text(verbatim: "g")
            }
            .shadow(color: c, radius: 6)
            Image(decorative: "icon")
                .renderingMode(.template)
                .resizable()
                .scaledToFit()
                .foregroundStyle(Color(hex: 0xFF0000, opacity: 0x80 / 255))
                .frame(width: 24, height: 24)
"""
    assert expected in out, out


def test_placeholder_color_styles_the_prompt_text():
    """`.placeholderColor`: the field's prompt is its placeholder Text in that color (theme token,
    literal, state value; the last one wins); without a placeholder there is no prompt."""
    src = screen("""\
TextField(text: $s, placeholder: strings.hello, keyboard: .email).placeholderColor(theme.fg)
SecureField(text: $s, placeholder: "Password").placeholderColor(#80FF0000).padding(8)
TextField(text: $s, placeholder: s).placeholderColor(c).placeholderColor(#FF0000)
TextField(text: $s).placeholderColor(c)""", DECLS + THEME, STATES + "state c: Color = #FF336699\n")
    fs = files(src)
    assert_parses(fs)
    out = fs["Sources/App/Views/S.swift"]
    expected = """\
            TextField(
                L10n.hello,
                text: $s,
                prompt: Text(L10n.hello).foregroundStyle(Theme.fg)
            )
            .keyboardType(.emailAddress)
            .textInputAutocapitalization(.never)
            .autocorrectionDisabled()
            SecureField(
                "Password",
                text: $s,
                prompt: Text(verbatim: "Password").foregroundStyle(Color(hex: 0xFF0000, opacity: 0x80 / 255))
            )
            .padding(8)
            TextField(
                s,
                text: $s,
                prompt: Text(s).foregroundStyle(Color(hex: 0xFF0000))
            )
            TextField("", text: $s)
"""
    assert expected in out, out


@pytest.mark.toolchains
def test_placeholder_color_output_is_known_to_the_swiftui_api_check(tmp_path):
    src = screen('TextField(text: $s, placeholder: "p").placeholderColor(theme.fg).padding(4)\n'
                 'SecureField(text: $s, placeholder: strings.hello).placeholderColor(#80FF0000)', DECLS + THEME,
                 STATES)
    _api_check_passes(tmp_path, src)


def test_shadow_default_color_is_the_catalog_default():
    from xui.catalog import MODIFIERS
    from xui.targets.swiftui import mapping as SM
    default = next(p.default for p in MODIFIERS["shadow"].params if p.name == "color")
    assert default == "#33000000" and SM.SHADOW_DEFAULT_COLOR == f".black.opacity({0x33 / 255})"


def _api_check_passes(tmp_path, src: str) -> None:
    """Write the generated Swift files of `src` and run the SwiftUI check on them (skipped
    without xui.verify or its toolchain)."""
    assert_checker_passes("swiftui", files(src), tmp_path)


def test_text_modifiers_style_the_toggle_and_checkbox_label():
    fs = files(LABEL_STYLE_SRC)
    out = fs["Sources/App/Views/Main.swift"]
    assert """\
            Toggle(isOn: $on) {
                Text(verbatim: "Wi-Fi")
                    .foregroundStyle(Color(hex: 0xFF0000))
                    .font(.system(size: 13))
                    .fontWeight(.bold)
            }
            Button {
                on.toggle()
            } label: {
                HStack {
                    Image(systemName: on ? "checkmark.square.fill" : "square")
                        .foregroundStyle(.tint)
                    Text(verbatim: "Agree")
                        .foregroundStyle(Color(hex: 0xFF0000))
                        .font(.system(size: 13))
                        .fontWeight(.bold)
                }
            }
            .buttonStyle(.plain)
            .padding(4)
            Toggle("", isOn: $on)
                .labelsHidden()
            Button {
                on.toggle()
            } label: {
                HStack {
                    Image(systemName: on ? "checkmark.square.fill" : "square")
                        .foregroundStyle(.tint)
                    Text(verbatim: "")
                        .fontWeight(.bold)
                }
            }
            .buttonStyle(.plain)
        }
""" in out, out
    assert_parses(fs)


# ---- Divider color / thickness, submitLabel, FontWeight.light, letterSpacing ------------------

def test_divider_color_and_thickness():
    """Without arguments the platform Divider; a thickness is a Rectangle of that height (width in
    an HStack, also through a ForEach) filled with the color or the separator style; a color alone
    paints the Divider's hairline."""
    src = screen("""\
Divider()
Divider(color: theme.fg, thickness: 2)
Divider(color: #FF0000)
Divider(thickness: 0.5)
Row {
  Text("a")
  Divider(color: c, thickness: 1.5)
  Divider(color: #00FF00)
  ForEach(xs, key: .self) { x ->
    Divider(thickness: w)
  }
}
Scroll(axis: .horizontal) {
  Text("b")
  Divider(thickness: 1)
}""", DECLS + THEME, STATES + "state c: Color = #FF336699\nstate w: Float = 3\n")
    fs = files(src)
    assert_parses(fs)
    out = fs["Sources/App/Views/S.swift"]
    expected = """\
            Divider()
            Rectangle()
                .fill(Theme.fg)
                .frame(height: 2)
            Divider()
                .overlay(Color(hex: 0xFF0000))
            Rectangle()
                .fill(.separator)
                .frame(height: 0.5)
            HStack(spacing: 0) {
                Text(verbatim: "a")
                Rectangle()
                    .fill(c)
                    .frame(width: 1.5)
                Divider()
                    .overlay(Color(hex: 0x00FF00))
                ForEach(xs, id: \\.self) { x in
                    Rectangle()
                        .fill(.separator)
                        .frame(width: w)
                }
            }
            ScrollView(.horizontal) {
                HStack(spacing: 0) {
                    Text(verbatim: "b")
                    Rectangle()
                        .fill(.separator)
                        .frame(width: 1)
                }
            }
"""
    assert expected in out, out


def test_submit_label_on_text_fields():
    src = screen("""\
TextField(text: $s, placeholder: "Email", keyboard: .email).submitLabel(.next)
SecureField(text: $s, placeholder: "Password").submitLabel(.done).padding(4)
TextField(text: $s).submitLabel(.go)
TextField(text: $s).submitLabel(.search)
TextField(text: $s).submitLabel(.send)""", DECLS, STATES)
    fs = files(src)
    assert_parses(fs)
    out = fs["Sources/App/Views/S.swift"]
    expected = """\
            TextField("Email", text: $s)
                .keyboardType(.emailAddress)
                .textInputAutocapitalization(.never)
                .autocorrectionDisabled()
                .submitLabel(.next)
            SecureField("Password", text: $s)
                .padding(4)
                .submitLabel(.done)
            TextField("", text: $s)
                .submitLabel(.go)
            TextField("", text: $s)
                .submitLabel(.search)
            TextField("", text: $s)
                .submitLabel(.send)
"""
    assert expected in out, out


def test_font_weight_light():
    src = """\
theme {
  font caption = Font(size: 14, weight: .light)
}
screen S {
  Column {
    Text("a").fontWeight(.light)
    Text("b").font(Font(size: 12, weight: .light))
    Text("c").font(theme.caption)
  }
}
"""
    fs = files(src)
    assert_parses(fs)
    assert "static let caption = Font.system(size: 14, weight: .light)" in fs["Sources/App/Support/Theme.swift"]
    assert """\
            Text(verbatim: "a")
                .fontWeight(.light)
            Text(verbatim: "b")
                .font(.system(size: 12, weight: .light))
            Text(verbatim: "c")
                .font(Theme.caption)
""" in fs["Sources/App/Views/S.swift"]


def test_letter_spacing_is_tracking_wherever_text_modifiers_apply():
    src = screen("""\
Text("a").letterSpacing(1.5)
Button("b", action: { n = 1 }).letterSpacing(2)
Button(action: { n = 2 }) {
  Text("c")
}.letterSpacing(-0.5)
TextField(text: $s).letterSpacing(1.5).fontSize(14)
SecureField(text: $s).letterSpacing(f)
Toggle(isOn: $b, label: "d").letterSpacing(1.5)
Checkbox(isOn: $b, label: "e").letterSpacing(1.5)""", DECLS, STATES)
    fs = files(src)
    assert_parses(fs)
    out = fs["Sources/App/Views/S.swift"]
    expected = """\
            Text(verbatim: "a")
                .tracking(1.5)
            Button("b") { n = 1 }
                .tracking(2)
            Button {
                n = 2
            } label: {
                Text(verbatim: "c")
            }
            .tracking(-0.5)
            TextField("", text: $s)
                .tracking(1.5)
                .font(.system(size: 14))
            SecureField("", text: $s)
                .tracking(f)
            Toggle(isOn: $b) {
                Text(verbatim: "d")
                    .tracking(1.5)
            }
            Button {
                b.toggle()
            } label: {
                HStack {
                    Image(systemName: b ? "checkmark.square.fill" : "square")
                        .foregroundStyle(.tint)
                    Text(verbatim: "e")
                        .tracking(1.5)
                }
            }
            .buttonStyle(.plain)
"""
    assert expected in out, out


@pytest.mark.toolchains
def test_round2_features_are_known_to_the_swiftui_api_check(tmp_path):
    src = screen("""\
Divider(color: theme.fg, thickness: 2)
Divider(color: #FF0000)
Divider(thickness: 1)
Row {
  Divider(color: theme.fg, thickness: 1)
}
TextField(text: $s, placeholder: "p").submitLabel(.next).letterSpacing(1.5)
SecureField(text: $s).submitLabel(.done)
Text("a").fontWeight(.light).letterSpacing(-0.5).font(Font(size: 14, weight: .light))
Button("b", action: { n = 1 }).letterSpacing(1)
Toggle(isOn: $b, label: "t").letterSpacing(1)
Column(align: .leading) { Text("c") }.fillWidth().fillHeight()
Column(align: b ? .leading : .trailing) { Text("c") }.fillWidth()
Stack(align: .topLeading) { Text("d") }.weight(1)""", DECLS + THEME, STATES)
    _api_check_passes(tmp_path, src)


# ---- a stretched container keeps its content at its start / its own alignment ----------------

FILL_CASES = [
    # (xui, the frame lines SwiftUI gets)
    ("column_fill_height", "Column { Text(s) }.fillHeight()", ".frame(maxHeight: .infinity, alignment: .top)"),
    ("column_leading_fill_width", "Column(align: .leading) { Text(s) }.fillWidth()",
     ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("column_fill_width_centred", "Column { Text(s) }.fillWidth()", ".frame(maxWidth: .infinity)\n"),
    ("column_trailing_fill_both", "Column(align: .trailing) { Text(s) }.fillWidth().fillHeight()",
     ".frame(maxWidth: .infinity, alignment: .trailing)\n            .frame(maxHeight: .infinity, alignment: .top)"),
    ("row_fill_width", "Row { Text(s) }.fillWidth()", ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("row_fill_height_centred", "Row { Text(s) }.fillHeight()", ".frame(maxHeight: .infinity)\n"),
    ("row_bottom_fill_height", "Row(align: .bottom) { Text(s) }.fillHeight()",
     ".frame(maxHeight: .infinity, alignment: .bottom)"),
    ("stack_top_leading_fill_both", "Stack(align: .topLeading) { Text(s) }.fillWidth().fillHeight()",
     ".frame(maxWidth: .infinity, alignment: .leading)\n            .frame(maxHeight: .infinity, alignment: .top)"),
    ("stack_trailing_fill_height", "Stack(align: .trailing) { Text(s) }.fillHeight()",
     ".frame(maxHeight: .infinity)\n"),
    ("stack_centred", "Stack { Text(s) }.fillWidth().fillHeight()",
     ".frame(maxWidth: .infinity)\n            .frame(maxHeight: .infinity)\n"),
    ("weight_in_column", "Column { Text(s) }.weight(1)", ".frame(maxHeight: .infinity, alignment: .top)"),
    ("weight_in_row", "Row {\n  Column(align: .leading) { Text(s) }.weight(1)\n}",
     ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("weight_row_in_row", "Row {\n  Row { Text(s) }.weight(1)\n}", ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("weight_elsewhere", "Stack {\n  Column(align: .leading) { Text(s) }.weight(1)\n}",
     ".frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .topLeading)"),
    ("scroll_weight", 'Scroll {\n  Text(s)\n  Text("b")\n}.weight(1)', ".frame(maxHeight: .infinity, alignment: .top)"),
    ("scroll_horizontal_fill_width", "Scroll(axis: .horizontal) { Text(s) }.fillWidth()",
     ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("computed_column_align", "Column(align: b ? .leading : .trailing) { Text(s) }.fillWidth()",
     ".frame(\n                maxWidth: .infinity,\n"
     "                alignment: Alignment(horizontal: b ? .leading : .trailing, vertical: .center)\n            )"),
    ("computed_column_align_fill_height", "Column(align: b ? .leading : .trailing) { Text(s) }.fillHeight()",
     ".frame(maxHeight: .infinity, alignment: .top)"),
    ("computed_stack_align", "Stack(align: b ? .top : .bottom) { Text(s) }.fillHeight()",
     ".frame(maxHeight: .infinity, alignment: b ? .top : .bottom)"),
    # not containers: unchanged
    ("text_fill_width", "Text(s).fillWidth()", ".frame(maxWidth: .infinity, alignment: .leading)"),
    ("text_fill_width_text_align", "Text(s).textAlign(.trailing).fillWidth()",
     ".frame(maxWidth: .infinity, alignment: .trailing)"),
    ("button_fill_width", 'Button("x", action: { n = 1 }).fillWidth()', ".frame(maxWidth: .infinity)\n"),
    ("image_fill_height", 'Image("a").fillHeight()', ".frame(maxHeight: .infinity)\n"),
]


@pytest.mark.parametrize("name,xui,swift", FILL_CASES, ids=[c[0] for c in FILL_CASES])
def test_stretched_container_keeps_its_content_at_its_start(name, xui, swift):
    """xui (like Compose, ArkUI and flexbox) keeps a container stretched by fillWidth / fillHeight /
    weight laid out from the start of its main axis and at its own `align` on the cross axis;
    SwiftUI centres a stack in a larger frame unless the frame says `alignment:`."""
    fs = files(screen(xui, DECLS, STATES))
    out = fs["Sources/App/Views/S.swift"]
    assert swift in out, out
    assert_parses(fs)


def test_stretched_component_is_unchanged():
    """A component's body is out of sight at the call site: its frame gets no alignment."""
    fs = files(screen("Card().fillWidth()", DECLS + "component Card {\n  Column(align: .leading) { Text(\"c\") }\n}\n",
                      STATES))
    assert "Card()\n                .frame(maxWidth: .infinity)\n" in fs["Sources/App/Views/S.swift"]
