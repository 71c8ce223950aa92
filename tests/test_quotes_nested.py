"""Quotations inside quotations: British style (single marks outside, double inside) and American
style (double outside, single inside), straight and curly, a nested quote in a quotation that runs
over paragraphs, deep nesting, and apostrophes that are not marks. Fictional articles written here."""

from __future__ import annotations

import pytest

from dateline.extractors.quotes import find_quotations
from dateline.extractors.quotes.lexicon import MAX_NESTING_DEPTH
from dateline.extractors.quotes.marks import walk_nested
from dateline.model import Extraction, Quote


def run(text: str) -> Extraction:
    from dateline.pipeline import extract

    return extract("date 2020-10-01\n" + text, article_id="nested")


def spelled(ex: Extraction, text: str, q: Quote) -> str:
    source = "date 2020-10-01\n" + text
    return source[q.spans[0].start : q.spans[-1].end]


def named(ex: Extraction, entity_id: str | None) -> str | None:
    return next((e.name for e in ex.entities if e.id == entity_id), None)


def by_text(ex: Extraction, words: str) -> Quote:
    found = [q for q in ex.quotes if q.text == words]
    assert len(found) == 1, [(q.id, q.text, q.nested_in) for q in ex.quotes]
    return found[0]


# ---------------------------------------------------------------- marks, no model


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        ("Ms Lee said: 'He told me \"we are done\" and left.' Then she went home.",
         'He told me "we are done" and left.', "we are done"),
        ("She said: ‘He told me “we are done” and left.’", "He told me “we are done” and left.", "we are done"),
        ("Ann Vale said: \"He told me 'we are done' and left.\"", "He told me 'we are done' and left.", "we are done"),
        ("“He told me ‘we are done’ and left,” Ann Vale said.", "He told me ‘we are done’ and left,", "we are done"),
    ],
)
def test_nested_pair_lies_in_the_outer_quotation_which_keeps_its_marks(text, outer, inner):
    found = find_quotations(text)
    assert [text[q.segments[0][0] : q.segments[0][1]] for q in found] == [outer]
    children = found[0].nested
    assert [text[c.segments[0][0] : c.segments[0][1]] for c in children] == [inner]
    assert children[0].depth == 1 and children[0].single != found[0].single


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("'I don't know,' she said of the Smiths' house.", ["I don't know,"]),
        ("'I went to the Smiths' house,' she said.", ["I went to the Smiths' house,"]),
        ("‘I don’t know what the Joneses’ plan is,’ she said.", ["I don’t know what the Joneses’ plan is,"]),
        ("The '90s were fun, rock 'n' roll and all, said O'Neill of the boss' car.", []),
        ("Fans sang 'em all night at the Smiths' party.", []),
    ],
)
def test_nested_apostrophes_in_single_quoted_text_are_not_marks(text, quoted):
    found = find_quotations(text)
    assert [text[q.segments[0][0] : q.segments[0][1]] for q in found] == quoted
    assert all(not q.nested for q in found)


def test_nested_three_levels_alternating_marks():
    text = 'Ann Vale said: "Lee wrote ‘they told me “he said ‘no’ loudly” twice’ in his note."'
    (top,) = find_quotations(text)
    chain = [(text[c.segments[0][0] : c.segments[0][1]], c.depth) for c, _ in walk_nested(top)]
    assert chain == [("they told me “he said ‘no’ loudly” twice", 1), ("he said ‘no’ loudly", 2), ("no", 3)]


def test_nested_doubled_apostrophes_are_a_double_mark_not_two_quotations():
    text = "''We will rebuild,'' the mayor said."
    assert find_quotations(text) == []
    # What lies inside such a pair is not a top-level single quotation either.
    text = "''He said 'no' and left,'' Lee said. Then 'yes' came."
    assert [text[q.segments[0][0] : q.segments[0][1]] for q in find_quotations(text)] == ["yes"]


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        ('Ana said "we heard him shout "run" and we ran" on Friday.', 'we heard him shout "run" and we ran', ["run"]),
        ('"The word "no" means no," Ben Ode said.', 'The word "no" means no,', ["no"]),
        ('"They wrote "never again." We agree," Lee said.', 'They wrote "never again." We agree,', ["never again."]),
        ('Lee said "they chanted "out" and then "now" all night."', 'they chanted "out" and then "now" all night.', ["out", "now"]),
        ('"It was (as he put it "a shambles") from the start."', 'It was (as he put it "a shambles") from the start.', ["a shambles"]),
    ],
)
def test_nested_straight_double_inside_straight_double(text, outer, inner):
    # The writer kept straight marks inside: a mark after a space that opens a word, closed
    # before a later closing mark, nests rather than closing the outer quotation.
    found = find_quotations(text)
    assert [text[q.segments[0][0] : q.segments[0][1]] for q in found] == [outer]
    assert [text[c.segments[0][0] : c.segments[0][1]] for c in found[0].nested] == inner
    assert all(not c.single and c.depth == 1 for c in found[0].nested)


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('"We won," he said, "and now we rest."', ["We won,", "and now we rest."]),
        ('He said "yes" and "no" to it.', ["yes", "no"]),
        # A lost closing mark: no third mark closes an outer quotation, so nothing nests.
        ('"We won, he said. "Now we rest."', ["We won, he said. "]),
        ('"He called it "a farce", she said.', ["He called it "]),
        # The mark after the would-be inner pair opens a word: no outer closing mark follows.
        ('"We go "now" and "then', ["We go ", "then"]),
    ],
)
def test_straight_marks_that_do_not_nest_pair_as_before(text, quoted):
    found = find_quotations(text)
    assert [text[q.segments[0][0] : q.segments[0][1]] for q in found] == quoted
    assert all(not q.nested for q in found)


# ---------------------------------------------------------------- extraction


def test_nested_british_style_inner_quote_points_to_its_parent(nlp):
    text = (
        "Mara Lee runs the corner bakery in Fenwick.\n\n"
        "Ms Lee said: 'He told me \"we are done\" and left.' Then she went home.\n\n"
        "She said: ‘He told me “we are done” and left.’\n"
    )
    ex = run(text)
    outer_straight = by_text(ex, 'He told me "we are done" and left.')
    outer_curly = by_text(ex, "He told me “we are done” and left.")
    for outer in (outer_straight, outer_curly):
        assert outer.nested_in is None and outer.kind == "direct" and named(ex, outer.speaker) == "Mara Lee"
    inner = [q for q in ex.quotes if q.text == "we are done"]
    assert [q.nested_in for q in inner] == [outer_straight.id, outer_curly.id]
    for q in inner:
        assert q.kind == "partial" and q.cue == "tell"
        # `He` is nobody the article names: the speaker mention is kept, the speaker is not guessed.
        assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == "He"
        assert spelled(ex, text, q) == "we are done"


def test_nested_straight_inside_straight_through_the_pipeline(nlp):
    text = (
        "Ana Ruiz, 31, runs the ferry kiosk in Dunmore.\n\n"
        'Ana Ruiz said "we heard him shout "run" and we ran" on Friday.\n'
    )
    ex = run(text)
    outer = by_text(ex, 'we heard him shout "run" and we ran')
    inner = by_text(ex, "run")
    assert outer.nested_in is None and named(ex, outer.speaker) == "Ana Ruiz"
    assert inner.nested_in == outer.id and inner.cue == "shout"
    assert spelled(ex, text, inner) == "run"
    assert len(ex.quotes) == 2


def test_nested_american_style_named_inner_speaker_and_first_person(nlp):
    text = (
        "Tom Reed, 44, coached the Harbour Rovers for six years.\n\n"
        "Ann Vale said: \"Tom told me 'we are done' and left the ground.\"\n\n"
        "“I told him ‘not yet’ twice,” Ann Vale said.\n"
    )
    ex = run(text)
    first = by_text(ex, "we are done")
    assert by_text(ex, "Tom told me 'we are done' and left the ground.").id == first.nested_in
    assert named(ex, first.speaker) == "Tom Reed"
    mine = by_text(ex, "not yet")
    parent = next(q for q in ex.quotes if q.id == mine.nested_in)
    assert named(ex, parent.speaker) == "Ann Vale"
    # `I told him ...` inside her quotation: the words are hers.
    assert mine.speaker == parent.speaker


def test_nested_quote_inside_a_quotation_over_paragraphs(nlp):
    text = (
        "\"The season was long,\" said Ian Marsh, the Harbour Rovers coach.\n\n"
        "\"We lost five in a row and the board kept asking questions.\n\n"
        "\"Then Dan Cole stood up in the dressing room and said 'we are not going down' and everyone believed him,\" "
        "Marsh added.\n"
    )
    ex = run(text)
    running = next(q for q in ex.quotes if q.text.startswith("We lost five"))
    assert len(running.spans) == 2 and running.nested_in is None
    inner = by_text(ex, "we are not going down")
    assert inner.nested_in == running.id
    last = running.spans[-1]
    assert last.start <= inner.spans[0].start and inner.spans[0].end <= last.end
    assert named(ex, inner.speaker) == "Dan Cole"
    # Top-level quotations do not overlap; the nested one is not counted among them.
    top = sorted((s.start, s.end) for q in ex.quotes if q.nested_in is None for s in q.spans)
    assert all(a[1] <= b[0] for a, b in zip(top, top[1:], strict=False))


def test_nested_title_inside_a_quotation_is_a_scare_quote(nlp):
    text = "\"I watched 'Night Harbour' twice last week and cried both times,\" said Rita Vance.\n"
    ex = run(text)
    inner = by_text(ex, "Night Harbour")
    assert inner.kind == "scare" and inner.speaker is None and inner.nested_in is not None


def test_nested_renderers_indent_and_label_the_inner_quote(nlp):
    from rich.console import Console

    from dateline.read import from_dated_text
    from dateline.render.html import highlight
    from dateline.render.terminal import report

    text = "Ann Vale said: \"He told me 'we are done' and left the ground.\"\n"
    ex = run(text)
    console = Console(width=200, record=True)
    console.print(report(ex))
    assert "↳ we are done" in console.export_text()
    page = highlight(from_dated_text("date 2020-10-01\n" + text, article_id="nested"), ex)
    assert page.quotes == 1  # the inner quotation is no statement of its own
    inner = by_text(ex, "we are done")
    titles = [seg["open"].title for seg in page.segments if "open" in seg]
    assert any(f"quoted inside {inner.nested_in}" in t for t in titles)


# ---------------------------------------------------------------- hostile


def test_hostile_thousands_of_nested_levels_are_capped_and_linear(monkeypatch):
    from dateline.extractors.quotes import nesting
    from dateline.extractors.quotes.nesting import pair_marks

    depth = 3000
    opens = "".join("“" if k % 2 == 0 else "‘" for k in range(depth))
    closes = "".join("”" if k % 2 == 0 else "’" for k in reversed(range(depth)))
    text = "She said " + opens.replace("“", "“a ").replace("‘", "‘b ") + "x" + closes + " and left."
    seen = []
    real = nesting._classify
    monkeypatch.setattr(nesting, "_classify", lambda *a: seen.append(1) or real(*a))
    found = find_quotations(text)
    marks = 2 * depth
    # Each level reads the marks of its own text once, and only MAX_NESTING_DEPTH levels are kept.
    assert len(seen) <= (MAX_NESTING_DEPTH + 2) * marks
    deepest = max((c.depth for q in found for c, _ in walk_nested(q)), default=0)
    assert 1 <= deepest <= MAX_NESTING_DEPTH
    # Balanced from the first mark, the pairing keeps exactly the levels allowed.
    forest = pair_marks(text, 0, len(text), max_depth=MAX_NESTING_DEPTH)
    levels, layer = 0, forest
    while layer:
        levels, layer = levels + 1, [c for p in layer for c in p.children]
    assert len(forest) == 1 and levels == MAX_NESTING_DEPTH
    for q in found:
        for c, parent in walk_nested(q):
            assert any(a <= c.outer[0] and c.outer[1] <= b for a, b in parent.segments)


def test_hostile_deep_nesting_and_lone_apostrophes_through_the_pipeline(nlp):
    deep = "\"a 'b " * 400 + "c" + "' d\"" * 400
    stray = " ".join("'x" if k % 2 else "y'" for k in range(2000))
    ex = run(f"Ana Lima said: {deep}\n\nShe added: {stray}\n")
    by_id = {q.id: q for q in ex.quotes}
    for q in ex.quotes:
        depth, p = 0, q
        while p.nested_in is not None:
            p, depth = by_id[p.nested_in], depth + 1
        assert depth <= MAX_NESTING_DEPTH
