"""A word still being typed (the search box, typing=True): the last bare word also finds the
words that begin with it; everything else reads as it always did."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli.main import main
from app.search import engine
from app.search.engine import count_matches, search, to_html, to_plain
from app.search.query import MIN_PREFIX, Word, match_expression, parse


def found(text, typing=True, **filters) -> set[int]:
    return {hit.interaction_id for hit in search(text, typing=typing, **filters)}


@pytest.fixture
def entries(make_client, make_interaction):
    acme, globex = make_client("Acme"), make_client("Globex")
    return {
        "ru": make_interaction(acme, summary="Обсуждали кредит",
                               notes="Клиент просит о рефинансировании до конца года."),
        "uk": make_interaction(acme, summary="Клієнт просить знижку", notes="Немає зв’язку з бухгалтерією"),
        "en": make_interaction(globex, summary="Late DELIVERY of the spring order", notes="Sent the résumé"),
        "supply": make_interaction(globex, summary="Поставка задерживается", notes="Зелёный свет от склада"),
    }


@pytest.mark.parametrize("typed, key", [
    ("рефин", "ru"), ("рефинанс", "ru"), ("РЕФИНАНСИРОВ", "ru"), ("постав", "supply"), ("задерж", "supply"),
    ("клієн", "uk"), ("Клієнт", "uk"), ("бухгалт", "uk"), ("deliv", "en"), ("DELIVE", "en"), ("sprin", "en"),
])
def test_a_word_still_being_typed_finds_the_words_that_begin_with_it(entries, typed, key):
    assert found(typed) == {entries[key].id}
    assert count_matches(typed, typing=True) == 1


@pytest.mark.parametrize("typed, key", [
    ("звʼяз", "uk"), ("зв'яз", "uk"), ("ЗВ`ЯЗК", "uk"), ("resu", "en"), ("résu", "en"), ("зеле", "supply"),
    ("зелё", "supply"),
])
def test_the_beginning_is_folded_as_every_word_is(entries, typed, key):
    assert found(typed) == {entries[key].id}


def test_without_typing_a_beginning_finds_nothing_as_before(entries):
    for typed in ("рефин", "клієн", "deliv", "постав"):
        assert found(typed, typing=False) == set()
        assert count_matches(typed) == 0
        assert match_expression(typed) == match_expression(typed, typing=False)


def test_a_space_after_the_word_makes_it_a_whole_word_again(entries):
    assert found("рефин") == {entries["ru"].id}
    assert found("рефин ") == set()
    assert found("deliv\t") == set()
    assert found("delivery ") == {entries["en"].id}


def test_only_the_last_word_is_a_beginning(entries):
    assert found("кредит рефин") == {entries["ru"].id}
    assert found("рефин кредит") == set()  # «рефин» is no word of the entry
    assert found("рефин кред") == set()


def test_a_beginning_needs_enough_letters(entries):
    short = "рефин"[:MIN_PREFIX - 1]
    assert found(short) == set()
    assert found("рефин"[:MIN_PREFIX]) == {entries["ru"].id}


def test_quoted_excluded_or_and_field_forms_keep_their_meaning(entries):
    assert found('"рефин"') == set()
    assert found('"spring order"') == {entries["en"].id}
    assert found('"spring ord"') == set()  # a phrase is whole words
    assert found("кредит -рефин") == {entries["ru"].id}  # excluded: the whole word only
    assert found("кредит -рефинансировании") == set()
    assert found("zebra OR рефин") == {entries["ru"].id}
    assert found("рефин OR deliv") == {entries["en"].id}  # only the last word is still being typed
    assert found("notes:рефин") == {entries["ru"].id}
    assert found("summary:рефин") == set()
    assert found("summary:обсужд") == {entries["ru"].id}
    assert found("(zebra OR рефин)") == set()  # a closed parenthesis ends the word
    assert found("(zebra OR рефин") == {entries["ru"].id}


@pytest.mark.parametrize("text", ['"spring order"', "delivery OR бор", "review -спокойно", '"счета"',
                                  'notes:"оплата счета"', "(счет OR рефин)", "рефин ", "кредит NOT", "кредит -рефин",
                                  "рефин OR", "e-ma", "реф"])
def test_text_that_does_not_end_in_a_long_bare_word_reads_as_always(text):
    assert parse(text, typing=True) == parse(text)


def test_the_whole_word_that_begins_so_is_marked(entries):
    [hit] = search("рефин", typing=True)
    assert to_plain(hit.notes_snippet) == "Клиент просит о [рефинансировании] до конца года."
    assert "<b>рефинансировании</b>" in to_html(hit.notes_snippet)
    [hit] = search("зв'яз", typing=True)
    assert to_plain(hit.notes_snippet) == "Немає [зв’язку] з бухгалтерією"
    [hit] = search("late deliv", typing=True)
    assert to_plain(hit.summary_snippet) == "[Late] [DELIVERY] of the spring order"


def test_the_command_line_reads_whole_words_as_before(capsys, db_path, entries):
    assert main(["search", "рефин", "--db", str(db_path)]) == 0
    assert "nothing matches 'рефин'" in capsys.readouterr().out
    assert main(["search", "рефинансирование", "--db", str(db_path)]) == 0
    assert "[рефинансировании]" in capsys.readouterr().out


def test_beginnings_are_ranked_paged_and_counted(monkeypatch, make_client, make_interaction):
    monkeypatch.setattr(engine, "WINDOW", 4)
    client = make_client()
    entries = [make_interaction(client, summary="Поставка" if n % 3 else "Поставка, поставки, поставщик")
               for n in range(10)]
    make_interaction(client, summary="Другое дело")
    pages = [search("постав", limit=3, offset=offset, typing=True) for offset in range(0, 12, 3)]
    ids = [hit.interaction_id for page in pages for hit in page]
    assert sorted(ids) == sorted(e.id for e in entries)
    assert ids[0] == entries[9].id  # the newest window's best: three words that begin so
    assert count_matches("постав", limit=5, typing=True) == 6  # "more than 5"
    assert count_matches("постав", typing=True) == 10


def test_a_beginning_ranks_like_a_word_in_the_summary_above_the_notes(make_interaction):
    in_notes = make_interaction(summary="Call", notes="We talked about the invoice and other matters at length")
    in_summary = make_interaction(summary="Invoices questions")
    assert [h.interaction_id for h in search("invoi", typing=True)] == [in_summary.id, in_notes.id]


hostile = st.one_of(
    st.text(),
    st.lists(st.sampled_from(['"', "'", "(", ")", "AND", "OR", "NOT", "*", "^", ":", "-", "+", "{", "}", "summary:",
                              "notes:", "\x00", "рефин", "рефинансирование", "abc", "a", " ", "\\", "%", "_", "💥",
                              "é", "зв'", "ʼ", "NOT NOT", "OR OR", "\t"]), max_size=12).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(text=hostile)
def test_no_text_makes_the_typing_query_fail_and_a_space_ends_the_word(text):
    node = parse(text, typing=True)
    assert parse(text + " ", typing=True) == parse(text + " ")
    if node is not None:
        assert match_expression(text, typing=True)
    if isinstance(node, Word) and node.prefix:
        assert len(node.prefix) >= MIN_PREFIX and not text[-1].isspace()
