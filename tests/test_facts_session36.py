"""Work constructions found short in the development folders on 2026-12-03 (the twenty-fourth
set, read from that day): a body's name alone on the first line in title case is the masthead
whose 'our' the text speaks in; a company the tagger leaves untagged or calls a place, right
after a job's 'at' or 'with' ("an engineer at Transnet", "a captain with Emirates"); a one-word
company named once after a spell of work ("after 38 years at Nedbank"), which would otherwise be
read as a place. Each is checked on text written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run

D = "date 2024-10-14\n\n"


def test_a_title_case_masthead_is_the_body_our_means(nlp):
    text = D + ("Kestrel Bay Sinfonia\nWinter season: concert programme\n\nWelcome\n\nOur percussionist, Ewan Talbot, "
                "plays his last concert tonight.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ewan Talbot", "Kestrel Bay Sinfonia") in facts, facts
    assert ("title", "Ewan Talbot", "percussionist") in facts, facts


def test_a_headline_in_title_case_is_no_masthead(nlp):
    # (its last word names no body: a headline, and 'our' stays nobody's)
    text = D + "Harbour Lights Return\n\nOur percussionist, Ewan Talbot, plays tonight.\n"
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" and f[1] == "Ewan Talbot" for f in facts), facts


def test_a_company_after_a_jobs_at_or_with(nlp):
    text = D + ("Sipho Dube is an engineer at Transnet. Lerato Mokoena, a chemical engineer at Sappi, spoke next. "
                "Their son, Johan Dube, lives in Dubai, where he is a captain with Emirates. "
                "Mick Foley was a driver with Bus Connacht for 35 years.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Sipho Dube", "Transnet") in facts and ("title", "Sipho Dube", "engineer") in facts, facts
    assert ("employer", "Lerato Mokoena", "Sappi") in facts, facts
    assert ("employer", "Johan Dube", "Emirates") in facts, facts
    assert ("employer", "Mick Foley", "Bus Connacht") in facts, facts


def test_a_place_after_in_stays_a_place(nlp):
    facts = _facts(nlp, D + "Lerato Mokoena, a pharmacist in Westport, spoke next.\n")
    assert not any(f[0] == "employer" and f[1] == "Lerato Mokoena" for f in facts), facts


def test_a_company_named_once_after_a_spell_of_work(nlp):
    facts = _facts(nlp, D + "Bongani Zwane retired last year after 38 years at Nedbank.\n")
    assert ("employer", "Bongani Zwane", "Nedbank") in facts, facts


def test_a_seat_in_the_orchestra_is_a_post_there(nlp):
    text = D + ("Kestrel Bay Sinfonia\nWinter season: concert programme\n\nWelcome\n\nMaeve Doran, 58, is our principal viola. "
                "Our new principal horn is Piotr Zielinski, 31. Our sub-principal cello, Ines Faro, is on leave. "
                "Tova Lind, who is twenty-six, has played second violin with us since 2021.\n")
    facts = _facts(nlp, text)
    for name, seat in (("Maeve Doran", "principal viola"), ("Piotr Zielinski", "principal horn"), ("Ines Faro", "sub-principal cello"),
                       ("Tova Lind", "second violin")):
        assert ("title", name, seat) in facts and ("employer", name, "Kestrel Bay Sinfonia") in facts, (name, facts)


def test_an_instrument_alone_is_no_post(nlp):
    text = D + "Kestrel Bay Sinfonia\nWinter season\n\nMaeve Doran, 58, plays our viola, a gift from a patron.\n"
    facts = _facts(nlp, text)
    assert not any(f[0] == "title" and f[1] == "Maeve Doran" for f in facts), facts


def test_offices_of_the_club_whose_bulletin_it_is(nlp):
    text = ("date 2023-02-21\n\nTHE SPROCKET\nNewsletter of the Tolka Vale Cycling Club, Tolka Vale, Co. Dublin.\n\n"
            "Club president Aoife Brennan thanked the marshals. Past president Declan Roe turns 80 on Saturday. "
            "Our trophies went to Ciara Lynch, treasurer since 2011.\n\nCaptain Tomas Byrne of the Irish Naval Service spoke.\n")
    facts = _facts(nlp, text)
    for name in ("Aoife Brennan", "Declan Roe", "Ciara Lynch"):
        assert ("employer", name, "Tolka Vale Cycling Club") in facts, (name, facts)
    assert ("employer", "Tomas Byrne", "Tolka Vale Cycling Club") not in facts, facts  # a rank, no office


def test_no_club_office_under_a_newspapers_masthead(nlp):
    text = "date 2023-02-21\n\nNorth Quay Post\n\nPresident Aoife Brennan opened the new bridge on Monday.\n"
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" and f[1] == "Aoife Brennan" for f in facts), facts


def test_spokespeople_named_by_their_bodys_kind_or_by_whose(nlp):
    text = D + ("Orrin Valves Ltd has named Dana Kowal its managing director. \"We are delighted,\" a company spokesperson said. "
                "Kilbride County Council, whose spokeswoman said the road would reopen, met on Monday.\n")
    facts = _facts(nlp, text)
    assert ("employer", "a company spokesperson", "Orrin Valves Ltd") in facts, facts
    assert ("title", "a company spokesperson", "spokesperson") in facts, facts
    assert ("employer", "whose spokeswoman", "Kilbride County Council") in facts, facts


def test_a_spokesperson_of_a_kind_no_body_is_of_stays_unattached(nlp):
    facts = _facts(nlp, D + "Orrin Valves Ltd has named Dana Kowal its managing director. A club spokesman declined to comment.\n")
    assert not any(f[0] == "employer" and "spokesman" in f[1] for f in facts), facts


def test_a_name_after_a_semicolon_is_the_next_verbs_subject(nlp):
    text = D + ("Ravi Mehta, 58, is an electrician with SaskPower; Leona Mehta, 56, teaches Grade 4 at Harlow Creek Elementary.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Leona Mehta", "Harlow Creek Elementary") in facts, facts
    assert ("employer", "Ravi Mehta", "Harlow Creek Elementary") not in facts, facts


def test_whose_after_a_life_span_and_a_description(nlp):
    text = D + "The bench carries a plaque for Piet Louw (1931-2020), a charter member, whose widow, Marta, 85, will unveil it.\n"
    facts = _facts(nlp, text)
    assert ("spouse", "Piet Louw", "Marta") in facts or ("spouse", "Marta", "Piet Louw") in facts, facts


def test_a_survivors_list_of_a_wife_then_counted_sons_with_bracketed_ages(nlp):
    text = ("date 2025-08-19\n\nMUMBAI: Harish Mehra died in Mumbai on Sunday. He was 91. Survivors include his wife of 63 years, "
            "Kamini (86), and three sons: Anand (64), the group's chairman; Nitin (61); and Sameer, who is fifty-eight.\n")
    facts = _facts(nlp, text)
    for son in ("Anand", "Nitin", "Sameer"):
        assert ("child", "Harish Mehra", son) in facts, (son, facts)
    assert ("spouse", "Harish Mehra", "Kamini") in facts or ("spouse", "Kamini", "Harish Mehra") in facts, facts
    assert not any(f[0] == "spouse" and "Anand" in (f[1], f[2]) for f in facts), facts
    assert ("age", "Nitin", 61) in facts and ("age", "Sameer", 58) in facts, facts


def test_a_named_animal_after_a_comma_stays_no_person(nlp):
    text = D + "The twins watched at home with the family's milk cow, Malaika, who, they insist, also cheered.\n"
    ex, _ = _run(nlp, text)
    assert not any(e.name == "Malaika" and e.type == "PERSON" for e in ex.entities), ex.entities


def test_a_fund_named_after_a_widow_is_not_her_full_name(nlp):
    text = D + ("Sir Alec Munro (1930-2024) died in July. His widow, Lady Munro, asks that gifts go to the Munro Bursary "
                "for young players.\n")
    ex, _ = _run(nlp, text)
    lady = [e for e in ex.entities if any(m.text == "Lady Munro" for m in e.mentions)]
    assert lady and lady[0].type == "PERSON" and not any("Bursary" in m.text for m in lady[0].mentions), ex.entities
    assert any(e.name == "Munro Bursary" and e.type != "PERSON" for e in ex.entities), ex.entities


def test_sympathy_on_the_loss_of_a_relative(nlp):
    text = ("date 2024-05\n\nMembers were saddened by the death of Jack Dolan, who fished out of Achill for forty years. "
            "He is survived by his daughter, Nuala, 52. Our sympathy too to Frank Dolan (no relation) on the loss of his "
            "sister, Bríd, in April.\n")
    facts = _facts(nlp, text)
    assert ("sibling", "Frank Dolan", "Bríd") in facts or ("sibling", "Bríd", "Frank Dolan") in facts, facts
    assert not any(f[0] == "sibling" and "Jack Dolan" in (f[1], f[2]) for f in facts), facts
    assert any(f[0] == "death" and f[1] == "Bríd" for f in facts), facts  # (its date only where the parse hangs "in April" on the loss)
    facts = _facts(nlp, D + "Fergal Dolan spoke of the loss of his job at the mill in April.\n")
    assert not any(f[0] == "death" for f in facts), facts


def test_a_post_held_since_a_year_under_a_clubs_masthead(nlp):
    text = ("date 2023-02-21\n\nTHE SPROCKET\nWeekly bulletin of the Tolka Vale Cycling Club\n\n"
            "This year's award goes to Ciara Lynch, treasurer since 2011, who retired last year.\n")
    facts = _facts(nlp, text)
    assert ("title", "Ciara Lynch", "treasurer") in facts and ("employer", "Ciara Lynch", "Tolka Vale Cycling Club") in facts, facts


def test_a_teacher_joined_to_the_clause_before_by_and(nlp):
    text = D + "Thandi Dube, 44, spoke first. Sipho Dube is an engineer at Transnet and Thandi teaches maths at Pinetown High School.\n"
    facts = _facts(nlp, text)
    assert ("title", "Thandi Dube", "teacher") in facts, facts
    assert ("title", "Sipho Dube", "teacher") not in facts, facts


def test_teaching_a_grade_is_a_teachers_job(nlp):
    facts = _facts(nlp, D + "Kelsey Lind, 38, teaches third grade in Hartwell.\n")
    assert ("occupation", "Kelsey Lind", "teacher") in facts, facts
    facts = _facts(nlp, D + "Kelsey Lind, 38, taught her nephew to swim.\n")
    assert ("occupation", "Kelsey Lind", "teacher") not in facts, facts


def test_promoted_to_a_post(nlp):
    facts = _facts(nlp, D + "Hartwell Cooperative has promoted Dana Voss to general manager.\n")
    assert ("title", "Dana Voss", "general manager") in facts and ("employer", "Dana Voss", "Hartwell Cooperative") in facts, facts


def test_a_one_word_company_the_tagger_calls_a_person_after_a_jobs_with(nlp):
    facts = _facts(nlp, D + "Tom Wright, 84, was an engineer with Elders for 35 years.\n")
    assert ("employer", "Tom Wright", "Elders") in facts and ("title", "Tom Wright", "engineer") in facts, facts
    facts = _facts(nlp, D + "Keith Doyle ran Doyle's Butchery in Fitzroy Street for 41 years.\n")
    assert ("employer", "Keith Doyle", "Doyle's Butchery") in facts, facts


def test_a_residence_is_no_short_name_of_a_body_named_after_the_town(nlp):
    text = D + ("Roger Lee Sizemore, 71, of Evarts, died Jan. 19 at home. He was a deacon at Evarts First Baptist Church.\n")
    ex, _ = _run(nlp, text)
    church = [e for e in ex.entities if e.name == "Evarts First Baptist Church"]
    assert church and not any(m.text == "Evarts" for m in church[0].mentions), ex.entities


def test_the_bride_and_the_groom_hold_the_jobs_apposed_to_them(nlp):
    text = ("date 2025-01-22\n\nKayla Turner and Dustin Collins were married Dec. 14 at Loyall Methodist Church. The groom, "
            "a lineman for Kentucky Power, is the son of Ricky Collins. The bride, a nurse at Harlan Hospital, is the daughter "
            "of Mark Turner.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Dustin Collins", "Kentucky Power") in facts and ("title", "Dustin Collins", "lineman") in facts, facts
    assert ("employer", "Kayla Turner", "Harlan Hospital") in facts, facts


def test_predeceased_items_each_with_their_own_date(nlp):
    text = ("date 2025-01-22\n\nEvelyn Dorsey, 93, of Cumberland, passed away Jan. 18. She was preceded in death by her husband "
            "of 52 years, Harold Dorsey, in 2004, and by a son, Wayne.\n")
    facts = _facts(nlp, text)
    assert ("death", "Harold Dorsey", "2004") in facts, facts
    assert ("death", "Wayne", None) in facts, facts


def test_an_age_after_a_dated_death_noun_and_a_compound_post(nlp):
    facts = _facts(nlp, D + "Frank Kowal coached wrestling at Millbrook from 1962 until his death in 1998, aged 61.\n")
    assert ("age", "Frank Kowal", 61) in facts and ("death", "Frank Kowal", "1998") in facts, facts
    facts = _facts(nlp, D + "Denise Ortega, 54, is an emergency room physician at St. Vincent's Hospital.\n")
    assert ("title", "Denise Ortega", "emergency room physician") in facts, facts


def test_a_plural_kin_noun_before_a_pair_shares_the_surname(nlp):
    text = D + "Brothers Jamal and Terrence Wright led the Mustangs to two titles.\n"
    ex, _ = _run(nlp, text)
    assert any(e.name == "Jamal Wright" for e in ex.entities), ex.entities


def test_a_pub_called_by_its_owners_name_is_no_person(nlp):
    text = D + "Mick and Bernie Lally marked the day with a party in Tully's. Thanks to Tully's for the room.\n"
    ex, _ = _run(nlp, text)
    assert not any(e.type == "PERSON" and e.name.startswith("Tully") for e in ex.entities), ex.entities
    ex, _ = _run(nlp, D + "Ann Roe went to Tully's for her tea. Tully, 70, said she was welcome.\n")
    assert any(e.type == "PERSON" and e.name.startswith("Tully") for e in ex.entities), ex.entities
