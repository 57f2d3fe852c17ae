"""`python -m bench imports CORPUS [--verify] [--out DIR]`: how well `xui import android` carries real
apps over. CORPUS holds one folder per app (an Android module, `src/main` or a `res/` tree); each is
imported with `--report json`, optionally built and compile-checked for every target (`--verify`), and
the report's numbers are summed over the corpus:

- mapped: elements that became an xui element (not a placeholder);
- own-entry-free: elements with no report entry about the element itself (attribute entries allowed);
- clean: elements with no report entry at all; clean-exmiss: the same, not counting entries about
  resources missing from the input (a corpus of layouts without their app's values/);
- the most frequent reasons, element entries and attribute entries apart, to see what to map next.

The importer never reads the corpus's code beyond what `xui import android` does; nothing is written
outside --out (default bench/out/imports).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _xui(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xui.cli", *args], capture_output=True, text=True)


def _reason_key(reason: str) -> str:
    """A report reason without its specifics (names, numbers, quoted values), to count causes."""
    reason = re.sub(r"`[^`]*`|\"[^\"]*\"|'[^']*'", "…", reason)
    reason = re.sub(r"@[\w:]+/[\w.]+", "@…", reason)
    return re.sub(r"\d+(\.\d+)?", "N", reason)[:110]


def measure(app: Path, out: Path, verify: bool) -> dict:
    dest = out / app.name
    r = _xui("import", "android", str(app), "--out", str(dest), "--force", "--report", "json")
    row: dict = {"app": app.name, "crash": r.returncode not in (0, 1) or "Traceback" in r.stderr}
    try:
        report = json.loads(r.stdout)
    except json.JSONDecodeError:
        row["crash"] = True
        row["stderr"] = r.stderr[-2000:]
        return row
    row["stats"] = report["stats"]
    row["entries"] = report["report"]
    if verify and not row["crash"]:
        v = _xui("verify", str(dest), "--target", "all")
        row["verify_ok"] = v.returncode == 0
        if v.returncode != 0:
            row["verify_output"] = (v.stdout + v.stderr)[-4000:]
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench imports", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder holding one folder per app")
    ap.add_argument("--verify", action="store_true", help="also build and compile-check every target")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "imports")
    ap.add_argument("--top", type=int, default=15, help="how many reasons to list")
    args = ap.parse_args(argv)
    apps = sorted(p for p in args.corpus.iterdir() if p.is_dir())
    if not apps:
        ap.error(f"{args.corpus} holds no app folders")
    rows = []
    for app in apps:
        row = measure(app, args.out, args.verify)
        rows.append(row)
        s = row.get("stats", {})
        status = "CRASH" if row["crash"] else ("verify FAILED" if row.get("verify_ok") is False else "ok")
        print(f"{app.name:24} {s.get('elements', 0):5} elements  mapped {s.get('element_pct', 0):5.1f}%  "
              f"own-free {s.get('own_entry_free_pct', 0):5.1f}%  clean {s.get('clean_pct', 0):5.1f}%  {status}",
              flush=True)
    tot = collections.Counter()
    for row in rows:
        for k in ("elements", "elements_mapped", "elements_without_own_entry", "elements_clean",
                  "elements_clean_excluding_missing", "layouts"):
            tot[k] += row.get("stats", {}).get(k, 0)
    n = tot["elements"] or 1
    print(f"\n{len(apps)} apps, {tot['layouts']} layouts, {tot['elements']} elements: "
          f"mapped {100 * tot['elements_mapped'] / n:.1f}%, own-entry-free "
          f"{100 * tot['elements_without_own_entry'] / n:.1f}%, clean {100 * tot['elements_clean'] / n:.1f}%, "
          f"clean-exmiss {100 * tot['elements_clean_excluding_missing'] / n:.1f}%; "
          f"crashes {sum(r['crash'] for r in rows)}"
          + (f", verify failures {sum(r.get('verify_ok') is False for r in rows)}" if args.verify else ""))
    for kind in ("element", "attribute"):
        causes = collections.Counter(_reason_key(e["reason"]) for r in rows for e in r.get("entries", [])
                                     if e["kind"] == kind and e["gap"])
        print(f"\ntop {kind} reasons:")
        for reason, count in causes.most_common(args.top):
            print(f"  {count:5}  {reason}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    for row in rows:
        if row.get("verify_ok") is False or row["crash"]:
            print(f"\n--- {row['app']}:\n{row.get('verify_output') or row.get('stderr', '')}")
    return 1 if any(r["crash"] or r.get("verify_ok") is False for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
