"""Work: titles with their organisation (employer), titles alone, occupations, and
'works for' / 'joined' clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import Optional

from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.nameaffixes import past_post_nominals
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    PERSON,
    SURE,
    _conjuncts,
    _Ctx,
    _regexes,
    _resolve,
    patterns,
)
from dateline.extractors.facts.described import _occupation_words, is_kin_descriptor
from dateline.extractors.facts.lexicon import ranked_employs, ranked_title, title_matches, title_words
from dateline.extractors.facts.occupations import (
    _occ_value,
    job_unasserted,
    occupation_matches,
    unasserted_copula,
    whose_relative_before,
)
from dateline.extractors.facts.orgjobs import org_before_job, org_labelled_job
from dateline.extractors.facts.orgs import (
    _org_by_head_most,
    _org_for,
    _org_named_as,
    _org_of_kind,
    a_persons_name,
    article_org,
    company_meant,
    fits_kind,
)
from dateline.extractors.facts.roleclues import (
    _holder_near,
    _job_with_noun_before,
    _modifies_noun,
    _one_person_word,
    _subject_org,
    _titled_name_ending,
    _unnamed_at,
)
from dateline.extractors.facts.roleemployers import OWNED_BODIES, post_fits, village_parish
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.paragraphs import in_capitals_heading

# "of" and one or two lower-case words of a field, not of an organisation or a person ("head of
# sales", "dean of science at ORG"; not "head of the firm", "director of Acme")
_FIELD_WORD = r"(?!(?:the|a|an|his|her|its|their|at|for|with|in|on|from|and|since|of|to)\b)[a-z][\w-]*"
# words that open a phrase, not an organisation's name ("The network President X")
_NOT_NAME_OPENERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your"})
_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+")
_FIELD = re.compile(r"\s+of\s+(" + _FIELD_WORD + r"(?:\s+" + _FIELD_WORD + r")?)\b(?!['’-])")

# an honorific before a capitalised word makes that word a surname, whatever trade it spells
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Madam|Mme)\.?\s+[A-Z]")
# "of the club's sponsor, " / "for the hotel's owners, ": a body another one has, named after the comma
# (the bodies employment._orgs_of_role reads from the parse, each singular or plural, and "parent company")
_OWNED_BODY = re.compile(r"^\s+(?:of|for|at|with)\s+the\s+[a-z]+['’]s?\s+(?:main\s+|chief\s+|headline\s+|new\s+)?"
                         r"(?:" + "|".join(f"{w}s?" for w in sorted(OWNED_BODIES)) + r"|parent\s+company),\s+")
# after a one-word name, lower-case words of a trade and then another name: the first was its town
_PLACE_THEN_TRADE = re.compile(r"\s+(?:(?!(?:and|or|in|at|of|for|with|to|from|on|by|the|its|said|says)\b)[a-z][\w-]*\s+){1,3}(?=[A-Z])")


def _employs(org_name: str, title: str, also: frozenset[str] = frozenset()) -> bool:
    """A title with an organisation names an employer unless the title is an office or a
    membership ('member of the Academy') or the organisation one you belong to (a party, an
    army; though an army's staff, its spokeswoman, work for it: ``staff_roles``). ``also``:
    roles a construction ties to the organisation firmly enough to count ('The group's
    leader, X')."""
    emp = patterns()["employment"]
    words = org_name.lower().split()
    if words and title in emp["staff_roles"] and words[-1] in emp["staffed_bodies"]:
        return True  # a league's members are not employed by it, its spokeswoman is
    if words and title in emp["clergy_roles"] and words[-1] in emp["clergy_bodies"]:
        return True  # a church's minister serves it, though a government's minister holds an office
    if village_parish(title, org_name):
        return False
    if words and title in emp["society_offices"]["offices"] and words[-1] in emp["society_offices"]["bodies"]:
        return True  # a society's secretary holds its office, though a government's secretary is a minister
    return bool(words) and words[-1] not in emp["not_employers"] and (title not in emp["not_employment_roles"] or title in also)


class _Spans:
    """Character spans added one by one, asked whether any overlaps a span: only those starting
    within the longest span's length before it can (a walk over every span per ask was
    quadratic in a long article)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, a: int, b: int) -> None:
        insort(self._spans, (a, b))
        self._longest = max(self._longest, b - a)

    def overlaps(self, s: int, e: int) -> bool:
        lo = bisect_right(self._spans, (s - self._longest, float("inf")))
        hi = bisect_left(self._spans, (e,))
        return any(s < b for _, b in self._spans[lo:hi])


def _rule_roles(ctx: _Ctx) -> None:
    rx = _regexes()
    p = patterns()
    text, body = ctx.text, ctx.article.body_start
    no_org_titles = {t.lower() for t in p["person_titles_without_org"]}
    titled = _Spans()
    listed: dict[int, tuple] = {}  # where "ORG title NAME" ends -> ORG
    for m in title_matches(text, body, ctx.memo):
        title = re.sub(r"\s+", " ", m.group(1).lower())
        s, e = m.span()
        if in_capitals_heading(text, s, e):
            continue  # ("FROM THE PRESIDENT" over a newsletter's column names nobody's post)
        field = _FIELD.match(text, e) if title.split()[-1] in p["posts"]["field_titles"] else None
        if field is not None:
            # "head of sales", "dean of science at ORG": the field is part of the post
            title, e = f"{title} of {field.group(1)}", field.end()
        base = title  # ("deputy head" of "head": what the office is, whatever ranks it)
        title, s = ranked_title(text, body, s, title)
        # "Acme chief executive Dana Roe" / "Acme's chief executive, Dana Roe"
        org_before = None
        described = False  # ("The club secretary, X": the club's secretary, as a possessive ties it)
        folded = False
        pre = text[max(body, s - 60) : s]
        mo = re.search(r"(?:['’]s)?\s+$", pre)
        if mo is not None:
            pre_end = s - len(pre) + mo.start()
            # "the theatre's chairwoman" after "the Lyric Theatre", "the company's managing
            # director": the organisation named earlier that the noun stands for, over the one
            # the entity stage linked the descriptor to
            mh = re.search(r"\b[Tt]he\s+((?:[a-z]+\s+)?[a-z]+)['’]s\s+$", pre) if mo.group(0).strip() else None
            earlier = _org_for(ctx, " ".join(mh.group(1).split()), s) if mh else None
            if earlier is not None and mh is not None:
                # the evidence is the descriptor here, not the name paragraphs back
                desc = s - len(pre) + mh.start()
                org_before = (earlier[0].model_copy(update={"start": desc, "end": desc + len(mh.group(0).rstrip())}), earlier[1])
            if org_before is None:
                org_before = ctx.ending_at(pre_end, ORG)
            if org_before is None and mo.group(0).strip():
                # a descriptor only with a possessive: "the company's chief executive", not
                # "the network President Putin" (a noun that merely precedes the title)
                org_before = ctx.covering(pre_end - 1, pre_end, ORG)
            if org_before is None:
                # one lowercase word between: "The New York Times technology columnist X"
                mw = re.search(r"(?:['’]s)?\s+[a-z][\w-]*\s+$", pre)
                org_before = ctx.ending_at(s - len(pre) + mw.start(), ORG) if mw else None
                # ("Harlan State board chair X": the first words of an organisation's name)
                short = re.search(r"(?<![\w'’])((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)(?:\s+[a-z][\w-]*)?\s+$", pre)
                inside = ctx.covering(s - len(pre) + short.start(1), s - len(pre) + short.end(1), ORG | PERSON) if short else None
                if org_before is None and short is not None and (inside is None or inside[0].kind == "descriptor"):
                    org_before = _org_named_as(ctx, short.group(1), s - len(pre) + short.start(1), s - len(pre) + short.end(1))
                    if org_before is None and ctx.starting_at(e + 1, PERSON) is not None and short.group(1).split()[0].lower() not in _NOT_NAME_OPENERS:
                        # "Greenridge founder Margaret Tull" after "Greenridge Home Care": before a
                        # title and a name, the first words of an organisation named earlier
                        org_before = _org_named_as(ctx, short.group(1), s - len(pre) + short.start(1), s - len(pre) + short.end(1), prefix=True)
            if org_before is None:
                # "Kestrel Athletic have sacked manager Ian Dowd", "Halden Systems has hired chief
                # scientist Mira Patel": the organisation that gives or takes the post
                mv = rx["hired_before"].search(pre)
                org_before = ctx.ending_at(s - len(pre) + mv.start(), ORG) if mv else None
            if org_before is None:
                # "Club president Fiona McAllister", "said council leader Ann Roe": the
                # organisation named before with that word in its name
                md = re.search(r"(?:^|(?<=[.!?\"“]\s)|(?<=\s))([A-Za-z]+)\s+$", pre)
                word = md.group(1) if md else ""
                opens = md is not None and (word.islower() or re.search(r"(?:^|[.!?\"“])\s*$", pre[: md.start(1)]) is not None)
                # ("A conference spokesman said", nobody named: the description is the one who holds it)
                alone = md is not None and word.islower() and _unnamed_at(ctx, s - len(pre) + md.start(1), e)
                # ("The club secretary, X", "X, the club treasurer": after "the" only; "Our new
                # club secretary, X" is the posts rule's, with its whole post)
                near = ctx.starting_at(e + 1, PERSON) is not None or (
                    md is not None and re.search(r"\b[Tt]he\s+$", pre[: md.start(1)]) is not None and _holder_near(ctx, s, e))
                if md is not None and opens and (alone or word.lower() in p["employment"]["described_orgs"] and near):
                    # (else one of the word's kind, "Company president X" after "Orla Systems"; a
                    # club by its word alone is the one the article is about, "Club president X"
                    # in a report on Harwood Rovers)
                    earlier = _org_by_head_most(ctx, word.lower(), s) or _org_of_kind(ctx, word.lower(), s)
                    if earlier is None and word.lower() == "club" and opens and not alone:
                        earlier = article_org(ctx)
                    if earlier is not None:
                        word_at = s - len(pre) + md.start(1)
                        org_before = (earlier[0].model_copy(update={"start": word_at, "end": word_at + len(word)}), earlier[1])
                        described = True
        last = org_before[0].text.split()[-1].lower() if org_before is not None and org_before[0].end == s - 1 and text[s:e].istitle() else ""
        if org_before is not None and last and (last in title_words() or last in _occupation_words()):
            # "Clinical Nurse Manager Philomena Geraghty": capitals the tagger called an
            # organisation that end on a job are the title's own words
            title, s, org_before, folded = f"{org_before[0].text.lower()} {title}", org_before[0].start, None, True
        kind = re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)['’]s\s+(?:[a-z][\w-]*\s+)?$", pre)
        if org_before is not None and "\n" in text[org_before[0].end : s]:
            org_before = None  # ("A. DOREY, Castel ¶ Editor's note": a line's end between)
        if org_before is not None and " " not in org_before[0].text and re.search(r"\b[Aa]n?\s+$", text[max(body, org_before[0].start - 4) : org_before[0].start]):
            org_before = None  # ("a Pentecostal pastor": one word after "a" names a kind, no employer)
        if org_before is not None and a_persons_name(ctx, org_before[1]):
            org_before = None  # "Grange's partner" after "Hollis Grange"
        if org_before is not None and kind is not None and fits_kind(org_before[1], kind.group(1)) is False:
            org_before = None  # ("the union's regional secretary", no union named: not the firm it was linked to)
        post = text[e : e + 60]
        mn = re.match(r"^,?\s+", post)
        person_after = ctx.starting_at(e + mn.end()) if mn else None
        hon = re.match(r"^,?\s+([A-Z][a-z]{1,4})\.?\s+", post) if person_after is None else None
        if hon is not None and hon.group(1).lower() in lexicon().titles:
            # "Te Awa Health chief executive Dr Fiona Marsh": past an honorific the name leaves out
            person_after = ctx.starting_at(e + hon.end())
        # "Dana Roe, chief executive of Acme" / "a spokeswoman for Acme"
        mo2 = re.match(r"^\s+(?:of|at|for|with)\s+(?:the\s+)?", post)
        org_after = ctx.starting_at(e + mo2.end(), ORG) if mo2 else None
        if org_after is not None and " " not in org_after[0].text and (named := _PLACE_THEN_TRADE.match(ctx.text, org_after[0].end)) is not None \
                and (firm := ctx.starting_at(named.end(), ORG)) is not None:
            org_after = firm  # ("chief executive of the Tartu wax maker Rebane & Tütar": the firm, not its town)
        if org_after is None and mo2:
            hit = ctx.covering(e + mo2.end(), e + mo2.end() + 1, ORG)
            # "a spokesman for the council": the organisation's descriptor, article and all
            prep_only = re.match(r"^\s+\w+\s+", post)
            starts = {e + mo2.end()} | ({e + prep_only.end()} if prep_only else set())
            org_after = hit if hit and hit[0].start in starts else None
            if org_after is not None and org_after[0].text.split():
                # ("a spokeswoman for the company": the one the article is about, not the one named last)
                org_after = company_meant(ctx, org_after, org_after[0].text.split()[-1], org_after[0].start)
            word = re.match(r"^\s+\w+\s+the\s+([a-z]+)\b(?!\s*['’-])", post)
            owners = re.match(r"^\s+for\s+the\s+[a-z]+['’]s?\s+(?:owners?|parent\s+company|operators?),\s+", post)
            if org_after is None and owners is not None:
                # "A spokesman for the hotel's owners, Crest Holdings": the owner named after them
                org_after = ctx.starting_at(e + owners.end(), ORG)
            if org_after is None and word is not None:
                # "A spokeswoman for the fund" after "the Eastern Cape Arts Fund", the noun left
                # unlinked: the organisation named before with it as its head
                org_after = _org_for(ctx, word.group(1), e)
        if mo2 is not None and (owned := _OWNED_BODY.match(post)) is not None and (named_body := ctx.starting_at(e + owned.end(), ORG)) is not None:
            org_after = named_body  # ("chief executive of the club's sponsor, Midlands Grain Millers": the sponsor)
        if org_before is None and org_after is None and person_after is not None and person_after[0].start == e + 1:
            # "Presenter Owen Tate of Riverside Radio", "Retail analyst Ann Roe, of Khanya
            # Capital"; also "from"/"with" ("Retail analyst Ann Roe, from Khanya Capital"), the
            # organisation's type kept so a hometown after the comma gives none
            mo3 = re.match(r"^,?\s+(?:of|at|from|with)\s+(?:the\s+)?", text[person_after[0].end : person_after[0].end + 14])
            org_after = ctx.starting_at(person_after[0].end + mo3.end(), ORG) if mo3 else None
        if org_before is None and org_after is None and person_after is not None and person_after[0].start == e + 1:
            # "the company said finance director Colin Aitchison will retire", "Acme confirmed that
            # its chief executive Dana Roe": a title its organisation announces
            announced = _announcing_org(ctx, pre, s)
            if announced is not None:
                # ("said operations director X": the words between are the title's)
                org_before, words_at = announced
                title, s = " ".join([*ctx.text[words_at:s].lower().split(), title]), words_at
        if org_before is None and org_after is None and person_after is not None:
            # "Eskom chairwoman Ana Ruiz and chief executive Ben Moyo": the second title is at
            # the organisation the first one named
            for prev_end, prev_org in listed.items():
                if re.fullmatch(r",?\s+and\s+", text[prev_end:s]):
                    org_before = prev_org
        org = org_before or org_after
        if org is not None and org is org_before and mo is not None and mo.group(0).strip() and not post_fits(title, org[1]):
            continue  # "Grange's partner, X": a firm's partner, else a life partner
        if org_after and person_after is None:
            after_org = re.match(r"^,\s+", text[org_after[0].end : org_after[0].end + 4])
            if after_org:
                person_after = ctx.starting_at(org_after[0].end + after_org.end())
        subject = None
        ev_start, ev_end = s, e
        if org_before and person_after:
            subject = person_after[1]
            ev_start, ev_end = org_before[0].start, person_after[0].end
            listed[person_after[0].end] = org_before
        if subject is None:
            hit = ctx.covering(s, e)
            if hit and hit[0].kind in ("descriptor", "title") or (hit and hit[0].start < s):
                subject = hit[1]
                ev_start, ev_end = min(hit[0].start, s), max(hit[0].end, e)
        if subject is None:
            # apposition after a name: "Dana Roe, (the|a|Acme's|Acme) chief executive"
            head = text[max(body, s - 80) : s]
            ma = re.search(r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:['’]s)?\s+)?(?:(?:senior|former|deputy|acting|interim|joint|new|chief)\s+)?$", head)
            if ma is not None and not re.search(r"\.\s+$", ma.group(0)) and "\n" not in ma.group(0):
                # (not "X, a GP. Councillor Y said": a capitalised title opening the next sentence)
                at = ctx.ending_at(s - len(head) + ma.start())
                if at:
                    subject = at[1]
                    ev_start = at[0].start
                    ev_end = e
                    if org_after:
                        ev_end = org_after[0].end
                    elif org_before is None:
                        inner = ctx.covering(s - len(head) + ma.start() + 2, s - 1, ORG)
                        if inner:
                            org = inner
        if subject is None and person_after and org is None and base in p["apposed_ranks"] and re.search(r"[a-z],\s*$", pre):
            continue  # "The force's head of roads policing, Inspector Hannah Greaves": the post is the title
        if org is None and (subject is not None or person_after) and re.search(r"\ban?\s+new\s+$", pre):
            # "The society welcomes a new chairman, Ifan Jenkins": the body the clause's subject
            # names gives the post
            org = _subject_org(ctx, s, e)
        if subject is None and person_after and (org or base in no_org_titles or folded):
            subject = person_after[1]
            ev_end = person_after[0].end
        if subject is None or (org is None and base not in no_org_titles and not folded):
            continue
        if org is None and base in no_org_titles and _job_with_noun_before(ctx, s, base):
            continue  # "a former school governor": a job, no office (the occupations read it)
        if org is not None:
            ev_start = min(ev_start, org[0].start)
            ev_end = max(ev_end, org[0].end)
            also = frozenset(p["posts"]["employment_roles"]) if described and org is org_before else frozenset()
            if org is org_before and not text[org[0].end : s].strip():
                also = also | frozenset(p["posts"]["named_employment_roles"])
            if org is org_after and mo2 is not None and mo2.group(0).split()[0] == "of":
                also = also | frozenset(p["posts"]["of_employment_roles"])  # "X, owner of Kerehoma Shearing"
            if _employs(org[1].name, ranked_employs(title, base), also):
                ctx.add("employer", subject, ev_start, ev_end, obj=org[1], confidence=SURE)
        ctx.add("title", subject, ev_start, ev_end, value=title, confidence=SURE)
        ctx.add_gender(subject, p["gendered_roles"].get(title), s, e, SURE)
        titled.add(s, e)
    jobs: dict[int, Entity] = {}  # token index of a job noun -> whose job it is
    # (the title pattern is no faster so: sre happens to scan it quicker with IGNORECASE)
    for m in occupation_matches(ctx):
        s, e = m.span()
        if titled.overlaps(s, e):
            continue
        occ = _occ_value(m.group(1))
        if text[max(0, s - 1) : s] == "-" or text[e : e + 1] == "-" or _modifies_noun(ctx, e):
            continue
        inside = ctx.covering(s, e, ORG) if text[s : s + 1].isupper() else None
        if inside is not None and (inside[0].start < s or (inside[0].end > e + 1 and text[e : e + 1] == " " and text[s - 4 : s - 1] == " at")):
            # ("an analyst at Caroni Merchant Bank": a word of a body's name, no job; so is the
            # first word of one after "at": "a nurse at Bishop Auckland Hospital")
            continue
        subject = None
        ev = (s, e)
        if text[e : e + 1] == " ":
            # ("GP Dr Anna Sefton": an honorific between the job and the name)
            hon = _HONORIFIC.match(text, e + 1)
            at = ctx.starting_at(e + 1) or (ctx.starting_at(hon.end()) if hon else None)
            if at is None:
                # a name mention that swallowed its preceding job word
                inner = ctx.covering(s, e)
                # (not "Mason Reid": with one word left the job word is the given name)
                if inner and inner[0].kind == "name" and inner[0].start == s and inner[0].end > e + 1 and " " in text[e + 1 : inner[0].end].strip():
                    at = inner
            if at:
                subject, ev = at[1], (s, at[0].end)
                # "Former Halden Systems engineer Maria Costa": a job at the organisation before it
                # (a lower-case job: "Rufus Seaman Carter" split in two is no Seaman at Rufus)
                org = ctx.ending_at(s - 1, ORG) if text[s - 1 : s] == " " and text[s:e].islower() else None
                if org is not None and occ in p["employment"]["place_modified_jobs"] and " " not in org[1].name and len(org[1].mentions) == 1:
                    org = None  # ("the late Gasparillo businessman Ramdeo Persad": a one-word name, once, a place's)
                if org is not None and _employs(org[1].name, occ):
                    ctx.add("employer", subject, org[0].start, at[0].end, obj=org[1], confidence=SURE)
                    ctx.add("title", subject, org[0].start, at[0].end, value=occ, confidence=SURE)
                    titled.add(s, e)
                    continue
                if text[s:e].istitle() and occ in no_org_titles and at[0].start == e + 1:
                    # "Probate Court Judge Celeste Amundsen", "Judge Ann Roe": an office before
                    # the name is a title, as "Senator X" is
                    ctx.add("title", subject, s, at[0].end, value=occ, confidence=SURE)
                    titled.add(s, e)
                    continue
        if (subject is None and text[e : e + 2] == ", " and re.search(r"(?:^|\s)[Tt]he\s+(?:[a-z-]+\s+)?$", text[max(body, s - 20) : s])
                and not re.search(r"\b(?:for|of|to|with|by|from|against|on)\s+[Tt]he\s+(?:[a-z-]+\s+)?$", text[max(body, s - 30) : s])):
            # "The pathologist, Dr Erin Whitlow, said": the job apposed before a name (not
            # "Counsel for the managing director, X": the name is the counsel's)
            at = _named_after(ctx, e + 2)
            if at is not None:
                subject, ev = at[1], (s, at[0].end)
        client = re.match(r"\s+for\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}([a-z-]+),\s+", text[e : e + 60]) if subject is None else None
        if client is not None and _one_person_word(p, client.group(1)):
            client = None  # "Counsel for the plumber, Jo Pike": the name may be the plumber's
        if client is not None and re.search(r"(?:^|[.!?]\s+|(?:^|\s)(?:[Tt]he|[Aa]n?)\s+)$", text[max(body, s - 6) : s]) is not None:
            # "Counsel for the council, Farah Siddiqui, said", "A lawyer for the family, Tom
            # Hale, said": the job opens the sentence or its phrase, and the name closing the
            # phrase of a client no one person could be is the job holder's
            at = _named_after(ctx, e + client.end())
            if at is not None:
                subject, ev = at[1], (s, at[0].end)
        if subject is None:
            head = text[max(body, s - 80) : s]
            # "X, a retired plumber", "X, 45, a dentist", "X is a nurse"; not "X is the
            # daughter of a coal miner" (the job is someone else's)
            # (past a word of time or self before the job: "X (1928 – 2004), once a forester")
            ma = re.search(r"(?:,\s+(?:who\s+(?:is|was)\s+|(?:once|then|formerly|himself|herself)\s+)?|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:(?!of\s)[\w-]+\s+){0,3}$", head)
            if ma is not None and not re.search(r"[.;:!?\"“”]", ma.group(0)):
                cut = s - len(head) + ma.start()
                # (an age or a lifespan between: "X, 45, a dentist", "X, now 75, a retired teacher",
                # "X (1911-1987), a coal merchant";
                # or a graduate's subject and year: "X (Medicine, 1961), a former GP")
                # (or an alumni note's class year: "Evelyn Carter '61, a pediatrician")
                age = re.search(r"(?:,\s+(?:now\s+)?\d{1,3},?|\s+\(\d{4}\s*[-–]\s*\d{4}\)|\s+\((?:both\s+)?[A-Z][\w' &-]{1,40},\s+(?:19|20)\d\d\)|\s+['’]\d\d)$",
                                text[max(body, cut - 50) : cut])
                name_end = cut - len(age.group(0)) if age else cut
                at = ctx.ending_at(name_end) or _titled_name_ending(ctx, name_end)
                kin = ctx.covering(name_end - 1, name_end)
                if at is None and kin is not None and kin[0].kind == "descriptor" and kin[0].end == name_end and is_kin_descriptor(kin[0].text):
                    at = kin  # "Her husband, 55, a carpenter": a relative described, not named
                other = ctx.covering(s, e, PERSON) if at and ma.group(0).startswith(",") else None
                if at and other is not None and other[0].kind == "descriptor" and other[1] is not at[1] and other[0].end == e:
                    # ("by the brother's lawyer, Advocate Dirk van Wyk, the doctor agreed": the
                    # entity stage read "the doctor" as the verb's subject, somebody else, not an
                    # apposition to the name)
                    at = None
                if at:
                    subject, ev = at[1], (at[0].start, e)
        if subject is None:
            hit = ctx.covering(s, e)
            # the job must be the descriptor's head noun: "the singer", "a former model", but not
            # "the billionaire estate mogul" or "the bill's floor manager" ("Its managing
            # director": a post at the organisation, read by posts)
            # (nor "The youngest singer, aged 9, is X": one picked out among the members)
            if (hit and hit[0].kind in ("descriptor", "title") and hit[0].end == e
                    and not re.search(r"['’]s\b|^[Ii]ts\b|^[Tt]he\s+\w+est\b", hit[0].text) and len(hit[0].text.split()) <= 4
                    # (not a surname after an honorific: "Mr Bishop", "Mrs Baker")
                    and not (hit[0].kind == "title" and _HONORIFIC_NAME.match(hit[0].text))):
                subject, ev = hit[1], (hit[0].start, hit[0].end)
        if subject is None:
            # "George Penn (1931 – 2001) was a headmaster": the job is the copula's attribute
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and root.dep_ == "attr" and root.head.lemma_ == "be":
                subj = [c for c in root.head.children if c.dep_ == "nsubj"]
                relative = whose_relative_before(ctx, root.head)
                people = [relative] if relative is not None else (
                    _resolve(ctx, subj[0], couples=False) if subj and len(_conjuncts(subj[0])) == 1 else [])
                if len(people) == 1:
                    subject, ev = people[0], (root.head.idx if relative is not None else min(subj[0].idx, s), e)
            elif (root is not None and root.dep_ == "pobj" and root.head.lower_ == "as"
                  and root.head.head.lemma_ in p["employment"]["as_verbs"] and root.head.head.pos_ == "VERB" and not unasserted_copula(root.head.head)):
                # "Gary Dunn works for Ashby Council as a gardener", "joined the show as a clown" (not
                # "X has appointed his daughter, Amy, as finance director": a person object's job)
                obj = [e for c in root.head.head.children if c.dep_ == "dobj" for e in _resolve(ctx, c, couples=False) if e.type == "PERSON"]
                people = obj or _subjects(ctx, root.head.head, couples=False)
                if len(people) == 1:
                    subject, ev = people[0], (root.head.idx, e)
            elif (root is not None and root.dep_ == "conj" and root.head.i in jobs
                  and not any(ctx.covering(t.idx, t.idx + len(t.text), PERSON) for t in ctx.doc[root.head.i + 1 : root.i])):
                # "a dentist and former school governor": the second job is the same person's, unless
                # a name stands between ("the plumber, Tom Reed, and the baker" is two people)
                subject, ev = jobs[root.head.i], (s, e)
            elif root is not None and root.dep_ == "conj" and root.head.pos_ == "NOUN":
                # "Grace, 73, Samuel's widow and a retired midwife": a job joined to a kin
                # description of a named person is that person's
                kin_desc = ctx.covering(root.head.idx, root.head.idx + len(root.head.text), PERSON)
                if (kin_desc is not None and kin_desc[0].kind == "descriptor" and kin_desc[0].end == root.head.idx + len(root.head.text)
                        and is_kin_descriptor(kin_desc[0].text)):
                    subject, ev = kin_desc[1], (kin_desc[0].start, e)
        if subject is None:
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            jobs[span.root.i] = subject
        # 'director of Acme' is a title (handled above), not a bare occupation
        # ('a coxswain at Porthcarrow': a place after it leaves the job an occupation)
        at_org = re.match(r"^\s+(?P<prep>of|at|for|with|on)\s+(?:the\s+)?(?=[A-Z])", text[e : e + 30])
        # ("a student at Walter Sisulu University": a place of study names no post, and the job
        # stays an occupation, posts.not_posts)
        if at_org and occ.split()[-1] not in p["posts"]["not_posts"] and (
                at_org.group("prep") not in ("at", "on") or ctx.starting_at(e + at_org.end(), ORG | PERSON) is not None):
            continue
        if any(str(f.value).split()[-1:] == occ.split()[-1:] for f in ctx.facts.of("title", subject.id)):
            continue  # "The judge" after "Judge Ann Roe", "the managing director" after his title: the title says it
        if job_unasserted(ctx, s):
            continue  # "is not a doctor", "If he were a surgeon": a job the text does not give him
        if occ in no_org_titles and re.search(r"(?:^|\s)[Tt]he\s+$", text[max(body, s - 5) : s]):
            # "The judge, Emrys Vaughan": an office held here, a title with no employer ("a
            # retired judge" stays a job)
            ctx.add("title", subject, ev[0], ev[1], value=occ, confidence=LIKELY)
            continue
        labelled = org_labelled_job(ctx, s, e) if " " not in occ else None
        if labelled is not None and _employs(labelled[0][1].name, occ):
            ev = (labelled[0][0].start, ev[1])  # "Ledger education reporter Wes Kowalski"
            ctx.add("employer", subject, ev[0], ev[1], obj=labelled[0][1], confidence=LIKELY)
            ctx.add("title", subject, ev[0], ev[1], value=text[labelled[1] : e], confidence=LIKELY)
            continue
        held = org_before_job(ctx, s)
        if held is not None and _employs(held[1].name, occ):
            ctx.add("employer", subject, ev[0], ev[1], obj=held[1], confidence=LIKELY)  # "a former Tata Steel engineer"
            ctx.add("title", subject, ev[0], ev[1], value=text[held[2] : e] if held[2] < s else occ, confidence=LIKELY)
            continue
        # ("joined as a porter in 1975", the firm the article's: a post taken up, as "joined the
        # firm as a porter" is)
        relation = "title" if _JOINED_AS.search(text, max(body, s - 60), s) else "occupation"
        value = occ
        held_here = _THE_POST.search(text, max(body, s - 40), s) if text[e : e + 2] == ", " and ctx.starting_at(e + 2) is not None else None
        if held_here is not None:
            # ("The plant manager, Khanh Nguyen, 38, said": the post somebody holds here, named
            # with what it is of, as "The session clerk, X" is)
            relation, value = "title", f"{held_here.group(1)}{occ}"
        ctx.add(relation, subject, ev[0], ev[1], value=value, confidence=LIKELY if ev == (s, e) else SURE)
        # (the gender the job word gives: "The head waitress, X" is a woman's post)
        ctx.add_gender(subject, p["gendered_roles"].get(occ), s, e, SURE)


_THE_POST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+([a-z][a-z-]+\s+)$")
_JOINED_AS = re.compile(r"\b(?:joined|joins|join|joining)\s+as\s+(?:an?\s+)?$")


def _announcing_org(ctx: _Ctx, pre: str, s: int) -> Optional[tuple[tuple[Mention, Entity], int]]:
    """The organisation that says a title of its own right before the title: 'ORG said
    (that) (its) [field words] TITLE NAME' (patterns key employment.announcing_verbs), and where
    the title's words begin."""
    verbs = "|".join(map(re.escape, patterns()["employment"]["announcing_verbs"]))
    got = re.search(r"(?:\s|^)(?:" + verbs + r")\s+(?:that\s+)?(?:its\s+)?((?:" + _FIELD_WORD + r"\s+){0,2})$", pre)
    if got is None:
        return None
    end = s - len(pre) + got.start()
    hit = ctx.ending_at(end, ORG) or ctx.covering(end - 1, end, ORG)
    if hit is None or hit[0].end != end or a_persons_name(ctx, hit[1]):
        return None
    noun = hit[0].text.split()[-1] if hit[0].text.split() else ""
    return company_meant(ctx, hit, noun, hit[0].start), s - len(pre) + got.start(1)


def _named_after(ctx: _Ctx, at: int) -> Optional[tuple[Mention, Entity]]:
    """The person named at ``at``, past an honorific, when the name closes a phrase and no list
    goes on ('the plumber, Tom Reed, and the baker' is two people)."""
    hon = _HONORIFIC.match(ctx.text, at)
    hit = ctx.starting_at(hon.end() if hon else at, PERSON)
    end = past_post_nominals(ctx.text, hit[0].end, lexicon()) if hit is not None else 0  # ("Cheryl Fung SC, told")
    if hit is None or hit[0].kind != "name" or not re.match(r"(?:,(?!\s+and\b)|[.;])", ctx.text[end : end + 6]):
        return None
    return hit
