"""Session gap34's extraction-only rules: an object pronoun in a reported clause whose subject
is no person is the speaker's (logophoric.py), and a name set off by commas after a definite
subject that the parser made a second subject is whom the description names
(descriptors._second_subject). Fictional articles written for these tests."""

from __future__ import annotations

from tests.test_entities_binding import D, _linked, _name
from tests.test_facts_families import _run


def test_an_object_pronoun_in_a_reported_clause_about_a_thing_is_the_speakers(nlp):
    text = (D + "Ansel Price stood down as chairman of the Wexbury Rowers in May. Bram Tolley "
            "claimed that Ansel Price's departure as chairman had dismayed him and left him "
            "in no doubt that it was time to move on.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "dismayed him", "him")) == "Bram Tolley"


def test_a_person_acting_in_the_reported_clause_leaves_the_pronoun_to_the_ranker(nlp):
    from types import SimpleNamespace

    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.logophoric import speaker_of_object

    doc = nlp("Tolley said that Ansel had angered him.")
    tolley, ansel = _Cluster(key=("tolley",)), _Cluster(key=("ansel",))
    for c in (tolley, ansel):
        c.votes["PERSON"] += 1
    r = SimpleNamespace(observe=None, covered={0: tolley, 3: ansel}, lex=lexicon())
    him = doc[6]
    assert him.dep_ == "dobj" and him.head.dep_ == "ccomp"  # (the parse the rule is for)
    assert speaker_of_object(r, him, "male") is None
    doc = nlp("Tolley said that the decision had angered him.")
    r = SimpleNamespace(observe=None, covered={0: tolley}, lex=lexicon())
    assert speaker_of_object(r, doc[7], "male") is tolley
    r.observe = lambda *a: None  # (training reads every pronoun: the rule stays out of it)
    assert speaker_of_object(r, doc[7], "male") is None


def test_a_name_set_off_after_a_definite_subject_is_the_one_it_describes(nlp):
    text = (D + "Wenna Carrow became embroiled in a row when the Courier suggested she had paid "
            "for her cleaner out of council funds. Carrow issued a statement to the Courier that the cleaner in question, "
            "Tamsin Penhale, was also her office manager.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "her office manager", "her")) == "Wenna Carrow"
    cleaner = [e.name for e in ex.entities if any("cleaner" in m.text for m in e.mentions)]
    assert cleaner in (["Jory Penhale"], [])


def test_the_second_subject_rule_itself(nlp):
    # the small model parses the set-off name as a second subject of "was", no apposition
    from types import SimpleNamespace

    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.setoff import second_subject as _second_subject

    doc = nlp("Carrow said that the nanny in question, Tina Haynes, was also her secretary.")
    nanny, haynes = doc[4], doc[9]
    assert nanny.dep_ == "nsubj" and haynes.dep_ == "nsubj" and haynes.head.i == nanny.head.i  # (the parse the rule is for)
    tina = _Cluster(key=("tina", "haynes"))
    tina.votes["PERSON"] += 1
    res = SimpleNamespace(doc=doc, covered={8: tina, 9: tina}, observe=None)
    assert _second_subject(res, nanny) is tina
    res.covered = {}
    assert _second_subject(res, nanny) is None
