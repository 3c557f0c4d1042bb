"""safeplan: Chinese work-safety policy → rules, search, plans, checklists and checks.

Data flows one way: corpus → document structure → rules → (search index | generators | checker).
The library never imports the CLI (`safeplan.cli`) or the web app (`safeplan.web`).
"""

__version__ = "0.1.0"
