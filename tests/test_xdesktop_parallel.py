"""Desktops started at the same moment (recordings run five scenarios in parallel) each get a
display of their own: a probe answered by another process's Xvfb is not taken as ours."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.xdesktop import XDesktop, _lock_pid, missing_x_tools

pytestmark = pytest.mark.skipif(bool(missing_x_tools()), reason="X tools missing")


def test_parallel_desktops_get_their_own_displays() -> None:
    desks = [XDesktop(window_manager=False) for _ in range(4)]
    with ThreadPoolExecutor(len(desks)) as pool:
        list(pool.map(lambda d: d.start(), desks))
    try:
        numbers = [d.number for d in desks]
        assert len(set(numbers)) == len(desks), numbers
        for d in desks:
            assert d.xvfb is not None and d.xvfb.poll() is None
            assert _lock_pid(d.number) == d.xvfb.pid
    finally:
        for d in desks:
            d.close()
