"""The query benchmark behind ``benchmarks/query.py``.

``vocabulary`` holds the names and templates, ``context`` the per-frame random choices,
``windows`` the window content generators and ``seed`` the real OCR'd lines they can borrow;
``frames`` turns them into frame records and ``corpus`` writes them through
``Store.write_frame``. ``questions`` is the question mix, ``timing`` asks it through one warm
pipeline, ``measures`` and ``report`` turn that into the printed report; ``cli`` parses the
command line.
"""
