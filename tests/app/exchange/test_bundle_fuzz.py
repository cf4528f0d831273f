"""Bad bundles, made by hypothesis: never a crash, never a partial write, every problem named."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common.errors import RapportError, ValidationError
from app.exchange.bundle import files as bundle
from tests.app.exchange.bundle_sample import domain_bundle, row_counts

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


def rich_bundle() -> dict:
    """DOMAIN.md's example plus every extension section and key."""
    data = domain_bundle()
    data["users"][0]["active"] = True
    data["clients"].append({"ref": "c2", "name": "Beta", "stage": "prospect"})
    data["tags"] = [{"name": "own_tag", "category": "custom", "description": "ours"}]
    data["interactions"].append({"ref": "i2", "client": "c1", "occurred_at": "2026-03-03T09:00:00",
                                 "channel": "email", "kind": "complaint", "summary": "Again", "tags": ["own_tag"]})
    data["feedback"][0].update(resolved_by="i2", repeat_contacts=["i2"])
    data["negotiations"][0].update(
        options="a or b", positions=[{"at": "2026-03-05T09:00:00", "side": "client", "text": "no"}],
        concessions=[{"at": "2026-03-06T09:00:00", "side": "ours", "description": "free delivery"}])
    data["negotiations"][0]["history"][0]["author"] = "u1"
    data["stage_changes"] = [{"client": "c1", "at": "2026-01-01T00:00:00", "from_stage": None,
                              "to_stage": "contracted", "author": "u1", "note": ""}]
    data["playbook"] = [{"situation": "Angry client", "action": "Listen", "language": "en",
                         "kinds": ["complaint"], "tags": ["hear"], "position": 1}]
    data["portrait"] = [{"ref": "pc1", "name": "Pays on time", "description": "", "weight": 2, "position": 1}]
    data["qualifications"] += [{"client": "c2", "decided_by": "u1", "decided_at": "2026-01-02T10:00:00",
                               "decision": "interesting", "reason": "", "score": 3, "criteria_met": ["pc1"]}]
    data["holidays"] = [{"day": "2026-01-07", "name": "Christmas"}]
    data["settings"] = {"work_start": "09:00"}
    return data


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.sampled_from(["c1", "i1", "u1", "p1", "pc1", "2026-03-01", "2026-03-01T10:00:00+14:00",
                       "0001-01-01T00:00:00+05:00", "call", "open", "", " ", "\ud800", "a\x00b"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


@st.composite
def mutated_bundles(draw):
    """A valid bundle with one to three values replaced, keys dropped or unknown keys added."""
    data = rich_bundle()
    for _ in range(draw(st.integers(1, 3))):
        parent, key = data, None
        while True:  # walk down to a random container and pick a place in it
            node = parent if key is None else parent[key]
            if not isinstance(node, dict | list) or not node or (key is not None and draw(st.integers(0, 4)) == 0):
                break
            parent, key = node, draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        action = draw(st.sampled_from(["replace", "delete", "unknown"]))
        if key is None:
            continue
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    return data


def assert_all_or_nothing(data) -> None:
    before = row_counts()
    try:
        bundle.import_data(data)
    except ValidationError as exc:
        assert exc.problems
        assert all(p.where and p.message for p in exc.problems), exc.problems
        assert row_counts() == before
    except RapportError:
        assert row_counts() == before


@FUZZ
@given(mutated_bundles())
def test_a_mutated_bundle_is_imported_whole_or_not_at_all(data):
    assert_all_or_nothing(data)


@FUZZ
@given(json_values)
def test_any_json_is_refused_with_named_problems(data):
    assert_all_or_nothing(data)


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_file_gives_a_clear_error_and_writes_nothing(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "bundle.json"
    path.write_bytes(raw)
    before = row_counts()
    try:
        bundle.import_bundle(path)
    except RapportError as exc:
        assert str(exc)
    assert row_counts() == before


def test_the_rich_bundle_itself_is_valid():
    report = bundle.import_data(json.loads(json.dumps(rich_bundle())))
    assert report.added["portrait"] == 1 and report.added["qualifications"] == 2
