"""Tests of the generators (a package, so module names do not collide with other test folders)."""
