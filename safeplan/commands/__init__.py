"""The CLI's commands, one module per command group (imported lazily by safeplan.cli)."""
