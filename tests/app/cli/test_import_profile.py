"""`rapport import FILE --profile P.json` as a user meets it: the encoding named, problems listed, exit 2."""

import json

from app.cli import main as cli


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def salesforce_export(path):
    path.write_bytes("Subject,Date,Account Name,Assigned To,Call Type,Comments\r\n"
                     "Renewal call,10/08/2015,Nestlé,Ann Smith,Inbound,Reunión\r\n"
                     "Follow-up,10/25/2015,Nestlé,Ann Smith,Outbound,\r\n".encode("latin-1"))
    return path


def test_a_profile_imports_an_export_and_the_line_says_the_encoding(capsys, tmp_path, db_path, sales_importer):
    data = salesforce_export(tmp_path / "Task.csv")
    (tmp_path / "sf.json").write_text(json.dumps({"constants": {"channel": "call", "kind": "update"}}))
    db = str(db_path)  # where this computer's user (sales) is known
    code, out, err = run(capsys, "--db", db, "import", str(data), "--profile", str(tmp_path / "sf.json"))
    assert (code, err) == (0, "")
    assert out.startswith("imported 2 interactions (read as ISO-8859-1); 1 new client(s): Nestlé")
    code, out, _err = run(capsys, "--db", db, "import", str(data), "--profile", str(tmp_path / "sf.json"))
    assert code == 0 and "2 already imported before, skipped" in out


def test_without_a_constant_the_missing_fields_are_named(capsys, tmp_path):
    data = salesforce_export(tmp_path / "Task.csv")
    code, out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(data))
    assert code == 2 and out == ""
    assert "no column holds 'channel'" in err and "no column holds 'kind'" in err and "constant" in err


def test_a_broken_profile_is_named_with_its_key(capsys, tmp_path):
    data = salesforce_export(tmp_path / "Task.csv")
    (tmp_path / "bad.json").write_text(json.dumps({"date_order": "dym", "bad_rows": "maybe"}))
    code, _out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(data), "--profile",
                          str(tmp_path / "bad.json"))
    assert code == 2
    assert "bad.json.date_order: 'dym' is not one of dmy, mdy, ymd" in err
    assert "bad.json.bad_rows: 'maybe' is not one of refuse, skip" in err
    (tmp_path / "broken.json").write_text("{\"constants\": ")
    code, _out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(data), "--profile",
                          str(tmp_path / "broken.json"))
    assert code == 2 and "line 1: not valid JSON" in err


def test_a_profile_for_a_bundle_is_refused(capsys, tmp_path):
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "p.json").write_text("{}")
    code, _out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(tmp_path / "b.json"), "--profile",
                          str(tmp_path / "p.json"))
    assert code == 2 and "--profile applies to table files" in err


def test_equally_plausible_encodings_are_refused_with_the_choice_to_make(capsys, tmp_path):
    data = tmp_path / "south.csv"
    data.write_bytes("Client,Date,Channel,Kind,Summary\nЮг,2024-01-02,call,update,x\n".encode("cp1251"))
    code, _out, err = run(capsys, "--db", str(tmp_path / "j.db"), "import", str(data))
    assert code == 2 and "equally well" in err and "Windows-1251" in err and '"encoding"' in err


def test_skipped_rows_are_counted_and_written_beside_the_file(capsys, tmp_path, db_path, sales_importer):
    data = tmp_path / "calls.csv"
    data.write_text("Client,Date,Channel,Kind,Summary\nAcme,2024-01-02,call,update,x\n"
                    "Orphan,,call,update,y\nAcme,2024-01-03,fax machine,update,z\n", encoding="utf-8")
    (tmp_path / "skip.json").write_text(json.dumps({"bad_rows": "skip"}))
    code, out, _err = run(capsys, "--db", str(db_path), "import", str(data), "--profile",
                          str(tmp_path / "skip.json"))
    assert code == 0
    assert "imported 1 interaction" in out and f"2 bad rows skipped, listed in {tmp_path / 'calls.rejected.csv'}" in out
