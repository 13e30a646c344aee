"""Content set h (``--content h``): the same scenarios as ``content/`` with an eighth person's
day (a production manager in tech week at a small theatre company in Adelaide: user, crew,
cue tools, schedule, pages, mail, chat and forms), for blind held-out questions. Same module
and constant names as ``content/``."""
