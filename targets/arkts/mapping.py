"""ArkTS / ArkUI mapping tables (data only; backend.py reads them).

One table per concern: xui types, built-in enum cases, member calls, element and
modifier descriptions (for `xui targets`), locale directory names, and the
ArkUI component names a user struct may not take.
"""

from __future__ import annotations

import re

# xui primitive type -> ArkTS type
PRIM_TYPES: dict[str, str] = {
    "String": "string",
    "Int": "number",
    "Float": "number",
    "Bool": "boolean",
    "Color": "ResourceColor",
    "Font": "FontSpec",          # declared in common/Theme.ets
    "Void": "void",
}

# Built-in (catalog) enum -> ArkTS type, and case -> ArkTS expression.
BUILTIN_ENUM_TYPES: dict[str, str] = {
    "HAlign": "HorizontalAlign",
    "VAlign": "VerticalAlign",
    "Alignment": "Alignment",
    "FontWeight": "FontWeight | number",
    "TextAlign": "TextAlign",
    "Axis": "Axis",
    "Keyboard": "InputType",
    "ContentMode": "ImageFit",
    "SubmitLabel": "EnterKeyType",
    "ButtonStyle": "ButtonStyleMode",
}

# A multi-line TextField is a TextArea, whose keyboard types are TextAreaType (no `.text` entry: the default)
TEXT_AREA_TYPES: dict[str, str] = {"number": "TextAreaType.NUMBER", "decimal": "TextAreaType.NUMBER_DECIMAL",
                                   "email": "TextAreaType.EMAIL", "phone": "TextAreaType.PHONE_NUMBER"}

BUILTIN_ENUM_CASES: dict[str, dict[str, str]] = {
    "HAlign": {"leading": "HorizontalAlign.Start", "center": "HorizontalAlign.Center",
               "trailing": "HorizontalAlign.End"},
    "VAlign": {"top": "VerticalAlign.Top", "center": "VerticalAlign.Center", "bottom": "VerticalAlign.Bottom"},
    "Alignment": {"topLeading": "Alignment.TopStart", "top": "Alignment.Top", "topTrailing": "Alignment.TopEnd",
                  "leading": "Alignment.Start", "center": "Alignment.Center", "trailing": "Alignment.End",
                  "bottomLeading": "Alignment.BottomStart", "bottom": "Alignment.Bottom",
                  "bottomTrailing": "Alignment.BottomEnd"},
    # ArkUI's FontWeight enum has no light or semibold (Lighter is relative to the inherited weight):
    # the numeric weights 300 and 600 are accepted everywhere (100...900).
    "FontWeight": {"light": "300", "regular": "FontWeight.Regular", "medium": "FontWeight.Medium",
                   "semibold": "600", "bold": "FontWeight.Bold"},
    "TextAlign": {"leading": "TextAlign.Start", "center": "TextAlign.Center", "trailing": "TextAlign.End"},
    "Axis": {"vertical": "Axis.Vertical", "horizontal": "Axis.Horizontal"},
    "Keyboard": {"text": "InputType.Normal", "number": "InputType.Number", "decimal": "InputType.NUMBER_DECIMAL",
                 "email": "InputType.Email", "phone": "InputType.PhoneNumber"},
    "ContentMode": {"fit": "ImageFit.Contain", "fill": "ImageFit.Cover"},
    "SubmitLabel": {"done": "EnterKeyType.Done", "next": "EnterKeyType.Next", "go": "EnterKeyType.Go",
                    "search": "EnterKeyType.Search", "send": "EnterKeyType.Send"},
    "ButtonStyle": {"filled": "ButtonStyleMode.EMPHASIZED", "tonal": "ButtonStyleMode.NORMAL",
                    "text": "ButtonStyleMode.TEXTUAL"},
}

# Catalog member -> template. {r} receiver (postfix position), {0}.. arguments.
MEMBERS: dict[str, str] = {
    "count": "{r}.length",
    "is_empty": "{r}.length === 0",
    "first": "{r}.length > 0 ? {r}[0] : undefined",
    "last": "{r}.length > 0 ? {r}[{r}.length - 1] : undefined",
    "contains": "{r}.includes({0})",
    "count_where": "{r}.filter({0}).length",
    "filter": "{r}.filter({0})",
    "any": "{r}.some({0})",
    "map": "{r}.map({0})",
    "length": "{r}.length",
    "str_is_empty": "{r}.length === 0",
    "uppercased": "{r}.toUpperCase()",
    "lowercased": "{r}.toLowerCase()",
    "trimmed": "{r}.trim()",
    "str_contains": "{r}.includes({0})",
    "formatted": "{r}.toFixed({0})",
    "int_formatted": "{r}.toString()",
}
# Members whose result is a comparison or conditional (need parentheses when nested).
# `list.first ?? d` / `list.last ?? d` on a list of non-optional values: the default in place of
# `undefined` ({d} the default), not a conditional that yields undefined and then a `??`.
MEMBERS_OR: dict[str, str] = {
    "first": "{r}.length > 0 ? {r}[0] : {d}",
    "last": "{r}.length > 0 ? {r}[{r}.length - 1] : {d}",
}
MEMBER_PREC: dict[str, int] = {"is_empty": 9, "str_is_empty": 9, "first": 2, "last": 2}

# Catalog element -> how ArkUI expresses it (printed by `xui targets`).
ELEMENTS: dict[str, str] = {
    "Column": "Column({ space }) + .alignItems(HorizontalAlign)",
    "Row": "Row({ space }) + .alignItems(VerticalAlign)",
    "Stack": "Stack({ alignContent: Alignment })",
    "Scroll": "Scroll() { Column()/Row() } + .scrollable(ScrollDirection)",
    "List": "List({ space }) { ForEach(items, (item: T, index: number) => { ListItem() {...} }, keyFn) }",
    "ForEach": "ForEach(items, (item: T, index: number) => {...}, (item: T) => key)",
    "Grid": "Grid() { ForEach(... GridItem() {...}) } + .columnsTemplate('1fr 1fr').columnsGap().rowsGap()",
    "Text": "Text(str)",
    "Image": "Image($r('app.media.name')) / resourceManager.getDrawableDescriptorByName(name) + .objectFit()",
    "Button": "Button(label) / Button() { child } + .onClick()",
    "TextField": "TextInput({ text, placeholder }) + .type(InputType) + .onChange(); lines > 1: TextArea + "
                 ".maxLines(n) + .type(TextAreaType)",
    "SecureField": "TextInput({ text, placeholder }) + .type(InputType.Password) + .onChange()",
    "Toggle": "Toggle({ type: ToggleType.Switch, isOn }) + .onChange(); label as Row { Text Toggle } "
              "(the text modifiers style the Text)",
    "Checkbox": "Checkbox() + .select() + .onChange(); label as Row { Checkbox Text } "
                "(the text modifiers style the Text)",
    "Slider": "Slider({ value, min, max, step }) + .onChange()",
    "RemoteImage": "Image(url) + .objectFit() (fill: a translucent grey .backgroundColor as the placeholder) "
                   "(ohos.permission.INTERNET); description: .accessibilityText()",
    "Picker": "Select(options as SelectOption[]) + .selected(index) + .value(the chosen option) + "
              ".onSelect(); label: .accessibilityText()",
    "Progress": "Progress({ value, total: 1, type: ProgressType.Linear }) / LoadingProgress()",
    "Spacer": "Blank()",
    "Divider": "Divider(); with color / thickness: + .vertical(true) in a Row, .color(c), .strokeWidth(vp)",
}

MODIFIERS: dict[str, str] = {
    "padding": ".padding(n) / .padding({ top, right, bottom, left })",
    "margin": ".margin(n) / .margin({ top, right, bottom, left })",
    "frame": ".width(w).height(h) + .constraintSize({ minWidth, maxWidth, minHeight, maxHeight })",
    "fillWidth": ".layoutWeight(1) in a Row, else .width('100%') (also on containers holding a fill)",
    "fillHeight": ".layoutWeight(1) in a Column, else .height('100%') (also on containers holding a fill)",
    "weight": ".layoutWeight(n)",
    "background": ".backgroundColor(c)",
    "foreground": ".fontColor(c)",
    "font": ".fontSize(f.size).fontWeight(f.weight)",
    "fontSize": ".fontSize(n)",
    "fontWeight": ".fontWeight(FontWeight.X)",
    "italic": ".fontStyle(FontStyle.Italic)",
    "lineSpacing": ".lineSpacing(LengthMetrics.vp(n)) (LengthMetrics from @kit.ArkUI)",
    "letterSpacing": ".letterSpacing(n) (Text, TextInput, a Toggle / Checkbox label); not on a Button: "
                     "ButtonAttribute and its LabelStyle have no letter spacing (E0401, use a block with a Text)",
    "textAlign": ".textAlign(TextAlign.X)",
    "lineLimit": ".maxLines(n).textOverflow({ overflow: TextOverflow.Ellipsis })",
    "selectable": ".copyOption(CopyOptions.LocalDevice)",
    "submitLabel": ".enterKeyType(EnterKeyType.X) (TextInput)",
    "buttonStyle": ".buttonStyle(ButtonStyleMode.EMPHASIZED / NORMAL / TEXTUAL) (API 11)",
    "placeholderColor": ".placeholderColor(c) (TextInput)",
    "cornerRadius": ".borderRadius(r).clip(true) (a Button: of type ButtonType.Normal, as a Capsule ignores it)",
    "border": ".border({ width, color, radius })",
    "shadow": ".shadow({ radius, color }) (color default '#33000000')",
    "tint": "Toggle / Checkbox / Slider: .selectedColor(c); Progress / LoadingProgress: .color(c); Button: "
            ".backgroundColor(c) (filled, the default) or .fontColor(c) (tonal, text); Image: "
            ".colorFilter(tintFilter(c)): drawing.ColorFilter.createBlendModeColorFilter(c, BlendMode.SRC_IN) "
            "(common/Tint.ets; fillColor would only recolor SVG sources)",
    "opacity": ".opacity(v)",
    "disabled": ".enabled(!v)",
    "visible": ".visibility(v ? Visibility.Visible : Visibility.None)",
    "onTap": ".onClick(() => {...}) + .clickEffect({ level: ClickEffectLevel.MIDDLE }) (the system press "
             "feedback: a spring scale to 0.95, the level for rows and cards); .onClick only on input controls",
    "onAppear": ".onAppear(() => {...})",
    "onDisappear": ".onDisAppear(() => {...})",
    "accessibilityLabel": ".accessibilityText(s)",
}

# Text modifiers a Button's label cannot take (E0401): ButtonAttribute and its LabelStyle have no
# text alignment and no letter spacing. A Button with a block takes them on the block's Text.
NOT_ON_BUTTON_LABEL: frozenset[str] = frozenset({"textAlign", "letterSpacing"})

# The press feedback of a tappable element (`.onTap`): ArkUI's click rebound. MIDDLE (scale 0.95) is
# the level for medium areas such as list rows and cards (LIGHT, 0.90, is for small controls).
TAP_CLICK_EFFECT = "{ level: ClickEffectLevel.MIDDLE }"

NODES: dict[str, str] = {
    # expressions
    "literal": "'single-quoted' strings, numbers, true/false, undefined, colors as '#AARRGGBB'",
    "interpolation": "`template ${literal}` (backtick, backslash and ${ escaped)",
    "ref": "this.name for state/param/let, plain name for items, indexes, locals",
    "field": "obj.field",
    "index": "list[i]",
    "enum_case": "Enum.case (string enums) / ArkUI enum for catalog enums",
    "theme": "Theme.token (static readonly in common/Theme.ets)",
    "string_key": "$r('app.string.key'); getStringSync(...) where a string is needed",
    "unary": "!x / -x",
    "binary": "=== / !== for ==, Math.trunc(a / b) for Int division, ?? kept",
    "conditional": "c ? a : b",
    "model_init": "new Model(field, ...)",
    "font": "new FontSpec(size, weight)",
    "list": "[a, b]",
    "predicate": "(it: T) => body",
    "member_call": "length / includes / filter / some / map / toFixed ...",
    "int_to_float": "implicit (number)",
    "to_string": "${x} inside templates, x.toString() elsewhere",
    "binding": "this.x passed to an @Link member, or value + onChange for inputs",
    "lambda": "(p: T) => { ... } arrow function",
    # actions
    "assign": "this.x = v; paths as copy-on-write (withField() / map)",
    "append": "this.xs.push(v) (observed by @State arrays)",
    "insert": "this.xs.splice(i, 0, v)",
    "remove_at": "this.xs.splice(i, 1)",
    "remove_where": "this.xs = this.xs.filter((it: T) => !(p))",
    "clear": "this.xs = []",
    "call": "this.callback(args)",
    "navigate": "this.getUIContext().getRouter().pushUrl({ url: 'pages/X', params: new XParams(...) })",
    "back": "this.getUIContext().getRouter().back()",
    "if": "if / else if / else",
    "let": "const name: T = value;",
    "native": "the `arkts` code verbatim",
    # views
    "element": "the ArkUI component from ELEMENTS",
    "component": "Child({ param: value, ... }) (@Prop / @Link / function members)",
}

UNSUPPORTED: dict[str, str] = {
    "native without arkts code": "a native block/action that has no `arkts:` entry cannot be expressed",
    "Scroll with a computed axis": "ArkUI needs to know at compile time whether the content is a Column or a Row",
    "navigate with a callback argument": "router params are serialised data; functions cannot be passed",
    "modifiers on ForEach": "ArkUI's ForEach is a syntax component and takes no attributes",
}

# ArkTS / ArkUI words a user identifier must not take (ident() already renames most).
RESERVED: frozenset[str] = frozenset("""
abstract any as async await boolean break case catch class const constructor continue debugger declare
default delete do else enum export extends false finally for from function get if implements import in
instanceof interface is keyof let module namespace never new null number object of package private
protected public readonly require return set static string struct super switch symbol this throw true try
type typeof undefined unknown var void while with yield
build aboutToAppear aboutToDisappear onPageShow onPageHide onBackPress pageTransition
""".split())

# Words the shared `ident()` does not rename but ArkTS cannot take as a local / parameter
# name (strict-mode reserved). Renamed here the same way (`name_`); reported upstream.
EXTRA_RENAME: frozenset[str] = frozenset({"implements"})

# ArkUI component / decorator names a user struct cannot take (TS28006 "reserved tag name").
# A clashing xui component `X` becomes struct `XView` (file XView.ets); deterministic and documented.
ARKUI_COMPONENTS: frozenset[str] = frozenset("""
AlphabetIndexer Badge Blank Button Calendar CalendarPicker Canvas Checkbox CheckboxGroup Circle Column
ColumnSplit Component3D ContainerSpan ContentSlot Counter DataPanel DatePicker Divider EmbeddedComponent
Ellipse Flex FlowItem FolderStack ForEach FormComponent FormLink Gauge Grid GridCol GridContainer GridItem
GridRow Hyperlink Image ImageAnimator ImageSpan LazyForEach Line List ListItem ListItemGroup LoadingProgress
LocationButton Marquee Menu MenuItem MenuItemGroup NavDestination NavRouter Navigation Navigator
NodeContainer Panel PasteButton Path PatternLock Polygon Polyline Progress QRCode Radio Rating Rect
Refresh RelativeContainer Repeat RichEditor RichText Row RowSplit SaveButton Scroll ScrollBar Search Select
Shape SideBarContainer Slider Span Stack Stepper StepperItem Swiper SymbolGlyph SymbolSpan TabContent Tabs
Text TextArea TextClock TextInput TextPicker TextTimer TimePicker Toggle Video Web WaterFlow WithTheme
XComponent Particle UIExtensionComponent
Entry Component ComponentV2 State Prop Link Observed Builder Theme FontSpec
""".split())

# xui locale -> HarmonyOS resource qualifier directory (fallback: '-' -> '_').
LOCALE_DIRS: dict[str, str] = {
    "zh-Hans": "zh_CN",
    "zh-Hant": "zh_TW",
    "zh-Hans-CN": "zh_CN",
    "zh-Hant-TW": "zh_TW",
    "zh-Hant-HK": "zh_HK",
}


# Elements the backend spells out no fill for: Blank and Divider take the space the catalog says
# they fill by themselves (along / across their container).
FILL_EXEMPT: frozenset[str] = frozenset({"Spacer", "Divider"})
# A container's layout axis -> the catalog's axis name (lowering.fill_axes).
FILL_AXIS: dict[str, str] = {"column": "vertical", "row": "horizontal"}

# System kit symbols the generated code imports (unit.uses entries "<kit>:<name>").
KIT_SYMBOLS: dict[str, str] = {"LengthMetrics": "@kit.ArkUI:LengthMetrics"}

# `.tint` on a control -> its accent attribute (Toggle and Checkbox take .selectedColor on the control,
# inside a label's Row too).
TINT_ATTRIBUTE: dict[str, str] = {"Slider": "selectedColor", "Progress": "color"}
# The options of a Button with `.cornerRadius`: a Capsule button (the default) ignores borderRadius.
BUTTON_ROUNDED_OPTIONS = "{ type: ButtonType.Normal }"
# `.tint` on a Button, by its `.buttonStyle` (none: the EMPHASIZED default, filled)
BUTTON_TINT_ATTRIBUTE: dict[str, str] = {"filled": "backgroundColor", "tonal": "fontColor", "text": "fontColor"}

# An event handler attribute (`.onClick(...)`, `.onChange(...)`, `.onAppear(...)`): written after the
# attributes that set the look (the attribute order of ArkUI code; ArkUI applies them in any order).
EVENT_ATTRIBUTE = re.compile(r"\.on[A-Z]\w*\(")
