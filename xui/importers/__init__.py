"""Importers from other UI toolkits into xui sources.

`import_android(paths, out_dir) -> ImportResult` reads Android `res/layout*/` and
`res/values*/` and returns formatted .xui sources, a migration report and stats;
`write_report(result, report_json=...)` (or `result.write()`) writes them.
"""

from .android import (ImportDiagnostic, ImportResult, ImportStats, ReportEntry, import_android,
                      migration_markdown, summary_text, write_report)

__all__ = ["ImportDiagnostic", "ImportResult", "ImportStats", "ReportEntry", "import_android",
           "migration_markdown", "summary_text", "write_report"]
