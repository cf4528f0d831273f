"""Captured mail is signed by whoever captures it: the person chosen on this computer."""

import pytest

from tests.authors import act_as, signing_author


@pytest.fixture(autouse=True)
def someone_is_chosen(database):
    act_as(signing_author())
