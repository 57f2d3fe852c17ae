"""React + TypeScript backend: table tests on small in-memory programs.

Each case compiles a tiny .xui source and checks the generated TSX for the expected
code. The compile check (tsc --strict) runs on the samples and on the programs here
when the toolchain is installed (tools/toolchains/install).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import typing
from pathlib import Path

import pytest

from helpers import LABEL_STYLE_SRC
from xui import catalog, ir
from xui.api import compile_paths, compile_text
from xui.backend import BuildOptions, get_backend
from xui.lowering import ident, member_ident
from xui.targets.react.backend import ReactBackend, js_string, template_text

ROOT = Path(__file__).resolve().parent.parent


def squash(code: str) -> str:
    """Code without white space, so assertions do not depend on line breaking."""
    return re.sub(r"\s+", "", code)


def gen(src: str, **options) -> tuple[dict[str, str], list]:
    result = compile_text(src)
    assert result.ok, result.diagnostics
    backend = get_backend("react", BuildOptions(**options))
    out = backend.run(result.program)
    return {f.path: f.content for f in out.files}, out.diagnostics


def screen(body: str, decls: str = "") -> str:
    return f"{decls}\nscreen Main {{\n{body}\n}}\n"


def main_tsx(src: str, **options) -> str:
    files, diags = gen(src, **options)
    assert not [d for d in diags if d.severity == "error"], diags
    return files["src/screens/Main.tsx"]


# ---- node kinds ---------------------------------------------------------------------------

EXPR_CASES = [
    # (node kind, body, expected snippet)
    ("literal", 'Text("hi")', "<span>hi</span>"),
    ("literal-float", "state x: Float = 1.5\nText(\"{x}\")", "useState(1.5)"),
    ("literal-nil", "state x: String? = nil\nText(x ?? \"-\")", "useState<string | null>(null)"),
    ("literal-color", "Text(\"a\").background(#80112233)", 'backgroundColor: "#11223380"'),
    ("interpolation", 'state n: Int = 1\nText("n = {n}!")', "{`n = ${n}!`}"),
    ("ref", "state n: Int = 1\nText(\"{n}\")", "const [n] = useState(1);"),
    ("field", "state t: T = T(a: 1)\nText(\"{t.a}\")", "{String(t.a)}"),
    ("index", "state l: [Int] = [1, 2]\nText(\"{l[0]}\")", "{String(l[0])}"),
    ("enum_case", "state k: K = .one\nText(k == .two ? \"2\" : \"1\")", 'k === "two" ? "2" : "1"'),
    ("theme", 'Text("a").foreground(theme.ink)', "color: theme.ink"),
    ("string_key", "Text(strings.hello)", "{strings.hello}"),
    ("unary", "state b: Bool = true\nText(!b ? \"x\" : \"y\")", '!b ? "x" : "y"'),
    ("binary-int-div", "state n: Int = 7\nText(\"{n / 2}\")", "Math.trunc(n / 2)"),
    ("binary-float-div", "state f: Float = 7\nText(\"{f / 2}\")", "String(f / 2)"),
    ("binary-eq", "state n: Int = 7\nText(n == 1 ? \"a\" : \"b\")", "n === 1"),
    ("binary-coalesce", "state s: String? = nil\nstate b: Bool = false\nText(s ?? (b ? \"x\" : \"y\"))",
     's ?? (b ? "x" : "y")'),
    ("conditional", "state b: Bool = true\nText(b ? \"y\" : \"n\")", 'b ? "y" : "n"'),
    ("model_init", "state t: T = T(a: 2)\nText(\"{t.a}\")", "useState<T>({ a: 2 })"),
    ("font", 'Text("a").font(Font(size: 12, weight: .medium))', "fontSize: 12, fontWeight: 500"),
    ("list", "state l: [Int] = [1, 2]\nText(\"{l.count}\")", "useState<number[]>([1, 2])"),
    ("predicate", "state l: [Int] = [1]\nlet c = l.count(where: it > 1)\nText(\"{c}\")", "l.filter((it) => it > 1).length"),
    ("member_call-any", "state l: [Int] = [1]\nlet c = l.any(where: it > 1)\nText(c ? \"y\" : \"n\")", "l.some((it) => it > 1)"),
    ("member_call-trim", 'state s: String = ""\nlet c = s.trimmed().uppercased()\nText(c)', "s.trim().toUpperCase()"),
    ("member_call-formatted", "state f: Float = 1\nText(f.formatted(decimals: 2))", "f.toFixed(2)"),
    ("int_to_float", "state n: Int = 1\nstate f: Float = 0\nButton(\"a\", action: { f = n })", "setF(n)"),
    ("to_string", "state n: Int = 1\nlet s = \"{n}\"\nText(s)", "const s = String(n);"),
    ("binding", "state s: String = \"\"\nTextField(text: $s)", "value={s}"),
    ("lambda", "state n: Int = 0\nButton(\"a\", action: { n = 1 })", "onClick={() => setN(1)}"),
]

DECLS = """
model T { a: Int }
enum K { one, two }
theme { color ink = #000000 }
strings { hello = "Hello" }
"""


@pytest.mark.parametrize("kind,body,expected", EXPR_CASES, ids=[c[0] for c in EXPR_CASES])
def test_expression_nodes(kind, body, expected):
    assert squash(expected) in squash(main_tsx(screen(body, DECLS)))


ACTION_CASES = [
    ("assign", "state n: Int = 0\nButton(\"a\", action: { n = 2 })", "setN(2)"),
    ("assign-compound", "state n: Int = 0\nButton(\"a\", action: { n += 2 })", "setN((n) => n + 2)"),
    ("assign-int-div", "state n: Int = 9\nButton(\"a\", action: { n /= 2 })", "setN((n) => Math.trunc(n / 2))"),
    ("assign-path", "state l: [T] = []\nButton(\"a\", action: { l[0].a = 3 })",
     "l.map((item, index) => (index === 0 ? { ...item, a: 3 } : item))"),
    ("append", "state l: [Int] = []\nButton(\"a\", action: { l.append(1) })", "setL((l) => [...l, 1])"),
    ("insert", "state l: [Int] = []\nButton(\"a\", action: { l.insert(1, at: 1) })",
     "[...l.slice(0, 1), 1, ...l.slice(1)]"),
    ("remove_at", "state l: [Int] = []\nButton(\"a\", action: { l.remove(at: 0) })",
     "l.filter((_, index) => index !== 0)"),
    ("remove_where", "state l: [Int] = []\nButton(\"a\", action: { l.removeAll(where: it > 2) })",
     "l.filter((it) => !(it > 2))"),
    ("clear", "state l: [Int] = [1]\nButton(\"a\", action: { l.removeAll() })", "setL([])"),
    ("if", "state n: Int = 0\nButton(\"a\", action: { if n > 1 { n = 0 } else { n = 1 } })",
     "if (n > 1) {"),
    ("let", "state n: Int = 0\nButton(\"a\", action: { let m = n * 2\n n = m })", "const m = n * 2;"),
    ("native", "Button(\"a\", action: { native { react: \"console.log(1);\" swiftui: \"print(1)\" "
               "arkts: \"console.log(1)\" compose: \"println(1)\" } })", "onClick={() => console.log(1)}"),
]


@pytest.mark.parametrize("kind,body,expected", ACTION_CASES, ids=[c[0] for c in ACTION_CASES])
def test_action_nodes(kind, body, expected):
    assert squash(expected) in squash(main_tsx(screen(body, DECLS)))


def test_call_callback_and_component_view():
    src = """
component Row2(label: String, onTap: (Int) -> Void, on: Binding<Bool>) {
  Button(label, action: { onTap(1) })
}
screen Main {
  state flag: Bool = false
  state n: Int = 0
  Row2(label: "x", onTap: { v -> n = v }, on: $flag)
}
"""
    files, _ = gen(src)
    row = files["src/components/Row2.tsx"]
    assert "onClick={() => onTap(1)}" in row
    assert "onTap: (value: number) => void;" in row
    assert "setOn: Dispatch<SetStateAction<boolean>>;" in row
    main = files["src/screens/Main.tsx"]
    assert '<Row2 label="x" onTap={(v) => setN(v)} on={flag} setOn={setFlag} />' in main
    assert 'import { Row2 } from "../components/Row2";' in main


def test_navigate_and_back():
    src = """
screen Home {
  Button("Go", action: { navigate(Detail(id: 3)) })
}
screen Detail(id: Int) {
  Button("Back", action: { back() })
}
"""
    files, diags = gen(src)
    assert not diags
    assert squash(f'navigation.push({{ screen: "Detail", props: {{ {member_ident("id")}: 3 }} }})') in \
        squash(files["src/screens/Home.tsx"])
    assert "navigation.back()" in files["src/screens/Detail.tsx"]
    assert "Detail: DetailProps;" in files["src/navigation.ts"]
    assert 'initialRoute = { screen: "Home", props: {} }' in files["src/App.tsx"]


def test_views_if_list_foreach_grid():
    src = """
model P { id: Int
  name: String }
screen Main {
  state ps: [P] = []
  state b: Bool = false
  Column {
    if b { Text("yes") } else if ps.isEmpty { Text("empty") } else { Text("no") }
    List(ps, key: .id) { p -> Text(p.name) }
    ForEach(ps, key: .id) { p, i -> Text("{i}: {p.name}") }
    Grid(ps, key: .id, columns: 3) { p -> Text(p.name) }
  }
}
"""
    tsx = main_tsx(src)
    assert "{b ? (" in tsx and ") : ps.length === 0 ? (" in tsx
    pid = "p." + ident("id")
    assert f"<li key={{{pid}}}>" in tsx
    assert f"<span key={{{pid}}}>{{`${{i}}: ${{p.name}}`}}</span>" in tsx
    assert '"repeat(3, minmax(0, 1fr))"' in tsx
    assert "key={i}" not in tsx  # never index keys


def test_read_after_write_sees_the_new_value():
    tsx = main_tsx(screen('state l: [Int] = []\nstate n: Int = 0\n'
                          'Button("a", action: { l.append(1)\n n = l.count\n n += 1 })'))
    assert "const nextL: number[] = [...l, 1];" in tsx
    assert "setL(nextL);" in tsx
    assert "setN(nextL.length);" in tsx        # not the stale `l`
    assert "setN((n) => n + 1);" in tsx


def test_no_numeric_and_pitfall():
    tsx = main_tsx(screen('state l: [Int] = []\nColumn { if l.count > 0 { Text("x") } }'))
    assert "{l.length > 0 && <span>x</span>}" in tsx


# ---- escaping ---------------------------------------------------------------------------------

TRICKY = ['quote " and \' ', "back\\slash", "dollar $x and ${y}", "swift \\(x)", "brace { }",
          "new\nline", "tab\there", "emoji 😀👍🏽", "CJK 中文字", "RTL שלום עליכם مرحبا", "`tick`"]


def _node_eval(exprs: list[str]) -> list[str] | None:
    if shutil.which("node") is None:
        return None
    code = "console.log(JSON.stringify([" + ",".join(exprs) + "]));"
    out = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_js_string_and_template_escaping_round_trip():
    strs = [js_string(s) for s in TRICKY]
    tmpls = ["`" + template_text(s) + "`" for s in TRICKY]
    for s in strs:
        assert "\n" not in s and "\t" not in s
    for t in tmpls:
        assert "${" not in t.replace("\\${", "")
    evaluated = _node_eval(strs + tmpls)
    if evaluated is None:
        pytest.skip("node not available")
    assert evaluated == TRICKY + TRICKY


def test_escaping_in_generated_code():
    tsx = main_tsx(screen(r'''state n: Int = 1
state s: String = ""
Column {
Text("a \"q\" \\ $x \{y\} {n} `b`\n\t😀 中文 שלום")
Text("plain \"quoted\"")
TextField(text: $s, placeholder: "a \"b\"")
}'''))
    assert r'{`a "q" \\ $x {y} ${n} \`b\`\n\t😀 中文 שלום`}' in tsx
    assert r'{"plain \"quoted\""}' in tsx
    assert r'placeholder={"a \"b\""}' in tsx


def test_bidi_controls_are_escaped():
    assert js_string("a\u202eb") == '"a\\u202eb"'
    assert template_text("a\u2066b") == "a\\u2066b"


# ---- identifiers -------------------------------------------------------------------------------

RESERVED_SRC = """
model Obj { default: Int
  when: String
  is: Bool }
component Struct(in: Int, fun: String, val: Binding<Int>) {
  Text("{in} {fun} {val}")
}
screen Proto(class: Int = 1) {
  state delete: [Obj] = []
  state build: Int = 0
  state object: String = ""
  state implements: Int = 0
  let typeof = build + class + implements
  Column {
    Struct(in: typeof, fun: object, val: $build)
    Button("x", action: {
      delete.append(Obj(default: 1, when: "w", is: true))
      implements = delete[0].default
      object = "o"
    })
  }
}
"""


def test_reserved_identifiers_are_renamed():
    files, _ = gen(RESERVED_SRC)
    proto = files["src/screens/Proto.tsx"]
    # TypeScript reserved words are always renamed, and the same way as on every target.
    for word in ("default", "class", "delete", "in", "typeof"):
        assert ident(word) != word
    assert f"const [{ident('delete')}, setDelete] = useState<Obj[]>([]);" in proto
    assert f"const [{ident('object')}, setObject] = useState(\"\");" in proto
    assert f"{ident('class')} = 1" in proto
    assert "implements_" in proto and "setImplements(" in proto   # strict-mode word, renamed here
    assert f"{ident('default')}: 1, {ident('when')}: \"w\", {ident('is')}: true" in proto
    assert f"{ident('in')}: number;" in files["src/components/Struct.tsx"]
    assert f"{ident('when')}: string;" in files["src/models.ts"]
    for word in ("fun", "val"):
        assert re.search(rf"\b{member_ident(word)}\b", proto + files["src/components/Struct.tsx"])
    # `build` is a component member: member_ident() renames it (ArkUI's build()), setter included.
    assert member_ident("build") != "build"
    assert f"const [{member_ident('build')}, setBuild] = useState(0);" in proto


def test_user_names_do_not_capture_generated_names():
    tsx = main_tsx(screen('state styles: Int = 0\nstate index: [Int] = []\nstate e: String = ""\n'
                          'Column { TextField(text: $e)\n Button("x", action: { index.remove(at: styles) }) }'
                          '.padding(4)'))
    assert "const styles2 = {" in tsx and "styles2.root" in tsx
    assert "(_, index2) => index2 !== styles" in tsx
    assert "(e2) => setE(e2.target.value)" in tsx


# ---- files, header, comments, determinism -------------------------------------------------------

def test_header_and_layout():
    files, _ = gen(DECLS + 'component C { Text("c") }\nscreen Main { C() }')
    assert set(files) == {"src/components/C.tsx", "src/screens/Main.tsx", "src/models.ts", "src/theme.ts",
                          "src/strings.ts"}
    for path, content in files.items():
        assert content.startswith("// Generated by xui from input.xui. Do not edit.\n"), path
        assert "import " in content or "export " in content, path   # every file is a module


def test_source_comments():
    src = screen('Column {\n  Text("a")\n  Button("b", action: {})\n}')
    plain = main_tsx(src)
    commented = main_tsx(src, source_comments=True)
    assert "xui:" not in plain
    assert "// xui: input.xui:3" in commented           # the root, in expression position
    assert "{/* xui: input.xui:4 */}" in commented      # children, in JSX child position
    assert "{/* xui: input.xui:5 */}" in commented


def test_deterministic_in_process_and_across_hash_seeds():
    first = gen(RESERVED_SRC)[0]
    assert first == gen(RESERVED_SRC)[0]
    script = (
        "import json, sys\n"
        "from xui.api import compile_paths\n"
        "from xui.backend import get_backend\n"
        "r = compile_paths(['samples'])\n"
        "files = {} if not r.ok else {f.path: f.content for f in get_backend('react').run(r.program).files}\n"
        "sys.stdout.write(json.dumps(files, sort_keys=True))\n")
    outs = []
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=True)
        outs.append(proc.stdout)
    assert outs[0] == outs[1]


# ---- unsupported constructs -----------------------------------------------------------------------

def test_native_without_react_is_e0401():
    src = screen('Column { native { swiftui: "Text(\\"x\\")" arkts: "Text(\'x\')" compose: "Text(\\"x\\")" } }')
    files, diags = gen(src)
    errs = [d for d in diags if d.code == "E0401"]
    assert errs and errs[0].span is not None and errs[0].span.line == 3
    assert "src/screens/Main.tsx" in files      # generate() never raises


def test_conditional_on_appear_is_e0401():
    src = screen('state b: Bool = true\nstate n: Int = 0\nColumn { if b { Text("x").onAppear { n = 1 } } }')
    _, diags = gen(src)
    errs = [d for d in diags if d.code == "E0401"]
    assert errs and errs[0].span.line == 5


# ---- coverage tables ----------------------------------------------------------------------------

def _node_kinds() -> set[str]:
    kinds: set[str] = set()
    for union, attr in ((ir.Expr, "node"), (ir.Action, "action"), (ir.View, "view")):
        for cls in typing.get_args(typing.get_args(union)[0]):
            kinds.add(cls.model_fields[attr].default)
    return kinds


def test_tables_cover_catalog_and_nodes():
    assert set(catalog.ELEMENTS) <= set(ReactBackend.ELEMENTS)
    assert set(catalog.MODIFIERS) <= set(ReactBackend.MODIFIERS) | set(ReactBackend.UNSUPPORTED)
    missing = _node_kinds() - set(ReactBackend.NODES) - set(ReactBackend.UNSUPPORTED)
    assert not missing


# ---- compile check ---------------------------------------------------------------------------------

def _tsc(out: Path) -> tuple[bool, str]:
    try:
        from xui.verify.react import check_react
    except Exception:   # the checkers package is being built
        check_react = None
    if check_react is not None:
        try:
            res = check_react(out)
        except Exception as exc:  # ToolchainMissing
            pytest.skip(str(exc))
        return res.ok, "\n".join(f"{d.path}:{d.line}:{d.col} {d.code} {d.message}" for d in res.diagnostics)
    nm = Path.home() / ".cache/xui/toolchains/npm/node_modules"
    if not (nm / "typescript/bin/tsc").exists() or shutil.which("node") is None:
        pytest.skip("tsc not installed (tools/toolchains/install)")
    files = sorted(str(p) for p in out.rglob("*") if p.suffix in (".ts", ".tsx"))
    opts = {"target": "ES2020", "module": "ESNext", "moduleResolution": "bundler", "jsx": "react-jsx",
            "strict": True, "noEmit": True, "skipLibCheck": True, "lib": ["ES2020", "DOM"], "types": [],
            "noUnusedLocals": True,
            "paths": {"react": [str(nm / "@types/react")], "react/*": [str(nm / "@types/react") + "/*"]}}
    cfg = out / "tsconfig.json"
    cfg.write_text(json.dumps({"compilerOptions": opts, "files": files}))
    proc = subprocess.run(["node", str(nm / "typescript/bin/tsc"), "-p", str(cfg), "--pretty", "false"],
                          capture_output=True, text=True)
    return proc.returncode == 0, proc.stdout + proc.stderr


def _write(files: dict[str, str], out: Path) -> None:
    for path, content in files.items():
        p = out / path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")


@pytest.mark.toolchains
def test_generated_code_compiles():
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        programs = {"decls": DECLS + 'screen Main { Text(strings.hello).foreground(theme.ink) }',
                    "reserved": RESERVED_SRC, "tap": TAP_SRC, "round2": ROUND2_SRC}
        for i, (_, body, _) in enumerate(EXPR_CASES + ACTION_CASES):
            programs[f"case{i}"] = screen(body, DECLS)
        for key, src in programs.items():
            _write(gen(src)[0], out / key)
        for sample in sorted((ROOT / "samples").iterdir()):
            r = compile_paths([sample])
            if sample.name != "shared" and r.ok:
                _write({f.path: f.content for f in get_backend("react").run(r.program).files},
                       out / "samples" / sample.name)
        ok, log = _tsc(out)
        assert ok, log


# ---- component members: the shared member_ident() rule ----------------------------------------------

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
  state items: [Item] = []
  let children = width + 1
  Column {
    TextField(text: $key)
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
    files, diags = gen(MEMBERS_SRC)
    assert not [d for d in diags if d.severity == "error"], diags
    w, k, v, c, d = (member_ident(x) for x in ("width", "key", "value", "children", "default"))
    s, r = member_ident("size"), member_ident("ref")
    # React's special props and ArkUI attribute names are renamed; the rest keeps its name
    assert (w, k, c, d, s, r) == ("width_", "key_", "children_", "default_", "size_", "ref_")
    box = squash(files["src/components/Box.tsx"])
    home = squash(files["src/screens/Home.tsx"])
    detail = squash(files["src/screens/Detail.tsx"])
    # declarations: props interface, destructuring (setters from the unrenamed name), state, let
    assert squash(f"{w}: number; {k}: string; {v}: number; setValue: Dispatch<SetStateAction<number>>; "
                  f"{c}: (value: number) => void; {d}?: number;") in box
    assert squash(f"{{ {w}, {k}, {v}, setValue, {c}, {d} = 2, }}: BoxProps") in box
    assert squash(f"const [{s}, setSize] = useState(1.5);") in box
    assert squash(f"const {r} = {w} + {d};") in box
    # uses: refs, binding, assignment to a binding param, callback call, navigation args
    assert squash(f"value={{{s}}}") in box and squash("setSize((") in box
    assert squash(f"setValue(nextValue); setSize(({s}) => {s} + 1); {c}(nextValue);") in box
    assert squash(f'props: {{ {w}, {k}, {d}: 1 }}') in box
    # caller side: labels, binding pairs, its own renamed state, locals and model fields keep ident()
    assert squash(f"const [{w}, setWidth] = useState(0);") in home
    assert squash(f"const [{k}, setKey] = useState(\"k\");") in home
    assert squash(f"const {c} = {w} + 1;") in home
    assert squash(f"<Box {w}={{{c}}} {k}={{{k}}} {v}={{{v}}} setValue={{setValue}} "
                  f"{c}={{(v) => setWidth(v)}} {d}={{{v}}} />") in home
    assert squash(f"value={{{k}}} onChange={{(e) => setKey(e.target.value)}}") in home
    assert squash("<span key={item.key}>{`${item.width} ${item.key}`}</span>") in home
    assert squash(f"{{ width: {w}, key: {k} }}") in home
    assert squash(f'props: {{ {w}: {v}, {k}, {d}: 3 }}') in home
    # screen params: the Props the navigation table refers to
    assert squash(f"{{ {w}, {k}, {d} = 1 }}: DetailProps") in detail
    assert squash(f"const [{c}, setChildren] = useState({k});") in detail
    # no component member keeps a special-prop name (the only `key` left is React's list key)
    for path in ("src/components/Box.tsx", "src/screens/Home.tsx", "src/screens/Detail.tsx"):
        code = files[path].replace(f"{{ width: {w}, key: {k} }}", "")   # model fields keep ident()
        assert re.findall(r"\bkey=\{[^}]*\}", code) == (["key={item.key}"] if "Home" in path else [])
        assert not re.search(r"\b(children|ref|width)\??[=:]", code), code


@pytest.mark.toolchains
def test_component_members_compile_with_all_samples():
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _write(gen(MEMBERS_SRC)[0], out / "members")
        r = compile_paths([ROOT / "samples"])
        assert r.ok, r.diagnostics
        res = get_backend("react").run(r.program)
        assert not [d for d in res.diagnostics if d.severity == "error"], res.diagnostics
        _write({f.path: f.content for f in res.files}, out / "samples")
        ok, log = _tsc(out)
        assert ok, log


# ---- italic, min/max frames, shadow, tint, selectable ------------------------------------------

def test_new_modifiers_exact_code():
    out = main_tsx(screen("""
  state c: Color = #FF336699
  state w: Float = 40
  Column {
    Text("a").italic().selectable()
    Text("c").frame(width: 100, height: 20)
    Text("d").frame(minWidth: 50, maxHeight: 60)
    Text("e").frame(width: w, minWidth: 120)
    Column { Text("f") }.shadow(radius: 4)
    Column { Text("g") }.shadow(radius: 2.5, color: #80FF0000)
    Column { Text("h") }.shadow(6, color: c).onTap { w += 1 }
  }
"""))
    for expected in [
        'text: { fontStyle: "italic", userSelect: "text" },',
        "text2: { width: 100, height: 20 },",
        "text3: { minWidth: 50, maxHeight: 60 },",
        '<span style={{ width: w, minWidth: 120 }}>e</span>',
        'boxShadow: "0 0 4px #00000033",',
        'boxShadow: "0 0 2.5px #FF000080",',
        "boxShadow: `0 0 6px ${c}`",
    ]:
        assert expected in out, (expected, out)


TINT_THEME = "theme {\n  color accent = #3366FF\n  color surface = #F2F2F2\n}\n"


def test_tint_exact_code():
    """`.tint`: a <span> grid holding the <img> (invisible, still sizing the element and giving
    its alt text) and a layer of the tint color masked by the image (tintLayer())."""
    out = main_tsx(screen("""
  state taps: Int = 0
  Column {
    Image("icon").tint(theme.accent)
    Image("logo", description: "Logo").tint(#FF0000)
    Image("icon").tint(#80FF0000).frame(width: 24, height: 24)
    Image("icon", description: "Add").tint(theme.accent).padding(8).background(theme.surface)
      .cornerRadius(8).onTap { taps += 1 }
    Image("photo", contentMode: .fill).tint(theme.accent).fillWidth().frame(height: 120)
  }""", TINT_THEME))
    assert out == """\
// Generated by xui from input.xui. Do not edit.
import { useState, type CSSProperties } from "react";
import { imageUrl, tintLayer } from "../assets";
import { tappable } from "../tappable";
import { theme } from "../theme";

const styles = {
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
  },
  image: { display: "inline-grid" },
  imageImg: { gridArea: "1 / 1", placeSelf: "stretch", opacity: 0 },
  image2: { display: "inline-grid", width: 24, height: 24 },
  image2Img: {
    gridArea: "1 / 1",
    placeSelf: "stretch",
    opacity: 0,
    width: 24,
    height: 24,
  },
  image3: {
    display: "inline-grid",
    padding: 8,
    backgroundColor: theme.surface,
    borderRadius: 8,
    overflow: "hidden",
    cursor: "pointer",
  },
  image4: { display: "inline-grid", alignSelf: "stretch", height: 120 },
  image4Img: {
    gridArea: "1 / 1",
    placeSelf: "stretch",
    opacity: 0,
    height: 120,
  },
} satisfies Record<string, CSSProperties>;

export function Main() {
  const [, setTaps] = useState(0);

  return (
    <div style={styles.root}>
      <span style={styles.image}>
        <img src={imageUrl("icon")} alt="" style={styles.imageImg} />
        <span aria-hidden style={tintLayer("icon", theme.accent)} />
      </span>
      <span style={styles.image}>
        <img src={imageUrl("logo")} alt="Logo" style={styles.imageImg} />
        <span aria-hidden style={tintLayer("logo", "#FF0000")} />
      </span>
      <span style={styles.image2}>
        <img src={imageUrl("icon")} alt="" style={styles.image2Img} />
        <span aria-hidden style={tintLayer("icon", "#FF000080")} />
      </span>
      <span {...tappable(() => setTaps((taps) => taps + 1))} style={styles.image3}>
        <img src={imageUrl("icon")} alt="Add" style={styles.imageImg} />
        <span aria-hidden style={tintLayer("icon", theme.accent)} />
      </span>
      <span style={styles.image4}>
        <img src={imageUrl("photo")} alt="" style={styles.image4Img} />
        <span aria-hidden style={tintLayer("photo", theme.accent, "fill")} />
      </span>
    </div>
  );
}
"""


def test_tint_helper_in_assets_only_when_used():
    files, diags = gen(screen('  Column {\n    Image("icon").tint(#FF0000)\n  }'))
    assert diags == []
    assert files["src/assets.ts"] == """\
// Generated by xui from input.xui. Do not edit.
import type { CSSProperties } from "react";

/** Where the app's image assets are served from. */
export const ASSET_BASE_URL = "/assets/";

export function imageUrl(name: string): string {
  return ASSET_BASE_URL + encodeURIComponent(name);
}

/**
 * The style of a layer that paints an image's shape (its opaque pixels) in `color`: CSS
 * cannot recolor an <img>, so the color is masked by the image instead, scaled like the
 * image (contain / cover). The layer shares grid cell 1 / 1 with the <img>; mask images are
 * fetched with CORS, so assets from another origin need Access-Control-Allow-Origin.
 */
export function tintLayer(
  name: string,
  color: string,
  contentMode: "fit" | "fill" = "fit",
): CSSProperties {
  const size = contentMode === "fill" ? "cover" : "contain";
  const mask = `url("${imageUrl(name)}") center / ${size} no-repeat`;
  return {
    gridArea: "1 / 1",
    backgroundColor: color,
    WebkitMask: mask,
    mask,
    pointerEvents: "none",
  };
}
"""
    # a tint in another component of the program does not change this component's import
    files, _ = gen('component C { Image("a").tint(#FF0000) }\nscreen Main { Image("b") }')
    assert 'import { imageUrl } from "../assets";' in files["src/screens/Main.tsx"]
    assert 'import { imageUrl, tintLayer } from "../assets";' in files["src/components/C.tsx"]
    # no tint anywhere: assets.ts as before
    files, _ = gen(screen('  Image("icon")'))
    assert "tintLayer" not in files["src/assets.ts"] and "react" not in files["src/assets.ts"]
    assert 'import { imageUrl } from "../assets";' in files["src/screens/Main.tsx"]


def test_tint_dynamic_values_and_attributes():
    out = main_tsx(screen("""
  state c: Color = #FF336699
  state w: Float = 24
  state n: Int = 0
  state items: [Item] = []
  Column {
    Image("icon").tint(c).frame(width: w)
    Image("photo", contentMode: n > 1 ? .fill : .fit, description: "Photo").tint(theme.accent)
      .accessibilityLabel("Big photo").disabled(n > 2).visible(n > 0)
    ForEach(items, key: .id) { item ->
      Image(item.icon).tint(c).opacity(0.5)
    }
  }""", TINT_THEME + "model Item {\n  id: Int\n  icon: String\n}\n"))
    # dynamic sizes stay inline (the <img> spreads the shared static part); a state color goes
    # straight into tintLayer()
    assert squash("""
      <span style={{ display: "inline-grid", width: w }}>
        <img src={imageUrl("icon")} alt="" style={{ ...styles.imageImg, width: w }} />
        <span aria-hidden style={tintLayer("icon", c)} />
      </span>""") in squash(out)
    # alt and aria-label stay on the <img>; inert and .visible take the whole element; a
    # dynamic contentMode is passed as it is ("fit" | "fill")
    assert squash("""
      {n > 0 && (
        <span inert={n > 2} style={styles.image}>
          <img src={imageUrl("photo")} alt="Photo" aria-label="Big photo" style={styles.imageImg} />
          <span aria-hidden style={tintLayer("photo", theme.accent, n > 1 ? "fill" : "fit")} />
        </span>
      )}""") in squash(out)
    # per item: the key and opacity go on the span
    assert squash("""
        <span key={item.id} style={styles.image2}>
          <img src={imageUrl(item.icon)} alt="" style={styles.imageImg} />
          <span aria-hidden style={tintLayer(item.icon, c)} />
        </span>""") in squash(out)
    assert 'image2: { display: "inline-grid", opacity: 0.5 },' in out


def test_tint_flexed_side_is_sized_by_the_span():
    """Along a Row / Column, a growing element's size is the span's: the <img> does not keep
    that side of its frame (it stretches with the span; the other side follows by the aspect
    ratio, as a plain <img> would), but keeps its min / max there."""
    out = main_tsx(screen("""
  Row {
    Image("a").tint(#FF0000).frame(width: 40, height: 20, maxWidth: 200).fillWidth()
    Image("b").tint(#FF0000).frame(width: 40, height: 20).weight(2)
    Column {
      Image("c").tint(#FF0000).frame(width: 40, height: 20).fillHeight()
    }
  }"""))
    for expected in [
        'image: {\n    display: "inline-grid",\n    width: 40,\n    height: 20,\n    maxWidth: 200,\n'
        '    flexGrow: 1,\n  },',
        'imageImg: {\n    gridArea: "1 / 1",\n    placeSelf: "stretch",\n    opacity: 0,\n    height: 20,\n'
        '    maxWidth: 200,\n  },',
        'image2: { display: "inline-grid", width: 40, height: 20, flex: 2 },',
        'image2Img: {\n    gridArea: "1 / 1",\n    placeSelf: "stretch",\n    opacity: 0,\n    height: 20,\n  },',
        'image3: { display: "inline-grid", width: 40, height: 20, flexGrow: 1 },',
        'image3Img: { gridArea: "1 / 1", placeSelf: "stretch", opacity: 0, width: 40 },',
    ]:
        assert expected in out, (expected, out)


def test_tint_on_the_root_names_its_styles_after_root():
    out = main_tsx(screen('  Image("icon").tint(theme.accent).frame(width: 24, height: 24)', TINT_THEME))
    assert 'root: { display: "inline-grid", width: 24, height: 24 },' in out
    assert "rootImg: {" in out
    assert '<img src={imageUrl("icon")} alt="" style={styles.rootImg} />' in out


@pytest.mark.toolchains
def test_tint_compiles():
    src = screen("""
  state c: Color = #FF336699
  state w: Float = 24
  state n: Int = 0
  state items: [Item] = []
  Column {
    Image("icon").tint(theme.accent)
    Image("logo", description: "Logo").tint(#FF0000).frame(width: w, maxHeight: 48)
    Image("icon").tint(c).padding(8).background(theme.surface).cornerRadius(8).onTap { n += 1 }
    Image("photo", contentMode: n > 1 ? .fill : .fit).tint(c).fillWidth().accessibilityLabel("P")
      .disabled(n > 2).visible(n > 0).shadow(radius: 2).border(width: 1, color: c)
    Row { Image("a").tint(#FF0000).weight(1) }
    Stack { Image("b", contentMode: .fill).tint(c).fillWidth().fillHeight() }
    List(items, key: .id) { item ->
      Image(item.icon).tint(c).opacity(0.5)
    }
  }""", TINT_THEME + "model Item {\n  id: Int\n  icon: String\n}\n")
    with tempfile.TemporaryDirectory() as tmp:
        files, diags = gen(src)
        assert diags == []
        _write(files, Path(tmp))
        ok, log = _tsc(Path(tmp))
        assert ok, log


def test_members_named_like_imported_helpers_do_not_shadow_them():
    src = screen("""
  state imageUrl: String = "x"
  state tintLayer: Int = 0
  state useState: Bool = false
  Column {
    Text(imageUrl)
    Image("star").tint(#FF0000)
    Toggle(isOn: $useState)
    Button("t", action: { tintLayer += 1 })
  }""")
    files, diags = gen(src)
    assert diags == []
    tsx = main_tsx(src)
    assert 'const [imageUrl_] = useState("x");' in tsx and 'src={imageUrl("star")}' in tsx
    assert "const [, setTintLayer] = useState(0);" in tsx and "(tintLayer_) => tintLayer_ + 1" in tsx
    assert 'tintLayer("star", "#FF0000")' in tsx
    assert "const [useState_, setUseState] = useState(false);" in tsx
    with tempfile.TemporaryDirectory() as tmp:
        _write(files, Path(tmp))
        ok, log = _tsc(Path(tmp))
        assert ok, log


# ---- .onTap: a keyboard-reachable button (src/tappable.ts) --------------------------------------

TAP_SRC = """
component Card(title: String) {
  Text(title)
}
screen Main {
  state n: Int = 0
  state tappable: Bool = false
  Column {
    Row {
      Text("row")
    }
    .padding(8)
    .onTap { n += 1 }
    .accessibilityLabel("Row")
    Text("two").onTap { n = 1 }.onTap { n += 3 }.disabled(tappable)
    Card(title: "c").onTap { tappable = !tappable }
    Image("icon").onTap { }
    Button("b", action: { n = 0 }).onTap { n = 4 }
    Toggle(isOn: $tappable).onTap { n = 5 }
  }
}
"""


def test_on_tap_spreads_tappable_and_a_pointer_cursor():
    files, diags = gen(TAP_SRC)
    assert diags == []
    main = files["src/screens/Main.tsx"]
    assert 'import { tappable } from "../tappable";' in main
    assert "const [tappable_, setTappable] = useState(false);" in main   # no shadowing of the import
    # the spread comes first (explicit attributes win), the cursor last in the hoisted style
    assert squash("""<div
        {...tappable(() => setN((n) => n + 1))}
        aria-label="Row"
        style={styles.row}
      >""") in squash(main), main
    assert 'padding: 8,\n    cursor: "pointer",\n  },' in main, main
    assert squash("""<span
        {...tappable(() => {
          setN(1);
          setN((n) => n + 3);
        })}
        inert={tappable_}
        style={styles.text}
      >""") in squash(main), main
    # a component use: the wrapper <div> is the button
    assert '<div {...tappable(() => setTappable(!tappable_))} style={styles.text}>' in main, main
    assert 'text: { cursor: "pointer" },' in main, main
    # an empty action still makes the element tappable
    assert '<img {...tappable(() => {})} src={imageUrl("icon")} alt="" style={styles.image} />' in main, main
    # input controls keep their own semantics: onClick only
    assert squash("onClick={() => {\n setN(0);\n setN(4);\n }}") in squash(main), main
    assert "onClick={() => setN(5)}" in main, main
    assert main.count("{...tappable(") == 4


def test_tappable_helper_file():
    files, _ = gen(TAP_SRC)
    helper = files["src/tappable.ts"]
    assert helper.startswith("// Generated by xui from input.xui. Do not edit.\n"
                             'import type { HTMLAttributes, KeyboardEvent } from "react";\n')
    assert "export function tappable(action: () => void): HTMLAttributes<HTMLElement> {" in helper
    for part in ['role: "button",', "tabIndex: 0,", "onClick: () => action(),",
                 "if (e.target !== e.currentTarget) return;", 'if (e.key === "Enter") {',
                 'if (e.target === e.currentTarget && e.key === " ") action();']:
        assert part in helper, (part, helper)
    # only when an element other than an input control has .onTap
    controls, _ = gen(screen('  state n: Int = 0\n  Column {\n    Button("b", action: { n = 1 }).onTap { n = 2 }\n'
                             '    Text("t")\n  }'))
    assert "src/tappable.ts" not in controls
    assert "tappable" not in controls["src/screens/Main.tsx"]


# ---- .placeholderColor: a CSS variable + one ::placeholder rule (src/placeholder.tsx) -------------

PLACEHOLDER_SRC = """
theme {
  color muted = #8A8A8A
}
strings {
  email = "Email"
}
model Item {
  id: Int
  hint: String
}
screen Main {
  state s: String = ""
  state c: Color = #FF336699
  state items: [Item] = []
  state placeholderColor: Bool = false
  Column {
    TextField(text: $s, placeholder: strings.email, keyboard: .email).placeholderColor(theme.muted)
    SecureField(text: $s, placeholder: "Password").placeholderColor(#80FF0000).padding(8)
    TextField(text: $s, placeholder: "Search").placeholderColor(c).placeholderColor(#FF0000)
    TextField(text: $s).placeholderColor(c).disabled(placeholderColor)
    ForEach(items, key: .id) { item ->
      TextField(text: $s, placeholder: item.hint).placeholderColor(c).fillWidth()
    }
  }
}
"""


def test_placeholder_color_exact_code():
    """The input takes the placeholder class and its color as a CSS variable (placeholderColor(),
    a style spread: theme tokens and literals hoisted like any static style); the <style> with the
    ::placeholder rule is rendered beside it in a fragment (keyed in a list); the last color wins;
    without a placeholder nothing is emitted."""
    files, diags = gen(PLACEHOLDER_SRC)
    assert diags == []
    main = files["src/screens/Main.tsx"]
    assert 'import { placeholderClass, placeholderColor, placeholderStylesheet } from "../placeholder";' in main
    assert "const [placeholderColor_] = useState(false);" in main   # does not shadow the import
    assert 'secureField: {\n    ...placeholderColor("#FF000080"),\n    padding: 8,\n    alignSelf: "stretch",\n  },' in main
    assert 'textField: { ...placeholderColor(theme.muted), alignSelf: "stretch" },' in main, main
    expected = """\
    <div style={styles.root}>
      <>
        {placeholderStylesheet}
        <input
          type="email"
          value={s}
          placeholder={strings.email}
          onChange={(e) => setS(e.target.value)}
          className={placeholderClass}
          style={styles.textField}
        />
      </>
      <>
        {placeholderStylesheet}
        <input
          type="password"
          value={s}
          placeholder="Password"
          onChange={(e) => setS(e.target.value)}
          className={placeholderClass}
          style={styles.secureField}
        />
      </>
      <>
        {placeholderStylesheet}
        <input
          type="text"
          value={s}
          placeholder="Search"
          onChange={(e) => setS(e.target.value)}
          className={placeholderClass}
          style={styles.textField2}
        />
      </>
      <input
        type="text"
        value={s}
        onChange={(e) => setS(e.target.value)}
        disabled={placeholderColor_}
        style={styles.textField3}
      />
      {items.map((item) => (
        <Fragment key={item.id}>
          {placeholderStylesheet}
          <input
            type="text"
            value={s}
            placeholder={item.hint}
            onChange={(e) => setS(e.target.value)}
            className={placeholderClass}
            style={{ ...placeholderColor(c), alignSelf: "stretch" }}
          />
        </Fragment>
      ))}
    </div>
"""
    assert expected in main, main


def test_placeholder_helper_file_only_when_used():
    files, _ = gen(PLACEHOLDER_SRC)
    assert files["src/placeholder.tsx"] == """\
// Generated by xui from input.xui. Do not edit.
import type { CSSProperties } from "react";

/**
 * xui's `.placeholderColor`. An inline style cannot reach an input's ::placeholder, so such an
 * input has the class `placeholderClass` and its color in the CSS variable
 * --xui-placeholder-color (`style={placeholderColor(color)}`), and renders
 * `placeholderStylesheet` beside it: the one rule that paints the placeholder in that color
 * (opacity 1: Firefox dims placeholders by default). React hoists this <style> into the
 * document head and keeps one copy however many inputs render it (same href).
 */
export const placeholderClass = "xui-placeholder";

export const placeholderStylesheet = (
  <style href="xui-placeholder" precedence="default">
    {`.${placeholderClass}::placeholder { color: var(--xui-placeholder-color); opacity: 1; }`}
  </style>
);

/** The style that sets the placeholder color of an input with `placeholderClass`. */
export function placeholderColor(color: string): CSSProperties {
  return { "--xui-placeholder-color": color } as CSSProperties;
}
"""
    # another component's use does not change this component's imports
    files, _ = gen('component C {\n  state s: String = ""\n  TextField(text: $s, placeholder: "p")'
                   '.placeholderColor(#FF0000)\n}\nscreen Main {\n  C()\n}\n')
    assert "placeholder" not in files["src/screens/Main.tsx"]
    assert "../placeholder" in files["src/components/C.tsx"]
    # no placeholder text, nothing to color: no helper file
    files, _ = gen(screen('  state s: String = ""\n  TextField(text: $s).placeholderColor(#FF0000)'))
    assert "src/placeholder.tsx" not in files
    assert "placeholder" not in files["src/screens/Main.tsx"]


@pytest.mark.toolchains
def test_placeholder_color_compiles():
    with tempfile.TemporaryDirectory() as tmp:
        files, diags = gen(PLACEHOLDER_SRC)
        assert diags == []
        _write(files, Path(tmp))
        ok, log = _tsc(Path(tmp))
        assert ok, log


def test_text_modifiers_style_the_toggle_and_checkbox_label():
    out = main_tsx(LABEL_STYLE_SRC)
    assert """\
      <label style={styles.toggle}>
        <span style={styles.toggleLabel}>Wi-Fi</span>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) => setOn(e.target.checked)}
        />
      </label>
      <label style={styles.checkbox}>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        <span style={styles.toggleLabel}>Agree</span>
      </label>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(e) => setOn(e.target.checked)}
      />
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
    </div>
""" in out, out
    # the label's style is the text's; the <label> keeps its layout (and the padding): a Toggle's
    # text leads and its switch trails across the width, a Checkbox's box leads
    assert """\
  toggle: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: 8,
    alignSelf: "stretch",
  },
  toggleLabel: { color: "#FF0000", fontSize: 13, fontWeight: 700 },
  checkbox: {
    display: "inline-flex",
    alignItems: "center",
    gap: 8,
    padding: 4,
  },
""" in out, out


# ---- Divider(color:, thickness:), .submitLabel, FontWeight.light, .letterSpacing -----------------

ROUND2_SRC = """
theme {
  color line = #3366FF
  font caption = Font(size: 14, weight: .light)
}
screen Main {
  state name: String = ""
  state pw: String = ""
  state on: Bool = false
  state w: Float = 2
  Column {
    Divider()
    Divider(color: #FF0000, thickness: 2)
    Divider(color: theme.line)
    Divider(thickness: 0.5)
    Divider(color: on ? #FF0000 : #00FF00, thickness: w)
    Row {
      Divider()
      Divider(color: #80112233, thickness: 3)
    }
    Text("a").fontWeight(.light).letterSpacing(1.5)
    Text("b").font(theme.caption).letterSpacing(-0.5)
    Text("c").fontWeight(on ? .light : .bold).letterSpacing(w)
    TextField(text: $name, placeholder: "Name").submitLabel(.next).letterSpacing(1.5)
    SecureField(text: $pw).submitLabel(.done)
    TextField(text: $name, placeholder: "Search").submitLabel(on ? .go : .send).placeholderColor(#FF0000)
    Button("Send", action: { w += 1 }).letterSpacing(1)
    Toggle(isOn: $on, label: "Wi-Fi").letterSpacing(2)
  }
}
"""


def test_divider_color_and_thickness_exact_code():
    """Without arguments the platform line as before; with color and/or thickness the border on
    the side across the container's axis is `<thickness>px solid <color>` (defaults 1px, #E0E0E0)."""
    out = main_tsx(ROUND2_SRC)
    line = 'alignSelf: "stretch",\n    margin: 0,\n    border: "none",\n'
    for expected in [
        '  divider: {\n    ' + line + '    borderTop: "1px solid #E0E0E0",\n  },',
        '  divider2: {\n    ' + line + '    borderTop: "2px solid #FF0000",\n  },',
        '  divider3: {\n    ' + line + '    borderTop: `1px solid ${theme.line}`,\n  },',
        '  divider4: {\n    ' + line + '    borderTop: "0.5px solid #E0E0E0",\n  },',
        '  divider5: { alignSelf: "stretch", margin: 0, border: "none" },',
        '  divider6: {\n    ' + line + '    borderLeft: "1px solid #E0E0E0",\n  },',
        '  divider7: {\n    ' + line + '    borderLeft: "3px solid #11223380",\n  },',
        '<hr style={styles.divider2} />',
        '<hr style={styles.divider7} />',
    ]:
        assert expected in out, (expected, out)
    # dynamic values: the line in the inline style, after the hoisted static part
    assert """\
      <hr
        style={{
          ...styles.divider5,
          borderTop: `${w}px solid ${on ? "#FF0000" : "#00FF00"}`,
        }}
      />""" in out, out


def test_submit_label_is_enter_key_hint():
    out = main_tsx(ROUND2_SRC)
    for expected in [
        """\
      <input
        type="text"
        value={name}
        placeholder="Name"
        enterKeyHint="next"
        onChange={(e) => setName(e.target.value)}
        style={styles.textField}
      />""",
        """\
      <input
        type="password"
        value={pw}
        enterKeyHint="done"
        onChange={(e) => setPw(e.target.value)}
        style={styles.secureField}
      />""",
    ]:
        assert expected in out, (expected, out)
    # a dynamic label; with .placeholderColor the attribute stays on the input
    assert squash('{placeholderStylesheet} <input type="text" value={name} placeholder="Search" '
                  'enterKeyHint={on ? "go" : "send"} onChange={(e) => setName(e.target.value)} '
                  'className={placeholderClass}') in squash(out), out


def test_font_weight_light_is_300():
    files, _ = gen(ROUND2_SRC)
    assert "caption: { fontSize: 14, fontWeight: 300 }," in files["src/theme.ts"]
    out = files["src/screens/Main.tsx"]
    assert "text: { fontWeight: 300, letterSpacing: 1.5 }," in out, out
    assert '<span style={{ fontWeight: on ? 300 : 700, letterSpacing: w }}>c</span>' in out, out
    assert "fontWeight: 300" in main_tsx(screen('Text("a").font(Font(size: 12, weight: .light))'))


def test_letter_spacing_on_text_button_field_and_label():
    out = main_tsx(ROUND2_SRC)
    for expected in [
        "text: { fontWeight: 300, letterSpacing: 1.5 },",
        "text2: { ...theme.caption, letterSpacing: -0.5 },",
        'textField: { letterSpacing: 1.5, alignSelf: "stretch" },',
        "button: { letterSpacing: 1 },",
        "toggleLabel: { letterSpacing: 2 },",
        '<button type="button" onClick={() => setW((w) => w + 1)} style={styles.button}>',
        '<span style={styles.toggleLabel}>Wi-Fi</span>',
    ]:
        assert expected in out, (expected, out)
    # the Toggle's own <label> keeps only its layout
    assert 'toggle: {\n    display: "flex",\n    alignItems: "center",\n    justifyContent: "space-between",\n' \
           '    gap: 8,\n    alignSelf: "stretch",\n  },' in out, out
