"""A small line breaker for generated TypeScript expressions, in the spirit of Prettier:
a line longer than the width is broken at its last top-level bracket group, one item per
line with trailing commas; a group that is the only item of its parent is hugged
(`push({` ... `})`, `setTodos((todos) => [` ... `])`)."""

from __future__ import annotations

import re

OPEN = {"(": ")", "[": "]", "{": "}"}
WIDTH = 80
ITEM_SLACK = 10   # an item already on its own line may run a little longer before it is split
# What may precede a hugged last group: nothing, an arrow head, a callee (`(x) => xs.map`).
_HUG_HEAD = re.compile(r"^(\([\w, ]*\) => )?[\w.$]*$")


def _groups(s: str) -> list[tuple[int, int]]:
    """Top-level (depth 0) bracket groups as (open index, close index), skipping strings."""
    out: list[tuple[int, int]] = []
    stack: list[int] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c in "\"'`":
            i = _skip_string(s, i)
            continue
        if c in OPEN:
            stack.append(i)
        elif c in ")]}" and stack:
            start = stack.pop()
            if not stack:
                out.append((start, i))
        i += 1
    return out


def _skip_string(s: str, i: int) -> int:
    q = s[i]
    i += 1
    depth = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if q == "`" and c == "$" and s[i + 1:i + 2] == "{":
            depth += 1
            i += 2
            continue
        if q == "`" and c == "}" and depth:
            depth -= 1
        elif c == q and not depth:
            return i + 1
        i += 1
    return i


def _split_items(s: str) -> list[str]:
    items, depth, start, i = [], 0, 0, 0
    while i < len(s):
        c = s[i]
        if c in "\"'`":
            i = _skip_string(s, i)
            continue
        if c in OPEN:
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(s[start:i].strip())
            start = i + 1
        i += 1
    last = s[start:].strip()
    if last:
        items.append(last)
    return items


def _is_call_or_literal(s: str, i: int) -> bool:
    """A `(` that opens a call's arguments (trailing comma allowed), or any `[` / `{`."""
    if s[i] != "(":
        return True
    j = i - 1
    while j >= 0 and s[j] == " ":
        j -= 1
    return j >= 0 and (s[j].isalnum() or s[j] in "_$)]") and s[j - 1:j + 1] != "=>" and j == i - 1


def _huggable(item: str) -> bool:
    sub = _groups(item)
    return bool(sub) and sub[-1][1] == len(item) - 1 and sub[-1][1] - sub[-1][0] > 1 and \
        bool(_HUG_HEAD.match(item[:sub[-1][0]]))


def break_line(line: str, width: int = WIDTH, indent: str = "", extra: int = 0) -> list[str]:
    """`line` as one or more lines, each (ideally) within `width` after `indent`;
    `extra` is the length of text glued around the line by a hugging caller."""
    if len(indent) + len(line) + extra <= width:
        return [line]
    groups = [g for g in _groups(line) if g[1] - g[0] > 1]
    if not groups:
        return [line]
    start, end = groups[-1]
    head, inner, tail = line[:start + 1], line[start + 1:end], line[end:]
    items = _split_items(inner)
    if len(items) == 1 and _huggable(items[0]):
        sub = break_line(items[0], width, indent, extra + len(head) + len(tail))
        if len(sub) > 1:
            return [head + sub[0]] + sub[1:-1] + [sub[-1] + tail]
    comma = "," if _is_call_or_literal(line, start) else ""
    lines = [head]
    for k, it in enumerate(items):
        sep = "," if k < len(items) - 1 else comma
        lines += ["  " + l for l in break_line(it + sep, width + ITEM_SLACK, indent + "  ")]
    lines.append(tail)
    return lines


def break_lines(lines: list[str], width: int = WIDTH) -> list[str]:
    out: list[str] = []
    for l in lines:
        stripped = l.lstrip(" ")
        ind = l[:len(l) - len(stripped)]
        out += [ind + x if x else x for x in break_line(stripped, width, ind)]
    return out
