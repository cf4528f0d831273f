"""SQL that reads the same on SQLite and PostgreSQL, for the few places where the two differ.

SQLite keeps dates as ISO text and treats a comparison as the number 0 or 1; PostgreSQL keeps
real timestamps and booleans. Each helper builds the expression for the journal that is open
when the query is built, so SQLite's statements stay exactly what they were.
"""

from peewee import Case, Expression, Node, fn

from db.connection import is_sqlite


def count_where(condition: Expression) -> Node:
    """How many rows of the group meet the condition (SQLite's SUM of a comparison, portably)."""
    return fn.COUNT(Case(None, [(condition, 1)], None))


def day_text(column: Node) -> Node:
    """A date or timestamp column as 'YYYY-MM-DD' text: one value per calendar day."""
    if is_sqlite():
        return fn.SUBSTR(column, 1, 10)
    return fn.TO_CHAR(column, "YYYY-MM-DD")


def month_text(column: Node) -> Node:
    """A date or timestamp column as 'YYYY-MM' text: one value per calendar month."""
    if is_sqlite():
        return fn.SUBSTR(column, 1, 7)
    return fn.TO_CHAR(column, "YYYY-MM")


def unindexed(column: Node) -> Node:
    """The column as an expression SQLite cannot read through an index (the documented `+ 0`
    planner hint); PostgreSQL gets the bare column, since it plans without such hints."""
    return column + 0 if is_sqlite() else column
