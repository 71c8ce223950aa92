"""Entity types that the context decides on unseen text: places written once after a
preposition of place, a place before a role, a role before a full name, bands written "The
X-s", institutions named in other languages, businesses named after a place or a family, and
a make of thing dated by its year. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of


def typed(ents, word: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in ents if word in e.name]


@pytest.mark.parametrize(
    "text, word",
    [
        # a multi-word place after a preposition of place, by its last word or written once
        ("The van was swept off the road at Pellow Mill, the second rescue there this month.", "Pellow"),
        ("Owen Tarrant died in 1979, aged 31, when his crabber sank off Pellan Head.", "Pellan"),
        ("Their daughter, Isla, 8, was visiting from Nulla Nulla with her grandmother.", "Nulla"),
        # a make of thing dated by its year
        ("The oldest bus, a 1968 Dalby the drivers christened Old Bess, will stay.", "Dalby"),
        # a place after a word of travel
        ("Nessa Polwhele, 70, met her husband, a ferry captain, on a crossing to Roscoff.", "Roscoff"),
    ],
)
def test_places_and_things_are_no_people(nlp, text, word):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "PERSON" and word in e.name], typed(ents, word)


@pytest.mark.parametrize(
    "text, name",
    [
        # an institution word of another language leads the name
        ("Siobhán Ní Laoire joined the staff from Scoil Bhríde in Ardnagh in 2014.", "Scoil Bhríde"),
        ("Dafydd Rhys taught at Ysgol Glan Conwy for twenty years.", "Ysgol Glan Conwy"),
        # a business named after a place or a family, by its last word
        ("Hannah Peel, the founder of Brindle Vale Dairy, said the herd would be sold.", "Brindle Vale Dairy"),
        ("The minibus was lent by Corrigan's Garage, which is run by Seán Corrigan.", "Corrigan's Garage"),
        # a band written with a capital "The" after a group noun
        ("Tobias Wren joined the band from the punk outfit The Larkspurs in 2018.", "The Larkspurs"),
    ],
)
def test_organisations_found_and_typed(nlp, text, name):
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == name]
    assert found and found[0].type == "ORG", [(e.name, e.type) for e in ents]


def test_role_before_full_name_is_a_person(nlp):
    text = "Ardmore lifeboat coxswain Ewan Doyle said the sea had been rough."
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == "Ewan Doyle"]
    assert found and found[0].type == "PERSON", [(e.name, e.type) for e in ents]
    # the role gives no gender: only a pronoun or kin word would
    assert found[0].gender is None


def test_person_after_place_preposition_stays_a_person_when_named_again(nlp):
    text = ("The award went to Maren Holt at the gala. Maren Holt, 44, has run the shelter since 2009, "
            "and she said it belonged to the volunteers.")
    ents = entities_of(nlp, text)
    assert [e for e in ents if e.type == "PERSON" and e.name == "Maren Holt"], typed(ents, "Holt")


def test_a_title_in_quotation_marks_is_no_band(nlp):
    text = 'Lena Brook read from her novel "The Dunlins" at the library on Friday.'
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "ORG" and "Dunlins" in e.name], typed(ents, "Dunlins")



def test_name_spans_place_before_role_and_person_after_it(nlp):
    """The first pass itself: the place written before the role gives no name span, and the
    full name after the role is labelled a person's though the small model calls it an
    organisation's."""
    from dateline.extractors.entities import lexicon
    from dateline.extractors.entities.names import _name_spans
    from dateline.nlp import pipe
    from dateline.read import from_dated_text

    text = ("The couple had set out from Kellan on Sunday morning. A lifeboat reached them within twenty "
            "minutes. Kellan harbour master Ewan Doyle said the sea had been rough.")
    doc = next(pipe([from_dated_text(text, date="2024-03-02")], nlp=nlp))
    starts = [i for i, t in enumerate(doc) if t.text == "Kellan"]
    ewan = next(t.i for t in doc if t.text == "Ewan")
    spans = _name_spans(doc, lexicon(), [t.sent.start for t in doc])
    assert not any(sp.start <= starts[-1] < sp.end for sp in spans), [(doc[sp.start:sp.end].text, sp.label) for sp in spans]
    doyle = [sp for sp in spans if sp.start == ewan]
    assert doyle and doyle[0].label in ("PERSON", None), [(doc[sp.start:sp.end].text, sp.label) for sp in spans]


def test_name_after_a_job_and_at_is_an_employer_not_a_place(nlp):
    text = "Ffion Tarrant, 52, a welder at Morvah Boatworks, said the new hull was ready."
    ents = entities_of(nlp, text)
    found = [e for e in ents if e.name == "Morvah Boatworks"]
    assert found and found[0].type == "ORG", [(e.name, e.type) for e in ents]


# -- organisations named like people: the words around the name say what it is (issue 9) -----


@pytest.mark.parametrize(
    "text, name",
    [
        # a workplace post between the name and a person's name
        ("Fenmoor Point partner Ilse Varga said the fund had waited two years.", "Fenmoor Point"),
        ("The plan was backed by Tolly Bright chairman Peter Quist on Monday.", "Tolly Bright"),
        ("On air, her Kestrel Bay co-host, Dan Abbot, laughed at the forecast.", "Kestrel Bay"),
        # a numeral for a last word
        ("Leah Kerr joined Pellam Nine in 2019 and now reads the news there.", "Pellam Nine"),
        ("The interview will be broadcast on Radio Carrow Four on Sunday evening.", "Radio Carrow Four"),
    ],
)
def test_organisations_named_like_people_are_no_people(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "PERSON" and name in e.name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        # a person's adviser or lawyer is written the same way: no workplace
        ("Lena Marsh adviser Owen Pike said the bill would pass. Lena Marsh said nothing.", "Lena Marsh"),
        ("Rosa Quell, 61, thanked her lawyer. Rosa Quell lawyer Dev Amin said she was relieved.", "Rosa Quell"),
    ],
)
def test_a_person_before_a_personal_post_stays_a_person(nlp, text, name):
    ents = entities_of(nlp, text)
    assert [e for e in ents if e.type == "PERSON" and e.name == name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her son is head chef at Marlow's, the fish restaurant on the quay.", "Marlow's"),
        ("Ben Tate, 34, has worked at Okafor's since 2010.", "Okafor's"),
        ("The cakes came from Hartley's, and the flowers from the market.", "Hartley's"),
    ],
)
def test_a_business_called_by_its_owners_possessive(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.type == "PERSON" and name.rstrip("'s") in e.name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her early papers, written with the late Tor Eide, were dismissed by one reviewer.", "Tor Eide"),
        ("The prize is named after the late Wren Astley, who founded the choir.", "Wren Astley"),
        ("His late Ivo Brandt stories were reprinted in a single volume.", None),
    ],
)
def test_the_late_name_is_a_person(nlp, text, name):
    ents = entities_of(nlp, text)
    if name is None:
        assert not [e for e in ents if e.type == "PERSON" and "Brandt" in e.name and e.name != "Ivo Brandt"]
        return
    assert [e for e in ents if e.type == "PERSON" and e.name == name], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize(
    "text, word",
    [
        # the last of a list of children, named once, with a 'who' clause of a life event
        ("They had three children: Ros, 40, Kit, 38, and Martin, who died in 2002, aged 19.", "Martin"),
        ("The couple's sons, Idris and Sterling, who drowned off Tenby in 1987, are buried here.", "Sterling"),
        ("Her daughters are Elen, a vet, and Winslow, who married a farmer in 2015.", "Winslow"),
    ],
)
def test_a_name_whose_who_clause_dies_or_marries_is_a_person(nlp, text, word):
    assert typed(entities_of(nlp, text), word) and all(t == "PERSON" for _, t in typed(entities_of(nlp, text), word))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Pryce & Dole, which has an office in Leek, now trades as Dole Whitcombe under its last partner.", "Whitcombe"),
        ("The bakery was rebranded as Ottoline Marsh when the founder retired in 2019.", "Ottoline"),
        ("After the fire the old cinema reopened as Harriet Vane, a bar with a small stage.", "Harriet"),
    ],
)
def test_what_a_business_now_trades_as_is_no_person(nlp, text, word):
    assert all(t != "PERSON" for _, t in typed(entities_of(nlp, text), word))
