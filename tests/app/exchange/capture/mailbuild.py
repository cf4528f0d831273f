"""Messages and calendars built in the tests, as mail programs write them."""

from email.message import EmailMessage
from email.policy import SMTP


def message(subject="Late delivery", sender="Ivan Petrov <ivan@acme.test>", to="Anna <anna@firm.test>",
            date="Tue, 03 Mar 2026 10:00:00 +0000", message_id="<m1@acme.test>", body="Hello", html=None,
            attachments=(), cc=None) -> bytes:
    msg = EmailMessage()
    for name, value in (("Subject", subject), ("From", sender), ("To", to), ("Cc", cc), ("Date", date),
                        ("Message-ID", message_id)):
        if value is not None:
            msg[name] = value
    if body is not None:
        msg.set_content(body)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes(policy=SMTP)


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n".replace("\n", "\r\n").replace("\r\r", "\r")
                   for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n{body}END:VCALENDAR\r\n".encode()
