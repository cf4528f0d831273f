"""Captured mail is signed by whoever captures it: the person chosen on this computer."""

import pytest

from app.common import preferences
from tests.authors import signing_author


@pytest.fixture(autouse=True)
def someone_is_chosen(database):
    preferences.set("current_user", signing_author())
