"""RelativeLayout / ConstraintLayout -> Column / Row / Stack.

Both are normalized to the same edge constraints (child edge -> parent or sibling
edge), then solved by pattern:
  * siblings linked horizontally (start_toEndOf / end_toStartOf, chains, RelativeLayout
    toEndOf/toStartOf) form a Row; members at the same horizontal level form a Column
    inside it (avatar | name over subtitle | time);
  * groups are ordered top to bottom by vertical links (top_toBottomOf, below/above);
  * a lone child pinned to the parent's bottom goes after a Spacer, or floats in a Stack
    when it is also pinned to the end (FAB); a lone child centered in the parent floats
    centered (progress/empty overlays);
  * horizontal centering / end pinning / match-constraint widths become alignment
    wrappers, .fillWidth() or .weight(1).
What does not fit (bias, circular positioning, ratios, helpers) is reported by the
attribute table; the result is always a valid layout.
"""

from __future__ import annotations

import re

from .emit import El

EDGES = ("top", "bottom", "start", "end", "baseline")

# ConstraintLayout attribute -> (child edge, target edge)
_CL = {}
for a, b in [("Top", "Top"), ("Top", "Bottom"), ("Bottom", "Top"), ("Bottom", "Bottom"), ("Start", "Start"),
             ("Start", "End"), ("End", "Start"), ("End", "End"), ("Left", "Left"), ("Left", "Right"),
             ("Right", "Left"), ("Right", "Right"), ("Baseline", "Baseline"), ("Baseline", "Top"),
             ("Baseline", "Bottom")]:
    norm = {"Left": "start", "Right": "end"}
    _CL[f"app:layout_constraint{a}_to{b}Of"] = (norm.get(a, a.lower()), norm.get(b, b.lower()))

# RelativeLayout attribute -> (child edge, target edge), sibling-valued
_RL_SIB = {
    "android:layout_below": ("top", "bottom"), "android:layout_above": ("bottom", "top"),
    "android:layout_toEndOf": ("start", "end"), "android:layout_toRightOf": ("start", "end"),
    "android:layout_toStartOf": ("end", "start"), "android:layout_toLeftOf": ("end", "start"),
    "android:layout_alignTop": ("top", "top"), "android:layout_alignBottom": ("bottom", "bottom"),
    "android:layout_alignStart": ("start", "start"), "android:layout_alignLeft": ("start", "start"),
    "android:layout_alignEnd": ("end", "end"), "android:layout_alignRight": ("end", "end"),
    "android:layout_alignBaseline": ("baseline", "baseline"),
}
# boolean-valued -> parent edges
_RL_PARENT = {
    "android:layout_alignParentTop": [("top", "top")], "android:layout_alignParentBottom": [("bottom", "bottom")],
    "android:layout_alignParentStart": [("start", "start")], "android:layout_alignParentLeft": [("start", "start")],
    "android:layout_alignParentEnd": [("end", "end")], "android:layout_alignParentRight": [("end", "end")],
    "android:layout_centerInParent": [("top", "top"), ("bottom", "bottom"), ("start", "start"), ("end", "end")],
    "android:layout_centerHorizontal": [("start", "start"), ("end", "end")],
    "android:layout_centerVertical": [("top", "top"), ("bottom", "bottom")],
}

CONSTRAINT_ATTRS = set(_CL) | set(_RL_SIB) | set(_RL_PARENT) | {
    "app:layout_constraintHorizontal_chainStyle", "app:layout_constraintVertical_chainStyle",
    "app:layout_constraintWidth_default", "app:layout_constraintHeight_default",
}


def _id(v: str) -> str:
    m = re.fullmatch(r"@\+?id/(\w+)", v.strip())
    return m.group(1) if m else v.strip()


# A vertical barrier's direction -> (the child edge, the barrier edge) of a constraint that follows it:
# `top_toBottomOf` a bottom barrier places a view below the lowest of the views the barrier lists.
_BARRIER_FOLLOW = {"bottom": ("top", "bottom"), "top": ("bottom", "top")}


def barrier_targets(kids, ids: dict[str, int]) -> dict[str, tuple[str, str, list[str]]]:
    """Vertical barriers among `kids`: barrier id -> (child edge, target edge, the sibling ids it lists).
    A view held below a bottom barrier is held below those views: in the Column/Row result, below the
    Row they share (as tall as its tallest), which is where the barrier is."""
    out = {}
    for k in kids:
        if not k.tag.endswith(".Barrier") and k.tag != "Barrier":
            continue
        bid = _id(k.get("android:id") or "")
        follow = _BARRIER_FOLLOW.get((k.get("app:barrierDirection") or "").strip())
        refs = [r.strip() for r in (k.get("app:constraint_referenced_ids") or "").split(",")]
        refs = [r for r in refs if r in ids]
        if bid and follow and refs:
            out[bid] = (follow[0], follow[1], refs)
    return out


def constraints_of(node, relative: bool, sibling_ids: set[str],
                   barriers: dict[str, tuple[str, str, list[str]]] | None = None,
                   followed: list[tuple[str, list[str]]] | None = None) -> dict[str, tuple[str, str]]:
    """child edge -> (target, target edge) where target is 'parent' or a sibling id. A constraint that
    follows a vertical barrier (`barriers`, see barrier_targets) targets the last view the barrier
    lists; each such use is appended to `followed` as (barrier id, the views it lists)."""
    out: dict[str, tuple[str, str]] = {}
    for k, a in node.attrs.items():
        v = a.value
        if relative:
            if k in _RL_SIB:
                e, te = _RL_SIB[k]
                t = _id(v)
                out[e] = (t if t in sibling_ids else "parent", te)
            elif k in _RL_PARENT and v == "true":
                for e, te in _RL_PARENT[k]:
                    out.setdefault(e, ("parent", te))
        elif k in _CL:
            e, te = _CL[k]
            t = "parent" if v == "parent" else _id(v)
            if barriers and t in barriers and barriers[t][:2] == (e, te):
                if followed is not None:
                    followed.append((t, barriers[t][2]))
                t = barriers[t][2][-1]
            if t != "parent" and t not in sibling_ids:
                t = "parent"           # guideline / barrier / missing: approximate as the parent
            if e == "baseline":
                out.setdefault("top", (t, "top"))
                out.setdefault("bottom", (t, "bottom"))
                continue
            out[e] = (t, te)
    if not relative:
        # a view held from both sides sits where its bias puts it: at 0 or 1 that is exactly the view
        # held by the one edge (a match-constraint size fills the space, so its bias does nothing)
        for attr, (lo, hi), size in (("app:layout_constraintHorizontal_bias", ("start", "end"), "android:layout_width"),
                                     ("app:layout_constraintVertical_bias", ("top", "bottom"), "android:layout_height")):
            b = bias(node, attr)
            if b in (0.0, 1.0) and lo in out and hi in out and not _zero(node.get(size)):
                del out[hi if b == 0.0 else lo]
    return out


BIAS_ATTRS = ("app:layout_constraintHorizontal_bias", "app:layout_constraintVertical_bias")


def bias(node, attr: str) -> float | None:
    """A constraint bias the layout can place exactly: 0 (at the start / top edge), 0.5 (centred, the
    default) or 1 (at the end / bottom edge); None for any other value."""
    try:
        v = float((node.get(attr) or "").strip())
    except ValueError:
        return None
    return v if v in (0.0, 0.5, 1.0) else None


def _zero(size: str | None) -> bool:
    return bool(size) and re.fullmatch(r"0(\.0+)?(dp|dip|px)?", size.strip()) is not None


_STACK_ALIGN = {("top", "start"): None, ("top", "center"): "top", ("top", "end"): "topTrailing",
                ("center", "start"): "leading", ("center", "center"): "center", ("center", "end"): "trailing",
                ("bottom", "start"): "bottomLeading", ("bottom", "center"): "bottom",
                ("bottom", "end"): "bottomTrailing"}


def solve(c, node, relative: bool, gravity: tuple[str | None, str | None] = (None, None)):
    """The children of a RelativeLayout / ConstraintLayout as Column/Row/Stack. `gravity` is a
    RelativeLayout's android:gravity (horizontal, vertical): it moves the children that are not placed
    against the parent on that axis, as a group. -> (root item, whether `gravity` was applied)."""
    from .android import view_kind
    kids = [k for k in node.children]
    ids = {}
    for i, k in enumerate(kids):
        v = k.get("android:id")
        if v:
            ids[_id(v)] = i
    helpers = {i for i, k in enumerate(kids) if view_kind(k.tag) == "helper"}
    barriers = {} if relative else barrier_targets(kids, {k: i for k, i in ids.items() if i not in helpers})
    followed: list[tuple[str, list[str]]] = []
    cons = [constraints_of(k, relative, set(ids) - {_id(kids[j].get("android:id") or "") for j in helpers},
                           barriers, followed)
            for k in kids]
    n = len(kids)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def sib(i, edge):
        t = cons[i].get(edge)
        if t and t[0] != "parent" and t[0] in ids:
            return ids[t[0]]
        return None

    # horizontal links
    for i in range(n):
        if i in helpers:
            continue
        for edge, tedge in (("start", "end"), ("end", "start")):
            j = sib(i, edge)
            if j is not None and j not in helpers and cons[i][edge][1] == tedge:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        if i not in helpers:
            groups.setdefault(find(i), []).append(i)
    glist = sorted(groups.values(), key=lambda g: min(g))
    gid = {i: gi for gi, g in enumerate(glist) for i in g}
    # a barrier over views of one Row is exactly "below (above) that Row": its element needs no entry
    inexact = {b for b, refs in followed if len({gid.get(ids[r]) for r in refs}) > 1}
    for b in set(barriers) - inexact:
        c.exact_helpers.add(id(kids[ids[b]]))

    # convert every child once (reports and stats happen here)
    items = {}
    for i, k in enumerate(kids):
        conv = c.conv(k, "constraint")
        items[i] = conv[0] if conv else None

    def vert_edges():
        edges = set()
        for i in range(n):
            if i in helpers:
                continue
            j = sib(i, "top")
            if j is not None and j not in helpers and cons[i]["top"][1] == "bottom" and gid[j] != gid[i]:
                edges.add((gid[j], gid[i]))
            j = sib(i, "bottom")
            if j is not None and j not in helpers and cons[i]["bottom"][1] == "top" and gid[j] != gid[i]:
                edges.add((gid[i], gid[j]))
        return edges
    vedges = vert_edges()
    linked = {a for a, _ in vedges} | {b for _, b in vedges}

    # classify lone groups
    flow, bottom, overlays, backgrounds = [], [], [], []
    for gi, g in enumerate(glist):
        if len(g) == 1 and gi not in linked:
            i = g[0]
            cs = cons[i]
            fills_w = kids[i].get("android:layout_width") in ("match_parent", "fill_parent") or (
                _fills(kids[i], "width") and cs.get("start", ("",))[0] == "parent" == cs.get("end", ("",))[0])
            fills_h = kids[i].get("android:layout_height") in ("match_parent", "fill_parent") or (
                _fills(kids[i], "height") and cs.get("top", ("",))[0] == "parent" == cs.get("bottom", ("",))[0])
            if fills_w and fills_h and len(glist) > 1 and not _referenced(kids[i], kids):
                backgrounds.append(gi)      # a full-size layer under the others (image, scrim, button)
                continue
            top_p = cs.get("top", ("", ""))[0] == "parent"
            bot_p = cs.get("bottom", ("", ""))[0] == "parent"
            end_only = cs.get("end", ("", ""))[0] == "parent" and cs.get("start", ("", ""))[0] != "parent"
            centered_v = top_p and bot_p and not _fills(kids[i], "height")
            if len(glist) > 1 and (centered_v or (bot_p and not top_p and end_only)):
                overlays.append(gi)
                continue
            if bot_p and not top_p and len(glist) > 1:
                bottom.append(gi)
                continue
        flow.append(gi)

    order = _topo([g for g in flow], vedges, glist)

    def hpos(i):
        cs = cons[i]
        s, e = cs.get("start", ("", ""))[0] == "parent", cs.get("end", ("", ""))[0] == "parent"
        if s and e:
            return "fill" if _fills(kids[i], "width") else "center"
        if e:
            return "end"
        return "start"

    def render_group(gi):
        g = glist[gi]
        if len(g) == 1:
            i = g[0]
            it = items.get(i)
            if it is None:
                return None
            pos = hpos(i)
            if pos == "fill" and isinstance(it, El):
                _set_fill(it, "fillWidth")
            return (it, pos)
        # a row: members by horizontal level, same level -> a column
        level = {i: 0 for i in g}
        for _ in range(len(g)):
            changed = False
            for i in g:
                j = sib(i, "start")
                if j in level and cons[i]["start"][1] == "end" and level[i] < level[j] + 1:
                    level[i] = level[j] + 1
                    changed = True
                j = sib(i, "end")
                if j in level and cons[i]["end"][1] == "start" and level[j] < level[i] + 1:
                    level[j] = level[i] + 1
                    changed = True
            if not changed:
                break
        cols: dict[int, list[int]] = {}
        for i in sorted(g):
            cols.setdefault(level[i], []).append(i)
        row_items = []
        any_fill = False
        centered = False
        for lv in sorted(cols):
            members = _vorder(cols[lv], sib, cons)
            els = [items[i] for i in members if items.get(i) is not None]
            flex = any(_fills(kids[i], "width") for i in members)
            for i in members:
                cs = cons[i]
                if cs.get("top") and cs.get("bottom") and cs["top"][0] == cs["bottom"][0]:
                    centered = True
            if not els:
                continue
            if len(els) == 1:
                cell = els[0]
            else:
                cell = El("Column", [("align", ".leading")], els)
            if flex:
                any_fill = True
                for e in els:
                    _set_fill(e, None)
                cell.mods.append(("weight", "1"))
            row_items.append((cell, members))
        out = []
        for idx, (cell, members) in enumerate(row_items):
            if not any_fill and idx > 0 and any(hpos(i) == "end" for i in members):
                out.append(El("Spacer"))
                any_fill = True
            out.append(cell)
        row = El("Row", [("spacing", "0")] if False else [], out)
        if not centered:
            row.args.append(("align", ".top"))
        if any_fill:
            row.mods.append(("fillWidth", ""))
        return (row, "start")

    def parent_rule(i, axis):
        edges = ("start", "end") if axis == "h" else ("top", "bottom")
        return any(cons[i].get(e, ("",))[0] == "parent" for e in edges)

    gh, gv = (g if g in ("center", "end") else None for g in gravity)
    live = [i for i in range(n) if i not in helpers]
    gh = gh if gh and not any(parent_rule(i, "h") for i in live) else None
    gv = gv if gv and not any(parent_rule(i, "v") for i in live) else None
    applied = gravity != (None, None) and (gh is not None or gravity[0] not in ("center", "end")) and (
        gv is not None or gravity[1] not in ("center", "end"))

    if len(glist) == 1 and len(glist[0]) == 1 and items.get(glist[0][0]) is not None:
        # one child: where it sits in the parent (constraints to the parent, or the gravity)
        i = glist[0][0]
        it = items[i]
        cs = cons[i]
        h = hpos(i)
        top_p, bot_p = cs.get("top", ("",))[0] == "parent", cs.get("bottom", ("",))[0] == "parent"
        v = "center" if top_p and bot_p else "bottom" if bot_p else "top"
        if h == "fill":
            _set_fill(it, "fillWidth")
            h = "start"
        if v == "center" and (_fills(kids[i], "height") or kids[i].get("android:layout_height") in (
                "match_parent", "fill_parent")):
            v = "top"
        h = {"center": "center", "end": "end"}.get(gh, h) if not parent_rule(i, "h") else h
        v = {"center": "center", "end": "bottom"}.get(gv, v) if not parent_rule(i, "v") else v
        align = _STACK_ALIGN[(v, h)]
        return (El("Stack", [("align", "." + align)], [it]) if align else it), applied

    flow_items = [r for r in (render_group(gi) for gi in order) if r is not None]
    bottom_items = [r for r in (render_group(gi) for gi in bottom) if r is not None]
    if len(flow_items) == 1 and not bottom_items and not overlays and flow_items[0][1] in ("start", "fill"):
        root = flow_items[0][0]
    else:
        col_children = []
        poss = [p for _, p in flow_items + bottom_items]
        all_center = poss and all(p == "center" for p in poss)
        align = ".center" if all_center else ".leading"
        for it, pos in flow_items + ([(El("Spacer"), "start")] if bottom_items else []) + bottom_items:
            if pos in ("center", "end") and not all_center:
                parts = [El("Spacer"), it, El("Spacer")] if pos == "center" else [El("Spacer"), it]
                col_children.append(El("Row", [], parts, [("fillWidth", "")]))
            else:
                col_children.append(it)
        root = El("Column", [("align", align)] if align != ".center" else [], col_children)
    if (gh or gv) and not (overlays or backgrounds or bottom_items):
        # the gravity moves the whole group of children
        a = _STACK_ALIGN[({"center": "center", "end": "bottom"}.get(gv, "top"), gh or "start")]
        root = El("Stack", [("align", "." + a)], [root])
    if overlays or backgrounds:
        layers = [items[glist[gi][0]] for gi in backgrounds if items.get(glist[gi][0]) is not None]
        layers.append(root)
        root.mods.extend([("fillWidth", ""), ("fillHeight", "")])
        for gi in overlays:
            i = glist[gi][0]
            it = items.get(i)
            if it is None:
                continue
            cs = cons[i]
            v = "center" if cs.get("top", ("", ""))[0] == "parent" else "bottom"
            h = hpos(i)
            a = {("center", "center"): "center", ("center", "start"): "leading", ("center", "end"): "trailing",
                 ("bottom", "center"): "bottom", ("bottom", "start"): "bottomLeading",
                 ("bottom", "end"): "bottomTrailing", ("center", "fill"): "center",
                 ("bottom", "fill"): "bottom"}[(v, h)]
            layers.append(El("Stack", [("align", "." + a)], [it], [("fillWidth", ""), ("fillHeight", "")]))
        root = El("Stack", [("align", ".topLeading")], layers)
    return root, applied


def _referenced(node, siblings) -> bool:
    """Does any sibling position itself relative to `node`?"""
    nid = node.get("android:id")
    if not nid:
        return False
    name = _id(nid)
    return any(_id(a.value) == name for s in siblings if s is not node for k, a in s.attrs.items()
               if k in _CL or k in _RL_SIB)


def _fills(node, dim: str) -> bool:
    v = node.get(f"android:layout_{dim}") or ""
    return v in ("0dp", "0dip", "0px", "0", "match_parent", "fill_parent")


def _set_fill(el: El, mod: str | None) -> None:
    el.mods = [m for m in el.mods if m[0] not in ("fillWidth",)]
    if mod:
        el.mods.append((mod, ""))


def _vorder(members, sib, cons):
    pos = {i: k for k, i in enumerate(members)}
    order = list(members)
    for _ in range(len(members)):
        changed = False
        for i in members:
            j = sib(i, "top")
            if j in pos and cons[i]["top"][1] == "bottom" and order.index(j) > order.index(i):
                order.remove(j)
                order.insert(order.index(i), j)
                changed = True
        if not changed:
            break
    return order


def _topo(groups, edges, glist):
    gs = set(groups)
    indeg = {g: 0 for g in groups}
    for a, b in edges:
        if a in gs and b in gs:
            indeg[b] += 1
    out = []
    ready = sorted([g for g in groups if indeg[g] == 0], key=lambda g: min(glist[g]))
    while ready:
        g = ready.pop(0)
        out.append(g)
        for a, b in sorted(edges):
            if a == g and b in gs:
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.append(b)
                    ready.sort(key=lambda x: min(glist[x]))
    for g in groups:       # cycles: keep document order for the rest
        if g not in out:
            out.append(g)
    return out
