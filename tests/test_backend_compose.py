"""Jetpack Compose backend: table-style tests on small in-memory programs.

Every test compiles xui source with the front end and looks at the generated Kotlin.
The `toolchains` test also compiles the output with kotlinc + the Compose plugin
against the Compose Multiplatform desktop jars when they are installed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import LABEL_STYLE_SRC
from xui import ir
from xui.api import compile_text
from xui.backend import BuildOptions, header_text
from xui.catalog import ELEMENTS, MODIFIERS
from xui.lowering import ident, member_ident
from xui.targets.compose.backend import BACKEND, ComposeBackend, android_values_dir, kt_escape

ROOT = Path(__file__).resolve().parents[1]
PKG_DIR = "kotlin/com/example/app"
ID = ident("id")    # `id` may be renamed by the shared reserved list


def M(expected: str) -> str:
    """Expected Kotlin written with `id_` for a component member (parameter) named `id`."""
    return expected.replace("id_", member_ident("id"))


def K(expected: str) -> str:
    """Expected Kotlin written with `id_` for a field named `id`."""
    return expected.replace("id_", ID)


def program(src: str) -> ir.Program:
    r = compile_text(textwrap.dedent(src))
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.program


def generate(src: str, **opts):
    backend = ComposeBackend(BuildOptions(**opts))
    return backend.run(program(src))


def files(src: str, **opts) -> dict[str, str]:
    res = generate(src, **opts)
    assert not res.diagnostics, [str(d) for d in res.diagnostics]
    return {f.path: f.content for f in res.files}


def component(src: str, name: str = "Main", **opts) -> str:
    return files(src, **opts)[f"{PKG_DIR}/{name}.kt"]


def screen(body: str, decls: str = "", params: str = "", kind: str = "screen") -> str:
    """The Kotlin of `screen Main(params) { body }` (plus declarations)."""
    src = decls + f"\n{kind} Main{('(' + params + ')') if params else ''} {{\n{textwrap.dedent(body)}\n}}\n"
    return component(src)


# ---- interface ----------------------------------------------------------------------------

def test_registry_and_tables_cover_the_catalog():
    assert BACKEND is ComposeBackend
    assert set(ComposeBackend.ELEMENTS) == set(ELEMENTS)
    assert set(ComposeBackend.MODIFIERS) == set(MODIFIERS)


def _node_kinds() -> set[str]:
    kinds: set[str] = set()
    for cls in vars(ir).values():
        if isinstance(cls, type) and issubclass(cls, ir.Node):
            for disc in ("node", "action", "view"):
                f = cls.model_fields.get(disc)
                if f is not None and isinstance(f.default, str):
                    kinds.add(f.default)
    return kinds


def test_every_ir_node_kind_is_declared():
    missing = _node_kinds() - set(ComposeBackend.NODES) - set(ComposeBackend.UNSUPPORTED)
    assert not missing


# ---- expressions -----------------------------------------------------------------------------

EXPRESSIONS = [
    # (xui expression, type, expected Kotlin)
    ('"plain"', "String", '"plain"'),
    ("42", "Int", "42"),
    ("2.5", "Float", "2.5"),
    ("true", "Bool", "true"),
    ("#3366FF", "Color", "Color(0xFF3366FF)"),
    ("#803366FF", "Color", "Color(0x803366FF)"),
    ("7 / 2", "Int", "7 / 2"),
    ("(1 + 2) * 3", "Int", "(1 + 2) * 3"),
    ("1 + 2 * 3", "Int", "1 + 2 * 3"),
    ("-(1 - 2)", "Int", "-(1 - 2)"),
    ("!(1 < 2)", "Bool", "!(1 < 2)"),
    ("1 < 2 && 3 >= 4 || false", "Bool", "1 < 2 && 3 >= 4 || false"),
    ("1 == 1 ? 2 : 3", "Int", "if (1 == 1) 2 else 3"),
    ("n + 1", "Int", "n + 1"),
    ("n * 1.5", "Float", "n.toDouble() * 1.5"),
    ('"a{n}b"', "String", '"a${n}b"'),
    ('"a {n} b"', "String", '"a $n b"'),
    ('"v{f}"', "String", '"v$f"'),
    ('"{s.uppercased()}!"', "String", '"${s.uppercase()}!"'),
    ("s.count", "Int", "s.length"),
    ("s.isEmpty", "Bool", "s.isEmpty()"),
    ("s.trimmed().lowercased()", "String", "s.trim().lowercase()"),
    ('s.contains("x")', "Bool", 's.contains("x")'),
    ("f.formatted(decimals: 2)", "String", 'String.format(Locale.ROOT, "%.2f", f)'),
    ("n.formatted()", "String", "n.toString()"),
    ("xs.count", "Int", "xs.size"),
    ("xs.isEmpty", "Bool", "xs.isEmpty()"),
    ("xs.first ?? 0", "Int", "xs.firstOrNull() ?: 0"),
    ("xs.last ?? 0", "Int", "xs.lastOrNull() ?: 0"),
    ("xs.contains(3)", "Bool", "xs.contains(3)"),
    ("xs.count(where: it > 1)", "Int", "xs.count { it > 1 }"),
    ("xs.filter(where: it > 1).count", "Int", "xs.filter { it > 1 }.size"),
    ("xs.any(where: it == 2)", "Bool", "xs.any { it == 2 }"),
    ("xs.map(it * 2).count", "Int", "xs.map { it * 2 }.size"),
    ("xs[0]", "Int", "xs[0]"),
    ("[1, 2]", "[Int]", "listOf(1, 2)"),
    ("[]", "[Int]", "emptyList<Int>()"),
    ("maybe ?? \"none\"", "String", 'maybe ?: "none"'),
    ("p.name", "String", "p.name"),
    ('P(name: "x")', "P", 'P(name = "x")'),
    ('P(name: "x", age: 4)', "P", 'P(name = "x", age = 4)'),
    ("Font(size: 17, weight: .bold)", "Font", "TextStyle(fontSize = 17.sp, fontWeight = FontWeight.Bold)"),
    ("Mood.happy", "Mood", "Mood.Happy"),
    ('"{m}"', "String", '"${m.label}"'),
    ("theme.gap", "Float", "AppTheme.gap"),
]

DECLS = """
model P {
  name: String
  age: Int = 3
}
enum Mood { happy, sad }
theme {
  space gap = 4
}
"""


@pytest.mark.parametrize("expr,typ,expected", EXPRESSIONS, ids=[e[0] for e in EXPRESSIONS])
def test_expression(expr, typ, expected):
    out = screen(f"""
      state n: Int = 1
      state f: Float = 1.5
      state s: String = "s"
      state xs: [Int] = []
      state maybe: String? = nil
      state p: P = P(name: "p")
      state m: Mood = .sad
      let probe: {typ} = {expr}
      Text("x")
    """, DECLS)
    assert f"val probe = {expected}\n" in out or f"val probe = remember {{ {expected} }}\n" in out, out


def test_string_key_reads_local_strings():
    out = component("""
    strings { hello = "Hello" }
    strings de { hello = "Hallo" }
    screen Main { Text(strings.hello) }
    """)
    assert "val strings = LocalStrings.current" in out
    assert "Text(strings.hello" in out


# ---- escaping -------------------------------------------------------------------------------

ESCAPES = [
    ('"say \\"hi\\""', r'"say \"hi\""'),
    ('"back\\\\slash"', r'"back\\slash"'),
    ('"cost \\$5 and \\$\\{x\\}"', r'"cost \$5 and \${x}"'),
    ('"swift \\\\(x)"', r'"swift \\(x)"'),
    ('"brace \\{ \\}"', '"brace { }"'),
    ('"line\\nbreak\\ttab"', r'"line\nbreak\ttab"'),
    ('"emoji 👍🏽 👨‍👩‍👧"', '"emoji 👍🏽 👨‍👩‍👧"'),
    ('"中文 日本語"', '"中文 日本語"'),
    ('"שלום עולם"', '"שלום עולם"'),
    ('"rtl \\u{202E}mark"', r'"rtl \u202Emark"'),
    ('"nul \\0"', r'"nul \u0000"'),
]


@pytest.mark.parametrize("lit,expected", ESCAPES, ids=[e[0] for e in ESCAPES])
def test_string_escaping(lit, expected):
    out = screen(f"Text({lit})")
    assert f"Text({expected}, modifier = modifier)" in out, out


def test_interpolation_escaping_and_template_boundaries():
    out = screen('''
      state n: Int = 1
      Text("\\${n} = {n}x \\$ {n}_")
    ''')
    # `$n` must not swallow a following identifier character
    assert r'Text("\$$n = ${n}x \$ ${n}_"' in out, out


def test_kt_escape_helpers():
    assert kt_escape("$") == "\\$"
    assert kt_escape("\U0001F600") == "\U0001F600"
    assert kt_escape("\u2066") == "\\u2066"
    assert kt_escape("\x7f") == "\\u007F"


def test_strings_xml_escaping_and_locale_dirs():
    out = files('''
    strings {
      a = "It's \\"quoted\\" & <b> @ 100%"
      b = "?q\\nline"
    }
    strings zh-Hans { a = "中文" }
    strings pt-BR { a = "Olá" }
    screen Main { Text(strings.a) }
    ''')
    base = out["res/values/strings.xml"]
    assert base.startswith("<!-- Generated by xui")
    assert '<string name="a" formatted="false">It\\\'s \\"quoted\\" &amp; &lt;b&gt; @ 100%</string>' in base
    assert '<string name="b">\\?q\\nline</string>' in base
    assert "res/values-b+zh+Hans/strings.xml" in out
    assert "res/values-pt-rBR/strings.xml" in out
    assert android_values_dir("de") == "values-de"
    kt = out[f"{PKG_DIR}/Strings.kt"]
    assert "val zhHans = AppStrings(" in kt and "val ptBr = AppStrings(" in kt
    assert "b = base.b," in kt          # missing translations fall back to the default table


# ---- reserved identifiers -----------------------------------------------------------------

RESERVED_SRC = """
model Thing {
  default: Int
  object: String
  when: Bool = false
}
enum Kind { is, in }
component Row2(fun: String, val: Binding<String>, onClass: (Int) -> Void) {
  Column {
    Text(fun)
    TextField(text: $val)
    Button("go", action: { onClass(1) })
  }
}
screen Main(struct: Int = 1) {
  state protocol: String = ""
  state build: [Thing] = []
  state class: Kind = .is
  let delete = build.count + struct
  Column {
    Row2(fun: "f", val: $protocol, onClass: { in -> protocol = "{in}" })
    Text("{delete} {class}")
    Button("add", action: {
      build.append(Thing(default: 1, object: "o"))
      build[0].when = true
    })
  }
}
"""


def test_reserved_identifiers_are_renamed_with_ident():
    """Fields, types and locals go through `ident`, component members through `member_ident`."""
    out = files(RESERVED_SRC)
    models = out[f"{PKG_DIR}/Models.kt"]
    main = out[f"{PKG_DIR}/Main.kt"]
    row = out[f"{PKG_DIR}/Row2.kt"]
    m = member_ident
    for name in ("default", "object", "when"):
        assert f"val {ident(name)}:" in models
    assert 'Is("is")' in models and 'In("in")' in models
    assert f"fun Row2(\n    {m('fun')}: String,\n    {m('val')}: String,\n" in row
    assert "onValChange: (String) -> Unit" in row
    assert f"var {m('protocol')} by rememberSaveable" in main
    assert f"var {m('build')} by remember" in main
    assert f"var {m('class')} by rememberSaveable" in main
    assert f"val {m('delete')} = {m('build')}.size + {m('struct')}" in main
    assert f"{{ {ident('in')} -> {m('protocol')} = " in main
    assert f"it[0].copy({ident('when')} = true)" in main
    assert f"Thing({ident('default')} = 1, {ident('object')} = \"o\")" in main
    for kw in ("fun", "val", "when", "object", "class", "in", "is", "build", "modifier"):
        assert member_ident(kw) != kw


# ---- views and modifiers ------------------------------------------------------------------

VIEWS = [
    ("Column(spacing: 8, align: .leading) { Text(\"a\") }",
     ["Column(", "verticalArrangement = Arrangement.spacedBy(8.dp)", "horizontalAlignment = Alignment.Start"]),
    ("Row { Text(\"a\")\n Spacer()\n Text(\"b\") }",
     ["verticalAlignment = Alignment.CenterVertically", "Spacer(Modifier.weight(1f))"]),
    ("Stack(align: .bottomTrailing) { Text(\"a\") }", ["Box(", "contentAlignment = Alignment.BottomEnd"]),
    ("Scroll { Column { Text(\"a\") } }", ["Column(", "modifier = modifier.verticalScroll(rememberScrollState())"]),
    ("Scroll(axis: .horizontal) { Text(\"a\") }",
     ["Row(\n        modifier = modifier.horizontalScroll(rememberScrollState()),\n"
      "        verticalAlignment = Alignment.CenterVertically,\n    ) {"]),
    ("Image(\"hero\", contentMode: .fill, description: \"Hero\")",
     ["painter = LocalImageResolver.current.painter(\"hero\")", "contentDescription = \"Hero\"",
      "contentScale = ContentScale.Crop"]),
    ("Image(\"deco\")", ["contentDescription = null", "contentScale = ContentScale.Fit"]),
    ("Progress()", ["CircularProgressIndicator(modifier = modifier)"]),
    ("Progress(value: 0.5)", ["LinearProgressIndicator(progress = { 0.5f }, modifier = modifier)"]),
    ("Column { Divider() }", ["HorizontalDivider()"]),
    ("Row { Divider() }", ["VerticalDivider()"]),
    ("Text(\"t\").font(Font(size: 20, weight: .semibold)).foreground(#FF0000).textAlign(.center).lineLimit(1)",
     ["color = Color(0xFFFF0000)", "textAlign = TextAlign.Center", "overflow = TextOverflow.Ellipsis",
      "maxLines = 1", "style = TextStyle(fontSize = 20.sp, fontWeight = FontWeight.SemiBold)"]),
    ("Text(\"t\").fontSize(14).fontWeight(.medium)", ["fontSize = 14.sp", "fontWeight = FontWeight.Medium"]),
    ("Text(\"t\").padding(8).background(#FFFFFF).cornerRadius(4).margin(2).frame(width: 10, height: 20)",
     [".padding(2.dp)\n", ".size(10.dp, 20.dp)", ".clip(RoundedCornerShape(4.dp))",
      ".background(Color(0xFFFFFFFF))", ".padding(8.dp),"]),
    ("Text(\"t\").padding(top: 1, leading: 2).frame(width: 3).fillHeight()",
     [".padding(start = 2.dp, top = 1.dp)", ".width(3.dp)", ".fillMaxHeight()"]),
    ("Text(\"t\").padding(horizontal: 4).frame(height: 3).fillWidth()",
     [".padding(horizontal = 4.dp)", ".height(3.dp)", ".fillMaxWidth()"]),
    ("Text(\"t\").border(width: 1, color: #000000, radius: 6).opacity(0.5)",
     [".alpha(0.5f)", ".border(1.dp, Color(0xFF000000), RoundedCornerShape(6.dp))"]),
    ("Text(\"t\").accessibilityLabel(\"Label\")", ["semantics { contentDescription = \"Label\" }"]),
    ("Column { Text(\"t\").weight(2) }", ["Modifier.weight(2f)"]),
    ("Text(\"t\").visible(false)", ["if (false) {\n        Text("]),
    ("Text(\"t\").onTap { }", ["modifier.clickable {}"]),
    ("Text(\"t\").onAppear { }", ["LaunchedEffect(Unit) {}"]),
    ("Text(\"t\").onAppear { }.onDisappear { }", ["DisposableEffect(Unit) {\n        onDispose {}\n    }"]),
    ("Button(\"Go\", action: { }).disabled(true).foreground(#00FF00)",
     ["Button(onClick = {}, modifier = modifier, enabled = false) {", "Text(\"Go\", color = Color(0xFF00FF00))"]),
    ("Button(action: { }) { Text(\"child\") }", ["Button(onClick = {}, modifier = modifier) {", "Text(\"child\")"]),
]


@pytest.mark.parametrize("body,expected", VIEWS, ids=[v[0][:40] for v in VIEWS])
def test_view(body, expected):
    out = screen(body)
    for e in expected:
        assert e in out, (e, out)


STATEFUL_VIEWS = [
    ("TextField(text: $s, placeholder: \"p\", keyboard: .email)",
     ["TextField(", "value = s", "onValueChange = { s = it }", "placeholder = { Text(\"p\") }",
      "keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Email)", "singleLine = true"]),
    ("SecureField(text: $s)", ["visualTransformation = PasswordVisualTransformation()",
                               "keyboardType = KeyboardType.Password"]),
    ("TextField(text: $s).fontSize(18).foreground(#112233)",
     ["textStyle = LocalTextStyle.current.copy(color = Color(0xFF112233), fontSize = 18.sp)"]),
    ("Toggle(isOn: $b, label: \"On\")", ["Text(\"On\", modifier = Modifier.weight(1f))",
                                        "Switch(checked = b, onCheckedChange = { b = it })"]),
    ("Toggle(isOn: b, onChange: { v -> b = !v })", ["Switch(checked = b, onCheckedChange = { v -> b = !v }"]),
    ("Checkbox(isOn: $b, label: \"C\")", ["Checkbox(checked = b, onCheckedChange = { b = it })", "Text(\"C\")"]),
    ("Slider(value: $x, min: 0, max: 10, step: 2)",
     ["value = x.toFloat()", "onValueChange = { x = it.toDouble() }", "valueRange = 0f..10f", "steps = 4"]),
    ("Slider(value: $x)", ["Slider(value = x.toFloat(), onValueChange = { x = it.toDouble() }"]),
]


@pytest.mark.parametrize("body,expected", STATEFUL_VIEWS, ids=[v[0][:40] for v in STATEFUL_VIEWS])
def test_stateful_view(body, expected):
    out = screen(f"""
      state s: String = ""
      state b: Bool = false
      state x: Float = 0
      {body}
    """)
    for e in expected:
        assert e in out, (e, out)


def test_state_declarations():
    out = screen("""
      state n: Int = 0
      state f: Float = 1
      state s: String = "x"
      state o: String? = nil
      state xs: [Int] = [1]
      state c: Color = #FFFFFF
      Text("{n}{f}{s}{xs.count}").foreground(c)
    """)
    assert "var n by rememberSaveable { mutableIntStateOf(0) }" in out
    assert "var f by rememberSaveable { mutableDoubleStateOf(1.0) }" in out
    assert 'var s by rememberSaveable { mutableStateOf("x") }' in out
    assert "var o by rememberSaveable { mutableStateOf<String?>(null) }" in out
    assert "var xs by remember { mutableStateOf(listOf(1)) }" in out
    assert "var c by remember { mutableStateOf(Color(0xFFFFFFFF)) }" in out


LIST_SRC = """
model Item {
  id: Int
  name: String
  tags: [String] = []
}
screen Main {
  state items: [Item] = []
  state names: [String] = []
  Column {
    List(items, key: .id, spacing: 4) { item ->
      Text(item.name)
    }
    List(items, key: .id) { item, i ->
      Text("{i}: {item.name}")
    }
    Grid(items, key: .id, columns: 3, spacing: 2) { item ->
      Text(item.name)
    }
    ForEach(names, key: .self) { n ->
      Text(n)
    }
    ForEach(items, key: .id) { item, i ->
      Text("{i}")
    }
  }
}
"""


def test_collections_use_stable_keys():
    out = component(LIST_SRC)
    assert K("LazyColumn(verticalArrangement = Arrangement.spacedBy(4.dp)) {") in out
    assert K("items(items, key = { it.id_ }) { item ->") in out
    assert K("itemsIndexed(items, key = { _, item -> item.id_ }) { i, item ->") in out
    assert K("columns = GridCells.Fixed(3)") in out
    assert K("import androidx.compose.foundation.lazy.grid.items") in out
    assert K("for (n in names) {\n") in out and K("key(n) {") in out
    assert K("for ((i, item) in items.withIndex()) {") in out and K("key(item.id_) {") in out


ACTIONS = [
    ("n = 1", "n = 1"),
    ("n += 2", "n += 2"),
    ("n /= 2", "n /= 2"),
    ("s = s + \"!\"", 's = s + "!"'),
    ("items.append(It(id: 1, done: false))", "items = items + It(id_ = 1, done = false)"),
    ("items.insert(It(id: 2, done: true), at: 0)",
     "items = items.toMutableList().also { it.add(0, It(id_ = 2, done = true)) }"),
    ("items.remove(at: 0)", "items = items.toMutableList().also { it.removeAt(0) }"),
    ("items.removeAll(where: it.done)", "items = items.filterNot { it.done }"),
    ("items.removeAll()", "items = emptyList()"),
    ("items[n].done = true", "items = items.toMutableList().also { it[n] = it[n].copy(done = true) }"),
    ("items[0].tags.append(\"x\")",
     'items = items.toMutableList().also { it[0] = it[0].copy(tags = it[0].tags + "x") }'),
    ("items[0].id += 1", "items = items.toMutableList().also { it[0] = it[0].copy(id_ = it[0].id_ + 1) }"),
    ("let k = n * 2\n n = k", "val k = n * 2"),
    ("if n > 1 { n = 0 } else if n < 0 { n = 1 } else { n = 2 }",
     "if (n > 1) {\n            n = 0\n        } else if (n < 0) {\n            n = 1\n        } else {\n"
     "            n = 2\n        }"),
    ("onDone(n)", "onDone(n)"),
    ("native { compose: \"println(n)\" }", "println(n)"),
]


@pytest.mark.parametrize("stmt,expected", ACTIONS, ids=[a[0][:40] for a in ACTIONS])
def test_action(stmt, expected):
    out = screen(f"""
      state n: Int = 0
      state s: String = ""
      state items: [It] = []
      Button("b", action: {{
        {stmt}
      }})
    """, "model It {\n  id: Int\n  done: Bool\n  tags: [String] = []\n}\n", "onDone: (Int) -> Void", kind="component")
    assert " ".join(K(expected).split()) in " ".join(out.split()), out


def test_binding_params_are_hoisted_state():
    out = files("""
    component Editor(text: Binding<String>) {
      Column {
        TextField(text: $text)
        Button("clear", action: { text = "" })
      }
    }
    screen Main {
      state draft: String = ""
      Editor(text: $draft)
    }
    """)
    editor = out[f"{PKG_DIR}/Editor.kt"]
    main = out[f"{PKG_DIR}/Main.kt"]
    assert "fun Editor(text: String, onTextChange: (String) -> Unit, modifier: Modifier = Modifier)" in editor
    assert "onValueChange = onTextChange" in editor
    assert 'onClick = { onTextChange("") }' in editor
    assert "Editor(text = draft, onTextChange = { draft = it }, modifier = modifier)" in main


def test_component_call():
    out = files("""
    component Card(title: String = "T", onTap: () -> Void) {
      Text(title).onTap { onTap() }
    }
    screen Main {
      Column {
        Card(title: "x", onTap: { }).padding(4).weight(1)
      }
    }
    """)
    card = out[f"{PKG_DIR}/Card.kt"]
    assert 'fun Card(title: String = "T", onTap: () -> Unit, modifier: Modifier = Modifier)' in card
    assert "modifier.clickable { onTap() }" in card
    main = out[f"{PKG_DIR}/Main.kt"]
    assert 'Card(\n            title = "x",\n            onTap = {},\n' in main
    assert ".weight(1f)" in main and ".padding(4.dp)" in main


def test_navigation():
    out = files("""
    screen Home {
      Button("next", action: { navigate(Detail(id: 3)) })
    }
    screen Detail(id: Int, title: String = "D") {
      Button("back", action: { back() })
    }
    """)
    nav = out[f"{PKG_DIR}/Navigation.kt"]
    assert "sealed interface Route {" in nav
    assert "data object Home : Route" in nav
    assert M('data class Detail(val id_: Int, val title: String = "D") : Route') in nav
    assert M("is Route.Detail -> Detail(id_ = route.id_, title = route.title, modifier = modifier)") in nav
    assert "Route.Home -> Home(modifier = modifier)" in nav
    assert M('navigator.navigate(Route.Detail(id_ = 3))') in out[f"{PKG_DIR}/Home.kt"]
    assert "navigator.back()" in out[f"{PKG_DIR}/Detail.kt"]
    assert "val navigator = LocalNavigator.current" in out[f"{PKG_DIR}/Home.kt"]


def test_navigator_local_avoids_member_names():
    out = files("""
    screen A {
      state navigator: Int = 0
      Button("x", action: {
        navigator += 1
        navigate(B())
      })
    }
    screen B { Button("b", action: { back() }) }
    """)[f"{PKG_DIR}/A.kt"]
    assert "val appNavigator = LocalNavigator.current" in out
    assert "appNavigator.navigate(Route.B)" in out and "navigator += 1" in out


def test_theme_object():
    out = files("""
    theme {
      color primary = #3366FF
      space gap = 8
      font title = Font(size: 22, weight: .bold)
    }
    screen Main { Text("x").foreground(theme.primary).padding(theme.gap).font(theme.title) }
    """)
    theme = out[f"{PKG_DIR}/Theme.kt"]
    assert "object AppTheme {" in theme
    assert "val primary: Color = Color(0xFF3366FF)" in theme
    assert "val gap: Double = 8.0" in theme
    assert "val title: TextStyle = TextStyle(fontSize = 22.sp, fontWeight = FontWeight.Bold)" in theme
    main = out[f"{PKG_DIR}/Main.kt"]
    assert "AppTheme.gap.dp" in main and "style = AppTheme.title" in main


def test_native_view_verbatim():
    out = screen('Column {\n native {\n compose: """Text("native")"""\n swiftui: """Text("s")"""\n }\n}')
    assert 'Text("native")' in out


# ---- files, header, options ------------------------------------------------------------------

def test_headers_layout_and_package():
    res = generate(RESERVED_SRC + '\nstrings { hi = "Hi" }\n', kotlin_package="org.demo.ui", app_name="Demo")
    paths = [f.path for f in res.files]
    assert paths == sorted(paths)
    assert "kotlin/org/demo/ui/Main.kt" in paths and "kotlin/org/demo/ui/Models.kt" in paths
    for f in res.files:
        first = f.content.split("\n", 1)[0]
        if f.path.endswith(".kt"):
            assert first == "// " + header_text(list(f.sources))
            assert "\npackage org.demo.ui\n" in f.content
        else:
            assert first == "<!-- " + header_text(list(f.sources)) + " -->"
        assert f.has_header
        assert "\t" not in f.content and not any(l != l.rstrip() for l in f.content.split("\n"))


def test_no_unused_imports():
    for content in files(LIST_SRC).values():
        imports = [l.split()[1] for l in content.split("\n") if l.startswith("import ")]
        body = "\n".join(l for l in content.split("\n") if not l.startswith("import "))
        for imp in imports:
            name = imp.rsplit(".", 1)[1]
            if name in ("getValue", "setValue"):     # used by `by` delegation
                continue
            assert name in body, (imp, content)


def test_source_comments():
    src = 'screen Main {\n  Column {\n    Text("a")\n  }\n}\n'
    out = component(src, source_comments=True)
    assert "// xui: input.xui:2\n    Column" in out
    assert "// xui: input.xui:3\n        Text" in out
    assert "// xui:" not in component(src)


def test_unsupported_constructs_are_reported_with_a_span():
    res = generate('screen Main {\n  Column {\n    native { swiftui: "Text(\\"x\\")" }\n  }\n}\n')
    assert [d.code.code if hasattr(d.code, "code") else d.code for d in res.diagnostics]
    d = res.diagnostics[0]
    assert "E0401" in str(d.code) and d.span is not None and d.span.line == 3
    res = generate('screen Main {\n  Text("x").weight(1)\n}\n')
    assert res.diagnostics and "E0401" in str(res.diagnostics[0].code) and res.diagnostics[0].span.line == 2


def test_deterministic_across_runs_and_hash_seeds():
    first = {f.path: f.content for f in generate(RESERVED_SRC).files}
    second = {f.path: f.content for f in generate(RESERVED_SRC).files}
    assert first == second
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(ROOT)!r})
        from xui.api import compile_text
        from xui.targets.compose.backend import ComposeBackend
        p = compile_text({RESERVED_SRC!r}).program
        print(json.dumps({{f.path: f.content for f in ComposeBackend().run(p).files}}))
    """)
    import json
    for seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                             check=True, cwd=ROOT)
        assert json.loads(out.stdout) == first


def test_samples_generate_without_diagnostics():
    from xui.api import compile_paths
    r = compile_paths([str(ROOT / "samples")])
    assert r.ok
    res = ComposeBackend().run(r.program)
    assert not res.diagnostics, [str(d) for d in res.diagnostics]


def test_more_unsupported_constructs():
    res = generate('screen Main {\n  Column {\n    Text("x")\n  }\n  .disabled(true)\n}\n')
    assert res.diagnostics and res.diagnostics[0].span.line == 5
    res = generate('model Switch {\n  on: Bool\n}\nscreen Main {\n  Text("x")\n}\n')
    assert res.diagnostics and "Switch" in res.diagnostics[0].message and res.diagnostics[0].span.line == 1
    res = generate('screen Main {\n  Button(action: { }) {\n    Text("x")\n  }\n  .foreground(#FF0000)\n}\n')
    assert res.diagnostics and res.diagnostics[0].span.line == 2


def test_list_item_with_several_views_is_a_column():
    out = component(LIST_SRC.replace("""    List(items, key: .id, spacing: 4) { item ->
      Text(item.name)
    }""", """    List(items, key: .id, spacing: 4) { item ->
      Text(item.name)
      Spacer()
    }"""))
    assert "items(items, key = { it.id }) { item ->\n                Column {" in out.replace("id_", "id")
    assert "Spacer(Modifier.weight(1f))" in out


# Every element, most modifiers, every action, navigation, theme and strings in one program.
KITCHEN_SINK = 'model Item {\n  id: Int\n  name: String\n  done: Bool = false\n  tags: [String] = []\n  price: Float = 0\n}\nenum Mode { list, grid }\ntheme {\n  color accent = #FF3366FF\n  space gap = 8\n  radius round = 12\n  size icon = 24\n  font head = Font(size: 20, weight: .semibold)\n}\nstrings {\n  title = "Kitchen \\"sink\\" $1 \\{x\\} 100%"\n  ok = "OK"\n}\nstrings de-DE {\n  title = "Küche"\n}\n\ncomponent Field(value: Binding<String>, label: String = "") {\n  Column(spacing: 2, align: .trailing) {\n    Text(label).lineLimit(1).textAlign(.trailing)\n    TextField(text: $value, placeholder: label, keyboard: .number)\n      .lineLimit(3)\n      .foreground(theme.accent)\n    SecureField(text: $value)\n    Button("clear", action: { value = "" })\n  }\n}\n\ncomponent Tile(item: Item, onPick: (Int) -> Void) {\n  Stack(align: .topLeading) {\n    Image("tile", description: "Tile {item.name}")\n      .frame(width: theme.icon, height: theme.icon)\n    Text(item.name).font(theme.head).opacity(0.8)\n  }\n  .border(width: 1, color: theme.accent)\n  .onTap { onPick(item.id) }\n}\n\nscreen Sink(start: Int = 0, label: String = "L") {\n  state items: [Item] = [Item(id: 1, name: "a")]\n  state mode: Mode = .list\n  state text: String = ""\n  state on: Bool = true\n  state level: Float = 0.5\n  state count: Int = 0\n  state picked: Int? = nil\n  let total = items.count(where: it.done) + start\n  let names = items.map(it.name)\n  let avg = items.isEmpty ? 0.0 : level / 2\n\n  Column(spacing: theme.gap) {\n    Text("{total} {names.count} {avg} {mode} {level.formatted(decimals: 1)} {count.formatted()}")\n      .font(Font(size: 12 + 2, weight: .regular))\n      .margin(horizontal: 4)\n      .padding(top: 2, bottom: 3, trailing: 1)\n      .visible(on)\n      .onAppear { count += 1 }\n      .onDisappear { count -= 1 }\n      .accessibilityLabel(strings.title)\n    Field(value: $text, label: strings.ok)\n    Toggle(isOn: on, onChange: { v -> on = v }).disabled(count > 3)\n    Checkbox(isOn: $on)\n    Slider(value: $level, min: 0, max: 2, step: 0.25)\n    Progress(value: level / 2)\n    Scroll(axis: .horizontal) {\n      ForEach(items, key: .id) { item ->\n        Tile(item: item, onPick: { id -> picked = id })\n        Spacer()\n      }\n    }\n    Row {\n      Button(action: { mode = mode == .list ? .grid : .list }) {\n        Text("toggle")\n        Spacer()\n      }\n      Divider()\n      Button("nav", action: { navigate(Other(n: count)) })\n    }\n    if mode == .list {\n      List(items, key: .id) { item, i ->\n        Text(item.name).onTap { items[i].done = !item.done }\n        Row {\n          Text("{i}")\n          Spacer()\n        }\n      }\n      .fillHeight()\n      .weight(1)\n    } else if mode == .grid {\n      Grid(items, key: .id, columns: 3) { item, i ->\n        Text(item.name).background(theme.accent).cornerRadius(theme.round).border(width: 2, color: #000000, radius: 4)\n      }\n    } else {\n      Text("none")\n    }\n    Button("ops", action: {\n      items.append(Item(id: count, name: "n{count}"))\n      items.insert(Item(id: -count, name: "m"), at: 0)\n      items[0].tags.append("t")\n      items[0].price *= 1.5\n      items.remove(at: 0)\n      items.removeAll(where: it.done && it.tags.contains("x"))\n      if items.count > 10 {\n        items.removeAll()\n      }\n      picked = items.isEmpty ? nil : 1\n      count /= 2\n      count = count % 3 - -1\n      text += "x"\n      native {\n        compose: """println(count)"""\n      }\n    })\n  }\n}\n\nscreen Other(n: Int) {\n  Column {\n    Text("{n}").fontSize(theme.gap * 2).fontWeight(.bold).foreground(#80FF0000)\n    Button("back", action: { back() })\n  }\n  .fillWidth()\n  .background(#EEEEEE)\n}\n'


def test_kitchen_sink_generates_cleanly():
    out = files(KITCHEN_SINK)
    sink = out[f"{PKG_DIR}/Sink.kt"]
    assert "DisposableEffect(Unit) {" in sink and "onDispose { count -= 1 }" in sink
    assert "println(count)" in sink
    assert 'Item(id = count, name = "n$count")'.replace("id =", f"{ident('id')} =") in sink


# ---- real compile (kotlinc + Compose plugin) -------------------------------------------------

@pytest.mark.toolchains
def test_generated_code_compiles_with_kotlinc(tmp_path):
    """All samples + the reserved-name and collection programs, in one kotlinc call."""
    from xui.api import compile_paths
    from xui.verify import toolchains
    from xui.verify.compose import check_compose
    programs = {"samples": compile_paths([str(ROOT / "samples")]).program,
                "reserved": program(RESERVED_SRC + '\nstrings { hi = "Hi \\$\\{x\\} \\"q\\" \\\\ 中 👍 \\n" }\n'),
                "lists": program(LIST_SRC),
                "sink": program(KITCHEN_SINK),
                "scroll": program(SCROLL_SRC)}
    for name, prog in programs.items():
        res = ComposeBackend(BuildOptions(kotlin_package=f"t.{name}", source_comments=True)).run(prog)
        assert not res.diagnostics, [str(d) for d in res.diagnostics]
        for f in res.files:
            p = tmp_path / name / f.path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(f.content, encoding="utf-8")
    try:
        result = check_compose(tmp_path)
    except toolchains.ToolchainMissing as e:
        pytest.skip(str(e))
    assert result.ok, "\n".join(str(d) for d in result.diagnostics)


# ---- italic, min/max frames, shadow, tint, selectable ------------------------------------------

def test_new_modifiers_exact_code():
    out = screen("""
      state c: Color = #FF336699
      state w: Float = 40
      state s: String = ""
      Column {
        Text("a").italic().fontWeight(.bold)
        TextField(text: $s).italic()
        Text("c").frame(width: 100, height: 20)
        Text("d").frame(minWidth: 50, maxWidth: w)
        Text("e").frame(width: 100, minWidth: 120, maxHeight: 60)
        Column { Text("f") }.background(#FFFFFF).cornerRadius(8).shadow(radius: 4)
        Column { Text("g") }.shadow(6, color: c)
        Image("icon").tint(#80FF0000)
        Row {
          Text("h").selectable().weight(1).padding(4)
        }
      }
    """)
    for expected in [
        'Text("a", fontStyle = FontStyle.Italic, fontWeight = FontWeight.Bold)',
        "textStyle = LocalTextStyle.current.copy(fontStyle = FontStyle.Italic),",
        'Text("c", modifier = Modifier.size(100.dp, 20.dp))',
        'Text("d", modifier = Modifier.widthIn(min = 50.dp, max = w.dp))',
        """\
        Text(
            "e",
            modifier = Modifier
                .widthIn(min = 120.dp)
                .heightIn(max = 60.dp)
                .width(100.dp),
        )""",
        """\
            modifier = Modifier
                .shadow(4.dp, RoundedCornerShape(8.dp))
                .clip(RoundedCornerShape(8.dp))
                .background(Color(0xFFFFFFFF)),""",
        "modifier = Modifier.shadow(6.dp, ambientColor = c, spotColor = c),",
        """\
        Image(
            painter = LocalImageResolver.current.painter("icon"),
            contentDescription = null,
            contentScale = ContentScale.Fit,
            colorFilter = ColorFilter.tint(Color(0x80FF0000)),
        )""",
        """\
            SelectionContainer(modifier = Modifier.weight(1f)) {
                Text("h", modifier = Modifier.padding(4.dp))
            }""",
    ]:
        assert expected in out, (expected, out)
    for imp in ("androidx.compose.ui.text.font.FontStyle", "androidx.compose.foundation.layout.widthIn",
                "androidx.compose.foundation.layout.heightIn", "androidx.compose.ui.draw.shadow",
                "androidx.compose.ui.graphics.ColorFilter",
                "androidx.compose.foundation.text.selection.SelectionContainer"):
        assert f"import {imp}\n" in out, imp


def test_placeholder_color_is_the_color_of_the_placeholder_text():
    """`.placeholderColor` colors the Text in the TextField's placeholder slot (theme tokens,
    literal colors, state values; the last one wins); without a placeholder there is no slot."""
    out = screen("""
      state c: Color = #FF336699
      state s: String = ""
      Column {
        TextField(text: $s, placeholder: strings.email, keyboard: .email).placeholderColor(theme.muted)
        SecureField(text: $s, placeholder: "Password").placeholderColor(#80FF0000).foreground(c)
        TextField(text: $s, placeholder: "Search").placeholderColor(c).placeholderColor(#FF0000)
        TextField(text: $s).placeholderColor(c)
      }
    """, decls='theme {\n  color muted = #8A8A8A\n}\nstrings {\n  email = "Email"\n}\n')
    expected = """\
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            placeholder = { Text(strings.email, color = AppTheme.muted) },
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Email),
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            textStyle = LocalTextStyle.current.copy(color = c),
            placeholder = { Text("Password", color = Color(0x80FF0000)) },
            visualTransformation = PasswordVisualTransformation(),
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Password),
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            placeholder = { Text("Search", color = Color(0xFFFF0000)) },
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            singleLine = true,
        )
"""
    assert expected in out, out


def test_selectable_component_root_takes_the_modifier_parameter():
    out = component("""
component Sel(title: String) {
  Text(title).selectable().italic()
}
screen Main {
  Sel(title: "x")
}
""", name="Sel")
    assert """\
    SelectionContainer(modifier = modifier) {
        Text(title, fontStyle = FontStyle.Italic)
    }""" in out, out


def test_italic_on_a_button_with_a_custom_label_is_reported():
    res = generate('screen Main {\n  Button(action: { }) {\n    Text("x")\n  }\n  .italic()\n}\n')
    assert [(d.code, d.span.line) for d in res.diagnostics] == [("E0401", 2)]


def test_text_modifiers_style_the_toggle_and_checkbox_label():
    out = component(LABEL_STYLE_SRC)
    assert """\
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text(
                "Wi-Fi",
                modifier = Modifier.weight(1f),
                color = Color(0xFFFF0000),
                fontSize = 13.sp,
                fontWeight = FontWeight.Bold,
            )
            Switch(checked = on, onCheckedChange = { on = it })
        }
        Row(modifier = Modifier.padding(4.dp), verticalAlignment = Alignment.CenterVertically) {
            Checkbox(checked = on, onCheckedChange = { on = it })
            Text("Agree", color = Color(0xFFFF0000), fontSize = 13.sp, fontWeight = FontWeight.Bold)
        }
        Switch(checked = on, onCheckedChange = { on = it })
        Checkbox(checked = on, onCheckedChange = { on = it })
    }
""" in out, out


# ---- Divider color/thickness, submitLabel, light weight, letterSpacing ----------------------------

def test_divider_color_and_thickness():
    """Without arguments the Material divider as before; `thickness` in dp and `color` go to
    HorizontalDivider (in a Column) or VerticalDivider (in a Row)."""
    out = screen("""
      Column {
        Divider()
        Divider(color: theme.line, thickness: 2)
        Divider(thickness: 0.5)
        Row {
          Divider()
          Divider(color: #FF0000, thickness: 1.5)
          Divider(color: theme.line)
        }
      }
    """, decls="theme {\n  color line = #DDDDDD\n}\n")
    assert """\
        HorizontalDivider()
        HorizontalDivider(thickness = 2.dp, color = AppTheme.line)
        HorizontalDivider(thickness = 0.5.dp)
        Row(verticalAlignment = Alignment.CenterVertically) {
            VerticalDivider()
            VerticalDivider(thickness = 1.5.dp, color = Color(0xFFFF0000))
            VerticalDivider(color = AppTheme.line)
        }
""" in out, out


def test_submit_label_is_the_ime_action_in_the_one_keyboard_options():
    """`.submitLabel` becomes `imeAction` in the same KeyboardOptions as the keyboard type (a
    password on SecureField), one argument per line when long; the last one wins."""
    out = screen("""
      state s: String = ""
      Column {
        TextField(text: $s, placeholder: "Name").submitLabel(.next)
        TextField(text: $s, keyboard: .email).submitLabel(.go)
        SecureField(text: $s).submitLabel(.done)
        TextField(text: $s).submitLabel(.send).submitLabel(.search)
      }
    """)
    assert """\
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            placeholder = { Text("Name") },
            keyboardOptions = KeyboardOptions(imeAction = ImeAction.Next),
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            keyboardOptions = KeyboardOptions(
                keyboardType = KeyboardType.Email,
                imeAction = ImeAction.Go,
            ),
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            visualTransformation = PasswordVisualTransformation(),
            keyboardOptions = KeyboardOptions(
                keyboardType = KeyboardType.Password,
                imeAction = ImeAction.Done,
            ),
            singleLine = true,
        )
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            keyboardOptions = KeyboardOptions(imeAction = ImeAction.Search),
            singleLine = true,
        )
""" in out, out
    assert "import androidx.compose.ui.text.input.ImeAction\n" in out


def test_light_font_weight_in_modifiers_fonts_and_theme():
    src = """\
theme {
  font caption = Font(size: 14, weight: .light)
}
screen Main {
  Column {
    Text("a").fontWeight(.light)
    Text("b").font(Font(size: 12, weight: .light))
  }
}
"""
    out = files(src)
    assert """\
        Text("a", fontWeight = FontWeight.Light)
        Text("b", style = TextStyle(fontSize = 12.sp, fontWeight = FontWeight.Light))
""" in out[f"{PKG_DIR}/Main.kt"], out
    assert ("    val caption: TextStyle = TextStyle(fontSize = 14.sp, fontWeight = FontWeight.Light)\n"
            in out[f"{PKG_DIR}/Theme.kt"]), out


def test_letter_spacing_is_a_text_parameter_in_sp():
    """`.letterSpacing(points)` -> `letterSpacing = n.sp` wherever the text modifiers go: Text,
    a Button's label, a TextField's textStyle, the Switch / Checkbox label."""
    out = screen("""
      state s: String = ""
      state on: Bool = false
      state w: Float = 1
      Column {
        Text("a").letterSpacing(1.5).fontWeight(.bold)
        Text("b").letterSpacing(-0.5)
        Text("c").letterSpacing(w)
        Button("d", action: { }).letterSpacing(1.5)
        TextField(text: $s).letterSpacing(1.5)
        Toggle(isOn: $on, label: "e").letterSpacing(1.5)
        Checkbox(isOn: $on, label: "f").letterSpacing(2)
      }
    """)
    assert """\
        Text("a", fontWeight = FontWeight.Bold, letterSpacing = 1.5.sp)
        Text("b", letterSpacing = -0.5.sp)
        Text("c", letterSpacing = w.sp)
        Button(onClick = {}) {
            Text("d", letterSpacing = 1.5.sp)
        }
        TextField(
            value = s,
            onValueChange = { s = it },
            modifier = Modifier.fillMaxWidth(),
            textStyle = LocalTextStyle.current.copy(letterSpacing = 1.5.sp),
            singleLine = true,
        )
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text("e", modifier = Modifier.weight(1f), letterSpacing = 1.5.sp)
            Switch(checked = on, onCheckedChange = { on = it })
        }
        Row(verticalAlignment = Alignment.CenterVertically) {
            Checkbox(checked = on, onCheckedChange = { on = it })
            Text("f", letterSpacing = 2.sp)
        }
""" in out, out


# ---- Scroll: its content laid out like a Column / Row with the default align ---------------------

SCROLL_SRC = """
screen Main {
  Column {
    Scroll {
      Text("a")
      Text("wide")
        .fillWidth()
    }
    .weight(1)
    Scroll(axis: .horizontal) {
      Text("a")
      Text("b")
        .fontSize(30)
      Text("tall")
        .fillHeight()
    }
    .padding(8)
  }
}
"""


def test_scroll_content_is_centred_like_a_default_column():
    """A Scroll lays out its children as a Column with xui's default align (.center): children
    of different widths are centred relative to each other, as SwiftUI's VStack and ArkUI's
    Column do (not Compose's Column default, Alignment.Start)."""
    out = screen("""
      Scroll {
        Text("a")
        Text("longer text")
      }
    """)
    assert """\
@Composable
fun Main(modifier: Modifier = Modifier) {
    Column(
        modifier = modifier.verticalScroll(rememberScrollState()),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        Text("a")
        Text("longer text")
    }
}
""" in out, out
    assert "import androidx.compose.ui.Alignment\n" in out, out


def test_horizontal_scroll_is_a_default_row_and_fill_children_stretch_across():
    """A horizontal Scroll is a Row with the default align (.center, vertically); a `.fillWidth()`
    child of a vertical Scroll (a `.fillHeight()` child of a horizontal one) fills across it as in
    a Column (Row); the Scroll's own modifiers come before the scroll."""
    out = component(SCROLL_SRC)
    assert """\
    Column(modifier = modifier, horizontalAlignment = Alignment.CenterHorizontally) {
        Column(
            modifier = Modifier
                .weight(1f)
                .verticalScroll(rememberScrollState()),
            horizontalAlignment = Alignment.CenterHorizontally,
        ) {
            Text("a")
            Text("wide", modifier = Modifier.fillMaxWidth())
        }
        Row(
            modifier = Modifier
                .padding(8.dp)
                .horizontalScroll(rememberScrollState()),
            verticalAlignment = Alignment.CenterVertically,
        ) {
            Text("a")
            Text("b", fontSize = 30.sp)
            Text("tall", modifier = Modifier.fillMaxHeight())
        }
    }
""" in out, out


@pytest.mark.parametrize("axis,head", [("", "Column"), ("(axis: .horizontal)", "Row")])
def test_scroll_is_emitted_by_the_column_and_row_code(axis, head):
    """The Scroll's content container is exactly what a plain Column / Row with the default
    spacing and align gives, plus the scroll modifier (one code path for both)."""
    kids = 'Text("a")\n    Text("bb").padding(4)\n    Spacer()\n    Divider()'
    scroll_ = "horizontalScroll" if head == "Row" else "verticalScroll"

    def code(kt: str) -> str:   # the function, without line breaking (and its trailing commas)
        return re.sub(r"\s+", "", kt[kt.index("@Composable"):]).replace(",)", ")")

    scrolled = code(screen(f"Scroll{axis} {{\n    {kids}\n  }}"))
    assert scrolled.replace(f".{scroll_}(rememberScrollState())", "") == code(screen(f"{head} {{\n    {kids}\n  }}"))
    assert f"{head}(modifier=modifier.{scroll_}(rememberScrollState())," in scrolled, scrolled


def test_scroll_with_one_column_stays_one_scrolling_column():
    """`Scroll { Column(...) { ... } }` is still one scrolling Column with the inner Column's own
    spacing and align (not a centred Column around it)."""
    out = screen("""
      Scroll {
        Column(spacing: 4, align: .leading) {
          Text("a")
          Text("longer text")
        }
      }
    """)
    assert """\
    Column(
        modifier = modifier.verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(4.dp),
        horizontalAlignment = Alignment.Start,
    ) {
        Text("a")
        Text("longer text")
    }
""" in out, out
    assert out.count("Column(") == 1, out


def test_fill_along_a_row_or_column_shares_the_free_space():
    # along the container's axis a fill takes the free space (weight), as SwiftUI's maxWidth:
    # .infinity does, instead of squeezing the siblings after it out (fillMaxWidth)
    out = screen('Column {\nRow {\n  Text("a").fillWidth()\n  Text("b")\n}\n'
                 'Column {\n  Text("c").fillHeight()\n  Text("d").fillWidth()\n}\n}')
    assert 'Text("a", modifier = Modifier.weight(1f))' in out
    assert 'Text("c", modifier = Modifier.weight(1f))' in out
    assert 'Text("d", modifier = Modifier.fillMaxWidth())' in out


READABLE_SRC = """\
model Expense {
  id: Int
  title: String
  note: String? = nil
}

component Row1(expense: Expense) {
  Column {
    if expense.note != nil && !expense.title.isEmpty {
      Text(expense.note ?? "")
    }
    Text(expense.note ?? "-")
  }
}

screen Main {
  state expenses: [Expense] = []
  state draft: String = ""
  state note: String? = nil
  Scroll {
    Column {
      Row1(expense: Expense(id: 0, title: "x"))
      if note != nil {
        Text(note ?? "")
      }
      Button("Add", action: {
        let title = draft.trimmed()
        if !title.isEmpty {
          expenses.insert(Expense(id: expenses.count + 1, title: title, note: "a note for the new expense"), at: 0)
        }
      })
    }
    .padding(16)
  }
  .background(#FFFFFF)
}
"""


def test_generated_kotlin_reads_as_written_by_hand(tmp_path):
    """Smart casts (no useless Elvis inside `if (x != null)` for a val; state is a delegated var and
    keeps it), `isNotEmpty()`, a multi-line argument indented under its statement, and a modifier
    chain that stays one call per line after a merged Scroll."""
    from helpers import assert_checker_passes, target_files
    files = target_files(READABLE_SRC, "compose")
    main = next(c for p, c in files.items() if p.endswith("/Main.kt"))
    row = next(c for p, c in files.items() if p.endswith("/Row1.kt"))
    assert "if (expense.note != null && expense.title.isNotEmpty()) {\n            Text(expense.note)\n" in row
    assert 'Text(expense.note ?: "-")' in row               # outside the if: no smart cast
    assert 'Text(note ?: "")' in main                       # state: a delegated var, not smart-cast
    assert "if (title.isNotEmpty()) {\n" in main
    assert ("                    expenses = expenses.toMutableList().also { it.add(0, Expense(\n"
            "                        id = expenses.size + 1,\n") in main
    assert (".background(Color(0xFFFFFFFF))\n            .verticalScroll(rememberScrollState())\n"
            "            .padding(16.dp),") in main
    assert_checker_passes("compose", files, tmp_path)
