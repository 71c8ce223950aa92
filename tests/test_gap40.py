"""Session gap40's extraction-only rule for a "her" the tagger reads as a role's possessive, on
fictional sentences written for these tests.

predicated.object_read_as_owner: in "Owen Hale made her corresponding secretary" the tagger makes
"her" the possessive of "secretary", but it is the object of "made": the verb's subject is not her
(binding principle B, through binding.not_referents) and does not own the role
(binding.subject_owner)."""

from __future__ import annotations

from types import SimpleNamespace


def _doc(nlp, text: str):
    from dateline.nlp import pipe
    from dateline.read import from_dated_text

    return next(pipe([from_dated_text(text, date="2024-03-02")], nlp=nlp))


def _her(doc):
    return next(t for t in doc if t.lower_ == "her")


def test_a_her_before_a_role_a_small_clause_verb_gives_is_its_object(nlp):
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.predicated import object_read_as_owner

    r = SimpleNamespace(lex=lexicon())
    for text in ("Two years later Owen Hale made her corresponding secretary.",
                 "The committee elected her treasurer in 1920."):
        her = _her(_doc(nlp, text))
        assert her.tag_ == "PRP$"  # (the small model's reading the rule works around)
        assert object_read_as_owner(r, her)
    # a real possessive: a debut is no role, a daughter is a relative
    for text in ("Ida Marsh made her debut in 1901.", "Ruth Kell named her daughter Ada."):
        assert not object_read_as_owner(r, _her(_doc(nlp, text)))


def test_the_verbs_subject_is_not_the_her_it_made_something(nlp):
    from dateline.extractors.entities.builder import extract_entities

    doc = _doc(nlp, "Ida Marsh joined the Fenwick Society in 1901. Two years later Owen Hale, its president, "
                    "made her corresponding secretary.")
    her = _her(doc)
    owner = next((e for e in extract_entities(doc) if any(m.start == her.idx for m in e.mentions)), None)
    assert owner is None or owner.name != "Owen Hale"
