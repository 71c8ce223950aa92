"""The corpus store: every behaviour runs on SQLite and on PostgreSQL (skipped only when no server)."""

from __future__ import annotations

import os
import uuid
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

import pytest

from dateline.ages import born_between_for
from dateline.errors import StoreError
from dateline.link import write_batch
from dateline.model import Article, Entity, Extraction, Fact, Mention, Quote, Segment, Span, TimeExpr
from dateline.read import from_dated_text
from dateline.store import Store, open_store
from dateline.store.schema import LATEST

CORPUS = Path(__file__).parent / "corpus"
PG_URL = os.environ.get("DATELINE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@lru_cache(maxsize=1)
def pg_unreachable() -> Optional[str]:
    """None when the PostgreSQL test server answers, else why not."""
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception as exc:  # any failure to connect means "skip the PostgreSQL half", with the reason
        return f"{type(exc).__name__}: {str(exc).strip()}"
    return None


def fresh_url(backend: str, tmp_path: Path) -> tuple[str, Optional[str]]:
    if backend == "sqlite":
        return str(tmp_path / "corpus.db"), None
    reason = pg_unreachable()
    if reason:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} ({reason}); set DATELINE_TEST_PG or start the server")
    schema = "t_" + uuid.uuid4().hex[:12]
    return f"{PG_URL}?schema={schema}", schema


def drop_schema(schema: Optional[str]) -> None:
    if schema:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty database URL per test: a SQLite file, or a random PostgreSQL schema."""
    url, schema = fresh_url(request.param, tmp_path)
    yield url
    drop_schema(schema)


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


# -- building extractions by hand -------------------------------------------------------------------


def at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(text: str, needle: str, occurrence: int = 1) -> Span:
    s, e = at(text, needle, occurrence)
    return Span(start=s, end=e, text=needle)


class Builder:
    """An Extraction for a text, built from the strings in it (offsets are found, never typed)."""

    def __init__(self, text: str, article_id: str) -> None:
        self.article: Article = from_dated_text(text, source=article_id, article_id=article_id)
        self.text = text
        self.entities: list[Entity] = []
        self.quotes: list[Quote] = []
        self.facts: list[Fact] = []
        self.times: list[TimeExpr] = []

    def person(self, eid: str, name: str, *, surname: Optional[str] = None, gender: Optional[str] = None,
               type: str = "PERSON") -> Builder:
        mentions = [Mention(**span(self.text, name).model_dump(), kind="name")]
        if surname and surname in self.text[at(self.text, name)[1]:]:
            s = self.text.index(surname, at(self.text, name)[1])
            mentions.append(Mention(start=s, end=s + len(surname), text=surname, kind="surname"))
        self.entities.append(Entity(id=eid, name=name, type=type, gender=gender, mentions=mentions))
        return self

    def age(self, eid: str, evidence: str, age: int) -> Builder:
        lo, hi = born_between_for(age, self.article.date)
        self.facts.append(Fact(id=f"f{len(self.facts) + 1}", relation="age", subject=eid, value=age, as_of=self.article.date,
                               born_between=(lo.isoformat(), hi.isoformat()), evidence=span(self.text, evidence)))
        return self

    def fact(self, relation: str, eid: str, evidence: str, *, obj: Optional[str] = None, value=None,
             time: Optional[str] = None) -> Builder:
        self.facts.append(Fact(id=f"f{len(self.facts) + 1}", relation=relation, subject=eid, object=obj, value=value,
                               as_of=self.article.date, time=time, evidence=span(self.text, evidence)))
        return self

    def time(self, tid: str, text: str, value: str, interval: tuple[str, str], certain: bool = True) -> Builder:
        s, e = at(self.text, text)
        self.times.append(TimeExpr(id=tid, text=text, start=s, end=e, type="DATE", value=value, interval=interval, certain=certain))
        return self

    def quote(self, words: str, speaker: Optional[str], cue: Optional[str] = None, channel: Optional[str] = None) -> Builder:
        s, e = at(self.text, words)
        cue_span = span(self.text, cue) if cue else None
        self.quotes.append(Quote(id=f"q{len(self.quotes) + 1}", kind="direct", text=words, spans=[Segment(start=s, end=e)],
                                 speaker=speaker, cue=cue.rstrip("sd") if cue else None, cue_span=cue_span, channel=channel))
        return self

    def build(self) -> tuple[Article, Extraction]:
        ex = Extraction(article=self.article.meta(), entities=self.entities, quotes=self.quotes, times=self.times, facts=self.facts)
        return self.article, ex


def corpus(name: str) -> Builder:
    return Builder((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), name)


def full_example() -> tuple[Article, Extraction]:
    """One article using every field the model has."""
    text = ("date 2021-06-15\nActing mayor Rita Vale, 58, said on Monday: \"The bridge opens in May.\" "
            "Vale wrote on Twitter to her husband Tom Vale that she was proud.")
    b = Builder(text, "vale-2021-06")
    b.person("e1", "Rita Vale", surname="Vale", gender="female").person("e2", "Tom Vale", gender="male")
    b.time("t1", "Monday", "2021-06-14", ("2021-06-14", "2021-06-14"))
    b.time("t2", "May", "2022-05", ("2022-05-01", "2022-05-31"), certain=False)
    b.times[1].role = "anchored"
    b.times[1].anchor = "t1"
    b.times[1].mod = "APPROX"
    b.times[1].anchored_value = "XXXX-05"
    b.quote("The bridge opens in May.", "e1", "said")
    q = b.quotes[0]
    q.speaker_mention = span(text, "Rita Vale")
    q.addressee = "e2"
    q.channel = "Twitter"
    q.confidence = 0.75
    b.age("e1", "Rita Vale, 58", 58).fact("spouse", "e1", "her husband Tom Vale", obj="e2")
    b.fact("occupation", "e1", "Acting mayor", value="mayor", time="t1")
    b.facts[-1].confidence = 0.5
    return b.build()


# -- tests -------------------------------------------------------------------------------------------


def test_store_roundtrip_keeps_every_field(store):
    article, ex = full_example()
    write_batch(store, [(article, ex)])
    aid = store.one("SELECT aid FROM articles WHERE id = ?", ("vale-2021-06",))["aid"]
    assert store.read_extraction(aid) == ex
    row = store.one("SELECT text, sha256, date_start, date_end FROM articles WHERE aid = ?", (aid,))
    assert row == {"text": article.text, "sha256": article.content_hash(), "date_start": "2021-06-15", "date_end": "2021-06-15"}


def test_store_reingest_same_content_is_noop(store):
    article, ex = full_example()
    first = write_batch(store, [(article, ex)])
    second = write_batch(store, [(article, ex)])
    assert (first.added, second.added, second.unchanged) == (1, 0, 1)
    counts = {t: store.one(f"SELECT COUNT(*) AS n FROM {t}")["n"] for t in ("articles", "quotes", "facts", "entities", "people")}
    assert counts == {"articles": 1, "quotes": 1, "facts": 3, "entities": 2, "people": 2}


def test_store_changed_article_replaces_old_extraction(store):
    from dateline import query

    write_batch(store, [full_example()])
    text = "date 2021-06-16\nCouncillor Ada Moss said: \"The ferry stays.\""
    b = Builder(text, "vale-2021-06").person("e1", "Ada Moss").quote("The ferry stays.", "e1", "said")
    result = write_batch(store, [b.build()])
    assert (result.added, result.replaced) == (0, 1)
    assert store.article_count() == 1
    assert query.search(store, "bridge") == []
    assert [h.speaker for h in query.search(store, "ferry") if h.kind == "quote"] == ["Ada Moss"]
    # Rita and Tom Vale were only in the replaced version: no orphan people remain.
    assert [r["name"] for r in store.rows("SELECT name FROM people")] == ["Ada Moss"]


def test_store_batch_is_one_transaction(store):
    good = full_example()
    text = "date 2021-06-17\nNell Ward said: \"Yes.\""
    b = Builder(text, "ward").person("e1", "Nell Ward").person("e1", "Nell Ward")  # duplicate entity id: insert fails
    import sqlite3

    import psycopg

    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.IntegrityError)):
        write_batch(store, [good, b.build()])
    assert store.article_count() == 0
    assert write_batch(store, [good]).added == 1


def test_store_search_finds_quotes_with_speaker_date_and_snippet(store):
    from dateline import query

    write_batch(store, [full_example()])
    hits = query.search(store, "bridges opening")  # stemmed: bridge/bridges, opens/opening
    quote = [h for h in hits if h.kind == "quote"]
    assert len(quote) == 1
    assert (quote[0].speaker, quote[0].date, quote[0].article) == ("Rita Vale", "2021-06-15", "vale-2021-06")
    assert "[bridge]" in quote[0].snippet.lower()
    assert any(h.kind == "article" for h in hits)
    assert query.search(store, "submarine") == []


def test_store_search_user_text_is_never_syntax(store):
    from dateline import query

    write_batch(store, [full_example()])
    for text in ['bridge -"', "NEAR(bridge", "bridge:opens", "AND OR NOT", '"the bridge opens"', "*"]:
        query.search(store, text)  # must not raise
    assert [h.kind for h in query.search(store, '"bridge opens"')][:1] == ["quote"]


def _old_article(old: Store, text: str) -> int:
    """An article row written as an older schema version would have, with no extraction."""
    old.execute("INSERT INTO articles (id, sha256, date, body_start, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
                ("kept", "abc", "2019-01", 0, text, "2019-02-01T00:00:00+00:00"))
    row = old.one("SELECT aid FROM articles WHERE id = ?", ("kept",))
    assert row is not None
    return int(row["aid"])


def test_store_old_schema_is_upgraded_in_place(db_url):
    old = open_store(db_url, migrate=False)
    assert old.migrate(target=1) == 1
    with old.transaction():
        aid = _old_article(old, "an old article about lighthouses")
        old.execute("INSERT INTO entities (aid, id, seq, name, norm, type) VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, "e1", 0, "Lena Holt", "lena holt", "PERSON"))
    old.close()
    with open_store(db_url) as new:
        assert new.schema_version() == LATEST
        assert new.read_extraction(aid).entities[0].name == "Lena Holt"
        assert new.one("SELECT extra FROM entities")["extra"] is None
        from dateline import query

        assert [h.article for h in query.search(new, "lighthouse")] == ["kept"]


def nested_example() -> tuple[Article, Extraction]:
    text = "date 2021-06-15\nRita Vale said: 'Tom told me \"the bridge is safe\" on Monday.'"
    b = Builder(text, "vale-nested")
    b.person("e1", "Rita Vale", surname="Vale").person("e2", "Tom")
    b.quote('Tom told me "the bridge is safe" on Monday.', "e1", "said").quote("the bridge is safe", "e2", "told")
    b.quotes[1].nested_in = "q1"
    return b.build()


def test_store_nested_quote_round_trips_in_its_own_column(store):
    article, ex = nested_example()
    write_batch(store, [(article, ex)])
    aid = store.one("SELECT aid FROM articles WHERE id = ?", ("vale-nested",))["aid"]
    assert store.read_extraction(aid) == ex
    rows = store.rows("SELECT id, nested_in, extra FROM quotes ORDER BY seq")
    assert rows == [{"id": "q1", "nested_in": None, "extra": None}, {"id": "q2", "nested_in": "q1", "extra": None}]


def test_store_nested_quote_is_no_search_hit_of_its_own(store):
    from dateline import query

    article, ex = nested_example()
    write_batch(store, [(article, ex)])
    hits = [h for h in query.search(store, "bridge safe") if h.kind == "quote"]
    # The words are found once, in the outer quotation, with its speaker.
    assert [(h.article, h.speaker) for h in hits] == [("vale-nested", "Rita Vale")]
    write_batch(store, [(article, ex)])  # re-ingest deletes and re-inserts both rows
    assert len([h for h in query.search(store, "bridge safe") if h.kind == "quote"]) == 1


def test_store_version_5_database_drops_nested_quotes_from_search(db_url):
    from dateline import query

    old = open_store(db_url, migrate=False)
    assert old.migrate(target=5) == 5
    text = 'Ann Holt said "Ben told me \'the pier reopens\' today"'
    with old.transaction():
        aid = _old_article(old, text)
        for seq, (qid, quoted, parent) in enumerate([("q1", "Ben told me 'the pier reopens' today", None),
                                                     ("q2", "the pier reopens", "q1")]):
            start = text.index(quoted)
            old.execute("INSERT INTO quotes (aid, id, seq, kind, text, spans, confidence, nested_in)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (aid, qid, seq, "direct", quoted, f'[{{"start": {start}, "end": {start + len(quoted)}}}]', 1.0, parent))
    assert len([h for h in query.search(old, "pier reopens") if h.kind == "quote"]) == 2
    old.close()
    with open_store(db_url) as new:
        assert new.schema_version() == LATEST
        quotes = [h for h in query.search(new, "pier reopens") if h.kind == "quote"]
        assert len(quotes) == 1 and "today" in quotes[0].snippet
        with new.transaction():  # deleting the article keeps the index consistent
            new.execute("DELETE FROM articles WHERE aid = ?", (aid,))
        assert query.search(new, "pier reopens") == []


def test_store_version_4_database_gains_the_nested_column_once(db_url):
    old = open_store(db_url, migrate=False)
    assert old.migrate(target=4) == 4
    with old.transaction():
        aid = _old_article(old, 'Ann Holt said "the pier reopens"')
        old.execute("INSERT INTO quotes (aid, id, seq, kind, text, spans, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (aid, "q1", 0, "partial", "the pier reopens", '[{"start": 15, "end": 31}]', 1.0))
    old.close()
    for _ in range(2):  # opening again finds the migration done and changes nothing
        with open_store(db_url) as new:
            assert new.schema_version() == LATEST
            assert new.one("SELECT COUNT(*) AS n FROM schema_version WHERE version = 5")["n"] == 1
            (quote,) = new.read_extraction(aid).quotes
            assert (quote.text, quote.nested_in) == ("the pier reopens", None)


def test_store_refuses_newer_schema(db_url):
    with open_store(db_url) as s:
        s.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST + 1,))
    with pytest.raises(StoreError, match="E202"):
        open_store(db_url)


def test_store_link_same_person_across_three_articles(store):
    k1 = corpus("kowalczyk-2012-03").person("e1", "Marta Kowalczyk", surname="Kowalczyk").age("e1", "Marta Kowalczyk, 41", 41)
    k2 = corpus("kowalczyk-2016-07").person("e1", "Marta Kowalczyk", surname="Kowalczyk", gender="female").age("e1", "Kowalczyk, 45", 45)
    k3 = corpus("kowalczyk-2023-02").person("e1", "Marta Kowalczyk", surname="Kowalczyk").age("e1", "Kowalczyk, 52", 52)
    write_batch(store, [k1.build(), k2.build()])
    write_batch(store, [k3.build()])
    people = store.rows("SELECT DISTINCT person_id FROM entities")
    assert len(people) == 1
    reasons = [r["link_reason"] for r in store.rows("SELECT e.link_reason FROM entities e JOIN articles a ON a.aid = e.aid ORDER BY a.date_start")]
    assert reasons[0].startswith("new person")
    assert all("birth ranges agree" in r for r in reasons[1:])


def test_store_link_namesakes_with_distant_births_stay_apart(store):
    child = corpus("okafor-2021-09").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 9", 9)
    judge = corpus("okafor-2022-04").person("e1", "Sam Okafor", surname="Okafor").age("e1", "Sam Okafor, 67", 67)
    write_batch(store, [child.build(), judge.build()])
    rows = store.rows("SELECT e.person_id, e.link_reason FROM entities e JOIN articles a ON a.aid = e.aid ORDER BY a.date_start")
    assert rows[0]["person_id"] != rows[1]["person_id"]
    assert "years apart" in rows[1]["link_reason"]


def test_store_link_surname_only_mention_joins_person(store):
    first = corpus("lindqvist-2015-05").person("e1", "Oskar Lindqvist", surname="Lindqvist")
    later = Builder("date 2016-01-04\nLindqvist said he would rest his knees this winter.", "lindqvist-2016-01").person("e1", "Lindqvist")
    write_batch(store, [first.build()])
    write_batch(store, [later.build()])
    assert len(store.rows("SELECT DISTINCT person_id FROM entities")) == 1


def test_store_link_gender_stated_differently_separates(store):
    a = Builder("date 2020-01-01\nRobin Hale said she would stay.", "hale-a").person("e1", "Robin Hale", gender="female")
    b = Builder("date 2020-02-01\nRobin Hale said he would go.", "hale-b").person("e1", "Robin Hale", gender="male")
    write_batch(store, [a.build(), b.build()])
    assert len(store.rows("SELECT DISTINCT person_id FROM entities")) == 2


def test_store_born_ranges_from_builder_match_ages_rule():
    # Guard for the fixtures: the builder's birth ranges follow the seed gold's rule.
    lo, hi = born_between_for(4, "2020-10")
    assert (lo, hi) == (date(2015, 10, 2), date(2016, 10, 31))


def test_store_ingest_sets_aside_an_extraction_the_store_refuses(store):
    from dateline.read import Rejected
    from dateline.store.ingest import ingest

    good = full_example()
    bad = Builder("date 2021-06-17\nNell Ward said: \"Yes.\"", "ward").person("e1", "Nell Ward").person("e1", "Nell Ward").build()
    other = Builder("date 2021-06-18\nOla Berg said: \"No.\"", "berg").person("e1", "Ola Berg").build()
    extractions = {a.id: ex for a, ex in (good, bad, other)}

    def stand_in(articles, **_):  # extraction without spaCy: hand-built results by article id
        for article in articles:
            yield extractions[article.id]

    items = [good[0], Rejected("missing.txt", "E008: missing.txt: no such file or directory"), bad[0], other[0]]
    report = ingest(store, items, nlp=None, batch_size=10, extract=stand_in)
    assert (report.added, sorted(store.article_ids())) == (2, ["berg", "vale-2021-06"])
    assert [r.source for r in report.rejected] == ["missing.txt", "ward"]
    assert "the store refused its extraction" in report.rejected[1].reason


def test_store_fts5_query_never_raises_on_any_text(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from dateline.store.sqlite import SQLiteStore

    s = open_store(str(tmp_path / "fts.db"))
    assert isinstance(s, SQLiteStore)
    write_batch(s, [full_example()])

    @settings(max_examples=100, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
    def check(text):
        s.search_quotes(text, 5)
        s.search_articles(text, 5)

    try:
        check()
    finally:
        s.close()


def test_store_search_skips_the_date_header(store):
    from dateline import query

    write_batch(store, [full_example()])
    assert query.search(store, "date") == []  # only in the 'date 2021-06-15' header
    hits = query.search(store, "proud")
    assert [h.kind for h in hits] == ["article"] and not hits[0].snippet.startswith("date")


def test_store_does_not_import_the_linker():
    """The store writes rows; linking people is the linker's job, which calls the store (one way)."""
    import ast

    store_dir = Path(__file__).resolve().parent.parent / "dateline" / "store"
    # ingest.py drives extraction, storage and linking: it sits above both, so it may use either.
    for path in sorted(p for p in store_dir.glob("*.py") if p.name != "ingest.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
        assert "dateline.link" not in imported, path.name


def test_store_batch_alone_links_nobody(store):
    """Store.store_batch only writes rows; write_batch links the people in the same transaction."""
    article, ex = full_example()
    stored = store.store_batch([(article, ex)])
    assert stored.result.added == 1 and [a for _, a, _ in stored.fresh] == ["vale-2021-06"]
    assert store.one("SELECT COUNT(*) AS n FROM entities WHERE person_id IS NOT NULL")["n"] == 0
    assert store.one("SELECT COUNT(*) AS n FROM people")["n"] == 0


def _ferry_articles() -> list[tuple[Article, Extraction]]:
    """Five articles, stored in this order; the fourth quote says 'ferry' most often (ranks best)."""
    said = ["The ferry was late again today.", "A ferry came and went by noon.", "We lost the ferry to the storm.",
            "Ferry after ferry, ferry upon ferry.", "Nobody misses that old ferry."]
    items = []
    for n, words in enumerate(said, 1):
        text = f'date 2022-03-0{n}\n"{words}" Ilse Brandt said.'
        items.append(Builder(text, f"ferry-{n}").person("e1", "Ilse Brandt").quote(words, "e1", "said").build())
    return items


def test_store_search_ranks_every_match_under_the_cap(store):
    from dateline import query

    write_batch(store, _ferry_articles())
    hits = [h for h in query.search(store, "ferry", limit=10) if h.kind == "quote"]
    assert len(hits) == 5
    assert hits[0].snippet.count("[") == 4  # the four-ferry quote ranks first


def test_store_search_past_the_cap_ranks_the_first_matches_stored(store):
    from dateline import query

    write_batch(store, _ferry_articles())
    store.rank_cap = store.article_rank_cap = 3
    quotes = [h for h in query.search(store, "ferry", limit=10) if h.kind == "quote"]
    articles = [h.article for h in query.search(store, "ferry", limit=10) if h.kind == "article"]
    # Only the first three stored matches are ranked: the best quote (the fourth) is not reached.
    assert len(quotes) == 3 and all(h.snippet.count("[") == 1 for h in quotes)
    assert sorted(articles) == ["ferry-1", "ferry-2", "ferry-3"]
    # A rare word is ranked exactly, whatever the cap.
    assert [h.article for h in query.search(store, "storm") if h.kind == "quote"] == ["ferry-3"]


def _long_article(article_id: str, needle_sentence: str, at_sentence: int, sentences: int = 400) -> tuple[Article, Extraction]:
    filler = ["The tram depot opened late again.", "Rain fell on the quay all week.", "A clerk counted the crates twice."]
    body = [filler[k % 3] for k in range(sentences)]
    body[at_sentence] = needle_sentence
    return Builder("date 2022-05-04\n" + " ".join(body), article_id).build()


def test_store_search_snippet_of_a_long_article_shows_the_match_in_context(store):
    """PostgreSQL makes an article's snippet from a window around the first matching word; the
    snippet must still show the match with its neighbours, wherever it is in the body."""
    from dateline import query

    write_batch(store, [_long_article("deep", "The lighthouse keeper painted the lamp room blue.", 350)])
    [hit] = [h for h in query.search(store, "lighthouse") if h.kind == "article"]
    assert "[lighthouse]" in hit.snippet.lower()
    assert "keeper painted" in hit.snippet and len(hit.snippet.split()) <= 40
    [hit] = [h for h in query.search(store, "lamp keeper") if h.kind == "article"]
    assert "[keeper]" in hit.snippet and "[lamp]" in hit.snippet


def test_store_search_snippet_when_the_stem_is_not_a_prefix_of_the_word(store):
    """'city' is stemmed 'citi', which no word of the body starts with: the snippet still finds it."""
    from dateline import query

    write_batch(store, [_long_article("city", "The old city wall was mended by volunteers.", 300)])
    [hit] = [h for h in query.search(store, "city") if h.kind == "article"]
    assert "[city] wall" in hit.snippet.lower()
