"""Constructions from the development folders (the seventy-fourth set among them, made development
this session), 2026-12-07, session from 15:02 UTC. Each is checked on text written for these
tests."""

from __future__ import annotations

from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts


def _entity(ex, name):
    return next(e for e in ex.entities if e.name == name)


def _mentions(ex, name):
    return [m.text for m in _entity(ex, name).mentions]


_NOTICE = ("date 2025-08-20\nOBITUARIES | KERRY\n\nThe shopkeeper who knew every customer's order\n\n"
           "Nora Kissane, who ran the village shop in Lispole for fifty years, died on Sunday at her home. She was 91.\n\n"
           "She married Dan Kissane, a carpenter, in 1958. She is survived by their three children: Padraig, 64, "
           "who runs the shop today; Maura; and twins Eoin and Aine, 55.\n\n"
           "\"Mam never forgot a name,\" said Padraig Kissane. \"Or a debt.\"\n\n"
           "Among the tributes was one from the Tralee auctioneer Colm Kissane, who shares the surname but is "
           "not one of the family.\n\n"
           "A spokeswoman for the county council said Mrs Kissane had been the oldest shopkeeper in the county.\n")


def test_a_married_womans_title_goes_to_the_obituarys_subject_not_a_namesake(nlp):
    """'Mrs Kissane' past a namesake whose own clause says he is not one of the family, and a son
    mentioned by name twice: the woman the notice is about, named in the sentence under its
    headline. No gender reaches the namesake."""
    ex, names = _run(nlp, _NOTICE)
    assert "Mrs Kissane" in _mentions(ex, "Nora Kissane"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert _entity(ex, "Colm Kissane").gender is None


def test_twins_in_a_survivor_list_are_no_siblings_of_the_dead(nlp):
    """'...; and twins Eoin and Aine, 55' in the list of her children: twins of each other and her
    children, not her brother and sister."""
    ex, names = _run(nlp, _NOTICE)
    facts = _facts(ex, names)
    assert ("sibling", "Nora Kissane", "Eoin") not in facts and ("sibling", "Nora Kissane", "Aine") not in facts, facts
    assert {("child", "Nora Kissane", "Eoin"), ("child", "Nora Kissane", "Aine")} <= facts, facts


def test_a_possessed_sister_of_a_town_is_no_nursing_post(nlp):
    """'her sister, Kathleen Walsh, 83, of Dingle': a kin noun with a possessive is a relative,
    not the ward sister's post at whatever the town was taken for."""
    ex, names = _run(nlp, "date 2025-08-20\nMary Flynn died on Tuesday in the Kerry General Hospital, Tralee. She was 86. "
                          "She left school at fourteen to work at Walsh's Drapery in Tralee. She also leaves her sister, "
                          "Kathleen Walsh, 83, of Tralee, and nine grandchildren. Among the tributes was one from the "
                          "Tralee solicitor Gerard Walsh.\n")
    facts = _facts(ex, names)
    assert ("sibling", "Mary Flynn", "Kathleen Walsh") in facts
    assert not any(f[0] in ("title", "occupation", "employer") and f[1] == "Kathleen Walsh" for f in facts), facts


def test_cr_is_a_councillors_title(nlp):
    """'Cr Hatch, 61' (the Australian councillor's title) is the woman named 'Bronwyn Hatch'
    before, not a later 'Cr Dean Hatch'; 'Cr Dean Hatch' holds the post of councillor."""
    ex, names = _run(nlp, "date 2025-10-23\nGrain grower Bronwyn Hatch was elected shire president on Wednesday. "
                          "Cr Hatch, 61, was chosen unopposed. Cr Dean Hatch, who was returned for a third term, "
                          "is no kin of the new president.\n")
    assert "Cr Hatch" in _mentions(ex, "Bronwyn Hatch"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert ("title", "Dean Hatch", "councillor") in _facts(ex, names)


def test_a_shire_and_a_body_named_with_an_acronym_are_organisations(nlp):
    """'the Shire of Wirrinya' is a council, though a headline's 'Wirrinya's first woman shire
    president' and the lede's place before a job make its last word look like somebody's (her
    father and her pronouns went to it); and 'Wirrinya CWA' (an acronym after the town) is a
    body. A signature in capitals stays a person's name."""
    ex, _ = _run(nlp, "date 2025-10-23\nLOCAL GOVERNMENT | WIRRINYA\n\nWheat farmer becomes Wirrinya's first woman shire "
                      "president\n\nWirrinya wheat farmer Joy Pettit was elected shire president at the first meeting of "
                      "the new Shire of Wirrinya council on Wednesday, 30 years after her father last held the chair.\n\n"
                      "Cr Pettit, 58, was chosen unopposed by her fellow councillors. Her late father, Len Pettit, was "
                      "shire president from 1991 to 1995.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Shire of Wirrinya") == "ORG", types
    assert "Cr Pettit" in _mentions(ex, "Joy Pettit"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    ex, _ = _run(nlp, "date 2025-10-23\nProceedings opened with a minute's silence for former councillor Norm Pettit, "
                      "who died on Monday aged 90. Mr Pettit, a sheep farmer, sat on the council from 1975 until 1999.\n\n"
                      "Councillors also approved $18,000 towards a new kitchen at the Wirrinya CWA hall. Branch president "
                      "Mrs Pam Kelly said the old stove had gone in \"about the time Norm was first elected\".\n")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Wirrinya CWA") == "ORG", types
    ex, _ = _run(nlp, "date 2023-02-14\nSir, - My father, Walter Ruddock, ran the shop until 1994.\n\nEDNA MARSH (née Ruddock), Thornby\n")
    assert {e.type for e in ex.entities if "EDNA" in e.name or "Edna" in e.name} <= {"PERSON"}, [(e.name, e.type) for e in ex.entities]


def test_the_business_goes_back_to_the_firm_the_text_called_so(nlp):
    """'Kgari Furnishers ... the family-owned business ... defence attorney X, of Molefe &
    Partners ... The business was founded in 1987': the furniture firm, named first and called a
    business, not the law firm named since."""
    ex, _ = _run(nlp, "date 2025-04-16\nA former manager of Kgari Furnishers was jailed on Monday for stealing "
                          "P312,000 from the family-owned business.\n\nIn mitigation, defence attorney Thato Molefe, "
                          "of Molefe & Partners, said his client was sorry.\n\nThe business was founded in 1987 by "
                          "the late Motsamai Kgari (1941 - 2016). His widow, Kelebogile Kgari, 79, remains a "
                          "director of the company.\n")
    assert "The business" in _mentions(ex, "Kgari Furnishers"), [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert "The business" not in _mentions(ex, "Molefe & Partners")


def test_a_lone_given_name_between_semicolons_is_one_of_the_children(nlp):
    """'have three children: Dafydd, 31, a vet in Lampeter; Lowri; and Nia, who is nineteen': the
    parser hangs 'Lowri' on the town before it, but she is the second child, and Nia the third."""
    ex, names = _run(nlp, "date 2025-10-03\nEmyr Rowlands is 58. He and his wife, Sian, 56, married in 1992 and have "
                          "three children: Dafydd, 31, a vet with Cothi Valley Vets in Lampeter; Lowri; and Nia, who is "
                          "nineteen and studying agriculture at Aberystwyth University.\n")
    facts = _facts(ex, names)
    for child in ("Dafydd", "Lowri", "Nia"):
        assert ("child", "Emyr Rowlands", child) in facts and ("child", "Sian", child) in facts, (child, facts)


def test_a_plural_kin_word_before_a_possessive_opens_a_bodys_name(nlp):
    """"our Mothers' Union branch": 'Mothers' is no kin noun or title set before a name here but
    the first word of the union's, which the new president and her predecessor serve."""
    ex, names = _run(nlp, "date 2025-07\nMrs Iris Rollock, a retired nurse, is the new president of our Mothers' Union "
                          "branch. She succeeds Mrs Hyacinth Best, who led the branch for nine years.\n")
    facts = _facts(ex, names)
    assert ("employer", "Iris Rollock", "Mothers' Union") in facts, facts
    assert ("employer", "Hyacinth Best", "Mothers' Union") in facts, facts


def test_a_ranked_magistrate_before_a_name_holds_the_post(nlp):
    """'Grade One Magistrate Harriet Nakato', tagged whole as an organisation: the name after the
    capitalised post is a person's, and she is a magistrate."""
    ex, names = _run(nlp, "date 2025-09-16\nThe cheques were forged, Grade One Magistrate Harriet Nakato said on Monday.\n")
    assert ("title", "Harriet Nakato", "magistrate") in _facts(ex, names), [(e.name, e.type) for e in ex.entities]


def test_a_couple_married_past_a_relative_clause_counts_its_children(nlp):
    """'Neville and his wife, Karen, 55, who runs the club's canteen, married in 1995 and have
    three children': the parser hangs 'married' on the first name past the clause; the marriage
    and the count are still the couple's."""
    ex, names = _run(nlp, "date 2025-10-12\nAlana Targett, 24, won on Saturday, ahead of her father, Neville Targett, 57. "
                          "Neville and his wife, Karen, 55, who runs the club's canteen, married in 1995 and have three children.\n")
    facts = _facts(ex, names)
    assert ("number_of_children", "Neville Targett", 3) in facts and ("number_of_children", "Karen", 3) in facts, facts
    assert ("event", "Neville Targett", "Karen") in facts, facts


def test_an_unknown_trade_before_his_wife_is_a_parent(nlp):
    """'the eldest of five children of a canal patwari and his wife, Zainab Bibi': a trade the
    lexicon does not know (tagged a nationality, even) is still the father, whose wife she is; he
    is not the subject's husband."""
    ex, names = _run(nlp, "date 2025-06-24\nGhulam Bhutta died on Monday. Born in Shujabad in 1938, he was the eldest of "
                          "five children of a canal patwari and his wife, Zainab Bibi.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Ghulam Bhutta", "Zainab Bibi") not in facts, facts
    assert ("child", "Zainab Bibi", "Ghulam Bhutta") in facts, facts
    assert ("child", "a canal patwari", "Ghulam Bhutta") in facts, facts


def test_a_post_the_parser_made_a_second_subject_is_the_names(nlp):
    """'Ivone, a nurse at Hospital Geral Roberto Santos, runs the academy with her husband, ...':
    the parser takes the apposition for a second subject of 'runs'; the post and its employer are
    still the name's set off before it."""
    ex, names = _run(nlp, "date 2025-06-17\nIvone Conceição dos Santos, 52, took over the academy in 2019. Ivone, a nurse at "
                          "Hospital Geral Roberto Santos, runs the academy with her husband, Marcos Pereira, 55, a bus "
                          "driver, and her younger brother, Raimundo Filho, 47, who teaches the children's classes.\n")
    facts = _facts(ex, names)
    assert any(f[0] == "title" and f[2] == "nurse" and f[1] and "Ivone" in f[1] for f in facts), facts
    assert any(f[0] == "employer" and f[2] == "Hospital Geral Roberto Santos" and f[1] and "Ivone" in f[1] for f in facts), facts


def test_the_company_is_the_firm_named_first_and_called_so_since(nlp):
    """A furniture firm named once, then called 'the family-owned business' and 'the company';
    a law firm named once in passing in between: 'a director of the company' works for the
    furniture firm, not for the lawyers, whose name is the one 'of the company's kind'."""
    ex, names = _run(nlp, "date 2025-04-16\nA former manager of Kgari Furnishers was jailed on Monday for stealing "
                          "P312,000 from the family-owned business.\n\nTebogo Raditladi, 41, who ran the company's "
                          "showroom, pleaded guilty.\n\nIn mitigation, defence attorney Thato Molefe, of Molefe & "
                          "Partners, said his client was sorry.\n\nThe business was founded in 1987 by the late "
                          "Motsamai Kgari (1941 - 2016). His widow, Kelebogile Kgari, 79, remains a director of the "
                          "company. The firm's bookkeeper, Gaone Mothibi, retired last year.\n")
    facts = _facts(ex, names)
    assert ("employer", "Kelebogile Kgari", "Kgari Furnishers") in facts, facts
    assert ("employer", "Kelebogile Kgari", "Molefe & Partners") not in facts, facts


def test_who_after_a_description_set_off_after_a_name_is_the_named(nlp):
    """'named after Bruce Templeton, the surf club stalwart who died last year aged 71. Templeton,
    a builder, ...': the parser makes the description a predicate of 'named', but 'who' is the man
    named before its comma, so the death and the age at death are his."""
    ex, names = _run(nlp, "date 2022-08-09\nA park in Geelong will be named after Bruce 'Bluey' Templeton, the surf club stalwart "
                          "who died last year aged 71. Templeton, a builder, was honoured for saving 14 swimmers at "
                          "Torquay in the 1970s. His widow, Sharon, 69, will unveil the sign.\n")
    facts = _facts(ex, names)
    assert ("death", "Bruce 'Bluey' Templeton", "2021") in facts and ("age", "Bruce 'Bluey' Templeton", 71) in facts, facts


def test_an_unnamed_relative_aged_in_a_clause_is_described(nlp):
    """'to care for his mother, who is 91': an age in a relative clause describes the unnamed
    mother as ', 91' does, so she is his parent with an age and a gender."""
    ex, names = _run(nlp, "date 2025-09-16\nHuw Jenkins has stood down from the council to care for his mother, who is 91.\n")
    facts = _facts(ex, names)
    mother = next((e for e in ex.entities if e.name == "Huw Jenkins's mother"), None)
    assert mother is not None, [(e.name, [m.text for m in e.mentions]) for e in ex.entities]
    assert ("parent", "Huw Jenkins", "Huw Jenkins's mother") in facts and ("age", "Huw Jenkins's mother", 91) in facts, facts
    assert ("gender", "Huw Jenkins's mother", "female") in facts, facts
