"""Issue 9: first-person facts inside a quotation belong to its resolved speaker ('"My husband
Otto and I opened the bakery," said Greta Lind'), and to nobody when the speaker is unresolved,
an organisation, or the words are a nested quotation of someone else. Fictional sentences of our
own, run through the whole pipeline."""

from __future__ import annotations

from dateline.extractors.entities import extract_entities
from dateline.extractors.facts import extract_facts
from dateline.extractors.facts.generations import largest_count_each
from dateline.extractors.facts.speakers import _two_people
from dateline.extractors.quotes import extract_quotes
from dateline.extractors.times import extract_times
from dateline.model import Entity, Fact, Mention, Span
from dateline.nlp import pipe
from dateline.read import from_dated_text
from tests.test_facts_families import _run

DATE = "date 2024-05-01\n"


def _facts(nlp, body: str) -> set[tuple]:
    ex, names = _run(nlp, DATE + body)
    return {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}


def _about(facts: set[tuple], who: str) -> set[tuple]:
    return {f for f in facts if f[1] == who and f[0] != "gender"}


# ---- kin and counts a speaker states -------------------------------------------------------------

def test_my_kin_noun_and_name_is_the_speakers_relative(nlp):
    assert ("spouse", "Greta Lind", "Otto") in _facts(nlp, '"My husband Otto and I opened the bakery in 1998," said Greta Lind.\n')
    assert ("parent", "Ivo Marek", "Rosa") in _facts(nlp, '"My mother, Rosa, taught me to weave," said Ivo Marek.\n')


def test_my_count_of_children_is_the_speakers(nlp):
    body = 'Orchard owner Hal Brenner, 70, spoke at the auction. "None of my four children wanted the trees," he said.\n'
    assert ("number_of_children", "Hal Brenner", 4) in _facts(nlp, body)


def test_i_statements_of_work_are_the_speakers(nlp):
    assert ("occupation", "Petra Sole", "midwife") in _facts(nlp, '"I have been a midwife for 25 years," said Petra Sole.\n')
    assert ("employer", "Abel Frost", "Corran Credit Union") in _facts(nlp, '"I joined the Corran Credit Union in 1991," said Abel Frost.\n')


def test_married_a_job_goes_to_the_one_known_spouse(nlp):
    intro = "Lena Voss, 61, and her husband, Karl Voss, run the chandlery. "
    assert ("occupation", "Karl Voss", "carpenter") in _facts(nlp, intro + '"I married a carpenter, so sawdust is normal," she said.\n')
    # not asserted, or a relative's job: no job for anyone
    for said in ('"I would never marry a carpenter," she said.', "\"I married a carpenter's son,\" she said."):
        facts = _facts(nlp, intro + said + "\n")
        assert not {f for f in facts if f[0] == "occupation"}, (said, facts)


def test_our_children_are_the_speakers_and_the_spouses(nlp):
    body = ("Bram Oduya, 52, and his wife, Ama Oduya, run the farm. "
            '"Our three daughters, Efua, Adjoa and Esi, grew up in these fields," he said.\n')
    facts = _facts(nlp, body)
    for parent in ("Bram Oduya", "Ama Oduya"):
        assert ("number_of_children", parent, 3) in facts, facts
        assert ("child", parent, "Esi") in facts, facts


def test_evidence_is_the_quoted_words_exactly(nlp):
    text = DATE + '"My husband Otto and I opened the bakery in 1998," said Greta Lind.\n'
    ex, _ = _run(nlp, text)
    spouse = next(f for f in ex.facts if f.relation == "spouse")
    assert spouse.evidence.text == text[spouse.evidence.start : spouse.evidence.end] == "My husband Otto"


# ---- whose 'I' it is not ----------------------------------------------------------------------------

def test_no_speaker_no_first_person_facts(nlp):
    body = '"My husband Otto and I opened the bakery in 1998." The words are painted above a bakery door in Tarnow.\n'
    ex, names = _run(nlp, DATE + body)
    assert all(q.speaker is None for q in ex.quotes)
    assert not [f for f in ex.facts if f.relation in ("spouse", "parent", "child")]


def test_an_organisation_speaker_lends_no_first_person(nlp):
    body = '"My brother, Sven Arlo, built the first loom," Brackwater Mills said in a statement.\n'
    assert not {f for f in _facts(nlp, body) if f[0] == "sibling"}


def test_a_nested_quotation_is_not_the_outer_speakers(nlp):
    # an unattributed inner quotation, and one whose cue verb comes only after it
    for body in ("\"A customer told me, 'My sister, Ilse Varn, stole that recipe,' and walked out,\" said Greta Lind.\n",
                 "\"Then Tomas Reyes told me, 'My sister, Ilse Reyes, runs the mill now,' and I believed him,\" said Greta Lind.\n"):
        facts = _facts(nlp, body)
        assert not _about(facts, "Greta Lind"), (body, facts)


def test_a_nested_quotation_the_speaker_introduces_is_hers(nlp):
    body = "\"Then I told Tomas Reyes, 'My sister, Ilse Lind, runs the mill now,' and he left,\" said Greta Lind.\n"
    assert ("sibling", "Greta Lind", "Ilse Lind") in _facts(nlp, body)


def test_reported_speech_lends_no_first_person(nlp):
    body = "Greta Lind runs the bakery. Her neighbour said that my husband Otto had left.\n"
    assert not {f for f in _facts(nlp, body) if f[0] == "spouse"}


def test_facts_without_quotes_read_no_first_person(nlp):
    # a caller that runs no quotes stage (bench, a spaCy pipeline without dateline_quotes) gets
    # every other fact as before
    text = DATE + 'Ivo Marek, 44, is a weaver. "My mother, Rosa, taught me to weave," said Ivo Marek.\n'
    article = from_dated_text(text, source="t", article_id="t")
    doc = next(pipe([article], nlp=nlp))
    entities = extract_entities(doc)
    times = extract_times(doc, article)
    bare = extract_facts(doc, article, entities, times)
    full = extract_facts(doc, article, entities, times, extract_quotes(doc, entities))
    assert not [f for f in bare if f.relation == "parent"]
    assert [f for f in full if f.relation == "parent"]
    rosa = next(e.id for e in entities if e.name == "Rosa")

    def others(facts: list[Fact]) -> list[tuple]:
        return [(f.relation, f.subject, f.object, f.value, f.evidence) for f in facts if rosa not in (f.subject, f.object)]

    assert others(bare) == others(full) and others(bare)


def test_a_cluster_of_two_genders_is_two_people():
    def mention(text: str, kind: str) -> Mention:
        return Mention(start=0, end=len(text), text=text, kind=kind)

    merged = Entity(id="e1", name="Piet Dorn", type="PERSON", mentions=[mention("Piet Dorn", "name"), mention("Mrs Dorn", "title"), mention("his", "pronoun")])
    one = Entity(id="e2", name="Ada Dorn", type="PERSON", mentions=[mention("Ada Dorn", "name"), mention("Mrs Dorn", "title"), mention("her", "pronoun")])
    assert _two_people(merged) and not _two_people(one)


def test_the_largest_count_of_children_stands():
    def count(n: int, start: int) -> Fact:
        return Fact(id="", relation="number_of_children", subject="e1", value=n, evidence=Span(start=start, end=start + 1, text="x"))

    kept = largest_count_each([count(4, 0), count(3, 10), Fact(id="", relation="age", subject="e1", value=3, evidence=Span(start=0, end=1, text="x"))])
    assert [(f.relation, f.value) for f in kept] == [("number_of_children", 4), ("age", 3)]
