"""The fact rules' shared vocabulary: ``lexicon.person_heads``, the words that head a noun for a
person, read both by the age rules (what may stand between an age and a name) and by the
subject rules (whom a 'who' after 'a mayor of the town' is). Fictional sentences of our own."""

from __future__ import annotations

from dateline.extractors.facts.ages import _describes_person
from dateline.extractors.facts.context import _person_noun
from dateline.extractors.facts.lexicon import patterns, person_heads
from tests.test_facts_families import _run


def test_person_heads_are_kin_nouns_and_the_last_word_of_each_job_and_title():
    heads = person_heads()
    assert person_heads() is heads  # made once
    p = patterns()
    assert set(p["kinship"]) <= heads
    assert {w.split()[-1].lower() for w in p["occupations"] + p["titles"]} <= heads
    for word in ("surgeon", "wife", "senator", "mayor", "farmer"):
        assert word in heads and _person_noun(word), word
    for word in ("file", "replaces", "town", "borough"):
        assert word not in heads and not _person_noun(word), word


def test_an_age_reaches_a_name_past_a_person_noun_only(nlp):
    # the bridge words ("driver") and every person head ("Surgeon", any case) may stand between
    assert _describes_person("Surgeon") and _describes_person("driver") and _describes_person("daughter")
    assert not _describes_person("replaces") and not _describes_person("file")

    def ages(text: str) -> dict:
        ex, names = _run(nlp, text)
        return {names[f.subject]: f.value for f in ex.facts if f.relation == "age"}

    assert ages("date 2024-05-02\nThe 47-year-old surgeon Ada Quist opened the clinic on Monday.\n") == {"Ada Quist": 47}
    assert ages("date 2024-05-02\nThe 29-year-old driver Tobin Marsh was unhurt in the crash.\n") == {"Tobin Marsh": 29}
    assert ages("date 2024-05-02\nA 25-year-old court file on Ada Quist was released on Monday.\n") == {}
    # a verb, not a job, between the age and the name: the person the sentence before was about
    assert ages("date 2024-05-02\nOrla Brennan has been appointed director of the museum. The 52-year-old replaces "
                "Declan Moy.\n") == {"Orla Brennan": 52}


def test_who_after_a_post_of_a_place_is_the_holder_but_after_a_person_noun_the_person(nlp):
    ex, names = _run(nlp, "date 2024-05-02\nThe town mourned Ilse Dorn, a former mayor of the borough who died on "
                          "Sunday aged 88.\n")
    assert {(names[f.subject], f.value) for f in ex.facts if f.relation == "death"} == {("Ilse Dorn", "2024-04-28")}
    # "the son of a farmer who died": the farmer died (a person noun keeps the 'who'), not the son
    ex, names = _run(nlp, "date 2024-05-02\nFenn Ashby is the son of a farmer who emigrated in 1961 and died in 1990.\n")
    assert not [f for f in ex.facts if f.relation == "death" and names.get(f.subject) == "Fenn Ashby"]
