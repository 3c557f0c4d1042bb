"""The field parsers, usable on any text (rule extraction runs them on source items, the checker on
drafted plans): targets, deadlines, frequencies and responsible units."""

from safeplan.rules.deadlines import find_deadlines, parse_deadlines
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.responsible import parse_responsible, split_units
from safeplan.rules.targets import parse_targets

__all__ = ["find_deadlines", "parse_deadlines", "parse_frequencies", "parse_responsible", "parse_targets",
           "split_units"]
