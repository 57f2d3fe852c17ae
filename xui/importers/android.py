"""`xui import android`: Android XML layouts + values resources -> .xui sources.

    from xui.importers import import_android, write_report
    result = import_android([Path("app/src/main")], Path("ui"))
    result.write()                                  # or write_report(result, ...)

Reads `res/layout/*.xml` and `res/values*/*.xml`; produces one .xui per layout
(a `component`, or a `screen` for `activity_*` / `fragment_*` layouts) plus
`theme.xui` (theme tokens from colors/dimens, `strings` tables per locale), and a
migration report listing every element / attribute that was not mapped, with its
`file:line`. Nothing is written until `ImportResult.write()`.

The mapping is data: VIEWS (Android class -> builder kind) and ATTRS / TEXT_ATTRS /
NOOP_ATTRS (attribute -> handler). Builders live in `LayoutConverter.b_<kind>`. Theme
attributes (`?attr/colorPrimary`) are resolved through the app theme by themes.ThemeResolver.
PLANNED_MODIFIERS lists the attributes waiting for a modifier the language is gaining.

Every report entry has a location; `missing` marks the ones caused by a resource missing from
the INPUT (so the stats show both `clean_pct` and `clean_pct_excluding_missing_resources`).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from xui.catalog import ELEMENTS
from xui.checker import TAKEN_DECL_NAMES

from .appcode import AdapterIndex, BindingAdapters, RowSource, braced
from .binding import BindCtx, Unsupported, translate, translate_listener
from .drawables import Interpreter, ResourceFiles
from .emit import Decl, El, If, Item, Param, render_decl
from .libraries import LIBRARY_VIEWS
from .resources import (ANDROID_COLORS, Loc, Values, android_text, camel, load_values, num, number, parse_color,
                        parse_dimen, pascal, unique, words, xui_string)
from .themes import RIPPLE_ATTRS, ThemeResolver, manifest_theme, parse_attr_ref
from .xmlsafe import Node, XmlError, parse_xml

__all__ = ["import_android", "write_report", "ImportResult", "ReportEntry", "VIEWS"]

# ---- the mapping table ------------------------------------------------------------------------

# Android view class (simple or fully qualified) -> builder kind (LayoutConverter.b_<kind>)
VIEWS: dict[str, str] = {
    "LinearLayout": "linear", "androidx.appcompat.widget.LinearLayoutCompat": "linear",
    "TableLayout": "linear_v", "TableRow": "linear_h",
    "FrameLayout": "frame", "androidx.fragment.app.FragmentContainerView": "unsupported",
    "RelativeLayout": "relative",
    "androidx.constraintlayout.widget.ConstraintLayout": "constraint", "ConstraintLayout": "constraint",
    "android.support.constraint.ConstraintLayout": "constraint",
    "androidx.coordinatorlayout.widget.CoordinatorLayout": "coordinator",
    "androidx.drawerlayout.widget.DrawerLayout": "drawer", "android.support.v4.widget.DrawerLayout": "drawer",
    "ViewFlipper": "flipper", "ViewAnimator": "flipper", "ViewSwitcher": "flipper", "TextSwitcher": "flipper",
    "ImageSwitcher": "flipper",
    "android.support.design.widget.CoordinatorLayout": "coordinator",
    "com.google.android.material.appbar.AppBarLayout": "appbar",
    "android.support.design.widget.AppBarLayout": "appbar",
    "com.google.android.material.appbar.CollapsingToolbarLayout": "frame",
    "ScrollView": "scroll", "androidx.core.widget.NestedScrollView": "scroll",
    "android.support.v4.widget.NestedScrollView": "scroll", "HorizontalScrollView": "hscroll",
    "androidx.cardview.widget.CardView": "card", "android.support.v7.widget.CardView": "card",
    "com.google.android.material.card.MaterialCardView": "card", "CardView": "card",
    "androidx.recyclerview.widget.RecyclerView": "list", "android.support.v7.widget.RecyclerView": "list",
    "ListView": "list", "GridView": "grid", "ExpandableListView": "list",
    "androidx.swiperefreshlayout.widget.SwipeRefreshLayout": "passthrough",
    "android.support.v4.widget.SwipeRefreshLayout": "passthrough",
    "TextView": "text", "androidx.appcompat.widget.AppCompatTextView": "text",
    "com.google.android.material.textview.MaterialTextView": "text", "CheckedTextView": "text",
    "EditText": "edit", "androidx.appcompat.widget.AppCompatEditText": "edit",
    "com.google.android.material.textfield.TextInputEditText": "edit", "AutoCompleteTextView": "edit",
    "MultiAutoCompleteTextView": "edit", "androidx.appcompat.widget.AppCompatAutoCompleteTextView": "edit",
    "com.google.android.material.textfield.MaterialAutoCompleteTextView": "edit",
    "android.support.design.widget.TextInputEditText": "edit",
    "com.google.android.material.textfield.TextInputLayout": "textinputlayout",
    "android.support.design.widget.TextInputLayout": "textinputlayout",
    "Button": "button", "androidx.appcompat.widget.AppCompatButton": "button",
    "com.google.android.material.button.MaterialButton": "button",
    "com.google.android.material.chip.Chip": "button",
    "ImageButton": "imagebutton", "androidx.appcompat.widget.AppCompatImageButton": "imagebutton",
    "ImageView": "image", "androidx.appcompat.widget.AppCompatImageView": "image",
    "com.google.android.material.imageview.ShapeableImageView": "image",
    "com.facebook.drawee.view.SimpleDraweeView": "image",     # Fresco: an ImageView loading a URI set in code
    "de.hdodenhof.circleimageview.CircleImageView": "image",
    "Switch": "toggle", "androidx.appcompat.widget.SwitchCompat": "toggle",
    "android.support.v7.widget.SwitchCompat": "toggle",
    "com.google.android.material.switchmaterial.SwitchMaterial": "toggle",
    "com.google.android.material.materialswitch.MaterialSwitch": "toggle",
    "CheckBox": "checkbox", "androidx.appcompat.widget.AppCompatCheckBox": "checkbox",
    "com.google.android.material.checkbox.MaterialCheckBox": "checkbox",
    "RadioGroup": "radiogroup", "RadioButton": "radio",
    "androidx.appcompat.widget.AppCompatRadioButton": "radio",
    "com.google.android.material.radiobutton.MaterialRadioButton": "radio",
    "ProgressBar": "progress", "androidx.core.widget.ContentLoadingProgressBar": "progress",
    "com.google.android.material.progressindicator.CircularProgressIndicator": "progress",
    "com.google.android.material.progressindicator.LinearProgressIndicator": "progress_linear",
    "SeekBar": "slider", "androidx.appcompat.widget.AppCompatSeekBar": "slider",
    "com.google.android.material.slider.Slider": "slider",
    "Spinner": "picker", "androidx.appcompat.widget.AppCompatSpinner": "picker", "NumberPicker": "picker",
    "Chronometer": "clocktext", "TextClock": "clocktext",
    "com.google.android.material.tabs.TabLayout": "tabs", "android.support.design.widget.TabLayout": "tabs",
    "com.google.android.material.bottomnavigation.BottomNavigationView": "bottomnav",
    "android.support.design.widget.BottomNavigationView": "bottomnav",
    "com.google.android.material.navigationrail.NavigationRailView": "bottomnav",
    "com.google.android.material.navigation.NavigationView": "navmenu",
    "android.support.design.widget.NavigationView": "navmenu",
    "Space": "space", "androidx.legacy.widget.Space": "space",
    "View": "view",
    "com.google.android.material.divider.MaterialDivider": "divider",
    "com.google.android.material.floatingactionbutton.FloatingActionButton": "fab",
    "android.support.design.widget.FloatingActionButton": "fab",
    "com.google.android.material.floatingactionbutton.ExtendedFloatingActionButton": "button",
    "Toolbar": "toolbar", "androidx.appcompat.widget.Toolbar": "toolbar",
    "android.support.v7.widget.Toolbar": "toolbar", "com.google.android.material.appbar.MaterialToolbar": "toolbar",
    "androidx.constraintlayout.widget.Guideline": "helper", "androidx.constraintlayout.widget.Barrier": "helper",
    "androidx.constraintlayout.widget.Group": "helper", "androidx.constraintlayout.helper.widget.Flow": "helper",
    "requestFocus": "noop",
}

# Views with no xui counterpart: a visible placeholder plus a report entry.
UNSUPPORTED_REASONS: dict[str, str] = {
    "WebView": "web content has no xui element (use a `native` block)",
    "androidx.viewpager.widget.ViewPager": "pagers have no xui element",
    "androidx.viewpager2.widget.ViewPager2": "pagers have no xui element",
    "androidx.drawerlayout.widget.DrawerLayout": "navigation drawers are not imported",
    "RatingBar": "rating bars have no xui element",
    "VideoView": "video has no xui element", "SurfaceView": "surfaces have no xui element",
    "TextureView": "surfaces have no xui element", "com.google.android.gms.maps.MapView": "maps have no xui element",
    "fragment": "fragments are composed in code; import the fragment's own layout and embed it",
    "androidx.fragment.app.FragmentContainerView": "fragment containers are composed in code",
    "ViewStub": "view stubs are inflated in code; import the stubbed layout and embed it",
    "com.google.android.material.chip.ChipGroup": "chip groups have no xui element (children kept in a Row)",
    "ToggleButton": "two-state text buttons (textOn/textOff) have no xui element: a Button whose label follows "
                    "a Bool state, or a Toggle",
    "SearchView": "search views have no xui element: a TextField with .submitLabel(.search) is the closest",
    "androidx.appcompat.widget.SearchView": "search views have no xui element: a TextField with "
                                            ".submitLabel(.search) is the closest",
    "DatePicker": "date pickers have no xui element",
    "TimePicker": "time pickers have no xui element", "CalendarView": "calendars have no xui element",
    "AnalogClock": "clocks have no xui element",
}

ANDROID = "android:"

# the tags that host a fragment (a design-time `tools:layout` says what it shows)
FRAGMENT_TAGS = ("fragment", "androidx.fragment.app.FragmentContainerView")

# Attributes that have no effect on the xui result and need no migration (design-time
# `tools:`, focus and accessibility defaults the targets provide themselves). Listed in the
# report's "ignored" section with their location, not counted as gaps.
NOOP_ATTRS = {
    "android:focusable", "android:focusableInTouchMode", "android:fitsSystemWindows",
    "android:scrollbars", "android:fillViewport", "android:overScrollMode", "android:clipToPadding",
    "android:clipChildren", "android:saveEnabled", "android:descendantFocusability", "android:baselineAligned",
    "android:nestedScrollingEnabled", "android:weightSum", "android:includeFontPadding",
    "android:adjustViewBounds", "android:layout_alignWithParentIfMissing", "android:orientation",
    "android:importantForAutofill", "android:autofillHints", "android:labelFor", "android:cursorVisible",
    "android:screenReaderFocusable", "android:importantForAccessibility", "android:splitMotionEvents",
    "android:animateLayoutChanges", "android:layoutDirection", "android:textDirection",
    "android:scrollbarStyle", "android:requiresFadingEdge", "android:fadeScrollbars",
    "app:cardUseCompatPadding", "app:cardPreventCornerOverlap", "app:errorEnabled", "app:hintEnabled",
    "app:layout_scrollFlags", "app:layout_collapseMode", "app:layout_optimizationLevel",
    "app:layout_constrainedWidth", "app:layout_constrainedHeight", "app:layoutManager", "app:spanCount",
    "app:hideOnContentScroll", "app:useCompatPadding", "android:duplicateParentState",
    "android:theme", "app:theme", "app:popupTheme", "app:contentInsetStart", "app:contentInsetStartWithNavigation",
    "app:layout_goneMarginTop", "app:layout_goneMarginBottom", "app:layout_goneMarginStart",
    "app:layout_goneMarginEnd", "app:layout_goneMarginLeft", "app:layout_goneMarginRight",
    "app:hintAnimationEnabled", "android:selectAllOnFocus", "android:freezesText", "android:maxEms",
    "android:ems", "android:minEms", "android:textCursorDrawable", "android:clipToOutline",
    "app:toolbarId", "app:titleEnabled",
    "android:value",        # read by <meta-data> and preferences, by no view (a common slip on TextViews)
}
NOOP_WHY = "no effect in xui (design-time or platform default)"

# modifiers that style the text itself (they stay on a Text that moves into a Row/Column)
TEXT_MODS = {"foreground", "font", "fontSize", "fontWeight", "italic", "letterSpacing", "lineSpacing", "textAlign",
             "lineLimit", "selectable"}

# rendering-performance flags of old list views: no visible effect
NOOP_ATTRS |= {"android:scrollingCache", "android:animationCache", "android:smoothScrollbar",
               "android:persistentDrawingCache", "android:alwaysDrawnWithCache", "android:cacheColorHint",
               "android:drawSelectorOnTop", "android:scrollbarAlwaysDrawVerticalTrack",
               "android:scrollbarAlwaysDrawHorizontalTrack", "android:scrollbarDefaultDelayBeforeFade",
               "android:scrollbarFadeDuration", "android:verticalScrollbarPosition"}
# data and hooks for the app's code: nothing is shown for them
CODE_HOOK_ATTRS = {"android:tag", "android:hapticFeedbackEnabled", "android:soundEffectsEnabled",
                   "android:longClickable", "android:contextClickable",
                   "android:nextFocusDown", "android:nextFocusUp", "android:nextFocusLeft",
                   "android:nextFocusRight", "android:nextFocusForward"}
NOOP_ATTRS |= CODE_HOOK_ATTRS

# Attributes whose value is exactly the platform default (or zero): no visible effect anywhere.
ZERO_NOOP_ATTRS = {"android:elevation", "app:elevation", "app:cardElevation", "android:minWidth",
                   "android:minHeight", "app:cardMaxElevation", "android:translationZ", "app:pressedTranslationZ"}

# Platform / Material text appearances -> (font size in sp, weight or None). Only size and weight are
# carried over; the appearance's text color is the theme's default text color, which is what every
# target uses for unstyled text too.
_M2_TEXT = {"Headline1": (96, "regular"), "Headline2": (60, "regular"), "Headline3": (48, None),
            "Headline4": (34, None), "Headline5": (24, None), "Headline6": (20, "medium"),
            "Subtitle1": (16, None), "Subtitle2": (14, "medium"), "Body1": (16, None), "Body2": (14, None),
            "Button": (14, "medium"), "Caption": (12, None), "Overline": (10, None)}
_M3_TEXT = {"DisplayLarge": (57, None), "DisplayMedium": (45, None), "DisplaySmall": (36, None),
            "HeadlineLarge": (32, None), "HeadlineMedium": (28, None), "HeadlineSmall": (24, None),
            "TitleLarge": (22, None), "TitleMedium": (16, "medium"), "TitleSmall": (14, "medium"),
            "BodyLarge": (16, None), "BodyMedium": (14, None), "BodySmall": (12, None),
            "LabelLarge": (14, "medium"), "LabelMedium": (12, "medium"), "LabelSmall": (11, "medium")}
_APPCOMPAT_TEXT = {"Display4": (112, "regular"), "Display3": (56, None), "Display2": (45, None),
                   "Display1": (34, None), "Headline": (24, None), "Title": (20, "medium"),
                   "Subhead": (16, None), "Body2": (14, "medium"), "Body1": (14, None), "Caption": (12, None),
                   "Button": (14, "medium"), "Large": (22, None), "Medium": (18, None), "Small": (14, None),
                   "Menu": (16, None), "ListItem": (16, None), "ListItemSmall": (14, None),
                   "ListItemSecondary": (14, None), "SearchResult.Title": (18, None),
                   "Widget.ActionBar.Title": (20, "medium"), "Widget.ActionBar.Subtitle": (16, None)}
_TEXT_FAMILIES = {"MaterialComponents": _M2_TEXT, "Material3": _M3_TEXT, "AppCompat": _APPCOMPAT_TEXT,
                  "Material": _APPCOMPAT_TEXT, "Design": _APPCOMPAT_TEXT, "DeviceDefault": _APPCOMPAT_TEXT,
                  "Holo": _APPCOMPAT_TEXT, "": _APPCOMPAT_TEXT}
# name suffixes of platform appearances that only recolor the text (approximated: the color is dropped)
_TEXT_COLOR_VARIANTS = ("Inverse", "Light", "Dark", "Secondary", "Disabled")


def text_appearance(value: str) -> tuple[float, str | None, bool] | None:
    """A platform/Material text appearance (`@style/TextAppearance.AppCompat.Title`,
    `?android:attr/textAppearanceLarge`, `?attr/textAppearanceHeadline6`,
    `@style/TextAppearance.Material3.BodyLarge` ...) -> (size sp, weight, recolored variant)."""
    v = value.strip()
    m = re.fullmatch(r"\?(?:android:)?(?:attr/)?textAppearance([A-Z]\w*)", v)
    if m:
        name = m.group(1)
        android_attr = v.startswith("?android:")
        for table in ((_APPCOMPAT_TEXT,) if android_attr else (_M3_TEXT, _M2_TEXT, _APPCOMPAT_TEXT)):
            if name in table:
                return (*table[name], False)
        if name.endswith("Inverse") and name[:-7] in _APPCOMPAT_TEXT:
            return (*_APPCOMPAT_TEXT[name[:-7]], True)
        return None
    m = re.fullmatch(r"@(?:android:)?style/(?:TextAppearance|Base\.TextAppearance)\.(.+)", v)
    if not m:
        return None
    parts = m.group(1).split(".")
    family = ""
    if parts[0] in _TEXT_FAMILIES:
        family = parts.pop(0)
    table = _TEXT_FAMILIES[family]
    for n in (3, 2, 1):
        key = ".".join(parts[:n])
        if len(parts) >= n and key in table:
            rest = parts[n:]
            if all(r in _TEXT_COLOR_VARIANTS for r in rest):
                return (*table[key], bool(rest))
    return None

FONT_FAMILY_WEIGHTS = {"sans-serif": None, "sans-serif-medium": "medium", "sans-serif-black": "bold",
                       "sans-serif-condensed": None, "roboto": None, "@font/roboto_medium": "medium",
                       "@font/roboto_bold": "bold", "sans-serif-light": "light", "sans-serif-thin": "light"}

ANDROID_STRINGS = {"ok": "OK", "cancel": "Cancel", "yes": "Yes", "no": "No", "copy": "Copy",
                   "paste": "Paste", "untitled": "<Untitled>"}

SCREEN_PREFIXES = ("activity", "fragment")
NAME_AFFIXES = {"activity": "Screen", "fragment": "Screen", "item": "Item", "row": "Row", "dialog": "Dialog",
                "view": "View", "content": "Content", "cell": "Cell", "card": "Card", "header": "Header",
                "footer": "Footer", "bottom_sheet": "BottomSheet", "list_item": "ListItem",
                "layout": "", "include": "", "partial": "", "widget": "Widget", "toolbar": "Toolbar"}

ROLE_WORDS = {"btn", "button", "tv", "txt", "text", "textview", "lbl", "label", "et", "edittext",
              "input", "iv", "img", "image", "imageview", "rv", "recycler", "recyclerview", "lv",
              "listview", "sw", "switch", "toggle", "cb", "checkbox", "check", "pb", "progress", "progressbar",
              "fab", "ll", "rl", "cl", "fl", "sv", "scroll", "layout", "container", "rb", "radio", "rg",
              "til", "view", "v", "ib", "spinner", "sb", "seekbar", "tb", "toolbar", "card", "cv", "bar",
              "group", "wrapper", "holder", "box", "icon", "ic", "seek", "slider", "chip", "fab"}

MAX_LAYOUT_FILES = 2000


# ---- results & report -------------------------------------------------------------------------

@dataclass
class ReportEntry:
    file: str
    line: int
    col: int
    kind: str            # "element" | "attribute" | "resource" | "binding" | "file"
    subject: str         # e.g. "com.example.FancyView", "android:background=\"@drawable/bg\""
    reason: str
    severity: str = "unmapped"    # "unmapped" (a gap) | "approximated" | "ignored" (a note) | "error"
    missing: bool = False         # caused by a resource missing from the INPUT (a `@string/x` with no
                                  # values/ entry, an unknown style, an included layout that is not there),
                                  # not by a mapping gap of the importer

    @property
    def is_gap(self) -> bool:
        """Gaps (not carried over) and approximations change what the user sees; "ignored" entries are
        informational notes about attributes with no effect in the app (tools:, defaults, no-ops)."""
        return self.severity != "ignored"

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "col": self.col, "kind": self.kind,
                "subject": self.subject, "reason": self.reason, "severity": self.severity,
                "gap": self.is_gap, "missing_resource": self.missing}


@dataclass
class ImportDiagnostic:
    severity: str        # "error" | "warning"
    code: str            # I0001 malformed XML, I0002 unreadable/too large, I0003 missing resource,
                         # I0004 include problem, I0005 generated xui does not check or build (importer bug)
    message: str
    file: str | None
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        loc = f"{self.file}:{self.line}:{self.col}: " if self.file else ""
        return f"{loc}{self.severity}[{self.code}]: {self.message}"

    def to_json(self) -> dict:
        return {"severity": self.severity, "code": self.code, "message": self.message, "file": self.file,
                "line": self.line, "col": self.col}


@dataclass
class ImportStats:
    layouts: int = 0
    elements: int = 0
    elements_mapped: int = 0
    elements_clean: int = 0          # mapped with no gap/approximation entry on it or its attributes
                                     # (informational "ignored" notes do not count against it)
    elements_clean_excluding_missing: int = 0   # mapped, and every gap entry on it is a resource missing
                                     # from the input (it would be clean with complete res/values)
    elements_without_own_entry: int = 0   # mapped with no gap/approximation entry about the element
                                     # itself (entries about its attributes aside)
    attributes: int = 0
    attributes_mapped: int = 0       # includes attributes_noop
    attributes_noop: int = 0         # no effect in the app (tools:, defaults, ignored by the parent)
    gaps: int = 0                    # report entries "unmapped" + "error"
    approximations: int = 0          # report entries "approximated"
    notes: int = 0                   # report entries "ignored": no effect in the app, not gaps
    missing_resources: int = 0       # gap entries caused by resources missing from the input
    module_res_dirs: int = 0         # res/ folders of the Gradle project's other modules also searched
    strings: int = 0
    locales: int = 0
    colors: int = 0
    dimens: int = 0

    @property
    def element_pct(self) -> float:
        return 100.0 * self.elements_mapped / self.elements if self.elements else 100.0

    @property
    def clean_pct(self) -> float:
        return 100.0 * self.elements_clean / self.elements if self.elements else 100.0

    @property
    def clean_pct_excluding_missing_resources(self) -> float:
        return 100.0 * self.elements_clean_excluding_missing / self.elements if self.elements else 100.0

    @property
    def own_entry_free_pct(self) -> float:
        return 100.0 * self.elements_without_own_entry / self.elements if self.elements else 100.0

    @property
    def attribute_pct(self) -> float:
        return 100.0 * self.attributes_mapped / self.attributes if self.attributes else 100.0

    def to_json(self) -> dict:
        d = dict(self.__dict__)
        d.update(element_pct=round(self.element_pct, 1), clean_pct=round(self.clean_pct, 1),
                 clean_pct_excluding_missing_resources=round(self.clean_pct_excluding_missing_resources, 1),
                 own_entry_free_pct=round(self.own_entry_free_pct, 1), attribute_pct=round(self.attribute_pct, 1))
        return d


@dataclass
class ImportResult:
    out_dir: Path
    files: dict[str, str] = field(default_factory=dict)          # relative path -> formatted xui text
    report: list[ReportEntry] = field(default_factory=list)
    stats: ImportStats = field(default_factory=ImportStats)
    diagnostics: list[ImportDiagnostic] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)

    def to_json(self) -> dict:
        return {"out_dir": self.out_dir.as_posix(), "files": sorted(self.files),
                "stats": self.stats.to_json(),
                "report": [e.to_json() for e in self.report],
                "diagnostics": [d.to_json() for d in self.diagnostics]}

    def migration_markdown(self) -> str:
        return migration_markdown(self)

    def write(self, report_json: Path | None = None) -> list[Path]:
        """Write the .xui files and MIGRATION.md into out_dir (atomically), and the JSON report."""
        return write_report(self, report_json=report_json, write_sources=True)


# ---- small helpers ----------------------------------------------------------------------------

def _menu_item_nodes(root: Node) -> list[Node]:
    """The <item>s of a menu resource in order, <group>s flattened (as LayoutConverter.menu_items)."""
    out: list[Node] = []
    for c in root.children:
        if c.tag == "group":
            out.extend(_menu_item_nodes(c))
        elif c.tag == "item":
            out.append(c)
    return out


def _display(p: Path) -> str:
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return p.as_posix()
    return Path(rel).as_posix() if not rel.startswith("..") else Path(os.path.abspath(p)).as_posix()


def _short(cls: str) -> str:
    return cls.rsplit(".", 1)[-1]


def view_kind(tag: str) -> str | None:
    if tag in VIEWS:
        return VIEWS[tag]
    if tag in LIBRARY_VIEWS:
        return LIBRARY_VIEWS[tag].kind
    if tag in UNSUPPORTED_REASONS:
        return "unsupported"
    short = _short(tag)
    if short in VIEWS and (short == tag or tag.startswith(("android.", "androidx.", "com.google.android."))):
        return VIEWS[short]
    if short in UNSUPPORTED_REASONS and tag.startswith(("android.", "androidx.", "com.google.android.")):
        return "unsupported"
    if tag.startswith(("android.support.", "androidx.")) and any(
            "." in full and _short(full) == short for full in UNSUPPORTED_REASONS):
        return "unsupported"            # a Material/AndroidX class under its old support package name
    for full, kind in VIEWS.items():    # AndroidX class under an old support package, etc.
        if "." in full and _short(full) == short and tag.startswith(("android.support.", "androidx.")):
            return kind
    return None


# suffix of a custom class name -> the view it most likely extends (SquareImageView, CustomCardView)
CUSTOM_SUFFIXES = sorted({_short(k): v for k, v in VIEWS.items()
                          if v not in ("helper", "noop", "unsupported", "view") and len(_short(k)) > 4}.items(),
                         key=lambda kv: -len(kv[0]))


class ViewSources:
    """The superclasses of the app's own view classes, read from the source sets next to res/
    (`src/main/java`, `src/main/kotlin`): `class FancyView(...) : FrameLayout(...)`, `class FancyView
    extends FrameLayout`. A custom view's base then comes from its declaration, not from its name."""

    _CLASS = re.compile(r"\bclass\s+([A-Z]\w*)")
    MAX_FILES = 20000

    def __init__(self, display) -> None:
        self._display = display
        self._roots: list[Path] = []
        self._index: dict[str, tuple] | None = None     # see _build
        self._adapters = AdapterIndex()
        self._binding_adapters = BindingAdapters()

    def add_source_set(self, source_set: Path) -> None:
        for lang in ("java", "kotlin"):
            d = source_set / lang
            if d.is_dir() and d not in self._roots:
                self._roots.append(d)
                self._index = None

    @property
    def binding_adapters(self) -> BindingAdapters:
        """The app's @BindingAdapter functions (built with the class index)."""
        if self._index is None:
            self._index = self._build()
        return self._binding_adapters

    @property
    def adapters(self) -> AdapterIndex:
        """The app's list adapters and where they are set (built with the class index)."""
        if self._index is None:
            self._index = self._build()
        return self._adapters

    def _build(self) -> dict[str, tuple]:
        # class name -> (superclass, location, look signs or None, overridden methods or None)
        index: dict[str, tuple] = {}
        self._adapters = AdapterIndex()
        self._binding_adapters = BindingAdapters()
        seen = 0
        for root in self._roots:
            for cur, dirs, files in os.walk(root):
                dirs.sort()
                for f in sorted(files):
                    if not f.endswith((".kt", ".java")):
                        continue
                    seen += 1
                    if seen > self.MAX_FILES:
                        return index
                    path = Path(cur) / f
                    try:
                        with open(path, encoding="utf-8", errors="replace") as fh:
                            text = fh.read(200_000)      # class headers are near the top
                    except OSError:
                        continue
                    pkg = re.search(r"^\s*package\s+([\w.]+)", text, re.M)
                    self._adapters.add_file(text, self._display(path))
                    if "@BindingAdapter" in text:
                        self._binding_adapters.add_file(text, self._display(path))
                    for m in self._CLASS.finditer(text):
                        sup = _superclass(text, m.end())
                        if sup is None:
                            continue
                        line = text.count("\n", 0, m.start()) + 1
                        name = (pkg.group(1) + "." if pkg else "") + m.group(1)
                        body = _class_body(text, m.end())
                        self._adapters.add_class(m.group(1), sup, body)
                        index.setdefault(name, (sup, f"{self._display(path)}:{line}",
                                                None if body is None else look_signs(body),
                                                None if body is None else tuple(overridden(body))))
        return index

    def overrides(self, tag: str, depth: int = 0) -> list[str]:
        """The methods the app class `tag` and its app superclasses override."""
        hit = (self._index or {}).get(tag)
        if hit is None or depth > 8 or hit[3] is None:
            return []
        pkg = tag.rsplit(".", 1)[0]
        inner = next((self.overrides(c, depth + 1) for c in (hit[0], f"{pkg}.{hit[0]}")
                      if c in (self._index or {}) and c != tag), [])
        return list(dict.fromkeys(list(hit[3]) + inner))

    def base_of(self, tag: str, depth: int = 0) -> tuple[str, str, str, tuple[str, ...] | None] | None:
        """(view kind, base class, declaration location, look signs) for an app class extending a known
        view, following the app's own intermediate classes. The look signs (`look_signs`) are what the
        classes' code does to the view's look: () when it adds behaviour only, None when a class body
        could not be read."""
        if not self._roots or depth > 8:
            return None
        if self._index is None:
            self._index = self._build()
        hit = self._index.get(tag)
        if hit is None:
            return None
        sup, where, signs, _over = hit
        kind = view_kind(sup) or next((k for full, k in VIEWS.items() if _short(full) == _short(sup)), None)
        if kind is not None and kind not in ("unsupported", "helper", "noop", "view"):
            return kind, _short(sup), where, signs
        pkg = tag.rsplit(".", 1)[0]
        for cand in (sup, f"{pkg}.{sup}"):
            if cand in self._index and cand != tag:
                inner = self.base_of(cand, depth + 1)
                if inner is not None:
                    both = None if signs is None or inner[3] is None else tuple(dict.fromkeys(signs + inner[3]))
                    return inner[0], inner[1], where, both
        return None


# What a view subclass's code can do to its look, by the calls / overrides / property writes that do
# it (Java and Kotlin spellings). A class with none of them adds behaviour only (touch, paste, text
# watching, accessibility): the layout's attributes on its base class describe the screen.
LOOK_SIGNS: dict[str, str] = {
    "draws itself": r"\b(onDraw|dispatchDraw|onDrawForeground)\s*\(|\bCanvas\b",
    "measures or lays out itself": r"\b(onMeasure|onLayout)\s*\(",
    "inflates or adds child views": r"\b(inflate|addView)\s*\(|\bLayoutInflater\b",
    "sets colors": r"\b(setTextColor|setLinkTextColor|setHintTextColor|setBackgroundColor|setBackgroundTintList|"
                   r"setColorFilter|setTint|setTintList|setImageTintList|setButtonTintList|setThumbTintList|"
                   r"setTrackTintList|setHighlightColor|setCardBackgroundColor|setStrokeColor|setRippleColor|"
                   r"setBoxStrokeColor)\s*\(|\b(textColors?|backgroundTintList|imageTintList|buttonTintList|"
                   r"thumbTintList|trackTintList|highlightColor|linkTextColor|strokeColor)\s*=[^=]",
    "sets the font or text size": r"\b(setTypeface|setTextAppearance|setTextSize|setLetterSpacing|setLineSpacing|"
                                  r"setPaintFlags|setAllCaps)\s*\(|\b(typeface|textSize|letterSpacing|"
                                  r"paintFlags|isAllCaps)\s*=[^=]",
    "sets drawables": r"\b(setBackground|setBackgroundResource|setBackgroundDrawable|setImageDrawable|"
                      r"setImageResource|setImageBitmap|setImageURI|setCompoundDrawables\w*|setForeground|"
                      r"setButtonDrawable|setThumbDrawable|setTrackDrawable)\s*\(|"
                      r"\b(background|foreground|buttonDrawable)\s*=[^=]",
    "sets padding, size or lines": r"\b(setPadding\w*|setMinimumHeight|setMinimumWidth|setMinHeight|setMinWidth|"
                                   r"setMaxHeight|setMaxWidth|setMaxLines|setLines|setSingleLine|setLayoutParams|"
                                   r"setGravity|setElevation)\s*\(|\b(layoutParams|maxLines|minLines|minHeight|"
                                   r"minWidth|gravity|elevation)\s*=[^=]",
    "sets its opacity or shape": r"\b(setAlpha|setOutlineProvider|setClipToOutline|setShapeAppearanceModel)"
                                 r"\s*\(|\b(alpha|outlineProvider|clipToOutline|shapeAppearanceModel)\s*=[^=]",
}
_LOOK_RES = {what: re.compile(rx) for what, rx in LOOK_SIGNS.items()}


def look_signs(body: str) -> tuple[str, ...]:
    """What a class body does to the view's look (LOOK_SIGNS keys, in table order); () if nothing."""
    return tuple(what for what, rx in _LOOK_RES.items() if rx.search(body))


def overridden(body: str) -> list[str]:
    """The methods a class body overrides (Kotlin `override fun x(`, Java `@Override ... x(`)."""
    names = re.findall(r"\boverride\s+fun\s+(\w+)\s*\(", body)
    names += re.findall(r"@Override\s+(?:(?:public|protected|private|final|synchronized)\s+)*[\w<>\[\],.? ]+?\s+"
                        r"(\w+)\s*\(", body)
    return list(dict.fromkeys(names))


_DECL_START = re.compile(r"\n\s*(?:@\w+\s+)*(?:(?:public|private|protected|internal|open|abstract|sealed|data|final|"
                         r"static|inner|enum|annotation)\s+)*(?:class|interface|object|fun|val|var)\b")


def _class_body(text: str, i: int, cap: int = 100_000) -> str | None:
    """The text between the braces of the class whose header starts at `text[i]`: "" for a class with no
    body (`class X(c: Context) : View(c)`), None when the braces do not close within `cap` characters."""
    depth, j, end = 0, i, min(len(text), i + 4000)
    while j < end:
        ch = text[j]
        if ch in "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and ch == "{":
            break
        elif depth == 0 and ch == "\n" and _DECL_START.match(text, j):
            return ""                     # the next declaration starts: this class has no body
        j += 1
    else:
        return ""
    return braced(text, j, cap)


def _superclass(text: str, i: int) -> str | None:
    """The superclass named in a class header starting at `text[i]` (after the class name): Java's
    `extends X`, or Kotlin's `: X(...)` / `: X {` after the primary constructor (at bracket depth 0)."""
    depth, j, end = 0, i, min(len(text), i + 2000)
    while j < end:
        ch = text[j]
        if ch in "(<[":
            depth += 1
        elif ch in ")>]":
            depth -= 1
        elif depth == 0 and ch in "{;=":
            return None
        elif depth == 0 and text.startswith("extends", j) and not (text[j - 1].isalnum() or text[j - 1] == "_"):
            m = re.match(r"extends\s+([\w.]+)", text[j:])
            return m.group(1) if m else None
        elif depth == 0 and ch == ":":
            m = re.match(r":\s*([\w.]+)", text[j:])
            return m.group(1) if m else None
        j += 1
    return None


def _text_like(element: str) -> bool:
    """The element takes the text modifiers (the catalog says so: Text, Button, fields, labelled controls)."""
    spec = ELEMENTS.get(element)
    return spec is not None and spec.text_like


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def custom_base(tag: str) -> tuple[str, str] | None:
    """(kind, base class) for an app's or a library's subclass of a known view, judged by its class name
    (SquareImageView, CustomCardView; a library's own `com.example.widget.TextView`)."""
    short = _short(tag)
    for suffix, kind in CUSTOM_SUFFIXES:
        if short.endswith(suffix):
            return kind, suffix
    return None


def ref(value: str) -> tuple[str, str] | None:
    """'@string/foo' -> ('string', 'foo'); '@+id/x' -> ('id', 'x'); '@android:color/white' ->
    ('android:color', 'white')."""
    m = re.fullmatch(r"@\+?(android:)?([a-z\-]+)/([A-Za-z0-9_.]+)", value.strip())
    if not m:
        return None
    return (("android:" if m.group(1) else "") + m.group(2), m.group(3))


def id_base(raw: str) -> str:
    r = ref(raw)
    name = r[1] if r else raw
    ws = [w.lower() for w in words(name)]
    core = list(ws)
    if all(w in ROLE_WORDS for w in ws):
        return camel("_".join(ws), "view")
    if len(core) > 1 and core[0] in ROLE_WORDS:
        core.pop(0)
        if len(core) > 1 and "_".join(ws[:2]) in ROLE_PAIRS:
            core.pop(0)
    if len(core) > 2 and "_".join(core[-2:]) in ROLE_PAIRS:
        del core[-2:]
    elif len(core) > 1 and core[-1] in ROLE_WORDS:
        core.pop()
    return camel("_".join(core or ws), "view")


ROLE_PAIRS = {"text_view", "edit_text", "image_view", "recycler_view", "list_view", "progress_bar",
              "image_button", "check_box", "radio_button", "radio_group", "scroll_view", "seek_bar"}


@dataclass
class AV:
    """An attribute value with its origin (the layout, or a style item in values/)."""
    value: str
    loc: Loc
    from_style: str | None = None


# ---- layout conversion ------------------------------------------------------------------------

@dataclass
class Signature:
    name: str
    kind: str                             # component | screen
    params: list[Param]
    callbacks: list[Param]
    model: str | None = None              # row components: the model they display
    item_param: str | None = None
    screen_content: str | None = None     # screens with callbacks: the component holding the body


class LayoutConverter:
    def __init__(self, imp: "Importer", name: str, node: Node, file: str, row_mode: bool) -> None:
        self.imp = imp
        self.layout = name
        self.root_node = node
        self.paint_stack: list[tuple[str, str]] = []    # drawables/color lists being resolved (loops)
        self.reported: set[tuple] = set()
        self.file = file
        self.row_mode = row_mode
        self.params: list[Param] = []
        self.callbacks: list[Param] = []
        self.states: list[Param] = []
        self.names: set[str] = set()
        self.extra_decls: list[Decl] = []
        self.model: str | None = None
        self.model_fields: dict[str, str] = {}
        self.item_param: str | None = None
        self.bind = BindCtx({}, imp.models, {}, self.imp.string_key, new_model=imp.new_model)
        self.entries_for: dict[int, int] = {}     # id(node) -> report entries counted against it
        self.mapping_gaps_for: dict[int, int] = {}  # id(node) -> those not caused by a missing resource
        self.own_entries_for: dict[int, int] = {}   # id(node) -> those about the element itself
        self.failed: set[tuple[int, str]] = set()
        self.own_fields: set[str] = set()
        self._til_hint: AV | None = None
        self.radio_group: tuple[str, dict[str, int]] | None = None
        self.radio_index = 0
        self.parent_of: dict[int, Node] = {}      # id(child) -> parent, for stack children (anchors)
        self.tree_parent: dict[int, Node] = {}    # id(node) -> its parent element in this layout file
        self.exact_helpers: set[int] = set()      # id(helper) whose constraints the Column/Row result keeps exactly
        stack = [node]
        while stack:
            n = stack.pop()
            for ch in n.children:
                self.tree_parent[id(ch)] = n
                stack.append(ch)

    # -- report helpers --
    def report(self, loc: Loc, kind: str, subject: str, reason: str, severity: str = "unmapped",
               node: Node | None = None, missing: bool = False) -> None:
        key = (loc.file, loc.line, loc.col, subject, reason)
        if key not in self.reported:    # listed once; still counted against every element it affects
            self.reported.add(key)
            self.imp.report.append(ReportEntry(loc.file, loc.line, loc.col, kind, subject, reason, severity,
                                               missing and severity != "ignored"))
        if node is not None and severity in ("unmapped", "approximated"):
            self.entries_for[id(node)] = self.entries_for.get(id(node), 0) + 1
            if not missing:
                self.mapping_gaps_for[id(node)] = self.mapping_gaps_for.get(id(node), 0) + 1
            if kind == "element":
                self.own_entries_for[id(node)] = self.own_entries_for.get(id(node), 0) + 1

    def count_clean(self, node: Node, before: tuple[int, int, int]) -> None:
        """Count a mapped element as clean when no gap entry was added against it since `before`
        (= self.marks(node)), as clean-but-for-missing-resources when none of them is a mapping gap,
        and as free of entries of its own when none of them is about the element (not an attribute)."""
        if self.entries_for.get(id(node), 0) == before[0]:
            self.imp.stats.elements_clean += 1
        if self.mapping_gaps_for.get(id(node), 0) == before[1]:
            self.imp.stats.elements_clean_excluding_missing += 1
        if self.own_entries_for.get(id(node), 0) == before[2]:
            self.imp.stats.elements_without_own_entry += 1

    def marks(self, node: Node) -> tuple[int, int, int]:
        return (self.entries_for.get(id(node), 0), self.mapping_gaps_for.get(id(node), 0),
                self.own_entries_for.get(id(node), 0))

    def loc(self, node: Node) -> Loc:
        return Loc(self.file, node.line, node.col)

    def name(self, base: str) -> str:
        return unique(base, self.names)

    def add_param(self, base: str, type_: str, default: str | None) -> str:
        n = self.name(base)
        self.params.append(Param(n, type_, default))
        return n

    def add_callback(self, base: str, type_: str = "() -> Void") -> str:
        for c in self.callbacks:
            if c.name == base and c.type == type_:
                return base
        n = self.name(base)
        self.callbacks.append(Param(n, type_))
        return n

    def click_callback(self, idv: AV) -> str:
        """The `on<Id>Click` callback for a view with this android:id whose listener the app's code sets."""
        return self.callback_for(id_base(idv.value))

    def callback_for(self, base: str, event: str = "Click", type_: str = "() -> Void") -> str:
        """The `on<Base><Event>` callback (`onNavHomeClick`, `onTabsSelect`)."""
        return self.add_callback("on" + base[:1].upper() + base[1:] + event, type_)

    def add_state(self, base: str, type_: str, init: str) -> str:
        n = self.name(base)
        self.states.append(Param(n, type_, init))
        return n

    # -- attribute access --
    def themed_style(self, node: Node, k: str) -> str | None:
        """The value of a `style`/`android:textAppearance` attribute; a theme attribute
        (`?attr/textAppearanceHeadline6`, `?attr/materialButtonStyle`) is replaced by the style the app
        theme sets it to (`@style/...`), noting an approximation in self.style_notes."""
        v = node.get(k)
        if not v or not v.strip().startswith("?"):
            return v
        res = self.imp.themes.resolve(v)
        if res is None or not ref(res.value) or ref(res.value)[0] not in ("style", "android:style"):
            return v
        a = node.attrs[k]
        if res.note:
            self.style_notes.append(dict(loc=Loc(self.file, a.line, a.col), kind="attribute",
                                         subject=f'{k}="{v}"', reason=f"{v} -> {res.value}: {res.note}",
                                         severity="approximated"))
        return res.value

    def attrs_of(self, node: Node) -> dict[str, AV]:
        out: dict[str, AV] = {}
        self.resolved_styles: set[str] = set()
        self.style_notes: list[dict] = []
        where = f"{Path(self.file).name}:{node.line}"
        ta = self.themed_style(node, "android:textAppearance")
        style = self.themed_style(node, "style")
        style_items = self.imp.style_items(style, self, node) if style else []
        if ta is None:          # the style's own text appearance (lowest precedence, as in Android)
            ta = next((v for n, v, _l in reversed(style_items) if n == "android:textAppearance"), None)
            if ta and ta.strip().startswith("?"):
                res = self.imp.themes.resolve(ta)
                ta = res.value if res is not None and ref(res.value) else ta
        if ta and ref(ta) and ref(ta)[0] == "style":
            items = self.imp.style_items(ta, self, node)
            if items:
                self.resolved_styles.add("android:textAppearance")
            for name, value, loc in items:
                if name.startswith("android:text") or name in ("android:fontFamily",):
                    out[name] = AV(value, loc, f"{ta}, used at {where}")
            root = self.imp.style_platform_root(ta)
            if items and root and text_appearance("@style/" + root):
                out["xui:appearance"] = AV("@style/" + root, self.loc(node), f"{ta}, used at {where}")
        if style:
            items = style_items
            if items:
                self.resolved_styles.add("style")
            for name, value, loc in items:
                if name == "android:textAppearance" and "android:textAppearance" in self.resolved_styles:
                    continue            # resolved above
                out[name] = AV(value, loc, f"{style}, used at {where}")
            root = self.imp.style_platform_root(style)
            if items and root and text_appearance("@style/" + root):
                out["xui:appearance"] = AV("@style/" + root, self.loc(node), f"{style}, used at {where}")
        for k, a in node.attrs.items():
            if k.startswith("xmlns"):
                continue
            out[k] = AV(a.value, Loc(self.file, a.line, a.col))
        for k, v in (("android:textAppearance", ta), ("style", style)):
            if v and k in out and out[k].value != v:     # a theme attribute the app theme resolves
                out[k] = AV(v, out[k].loc)
        return out

    # -- resources in attribute values --
    def color(self, av: AV, node: Node, attr: str) -> str | None:
        v = av.value.strip()
        lit = parse_color(v)
        if lit:
            return lit
        r = ref(v)
        if r and r[0] == "color":
            tok = self.imp.color_token(r[1])
            if tok:
                return f"theme.{tok}"
            if self.imp.res_files.has("color", r[1]):
                return self.paints(node, attr, v).state_color(r[1], av.loc)
            else:
                self.imp.missing(av.loc, "color", r[1])
                self.report(av.loc, "attribute", f'{attr}="{v}"', "missing color resource", node=node,
                            missing=True)
            return None
        if r and r[0] == "android:color" and r[1] in ANDROID_COLORS:
            return ANDROID_COLORS[r[1]]
        if r and r[0] == "drawable" and r[1] in self.imp.drawable_tokens:
            self.imp.use("drawable", r[1])
            return f"theme.{self.imp.drawable_tokens[r[1]]}"       # <drawable name="x">#CCCCCC</drawable>
        if v.startswith("@{"):
            self.report(av.loc, "binding", f'{attr}="{v}"', "color binding expressions are not imported",
                        node=node)
            return None
        if v.startswith("?"):
            return self.theme_color(av, node, attr)
        if r and r[0] in ("drawable", "mipmap"):
            self.report(av.loc, "attribute", f'{attr}="{v}"', "drawable backgrounds are not imported "
                        "(xui backgrounds are colors)", node=node)
            return None
        self.report(av.loc, "attribute", f'{attr}="{v}"', "unrecognized color value", node=node)
        return None

    def paints(self, node: Node, attr: str, value: str) -> Interpreter:
        """A drawable / color-state-list interpreter for `attr="value"` of `node`: what it cannot map or
        approximates is reported against the element, located in the resource file."""
        subject = f'{attr}="{value}"'

        def note(loc: Loc, reason: str, severity: str) -> None:
            missing = severity == "missing"
            self.report(loc, "attribute", subject, reason, "unmapped" if missing else severity, node=node,
                        missing=missing)
        state = {}
        for key, name in (("android:enabled", "enabled"), ("android:checked", "checked"),
                          ("android:selected", "selected"), ("android:activated", "activated")):
            val = node.get(key)
            if val in ("true", "false"):
                state[name] = val == "true"
        return Interpreter(self.imp.res_files,
                           lambda raw, loc, name: self.color(AV(raw, loc), node, name),
                           lambda raw, loc, name: self.dimen(AV(raw, loc), node, name),
                           note, self.imp.resolve_color, state, self.paint_stack)

    def theme_attr(self, av: AV, node: Node, attr: str, what: str):
        """Resolve a theme attribute value (`?attr/x`) through the app theme; report what cannot be
        resolved (a custom attribute no style in the input sets is a missing resource) and, when the
        value is an approximation (another theme, a Material baseline), say so. -> Resolution or None."""
        v = av.value.strip()
        res = self.imp.themes.resolve(v)
        if res is None or res.value.strip().startswith("?"):
            inner = res.value.strip() if res is not None else v
            mp = self.imp.themes.missing_parent
            if mp:
                self.report(av.loc, "attribute", f'{attr}="{v}"', f"theme attribute {inner}: the app theme "
                            f"{self.imp.themes.app_theme} derives from {mp}, which is not in the input (import "
                            "the module or library that defines it too)", node=node, missing=True)
            elif ThemeResolver.is_platform_attr(inner):
                self.report(av.loc, "attribute", f'{attr}="{v}"', f"theme attribute {inner} is not set by the app's "
                            f"styles and the importer knows no default {what} for it; not imported", node=node)
            else:
                self.report(av.loc, "attribute", f'{attr}="{v}"', f"custom theme attribute {inner} is not set by "
                            "any style in values/ (the theme that sets it is not in the input)", node=node,
                            missing=True)
            return None
        if res.note:
            self.report(av.loc, "attribute", f'{attr}="{v}"', f"{v} -> {res.value}: {res.note}", "approximated",
                        node=node)
        return res

    def theme_color(self, av: AV, node: Node, attr: str) -> str | None:
        res = self.theme_attr(av, node, attr, "color")
        if res is None:
            return None
        val = res.value.strip()
        ref_name = parse_attr_ref(av.value)[1] if parse_attr_ref(av.value) else "themeColor"
        lit = parse_color(val)
        if lit:
            return f"theme.{self.imp.attr_token(ref_name, lit)}"
        r = ref(val)
        where = f" (set by {res.theme} at {res.loc})" if res.loc else ""
        if r and r[0] == "color":
            tok = self.imp.color_token(r[1])
            if tok:
                return f"theme.{tok}"
            if self.imp.res_files.has("color", r[1]):
                return self.paints(node, attr, av.value).state_color(r[1], res.loc or av.loc)
            else:
                self.imp.missing(res.loc or av.loc, "color", r[1])
                self.report(av.loc, "attribute", f'{attr}="{av.value}"', f"the theme gives {val}{where}, a missing "
                            "color resource", node=node, missing=True)
            return None
        if r and r[0] == "android:color" and r[1] in ANDROID_COLORS:
            return ANDROID_COLORS[r[1]]
        if r and r[0] == "drawable" and r[1] in self.imp.drawable_tokens:
            self.imp.use("drawable", r[1])
            return f"theme.{self.imp.drawable_tokens[r[1]]}"
        self.report(av.loc, "attribute", f'{attr}="{av.value}"', f"the theme gives {val}{where}, which is not a "
                    "color (drawables are not imported as colors)", node=node)
        return None

    def dimen(self, av: AV, node: Node, attr: str, *, report: bool = True) -> str | None:
        v = av.value.strip()
        d = parse_dimen(v)
        if d is not None:
            return num(d[0])
        r = ref(v)
        if r and r[0] == "dimen":
            tok = self.imp.dimen_token(r[1])
            if tok:
                return f"theme.{tok}"
            self.imp.missing(av.loc, "dimen", r[1])
            if report:
                self.report(av.loc, "attribute", f'{attr}="{v}"', "missing dimen resource", node=node,
                            missing=True)
            return None
        if v.startswith("?") and report:
            res = self.theme_attr(av, node, attr, "dimension")
            if res is None:
                return None
            inner = AV(res.value, res.loc or av.loc, av.from_style)
            return self.dimen(inner, node, attr) if res.value.strip() != v else None
        if v.startswith("?"):
            res = self.imp.themes.resolve(v)
            return self.dimen(AV(res.value, av.loc), node, attr, report=False) if res and \
                not res.value.startswith("?") else None
        if report:
            self.report(av.loc, "attribute", f'{attr}="{v}"', "dimension value not understood", node=node)
        return None

    def text(self, av: AV, node: Node, attr: str) -> str | None:
        v = av.value
        r = ref(v)
        if r and r[0] == "string":
            key = self.imp.string_key(r[1])
            if key:
                return f"strings.{key}"
            self.imp.missing(av.loc, "string", r[1])
            self.report(av.loc, "attribute", f'{attr}="{v}"', "missing string resource; the name is "
                        "used as the text", node=node, missing=True)
            return xui_string(r[1])
        if r and r[0] == "android:string":
            if r[1] in ANDROID_STRINGS:
                return xui_string(ANDROID_STRINGS[r[1]])
            self.report(av.loc, "attribute", f'{attr}="{v}"', "framework string not imported", node=node)
            return None
        if v.startswith("@{") and v.endswith("}"):
            return self.binding(av, node, attr, "String")
        if v.startswith("@={"):
            return self.binding(AV("@" + v[2:], av.loc), node, attr, "String")
        if v.startswith("?"):
            self.report(av.loc, "attribute", f'{attr}="{v}"', "theme attribute text not imported", node=node)
            return None
        return xui_string(android_text(v))

    def binding(self, av: AV, node: Node, attr: str, want: str) -> str | None:
        body = av.value.strip()
        body = body[3:-1] if body.startswith("@={") else body[2:-1]
        try:
            text, typ = translate(body, self.bind, want)
        except Unsupported as e:
            self.report(av.loc, "binding", f'{attr}="{av.value}"', f"binding expression not imported: {e}",
                        node=node)
            return None
        if want == "String" and typ in ("Int", "Float", "Bool"):
            text = "{" + text + "}" if re.fullmatch(r"[\w.]+", text) else None
            if text is None:
                self.report(av.loc, "binding", f'{attr}="{av.value}"', "non-text expression as text",
                            node=node)
                return None
            text = '"' + text + '"'
        return text

    # -- conversion entry --
    def convert_root(self) -> Item:
        items = self.conv_children([self.root_node], "root") if self.root_node.tag != "merge" else \
            self.conv_merge(self.root_node)
        if len(items) == 1:
            return items[0]
        return El("Column", [("align", ".leading")], items)

    def conv_merge(self, node: Node) -> list[Item]:
        """A <merge> root becomes the container its tools:parentTag names (a vertical LinearLayout
        when absent): the component needs one root."""
        self.imp.stats.elements += 1
        self.imp.stats.elements_mapped += 1
        self.imp.stats.elements_clean += 1
        self.imp.stats.elements_clean_excluding_missing += 1
        attrs = self.attrs_of(node)
        parent = attrs.get("tools:parentTag")
        kind = view_kind(parent.value.replace("android.widget.", "")) if parent else "linear"
        orient = attrs.get("tools:orientation") or attrs.get("android:orientation")
        used: set[str] = set()
        for k, av in attrs.items():
            self.count_attr(k, av, node, mapped=True, noop=True)
        if kind == "linear":
            return [self._linear(node, attrs, used, "h" if orient and orient.value == "horizontal" else "v")]
        if kind in ("frame", "card", "coordinator"):
            return [self._stack(node, node.children, attrs, used)]
        if kind in ("relative", "constraint"):
            return [self._constraints(node, attrs, used, relative=kind == "relative")]
        return [self._linear(node, attrs, used, "v")]

    def conv_children(self, nodes: list[Node], axis: str, parent_kind: str = "") -> list[Item]:
        out: list[Item] = []
        for ch in nodes:
            out.extend(self.conv(ch, axis, parent_kind))
        return out

    def count_attr(self, k: str, av: AV, node: Node, mapped: bool, noop: bool = False,
                   why: str = NOOP_WHY) -> None:
        if av.from_style:
            return
        self.imp.stats.attributes += 1
        if mapped:
            self.imp.stats.attributes_mapped += 1
            if noop:
                self.imp.stats.attributes_noop += 1
                self.imp.report.append(ReportEntry(av.loc.file, av.loc.line, av.loc.col, "attribute",
                                                   f'{k}="{av.value}"', why, "ignored"))

    def conv(self, node: Node, axis: str, parent_kind: str = "") -> list[Item]:
        tag = node.tag
        if tag == "view" and node.get("class"):
            tag = node.get("class") or tag
        if tag == "include":
            return self.conv_include(node, axis)
        if tag in FRAGMENT_TAGS and node.get("tools:layout"):
            # the layout the fragment shows at design time: embedded as an <include> of it would be
            return self.conv_include(node, axis, layout_attr="tools:layout")
        if tag == "merge":
            return self.conv_merge(node)
        if tag in ("layout", "data"):
            self.report(self.loc(node), "element", f"<{tag}>", "data-binding blocks are only allowed at the "
                        "root", node=node)
            return []
        if tag == "tag" or tag == "menu":
            self.imp.stats.elements += 1
            self.report(self.loc(node), "element", f"<{tag}>", "view tags/menus are code-only metadata",
                        node=node)
            return []
        kind = view_kind(tag)
        self.imp.stats.elements += 1
        attrs = self.attrs_of(node)
        lib = LIBRARY_VIEWS.get(tag)
        for theirs, ours in (lib.aliases if lib else ()):
            if theirs in attrs and ours not in attrs:      # the library's name for a platform attribute
                attrs = {(ours if k == theirs else k): v for k, v in attrs.items()}
        used: set[str] = set(self.resolved_styles)
        before = self.marks(node)
        for note in self.style_notes:
            self.report(**note, node=node)
        declared = self.imp.view_sources.base_of(tag) if kind is None and "." in tag else None
        if lib is not None and lib.severity == "note":
            self.imp.grouped_note(f"<{tag}>", lib.note, self.loc(node))
        elif lib is not None and lib.severity == "approximated":
            self.report(self.loc(node), "element", f"<{_short(tag)}>", lib.note, "approximated", node=node)
        if declared is not None:
            kind, base, where, signs = declared
            if signs == ():
                # its code adds behaviour only: the layout's attributes describe the look (said once per class)
                over = self.imp.view_sources.overrides(tag)
                self.imp.grouped_note(f"<{tag}>", (
                    f"custom view imported as its base class {base} (declared at {where}): its code changes "
                    "no look (no drawing, colors, fonts, drawables, sizes or child views) and adds behaviour "
                    f"only{' (' + ', '.join(over[:4]) + (' ...' if len(over) > 4 else '') + ')' if over else ''}"
                    ", which is not imported"), self.loc(node))
            else:
                what = (f"its code {_and(list(signs))}, which is not imported" if signs else
                        "its own drawing/behaviour is not imported")
                self.report(self.loc(node), "element", f"<{tag}>", f"custom view imported as its base class {base} "
                            f"(declared at {where}); {what}", "approximated", node=node)
        elif kind is None and "." in tag and custom_base(tag):
            kind, base = custom_base(tag)
            self.report(self.loc(node), "element", f"<{tag}>", f"custom view imported as its apparent base "
                        f"class {base} (judged by name); its own drawing/behaviour is not imported",
                        "approximated", node=node)
        if kind is None or kind == "unsupported":
            reason = (lib.note if lib else None) or UNSUPPORTED_REASONS.get(tag) or UNSUPPORTED_REASONS.get(
                _short(tag)) or next((why for full, why in UNSUPPORTED_REASONS.items() if "." in full and
                                      _short(full) == _short(tag) and tag.startswith("android.support.")), None) or (
                "custom view: no xui equivalent (write a component, or a `native` block)" if "." in tag
                else "unknown view class")
            items = self.placeholder(node, tag, attrs, used, axis, reason)
            mapped = False
        elif kind == "noop":
            self.report(self.loc(node), "element", f"<{tag}>", "focus requests are behaviour; not imported",
                        "ignored")
            self.imp.stats.elements_mapped += 1
            self.count_clean(node, before)
            return []
        elif kind == "helper":
            return self.helper(node, tag, attrs, before)
        else:
            builder = getattr(self, f"b_{kind}")
            el = builder(node, attrs, used, axis)
            mapped = True
            items = [el] if isinstance(el, (El, If)) else list(el)
            if items and isinstance(items[0], El):
                m = self.common(items[0], node, attrs, used, axis, kind)
                compound = self.compound_drawables(node, attrs, used) \
                    if items[0].name in ("Text", "TextField", "SecureField") or _labelled_button(items[0]) else None
                pad = attrs.get("android:drawablePadding")
                if pad is not None and not any(k in attrs for ks in self._COMPOUND.values() for k in ks):
                    used.add("android:drawablePadding")
                    self.report(pad.loc, "attribute", f'android:drawablePadding="{pad.value}"', "no compound "
                                "drawable in the layout, so no effect here (the app's code may set one)", "ignored")
                if compound and items[0].name == "Button":
                    items[0] = self.button_with_drawables(items[0], compound, node, attrs, used)
                elif compound:
                    items[0] = self.wrap_compound(items[0], m, compound, node, attrs, used)
                elif m.get("vgravity"):
                    items[0] = self.wrap_vertical_gravity(items[0], m)
        # leftovers
        for k, av in attrs.items():
            if k in used:
                self.count_attr(k, av, node, mapped=(id(node), k) not in self.failed)
            elif k.startswith("xui:"):
                continue
            elif (why := self.noop_reason(k, av, node, axis, kind)) is not None:
                self.count_attr(k, av, node, mapped=True, noop=True, why=why)
            else:
                self.count_attr(k, av, node, mapped=False)
                what = f"(from style {av.from_style}) " if av.from_style else ""
                default = f"attribute not mapped on <{_short(tag)}>"
                if k.startswith("app:") and av.value.startswith("@{") and kind not in (None, "unsupported"):
                    ad = self.imp.view_sources.binding_adapters.get(k)
                    default = (f"custom @BindingAdapter (at {ad.where}): port its logic by hand" if ad else
                               "custom @BindingAdapter (defined in the app's code): port its logic by hand")
                self.report(av.loc, "attribute", f'{k}="{av.value}"', what + ATTR_REASONS.get(k, default),
                            node=node)
        if mapped:
            self.imp.stats.elements_mapped += 1
            self.count_clean(node, before)
        return items

    def noop_reason(self, k: str, av: AV, node: Node, axis: str, kind: str | None) -> str | None:
        """Why an otherwise unmapped attribute has no effect on Android itself (so it is no gap), or None."""
        if k.startswith("tools:"):
            return "design-time only (tools: namespace): never shown in the app"
        if k in CODE_HOOK_ATTRS:
            return "a value or setting for the app's code (tag, focus order, haptics): nothing is shown"
        if k in NOOP_ATTRS:
            return NOOP_WHY
        v = av.value.strip()
        if k in ZERO_NOOP_ATTRS and re.fullmatch(r"0(\.0+)?(dp|dip|px|sp)?", v):
            return "zero value: no visible effect"
        if k.endswith(("Horizontal_bias", "Vertical_bias")) and re.fullmatch(r"0?\.50*", v):
            return "the default bias: centered between its constraints"
        if k in ("android:layout_column", "android:layout_span"):
            return "table cell position: cells are imported in their row's order (see the TableLayout)"
        if k == "android:fadingEdge":
            return "deprecated: Android ignores it since 4.0 (API 14)"
        if k == "android:cropToPadding" and v == "true":
            return "xui images never draw into their padding, which is what cropToPadding asks for"
        if k == "android:stateListAnimator" and v == "@null":
            return "no press animation: the default on every other target"
        relative_or_constraint = k in CONSTRAINT_ATTRS or k.startswith("app:layout_constraint") or \
            k in ("app:layout_goneMarginStart", "app:layout_editor_absoluteX", "app:layout_editor_absoluteY")
        if relative_or_constraint and axis != "constraint":
            return ("layout parameter of a RelativeLayout/ConstraintLayout parent; this view's parent "
                    "ignores it" if axis != "root" else "layout parameter for an unknown parent (layout root)")
        if k == "android:layout_gravity" and axis == "constraint":
            return "RelativeLayout/ConstraintLayout children ignore layout_gravity"
        if k == "android:gravity" and kind == "constraint":
            return "ConstraintLayout ignores gravity"
        if k == "android:gravity" and kind in ("frame", "card", "coordinator"):
            return "FrameLayout ignores gravity (its children are placed by their layout_gravity)"
        if k in ("android:layout_weight", "android:layout_gravity") and axis == "root":
            return "layout parameter for an unknown parent (layout root)"
        return None

    # -- common attributes (table-driven) --
    def common(self, el: El, node: Node, attrs: dict[str, AV], used: set[str], axis: str, kind: str) -> dict:
        text_like = _text_like(el.name)
        m: dict[str, object] = {"pad": {}, "mar": {}}
        if "android:id" in attrs:
            used.add("android:id")
            note = f" ({self._preview})" if getattr(self, "_preview", None) else ""
            el.comments.append(attrs["android:id"].value.replace("@+id/", "@id/") + note)
        self._preview = None
        for k in list(attrs):
            if k in used:
                continue
            h = ATTRS.get(k) or (TEXT_ATTRS.get(k) if text_like else None)
            if h is None and k.startswith("app:") and attrs[k].value.startswith("@{"):
                h = _app_visibility_adapter          # the app's own adapter, when it toggles visibility
            if h is None:
                continue
            ok = h(self, el, node, k, attrs[k], m, axis, attrs)
            if ok:
                used.add(k)
            elif ok is None:
                used.add(k)     # the handler reported why it could not map it
                self.failed.add((id(node), k))
        self.finish_mods(el, node, attrs, m, axis, kind, used)
        return m

    _COMPOUND = {"start": ("android:drawableStart", "android:drawableLeft", "app:drawableStartCompat",
                           "app:drawableLeftCompat"),
                 "end": ("android:drawableEnd", "android:drawableRight", "app:drawableEndCompat",
                         "app:drawableRightCompat"),
                 "top": ("android:drawableTop", "app:drawableTopCompat"),
                 "bottom": ("android:drawableBottom", "app:drawableBottomCompat")}

    def compound_drawables(self, node: Node, attrs: dict[str, AV], used: set[str]) -> dict[str, El] | None:
        """A TextView's compound drawables (drawableStart/Top/End/Bottom, their Compat forms) as Images,
        sized from a vector drawable's own size and tinted by drawableTint; None when it has none."""
        out: dict[str, El] = {}
        tint_av = attrs.get("app:drawableTint") or attrs.get("android:drawableTint")
        for side, keys in self._COMPOUND.items():
            for k in keys:
                av = attrs.get(k)
                if av is None:
                    continue
                used.add(k)
                if side in out or av.value.strip() in ("@null", ""):
                    continue                      # start wins over left (RTL-aware form), as on Android
                r = ref(av.value)
                if not r or r[0] not in ("drawable", "mipmap", "android:drawable"):
                    self.report(av.loc, "attribute", f'{k}="{av.value}"', "compound drawable not understood",
                                node=node)
                    self.failed.add((id(node), k))
                    continue
                img = El("Image", [(None, xui_string(r[1]))])
                size = self.imp.res_files.intrinsic_size(r[1]) if r[0] == "drawable" else None
                if size:
                    img.mods.append(("frame", f"width: {num(size[0])}, height: {num(size[1])}"))
                out[side] = img
        if not out:
            return None
        if tint_av is not None:
            for k in ("app:drawableTint", "android:drawableTint"):
                if k in attrs:
                    used.add(k)
            c = self.color(tint_av, node, "drawableTint")
            if c is not None:
                for img in out.values():
                    img.mods.append(("tint", c))
        return out

    def drawable_spacing(self, node: Node, attrs, used) -> str | None:
        pad = attrs.get("android:drawablePadding")
        if pad is None:
            return None
        used.add("android:drawablePadding")
        spacing = self.dimen(pad, node, "android:drawablePadding")
        if spacing is None:
            self.failed.add((id(node), "android:drawablePadding"))
        return spacing if spacing != "0" else None

    def button_with_drawables(self, el: El, images: dict[str, El], node: Node, attrs, used) -> El:
        """A Button with compound drawables: its label block is the Image beside (above, below) a Text of
        its label, which takes the Button's text modifiers (a label block's Texts carry them)."""
        label = next(v for k, v in el.args if k is None)
        text = El("Text", [(None, label)], mods=[md for md in el.mods if md[0] in TEXT_MODS])
        sp = self.drawable_spacing(node, attrs, used)
        sp_args = [("spacing", sp)] if sp else []
        body: Item = text
        if "start" in images or "end" in images:
            body = El("Row", sp_args, [*([images["start"]] if "start" in images else []), text,
                                       *([images["end"]] if "end" in images else [])])
        if "top" in images or "bottom" in images:
            body = El("Column", sp_args, [*([images["top"]] if "top" in images else []), body,
                                          *([images["bottom"]] if "bottom" in images else [])])
        return El("Button", [(k, v) for k, v in el.args if k is not None], [body],
                  [md for md in el.mods if md[0] not in TEXT_MODS], el.comments)

    def wrap_compound(self, el: El, m: dict, images: dict[str, El], node: Node, attrs, used) -> El:
        """A TextView with compound drawables is an Image beside (or above/below) its Text: the view's box
        (frame, padding, background, taps ...) moves to a Row/Column, drawablePadding is its spacing. In a
        box wider than its content the start/end drawables sit at its edges, as on Android."""
        inner, outer = _split_text_box(el)
        spacing = self.drawable_spacing(node, attrs, used)
        # (a text field takes the free width itself: no Spacers beside it)
        wide = inner.name == "Text" and any(n == "fillWidth" or (n == "frame" and a and "width:" in a)
                                            for n, a in outer)
        hg = m.get("hgravity") or "start"
        row: list[Item] = []
        if "start" in images:
            row.append(images["start"])
        if wide and hg in ("center", "end"):
            row.append(El("Spacer"))
        row.append(inner)
        if wide and hg in ("center", "start"):
            row.append(El("Spacer"))
        if "end" in images:
            row.append(images["end"])
        sp = [("spacing", spacing)] if spacing else []
        body: El = El("Row", sp, row) if len(row) > 1 else inner
        if "top" in images or "bottom" in images:
            col = ([images["top"]] if "top" in images else []) + [body] + \
                ([images["bottom"]] if "bottom" in images else [])
            body = El("Column", sp, col)
        body.mods = normalize_mods(outer)
        body.comments = el.comments
        return body

    def wrap_vertical_gravity(self, el: El, m: dict) -> El:
        """A Text whose box is taller than its text (fixed/filled/weighted height) with vertical gravity
        center/bottom: the box becomes a Column (frame, background, padding, margin, taps ... move to it)
        holding Spacers around the Text, which is how every target positions it."""
        inner, outer = _split_text_box(el)
        if any(n == "fillWidth" or (n == "frame" and a and "width:" in a) for n, a in outer):
            inner.mods.append(("fillWidth", ""))     # multi-line text keeps its textAlign in the box
        kids: list[Item] = [El("Spacer"), inner] + ([El("Spacer")] if m["vgravity"] == "center" else [])
        align = {"center": ".center", "end": ".trailing"}.get(m.get("hgravity") or "", ".leading")
        col = El("Column", [("align", align)] if align != ".center" else [], kids, normalize_mods(outer))
        col.comments = el.comments
        return col

    def finish_mods(self, el: El, node: Node, attrs, m: dict, axis: str, kind: str, used: set[str]) -> None:
        mods: list[tuple[str, str | None]] = []
        for name in ("foreground", "placeholderColor", "fontSize", "fontWeight", "textAlign", "lineLimit"):
            if name in m:
                mods.append((name, m[name]))
        pad = _edges(m["pad"])
        if pad:
            mods.append(("padding", pad))
        w, h = m.get("width"), m.get("height")
        fw = [f"width: {w}"] if w not in (None, "fill", "weight") else []
        fh = [f"height: {h}"] if h not in (None, "fill", "weight") else []
        fmin = sorted(m.get("frame_min", []))          # planned modifiers: min/max width/height
        if fw or fh or fmin:
            mods.append(("frame", ", ".join(fw + fh + fmin)))
        if w == "fill" and not (el.name == "Spacer"):
            mods.append(("fillWidth", ""))
        if h == "fill" and not (el.name == "Spacer") and not (self.row_mode and node is self.root_node):
            mods.append(("fillHeight", ""))
        if "weight" in m and el.name != "Spacer":
            mods.append(("weight", m["weight"]))
        for name in ("background", "cornerRadius", "border", "opacity", "disabled", "visible",
                     "accessibilityLabel"):
            if name in m:
                mods.append((name, m[name]))
        if "onTap" in m:
            mods.append(("{onTap", m["onTap"]))
        mods.extend(m.get("planned", []))
        mar = _edges(m["mar"])
        if mar:
            mods.append(("margin", mar))
        el.mods = normalize_mods(mods + el.mods)

    # -- builders --
    def placeholder(self, node, tag, attrs, used, axis, reason) -> list[Item]:
        loc = self.loc(node)
        self.report(loc, "element", f"<{tag}>", reason, node=node)
        el = El("Text", [(None, xui_string(f"[{_short(tag)}]"))])
        el.comments.append(f"TODO(xui import): <{tag}> at {loc}: {reason}")
        self.common(el, node, attrs, used, axis, "placeholder")
        if node.children:
            inner = self.conv_children(node.children, "v")
            return [El("Column", [("align", ".leading")], [el] + inner)]
        return [el]

    def lin_orientation(self, attrs, used) -> str:
        o = attrs.get("android:orientation")
        if o is not None:
            used.add("android:orientation")
            return "v" if o.value == "vertical" else "h"
        return "h"

    def b_linear(self, node, attrs, used, axis):
        return self._linear(node, attrs, used, self.lin_orientation(attrs, used))

    def b_linear_v(self, node, attrs, used, axis):
        return self._linear(node, attrs, used, "v")

    def b_linear_h(self, node, attrs, used, axis):
        return self._linear(node, attrs, used, "h")

    def _linear(self, node, attrs, used, o):
        g = _gravity(attrs.get("android:gravity"))
        if "android:gravity" in attrs:
            used.add("android:gravity")
        if _short(node.tag) == "TableLayout" and sum(
                _short(c.tag) == "TableRow" and len(c.children) > 1 for c in node.children) > 1:
            cols = [k for k in ("android:stretchColumns", "android:shrinkColumns", "android:collapseColumns")
                    if k in attrs]
            used.update(cols)
            self.report(self.loc(node), "element", "<TableLayout>", "table columns are not lined up across rows: "
                        "each TableRow is a Row whose cells keep their own widths"
                        + (f" ({', '.join(cols)} not imported)" if cols else ""), "approximated", node=node)
        children_nodes = node.children
        kids = self.conv_children(children_nodes, o, "linear")
        # unequal layout_weight values are kept: every target shares free space by weight
        # cross-axis layout_gravity of children
        cross = [(_gravity(AV(c.get("android:layout_gravity") or "", Loc(self.file, c.line)))[0 if o == "v" else 1])
                 for c in children_nodes if c.get("android:layout_gravity")]
        if o == "v":
            align = {"start": ".leading", "center": ".center", "end": ".trailing"}[g[0] or "start"]
            if "android:gravity" not in attrs and cross and len(set(cross)) == 1 and len(cross) == len(kids) \
                    and cross[0]:
                align = {"start": ".leading", "center": ".center", "end": ".trailing"}[cross[0]]
            kids = self._wrap_cross(children_nodes, kids, o, align)
            if g[1] in ("center", "end"):
                kids = ([El("Spacer")] + kids + ([El("Spacer")] if g[1] == "center" else []))
            return El("Column", [("align", align)] if align != ".center" else [], kids)
        align = {"start": ".top", "center": ".center", "end": ".bottom"}[g[1] or "start"]
        if "android:gravity" not in attrs and cross and len(set(cross)) == 1 and len(cross) == len(kids) \
                and cross[0]:
            align = {"start": ".top", "center": ".center", "end": ".bottom"}[cross[0]]
        kids = self._wrap_cross(children_nodes, kids, o, align)
        if g[0] in ("center", "end"):
            kids = ([El("Spacer")] + kids + ([El("Spacer")] if g[0] == "center" else []))
        return El("Row", [("align", align)] if align != ".center" else [], kids)

    def _wrap_cross(self, nodes, kids, o, align):
        """Children whose layout_gravity differs from the container's alignment get a wrapper."""
        if len(nodes) != len(kids):
            return kids
        names = {".leading": "start", ".trailing": "end", ".top": "start", ".bottom": "end", ".center": "center"}
        out = []
        for n, k in zip(nodes, kids):
            lg = n.get("android:layout_gravity")
            want = _gravity(AV(lg, Loc(self.file, n.line)))[0 if o == "v" else 1] if lg else None
            if not want or want == names[align] or not isinstance(k, El):
                out.append(k)
                continue
            if o == "v":
                parts = {"start": [k, El("Spacer")], "center": [El("Spacer"), k, El("Spacer")],
                         "end": [El("Spacer"), k]}[want]
                out.append(El("Row", [], parts, [("fillWidth", "")]))
            else:
                out.append(k)
                self.report(Loc(self.file, n.line, n.col), "attribute", f'android:layout_gravity="{lg}"',
                            "per-child vertical alignment inside a Row is not mapped (the Row's alignment "
                            "applies)", "approximated", node=n)
        return out

    def b_frame(self, node, attrs, used, axis):
        return self._stack(node, node.children, attrs, used)

    def _stack(self, node, children, attrs, used, default_align="topLeading"):
        for c in children:
            self.parent_of[id(c)] = node
        kids = self.conv_children(children, "stack", "frame")
        if len(kids) != len(children):
            return El("Stack", [("align", "." + default_align)], kids)
        aligns = [_stack_align(c.get("android:layout_gravity") or c.get("app:layout_anchorGravity"))
                  or default_align for c in children]
        common = Counter(aligns).most_common(1)[0][0] if aligns else default_align
        out = []
        for a, k in zip(aligns, kids):
            if a == common or not isinstance(k, El):
                out.append(k)
            else:
                out.append(El("Stack", [("align", "." + a)], [k], [("fillWidth", ""), ("fillHeight", "")]))
        return El("Stack", [("align", "." + common)] if common != "center" else [], out)

    def b_passthrough(self, node, attrs, used, axis):
        kids = self.conv_children(node.children, axis)
        if len(kids) == 1:
            return kids[0]
        return El("Column", [("align", ".leading")], kids)

    def b_scroll(self, node, attrs, used, axis):
        used.add("app:layout_behavior") if "app:layout_behavior" in attrs else None
        return El("Scroll", [], self.conv_children(node.children, "v"))

    def b_hscroll(self, node, attrs, used, axis):
        return El("Scroll", [("axis", ".horizontal")], self.conv_children(node.children, "h"))

    def b_card(self, node, attrs, used, axis):
        el = self._stack(node, node.children, attrs, used)
        bg = attrs.get("app:cardBackgroundColor")
        bgc = self.color(bg, node, "app:cardBackgroundColor") if bg else "#FFFFFF"
        if bg:
            self.mark(used, node, ["app:cardBackgroundColor"], bgc)
        cp = attrs.get("app:contentPadding")
        if cp:
            d = self.dimen(cp, node, "app:contentPadding")
            if d:
                el.mods.append(("padding", d))
            self.mark(used, node, ["app:contentPadding"], d)
        if bgc:
            el.mods.append(("background", bgc))
        r = attrs.get("app:cardCornerRadius")
        if r:
            d = self.dimen(r, node, "app:cardCornerRadius")
            if d:
                el.mods.append(("cornerRadius", d))
            self.mark(used, node, ["app:cardCornerRadius"], d)
        sw, sc = attrs.get("app:strokeWidth"), attrs.get("app:strokeColor")
        if sw and sc:
            d, c = self.dimen(sw, node, "app:strokeWidth"), self.color(sc, node, "app:strokeColor")
            if d and c:
                rad = self.dimen(r, node, "app:cardCornerRadius", report=False) if r else "0"
                el.mods.append(("border", f"width: {d}, color: {c}, radius: {rad}"))
            self.mark(used, node, ["app:strokeWidth", "app:strokeColor"], d and c)
        return el

    def mark(self, used: set[str], node: Node, keys: list[str], ok) -> None:
        """Attributes a builder consumed; when it could not map them (`ok` falsy) the resource helper
        has already reported why, so they are counted as unmapped without a second entry."""
        used.update(keys)
        if not ok:
            self.failed.update((id(node), k) for k in keys)

    def b_appbar(self, node, attrs, used, axis):
        return El("Column", [("align", ".leading")], self.conv_children(node.children, "v"))

    def kind_through_include(self, node: Node) -> str | None:
        """The view kind of `node`, or of the root of the layout an <include> brings in."""
        if node.tag != "include":
            return view_kind(node.tag)
        r = ref(node.get("layout") or "")
        parsed = self.imp.parsed.get(r[1]) if r and r[0] == "layout" else None
        return view_kind(parsed[0].tag) if parsed else None

    def coordinator_flow(self, node: Node) -> list[Node] | None:
        """The children a CoordinatorLayout with an app bar lays out in a Column (the app bar and the
        views below it; those with a layout_gravity or an anchor float over them), or None when it has
        no app bar among them (imported as a Stack)."""
        flow = [c for c in node.children if not (c.get("android:layout_gravity") or c.get("app:layout_anchor"))]
        return flow if any(self.kind_through_include(c) == "appbar" for c in flow) else None

    def b_coordinator(self, node, attrs, used, axis):
        flow = self.coordinator_flow(node)
        if flow is None:
            return self._stack(node, node.children, attrs, used)
        in_flow = {id(c) for c in flow}
        overlay = [c for c in node.children if id(c) not in in_flow]
        flow_items = []
        # the app bar sits at the top whatever the XML order; a view with the scrolling-view behaviour
        # is laid out below it (a view written before the AppBarLayout too)
        flow.sort(key=lambda c: self.kind_through_include(c) != "appbar")
        for c in flow:
            self.parent_of[id(c)] = node
            its = self.conv(c, "v")
            if c.get("app:layout_behavior") and its and isinstance(its[0], El):
                its[0].mods.append(("weight", "1"))
            flow_items.extend(its)
        col = El("Column", [("align", ".leading")], flow_items, [("fillWidth", ""), ("fillHeight", "")])
        out: list[Item] = [col]
        for c in overlay:
            self.parent_of[id(c)] = node
            a = _stack_align(c.get("android:layout_gravity") or c.get("app:layout_anchorGravity")) or "topLeading"
            its = self.conv(c, "stack")
            out.extend(El("Stack", [("align", "." + a)], [i], [("fillWidth", ""), ("fillHeight", "")])
                       for i in its)
        return El("Stack", [("align", ".topLeading")], out)

    def b_flipper(self, node, attrs, used, axis):
        """ViewFlipper/ViewAnimator/ViewSwitcher: one child at a time, the first until the app's code
        flips: an Int parameter picks the shown child."""
        idv = attrs.get("android:id")
        base = (id_base(idv.value) if idv else "shown") + "Child"
        flag = self.add_param(base, "Int", "0")
        items: list[Item] = []
        for i, c in enumerate(node.children):
            its = self.conv(c, "stack")
            if its:
                items.append(If(f"{flag} == {i}", its))
        for k in ("android:inAnimation", "android:outAnimation", "android:animateFirstView",
                  "android:flipInterval", "android:autoStart"):
            a = attrs.get(k)
            if a is not None:
                used.add(k)
                self.report(a.loc, "attribute", f'{k}="{a.value}"', "flip animations and timing are not "
                            "imported: the shown child changes at once", "approximated", node=node)
        return El("Stack", [("align", ".topLeading")], items)

    def b_drawer(self, node, attrs, used, axis):
        """DrawerLayout: its content, and each drawer (a child with a start/end layout_gravity) over it
        while a `drawerOpen` parameter is true, closed by default as on Android."""
        content, drawers = [], []
        for c in node.children:
            g = (c.get("android:layout_gravity") or "").lower()
            (drawers if any(w in g for w in ("start", "left", "end", "right")) else content).append(c)
        items: list[Item] = []
        for c in content:
            items.extend(self.conv(c, "stack"))
        if drawers:
            flag = self.add_param("drawerOpen", "Bool", "false")
            for c in drawers:
                self.parent_of[id(c)] = node
                g = (c.get("android:layout_gravity") or "").lower()
                align = ".topTrailing" if ("end" in g or "right" in g) else ".topLeading"
                its = self.conv(c, "stack")
                items.append(If(flag, [El("Stack", [("align", align)], its, [("fillWidth", ""), ("fillHeight", "")])]))
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", f"navigation drawer: shown over the "
                        f"content while the {flag} parameter is true (no slide gesture or scrim; the targets' "
                        "own drawers can replace it)", "approximated", node=node)
        return El("Stack", [("align", ".topLeading")], items)

    def b_toolbar(self, node, attrs, used, axis):
        kids: list[Item] = []
        nav = attrs.get("app:navigationIcon")
        if nav is not None:
            r = ref(nav.value)
            name = xui_string(r[1]) if r and r[0] in ("drawable", "mipmap") else None
            if nav.value.strip().startswith("?"):
                res = self.imp.themes.resolve(nav.value)
                r2 = ref(res.value) if res else None
                if r2 and r2[0] in ("drawable", "mipmap"):
                    name = xui_string(r2[1])
                    if res.note:
                        self.report(nav.loc, "attribute", f'app:navigationIcon="{nav.value}"',
                                    f"{nav.value} -> {res.value}: {res.note}", "approximated", node=node)
                elif parse_attr_ref(nav.value) and parse_attr_ref(nav.value)[1] == "homeAsUpIndicator":
                    name = '"ic_arrow_back"'
                    self.report(nav.loc, "attribute", f'app:navigationIcon="{nav.value}"', "the platform's up "
                                "arrow is imported as the asset \"ic_arrow_back\" (add it to the app's images)",
                                "approximated", node=node)
            if name is not None:
                used.add("app:navigationIcon")
                cd = attrs.get("app:navigationContentDescription")
                img = [(None, name)]
                if cd is not None:
                    used.add("app:navigationContentDescription")
                    d = self.text(cd, node, "app:navigationContentDescription")
                    if d:
                        img.append(("description", d))
                kids.append(El("Button", [("action", self.add_callback("onNavigationClick"))], [El("Image", img)]))
        t = attrs.get("app:title") or attrs.get("android:title")
        if t:
            tk = "app:title" if "app:title" in attrs else "android:title"
            used.add(tk)
            te = self.text(t, node, tk)
            if te:
                txt = El("Text", [(None, te)], mods=[("fontSize", "20"), ("fontWeight", ".medium")])
                tc = attrs.get("app:titleTextColor")
                if tc:
                    c = self.color(tc, node, "app:titleTextColor")
                    if c:
                        txt.mods.insert(0, ("foreground", c))
                    self.mark(used, node, ["app:titleTextColor"], c)
                kids.append(txt)
        kids.extend(self.conv_children(node.children, "h"))
        kids.append(El("Spacer"))
        m = attrs.get("app:menu")
        if m is not None:
            used.add("app:menu")
            kids.extend(self._toolbar_actions(m, node))
        return El("Row", [("spacing", "16")], kids, [("padding", "horizontal: 16")])

    def _toolbar_actions(self, m: AV, node: Node) -> list[Item]:
        """A toolbar menu's action items (showAsAction always / ifRoom, with an icon) as icon Buttons at
        its end, each calling on<Item>Click; the overflow (the other items) is reported."""
        out: list[Item] = []
        overflow: list[str] = []
        for base, title, icon, _loc, item in self.menu_items(m, node, "app:menu") or []:
            how = (item.get("app:showAsAction") or item.get("android:showAsAction") or "never").split("|")
            if icon and ("always" in how or "ifRoom" in how):
                img = [(None, icon)] + ([("description", title)] if title else [])
                out.append(El("Button", [("action", self.callback_for(base))], [El("Image", img)]))
            else:
                overflow.append(base)
        if overflow:
            self.report(m.loc, "attribute", f'app:menu="{m.value}"', f"the overflow menu ({', '.join(overflow)}) "
                        "is not imported: its items' callbacks are not called", "approximated", node=node)
        return out

    def b_list(self, node, attrs, used, axis):
        lm = attrs.get("app:layoutManager")
        if lm:
            used.add("app:layoutManager")
        grid = lm is not None and "Grid" in lm.value
        return self._list(node, attrs, used, grid)

    def b_grid(self, node, attrs, used, axis):
        return self._list(node, attrs, used, True)

    def _list(self, node, attrs, used, grid):
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else "items"
        if base in ("items", "list", "view", "recycler"):
            base = "items"
        args_extra: list[tuple[str | None, str]] = []
        if grid:
            sc = attrs.get("app:spanCount") or attrs.get("android:numColumns")
            n = self.imp.resolve_int(sc.value) if sc else None
            cols = n or "2"
            if sc:
                sk = "app:spanCount" if "app:spanCount" in attrs else "android:numColumns"
                used.add(sk)
                if n is None:
                    self.report(sc.loc, "attribute", f'{sk}="{sc.value}"',
                                "column count not understood (auto_fit, a value set in code): imported as 2 "
                                "columns", "approximated", node=node, missing=ref(sc.value) is not None and
                                ref(sc.value)[0] == "integer")
            args_extra.append(("columns", cols))
            hs, vs = attrs.get("android:horizontalSpacing"), attrs.get("android:verticalSpacing")
            if hs is not None and vs is not None:
                dh = self.dimen(hs, node, "android:horizontalSpacing", report=False)
                dv = self.dimen(vs, node, "android:verticalSpacing", report=False)
                if dh is not None and dh == dv:       # xui grids have one spacing for both directions
                    args_extra.append(("spacing", dh))
                    used.update({"android:horizontalSpacing", "android:verticalSpacing"})
        entries = attrs.get("android:entries")
        li = attrs.get("tools:listitem")
        from_code = self.imp.code_rows.get((self.layout, ref(idv.value)[1] if idv and ref(idv.value) else ""))
        if li is None and from_code is not None and not entries:
            li = AV(f"@layout/{from_code.rows[0]}", self.loc(node))
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>",
                        f"rows from the app's code: {from_code.adapter} (set at {from_code.where}) inflates "
                        f"{from_code.rows[0]}.xml", "ignored")
            if len(from_code.rows) > 1:
                self.report(self.loc(node), "element", f"<{_short(node.tag)}>",
                            f"the adapter {from_code.adapter} has {len(from_code.rows)} row layouts "
                            f"({', '.join(from_code.rows)}): every row is imported as {from_code.rows[0]}",
                            "approximated", node=node)
        elname = "Grid" if grid else "List"
        if entries and ref(entries.value) and ref(entries.value)[0] == "array" and \
                ref(entries.value)[1] in self.imp.values.arrays:
            used.add("android:entries")
            lst = self.array_strings(entries, node, "android:entries")
            return El(elname, [(None, lst), ("key", ".self")] + args_extra,
                      [El("Text", [(None, "item")], mods=[("padding", "16")])], block_params="item")
        if li:
            if "tools:listitem" in attrs:
                used.add("tools:listitem")
            r = ref(li.value)
            sig = self.imp.row_signature(r[1] if r else "", li.loc, self) if r else None
            if sig and sig.model:
                pname = self.add_param(base if base != "items" else camel(sig.model) + "s",
                                       f"[{sig.model}]", "[]")
                item = camel(sig.model)
                if item == pname:
                    item = "item"
                args = [(sig.item_param, item)]
                for cb in sig.callbacks:
                    inner = [t.strip() for t in cb.type.split("->")[0].strip()[1:-1].split(",") if t.strip()]
                    lname = f"on{sig.model}Click" if cb.name == "onClick" else cb.name    # whose click
                    lifted = self.add_callback(lname, f"({', '.join([sig.model] + inner)}) -> Void")
                    vs = [f"v{i}" if len(inner) > 1 else "value" for i in range(len(inner))]
                    head = f"{', '.join(vs)} -> " if vs else ""
                    args.append((cb.name, f"{{ {head}{lifted}({', '.join([item] + vs)}) }}"))
                return El(elname, [(None, pname), ("key", ".id")] + args_extra,
                          [El(sig.name, args)], block_params=item)
            if sig is None and r is not None:
                self.report(li.loc, "attribute", f'tools:listitem="{li.value}"',
                            "list item layout not found among the imported layouts; rows fall back to "
                            "Text over [String]", node=node, missing=r[1] not in self.imp.layouts)
        else:
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>",
                        "no tools:listitem: rows are imported as Text over a [String] parameter "
                        "(the adapter's row layout is set in code)", "approximated", node=node)
        pname = self.add_param(base, "[String]", "[]")
        return El(elname, [(None, pname), ("key", ".self")] + args_extra,
                  [El("Text", [(None, "item")], mods=[("padding", "16")])], block_params="item")

    def _bool_attr(self, attrs, name, used, default=False) -> bool:
        a = attrs.get(name)
        if a is None:
            return default
        used.add(name)
        return a.value.strip() == "true"

    def b_text(self, node, attrs, used, axis):
        t = attrs.get("android:text")
        idv = attrs.get("android:id")
        expr = None
        is_binding = t is not None and t.value.startswith("@")
        if t is not None and not (self.row_mode and idv and not is_binding):
            used.add("android:text")
            expr = self.text(t, node, "android:text")
            if expr is None and idv is not None and t.value.startswith("@{"):
                self.failed.add((id(node), "android:text"))
                expr = self.data_value(id_base(idv.value), "String", '""', idv.value)
        elif idv is not None:
            preview = attrs.get("tools:text")
            default = '""'
            if preview is not None and not self.row_mode:
                self._preview = f'tools:text "{android_text(preview.value)}"'
            if t is not None and not t.value.startswith("@string/"):
                default = xui_string(android_text(t.value)) if not t.value.startswith("@") else default
            if t is not None:
                used.add("android:text")
                if t.value.startswith("@string/"):
                    default = self.text(t, node, "android:text") or default
            expr = self.data_value(id_base(idv.value), "String", default, idv.value)
        if expr is None:
            expr = '""'
        caps = attrs.get("android:textAllCaps")
        if caps is not None:
            used.add("android:textAllCaps")
            if caps.value == "true":
                expr = xui_string(android_text(t.value).upper()) if t is not None and expr.startswith('"') \
                    and "{" not in expr else f"{expr}.uppercased()"
        return El("Text", [(None, expr)])

    def data_value(self, base: str, type_: str, default: str, raw_id: str | None = None) -> str:
        """A value set from code: a model field in list rows, else a parameter with a default."""
        if self.row_mode and self.model:
            mw = {w.lower() for w in words(self.model)}
            bw = words(ref(raw_id)[1] if raw_id and ref(raw_id) else base)
            if len(bw) > 1 and bw[0].lower() in ROLE_WORDS:
                bw = bw[1:]
            rest = [w for w in bw if w.lower() not in mw]
            fname = camel("_".join(rest)) if rest and len(rest) < len(bw) else base
            if self.model_fields.get(fname) == type_ and fname not in self.own_fields:
                f = fname          # a field the same model already has (another layout, data binding)
            else:
                f = unique(fname, set(self.model_fields) | {"id"})
            self.own_fields.add(f)
            self.model_fields[f] = type_
            if type_ != "String" or default != '""':
                self.imp.model_defaults[(self.model, f)] = default
            return f"{self.item_param}.{f}"
        return self.add_param(base, type_, default)

    def b_edit(self, node, attrs, used, axis):
        it = attrs.get("android:inputType")
        if "AutoCompleteTextView" in node.tag and it is not None and it.value.strip() == "none":
            # Material's exposed drop-down menu (a TextInputLayout around a read-only AutoCompleteTextView)
            used.add("android:inputType")
            return self.b_picker(node, attrs, used, axis)
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else "text"
        init = '""'
        t = attrs.get("android:text")
        if t is not None:
            used.add("android:text")
            if t.value.startswith("@={") or t.value.startswith("@{"):
                init = self.binding(AV("@{" + t.value.split("{", 1)[1], t.loc), node, "android:text", "String") \
                    or '""'
                self.report(t.loc, "binding", f'android:text="{t.value}"',
                            "two-way binding became a local state initialized from the expression",
                            "approximated", node=node)
            else:
                init = self.text(t, node, "android:text") or '""'
        state = self.add_state(base, "String", init)
        args: list[tuple[str | None, str]] = [("text", f"${state}")]
        hint = attrs.get("android:hint") or getattr(self, "_til_hint", None)
        if hint is not None:
            if "android:hint" in attrs:
                used.add("android:hint")
            h = self.text(hint, node, "android:hint")
            if h:
                args.append(("placeholder", h))
        it = attrs.get("android:inputType")
        elname = "TextField"
        if it is not None:
            used.add("android:inputType")
            kinds = set(it.value.split("|"))
            if kinds & {"textPassword", "textWebPassword", "numberPassword"}:
                elname = "SecureField"
            else:
                kb = None
                if kinds & {"textEmailAddress", "textWebEmailAddress"}:
                    kb = ".email"
                elif "phone" in kinds:
                    kb = ".phone"
                elif "numberDecimal" in kinds:
                    kb = ".decimal"
                elif kinds & {"number", "numberSigned"}:
                    kb = ".number"
                if kb:
                    args.append(("keyboard", kb))
        if self._bool_attr(attrs, "android:password", used) and elname == "TextField":
            elname = "SecureField"
        if elname == "TextField":
            lines = self._field_lines(node, attrs, used, it)
            if lines is not None:
                args.append(("lines", lines))
        return El(elname, args)

    def _field_lines(self, node, attrs, used, input_type: AV | None) -> str | None:
        """A multi-line EditText's `lines:` (textMultiLine, or no inputType with maxLines/lines above 1):
        its maxLines (or lines, or minLines); without one it grows without a limit on Android and is
        imported growing up to 5 lines (reported). None for a one-line field."""
        counts = {k: self.imp.resolve_int(attrs[k].value) for k in ("android:maxLines", "android:lines",
                                                                   "android:minLines") if k in attrs}
        limit = next((n for k, n in counts.items() if k != "android:minLines" and n and int(n) > 1), None)
        multi = "textMultiLine" in (input_type.value.split("|") if input_type is not None else []) or \
            (input_type is None and limit is not None)
        if not multi:
            return None
        used.update(counts)
        lines = limit or next((n for n in counts.values() if n and int(n) > 1), None)
        if lines is None:
            self.report(input_type.loc, "attribute", f'android:inputType="{input_type.value}"', "a multi-line "
                        "field without maxLines grows without a limit on Android: imported growing up to 5 "
                        "lines, then scrolling", "approximated", node=node)
            return "5"
        return lines

    def b_textinputlayout(self, node, attrs, used, axis):
        hint = attrs.get("android:hint") or attrs.get("app:hint")
        if hint is not None:
            used.add("android:hint" if "android:hint" in attrs else "app:hint")
        icon = attrs.get("app:endIconMode")
        if icon is not None and icon.value.strip() == "dropdown_menu":
            used.add("app:endIconMode")        # the drop-down arrow every target's Picker shows
        prev = getattr(self, "_til_hint", None)
        self._til_hint = hint
        try:
            kids = self.conv_children(node.children, "v")
        finally:
            self._til_hint = prev
        if len(kids) == 1:
            return kids[0]
        return El("Column", [("align", ".leading")], kids)

    def click_action(self, node, attrs, used, *, required: bool) -> str | None:
        oc = attrs.get("android:onClick")
        if oc is not None:
            used.add("android:onClick")
            v = oc.value.strip()
            if v.startswith("@{"):
                try:
                    return self.add_callback(translate_listener(v[2:-1], self.bind))
                except Unsupported as e:
                    self.report(oc.loc, "binding", f'android:onClick="{v}"', f"listener not imported: {e}",
                                node=node)
            elif re.fullmatch(r"[A-Za-z_]\w*", v):
                return self.add_callback(camel(v))
        idv = attrs.get("android:id")
        if idv is not None and (required or self._bool_attr(attrs, "android:clickable", set())):
            return self.click_callback(idv)
        return None

    def b_button(self, node, attrs, used, axis):
        t = attrs.get("android:text")
        label = None
        if t is not None:
            used.add("android:text")
            label = self.text(t, node, "android:text")
        caps = attrs.get("android:textAllCaps")
        if caps is not None:
            used.add("android:textAllCaps")
        if label and caps is not None and caps.value.strip() == "true":
            # the app asks for capitals: a literal is written so, a resource upper-cased (the capitals
            # of the AppCompat / MaterialComponents button default are that platform's look, like its
            # font: each target keeps its own)
            plain = t is not None and not t.value.strip().startswith(("@", "?")) and label.startswith('"') \
                and "{" not in label
            label = xui_string(android_text(t.value).upper()) if plain else f"{label}.uppercased()"
        cb = self.click_action(node, attrs, used, required=True)
        args: list[tuple[str | None, str]] = [(None, label or '""')]
        if cb:
            args.append(("action", cb))
        else:
            args.append(("action", "{ }"))
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>",
                        "button has no id or android:onClick: its action is empty", "approximated", node=node)
        el = El("Button", args)
        bstyle = self.button_style(node, attrs, used)
        if bstyle is not None:
            el.mods.append(("buttonStyle", "." + bstyle))
        for k in _tints(attrs, ("android:backgroundTint", "app:backgroundTint"), used):
            if k in attrs:
                used.add(k)
                c = self.color(attrs[k], node, k)       # reports why when it cannot
                if c and bstyle == "filled":
                    el.mods.append(("tint", c))         # a filled button's fill: its accent
                elif c:
                    el.mods.append(("background", c))   # after the common modifiers: the tint wins
                else:
                    self.failed.add((id(node), k))
                break
        return el

    def button_style(self, node, attrs, used) -> str | None:
        """The xui `.buttonStyle` case of a Button: from its platform style (or the platform style a project
        style derives from), else from the app theme's default button (Material: filled; AppCompat: the
        gray raised button, tonal). None when a background replaces the look or nothing says."""
        if "android:background" in attrs:
            return None                     # a background drawable or color replaces the button's look
        st = attrs.get("style")
        if st is not None:
            v = st.value.strip()
            r = ref(v)
            project = r is not None and r[0] == "style" and r[1] in self.imp.values.styles
            name = (self.imp.style_platform_root(v) if project else
                    r[1] if r is not None else (parse_attr_ref(v) or (False, v))[1])
            found = BUTTON_STYLES.match(name or "")
            if found is None:
                return None
            case, note = next((BUTTON_STYLE_CASES[k] for k, g in found.groupdict().items() if g),
                              (None, None))
            if not project:
                used.add("style")
            if note:
                self.report(st.loc, "attribute", f'style="{st.value}"', note, "approximated", node=node)
            return case
        themes = self.imp.themes
        if themes.app_theme is None or themes.missing_parent:
            return None
        root = themes.platform_root(themes.app_theme) or ""
        if re.search(r"\bTheme\.(MaterialComponents|Material3)\b", root):
            return "filled"                 # <Button> inflates as a MaterialButton: the filled button
        if re.search(r"\bTheme\.AppCompat\b", root):
            # the raised gray AppCompat button, a medium-emphasis button; tinted, a filled one
            return "filled" if any(k in attrs for k in ("android:backgroundTint", "app:backgroundTint")) else "tonal"
        return None

    def image_name(self, attrs, used, node) -> str | None:
        icon = attrs.get("app:materialIcon") if _short(node.tag) == "MaterialIconView" else None
        if icon is not None and re.fullmatch(r"[a-z0-9_]+", icon.value):
            used.add("app:materialIcon")      # a Material Design icon by its name: the asset of that name
            return xui_string(icon.value)
        for k in ("android:src", "app:srcCompat"):
            a = attrs.get(k)
            if a is None:
                continue
            used.add(k)
            r = ref(a.value)
            if r and r[0] in ("drawable", "mipmap"):
                return xui_string(r[1])
            if r and r[0] == "android:drawable":
                self.report(a.loc, "attribute", f'{k}="{a.value}"', "framework drawable: asset name kept, "
                            "provide the image in the app's assets", "approximated", node=node)
                return xui_string(r[1])
            if a.value.startswith("@{"):
                return self.binding(a, node, k, "String")
            if a.value.strip().startswith("?"):
                res = self.theme_attr(a, node, k, "image")
                if res is None:
                    return None
                r = ref(res.value)
                if r and r[0] in ("drawable", "mipmap", "android:drawable"):
                    return xui_string(r[1])
                self.report(a.loc, "attribute", f'{k}="{a.value}"', f"the theme gives {res.value}, which is not "
                            "an image", node=node)
                return None
            self.report(a.loc, "attribute", f'{k}="{a.value}"', "image source not understood", node=node)
        return None

    def b_image(self, node, attrs, used, axis):
        name = self.image_name(attrs, used, node)
        drawee = _short(node.tag) == "SimpleDraweeView"
        ph = attrs.get("app:placeholderImage") if drawee else None
        if ph is not None and name is None and ref(ph.value) and ref(ph.value)[0] in ("drawable", "mipmap"):
            used.add("app:placeholderImage")        # Fresco: what shows until the app's code loads the URL
            ph_name = xui_string(ref(ph.value)[1])
        else:
            ph_name = None
        idv = attrs.get("android:id")
        if name is None or (self.row_mode and idv):
            ts = attrs.get("tools:src")
            default = xui_string(ref(ts.value)[1]) if ts and ref(ts.value) else (name or ph_name or '""')
            name = self.data_value(id_base(idv.value), "String", default, idv.value) if idv else default
        args: list[tuple[str | None, str]] = [(None, name)]
        st = attrs.get("android:scaleType") or (attrs.get("app:actualImageScaleType") if drawee else None)
        if st is not None:
            used.update(k for k in ("android:scaleType", "app:actualImageScaleType") if attrs.get(k) is st)
            if st.value in ("centerCrop", "focusCrop"):
                args.append(("contentMode", ".fill"))
            elif st.value == "fitXY":
                args.append(("contentMode", ".fill"))
                self.report(st.loc, "attribute", 'android:scaleType="fitXY"',
                            "stretching is approximated by .fill (aspect kept, cropped)", "approximated",
                            node=node)
        cd = attrs.get("android:contentDescription")
        if cd is not None:
            used.add("android:contentDescription")
            d = self.text(cd, node, "android:contentDescription") if cd.value not in ("@null", "") else None
            if d:
                args.append(("description", d))
        el = El("Image", args)
        short = _short(node.tag)
        if short in ("CircleImageView", "CircularImageView"):
            self._circle(el, node, attrs, used, "app:civ_")
        elif short == "RoundedImageView":
            self._rounded(el, node, attrs, used)
        if drawee:
            self._drawee(el, node, attrs, used)
        return el

    # Fresco's loading states, shown only while / if the app's code loads an image: no static look
    _DRAWEE_LOADING = ("app:placeholderImageScaleType", "app:failureImage", "app:failureImageScaleType",
                       "app:retryImage", "app:retryImageScaleType", "app:progressBarImage",
                       "app:progressBarImageScaleType", "app:progressBarAutoRotateInterval", "app:fadeDuration",
                       "app:viewAspectRatio")

    def _drawee(self, el, node, attrs, used):
        """Fresco SimpleDraweeView's hierarchy attributes: rounding, border, background."""
        for k in self._DRAWEE_LOADING:
            a = attrs.get(k)
            if a is not None and k not in used:
                used.add(k)
                why = ("aspect ratio applied by Fresco's view at run time: give the view a height" if k ==
                       "app:viewAspectRatio" else "loading state of an image the app's code loads: nothing "
                       "shows for it in a static screen")
                self.report(a.loc, "attribute", f'{k}="{a.value}"', why,
                            "approximated" if k == "app:viewAspectRatio" else "ignored", node=node)
        radius = None
        if self._bool_attr(attrs, "app:roundAsCircle", used):
            self._circle(el, node, attrs, used)
            radius = next((a for n, a in el.mods if n == "cornerRadius"), None)
        r = attrs.get("app:roundedCornerRadius") if radius is None else None
        if r is not None:
            used.add("app:roundedCornerRadius")
            radius = self.dimen(r, node, "app:roundedCornerRadius")
            if radius is not None:
                corners = [k for k in ("app:roundTopLeft", "app:roundTopRight", "app:roundBottomLeft",
                                       "app:roundBottomRight", "app:roundTopStart", "app:roundTopEnd",
                                       "app:roundBottomStart", "app:roundBottomEnd") if k in attrs]
                used.update(corners)
                square = [k for k in corners if attrs[k].value.strip() == "false"]
                if square:
                    self.report(attrs[square[0]].loc, "attribute", f'{square[0]}="false"',
                                "rounding only some corners: every corner is rounded", "approximated", node=node)
                el.mods.append(("cornerRadius", radius))
            else:
                self.failed.add((id(node), "app:roundedCornerRadius"))
        bw, bc = attrs.get("app:roundingBorderWidth"), attrs.get("app:roundingBorderColor")
        if bw is not None and bc is not None:
            d, c = self.dimen(bw, node, "app:roundingBorderWidth"), self.color(bc, node, "app:roundingBorderColor")
            if d is not None and c is not None:
                el.mods.append(("border", f"width: {d}, color: {c}, radius: {radius or 0}"))
            self.mark(used, node, ["app:roundingBorderWidth", "app:roundingBorderColor"], d and c)
        ph = attrs.get("app:placeholderImage")
        if ph is not None and "app:placeholderImage" not in used:
            used.add("app:placeholderImage")      # a color, or an image while src/placeholder both apply
            if "app:backgroundImage" not in attrs and "android:background" not in attrs and \
                    (parse_color(ph.value) or (ref(ph.value) or ("",))[0] in ("color", "android:color")):
                attrs = {**attrs, "app:backgroundImage": ph}    # the color the static screen shows
            else:
                self.report(ph.loc, "attribute", f'app:placeholderImage="{ph.value}"', "loading state of an "
                            "image the app's code loads: nothing shows for it in a static screen", "ignored",
                            node=node)
        bg = attrs.get("app:backgroundImage")
        if bg is not None and "android:background" not in attrs:
            used.add("app:backgroundImage")
            m: dict = {}
            ok = _background(self, el, node, "app:backgroundImage", bg, m, "", attrs)
            if not ok:
                self.failed.add((id(node), "app:backgroundImage"))
            el.mods.extend((k, m[k]) for k in ("background", "cornerRadius", "border") if k in m)

    def _rounded(self, el, node, attrs, used):
        """makeramen RoundedImageView: riv_oval (a circle), riv_corner_radius, riv_border_width/color."""
        if self._bool_attr(attrs, "app:riv_oval", used):
            self._circle(el, node, attrs, used, "app:riv_")
            return
        r = attrs.get("app:riv_corner_radius")
        radius = None
        if r is not None:
            used.add("app:riv_corner_radius")
            radius = self.dimen(r, node, "app:riv_corner_radius")
            if radius is None:
                self.failed.add((id(node), "app:riv_corner_radius"))
            else:
                el.mods.append(("cornerRadius", radius))
        self._ring(el, node, attrs, used, "app:riv_", radius or 0)

    def _ring(self, el, node, attrs, used, prefix: str, radius) -> None:
        bw, bc = attrs.get(prefix + "border_width"), attrs.get(prefix + "border_color")
        if bw is not None and bc is not None:
            d, c = self.dimen(bw, node, prefix + "border_width"), self.color(bc, node, prefix + "border_color")
            if d is not None and c is not None:
                el.mods.append(("border", f"width: {d}, color: {c}, radius: {radius}"))
            self.mark(used, node, [prefix + "border_width", prefix + "border_color"], d is not None and c is not None)

    def _circle(self, el, node, attrs, used, prefix: str = "app:civ_"):
        """de.hdodenhof CircleImageView (and the other circle-cropping image views): a circular crop (+ border)
        of a square image."""
        w, h = attrs.get("android:layout_width"), attrs.get("android:layout_height")
        dw = self.dimen(w, node, "android:layout_width", report=False) if w else None
        dh = self.dimen(h, node, "android:layout_height", report=False) if h else None
        if dw is None or dw != dh:
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", "circular crop not imported (the "
                        "image is not a fixed square)", "approximated", node=node)
            return
        radius = num(float(dw) / 2) if re.fullmatch(r"\d+(\.\d+)?", dw) else f"{dw} / 2"
        el.mods.append(("cornerRadius", radius))
        self._ring(el, node, attrs, used, prefix, radius)
        fill = attrs.get(prefix + "circle_background_color")        # behind the image's transparent parts
        if fill is not None:
            c = self.color(fill, node, prefix + "circle_background_color")
            if c is not None:
                el.mods.append(("background", c))
            self.mark(used, node, [prefix + "circle_background_color"], c is not None)

    def b_imagebutton(self, node, attrs, used, axis):
        img = self.b_image(node, attrs, used, axis)
        cb = self.click_action(node, attrs, used, required=True)
        bg = attrs.get("android:background")
        if bg is not None and bg.value in ("?attr/selectableItemBackgroundBorderless",
                                           "?android:attr/selectableItemBackgroundBorderless",
                                           "?attr/selectableItemBackground",
                                           "?android:attr/selectableItemBackground", "@null"):
            used.add("android:background")
        return El("Button", [("action", cb or "{ }")], [img])

    def b_fab(self, node, attrs, used, axis):
        el = self.b_imagebutton(node, attrs, used, axis)
        for k in _tints(attrs, ("app:backgroundTint", "android:backgroundTint"), used):
            if k in attrs:
                used.add(k)
                c = self.color(attrs[k], node, k)       # reports why when it cannot
                if c:
                    el.mods.append(("background", c))
                else:
                    self.failed.add((id(node), k))
                break
        else:
            # the FAB's default color: colorAccent (design library), colorSecondary (MaterialComponents),
            # colorPrimaryContainer (Material 3), resolved through the app theme
            root = self.imp.themes.platform_root(self.imp.themes.app_theme) or ""
            attr = "colorPrimaryContainer" if "Material3" in root else "colorSecondary" \
                if "MaterialComponents" in root else "colorAccent"
            c = self.theme_color(AV(f"?attr/{attr}", self.loc(node)), node, "(default) app:backgroundTint")
            if c:
                el.mods.append(("background", c))
        size = "40" if (attrs.get("app:fabSize") and attrs["app:fabSize"].value == "mini") else "56"
        if "app:fabSize" in attrs:
            used.add("app:fabSize")
        el.mods[:0] = [("frame", f"width: {size}, height: {size}")]
        el.mods.append(("cornerRadius", str(int(size) // 2)))
        return el

    def _checked_state(self, node, attrs, used, base_default: str) -> str:
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else base_default
        c = attrs.get("android:checked")
        init = "false"
        if c is not None:
            used.add("android:checked")
            if c.value.startswith("@"):
                v = self.binding(AV("@{" + c.value.split("{", 1)[1], c.loc), node, "android:checked", "Bool")
                if v is not None and not c.value.startswith("@={"):
                    return v
                init = v or "false"
            else:
                init = "true" if c.value == "true" else "false"
        if self.row_mode and self.model and idv is not None:
            return self.data_value(base, "Bool", init, idv.value)
        return "$" + self.add_state(base, "Bool", init)

    def _toggle(self, node, attrs, used, elname):
        args: list[tuple[str | None, str]] = []
        label = None
        t = attrs.get("android:text")
        if t is not None:
            used.add("android:text")
            label = self.text(t, node, "android:text")
        base = "isOn"
        if t is not None and ref(t.value) and ref(t.value)[0] == "string":
            base = camel(ref(t.value)[1])
        idv = attrs.get("android:id")
        if idv is not None:
            base = id_base(idv.value)
        value = self._checked_state(node, attrs, used, base)
        args.append(("isOn", value))
        if label:
            args.append(("label", label))
        if not value.startswith("$"):
            cb = self.click_action(node, attrs, used, required=False)
            if cb:
                args.append(("onChange", f"{{ {cb}() }}"))
            else:
                cbn = self.add_callback("on" + base[:1].upper() + base[1:] + "Change", "(Bool) -> Void")
                args.append(("onChange", cbn))
        return El(elname, args)

    def b_toggle(self, node, attrs, used, axis):
        return self._toggle(node, attrs, used, "Toggle")

    def b_checkbox(self, node, attrs, used, axis):
        return self._toggle(node, attrs, used, "Checkbox")

    def b_radiogroup(self, node, attrs, used, axis):
        o = self.lin_orientation(attrs, used) if "android:orientation" in attrs else "v"
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else "selection"
        ids = {}
        init = -1
        radios = [c for c in node.children if view_kind(c.tag) == "radio"]
        for i, c in enumerate(radios):
            if c.get("android:id"):
                ids[ref(c.get("android:id") or "")[1] if ref(c.get("android:id") or "") else ""] = i
            if c.get("android:checked") == "true":
                init = i
        cbtn = attrs.get("android:checkedButton")
        if cbtn is not None and ref(cbtn.value) and ref(cbtn.value)[1] in ids:
            init = ids[ref(cbtn.value)[1]]
            used.add("android:checkedButton")
        state = self.add_state(base, "Int", str(init))
        prev = self.radio_group, self.radio_index
        self.radio_group, self.radio_index = (state, ids), 0
        self.report(self.loc(node), "element", "<RadioGroup>", "radio buttons are imported as check boxes "
                    "driven by one Int state (xui has no radio element)", "approximated", node=node)
        try:
            kids = self.conv_children(node.children, o)
        finally:
            self.radio_group, self.radio_index = prev
        return El("Column" if o == "v" else "Row", [("align", ".leading")] if o == "v" else [], kids)

    def b_radio(self, node, attrs, used, axis):
        if self.radio_group is None:
            return self._toggle(node, attrs, used, "Checkbox")
        state, _ids = self.radio_group
        i = self.radio_index
        self.radio_index += 1
        if "android:checked" in attrs:
            used.add("android:checked")
        args: list[tuple[str | None, str]] = [("isOn", f"{state} == {i}")]
        t = attrs.get("android:text")
        if t is not None:
            used.add("android:text")
            label = self.text(t, node, "android:text")
            if label:
                args.append(("label", label))
        args.append(("onChange", f"{{ {state} = {i} }}"))
        return El("Checkbox", args)

    def b_progress(self, node, attrs, used, axis):
        style = attrs.get("style")
        horizontal = style is not None and "Horizontal" in style.value
        if style is not None and ("ProgressBar" in style.value or "progressBarStyle" in style.value):
            used.add("style")
        if self._bool_attr(attrs, "android:indeterminate", used, not horizontal) or not horizontal:
            for k in ("android:progress", "android:max", "android:indeterminateOnly"):
                if k in attrs and (not horizontal or self._bool_attr(attrs, "android:indeterminate", set(), False)):
                    used.add(k)      # a spinner (or an indeterminate bar) shows no progress value
            return El("Progress")
        return self._determinate(node, attrs, used)

    def b_progress_linear(self, node, attrs, used, axis):
        if self._bool_attr(attrs, "android:indeterminate", used, False):
            return El("Progress")
        return self._determinate(node, attrs, used)

    def _determinate(self, node, attrs, used):
        p, mx = attrs.get("android:progress"), attrs.get("android:max")
        pv = float(p.value) if p and re.fullmatch(r"\d+(\.\d+)?", p.value) else 0.0
        mv = float(mx.value) if mx and re.fullmatch(r"\d+(\.\d+)?", mx.value) and float(mx.value) else 100.0
        used.update(k for k in ("android:progress", "android:max") if k in attrs)
        idv = attrs.get("android:id")
        val = num(pv / mv)
        if idv is not None:
            val = self.add_param(id_base(idv.value), "Float", val if "." in val else val + ".0")
        return El("Progress", [("value", val)])

    def b_slider(self, node, attrs, used, axis):
        idv = attrs.get("android:id")
        lo = attrs.get("android:valueFrom") or attrs.get("app:valueFrom") or attrs.get("android:min")
        hi = attrs.get("android:valueTo") or attrs.get("app:valueTo") or attrs.get("android:max")
        cur = attrs.get("android:value") or attrs.get("app:value") or attrs.get("android:progress")
        step = attrs.get("android:stepSize") or attrs.get("app:stepSize")

        def f(a, d):
            if a is None:
                return d
            used.add(next(k for k, v in attrs.items() if v is a))
            return num(float(a.value)) if re.fullmatch(r"-?\d+(\.\d+)?", a.value) else d
        lo_v, hi_v, cur_v = f(lo, "0"), f(hi, "100" if "SeekBar" in node.tag else "1"), f(cur, "0")
        if "SeekBar" in node.tag and step is None:
            step_v = "1"
        else:
            step_v = f(step, "0")
        state = self.add_state(id_base(idv.value) if idv else "value", "Float",
                               cur_v if "." in cur_v else cur_v + ".0")
        return El("Slider", [("value", f"${state}"), ("min", lo_v), ("max", hi_v), ("step", step_v)])

    def b_picker(self, node, attrs, used, axis):
        """<Spinner> (or Material's exposed drop-down menu): a Picker bound to an Int state (the chosen
        position); its options are the android:entries (app:simpleItems) string-array, or (set in code
        by an adapter) a [String] parameter."""
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else "choice"
        options = None
        key = next((k for k in ("android:entries", "app:simpleItems") if k in attrs), None)
        if key is not None:
            options = self.array_strings(attrs[key], node, key)
            used.add(key)
        if options is None:
            options = self.add_param(base + "Options", "[String]", "[]")
            if _short(node.tag) == "NumberPicker":
                self.report(self.loc(node), "element", "<NumberPicker>", "a wheel of the values the app's code "
                            f"sets (min/max or displayed values): a drop-down Picker over the parameter `{options}`",
                            "approximated", node=node)
            elif key is None:
                self.report(self.loc(node), "element", f"<{_short(node.tag)}>",
                            f"no entries in the layout: the options are the parameter `{options}` (the app's "
                            "code sets them with an adapter)", "approximated", node=node)
        args = [("selection", f"${self.add_state(base, 'Int', '0')}"), ("options", options)]
        # a Spinner's dialog title, or the hint of an exposed drop-down's TextInputLayout
        key = next((k for k in ("android:prompt", "android:hint") if k in attrs), "android:hint")
        prompt = attrs.get(key) or getattr(self, "_til_hint", None)
        if prompt is not None:
            label = self.text(prompt, node, key)
            used.update(k for k in ("android:prompt", "android:hint") if attrs.get(k) is prompt)
            if label:
                args.append(("label", label))
        for k in ("android:textColor", "android:textSize", "android:textStyle", "android:fontFamily",
                  "android:textAppearance"):
            if k in attrs and k not in used:
                used.add(k)
                self.report(attrs[k].loc, "attribute", f'{k}="{attrs[k].value}"', "no effect on Android either: "
                            "a Spinner has no text attributes (its adapter's item layout styles the text)",
                            "ignored", node=node)
        if "android:spinnerMode" in attrs:
            used.add("android:spinnerMode")
            if attrs["android:spinnerMode"].value == "dialog":
                self.report(attrs["android:spinnerMode"].loc, "attribute", 'android:spinnerMode="dialog"',
                            "the options open as a drop-down menu, not a dialog", "approximated", node=node)
        return El("Picker", args)

    def array_strings(self, av: AV, node: Node, attr: str) -> str | None:
        """`@array/name` (a <string-array>) as an xui list of strings (its `@string/` items as string
        keys); None, with a report entry, when the array is missing or is not a resource reference."""
        r = ref(av.value)
        if not r or r[0] != "array":
            self.report(av.loc, "attribute", f'{attr}="{av.value}"', "not a string-array resource",
                        node=node)
            return None
        if r[1] not in self.imp.values.arrays:
            self.imp.missing(av.loc, "array", r[1])
            self.report(av.loc, "attribute", f'{attr}="{av.value}"', "missing string-array resource", node=node,
                        missing=True)
            return None
        items = [self.text(AV(s, av.loc), node, attr) for s in self.imp.values.arrays[r[1]][0]]
        return "[" + ", ".join(i for i in items if i is not None) + "]"

    def b_tabs(self, node, attrs, used, axis):
        """TabLayout: its tabs side by side, each its title over an indicator line shown under the
        selected one (an Int state, the first at start); a tap selects a tab and calls
        on<Id>Select(index). The titles are its TabItems' texts, or (tabs the app's code adds, as
        TabLayoutMediator does for a pager) a [String] parameter, reported."""
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else "tabs"
        items = [c for c in node.children if _short(c.tag) == "TabItem"]
        if items:
            titles = []
            for c in items:
                before = self.marks(c)
                self.imp.stats.elements += 1
                self.imp.stats.elements_mapped += 1
                t = c.get("android:text")
                text = self.text(AV(t, Loc(self.file, c.line, c.col)), c, "android:text") if t else None
                titles.append(text or '""')
                self.count_clean(c, before)
            titles_code = "[" + ", ".join(titles) + "]"
        else:
            titles_code = self.add_param(base + "Titles", "[String]", "[]")
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", "its tabs are added in code (e.g. "
                        f"by a TabLayoutMediator for a pager): their titles are the parameter `{titles_code}`",
                        "approximated", node=node)
        selected = self.add_state(base + "Selected", "Int", "0")
        on_select = self.callback_for(base, "Select", "(Int) -> Void")
        color = None
        ind = attrs.get("app:tabIndicatorColor")
        if ind is not None:
            used.add("app:tabIndicatorColor")
            color = self.color(ind, node, "app:tabIndicatorColor")
            if color is None:
                self.failed.add((id(node), "app:tabIndicatorColor"))
        if color is None:
            color = self.theme_color(AV("?attr/colorPrimary", self.loc(node)), node,
                                     "(default) app:tabIndicatorColor") or "#6200EE"
        for k in ("app:tabGravity", "app:tabMode"):
            if k in attrs:
                used.add(k)       # fixed tabs share the width; a scrollable strip is reported below
        if attrs.get("app:tabMode") is not None and attrs["app:tabMode"].value == "scrollable":
            self.report(attrs["app:tabMode"].loc, "attribute", 'app:tabMode="scrollable"', "the tabs share the "
                        "width instead of scrolling", "approximated", node=node)
        tab = El("Column", [("spacing", "0")], [
            El("Text", [(None, "title")], mods=[("padding", "vertical: 12")]),
            El("Divider", [("color", f"i == {selected} ? {color} : #00000000"), ("thickness", "2")]),
        ], [("weight", "1"), ("{onTap", f"{selected} = i\n{on_select}(i)")])
        return El("Row", [], [El("ForEach", [(None, titles_code), ("key", ".self")], [tab],
                                 block_params="title, i")])

    def b_clocktext(self, node, attrs, used, axis):
        """Chronometer / TextClock: a text the platform keeps counting or ticking. A Text of a String
        parameter the app keeps current (a Chronometer's starts at 00:00, as on Android), reported."""
        idv = attrs.get("android:id")
        base = id_base(idv.value) if idv else ("elapsed" if "Chronometer" in node.tag else "time")
        param = self.add_param(base, "String", '"00:00"' if "Chronometer" in node.tag else '""')
        how = [k for k in ("android:format", "android:countDown", "android:format12Hour", "android:format24Hour",
                           "android:timeZone") if k in attrs]
        used.update(how)
        what = "the time counted since the app's code started it" if "Chronometer" in node.tag else "the time"
        self.report(self.loc(node), "element", f"<{_short(node.tag)}>", f"{what} is the text of the parameter "
                    f"`{param}`: the app's code keeps it current" + (f", formatted as {' and '.join(how)} say{'s' if len(how) == 1 else ''}"
                                                                      if how else ""), "approximated", node=node)
        return El("Text", [(None, param)])

    def helper(self, node: Node, tag: str, attrs: dict[str, AV], before: tuple[int, int, int]) -> list[Item]:
        """A ConstraintLayout helper: nothing of its own to draw. A Group lays nothing out and a barrier
        the Column/Row result keeps exactly (self.exact_helpers) needs no entry; the others are reported."""
        short = _short(tag)
        if short == "Group":
            vis = attrs.get("android:visibility")
            if vis is not None and vis.value.strip() in ("gone", "invisible"):
                self.report(vis.loc, "attribute", f'android:visibility="{vis.value}"', "the Group hides the views "
                            "it lists (app:constraint_referenced_ids) on Android; they are imported visible (hide "
                            "them with .visible(false))", "approximated", node=node)
            why = "a constraint Group lays nothing out: it only lets the app's code show or hide the views it " \
                  "lists together"
        elif id(node) in self.exact_helpers:
            why = "a barrier below (above) views that share a Row: the views held to it are placed below " \
                  "(above) that Row"
        else:
            why = None
            self.report(self.loc(node), "element", f"<{short}>", "ConstraintLayout helper (guideline/barrier/"
                        "group/flow): constraints to it are treated as constraints to the parent", "unmapped",
                        node=node)
        for k, av in attrs.items():
            self.count_attr(k, av, node, mapped=True)
        if why is not None:
            self.report(self.loc(node), "element", f"<{short}>", why, "ignored")
            self.imp.stats.elements_mapped += 1
            self.count_clean(node, before)
        return []

    def menu_items(self, av: AV, node: Node, attr: str) -> list[tuple[str, str | None, str | None, Loc, Node]] | None:
        """The items of the `@menu/` resource `av` names, groups flattened: (callback base name, title,
        icon asset, location, the <item>) each; None, reported, when the menu is not there. Sub-menus are
        reported at their line in the menu file."""
        r = ref(av.value)
        if not r or r[0] != "menu":
            self.report(av.loc, "attribute", f'{attr}="{av.value}"', "not a menu resource", node=node)
            return None
        root, disp, err = self.imp.res_files.load("menu", r[1])
        if root is None:
            if err is not None:
                self.report(av.loc, "attribute", f'{attr}="{av.value}"', f"menu file not readable: {err}", node=node)
            else:
                self.imp.missing(av.loc, "menu", r[1])
                self.report(av.loc, "attribute", f'{attr}="{av.value}"', "menu resource is not in the input",
                            node=node, missing=True)
            return None
        out: list[tuple[str, str | None, str | None, Loc, Node]] = []
        for c in _menu_item_nodes(root):
            loc = Loc(disp, c.line, c.col)
            idv = c.get("android:id")
            base = id_base(idv) if idv else f"item{len(out) + 1}"
            title = c.get("android:title")
            text = self.text(AV(title, loc), node, "android:title") if title else None
            icon = ref(c.get("android:icon") or "")
            asset = xui_string(icon[1]) if icon and icon[0] in ("drawable", "mipmap") else None
            if any(k.tag == "menu" for k in c.children):
                self.report(loc, "element", "<item> with a sub-menu", "sub-menus are not imported: the item "
                            "calls its callback", "approximated", node=node)
            out.append((base, text, asset, loc, c))
        return out

    def b_bottomnav(self, node, attrs, used, axis):
        """BottomNavigationView (NavigationRailView): its menu's items side by side (stacked for a rail),
        each its icon over its title, tappable with an on<Item>Click callback."""
        rail = "navigationrail" in node.tag.lower()
        m = attrs.get("app:menu")
        items = self.menu_items(m, node, "app:menu") if m is not None else None
        if m is not None:
            used.add("app:menu")
        mode = attrs.get("app:labelVisibilityMode")
        labels = True
        if mode is not None:
            used.add("app:labelVisibilityMode")
            labels = mode.value.strip() != "unlabeled"
            if mode.value.strip() == "selected":
                self.report(mode.loc, "attribute", f'app:labelVisibilityMode="{mode.value}"', "every item shows "
                            "its label (Android shows only the selected one's)", "approximated", node=node)
        kids: list[Item] = []
        for base, title, icon, _loc, _item in items or []:
            inner: list[Item] = []
            if icon:
                inner.append(El("Image", [(None, icon)], mods=[("frame", "width: 24, height: 24")]))
            if title and (labels or not icon):
                inner.append(El("Text", [(None, title)], mods=[("fontSize", "12")]))
            cell = El("Column", [("spacing", "4")], inner, [("padding", "vertical: 8")])
            if not rail:
                cell.mods.append(("weight", "1"))
            cell.mods.append(("{onTap", self.callback_for(base) + "()"))
            kids.append(cell)
        if items is None and m is None:
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", "no app:menu: its items are added "
                        "in code; imported empty", "unmapped", node=node)
        elif kids:
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", "the menu's items with their "
                        "callbacks; the selected item's highlight (set in code) is not imported", "approximated",
                        node=node)
        return El("Column" if rail else "Row", [], kids)

    def b_navmenu(self, node, attrs, used, axis):
        """NavigationView (a drawer's menu): its header layout, then its menu's items as rows of icon and
        title, each tappable with an on<Item>Click callback."""
        kids: list[Item] = []
        head = attrs.get("app:headerLayout")
        if head is not None:
            used.add("app:headerLayout")
            r = ref(head.value)
            sig = self.imp.signature(r[1], head.loc) if r and r[0] == "layout" else None
            if sig is not None and sig.kind != "screen" and not sig.model:
                kids.append(self.component_use(r[1], sig))
            else:
                absent = bool(r) and r[0] == "layout" and r[1] not in self.imp.layouts
                self.report(head.loc, "attribute", f'app:headerLayout="{head.value}"', "header layout is not in "
                            "the input" if absent else "header layout not importable", node=node, missing=absent)
        m = attrs.get("app:menu")
        if m is not None:
            used.add("app:menu")
            for base, title, icon, _loc, _item in self.menu_items(m, node, "app:menu") or []:
                row: list[Item] = []
                if icon:
                    row.append(El("Image", [(None, icon)], mods=[("frame", "width: 24, height: 24")]))
                if title:
                    row.append(El("Text", [(None, title)]))
                row.append(El("Spacer"))
                kids.append(El("Row", [("spacing", "16")], row, [("padding", "horizontal: 16, vertical: 12"),
                                                                 ("{onTap", self.callback_for(base) + "()")]))
        else:
            self.report(self.loc(node), "element", f"<{_short(node.tag)}>", "no app:menu: its items are added "
                        "in code; only the header is imported", "unmapped", node=node)
        col = El("Column", [("align", ".leading")], kids)
        # Material's drawer sheet: opaque (the surface color) and 280 dp wide unless the layout says
        if "android:background" not in attrs:
            col.mods.append(("background", "#FFFFFF"))
        if (attrs.get("android:layout_width") or AV("", self.loc(node))).value == "wrap_content":
            col.mods.append(("frame", "width: 280"))
        return col

    def b_space(self, node, attrs, used, axis):
        """<Space>: a Spacer in a LinearLayout; elsewhere an empty box of its size (see b_view)."""
        return El("Spacer") if axis in ("h", "v") else El("Stack", [], [])

    def b_divider(self, node, attrs, used, axis):
        """MaterialDivider: the platform divider, or one of app:dividerColor / app:dividerThickness."""
        used.update(k for k in ("android:layout_width", "android:layout_height") if k in attrs)
        args: list[tuple[str | None, str]] = []
        for k, arg, read in (("app:dividerColor", "color", self.color), ("app:dividerThickness", "thickness",
                                                                          self.dimen)):
            a = attrs.get(k)
            if a is not None:
                val = read(a, node, k)
                if val is not None:
                    args.append((arg, val))
                self.mark(used, node, [k], val is not None)
        return El("Divider", args)

    def b_view(self, node, attrs, used, axis):
        w, h = attrs.get("android:layout_width"), attrs.get("android:layout_height")
        bg = attrs.get("android:background")

        def small(a):
            if a is None:
                return False
            d = parse_dimen(a.value)
            if d is None and ref(a.value) and ref(a.value)[0] == "dimen":
                raw = self.imp.values.dimens.get(ref(a.value)[1])
                d = parse_dimen(raw[0]) if raw else None
            return d is not None and 0 < d[0] <= 2
        if bg is not None and (small(h) or small(w)) and not node.children:
            return self._divider(node, attrs, used, bg, "android:layout_height" if small(h) else "android:layout_width")
        if bg is None and not node.children:
            # an empty View: a gap in a LinearLayout (a Spacer); elsewhere an invisible box (a Spacer
            # only exists in a Row/Column, and a Stack or a constraint layout is neither)
            return El("Spacer") if axis in ("h", "v") else El("Stack", [], [])
        return El("Stack", [], self.conv_children(node.children, "stack"))

    def _divider(self, node, attrs, used, bg: AV, thin: str) -> El:
        """A thin View with a background: a Divider of that color and thickness (the platform's own
        divider for ?attr/listDivider and the like)."""
        used.update(k for k in ("android:layout_width", "android:layout_height", "android:background")
                    if k in attrs)
        v = bg.value.strip()
        ra = parse_attr_ref(v)
        if ra is not None and ra[1] in ("listDivider", "dividerHorizontal", "dividerVertical"):
            return El("Divider")
        r = ref(v)
        if r is not None and r[0] in ("drawable", "android:drawable") and r[1] not in self.imp.drawable_tokens:
            self.report(bg.loc, "attribute", f'android:background="{v}"', "a line drawn with a drawable: imported "
                        "as the platform's divider", "approximated", node=node)
            return El("Divider")
        color = self.color(bg, node, "android:background")
        if color is None:
            self.failed.add((id(node), "android:background"))
            return El("Divider")
        t = self.dimen(attrs[thin], node, thin, report=False)
        return El("Divider", [("color", color)] + ([("thickness", t)] if t is not None else []))

    # -- include --
    def component_use(self, layout: str, sig: Signature) -> El:
        """A use of another layout's component (an <include>, a drawer's header): this layout depends on
        it, and its callbacks are lifted to this layout's own."""
        self.imp.deps.setdefault(self.layout, set()).add(layout)
        return El(sig.name, [(cb.name, self.add_callback(cb.name, cb.type)) for cb in sig.callbacks])

    def conv_include(self, node: Node, axis: str, layout_attr: str = "layout") -> list[Item]:
        """An <include> (or a fragment's tools:layout, `layout_attr`) as a use of the layout's component."""
        self.imp.stats.elements += 1
        before = self.marks(node)
        attrs = self.attrs_of(node)
        lay = attrs.get(layout_attr)
        used = {layout_attr}
        what = f"<{_short(node.tag)}>"
        if layout_attr != "layout":
            used.update(k for k in ("android:name", "class", "app:navGraph", "app:defaultNavHost") if k in attrs)
            self.report(self.loc(node), "element", what, f"the fragment's design-time layout "
                        f"({lay.value}) is embedded; the fragment's code decides what it shows", "approximated",
                        node=node)
        r = ref(lay.value) if lay else None
        sig = self.imp.signature(r[1], Loc(self.file, node.line, node.col)) if r and r[0] == "layout" else None
        if sig is not None and sig.model:
            self.report(self.loc(node), "element", what, f"{lay.value} is a list row (it needs a "
                        f"{sig.model}); include it from a list instead", node=node)
            sig = None
        if sig is not None and sig.kind == "screen" and sig.screen_content:
            sig = Signature(sig.screen_content, "component", sig.params, [])
            if layout_attr == "layout":       # (a fragment's entry above says it)
                self.report(self.loc(node), "element", what, "includes a screen layout: its content "
                            "component is embedded with empty callbacks", "approximated", node=node)
        elif sig is not None and sig.kind == "screen":
            self.report(self.loc(node), "element", what, "screens cannot be embedded; import the "
                        "included layout under a non-activity name", node=node)
            sig = None
        if sig is None:
            absent = r is not None and r[0] == "layout" and r[1] not in self.imp.layouts
            self.report(self.loc(node), "element", what, ("included layout is not in the input"
                        if absent else "included layout not found or not importable")
                        + (f" ({lay.value})" if lay else ""), node=node, missing=absent)
            for k, av in attrs.items():
                self.count_attr(k, av, node, mapped=False)
            return []
        el = self.component_use(r[1], sig)
        self.common(el, node, attrs, used, axis, "include")
        for k, av in attrs.items():
            if k in used:
                self.count_attr(k, av, node, mapped=(id(node), k) not in self.failed)
            elif (why := self.noop_reason(k, av, node, axis, "include")) is not None:
                self.count_attr(k, av, node, mapped=True, noop=True, why=why)
            elif k.startswith("app:") or k.startswith("bind:"):
                self.count_attr(k, av, node, mapped=False)
                self.report(av.loc, "binding", f'{k}="{av.value}"', "variables passed to included "
                            "binding layouts are not imported", node=node)
            else:
                self.count_attr(k, av, node, mapped=False)
                self.report(av.loc, "attribute", f'{k}="{av.value}"', f"not mapped on {what}", node=node)
        self.imp.stats.elements_mapped += 1
        self.count_clean(node, before)
        return [el]

    # -- RelativeLayout / ConstraintLayout --
    def b_relative(self, node, attrs, used, axis):
        return self._constraints(node, attrs, used, relative=True)

    def b_constraint(self, node, attrs, used, axis):
        return self._constraints(node, attrs, used, relative=False)

    def _constraints(self, node, attrs, used, relative: bool):
        from .constraints import solve
        g = attrs.get("android:gravity") if relative else None
        gravity = _gravity(g) if g is not None else (None, None)
        root, applied = solve(self, node, relative, gravity)
        if g is not None and applied:
            used.add("android:gravity")
        return root


MOD_ORDER = {name: i for i, name in enumerate([
    "buttonStyle", "foreground", "placeholderColor", "fontSize", "fontWeight", "italic", "letterSpacing", "lineSpacing", "textAlign",
    "lineLimit", "selectable", "submitLabel",
    "tint", "padding",
    "frame", "fillWidth", "fillHeight", "weight", "background", "cornerRadius", "border", "shadow", "opacity",
    "disabled", "visible", "accessibilityLabel", "{onTap", "margin"])}


# what a text field keeps when its box moves to a Row (modifiers only fields take, and `.disabled`,
# which a container cannot take on every target)
_FIELD_MODS = {"placeholderColor", "submitLabel", "disabled"}


def _split_text_box(el: El) -> tuple[El, list[tuple[str, str | None]]]:
    """A Text (or text field) that moves into a Row/Column: (the view with its text modifiers, the box's
    modifiers)."""
    keep = TEXT_MODS | _FIELD_MODS if el.name in ("TextField", "SecureField") else TEXT_MODS
    return (El(el.name, el.args, el.children, [md for md in el.mods if md[0] in keep]),
            [md for md in el.mods if md[0] not in keep])


def _labelled_button(el: El) -> bool:
    """A Button with a text label (not a label block)."""
    return el.name == "Button" and not el.children and any(k is None for k, _ in el.args)


def normalize_mods(mods: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Canonical modifier order (Android semantics: padding inside the frame, background over the
    frame, margin outside everything); exact duplicates dropped; a later value of a single-valued
    modifier wins."""
    out: list[tuple[str, str | None]] = []
    for m in mods:
        if m[0] in ("padding", "margin") and m[1] is not None:
            m = (m[0], _drop_zero_edges(m[1]))
            if m[1] is None:
                continue                            # padding(0) / margin(0): no effect
        if m in out:
            continue
        if m[0] not in ("padding", "margin", "frame"):
            out = [o for o in out if o[0] != m[0]] if m[0] not in ("fillWidth", "fillHeight") else out
        out.append(m)
    return sorted(out, key=lambda m: MOD_ORDER.get(m[0], 50))


def _drop_zero_edges(args: str) -> str | None:
    """'top: 0, leading: 6' -> 'leading: 6'; '0' -> None (a literal zero only; tokens are kept)."""
    parts = [p.strip() for p in args.split(",")]
    zero = re.compile(r"(?:\w+:\s*)?-?0(?:\.0+)?")
    kept = [p for p in parts if not zero.fullmatch(p)]
    return ", ".join(kept) if kept else None


def _edges(d: dict[str, str]) -> str | None:
    if not d:
        return None
    t, l, b, r = (d.get(k) for k in ("top", "leading", "bottom", "trailing"))
    if t is not None and t == l == b == r:
        return t
    if t == b and l == r and t is not None and l is not None:
        return f"horizontal: {l}, vertical: {t}"
    parts = []
    if t == b and t is not None and l is None and r is None:
        return f"vertical: {t}"
    if l == r and l is not None and t is None and b is None:
        return f"horizontal: {l}"
    for k in ("top", "leading", "bottom", "trailing"):
        if d.get(k) is not None:
            parts.append(f"{k}: {d[k]}")
    return ", ".join(parts)


def _gravity(av: AV | None) -> tuple[str | None, str | None]:
    """Android gravity -> (horizontal, vertical) each 'start' | 'center' | 'end' | None."""
    if av is None or not av.value:
        return None, None
    h = v = None
    for f in av.value.split("|"):
        f = f.strip()
        if f in ("center",):
            h, v = h or "center", v or "center"
        elif f == "center_horizontal":
            h = "center"
        elif f == "center_vertical":
            v = "center"
        elif f in ("left", "start"):
            h = "start"
        elif f in ("right", "end"):
            h = "end"
        elif f == "top":
            v = "start"
        elif f == "bottom":
            v = "end"
        elif f in ("fill", "fill_horizontal", "fill_vertical"):
            pass
    return h, v


_ALIGN = {(None, None): None, ("start", "start"): "topLeading", (None, "start"): "top", ("start", None): "leading",
          ("center", "start"): "top", ("end", "start"): "topTrailing", ("start", "center"): "leading",
          ("center", "center"): "center", ("end", "center"): "trailing", ("start", "end"): "bottomLeading",
          ("center", "end"): "bottom", ("end", "end"): "bottomTrailing", (None, "center"): "leading",
          ("center", None): "top", (None, "end"): "bottomLeading", ("end", None): "topTrailing"}


def _stack_align(value: str | None) -> str | None:
    if not value:
        return None
    h, v = _gravity(AV(value, Loc("", 0)))
    a = _ALIGN.get((h, v))
    if a == "top" and h is None:
        a = "topLeading"
    if (h, v) == ("start", None):
        a = "topLeading"
    return a


# ---- attribute handlers (the ATTRS table) ---------------------------------------------------

def _size(axis_name: str):
    def h(c: LayoutConverter, el, node, k, av, m, axis, attrs):
        v = av.value.strip()
        if v in ("match_parent", "fill_parent"):
            m[axis_name] = "fill"
            return True
        if v == "wrap_content":
            return True
        wt = attrs.get("android:layout_weight")
        along = (axis == "h" and axis_name == "width") or (axis == "v" and axis_name == "height")
        if re.fullmatch(r"0(dp|dip|px)?", v):
            if wt is not None and along:
                return True        # the weight handler emits .weight()
            if axis == "constraint":
                return True        # match_constraint: the constraint solver decides
            if el.name == "Spacer":
                return True
        if v.startswith("@{"):
            c.report(av.loc, "binding", f'{k}="{v}"', "size bindings are not imported", node=node)
            return None
        d = c.dimen(av, node, k)
        if d is None:
            return None
        m[axis_name] = d
        return True
    return h


def _weight(c, el, node, k, av, m, axis, attrs):
    w = number(av.value)
    if w is None:
        return False
    if axis not in ("h", "v"):
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "layout_weight outside a LinearLayout has no "
                 "effect", "ignored")
        return True
    if w > 0:
        m["weight"] = num(w)
    return True


def _pad_or_margin(kind: str, edges: tuple[str, ...]):
    def h(c, el, node, k, av, m, axis, attrs):
        d = c.dimen(av, node, k)
        if d is None:
            return None
        rank = 2 if len(edges) == 1 else (1 if len(edges) == 2 else 0)
        ranks = m.setdefault(kind + "_rank", {})
        for e in edges:
            if ranks.get(e, -1) <= rank:
                m[kind][e] = d
                ranks[e] = rank
        return True
    return h


def _is_ripple(v: str) -> bool:
    a = parse_attr_ref(v)
    return a is not None and a[1] in RIPPLE_ATTRS


def _background(c, el, node, k, av, m, axis, attrs):
    v = av.value.strip()
    if v in ("@null", "@android:color/transparent"):
        return True
    if _is_ripple(v):
        return _ripple(c, el, node, k, av, m, attrs)
    r = ref(v)
    if r and r[0] == "drawable" and r[1] not in c.imp.drawable_tokens:
        ok = _paint(c, el, node, k, av, m, attrs)
    else:
        col = c.color(av, node, k)
        if col is None:
            return None
        m["background"] = col
        ok = True
    tint = next((t for t in ("android:backgroundTint", "app:backgroundTint") if t in attrs), None)
    if ok and tint is not None and "background" in m:
        # the tint paints the background's opaque pixels: a color or a shape's fill takes the tint's color
        col = c.color(attrs[tint], node, tint)
        if col is not None:
            m["background"] = col
    return ok


def _background_tint(c, el, node, k, av, m, axis, attrs):
    """android:backgroundTint on a view: applied with its android:background (see _background); without
    one, a text field's or spinner's own underline/box is tinted (each target draws its own), and any
    other view has nothing to tint."""
    if "android:background" in attrs:
        return True
    if el.name in ("TextField", "SecureField") or "Spinner" in node.tag:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "tints the platform's own field underline/box: each "
                 "target draws its own text field chrome", node=node)
        return None
    return True


def _ripple(c, el, node, k, av, m, attrs):
    """`?attr/selectableItemBackground`: a transparent background that ripples while the view is pressed.
    Android only draws it on a clickable view, so the view is tapped: with its own listener (a button,
    android:onClick, clickable) or one the app's code sets by id (or, on a row's root, the adapter's).
    xui's .onTap shows each target's press feedback, so it carries the ripple; the listener set in code
    becomes a callback parameter, like a Button's."""
    if el.name == "Button" or "onTap" in m or "android:onClick" in attrs:
        return True
    clickable = attrs.get("android:clickable")
    if clickable is not None and clickable.value == "false":
        return True                             # not clickable: Android never shows the ripple
    idv = attrs.get("android:id")
    if idv is not None:
        m["onTap"] = c.click_callback(idv) + "()"
        return True
    if node is c.root_node:
        m["onTap"] = c.add_callback("onClick") + "()"
        return True
    c.report(av.loc, "attribute", f'{k}="{av.value}"', "touch ripple on a view with no id: the app's code "
             "cannot have found it to attach a listener; imported without a tap", "approximated", node=node)
    return True


def _paint(c, el, node, k, av, m, attrs):
    """A background drawable that is a shape, a selector or ripple over one, a color: the same look
    through .background, .cornerRadius and .border (a ripple: see _ripple)."""
    p = c.paints(node, k, av.value).drawable(ref(av.value)[1], av.loc)
    if p is None:
        return None
    if p.ripple:
        _ripple(c, el, node, k, av, m, attrs)
    radius = p.radius
    if p.oval:
        w, h = (c.dimen(attrs[a], node, a, report=False) if a in attrs else None
                for a in ("android:layout_width", "android:layout_height"))
        if w is not None and w == h and re.fullmatch(r"\d+(\.\d+)?", w):
            radius = num(float(w) / 2)
        else:
            radius = "999"
            c.report(av.loc, "attribute", f'{k}="{av.value}"', "an oval on a view that is not a fixed square "
                     "is drawn as a capsule (fully rounded ends)", "approximated", node=node)
    if p.color is not None and "background" not in m:
        m["background"] = p.color
    if radius is not None and radius != "0" and "cornerRadius" not in m:
        m["cornerRadius"] = radius
    if p.border is not None and "border" not in m:
        m["border"] = f"width: {p.border[0]}, color: {p.border[1]}, radius: {radius or 0}"
    return True


def _foreground(c, el, node, k, av, m, axis, attrs):
    v = av.value.strip()
    if v == "@null":
        return True
    if _is_ripple(v):
        return _background(c, el, node, k, av, m, axis, attrs)
    return False


_IME_NO_EFFECT = {"flagNoExtractUi", "flagNoFullscreen", "normal", "actionUnspecified"}


# the keyboard's action key -> xui's .submitLabel
IME_ACTIONS = {"actionNext": ".next", "actionDone": ".done", "actionGo": ".go", "actionSearch": ".search",
               "actionSend": ".send"}


def _ime_options(c, el, node, k, av, m, axis, attrs):
    """The keyboard's action key (actionNext, actionDone ...) becomes .submitLabel on a text field; flags
    that only change Android's landscape full-screen editor have no counterpart (and no effect) on the
    other targets. What the key does when pressed is the app's code (an OnEditorActionListener)."""
    flags = {f.strip() for f in av.value.split("|")}
    actions = [f for f in flags if f in IME_ACTIONS]
    rest = flags - set(actions) - _IME_NO_EFFECT - {"actionNone"}
    if rest or len(actions) > 1 or (actions and el.name not in ("TextField", "SecureField")):
        return False
    if actions:
        m.setdefault("planned", []).append(("submitLabel", IME_ACTIONS[actions[0]]))
    if flags & (_IME_NO_EFFECT | {"actionNone"}) - {"normal", "actionUnspecified"}:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "full-screen (landscape) keyboard editor flags only "
                 "affect Android, which the other targets do not have", "ignored")
    return True


def _known_text_size(c, node, m, attrs) -> str | None:
    """A text view's size in points as the importer has it (a number, or a theme token): the size
    already mapped, else its android:textSize; None without one."""
    size = m.get("fontSize")
    sa = attrs.get("android:textSize")
    if size is None and sa is not None:
        size = c.dimen(sa, node, "android:textSize", report=False)
    return size


def _letter_spacing(c, el, node, k, av, m, axis, attrs):
    """android:letterSpacing is in em (of the text size); xui's .letterSpacing in points."""
    em = number(av.value, -100, 100)
    if em is None:
        return False
    if em == 0:
        return True
    size = _known_text_size(c, node, m, attrs)
    pts = None
    if size is not None and re.fullmatch(r"\d+(\.\d+)?", str(size)):
        pts = num(round(em * float(size), 2))
    elif size is not None:
        pts = f"{num(em)} * {size}"              # a theme token: the spacing follows it
    else:
        pts = num(round(em * 14, 2))
        c.report(av.loc, "attribute", f'{k}="{av.value}"', f"{av.value} em of the default text size, taken "
                 "as 14sp: give the text a size to make it exact", "approximated", node=node)
    m.setdefault("planned", []).append(("letterSpacing", pts))
    return True


_LINE_SPACING_WHY = ("line spacing not imported: only on text views, as a plain number (a theme dimension only "
                     "without a multiplier) and not tighter than the font's natural line height")


def _line_spacing(c, el, node, k, av, m, axis, attrs):
    """android:lineSpacingExtra (a size) and android:lineSpacingMultiplier (of the natural line height):
    together Android's line height is natural x multiplier + extra; xui's .lineSpacing(points) is the
    space over the natural height (a Text's only). The two attributes are read once, together."""
    if el.name != "Text":
        return False
    if "line_spacing" in m:
        return m["line_spacing"]
    m["line_spacing"] = False
    ea, ma = attrs.get("android:lineSpacingExtra"), attrs.get("android:lineSpacingMultiplier")
    extra = c.dimen(ea, node, "android:lineSpacingExtra", report=False) if ea is not None else "0"
    mult = number(ma.value, 0, 100) if ma is not None else 1.0
    if mult is None or extra is None:
        return False
    if mult != 1.0 and not re.fullmatch(r"-?\d+(\.\d+)?", str(extra)):
        return False                       # a theme token plus a multiple: not one number
    size = _known_text_size(c, node, m, attrs)
    sized = size is not None and re.fullmatch(r"\d+(\.\d+)?", str(size)) is not None
    if mult == 1.0:
        pts = extra
    else:                                  # a theme-token or missing size: the default 14sp
        pts = num(round((float(size) if sized else 14) * 1.2 * (mult - 1) + float(extra), 2))
    value = float(pts) if re.fullmatch(r"-?\d+(\.\d+)?", str(pts)) else None     # None: a theme token
    if value is not None and value < 0:
        return False                       # tighter than the natural line height: reported
    m["line_spacing"] = True
    if value == 0:
        return True
    m.setdefault("planned", []).append(("lineSpacing", pts))
    if mult != 1.0:
        c.report(ma.loc, "attribute", f'android:lineSpacingMultiplier="{ma.value}"',
                 f"a multiple of the natural line height, taken as 1.2 x the text size"
                 f"{'' if sized else ' (14sp, the text having no size in points)'}: .lineSpacing({pts})",
                 "approximated", node=node)
    return True


# A control's accent-color attribute -> (the xui elements it is on, what differs from xui's `.tint`, or "").
CONTROL_TINTS: dict[str, tuple[tuple[str, ...], str]] = {
    "android:buttonTint": (("Checkbox",), "Android tints the unchecked box too; xui's tint is the checked box's"),
    "app:buttonTint": (("Checkbox",), "Android tints the unchecked box too; xui's tint is the checked box's"),
    "android:progressTint": (("Progress", "Slider"), ""),
    "android:indeterminateTint": (("Progress",), ""),
    "app:indicatorColor": (("Progress",), ""),
    "android:thumbTint": (("Slider",), "Android colors the thumb only; xui's tint colors the filled track too"),
}


def _control_tint(c, el, node, k, av, m, axis, attrs):
    """A control's accent color (buttonTint, progressTint, indicatorColor ...): xui's `.tint`."""
    on, differs = CONTROL_TINTS[k]
    if el.name not in on:
        return False
    col = c.color(av, node, k)
    if col is None:
        return None
    m.setdefault("planned", []).append(("tint", col))
    if differs:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', differs, "approximated", node=node)
    return True


def _alpha(c, el, node, k, av, m, axis, attrs):
    a = number(av.value)
    if a is None:
        return False
    m["opacity"] = num(min(1.0, max(0.0, a)))        # Android clamps alpha to 0...1
    return True


def _visibility(c, el, node, k, av, m, axis, attrs):
    v = av.value.strip()
    if v == "visible":
        return True
    if v.startswith("@{"):
        try:
            text, typ = translate(v[2:-1], c.bind, "Visibility")
        except Unsupported as e:
            c.report(av.loc, "binding", f'{k}="{v}"', f"binding expression not imported: {e}", node=node)
            return None
        mt = re.fullmatch(r"(.+) \? __VIS_(\w+) : __VIS_(\w+)", text)
        if mt and {mt.group(2), mt.group(3)} <= {"VISIBLE", "GONE", "INVISIBLE"}:
            cond = mt.group(1)
            if mt.group(2) == "VISIBLE":
                m["visible"] = cond
            else:
                m["visible"] = f"!({cond})" if " " in cond else f"!{cond}"
            return True
        c.report(av.loc, "binding", f'{k}="{v}"', "visibility expression not understood", node=node)
        return None
    idv = attrs.get("android:id")
    if v in ("gone", "invisible"):
        if idv is not None and not c.row_mode:
            p = c.add_param(id_base(idv.value) + "Visible", "Bool", "false")
        else:
            p = "false"
        if v == "invisible":
            m["opacity"] = f"{p} ? 1 : 0" if p != "false" else "0"
        else:
            m["visible"] = p
        return True
    return False


def _adapter_visibility(visible_when_true: bool | None):
    """Visibility binding adapters: the widespread names (app:isGone, app:goneUnless, app:visibleGone ...,
    assumed from the name unless the app's code says otherwise) and any @BindingAdapter of the app's
    code that only toggles visibility (visible_when_true None: read from the adapter)."""
    def h(c, el, node, k, av, m, axis, attrs):
        if not av.value.startswith("@{"):
            return False
        ad = c.imp.view_sources.binding_adapters.get(k)
        state = ad.visibility_when_true() if ad is not None else None
        if visible_when_true is None and state is None:
            return False
        x = c.binding(av, node, k, "Bool")
        if x is None:
            return None
        shown = (state == "VISIBLE") if state is not None else visible_when_true
        m["visible"] = x if shown else (x[1:] if re.fullmatch(r"![\w.]+", x) else (f"!({x})" if " " in x
                                                                                  else f"!{x}"))
        if state == "INVISIBLE" or (state is None and ad is None):
            why = ("the adapter (at {}) makes the view INVISIBLE, which keeps its space; imported as hidden "
                   "without it".format(ad.where) if state == "INVISIBLE" else
                   "binding adapter assumed to toggle visibility (check the app's @BindingAdapter)")
            c.report(av.loc, "binding", f'{k}="{av.value}"', why, "approximated", node=node)
        elif state is None:
            c.report(av.loc, "binding", f'{k}="{av.value}"', f"binding adapter (at {ad.where}) does more than "
                     "toggle visibility: imported as a visibility toggle, port the rest by hand", "approximated",
                     node=node)
        return True
    return h


_app_visibility_adapter = _adapter_visibility(None)


def _enabled(c, el, node, k, av, m, axis, attrs):
    if av.value == "true":
        return True
    spec = ELEMENTS.get(el.name)
    if spec is None or not spec.control:
        # a text, image or container: disabled only changes which state of its color lists shows (the
        # paint interpreter reads android:enabled) and whether a click listener fires
        clickable = "android:onClick" in attrs or (attrs.get("android:clickable") is not None and
                                                  attrs["android:clickable"].value == "true")
        if av.value.startswith("@{") or clickable:
            c.report(av.loc, "attribute", f'{k}="{av.value}"', "disabled state of a non-input view (its "
                     "state colors, its click listener): not imported", "approximated", node=node)
        return True
    if av.value == "false":
        m["disabled"] = "true"
        return True
    if av.value.startswith("@{"):
        x = c.binding(av, node, k, "Bool")
        if x is None:
            return None
        m["disabled"] = x[1:] if re.fullmatch(r"![\w.]+", x) else (f"!({x})" if " " in x else f"!{x}")
        return True
    return False


def _content_description(c, el, node, k, av, m, axis, attrs):
    if av.value in ("@null", ""):
        return True
    t = c.text(av, node, k)
    if t is None:
        return None
    m["accessibilityLabel"] = t
    return True


def _on_click(c, el, node, k, av, m, axis, attrs):
    if el.name == "Button":
        return True
    cb = c.click_action(node, attrs, set(), required=False)
    if cb is None:
        return False
    m["onTap"] = f"{cb}()"
    return True


def _clickable(c, el, node, k, av, m, axis, attrs):
    if av.value != "true" or el.name == "Button" or "android:onClick" in attrs:
        return av.value in ("true", "false") and (av.value == "false" or el.name == "Button"
                                                  or "android:onClick" in attrs)
    idv = attrs.get("android:id")
    if idv is None:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "clickable with no id and no onClick: no listener can "
                 "be attached, it only stops touches reaching views behind", "ignored")
        return True
    m["onTap"] = c.click_callback(idv) + "()"
    return True


def _stroke(c, el, node, k, av, m, axis, attrs):
    """app:strokeWidth + app:strokeColor (MaterialButton, ShapeableImageView ...): a border, rounded like
    the view's app:cornerRadius."""
    if "stroke_tried" in m:                 # the other attribute of the pair
        return True if "border" in m else None
    w, col = attrs.get("app:strokeWidth"), attrs.get("app:strokeColor")
    style = attrs.get("style")
    if w is None and col is not None and style is not None and "Outlined" in style.value:
        w = AV("1dp", style.loc)                # Material outlined buttons and cards: a 1dp stroke
    if w is None and col is not None:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "no app:strokeWidth: the view draws no stroke",
                 "ignored")
        return True
    if w is None or col is None:
        return False
    m["stroke_tried"] = True
    d, cc = c.dimen(w, node, "app:strokeWidth"), c.color(col, node, "app:strokeColor")
    if d is None or cc is None:
        return None
    r = attrs.get("app:cornerRadius")
    rad = c.dimen(r, node, "app:cornerRadius", report=False) if r is not None else None
    m["border"] = f"width: {d}, color: {cc}, radius: {rad or 0}"
    return True


def _layout_gravity(c, el, node, k, av, m, axis, attrs):
    return axis in ("v", "h", "stack") or axis == "root"


def _text_size(c, el, node, k, av, m, axis, attrs):
    d = c.dimen(av, node, k)
    if d is None:
        return None
    m["fontSize"] = d
    return True


def _text_style(c, el, node, k, av, m, axis, attrs):
    parts = {p.strip() for p in av.value.split("|")}
    if "bold" in parts:
        m["fontWeight"] = ".bold"
    if "italic" in parts:
        return _planned(c, el, node, k, av, m, axis, attrs, "italic")
    return True


def _text_color(c, el, node, k, av, m, axis, attrs):
    col = c.color(av, node, k)
    if col is None:
        return None
    m["foreground"] = col
    return True


def _hint_color(c, el, node, k, av, m, axis, attrs):
    if el.name not in ("TextField", "SecureField"):
        if "android:hint" in attrs:
            return False
        if not av.from_style:
            c.report(av.loc, "attribute", f'{k}="{av.value}"', "a view with no hint shows no hint color",
                     "ignored")
        return True
    col = c.color(av, node, k)
    if col is None:
        return None
    m["placeholderColor"] = col
    return True


def _text_gravity(c, el, node, k, av, m, axis, attrs):
    h, v = _gravity(av)
    if el.name == "Button" and h in ("center", None):
        return True            # button labels are centered on every target already
    if el.name == "Button":
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "button labels stay centered (label alignment is not "
                 "a Button modifier on every target)", "approximated", node=node)
        return True
    if h == "center":
        m["textAlign"] = ".center"
    elif h == "end":
        m["textAlign"] = ".trailing"
    lh = attrs.get("android:layout_height")
    if v in ("center", "end") and el.name == "Text" and lh is not None and lh.value not in ("wrap_content",):
        # a box taller than its text: a fixed/filled height, or a weighted share of a Column
        zero = re.fullmatch(r"0(dp|dip|px)?", lh.value.strip()) is not None
        sized = lh.value in ("match_parent", "fill_parent") or (not zero and (parse_dimen(lh.value) is not None
                                                                            or lh.value.startswith(("@dimen/", "?"))))
        weighted = zero and axis == "v" and "android:layout_weight" in attrs
        fixed = sized and lh.value not in ("match_parent", "fill_parent")
        if (sized or weighted) and (axis != "constraint" or fixed):
            m["vgravity"], m["hgravity"] = v, h
        else:
            c.report(av.loc, "attribute", f'{k}="{av.value}"', "vertical text gravity inside a box sized by "
                     "its constraints is not mapped (the text sits at the top)", "approximated", node=node)
    return True


def _text_alignment(c, el, node, k, av, m, axis, attrs):
    v = av.value
    if v in ("center", "inherit", "gravity") and el.name == "Button":
        return True            # button labels are centered on every target already
    if el.name == "Button" and v in ("textEnd", "viewEnd", "textStart", "viewStart"):
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "button labels stay centered (label alignment is not "
                 "a Button modifier on every target)", "approximated", node=node)
        return True
    if v == "center":
        m["textAlign"] = ".center"
    elif v in ("textEnd", "viewEnd"):
        m["textAlign"] = ".trailing"
    elif v in ("textStart", "viewStart", "inherit", "gravity"):
        pass
    else:
        return False
    return True


def _max_lines(c, el, node, k, av, m, axis, attrs):
    n = c.imp.resolve_int(av.value)
    if el.name in ("TextField", "SecureField") and n is not None:
        if n != "1":
            c.report(av.loc, "attribute", f'{k}="{av.value}"', "multi-line input is imported as a one-line "
                     "field", "approximated", node=node)
        return True           # text fields are one line already
    if n is not None and int(n) > 0:
        m["lineLimit"] = n
        return True
    return False


def _single_line(c, el, node, k, av, m, axis, attrs):
    if av.value == "true" and el.name not in ("TextField", "SecureField"):
        m["lineLimit"] = "1"
    return True


def _ellipsize(c, el, node, k, av, m, axis, attrs):
    if any(a in attrs for a in ("android:maxLines", "android:lines", "android:singleLine")):
        return True        # truncation is what .lineLimit does
    c.report(av.loc, "attribute", f'{k}="{av.value}"', "ellipsize without maxLines/lines/singleLine has no "
             "effect on Android (text is not truncated)", "ignored")
    return True


def _font_family(c, el, node, k, av, m, axis, attrs):
    v = av.value
    if v in FONT_FAMILY_WEIGHTS:
        w = FONT_FAMILY_WEIGHTS[v]
        if w and "fontWeight" not in m:
            m["fontWeight"] = "." + w
        if v == "sans-serif-thin":
            c.report(av.loc, "attribute", f'{k}="{v}"', "the thin weight (100) is imported as .light (300)",
                     "approximated", node=node)
        return True
    c.report(av.loc, "attribute", f'{k}="{v}"', "custom fonts are not imported", node=node)
    return None


# Material shape appearance styles -> their corner size (dp, or a percent of the shorter side)
SHAPE_APPEARANCES = {
    "ShapeAppearance.Material3.Corner.None": "0dp", "ShapeAppearance.Material3.Corner.ExtraSmall": "4dp",
    "ShapeAppearance.Material3.Corner.Small": "8dp", "ShapeAppearance.Material3.Corner.Medium": "12dp",
    "ShapeAppearance.Material3.Corner.Large": "16dp", "ShapeAppearance.Material3.Corner.ExtraLarge": "28dp",
    "ShapeAppearance.Material3.Corner.Full": "50%", "ShapeAppearance.Material3.SmallComponent": "8dp",
    "ShapeAppearance.Material3.MediumComponent": "12dp", "ShapeAppearance.Material3.LargeComponent": "16dp",
    "ShapeAppearance.MaterialComponents": "4dp", "ShapeAppearance.MaterialComponents.SmallComponent": "4dp",
    "ShapeAppearance.MaterialComponents.MediumComponent": "4dp",
    "ShapeAppearance.MaterialComponents.LargeComponent": "0dp",
    "ShapeAppearanceOverlay.MaterialComponents.MaterialCardView": "4dp",
}
_CORNERS = ("cornerSizeTopLeft", "cornerSizeTopRight", "cornerSizeBottomRight", "cornerSizeBottomLeft")


def _shape_appearance(c, el, node, k, av, m, axis, attrs):
    """app:shapeAppearance / app:shapeAppearanceOverlay (Material): the style's corner size becomes the
    corner radius; cut corners and corners of different sizes are approximations."""
    v = av.value.strip()
    if v.startswith("?"):
        res = c.imp.themes.resolve(v)
        v = res.value.strip() if res is not None else v
    r = ref(v)
    if r is None or r[0] not in ("style", "android:style"):
        return False
    chain = c.imp.themes.chain(r[1])
    items: dict[str, AV] = {}
    for sd in reversed(chain):                      # parents first, the style itself wins
        for iname, value, loc in sd.items:
            items[iname] = AV(value, loc)
    root = c.imp.themes.platform_root(r[1]) if chain else r[1]
    known = SHAPE_APPEARANCES.get(root or "")
    if known is not None and "cornerSize" not in items:
        items["cornerSize"] = AV(known, av.loc)
    if not items:
        if chain:
            return False
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "style not found in values/ (missing resource): its "
                 "corner shape is not imported", node=node, missing=True)
        return None
    sizes = [items.get(n) or items.get("cornerSize") for n in _CORNERS]
    if all(s is None for s in sizes):
        return False
    texts = [s.value.strip() if s is not None else "0dp" for s in sizes]
    pick = max((s for s in sizes if s is not None),
               key=lambda s: (c.imp.resolve_dimen(s.value.strip()) or (0.0,))[0])
    if len(set(texts)) > 1:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', f"corners of different sizes ({', '.join(texts)}): "
                 f"every corner is rounded by {pick.value.strip()}", "approximated", node=node)
    family = [items.get(n) for n in ("cornerFamily", "cornerFamilyTopLeft", "cornerFamilyTopRight",
                                      "cornerFamilyBottomLeft", "cornerFamilyBottomRight")]
    if any(f is not None and f.value.strip() in ("cut", "1") for f in family):
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "cut corners are drawn rounded", "approximated",
                 node=node)
    pv = pick.value.strip()
    if pv.endswith("%"):
        w, h = attrs.get("android:layout_width"), attrs.get("android:layout_height")
        dw = c.dimen(w, node, "android:layout_width", report=False) if w else None
        dh = c.dimen(h, node, "android:layout_height", report=False) if h else None
        try:
            frac = float(pv[:-1]) / 100
        except ValueError:
            return False
        if dw is None or dh is None or not (re.fullmatch(r"\d+(\.\d+)?", dw) and re.fullmatch(r"\d+(\.\d+)?", dh)):
            c.report(av.loc, "attribute", f'{k}="{av.value}"', f"a corner size of {pv} of a view without a fixed "
                     "size is not imported", "approximated", node=node)
            return True
        d = num(min(float(dw), float(dh)) * frac)
    else:
        d = c.dimen(pick, node, k)
        if d is None:
            return None
    el.mods[:] = [(n, a) for n, a in el.mods if n != "cornerRadius"]     # the overlay wins over cardCornerRadius
    m["cornerRadius"] = d
    return True


def _corner(c, el, node, k, av, m, axis, attrs):
    d = c.dimen(av, node, k)
    if d is None:
        return None
    m["cornerRadius"] = d
    return True


def _text_appearance(c, el, node, k, av, m, axis, attrs):
    t = text_appearance(av.value)
    if t is None:
        r = ref(av.value)
        missing = r is not None and r[0] == "style" and not av.value.startswith("@android:") and not \
            av.value.startswith("@style/TextAppearance.")
        if missing:
            why = "text appearance style not found in values/ (missing resource)"
        elif av.value.startswith("?") and not ThemeResolver.is_platform_attr(av.value):
            why, missing = "custom theme attribute not set by any style in values/ (missing resource)", True
        else:
            why = "text appearance not known to the importer (its size/weight are not imported)"
        c.report(av.loc, "attribute", f'{k}="{av.value}"', why, node=node, missing=missing)
        return None
    size, weight, recolored = t
    m.setdefault("fontSize", num(size))
    if weight:
        m.setdefault("fontWeight", "." + weight)
    if recolored:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "text appearance imported as its size and weight; "
                 "its inverse/secondary text color is not", "approximated", node=node)
    return True


# A Button's platform style -> its xui `.buttonStyle` case (and why, when the look only approximates it).
BUTTON_STYLES = re.compile(
    r".*?(?:(?P<text>TextButton|Borderless|borderless|ButtonBar|buttonBar|Button\.Flat)"
    r"|(?P<outlined>OutlinedButton|[Oo]utlined[A-Z]|materialButtonOutlinedStyle)"
    r"|(?P<elevated>ElevatedButton)"
    r"|(?P<tonal>TonalButton|Widget\.(?:AppCompat|Holo(?:\.Light)?|Material(?:\.Light)?)\.Button(?:\.Small)?$|"
    r"^(?:android:)?Widget\.Button$)"
    r"|(?P<filled>UnelevatedButton|Button\.Colored|Widget\.(?:MaterialComponents|Material3)\.Button"
    r"(?:\.Icon)?$|materialButtonStyle))")
BUTTON_STYLE_CASES: dict[str, tuple[str, str | None]] = {
    "text": ("text", None),
    "tonal": ("tonal", None),
    "filled": ("filled", None),
    "outlined": ("tonal", "an outlined button: neither SwiftUI nor ArkUI has an outlined button style; "
                          "imported as .buttonStyle(.tonal), the medium-emphasis button of every target"),
    "elevated": ("tonal", "an elevated button (surface-colored, with a shadow): imported as "
                          ".buttonStyle(.tonal), the medium-emphasis button of every target"),
}


# view class -> the name its family's default style ends with (`materialButtonStyle` of
# Theme.MaterialComponents is Widget.MaterialComponents.Button): setting it changes nothing
DEFAULT_WIDGET_STYLES: dict[str, tuple[str, ...]] = {
    "Button": ("Button",), "MaterialButton": ("Button",), "AppCompatButton": ("Button",),
    "FloatingActionButton": ("FloatingActionButton", "FloatingActionButton.Primary"),
    "CardView": ("CardView",), "MaterialCardView": ("CardView", "CardView.Elevated"),
    "TextInputLayout": ("TextInputLayout.FilledBox",),
    "Toolbar": ("Toolbar",), "MaterialToolbar": ("Toolbar",),
    "ProgressBar": ("ProgressBar",), "CircularProgressIndicator": ("CircularProgressIndicator",),
    "LinearProgressIndicator": ("LinearProgressIndicator",), "Chip": ("Chip.Action", "Chip.Assist"),
    "SwitchMaterial": ("CompoundButton.Switch",), "MaterialSwitch": ("CompoundButton.MaterialSwitch",),
    "SwitchCompat": ("CompoundButton.Switch",), "MaterialCheckBox": ("CompoundButton.CheckBox",),
    "CheckBox": ("CompoundButton.CheckBox",), "MaterialRadioButton": ("CompoundButton.RadioButton",),
    "RadioButton": ("CompoundButton.RadioButton",), "TabLayout": ("TabLayout",),
    "TextView": ("TextView",), "MaterialTextView": ("TextView",), "EditText": ("EditText",),
    "SeekBar": ("SeekBar",), "Slider": ("Slider",),
}


def _is_default_style(c, tag: str, style: str) -> bool:
    """`style="@style/Widget.MaterialComponents.Button"` on a MaterialButton in a MaterialComponents app."""
    m = re.fullmatch(r"Widget\.(AppCompat|MaterialComponents|Material3)\.(.+)", style)
    if m is None or m.group(2) not in DEFAULT_WIDGET_STYLES.get(_short(tag), ()):
        return False
    root = c.imp.themes.platform_root(c.imp.themes.app_theme) or ""
    return re.match(rf"(Base\.)?Theme\.{m.group(1)}\b", root) is not None


def _style(c, el, node, k, av, m, axis, attrs):
    v = av.value.strip()
    if _text_like(el.name) and text_appearance(v):
        return _text_appearance(c, el, node, k, av, m, axis, attrs)
    r = ref(v)
    if v.startswith("?") and not ThemeResolver.is_platform_attr(v):
        c.report(av.loc, "attribute", f'{k}="{v}"', "custom theme attribute not set by any style in values/ "
                 "(missing resource): the style's attributes are not imported", node=node, missing=True)
        return None
    platform = v.startswith(("@android:style/", "?")) or (r is not None and r[0] == "style" and re.match(
        r"(Base\.)?(Widget|TextAppearance|ThemeOverlay|ShapeAppearance)\.(AppCompat|MaterialComponents|Material3|"
        r"Material|Design|Holo|DeviceDefault)\b", r[1]) is not None)
    if platform and r is not None and _is_default_style(c, node.tag, r[1]):
        c.report(av.loc, "attribute", f'{k}="{v}"', "the widget's default style in the app theme's family: no "
                 "change to its look", "ignored")
        return True
    if platform:
        c.report(av.loc, "attribute", f'{k}="{v}"', f"platform widget style: imported with the target's default "
                 f"look for {el.name} (variant colors/shape/borders of the style are not carried over)",
                 "approximated", node=node)
        return True
    c.report(av.loc, "attribute", f'{k}="{v}"', "style not found in values/ (missing resource): its "
             "attributes are not imported", node=node, missing=True)
    return None


def _behavior(c, el, node, k, av, m, axis, attrs):
    """`app:layout_behavior`: the app bar's scrolling-view behaviour places the view below the
    AppBarLayout, which the CoordinatorLayout's Column does (see b_coordinator); a scroll-away
    toolbar is the only effect left out, reported on the toolbar's layout_scrollFlags."""
    v = av.value.strip()
    parent = c.tree_parent.get(id(node))
    scrolling = re.search(r"(appbar|searchbar)_scrolling_view_behavior|(AppBarLayout|SearchBar)\$ScrollingViewBehavior", v)
    if parent is None:
        if scrolling:           # a fragment's root: its host's CoordinatorLayout places it below the app bar
            c.report(av.loc, "attribute", f'{k}="{v}"', "acts on the CoordinatorLayout this layout is placed in "
                     "(below its app bar, as a Column there does): nothing to import here", "ignored")
            return True
        return False            # a layout's root: it depends on where the layout is included
    if view_kind(parent.tag) != "coordinator":
        c.report(av.loc, "attribute", f'{k}="{v}"', "a behaviour acts only on a CoordinatorLayout's own "
                 "children: no effect here", "ignored")
        return True
    in_column = any(f is node for f in c.coordinator_flow(parent) or [])
    if in_column and scrolling:
        return True
    return False                # the generic reason (REASONS)


def _anchor(c, el, node, k, av, m, axis, attrs):
    """CoordinatorLayout anchoring: placed at layout_anchorGravity of the whole Stack. Exact when the
    anchor is a sibling filling the parent; approximated otherwise."""
    if axis != "stack":
        return False
    if k == "app:layout_anchorGravity":
        return True
    target = av.value.strip().replace("@+id/", "@id/")
    parent = c.parent_of.get(id(node))
    fills = False
    for sib in (parent.children if parent is not None else []):
        if (sib.get("android:id") or "").replace("@+id/", "@id/") == target:
            fills = all((sib.get(a) or "") in ("match_parent", "fill_parent")
                        for a in ("android:layout_width", "android:layout_height"))
    if not fills:
        c.report(av.loc, "attribute", f'{k}="{av.value}"', "anchoring is approximated by aligning in the "
                 "parent (the anchor view does not fill it)", "approximated", node=node)
    return True


# ---- planned modifiers ------------------------------------------------------------------------------
# Attributes whose xui modifier is being added to the language (.italic(), .frame(minWidth:/minHeight:),
# .shadow(radius:), Image .tint(color), .selectable()). Until `enabled` is True they are report entries
# naming the planned modifier; the emitters below are ready, so wiring one is flipping its flag (one line
# per attribute) and regenerating the import snapshots.

@dataclass(frozen=True)
class Planned:
    modifier: str           # the xui modifier that carries it, as written in the report
    what: str               # what the attribute does
    emit: str               # emitter in _PLANNED_EMITTERS
    enabled: bool = False   # True once the modifier is in xui/catalog.py and every target


PLANNED_MODIFIERS: dict[str, Planned] = {
    "android:textStyle": Planned(".italic()", "italic text", "italic", True),      # the italic part of textStyle
    "android:minWidth": Planned(".frame(minWidth:)", "a minimum width", "minWidth", True),
    "android:minHeight": Planned(".frame(minHeight:)", "a minimum height", "minHeight", True),
    "android:maxWidth": Planned(".frame(maxWidth:)", "a maximum width", "maxWidth", True),
    "android:maxHeight": Planned(".frame(maxHeight:)", "a maximum height", "maxHeight", True),
    "app:layout_constraintWidth_max": Planned(".frame(maxWidth:)", "a maximum width", "maxWidth", True),
    "app:layout_constraintHeight_max": Planned(".frame(maxHeight:)", "a maximum height", "maxHeight", True),
    "android:elevation": Planned(".shadow(radius:)", "an elevation shadow", "shadow", True),
    "app:elevation": Planned(".shadow(radius:)", "an elevation shadow", "shadow", True),
    "app:cardElevation": Planned(".shadow(radius:)", "a card elevation shadow", "shadow", True),
    "android:translationZ": Planned(".shadow(radius:)", "an elevation shadow", "shadow", True),
    "android:tint": Planned(".tint(color)", "an image tint", "tint", True),
    "app:tint": Planned(".tint(color)", "an image tint", "tint", True),
    "android:textIsSelectable": Planned(".selectable()", "selectable text", "selectable", True),
}


def _emit_italic(c, el, node, k, av, m, axis, attrs):
    m.setdefault("planned", []).append(("italic", ""))
    return True


def _emit_bound(edge: str):
    def emit(c, el, node, k, av, m, axis, attrs):
        d = c.dimen(av, node, k)
        if d is None:
            return None
        m.setdefault("frame_min", []).append(f"{edge}: {d}")
        return True
    return emit


def _emit_shadow(c, el, node, k, av, m, axis, attrs):
    d = c.dimen(av, node, k)
    if d is None:
        return None
    m.setdefault("planned", []).append(("shadow", d))
    c.imp.grouped_note("elevation", "elevations (android:elevation, app:cardElevation ...) are imported as "
                       ".shadow(radius: elevation): Compose draws the Material elevation shadow, the other targets "
                       "a blurred drop shadow of that radius", av.loc)
    return True


def _emit_tint(c, el, node, k, av, m, axis, attrs):
    images = [el] if el.name == "Image" else [ch for ch in (el.children or []) if isinstance(ch, El)
                                                and ch.name == "Image"]
    if not images:
        return False
    col = c.color(av, node, k)
    if col is None:
        return None
    images[0].mods.append(("tint", col))
    return True


def _emit_selectable(c, el, node, k, av, m, axis, attrs):
    if el.name != "Text":
        return el.name in ("TextField", "SecureField")       # input text is selectable anyway
    m.setdefault("planned", []).append(("selectable", ""))
    return True


_PLANNED_EMITTERS = {"italic": _emit_italic, "shadow": _emit_shadow, "tint": _emit_tint, "selectable": _emit_selectable,
                     **{b: _emit_bound(b) for b in ("minWidth", "minHeight", "maxWidth", "maxHeight")}}


def _planned(c, el, node, k, av, m, axis, attrs, part: str | None = None):
    """An attribute of PLANNED_MODIFIERS: emitted once its modifier is enabled, else reported."""
    p = PLANNED_MODIFIERS[k]
    v = av.value.strip()
    if k in ZERO_NOOP_ATTRS and re.fullmatch(r"0(\.0+)?(dp|dip|px|sp)?", v):
        return False                   # no visible effect: an informational note (noop_reason)
    if k == "android:textIsSelectable" and v == "false":
        return True                    # the default
    if p.emit == "tint" and el.name != "Image" and not any(isinstance(ch, El) and ch.name == "Image"
                                                          for ch in (el.children or [])):
        return False                   # not an image: reported as an unmapped attribute
    if p.enabled:
        return _PLANNED_EMITTERS[p.emit](c, el, node, k, av, m, axis, attrs)
    c.report(av.loc, "attribute", f'{k}="{av.value}"', f"{p.what} has no xui modifier yet (planned: "
             f"{p.modifier}); not imported", node=node)
    return None


PAD = "android:padding"
MAR = "android:layout_margin"
ATTRS = {
    "android:layout_width": _size("width"), "android:layout_height": _size("height"),
    "android:layout_weight": _weight,
    PAD: _pad_or_margin("pad", ("top", "leading", "bottom", "trailing")),
    PAD + "Horizontal": _pad_or_margin("pad", ("leading", "trailing")),
    PAD + "Vertical": _pad_or_margin("pad", ("top", "bottom")),
    PAD + "Top": _pad_or_margin("pad", ("top",)), PAD + "Bottom": _pad_or_margin("pad", ("bottom",)),
    PAD + "Start": _pad_or_margin("pad", ("leading",)), PAD + "Left": _pad_or_margin("pad", ("leading",)),
    PAD + "End": _pad_or_margin("pad", ("trailing",)), PAD + "Right": _pad_or_margin("pad", ("trailing",)),
    MAR: _pad_or_margin("mar", ("top", "leading", "bottom", "trailing")),
    MAR + "Horizontal": _pad_or_margin("mar", ("leading", "trailing")),
    MAR + "Vertical": _pad_or_margin("mar", ("top", "bottom")),
    MAR + "Top": _pad_or_margin("mar", ("top",)), MAR + "Bottom": _pad_or_margin("mar", ("bottom",)),
    MAR + "Start": _pad_or_margin("mar", ("leading",)), MAR + "Left": _pad_or_margin("mar", ("leading",)),
    MAR + "End": _pad_or_margin("mar", ("trailing",)), MAR + "Right": _pad_or_margin("mar", ("trailing",)),
    "android:background": _background,
    "android:alpha": _alpha,
    "android:visibility": _visibility,
    "android:enabled": _enabled,
    "android:contentDescription": _content_description,
    "android:onClick": _on_click,
    "android:clickable": _clickable,
    "app:isGone": _adapter_visibility(False), "app:goneIf": _adapter_visibility(False),
    "app:goneUnless": _adapter_visibility(True), "app:visibleGone": _adapter_visibility(True),
    "app:visibleIf": _adapter_visibility(True), "app:isVisible": _adapter_visibility(True),
    "app:visibleUnless": _adapter_visibility(False),
    "android:layout_gravity": _layout_gravity,
    "app:cornerRadius": _corner,
    "app:shapeAppearance": _shape_appearance, "app:shapeAppearanceOverlay": _shape_appearance,
    "android:backgroundTint": _background_tint, "app:backgroundTint": _background_tint,
    "app:strokeWidth": _stroke, "app:strokeColor": _stroke,
    "style": _style,
    "app:layout_anchor": _anchor, "app:layout_anchorGravity": _anchor, "app:layout_behavior": _behavior,
    "android:foreground": _foreground,
}
ATTRS.update({k: _planned for k in PLANNED_MODIFIERS if k not in ("android:textStyle", "android:textIsSelectable")})
ATTRS.update({k: _control_tint for k in CONTROL_TINTS})


TEXT_ATTRS = {
    "android:textSize": _text_size, "android:textStyle": _text_style, "android:textColor": _text_color,
    "android:gravity": _text_gravity, "android:textAlignment": _text_alignment,
    "android:maxLines": _max_lines, "android:lines": _max_lines, "android:singleLine": _single_line,
    "android:ellipsize": _ellipsize, "android:fontFamily": _font_family,
    "android:textAppearance": _text_appearance, "xui:appearance": _text_appearance,
    "android:textIsSelectable": _planned, "android:imeOptions": _ime_options,
    "android:textColorHint": _hint_color, "android:letterSpacing": _letter_spacing,
    "android:lineSpacingExtra": _line_spacing, "android:lineSpacingMultiplier": _line_spacing,
}

_COMPOUND_WHY = "compound drawables are imported on text views, text fields and labelled buttons only"
ATTR_REASONS = {
    "android:drawableStart": _COMPOUND_WHY + " (use a Row with an Image)",
    "android:drawableLeft": _COMPOUND_WHY + " (use a Row with an Image)",
    "android:drawableEnd": _COMPOUND_WHY + " (use a Row with an Image)",
    "android:drawableRight": _COMPOUND_WHY + " (use a Row with an Image)",
    "android:drawableTop": _COMPOUND_WHY + " (use a Column with an Image)",
    "android:drawableBottom": _COMPOUND_WHY + " (use a Column with an Image)",
    "android:drawablePadding": _COMPOUND_WHY,
    "app:drawableStartCompat": _COMPOUND_WHY + " (use a Row with an Image)",
    "android:scrollbarSize": "scroll indicator styling is not imported: each target draws its own",
    "android:scrollbarThumbVertical": "scroll indicator styling is not imported: each target draws its own",
    "android:scrollbarThumbHorizontal": "scroll indicator styling is not imported: each target draws its own",
    "android:scrollbarTrackVertical": "scroll indicator styling is not imported: each target draws its own",
    "android:fastScrollEnabled": "fast-scroll thumbs are not imported",
    "android:fastScrollAlwaysVisible": "fast-scroll thumbs are not imported",
    "android:listSelector": "list row press highlights are not imported: rows with .onTap show each "
                            "target's press feedback",
    "android:lineSpacingExtra": _LINE_SPACING_WHY,
    "android:lineSpacingMultiplier": _LINE_SPACING_WHY,
    "android:textColorHint": "hint colors are imported on text fields only",
    "android:imeOptions": "keyboard actions are not imported",
    "android:maxLength": "input length limits are behaviour; enforce them in an action",
    "style": "platform or unresolved style not imported",
    "android:foreground": "foreground drawables are not imported",
    "app:layout_behavior": "coordinator behaviours are not imported",
    **{f"app:behavior_{b}": "bottom sheet behaviours are not imported" for b in (
        "peekHeight", "hideable", "skipCollapsed", "fitToContents", "draggable", "expandedOffset",
        "halfExpandedRatio", "saveFlags", "significantVelocityThreshold")},
    "android:divider": "dividers are not imported (add Divider() elements)",
    "android:showDividers": "LinearLayout dividers are not imported (add Divider() elements)",
    "android:autoLink": "auto-linking is not imported", "app:icon": "button icons are not imported",
    "app:navigationIcon": "toolbar navigation icons are not imported",
    "app:menu": "menus are not imported",
    "android:textAppearance": "platform text appearance not imported",
    "android:stateListAnimator": "state animators are not imported",
    "app:rippleColor": "press ripple colors are not imported: each target shows its own press feedback",
    "pixlui:typeface": "custom fonts are not imported (a font file from the app's assets)",
    "android:typeface": "font faces (serif, monospace) are not imported: the targets' default face is used",
    "android:onLongClick": "long-press handlers have no xui modifier",
    "android:dividerHeight": "list dividers are not imported (add Divider() to the row)",
    "app:endIconMode": "text field end icons (password toggle, clear) are not imported",
    "app:civ_border_color": "image borders need both civ_border_width and civ_border_color",
    "app:civ_border_width": "image borders need both civ_border_width and civ_border_color",
}


def _constraint_attr(c, el, node, k, av, m, axis, attrs):
    return axis == "constraint" or (axis == "root" and k.startswith("app:layout_constraint"))


from .constraints import BIAS_ATTRS, CONSTRAINT_ATTRS  # noqa: E402
from .constraints import bias as constraint_bias  # noqa: E402

ATTRS.update({k: _constraint_attr for k in CONSTRAINT_ATTRS})


def _bias_attr(c, el, node, k, av, m, axis, attrs):
    """A bias of 0, 0.5 or 1 is placed exactly (constraints.constraints_of); others are reported."""
    return axis == "constraint" and constraint_bias(node, k) is not None


ATTRS.update({k: _bias_attr for k in BIAS_ATTRS})
ATTR_REASONS.update({
    "app:layout_constraintHorizontal_bias": "a constraint bias other than 0, 0.5 or 1 is not mapped (the view "
    "is centered or edge-aligned instead)",
    "app:layout_constraintVertical_bias": "a constraint bias other than 0, 0.5 or 1 is not mapped (the view "
    "is centered or edge-aligned instead)",
    "app:layout_constraintDimensionRatio": "aspect ratios have no xui modifier",
    "app:layout_constraintCircle": "circular positioning is not mapped",
    "app:layout_constraintWidth_percent": "percent sizes have no xui modifier",
    "app:layout_constraintHeight_percent": "percent sizes have no xui modifier",
    "app:layout_constraintGuide_begin": "guidelines are not imported",
    "app:layout_constraintGuide_percent": "guidelines are not imported",
})


# ---- the importer ---------------------------------------------------------------------------------

HEADER = "// Imported from Android resources by `xui import android`."
PRIMITIVES = {"String": "String", "java.lang.String": "String", "CharSequence": "String",
              "java.lang.CharSequence": "String", "int": "Int", "Integer": "Int", "java.lang.Integer": "Int",
              "long": "Int", "Long": "Int", "boolean": "Bool", "Boolean": "Bool", "java.lang.Boolean": "Bool",
              "float": "Float", "double": "Float", "Float": "Float", "Double": "Float"}
ROW_NAME_WORDS = {"item", "row", "list", "cell", "view", "layout", "adapter", "recycler", "holder"}
DEFAULTS = {"String": '""', "Bool": "false", "Int": "0", "Float": "0.0"}


class Importer:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.report: list[ReportEntry] = []
        self.diags: list[ImportDiagnostic] = []
        self.stats = ImportStats()
        self.values = Values()
        self.layouts: dict[str, tuple[Path, str]] = {}
        self.parsed: dict[str, tuple[Node, Node | None] | None] = {}   # name -> (view root, <layout> root)
        self.sigs: dict[str, Signature | None] = {}
        self.decls: dict[str, list[Decl]] = {}
        self.deps: dict[str, set[str]] = {}
        self.in_progress: list[str] = []
        self.row_layouts: dict[str, str] = {}        # row layout -> model name
        self.models: dict[str, dict[str, str]] = {}  # model -> field -> type (row and binding models)
        self.model_users: dict[str, set[str]] = {}
        self.model_defaults: dict[tuple[str, str], str] = {}
        self.row_item_var: dict[str, str] = {}
        self.binding_types: set[str] = set()
        self.global_names: set[str] = set(TAKEN_DECL_NAMES | generated_names())   # built-in names are taken
        self.color_tokens: dict[str, str] = {}
        self.dimen_tokens: dict[str, str] = {}
        self.theme_lines: list[str] = []
        self.string_keys: dict[str, str] = {}
        self.res_files = ResourceFiles(_display)      # res/drawable*/ and res/color*/ files by name
        self.view_sources = ViewSources(_display)     # the app's own view classes (Kotlin/Java sources)
        # subject -> (note, where): informational notes said once for all their uses (library views in
        # LIBRARY_VIEWS, app view classes that add behaviour only, how elevation is drawn)
        self.grouped_notes: dict[str, tuple[str, list[Loc]]] = {}
        self.code_rows: dict[tuple[str, str], RowSource | None] = {}   # (layout, list id) -> adapter rows
        self._missing: set[tuple[str, str]] = set()
        self._style_reported: set[tuple[int, str]] = set()
        self.theme_names: set[str] = set()            # theme token names (one namespace)
        self.attr_tokens: dict[tuple[str, str], str] = {}   # (theme attribute, color) -> token
        self.drawable_tokens: dict[str, str] = {}     # <drawable name="x">#color</drawable> -> token
        self.manifest_theme: str | None = None
        self.module_res_dirs: list[Path] = []        # other modules' res/ of the same Gradle project
        self.module_names: set[tuple[str, str]] = set()   # (kind, name) resources taken from them
        self.module_layouts: dict[str, Path] = {}     # their layouts: imported when an <include> uses one
        self.embedded: set[str] = set()               # layouts an <include> or a fragment's tools:layout shows
        self.used: set[tuple[str, str]] = set()       # module resources the layouts use (emitted)
        self.module_lines: dict[tuple[str, str], str] = {}  # their theme lines, emitted on first use
        self.themes = ThemeResolver(self.values)

    # -- diagnostics --
    def diag(self, severity: str, code: str, message: str, loc: Loc | None) -> None:
        self.diags.append(ImportDiagnostic(severity, code, message, loc.file if loc else None,
                                           loc.line if loc else 0, loc.col if loc else 0))

    def missing(self, loc: Loc, kind: str, name: str) -> None:
        if (kind, name) in self._missing:
            return
        self._missing.add((kind, name))
        self.diag("warning", "I0003", f"missing resource @{kind}/{name}", loc)

    # -- discovery --
    def discover(self, paths: list[Path]) -> tuple[list[Path], list[Path]]:
        res_dirs: list[Path] = []
        layout_files: list[Path] = []
        for p in paths:
            p = Path(p)
            if p.is_file():
                if p.suffix != ".xml":
                    self.diag("error", "I0002", f"not an XML layout: {_display(p)}", None)
                    continue
                layout_files.append(p)
                res = p.parent.parent
                if p.parent.name.startswith("layout") and res not in res_dirs:
                    res_dirs.append(res)
            elif p.is_dir():
                found = _find_res_dirs(p)
                if not found:
                    self.diag("error", "I0002", f"no res/ directory with layouts under {_display(p)}", None)
                for r in found:
                    if r not in res_dirs:
                        res_dirs.append(r)
                    for d in sorted(r.iterdir()):
                        if d.is_dir() and (d.name == "layout" or d.name.startswith("layout-")):
                            layout_files.extend(sorted(d.glob("*.xml")))
            else:
                self.diag("error", "I0002", f"no such file or directory: {_display(p)}", None)
        values_dirs = _values_dirs(res_dirs)
        self.module_res_dirs = _gradle_module_res_dirs(res_dirs)
        for r in self.module_res_dirs:
            lay = r / "layout"
            if lay.is_dir():
                for f in sorted(lay.glob("*.xml")):
                    self.module_layouts.setdefault(f.stem, f)
        for r in res_dirs + self.module_res_dirs:
            self.res_files.add(r)
            self.view_sources.add_source_set(r.parent)
            manifest = r.parent / "AndroidManifest.xml"
            if self.manifest_theme is None and manifest.is_file():
                try:
                    self.manifest_theme = manifest_theme(manifest.read_bytes())
                except OSError:
                    pass
        return layout_files[:MAX_LAYOUT_FILES], values_dirs

    # -- resources -> theme + strings --
    def load_resources(self, values_dirs: list[Path]) -> None:
        self.values = load_values(values_dirs, _display)
        if self.module_res_dirs:
            self._merge_module_values(load_values(_values_dirs(self.module_res_dirs), _display))
        for loc, msg in self.values.errors:
            self.diag("error", "I0001", msg, loc)
            self.report.append(ReportEntry(loc.file, loc.line, loc.col, "file", "values file", msg, "error"))
        groups: dict[tuple[str, str, str], list[tuple[Loc, str]]] = {}
        for severity, entries in (("unmapped", self.values.skipped), ("ignored", self.values.declarations)):
            for loc, subject, msg in entries:
                groups.setdefault((loc.file, msg, severity), []).append((loc, subject))
        for (_file, msg, severity), items in groups.items():
            if len(items) <= 3:
                for loc, subject in items:
                    self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", subject, msg, severity))
                continue
            loc = items[0][0]           # one entry for a file's resources skipped for the same reason
            names = [(subj, lc) for lc, subj in items]
            self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", _count(items, "resource"),
                                           f"{msg}: {_names(names, 12)}", severity))
        theme_names = self.theme_names
        self.themes = ThemeResolver(self.values, self.manifest_theme)
        for kind, values, tokens, why in (
                ("color", self.values.colors, self.color_tokens, "color value '{}' not understood"),
                ("drawable", self.values.drawables, self.drawable_tokens,
                 "<drawable> value '{}' is not a color; not imported")):
            for name, (raw, loc) in values.items():
                val = self.resolve_color(raw)
                if val is None:
                    if (kind, name) in self.module_names:
                        continue
                    self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", f"@{kind}/{name}",
                                                   why.format(raw), "unmapped"))
                    continue
                tok = unique(camel(name, "color"), theme_names)
                tokens[name] = tok
                self._theme_line(kind, name, f"color {tok} = {val}")
        self.stats.colors = len(self.color_tokens) + len(self.drawable_tokens)
        for name, (raw, loc) in self.values.night_colors.items():
            if name not in self.values.colors:
                self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", f"@color/{name}",
                                               "a Dark Mode color with no default value in values/: not imported",
                                               "unmapped"))
            elif self.resolve_color(raw, night=True) is None:
                self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", f"@color/{name}",
                                               f"Dark Mode color value '{raw}' not understood", "unmapped"))
        for name, (raw, loc) in self.values.dimens.items():
            d = self.resolve_dimen(raw)
            module = ("dimen", name) in self.module_names
            if d is None:
                if module:
                    continue
                self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", f"@dimen/{name}",
                                               f"dimension '{raw}' not understood", "unmapped"))
                continue
            value, unit = d
            lname = name.lower()
            kind = "size" if unit == "sp" else "radius" if ("radius" in lname or "corner" in lname) else \
                "space" if any(w in lname for w in ("margin", "padding", "spacing", "space", "gap", "inset",
                                                     "gutter", "offset")) else "size"
            if unit in ("pt", "mm", "in") and not module:
                self.report.append(ReportEntry(loc.file, loc.line, loc.col, "resource", f"@dimen/{name}",
                                               f"unit '{unit}' imported as a plain number", "approximated"))
            tok = unique(camel(name, "size"), theme_names)
            self.dimen_tokens[name] = tok
            self._theme_line("dimen", name, f"{kind} {tok} = {num(value)}")
        self.stats.dimens = len(self.dimen_tokens)
        keys: set[str] = set()
        for name in self.values.strings:
            self.string_keys[name] = unique(camel(name, "text"), keys)
        self.stats.strings = sum(("string", n) not in self.module_names for n in self.string_keys)
        self.stats.locales = sum(any(("string", n) not in self.module_names for n in t)
                                 for t in self.values.locales.values())

    def _theme_line(self, kind: str, name: str, line: str) -> None:
        """A theme token's declaration: the module's own are all emitted, other modules' when used."""
        if (kind, name) in self.module_names:
            self.module_lines[(kind, name)] = line
        else:
            self.theme_lines.append(line)

    def use(self, kind: str, name: str) -> None:
        """Note a use of resource `kind/name`: another module's resource is then emitted too."""
        key = (kind, name)
        if key in self.module_names and key not in self.used:
            self.used.add(key)
            line = self.module_lines.get(key)
            if line is not None:
                self.theme_lines.append(line)

    def _merge_module_values(self, other: Values) -> None:
        """Resources of the project's other modules, where the imported module has none of that name.
        They are emitted only when used (`self.module_names`); their files' problems are warnings, not
        report entries: those files are not part of the import."""
        v = self.values
        for kind, mine, theirs in (("string", v.strings, other.strings), ("color", v.colors, other.colors),
                                   ("dimen", v.dimens, other.dimens), ("style", v.styles, other.styles),
                                   ("array", v.arrays, other.arrays), ("drawable", v.drawables, other.drawables),
                                   ("integer", v.integers, other.integers)):
            for name, val in theirs.items():
                if name not in mine:
                    mine[name] = val
                    self.module_names.add((kind, name))
        for locale, table in other.locales.items():
            mine_t = v.locales.setdefault(locale, {})
            for name, val in table.items():
                if ("string", name) in self.module_names:
                    mine_t.setdefault(name, val)
        for loc, msg in other.errors:
            self.diag("warning", "I0001", msg, loc)
        self.stats.module_res_dirs = len(self.module_res_dirs)

    def resolve_color(self, raw: str, depth: int = 0, night: bool = False) -> str | None:
        """A color value as a literal, through `@color/` references (with `night`, a values-night/ color
        of that name first, as Android reads them in Dark Mode); None when it is none."""
        lit = parse_color(raw)
        if lit or depth > 10:
            return lit
        r = ref(raw)
        if night and r and r[0] == "color" and r[1] in self.values.night_colors:
            return self.resolve_color(self.values.night_colors[r[1]][0], depth + 1, night)
        if r and r[0] == "color" and r[1] in self.values.colors:
            return self.resolve_color(self.values.colors[r[1]][0], depth + 1, night)
        if r and r[0] == "android:color":
            return ANDROID_COLORS.get(r[1])
        return None

    def resolve_int(self, raw: str, depth: int = 0) -> str | None:
        """A whole number, literal or through `@integer/` references, as digits; None otherwise."""
        v = raw.strip()
        if re.fullmatch(r"-?\d+", v):
            return str(int(v))
        r = ref(v)
        if r and r[0] == "integer" and r[1] in self.values.integers and depth < 10:
            return self.resolve_int(self.values.integers[r[1]][0], depth + 1)
        return None

    def resolve_dimen(self, raw: str, depth: int = 0):
        d = parse_dimen(raw)
        if d or depth > 10:
            return d
        r = ref(raw)
        if r and r[0] == "dimen" and r[1] in self.values.dimens:
            return self.resolve_dimen(self.values.dimens[r[1]][0], depth + 1)
        return None

    def color_token(self, name: str) -> str | None:
        tok = self.color_tokens.get(name)
        if tok is not None:
            self.use("color", name)
        return tok

    def attr_token(self, attr: str, color: str) -> str:
        """A theme color token for a theme attribute's literal value (`?attr/icon_red` = #CF1800, or a
        Material baseline), named after the attribute."""
        key = (attr, color)
        if key not in self.attr_tokens:
            tok = unique(camel(attr, "color"), self.theme_names)
            self.attr_tokens[key] = tok
            self.theme_lines.append(f"color {tok} = {color}")
        return self.attr_tokens[key]

    def grouped_note(self, subject: str, note: str, loc: Loc) -> None:
        self.grouped_notes.setdefault(subject, (note, []))[1].append(loc)

    def grouped_report(self) -> None:
        """One informational entry per grouped note, listing where it applies."""
        for subject in sorted(self.grouped_notes):
            note, locs = self.grouped_notes[subject]
            where = ", ".join(f"{Path(lc.file).name}:{lc.line}" for lc in locs[:8]) + (" ..." if len(locs) > 8 else "")
            first = locs[0]
            self.report.append(ReportEntry(first.file, first.line, first.col,
                                           "element" if subject.startswith("<") else "attribute", subject,
                                           f"{note} (used {len(locs)}x: {where})", "ignored"))

    def theme_report(self) -> None:
        """One entry naming the style the theme attributes were resolved through, when it was guessed."""
        t = self.themes
        if t.defaults_used and t.app_theme in t.styles:
            loc = t.styles[t.app_theme].loc
            used = ", ".join(f"{k} {v}" for k, v in sorted(t.defaults_used.items()))
            self.report.append(ReportEntry(
                loc.file, loc.line, loc.col, "resource", f"@style/{t.app_theme}",
                f"theme attributes the app's styles do not set take the defaults of "
                f"{t.platform_root(t.app_theme)}, which the library fixes: {used}", "ignored"))
        if t.chosen_by != "heuristic" or not t.used or t.app_theme is None:
            return
        loc = t.styles[t.app_theme].loc
        others = [c for c in t.candidates if c != t.app_theme]
        self.report.append(ReportEntry(
            loc.file, loc.line, loc.col, "resource", f"@style/{t.app_theme}",
            "theme attributes (?attr/...) were resolved through this style, picked as the app theme (no "
            "AndroidManifest.xml with <application android:theme> next to res/)"
            + (f"; the app may apply another theme at run time ({', '.join(others[:4])}"
               + (" ..." if len(others) > 4 else "") + ")" if others else ""),
            "approximated"))

    def dimen_token(self, name: str) -> str | None:
        tok = self.dimen_tokens.get(name)
        if tok is not None:
            self.use("dimen", name)
        return tok

    def string_key(self, name: str) -> str | None:
        key = self.string_keys.get(name)
        if key is not None:
            self.use("string", name)
        return key

    def new_model(self, name: str) -> str:
        if name in self.models:
            return name
        if name in self.global_names:
            name = unique(name + "Model", self.global_names)
        self.global_names.add(name)
        self.models[name] = {}
        return name

    def style_items(self, style: str, conv: LayoutConverter, node: Node):
        """Items of a project style and its project parents (parents first), as (attr, value, Loc)."""
        chain = []
        r = ref(style)
        name = r[1] if r and r[0] == "style" else None
        seen = set()
        while name and name in self.values.styles and name not in seen:
            seen.add(name)
            sd = self.values.styles[name]
            chain.append(sd)
            name = sd.parent.replace("@style/", "") if sd.parent else None
        out = []
        for sd in reversed(chain):
            for iname, value, loc in sd.items:
                if ":" not in iname:
                    iname = "app:" + iname
                out.append((iname, value, loc))
        return out

    def style_platform_root(self, style: str) -> str | None:
        """The first non-project ancestor of a project style (`TextAppearance.AppCompat.Title`), if any."""
        r = ref(style)
        name = r[1] if r and r[0] == "style" else None
        seen = set()
        while name and name in self.values.styles and name not in seen:
            seen.add(name)
            parent = self.values.styles[name].parent
            name = parent.replace("@android:style/", "").replace("@style/", "") if parent else None
            if name and name not in self.values.styles:
                return name
        return None

    # -- layouts --
    def parse_layout(self, path: Path) -> tuple[Node, Node | None] | None:
        disp = _display(path)
        try:
            data = path.read_bytes()
        except OSError as e:
            self.diag("error", "I0002", f"cannot read: {e.strerror or e}", Loc(disp, 1))
            self.report.append(ReportEntry(disp, 1, 1, "file", path.name, "unreadable", "error"))
            return None
        try:
            root = parse_xml(data)
        except XmlError as e:
            self.diag("error", "I0001", e.message, Loc(disp, e.line, e.col))
            self.report.append(ReportEntry(disp, e.line, e.col, "file", path.name,
                                           f"not imported: {e.message}", "error"))
            return None
        if root.tag == "layout":
            views = [c for c in root.children if c.tag != "data"]
            if len(views) != 1:
                self.diag("error", "I0001", "a data-binding <layout> must hold exactly one view besides <data>",
                          Loc(disp, root.line, root.col))
                return None
            return views[0], root
        return root, None

    def layout_decl_name(self, name: str) -> str:
        ws = name.split("_")
        for pre, suf in sorted(NAME_AFFIXES.items(), key=lambda kv: -len(kv[0])):
            pw = pre.split("_")
            if ws[:len(pw)] == pw and len(ws) > len(pw):
                if all(w in ("layout", "view", "container", "item") for w in ws[len(pw):]):
                    return self._decl_name(pascal(name))
                base = pascal("_".join(ws[len(pw):]))
                return self._decl_name(base + (suf if not base.endswith(suf) else ""))
        return self._decl_name(pascal(name))

    def _decl_name(self, base: str) -> str:
        """A free declaration name: `row.xml` is `RowLayout`, not the built-in Row (or `Row2`)."""
        taken = base in TAKEN_DECL_NAMES or base in generated_names()
        return unique(base + "Layout" if taken else base, self.global_names)

    def signature(self, name: str, via: Loc | None) -> Signature | None:
        if name in self.sigs:
            return self.sigs[name]
        if name in self.in_progress:
            self.diag("error", "I0004", f"include cycle: {' -> '.join(self.in_progress + [name])}", via)
            return None
        if name not in self.layouts and name in self.module_layouts:
            path = self.module_layouts[name]      # another module's layout this one includes: import it too
            self.layouts[name] = (path, _display(path))
            self.parsed[name] = self.parse_layout(path)
        if name not in self.layouts:
            if via is not None:
                self.diag("warning", "I0004", f"layout '{name}' is not among the imported layouts", via)
            return None
        self.in_progress.append(name)
        try:
            sig = self.convert_layout(name)
        except RecursionError:
            sig = None
            self._internal(name, "layout nested too deeply to convert")
        except Exception as e:  # noqa: BLE001 - an importer bug must not abort the whole import
            sig = None
            self._internal(name, f"internal importer error ({type(e).__name__}: {e}); please report it")
        finally:
            self.in_progress.pop()
        self.sigs[name] = sig
        return sig

    def _internal(self, name: str, message: str) -> None:
        disp = self.layouts[name][1]
        self.decls.pop(name, None)
        self.diag("error", "I0007", f"{name}.xml not imported: {message}", Loc(disp, 1))
        self.report.append(ReportEntry(disp, 1, 1, "file", f"{name}.xml", message, "error"))

    def code_row(self, layout: str, node: Node) -> str | None:
        """`@layout/<row>` for a list without tools:listitem whose adapter's row layout the app's code
        names plainly (appcode.AdapterIndex); remembered in code_rows for the list's converter."""
        idv = node.get("android:id")
        if not idv or not _short(node.tag).endswith(("RecyclerView", "ListView", "GridView")):
            return None
        r = ref(idv)
        key = (layout, r[1] if r else idv)
        if key not in self.code_rows:
            self.code_rows[key] = self.view_sources.adapters.row_source(key[1], layout, set(self.parsed))
        src = self.code_rows[key]
        return f"@layout/{src.rows[0]}" if src else None

    def row_signature(self, name: str, via: Loc, conv: LayoutConverter) -> Signature | None:
        sig = self.signature(name, via)
        if sig is not None:
            self.deps.setdefault(conv.layout, set()).add(name)
        return sig

    def convert_layout(self, name: str) -> Signature | None:
        path, disp = self.layouts[name]
        parsed = self.parsed.get(name)
        if parsed is None:
            return None
        view_root, binding_root = parsed
        before = (replace(self.stats), len(self.report))    # restored when the layout is dropped
        self.stats.layouts += 1
        row_model = self.row_layouts.get(name)
        screen = name.split("_")[0] in SCREEN_PREFIXES and row_model is None
        decl_name = self.layout_decl_name(name)
        conv = LayoutConverter(self, name, view_root, disp, row_mode=row_model is not None)
        if row_model:
            conv.model = row_model
            conv.item_param = self.row_item_var.get(name) or camel(row_model)
            conv.names.add(conv.item_param)
            self.models.setdefault(row_model, {})
            conv.model_fields = self.models[row_model]
        variables: list[tuple[str, str]] = []
        if binding_root is not None:
            variables = self.binding_variables(binding_root, conv, disp)
        root = conv.convert_root()
        if not isinstance(root, El):
            root = El("Column", [("align", ".leading")], [root])
        depth = _nesting(root)
        if depth > MAX_IMPORTED_NESTING:
            # the XML was within its limit, but the wrappers the mapping adds make it deeper than xui accepts
            self.stats, kept = before[0], before[1]
            del self.report[kept:]
            self.diag("error", "I0001", f"views nested {depth} levels deep once imported; xui accepts "
                      f"{MAX_IMPORTED_NESTING} here: flatten the layout (ConstraintLayout, or fewer wrappers)",
                      Loc(disp, view_root.line, view_root.col))
            self.report.append(ReportEntry(disp, view_root.line, view_root.col, "file", f"{name}.xml",
                                           f"not imported: views nested {depth} levels deep once imported",
                                           "error"))
            return None
        # root sizes: fill the screen
        params: list[Param] = []
        if row_model:
            params.append(Param(conv.item_param, row_model))
            self.model_users.setdefault(row_model, set()).add(name)
        for vname, vtype in variables:
            if vname == conv.item_param and row_model:
                continue
            if vname in conv.bind.used_vars:
                default = DEFAULTS.get(vtype, f"{vtype}()" if vtype in self.models else None)
                if vtype.startswith("["):
                    default = "[]"
                params.append(Param(vname, vtype, default))
                if vtype in self.models:
                    self.model_users.setdefault(vtype, set()).add(name)
        params.extend(conv.params)
        for mname in self.models:
            if any(p.type in (mname, f"[{mname}]") for p in params) or \
                    any(mname in c.type for c in conv.callbacks):
                self.model_users.setdefault(mname, set()).add(name)
        comments = [f"From {disp}" + (" (data binding)" if binding_root is not None else "")]
        decls: list[Decl] = []
        sig = Signature(decl_name, "screen" if screen else "component", params, list(conv.callbacks),
                        model=row_model, item_param=conv.item_param)
        if screen and (conv.callbacks or any(p.default is None for p in params) or name in self.embedded):
            content = unique(decl_name + "Content", self.global_names)
            why = "the screen below wires its callbacks" if conv.callbacks else \
                "other layouts embed it" if name in self.embedded else "the screen below passes its parameters"
            decls.append(Decl("component", content, params + conv.callbacks, conv.states, root,
                              comments + [f"The screen's body; {why}."]))
            args = [(p.name, p.name) for p in params] + [(cb.name, "{ }") for cb in conv.callbacks]
            body = El(content, args)
            if conv.callbacks:
                body.comments.append("TODO(xui import): handle " + ", ".join(cb.name for cb in conv.callbacks)
                                     + " (set in the Activity/Fragment code)")
            decls.append(Decl("screen", decl_name, [p for p in params if p.default is not None], [], body,
                              [f"Screen for {disp}"]))
            sig.callbacks = []
            sig.screen_content = content
        else:
            decls.append(Decl(sig.kind, decl_name, params + conv.callbacks, conv.states, root, comments))
        self.decls[name] = decls
        return sig

    def binding_variables(self, layout_root: Node, conv: LayoutConverter, disp: str) -> list[tuple[str, str]]:
        out = []
        data = next((c for c in layout_root.children if c.tag == "data"), None)
        self.stats.elements += 2
        self.stats.elements_mapped += 2
        self.stats.elements_clean += 2
        self.stats.elements_clean_excluding_missing += 2
        self.stats.elements_without_own_entry += 2
        if data is None:
            return out
        for v in data.children:
            if v.tag == "import":
                self.report.append(ReportEntry(disp, v.line, v.col, "binding", f"<import type=\"{v.get('type')}\">",
                                               "imports are resolved by the importer (View.VISIBLE ...)", "ignored"))
                continue
            if v.tag != "variable":
                self.report.append(ReportEntry(disp, v.line, v.col, "binding", f"<{v.tag}>", "not imported"))
                continue
            name, typ = v.get("name"), v.get("type") or "String"
            if not name:
                continue
            xname = camel(name)
            m = re.fullmatch(r"(?:java\.util\.)?(?:List|ArrayList)<(.+)>", typ)
            if typ in PRIMITIVES:
                xt = PRIMITIVES[typ]
            elif m and m.group(1) in PRIMITIVES:
                xt = f"[{PRIMITIVES[m.group(1)]}]"
            elif m:
                xt = f"[{pascal(_short(m.group(1)))}]"
            else:
                xt = pascal(_short(typ))
                if xt not in self.models and xt not in self.binding_types:
                    if xt in self.global_names:
                        xt = unique(xt + "Model", self.global_names)
                    self.global_names.add(xt)
                self.binding_types.add(xt)
            conv.bind.variables[xname] = xt
            if xt.strip("[]") not in ("String", "Int", "Bool", "Float"):
                conv.bind.model_types.add(xt)
            conv.names.add(xname)
            out.append((xname, xt))
        return out

    def dark_lines(self) -> list[str]:
        """`theme dark` entries: each emitted color token whose value differs in values-night/ (directly,
        or through a color it references that does)."""
        out = []
        emitted = set(self.theme_lines)
        for name, tok in self.color_tokens.items():
            light = self.resolve_color(f"@color/{name}")
            dark = self.resolve_color(f"@color/{name}", night=True)
            if light and dark and dark != light and f"color {tok} = {light}" in emitted:
                out.append(f"color {tok} = {dark}")
        return out

    # -- output --
    def theme_source(self) -> str | None:
        lines = [HEADER, "// Colors and dimensions from res/values/, strings from res/values*/strings.xml.", ""]
        if self.theme_lines:
            lines += ["theme {"] + [f"  {t}" for t in self.theme_lines] + ["}", ""]
            dark = self.dark_lines() if self.values.night_colors else []
            if dark:
                lines += ["// Dark Mode colors from res/values-night/.", "theme dark {"] + \
                    [f"  {t}" for t in dark] + ["}", ""]
        strings = {name: v for name, v in self.values.strings.items()
                   if ("string", name) not in self.module_names or ("string", name) in self.used}
        if strings:
            lines.append("strings {")
            for name, (text, loc, tr) in strings.items():
                lines.append(f"  {self.string_keys[name]} = {xui_string(text)}")
            lines += ["}", ""]
            for locale in sorted(self.values.locales):
                table = self.values.locales[locale]
                untranslated: list[tuple[str, Loc]] = []
                # translations of strings the app no longer has (other modules' unused ones are not ours)
                extra = [(name, loc) for name, (_t, loc) in table.items()
                         if name not in self.string_keys and ("string", name) not in self.module_names]
                if extra:
                    first = extra[0][1]
                    self.report.append(ReportEntry(
                        first.file, first.line, first.col, "resource", f"strings {locale}",
                        f"{_count(extra, 'translation')} of strings with no default (values/) entry, which the app "
                        f"cannot show (lint: ExtraTranslation), not imported: {_names(extra)}", "ignored"))
                if not any(name in strings for name in table):
                    continue
                lines.append(f"strings {locale} {{")
                for name, (text, loc) in table.items():
                    if name in strings:
                        lines.append(f"  {self.string_keys[name]} = {xui_string(text)}")
                for name, (text, loc, tr) in strings.items():
                    if name in table:
                        continue
                    if not tr:
                        lines.append('  // translatable="false": same text in every locale')
                        lines.append(f"  {self.string_keys[name]} = {xui_string(text)}")
                    else:
                        untranslated.append((name, loc))
                if untranslated:
                    # Android shows the default text: so does the import, explicitly; one note per locale
                    lines.append(f"  // no '{locale}' translation: the default text, as Android shows it")
                    lines += [f"  {self.string_keys[n]} = {xui_string(strings[n][0])}" for n, _ in untranslated]
                    first = untranslated[0][1]
                    self.report.append(ReportEntry(
                        first.file, first.line, first.col, "resource", f"strings {locale}",
                        f"{_count(untranslated, 'string')} with no '{locale}' translation show the default text, "
                        f"as on Android: {_names(untranslated)}", "ignored"))
                lines += ["}", ""]
        if len(lines) == 3:
            return None
        return "\n".join(lines)

    def _model_reaches(self, start: str, target: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            m = stack.pop()
            if m == target:
                return True
            if m in seen:
                continue
            seen.add(m)
            stack.extend(t for t in self.models.get(m, {}).values() if t in self.models)
        return False

    def models_source(self) -> str | None:
        if not self.models:
            return None
        out = [HEADER, "// Models for list rows (from tools:listitem) and data-binding variables.", ""]
        for mname, fields in self.models.items():
            ps = [Param("id", "Int", "0")] if mname in self.row_layouts.values() else []
            for f, t in fields.items():
                d = self.model_defaults.get((mname, f), DEFAULTS.get(t, "[]" if t.startswith("[") else None))
                if d is None and t in self.models:
                    if self._model_reaches(t, mname):
                        t, d = t + "?", "nil"           # a recursive model: optional
                    else:
                        d = f"{t}()"
                ps.append(Param(f, t, d))
            out.append(render_decl(Decl("model", mname, ps)))
            out.append("")
        return "\n".join(out)


def _tints(attrs: dict, keys: tuple[str, ...], used: set[str]) -> list[str]:
    """The tint attributes present, the one that wins first: one written in the layout beats one from a
    style (the others set the same property and are overridden, so they are consumed too)."""
    present = sorted((k for k in keys if k in attrs), key=lambda k: attrs[k].from_style is not None)
    used.update(present[1:])
    return present[:1]


# How deep the views of one imported layout may nest: xui's parser accepts 100 levels of syntax
# (parser.MAX_DEPTH, E0016); an element in a block takes two (itself and its block), an `if` about
# one, the declaration and the modifiers' arguments a few: 49 nested Columns parse, 50 do not.
MAX_IMPORTED_NESTING = 45


def _nesting(item: Item) -> int:
    """The nesting depth of an element tree, `if` statements counted as a level."""
    depth, stack = 0, [(item, 1)]
    while stack:
        it, d = stack.pop()
        depth = max(depth, d)
        kids = it.body if isinstance(it, If) else (it.children or [])
        stack.extend((k, d + 1) for k in kids)
    return depth


def _count(items: list, noun: str) -> str:
    return f"{len(items)} {noun}{'s' if len(items) != 1 else ''}"


def _names(items: list[tuple[str, Loc]], most: int = 8) -> str:
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return ", ".join(n for n, _ in items[:most]) + more


def _values_dirs(res_dirs: list[Path]) -> list[Path]:
    return [d for r in res_dirs for d in sorted(r.iterdir())
            if d.is_dir() and (d.name == "values" or d.name.startswith("values-"))]


_SKIP_DIRS = {"build", "node_modules", "intermediates", "generated", "buildSrc"}


def _gradle_module_res_dirs(res_dirs: list[Path]) -> list[Path]:
    """The `src/<set>/res` folders of the OTHER modules of the Gradle project around `res_dirs`
    (found by its settings.gradle[.kts]). A layout may use any resource of the modules its module
    depends on (the Android build merges them); the importer cannot read the dependency graph, so it
    offers every module's resources, its own ones winning. Test source sets are left out."""
    roots: list[Path] = []
    for r in res_dirs:
        for up in list(r.resolve().parents)[:5]:
            if (up / "settings.gradle").is_file() or (up / "settings.gradle.kts").is_file():
                if up not in roots:
                    roots.append(up)
                break
    own = {r.resolve() for r in res_dirs}
    found: list[Path] = []
    for root in roots:
        for cur, dirs, _files in os.walk(root):
            depth = len(Path(cur).relative_to(root).parts)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS) \
                if depth < 8 else []
            here = Path(cur)
            if here.name == "res" and here.parent.parent.name == "src" and \
                    not here.parent.name.lower().startswith(("test", "androidtest")):
                dirs[:] = []
                if here.resolve() not in own and here not in found:
                    found.append(here)
            if len(found) >= 400:
                return found
    return found


def _find_res_dirs(p: Path) -> list[Path]:
    if p.name == "res" or any((p / d).is_dir() for d in ("layout", "values")):
        return [p]
    for cand in (p / "res", p / "src" / "main" / "res", p / "app" / "src" / "main" / "res"):
        if cand.is_dir():
            return [cand]
    found = []
    for root, dirs, _files in os.walk(p):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("build", "node_modules",
                                                                                 "intermediates", "generated"))
        if Path(root).name == "res" and any(Path(root, d).is_dir() and d.startswith("layout") for d in dirs):
            found.append(Path(root))
            dirs[:] = []
        if len(found) > 50:
            break
    return found


def _bound_item(layout_root: Node | None) -> tuple[str, str] | None:
    """The one model-typed, non-listener <variable> of a data-binding row: (name, model)."""
    if layout_root is None:
        return None
    data = next((c for c in layout_root.children if c.tag == "data"), None)
    cands = []
    for v in data.children if data is not None else []:
        name, typ = v.get("name"), v.get("type") or ""
        if v.tag != "variable" or not name or typ in PRIMITIVES or "<" in typ:
            continue
        if re.search(r"(Listener|Handler|Callback|Presenter|Clicks?)$", typ) or \
                re.search(r"(Listener|Handler|Callback)$", name):
            continue
        cands.append((camel(name), pascal(_short(typ))))
    return cands[0] if len(cands) == 1 else None


def _row_model_name(layout: str, taken: set[str]) -> str:
    ws = [w for w in layout.split("_") if w]
    core = [w for w in ws]
    while len(core) > 1 and core[0] in ROW_NAME_WORDS:
        core.pop(0)
    while len(core) > 1 and core[-1] in ROW_NAME_WORDS:
        core.pop()
    base = pascal("_".join(core)) if core and core[0] not in ROW_NAME_WORDS else pascal(layout) + "Model"
    return unique(base, taken)


def import_android(paths: list[Path], out_dir: Path, *, check: bool = True) -> ImportResult:
    """Import Android layouts and resources under `paths` into .xui sources for `out_dir`.

    Side-effect free: the result holds the formatted files, the report, stats and
    diagnostics; call `result.write()` (or `write_report`) to write them. With
    `check`, the generated sources are type-checked in a temporary directory and
    any problem is returned as an I0005 diagnostic (an importer bug)."""
    imp = Importer(Path(out_dir))
    try:
        layout_files, values_dirs = imp.discover([Path(p) for p in paths])
    except OSError as e:
        imp.diag("error", "I0002", f"cannot read the input: {e.strerror or e}", None)
        layout_files, values_dirs = [], []
    imp.load_resources(values_dirs)
    # default layouts win over configuration variants (layout-land, layout-sw600dp ...)
    chosen: dict[str, Path] = {}
    for f in layout_files:
        name = f.stem
        if name in chosen and chosen[name].parent.name == "layout":
            disp = _display(f)
            imp.report.append(ReportEntry(disp, 1, 1, "file", f.name, f"configuration variant "
                                          f"({f.parent.name}) of {name}: only the default layout is imported",
                                          "unmapped"))
            continue
        if name in chosen:
            imp.report.append(ReportEntry(_display(chosen[name]), 1, 1, "file", name,
                                          "configuration variant replaced by the default layout", "unmapped"))
        chosen[name] = f
    for name in sorted(chosen):
        imp.layouts[name] = (chosen[name], _display(chosen[name]))
        imp.parsed[name] = imp.parse_layout(chosen[name])
    # list rows: layouts named by some tools:listitem get a model
    taken = imp.global_names
    for name in sorted(imp.parsed):
        parsed = imp.parsed[name]
        if parsed is None:
            continue
        stack = [parsed[0]]
        while stack:
            n = stack.pop()
            li = n.get("tools:listitem") or imp.code_row(name, n)
            shown = n.get("layout") if n.tag == "include" else n.get("tools:layout") if n.tag in FRAGMENT_TAGS \
                else None
            if shown and ref(shown) and ref(shown)[0] == "layout":
                imp.embedded.add(ref(shown)[1])      # a screen another layout shows gets a content component
            r = ref(li) if li else None
            if r and r[0] == "layout" and r[1] in imp.parsed and imp.parsed[r[1]] is not None \
                    and r[1] not in imp.row_layouts:
                bound = _bound_item(imp.parsed[r[1]][1])
                if bound is not None:       # a data-binding row: its model variable is the item
                    imp.row_item_var[r[1]] = bound[0]
                    imp.row_layouts[r[1]] = bound[1] if bound[1] in imp.models else imp.new_model(bound[1])
                else:
                    imp.row_layouts[r[1]] = _row_model_name(r[1], taken)
                imp.models.setdefault(imp.row_layouts[r[1]], {})
            stack.extend(n.children)
    for name in sorted(imp.parsed):
        imp.signature(name, None)
    return _assemble(imp, check)


@lru_cache(maxsize=1)
def generated_names() -> frozenset[str]:
    """Names a target's generated code takes beside the user's declarations with the default build
    options (Compose's AppTheme, SwiftUI's Section ...): a layout app_theme.xml or section.xml must
    not become a declaration of that name."""
    from xui.backend import TARGET_NAMES, BuildOptions, get_backend
    return frozenset().union(*(get_backend(t, BuildOptions()).taken_declaration_names() for t in TARGET_NAMES))


def _layout_file(name: str) -> str:
    """The .xui file of a layout: its name, unless that is the theme's or the models' file (a layout
    theme.xml would have replaced the imported theme)."""
    return f"{name}_layout.xui" if name in ("theme", "models") else f"{name}.xui"


def _assemble(imp: Importer, check: bool) -> ImportResult:
    from xui.diagnostics import DiagnosticSink
    from xui.formatter import format_source
    res = ImportResult(imp.out_dir)
    raw: dict[str, str] = {}
    models_src = imp.models_source()
    theme_src = imp.theme_source()
    if theme_src:
        raw["theme.xui"] = theme_src
    if models_src:
        raw["models.xui"] = models_src
    for name, decls in sorted(imp.decls.items()):
        lines = [HEADER]
        if theme_src:
            lines.append('import "theme.xui"')
        if models_src and any(name in users for users in imp.model_users.values()):
            lines.append('import "models.xui"')
        for dep in sorted(imp.deps.get(name, ())):
            if dep in imp.decls and dep != name:
                lines.append(f'import "{_layout_file(dep)}"')
        lines.append("")
        for d in decls:
            lines.append(render_decl(d))
            lines.append("")
        raw[_layout_file(name)] = "\n".join(lines)
    for path, text in raw.items():
        sink = DiagnosticSink()
        formatted = format_source(text, path, sink)
        if formatted is None:
            msgs = "; ".join(f"{d.span.line if d.span else 0}: {d.message}" for d in sink.items[:3])
            imp.diag("error", "I0005", f"generated {path} does not parse (importer bug): {msgs}", None)
            formatted = text
        res.files[path] = formatted
    if check and res.files:
        _check(res, imp)
    imp.theme_report()
    imp.grouped_report()
    res.report = sorted(imp.report, key=lambda e: (e.file, e.line, e.col, e.subject))
    res.stats = imp.stats
    res.stats.gaps = sum(e.severity in ("unmapped", "error") for e in res.report)
    res.stats.approximations = sum(e.severity == "approximated" for e in res.report)
    res.stats.notes = sum(e.severity == "ignored" for e in res.report)
    res.stats.missing_resources = sum(e.missing for e in res.report)
    res.diagnostics = imp.diags
    return res


def _check(res: ImportResult, imp: Importer) -> None:
    import tempfile
    from xui.api import compile_paths
    with tempfile.TemporaryDirectory(prefix="xui-import-") as tmp:
        for path, text in res.files.items():
            (Path(tmp) / path).write_text(text, encoding="utf-8")
        r = compile_paths([tmp])
        for d in r.diagnostics:
            where = ""
            if d.span is not None:
                where = f"{Path(d.span.file).name}:{d.span.line}: "
            imp.diag("error" if d.severity == "error" else "warning", "I0005",
                     f"generated xui: {where}{d.severity}[{d.code}] {d.message}", None)
        if r.ok and r.program is not None:
            # every target must build it too (a construct one target cannot express is an importer bug)
            from xui.backend import BuildOptions, get_backend
            from xui.catalog import TARGETS
            for target in TARGETS:
                for d in get_backend(target, BuildOptions()).run(r.program).diagnostics:
                    if d.severity == "error":
                        where = f"{Path(d.span.file).name}:{d.span.line}: " if d.span is not None else ""
                        imp.diag("error", "I0005", f"generated xui does not build for {target}: {where}"
                                 f"[{d.code}] {d.message}", None)


# ---- writing ---------------------------------------------------------------------------------------

def migration_markdown(res: ImportResult) -> str:
    s = res.stats
    lines = ["# Migration report (`xui import android`)", "",
             f"- layouts imported: {s.layouts}",
             f"- elements: {s.elements}; mapped to an xui element: {s.elements_mapped} ({s.element_pct:.1f}%); "
             f"mapped with no gap or approximation on the element or its attributes: {s.elements_clean} "
             f"({s.clean_pct:.1f}%)",
             f"- the same, not counting resources missing from the input (a `@string/...` with no values/ "
             f"entry, an unknown style, an included layout that is not there): {s.elements_clean_excluding_missing} "
             f"({s.clean_pct_excluding_missing_resources:.1f}%)",
             f"- mapped with no entry about the element itself (entries about its attributes aside): "
             f"{s.elements_without_own_entry} ({s.own_entry_free_pct:.1f}%)",
             f"- attributes written in layouts: {s.attributes}; mapped or without effect: {s.attributes_mapped} "
             f"({s.attribute_pct:.1f}%), of which without effect in the app: {s.attributes_noop}",
             f"- report: {s.gaps} gaps (not carried over; {s.missing_resources} of them caused by resources "
             f"missing from the input), {s.approximations} approximations (carried over "
             f"differently), {s.notes} informational notes (not gaps: design-time tools:, library "
             "defaults and views, layout parameters the parent ignores)",
             f"- resources: {s.strings} strings, {s.locales} locales, {s.colors} colors, {s.dimens} dimens"
             + (f"; also searched: the res/ folders of {s.module_res_dirs} other modules of the Gradle project "
                "(their resources are imported where a layout uses them)" if s.module_res_dirs else ""),
             f"- files written: {', '.join(sorted(res.files)) or 'none'}", ""]
    if res.diagnostics:
        lines += ["## Diagnostics", ""]
        lines += [f"- `{d}`" for d in res.diagnostics]
        lines.append("")
    titles = [("error", "Gaps: not imported (errors)"), ("unmapped", "Gaps: not mapped"),
              ("approximated", "Gaps: approximated"),
              ("missing", "Gaps: resources missing from the input (complete res/ to import them)"),
              ("ignored", "Informational notes (not gaps)")]
    for sev, title in titles:
        entries = [e for e in res.report if (e.missing if sev == "missing" else e.severity == sev and not e.missing)]
        if not entries:
            continue
        lines += [f"## {title} ({len(entries)})", "", "| location | kind | what | why |", "|---|---|---|---|"]
        for e in entries:
            what = e.subject.replace("|", "\\|").replace("\n", " ")
            why = e.reason.replace("|", "\\|")
            lines.append(f"| `{e.file}:{e.line}` | {e.kind} | `{what}` | {why} |")
        lines.append("")
    return "\n".join(lines)


def summary_text(res: ImportResult) -> str:
    """The one-paragraph summary the CLI prints after an import."""
    s = res.stats
    gaps = sum(e.severity == "unmapped" for e in res.report)
    approx = sum(e.severity == "approximated" for e in res.report)
    return (f"imported {s.layouts} layouts into {len(res.files)} files in {_display(res.out_dir)}: "
            f"{s.elements_mapped}/{s.elements} elements mapped ({s.element_pct:.1f}%), "
            f"{s.attributes_mapped}/{s.attributes} attributes ({s.attribute_pct:.1f}%); "
            f"{gaps} gaps and {approx} approximations listed in {_display(res.out_dir / 'MIGRATION.md')} "
            f"({s.clean_pct:.1f}% of elements have neither; {s.clean_pct_excluding_missing_resources:.1f}% if "
            f"the {s.missing_resources} resources missing from the input are not counted; "
            f"{s.own_entry_free_pct:.1f}% have no entry about the element itself)")


def write_report(res: ImportResult, report_json: Path | None = None, *, write_sources: bool = True,
                 force: bool = False) -> list[Path]:
    """Write the imported sources and MIGRATION.md into `res.out_dir` (atomic writes), and the JSON
    report to `report_json` when given. Refuses (I0006 diagnostic, nothing written) when `out_dir`
    already holds a .xui file that the importer did not write, unless `force`."""
    from xui.build import atomic_write
    out = res.out_dir
    targets: dict[Path, str] = {}
    if write_sources:
        for rel, text in res.files.items():
            targets[out / rel] = text
        targets[out / "MIGRATION.md"] = migration_markdown(res)
    if not force and write_sources:
        # never mix imported sources with hand-written ones: any .xui already in out_dir (or one we
        # would overwrite) must carry the importer's header
        existing = sorted(out.glob("*.xui")) if out.is_dir() else []
        for p in existing + [t for t in targets if t.suffix == ".xui" and t.exists()]:
            try:
                head = p.read_text(encoding="utf-8", errors="replace")[:200]
            except OSError:
                head = ""
            if HEADER not in head:
                res.diagnostics.append(ImportDiagnostic(
                    "error", "I0006", f"{_display(p)} was not written by the importer; nothing written "
                    "(import into an empty or importer-owned directory, or pass force)", None))
                return []
    written = []
    for p, text in targets.items():
        atomic_write(p, text.encode("utf-8"))
        written.append(p)
    if report_json is not None:
        atomic_write(Path(report_json), (json.dumps(res.to_json(), indent=2, ensure_ascii=False) + "\n")
                     .encode("utf-8"))
        written.append(Path(report_json))
    res.written = written
    return written
