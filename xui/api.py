"""The front end as a library: paths -> (typed IR | diagnostics).

    result = compile_paths(["samples/todo"])
    if result.program: ...
    for d in result.diagnostics: ...
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from xui import ast as A
from xui.diagnostics import (E_IMPORT_CYCLE, E_IMPORT_INVALID, E_IMPORT_MISSING, E_IO, Diagnostic,
                             DiagnosticSink, Related, SourceCache)
from xui.sources import discover, display_path
from xui.span import Span

if TYPE_CHECKING:
    from xui import ir

@dataclass
class FrontEndResult:
    program: ir.Program | None
    diagnostics: list[Diagnostic]
    sources: SourceCache
    modules: dict[str, A.Module] = field(default_factory=dict)
    roots: list[str] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)   # absolute path -> sha256, every file read
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of "parse" (read+parse), "check"

    @property
    def ok(self) -> bool:
        return self.program is not None and not any(d.severity == "error" for d in self.diagnostics)


# Parsing many files runs on two cores (Loader.preparse); below this many files the fork
# and the transfer of the trees cost more than they save (measured in bench/).
PARALLEL_MIN_FILES = 48
_PREPARSE: tuple = (None, [])       # (tree cache, [(key, text, digest)]): the forked child's share


def _parse_file(k: str, text: str, digest: str | None, cache, pickled: bool = False
                ) -> tuple[A.Module | None, bytes | None, list[Diagnostic]]:
    """Parse one file; a clean parse goes into the tree cache. With `pickled`, the tree is also
    returned pickled (what the forked child sends back), and the cache stores those bytes."""
    from xui.parser import parse_text
    sink = DiagnosticSink()
    module = parse_text(text, k, sink)
    blob = pickle.dumps(module, protocol=pickle.HIGHEST_PROTOCOL) if pickled and module is not None else None
    if cache is not None and digest and module is not None and not sink.items:
        if blob is not None:
            cache.put_bytes(k, digest, blob)
        else:
            cache.put(k, digest, module)
    return module, blob, sink.items


def _parse_share() -> list[tuple[str, bytes | None, list[Diagnostic]]]:
    """In the forked child: parse the inherited share of files; each tree goes back pickled."""
    cache, share = _PREPARSE
    out = []
    for k, text, digest in share:
        _, blob, diags = _parse_file(k, text, digest, cache, pickled=True)
        out.append((k, blob, diags))
    return out


class Loader:
    def __init__(self, sink: DiagnosticSink, sources: SourceCache) -> None:
        self.sink = sink
        self.sources = sources
        self.modules: dict[str, A.Module] = {}        # display path -> module
        self.failed: set[str] = set()
        self.imports: dict[str, list[str]] = {}
        self.import_spans: dict[tuple[str, str], Span] = {}
        self.abs_to_display: dict[str, str] = {}
        self.texts: dict[str, str] = {}           # display key -> source text
        self.digests: dict[str, str] = {}         # display key -> sha256 of the file's bytes
        self.paths: dict[str, Path] = {}          # display key -> absolute path
        self.preread: dict[str, str | None] = {}  # display key -> text read ahead (None: failed)
        self.preparsed: dict[str, tuple[A.Module | None, list[Diagnostic]]] = {}
        self.cache = None                         # a ParseCache (xui.parsecache), or None

    def key(self, p: Path) -> str:
        ab = os.path.abspath(p)
        disp = self.abs_to_display.get(ab)
        if disp is None:
            disp = display_path(p)
            self.abs_to_display[ab] = disp
        return disp

    # Hooks: `xui watch` and the language server override these to read unsaved editor
    # buffers and to reuse parses of unchanged files.
    def read_text(self, p: Path, k: str, via: Span | None) -> str | None:
        from xui.parser import decode_source
        try:
            data = p.read_bytes()
        except (OSError, ValueError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            if via is not None:
                self.sink.error(E_IMPORT_MISSING, f"cannot read imported file '{k}': {reason}", via)
            else:
                self.sink.error(E_IO, f"cannot read '{k}': {reason}", None)
            return None
        self.digests[k] = hashlib.sha256(data).hexdigest()
        return decode_source(data, k, self.sink)

    def parse(self, k: str, text: str) -> A.Module | None:
        done = self.preparsed.pop(k, None)
        if done is not None:
            module, diags = done
            self.sink.extend(diags)
            return module
        digest = self._digest_for_cache(k)
        if digest is not None:
            module = self.cache.get(k, digest)
            if module is not None:
                return module
        module, _, diags = _parse_file(k, text, digest, self.cache)
        self.sink.extend(diags)
        return module

    def _digest_for_cache(self, k: str) -> str | None:
        return self.digests.get(k) if self.cache is not None else None

    def preparse(self, files: list[Path]) -> None:
        """Read `files` and parse them on two cores ahead of `load` (which then takes the
        results): a forked child parses about half of them (inheriting the texts) and sends the
        trees back pickled while this process parses the rest. Only worth it for many files;
        the results are identical to parsing one by one."""
        if len(files) < PARALLEL_MIN_FILES or (os.cpu_count() or 1) < 2:
            return
        if type(self).parse is not Loader.parse:     # a subclass parses its own way (watch, LSP)
            return
        import multiprocessing
        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            return
        from xui.parser import get_parser
        get_parser()                       # built once, inherited by the child
        todo: list[tuple[str, str]] = []
        for f in files:
            k = self.key(f)
            if k in self.preread or k in self.modules:
                continue
            self.paths[k] = Path(os.path.abspath(f))
            text = self.read_text(f, k, None)
            self.preread[k] = text
            if text is None:
                continue
            digest = self._digest_for_cache(k)
            module = self.cache.get(k, digest) if digest is not None else None
            if module is not None:
                self.preparsed[k] = (module, [])
            else:
                todo.append((k, text))
        if len(todo) < PARALLEL_MIN_FILES // 2:
            return                         # few misses: `load` parses them one by one
        # largest first, dealt to the two sides alternately by running total
        todo.sort(key=lambda kt: -len(kt[1]))
        mine: list[tuple[str, str]] = []
        theirs: list[tuple[str, str]] = []
        size = [0, 0]
        for kt in todo:
            side = 0 if size[0] <= size[1] else 1
            (mine if side == 0 else theirs).append(kt)
            size[side] += len(kt[1])
        global _PREPARSE
        _PREPARSE = (self.cache, [(k, text, self._digest_for_cache(k)) for k, text in theirs])
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool
        try:
            with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
                pending = pool.submit(_parse_share)
                for k, text in mine:
                    module, _, diags = _parse_file(k, text, self._digest_for_cache(k), self.cache)
                    self.preparsed[k] = (module, diags)
                try:
                    for k, blob, diags in pending.result():
                        self.preparsed[k] = (pickle.loads(blob) if blob is not None else None, diags)
                except BrokenProcessPool:
                    pass          # the child died (killed, out of memory): `load` parses its share here
        finally:
            _PREPARSE = (None, [])

    def exists(self, p: Path) -> bool:
        return p.is_file()

    def load(self, p: Path, via: Span | None = None) -> str | None:
        k = self.key(p)
        if k in self.modules or k in self.failed:
            return k
        self.paths[k] = Path(os.path.abspath(p))
        text = self.preread.pop(k) if k in self.preread else self.read_text(p, k, via)
        if text is None:
            self.failed.add(k)
            return k
        self.texts[k] = text
        self.sources.put(k, text)
        module = self.parse(k, text)
        if module is None:
            self.failed.add(k)
            return k
        self.modules[k] = module
        deps: list[str] = []
        self.imports[k] = deps
        for d in module.items:
            if not isinstance(d, A.Import):
                continue
            rel = "".join(x for x in d.path.parts if isinstance(x, str))
            if len(d.path.parts) != 1 or not rel.endswith(".xui") or rel.startswith("/") or "\\" in rel:
                self.sink.error(E_IMPORT_INVALID, f"cannot import '{rel}'", d.path.span,
                                'write a relative path to a .xui file: import "../shared/theme.xui"')
                continue
            target = self.paths[k].parent / rel
            if not self.exists(target):
                self.sink.error(E_IMPORT_MISSING, f"imported file '{rel}' not found", d.path.span,
                                f"looked for {display_path(target)}")
                continue
            tk = self.load(target, d.path.span)
            if tk is not None and tk not in deps:
                deps.append(tk)
                self.import_spans[(k, tk)] = d.path.span
        return k

    def check_cycles(self) -> set[str]:
        """Report each import cycle once, at the import that closes it. Returns files in cycles."""
        color: dict[str, int] = {}
        in_cycle: set[str] = set()

        def visit(n: str, stack: list[str]) -> None:
            color[n] = 1
            stack.append(n)
            for m in self.imports.get(n, []):
                if color.get(m) == 1:
                    cyc = stack[stack.index(m):] + [m]
                    in_cycle.update(cyc)
                    span = self.import_spans[(n, m)]
                    related = [Related(self.import_spans[(a, b)], f"'{a}' imports '{b}'")
                               for a, b in zip(cyc, cyc[1:]) if (a, b) != (n, m)]
                    self.sink.error(E_IMPORT_CYCLE, "import cycle: " + " -> ".join(cyc), span,
                                    "move the shared declarations into a file both import", related)
                elif m not in color:
                    visit(m, stack)
            stack.pop()
            color[n] = 2

        for n in sorted(self.imports):
            if n not in color:
                visit(n, [])
        return in_cycle


def compile_paths(paths: list[str | Path], *, check: bool = True, cache: bool = True) -> FrontEndResult:
    """Load, parse and check every .xui file under `paths` (and what they import).
    Unchanged files are taken from the parse cache (xui.parsecache) unless `cache` is false."""
    sink = DiagnosticSink()
    sources = SourceCache()
    files, missing = discover(paths)
    for m in missing:
        sink.error(E_IO, f"no such file or directory: '{m}'", None)
    if not files and not missing:
        where = ", ".join(f"'{p}'" for p in paths) or "the current folder"
        sink.error(E_IO, f"no .xui files in {where}", None,
                   "give the folder or files holding the .xui sources (not the generated code)")
    loader = Loader(sink, sources)
    if cache:
        from xui.parsecache import ParseCache
        loader.cache = ParseCache.default()
    return run_front_end(loader, files, check)


def run_front_end(loader: Loader, files: list[Path], check: bool = True) -> FrontEndResult:
    """Load `files` (and their imports) with `loader`, report import cycles, and check the
    program when everything parsed. Shared by `compile_paths`, `xui watch` and the LSP."""
    import time
    sink = loader.sink
    roots = []
    t0 = time.perf_counter()
    loader.preparse(files)
    for f in files:
        k = loader.load(f)
        if k:
            roots.append(k)
    loader.check_cycles()
    t1 = time.perf_counter()
    program = None
    if check and loader.modules:
        from xui.checker import check_modules
        parsed_ok = not sink.has_errors
        program = check_modules(list(loader.modules.values()), loader.imports, sink)
        if not parsed_ok:
            program = None
    t2 = time.perf_counter()
    inputs = {str(loader.paths[k]): d for k, d in sorted(loader.digests.items())}
    return FrontEndResult(program, sink.sorted(), loader.sources, loader.modules, roots, inputs,
                          {"parse": t1 - t0, "check": t2 - t1})


def compile_text(text: str, file: str = "input.xui") -> FrontEndResult:
    """Check one in-memory source (no imports resolved relative to disk)."""
    from xui.checker import check_modules
    from xui.parser import parse_text
    sink = DiagnosticSink()
    sources = SourceCache()
    sources.put(file, text)
    module = parse_text(text, file, sink)
    program = None
    modules = {}
    if module is not None:
        modules[file] = module
        for d in module.items:
            if isinstance(d, A.Import):
                sink.error(E_IMPORT_MISSING, "imports are not available for in-memory sources", d.span)
        program = check_modules([module], {file: []}, sink)
        if sink.has_errors:
            program = None
    return FrontEndResult(program, sink.sorted(), sources, modules, [file])
