"""The two-stage relationship in a bundle: a client it adds past stage one needs a qualification decision.

Only an owner imports a bundle (rights "import a bundle"): it is the firm's own journal moving
between machines, so its clients keep the stages and qualification decisions it records, and the
import does not ask the owner to be sales as well (a table import does: app.exchange.table.writer).
A new client that arrives contracted (or paused, ended) with no decision "interesting" by sales in
the bundle (an account manager; an owner where owners sell: the journal's setting, else the
bundle's) keeps its stage, and the import records where it came from, "imported as contracted from
FILE": decided by the importer where they are sales, else by nobody named, as an old journal's own
history is. What the bundle gets wrong is still refused, by path: a client "qualified" or
"declined" without the matching decision, and a decision credited to staff, who never decide stage
one. Clients the journal already has keep their own stage and are not judged.
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
        on_behalf.append(client["ref"])  # its recorded stage stands; where it came from is recorded
    return problems, on_behalf


def _who(owners_too: bool) -> Message:
    if owners_too:
        return Message(QT_TRANSLATE_NOOP("Messages", "an account manager or an owner"))
    return Message(QT_TRANSLATE_NOOP("Messages", "an account manager"))
