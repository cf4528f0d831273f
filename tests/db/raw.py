"""Another program's plain sqlite3 connection that knows the functions Rapport's triggers call,
as another Rapport process on the same journal does (the search index's and the audit trail's)."""

import sqlite3


def rapport_sqlite(path, timeout: float = 15) -> sqlite3.Connection:
    from db import audit
    from db.search_index import _sql_text
    from db.search_words import forms_line, lemmas_line

    con = sqlite3.connect(path, timeout=timeout)
    con.create_function("rapport_lemmas", 1, _sql_text(lemmas_line), deterministic=True)
    con.create_function("rapport_forms", 1, _sql_text(forms_line), deterministic=True)
    con.create_function("rapport_actor", 0, audit.actor)
    con.create_function("rapport_login", 0, audit.computer_account)
    con.create_function("rapport_now", 0, audit._now_text)
    return con
