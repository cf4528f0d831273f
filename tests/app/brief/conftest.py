"""Briefs measure and paint their text with Qt (QtGui only): each test here gets the test run's
QApplication first, so nothing makes a bare QGuiApplication that a later widget test would trip on."""

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
