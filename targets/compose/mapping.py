"""Jetpack Compose mapping tables: data the lowering in backend.py reads.

One table per concern (types, imports, built-in enums, members, modifier order),
so "where does `Row` become `Row(horizontalArrangement = ...)`?" has one answer.
"""

from __future__ import annotations

# xui primitive type -> Kotlin type.
PRIM_TYPES: dict[str, str] = {
    "String": "String",
    "Int": "Int",
    "Float": "Double",
    "Bool": "Boolean",
    "Color": "Color",
    "Font": "TextStyle",
    "Void": "Unit",
}

# Built-in catalog enums: type -> Kotlin type, and case -> Kotlin expression.
BUILTIN_ENUM_TYPES: dict[str, str] = {
    "HAlign": "Alignment.Horizontal",
    "VAlign": "Alignment.Vertical",
    "Alignment": "Alignment",
    "FontWeight": "FontWeight",
    "TextAlign": "TextAlign",
    "Axis": "Orientation",
    "Keyboard": "KeyboardType",
    "ContentMode": "ContentScale",
    "SubmitLabel": "ImeAction",
    "ButtonStyle": "",      # never a value: `.buttonStyle(.case)` picks the composable (BUTTON_COMPOSABLES)
}

BUILTIN_ENUM_CASES: dict[str, dict[str, str]] = {
    "HAlign": {"leading": "Alignment.Start", "center": "Alignment.CenterHorizontally",
               "trailing": "Alignment.End"},
    "VAlign": {"top": "Alignment.Top", "center": "Alignment.CenterVertically", "bottom": "Alignment.Bottom"},
    "Alignment": {"topLeading": "Alignment.TopStart", "top": "Alignment.TopCenter",
                  "topTrailing": "Alignment.TopEnd", "leading": "Alignment.CenterStart",
                  "center": "Alignment.Center", "trailing": "Alignment.CenterEnd",
                  "bottomLeading": "Alignment.BottomStart", "bottom": "Alignment.BottomCenter",
                  "bottomTrailing": "Alignment.BottomEnd"},
    "FontWeight": {"light": "FontWeight.Light", "regular": "FontWeight.Normal", "medium": "FontWeight.Medium",
                   "semibold": "FontWeight.SemiBold", "bold": "FontWeight.Bold"},
    "TextAlign": {"leading": "TextAlign.Start", "center": "TextAlign.Center", "trailing": "TextAlign.End"},
    "Axis": {"vertical": "Orientation.Vertical", "horizontal": "Orientation.Horizontal"},
    "Keyboard": {"text": "KeyboardType.Text", "number": "KeyboardType.Number",
                 "decimal": "KeyboardType.Decimal", "email": "KeyboardType.Email",
                 "phone": "KeyboardType.Phone"},
    "ContentMode": {"fit": "ContentScale.Fit", "fill": "ContentScale.Crop"},
    "SubmitLabel": {"done": "ImeAction.Done", "next": "ImeAction.Next", "go": "ImeAction.Go",
                    "search": "ImeAction.Search", "send": "ImeAction.Send"},
    "ButtonStyle": {"filled": "Button", "tonal": "FilledTonalButton", "text": "TextButton"},
}
# `.buttonStyle(.case)` -> the Material 3 button composable (same parameters as Button)
BUTTON_COMPOSABLES: dict[str, str] = BUILTIN_ENUM_CASES["ButtonStyle"]

# Elements whose catalog `fills` Compose spells out (the others fill by themselves: Slider, the
# dividers, a labelled Switch's Row): TextField's default width is 280 dp.
SPELLED_FILLS: frozenset[str] = frozenset({"TextField", "SecureField"})

# Simple name used in generated code -> fully qualified import.
IMPORTS: dict[str, str] = {
    # runtime
    "Composable": "androidx.compose.runtime.Composable",
    "remember": "androidx.compose.runtime.remember",
    "rememberSaveable": "androidx.compose.runtime.saveable.rememberSaveable",
    "mutableStateOf": "androidx.compose.runtime.mutableStateOf",
    "mutableIntStateOf": "androidx.compose.runtime.mutableIntStateOf",
    "mutableDoubleStateOf": "androidx.compose.runtime.mutableDoubleStateOf",
    "mutableStateListOf": "androidx.compose.runtime.mutableStateListOf",
    "getValue": "androidx.compose.runtime.getValue",
    "setValue": "androidx.compose.runtime.setValue",
    "LaunchedEffect": "androidx.compose.runtime.LaunchedEffect",
    "DisposableEffect": "androidx.compose.runtime.DisposableEffect",
    "key": "androidx.compose.runtime.key",
    "staticCompositionLocalOf": "androidx.compose.runtime.staticCompositionLocalOf",
    "Immutable": "androidx.compose.runtime.Immutable",
    "isSystemInDarkTheme": "androidx.compose.foundation.isSystemInDarkTheme",
    "CompositionLocalProvider": "androidx.compose.runtime.CompositionLocalProvider",
    # layout
    "Column": "androidx.compose.foundation.layout.Column",
    "Row": "androidx.compose.foundation.layout.Row",
    "Box": "androidx.compose.foundation.layout.Box",
    "Spacer": "androidx.compose.foundation.layout.Spacer",
    "Arrangement": "androidx.compose.foundation.layout.Arrangement",
    "padding": "androidx.compose.foundation.layout.padding",
    "fillMaxWidth": "androidx.compose.foundation.layout.fillMaxWidth",
    "fillMaxHeight": "androidx.compose.foundation.layout.fillMaxHeight",
    "width": "androidx.compose.foundation.layout.width",
    "height": "androidx.compose.foundation.layout.height",
    "widthIn": "androidx.compose.foundation.layout.widthIn",
    "heightIn": "androidx.compose.foundation.layout.heightIn",
    "size": "androidx.compose.foundation.layout.size",
    # foundation
    "LazyColumn": "androidx.compose.foundation.lazy.LazyColumn",
    "items": "androidx.compose.foundation.lazy.items",
    "itemsIndexed": "androidx.compose.foundation.lazy.itemsIndexed",
    "LazyVerticalGrid": "androidx.compose.foundation.lazy.grid.LazyVerticalGrid",
    "GridCells": "androidx.compose.foundation.lazy.grid.GridCells",
    "grid.items": "androidx.compose.foundation.lazy.grid.items",
    "grid.itemsIndexed": "androidx.compose.foundation.lazy.grid.itemsIndexed",
    "verticalScroll": "androidx.compose.foundation.verticalScroll",
    "horizontalScroll": "androidx.compose.foundation.horizontalScroll",
    "rememberScrollState": "androidx.compose.foundation.rememberScrollState",
    "background": "androidx.compose.foundation.background",
    "border": "androidx.compose.foundation.border",
    "clickable": "androidx.compose.foundation.clickable",
    "Image": "androidx.compose.foundation.Image",
    "Orientation": "androidx.compose.foundation.gestures.Orientation",
    "RoundedCornerShape": "androidx.compose.foundation.shape.RoundedCornerShape",
    "KeyboardOptions": "androidx.compose.foundation.text.KeyboardOptions",
    "SelectionContainer": "androidx.compose.foundation.text.selection.SelectionContainer",
    # ui
    "Modifier": "androidx.compose.ui.Modifier",
    "Alignment": "androidx.compose.ui.Alignment",
    "alpha": "androidx.compose.ui.draw.alpha",
    "clip": "androidx.compose.ui.draw.clip",
    "shadow": "androidx.compose.ui.draw.shadow",
    "Color": "androidx.compose.ui.graphics.Color",
    "ColorFilter": "androidx.compose.ui.graphics.ColorFilter",
    "Painter": "androidx.compose.ui.graphics.painter.Painter",
    "ColorPainter": "androidx.compose.ui.graphics.painter.ColorPainter",
    "ContentScale": "androidx.compose.ui.layout.ContentScale",
    "semantics": "androidx.compose.ui.semantics.semantics",
    "contentDescription": "androidx.compose.ui.semantics.contentDescription",
    "TextStyle": "androidx.compose.ui.text.TextStyle",
    "FontStyle": "androidx.compose.ui.text.font.FontStyle",
    "FontWeight": "androidx.compose.ui.text.font.FontWeight",
    "KeyboardType": "androidx.compose.ui.text.input.KeyboardType",
    "ImeAction": "androidx.compose.ui.text.input.ImeAction",
    "PasswordVisualTransformation": "androidx.compose.ui.text.input.PasswordVisualTransformation",
    "TextAlign": "androidx.compose.ui.text.style.TextAlign",
    "TextOverflow": "androidx.compose.ui.text.style.TextOverflow",
    "dp": "androidx.compose.ui.unit.dp",
    "sp": "androidx.compose.ui.unit.sp",
    # material3
    "Text": "androidx.compose.material3.Text",
    "Button": "androidx.compose.material3.Button",
    "FilledTonalButton": "androidx.compose.material3.FilledTonalButton",
    "TextButton": "androidx.compose.material3.TextButton",
    "DropdownMenu": "androidx.compose.material3.DropdownMenu",
    "Icon": "androidx.compose.material3.Icon",
    "Icons": "androidx.compose.material.icons.Icons",
    "ArrowDropDown": "androidx.compose.material.icons.filled.ArrowDropDown",
    "DropdownMenuItem": "androidx.compose.material3.DropdownMenuItem",
    "ButtonDefaults": "androidx.compose.material3.ButtonDefaults",
    "TextField": "androidx.compose.material3.TextField",
    "Switch": "androidx.compose.material3.Switch",
    "Checkbox": "androidx.compose.material3.Checkbox",
    "CheckboxDefaults": "androidx.compose.material3.CheckboxDefaults",
    "SwitchDefaults": "androidx.compose.material3.SwitchDefaults",
    "SliderDefaults": "androidx.compose.material3.SliderDefaults",
    "Slider": "androidx.compose.material3.Slider",
    "LinearProgressIndicator": "androidx.compose.material3.LinearProgressIndicator",
    "CircularProgressIndicator": "androidx.compose.material3.CircularProgressIndicator",
    "HorizontalDivider": "androidx.compose.material3.HorizontalDivider",
    "VerticalDivider": "androidx.compose.material3.VerticalDivider",
    "LocalTextStyle": "androidx.compose.material3.LocalTextStyle",
    # JVM
    "Locale": "java.util.Locale",
}

# Built-in members: IR member name -> Kotlin template. `{r}` is the receiver, `{0}` the
# first argument, `{p}` a predicate lambda body, `{fmt}` a format string.
MEMBERS: dict[str, str] = {
    "count": "{r}.size",
    "is_empty": "{r}.isEmpty()",
    "first": "{r}.firstOrNull()",
    "last": "{r}.lastOrNull()",
    "contains": "{r}.contains({0})",
    "count_where": "{r}.count {{ {p} }}",
    "filter": "{r}.filter {{ {p} }}",
    "any": "{r}.any {{ {p} }}",
    "map": "{r}.map {{ {p} }}",
    "length": "{r}.length",
    "str_is_empty": "{r}.isEmpty()",
    "uppercased": "{r}.uppercase()",
    "lowercased": "{r}.lowercase()",
    "trimmed": "{r}.trim()",
    "str_contains": "{r}.contains({0})",
    # Locale.ROOT: a '.' decimal separator on every device, like the other targets.
    "formatted": "String.format(Locale.ROOT, {fmt}, {r})",
    "int_formatted": "{r}.toString()",
}

# Modifier chain order (outer -> inner). xui modifiers follow a box model (margin
# outside, border, background covering the padding, padding inside), which Compose
# expresses by the ORDER of the Modifier chain: the backend sorts by this rank
# (stable, so equal ranks keep source order).
MODIFIER_RANK: dict[str, int] = {
    "margin": 0,
    "weight": 1,
    "fillWidth": 2,
    "fillHeight": 2,
    "frame": 2,
    "opacity": 3,
    "shadow": 4,          # drawn outside the clip below, in the shape of the rounded corners
    "cornerRadius": 5,
    "background": 6,
    "border": 7,
    "onTap": 8,
    "accessibilityLabel": 9,
    "padding": 10,
}

# Modifiers that become parameters of Text (or of the label Text of a Button, or
# the textStyle of a TextField) rather than Modifier calls.
TEXT_MODIFIERS: tuple[str, ...] = ("font", "foreground", "fontSize", "fontWeight", "italic", "letterSpacing",
                                   "lineSpacing", "textAlign", "lineLimit")

# Modifiers that talk to the parent layout (RowScope / ColumnScope): on a selectable Text they go
# on the SelectionContainer, the parent's direct child.
PARENT_MODIFIERS: tuple[str, ...] = ("weight",)

# Elements that take `enabled = ...` (the target of `.disabled(...)`).
ENABLEABLE: tuple[str, ...] = ("Button", "TextField", "SecureField", "Toggle", "Checkbox", "Slider", "Picker")


# ---- what `xui targets` shows: how each catalog entry / IR node kind is expressed ----

ELEMENTS: dict[str, str] = {
    "Column": "Column(verticalArrangement = Arrangement.spacedBy(n.dp), horizontalAlignment = ...)",
    "Row": "Row(horizontalArrangement = Arrangement.spacedBy(n.dp), verticalAlignment = ...)",
    "Stack": "Box(contentAlignment = ...)",
    "Scroll": "Column(Modifier.verticalScroll(rememberScrollState()), horizontalAlignment = "
              "Alignment.CenterHorizontally) / Row + horizontalScroll, verticalAlignment = "
              "Alignment.CenterVertically (the default Column / Row); a lone Column / Row child scrolls itself",
    "List": "LazyColumn { items(list, key = { it.id }) { item -> ... } } (itemsIndexed with an index)",
    "ForEach": "for (item in list) { key(item.id) { ... } } (withIndex() with an index)",
    "Grid": "LazyVerticalGrid(GridCells.Fixed(n)) { items(list, key = { it.id }) { ... } }",
    "Text": "Text(text, color, fontSize, fontWeight, letterSpacing, style, textAlign, maxLines)",
    "Image": "Image(LocalImageResolver.current.painter(name), contentDescription, contentScale = ...)",
    "Button": "Button(onClick = { ... }) { Text(label) } (children as the label content)",
    "TextField": "TextField(value, onValueChange, placeholder = { Text(..) }, keyboardOptions, singleLine); "
                 "lines > 1: maxLines = n",
    "SecureField": "TextField(..., visualTransformation = PasswordVisualTransformation())",
    "Toggle": "Switch(checked, onCheckedChange) (in a Row with a Text label, styled by the text modifiers)",
    "Checkbox": "Checkbox(checked, onCheckedChange) (in a Row with a Text label, styled by the text modifiers)",
    "Slider": "Slider(value.toFloat(), { v = it.toDouble() }, valueRange = min..max, steps = n)",
    "RemoteImage": "Image(LocalImageResolver.current.remotePainter(url), contentDescription, contentScale) (the "
                   "app's resolver loads it, e.g. with Coil; a neutral placeholder by default)",
    "Picker": "Box { TextButton showing the chosen option and a drop-down arrow (Icons.Filled.ArrowDropDown: the "
              "app depends on androidx.compose.material:material-icons-core) + DropdownMenu of "
              "DropdownMenuItem(text, onClick) } "
              "with a remembered `expanded`; label: semantics { contentDescription }",
    "Progress": "LinearProgressIndicator(progress = { v }) / CircularProgressIndicator()",
    "Spacer": "Spacer(Modifier.weight(1f)) in Row/Column",
    "Divider": "HorizontalDivider() (VerticalDivider() in a Row); color / thickness -> "
               "HorizontalDivider(thickness = n.dp, color = c)",
}
MODIFIERS: dict[str, str] = {
    "padding": "Modifier.padding(n.dp | horizontal/vertical | start/top/end/bottom) (innermost)",
    "margin": "Modifier.padding(...) placed outermost in the chain",
    "frame": "Modifier.width(w.dp) / height(h.dp) / size(w.dp, h.dp); min/max as widthIn(min, max) / "
             "heightIn(min, max) before them (the bounds win)",
    "fillWidth": "Modifier.weight(1f) in a Row, else Modifier.fillMaxWidth()",
    "fillHeight": "Modifier.weight(1f) in a Column, else Modifier.fillMaxHeight()",
    "weight": "Modifier.weight(nf) (RowScope / ColumnScope; E0401 elsewhere)",
    "background": "Modifier.background(color)",
    "foreground": "Text(color = ...) / TextField textStyle / Button label color",
    "font": "Text(style = TextStyle(...))",
    "fontSize": "Text(fontSize = n.sp)",
    "fontWeight": "Text(fontWeight = FontWeight.X)",
    "italic": "Text(fontStyle = FontStyle.Italic)",
    "letterSpacing": "Text(letterSpacing = n.sp) / TextField textStyle / Button, Switch, Checkbox label Text",
    "lineSpacing": "Text(lineHeight = (size * 1.2 + n).sp): the font's natural line height taken as 1.2 x its size "
                   "(Text's default size 14.sp) plus n",
    "textAlign": "Text(textAlign = TextAlign.X)",
    "lineLimit": "Text(maxLines = n, overflow = TextOverflow.Ellipsis)",
    "selectable": "SelectionContainer { Text(...) } (a weight / the component's modifier on the container)",
    "submitLabel": "TextField(keyboardOptions = KeyboardOptions(imeAction = ImeAction.Next | Done | Go | "
                   "Search | Send)) (with the keyboardType in the same KeyboardOptions)",
    "placeholderColor": "TextField(placeholder = { Text(..., color = c) }) (nothing without a placeholder)",
    "buttonStyle": "Button / FilledTonalButton / TextButton (material3) instead of Button",
    "cornerRadius": "Modifier.clip(RoundedCornerShape(r.dp)); a Button: shape = RoundedCornerShape(r.dp)",
    "border": "Modifier.border(w.dp, color, RoundedCornerShape(r.dp))",
    "shadow": "Modifier.shadow(r.dp, shape): the platform's elevation shadow, in its own shadow colors "
              "without a color; a color goes to ambientColor and spotColor (drawn at the platform's "
              "shadow alpha)",
    "tint": "Image(colorFilter = ColorFilter.tint(color)); Switch / Checkbox / Slider: colors = "
            "<Widget>Defaults.colors(checkedTrackColor / checkedColor / thumbColor + activeTrackColor = c); "
            "Button: colors = ButtonDefaults.buttonColors(containerColor = c) / filledTonalButtonColors("
            "containerColor = c.copy(alpha = 0.14f), contentColor = c) / textButtonColors(contentColor = c); "
            "progress indicators: color = c",
    "opacity": "Modifier.alpha(f)",
    "disabled": "enabled = !x on Button/TextField/Switch/Checkbox/Slider, clickable(enabled = ...); "
                "E0401 on other containers",
    "visible": "if (x) { element } (keeps no space)",
    "onTap": "Modifier.clickable { ... } (the Material ripple, clipped by .cornerRadius; inside the "
             "background and border, outside the padding)",
    "onAppear": "LaunchedEffect(Unit) { ... } next to the element",
    "onDisappear": "DisposableEffect(Unit) { onDispose { ... } } next to the element",
    "accessibilityLabel": "Modifier.semantics { contentDescription = ... }",
}
NODES: dict[str, str] = {
    # expressions
    "literal": "Kotlin literal (Double for Float, Color(0xAARRGGBB) for colors, null for nil)",
    "interpolation": "string template \"a ${x} b\"",
    "ref": "identifier (ident())",
    "field": "obj.field",
    "index": "list[i]",
    "enum_case": "Enum.Case (user enums) / Alignment.X, FontWeight.X ... (built-in)",
    "theme": "<App>Theme.token",
    "string_key": "strings.key (val strings = LocalStrings.current)",
    "unary": "!x / -x",
    "binary": "Kotlin operators; ?? -> ?:, Int / Int is integer division",
    "conditional": "if (c) a else b",
    "model_init": "Model(field = value, ...)",
    "font": "TextStyle(fontSize = n.sp, fontWeight = ...)",
    "list": "listOf(...) / emptyList<T>()",
    "predicate": "trailing lambda using `it`",
    "member_call": "Kotlin stdlib (size, isEmpty(), count { }, filter { }, trim(), String.format ...)",
    "int_to_float": "x.toDouble()",
    "to_string": "string template / toString() / enum label",
    "binding": "value + on<Name>Change callback (state hoisting)",
    "lambda": "{ a, b -> ... }",
    # actions
    "assign": "x = v / copy-on-write copy(...) and toMutableList().also { }",
    "append": "list = list + item",
    "insert": "list = list.toMutableList().also { it.add(i, item) }",
    "remove_at": "list = list.toMutableList().also { it.removeAt(i) }",
    "remove_where": "list = list.filterNot { ... }",
    "clear": "list = emptyList()",
    "call": "callback(args)",
    "navigate": "navigator.navigate(Route.Screen(...)) (LocalNavigator)",
    "back": "navigator.back()",
    "if": "if / else if / else",
    "let": "val x = ...",
    "native": "the `compose` code verbatim (actions and views; E0401 when missing)",
    # views ("if" above also covers IfView)
    "element": "see ELEMENTS",
    "component": "Component(args..., modifier = Modifier...)",
}
# Situations reported as E0401 (keys are not catalog names: the constructs themselves are mapped).
UNSUPPORTED: dict[str, str] = {
    "native without compose code": "a `native { }` block has no `compose:` entry; there is nothing to emit",
    "weight outside Row/Column": "Modifier.weight needs a RowScope / ColumnScope parent",
    "Spacer outside Row/Column": "Spacer takes the free space of a Row/Column; elsewhere it has no size",
    "disabled on a container": "Compose has no container-wide enabled flag (only controls and clickable)",
    "text modifiers on a Button with a custom label": "only a text label takes text styles",
    "non-constant Scroll axis": "the scroll direction picks Column + verticalScroll or Row + horizontalScroll",
    "declaration named like a generated or imported name": "e.g. a component `Switch` or a model `Color` "
                                                           "would shadow the Compose API the output uses",
}
RESERVED: frozenset[str] = frozenset("""
    as as? break class continue do else false for fun if in !in interface is !is null object package
    return super this throw true try typealias typeof val var when while
    by catch constructor delegate dynamic field file finally get import init param property receiver
    set setparam value where
    abstract actual annotation companion const crossinline data enum expect external final infix
    inline inner internal lateinit noinline open operator out override private protected public
    reified sealed suspend tailrec vararg
    it modifier
""".split())

# Text's font size when nothing sets one (Compose's DefaultFontSize, sp).
TEXT_DEFAULT_SIZE = 14

# `.tint(c)` on a control -> (its argument, the Defaults function that builds it (None: the color
# itself), the function's parameters, each a template of c). A tonal button, as SwiftUI's tinted
# .bordered: the label in c on c at 14 %.
TINT_COLORS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "Switch": ("colors", "SwitchDefaults.colors", ("checkedTrackColor = {c}",)),
    "Checkbox": ("colors", "CheckboxDefaults.colors", ("checkedColor = {c}",)),
    "Slider": ("colors", "SliderDefaults.colors", ("thumbColor = {c}", "activeTrackColor = {c}")),
    "Progress": ("color", None, ("{c}",)),
    "Button": ("colors", "ButtonDefaults.buttonColors", ("containerColor = {c}",)),
    "FilledTonalButton": ("colors", "ButtonDefaults.filledTonalButtonColors",
                          ("containerColor = {c_}.copy(alpha = 0.14f)", "contentColor = {c}")),
    "TextButton": ("colors", "ButtonDefaults.textButtonColors", ("contentColor = {c}",)),
}
