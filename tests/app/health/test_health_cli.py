"""`rapport health`: the JSON of shared/DOMAIN.md, a readable table, named bad input."""

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli.health import format_table
from app.cli.main import main
from app.health.score import firm_health
from app.journal import records as journal
from tests.authors import signing_author

AS_OF = "2026-06-15"
KEYS = {"client_id", "client", "score", "band", "trend_30d", "warning", "reasons"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def small_firm(make_client):
    calm = make_client("Calm Ltd")
    journal.log_interaction(author=signing_author(), client=calm.id, occurred_at="2026-06-10T10:00", channel="call", kind="update",
                            summary="Fine", sentiment=1)
    cross = make_client("Cross & Co", contract_end="2026-07-01")
    journal.log_interaction(author=signing_author(), client=cross.id, occurred_at="2026-06-12T10:00", channel="email", kind="update",
                            summary="Told them to wait", tags=["dismissive"])
    make_client("Someday", stage="prospect")
    return calm, cross


def test_json_is_exactly_the_documented_shape(make_client, db_path, capsys):
    calm, cross = small_firm(make_client)
    code, out, err = run(capsys, "health", "--as-of", AS_OF, "--by-occurrence", "--json", "--db", str(db_path))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [item["client"] for item in data] == ["Cross & Co", "Calm Ltd"]  # worst first, no prospect
    for item in data:
        assert set(item) == KEYS
        assert all(set(r) == {"factor", "points", "detail"} for r in item["reasons"])
        assert item["score"] == max(0, min(100, 100 + sum(r["points"] for r in item["reasons"])))
    worst = data[0]
    assert worst["client_id"] == cross.id and worst["band"] == "at_risk" and worst["warning"] is True
    assert {r["factor"] for r in worst["reasons"]} == {"contract_ending", "stance_drift"}


def test_the_table_reads_like_a_report(make_client, db_path, capsys):
    small_firm(make_client)
    code, out, _ = run(capsys, "health", "--as-of", AS_OF, "--by-occurrence", "--db", str(db_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Health on {AS_OF} (2 clients, worst first)"
    assert "Cross & Co" in lines[3] and "at_risk" in lines[3] and "WARNING" in lines[3]
    assert any("-30  the contract ends in 16 days (2026-07-01) with no renewal talk" in line for line in lines)
    assert any("Since 2026-05-16 the score fell from 70 to 45. Why now: stance drift -25. What would clear it: "
               "coach the team" in line for line in lines)
    assert lines[-1] == "1 early warning."


def test_a_bad_date_is_named_with_exit_2(db_path, capsys):
    code, out, err = run(capsys, "health", "--as-of", "15/06/2026", "--db", str(db_path))
    assert code == 2 and out == ""
    assert "'15/06/2026'" in err and "--as-of" in err


def test_an_empty_journal_says_so(db_path, capsys):
    code, out, _ = run(capsys, "health", "--as-of", AS_OF, "--by-occurrence", "--db", str(db_path))
    assert (code, out) == (0, f"No contracted clients on {AS_OF}.\n")


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_as_of_parsing_never_crashes(text):
    from app.cli.health import parse_as_of
    from app.cli.main import UsageError

    try:
        assert isinstance(parse_as_of(text), dt.date)
    except UsageError as exc:
        assert repr(text) in str(exc)


def test_every_score_is_its_reasons_over_the_demo_firm():
    from app.demo.sample_firm import build_demo

    today = dt.date(2026, 6, 15)
    build_demo(seed=3, today=today)
    result = firm_health(today)
    assert len(result) > 5
    assert {h.band for h in result} - {"healthy"}, "the demo firm has souring relationships"
    for health in result:
        assert health.score == max(0, min(100, 100 + sum(r.points for r in health.reasons)))
        assert all(r.points < 0 and r.detail for r in health.reasons)
    assert format_table(result, today).count("\n") > len(result)
