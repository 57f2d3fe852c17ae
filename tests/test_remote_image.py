"""RemoteImage: an image loaded from a URL with a neutral placeholder until it arrives. Exact code per
target (SwiftUI AsyncImage, the Compose app's ImageResolver.remotePainter, ArkUI Image(url), a React
<img>), and every target compiles."""

from __future__ import annotations

import pytest

from helpers import assert_checker_passes, assert_generated_has, diags, target_files
from xui.catalog import TARGETS

SOURCE = """\
model User {
  name: String
  avatarUrl: String
}

screen Main {
  state user: User = User(name: "Ada", avatarUrl: "https://example.com/ada.png")
  Column(spacing: 8) {
    RemoteImage(user.avatarUrl, description: "Photo of {user.name}")
      .frame(width: 64, height: 64)
      .cornerRadius(32)
    RemoteImage(url: "https://example.com/banner.jpg", contentMode: .fit)
      .frame(height: 120)
      .fillWidth()
    Button("Next", action: { user = User(name: "Bo", avatarUrl: "https://example.com/bo.png") })
  }
}
"""

EXPECTED = {
    "swiftui": ["AsyncImage(url: URL(string: user.avatarUrl)) { image in\n                image\n"
                "                    .resizable()\n                    .scaledToFill()\n"
                "            } placeholder: {\n                Color.secondary.opacity(0.15)\n            }\n"
                '            .accessibilityLabel("Photo of \\(user.name)")',
                ".scaledToFit()", ".accessibilityHidden(true)"],
    "compose": ["painter = LocalImageResolver.current.remotePainter(user.avatarUrl),",
                'contentDescription = "Photo of ${user.name}",', "contentScale = ContentScale.Crop,",
                "contentScale = ContentScale.Fit,",
                "fun remotePainter(url: String): Painter = ColorPainter(Color.LightGray)"],
    "arkts": ["Image(this.user.avatarUrl)\n        .objectFit(ImageFit.Cover)\n        .backgroundColor('#26808080')\n"
              "        .accessibilityText(`Photo of ${this.user.name}`)",
              "Image('https://example.com/banner.jpg')\n        .objectFit(ImageFit.Contain)\n        .height(120)"],
    "react": ['<img src={user.avatarUrl} alt={`Photo of ${user.name}`} style={styles.remoteImage} />',
              '<img src="https://example.com/banner.jpg" alt="" style={styles.remoteImage2} />',
              'objectFit: "cover",\n    backgroundColor: "rgba(128, 128, 128, 0.15)",', 'objectFit: "contain",'],
}


@pytest.mark.parametrize("target", TARGETS)
def test_remote_images_as_each_target_writes_them(target):
    assert_generated_has(SOURCE, target, EXPECTED[target])


@pytest.mark.toolchains
@pytest.mark.parametrize("target", TARGETS)
def test_remote_images_compile(target, tmp_path):
    assert_checker_passes(target, target_files(SOURCE, target), tmp_path)


def test_remote_image_rules():
    base = "screen Main {\n  Column {\n    "
    # .tint recolors asset images only (a photo from a server is not an icon)
    assert diags(base + 'RemoteImage("https://x").tint(#FF0000)\n  }\n}\n', "error") == [("E0310", 3, 30)]
    # SwiftUI's and Compose libraries' names point to RemoteImage
    from xui.api import compile_text
    r = compile_text(base + 'AsyncImage(url: "https://x")\n  }\n}\n', "t.xui")
    assert [(d.code, d.hint) for d in r.diagnostics] == [("E0106", "xui calls it `RemoteImage`")]
