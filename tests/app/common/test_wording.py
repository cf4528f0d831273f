"""Messages made in app/ reach the user in their language, naming fields by their on-screen labels."""

import ast
import csv
import datetime as dt
from pathlib import Path

import pytest

from app.common import wording
from app.common.errors import Problem, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message, Number
from app.journal import records as journal
from tests.authors import firm_owner, signing_author

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def in_language():
    """Switch the messages to a language as the command line does (its .qm files); English afterwards."""
    from app.cli.language import use_cli_language

    yield use_cli_language
    wording.use_language()


def test_a_message_is_english_text_that_knows_its_template():
    message = Message(QT_TRANSLATE_NOOP("Messages", "{value} is outside {low}..{high}"), value=7, low=-2, high=2)
    assert message == "7 is outside -2..2" and isinstance(message, str)
    assert message.template == "{value} is outside {low}..{high}"
    assert Message("%n contact(s)", n=1) == "1 contact" and Message("%n contact(s)", n=3) == "3 contacts"


def test_a_message_is_shown_through_the_installed_translation_and_locale():
    try:
        wording.use_language(lambda context, text, n=-1: {"{value} is below {minimum}": "{value} меньше {minimum}"}
                             .get(text, text), number=lambda value, decimals=None: str(value).replace(".", ","))
        problem = Problem("contract_value", Message("{value} is below {minimum}", value="'-5'", minimum=0.5))
        assert problem.text == "'-5' меньше 0,5"
        assert problem.message == "'-5' is below 0.5"  # the English stays for logs
    finally:
        wording.use_language()


def test_a_problem_names_the_field_as_the_form_labels_it():
    with pytest.raises(ValidationError) as caught:
        journal.log_interaction(client=None, occurred_at="soon", channel="call", kind="update", summary="x",
                                author=signing_author())
    shown = str(caught.value)
    assert "When: 'soon' is not a date and time" in shown and "occurred_at" not in shown
    assert caught.value.fields() == {"client", "occurred_at"}  # the form still finds its fields


def test_russian_messages_with_russian_labels_dates_and_numbers(make_client, in_language):
    client = make_client("Acme")
    in_language("ru")
    with pytest.raises(ValidationError) as caught:
        journal.log_interaction(client=client.id, occurred_at="soon", channel="fax", kind="update", summary="",
                                sentiment=7)
    shown = str(caught.value)
    assert "Когда: 'soon' — не дата и время" in shown
    assert "Настроение: 7 вне пределов -2..2" in shown
    assert "Суть: обязательно" in shown
    assert "occurred_at" not in shown and "is not" not in shown
    assert Message("{day} is in the future", day=dt.date(2026, 5, 1)).shown() == "01.05.2026 — ещё не наступило"
    assert wording.shown_value(Number(98.1, 2)) == "98,10"


def test_a_client_named_twice_is_refused_in_ukrainian(make_client, in_language):
    make_client("Acme")
    in_language("uk")
    with pytest.raises(ValidationError) as caught:
        journal.create_client(name="Acme", by=firm_owner())
    assert str(caught.value) == "Назва: клієнт з назвою 'Acme' уже існує"


def test_the_command_line_lists_bad_rows_in_the_chosen_language(make_client, tmp_path, db_path, capsys):
    from app.cli.main import main
    from tests.authors import act_as, firm_owner

    act_as(firm_owner())  # the command line acts as this computer account's person

    make_client("Acme")
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["client", "date", "channel", "kind", "summary"],
                                      ["Acme", "2026-03-01", "call", "update", "fine"],
                                      ["Acme", "never", "call", "update", "bad date"]])
    try:
        assert main(["--lang", "ru", "import", str(path), "--db", str(db_path)]) == 2
    finally:
        wording.use_language()
    err = capsys.readouterr().err
    assert "строка 3: Когда: 'never' — не дата и время" in err
    assert "occurred_at" not in err


MESSAGE_CALLS = {"ValidationError", "RapportError", "NotFound", "PermissionDenied", "Problem"}
# The benchmark and demo are English tools.
NOT_YET: tuple[str, ...] = ()  # every package of app/ is guarded now


def _unmarked(path: Path) -> list[str]:
    """Messages written as f-strings or bare text in a raise, a Problem or errors.add: not translatable."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr \
            if isinstance(node.func, ast.Attribute) else ""
        if name in MESSAGE_CALLS:
            text = node.args[1] if name == "Problem" and len(node.args) > 1 else node.args[0] if node.args else None
        elif name == "add" and isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") == "errors":
            text = node.args[1] if len(node.args) > 1 else None
        else:
            continue
        if isinstance(text, ast.JoinedStr) or (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_message_made_in_app_is_marked_for_translation():
    files = [p for p in (ROOT / "app").rglob("*.py") if not str(p.relative_to(ROOT)).startswith(NOT_YET)]
    unmarked = [where for path in files for where in _unmarked(path)]
    assert not unmarked, "messages not marked with QT_TRANSLATE_NOOP / Message:\n" + "\n".join(unmarked)


def test_health_reasons_read_in_the_chosen_language(make_client, make_interaction, db_path, capsys):
    from app.cli.main import main

    client = make_client("Acme", contract_start="2026-01-01", contract_end="2026-12-31")
    for day in (2, 5, 9):
        make_interaction(client, summary="Told them to wait", tags=["dismissive"],
                         occurred_at=dt.datetime(2026, 3, day, 10))
    try:
        assert main(["--lang", "uk", "health", "--as-of", "2026-03-20", "--by-occurrence", "--db", str(db_path)]) == 0
    finally:
        wording.use_language()
    out = capsys.readouterr().out
    assert "3 взаємодії з міткою «зневага», «капітуляція» або «покарання»" in out
    assert "tagged" not in out


def test_what_the_user_typed_is_never_read_as_a_place():
    assert Message("{value} is not a date", value="'{x} %1'") == "'{x} %1' is not a date"
    assert Message("the pulse reads “%1”", "Health", **{"%1": "{odd}"}) == "the pulse reads “{odd}”"


def test_a_table_import_problem_reads_in_russian_on_the_command_line(make_client, tmp_path, db_path, capsys):
    """The table importer's own messages, and the fields it names, as a Russian user reads them."""
    from app.cli.main import main
    from tests.authors import act_as, firm_owner

    act_as(firm_owner())  # the command line acts as this computer account's person

    make_client("Acme")
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["client", "date", "channel", "kind", "summary"],
                                      ["Acme", "2026-03-01", "call", "update", ""],
                                      ["Acme", "2026-03-02", "call", "update", "fine", "stray", "cells"]])
    try:
        assert main(["--lang", "ru", "import", str(path), "--db", str(db_path)]) == 2
    finally:
        wording.use_language()
    err = capsys.readouterr().err
    assert "2 ошибки" in err
    assert "строка 2: Суть: обязательно (строка о том, что произошло)" in err
    assert "строка 3: ячеек в строке: 7, а в заголовке только 5" in err
    assert "summary" not in err and "cells" not in err and "the row" not in err


def test_an_unreadable_table_and_a_wrong_profile_are_named_in_ukrainian(tmp_path, db_path, capsys):
    from app.cli.main import main

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\n\n")
    profile = tmp_path / "profile.json"
    profile.write_text('{"bad_rows": "ignore", "colour": 1}', encoding="utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("client,date,channel,kind,summary\nAcme,2026-03-01,call,update,fine\n", encoding="utf-8")
    try:
        assert main(["--lang", "uk", "import", str(empty), "--db", str(db_path)]) == 2
        assert main(["--lang", "uk", "import", str(table), "--profile", str(profile), "--db", str(db_path)]) == 2
    finally:
        wording.use_language()
    err = capsys.readouterr().err
    assert "empty.csv: у файлі немає рядка заголовка" in err
    assert "profile.json.colour: невідомий ключ (допустимі: columns, constants" in err
    assert "header" not in err and "unknown" not in err
