import json
import os
import stat
import threading

import pytest

from app.common.errors import RapportError, ValidationError
from app.common.progress import Cancelled
from app.exchange.bundle import files as bundle
from app.exchange.bundle.importer import BULK_INDEX_FROM
from app.journal import records as journal
from db import search_index
from db.connection import close_database, make_database, open_database
from db.models import (
    ALL_MODELS,
    Client,
    Feedback,
    Interaction,
    Negotiation,
    NegotiationSession,
    StageChange,
    Tag,
    User,
    db,
)
from tests.app.exchange.bundle_sample import (
    NOT_IN_BUNDLES,
    domain_bundle,
    fill_every_table,
    row_counts,
    write_json,
)
from tests.authors import firm_owner, signing_author


def import_problems(data) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        bundle.import_data(data)
    return [str(p) for p in caught.value.problems]


def test_the_domain_example_imports_with_its_links(tmp_path):
    write_json(tmp_path / "b.json", domain_bundle())
    report = bundle.import_bundle(tmp_path / "b.json")
    assert report.added["clients"] == 1 and report.added["interactions"] == 1
    client = Client.get(Client.name == "Acme LLC")
    assert client.account_manager.name == "Olena K."
    interaction = Interaction.get()
    assert (interaction.client, interaction.contact.name, interaction.sentiment) == (client, "Ivan P.", -1)
    assert Feedback.get().interaction == interaction
    assert NegotiationSession.get().interaction == interaction
    assert [t.name for t in Tag.select()] == ["hear"]
    assert "clients 1" in report.summary() and "interactions 1" in report.summary()


def test_round_trip_of_a_journal_with_every_table_filled(tmp_path):
    fill_every_table()
    before = row_counts()
    assert all(before.values()), [name for name, n in before.items() if not n]
    first = tmp_path / "first.json"
    bundle.export_bundle(first)
    close_database()
    open_database(tmp_path / "empty.db")
    bundle.import_bundle(first)
    second = tmp_path / "second.json"
    bundle.export_bundle(second)
    assert json.loads(second.read_text("utf-8")) == json.loads(first.read_text("utf-8"))
    assert second.read_bytes() == first.read_bytes()
    assert row_counts() == before


def test_export_is_the_same_file_twice_and_keeps_what_services_wrote(tmp_path):
    fill_every_table()
    bundle.export_bundle(tmp_path / "a.json")
    bundle.export_bundle(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    acme = next(c for c in data["clients"] if c["name"] == "Acme LLC")
    assert acme["ref"] == f"c{Client.get(Client.name == 'Acme LLC').id}"
    assert [(s["from_stage"], s["to_stage"]) for s in data["stage_changes"] if s["client"] == acme["ref"]] == [
        (None, "prospect"), ("prospect", "qualified"), ("qualified", "contracted")]
    assert data["settings"]["work_start"] == "08:30"
    assert data["qualifications"][-1]["criteria_met"] == [p["ref"] for p in data["portrait"]]


def test_import_into_a_journal_with_records_reuses_names(tmp_path, make_user, make_client):
    make_client("Someone else")
    olena = make_user("Olena K.")
    acme = make_client("Acme LLC", stage="prospect")
    report = bundle.import_data(domain_bundle(), by=firm_owner())
    assert Client.select().where(Client.name == "Acme LLC").count() == 1
    assert User.select().where(User.name == "Olena K.").count() == 1 and User.select().count() == 2  # + its owner
    assert report.matched == {"users": 1, "clients": 1}
    assert Interaction.get().client_id == acme.id and Interaction.get().author_id == olena.id
    assert Client.get_by_id(acme.id).stage == "prospect"  # the journal's own record is kept
    # A second import adds the journal again, but never a second client of the same name.
    bundle.import_data(domain_bundle(), by=firm_owner())
    assert Client.select().where(Client.name == "Acme LLC").count() == 1
    assert Interaction.select().count() == 2


def test_every_problem_is_reported_at_once_with_its_path():
    data = domain_bundle()
    data["clients"][0]["stagee"] = "contracted"
    data["interactions"][0]["sentiment"] = 7
    data["interactions"].append({"client": "c9", "occurred_at": "yesterday", "channel": "fax", "kind": "update"})
    data["contacts"].append({"ref": "p1", "client": "c1", "name": "Twin"})
    data["feedback"][0]["severity"] = "huge"
    data["negotiations"][0]["history"][0]["status"] = "maybe"
    problems = import_problems(data)
    assert "clients[0].stagee: unknown key (did you mean 'stage'?)" in problems
    assert "interactions[0].sentiment: 7 is outside -2..2" in problems
    assert "interactions[1].client: 'c9' is not a client ref in this bundle" in problems
    assert any(p.startswith("interactions[1].occurred_at: 'yesterday' is not a date") for p in problems)
    assert any(p.startswith("interactions[1].channel: 'fax' is not one of call") for p in problems)
    assert "contacts[1].ref: 'p1' is already the ref of contacts[0]" in problems
    assert any(p.startswith("feedback[0].severity: 'huge'") for p in problems)
    assert any(p.startswith("negotiations[0].history[0].status: 'maybe'") for p in problems)
    assert row_counts() == dict.fromkeys(row_counts(), 0)


def test_references_must_stay_within_one_client():
    data = domain_bundle()
    data["clients"].append({"ref": "c2", "name": "Other"})
    data["interactions"].append({"ref": "i2", "client": "c2", "contact": "p1", "occurred_at": "2026-03-01",
                                 "channel": "call", "kind": "update"})
    data["negotiations"][0]["sessions"] = ["i1", "i2"]
    problems = import_problems(data)
    assert "interactions[1].contact: 'p1' belongs to client 'c1', not 'c2'" in problems
    assert "negotiations[0].sessions[1]: 'i2' belongs to client 'c2', not 'c1'" in problems


def test_required_keys_and_duplicates_are_named():
    data = {"format": "rapport-bundle", "version": 1,
            "clients": [{"name": "A"}, {"ref": "c2", "name": "A"}, {"ref": "c3"}],
            "interactions": [{"client": "c2"}]}
    problems = import_problems(data)
    assert any(p.startswith("clients[0].ref: is required") for p in problems)
    assert "clients[1].name: 'A' is also the name of clients[0]" in problems
    assert "clients[2].name: is required" in problems
    for key in ("occurred_at", "channel", "kind"):
        assert any(p.startswith(f"interactions[0].{key}: is required") for p in problems), key


def test_negotiation_status_must_be_the_last_of_its_history():
    data = domain_bundle()
    data["negotiations"][0]["status"] = "agreed"
    assert import_problems(data) == ["negotiations[0].status: 'agreed' is not the last status of its history ('open')"]
    del data["negotiations"][0]["status"]
    data["negotiations"][0]["history"].append({"at": "2026-03-09T10:00:00", "status": "deadlock"})
    bundle.import_data(data)
    assert Negotiation.get().status == "deadlock"


@pytest.mark.parametrize("data, expected", [
    ([1, 2], "(top level): is a list, not a JSON object"),
    ({"format": "something", "clients": 5}, "format: 'something' is not 'rapport-bundle': this is not a Rapport bundle"),
    ({"format": "rapport-bundle", "version": 2}, "version: 2 is not supported (this Rapport reads version 1)"),
    ({"format": "rapport-bundle", "version": 1, "clients": {}}, "clients: is an object, not a list"),
    ({"format": "rapport-bundle", "version": 1, "clients": [3]}, "clients[0]: is a number, not an object"),
    ({"format": "rapport-bundle", "version": 1, "extra": 1}, "extra: unknown key"),
])
def test_a_file_that_is_not_a_bundle_is_named_as_such(data, expected):
    assert import_problems(data) == [expected]


def test_unreadable_files_name_the_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rapport-bundle",\n "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(RapportError, match=r"bad.json: invalid JSON at line 2, column 15"):
        bundle.import_bundle(bad)
    bad.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(RapportError, match="not UTF-8 text"):
        bundle.import_bundle(bad)
    with pytest.raises(RapportError, match="no such file"):
        bundle.import_bundle(tmp_path / "missing.json")


def test_a_bundle_with_only_clients_records_their_first_stage():
    bundle.import_data({"format": "rapport-bundle", "version": 1,
                        "users": [{"ref": "u", "name": "Olena", "role": "account_manager"}],
                        "clients": [{"ref": "x", "name": "Solo", "stage": "contracted"}],
                        "qualifications": [{"client": "x", "decided_by": "u", "decision": "interesting"}]})
    assert [(s.from_stage, s.to_stage) for s in StageChange.select()] == [(None, "contracted")]


def big_bundle(count: int) -> dict:
    data = domain_bundle()
    data["interactions"] = [{"ref": f"i{n}", "client": "c1", "occurred_at": "2026-03-01T10:00:00",
                             "channel": "call", "kind": "update", "summary": f"call {n}", "tags": ["like"]}
                            for n in range(1, count + 1)]
    return data


def test_a_cancel_part_way_leaves_nothing_written():
    calls = []

    def progress(done, total, message):
        calls.append(message)
        if message == "writing interactions":
            raise Cancelled()

    with pytest.raises(Cancelled):
        bundle.import_data(big_bundle(5000), progress=progress)
    assert "writing users" in calls
    assert row_counts() == dict.fromkeys(row_counts(), 0)


def test_a_large_bundle_is_written_in_chunks_with_progress():
    seen = []
    bundle.import_data(big_bundle(5000), progress=lambda done, total, message: seen.append((done, total)))
    assert Interaction.select().count() == 5000
    assert seen[-1][0] == seen[-1][1]
    assert len({done for done, _ in seen}) > 3


def test_export_writes_nothing_when_cancelled(tmp_path, make_interaction):
    for _ in range(3):
        make_interaction()

    def cancel(done, total, message):
        raise Cancelled()

    with pytest.raises(Cancelled):
        bundle.export_bundle(tmp_path / "out.json", progress=cancel)
    assert list(tmp_path.glob("out*")) == [] and list(tmp_path.glob(".out*")) == []


def test_every_model_is_carried_by_the_bundle():
    from app.exchange.bundle.exporter import SECTION_RECORDS

    carried = {model for model, _ in SECTION_RECORDS.values()}
    nested = {"InteractionTag", "FeedbackContact", "NegotiationEvent", "NegotiationPosition", "Concession",
              "NegotiationSession", "NegotiationAction", "Setting"}
    assert {m.__name__ for m in ALL_MODELS} - {m.__name__ for m in carried} == nested | NOT_IN_BUNDLES



def test_a_large_import_leaves_the_search_index_complete_and_in_step():
    def found(word: str) -> int:
        sql = f"SELECT count(*) FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH ?"
        return db.execute_sql(sql, (word,)).fetchone()[0]

    data = big_bundle(BULK_INDEX_FROM)
    data["interactions"][-1]["notes"] = "рефинансирование"
    bundle.import_data(data)
    assert found("call") == BULK_INDEX_FROM and found("рефинансирование") == 1
    client = Client.get(Client.name == "Acme LLC")
    journal.log_interaction(author=signing_author(), client=client.id, occurred_at="2026-03-01", channel="call", kind="update",
                            summary="afterwards")
    assert found("afterwards") == 1


def test_another_writer_waits_for_an_import_instead_of_failing(db_path):
    """A second app writing while a long import holds the journal waits; it never sees 'locked'."""
    errors, threads = [], []

    def other_app():
        other = make_database(db_path)
        try:
            with other.atomic():
                other.execute_sql("INSERT INTO user (name, role, active, created_at) "
                                  "VALUES ('Other app', 'staff', 1, '2026-03-01 10:00:00')")
        except Exception as exc:
            errors.append(exc)
        finally:
            other.close()

    def progress(done, total, message):
        if message == "writing interactions" and not threads:
            threads.append(threading.Thread(target=other_app))
            threads[0].start()

    bundle.import_data(big_bundle(3000), progress=progress)
    threads[0].join()
    assert errors == []
    assert {u.name for u in User.select()} == {"Olena K.", "Other app"}
    assert Interaction.select().count() == 3000


def test_an_exported_journal_is_as_private_as_the_database(tmp_path, make_client):
    make_client()
    bundle.export_bundle(tmp_path / "out.json")
    assert stat.S_IMODE(os.stat(tmp_path / "out.json").st_mode) == 0o600


def test_text_the_database_cannot_store_is_a_named_problem(tmp_path):
    (tmp_path / "b.json").write_text(
        '{"format": "rapport-bundle", "version": 1, "clients": [{"ref": "c1", "name": "A\\ud800"}],'
        ' "settings": {"k\\ud800": 1}}', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        bundle.import_bundle(tmp_path / "b.json")
    assert [str(p) for p in caught.value.problems] == [
        "clients[0].name: contains a character that is not valid Unicode",
        "settings.k\ud800: is not a setting name (1 to 100 characters)"]
