"""The article's title as evidence for the pronoun ranker: a headline that names a person makes
them the likelier referent of a he or she the text leaves open. Fictional articles written for
these tests; each pronoun goes elsewhere (or nowhere) without the headline."""

from __future__ import annotations

import json

import pytest

from dateline.eval.gap import GapRow, article_of, title_of_url
from dateline.extractors.entities.clusters import _Cluster, entity_at
from dateline.extractors.entities.headline import TITLE_FEATURES, title_features, title_words
from dateline.model import Article


def _referent(nlp, text: str, pronoun: str, title: str | None) -> str | None:
    from dateline.nlp import pipe
    from dateline.pipeline import extract_doc

    article = Article(id="t", date="2024-05-01", date_precision="day", text=text, title=title)
    doc = next(pipe([article], nlp=nlp))
    start = text.index(f" {pronoun} ") + 1 if f" {pronoun} " in text else text.index(pronoun)
    e = entity_at(extract_doc(doc, article).entities, start, start + len(pronoun))
    return e.name if e is not None else None


HEADLINED = [
    ("Helen Marsh to stand for mayor",
     "Helen Marsh will stand for mayor in May. Lydia Penn, the party's chair, announced the choice on Monday. "
     "The vote is expected to be close. Her campaign starts next week.",
     "Her", "Helen Marsh", "Lydia Penn"),
    ("Teodora Vance wins the Kestrel prize",
     "Teodora Vance has won the Kestrel prize. Mara Quill, the jury's chair, read the citation on Thursday. "
     "The book had sold poorly at first. Her publisher now plans a second printing.",
     "Her", "Teodora Vance", "Mara Quill"),
    ("Mina Sato breaks the county record",
     "Mina Sato broke the county record on Saturday. Jane Ovett, the meet's director, confirmed the time. "
     "The wind was light all afternoon. Her coach said the record had been coming.",
     "Her", "Mina Sato", "Jane Ovett"),
    ("Kofi Mensah returns to Lisk",
     "Kofi Mensah is back at Lisk after two years away. Daniel Price, the manager, confirmed the signing on "
     "Tuesday. The team has lost four games in a row. His debut could come on Saturday.",
     "His", "Kofi Mensah", "Daniel Price"),
    ("Rhian Doyle named Harwood captain",
     "Rhian Doyle will captain Harwood this season. Carys Bell, the club's coach, made the announcement on "
     "Friday. The side finished fourth last year. Her first match as captain is against Lisk.",
     "Her", "Rhian Doyle", None),
]


@pytest.mark.parametrize("title,text,pronoun,subject,untitled", HEADLINED)
def test_a_headline_naming_the_subject_wins_an_open_pronoun(nlp, title, text, pronoun, subject, untitled):
    assert _referent(nlp, text, pronoun, None) == untitled
    assert _referent(nlp, text, pronoun, title) == subject


def test_a_headline_naming_nobody_changes_nothing(nlp):
    title, text, pronoun, _subject, untitled = HEADLINED[0]
    assert _referent(nlp, text, pronoun, "Literary prize announced in Lisk") == untitled


def test_the_headline_reaches_the_ranker_through_a_json_lines_article(nlp):
    from dateline.pipeline import extract_article
    from dateline.read import iter_jsonl

    title, text, pronoun, subject, _untitled = HEADLINED[0]
    line = json.dumps({"id": "m1", "date": "2024-05-01", "title": title, "text": text})
    (article,) = list(iter_jsonl(line, source="test.jsonl"))
    assert isinstance(article, Article) and article.title == title
    ents = extract_article(article, nlp=nlp).entities
    start = text.index(pronoun, text.index("close."))
    e = entity_at(ents, start, start + len(pronoun))
    assert e is not None and e.name == subject


def test_title_features_compare_the_candidates_name_words(nlp):
    doc = nlp("Asha Randall and Jenna Randall swam.")
    doc._.article = Article(id="t", date="2024-05-01", text=doc.text, title="Asha Randall")
    assert title_words(doc) == {"asha", "randall"}
    asha = _Cluster(key=("asha", "randall"))
    jenna = _Cluster(key=("jenna", "randall"))
    other = _Cluster(key=("piet", "lenz"))
    rows = title_features(doc, title_words(doc), [asha, jenna, other])
    named = {n: dict(zip(TITLE_FEATURES, r, strict=True)) for n, r in zip(("asha", "jenna", "other"), rows, strict=True)}
    assert named["asha"]["title_share"] == 1.0 and named["jenna"]["title_share"] == 0.5
    assert named["asha"]["title_cover"] == 1.0 and named["jenna"]["title_cover"] == 0.5
    assert named["other"]["title_share"] == 0.0 and named["other"]["others_in_title"] == 2.0
    assert named["asha"]["others_in_title"] == 1.0
    # a sentence-case headline's common words name nobody; no title, no evidence
    doc._.article = Article(id="t", date="2024-05-01", text=doc.text, title="Will rose to the top")
    assert title_words(doc) == {"will"}
    doc._.article = None
    assert title_features(doc, title_words(doc), [asha]) == [(0.0,) * len(TITLE_FEATURES)]


def test_gap_rows_are_titled_with_their_wikipedia_page():
    assert title_of_url("http://en.wikipedia.org/wiki/Crime_(band)") == "Crime"
    assert title_of_url("http://en.wikipedia.org/wiki/Jos%C3%A9_Manuel_de_la_Sota") == "José Manuel de la Sota"
    assert title_of_url("http://en.wikipedia.org/wiki/List_of_Teachers_(UK_TV_series)_characters") == \
        "List of Teachers (UK TV series) characters"
    assert title_of_url("") is None
    row = GapRow(id="r", text="Ann Lee met Bea Cole. She smiled.", pronoun="She", pronoun_offset=22, a="Ann Lee",
                 a_offset=0, a_coref=True, b="Bea Cole", b_offset=12, b_coref=False,
                 url="http://en.wikipedia.org/wiki/Ann_Lee_(painter)")
    assert article_of(row).title == "Ann Lee"
