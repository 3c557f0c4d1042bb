"""The rule kinds a lower unit must carry out: an upper rule of these kinds becomes an item of the
street's plan, and `safeplan check` reports it as `missing-task` when a drafted plan has no item for it."""

TASK_KINDS = ("task", "measure", "duty")
