"""Content set g (``--content g``): the same scenarios as ``content/`` with a seventh person's
day (an evening dispatcher at a small refrigerated freight company in Sao Paulo: user, fleet,
route planner, loads, pages, mail, chat and forms), for blind held-out questions. Same module
and constant names as ``content/``."""
