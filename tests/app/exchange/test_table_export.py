"""Exporting the journal as CSV and XLSX: what a spreadsheet user opens."""

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.progress import Cancelled
from app.exchange.table.exporter import (
    COLUMNS,
    FORMULA_STARTS,
    JournalFilter,
    export_csv,
    export_xlsx,
    neutralise,
    suggested_name,
)
from app.exchange.table.reading import _unneutralise


@pytest.fixture
def journal_with_formula(make_client, make_interaction, make_user):
    author = make_user("Олена")
    client = make_client("ТОВ «Ромашка»")
    make_interaction(client, author=author.id, summary='=HYPERLINK("http://evil","click")', sentiment=-1,
                     effort=4, tags=["hear", "мітка"], follow_up_due="2026-03-05", kind="complaint")
    other = make_client("Acme")
    make_interaction(other, summary="@SUM(A1)", occurred_at=dt.datetime(2026, 4, 1, 9, 0), tags=["like"])
    return client, other


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read UTF-8 Cyrillic"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_is_rfc4180_with_bom_and_cyrillic(tmp_path, journal_with_formula):
    path = tmp_path / "journal.csv"
    assert export_csv(path) == 2
    assert b"\r\n" in path.read_bytes()
    rows = read_csv(path)
    assert rows[0] == list(COLUMNS)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["client"] == "ТОВ «Ромашка»"
    assert first["author"] == "Олена"
    assert first["sentiment"] == "-1"  # a plain number stays a number
    assert first["tags"] == "hear, мітка"
    assert first["occurred_at"] == "2026-03-01T10:30:00"


def test_formula_cells_are_neutralised_in_csv_and_xlsx(tmp_path, journal_with_formula):
    from openpyxl import load_workbook

    export_csv(tmp_path / "j.csv")
    summaries = [row[COLUMNS.index("summary")] for row in read_csv(tmp_path / "j.csv")[1:]]
    assert summaries == ["'=HYPERLINK(\"http://evil\",\"click\")", "'@SUM(A1)"]
    export_xlsx(tmp_path / "j.xlsx")
    sheet = load_workbook(tmp_path / "j.xlsx").active
    cell = sheet.cell(row=2, column=COLUMNS.index("summary") + 1)
    assert cell.data_type == "s" and cell.value.startswith("'=")


def test_xlsx_has_typed_dates_numbers_and_a_frozen_header(tmp_path, journal_with_formula):
    from openpyxl import load_workbook

    export_xlsx(tmp_path / "j.xlsx")
    sheet = load_workbook(tmp_path / "j.xlsx").active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    row = {name: cell.value for name, cell in zip(header, sheet[2], strict=True)}
    assert row["occurred_at"] == dt.datetime(2026, 3, 1, 10, 30)
    assert row["follow_up_due"] == dt.datetime(2026, 3, 5)
    assert row["sentiment"] == -1 and isinstance(row["sentiment"], int)
    assert row["effort"] == 4


def test_a_filter_exports_only_what_it_shows(tmp_path, journal_with_formula):
    client, other = journal_with_formula
    assert export_csv(tmp_path / "a.csv", JournalFilter(client_ids=[other.id])) == 1
    assert export_csv(tmp_path / "b.csv", JournalFilter(tags=["hear"])) == 1
    assert export_csv(tmp_path / "c.csv", JournalFilter(date_from=dt.date(2026, 3, 2))) == 1
    assert export_csv(tmp_path / "d.csv", JournalFilter(date_to=dt.date(2026, 3, 1), kinds=["complaint"])) == 1
    assert read_csv(tmp_path / "a.csv")[1][0] == "Acme"


@pytest.mark.parametrize("exporter", [export_csv, export_xlsx])
def test_a_cancelled_export_leaves_no_file(tmp_path, journal_with_formula, exporter):
    target = tmp_path / "out" / "journal.file"
    target.parent.mkdir()

    def cancel(done, total, message):
        if done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        exporter(target, progress=cancel)
    assert list(target.parent.iterdir()) == []


def test_suggested_names_are_safe():
    name = suggested_name('Бриф: "ТОВ/Ромашка"?', "pdf", dt.date(2026, 3, 1))
    assert name == "Бриф_ _ТОВ_Ромашка__ 2026-03-01.pdf"


@given(st.text(max_size=40))
def test_neutralised_text_never_starts_a_formula_and_reads_back(text):
    shown = neutralise(text)
    if shown.startswith(FORMULA_STARTS):
        float(shown)  # only a plain number may keep its sign
    assert _unneutralise(shown) == text or (text.startswith("'") and text[1:2] in "".join(FORMULA_STARTS))
