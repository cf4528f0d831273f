"""Search quality on real Russian and Ukrainian articles: recall and precision per language.

The journal holds every paragraph of the seed articles (SOURCES.md) as the notes of one entry;
each query of queries.json is typed in an inflected form, and a paragraph is relevant when it
contains a form of the same word (the judgement written there as a regular expression). Run
with -s to see the figures and every miss.
"""

import json
import re
from pathlib import Path

import pytest

from app.search.engine import search

HERE = Path(__file__).parent
GOAL = 0.95


def paragraphs(lang: str) -> list[str]:
    return (HERE / f"{lang}.txt").read_text(encoding="utf-8").splitlines()


def queries(lang: str) -> list[dict]:
    return [q for q in json.loads((HERE / "queries.json").read_text(encoding="utf-8")) if q["lang"] == lang]


def relevant(pattern: str, texts: dict[int, str]) -> set[int]:
    whole_word = re.compile(rf"(?<![\w'’ʼ`])(?:{pattern})(?![\w'’ʼ`])", re.IGNORECASE)
    return {n for n, text in texts.items() if whole_word.search(text.replace("ё", "е").replace("Ё", "Е"))}


def quality(lang: str, make_client, make_interaction) -> tuple[float, float, list[str]]:
    client = make_client(f"Articles {lang}")
    texts = {}
    for line in paragraphs(lang):
        entry = make_interaction(client, summary=line[:5], notes=line[6:])
        texts[entry.id] = line[6:]
    found = wanted = right = 0
    misses = []
    for q in queries(lang):
        hits = {hit.interaction_id for hit in search(q["query"], limit=1000)}
        judged = relevant(q["forms"], texts)
        found, wanted, right = found + len(hits), wanted + len(judged), right + len(hits & judged)
        if hits != judged:
            misses.append(f"{q['query']}: missed {len(judged - hits)}, wrong {len(hits - judged)}")
    return right / wanted, right / found, misses


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_recall_and_precision_reach_the_goal(lang, make_client, make_interaction):
    recall, precision, misses = quality(lang, make_client, make_interaction)
    print(f"\n{lang}: {len(queries(lang))} queries, {len(paragraphs(lang))} paragraphs: "
          f"recall {recall:.3f}, precision {precision:.3f}")
    for miss in misses:
        print("  ", miss)
    assert recall >= GOAL and precision >= GOAL, misses
