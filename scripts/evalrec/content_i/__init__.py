"""Content set i (``--content i``): the same scenarios as ``content/`` with a ninth person's
night (a night auditor at a small hotel in Lisbon's Alfama: user, staff, audit tools, schedule,
front office wiki, mail, chat and forms), for blind held-out questions. Same module and
constant names as ``content/``."""
