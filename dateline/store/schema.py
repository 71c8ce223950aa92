"""Versioned schema: the ordered migrations both backends apply, each in its own transaction.

A migration is a list of statements. ``{pk}`` is the backend's auto-increment primary key and
``{float}`` its floating type. Full-text objects differ per backend, so each backend adds its own
statements for the versions that need them (see ``sqlite.py`` and ``postgres.py``).
Never edit a released migration: append a new version instead, so that an old database is upgraded
in place by running only what it lacks.
"""

from __future__ import annotations

# Version 1: articles and every extraction row, corpus people and name aliases.
V1 = [
    """CREATE TABLE articles (
        aid {pk},
        id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        date_start TEXT,
        date_end TEXT,
        body_start INTEGER NOT NULL DEFAULT 0,
        title TEXT,
        url TEXT,
        source TEXT,
        text TEXT,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_date ON articles (date_start, date_end)",
    """CREATE TABLE people (
        pid {pk},
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        type TEXT NOT NULL
    )""",
    "CREATE INDEX people_norm ON people (norm)",
    """CREATE TABLE entities (
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        type TEXT NOT NULL,
        gender TEXT,
        person_id INTEGER REFERENCES people (pid) ON DELETE SET NULL,
        link_reason TEXT,
        PRIMARY KEY (aid, id)
    )""",
    "CREATE INDEX entities_person ON entities (person_id)",
    """CREATE TABLE mentions (
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL
    )""",
    "CREATE INDEX mentions_entity ON mentions (aid, entity_id)",
    """CREATE TABLE aliases (
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        norm TEXT NOT NULL,
        text TEXT NOT NULL,
        full_name INTEGER NOT NULL,
        PRIMARY KEY (aid, entity_id, norm)
    )""",
    "CREATE INDEX aliases_norm ON aliases (norm)",
    """CREATE TABLE quotes (
        qid {pk},
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        spans TEXT NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        speaker TEXT,
        speaker_mention TEXT,
        cue TEXT,
        cue_span TEXT,
        addressee TEXT,
        channel TEXT,
        confidence {float} NOT NULL,
        UNIQUE (aid, id)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (aid, speaker)",
    "CREATE INDEX quotes_channel ON quotes (channel)",
    """CREATE TABLE times (
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        interval_start TEXT,
        interval_end TEXT,
        certain INTEGER NOT NULL,
        role TEXT,
        anchor TEXT,
        mod TEXT,
        anchored_value TEXT,
        PRIMARY KEY (aid, id)
    )""",
    "CREATE INDEX times_interval ON times (interval_start, interval_end)",
    """CREATE TABLE facts (
        aid INTEGER NOT NULL REFERENCES articles (aid) ON DELETE CASCADE,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        relation TEXT NOT NULL,
        subject TEXT NOT NULL,
        object TEXT,
        value TEXT,
        value_int INTEGER,
        as_of TEXT,
        born_start TEXT,
        born_end TEXT,
        time_id TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        confidence {float} NOT NULL,
        PRIMARY KEY (aid, id)
    )""",
    "CREATE INDEX facts_subject ON facts (aid, subject)",
    "CREATE INDEX facts_relation ON facts (relation)",
]

# Version 2: an `extra` JSON column on every extraction table, so that fields the extractors add
# later survive a round trip before they get real columns; hand corrections mark people as manual.
V2 = [
    "ALTER TABLE entities ADD COLUMN extra TEXT",
    "ALTER TABLE quotes ADD COLUMN extra TEXT",
    "ALTER TABLE times ADD COLUMN extra TEXT",
    "ALTER TABLE facts ADD COLUMN extra TEXT",
    "ALTER TABLE mentions ADD COLUMN extra TEXT",
    "ALTER TABLE people ADD COLUMN manual INTEGER NOT NULL DEFAULT 0",
]

# Version 3: full-text search over the article body only, not the `date ...` header (backend
# statements only: see sqlite.py and postgres.py).
V3: list[str] = []

# Version 4: where a person went when merged by hand, so that an old id can still be answered
# ("#7 was merged into #3") rather than "no person matches".
V4 = [
    """CREATE TABLE merged_people (
        pid INTEGER PRIMARY KEY,
        into_pid INTEGER NOT NULL,
        name TEXT NOT NULL,
        merged_at TEXT NOT NULL
    )""",
]

# Version 5: the quotation a quotation is nested in (`'He told me "we are done"'`), as a column
# so that queries can tell reported-within-reported words from the speaker's own.
V5 = [
    "ALTER TABLE quotes ADD COLUMN nested_in TEXT",
]

# Version 6: full-text search over top-level quotations only. A nested quotation's words are all
# in the quotation around it, so indexing it too made one passage two hits (backend statements
# only: see sqlite.py and postgres.py).
V6: list[str] = []

MIGRATIONS: dict[int, list[str]] = {1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6}
LATEST = max(MIGRATIONS)
