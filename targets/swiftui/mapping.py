"""SwiftUI mapping tables: data that `backend.py` reads. One table per concern.

Where does `Row` become `HStack`? Here (ELEMENTS) for the description and the
Swift constructor name; the argument lowering is in `backend.py` (`_element_*`).
"""

from __future__ import annotations

# xui primitive type -> Swift type.
PRIM_TYPES: dict[str, str] = {
    "String": "String",
    "Int": "Int",
    "Float": "Double",
    "Bool": "Bool",
    "Color": "Color",
    "Font": "Font",
    "Void": "Void",
}

# Built-in (catalog) enum -> Swift type, and case -> Swift case.
ENUM_TYPES: dict[str, str] = {
    "HAlign": "HorizontalAlignment",
    "VAlign": "VerticalAlignment",
    "Alignment": "Alignment",
    "FontWeight": "Font.Weight",
    "TextAlign": "TextAlignment",
    "Axis": "Axis.Set",
    "Keyboard": "UIKeyboardType",
    "ContentMode": "ContentMode",
    "SubmitLabel": "SubmitLabel",
    "ButtonStyle": "PrimitiveButtonStyle",     # only written as `.buttonStyle(.case)` (the checker asks for a case)
}

ENUM_CASES: dict[str, dict[str, str]] = {
    "HAlign": {"leading": "leading", "center": "center", "trailing": "trailing"},
    "VAlign": {"top": "top", "center": "center", "bottom": "bottom"},
    "Alignment": {c: c for c in ("topLeading", "top", "topTrailing", "leading", "center", "trailing",
                                 "bottomLeading", "bottom", "bottomTrailing")},
    "FontWeight": {c: c for c in ("light", "regular", "medium", "semibold", "bold")},
    "TextAlign": {"leading": "leading", "center": "center", "trailing": "trailing"},
    "Axis": {"vertical": "vertical", "horizontal": "horizontal"},
    "Keyboard": {"text": "default", "number": "numberPad", "decimal": "decimalPad",
                 "email": "emailAddress", "phone": "phonePad"},
    "ContentMode": {"fit": "fit", "fill": "fill"},
    "SubmitLabel": {c: c for c in ("done", "next", "go", "search", "send")},
    "ButtonStyle": {"filled": "borderedProminent", "tonal": "bordered", "text": "borderless"},
}

# Theme token kind -> Swift type of the constant in `enum Theme`.
THEME_TYPES: dict[str, str] = {
    "color": "Color",
    "space": "CGFloat",
    "radius": "CGFloat",
    "size": "CGFloat",
    "font": "Font",
}

# Catalog element -> (Swift view it becomes, description for `xui targets`).
ELEMENTS: dict[str, str] = {
    "Column": "VStack(alignment:spacing:) (spacing always explicit: SwiftUI's default is not 0)",
    "Row": "HStack(alignment:spacing:) (spacing always explicit)",
    "Stack": "ZStack(alignment:)",
    "Scroll": "ScrollView(.vertical/.horizontal) { VStack/HStack(spacing: 0) { ... } }",
    "List": "List(items, id: \\.key) { item in ... } + .listStyle(.plain); with an index "
            "List(Array(items.enumerated()), id: \\.element.key) { i, item in ... }",
    "ForEach": "ForEach(items, id: \\.key) { item in ... } (enumerated() for an index)",
    "Grid": "ScrollView { LazyVGrid(columns: Array(repeating: GridItem(.flexible()), count:), "
            "spacing:) { ForEach(...) } }",
    "Text": "Text(verbatim:) for literals (no Markdown / key lookup), Text(_:) for String values",
    "Image": "Image(_:) / Image(decorative:) + .resizable().scaledToFit()/.scaledToFill() "
             "(+ .clipped()), description -> .accessibilityLabel",
    "Button": "Button(_:action:) / Button(action:) { label } / Button { } label: { }",
    "TextField": "TextField(_:text:) + .keyboardType(_:) (email: .textInputAutocapitalization(.never)); "
                 "lines > 1: TextField(_:text:axis: .vertical) + .lineLimit(n)",
    "SecureField": "SecureField(_:text:)",
    "Toggle": "Toggle(_:isOn:) (Binding(get:set:) for value + onChange; .labelsHidden() without label); "
              "with text modifiers Toggle(isOn:) { Text(label) + the text modifiers }",
    "Checkbox": "plain-style Button toggling an Image(systemName: \"checkmark.square.fill\"/\"square\") "
                "in the tint color (+ Text label in the text color, which the text modifiers style); iOS has no "
                "checkbox toggle style",
    "Slider": "Slider(value:in:step:)",
    "RemoteImage": "AsyncImage(url: URL(string:)) { image.resizable() + scaled to fit / fill } placeholder: { a "
                   "neutral Color }; description: .accessibilityLabel, else .accessibilityHidden(true)",
    "Picker": "Picker(_:selection:) { Text(option).tag(index) ... } (ForEach(options.indices) for a computed "
              "list); .labelsHidden() without label",
    "Progress": "ProgressView(value:) / ProgressView()",
    "Spacer": "Spacer()",
    "Divider": "Divider(); with a thickness Rectangle().fill(color, else .separator).frame(height:) (width: in a "
               "Row: a Divider's hairline cannot be thickened); with a color only Divider().overlay(color) (keeps "
               "the hairline)",
}

# Catalog modifier -> (order group, description). Modifiers are applied in group
# order (stable within a group) so that xui's box model holds whatever order the
# source lists them in: text style, padding (inside), size, background, clip and
# border, margin (outside), then effects / behaviour.
MODIFIER_ORDER: dict[str, int] = {
    "buttonStyle": 0,        # the kind of button first, as written by hand
    "font": 1, "fontSize": 1, "fontWeight": 1, "italic": 1, "letterSpacing": 1, "lineSpacing": 1, "foreground": 1, "textAlign": 1,
    "lineLimit": 1, "selectable": 1, "tint": 1, "placeholderColor": 1,
    "padding": 2,
    "frame": 3, "fillWidth": 3, "fillHeight": 3, "weight": 3,
    "background": 4,
    "cornerRadius": 5, "border": 5,
    "margin": 6,
    "shadow": 7, "opacity": 7, "disabled": 7, "visible": 7, "accessibilityLabel": 7,
    "onTap": 7, "onAppear": 7, "onDisappear": 7, "submitLabel": 7,
}

# `.buttonStyle` cases whose SwiftUI style draws a shape around the label (.borderedProminent,
# .bordered), and the modifiers that size such a button on its label: `Button { } label: {
# Text(t).frame(maxWidth: .infinity) }` (on the Button, the shape would keep the label's size).
SHAPED_BUTTON_STYLES: frozenset[str] = frozenset({"filled", "tonal"})
LABEL_SIZE_MODIFIERS: frozenset[str] = frozenset({"frame", "fillWidth", "fillHeight", "weight"})

# `.onTap` wraps the view in a Button: the modifiers of groups up to this one (the view's box:
# text style, padding, size, background, clip and border) style its label; margin and the
# effects (shadow, opacity, disabled, accessibility, appear/disappear) apply to the Button.
TAP_LABEL_GROUP = 5

MODIFIERS: dict[str, str] = {
    "padding": ".padding(_:) / .padding(.horizontal, _:) ... (applied before size and background)",
    "margin": ".padding(...) applied after background, clip and border (outer spacing)",
    "frame": ".frame(width:height:), then .frame(minWidth:maxWidth:minHeight:maxHeight:) (one call cannot "
             "mix the two; the bounds win; a max bound lets the frame grow to it when offered)",
    "fillWidth": ".frame(maxWidth: .infinity, alignment:) (Text: .leading or its textAlign; a VStack / "
                 "ZStack: its own horizontal alignment; an HStack or horizontal Scroll: .leading; none when "
                 ".center)",
    "fillHeight": ".frame(maxHeight: .infinity, alignment:) (a VStack or vertical Scroll: .top; an HStack / "
                  "ZStack: its own vertical alignment; none when .center)",
    "weight": ".frame(maxWidth: .infinity) in a Row / maxHeight in a Column, with the alignment: of fillWidth / "
              "fillHeight; unequal (or computed) weights: the Row / Column is a WeightedHStack / WeightedVStack "
              "(a Layout in Support/WeightedStack.swift) and the children take .layoutWeight(n)",
    "background": ".background(_:) (after padding and size)",
    "foreground": ".foregroundStyle(_:)",
    "font": ".font(_:)",
    "fontSize": ".font(.system(size:))",
    "fontWeight": ".fontWeight(_:)",
    "italic": ".italic()",
    "letterSpacing": ".tracking(_:) (points)",
    "lineSpacing": ".lineSpacing(_:) (points)",
    "textAlign": ".multilineTextAlignment(_:)",
    "lineLimit": ".lineLimit(_:)",
    "selectable": ".textSelection(.enabled)",
    "submitLabel": ".submitLabel(_:)",
    "buttonStyle": ".buttonStyle(.borderedProminent) / .buttonStyle(.bordered) / .buttonStyle(.borderless)",
    "placeholderColor": "TextField(_:text:prompt:) / SecureField(_:text:prompt:) with prompt: "
                        "Text(placeholder).foregroundStyle(c) (nothing without a placeholder)",
    "cornerRadius": ".clipShape(RoundedRectangle(cornerRadius:)); a .filled / .tonal Button: "
                    ".buttonBorderShape(.roundedRectangle(radius:))",
    "border": ".overlay(RoundedRectangle(cornerRadius:).strokeBorder(_:lineWidth:))",
    "shadow": ".shadow(color:radius:) (default color .black.opacity(0.2))",
    "tint": ".renderingMode(.template) on the Image + .foregroundStyle(_:); Toggle / Slider / Progress / Button: .tint(_:); "
            "Checkbox: .foregroundStyle(_:) on the box icon",
    "opacity": ".opacity(_:)",
    "disabled": ".disabled(_:)",
    "visible": "wraps the view in `if value { ... }` (keeps no space)",
    "onTap": "Button { ... } label: { view.contentShape(Rectangle()) }.buttonStyle(.plain) (the plain style "
             "dims the label while pressed; an accessibility button); the view's box modifiers style the "
             "label, margin and effects the Button. On input controls .contentShape(Rectangle())"
             ".onTapGesture { ... }",
    "onAppear": ".onAppear { ... }",
    "onDisappear": ".onDisappear { ... }",
    "accessibilityLabel": ".accessibilityLabel(_:)",
}

# IR node kinds -> how they are lowered.
NODES: dict[str, str] = {
    # expressions
    "literal": "Swift literal; strings escaped; colors Color(red: 0xRR / 255, ...)",
    "interpolation": "\"text \\(expr)\" (Text(verbatim:) in Text)",
    "ref": "the identifier (ident()); `it` -> $0",
    "field": "obj.field",
    "index": "list[i]",
    "enum_case": "Enum.case (user enums: String raw values); built-ins as .case in arguments",
    "theme": "Theme.token",
    "string_key": "L10n.key (String(localized:defaultValue:))",
    "unary": "!x / -x",
    "binary": "Swift operators, parenthesised by Swift precedence; Float % -> truncatingRemainder",
    "conditional": "c ? a : b",
    "model_init": "Model(field: value, ...) memberwise initializer",
    "font": "Font.system(size:weight:)",
    "list": "[a, b]",
    "predicate": "closure using $0",
    "member_call": "Swift collection / String API (filter, contains(where:), formatted(...))",
    "int_to_float": "Double(x) (literals stay literals)",
    "to_string": "String(x) / \\(x) / enum .rawValue",
    "binding": "$name",
    "lambda": "closure { a, b in ... }",
    # actions
    "assign": "in-place mutation (value types): todos[i].done = x",
    "append": "list.append(x)",
    "insert": "list.insert(x, at: i)",
    "remove_at": "list.remove(at: i)",
    "remove_where": "list.removeAll { ... }",
    "clear": "list.removeAll()",
    "call": "callback(args)",
    "navigate": "router.path.append(Route.screen(...)) with NavigationStack(path:)",
    "back": "@Environment(\\.dismiss) dismiss()",
    "if": "if / else if / else",
    "let": "let name: T = value",
    "native": "the `swiftui` code verbatim (E0401 when missing)",
    # views
    "element": "see ELEMENTS",
    "component": "Component(arg: value, ...) struct View",
}

# `.shadow` without a color: the catalog default #33000000 (0x33 / 255 = 0.2), as SwiftUI code writes it.
SHADOW_DEFAULT_COLOR = ".black.opacity(0.2)"

UNSUPPORTED: dict[str, str] = {
    "native without swiftui code": "a `native { }` block has no `swiftui:` entry; there is nothing to emit",
}

# Swift keywords and names that are special in Swift / SwiftUI code.
RESERVED: frozenset[str] = frozenset("""
associatedtype borrowing class consuming deinit enum extension fileprivate func import init inout
internal let nonisolated open operator private precedencegroup protocol public rethrows static struct
subscript typealias var break case catch continue default defer do else fallthrough for guard if in
repeat return throw switch where while Any as await false is nil self Self super throws true try
associativity convenience didSet dynamic final get indirect infix lazy left mutating none nonmutating
optional override postfix prefix required right set some Type unowned weak willSet actor async
any package body
""".split())
