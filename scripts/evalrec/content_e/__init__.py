"""Content set e (``--content e``): the same scenarios as ``content/`` with a fifth person's
day (an operations coordinator at a small harbour ferry company in Auckland: user, vessels,
sailings, pages, crew, mail, chat and forms), for blind held-out questions. Same module and
constant names as ``content/``."""
