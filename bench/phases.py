"""In-process CPU split of one build (no subprocess, no writes): imports, parse only, parse+check,
emit per target, with the cyclic GC on (default), off (nogc) or with high thresholds (thresh).

    python -m bench.phases bench/out/corpus/n100/xui [default|nogc|thresh]
"""
import gc, sys, time, os
from pathlib import Path
mode = sys.argv[2] if len(sys.argv) > 2 else "default"
if mode == "nogc":
    gc.disable()
elif mode == "thresh":
    gc.set_threshold(100_000, 50, 1000)
t = time.process_time
a = t()
from xui.api import compile_paths, discover
from xui.parser import get_parser, parse_text, decode_source
from xui.diagnostics import DiagnosticSink
from xui.backend import get_backend, BuildOptions
import xui.checker
b = t()
files, _ = discover([sys.argv[1]])
texts = [(str(f), f.read_text()) for f in files]
get_parser()
c = t()
sink = DiagnosticSink()
for name, txt in texts:
    parse_text(txt, name, sink)
d = t()
res = compile_paths([sys.argv[1]])
e = t()
em = {}
for tg in ("arkts", "compose", "swiftui", "react"):
    s0 = t(); get_backend(tg, BuildOptions()).run(res.program); em[tg] = round(t() - s0, 2)
f = t()
print(f"{mode}: import {b-a:.2f}  parser-load {c-b:.2f}  parse-only {d-c:.2f}  parse+check {e-d:.2f} (check ~{(e-d)-(d-c):.2f})  emit {f-e:.2f} {em}  total {f-a:.2f}  gc-collections {sum(s['collections'] for s in gc.get_stats())}")
