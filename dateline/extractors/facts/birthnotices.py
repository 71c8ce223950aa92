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
