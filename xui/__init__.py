"""xui: write a screen once, compile it to ArkTS, Jetpack Compose, SwiftUI and React."""

__version__ = "0.1.0"
