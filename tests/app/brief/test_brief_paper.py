"""A brief fit for the table: whole rows, whole words, the locale's paper and numbers, private files."""

import datetime as dt
import stat
import unicodedata

import pytest

from app.brief.formats import markdown_text, write_brief
from app.brief.gather import brief_data
from app.brief.render import Table, Wording, current_wording, lay_out, paper_for_locale
from app.common import wording
from app.common.errors import ValidationError
from app.common.wording import Number
from tests.authors import firm_owner

AS_OF = dt.date(2026, 4, 15)


def page_texts(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(str(path)).pages]


@pytest.fixture
def russian():
    """Messages, words and numbers in Russian, as `rapport --lang ru` shows them; English again afterwards."""
    from app.cli.language import use_cli_language

    use_cli_language("ru")
    yield current_wording()
    wording.use_language()


@pytest.fixture
def busy_client(make_client, make_interaction):
    client = make_client("Acme")
    for n in range(70):
        make_interaction(client, summary=f"Entry{n:02d} about the delivery schedule, the prices for next year "
                                         f"and the colour of the boxes, which they want warmer",
                         occurred_at=dt.datetime(2026, 1, 5, 9) + dt.timedelta(days=n, minutes=n))
    return client


def test_a_table_row_never_runs_over_two_pages(busy_client, tmp_path, qapp):
    path = write_brief(brief_data(busy_client.id, as_of=AS_OF), "pdf", tmp_path / "b.pdf", Wording(paper="a4"))
    pages = page_texts(path)
    assert len(pages) >= 3
    for n in range(70):
        moment = dt.datetime(2026, 1, 5, 9) + dt.timedelta(days=n, minutes=n)
        holding = [i for i, text in enumerate(pages) if f"Entry{n:02d}" in text]
        assert len(holding) == 1, f"row {n} on pages {holding}"
        page = pages[holding[0]]
        assert moment.strftime("%Y-%m-%d") in page and moment.strftime("%H:%M") in page, n
        assert "which they want warmer" in page.split(f"Entry{n:02d}")[1][:400], f"row {n} cut"


def test_columns_are_wide_enough_for_their_longest_word(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter

    from app.brief.pdf import ensure_gui, fitted_widths, load_fonts
    from app.brief.render import Layout

    ensure_gui()
    device = QPdfWriter("/dev/null")
    device.setResolution(300)
    table = Table(["Поступило", "Суть", "Важность", "Статус", "Ответственный", "Часы", "Повторно"],
                  [["26.10.2026 16:08", "Коробки плохо складываются", "средняя", "подтверждено", "Максим Литвиненко",
                    "91,3 раб. ч", "2"]], (12, 34, 9, 11, 14, 13, 7))
    width = 2000.0
    shares = fitted_widths(Layout("t", "h", [table]), device, width)[id(table)]
    bold = QFont(load_fonts(), 8)
    bold.setBold(True)
    metrics = QFontMetricsF(bold, device)
    assert abs(sum(shares) - 100) < 0.01
    for header, share in zip(table.headers, shares, strict=True):
        assert share / 100 * width > metrics.horizontalAdvance(header), header
    assert shares[1] == max(shares), "the text column stays the widest"


@pytest.mark.parametrize(("locale", "paper"), [("ru_RU.UTF-8", "a4"), ("uk_UA", "a4"), ("en_GB.UTF-8", "a4"),
                                               ("en_US.UTF-8", "letter"), ("fr_CA", "letter"), ("C.UTF-8", "a4")])
def test_paper_follows_the_locale(locale, paper):
    assert paper_for_locale(locale) == paper


@pytest.mark.parametrize(("paper", "points"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_and_docx_are_on_the_locales_paper(make_client, tmp_path, qapp, paper, points):
    from docx import Document
    from pypdf import PdfReader

    client = make_client("Acme")
    brief = brief_data(client.id, as_of=AS_OF)
    box = PdfReader(str(write_brief(brief, "pdf", tmp_path / "b.pdf", Wording(paper=paper)))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    section = Document(str(write_brief(brief, "docx", tmp_path / "b.docx", Wording(paper=paper)))).sections[0]
    assert (round(section.page_width.pt), round(section.page_height.pt)) == points


def test_docx_rows_stay_whole_and_the_text_column_is_wide(busy_client, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(write_brief(brief_data(busy_client.id, as_of=AS_OF), "docx", tmp_path / "b.docx")))
    table = document.tables[-1]  # the interactions
    assert [c.text for c in table.rows[0].cells][4] == "Summary"
    widths = [cell.width for cell in table.rows[0].cells]
    assert widths[4] == max(widths) and widths[4] > 0.35 * sum(widths)
    for row in table.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_a_brief_is_as_private_as_the_journal(make_client, tmp_path, qapp, fmt):
    path = write_brief(brief_data(make_client("Acme").id, as_of=AS_OF), fmt, tmp_path / f"b.{fmt}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_talking_points_never_end_a_summary_with_its_own_full_stop(make_client, make_interaction):
    client = make_client("Acme")
    make_interaction(client, kind="complaint", summary="Second delivery late.", sentiment=-2, effort=4,
                     occurred_at=dt.datetime(2026, 4, 1, 10))
    text = markdown_text(lay_out(brief_data(client.id, as_of=AS_OF)))
    assert "Second delivery late: take responsibility" in text
    assert ".:" not in text


def test_the_pulse_reading_stands_apart_from_its_comment(make_client, make_user):
    from app.health.pulse import log_pulse

    manager = make_user("Olena")
    client = make_client("Acme", account_manager=manager.id)
    log_pulse(client.id, manager.id, "uneasy", comment="Quieter than usual", at="2026-04-10")
    text = markdown_text(lay_out(brief_data(client.id, as_of=AS_OF)))
    assert "**Account manager's reading:** uneasy: “Quieter than usual”" in text


def test_numbers_dates_and_reasons_in_russian(make_client, make_interaction, russian):
    from app.hear import feedback

    client = make_client("Acme", contract_value=125000.5)
    feedback.open_feedback(client.id, "Late delivery", severity="high", raised_at="2026-04-01T09:00:00", by=firm_owner())
    text = markdown_text(lay_out(brief_data(client.id, as_of=AS_OF), russian))
    assert "125\u00a0000,50" in text  # the Russian decimal comma and grouping
    assert "01.04.2026 09:00" in text
    assert "99 раб. ч, просрочено" in text
    assert russian.text("f.clock_value", hours=Number(98.1, 1)) == "98,1 раб. ч"  # a comma, as Russian writes it
    assert "Отзыв" in text or "отзыв" in text  # the health reason, worded in Russian
    assert "feedback item" not in text


def test_a_to_date_before_the_from_date_is_refused(make_client):
    with pytest.raises(ValidationError) as caught:
        brief_data(make_client("Acme").id, dt.date(2026, 4, 1), dt.date(2026, 3, 1), as_of=AS_OF)
    assert caught.value.fields() == {"date_to"}
    assert str(caught.value) == "To: 2026-03-01 is before the first day of the period (2026-04-01)"


def test_the_command_line_refuses_a_to_before_the_from_in_the_chosen_language(make_client, tmp_path, db_path, capsys):
    from app.cli.main import main

    make_client("Acme")
    try:
        code = main(["export", "brief", "--client", "Acme", "-o", str(tmp_path / "b.md"), "--from", "2026-04-01",
                     "--to", "2026-03-01", "--lang", "ru", "--db", str(db_path)])
    finally:
        wording.use_language()
    assert code == 2
    assert "--to: 01.03.2026 — раньше первого дня периода (01.04.2026)" in capsys.readouterr().err
    assert not (tmp_path / "b.md").exists()



def _log(client_id, day, sentiment, summary="A call", tags=()):
    from app.journal import records as journal
    from tests.authors import signing_author

    journal.log_interaction(author=signing_author(), client=client_id, occurred_at=day, channel="call", kind="update",
                            summary=summary, sentiment=sentiment, tags=list(tags))


def test_a_warning_says_why_now_and_what_would_clear_it(make_client, make_user, russian):
    """Issue 18: the brief explains an early warning as the Health tab does, in the brief's language."""
    client = make_client("Sour LLC", account_manager=make_user("Olena").id)
    for n in range(8):  # a warm year ...
        _log(client.id, AS_OF - dt.timedelta(days=300 - 30 * n), 2)
    for n in (2, 4, 6):  # ... then three cold calls in which the team dismissed them
        _log(client.id, AS_OF - dt.timedelta(days=n), -1, "Told them to wait", ["dismissive"])
    brief = brief_data(client.id, as_of=AS_OF)
    assert brief.health.warning and brief.health.why_now
    english = markdown_text(lay_out(brief))
    fell = f"**Why now:** Since 2026-03-16 the score fell from {brief.health.previous_score} to {brief.health.score}."
    assert fell in english
    assert "The factors behind it: stance drift −40, sentiment −30." in english
    assert ("What would clear it: coach the team back to like, hear, negotiate; "
            "hear what is behind the worse ratings and put it right.") in english
    text = markdown_text(lay_out(brief, russian))
    assert f"**Почему сейчас:** С 16.03.2026 оценка упала с {brief.health.previous_score} до {brief.health.score}." in text
    assert "Что это исправит:" in text and "Why now" not in text


def test_a_reason_read_from_a_sample_says_how_sure_it_is(make_client, russian):
    client = make_client("Quiet LLC")
    day = AS_OF - dt.timedelta(days=16)  # an irregular rhythm of calls, then 16 quiet days
    for n in range(30):
        _log(client.id, day, 1)
        day -= dt.timedelta(days=(2, 12, 5, 9)[n % 4])
    brief = brief_data(client.id, as_of=AS_OF)
    sure = brief.health.sure["silence"]
    assert 0.5 < sure < 0.995
    english = markdown_text(lay_out(brief))
    assert f"({round(sure * 100)}% sure) |" in english
    assert f"(уверенность {round(sure * 100)} %) |" in markdown_text(lay_out(brief, russian))
