"""React + TypeScript mapping tables: data the lowering in backend.py reads.

"Where does `Row` become a flex `div`?" -> here. One table per concern; the
lowering code looks values up instead of branching on names.
"""

from __future__ import annotations

# xui primitive type -> TypeScript type.
PRIM_TYPES: dict[str, str] = {
    "String": "string",
    "Int": "number",
    "Float": "number",
    "Bool": "boolean",
    "Color": "string",      # a CSS color ("#RRGGBB" / "#RRGGBBAA")
    "Font": "Font",         # interface exported by src/theme.ts
    "Void": "void",
}

# Primitive types whose `useState(init)` infers the right type without a generic.
INFERABLE_STATE: frozenset[str] = frozenset({"String", "Int", "Float", "Bool", "Color"})

# Element -> (JSX tag, base style entries). Styles are React.CSSProperties keys.
ELEMENT_TAGS: dict[str, str] = {
    "Column": "div", "Row": "div", "Stack": "div", "Scroll": "div", "List": "ul", "ForEach": "",
    "Grid": "div", "Text": "span", "Image": "img", "RemoteImage": "img", "Button": "button", "TextField": "input",
    "SecureField": "input", "Toggle": "input", "Checkbox": "input", "Slider": "input",
    "Picker": "select", "Progress": "progress", "Spacer": "div", "Divider": "hr",
}

# Divider: the platform's line (a 1px light gray border), on the side across the container's axis;
# `Divider(color:, thickness:)` replaces that border with one of its own width (px) and color.
DIVIDER_THICKNESS = "1"
DIVIDER_COLOR = "#E0E0E0"
DIVIDER_SIDE: dict[str, str] = {"column": "borderTop", "row": "borderLeft"}
_DIVIDER_LINE = f'"{DIVIDER_THICKNESS}px solid {DIVIDER_COLOR}"'

BASE_STYLES: dict[str, list[tuple[str, str]]] = {
    "Column": [("display", '"flex"'), ("flexDirection", '"column"')],
    "Row": [("display", '"flex"'), ("flexDirection", '"row"')],
    "Stack": [("display", '"grid"')],
    # a Scroll lays its children out like a default Column / Row (centred across)
    "Scroll.vertical": [("display", '"flex"'), ("flexDirection", '"column"'), ("alignItems", '"center"'),
                        ("overflowY", '"auto"')],
    "Scroll.horizontal": [("display", '"flex"'), ("flexDirection", '"row"'), ("alignItems", '"center"'),
                          ("overflowX", '"auto"')],
    "List": [("display", '"flex"'), ("flexDirection", '"column"'), ("listStyle", '"none"'),
             ("margin", "0"), ("padding", "0"), ("overflowY", '"auto"')],
    "Grid": [("display", '"grid"'), ("overflowY", '"auto"')],
    "Spacer": [("flex", "1")],
    "Divider.column": [("alignSelf", '"stretch"'), ("margin", "0"), ("border", '"none"'),
                       (DIVIDER_SIDE["column"], _DIVIDER_LINE)],
    "Divider.row": [("alignSelf", '"stretch"'), ("margin", "0"), ("border", '"none"'),
                    (DIVIDER_SIDE["row"], _DIVIDER_LINE)],
    # a Toggle's label leads and its switch trails, across the width (as on the other targets)
    "Toggle.label": [("display", '"flex"'), ("alignItems", '"center"'), ("justifyContent", '"space-between"'),
                     ("gap", "8")],
    "Checkbox.label": [("display", '"inline-flex"'), ("alignItems", '"center"'), ("gap", "8")],
}

# Elements the backend spells out no fill for: the base styles of Spacer and Divider above take the
# space the catalog says they fill.
FILL_EXEMPT: frozenset[str] = frozenset({"Spacer", "Divider"})
# A container's flex direction -> the catalog's axis name (lowering.fill_axes).
FILL_AXIS: dict[str, str] = {"column": "vertical", "row": "horizontal"}

# Layout axis of each container (for Spacer / Divider / fillWidth / fillHeight in it).
AXIS: dict[str, str] = {"Column": "column", "Row": "row", "List": "column", "Scroll.vertical": "column",
                        "Scroll.horizontal": "row"}

# Built-in enum case -> CSS value, per (enum, CSS use).
H_ALIGN_ITEMS = {"leading": '"flex-start"', "center": '"center"', "trailing": '"flex-end"'}
V_ALIGN_ITEMS = {"top": '"flex-start"', "center": '"center"', "bottom": '"flex-end"'}
# `placeItems: "<block> <inline>"` on the overlay grid.
STACK_PLACE_ITEMS = {
    "topLeading": '"start start"', "top": '"start center"', "topTrailing": '"start end"',
    "leading": '"center start"', "center": '"center"', "trailing": '"center end"',
    "bottomLeading": '"end start"', "bottom": '"end center"', "bottomTrailing": '"end end"',
}
TEXT_ALIGN = {"leading": '"start"', "center": '"center"', "trailing": '"end"'}
FONT_WEIGHTS = {"light": "300", "regular": "400", "medium": "500", "semibold": "600", "bold": "700"}
CONTENT_MODE = {"fit": '"contain"', "fill": '"cover"'}

ENUM_CSS: dict[str, dict[str, str]] = {
    "HAlign": H_ALIGN_ITEMS,
    "VAlign": V_ALIGN_ITEMS,
    "Alignment": STACK_PLACE_ITEMS,
    "TextAlign": TEXT_ALIGN,
    "FontWeight": FONT_WEIGHTS,
    "ContentMode": CONTENT_MODE,
}

# Keyboard -> (<input type>, inputMode or None).
KEYBOARD: dict[str, tuple[str, str | None]] = {
    "text": ("text", None),
    "number": ("text", "numeric"),
    "decimal": ("text", "decimal"),
    "email": ("email", None),
    "phone": ("tel", None),
}

# A multi-line TextField is a <textarea>, which has no type: its keyboard is an inputMode.
TEXTAREA_INPUT_MODES: dict[str, str] = {"number": "numeric", "decimal": "decimal", "email": "email", "phone": "tel"}

# Modifiers that set exactly one CSS property from their one argument.
STYLE_PROPS: dict[str, str] = {
    "background": "backgroundColor",
    "foreground": "color",
    "fontSize": "fontSize",
    "letterSpacing": "letterSpacing",   # a number: px, as for fontSize
    "opacity": "opacity",
    "weight": "flex",
}

# padding / margin argument -> CSS property suffix (logical properties: RTL-aware).
# `.buttonStyle(.case)` (src/buttons.ts): the style entries of each case, spread first into a
# <button>'s style so the element's own modifiers win. The accent is a CSS variable the app may set
# on any ancestor (`--xui-accent`), as the platforms take theirs from the app theme.
BUTTON_STYLES_NAME = "buttonStyles"
BUTTON_ACCENT = '"var(--xui-accent, #0b57d0)"'
# the shape every style shares (spread first in each: the text style's narrower padding wins)
BUTTON_SHAPE: tuple[tuple[str, str], ...] = (("borderStyle", '"none"'), ("borderRadius", "20"),
                                             ("paddingBlock", "10"), ("paddingInline", "24"),
                                             ("font", '"inherit"'), ("fontWeight", "500"), ("cursor", '"pointer"'))
BUTTON_STYLES: dict[str, tuple[tuple[str, str], ...]] = {
    "filled": (("backgroundColor", BUTTON_ACCENT), ("color", '"#ffffff"')),
    "tonal": (("backgroundColor", '"color-mix(in srgb, var(--xui-accent, #0b57d0) 14%, transparent)"'),
              ("color", BUTTON_ACCENT)),
    "text": (("backgroundColor", '"transparent"'), ("color", BUTTON_ACCENT), ("paddingInline", "12")),
}
BUTTON_DISABLED_OPACITY = "0.38"      # Material's disabled content; the platforms dim a disabled button

EDGE_SUFFIX: dict[str, str] = {
    "all": "", "horizontal": "Inline", "vertical": "Block", "top": "Top", "bottom": "Bottom",
    "leading": "InlineStart", "trailing": "InlineEnd",
}

# JSX attributes in the order they are written; others follow. "tappable" is the spread
# {...tappable(action)} (src/tappable.ts), written before the attributes it could meet.
ATTR_ORDER: tuple[str, ...] = ("key", "tappable", "type", "role", "src", "alt", "value", "checked", "readOnly", "min", "max",
                               "step", "placeholder", "inputMode", "enterKeyHint", "onChange", "onClick", "disabled",
                               "inert", "aria-label")

# A tinted Image (<span> grid: invisible <img> + tintLayer() <span>): the attributes that stay on
# the <img> (the rest go on the <span>), and the style entries (the frame) the <img> gets as well
# as the <span>, so that a container neither stretches the span past the image nor drops a min /
# max (except the side a Row / Column flexes: there the <img> stretches with the span).
IMAGE_ATTRS: tuple[str, ...] = ("src", "alt", "aria-label")
IMAGE_SIZE: frozenset[str] = frozenset({"width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight"})

# `.placeholderColor` (src/placeholder.tsx): CSS cannot style ::placeholder inline, so the input
# gets a class and its color as a CSS variable (a style spread), and renders beside it the <style>
# element holding the one ::placeholder rule (hoisted into <head> and deduplicated by React 19).
PLACEHOLDER_CLASS = "placeholderClass"              # the class name constant
PLACEHOLDER_COLOR = "placeholderColor"              # (color) => the CSS variable, as CSSProperties
PLACEHOLDER_STYLESHEET = "placeholderStylesheet"    # the <style> element
PLACEHOLDER_IMPORTS: tuple[str, ...] = (PLACEHOLDER_CLASS, PLACEHOLDER_COLOR, PLACEHOLDER_STYLESHEET)

# Elements that take the HTML `disabled` attribute (others become `inert`).
FORM_ELEMENTS: frozenset[str] = frozenset({"Button", "TextField", "SecureField", "Toggle", "Checkbox",
                                           "Slider", "Picker"})

# Binary operator -> (TypeScript operator, precedence). Higher binds tighter.
BINARY_OPS: dict[str, tuple[str, int]] = {
    "*": ("*", 13), "/": ("/", 13), "%": ("%", 13),
    "+": ("+", 12), "-": ("-", 12),
    "<": ("<", 10), ">": (">", 10), "<=": ("<=", 10), ">=": (">=", 10),
    "==": ("===", 9), "!=": ("!==", 9),
    "&&": ("&&", 5), "||": ("||", 4), "??": ("??", 3),
}

# Built-in members: IR member name -> template ({r} receiver, {a0} first argument).
MEMBERS: dict[str, str] = {
    "count": "{r}.length",
    "is_empty": "{r}.length === 0",
    "first": "{r}[0] ?? null",
    "last": "{r}.slice(-1)[0] ?? null",
    "contains": "{r}.includes({a0})",
    "count_where": "{r}.filter({a0}).length",
    "filter": "{r}.filter({a0})",
    "any": "{r}.some({a0})",
    "map": "{r}.map({a0})",
    "length": "{r}.length",
    "str_is_empty": "{r}.length === 0",
    "uppercased": "{r}.toUpperCase()",
    "lowercased": "{r}.toLowerCase()",
    "trimmed": "{r}.trim()",
    "str_contains": "{r}.includes({a0})",
    "formatted": "{r}.toFixed({a0})",
    "int_formatted": "String({r})",
}
# Precedence of each member template's result (20: a member access / call).
# `list.first` / `list.last` where undefined serves as nil (the left of `??`, the object of `?.`, a
# comparison with nil): without the `?? null` that turns undefined into xui's nil (null) elsewhere
# (tsc rejects `(x ?? null) ?? d` as always nullish).
MEMBERS_BARE: dict[str, str] = {
    "first": "{r}[0]",
    "last": "{r}.slice(-1)[0]",
}
MEMBER_PREC: dict[str, int] = {"is_empty": 9, "str_is_empty": 9, "first": 3, "last": 3}

ELEMENTS: dict[str, str] = {
    "Column": "Column -> <div> flex column (gap, alignItems)",
    "Row": "Row -> <div> flex row (gap, alignItems)",
    "Stack": "Stack -> <div> display grid, every child in cell 1 / 1 (placeItems)",
    "Scroll": "Scroll -> <div> flex with overflowY / overflowX: auto",
    "List": "List -> <ul> (listStyle none, overflow auto) + items.map(item => <li key={item.key}>)",
    "ForEach": "ForEach -> items.map(item => child with key={item.key} or <Fragment key>)",
    "Grid": "Grid -> <div> display grid, gridTemplateColumns repeat(n, minmax(0, 1fr)), keyed cells",
    "Text": "Text -> <span>",
    "Image": "Image -> <img src={imageUrl(name)} alt={description}> (objectFit), src/assets.ts",
    "Button": 'Button -> <button type="button" onClick>',
    "TextField": "TextField -> controlled <input value onChange> (type / inputMode from keyboard); lines > 1: "
                 "<textarea rows={n}> (inputMode from keyboard)",
    "SecureField": 'SecureField -> controlled <input type="password">',
    "Toggle": 'Toggle -> <input type="checkbox" role="switch" checked onChange> after the text in a flex '
              '<label> spread across the width (the text modifiers style a <span> around the label text)',
    "Checkbox": 'Checkbox -> <input type="checkbox" checked onChange> in a <label> (the text modifiers '
                'style a <span> around the label text)',
    "Slider": 'Slider -> <input type="range" min max step value onChange>',
    "RemoteImage": "RemoteImage -> <img src={url} alt> with objectFit (fill: a translucent grey background as "
                   "the placeholder)",
    "Picker": 'Picker -> <select value={index} onChange> of <option value={i}> (options.map for a computed '
              'list); label: aria-label',
    "Progress": "Progress -> <progress value max={1}> (indeterminate without value)",
    "Spacer": "Spacer -> <div style={{ flex: 1 }} />",
    "Divider": "Divider -> <hr> styled as a 1px line across the container axis; with color / thickness its "
               "border on that side (borderTop in a Column, borderLeft in a Row) is \"<thickness>px solid <color>\"",
}

MODIFIERS: dict[str, str] = {
    "padding": "padding -> padding / paddingInline / paddingBlock / paddingTop / paddingInlineStart ...",
    "margin": "margin -> margin / marginInline / marginBlock / marginTop / marginInlineStart ...",
    "frame": "frame -> width / height / minWidth / maxWidth / minHeight / maxHeight",
    "fillWidth": "fillWidth -> flexGrow: 1 in a Row, alignSelf: stretch in a Column, else width 100% (also "
                 "on containers holding a fill)",
    "fillHeight": "fillHeight -> flexGrow: 1 in a Column, alignSelf: stretch in a Row, else height 100% (also "
                  "on containers holding a fill)",
    "weight": "weight -> flex: n",
    "background": "background -> backgroundColor",
    "foreground": "foreground -> color",
    "font": "font -> fontSize + fontWeight (spread of a theme Font)",
    "fontSize": "fontSize -> fontSize",
    "fontWeight": "fontWeight -> fontWeight: 300/400/500/600/700",
    "letterSpacing": "letterSpacing -> letterSpacing (px)",
    "lineSpacing": "lineSpacing -> lineHeight: calc(1.2em + n px) (the font's natural line height taken as 1.2em)",
    "italic": "italic -> fontStyle: \"italic\"",
    "textAlign": "textAlign -> textAlign: start / center / end",
    "lineLimit": "lineLimit -> ellipsis (1) or -webkit-line-clamp",
    "selectable": "selectable -> userSelect: \"text\"",
    "submitLabel": "submitLabel -> enterKeyHint attribute on the <input> (done / next / go / search / send)",
    "placeholderColor": "placeholderColor -> className={placeholderClass} + style={placeholderColor(c)} (the CSS "
                        "variable --xui-placeholder-color) on the input, and beside it {placeholderStylesheet}: a "
                        "React 19 style element (href + precedence: hoisted into the head, one copy) with the rule "
                        ".xui-placeholder::placeholder { color: var(--xui-placeholder-color) } (src/placeholder.tsx; "
                        "nothing without a placeholder)",
    "buttonStyle": "buttonStyle -> ...buttonStyles.filled / .tonal / .text (src/buttons.ts) first in the "
                   "<button>'s style, so the element's other modifiers override it: .filled an accent-colored "
                   "pill with white text, .tonal a pill tinted with the accent, .text the accent-colored label "
                   "alone; a disabled one is dimmed (opacity 0.38). The accent is the CSS variable --xui-accent "
                   "(default #0b57d0)",
    "cornerRadius": "cornerRadius -> borderRadius + overflow hidden",
    "border": "border -> borderWidth / borderStyle solid / borderColor / borderRadius",
    "shadow": "shadow -> boxShadow: \"0 0 <radius>px <color>\" (color default #00000033)",
    "tint": "tint -> <span> grid: the <img> at opacity 0 (size, alt) + <span aria-hidden "
            "style={tintLayer(name, color)}> over it: backgroundColor masked by the image "
            "(mask / -webkit-mask, contain or cover by contentMode; src/assets.ts); Toggle / Checkbox / "
            "Slider / Progress: accentColor; Button: backgroundColor (filled or unstyled), color (text), "
            "color + backgroundColor color-mix(in srgb, c 14%, transparent) (tonal)",
    "opacity": "opacity -> opacity",
    "disabled": "disabled -> disabled attribute on form elements, inert elsewhere",
    "visible": "visible -> conditional rendering {cond && <X />}",
    "onTap": "onTap -> {...tappable(() => ...)} (src/tappable.ts: role=\"button\", tabIndex 0, onClick, "
             "Enter / Space keys) + cursor: \"pointer\"; onClick on input controls (<button>, <input>)",
    "onAppear": "onAppear -> useEffect(() => {...}, []) in the component; E0401 on an element "
                "rendered conditionally or per item (hooks cannot be conditional)",
    "onDisappear": "onDisappear -> the cleanup of that useEffect; E0401 like onAppear",
    "accessibilityLabel": "accessibilityLabel -> aria-label",
}

NODES: dict[str, str] = {
    # expressions
    "literal": 'literal -> TS literal ("..." JSON-escaped, numbers, true/false, null, "#RRGGBB")',
    "interpolation": "interpolation -> template literal `...${e}...`",
    "ref": "ref -> identifier (ident()), state value / prop / local",
    "field": "field -> obj.field",
    "index": "index -> list[i]",
    "enum_case": 'enum_case -> string literal "case" (enums are string-literal unions)',
    "theme": "theme -> theme.token (src/theme.ts)",
    "string_key": "string_key -> strings.key (const strings = useStrings())",
    "unary": "unary -> !x / -x",
    "binary": "binary -> TS operator (== -> ===, Int / -> Math.trunc(a / b))",
    "conditional": "conditional -> c ? a : b",
    "model_init": "model_init -> object literal { field: value, ... }",
    "font": "font -> { fontSize, fontWeight }",
    "list": "list -> [a, b]",
    "predicate": "predicate -> (it) => body",
    "member_call": "member_call -> Array / String methods (length, filter, some, map, toFixed ...)",
    "int_to_float": "int_to_float -> no-op (number)",
    "to_string": "to_string -> String(x) (${x} inside template literals)",
    "binding": "binding -> value + setter pair (value={x} onChange=setX / x={x} setX={setX})",
    "lambda": "lambda -> arrow function",
    # actions
    "assign": "assign -> setX(v) / setX((x) => copy-on-write update via spread and map)",
    "append": "append -> setX((x) => [...x, v])",
    "insert": "insert -> setX((x) => [...x.slice(0, i), v, ...x.slice(i)])",
    "remove_at": "remove_at -> setX((x) => x.filter((_, index) => index !== i))",
    "remove_where": "remove_where -> setX((x) => x.filter((it) => !pred))",
    "clear": "clear -> setX([])",
    "call": "call -> callback(args)",
    "navigate": 'navigate -> navigation.push({ screen: "X", props: {...} }) (src/navigation.ts)',
    "back": "back -> navigation.back()",
    "if": "if -> if / else if / else (actions); {c && ...} / c ? ... : ... (views)",
    "let": "let -> const name = value",
    "native": "native -> the `react` code verbatim (E0401 when missing)",
    # views
    "element": "element -> JSX intrinsic element (see ELEMENTS)",
    "component": "component -> <Component prop={...} /> (binding params as value + setter props)",
}

# Catalog entries React cannot express at all. Two other uses are reported (E0401) where they
# occur: a `native` block without a `react` entry, and onAppear / onDisappear on an element that
# is rendered conditionally or per list item (React hooks cannot be conditional).
UNSUPPORTED: dict[str, str] = {}

# Reserved words of TypeScript in a module (strict mode) and React's special props.
# `ident()` renames all of them except those in LOCAL_RENAMES (missing from the shared list).
RESERVED: frozenset[str] = frozenset("""
break case catch class const continue debugger default delete do else enum export extends false
finally for function if import in instanceof new null return super switch this throw true try
typeof var void while with implements interface let package private protected public static
yield await arguments eval
key ref children
""".split())

# Strict-mode reserved words that xui.lowering.RESERVED_ANY_TARGET does not rename yet:
# renamed here the same way (`name_`) until the shared list has them.
LOCAL_RENAMES: frozenset[str] = frozenset({"implements", "eval"}) | frozenset({
    # module-level names that generated component files import: a user's member of the same
    # name would shadow the import (`const [imageUrl] = useState(...)`, then `imageUrl("star")`)
    "useState", "useEffect", "Fragment", "CSSProperties", "imageUrl", "tintLayer", "useNavigation",
    "useStrings", "tappable", *PLACEHOLDER_IMPORTS, BUTTON_STYLES_NAME,
})
