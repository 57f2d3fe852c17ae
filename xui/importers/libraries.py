"""Views of widely used third-party Android libraries, by fully qualified class name.

A layout names a library view by its class (`de.hdodenhof.circleimageview.CircleImageView`,
`com.simplemobiletools.commons.views.MyTextView`). Without this table the importer can only judge such
a class by its name and report every use as an approximation. Here each class says which importer
kind (`LayoutConverter.b_<kind>`) builds it and what the class adds over that kind:

- `severity="note"`: what the class adds is behaviour of the app's code (gestures, colors the user
  picks at run time) or nothing visible; the layout's attributes describe the screen. The report
  says it ONCE per class, with every place it is used, as an informational note.
- `severity="approximated"`: the class draws something the kind does not (a shimmer, a zoomable
  image); every use is reported as an approximation.
- kind "unsupported": nothing in xui draws it; `reason` says what it is (a chart, an ad, a player).

Only classes whose behaviour is documented by the library are listed; an unknown class still goes
through the app's own sources (ViewSources) or its name (custom_base).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LibraryView:
    kind: str                  # importer kind, or "unsupported"
    note: str                  # what the class adds over `kind` (or, unsupported, why it is not imported)
    severity: str = "note"     # "note" | "approximated" | "unsupported"
    # the library's own attributes that mean a platform attribute the importer maps (`app:fab_colorNormal`
    # is the FAB's `app:backgroundTint`): read under the platform name
    aliases: tuple[tuple[str, str], ...] = ()


def _none(reason: str, *classes: str) -> dict[str, LibraryView]:
    """Classes nothing in xui draws, with the reason the report gives."""
    return {c: LibraryView("unsupported", reason, "unsupported") for c in classes}


def _family(packages: tuple[str, ...], classes: dict[str, tuple[str, str]], note: str) -> dict[str, LibraryView]:
    return {f"{p}.{cls}": LibraryView(kind, f"{note}{extra}") for p in packages
            for cls, (kind, extra) in classes.items()}


# Simple Mobile Tools' Simple-Commons and its fork Fossify Commons: the views of ~40 public apps. Each
# is its platform base plus `setColors(text, accent, background)`, which the app calls at run time
# with the colors the user picked in its settings.
_COMMONS_NOTE = ("Simple-Commons view: the platform widget plus the text/accent colors the user picks "
                 "in the app's settings, applied at run time; imported with the theme's colors")
_COMMONS = _family(
    ("com.simplemobiletools.commons.views", "org.fossify.commons.views"),
    {
        "MyTextView": ("text", ""),
        "MyEditText": ("edit", ""),
        "MyAutoCompleteTextView": ("edit", ""),
        "MyButton": ("button", ""),
        "MyAppCompatCheckbox": ("checkbox", ""),
        "MyCompatRadioButton": ("radio", ""),
        "MySwitchCompat": ("toggle", ""),
        "MyMaterialSwitch": ("toggle", ""),
        "MyFloatingActionButton": ("fab", ""),
        "MyTextInputLayout": ("textinputlayout", ""),
        "MySeekBar": ("slider", ""),
        "MyAppCompatSeekBar": ("slider", ""),
        "MyAppCompatSpinner": ("picker", ""),
        "MyScrollView": ("scroll", ""),
        "MyNestedScrollView": ("scroll", ""),
        "MyRecyclerView": ("list", "; its drag-to-select and pinch-to-zoom gestures are code, not layout"),
    },
    _COMMONS_NOTE,
)

LIBRARY_VIEWS: dict[str, LibraryView] = {
    **_COMMONS,
    # images
    "com.makeramen.roundedimageview.RoundedImageView":
        LibraryView("image", "RoundedImageView: an ImageView with rounded corners (riv_* attributes)"),
    "com.mikhaellopez.circularimageview.CircularImageView":
        LibraryView("image", "CircularImageView: an ImageView cropped to a circle"),
    "com.github.chrisbanes.photoview.PhotoView":
        LibraryView("image", "PhotoView: an ImageView the user can pinch-zoom and pan; the gestures are not "
                    "imported", "approximated"),
    "com.github.piasy.biv.view.BigImageView":
        LibraryView("image", "BigImageView: a zoomable image loaded by the app's code; the gestures are not "
                    "imported", "approximated"),
    "net.steamcrafted.materialiconlib.MaterialIconView":
        LibraryView("image", "MaterialIconView: an ImageView drawing the Material Design icon app:materialIcon "
                    "names (imported as the image asset of that name), in app:materialIconColor",
                    aliases=(("app:materialIconColor", "app:tint"),)),
    # floating action buttons and progress of older libraries
    "com.github.clans.fab.FloatingActionButton":
        LibraryView("fab", "a floating action button (clans/FloatingActionButton)",
                    aliases=(("app:fab_colorNormal", "app:backgroundTint"), ("app:fab_size", "app:fabSize"),
                             ("app:fab_colorPressed", "app:rippleColor"), ("app:fab_colorRipple", "app:rippleColor"))),
    "com.getbase.floatingactionbutton.FloatingActionButton":
        LibraryView("fab", "a floating action button (futuresimple/android-floating-action-button)",
                    aliases=(("app:fab_icon", "android:src"), ("app:fab_colorNormal", "app:backgroundTint"),
                             ("app:fab_size", "app:fabSize"), ("app:fab_colorPressed", "app:rippleColor"))),
    "com.melnykov.fab.FloatingActionButton":
        LibraryView("fab", "a floating action button (makovkastar/FloatingActionButton)"),
    "me.zhanghai.android.materialprogressbar.MaterialProgressBar":
        LibraryView("progress", "MaterialProgressBar: a Material-styled ProgressBar"),
    "com.pnikosis.materialishprogress.ProgressWheel":
        LibraryView("progress", "ProgressWheel: a spinning progress indicator"),
    "fr.castorflex.android.circularprogressbar.CircularProgressBar":
        LibraryView("progress", "CircularProgressBar: a spinning progress indicator"),
    # PixlUI (neopixl): platform widgets that load a font file from the app's assets
    **{f"com.neopixl.pixlui.components.{pkg}.{cls}": LibraryView(
        kind, "PixlUI widget: the platform widget with a font file from the app's assets (pixlui:typeface)")
       for pkg, cls, kind in (("textview", "TextView", "text"), ("edittext", "EditText", "edit"),
                              ("button", "Button", "button"), ("checkbox", "CheckBox", "checkbox"),
                              ("autocompletetextview", "AutoCompleteTextView", "edit"))},
    # App Theme Engine (afollestad): platform widgets the engine tints with the theme colors the user
    # picks, at run time
    **_family(("com.afollestad.appthemeengine.views",),
              {"ATETextView": ("text", ""), "ATEEditText": ("edit", ""), "ATEButton": ("button", ""),
               "ATECheckBox": ("checkbox", ""), "ATERadioButton": ("radio", ""), "ATESwitch": ("toggle", ""),
               "ATEStockSwitch": ("toggle", ""), "ATESeekBar": ("slider", ""), "ATEProgressBar": ("progress", ""),
               "ATEPrimaryTextView": ("text", ""), "ATESecondaryTextView": ("text", "")},
              "App Theme Engine view: the platform widget tinted at run time with the colors the user picks; "
              "imported with the theme's colors"),
    # AndroidX Emoji / Emoji2: the platform widgets drawing emoji the device's font lacks with the bundled
    # EmojiCompat font; the other targets draw emoji with their own system fonts
    **_family(("androidx.emoji.widget", "androidx.emoji2.widget", "android.support.text.emoji.widget"),
              {"EmojiTextView": ("text", ""), "EmojiEditText": ("edit", ""), "EmojiButton": ("button", ""),
               "EmojiAppCompatTextView": ("text", ""), "EmojiAppCompatEditText": ("edit", ""),
               "EmojiAppCompatButton": ("button", "")},
              "EmojiCompat widget: the platform widget drawing emoji with a bundled font on old Android "
              "versions; the targets draw emoji with their own system fonts"),
    # containers
    "com.facebook.shimmer.ShimmerFrameLayout":
        LibraryView("frame", "ShimmerFrameLayout: a FrameLayout with an animated shimmer over its children "
                    "while content loads; the shimmer is not imported", "approximated"),
    **_none("wrapping flex rows (FlexboxLayout) have no xui element", "com.google.android.flexbox.FlexboxLayout"),
    # things nothing in xui draws
    **_none("Lottie animations have no xui element", "com.airbnb.lottie.LottieAnimationView"),
    **_none("charts (MPAndroidChart) have no xui element", *(f"com.github.mikephil.charting.charts.{c}" for c in (
        "LineChart", "BarChart", "HorizontalBarChart", "PieChart", "ScatterChart", "CombinedChart", "RadarChart"))),
    **_none("ads have no xui element", "com.google.android.gms.ads.AdView"),
    **_none("video players have no xui element", "com.google.android.exoplayer2.ui.PlayerView",
            "com.google.android.exoplayer2.ui.StyledPlayerView", "androidx.media3.ui.PlayerView"),
    **_none("camera previews have no xui element", "com.journeyapps.barcodescanner.DecoratedBarcodeView",
            "com.journeyapps.barcodescanner.BarcodeView", "androidx.camera.view.PreviewView"),
}
