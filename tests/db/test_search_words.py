"""The words the search index keeps: one form and one lemma per word of any text, in order."""

from hypothesis import given, settings
from hypothesis import strategies as st

from db.search_words import fold, index_lines, nfc, words

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(["Счёт", "зв'язку", "звʼязок", "п’ять", "`", "'", "café", "e\u0301", "ё", "Ё",
                              "кто-то", "4.2", "ǅ", "ß", "İ", "ﬁ", "²", "٣", "日本", " ", "\n", "-", "_", "ʼʼ",
                              "РАБОТАЮЩИХ", "профессиональных"]), max_size=20).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_every_word_of_any_text_has_one_form_and_one_lemma(text):
    forms, lemmas = index_lines(text)
    count = len(words(nfc(text)))
    assert len(forms.split()) == len(lemmas.split()) == count
    assert all(token.isalnum() for token in (forms + " " + lemmas).split())


def test_folding_treats_yo_apostrophes_case_and_latin_accents_alike():
    assert fold("СЧЁТ") == fold("счет")
    assert {fold(w) for w in ("зв'язок", "звʼязок", "зв’язок", "зв`язок")} == {"зв'язок"}
    assert fold("Résumé") == "resume"
    assert fold("й") == "й" and fold("ї") == "ї"  # Cyrillic letters keep their marks
