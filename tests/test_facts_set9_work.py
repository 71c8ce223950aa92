"""Issue 9, the ninth set's work facts (titles, employers, occupations): general fixes, each
checked on fictional constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _of(facts, relation, who):
    return {f[2] for f in facts if f[0] == relation and f[1] == who}


# ---- 'the company' / 'the firm': the organisation the article is about --------------------------

def test_the_company_is_the_article_organisation_not_the_one_named_last(nlp):
    text = ("date 2024-05-02\nGlasgow brewer Ardmore Ales has hired Nina Kerr as head brewer. "
            "Kerr, 44, joins from Brackley Ales. Before that she worked at Pentland Hops.\n\n"
            "Her predecessor, Hugh Baird, ran the company from 1990 until last year.\n\n"
            "Tom Reid, an analyst at Lomond Research, said the hire was overdue. "
            "A spokesman for the company said Kerr would start in May.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Hugh Baird") == {"Ardmore Ales"}
    spokes = [f for f in facts if f[0] == "employer" and f[2] == "Ardmore Ales" and f[1] and "spokes" in f[1]]
    assert spokes, facts


def test_the_firm_that_acted_just_before_is_meant(nlp):
    # an organisation that is the subject or the agent in the sentence before is the one meant,
    # over the one the article named most
    for sentence in ("The old brewhouse has been bought by Morland Pike Developments.",
                     "Last week Morland Pike Developments bought the old brewhouse.",
                     "The brewhouse was sold in May to a builder, and Morland Pike Developments will convert it."):
        text = ("date 2024-05-02\nBrackley Ales has brewed beer in Leek since 1890. Brackley Ales will close in June, and "
                f"Brackley Ales staff will move to Derby.\n\n{sentence} Ruth Moss, who joined the company from the York firm "
                "Dunmore Homes in 2012, will run the site.\n")
        facts = _facts(nlp, text)
        assert "Morland Pike Developments" in _of(facts, "employer", "Ruth Moss"), (sentence, facts)
        assert "Brackley Ales" not in _of(facts, "employer", "Ruth Moss"), sentence


def test_an_organisation_announcing_a_title_employs_its_holder(nlp):
    text = ("date 2024-05-02\nHarrow Vale Foods makes biscuits in Leek. Separately, the company said operations director "
            "Joel Marsh, 58, will retire in May. Kestrel Freight confirmed that its chief executive Amy Ling had resigned. "
            "Dunlow Foods said finance director Omar Lutz would leave.\n")
    facts = _facts(nlp, text)
    assert ("title", "Joel Marsh", "operations director") in facts
    assert _of(facts, "employer", "Joel Marsh") == {"Harrow Vale Foods"}
    assert not _of(facts, "occupation", "Joel Marsh")
    assert _of(facts, "employer", "Amy Ling") == {"Kestrel Freight"}
    assert _of(facts, "employer", "Omar Lutz") == {"Dunlow Foods"}


# ---- possessive posts -----------------------------------------------------------------------------

def test_a_possessive_post_past_a_rank_and_with_a_two_word_field(nlp):
    text = ("date 2024-05-02\nWestmarch Police closed the road on Monday. The force's head of road safety, "
            "Sergeant Olu Bankole, said the lights had failed. Tarn Valley Council met later. The council's head of adult care, "
            "Dr Mina Shah, spoke first. The club's secretary, Mrs Edie Lowe, took notes.\n")
    facts = _facts(nlp, text)
    assert ("title", "Olu Bankole", "head of road safety") in facts
    assert _of(facts, "employer", "Olu Bankole") == {"Westmarch Police"}
    assert ("title", "Mina Shah", "head of adult care") in facts
    assert _of(facts, "employer", "Mina Shah") == {"Tarn Valley Council"}
    assert not any(f[0] == "title" and f[2] == "head of road" for f in facts)


def test_a_unit_of_the_organisation_is_work_there(nlp):
    text = ("date 2024-05-02\nEastholm Police said the van was stolen. Detective Sergeant Ian Cole, of the force's "
            "rural crime team, asked farmers to check sheds. The Harbour Trust also spoke. Lena Hart, 39, of the trust's "
            "marine survey unit, said the quay was safe. Ben Ode, of the trust's legal department, agreed.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Ian Cole") == {"Eastholm Police"}
    assert _of(facts, "employer", "Lena Hart") == {"Harbour Trust"}
    assert _of(facts, "employer", "Ben Ode") == {"Harbour Trust"}


def test_as_its_post_after_any_verb(nlp):
    text = ("date 2024-05-02\nNora Pike had left Kelby Rowing Club, where she had run the books as its treasurer since 2001. "
            "At Dunmore Chess Society, Alan Fry kept the minutes as its secretary for a decade. "
            "Omar Said looked after the pitch at Greyfield Cricket Club as its groundsman.\n")
    facts = _facts(nlp, text)
    assert ("title", "Nora Pike", "treasurer") in facts
    assert _of(facts, "employer", "Nora Pike") == {"Kelby Rowing Club"}
    assert ("title", "Alan Fry", "secretary") in facts
    assert ("title", "Omar Said", "groundsman") in facts


def test_a_possessive_of_a_noun_the_text_apposed_to_a_name(nlp):
    text = ("date 2024-05-02\nThe deal was agreed with Selby Marine, the Hull shipbroker, on Friday. The shipbroker's "
            "head of dry cargo, Piet Alders, said rates would rise. Talks with Ostra Bank, a Danish lender, went on. "
            "The lender's chief risk officer, Sanne Holm, declined to comment.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Piet Alders") == {"Selby Marine"}
    assert _of(facts, "employer", "Sanne Holm") == {"Ostra Bank"}
    assert _of(facts, "title", "Sanne Holm") == {"chief risk officer"}


def test_a_possessive_post_with_no_organisation_named_is_the_post_alone(nlp):
    text = ("date 2024-05-02\nThe big top went up on Monday. Lila Grey is the circus's trapeze artist. "
            "The show's longest-serving juggler, Remy Vos, turned 70. Ada Stone, 61, is the agency's senior clerk.\n")
    facts = _facts(nlp, text)
    assert ("title", "Lila Grey", "trapeze artist") in facts
    assert not _of(facts, "occupation", "Lila Grey")
    assert ("title", "Remy Vos", "juggler") in facts
    assert not _of(facts, "employer", "Remy Vos")


def test_of_which_a_person_was_its_post(nlp):
    text = ("date 2024-05-02\nA spokesman for the Northern Bowls Association, of which Tom Hale was chairman from 1990 "
            "until 2001, paid tribute. The Fenwick Hospital Trust, of which Margaret Ellison is secretary, agreed. "
            "The Larch Housing Society, of which Samuel Okafor had been treasurer, agreed.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Tom Hale") == {"Northern Bowls Association"}
    assert ("title", "Tom Hale", "chairman") in facts
    assert _of(facts, "employer", "Margaret Ellison") == {"Fenwick Hospital Trust"}
    # a society's officers work for it in every news gold file that names one (2026-12-01)
    assert _of(facts, "employer", "Samuel Okafor") == {"Larch Housing Society"}


# ---- posts at an organisation read from the parse -------------------------------------------------

def test_a_spell_as_a_post_at_an_organisation(nlp):
    text = ("date 2024-05-02\nRuth Lane spent a decade as a claims handler at Fenmore Insurance. "
            "Tariq Aziz spent six years as a junior analyst at Coldharbour Bank before that. "
            "Oona Pell spent the night at Fenmore Insurance.\n")
    facts = _facts(nlp, text)
    assert _of(facts, "employer", "Ruth Lane") == {"Fenmore Insurance"}
    assert _of(facts, "employer", "Tariq Aziz") == {"Coldharbour Bank"}
    assert ("title", "Tariq Aziz", "junior analyst") in facts
    assert not _of(facts, "employer", "Oona Pell")


def test_a_saints_possessive_names_the_hospital_or_school(nlp):
    # where the entity stage left the short name unmarked, "St Brede's" after a role's 'at' is
    # the organisation named in full before
    for full, short, role in (("St Brede's Hospital", "St Brede's", "a staff nurse"),
                              ("St Aidan's College", "St Aidan's", "a librarian"),
                              ("St Olave's Infirmary", "St Olave's", "a midwife")):
        text = f"date 2024-05-02\nThe boy was taken to {full} on Monday. His aunt, Mia Dunn, {role} at {short}, was on shift.\n"
        entities, facts, names = _without(nlp, text, short)
        assert ("employer", "Mia Dunn", full) in facts, (full, facts)


def test_an_official_of_a_department_works_there(nlp):
    text = ("date 2024-05-02\nAn official of the Fisheries Department said the quota would hold. "
            "A Transport Ministry official, Ravi Nair, agreed. A party official, Jo Tate, did not.\n")
    facts = _facts(nlp, text)
    officials = [f for f in facts if f[0] == "employer" and f[2] == "Fisheries Department"]
    assert officials, facts
    assert not _of(facts, "employer", "Jo Tate")


def _without(nlp, text, short, retype=None):
    """Facts from ``text`` with the mentions of ``short`` the entity stage made taken away (or,
    with ``retype``, that organisation typed a person with a relative 'who' hung on it), as the
    entity stage leaves them in other articles."""
    from dateline import nlp as nlp_mod
    from dateline.extractors.entities import extract_entities
    from dateline.extractors.facts import extract_facts
    from dateline.extractors.times import extract_times
    from dateline.model import Mention
    from dateline.read import from_dated_text

    article = from_dated_text(text, source="t", article_id="t")
    doc = next(nlp_mod.pipe([article], nlp=nlp))
    entities = extract_entities(doc)
    for e in entities:
        if retype is not None and e.name == retype:
            at = text.index(", who") + 2
            e.type = "PERSON"
            e.mentions = [*e.mentions, Mention(start=at, end=at + 3, text="who", kind="pronoun")]
        e.mentions = [m for m in e.mentions if m.text != short]
    entities = [e for e in entities if e.mentions]
    facts = extract_facts(doc, article, entities, extract_times(doc, article))
    names = {e.id: e.name for e in entities}
    return entities, {(f.relation, names[f.subject], names.get(f.object or "", f.value)) for f in facts}, names


def test_a_one_off_name_after_at_with_only_a_relative_who(nlp):
    # the entity stage may type a one-word firm as a person and hang the next 'who' on it: with
    # no other pronoun, description or gender it is still the organisation after 'at'
    for person, org in (("Dan Roe", "Dunlow Foods"), ("Eve Salt", "Kelby Motors"), ("Ian Moss", "Harrow Vale Foods")):
        text = f"date 2024-05-02\nThe first to reach him was {person}, 31, a driver at {org}, who was parked nearby.\n"
        _, facts, _ = _without(nlp, text, "", retype=org)
        assert ("employer", person, org) in facts, (org, facts)


# ---- occupations ----------------------------------------------------------------------------------

def test_a_job_before_the_name_after_married_met_or_with(nlp):
    text = ("date 2024-05-02\nIn 1980 Tom Hale married a tightrope walker, Maria Conti, in Leeds. "
            "She later met a Norwegian acrobat, Lars Dahl, on tour. He opened the shop with a ship's chandler, Ezra Finch.\n")
    facts = _facts(nlp, text)
    assert ("occupation", "Maria Conti", "tightrope walker") in facts
    assert ("occupation", "Lars Dahl", "acrobat") in facts
    assert ("occupation", "Ezra Finch", "ship's chandler") in facts


def test_circus_and_other_trades_from_copulas_and_appositions(nlp):
    text = ("date 2024-05-02\nTheir son, Rocco, 23, is a juggler. Ida Marr, 70, a retired lollipop lady, waved. "
            "Mr Pike, a former scaffolder, fell. Enzo Bell (1910 - 1980), a tightrope walker from Turin, died young.\n")
    facts = _facts(nlp, text)
    assert ("occupation", "Rocco", "juggler") in facts
    assert ("occupation", "Ida Marr", "lollipop lady") in facts
    assert ("occupation", "Enzo Bell", "tightrope walker") in facts


def test_a_retired_job_after_a_name_with_its_honorific(nlp):
    for name, said, job in (("Ann Roe", "Mrs Roe, a retired lollipop lady,", "lollipop lady"),
                            ("Tom Hale", "Mr Hale, a former welder,", "welder"),
                            ("Ivy Lane", "Dr Lane, a retired midwife,", "midwife")):
        text = f"date 2024-05-02\n{name} was at the bus stop on Monday. {said} said the lights had failed.\n"
        assert ("occupation", name, job) in _facts(nlp, text), name


def test_an_opening_description_past_a_dateline(nlp):
    for opener, job in (("KOCHI: A fishmonger from Vypin has won", "fishmonger"),
                        ("LEEDS - A retired postman has been found", "postman"),
                        ("HULL (AP) - A delivery driver from Goole has won", "delivery driver")):
        text = f"date 2024-05-02\n{opener} the top prize.\n\nRajan Pillai, 52, bought the ticket on Monday.\n"
        facts = _facts(nlp, text)
        assert ("occupation", "Rajan Pillai", job) in facts, (opener, facts)


def test_a_parents_trade_keeps_its_hyphened_word(nlp):
    text = ("date 2024-05-02\nIts manager, Ravi Das, the son of a Kollam jute-mill worker, spoke. "
            "Ana Gil, the daughter of a sheep-farm hand, agreed. Tom Lee, the son of a tin-mine labourer, nodded.\n")
    facts = _facts(nlp, text)
    trades = {f[2] for f in facts if f[0] == "occupation"}
    assert "jute-mill worker" in trades, facts
