"""Issue 9, the ninth set's deaths and ages at death: general fixes, each checked on fictional
constructions of our own (none copied from an article). The rule throughout: a death's date is
the time expression its verb governs, and an age at death gives a birth range from that date."""

from __future__ import annotations

from tests.test_facts_families import _run


def _lives(nlp, text: str) -> dict[tuple[str, str], tuple]:
    """(relation, subject name) -> (value, as_of, born_between) for the age and death facts."""
    ex, names = _run(nlp, text)
    return {(f.relation, names[f.subject]): (f.value, f.as_of, f.born_between) for f in ex.facts if f.relation in ("age", "death")}


# ---- 'expired' of a person (Indian English), never of a thing -----------------------------------

def test_expired_is_a_death_of_a_person_with_its_age(nlp):
    lives = _lives(nlp, "date 2022-03-01\nHis uncle, Mohan Das, who expired in 2009 at the age of 61, ran the tea stall.\n")
    assert lives[("death", "Mohan Das")][0] == "2009"
    assert lives[("age", "Mohan Das")] == (61, "2009", ("1947-01-02", "1948-12-31"))


def test_expired_after_a_name_and_a_pronoun(nlp):
    text = ("date 2021-08-20\nLeela Menon taught at the convent school for forty years. She expired on 2 May 2019, "
            "aged 88, at her home in Thrissur.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Leela Menon")][0] == "2019-05-02"
    assert lives[("age", "Leela Menon")][:2] == (88, "2019-05-02")


def test_expired_of_a_lease_or_a_visa_is_no_death(nlp):
    text = ("date 2020-01-10\nArun Pillai said the lease on the shop expired in 2016. His visa expired last March, "
            "and his brother, Ravi Pillai, expired in 2018.\n")
    lives = _lives(nlp, text)
    assert ("death", "Arun Pillai") not in lives
    assert lives[("death", "Ravi Pillai")][0] == "2018"


# ---- a 'when' clause on the death verb dates the death -----------------------------------------

def test_killed_when_a_vehicle_overturned_in_a_year(nlp):
    text = "date 2020-05-05\nHer cousin, Dermot Keane, a drover, was killed when a cattle truck overturned near Ennis in 1974, aged 27.\n"
    lives = _lives(nlp, text)
    assert lives[("death", "Dermot Keane")][0] == "1974"
    assert lives[("age", "Dermot Keane")] == (27, "1974", ("1946-01-02", "1947-12-31"))


def test_drowned_when_a_ferry_sank(nlp):
    text = "date 2018-09-01\nAngus Reid drowned when the ferry he skippered sank off Barra in 1953, aged 40.\n"
    lives = _lives(nlp, text)
    assert lives[("death", "Angus Reid")][0] == "1953"
    assert lives[("age", "Angus Reid")][:2] == (40, "1953")


def test_died_when_a_roof_fell_in_a_month(nlp):
    text = "date 2023-10-20\nThe foreman, Colm Healy, died when the roof of the old mill fell in last March.\n"
    assert _lives(nlp, text)[("death", "Colm Healy")][0] == "2023-03"


# ---- "X's father, Y, ran it until he died": the main clause's subject died ----------------------

def _pronoun_to_possessor(monkeypatch, pronoun_at: int, possessor: str) -> None:
    """Make the entity stage resolve the pronoun at ``pronoun_at`` (an offset in the text) to
    the possessor, as the pronoun ranker sometimes does on a long article."""
    import dateline.pipeline as pipeline

    real = pipeline.extract_entities

    def wrong(doc):
        ents = real(doc)
        moved = [m for e in ents for m in e.mentions if m.kind == "pronoun" and m.start == pronoun_at]
        assert moved, "the pronoun should be a mention"
        return [e.model_copy(update={"mentions": sorted([m for m in e.mentions if m not in moved] + (moved if e.name == possessor else []),
                                                       key=lambda m: m.start)}) for e in ents]

    monkeypatch.setattr(pipeline, "extract_entities", wrong)


def _deaths_with_he_on_the_possessor(nlp, monkeypatch, text: str, possessor: str, pronoun: str) -> dict[tuple[str, str], tuple]:
    _pronoun_to_possessor(monkeypatch, text.index(f" {pronoun} died") + 1, possessor)
    return _lives(nlp, text)


def test_until_he_died_goes_to_the_father_even_when_he_was_resolved_to_the_son(nlp, monkeypatch):
    text = ("date 2024-04-02\nTom Lowe, 58, runs the Lowe orchard. Mr Lowe's father, Arthur Lowe, farmed it from 1950 "
            "until he died in 1990, aged 77.\n")
    lives = _deaths_with_he_on_the_possessor(nlp, monkeypatch, text, "Tom Lowe", "he")
    assert lives[("death", "Arthur Lowe")][0] == "1990"
    assert lives[("age", "Arthur Lowe")][:2] == (77, "1990")
    assert ("death", "Tom Lowe") not in lives and lives[("age", "Tom Lowe")][0] == 58


def test_until_she_died_goes_to_the_mother_even_when_she_was_resolved_to_the_daughter(nlp, monkeypatch):
    text = ("date 2022-11-11\nCara Quinn, 44, now owns the bakery. Ms Quinn's mother, Rita Quinn, baked there every "
            "morning until she died in 2011.\n")
    lives = _deaths_with_he_on_the_possessor(nlp, monkeypatch, text, "Cara Quinn", "she")
    assert lives[("death", "Rita Quinn")][0] == "2011"
    assert ("death", "Cara Quinn") not in lives


def test_when_he_died_goes_to_the_grandfather_even_when_he_was_resolved_to_the_grandson(nlp, monkeypatch):
    text = ("date 2021-07-07\nSam Fenn, 30, keeps bees. Mr Fenn's grandfather, Walter Fenn, had kept forty hives "
            "when he died in 1975.\n")
    lives = _deaths_with_he_on_the_possessor(nlp, monkeypatch, text, "Sam Fenn", "he")
    assert lives[("death", "Walter Fenn")][0] == "1975"
    assert ("death", "Sam Fenn") not in lives


def test_a_possessor_named_again_in_the_main_clause_keeps_the_pronoun(nlp, monkeypatch):
    # "drove him to school until he died": the possessor is in the main clause too, so the
    # pronoun stage's reading stands
    text = ("date 2021-07-07\nJack Moss, 30, is a mechanic. Mr Moss's uncle, Len Moss, drove him to school until he "
            "died in 2004.\n")
    lives = _deaths_with_he_on_the_possessor(nlp, monkeypatch, text, "Jack Moss", "he")
    assert ("death", "Len Moss") not in lives

def test_until_he_died_is_the_father_not_the_possessor(nlp):
    text = ("date 2024-04-02\nTom Lowe, 58, runs the Lowe orchard. Mr Lowe's father, Arthur Lowe, farmed it from 1950 "
            "until he died in 1990, aged 77.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Arthur Lowe")][0] == "1990"
    assert lives[("age", "Arthur Lowe")][:2] == (77, "1990")
    assert ("death", "Tom Lowe") not in lives and lives[("age", "Tom Lowe")][0] == 58


def test_until_she_died_is_the_mother(nlp):
    text = ("date 2022-11-11\nCara Quinn, 44, now owns the bakery. Ms Quinn's mother, Rita Quinn, baked there every "
            "morning until she died in 2011.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Rita Quinn")][0] == "2011"
    assert ("death", "Cara Quinn") not in lives


def test_when_he_died_after_a_grandfather(nlp):
    text = ("date 2021-07-07\nSam Fenn, 30, keeps bees. Mr Fenn's grandfather, Walter Fenn, had kept forty hives "
            "when he died in 1975.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Walter Fenn")][0] == "1975"
    assert ("death", "Sam Fenn") not in lives


# ---- "was N when he died in YEAR": the age holds on the death's date ---------------------------

def test_was_n_when_he_died_in_a_year(nlp):
    text = "date 2025-01-15\nHer uncle, Basil Ferris, a boatbuilder, was 62 when he died in 2001.\n"
    lives = _lives(nlp, text)
    assert lives[("age", "Basil Ferris")] == (62, "2001", ("1938-01-02", "1939-12-31"))
    assert lives[("death", "Basil Ferris")][0] == "2001"


def test_was_only_n_when_she_passed_away_in_a_month(nlp):
    text = "date 2019-06-30\nMaud Lyle was only 49 when she passed away in March 2008.\n"
    assert _lives(nlp, text)[("age", "Maud Lyle")][:2] == (49, "2008-03")


def test_was_n_when_she_drowned_without_a_date_is_a_past_age(nlp):
    text = "date 2019-06-30\nNina Holt was 40 when she drowned off Cornwall.\n"
    lives = _lives(nlp, text)
    assert lives[("age", "Nina Holt")] == (40, "PAST_REF", None)


# ---- a possessed kin noun is not someone merely described by that role --------------------------

def test_their_mother_is_not_the_mother_of_two(nlp):
    text = ("date 2024-11-05\nKirsten Dale, the mother of two and a staff nurse, was at work. Her uncle, Hugh Amis, "
            "60, said his sister, Jean Amis, had helped. Their mother, who died in 2019, ran the mill shop.\n")
    ex, names = _run(nlp, text)
    deaths = {names[f.subject]: f.value for f in ex.facts if f.relation == "death"}
    assert "Kirsten Dale" not in deaths and deaths.get("Their mother") == "2019"


def test_his_father_is_not_a_father_of_three(nlp):
    text = ("date 2023-02-02\nDan Orr, a father of three, coaches the under-tens. Lena Voss said her brother, Erik Voss, "
            "was a goalkeeper. Their father, who drowned in 1988, had built the clubhouse.\n")
    ex, names = _run(nlp, text)
    deaths = {names[f.subject]: f.value for f in ex.facts if f.relation == "death"}
    assert "Dan Orr" not in deaths and deaths.get("Their father") == "1988"


def test_unnamed_relative_with_a_death_clause_keeps_the_death(nlp):
    text = "date 2024-03-03\nGreta Sand, 71, runs the ferry café. Her husband, who died last year, built it.\n"
    ex, names = _run(nlp, text)
    deaths = {names[f.subject]: f.value for f in ex.facts if f.relation == "death"}
    assert deaths.get("Greta Sand") is None and "2023" in deaths.values()


# ---- 'who' after a place under a copula's noun: the copula's subject ----------------------------

def test_schoolmaster_in_a_town_who_died(nlp):
    text = "date 2025-06-15\nHis own father, the bride's grandfather, was a schoolmaster in Thanet who died in 1979, aged 58.\n"
    ex, _names = _run(nlp, text)
    ages = [(f.value, f.as_of, f.born_between) for f in ex.facts if f.relation == "age"]
    assert ages == [(58, "1979", ("1920-01-02", "1921-12-31"))]
    assert [f.value for f in ex.facts if f.relation == "death"] == ["1979"]


def test_named_nurse_in_a_city_who_died(nlp):
    lives = _lives(nlp, "date 2020-02-02\nLena Brisk was a nurse in Gdansk who died in 1990, aged 66.\n")
    assert lives[("death", "Lena Brisk")][0] == "1990" and lives[("age", "Lena Brisk")][:2] == (66, "1990")


def test_named_miner_at_a_pit_who_was_killed(nlp):
    lives = _lives(nlp, "date 2020-02-02\nHer grandfather, Amos Pike, was a miner at Tredegar who was killed in 1934.\n")
    assert lives[("death", "Amos Pike")][0] == "1934"


# ---- a bare 'passed' or an active 'killed' is no death, so 'aged N' after it is no age at death --

def test_passed_a_test_is_no_age_at_death(nlp):
    lives = _lives(nlp, "date 2021-01-01\nAnn Ray passed her driving test in 1990 aged 17.\n")
    assert ("death", "Ann Ray") not in lives and ("age", "Ann Ray") not in lives


def test_killed_a_stag_is_no_age_at_death(nlp):
    lives = _lives(nlp, "date 2021-01-01\nBo Lind killed his first stag in 1999, aged 15.\n")
    assert not any(rel == "death" for rel, _ in lives)
    # (an age after the clause's date holds on that date, set 13: no age at death, none today)
    assert all(v[1] == "1999" for (rel, _), v in lives.items() if rel == "age")


def test_passed_away_and_a_passive_killed_are_still_deaths_with_their_ages(nlp):
    text = ("date 2021-01-01\nMargaret Hollis, who passed away in 2015, aged 93, left her house to the village. "
            "Her nephew, Colin Hollis, was killed in a climbing fall in 1987, aged 29.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Margaret Hollis")][0] == "2015" and lives[("age", "Margaret Hollis")][:2] == (93, "2015")
    assert lives[("age", "Colin Hollis")][:2] == (29, "1987")


# ---- ", who died" after the last name of a list is that name's, whatever 'who' was linked to ------

def test_who_died_after_the_last_child_of_a_list(nlp):
    text = ("date 2024-04-02\nPiotr and Ewa Nowak married in 1950. The couple had three children: Ola, Piotr and Kasia, "
            "who died of measles in 1962, aged four.\n")
    lives = _lives(nlp, text)
    assert lives[("death", "Kasia")][0] == "1962" and lives[("age", "Kasia")][:2] == (4, "1962")
    assert ("death", "Ola") not in lives


def test_who_drowned_after_the_last_son_of_a_list(nlp):
    lives = _lives(nlp, "date 2024-04-02\nHari Rao has three sons: Dev, Arun and Mohan, who drowned in 1999 at the age of 12.\n")
    assert lives[("death", "Mohan")][0] == "1999" and lives[("age", "Mohan")][:2] == (12, "1999")
    assert ("death", "Dev") not in lives


def test_who_was_killed_after_the_last_name_of_a_list(nlp):
    text = "date 2024-04-02\nThe quartet was Ines, Marta, Sofia and Lena, who was killed in a crash in 2004, aged 30.\n"
    lives = _lives(nlp, text)
    assert lives[("death", "Lena")][0] == "2004" and lives[("age", "Lena")][:2] == (30, "2004")
