"""Issue 9, the fourteenth set (aviation, jewellers, club notes, a matriarch, wrestling): work
facts, each construction checked on fictional sentences of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts, _of, _run

D = "date 2025-05-01\n"


def _types(nlp, text: str) -> dict[str, str]:
    ex, _ = _run(nlp, D + text)
    return {e.name: e.type for e in ex.entities}


# ---- a post of two words before a full name, no organisation: "Head coach X" ------------------

def test_head_coach_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "Head coach Tomas Varga, 51, has led the squad since 2010.\n")
    assert ("title", "Tomas Varga", "head coach") in facts
    assert not _of(facts, "occupation", "Tomas Varga")


def test_athletic_director_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "The gym will close for repairs in March. Athletic director Leona Ruiz said the team would train at the middle school.\n")
    assert ("title", "Leona Ruiz", "athletic director") in facts
    assert not _of(facts, "occupation", "Leona Ruiz")


def test_chief_executive_before_a_name_is_a_title(nlp):
    facts = _facts(nlp, D + "Chief executive Marguerite Obi joined the bakery chain in 2011 after a decade in banking.\n")
    assert ("title", "Marguerite Obi", "chief executive") in facts


def test_deputy_editor_mid_sentence_is_a_title(nlp):
    facts = _facts(nlp, D + "The letter was signed by deputy editor Hamish Doyle on Friday.\n")
    assert ("title", "Hamish Doyle", "deputy editor") in facts


def test_a_listed_two_word_job_before_a_name_stays_an_occupation(nlp):
    facts = _facts(nlp, D + "Stage manager Ruth Okonjo said the curtain would rise at eight.\n")
    assert ("occupation", "Ruth Okonjo", "stage manager") in facts
    assert not _of(facts, "title", "Ruth Okonjo")


# ---- a name with an ampersand is a firm's: "Pellow & Sons" --------------------------------------

def test_ampersand_sons_is_an_organisation(nlp):
    types = _types(nlp, "KOCHI: Joseph Mathew & Sons, the Broadway spice traders that has sold cardamom from one warehouse since 1951, will be headed by a woman for the first time when Anita Joseph takes over in June.\n")
    assert types.get("Joseph Mathew & Sons") == "ORG"


def test_ampersand_sons_with_a_who_clause_is_an_organisation(nlp):
    types = _types(nlp, "Gordon Fraser & Sons, the Inverness boatbuilders who have built creels since 1950, will be run by a grandson from June.\n")
    assert types.get("Gordon Fraser & Sons") == "ORG"


def test_ampersand_firm_gives_its_staff_an_employer(nlp):
    facts = _facts(nlp, D + "Gordon Fraser & Sons, the Inverness boatbuilders who have built creels since 1950, will be run by a grandson from June. Its head of design, Ailsa Ross, joined in 2019.\n")
    assert ("employer", "Ailsa Ross", "Gordon Fraser & Sons") in facts


# ---- a firm's product in apposition is no post: "Its newest collection, X" ---------------------

def test_a_product_line_is_no_post(nlp):
    ex, names = _run(nlp, D + "Marlowe Textiles opened in 1990. The firm's best-selling scarf line, Juniper, is named after the founder's mother.\n")
    assert {e.name: e.type for e in ex.entities}.get("Juniper") != "PERSON"
    assert not [f for f in ex.facts if f.relation in ("title", "employer") and names.get(f.subject) == "Juniper"]


def test_a_collection_is_no_post(nlp):
    ex, names = _run(nlp, D + "Marlowe Textiles opened in 1990. Its newest collection, Lady Bramble, is a set of silk shawls launched in June.\n")
    assert {e.name: e.type for e in ex.entities}.get("Lady Bramble") != "PERSON"
    assert not [f for f in ex.facts if names.get(f.subject) == "Lady Bramble"]


def test_a_brand_is_no_post(nlp):
    facts = _facts(nlp, D + "Brightwell Foods was founded in 1961. The company's flagship range, Teatime, is baked in Leeds. Its latest brand, Maisie Gold, is sold in 40 shops.\n")
    assert not [f for f in facts if f[0] in ("title", "employer") and f[1] in ("Teatime", "Maisie Gold")]


# ---- an airline's name: "Skerry Air" is no person ----------------------------------------------

def test_air_ending_a_name_is_an_organisation(nlp):
    types = _types(nlp, "At Fenwick Air, the island operator, Capt. Iona Laird, 44, becomes head of training.\n")
    assert types.get("Fenwick Air") == "ORG"


def test_airways_closing_an_untagged_name(nlp):
    facts = _facts(nlp, "date 2025-05-01\nPEOPLE MOVES\n\nMerlin Regional Airways has named Ava Stroud finance director.\n")
    assert ("employer", "Ava Stroud", "Merlin Regional Airways") in facts


def test_air_in_a_name_that_hires_is_an_organisation(nlp):
    types = _types(nlp, "Loganair rival Brora Air has hired two pilots. Brora Air flies to six islands.\n")
    assert types.get("Brora Air") == "ORG"


# ---- a column of several firms: "the company" is the one its paragraph names -------------------

COLUMN = ("date 2025-05-01\nAPPOINTMENTS\n\nMerlin Regional Airways has named Ava Stroud finance director.\n\n"
          "Tolland Marine Services, the Bristol boat repair firm, has appointed Ivo Sandberg head of sales. Sandberg, 41, was "
          "previously at Dunmore Yachts. The company was founded in 1988 by a welder; his niece, Petra Lowe, has been its chairman since 2015.\n")


def test_the_company_is_the_firm_of_its_paragraph(nlp):
    facts = _facts(nlp, COLUMN)
    assert ("employer", "Petra Lowe", "Tolland Marine Services") in facts
    assert ("employer", "Petra Lowe", "Merlin Regional Airways") not in facts


def test_the_firm_is_the_firm_of_its_paragraph(nlp):
    facts = _facts(nlp, COLUMN.replace("The company was founded", "The firm was founded"))
    assert ("employer", "Petra Lowe", "Tolland Marine Services") in facts


def test_the_company_after_two_firms_named_first_in_the_column(nlp):
    text = COLUMN.replace("Merlin Regional Airways has named Ava Stroud finance director.",
                          "Merlin Regional Airways has named Ava Stroud finance director. Stroud joins from Corran Bank.")
    facts = _facts(nlp, text)
    assert ("employer", "Petra Lowe", "Tolland Marine Services") in facts


# ---- a post taken on: "takes charge as", "moves to the board as", "becomes head of X" ----------

def test_takes_charge_as_a_post(nlp):
    facts = _facts(nlp, D + "Meera Joshi takes charge as managing director on June 1, the first woman to run the mill.\n")
    assert ("title", "Meera Joshi", "managing director") in facts


def test_takes_over_as_a_post(nlp):
    facts = _facts(nlp, D + "Dermot Kerr took over as chief executive in 2019 after the founder retired.\n")
    assert ("title", "Dermot Kerr", "chief executive") in facts


def test_moves_to_the_board_as_a_post(nlp):
    facts = _facts(nlp, D + "She succeeds her uncle, Peter Oduya, who moves to the board as non-executive chairman.\n")
    assert ("title", "Peter Oduya", "non-executive chairman") in facts


def test_becomes_head_of_a_field(nlp):
    facts = _facts(nlp, D + "Lorna Baxter, 39, becomes head of marketing next month.\n")
    assert ("title", "Lorna Baxter", "head of marketing") in facts


def test_a_post_expected_is_not_taken(nlp):
    facts = _facts(nlp, D + "If the court agrees, Ravi Kapur is expected to take over as managing director.\n")
    assert not _of(facts, "title", "Ravi Kapur")


def test_a_post_one_may_take_is_not_taken(nlp):
    facts = _facts(nlp, D + "Selma Ruud could take over as chief executive next year.\n")
    assert not _of(facts, "title", "Selma Ruud")


def test_a_post_hoped_for_is_not_taken(nlp):
    facts = _facts(nlp, D + "Ines Moya hopes to move to the board as chairman in the spring.\n")
    assert not _of(facts, "title", "Ines Moya")


# ---- a first name that is also a trade: "Mason Reid" -------------------------------------------

def test_a_first_name_that_is_a_trade_is_no_job(nlp):
    facts = _facts(nlp, D + "Mason Reid, a 17-year-old with a 30-1 record, says he wants to coach one day.\n")
    assert not _of(facts, "occupation", "Mason Reid")


def test_another_first_name_that_is_a_trade_is_no_job(nlp):
    facts = _facts(nlp, D + "The captain this season is Porter Hale. Porter Hale, 18, led the team in tackles.\n")
    assert not _of(facts, "occupation", "Porter Hale")


def test_a_job_word_before_a_full_name_stays_a_job(nlp):
    facts = _facts(nlp, D + "Stonemason Ewan Pryce Lloyd, 58, has repaired the chapel wall.\n")
    assert [f for f in facts if f[0] == "occupation" and f[2] == "stonemason"]


# ---- one job said twice: "a former district nurse" is not also a "nurse" ------------------------

def test_one_job_is_not_given_twice(nlp):
    facts = _facts(nlp, D + "He leaves Ffion, his wife of 40 years and a former district nurse, and two sons.\n")
    assert _of(facts, "occupation", "Ffion") == {"district nurse"}


def test_one_job_is_not_given_twice_school_nurse(nlp):
    facts = _facts(nlp, D + "He leaves Carys, his wife of 33 years and a former school nurse, and a son.\n")
    assert _of(facts, "occupation", "Carys") == {"school nurse"}


def test_one_job_is_not_given_twice_organist(nlp):
    facts = _facts(nlp, D + "He leaves Bethan, his wife of 20 years and a retired church organist.\n")
    assert _of(facts, "occupation", "Bethan") == {"church organist"}


# ---- "a partner at the law firm X": the name apposed to the noun of its kind ------------------

def test_partner_at_the_law_firm_apposed(nlp):
    facts = _facts(nlp, D + "He is engaged to Ms Wendy Goh, a partner at the law firm Rajah Koh & Partners.\n")
    assert {("employer", "Wendy Goh", "Rajah Koh & Partners"), ("title", "Wendy Goh", "partner")} <= facts


def test_partner_at_the_accountancy_firm_apposed(nlp):
    facts = _facts(nlp, D + "Her son is engaged to Ms Joanne Lim, a partner at the accountancy firm Rajah Tan & Co.\n")
    assert ("employer", "Joanne Lim", "Rajah Tan & Co.") in facts


def test_partner_at_the_law_firm_before_a_semicolon(nlp):
    facts = _facts(nlp, D + "He is engaged to Ms Grace Toh, a partner at the law firm Rajah Ng & Partners; the pair plan to marry in May.\n")
    assert ("employer", "Grace Toh", "Rajah Ng & Partners") in facts


# ---- "the A and B ... Council": one body, two words joined by 'and' before its name -----------

def test_and_inside_a_council_name(nlp):
    facts = _facts(nlp, D + "A spokesperson for the Pearl and Coral Export Promotion Council said the trade was changing.\n")
    assert ("title", "spokesperson for Pearl and Coral Export Promotion Council", "spokesperson") in facts
    assert ("employer", "spokesperson for Pearl and Coral Export Promotion Council", "Pearl and Coral Export Promotion Council") in facts


def test_and_inside_a_council_name_spokesman(nlp):
    types = _types(nlp, "A spokesman for the Silk and Cotton Export Promotion Council said orders rose.\n")
    assert types.get("Silk and Cotton Export Promotion Council") == "ORG"


def test_and_inside_a_council_name_spokeswoman(nlp):
    types = _types(nlp, "A spokeswoman for the Leather and Footwear Export Development Council said the rules were new.\n")
    assert types.get("Leather and Footwear Export Development Council") == "ORG"


def test_a_membership_before_a_name_is_no_title(nlp):
    facts = _facts(nlp, D + "The club records the death of life member Tomos Lewis, who died on Sunday.\n")
    assert not _of(facts, "title", "Tomos Lewis")


# ---- "joined the family firm": a modifier between the article and the firm's noun -------------

def test_joined_the_family_firm(nlp):
    facts = _facts(nlp, D + "Hock Seng Holdings has 20 outlets. Chief executive Marcus Ong joined the family firm in 2009 from Straits Ledger Bank.\n")
    assert {("employer", "Marcus Ong", "Hock Seng Holdings"), ("employer", "Marcus Ong", "Straits Ledger Bank")} <= facts


def test_joined_the_family_company(nlp):
    facts = _facts(nlp, D + "Tregenza Foods was founded in 1950. Sam Tregenza joined the family company in 1988 after university.\n")
    assert ("employer", "Sam Tregenza", "Tregenza Foods") in facts


def test_joined_the_family_business_alone(nlp):
    facts = _facts(nlp, D + "Halloran Seeds sells to 40 countries. Nuala Byrne joined the family business in 2003.\n")
    assert ("employer", "Nuala Byrne", "Halloran Seeds") in facts


# ---- a post taken at the organisation the clause names ------------------------------------------

def test_at_org_fronted_before_a_post_taken(nlp):
    facts = _facts(nlp, D + "At Corran Ferries, the Lochaber car ferry operator, Capt. Ewan Ross, 51, becomes head of operations.\n")
    assert {("employer", "Ewan Ross", "Corran Ferries"), ("title", "Ewan Ross", "head of operations")} <= facts


def test_when_clause_on_the_firm_headed(nlp):
    facts = _facts(nlp, D + "Gordon Fraser & Sons will be headed by a woman for the first time when Ailsa Fraser takes charge as managing director on May 1.\n")
    assert ("employer", "Ailsa Fraser", "Gordon Fraser & Sons") in facts


def test_when_clause_on_the_firm_changing_hands(nlp):
    facts = _facts(nlp, D + "Marlowe Textiles will change hands when Nia Cole takes over as chief executive in June.\n")
    assert {("employer", "Nia Cole", "Marlowe Textiles"), ("title", "Nia Cole", "chief executive")} <= facts


def test_when_clause_on_the_firm_with_a_new_boss(nlp):
    facts = _facts(nlp, D + "Brackwater Foods will have a new boss when Lena Park takes charge as managing director next month.\n")
    assert ("employer", "Lena Park", "Brackwater Foods") in facts


def test_the_family_firm_is_the_one_with_the_family_name(nlp):
    facts = _facts(nlp, D + "Kessel Boatyard has been bought by Noordzee Seafoods. Its director, Jan Kessel, who joined the family firm in 1990, will stay on.\n")
    assert ("employer", "Jan Kessel", "Noordzee Seafoods") not in facts


# ---- founders listed after a plural noun: "set up by twin brothers A and B C" ------------------

def test_founded_by_twin_brothers(nlp):
    facts = _facts(nlp, D + "The company was set up in 1966 by twin brothers Hugh and Angus Laird.\n")
    assert {("title", "Hugh Laird", "founder"), ("title", "Angus Laird", "founder")} <= facts


def test_founded_by_twin_sisters(nlp):
    facts = _facts(nlp, D + "The company was set up in 1971 by twin sisters Moira and Elspeth Reid.\n")
    assert {("title", "Moira Reid", "founder"), ("title", "Elspeth Reid", "founder")} <= facts


def test_founded_by_two_engineers(nlp):
    facts = _facts(nlp, D + "The company was set up in 1990 by two engineers, Dev and Rohan Patel.\n")
    assert {("title", "Dev", "founder"), ("title", "Rohan Patel", "founder")} <= facts


# ---- the same, whatever the parse does with the name after "the law firm" ----------------------

def test_partner_at_the_law_firm_after_an_engagement(nlp):
    facts = _facts(nlp, D + "Marcus Teo joined the family firm in 2011. He is engaged to Ms Audrey Lim, a partner at the law firm Rajah Koh & Partners; the pair plan to marry in March.\n")
    assert {("employer", "Audrey Lim", "Rajah Koh & Partners"), ("title", "Audrey Lim", "partner")} <= facts


def test_partner_at_the_law_firm_they_plan_to_marry(nlp):
    facts = _facts(nlp, D + "Mr Ben Yeo, 40, runs the shop. He is engaged to Ms Clara Chia, a partner at the law firm Drew Tan & Partners; they plan to marry in June.\n")
    assert ("employer", "Clara Chia", "Drew Tan & Partners") in facts


def test_solicitor_at_the_law_firm_is_still_read(nlp):
    facts = _facts(nlp, D + "Kelvin Ang is the grandson. He is engaged to Ms Joyce Ho, a solicitor at the law firm Lee Seng & Co; the couple will marry next year.\n")
    assert ("employer", "Joyce Ho", "Lee Seng & Co") in facts


# ---- two posts of one head word are two titles: "head coach" and "forwards coach" -------------

def test_head_coach_and_an_earlier_forwards_coach(nlp):
    text = ("date 2025-05-01\nHarwood RFC Club Notes\n\nWhat a season for Harwood RFC. The Firsts won the league, the first Harwood RFC side to do so since 1988. Our new head coach, Iestyn Rowe, joined us in the summer from Penarth RFC, "
            "where he was forwards coach for four seasons.\n")
    facts = _facts(nlp, text)
    assert {("title", "Iestyn Rowe", "head coach"), ("title", "Iestyn Rowe", "forwards coach")} <= facts


def test_chief_executive_and_an_earlier_executive_post(nlp):
    text = ("date 2025-05-01\nTregarthen Foods News\n\nTregarthen Foods has had a busy year, and Tregarthen Foods now sells in Japan. Our new managing director, Fiona Hume, joined in May from Tweed Looms, "
            "where she was finance director for six years.\n")
    facts = _facts(nlp, text)
    assert {("title", "Fiona Hume", "managing director"), ("title", "Fiona Hume", "finance director")} <= facts


def test_club_secretary_and_an_earlier_fixture_secretary(nlp):
    text = ("date 2025-05-01\nAshby Cricket Club Newsletter\n\nAshby Cricket Club had a fine summer, and Ashby Cricket Club won the cup. Our new club secretary, Nerys Bell, joined us from Dinas CC, "
            "where she was fixture secretary for ten years.\n")
    facts = _facts(nlp, text)
    assert {("title", "Nerys Bell", "club secretary"), ("title", "Nerys Bell", "fixture secretary")} <= facts


# ---- "members elected X as club president", no body named as the giver ------------------------

def test_members_elected_club_president(nlp):
    facts = _facts(nlp, D + "Cwm Dulais RFC had a fine year. At the AGM members elected Rhian Lloyd as club president. Cwm Dulais RFC also named a new captain.\n")
    assert {("title", "Rhian Lloyd", "club president"), ("employer", "Rhian Lloyd", "Cwm Dulais RFC")} <= facts


def test_members_elected_a_chairman(nlp):
    facts = _facts(nlp, D + "Members elected Tomos Price as chairman at the annual meeting on Monday.\n")
    assert ("title", "Tomos Price", "chairman") in facts


def test_members_elected_a_treasurer(nlp):
    facts = _facts(nlp, D + "The bowls club met on Friday. Members re-elected Gwen Hale as treasurer.\n")
    assert ("title", "Gwen Hale", "treasurer") in facts


# ---- "works in the finance department of ORG": a part of the organisation ---------------------

def test_works_in_a_department_of(nlp):
    facts = _facts(nlp, D + "Her sister, Nia Evans, works in the finance department of Gwent Water.\n")
    assert ("employer", "Nia Evans", "Gwent Water") in facts


def test_who_works_in_a_department_of(nlp):
    facts = _facts(nlp, D + "Carys, 41, who works in the legal department of the Welsh Athletics Board, lives in Cardiff.\n")
    assert ("employer", "Carys", "Welsh Athletics Board") in facts


def test_works_in_a_department_at(nlp):
    facts = _facts(nlp, D + "Tom Hale works in the marketing department at Pellow Haulage.\n")
    assert ("employer", "Tom Hale", "Pellow Haulage") in facts


def test_works_in_a_town_is_no_employer(nlp):
    facts = _facts(nlp, D + "Ann Roe works in Bergen and lives in Voss.\n")
    assert not _of(facts, "employer", "Ann Roe")


# ---- "retires after 31 years with the carrier": a spell that a leaving verb ends ---------------

def test_retires_after_years_with_the_firm_described(nlp):
    facts = _facts(nlp, D + "Brackwater Airways has named Lena Brandt chief operating officer. She takes over from Capt. Owen Tull, 64, who retires after 31 years with the airline.\n")
    assert ("employer", "Owen Tull", "Brackwater Airways") in facts


def test_leaves_after_a_decade_at_a_bank(nlp):
    facts = _facts(nlp, D + "Dana Roe, 60, leaves after a decade at Corran Bank.\n")
    assert ("employer", "Dana Roe", "Corran Bank") in facts


def test_retires_after_years_with_a_council(nlp):
    facts = _facts(nlp, D + "Ruth Pike retires on Friday after 40 years with Ashby Council.\n")
    assert ("employer", "Ruth Pike", "Ashby Council") in facts


def test_leaves_after_years_at_a_university_is_no_job(nlp):
    facts = _facts(nlp, D + "Tom Hale left after three years at Harlan University.\n")
    assert not _of(facts, "employer", "Tom Hale")


# ---- a job one will take "as" is not yet one's job ---------------------------------------------

def test_will_join_the_board_as_a_director(nlp):
    facts = _facts(nlp, D + "Her brother, Rohan Mehta, 35, an accountant, will join the board as an independent director.\n")
    assert not [f for f in facts if f[0] == "occupation" and f[2] == "director"]


def test_will_join_as_a_dental_nurse(nlp):
    facts = _facts(nlp, D + "Ivy Hale will join the practice as a dental nurse in May.\n")
    assert not _of(facts, "occupation", "Ivy Hale")


def test_could_work_as_a_porter(nlp):
    facts = _facts(nlp, D + "Mo Khan could work for the trust as a porter.\n")
    assert not _of(facts, "occupation", "Mo Khan")


def test_led_a_named_team_is_no_family_firm(nlp):
    facts = _facts(nlp, D + "Iva Novak, née Kralova, was a Czech rower. She and Eva Dusek led the Czech women's rowing team to two medals.\n")
    assert not _of(facts, "employer", "Iva Novak") and not _of(facts, "employer", "Eva Dusek")
