import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
# Tests parse every file afresh (hermetic: no trees from an earlier run or another checkout);
# tests/test_parsecache.py turns the tree cache on where it is the subject.
os.environ.setdefault("XUI_NO_TREE_CACHE", "1")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With XUI_REQUIRE_TOOLCHAINS set (CI), a `toolchains` test may not skip: a missing
    compiler is a failure there, never a silently skipped compile check."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("XUI_REQUIRE_TOOLCHAINS") and item.get_closest_marker("toolchains"):
        report.outcome = "failed"
        report.longrepr = f"toolchains test skipped although XUI_REQUIRE_TOOLCHAINS is set: {report.longrepr}"
