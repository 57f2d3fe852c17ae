"""The compile checkers (xui.verify) pass good code and catch bad code.

For every target: the hand-written fixtures in tests/verify_fixtures/<target>/good
must check clean, and every line of tests/verify_fixtures/<target>/bad marked
``expect-error: CODE`` must be reported with that code, with no error on any
unmarked line. Each directory is checked in one compiler invocation.

Tests marked ``toolchains`` need tools/toolchains/install. They are skipped
only when a target's toolchain is absent (reason in the skip message); with
XUI_REQUIRE_TOOLCHAINS=1 (CI) an absent toolchain is a failure instead.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from xui.verify import (
    CHECKERS, TARGETS, CheckResult, Diagnostic, ToolchainMissing, check, missing, toolchains,
)
from xui.verify import _common
from xui.verify.swiftui_api import base_type, load_table, parse_signature

FIXTURES = Path(__file__).parent / "verify_fixtures"
MARKER = re.compile(r"expect-error:\s*([A-Za-z0-9_\-, ]+)")


def needs(target: str):
    """Mark a test as needing ``target``'s toolchain; skip only when it is absent."""
    reason = missing(target)
    marks = [pytest.mark.toolchains]
    if reason and os.environ.get("XUI_REQUIRE_TOOLCHAINS") != "1":
        marks.append(pytest.mark.skip(reason=f"{reason} (XUI_REQUIRE_TOOLCHAINS=1 turns this into a failure)"))
    return marks


def expected_errors(directory: Path) -> dict[tuple[str, int], set[str]]:
    out: dict[tuple[str, int], set[str]] = {}
    for f in sorted(directory.rglob("*")):
        if not f.is_file():
            continue
        for lineno, line in enumerate(f.read_text().splitlines(), 1):
            m = MARKER.search(line)
            if m:
                codes = {c.strip() for c in m.group(1).split(",") if c.strip()}
                out[(str(f.relative_to(directory)), lineno)] = codes
    return out


def reported_errors(result: CheckResult, directory: Path) -> dict[tuple[str, int], set[str]]:
    out: dict[tuple[str, int], set[str]] = {}
    for d in result.errors:
        try:
            rel = str(Path(d.path).relative_to(directory.resolve())) if d.path else "<no file>"
        except ValueError:
            rel = d.path
        out.setdefault((rel, d.line), set()).add(d.code)
    return out


def assert_matches_markers(result: CheckResult, directory: Path) -> None:
    expected = expected_errors(directory)
    assert expected, f"no expect-error markers in {directory}"
    got = reported_errors(result, directory)
    missed = [f"{f}:{line}: expected {code}" for (f, line), codes in sorted(expected.items())
              for code in sorted(codes) if code not in got.get((f, line), set())]
    unexpected = [f"{f}:{line}: unexpected {sorted(codes)}" for (f, line), codes in sorted(got.items())
                  if (f, line) not in expected]
    assert not missed and not unexpected, (
        "\n".join(missed + unexpected) + "\n\nchecker output:\n" + result.format(directory))


class _CountingRun:
    """Wraps _common.run to prove one compiler invocation per check."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return _common.run(*args, **kwargs)


def run_checker(target: str, directory: Path, **options) -> tuple[CheckResult, int]:
    counter = _CountingRun()
    module = CHECKERS[target].__module__
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(f"{module}.run", counter, raising=False)
        result = check(target, directory, **options)
    return result, counter.calls


# one run per target and directory for the whole module (kotlinc is slow)
_cache: dict[tuple[str, str], tuple[CheckResult, int]] = {}


def cached(target: str, kind: str) -> tuple[CheckResult, int]:
    key = (target, kind)
    if key not in _cache:
        options = {"use_swiftc": False} if target == "swiftui" else {}
        _cache[key] = run_checker(target, FIXTURES / target / kind, **options)
    return _cache[key]


# ---------------------------------------------------------------------------
# per target: good code passes, bad code fails on the marked lines
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("target", [pytest.param(t, marks=needs(t)) for t in TARGETS])
def test_good_fixtures_pass(target: str) -> None:
    result, _ = cached(target, "good")
    assert result.target == target
    assert result.tool
    assert len(result.files) >= 2
    assert result.ok, result.format(FIXTURES)
    assert not result.errors


@pytest.mark.parametrize("target", [pytest.param(t, marks=needs(t)) for t in TARGETS])
def test_bad_fixtures_fail_on_marked_lines(target: str) -> None:
    result, _ = cached(target, "bad")
    assert not result.ok
    assert_matches_markers(result, FIXTURES / target / "bad")


@pytest.mark.parametrize("target", [pytest.param(t, marks=needs(t)) for t in ("react", "arkts", "compose")])
def test_one_compiler_invocation_per_check(target: str) -> None:
    _, calls = cached(target, "bad")
    assert calls == 1


@pytest.mark.parametrize("target", [pytest.param(t, marks=needs(t)) for t in TARGETS])
def test_missing_reports_installed_toolchain(target: str) -> None:
    assert missing(target) is None


@pytest.mark.toolchains
def test_diagnostics_are_located() -> None:
    """Every error of every bad run names a file and a line."""
    ran = False
    for target in TARGETS:
        if missing(target):
            continue
        result, _ = cached(target, "bad")
        ran = True
        for d in result.errors:
            assert d.path and d.line > 0 and d.col > 0, d.format()
    if not ran:
        pytest.skip("no toolchain installed: run tools/toolchains/install")


# ---------------------------------------------------------------------------
# target-specific details
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("target", [pytest.param("arkts", marks=needs("arkts"))])
def test_arkts_linter_runs_and_flags_strict_subset(target: str) -> None:
    result, _ = cached("arkts", "bad")
    assert "ArkTS linter" in result.tool and "did not run" not in result.tool
    codes = {d.code for d in result.errors}
    assert {"arkts-no-any-unknown", "arkts-no-untyped-obj-literals", "arkts-no-var"} <= codes
    assert "ets-not-a-module" in codes  # bad/Script.ets exports nothing


@pytest.mark.parametrize("target", [pytest.param("react", marks=needs("react"))])
def test_react_checks_a_single_file_and_a_list(target: str) -> None:
    good = FIXTURES / "react" / "good"
    assert check("react", good / "Counter.tsx").ok
    result = check("react", [good / "Counter.tsx", FIXTURES / "react" / "bad" / "WrongType.tsx"])
    assert not result.ok
    assert {Path(d.path).name for d in result.errors} == {"WrongType.tsx"}


# ---------------------------------------------------------------------------
# no toolchain: a clear error, not a traceback (runs everywhere)
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["react", "arkts", "compose"])
def test_absent_toolchain_raises_clear_error(target: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(toolchains.ENV_VAR, str(tmp_path / "empty"))
    assert "run tools/toolchains/install" in (missing(target) or "")
    with pytest.raises(ToolchainMissing, match=r"toolchain missing for .*: run tools/toolchains/install"):
        check(target, FIXTURES / target / "good")


def test_absent_swift_parser_raises_clear_error(monkeypatch) -> None:
    def no_parser():
        raise ToolchainMissing("swiftui", "Python package tree_sitter_swift is not installed")

    monkeypatch.setattr(toolchains, "swift_parser_language", no_parser)
    with pytest.raises(ToolchainMissing, match="run tools/toolchains/install"):
        check("swiftui", FIXTURES / "swiftui" / "good", use_swiftc=False)


def test_unknown_target_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown target"):
        check("flutter", FIXTURES)


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        _common.collect(tmp_path / "nope", (".tsx",))


# ---------------------------------------------------------------------------
# the SwiftUI API table and its signature matching (pure Python)
# ---------------------------------------------------------------------------
def test_swiftui_api_table_loads() -> None:
    table = load_table(toolchains.swiftui_api_table())
    for name in ["VStack", "HStack", "ZStack", "ScrollView", "List", "ForEach", "LazyVGrid", "GridItem",
                 "Text", "Image", "Button", "TextField", "SecureField", "Toggle", "Spacer", "Divider",
                 "ProgressView", "NavigationStack", "NavigationLink", "Color", "Font", "RoundedRectangle"]:
        assert name in table.types, name
        assert table.types[name].inits or table.types[name].has_members, name
    for name in ["padding", "frame", "background", "foregroundStyle", "font", "fontWeight", "clipShape",
                 "overlay", "opacity", "disabled", "onTapGesture", "onAppear", "onDisappear",
                 "accessibilityLabel", "lineLimit", "multilineTextAlignment", "navigationTitle", "toolbar"]:
        assert table.modifiers.get(name), name


def test_signature_parsing() -> None:
    sig = parse_signature(
        "nonisolated func onTapGesture(count: Int = 1, perform action: @escaping () -> Void) -> some View")
    assert sig.name == "onTapGesture" and sig.returns == "View"
    assert [(p.label, p.optional, p.closure) for p in sig.params] == [("count", True, False), ("perform", False, True)]
    sig = parse_signature("func foregroundStyle<S>(_ style: S) -> some View where S : ShapeStyle")
    assert sig.param_type(sig.params[0]) == "ShapeStyle"
    sig = parse_signature("init(_ titleKey: LocalizedStringKey, action: @escaping () -> Void)")
    assert sig.name == "init" and sig.params[0].label is None
    assert base_type("Font.Weight?") == "Font.Weight"
    assert base_type("(() -> Void)?") is None


@pytest.mark.parametrize("target", [pytest.param("swiftui", marks=needs("swiftui"))])
def test_swiftui_trailing_closures_and_defaults(target: str, tmp_path: Path) -> None:
    (tmp_path / "V.swift").write_text("""import SwiftUI

struct V: View {
    @State private var on = false
    var body: some View {
        Button { on.toggle() } label: { Text("Go") }
        Section { Text("a") } header: { Text("h") } footer: { Text("f") }
        Toggle("On", isOn: $on).toggleStyle(.switch)
        Text("x").padding([.top, .leading], 8).frame(maxWidth: .infinity, alignment: .leading)
    }
}
""")
    result = check("swiftui", tmp_path, use_swiftc=False)
    assert result.ok, result.format(tmp_path)


# ---------------------------------------------------------------------------
# result objects
# ---------------------------------------------------------------------------
def test_result_format() -> None:
    d = Diagnostic("/x/A.kt", 3, 5, "error", "UNRESOLVED_REFERENCE", "Unresolved reference 'Buttn'.")
    r = CheckResult("compose", "kotlinc", False, [d], ["/x/A.kt"], 1.0)
    assert d.format() == "/x/A.kt:3:5: error: Unresolved reference 'Buttn'.  [UNRESOLVED_REFERENCE]"
    assert d.format("/x") == "A.kt:3:5: error: Unresolved reference 'Buttn'.  [UNRESOLVED_REFERENCE]"
    assert r.errors == [d] and r.in_file("A.kt") == [d]
    assert "FAILED" in r.format()
    with pytest.raises(ValueError):
        Diagnostic("", 0, 0, "fatal", "", "")


# ---------------------------------------------------------------------------
# compiler output parsing (pure Python)
# ---------------------------------------------------------------------------
def test_kotlinc_output_parsing() -> None:
    from xui.verify.compose import parse_output

    out = """/g/A.kt:10:5: error: [NONE_APPLICABLE] None of the following candidates is applicable:
fun Text(text: String): Unit
fun Text(text: AnnotatedString): Unit
    Text(text = 42)
    ^^^^
/g/A.kt:12:9: warning: [DEPRECATION] 'foo' is deprecated.
    foo()
    ^^^
error: [SOURCE_NOT_FOUND] source file or directory not found: /g/B.kt
"""
    diags = parse_output(out)
    assert [(d.path, d.line, d.col, d.severity, d.code) for d in diags] == [
        ("/g/A.kt", 10, 5, "error", "NONE_APPLICABLE"),
        ("/g/A.kt", 12, 9, "warning", "DEPRECATION"),
        ("", 0, 0, "error", "SOURCE_NOT_FOUND"),
    ]
    assert "fun Text(text: AnnotatedString)" in diags[0].message
    assert "Text(text = 42)" not in diags[0].message


def test_tsc_output_parsing(tmp_path: Path) -> None:
    from xui.verify.react import parse_output

    out = """../src/App.tsx(4,15): error TS2322: Type '{ onClickk: () => void; }' is not assignable to type 'Props'.
  Property 'onClickk' does not exist on type 'Props'. Did you mean 'onClick'?
error TS5083: Cannot read file '/x/tsconfig.json'.
"""
    diags = parse_output(out, tmp_path / "cfg")
    assert [(Path(d.path).name, d.line, d.col, d.code) for d in diags[:1]] == [("App.tsx", 4, 15, "TS2322")]
    assert diags[0].path == str((tmp_path / "src" / "App.tsx").resolve())
    assert "Did you mean 'onClick'" in diags[0].message
    assert (diags[1].path, diags[1].code) == ("", "TS5083")
