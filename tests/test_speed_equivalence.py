"""Speed-ups that must not change a result: the time pre-filter's narrower triggers (BC years by
their era, plain years by a year-shaped number) and the ranker's per-cluster mention index."""

from __future__ import annotations

import pytest

from dateline.extractors.entities.clusters import _Cluster, _Mention
from dateline.extractors.entities.mentionindex import mention_index


def test_year_triggers_find_what_every_rule_everywhere_finds():
    from dateline.extractors.timenorm.patterns import scan

    texts = [
        "The fort, built around 300 BC and rebuilt in 120 B.C.E., was dug up in 1998 and again in FY2016.",
        "From 44-12 BC the port grew; by 2015-2016 its harbour fees had doubled, and in mid-1990 they fell.",
        "Sales of 2,019 units in 2019 beat the 1,750 sold in the first half of 2018 (ref. 20195, code 1999x).",
        "In the spring of 210 bc, and again in 1501, the river flooded; in 2099 it may flood once more.",
        "Numbers alone: 12 34 567 8901 23456 and a phone number 01632 960123, with no year among them.",
    ]
    for text in texts:
        fast = sorted((name, m.span()) for name, m in scan(text))
        assert fast == sorted((name, m.span()) for name, m in scan(text, everywhere=True)), text


class _Res:
    """The resolver's part the index lives on (any object with a __dict__)."""


def _m(head: int, sent: int, kind: str = "name") -> _Mention:
    return _Mention(head * 5, head * 5 + 4, kind, head, sent, 1.0)


def test_mention_index_follows_appends_and_replaced_lists():
    res, c = _Res(), _Cluster(key=("vale",))
    c.mentions.extend([_m(10, 1), _m(3, 0), _m(22, 2, "pronoun")])
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [3, 10, 22] and ix.first == 3 and ix.named == 2
    assert [m.head for m in ix.by_sent[1]] == [10]
    c.mentions.append(_m(1, 0, "descriptor"))  # appended: indexed on the next call
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [1, 3, 10, 22] and ix.first == 1 and ix.named == 3
    assert [m.head for m in ix.by_sent[0]] == [3, 1]
    c.mentions = [m for m in c.mentions if m.head != 3]  # replaced (as retitle does): indexed anew
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [1, 10, 22] and ix.first == 1 and [m.head for m in ix.by_sent[0]] == [1]


def test_time_scan_word_spots_with_and_without_folding_characters():
    from dateline.extractors.timenorm.patterns import scan

    texts = [
        "On MONDAY the Marchetti ferry left at 9am; by mid-March, Mondays were quiet (Maybe in May?).",
        "Last WEEK, Tuesday-night sessions ran late; the weekday crowd in Junebury came every week.",
        "Das Treffen am Montag: Kelvin \u212aelly wrote on Friday, and again Fr\u0131day, in DECEMBER 2021.",
        "Seit \u0130stanbul's summer festival in August, the \u017funday market opens each Sunday at noon.",
    ]
    for text in texts:
        fast = sorted((name, m.span()) for name, m in scan(text))
        assert fast == sorted((name, m.span()) for name, m in scan(text, everywhere=True)), text


def test_lower_case_search_finds_the_ignorecase_matches():
    import re

    from dateline.wordstart import ascii_lower, finditer_lower

    rx = re.compile(r"(?=\w)(?:\b(harbour master|baker|ferry pilot)s?\b)", re.I)
    texts = [
        "Harbour Master Ida Quell and the BAKER, Tomas Frey, met the ferry pilots at dawn.",
        "A harbour-master? No: harbour masters, bakers and a FERRY PILOT, then the Baker's son.",
        "\u212aaren the baker and \u0130da the Ferry Pilot (folding characters: the regex decides).",
    ]
    for text in texts:
        want = [(m.span(), m.groups()) for m in rx.finditer(text, 3)]
        got = [(m.span(), m.groups()) for m in finditer_lower(rx, text, ascii_lower(text), 3)]
        assert got == want and want, text
    cased = re.compile(r"\b(Baker)\b", re.I)  # an upper-case letter in the pattern: the regex itself
    assert [m.span() for m in finditer_lower(cased, texts[0], ascii_lower(texts[0]))] == [m.span() for m in cased.finditer(texts[0])]


# Fictional sentences for the per-Doc tables below: short and long sentences, a paragraph break,
# a quotation, a one-word sentence.
_STAGE_TEXTS = [
    "Mara Quell opened the bakery in Tollbridge. \"We bake at four,\" she said.\n\nIt worked. Her brother Ivo, 31, runs the till.",
    "Ferry pilot Tomas Frey retired on Friday. Why? He said the river had changed, and that the new boats were too fast for him.",
    "Yes.",
]


def test_sentence_table_matches_spacy_sentences(nlp):
    from dateline.extractors.quotes.spans import sentence_of

    for text in _STAGE_TEXTS:
        doc = nlp(text)
        for tok in doc:
            assert sentence_of(tok) == (tok.sent.start, tok.sent.end), (text, tok.i)


def test_fact_sentences_are_made_once_and_match_doc_sents(nlp):
    from dateline.extractors.facts.context import _sentences

    for text in _STAGE_TEXTS:
        doc = nlp(text)
        first = _sentences(doc)
        assert [(s.start, s.end) for s in first] == [(s.start, s.end) for s in doc.sents]
        assert _sentences(doc) is first  # the same list: made once per Doc


def test_token_list_and_tables_follow_the_doc_asked(nlp):
    from dateline.nlp import per_doc, tokens_of

    docs = [nlp(text) for text in _STAGE_TEXTS]
    for doc in docs + docs[::-1]:  # alternating Docs: each answer is that Doc's
        toks = tokens_of(doc)
        assert [t.i for t in toks] == list(range(len(doc))) and all(t.doc is doc for t in toks)
        per_doc(doc, "speed-test").setdefault("n", len(doc))
        assert per_doc(doc, "speed-test")["n"] == len(doc)


def test_regnal_numerals_found_from_the_text_column(nlp):
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.personal import regnal_names

    found = {}
    for text in (
        "King Harald IV of Vestmark met Tsar Boris VI in Ostrava on Monday.",
        "Pope Linus XII wrote to Queen Ada II before dawn.",
        "The talks ended. Olaf Brandt III left Tollbridge at noon.",
    ):
        doc = nlp(text)
        found[text] = [doc[sp.start : sp.end].text for sp in regnal_names(doc, lexicon(), [False] * len(doc))]
    assert found == {
        "King Harald IV of Vestmark met Tsar Boris VI in Ostrava on Monday.": ["Harald IV", "Boris VI"],
        "Pope Linus XII wrote to Queen Ada II before dawn.": ["Linus XII", "Ada II"],
        "The talks ended. Olaf Brandt III left Tollbridge at noon.": ["Olaf Brandt III"],
    }


def test_trusted_models_equal_model_construct():
    from dateline.model import Mention, Span, trusted_mention, trusted_span

    for start, end, text, kind in [(0, 9, "Ines Vale", "name"), (40, 43, "she", "pronoun"), (77, 93, "the quarry owner", "descriptor")]:
        fast, slow = trusted_mention(start, end, text, kind), Mention.model_construct(start=start, end=end, text=text, kind=kind)  # type: ignore[arg-type]
        assert fast == slow and fast.model_fields_set == slow.model_fields_set
        assert list(fast.__dict__) == list(slow.__dict__) and fast.model_dump_json() == slow.model_dump_json()
        span, ref = trusted_span(start, end, text), Span.model_construct(start=start, end=end, text=text)
        assert span == ref and span.model_fields_set == ref.model_fields_set and span.model_dump_json() == ref.model_dump_json()


def test_lexicon_unions_are_the_unions_they_replace():
    from dateline.extractors.entities.lexicon import lexicon

    lex = lexicon()
    assert lex.posts == lex.workplace_posts | lex.speaker_nouns and "spokesman" in lex.posts
    assert lex.person_words == lex.person_nouns | frozenset(lex.gendered) | lex.role_heads
    assert lex.person_or_gendered == lex.person_nouns | frozenset(lex.gendered)
    assert lex.things == lex.vessel_nouns | lex.work_nouns and lex.posts is lex.posts


def test_opener_tagger_without_the_attribute_ruler_tags_as_the_pipeline(nlp):
    from dateline.extractors.entities.common import _tag_at

    keep = ("tok2vec", "tagger", "attribute_ruler")
    for text in ["retirement was a relative term for Ines Vale.", "and patience, she said, was what the quarry taught her.",
                 "hunter said the boats would sail at dawn.", "and discipline  was everything to the Marlowe sisters."]:
        whole = nlp(text, disable=[p for p in nlp.pipe_names if p not in keep])
        for k in range(len(whole)):
            if not whole[k].is_space:
                assert _tag_at(nlp, text, k) == whole[k].tag_, (text, k)


def test_opener_tagger_cut_and_batched_scores_as_the_whole_sentence(nlp):
    """The opener tagger tags a sentence cut to the encoder's reach after the word, both
    readings in one batch: each word's scores equal the whole sentence's alone, bit for bit."""
    import numpy

    from dateline.extractors.entities.common import _reach, _tags_at

    reach = _reach(nlp)
    assert reach == 4  # the shipped CNN pipeline: depth 4, window 1
    t2v, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    texts = ["harvest came late to the upper terraces that year, and the pickers stayed on until the first frost.",
             "patience, the ferryman told his grandson on the slipway at Kilbrack, is most of seamanship.",
             "discipline (as the choirmaster never tired of saying) was what turned noise into a hymn worth hearing."]
    asked = [q for t in texts for q in ((t, 0), ("and " + t, 1))]
    for text, k in asked:
        whole = nlp.make_doc(text)
        assert len(whole) > k + 1 + reach  # each is cut
        t2v(whole)
        cut = nlp.make_doc(text)[: k + 1 + reach].as_doc()
        t2v(cut)
        assert numpy.array_equal(tagger.predict([whole])[0][k], tagger.predict([cut])[0][k]), text
    memo: dict = {}
    tags = _tags_at(nlp, asked, memo)
    keep = ("tok2vec", "tagger", "attribute_ruler")
    for (text, k), tag in zip(asked, tags, strict=True):
        assert tag == nlp(text, disable=[p for p in nlp.pipe_names if p not in keep])[k].tag_, (text, k)
    assert len(memo) == len(asked) and _tags_at(nlp, asked[:1], memo) == tags[:1]  # asked again: from the memo


def test_fact_scans_are_skipped_only_where_they_cannot_match():
    """The founders' and ranked-count rules look for a word every match holds before their
    scans: a text without it has no match, a text with it is scanned as before."""
    from dateline.extractors.facts.childcount import _RANKED
    from dateline.extractors.facts.founders import _COPULA_FOUNDER, _OWNED_FOUNDERS

    texts = ["The cooperative's founders, Ines and Bram Dekker, met at the Tollgate market in 1994.",
             "Orla Quill was one of its co-founders and is now its treasurer.",
             "Fen Ashby, a lock-keeper and the youngest of the FIVE CHILDREN, rowed for Harwich.",
             "The founding members met at the mill; its first chair was Dov Reese, the eldest of four kids."]
    for text in texts:
        for rx, words in ((_OWNED_FOUNDERS, ("founder",)), (_COPULA_FOUNDER, ("founder",)), (_RANKED, ("children", "kids"))):
            if rx.search(text):
                assert any(w in text.lower() for w in words), (rx.pattern[:30], text)
    assert _OWNED_FOUNDERS.search(texts[0]) and _COPULA_FOUNDER.search(texts[1])
    assert _RANKED.search(texts[2]) and _RANKED.search(texts[3])


def test_trusted_entity_equals_the_validated_entity():
    from dateline.model import Entity, trusted_entity, trusted_mention

    for args in [("e1", "Ines Vale", "PERSON", "female", [(0, 9, "Ines Vale", "name"), (40, 43, "she", "pronoun")]),
                 ("e2", "Harwood Town", "ORG", None, [(12, 24, "Harwood Town", "name")]),
                 ("e3", "the quarry owner", "ORG_OR_PRODUCT", None, [])]:
        ident, name, etype, gender, ms = args
        fast = trusted_entity(ident, name, etype, gender, [trusted_mention(*m) for m in ms])  # type: ignore[arg-type]
        slow = Entity(id=ident, name=name, type=etype, gender=gender, mentions=[trusted_mention(*m) for m in ms])  # type: ignore[arg-type]
        assert fast == slow and fast.model_fields_set == slow.model_fields_set
        assert list(fast.__dict__) == list(slow.__dict__) and fast.model_dump_json() == slow.model_dump_json()


def test_plural_jobs_found_from_each_s_before_a_capital_as_by_the_whole_scan():
    """The plural-job patterns run over the word before each "s " and a capital find what a
    scan of the whole text finds, groups included (word boundaries and look-behinds still see
    the text before the word)."""
    from dateline.extractors.facts.pluralposts import (
        _OPENING_PLURAL_JOB,
        _PLURAL_JOB,
        _RUN_CHARS,
        _ending_before_capitals,
    )

    texts = ["Medals went to firefighters Tom Hennessy and Paddy Ward; the nurses Ann Roe trained.",
             "Carvers Pauloosie and Martha Ashevak. Co-workers Ben and Ola Fry. Her cousins Ida and Al.",
             "x. Plumbers Ann and Lee, caféworkers Ann, Jan's teachers Eve and Mo, A-b-cs D, nursess A",
             "The co-founders Ines Vale and the fishmongers\nBram Dekker met the janitors Of Mill Lane."]
    for text in texts:
        for pos in (0, 7):
            for rx in (_PLURAL_JOB, _OPENING_PLURAL_JOB):
                whole = [(m.span(), m.groups()) for m in rx.finditer(text, pos)]
                assert whole == [(m.span(), m.groups()) for m in _ending_before_capitals(rx, text, pos, _RUN_CHARS[rx])]
    assert len(list(_PLURAL_JOB.finditer(texts[0]))) == 1


def test_filled_posts_and_son_and_daughter_need_the_words_they_are_skipped_without():
    from dateline.extractors.facts.childcount import _SON_AND_DAUGHTER
    from dateline.extractors.facts.pluralposts import _FILLED, _FILLED_VERBS

    # every alternative of the verb group is one of the words the rule looks for first
    verbs = _FILLED.pattern.split(r"\s+(?:elected|", 1)[1].split(")", 1)[0].split("|")
    assert {"elected", *verbs} == set(_FILLED_VERBS)
    assert _FILLED.search("Two new directors were co-opted: Ann Roe, a retired operator, and Ben Fry")
    # a match naming no daughter is a son twice, which the rule passes over
    assert [(m["a"], m["b"]) for m in _SON_AND_DAUGHTER.finditer("his son and son-in-law; their son and a daughter")] == [("son", "daughter")]


def test_row_tokens_read_as_spacy_tokens(nlp):
    # tokens_of's RowTokens hold their attributes as slots filled from the columns: each must
    # read as spaCy's own Token reads it, with the same head, children and sentence
    from dateline.nlp import tokens_of

    doc = nlp('Ann Roe, 41, said on Monday that "the ferry" was late.\n\nHer son, Tom, agreed. They left at noon.')
    rows = tokens_of(doc)
    for tok, row in zip(doc, rows, strict=True):
        assert row == tok and hash(row) == hash(tok)
        for attr in ("text", "lower_", "tag_", "pos_", "dep_", "lemma_", "ent_type_", "i", "idx"):
            assert getattr(row, attr) == getattr(tok, attr), (tok.i, attr)
        assert row.head.i == tok.head.i and row.head is not row  # (a root's head is no RowToken of itself)
        assert [c.i for c in row.children] == [c.i for c in tok.children]
        for attr in ("lefts", "rights", "ancestors", "conjuncts"):
            assert [c.i for c in getattr(row, attr)] == [c.i for c in getattr(tok, attr)], (tok.i, attr)
        assert (row.sent.start, row.sent.end) == (tok.sent.start, tok.sent.end) and row.sent is not row.sent


def test_entity_row_spans_read_as_spacy_spans(nlp):
    # ents_of's RowSpans keep the label and text read once and hand out RowTokens: each must
    # read as the Span spaCy's doc.ents makes
    from dateline.nlp import ents_of

    doc = nlp("Ann Roe of Harbor Systems met Tom Lee in Boston on Monday, said the BBC.")
    rows, ents = ents_of(doc), doc.ents
    assert len(rows) == len(ents) > 2
    for row, ent in zip(rows, ents, strict=True):
        assert row == ent and hash(row) == hash(ent) and (row.label_, row.text, len(row)) == (ent.label_, ent.text, len(ent))
        assert [t.i for t in row] == [t.i for t in ent] and [row[k].i for k in range(-len(row), len(row))] == [ent[k].i for k in range(-len(ent), len(ent))]
        assert row[0:1] == ent[0:1] and row.root.i == ent.root.i
        with pytest.raises(IndexError):
            row[len(row)]


def test_sentence_row_spans_read_as_spacy_sentences(nlp):
    from dateline.nlp import sents_of, tokens_of

    doc = nlp("Ann Roe said so. Her son, Tom, agreed on Monday.\n\nThey left at noon.")
    assert [(s.start, s.end) for s in sents_of(doc)] == [(s.start, s.end) for s in doc.sents]
    for row, sent in zip(sents_of(doc), doc.sents, strict=True):
        assert row == sent and row.text == sent.text and [t.i for t in row] == [t.i for t in sent]
        assert row[-1].i == sent[-1].i and row.sent == sent.sent
    for tok in doc:
        assert [t.i for t in tokens_of(doc)[tok.i].sent] == [t.i for t in tok.sent]
