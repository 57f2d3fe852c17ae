"""``python -m xui.verify TARGET PATH...``: compile-check generated files.

Exit status: 0 when the check passed, 1 when it found errors, 2 when the
toolchain is missing or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from . import TARGETS, ToolchainMissing, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m xui.verify", description=__doc__.splitlines()[0])
    ap.add_argument("target", choices=TARGETS)
    ap.add_argument("paths", nargs="+", help="generated files or directories (searched recursively)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    try:
        result = check(args.target, args.paths)
    except ToolchainMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(asdict(result), indent=1))
    else:
        print(result.format("."))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
