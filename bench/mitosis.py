"""Side-by-side: the pinned Mitosis CLI (bench/package.json + package-lock.json)
compiles the generated `.lite.tsx` components to React and Swift; xui compiles
the same screens to react and swiftui. Both as whole processes, N = 1 and more,
so a straight line through the points gives start-up (intercept) and cost per
component (slope)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from bench.run import Bench, log, run

HERE = Path(__file__).resolve().parent
PAIRS = [("react", "react"), ("swift", "swiftui")]


def cache_dir() -> Path:
    base = os.environ.get("XUI_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "xui-bench")
    return Path(base) / "mitosis"


def ensure_mitosis() -> tuple[Path | None, str]:
    """Install the pinned CLI with `npm ci` into the cache dir. Returns (binary, version or reason)."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return None, "npm/node not found on PATH (install Node.js >= 18 to include the Mitosis comparison)"
    d = cache_dir()
    lock = (HERE / "package-lock.json").read_bytes()
    binary = d / "node_modules" / ".bin" / "mitosis"
    if not (binary.exists() and (d / "package-lock.json").exists() and (d / "package-lock.json").read_bytes() == lock
            and (d / "node_modules" / ".package-lock.json").exists()):
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "package.json", d / "package.json")
        shutil.copy(HERE / "package-lock.json", d / "package-lock.json")
        log(f"[mitosis] npm ci into {d} ...")
        p = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=d,
                           capture_output=True, text=True)
        if p.returncode != 0 or not binary.exists():
            return None, f"`npm ci` failed ({p.returncode}): {p.stderr.strip()[-400:]}"
    try:
        version = json.loads((d / "node_modules" / "@builder.io" / "mitosis-cli" / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        version = "?"
    return binary, version


def _fit(points: dict[int, float]) -> tuple[float, float]:
    """Least-squares line through (n, seconds): (intercept s, slope s/component)."""
    xs, ys = list(points), list(points.values())
    if len(xs) < 2:
        return ys[0], 0.0
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    return my - slope * mx, slope


def compare(b: Bench) -> None:
    sizes = b.cfg.mitosis_sizes
    binary, info = ensure_mitosis()
    if binary is None:
        log(f"[mitosis] SKIPPED: {info}")
        b.results["mitosis"] = {"skipped": info}
        return
    reps = 1 if b.cfg.quick else 2
    top = max(sizes)
    corpus = b.corpus(top)          # components are prefixes of one corpus: N=1 is its first component
    from bench.corpus import build_corpus
    comps = build_corpus(top).components
    out = {"version": info, "sizes": list(sizes), "repeats": reps, "pairs": []}
    for mt, xt in PAIRS:
        pair = {"mitosis_target": mt, "xui_target": xt}
        for tool in ("mitosis", "xui"):
            wall, cpu, rss = {}, {}, 0.0
            for n in sizes:
                sel = comps[:n]
                runs = []
                for _ in range(reps):
                    dest = b.work / f"mitosis-{tool}-{mt}-{n}"
                    if dest.exists():
                        shutil.rmtree(dest)
                    if tool == "mitosis":
                        files = [str(corpus / "mitosis" / c[2]) for c in sel]
                        log(f"[mitosis] mitosis compile --to={mt} n={n}")
                        r = run([str(binary), "compile", f"--to={mt}", "--out-dir", str(dest), "--", *files],
                                cwd=corpus / "mitosis")
                    else:
                        files = [corpus / "xui" / c[1] for c in sel]
                        log(f"[mitosis] xui build --target {xt} n={n}")
                        r = b.xui_build(files, xt, dest)
                    if r.rc != 0:
                        pair.setdefault("errors", []).append(f"{tool} n={n}: rc={r.rc}: {r.stderr[-600:]}")
                    runs.append(r)
                wall[str(n)] = min(r.wall for r in runs)
                cpu[str(n)] = min(r.cpu for r in runs)
                rss = max(rss, max(r.rss_mb for r in runs))
            a, s = _fit({int(k): v for k, v in wall.items()})
            ac, sc = _fit({int(k): v for k, v in cpu.items()})
            pair[tool] = {"wall": wall, "cpu": cpu, "rss_mb": rss, "startup": a, "per_component_ms": 1000 * s,
                          "startup_cpu": ac, "per_component_cpu_ms": 1000 * sc}
        x, m = pair["xui"]["per_component_ms"], pair["mitosis"]["per_component_ms"]
        pair["ratio_per_component"] = m / x if x > 0 else float("inf")
        xc, mc = pair["xui"]["per_component_cpu_ms"], pair["mitosis"]["per_component_cpu_ms"]
        pair["ratio_per_component_cpu"] = mc / xc if xc > 0 else float("inf")
        out["pairs"].append(pair)
    b.results["mitosis"] = out
