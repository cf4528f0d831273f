"""Every string of the interface is translated into Russian and Ukrainian, and the .qm files are current.

When this fails after you added strings: run `python -m ui.shell.i18n_tool update`, translate what
`python -m ui.shell.i18n_tool missing` lists (Qt Linguist, or `python -m ui.shell.i18n_tool fill FILE.json`), commit the .ts and .qm.
"""

import shutil
import xml.etree.ElementTree as ET

import pytest

from ui.shell import i18n, i18n_tool


def entries(path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _message in i18n_tool.messages(ET.parse(path))}


def listing(items) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(items))


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_no_translation_is_unfinished_or_empty(language):
    missing = i18n_tool.unfinished(i18n.ts_path(language))
    assert not missing, (f"{len(missing)} string(s) not translated into {language} "
                         f"({i18n.ts_path(language).name}):\n{listing(missing)}")


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_the_ts_file_has_every_string_of_the_sources(language, tmp_path):
    copy = tmp_path / i18n.ts_path(language).name
    shutil.copy(i18n.ts_path(language), copy)
    i18n_tool.run_lupdate(copy, language)
    new = entries(copy) - entries(i18n.ts_path(language))
    assert not new, (f"{len(new)} string(s) in ui/ are missing from {i18n.ts_path(language).name} "
                     f"(run `python -m ui.shell.i18n_tool update`, then translate them):\n{listing(new)}")


@pytest.mark.parametrize("language", ("ru", "uk"))
def test_plurals_have_the_three_slavic_forms(language):
    short = [(context, source) for context, source, message in i18n_tool.messages(ET.parse(i18n.ts_path(language)))
             if message.get("numerus") == "yes" and len(message.find("translation").findall("numerusform")) != 3]
    assert not short, f"plural strings without 3 forms in {language}:\n{listing(short)}"


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_the_compiled_qm_matches_its_ts(language, tmp_path):
    fresh = tmp_path / "fresh.qm"
    i18n_tool.run_lrelease(i18n.ts_path(language), fresh)
    assert i18n.qm_path(language).exists(), f"{i18n.qm_path(language)} is missing: run `python -m ui.shell.i18n_tool update`"
    assert fresh.read_bytes() == i18n.qm_path(language).read_bytes(), (
        f"{i18n.qm_path(language).name} is older than its .ts: run `python -m ui.shell.i18n_tool update`")


def test_russian_is_shown_when_chosen(qtbot):
    from PySide6.QtCore import QCoreApplication

    from ui.shell import labels

    app = QCoreApplication.instance()
    try:
        assert i18n.load_translators(app, "ru") == "ru"
        assert labels.label("stage", "contracted") == "по договору"
        assert QCoreApplication.translate("Today", "every %n day(s)", "", 5) == "раз в 5 дней"
    finally:
        i18n.load_translators(app, "en")
    assert labels.label("stage", "contracted") == "contracted"
