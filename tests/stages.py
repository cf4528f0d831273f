"""Clients past stage one, made as the journal allows: only with a qualification decision on record."""

from app.journal import records as journal
from app.journal import stages
from db.models import Client, Qualification, StageChange
from tests.authors import firm_owner


def client_at_stage(name: str, stage: str = "contracted", **fields) -> Client:
    """A client that entered the journal at `stage` (one stage record, from nothing, as an import
    of a client contracted elsewhere leaves it), with the decision that stage needs on record
    (no decider: as an old journal's import may bring it)."""
    client = journal.create_client(name=name, stage="prospect", **fields, by=firm_owner())
    if stage == "prospect":
        return client
    decision = stages.DECISION_OF.get(stage, "interesting")
    Qualification.create(client=client, decided_by=None, decision=decision, reason="test history")
    Client.update(stage=stage).where(Client.id == client.id).execute()
    StageChange.update(to_stage=stage).where(StageChange.client == client.id).execute()
    return journal.get_client(client.id)


def judged_interesting(client_id: int) -> None:
    """A decision "interesting" on record for a client (no decider), so that it may be contracted."""
    Qualification.create(client=client_id, decided_by=None, decision="interesting", reason="test history")
