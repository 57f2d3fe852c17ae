"""Property test across the whole pipeline: random valid xui programs (the front end's
hypothesis strategies) built for all four targets compile on all four — a bounded number
of programs per run, each target checked in ONE compiler invocation."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import programs
from xui.api import compile_text
from xui.backend import TARGET_NAMES, BuildOptions, get_backend

N_PROGRAMS = int(os.environ.get("XUI_PIPELINE_EXAMPLES", "8"))


@pytest.mark.toolchains
@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck), derandomize=not os.environ.get("XUI_PIPELINE_RANDOM"))
@given(st.lists(programs(), min_size=N_PROGRAMS, max_size=N_PROGRAMS))
def test_random_programs_compile_on_every_target(tmp_path_factory, sources):
    from xui.verify import check, missing
    absent = {t: missing(t) for t in TARGET_NAMES}
    if any(absent.values()) and not os.environ.get("XUI_REQUIRE_TOOLCHAINS"):
        pytest.skip(f"toolchains missing: {absent}")
    root = tmp_path_factory.mktemp("pipeline")
    # each program's declarations get names of their own: the SwiftUI check compiles every program
    # of the run as one module, where two `struct Item` would clash
    sources = [re.sub(r"\b(Item|Kind|Check)\b", rf"\g<1>{i}", src) for i, src in enumerate(sources)]
    for i, src in enumerate(sources):
        r = compile_text(src, f"gen{i}.xui")
        assert r.ok, src
        for t in TARGET_NAMES:
            opts = BuildOptions(kotlin_package=f"com.example.gen{i}", source_comments=True)
            result = get_backend(t, opts).run(r.program)
            assert not [d for d in result.diagnostics if d.severity == "error"], (t, src)
            for f in result.files:
                dest = root / t / f"p{i}" / f.path
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_text(f.content, encoding="utf-8")
    failures = []
    for t in TARGET_NAMES:
        res = check(t, root / t)
        if not res.ok:
            failures.append(res.format())
    assert not failures, "\n".join(failures) + "\n\n" + "\n---\n".join(sources)
