"""The coverage matrix: every IR node kind and catalog entry has, on every target, a
mapping or a declared diagnostic; docs/targets.md is up to date."""

from __future__ import annotations

from pathlib import Path

from xui.coverage import coverage_table, missing, node_kinds
from xui.docs import targets_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_every_node_kind_is_mapped_or_declared_unsupported():
    assert missing(coverage_table()) == []


def test_node_kinds_cover_the_ir():
    kinds = {k for _, k in node_kinds()}
    assert {"literal", "interpolation", "lambda", "assign", "navigate", "element", "component", "if"} <= kinds


def test_targets_doc_is_up_to_date():
    assert (ROOT / "docs/targets.md").read_text() == targets_markdown(), "regenerate: python -m xui.docs"
