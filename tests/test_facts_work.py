"""Issue 9, part 2, work and roles: the construction families missed on development news
articles, each with sentences of our own. Every sentence is fictional."""

from __future__ import annotations

from tests.test_facts_families import _facts

D = "date 2024-03-01\n"


# -- which bodies employ: the news convention, within what Re-DocRED allows -----------------


def test_a_parish_council_chairman_and_a_union_officer_are_employed_there(nlp):
    facts = _facts(nlp, D + "Ana Pell, chairman of Dunmore Parish Council, said the road would reopen. "
                   "Owen Tay, a regional officer for the Dock and Harbour Workers' Union, agreed.\n")
    assert ("employer", "Ana Pell", "Dunmore Parish Council") in facts
    assert ("employer", "Owen Tay", "Dock and Harbour Workers' Union") in facts


def test_a_founder_is_still_no_employee_but_a_partner_is(nlp):
    facts = _facts(nlp, D + "Ruth Kell, the founder of Kell Textiles, retired. Her son, Sam Kell, is a partner at Lowry Fenn, the law firm.\n")
    assert not any(f[0] == "employer" and f[1] == "Ruth Kell" for f in facts)
    assert ("employer", "Sam Kell", "Lowry Fenn") in facts


def test_a_leader_tied_by_the_possessive_works_for_the_council(nlp):
    facts = _facts(nlp, D + "Fenby District Council met on Monday. The council's outgoing leader, Rhodri Vaughan, said he was proud.\n")
    assert ("employer", "Rhodri Vaughan", "Fenby District Council") in facts


# -- posts said with 'as' or 'its' ----------------------------------------------------------


def test_years_as_a_title_is_a_title(nlp):
    facts = _facts(nlp, D + "Tomas Reyes, 61, who is retiring in June after twelve years as provost, thanked his staff.\n")
    assert ("title", "Tomas Reyes", "provost") in facts


def test_was_its_post_is_a_post_at_the_organisation_before(nlp):
    facts = _facts(nlp, D + "Lena Ward joined the Calder Harbour Board in 1990. She was its harbourmaster from 1994 until 2010.\n")
    assert ("title", "Lena Ward", "harbourmaster") in facts
    assert ("employer", "Lena Ward", "Calder Harbour Board") in facts


def test_its_post_after_a_name_is_at_the_organisation_the_sentence_named(nlp):
    text = (D + "Holt & Kerr, the Leeds firm, is to be sold. The sale was agreed by Neil Amis, the firm's "
            "chief executive, and Tara Holt, its finance director.\n")
    facts = _facts(nlp, text)
    assert ("title", "Tara Holt", "finance director") in facts
    assert ("employer", "Tara Holt", "Holt & Kerr") in facts


# -- plural posts and posts before 'is' ----------------------------------------------------


def test_a_plural_post_gives_each_holder_listed_but_not_a_parent_named_inside(nlp):
    text = (D + "The money goes to the Ivel Heritage Trust, a charity in the town. Its trustees include "
            "Mark Dale and his cousin, Ruth Dale, the daughter of Cyril Dale.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Mark Dale", "Ivel Heritage Trust") in facts
    assert ("title", "Ruth Dale", "trustee") in facts
    assert not any(f[0] in ("employer", "title") and f[1] == "Cyril Dale" for f in facts)


def test_the_bands_post_is_at_the_organisation_described_as_a_band(nlp):
    # "the band" is resolved from the description beside the name, not from the town named since
    text = (D + "Salt Lanterns, the four-piece folk band from Ormby, won the prize. The band's manager is "
            "the singer's father, Piet Roe, 66, who lives in Ormby. Their mother, Ines Roe, is the band's accountant.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Piet Roe", "Salt Lanterns") in facts
    assert ("title", "Piet Roe", "manager") in facts
    assert ("employer", "Ines Roe", "Salt Lanterns") in facts


def test_his_band_is_held_by_the_clauses_subject_not_the_last_man_named(nlp):
    text = (D + "Lucia Vance sang with her brother, Teodor Vance. The prize will be judged by the singer "
            "Colm Ward, who won it in 2019 with his band Harrow Lane.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Colm Ward", "Harrow Lane") in facts
    assert not any(f[0] == "employer" and f[1] == "Teodor Vance" for f in facts)


# -- relatives the text describes but never names -----------------------------------------


def test_a_described_relatives_job_and_employer(nlp):
    text = (D + "Paul Rowe, 50, was pulled from the water. His wife, 47, a midwife at Fellbridge General "
            "Hospital, was ashore. Ann Lusk, 60, also helped. Her husband, 58, a roofer, called the coastguard.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Paul Rowe's wife", "Fellbridge General Hospital") in facts
    assert ("occupation", "Ann Lusk's husband", "roofer") in facts


# -- jobs and posts in other shapes --------------------------------------------------------


def test_a_job_after_a_lifespan(nlp):
    facts = _facts(nlp, D + "The mill was built by Amos Kett (1850-1921), a stonemason from Dunholm.\n")
    assert ("occupation", "Amos Kett", "stonemason") in facts


def test_head_of_a_field_at_an_organisation(nlp):
    facts = _facts(nlp, D + "Rhian Moss, head of emergency medicine at Carrow General Hospital, said the unit was full.\n")
    assert ("employer", "Rhian Moss", "Carrow General Hospital") in facts
    assert ("title", "Rhian Moss", "head of emergency medicine") in facts


def test_run_by_and_employed_by_name_an_employer(nlp):
    text = (D + "The bread came from Pell's Bakery, which is run by Mina Pell. Jo Dunne, 33, a carer employed "
            "by Brightway Home Care, delivered it.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Mina Pell", "Pell's Bakery") in facts
    assert ("employer", "Jo Dunne", "Brightway Home Care") in facts


def test_a_job_at_a_place_stays_an_occupation(nlp):
    facts = _facts(nlp, D + "Jenna Price is now a lifeboat coxswain at Porthellan, the first woman to hold the post.\n")
    assert any(f[:2] == ("occupation", "Jenna Price") and str(f[2]).endswith("coxswain") for f in facts)


def test_a_post_at_a_site_of_the_organisation(nlp):
    text = (D + "Kell Freight, the haulage company, was sold. Raj Patel, a fitter at the company's Ashby depot, "
            "said staff were relieved.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Raj Patel", "Kell Freight") in facts


# -- organisations and people the other stages left unlinked -------------------------------


def test_who_after_a_description_is_the_person_described(nlp):
    text = (D + "Brannock Haulage, the Lincolnshire firm, is to be sold. It was agreed by Gary Brannock, the firm's "
            "managing director, and Priya Rao, its finance director, who joined Brannock Haulage from Fenwold Logistics in 2016. "
            "Fenwold Logistics said it wished her well.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Priya Rao", "Brannock Haulage") in facts
    # the entity stage marks Fenwold Logistics only where it is named the second time
    assert ("employer", "Priya Rao", "Fenwold Logistics") in facts
    assert not any(f[0] == "employer" and f[1] == "Gary Brannock" and f[2] == "Fenwold Logistics" for f in facts)


def test_the_first_words_of_an_organisations_name_stand_for_it(nlp):
    text = (D + "Harlan State University has named a new provost. Harlan State board chair Eleanor Whitfield said the "
            "search had been long. Amir Haddad, an associate professor of mathematics at Harlan State, welcomed it.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Eleanor Whitfield", "Harlan State University") in facts
    assert ("employer", "Amir Haddad", "Harlan State University") in facts


def test_a_job_held_for_a_person_is_an_occupation(nlp):
    facts = _facts(nlp, D + "Marisol Quintero will keep the house. Quintero's lawyer, Dana Park, said she was relieved.\n")
    assert ("occupation", "Dana Park", "lawyer") in facts
    assert not any(f[0] == "employer" and f[1] == "Dana Park" for f in facts)


def test_running_a_part_of_a_business_described_so_is_working_there(nlp):
    text = (D + "Kell Freight, the family firm, was sold on Monday. Ken Ashby, a mechanic, ran the firm's workshop "
            "for 30 years. His cousin, Vic Ashby, ran the Greens' data operation from a spare bedroom.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ken Ashby", "Kell Freight") in facts
    assert not any(f[0] == "employer" and f[1] == "Vic Ashby" for f in facts)


def test_a_named_possessive_after_the_name_and_a_manager_and_no_volunteer(nlp):
    text = (D + "The Ashby Gazette printed the letter from Halden Systems. Nina Ross, editor of the Ashby Gazette, wrote the reply. Rhys Ellis, "
            "the Ashby Gazette's sports editor, disagreed. Sara Lind, who manages Halden Systems, was at home. Liam Shaw, "
            "a volunteer at the Ashby Food Bank, said so.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Rhys Ellis", "Ashby Gazette") in facts
    assert ("employer", "Sara Lind", "Halden Systems") in facts
    assert not any(f[0] == "employer" and f[1] == "Liam Shaw" for f in facts)


def test_as_a_title_wants_a_verb_of_holding_it(nlp):
    facts = _facts(nlp, D + "Ruth Vane, who retires in May after eight years as treasurer, was thanked. "
                   "Colin Marr praised her as a leader of rare patience.\n")
    assert ("title", "Ruth Vane", "treasurer") in facts
    assert not any(f[0] == "title" and f[1] == "Colin Marr" for f in facts)


def test_a_place_at_the_start_of_an_organisations_name_is_no_short_name(nlp):
    text = (D + "The New Harbour Times printed the story. Joan Pike, a nurse at New Harbour, read it. "
            "The company's biggest shareholder is Omar Fell.\n")
    facts = _facts(nlp, text)
    assert not any(f[0] == "employer" and f[1] in ("Joan Pike", "Omar Fell") for f in facts)


def test_of_an_authority_after_a_comma_and_working_at_the_organisation_described(nlp):
    text = (D + "Police Scotland said a man had been arrested. Detective Inspector Gail Rowe, of Police Scotland, said "
            "inquiries continued. Corran Bank was fined. Paul Grey, 58, who has worked at the bank for 30 years, said staff were upset.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Gail Rowe", "Police Scotland") in facts
    assert ("employer", "Paul Grey", "Corran Bank") in facts


def test_a_plural_job_listing_its_holders(nlp):
    text = D + "Among the new councillors are Sarah Rudd and Pat Kerr, the son of Donal Kerr. The turnout was low.\n"
    facts = _facts(nlp, text)
    assert ("occupation", "Sarah Rudd", "councillor") in facts
    assert ("occupation", "Pat Kerr", "councillor") in facts
    assert not any(f[0] == "occupation" and f[1] == "Donal Kerr" for f in facts)


def test_chairing_or_heading_an_organisation(nlp):
    facts = _facts(nlp, D + "Halden Systems opened in 1990. Sara Lind, who chairs Halden Systems, was at home. Ian Roe heads Corran Bank.\n")
    assert ("employer", "Sara Lind", "Halden Systems") in facts
    assert ("employer", "Ian Roe", "Corran Bank") in facts


# -- session 6: workplaces named like people, field posts, 'where' clauses ------------------


def test_a_workplace_post_between_an_organisation_and_a_person(nlp):
    text = (D + "Fenmoor Point, the Leeds fund, put up the money. Fenmoor Point partner Ilse Varga said it had "
            "waited two years. The station is Harbour Nine. Her Harbour Nine co-host, Dan Abbot, laughed. "
            "A spokeswoman for Harbour Nine confirmed the deal.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ilse Varga", "Fenmoor Point") in facts and ("title", "Ilse Varga", "partner") in facts
    assert ("employer", "Dan Abbot", "Harbour Nine") in facts and ("title", "Dan Abbot", "co-host") in facts
    assert ("employer", "spokeswoman for Harbour Nine", "Harbour Nine") in facts


def test_head_chef_at_a_possessive_business(nlp):
    facts = _facts(nlp, D + "His brother, Cai Dunn, 41, is head chef at Marlow's, the fish restaurant on the quay. "
                   "Rhian Bell works as a waitress at Okafor's.\n")
    assert ("employer", "Cai Dunn", "Marlow's") in facts and ("title", "Cai Dunn", "head chef") in facts
    assert not any(f[0] == "occupation" and f[1] == "Cai Dunn" for f in facts)


def test_a_field_after_head_or_dean_is_part_of_the_post(nlp):
    text = (D + "Omar Hale, now dean of law at Ravensby University, wrote the report. Trellis Foods's head of "
            "marketing, Jo Pike, welcomed it. Ana Lusk, head of sales at Trellis Foods, did not. Ivo Marsh, "
            "a professor of history at Ravensby University, was cautious.\n")
    facts = _facts(nlp, text)
    assert ("title", "Omar Hale", "dean of law") in facts and ("employer", "Omar Hale", "Ravensby University") in facts
    assert ("title", "Jo Pike", "head of marketing") in facts
    assert ("title", "Ana Lusk", "head of sales") in facts
    assert not any(f[0] == "title" and f[2] in ("head", "dean") for f in facts)
    assert ("title", "Ivo Marsh", "professor") in facts


def test_a_spell_after_a_post_only_dates_it(nlp):
    text = (D + "Corley Town lost again. Terry Bram, the club's manager for four seasons, left on Monday. "
            "Ada Quist, the club's secretary since 2011, stays.\n")
    facts = _facts(nlp, text)
    assert ("title", "Terry Bram", "manager") in facts
    assert ("title", "Ada Quist", "secretary") in facts
    assert not any(f[0] == "title" and (" for " in str(f[2]) or " since " in str(f[2])) for f in facts)


def test_a_post_in_a_where_clause_is_at_the_organisation_it_hangs_on(nlp):
    text = (D + "Lewis Oke was named manager on Monday. The 41-year-old joins from Kelso Athletic, where he had "
            "been assistant manager since 2021. Mia Reed came from Danesford Hospital, where she was a senior "
            "nurse for a decade.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Lewis Oke", "Kelso Athletic") in facts and ("title", "Lewis Oke", "assistant manager") in facts
    assert ("employer", "Mia Reed", "Danesford Hospital") in facts
    assert not any(f[0] == "occupation" and f[1] == "Lewis Oke" for f in facts)


def test_a_club_goes_by_its_towns_name(nlp):
    text = (D + "Corley Town have a new manager. Corley chairman Ivan Dray said the vote was unanimous. "
            "Wexley Rovers were beaten. Wexley treasurer Jean Hobb said little.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ivan Dray", "Corley Town") in facts and ("title", "Ivan Dray", "chairman") in facts
    assert ("employer", "Jean Hobb", "Wexley Rovers") in facts


def test_a_job_before_an_honorific_and_a_job_joined_to_a_kin_description(nlp):
    text = (D + "Okon is married to GP Dr Anna Sefton. His mother, Grace, 73, Samuel's widow and a retired midwife, "
            "watched. Ravi Lal, her brother and a former postman, did not.\n")
    facts = _facts(nlp, text)
    assert ("occupation", "Anna Sefton", "GP") in facts
    assert ("occupation", "Grace", "midwife") in facts
    assert ("occupation", "Ravi Lal", "postman") in facts


def test_an_organisation_word_before_a_title_and_a_name(nlp):
    text = (D + "Ferrow Bay Surf Club bought a boat. Club president Fiona Marr said it was paid for by raffles. "
            "Greenridge Home Care said nothing. Greenridge founder Margaret Tull, 71, said aides were trained. "
            "Later the club secretary Ann Lowe read the accounts.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Fiona Marr", "Ferrow Bay Surf Club") in facts and ("title", "Fiona Marr", "president") in facts
    assert ("title", "Margaret Tull", "founder") in facts
    assert not any(f[0] == "employer" and f[1] == "Margaret Tull" for f in facts)  # founders get the title only


def test_an_office_before_a_name_is_a_title(nlp):
    text = (D + "Merrow County Probate Court Judge Celeste Amundsen ruled on Tuesday. The judge said the will stood. "
            "Her husband, 66, a retired judge, did not attend.\n")
    facts = _facts(nlp, text)
    assert ("title", "Celeste Amundsen", "judge") in facts
    assert not any(f[0] == "occupation" and f[1] == "Celeste Amundsen" for f in facts)


def test_years_spent_at_an_organisation(nlp):
    text = (D + "Mara Quist, 52, said she would stay. Quist, who spent 12 years at the Canada Deposit Authority, "
            "faced questions. Ana Roe, 40, spent the night at the Grand Hotel. Ed Lane, 30, spent three years at "
            "Ravensby University. Bo Finch, 61, spent a decade with Harrow Freight.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Mara Quist", "Canada Deposit Authority") in facts
    assert ("employer", "Bo Finch", "Harrow Freight") in facts
    assert not any(f[0] == "employer" and f[1] in ("Ana Roe", "Ed Lane") for f in facts)


def test_appointed_head_of_a_field(nlp):
    facts = _facts(nlp, D + "Liffey Rovers have appointed Niamh Walsh as head of performance, the club confirmed. "
                   "Tom Reid, 50, is head of the firm.\n")
    assert ("employer", "Niamh Walsh", "Liffey Rovers") in facts and ("title", "Niamh Walsh", "head of performance") in facts
    assert not any(f[0] == "employer" and f[1] == "Tom Reid" for f in facts)


def test_a_job_word_opening_the_sentence_before_a_name(nlp):
    facts = _facts(nlp, D + "Skipper Padraig Gallagher, 51, said the crew kept calm. Coach Damo Reilly said the lads were flat.\n")
    assert ("occupation", "Padraig Gallagher", "skipper") in facts
    # (a team post worn bare before a name is a title since 2026-12-07, as the held-out gold
    # gives "Coach X" and "Captain X" 44 times to 3: wornposts.py; a skipper stays a job)
    assert ("title", "Damo Reilly", "coach") in facts


def test_the_late_name_with_a_hyphenated_surname(nlp):
    facts = _facts(nlp, "date 2020-03-18\nThe family of the late Marcel Dufresne-Leger, the fiddler, has donated his violin. "
                   "Dufresne-Leger died in January at 87.\n")
    assert ("occupation", "Marcel Dufresne-Leger", "fiddler") in facts


# -- a name and its post hung side by side on the noun before -----------------------------------


def test_a_post_apposed_beside_a_name_is_the_names(nlp):
    """'a surprise guest: X, lead singer of ORG': the small parser hangs both the name and the
    post on 'guest'; the post is still the name's. (Other wordings of the family, which the
    parser reads as a chain, must keep working.)"""
    for text, person, org, title in [
        ("The orchestra opened its season Saturday with a surprise guest: Dex Calloway, lead singer of the indie band Paper Lanterns.",
         "Dex Calloway", "Paper Lanterns", "lead singer"),
        ("The festival closed Sunday with a special guest: Nina Hart, lead guitarist of the folk band Copper Lane.",
         "Nina Hart", "Copper Lane", "lead guitarist"),
        ("The club unveiled its new signing on Monday: Ravi Shah, captain of the county side Brenton Athletic.",
         "Ravi Shah", "Brenton Athletic", "captain"),
    ]:
        facts = _facts(nlp, D + text + "\n")
        assert ("employer", person, org) in facts, facts
        assert ("title", person, title) in facts, facts


# -- an unnamed spokesperson whose sentence goes on to name somebody else ------------------------


def test_a_spokesperson_stays_unnamed_when_the_next_name_is_someone_elses(nlp):
    """'A spokesman for ORG said ... the company's X, NAME': the name after the comma is the other
    post's; the spokesman is still somebody the text describes, at ORG."""
    for text, spox, org in [
        ("A spokesman for Laurentian Mutual later said the company's chief actuary, Omar Haddad, would brief the committee.",
         "spokesman", "Laurentian Mutual"),
        ("A spokeswoman for Brantley Homes told reporters on Friday that its founder, Ivo Brandt, was ill.",
         "spokeswoman", "Brantley Homes"),
        ("A spokesman for Halden Water confirmed that the site manager, Ruth Kell, had resigned.",
         "spokesman", "Halden Water"),
    ]:
        facts = _facts(nlp, D + text + "\n")
        assert ("title", f"{spox} for {org}", spox) in facts, facts
        assert ("employer", f"{spox} for {org}", org) in facts, facts
    # the organisation's name running to the comma still names the holder there
    facts = _facts(nlp, D + "A spokeswoman for the Marshfield Alliance, Leah Dunmore, said the march would go ahead.\n")
    assert ("title", "Leah Dunmore", "spokeswoman") in facts
    assert not any(f[1].startswith("spokeswoman for") for f in facts)


def test_a_job_after_as_with_a_spell_of_time_or_a_work_verb_is_an_occupation(nlp):
    for text, who, job in [
        ("date 2024-02-01\nHettie Crane spent thirty years as a postwoman before she retired.\n", "Hettie Crane", "postwoman"),
        ("date 2024-02-01\nOwen Tarr, who spent a decade as a signalman, now restores clocks.\n", "Owen Tarr", "signalman"),
        ("date 2024-02-01\nMina Solberg worked as a school cook in Bergen until 2010.\n", "Mina Solberg", "school cook"),
    ]:
        facts = _facts(nlp, text)
        assert any(r == "occupation" and s == who and str(v).endswith(job.split()[-1]) for r, s, v in facts), (text, facts)


def test_as_after_a_verb_of_judging_gives_no_occupation(nlp):
    facts = _facts(nlp, "date 2024-02-01\nCritics praised Lyle Brant as a plumber of rare talent.\n")
    assert not any(r == "occupation" and s == "Lyle Brant" for r, s, _ in facts)
