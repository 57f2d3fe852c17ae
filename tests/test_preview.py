"""`xui preview`: React build -> esbuild bundle -> headless Chromium screenshot.

Needs `bash tools/preview/install` (CI runs it). Skipped, saying why, only where the
bundler or Chromium is not installed; XUI_REQUIRE_PREVIEW=1 turns that into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xui import preview as P

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

_reason = P.tools_available()
# CI sets XUI_REQUIRE_PREVIEW=1 after tools/preview/install: a missing tool then fails the tests
needs_browser = pytest.mark.skipif(
    _reason is not None and os.environ.get("XUI_REQUIRE_PREVIEW") != "1",
    reason=f"preview tools unavailable: {_reason} (run tools/preview/install; "
           "XUI_REQUIRE_PREVIEW=1 turns this into a failure)")


def pixels(path: Path):
    w, h, c, rows = P.read_png(path)
    return w, h, c, rows


def distinct_colors(rows, channels: int, step: int = 7) -> int:
    seen = set()
    for r in rows[::step]:
        for x in range(0, len(r), channels * step):
            seen.add(r[x:x + 3])
    return len(seen)


def differing_rows(a, b) -> int:
    return sum(1 for ra, rb in zip(a, b) if ra != rb)


@needs_browser
def test_two_screens_give_different_non_blank_pngs(tmp_path):
    counter, todo = tmp_path / "counter.png", tmp_path / "todo.png"
    t1 = P.preview(SAMPLES / "counter/counter.xui", "CounterScreen", counter)
    t2 = P.preview(SAMPLES / "todo/todo.xui", "TodoList", todo, width=390, height=844)
    print(f"counter: {t1}\ntodo: {t2}")
    wa, ha, ca, ra = pixels(counter)
    wb, hb, cb, rb = pixels(todo)
    assert (wa, ha) == (390, 844) and (wb, hb) == (390, 844)
    # non-blank: text and buttons draw more than the background colour
    assert distinct_colors(ra, ca) > 3 and distinct_colors(rb, cb) > 3
    assert any(r != ra[-1] for r in ra[:200])
    # different screens, different pixels
    assert differing_rows(ra, rb) > 20


@needs_browser
def test_state_overrides_change_the_picture(tmp_path):
    empty, filled = tmp_path / "empty.png", tmp_path / "filled.png"
    P.preview(SAMPLES / "todo/todo.xui", "TodoList", empty)
    P.preview(SAMPLES / "todo/todo.xui", "TodoList", filled,
              state=['todos=[Todo(id: 1, title: "Milk"), Todo(id: 2, title: "Eggs", done: true)]',
                     "title=Groceries"])
    _, _, _, re_ = pixels(empty)
    _, _, _, rf = pixels(filled)
    assert differing_rows(re_, rf) > 20


@needs_browser
def test_custom_viewport(tmp_path):
    out = tmp_path / "small.png"
    P.preview(SAMPLES / "counter/counter.xui", None, out, state={"count": 5}, width=320, height=480)
    w, h, _, _ = pixels(out)
    assert (w, h) == (320, 480)


@needs_browser
def test_preview_all_writes_a_gallery(tmp_path):
    shots = P.preview_all([SAMPLES / "counter", SAMPLES / "login"], tmp_path / "shots")
    names = sorted(p.name for p in shots)
    assert names == ["CounterScreen.png", "Login.png", "Welcome.png"]   # Welcome(email:) gets a placeholder
    index = (tmp_path / "shots/index.html").read_text()
    for n in names:
        assert f'src="{n}"' in index
        w, h, _, _ = pixels(tmp_path / "shots" / n)
        assert (w, h) == (390, 844)


FILLS_SRC = """\
component Trail(label: String) {
  Row {
    Text(label)
    Spacer()
    Text("R").frame(width: 20, height: 20).background(#0000FF)
  }
}

screen Main {
  Column(align: .leading) {
    Row {
      Text("L")
      Spacer()
      Text("R").frame(width: 20, height: 20).background(#0000FF)
    }
    Text("gap").frame(height: 40)
    Trail(label: "x")
    Text("gap").frame(height: 40)
    Row {
      Text("R").frame(width: 20, height: 20).background(#FF0000)
    }
  }
}
"""


@needs_browser
def test_the_sizing_model_in_a_browser(tmp_path):
    """A Row with a Spacer in a leading-aligned Column spans the screen (its trailing box at the
    right edge), directly and inside a component; a Row without one keeps its content's width."""
    src = tmp_path / "fills.xui"
    src.write_text(FILLS_SRC)
    out = tmp_path / "fills.png"
    P.preview(src, "Main", out, width=390, height=300)
    w, _, c, rows = pixels(out)

    def xs(rgb):
        return sorted({x // c for r in rows for x in range(0, len(r), c) if r[x:x + 3] == rgb})

    def bands(rgb):
        ys = [y for y, r in enumerate(rows) if any(r[x:x + 3] == rgb for x in range(0, len(r), c))]
        return [y for i, y in enumerate(ys) if i == 0 or ys[i - 1] != y - 1]

    blue, red = bytes([0, 0, 255]), bytes([255, 0, 0])
    assert len(bands(blue)) == 2                    # the plain Row and the component's Row
    assert xs(blue)[0] >= w - 20 and xs(blue)[-1] == w - 1, xs(blue)[:3]
    assert xs(red) and xs(red)[-1] < 20, xs(red)[-3:]   # no Spacer: its content's width, at the leading edge


def test_bad_state_is_reported_before_any_browser_work(tmp_path):
    with pytest.raises(P.PreviewError, match="no state or parameter 'nope'"):
        P.build_page([SAMPLES / "counter/counter.xui"], tmp_path, state={"nope": "1"})
    with pytest.raises(P.PreviewError, match="do not check"):
        P.build_page([SAMPLES / "counter/counter.xui"], tmp_path, state={"count": '"text"'})
    with pytest.raises(P.PreviewError, match="no screen named 'Nope'"):
        P.build_page([SAMPLES / "counter/counter.xui"], tmp_path, screen="Nope")


def test_state_values_become_source_edits():
    from xui.watch import load_program
    loaded = load_program([SAMPLES / "todo/todo.xui"])
    screen = next(s for s in P.screens_of(loaded) if s.name == "TodoList")
    text = loaded.texts[screen.key]
    new = P.screen_edits(screen, text, loaded.result.program,
                         {"draft": 'say "hi" {x}', "nextId": "7", "title": "Shop"})
    assert 'state draft: String = "say \\"hi\\" \\{x\\}"' in new
    assert "state nextId: Int = 7" in new
    assert 'screen TodoList(title: String = "Shop")' in new


def test_png_reader_round_trip(tmp_path):
    import struct
    import zlib
    raw = b"".join(b"\x01" + bytes([10, 20, 30, 1, 1, 1]) for _ in range(2))   # Sub filter

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    (tmp_path / "a.png").write_bytes(png)
    w, h, c, out = P.read_png(tmp_path / "a.png")
    assert (w, h, c) == (2, 2, 3) and out[0] == bytes([10, 20, 30, 11, 21, 31])
