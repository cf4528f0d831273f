"""The plain text of what a message carries: bytes in any charset, HTML, quoted replies, attachments."""

import re

from bs4 import BeautifulSoup

# Tried in this order when a part names no charset, or one Python does not know, or the bytes do
# not fit it: strict UTF-8 first (it almost never decodes text of another code page), then the
# detector of charset-normalizer.
FALLBACK = "utf-8"

QUOTE_MARK = "> …"  # what stands in the notes for a folded quotation (no words: any language reads it)

# The line that introduces the quoted original in a reply or a forward (Outlook, Gmail,
# Thunderbird, Apple Mail, Yandex, mail.ru; English, Russian, Ukrainian): from it on, the rest is the
# earlier correspondence.
_REPLY_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|"
    r"оригінальне повідомлення|вихідне повідомлення|переслане повідомлення)\s*-{2,}"
    r"|_{10,}"
    r"|(?:on|am|le|el)\s.{4,200}\b(?:wrote|schrieb|a écrit|escribió)\s*:"
    r"|.{4,200}\b(?:пишет|писал|написал|написала|писал\(а\)|написал\(а\)|пише|писав|написав|написала)\s*:"
    r")\s*$",
    re.IGNORECASE,
)
# Outlook's plain reply header: "From: ..." followed within three lines by "Sent:" or "Date:".
_FROM_LINE = re.compile(r"^\s*\*?(?:from|от|від|von|de)\*?\s*:", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\s*\*?(?:sent|date|отправлено|дата|надіслано|gesendet|envoyé)\*?\s*:", re.IGNORECASE)


def decode_bytes(raw: bytes, declared: str | None = None) -> str:
    """Text of raw bytes: the declared charset if it fits, else strict UTF-8, else the detector's pick."""
    for encoding in (declared, FALLBACK):
        if not encoding:
            continue
        try:
            return raw.decode(_python_codec(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1251", "koi8_r", "cp1252", "latin_1", "iso8859_5", "cp866",
                                         "koi8_u", "mac_cyrillic", "iso8859_15"]).best()
    return str(best) if best is not None else raw.decode("latin-1")


def _python_codec(name: str) -> str:
    """Charset names mail programs write that Python spells differently."""
    name = name.strip().strip('"').lower()
    return {"unicode-1-1-utf-7": "utf-7", "x-user-defined": "latin-1", "windows-874": "cp874",
            "ks_c_5601-1987": "cp949", "gb2312": "gbk", "iso-8859-8-i": "iso-8859-8"}.get(name, name)


# ---- HTML ---------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
           "pre", "hr", "section", "article", "header", "footer", "address", "dd", "dt"}


def html_to_text(html: str) -> str:
    """The readable text of an HTML body: paragraphs and line breaks kept, quotations marked with '>'."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "head", "title", "meta", "noscript", "template"]):
        hidden.decompose()
    # Gmail, Outlook and Thunderbird wrap the quoted original in these: turn each into a quotation.
    for quoted in soup.select("div.gmail_quote, div#divRplyFwdMsg, div.moz-cite-prefix, div#appendonsend"):
        quoted.name = "blockquote"
    for block in soup.find_all("blockquote"):
        if block.find_parent("blockquote") is None:
            lines = _block_text(block).splitlines()
            block.replace_with("\n" + "\n".join("> " + line for line in lines) + "\n")
    return _tidy(_block_text(soup))


def _block_text(node) -> str:
    for br in node.find_all("br"):
        br.replace_with("\n")
    for element in node.find_all(_BLOCKS):
        # A paragraph stands apart by an empty line; a div (one line in Gmail's and Outlook's HTML),
        # a list item, a row only starts a new line.
        mark = _PARAGRAPH if element.name == "p" else "\n"
        element.insert_before(mark)
        element.insert_after(mark)
    for cell in node.find_all(["td", "th"]):
        cell.insert_after("\t")
    return node.get_text()


_PARAGRAPH = "\n\x00\n"


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "").split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "\x00":
            if out and out[-1]:
                out.append("")
        elif line:
            out.append(line.replace("\x00", ""))
    return "\n".join(out).strip()


# ---- quoted replies ------------------------------------------------------------------------------

def fold_quotes(text: str) -> str:
    """The new text of a reply: the quoted original (from its "On ... wrote:" or "From:/Sent:" header
    on, or a run of '>' lines) folded to one line '> …'."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = _reply_header_line(lines)
    kept = lines if cut is None else lines[:cut]
    out: list[str] = []
    for line in kept:
        if line.lstrip().startswith(">"):
            if not out or out[-1] != QUOTE_MARK:
                out.append(QUOTE_MARK)
        else:
            out.append(line.rstrip())
    body = "\n".join(out).strip()
    if cut is not None and any(line.strip() for line in lines[cut:]):
        body = f"{body}\n{QUOTE_MARK}" if body else QUOTE_MARK
    # What remains of a message that was nothing but a quotation is the quotation, unfolded.
    return body if body.replace(QUOTE_MARK, "").strip() else text.strip()


def _reply_header_line(lines: list[str]) -> int | None:
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if _REPLY_HEADER.match(line):
            return number
        # "On Mon, 3 Mar 2026 at 10:00, Ivan <ivan@acme.test>" / "wrote:" split over two lines
        if number + 1 < len(lines) and re.match(r"^\s*(?:on|am)\s", line, re.IGNORECASE) \
                and re.match(r"^\s*.{0,60}\bwrote\s*:\s*$", lines[number + 1], re.IGNORECASE):
            return number
        if _FROM_LINE.match(line) and any(_SENT_LINE.match(following) for following in lines[number + 1:number + 4]):
            return number
    return None


# ---- attachments ------------------------------------------------------------------------------

def size_text(size: int) -> str:
    """A size as mail programs show it: 512 B, 14 KB, 2.3 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def attachments_text(attachments: list[tuple[str, int]]) -> str:
    """One line per attachment, '📎 name (size)', for the end of the notes."""
    return "\n".join(f"📎 {name} ({size_text(size)})" for name, size in attachments)
