"""Constructions from the development folders (the seventy-ninth and ninetieth sets among them,
made development this session), 2026-12-08, session from 04:13 UTC; each is checked on text
written for these tests."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _facts
from tests.test_facts_session77 import _entity
from tests.test_facts_session79 import _mentions


def test_a_police_or_defence_force_employs_its_officers(nlp):
    """'a sergeant with the Kestrel Police Force': the force is the employer, as a bank would be."""
    ex, names = _run(nlp, "date 2025-05-02\nTavita Sione, 33, is a sergeant with the Kestrel Police Force. "
                          "Her cousin Ana Sione is a corporal with the Kestrel Defence Force.\n")
    facts = _facts(ex, names)
    assert ("employer", "Tavita Sione", "Kestrel Police Force") in facts, facts
    assert ("employer", "Ana Sione", "Kestrel Defence Force") in facts, facts


def test_a_paragraph_opening_pronoun_goes_on_with_the_name_the_paragraph_before_opened_on(nlp):
    """'The Rev Aonghas Bain was inducted ... his father, the late Rev Iain Bain, ... ¶ He and his
    wife, Seona, have three children': the inducted minister, not his late father."""
    ex, names = _run(nlp, "date 2025-10\nThe Rev Aonghas Bain was inducted as minister of Crossgarth Free Church on Sunday. "
                          "Mr Bain, 44, a former ferry purser, is a son of the manse: his father, the late Rev Iain Bain, "
                          "was minister at Ardmore for 30 years.\n\n"
                          "He and his wife, Seona, a nurse, have three children.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Aonghas Bain", "Seona") in facts or ("spouse", "Seona", "Aonghas Bain") in facts, facts
    assert not _of(facts, "spouse", "Iain Bain"), facts


def test_a_couple_named_together_with_their_town_after_of_are_two_people(nlp):
    """'Torcuil and Ealasaid Macrae of Callanish, who were married ...': two people with one
    surname, and the town is no part of either name."""
    ex, names = _run(nlp, "date 2025-10\nCongratulations to Torcuil and Ealasaid Macrae of Callanish, who were married "
                          "in the village church on 11 October 1975. Torcuil, 78, is a retired crofter.\n")
    facts = _facts(ex, names)
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert {"Torcuil Macrae", "Ealasaid Macrae"} <= people, people
    assert ("spouse", "Torcuil Macrae", "Ealasaid Macrae") in facts or ("spouse", "Ealasaid Macrae", "Torcuil Macrae") in facts, facts


def test_a_death_notice_names_the_dead_and_then_her_township(nlp):
    """'The death occurred ... of Morag Nicolson, Breasclete Bheag, aged 91': Morag died, aged
    91; the township is a place, not a person."""
    ex, names = _run(nlp, "date 2025-10\nThe death occurred at the county hospital on 14 September of Morag Nicolson, "
                          "Breasclete Bheag, aged 91. She was predeceased by her husband, Calum.\n")
    facts = _facts(ex, names)
    morag = _entity(ex, "Morag Nicolson")
    assert morag is not None and morag.type == "PERSON", [(e.name, e.type) for e in ex.entities]
    assert not any(e.type == "PERSON" and "Breasclete" in e.name for e in ex.entities)
    assert ("age", "Morag Nicolson", 91) in facts, facts
    assert ("spouse", "Morag Nicolson", "Calum") in facts or ("spouse", "Calum", "Morag Nicolson") in facts, facts


def test_a_given_name_a_kin_noun_brings_in_is_not_a_later_namesakes_surname(nlp):
    """'with her husband, Graham' then 'Ishbel Graham, 34': two people; Ishbel is no husband."""
    ex, names = _run(nlp, "date 2025-10\nTheir daughter, Kirsty Lamont, flew home for the party with her husband, Graham.\n\n"
                          "The choir has a new conductor. Ishbel Graham, 34, a music teacher, takes over from her aunt, "
                          "Rhona Graham, 80.\n")
    ishbel = _entity(ex, "Ishbel Graham")
    assert ishbel is not None and ishbel.gender != "male", [(e.name, e.gender) for e in ex.entities]
    assert "her husband" not in _mentions(ex, "Ishbel Graham")
    facts = _facts(ex, names)
    assert not _of(facts, "spouse", "Ishbel Graham"), facts


def test_their_child_noun_goes_on_with_the_parents_while_their_count_is_not_reached(nlp):
    """'have three children. Their elder daughter, A; her husband, B ... The younger daughter, C
    ... Their son, D': D is the parents' son, not A's and B's."""
    ex, names = _run(nlp, "date 2025-07-11\nNina and Piet Borg, who married in 1980, have three children. Their elder "
                          "daughter, Lisa Vella, 41, is a nurse; her husband, Mark Vella, built the frames. The younger "
                          "daughter, Anna, 38, is a teacher. Their son, Tom, 35, is a fisherman.\n")
    facts = _facts(ex, names)
    assert ("child", "Nina Borg", "Tom") in facts and ("child", "Piet Borg", "Tom") in facts, facts
    assert not _of(facts, "child", "Lisa Vella") and not _of(facts, "child", "Mark Vella"), facts


def test_a_roll_call_of_counted_sons_goes_on_past_his_brother(nlp):
    """'have two sons. A, 38, is ...; his brother, B, 35, is ...': both are the couple's."""
    ex, names = _run(nlp, "date 2025-03-11\nDerek Pye, 66, runs the yard. Derek and his wife, Jean, have two sons. "
                          "Owen Pye, 38, is the yard's finance officer; his brother, Carl, 35, is an electrician in Calgary.\n")
    facts = _facts(ex, names)
    for parent in ("Derek Pye", "Jean"):
        assert ("child", parent, "Owen Pye") in facts and ("child", parent, "Carl") in facts, facts


def test_an_irish_police_force_named_in_irish_is_an_organisation(nlp):
    """'a sergeant with An Garda Síochána': the force employs him; it is nobody's name."""
    ex, names = _run(nlp, "date 2025-03-08\nHis son Cathal, 52, is a sergeant with An Garda Síochána in Salthill.\n")
    assert not any(e.type == "PERSON" and "Síochána" in e.name for e in ex.entities), [(e.name, e.type) for e in ex.entities]
    facts = _facts(ex, names)
    assert ("title", "Cathal", "sergeant") in facts, facts
    assert any(f[0] == "employer" and f[1] == "Cathal" and "Síochána" in str(f[2]) for f in facts), facts


def test_an_unnamed_child_whose_age_the_copula_states(nlp):
    """"Kojo's daughter is two": the daughter is his child, aged two."""
    ex, names = _run(nlp, "date 2025-08-21\nKojo Asante, 35, runs the warehouse. Kojo's daughter is two.\n")
    facts = _facts(ex, names)
    daughter = next((e for e in ex.entities if e.name != "Kojo Asante" and "daughter" in e.name), None)
    assert daughter is not None, [e.name for e in ex.entities]
    assert ("child", "Kojo Asante", daughter.name) in facts, facts
    assert ("age", daughter.name, 2) in facts, facts


def test_an_unnamed_spouse_described_by_a_trade_and_its_employer(nlp):
    """'is married to a marine biologist at Halden University': an unnamed husband or wife with a
    post there."""
    ex, names = _run(nlp, "date 2025-03-11\nMaeve Rowe, 49, is married to a marine biologist at Halden University "
                          "and lives in Clarenville.\n")
    facts = _facts(ex, names)
    spouse = _of(facts, "spouse", "Maeve Rowe")
    assert len(spouse) == 1, facts
    other = next(iter(spouse))
    assert ("title", other, "marine biologist") in facts and ("employer", other, "Halden University") in facts, facts


def test_a_counted_spell_with_an_organisation_a_person_hangs_up_is_a_job(nlp):
    """'hung up his helmet after 41 years with the Millbrook Volunteer Fire Department'."""
    ex, names = _run(nlp, "date 2025-06-02\nChief Walt Brenner hung up his helmet last week after 41 years with the "
                          "Millbrook Volunteer Fire Department.\n")
    facts = _facts(ex, names)
    assert ("employer", "Walt Brenner", "Millbrook Volunteer Fire Department") in facts, facts


def test_joined_as_a_trade_is_a_post_taken_up(nlp):
    """'Kofi Tetteh, 70, joined as a porter in 1975': a post (title), as 'joined the firm as a
    porter' is; 'worked as a porter' stays a job."""
    ex, names = _run(nlp, "date 2025-08-21\nMensah Traders was founded in 1950. Kofi Tetteh, 70, joined as a porter in 1975. "
                          "Ama Owusu, 60, worked as a cook for years.\n")
    facts = _facts(ex, names)
    assert ("title", "Kofi Tetteh", "porter") in facts, facts
    assert ("occupation", "Ama Owusu", "cook") in facts, facts


_PARISH = ("date 2025-09\nWelcome to Ronan, son of Dermot and Aisling Quinn, Carrowbeg, who was baptised in St Colman's "
           "on 24 August. Ronan is a brother for Saoirse, 4.\n\n"
           "The anniversary Mass for Liam Tierney, Drumkeel, who died in 2016 aged 61, will be celebrated on Saturday.\n\n"
           "Bridie Hanlon, Lisnagore, celebrated her 90th birthday with the active retirement group.\n")


def test_a_parish_column_s_townland_after_a_name_is_no_person(nlp):
    """'Liam Tierney, Drumkeel, who died in 2016 aged 61': the death and age are Liam's; the
    townland, like 'Mass', is nobody."""
    ex, names = _run(nlp, _PARISH)
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"Drumkeel", "Lisnagore", "Carrowbeg", "Mass"}, people
    facts = _facts(ex, names)
    assert ("age", "Liam Tierney", 61) in facts, facts
    assert ("death", "Liam Tierney", "2016") in facts, facts


def test_a_baptised_child_named_alone_before_son_of_is_the_couple_s(nlp):
    """'Welcome to Ronan, son of Dermot and Aisling Quinn': Ronan is a person and their son; 'Ronan
    is a brother for Saoirse' makes the two siblings."""
    ex, names = _run(nlp, _PARISH)
    facts = _facts(ex, names)
    assert ("child", "Dermot Quinn", "Ronan") in facts and ("child", "Aisling Quinn", "Ronan") in facts, facts
    assert ("sibling", "Ronan", "Saoirse") in facts or ("sibling", "Saoirse", "Ronan") in facts, facts


def test_the_youngest_of_whom_names_a_child(nlp):
    """'have four children, the youngest of whom, Eilidh, was baptised': Eilidh is theirs."""
    ex, names = _run(nlp, "date 2025-10\nFionn and Iona Mackay have four children, the youngest of whom, Eilidh, "
                          "was baptised in August.\n")
    facts = _facts(ex, names)
    assert ("child", "Fionn Mackay", "Eilidh") in facts and ("child", "Iona Mackay", "Eilidh") in facts, facts


def test_a_parish_priest_of_a_village_has_the_post_and_no_employer(nlp):
    """'Father Piotr Zammit, the parish priest of Għarb': a post; the village employs nobody.
    'The session clerk, Ruaraidh Mackay': a church office, not a clerk's job."""
    ex, names = _run(nlp, "date 2025-04-17\nFather Piotr Zammit, the parish priest of Għarb, will say the funeral Mass. "
                          "The session clerk, Ruaraidh Mackay, read the notices.\n")
    facts = _facts(ex, names)
    assert ("title", "Piotr Zammit", "parish priest") in facts, facts
    assert not _of(facts, "employer", "Piotr Zammit"), facts
    assert ("title", "Ruaraidh Mackay", "session clerk") in facts, facts
    assert ("occupation", "Ruaraidh Mackay", "clerk") not in facts, facts


def test_an_unnamed_child_ending_a_named_list_gives_the_names_no_gender(nlp):
    """'four children: Rohit, 26, ...; Priya, 23, ...; Arun, 15; and a daughter, 9': the daughter
    is one more child, and no named one is a daughter for it."""
    ex, names = _run(nlp, "date 2025-10-08\nVinod Lal and his wife, Sunita, 48, have four children: Rohit, 26, a constable; "
                          "Priya, 23, a student at Halden University; Arun, 15; and a daughter, 9.\n")
    facts = _facts(ex, names)
    assert not {f for f in facts if f[0] == "gender" and f[1] in ("Rohit", "Priya", "Arun")}, facts
    assert ("child", "Sunita", "Rohit") in facts, facts


def test_a_quotation_right_after_somebody_is_introduced_is_theirs(nlp):
    """'... a wholesaler, Sipho Dlamini, 60. "People think I get a family price," he said.': his,
    not the manager's who spoke a paragraph before."""
    ex, names = _run(nlp, "date 2025-05-20\nThe farm's manager, Lesedi Kgosi, 36, joined last year. Kgosi said the loan "
                          "would pay for two new laying houses.\n\n"
                          "Most of the eggs are sold through a wholesaler, Sipho Dlamini, 60. \"People think I get a family "
                          "price. I do not,\" he said.\n")
    assert "he" in _mentions(ex, "Sipho Dlamini"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    kgosi = _entity(ex, "Lesedi Kgosi")
    assert kgosi is not None and kgosi.gender is None, (kgosi.name, kgosi.gender) if kgosi else None


def test_military_service_is_no_employer_though_a_police_force_employs(nlp):
    """'He served with the Royal Canadian Air Force during the war': service, as Re-DocRED reads
    it; 'served with the Halden Police Force for 30 years': a job."""
    ex, names = _run(nlp, "date 2025-06-02\nRoss Alder was mayor of Calgary. He served with the Royal Canadian Air Force "
                          "during the Second World War. Tom Reid served with the Halden Police Force for 30 years.\n")
    facts = _facts(ex, names)
    assert not _of(facts, "employer", "Ross Alder") & {"Royal Canadian Air Force"}, facts
    assert ("employer", "Tom Reid", "Halden Police Force") in facts, facts


def test_a_widow_with_children_fronted_is_the_subject_s_count_and_the_oldest_member_holds_no_post(nlp):
    """'The oldest member, Rosa Vella, 93, ... A widow with five children, she learned ...': five
    children; 'oldest member' says her age among them, not a post."""
    ex, names = _run(nlp, "date 2025-07-11\nThe oldest member, Rosa Vella, 93, still sits at her pillow every morning. "
                          "A widow with five children and fourteen grandchildren, she learned the craft as a girl.\n")
    facts = _facts(ex, names)
    assert ("number_of_children", "Rosa Vella", 5) in facts, facts
    assert not _of(facts, "title", "Rosa Vella"), facts


def test_a_sentence_opening_on_the_post_and_the_name_gives_the_post(nlp):
    """'The quarry manager, Dafydd Price, said': the post "quarry manager", not a bare job."""
    ex, names = _run(nlp, "date 2025-10-14\nThe quarry reopened on Monday. The quarry manager, Dafydd Price, said orders "
                          "had doubled.\n")
    facts = _facts(ex, names)
    assert ("title", "Dafydd Price", "quarry manager") in facts, facts
    assert ("occupation", "Dafydd Price", "manager") not in facts, facts


def test_an_owner_of_a_named_kind_of_business_and_a_nursing_officer_are_jobs(nlp):
    """'a lorry owner', 'a retired feed-store owner' (hyphen kept), 'a retired nursing officer';
    'The new owner' stays no job of that kind."""
    ex, names = _run(nlp, "date 2025-08-21\nKwesi Addo, 58, a lorry owner, spoke first. Al Burt, a retired feed-store owner, "
                          "spoke next. Mary Kerr, a retired nursing officer, closed the meeting.\n")
    facts = _facts(ex, names)
    assert ("occupation", "Kwesi Addo", "lorry owner") in facts, facts
    assert ("occupation", "Al Burt", "feed-store owner") in facts, facts
    assert ("occupation", "Mary Kerr", "nursing officer") in facts, facts


def test_a_part_of_a_count_after_a_semicolon_names_the_couple_s_children(nlp):
    """'The couple had four children; two of them, Kwame, 50, and Efua, 45, run the firm'."""
    ex, names = _run(nlp, "date 2025-08-21\nJoseph Mensah and his wife, Comfort, founded the firm in 1962. The couple had four "
                          "children; two of them, Kwame, 50, and Efua, 45, run the firm today.\n")
    facts = _facts(ex, names)
    for parent in ("Joseph Mensah", "Comfort"):
        assert ("child", parent, "Kwame") in facts and ("child", parent, "Efua") in facts, facts


def test_a_side_called_by_its_place_name_is_no_person(nlp):
    """'Sebastian Creek kept its finals hopes alive ... coach of the Sebastian Creek Football Club':
    the side, called by its place, is no person."""
    ex, names = _run(nlp, "date 2025-07-14\nSebastian Creek kept its finals hopes alive on Saturday with a 27-point win over "
                          "Learmonth Road at Hollioake Reserve, but the afternoon belonged to one family. Both are coached by "
                          "their father, Brendan Cusack, who has been senior coach of the Sebastian Creek Football Club since "
                          "2021. Sebastian Creek travels to Carngham Flat next Saturday.\n")
    assert not any(e.type == "PERSON" and e.name == "Sebastian Creek" for e in ex.entities), [(e.name, e.type) for e in ex.entities]
