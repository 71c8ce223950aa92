"""Issue 9, the eighth set's work facts (titles, employers, founders, occupations): general
fixes, each checked on fictional constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _of(facts, relation, who):
    return {f[2] for f in facts if f[0] == relation and f[1] == who}


# ---- 'the paper', 'the company', 'the hotel': the named organisation of that kind ---------------

def test_the_paper_is_the_newspaper_named_before(nlp):
    text = ("date 2024-05-02\nThe Harwick Gazette turns 100 this week. It was sold to Brightwell Media in 2015. "
            "Tom Reyes, the paper's chief photographer, said the archive would be digitised.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Tom Reyes", "Harwick Gazette") in facts
    assert ("title", "Tom Reyes", "chief photographer") in facts


def test_the_company_is_a_company_not_a_tribunal_with_company_in_its_name(nlp):
    text = ("date 2024-05-02\nThe Westfield Company Disputes Tribunal heard a claim against Corran Bay Holdings Ltd. on Monday. "
            "Priya Nair (48), the company's finance director, gave evidence.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Priya Nair") == {"Corran Bay Holdings Ltd."}
    assert ("title", "Priya Nair", "finance director") in facts


def test_the_hotel_and_the_care_home_stand_for_names_with_that_head(nlp):
    text = ("date 2024-05-02\nResidents of the Larkfield Care Home were moved to the Bellwood Hotels Ltd. site on Friday. "
            "The care home's manager, Ines Ruiz, praised the staff. The hotel's head chef, Amir Khan, cooked for all of them.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Ines Ruiz", "Larkfield Care Home") in facts
    assert ("title", "Ines Ruiz", "manager") in facts
    assert ("employer", "Amir Khan", "Bellwood Hotels Ltd.") in facts


def test_the_firm_is_the_one_named_most_when_none_is_named_near(nlp):
    # the firm the article is about, not the one named last in passing
    text = ("date 2024-05-02\nOrrin Motor Services has run buses in Dunmore since 1950. Orrin Motor Services will close on Friday. "
            "Its owner said Kestrel Travel had made an offer. Nobody knows what happens next. The village is sad.\n\n"
            "Among the last drivers is Ewan Hale, 66, who has driven for the firm since 1980.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Ewan Hale") == {"Orrin Motor Services"}


def test_an_unnamed_union_gives_the_post_and_no_employer(nlp):
    text = ("date 2024-05-02\nDockers at Pellow Shipping Ltd. will strike, the dockers' union said. "
            "The union's branch secretary, Kofi Mensah, said talks had failed.\n")
    facts = _facts(nlp, text)
    assert ("title", "Kofi Mensah", "branch secretary") in facts
    assert not _of(facts, "employer", "Kofi Mensah")


def test_work_at_and_joined_the_kind_noun(nlp):
    text = ("date 2024-05-02\nThe Calder Post has a new editor. Mina Osei, 41, joined the paper from the Leeds Courier in 2010. "
            "Her sons, Kwame and Yaw, also work at the paper.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Mina Osei") == {"Calder Post", "Leeds Courier"}


# ---- founders ---------------------------------------------------------------------------------------

def test_founded_by_gives_the_founder_title_only(nlp):
    text = ("date 2024-05-02\nThe Ashgrove Dairy has been sold. The dairy was set up by Ann Roe and her brother, Tom Roe, in 1950. "
            "Tarn Valley Co-op was founded in 1948 by Otto Lind (1902 - 1977), and its silo still stands. "
            "The Kettle Street Bakery was established by Lila Moss in 1988.\n")
    facts = _facts(nlp, text)
    for who in ("Ann Roe", "Tom Roe", "Otto Lind", "Lila Moss"):
        assert _of(facts, "title", who) == {"founder"}, who
        assert not _of(facts, "employer", who), who


def test_started_by_a_relative_named_after_and_no_founder_of_a_fire(nlp):
    text = ("date 2024-05-02\nThe business was started by Ewan's father, the late Idris Hale, in 1931. "
            "The fire was started by a spark from Ivo Dane's mower.\n")
    facts = _facts(nlp, text)
    assert ("title", "Idris Hale", "founder") in facts
    assert not _of(facts, "title", "Ivo Dane")


# ---- posts only some organisations have; words that only rank a post ------------------------------

def test_a_persons_partner_is_no_post_at_a_firm(nlp):
    text = ("date 2024-05-02\nHollis Quill died on Sunday aged 84. Quill's partner, Sylvie Roux, 80, said he had been ill. "
            "Marsh Kettering Solicitors has a new office. Helen Ode, the firm's managing partner, agreed. "
            "Ravi Shah, a partner at Marsh Kettering Solicitors, said so. Shares in Corvane rose on Monday. "
            "Corvane's partner, Ada Quist, 66, said the deal was good.\n")
    facts = _facts(nlp, text)
    for who in ("Sylvie Roux", "Ada Quist"):
        assert not _of(facts, "title", who) and not _of(facts, "employer", who), who
    assert ("title", "Helen Ode", "managing partner") in facts
    assert ("employer", "Ravi Shah", "Marsh Kettering Solicitors") in facts


def test_only_and_sole_are_not_part_of_a_post(nlp):
    text = ("date 2024-05-02\nThe Brindle Clinic opened in 1990. Mary Pike served as its only nurse until 2001. "
            "Cal Rourke, the clinic's sole pharmacist, retired.\n")
    facts = _facts(nlp, text)
    assert "nurse" in _of(facts, "title", "Mary Pike")
    assert "pharmacist" in _of(facts, "title", "Cal Rourke")
    assert not any("only" in str(f[2]) or "sole" in str(f[2]) for f in facts)


# ---- a post at 'the depot', 'its' after it, a spell after the post, a staff word before the job ---

def test_the_depot_is_the_firm_and_its_after_it_too(nlp):
    text = ("date 2024-05-02\nHarrow Road Coaches has run the Dunmore school bus since 1960. The firm was sold to Velo Travel Ltd. last year.\n\n"
            "Nobody expected it. The village was shocked.\n\nHer nephew, Owain Rees, 30, works at the depot, and his sister, Mali Rees, 28, is its "
            "transport manager. Their uncle, Dai Rees, is the yard's foreman.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Mali Rees", "Harrow Road Coaches") in facts
    assert ("title", "Mali Rees", "transport manager") in facts
    assert ("employer", "Dai Rees", "Harrow Road Coaches") in facts
    assert ("title", "Dai Rees", "foreman") in facts


def test_a_post_after_was_with_a_spell_after_it(nlp):
    text = ("date 2024-05-02\nThe Dunmore Clarion closed in 1996. Her uncle, Piet Rask, was the Clarion's darkroom technician until the fire of 1990. "
            "Ada Rowe was the Clarion's press hand till it closed. Ivo Marsh, 50, was the Clarion's copy taster until 1980.\n")
    facts = _facts(nlp, text)
    for who, post in (("Piet Rask", "darkroom technician"), ("Ada Rowe", "press hand"), ("Ivo Marsh", "copy taster")):
        assert ("employer", who, "Dunmore Clarion") in facts and ("title", who, post) in facts, who


def test_a_staff_word_then_the_job_before_the_name(nlp):
    text = ("date 2024-05-02\nThe Harwick Gazette turns 100. The Gazette's longest-serving employee, typesetter Olek Varga, 70, will retire. "
            "Brindle Foods Ltd. is hiring. The company's newest worker, electrician Sam Oduya, started on Monday.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Olek Varga", "Harwick Gazette") in facts and ("title", "Olek Varga", "typesetter") in facts
    assert ("employer", "Sam Oduya", "Brindle Foods Ltd.") in facts and ("title", "Sam Oduya", "electrician") in facts
    assert not _of(facts, "occupation", "Olek Varga") and not _of(facts, "occupation", "Sam Oduya")


def test_its_post_before_a_name_is_no_bare_occupation_even_with_no_organisation_found(nlp):
    text = ("date 2024-05-02\nThe sale was agreed on Monday. Its managing director, Ben Arno, 50, said staff would stay. "
            "Its chief engineer, Lucy Penn, agreed. Its lead nurse, Tom Ives, did not.\n")
    facts = _facts(nlp, text)
    for who, post in (("Ben Arno", "managing director"), ("Lucy Penn", "chief engineer"), ("Tom Ives", "lead nurse")):
        assert not _of(facts, "occupation", who), who
        assert _of(facts, "title", who) == {post}, who


# ---- jobs said by a verb or a plural; a business run with someone; a job after 'for the' --------

def test_teaches_is_a_teacher_but_not_taught_by_or_taught_someone(nlp):
    text = ("date 2024-05-02\nThe Orrs have two daughters: Ruth, who is thirty and teaches in Galway; and Ellen Orr, 27, a nurse. "
            "Sarah Lund teaches in a village near Bergen. Tom Hale was taught by Sister Agnes in the 1960s. "
            "Ivo Marr taught his grandson to fish.\n")
    facts = _facts(nlp, text)
    assert "teacher" in _of(facts, "occupation", "Ruth")
    assert "teacher" in _of(facts, "occupation", "Sarah Lund")
    assert not _of(facts, "occupation", "Tom Hale") and not _of(facts, "occupation", "Ivo Marr")


def test_one_of_the_jobs_is_an_occupation(nlp):
    text = ("date 2024-05-02\nHer son, Davi Reis, 41, is one of the firefighters on the ridge. Anna Brown was one of the nurses who stayed. "
            "Leo Fenn is one of the volunteers.\n")
    facts = _facts(nlp, text)
    assert "firefighter" in _of(facts, "occupation", "Davi Reis")
    assert "nurse" in _of(facts, "occupation", "Anna Brown")
    assert not _of(facts, "occupation", "Leo Fenn")


def test_a_business_run_with_someone_employs_both(nlp):
    text = ("date 2024-05-02\nOwen Lusk, 60, who runs Lusk & Daughters with his wife, Bea, spoke first. "
            "Nell Amos manages Quarry Lane Bakery with her brother, Sid Amos.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Bea", "Lusk & Daughters") in facts
    assert ("employer", "Sid Amos", "Quarry Lane Bakery") in facts


def test_a_job_after_for_the_is_not_the_apposed_names(nlp):
    text = ("date 2024-05-02\nLawyers for the landlord, Maya Stein and Ravi Bose, disagreed. Counsel for the plumber, Jo Pike, objected.\n")
    facts = _facts(nlp, text)
    assert not _of(facts, "occupation", "Jo Pike") and not _of(facts, "occupation", "Maya Stein")


def test_an_organisation_whose_name_tells_no_kind_keeps_the_entity_link(nlp):
    # no organisation here is a company by its name: the one the entity stage linked stays
    text = ("date 2020-11-05\nWren Beaulieu, chief executive of Laurentine Mutual, spoke on Wednesday. "
            "A spokesman for Laurentine Mutual later said the company's chief actuary, Omar Hadley, would write.\n")
    facts = _facts(nlp, text)
    assert ("employer", "Omar Hadley", "Laurentine Mutual") in facts


# ---- the bar and the bench: 'senior advocate X', 'Counsel for the Y, X', 'judicial member X' ----

def test_a_job_for_a_client_is_the_name_closing_the_clients_phrase(nlp):
    text = ("date 2024-05-02\nCounsel for the tenants, Irene Shaw, said the rent had been paid late. "
            "A solicitor for the bereaved parents, Omar Latif, read a statement outside court. "
            "The hearing was adjourned, a lawyer for the council, Beth Norris, said.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "occupation", "Irene Shaw") == {"counsel"}
    assert _of(facts, "occupation", "Omar Latif") == {"solicitor"}
    assert _of(facts, "occupation", "Beth Norris") == {"lawyer"}


def test_senior_advocate_and_judicial_member_before_a_name(nlp):
    text = ("date 2024-05-02\nFor the bank, senior advocate Kavita Rao argued that the loan was lawful. "
            "The appeal was heard by judicial member Sunil Desai and technical member Asha Pillai. "
            "Senior advocate Milan Shah, for the workers, said the dismissals were unfair.\n")
    facts = _facts(nlp, text)
    # (a court role worn bare before a name is a title since 2026-12-07, as the newer gold gives
    # it: wornposts.py)
    assert _of(facts, "title", "Kavita Rao") == {"senior advocate"}
    assert ("title", "Sunil Desai", "judicial member") in facts
    assert _of(facts, "title", "Milan Shah") == {"senior advocate"}
