"""The health weights grouped by factor, and what a change would do to today's bands."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.health import settings as health_settings
from app.health.weights_effect import band_shift
from app.journal import records as journal
from tests.authors import signing_author


def test_every_setting_belongs_to_exactly_one_factor_with_a_sentence():
    keys = [key for factor in health_settings.FACTORS for key in factor.settings]
    assert sorted(keys) == sorted(s.key for s in health_settings.SETTINGS)
    assert all(f.title and f.sentence.endswith(".") for f in health_settings.FACTORS)


def test_a_heavier_weight_moves_the_clients_it_touches_and_nothing_is_saved(make_client):
    silent = make_client("Silent Ltd", contact_every_days=7)
    journal.log_interaction(client=silent.id, occurred_at=dt.datetime.now() - dt.timedelta(days=40),
                            channel="call", kind="update", summary="Last call", author=signing_author())
    talked = make_client("Talked Ltd", contact_every_days=7)
    journal.log_interaction(client=talked.id, occurred_at=dt.datetime.now() - dt.timedelta(days=1),
                            channel="call", kind="update", summary="Yesterday", author=signing_author())
    none = band_shift({})
    assert (none.clients, none.changed) == (2, 0)
    shift = band_shift({"silence_points": 100, "silence_cap": 100})
    assert (shift.worse, shift.better) == (1, 0)
    assert [client for client, _old, _new in shift.moved] == ["Silent Ltd"]
    assert health_settings.load()["silence_points"] == health_settings.DEFAULTS["silence_points"]


def test_a_number_out_of_range_is_refused():
    with pytest.raises(ValidationError):
        band_shift({"silence_points": 1000})
