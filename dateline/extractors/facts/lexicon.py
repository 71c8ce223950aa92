"""The fact rules' lexicons: patterns/facts.json, the regular expressions built from it, and
numbers written as words ('forty-one')."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Token

from dateline.alternation import word_alternation
from dateline.wordstart import ascii_lower, finditer_lower, word_start_gate

PATTERNS_FILE = Path(__file__).resolve().parent.parent.parent / "patterns" / "facts.json"

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# ("twenty-one", and "twenty one" as some writers put it)
NUMBER_RE = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_UNITS[1:10]) + r")\b)?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)

def number_value(text: str) -> Optional[int]:
    """'34' -> 34, 'two' -> 2, 'forty-one' -> 41."""
    t = text.lower()
    if t.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        return int(t)
    if t in _UNITS:
        return _UNITS.index(t)
    head, _, tail = re.sub(r"[-\s]+", "-", t.strip()).partition("-")
    if head in _TENS and (not tail or tail in _UNITS[1:10]):
        return 20 + 10 * _TENS.index(head) + (_UNITS.index(tail) if tail in _UNITS[1:10] else 0)
    return None


def token_number(tok: Token) -> Optional[int]:
    """The number a token stands for, read with the tens word the tokeniser splits off before
    it: 'thirty-two' is 'thirty', '-', 'two' (32, not 2), and 'twenty one' is 'twenty' 'one'.
    None for such a tens word itself, which is only the first part of the number."""
    doc, i, low = tok.doc, tok.i, tok.lower_
    if low in _TENS and i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.text == "-" and not tok.whitespace_ and not nxt.whitespace_ and i + 2 < len(doc) and doc[i + 2].lower_ in _UNITS[1:10]:
            return None
        if nxt.lower_ in _UNITS[1:10] and tok.head.i == nxt.i:
            return None
    if low in _UNITS[1:10] and i > 0:
        prev = doc[i - 1]
        if prev.text == "-" and i > 1 and not prev.whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in _TENS:
            return number_value(doc[i - 2].lower_ + "-" + low)
        if prev.lower_ in _TENS and prev.head.i == tok.i:
            return number_value(prev.lower_ + "-" + low)
    return number_value(tok.text)


def number_start(tok: Token) -> Token:
    """The first token of the number word ``tok`` ends: 'thirty' of 'thirty-two'."""
    if token_number(tok) != number_value(tok.text) and tok.i > 0:
        return tok.doc[tok.i - 2] if tok.doc[tok.i - 1].text == "-" else tok.doc[tok.i - 1]
    return tok


@lru_cache(maxsize=1)
def patterns() -> dict:
    return json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _instrument_posts() -> tuple[frozenset[str], tuple[str, ...]]:
    cfg = patterns()["posts"]["instrument_posts"]
    return frozenset(cfg["instruments"]), tuple(sorted(cfg["ranks"], key=len, reverse=True))


def instrument_post(post: str) -> bool:
    """A seat in an orchestra or a band ('principal viola', 'sub-principal cello', 'second
    violin', 'viola player'): a post, though no instrument is a job on its own."""
    instruments, ranks = _instrument_posts()
    low = " ".join(post.lower().split())
    if low.endswith(" player"):
        return low[: -len(" player")].split(" ", 1)[-1] in instruments or low[: -len(" player")] in instruments
    return any(low.startswith(r + " ") and low[len(r) + 1 :] in instruments for r in ranks)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The titles lexicon lower-cased, made once: several rules test a post against it per name."""
    return frozenset(t.lower() for t in patterns()["titles"])


@lru_cache(maxsize=1)
def person_heads() -> frozenset[str]:
    """The words that head a noun for a person, lower-cased: every kin noun and the last word of
    every occupation and title ('surgeon' of 'retired surgeon'). Made once: rules ask it per
    word, and each ask walked both lists."""
    p = patterns()
    return frozenset(p["kinship"]) | frozenset(w.split()[-1].lower() for w in p["occupations"] + p["titles"])


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern]:
    p = patterns()
    child_adj = rf"(?:(?:{word_alternation(p['child_adjectives'])})\s+)?"
    return {
        "year_old": word_start_gate(re.compile(rf"\b({NUMBER_RE})[- ]years?[- ]old\b", re.I)),
        # ("died in 1969 at age 81", US English, as "at the age of")
        # ("died in March 2023 at 84": a bare "at" before a number that ends the clause, or
        # before the year: "died at 70 in 1998", or before where or after what: "died Saturday at
        # 81 at Miami Valley Hospital", "at 90 after a short illness"; the rule keeps it only after a death verb or
        # apposed to a name)
        "aged": re.compile(rf"\b(?:aged|at\s+the\s+age\s+of|at\s+age|at(?=\s+\d{{1,3}}(?:\s*[.,;]|\s+in\s+\d{{4}}\b|\s+(?:at|after|following|surrounded|when)\s|\s+on\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))\s+({NUMBER_RE})\b", re.I),
        # (not "Ann Lee, aged 47 and 44": two ages after a pair, read by ``pair_ages``)
        # ("Mia, three, was unhurt": a number written as a word too)
        # ("Luis, 8 - helped": a spaced hyphen closes a list set off by dashes)
        "name_comma_age": re.compile(rf"^,\s(?:now\s|aged\s)?(\d{{1,3}}|(?!zero){NUMBER_RE})(?=\s*(?:,|\.|;|\)|—|–|-\s|\band\b(?!\s+\d)|\bor\b|$))", re.I),
        "pair_ages": re.compile(
            rf",\s+(?:(?:(?P<same>{word_alternation(p['pair_ages']['same_age_words'])})\s+(?:(?:{word_alternation(p['pair_ages']['age_prefixes'])})\s+)?"
            # ("Ola and Ade, twins aged 42", "twin sisters now 19": the twins are the one age)
            rf"|(?:twins|twin\s+[a-z]+)\s+(?:{word_alternation(p['pair_ages']['age_prefixes'])})\s+)(?P<both>{NUMBER_RE})"
            rf"|(?:{word_alternation(p['pair_ages']['age_prefixes'])})\s+(?P<first>{NUMBER_RE})\s+and\s+(?P<second>{NUMBER_RE})"
            # "Dennis and Maureen Quayle, 84 and 81,": bare figures need no "aged"
            rf"|(?P<first_bare>\d{{1,3}})\s+and\s+(?P<second_bare>\d{{1,3}}))(?=\s*[,.;)—–]|\s*$)",
            re.I,
        ),
        "name_paren_age": re.compile(r"^\s\((\d{1,3})\)"),
        # "ORG has sacked ", "ORG appointed its new " right before a post and a name (roles.py)
        "hired_before": re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{'|'.join(map(re.escape, p['employment']['hiring_verbs']))})\s+(?:its\s+|their\s+)?(?:new\s+)?$"),
        "parent_of_n": word_start_gate(re.compile(rf"\b(mother|father|mum|mom|dad|parent)[- ](?:of|to)[- ]({NUMBER_RE})\b", re.I)),
        # ("two teenage sons", "three grown-up children": an adjective may stand before the noun)
        # (and a second count of the other sex: "had two sons and a daughter", "raised a son and
        # two daughters"; "brought up four children"; "had no children" counts none)
        "has_n_children": word_start_gate(re.compile(
            # ("never had children", "never had any children": none, as "had no children")
            rf"\b(?:(?:has|had|have|married\s+with|{word_alternation(p['child_raising_verbs']['forms'])})\s+|(?=never\s+had\s))(?:({NUMBER_RE}|an?|no|never\s+had(?:\s+any)?)\s+{child_adj}(children|kids|sons?|daughters?|boys|girls)\b(?!-)"
            rf"(?:\s+and\s+({NUMBER_RE}|an?)\s+(?:sons?|daughters?)\b(?!-))?"
            # ("Salma and her husband have twins, Adam and Lina": two children)
            rf"|(?P<multiple>{word_alternation(p['children_one_by_one']['group_words'])})\b(?!-))", re.I)),
        "their_n_children": word_start_gate(re.compile(rf"\b(their|his|her|my|our|[A-Z][\w-]*['’]s?)\s+({NUMBER_RE})\s+{child_adj}(?:children|kids|sons|daughters|boys|girls)\b", re.I)),
        # "is survived by his wife, Eileen, and by two sons", "leaves a wife, Pam, and two
        # daughters", a death's "left his wife, Tamika, 41, and three children" (not "two sons and
        # a daughter")
        "survived_by_n": word_start_gate(re.compile(rf"\b(?:survived\s+by|leaves|left\s+(?:behind\s+)?(?:his|her)\s+(?:wife|husband|partner))\b[^.;]{{0,80}}?\b({NUMBER_RE})\s+(?:children|kids|sons?|daughters?)\b", re.I)),
        # A prefix tree with the flat longest-first alternation's matches: the flat one made the
        # occupation scan most of this stage's time.
        # (gated to word starts: these long alternations were tried at every word's end too)
        # (then a noun and an agent noun it is a job only with: "kite maker", "sawmill worker";
        # the lexicon's own "furniture maker" first, so its words are not split)
        "occupation": word_start_gate(re.compile(
            rf"\b({word_alternation(p['occupations'])}|(?P<made>[a-z]+(?:-[a-z]+)?)[ -](?:{word_alternation(p['compound_occupation_heads']['heads'])}))\b", re.I)),
        "title": word_start_gate(re.compile(rf"\b({word_alternation(p['titles'])})\b", re.I)),
    }



def title_matches(text: str, body: int, memo: dict) -> list[re.Match]:
    """``_regexes()["title"].finditer(text, body)`` as a list, made once per article in ``memo``
    (a rule context's): the roles rule and the issuer's posts rule both scan the body for titles."""
    key = ("title_matches", body)
    found = memo.get(key)
    if found is None:
        # (found in the lower-cased text: an IGNORECASE alternation folds every character it tries)
        found = memo[key] = finditer_lower(_regexes()["title"], text, ascii_lower(text), body)
    return found


@lru_cache(maxsize=1)
def _rank_prefix() -> re.Pattern:
    words = patterns()["posts"]["rank_prefixes"]
    return re.compile(r"(?:^|(?<=[\s\"“(]))(" + "|".join(map(re.escape, words)) + r")\s+$", re.I)


def ranked_title(text: str, body: int, start: int, title: str) -> tuple[str, int]:
    """A title with the word before it that ranks it ('deputy head', 'assistant coach'; patterns
    key ``posts.rank_prefixes``), and where it starts: the deputy of a post holds a post of
    their own, and 'head' alone is an office no employer gives ('head of state')."""
    got = _rank_prefix().search(text, max(body, start - 12), start)
    if got is None or title.split()[0] == got.group(1).lower():
        return title, start
    return f"{got.group(1).lower()} {title}", got.start(1)


def ranked_employs(title: str, base: str) -> str:
    """The title whose employment counts: a ranked one only for the posts
    ``posts.ranked_employment_roles`` lists ('deputy head of Elm Park School' works there; a
    'deputy leader of the council' is a member, as the leader is)."""
    return title if base in patterns()["posts"]["ranked_employment_roles"] else base
