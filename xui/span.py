"""Source spans: every AST node, IR node and diagnostic carries one.

A slotted frozen dataclass, not a pydantic model: the parser makes one per token and
node (over a million for a large app), so construction cost and size matter. Pydantic
models (the IR) accept it as a field type and serialize it as an object.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Span:
    """A range in a source file; lines and columns are 1-based, `end_col` exclusive."""

    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __reduce__(self):
        # a plain tuple pickles ~2x faster than the slotted dataclass default (parallel parse)
        return (Span, (self.file, self.line, self.col, self.end_line, self.end_col))

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "col": self.col,
                "end_line": self.end_line, "end_col": self.end_col}

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def until(self, other: "Span") -> "Span":
        return Span(self.file, self.line, self.col, other.end_line, other.end_col)

    def with_end_col(self, end_col: int) -> "Span":
        return replace(self, end_col=end_col)
