"""Source spans: every AST node, IR node and diagnostic carries one."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Span(BaseModel):
    """A range in a source file; lines and columns are 1-based, `end_col` exclusive."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "col": self.col,
                "end_line": self.end_line, "end_col": self.end_col}

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def until(self, other: "Span") -> "Span":
        return Span(file=self.file, line=self.line, col=self.col,
                    end_line=other.end_line, end_col=other.end_col)
