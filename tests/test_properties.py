"""Property tests (issue 12): the reader turns any bytes into Articles or clear rejections, and the
quote finder's spans always lie in the text and spell what they claim; top-level quotations never
overlap, and a nested one lies inside the one it is nested in."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline.read import Rejected, read_path

CODE = r"E0\d\d: "

# Text rich in what the quote finder reacts to: every kind of mark, paragraph breaks, cue words.
PIECES = st.sampled_from(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "\n", "\n\n", " ", "said", "Ana Lima", ", ", ". ",
                          "<b>", "</b>", "(", ")", "—", "Hello there", "6'3\"", ":"])
QUOTY = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=300), QUOTY.map(lambda t: ("date 2021-05-04\n" + t).encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_read_any_bytes_give_articles_or_coded_rejections(data, suffix):
    import re

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        for item in read_path(path):
            if isinstance(item, Rejected):
                assert re.match(CODE, item.reason), item.reason
            else:
                assert 0 <= item.body_start <= len(item.text) and item.text[item.body_start :].strip()
                item.model_dump_json()  # every Article can be written out


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    ordered = sorted(spans)
    for (_, e1), (s2, _) in zip(ordered, ordered[1:], strict=False):
        assert e1 <= s2, (text, ordered)


def _inside(inner: tuple[int, int], outer: list[tuple[int, int]]) -> bool:
    return any(a <= inner[0] and inner[1] <= b for a, b in outer)


@settings(max_examples=400, deadline=None)
@given(text=QUOTY)
@example(text='‘" ’')  # found by this test: a single quotation whose closing mark fell inside a double one
@example(text="'a \"b\" c' and “d ‘e “f” e’ d”")  # nesting both ways, three levels
@example(text='said "a "b" c "d" e" and "f "g"')  # straight marks nested in straight ones, and a lost mark
def test_quotes_finder_spans_in_bounds_and_disjoint(text):
    from dateline.extractors.quotes import find_quotations
    from dateline.extractors.quotes.marks import walk_nested

    found = find_quotations(text)
    _check_spans(text, [seg for q in found for seg in q.segments])
    for q in found:
        assert q.outer[0] <= q.segments[0][0] and q.segments[-1][1] <= q.outer[1] <= len(text)
        for child, parent in walk_nested(q):
            # A nested quotation lies, marks and all, inside one segment of its parent, and
            # its siblings do not overlap it.
            assert child.depth == parent.depth + 1
            assert _inside(child.outer, parent.segments), (text, child.outer, parent.segments)
            _check_spans(text, [c.outer for c in parent.nested])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=QUOTY)
def test_quotes_extracted_spell_their_source_and_do_not_overlap(nlp, text):
    from dateline.pipeline import extract
    from dateline.read import InputError

    try:
        ex = extract("date 2021-05-04\n" + text, article_id="p")
    except InputError:
        return  # an empty body is a clear rejection, checked by the reader property
    source = "date 2021-05-04\n" + text
    _check_spans(source, [(s.start, s.end) for q in ex.quotes if q.nested_in is None for s in q.spans])
    by_id = {q.id: q for q in ex.quotes}
    for q in ex.quotes:
        if q.nested_in is not None:
            parent = by_id[q.nested_in]
            assert all(_inside((s.start, s.end), [(p.start, p.end) for p in parent.spans]) for s in q.spans)
            assert q.text in parent.text
        if len(q.spans) == 1:
            assert source[q.spans[0].start : q.spans[0].end] == q.text
        if q.speaker_mention:
            m = q.speaker_mention
            assert source[m.start : m.end] == m.text
