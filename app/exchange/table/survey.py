"""What the import wizard shows about a file before checking it: each column's date order and its
distinct values, so the values that fit no Rapport word can be mapped in place."""

from collections import Counter
from dataclasses import dataclass

from app.exchange.table.dates import detect_order
from app.exchange.table.reading import Table
from app.exchange.table.vocabulary import header_key, stored_word
from db import vocabulary as V

# A column with more distinct values than this holds free text, not a word from a list.
MAX_DISTINCT = 60
WORD_FIELDS = {"channel": V.CHANNELS, "kind": V.KINDS, "direction": V.DIRECTIONS}


@dataclass
class Survey:
    """Per column: its date order (dmy, mdy; '' none needed; None undecided) and its distinct values."""

    orders: list[str | None]
    distinct: list[Counter | None]  # None: too many to be words from a list


def survey_table(table: Table) -> Survey:
    width = len(table.headers)
    counters: list[Counter | None] = [Counter() for _ in range(width)]
    for _line, cells in table.rows:
        for column, cell in enumerate(cells[:width]):
            counter = counters[column]
            if counter is None or cell is None or cell == "":
                continue
            counter[cell if cell.__class__ is str else str(cell)] += 1
            if len(counter) > MAX_DISTINCT:
                counters[column] = None
    orders = []
    for column in range(width):
        orders.append(detect_order(cells[column] for _line, cells in table.rows if column < len(cells)))
    return Survey(orders, counters)


def unfit_values(survey: Survey, column: int, field: str) -> list[tuple[str, int]]:
    """The column's distinct values that are no word of the field, most frequent first."""
    words = WORD_FIELDS.get(field)
    counter = survey.distinct[column] if 0 <= column < len(survey.distinct) else None
    if words is None or counter is None:
        return []
    return [(value, count) for value, count in counter.most_common() if stored_word(field, value) not in words]


def mapped_value(value_map: dict[str, str], value: str) -> str | None:
    """What a profile's map makes of a file's value (matched as headers are), or None."""
    key = header_key(value)
    return next((target for source, target in value_map.items() if header_key(source) == key), None)
