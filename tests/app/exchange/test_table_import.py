"""Importing a journal table: mapped columns in three languages, every bad row named, all or nothing."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.common.progress import Cancelled
from app.exchange.table.exporter import export_csv, export_xlsx, journal_rows
from app.exchange.table.importer import auto_mapping, check_rows, import_table, read_table
from app.exchange.table.writer import write_plan
from app.journal import records as journal
from db.models import Client, Contact, Interaction, InteractionTag, User
from tests.authors import firm_owner

# New clients come in contracted: the importer is sales (seed 003's two-stage relationship).
pytestmark = pytest.mark.usefixtures("sales_importer")


def counts() -> tuple[int, ...]:
    return tuple(m.select().count() for m in (Client, User, Contact, Interaction, InteractionTag))


def write_csv(path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


def test_russian_headers_semicolons_and_windows_1251(tmp_path, make_client):
    make_client("ACME Ltd")
    path = tmp_path / "журнал.csv"
    write_csv(path, "Клиент;Дата;Канал;Тип;Суть;Настроение;Теги;Автор;Контакт;Направление\n"
                    "acme ltd;01.03.2026 10:30;звонок;жалоба;Опоздание поставки;-1;слышать, vip;Олена;Іван;входящий\n"
                    "Новый клиент;2026-03-02;встреча;переговоры;Цена на 2027;+2;;олена;;\n", "cp1251")
    summary = import_table(path)
    assert summary.interactions == 2
    assert summary.new_clients == ["Новый клиент"]
    assert summary.new_users == ["Олена"]  # "олена" on the next line is the same person
    rows = list(journal_rows())
    assert [r.client for r in rows] == ["ACME Ltd", "Новый клиент"]  # matched, not duplicated
    first = rows[0]
    assert (first.channel, first.kind, first.direction, first.sentiment) == ("call", "complaint", "inbound", -1)
    assert first.tags == ["hear", "vip"] and first.contact == "Іван"
    assert first.occurred_at == dt.datetime(2026, 3, 1, 10, 30)


def test_ukrainian_headers_in_xlsx_with_real_dates(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Клієнт", "Дата", "Час", "Канал", "Вид", "Зміст", "Зусилля", "Термін"])
    sheet.append(["Ромашка", dt.datetime(2026, 3, 1), dt.time(14, 5), "дзвінок", "скарга", "Рахунок", 4.0,
                  dt.datetime(2026, 3, 3)])
    sheet.append(["РОМАШКА", "02.03.2026", None, "email", "подяка", "Дякують", None, None])
    book.save(tmp_path / "журнал.xlsx")
    assert import_table(tmp_path / "журнал.xlsx").new_clients == ["Ромашка"]
    rows = list(journal_rows())
    assert Client.select().count() == 1
    assert rows[0].occurred_at == dt.datetime(2026, 3, 1, 14, 5)
    assert (rows[0].kind, rows[0].effort, rows[0].follow_up_due) == ("complaint", 4, dt.date(2026, 3, 3))
    assert rows[1].kind == "praise"


def test_every_bad_row_is_named_and_nothing_is_written(tmp_path, make_client):
    make_client("Acme")
    before = counts()
    path = tmp_path / "bad.csv"
    write_csv(path, "client,date,channel,kind,summary,sentiment,effort\n"
                    "Acme,2026-03-01,call,update,fine,1,\n"
                    "Acme,yesterday,call,update,bad date,,\n"
                    "New,2026-03-01,pigeon,update,bad channel,,\n"
                    "New,2026-03-01,call,update,bad mood,very bad,9\n"
                    ",2026-03-01,call,update,no client,,\n")
    with pytest.raises(ValidationError) as failure:
        import_table(path)
    text = [str(p) for p in failure.value.problems]
    assert text[0] == "line 3: When: 'yesterday' is not a date and time (use 2026-03-01, 01.03.2026 or 01.03.2026 10:30)"
    assert any(t.startswith("line 4: Channel: 'pigeon'") for t in text)
    assert "line 5: Sentiment: 'very bad' is not a whole number -2..2" in text
    assert any(t.startswith("line 5: Client's effort: 9") for t in text)
    assert any(t.startswith("line 6: Client") for t in text)
    assert {p.where for p in failure.value.problems} == {"line 3", "line 4", "line 5", "line 6"}
    assert counts() == before


def test_a_quoted_newline_keeps_line_numbers_right(tmp_path):
    path = tmp_path / "multi.csv"
    write_csv(path, 'client,date,channel,kind,summary\nA,2026-03-01,call,update,"two\nlines"\nA,bad,call,update,x\n')
    plan = check_rows(read_table(path), auto_mapping(["client", "date", "channel", "kind", "summary"]))
    assert [p.where for p in plan.problems] == ["line 4"]


def test_missing_required_columns_are_named(tmp_path):
    path = tmp_path / "cols.csv"
    write_csv(path, "client,date\nA,2026-03-01\n")
    with pytest.raises(ValidationError, match="no column holds 'channel'"):
        import_table(path)


def test_export_then_import_gives_the_same_journal(tmp_path, make_client, make_interaction, make_user, database):
    author = make_user("Олена")
    client = make_client("ТОВ «Ромашка»")
    make_interaction(client, author=author.id, summary="=1+2 is not a formula", sentiment=-2, effort=5,
                     tags=["hear", "мітка"], follow_up_due="2026-03-05", follow_up_done="2026-03-06",
                     notes="рядок 1\nрядок 2", direction="inbound")
    before = [(r.client, r.author, r.occurred_at, r.summary, r.notes, r.sentiment, r.tags, r.follow_up_done)
              for r in journal_rows()]
    export_csv(tmp_path / "j.csv")
    export_xlsx(tmp_path / "j.xlsx")
    from db.connection import close_database, open_database

    for name in ("j.csv", "j.xlsx"):
        close_database()
        open_database(tmp_path / f"fresh-{name}.db")
        import_table(tmp_path / name, by=journal.create_user("Importer", "account_manager", by=firm_owner()))
        after = [(r.client, r.author, r.occurred_at, r.summary, r.notes, r.sentiment, r.tags, r.follow_up_done)
                 for r in journal_rows()]
        assert after == before, name


def test_a_cancelled_import_leaves_nothing(tmp_path, make_client):
    make_client("Acme")
    lines = "".join(f"Client {i % 7},2026-03-01,call,update,row {i}\n" for i in range(1200))
    path = tmp_path / "many.csv"
    write_csv(path, "client,date,channel,kind,summary\n" + lines)
    table = read_table(path)
    plan = check_rows(table, auto_mapping(table.headers))
    before = counts()

    def cancel_half_way(done, total, message):
        if done >= 600:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_plan(plan, cancel_half_way)
    assert counts() == before


def test_two_thousand_rows_import_in_one_go(tmp_path):
    lines = "".join(f"Клієнт {i % 50},2026-03-{1 + i % 28:02d} 10:{i % 60:02d},call,update,рядок {i},,"
                    f"{'hear' if i % 3 else ''}\n" for i in range(2000))
    path = tmp_path / "big.csv"
    write_csv(path, "client,date,channel,kind,summary,notes,tags\n" + lines, "utf-8-sig")
    summary = import_table(path)
    assert summary.interactions == 2000 and len(summary.new_clients) == 50
    assert Interaction.select().count() == 2000
    assert InteractionTag.select().count() == sum(1 for i in range(2000) if i % 3)


def test_the_command_line_imports_a_csv_and_lists_bad_rows(tmp_path, db_path, capsys):
    from app.cli.main import main

    good = tmp_path / "good.csv"
    write_csv(good, "Клієнт,Дата,Канал,Тип,Зміст\nРомашка,01.03.2026,дзвінок,скарга,Затримка\n")
    assert main(["import", str(good), "--db", str(db_path)]) == 0
    assert "imported 1 interaction" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    write_csv(bad, "client,date,channel,kind,summary\nA,2026-03-01,call,update,ok\nB,never,call,update,x\n")
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    assert "line 3: When: 'never' is not a date" in capsys.readouterr().err
    out = tmp_path / "journal.xlsx"
    assert main(["export", "journal", "--format", "xlsx", "-o", str(out), "--db", str(db_path)]) == 0
    assert out.exists()
