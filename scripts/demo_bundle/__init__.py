"""The demo bundle generator behind ``scripts/make_demo_bundle.py``.

``scenes`` lays out the demo day (which windows each frame shows, and where) from the content
modules ``terminal``, ``browser``, ``chat`` and ``agenda`` (the calendar), all built on the
``layout`` model; ``page`` and ``style`` turn a frame into HTML; ``chromium`` lays it out and
screenshots it; ``truth`` checks the measured layout and records the ground truth; ``bundle``
writes the bundle files; ``render`` takes each frame through all of that and ``cli`` parses
the command line.
"""
