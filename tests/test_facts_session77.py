"""Constructions from the development folders (the seventy-fifth set among them, made development
this session), 2026-12-07, session from 17:40 UTC. Each is checked on text written for these
tests."""

from __future__ import annotations

from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts
from tests.test_facts_session76 import _mentions


def _entity(ex, name):
    """The entity of that name, or None (unlike the session-76 helper, which expects one)."""
    return next((e for e in ex.entities if e.name == name), None)


_HEARING = ("date 2025-04-10\nCOURTS\n\nHearing set in boatyard family dispute\n\n"
            "The High Court yesterday set down for hearing a petition by Ragnhild Strand, 61, a director of Halvorsen "
            "Marine Ltd, challenging the appointment of her cousin, Einar Strand, 57, as the company's chief executive.\n\n"
            "The petitioner, a retired dentist, has sat on the board since 2001. She says the meeting was not "
            "properly called.\n\n"
            "Counsel for the petitioner, Liv Aas, told the court that the notice had gone out a day late. "
            "The company denies this, counsel said.\n\n"
            "The 57-year-old respondent, instructed by Bakke & Lund, joined the company in 1990 from Nordfjord "
            "Shipping, where he was a rigger.\n\n"
            "The company's finance manager, Tove Berg, 44, gave a short statement on the accounts.\n")


def test_the_company_stays_the_one_named_and_called_so_past_a_firm_named_once_as_an_agent(nlp):
    """'the company' said again and again of the firm the case is about, then a law firm named
    once as the agent of 'instructed': 'The company's finance manager' works at the first."""
    ex, names = _run(nlp, _HEARING)
    facts = _facts(ex, names)
    assert ("employer", "Tove Berg", "Halvorsen Marine Ltd") in facts, facts
    assert ("employer", "Tove Berg", "Bakke & Lund") not in facts, facts


def test_a_role_noun_opening_a_sentence_is_no_name_when_the_text_writes_it_in_lower_case(nlp):
    """'Counsel for the petitioner, Liv Aas, told the court ... counsel said': the noun, not a
    person called Counsel."""
    ex, _ = _run(nlp, _HEARING)
    assert _entity(ex, "Counsel") is None, [e.name for e in ex.entities]


def test_the_petitioner_is_who_brought_the_petition_and_the_aged_respondent_is_known_by_age(nlp):
    """'a petition by Ragnhild Strand ... The petitioner ... She': the one who brought it, not the
    latest woman named; 'The 57-year-old respondent' is the man given that age."""
    ex, _ = _run(nlp, _HEARING)
    assert "The petitioner" in _mentions(ex, "Ragnhild Strand"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert "The 57-year-old respondent" in _mentions(ex, "Einar Strand")


def test_a_name_inside_a_hyphened_chain_with_a_lower_case_word_is_nobody(nlp):
    """'a purser on the Sam-my-Lass': a boat's name, whose first part the tagger takes for a
    person's or an organisation's."""
    ex, _ = _run(nlp, "date 2025-04-10\nAlfie Dunn, 70, was a purser on the Sam-my-Lass for years.\n")
    assert [e.name for e in ex.entities] == ["Alfie Dunn"], [(e.name, e.type) for e in ex.entities]


def test_the_company_is_not_one_named_only_as_where_somebody_came_from(nlp):
    """'came to the company from the Fenwick Foods chain ... The company now employs 40 people.
    Its first employee, X': not the chain somebody left, whatever else 'the company' is (here a
    butcher's the tagger does not find)."""
    ex, names = _run(nlp, "date 2025-04-10\nOn Saturday the family butchery Ashgrove Meat Market opened its third shop, "
                          "in Leith. The family business was started in 1988 by Joan Marlow.\n\nThe new shop is run by "
                          "Ned Pike, 35, who came to the company last year from the Fenwick Foods chain, where he ran a "
                          "bread counter.\n\nThe company now employs 40 people. Its first employee, Walter Gunn, died on "
                          "Friday aged 80.\n")
    facts = _facts(ex, names)
    assert ("death", "Walter Gunn", "2025-04-04") in facts, facts
    assert not any(f[0] == "employer" and f[1] == "Walter Gunn" for f in facts), facts


def test_its_goes_past_a_sentence_about_a_person_and_her_own_workplace(nlp):
    """'The Tarn Valley Show Society has a new chair. X, a vet with the Department of
    Agriculture, takes over ... Its treasurer, Y': the society's, not the department's."""
    ex, names = _run(nlp, "date 2025-04-10\nThe Tarn Valley Show Society has a new chair. Gwen Ashby, 41, a vet with the "
                          "Department of Agriculture, takes over from Ray Pell, who held the post for nine years. Its "
                          "treasurer, Colin Moss, stays on for another year.\n")
    facts = _facts(ex, names)
    assert ("employer", "Colin Moss", "Tarn Valley Show Society") in facts, facts
    assert ("employer", "Colin Moss", "Department of Agriculture") not in facts, facts


def test_a_one_word_firm_after_with_on_a_workers_noun_is_the_employer(nlp):
    """'a seed buyer with Graintek in Tulln': the one-word name the tagger takes for a person is
    where the buyer works."""
    ex, names = _run(nlp, "date 2025-04-10\nHer sister, Ines Kroll, 49, plays second. Kroll, a seed buyer with Graintek in "
                          "Tulln, said she had not curled in years.\n")
    assert next(e.type for e in ex.entities if e.name == "Graintek") == "PERSON"  # (what the tagger makes of it)
    facts = _facts(ex, names)
    assert ("employer", "Ines Kroll", "Graintek") in facts, facts
    assert ("title", "Ines Kroll", "seed buyer") in facts, facts


def test_a_spouse_since_a_year_named_after_the_comma(nlp):
    """'with his wife since 1981, Marit': the wife is the name after the year."""
    ex, names = _run(nlp, "date 2025-04-10\nOle Brekke, 77, watched from the stand with his wife since 1981, Marit.\n")
    assert ("spouse", "Ole Brekke", "Marit") in _facts(ex, names)


def test_the_twins_parents_far_from_the_twins_and_the_second_parent_named_as_a_wife(nlp):
    """'twins Tendai and Tatenda Moyo' in the lede, and paragraphs on 'The twins' parents, A, a
    retired teacher, and his wife, B': both are the twins' parents."""
    filler = "The final was watched by a crowd of about 2,000 people, many of them pupils from the two schools. " * 12
    ex, names = _run(nlp, "date 2025-04-10\nRiverside Academy won the schools cup after twins Tendai and Tatenda Moyo, 15, "
                          "scored a goal each.\n\n" + filler + "\n\nThe twins' parents, Farai Moyo, a retired teacher, "
                          "and his wife, Rutendo, drove down from Gweru for the final.\n")
    facts = _facts(ex, names)
    twins = [n for n in names.values() if n.startswith("Tendai") or n.startswith("Tatenda")]
    assert len(twins) == 2, names
    for twin in twins:
        assert ("parent", twin, "Farai Moyo") in facts, facts
        assert ("parent", twin, "Rutendo") in facts, facts


def test_a_cay_is_a_place_not_somebody(nlp):
    """'born in Deadman's Cay': the name before 'Cay' is a place's, nobody's."""
    ex, _ = _run(nlp, "date 2025-04-10\nBasil Rolle was born in Deadman's Cay in 1946 and left school at 12.\n")
    assert [e.name for e in ex.entities] == ["Basil Rolle"], [(e.name, e.type) for e in ex.entities]


def test_a_post_a_pronoun_owns_set_off_before_a_name_is_a_title(nlp):
    """'Her captain, Bram Hoek': a side's captain, a title held for the owner, as 'His trainer, X'
    was; 'His last apprentice, X' too."""
    ex, names = _run(nlp, "date 2025-04-10\nAma Owusu, 19, scored twice. Her captain, Bram Hoek, praised her. The mask "
                          "maker Tito Cruz, 80, still carves. His last apprentice, Wil Rivera, sells the masks.\n")
    facts = _facts(ex, names)
    assert ("title", "Bram Hoek", "captain") in facts, facts
    assert ("title", "Wil Rivera", "apprentice") in facts, facts


def test_a_couples_stated_children_are_both_parents_and_their_siblings_are_too(nlp):
    """'the couple's three children ... their son, Kyle, 24 ... his sisters, Jade and Mia': the
    sisters are the couple's children, as many as the count allows; 'her son' of one parent of a
    couple with a count is the other's too."""
    ex, names = _run(nlp, "date 2025-04-10\nRoss Baird, 52, curled with his wife, Fiona, 50, at third, and the couple's "
                          "son, Kyle, 24, at lead. Kyle is the youngest of the couple's three children; his sisters, "
                          "Jade, 27, and Mia, 22, watched from the stands.\n")
    facts = _facts(ex, names)
    for parent in ("Ross Baird", "Fiona"):
        for child in ("Kyle", "Jade", "Mia"):
            assert ("child", parent, child) in facts, (parent, child, facts)


def test_the_siblings_of_one_born_into_a_family_are_not_given_its_parents(nlp):
    """'the eldest of six children of Peter Rowe and his wife, Ann ... her brother, Tom': the
    count is the one the subject was born into; the other children's parents stay unstated."""
    ex, names = _run(nlp, "date 2025-04-10\nMary Rowe, who died on Monday aged 90, was the eldest of six children of "
                          "Peter Rowe, a blacksmith, and his wife, Ann. Her brother, Tom Rowe, 84, read the eulogy.\n")
    facts = _facts(ex, names)
    assert ("sibling", "Mary Rowe", "Tom Rowe") in facts, facts
    assert ("child", "Peter Rowe", "Tom Rowe") not in facts and ("child", "Ann", "Tom Rowe") not in facts, facts


def test_the_grooms_mother_is_the_mother_of_the_groom_married_in_her_paragraph(nlp):
    """A parish letter: an obituary's "He married Ada Cole in 1961", then a wedding item "Our
    organist, Dean Marsh, and Lena Ford ... were married here on Saturday ... The groom's mother,
    Joan Marsh": the pair married in the paragraph, and of the two, the one whose surname the
    mother bears; the bride is the other."""
    ex, names = _run(nlp, "date 2025-09\nPARISH NOTES\n\nDeacon Amos Cole, who died in July aged 88, served this church "
                          "for forty years. He married Ada Cole in 1961; she died in 2015.\n\nOur organist, Dean Marsh, and "
                          "Lena Ford, who teaches at Hillside Basic School, were married here on Saturday, with Rev. Peters "
                          "officiating. The bride is a niece of Deacon Cole. The groom's mother, Joan Marsh, baked the cake.\n")
    facts = _facts(ex, names)
    assert ("parent", "Dean Marsh", "Joan Marsh") in facts, facts
    assert ("parent", "Amos Cole", "Joan Marsh") not in facts, facts
    genders = {e.name: e.gender for e in ex.entities}
    assert genders.get("Dean Marsh") == "male" and genders.get("Lena Ford") == "female", genders


def test_a_childrens_list_item_named_as_the_item_befores_sibling(nlp):
    """'three children: Dara, 17; her twin brother, Vuthy, 17, a student; and Kanha, 9': the
    brother is Dara's and a child of the couple, and the list goes on past him."""
    ex, names = _run(nlp, "date 2025-04-10\nTep Sokha, 50, and his wife, Mao Lina, 47, run a noodle stall. They have "
                          "three children: Dara, 17; her twin brother, Vuthy, 17, a student; and Kanha, 9.\n")
    facts = _facts(ex, names)
    for parent in ("Tep Sokha", "Mao Lina"):
        for child in ("Dara", "Vuthy", "Kanha"):
            assert ("child", parent, child) in facts, (parent, child, facts)
        assert ("sibling", parent, "Vuthy") not in facts, facts
    assert ("sibling", "Dara", "Vuthy") in facts, facts


def test_whose_on_a_copulas_complement_is_the_subjects(nlp):
    """'Omar Bello, 41, is a father of three whose wife, Hauwa Musa, teaches': the clause hangs on
    what the subject is said to be; the wife is the subject's."""
    ex, names = _run(nlp, "date 2025-04-10\nOmar Bello, 41, is a father of three whose wife, Hauwa Musa, teaches at a "
                          "primary school. Ada Roe is a widow whose late husband, Tom Roe, farmed at Kells.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Omar Bello", "Hauwa Musa") in facts, facts
    assert ("spouse", "Ada Roe", "Tom Roe") in facts, facts


def test_a_name_built_by_somebody_is_a_vessel_not_a_woman(nlp):
    """'Lady Ellen was built in 1990 by the late Sam Hocking ... steered her home': a boat, whose
    honorific says no woman; 'built the firm into a chain' keeps the firm an organisation."""
    ex, _ = _run(nlp, "date 2025-04-10\nThe crew rowed Lady Ellen home in first place. Lady Ellen was built in 1990 by "
                      "the late Sam Hocking, a boatbuilder who founded the club, and named after his mother.\n")
    ellen = next((e for e in ex.entities if e.name == "Lady Ellen"), None)
    assert ellen is not None and ellen.type != "PERSON" and ellen.gender is None, [(e.name, e.type, e.gender) for e in ex.entities]
    ex, _ = _run(nlp, "date 2025-04-10\nKarl Weiss, who opened a guesthouse in 1964 and built Weiss Hotels into a chain of "
                      "thirty hotels, died on Thursday aged 86.\n")
    assert any(e.name == "Weiss Hotels" and e.type == "ORG" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_bracketed_spouse_the_tagger_calls_a_place_or_an_organisation(nlp):
    """'their five children, Marcia Greenidge (Winston), Rohan (Claudette), Beverley and
    Anthony': each bracketed name is the child's spouse, a person; 'Norges Statsbaner (NSB)' in
    no list of relatives stays an acronym."""
    ex, names = _run(nlp, "date 2025-04-10\nCarlton Bynoe died on Monday. He leaves four of their five children, Donna "
                          "Greenidge (Winston), Rohan (Claudette), Beverley and Anthony, as well as his brother.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Donna Greenidge", "Winston") in facts, facts
    assert ("spouse", "Rohan", "Claudette") in facts, facts
    ex, _ = _run(nlp, "date 2025-04-10\nOle Berg, a former director of Norges Statsbaner (NSB), retired in May.\n")
    assert not any(e.name == "NSB" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_their_son_after_a_survivors_count_is_the_couple_whose_children_were_listed(nlp):
    """'survived by three of their four children: ...; Ann Kerr, and her husband, Joe; and Pat.
    Their son Liam was killed in 1990': the missing child is the couple's whose children the list
    counts, not the couple named inside it."""
    ex, names = _run(nlp, "date 2025-09-12\nRose Daly died on Sunday. She married Con Daly in 1960. She is survived by "
                          "three of their four children: Brian, 62, who runs the farm; Ann Kerr, 60, a nurse, and her "
                          "husband, Joe; and Pat, 55. Their son Liam was killed in a road accident in 1990, aged 20.\n")
    facts = _facts(ex, names)
    assert {("child", "Rose Daly", "Liam"), ("child", "Con Daly", "Liam")} <= facts, facts
    assert ("child", "Ann Kerr", "Liam") not in facts and ("child", "Joe", "Liam") not in facts, facts


def test_a_place_before_an_owning_noun_says_which_not_what(nlp):
    """'The Chilenje academy's captain, Mapalo Banda': the academy named before, the place
    before the noun no part of the owner's kind."""
    ex, names = _run(nlp, "date 2025-04-10\nKabulonga Stars Football Academy won the schools cup on Sunday. The Chilenje "
                          "academy's captain, Mapalo Zulu, cleared a header off the line.\n")
    facts = _facts(ex, names)
    assert ("employer", "Mapalo Zulu", "Kabulonga Stars Football Academy") in facts, facts
    assert ("title", "Mapalo Zulu", "captain") in facts, facts


def test_a_council_named_only_as_where_somebody_came_from_holds_no_mayor(nlp):
    """'Mayor Ann Bell ... moves to Bay Roberts from the Town of Carbonear, where she was finance
    officer': the one council named is the newcomer's last employer, not the mayor's."""
    ex, names = _run(nlp, "date 2025-10-15\nMayor Ann Bell swore in the new clerk on Monday. Lisa Ward, 46, moves to Bay "
                          "Roberts from the Town of Carbonear, where she was finance officer.\n")
    facts = _facts(ex, names)
    assert ("title", "Ann Bell", "mayor") in facts, facts
    assert ("employer", "Lisa Ward", "Town of Carbonear") in facts, facts
    assert not any(f[0] == "employer" and f[1] == "Ann Bell" for f in facts), facts


def test_a_siblings_possessive_after_a_semicolon_is_the_clause_subjects(nlp):
    """'Lise is the elder of Per and Hanne Dahl's two daughters; her younger sister, Rina': the
    sister is Lise's, not the mother's named last before the semicolon."""
    ex, names = _run(nlp, "date 2025-04-10\n\nLise is the elder of Per and Hanne Dahl's two daughters; her younger "
                          "sister, Rina, is a pilot.\n")
    facts = _facts(ex, names)
    assert ("sibling", "Lise", "Rina") in facts, facts
    assert ("sibling", "Hanne Dahl", "Rina") not in facts, facts


def test_the_shop_is_the_stores_named_before(nlp):
    """'Kilbrack Stores opened in 1961 ... Declan Foy runs the shop today with his wife, Orla':
    a shop's name ends on "Stores"; both run it."""
    ex, names = _run(nlp, "date 2025-04-10\nKilbrack Stores opened in 1961. Declan Foy, 62, runs the shop today with his "
                          "wife, Orla.\n")
    facts = _facts(ex, names)
    assert {("employer", "Declan Foy", "Kilbrack Stores"), ("employer", "Orla", "Kilbrack Stores")} <= facts, facts


def test_a_post_set_before_a_name_that_a_who_clause_takes_over(nlp):
    """'The society's secretary, Bethan Harries, who took over in March from Wyn Evans': the post
    Wyn Evans held, and where; not a former post of the successor's ('a former teacher, who took
    over from X')."""
    ex, names = _run(nlp, "date 2025-10-03\nThe Tywi Valley Texel Club held its ram sale on Friday. The club's secretary, "
                          "Bethan Harries, who took over in March from Wyn Evans, a retired vet, said entries were up.\n")
    facts = _facts(ex, names)
    assert ("title", "Wyn Evans", "secretary") in facts, facts
    assert ("employer", "Wyn Evans", "Tywi Valley Texel Club") in facts, facts
