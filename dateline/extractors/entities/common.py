"""Capitalised common nouns that open a sentence ("Retirement was a relative term."): the small
model tags many of them NNP, and a he/she pronoun after one then finds a "person" there.

A one-word proper noun at a sentence's start is no name when its lower-case form is a noun of
the language (the lemmatizer's noun index) that the tagger, given the same sentence with the
word in lower case, tags as a common noun, and the text never writes it capitalised inside a
sentence. The tagger is asked in context; the small model tags many a lower-case word NNP at a
sentence's very start, so it is asked once more after a neutral "and". A word that speaks or
does what people do ("Hunter said", "Grant thanked his staff"), that is said to be somebody
("Carol was the eldest son"), or that is coordinated with or apposed to another name ("Lena and
Marta Kovac"), keeps its name reading."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.nlp import columns, language_of, per_doc, where_in

if TYPE_CHECKING:
    from dateline.extractors.entities.lexicon import Lexicon

# Tokens that may stand before a sentence's first word: quotes, dashes, bullets.
_OPENERS = frozenset({"``", '"', "\u201c", "'", "\u2018", "-", "--", "\u2013", "\u2014", "*", "(", "\n", "\n\n"})
_COMMON_TAGS = frozenset({"NN", "NNS"})
_TAGGING = frozenset({"tok2vec", "tagger"})


def _written_lower(doc: Doc, low: str) -> bool:
    """The word stands in the text in lower case, as a noun."""
    cols = columns(doc)
    return any(cols.text[k] == low and cols.pos[k] == "NOUN" for k in where_in(doc, "lower").get(low, ()))


def sentence_opener(doc: Doc, i: int, sent_start_of: list[int]) -> bool:
    """The word is its sentence's first, after nothing but quotes, dashes and space."""
    return all(doc[k].text.strip() in _OPENERS or not doc[k].text.strip() for k in range(sent_start_of[i], i))


def common_opener(doc: Doc, i: int, sent_start_of: list[int], capitals: frozenset[str], lex: "Lexicon") -> bool:
    """A capitalised word opening its sentence that is a common noun there, not a name
    (``capitals``: the words the text capitalises inside a sentence, mid_capitals)."""
    tok = doc[i]
    low = tok.lower_
    if not tok.text[:1].isupper() or low in capitals or not sentence_opener(doc, i, sent_start_of):
        return False
    if (low in lex.trades or low in lex.person_words) and _written_lower(doc, low):
        # a person's noun the text also writes in lower case is that noun here too, though it
        # speaks: "Counsel for the petitioner, X, told court ... counsel submitted"
        return True
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_.lower() in lex.speech_verbs or verb.lower_ in lex.person_verbs):
        return False
    if named_doer(tok):
        return False
    # said to be somebody ("Carol was the eldest son of Ferdinand I"): a person
    person = lex.person_words
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
        ch.dep_ in ("attr", "oprd") and (ch.lower_ in person or ch.lemma_.lower() in person) for ch in verb.children
    ):
        return False
    # coordinated with or apposed to a name ("Lena and Marta Kovac"): one of a list of names
    linked = [ch for ch in tok.children if ch.dep_ in ("conj", "appos", "compound")]
    if tok.dep_ in ("conj", "appos", "compound"):
        linked.append(tok.head)
    if any(t.pos_ == "PROPN" for t in linked):
        return False
    language = language_of(doc)
    if language is None:
        return False
    nouns = _noun_index(language)
    if nouns is None or not (low in nouns or tok.lemma_.lower() in nouns or low.rstrip("s") in nouns):
        return False
    start = sent_start_of[i]
    end = i + 1
    while end < len(doc) and sent_start_of[end] == start:
        end += 1
    text = doc[i:end].text
    lowered = low + text[len(tok.text):]
    # both readings in one batch: the second is asked whenever the first is no common noun
    tags = _tags_at(language, [(lowered, 0), ("and " + lowered, 1)], per_doc(doc, "tag_at"))
    return any(tag in _COMMON_TAGS for tag in tags)


_COPULAS = frozenset({"be", "become", "remain", "seem", "stay"})


def named_doer(tok: Token, labels: frozenset[str] = frozenset({"PERSON"})) -> bool:
    """A sentence's first word that the tagger itself calls a person (PERSON, NNP) and that is
    the subject of a verb other than a copula ("Stephenson was elected by the trustees",
    "Robinson lectures on river ecology", "Rogers wants to stay on"): the lemmatizer's noun
    index lists many surnames and given names (penn, robinson, stephenson, maria, victoria) as
    nouns, and the tagger reads any unknown lower-case word as a noun, so the test below would
    take them for common nouns (gap38; at extraction only, as every caller of this module).
    The abstract nouns it is there for are said to be something ("Discipline was everything to
    her", "Punctuality was his pride"), which this leaves to it."""
    verb = tok.head
    return (tok.ent_type_ in labels and tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass")
            and verb.pos_ == "VERB" and verb.lemma_.lower() not in _COPULAS)


def _tag_at(language: Language, text: str, k: int, memo: Optional[dict] = None) -> str:
    return _tags_at(language, [(text, k)], memo)[0]


def _tags_at(language: Language, asked: list[tuple[str, int]], memo: Optional[dict] = None) -> list[str]:
    """The tag of word k of each text. The tagger costs about a millisecond per call whatever
    the text's length (on this machine), so the texts not yet in ``memo`` are tagged in one
    batch: each text's scores are the same alone or in a batch, bit for bit."""
    # The name passes ask again of a sentence opener they both check: the answer is kept per
    # Doc (``memo``).
    memo = {} if memo is None else memo
    todo = list(dict.fromkeys(q for q in asked if (language, *q) not in memo))
    if todo:
        reach = _reach(language)
        docs = []
        for text, k in todo:
            tagged = language.make_doc(text)
            if reach is not None and len(tagged) > k + 1 + reach:
                # The tag of word k reads only the words within the encoder's reach of it: the
                # rest is cut off (token data kept whole, as_doc), which gives the same scores,
                # bit for bit, for less (checked on 10,000 sentence openers).
                tagged = tagged[: k + 1 + reach].as_doc()
            docs.append(tagged)
        # The tagger's own components, called directly (``language(text, disable=...)`` cost a
        # fifth more). The attribute ruler is left out: of its rules only the one for whitespace
        # tokens sets a tag, and the word asked about is never whitespace (it has a capital).
        for name, proc in language.pipeline:
            if name in _TAGGING:
                docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        for (text, k), tagged in zip(todo, docs, strict=True):
            memo[language, text, k] = tagged[k].tag_ if len(tagged) > k else ""
    return [memo[language, text, k] for text, k in asked]


@lru_cache(maxsize=4)
def _reach(language: Language) -> Optional[int]:
    """How many words on either side of a word its tag depends on: a window encoder's depth
    times its window, when the tagger listens to that encoder and its embeddings are per word
    (spaCy's CNN pipelines); None for any other architecture (the whole sentence is tagged)."""
    try:
        components = language.config["components"]
        t2v = components["tok2vec"]["model"]
        encode, embed = t2v["encode"], t2v["embed"]
        listener = components["tagger"]["model"]["tok2vec"]
    except (KeyError, TypeError):
        return None
    if not (str(t2v.get("@architectures", "")).startswith("spacy.Tok2Vec.")
            and str(encode.get("@architectures", "")).startswith("spacy.MaxoutWindowEncoder.")
            and str(embed.get("@architectures", "")).startswith("spacy.MultiHashEmbed.")
            and str(listener.get("@architectures", "")).startswith("spacy.Tok2VecListener.")):
        return None
    depth, window = encode.get("depth"), encode.get("window_size")
    return depth * window if isinstance(depth, int) and isinstance(window, int) else None


@lru_cache(maxsize=4)
def _noun_index(language: Language) -> Optional[frozenset[str]]:
    """The lemmatizer's list of English nouns, when the pipeline has a rule lemmatizer."""
    if "lemmatizer" not in language.pipe_names:
        return None
    lookups = getattr(language.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    index = lookups.get_table("lemma_index")
    return frozenset(index.get("noun", ())) or None


def proper_words(doc: Doc, sent_start_of: list[int]) -> frozenset[str]:
    """Words the text writes capitalised after a sentence's first word and never in lower case."""
    caps, lower = _capitals(doc, sent_start_of)
    return frozenset(caps - lower)


def mid_capitals(doc: Doc, sent_start_of: list[int]) -> frozenset[str]:
    """Words the text writes capitalised after a sentence's first word (lower-cased)."""
    return frozenset(_capitals(doc, sent_start_of)[0])


def _capitals(doc: Doc, sent_start_of: list[int]) -> tuple[set[str], set[str]]:
    # Read by several passes over the same Doc (and sentence starts): made once per Doc.
    memo = per_doc(doc, "capitals")
    kept = memo.get("of")
    if kept is not None and (kept[0] is sent_start_of or kept[0] == sent_start_of):
        return kept[1]
    got = _count_capitals(doc, sent_start_of)
    memo["of"] = (sent_start_of, got)
    return got


def _count_capitals(doc: Doc, sent_start_of: list[int]) -> tuple[set[str], set[str]]:
    cols = columns(doc)
    text, low = cols.text, cols.lower
    # (comprehensions: a loop step per word cost twice as much)
    upper = [i for i, alpha in enumerate(cols.is_alpha) if alpha and text[i][:1].isupper()]
    lower = {low[i] for i, alpha in enumerate(cols.is_alpha) if alpha and not text[i][:1].isupper()}
    caps = {low[i] for i in upper if i > sent_start_of[i] and text[i - 1].strip() and text[i - 1] not in _CAP_OPENERS}
    return caps, lower


_CAP_OPENERS = frozenset({"``", '"', "\u201c", "'", "\u2018", ":", "-", "--", "\u2013", "\u2014", "*"})


def _kin_phrase_comma(doc, tok: Token, opening: bool) -> Optional[int]:
    """The comma that closes "the (eldest) son of ..." around the kin noun ``tok``, when its "of"
    phrase holds no verb; ``opening``: the phrase opens its sentence, else it may also follow
    a fronted phrase's comma. None when there is no such phrase."""
    det = tok.i - 1
    while det > tok.i - 3 and det > 0 and doc[det].tag_ in ("JJ", "JJS", "JJR") and doc[det].is_lower:
        det -= 1  # ("Born in New Jersey, the eldest son of X, he ...": Re-DocRED dev)
    if det < 0 or doc[det].lower_ != "the" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    if opening and not doc[det].is_sent_start:
        return None
    if det > 0 and not (doc[det - 1].is_space or doc[det - 1].text == "," or doc[det].is_sent_start):
        return None
    k = tok.i + 2
    while k < len(doc) and k < tok.i + 16 and doc[k].text != ",":
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":") or doc[k].is_space:
            return None
        k += 1
    return k if k + 1 < len(doc) and doc[k].text == "," else None


def fronted_kin(doc, tok: Token) -> Optional[int]:
    """'The son of a Quebec lumberjack, he farmed ...', 'Born on Tuel Lane, the daughter of a
    miner and a weaver, she ...': a kin noun opening its sentence (or after a fronted phrase's
    comma), its "of" phrase with no verb in it, then a comma and "he" or "she" as a subject.
    The pronoun's index, else None. Read on the words, not the parse, which hangs the noun
    anywhere (a subject, the root, an apposition to a street before it)."""
    k = _kin_phrase_comma(doc, tok, opening=False)
    if k is None:
        return None
    pron = doc[k + 1]
    return pron.i if pron.lower_ in ("he", "she") and pron.dep_ in ("nsubj", "nsubjpass") else None


def fronted_kin_named(doc, tok: Token) -> Optional[int]:
    """'The son of a Portbury lock-keeper, Edmund Vyse made his fortune ...': the same phrase as
    ``fronted_kin``, opening its sentence, with a name after its comma, the subject of the
    sentence's verb. The name's first token, else None."""
    k = _kin_phrase_comma(doc, tok, opening=True)
    if k is None:
        # ("Born in Iasi, Romania, in 1931, the son of a baker, Mr. Wexler reached Montreal": after
        # a fronted birth phrase too)
        first = next((t for t in tok.sent if not t.is_space), None)
        k = _kin_phrase_comma(doc, tok, opening=False) if first is not None and first.text == "Born" else None
    if k is None:
        return None
    nxt = k + 1
    if doc[nxt].text in ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.") and nxt + 1 < len(doc):
        nxt += 1  # (a name with its honorific)
    if doc[nxt].pos_ != "PROPN":
        return None
    head = doc[nxt]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    # (the subject, or by the parser an apposition to the kin noun itself)
    return nxt if head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "appos" and head.head.i == tok.i) else None


def previous_subject(res, start: int, gender: Optional[str]):
    """The person the sentence ending right before token ``start`` has as its main clause's
    subject, when the text has given that person no other gender than ``gender``; else None."""
    if start == 0:
        return None
    doc = res.doc
    prev = res.sent_start_of[start - 1]
    for k in range(prev, start):
        t = doc[k]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT":
            continue
        # ("The choir's accompanist, Eirlys Bowen, has played ...": the name apposed to the noun)
        at = k if k in res.covered else next((a.i for a in t.children if a.dep_ == "appos" and a.i in res.covered), None)
        if at is None:
            continue
        c = res.covered[at].root()
        if c.is_person_like() and not c.platform and not c.plural and c.gender in (None, gender):
            return c
    return None


def opening_names(doc: Doc, sent_start_of: list[int]) -> frozenset[str]:
    """Words the tagger calls common nouns ("Carney is against Kasich", "Wiggins caught the eye")
    where they open a sentence as its subject, that the text never writes in lower case and the
    lemmatizer's noun list does not hold: a name written only where every word is capitalised."""
    language = language_of(doc)
    nouns = _noun_index(language) if language is not None else None
    if nouns is None:
        return frozenset()
    cols = columns(doc)
    lower = _capitals(doc, sent_start_of)[1]
    return frozenset(
        low for i, low in enumerate(cols.lower)
        if cols.tag[i] in ("NN", "NNS") and cols.dep[i] in ("nsubj", "nsubjpass") and cols.text[i][:1].isupper()
        and low not in lower and low not in nouns and low.rstrip("s") not in nouns and sentence_opener(doc, i, sent_start_of)
    )


# prepositions of a place a clause's verb governs: "grew up near Lifford", "was raised in Hove"
_PLACE_PREPS = frozenset({"in", "on", "near", "at", "outside"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside"})


def placed_kin(tok: Token) -> Optional[int]:
    """'The 58-year-old grew up near Lifford, the daughter of a seed-potato grower, and ...': a
    kin noun set off after a place its clause's verb governs describes the clause's subject, not
    the place the parser hangs it on. The subject's index, else None."""
    head = tok.head
    if tok.dep_ != "appos" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    # ("the daughter of a grower", not "Themba's eldest son", which may be the place's a person)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    # (up a chain of places: "born on a farm north of Earlville, the son of Walter Hostetler")
    k, placed = head, False
    for _ in range(3):
        prep = k.head
        if k.dep_ != "pobj" or prep.dep_ != "prep" or not (prep.lower_ in _PLACE_PREPS or (prep.lower_ == "of" and prep.head.lower_ in _COMPASS)):
            return None
        placed = placed or prep.lower_ in _PLACE_PREPS
        if prep.head.pos_ == "VERB":
            break
        k = prep.head
    verb = k.head.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ == "VERB" and placed else []
    return subj[0].i if len(subj) == 1 and subj[0].i < head.i else None


def subjects_kin(tok: Token) -> bool:
    """A kin noun set off from the name the parser hung it on that describes its clause's
    subject instead: fronted before a pronoun ("Born on Gull Rock, the son of a keeper, he ...")
    or after a place the clause's verb governs ("grew up near Lifford, the daughter of ...")."""
    return fronted_kin(tok.doc, tok) is not None or placed_kin(tok) is not None


def name_before_subject_kin(doc, tok: Token) -> Optional[int]:
    """'Ngcobo, the son of a domestic worker from Howick, has driven ...': a sentence's opening
    name set off by a comma before a kin noun the parser made the verb's subject (the name left
    an interjection). The name's last token, else None."""
    det = tok.i - 1
    if tok.dep_ not in ("nsubj", "nsubjpass") or det < 2 or doc[det].lower_ != "the" or doc[det - 1].text != ",":
        return None
    last = det - 2
    first = last
    while first > 0 and not doc[first].is_sent_start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if doc[last].pos_ != "PROPN" or not doc[first].is_sent_start or last - first > 3:
        return None
    return last if all(doc[k].dep_ not in ("nsubj", "nsubjpass") for k in range(first, last + 1)) else None
