"""The command line as a user meets it: exit codes, and one clear line (or a list) on stderr."""

import json
import os
import sqlite3
import stat

import pytest

from app.cli import import_
from app.cli import main as cli
from db import migrations
from tests.app.exchange.bundle_sample import domain_bundle, write_json


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def command_paths(parser=None, prefix=()):
    """Every command and sub-command the parser knows, as argv prefixes."""
    parser = parser or cli.build_parser()
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from command_paths(sub, (*prefix, name))


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith("rapport ")


@pytest.mark.parametrize("path", [(), *command_paths()], ids=lambda p: " ".join(p) or "rapport")
def test_help_on_every_command_mentions_db(capsys, path):
    with pytest.raises(SystemExit) as stopped:
        cli.main([*path, "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: {' '.join(('rapport', *path))}")
    assert "--db PATH_OR_URL" in out


def test_the_commands_of_the_domain_are_there():
    paths = set(command_paths())
    assert {("import",), ("export",), ("export", "journal")} <= paths


def test_an_unknown_command_is_a_usage_error(capsys):
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert err.startswith("rapport: argument COMMAND: invalid choice: 'frobnicate'")
    assert "Traceback" not in err


def test_a_missing_argument_names_the_command(capsys):
    code, _, err = run(capsys, "import")
    assert (code, err.strip()) == (2, "rapport import: the following arguments are required: FILE")


def test_import_of_a_missing_file_names_the_path(capsys, tmp_path):
    missing = tmp_path / "nowhere.json"
    code, _, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(missing))
    assert (code, err.strip()) == (2, f"rapport: {missing}: no such file")


def test_import_of_an_unsupported_file_type(capsys, tmp_path):
    path = tmp_path / "journal.pdf"
    path.write_text("x")
    code, _, err = run(capsys, "import", str(path), "--db", str(tmp_path / "j.db"))
    assert code == 2
    assert "unsupported file type '.pdf'" in err


def test_a_good_import_prints_one_line_and_exits_zero(capsys, tmp_path):
    write_json(tmp_path / "b.json", domain_bundle())
    code, out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(tmp_path / "b.json"))
    assert (code, err) == (0, "")
    assert out.count("\n") == 1 and out.startswith("imported b.json: users 1") and "interactions 1" in out
    assert stat.S_IMODE(os.stat(tmp_path / "j.db").st_mode) == 0o600


def test_a_bad_bundle_lists_every_problem_and_writes_nothing(capsys, tmp_path):
    data = domain_bundle()
    data["interactions"][0]["sentiment"] = 7
    data["clients"][0]["stagee"] = "x"
    write_json(tmp_path / "bad.json", data)
    db = tmp_path / "j.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(tmp_path / "bad.json"))
    lines = err.splitlines()
    assert code == 2 and out == ""
    assert lines[0] == f"rapport: {tmp_path / 'bad.json'}: 2 problems"
    assert set(lines[1:]) == {"  clients[0].stagee: unknown key (did you mean 'stage'?)",
                              "  interactions[0].sentiment: 7 is outside -2..2"}
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM client").fetchone() == (0,)


def test_a_long_list_of_problems_is_capped(capsys, tmp_path):
    data = domain_bundle()
    data["interactions"] = [{"client": "c1", "occurred_at": "2026-03-01", "channel": "call", "kind": "update",
                             "sentiment": 9} for _ in range(80)]
    del data["feedback"], data["negotiations"]
    write_json(tmp_path / "bad.json", data)
    code, _, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(tmp_path / "bad.json"))
    lines = err.splitlines()
    assert code == 2 and lines[0].endswith("bad.json: 80 problems")
    assert len(lines) == 1 + import_.MAX_LISTED + 1 and lines[-1] == "  ... and 30 more"


def test_invalid_json_is_one_line_with_line_and_column(capsys, tmp_path):
    (tmp_path / "b.json").write_text("{\n  'format': 1\n}")
    code, _, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(tmp_path / "b.json"))
    assert code == 2
    assert err.count("\n") == 1 and "invalid JSON at line 2, column 3" in err


def test_export_journal_round_trips_through_the_command_line(capsys, tmp_path):
    write_json(tmp_path / "b.json", domain_bundle())
    db = str(tmp_path / "j.db")
    assert run(capsys, "--db", db, "import", str(tmp_path / "b.json"))[0] == 0
    code, out, err = run(capsys, "export", "journal", "--format", "bundle", "-o", str(tmp_path / "out.json"),
                         "--db", db)
    assert (code, err) == (0, "")
    assert out.startswith(f"exported to {tmp_path / 'out.json'}: users 1")
    exported = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert exported["clients"][0]["name"] == "Acme LLC"
    # the format follows the extension when --format is left out
    assert run(capsys, "--db", db, "export", "journal", "-o", str(tmp_path / "again.json"))[0] == 0


def test_export_usage_errors(capsys, tmp_path):
    db = str(tmp_path / "j.db")
    code, _, err = run(capsys, "--db", db, "export")
    assert code == 2 and "say what to export" in err
    code, _, err = run(capsys, "--db", db, "export", "journal", "--format", "pdf", "-o", str(tmp_path / "x"))
    assert code == 2 and err.startswith("rapport export journal: --format 'pdf' is not one of")
    code, _, err = run(capsys, "--db", db, "export", "journal", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_the_database_can_come_from_the_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_DB", str(tmp_path / "env.db"))
    assert run(capsys, "export", "journal", "-o", str(tmp_path / "x.json"))[0] == 0
    assert (tmp_path / "env.db").exists()


def test_a_file_that_is_not_a_database_is_exit_two(capsys, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100)
    code, _, err = run(capsys, "--db", str(notes), "export", "journal", "-o", str(tmp_path / "x.json"))
    assert code == 2 and err.count("\n") == 1
    assert str(notes) in err and "not a SQLite database" in err and "nothing in it was changed" in err


def test_a_database_from_a_newer_rapport_is_exit_two(capsys, tmp_path):
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    code, _, err = run(capsys, "--db", str(newer), "export", "journal", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "open it with a newer Rapport" in err


def test_an_unexpected_error_is_exit_one_without_a_traceback(capsys, tmp_path, monkeypatch):
    def broken(path, progress=None):
        raise RuntimeError("boom")

    monkeypatch.setattr("app.exchange.bundle.files.export_bundle", broken)
    code, _, err = run(capsys, "--db", str(tmp_path / "j.db"), "export", "journal", "-o", str(tmp_path / "x.json"))
    assert code == 1
    assert err.startswith("rapport: unexpected error: RuntimeError('boom')") and "Traceback" not in err


def test_export_bundle_is_journal_in_the_bundle_format(capsys, tmp_path):
    write_json(tmp_path / "b.json", domain_bundle())
    db = str(tmp_path / "j.db")
    assert run(capsys, "--db", db, "import", str(tmp_path / "b.json"))[0] == 0
    assert run(capsys, "--db", db, "export", "bundle", "-o", str(tmp_path / "a.bundle"))[0] == 0
    assert run(capsys, "--db", db, "export", "journal", "--format", "bundle", "-o", str(tmp_path / "b.bundle"))[0] == 0
    assert (tmp_path / "a.bundle").read_bytes() == (tmp_path / "b.bundle").read_bytes()
