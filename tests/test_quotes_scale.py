"""Quote extraction at scale (issue 12): thousands of quotations and unbalanced marks give the
right answer; the bisection helpers that made it linear agree with the scans they replaced."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extractors.quotes.intervals import Overlaps, Ranges, last_nonspace

NAMES = ["Mara Voss", "Ilse Brandt", "Omar Quist", "Lena Sato", "Piet Olsen", "Rita Vance", "Ana Lima", "Nadia Fell"]
RANGES = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@pytest.mark.slow
def test_quotes_five_thousand_quotations_each_with_its_speaker(nlp):
    from dateline.pipeline import extract

    paras = [
        f'{NAMES[k % 8]} said: "Yes {k + 1}."' if k % 2 else f'"Yes {k + 1}," {NAMES[k % 8]} said.'
        for k in range(5000)
    ]
    ex = extract("date 2024-03-05\n\n" + "\n\n".join(paras) + "\n", article_id="tally")
    names = {e.id: e.name for e in ex.entities}
    assert len(ex.quotes) == 5000
    got = [(q.kind, q.text.rstrip(",."), names.get(q.speaker or "")) for q in ex.quotes]
    assert got == [("direct", f"Yes {k + 1}", NAMES[k % 8]) for k in range(5000)]


def test_quotes_one_sentence_of_two_thousand_cues_each_quote_its_speaker(nlp):
    from dateline.pipeline import extract

    run = ", and ".join(f'{NAMES[k % 8]} said "yes {k + 1}"' for k in range(2000))
    ex = extract("date 2024-03-05\n\n" + run + ".\n", article_id="run")
    names = {e.id: e.name for e in ex.entities}
    got = [(q.kind, q.text, names.get(q.speaker or "")) for q in ex.quotes]
    assert got == [("partial", f"yes {k + 1}", NAMES[k % 8]) for k in range(2000)]


class _WholeWindow:
    """What attribution ranked before cuesearch: every cue of the window."""

    def __init__(self, index):
        self.index = index

    def contenders(self, lo, hi, outer, first, fragment):
        from dateline.extractors.quotes.spans import tree_of

        cands = self.index.within(lo, hi)
        if fragment and first is not None:
            tree = tree_of(first.doc)
            cands = [c for c in cands if c.dep_ != "relcl" or any(tree.is_ancestor(c.i, t.i) for t in first)]
        return cands


MIXED = [
    'Lee said he believes it was "a mistake" and Ann Vale said "no", and Omar Quist told reporters "later".',
    'The council bought a "smart" kettle that nobody asked for, according to Rita Vance.',
    '"We will see," Piet Olsen said, "whether it holds." Nadia Fell called it "a farce" and "a waste".',
    "Mara Voss's statement \"changed nothing\", Ilse Brandt wrote on Twitter, while Lena Sato said it was \"fine\".",
    'Ana Lima, a lawyer, said: "It is over." She added that the ruling was "final", and he said "not yet".',
]


def test_quotes_ranking_a_few_contenders_equals_ranking_the_whole_window(nlp, monkeypatch):
    from pathlib import Path

    from dateline.extractors.quotes.attribution import CueIndex
    from dateline.pipeline import extract

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).resolve().parent.parent.glob("examples/*.txt"))]
    texts.append("date 2024-03-05\n\n" + "\n\n".join(MIXED * 3) + "\n")
    texts.append("date 2024-03-05\n\n" + ", and ".join(f'{NAMES[k % 8]} said "the vote {k} will be won"' for k in range(40)) + ".\n")
    fast = [extract(t, article_id="a").model_dump() for t in texts]
    monkeypatch.setattr(CueIndex, "search", lambda self, tree, resolver, quote_ranges: _WholeWindow(self))
    whole = [extract(t, article_id="a").model_dump() for t in texts]
    assert sum(len(x["quotes"]) for x in fast) > 50
    assert fast == whole


def test_quotes_thousands_of_unbalanced_marks_pair_in_order(nlp):
    from dateline.pipeline import extract

    ex = extract("date 2024-03-05\nHe spoke of" + ' "x' * 3000 + " and left.", article_id="marks")
    assert len(ex.quotes) == 1500
    assert all(q.text == "x " for q in ex.quotes)


@settings(max_examples=300, deadline=None)
@given(ranges=RANGES, pos=st.integers(-2, 90), lo=st.integers(0, 90), width=st.integers(0, 30))
def test_quotes_ranges_agree_with_a_scan(ranges, pos, lo, width):
    r = Ranges(ranges)
    hi = lo + width
    assert (pos in r) == any(a <= pos < b for a, b in ranges)
    assert r.any_start_in(lo, hi) == any(lo <= a < hi for a, _ in ranges)
    assert r.last_end_at_most(pos) == max((b for _, b in ranges if b <= pos), default=None)
    assert r.first_start_at_least(pos) == min((a for a, _ in ranges if a >= pos), default=None)
    assert Overlaps(ranges).hits(lo, hi) == any(x < hi and lo < y for x, y in ranges)


@given(text=st.text(alphabet=" \n\tab", max_size=20), lo=st.integers(0, 20), hi=st.integers(0, 20))
def test_quotes_last_nonspace_is_rstrip(text, lo, hi):
    lo, hi = min(lo, len(text)), min(hi, len(text))
    k = last_nonspace(text, lo, hi)
    stripped = text[lo:hi].rstrip()
    assert k == (lo + len(stripped) - 1 if stripped else -1)


CHANNEL_WORDS = ["on Twitter", "in a statement", "on Facebook", "in an interview", "by text message", "and"]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(CHANNEL_WORDS), max_size=30), anchor=st.integers(0, 400), lo=st.integers(0, 60))
def test_quotes_nearest_channel_by_bisection_equals_the_nearest_by_scan(words, anchor, lo):
    from types import SimpleNamespace

    from dateline.extractors.quotes.channels import _channel
    from dateline.extractors.quotes.lexicon import lexicon

    text = " ".join(words) + " "
    hi = len(text)
    lo = min(lo, hi)
    lex = lexicon()
    hits = [(m.start(), lex["channels"][m.group(1).lower()]) for m in lex["channel_re"].finditer(text, lo, hi)]
    cue = SimpleNamespace(lemma_="say", idx=anchor)
    expected = min(hits, key=lambda h: abs(h[0] - anchor))[1] if hits else None
    assert _channel(text, cue, lo, hi) == expected
