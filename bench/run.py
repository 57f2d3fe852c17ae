"""Measurements: every xui build runs as a fresh child process; wall time, CPU
time (user+sys) and peak RSS come from os.wait4 on that child, the per-phase
split from `xui build --timings` on its stderr."""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import build_corpus, write_corpus

TARGETS = ["arkts", "compose", "swiftui", "react", "all"]
XUI = [sys.executable, "-m", "xui.cli"]
_TIMINGS = re.compile(r"timings: parse ([\d.]+) ms, check ([\d.]+) ms, lower\+emit ([\d.]+) ms, "
                      r"write ([\d.]+) ms, total ([\d.]+) ms")
_TARGET_MS = re.compile(r"^\s*(\w+): (\d+) files \((\d+) written, (\d+) unchanged.*in (\d+) ms$", re.M)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    rc: int
    stderr: str
    phases: dict[str, float] = field(default_factory=dict)
    target_ms: dict[str, float] = field(default_factory=dict)
    written: int = 0


def run(argv: list[str], cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run a child to completion; wall/CPU/peak-RSS of that child alone."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         env={**os.environ, **env} if env else None)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    text = err.decode("utf-8", "replace")
    r = Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, p.returncode, text[-4000:])
    m = _TIMINGS.search(text)
    if m:
        r.phases = dict(zip(("parse", "check", "lower_emit", "write", "total"), (float(x) for x in m.groups())))
        r.phases["parse_check"] = r.phases["parse"] + r.phases["check"]
    for t, _files, written, _unch, ms in _TARGET_MS.findall(text):
        r.target_ms[t] = float(ms)
        r.written += int(written)
    return r


def summarize(runs: list[Run], n: int = 1, ntargets: int = 1) -> dict:
    walls = [r.wall for r in runs]
    cpus = [r.cpu for r in runs]
    out = {
        "repeats": len(runs),
        "wall_min": min(walls), "wall_median": statistics.median(walls),
        "cpu_min": min(cpus), "cpu_median": statistics.median(cpus),
        "rss_mb_max": max(r.rss_mb for r in runs),
        "ms_per_component_min": 1000 * min(walls) / n,
        "ms_per_component_target_min": 1000 * min(walls) / (n * ntargets),
        "cpu_ms_per_component_target_min": 1000 * min(cpus) / (n * ntargets),
        "rc": [r.rc for r in runs],
        "written": runs[-1].written,
    }
    phases = [r.phases for r in runs if r.phases]
    if phases:
        out["phases_ms_median"] = {k: statistics.median(p[k] for p in phases) for k in phases[0]}
    tms = [r.target_ms for r in runs if r.target_ms]
    if tms:
        out["target_emit_ms_median"] = {k: statistics.median(t.get(k, 0.0) for t in tms) for k in tms[0]}
    if any(r.rc != 0 for r in runs):
        out["stderr_tail"] = next(r.stderr for r in runs if r.rc != 0)[-1500:]
    out["loadavg_after"] = os.getloadavg()
    return out


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split(":", 1)[1].strip()
    except (OSError, IndexError):
        pass
    try:
        import xui
        xv = xui.__version__
    except Exception:  # pragma: no cover
        xv = "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "mem": mem, "python": platform.python_version(),
            "platform": platform.platform(), "xui": xv, "loadavg_start": os.getloadavg()}


@dataclass
class Config:
    quick: bool = False
    sizes: tuple[int, ...] = (10, 100, 1000)
    repeats: dict[int, int] = field(default_factory=lambda: {1: 5, 10: 3, 100: 2, 1000: 1})
    full_matrix_max: int = 100        # above this size only `--target all` is run (unless --full)
    rebuild_n: int = 1000
    rebuild_repeats: int = 1
    mitosis_sizes: tuple[int, ...] = (1, 10)
    mitosis: bool = True
    out: Path = Path("bench/out")
    tag: str | None = None

    @classmethod
    def make(cls, quick: bool, full: bool, out: Path, mitosis: bool) -> "Config":
        if quick:
            return cls(quick=True, sizes=(10, 100), repeats={1: 3, 10: 2, 100: 1}, full_matrix_max=10,
                       rebuild_n=100, rebuild_repeats=1, mitosis_sizes=(1, 3), mitosis=mitosis, out=out)
        c = cls(out=out, mitosis=mitosis)
        if full:
            c.full_matrix_max = 1000
            c.repeats = {1: 5, 10: 5, 100: 3, 1000: 2}
            c.rebuild_repeats = 3
            c.mitosis_sizes = (1, 10, 50)
        return c


class Bench:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.corpus_root = cfg.out / "corpus"
        self.work = cfg.out / "work"
        self.results: dict = {"machine": machine(), "quick": cfg.quick, "started": time.strftime("%Y-%m-%d %H:%M:%S")}

    def corpus(self, n: int) -> Path:
        d = self.corpus_root / f"n{n}"
        t0 = time.perf_counter()
        c = build_corpus(n)
        write_corpus(c, d)
        lines = [x[3] for x in c.components]
        self.results.setdefault("corpus", {})[str(n)] = {
            "components": n, "xui_files": len(c.xui_files), "xui_lines": sum(t.count("\n") for t in c.xui_files.values()),
            "component_lines_min": min(lines), "component_lines_median": statistics.median(lines),
            "component_lines_max": max(lines), "generate_seconds": round(time.perf_counter() - t0, 3)}
        return d

    def xui_build(self, src: Path | list[Path], target: str, out: Path, fresh: bool = True, extra=(),
                  tree_cache: bool = False) -> Run:
        """A fresh build parses every file (the tree cache is off: cold numbers stay cold);
        rebuilds use the tree cache that the build before them filled, as users' builds do."""
        if fresh and out.exists():
            shutil.rmtree(out)
        srcs = [str(s) for s in (src if isinstance(src, list) else [src])]
        return run(XUI + ["build", *srcs, "--target", target, "--out", str(out), "--timings", *extra],
                   env=None if tree_cache else {"XUI_NO_TREE_CACHE": "1"})

    # ---- 1. start-up and cold single file
    def cold(self) -> None:
        d = self.corpus(1)
        f = d / "xui" / "features" / "f000" / "Order0List.xui"
        reps = self.cfg.repeats[1]
        log(f"[cold] single file, {reps} repeats")
        base = [run([sys.executable, "-c", "pass"]) for _ in range(reps)]
        imp = [run([sys.executable, "-c", "import xui.cli"]) for _ in range(reps)]
        ver = [run(XUI + ["--version"]) for _ in range(reps)]
        runs = [self.xui_build(f, "arkts", self.work / "cold") for _ in range(reps)]
        self.results["startup"] = {"python_bare": summarize(base), "import_xui_cli": summarize(imp),
                                   "xui_version": summarize(ver)}
        self.results["cold_single_arkts"] = summarize(runs)

    # ---- 2. throughput matrix
    def throughput(self, full_all: bool = False) -> None:
        res = self.results.setdefault("throughput", {})
        for n in self.cfg.sizes:
            d = self.corpus(n) / "xui"
            targets = TARGETS if n <= self.cfg.full_matrix_max else ["all"]
            for t in targets:
                reps = self.cfg.repeats[n]
                log(f"[throughput] n={n} target={t} x{reps}  (load {os.getloadavg()[0]:.2f})")
                runs = [self.xui_build(d, t, self.work / f"n{n}-{t}") for _ in range(reps)]
                res[f"{n}/{t}"] = summarize(runs, n, 4 if t == "all" else 1)

    # ---- 3. rebuilds
    def rebuild(self) -> None:
        n = self.cfg.rebuild_n
        d = self.corpus(n) / "xui"
        out = self.work / f"n{n}-all"
        log(f"[rebuild] priming n={n} (a full build that also fills the tree cache)")
        self.xui_build(d, "all", out, tree_cache=True)
        reps = self.cfg.rebuild_repeats
        log(f"[rebuild] no-op n={n} x{reps}")
        noop = [self.xui_build(d, "all", out, fresh=False, tree_cache=True) for _ in range(reps)]
        # one file changed: the first row component; alternate a font size so each run changes the output
        f = next(iter(sorted((d / "features" / "f000").glob("*Row.xui"))), None) or \
            sorted((d / "features" / "f000").glob("*.xui"))[-1]
        orig = f.read_text(encoding="utf-8")
        one = []
        try:
            for i in range(reps):
                new = orig.replace(".fontSize(12)", f".fontSize({13 + i})", 1)
                if new == orig:   # not a row component: change a string instead
                    new = orig.replace('Text("', f'Text("{i}~', 1)
                f.write_text(new, encoding="utf-8")
                log(f"[rebuild] one file changed ({f.name}) n={n} #{i + 1}")
                one.append(self.xui_build(d, "all", out, fresh=False, tree_cache=True))
        finally:
            f.write_text(orig, encoding="utf-8")
        self.results["rebuild"] = {"n": n, "noop_all": summarize(noop, n, 4), "one_file_all": summarize(one, n, 4),
                                   "changed_file": f.relative_to(d).as_posix()}

    def save(self) -> Path:
        self.results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        self.results["machine"]["loadavg_end"] = os.getloadavg()
        self.cfg.out.mkdir(parents=True, exist_ok=True)
        name = f"results-{self.cfg.tag}.json" if self.cfg.tag else (
            "results-quick.json" if self.cfg.quick else "results.json")
        p = self.cfg.out / name
        self.results["parts"] = sorted(k for k in self.results if k not in ("machine", "quick", "started"))
        p.write_text(json.dumps(self.results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return p


# --------------------------------------------------------------------------- table

def _f(x: float, unit: str = "s") -> str:
    if unit == "s":
        return f"{x:.2f}" if x < 100 else f"{x:.0f}"
    return f"{x:.1f}"


def table(res: dict) -> str:
    m = res["machine"]
    lines = [f"machine: {m['cpu']}, {m['cores']} cores, {m['mem']}, Python {m['python']}, xui {m['xui']}",
             f"load average at start {tuple(round(x, 2) for x in m['loadavg_start'])}, "
             f"at end {tuple(round(x, 2) for x in m.get('loadavg_end', (0, 0, 0)))}", ""]
    lines.append("| measurement | wall min / median (s) | CPU min (s) | peak RSS (MB) | ms/component/target (wall, CPU) "
                 "| parse / check / lower+emit / write (ms, median) | load (1m) |")
    lines.append("|---|---|---|---|---|---|---|")

    def row(name: str, s: dict) -> None:
        ph = s.get("phases_ms_median")
        if ph and "parse" in ph:
            phs = f"{ph['parse']:.0f} / {ph['check']:.0f} / {ph['lower_emit']:.0f} / {ph['write']:.0f}"
        elif ph:        # results of an older xui: parse and check were one number
            phs = f"{ph['parse_check']:.0f} (parse+check) / {ph['lower_emit']:.0f} / {ph['write']:.0f}"
        else:
            phs = "–"
        lines.append(f"| {name} | {_f(s['wall_min'])} / {_f(s['wall_median'])} | {_f(s['cpu_min'])} "
                     f"| {s['rss_mb_max']:.0f} | {s['ms_per_component_target_min']:.1f}, "
                     f"{s['cpu_ms_per_component_target_min']:.1f} | {phs} | {s['loadavg_after'][0]:.2f} |")

    st = res.get("startup", {})
    if st:
        row("python -c pass", st["python_bare"])
        row("python -c 'import xui.cli'", st["import_xui_cli"])
        row("xui --version", st["xui_version"])
    if "cold_single_arkts" in res:
        row("cold single file, --target arkts", res["cold_single_arkts"])
    for key, s in res.get("throughput", {}).items():
        n, t = key.split("/")
        row(f"{n} components, --target {t}", s)
        if t == "all" and s.get("target_emit_ms_median"):
            per = ", ".join(f"{k} {v:.0f}" for k, v in s["target_emit_ms_median"].items())
            lines.append(f"| ↳ lower+emit per target (ms) | {per} | | | | | |")
    rb = res.get("rebuild")
    if rb:
        row(f"no-op rebuild, {rb['n']} components, all", rb["noop_all"])
        row(f"one file changed, {rb['n']} components, all", rb["one_file_all"])
    mi = res.get("mitosis")
    if mi:
        lines += ["", mitosis_table(mi)]
    return "\n".join(lines)


def mitosis_table(mi: dict) -> str:
    if mi.get("skipped"):
        return f"Mitosis comparison skipped: {mi['skipped']}"
    lines = [f"Mitosis CLI {mi['version']} vs xui on the same components: wall min (CPU min) per run; start-up and "
             "per-component cost from a least-squares line through the sizes, wall (CPU)", "",
             "| target | tool | " + " | ".join(f"N={n} (s)" for n in mi["sizes"]) +
             " | start-up (s) | per component (ms) | Mitosis/xui per component | peak RSS (MB) |",
             "|---|---|" + "---|" * len(mi["sizes"]) + "---|---|---|---|"]

    def ratio(x: float) -> str:
        return f"{x:.1f}×" if 0 < x < float("inf") else "n/a (noise)"

    for pair in mi["pairs"]:
        for tool in ("mitosis", "xui"):
            s = pair[tool]
            cells = " | ".join(f"{s['wall'][str(n)]:.2f} ({s['cpu'][str(n)]:.2f})" for n in mi["sizes"])
            r = (f"{ratio(pair['ratio_per_component'])} ({ratio(pair.get('ratio_per_component_cpu', 0))})"
                 if tool == "mitosis" else "")
            lines.append(f"| {pair['mitosis_target']} / {pair['xui_target']} | {tool} | {cells} "
                         f"| {s['startup']:.2f} ({s.get('startup_cpu', 0):.2f}) "
                         f"| {s['per_component_ms']:.0f} ({s.get('per_component_cpu_ms', 0):.0f}) | {r} "
                         f"| {s['rss_mb']:.0f} |")
        for e in pair.get("errors", []):
            lines.append(f"\nerror: {e[:300]}")
    return "\n".join(lines)
