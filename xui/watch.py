"""`xui watch`: rebuild on change, and the incremental front end it shares with
`xui lsp` and `xui preview`.

    watch(["src"], ["react"], Path("build"))          # blocks; Ctrl-C or stop_event ends it

What a rebuild does:

* reads the watched .xui files (and what they import); a file whose text did not
  change is not parsed again (the parse cache is keyed by path and text);
* the change's *affected set* is the changed files plus everything that imports them,
  transitively; its diagnostics are printed (errors anywhere are always printed, since
  a broken import breaks the whole build);
* the program is checked and, only when the front end and the backends are clean,
  written through `xui.build.plan/apply`: files whose content is unchanged are not
  touched, and a broken edit writes nothing, so the last good output stays;
* one summary line per rebuild.

`load_program(paths, overlay=...)` is `xui.api.compile_paths` with in-memory texts
(unsaved editor buffers, preview state overrides) taking the place of files on disk.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from xui import ast as A
from xui.api import FrontEndResult, Loader, run_front_end
from xui.sources import SKIP_DIRS, discover, display_path
from xui.diagnostics import E_IO, Diagnostic, DiagnosticSink, SourceCache


# ---- the front end with overlays and a parse cache --------------------------------------

class ParseCache:
    """(display path, text) -> (module or None, parse diagnostics). Thread-safe enough for
    one writer: entries are replaced whole."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[str, A.Module | None, list[Diagnostic]]] = {}
        self.hits = 0
        self.misses = 0

    def parse(self, key: str, text: str) -> tuple[A.Module | None, list[Diagnostic]]:
        from xui.parser import parse_text
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        hit = self._entries.get(key)
        if hit is not None and hit[0] == digest:
            self.hits += 1
            return hit[1], hit[2]
        self.misses += 1
        sink = DiagnosticSink()
        module = parse_text(text, key, sink)
        self._entries[key] = (digest, module, list(sink.items))
        return module, list(sink.items)


class OverlayLoader(Loader):
    """`xui.api.Loader` reading `overlay[abspath]` instead of the file when present."""

    def __init__(self, sink: DiagnosticSink, sources: SourceCache, overlay: dict[str, str] | None = None,
                 cache: ParseCache | None = None) -> None:
        super().__init__(sink, sources)
        self.overlay = {os.path.abspath(k): v for k, v in (overlay or {}).items()}
        self.cache = cache

    def read_text(self, p: Path, k: str, via) -> str | None:
        ab = os.path.abspath(p)
        if ab in self.overlay:
            return self.overlay[ab]
        return super().read_text(p, k, via)

    def parse(self, k: str, text: str):
        if self.cache is None:
            return super().parse(k, text)
        module, diags = self.cache.parse(k, text)
        self.sink.extend(diags)
        return module

    def exists(self, p: Path) -> bool:
        return p.is_file() or os.path.abspath(p) in self.overlay


@dataclass
class Loaded:
    """A front-end run plus what the loader learned (import graph, file paths, texts)."""
    result: FrontEndResult
    imports: dict[str, list[str]]
    paths: dict[str, Path]
    texts: dict[str, str]

    def importers(self, keys: Iterable[str]) -> set[str]:
        """`keys` plus every file that imports one of them, transitively."""
        rev: dict[str, set[str]] = {}
        for a, deps in self.imports.items():
            for b in deps:
                rev.setdefault(b, set()).add(a)
        seen = set(keys)
        todo = list(seen)
        while todo:
            for m in rev.get(todo.pop(), ()):
                if m not in seen:
                    seen.add(m)
                    todo.append(m)
        return seen

    def key_of(self, path: str | Path) -> str | None:
        ab = Path(os.path.abspath(path))
        for k, p in self.paths.items():
            if p == ab:
                return k
        return None


def load_program(paths: list[str | Path], overlay: dict[str, str] | None = None,
                 cache: ParseCache | None = None, *, check: bool = True) -> Loaded:
    """`compile_paths` with in-memory overlays (abs path -> text) and an optional parse cache."""
    sink = DiagnosticSink()
    sources = SourceCache()
    files, missing = discover(paths)
    for m in missing:
        if os.path.abspath(m) in {os.path.abspath(k) for k in (overlay or {})}:
            files.append(Path(m))
            continue
        sink.error(E_IO, f"no such file or directory: '{m}'", None)
    loader = OverlayLoader(sink, sources, overlay, cache)
    result = run_front_end(loader, files, check)
    return Loaded(result, dict(loader.imports), dict(loader.paths), dict(loader.texts))


# ---- rebuilds ---------------------------------------------------------------------------

@dataclass
class RebuildReport:
    ok: bool
    changed: list[str]                    # display paths whose text changed
    affected: list[str]                   # changed + importers
    errors: int
    warnings: int
    written: dict[str, int] = field(default_factory=dict)     # target -> files written
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    summary: str = ""


class Builder:
    """Holds the parse cache and the last program; `rebuild()` once per change batch."""

    def __init__(self, paths: list[str | Path], targets: list[str], out: Path | str | None = None, *,
                 target_out: dict[str, Path] | None = None, options=None,
                 echo: Callable[[str], None] | None = None, color: bool = False) -> None:
        from xui.backend import TARGET_NAMES, BuildOptions
        self.paths = [Path(p) for p in paths]
        chosen: list[str] = []
        for t in targets or ["all"]:
            for name in (TARGET_NAMES if t == "all" else (t,)):
                if name not in chosen:
                    chosen.append(name)
        self.targets = chosen
        self.out = Path(out) if out is not None else Path("build")
        self.target_out = dict(target_out or {})
        self.options = options or BuildOptions()
        self.echo = echo or (lambda s: print(s, file=sys.stderr, flush=True))
        self.color = color
        self.cache = ParseCache()
        self.last: Loaded | None = None
        self.last_texts: dict[str, str] = {}
        self.builds = 0

    def out_dir(self, target: str) -> Path:
        return self.target_out.get(target) or self.out / target

    def watch_roots(self) -> list[Path]:
        """Folders to watch: the given paths plus the folder of every loaded file."""
        roots: set[Path] = set()
        for p in self.paths:
            ap = Path(os.path.abspath(p))
            roots.add(ap if ap.is_dir() else ap.parent)
        if self.last:
            for p in self.last.paths.values():
                roots.add(p.parent)
        # drop folders inside other watched folders (watchfiles watches recursively)
        out = []
        for r in sorted(roots, key=lambda r: len(r.parts)):
            if not any(r == o or o in r.parents for o in out):
                out.append(r)
        return [r for r in out if r.exists()]

    def rebuild(self, changed_paths: Iterable[str | Path] | None = None) -> RebuildReport:
        from xui.build import apply, conflict_diagnostics, generate, plan
        from xui.diagnostics import render_text, summary_line
        t0 = time.perf_counter()
        loaded = load_program(self.paths, cache=self.cache)
        result = loaded.result
        changed = sorted(k for k, t in loaded.texts.items() if self.last_texts.get(k) != t)
        removed = sorted(k for k in self.last_texts if k not in loaded.texts)
        first = self.last is None
        if not first and not changed and not removed and changed_paths is not None:
            # saved without a change (or an unrelated file): nothing to do
            self.last = loaded
            return RebuildReport(True, [], [], 0, 0, seconds=time.perf_counter() - t0, summary="")
        affected = sorted(loaded.importers(changed)) if not first else sorted(loaded.texts)
        self.last = loaded
        self.last_texts = dict(loaded.texts)
        errors = [d for d in result.diagnostics if d.severity == "error"]
        shown = [d for d in result.diagnostics
                 if d.severity == "error" or d.span is None or d.span.file in set(affected)]
        for d in shown:
            self.echo(render_text(d, result.sources, color=self.color))
        report = RebuildReport(False, changed + [f"{r} (removed)" for r in removed], affected,
                               len(errors), sum(1 for d in result.diagnostics if d.severity == "warning"))
        stamp = time.strftime("%H:%M:%S")
        what = self._what(first, changed, removed, affected)
        if not result.ok:
            report.seconds = time.perf_counter() - t0
            report.summary = (f"[{stamp}] {what}: {summary_line(result.diagnostics)}; "
                              f"nothing written, last good output kept ({report.seconds * 1000:.0f} ms)")
            self.echo(report.summary)
            return report
        outputs, diags, _ = generate(result.program, self.targets, self.options)
        backend_errors = [d for d in diags if d.severity == "error"]
        for d in diags:
            self.echo(render_text(d, result.sources, color=self.color))
        plans = [plan(t, self.out_dir(t), outputs[t]) for t in self.targets]
        conflicts = [d for p in plans for d in conflict_diagnostics(p)]
        for d in conflicts:
            self.echo(render_text(d, None))
        if backend_errors or conflicts:
            report.errors = len(backend_errors) + len(conflicts)
            report.seconds = time.perf_counter() - t0
            report.summary = (f"[{stamp}] {what}: {report.errors} error(s) in code generation; "
                              f"nothing written, last good output kept ({report.seconds * 1000:.0f} ms)")
            self.echo(report.summary)
            return report
        for p in plans:
            apply(p)
            report.written[p.target] = len(p.write)
            report.deleted[p.target] = len(p.stale)
            report.unchanged[p.target] = len(p.unchanged)
        self.builds += 1
        report.ok = True
        report.seconds = time.perf_counter() - t0
        parts = []
        for t in self.targets:
            s = f"{t} {report.written[t]} written"
            if report.deleted[t]:
                s += f", {report.deleted[t]} deleted"
            parts.append(s)
        warn = f", {report.warnings} warning(s)" if report.warnings else ""
        report.summary = (f"[{stamp}] {what}: ok{warn}; " + "; ".join(parts)
                          + f" ({report.seconds * 1000:.0f} ms)")
        self.echo(report.summary)
        return report

    @staticmethod
    def _what(first: bool, changed: list[str], removed: list[str], affected: list[str]) -> str:
        if first:
            return f"built {len(affected)} file{'s' if len(affected) != 1 else ''}"
        names = changed + [f"{r} removed" for r in removed]
        head = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        extra = len(set(affected) - set(changed))
        return f"{head} changed" + (f" (+{extra} importer{'s' if extra != 1 else ''})" if extra else "")


def _xui_filter(change, path: str) -> bool:
    if not path.endswith(".xui"):
        return False
    parts = Path(path).parts
    return not any(p in SKIP_DIRS or (p.startswith(".") and p not in (".", "..")) for p in parts[:-1])


def watch(paths: list[str | Path], targets: list[str], out: Path | str | None = None, *,
          target_out: dict[str, Path] | None = None, options=None, debounce_ms: int = 150,
          stop_event: threading.Event | None = None, echo: Callable[[str], None] | None = None,
          on_rebuild: Callable[[RebuildReport], None] | None = None, force_polling: bool | None = None,
          color: bool = False) -> int:
    """Build once, then rebuild on every change until `stop_event` is set (or Ctrl-C).
    Returns the number of rebuilds."""
    import watchfiles

    builder = Builder(paths, targets, out, target_out=target_out, options=options, echo=echo, color=color)
    report = builder.rebuild(None)
    if on_rebuild:
        on_rebuild(report)
    stop = stop_event or threading.Event()
    count = 0
    announced = False
    try:
        while not stop.is_set():
            roots = builder.watch_roots()
            restart = False
            # yield_on_timeout: the first (possibly empty) batch means the OS watch is in place;
            # a catch-up rebuild then picks up edits made while it was being set up.
            ready = False
            for changes in watchfiles.watch(*roots, watch_filter=_xui_filter, debounce=debounce_ms, step=50,
                                            stop_event=stop, force_polling=force_polling,
                                            raise_interrupt=False, rust_timeout=300, yield_on_timeout=True):
                if not ready:
                    ready = True
                    if not announced:
                        announced = True
                        builder.echo("watching " + ", ".join(display_path(r) for r in roots)
                                     + " for changes (Ctrl-C to stop)")
                    changes = changes or {(None, str(r)) for r in roots}
                elif not changes:
                    continue
                report = builder.rebuild(sorted({p for _, p in changes}))
                if report.summary:
                    count += 1
                    if on_rebuild:
                        on_rebuild(report)
                if builder.watch_roots() != roots:
                    restart = True           # a new import outside the watched folders
                    break
            if not restart:
                break
    except KeyboardInterrupt:
        pass
    return count
