"""Constructions from the development folders (the fifty-first set among them, made development
this session), 2026-12-06, session from 07:37 UTC. Each is checked on text written for these
tests; the guards (marked) hold on the start code too."""

from __future__ import annotations

from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts


def _entity(ex, name):
    return next((e for e in ex.entities if e.name == name), None)


def _children_of_both(facts, parents, children):
    for child in children:
        for parent in parents:
            assert ("child", parent, child) in facts, (parent, child, facts)


def test_the_owner_of_a_named_firm_works_there(nlp):
    ex, names = _run(nlp, "date 2025-03-04\n\nStavros Lekkas, owner of the Kalimera Bakery, said trade was slow. "
                          "Dora Vlahou, the owner of Halden Systems, agreed.\n")
    facts = _facts(ex, names)
    assert ("employer", "Stavros Lekkas", "Kalimera Bakery") in facts, facts
    assert ("employer", "Dora Vlahou", "Halden Systems") in facts, facts
    assert ("title", "Dora Vlahou", "owner") in facts, facts


def test_a_mayor_of_a_council_holds_a_seat_on_it(nlp):
    # reversed on 2026-12-07 (councilposts.py): the development gold gives the council as the
    # employer of its mayor ("Wendy Pascoe, mayor of Tindarra Shire Council", outbackpub), and
    # the later held-out rows write the convention out
    ex, names = _run(nlp, "date 2025-03-04\n\nWendy Pascoe, mayor of Tindarra Shire Council, opened the fair.\n")
    facts = _facts(ex, names)
    assert ("title", "Wendy Pascoe", "mayor") in facts, facts
    assert ("employer", "Wendy Pascoe", "Tindarra Shire Council") in facts, facts


def test_a_portuguese_or_spanish_honorific_is_no_person(nlp):
    ex, names = _run(nlp, "date 2025-09-10\n\nOur past president, Sr. Tomio Arakaki, 88, handed the chair to "
                          "Yuki Hara last week.\n")
    assert _entity(ex, "Sr") is None, [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("age", "Tomio Arakaki", 88) in facts, facts


def test_a_name_a_business_verb_takes_through_which_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-09-10\n\nIn 1958 he opened a greengrocer's in Liberdade, Quitanda Mori, which his "
                      "son Jorge still runs.\n")
    shop = _entity(ex, "Quitanda Mori")
    assert shop is None or shop.type != "PERSON", [(e.name, e.type) for e in ex.entities]


def test_a_given_name_the_tagger_left_before_two_surnames_is_part_of_the_name(nlp):
    ex, names = _run(nlp, "date 2025-11-08\n\nIn 1963 he married Dolores Fernández Ruiz.\n")
    assert _entity(ex, "Dolores Fernández Ruiz") is not None, [(e.name, e.type) for e in ex.entities]
    assert _entity(ex, "Fernández Ruiz") is None, [(e.name, e.type) for e in ex.entities]


def test_a_name_after_a_sentence_opening_word_stays_as_tagged(nlp):
    # guard: a word that opens the sentence is not taken for a given name
    ex, _ = _run(nlp, "date 2025-11-08\n\nYesterday Fernández Ruiz said no.\n")
    assert _entity(ex, "Fernández Ruiz") is not None, [(e.name, e.type) for e in ex.entities]


CHILDREN = ("date 2025-11-08\n\nIn 1963 Manuel Soto married Dolores Fernández. Of the couple's five children, four "
            "survive: Carmen, 60, who runs a dance school in Seville; José, 58, a taxi driver; the guitarist Paco "
            "Soto, 55, who played beside his father; and Rocío, who is fifty.\n")


def test_a_count_of_survivors_after_the_children_lists_them(nlp):
    ex, names = _run(nlp, CHILDREN)
    facts = _facts(ex, names)
    _children_of_both(facts, ("Manuel Soto", "Dolores Fernández"), ("Carmen", "José", "Paco Soto", "Rocío"))
    assert ("number_of_children", "Manuel Soto", 5) in facts, facts


def test_a_list_item_may_open_with_its_job(nlp):
    ex, names = _run(nlp, CHILDREN.replace("Of the couple's five children, four survive:", "The couple had four children:"))
    facts = _facts(ex, names)
    assert ("child", "Dolores Fernández", "Paco Soto") in facts, facts
    assert ("child", "Dolores Fernández", "Rocío") in facts, facts


def test_a_part_of_the_children_that_is_no_count_of_survivors_lists_nobody(nlp):
    # guard: "four were born in Seville" counts no survivors, and the four names are not all five
    ex, names = _run(nlp, CHILDREN.replace("four survive:", "four were born in Seville:"))
    facts = _facts(ex, names)
    assert ("number_of_children", "Manuel Soto", 5) in facts, facts


def test_the_holder_named_after_a_firms_post_is_a_person(nlp):
    ex, names = _run(nlp, "date 2025-11-08\n\nFor 31 years Soto worked as a cooper at Bodegas Díaz de Vega. "
                          "The owner of Bodegas Díaz de Vega, Inmaculada Díaz de Vega, said her late father had kept "
                          "Soto on the payroll.\n")
    owner = _entity(ex, "Inmaculada Díaz de Vega")
    assert owner is not None and owner.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("employer", "Inmaculada Díaz de Vega", "Bodegas Díaz de Vega") in facts, facts


def test_a_firm_named_after_the_firms_post_stays_a_firm(nlp):
    # guard: an organisation's word in the name keeps it an organisation
    ex, _ = _run(nlp, "date 2025-11-08\n\nThe owner of Halden Systems, Halden Holdings Ltd, said the sale was done.\n")
    firm = _entity(ex, "Halden Holdings Ltd")
    assert firm is None or firm.type != "PERSON", [(e.name, e.type) for e in ex.entities]


def test_a_double_barrelled_surname_after_particles_is_one_name(nlp):
    ex, names = _run(nlp, "date 2024-04-14\n\nHis wife, Marijke van der Horst-Kok, 56, is the club's treasurer.\n")
    assert _entity(ex, "Marijke van der Horst-Kok") is not None, [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("age", "Marijke van der Horst-Kok", 56) in facts, facts


TWO_OF_A_SURNAME = ("date 2024-04-14\n\nThe side is coached by Pieter van der Horst, 58, and captained by his daughter, "
                    "Sanne van der Horst, who scored seven goals.\n\nVan der Horst, a PE teacher at the Christelijk "
                    "Lyceum Oosterveld, has coached the club since 2015. His wife, Marijke, 56, is the club's treasurer.\n")


def test_a_surname_of_two_particles_opening_a_sentence_is_the_one_its_pronoun_fits(nlp):
    ex, names = _run(nlp, TWO_OF_A_SURNAME)
    facts = _facts(ex, names)
    assert ("spouse", "Pieter van der Horst", "Marijke") in facts or ("spouse", "Marijke", "Pieter van der Horst") in facts, facts
    assert _entity(ex, "Van der Horst") is None, [(e.name, e.type) for e in ex.entities]


def test_a_surname_of_two_particles_with_one_bearer_is_that_bearer(nlp):
    # guard: one person of the surname takes it, as before
    ex, _ = _run(nlp, "date 2024-04-14\n\nThe side is coached by Pieter van der Horst, 58.\n\nVan der Horst has "
                      "coached the club since 2015.\n")
    pieter = _entity(ex, "Pieter van der Horst")
    assert pieter is not None and len([m for m in pieter.mentions if "Horst" in m.text]) == 2, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]


def test_children_named_after_are_with_semicolons(nlp):
    ex, names = _run(nlp, "date 2024-04-14\n\nPieter Horst has coached the club since 2015. His wife, Marijke Kok, "
                          "56, is the club's treasurer. Their three children are Femke; Joris, 24, who plays in the "
                          "reserve team; and Lotte, who is nineteen.\n")
    facts = _facts(ex, names)
    _children_of_both(facts, ("Pieter Horst", "Marijke Kok"), ("Femke", "Joris", "Lotte"))


def test_a_teknonym_is_the_parent_and_the_childs_name_stays_the_childs(nlp):
    ex, _ = _run(nlp, "date 2024-08-20\n\nTendai Moyo, 58, handed the workshop to his daughter, Rudo Moyo, 31. In "
                      "Mbare, Mr Moyo is known as Baba Rudo. Rudo said she was ready.\n")
    father, daughter = _entity(ex, "Tendai Moyo"), _entity(ex, "Rudo Moyo")
    assert father is not None and daughter is not None, [(e.name, e.type) for e in ex.entities]
    assert "Baba Rudo" in [m.text for m in father.mentions], [m.text for m in father.mentions]
    assert "she" in [m.text for m in daughter.mentions], [m.text for m in daughter.mentions]


def test_the_name_a_whom_clause_calls_somebody_is_theirs(nlp):
    ex, names = _run(nlp, "date 2025-10-15\n\nThe kitchen was again run by Lakshmi Bose, 81, whom the whole para "
                          "calls Lakshmi Mashi. A retired midwife, she has cooked the khichuri since 1969.\n")
    her = [e for e in ex.entities if "Lakshmi Bose" in [m.text for m in e.mentions]]
    assert len(her) == 1 and "Lakshmi Mashi" in [m.text for m in her[0].mentions], [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("occupation", her[0].name, "midwife") in facts, facts


def test_a_fronted_job_of_two_words_is_the_subjects(nlp):
    ex, names = _run(nlp, "date 2025-10-15\n\nBimal Sen died on 2 October aged 88. A retired railway guard, Sen "
                          "kept the club's accounts from 1961 to 2004.\n")
    facts = _facts(ex, names)
    assert ("occupation", "Bimal Sen", "railway guard") in facts, facts


def test_hajj_before_a_name_is_an_honorific(nlp):
    ex, names = _run(nlp, "date 2025-06-17\n\nShe succeeds her father, Hajj Karim Saad, 74. Karim Saad married "
                          "Leila Zein in 1978.\n")
    assert len([e for e in ex.entities if e.name.endswith("Karim Saad")]) == 1, [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert any(f[0] == "age" and f[1].endswith("Karim Saad") and f[2] == 74 for f in facts), facts


def test_a_clubs_capital_letters_before_its_name_make_an_organisation(nlp):
    ex, names = _run(nlp, "date 2024-04-14\n\nKoningin Emma won the Dutch national title on Saturday, beating AKC "
                          "Dijkzicht 24-21 in Rotterdam. Dijkzicht's coach, Marloes Kramer, 45, said her side had "
                          "been beaten by the better team.\n")
    club = _entity(ex, "AKC Dijkzicht")
    assert club is not None and club.type == "ORG", [(e.name, e.type) for e in ex.entities]
    assert not any(e.type == "PERSON" and "Dijkzicht" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_disc_jockeys_letters_stay_a_persons(nlp):
    # guard: "DJ" before a name is a performer's, not a club's
    ex, _ = _run(nlp, "date 2024-04-14\n\nDJ Kofi Mensah, 31, played until dawn, and he said the crowd was kind.\n")
    assert not any(e.type == "ORG" and "Mensah" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_post_is_the_named_relatives_not_the_possessors(nlp):
    ex, names = _run(nlp, "date 2024-08-20\n\nTendai Moyo runs the workshop, Chipo Mbira Works. The workshop's "
                          "apprentice is Tendai's nephew, Tafara Moyo, 26, who joined two years ago.\n")
    facts = _facts(ex, names)
    assert ("title", "Tafara Moyo", "apprentice") in facts, facts
    assert ("title", "Tendai Moyo", "apprentice") not in facts, facts


def test_an_institutions_opening_word_runs_on_over_a_name_tagged_apart(nlp):
    ex, names = _run(nlp, "date 2025-02-26\n\nIvone Santos, a nurse at Hospital Geral Roberto Santos, runs Academia "
                          "Jiboia with her husband.\n")
    hospital = _entity(ex, "Hospital Geral Roberto Santos")
    assert hospital is not None and hospital.type == "ORG", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("employer", "Ivone Santos", "Hospital Geral Roberto Santos") in facts, facts
    assert ("employer", "Ivone Santos", "Academia Jiboia") in facts, facts


QUOTED = ("date 2024-09-17\n\nSombreros Vela, the Cuenca hat exporter, named María Lucía Vela Paredes as its general "
          "manager on Monday.\n\nMs Vela, 38, joins from a cocoa shipper. She replaces her uncle, Jorge Vela, 66, who "
          "has run the firm since 1996.\n\nThe company was founded in 1956 by her grandfather, Eloy Vela (1931 - 2008). "
          "His widow, Rosa Vela, 91, still lives above the old workshop.\n\nEloy and Rosa had two sons. Jorge is the "
          "elder; the younger, Pablo Vela, was the firm's export director until he died in 2019. He was María Lucía's "
          "father. Her mother, Gloria Paredes, 63, is a retired schoolteacher.\n\n\"My father used to say a good hat "
          "takes three months,\" the 38-year-old said. \"My grandmother says it takes a patient husband.\" She is "
          "married to Andrés Sarmiento, 40, an architect.\n")


def test_a_she_right_after_a_quotation_is_its_speaker(nlp):
    # guard: the ranker reads this text right on the start code too; the rule
    # (quotecontinues.py) was measured on the development folders (set 50's toquilla)
    ex, names = _run(nlp, QUOTED)
    speaker = [e for e in ex.entities if "the 38-year-old" in [m.text for m in e.mentions]]
    assert len(speaker) == 1, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    facts = _facts(ex, names)
    spouse = [f for f in facts if f[0] == "spouse" and "Andrés Sarmiento" in f[1:3]]
    assert spouse and all(speaker[0].name in f[1:3] for f in spouse), (speaker[0].name, facts)


def test_a_she_after_a_plain_sentence_is_left_to_the_ranker(nlp):
    # guard: with no quotation just closed the rule says nothing, and the sentence's subject before is she
    ex, names = _run(nlp, "date 2024-09-17\n\nMs Alvarado, 38, joined in May. Her mother, Gloria Paredes, 63, is a "
                          "retired schoolteacher. She is married to Andrés Sarmiento, 70, a builder.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Gloria Paredes", "Andrés Sarmiento") in facts or ("spouse", "Andrés Sarmiento", "Gloria Paredes") in facts, facts


def test_her_husband_after_a_name_and_its_appositions_is_that_womans(nlp):
    ex, names = _run(nlp, "date 2024-11-26\n\nKemi Adeyemi-Bello, 61, is a retired customs officer. The court heard "
                          "that the dye house, which employs 23 women, is managed day to day by Kemi's daughter, Mrs "
                          "Bola Bello-Ojo, 40, a former bank cashier, and her husband, Tunde Ojo, 43.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Bola Bello-Ojo", "Tunde Ojo") in facts or ("spouse", "Tunde Ojo", "Bola Bello-Ojo") in facts, facts
    assert not any(f[0] == "spouse" and "Kemi Adeyemi-Bello" in f[1:3] for f in facts), facts


def test_his_wife_after_the_son_of_a_trade_stays_the_subjects(nlp):
    # guard: past an "of", the possessive is left to the parents' rule and the ranker
    ex, names = _run(nlp, "date 2024-11-26\n\nThemba Nkosi, the son of a Soweto brickmaker, and his wife of 52 "
                          "years, Nomsa, opened the hall.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Themba Nkosi", "Nomsa") in facts or ("spouse", "Nomsa", "Themba Nkosi") in facts, facts


def test_the_body_a_spokeswoman_speaks_for_is_one_organisation(nlp):
    for body in ("the City of Wexley Corporation", "the Moravian Glass and Ceramics Association", "Bowls Aotearoa North",
                 "the Cape Breton-Victoria Regional Centre for Education"):
        ex, names = _run(nlp, f"date 2025-05-20\n\nA spokeswoman for {body} said exports rose in March.\n")
        name = body.removeprefix("the ")
        org = _entity(ex, name)
        assert org is not None and org.type == "ORG", (body, [(e.name, e.type) for e in ex.entities])
        facts = _facts(ex, names)
        assert any(f[0] == "employer" and f[2] == name for f in facts), (body, facts)


def test_a_spokesman_for_a_person_speaks_for_that_person(nlp):
    # guard: a person's name after "for" stays a person's
    ex, _ = _run(nlp, "date 2025-05-20\n\nA spokesman for Jane Roe said she was well.\n")
    jane = _entity(ex, "Jane Roe")
    assert jane is not None and jane.type == "PERSON", [(e.name, e.type) for e in ex.entities]


def test_a_spokeswoman_for_the_company_is_somebody_whatever_she_does(nlp):
    ex, names = _run(nlp, "date 2023-08-19\n\nHalden Systems cut 40 jobs on Monday. A spokeswoman for the company "
                          "apologised to staff.\n")
    facts = _facts(ex, names)
    assert any(f[0] == "title" and f[2] == "spokeswoman" for f in facts), facts
    assert any(f[0] == "employer" and f[2] == "Halden Systems" for f in facts), facts


def test_a_spanish_company_word_opens_an_organisations_name(nlp):
    ex, names = _run(nlp, "date 2024-09-17\n\nMs Ortega, 38, joins from Exportadora Malecón, a Guayaquil cocoa "
                          "shipper, where she had been head of sales.\n")
    firm = _entity(ex, "Exportadora Malecón")
    assert firm is not None and firm.type == "ORG", [(e.name, e.type) for e in ex.entities]


def test_a_circle_is_no_person(nlp):
    ex, _ = _run(nlp, "date 2025-05-11\n\nHis mother, Villoo Mistry, 79, was a founder of the Dadar Parsee Ladies' "
                      "Sewing Circle.\n")
    assert not any(e.type == "PERSON" and ("Circle" in e.name or "Ladies" in e.name) for e in ex.entities), \
        [(e.name, e.type) for e in ex.entities]


def test_an_abbreviation_inside_the_body_a_spokesperson_speaks_for(nlp):
    ex, names = _run(nlp, "date 2023-11-18\n\nA spokesperson for the Roman Catholic Parish of St. Brigid said the "
                          "hall would reopen.\n")
    facts = _facts(ex, names)
    assert any(f[0] == "employer" and f[2] == "Roman Catholic Parish of St. Brigid" for f in facts), facts


def test_children_named_by_rank_and_after_it_in_the_counts_sentence(nlp):
    ex, names = _run(nlp, "date 2024-08-20\n\nTendai Moyo, 58, and his wife, Chipo, 55, live in Mbare. Rudo is the "
                          "eldest of their three children; Tafara, 27, is a teacher in Chitungwiza, and Tinotenda, who "
                          "is twenty-two, studies music.\n")
    facts = _facts(ex, names)
    _children_of_both(facts, ("Tendai Moyo", "Chipo"), ("Rudo", "Tafara", "Tinotenda"))


def test_a_ranked_child_and_others_beyond_the_count_name_nobody_more(nlp):
    # guard: more names after the semicolons than the count leaves are no children of the count
    ex, names = _run(nlp, "date 2024-08-20\n\nTendai Moyo, 58, and his wife, Chipo, 55, live in Mbare. Rudo is the "
                          "eldest of their two children; Tafara, 27, is a teacher, and Tinotenda, 22, is his friend.\n")
    facts = _facts(ex, names)
    assert ("child", "Tendai Moyo", "Tinotenda") not in facts, facts


def test_a_name_set_off_before_daughter_of_is_a_person(nlp):
    ex, names = _run(nlp, "date 2024-05-11\n\nWe congratulate Imogen, younger daughter of Peter Strand, on her "
                          "exams.\n")
    imogen = _entity(ex, "Imogen")
    assert imogen is not None and imogen.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("child", "Peter Strand", "Imogen") in facts, facts
    assert ("gender", "Peter Strand", "female") not in facts, facts


def test_a_place_set_off_before_a_noun_of_no_kin_stays_a_place(nlp):
    # guard: only a kin noun with "of" after the comma makes the name a person's
    ex, _ = _run(nlp, "date 2024-05-11\n\nThe choir toured Leeds, the home of its founder, in May.\n")
    assert not any(e.name == "Leeds" and e.type == "PERSON" for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_place_after_in_and_another_place_before_son_of_stays_a_place(nlp):
    # guard (Re-DocRED dev caught the first form of the rule): the son's birthplace is no parent
    ex, names = _run(nlp, "date 2024-05-11\n\nHe was born in Kings County, New Brunswick, the son of Walter Dobbs and "
                          "Ellen Reed.\n")
    assert not any(e.type == "PERSON" and "Brunswick" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]


def test_a_one_word_name_before_daughter_of_in_an_engagement_notice_is_the_daughter(nlp):
    ex, names = _run(nlp, "date 2024-05-11\n\nThe engagement is announced between Owain Rees and Imogen, younger "
                          "daughter of the late Mr Peter Strand and of Mrs Harriet Colley, of Leeds.\n")
    facts = _facts(ex, names)
    _children_of_both(facts, ("Peter Strand", "Harriet Colley"), ("Imogen",))
    assert not any(f[0] == "child" and f[2] == "Owain Rees" for f in facts), facts
