"""The ArkTS backend: node-by-node lowering, escaping, renaming, determinism,
headers, source comments, diagnostics, and (with the toolchains) a real compile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xui.api import compile_paths, compile_text
from xui.backend import BuildOptions, header_text
from xui.lowering import ident, member_ident
from xui.targets.arkts.backend import ArkTSBackend, template_text, ts_string

ROOT = Path(__file__).resolve().parents[1]
ETS = "entry/src/main/ets"

PRELUDE = """
model Todo {
  id: Int
  title: String
  done: Bool = false
}
"""


def program(src: str):
    r = compile_text(textwrap.dedent(src))
    assert r.ok, [str(d) for d in r.diagnostics]
    return r.program


def generate(src: str, **opts):
    res = ArkTSBackend(BuildOptions(**opts)).run(program(src))
    return res


def files(src: str, **opts) -> dict[str, str]:
    res = generate(src, **opts)
    assert not res.diagnostics, [str(d) for d in res.diagnostics]
    return {f.path: f.content for f in res.files}


def page(src: str, name: str = "S", **opts) -> str:
    return files(src, **opts)[f"{ETS}/pages/{name}.ets"]


def screen(body: str, decls: str = "", params: str = "") -> str:
    return page(f"{PRELUDE}\n{decls}\nscreen S{params} {{\n{body}\n}}\n")


# ---- expressions: (xui body, expected fragment) ------------------------------------------------

EXPR_CASES = [
    ("literal-string", 'Text("hi")', "Text('hi')"),
    ("literal-int", "Text(\"x\").fontSize(12)", ".fontSize(12)"),
    ("literal-float", "Text(\"x\").opacity(0.5)", ".opacity(0.5)"),
    ("literal-bool", "Text(\"x\").disabled(true)", ".enabled(!true)"),
    ("literal-color", "Text(\"x\").background(#FF112233)", ".backgroundColor('#FF112233')"),
    ("interpolation", 'state n: Int = 0\nText("n = {n}")', "Text(`n = ${this.n}`)"),
    ("ref-state", "state s: String = \"a\"\nText(s)", "Text(this.s)"),
    ("ref-let", "let big = 2 > 1\nText(big ? \"y\" : \"n\")", "get big(): boolean"),
    ("field", "let t = Todo(id: 1, title: \"a\")\nText(t.title)", "Text(this.t.title)"),
    ("index", "state xs: [String] = [\"a\"]\nText(xs[0])", "Text(this.xs[0])"),
    ("enum-case-builtin", "Column(align: .leading) { Text(\"a\") }", ".alignItems(HorizontalAlign.Start)"),
    ("theme", "Text(\"a\").padding(theme.gap)", ".padding(Theme.gap)"),
    ("string-key", "Text(strings.hello)", "Text($r('app.string.hello'))"),
    ("unary", "state b: Bool = false\nText(\"a\").disabled(!b)", ".enabled(this.b)"),
    ("binary-eq", "state n: Int = 0\nText(n == 1 ? \"a\" : \"b\")", "this.n === 1 ? 'a' : 'b'"),
    ("binary-int-div", "state n: Int = 7\nText(\"{n / 2}\")", "Math.trunc(this.n / 2)"),
    ("binary-float-div", "state f: Float = 7\nText(\"{f / 2}\")", "this.f / 2"),
    ("binary-coalesce", "state o: String? = nil\nText(o ?? \"none\")", "this.o ?? 'none'"),
    ("conditional", "state b: Bool = false\nText(b ? \"y\" : \"n\")", "this.b ? 'y' : 'n'"),
    ("model-init", "state t: Todo = Todo(id: 1, title: \"a\")\nText(t.title)", "new Todo(1, 'a', false)"),
    ("font", "Text(\"a\").font(Font(size: 17, weight: .bold))", ".fontSize(17)\n        .fontWeight(FontWeight.Bold)"),
    ("list", "state xs: [Int] = [1, 2]\nText(\"a\")", "@State xs: number[] = [1, 2];"),
    ("predicate+member", "state ts: [Todo] = []\nText(\"{ts.count(where: it.done)}\")",
     "this.ts.filter((it: Todo) => it.done).length"),
    ("member-trim", "state s: String = \"\"\nText(s.trimmed().uppercased())", "this.s.trim().toUpperCase()"),
    ("member-formatted", "state f: Float = 1\nText(f.formatted(decimals: 2))", "this.f.toFixed(2)"),
    ("int-to-float", "state n: Int = 1\nText(\"a\").opacity(n)", ".opacity(this.n)"),
    ("to-string", "state n: Int = 1\nText(\"{n}\")", "`${this.n}`"),
    ("binding", "state s: String = \"\"\nTextField(text: $s)", "this.s = value;"),
    ("lambda", "state n: Int = 0\nButton(\"+\", action: { n += 1 })", ".onClick(() => {\n          this.n += 1;\n"),
]

THEME = 'theme {\n  space gap = 8\n}\nstrings {\n  hello = "Hello"\n}\n'


@pytest.mark.parametrize("name,body,expected", EXPR_CASES, ids=[c[0] for c in EXPR_CASES])
def test_expression_nodes(name, body, expected):
    out = screen(f"Column {{\n{body}\n}}" if not body.startswith(("state", "let")) else
                 "\n".join(body.split("\n")[:-1]) + "\nColumn {\n" + body.split("\n")[-1] + "\n}",
                 decls=THEME)
    assert expected in out, out


# ---- actions ----------------------------------------------------------------------------------

ACTION_CASES = [
    ("assign", "n = 5", "this.n = 5;"),
    ("assign-op", "n += 2", "this.n += 2;"),
    ("assign-int-div", "n /= 2", "this.n = Math.trunc(this.n / 2);"),
    ("assign-path", "todos[0].done = true",
     "this.todos = this.todos.map((el: Todo, at: number) => at === 0 ? el.withDone(true) : el);"),
    ("append", "todos.append(Todo(id: n, title: \"x\"))", "this.todos.push(new Todo(this.n, 'x', false));"),
    ("insert", "todos.insert(Todo(id: 1, title: \"x\"), at: 0)", "this.todos.splice(0, 0, new Todo(1, 'x', false));"),
    ("remove-at", "todos.remove(at: 0)", "this.todos.splice(0, 1);"),
    ("remove-where", "todos.removeAll(where: it.done)", "this.todos = this.todos.filter((it: Todo) => !it.done);"),
    ("clear", "todos.removeAll()", "this.todos = [];"),
    ("if", "if n > 1 { n = 0 } else if n < 0 { n = 1 } else { n = 2 }",
     "if (this.n > 1) {\n            this.n = 0;\n          } else if (this.n < 0) {"),
    ("let", "let m = n + 1\nn = m", "const m: number = this.n + 1;"),
    ("call", "done(n)", "this.done(this.n);"),
    ("back", "back()", "this.getUIContext().getRouter().back();"),
    ("navigate", "navigate(T(id: n))", "pushUrl({ url: 'pages/T', params: new TParams(this.n) });"),
    ("native", 'native {\n        arkts: "console.info(\'x\')"\n        swiftui: "print(1)"\n      }',
     "console.info('x')"),
]


@pytest.mark.parametrize("name,stmt,expected", ACTION_CASES, ids=[c[0] for c in ACTION_CASES])
def test_action_nodes(name, stmt, expected):
    src = f"""{PRELUDE}
screen T(id: Int) {{
  Text("{{id}}")
}}
component S(done: (Int) -> Void) {{
  state n: Int = 0
  state todos: [Todo] = []
  Column {{
    Button("go", action: {{
      {stmt}
    }})
  }}
}}
"""
    out = files(src)[f"{ETS}/components/S.ets"]
    assert expected in out, out


def test_navigation_params_read_in_target_page():
    src = """
screen A {
  Button("go", action: { navigate(B(name: "x", count: 2)) })
}
screen B(name: String, count: Int = 1) {
  Text("{name} {count}")
}
"""
    fs = files(src)
    b = fs[f"{ETS}/pages/B.ets"]
    assert "import { BParams } from '../common/RouteParams';" in b
    assert "getParams() as BParams | undefined" in b and "this.count = params.count;" in b
    assert "export class BParams" in fs[f"{ETS}/common/RouteParams.ets"]
    assert json.loads(fs["entry/src/main/resources/base/profile/main_pages.json"]) == {"src": ["pages/A", "pages/B"]}


# ---- views ------------------------------------------------------------------------------------

VIEW_CASES = [
    ("element", "Row(spacing: 4) {\n      Spacer()\n      Divider()\n    }", "Row({ space: 4 }) {\n        Blank()\n        Divider()"),
    ("component", "Child(label: \"a\")", "Child({ label: 'a' })"),
    ("if", "if 1 > 0 { Text(\"a\") } else { Text(\"b\") }", "if (1 > 0) {\n        Text('a')\n      } else {"),
    ("native", 'native { arkts: "Text(\'native\')" }', "Text('native')"),
    ("list", "List(todos, key: .id) { t, i -> Text(\"{i} {t.title}\") }",
     "ForEach(this.todos, (t: Todo, i: number) => {\n          ListItem() {"),
    ("list-key", "List(todos, key: .id) { t -> Text(t.title) }", "}, (t: Todo) => t.id.toString())"),
    ("grid", "Grid(todos, key: .title, columns: 3) { t -> Text(t.title) }", ".columnsTemplate('1fr 1fr 1fr')"),
    ("toggle-binding", "Toggle(isOn: $on)", "Toggle({ type: ToggleType.Switch, isOn: this.on })"),
    ("secure", "SecureField(text: $s, placeholder: \"pw\")", ".type(InputType.Password)"),
    ("image", "Image(\"logo\", description: \"Logo\")", "Image($r('app.media.logo'))"),
    ("progress", "Progress()", "LoadingProgress()"),
    ("slider", "Slider(value: $f)", "Slider({ value: this.f, step: 0.01 })"),
    ("scroll", "Scroll { Text(\"a\") }", "Scroll() {\n        Text('a')"),
]


@pytest.mark.parametrize("name,body,expected", VIEW_CASES, ids=[c[0] for c in VIEW_CASES])
def test_view_nodes(name, body, expected):
    src = f"""{PRELUDE}
component Child(label: String) {{
  Text(label)
}}
screen S {{
  state todos: [Todo] = []
  state on: Bool = false
  state s: String = ""
  state f: Float = 0
  Column {{
    {body}
  }}
}}
"""
    out = page(src)
    assert expected in out, out


def test_component_members_decorators():
    src = """
component C(title: String, count: Int = 1, name: Binding<String>, onTap: () -> Void) {
  Text("{title} {count} {name}")
}
screen S {
  state v: String = ""
  C(title: "t", name: $v, onTap: { v = "" })
}
"""
    fs = files(src)
    c = fs[f"{ETS}/components/C.ets"]
    assert "@Component\nexport struct C {" in c
    assert "@Prop title: string;" in c and "@Prop count: number = 1;" in c
    assert "@Link name: string;" in c and "onTap: () => void = () => {};" in c
    s = fs[f"{ETS}/pages/S.ets"]
    assert "@Entry\n@Component\nexport struct S {" in s and "name: this.v" in s
    assert "import { C } from '../components/C';" in s


def test_builtin_component_names_are_renamed():
    fs = files('component Counter { Text("a") }\nscreen Navigation { Counter() }')
    assert f"{ETS}/components/CounterView.ets" in fs and f"{ETS}/pages/NavigationView.ets" in fs
    assert "struct CounterView" in fs[f"{ETS}/components/CounterView.ets"]
    assert "CounterView()" in fs[f"{ETS}/pages/NavigationView.ets"]
    assert '"pages/NavigationView"' in fs["entry/src/main/resources/base/profile/main_pages.json"]


# ---- escaping ---------------------------------------------------------------------------------

ESCAPES = [
    ("quote", "it's", r"'it\'s'"),
    ("double-quote", 'say "hi"', "'say \"hi\"'"),
    ("backslash", "a\\b", r"'a\\b'"),
    ("newline-tab", "a\nb\tc", r"'a\nb\tc'"),
    ("dollar", "$x ${y}", "'$x ${y}'"),
    ("swift-interp", "\\(x)", r"'\\(x)'"),
    ("brace", "{x}", "'{x}'"),
    ("emoji-cjk", "👍 你好", "'👍 你好'"),
    ("rtl", "مرحبا", "'مرحبا'"),
    ("bidi-control", "a\u202eb", r"'a\u202eb'"),
    ("line-separator", "a\u2028b", r"'a\u2028b'"),
]


@pytest.mark.parametrize("name,text,expected", ESCAPES, ids=[e[0] for e in ESCAPES])
def test_ts_string_escaping(name, text, expected):
    assert ts_string(text) == expected


def test_template_escaping():
    assert template_text("`a` ${b} \\ $c {d}") == "\\`a\\` \\${b} \\\\ $c {d}"


def test_escaping_end_to_end():
    out = screen(r'state n: Int = 0' + '\n' + "Text(\"q'" + r'\"\\ $ $\{ \{x\} \\( {n} `tick` \t 👍 中文 עברית")')
    assert r"Text(`q'" + '"' + r"\\ $ \${ {x} \\( ${this.n} \`tick\` \t 👍 中文 עברית`)" in out, out
    out = screen('Text("a\'b\\nc")')
    assert "Text('a\\'b\\nc')" in out


# ---- reserved identifiers ---------------------------------------------------------------------

RESERVED = ["default", "object", "when", "is", "in", "fun", "val", "struct", "protocol", "build", "class",
            "delete", "width", "onClick", "function", "type", "aboutToAppear", "padding"]


@pytest.mark.parametrize("word", RESERVED)
def test_reserved_identifiers_renamed(word):
    src = f"""
model M {{
  {word}: Int
}}
component C({word}: Int) {{
  Text("{{{word}}}")
}}
screen S {{
  state {word}: Int = 0
  let m = M({word}: 1)
  C({word}: {word} + m.{word})
}}
"""
    fs = files(src)
    f, w = ident(word), member_ident(word)   # model field / component member
    assert w == word + "_"
    assert f"  {f}: number;" in fs[f"{ETS}/common/Models.ets"]
    assert f"@Prop {w}: number;" in fs[f"{ETS}/components/C.ets"]
    s = fs[f"{ETS}/pages/S.ets"]
    assert f"@State {w}: number = 0;" in s and f"C({{ {w}: this.{w} + this.m.{f} }})" in s


# ---- determinism, header, source comments, diagnostics ---------------------------------------

def _sample_bytes() -> dict[str, str]:
    r = compile_paths([str(ROOT / "samples")])
    assert r.ok
    return {f.path: f.content for f in ArkTSBackend().run(r.program).files}


def test_deterministic_in_process():
    assert _sample_bytes() == _sample_bytes()


def test_deterministic_across_hash_seeds():
    code = ("import json, sys; sys.path.insert(0, %r); from tests.test_backend_arkts import _sample_bytes; "
            "print(json.dumps(_sample_bytes(), sort_keys=True))" % str(ROOT))
    outs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                           check=True)
        outs.append(p.stdout)
    assert outs[0] == outs[1] == json.dumps(_sample_bytes(), sort_keys=True) + "\n"


def test_headers_and_json_files():
    r = compile_paths([str(ROOT / "samples")])
    for f in ArkTSBackend().run(r.program).files:
        if f.path.endswith(".json"):
            assert not f.has_header
            json.loads(f.content)
        else:
            assert f.has_header
            assert f.content.startswith("// " + header_text(list(f.sources)) + "\n"), f.path
            assert "import " in f.content or "export " in f.content, f.path


def test_strings_per_locale():
    fs = files('strings { hi = "Hi" }\nstrings zh-Hans { hi = "你好" }\nstrings de { hi = "Hallo" }\n'
               'screen S { Text(strings.hi) }')
    base = "entry/src/main/resources"
    assert json.loads(fs[f"{base}/base/element/string.json"]) == {"string": [{"name": "hi", "value": "Hi"}]}
    assert "你好" in fs[f"{base}/zh_CN/element/string.json"]
    assert "Hallo" in fs[f"{base}/de/element/string.json"]


def test_harmony_module_option():
    fs = files('screen S { Text("a") }', harmony_module="feature")
    assert "feature/src/main/ets/pages/S.ets" in fs


def test_source_comments():
    out = page('screen S {\n  Column {\n    Text("a")\n  }\n}\n', source_comments=True)
    assert "// xui: input.xui:2\n    Column() {" in out
    assert "// xui: input.xui:3\n      Text('a')" in out
    assert "// xui:" not in page('screen S {\n  Text("a")\n}\n')


def test_unsupported_native_reports_e0401_with_span():
    r = compile_text('screen S {\n  Column {\n    native {\n      swiftui: "Text(\\"x\\")"\n    }\n  }\n}\n')
    assert r.program is not None and not [d for d in r.diagnostics if d.severity == "error"]
    res = ArkTSBackend().run(r.program)
    assert [d.code for d in res.diagnostics] == ["E0401"]
    d = res.diagnostics[0]
    assert d.span is not None and d.span.line == 3


def test_tables_cover_catalog_and_nodes():
    from xui import catalog, ir
    assert set(ArkTSBackend.ELEMENTS) == set(catalog.ELEMENTS)
    assert set(ArkTSBackend.MODIFIERS) == set(catalog.MODIFIERS)
    kinds = set()
    for cls in vars(ir).values():
        if isinstance(cls, type) and issubclass(cls, ir.Node):
            for fld in ("node", "action", "view"):
                f = cls.model_fields.get(fld)
                if f is not None and isinstance(f.default, str):
                    kinds.add(f.default)
    assert kinds <= set(ArkTSBackend.NODES)


# ---- real compile (needs tools/toolchains/install) ----------------------------------------------

@pytest.mark.toolchains
def test_samples_compile(tmp_path):
    from helpers import assert_checker_passes
    r = compile_paths([str(ROOT / "samples")])
    assert_checker_passes("arkts", {f.path: f.content for f in ArkTSBackend().run(r.program).files}, tmp_path)


KITCHEN_SINK = r"""
enum Mood { happy, sad }

model Item {
  id: Int
  default: String
  tags: [String] = []
  mood: Mood = .happy
  inner: Inner = Inner(width: 1)
}

model Inner {
  width: Int
}

theme {
  color ink = #FF102030
  space gap = 8
  font big = Font(size: 20, weight: .semibold)
}

strings {
  hello = "Hello \"you\" \\ \{x\}"
}

strings zh-Hans {
  hello = "你好"
}

component Counter(value: Int, object: Binding<Int>, onPick: (Int, String) -> Void, title: String? = nil) {
  state class: String = "c"
  let when = value * 2
  let shown = title ?? "none"
  Column(spacing: theme.gap, align: .trailing) {
    Text("v={value} w={when} {shown} \$ \\ `x` $\{class\}")
      .font(theme.big)
      .foreground(theme.ink)
    Button("pick", action: { onPick(value, class) })
    Button(action: { object += 1 }) {
      Text("inc")
      Text("2")
    }
  }
}

screen Detail(item: Item, count: Int = 2) {
  Text("{item.default} {count}")
}

screen Kitchen(delete: Int = 3) {
  state items: [Item] = [Item(id: 1, default: "a")]
  state n: Int = 0
  state f: Float = 0.5
  state on: Bool = false
  state text: String = ""
  state in: String? = nil
  let width = items.count
  let struct = items.filter(where: it.mood == .happy).map(it.default)
  let is = items.any(where: it.id > 1) && !items.isEmpty
  let firstName = (items.first ?? Item(id: 0, default: "none")).default

  Scroll {
    Column(spacing: 4) {
      Row(align: .bottom) {
        Text(strings.hello)
          .fontSize(12)
          .fontWeight(.medium)
          .textAlign(.center)
          .lineLimit(2)
        Spacer()
        Divider()
      }
      .padding(top: 1, leading: 2, bottom: 3, trailing: 4)
      .margin(vertical: 2)
      Stack(align: .bottomTrailing) {
        Image("logo", contentMode: .fill, description: "Logo")
          .frame(width: 40, height: 40)
        Image(text, description: strings.hello)
          .fillWidth()
          .fillHeight()
      }
      .border(width: 1, color: #FF000000, radius: 4)
      .cornerRadius(8)
      .opacity(0.5)
      .visible(n > 0 || on)
      .accessibilityLabel(strings.hello)
      Counter(value: n, object: $n, onPick: { v, _ -> n = v }, title: "t")
      Counter(value: n / 2, object: $n, onPick: { _, s -> text = s })
      TextField(text: $text, placeholder: strings.hello, keyboard: .decimal)
      SecureField(text: $text)
      Toggle(isOn: $on)
      Toggle(isOn: on, label: "L", onChange: { v -> on = v })
      Checkbox(isOn: $on)
      Slider(value: $f, min: 0, max: 10, step: 1)
      Progress(value: f)
      Progress()
      List(items, key: .id, spacing: 2) { item, i ->
        Text("{i}: {item.default} {item.mood}")
          .onTap {
            items[i].inner.width += 1
            items[i].tags.append("t")
            items[i].tags.insert("u", at: 0)
            items[i].tags.remove(at: 0)
            items[i].tags.removeAll(where: it == "t")
            items[i].tags.removeAll()
            items.remove(at: i)
          }
        Text("second")
      }
      .weight(1)
      Grid(items, key: .default, columns: width + 1) { item ->
        Text(item.default)
      }
      ForEach(items, key: .id) { item ->
        Text(item.default.uppercased().lowercased().trimmed())
          .disabled(item.default.contains("x") || item.tags.contains("y"))
      }
      if n > 1 {
        Text("big {f.formatted(decimals: 2)} {n.formatted()}")
      } else if n == 1 {
        Text("one {width} {struct.count} {is} {firstName} {delete}")
      } else {
        native {
          arkts: "Text('native')"
          swiftui: "Text(\"native\")"
          compose: "Text(\"native\")"
          react: "<span>native</span>"
        }
      }
      Button("go", action: {
        let next = n + 1
        if next > 3 {
          n = 0
        } else {
          n = next * 2 % 5
        }
        n /= 2
        f /= 2
        in = text
        in = nil
        items.append(Item(id: n, default: in ?? "d"))
        items[0].default = "x"
        items.removeAll(where: it.id == n)
        items.removeAll()
        navigate(Detail(item: Item(id: 1, default: "z")))
      })
      .onAppear { n = 0 }
      .onDisappear { back() }
    }
  }
  .background(on ? theme.ink : #FFFFFFFF)
}
"""


def test_foreach_modifiers_are_rejected_before_any_backend():
    # ArkUI cannot put attributes on ForEach; the checker rejects them for every target (E0310)
    r = compile_text('screen S {\n  state xs: [String] = []\n  Column {\n    ForEach(xs, key: .self) { x ->\n'
                     '      Text(x)\n    }\n    .padding(4)\n  }\n}\n')
    assert r.program is None
    assert [(d.code, d.span.line) for d in r.diagnostics if d.severity == "error"] == [("E0310", 7)]


@pytest.mark.toolchains
def test_every_node_kind_compiles(tmp_path):
    """One program using every element, modifier, node kind and reserved names, compiled for real."""
    from helpers import assert_checker_passes
    r = compile_text(KITCHEN_SINK, file="ks.xui")
    assert r.program is not None and not [d for d in r.diagnostics if d.severity == "error"]
    res = ArkTSBackend(BuildOptions(source_comments=True)).run(r.program)
    assert not res.diagnostics
    assert_checker_passes("arkts", {f.path: f.content for f in res.files}, tmp_path)


# ---- italic, min/max frames, shadow, tint, selectable ------------------------------------------

NEW_MODIFIERS_SRC = """
theme {
  color primary = #3366FF
  space gap = 12
}
screen S {
  state c: Color = #FF336699
  state w: Float = 40
  state s: String = ""
  Column {
    Text("a").italic().selectable()
    Button("b", action: { w += 1 }).italic()
    TextField(text: $s).italic()
    Text("c").frame(width: 100, height: 20)
    Text("d").frame(minWidth: 50, maxWidth: w)
    Text("e").frame(width: 100, minWidth: 120, minHeight: theme.gap, maxHeight: 60)
    Column { Text("f") }.shadow(radius: 4)
    Column { Text("g") }.shadow(6, color: c)
    Image("icon").tint(theme.primary)
    Image("logo").tint(#80FF0000)
  }
}
"""


def test_new_modifiers_exact_code():
    fs = files(NEW_MODIFIERS_SRC)
    out = fs[f"{ETS}/pages/S.ets"]
    expected = """\
      Text('a')
        .fontStyle(FontStyle.Italic)
        .copyOption(CopyOptions.LocalDevice)
      Button('b')
        .fontStyle(FontStyle.Italic)
        .onClick(() => {
          this.w += 1;
        })
      TextInput({ text: this.s })
        .fontStyle(FontStyle.Italic)
        .width('100%')
        .onChange((value: string) => {
          this.s = value;
        })
      Text('c')
        .width(100)
        .height(20)
      Text('d')
        .constraintSize({ minWidth: 50, maxWidth: this.w })
      Text('e')
        .width(100)
        .constraintSize({ minWidth: 120, minHeight: Theme.gap, maxHeight: 60 })
      Column() {
        Text('f')
      }
      .shadow({ radius: 4, color: '#33000000' })
      Column() {
        Text('g')
      }
      .shadow({ radius: 6, color: this.c })
      Image($r('app.media.icon'))
        .colorFilter(tintFilter(Theme.primary))
      Image($r('app.media.logo'))
        .colorFilter(tintFilter('#80FF0000'))
"""
    assert expected in out, out
    assert "import { tintFilter } from '../common/Tint';" in out
    tint = fs[f"{ETS}/common/Tint.ets"]
    assert tint.startswith(f"// {header_text(['input.xui'])}\n"
                           "import { common2D, drawing } from '@kit.ArkGraphics2D';\n")
    assert "export function tintFilter(color: ResourceColor): drawing.ColorFilter {" in tint
    assert "drawing.ColorFilter.createBlendModeColorFilter(tint, drawing.BlendMode.SRC_IN)" in tint


def test_tint_helper_only_when_used():
    fs = files("screen S {\n  Image(\"icon\")\n}\n")
    assert not any(p.endswith("Tint.ets") for p in fs)


# ---- .placeholderColor: TextInput's placeholderColor attribute ----------------------------------

def test_placeholder_color_exact_code():
    """Theme tokens, literal colors (#AARRGGBB kept) and state values, on TextField and SecureField."""
    out = page("""
theme {
  color muted = #8A8A8A
}
strings {
  email = "Email"
}
screen S {
  state c: Color = #FF336699
  state s: String = ""
  Column {
    TextField(text: $s, placeholder: strings.email, keyboard: .email).placeholderColor(theme.muted)
    SecureField(text: $s, placeholder: "Password").placeholderColor(#80FF0000).padding(8)
    TextField(text: $s, placeholder: "Search").placeholderColor(c)
  }
}
""")
    expected = """\
      TextInput({ placeholder: $r('app.string.email'), text: this.s })
        .type(InputType.Email)
        .placeholderColor(Theme.muted)
        .width('100%')
        .onChange((value: string) => {
          this.s = value;
        })
      TextInput({ placeholder: 'Password', text: this.s })
        .type(InputType.Password)
        .placeholderColor('#80FF0000')
        .padding(8)
        .width('100%')
        .onChange((value: string) => {
          this.s = value;
        })
      TextInput({ placeholder: 'Search', text: this.s })
        .placeholderColor(this.c)
        .width('100%')
        .onChange((value: string) => {
          this.s = value;
        })
"""
    assert expected in out, out


# ---- .onTap: .onClick + the system press feedback -----------------------------------------------

ON_TAP_SRC = """
component Card(title: String) {
  Text(title)
}
screen S {
  state n: Int = 0
  state on: Bool = false
  Column {
    Row {
      Text("row")
    }
    .padding(8)
    .onTap { n += 1 }
    Card(title: "c").onTap { n = 2 }
    Text("twice").onTap { n = 1 }.onTap { n += 3 }
    Button("b", action: { n = 0 }).onTap { n = 4 }
    Toggle(isOn: $on).onTap { n = 5 }
  }
}
"""


def test_on_tap_is_on_click_with_the_click_effect():
    out = files(ON_TAP_SRC)[f"{ETS}/pages/S.ets"]
    assert """\
      Row() {
        Text('row')
      }
      .padding(8)
      .clickEffect({ level: ClickEffectLevel.MIDDLE })
      .onClick(() => {
        this.n += 1;
      })
      Card({ title: 'c' })
        .clickEffect({ level: ClickEffectLevel.MIDDLE })
        .onClick(() => {
          this.n = 2;
        })
      Text('twice')
        .clickEffect({ level: ClickEffectLevel.MIDDLE })
        .onClick(() => {
          this.n = 1;
          this.n += 3;
        })
""" in out, out
    # input controls have their own press feedback: the action only
    assert """\
      Button('b')
        .onClick(() => {
          this.n = 0;
        })
        .onClick(() => {
          this.n = 4;
        })
      Toggle""" in out, out
    assert out.count(".clickEffect(") == 3


def assert_compiles(src: str, tmp_path) -> None:
    """The ArkTS generated for `src` passes the real checker (skips without the toolchains)."""
    from helpers import assert_checker_passes      # here: a module-level import breaks the hash-seed run
    assert_checker_passes("arkts", files(src), tmp_path)


@pytest.mark.toolchains
def test_on_tap_compiles(tmp_path):
    assert_compiles(ON_TAP_SRC, tmp_path)


# ---- text modifiers on a Toggle / Checkbox style its label Text ----------------------------------

def test_text_modifiers_style_the_toggle_and_checkbox_label():
    # imported here: a subprocess imports this module as `tests.test_backend_arkts` (hash seeds)
    from helpers import LABEL_STYLE_SRC
    out = page(LABEL_STYLE_SRC, name="Main")
    assert """\
      Row() {
        Text('Wi-Fi')
          .layoutWeight(1)
          .fontColor('#FF0000')
          .fontSize(13)
          .fontWeight(FontWeight.Bold)
        Toggle({ type: ToggleType.Switch, isOn: this.on })
          .onChange((isOn: boolean) => {
            this.on = isOn;
          })
      }
      .width('100%')
      Row() {
        Checkbox()
          .select(this.on)
          .onChange((isOn: boolean) => {
            this.on = isOn;
          })
        Text('Agree')
          .fontColor('#FF0000')
          .fontSize(13)
          .fontWeight(FontWeight.Bold)
      }
      .alignItems(VerticalAlign.Center)
      .padding(4)
""" in out, out
    # without a label there is no text to style: the control is unchanged
    assert """\
      Toggle({ type: ToggleType.Switch, isOn: this.on })
        .onChange((isOn: boolean) => {
          this.on = isOn;
        })
      Checkbox()
        .select(this.on)
        .onChange((isOn: boolean) => {
          this.on = isOn;
        })
    }
""" in out, out
    assert out.count(".fontColor(") == 2 and out.count(".fontWeight(") == 2


# ---- Divider(color:thickness:), .submitLabel, FontWeight.light, .letterSpacing ------------------

FEATURES_SRC = """
theme {
  color line = #FFCC3366
  font caption = Font(size: 14, weight: .light)
}
screen S {
  state name: String = ""
  state secret: String = ""
  state on: Bool = false
  state w: Float = 2
  state items: [String] = ["a"]
  Column {
    Divider()
    Divider(color: theme.line, thickness: 2)
    Divider(color: #FF00FF00)
    Divider(thickness: w)
    Row {
      Text("l")
      Divider()
      Divider(color: #FF112233, thickness: 1.5)
      ForEach(items, key: .self) { item ->
        Divider(thickness: 1)
      }
      if on {
        Divider(color: theme.line)
      }
    }
    Scroll(axis: .horizontal) {
      Divider(thickness: 3)
    }
    Stack {
      Divider(thickness: 4)
    }
    List(items, key: .self) { item ->
      Divider(thickness: 5)
    }
    Text("light").fontWeight(.light).letterSpacing(1.5)
    Text("caption").font(theme.caption).letterSpacing(-0.5)
    Text("inline").font(Font(size: 12, weight: .light))
    TextField(text: $name, placeholder: "Name").submitLabel(.next).letterSpacing(1.5)
    SecureField(text: $secret, placeholder: "Password").submitLabel(.done).letterSpacing(w)
    TextField(text: $name, keyboard: .email).submitLabel(.go)
    TextField(text: $name).submitLabel(.search)
    TextField(text: $name).submitLabel(.send)
    Button(action: { on = !on }) {
      Text("spaced").letterSpacing(2)
    }
    Toggle(isOn: $on, label: "Wi-Fi").letterSpacing(1.5).fontWeight(.light)
    Checkbox(isOn: $on, label: "Agree").letterSpacing(0.5)
  }
}
"""


def test_divider_color_and_thickness_exact_code():
    """Divider(): .vertical(true) where it stands in a Row (a horizontal Scroll is one too; ForEach
    and if keep their container's axis; a Stack, a list item and a Column are not rows); with color /
    thickness: .color / .strokeWidth (vp). A vertical divider fills its Row's height, so the Row
    takes the Column's free height (layoutWeight), as an HStack with a Divider does in SwiftUI."""
    out = page(FEATURES_SRC)
    assert """\
    Column() {
      Divider()
      Divider()
        .color(Theme.line)
        .strokeWidth(2)
      Divider()
        .color('#FF00FF00')
      Divider()
        .strokeWidth(this.w)
      Row() {
        Text('l')
        Divider()
          .vertical(true)
        Divider()
          .vertical(true)
          .color('#FF112233')
          .strokeWidth(1.5)
        ForEach(this.items, (item: string) => {
          Divider()
            .vertical(true)
            .strokeWidth(1)
        }, (item: string) => item)
        if (this.on) {
          Divider()
            .vertical(true)
            .color(Theme.line)
        }
      }
      .layoutWeight(1)
      Scroll() {
        Divider()
          .vertical(true)
          .strokeWidth(3)
      }
      .scrollable(ScrollDirection.Horizontal)
      .layoutWeight(1)
      Stack() {
        Divider()
          .strokeWidth(4)
      }
      List() {
        ForEach(this.items, (item: string) => {
          ListItem() {
            Divider()
              .strokeWidth(5)
          }
        }, (item: string) => item)
      }
""" in out, out


def test_submit_label_is_the_enter_key_type():
    out = page(FEATURES_SRC)
    assert """\
      TextInput({ placeholder: 'Name', text: this.name })
        .enterKeyType(EnterKeyType.Next)
        .letterSpacing(1.5)
        .width('100%')
        .onChange((value: string) => {
          this.name = value;
        })
      TextInput({ placeholder: 'Password', text: this.secret })
        .type(InputType.Password)
        .enterKeyType(EnterKeyType.Done)
        .letterSpacing(this.w)
        .width('100%')
        .onChange((value: string) => {
          this.secret = value;
        })
      TextInput({ text: this.name })
        .type(InputType.Email)
        .enterKeyType(EnterKeyType.Go)
        .width('100%')
        .onChange((value: string) => {
          this.name = value;
        })
      TextInput({ text: this.name })
        .enterKeyType(EnterKeyType.Search)
        .width('100%')
        .onChange((value: string) => {
          this.name = value;
        })
      TextInput({ text: this.name })
        .enterKeyType(EnterKeyType.Send)
        .width('100%')
        .onChange((value: string) => {
          this.name = value;
        })
""" in out, out


def test_font_weight_light_is_300():
    """ArkUI's FontWeight has no light (Lighter is relative): the numeric weight 300, in the
    modifier, an inline Font and a theme font token."""
    fs = files(FEATURES_SRC)
    out = fs[f"{ETS}/pages/S.ets"]
    assert """\
      Text('light')
        .fontWeight(300)
        .letterSpacing(1.5)
      Text('caption')
        .fontSize(Theme.caption.size)
        .fontWeight(Theme.caption.weight)
        .letterSpacing(-0.5)
      Text('inline')
        .fontSize(12)
        .fontWeight(300)
""" in out, out
    assert "  static readonly caption: FontSpec = new FontSpec(14, 300);\n" in fs[f"{ETS}/common/Theme.ets"]


def test_letter_spacing_on_texts_fields_and_labels():
    out = page(FEATURES_SRC)
    assert """\
      Button() {
        Text('spaced')
          .letterSpacing(2)
      }
      .onClick(() => {
        this.on = !this.on;
      })
      Row() {
        Text('Wi-Fi')
          .layoutWeight(1)
          .letterSpacing(1.5)
          .fontWeight(300)
        Toggle({ type: ToggleType.Switch, isOn: this.on })
""" in out, out
    # the Checkbox's label Text follows the control
    assert """\
        Text('Agree')
          .letterSpacing(0.5)
      }
      .alignItems(VerticalAlign.Center)
""" in out, out


def test_letter_spacing_on_a_button_is_e0401():
    """ButtonAttribute and its LabelStyle have no letter spacing (like textAlign): reported at the
    modifier, with the way out."""
    r = compile_text(textwrap.dedent("""\
        screen S {
          Column {
            Button("Go", action: {}).letterSpacing(1)
            Button(action: {}) {
              Text("Go")
            }
            .letterSpacing(2)
            Button("Left", action: {}).textAlign(.leading)
          }
        }
        """))
    assert r.ok, [str(d) for d in r.diagnostics]
    res = ArkTSBackend().run(r.program)
    assert [(d.code, d.span.line, d.message) for d in res.diagnostics] == [
        ("E0401", 3, "ArkTS cannot express `.letterSpacing` on a Button"),
        ("E0401", 7, "ArkTS cannot express `.letterSpacing` on a Button"),
        ("E0401", 8, "ArkTS cannot express `.textAlign` on a Button"),
    ]
    assert res.diagnostics[0].hint == "give the Button a block with a Text that has `.letterSpacing`"


@pytest.mark.toolchains
def test_features_compile(tmp_path):
    assert_compiles(FEATURES_SRC, tmp_path)
