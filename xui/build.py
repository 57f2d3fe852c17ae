"""`xui build`: run backends, then write their files safely.

Safety rules: a write is atomic (temp file + rename in the same directory); a
file is only overwritten or deleted when xui generated it (it carries the
generated header, or it is recorded unchanged in the target's manifest); when
anything would be unsafe, or the program has errors, nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from xui.backend import HEADER_MARK, BuildOptions, GeneratedFile, get_backend
from xui.diagnostics import E_OUTPUT_CONFLICT, Diagnostic

if TYPE_CHECKING:
    from xui import ir

MANIFEST = ".xui-manifest.json"     # generated files and their hashes (deterministic; may be committed)
CACHE = ".xui-cache.json"           # no-op rebuild state (machine-specific; ignore it in git)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class TargetPlan:
    target: str
    out_dir: Path
    files: list[GeneratedFile]
    write: list[GeneratedFile] = field(default_factory=list)       # new or changed
    unchanged: list[GeneratedFile] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)                 # generated earlier, now gone
    conflicts: list[str] = field(default_factory=list)             # would overwrite a user's file
    seconds: float = 0.0
    phase_seconds: dict[str, float] = field(default_factory=dict)


# Backends are independent: for a large program and several targets, run them in
# forked worker processes (the program is inherited, not pickled; only the generated
# text comes back). Below the threshold the fork costs more than it saves.
PARALLEL_MIN_COMPONENTS = 40
_COST_ORDER = ("react", "arkts", "compose", "swiftui")
_FORKED: tuple | None = None


def _run_backend(target: str) -> tuple[str, list[GeneratedFile], list[Diagnostic], float]:
    program, options = _FORKED
    start = time.perf_counter()
    result = get_backend(target, options).run(program)
    return target, result.files, result.diagnostics, time.perf_counter() - start


def generate(program: ir.Program, targets: list[str], options: BuildOptions, workers: int | None = None
             ) -> tuple[dict[str, list[GeneratedFile]], list[Diagnostic], dict[str, float]]:
    global _FORKED
    if workers is None:
        workers = min(len(targets), os.cpu_count() or 1)
        if len(program.components) < PARALLEL_MIN_COMPONENTS:
            workers = 1
    runs: list[tuple[str, list[GeneratedFile], list[Diagnostic], float]] = []
    if workers > 1:
        import multiprocessing
        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:            # no fork on this platform: run in process
            workers = 1
        else:
            _FORKED = (program, options)
            # longest first (measured: react > arkts > compose > swiftui) balances two workers
            order = sorted(targets, key=lambda t: _COST_ORDER.index(t) if t in _COST_ORDER else len(_COST_ORDER))
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool
            done: dict[str, tuple] = {}
            try:
                with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                    futures = [pool.submit(_run_backend, t) for t in order]
                    for f in futures:
                        try:
                            r = f.result()
                        except BrokenProcessPool:
                            continue  # a worker died (killed, out of memory): run that target here
                        done[r[0]] = r
                for t in order:
                    if t not in done:
                        done[t] = _run_backend(t)
            finally:
                _FORKED = None
            runs = [done[t] for t in targets]
    if workers <= 1:
        _FORKED = (program, options)
        try:
            runs = [_run_backend(t) for t in targets]
        finally:
            _FORKED = None
    outputs: dict[str, list[GeneratedFile]] = {}
    diags: list[Diagnostic] = []
    seconds: dict[str, float] = {}
    for target, files, ds, secs in runs:        # in target order: deterministic
        outputs[target] = sorted(files, key=lambda f: f.path)
        diags.extend(ds)
        seconds[target] = secs
    return outputs, diags, seconds


def read_manifest(out_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def is_generated(path: Path, manifest_hash: str | None) -> bool:
    """May xui overwrite / delete this existing file?"""
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    if any(HEADER_MARK.encode() in line for line in head.split(b"\n")[:3]):
        return True
    if manifest_hash is not None:
        try:
            return sha(path.read_bytes()) == manifest_hash
        except OSError:
            return False
    return False


def plan(target: str, out_dir: Path, files: list[GeneratedFile]) -> TargetPlan:
    p = TargetPlan(target, out_dir, files)
    manifest = read_manifest(out_dir)
    wanted = set()
    for f in files:
        wanted.add(f.path)
        dest = out_dir / f.path
        data = f.content.encode("utf-8")
        if dest.is_file():
            try:
                current = dest.read_bytes()
            except OSError:
                current = None
            if current == data:
                p.unchanged.append(f)
                continue
            if not is_generated(dest, manifest.get(f.path)):
                p.conflicts.append(f.path)
                continue
        elif dest.exists():
            p.conflicts.append(f.path)
            continue
        p.write.append(f)
    for old in sorted(manifest):
        if old in wanted:
            continue
        dest = out_dir / old
        if dest.is_file() and is_generated(dest, manifest[old]):
            p.stale.append(old)
    return p


# ---- the no-op rebuild cache --------------------------------------------------------
#
# The manifest of each target folder records, besides the generated files' hashes, the
# build key (xui version, code stamp, target, options), every source file read with its
# sha256, and the size and mtime of every output written. When all of that still holds,
# the outputs are exactly what a build would write, and `xui build` stops before
# parsing anything (no parser or IR is even imported).

def code_stamp() -> str:
    """Changes whenever xui's own code or templates change (an editable install included)."""
    import importlib.util
    roots = [Path(__file__).parent]
    spec = importlib.util.find_spec("xui.targets")
    if spec and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    spec = importlib.util.find_spec("xui.grammar")
    if spec and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    h = hashlib.sha256()
    for root in roots:
        for dirpath, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for n in sorted(names):
                if n.endswith((".py", ".jinja", ".json", ".lark", ".toml")):
                    st = os.stat(os.path.join(dirpath, n))
                    h.update(f"{dirpath}/{n}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def build_key(target: str, options: BuildOptions, stamp: str) -> str:
    from dataclasses import asdict

    from xui import __version__
    blob = json.dumps({"xui": __version__, "code": stamp, "target": target, "options": asdict(options)},
                      sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def up_to_date(out_dir: Path, key: str, roots: list[Path], stats: dict | None = None) -> bool:
    """True when the target folder holds exactly what a build with `key` would write.
    `stats` memoizes os.stat of the sources across the targets of one build."""
    stats = {} if stats is None else stats
    out = os.path.abspath(out_dir)
    try:
        with open(os.path.join(out, CACHE), "rb") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict) or data.get("key") != key:
        return False
    inputs, outputs = data.get("inputs"), data.get("outputs")
    if not isinstance(inputs, dict) or not isinstance(outputs, dict) or not inputs:
        return False
    join, norm = os.path.join, os.path.normpath
    known = set()
    for path, rec in inputs.items():
        full = norm(join(out, path))
        known.add(full)
        if not isinstance(rec, list) or len(rec) != 3:
            return False
        st = stats.get(full)
        if st is None:
            try:
                st = stats[full] = os.stat(full)
            except OSError:
                return False
        digest, size, mtime = rec
        # same size and mtime: unchanged; otherwise compare contents (a touch is no change)
        if st.st_size != size or st.st_mtime_ns != mtime:
            try:
                with open(full, "rb") as fh:
                    if sha(fh.read()) != digest:
                        return False
            except OSError:
                return False
    if any(os.path.abspath(r) not in known for r in roots):
        return False                       # a new source file appeared
    for rel, stat in outputs.items():
        try:
            st = os.stat(join(out, rel))
        except OSError:
            return False
        if [st.st_size, st.st_mtime_ns] != stat:
            return False
    return True


def conflict_diagnostics(p: TargetPlan) -> list[Diagnostic]:
    return [Diagnostic("error", E_OUTPUT_CONFLICT,
                       f"refusing to overwrite {(p.out_dir / c).as_posix()}: it was not generated by xui",
                       None, "move it away, or build into another --out directory")
            for c in p.conflicts]


def atomic_write(dest: Path, data: bytes) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # os.replace is atomic: readers see the old file or the new one, never a torn one.
        # (No fsync per file: it made writing 4,000 files take 10 s; generated files can
        # always be regenerated.)
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def apply(p: TargetPlan, progress=None, key: str | None = None, inputs: dict[str, str] | None = None) -> None:
    for f in p.write:
        atomic_write(p.out_dir / f.path, f.content.encode("utf-8"))
        if progress:
            progress(1)
    for old in p.stale:
        try:
            (p.out_dir / old).unlink()
        except OSError:
            pass
        _prune_empty_dirs(p.out_dir, (p.out_dir / old).parent)
    manifest = {"generator": "xui", "files": {f.path: sha(f.content.encode("utf-8")) for f in p.files}}
    atomic_write(p.out_dir / MANIFEST, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode())
    if key and inputs:
        outputs = {}
        for rel in [f.path for f in p.files] + [MANIFEST]:
            st = os.stat(p.out_dir / rel)
            outputs[rel] = [st.st_size, st.st_mtime_ns]
        recorded = {}
        for k, digest in inputs.items():
            st = os.stat(k)
            recorded[_rel(Path(k), p.out_dir)] = [digest, st.st_size, st.st_mtime_ns]
        cache = {"key": key, "inputs": recorded, "outputs": outputs}
        atomic_write(p.out_dir / CACHE, (json.dumps(cache, indent=1, sort_keys=True) + "\n").encode())


def _rel(path: Path, out_dir: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(out_dir))).as_posix()


def _prune_empty_dirs(root: Path, d: Path) -> None:
    root = root.resolve()
    d = d.resolve()
    while d != root and root in d.parents:
        try:
            d.rmdir()
        except OSError:
            return
        d = d.parent
