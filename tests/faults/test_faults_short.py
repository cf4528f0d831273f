"""The short fault-injection run of the normal test suite: one trial of each kind, a fixed seed.

The long run (hundreds of trials) is `python -m tests.faults.long_run`; its figures are in the README."""

import random

import pytest

from tests.faults.trials import KINDS, TRIALS, Workbench


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    return Workbench(tmp_path_factory.mktemp("faults"), interactions=600)


@pytest.mark.parametrize("kind", KINDS)
def test_a_kill_or_a_full_disk_breaks_no_promise(bench, kind):
    outcome = TRIALS[kind](bench, random.Random(f"{kind}-16"))
    assert not outcome.failed, outcome
