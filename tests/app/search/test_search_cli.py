"""`rapport search TEXT [--client NAME_OR_ID] [--json] [--limit N]`."""

import json

from app.cli.main import main


def run(capsys, db_path, *args):
    code = main(["search", *args, "--db", str(db_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_hits_with_the_words_marked(capsys, db_path, make_client, make_interaction):
    make_interaction(make_client("Acme"), summary="Обсуждали рефинансирование кредита")
    make_interaction(make_client("Globex"), summary="Quarterly review")
    code, out, _ = run(capsys, db_path, "рефинансировании")
    assert code == 0
    assert "Acme" in out and "[рефинансирование]" in out
    assert "Globex" not in out
    assert out.splitlines()[-1] == "1 of 1 matching entries, best first"


def test_a_common_word_is_counted_up_to_a_thousand(capsys, db_path, monkeypatch, make_client, make_interaction):
    monkeypatch.setattr("app.search.engine.COUNT_LIMIT", 3)
    client = make_client("Acme")
    for n in range(5):
        make_interaction(client, summary=f"Рахунок {n}")
    code, out, _ = run(capsys, db_path, "рахунку", "--limit", "2")
    assert code == 0
    assert out.splitlines()[-1] == "2 of more than 3 matching entries, the best of the newest first"


def test_json_output_is_an_array_of_hits(capsys, db_path, make_client, make_interaction):
    entry = make_interaction(make_client("Acme"), summary="Late delivery", notes="Second late delivery this month")
    code, out, _ = run(capsys, db_path, "delivery", "--json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["interaction_id"] == entry.id and hit["client"] == "Acme"
    assert hit["summary_snippet"] == "Late [delivery]"
    assert hit["occurred_at"] == "2026-03-01T10:30:00"
    assert set(hit) == {"interaction_id", "client_id", "client", "occurred_at", "kind", "summary_snippet",
                        "notes_snippet", "rank"}


def test_client_narrows_the_search_and_an_unknown_client_is_named(capsys, db_path, make_client, make_interaction):
    acme, globex = make_client("Acme"), make_client("Globex")
    make_interaction(acme, summary="Invoice")
    make_interaction(globex, summary="Invoice")
    code, out, _ = run(capsys, db_path, "invoice", "--client", "globex", "--json")
    assert code == 0 and [h["client"] for h in json.loads(out)] == ["Globex"]
    code, _, err = run(capsys, db_path, "invoice", "--client", "Initech")
    assert code == 2 and "Initech" in err


def test_empty_text_is_a_usage_error_and_nothing_found_is_said(capsys, db_path):
    code, _, err = run(capsys, db_path, "  ")
    assert code == 2 and "TEXT is empty" in err
    code, out, _ = run(capsys, db_path, 'NEAR("(*')
    assert code == 0 and "nothing matches" in out
