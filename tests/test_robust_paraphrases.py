"""Issue 9, robustness: the day's rules re-read on rewordings of their constructions that a
journalist might equally write (another tense, a passive, an inserted clause or age, US or UK
style, another verb of the same family, the attribution before or after a quotation). Each
construction has fictional paraphrases of our own; the ones still failing are listed in the
branch report, not here."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts

D = "date 2024-03-14\n"


def _types(ents, word: str) -> set[str]:
    return {e.type for e in ents if word in e.name}


# ---- kin lists after a verb of a notice ----------------------------------------------------------

@pytest.mark.parametrize("text, owner, spouse, sib", [
    ("Tomas Behan died on Sunday. He is predeceased by his wife Noreen and his brother Liam.\n", "Tomas Behan", "Noreen", "Liam"),
    ("Kathleen Doyle was buried on Saturday. She was predeceased by her husband Padraig and by her sister Una.\n",
     "Kathleen Doyle", "Padraig", "Una"),
    ("Martin Greaney was laid to rest in Ennis. Sadly missed by his wife Joan, his daughter Clare and his brother Sean.\n",
     "Martin Greaney", "Joan", "Sean"),
    ("Bernard Coyle died in March. Predeceased by his beloved wife, Teresa, and his brother, Frank.\n", "Bernard Coyle", "Teresa", "Frank"),
])
def test_kin_lists_after_notice_verbs_reworded(nlp, text, owner, spouse, sib):
    facts = _facts(nlp, D + text)
    assert ("spouse", owner, spouse) in facts or ("spouse", spouse, owner) in facts, facts
    assert ("sibling", owner, sib) in facts or ("sibling", sib, owner) in facts, facts


# ---- counts of sons and daughters ------------------------------------------------------------------

@pytest.mark.parametrize("text, parents, n", [
    ("Paul Amsel and his wife, Hanne, have two sons and one daughter.\n", ("Paul Amsel", "Hanne"), 3),
    ("Greta Lorne married Ivan Lorne in 1980. They had three sons and two daughters.\n", ("Greta Lorne", "Ivan Lorne"), 5),
    # a count after "survived by" of two sexes adds up, as after "had"
    ("Rosa Lind, who married Karl Lind in 1961, is survived by a daughter and two sons.\n", ("Rosa Lind",), 3),
    ("Ilse Brandt is survived by two sons and two daughters.\n", ("Ilse Brandt",), 4),
])
def test_counts_of_two_sexes_reworded(nlp, text, parents, n):
    facts = _facts(nlp, D + text)
    for p in parents:
        assert ("number_of_children", p, n) in facts, (p, sorted(facts))


@pytest.mark.parametrize("text, who", [
    ("Rosa Lind is survived by two sons and two sons-in-law.\n", "Rosa Lind"),
    ("Ilse Brandt is survived by two sons and a son-in-law.\n", "Ilse Brandt"),
])
def test_survived_by_a_count_after_another_kin_adds_no_count(nlp, text, who):
    facts = _facts(nlp, D + text)
    assert not [f for f in facts if f[0] == "number_of_children" and f[2] not in (2,)], facts


# ---- first-person facts in a quotation -------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ('Greta Lind said: "My husband Otto and I opened the bakery in 1998."\n', ("spouse", "Greta Lind", "Otto")),
    ('"My wife, Mira, runs the farm now," Jonas Petrak said.\n', ("spouse", "Jonas Petrak", "Mira")),
    ('"My sister Hana taught me to sew," said Ivo Marek, 44.\n', ("sibling", "Ivo Marek", "Hana")),
    ('"My father, Emil, built this house in 1950," Ada Ruzic told the Gazette.\n', ("parent", "Ada Ruzic", "Emil")),
])
def test_first_person_facts_with_the_attribution_moved(nlp, text, fact):
    facts = _facts(nlp, D + text)
    rel, a, b = fact
    assert (rel, a, b) in facts or (rel in ("spouse", "sibling") and (rel, b, a) in facts), facts


# ---- "ORG, whose post, X" -------------------------------------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("The grant came from the Harwell Rural Trust, whose chairman, Liz Yeo, said the hall would reopen.\n",
     "Liz Yeo", "chairman", "Harwell Rural Trust"),
    ("The money was raised by Fernley Rowing Club, whose secretary, Helen Marr, 61, thanked donors.\n",
     "Helen Marr", "secretary", "Fernley Rowing Club"),
    ("Staff at Dunmere Bakeries, whose managing director, Raj Pillai, founded the firm, were told on Friday.\n",
     "Raj Pillai", "managing director", "Dunmere Bakeries"),
    # an owner a 'whose' clause ties to a named firm works there (the dev gold's convention)
    ("Ashcombe Motors, whose owner, Dave Pollard, has sold cars since 1985, is closing.\n", "Dave Pollard", "owner", "Ashcombe Motors"),
])
def test_whose_posts_reworded(nlp, text, who, title, org):
    facts = _facts(nlp, D + text)
    assert ("title", who, title) in facts, sorted(facts)
    assert ("employer", who, org) in facts, sorted(facts)


def test_an_owner_with_no_possessive_is_still_no_employee(nlp):
    facts = _facts(nlp, D + "Dave Pollard is the owner of a Ford Mustang he bought from Ashcombe Motors.\n")
    assert ("employer", "Dave Pollard", "Ashcombe Motors") not in facts, facts


# ---- elected or appointed "as" --------------------------------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("Mary Innes was re-elected as president of the Kestrel Bay Lifeboat Association at the annual meeting.\n",
     "Mary Innes", "president", "Kestrel Bay Lifeboat Association"),
    ("The Harford Rowing Club has elected Jim Polk, 60, as its chairman.\n", "Jim Polk", "chairman", "Harford Rowing Club"),
    ("Olu Bankole has been appointed as finance director of Dunmore Castings.\n", "Olu Bankole", "finance director", "Dunmore Castings"),
    ("Dunmore Castings named Olu Bankole as its new finance director on Monday.\n", "Olu Bankole", "finance director", "Dunmore Castings"),
])
def test_elections_and_appointments_reworded(nlp, text, who, title, org):
    facts = _facts(nlp, D + text)
    assert any(f[0] == "title" and f[1] == who and title in str(f[2]) for f in facts), sorted(facts)
    assert ("employer", who, org) in facts, sorted(facts)


# ---- the death-notice register ----------------------------------------------------------------------

@pytest.mark.parametrize("text, who, date, age", [
    ("The death has occurred of Mary Kinsella (nee Byrne), Church Road, Tullow, peacefully in hospital on Tuesday, aged 84.\n",
     "Mary Kinsella", "2024-03-12", 84),
    # 'of' hung on the day or on the dead person's own home
    ("The death has occurred at his home of Sean Foley, Ballyhale, on Sunday, aged 80.\n", "Sean Foley", "2024-03-10", 80),
    ("The death has occurred, suddenly, of Rita Nolan, formerly of Bray, on Monday, aged 91.\n", "Rita Nolan", "2024-03-11", 91),
])
def test_death_notices_reworded(nlp, text, who, date, age):
    facts = _facts(nlp, D + text)
    assert ("death", who, date) in facts, sorted(facts)
    assert ("age", who, age) in facts, sorted(facts)


def test_death_notice_of_on_the_day(nlp):
    facts = _facts(nlp, D + "The death took place on Monday of Patrick Hogan, late of Main Street, Abbeyleix, aged 77.\n")
    assert ("death", "Patrick Hogan", "2024-03-11") in facts, sorted(facts)


@pytest.mark.parametrize("text", [
    "The death occurred at the home of Mary Byrne on Sunday, gardai said.\n",
    "The death occurred on Sunday of a man in his 80s, gardai said.\n",
])
def test_a_death_at_someones_home_is_not_theirs(nlp, text):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "death"]


# ---- a couple named together ----------------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Milo's parents, Garrett and Dawn Pruitt, grow soybeans near Adair.\n", "Garrett", "Dawn Pruitt"),
    ("The farm belonged to Amos and Ida Kettering, homesteaders from Ohio, until 1950.\n", "Amos", "Ida Kettering"),
    ("Guests were welcomed by their hosts, Luis and Marisol Ybarra, who married in 2009.\n", "Luis", "Marisol Ybarra"),
])
def test_couples_named_together_reworded(nlp, text, a, b):
    facts = _facts(nlp, D + text)
    pairs = {(f[1], f[2]) for f in facts if f[0] == "spouse"}
    assert any((x or "").startswith(a) and y == b or (y or "").startswith(a) and x == b for x, y in pairs), facts


# ---- named animals ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The champion ewe, Dolly Mae, was bred by Owen Price of Llanfair.", "Dolly"),
    ("Best in show went to Bramble, a border collie owned by Ruth Dale.", "Bramble"),
    ("Ellie Hart, 11, showed her Jersey cow, Clover, in the junior ring.", "Clover"),
    ("Pippin, the family's pony, was 30 when he died in May.", "Pippin"),
])
def test_named_animals_reworded(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert "PERSON" not in _types(ents, word), [(e.name, e.type) for e in ents]


# ---- a verb's second object ---------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The dealer lent Tendai Moyo a delivery van for the summer.", "Tendai Moyo"),
    ("Botha, whose uncle had given Rangi Parata her first minibus, said she still drives it.", "Rangi Parata"),
])
def test_a_second_object_reworded(nlp, text, word):
    ents = entities_of(nlp, D + text)
    assert _types(ents, word) == {"PERSON"}, [(e.name, e.type) for e in ents]


# ---- no children --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Joop Dekker, who never married, had no children.\n", "Joop Dekker"),
    ("Ruth Vance never had children and left her house to the library.\n", "Ruth Vance"),
    ("Joop Dekker, who never had any children, left the farm to his nephew.\n", "Joop Dekker"),
    ("Agnes Moll and her husband, Piet, had no children.\n", "Agnes Moll"),
    ("Dr Ruth Vance, who had no children of her own, left her house to the library.\n", "Ruth Vance"),
])
def test_no_children_reworded(nlp, text, who):
    assert ("number_of_children", who, 0) in _facts(nlp, D + text)


@pytest.mark.parametrize("text", [
    "Ruth Vance said she never had children in mind when she built the playground.\n",
    "Ruth Vance had no children in mind when she built the playground.\n",
    "Len Ash never had sons, and his daughter, Kay Ash, runs the mill.\n",
])
def test_children_in_mind_or_no_sons_count_nothing(nlp, text):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "number_of_children" and f[2] == 0]


# ---- a title before a name, its organisation after it -------------------------------------------

@pytest.mark.parametrize("text, who, title, org", [
    ("Ben Oduya, a retail analyst at Marsh Capital, said the deal was sensible.\n", "Ben Oduya", "analyst", "Marsh Capital"),
    ('"The deal is sensible," said retail analyst Ben Oduya, of Marsh Capital.\n', "Ben Oduya", "analyst", "Marsh Capital"),
    ("Retail analyst Ben Oduya, from Marsh Capital, said the deal was sensible.\n", "Ben Oduya", "analyst", "Marsh Capital"),
    ("Managing director Hilde Brandt of Kessler Logistics said the depot would stay open.\n", "Hilde Brandt", "managing director",
     "Kessler Logistics"),
])
def test_title_name_organisation_reworded(nlp, text, who, title, org):
    facts = _facts(nlp, D + text)
    assert ("employer", who, org) in facts, sorted(facts)
    assert any(f[0] == "title" and f[1] == who and title in str(f[2]) for f in facts), sorted(facts)


@pytest.mark.parametrize("text", [
    "Analyst Ben Oduya, from York, said the deal was sensible.\n",
    "Presenter Owen Tate, with his dog, said he would return.\n",
])
def test_a_hometown_or_company_kept_after_from_or_with_is_no_employer(nlp, text):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "employer"]


# ---- teaches at a named school --------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Kirsty Bell, 40, who teaches at Kurow Area School, said she would help.\n", "Kirsty Bell"),
    ("Kirsty Bell, who has taught at Kurow Area School since 2010, said she would help.\n", "Kirsty Bell"),
    ("Her sister, Tess Reed, teaches at Ashby Primary School in Leeds.\n", "Tess Reed"),
    ("Kirsty Bell, 40, now teaches at Kurow Area School.\n", "Kirsty Bell"),
])
def test_teaching_posts_reworded(nlp, text, who):
    assert ("title", who, "teacher") in _facts(nlp, D + text)


@pytest.mark.parametrize("text", [
    "Kirsty Bell, who had taught at Kurow Area School since 2010, moved to Dunedin in 2019.\n",
    "Kirsty Bell has taught at Kurow Area School, and at two others.\n",
])
def test_a_past_perfect_or_no_since_gives_no_teaching_post(nlp, text):
    assert not [f for f in _facts(nlp, D + text) if f[0] == "title" and f[2] == "teacher"]


# ---- an age at death and a year ---------------------------------------------------------------

@pytest.mark.parametrize("text, who, age", [
    ("Walter Osgood died in 1998 at the age of 70.\n", "Walter Osgood", 70),
    ("Ken Roe, who died at 84 in 2003, founded the club.\n", "Ken Roe", 84),
    ("Ada Birch died in 1987, aged 91, and the shop passed to her niece.\n", "Ada Birch", 91),
    ("Ken Roe died aged 84 in 2003.\n", "Ken Roe", 84),
])
def test_age_at_death_reworded(nlp, text, who, age):
    assert ("age", who, age) in _facts(nlp, D + text)


@pytest.mark.parametrize("text, who", [
    # "children" after a daughter may include her: no total, after "survived by" as after "had"
    ("Rosa Lind is survived by a daughter and two children.\n", "Rosa Lind"),
    ("Ilse Brandt had a son and three children.\n", "Ilse Brandt"),
    ("Marta Olsen is survived by two daughters and four children.\n", "Marta Olsen"),
])
def test_a_sex_and_children_add_up_to_no_count(nlp, text, who):
    facts = _facts(nlp, D + text)
    assert not [f for f in facts if f[0] == "number_of_children" and f[1] == who and f[2] in (3, 5, 6)], facts
