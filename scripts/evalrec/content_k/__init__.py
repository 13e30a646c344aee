"""Content set k (``--content k``): the same scenarios as ``content/`` with an eleventh
person's evening (a night sub-editor on a regional daily in Wellington, New Zealand: user,
newsroom, copy-checking tools, page plan, intranet, mail, chat and forms), for blind
held-out questions. Same module and constant names as ``content/``."""
