"""Names in family notices (issue 9: wedding, engagement and obituary registers; fictional
notices written for these tests): "Dr and Mrs Martin Lowe" is a couple named by one man's name,
and its first title, which the tagger may take for a name of its own, is nobody; the wife is a
person of her own ("Mrs Martin Lowe"), a parent too."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _run

D = "date 2023-07-22\n"

COUPLE_TITLES = [
    ("The marriage took place on Saturday between Mr Oliver Crane and Miss Harriet Lowe, daughter of Dr and Mrs "
     "Martin Lowe, of York.", "Harriet Lowe", "Martin Lowe"),
    ("The engagement is announced between Tom, son of Mr and Mrs Ian Hale, and Ruth, only daughter of Dr and Mrs "
     "Paul Reid of Leeds. Ruth Reid is a vet.", "Ruth Reid", "Paul Reid"),
    ("Lena Moss, 32, the daughter of Dr and Mrs Alan Moss of Leeds, has joined the practice as a partner.",
     "Lena Moss", "Alan Moss"),
]


@pytest.mark.parametrize("text, child, father", COUPLE_TITLES)
def test_a_couples_first_title_names_nobody(nlp, text, child, father):
    ex, names = _run(nlp, D + text)
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"Dr", "Mr"}, people
    facts = _facts(nlp, D + text)
    parents = {f[1] for f in facts if f[0] == "child" and f[2] == child}
    # (the wife named by her husband's name is a person of her own, the social page's convention
    # every gold file follows, "Chief and Mrs Emmanuel Eze" as "Mr and Mrs")
    assert parents == {father, "Mrs " + father}, facts


# "The marriage took place ... between Mr Oliver Crane and Miss Harriet Lowe": an honorific
# says a person's name follows, never a place's, whatever the preposition before it
BETWEEN = [
    ("The marriage took place on Saturday between Mr Oliver Crane and Miss Harriet Lowe. The Rev Ann Hart "
     "officiated.", {"Oliver Crane", "Harriet Lowe"}),
    ("The engagement is announced between Mr Rupert Vale and Dr Imogen Frost, of Hexham. Both are 34.",
     {"Rupert Vale", "Imogen Frost"}),
    ("The marriage was solemnised on Friday between Mr Jonah Pell and Miss Ada Brook, both of Ripon.",
     {"Jonah Pell", "Ada Brook"}),
]


@pytest.mark.parametrize("text, people", BETWEEN)
def test_an_honorific_after_between_names_a_person(nlp, text, people):
    ex, _ = _run(nlp, D + text)
    assert people <= {e.name for e in ex.entities if e.type == "PERSON"}, [(e.name, e.type) for e in ex.entities]


# the British report "The marriage took place ... between Mr A and Miss B": A and B are the pair
# "the bride" and "the groom" are, told apart by the honorifics' genders
UK_WEDDINGS = [
    ("The marriage took place on Saturday at St Andrew's Church, Netherby, between Mr Oliver Crane, son of Mr "
     "and Mrs David Crane, of Ripon, and Miss Harriet Lowe, of York. The Rev Susan Hart officiated. The bride, who "
     "was given away by her father, was attended by her sister, Georgia Lowe.", "Harriet Lowe", "Georgia Lowe"),
    ("The wedding took place on June 3 at Holy Trinity, Kelso, between Mr Angus Baird and Miss Flora Munro. Canon "
     "Ruth Agnew officiated. The bride was attended by her sister, Isla Munro.", "Flora Munro", "Isla Munro"),
    ("The marriage took place quietly in Bath between Mr Hugo Sands and Mrs Julia Fenwick. Mrs Patricia Lyle "
     "read the lesson. The bride's son, Tom Fenwick, gave her away.", "Julia Fenwick", "Tom Fenwick"),
]


@pytest.mark.parametrize("text, bride, relative", UK_WEDDINGS)
def test_the_bride_of_a_marriage_between_two_named(nlp, text, bride, relative):
    facts = _facts(nlp, D + text)
    related = {f[2] for f in facts if f[1] == bride and f[0] in ("sibling", "child")} | {
        f[1] for f in facts if f[2] == bride and f[0] in ("sibling", "parent")}
    assert relative in related, facts


# an obituary's "the son of Lester and Mae (Collins) Fisk": two parents sharing the surname
# written once, the mother's maiden name in brackets; no one is "Lester and Mae" or "Collins"
# ("Ray" is Raymond Fisk, a first name written short, since 2026-12-02)
MAIDEN = [
    ("Raymond Fisk, 79, died Saturday. Ray was born Oct. 12, 1943, in Lenox, the son of Lester and Mae (Collins) "
     "Fisk.", "Raymond Fisk", {"Lester Fisk", "Mae (Collins) Fisk"}, {"Collins", "Lester and Mae"}),
    ("Edith Moll, 88, died Friday. She was the daughter of Arvid and Signe (Dahl) Borg of Moline.", "Edith Moll",
     {"Arvid Borg", "Signe (Dahl) Borg"}, {"Dahl", "Arvid and Signe"}),
    ("Leon Tate, 70, died Monday. He was born in 1953 to Amos and Nell (Pryor) Tate, the eldest of five.",
     "Leon Tate", {"Amos Tate", "Nell (Pryor) Tate"}, {"Pryor", "Amos and Nell"}),
]


@pytest.mark.parametrize("text, child, parents, nobody", MAIDEN)
def test_parents_with_a_maiden_name_in_brackets(nlp, text, child, parents, nobody):
    ex, _ = _run(nlp, "date 2023-02-08\n" + text)
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & nobody, people
    facts = _facts(nlp, "date 2023-02-08\n" + text)
    assert parents <= {f[1] for f in facts if f[0] == "child" and f[2] == child}, facts


# "born ... in Waterloo, the daughter of ...": where somebody was born is a place at every use,
# and the kin noun apposed to it is the one born there's
BIRTHPLACES = [
    ("Evelyn Turner, 91, died Tuesday. She was born Jan. 5, 1930, in Waterloo, the daughter of Carl and Hilda "
     "Brandt. Survivors include a sister, Ruth Brandt of Waterloo.", "Evelyn Turner", "Waterloo"),
    ("Walt Brink, 85, died Sunday. He was born May 2, 1938, in Dexter, the son of Hans and Ida Brink. He is "
     "survived by a brother, Karl Brink of Dexter.", "Walt Brink", "Dexter"),
    ("Ina Roe, 77, died Monday. She was born March 9, 1946, in Shelby, the daughter of Roy and Opal Dunn. Her "
     "son, Neil Roe of Shelby, survives her.", "Ina Roe", "Shelby"),
]


@pytest.mark.parametrize("text, child, place", BIRTHPLACES)
def test_a_birthplace_is_no_person(nlp, text, child, place):
    ex, _ = _run(nlp, "date 2021-08-20\n" + text)
    assert place not in {e.name for e in ex.entities if e.type == "PERSON"}
    facts = _facts(nlp, "date 2021-08-20\n" + text)
    assert not {f for f in facts if place in (f[1], f[2])}, facts
    assert len({f[1] for f in facts if f[0] == "child" and f[2] == child}) == 2, facts


# "The engagement is announced between James, elder son of ..., and Alice, younger daughter of
# ...": a given name a kin noun is apposed to is somebody's child, no place after "between"
ENGAGED = [
    ("The engagement is announced between James, elder son of Mr and Mrs Robert Fairley, of Harrogate, and Alice, "
     "younger daughter of Dr Hugh Kendall, of Bath.", {"James": "Robert Fairley", "Alice": "Hugh Kendall"}),
    ("The engagement is announced between Thomas, only son of Mr Peter Ashdown, of Lewes, and Priya, eldest "
     "daughter of Mr Raj Mehta, of Leicester.", {"Thomas": "Peter Ashdown", "Priya": "Raj Mehta"}),
    ("The engagement is announced between William, second son of Mr Ian Baird, of Perth, and Morag, daughter of "
     "Mrs Elspeth Munro, of Oban.", {"William": "Ian Baird", "Morag": "Elspeth Munro"}),
]


@pytest.mark.parametrize("text, parents", ENGAGED)
def test_a_given_name_with_a_kin_noun_after_between_is_a_person(nlp, text, parents):
    facts = _facts(nlp, D + text)
    for child, parent in parents.items():
        assert parent in {f[1] for f in facts if f[0] == "child" and f[2] == child}, (child, facts)


# "two brothers, Harold and Eugene Brandt": a plural kin noun before the pair says the two
# share the surname written once
KIN_PAIRS = [
    ("Evelyn Turner, 91, died Tuesday. She was preceded in death by her husband and two brothers, Harold and "
     "Eugene Brandt.", {"Harold Brandt", "Eugene Brandt"}),
    ("Walt Brink, 85, died Sunday. Survivors include his sisters, Greta and Ingrid Brink, both of Moline.",
     {"Greta Brink", "Ingrid Brink"}),
    ("Opal Dunn, 90, died Monday. She leaves two sons, Wendell and Curtis Dunn, and a daughter.",
     {"Wendell Dunn", "Curtis Dunn"}),
]


@pytest.mark.parametrize("text, people", KIN_PAIRS)
def test_a_pair_after_a_plural_kin_noun_shares_the_surname(nlp, text, people):
    ex, _ = _run(nlp, "date 2021-08-20\n" + text)
    assert people <= {e.name for e in ex.entities if e.type == "PERSON"}, [e.name for e in ex.entities]
