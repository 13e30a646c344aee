"""Content set j (``--content j``): the same scenarios as ``content/`` with a tenth person's
early morning (a ground handling duty manager at a regional airport, George in the Western
Cape: user, ramp staff, load control tools, schedule, ops wiki, mail, chat and forms), for
blind held-out questions. Same module and constant names as ``content/``."""
