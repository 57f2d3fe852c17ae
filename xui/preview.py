"""`xui preview`: render a screen to a PNG through the React target.

    preview("samples/todo/todo.xui", "TodoList", "todo.png", state={"draft": "Milk"})
    preview_all(["samples"], "shots")          # one PNG per screen + index.html

Pipeline: the front end (with `--state` overrides applied to the source, so they are
type-checked like any other code) -> the React backend into a scratch folder -> a small
entry (`main.tsx`) that mounts the generated `<App>` on the chosen screen -> esbuild
(pinned, from npm) bundles it -> Debian's headless Chromium loads the page from a file
and takes a screenshot at a phone-sized viewport.

`--state name=value` sets the initial value of a screen's `state name` or the value of
its parameter `name`. The value is an xui expression (`count=3`, `done=true`,
`'todos=[Todo(id: 1, title: "Milk")]'`); for a String, plain text is taken as is
(`draft=Milk`). Parameters without a default get a placeholder (0, "", [], a model
built from placeholders) so every screen can be shown.

Needs the npm packages and Chromium that `tools/preview/install` installs (into
${XUI_PREVIEW_CACHE:-~/.cache/xui/preview}); `XUI_CHROMIUM` overrides the browser path.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from xui import ast as A
from xui import ir
from xui.watch import Loaded, load_program

DEFAULT_WIDTH, DEFAULT_HEIGHT = 390, 844
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                  "--force-device-scale-factor=1", "--run-all-compositor-stages-before-draw",
                  "--virtual-time-budget=3000"]


class PreviewError(Exception):
    """A problem the user can fix (bad input, missing tools); the message says how."""


# ---- tools ------------------------------------------------------------------------------------------

def cache_dir() -> Path:
    return Path(os.environ.get("XUI_PREVIEW_CACHE") or Path.home() / ".cache" / "xui" / "preview")


def node_modules() -> Path:
    nm = cache_dir() / "npm" / "node_modules"
    if not (nm / "esbuild").is_dir() or not (nm / "react-dom").is_dir():
        raise PreviewError(f"the preview bundler is not installed (looked in {nm}); "
                           "run `bash tools/preview/install` from the xui repository")
    return nm


def find_chromium() -> str:
    env = os.environ.get("XUI_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    raise PreviewError("Chromium was not found; install it (`apt-get install chromium`, or "
                       "`bash tools/preview/install`), or set XUI_CHROMIUM to a Chrome/Chromium binary")


def tools_available() -> str | None:
    """None when preview can run here, else the reason it cannot."""
    try:
        node_modules()
        find_chromium()
        if not shutil.which("node"):
            raise PreviewError("Node.js is not installed (esbuild needs it)")
    except PreviewError as e:
        return str(e)
    return None


# ---- state overrides as source edits ----------------------------------------------------------------

def _offset(text: str, line: int, col: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[:line - 1]) + col - 1


def xui_string(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("{", "\\{").replace("}", "\\}")
    return '"' + out.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + '"'


def value_text(raw: str, t) -> str:
    """`--state` value -> xui expression text (plain text is a String where one is expected)."""
    inner = t.inner if isinstance(t, ir.TOptional) else t
    if isinstance(inner, ir.TPrim) and inner.name == "String":
        r = raw.strip()
        if not (r.startswith('"') and r.endswith('"') and len(r) >= 2) and r != "nil":
            return xui_string(raw)
    if isinstance(inner, ir.TEnum) and raw.isidentifier():
        return "." + raw
    return raw


def placeholder(t, program: ir.Program, name: str = "", depth: int = 0) -> str:
    """An xui expression of type `t` to stand in for a parameter nobody gave."""
    if isinstance(t, ir.TPrim):
        return {"String": xui_string(name or "text"), "Int": "0", "Float": "0", "Bool": "false",
                "Color": "#000000", "Font": "Font(size: 16)"}.get(t.name, "nil")
    if isinstance(t, ir.TList):
        return "[]"
    if isinstance(t, ir.TOptional):
        return "nil"
    if isinstance(t, ir.TEnum):
        e = next((e for e in program.enums if e.name == t.name), None)
        return f"{t.name}.{e.cases[0]}" if e and e.cases else "nil"
    if isinstance(t, ir.TModel) and depth < 4:
        m = next((m for m in program.models if m.name == t.name), None)
        if m is not None:
            args = [f"{f.name}: {placeholder(f.type, program, f.name, depth + 1)}"
                    for f in m.fields if f.default is None and not isinstance(f.type, ir.TOptional)]
            return f"{t.name}({', '.join(args)})"
    return "nil"


@dataclass
class ScreenRef:
    name: str
    key: str                       # display key of the file declaring it
    path: Path
    ast: A.Component
    ir: ir.Component


def screens_of(loaded: Loaded) -> list[ScreenRef]:
    program = loaded.result.program
    if program is None:
        return []
    by_name = {c.name: c for c in program.components}
    out = []
    for key in loaded.result.roots + [k for k in loaded.result.modules if k not in loaded.result.roots]:
        m = loaded.result.modules.get(key)
        if m is None:
            continue
        for d in m.items:
            if isinstance(d, A.Component) and d.kind == "screen" and d.name in by_name:
                if not any(s.name == d.name for s in out):
                    out.append(ScreenRef(d.name, key, loaded.paths.get(key, Path(key)), d, by_name[d.name]))
    return out


def screen_edits(screen: ScreenRef, text: str, program: ir.Program, state: dict[str, str],
                 fill_required: bool = True) -> str:
    """`text` (the screen's file) with state/param overrides and placeholders applied."""
    edits: list[tuple[int, int, str]] = []
    params = {p.name: p for p in screen.ast.params or []}
    states = {b.name: b for b in screen.ast.body if isinstance(b, A.StateDecl)}
    ir_types = {x.name: x.type for x in [*screen.ir.params, *screen.ir.states]}
    unknown = [k for k in state if k not in params and k not in states]
    if unknown:
        names = sorted([*params, *states])
        raise PreviewError(f"screen {screen.name} has no state or parameter "
                           + ", ".join(f"'{k}'" for k in unknown)
                           + (f" (it has: {', '.join(names)})" if names else " (it has none)"))
    for name, raw in state.items():
        v = value_text(raw, ir_types[name])
        node = states.get(name)
        if node is not None:
            s = node.value.span
            edits.append((_offset(text, s.line, s.col), _offset(text, s.end_line, s.end_col), v))
            continue
        p = params[name]
        if p.default is not None:
            s = p.default.span
            edits.append((_offset(text, s.line, s.col), _offset(text, s.end_line, s.end_col), v))
        else:
            s = p.type.span
            at = _offset(text, s.end_line, s.end_col)
            edits.append((at, at, f" = {v}"))
    if fill_required:
        for p in screen.ast.params or []:
            if p.default is None and p.name not in state:
                s = p.type.span
                at = _offset(text, s.end_line, s.end_col)
                edits.append((at, at, f" = {placeholder(ir_types[p.name], program, p.name)}"))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


# ---- the page -------------------------------------------------------------------------------------------

ENTRY = """\
import { Component, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
__XUI_IMPORTS__

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) { return { error }; }
  render() {
    if (this.state.error) {
      return <pre style={{ color: "#B00020", whiteSpace: "pre-wrap", padding: 12, font: "13px monospace" }}>
        {"xui preview: the screen threw\\n" + String((this.state.error as Error)?.stack ?? this.state.error)}
      </pre>;
    }
    return this.props.children;
  }
}

const screen = decodeURIComponent(location.hash.slice(1)) || __XUI_DEFAULT_SCREEN__;
const root = createRoot(document.getElementById("root")!);
flushSync(() => {
  root.render(<Boundary>{__XUI_RENDER__}</Boundary>);
});
document.title = screen;
"""

PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xui preview</title>
<style>
  html, body { margin: 0; padding: 0; background: #FFFFFF; color: #1A1A1A; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
         font-size: 16px; -webkit-font-smoothing: antialiased; }
  #root { min-height: 100vh; }
  button { font: inherit; }
</style>
</head>
<body>
<div id="root"></div>
<script src="bundle.js"></script>
</body>
</html>
"""


def entry_source(files: list[str], screens: list[str], default: str) -> str:
    """main.tsx: mount the chosen screen (through the generated `<App>` when the program
    navigates, so `useNavigation()` works; else the screen component itself)."""
    if "src/App.tsx" in files:
        imports = 'import { App } from "./src/App";'
        render = "<App initialRoute={{ screen, props: {} } as any} />"
    else:
        lines, cases = [], []
        for name in screens:
            if f"src/screens/{name}.tsx" in files:
                lines.append(f'import {{ {name} }} from "./src/screens/{name}";')
                cases.append(f"  {json.dumps(name)}: {name},")
        imports = "\n".join(lines) + "\nconst SCREENS: Record<string, any> = {\n" + "\n".join(cases) + "\n};"
        render = ("(() => { const S = SCREENS[screen]; return S ? <S /> : "
                  "<pre>{`xui preview: no screen ${screen}`}</pre>; })()")
    return (ENTRY.replace("__XUI_IMPORTS__", imports).replace("__XUI_RENDER__", render)
            .replace("__XUI_DEFAULT_SCREEN__", json.dumps(default)))


@dataclass
class Page:
    """A bundled page in `folder` (index.html + bundle.js) showing any of `screens` by URL hash."""
    folder: Path
    screens: list[str]
    timings: dict[str, float] = field(default_factory=dict)

    def url(self, screen: str) -> str:
        return (self.folder / "index.html").resolve().as_uri() + "#" + screen


def _diag_text(loaded: Loaded, note: str = "") -> str:
    from xui.diagnostics import render_text
    errs = [d for d in loaded.result.diagnostics if d.severity == "error"]
    return "\n".join(render_text(d, loaded.result.sources) for d in errs) + note


def build_page(paths: list[str | Path], folder: Path, *, screen: str | None = None,
               state: dict[str, str] | None = None) -> Page:
    """Check, generate React, write the entry and bundle it into `folder`."""
    from xui.backend import BuildOptions, get_backend
    t0 = time.perf_counter()
    loaded = load_program(paths)
    if not loaded.result.ok:
        raise PreviewError("the sources have errors:\n" + _diag_text(loaded))
    screens = screens_of(loaded)
    if not screens:
        raise PreviewError("no screen found in " + ", ".join(str(p) for p in paths))
    program = loaded.result.program
    chosen = screens[0]
    if screen is not None:
        match = [s for s in screens if s.name == screen]
        if not match:
            raise PreviewError(f"no screen named '{screen}'; screens: " + ", ".join(s.name for s in screens))
        chosen = match[0]
    # --state on the chosen screen, placeholders for required params of every screen
    # (one pass per file, later screens first: spans refer to the original text)
    overlay: dict[str, str] = {}
    by_file: dict[str, list[ScreenRef]] = {}
    for s in screens:
        by_file.setdefault(str(s.path), []).append(s)
    for f, ss in by_file.items():
        text = loaded.texts[ss[0].key]
        for s in sorted(ss, key=lambda s: (s.ast.span.line, s.ast.span.col), reverse=True):
            overrides = (state or {}) if s.name == chosen.name else {}
            text = screen_edits(s, text, program, overrides)
        if text != loaded.texts[ss[0].key]:
            overlay[f] = text
    if overlay:
        loaded = load_program(paths, overlay)
        if not loaded.result.ok:
            raise PreviewError("the --state values do not check:\n"
                               + _diag_text(loaded, "\n(positions are in the source with the values applied)"))
        program = loaded.result.program
    t1 = time.perf_counter()
    result = get_backend("react", BuildOptions()).run(program)
    errs = [d for d in result.diagnostics if d.severity == "error"]
    if errs:
        from xui.diagnostics import render_text
        raise PreviewError("the React target cannot build this program:\n"
                           + "\n".join(render_text(d, loaded.result.sources) for d in errs))
    folder.mkdir(parents=True, exist_ok=True)
    for f in result.files:
        dest = folder / f.path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(f.content, encoding="utf-8")
    (folder / "main.tsx").write_text(entry_source([f.path for f in result.files], [s.name for s in screens],
                                                  chosen.name), encoding="utf-8")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    nm = node_modules()
    link = folder / "node_modules"
    if not link.exists():
        link.symlink_to(nm, target_is_directory=True)
    t2 = time.perf_counter()
    esbuild = nm / "esbuild" / "bin" / "esbuild"
    cmd = [str(esbuild), "main.tsx", "--bundle", "--outfile=bundle.js", "--format=iife", "--jsx=automatic",
           "--target=es2020", "--minify", "--log-level=warning", "--define:process.env.NODE_ENV=\"production\"",
           "--loader:.png=dataurl", "--loader:.svg=dataurl"]
    if not shutil.which("node"):
        raise PreviewError("Node.js is not installed (esbuild needs it)")
    proc = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise PreviewError("esbuild failed:\n" + (proc.stderr or proc.stdout))
    t3 = time.perf_counter()
    return Page(folder, [s.name for s in screens],
                {"check": t1 - t0, "generate": t2 - t1, "bundle": t3 - t2})


def screenshot(url: str, out_png: Path, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
               timeout: float = 60) -> None:
    """Headless Chromium: `url` -> `out_png` at width x height CSS pixels (scale 1)."""
    chromium = find_chromium()
    out_png = Path(out_png).resolve()
    out_png.parent.mkdir(parents=True, exist_ok=True)
    tmp_png = out_png.with_name(f".{out_png.name}.{os.getpid()}.tmp.png")
    with tempfile.TemporaryDirectory(prefix="xui-chromium-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
               f"--screenshot={tmp_png}", url]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, "HOME": profile})
        except subprocess.TimeoutExpired:
            raise PreviewError(f"Chromium did not finish within {timeout:.0f} s") from None
    if proc.returncode != 0 or not tmp_png.is_file():
        tmp_png.unlink(missing_ok=True)
        tail = "\n".join((proc.stderr or "").strip().splitlines()[-8:])
        raise PreviewError(f"Chromium failed (exit {proc.returncode}):\n{tail}")
    os.replace(tmp_png, out_png)


def _state_dict(state) -> dict[str, str]:
    if state is None:
        return {}
    if isinstance(state, dict):
        return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in state.items()}
    out = {}
    for item in state:                       # ["key=value", ...] as from the command line
        k, sep, v = item.partition("=")
        if not sep or not k.strip():
            raise PreviewError(f"--state wants name=value, got '{item}'")
        out[k.strip()] = v
    return out


def preview(file: str | Path, screen: str | None, out_png: str | Path, state=None,
            width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT, *, keep: Path | None = None) -> dict:
    """Render one screen of `file` (with what it imports) to `out_png`. Returns timings (s)."""
    t0 = time.perf_counter()
    st = _state_dict(state)
    with tempfile.TemporaryDirectory(prefix="xui-preview-") as tmp:
        folder = Path(keep) if keep else Path(tmp)
        page = build_page([file], folder, screen=screen, state=st)
        name = screen or page.screens[0]
        t1 = time.perf_counter()
        screenshot(page.url(name), Path(out_png), width, height)
        t2 = time.perf_counter()
    return {**page.timings, "screenshot": t2 - t1, "total": t2 - t0}


def preview_all(paths: list[str | Path], out_dir: str | Path, width: int = DEFAULT_WIDTH,
                height: int = DEFAULT_HEIGHT, *, jobs: int = 2) -> list[Path]:
    """One PNG per screen under `paths` into `out_dir`, plus `out_dir/index.html`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="xui-preview-") as tmp:
        page = build_page(list(paths), Path(tmp))
        targets = [(s, out / f"{s}.png") for s in page.screens]
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            list(pool.map(lambda sp: screenshot(page.url(sp[0]), sp[1], width, height), targets))
    cards = "\n".join(
        f'  <figure><img src="{html.escape(p.name)}" width="{width // 2}" height="{height // 2}" '
        f'alt="{html.escape(s)}"><figcaption>{html.escape(s)}</figcaption></figure>' for s, p in targets)
    (out / "index.html").write_text(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>xui screens</title>\n"
        "<style>body{font-family:sans-serif;margin:24px;background:#F4F4F6}"
        "main{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0;text-align:center}"
        "img{border:1px solid #CCC;border-radius:12px;background:#FFF}</style></head>\n"
        f"<body><h1>xui screens</h1>\n<main>\n{cards}\n</main></body></html>\n", encoding="utf-8")
    return [p for _, p in targets]


# ---- PNG reading (for checks; no imaging library needed) -----------------------------------------------

def read_png(path: str | Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, channels, rows) of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, []
    width = height = depth = ctype = interlace = 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(ctype)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, color type {ctype}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(channels, stride):
                line[x] = (line[x] + line[x - channels]) & 0xFF
        elif f == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 0xFF
        elif f == 3:
            for x in range(stride):
                left = line[x - channels] if x >= channels else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif f == 4:
            for x in range(stride):
                a = line[x - channels] if x >= channels else 0
                b = prev[x]
                c = prev[x - channels] if x >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows
