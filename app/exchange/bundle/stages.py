"""The two-stage relationship in a bundle: a client it adds past stage one needs a qualification decision.

A new client that arrives contracted (or paused, ended) needs the bundle's latest qualification
decision for it to be "interesting", decided by sales (an account manager; an owner where owners
sell: the journal's setting, else the bundle's). Without one, a client already contracted in another
system is taken in only if the person importing is sales: the import then records the decision on
their behalf, "imported as contracted from FILE". Anyone else is refused, every such client named.
A client that arrives "qualified" or "declined" needs the matching decision in the bundle. Staff
never decide stage one, so a decision the bundle credits to staff is refused too. Clients the
journal already has keep their own stage and are not judged.
"""

import datetime as dt
import json

from app.common.errors import Problem
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.bundle.check import CheckedBundle
from app.journal import stages
from db.models import Client, Setting, User


def _owners_sell(checked: CheckedBundle) -> bool:
    """The journal's own setting wins (as with every setting a bundle brings), else the bundle's."""
    row = Setting.get_or_none(Setting.key == "owners_sell")
    if row is not None:
        return json.loads(row.value) is True
    return checked.settings.get("owners_sell") is True


def contract_problems(checked: CheckedBundle, importer: User | None) -> tuple[list[Problem], list[str]]:
    """(problems, refs of the clients whose decision the import records on the importer's behalf)."""
    journal_roles = dict(User.select(User.name, User.role).tuples())
    role_of = {r["ref"]: journal_roles.get(r["name"], r["role"]) for r in checked.sections.get("users", [])
               if r.get("ref")}
    owners_too = _owners_sell(checked)
    sales = stages.sales_roles(owners_too)
    problems: list[Problem] = []
    latest: dict[str, tuple[tuple, dict]] = {}
    for i, record in enumerate(checked.sections.get("qualifications", [])):
        if role_of.get(record["decided_by"]) == "staff":
            problems.append(Problem(f"qualifications[{i}].decided_by", Message(QT_TRANSLATE_NOOP(
                "Messages", "{ref} is staff: staff never decide stage one (sales does: {who})"),
                ref=record["decided_by"], who=_who(owners_too))))
        order = (record["decided_at"] or dt.datetime.max, i)
        if record["client"] not in latest or order >= latest[record["client"]][0]:
            latest[record["client"]] = (order, record)
    existing = {name for (name,) in Client.select(Client.name).tuples()}
    on_behalf: list[str] = []
    importer_sells = stages.is_sales(importer, owners_too)
    for i, client in enumerate(checked.sections.get("clients", [])):
        stage = client["stage"]
        if client["name"] in existing or stage == "prospect":
            continue
        decision = latest.get(client["ref"], (None, None))[1]
        where = f"clients[{i}].stage"
        if stage in stages.DECISION_OF:
            if decision is None or decision["decision"] != stages.DECISION_OF[stage]:
                problems.append(Problem(where, Message(QT_TRANSLATE_NOOP(
                    "Messages", "{client} is {stage}, but the bundle has no matching qualification decision for "
                                "it: add it to \"qualifications\", or bring the client in as a prospect"),
                    client=repr(client["name"]), stage=Message(stage, "Labels"))))
            continue
        if stage not in stages.PAST_STAGE_ONE:
            continue
        if decision is not None and decision["decision"] == "interesting" and role_of.get(decision["decided_by"]) in sales:
            continue
        if importer_sells:
            on_behalf.append(client["ref"])
            continue
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP(
            "Messages", "{client} is {stage}, but the bundle records no qualification decision \"interesting\" "
                        "by sales ({who}) for it: import the file as an account manager (Settings > Who am I) "
                        "and the import records that decision on your behalf, saying where the client came from"),
            client=repr(client["name"]), stage=Message(stage, "Labels"), who=_who(owners_too))))
    return problems, on_behalf


def _who(owners_too: bool) -> Message:
    if owners_too:
        return Message(QT_TRANSLATE_NOOP("Messages", "an account manager or an owner"))
    return Message(QT_TRANSLATE_NOOP("Messages", "an account manager"))
