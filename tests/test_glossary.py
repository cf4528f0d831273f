"""docs/glossary.md fixes one word per concept; the translations, the brief and the import use those words."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.authors import firm_owner
from ui.shell import i18n, i18n_tool

GLOSSARY = Path(__file__).resolve().parents[1] / "docs" / "glossary.md"


def glossary_tables() -> dict[str, list[list[str]]]:
    """The rows of each section's table, by section title, cells stripped of their backticks."""
    tables: dict[str, list[list[str]]] = {}
    section = ""
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            tables.setdefault(section, []).append(cells)
    return {name: rows[1:] for name, rows in tables.items()}  # without the header row


def translations(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, English source) -> the translated forms (one, or a plural's three)."""
    out = {}
    for context, source, message in i18n_tool.messages(ET.parse(i18n.ts_path(language))):
        node = message.find("translation")
        out[(context, source)] = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
    return out


TABLES = glossary_tables()
COLUMN = {"ru": 3, "uk": 4}


@pytest.mark.parametrize("language", ("ru", "uk"))
def test_the_vocabulary_labels_are_the_glossarys_words(language):
    from ui.shell.labels import _LABELS, _SENTIMENT_TEXT

    words = translations(language)
    rows = TABLES["Vocabulary"]
    english = {source for values in _LABELS.values() for source in values.values()} | set(_SENTIMENT_TEXT.values())
    assert {row[2] for row in rows} == english, "every vocabulary word of the interface has a row, and no other"
    wrong = [(row[2], words[("Labels", row[2])][0], row[COLUMN[language]]) for row in rows
             if words[("Labels", row[2])][0] != row[COLUMN[language]]]
    assert not wrong, f"{language}: (English, translation, glossary) that differ: {wrong}"


@pytest.mark.parametrize("language", ("ru", "uk"))
def test_fields_are_named_by_the_glossarys_labels(language):
    from app.common.field_labels import FIELD_LABELS

    words = translations(language)
    rows = {row[0]: row for row in TABLES["Fields"]}
    assert set(rows) == set(FIELD_LABELS)
    wrong = [(field, words[("Fields", label)][0], rows[field][COLUMN[language] - 1])
             for field, label in FIELD_LABELS.items()
             if rows[field][1] != label or words[("Fields", label)][0] != rows[field][COLUMN[language] - 1]]
    assert not wrong, f"{language}: (field, translation, glossary) that differ: {wrong}"


@pytest.mark.parametrize("language", ("ru", "uk"))
def test_every_text_naming_a_concept_uses_its_word(language):
    stem_column = {"ru": 4, "uk": 5}[language]
    wrong = []
    for (context, source), forms in translations(language).items():
        prose = re.sub(r"\brapport(?: [a-z]+)*", "", source or "")  # a command's name is no concept's word
        for row in TABLES["Concepts"]:
            if re.search(row[6], prose, re.IGNORECASE) and not all(
                    row[stem_column] in form.lower().replace("&", "") for form in forms):
                wrong.append(f"[{context}] {source!r} -> {forms[0]!r} (needs {row[stem_column]!r}: {row[1]})")
    assert not wrong, f"{language}: translations that use another word than the glossary's:\n" + "\n".join(wrong)


def test_the_table_import_reads_every_vocabulary_word():
    from app.exchange.table.vocabulary import stored_word

    kinds = {"channel": "channel", "interaction kind": "kind", "direction": "direction", "tag": "tags"}
    unread = [(row[3 + i], row[1]) for row in TABLES["Vocabulary"] if row[0] in kinds
              for i in (0, 1) if stored_word(kinds[row[0]], row[3 + i]) != row[1]]
    assert not unread, f"(word, stored value) the import does not read: {unread}"


def test_the_brief_uses_the_glossarys_words_on_the_command_line(tmp_path, make_client, make_user):
    """A Russian brief written by `rapport export brief --lang ru` says отзыв and подтверждено, not обращение."""
    import datetime as dt

    from app.brief.formats import markdown_text
    from app.brief.gather import brief_data
    from app.brief.render import lay_out
    from app.cli.brief import brief_wording
    from app.common import wording
    from app.hear.feedback import acknowledge_feedback, open_feedback

    owner = make_user("Olena")
    client = make_client("Acme")
    item = open_feedback(client.id, "Late delivery", owner=owner.id, by=firm_owner())
    acknowledge_feedback(item.id, by=owner.id)
    try:
        text = markdown_text(lay_out(brief_data(client.id, as_of=dt.date.today(), language="ru"), brief_wording("ru")))
    finally:
        wording.use_language()
    assert "Открытые отзывы" in text and "подтверждено" in text
    assert "обращени" not in text.lower() and "принято" not in text


# A client's "Name" is its название, a person's their имя; "Role" is a user's role or a contact's post;
# a playbook entry's "Position" is its number; the brief spells the manager out in full.
SEVERAL_MEANINGS = {"Name", "Role", "Position", "Account manager"}


@pytest.mark.parametrize("language", ("ru", "uk"))
def test_a_field_is_called_the_same_on_every_screen(language):
    """A column, a form label and a message all call a field what the glossary's Fields table calls it."""
    def bare(text: str) -> str:
        return re.sub(r"[&:]", "", text or "").strip()

    words = translations(language)
    fields = {row[1]: row[COLUMN[language] - 1] for row in TABLES["Fields"]}
    wrong = [f"[{context}] {source!r} -> {forms[0]!r} (glossary: {fields[bare(source)]!r})"
             for (context, source), forms in words.items()
             if bare(source) in fields and bare(source) not in SEVERAL_MEANINGS
             and bare(forms[0]).lower() != fields[bare(source)].lower()]
    assert not wrong, f"{language}: one field, several names:\n" + "\n".join(wrong)
