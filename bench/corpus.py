"""Deterministic corpus generator: N realistic xui screens/components, plus the
same components as Mitosis `.lite.tsx` files.

Layout of a generated app (N components, grouped into features of up to 6):

    <out>/xui/shared/theme.xui            theme tokens
    <out>/xui/shared/strings.xui          default + zh-Hans string tables
    <out>/xui/features/fNNN/model.xui     the feature's model and enum
    <out>/xui/features/fNNN/<Name>.xui    one component or screen per file
    <out>/mitosis/shared/theme.ts         the same tokens/strings as TS constants
    <out>/mitosis/features/fNNN/model.ts
    <out>/mitosis/features/fNNN/<Name>.lite.tsx

Every component is built once as a small view tree (`V`, `If`, `Each`) whose
nodes carry both spellings (xui and Mitosis JSX), so the two corpora describe
the same screens. Sizes are drawn from 50..300 xui lines. Output depends only
on (n, seed): no clocks, no hash randomisation, no set ordering.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

FEATURE_SIZE = 6
KINDS = ["row", "detail", "list", "form", "settings", "dashboard"]
DOMAINS = ["Order", "Task", "Note", "Contact", "Invoice", "Ticket", "Recipe", "Track", "Trip", "Course",
           "Expense", "Event", "Article", "Product", "Lead", "Shift", "Asset", "Booking", "Review", "Goal"]

STRINGS = {
    "add": ("Add", "添加"), "delete": ("Delete", "删除"), "save": ("Save", "保存"), "cancel": ("Cancel", "取消"),
    "search": ("Search", "搜索"), "empty": ("Nothing here yet", "这里还没有内容"), "retry": ("Retry", "重试"),
    "loading": ("Loading…", "加载中…"), "ready": ("All up to date", "已是最新"), "open": ("Open", "打开"),
    "details": ("Details", "详情"), "settings": ("Settings", "设置"), "notifications": ("Notifications", "通知"),
    "darkMode": ("Dark mode", "深色模式"), "sync": ("Sync over cellular", "使用蜂窝数据同步"),
    "title": ("Title", "标题"), "subtitle": ("Subtitle", "副标题"), "price": ("Price", "价格"),
    "quantity": ("Quantity", "数量"), "required": ("Required", "必填"), "tooShort": ("Too short", "太短"),
    "submit": ("Submit", "提交"), "reset": ("Reset", "重置"), "total": ("Total", "合计"),
    "overview": ("Overview", "概览"), "recent": ("Recent", "最近"), "tags": ("Tags", "标签"),
    "level": ("Level", "级别"), "status": ("Status", "状态"), "newItem": ("New item", "新条目"),
    "email": ("Email", "电子邮件"), "name": ("Name", "名称"), "note": ("Note", "备注"), "goBack": ("Back", "返回"),
}
THEME = [("color", "text", "#1A1A1A"), ("color", "muted", "#8A8A8A"), ("color", "primary", "#3366FF"),
         ("color", "surface", "#FFFFFF"), ("color", "danger", "#D93025"), ("color", "success", "#188038"),
         ("space", "spaceSm", "8"), ("space", "spaceMd", "12"), ("space", "spaceLg", "16"),
         ("radius", "corner", "8"), ("size", "iconSize", "24"),
         ("font", "title", "Font(size: 22, weight: .bold)"), ("font", "body", "Font(size: 16)"),
         ("font", "caption", "Font(size: 12)")]
WORDS = ["alpha", "bravo", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris", "juniper", "kelp",
         "lumen", "maple", "nova", "onyx", "pine", "quartz", "river", "sage", "tundra"]


# --------------------------------------------------------------------------- view tree

@dataclass
class Mod:
    x: str                                   # xui modifier, e.g. ".padding(12)"
    style: list[str] = field(default_factory=list)   # JSX style entries
    attrs: list[str] = field(default_factory=list)   # JSX attributes


@dataclass
class V:
    x: str                                   # xui element head: 'Text("Hi")', 'Column(spacing: 8)'
    tag: str                                 # JSX tag
    attrs: list[str] = field(default_factory=list)
    text: str | None = None                  # JSX inner expression (without braces) for leaves
    style: list[str] = field(default_factory=list)
    mods: list[Mod] = field(default_factory=list)
    kids: list | None = None                 # None: leaf


@dataclass
class If:
    cond_x: str
    cond_j: str
    then: list
    orelse: list | None = None               # a list of views, or [If] for `else if`


@dataclass
class Each:
    x: str            # 'List(visible, key: .id) { item, i ->'  (head incl. params, without the brace)
    items_j: str
    params_j: str     # '(item, index)'
    key_j: str        # 'item.id'
    body: list
    wrap: V | None = None   # JSX container around the For (List/Grid); ForEach has none
    mods: list[Mod] = field(default_factory=list)


def col(spacing: str, kids: list, align: str | None = None, mods=()) -> V:
    args = [f"spacing: {spacing}"] + ([f"align: .{align}"] if align else [])
    st = ["display: 'flex'", "flexDirection: 'column'", f"gap: {_js_num(spacing)}"]
    if align:
        st.append(f"alignItems: '{ {'leading': 'flex-start', 'trailing': 'flex-end'}.get(align, 'center') }'")
    return V(f"Column({', '.join(args)})", "div", style=st, mods=list(mods), kids=kids)


def row(spacing: str, kids: list, mods=()) -> V:
    return V(f"Row(spacing: {spacing})", "div",
             style=["display: 'flex'", "flexDirection: 'row'", f"gap: {_js_num(spacing)}", "alignItems: 'center'"],
             mods=list(mods), kids=kids)


def text(x: str, j: str, mods=()) -> V:
    return V(f"Text({x})", "span", text=j, mods=list(mods))


def button(label_x: str, label_j: str, stmts: list[tuple[str, str]], mods=()) -> V:
    return V(f"Button({label_x}, action: {_block(stmts)})", "button",
             attrs=[f"onClick={{(event) => {{ {' '.join(j + ';' for _, j in stmts)} }}}}"], text=label_j,
             mods=list(mods))


def textfield(state: str, placeholder_x: str, placeholder_j: str, keyboard: str | None = None, mods=()) -> V:
    kb = f", keyboard: .{keyboard}" if keyboard else ""
    return V(f"TextField(text: ${state}, placeholder: {placeholder_x}{kb})", "input",
             attrs=[f"value={{state.{state}}}", f"placeholder={{{placeholder_j}}}",
                    f"onChange={{(event) => (state.{state} = event.target.value)}}"], mods=list(mods))


def toggle(state: str, label_x: str, label_j: str, mods=()) -> V:
    return V(f"Toggle(isOn: ${state}, label: {label_x})", "input",
             attrs=['type="checkbox"', f"checked={{state.{state}}}", f"aria-label={{{label_j}}}",
                    f"onChange={{(event) => (state.{state} = event.target.checked)}}"], mods=list(mods))


def spacer() -> V:
    return V("Spacer()", "div", style=["flex: 1"])


def divider() -> V:
    return V("Divider()", "hr")


def _js_num(x: str) -> str:
    """A size in JSX: numbers and `theme.token` read the same in TS (the theme module exports numbers)."""
    return x


def _block(stmts: list[tuple[str, str]]) -> str:
    if len(stmts) == 1:
        return "{ " + stmts[0][0] + " }"
    return "{\n" + "\n".join("\u0000" + s for s, _ in stmts) + "\n\u0001}"


# modifiers
def pad(v: str) -> Mod:
    return Mod(f".padding({v})", [f"padding: {_js_num(v)}"])


def padhv(h: str, v: str) -> Mod:
    return Mod(f".padding(horizontal: {h}, vertical: {v})", [f"padding: `${{{_js_num(v)}}}px ${{{_js_num(h)}}}px`"])


def _js_color(x: str) -> str:
    return re.sub(r"#([0-9A-Fa-f]{6,8})\b", r"'#\1'", x)


def fg(c: str, j: str | None = None) -> Mod:
    return Mod(f".foreground({c})", [f"color: {j or _js_color(c)}"])


def bg(c: str, j: str | None = None) -> Mod:
    return Mod(f".background({c})", [f"background: {j or _js_color(c)}"])


def radius(c: str) -> Mod:
    return Mod(f".cornerRadius({c})", [f"borderRadius: {c}"])


def fsize(n: int) -> Mod:
    return Mod(f".fontSize({n})", [f"fontSize: {n}"])


def fweight(w: str) -> Mod:
    return Mod(f".fontWeight(.{w})", [f"fontWeight: '{ {'bold': '700', 'semibold': '600', 'medium': '500'}[w] }'"])


def font(f: str) -> Mod:
    return Mod(f".font(theme.{f})", [f"font: theme.{f}"])


def disabled(x: str, j: str) -> Mod:
    return Mod(f".disabled({x})", attrs=[f"disabled={{{j}}}"])


def weight1() -> Mod:
    return Mod(".weight(1)", ["flex: 1"])


def fill() -> Mod:
    return Mod(".fillWidth()", ["width: '100%'"])


# --------------------------------------------------------------------------- rendering

def render_xui(nodes: list, ind: int) -> list[str]:
    out: list[str] = []
    for n in nodes:
        out.extend(_xui_node(n, ind))
    return out


def _xui_head(head: str, ind: int) -> list[str]:
    # multi-line action blocks: \0 marks a statement line, \1 the closing brace
    pad_ = " " * ind
    lines = head.split("\n")
    res = []
    for ln in lines:
        if ln.startswith("\u0000"):
            res.append(pad_ + "  " + ln[1:])
        elif ln.startswith("\u0001"):
            res.append(pad_ + ln[1:])
        else:
            res.append(pad_ + ln)
    return res


def _xui_node(n, ind: int) -> list[str]:
    sp = " " * ind
    if isinstance(n, If):
        out = [f"{sp}if {n.cond_x} {{"] + render_xui(n.then, ind + 2)
        orelse = n.orelse
        while orelse:
            if len(orelse) == 1 and isinstance(orelse[0], If):
                e = orelse[0]
                out.append(f"{sp}}} else if {e.cond_x} {{")
                out += render_xui(e.then, ind + 2)
                orelse = e.orelse
            else:
                out.append(f"{sp}}} else {{")
                out += render_xui(orelse, ind + 2)
                orelse = None
        out.append(f"{sp}}}")
        return out
    if isinstance(n, Each):
        out = [f"{sp}{n.x} ->"] + render_xui(n.body, ind + 2) + [f"{sp}}}"]
        out += [f"{sp}{m.x}" for m in n.mods]
        return out
    if n.kids is None:
        out = _xui_head(n.x, ind)
        out += [f"{sp}  {m.x}" for m in n.mods]
        return out
    head = n.x
    if head.endswith("()"):
        head = head[:-2]
    out = _xui_head(head + " {", ind) + render_xui(n.kids, ind + 2) + [f"{sp}}}"]
    out += [f"{sp}{m.x}" for m in n.mods]
    return out


def render_jsx(nodes: list, ind: int) -> list[str]:
    out: list[str] = []
    for n in nodes:
        out.extend(_jsx_node(n, ind))
    return out


def _jsx_attrs(n: V, extra: list[str] = ()) -> str:
    style = list(n.style)
    attrs = list(extra) + list(n.attrs)
    for m in n.mods:
        style += m.style
        attrs += m.attrs
    if style:
        attrs.append("style={{ " + ", ".join(style) + " }}")
    return (" " + " ".join(attrs)) if attrs else ""


def _jsx_node(n, ind: int, key: str | None = None) -> list[str]:
    sp = " " * ind
    extra = [f"key={{{key}}}"] if key else []
    if isinstance(n, If):
        out = [f"{sp}<Show when={{{n.cond_j}}}"]
        if n.orelse:
            out[0] += " else={"
            out += [f"{sp}  <>"] + render_jsx(n.orelse, ind + 4) + [f"{sp}  </>", f"{sp}}}>"]
        else:
            out[0] += ">"
        out += render_jsx(n.then, ind + 2) + [f"{sp}</Show>"]
        return out
    if isinstance(n, Each):
        inner = [f"{sp}  <For each={{{n.items_j}}}>", f"{sp}    {{{n.params_j} => ("]
        body = n.body if len(n.body) == 1 else [V("Fragment", "div", kids=n.body)]
        inner += _jsx_node(body[0], ind + 6, key=n.key_j)
        inner += [f"{sp}    )}}", f"{sp}  </For>"]
        wrap = n.wrap or V("", "div", style=["display: 'flex'", "flexDirection: 'column'"])
        wrap = V(wrap.x, wrap.tag, wrap.attrs, None, wrap.style, list(n.mods), [])
        return [f"{sp}<{wrap.tag}{_jsx_attrs(wrap, extra)}>"] + inner + [f"{sp}</{wrap.tag}>"]
    attrs = _jsx_attrs(n, extra)
    if n.kids is None:
        if n.text is not None:
            return [f"{sp}<{n.tag}{attrs}>{{{n.text}}}</{n.tag}>"]
        return [f"{sp}<{n.tag}{attrs} />"]
    return [f"{sp}<{n.tag}{attrs}>"] + render_jsx(n.kids, ind + 2) + [f"{sp}</{n.tag}>"]


# --------------------------------------------------------------------------- components

@dataclass
class Comp:
    name: str
    kind: str             # one of KINDS
    feature: int
    is_screen: bool
    params_x: str = ""    # '(item: Item1, onToggle: (Bool) -> Void)'
    props_t: str = ""     # TS props type body
    states: list[tuple[str, str, str]] = field(default_factory=list)   # (xui decl, js name, js init)
    lets: list[tuple[str, str, str]] = field(default_factory=list)     # (xui decl, js name, js expr)
    root: V | None = None
    uses: list[str] = field(default_factory=list)                      # embedded component names


class Gen:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(f"xui-bench:{seed}")
        self.comps: list[Comp] = []

    # model / names for feature k
    def model(self, k: int) -> str:
        return f"{DOMAINS[k % len(DOMAINS)]}{k}"

    def status(self, k: int) -> str:
        return f"{DOMAINS[k % len(DOMAINS)]}Status{k}"

    def item_ctor(self, k: int, i: int, rng: random.Random) -> tuple[str, str]:
        w = rng.choice(WORDS)
        price = f"{rng.randint(1, 400)}.{rng.randint(0, 99):02d}"
        tags = rng.sample(WORDS, 2)
        x = (f'{self.model(k)}(id: {i}, title: "{w.title()} {i}", subtitle: "{rng.choice(WORDS)} {w}", '
             f'price: {price}, qty: {rng.randint(1, 9)}, tags: ["{tags[0]}", "{tags[1]}"])')
        j = (f"{{ id: {i}, title: '{w.title()} {i}', subtitle: '{rng.choice(WORDS)} {w}', price: {price}, "
             f"qty: {rng.randint(1, 9)}, done: false, tags: ['{tags[0]}', '{tags[1]}'], status: 'active' }}")
        return x, j

    def generate(self) -> list[Comp]:
        for idx in range(self.n):
            k, pos = divmod(idx, FEATURE_SIZE)
            kind = KINDS[pos] if self.n > 1 else "list"
            rng = random.Random(f"{self.rng.random()}")
            c = getattr(self, f"make_{kind}")(k, idx, rng)
            self.comps.append(c)
        return self.comps

    def target_lines(self, rng: random.Random, small: bool) -> int:
        if small:
            return rng.randint(60, 110)
        return int(72 + 226 * rng.random() ** 1.5)

    def sibling(self, k: int, kind: str) -> Comp | None:
        for c in self.comps:
            if c.feature == k and c.kind == kind:
                return c
        return None

    # ---- sections: grow a component body towards its target size
    def section(self, c: Comp, rng: random.Random, s: int) -> list:
        k = c.feature
        kinds = ["stepper", "toggle", "field", "tags", "card", "banner", "slider", "image", "nav"]
        choice = rng.choice(kinds)
        if choice == "nav" and not (c.is_screen and self.sibling(k, "detail") and c.kind != "detail"):
            choice = "card"
        key = rng.choice(list(STRINGS))
        if choice == "stepper":
            v = f"count{s}"
            c.states.append((f"state {v}: Int = {rng.randint(0, 3)}", v, "0"))
            return [col("theme.spaceSm", [
                text(f"strings.{key}", f"strings.{key}", [fsize(13), fg("theme.muted")]),
                row("theme.spaceMd", [
                    button('"−"', "'−'", [(f"{v} -= 1", f"state.{v} -= 1")],
                           [disabled(f"{v} <= 0", f"state.{v} <= 0")]),
                    text(f'"{{{v}}}"', f"`${{state.{v}}}`", [fweight("semibold")]),
                    button('"+"', "'+'", [(f"{v} += 1", f"state.{v} += 1")],
                           [disabled(f"{v} >= {rng.randint(5, 20)}", f"state.{v} >= 10")]),
                    spacer(),
                    button("strings.reset", "strings.reset", [(f"{v} = 0", f"state.{v} = 0")], [fg("theme.danger")]),
                ]),
            ], "leading", [pad("theme.spaceMd"), bg("theme.surface"), radius("theme.corner")])]
        if choice == "toggle":
            a, b = f"flag{s}", f"extra{s}"
            c.states.append((f"state {a}: Bool = {rng.choice(['true', 'false'])}", a, "false"))
            c.states.append((f"state {b}: Bool = false", b, "false"))
            return [col("theme.spaceSm", [
                toggle(a, "strings.notifications", "strings.notifications", [padhv("theme.spaceMd", "4")]),
                If(a, f"state.{a}", [
                    toggle(b, "strings.sync", "strings.sync", [padhv("theme.spaceMd", "4")]),
                    text(f'{b} ? strings.ready : strings.loading', f"state.{b} ? strings.ready : strings.loading",
                         [fsize(12), fg("theme.muted")]),
                ], [text("strings.empty", "strings.empty", [fg("theme.muted"), pad("theme.spaceSm")])]),
            ], "leading")]
        if choice == "field":
            f, ok = f"field{s}", f"field{s}Valid"
            m = rng.randint(2, 6)
            c.states.append((f'state {f}: String = ""', f, "''"))
            c.lets.append((f"let {ok} = {f}.trimmed().count >= {m}", ok, f"state.{f}.trim().length >= {m}"))
            return [col("4", [
                text(f"strings.{key}", f"strings.{key}", [fsize(12), fg("theme.muted")]),
                textfield(f, "strings.newItem", "strings.newItem", rng.choice([None, "email", "text"])),
                If(f"!{ok} && !{f}.isEmpty", f"!state.{ok} && state.{f}.length > 0", [
                    text(f'"{{{f}.count}}/{m} characters"', f"`${{state.{f}.length}}/{m} characters`",
                         [fsize(12), fg("theme.danger")]),
                ]),
                row("theme.spaceSm", [
                    spacer(),
                    button("strings.cancel", "strings.cancel", [(f'{f} = ""', f"state.{f} = ''")]),
                    button("strings.save", "strings.save", [(f"{f} = {f}.trimmed()", f"state.{f} = state.{f}.trim()")],
                           [disabled(f"!{ok}", f"!state.{ok}")]),
                ]),
            ], "leading", [pad("theme.spaceSm")])]
        if choice == "tags":
            t = f"tags{s}"
            ws = rng.sample(WORDS, rng.randint(3, 6))
            sel = f"selected{s}"
            c.lets.append((f"let {t}: [String] = [{', '.join(chr(34) + w + chr(34) for w in ws)}]", t,
                           f"[{', '.join(repr(w) for w in ws)}]"))
            c.states.append((f'state {sel}: String = ""', sel, "''"))
            return [col("theme.spaceSm", [
                text("strings.tags", "strings.tags", [font("caption"), fg("theme.muted")]),
                row("6", [Each(f"ForEach({t}, key: .self) {{ tag", f"state.{t}", "(tag)", "tag", [
                    text("tag", "tag", [fsize(12), padhv("8", "4"),
                                        bg(f'tag == {sel} ? theme.primary : #FFEFEFEF',
                                           f"tag === state.{sel} ? theme.primary : '#FFEFEFEF'"),
                                        radius("10"),
                                        Mod(f".onTap {{ {sel} = tag }}",
                                            attrs=[f"onClick={{(event) => {{ state.{sel} = tag; }}}}"])]),
                ])]),
                If(f"!{sel}.isEmpty", f"state.{sel}.length > 0", [
                    text(f'"Selected: {{{sel}}}"', f"`Selected: ${{state.{sel}}}`", [fg("theme.primary")]),
                ]),
            ], "leading")]
        if choice == "card":
            p = rng.randint(2, 5)
            return [col("4", [
                text(f'"{rng.choice(WORDS).title()} {rng.choice(WORDS)}"', f"'card {s}'", [font("title")]),
                text(f"strings.{key}", f"strings.{key}", [fg("theme.muted"), Mod(f".lineLimit({p})", [])]),
                row("theme.spaceSm", [
                    text(f'"{rng.randint(1, 99)} items"', "'items'", [fsize(13)]),
                    spacer(),
                    text(f'"{rng.randint(1, 999)}.{rng.randint(0, 99):02d} €"', "'price'",
                         [fweight("bold"), fg("theme.success")]),
                ]),
            ], "leading", [pad("theme.spaceMd"), bg("theme.surface"), radius("theme.corner"), fill()])]
        if choice == "banner":
            ld, er = f"loading{s}", f"error{s}"
            c.states.append((f"state {ld}: Bool = false", ld, "false"))
            c.states.append((f"state {er}: String? = nil", er, "null"))
            return [col("theme.spaceSm", [
                If(ld, f"state.{ld}", [V("Progress()", "progress")], [
                    If(f"{er} != nil", f"state.{er} != null", [
                        text(f'{er} ?? ""', f"state.{er} ?? ''", [fg("theme.danger")]),
                        button("strings.retry", "strings.retry", [(f"{er} = nil", f"state.{er} = null"),
                                                                  (f"{ld} = true", f"state.{ld} = true")]),
                    ], [text("strings.ready", "strings.ready", [fg("theme.success")])]),
                ]),
                row("theme.spaceSm", [
                    button("strings.loading", "strings.loading", [(f"{ld} = !{ld}", f"state.{ld} = !state.{ld}")]),
                    button("strings.delete", "strings.delete",
                           [(f'{er} = "Could not load {s}"', f"state.{er} = 'Could not load {s}'"),
                            (f"{ld} = false", f"state.{ld} = false")], [fg("theme.danger")]),
                ]),
            ], None, [pad("theme.spaceSm"), fill()])]
        if choice == "slider":
            lv = f"level{s}"
            c.states.append((f"state {lv}: Float = 0.{rng.randint(1, 9)}", lv, "0.5"))
            return [col("theme.spaceSm", [
                text("strings.level", "strings.level", [fweight("medium")]),
                V(f"Slider(value: ${lv}, min: 0, max: 1, step: 0.05)", "input",
                  attrs=['type="range"', 'min="0"', 'max="1"', 'step="0.05"', f"value={{state.{lv}}}",
                         f"onChange={{(event) => (state.{lv} = Number(event.target.value))}}"]),
                V(f"Progress(value: {lv})", "progress", attrs=[f"value={{state.{lv}}}"]),
                text(f'"{{({lv} * 100).formatted(decimals: 0)}} %"', f"`${{(state.{lv} * 100).toFixed(0)}} %`",
                     [fsize(12), fg("theme.muted")]),
            ], "leading", [padhv("theme.spaceMd", "theme.spaceSm")])]
        if choice == "image":
            h = rng.choice([120, 160, 200, 240])
            return [V(f'Image("hero{k}_{s}", contentMode: .fill, description: "{rng.choice(WORDS)}")', "img",
                      attrs=[f'src="hero{k}_{s}.png"', 'alt="image"'],
                      mods=[Mod(f".frame(height: {h})", [f"height: {h}"]), fill(), radius("theme.corner")]),
                    divider()]
        # nav
        d = self.sibling(k, "detail")
        c.uses.append("nav:" + d.name)
        return [row("theme.spaceSm", [
            text(f"strings.{key}", f"strings.{key}"),
            spacer(),
            button("strings.open", "strings.open",
                   [(f'navigate({d.name}(itemId: {s}, title: "{rng.choice(WORDS)}"))',
                     f"props.navigate?.('{d.name}', {{ itemId: {s} }})")], [fg("theme.primary")]),
        ], [padhv("theme.spaceMd", "theme.spaceSm")])]

    def grow(self, c: Comp, rng: random.Random, body: list, target: int, fixed: int) -> None:
        s = 1
        while fixed + len(render_xui(body, 4)) + 2 * (len(c.states) + len(c.lets)) < target and s < 60:
            body.extend(self.section(c, rng, s))
            s += 1

    def open_mod(self, c: Comp) -> Mod:
        d = self.sibling(c.feature, "detail")
        if d is None:
            return Mod(".onTap { items.removeAll(where: it.id == item.id) }",
                       attrs=["onClick={(event) => { state.items = state.items.filter((it) => it.id !== item.id); }}"])
        c.uses.append("nav:" + d.name)
        return Mod(f".onTap {{ navigate({d.name}(itemId: item.id, title: item.title)) }}",
                   attrs=[f"onClick={{(event) => {{ props.navigate?.('{d.name}', {{ itemId: item.id }}); }}}}"])

    # ---- component kinds
    def make_row(self, k: int, idx: int, rng: random.Random) -> Comp:
        m = self.model(k)
        c = Comp(f"{m}Row", "row", k, False,
                 f"(item: {m}, onToggle: (Bool) -> Void, onDelete: () -> Void)",
                 f"item: {m}; onToggle: (on: boolean) => void; onDelete: () => void")
        ex = "expanded"
        c.states.append((f"state {ex}: Bool = false", ex, "false"))
        body = [
            row("theme.spaceSm", [
                V("Toggle(isOn: item.done, onChange: onToggle)", "input",
                  attrs=['type="checkbox"', "checked={props.item.done}",
                         "onChange={(event) => props.onToggle(event.target.checked)}"]),
                col("2", [
                    text("item.title", "props.item.title",
                         [fsize(16), fg("item.done ? theme.muted : theme.text",
                                                   "props.item.done ? theme.muted : theme.text")]),
                    text("item.subtitle", "props.item.subtitle", [fsize(12), fg("theme.muted"),
                                                                   Mod(".lineLimit(1)", [])]),
                ], "leading"),
                spacer(),
                text('"{item.price.formatted(decimals: 2)} €"', "`${props.item.price.toFixed(2)} €`",
                     [fweight("semibold")]),
                button("strings.details", "strings.details", [(f"{ex} = !{ex}", f"state.{ex} = !state.{ex}")]),
            ]),
            If(ex, f"state.{ex}", [
                row("6", [Each("ForEach(item.tags, key: .self) { tag", "props.item.tags", "(tag)", "tag", [
                    text("tag", "tag", [fsize(11), padhv("6", "2"), bg("#FFEFEFEF"), radius("6")])])]),
                row("theme.spaceSm", [
                    text('"Qty {item.qty}"', "`Qty ${props.item.qty}`", [fsize(12)]),
                    spacer(),
                    button("strings.delete", "strings.delete", [("onDelete()", "props.onDelete()")],
                           [fg("theme.danger")]),
                ]),
            ]),
        ]
        self.grow(c, rng, body, self.target_lines(rng, True), 8)
        c.root = col("4", body, "leading", [padhv("theme.spaceMd", "theme.spaceSm")])
        return c

    def make_list(self, k: int, idx: int, rng: random.Random) -> Comp:
        m = self.model(k)
        c = Comp(f"{m}List", "list", k, True, "(title: String = \"" + m + "s\")", "title?: string")
        n0 = rng.randint(2, 4)
        ctors = [self.item_ctor(k, i + 1, rng) for i in range(n0)]
        c.states += [(f"state items: [{m}] = [\n    " + ",\n    ".join(x for x, _ in ctors) + "\n  ]", "items",
                      "[" + ", ".join(j for _, j in ctors) + "]"),
                     ('state query: String = ""', "query", "''"),
                     ('state draft: String = ""', "draft", "''"),
                     (f"state nextId: Int = {n0 + 1}", "nextId", str(n0 + 1))]
        c.lets += [("let visible = items.filter(where: query.isEmpty || it.title.lowercased().contains(query.lowercased()))",
                    "visible", "state.items.filter((it) => state.query.length === 0 || "
                    "it.title.toLowerCase().includes(state.query.toLowerCase()))"),
                   ("let remaining = items.count(where: !it.done)", "remaining",
                    "state.items.filter((it) => !it.done).length")]
        r = self.sibling(k, "row")
        if r is not None:
            c.uses.append(r.name)
            item_view = [V(f"{r.name}(\n\u0000item: item,\n\u0000onToggle: {{ on -> items[i].done = on }},\n"
                           f"\u0000onDelete: {{ items.remove(at: i) }}\n\u0001)", r.name,
                           attrs=["item={item}", "onToggle={(on) => { state.items[index].done = on; }}",
                                  "onDelete={() => { state.items.splice(index, 1); }}"])]
        else:
            item_view = [row("theme.spaceSm", [
                V("Toggle(isOn: item.done, onChange: { on -> items[i].done = on })", "input",
                  attrs=['type="checkbox"', "checked={item.done}",
                         "onChange={(event) => { state.items[index].done = event.target.checked; }}"]),
                text("item.title", "item.title"),
                spacer(),
                button("strings.delete", "strings.delete", [("items.remove(at: i)", "state.items.splice(index, 1)")]),
            ], [padhv("theme.spaceMd", "theme.spaceSm")])]
        d = self.sibling(k, "detail")
        head = text('"{title} ({remaining} left)"', "`${props.title} (${state.remaining} left)`", [font("title")])
        if d is not None:
            c.uses.append("nav:" + d.name)
            head = row("theme.spaceSm", [head, spacer(), button("strings.open", "strings.open", [
                ("navigate(" + d.name + "(itemId: items.count, title: title))",
                 f"props.navigate?.('{d.name}', {{ itemId: state.items.length, title: props.title }})")])])
        body = [
            head,
            textfield("query", "strings.search", "strings.search", None, [padhv("theme.spaceMd", "4")]),
            row("theme.spaceSm", [
                textfield("draft", "strings.newItem", "strings.newItem", None, [weight1()]),
                button("strings.add", "strings.add", [
                    (f"items.append({m}(id: nextId, title: draft.trimmed(), subtitle: \"\", price: 0, qty: 1))",
                     "state.items.push({ id: state.nextId, title: state.draft.trim(), subtitle: '', price: 0, "
                     "qty: 1, done: false, tags: [], status: 'active' })"),
                    ("nextId += 1", "state.nextId += 1"),
                    ('draft = ""', "state.draft = ''")],
                       [disabled("draft.trimmed().isEmpty", "state.draft.trim().length === 0")]),
            ]),
            If("visible.isEmpty", "state.visible.length === 0",
               [text("strings.empty", "strings.empty", [fg("theme.muted"), pad("theme.spaceLg")])],
               [Each("List(visible, key: .id) { item, i", "state.visible", "(item, index)", "item.id",
                     item_view, mods=[weight1()])]),
        ]
        self.grow(c, rng, body, self.target_lines(rng, False), 14 + 2 * n0)
        c.root = col("theme.spaceMd", body, "leading", [pad("theme.spaceLg")])
        return c

    def make_detail(self, k: int, idx: int, rng: random.Random) -> Comp:
        m = self.model(k)
        c = Comp(f"{m}Detail", "detail", k, True, "(itemId: Int, title: String)",
                 "itemId: number; title: string")
        c.states += [("state quantity: Int = 1", "quantity", "1"), ("state added: Bool = false", "added", "false")]
        price = f"{rng.randint(2, 90)}.{rng.randint(0, 99):02d}"
        c.lets += [(f"let total = {price} * quantity", "total", f"{price} * state.quantity")]
        inner = [
            V(f'Image("{m.lower()}_header", contentMode: .fill, description: title)', "img",
              attrs=[f'src="{m.lower()}_header.png"', "alt={props.title}"],
              mods=[Mod(".frame(height: 220)", ["height: 220"]), fill()]),
            text("title", "props.title", [font("title"), padhv("theme.spaceLg", "0")]),
            text('"#{itemId}"', "`#${props.itemId}`", [fg("theme.muted"), padhv("theme.spaceLg", "0")]),
        ]
        self.grow(c, rng, inner, self.target_lines(rng, False), 30)
        body = [
            V("Scroll", "div", style=["overflowY: 'auto'"], mods=[weight1()],
              kids=[col("theme.spaceMd", inner, "leading")]),
            divider(),
            row("theme.spaceMd", [
                button('"−"', "'−'", [("quantity -= 1", "state.quantity -= 1")],
                       [disabled("quantity <= 1", "state.quantity <= 1")]),
                text('"{quantity}"', "`${state.quantity}`", [fweight("semibold")]),
                button('"+"', "'+'", [("quantity += 1", "state.quantity += 1")]),
                spacer(),
                button('added ? "Added" : "Add · {total.formatted(decimals: 2)} €"',
                       "state.added ? 'Added' : `Add · ${state.total.toFixed(2)} €`",
                       [("added = true", "state.added = true")], [disabled("added", "state.added")]),
                button("strings.goBack", "strings.goBack", [("back()", "props.back?.()")]),
            ], [pad("theme.spaceMd")]),
        ]
        c.root = V("Column", "div", style=["display: 'flex'", "flexDirection: 'column'"], kids=body)
        return c

    def make_form(self, k: int, idx: int, rng: random.Random) -> Comp:
        m = self.model(k)
        c = Comp(f"{m}Form", "form", k, True)
        c.states += [('state name: String = ""', "name", "''"), ('state email: String = ""', "email", "''"),
                     ("state error: String? = nil", "error", "null"), ("state busy: Bool = false", "busy", "false")]
        c.lets += [('let emailValid = email.contains("@") && email.count >= 5', "emailValid",
                    "state.email.includes('@') && state.email.length >= 5"),
                   ("let canSubmit = emailValid && !name.trimmed().isEmpty && !busy", "canSubmit",
                    "state.emailValid && state.name.trim().length > 0 && !state.busy")]
        body = [
            text("strings.newItem", "strings.newItem", [font("title")]),
            textfield("name", "strings.name", "strings.name"),
            textfield("email", "strings.email", "strings.email", "email"),
            If("error != nil", "state.error != null", [
                text('error ?? ""', "state.error ?? ''",
                     [fg("theme.danger"), pad("theme.spaceSm"), bg("#FFFDECEA"), radius("theme.corner"), fill()])]),
            If("busy", "state.busy", [V("Progress()", "progress")]),
        ]
        self.grow(c, rng, body, self.target_lines(rng, False) - 14, 24)
        body.append(button("strings.submit", "strings.submit", [
            ("if !emailValid {\n\u0000  error = \"Please enter a valid email address.\"\n\u0000} else {\n"
             "\u0000  error = nil\n\u0000  busy = true\n\u0000}",
             "if (!state.emailValid) { state.error = 'Please enter a valid email address.'; } "
             "else { state.error = null; state.busy = true; }"),
            ], [disabled("!canSubmit", "!state.canSubmit"), fill()]))
        body.append(button("strings.reset", "strings.reset", [
            ('name = ""', "state.name = ''"), ('email = ""', "state.email = ''"),
            ("busy = false", "state.busy = false")], [fg("theme.danger")]))
        c.root = col("theme.spaceMd", body, "leading", [pad("theme.spaceLg")])
        return c

    def make_settings(self, k: int, idx: int, rng: random.Random) -> Comp:
        st = self.status(k)
        c = Comp(f"{DOMAINS[k % len(DOMAINS)]}Settings{k}", "settings", k, True)
        c.states += [(f"state status: {st} = {st}.active", "status", "'active'"),
                     ("state notify: Bool = true", "notify", "true"),
                     ("state scale: Float = 1.0", "scale", "1.0")]
        inner = [text("strings.status", "strings.status", [fsize(13), fweight("semibold"), fg("theme.muted")])]
        for case in ("active", "paused", "archived"):
            inner.append(row("theme.spaceSm", [
                text(f'"{case.title()}"', f"'{case.title()}'"),
                spacer(),
                If(f"status == .{case}", f"state.status === '{case}'",
                   [text('"✓"', "'✓'", [fg("theme.primary"), fweight("bold")])]),
            ], [padhv("theme.spaceMd", "10"),
                Mod(f".onTap {{ status = .{case} }}", attrs=[f"onClick={{(event) => {{ state.status = '{case}'; }}}}"])]))
        inner += [
            toggle("notify", "strings.notifications", "strings.notifications", [padhv("theme.spaceMd", "4")]),
            V("Slider(value: $scale, min: 0.8, max: 1.6, step: 0.1)", "input",
              attrs=['type="range"', 'min="0.8"', 'max="1.6"', 'step="0.1"', "value={state.scale}",
                     "onChange={(event) => (state.scale = Number(event.target.value))}"],
              mods=[padhv("theme.spaceMd", "0")]),
            text('"Preview at {scale.formatted(decimals: 1)}×"', "`Preview at ${state.scale.toFixed(1)}×`",
                 [Mod(".fontSize(16 * scale)", ["fontSize: 16 * state.scale"])]),
        ]
        self.grow(c, rng, inner, self.target_lines(rng, False) - 8, 40)
        inner.append(button("strings.reset", "strings.reset", [
            ("status = .active", "state.status = 'active'"), ("notify = true", "state.notify = true"),
            ("scale = 1.0", "state.scale = 1.0")], [fg("theme.danger"), pad("theme.spaceMd")]))
        c.root = V("Scroll", "div", style=["overflowY: 'auto'"], kids=[col("0", inner, "leading")])
        return c

    def make_dashboard(self, k: int, idx: int, rng: random.Random) -> Comp:
        m = self.model(k)
        c = Comp(f"{m}Dashboard", "dashboard", k, True)
        n0 = rng.randint(3, 6)
        ctors = [self.item_ctor(k, i + 1, rng) for i in range(n0)]
        c.states += [(f"state items: [{m}] = [\n    " + ",\n    ".join(x for x, _ in ctors) + "\n  ]", "items",
                      "[" + ", ".join(j for _, j in ctors) + "]"),
                     ("state showDone: Bool = true", "showDone", "true")]
        c.lets += [("let shown = items.filter(where: showDone || !it.done)", "shown",
                    "state.items.filter((it) => state.showDone || !it.done)"),
                   ("let doneCount = items.count(where: it.done)", "doneCount",
                    "state.items.filter((it) => it.done).length")]
        body = [
            row("theme.spaceSm", [
                text("strings.overview", "strings.overview", [font("title")]),
                spacer(),
                text('"{doneCount}/{items.count}"', "`${state.doneCount}/${state.items.length}`", [fg("theme.muted")]),
            ]),
            row("theme.spaceSm", [
                toggle("showDone", "strings.ready", "strings.ready"),
                spacer(),
                button("strings.delete", "strings.delete", [
                    ("items.removeAll(where: it.done)", "state.items = state.items.filter((it) => !it.done)")],
                       [disabled("doneCount == 0", "state.doneCount === 0"), fg("theme.danger")]),
            ]),
            Each("Grid(shown, key: .id, columns: 2, spacing: theme.spaceSm) { item", "state.shown", "(item)",
                 "item.id", [col("4", [
                     text("item.title", "item.title", [fweight("medium"), Mod(".lineLimit(2)", [])]),
                     text('"{item.price.formatted(decimals: 2)} €"', "`${item.price.toFixed(2)} €`",
                          [fg("theme.primary"), fweight("bold")]),
                     If("item.done", "item.done", [text('"✓"', "'✓'", [fg("theme.success")])]),
                 ], "leading", [pad("theme.spaceSm"), bg("theme.surface"), radius("theme.corner"),
                                self.open_mod(c)])],
                 wrap=V("", "div", style=["display: 'grid'", "gridTemplateColumns: 'repeat(2, 1fr)'"])),
        ]
        self.grow(c, rng, body, self.target_lines(rng, False), 20 + 2 * n0)
        c.root = col("theme.spaceMd", body, "leading", [pad("theme.spaceLg")])
        return c


# --------------------------------------------------------------------------- files

def _xui_file(g: Gen, c: Comp) -> str:
    lines = [f"// {c.kind} of feature {c.feature}: generated by bench/corpus.py", 'import "./model.xui"']
    for u in c.uses:
        if not u.startswith("nav:"):
            lines.append(f'import "./{u}.xui"')
        elif u[4:] != c.name:
            lines.append(f'import "./{u[4:]}.xui"')
    lines = list(dict.fromkeys(lines))
    lines.append("")
    lines.append(f"{'screen' if c.is_screen else 'component'} {c.name}{c.params_x} {{")
    for d, _, _ in c.states:
        lines.append("  " + d)
    for d, _, _ in c.lets:
        lines.append("  " + d)
    if c.states or c.lets:
        lines.append("")
    lines += render_xui([c.root], 2)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _tsx_file(g: Gen, c: Comp) -> str:
    m = g.model(c.feature)
    lines = ["import { useStore, Show, For } from '@builder.io/mitosis';",
             "import { theme, strings } from '../../shared/theme';",
             f"import type {{ {m} }} from './model';"]
    for u in c.uses:
        if not u.startswith("nav:"):
            lines.append(f"import {u} from './{u}.lite';")
    lines = list(dict.fromkeys(lines))
    props = c.props_t
    if c.is_screen:
        props = (props + "; " if props else "") + "navigate?: (screen: string, args?: object) => void; back?: () => void"
    lines += ["", f"type Props = {{ {props} }};", "", f"export default function {c.name}(props: Props) {{",
              "  const state = useStore({"]
    for _, name, init in c.states:
        lines.append(f"    {name}: {init} as any,")
    for _, name, expr in c.lets:
        lines.append(f"    get {name}() {{")
        lines.append(f"      return {expr};")
        lines.append("    },")
    lines += ["  });", "", "  return ("]
    lines += render_jsx([c.root], 4)
    lines += ["  );", "}"]
    return "\n".join(lines) + "\n"


def _shared_xui() -> dict[str, str]:
    theme = ["// Design tokens shared by every feature.", "", "theme {"]
    theme += [f"  {kind} {name} = {value}" for kind, name, value in THEME] + ["}"]
    strings = ["// User-visible text shared by every feature.", "", "strings {"]
    strings += [f'  {k} = "{en}"' for k, (en, _) in STRINGS.items()] + ["}", "", "strings zh-Hans {"]
    strings += [f'  {k} = "{zh}"' for k, (_, zh) in STRINGS.items()] + ["}"]
    return {"shared/theme.xui": "\n".join(theme) + "\n", "shared/strings.xui": "\n".join(strings) + "\n"}


def _shared_ts() -> str:
    out = ["export const theme = {"]
    for kind, name, value in THEME:
        if kind == "color":
            out.append(f"  {name}: '{value}',")
        elif kind == "font":
            out.append(f"  {name}: '{'bold 22px sans-serif' if 'bold' in value else '16px sans-serif'}',")
        else:
            out.append(f"  {name}: {value},")
    out += ["};", "", "export const strings = {"]
    out += [f"  {k}: '{en}'," for k, (en, _) in STRINGS.items()] + ["};"]
    return "\n".join(out) + "\n"


def _model_xui(g: Gen, k: int) -> str:
    return (f'// Model of feature {k}.\nimport "../../shared/theme.xui"\nimport "../../shared/strings.xui"\n\n'
            f"enum {g.status(k)} {{ active, paused, archived }}\n\n"
            f"model {g.model(k)} {{\n  id: Int\n  title: String\n  subtitle: String\n  price: Float\n"
            f"  qty: Int = 1\n  done: Bool = false\n  tags: [String] = []\n  status: {g.status(k)} = .active\n}}\n")


def _model_ts(g: Gen, k: int) -> str:
    return (f"export type {g.status(k)} = 'active' | 'paused' | 'archived';\n\n"
            f"export interface {g.model(k)} {{\n  id: number;\n  title: string;\n  subtitle: string;\n"
            f"  price: number;\n  qty: number;\n  done: boolean;\n  tags: string[];\n  status: {g.status(k)};\n}}\n")


@dataclass
class Corpus:
    n: int
    xui_files: dict[str, str]            # path under xui/ -> text
    tsx_files: dict[str, str]            # path under mitosis/ -> text
    components: list[tuple[str, str, str, int]]   # (name, xui path, tsx path, xui lines)


def build_corpus(n: int, seed: int = 7) -> Corpus:
    g = Gen(n, seed)
    comps = g.generate()
    xf = dict(_shared_xui())
    tf = {"shared/theme.ts": _shared_ts()}
    listing = []
    for k in sorted({c.feature for c in comps}):
        xf[f"features/f{k:03d}/model.xui"] = _model_xui(g, k)
        tf[f"features/f{k:03d}/model.ts"] = _model_ts(g, k)
    for c in comps:
        xp = f"features/f{c.feature:03d}/{c.name}.xui"
        tp = f"features/f{c.feature:03d}/{c.name}.lite.tsx"
        xf[xp] = _xui_file(g, c)
        tf[tp] = _tsx_file(g, c)
        listing.append((c.name, xp, tp, xf[xp].count("\n")))
    return Corpus(n, xf, tf, listing)


def write_corpus(corpus: Corpus, out: Path) -> Path:
    """Write the corpus under `out` (xui/ and mitosis/). Returns `out`."""
    for sub, files in (("xui", corpus.xui_files), ("mitosis", corpus.tsx_files)):
        for rel, txt in files.items():
            p = out / sub / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if not p.exists() or p.read_text(encoding="utf-8") != txt:
                p.write_text(txt, encoding="utf-8")
    return out
