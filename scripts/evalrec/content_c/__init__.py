"""Content set c (``--content c``): the same scenarios as ``content/`` with a third
person's day (a hospital pharmacy's night shift: user, hospital, projects, pages, rota,
mail, chat and forms), for held-out questions. Same module and constant names as
``content/``."""
