"""The web workbench (`safeplan serve`): pages and a JSON API over the library."""

from safeplan.web.app import create_app

__all__ = ["create_app"]
