"""The fault that kept PySide6-Essentials 6.12.0 out (docs/adr/0006): under Python 3.11 every
binding call that returns nothing dropped one reference to None, so a session of ordinary use ended
in `Fatal Python error: none_dealloc`. pyproject.toml excludes that release only; this test fails
on any release that has the fault again, long before a clerk's session would abort."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QPoint

CALLS = 2000

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None is immortal from Python 3.12: its count never moves")


def _none_references_lost(call) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_a_call_that_returns_nothing_keeps_the_reference_to_none():
    holder = QObject()
    lost = _none_references_lost(lambda: holder.setObjectName("x"))
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} calls of setObjectName"


def test_a_value_type_setter_keeps_the_reference_to_none():
    point = QPoint()
    lost = _none_references_lost(lambda: point.setX(1))
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} calls of QPoint.setX"
