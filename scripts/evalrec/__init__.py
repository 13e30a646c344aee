"""The evaluation recorder behind ``scripts/record_eval_bundles.py``.

``cli`` parses the command line; ``recorder`` drives one scenario on an X desktop (frames,
window facts, terminals, truth.json); ``scenarios`` holds the recording steps and ``content``
what the programs show (``content_b``: a second set, chosen by ``--content``, see
``content_sets``); ``truth`` reads a truth.json back, ``questions`` turns it into
question suites and ``suites`` writes them. ``sgr`` parses terminal colours.
"""
