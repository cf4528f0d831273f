"""Full-text search: word parts in Russian, Ukrainian and English, hostile input, the index in step."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal import records as journal
from app.search.engine import search, to_html, to_plain
from app.search.query import match_expression
from db.models import Interaction
from tests.authors import firm_owner


def found(text, **filters) -> set[int]:
    return {hit.interaction_id for hit in search(text, **filters)}


@pytest.fixture
def entries(make_client, make_interaction):
    acme, globex = make_client("Acme"), make_client("Globex")
    return {
        "ru": make_interaction(acme, summary="Обсуждали кредит",
                               notes="Клиент просит о рефинансировании до конца года."),
        "uk": make_interaction(acme, summary="Обговорили рефінансування боргу", kind="negotiation"),
        "en": make_interaction(globex, summary="Late DELIVERY of the spring order", tags=["hear"]),
        "other": make_interaction(globex, summary="Quarterly review", notes="Всё спокойно"),
    }


@pytest.mark.parametrize("text", ["рефинансирование", "РЕФИНАНСИРОВАНИЕ", "рефинансировании", "Рефинансированию",
                                  "рефинансированиям"])
def test_another_form_of_a_russian_word_finds_the_entry(entries, text):
    assert found(text) == {entries["ru"].id}


@pytest.mark.parametrize("text", ["рефінансування", "РЕФІНАНСУВАННІ", "боргів", "борг"])
def test_ukrainian_words_are_found_by_other_endings_and_case(entries, text):
    assert found(text) == {entries["uk"].id}


@pytest.mark.parametrize("text", ["delivery", "deliveries", "Delivered", "late order", "SPRING"])
def test_english_is_found_whatever_the_case_and_ending(entries, text):
    assert found(text) == {entries["en"].id}


def test_every_word_must_match_and_unknown_words_find_nothing(entries):
    assert found("рефинансирование кредит") == {entries["ru"].id}
    assert found("рефинансирование delivery") == set()
    assert found("zebra") == set()


def test_quoted_phrase_or_and_exclusion_keep_their_meaning(entries):
    assert found('"spring order"') == {entries["en"].id}
    assert found('"order spring"') == set()
    assert found("delivery OR борг") == {entries["en"].id, entries["uk"].id}
    assert found("review -спокойно") == set()


def test_hits_carry_the_client_and_mark_the_matched_words(entries):
    [hit] = search("рефинансирование")
    assert (hit.client, hit.kind, hit.interaction_id) == ("Acme", "update", entries["ru"].id)
    assert to_plain(hit.notes_snippet) == "Клиент просит о [рефинансировании] до конца года."
    assert to_plain(hit.summary_snippet) == "Обсуждали кредит"
    assert "<b>рефинансировании</b>" in to_html(hit.notes_snippet)


def test_snippets_are_escaped_for_rich_text(make_interaction):
    make_interaction(summary="<script>alert(1)</script> & invoice")
    [hit] = search("invoice")
    assert to_html(hit.summary_snippet) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>invoice</b>"


def test_a_match_in_the_summary_ranks_above_one_in_the_notes(make_interaction):
    in_notes = make_interaction(summary="Call", notes="We talked about the invoice and other matters at length")
    in_summary = make_interaction(summary="Invoice questions")
    assert [h.interaction_id for h in search("invoice")] == [in_summary.id, in_notes.id]


def test_filters_by_client_kind_tag_author_and_dates(entries, make_user, make_interaction):
    acme = entries["ru"].client
    author = make_user("Olena")
    late = make_interaction(acme, summary="Рефинансирование, второй раунд", author=author.id,
                            occurred_at=dt.datetime(2026, 5, 2, 9, 0))
    assert found("рефинансирование", client_id=acme.id) == {entries["ru"].id, late.id}
    assert found("рефинансирование", client_id=entries["en"].client.id) == set()
    assert found("рефінансування", kind="negotiation") == {entries["uk"].id}
    assert found("рефінансування", kind="complaint") == set()
    assert found("delivery", tag="hear") == {entries["en"].id}
    assert found("delivery", tag="like") == set()
    assert found("рефинансирование", author_id=author.id) == {late.id}
    assert found("рефинансирование", date_from=dt.date(2026, 5, 1)) == {late.id}
    assert found("рефинансирование", date_to=dt.date(2026, 5, 1)) == {entries["ru"].id}
    assert found("рефинансирование", date_from=dt.date(2026, 5, 2), date_to=dt.date(2026, 5, 2)) == {late.id}


def test_results_are_paged(make_client, make_interaction):
    client = make_client()
    ids = {make_interaction(client, summary=f"Invoice {n}").id for n in range(7)}
    pages = [search("invoice", limit=3, offset=offset) for offset in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert {h.interaction_id for p in pages for h in p} == ids


def test_the_index_follows_edits_and_deletes(entries):
    entry = entries["en"]
    journal.edit_interaction(entry.id, summary="Early shipment", notes="Рефинансирование обсудим позже", by=firm_owner())
    assert found("delivery") == set()
    assert found("shipment") == {entry.id}
    assert found("рефинансирование") == {entries["ru"].id, entry.id}
    journal.mark_follow_up_done(entry.id, by=firm_owner())  # a change that does not touch the text
    assert found("shipment") == {entry.id}
    journal.delete_interaction(entry.id, by=firm_owner())
    assert found("shipment") == set()
    journal.delete_client(entries["ru"].client.id, with_journal=True, by=firm_owner())
    assert found("рефинансирование") == set()


def test_the_index_follows_bulk_writes_that_bypass_the_services(entries):
    client = entries["en"].client
    Interaction.insert_many([
        {"client": client.id, "occurred_at": dt.datetime(2026, 4, 1, 9, n), "channel": "email", "kind": "update",
         "summary": f"Претензия по отгрузке {n}"} for n in range(3)]).execute()
    assert len(found("претензия отгрузки")) == 3
    Interaction.update(summary="Закрыто").where(Interaction.summary.startswith("Претензия")).execute()
    assert found("претензия") == set()
    assert len(found("закрыто")) == 3


hostile = st.one_of(
    st.text(),
    st.lists(st.sampled_from(['"', "'", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "^", ":", "-", "+",
                              "{", "}", "summary:", "notes:", "\x00", "рефинансирование", "a", " ", "\\", "%",
                              "_", "💥", "é", "NOT NOT", "OR OR", "рефин", "deliv"]), max_size=12).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
def test_no_text_makes_search_fail(entries, text):
    hits = search(text, tag="hear", kind="update", limit=5)
    assert isinstance(hits, list)
    assert isinstance(search(text, limit=5, typing=True), list)  # as typed into the search box


def test_text_with_nothing_to_find_finds_nothing(entries):
    for text in ("", "   ", '"', "()", "*", "-", "AND OR", "\x00"):
        assert search(text) == []
        assert match_expression(text) is None or search(text) == []


def test_a_word_does_not_find_another_word_that_starts_alike(make_interaction):
    centre = make_interaction(summary="Сервисный центр")
    prices = make_interaction(summary="Новые цены")
    assert found("цена") == {prices.id}
    assert found("центр") == {centre.id}


def test_rows_imported_from_a_table_are_found(tmp_path, make_client):
    from app.exchange.table.importer import import_table

    make_client("Acme")
    path = tmp_path / "journal.csv"
    path.write_text("client,occurred_at,channel,kind,summary,notes\n"
                    "Acme,2026-03-01T10:00,call,update,Рефинансирование кредита,\n"
                    "Acme,2026-03-02T10:00,email,update,Late delivery,Пришла претензия\n", encoding="utf-8")
    import_table(path, by=firm_owner())
    assert len(search("рефинансированию")) == 1
    assert len(search("претензии")) == 1


@pytest.mark.parametrize("typed, written", [
    ("покупателям", "Покупатель недоволен"), ("продажам", "План продаж"), ("клієнтам", "Клієнт просить знижку"),
    ("профессиональных", "Профессиональный подход"), ("хотеть", "Клиент хочет скидку"),
    ("працюють", "Треба працювати разом"), ("рахунок", "Немає рахунку"), ("рахунку", "Надіслали рахунок"),
    ("поставок", "Поставка задерживается"), ("задержек", "Без задержки"), ("шва", "Шов разошёлся"),
    ("счет", "Счёт оплачен"), ("счёт", "Выставили счета"), ("еще", "Ещё раз позвонить"),
    ("звʼязок", "Немає зв'язку"), ("пам'ятку", "Надіслали памʼятку"), ("зв`язок", "Зв’язок відновлено"),
    ("cafe", "Lunch at the Café"), ("RESUME", "Sent the résumé"), ("delivered", "Late delivery"),
])
def test_every_form_finds_every_other_form(make_interaction, typed, written):
    entry = make_interaction(summary=written)
    make_interaction(summary="Совсем другое дело")
    assert found(typed) == {entry.id}


@pytest.mark.parametrize("typed, written", [
    ("работать", "Обсудили работу"), ("заботой", "Он заботится о клиентах"), ("цена", "Сервисный центр"),
    ("хотеть", "Хотя и поздно"),
])
def test_a_word_of_another_part_of_speech_is_not_found(make_interaction, typed, written):
    make_interaction(summary=written)
    assert found(typed) == set()


def test_the_snippet_marks_the_words_as_they_were_written(make_interaction):
    make_interaction(summary="Выставили СЧЁТ", notes="Клієнт просить надіслати зв’язку рахунків до п'ятниці.")
    [hit] = search("счет рахунок")
    assert to_plain(hit.summary_snippet) == "Выставили [СЧЁТ]"
    assert to_plain(hit.notes_snippet) == "Клієнт просить надіслати зв’язку [рахунків] до п'ятниці."


def test_a_quoted_word_finds_that_form_only_folded(make_interaction):
    plural = make_interaction(summary="Выставили счета")
    single = make_interaction(summary="Выставили счёт")
    assert found("счет") == {plural.id, single.id}
    assert found('"счета"') == {plural.id}
    assert found('"СЧЁТ"') == {single.id}
    assert found('"счета" OR "счёт"') == {plural.id, single.id}
    [hit] = search('"счета"')
    assert to_plain(hit.summary_snippet) == "Выставили [счета]"


def test_a_phrase_is_its_words_in_order_in_any_form(make_interaction):
    entry = make_interaction(summary="Просим об оплате счёта до пятницы")
    assert found('"оплата счетов"') == {entry.id}
    assert found('"счет оплата"') == set()
    assert found('summary:"оплата счета"') == {entry.id} and found('notes:"оплата счета"') == set()


def test_a_long_note_shows_the_words_around_the_match(make_interaction):
    words = " ".join(f"слово{n}" for n in range(60))
    make_interaction(summary="Звонок", notes=f"{words} рефинансирование {words}")
    [hit] = search("рефинансированию")
    snippet = to_plain(hit.notes_snippet)
    assert snippet.startswith("…") and snippet.endswith("…") and "[рефинансирование]" in snippet
    assert len(snippet.split()) <= 25


def test_many_matches_are_ranked_a_window_of_the_newest_at_a_time(monkeypatch, make_client, make_interaction):
    from app.search import engine

    monkeypatch.setattr(engine, "WINDOW", 4)
    client = make_client()
    entries = [make_interaction(client, summary="Счёт" if n % 3 else "Счёт, счёт, счёт") for n in range(10)]
    pages = [search("счет", limit=3, offset=offset) for offset in range(0, 12, 3)]
    ids = [hit.interaction_id for page in pages for hit in page]
    assert sorted(ids) == sorted(e.id for e in entries) and len(ids) == 10
    newest = sorted((e.id for e in entries), reverse=True)
    assert set(ids[:4]) == set(newest[:4]) and set(ids[4:8]) == set(newest[4:8])
    assert ids[0] == entries[9].id  # the newest window's best: the summary that says it three times
    assert engine.count_matches("счет", limit=5) == 6  # "more than 5"
    assert engine.count_matches("счет") == 10


def test_the_index_follows_a_change_of_text_and_a_deleted_entry_leaves_nothing(make_interaction, database):
    entry = make_interaction(summary="Счёт выставлен")
    journal.edit_interaction(entry.id, summary="Договір підписано", by=firm_owner())
    assert found("счет") == set() and found("договору") == {entry.id}
    journal.delete_interaction(entry.id, by=firm_owner())
    assert found("договору") == set()
    database.execute_sql("INSERT INTO interaction_words(interaction_words, rank) VALUES ('integrity-check', 1)")
