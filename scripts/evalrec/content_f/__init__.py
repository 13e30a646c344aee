"""Content set f (``--content f``): the same scenarios as ``content/`` with a sixth person's
day (a lab technician in a university cell biology lab in Montreal: user, projects, freezers,
instrument bookings, pages, mail, chat and forms), for blind held-out questions. Same module
and constant names as ``content/``."""
