"""Issue 9, work-heavy registers (police and fire briefings, council and parliament, school and
trade-press appointments): title and employer facts, each construction checked on fictional
sentences of our own."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of, _run

D = "date 2023-06-09\n"


# ---- a rank before a name, cut short or capitalised: "Det Sgt X", "Cllr X", "Station Officer X" --

def test_det_sgt_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "A man was arrested after the fire on Tuesday. Det Sgt Lucy Warren said he would appear in court.\n")
    assert ("title", "Lucy Warren", "detective sergeant") in facts


def test_cllr_before_a_name_is_a_councillor(nlp):
    facts = _facts(nlp, D + "The library will shut in March. Cllr Ahmed Rafiq said the council had no choice.\n")
    assert ("title", "Ahmed Rafiq", "councillor") in facts


def test_dc_and_insp_before_names_are_titles(nlp):
    facts = _facts(nlp, D + "The van was found in a lay-by. DC Tom Rudd said the driver had fled, and Insp Dave Kerr said the road had reopened.\n")
    assert ("title", "Tom Rudd", "detective constable") in facts
    assert ("title", "Dave Kerr", "inspector") in facts


def test_station_officer_of_a_fire_service_is_title_and_employer(nlp):
    facts = _facts(nlp, D + "Station Officer Karen Doyle, of Avon Fire and Rescue Service, said crews had arrived within eight minutes.\n")
    assert ("title", "Karen Doyle", "station officer") in facts
    assert ("employer", "Karen Doyle", "Avon Fire and Rescue Service") in facts
    assert ("title", "Karen Doyle", "officer") not in facts


def test_chief_constable_before_a_name_is_a_title_not_a_constable(nlp):
    facts = _facts(nlp, D + "The force will recruit 200 officers this year. Chief Constable Sarah Penrose said the money was welcome.\n")
    assert ("title", "Sarah Penrose", "chief constable") in facts
    assert not _of(facts, "occupation", "Sarah Penrose")


def test_watch_manager_before_a_name_is_a_title_not_a_manager(nlp):
    facts = _facts(nlp, D + "Two engines attended the blaze. Watch Manager Gary Blunt led the first crew into the warehouse.\n")
    assert ("title", "Gary Blunt", "watch manager") in facts
    assert not _of(facts, "occupation", "Gary Blunt")


def test_capitalised_words_that_are_no_rank_give_no_title(nlp):
    facts = _facts(nlp, D + "The ferry sailed late. Harbour Master Colin Reeve said the tide had turned.\n")
    assert ("title", "Colin Reeve", "harbour master") not in facts
    assert ("title", "Colin Reeve", "master") not in facts


# ---- a ranked post: "deputy head of ORG", "ORG deputy head X", "is a deputy head at ORG" ----------

def test_deputy_head_of_a_school_is_title_and_employer(nlp):
    facts = _facts(nlp, D + "Gemma Ford, deputy head of Elm Park School, will become headteacher of Ridgeway Academy in September. Ford, 39, has taught there for eleven years.\n")
    assert ("title", "Gemma Ford", "deputy head") in facts
    assert ("employer", "Gemma Ford", "Elm Park School") in facts
    assert ("title", "Gemma Ford", "head") not in facts


def test_school_deputy_head_before_a_name_is_title_and_employer(nlp):
    facts = _facts(nlp, D + "Pupils returned on Monday. Elm Park School deputy head Rita Kaur said the roof had been mended.\n")
    assert ("title", "Rita Kaur", "deputy head") in facts
    assert ("employer", "Rita Kaur", "Elm Park School") in facts


def test_is_a_deputy_head_at_a_school_is_title_and_employer(nlp):
    facts = _facts(nlp, D + "Her husband, Simon Pryor, is a deputy head at Lowfield Primary School.\n")
    assert ("title", "Simon Pryor", "deputy head") in facts
    assert ("employer", "Simon Pryor", "Lowfield Primary School") in facts


def test_assistant_coach_of_a_club_keeps_its_rank(nlp):
    facts = _facts(nlp, D + "Lee Hammond, assistant coach of Carrow Town, said the squad was fit.\n")
    assert ("title", "Lee Hammond", "assistant coach") in facts
    assert ("employer", "Lee Hammond", "Carrow Town") in facts


def test_deputy_leader_of_a_council_is_no_employment(nlp):
    facts = _facts(nlp, D + "Jo Brand, deputy leader of Wexley Borough Council, said the budget was tight.\n")
    assert ("title", "Jo Brand", "deputy leader") in facts
    assert not _of(facts, "employer", "Jo Brand")


# ---- a capitalised title opening the next sentence is not apposed to the name before -----------

def test_a_rank_apposed_to_a_post_leaves_the_post_the_title(nlp):
    facts = _facts(nlp, D + "The force's head of roads policing, Inspector Hannah Greaves, said the junction was unsafe.\n")
    assert ("title", "Hannah Greaves", "inspector") not in facts


def test_councillor_opening_a_paragraph_is_not_the_previous_name(nlp):
    facts = _facts(nlp, D + "Stephen Crale is married to Fiona Crale, a GP.\n\nCouncillor Brenda Lyle said waiting lists had fallen.\n")
    assert ("title", "Fiona Crale", "councillor") not in facts
    assert ("title", "Brenda Lyle", "councillor") in facts


def test_mayor_opening_a_sentence_is_not_the_previous_name(nlp):
    facts = _facts(nlp, D + "The cake was baked by Sam Hill, a GP. Mayor Ann Roe cut the ribbon.\n")
    assert ("title", "Sam Hill", "mayor") not in facts


def test_professor_opening_a_sentence_is_not_the_previous_name(nlp):
    facts = _facts(nlp, D + "The study was led by Tom Pike, a Leeds GP. Professor Ann Roe said it was sound.\n")
    assert ("title", "Tom Pike", "professor") not in facts


# ---- offices of parliament: "the shadow health secretary", "the MP for X" --------------------

def test_shadow_health_secretary_apposed_is_a_title(nlp):
    facts = _facts(nlp, D + "Rachel Tamworth, the shadow health secretary, visited Elmbridge General Hospital on Monday.\n")
    assert ("title", "Rachel Tamworth", "shadow health secretary") in facts


def test_home_secretary_apposed_is_a_title(nlp):
    facts = _facts(nlp, D + "The bill was published by Mark Dyer, the home secretary, on Tuesday.\n")
    assert ("title", "Mark Dyer", "home secretary") in facts


def test_mp_for_a_seat_is_a_title_with_no_employer(nlp):
    facts = _facts(nlp, D + "Health minister Stephen Crale visited the ward. Crale, the Conservative MP for Wexley, is married to a GP.\n")
    assert ("title", "Stephen Crale", "mp") in facts
    assert not _of(facts, "employer", "Stephen Crale")


# ---- the insurance market's firms: "Grayfield Brokers", "Fenwick Underwriting", "Cobalt Risk" -----

def _types(nlp, text: str) -> dict[str, str]:
    ex, _ = _run(nlp, D + text)
    return {e.name: e.type for e in ex.entities}


def test_brokers_closing_a_name_is_a_firm_that_hires(nlp):
    text = "Grayfield Brokers has hired Naomi Kettle as managing director of its marine division.\n"
    assert _types(nlp, text).get("Grayfield Brokers") == "ORG"
    assert ("employer", "Naomi Kettle", "Grayfield Brokers") in _facts(nlp, D + text)


def test_underwriting_closing_a_name_is_the_firm_its_means(nlp):
    text = "Fenwick Underwriting said its deputy head of claims, Arun Desai, would leave at the end of the month.\n"
    assert _types(nlp, text).get("Fenwick Underwriting") == "ORG"
    assert ("employer", "Arun Desai", "Fenwick Underwriting") in _facts(nlp, D + text)


def test_risk_in_a_name_is_a_firm(nlp):
    text = "Arun Desai will join Cobalt Risk as chief operating officer in May.\n"
    assert _types(nlp, text).get("Cobalt Risk") == "ORG"


# ---- "non-executive director" is the post, not an "executive director" --------------------------

def test_non_executive_director_of_a_firm_after_a_copula(nlp):
    facts = _facts(nlp, D + "His son, Oliver Vane, is a non-executive director of Kestrel Foods.\n")
    assert ("title", "Oliver Vane", "non-executive director") in facts
    assert ("title", "Oliver Vane", "executive director") not in facts
    assert ("employer", "Oliver Vane", "Kestrel Foods") in facts


def test_non_executive_director_apposed(nlp):
    facts = _facts(nlp, D + "Ann Bell, a non-executive director of Tidewell Energy, said the board was united.\n")
    assert ("title", "Ann Bell", "non-executive director") in facts
    assert ("title", "Ann Bell", "executive director") not in facts


def test_non_executive_chairman_before_a_name(nlp):
    facts = _facts(nlp, D + "Tidewell Energy non-executive chairman Ravi Shah said the dividend was safe.\n")
    assert ("title", "Ravi Shah", "non-executive chairman") in facts
    assert ("employer", "Ravi Shah", "Tidewell Energy") in facts


# ---- a force named after two places: "Avon and Somerset Police" ---------------------------------

def test_det_insp_of_avon_and_somerset_police(nlp):
    text = "Det Insp Mark Hollis of Avon and Somerset Police said officers were appealing for witnesses.\n"
    assert _types(nlp, text).get("Avon and Somerset Police") == "ORG"
    facts = _facts(nlp, D + text)
    assert ("title", "Mark Hollis", "detective inspector") in facts
    assert ("employer", "Mark Hollis", "Avon and Somerset Police") in facts


def test_pc_of_devon_and_cornwall_police(nlp):
    text = "PC Amy Shah, of Devon and Cornwall Police, said nobody had been hurt in the crash.\n"
    assert "Devon" not in _types(nlp, text)
    assert ("employer", "Amy Shah", "Devon and Cornwall Police") in _facts(nlp, D + text)


def test_sgt_of_lothian_and_borders_police(nlp):
    text = "The road was shut for six hours. Sgt Ian Cole of Lothian and Borders Police said a lorry had overturned.\n"
    assert _types(nlp, text).get("Lothian and Borders Police") == "ORG"
    facts = _facts(nlp, D + text)
    assert ("title", "Ian Cole", "sergeant") in facts
    assert ("employer", "Ian Cole", "Lothian and Borders Police") in facts


def test_two_people_before_a_firm_are_not_joined_to_it(nlp):
    types = _types(nlp, "The award went to Tom Avon and Kestrel Foods shared the prize.\n")
    assert "Tom Avon and Kestrel Foods" not in types


# ---- two short titles tagged as a name of their own: "Det Insp Carl Moody" ---------------------

def test_det_insp_before_a_name_tagged_apart(nlp):
    text = ("Det Insp Mark Hollis of Avon and Somerset Police said officers were appealing for witnesses. "
            "Det Insp Carl Moody of Avon and Somerset Police said the road was closed.\n")
    types = _types(nlp, text)
    assert types.get("Carl Moody") == "PERSON"
    assert "Insp Carl" not in types and "Moody" not in types


def test_det_supt_before_a_name(nlp):
    facts = _facts(nlp, D + "The inquiry goes on. Det Supt Jo Lane said detectives had spoken to 40 people.\n")
    assert ("title", "Jo Lane", "detective superintendent") in facts


def test_det_sgt_after_another_officer(nlp):
    text = "Det Insp Mark Hollis said the car was stolen. Det Sgt Nadia Kerr said a man had been held.\n"
    types = _types(nlp, text)
    assert types.get("Nadia Kerr") == "PERSON"
    assert ("title", "Nadia Kerr", "detective sergeant") in _facts(nlp, D + text)


# ---- a field the tagger reads as a verb before a post and a name: "Goalkeeping coach X" ----------

def test_goalkeeping_coach_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "The club lost again. Goalkeeping coach Martin Beale has left to join Dunmore Rovers.\n")
    assert ("title", "Martin Beale", "goalkeeping coach") in facts
    assert ("occupation", "Martin Beale", "coach") not in facts


def test_kicking_coach_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "The side was beaten. Kicking coach Sean Doyle said the wind was strong.\n")
    assert ("title", "Sean Doyle", "kicking coach") in facts


def test_goalkeeping_coach_mid_sentence_is_a_title(nlp):
    facts = _facts(nlp, D + "The squad trained on Monday, said goalkeeping coach Ann Price.\n")
    assert ("title", "Ann Price", "goalkeeping coach") in facts


def test_a_retiring_coach_is_no_retiring_post(nlp):
    facts = _facts(nlp, D + "The players thanked retiring coach Jim Bell after the match.\n")
    assert ("title", "Jim Bell", "retiring coach") not in facts


# ---- a description set off before a name with an honorific: "the outgoing chair, Sir Peter Vane," --

def _owner_of(nlp, text: str, description: str) -> str | None:
    ex, _ = _run(nlp, D + text)
    for e in ex.entities:
        if any(m.text == description for m in e.mentions):
            return e.name
    return None


def test_outgoing_chair_apposed_to_a_knight(nlp):
    text = ("Kestrel Foods said on Tuesday that its chief financial officer, Margaret Olufemi, would step down. "
            "The board also announced that the outgoing chair, Sir Peter Vane, would be replaced by Elaine Corrigan.\n")
    assert _owner_of(nlp, text, "the outgoing chair") == "Peter Vane"


def test_outgoing_chair_apposed_to_a_knight_before_a_passive(nlp):
    text = "The board announced that the outgoing chair, Sir Nigel Crane, would be replaced by Elaine Corrigan.\n"
    assert _owner_of(nlp, text, "the outgoing chair") == "Nigel Crane"


def test_retiring_chair_apposed_to_a_knight(nlp):
    text = "Profits fell by a fifth. Shareholders heard that the retiring chair, Sir Nigel Crane, would step down in May.\n"
    assert _owner_of(nlp, text, "the retiring chair") == "Nigel Crane"


# ---- "has been named head of claims at ORG": the 'at' phrase the parser hangs on the verb --------

def test_named_head_of_claims_at_a_firm(nlp):
    facts = _facts(nlp, D + "The insurer grew fast. Ravi Shah has been named head of claims at Castleford Marine.\n")
    assert ("title", "Ravi Shah", "head of claims") in facts
    assert ("employer", "Ravi Shah", "Castleford Marine") in facts


def test_named_head_of_marine_at_a_broker(nlp):
    facts = _facts(nlp, D + "Premiums rose again. Jo Kerr has been named head of marine at Grayfield Brokers.\n")
    assert ("title", "Jo Kerr", "head of marine") in facts
    assert ("employer", "Jo Kerr", "Grayfield Brokers") in facts


def test_named_head_of_research_at_a_lab(nlp):
    facts = _facts(nlp, D + "The grant was renewed. Ivo Brandt was named head of research at Vantor Labs last week.\n")
    assert ("employer", "Ivo Brandt", "Vantor Labs") in facts


# ---- "X appointed his daughter, Y, as finance director": the job is the object's ---------------

def test_appointed_his_daughter_as_a_job(nlp):
    facts = _facts(nlp, D + "Marcus Bell has appointed his daughter, Amy Bell, as finance director.\n")
    assert not _of(facts, "occupation", "Marcus Bell") and not _of(facts, "title", "Marcus Bell")
    # (a post, as every gold file writes one: a title, the organisation unnamed here)
    assert ("title", "Amy Bell", "finance director") in facts


def test_hired_her_nephew_as_a_driver(nlp):
    facts = _facts(nlp, D + "Ruth Kane, who runs the depot, hired her nephew, Sam Kane, as a driver last year.\n")
    assert ("occupation", "Ruth Kane", "driver") not in facts
    assert ("occupation", "Sam Kane", "driver") in facts


def test_took_on_his_son_as_an_apprentice(nlp):
    facts = _facts(nlp, D + "Omar Reid employed his son, Dev Reid, as a welder in 2019.\n")
    assert ("occupation", "Omar Reid", "welder") not in facts


# ---- a post with a field in a 'where' clause leaves no bare job of its head ---------------------

def test_where_he_was_director_of_housing_leaves_no_bare_director(nlp):
    facts = _facts(nlp, D + "Martin Lowe joined Kestrel Foods in 2019 from Harlow District Council, where he was director of housing.\n")
    assert ("title", "Martin Lowe", "director of housing") in facts
    assert ("occupation", "Martin Lowe", "director") not in facts


def test_where_she_was_director_of_operations_leaves_no_bare_director(nlp):
    facts = _facts(nlp, D + "Priya Sethi joins from Oakhurst Legal, where she was director of operations.\n")
    assert ("title", "Priya Sethi", "director of operations") in facts
    assert ("occupation", "Priya Sethi", "director") not in facts


def test_where_he_was_director_of_underwriting_leaves_no_bare_director(nlp):
    facts = _facts(nlp, D + "Colin Reeve joins from Tidewell Energy, where he was director of underwriting for six years.\n")
    assert ("occupation", "Colin Reeve", "director") not in facts


# ---- "the council" is no organisation of another kind named last ------------------------------

def test_the_councils_chief_executive_is_not_at_the_school_named_before(nlp):
    facts = _facts(nlp, D + "Councillor Hannah Okoye has been elected mayor of Wexley. She succeeds Cllr Derek Pym, who stood down "
                           "after two terms. Pym's wife, Sheila, is the headteacher of St Cuthbert's Primary School.\n\n"
                           "The council's chief executive, Martin Lowe, said Okoye had earned the respect of every member.\n")
    assert ("employer", "Martin Lowe", "St Cuthbert's Primary School") not in facts


def test_the_councils_leader_is_not_at_the_school_named_before(nlp):
    facts = _facts(nlp, D + "Rita Kaur runs Elm Park School. The council's leader, Jo Brand, praised her.\n")
    assert ("employer", "Jo Brand", "Elm Park School") not in facts


def test_the_universitys_registrar_is_not_at_the_hospital_named_before(nlp):
    facts = _facts(nlp, D + "Dr Ann Lowe is a surgeon at Wexley General Hospital. "
                           "The university's registrar, Tom Hale, said the new course would open in May.\n")
    assert ("employer", "Tom Hale", "Wexley General Hospital") not in facts


# ---- a university's vice-chancellor ---------------------------------------------------------

def test_professor_vice_chancellor_of_a_university(nlp):
    facts = _facts(nlp, D + "The ceremony was held on Friday. Professor Janet Ruddock, vice-chancellor of the University of Wexley, was among the guests.\n")
    assert ("title", "Janet Ruddock", "vice-chancellor") in facts
    assert ("employer", "Janet Ruddock", "University of Wexley") in facts


def test_vice_chancellor_apposed_to_a_plain_name(nlp):
    facts = _facts(nlp, D + "Alan Greaves, vice-chancellor of the University of Penhallow, sent a message of support.\n")
    assert ("employer", "Alan Greaves", "University of Penhallow") in facts


def test_pro_vice_chancellor_of_a_university(nlp):
    facts = _facts(nlp, D + "Dr Ruth Amos, pro-vice-chancellor of Castlebridge University, said fees would not rise.\n")
    assert ("title", "Ruth Amos", "pro-vice-chancellor") in facts
    assert ("employer", "Ruth Amos", "Castlebridge University") in facts


# ---- "head of the department of chemistry at ORG": a part of the organisation with its field ------

def test_head_of_the_department_of_chemistry_at_a_university(nlp):
    facts = _facts(nlp, D + "Professor Lisa Chen, head of the department of chemistry at the University of Castlebridge, said the loss was great.\n")
    assert ("title", "Lisa Chen", "head of the department of chemistry") in facts
    assert ("employer", "Lisa Chen", "University of Castlebridge") in facts


def test_head_of_the_school_of_music_at_a_university(nlp):
    facts = _facts(nlp, D + "Ian Roe, head of the school of music at Castlebridge University, agreed with the plan.\n")
    assert ("employer", "Ian Roe", "Castlebridge University") in facts


def test_is_head_of_the_faculty_of_law_at_a_university(nlp):
    facts = _facts(nlp, D + "Ann Cole is head of the faculty of law at Penhallow University.\n")
    assert ("title", "Ann Cole", "head of the faculty of law") in facts
    assert ("employer", "Ann Cole", "Penhallow University") in facts
    assert ("title", "Ann Cole", "head of the faculty") not in facts


def test_joined_a_show_as_a_job_keeps_it_the_subjects(nlp):
    facts = _facts(nlp, D + "Rosa Marsh, who joined her uncle's travelling show as a clown in 1961, died on Monday.\n")
    assert ("occupation", "Rosa Marsh", "clown") in facts


# ---- founders: "founded the consultancy Bell Analytics", "X, who founded ORG" ------------------

def test_founded_a_noun_with_the_firms_name_apposed(nlp):
    facts = _facts(nlp, D + "Marcus Bell, a former chief scientist, founded the consultancy Bell Analytics in 2015.\n")
    assert ("title", "Marcus Bell", "founder") in facts


def test_founded_the_bakery_chain_named_after_it(nlp):
    facts = _facts(nlp, D + "In 1990 Ruth Amos founded the bakery chain Amos Bread.\n")
    assert ("title", "Ruth Amos", "founder") in facts


def test_who_founded_the_retailer(nlp):
    facts = _facts(nlp, D + "Peter Vane, who founded the retailer Vane & Co in 1981, has been chair of Kestrel Foods since 2012.\n")
    assert ("title", "Peter Vane", "founder") in facts
    assert ("employer", "Peter Vane", "Vane & Co") not in facts


# ---- an office given by a verb: "has been elected mayor of Wexley" ---------------------------

def test_elected_mayor_of_a_town(nlp):
    facts = _facts(nlp, D + "Councillor Hannah Okoye has been elected mayor of Wexley, the first Black woman to hold the office.\n")
    assert ("title", "Hannah Okoye", "mayor") in facts


def test_was_elected_mayor_in_a_year(nlp):
    facts = _facts(nlp, D + "Jane Okafor, a former teacher, was elected mayor in 2021.\n")
    assert ("title", "Jane Okafor", "mayor") in facts


def test_elected_mayor_of_a_city_with_a_year(nlp):
    facts = _facts(nlp, D + "The vote was close. Tom Reyes was elected mayor of Dunmore in 2019.\n")
    assert ("title", "Tom Reyes", "mayor") in facts
    assert not _of(facts, "employer", "Tom Reyes")
