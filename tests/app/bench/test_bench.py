"""`rapport bench` end to end at a tiny size: every measurement is there (no timing asserted)."""

import json
from pathlib import Path

from app.cli.main import main

NAMES = {
    "timeline: open the busiest client, first 200 rows",
    "search 'рефинансирование', best 50",
    "search 'late invoice', best 50",
    "search 'доставки', best 50",
    "search the most common word, best 50",
    "search 'поставка' in one client",
    "firm health (every client, with its 30-day trend)",
    "dashboard data (every client's score, trend, 12-week history, charts)",
    "dashboard data, CPU seconds",
    "dashboard data against its own SQL replayed",
    "import 1,000 CSV rows",
    "import 1,000 CSV rows with a profile",
    "capture 200 .eml messages",
    "capture 200 .eml messages, raw with the capture's parser",
    "app start to a shown window",
    "longest GUI event, scrolling the timeline",
    "longest GUI event, scrolling the client list",
    "longest GUI event, scrolling search results",
    "longest GUI event, scrolling Today",
    "longest GUI event, scrolling the portfolio",
    "longest GUI event in the GUI thread's processor time, any list",
    "memory (peak RSS of the app)",
}
SCROLLED = {name for name in NAMES if name.startswith("longest GUI event")}


def test_bench_measures_everything_against_raw_sqlite(capsys, tmp_path):
    target = tmp_path / "bench.db"
    code = main(["bench", "--clients", "50", "--interactions", "2000", "--json", "--db", str(target)])
    out, _ = capsys.readouterr()
    assert code == 0
    report = json.loads(out)
    assert report["data"]["clients"] == 50 and report["data"]["interactions"] == 2000
    assert report["machine"]["cpus"] >= 1
    rows = {m["name"]: m for m in report["measurements"]}
    assert set(rows) == NAMES
    for name in NAMES - SCROLLED:
        assert rows[name]["app"] > 0 and rows[name]["raw"] > 0, (name, rows[name]["note"])
        assert rows[name]["ratio"] > 0
    for name in SCROLLED:  # every list scrolled, during the dashboard's background work
        assert rows[name]["app"] > 0, (name, rows[name]["note"])
        assert rows[name]["goal"] == "<= 16 ms"
    assert "dashboard's data" in rows["longest GUI event, scrolling the client list"]["note"]
    assert rows["memory (peak RSS of the app)"]["goal"] == "< 250 MB"
    assert target.exists()


def test_bench_measures_again_on_a_journal_it_built(capsys, tmp_path):
    target = tmp_path / "bench.db"
    assert main(["bench", "--clients", "20", "--interactions", "400", "--db", str(target), "--only", "timeline"]) == 0
    capsys.readouterr()
    code = main(["bench", "--db", str(target), "--reuse", "--only", "dashboard", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["data"]["clients"] == 20 and report["data"]["interactions"] == 400
    assert [m["name"] for m in report["measurements"]] == [
        "dashboard data (every client's score, trend, 12-week history, charts)", "dashboard data, CPU seconds",
        "dashboard data against its own SQL replayed"]
    floor = report["measurements"][0]
    assert floor["goal"] == "<= 1.5x floor" and "every row fetched" in floor["note"]
    assert main(["bench", "--db", str(target), "--reuse", "--only", "speed"]) == 2
    assert "unknown measurement speed" in capsys.readouterr().err
    assert main(["bench", "--db", str(tmp_path / "none.db"), "--reuse"]) == 2


def test_bench_prints_a_table_and_leaves_the_users_journal_alone(capsys, tmp_path):
    from app.common.paths import database_target

    code = main(["bench", "--clients", "20", "--interactions", "300", "--no-gui"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "| measurement | Rapport | raw | ratio | goal | met |" in out
    assert "20 clients, 300 interactions" in out
    assert not Path(database_target(None)).exists()


def test_bench_refuses_an_existing_file_and_too_few_interactions(capsys, db_path):
    assert main(["bench", "--db", str(db_path), "--no-gui"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["bench", "--clients", "10", "--interactions", "5", "--no-gui"]) == 2


def test_bench_times_a_bundled_program_against_this_installation(capsys, tmp_path, monkeypatch):
    import os
    import sys

    from app.bench import gui_runs

    monkeypatch.setattr(gui_runs, "STARTS", 1)
    # Stands in for dist/rapport/rapport: like the bundle, it runs `-m ui.bench.gui` itself.
    program = tmp_path / "rapport"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    program.chmod(0o755)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    code = main(["bench", "--clients", "5", "--interactions", "50", "--json", "--bundle", str(program)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    rows = {m["name"]: m for m in report["measurements"]}
    assert set(rows) == {"bundled app start to a shown window (CPU)",
                         "bundled app start to a shown window (wall clock)"}
    for row in rows.values():
        assert row["app"] > 0 and row["raw"] > 0 and str(program) in row["note"]


def test_bench_names_a_bundle_that_is_not_a_program(capsys, tmp_path):
    assert main(["bench", "--bundle", str(tmp_path / "nowhere"), "--no-gui"]) == 2
    err = capsys.readouterr().err
    assert "--bundle:" in err and str(tmp_path / "nowhere") in err
