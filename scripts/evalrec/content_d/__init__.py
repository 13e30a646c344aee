"""Content set d (``--content d``): the same scenarios as ``content/`` with a fourth
person's day (a paralegal at a small law office in Pasadena: user, firm, projects, pages,
hearings, mail, chat and forms), for held-out questions. Same module and constant names as
``content/``."""
