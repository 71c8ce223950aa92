"""Session gap39's extraction-only rules for latent names, on fictional sentences written for
these tests.

latent._doer: a latent name that is the subject of a verb other than a copula is offered to the
pronoun ranker as a name like any other (its ``latent`` feature off), at extraction only.
latent.latent_names: a word the tagger calls a place is still a latent name where it is a
passive's agent ("was sewn by Tanya"), at extraction only."""

from __future__ import annotations

from types import SimpleNamespace

from tests.test_entities_general import sentence_bounds_of


def _doc(nlp, text: str):
    from dateline.nlp import pipe
    from dateline.read import from_dated_text

    return next(pipe([from_dated_text(text, date="2024-03-02")], nlp=nlp))


def _starts(doc) -> list[int]:
    starts = list(range(len(doc)))
    for s, e in sentence_bounds_of(doc):
        for k in range(s, e):
            starts[k] = s
    return starts


def test_a_latent_name_that_does_something_is_a_doer(nlp):
    from dateline.extractors.entities.latent import _doer

    doc = _doc(nlp, "Later that evening Tanya found the letter.")
    tanya = next(t for t in doc if t.text == "Tanya")
    assert tanya.ent_type_ == "GPE"  # (the small model's mistake the rule works around)
    assert _doer(tanya)
    doc = _doc(nlp, "Tanya was a nurse. Her brother visited Selina.")
    assert not any(_doer(t) for t in doc if t.text in ("Tanya", "Selina"))  # a copula's subject, an object


def test_a_passives_agent_the_tagger_calls_a_place_is_a_latent_name_at_extraction(nlp):
    from dateline.extractors.entities import lexicon
    from dateline.extractors.entities.latent import latent_names

    doc = _doc(nlp, "The quilt was sewn by Tanya in 1990, and she gave it to the museum.")
    assert next(t for t in doc if t.text == "Tanya").ent_type_ == "GPE"
    starts = _starts(doc)
    found = {doc[s:e].text for s, e in latent_names(doc, lexicon(), {}, starts, drop_common=True)}
    assert "Tanya" in found
    # while the ranker trains, the place reading stands (the shipped model stays what GAP builds)
    found = {doc[s:e].text for s, e in latent_names(doc, lexicon(training=True), {}, starts)}
    assert "Tanya" not in found
    # a place after any other preposition stays one
    doc = _doc(nlp, "The quilt was sewn in Britain in 1990, and Britain said she would act.")
    found = {doc[s:e].text for s, e in latent_names(doc, lexicon(), {}, _starts(doc), drop_common=True)}
    assert "Britain" not in found


def test_a_doer_is_offered_to_the_ranker_as_a_name(nlp):
    from dateline.extractors.entities.latent import latent_clusters
    from dateline.extractors.entities.lexicon import lexicon

    doc = _doc(nlp, "Later that evening Tanya found the letter, and she read it twice.")
    starts = _starts(doc)
    sent_of = [starts[k] for k in range(len(doc))]
    r = SimpleNamespace(doc=doc, lex=lexicon(), covered={}, clusters=[], sent_start_of=starts, sent_of=sent_of,
                        observe=None, use_model=True)
    found = latent_clusters(r)
    tanya = next(c for c in found.values() if c.key == ("tanya",))
    assert tanya.latent and tanya.doer
    # while the ranker trains, every latent name stays marked so
    r.observe = lambda *a: None
    found = latent_clusters(r)
    assert not any(c.doer for c in found.values())
