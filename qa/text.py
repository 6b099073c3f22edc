"""Text primitives shared by every stage: one tokenizer, one sentence splitter, folding, lemmas,
French → English term translation, and the vocabularies kept as data files under ``qa/lexicon``.

Matching is always on whole words (lemmas), never on substrings: "reinforcement" must not match
"reinforces", and "rat" must not match "temperature".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

LEXICON = Path(__file__).resolve().parent / "lexicon"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Petar Veličković' → 'petar velickovic'; a possessive goes
    and an apostrophe inside a name joins it ("O'Donnell's" → "odonnell")."""
    text = re.sub(r"['’]s\b", "", unidecode(text).lower())
    text = re.sub(r"\b(qu|[cdjlmnst])['’]", r"\1 ", text)  # French elision: "l'apprentissage"
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[\s\-_.]+", " ", re.sub(r"['’`]", "", text))).strip()


def words(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated compounds give their parts ("co-author" → co, author)."""
    return [w.lower() for w in re.findall(r"[^\W_]+", text)]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """English lemma of a word (simplemma's dictionary): "graphs" → "graph", while "reinforces"
    (reinforce) and "reinforcement" stay apart, as a stemmer would not keep them."""
    import simplemma

    return unidecode(simplemma.lemmatize(word.lower(), lang="en")).lower()


def lemmas(text: str) -> list[str]:
    return [lemma(w) for w in words(text)]


@lru_cache(maxsize=None)
def lexicon_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-empty lines of a lexicon file (the first line of each says its source)."""
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def wordset(name: str) -> frozenset[str]:
    return frozenset(w for line in lexicon_lines(name) for w in line.lower().split())


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English and French function words (bm25s's lists) plus question boilerplate (a data file)."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH

    words_ = {*STOPWORDS_EN_PLUS, *STOPWORDS_FRENCH, *wordset("question_words.txt")}
    return frozenset(words_ | {fold(w) for w in words_})


def has_figure(text: str) -> bool:
    """Whether a sentence gives a number, in digits or in words ("432 tasks", "five environments")."""
    return any(c.isdigit() for c in text) or not wordset("number_words.txt").isdisjoint(words(text))


def sentences(text: str, lang: str = "en") -> list[str]:
    """Sentences of a paragraph, by a maintained segmenter (abbreviations, decimals, "et al.")."""
    import sentencex

    return [s.strip() for s in sentencex.segment(lang if lang in {"en", "fr"} else "en", text) if s.strip()]


@lru_cache(maxsize=1)
def fr_en() -> dict[tuple[str, ...], str]:
    """French term (lemmatised, folded words) → English term, from ``lexicon/fr_en.tsv``."""
    table: dict[tuple[str, ...], str] = {}
    path = LEXICON / "fr_en.tsv"
    if not path.exists():
        return table
    for line in lexicon_lines("fr_en.tsv"):
        french, _, english = line.partition("\t")
        if english.strip():
            key = tuple(lemma_fr(w) for w in words(french))
            table.setdefault(key, english.strip())
    return table


@lru_cache(maxsize=50_000)
def lemma_fr(word: str) -> str:
    import simplemma

    return fold(simplemma.lemmatize(word.lower(), lang="fr"))


def to_english(text: str) -> str:
    """A French question's words with the field's terms put into English (longest phrase first);
    words the table does not know are kept (names, acronyms and cognates mostly match as they are)."""
    table = fr_en()
    tokens = words(text)
    lemmas = [lemma_fr(t) for t in tokens]
    longest = max((len(k) for k in table), default=1)
    out, i = [], 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            english = table.get(tuple(lemmas[i:i + size]))
            if english:
                out.append(english)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)
