"""Content set l (``--content l``): the same scenarios as ``content/`` with a twelfth
person's afternoon (the operations coordinator of a small trekking agency in Thamel,
Kathmandu, the day before two groups fly to Lukla: user, guides and porters, permit and
acclimatisation tools, a trail board, an operations wiki, mail, chat and forms), for blind
held-out questions. Same module and constant names as ``content/``."""
