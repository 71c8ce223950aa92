"""Occupations apposed to a name with a cue word or a job's ending: "Graham Fenn, a retired
ferry captain,", "Ann Roe, 41, a sailmaker", "Hal Roe, the club's treasurer and a retired
attorney,". Apart from the roles rule because these read no organisation: the job alone is the
fact (patterns key ``retired_occupations``)."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import LIKELY, _Ctx, _tok_end, patterns
from dateline.extractors.facts.lexicon import _regexes, title_words
from dateline.extractors.facts.roles import _named_after
from dateline.nlp import children_of, columns, tokens_in, tokens_of

_BY_TRADE = re.compile(r",\s+(?:\d{1,3},\s+)?an?\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+by\s+trade\b")


def _rule_retired_occupations(ctx: _Ctx) -> None:
    """'Graham Fenn, a retired ferry captain,', 'Marsh, a former harbour master': with the cue
    word a job need not be in the lexicon (patterns key ``retired_occupations``); "a retired
    brand inspector for the state livestock board,": a job at a body the text does not name is
    an occupation too."""
    p = patterns()["retired_occupations"]
    # ("Joseph Camilleri is a retired dockyard worker.", "Harold Kowalski, 84, is a retired rancher
    # and ...": the cue after a copula as after a comma)
    rx = re.compile(r"(?:,\s+(?:\d{1,3},\s+)?|(?:,\s+\d{1,3},)?\s+(?:is|was)\s+)an?\s+(?:" + "|".join(map(re.escape, p["cues"])) + r")\s+((?:[a-z]+\s+){0,2}[a-z]+)(?=\s*[,.;]|\s+(?:and|who)\b|\s+(?:for|at|with)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)*[,.;]"
                    # ("a retired fish plant foreman from Carbonear,": where one is from)
                    r"|\s+(?:from|of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?[,.;])")
    # "Hedley Marsh, a deckhand,", "Ann Roe, 41, a sailmaker": without a cue, one word with a
    # job's ending (patterns key ``job_suffixes``), perhaps after one noun ('a ballad collector')
    # ("X, the boatbuilder whose yard ...", "X (1935 – 1999) was a lighthouse keeper" too)
    # (every match opens on a comma or a space: the lookahead fails at once everywhere else)
    suffixed = re.compile(r"(?=[,\s])(?:,\s+(?:\d{1,3},\s+)?(?:an?|the)|(?:\s+\([^()]{4,40}\),?)?\s+(?:is|was)\s+an?)\s+((?:[a-z]+\s+)?[a-z]*(?:" + "|".join(map(re.escape, p["job_suffixes"])) + r"))(?=\s*[,.;]|\s+(?:and|who|whose|in|from)\b)")
    # ("Arthur Hallam, a platelayer", "Nikos Kouris, an opal cutter", "a German oboist": after 'a' or 'an' only, a
    # word with an agent's ending the lexicon has no trade for; "the ..." is more often a role
    # in the story than a trade, "the petitioner", "the youngest paddler")
    agentive = re.compile(r"(?=[,\s])(?:,\s+(?:\d{1,3},\s+)?an?|(?:\s+\([^()]{4,40}\),?)?\s+(?:is|was)\s+an?)\s+((?:[A-Za-z][a-z]+\s+)?[a-z]*(?:"
                          + "|".join(map(re.escape, p["agent_suffixes"])) + r"))(?=\s*[,.;]|\s+(?:and|who|whose|in|from)\b)")
    not_agents = set(p["not_agents"])
    not_jobs = set(p["not_jobs"])
    kin = patterns()["kinship"]
    titles = title_words()
    # "The pathologist, Dr Erin Whitlow, said": a job with such an ending apposed before a name
    # (the look-behind after the "T", as the same test of the character before it: a pattern
    # opening on a letter is tried only where that letter stands, not at every character)
    before = re.compile(r"[Tt](?<![\w-][Tt])he\s+((?:[a-z]+\s+)?[a-z]*(?:" + "|".join(map(re.escape, p["job_suffixes"])) + r")),\s+")
    # (every match of ``rx`` holds a cue word as written: most articles have neither, and its
    # opening choice was tried at every character)
    cued = any(ctx.text.find(c, ctx.article.body_start) >= 0 for c in p["cues"])
    found = [(m, False) for m in rx.finditer(ctx.text, ctx.article.body_start)] if cued else []
    # "Leo, a schooner captain by trade,": "by trade" says the words before are an occupation
    found += [(m, False) for m in _BY_TRADE.finditer(ctx.text, ctx.article.body_start)]
    found += [(m, True) for m in suffixed.finditer(ctx.text, ctx.article.body_start)]
    found += [(m, True) for m in before.finditer(ctx.text, ctx.article.body_start)]
    seen = {m.span(1) for m, _ in found}
    found += [(m, True) for m in agentive.finditer(ctx.text, ctx.article.body_start)
              if m.span(1) not in seen and m.group(1).split()[-1] not in not_agents]
    for m, by_suffix in found:
        words = m.group(1).split()
        if len(words) > 1 and words[-1] in ("himself", "herself"):
            words = words[:-1]  # ("a former jeepney driver himself,": the job, not the emphasis)
        if words[-1] in not_jobs or words[-1] in kin or any(w in ("of", "and", "the", "who") for w in words):
            continue
        if by_suffix:
            if words[-1] in titles or len(words[-1]) < 6:
                continue  # ("a chairman": a title wants its organisation)
            if len(words) == 2:
                span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if span is None or span[0].pos_ != "NOUN":
                    words = words[1:]  # "a keen collector": only the noun is the job
            if len(words) == 1 and words[0] in p["job_suffixes"]:
                continue  # "a player", "a collector": the ending alone names no trade
        longer = _regexes()["occupation"].match(ctx.text, m.start(1))
        if longer is not None and longer.end() > m.end(1):
            continue  # ("a retired stock and station agent": the lexicon's job runs on over "and")
        at = ctx.ending_at(m.start()) if m.re is not before else _named_after(ctx, m.end())
        life = re.search(r"\s+\(\d{4}\s*[-–]\s*\d{4}\)$", ctx.text[max(0, m.start() - 20) : m.start()])
        if at is None and life is not None:
            at = ctx.ending_at(m.start() - len(life.group(0)))  # "Ivy Trent (1902 – 1971), a ballad collector"
        if at is None:
            continue
        job = " ".join(words)
        for key, f in ctx.facts.items_of("occupation", at[1].id):
            # "a retired ferry engineer" read before as the bare "engineer": keep the fuller job
            if job.endswith(" " + str(f.value)):
                del ctx.facts[key]
        ev_start, ev_end = (at[0].start, m.end(1)) if m.re is not before else (m.start(), at[0].end)
        ctx.add("occupation", at[1], ev_start, ev_end, value=job, confidence=LIKELY)
        ctx.add_gender(at[1], patterns()["gendered_roles"].get(" ".join(words)), m.start(1), m.end(1), LIKELY)
    _retired_in_apposition(ctx, set(p["cues"]), not_jobs | set(kin))


def _retired_in_apposition(ctx: _Ctx, cues: set[str], not_jobs: set[str]) -> None:
    """'Hal Roe, the club's treasurer and a retired attorney,': a cued job joined by 'and' to an
    apposition of a person's mention."""
    # (read off the columns: a Token object per word and per dependent cost more than the rule)
    cols, toks, kids = columns(ctx.doc), tokens_of(ctx.doc), children_of(ctx.doc)
    dep, lower, heads = cols.dep, cols.lower, cols.head
    # Only a noun with a cue word as its modifier before it can pass: those nouns from the cue
    # words' indices, in text order (not a step per word of the article).
    cued = sorted({heads[k] for k in tokens_in(ctx.doc, "lower", cues) if dep[k] == "amod" and k < heads[k]})
    for i in cued:
        pos, text = cols.pos[i], cols.text[i]
        if pos != "NOUN" or not text.islower() or lower[i] in not_jobs:
            continue
        cue = [toks[k] for k in kids[i] if dep[k] == "amod" and lower[k] in cues and k < i]
        if not cue or not any(dep[k] == "det" and lower[k] in ("a", "an") for k in kids[i]):
            continue
        tok = toks[i]
        words = ctx.doc[cue[-1].i + 1 : tok.i + 1]
        if len(words) > 3 or any(not w.text.islower() or w.pos_ != "NOUN" for w in words):
            continue
        top = tok
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        # (a cued job apposed alone is read by the surface rule above; titles want an organisation)
        if top is tok or top.dep_ != "appos" or tok.lower_ in title_words():
            continue
        at = ctx.covering(top.head.idx, _tok_end(top.head))
        if at is None or at[0].kind == "pronoun":
            continue
        job = " ".join(w.lower_ for w in words)
        if any(str(f.value).endswith(job) for f in ctx.facts.of("occupation", at[1].id)):
            continue
        ctx.add("occupation", at[1], min(at[0].start, cue[-1].idx), _tok_end(tok), value=job, confidence=LIKELY)
