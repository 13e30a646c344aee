"""Content set b (``--content b``): the same scenarios as ``content/`` with another
person's day (user, company, projects, pages, appointments, mail, chat, forms), for
held-out questions. Same module and constant names as ``content/``."""
