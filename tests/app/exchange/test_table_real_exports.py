"""Real exports import as published: files built here in the shapes other programs write them.

Shapes from the programs' own documentation: Salesforce's activity fields and labels (Task and
Event: Subject, Date, Assigned To, Call Type, Comments; data export in ISO-8859-1), Dynamics 365
activities (Activity Type, Regarding, Owner, Direction, US dates with AM/PM), the public Kaggle
"Customer Support Ticket Dataset" (Ticket Type, Ticket Channel, ...), Bitrix24's lead import
template (Windows-1251, semicolons), Odoo's lead import template (XLSX), a 1C event journal saved
as XLS, and amoCRM's contact export.
"""

import csv
import datetime as dt
import io
import json

import pytest

from app.common.errors import ValidationError
from app.exchange.table.exporter import journal_rows
from app.exchange.table.importer import import_table
from app.exchange.table.profile import load_profile
from db.models import Client, ImportFingerprint, Interaction

# New clients come in contracted: the importer is sales (seed 003's two-stage relationship).
pytestmark = pytest.mark.usefixtures("sales_importer")


def write_table(path, rows, encoding="utf-8", delimiter=","):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def profile(tmp_path, data, name="profile.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_profile(path)


SALESFORCE_TASKS = [
    ["Subject", "Date", "Account Name", "Contact Name", "Assigned To", "Call Type", "Activity Subtype", "Status",
     "Comments"],
    ["Renewal call", "10/08/2015", "Nestlé", "José Álvarez", "Ann Smith", "Inbound", "Call", "Completed",
     "Reunión prevista en Zürich"],
    ["Price list", "10/25/2015", "Reunión SA", "Zoë Brown", "Ann Smith", "", "Email", "Completed",
     "Prix réduit à négocier"],
    ["Follow-up", "11/02/2015", "Nestlé", "José Álvarez", "Bob Lee", "Outbound", "Call", "Open", ""],
]


def test_salesforce_tasks_in_iso_8859_1_with_us_dates_import_with_a_constant(tmp_path):
    path = write_table(tmp_path / "Task.csv", SALESFORCE_TASKS, "latin-1")
    summary = import_table(path, profile=profile(tmp_path, {"constants": {"kind": "update"}}))
    assert summary.interactions == 3 and summary.encoding == "ISO-8859-1"
    assert sorted(Client.select(Client.name).tuples()) == [("Nestlé",), ("Reunión SA",)]  # not "Nestlй"
    rows = list(journal_rows())
    assert [r.occurred_at.date() for r in rows] == [dt.date(2015, 10, 8), dt.date(2015, 10, 25),
                                                    dt.date(2015, 11, 2)]  # month first: 10/25 settles it
    assert [(r.channel, r.direction, r.author) for r in rows] == [
        ("call", "inbound", "Ann Smith"), ("email", "", "Ann Smith"), ("call", "outbound", "Bob Lee")]
    assert rows[0].notes == "Reunión prevista en Zürich" and rows[0].contact == "José Álvarez"


def test_the_same_export_imported_again_adds_nothing_and_says_so(tmp_path):
    path = write_table(tmp_path / "Task.csv", SALESFORCE_TASKS, "latin-1")
    kind = profile(tmp_path, {"constants": {"kind": "update"}})
    import_table(path, profile=kind)
    assert ImportFingerprint.select().count() == 3
    again = import_table(path, profile=kind)
    assert (again.interactions, again.duplicates) == (0, 3)
    assert "3 already imported before" in again.text()
    # next week's export: the old rows plus one new, now saved as UTF-8
    write_table(path, SALESFORCE_TASKS + [["New call", "11/20/2015", "Nestlé", "", "Ann Smith", "Inbound", "Call",
                                           "Completed", ""]])
    later = import_table(path, profile=kind)
    assert (later.interactions, later.duplicates) == (1, 3)
    assert Interaction.select().count() == 4


def test_salesforce_events_take_their_time_from_a_date_and_time_column(tmp_path):
    path = write_table(tmp_path / "Event.csv", [
        ["Subject", "Date", "Time", "Related To", "Assigned To", "Comments"],
        ["Quarterly review", "10/08/2015", "10/8/2015 2:30 PM", "Acme Corp", "Ann Smith", "On site"],
        ["Kick-off", "10/13/2015", "10/13/2015 9:00 AM", "Acme Corp", "Ann Smith", ""],
    ])
    import_table(path, profile=profile(tmp_path, {"constants": {"channel": "meeting", "kind": "negotiation"}}))
    rows = list(journal_rows())
    assert [r.occurred_at for r in rows] == [dt.datetime(2015, 10, 8, 14, 30), dt.datetime(2015, 10, 13, 9, 0)]
    assert {r.channel for r in rows} == {"meeting"}


def test_dynamics_activities_with_activity_types_and_directions(tmp_path):
    path = write_table(tmp_path / "Activities.csv", [
        ["Activity Type", "Subject", "Regarding", "Activity Status", "Priority", "Start Date", "Due Date", "Owner",
         "Direction", "Description"],
        ["Phone Call", "Delivery late", "Contoso Ltd", "Completed", "High", "8/10/2015 9:15 AM", "8/10/2015",
         "Dana Ward", "Incoming", "Customer upset"],
        ["Email", "Quote sent", "Fabrikam", "Completed", "Normal", "8/21/2015 4:00 PM", "", "Dana Ward", "Outgoing",
         ""],
        ["Appointment", "Site survey", "Contoso Ltd", "Open", "Normal", "9/1/2015 11:00 AM", "", "Ivan Petrov", "",
         ""],
    ], "utf-8-sig")
    summary = import_table(path, profile=profile(tmp_path, {"constants": {"kind": "update"},
                                                            "values": {"kind": {}}}))
    assert summary.interactions == 3
    rows = list(journal_rows())
    assert [(r.channel, r.direction) for r in rows] == [("call", "inbound"), ("email", "outbound"),
                                                         ("meeting", "")]
    assert rows[0].occurred_at == dt.datetime(2015, 8, 10, 9, 15) and rows[0].client == "Contoso Ltd"
    # "Due Date" alone could be 8 October; the file's Start Date (8/21/2015) settles it as month first
    assert rows[0].follow_up_due == dt.date(2015, 8, 10)


SUPPORT_TICKETS = [
    ["Ticket ID", "Customer Name", "Customer Email", "Customer Age", "Customer Gender", "Product Purchased",
     "Date of Purchase", "Ticket Type", "Ticket Subject", "Ticket Description", "Ticket Status", "Resolution",
     "Ticket Priority", "Ticket Channel", "First Response Time", "Time to Resolution",
     "Customer Satisfaction Rating"],
    ["1", "Marisa Obrien", "carrollallison@example.com", "32", "Other", "GoPro Hero", "2021-03-22",
     "Technical issue", "Product setup", "I'm having an issue with the GoPro Hero.", "Pending Customer Response",
     "", "Critical", "Social media", "2023-06-01 12:15:36", "", ""],
    ["2", "Jessica Rios", "clarkeashley@example.com", "42", "Female", "LG Smart TV", "2021-05-22",
     "Technical issue", "Peripheral compatibility", "I'm having an issue with the LG Smart TV.",
     "Pending Customer Response", "", "Critical", "Chat", "2023-06-01 16:45:38", "", ""],
    ["3", "Christopher Robbins", "gonzalestracy@example.com", "48", "Other", "Dell XPS", "2020-07-14",
     "Refund request", "Network problem", "I'm facing a problem with my Dell XPS.", "Closed",
     "Case maybe show recently my computer follow.", "Low", "Social media", "2023-06-01 11:14:38",
     "2023-06-01 18:05:38", "3.0"],
    ["4", "Christina Dillon", "bradleyolson@example.org", "27", "Female", "Microsoft Office", "2020-11-13",
     "Billing inquiry", "Account access", "I'm having an issue with the Microsoft Office.", "Closed",
     "Try capital clearly never color toward story.", "Low", "Phone", "2023-06-01 07:29:40",
     "2023-06-01 16:34:40", "3.0"],
    ["5", "Alexander Carroll", "bradleymark@example.com", "67", "Female", "Autodesk AutoCAD", "2020-02-04",
     "Product inquiry", "Data loss", "Please assist.", "Open", "", "Low", "Email", "", "", ""],
]


def test_a_support_ticket_data_set_imports_with_no_profile_at_all(tmp_path):
    summary = import_table(write_table(tmp_path / "customer_support_tickets.csv", SUPPORT_TICKETS))
    assert summary.interactions == 5
    rows = {r.client: r for r in journal_rows()}
    assert (rows["Marisa Obrien"].channel, rows["Marisa Obrien"].kind) == ("chat", "complaint")
    assert (rows["Christina Dillon"].channel, rows["Christina Dillon"].kind) == ("call", "request")
    assert rows["Christopher Robbins"].kind == "complaint"  # a refund request
    assert rows["Alexander Carroll"].summary == "Data loss"


BITRIX_LEADS = [
    ["Название лида", "Имя", "Фамилия", "Рабочий телефон", "Рабочий e-mail", "Название компании", "Должность",
     "Комментарий", "Статус", "Источник", "Ответственный", "Сумма", "Валюта"],
    ["Заявка с сайта", "Иван", "Петров", "+7 495 000-00-00", "ivan@romashka.ru", "ООО «Ромашка»", "Директор",
     "Просит перезвонить после обеда", "Не обработан", "Веб-сайт", "Ольга Смирнова", "150000", "RUB"],
    ["Входящий звонок", "Анна", "Кузнецова", "", "", "ИП Кузнецова", "", "", "В работе", "Звонок",
     "Ольга Смирнова", "", ""],
    ["Повторный заказ", "Пётр", "Сидоров", "", "", "ООО «Ромашка»", "", "Хочет скидку", "Не обработан",
     "Существующий клиент", "Максим Орлов", "", ""],
]


def test_bitrix24_lead_import_file_in_windows_1251_with_a_saved_profile(tmp_path):
    path = write_table(tmp_path / "leads.csv", BITRIX_LEADS, "cp1251", ";")
    saved = profile(tmp_path, {"constants": {"occurred_at": "2024-03-01", "kind": "request"},
                               "values": {"channel": {"Существующий клиент": "other"}}})
    summary = import_table(path, profile=saved)
    assert summary.interactions == 3 and summary.encoding == "Windows-1251"
    rows = list(journal_rows())
    assert [(r.client, r.channel, r.author) for r in rows] == [
        ("ООО «Ромашка»", "other", "Ольга Смирнова"), ("ИП Кузнецова", "call", "Ольга Смирнова"),
        ("ООО «Ромашка»", "other", "Максим Орлов")]
    assert rows[0].summary == "Заявка с сайта" and rows[0].notes == "Просит перезвонить после обеда"


def test_odoo_lead_template_as_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Opportunity", "Contact Name", "Company Name", "Email", "Phone", "Salesperson", "Sales Team",
                  "Tags", "Expected Revenue", "Priority", "Notes"])
    sheet.append(["Office furniture", "Azure Interior", "Azure Interior", "azure@example.com", "", "Mitchell Admin",
                  "Europe", "Product", 12500, "High", "Needs 20 desks"])
    sheet.append(["Quote for 5 chairs", "Deco Addict", "Deco Addict", "", "", "Marc Demo", "", "", 2500, "", ""])
    book.save(tmp_path / "crm_lead.xlsx")
    saved = profile(tmp_path, {"constants": {"occurred_at": "2024-05-02", "channel": "other", "kind": "request"}})
    assert import_table(tmp_path / "crm_lead.xlsx", profile=saved).interactions == 2
    rows = list(journal_rows())
    assert [(r.client, r.author, r.summary) for r in rows] == [
        ("Azure Interior", "Mitchell Admin", "Office furniture"), ("Deco Addict", "Marc Demo", "Quote for 5 chairs")]
    assert rows[0].tags == ["product"]


def test_a_1c_event_journal_saved_as_xls(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("События")
    headers = ["Дата", "Вид события", "Контрагент", "Контактное лицо", "Тема", "Содержание", "Ответственный",
               "Направление"]
    stamp = xlwt.easyxf(num_format_str="DD.MM.YYYY HH:MM")
    for column, header in enumerate(headers):
        sheet.write(0, column, header)
    events = [(dt.datetime(2024, 2, 5, 10, 30), "Телефонный звонок", "ТОВ «Світанок»", "Олег", "Рахунок",
               "Уточнили оплату", "Ірина", "Входящее"),
              (dt.datetime(2024, 2, 6, 15, 0), "Встреча", "ТОВ «Світанок»", "", "Договір", "", "Ірина", ""),
              (dt.datetime(2024, 2, 7, 9, 0), "Электронное письмо", "АО Вектор", "", "Прайс", "", "Ірина",
               "Исходящее")]
    for row, values in enumerate(events, 1):
        for column, value in enumerate(values):
            sheet.write(row, column, value, stamp if isinstance(value, dt.datetime) else xlwt.Style.default_style)
    book.save(str(tmp_path / "События.xls"))
    import_table(tmp_path / "События.xls", profile=profile(tmp_path, {"constants": {"kind": "update"}}))
    rows = list(journal_rows())
    assert [(r.occurred_at, r.channel, r.direction) for r in rows] == [
        (dt.datetime(2024, 2, 5, 10, 30), "call", "inbound"), (dt.datetime(2024, 2, 6, 15, 0), "meeting", ""),
        (dt.datetime(2024, 2, 7, 9, 0), "email", "outbound")]
    assert rows[0].client == "ТОВ «Світанок»" and rows[0].contact == "Олег"


def test_amocrm_export_headers(tmp_path):
    path = write_table(tmp_path / "amocrm_export.csv", [
        ["Полное имя контакта", "Компания контакта", "Ответственный", "Дата создания", "Описание", "Результат",
         "Теги"],
        ["Сергей Волков", "ООО Техснаб", "Мария", "05.03.2024 12:40", "Обсудили поставку", "Ждут КП", "vip"],
    ], "utf-8-sig", ";")
    import_table(path, profile=profile(tmp_path, {"constants": {"channel": "call", "kind": "delivery"}}))
    (row,) = journal_rows()
    assert (row.client, row.contact, row.author) == ("ООО Техснаб", "Сергей Волков", "Мария")
    assert row.occurred_at == dt.datetime(2024, 3, 5, 12, 40) and row.notes == "Обсудили поставку"


def test_bad_rows_skipped_go_beside_the_file_with_line_and_reason(tmp_path, make_client):
    rows = [["Customer Name", "Date", "Channel", "Type", "Subject"]]
    rows += [[f"Client {n % 3}", f"2024-01-{1 + n % 28:02d}", "phone", "issue", f"Row {n}"] for n in range(20)]
    rows[5][1] = "yesterday"
    rows[9][2] = "pigeon"
    path = write_table(tmp_path / "export.csv", rows)
    with pytest.raises(ValidationError) as refused:
        import_table(path)
    assert {p.where for p in refused.value.problems} == {"line 6", "line 10"}
    assert Interaction.select().count() == 0

    summary = import_table(path, profile=profile(tmp_path, {"bad_rows": "skip"}))
    assert (summary.interactions, summary.skipped) == (18, 2)
    assert "2 bad rows skipped" in summary.text()
    rejected = tmp_path / "export.rejected.csv"
    assert summary.rejects == str(rejected)
    with open(rejected, encoding="utf-8-sig", newline="") as handle:
        listed = list(csv.reader(handle))
    assert listed[0] == ["line", "reason", "Customer Name", "Date", "Channel", "Type", "Subject"]
    assert [r[0] for r in listed[1:]] == ["6", "10"]
    assert "yesterday" in listed[1][1] and "pigeon" in listed[2][1] and listed[2][6] == "Row 8"
    assert oct(rejected.stat().st_mode & 0o777) == "0o600"


def test_ambiguous_dates_are_refused_naming_the_column_until_the_profile_says(tmp_path):
    path = write_table(tmp_path / "calls.csv", [["Client", "Due Date", "Channel", "Kind", "Summary"],
                                                ["Acme", "08-10-2015", "call", "update", "One"],
                                                ["Acme", "09-11-2015", "call", "update", "Two"]])
    with pytest.raises(ValidationError) as refused:
        import_table(path)
    (problem,) = refused.value.problems
    assert problem.where == "column 'Due Date'" and "'08-10-2015'" in problem.message
    import_table(path, profile=profile(tmp_path, {"date_order": "mdy"}))
    assert [r.occurred_at.date() for r in journal_rows()] == [dt.date(2015, 8, 10), dt.date(2015, 9, 11)]


def test_a_utf8_file_with_a_stray_byte_is_refused_naming_its_line(tmp_path):
    text = "Client,Date,Channel,Kind,Summary\nНестле,2024-01-02,call,update,Один\n"
    raw = text.encode() + b"Reuni\xf3n,2024-01-03,call,update,Two\n"
    (tmp_path / "mixed.csv").write_bytes(raw)
    with pytest.raises(Exception) as refused:
        import_table(tmp_path / "mixed.csv")
    assert "line 3" in str(refused.value) and "UTF-8" in str(refused.value)
    assert Client.select().count() == 0


def test_two_equally_plausible_code_pages_are_refused_until_the_profile_names_one(tmp_path):
    path = tmp_path / "short.csv"  # one short Cyrillic name: Windows-1251, KOI8-R or Windows-1252 alike
    path.write_bytes("Client,Date,Channel,Kind,Summary\nЮг,2024-01-02,call,update,x\n".encode("cp1251"))
    with pytest.raises(Exception) as refused:
        import_table(path)
    assert "equally well" in str(refused.value) and "Юг" in str(refused.value)
    assert Client.select().count() == 0
    summary = import_table(path, profile=profile(tmp_path, {"encoding": "cp1251"}))
    assert summary.encoding == "Windows-1251" and Client.get().name == "Юг"


def test_a_profile_with_mistakes_names_each_one(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"columns": {"Account": "customer"}, "constants": {"channel": True},
                                "values": {"colour": {"a": "b"}}, "encoding": "klingon", "date_order": "ydm",
                                "bad_rows": "ignore", "extra": 1}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        load_profile(path)
    where = {p.where for p in refused.value.problems}
    assert where == {"bad.json.extra", "bad.json.columns.Account", "bad.json.constants.channel",
                     "bad.json.values.colour", "bad.json.encoding", "bad.json.date_order", "bad.json.bad_rows"}


def test_a_bad_row_after_many_written_batches_leaves_nothing_written(tmp_path):
    rows = [["Client", "Date", "Channel", "Kind", "Summary"]]
    rows += [[f"Client {n % 50}", "2024-01-02", "call", "update", f"Row {n}"] for n in range(5000)]
    rows.append(["Late", "2024-01-02", "pigeon", "update", "the bad one, at the very end"])
    path = write_table(tmp_path / "long.csv", rows)
    with pytest.raises(ValidationError) as refused:
        import_table(path)
    assert [p.where for p in refused.value.problems] == ["line 5002"]
    assert (Interaction.select().count(), Client.select().count(), ImportFingerprint.select().count()) == (0, 0, 0)
    summary = import_table(path, profile=profile(tmp_path, {"bad_rows": "skip"}))
    assert (summary.interactions, summary.skipped) == (5000, 1)
