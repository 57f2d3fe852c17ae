"""The `xui` command line. Thin: parse options, call the library, print, exit.

Exit status: 0 success (warnings allowed), 1 errors in the user's input or
output drift (`--check`), 2 usage or I/O errors.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from xui import __version__

TARGET_CHOICES = ["arkts", "compose", "swiftui", "react", "all"]


class _TargetList(click.ParamType):
    """`--target arkts`, repeatable, and comma-separated as well (`--target arkts,react`)."""
    name = "target"

    def get_metavar(self, param, ctx=None) -> str:      # (click < 8.2 passes no ctx)
        return "[" + "|".join(TARGET_CHOICES) + "]"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        names = tuple(v.strip() for v in str(value).split(",") if v.strip())
        for n in names or ("",):
            if n not in TARGET_CHOICES:
                self.fail(f"{n!r} is not one of {', '.join(map(repr, TARGET_CHOICES))}", param, ctx)
        return names


TARGETS = _TargetList()


def _flat(targets) -> list[str]:
    return [t for group in targets for t in group]
EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


def _setup() -> None:
    # The parser caps nesting (E0016) so passes stay far below this; the margin
    # covers pydantic and Jinja frames.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))


def _batch_mode() -> None:
    """One-shot commands (check, build, verify, ir) allocate millions of small acyclic
    objects and then exit: the cyclic garbage collector only costs time there (measured
    -20-25% CPU on a 1,000-component build, bench/README.md). Long-running commands
    (watch, lsp) keep it."""
    import gc
    gc.disable()


def _print_diagnostics(result, fmt: str, quiet: bool = False) -> None:
    from xui.diagnostics import render_json, render_text, summary_line
    ds = result.diagnostics
    if quiet:
        ds = [d for d in ds if d.severity == "error"]
    if fmt == "json":
        if ds:
            click.echo(render_json(ds))
        return
    color = sys.stderr.isatty()
    for d in ds:
        click.echo(render_text(d, result.sources, color=color), err=True)
    if ds:
        click.echo(summary_line(ds), err=True)


def _io_errors(result) -> bool:
    return any(d.code == "E0001" and d.span is None for d in result.diagnostics)


def _exit_for(result) -> int:
    if _io_errors(result):
        return EXIT_USAGE
    return EXIT_USER if any(d.severity == "error" for d in result.diagnostics) else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="xui")
def main() -> None:
    """xui: write a screen once; compile it to ArkTS (HarmonyOS), Jetpack Compose,
    SwiftUI and React.

    \b
    Everyday use:
      xui check samples                      report errors and warnings
      xui build --target arkts               build the project in ./xui.toml
      xui build samples --target all --out build
      xui build --check                      exit 1 if committed output is stale
      xui fmt samples                        format sources in place
      xui explain E0203                      what an error code means
    """
    _setup()


def _source_paths(paths: tuple[str, ...]) -> tuple[list[str], object]:
    """Paths from the command line, else from the nearest xui.toml, else the current folder."""
    if paths:
        return list(paths), None
    from xui.project import ConfigError, find_project, load_project
    found = find_project(Path.cwd())
    if found is None:
        return ["."], None
    try:
        proj = load_project(found)
    except ConfigError as e:
        click.echo(f"error[E0404]: {e}", err=True)
        sys.exit(EXIT_USAGE)
    return [str(s) for s in proj.sources], proj


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Diagnostics as text (default) or JSON lines.")
@click.option("-q", "--quiet", is_flag=True, help="Show errors only.")
def check(paths: tuple[str, ...], fmt: str, quiet: bool) -> None:
    """Parse and type-check .xui files (folders are searched recursively)."""
    _batch_mode()
    from xui.api import compile_paths
    srcs, _ = _source_paths(paths)
    result = compile_paths(srcs)
    _print_diagnostics(result, fmt, quiet)
    if fmt == "text" and not result.diagnostics:
        n = len(result.modules)
        click.echo(f"checked {n} file{'s' if n != 1 else ''}: no problems", err=True)
    sys.exit(_exit_for(result))


@main.command()
@click.argument("file", required=False, type=click.Path())
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the IR instead.")
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation.")
def ir(file: str | None, schema: bool, indent: int) -> None:
    """Print the typed IR of FILE (and what it imports) as JSON."""
    from xui import ir as irmod
    if schema:
        click.echo(json.dumps(irmod.Program.model_json_schema(), indent=indent, sort_keys=True))
        return
    if not file:
        raise click.UsageError("give a FILE, or --schema")
    from xui.api import compile_paths
    result = compile_paths([file])
    if not result.ok:
        _print_diagnostics(result, "text")
        sys.exit(_exit_for(result) or EXIT_USER)
    _print_diagnostics(result, "text")
    click.echo(result.program.model_dump_json(indent=indent))


@main.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="List every code.")
def explain(code: str | None, show_all: bool) -> None:
    """Explain a diagnostic code, e.g. `xui explain E0203`."""
    from xui.diagnostics import CODES, did_you_mean
    if show_all or not code:
        for c in sorted(CODES.values(), key=lambda c: c.code):
            click.echo(f"{c.code}  {c.title}")
        return
    c = CODES.get(code.upper())
    if c is None:
        hint = did_you_mean(code.upper(), CODES)
        click.echo(f"unknown code '{code}'" + (f"; {hint}" if hint else ""), err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"{c.code}: {c.title}\n\n{c.explanation}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 listing unformatted files.")
@click.option("--diff", is_flag=True, help="Print a diff instead of writing.")
def fmt(paths: tuple[str, ...], check_only: bool, diff: bool) -> None:
    """Format .xui files in place, in the canonical style (comments are kept)."""
    import difflib

    from xui.build import atomic_write
    from xui.diagnostics import DiagnosticSink, SourceCache, render_text
    from xui.formatter import format_source
    from xui.parser import decode_source
    from xui.sources import discover, display_path
    srcs, _ = _source_paths(paths)
    files, missing = discover(srcs)
    for m in missing:
        click.echo(f"error[E0001]: no such file or directory: '{m}'", err=True)
    if missing:
        sys.exit(EXIT_USAGE)
    changed: list[str] = []
    failed = False
    for f in files:
        sink = DiagnosticSink()
        sources = SourceCache()
        name = display_path(f)
        try:
            data = f.read_bytes()
        except OSError as e:
            click.echo(f"error[E0001]: cannot read '{name}': {e.strerror}", err=True)
            failed = True
            continue
        text = decode_source(data, name, sink)
        # keep the file's own conventions: a UTF-8 BOM and CRLF line ends survive formatting
        bom = data.startswith(b"\xef\xbb\xbf")
        crlf = text is not None and text.count("\r\n") * 2 > text.count("\n")
        out = format_source(text.replace("\r\n", "\n"), name, sink) if text is not None else None
        if out is not None and crlf:
            out = out.replace("\n", "\r\n")
        if out is None:
            if text is not None:
                sources.put(name, text)
            for d in sink.sorted():
                click.echo(render_text(d, sources), err=True)
            failed = True
            continue
        if out != text:
            changed.append(name)
            if diff:
                click.echo("".join(difflib.unified_diff(text.splitlines(True), out.splitlines(True),
                                                        name, name + " (formatted)")))
            elif not check_only:
                atomic_write(f, (b"\xef\xbb\xbf" if bom else b"") + out.encode("utf-8"))
    if check_only or diff:
        if not diff:
            for c in changed:
                click.echo(f"would reformat {c}", err=True)
        if changed:
            click.echo(f"{len(changed)} file(s) would be reformatted", err=True)
        sys.exit(EXIT_USER if (changed or failed) else EXIT_OK)
    for c in changed:
        click.echo(f"formatted {c}", err=True)
    click.echo(f"{len(files)} file(s) checked, {len(changed)} reformatted", err=True)
    sys.exit(EXIT_USER if failed else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-t", "--target", "targets", multiple=True, type=TARGETS,
              help="Target(s) to build (repeatable, or comma-separated); default: xui.toml's, else all.")
@click.option("-o", "--out", type=click.Path(file_okay=False), default=None,
              help="Output root; each target goes to OUT/<target>/ (default: build).")
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; exit 1 listing files that differ from what would be generated.")
@click.option("--dry-run", is_flag=True, help="List what would be written; write nothing.")
@click.option("--source-comments", is_flag=True, help="Mark each emitted element with its .xui line.")
@click.option("--package", "kotlin_package", default=None, help="Kotlin package for compose output.")
@click.option("--module", "harmony_module", default=None, help="HarmonyOS module name for arkts output.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Diagnostics and summary as text or JSON.")
@click.option("--timings", is_flag=True, help="Print time per phase (parse+check, lower+emit, write).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no summary lines.")
def build(paths, targets, out, check_only, dry_run, source_comments, kotlin_package, harmony_module, fmt,
          timings, quiet) -> None:
    """Compile .xui sources to platform code.

    With no PATHS, builds the project described by the nearest xui.toml, or every
    .xui file under the current folder into build/<target>/.
    """
    _batch_mode()
    from xui.backend import TARGET_NAMES, BuildOptions
    from xui.build import build_key, code_stamp, up_to_date
    from xui.sources import discover
    t0 = time.perf_counter()
    srcs, proj = _source_paths(paths)
    chosen: list[str] = []
    for t in _flat(targets) or (proj.targets if proj else ["all"]):
        for name in (TARGET_NAMES if t == "all" else (t,)):
            if name not in chosen:
                chosen.append(name)
    options = BuildOptions(
        source_comments=source_comments,
        kotlin_package=kotlin_package or (proj.kotlin_package if proj and proj.kotlin_package else "com.example.app"),
        harmony_module=harmony_module or (proj.harmony_module if proj and proj.harmony_module else "entry"),
        app_name=(proj.app_name if proj and proj.app_name else "App"))
    root = Path(out) if out else (proj.out if proj else Path("build"))
    out_dirs = {t: (proj.target_out.get(t) if (proj and not out) else None) or root / t for t in chosen}
    stamp = code_stamp()
    keys = {t: build_key(t, options, stamp) for t in chosen}
    # no-op rebuild: sources, options and outputs unchanged since the last build
    roots, missing_paths = discover(srcs)
    stat_memo: dict = {}
    if roots and not missing_paths and not dry_run and \
            all(up_to_date(out_dirs[t], keys[t], roots, stat_memo) for t in chosen):
        if fmt == "json":
            click.echo(json.dumps({"targets": [{"target": t, "out": out_dirs[t].as_posix(), "up_to_date": True}
                                               for t in chosen], "seconds": round(time.perf_counter() - t0, 4)},
                                  sort_keys=True))
        elif not quiet:
            for t in chosen:
                click.echo(f"{t:>8}: up to date -> {out_dirs[t].as_posix()}", err=True)
        if timings:
            click.echo(f"timings: no-op check {1000 * (time.perf_counter() - t0):.1f} ms", err=True)
        sys.exit(EXIT_OK)
    from xui.api import compile_paths
    from xui.build import apply, conflict_diagnostics, generate, plan
    from xui.diagnostics import render_json, render_text, summary_line
    result = compile_paths(srcs)
    t1 = time.perf_counter()
    _print_diagnostics(result, fmt, quiet)
    if not result.ok:
        if fmt == "text":
            click.echo("build failed: nothing was written", err=True)
        sys.exit(_exit_for(result) or EXIT_USER)
    result.modules.clear()          # the backends read only the IR: let the syntax trees go
    outputs, diags, gen_seconds = generate(result.program, chosen, options)
    t2 = time.perf_counter()
    errors = [d for d in diags if d.severity == "error"]
    if diags:
        if fmt == "json":
            click.echo(render_json(diags))
        else:
            for d in diags:
                click.echo(render_text(d, result.sources, color=sys.stderr.isatty()), err=True)
    if errors:
        if fmt == "text":
            click.echo(summary_line(diags) + "; build failed: nothing was written", err=True)
        sys.exit(EXIT_USER)
    plans = [plan(t, out_dirs[t], outputs[t]) for t in chosen]
    conflicts = [d for p in plans for d in conflict_diagnostics(p)]
    if conflicts:
        for d in conflicts:
            click.echo(render_text(d, None) if fmt == "text" else render_json([d]), err=fmt == "text")
        if fmt == "text":
            click.echo("build failed: nothing was written", err=True)
        sys.exit(EXIT_USER)
    summary = []
    if check_only or dry_run:
        drift = False
        for p in plans:
            for f in p.write:
                drift = True
                verb = "would write" if dry_run else "differs"
                click.echo(f"{verb}: {(p.out_dir / f.path).as_posix()}")
            for s in p.stale:
                drift = True
                click.echo(f"{'would delete' if dry_run else 'stale'}: {(p.out_dir / s).as_posix()}")
        if check_only:
            if drift and fmt == "text":
                click.echo("generated output is out of date; run `xui build` and commit the result", err=True)
            elif fmt == "text" and not quiet:
                click.echo("generated output is up to date", err=True)
            sys.exit(EXIT_USER if drift else EXIT_OK)
        sys.exit(EXIT_OK)
    total = sum(len(p.write) for p in plans)
    t3 = time.perf_counter()
    if total > 200 and sys.stderr.isatty() and fmt == "text" and not quiet:
        with click.progressbar(length=total, label="writing", file=sys.stderr) as bar:
            _apply_all(plans, keys, result.inputs, bar.update)
    else:
        _apply_all(plans, keys, result.inputs, None)
    t4 = time.perf_counter()
    for p in plans:
        summary.append({"target": p.target, "out": p.out_dir.as_posix(), "files": len(p.files),
                        "written": len(p.write), "unchanged": len(p.unchanged), "deleted": len(p.stale),
                        "ms": round(gen_seconds[p.target] * 1000, 1)})
    if fmt == "json":
        click.echo(json.dumps({"targets": summary, "seconds": round(t4 - t0, 4)}, sort_keys=True))
    elif not quiet:
        for s in summary:
            extra = f", {s['deleted']} deleted" if s["deleted"] else ""
            click.echo(f"{s['target']:>8}: {s['files']} files ({s['written']} written, {s['unchanged']} unchanged"
                       f"{extra}) -> {s['out']} in {s['ms']:.0f} ms", err=True)
    if timings:
        fe = result.seconds
        click.echo(f"timings: parse {1000 * fe.get('parse', 0):.1f} ms, check {1000 * fe.get('check', 0):.1f} ms, "
                   f"lower+emit {1000 * (t2 - t1):.1f} ms, write {1000 * (t4 - t3):.1f} ms, "
                   f"total {1000 * (t4 - t0):.1f} ms", err=True)


def _apply_all(plans, keys, inputs, progress) -> None:
    """Write every target's folder; several targets are written by one thread each (the
    writes are system calls that release the GIL: ~2x faster for thousands of files)."""
    from xui.build import apply
    if len(plans) == 1 or sum(len(p.write) for p in plans) < 200:
        for p in plans:
            apply(p, progress, keys[p.target], inputs)
        return
    import threading
    from concurrent.futures import ThreadPoolExecutor
    lock = threading.Lock()

    def tick(n: int) -> None:
        with lock:
            progress(n)
    with ThreadPoolExecutor(max_workers=len(plans)) as pool:
        futures = [pool.submit(apply, p, tick if progress else None, keys[p.target], inputs) for p in plans]
        for f in futures:
            f.result()            # re-raises a write error of any target


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-t", "--target", "targets", multiple=True, type=TARGETS,
              help="Target(s) to verify (repeatable, or comma-separated); default: all.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--keep", type=click.Path(file_okay=False), default=None,
              help="Keep the generated code in this folder instead of a temporary one.")
def verify(paths, targets, fmt, keep) -> None:
    """Build and compile-check the generated code with each platform's real checker.

    \b
    react    tsc --noEmit --strict (TypeScript, @types/react)
    arkts    OpenHarmony's ohos-typescript with the ArkUI declarations + ArkTS linter
    compose  kotlinc + Compose compiler plugin against Compose desktop jars
    swiftui  swiftc -typecheck where available; here a tree-sitter-swift parse plus a
             SwiftUI API-surface check (it says which check ran)

    Compiler messages are mapped back to the .xui line that produced them. Toolchains
    are installed by tools/toolchains/install. Exit 1 if any target fails, 2 if a
    toolchain is missing.
    """
    from xui.api import compile_paths
    from xui.backend import TARGET_NAMES
    from xui.verifying import verify as run_verify
    srcs, _ = _source_paths(paths)
    chosen: list[str] = []
    for t in _flat(targets) or ("all",):
        for name in (TARGET_NAMES if t == "all" else (t,)):
            if name not in chosen:
                chosen.append(name)
    result = compile_paths(srcs)
    _print_diagnostics(result, fmt if fmt == "text" else "json", quiet=True)
    if not result.ok:
        sys.exit(_exit_for(result) or EXIT_USER)
    if fmt == "text":
        click.echo(f"verifying {', '.join(chosen)} (this runs real compilers; it can take a minute)", err=True)
    reports = run_verify(result.program, chosen, keep=Path(keep) if keep else None)
    if fmt == "json":
        click.echo(json.dumps({"targets": [r.to_json() for r in reports]}, indent=2, sort_keys=True))
    else:
        for r in reports:
            if r.status == "ok":
                click.echo(f"{r.target:>8}: ok  ({r.tool}; {r.files} files, {r.seconds:.1f} s)")
            elif r.status == "failed":
                click.echo(f"{r.target:>8}: FAILED  ({r.tool})")
            else:
                click.echo(f"{r.target:>8}: {r.status}: {r.detail}")
            for m in r.messages:
                where = m.source or m.generated
                code = f" [{m.code}]" if m.code else ""
                click.echo(f"  {where}: {m.severity}: {m.message}{code}")
                if m.source:
                    click.echo(f"      in generated {m.generated}")
    if any(r.status == "missing" for r in reports):
        if fmt == "text":
            click.echo("a toolchain is missing: run tools/toolchains/install", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_USER if any(r.status != "ok" for r in reports) else EXIT_OK)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text")
def targets(fmt: str) -> None:
    """Show how each target expresses every IR node kind and catalog entry."""
    from xui.coverage import coverage_table, render_markdown, render_text
    table = coverage_table()
    click.echo(render_markdown(table) if fmt == "markdown" else render_text(table))


@main.command()
@click.argument("directory", required=False, default=".", type=click.Path(file_okay=False))
def init(directory: str) -> None:
    """Create a starter project in DIRECTORY (default: here): xui.toml, a screen, a theme
    and strings file, and a README on wiring each output into an app. Never overwrites."""
    from xui.init import InitError, init_project
    try:
        written = init_project(Path(directory))
    except InitError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    for p in written:
        click.echo(f"created {p.as_posix()}", err=True)
    cd = "" if directory in (".", "") else f"cd {directory} && "
    click.echo(f"next: {cd}xui build   (then: xui watch; xui preview src/home.xui --screen Home --out home.png)",
               err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-t", "--target", "targets", multiple=True, type=TARGETS,
              help="Target(s) to build (repeatable, or comma-separated); default: xui.toml's, else all.")
@click.option("-o", "--out", type=click.Path(file_okay=False), default=None,
              help="Output root; each target goes to OUT/<target>/ (default: xui.toml's, else build).")
@click.option("--debounce", default=150, show_default=True, help="Milliseconds to wait for more changes.")
@click.option("--poll", is_flag=True, help="Poll instead of OS file events (network or container mounts).")
def watch(paths, targets, out, debounce, poll) -> None:
    """Build, then rebuild whenever a .xui file changes (Ctrl-C stops).

    Only changed files are parsed again; the changed files and their importers are
    reported; a broken edit prints its errors and keeps the last good output.
    """
    try:
        import watchfiles  # noqa: F401
    except ImportError:
        click.echo("error: `xui watch` needs watchfiles: pip install 'xui[watch]'", err=True)
        sys.exit(EXIT_USAGE)
    from xui.backend import BuildOptions
    from xui.watch import watch as run_watch
    srcs, proj = _source_paths(paths)
    options = BuildOptions(
        kotlin_package=proj.kotlin_package if proj and proj.kotlin_package else "com.example.app",
        harmony_module=proj.harmony_module if proj and proj.harmony_module else "entry",
        app_name=proj.app_name if proj and proj.app_name else "App")
    root = Path(out) if out else (proj.out if proj else Path("build"))
    run_watch(srcs, _flat(targets) or (proj.targets if proj else ["all"]), root,
              target_out=proj.target_out if (proj and not out) else None, options=options,
              debounce_ms=debounce, force_polling=True if poll else None, color=sys.stderr.isatty())


@main.command()
@click.option("--stdio", is_flag=True, help="Use stdin/stdout (the default; editors pass it).")
def lsp(stdio: bool) -> None:
    """Run the xui language server (LSP over stdio) for editors."""
    try:
        import pygls  # noqa: F401
    except ImportError:
        click.echo("error: `xui lsp` needs pygls: pip install 'xui[lsp]'", err=True)
        sys.exit(EXIT_USAGE)
    from xui.lsp import serve_stdio
    serve_stdio()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--screen", default=None, help="The screen to show (default: the first in FILE).")
@click.option("-o", "--out", default=None, type=click.Path(),
              help="The PNG to write (default: <screen>.png); with --all, a folder (default: previews).")
@click.option("--state", "state", multiple=True, metavar="NAME=VALUE",
              help="Initial value of a state or parameter of the screen, as xui (count=3, "
                   "'todos=[Todo(id: 1, title: \"Milk\")]'; plain text for Strings). Repeatable.")
@click.option("--all", "all_screens", is_flag=True,
              help="Every screen under PATHS (default: the project's sources): one PNG each + index.html.")
@click.option("--width", default=390, show_default=True, help="Viewport width in CSS pixels.")
@click.option("--height", default=844, show_default=True, help="Viewport height in CSS pixels.")
@click.option("--keep", type=click.Path(file_okay=False), default=None,
              help="Keep the generated page (index.html, bundle.js, src/) in this folder.")
def preview(paths, screen, out, state, all_screens, width, height, keep) -> None:
    """Render a screen to a PNG: React target -> esbuild -> headless Chromium.

    \b
      xui preview src/home.xui --screen Home --out home.png
      xui preview src/home.xui --screen Home --state name=Ada --state taps=3 --out filled.png
      xui preview --all samples --out docs/screens
    Needs tools/preview/install (esbuild, React, Debian's chromium).
    """
    from xui.preview import PreviewError, preview as run_preview, preview_all
    t0 = time.perf_counter()
    try:
        if all_screens:
            if state or screen:
                raise click.UsageError("--state and --screen apply to one screen, not --all")
            srcs, _ = _source_paths(paths)
            shots = preview_all(srcs, out or "previews", width, height)
            for p in shots:
                click.echo(f"wrote {p.as_posix()}", err=True)
            click.echo(f"{len(shots)} screen(s), gallery: {(Path(out or 'previews') / 'index.html').as_posix()} "
                       f"({time.perf_counter() - t0:.1f} s)", err=True)
            return
        if len(paths) != 1:
            raise click.UsageError("give one FILE (or --all)")
        target = out or f"{screen or Path(paths[0]).stem}.png"
        timings = run_preview(paths[0], screen, target, list(state), width, height,
                              keep=Path(keep) if keep else None)
        click.echo(f"wrote {Path(target).as_posix()} ({width}x{height}) in {timings['total']:.1f} s", err=True)
    except PreviewError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USER)


@main.group("import")
def import_group() -> None:
    """Import layouts from other UI toolkits as .xui sources."""


@import_group.command("android")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory for the .xui files and MIGRATION.md.")
@click.option("--report", "report", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Print the migration report as text (summary + diagnostics) or JSON on stdout.")
@click.option("--report-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the JSON report to this file.")
@click.option("--force", is_flag=True, help="Write into --out even if it holds .xui files the importer did not write.")
def import_android_command(paths, out, report, report_file, force) -> None:
    """Import an Android module, res/ directory or layout files (PATHS) into .xui files.

    Reads res/layout*/*.xml, res/values*/*.xml (strings, colors, dimens, styles, themes,
    integers), XML drawables and color lists, and the manifest's theme; inside a Gradle
    project also the other modules' resources and the app's own view classes. Writes one
    .xui per layout, theme.xui (theme + strings per locale) and MIGRATION.md listing every
    element and attribute that did not carry over, with file:line.

    \b
    Examples:
      xui import android app --out imported
      xui import android app/src/main/res/layout/item_row.xml --out imported --report json
    """
    from xui.importers import import_android, summary_text, write_report
    res = import_android(list(paths), out)
    write_report(res, report_json=report_file, force=force)
    if report == "json":
        click.echo(json.dumps(res.to_json(), indent=2, ensure_ascii=False))
    else:
        for d in res.diagnostics:
            click.echo(str(d), err=True)
        if res.written:
            click.echo(summary_text(res), err=True)
    if any(d.code == "I0006" for d in res.diagnostics) or (not res.files and not res.ok):
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_USER if not res.ok else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
