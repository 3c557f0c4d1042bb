"""The summary line of a run that skipped browser tests says why (no -rs needed)."""


def pytest_terminal_summary(terminalreporter):
    """Skipped browser tests say why in the summary, without -rs (a local run without chromium)."""
    reasons = {}
    for report in terminalreporter.stats.get("skipped", []):
        if "browser" in report.keywords and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
            reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in reasons.items():
        terminalreporter.write_line(f"{count} browser test{'s' if count > 1 else ''} skipped: {reason}", yellow=True)
