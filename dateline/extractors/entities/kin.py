"""Kin descriptors resolved to the right relative: "her husband" to the man of that surname or
the one named with her as a couple ("Tom and Hazel Brennock"), "their son" ... "their child"
to one child until another is named."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster, _Clusters, _majority
from dateline.extractors.entities.couples import held_apart
from dateline.extractors.entities.kinwords import (
    _PASSING_VERBS,
    TRADE_ENDINGS,
    TRADE_WITH_COMPOUND,
    WIDOWED,
    _first_parent,
    indefinite,
    kin_holders,
    trade_parent_frame,
)
from dateline.extractors.entities.lexicon import DESCRIPTOR_WINDOW, PRONOUN_LOCK, W_PERSON_NOUN
from dateline.extractors.entities.lifespan import died
from dateline.extractors.entities.things import named_as_thing
from dateline.extractors.entities.wedding import wed_to
from dateline.nlp import text_of, tokens_of

# The tie seen from the other side: if A is B's brother, B is A's sibling; if A is B's son, B
# is A's parent.
_CHILD_NOUNS = frozenset({"son", "daughter", "child"})
INVERSE_KIN = {"sibling": "sibling", "child": "parent", "parent": "child", "spouse": "spouse", "grandchild": "grandparent",
               "grandparent": "grandchild", "nibling": "pibling", "pibling": "nibling", "cousin": "cousin"}


def _second_parent_apposed(tok: Token) -> Optional[Token]:
    """The first parent's noun when ``tok`` is an apposition right after "and" that follows the
    object of its own head's "of" ("daughter of a keeper and a teacher"), else None."""
    k = tok.left_edge.i - 1
    if k < 2 or tok.doc[k].lower_ != "and":
        return None
    prev = tok.doc[k - 1]
    return prev if prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.i == tok.head.i else None


def _place_word(r: _Clusters, tok: Token) -> bool:
    """A word of a place or firm's name that modifies a trade ("a Cranmoor blacksmith", "a Free
    State wheat farmer")."""
    return tok.dep_ in ("compound", "nmod") or (
        tok.dep_ == "amod" and tok.head.dep_ in ("compound", "nmod") and r.covered.get(tok.head.i) is r.covered.get(tok.i))


class _Kin(_Clusters):
    def _unnamed_parent(self, tok: Token) -> bool:
        """'Ewan Hale, the son of a fisherman': a parent the text never names but describes by
        a trade. The parent is an entity of its own (the child and occupation facts need one),
        and is kept out of the salience list: a later 'he' means the named son, not the
        father mentioned in passing."""
        # (the tagger's slips below are read in extraction only: the ranker's training reads none)
        extracting = getattr(self, "observe", None) is None
        # ("The daughter of a lighthouse keeper and a primary teacher": the second parent the parser
        # hung on the kin noun as an apposition, in extraction only)
        apposed = extracting and tok.dep_ == "appos" and _second_parent_apposed(tok) is not None
        # ("a cheesemaker's daughter", "Born to a dock clerk": no "of", in extraction only)
        framed = extracting and tok.tag_ == "NN" and tok.dep_ in ("poss", "pobj", "conj") and trade_parent_frame(tok, self.lex.parent_of) is not None
        if not (tok.tag_ == "NN" or (extracting and tok.tag_ == "NNP" and tok.is_lower)) or (tok.dep_ not in ("pobj", "conj") and not apposed and not framed):
            return False  # most nouns: no Token objects made for their heads ("a Cranmoor blacksmith": NNP)
        if not framed:
            # ("a ship's carpenter": the article is the possessive's, in extraction only)
            first = _second_parent_apposed(tok) if apposed else _first_parent(tok, self.lex.parent_of, extracting)  # "the son of a miner and a nurse": both
            of = first.head if first is not None else tok
            # ("the sons of a Chios ferry engineer": two children's one parent, in extraction only)
            kin_word = of.head.lemma_.lower() if extracting and of.head.tag_ == "NNS" else of.head.lower_
            if first is None or first.dep_ != "pobj" or of.lower_ != "of" or kin_word not in self.lex.parent_of:
                return False
        if not indefinite(tok, extracting):
            return False
        low = tok.lower_
        lex = self.lex
        head = tok
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.is_lower and nxt.is_alpha and (nxt.tag_ in ("RBR", "JJR") or (extracting and nxt.tag_ in ("NN", "NNP"))) \
                and (nxt.lower_ in lex.trades or nxt.lower_.endswith(TRADE_ENDINGS)):
            # "the son of a rail dispatcher and of ...", "the son of a colliery blacksmith": the
            # tagger reads the trade as a comparative or a name apposed to "son" and leaves its
            # first word as the object of "of"
            head, low = nxt, nxt.lower_
        if low in lex.relative_nouns or low in lex.child_nouns or low in lex.group_nouns:
            return False
        if low not in lex.trades and not low.endswith(TRADE_ENDINGS) and not (
                low in TRADE_WITH_COMPOUND and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children)) \
                and not (extracting and tok.is_alpha and _spouse_after(self.doc, head.i)):
            # (a trade the lexicon lacks is still a parent where his wife or her husband follows:
            # "the eldest of five children of a canal patwari and his wife, Zainab Bibi")
            return False
        s = tok.left_edge.i
        # (a place or firm word naming where the trade is plied stays its own entity's too:
        # "the son of a Cranmoor blacksmith")
        # ("a Rochdale mill worker": the place tagged a noun, on the trade's first word)
        # ("a Free State wheat farmer": the place's first word an adjective of its second)
        if any(i in self.covered and not (extracting and (self.doc[i].pos_ == "PROPN" or self.doc[i].text[:1].isupper()) and _place_word(self, self.doc[i])
                                          and i < self.doc[i].head.i <= head.i and not self.covered[i].root().is_person_like()) for i in range(s, head.i + 1)):
            return False
        c = self.new(unnamed_text=self.doc[s : head.i + 1].text, plural=False)
        c.roles.add(low)
        c.votes["PERSON"] += W_PERSON_NOUN
        self.add(c, s, head.i + 1, "descriptor", head=head.i)
        return True

    def _kin_inverse(self, tok: Token, owner_tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
        """'Nandakumar's younger brother, Arun, ... before his sister took charge': the owner of a
        kin noun was introduced as somebody's relative of the opposite kind, and that somebody
        fits ("his sister" is Nandakumar); likewise "Her parents, Ravi and Meena ... his
        daughter"."""
        kinds = self.lex.kin_kinds
        want = INVERSE_KIN.get(kinds.get(tok.lemma_.lower(), kinds.get(tok.lower_, "")))
        owner = self.covered.get(owner_tok.i)
        if want is None or owner is None:
            return None
        owner = owner.root()
        for m in owner.mentions:
            if m.head >= tok.i:
                continue
            noun = self.doc[m.head]
            if m.kind == "name":
                while noun.dep_ == "conj" and noun.head.i < noun.i:
                    noun = noun.head
                if noun.dep_ != "appos":
                    continue
                noun = noun.head
            elif m.kind != "descriptor":
                continue
            kind = kinds.get(noun.lemma_.lower(), kinds.get(noun.lower_))
            extracting = getattr(self, "observe", None) is None
            if extracting and kind is None and noun.lower_ in WIDOWED:
                kind = "spouse"  # ("His widow, Lagi Leavasa ... She said her husband": him)
            if kind != want:
                continue
            holders = [ch for ch in noun.children if ch.dep_ == "poss"]
            for ch in holders + (kin_holders(noun) if extracting else []):
                if ch.i in self.covered:
                    other = self.covered[ch.i].root()
                    if ch.dep_ != "poss" and not other.key:
                        continue  # (a holder by the clause is somebody named: not "a police inspector")
                    if other is not owner and not other.platform and other.is_person_like() and other.gender in (None, gender):
                        return other
        return self._sibling_listed(tok, owner, gender) if want == "sibling" else None

    def _sibling_listed(self, tok: Token, owner: _Cluster, gender: Optional[str]) -> Optional[_Cluster]:
        """'have two sons, Oliver, 38, and Rupert, 35 ... Oliver is a radiologist, and his
        brother is a partner': the owner was named in a list of someone's children, and one
        other child in it fits the sibling noun."""
        kinds = self.lex.kin_kinds
        found: list[_Cluster] = []
        for m in owner.mentions:
            if m.kind != "name" or m.head >= tok.i:
                continue
            top = self.doc[m.head]
            while top.dep_ == "conj" and top.head.i < top.i:
                top = top.head
            if top.dep_ != "appos" or top.head.tag_ != "NNS" or kinds.get(top.head.lemma_.lower()) != "child":
                continue
            for t in [top, *top.conjuncts]:
                other = self.covered[t.i].root() if t.i in self.covered else None
                if other is not None and other is not owner and other not in found and other.is_person_like() \
                        and other.gender_fit(gender) > 0:
                    found.append(other)
        return found[0] if len(found) == 1 else None

    def _kin_opener_before(self, tok: Token) -> Optional[_Cluster]:
        """'His younger brother, Harold Marsh, was a lighthouse keeper. His eldest daughter, Ruth
        Fenn, ran the yard': sentences that open on the same possessive and a kin noun, one
        after the other, list one person's family."""
        kin = self.lex.relative_nouns
        i = tok.i
        if self.sent_start_of[i] != i or i == 0 or tok.head.lemma_.lower() not in kin:
            return None
        p = self.sent_start_of[i - 1]
        prev = self.doc[p]
        if prev.lower_ != tok.lower_ or prev.tag_ != "PRP$" or prev.head.lemma_.lower() not in kin or p not in self.covered:
            return None
        return self.covered[p].root()

    def _sole_person_before(self, tok: Token) -> Optional[_Cluster]:
        """'The firm was started by the late Rameshwar Das Khandelwal, a goldsmith. His son,
        Govind Khandelwal, ran it': a sentence that opens on a possessive and a kin noun with
        the relative's name apposed belongs to the one person of the pronoun's gender the
        sentence before names, however salient another is (in extraction only)."""
        doc = self.doc
        i = tok.i
        if getattr(self, "observe", None) is not None or self.sent_start_of[i] != i or i == 0 or tok.tag_ != "PRP$" \
                or tok.head.lemma_.lower() not in self.lex.relative_nouns:
            return None
        named = [ch for ch in tok.head.children if ch.dep_ == "appos" and ch.i in self.covered]
        if not named or "\n" in doc[i - 1].text + doc[i - 1].whitespace_:
            return None
        relative = self.covered[named[0].i].root()
        gender = self.lex.pronouns.get(tok.lower_)
        found: list[_Cluster] = []
        for k in range(self.sent_start_of[i - 1], i):
            c = self.covered.get(k)
            if c is None:
                continue
            c = c.root()
            if c is relative or c in found or c.platform or c.plural or not c.is_person_like():
                continue
            if c.gender_fit(gender) > 0:
                found.append(c)
        return found[0] if len(found) == 1 else None

    def _first_conjunct_owner(self, tok: Token) -> Optional[_Cluster]:
        """'handed it to Suresh and Mahesh, his younger brother', 'with Ana and Lucia, her
        sister': a possessive kin noun apposed to the second of two names joined by "and"
        names that one as the first one's relative (in extraction only)."""
        doc = self.doc
        i = tok.i
        if getattr(self, "observe", None) is not None or tok.tag_ != "PRP$" or i < 4 or doc[i - 1].text != "," \
                or tok.head.lemma_.lower() not in self.lex.relative_nouns:
            return None
        second = self.covered.get(i - 2)
        if second is None:
            return None
        k = i - 2
        while k > 0 and self.covered.get(k - 1) is second:
            k -= 1
        if doc[k - 1].lower_ != "and" or (k - 2) not in self.covered:
            return None
        first = self.covered[k - 2].root()
        if first is second.root() or first.platform or first.plural or not first.is_person_like():
            return None
        return first if first.gender_fit(self.lex.pronouns.get(tok.lower_)) > 0 else None

    def _kin_owner(self, tok: Token, chosen: Optional[_Cluster], rivals: list[_Cluster]) -> Optional[_Cluster]:
        """'The couple had four children: Ruth, Peggy, Alan and Dora. His younger brother, ...':
        whose relative a possessive kin noun names is not someone the text has so far only
        named as a relative in passing, when a person named more often fits (the article's
        subject); the same policy as for a bare surname (builder._partial)."""
        if chosen is None:
            return chosen
        if tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in self.lex.relative_nouns:
            return self._paragraph_topic(tok, chosen, rivals)
        family = self._family_of_named_kin(tok, chosen, rivals)
        if family is not None:
            return family
        # A relative whose death the text has just told is still whose son or widow comes
        # next ("Her late sister, Jean Ferris, died in 2020. Her son, ..."): only a surname
        # written alone passes over such a person.
        if not self._only_a_relative(chosen, before=tok.i, dying=False):
            return chosen
        count = sum(1 for m in chosen.mentions if m.head < tok.i)
        more = [r for r in rivals if r is not chosen and not r.latent and r.is_person_like()
                and sum(1 for m in r.mentions if m.head < tok.i) > count]
        return max(more, key=lambda r: sum(1 for m in r.mentions if m.head < tok.i)) if more else chosen

    def _family_of_named_kin(self, tok: Token, chosen: _Cluster, rivals: list[_Cluster]) -> Optional[_Cluster]:
        """'Mehra said ... [new paragraph] Her granddaughter, Ellie Dunstan, ...': the relative's
        own surname points to the owner when the chosen one does not bear it and exactly one
        other candidate of the pronoun's gender, named before, does (Margaret Dunstan). Only
        across a paragraph break: within one, the last subject wins ('Freya Holt is the daughter
        of Nora Quill. Her brother, Callum Quill' is Freya's brother, whatever her surname)."""
        doc = self.doc
        toks = tokens_of(doc)
        start = self.sent_start_of[tok.i]
        if getattr(self, "observe", None) is not None or start != tok.i or not (start == 0 or "\n" in toks[start - 1].text + toks[start - 1].whitespace_):
            return None
        gender = self.lex.pronouns.get(tok.lower_)
        named = next((self.covered[ch.i].root() for ch in tok.head.children if ch.dep_ == "appos" and ch.i in self.covered), None)
        if named is None or len(named.key) < 2 or (chosen.key and chosen.key[-1] == named.key[-1]):
            return None
        same = [r for r in rivals if r is not named and r is not chosen and not r.latent and not r.plural and r.is_person_like()
                and r.key and r.key[-1] == named.key[-1] and r.gender_fit(gender) == 1.0]
        return same[0] if len(same) == 1 else None

    def _paragraph_topic(self, tok: Token, chosen: _Cluster, rivals: list[_Cluster]) -> _Cluster:
        """'His elder brother, Hedley, died in 1952 ... [new paragraph] In 1959 he married ...':
        a he/she opening a paragraph, before any name in it, is the person whose relative the
        chosen one was introduced as, when that person is called so by many pronouns already
        (an obituary's subject), not the relative."""
        doc = self.doc
        toks = tokens_of(doc)
        gender = self.lex.pronouns.get(tok.lower_)
        start = self.sent_start_of[tok.i]
        if gender is None or tok.tag_ != "PRP" or not (start == 0 or "\n" in toks[start - 1].text + toks[start - 1].whitespace_):
            return chosen
        if any(k in self.covered for k in range(start, tok.i)):
            return chosen
        for m in chosen.mentions:
            if m.kind != "descriptor" or m.head >= tok.i or toks[m.head].lemma_.lower() not in self.lex.relative_nouns:
                continue
            for ch in toks[m.head].children:
                owner = self.covered.get(ch.i) if ch.dep_ == "poss" else None
                if owner is not None and owner.root() is not chosen and any(r is owner.root() for r in rivals) \
                        and owner.root().pgenders[gender] >= PRONOUN_LOCK:
                    return owner.root()
        if getattr(self, "observe", None) is None and self._someones_in_passing(chosen, tok.i):
            # "... three children: Pieter, Jan and Anneke. Anneke's partner, Sam Whitlow, is an
            # instructor. [new paragraph] He is no kin to ...": a relative of a relative named in
            # passing yields to the one person the text has already called so by many pronouns
            topic = [r.root() for r in rivals if r.root() is not chosen and r.root().pgenders[gender] >= PRONOUN_LOCK]
            if len({id(r) for r in topic}) == 1:
                return topic[0]
        return chosen

    def _someones_in_passing(self, cluster: _Cluster, before: int) -> bool:
        """Named so far in one sentence only, and there as somebody's ('Anneke's partner, Sam
        Whitlow, is a flying instructor'): a person the text brings in in passing."""
        toks = tokens_of(self.doc)
        mentions = [m for m in cluster.root().mentions if m.head < before]
        if not mentions or len({self.sent_start_of[m.head] for m in mentions}) != 1:
            return False
        return any(m.kind == "descriptor" and any(ch.dep_ == "poss" for ch in toks[m.head].children) for m in mentions)

    def _after_the(self, at: int) -> bool:
        """'the Thérèse C.' after 'his wife, Thérèse, 87': a name with an article is a thing's
        (a boat's, a pub's), never the person of that given name and a stated age (extraction)."""
        return getattr(self, "observe", None) is None and at > 0 and self.doc[at - 1].lower_ == "the"

    def _thing(self, at: int, key: tuple[str, ...]) -> bool:
        """'his boat, the Carol Ann': a thing's name, not the person of a given name (extraction)."""
        # ("Lady Haig ... the Haig Bursary": a prize or fund named after her is not her full name)
        return getattr(self, "observe", None) is None and (named_as_thing(self.doc, at, self.lex, key) or key[-1] in self.lex.prize_heads)

    def _not_relatives(self, cands: list[_Cluster], before: Optional[int] = None) -> list[_Cluster]:
        """Of several people of one surname, those the text did not bring in as somebody's
        relative ("Club president Gareth Pryce ... his grandfather, Idris Pryce, had been a
        founder ... Pryce and his wife"), however the relative went on to act; all of them
        when none or every one was (in extraction only)."""
        if getattr(self, "observe", None) is not None:
            return cands
        return [c for c in cands if not self._only_a_relative(c, before, loose=True)] or cands

    def _only_a_relative(self, cluster: _Cluster, before: Optional[int] = None, loose: bool = False,
                         dying: bool = True) -> bool:
        """Every mention so far (before token ``before``) introduces the person as a relative:
        'the son of X', 'his wife X' (``loose``: also one who acts, 'His brother, Sam Hale, said';
        ``dying``: also one whose one act is to die, 'His father, Emlyn Pryce, died in 2003')."""
        kin = self.lex.relative_nouns
        doc = self.doc
        toks = tokens_of(doc)
        mentions = [m for m in cluster.root().mentions if before is None or m.head < before]
        for m in mentions:
            t = toks[m.head]
            first = toks[max(m.head - 1, 0)]
            while first.i > 0 and first.i >= m.head - 3 and first.idx >= m.start:
                first = toks[first.i - 1]  # the token before the whole name
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in kin:
                continue
            if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.head.lower_ == "of" and t.head.head.head.lemma_.lower() in kin \
                    and getattr(self, "observe", None) is None:
                continue  # ("the eldest of seven children of a seine fisherman, Nathaniel Bobb": extraction only)
            if m.kind == "descriptor" and t.lemma_.lower() in kin:
                continue  # the kin phrase itself ("his wife")
            top = t
            while top.dep_ == "conj" and top.head.i < top.i:
                top = top.head
            if top is not t and top.dep_ == "appos" and top.head.lemma_.lower() in kin:
                continue  # "four children: Ruth, Peggy, Alan and Dora"
            up = t
            while up.dep_ in ("amod", "compound", "nmod") and up.head.i != up.i:
                up = up.head
            if up is not t and up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.lemma_.lower() in kin \
                    and getattr(self, "observe", None) is None:
                continue  # ("the son of Sean and Bridget Doherty", "Sean" hung on the surname: extraction only)
            # "his wife Sarah", not "His brother, Sam Hale, said": a relative who acts is not
            # named in passing
            noun = t.head if t.dep_ in ("appos", "compound") else first if first.text != "," else toks[max(first.i - 1, 0)]
            # ("The 61-year-old and his wife, Paula, have two sons": named with the one whose
            # relative she is, as one subject, still in passing)
            if noun.lemma_.lower() in kin and (noun.dep_ not in ("nsubj", "nsubjpass") or toks[max(noun.left_edge.i - 1, 0)].lower_ == "and"):
                continue
            if noun.lemma_.lower() in kin and noun.dep_ == "nsubj" and (loose or (dying and noun.head.lemma_.lower() in _PASSING_VERBS)) \
                    and getattr(self, "observe", None) is None:
                continue  # "His father, Emlyn Pryce, died in 2003": an obituary's aside, still in passing
            if noun.lemma_.lower() in kin and noun.dep_ == "nsubj" and noun.head.dep_ == "relcl" and getattr(self, "observe", None) is None:
                continue  # "grew up at Paget Farm, where his uncle, Cuthbert Hale, ran the forge": a background clause's act
            if t.dep_ == "attr" and any(ch.dep_ == "nsubj" and ch.lemma_.lower() in kin for ch in t.head.children):
                continue  # "His brother was Harry Vale": the kin noun is the subject, the name its complement
            return False
        return bool(mentions)

    def _spouse(self, owner_tok: Token, gender: Optional[str], recent, s: int, e: int) -> Optional[tuple[_Cluster, int, int]]:
        """"Mrs Hale said her husband ...": the person of the kin noun's stated gender who shares
        the possessor's surname ("Mr Hale"), when the text has named one; else nobody yet."""
        owner = self.covered.get(owner_tok.i)
        if owner is None or gender is None:
            return None
        owner = owner.root()
        if not owner.key:
            return None
        other_kin = self.lex.relative_nouns - self.lex.spouse_nouns
        wed = self._wed_to(owner, owner_tok.i) if getattr(self, "observe", None) is None else None
        if wed is not None and wed.gender_fit(gender) > 0 and any(c.root() is wed for _ti, _si, _w, c in recent):
            return wed, s, e  # "Mr Oakley had been married to Brenda Oakley ... Mrs Oakley said her husband"
        for _ti, _si, _w, c in reversed(recent):
            c = c.root()
            if c is owner or not c.key or c.platform or c.plural or held_apart(self, c, owner):
                continue
            if owner.married_surname == c.key[-1] and c.gender in (None, gender) and c.gender_fit(gender) > 0:
                return c, s, e  # "He married Maureen Pickles ... Mrs Hallam said her husband"
            if c.roles & other_kin and not (getattr(self, "observe", None) is None and c.roles & other_kin <= _CHILD_NOUNS and self._named_with(c, owner)
                                             and _majority(c.genders) in (None, gender) and c.gender_fit(gender) > 0):
                # (but "Themba and Zanele Mkhize ... Themba, the son of a cane cutter ... her
                # husband": being somebody's son is no bar to being her husband, when the two were
                # named as one couple; at extraction only)
                continue
            if getattr(self, "observe", None) is None and c.roles & {"widow", "widower"} and not died(self.doc, owner):
                continue  # "his younger brother's widow, Comfort Adeyemi ... His wife, 71": a living man's wife is no widow
            if c.key[-1] == owner.key[-1] and _majority(c.genders) == gender:
                if getattr(self, "observe", None) is None and self._wed_to(c, owner_tok.i) not in (None, owner):
                    continue  # "Nandini married Arjun Saxena ... Govind's wife": a Khandelwal wed to another man
                return c, s, e
            # "Tom and Hazel Brennock ... Her husband": named as one couple, gender unstated
            if self._named_with(c, owner) and _majority(c.genders) in (None, gender) and c.gender_fit(gender) > 0:
                return c, s, e
        return None

    def _wed_to(self, owner: _Cluster, before: int) -> Optional[_Cluster]:
        return wed_to(self, owner, before)

    def _named_with(self, c: _Cluster, owner: _Cluster) -> bool:
        """The two named as one couple: a first name, "and", the other's full name ("Tom and
        Hazel Brennock", "Daniel and Ruth Carrow"), either way round."""
        text = text_of(self.doc)

        def before(a: _Cluster, b: _Cluster) -> bool:
            starts = {m.start for m in b.mentions if m.kind == "name" and " " in text[m.start : m.end]}
            return any(m.kind == "name" and " " not in text[m.start : m.end] and text[m.end : m.end + 5] == " and "
                       and m.end + 5 in starts for m in a.mentions)

        return before(c, owner) or before(owner, c)

    def _kin_of(self, c: _Cluster, owner: Optional[_Cluster], low: str) -> bool:
        """Whether an earlier "her husband" of c was owned by the same person (or by nobody
        the text resolved). A role c holds only as a bare description ("Kirsty Hale, the mother
        of two") makes c nobody's kin: "Their mother" later is someone else's mother (at
        extraction only: while ``train_ranker`` observes, the role alone counts, as the shipped
        ranker was built)."""
        if getattr(self, "observe", None) is not None:
            return owner is None or all(
                not (ch.dep_ == "poss" and ch.i in self.covered and self.covered[ch.i].root() is not owner.root())
                for m in c.mentions if m.kind == "descriptor" and self.doc[m.head].lower_ == low for ch in self.doc[m.head].children)
        owned = False
        for m in c.mentions:
            if m.kind != "descriptor" or self.doc[m.head].lower_ != low:
                continue
            for ch in self.doc[m.head].children:
                if ch.dep_ != "poss":
                    continue
                owned = True
                if owner is not None and ch.i in self.covered and self.covered[ch.i].root() is not owner.root():
                    return False
        return owned

    def _child_chain(self, tok: Token, recent, gender) -> Optional[_Cluster]:
        owner = self._named_owner(tok)
        for _ti, si, _w, c in reversed(recent):
            if self.sent_of[tok.i] - si > DESCRIPTOR_WINDOW:
                break
            c = c.root()
            if c.roles & self.lex.child_nouns and c.gender_fit(gender) > 0:
                # ("Mikkel's son" is no child of another parent listed before; at extraction only)
                if owner is not None and not any(self._named_owner(self.doc[m.head]) is owner for m in c.mentions
                                                 if m.kind == "descriptor" and self.doc[m.head].lower_ in self.lex.child_nouns):
                    continue
                return c
        return None

    def _named_owner(self, noun: Token) -> Optional[_Cluster]:
        """The person a kin noun's possessive names ("Mikkel's son"), at extraction only."""
        if getattr(self, "observe", None) is not None:
            return None
        poss = next((ch for ch in noun.children if ch.dep_ == "poss" and ch.pos_ == "PROPN"), None)
        c = self.covered.get(poss.i) if poss is not None else None
        return c.root() if c is not None else None

    def _child(self, tok: Token, recent, gender, s: int, e: int) -> Optional[tuple[_Cluster, int, int]]:
        """"their son" ... "a baby boy" ... "their child": one child of the same parents,
        named or not, until the text names another."""
        c = self._child_chain(tok, recent, gender)
        if c is not None:
            return c, s, e
        return self.new(unnamed_text=self.doc[s:e].text), s, e



def _spouse_after(doc, k: int) -> bool:
    """'... and his wife' or '... and her husband' right after token ``k``."""
    return k + 3 < len(doc) and doc[k + 1].lower_ == "and" and doc[k + 2].lower_ in ("his", "her") \
        and doc[k + 3].lower_ in ("wife", "husband")
