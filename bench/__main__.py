"""`python -m bench`: the xui benchmark suite (see bench/README.md).

    python -m bench                  default run (~10 min on 2 cores once the core is fast; see README)
    python -m bench --quick          10 and 100 components, few repeats (~6 min under the load seen here)
    python -m bench --full           the whole matrix at 1,000 components, more repeats
    python -m bench --no-mitosis     skip the Mitosis comparison
    python -m bench --only cold,throughput,rebuild,mitosis
    python -m bench corpus N DIR     just write the corpus for N components under DIR
    python -m bench profile [N] [--target T]   cProfile one build (default N=1000, all targets)
    python -m bench table FILE.json  print the table of an earlier run
    python -m bench imports CORPUS [--verify]   how well `xui import android` carries a corpus of apps over
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _compile_bytecode() -> None:
    """Measure what users run: an installed wheel has xui's bytecode compiled at install time,
    but an editable checkout under PYTHONDONTWRITEBYTECODE (set on some machines) would
    recompile every module from source in every timed child (~0.1 s per start)."""
    import compileall
    import importlib.util
    for pkg in ("xui", "xui.targets", "xui.grammar"):
        spec = importlib.util.find_spec(pkg)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=1)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "corpus":
        from bench.corpus import build_corpus, write_corpus
        ap = argparse.ArgumentParser(prog="python -m bench corpus")
        ap.add_argument("n", type=int)
        ap.add_argument("dir", type=Path)
        ap.add_argument("--seed", type=int, default=7)
        a = ap.parse_args(argv[1:])
        c = build_corpus(a.n, a.seed)
        write_corpus(c, a.dir)
        print(f"wrote {len(c.xui_files)} .xui files ({sum(x[3] for x in c.components)} component lines) and "
              f"{len(c.tsx_files)} Mitosis files under {a.dir}")
        return 0
    if argv and argv[0] == "profile":
        from bench.profile import profile
        ap = argparse.ArgumentParser(prog="python -m bench profile")
        ap.add_argument("n", type=int, nargs="?", default=1000)
        ap.add_argument("--target", default="all")
        ap.add_argument("--out", type=Path, default=HERE / "out")
        a = ap.parse_args(argv[1:])
        report = profile(a.n, a.target, a.out)
        print(report.read_text(encoding="utf-8")[:6000])
        print(f"\nfull report: {report}")
        return 0
    if argv and argv[0] == "imports":
        from bench.imports import main as imports_main
        return imports_main(argv[1:])
    if argv and argv[0] == "table":
        from bench.run import table
        print(table(json.loads(Path(argv[1]).read_text(encoding="utf-8"))))
        return 0

    ap = argparse.ArgumentParser(prog="python -m bench", description="xui benchmark suite")
    ap.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    ap.add_argument("--full", action="store_true", help="every target at 1,000 components, more repeats")
    ap.add_argument("--no-mitosis", action="store_true", help="skip the Mitosis comparison")
    ap.add_argument("--only", default="cold,throughput,rebuild,mitosis",
                    help="comma-separated subset of: cold, throughput, rebuild, mitosis")
    ap.add_argument("--sizes", default=None, help="comma-separated corpus sizes for the throughput matrix")
    ap.add_argument("--rebuild-n", type=int, default=None, help="corpus size for the rebuild measurements")
    ap.add_argument("--repeats", type=int, default=None, help="override every repeat count")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="results, corpora and build outputs")
    ap.add_argument("--tag", default=None, help="results file name: results-TAG.json")
    a = ap.parse_args(argv)
    from bench.run import Bench, Config, log, table
    cfg = Config.make(a.quick, a.full, a.out, not a.no_mitosis)
    if a.sizes:
        cfg.sizes = tuple(int(x) for x in a.sizes.split(","))
    if a.rebuild_n:
        cfg.rebuild_n = a.rebuild_n
    if a.repeats:
        cfg.repeats = {k: a.repeats for k in (1, *cfg.sizes, *cfg.repeats)}
        cfg.rebuild_repeats = a.repeats
    for n in cfg.sizes:
        cfg.repeats.setdefault(n, 1)
    cfg.tag = a.tag
    b = Bench(cfg)
    _compile_bytecode()
    parts = [p.strip() for p in a.only.split(",") if p.strip()]
    log(f"xui bench: {'quick' if a.quick else 'full' if a.full else 'default'} run; load average "
        f"{b.results['machine']['loadavg_start']}")
    try:
        if "cold" in parts:
            b.cold()
        if "throughput" in parts:
            b.throughput()
        if "rebuild" in parts:
            b.rebuild()
        if "mitosis" in parts and cfg.mitosis:
            from bench.mitosis import compare
            compare(b)
        elif "mitosis" in parts:
            b.results["mitosis"] = {"skipped": "--no-mitosis"}
    finally:
        path = b.save()
    print(table(b.results))
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
