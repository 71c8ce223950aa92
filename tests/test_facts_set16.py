"""Constructions met on the sixteenth held-out set once it became development data (a firm
named where something happens, "her father, X. Mr X", a couple whose husband is also
somebody's son), each checked on sentences written for these tests, not taken from that set."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts, _of, _run

D = "date 2025-11-04\n\n"


@pytest.mark.parametrize(
    "text, woman, father",
    [
        ("A bakery has changed hands, with Orla Fennessy taking the reins at Ballykeel Country Bakery from "
         "her father, Donal Fennessy, who founded it. Mr Fennessy, 71, still bakes on Sundays.", "Orla Fennessy", "Donal Fennessy"),
        ("Sinéad Carrick took over at Drumlane Valley Creamery from her father, Pádraig Carrick, who set it up. "
         "Mr Carrick, 77, will stay on as a director.", "Sinéad Carrick", "Pádraig Carrick"),
    ],
)
def test_a_father_apposed_then_titled_is_the_father(nlp, text, woman, father):
    facts = _facts(nlp, D + text)
    assert father in _of(facts, "parent", woman) or woman in _of(facts, "child", father), facts
    ages = {f[1] for f in facts if f[0] == "age"}
    assert father in ages and woman not in ages, facts


@pytest.mark.parametrize(
    "text, name, where",
    [
        ("Méabh Kinsella is taking the reins at Lisheen Farmhouse Cheese this week.", "Lisheen Farmhouse", True),
        ("Rhys Vaughan spent a decade at Pentre Valley Dairies before he moved north.", "Pentre Valley Dairies", True),
        ("Gareth Pryce smiled at Nia Howell and said nothing.", "Nia Howell", False),
        ("Gareth Pryce took a swipe at Nia Howell in his speech.", "Nia Howell", False),
        ("Gareth Pryce arrived at Nia Howell's house at noon.", "Nia Howell", False),
    ],
)
def test_a_name_after_at_is_where_something_happens_unless_aimed_at(nlp, text, name, where):
    # the typing vote the entity stage gives such a name (context._held_at), asked directly:
    # the small model's tags for names like these differ from one article to the next
    from dateline.extractors.entities.context import _held_at
    from dateline.extractors.entities.lexicon import lexicon

    doc = nlp(text)
    first = text.index(name)
    e = next(t.i for t in doc if t.idx + len(t.text) == first + len(name)) + 1
    assert _held_at(list(doc), e, lexicon()) is where


def test_a_couple_whose_husband_is_also_a_son_is_still_the_pair(nlp):
    text = D + (
        "Pieter Vos, 71, a retired baker, was the first witness in the trial of Kabelo and Naledi Moroka, "
        "who ran the books of the Tshepo Savings Club. His wife, 63, a retired nurse, wept in the gallery.\n\n"
        "Kabelo Moroka, 58, the son of a Brits maize farmer, was the club's treasurer until 2024. Naledi Moroka, "
        "55, kept its register. She sat beside her husband in the dock. The pair, who married in 1990, have two "
        "children: Lerato, 31, and Tumi, 28."
    )
    facts = _facts(nlp, text)
    assert {"Lerato", "Tumi"} <= _of(facts, "child", "Kabelo Moroka"), facts
    assert {"Lerato", "Tumi"} <= _of(facts, "child", "Naledi Moroka"), facts
    assert not _of(facts, "child", "Pieter Vos"), facts


def test_a_heading_line_is_no_part_of_the_sentence_below(nlp):
    # the parser ran "IN MEMORIAM" into the paragraph, and the tagger then missed the name
    text = D + "IN MEMORIAM\n\nHarriet Colby, a founding member, died March 3 at 91. She ran the lending library for forty years.\n"
    facts = _facts(nlp, text)
    assert 91 in _of(facts, "age", "Harriet Colby"), facts
    doc = nlp(text)
    heading = next(t for t in doc if t.text == "MEMORIAM")
    assert heading.sent.end <= next(t.i for t in doc if t.text == "Harriet")


@pytest.mark.parametrize(
    "text, child, trade",
    [
        ("Everard Pike, a charter member, died on May 2 at 90. The son of a Quebec lumberjack, he farmed on Pike Road for sixty years.",
         "Everard Pike", "lumberjack"),
        ("Gwenda Morse ran the post office for thirty years. The daughter of a Welsh shepherd, she came to Ludlow in 1961.",
         "Gwenda Morse", "shepherd"),
        ("Walter Crabtree has died aged 88. Born on Tanyard Lane, the son of a colliery winder, he was apprenticed at fifteen.",
         "Walter Crabtree", "colliery winder"),
    ],
)
def test_a_fronted_son_of_a_trade_is_the_subject_named_before(nlp, text, child, trade):
    ex, names = _run(nlp, D + text)
    parents = [f.subject for f in ex.facts if f.relation == "child" and names.get(f.object) == child]
    assert parents, [(f.relation, names.get(f.subject), names.get(f.object)) for f in ex.facts]
    jobs = {f.value for f in ex.facts if f.relation == "occupation" and f.subject in parents}
    assert trade in jobs, jobs
    assert not any(e.type == "PERSON" and e.name.endswith("Lane") for e in ex.entities), [e.name for e in ex.entities]


def test_twins_who_turn_an_age_soon_are_a_year_younger_now(nlp):
    facts = _facts(nlp, D + "They reared four children: Colm, 43; and twins Aoife and Ruairi, who turn forty in March.")
    assert _of(facts, "age", "Aoife") == {39} and _of(facts, "age", "Ruairi") == {39}, facts


def test_a_rumoured_marriage_is_no_marriage(nlp):
    facts = _facts(nlp, D + "Kiri Horne and her partner, Josh Pene, a builder, laughed off a rumour that they had married "
                            "quietly in Rarotonga over the summer.")
    assert not _of(facts, "spouse", "Kiri Horne") and not _of(facts, "spouse", "Josh Pene"), facts


@pytest.mark.parametrize(
    "text, who",
    [
        ("Last month's newsletter reported the death of Harold Grange. Harold did not die in March; it was his cousin, "
         "Harlan Grange, who passed on March 20 at 88.", "Harold Grange"),
        ("The first witness was Sipho Ndlovu, 71, who did not die in August 2023, whatever the society's ledger says. "
         '"I read about my own death in the minutes," Ndlovu said.', "Sipho Ndlovu"),
    ],
)
def test_the_text_saying_somebody_did_not_die_outweighs_a_reported_death(nlp, text, who):
    facts = _facts(nlp, D + text)
    assert not _of(facts, "death", who), facts


def test_passed_with_an_age_is_a_death(nlp):
    facts = _facts(nlp, D + "Harlan Grange of Peacham, who passed on March 20 at 88, farmed there all his life. "
                            "The bill passed at 88 votes to 12.")
    assert _of(facts, "death", "Harlan Grange"), facts
    assert 88 in _of(facts, "age", "Harlan Grange"), facts


def test_a_pair_of_one_surname_who_have_children_together_are_married(nlp):
    text = D + ("Kiri and Hemi Walker have four daughters - Aroha, 24; Huia, 21; the twins, Ana and Ria, 18 - "
                "and a son, Wiremu, who is twelve. The couple built the hall in 1999.")
    facts = _facts(nlp, text)
    spouses = {(f[1], f[2]) for f in facts if f[0] == "spouse"}
    assert len(spouses) == 1 and "Hemi Walker" in next(iter(spouses)), facts
    counts = {f[2] for f in facts if f[0] == "number_of_children"}
    assert counts == {5}, facts


def test_daughters_and_a_son_add_up(nlp):
    facts = _facts(nlp, D + "Kiri and Hemi Walker have two daughters, Aroha, 24, and Huia, 21, and a son, Wiremu, who is twelve.")
    counts = {f[2] for f in facts if f[0] == "number_of_children"}
    assert counts == {3}, facts


@pytest.mark.parametrize(
    "text, who, age",
    [
        ("They have three children: Lwazi, 31; Ayanda, 28; and Sne, who turned nineteen in December.", "Sne", 19),
        ("Their son, Adam Wojcik, turns ten in April.", "Adam Wojcik", 9),
    ],
)
def test_a_birthday_in_a_month_named_without_its_year_is_the_nearest_one(nlp, text, who, age):
    # the narrative's years must not set the month: the couple married in 1992 before this
    text = D + "Lena and Piotr Wojcik, who married in 1992, run the bakery. " + text
    facts = _facts(nlp, text)
    assert _of(facts, "age", who) == {age}, facts


def test_a_year_in_the_sentence_keeps_a_turning_in_the_past(nlp):
    facts = _facts(nlp, D + "In 1944 Tom Reid turned 18 in June and joined the navy.")
    assert not _of(facts, "age", "Tom Reid"), facts


def test_three_boys_are_three_children(nlp):
    facts = _facts(nlp, D + "Aoife Brennan, 45, runs the bakery. Her husband, 47, is a vet in Tralee, and the pair "
                            "have three boys, Darragh, 16, Eoin, 13, and Cathal, who is nine.")
    assert _of(facts, "number_of_children", "Aoife Brennan") == {3}, facts


def test_she_after_a_workplace_is_the_woman_named_last(nlp):
    text = D + ("A dairy has changed hands, with Orla Fennessy taking the reins at Lisheen Farmhouse Cheese. "
                "Lisheen's cheeses sell in six countries, and Lisheen's yard now has a packing hall. "
                "Lisheen also marked the death of Josie Lenihan, a retired cheese packer who wrapped Lisheen's wheels "
                "by hand. She died on Saturday aged 91.")
    facts = _facts(nlp, text)
    assert 91 in _of(facts, "age", "Josie Lenihan"), facts


@pytest.mark.parametrize(
    "text, thing",
    [
        ("The trophy the club is chasing, the Ruby Hemara Shield, carries her name.", "Hemara Shield"),
        ("Aman Gill, 17, won the Sabha's Kirpal Singh Shield for her work with elderly members.", "Kirpal Singh Shield"),
    ],
)
def test_a_prize_named_after_somebody_is_no_person(nlp, text, thing):
    ex, _ = _run(nlp, D + text)
    assert not any(thing in e.name and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_the_umpire_for_a_match_is_an_occupation(nlp):
    facts = _facts(nlp, D + "The umpire for the final, Dana Reti, shares the family's surname but not its blood.")
    assert "umpire" in _of(facts, "occupation", "Dana Reti"), facts


@pytest.mark.parametrize(
    "text, who",
    [
        ("Nóra Keane has taken over Ballykeel Farmhouse Cheese from her father, Tadhg Keane, who founded it in 1979.", "Tadhg Keane"),
        ("Walter Crabtree has died aged 88. In 1971 he founded Crabtree Clockworks in a former chapel.", "Walter Crabtree"),
    ],
)
def test_a_founder_by_pronoun_or_by_it(nlp, text, who):
    facts = _facts(nlp, D + text)
    assert "founder" in _of(facts, "title", who), facts


def test_a_relative_whose_death_the_sentence_states_has_that_death(nlp):
    ex, names = _run(nlp, D + "Tadhg Keane, 74, runs the farm. His father was killed in a tractor accident in 1958.")
    deaths = [f for f in ex.facts if f.relation == "death"]
    assert len(deaths) == 1 and deaths[0].value == "1958", [(f.relation, names.get(f.subject), f.value) for f in ex.facts]
    assert names[deaths[0].subject] != "Tadhg Keane"


def test_a_job_whose_who_clause_joins_an_organisation_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Linda Corliss, 61, a nurse who joined Alder Valley Hospital in 1998 from Mercy Hill Hospital, "
                            "spoke first. Gary Oakley, a scaffolder who runs Oakley Access, spoke next.")
    assert "nurse" in _of(facts, "title", "Linda Corliss") and not _of(facts, "occupation", "Linda Corliss"), facts
    assert "Alder Valley Hospital" in _of(facts, "employer", "Linda Corliss"), facts
    assert "scaffolder" in _of(facts, "occupation", "Gary Oakley"), facts


def test_a_post_as_an_organisations_possessive_is_held_there(nlp):
    facts = _facts(nlp, D + "Lisheen Dairies was sold this week. Tadhg Keane, who founded it, stays on as Lisheen Dairies' chairman.")
    assert "chairman" in _of(facts, "title", "Tadhg Keane"), facts
    assert _of(facts, "employer", "Tadhg Keane"), facts


def test_a_founder_of_the_clinic_by_its_kind(nlp):
    facts = _facts(nlp, D + "Sadie's grandfather, Olaf Lindqvist, who founded the clinic, died in June at 88.")
    assert "founder" in _of(facts, "title", "Olaf Lindqvist"), facts


def test_a_noun_the_tagger_took_for_a_name_with_a_name_apposed_dies(nlp):
    facts = _facts(nlp, D + "The Fiso family, whose matai, Leota Fiso, died on 2 August aged 81, sat at the front.")
    assert _of(facts, "death", "Leota Fiso") and 81 in _of(facts, "age", "Leota Fiso"), facts


BORN = D + ("XAGHRA – Rosaria Farrugia, who taught bobbin lace for sixty years, died at home on Monday. She was 90.\n\n"
            "Born Rosaria Vella in Nadur in 1934, the eldest of six children of a fisherman and a weaver, she was "
            "making collars by the age of nine.")


def test_a_name_after_born_is_the_subjects_former_name(nlp):
    ex, names = _run(nlp, BORN)
    people = [e for e in ex.entities if e.type == "PERSON" and ("Rosaria" in e.name)]
    assert [e.name for e in people] == ["Rosaria Farrugia"], [e.name for e in ex.entities]
    births = [f for f in ex.facts if f.relation == "event" and f.value == "birth"]
    assert [names[f.subject] for f in births] == ["Rosaria Farrugia"], births


def test_the_eldest_of_children_of_two_trades_fronted_is_the_subjects(nlp):
    ex, names = _run(nlp, BORN)
    parents = {names[f.subject] for f in ex.facts if f.relation == "child" and names.get(f.object) == "Rosaria Farrugia"}
    assert len(parents) == 2, [(f.relation, names.get(f.subject), names.get(f.object), f.value) for f in ex.facts]
    counts = {f.value for f in ex.facts if f.relation == "number_of_children" and names[f.subject] in parents}
    assert counts == {6}, counts


def test_founded_it_passive_after_an_organisations_kind(nlp):
    facts = _facts(nlp, D + "The congregation traces its beginnings to 1898, when it was founded by a Tongan catechist, "
                            "Salote Havili, and her husband, Paula Havili.")
    assert "founder" in _of(facts, "title", "Salote Havili") and "founder" in _of(facts, "title", "Paula Havili"), facts


def test_a_year_in_another_clause_does_not_date_a_turning(nlp):
    facts = _facts(nlp, D + "The pair, who married in 1992, have three children: Lwazi, 31; Ayanda, 28; and Sne, who turned nineteen in December.")
    assert _of(facts, "age", "Sne") == {19}, facts


def test_an_age_descriptors_husband_is_her_husband(nlp):
    ex, names = _run(nlp, D + "Aoife Brennan, 45, runs the bakery. The 45-year-old's husband, 47, is a large-animal vet in Tralee.")
    spouses = [f for f in ex.facts if f.relation == "spouse"]
    assert [names[f.subject] for f in spouses] == ["Aoife Brennan"], spouses
    husband = spouses[0].object
    assert names[husband] == "Aoife Brennan's husband"
    assert any(f.relation == "age" and f.subject == husband and f.value == 47 for f in ex.facts)


def test_a_listed_childs_residence_does_not_end_the_list(nlp):
    facts = _facts(nlp, D + "Everett Sanborn died in April. With his wife, Ruth Sanborn, he raised two children: Dale, 64, "
                            "of Barnet, and Linda Corliss, 61, of East Alder.")
    assert {"Dale", "Linda Corliss"} <= _of(facts, "child", "Everett Sanborn"), facts


def test_a_date_written_right_after_death_is_its_date(nlp):
    facts = _facts(nlp, D + "Mairi MacLeod, 80, ran the company with their son until her own death in 2011.")
    assert _of(facts, "death", "Mairi MacLeod") == {"2011"}, facts


def test_a_pair_of_one_surname_with_their_daughter_are_married(nlp):
    facts = _facts(nlp, D + "Ian and Margaret McCrae, 71 and 68, have handed the farm's day-to-day management to their "
                            "younger daughter, Fiona Rangi, 39, a wool classer.")
    spouses = {(f[1], f[2]) for f in facts if f[0] == "spouse"}
    assert any("Margaret McCrae" in pair for pair in spouses), facts


def test_who_after_a_pair_with_a_past_verb_is_both(nlp):
    text = D + ("Walt and Dorrie Pelkey marked their anniversary on May 4. Their son Scott and his wife, Amber, welcomed a baby "
                "in April. Scott and Amber Pelkey, who welcomed a daughter, Willa Rose, on April 22, are thrilled.")
    ex, names = _run(nlp, text)
    parents = {names[f.subject] for f in ex.facts if f.relation == "child" and names.get(f.object) == "Willa Rose"}
    assert len(parents) == 2, parents


def test_a_post_held_since_a_year_is_held_now(nlp):
    facts = _facts(nlp, D + "Members of Sizanani Burial Society met on Monday. Thandeka Zulu has chaired Sizanani since 2019.")
    assert "chair" in _of(facts, "title", "Thandeka Zulu"), facts
    facts = _facts(nlp, D + "The Lyric Theatre's chairwoman, Ruth Adeyemi, has chaired the Lyric Theatre since 2016.")
    assert _of(facts, "title", "Ruth Adeyemi") == {"chairwoman"}, facts
