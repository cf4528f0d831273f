"""Checking many rows reuses what it learnt about a cell, yet says exactly what checking each row alone says."""

import datetime as dt
import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange.table.importer import UnreadableFile, import_table
from app.exchange.table.rows import ORDER, RowChecker, check_row
from app.journal.validation import FieldErrors

# Cells as a table gives them: the usual forms, near misses, other languages, spaces, numbers from XLSX.
CELLS = {
    "client": st.sampled_from(["Acme", " Acme ", "", "   ", "x" * 301, "Ромашка", "a\x00b"]),
    "contact": st.sampled_from(["", "Ivan", "i" * 201]),
    "author": st.sampled_from(["", "Olena", None]),
    "occurred_at": st.sampled_from(["2026-03-01", "2026-03-01T10:30:00", " 2026-03-01 10:30 ", "01.03.2026 10:30",
                                    "2026-03-01T10:30:00Z", "2026-03-01T10:30:00+02:00", "2026-03-01T10:30:00.5",
                                    "yesterday", "", " ", None, dt.datetime(2026, 3, 1, 9), dt.date(2026, 3, 1)]),
    "time": st.sampled_from([None, "", "10:30", "25:00", dt.time(9, 15)]),
    "channel": st.sampled_from(["call", "Звонок", " email ", "fax", "", None, 3.0]),
    "kind": st.sampled_from(["update", "жалоба", "nonsense", ""]),
    "direction": st.sampled_from(["", "in", "out", "sideways"]),
    "sentiment": st.sampled_from(["", "-2", "+2", "3", "1.5", "x", None, 2.0, 1, True]),
    "effort": st.sampled_from(["", "1", "5", "0", " 4 "]),
    "summary": st.sampled_from(["", "Called", "  Звонок  ", "s" * 2001, "nul\x00", "\ud800"]),
    "notes": st.sampled_from(["", "one\ntwo", "n" * 50]),
    "tags": st.sampled_from(["", "vip", "hear; like", "слышать, vip, vip", "bad tag!", ",,"]),
    "follow_up_due": st.sampled_from(["", "2026-03-09", "09.03.2026", "soon", dt.date(2026, 3, 9)]),
    "follow_up_done": st.sampled_from(["", "2026-03-10", "never"]),
}
rows = st.lists(st.fixed_dictionaries(CELLS), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(rows)
def test_remembered_cells_give_the_same_rows_and_messages(table):
    checker = RowChecker()
    for values in table + table:  # the second time round, every cell is one it has seen
        alone, remembered = FieldErrors(), FieldErrors()
        expected = check_row(dict(values), alone)
        assert checker.check(dict(values), remembered) == expected
        assert [(p.where, p.message) for p in remembered.problems] == [(p.where, p.message) for p in alone.problems]


def test_each_row_gets_its_own_list_of_tags():
    checker = RowChecker()
    first = checker.check({"client": "Acme", "occurred_at": "2026-03-01", "channel": "call", "kind": "update",
                           "summary": "x", "tags": "vip"}, FieldErrors())
    first["tags"].append("changed")
    second = checker.check({"client": "Acme", "occurred_at": "2026-03-02", "channel": "call", "kind": "update",
                            "summary": "y", "tags": "vip"}, FieldErrors())
    assert second["tags"] == ["vip"] and list(second) == list(ORDER)


def test_the_cycle_collector_runs_again_after_an_import_even_a_failed_one(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\n\n")
    with pytest.raises(UnreadableFile):
        import_table(path)
    assert gc.isenabled()
