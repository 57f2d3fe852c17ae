"""Android `res/values*/` resources: strings, colors, dimens, styles; qualifier
-> xui locale names; Android string escapes -> xui string literals; names."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .xmlsafe import Node, XmlError, parse_xml

KEYWORDS = {"import", "model", "enum", "component", "screen", "theme", "strings", "state", "let", "if",
            "else", "native", "true", "false", "nil", "it", "navigate", "back", "self", "Font"}

ANDROID_COLORS = {
    "white": "#FFFFFF", "black": "#000000", "transparent": "#00000000",
    "darker_gray": "#AAAAAA", "background_dark": "#000000", "background_light": "#FFFFFF",
    "holo_blue_light": "#33B5E5", "holo_blue_dark": "#0099CC", "holo_red_light": "#FF4444",
    "holo_red_dark": "#CC0000", "holo_green_light": "#99CC00", "holo_green_dark": "#669900",
    "holo_orange_light": "#FFBB33", "holo_orange_dark": "#FF8800", "primary_text_light": "#000000",
    "secondary_text_light": "#737373", "tertiary_text_light": "#808080",
}

# language codes Android still writes in their pre-ISO-639-2002 form
_OLD_LANG = {"in": "id", "iw": "he", "ji": "yi"}


# ---- names ----------------------------------------------------------------------------------

def words(name: str) -> list[str]:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]


def camel(name: str, fallback: str = "value") -> str:
    ws = [w.lower() for w in words(name)]
    if not ws:
        return fallback
    s = ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
    if s[0].isdigit():
        s = fallback + s[:1].upper() + s[1:]
    if s in KEYWORDS:
        s = s + "Value"
    return s


def pascal(name: str, fallback: str = "Imported") -> str:
    ws = words(name)
    if not ws:
        return fallback
    s = "".join(w[:1].upper() + w[1:] for w in ws)
    if s[0].isdigit():
        s = fallback + s
    if s in KEYWORDS:
        s = s + "View"
    return s


def unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        taken.add(name)
        return name
    i = 2
    while f"{name}{i}" in taken:
        i += 1
    taken.add(f"{name}{i}")
    return f"{name}{i}"


# ---- literals ----------------------------------------------------------------------------------

def xui_string(text: str) -> str:
    """A Python string as a one-line xui string literal."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "{":
            out.append("\\{")
        elif ch == "}":
            out.append("\\}")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\0":
            out.append("\\0")
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
            out.append(f"\\u{{{ord(ch):X}}}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def android_text(raw: str) -> str:
    """Decode an Android string resource value (after XML parsing) to its runtime text.

    Rules (aapt2): whitespace runs collapse to one space unless inside "double quotes";
    unescaped double quotes are removed; backslash escapes \\n \\t \\' \\" \\\\ \\@ \\? \\uXXXX."""
    out: list[str] = []
    quoted = False
    i = 0
    n = len(raw)
    pending_space = False
    while i < n:
        c = raw[i]
        if c == "\\" and i + 1 < n:
            d = raw[i + 1]
            i += 2
            if pending_space:
                out.append(" ")
                pending_space = False
            if d == "n":
                out.append("\n")
            elif d == "t":
                out.append("\t")
            elif d == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", raw[i:i + 4] or ""):
                out.append(chr(int(raw[i:i + 4], 16)))
                i += 4
            else:
                out.append(d)
            continue
        if c == '"':
            quoted = not quoted
            i += 1
            continue
        if c.isspace() and not quoted:
            if out or pending_space:
                pending_space = True
            i += 1
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        out.append(c)
        i += 1
    return "".join(out)


def parse_color(value: str) -> str | None:
    """Android #RGB/#ARGB/#RRGGBB/#AARRGGBB -> xui #RRGGBB / #AARRGGBB."""
    v = value.strip()
    if not re.fullmatch(r"#[0-9A-Fa-f]{3,8}", v):
        return None
    h = v[1:].upper()
    if len(h) == 3:
        return "#" + "".join(c * 2 for c in h)
    if len(h) == 4:
        return "#" + "".join(c * 2 for c in h)
    if len(h) in (6, 8):
        return "#" + h
    return None


def parse_dimen(value: str) -> tuple[float, str] | None:
    m = re.fullmatch(r"\s*(-?(?:\d+(?:\.\d+)?|\.\d+))\s*(dp|dip|sp|px|pt|mm|in)?\s*", value)
    if not m:
        return None
    v = float(m.group(1))
    return (v, m.group(2) or "px") if abs(v) <= MAX_NUMBER else None


# Larger magnitudes are not sizes, weights or factors any layout means (and would not be literals
# every target accepts): values past it are "not understood".
MAX_NUMBER = 1e6


def number(value: str, lo: float = -MAX_NUMBER, hi: float = MAX_NUMBER) -> float | None:
    """A plain number attribute (weight, alpha, em, multiplier) within [lo, hi]; None for anything else
    (text, NaN, infinities, out of range)."""
    try:
        v = float(value.strip())
    except ValueError:
        return None
    return v if math.isfinite(v) and lo <= v <= hi else None


def num(v: float) -> str:
    """A number literal every target accepts: NaN is 0 and magnitudes past MAX_NUMBER (infinities
    too) are clamped to it, the last guard behind the handlers that report such values."""
    v = float(v)
    if not math.isfinite(v) or abs(v) > MAX_NUMBER:
        v = 0.0 if math.isnan(v) else math.copysign(MAX_NUMBER, v)
    return str(int(v)) if v.is_integer() else repr(round(v, 3))


# ---- qualifiers -------------------------------------------------------------------------------

def locale_of(qualifiers: str) -> tuple[str | None, list[str]]:
    """`zh-rCN` -> ('zh-CN', []); `b+zh+Hans` -> ('zh-Hans', []); `night` -> (None, ['night']);
    `fr-land` -> ('fr', ['land']). Returns (locale or None, other qualifiers)."""
    parts = [q for q in qualifiers.split("-") if q]
    locale = None
    rest: list[str] = []
    i = 0
    # mcc/mnc come first in Android's order; skip-and-report them
    while i < len(parts) and re.fullmatch(r"mcc\d+|mnc\d+", parts[i]):
        rest.append(parts[i])
        i += 1
    if i < len(parts):
        p = parts[i]
        if p.startswith("b+"):
            sub = [s for s in p[2:].split("+") if s]
            if sub and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", s) for s in sub):
                sub[0] = _OLD_LANG.get(sub[0].lower(), sub[0].lower())
                locale = "-".join(sub)
            else:
                rest.append(p)
            i += 1
        elif re.fullmatch(r"[a-z]{2,3}", p) and p not in ("ldrtl", "ldltr", "land", "port", "car", "tv",
                                                          "watch", "vr", "night", "notnight", "dpi"):
            lang = _OLD_LANG.get(p, p)
            i += 1
            if i < len(parts) and re.fullmatch(r"r[A-Z]{2}", parts[i]):
                locale = f"{lang}-{parts[i][1:]}"
                i += 1
            else:
                locale = lang
    rest.extend(parts[i:])
    return locale, rest


# ---- values -----------------------------------------------------------------------------------

@dataclass
class Loc:
    file: str
    line: int
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class StyleDef:
    name: str
    parent: str | None
    items: list[tuple[str, str, Loc]]
    loc: Loc


@dataclass
class Values:
    strings: dict[str, tuple[str, Loc, bool]] = field(default_factory=dict)   # name -> (text, loc, translatable)
    locales: dict[str, dict[str, tuple[str, Loc]]] = field(default_factory=dict)
    colors: dict[str, tuple[str, Loc]] = field(default_factory=dict)         # raw values (may be refs)
    dimens: dict[str, tuple[str, Loc]] = field(default_factory=dict)
    styles: dict[str, StyleDef] = field(default_factory=dict)
    arrays: dict[str, tuple[list[str], Loc]] = field(default_factory=dict)
    drawables: dict[str, tuple[str, Loc]] = field(default_factory=dict)      # <drawable name="x">#ccc</drawable>
    integers: dict[str, tuple[str, Loc]] = field(default_factory=dict)       # <integer name="x">3</integer>
    night_colors: dict[str, tuple[str, Loc]] = field(default_factory=dict)   # values-night/ colors (Dark Mode)
    skipped: list[tuple[Loc, str, str]] = field(default_factory=list)          # (loc, subject, reason)
    declarations: list[tuple[Loc, str, str]] = field(default_factory=list)     # ids, attrs: nothing shown
    errors: list[tuple[Loc, str]] = field(default_factory=list)                # diagnostics


def string_content(node: Node) -> tuple[str, bool]:
    """The text of a <string> (markup stripped; returns (text, had_markup))."""
    markup = any(not isinstance(p, str) for p in node.parts)
    return android_text(node.itertext()), markup


# resource kinds that only declare names for code and custom views: they have nothing to show
DECLARATIONS = {"id", "declare-styleable", "attr", "public", "java-symbol", "eat-comment", "add-resource"}


def load_values(values_dirs: list[Path], display) -> Values:
    vals = Values()
    # the default folder first, then by name; of a name's API-level variants the highest first, as a current
    # device picks it (values-v29 before values-v21, values-night-v27 before values-night)
    def order(p: Path) -> tuple:
        m = re.search(r"-v(\d+)$", p.name)
        return (p.name != "values", re.sub(r"-v\d+$", "", p.name), -int(m[1]) if m else 1)
    versioned: set[tuple[str, str]] = set()      # (kind, name) a values-vNN folder has set
    for d in sorted(values_dirs, key=order):
        qual = d.name[len("values"):].lstrip("-")
        locale, rest = locale_of(qual) if qual else (None, [])
        for f in sorted(d.glob("*.xml")):
            fname = display(f)
            try:
                data = f.read_bytes()
                root = parse_xml(data)
            except OSError as e:
                vals.errors.append((Loc(fname, 1), f"cannot read: {e.strerror or e}"))
                continue
            except XmlError as e:
                vals.errors.append((Loc(fname, e.line, e.col), e.message))
                continue
            if root.tag != "resources":
                vals.skipped.append((Loc(fname, root.line), f.name, f"<{root.tag}> is not a <resources> file"))
                continue
            versions = [q for q in rest if re.fullmatch(r"v\d+", q)]
            if versions and len(versions) == len(rest) and locale is None:
                # values-v21/: what API 21+ devices (every current one) read instead of values/ (the highest
                # level first: a current device picks the most specific folder)
                extra = Values()
                _load_resources(root, fname, None, extra)
                _merge_versioned(vals, extra, versioned)
                vals.declarations.append((Loc(fname, root.line), f"{d.name}/{f.name}",
                                          f"values for API level {versions[0][1:]}+, as every current device "
                                          "reads them: they replace values/ resources of the same name"))
                continue
            if [q for q in rest if not re.fullmatch(r"v\d+", q)] == ["night"] and locale is None:
                # Dark Mode: its colors become `theme dark`; the rest (DayNight theme styles) is reported
                night = Values()
                _load_resources(root, fname, None, night)
                for name, v in night.colors.items():
                    vals.night_colors.setdefault(name, v)      # values-night/ first, then -night-vNN
                others = len(night.strings) + len(night.dimens) + len(night.styles) + len(night.arrays) + \
                    len(night.drawables) + len(night.integers)
                if others:
                    vals.skipped.append((Loc(fname, root.line), f"{d.name}/{f.name}",
                                         f"only the colors of '{qual}' are imported (as `theme dark`): its "
                                         f"{_count_of(others)} other resources are not"))
                continue
            if rest:
                vals.skipped.append((Loc(fname, root.line), f"{d.name}/{f.name}",
                                     f"values for configuration '{qual}' are not imported "
                                     f"(xui has one default set{' per locale' if locale else ''})"))
                continue
            _load_resources(root, fname, locale, vals)
    return vals


def _merge_versioned(vals: Values, extra: Values, versioned: set[tuple[str, str]]) -> None:
    """`extra` (a values-vNN folder) over the default values: each of its resources replaces the default
    one of that name, unless a higher API level's folder (read before it) already did."""
    for kind in ("strings", "colors", "dimens", "styles", "arrays", "drawables", "integers"):
        mine, theirs = getattr(vals, kind), getattr(extra, kind)
        for name, v in theirs.items():
            if (kind, name) not in versioned:
                mine[name] = v
                versioned.add((kind, name))
    vals.skipped.extend(extra.skipped)
    vals.declarations.extend(extra.declarations)


def _count_of(n: int) -> str:
    return "one" if n == 1 else str(n)


def _load_resources(root: Node, fname: str, locale: str | None, vals: Values) -> None:
    for n in root.children:
        name = n.get("name")
        loc = Loc(fname, n.line, n.col)
        tag = n.tag
        if tag == "item" and n.get("type"):
            tag = n.get("type") or tag
        if name is None:
            vals.skipped.append((loc, f"<{n.tag}>", "resource without a name"))
            continue
        if tag == "string":
            text, markup = string_content(n)
            if markup:
                vals.skipped.append((loc, f"@string/{name}", "inline markup (<b>, <i>, <xliff:g>...) "
                                          "dropped, text kept"))
            if locale is None:
                vals.strings[name] = (text, loc, n.get("translatable") != "false")
            else:
                vals.locales.setdefault(locale, {})[name] = (text, loc)
        elif locale is not None:
            vals.skipped.append((loc, f"@{tag}/{name}", "non-string resources in a locale folder are not "
                                 "imported (only strings are localized)"))
        elif tag == "color":
            vals.colors[name] = (n.itertext().strip(), loc)
        elif tag == "dimen":
            vals.dimens[name] = (n.itertext().strip(), loc)
        elif tag == "integer":
            vals.integers[name] = (n.itertext().strip(), loc)
        elif tag == "drawable" and not n.children:
            vals.drawables[name] = (n.itertext().strip(), loc)
        elif tag == "style":
            items = [(it.get("name") or "", it.itertext().strip(), Loc(fname, it.line, it.col))
                     for it in n.children if it.tag == "item"]
            parent = n.get("parent")
            if parent is None and "." in name:
                parent = name.rsplit(".", 1)[0]     # implicit parent by name prefix
            vals.styles[name] = StyleDef(name, parent, items, loc)
        elif tag == "string-array":
            vals.arrays[name] = ([android_text(i.itertext()) for i in n.children if i.tag == "item"], loc)
        elif tag in DECLARATIONS:
            vals.declarations.append((loc, f"@{tag}/{name}", f"<{tag}> declares a name for the app's code "
                                      "(an id, a custom view attribute): nothing to import"))
        else:
            vals.skipped.append((loc, f"@{tag}/{name}", f"<{tag}> resources are not imported"))
