"""Malformed CSV and XLSX: never a crash, nothing partial, every bad row named by its line."""

import csv
import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common.errors import RapportError, ValidationError
from app.exchange.table.importer import import_table
from app.journal.validation import clean_text
from db.models import Client, Contact, Interaction, InteractionTag, User

# New clients come in contracted: the importer is sales (seed 003's two-stage relationship).
pytestmark = pytest.mark.usefixtures("sales_importer")

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def counts() -> tuple[int, ...]:
    return tuple(m.select().count() for m in (Client, User, Contact, Interaction, InteractionTag))


def attempt(path) -> ValidationError | None:
    """Import; a failure must be a named, fixable error that wrote nothing."""
    before = counts()
    try:
        import_table(path)
    except ValidationError as exc:
        assert counts() == before
        return exc
    except RapportError:
        assert counts() == before
        return None
    return None


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_as_csv_never_crash(tmp_path, raw):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(b"client,date,channel,kind,summary\n" + raw)
    attempt(path)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_as_xlsx_never_crash(tmp_path, raw):
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(raw)
    attempt(path)


text = st.text(st.characters(blacklist_characters="\r\x00", blacklist_categories=("Cs",)), min_size=1,
               max_size=30).filter(lambda s: clean_text(s).strip() and not s.startswith("'"))
good_row = st.tuples(st.sampled_from(["Acme", "ТОВ «Ромашка»", "acme"]),
                     st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)).map(lambda d: d.strftime("%d.%m.%Y")),
                     st.sampled_from(["call", "звонок", "дзвінок", "Email"]),
                     st.sampled_from(["update", "скарга", "жалоба", "praise"]), text, st.sampled_from(["", "-2", "+1"]))
bad_row = st.one_of(
    good_row.map(lambda r: (r[0], "31.02.2026", *r[2:])),
    good_row.map(lambda r: (r[0], r[1], "pigeon", *r[3:])),
    good_row.map(lambda r: (*r[:5], "very bad")),
    good_row.map(lambda r: ("", *r[1:])),
)


@FUZZ
@given(st.lists(st.tuples(st.booleans(), good_row, bad_row), min_size=1, max_size=12))
def test_every_bad_row_is_named_with_its_line(tmp_path, picks):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["client", "date", "channel", "kind", "summary", "sentiment"])
    line, bad_lines = 2, set()
    for is_bad, good, bad in picks:
        row = bad if is_bad else good
        if is_bad:
            bad_lines.add(f"line {line}")
        chunk = io.StringIO(newline="")
        csv.writer(chunk, lineterminator="\r\n").writerow(row)
        writer.writerow(row)
        line += chunk.getvalue().count("\n")
    path = tmp_path / "rows.csv"
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    failure = attempt(path)
    if bad_lines:
        assert failure is not None
        assert {p.where for p in failure.problems} == bad_lines
    else:
        assert failure is None
        Interaction.delete().execute()  # the next example starts from an empty journal again


cell = st.one_of(st.none(), st.integers(-10, 10), st.floats(-1e6, 1e6, allow_nan=False), st.booleans(),
                 st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
                 st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2040, 1, 1)))


@FUZZ
@given(st.lists(st.lists(cell, min_size=5, max_size=7), min_size=1, max_size=6))
def test_odd_cells_in_xlsx_never_crash_or_half_write(tmp_path, rows):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["client", "date", "channel", "kind", "summary", "sentiment", "effort"])
    for row in rows:
        book.active.append(row)
    path = tmp_path / "odd.xlsx"
    book.save(path)
    if attempt(path) is None:
        Interaction.delete().execute()
