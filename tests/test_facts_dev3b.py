"""Issue 9, gold-dev3 and set 23 leftovers: general fixes, each checked on fictional
constructions of our own (none copied from an article)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _of(facts, relation, who):
    return {f[2] for f in facts if f[0] == relation and f[1] == who}


# ---- 'Its head brewer' with no organisation near: not the buyer when the sold firm is named as often

_SOLD = [
    ('date 2024-03\nHarrow & Pike, the family bakery based in Lenbury since 1931, has agreed to be sold to Corvane Group for £12 million.\n\nCorvane Group chief executive Lena Marsh said the bakery would keep its name. Marsh, 51, joined Corvane Group in 2015 and the company has since bought three bakeries.\n\nA spokesman for Harrow & Pike said no jobs would go. An analyst said Corvane Group had paid for the Harrow & Pike brand rather than its ovens. Corvane Group will take over in May, and Harrow & Pike will keep its shop.\n\nThe first loaf was baked in 1950. Its finance director, Owen Tully, who joined Harrow & Pike from Dunwell Foods ten years ago, said the recipe would stay.\n',
     'Owen Tully', 'Corvane Group'),
    ("date 2023-11\nQuill & Sons, the printer based in Ashford since 1899, is to be bought by Merrick Holdings, ending a century of family control.\n\nMerrick Holdings said it would keep all 60 staff. Quill & Sons will keep its name, and Merrick Holdings will invest in new presses at Quill & Sons.\n\nThe company's chairman, Peter Quill, said the sale was the right decision. Merrick Holdings is based in Leeds. Analysts said it had bought the Quill & Sons brand, not the presses.\n\nThe printer's oldest press dates from 1920. Its works manager, Rosa Vidal, who joined from Kestrel Print in 2016, said staff were relieved.\n",
     'Rosa Vidal', 'Merrick Holdings'),
    ("date 2022-06\nFenwick & Lowe, the family shipyard in Tarport, has been sold to Oldcastle Marine for £30 million.\n\nOldcastle Marine, which already owns two yards, said Fenwick & Lowe would keep its name. The company's chairman, Daniel Fenwick, will stay on. Oldcastle Marine was founded in 1970.\n\nOldcastle Marine plans to build ferries at the yard, and Fenwick & Lowe will hire 40 apprentices. Oldcastle Marine is listed in London. It wanted the Fenwick & Lowe brand more than the yard.\n\nThe first ship was launched in 1902. Its chief engineer, Mira Castell, said the order book was full.\n",
     'Mira Castell', 'Oldcastle Marine'),
]


def test_its_post_is_not_the_buyer_when_the_sold_firm_is_named_as_often(nlp):
    # the sold firm, typed organisation-or-product, gets no 'the company': the buyer's extra
    # descriptors must not make it the organisation the article is about
    for text, who, buyer in _SOLD:
        assert buyer not in _of(_facts(nlp, text), "employer", who), text


def test_a_boat_named_later_as_often_leaves_the_article_organisation(nlp):
    # an organisation-or-product named only after the organisation (a boat) is no rival to it
    for boat in ("Mary Jane", "Kittiwake II", "Rose Ann"):
        text = ("date 2024-05-21\nTallis Shipping Agency has appointed Rhea Moss as managing director. She joins "
                "from Corran Freight, and takes over from Ivo Tallis.\n\nThe agency was founded in 1960. Tallis "
                "Shipping Agency handles 900 port calls a year.\n\nHis wife died in 2019. Its chief financial "
                f"officer, Omar Dune, stays in post.\n\nThe family also owns the trawler {boat}. The {boat} is due "
                "for repairs in August.\n")
        assert _of(_facts(nlp, text), "employer", "Omar Dune") == {"Tallis Shipping Agency"}, boat


# ---- 'Co-operative': a name's head word the tokenizer split at its hyphen ------------------------

def test_a_hyphened_head_word_stays_in_the_name(nlp):
    from tests.test_entities_general import entities_of

    for text, name in (
        ("Members of the Lenbury Growers' Co-operative re-elected Ann Roe as chair on Monday.",
         "Lenbury Growers' Co-operative"),
        ("Ann Roe manages the Kesh Valley Co-op in Derry, which has 40 members.", "Kesh Valley Co-op"),
        ("The Tarport Fishermen's Co-op bought a new ice plant, its treasurer Ian Bell said.",
         "Tarport Fishermen's Co-op"),
    ):
        names = [e.name for e in entities_of(nlp, text) if e.type == "ORG"]
        assert name in names, (text, names)


# ---- a signature line: no plural verb of the paragraph after it makes the name an organisation ---

def test_a_signed_name_is_no_plural_subject_across_a_heading(nlp):
    from tests.test_entities_general import entities_of

    for sign, heading, para in (
        ("Thank you to everyone who baked for the fair. The cake stall raised £800. — Ruth Amos, Chief Executive",
         "Thanks to our volunteers", "Ian and June Marsh, both 72, have run the book stall every Saturday since 2009."),
        ("Thank you for your gifts this autumn. The appeal raised £7,400. — Grace Ndlovu, Chief Executive",
         "Thanks to our volunteers", "Ian and June Marsh, both 72, have run the café every Monday since 2011."),
        ("Thank you for coming to the open day. The raffle raised £2,000. — Martin Oyelaran, Director",
         "Thanks to our drivers", "Bob and Sue Kemp, both 66, have driven patients to clinic since 2016."),
    ):
        name = sign.split("— ")[1].split(",")[0]
        types = {e.name: e.type for e in entities_of(nlp, f"{sign}\n\n{heading}\n\n{para}")}
        assert types.get(name) == "PERSON", (name, types)


# ---- a signature's capitalised post ---------------------------------------------------------------

def test_a_signature_gives_its_post_as_a_title(nlp):
    for body, who, post in (
        ("Thank you for your gifts this autumn. The appeal raised £7,400. — Grace Ndlovu, Chief Executive\n\n"
         "Thanks to our volunteers\n\nIan and June Marsh, both 72, have run the café every Monday since 2011.",
         "Grace Ndlovu", "chief executive"),
        ("The tombola raised £600. — Martin Oyelaran, Director\n\nBob and Sue Kemp have driven patients since 2016.",
         "Martin Oyelaran", "director"),
        ("Our fun run raised £900 for the new garden, and the cafe reopens in May.\n\nRuth Amos, Treasurer\n\n"
         "News from the shop", "Ruth Amos", "treasurer"),
    ):
        facts = _facts(nlp, f"date 2025-10-01\n{body}\n")
        assert post in _of(facts, "title", who), (who, facts)


def test_a_signature_with_no_post_gives_no_title(nlp):
    for body in ("The appeal raised £7,400. — Grace Ndlovu, Leeds", "The raffle raised £600. — Martin Oyelaran, Spring Edition"):
        facts = _facts(nlp, f"date 2025-10-01\n{body}\n")
        assert not [f for f in facts if f[0] == "title"], facts


# ---- 'A conference spokesman': an unnamed post-holder of the organisation named by that word -----

def test_an_unnamed_spokesperson_of_an_organisation_named_by_its_last_word(nlp):
    for text, who, org in (
        ("Kesh Valley Rugby Club beat Ardmore by ten points on Saturday. Their captain, Ian Bell, scored twice. "
         "A club spokeswoman said the pitch would be relaid in June.", "A club spokeswoman", "Kesh Valley Rugby Club"),
        ("Two men were arrested in Wenlow on Friday, Dorset Police said. Officers found a stolen van. "
         "A police spokesman said both men had been released on bail.", "A police spokesman", "Dorset Police"),
        ("Ana Ruiz kicked the winning goal for Millbrook State on Saturday. She was named player of the week by "
         "the Lakeshore Conference. A conference spokesman said the replay review had been routine.",
         "A conference spokesman", "Lakeshore Conference"),
    ):
        facts = _facts(nlp, f"date 2024-11-10\n{text}\n")
        assert _of(facts, "employer", who) == {org}, facts
        assert _of(facts, "title", who) == {who.split()[-1]}, facts


def test_an_unnamed_spokesperson_with_no_such_organisation_gets_nothing(nlp):
    for text in ("Ian Bell, 70, died on Friday. A family spokesman said the funeral would be private.",
                 "Ana Ruiz scored twice for Ardmore. A club spokesman said she would stay."):
        facts = _facts(nlp, f"date 2024-11-10\n{text}\n")
        # (no post and no employer; the gender "spokesman" states is the gold's for a spokesperson
        # described in place, as "club" became an organisation's kind on 2026-12-07)
        assert not [f for f in facts if f[1] and "spokes" in f[1] and f[0] != "gender"], facts


# ---- 'Mr Okafor, who ran the company': the organisation with his surname in its name --------------

_FAMILY_FIRMS = [
    ("Mensah Travel Agency has appointed Efua Mensah as managing director. She joins from the Leeds operator Sunward "
     "Tours, where she ran the coach fleet. Before that she worked for Aldwick Holidays.\n\nThe agency was founded in "
     "1970 by Kofi Mensah. Mr Mensah, who ran the firm for forty years, becomes chairman.",
     "Kofi Mensah", "Mensah Travel Agency", "Sunward Tours"),
    ("Okafor Print Agency has named Ada Okafor its new director. She joins from the Leeds broker Harlow Media, where she "
     "led sales. Earlier she worked for Renton Press.\n\nThe agency was set up in 1988 by Ben Okafor and his late wife. "
     "Mr Okafor, who ran the company until this year, will stay on as an adviser.",
     "Ben Okafor", "Okafor Print Agency", "Harlow Media"),
    ("Venn Marine Agency has appointed Lydia Venn as its chief. She joins from the Hull shipbroker Ostra Chartering, "
     "where she was head of dry cargo. Before that she sailed with Caspian Bulk Carriers.\n\nThe agency was founded in "
     "1965 by Paul Venn. Mr Venn, who ran the business for fifty years, said he was proud.",
     "Paul Venn", "Venn Marine Agency", "Ostra Chartering"),
]


def test_the_firm_he_ran_is_the_one_bearing_his_surname(nlp):
    for text, who, family, other in _FAMILY_FIRMS:
        got = _of(_facts(nlp, f"date 2024-05-21\n{text}\n"), "employer", who)
        assert family in got and other not in got, (who, got)
