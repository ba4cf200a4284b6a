"""The Persian vocabulary the stages share, each list and each folding function in one place
(stage-specific lists stay with their stage: ``numbers/lexicon.py``, ``places/cues.py``).

- ``chars``: ZWNJ, digits, the folding functions (``fold_letters``, ``lookup_key``, ``word_key``,
  ``unit_text``) with what each is for, ``WORD_RE``, ``URL_RE``;
- ``agencies``: news agencies (bylines, entity rules, the NER lexicon) and their domains;
- ``organisations``: heads and tails of organisation names, club prefixes, office words;
- ``titles``: role titles and honorifics;
- ``stopwords``: hazm's stop-word list and the function words that end a name or a phrase.

``scripts/build_ner_lexicons.py`` builds the NER lexicon from these same lists, and a test checks
that the shipped ``pipeline/data/ner_lexicon.tsv`` agrees with them.
"""
