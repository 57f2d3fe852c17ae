"""cProfile of one `xui build` (in-process, through the click entry point) on a
generated corpus; writes the .prof file and a text report of the top functions
by own time and by cumulative time, grouped per xui/targets module."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from bench.corpus import build_corpus, write_corpus


def profile(n: int, target: str, out: Path) -> Path:
    src = out / "corpus" / f"n{n}"
    write_corpus(build_corpus(n), src)
    dest = out / "work" / f"profile-n{n}-{target}"
    if dest.exists():
        shutil.rmtree(dest)
    from xui.cli import main
    prof = cProfile.Profile()
    argv = ["build", str(src / "xui"), "--target", target, "--out", str(dest), "--timings", "-q"]
    prof.enable()
    try:
        main.main(argv, standalone_mode=False)
    except SystemExit:
        pass
    prof.disable()
    pfile = out / f"profile-n{n}-{target}.prof"
    prof.dump_stats(str(pfile))
    report = out / f"profile-n{n}-{target}.txt"
    report.write_text(render(pfile), encoding="utf-8")
    return report


def render(pfile: Path, top: int = 40) -> str:
    st = pstats.Stats(str(pfile))
    total = st.total_tt
    buf = io.StringIO()
    buf.write(f"total {total:.2f} s (profiled)\n\n== own time by package/module ==\n")
    by_mod: dict[str, float] = defaultdict(float)
    for (file, _line, _fn), (_cc, _nc, tt, _ct, _callers) in st.stats.items():
        key = _module_key(file)
        by_mod[key] += tt
    for k, v in sorted(by_mod.items(), key=lambda kv: -kv[1])[:25]:
        buf.write(f"{100 * v / total:6.1f}%  {v:8.2f} s  {k}\n")
    for order in ("tottime", "cumulative"):
        buf.write(f"\n== top {top} by {order} ==\n")
        s = io.StringIO()
        pstats.Stats(str(pfile), stream=s).sort_stats(order).print_stats(top)
        buf.write(s.getvalue().split("\n", 6)[-1] if "ncalls" in s.getvalue() else s.getvalue())
    return buf.getvalue()


def _module_key(file: str) -> str:
    if file == "~":
        return "builtins (C functions; GC pauses land here too)"
    f = file.replace(os.sep, "/")
    for marker in ("/site-packages/", "/lib/python3"):
        if marker in f:
            rest = f.split(marker, 1)[1]
            return rest.split("/")[0] if marker == "/site-packages/" else "stdlib:" + rest.split("/")[1] if "/" in rest else rest
    for marker in ("/xui/", "/targets/", "/grammar/"):
        if marker in f:
            return marker.strip("/") + "/" + f.split(marker, 1)[1]
    return f


if __name__ == "__main__":  # pragma: no cover
    print(profile(int(sys.argv[1]) if len(sys.argv) > 1 else 100, "all", Path("bench/out")))
