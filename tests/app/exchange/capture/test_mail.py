"""Messages read as a person would read them: subject, sender, date, plain text, attachments."""

import datetime as dt
import mailbox
from email.header import Header
from pathlib import Path

from app.common.errors import Problem
from app.exchange.capture.items import local_naive
from app.exchange.capture.mail import read_eml, read_mbox, read_msg
from app.exchange.capture.text import fold_quotes, html_to_text
from tests.app.exchange.capture.mailbuild import message

SAMPLES = Path(__file__).parent / "samples"


def one(tmp_path, raw: bytes, name="mail.eml"):
    path = tmp_path / name
    path.write_bytes(raw)
    (found,) = list(read_eml(path))
    return found


def test_a_plain_message_gives_subject_sender_date_and_text(tmp_path):
    entry = one(tmp_path, message(body="The pallets came two days late.\n"))
    assert entry.summary == "Late delivery"
    assert entry.sender.email == "ivan@acme.test" and entry.sender.name == "Ivan Petrov"
    assert [a.email for a in entry.recipients] == ["anna@firm.test"]
    assert entry.occurred_at == local_naive(dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC))
    assert entry.notes == "The pallets came two days late."
    assert entry.key == "mail:m1@acme.test" and entry.channel == "email"


def test_multipart_prefers_the_plain_text_and_lists_attachments_by_name_and_size(tmp_path):
    raw = message(body="See the invoice.", html="<p>See the <b>invoice</b>.</p>",
                  attachments=[("invoice-114.pdf", b"x" * 2048), ("photo.jpg", b"y" * 300)])
    entry = one(tmp_path, raw)
    assert entry.notes.splitlines() == ["See the invoice.", "", "📎 invoice-114.pdf (2 KB)", "📎 photo.jpg (300 B)"]


def test_an_html_only_message_becomes_readable_text():
    html = ("<html><head><style>p{color:red}</style></head><body><p>Dear Anna,</p><p>the order is"
            "&nbsp;<b>late</b>.<br>Please call.</p><script>alert(1)</script></body></html>")
    assert html_to_text(html) == "Dear Anna,\n\nthe order is late.\nPlease call."


def test_html_only_message_in_a_file(tmp_path):
    entry = one(tmp_path, message(body=None, html="<div>Первая строка</div><div>Вторая</div>"))
    assert entry.notes == "Первая строка\nВторая"


def test_rfc2047_subjects_and_names_are_decoded(tmp_path):
    subject = " ".join([Header("Претензия", "koi8-r").encode(), Header(" по доставке", "utf-8").encode()])
    name = Header("Иван Петров", "windows-1251").encode()
    raw = message(subject="placeholder", sender="placeholder <ivan@acme.test>")
    raw = raw.replace(b"Subject: placeholder", f"Subject: {subject}".encode())
    raw = raw.replace(b"From: placeholder", f"From: {name}".encode())
    assert b"=?koi8-r?" in raw and b"=?windows-1251?" in raw
    entry = one(tmp_path, raw)
    assert entry.summary == "Претензия по доставке"
    assert entry.sender.name == "Иван Петров"


def test_koi8r_and_cp1251_bodies_are_decoded(tmp_path):
    for charset in ("koi8-r", "cp1251", "utf-8"):
        text = "Товар пришёл с опозданием на два дня."
        raw = (f"From: ivan@acme.test\r\nTo: anna@firm.test\r\nSubject: test\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
               f"Message-ID: <{charset}@acme.test>\r\nContent-Type: text/plain; charset={charset}\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + text.encode(charset)
        assert one(tmp_path, raw).notes == text, charset


def test_a_body_whose_declared_charset_is_wrong_is_still_read(tmp_path):
    raw = (b"From: ivan@acme.test\r\nSubject: x\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
           b"Content-Type: text/plain; charset=x-unknown-charset\r\n\r\n") + "Счёт оплачен полностью, спасибо".encode("cp1251")
    assert one(tmp_path, raw).notes == "Счёт оплачен полностью, спасибо"


def test_raw_8bit_headers_are_read_in_the_body_charset(tmp_path):
    raw = ("Subject: Жалоба на доставку\r\nFrom: Иван <ivan@acme.test>\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
           "Content-Type: text/plain; charset=koi8-r\r\n\r\nТекст\r\n").encode("koi8-r")
    entry = one(tmp_path, raw)
    assert entry.summary == "Жалоба на доставку"
    assert entry.sender.name == "Иван"


def test_quoted_replies_are_folded():
    text = ("Thanks, we will wait.\n\nOn Mon, 2 Mar 2026 at 09:00, Anna <anna@firm.test> wrote:\n"
            "> We ship tomorrow.\n> Anna")
    assert fold_quotes(text) == "Thanks, we will wait.\n> …"
    outlook = "Согласны.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nSubject: Offer\n\nOld text"
    assert fold_quotes(outlook) == "Согласны.\n> …"
    russian = "Хорошо.\n\n2 марта 2026 г., в 9:00, Анна <anna@firm.test> написала:\n> Отгрузка завтра"
    assert fold_quotes(russian) == "Хорошо.\n> …"
    inline = "My answers:\n> price?\n> date?\nBoth fine."
    assert fold_quotes(inline) == "My answers:\n> …\nBoth fine."


def test_html_quotations_are_folded_too(tmp_path):
    html = ('<div>Agreed, see you Friday.</div><div class="gmail_quote"><div>On Mon, Anna wrote:</div>'
            "<blockquote>Shall we meet on Friday?</blockquote></div>")
    entry = one(tmp_path, message(body=None, html=html))
    assert entry.notes == "Agreed, see you Friday.\n> …"


def test_a_message_without_message_id_gets_the_same_fingerprint_each_time(tmp_path):
    raw = message(message_id=None)
    first, second = one(tmp_path, raw).key, one(tmp_path, raw, "copy.eml").key
    assert first == second and first.startswith("mail:sha256:")


def test_a_date_is_taken_from_received_when_the_date_header_is_broken(tmp_path):
    raw = message(date="sometime next week").replace(
        b"Subject:", b"Received: from mx.acme.test by mx.firm.test; Wed, 4 Mar 2026 11:30:00 +0000\r\nSubject:", 1)
    assert one(tmp_path, raw).occurred_at == local_naive(dt.datetime(2026, 3, 4, 11, 30, tzinfo=dt.UTC))


def test_broken_messages_are_named_problems_not_crashes(tmp_path):
    assert isinstance(one(tmp_path, b""), Problem)
    no_date = one(tmp_path, message(date=None), "nodate.eml")
    assert isinstance(no_date, Problem) and no_date.where == "nodate.eml" and "no date" in no_date.message
    # a truncated multipart: its headers still make an entry
    raw = message(body="x", attachments=[("a.bin", b"1" * 100)])
    truncated = one(tmp_path, raw[: len(raw) // 2 + 40], "cut.eml")
    assert truncated.summary == "Late delivery"


def test_an_mbox_gives_every_message_named_by_its_place(tmp_path):
    path = tmp_path / "archive.mbox"
    box = mailbox.mbox(str(path))
    for n in range(3):
        box.add(message(subject=f"Order {n}", message_id=f"<o{n}@acme.test>"))
    box.add(message(date=None, message_id="<nodate@acme.test>", subject="Undated"))
    box.flush()
    box.close()
    found = list(read_mbox(path))
    assert [f.summary for f in found[:3]] == ["Order 0", "Order 1", "Order 2"]
    # a message without a Date takes the date of its mbox "From " line
    assert found[3].summary == "Undated" and isinstance(found[3].occurred_at, dt.datetime)
    assert found[1].where == "archive.mbox, message 2 (Order 1)"


def test_a_real_outlook_msg_without_sender_or_date(tmp_path):
    (entry,) = list(read_msg(SAMPLES / "online-convert-example.msg"))
    assert entry.summary == "MSG Test File"
    assert entry.sender is None
    assert [a.email for a in entry.recipients] == ["time2talk@online-convert.com"]
    assert entry.occurred_at == local_naive(dt.datetime(2016, 2, 23, 14, 57, 50, tzinfo=dt.UTC))
    assert entry.notes.startswith("MSG test file\nPurpose: Provide example of this file type")


def test_a_file_that_is_not_an_outlook_message_is_named(tmp_path):
    path = tmp_path / "fake.msg"
    path.write_bytes(b"not an OLE file at all")
    (problem,) = list(read_msg(path))
    assert isinstance(problem, Problem) and problem.where == "fake.msg"


def test_an_eml_saved_with_its_mailbox_from_line_is_read(tmp_path):
    raw = b"From ivan@acme.test Tue Mar  3 10:00:00 2026\n" + message(date=None)
    entry = one(tmp_path, raw)
    assert entry.summary == "Late delivery" and entry.occurred_at == dt.datetime(2026, 3, 3, 10, 0)


def test_a_file_with_no_messages_is_not_silently_empty(tmp_path):
    path = tmp_path / "empty.mbox"
    path.write_bytes(b"just some text\nwithout any message\n")
    (problem,) = list(read_mbox(path))
    assert isinstance(problem, Problem) and problem.where == "empty.mbox" and "no messages" in problem.message
