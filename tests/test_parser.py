"""Grammar, parser and syntax diagnostics."""

from __future__ import annotations

import lark
import pytest

from helpers import diags
from xui.diagnostics import DiagnosticSink
from xui.parser import MAX_DEPTH, decode_source, grammar_text, parse_text


def test_grammar_is_conflict_free_lalr():
    # strict=True turns every shift/reduce conflict and terminal collision into an error
    lark.Lark(grammar_text(), parser="lalr", lexer="contextual", strict=True, keep_all_tokens=True,
              start=["start", "expr"])


def parse(src: str):
    sink = DiagnosticSink()
    m = parse_text(src, "t.xui", sink)
    return m, [(d.code, d.span.line, d.span.col, d.message, d.hint) for d in sink.sorted()]


@pytest.mark.parametrize("src, code, line, col", [
    ("screen A {\n  Text(\"x\"\n}\n", "E0011", 3, 1),                  # missing ')'
    ("screen A {\n  Text(\"x\")\n", "E0012", 2, 12),                    # missing '}' at EOF
    ("screen A {\n  Text(\"abc)\n}\n", "E0013", 2, 8),                  # unterminated string
    ("screen A {\n  Text(\"a\\qb\")\n}\n", "E0014", 2, 10),             # bad escape
    ("screen A {\n  Text(\"a {b\")\n}\n", "E0015", 2, 11),              # unclosed interpolation
    ("screen A {\n  Text(\"a }\")\n}\n", "E0015", 2, 11),               # stray brace
    ("screen A {\n  Text(\"{1 +}\")\n}\n", "E0015", 2, 12),             # bad expression inside
    ("screen A {\n  Text(\"a\") Text(\"b\")\n}\n", "E0017", 2, 13),     # two items on one line
    ("screen A {\n  Text(@)\n}\n", "E0010", 2, 8),                      # unexpected character
    ("screen A {\n  let x = #12345\n  Text(\"x\")\n}\n", "E0215", 2, 11),  # bad color
])
def test_syntax_errors_are_located(src, code, line, col):
    _, ds = parse(src)
    assert ds and ds[0][:3] == (code, line, col), ds


def test_expected_list_is_in_words():
    _, ds = parse("screen A {\n  Text(\"x\"\n}\n")
    hint = ds[0][4]
    assert hint.startswith("expected one of") and "')'" in hint and "RPAR" not in hint


def test_keyword_as_name_is_reserved():
    # the contextual lexer reads `if` as a name where only a name can stand; the checker rejects it
    assert diags("model Todo {\n  if: Int\n}\n")[0] == ("E0109", 2, 3)
    assert diags("model if {\n  a: Int\n}\n")[0] == ("E0109", 1, 7)


def test_interpolation_spans_point_inside_the_string():
    m, ds = parse('screen A {\n  Text("hi {name}")\n}\n')
    assert not ds
    text = m.items[0].body[0]
    part = text.args[0].value.parts[1]
    assert (part.span.line, part.span.col, part.span.end_col) == (2, 13, 17)


@pytest.mark.parametrize("n", [5000])
def test_deep_parentheses_are_a_diagnostic(n):
    src = "screen A {\n  let x = " + "(" * n + "1" + ")" * n + "\n  Text(\"x\")\n}\n"
    _, ds = parse(src)
    assert ds[0][0] == "E0016"


def test_deep_blocks_are_a_diagnostic():
    n = 3000
    src = "screen A {\n" + "Column {\n" * n + "}\n" * n + "}\n"
    _, ds = parse(src)
    assert ds[0][0] == "E0016"


def test_long_operator_chains_are_a_diagnostic_not_a_crash():
    src = "screen A {\n  let x = " + " + ".join(["1"] * 5000) + "\n  Text(\"x\")\n}\n"
    _, ds = parse(src)
    assert ds[0][0] == "E0016"


def test_nesting_at_the_limit_still_parses():
    depth = MAX_DEPTH // 3
    src = "screen A {\n  let x = " + "(" * depth + "1" + ")" * depth + "\n  Text(\"{x}\")\n}\n"
    _, ds = parse(src)
    assert not ds


@pytest.mark.parametrize("data, code", [
    (b"screen A {\x00}", "E0003"),
    (b"screen A {\n  Text(\"\xff\")\n}\n", "E0002"),
    (b"x" * (5 * 1024 * 1024), "E0004"),
])
def test_bad_bytes(data, code):
    sink = DiagnosticSink()
    assert decode_source(data, "t.xui", sink) is None
    assert sink.items[0].code == code


def test_invalid_utf8_location():
    sink = DiagnosticSink()
    decode_source(b"a\nbc\xffd", "t.xui", sink)
    s = sink.items[0].span
    assert (s.line, s.col) == (2, 3)


def test_bom_is_accepted():
    sink = DiagnosticSink()
    assert decode_source(b"\xef\xbb\xbfscreen A { Text(\"x\") }", "t.xui", sink) is not None


def test_escapes_decode():
    m, ds = parse('strings {\n  a = "q\\"b\\\\n\\n\\t\\{x\\}\\u{1F600}"\n}\n')
    assert not ds
    assert m.items[0].entries[0].value.parts == ['q"b\\n\n\t{x}\U0001F600']


def test_comments_are_collected_not_from_strings():
    m, ds = parse('// a\nscreen A { /* b */\n  Text("// not a comment")\n}\n')
    assert [c.text for c in m.comments] == ["// a", "/* b */"]


def test_huge_integer_is_rejected():
    assert diags("screen A {\n  let x = 99999999999999999999\n  Text(\"{x}\")\n}\n")[0][0] == "E0018"
