"""XML drawables and color state lists (`res/drawable*/*.xml`, `res/color*/*.xml`) as xui paint.

A view's `android:background="@drawable/card_bg"` is most often a `<shape>`: a solid color, rounded
corners and a stroke, which xui says exactly with `.background`, `.cornerRadius` and `.border`.
Selectors (`<selector>`) and color state lists show their *default-state* item until the user
presses, checks or disables the view: that item is imported and the other states are reported.
Ripples show their content; insets and single-layer lists their inner drawable. What has no xui
counterpart (gradients, images, multi-layer art, animations) is reported where it is written.

The interpreter is pure: it resolves values through callbacks that report on failure, and says
what it approximated through `note`, so every report entry points at the drawable file's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .resources import Loc
from .xmlsafe import Node, XmlError, parse_xml

MAX_DEPTH = 8

# view states a selector item can test, and their value in the view's resting state
_REST_STATE = {"enabled": True, "window_focused": True}


@dataclass
class Paint:
    """What a background drawable paints, as xui modifier arguments (xui expressions)."""
    color: str | None = None
    radius: str | None = None
    border: tuple[str, str] | None = None     # (width, color)
    oval: bool = False
    ripple: bool = False                       # a press ripple over it (the caller decides what carries it)


@dataclass
class _Entry:
    path: Path
    display: str
    node: Node | None = None
    error: XmlError | None = None
    loaded: bool = False


class ResourceFiles:
    """The `res/drawable*/`, `res/color*/` and `res/menu*/` files by name. Default folders win over qualified ones
    (`drawable-v21`, `drawable-hdpi`), the imported module's over other modules'; `-night` variants
    are not the default look and are left out."""

    def __init__(self, display: Callable[[Path], str]) -> None:
        self._display = display
        self.xml: dict[tuple[str, str], _Entry] = {}       # (kind, name) -> file
        self.bitmaps: set[str] = set()                      # drawable names with an image file

    def add(self, res_dir: Path) -> None:
        try:
            dirs = sorted(d for d in res_dir.iterdir() if d.is_dir())
        except OSError:
            return
        # the default folder first, then qualified ones by name, so the first one seen wins
        for d in sorted(dirs, key=lambda d: (d.name not in ("drawable", "color", "mipmap", "menu"), d.name)):
            kind = d.name.split("-", 1)[0]
            if kind not in ("drawable", "color", "mipmap", "menu") or "night" in d.name.split("-")[1:]:
                continue
            try:
                files = sorted(d.iterdir())
            except OSError:
                continue
            for f in files:
                name, _, ext = f.name.partition(".")
                if ext == "xml" and kind != "mipmap":
                    self.xml.setdefault((kind, name), _Entry(f, self._display(f)))
                elif ext in ("png", "9.png", "webp", "jpg", "jpeg", "gif"):
                    self.bitmaps.add(name)

    def has(self, kind: str, name: str) -> bool:
        return (kind, name) in self.xml

    def intrinsic_size(self, name: str) -> tuple[float, float] | None:
        """A vector drawable's own size in dp (android:width/height of <vector>), or None."""
        root, _disp, err = self.load("drawable", name)
        if root is None or err is not None or root.tag != "vector":
            return None
        w, h = _dp_value(root.get("android:width")), _dp_value(root.get("android:height"))
        return (w, h) if w and h else None

    def load(self, kind: str, name: str) -> tuple[Node | None, str, XmlError | None]:
        """(root, display path, parse error); root None when unreadable or not there."""
        e = self.xml.get((kind, name))
        if e is None:
            return None, "", None
        if not e.loaded:
            e.loaded = True
            try:
                e.node = parse_xml(e.path.read_bytes())
            except XmlError as err:
                e.error = err
            except OSError as err:
                e.error = XmlError(f"cannot read: {err.strerror or err}")
        return e.node, e.display, e.error


def _state_holds(item: Node, state: dict[str, bool]) -> bool:
    for name, a in item.attrs.items():
        m = re.fullmatch(r"(?:android|app):state_(\w+)", name)
        if m:
            want = a.value.strip().lower() == "true"
            if state.get(m.group(1), _REST_STATE.get(m.group(1), False)) != want:
                return False
    return True


def resting_item(selector: Node, state: dict[str, bool]) -> tuple[Node | None, bool]:
    """The item a `<selector>` shows in the view's state (Android takes the first item whose states
    all hold) and whether other items exist (states that are not imported)."""
    items = [c for c in selector.children if c.tag == "item"]
    chosen = next((i for i in items if _state_holds(i, state)), None)
    return chosen, len(items) > 1


@dataclass
class Interpreter:
    """Resolves a drawable or color reference for one view."""
    files: ResourceFiles
    # (raw value, its location, its attribute name) -> xui expression; they report why when they cannot
    color: Callable[[str, Loc, str], str | None]
    dimen: Callable[[str, Loc, str], str | None]
    note: Callable[[Loc, str, str], None]            # (location, reason, severity)
    literal: Callable[[str], str | None]              # raw value -> "#AARRGGBB" literal when it is one
    state: dict[str, bool] = field(default_factory=dict)
    # the resources being resolved: shared by the interpreters of one conversion, since a color in a
    # state list is resolved through the caller, which may start another interpreter (loops end here)
    _seen: list[tuple[str, str]] = field(default_factory=list)

    def _open(self, kind: str, name: str, loc: Loc) -> tuple[Node | None, str]:
        """The root of res/<kind>/<name>.xml, about to be interpreted (pushed on the loop guard), or None
        when it cannot be: unreadable or malformed, not in the input, or part of a reference loop."""
        root, disp, err = self.files.load(kind, name)
        if err is not None:
            self.note(Loc(disp, err.line, err.col), f"@{kind}/{name}: {err.message}", "unmapped")
            return None, disp
        if root is None:
            self.note(loc, f"@{kind}/{name} is not in the input", "missing")
            return None, disp
        if (kind, name) in self._seen or len(self._seen) > MAX_DEPTH:
            self.note(loc, f"@{kind}/{name} refers to itself", "unmapped")
            return None, disp
        self._seen.append((kind, name))
        return root, disp

    # -- color state lists --
    def state_color(self, name: str, loc: Loc) -> str | None:
        """`@color/name` that is a res/color/ file: the color of its resting-state item."""
        root, disp = self._open("color", name, loc)
        if root is None:
            return None
        try:
            here = Loc(disp, root.line, root.col)
            if root.tag != "selector":
                self.note(here, f"<{root.tag}> in res/color/ is not a color state list", "unmapped")
                return None
            item, others = resting_item(root, self.state)
            if item is None or not item.get("android:color"):
                self.note(here, f"color state list @color/{name} has no item for the view's resting state",
                          "unmapped")
                return None
            ia = item.attrs["android:color"]
            alpha = item.get("android:alpha") or item.get("app:alpha")
            lit = self.literal(ia.value) if alpha is not None else None
            if lit is not None:
                col = self._with_alpha(lit, alpha, Loc(disp, item.line, item.col))
            else:
                col = self.color(ia.value, Loc(disp, ia.line, ia.col), ia.name)
                if col is None:
                    return None
                if alpha is not None and alpha.strip() not in ("1", "1.0"):
                    self.note(Loc(disp, item.line, item.col), f"alpha {alpha} on a theme color is not imported",
                              "approximated")
            if others:
                self.note(Loc(disp, item.line, item.col), f"color state list @color/{name}: the resting-state "
                          "color is imported; the pressed/checked/disabled ... colors are not", "approximated")
            return col
        finally:
            self._seen.pop()

    def _with_alpha(self, col: str, alpha: str, loc: Loc) -> str:
        """A literal #RRGGBB / #AARRGGBB color with its alpha multiplied by `alpha`."""
        try:
            a = float(alpha)
        except ValueError:
            self.note(loc, f"alpha '{alpha}' not understood: the color is imported opaque", "approximated")
            return col
        base = int(col[1:3], 16) / 255 if len(col) == 9 else 1.0
        rgb = col[-6:]
        return "#%02X%s" % (round(max(0.0, min(1.0, a * base)) * 255), rgb)

    # -- drawables --
    def drawable(self, name: str, loc: Loc) -> Paint | None:
        """`@drawable/name` as paint, or None (reported) when it has no xui counterpart."""
        if name in self.files.bitmaps and not self.files.has("drawable", name):
            self.note(loc, f"@drawable/{name} is an image: image backgrounds are not imported", "unmapped")
            return None
        root, disp = self._open("drawable", name, loc)
        if root is None:
            return None
        try:
            return self.node(root, disp)
        finally:
            self._seen.pop()

    def node(self, n: Node, disp: str, depth: int = 0) -> Paint | None:
        here = Loc(disp, n.line, n.col)
        tag = n.tag
        if depth > MAX_DEPTH:
            self.note(here, f"drawables nested over {MAX_DEPTH} deep are not imported", "unmapped")
            return None
        if tag == "shape":
            return self.shape(n, disp)
        if tag == "color":
            c = n.attrs.get("android:color")
            col = self.color(c.value, Loc(disp, c.line, c.col), c.name) if c else None
            return Paint(color=col) if col else None
        if tag == "selector":
            item, others = resting_item(n, self.state)
            if item is None:
                return Paint()          # nothing drawn at rest
            p = self.item(item, disp, depth)
            if p is not None and others:
                self.note(Loc(disp, item.line, item.col), "selector: the resting-state drawable is imported; "
                          "the pressed/focused/checked ... drawables are not", "approximated")
            return p
        if tag == "ripple":
            content = [c for c in n.children if c.tag == "item" and c.get("android:id") != "@android:id/mask"]
            if len(content) > 1:
                self.note(here, "a ripple over several layers: only the first is imported", "approximated")
            p = self.item(content[0], disp, depth) if content else Paint()
            if p is not None:
                p.ripple = True
            return p
        if tag == "inset":
            if any(k.startswith("android:inset") for k in n.attrs):
                self.note(here, "insets around the drawable are not imported (it fills the view)",
                          "approximated")
            return self.item(n, disp, depth)
        if tag == "layer-list":
            items = [c for c in n.children if c.tag == "item"]
            if len(items) == 1 and not any(k in items[0].attrs for k in
                                           ("android:top", "android:bottom", "android:left", "android:right",
                                            "android:start", "android:end")):
                return self.item(items[0], disp, depth)
            self.note(here, f"layer-list of {len(items)} layers has no xui counterpart", "unmapped")
            return None
        if tag in ("bitmap", "nine-patch", "vector", "animated-vector", "adaptive-icon"):
            self.note(here, f"<{tag}> drawables are images: image backgrounds are not imported", "unmapped")
            return None
        self.note(here, f"<{tag}> drawables have no xui counterpart", "unmapped")
        return None

    def item(self, item: Node, disp: str, depth: int = 0) -> Paint | None:
        """An `<item>` (or `<inset>`): its android:drawable reference or its one inline child."""
        ref = item.attrs.get("android:drawable")
        if ref is not None:
            return self.ref(ref.value, Loc(disp, ref.line, ref.col))
        kids = [c for c in item.children]
        if len(kids) == 1:
            return self.node(kids[0], disp, depth + 1)
        if not kids:
            return Paint()
        self.note(Loc(disp, item.line, item.col), "an item with several drawables", "unmapped")
        return None

    def ref(self, value: str, loc: Loc) -> Paint | None:
        v = value.strip()
        m = re.fullmatch(r"@(?:\+)?drawable/([\w.]+)", v)
        if m:
            return self.drawable(m.group(1), loc)
        col = self.color(v, loc, "android:drawable")
        return Paint(color=col) if col else None

    def shape(self, n: Node, disp: str) -> Paint | None:
        here = Loc(disp, n.line, n.col)
        kind = (n.get("android:shape") or "rectangle").strip()
        if kind in ("ring", "line"):
            self.note(here, f'<shape android:shape="{kind}"> has no xui counterpart', "unmapped")
            return None
        p = Paint(oval=kind == "oval")
        for c in n.children:
            cl = Loc(disp, c.line, c.col)
            if c.tag == "solid":
                a = c.attrs.get("android:color")
                if a is not None:
                    p.color = self.color(a.value, Loc(disp, a.line, a.col), a.name)
            elif c.tag == "corners":
                self._corners(c, disp, p)
            elif c.tag == "stroke":
                w, col = c.attrs.get("android:width"), c.attrs.get("android:color")
                if w is not None and col is not None:
                    dw = self.dimen(w.value, Loc(disp, w.line, w.col), w.name)
                    dc = self.color(col.value, Loc(disp, col.line, col.col), col.name)
                    if dw is not None and dc is not None:
                        p.border = (dw, dc)
                if c.get("android:dashWidth") not in (None, "0", "0dp"):
                    self.note(cl, "dashed strokes are drawn solid", "approximated")
            elif c.tag == "gradient":
                cols = [c.attrs[k] for k in ("android:startColor", "android:centerColor", "android:endColor")
                        if k in c.attrs]
                if cols:
                    first = cols[1] if len(cols) == 3 else cols[0]
                    p.color = self.color(first.value, Loc(disp, first.line, first.col), first.name)
                self.note(cl, "gradients have no xui modifier: drawn in one color (the "
                          f"{'center' if len(cols) == 3 else 'start'} color)", "approximated")
            elif c.tag == "padding":
                self.note(cl, "a background's padding is not imported: set the view's padding", "approximated")
            elif c.tag == "size":
                pass                    # an intrinsic size only matters for wrap_content views (see below)
            else:
                self.note(cl, f"<{c.tag}> in a shape is not imported", "unmapped")
        return p

    def _corners(self, c: Node, disp: str, p: Paint) -> None:
        r = c.attrs.get("android:radius")
        corners = [c.attrs[k] for k in ("android:topLeftRadius", "android:topRightRadius",
                                        "android:bottomLeftRadius", "android:bottomRightRadius") if k in c.attrs]
        if corners:
            vals = {a.value.strip() for a in corners}
            if len(corners) < 4 or len(vals) > 1:
                a = max(corners, key=lambda a: _dp(a.value))
                self.note(Loc(disp, c.line, c.col), "different corner radii: every corner gets the largest",
                          "approximated")
                r = a
            else:
                r = corners[0]
        if r is not None:
            p.radius = self.dimen(r.value, Loc(disp, r.line, r.col), r.name)


def _dp(v: str) -> float:
    m = re.match(r"\s*(-?\d+(?:\.\d+)?)", v)
    return float(m.group(1)) if m else 0.0


def _dp_value(v: str | None) -> float | None:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(dp|dip)\s*", v or "")
    return float(m.group(1)) if m else None
