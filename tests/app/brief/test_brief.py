"""The negotiation brief: what it says, and that PDF, DOCX and Markdown carry it, Cyrillic included."""

import datetime as dt

import pytest

from app.brief.formats import markdown_text, write_brief
from app.brief.gather import brief_data
from app.brief.labels import LABELS
from app.brief.render import Wording, lay_out
from app.hear import feedback
from app.negotiate import negotiations
from tests.authors import firm_owner

AS_OF = dt.date(2026, 4, 15)


def pdf_text(page) -> str:
    """A page's text with its spacing and ligatures evened out (PDF text keeps neither)."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


@pytest.fixture
def romashka(make_client, make_interaction, make_user):
    manager = make_user("Олена Коваль")
    client = make_client("ТОВ «Ромашка»", account_manager=manager.id, contract_start="2026-01-01",
                         contract_end="2026-12-31", contract_value=125000)
    from app.journal import records as journal

    journal.add_contact(client.id, name="Іван Петренко", role="фінансовий директор", email="ivan@romashka.ua", by=firm_owner())
    make_interaction(client, kind="praise", summary="Дякують за швидку доставку", sentiment=2, tags=["staff_praise"],
                     occurred_at=dt.datetime(2026, 3, 2, 11, 0), author=manager.id)
    complaint = make_interaction(client, kind="complaint", summary="Затримка поставки", sentiment=-2, effort=4,
                                 occurred_at=dt.datetime(2026, 3, 10, 9, 0), follow_up_due="2026-03-12")
    again = make_interaction(client, kind="complaint", summary="Знову про затримку",
                             occurred_at=dt.datetime(2026, 3, 11, 9, 0), tags=["hear"])
    item = feedback.open_feedback(client.id, "Затримка поставки на 5 днів", severity="high",
                                  interaction_id=complaint.id, raised_at="2026-03-10T09:00:00", by=firm_owner())
    feedback.link_repeat_contact(item.id, again.id, by=firm_owner())
    old = negotiations.open_negotiation(client.id, "Штраф за затримку", opened_at="2026-02-01", by=firm_owner())
    negotiations.change_status(old.id, "agreed", "домовились", at="2026-02-10T10:00:00", by=firm_owner())
    talk = negotiations.open_negotiation(client.id, "Підвищення ціни на 2027", opened_at="2026-03-05",
                                         target_date="2026-04-01", client_position="Не більше 3%",
                                         our_position="7%", contract_refs="п. 4.2 договору",
                                         options="5% з фіксацією на 2 роки", by=firm_owner())
    negotiations.state_position(talk.id, "client", "4%", at="2026-03-12T10:00:00", by=firm_owner())
    negotiations.add_concession(talk.id, "ours", "безкоштовна доставка", at="2026-03-12T10:00:00", by=firm_owner())
    negotiations.add_action(talk.id, "Надіслати розрахунок", owner=manager.id, due="2026-03-20", by=firm_owner())
    kept = negotiations.add_action(talk.id, "Send revised offer", due="2026-03-10", by=firm_owner())
    negotiations.complete_action(kept.id, "2026-03-09", by=firm_owner())
    return client


def test_the_brief_gathers_what_a_meeting_needs(romashka):
    brief = brief_data(romashka.id, as_of=AS_OF)
    assert brief.client == "ТОВ «Ромашка»" and brief.account_manager == "Олена Коваль"
    assert [n.detail.topic for n in brief.negotiations] == ["Підвищення ціни на 2027", "Штраф за затримку"]  # open first
    talk = brief.negotiations[0]
    assert {a.description: a.state for a in talk.actions} == {"Надіслати розрахунок": "overdue",
                                                              "Send revised offer": "kept"}
    assert [(c.side_or_status, c.text) for c in talk.detail.concessions] == [("ours", "безкоштовна доставка")]
    assert [f.summary for f in brief.feedback] == ["Затримка поставки на 5 днів"]
    assert brief.feedback[0].late and brief.feedback[0].repeat_contacts == 1
    assert brief.promises[0].state == "overdue"
    assert 0 <= brief.health.score <= 100 and brief.health.reasons
    templates = {p.template for p in brief.like + brief.hear + brief.negotiate}
    assert {"like.praise", "hear.feedback_late", "hear.repeat", "neg.positions", "neg.overdue",
            "neg.target", "neg.concessions"} <= templates


def test_date_range_and_tags_limit_the_interactions(romashka):
    brief = brief_data(romashka.id, date_from=dt.date(2026, 3, 5), tags=["hear"], as_of=AS_OF)
    assert [r.summary for r in brief.interactions] == ["Знову про затримку"]


def test_markdown_has_every_section_in_order(romashka):
    text = markdown_text(lay_out(brief_data(romashka.id, as_of=AS_OF)))
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## " + LABELS[k] for k in ("sec.client", "sec.health", "sec.points", "sec.contacts",
                                                  "sec.feedback", "sec.negotiations", "sec.promises",
                                                  "sec.respect", "sec.interactions")]
    assert "| Іван Петренко | фінансовий директор |" in text


def test_misconduct_and_praise_name_our_people_but_do_not_lower_the_score(romashka, make_interaction, make_user):
    driver = make_user("Taras the driver")
    before = brief_data(romashka.id, as_of=AS_OF)
    make_interaction(romashka, kind="praise", summary="Thanked Taras", tags=["staff_praise"], praised=driver.id,
                     occurred_at=dt.datetime(2026, 4, 1, 10, 0))
    rude = make_interaction(romashka, kind="update", summary="Shouted at our driver", tags=["client_misconduct"],
                            occurred_at=dt.datetime(2026, 4, 2, 10, 0), author=driver.id)
    brief = brief_data(romashka.id, as_of=AS_OF)
    assert [(r.tag, r.colleague, r.summary) for r in brief.respect] == [
        ("client_misconduct", "Taras the driver", "Shouted at our driver"),
        ("staff_praise", "Taras the driver", "Thanked Taras"),
        ("staff_praise", "Олена Коваль", "Дякують за швидку доставку")]  # no colleague named: its author
    from app.journal import records as journal

    journal.edit_interaction(rude.id, tags=[], by=firm_owner())
    assert brief_data(romashka.id, as_of=AS_OF).health.score == brief.health.score  # the tag took nothing off
    text = markdown_text(lay_out(brief))
    assert "## Mutual respect" in text and "| Taras the driver | Shouted at our driver |" in text
    assert before.health.score == brief.health.score


def test_translated_labels_become_the_headings(romashka):
    wording = Wording(labels={**LABELS, "sec.health": "Здоровʼя", "title": "Бриф: {client}"})
    text = markdown_text(lay_out(brief_data(romashka.id, as_of=AS_OF), wording))
    assert text.startswith("# Бриф: ТОВ «Ромашка»") and "## Здоровʼя" in text


def test_broken_translated_template_falls_back_to_english(romashka):
    wording = Wording(labels={**LABELS, "title": "Бриф: {клієнт}"})
    assert lay_out(brief_data(romashka.id, as_of=AS_OF), wording).title == "Negotiation brief: ТОВ «Ромашка»"


def test_docx_text_carries_cyrillic_headings_and_tables(romashka, tmp_path):
    from docx import Document

    write_brief(brief_data(romashka.id, as_of=AS_OF), "docx", tmp_path / "brief.docx")
    document = Document(str(tmp_path / "brief.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Negotiation brief: ТОВ «Ромашка»" in paragraphs
    assert document.paragraphs[0].style.name == "Title"
    assert any(p.style.name == "Heading 1" and p.text == "Negotiations" for p in document.paragraphs)
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {"Іван Петренко", "безкоштовна доставка", "OVERDUE"} <= cells
    assert "ТОВ «Ромашка»" in document.sections[0].header.paragraphs[0].text


def test_pdf_is_a4_with_header_page_numbers_and_cyrillic_text(romashka, tmp_path, qapp):
    from pypdf import PdfReader

    path = write_brief(brief_data(romashka.id, as_of=AS_OF), "pdf", tmp_path / "brief.pdf", Wording(paper="a4"))
    reader = PdfReader(str(path))
    pages = [pdf_text(page) for page in reader.pages]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = "\n".join(pages)
    for words in ("Negotiation brief: ТОВ «Ромашка»", "Підвищення ціни на 2027", "безкоштовна доставка",
                  "Іван Петренко", "Затримка поставки на 5 днів"):
        assert words in text, words
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "ТОВ «Ромашка» · 2026-04-15" in page


def test_a_long_journal_runs_over_several_pages(make_client, make_interaction, tmp_path, qapp):
    from pypdf import PdfReader

    client = make_client("Довгий клієнт")
    for day in range(60):
        make_interaction(client, summary=f"Розмова {day}: обговорили графік поставок і ціну",
                         occurred_at=dt.datetime(2026, 1, 1, 10) + dt.timedelta(days=day))
    path = write_brief(brief_data(client.id, as_of=AS_OF), "pdf", tmp_path / "long.pdf")
    pages = PdfReader(str(path)).pages
    assert len(pages) >= 3
    assert f"Page {len(pages)} of {len(pages)}" in pdf_text(pages[-1])


def test_the_command_line_writes_each_format(romashka, tmp_path, db_path, capsys):
    from app.cli.main import main

    for fmt in ("md", "docx", "pdf"):
        target = tmp_path / f"brief.{fmt}"
        assert main(["export", "brief", "--client", "ромаш", "--format", fmt, "-o", str(target),
                     "--db", str(db_path)]) == 0
        assert target.stat().st_size > 0
    assert main(["export", "brief", "--client", "nobody", "-o", str(tmp_path / "x.md"), "--db", str(db_path)]) == 2
    assert "no client matches 'nobody'" in capsys.readouterr().err
