"""Property tests: generated valid programs check clean and survive fmt; mutated samples
end in diagnostics, never in an exception."""

from __future__ import annotations

import random
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import programs
from xui.api import compile_text
from xui.diagnostics import DiagnosticSink
from xui.formatter import format_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").rglob("*.xui"))


def _ir_without_spans(program) -> object:
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ("span",)}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip(program.model_dump())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_generated_programs_check_clean_and_fmt_round_trips(src):
    r = compile_text(src, "gen.xui")
    assert r.ok, ([(d.code, d.message, d.span.line, d.span.col) for d in r.diagnostics], src)
    out = format_source(src, "gen.xui", DiagnosticSink())
    assert out is not None
    r2 = compile_text(out, "gen.xui")
    assert r2.ok
    assert _ir_without_spans(r2.program) == _ir_without_spans(r.program)
    assert format_source(out, "gen.xui", DiagnosticSink()) == out   # idempotent


def _mutate(text: str, rnd: random.Random) -> str:
    tokens = text.split(" ")
    op = rnd.randrange(6)
    i = rnd.randrange(len(tokens))
    j = rnd.randrange(len(tokens))
    if op == 0:
        del tokens[i]
    elif op == 1:
        tokens.insert(i, tokens[j])
    elif op == 2:
        tokens[i], tokens[j] = tokens[j], tokens[i]
    elif op == 3:
        return text[: rnd.randrange(len(text))]
    elif op == 4:
        pos = rnd.randrange(len(text))
        junk = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 8))).decode("latin-1")
        return text[:pos] + junk + text[pos:]
    else:
        pos = rnd.randrange(len(text))
        return text[:pos] + rnd.choice(["{", "}", "(", ")", '"', "\\", "$", ".", "->", "[", "?"]) + text[pos:]
    return " ".join(tokens)


def _mutated(which: int, seed: int, rounds: int) -> str:
    """Sample number `which`, broken by `rounds` random edits (deterministic in `seed`)."""
    rnd = random.Random(seed)
    text = SAMPLES[which].read_text()
    for _ in range(rounds):
        text = _mutate(text, rnd) or text
    return text


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SAMPLES) - 1), st.integers(0, 2**32 - 1), st.integers(1, 4))
def test_mutated_samples_never_crash(which, seed, rounds):
    text = _mutated(which, seed, rounds)
    start = time.perf_counter()
    r = compile_text(text, "m.xui")       # must not raise
    assert time.perf_counter() - start < 5.0
    for d in r.diagnostics:
        assert d.code and d.message
    format_source(text, "m.xui", DiagnosticSink())   # must not raise either


def _both_drivers(text: str):
    """Parse with the fast table driver and with Lark's own driver; return both results."""
    from xui.parser import Parser
    global _PARSERS
    if "_PARSERS" not in globals():
        fast, lark_only = Parser(), Parser()
        lark_only.fast = None
        _PARSERS = (fast, lark_only)
    out = []
    for p in _PARSERS:
        sink = DiagnosticSink()
        module = p.parse(text, "d.xui", sink)
        out.append((module, [(d.code, d.message, d.span, d.hint) for d in sink.sorted()]))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_fast_driver_builds_the_same_tree_as_lark(src):
    fast, reference = _both_drivers(src)
    assert fast == reference


@settings(max_examples=120, deadline=None)
@given(st.integers(0, len(SAMPLES) - 1), st.integers(0, 2**32 - 1), st.integers(1, 4))
def test_fast_driver_gives_lark_s_diagnostics_on_broken_input(which, seed, rounds):
    fast, reference = _both_drivers(_mutated(which, seed, rounds))
    assert fast == reference


def test_fast_driver_matches_lark_on_every_sample():
    for path in SAMPLES:
        fast, reference = _both_drivers(path.read_text())
        assert fast[0] is not None and fast == reference, path
