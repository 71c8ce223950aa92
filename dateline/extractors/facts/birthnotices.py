"""A births column's notice: 'To Kelsey and Marcus Ostrowski of Swift Current, a daughter, Wren
Adele, on March 2.' The people after 'To' are the parents (one or two, a couple named together),
the child named after the kin noun is theirs, and the date after it is the child's birth."""

from __future__ import annotations

import re

from dateline.extractors.facts.context import PERSON, SURE, _Ctx

_NOTICE = re.compile(r"(?m)^To\s+(?P<parents>[^,;\n]{3,90}?),\s+(?:a|twin)\s+(?:baby\s+)?(?P<kin>daughter|son|girl|boy)s?,\s+"
                     r"(?P<child>[A-Z][^,;\n]{0,40}?),\s+(?:on|born\s+on|born)\s+(?P<when>[^.;\n]{3,30})")
_GENDER = {"daughter": "female", "girl": "female", "son": "male", "boy": "male"}


def _rule_birth_notices(ctx: _Ctx) -> None:
    if ctx.text.find("To ", ctx.article.body_start) < 0:
        return
    for m in _NOTICE.finditer(ctx.text, ctx.article.body_start):
        parents: list = []
        # (not where they live: "To Kayla and Dmitri Sorokin of Moose Jaw")
        home = re.search(r"\s+of\s+[A-Z]", m.group("parents"))
        stop = m.start("parents") + home.start() if home else m.end("parents")
        for mm, e in ctx.mentions_from(m.start("parents")):
            if mm.start >= stop:
                break
            if mm.start >= m.start("parents") and e.type in PERSON and mm.kind in ("name", "firstname") and e not in parents:
                parents.append(e)
        child = ctx.starting_at(m.start("child"))
        if not 1 <= len(parents) <= 2 or child is None or child[1] in parents:
            continue
        for p in parents:
            ctx.add("child", p, m.start(), child[0].end, obj=child[1], confidence=SURE)
        ctx.add_gender(child[1], _GENDER[m.group("kin")], m.start("kin"), m.end("kin"), SURE)
        when = next((t for t in ctx.times_overlapping(m.start("when"), m.end("when")) if t.type == "DATE"), None)
        ctx.add("event", child[1], m.start("child"), m.end("when"), value="birth", time=when.id if when else None, confidence=SURE)
        if len(parents) == 2:
            ctx.note_couple(m.start(), parents[0], parents[1])
        # ("..., born on 3 June at Savusavu Hospital: a little sister for Jone, 4")
        stop = min((k for k in (ctx.text.find(".", m.end()), ctx.text.find("\n", m.end())) if k >= 0), default=len(ctx.text))
        sib = _SIBLING_FOR.search(ctx.text, m.end("child"), stop)
        older = ctx.starting_at(sib.end()) if sib else None
        if older is not None and older[1].type in PERSON and older[1] is not child[1] and older[1] not in parents:
            ctx.add("sibling", child[1], m.start("child"), older[0].end, obj=older[1], confidence=SURE)


# "congratulated A and her husband, B, on the birth of twin daughters, C and D, on 28 October",
# "Best wishes to A and B on the arrival of their son, C, born on 2 July"
_BIRTH_OF = re.compile(r"\bon\s+the\s+(?:birth|arrival)\s+of\s+(?:(?:their|a|an|his|her)\s+)?(?:(?:first|second|third|fourth|fifth|new|baby|twin|first-born|firstborn)\s+)*"
                       r"(?P<kin>child|son|daughter|boy|girl|twins|sons|daughters|boys|girls|children)(?:,\s+an?\s+(?P<kin2>son|daughter|boy|girl))?,\s+"
                       r"(?P<children>[A-Z][^;:.\n]{0,80}?)(?:,?\s+(?:born\s+)?on\s+(?P<when>[^,;.\n]{3,30}?))?(?=[.;]|,\s+and\s|\s*$|,\s+an?\s+(?:baby\s+|little\s+)?(?:brother|sister)\s+for\s)", re.M)
# "..., on 9 October, a brother for Isla, 3": the one born is the named one's sibling
_SIBLING_FOR = re.compile(r"[,:]\s+an?\s+(?:baby\s+|little\s+|new\s+)?(?:brother|sister)\s+for\s+(?=[A-Z])")
_KIN_GENDER = {"son": "male", "boy": "male", "sons": "male", "boys": "male", "daughter": "female", "girl": "female", "daughters": "female", "girls": "female"}


def _rule_births_congratulated(ctx: _Ctx) -> None:
    """A column's congratulations on a birth: the one or two people named in the sentence before
    'on the birth of' are the parents of the children named after the kin noun, and a date
    after them is the children's birth."""
    text = ctx.text
    if text.find("on the birth of", ctx.article.body_start) < 0 and text.find("on the arrival of", ctx.article.body_start) < 0:
        return
    for m in _BIRTH_OF.finditer(text, ctx.article.body_start):
        span = ctx.doc.char_span(m.start(), m.start() + 2, alignment_mode="expand")
        if span is None:
            continue
        parents: list = []
        for mm, e in ctx.mentions_from(span.sent.start_char):
            if mm.start >= m.start():
                break
            if e.type in PERSON and mm.kind in ("name", "firstname") and e not in parents:
                parents.append(e)
        stop = m.start("when") if m.group("when") else m.end("children")
        children: list = []
        for mm, e in ctx.mentions_from(m.start("children")):
            if mm.start >= stop:
                break
            if e.type in PERSON and mm.kind in ("name", "firstname") and e not in children:
                children.append(e)
        plural = m.group("kin") in ("twins", "sons", "daughters", "boys", "girls", "children")
        if not children or any(c in parents for c in children) or (len(children) > 1) != plural:
            continue
        when = next((t for t in ctx.times_overlapping(m.start("when"), m.end("when")) if t.type == "DATE"), None) if m.group("when") else None
        gender = _KIN_GENDER.get(m.group("kin2") or m.group("kin"))
        # (the birth and the child stand whoever else the sentence names: "to Helmer's son Per
        # and his partner, Sanna, on the birth of their daughter, Saga, on 2 October"; the
        # parents only where one or two are named)
        sure_parents = parents if 1 <= len(parents) <= 2 else []
        end = m.end("when") if m.group("when") else m.end("children")
        sib = _SIBLING_FOR.match(text, end)
        older = ctx.starting_at(sib.end()) if sib else None
        for child in children:
            for p in sure_parents:
                ctx.add("child", p, span.sent.start_char, m.end("children"), obj=child, confidence=SURE)
            ctx.add_gender(child, gender, m.start("kin"), m.end("kin"), SURE)
            if when is not None:
                ctx.add("event", child, m.start("children"), m.end("when"), value="birth", time=when.id, confidence=SURE)
            if older is not None and older[1].type in PERSON and older[1] is not child and older[1] not in parents:
                ctx.add("sibling", child, m.start("children"), older[0].end, obj=older[1], confidence=SURE)


# "Cathal is a brother for Aoife, 3", "She is a little sister to Tom": the copula's subject is the
# named one's sibling, as the notice's apposed "a brother for Isla" says
_IS_SIBLING_FOR = re.compile(r"\s+(?:is|was)\s+(?:now\s+)?an?\s+(?:baby\s+|little\s+|new\s+|big\s+)?(?:brother|sister)\s+(?:for|to)\s+(?=[A-Z])")


def _rule_is_sibling_for(ctx: _Ctx) -> None:
    text = ctx.text
    if text.find(" brother ", ctx.article.body_start) < 0 and text.find(" sister ", ctx.article.body_start) < 0:
        return
    for m in _IS_SIBLING_FOR.finditer(text, ctx.article.body_start):
        who, other = ctx.ending_at(m.start(), kinds=("name", "firstname", "surname", "pronoun")), ctx.starting_at(m.end())
        if who is None or other is None or who[1] is other[1] or who[1].type not in PERSON or other[1].type not in PERSON:
            continue
        if other[0].kind not in ("name", "firstname"):
            continue
        ctx.add("sibling", who[1], who[0].start, other[0].end, obj=other[1], confidence=SURE)
