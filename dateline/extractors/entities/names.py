"""Pass 1: name spans. spaCy's PERSON/ORG ents repaired (a split name re-joined, a leading
first name added, ``Luna, 4,`` read as a person, platforms typed as products), plus the names
the small model missed (``missed``, found by the positions news prose puts names in)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extractors.entities import nameparts
from dateline.extractors.entities.agednames import aged_names
from dateline.extractors.entities.agewords import _age_follows
from dateline.extractors.entities.bracketspouses import bracketed_spouse_names
from dateline.extractors.entities.bylines import byline_names
from dateline.extractors.entities.classyears import class_year_names
from dateline.extractors.entities.common import common_opener, mid_capitals
from dateline.extractors.entities.couples import paired_names, two_first_names
from dateline.extractors.entities.eponyms import eponym_names
from dateline.extractors.entities.givenplaces import demonym_lead, placed_given_start
from dateline.extractors.entities.hyphenchains import in_hyphen_chain
from dateline.extractors.entities.hyphenednames import gaelic_names, hyphened_given_names, suffixed_names
from dateline.extractors.entities.initials import initialled_names, with_initials
from dateline.extractors.entities.joinedplaces import joined_place_start
from dateline.extractors.entities.kinwords import trade_before_couple
from dateline.extractors.entities.leadgiven import untagged_given
from dateline.extractors.entities.leadwords import name_start
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.linkednames import connector_names
from dateline.extractors.entities.lonenames import _lone_names
from dateline.extractors.entities.mastheads import desk_tokens, group_greetings, masthead_orgs, script_cues
from dateline.extractors.entities.missed import _missed_names, _NameSpan, of_org_end, place_body_end
from dateline.extractors.entities.nameaffixes import post_nominal_marks, title_tagged_alone
from dateline.extractors.entities.nameparts import (
    compound_head_end,
    join_split_names,
    particle_end,
    particle_start,
)
from dateline.extractors.entities.nameshapes import (
    THOROUGHFARES,
    _bare_possessive,
    _common_acronym,
    _conjoined_first_names,
    _honour_after_name,
    _made_in_year,
    _noun_modifier,
    _office_of,
    _org_tail,
    _past_dateline,
    _plural_kin,
    _plural_title,
    _trade_origin,
    before_address,
    bracketed_spouse,
    common_tail,
    described_origin,
    hyphened_end,
    hyphened_trade_origin,
    institution_thing,
    joined_ent_end,
    kin_and_comma_bounds,
    kin_apposed_name,
    named_business,
    numbered_unit,
    office_only,
    org_tail_named,
    person_clause_after,
    place_named_once,
    plural_team,
    town_before_trade,
    without_offices,
)
from dateline.extractors.entities.nicknames import join_nicknamed
from dateline.extractors.entities.notices import in_address, inverted_names, notice_deceased, notice_town, street_end
from dateline.extractors.entities.otherlabels import other_label_names
from dateline.extractors.entities.patronymics import patronymic_end
from dateline.extractors.entities.personal import regnal_names
from dateline.extractors.entities.placemodifiers import natural_place, town_before_description
from dateline.extractors.entities.places import (
    _place_before_role,
    _place_modifier,
    _place_named,
    _place_once,
    birthplace,
    dateline_places,
    dateline_tokens,
    kin_apposed,
    local_person_place,
    national_arms,
    place_every_use,
    resident_place,
    who_follows,
    wire_dateline,
)
from dateline.extractors.entities.placeuses import place_in_and_before_nouns, place_named_throughout, road_named
from dateline.extractors.entities.relabels import relabelled
from dateline.extractors.entities.roles import _after_titled_role, _role_before_name, holder_after_org
from dateline.extractors.entities.signatures import signature_names
from dateline.extractors.entities.speakernames import speaker_names
from dateline.extractors.entities.splitnames import joined_person_ents, spoken_for_orgs
from dateline.extractors.entities.syntax import (
    _family_modifier,
    _is_name_token,
    _possessive,
    common_elsewhere,
)
from dateline.extractors.entities.titlenames import capitalised_role_end, title_as_name
from dateline.extractors.entities.townlands import name_then_townland, rank_apposed, townland_after_name
from dateline.extractors.entities.untaggedorgs import ampersand_names, founded, line_bounds, station_end, untagged_orgs
from dateline.extractors.entities.workcouples import couple_as_work
from dateline.extractors.entities.workposts import set_in_place, staff_at
from dateline.nlp import columns, ents_of, text_of, tokens_of, where_in

# plural people's nouns a body's name puts before its possessive ("Women's Njangi", "Farmers' Sacco")
_GROUP_PLURALS = frozenset({"women", "men", "ladies", "mothers", "fathers", "farmers", "workers", "teachers", "traders", "growers",
                            "fishermen", "veterans", "widows", "parents", "youths", "elders", "nurses", "miners", "drivers"})


def _couple_spans(doc: Doc, s: int, and_at: int, e: int, extraction: bool) -> list[_NameSpan]:
    """'Anil and Reena Dutta' over ``doc[s:e]`` with "and" at ``and_at``: two people named as a
    pair, the first by a given name that shares the second's surname (naming._shared_surname)."""
    return [_NameSpan(s, and_at, "PERSON", pair=True, surname=e - 1),
            _NameSpan(and_at + 1, e, "PERSON", age=_age_follows(doc, e, extraction), pair=True)]


def _name_spans(doc: Doc, lex: Lexicon, sent_start_of: list[int], drop_common: bool = False) -> list[_NameSpan]:
    taken = [False] * len(doc)
    toks = tokens_of(doc)  # toks[i] makes a new Token each time
    # (the per-word tests of the ent loop below read the columns: a Token's attribute is a lookup each time)
    cols = columns(doc)
    c_low, c_text, c_tag, c_idx, c_ent, c_alpha = cols.lower, cols.text, cols.tag, cols.idx, cols.ent_type, cols.is_alpha
    spans: list[_NameSpan] = []
    ents = ents_of(doc)
    if drop_common:
        ents = spoken_for_orgs(doc, joined_person_ents(doc, list(ents), lex), lex)  # ("María Fernanda" ORG + "Alvarado Quizhpi" PERSON: one name)
    given = nameparts.given_pairs(ents, lex) if drop_common else frozenset()  # (read at extraction only)
    spans.extend(regnal_names(doc, lex, taken))  # before the ents: "George V" over a PERSON "George"
    # ``drop_common`` is set at extraction only: the rules below that read ``extraction`` leave
    # the spans the pronoun ranker is trained on (GAP) as they were, so its model stays the same
    extraction = drop_common
    if extraction:
        spans.extend(class_year_names(doc, lex, taken))  # "Ann Lowe (Law, 1990)": before the ents, which tag "Law"
        spans.extend(_NameSpan(s, e, "PERSON") for s, e in bracketed_spouse_names(doc, taken))  # "Marcia Greenidge (Winston),"
        spans.extend(inverted_names(doc, lex, taken))  # "PENNICOTT, Harold James,": before the ents, which tag "PENNICOTT" ORG
        spans.extend(signature_names(doc, lex, taken))  # "MARGARET OGIER, St Sampson's" closing a letter
        spans.extend(masthead_orgs(doc, lex, taken))  # "ST AIDAN'S PRIMARY SCHOOL - SUMMER NEWSLETTER"
        spans.extend(byline_names(doc, lex, taken, by_only=True))  # "By Clodagh Rafferty, Marine Correspondent"
        for k in desk_tokens(doc):
            taken[k] = True  # "BUSINESS | MARIJA BISTRICA": a desk line's place, tagged a person, names nobody
        script_cues(doc, taken)  # "REPORTER (VO):"
        group_greetings(doc, taken)  # "Dear Friends,"
        eponym_names(doc, lex, taken)  # "Parkinson's disease", "Cassin's finch"
        spans.extend(_NameSpan(s, e, "ORG") for s, e in ampersand_names(doc, taken))  # "Wanda & the Wagon Wheels": before the ents
        spans.extend(_NameSpan(s, e, "PERSON") for s, e in title_tagged_alone(doc, lex, taken))  # "the late Justice Emeka Okoro"
        spans.extend(_NameSpan(s, e, "PERSON") for s, e in initialled_names(doc, lex, taken))  # "the late A. Perumal" untagged (initials.py)
        spans.extend(_NameSpan(s, e, "PERSON") for s, e in connector_names(doc, taken))  # "Kamala a/p Ramasamy" (linkednames.py)
        post_nominal_marks(doc, lex, taken)  # "Margaret Doyle, OBE, 61"

    def blocked(tok: Token) -> bool:
        return (
            taken[tok.i]
            or not _is_name_token(tok)
            or (tok.lower_ in lex.titles and not title_as_name(tok, lex))
            or (extraction and (_plural_title(tok, lex) or trade_before_couple(tok, lex)))
            or tok.lower_ in lex.occupations
            or tok.lower_ in lex.platforms
            or (extraction and _plural_kin(tok, lex))
            or tok.ent_type_ not in ("", "PERSON", "ORG")
        )

    businesses: set[str] = set()  # (names the text has made a shop's or a pub's: "in Tully's")
    for ent in ents:
        if extraction and len(ent) == 3 and c_low[ent.start + 1] == "and" and ent.start >= 2 and c_text[ent.start - 1] == ":" \
                and c_low[ent.start - 2] in ("children", "sons", "daughters", "grandchildren", "kids"):
            # ("They had two children: Donal and Siobhán." tagged one name: the list's two people)
            for k in (ent.start, ent.start + 2):
                taken[k] = True
                spans.append(_NameSpan(k, k + 1, "PERSON"))
            continue
        if extraction and len(ent) > 1 and ent[0].is_punct and ent[0].text not in ("'", "\u2019", '"', "(", "\u201c"):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # ("KANCHIPURAM, Tamil Nadu — K. Ramasamy" tagged with the dash)
        if extraction and (pair_end := couple_as_work(ent)) is not None and not any(taken[ent.start : pair_end]):
            # ("and Tomasz and Ewa Kowalczyk of Ashby, who": a couple named together, tagged as a
            # work of art over their place too; two people, as "Anil and Reena Dutta")
            taken[ent.start : pair_end] = [True] * (pair_end - ent.start)
            spans.extend(_couple_spans(doc, ent.start, ent.start + 1, pair_end, extraction))
            continue
        if extraction and (ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ == "ORG" and len(ent) == 1 and kin_apposed_name(ent, lex))) and not taken[ent.start] and (nameparts.wedded_partner(ent, lex) or nameparts.married_object(ent, lex) or nameparts.person_conjunct(ent, lex) or nameparts.life_subject(ent, lex) or kin_apposed_name(ent, lex) or rank_apposed(doc, ent.start, ent.end, lex.age_ranks)
                                                                                   or (len(ent) == 1 and ent.start > 0 and c_low[ent.start - 1] == "and" and who_follows(ent[0]))):  # ("; and Sunil, who is fifty-eight")
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "between Walter Ibbotson and Doreen Sugden" (a LOC)
        elif extraction and ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and len(ent) >= 2 and person_clause_after(toks, ent.end) \
                and all(c_text[k][:1].isupper() and c_alpha[k] and c_low[k] != "the" for k in range(ent.start, ent.end)) \
                and not (ent.start > 0 and c_low[ent.start - 1] == "the"):  # (not "a covers band, The Wednesday Hares, who play")
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "mourning Hywel Pritchard, who has died" (a work of art)
        elif extraction and ent.label_ in ("PRODUCT", "WORK_OF_ART") and _role_before_name(doc, ent.start, ent.end, lex, trades=True):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "elected crane driver Leanne Costa" (a product)
        elif extraction and (relabel := relabelled(ent, lex, taken)) is not None:
            ent = relabel  # (relabels.py: "Inês Bento Carvalho", "Nguyễn Văn Thành", "from Hàm Ninh", "Teófilo Condori Apaza, 67")
        elif extraction and ((ent.label_ == "PERSON" and (place_named_once(ent, lex) or place_named_throughout(ent) or road_named(ent)))
                             or (ent.label_ in ("PERSON", "ORG") and place_in_and_before_nouns(ent, lex))):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the best cooper on Speyside" (a person)
        elif extraction and ent.label_ == "PERSON" and named_business(ent, lex):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "the Kyria Despina taverna" (a person)
        elif extraction and ent.label_ in ("PERSON", "GPE") and len(ent) >= 2 and c_low[ent.start] in lex.sport_body_openers \
                and all(c_text[k][:1].isupper() and c_alpha[k] for k in range(ent.start, ent.end)):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "a spokeswoman for Hockey Nova Scotia" (a person)
        elif extraction and ent.label_ in ("PERSON", "FAC") and plural_team(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "with the Camrose Kodiaks" (a person)
        elif extraction and institution_thing(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "Drostdy Boys' High School", tagged a product
        elif extraction and ent.label_ in ("PERSON", "GPE", "LOC", "NORP") and nameparts.function_word_given(toks, ent.start, lex, taken, sent_start_of):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Per Sølvberg" ("Per" a preposition, the rest a place)
        elif extraction and ent.label_ == "PERSON" and untagged_given(toks, ent.start, ent.end, lex, taken):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Lennox Arthur Bobb" tagged from "Arthur" (leadgiven.py)
        elif extraction and ent.label_ in ("ORG", "GPE", "LOC", "PERSON") and station_end(toks, ent.end) > ent.end:
            ent = Span(doc, ent.start, station_end(toks, ent.end), label="ORG")  # "Carrigmore lifeboat station"
        if extraction and not any(taken[ent.start : ent.end]) and natural_place(toks, ent.start, ent.end, lex):
            # ("a tug deckhand at Bell Bay", whatever the label: a place, no employer, and no
            # later pass, the untagged organisations' among them, should read it as a name)
            taken[ent.start : ent.end] = [True] * len(ent)
            continue
        if ent.label_ not in ("PERSON", "ORG") or taken[ent.start]:
            continue
        if extraction and ent.label_ == "ORG" and common_tail(ent):
            continue  # ("sold to Auckland food group", tagged whole: a description, no organisation's name)
        s, e = ent.start, nameparts.keyword_tail(toks, ent, lex) if extraction else ent.end
        while extraction and e - s > 2 and c_text[e - 1] in lex.post_nominals:
            e -= 1  # ("Rachel Obi KC" tagged whole)
        if extraction and ent.label_ == "ORG":
            e = before_address(toks, s, e)  # "the Copper Kettle Cafe on Mill Street": the cafe
            e = joined_ent_end(toks, e, lex)  # "the Somerset Brothers" + "Gombey Troupe" (a person): one troupe
        if extraction and c_low[e - 1] in THOROUGHFARES and (
                (e - s == 2 and c_low[s] in lex.titles) or (e - s == 1 and s > 0 and c_low[s - 1] in lex.titles)):
            taken[s:e] = [True] * (e - s)  # "down Mayor Street": a street named after an office
            continue
        if (extraction and e - s == 1 and c_low[s] in lex.titles and s + 2 < len(doc) and ((c_low[s + 1] in ("and", "&") and c_low[s + 2] in lex.titles)
                                                                                         or (c_tag[s + 1 + (c_text[s + 1] == ".")] == "NNP" and c_ent[s + 1] != c_ent[s] and c_text[s + 1 + (c_text[s + 1] == ".")].istitle()))):
            continue  # "daughter of Dr and Mrs Martin Lowe": the couple's first title, tagged alone (or "by Alhaja Oyewole herself", "Atty. Cecilia Reyes")
        if extraction:
            s, e = line_bounds(toks, s, e)  # "Meet Mr Okafor\n\nMr Okafor": a name ends at a line
            if ent.label_ == "ORG" and bracketed_spouse(toks, s, e):
                taken[s:e] = [True]
                spans.append(_NameSpan(s, e, "PERSON"))
                continue
            if numbered_unit(toks, s, ent.label_):
                taken[s - 1 : e] = [True] * (e - s + 1)
                spans.append(_NameSpan(s - 1, e, "ORG"))
                continue
            s, e = kin_and_comma_bounds(toks, s, e)
            if e - s <= 3 and c_low[s] in ("issue", "volume", "vol", "edition") and any(toks[k].like_num for k in range(s + 1, e)):
                continue  # "Issue 212, Friday 18 March 2022" under a newsletter's masthead
            if e - s == 1 and c_low[s] in lex.not_entities:
                continue  # ("head of PE at St Aidan's Academy" with "PE" tagged an organisation)
            if ent.label_ == "PERSON" and c_text[s].islower() and c_low[s] in lex.lower_particles and s > 0 and not taken[s - 1] \
                    and c_alpha[s - 1] and c_text[s - 1][:1].isupper() and c_text[s - 1][1:].islower() and c_low[s - 1] not in lex.titles:
                # ("won the Ronde van de Molenberg" tagged from the particle: the capitalised word
                # before is the name's own, whatever the name is)
                s -= 1
                ent = Span(doc, s, ent.end, label="PERSON")
            if s > 0 and (c_low[s - 1] in lex.lead_org_words or c_low[s - 1] in lex.foreign_trade_words) and c_text[s - 1][:1].isupper() \
                    and not taken[s - 1]:
                s, ent = s - 1, Span(doc, s - 1, e, label="ORG")  # ("Viña Los Aromos", tagged from "Los")
            if ent.label_ == "ORG" and s >= 3 and c_text[s - 1] in ("'s", "\u2019s") and c_low[s - 3] in lex.saint_words \
                    and c_text[s - 2][:1].isupper() and not taken[s - 3] and not taken[s - 2]:
                # ("St Christopher's" + "Anglican Church", tagged apart: one church's name)
                s, ent = s - 3, Span(doc, s - 3, e, label="ORG")
            if s >= 3 and [t.text for t in toks[s - 3 : s]] == ["Our", "Lady", "of"] and not taken[s - 3]:
                # ("Our Lady of Mercy Church", tagged from "Mercy": a church's whole name)
                s, ent = s - 3, Span(doc, s - 3, e, label="ORG")
        label = ent.label_  # (read once: a Span makes its label string on each read)
        if extraction and label == "PERSON" and e + 1 < len(doc) and c_text[e] in ("'s", "\u2019s") \
                and c_text[e + 1][:1].isupper() and c_low[e + 1] in lex.natural_place_heads:
            taken[s : e + 2] = [True] * (e + 2 - s)
            continue  # ("moved to Sullivan's Island": a place named after somebody, no person)
        if extraction and (lead := demonym_lead(toks, s, e)) > s:
            s, label = lead, "PERSON"  # ("the Estonians Taavi Rebane, 29," tagged one organisation)
        if extraction and label == "PERSON" and e - s > 1:
            # ("Harold farmed north of Pella" tagged whole: a person's name ends before a
            # lower-case word that is no particle of it, "Ludwig van Beethoven", nor a hyphened
            # part, "Kang Won-yong", nor "of" in "Lewis of Luxembourg")
            cut = next((k for k in range(s + 1, e) if c_alpha[k] and toks[k].is_lower and c_low[k] not in lex.lower_particles
                        and c_text[k - 1] not in ("-", "‐") and not (c_low[k] in ("of", "the") and k + 1 < e and c_text[k + 1][:1].isupper())
                        # (nor the Spanish or Portuguese "and" of a firm's form: "Tambores Ramírez e Hijos")
                        and not (c_low[k] in ("e", "y") and k + 1 < e and c_low[k + 1] in lex.ampersand_tails)), e)
            e = cut
        # (past a dateline the tagger's label was the dateline's: the name's own type is read anew)
        past = _past_dateline(toks, s, e) if extraction else s
        dated, s = past > s, past
        if extraction and label == "PERSON":
            s = capitalised_role_end(toks, s, e, lex)  # ("Deputy Public Prosecutor Goh Jia Hui")
        if extraction and s + 2 < e and c_low[s + 1] == "from" and c_text[s][:1].isupper() and c_text[s + 2][:1].isupper():
            s += 2  # ("joined us at Easter from St Aidan's Parish" tagged whole: the name is after "from")
        s = name_start(doc, s, e, ent.start, label, lex, sent_start_of, extraction)
        titled = extraction and label == "ORG" and _after_titled_role(toks, s, e, lex) > s
        s = _after_titled_role(toks, s, e, lex) if titled else s  # "State Fire Marshal Gina Park" tagged ORG whole
        # A headline ent can run into a quotation ("Obama Sees 'Personal Insult"), and an ent
        # can run on past a possessive ("Trump's 1995"): a name stops at the first quotation
        # mark, bracket or possessive.
        org_end = None
        for i in range(s, e):
            if toks[i].is_quote or toks[i].is_bracket or _possessive(toks[i]) or (extraction and c_text[i] == ";" and i > s):
                # ("three children: Oliver; Hannah, 26": a list's semicolon ends a name)
                # ... except before an organization's head word: "St Brede's Infirmary",
                # "the Transport Workers' Union" are one name each.
                org_end = _org_tail(doc, i, lex, apposed=extraction) if _possessive(toks[i]) and i > s else None
                if org_end is None and extraction and label == "ORG" and s < i and c_low[i - 1] in _GROUP_PLURALS:
                    # ("the St Monica Women's Njangi", tagged whole or to the possessive: a body of
                    # women, its name past their possessive)
                    tail = i + 1
                    while tail < len(doc) and tail - i <= 3 and c_text[tail][:1].isupper() and c_alpha[tail] and c_tag[tail] == "NNP" \
                            and (tail < e or (not taken[tail] and c_ent[tail] in ("", "ORG"))):
                        tail += 1
                    org_end = tail if tail > i + 1 and tail >= e else None
                if org_end is None and label == "ORG" and i == e - 1 and i > s and _bare_possessive(doc, i):
                    org_end = e  # "head chef at Marlow's, the fish restaurant": a business by its owner's name
                e = org_end or i
                break
        if org_end is None:
            # A trailing score or number is no part of a name ("Harwood Town 2-1").
            while e > s and (_possessive(toks[e - 1]) or toks[e - 1].is_punct or c_tag[e - 1] in ("CD", "SYM")
                             or not c_text[e - 1].strip() or (extraction and c_tag[e - 1] == "CC")):  # ("Eleni K. and")
                e -= 1
            org_end = _org_tail(doc, e, lex, apposed=extraction) if e > s else None
            e = org_end or e
        if extraction and org_end is not None and s > 0 and c_low[s - 1] in lex.titles and c_text[s - 1][:1].isupper() and not taken[s - 1]:
            s -= 1  # ("Mr Boateng's Chop Bar": the honorific is the business name's)
        if (extraction and org_end is None and label == "PERSON" and e - s == 1 and e < len(doc) and _possessive(toks[e])
                and _bare_possessive(doc, e, anywhere=c_low[s] in businesses)):
            businesses.add(c_low[s])
            e = org_end = e + 1  # ("a party in Tully's": a pub called by its owner's name, not a person)
        if extraction and (org_end is not None or label == "ORG") and hyphened_end(doc, e, lex) > e:
            e = org_end = hyphened_end(doc, e, lex)
        if org_end is None and (e - s == 1 or (extraction and e - s <= 3 and c_low[e - 1] in lex.possessed_org_heads)) \
                and s >= 2 and _possessive(toks[s - 1]) and _org_tail(doc, s - 1, lex) == e:
            # "the Freight Carriers' Guild" tagged as the ent "Guild" alone (an ent of its own
            # keeps its possessor: "Minnesota's Carleton College"): the name runs back
            # over the capitalised words before the possessive (at extraction, also a longer one
            # ending on a business's noun: "Aurelia's" + "Hollow Guest Farm", tagged apart)
            b = s - 1
            while b > 0 and c_text[b - 1][:1].isupper() and c_alpha[b - 1] and c_tag[b - 1] != "DT" and not taken[b - 1]:
                b -= 1
            if b < s - 1:
                s, org_end = b, e
        if (extraction and label == "ORG" and s >= 3 and c_low[e - 1] in lex.body_heads and c_low[s - 1] == "and"
                and c_low[s - 3] == "the" and _is_name_token(toks[s - 2]) and c_ent[s - 2] not in ("PERSON", "ORG") and not taken[s - 2]):
            # "the Pearl and Coral Export Promotion Council" tagged from "Coral": one body
            s = s - 2
            org_end = org_end or e
        elif extraction and label == "ORG" and joined_place_start(doc, s, e, lex, taken, spans) < s:
            s, org_end = s - 2, org_end or e  # "Avon and Somerset Police" tagged from "Somerset"
        if s >= e:
            continue
        if extraction and org_end is None and (patronymic := patronymic_end(doc, s, e, lex, taken)) > e:
            e, label = patronymic, "PERSON"  # ("Aizada Toktogul kyzy, 41," tagged "Aizada" an organisation)
        particled = False
        if extraction and org_end is None and label == "ORG" and _age_follows(doc, e, True) and particle_start(doc, s, lex, taken) < s \
                and not any(c_low[k] in lex.org_keywords for k in range(s, e)):
            label = "PERSON"  # ("Her mother, Ana do Carmo Lobo, 70," tagged "Carmo Lobo" an organisation, with an age)
        elif extraction and org_end is None and label == "ORG" and (grown := particle_end(doc, s, e, lex, taken)) > e \
                and (_age_follows(doc, grown, True) or kin_apposed_name(doc[s:e], lex)) and not any(c_low[k] in lex.org_keywords for k in range(s, grown)):
            label = "PERSON"  # ("Ivone Conceição" tagged an organisation + "dos" + "Santos, 52,"; "her father, Raimundo Nonato dos Santos")
        if extraction and org_end is None and label == "PERSON":
            grown_to = particle_end(doc, s, e, lex, taken)  # "Skipper Kobus" + "van Wyk": one name
            s = particle_start(doc, s, lex, taken)  # ("Kiprono arap" + "Chumo")
            s = placed_given_start(doc, s, e, taken)  # ("Nino" tagged a place + "Scuderi", beside "Carmela Scuderi")
            particled = grown_to > e
            if particled and c_low[s] in lex.occupations and grown_to - s > 2:
                s += 1  # ... led by a job word, as above ("its founder, Skipper Kobus van Wyk")
            e = compound_head_end(doc, grown_to, lex, taken)
            if e < len(doc) and e - s > 1 and c_low[e] in lex.generational_suffixes and c_text[e][:1].isupper() and not taken[e]:
                e += 1  # ("Raimundo Nonato dos Santos Filho": the son, the suffix his name's)
        if extraction and org_end is None and e + 1 < len(doc) and c_low[e] in ("&", "e", "y") and c_low[e + 1] in lex.ampersand_tails \
                and c_text[e + 1][:1].isupper() and e - s >= 1:
            e = org_end = e + 2  # ("Cueros Benítez" tagged + "e Hijos": the firm's form, one name)
        if extraction and org_end is None and label == "ORG" and e + 1 < len(doc) and c_low[e] == "and" and c_low[e - 1] in lex.org_keywords \
                and c_low[e + 1] in lex.org_keywords and c_text[e + 1][:1].isupper() and not taken[e + 1] \
                and (e + 2 >= len(doc) or not c_text[e + 2][:1].isupper()):
            e = org_end = e + 2  # ("Coastal Savings" tagged + "and Loans": one firm's name)
        if extraction and org_end is None:
            # "the Borough of Wenlow" tagged "Borough"; "Port Aldric Chamber of Commerce" tagged up to "Chamber"
            body_end = place_body_end(doc, e, lex, taken)
            body_end = body_end if body_end > e else of_org_end(doc, e, lex, taken)
            if body_end > e:
                e = org_end = body_end
        if org_end is not None:
            for i in range(s, e):
                taken[i] = True
            spans.append(_NameSpan(s, e, "ORG"))
            continue
        if label == "PERSON" and _honour_after_name(doc, s, e, spans):
            # "Fatih Terim, Commendatore OSSI, ...": letters of an order after a name are that
            # person's honour, no second person a later "he" could go to
            for i in range(s, e):
                taken[i] = True
            continue
        text = text_of(doc)[c_idx[s] : c_idx[e - 1] + len(c_text[e - 1])]  # (as doc[s:e].text, with no Span)
        low = text.lower()
        if _family_modifier(toks[e - 1], lex):
            for i in range(s, e):
                taken[i] = True  # "the Finch family": a family, no person and no company
            continue
        # a name has a capital: the small model tags some lower-case nouns PERSON ("a retired
        # garda", "to plant shiraz", "a retired lorry driver")
        if text == low and not any(ch.isdigit() for ch in text):
            continue
        if extraction and label == "PERSON" and e - s > 1 and c_text[e - 1].islower() and (
                c_low[e - 1] in lex.vehicle_nouns or c_low[e - 1] in lex.vessel_nouns):
            # "the circus's 1962 Bedford lorry" tagged PERSON whole: a make and what it made
            for i in range(s, e):
                taken[i] = True
            continue
        # (at extraction: a name before ', who' is a person's; one written only as a place is a place)
        placed = e - s == 1 and ((_place_once(toks[s], lex, extraction) and not (extraction and (who_follows(toks[s]) or (kin_apposed(toks[s], lex) and not resident_place(toks[s])) or (staff_at(toks[s], lex, spells=True) and not set_in_place(toks[s])))))
                                 or (extraction and place_every_use(toks[s], lex))
                                 or (extraction and resident_place(toks[s]) and not who_follows(toks[s]))  # ("Evelyn Dorsey, 93, of Cumberland,": where she lives)
                                 or (extraction and birthplace(toks[s]))
                                 or (extraction and label == "PERSON" and _office_of(toks[s], lex))
                                 or (extraction and nameparts.town_after_venue(toks[s]))
                                 or (extraction and townland_after_name(toks[s])))
        if low in lex.not_entities or (extraction and label == "PERSON" and town_before_trade(toks, s, e, lex)) or (e - s == 1 and ((_noun_modifier(toks[s]) and not (extraction and org_tail_named(toks[s], lex))) or placed or _common_acronym(toks[s]) or (extraction and common_elsewhere(toks[s], lex))
                                                      or (label == "PERSON" and _trade_origin(toks[s], lex))
                                                      or (extraction and label == "PERSON" and (described_origin(toks[s], lex) or hyphened_trade_origin(toks[s])))
                                                      or (extraction and (local_person_place(toks[s]) or town_before_description(toks[s], lex))))):
            continue
        # (the rules below read a name with an organisation's word in it as that organisation's)
        keyworded = extraction and any(c_low[k] in lex.org_keywords for k in range(s, e))
        if extraction and label in ("PERSON", "ORG") and name_then_townland(doc, s, e) and not keyworded:
            taken[s:e] = [True] * (e - s)  # ("for Liam Tierney, Drumkeel, who died": a person and the townland)
            spans.append(_NameSpan(s, s + 2, None))
            continue
        if extraction and label in ("PERSON", "ORG") and notice_town(doc, s, e) and not keyworded:
            taken[s:e] = [True] * (e - s)  # ("... of Dolina Macaulay, Tolsta Chaolais, aged 94": where she lived)
            continue
        if extraction and label == "ORG" and notice_deceased(doc, s) and not keyworded:
            taken[s:e] = [True] * (e - s)  # ("The death occurred ... of Dolina Macaulay": the one who died)
            spans.append(_NameSpan(s, e, None))
            continue
        if extraction and label in ("PERSON", "ORG") and office_only(toks, s, e, lex):
            taken[s:e] = [True] * (e - s)  # an office, and no later rule should read it as a name
            continue
        dash = wire_dateline(toks, s, e) if extraction else 0
        if dash:
            taken[s:dash] = [True] * (dash - s)  # the story's place ("DAYTON, Ohio —"), no name
            continue
        if label == "PERSON" and ((extraction and (in_address(doc, s, e) or " ".join(c_low[s:e]) in dateline_places(doc))) or _place_named(doc, s, e, lex, extraction) or (e - s == 1 and _made_in_year(toks[s])) or (e - s == 1 and _place_before_role(toks[s], lex))
                                       or (e - s == 1 and _place_modifier(toks[s], lex))):
            for i in range(s, e):
                taken[i] = True  # a place, and no later rule should read it as a name
            continue
        if low in lex.platforms:
            for i in range(s, e):
                taken[i] = True
            spans.append(_NameSpan(s, e, None, platform=True))
            continue
        if extraction and label in ("PERSON", "ORG") and (parts := nameparts.comma_list(toks, s, e)) is not None:
            taken[s:e] = [True] * (e - s)  # ("four children: Rajiv, Anjali, Suresh and Latha" tagged as one)
            spans.extend(_NameSpan(a, b, "PERSON") for a, b in parts)
            continue
        if extraction and nameparts.kin_pair(doc, s, e, lex):
            taken[s:e] = [True] * (e - s)  # ("the twins Gethin and Aled": two people)
            spans.extend([_NameSpan(s, s + 1, "PERSON"), _NameSpan(s + 2, e, "PERSON")])
            continue
        split = nameparts.person_of_firm(doc, s, e, lex) if extraction and label == "ORG" else None
        if split is not None:  # ("Celia Moss of Moss & Tully": a person and her firm)
            taken[s:e] = [True] * (e - s)
            spans.extend([_NameSpan(s, split, None), _NameSpan(split + 1, e, "ORG")])
            continue
        paired = extraction and label != "PERSON" and nameparts.after_given_and(toks, s) and not keyworded
        split = nameparts.person_of_place(doc, s, e, lex) if extraction and (label == "PERSON" or paired) else None
        if split is not None and paired:
            # ("Murdo and Peigi MacLeod of Newmarket", the second tagged an organisation with its
            # town: the couple "Murdo and Peigi MacLeod", each a person, and the town)
            spans[:] = [sp for sp in spans if (sp.start, sp.end) != (s - 2, s - 1)]
            taken[s - 2 : e] = [True] * (e - s + 2)
            spans.extend(_couple_spans(doc, s - 2, s - 1, split, extraction))
            continue
        split = split or (nameparts.listed_of_place(doc, s, e, lex) if extraction else None)
        if split is not None:  # ("Mrs Elspeth Crozier of Selkirk": where she lives is no part of her name)
            taken[s:e] = [True] * (e - s)
            spans.append(_NameSpan(s, split, None))
            continue
        pair = _conjoined_first_names(doc, toks, s, e, label, lex)
        if pair is not None:
            # "Anil and Reena Dutta" tagged as one person: two people, the first named by a
            # first name that shares the second's surname (naming._shared_surname)
            for i in range(s, e):
                taken[i] = True
            spans.extend(_couple_spans(doc, s, pair, e, extraction))
            continue
        if extraction and e - s == 3 and c_low[s + 1] == "and" and two_first_names(doc, s, label):
            # "Luis and Carmen married in 1996" tagged as one name: two people
            for i in range(s, e):
                taken[i] = True
            spans += [_NameSpan(s, s + 1, "PERSON"), _NameSpan(s + 2, e, "PERSON")]
            continue
        exact = ((s, e) == (ent.start, ent.end) or (s > ent.start and e == ent.end)) and not dated
        ent_label = label
        if ent_label == "ORG" and (_role_before_name(doc, s, e, lex) or titled or (extraction and s > ent.start and _plural_kin(toks[s - 1], lex))
                                   or (extraction and holder_after_org(doc, s, e, lex))):
            ent_label = "PERSON"  # "harbour master Ewan Doyle", "Twins Ciarán", "The owner of X, Ana Díaz,": the role or kin says whose name it is
        if extraction and ent_label == "PERSON" and e - s == 1 and staff_at(toks[s], lex) and not set_in_place(toks[s]) and not who_follows(toks[s]):
            ent_label, exact = "ORG", True  # "a stock agent with Elders": where a job is held, not a person
        if extraction and ent_label == "PERSON" and e - s >= 2 and founded(toks[e - 1]):
            ent_label, exact = "ORG", True  # "who founded Desai Looms": nobody founds a person
        if extraction and ent_label == "PERSON" and e - s >= 2 and c_low[e - 1] in lex.prize_heads and c_text[e - 1][:1].isupper():
            ent_label, exact = "ORG", True  # "the Haig Bursary", "the Costigan Cup": a prize or fund named after somebody
        elif extraction and ent_label == "PERSON" and (tail := nameparts.prize_tail(doc, e, lex)) > e:
            # ("lifted the Edwin Gaunt Rose Bowl", the prize's last words tagged apart, as a date)
            e, ent_label, exact = tail, "ORG", True
        # A first name spaCy left outside a one-word ent ("Chrissy" + ORG "Teigen"), or the rest
        # of a split name on the right; never across a title, a platform or another kind of
        # ent, and never onto a name spaCy already found whole ("Miss Universe Alicia Machado").
        grown = False
        sent_start = sent_start_of[s]
        # ("Lindiwe" + "Mbatha-Fourie": a hyphened surname is one word of the name; in extraction only)
        hyphens = sum(nameparts.joining_hyphen(doc, i, s, e) for i in range(s, e)) * 2 if extraction else 0
        while s > sent_start and e - s - hyphens < 2 and not blocked(toks[s - 1]):
            s -= 1
            grown = True
        if extraction and label == "PERSON" and e - s == 2 and s - 1 == sent_start and not grown and c_tag[s - 1] == "NNP" \
                and not blocked(toks[s - 1]) and c_text[s - 1][1:].islower() and c_low[s - 1] not in lex.person_words \
                and any(k > s + 1 and c_text[k] == c_text[s - 1] and sent_start_of[k] != k for k in where_in(doc, "lower").get(c_low[s - 1], ())):
            # ("Valentina Forero Suárez, 17," tagged from its second word, and "Valentina said" later:
            # a given name opening the sentence; not "Curator Ayumi Tanaka", a post)
            s -= 1
            grown = True
        elif extraction and label == "PERSON" and s > sent_start and nameparts.split_given_name(toks, s, e, given, taken):
            s -= 1  # "Paddy" + "Joe Furlong", with "Paddy Joe" named alone elsewhere
        while label == "PERSON" and e < len(doc) and e - s < 2 and sent_start_of[e] == sent_start and not blocked(toks[e]):
            e += 1
            grown = True
        for i in range(s, e):
            taken[i] = True
        # (a name run on over its particles keeps the tagger's PERSON: the particles say it too)
        spans.append(_NameSpan(s, e, ent_label if (exact or particled) and not grown else None, age=_age_follows(doc, e, extraction)))
    # A full name that shares its surname with a person already found is a person, whatever
    # spaCy called it ("Tomas Vidal" tagged FAC after "Rosa Vidal").
    surnames = {c_low[sp.end - 1] for sp in spans if sp.label == "PERSON" and sp.end - sp.start > 1}
    if extraction:
        for k in dateline_tokens(doc):
            # ("MARION, Ohio — Dorothy Kessler, 94, died": a place, whatever later rule reads a
            # subject there; after the tagger's names, which wire_dateline trims above)
            taken[k] = True
    spans.extend(_NameSpan(s, e, "ORG") for s, e in (national_arms(doc, lex, taken) if extraction else []))  # "Hollenbach UK"
    spans.extend(_NameSpan(s, e, "ORG") for s, e in (untagged_orgs(doc, lex, taken) if extraction else []))  # "the Xagħra Lace Guild"
    other_label_names(doc, toks, lex, ents, taken, spans, surnames, extraction)
    # Every rule below starts from a capitalized word; one pass collects them.
    caps = [toks[i] for i, text in enumerate(columns(doc).text) if text[:1].isupper()]
    spans.extend(_NameSpan(s, e, None, age=True) for s, e in aged_names(doc, lex, taken, caps, sent_start_of, extraction))  # "Luna, 4,"
    spans.extend(_NameSpan(s, e, "PERSON") for s, e in (nameparts.aged_full_names(doc, lex, taken, spans) if extraction else ()))  # "with Héctor Sepúlveda at"
    spans.extend(byline_names(doc, lex, taken) if extraction else ())  # ("Report: Ana Whitu, sports reporter")
    spans.extend(_NameSpan(s, e, "PERSON") for s, e in (hyphened_given_names(doc, lex, taken) if extraction else ()))  # "Park Soon-ja"
    spans.extend(_NameSpan(s, e, "PERSON") for s, e in (suffixed_names(doc, lex, taken) if extraction else ()))  # "Kenji-san"
    spans.extend(_NameSpan(s, e, "PERSON") for s, e in (gaelic_names(doc, lex, taken) if extraction else ()))  # "Seán Ó Súilleabháin"
    spans.extend(_missed_names(doc, lex, taken, sent_start_of, caps, extraction=extraction))
    speaker_names(doc, lex, taken, caps, spans, sent_start_of if extraction else None)
    # Platforms spaCy missed or mislabelled ("on Twitter" tagged PERSON is handled above).
    for tok in caps:
        if not taken[tok.i] and tok.lower_ in lex.platforms and _is_name_token(tok):
            taken[tok.i] = True
            spans.append(_NameSpan(tok.i, tok.i + 1, None, platform=True))
    spans.extend(_lone_names(doc, lex, taken, caps, sent_start_of if drop_common else None))
    if drop_common:
        # the small model also labels such a word a PERSON or a work of art ("Discipline was
        # everything to her"): a one-word name opening a sentence is checked the same way
        capitals = mid_capitals(doc, sent_start_of)
        spans = [sp for sp in spans if sp.end - sp.start > 1 or sp.age or sp.platform
                 or not common_opener(doc, sp.start, sent_start_of, capitals, lex)]
    if drop_common:
        # (in extraction only, as drop_common: the pronoun ranker learnt on the tagger's names)
        spans = paired_names(doc, lex, spans)
        # "of Flat 2, Harbour View, Port Isaac Road, a retired harbour engineer": a street or a
        # town in an address, though a person's noun is apposed to it (notices.py)
        # (an organisation only where the tagger's name ends on a street: "Ebury Road" ORG)
        spans = [sp for sp in spans if sp.pair or sp.surname is not None or not in_address(doc, sp.start, sp.end)
                 or (sp.label == "ORG" and not street_end(doc, sp.end))]
        spans = nameparts.without_family_plurals(doc, nameparts.hyphened_back(doc, spans, lex, taken, sent_start_of))  # ("Rosalind Achebe-Hart" found as "Hart"; "The MacRaes")
        spans = [sp for sp in without_offices(toks, spans, lex) if not in_hyphen_chain(doc, sp.start, sp.end)]  # "the Ben-my-Chree"
        spans = with_initials(doc, spans)  # ("W.A. Premadasa died": the initials the tagger left out; initials.py)
    spans.sort(key=lambda s: s.start)
    return join_split_names(doc, join_nicknamed(doc, spans, lex), lex.trades) if drop_common else spans

