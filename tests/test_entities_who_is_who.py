"""Who is who on news text (issue 9): people the tagger calls organisations or misses, places
that employ somebody, unnamed staff, descriptors ("the 31-year-old", "the eldest"), a wife
under her married name, and whose widow someone is. Fictional sentences written for these
tests; where a rule reads what spaCy tagged, the label is set by hand so the test does not
hang on one model's guess."""

from __future__ import annotations

import pytest

from tests.test_entities_general import entities_of
from tests.test_facts_families import _facts


def typed(ents) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in ents]


def _type_of(ents, word: str) -> str:
    found = [e for e in ents if word in e.name.split()]
    assert found, typed(ents)
    return found[0].type


def _mentions(ents, name: str) -> list[str]:
    found = [e for e in ents if e.name == name]
    assert found, typed(ents)
    return [m.text for m in found[0].mentions]


# -- a "who" clause only a person's life fits ------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("The lights were dimmed for Paddy Keogh, who captained the first crew in 1958 and died on Friday aged 91.", "Keogh"),
        ("The choir sang for Fergal Nolan, who founded it in 1972 and died last week.", "Nolan"),
        ("The couple have three children: Callum, 30, a pilot; Rua, 27; and Ngaio, who is twenty-two.", "Ngaio"),
        ("The family includes Moana, 40, and Ngaio, who is thirty-one.", "Ngaio"),
    ],
)
def test_who_died_later_in_the_clause_or_who_is_an_age_is_a_person(nlp, text, word):
    assert _type_of(entities_of(nlp, text), word) == "PERSON"


def test_who_is_one_of_the_founders_says_nothing_of_a_person():
    from dateline.extractors.entities.context import _who_lives
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.nlp import load

    doc = load()("Talbot Rovers, who are one of the founders, won again.")
    clauses = [t for t in doc if t.dep_ == "relcl"]
    assert clauses and not any(_who_lives(c, lexicon()) for c in clauses)


# -- a plural kin noun tagged as a verb, and kin nouns tagged as adjectives -----------------

@pytest.mark.parametrize(
    "text",
    [
        "The Hendersons have four children: Jade, 21, Cody, 18, and twins Lachie and Tahnee, 10.",
        "Their kids - Zac, 20, and twins Lachie and Indi, 9 - ran the stall.",
        "The Doyles have three children: Keira, 17, and twins Lachie and Ruby, 13.",
    ],
)
def test_twins_read_as_a_verb_still_describe_the_names(nlp, text):
    ents = entities_of(nlp, text)
    lachie = [e for e in ents if "Lachie" in e.name]
    assert lachie and all(e.type == "PERSON" for e in lachie), typed(ents)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rhys, a plumber, also has a stepson, Jayden, from an earlier marriage.", "Jayden"),
        ("Shane, a sparky, also has a stepson, Jayden, from a previous relationship.", "Jayden"),
        ("Gaz, a roofer, also has a stepson, Jayden, from an earlier relationship.", "Jayden"),
    ],
)
def test_a_kin_noun_tagged_as_an_adjective_introduces_a_name(nlp, text, name):
    assert _type_of(entities_of(nlp, text), name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "They raised three children in the flat above the bakery: Kevin, 52, Grace, 49, and Stephen, who died in 2004.",
        "The pair raised four kids above the pub: Declan, 44, Siobhan, 41, and Stephen, who died in 1999.",
        "They raised two children on the farm at Cullen: Aled, 33, and Stephen, a carpenter in Bala.",
    ],
)
def test_a_list_of_children_after_a_colon_names_each_child(nlp, text):
    assert _type_of(entities_of(nlp, text), "Stephen") == "PERSON"


# -- organisations tagged as places -----------------------------------------------------------

def _spans_with(nlp, text: str, words: str, label: str) -> list[str]:
    """The name spans of ``text`` after spaCy's entities over ``words`` are replaced by one
    ``label`` (as the small model tags them on some texts); the others are kept."""
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.names import _name_spans

    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    kept = [e for e in doc.ents if e.end <= span.start or e.start >= span.end]
    doc.set_ents(sorted([span, *kept], key=lambda e: e.start), default="outside")
    b = _Builder(doc, lexicon())
    return [f"{doc[sp.start:sp.end].text}/{sp.label}" for sp in _name_spans(doc, b.lex, b.sent_start_of, drop_common=True)]


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Their daughter is a nurse at St Brigid's Hospital in Carlow.", "St Brigid's Hospital", "St Brigid's Hospital/ORG"),
        ("The service was held at St Aidan's Church on Friday.", "St Aidan's", "St Aidan's Church/ORG"),
        ("She trained at St Columba's College in Derry.", "St Columba's College", "St Columba's College/ORG"),
    ],
)
def test_a_saints_name_with_its_possessive_opens_an_organisation(nlp, text, words, expected):
    assert expected in _spans_with(nlp, text, words, "FAC")


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("A spokesperson for the City of Kestrel Bay said the sign would be kept.", "the City of Kestrel Bay", "City of Kestrel Bay/ORG"),
        ("She works for the Borough of Wenlow as a planner.", "the Borough of Wenlow", "Borough of Wenlow/ORG"),
        ("Oarsport Ireland chief executive Dervla Kinsella presented the prize.", "Oarsport Ireland", "Oarsport Ireland/ORG"),
        ("Paddleways Wales chairman Huw Bevan said the river was safe.", "Paddleways Wales", "Paddleways Wales/ORG"),
    ],
)
def test_a_place_that_employs_somebody_is_an_organisation(nlp, text, words, expected):
    assert expected in _spans_with(nlp, text, words, "GPE")


@pytest.mark.parametrize(
    "text, words, label",
    [
        ("His brother is a partner at the accountancy firm Pellow Garth in Truro.", "Pellow Garth", "FAC"),
        ("The report came from Valdera Geotecnia, an engineering firm in the capital.", "Valdera Geotecnia", "LOC"),
        ("Associate Tom Berry, who joined from Kestrel Design last year, said staff were relieved.", "Kestrel Design", "GPE"),
    ],
)
def test_a_place_named_as_a_firm_is_an_organisation(nlp, text, words, label):
    assert f"{words}/ORG" in _spans_with(nlp, text, words, label)


def test_a_country_before_a_post_stays_a_place(nlp):
    spans = _spans_with(nlp, "Ireland manager Joe Hart named his side.", "Ireland", "GPE")
    assert not any(s.startswith("Ireland/") for s in spans), spans


@pytest.mark.parametrize(
    "text, org",
    [
        ("The manager, Dean Tully, joined Kestrel Ridge from Corrow Valley Wines in 2008.", "Kestrel Ridge"),
        ("Its winemaker, Sam Lowe, joined Ferris Hill from Tamar Creek Wines in 2015.", "Ferris Hill"),
        ("The chef, Lena Ruiz, joined Harbour Row from Brindle Hotels Group in 2019.", "Harbour Row"),
    ],
)
def test_what_one_joins_from_an_organisation_is_one(nlp, text, org):
    ents = entities_of(nlp, text)
    assert [e.type for e in ents if e.name == org] in ([], ["ORG"]), typed(ents)
    assert any(e.name == org for e in ents) or "Harbour Row" == org, typed(ents)


@pytest.mark.parametrize(
    "text, town",
    [
        ('Daylesford captain Brodie Kerr, 26, kicked four goals. Coach Tony Ryan said he would "sleep for a week" if Daylesford won the flag.', "Daylesford"),
        ('Maryborough captain Liam Fogarty, 23, kicked three goals. Coach Shane Pyke said he would "buy a round" if Maryborough won the premiership.', "Maryborough"),
        ('Woodend captain Ned Rowe, 21, kicked two goals. Coach Barry Lott said he would "retire on the spot" if Woodend won the flag.', "Woodend"),
    ],
)
def test_a_town_opening_a_sentence_before_a_team_post_is_its_club(nlp, text, town):
    ents = entities_of(nlp, text)
    assert _type_of(ents, town) == "ORG"


# -- unnamed staff of an organisation ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("The sale is being handled by Marlow & Finch, a Taunton agency. A spokesman for Marlow & Finch would not give a price.",
         "spokesman for Marlow & Finch"),
        ("The farm has been bought by Penrose & Daughters. A spokeswoman for Penrose & Daughters declined to comment.",
         "spokeswoman for Penrose & Daughters"),
        ("The contract went to Tully & Beck, a Leeds firm. A director of Tully & Beck would not confirm the figure.",
         "director of Tully & Beck"),
    ],
)
def test_an_unnamed_staff_member_of_an_organisation_is_somebody_whatever_the_verb(nlp, text, name):
    ents = entities_of(nlp, text)
    assert [e.type for e in ents if e.name == name] == ["PERSON"], typed(ents)


def test_a_staff_role_of_a_person_makes_nobody_new(nlp):
    ents = entities_of(nlp, "Ruth Vane, a Hartley Foods spokeswoman, was there. A friend of Ruth Vane would not comment.")
    assert not [e for e in ents if e.name.startswith("friend")], typed(ents)


# -- descriptors --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, person, other",
    [
        ("Owen Marsh was named in the team. The club's new captain was Carys Pugh, a niece of Owen. "
         "The 27-year-old, a teacher in Bala, scored twice.", "Carys Pugh", "Owen Marsh"),
        ("Dylan Rees spoke first. The star of the night was Mali Hughes, a cousin of Dylan. "
         "The 19-year-old, a student in Cardiff, sang three songs.", "Mali Hughes", "Dylan Rees"),
        ("Glyn Parry opened the show. The winner of the prize was Elin Morgan, a granddaughter of Glyn. "
         "The 24-year-old, a nurse in Rhyl, thanked the judges.", "Elin Morgan", "Glyn Parry"),
    ],
)
def test_an_age_descriptor_is_who_the_main_clause_said_its_subject_was(nlp, text, person, other):
    ents = entities_of(nlp, text)
    assert any(m.endswith("-year-old") for m in _mentions(ents, person)), typed(ents)
    assert not any(m.endswith("-year-old") for m in _mentions(ents, other))


@pytest.mark.parametrize(
    "text, name, phrase",
    [
        ("They raised three children: Brian, 48, Sandra, 45, and Gary, 41. Mr. Dunne sold the van in 2010, "
         "when Brian Dunne took over the round. The eldest has run it ever since.", "Brian", "The eldest"),
        ("The couple have three sons: Tomas, 30, Ruairi, 27, and Eoin, 22. Mrs Walsh retired in 2019, "
         "when Eoin Walsh joined the firm. The youngest now runs the office.", "Eoin", "The youngest"),
        ("The Kellys had two daughters: Niamh, 35, and Orla, 31. Mr Kelly closed the shop in 2015, "
         "after Niamh Kelly moved away. The eldest now teaches in Boston.", "Niamh", "The eldest"),
    ],
)
def test_the_eldest_or_youngest_of_children_listed_with_ages(nlp, text, name, phrase):
    ents = entities_of(nlp, text)
    holders = [e for e in ents if phrase in [m.text for m in e.mentions]]
    assert holders and name in holders[0].name, typed(ents)


def test_the_eldest_of_two_the_same_age_is_nobody(nlp):
    ents = entities_of(nlp, "The twins, Ava, 12, and Isla, 12, sang. The eldest played the harp.")
    assert not [e for e in ents if "The eldest" in [m.text for m in e.mentions]], typed(ents)


# -- a wife under her married name ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, wife, later, husband",
    [
        ("Colin Fenwick married Ada Blythe in 1962. Mrs Fenwick, 80, told the hearing her husband had no enemies.",
         "Ada Blythe", "Mrs Fenwick", "Colin Fenwick"),
        ("Arthur Pryce was found on the beach. He married Joan Riddle in 1970. Mrs Pryce, 75, said her husband had loved the sea.",
         "Joan Riddle", "Mrs Pryce", "Arthur Pryce"),
        ("Dennis Moss died in March. He married Sheila Crabtree in 1981. Sheila Moss said the family was grateful.",
         "Sheila Crabtree", "Sheila Moss", None),
    ],
)
def test_a_wife_is_the_same_person_under_her_married_name(nlp, text, wife, later, husband):
    ents = entities_of(nlp, text)
    assert later in _mentions(ents, wife), typed(ents)
    if husband is not None:
        assert "her husband" in _mentions(ents, husband), typed(ents)
        assert later not in _mentions(ents, husband)


def test_a_married_name_needs_the_marriage(nlp):
    ents = entities_of(nlp, "Colin Fenwick met Ada Blythe in 1962. Mrs Fenwick, 80, said nothing.")
    assert "Mrs Fenwick" not in _mentions(ents, "Ada Blythe"), typed(ents)


# -- whose widow -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, dead, living",
    [
        ("Its manager, Piotr Lis, 44, joined the hotel in 2015. The dinner paused for Paddy Keane, who coached "
         "the first crew in 1958 and died on Monday aged 90. His widow, Nora, 88, attended.", "Paddy Keane", "Piotr Lis"),
        ("The club's treasurer, Marek Nowicki, read the accounts. A minute's silence was held for Donal Hynes, "
         "who built the boathouse and died in May. His widow, Bridie, lit a candle.", "Donal Hynes", "Marek Nowicki"),
        ("Its head chef, Tomasz Wrona, cooked the meal. The toast was to Seamus Dunphy, who founded the society "
         "and died last year. His widow, Eileen, cut the cake.", "Seamus Dunphy", "Tomasz Wrona"),
    ],
)
def test_his_widow_belongs_to_the_man_who_died(nlp, text, dead, living):
    ents = entities_of(nlp, text)
    assert "His" in _mentions(ents, dead), typed(ents)
    assert "His" not in _mentions(ents, living)


# -- a number written in words, hyphenated ------------------------------------------------------

@pytest.mark.parametrize(
    "text, name, age",
    [
        ("date 2024-08-01\nThe couple have two children: Rua, 27, and Ngaio, who is twenty-eight.\n", "Ngaio", 28),
        ("date 2024-08-01\nTheir son, Tane, who is thirty-four, farms near Gore.\n", "Tane", 34),
        ("date 2024-08-01\nHer sister Mere, who is forty-one, lives in Nelson.\n", "Mere", 41),
    ],
)
def test_a_hyphenated_number_word_is_the_whole_age(nlp, text, name, age):
    ages = {(s, v) for r, s, v in _facts(nlp, text) if r == "age"}
    assert (name, age) in ages and (name, age % 10) not in ages, ages


# -- a line break is no numeral ------------------------------------------------------------------

def test_a_line_break_after_a_name_is_no_regnal_numeral(nlp):
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.personal import regnal_names

    for text in ("The chair was Janet Yellen\nShe spoke first.", "Ask Tom Hale\nHe knows.", "Then came Ada Lund\n"):
        doc = nlp(text)
        assert regnal_names(doc, lexicon(), [False] * len(doc)) == [], text
