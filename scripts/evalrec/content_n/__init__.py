"""Content set n (``--content n``): the same scenarios as ``content/`` with a fourteenth
person's late evening (the registrar of a small museum in Intramuros, Manila, on the night an
outgoing textile loan is crated for Singapore: user, preparators and conservators, loan and
climate tools, a crate board, a collections wiki, mail, chat and forms), on a small laptop
screen, for blind held-out questions. Same module and constant names as ``content/``."""
