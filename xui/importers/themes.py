"""Theme attributes (`?attr/colorPrimary`, `?android:attr/textColorSecondary`, `?attr/separator_color`)
resolved through the app theme in res/values*/ (styles.xml, themes.xml ...).

    resolver = ThemeResolver(values, manifest_theme="AppTheme")
    r = resolver.resolve("?attr/colorPrimary")    # -> Resolution(value="@color/primary", ...)

The app theme is the `<application android:theme>` of the AndroidManifest.xml next to res/ when
there is one; otherwise the most complete project style that derives from a platform `Theme.*` (a
guess, reported once). An attribute is looked up in the app theme and its parents (explicit
`parent=` and dotted-name parents); when the app theme does not set it, in the app's other themes
(approximated: the app applies them at run time), then in BASELINE, the documented default of the
platform / AppCompat / Material theme family the app theme derives from (approximated: the values
are Material baselines, not the device's). Whatever is left is either a custom attribute whose
definition is not in the input (a missing resource) or a platform attribute the importer does not
know (a mapping gap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import Loc, StyleDef, Values

# ---- Material / AppCompat / platform baselines ------------------------------------------------
# attribute -> (light, dark) per theme family. Sources: Material Design 2 baseline palette
# (MaterialComponents), Material 3 baseline scheme (Material3), AppCompat / platform Material
# defaults (primary_material_light, accent_material_light, primary_text_default_material_light ...).
_TEXT = {
    "textColorPrimary": ("#DE000000", "#FFFFFFFF"),
    "textColorSecondary": ("#8A000000", "#B3FFFFFF"),
    "textColorSecondaryNoDisable": ("#8A000000", "#B3FFFFFF"),
    "textColorTertiary": ("#61000000", "#80FFFFFF"),
    "textColorHint": ("#61000000", "#80FFFFFF"),
    "textColorPrimaryInverse": ("#FFFFFFFF", "#DE000000"),
    "textColorSecondaryInverse": ("#B3FFFFFF", "#8A000000"),
    "colorControlNormal": ("#8A000000", "#B3FFFFFF"),
    "colorControlHighlight": ("#1F000000", "#33FFFFFF"),
    "colorButtonNormal": ("#FFD6D7D7", "#FF5A595B"),
}
_APPCOMPAT = {
    "colorPrimary": ("#F5F5F5", "#212121"), "colorPrimaryDark": ("#757575", "#000000"),
    "colorAccent": ("#009688", "#80CBC4"), "colorBackground": ("#FAFAFA", "#303030"),
    "windowBackground": ("#FAFAFA", "#303030"), "colorError": ("#B00020", "#CF6679"),
    "colorControlActivated": ("#009688", "#80CBC4"), "textColorLink": ("#009688", "#80CBC4"),
    "colorForeground": ("#000000", "#FFFFFF"),
}
_M2 = {
    "colorPrimary": ("#6200EE", "#BB86FC"), "colorPrimaryVariant": ("#3700B3", "#3700B3"),
    "colorPrimaryDark": ("#3700B3", "#000000"), "colorSecondary": ("#03DAC6", "#03DAC6"),
    "colorSecondaryVariant": ("#018786", "#03DAC6"), "colorAccent": ("#03DAC6", "#03DAC6"),
    "colorControlActivated": ("#03DAC6", "#03DAC6"), "textColorLink": ("#6200EE", "#BB86FC"),
    "colorBackground": ("#FFFFFF", "#121212"), "windowBackground": ("#FFFFFF", "#121212"),
    "colorSurface": ("#FFFFFF", "#121212"), "colorError": ("#B00020", "#CF6679"),
    "colorOnPrimary": ("#FFFFFF", "#000000"), "colorOnSecondary": ("#000000", "#000000"),
    "colorOnBackground": ("#000000", "#FFFFFF"), "colorOnSurface": ("#000000", "#FFFFFF"),
    "colorOnError": ("#FFFFFF", "#000000"), "colorForeground": ("#000000", "#FFFFFF"),
}
_M3 = {
    "colorPrimary": ("#6750A4", "#D0BCFF"), "colorOnPrimary": ("#FFFFFF", "#381E72"),
    "colorPrimaryContainer": ("#EADDFF", "#4F378B"), "colorOnPrimaryContainer": ("#21005D", "#EADDFF"),
    "colorPrimaryDark": ("#6750A4", "#D0BCFF"), "colorAccent": ("#6750A4", "#D0BCFF"),
    "colorSecondary": ("#625B71", "#CCC2DC"), "colorOnSecondary": ("#FFFFFF", "#332D41"),
    "colorSecondaryContainer": ("#E8DEF8", "#4A4458"), "colorOnSecondaryContainer": ("#1D192B", "#E8DEF8"),
    "colorTertiary": ("#7D5260", "#EFB8C8"), "colorOnTertiary": ("#FFFFFF", "#492532"),
    "colorTertiaryContainer": ("#FFD8E4", "#633B48"), "colorOnTertiaryContainer": ("#31111D", "#FFD8E4"),
    "colorBackground": ("#FFFBFE", "#1C1B1F"), "windowBackground": ("#FFFBFE", "#1C1B1F"),
    "colorOnBackground": ("#1C1B1F", "#E6E1E5"), "colorSurface": ("#FFFBFE", "#1C1B1F"),
    "colorOnSurface": ("#1C1B1F", "#E6E1E5"), "colorSurfaceVariant": ("#E7E0EC", "#49454F"),
    "colorOnSurfaceVariant": ("#49454F", "#CAC4D0"), "colorSurfaceInverse": ("#313033", "#E6E1E5"),
    "colorOnSurfaceInverse": ("#F4EFF4", "#313033"), "colorSurfaceContainer": ("#F3EDF7", "#211F26"),
    "colorSurfaceContainerLow": ("#F7F2FA", "#1D1B20"), "colorSurfaceContainerHigh": ("#ECE6F0", "#2B2930"),
    "colorSurfaceContainerHighest": ("#E6E0E9", "#36343B"), "colorSurfaceContainerLowest": ("#FFFFFF", "#0F0D13"),
    "colorOutline": ("#79747E", "#938F99"), "colorOutlineVariant": ("#CAC4D0", "#49454F"),
    "colorError": ("#B3261E", "#F2B8B5"), "colorOnError": ("#FFFFFF", "#601410"),
    "colorErrorContainer": ("#F9DEDC", "#8C1D18"), "colorOnErrorContainer": ("#410E0B", "#F9DEDC"),
    "colorControlActivated": ("#6750A4", "#D0BCFF"), "textColorLink": ("#6750A4", "#D0BCFF"),
    "textColorPrimary": ("#1C1B1F", "#E6E1E5"), "textColorSecondary": ("#49454F", "#CAC4D0"),
    "colorForeground": ("#1C1B1F", "#E6E1E5"),
}
# dimension attributes every theme family defines the same way (dp)
BASELINE_DIMENS = {"actionBarSize": 56.0, "listPreferredItemHeight": 64.0, "listPreferredItemHeightSmall": 48.0,
                   "listPreferredItemHeightLarge": 80.0, "listPreferredItemPaddingStart": 16.0,
                   "listPreferredItemPaddingEnd": 16.0, "listPreferredItemPaddingLeft": 16.0,
                   "listPreferredItemPaddingRight": 16.0, "dialogPreferredPadding": 24.0}

# attributes whose values are drawables/behaviour the importer treats specially where they are used
RIPPLE_ATTRS = {"selectableItemBackground", "selectableItemBackgroundBorderless"}
# well-known AppCompat/Material/platform attributes that are not colors or dimensions: not a missing
# resource when unresolved (the importer just does not know their platform value)
KNOWN_PLATFORM_ATTRS = RIPPLE_ATTRS | {
    "homeAsUpIndicator", "actionBarTheme", "actionBarStyle", "listDivider", "dividerHorizontal",
    "dividerVertical", "actionModeCloseDrawable", "toolbarStyle", "materialButtonStyle",
    "materialButtonOutlinedStyle", "borderlessButtonStyle", "buttonBarButtonStyle", "progressBarStyle",
    "progressBarStyleHorizontal", "progressBarStyleSmall", "progressBarStyleLarge", "switchStyle",
    "editTextStyle", "checkboxStyle", "radioButtonStyle", "textViewStyle", "imageButtonStyle",
    "popupTheme", "alertDialogTheme", "dialogTheme", "actionOverflowButtonStyle", "checkedTextViewStyle",
    "listChoiceIndicatorMultiple", "listChoiceIndicatorSingle", "actionBarItemBackground",
    "colorBackgroundFloating", "windowContentOverlay", "shapeAppearanceSmallComponent",
    "shapeAppearanceMediumComponent", "shapeAppearanceLargeComponent", "ratingBarStyle",
    "spinnerStyle", "seekBarStyle", "buttonStyle", "buttonStyleSmall", "textAppearance",
} | set(_TEXT) | set(_APPCOMPAT) | set(_M2) | set(_M3) | set(BASELINE_DIMENS)

_NOT_APP_THEME = re.compile(r"(Dialog|BottomSheet|Splash|Launch|Translucent|Transparent|Popup|Overlay|Widget|"
                            r"Preference|TextAppearance|ShapeAppearance|Toolbar|ActionBar|AppBar|Animation|"
                            r"Fullscreen|FullScreen|Opening|Starting)", re.I)


_PLATFORM_THEME = re.compile(r"(@?android:(style/)?)?(Base\.)?(Theme|ThemeOverlay)\.(AppCompat|MaterialComponents|"
                             r"Material3|Material|Holo|DeviceDefault|Design|Leanback|SplashScreen|Black|Light|"
                             r"Translucent|NoTitleBar|Wallpaper|Dialog)\b|(@?android:(style/)?)?Theme$")


def is_platform_theme(name: str) -> bool:
    """`Theme.MaterialComponents.Light.NoActionBar`, `@android:style/Theme.Material` ... (not a theme of
    another module of the app or a library, such as `Theme2.Main.Light`)."""
    return _PLATFORM_THEME.match(name.strip()) is not None


def parse_attr_ref(value: str) -> tuple[bool, str] | None:
    """'?attr/colorPrimary' -> (False, 'colorPrimary'); '?android:attr/textColorPrimary' and
    '?android:textColorPrimary' -> (True, 'textColorPrimary'); '?colorPrimary' -> (False, ...)."""
    m = re.fullmatch(r"\?(android:)?(?:attr/)?(android:)?([A-Za-z_][\w.]*)", value.strip())
    if not m:
        return None
    return bool(m.group(1) or m.group(2)), m.group(3)


@dataclass
class Resolution:
    value: str                 # the raw value the theme gives (`@color/x`, `#fff`, `@drawable/y`, `16sp` ...)
    loc: Loc | None            # the <item> that sets it (None for a baseline)
    source: str                # "theme" | "other-theme" | "baseline"
    theme: str | None          # the style that set it
    note: str | None = None    # why this is an approximation (None when exact)


class ThemeResolver:
    def __init__(self, values: Values, manifest_theme: str | None = None) -> None:
        self.values = values
        self.styles: dict[str, StyleDef] = values.styles
        self.candidates = sorted((n for n in self.styles if self._is_app_theme_like(n)),
                                 key=lambda n: (tuple(-x for x in self._score(n)), n))
        self.chosen_by: str | None = None
        self.app_theme: str | None = None
        mt = _style_name(manifest_theme) if manifest_theme else None
        if mt and mt in self.styles:
            self.app_theme, self.chosen_by = mt, "manifest"
        elif self.candidates:
            self.app_theme, self.chosen_by = self.candidates[0], "heuristic"
        self.used = False          # some attribute was resolved through the chosen theme
        self.defaults_used: dict[str, str] = {}   # attribute -> the library default it resolved to

    # -- the style graph --
    def parent_of(self, name: str) -> str | None:
        sd = self.styles.get(name)
        if sd is None:
            return None
        return _style_name(sd.parent) if sd.parent else None

    def chain(self, name: str | None) -> list[StyleDef]:
        """The project styles `name` inherits from, itself first."""
        out: list[StyleDef] = []
        seen: set[str] = set()
        while name and name in self.styles and name not in seen:
            seen.add(name)
            out.append(self.styles[name])
            name = self.parent_of(name)
        return out

    def platform_root(self, name: str | None) -> str | None:
        """The first ancestor of `name` that is not a project style (`Theme.MaterialComponents.Light`)."""
        seen: set[str] = set()
        while name and name in self.styles and name not in seen:
            seen.add(name)
            name = self.parent_of(name)
        return name

    def family(self) -> tuple[dict, bool]:
        """(baseline table, dark) for the app theme's platform ancestor."""
        root = self.platform_root(self.app_theme) or ""
        if "Material3" in root:
            table = _M3
        elif "MaterialComponents" in root:
            table = _M2
        else:
            table = _APPCOMPAT
        dark = bool(re.search(r"\bDark\b|\.Dark|Black", root)) or (
            root.startswith(("Theme.AppCompat", "Theme.MaterialComponents", "Theme.Material3", "Theme.Material",
                             "Theme.Holo", "Theme.DeviceDefault"))
            and not re.search(r"Light|DayNight", root))
        return table, dark

    def library_family(self) -> bool:
        """The app theme derives from an AppCompat / MaterialComponents / Material 3 theme (or the platform's
        Theme.Material), whose defaults are fixed by the library or AOSP: a default taken from the baseline
        tables is what every device shows. Not so for Holo / DeviceDefault (device makers restyle them),
        dynamic-color themes (the palette comes from the wallpaper) or a parent that is not in the input."""
        root = _style_name(self.platform_root(self.app_theme) or "")
        return (re.match(r"(Base\.)?Theme\.(AppCompat|MaterialComponents|Material3|Design)\b", root) is not None
                or re.match(r"Theme\.Material(\.|$)", root) is not None) and "DynamicColors" not in root

    def _is_app_theme_like(self, name: str) -> bool:
        if _NOT_APP_THEME.search(name.replace("AppTheme", "")):
            return False                   # overlays, dialogs, splash screens, widget styles
        if re.search(r"(^|\.)Base(\.|$)", name):
            return False                   # `Base.AppTheme`, `Theme.Base.X`: bases of the real themes
        if self._is_variant(name) and "AppTheme" not in name:
            return False                   # `X.NoTitle`, `X.Switchable`: window flags over a project theme
        root = self.platform_root(name) or ""
        if root.startswith(("Theme.", "@android:style/Theme", "android:Theme", "Theme")) and \
                not root.startswith("ThemeOverlay"):
            return True
        return root == name and "Theme" in name and bool(self.styles[name].items)   # a parentless theme

    def _is_variant(self, name: str) -> bool:
        return self.parent_of(name) in self.styles and all(
            re.match(r"(android:)?(window|statusBar|navigationBar|fitsSystemWindows|enforce)", iname)
            for iname, _v, _l in self.styles[name].items)

    def _score(self, name: str) -> tuple:
        """Higher sorts first: an `AppTheme`, then the shallowest project theme, then the most complete."""
        chain = self.chain(name)
        app = 2 if name == "AppTheme" else 1 if "AppTheme" in name else 0
        return (app, -len(chain), sum(len(sd.items) for sd in chain))

    # -- lookup --
    def resolve(self, value: str, depth: int = 0) -> Resolution | None:
        """Resolve a `?attr/...` value to what the theme sets, following `?attr` chains."""
        ref = parse_attr_ref(value)
        if ref is None or depth > 8:
            return None
        android, name = ref
        hit = self._lookup(android, name)
        if hit is None:
            return self._baseline(android, name)
        if hit.value.strip().startswith("?"):
            inner = self.resolve(hit.value, depth + 1)
            if inner is None:
                return Resolution(hit.value, hit.loc, hit.source, hit.theme, hit.note)
            note = hit.note or inner.note
            return Resolution(inner.value, inner.loc, inner.source if inner.source != "theme" else hit.source,
                              inner.theme, note)
        return hit

    def _items(self, sd: StyleDef, android: bool, name: str):
        wanted = (f"android:{name}", name) if android else (name, f"android:{name}")
        for w in wanted:
            for iname, value, loc in reversed(sd.items):
                if iname == w:
                    yield value, loc
                    return

    def _lookup(self, android: bool, name: str) -> Resolution | None:
        for sd in self.chain(self.app_theme):
            for value, loc in self._items(sd, android, name):
                self.used = True
                return Resolution(value, loc, "theme", sd.name)
        others = self.candidates + sorted(n for n in self.styles if "Theme" in n and n not in self.candidates)
        # the light variant is the default look of most apps: dark/black/night themes are tried last
        others.sort(key=lambda n: bool(re.search(r"dark|black|night|amoled|oled", n, re.I)))
        for cand in others:
            if cand == self.app_theme:
                continue
            for sd in self.chain(cand):
                for value, loc in self._items(sd, android, name):
                    why = (f"the app theme {self.app_theme} does not set it; taken from {sd.name}, which the app "
                           "applies at run time" if self.app_theme else
                           f"no app theme found; taken from {sd.name}")
                    return Resolution(value, loc, "other-theme", sd.name, why)
        return None

    @property
    def missing_parent(self) -> str | None:
        """The app theme's first ancestor outside the project when it is not a platform theme either (a
        theme of another module or library that is not in the input), else None."""
        root = self.platform_root(self.app_theme)
        return root if root and root != self.app_theme and not is_platform_theme(root) else None

    def _baseline(self, android: bool, name: str) -> Resolution | None:
        if self.missing_parent and name not in BASELINE_DIMENS:
            return None            # the theme that would set it is not in the input
        table, dark = self.family()
        pair = table.get(name) or _TEXT.get(name) or _APPCOMPAT.get(name)
        root = self.platform_root(self.app_theme) or "the platform default theme"
        if pair is not None:
            v = pair[1 if dark else 0]
            if self.library_family():
                # the value ships in the AppCompat / Material library the app links: every device shows it
                self.defaults_used.setdefault(("android:" if android else "") + name, v)
                return Resolution(v, None, "baseline", None, None)
            return Resolution(v, None, "baseline", None,
                              f"not set by the app's styles; imported as the documented {'dark' if dark else 'light'} "
                              f"baseline of {root} ({v}); the device's theme may differ")
        if name in BASELINE_DIMENS:
            v = BASELINE_DIMENS[name]
            return Resolution(f"{v:g}dp", None, "baseline", None, None)    # the same in every theme family
        return None

    @staticmethod
    def is_platform_attr(value: str) -> bool:
        """A platform / AppCompat / Material attribute (defined by the framework or a library, never by the
        app), as opposed to a custom attribute the app declares in its attrs.xml."""
        ref = parse_attr_ref(value)
        return ref is not None and (ref[0] or ref[1] in KNOWN_PLATFORM_ATTRS
                                    or ref[1].startswith(("textAppearance", "color")))


def _style_name(ref: str) -> str:
    """'@style/AppTheme' / 'AppTheme' / '@android:style/Theme.Material' -> the style name."""
    v = ref.strip()
    for p in ("@style/", "@android:style/", "android:style/", "style/", "@*android:style/"):
        if v.startswith(p):
            return v[len(p):]
    return v


def manifest_theme(manifest_xml: bytes) -> str | None:
    """The app theme of an AndroidManifest.xml: `<application android:theme="@style/X">`, else the
    launcher activity's theme, else the theme most activities use (None if absent/unreadable)."""
    from .xmlsafe import XmlError, parse_xml
    try:
        root = parse_xml(manifest_xml)
    except XmlError:
        return None
    for n in root.children:
        if n.tag != "application":
            continue
        t = n.get("android:theme")
        if t and t.startswith("@"):
            return t
        launcher, counts = None, {}
        for a in n.children:
            at = a.get("android:theme")
            if a.tag not in ("activity", "activity-alias") or not at or not at.startswith("@"):
                continue
            counts[at] = counts.get(at, 0) + 1
            cats = {c.get("android:name") for f in a.children if f.tag == "intent-filter" for c in f.children}
            if launcher is None and "android.intent.category.LAUNCHER" in cats:
                launcher = at
        if launcher:
            return launcher
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None
    return None
