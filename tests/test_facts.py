"""Facts about people, one news-writing convention per test.

Entities and times are built by hand here, so a change in the entity or time stage cannot
change these results; only the parse comes from the (session-loaded) spaCy pipeline."""

from __future__ import annotations

import re

import pytest

from dateline.extractors.facts import extract_facts, number_value
from dateline.model import Entity, Mention, TimeExpr
from dateline.nlp import pipe
from dateline.read import from_dated_text


def _mentions(text: str, needle: str, kind: str) -> list[Mention]:
    return [Mention(start=m.start(), end=m.end(), text=needle, kind=kind) for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]


def run(nlp, text: str, people: dict, orgs: dict | None = None, times: list[tuple] = ()):
    """people/orgs: id -> [(needle, kind, occurrence or None for all)]; times: (needle, type, value, role)."""
    article = from_dated_text(text, source="t", article_id="t")
    doc = next(pipe([article], nlp=nlp))
    entities = []
    for kind_type, table in (("PERSON", people), ("ORG", orgs or {})):
        for eid, specs in table.items():
            ms = []
            for needle, kind, occ in specs:
                found = _mentions(text, needle, kind)
                assert found, needle
                ms += found if occ is None else [found[occ - 1]]
            entities.append(Entity(id=eid, name=specs[0][0], type=kind_type, mentions=sorted(ms, key=lambda m: m.start)))
    texprs = []
    for i, (needle, ttype, value, role) in enumerate(times, 1):
        at = text.index(needle)
        texprs.append(TimeExpr(id=f"t{i}", text=needle, start=at, end=at + len(needle), type=ttype, value=value, role=role))
    facts = extract_facts(doc, article, entities, texprs)
    for f in facts:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert f.evidence.text.strip() == f.evidence.text
    return facts


def has(facts, relation, subject, obj=None, value=None):
    return [f for f in facts if f.relation == relation and f.subject == subject
            and (obj is None or f.object == obj) and (value is None or f.value == value)]


def test_facts_number_words():
    assert number_value("two") == 2
    assert number_value("34") == 34
    assert number_value("forty-one") == 41
    assert number_value("lots") is None


def test_facts_spouse_from_and_husband_name(nlp):
    text = "date 2021-05\nNina Park and husband Leo Grant have bought a farm.\n"
    facts = run(nlp, text, {"nina": [("Nina Park", "name", None)], "leo": [("Leo Grant", "name", None)]})
    assert has(facts, "spouse", "nina", "leo")
    assert has(facts, "gender", "leo", value="male")
    assert not has(facts, "gender", "nina")


def test_facts_wife_of_years_apposition(nlp):
    text = "date 2019-02-11\nTom Reyes thanked his wife of 20 years, Ann Cole, in his speech.\n"
    facts = run(nlp, text, {"tom": [("Tom Reyes", "name", None), ("his", "pronoun", None)], "ann": [("Ann Cole", "name", None)]})
    assert has(facts, "spouse", "tom", "ann")
    assert has(facts, "gender", "ann", value="female")


def test_facts_couple_children_list_each_parent_and_ages(nlp):
    text = "date 2020-10\nMara Holt and Ben Ortiz have two children - Ivy, 4, and Sam, 2.\n"
    facts = run(nlp, text, {
        "mara": [("Mara Holt", "name", None)], "ben": [("Ben Ortiz", "name", None)],
        "ivy": [("Ivy", "firstname", None)], "sam": [("Sam", "firstname", None)],
    })
    for parent in ("mara", "ben"):
        for child in ("ivy", "sam"):
            assert has(facts, "child", parent, child), (parent, child)
    (ivy,) = has(facts, "age", "ivy", value=4)
    assert ivy.as_of == "2020-10"
    assert ivy.born_between == ("2015-10-02", "2016-10-31")
    assert ivy.evidence.text == "Ivy, 4"
    (sam,) = has(facts, "age", "sam", value=2)
    assert sam.born_between == ("2017-10-02", "2018-10-31")
    # children named in a list have no stated gender, and the partners are not thereby married
    assert not has(facts, "gender", "ivy") and not has(facts, "gender", "sam")
    assert not [f for f in facts if f.relation == "spouse"]


def test_facts_their_son_goes_to_both_partners(nlp):
    text = "date 2020-10\nNina Park said she and husband Leo Grant have lost their son Kit.\n"
    facts = run(nlp, text, {
        "nina": [("Nina Park", "name", None), ("she", "pronoun", None)], "leo": [("Leo Grant", "name", None)],
        "kit": [("Kit", "firstname", None)],
    })
    assert has(facts, "child", "nina", "kit") and has(facts, "child", "leo", "kit")
    assert has(facts, "gender", "kit", value="male")


def test_facts_unnamed_relative_gets_no_relation(nlp):
    # "their son" as a descriptor-only cluster names no one to relate
    text = "date 2020-10\nNina Park said she and husband Leo Grant have lost their son.\n"
    facts = run(nlp, text, {
        "nina": [("Nina Park", "name", None), ("she", "pronoun", None)], "leo": [("Leo Grant", "name", None)],
        "kid": [("their son", "descriptor", None)],
    })
    assert has(facts, "spouse", "nina", "leo")
    assert not [f for f in facts if f.relation == "child"]


def test_facts_descriptor_carries_age_and_children(nlp):
    text = "date 2020-10\nLia Moss spoke on Friday. The 34-year-old mother of two said she was grateful.\n"
    facts = run(nlp, text, {"lia": [("Lia Moss", "name", None), ("The 34-year-old mother of two", "descriptor", None)]},
                times=[("34-year-old", "DURATION", "P34Y", "age")])
    (age,) = has(facts, "age", "lia", value=34)
    assert age.born_between == ("1985-10-02", "1986-10-31")
    assert age.evidence.text == "The 34-year-old mother of two"
    assert age.time == "t1"
    (kids,) = has(facts, "number_of_children", "lia", value=2)
    assert kids.as_of == "2020-10"
    assert has(facts, "gender", "lia", value="female")


def test_facts_no_age_without_a_person(nlp):
    text = "date 2020-10\nThe 40-year-old bridge was closed, Ann Cole said.\n"
    facts = run(nlp, text, {"ann": [("Ann Cole", "name", None)]})
    assert not [f for f in facts if f.relation == "age"]


def test_facts_org_title_name(nlp):
    text = "date 2022-03-04\nAcme chief executive Dana Roe said sales rose.\n"
    facts = run(nlp, text, {"dana": [("Dana Roe", "name", None)]}, {"acme": [("Acme", "name", None)]})
    assert has(facts, "employer", "dana", "acme")
    assert has(facts, "title", "dana", value="chief executive")


def test_facts_spokeswoman_for_org_apposition(nlp):
    text = "date 2022-03-04\nJo Kim, a spokeswoman for Acme, declined to comment.\n"
    facts = run(nlp, text, {"jo": [("Jo Kim", "name", None)]}, {"acme": [("Acme", "name", None)]})
    assert has(facts, "employer", "jo", "acme")
    assert has(facts, "title", "jo", value="spokeswoman")
    assert has(facts, "gender", "jo", value="female")


def test_facts_title_needs_an_organization(nlp):
    text = "date 2022-03-04\nJo Kim, a spokeswoman, declined to comment.\n"
    facts = run(nlp, text, {"jo": [("Jo Kim", "name", None)]})
    assert not has(facts, "title", "jo")


def test_facts_occupation_before_name_and_apposition(nlp):
    text = "date 2022-03-04\nPopstar Ray Dunn met Eva Lind, a retired surgeon, at the gala.\n"
    facts = run(nlp, text, {"ray": [("Ray Dunn", "name", None)], "eva": [("Eva Lind", "name", None)]})
    assert has(facts, "occupation", "ray", value="popstar")
    assert has(facts, "occupation", "eva", value="surgeon")


def test_facts_death_with_date_and_age(nlp):
    text = "date 2021-03-04\nThe painter Olga Brandt died on Tuesday aged 81.\n"
    facts = run(nlp, text, {"olga": [("Olga Brandt", "name", None)]},
                times=[("Tuesday", "DATE", "2021-03-02", None), ("81", "DURATION", "P81Y", "age")])
    (death,) = has(facts, "death", "olga")
    assert death.value == "2021-03-02" and death.time == "t1"
    (age,) = has(facts, "age", "olga", value=81)
    # The age held on the death day, not on the article date.
    assert age.born_between == ("1939-03-03", "1940-03-02")
    assert age.as_of == "2021-03-02"


def test_facts_age_at_undated_death_has_no_birth_range(nlp):
    text = "date 2021-03-04\nThe painter Olga Brandt has died aged 81, her gallery said.\n"
    facts = run(nlp, text, {"olga": [("Olga Brandt", "name", None), ("her", "pronoun", None)]},
                times=[("81", "DURATION", "P81Y", "age")])
    (age,) = has(facts, "age", "olga", value=81)
    assert age.born_between is None and age.as_of == "PAST_REF"


def test_facts_age_at_death_in_a_year(nlp):
    text = "date 2023-05-10\nHis father, Karl Brandt, died in 2019 aged 81.\n"
    facts = run(nlp, text, {"karl": [("Karl Brandt", "name", None)]},
                times=[("2019", "DATE", "2019", None), ("81", "DURATION", "P81Y", "age")])
    (age,) = has(facts, "age", "karl", value=81)
    assert age.born_between == ("1937-01-02", "1938-12-31") and age.as_of == "2019"


def test_facts_death_not_asserted_when_hypothetical(nlp):
    text = "date 2021-03-04\nDoctors said Olga Brandt could die without treatment.\n"
    facts = run(nlp, text, {"olga": [("Olga Brandt", "name", None)]})
    assert not has(facts, "death", "olga")


def test_facts_parent_and_sibling(nlp):
    text = "date 2021-03-04\nHer mother, June Hale, and her brother Owen Blake attended. Kim Sato thanked them.\n"
    facts = run(nlp, text, {"kim": [("Kim Sato", "name", None), ("Her", "pronoun", None), ("her", "pronoun", 1)],
                            "june": [("June Hale", "name", None)], "owen": [("Owen Blake", "name", None)]})
    assert has(facts, "parent", "kim", "june")
    assert has(facts, "sibling", "kim", "owen")


def test_facts_daughter_of_copula(nlp):
    text = "date 2021-03-04\nDana Roe is the daughter of former senator Alan Pike.\n"
    facts = run(nlp, text, {"dana": [("Dana Roe", "name", None)], "alan": [("Alan Pike", "name", None)]})
    assert has(facts, "child", "alan", "dana")
    assert has(facts, "title", "alan", value="senator")
    assert not has(facts, "gender", "alan")


def test_facts_marriage_event_with_time(nlp):
    text = "date 2023-03-15\nOkafor married Lane in 1971.\n"
    facts = run(nlp, text, {"ok": [("Okafor", "surname", None)], "lane": [("Lane", "surname", None)]},
                times=[("1971", "DATE", "1971", None)])
    assert has(facts, "spouse", "ok", "lane")
    (ev,) = has(facts, "event", "ok", "lane", value="marriage")
    assert ev.time == "t1"


def test_facts_shared_surname_is_not_marriage(nlp):
    text = "date 2023-03-15\nAda Reed and Tom Reed both spoke at the meeting.\n"
    facts = run(nlp, text, {"ada": [("Ada Reed", "name", None)], "tom": [("Tom Reed", "name", None)]})
    assert not [f for f in facts if f.relation in ("spouse", "sibling", "child", "parent")]


def test_facts_pregnancy_loss_and_announcement(nlp):
    text = ("date 2020-10\nLia Moss and her husband Leo Grant lost their baby following a miscarriage, "
            "just days after it was announced they were expecting.\n")
    facts = run(nlp, text, {"lia": [("Lia Moss", "name", None), ("her", "pronoun", 1)], "leo": [("Leo Grant", "name", None)]})
    assert has(facts, "event", "lia", value="pregnancy loss")
    assert has(facts, "event", "lia", value="pregnancy announced")


def test_facts_ids_in_text_order(nlp):
    text = "date 2022-03-04\nAcme chief executive Dana Roe, 51, met popstar Ray Dunn.\n"
    facts = run(nlp, text, {"dana": [("Dana Roe", "name", None)], "ray": [("Ray Dunn", "name", None)]},
                {"acme": [("Acme", "name", None)]})
    assert [f.id for f in facts] == [f"f{i}" for i in range(1, len(facts) + 1)]
    assert [f.evidence.start for f in facts] == sorted(f.evidence.start for f in facts)
    assert has(facts, "age", "dana", value=51)


@pytest.mark.parametrize("relation", ["spouse", "child", "age", "occupation", "number_of_children", "event"])
def test_facts_seed_gold_relations_found(seed_extraction, seed_gold, relation):
    from dateline.eval.facts import Report, load_gold, score_article
    from tests.conftest import SEED

    doc = load_gold(SEED.with_name("article-2020-10.gold.json"))
    report = Report()
    score_article(doc, seed_extraction, report)
    prf = report.relations[relation]
    assert prf.fn == 0, [e for e in report.errors if e["type"] == "miss"]


def test_facts_seed_born_between_exact_and_must_not(seed_extraction, seed_gold):
    from dateline.eval.facts import load_gold, map_entities
    from tests.conftest import SEED

    doc = load_gold(SEED.with_name("article-2020-10.gold.json"))
    mapping = map_entities(doc, seed_extraction)
    ages = {(mapping.get(f.subject), f.value): f for f in seed_extraction.facts if f.relation == "age"}
    for g in seed_gold["facts"]:
        if g["relation"] == "age":
            f = ages[(g["subject"], g["value"])]
            assert list(f.born_between) == g["born_between"]
            assert f.as_of == g["as_of"]
    # must_not: no gender for Luna or Miles; no fact about a person who is not in the text
    for f in seed_extraction.facts:
        if f.relation == "gender":
            assert mapping.get(f.subject) not in ("luna", "miles")
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.text


def test_facts_in_laws_and_exes_are_not_relatives(nlp):
    text = "date 2022-05-01\nPia Marsh praised her brother-in-law, Carl Dunn, and her ex-wife, Lara Boyd.\n"
    facts = run(nlp, text, {"pia": [("Pia Marsh", "name", None), ("her", "pronoun", None)],
                            "carl": [("Carl Dunn", "name", None)], "lara": [("Lara Boyd", "name", None)]})
    assert not [f for f in facts if f.relation in ("sibling", "spouse")]


def test_facts_married_to_is_spouse_not_event(nlp):
    text = "date 2022-05-01\nVictor Hale, who is married to Irene Hale, resigned.\n"
    facts = run(nlp, text, {"victor": [("Victor Hale", "name", None)], "irene": [("Irene Hale", "name", None)]})
    assert has(facts, "spouse", "victor", "irene")
    assert not has(facts, "event", "victor")


def test_facts_tied_the_knot(nlp):
    text = "date 2019-07-16\nCarla Benn and Marcus Reed tied the knot in 2015.\n"
    facts = run(nlp, text, {"carla": [("Carla Benn", "name", None)], "marcus": [("Marcus Reed", "name", None)]},
                times=[("2015", "DATE", "2015", None)])
    assert has(facts, "spouse", "carla", "marcus")
    (ev,) = has(facts, "event", "carla", "marcus", value="marriage")
    assert ev.time == "t1"


def test_facts_son_of_two_parents(nlp):
    text = "date 2019-07-16\nMarcus Reed, the son of Grace Reed and Felix Reed, grew up in Leeds.\n"
    facts = run(nlp, text, {"marcus": [("Marcus Reed", "name", None)], "grace": [("Grace Reed", "name", None)],
                            "felix": [("Felix Reed", "name", None)]})
    assert has(facts, "child", "grace", "marcus") and has(facts, "child", "felix", "marcus")


def test_facts_found_dead_and_age_clause(nlp):
    text = "date 2019-07-16\nRonan Pryce was found dead at his home on Monday. He was 52.\n"
    facts = run(nlp, text, {"ronan": [("Ronan Pryce", "name", None), ("his", "pronoun", None), ("He", "pronoun", None)]},
                times=[("Monday", "DATE", "2019-07-15", None)])
    (death,) = has(facts, "death", "ronan")
    assert death.value == "2019-07-15"
    (age,) = has(facts, "age", "ronan", value=52)
    # "He was 52." of a man found dead on Monday is his age at death, which holds on that day
    assert age.as_of == "2019-07-15" and age.born_between == ("1966-07-16", "1967-07-15")


def test_facts_one_age_per_person_prefers_the_name(nlp):
    # 'He' wrongly resolved to Marcus: the age written beside his name wins
    text = "date 2019-07-16\nMarcus Reed, 36, met Ronan Pryce. He was 52.\n"
    facts = run(nlp, text, {"marcus": [("Marcus Reed", "name", None), ("He", "pronoun", None)], "ronan": [("Ronan Pryce", "name", None)]})
    assert [f.value for f in facts if f.relation == "age"] == [36]


def test_facts_welcomed_baby_is_birth(nlp):
    text = "date 2024-02-10\nElena Ruiz welcomed a baby girl, Sofia, in January.\n"
    facts = run(nlp, text, {"elena": [("Elena Ruiz", "name", None)], "sofia": [("Sofia", "firstname", None)]},
                times=[("January", "DATE", "2024-01", None)])
    (ev,) = has(facts, "event", "elena", value="birth")
    assert ev.object == "sofia" and ev.time == "t1"


def test_facts_divorce_from(nlp):
    text = "date 2019-07-16\nLucy Tran filed for divorce from Greg Tran in March.\n"
    facts = run(nlp, text, {"lucy": [("Lucy Tran", "name", None)], "greg": [("Greg Tran", "name", None)]})
    assert has(facts, "event", "lucy", "greg", value="divorce")
    assert not has(facts, "spouse", "lucy")


def test_facts_blank_pipeline_does_not_crash():
    import spacy

    from dateline.model import Article

    text = "date 2020-10\nMara Holt, 34, and husband Ben Ortiz died on Tuesday aged 81. Popstar Ben Ortiz, a mother of two.\n"
    article = from_dated_text(text, source="t", article_id="t")
    assert isinstance(article, Article)
    doc = spacy.blank("en")(text)
    mara = Entity(id="e1", name="Mara Holt", type="PERSON", mentions=_mentions(text, "Mara Holt", "name"))
    ben = Entity(id="e2", name="Ben Ortiz", type="PERSON", mentions=_mentions(text, "Ben Ortiz", "name"))
    times = [TimeExpr(id="t1", text="Tuesday", start=text.index("Tuesday"), end=text.index("Tuesday") + 7, type="DATE", value="2020-10-XX")]
    facts = extract_facts(doc, article, [mara, ben], times)
    assert has(facts, "age", "e1", value=34)


def test_facts_years_old_copula_and_born_to(nlp):
    text = "date 2018-05-20\nAnn Cole is 34 years old. Bo Vance was born to Ann Cole and Tim Vance in 2012.\n"
    facts = run(nlp, text, {"ann": [("Ann Cole", "name", None)], "bo": [("Bo Vance", "name", None)], "tim": [("Tim Vance", "name", None)]},
                times=[("2012", "DATE", "2012", None)])
    (age,) = has(facts, "age", "ann", value=34)
    assert age.born_between == ("1983-05-21", "1984-05-20")
    assert has(facts, "child", "ann", "bo") and has(facts, "child", "tim", "bo")
    (birth,) = has(facts, "event", "bo", value="birth")
    assert birth.time == "t1"


def test_facts_mum_of_two_before_name(nlp):
    text = "date 2018-05-20\nThe mum-of-two Jade Frost spoke to reporters.\n"
    facts = run(nlp, text, {"jade": [("Jade Frost", "name", None)]})
    (n,) = has(facts, "number_of_children", "jade", value=2)
    assert n.as_of == "2018-05-20"
    assert has(facts, "gender", "jade", value="female")


def test_facts_any_two_people_are_not_a_couple(nlp):
    text = "date 2018-05-20\nAnn Cole and Tim Vance debated on Monday. Their children, Bo and Cy, watched.\n"
    facts = run(nlp, text, {"ann": [("Ann Cole", "name", None)], "tim": [("Tim Vance", "name", None)],
                            "bo": [("Bo", "firstname", None)], "cy": [("Cy", "firstname", None)]})
    assert not [f for f in facts if f.relation == "child"]
    text2 = "date 2018-05-20\nAnn Cole and Tim Vance have split up. Their children, Bo and Cy, stayed in Leeds.\n"
    facts2 = run(nlp, text2, {"ann": [("Ann Cole", "name", None)], "tim": [("Tim Vance", "name", None)],
                              "bo": [("Bo", "firstname", None)], "cy": [("Cy", "firstname", None)]})
    assert has(facts2, "child", "ann", "bo") and has(facts2, "child", "tim", "cy")


def test_facts_age_of_a_thing_is_not_a_persons(nlp):
    text = "date 2016-09-22\nA judge released a 25-year-old court file on Ann Cole. Tim Vance turned 18 in 2010.\n"
    facts = run(nlp, text, {"ann": [("Ann Cole", "name", None)], "tim": [("Tim Vance", "name", None)]},
                times=[("2010", "DATE", "2010", None)])
    assert not [f for f in facts if f.relation == "age"]


def test_facts_turned_on_a_day_of_the_article_period(nlp):
    text = "date 2019-07-16\nMia Cole, who turned 30 on Friday, threw a party.\n"
    facts = run(nlp, text, {"mia": [("Mia Cole", "name", None)]}, times=[("Friday", "DATE", "2019-07-12", None)])
    (age,) = has(facts, "age", "mia", value=30)
    assert age.born_between == ("1988-07-17", "1989-07-16")


def test_facts_multiword_title_and_joined(nlp):
    text = "date 2022-09-10\nAcme director general Tim Davie praised Gordon Ellis, who joined Acme in 1968.\n"
    facts = run(nlp, text, {"tim": [("Tim Davie", "name", None)], "gordon": [("Gordon Ellis", "name", None), ("who", "pronoun", None)]},
                {"acme": [("Acme", "name", None)]})
    assert has(facts, "title", "tim", value="director general")
    assert has(facts, "employer", "tim", "acme")
    assert has(facts, "employer", "gordon", "acme")


def test_facts_org_descriptor_needs_possessive(nlp):
    text = "date 2022-09-10\nAcme grew. The company's chief executive, Dana Roe, smiled. The network President Ray Dunn funds was sold.\n"
    facts = run(nlp, text, {"dana": [("Dana Roe", "name", None)], "ray": [("Ray Dunn", "name", None)]},
                {"acme": [("Acme", "name", None), ("The company", "descriptor", None)], "net": [("The network", "descriptor", None), ("Acme", "name", None)]})
    assert has(facts, "employer", "dana", "acme")
    assert not has(facts, "employer", "ray")


def test_facts_failing_rule_is_recorded_not_fatal(nlp, monkeypatch, caplog):
    from dateline.extractors import facts as facts_mod

    def broken(ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(facts_mod, "RULES", (broken,) + facts_mod.RULES[1:])
    text = "date 2020-10\nMara Holt, 34, spoke.\n"
    facts = run(nlp, text, {"mara": [("Mara Holt", "name", None)]})
    assert has(facts, "age", "mara", value=34)
    assert "fact rule broken failed: RuntimeError: boom" in caplog.text


def test_facts_second_kin_noun_shares_owner(nlp):
    text = "date 2020-10\nMara Holt brought her daughter, Ivy, 4, and son, Sam, 2, to the launch.\n"
    facts = run(nlp, text, {"mara": [("Mara Holt", "name", None), ("her", "pronoun", None)],
                            "ivy": [("Ivy", "firstname", None)], "sam": [("Sam", "firstname", None)]})
    assert has(facts, "child", "mara", "ivy") and has(facts, "child", "mara", "sam")
    assert has(facts, "gender", "sam", value="male") and has(facts, "gender", "ivy", value="female")


def test_facts_engaged_couple_not_engaged_enemy(nlp):
    text = "date 2021-07-01\nDina Vale and Omar Reid got engaged in June. General Ann Cole engaged Tom Reyes in battle.\n"
    facts = run(nlp, text, {"dina": [("Dina Vale", "name", None)], "omar": [("Omar Reid", "name", None)],
                            "ann": [("Ann Cole", "name", None)], "tom": [("Tom Reyes", "name", None)]},
                times=[("June", "DATE", "2021-06", None)])
    (ev,) = [f for f in facts if f.relation == "event"]
    assert (ev.subject, ev.object, ev.value, ev.time) == ("dina", "omar", "engagement", "t1")
    assert not [f for f in facts if f.relation == "spouse"]
