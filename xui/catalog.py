"""The element / modifier / member catalog: ONE table that the checker and every
backend read. Types are written in xui's own type syntax.

Each backend declares how it maps every entry (targets/<t>/backend.py); the
coverage test fails when an entry has neither a mapping nor a declared
diagnostic on some target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ChildKind = Literal["none", "views", "item", "optional_views"]

# Built-in enums that element and modifier arguments use (`.center`, `.bold`).
ENUMS: dict[str, tuple[str, ...]] = {
    "HAlign": ("leading", "center", "trailing"),
    "VAlign": ("top", "center", "bottom"),
    "Alignment": ("topLeading", "top", "topTrailing", "leading", "center", "trailing",
                  "bottomLeading", "bottom", "bottomTrailing"),
    "FontWeight": ("light", "regular", "medium", "semibold", "bold"),
    "TextAlign": ("leading", "center", "trailing"),
    "Axis": ("vertical", "horizontal"),
    "Keyboard": ("text", "number", "decimal", "email", "phone"),
    "ContentMode": ("fit", "fill"),
    "SubmitLabel": ("done", "next", "go", "search", "send"),
    "ButtonStyle": ("filled", "tonal", "text"),
}


# How much space a view takes (the layout model every target follows, as SwiftUI and Compose
# do natively): a view "fills" an axis when it takes all the space its container offers along it
# instead of its content's size. `fills` entries: "width" / "height"; "main" / "cross" (the
# parent container's axis, or the other one); "children" (a container fills an axis when one of
# its children does, so a Column holding a Slider is as wide as its own container).
FILL_AXES: tuple[str, ...] = ("width", "height", "main", "cross", "children")


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str                   # xui type syntax; "Bool|Binding<Bool>" accepts either
    default: str | None = None  # xui expression text; None and not optional -> required
    positional: bool = False    # may be written without its label (first argument only)
    optional: bool = False      # may be omitted, no default value
    doc: str = ""
    literal: bool = False       # (modifiers) must be written out (`.filled`): targets pick a type or a
                                # function by it (E0220)
    minimum: int | None = None  # a count: a literal below it is E0221 (`lines: 0`, `columns: 0`)


    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class ElementSpec:
    name: str
    params: tuple[ParamSpec, ...]
    children: ChildKind = "none"
    doc: str = ""
    text_like: bool = False           # accepts the text modifiers (font, foreground ...)
    notes: dict[str, str] = field(default_factory=dict)   # per-target notes for `xui targets`
    requires_one_of: tuple[str, ...] = ()
    control: bool = False             # an input control with its own press feedback and accessibility
                                      # role: `.onTap` adds only the action, no tappable wrapper
    fills: tuple[str, ...] = ()       # axes it takes all the space of (see FILL_AXES; lowering.fill_axes)
    fills_with: str = ""              # ... only when this parameter is given and not ""
    axis: str = ""                    # a container's layout axis: "vertical", "horizontal", "parent" (its
                                      # container's), "@p" (its Axis parameter p)


@dataclass(frozen=True)
class ModifierSpec:
    name: str
    params: tuple[ParamSpec, ...]
    action: bool = False              # takes an action block `.onTap { ... }`
    text_only: bool = False           # only on text-like elements
    requires_one_of: tuple[str, ...] = ()
    only_on: tuple[str, ...] = ()     # only on these elements (empty: on any element or component)
    doc: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    fills: tuple[str, ...] = ()       # axes it makes the element take all the space of (FILL_AXES)
    fixes: tuple[tuple[str, str], ...] = ()   # (parameter, axis): a given parameter fixes that size


def P(name: str, type: str, default: str | None = None, *, positional: bool = False,
      optional: bool = False, doc: str = "", literal: bool = False, minimum: int | None = None) -> ParamSpec:
    return ParamSpec(name, type, default, positional, optional, doc, literal, minimum)


ELEMENTS: dict[str, ElementSpec] = {e.name: e for e in [
    ElementSpec("Column", (P("spacing", "Float", "0"), P("align", "HAlign", ".center")), "views",
                "Stacks children vertically.", fills=("children",), axis="vertical"),
    ElementSpec("Row", (P("spacing", "Float", "0"), P("align", "VAlign", ".center")), "views",
                "Stacks children horizontally.", fills=("children",), axis="horizontal"),
    ElementSpec("Stack", (P("align", "Alignment", ".center"),), "views",
                "Overlays children, later ones on top.", fills=("children",)),
    ElementSpec("Scroll", (P("axis", "Axis", ".vertical"),), "views",
                "Scrolls its children (laid out as a Column, or a Row for .horizontal).", fills=("children",),
                axis="@axis"),
    ElementSpec("List", (P("items", "[T]", positional=True), P("key", "KeyPath<T>", optional=True),
                         P("spacing", "Float", "0")), "item",
                "A lazily built, scrolling, keyed list. The block takes `item` or `item, index`."),
    ElementSpec("ForEach", (P("items", "[T]", positional=True), P("key", "KeyPath<T>", optional=True)), "item",
                "Repeats its block for each item inside the parent container (not lazy).",
                fills=("children",), axis="parent"),
    ElementSpec("Grid", (P("items", "[T]", positional=True), P("key", "KeyPath<T>", optional=True),
                         P("columns", "Int", "2", minimum=1), P("spacing", "Float", "0")), "item",
                "A lazily built, scrolling, keyed grid with a fixed number of equal columns."),
    ElementSpec("Text", (P("text", "String", positional=True),), doc="A run of text.", text_like=True),
    ElementSpec("Image", (P("name", "String", positional=True), P("contentMode", "ContentMode", ".fit"),
                          P("description", "String", '""')),
                doc="An image from the app's bundled assets, by asset name. `description` is the "
                    "accessibility text (empty: decorative)."),
    ElementSpec("RemoteImage", (P("url", "String", positional=True), P("contentMode", "ContentMode", ".fill"),
                                P("description", "String", '""')),
                doc="An image loaded from a URL (an avatar, a photo from the app's server), drawn with a neutral "
                    "placeholder until it arrives. It has no size of its own before it loads: give it a "
                    "`.frame`. `description` is the accessibility text (empty: decorative)."),
    ElementSpec("Button", (P("label", "String", positional=True, optional=True),
                           P("action", "() -> Void")), "optional_views",
                "A button with a text label, or with a child block as its label.", text_like=True,
                control=True),
    ElementSpec("TextField", (P("text", "Binding<String>"), P("placeholder", "String", '""'),
                              P("keyboard", "Keyboard", ".text"), P("lines", "Int", "1", minimum=1)),
                doc="A text input bound to a String state; it takes the width of its container. One line, or "
                    "with `lines:` more than 1 a multi-line field that grows with its text up to that many "
                    "lines, then scrolls (notes, comments).",
                text_like=True, control=True, fills=("width",)),
    ElementSpec("SecureField", (P("text", "Binding<String>"), P("placeholder", "String", '""')),
                doc="A password input bound to a String state; it takes the width of its container.",
                text_like=True, control=True, fills=("width",)),
    ElementSpec("Toggle", (P("isOn", "Bool|Binding<Bool>"), P("label", "String", '""'),
                           P("onChange", "(Bool) -> Void", optional=True)),
                doc="A switch. Bind it (`isOn: $flag`), or pass a value and `onChange:`. The text "
                    "modifiers style its label (leading; the switch trailing, across the width).", text_like=True,
                control=True, fills=("width",), fills_with="label"),
    ElementSpec("Checkbox", (P("isOn", "Bool|Binding<Bool>"), P("label", "String", '""'),
                             P("onChange", "(Bool) -> Void", optional=True)),
                doc="A check box. Bind it (`isOn: $flag`), or pass a value and `onChange:`. The text "
                    "modifiers style its label.", text_like=True, control=True),
    ElementSpec("Slider", (P("value", "Binding<Float>"), P("min", "Float", "0"), P("max", "Float", "1"),
                           P("step", "Float", "0")),
                doc="A slider bound to a Float state; step 0 is continuous.", control=True,
                fills=("width",)),
    ElementSpec("Picker", (P("selection", "Binding<Int>"), P("options", "[String]"), P("label", "String", '""')),
                doc="A drop-down choice of one of `options`, bound to the Int index of the chosen one "
                    "(`Picker(selection: $sort, options: [\"Name\", \"Date\"])`): the platform's menu button "
                    "showing the chosen option. `label` names it for screen readers; show a visible "
                    "caption with a Text beside it.", control=True),
    ElementSpec("Progress", (P("value", "Float", optional=True),),
                doc="A progress bar for value 0...1, or a spinner without a value."),
    ElementSpec("Spacer", (), doc="Takes the free space along its container's axis.", fills=("main",)),
    ElementSpec("Divider", (P("color", "Color", optional=True), P("thickness", "Float", optional=True)),
                doc="A thin line across its container: the platform's divider, or a line of `color` and "
                    "`thickness` (points) when given.", fills=("cross",)),
]}


_LAYOUT = "Float"
MODIFIERS: dict[str, ModifierSpec] = {m.name: m for m in [
    ModifierSpec("padding", (P("all", _LAYOUT, positional=True, optional=True),
                             P("horizontal", _LAYOUT, optional=True), P("vertical", _LAYOUT, optional=True),
                             P("top", _LAYOUT, optional=True), P("leading", _LAYOUT, optional=True),
                             P("bottom", _LAYOUT, optional=True), P("trailing", _LAYOUT, optional=True)),
                 requires_one_of=("all", "horizontal", "vertical", "top", "leading", "bottom", "trailing"),
                 doc="Space inside the element's border."),
    ModifierSpec("margin", (P("all", _LAYOUT, positional=True, optional=True),
                            P("horizontal", _LAYOUT, optional=True), P("vertical", _LAYOUT, optional=True),
                            P("top", _LAYOUT, optional=True), P("leading", _LAYOUT, optional=True),
                            P("bottom", _LAYOUT, optional=True), P("trailing", _LAYOUT, optional=True)),
                 requires_one_of=("all", "horizontal", "vertical", "top", "leading", "bottom", "trailing"),
                 doc="Space outside the element's border (outer padding where a platform has no margin)."),
    ModifierSpec("frame", (P("width", "Float", optional=True), P("height", "Float", optional=True),
                           P("minWidth", "Float", optional=True), P("maxWidth", "Float", optional=True),
                           P("minHeight", "Float", optional=True), P("maxHeight", "Float", optional=True)),
                 requires_one_of=("width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight"),
                 doc="A fixed width and/or height, and/or bounds for them (min/max win over a fixed size).",
                 fixes=(("width", "width"), ("height", "height"))),
    ModifierSpec("fillWidth", (), doc="Takes the full width of its container.", fills=("width",)),
    ModifierSpec("fillHeight", (), doc="Takes the full height of its container.", fills=("height",)),
    ModifierSpec("weight", (P("value", "Float", positional=True),),
                 doc="Shares the free space of a Row/Column in proportion to the weights.", fills=("main",)),
    ModifierSpec("background", (P("color", "Color", positional=True),), doc="A background color."),
    ModifierSpec("foreground", (P("color", "Color", positional=True),), text_only=True,
                 doc="The text color."),
    ModifierSpec("font", (P("font", "Font", positional=True),), text_only=True,
                 doc="A font: `Font(size: 17, weight: .bold)` or a theme font token."),
    ModifierSpec("fontSize", (P("size", "Float", positional=True),), text_only=True, doc="The text size."),
    ModifierSpec("fontWeight", (P("weight", "FontWeight", positional=True),), text_only=True,
                 doc="The text weight."),
    ModifierSpec("italic", (), text_only=True, doc="Italic text."),
    ModifierSpec("letterSpacing", (P("points", "Float", positional=True),), text_only=True,
                 doc="Extra space between characters, in points (negative: tighter)."),
    ModifierSpec("lineSpacing", (P("points", "Float", positional=True),), text_only=True, only_on=("Text",),
                 doc="Extra space between the lines of multi-line text, in points (Text only)."),
    ModifierSpec("textAlign", (P("align", "TextAlign", positional=True),), text_only=True,
                 doc="Alignment of multi-line text."),
    ModifierSpec("lineLimit", (P("lines", "Int", positional=True),), text_only=True,
                 doc="The maximum number of lines; the rest is truncated."),
    ModifierSpec("selectable", (), text_only=True, only_on=("Text",),
                 doc="Lets the user select and copy the text (Text only)."),
    ModifierSpec("submitLabel", (P("label", "SubmitLabel", positional=True),), only_on=("TextField", "SecureField"),
                 doc="The action key the keyboard shows for this field (`.next`, `.done`, `.go`, `.search`, "
                     "`.send`) (TextField and SecureField only)."),
    ModifierSpec("placeholderColor", (P("color", "Color", positional=True),),
                 only_on=("TextField", "SecureField"),
                 doc="The color of the placeholder (hint) text shown while the field is empty "
                     "(TextField and SecureField only)."),
    ModifierSpec("cornerRadius", (P("radius", "Float", positional=True),), doc="Rounds the corners (clips)."),
    ModifierSpec("border", (P("color", "Color", positional=True), P("width", "Float", "1"), P("radius", "Float", "0")),
                 doc="A border line (1 wide unless `width:` says otherwise), optionally with rounded corners: "
                     "`.border(theme.line)`, `.border(color: #CCCCCC, width: 2, radius: 8)`."),
    ModifierSpec("shadow", (P("radius", "Float", positional=True), P("color", "Color", "#33000000")),
                 doc="A drop shadow around the element (like an elevation), blurred by `radius`; the "
                     "default color is a translucent black."),
    ModifierSpec("tint", (P("color", "Color", positional=True),),
                 only_on=("Image", "Toggle", "Checkbox", "Slider", "Progress", "Button"),
                 doc="On an Image: paints its opaque pixels in one color, keeping their transparency. On a "
                     "Toggle, Checkbox, Slider or Progress: the accent color of the switch when on, the "
                     "checked box, the filled track or the bar. On a Button: its accent (the fill of a "
                     "`.filled` button, the label and tint of a `.tonal` or `.text` one)."),
    ModifierSpec("buttonStyle", (P("style", "ButtonStyle", positional=True, literal=True),), only_on=("Button",),
                 doc="The button's emphasis, in each platform's own look: `.filled` (the accent-colored button of "
                     "a screen's main action), `.tonal` (a tinted, medium-emphasis button), `.text` (a label "
                     "without a container). Without it a Button takes the platform's default look (filled on "
                     "Android and HarmonyOS, a tinted label on iOS, the browser's on the web) (Button only; written out, not computed)."),
    ModifierSpec("opacity", (P("value", "Float", positional=True),), doc="Opacity 0...1."),
    ModifierSpec("disabled", (P("value", "Bool", positional=True),), doc="Disables interaction."),
    ModifierSpec("visible", (P("value", "Bool", positional=True),),
                 doc="Hides the element when false (it keeps no space)."),
    ModifierSpec("onTap", (), action=True,
                 doc="Makes the element tappable: runs the action when it is tapped, with the platform's "
                     "press feedback and accessible as a button (on input controls: the action only)."),
    ModifierSpec("onAppear", (), action=True, doc="Runs the action when the element appears."),
    ModifierSpec("onDisappear", (), action=True, doc="Runs the action when the element disappears."),
    ModifierSpec("accessibilityLabel", (P("label", "String", positional=True),),
                 doc="The text screen readers announce."),
]}


@dataclass(frozen=True)
class MemberSpec:
    """A built-in member. `receiver` is a type pattern: "[T]", "String", "Float", "Int".
    `kind`: "property" (no parentheses), "method" (call), "mutating" (action on a list)."""
    name: str                 # IR name (unique per receiver)
    spelling: str             # how it is written in xui
    receiver: str
    kind: Literal["property", "method", "mutating"]
    params: tuple[ParamSpec, ...]
    result: str               # result type pattern ("T", "T?", "[T]", "Int", ...)
    doc: str = ""


MEMBERS: list[MemberSpec] = [
    MemberSpec("count", "count", "[T]", "property", (), "Int", "Number of items."),
    MemberSpec("is_empty", "isEmpty", "[T]", "property", (), "Bool", "True when there are no items."),
    MemberSpec("first", "first", "[T]", "property", (), "T?", "The first item, or nil."),
    MemberSpec("last", "last", "[T]", "property", (), "T?", "The last item, or nil."),
    MemberSpec("contains", "contains", "[T]", "method", (P("value", "T", positional=True),), "Bool",
               "True when an item equals the value (String, Int, Float, Bool, enum items)."),
    MemberSpec("count_where", "count", "[T]", "method", (P("where", "Pred<T>"),), "Int",
               "Number of items for which the predicate (using `it`) holds."),
    MemberSpec("filter", "filter", "[T]", "method", (P("where", "Pred<T>"),), "[T]",
               "The items for which the predicate (using `it`) holds."),
    MemberSpec("any", "any", "[T]", "method", (P("where", "Pred<T>"),), "Bool",
               "True when the predicate holds for some item."),
    MemberSpec("map", "map", "[T]", "method", (P("transform", "Fn<T>", positional=True),), "[U]",
               "Each item transformed by the expression (using `it`)."),
    MemberSpec("append", "append", "[T]", "mutating", (P("value", "T", positional=True),), "Void",
               "Adds an item at the end (actions only)."),
    MemberSpec("insert", "insert", "[T]", "mutating", (P("value", "T", positional=True), P("at", "Int")),
               "Void", "Inserts an item at an index (actions only)."),
    MemberSpec("remove_at", "remove", "[T]", "mutating", (P("at", "Int"),), "Void",
               "Removes the item at an index (actions only)."),
    MemberSpec("remove_where", "removeAll", "[T]", "mutating", (P("where", "Pred<T>"),), "Void",
               "Removes every item for which the predicate holds (actions only)."),
    MemberSpec("clear", "removeAll", "[T]", "mutating", (), "Void", "Removes every item (actions only)."),
    MemberSpec("length", "count", "String", "property", (), "Int", "Number of characters."),
    MemberSpec("str_is_empty", "isEmpty", "String", "property", (), "Bool", "True for \"\"."),
    MemberSpec("uppercased", "uppercased", "String", "method", (), "String", "Upper-case copy."),
    MemberSpec("lowercased", "lowercased", "String", "method", (), "String", "Lower-case copy."),
    MemberSpec("trimmed", "trimmed", "String", "method", (), "String",
               "Copy without leading and trailing white space."),
    MemberSpec("str_contains", "contains", "String", "method", (P("text", "String", positional=True),),
               "Bool", "True when the text occurs in the string."),
    MemberSpec("formatted", "formatted", "Float", "method", (P("decimals", "Int"),), "String",
               "The number with a fixed number of decimals, e.g. `price.formatted(decimals: 2)`."),
    MemberSpec("int_formatted", "formatted", "Int", "method", (), "String", "The number as text."),
]


# What SwiftUI, Compose, ArkUI and React call xui's elements and modifiers, for the hint of an
# unknown one (`VStack` -> use `Column`). Names that differ only in case or by a typo are found by
# the checker's "did you mean" without a table.
ELEMENT_ALIASES: dict[str, str] = {
    "VStack": "Column", "LazyVStack": "Column", "HStack": "Row", "LazyHStack": "Row", "ZStack": "Stack",
    "Box": "Stack", "Flex": "Column", "ScrollView": "Scroll", "LazyColumn": "List", "LazyRow": "List",
    "ListView": "List", "FlatList": "List", "LazyVGrid": "Grid", "LazyVerticalGrid": "Grid",
    "GridView": "Grid", "Label": "Text", "Span": "Text", "TextView": "Text", "TextInput": "TextField",
    "OutlinedTextField": "TextField", "EditText": "TextField", "Switch": "Toggle", "Check": "Checkbox",
    "CheckBox": "Checkbox", "ProgressView": "Progress", "LinearProgressIndicator": "Progress",
    "ProgressBar": "Progress", "SeekBar": "Slider", "Icon": "Image", "AsyncImage": "RemoteImage",
    "NetworkImage": "RemoteImage", "WebImage": "RemoteImage",
    "ImageView": "Image", "HorizontalDivider": "Divider", "Separator": "Divider",
    "Spinner": "Picker", "Select": "Picker", "Dropdown": "Picker", "DropdownMenu": "Picker",
    "ExposedDropdownMenuBox": "Picker", "Menu": "Picker",
}
MODIFIER_ALIASES: dict[str, str] = {
    "foregroundColor": "foreground", "foregroundStyle": "foreground", "fontColor": "foreground",
    "color": "foreground", "textColor": "foreground", "backgroundColor": "background",
    "multilineTextAlignment": "textAlign", "textAlignment": "textAlign", "onTapGesture": "onTap",
    "onClick": "onTap", "clickable": "onTap", "alpha": "opacity", "hidden": "visible",
    "visibility": "visible", "clipShape": "cornerRadius", "clip": "cornerRadius",
    "borderRadius": "cornerRadius", "maxLines": "lineLimit", "bold": "fontWeight",
    "accessibilityDescription": "accessibilityLabel", "contentDescription": "accessibilityLabel",
    "width": "frame", "height": "frame", "size": "frame", "fillMaxWidth": "fillWidth",
    "fillMaxHeight": "fillHeight", "layoutWeight": "weight", "elevation": "shadow",
    "disable": "disabled", "enabled": "disabled", "onDisappearing": "onDisappear",
}


# Names other languages use for built-in members, for "did you mean" hints.
MEMBER_ALIASES: dict[str, dict[str, str]] = {
    "[T]": {"length": "count", "size": "count", "len": "count", "empty": "isEmpty", "push": "append",
            "add": "append", "includes": "contains", "where": "filter", "removeAt": "remove",
            "firstOrNull": "first", "lastOrNull": "last", "some": "any"},
    "String": {"length": "count", "size": "count", "len": "count", "empty": "isEmpty",
               "toUpperCase": "uppercased", "toLowerCase": "lowercased", "trim": "trimmed",
               "includes": "contains", "upper": "uppercased", "lower": "lowercased"},
    "Float": {"toFixed": "formatted", "format": "formatted"},
    "Int": {"toString": "formatted", "format": "formatted"},
}


def member_hint(receiver: str, name: str) -> str | None:
    """'did you mean ...' for an unknown member, using aliases from other languages."""
    import difflib
    spellings = member_spellings(receiver)
    close = difflib.get_close_matches(name, spellings, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    aliases = MEMBER_ALIASES.get(receiver, {})
    close = difflib.get_close_matches(name, list(aliases), n=1, cutoff=0.7)
    if close:
        return f"did you mean '{aliases[close[0]]}'?"
    return None


def members_for(receiver: str, spelling: str) -> list[MemberSpec]:
    return [m for m in MEMBERS if m.receiver == receiver and m.spelling == spelling]


def member_spellings(receiver: str) -> list[str]:
    return sorted({m.spelling for m in MEMBERS if m.receiver == receiver})


MEMBER_BY_NAME: dict[str, MemberSpec] = {m.name: m for m in MEMBERS}

THEME_KINDS: dict[str, str] = {"color": "Color", "space": "Float", "radius": "Float", "size": "Float",
                               "font": "Font"}

TARGETS: tuple[str, ...] = ("arkts", "compose", "swiftui", "react")

# Names xui reserves in every scope.
RESERVED_NAMES = frozenset({"it", "theme", "strings", "navigate", "back", "self", "Font"})

# Type-level names that would shadow a platform global or a name the backends generate
# (theme, strings, navigation support) on some target; models, enums and components may
# not take them (E0109). They are kept identical across targets, so they are refused
# rather than renamed.
RESERVED_TYPE_NAMES = frozenset("""
Math String Object Array Date JSON Number Boolean Promise Map Set Symbol Error RegExp Record Partial
React Fragment Color Modifier View Theme Strings Route Router L10n FontSpec Int Double Float Long
Unit Any Nothing List Text Image Button Column Row
""".split())
