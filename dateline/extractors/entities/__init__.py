"""PERSON and ORG mentions clustered into document-level entities.

Three passes over one parsed Doc, each linear in its length:

1. name spans: spaCy's PERSON/ORG ents, repaired (a split name re-joined, a leading
   first name added, ``Luna, 4,`` read as a person, platforms typed as products);
2. name clusters: full names first, then surname, first-name and title mentions, each
   linked to the most recently mentioned compatible full name;
3. one left-to-right pass that resolves third-person pronouns and definite descriptors
   (``the 52-year-old coach``, ``the club``, ``their son``) to the most salient
   compatible cluster, accruing gender and type evidence as it goes.

The lexicons live in ``dateline/patterns/entities.json``. Modules: ``lexicon`` (lexicons and weights), ``syntax`` (token tests), ``names`` (pass 1),
``builder`` (pass 2 and output), ``pronouns`` (pass 3), ``clusters`` (cluster state),
``binding`` (rules around the ranker read off the parse), ``topic`` (the article's topic person),
``common`` (capitalised common nouns that open a sentence), ``latent`` (names only a pronoun
makes somebody).
"""

from dateline.extractors.entities.builder import extract_entities
from dateline.extractors.entities.clusters import entity_at
from dateline.extractors.entities.lexicon import Lexicon, lexicon
from dateline.extractors.entities.syntax import quote_mask, sentence_bounds

__all__ = ["Lexicon", "entity_at", "extract_entities", "lexicon", "quote_mask", "sentence_bounds"]
