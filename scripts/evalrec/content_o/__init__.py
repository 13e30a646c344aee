"""Content set o (``--content o``): the same scenarios as ``content/`` with a fifteenth
person's evening (the shift dispatcher at a Bosphorus ferry operator's Kadikoy terminal in
Istanbul, the day before a conference charter and a safety drill, with a lodos gale coming:
user, captains and engineers with near-identical names, a capacity and fares library, a pier
board, a dispatch wiki, mail, chat and forms), for blind held-out questions. Same module and
constant names as ``content/``."""
