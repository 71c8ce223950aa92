"""A post of two words written before a full name with no organisation: 'Head coach Tomas
Varga', 'Athletic director Leona Ruiz', 'the letter was signed by deputy editor Hamish Doyle'.
The words name an office someone holds (a title, as 'Senator X' is), not a trade: a listed
title with the word that ranks or fields it. ``roles`` reads such a post as a title only when an
organisation stands before it ('Acme chief executive X') or the office needs none ('Judge X');
without one it left the bare head word an occupation ('coach'). A two-word phrase the lexicon
lists as a job stays one ('Stage manager X'), and one word alone before a name stays as it was
('Director Jane Pike' may be a film's)."""

from __future__ import annotations

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx, patterns
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.employment import _drop_bare_job
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.orgs import _org_for, org_kind
from dateline.extractors.facts.roles import _employs
from dateline.nlp import char_tokens, tokens_of


def _rule_posts_before_names(ctx: _Ctx) -> None:
    p = patterns()
    titles = title_words()
    jobs = _occupation_words()  # (the lower-cased occupations, made once, not per article)
    dropped = set(p["employment"]["role_modifiers_dropped"]) | set(p["posts"]["modifiers_dropped"])
    states = set(p["posts"]["office_states"]["words"])
    toks = tokens_of(ctx.doc)
    body = ctx.article.body_start
    for mention, person in ctx.mentions:
        if person.type != "PERSON" or mention.kind != "name" or len(mention.text.split()) < 2 or mention.start < body:
            continue
        got = char_tokens(ctx.doc, mention.start, mention.end)  # (char_span's bounds, with no Span made)
        if got is None or got[0] < 2:
            continue
        first = got[0]
        if first >= 3 and _honorific(toks[first - 1], titles):
            first -= 1  # ("Club chairman Alhaji Seidu Abdulai", "Head coach Dr Ama Owusu": past the honorific)
        head, mod = toks[first - 1], toks[first - 2]
        if _office_state(toks, first - 1, titles, states):
            if not ctx.facts.has("title", person.id):
                ctx.add("title", person, head.idx, mention.end, value=head.lower_, confidence=LIKELY)
            continue
        if mod.text == "-" and first >= 3 and _hyphened(toks, first - 1):
            # 'Vice-chairman X': the compound is the post, its first part the modifier
            head, mod = toks[first - 3], toks[first - 3]
            phrase = f"{head.lower_}-{toks[first - 1].lower_}"
            if phrase not in titles or not (head.is_sent_start or head.i == 0 or head.is_lower or toks[head.i - 1].is_space):
                continue
            if _named_word(ctx, head.idx, mention.start - 1) or ctx.facts.has("title", person.id):
                continue
            _drop_bare_job(ctx, person, phrase, head.idx, mention.end)
            ctx.add("title", person, head.idx, mention.end, value=phrase, confidence=LIKELY)
            continue
        if not (head.is_alpha and head.is_lower and mod.is_alpha) or head.lower_ not in titles and f"{mod.lower_} {head.lower_}" not in titles:
            continue
        if mod.lower_ == "op" and mod.i >= 2 and toks[mod.i - 1].text == "-" and toks[mod.i - 2].lower_ == "co":
            # "Co-op chair Tadhg Mulcahy" (the tokenizer splits "Co-op" in three): the chair of the co-op
            coop = _org_for(ctx, "op", mod.idx)
            if coop is not None and _employs(coop[1].name, head.lower_) and not ctx.facts.has("title", person.id):
                start = toks[mod.i - 2].idx
                ctx.add("employer", person, start, mention.end, obj=coop[1], confidence=LIKELY)
                ctx.add("title", person, start, mention.end, value=head.lower_, confidence=LIKELY)
            continue
        phrase = f"{mod.lower_} {head.lower_}"
        if mod.i > 0 and toks[mod.i - 1].lower_ in ("retired", "former", "late"):
            continue  # ("Retired bank officer Mr. X": a post left, the retired-occupations rule's)
        # the modifier opens the sentence or is written lower-case; no nationality ('Scottish
        # director X'), rank word ('new', 'former') or name of its own ('Acme director X')
        opens = mod.is_sent_start or mod.i == 0 or toks[mod.i - 1].is_space or toks[mod.i - 1].text in ('"', "“", ".", "!", "?")
        if head.lower_ in p["posts"]["not_posts"] and phrase not in titles:
            continue  # "life member X": a membership, no office
        if (not (mod.is_lower or opens) or mod.ent_type_ == "NORP" or mod.lower_ in dropped or phrase in jobs
                or not (mod.pos_ in ("ADJ", "NOUN", "PROPN") or _field_gerund(mod, p)) or _named_word(ctx, mod.idx, mod.idx + len(mod.text))):
            continue
        if any(str(f.value).split()[-1] == head.lower_ for f in ctx.facts.of("title", person.id)):
            continue  # ("Acme chief executive X", "Ward councillor X": read by roles already)
        named_org = _org_for(ctx, mod.lower_, mod.idx) if opens and org_kind(mod.lower_) is not None else None
        if named_org is not None and _employs(named_org[1].name, head.lower_):
            # ("Factory chairman X" after "Kapterit Tea Factory": the chairman of that factory)
            _drop_bare_job(ctx, person, head.lower_, mod.idx, mention.end)
            ctx.add("employer", person, mod.idx, mention.end, obj=named_org[1], confidence=LIKELY)
            ctx.add("title", person, mod.idx, mention.end, value=head.lower_, confidence=LIKELY)
            continue
        _drop_bare_job(ctx, person, phrase, mod.idx, mention.end)
        ctx.add("title", person, mod.idx, mention.end, value=phrase, confidence=LIKELY)


def _honorific(tok, titles: frozenset[str]) -> bool:
    """A capitalised honorific the name leaves out ('Dr', 'Alhaji', 'Mrs'), not a post ('Chief',
    'Judge'), which is the title itself."""
    low = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and low in lexicon().titles and low not in titles and tok.lower_ not in titles


def _field_gerund(mod, p: dict) -> bool:
    """A gerund the tagger calls a verb that names the post's field ('Goalkeeping coach X',
    'Kicking coach X'), not the holder's state ('retiring coach X': ``posts.state_gerunds``)."""
    return mod.tag_ == "VBG" and mod.lower_ not in p["posts"]["state_gerunds"]


def _named_word(ctx: _Ctx, start: int, end: int) -> bool:
    """The word is part of a name: an organisation's, or a person's as a name (not a
    description of the person that takes the post in, 'Head coach Tomas Varga')."""
    org = ctx.covering(start, end, ORG)
    hit = ctx.covering(start, end, PERSON)
    return org is not None or (hit is not None and hit[0].kind in ("name", "surname", "firstname"))


def _hyphened(toks, i: int) -> bool:
    """Tokens i-2, i-1, i are one hyphened word ('vice-chairman'), written with no spaces."""
    if i < 2:
        return False
    a, dash, b = toks[i - 2], toks[i - 1], toks[i]
    return a.is_alpha and b.is_alpha and not a.whitespace_ and not dash.whitespace_


def _office_state(toks, i: int, titles: frozenset[str], states: set[str]) -> bool:
    """Token i is a one-word title after a word that says how its holder stands in the office
    ('Outgoing chairman X', 'the retiring treasurer X', 'long-serving secretary X'), the
    state word lower-case or opening the sentence."""
    head = toks[i]
    if i < 1 or not (head.is_alpha and head.is_lower) or head.lower_ not in titles:
        return False
    mod = toks[i - 1]
    word, first = mod.lower_, mod
    if i >= 3 and toks[i - 2].text == "-" and _hyphened(toks, i - 1):
        first = toks[i - 3]
        word = f"{first.lower_}-{mod.lower_}"
    opens = first.is_sent_start or first.i == 0 or toks[first.i - 1].is_space or toks[first.i - 1].text in ('"', "“")
    return word in states and (first.is_lower or opens)
