"""Question → :class:`Question`: what is asked (one :class:`Intent`), about whom (researchers resolved
by fuzzy name matching, ambiguity kept), about which paper, in which period and language, and the
topic words left once all of that is taken out.

The vocabularies (question boilerplate, intent cues, French terms) are data files in ``lexicon/``;
names, titles and venues come from the indexed records through a :class:`Directory`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from enum import StrEnum
from bisect import bisect_right
from functools import cached_property, lru_cache
from itertools import combinations, dropwhile, product, takewhile
from typing import ClassVar

from rapidfuzz import process
from unidecode import unidecode
from rapidfuzz.distance import OSA, Levenshtein

from qa.pages import is_field_term, is_name_like
from qa.records import Paper, Profile
from qa.text import (DEGREE_KINDS, wordset, clipped_words, month_names, content_lemmas, field_terms, fold, fr_en, function_words, is_acronym, known_word, language_identifier, lemma, lemma_fr, lexicon_lines, measures, ordinals, programme_kinds, stopwords, to_english,
                     undotted, words, wordset)

MAX_QUESTION_CHARS = 2000
HONORIFICS = {"dr", "dre", "prof", "professor", "mr", "mrs", "ms", "mme", "m", "mlle", "doctor", "docteur", "docteure",
              "professeur", "professeure", "pr"}
YEAR = r"(19[89]\d|20\d\d)"


class Intent(StrEnum):
    PAPERS = "papers"  # papers on a topic, by someone or not
    FACT = "fact"  # a fact inside a paper
    COAUTHORS = "coauthors"
    VENUE = "venue"
    DATE = "date"
    COUNT = "count"  # how many papers / co-authors (a figure inside a paper is a FACT with ``quantity``)
    LIST = "list"  # every paper of a researcher (or of a filter), by date
    PROFILE = "profile"  # role, affiliation, research topics, biography
    WHO = "who"  # which researchers work on / list a topic
    COMMON = "common"  # papers on several researchers' pages
    COMPARE = "compare"  # several researchers side by side
    MENTIONS = "mentions"  # where pages other than a researcher's own name them, and in what words


@dataclass
class Period:
    since: int | None = None
    until: int | None = None
    latest: bool = False
    earliest: bool = False

    def admits(self, years: list[int]) -> bool:
        if self.since is None and self.until is None:
            return True
        return any((self.since is None or y >= self.since) and (self.until is None or y <= self.until) for y in years)

    @property
    def filters(self) -> bool:
        return self.since is not None or self.until is not None


@dataclass
class Question:
    text: str  # as read: spoken French with its question word first (``fronted``)
    lang: str
    intent: Intent = Intent.PAPERS
    researchers: list[str] = field(default_factory=list)  # in the order the question names them
    combine: str = "all"  # several researchers: papers on "all" pages, "any" page, the "first" only, or the first's with each other ("pairs")
    candidates: dict[str, list[str]] = field(default_factory=dict)  # an ambiguous name → who it may be
    assumed: list[str] = field(default_factory=list)  # an ambiguous name's other candidates, whose records do not answer
    unknown_person: str | None = None
    unknown_written: bool = False  # the unknown name is written on pages (not as a researcher's): it may be a topic
    news_person: str | None = None  # the unknown name once news items writing it answer: whom the question is about
    mentioned: str | None = None  # the unknown name once it is only words the pages may write ("which pages mention X?")
    typed_stranger: str | None = None  # a lower-case name typed beside a one-word match it is no part of
    coauthors: list[str] = field(default_factory=list)
    papers: list[str] = field(default_factory=list)  # ids of papers named by (part of) their title
    venue: str | None = None  # a venue named: its folded name or lower-case acronym
    period: Period = field(default_factory=Period)
    attribute: str | None = None  # profile field asked: roles, affiliations, topics, biography
    asked: Intent | None = None  # what was asked when a page fact, not a paper, answers it
    counted: str | None = None  # COUNT: "papers" or "coauthors"
    quantity: str | None = None  # "how many GPU hours": what a figure in a paper must name
    asks_papers: bool = False  # the question speaks of papers or publishing, not of the person
    in_title: bool = False  # "papers with X in the title": the topic's words must be in the title
    titled: str | None = None  # "the Sparse Kelp Networks paper": a paper named by a title no page may list
    asks_name: bool = False  # "what is the method called?": the sentence that coins a name answers
    asks_person: bool = False  # "who …?", "qui …?": a person is asked for
    two_papers: bool = False  # "both papers", "the two articles": one may be named by its subject alone
    recurring: bool = False  # "who does she keep writing with?": co-authors counted across papers
    on_pages: bool = False  # "the publications on his profile": the papers the researcher's own pages print
    on_site: bool = False  # "the homepage's Latest Publications section": the papers a page of no researcher lists
    asks_linked: bool = False  # "… has a co-author with his own page: what is his role?": a second ask about whom the first finds
    relation: str | None = None  # "When was X's advisor …?": the phrase (as typed) naming whom a first ask finds
    languages: bool = False  # the question names a language ("on his French page")
    topic: str = ""  # content words, in English
    alternatives: list[str] = field(default_factory=list)  # "GFlowNets / generative flow networks": the topic's words on each side
    conjuncts: list[str] = field(default_factory=list)  # "where are Tidewell and Brightfin each based?": the topic's words for each named thing
    terms: list[str] = field(default_factory=list)  # the topic words as typed, numbers included
    excluded: list[str] = field(default_factory=list)  # "(not the Horizon one)": folded words of a thing ruled out
    followed: bool = False  # researchers, papers or the ask were taken from the conversation
    lent: bool = False  # one ask of several: its researchers and papers are those the whole question names
    parts: list[str] = field(default_factory=list)  # "how … and what …?": each ask, in English, when two or more
    open_field: bool = False  # "what does she work on?": the person's field, from topics and biography
    typed: str = ""  # the question as typed, which answers and the model's prompt repeat

    @property
    def as_typed(self) -> str:
        return self.typed or self.text


@dataclass
class Focus:
    """What a conversation is about after its last turn, for the next question's "it", "her",
    "the other one" and "and in 2023?"."""

    researchers: list[str] = field(default_factory=list)
    papers: list[str] = field(default_factory=list)  # papers the last answer named, in its order
    earlier: list[str] = field(default_factory=list)  # papers earlier answers named, not the last one
    question: Question | None = None  # the last question as read


MAX_TURNS = 6  # turns of history read: enough for "and the other one?", bounded in cost


# --------------------------------------------------------------------------------------------
# The names, titles and venues of the indexed records


# A title's leading name in small capitals as scraped: capital runs, one a lone letter ("C AUSAL R:").
SMALL_CAPITALS = re.compile(r"^\s*((?:[A-Z]+ ){1,4}[A-Z]+)\s*:")
TITLE_LEAD = re.compile(r"^\s*([\w\-]{3,})\s*:")  # the word a title opens with before its colon ("RAT: …")
PLAIN_LEAD = re.compile(r"[A-Z][a-z]{3,}")  # one written as a plain capitalised word ("Motif")


@dataclass
class Directory:
    """Name and title lookups built once from the records."""

    aliases: dict[str, set[str]]  # folded spelling → researchers it may mean
    author_aliases: dict[str, set[str]]  # the same for co-authors
    titles: list[tuple[str, str]]  # (folded main title, paper id)
    named: dict[str, set[str]]  # a title's leading name as printed ("RAT", "TransNAR") → paper ids
    venues: dict[str, str]  # folded venue name, usual name or lower-case acronym → one venue as printed
    vocabulary: frozenset[str]  # folded words the papers use (a word of theirs is no person's name)
    headings: list[tuple[str, str]]  # (flattened full title or label, paper id): how an answer names a paper
    ids: frozenset[str]
    written: frozenset[str] = frozenset()  # other folded words the pages about no researcher write (news items)
    prose_names: frozenset[str] = frozenset()  # folded pairs of name words the pages' prose writes ("runa eskeland"), not both dictionary words
    places: frozenset[str] = frozenset()  # folded parts of the pages' position lines ("google deepmind", "mcgill university")

    PACKED: ClassVar = ("aliases", "author_aliases", "named")  # saved value by value (qa.packed), built when read

    @classmethod
    def build(cls, papers: list[Paper], profiles: list[Profile], unowned: list[Profile] = ()) -> Directory:
        """``unowned``: pages about no researcher here (news, projects): a word they write is no
        typing error for a co-author's name ("Marlen Wood" is not "Arlen")."""
        from qa.papers import venue_acronyms

        researchers = sorted({p.researcher for p in profiles} | {r for p in papers for r in p.researchers})
        authors = sorted({a for p in papers for a in p.authors} - set(researchers))
        titles = []
        named: dict[str, set[str]] = defaultdict(set)
        # (How many papers' titles open with each word: see below.)
        leads = Counter(lead.group(1) for paper in papers for lead in {TITLE_LEAD.match(t.value) for t in paper.titles} if lead)
        for paper in papers:
            for title in {t.value for t in paper.titles}:
                # "RAT: Bridging …": a name the title opens with, matched only as typed (case kept);
                # "Motif: Intrinsic …", a plain capitalised word, when no other title opens with it
                # ("Position: …" and "Survey: …" open many).
                lead = TITLE_LEAD.match(title)
                if lead and (coined_look(lead.group(1)) or PLAIN_LEAD.fullmatch(lead.group(1)) and leads[lead.group(1)] == 1):
                    named[lead.group(1)].add(paper.paper_id)
                elif spaced := SMALL_CAPITALS.match(title):
                    # "C AUSAL R: …": a name set in small capitals, split by the scrape where the font
                    # changes; its lone letters are the capitals, its runs lower case ("CausalR").
                    parts = spaced.group(1).split()
                    name = "".join(part if len(part) == 1 else part.lower() for part in parts)
                    if {len(part) == 1 for part in parts} == {True, False} and coined_look(name):
                        named[name].add(paper.paper_id)
                main = fold(re.split(r"[:(]", title)[0])
                main = re.sub(r"^(?:a|an|the) ", "", main)
                if len(main.split()) >= 2:  # one word ("Position: …", "Survey: …") names no paper
                    titles.append((main, paper.paper_id))
                # "LOOM: Weaving Sparse Experts for Forecasting": a subtitle of three words or
                # more names the paper as well as its main title does.
                subtitle = fold(re.split(r"[(]", title.partition(":")[2])[0])
                if len(subtitle.split()) >= 3:
                    titles.append((re.sub(r"^(?:a|an|the) ", "", subtitle), paper.paper_id))
                    # … and the whole title read on past its colon opens with its lead word ("the Motet
                    # counting songbirds paper").
                    whole = re.sub(r"^(?:a|an|the) ", "", fold(re.split(r"[(]", title)[0]))
                    if whole.split()[:1] != main.split()[:1] or len(main.split()) < 2:
                        titles.append((whole, paper.paper_id))
        venues: dict[str, str] = {}
        for paper in papers:
            for venue in paper.venues:
                folded = fold(venue.value)
                venues.setdefault(folded, venue.value)
                # Also by its usual name and acronym from lexicon/venues.tsv ("Neural Information Processing Systems", "NeurIPS").
                for name, acronym in venue_acronyms():
                    if f" {name} " in f" {folded} ":
                        venues.setdefault(name, venue.value)
                        venues.setdefault(acronym.lower(), venue.value)
        coined = {paper.paper_id: coined_names(paper.abstract) for paper in papers if paper.abstract}
        wanted = {name.lower() for names in coined.values() for name in names}
        users: Counter = Counter()  # how many papers write each coined name (case aside)
        # Words the pages use (papers, venues, biographies, news) are no unknown person's name.
        prose = [v.value for p in profiles for v in p.biography + p.news + p.affiliations + p.roles + p.topics]
        vocabulary_: set[str] = set()
        for paper in papers:
            paper_words = set(words(fold(paper.embed_text)))
            vocabulary_ |= paper_words
            users.update(paper_words & wanted)
        for pid, names in coined.items():
            for name in names:
                if users[name.lower()] == 1:  # a name one paper alone writes is that paper's
                    named[name].add(pid)
        vocabulary = frozenset(vocabulary_ | {w for text in [*(v.value for p in papers for v in p.venues), *prose]
                                              for w in words(fold(text))})
        headings = [(flatten(p.label.rstrip("…")).strip(), p.paper_id) for p in papers if p.label.strip()]
        aliases = name_aliases(researchers)
        for profile in profiles:  # "Nell Quist", printed on the page of /marie-anne-quist; "Christopher Pal" in the bio of /chris-pal
            printed = [v.value for v in profile.also_named] + fuller_names(profile.researcher, [v.value for v in profile.biography])
            for spelling in name_aliases(printed):
                aliases.setdefault(spelling, set()).add(profile.researcher)
        written = frozenset(w for p in unowned for v in p.news + p.biography for w in words(fold(v.value))) - vocabulary
        prose_names = set()
        for p in [*profiles, *unowned]:
            for v in p.news + p.biography:
                for tokens in person_spans(v.value):
                    if len(tokens) >= 2 and is_name_like(" ".join(tokens)):
                        folded = fold(" ".join(tokens)).split()
                        # (A pair of dictionary words is a thing's name, "The Expert Group", not a person's.)
                        prose_names.update(f"{x} {y}" for x, y in zip(folded, folded[1:])
                                           if not all(known_word(t) or known_word(t, "fr") for t in (x, y)))
        places = frozenset(fold(part) for p in profiles for v in p.affiliations for part in v.value.split(",")
                           if len(fold(part).split()) >= 2)
        # (A place's own word, "Kelpworks" of "Kelpworks Labs", is no person's where the prose writes
        # it in a name: "Kelpworks Bergen".)
        place_words = {w for place in places for w in place.split() if not known_word(w) and not known_word(w, "fr")}
        prose_names = {pair for pair in prose_names if not set(pair.split()) & place_words}
        return cls(aliases, name_aliases(authors), titles, dict(named), venues, vocabulary,
                   headings, frozenset(p.paper_id for p in papers), written, frozenset(prose_names), places)

    # Lookups derived from the tables above, built on first use and kept: a question's cost does not
    # grow with the number of names and titles indexed.

    @cached_property
    def prose_names_by_initials(self) -> dict[str, list[str]]:
        """The pairs of name words the prose writes, by their two first letters ("re" → "runa eskeland")."""
        by_initials: dict[str, list[str]] = defaultdict(list)
        for pair in sorted(self.prose_names):
            first, second = pair.split()
            by_initials[first[0] + second[0]].append(pair)
        return dict(by_initials)

    @cached_property
    def common(self) -> frozenset[str]:
        """Stop words and the words the pages use: no name is made of them."""
        return stopwords() | self.vocabulary

    @cached_property
    def _spellings(self) -> dict[tuple[bool, int, int], list[tuple[int, str]]]:
        buckets: dict[tuple[bool, int, int], list[tuple[int, str]]] = defaultdict(list)
        for table, researcher in ((self.aliases, True), (self.author_aliases, False)):
            for i, alias in enumerate(table):
                buckets[researcher, len(alias.split()), len(alias)].append((i, alias))
        return dict(buckets)

    @cached_property
    def _undoubled(self) -> dict[tuple[bool, str], list[str]]:
        found: dict[tuple[bool, str], list[str]] = defaultdict(list)
        for table, researcher in ((self.aliases, True), (self.author_aliases, False)):
            for alias in table:
                found[researcher, DOUBLED.sub(r"\1", alias)].append(alias)
        return dict(found)

    def undoubled(self, researcher: bool, key: str) -> list[str]:
        """The researcher (or co-author) spellings that are ``key`` once each doubled letter is
        written once ("rabanny" and "rabbany" are both "rabany")."""
        return self._undoubled.get((researcher, DOUBLED.sub(r"\1", key)), [])

    def spellings(self, researcher: bool, size: int, length: int, limit: int) -> list[str]:
        """The researcher (or co-author) spellings of ``size`` words whose length is within ``limit`` of
        ``length``, in table order."""
        found = [pair for n in range(length - limit, length + limit + 1)
                 for pair in self._spellings.get((researcher, size, n), ())]
        return [alias for _, alias in sorted(found)]

    @cached_property
    def _starts(self) -> dict[str, list[int]]:
        """First word of each main title, then of each heading → positions in ``titles + headings``."""
        starts: dict[str, list[int]] = defaultdict(list)
        for i, (text, _) in enumerate(self.titles + self.headings):
            starts[text.split()[0] if text.split() else ""].append(i)
        return dict(starts)

    def starting(self, flat: str, headings: bool = False) -> list[int]:
        """Positions (in ``titles``, or ``titles + headings``) of the titles that may occur whole in
        ``flat``: those whose first word is one of its words (or that have no words)."""
        end = len(self.titles) + (len(self.headings) if headings else 0)
        found = {i for word in [*set(flat.split()), ""] for i in self._starts.get(word, ()) if i < end}
        return sorted(found)

    @cached_property
    def _mains(self) -> tuple[str, list[int], dict[str, list[int]]]:
        joined, offsets, by_text = [], [], defaultdict(list)
        at = 0
        for i, (main, _) in enumerate(self.titles):
            offsets.append(at)
            joined.append(main)
            at += len(main) + 1
            by_text[main].append(i)
        return "\n".join(joined), offsets, dict(by_text)

    def quoting(self, quoted: str) -> set[int]:
        """Positions in ``titles`` of the main titles that hold ``quoted`` or that ``quoted`` holds."""
        joined, offsets, by_text = self._mains
        found: set[int] = set()
        at = joined.find(quoted)
        while at >= 0:
            found.add(bisect_right(offsets, at) - 1)
            at = joined.find(quoted, at + 1)
        longest = max(map(len, by_text), default=0)
        for start in range(len(quoted)):
            for end in range(start + 1, min(len(quoted), start + longest) + 1):
                found.update(by_text.get(quoted[start:end], ()))
        return found


def name_aliases(names: list[str]) -> dict[str, set[str]]:
    """Every spelling a question may use: full name, first + last, initial + last, surname alone,
    each part of a hyphenated surname, first name alone; a spelling two people share maps to both."""
    aliases: dict[str, set[str]] = defaultdict(set)
    for name in names:
        tokens = fold(name).split()
        if not tokens:
            continue
        aliases[" ".join(tokens)].add(name)
        if len(tokens) > 1:
            first, last = tokens[0], tokens[-1]
            aliases[f"{first} {last}"].add(name)
            aliases[f"{first[0]} {last}"].add(name)
            aliases[last].add(name)
            aliases[" ".join(tokens[1:])].add(name)
            aliases[first].add(name)
        hyphenated = [part for token in re.split(r"\s+", name) if "-" in token for part in token.split("-")]
        for part in hyphenated:
            if len(part) >= 3 and fold(part) != tokens[0]:
                aliases[fold(part)].add(name)
    return dict(aliases)


# --------------------------------------------------------------------------------------------
# Cues


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    table = {}
    for line in lexicon_lines("intents.tsv"):
        name, _, pattern = line.partition("\t")
        table[name] = re.compile(pattern.strip())
    return table


def cue(name: str, flat: str) -> bool:
    return bool(cues()[name].search(flat))


def flatten(text: str) -> str:
    """The folded question, punctuation as spaces, padded: ' what has petar velickovic … '. A
    question word's or pronoun's "'s" is "is" ("what's her research about?"), not the possessive
    folding drops."""
    return " " + fold(re.sub(r"[^\w\s'’\-.]", " ", CONTRACTED_IS.sub(r"\1 is", text))) + " "


CONTRACTED_IS = re.compile(r"\b(what|who|where|when|how|why|which|that|it|there|here|he|she)['’]s\b", re.I)


FRENCH_MARKERS = re.compile(r"\b(?:qu['’]|quels?|quelles?|est-ce|a-t-il|a-t-elle|ont-ils|combien|publi[ée]e?s?|"
                            r"travaux|chercheur|chercheuse|sur (?:le|la|les)|avec qui|depuis|annuaire|"
                            r"lesquels|pourquoi|où|sont|quand)\b", re.I)


@lru_cache(maxsize=1)
def _identifier():
    return language_identifier(("en", "fr"))  # py3langid's model, decompressed once into the user's cache


def question_lang(text: str) -> str:
    if FRENCH_MARKERS.search(text):
        return "fr"
    # Names of people, places and venues ("Université de Montréal") say nothing of the language asked in.
    plain = re.sub(r"(?<=\w )[A-ZÀ-ÖØ-Þ][\w'’\-]*(?: (?:de|du|des|of|la|le|the) [A-ZÀ-ÖØ-Þ][\w'’\-]*)*", " ", text)
    return _identifier().classify(plain)[0]


@lru_cache(maxsize=2)
def rewriting_rules(name: str) -> tuple[tuple[re.Pattern, str], ...]:
    """The rules of a rewriting file (``spoken_fr.tsv``, ``chat_en.tsv``), compiled once, in file order."""
    rules = []
    for line in lexicon_lines(name):
        pattern, _, written = line.partition("\t")
        rules.append((re.compile(pattern, re.I), written))
    return tuple(rules)


def rewritten(text: str, name: str) -> str:
    """A text with a rewriting file's rules applied in order, runs of spaces made one."""
    for pattern, written in rewriting_rules(name):
        text = pattern.sub(written, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def written_french(text: str) -> str:
    """A French question's spoken and familiar forms in written French (« Varga pis Okafor, y'ont-tu
    … ? » → « Varga et Okafor, ils ont … ? », « il a bossé où ? » → « il a travaillé où ? »), so that
    the cues, the names and the lexicon read it as they read written French."""
    return rewritten(text, "spoken_fr.tsv")


def written_english(text: str) -> str:
    """An English question's chat abbreviations written out ("which ppl w/ a lab at McGill?" →
    "which people with a lab at McGill?"), so that the cues and the lexicon read them."""
    return rewritten(text, "chat_en.tsv")


def fronted(text: str) -> str:
    """A French question with each clause's question word put first, as written French asks and as
    the cues read it: spoken French leaves it in place (« c'est qui X ? » → « qui est X ? », « elle
    travaille où ? » → « où travaille-t-elle ? », « il dirige quel labo ? » → « quel labo dirige-t-il ? »,
    « il collabore avec qui ? » → « avec qui collabore-t-il ? »)."""
    # (A full stop after a word ends a sentence, not one after an initial or « M. »: a clause never spans two sentences.)
    pieces = re.split(r"(\s*[,;:?!]\s*|(?:(?<=\w{3})|(?<=\b[A-Z]{2}))\.\s+|\s+et\s+)", text)
    return "".join(fronted_clause(piece) if at % 2 == 0 else piece for at, piece in enumerate(pieces))


def fronted_clause(clause: str) -> str:
    words = clause.split()
    if words[:1] and unidecode(words[0]).lower() in {"et", "puis"}:
        return f"{words[0]} {fronted_clause(' '.join(words[1:]))}"  # (« …, et elle pilote quel groupe ? »)
    folded = [unidecode(w).lower().replace("’", "'") for w in words]
    if folded[:2] in (["c'est", "qui"], ["c'etait", "qui"]):
        return " ".join(["qui", "est" if folded[0] == "c'est" else "était", *words[2:]])
    ending = len(words)
    while ending > 2 and folded[ending - 1] in WH_FILLERS:
        ending -= 1  # « … où exactement ? »: the filler stays where it is
    pronoun = len(words) > 2 and folded[0] in SUBJECT_PRONOUNS
    asked = next((at for at in range(2 if pronoun else 1, ending) if folded[at] in IN_SITU_WH
                  and (at == ending - 1 or folded[at].startswith("quel") or folded[at] == "combien")), None)
    if asked is None or asked < 2 and not pronoun or folded[asked - 1] in {"c'est", "c'etait"}:
        return clause  # (« c'est quoi » is asked as written)
    dislocated = next((at for at in range(1, asked) if folded[at] in SUBJECT_PRONOUNS), None)
    if not pronoun and dislocated and all(word[:1].isupper() for word in words[:dislocated]):
        # A name put before its pronoun (« Inès Varga elle a rédigé son mémoire dans quel labo ? »): the clause is
        # fronted from the pronoun, so the word before the question word is not taken for the verb.
        return " ".join([*words[:dislocated], fronted_clause(" ".join(words[dislocated:]))])
    last = asked == ending - 1  # (« … où ? », not « … dans quelles écoles ? »)
    subject_end = 1 if pronoun else 0  # (the words up to here are the subject, never fronted)
    with_noun = False
    if asked - 1 > subject_end and folded[asked - 1] in WH_PREPOSITIONS:  # (not the verb: « il a combien … »)
        asked -= 1  # « … avec qui ? », « … dans quelle université ? »: the preposition goes with it
        # The noun « de » hangs on goes with it too, with its article and the preposition before
        # them (« … sous la codirection de qui ? », « … avec l'aide de qui ? »): no verb is moved.
        noun = noun_before_de(folded, asked)
        if noun is not None and noun > subject_end:
            with_noun = True
            asked = noun - 1 if noun - 1 > subject_end and folded[noun - 1] in WH_PREPOSITIONS | {"sous"} else noun
    wh, rest, fillers = words[asked:ending], words[:asked], words[ending:]
    if pronoun and len(rest) >= 2:
        verb = rest[1] + ("-t-" if folded[1][-1] in "ae" and folded[0][0] in "aeiou" else "-") + rest[0]
        return " ".join([*wh, verb, *rest[2:], *fillers])
    if with_noun:
        return " ".join([*wh, *rest, *fillers])
    if last and not folded[0].startswith("quel"):
        # A named subject: « X travaille où ? » → « où travaille X ? »; « X est prof où ? » → « où est X prof ? ».
        # (Mid-clause, « X a enseigné dans quelles écoles ? » is read as it stands.)
        copula = next((at for at, w in enumerate(folded[:asked]) if at and w in {"est", "sont", "etait", "etaient"}), None)
        verb_at = copula if copula is not None else asked - 1
        return " ".join([*wh, rest[verb_at], *rest[:verb_at], *rest[verb_at + 1:], *fillers])
    return clause


def noun_before_de(folded: list[str], at: int) -> int | None:
    """Where the noun starts that the « de » at ``at`` hangs on, when « de qui » or « de quoi » is
    asked (« la direction de qui », « l'aide de qui »): its article, or the elided noun itself; None
    otherwise. (Another preposition says where or how of the verb, « … dans quelle ville ? »; and
    « un prix de combien ? » asks the amount of the noun, read as it stands.)"""
    if folded[at] != "de" or folded[at + 1] not in {"qui", "quoi"}:
        return None
    if folded[at - 1].startswith(("l'", "d'")):
        return at - 1
    return at - 2 if at >= 2 and folded[at - 2] in NOUN_ARTICLES else None


SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
# A question word spoken French leaves at the clause's end, or « quel », « combien » before its noun mid-clause.
IN_SITU_WH = {"ou", "quand", "combien", "qui", "quoi", "quel", "quelle", "quels", "quelles"}
# Adverbs closing a clause after its question word (« … où au juste ? », « … quelles entreprises avant ? »): they stay last.
WH_FILLERS = {"exactement", "donc", "actuellement", "maintenant", "aujourd'hui", "deja", "alors", "juste", "au", "avant",
              "auparavant", "ensuite", "aussi", "encore"}
WH_PREPOSITIONS = {"avec", "pour", "chez", "de", "sur", "par", "dans", "a", "en", "depuis", "vers"}
NOUN_ARTICLES = {"la", "le", "les", "un", "une", "sa", "son", "ses", "leur", "leurs", "du", "des"}


# --------------------------------------------------------------------------------------------
# Parsing


# A comma's apposition saying who someone is by what they wrote ("…, the author of the post on X?",
# « …, l'autrice du billet sur X ? »).
APPOSITION = re.compile(r",\s*(?:the|l['’]|le|la|une?|an?)\s*(?:author|auteure?|autrice|writer|signataire|r[ée]dact(?:eur|rice))\s+"
                        r"(?:of|de|du|des|d['’])[^,?;]*", re.I)


def parse(text: str, directory: Directory, researcher: str | None = None, focus: Focus | None = None) -> Question:
    """Read one question against the directory of indexed names, titles and venues; ``focus``
    (from :func:`focus_of`) is what the conversation so far is about."""
    typed, text = text, undotted(text)  # "his Ph.D. supervisor" asks about a PhD
    lang = question_lang(text)
    if lang == "fr":
        text = fronted(written_french(text))  # (« elle travaille où ? » is read as « où travaille-t-elle ? »)
    else:
        text = written_english(text)
    text = cue_typos_fixed(text, directory, lang)
    question = Question(text=text, lang=question_lang(text), typed=typed)
    flat = flatten(text)
    used: set[str] = set()

    resolve_names(question, flat, directory, used)
    typed_names = set(used)  # the names as typed, typos kept ("courvile"): no word an ask asks
    if used and not FRENCH_MARKERS.search(text):  # names typed in lower case say nothing of the language either
        question.lang = question_lang(" ".join(w for w in text.split() if not set(fold(w).split()) <= used))
    if researcher:
        canonical = resolve_one(researcher, directory)
        if canonical is None:
            question.unknown_person = researcher
        else:
            if canonical not in question.researchers:
                question.researchers.insert(0, canonical)
            # The researcher given settles an ambiguous name that may mean them ("Bengio").
            question.candidates = {name: options for name, options in question.candidates.items() if canonical not in options}
    set_aside_researchers(question, text)
    title_words = named_papers(question, flat, directory)
    used |= title_words  # (a title's capitalised words name no person: "… for Label-Efficient Post-Training")
    if not question.researchers and not question.candidates:
        question.unknown_person = question.unknown_person or unknown_name(question, text, directory, used) or \
            (question.typed_stranger.title() if question.typed_stranger else None)
        if not question.unknown_person and not question.coauthors and (prose_name := written_name(text, flat, directory, used)):
            question.unknown_person, question.unknown_written = prose_name, True  # (a name the pages' prose writes)
    if len(question.researchers) > 1:
        question.combine = "first" if cue("first_only", flat) else "any"

    if not question.papers and (titled := TITLED.search(text)):
        # (Not a name or a venue: those are used; a question word opening the question is none of it.)
        named = titled.group(1).split()
        named = named[1:] if fold(named[0]) in stopwords() else named
        if len(named) >= 3 and not set(fold(" ".join(named)).split()) & used:
            question.titled = " ".join(named)
    if not question.papers and not question.titled and question.researchers and (quoted := QUOTED_TITLE.search(text)):
        # A title quoted of a named researcher's paper that matches none of theirs: no page of theirs
        # may list it. (Of no one named, "the article « … »" may be a news item's headline.)
        phrase = quoted.group(1) or quoted.group(2)
        if len(phrase.split()) >= 2:
            question.titled = phrase
    for key in sorted(directory.venues, key=len, reverse=True):
        if f" {key} " in flat and len(key) >= 3:
            question.venue = question.venue or key  # every edition qualifies (ICML 2024 and ICML 2025)
            used.update(key.split())
    read_period(question, flat, used)
    read_topic(question, text, used)
    if cue("distributive", flat) and not question.researchers and not question.papers:
        question.conjuncts = conjuncts(text, question.topic)
    if focus is not None:
        follow(question, flat, focus)
    # ("when was the news item published?"; "per the article about Jane Roe": an article about a person is a news item)
    # (A contact asked, "where should the press write?" asks an address, not papers.)
    question.asks_papers = cue("papers", flat) and not cue("news", flat) and not article_about_person(question, flat) \
        and not cue("asks_email", flat)
    question.in_title = cue("in_title", flat)
    question.asks_name = cue("asks_name", flat)
    question.asks_person = bool(re.search(r"\b(?:who|whom|qui)\b", without_paper_relatives(flat))) or cue("person_asked", flat)
    # "How do X and the paper on Y differ?", "which is older: X or the Y paper?": two papers, one
    # maybe named by its subject alone.
    question.two_papers = cue("pair", flat) or bool(set(flat.split()) & PAPER_WORDS) and (
        cue("compare", flat) or bool(ORDER_CHOICE.search(flat)))
    question.recurring = cue("recurring", flat)
    question.on_pages = (cue("on_pages", flat) or names_own_page(question)) and not cue("beyond_own", flat)
    question.on_site = cue("site_listing", flat)
    if question.on_site and question.period.earliest:  # ("first" says where in the page's list, not what about)
        shown = cues()["first_shown"]
        question.topic = " ".join(w for w in question.topic.split() if not shown.search(f" {w} "))
        question.terms = [t for t in question.terms if not shown.search(f" {fold(t)} ")]
    if value_asked := cues()["asks_value"].search(PRICE_TO_PAY.sub(" ", flat)):  # "what precise citation count …": a figure naming the topic answers
        # "How much did it cost?": the measure's word the question asks by says which kind of figure answers.
        # (Asked as a share, "what percentage …", its word says so too; so does the measure the ask
        # itself names, "what is the budget of …?", « quel est le montant … », as "how much" does.)
        measure = measure_words(question.text, question.lang, asks_count(flat))
        measure += [w for w in measure_words(value_asked.group(0), "en", True) if w not in measure]
        question.quantity = " ".join([question.topic, *(w for w in measure if w not in question.topic.split())]).strip() or None
    size = cues()["asks_size"].search(flat)
    if size and not question.quantity and sizes_organisation(question.text):
        # "How big is the Kelp Institute?", « quelle est la taille de Mila ? »: an organisation's size
        # is how many people it counts ("a community of 1,200 researchers").
        question.quantity = "people"
    elif size and question.topic and not question.quantity:
        # "How large are the encoders it trains?", "how big is its community?": a figure of the
        # first thing named after the ask ("encoders", "community"), not of every word around it.
        after = flat[size.end():]
        after = to_english(after) if question.lang == "fr" else after
        topic = question.topic.split()
        question.quantity = next((w for w in fold(after).split() if w in topic), topic[0])
    if cue("asks_age", flat) and not question.quantity:
        # An age is a figure, and what is asked ("how old was she on arriving?": a sentence giving one,
        # « à l'âge de 32 ans »).
        question.quantity = "age"
        question.topic = question.topic or "age"
    if cue("profile_origin", flat) and question.researchers:
        # Where someone comes from is asked by the concept ("born", "originally", « originaire »), which
        # a biography's sentence holds by any of its words ("born and raised in Quito").
        question.topic = " ".join([question.topic, lexicon_lines("origin_words.txt")[0].split()[0]]).strip()
    question.asks_linked = cue("linked", flat) or cue("linked_person", flat)
    question.languages = cue("languages", flat)
    question.parts = asks_of(text, question.lang, skip=used_names(question) | typed_names)
    if question.asks_person and not question.researchers and len(question.parts) > 1 \
            and REFERS_BACK.search(question.parts[-1]) and not REFERS_BACK.search(question.parts[0]) \
            and not names_own_subject(text):
        question.asks_linked = True  # "who studies X, and what is her employer?": the last ask is of whom the first finds
    elif any(OF_THEM.search(part) for part in question.parts[1:]) and not OF_THEM.search(question.parts[0]) and (
            question.asks_person or any(cue("coauthors", f" {part} ") for part in question.parts[:-1])):
        # "Who co-wrote X's book, and which of them chairs Y?": some of the people the first ask
        # finds, so also when the question names a researcher. (Of papers, "which of them" is no one.)
        question.asks_linked = True
    if not question.asks_linked and not question.asks_person:
        # "When was X's advisor named to the chair?": one ask about whom another finds.
        question.relation = relation_phrase(text, question)
        question.asks_linked = question.relation is not None
    if not question.researchers and not question.candidates and cue("each_researcher", flat):
        # "What status does each researcher have?": every researcher here, when they are few enough to list.
        everyone = sorted(set().union(*directory.aliases.values())) if directory.aliases else []
        if 2 <= len(everyone) <= EVERYONE_MAX:
            question.researchers, question.unknown_person = everyone, None
            question.combine = "any"
    # A sentence setting out whom the asks are about ("A and B are both at X; who supervised each?")
    # asks nothing: the intent is the asks'. (One naming no one may say what is sought: "two people
    # here list the same paper. Who are they?")
    asking = ask_pieces(text)
    stated = [sentence for sentence in sentences_of(text) if sentence.strip() and not any(piece in sentence for piece in asking)]
    names_whom = bool(question.researchers) and all(name_words(name) & set(fold(" ".join(stated)).split())
                                                    for name in question.researchers)
    # ("What is X's post, the author of the item on Y?": the apposition says who X is, not what is asked.)
    described = flatten(APPOSITION.sub(" ", text))
    question.intent = choose_intent(question, flatten(" ".join(asking)) if asking and stated and names_whom else described)
    if question.followed and cue("continues", flat) and focus.question is not None and not asks_anew(flat):
        carry_ask(question, focus.question)
    return question


def asks_of(text: str, lang: str, skip: set[str] = frozenset()) -> list[str]:
    """The separate asks of a question that asks several things ("how is X represented, and what
    produces Y?", "Où … ? Et avec qui ?"), each in English and without the ``skip`` words (the
    names it gives: they say whom it is about, not what); empty for a single ask."""
    # The asks as typed, a statement between them left out ("X has a paper on Y. Which model …?").
    # (A French ask is read in English before its accents are folded: « étudié » is a word the
    # lexicon knows, "etudie" none.)
    flats = [flatten(to_english(piece) if lang == "fr" else piece).strip() for piece in ask_pieces(text)]
    flats = [re.sub(r"^(?:and|et|puis)\s+", "", flat) for flat in flats]  # less the "and" joining it
    parts = [" ".join(w for w in flat.split() if w not in skip) for flat in flats]
    parts = [p for p in parts if len(p.split()) >= 2]
    return parts if len(parts) >= 2 else []


# A clause opening with "when" that sets the time of what the question then asks ("When she got the
# chair, which post did she hold?", "Lorsqu'elle a obtenu le prix, où enseignait-elle ?"): it asks no date.
# ("When was she named, and which …?", "Quand est-elle partie, …?" ask a date: the verb comes before its subject.)
TIME_CLAUSE = re.compile(r"^\s*(?:when(?!\s+(?:(?:exactly|precisely|roughly|approximately)\s+)?(?:was|were|did|is|are|has|have|had|does|do|will|would|can|could)\b)|"
                         r"quand(?!\s+(?:est-ce|\w+-t-|\w+-(?:il|elle|ils|elles)\b))|lorsque|lorsqu['’])\b[^,?]{3,120},\s*"
                         r"(?=(?:what|which|who|whom|where|how|quel|quelle|quels|quelles|qui|où|ou|comment|combien|que|qu['’])\b)", re.I)
# A paper named by three or more capitalised words before "paper" ("the Sparse Kelp Networks paper").
TITLED = re.compile(r"(?<![\w'’])((?:[A-Z][\w\-]*\s+){2,7}[A-Z][\w\-]*)\s+(?:paper|article|preprint)\b")
# "Mensah's paper 'Tidal Flows Revisited'", « l'article « X » de Mensah »: a title quoted beside a paper word.
QUOTED_TITLE = re.compile(r"\b(?:paper|article|preprint|publication)s?\s+(?:(?:titled|called|entitled|intitulée?|nommée?)\s+)?"
                          r"[«“\"‘']\s*([^«»“”\"‘’']{2,100}?)\s*[»”\"’']|[«“\"‘']\s*([^«»“”\"‘’']{2,100}?)\s*[»”\"’']\s+(?:paper|article|preprint)\b")
EVERYONE_MAX = 8  # "each researcher" is answered researcher by researcher for at most this many
FIELD_GROUP = {"affiliations": "roles"}  # a role and a position are read together (Library.page_facts)


def named_languages(text: str) -> set[str]:
    """The page languages a question names ("her English page" → {"en"})."""
    flat = flatten(text)
    return {lang for lang in ("en", "fr") if cue(f"language_{lang}", flat)}


def asks_one_paper(text: str) -> bool:
    """Whether a question speaks of one paper ("the … paper") and of no papers in the plural."""
    flat = flatten(text)
    return cue("one_paper", flat) and not cue("several_papers", flat)


def coauthors_each(question: Question) -> bool:
    """Whether a question names its co-authors in asks of their own ("which paper with A, and which
    one with B?"): the papers with any of them, each said with whom, not the papers with all."""
    return len(question.coauthors) > 1 and len(question.parts) > 1


def split_asks(question: Question, directory: Directory, researcher: str | None = None) -> list[Question]:
    """A question that asks things of different kinds ("which topics does X list, and who wrote
    the dataset paper with him?") as one question per ask, each about the researchers and papers
    the whole question names; empty when its asks are of one kind (their parts then guide the
    evidence of one answer) or when it weighs several researchers together (a comparison)."""
    if fields := each_field(question):
        return fields
    asks = each_ask(question, directory, researcher)
    if not asks:
        return []
    if names_own_subject(question.text):
        return asks  # ("Who heads X? And Jo Kim, what did he do?": two questions, each about its own subject)
    # Split only what one answer cannot hold: an ask of the pages (a profile field) beside an ask of
    # the papers, or asks of two page fields ("which member type is she, and which fields does her work span?":
    # listed roles, then the field). Asks of one kind are answered together (their parts guide the
    # evidence), and an ask about "it" continues the one before.
    profile = [a for a in asks if a.intent == Intent.PROFILE]
    # An ask counts as one of the papers when it names one, says it asks of publications, or asks a
    # paper's field; "which society did she start?" says none of that and may be the page's.
    papers = [a for a in asks if a.intent != Intent.PROFILE
              and (a.topic and (a.asks_papers or a.intent not in {Intent.PAPERS, Intent.FACT}) or a.papers
                   or a.intent == Intent.LIST and a.asks_papers or a.intent == Intent.COMMON)]
    if any(cue("refers_paper", flatten(piece)) for piece in ask_pieces(question.text)):
        return []
    fields = {(FIELD_GROUP.get(a.attribute, a.attribute), a.open_field) for a in profile}
    if len(fields) > 1 and not papers:
        return asks  # (an ask of neither kind among them, "and what she did before", is the person's too)
    owned = [frozenset(a.researchers) for a in asks if not a.lent]
    # (An ask looking for someone of the pages, named by no one, is nobody's: "…, and who heads X?")
    everyones = all(r or a.asks_person and not a.papers for r, a in zip(owned, asks))
    if len(owned) == len(asks) and any(owned) and everyones and sum(map(len, owned)) == len(frozenset().union(*owned)):
        # "What does A's page call its method, and what does B's page combine?": each ask is of its own
        # researcher's pages, answered apart (together, one ask's words would pick the other's paper).
        return asks
    if not profile or not papers:
        return []
    return profile + papers if asks[0].intent == Intent.PROFILE else papers + profile


# The cues naming each listed page field, as a question joins two of them ("her role and research topics").
FIELDS_JOINED = {"roles": ("role", "membership", "affiliation"), "topics": ("topics",),
                 "supervisors": ("supervisors",), "students": ("students",)}
FIELD_JOIN = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:and|et|&)\s+(?:\w+\s+){0,3}?$|^\s*,\s*$")  # between two fields named


def each_field(question: Question) -> list[Question]:
    """Of a question about researchers that joins two listed page fields in one ask ("What are X's
    role and research topics?", « A et B, quoi de pareil côté statut et thèmes ? »), one ask per
    field, in the order typed, each the whole question asking that field; empty otherwise."""
    if question.intent not in {Intent.PROFILE, Intent.COMPARE} or not question.researchers \
            or len(question.parts) >= 2 or question.followed:
        return []
    flat = flatten(question.text)
    spans = sorted((m.start(), m.end(), field) for field, names in FIELDS_JOINED.items()
                   for name in names for m in cues()[f"profile_{name}"].finditer(flat))
    named: list[tuple[int, int, str]] = []
    for start, end, field in spans:  # (a field's overlapping or adjacent matches are one naming)
        if named and (start <= named[-1][1] or named[-1][2] == field and not flat[named[-1][1]:start].strip()):
            named[-1] = (named[-1][0], max(end, named[-1][1]), named[-1][2])
        else:
            named.append((start, end, field))
    fields = list(dict.fromkeys(field for _, _, field in named))
    if len(fields) != 2 or len(named) != 2 or not FIELD_JOIN.match(flat[named[0][1]:named[1][0]]):
        return []
    return [replace(question, attribute=field, open_field=False, parts=[]) for field in fields]


REFERS_TO_ASK = re.compile(r"\b(?:it|them|l (?:a|ont|avait|avaient|est|sont))\b")  # an ask's pronoun for what an earlier ask names
# An ask with a verb and a subject of its own ("for which company does she work?", « pour quelle entreprise
# travaille-t-elle ? »), not an ask that only names the kind of thing ("…, and at which university?").
OWN_CLAUSE = re.compile(r"\b(?:does|do|did|is|are|was|were|has|have|had)\s+(?:he|she|they)\b|\b\w+ t (?:il|elle|ils|elles)\b"
                        r"|\b(?:est|sont|a|ont|fait|font) (?:il|elle|ils|elles)\b")


def asks_date(text: str) -> bool:
    """Whether a question asks a date, past a clause opening on "when" that only sets the time of its
    ask ("When she got the chair, which post did she hold?" asks none)."""
    return cue("date", flatten(TIME_CLAUSE.sub("", text, count=1)))


PREPOSED_ASK = re.compile(r"^ \w+ (?:what|which|whose|whom|quel|quelle|quels|quelles|quoi|qui)\b")  # "in which …", « sur quels … »
SINCE_WHEN = re.compile(r"^ (?:(?:and|et|puis) )?(?:since|until|depuis|jusqu a) (?:when|quand) \w")  # with a clause after it


def each_ask(question: Question, directory: Directory, researcher: str | None = None) -> list[Question]:
    """Each distinct ask of a question that asks several things, read as a question of its own about
    the researchers and papers the whole question names; empty for a single ask, a follow-up, or a
    question that weighs several researchers together (a comparison)."""
    # (A who-question weighs the researchers it names together; one naming nobody, "which
    # professor leads X, and who else works on it?", asks each thing of the pages.)
    weighs_whole = question.intent == Intent.COMPARE or question.intent == Intent.WHO and bool(question.researchers)
    if len(question.parts) < 2 or question.followed or weighs_whole:
        return []
    pieces = ask_pieces(question.text)
    # ("… says three firms are partners. Which three are they?": the last ask is what the statement says.)
    if len(pieces) < 2 or POINTS_BACK.match(flatten(pieces[-1]).strip()):
        return []
    focus = Focus(researchers=list(question.researchers), papers=list(question.papers))
    asks = []
    # "She holds two degrees. In what subjects, and from where?": asks that open with a preposition
    # share the subject the question states; they are one ask of it. ("During which years did X
    # work at Y, and who leads Z?" states its own, beside an ask of the pages for someone.)
    # ("Since when has Kelp led the survey, and what is its yearly budget?" opens on an ask of its own:
    # its "since when" has a clause of its own and no later ask leaves its subject to it, as "…, and
    # in which town?" would.)
    named_in = [set(parse(piece, directory).researchers) for piece in pieces]  # whom each ask names itself
    starts = [question.text.find(piece) for piece in pieces]
    # (Nor does « Sur quels thèmes Vik travaille-t-il, et est-il … ? »: its preposition opens its
    # question word, and its verb and its subject, someone it names, are its own. "In X's paper on Y,
    # how many …, and which …?" sets the scene for every ask.)
    first = flatten(pieces[0])
    opens_elliptic = cue("elliptic", first) and not (
        (SINCE_WHEN.match(first) or PREPOSED_ASK.match(first) and OWN_CLAUSE.search(first) and named_in[0])
        and not any(cue("elliptic", flatten(piece)) for piece in pieces[1:]))
    of_pages = False
    # ("Who founded X, and in which year? And Mensah, what did she found?": whom a later ask names
    # is no subject the asks before it leave to the rest of the question.)
    opening = question.text[:max(starts[0], 0)]  # (a statement before the asks: "Mensah founded X.")
    stated = set(parse(opening, directory).researchers) if opening.strip() else set()
    for at, piece in enumerate(pieces):
        # (Names a later sentence gives, not a list the same sentence ends on: "which of these …,
        # and in what area: A, B, C?")
        later = [named for j, named in enumerate(named_in[at + 1:], at + 1)
                 if re.search(r"[?!.]\s", question.text[max(starts[at], 0):max(starts[j], 0)])]
        named_later = bool(question.researchers) and not question.papers and not stated.union(*named_in[:at]) \
            and set(question.researchers) <= set().union(*later)
        own_focus = Focus(researchers=[], papers=[]) if named_later else focus
        elliptic = bool(asks) and cue("elliptic", flatten(piece))
        anew = asks_anew(flatten(piece))  # (as typed: the words of the ask before, lent below, ask nothing anew)
        ask = parse(piece, directory, researcher=researcher, focus=own_focus)
        if not asks and opens_elliptic and (not ask.researchers or ask.followed):
            return []
        own_case = asks_own_case(piece, question.text[:max(starts[at], 0)])
        if ask.followed and (asks_pages_for_someone(ask, piece) or reads_named_item(ask, piece) or own_case):
            ask = parse(piece, directory, researcher=researcher)  # (not of the researchers named before)
            of_pages = True
        if elliptic and of_ask_before(ask, piece, asks[-1]):
            typed, end = re.fullmatch(r"(.*?)\s*([?;.!]*)\s*", piece, re.S).groups()
            piece = f"{typed} {asks[-1].topic}{end}"
            ask = parse(piece, directory, researcher=researcher, focus=own_focus)
        ask.lang, ask.lent = question.lang, ask.followed  # ("and who …?" reads the others' researchers)
        if ask.followed and ask.intent == Intent.FACT and not ask.papers and question.papers:
            # ("X's paper on Y: which setting …, and which methods work well?": a fact asked of the
            # paper the question names, not of anything the researcher's pages say.)
            ask.papers = list(question.papers)
        if elliptic and not anew:  # "in what subjects, and from where?": the same ask
            carry_ask(ask, asks[-1])
        elif elliptic and (swapped := swapped_degree(ask, asks[-1])):
            # (A count of her master's students, then « et au doctorat ? »: the same ask of another
            # kind of degree.)
            carry_ask(ask, asks[-1])
            ask.topic = swapped
        # (An ask reading a site page, "what is shown first on the home page?", is about that page.)
        # (An ask for someone before any name is typed, "who is the X now? And A, what is her
        # role?", points back to no one: the pages are asked.)
        # (Nor is one reading a news item it names, "…, and how many chairs are there in all, per the
        # Kelp announcement?": the item says, not the person the rest of the question names.)
        leaves_subject = not (ask.researchers or ask.papers or ask.candidates or ask.on_site
                              or asks_pages_for_someone(ask, piece, named_before=bool(asks)) or reads_named_item(ask, piece)
                              or own_case)
        if leaves_subject and (question.researchers or question.papers) and not named_later:
            # The ask leaves whom or what it is about to the rest of the question.
            ask.researchers, ask.papers, ask.unknown_person = list(question.researchers), list(question.papers), None
            ask.lent = True
            ask.intent = choose_intent(ask, flatten(piece))
            if question.intent == Intent.COMMON and ask.intent in {Intent.LIST, Intent.PAPERS}:
                ask.intent, ask.combine = Intent.COMMON, question.combine  # and how they go together
        elif leaves_subject and not ask.unknown_person and not REFERS_BACK.search(flatten(piece)) \
                and (person := question.unknown_person or question.news_person):
            # So it does of someone no page profiles, when it names no one at all ("Which school is
            # Ines Varga at, and which faculty?": the faculty is asked of the pages writing her name;
            # "…, and where do they teach?" may be of others the item names).
            ask.unknown_person, ask.lent = person, True
            ask.intent = choose_intent(ask, flatten(piece))
        asks.append(ask)
    if opens_elliptic and not of_pages:
        return []
    # Two pieces that ask the same thing ("A is B's co-author. Which paper is that?") are one ask.
    kinds = [(a.intent, a.researchers, a.combine, a.topic, a.papers, a.attribute) for a in asks]
    asks = [a for at, a in enumerate(asks) if kinds[at] not in kinds[:at]]
    return asks if len(asks) >= 2 else []


FIRST_PERSON = re.compile(r"\b(?:i|im|my|me|je|j|mon|ma|mes|moi)\b")


# An ask opening on a name set apart by a comma, its subject named before its pronoun ("And Jo Kim, what
# did he do?", « et Jo Kim, il faisait quoi ? »).
DISLOCATED_NAME = re.compile(r"^\W*(?:(?i:and|et|but|mais|what about|and what about|et pour)\s+)?"
                             r"((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*,")


def names_own_subject(text: str) -> bool:
    """Whether the last ask of a question opens on the person its pronoun is, whom no ask before it
    names ("Who heads X? And Jo Kim, what did he do before?"): it is about that person, not about
    whom the asks before find."""
    pieces = ask_pieces(text)
    match = DISLOCATED_NAME.match(pieces[-1]) if len(pieces) > 1 else None
    if not match or fold(match.group(1).split()[0]) in stopwords():
        return False  # ("Besides Glen Berseth, who …?" opens on a preposition)
    name = set(fold(match.group(1)).split())
    return not any(name <= set(fold(piece).split()) for piece in pieces[:-1])


def asks_own_case(piece: str, before: str) -> bool:
    """Whether an ask is about the asker's own case and points back to no one, after asks that spoke
    of the researcher the question names as of someone else ("X did his PhD at Y: who advised him?
    And if I apply with a Y professor, which programme code do I enter?"): the pages are asked, not
    that researcher. (Not when what ``before`` says ties the asker's case to them: "I'd like to study
    with X. Which faculty would I join?", "Hoping for X as host: …, and which faculty would I join?")"""
    flat, said = flatten(piece), flatten(before)
    return cue("asker_subject", flat) and not REFERS_BACK.search(flat) and not FIRST_PERSON.search(said) \
        and ("?" in before or bool(REFERS_BACK.search(said)))


def asks_location(question: Question) -> bool:
    """Whether a profile question asks where someone is now (``profile_location``): their posts and
    the sentences naming a place answer."""
    return question.attribute == "affiliations" and cue("profile_location", flatten(question.text))


def reads_named_item(ask: Question, piece: str) -> bool:
    """Whether an ask reads a news item it names by a capitalised word ("according to the Kelp
    announcement", « selon l'annonce de Kelp »), pointing back to no one; or opens on a clause
    naming a page to read by words of its own ("and according to the 2030 impact report, …", « et
    selon la page Harbour Outreach, … »; not "according to her profile", nor "per the news item")."""
    flat = flatten(piece)
    if cue("news", flat) and not REFERS_BACK.search(flat) and any(t[:1].isupper() for t in ask.terms):
        return True
    opening = re.sub(r"^\W*(?:and|et|also|aussi|then|puis)\b\W*", "", piece, flags=re.I)
    if not source_clause(opening):
        return False
    typed = opening[:opening.find(",") + 1]  # (the clause ends at its first comma; folding changes lengths)
    return not REFERS_BACK.search(flatten(typed)) and not POSSESSIVE_FR.search(flatten(typed)) \
        and bool(NAMED_BY_OWN_WORDS.search(typed.strip()))


def asks_pages_for_someone(ask: Question, piece: str, named_before: bool = True) -> bool:
    """Whether an ask looks for a person by a thing it names itself, pointing back to no one ("…,
    and who runs the Bergen office of Harbour Robotics?"): the pages are asked, not the researchers
    the rest of the question names ("…, and who advised him?" points back; "…, and who co-wrote
    the GAP one?" asks of a paper). After an ask that may have named someone, only an ask naming a
    thing of its own by a capital is sure not to mean them; the first ask cannot mean them."""
    flat = flatten(piece)
    return ask.asks_person and not ask.papers and ask.intent != Intent.COAUTHORS and not REFERS_BACK.search(flat) \
        and not POSSESSIVE_FR.search(flat) and (not named_before or any(t[:1].isupper() for t in ask.terms))


POSSESSIVE_FR = re.compile(r"\b(?:son|sa|ses|leur|leurs)\b")


def of_ask_before(ask: Question, piece: str, before: Question) -> bool:
    """Whether an ask opening with a preposition is asked of what the ask before is about, in the
    same ask: "…, and at which university?" names no more than the kind of thing asked, "…, and at
    which university did he defend it?" points back, "…, and over what period did he hold a
    postdoc?" names no other page field. ("Who supervised her PhD, and for which company does she
    work today?" asks another field, in a clause of its own.)"""
    own_words = [w for w in ask.topic.split() if not any(cue(f"profile_{name}", f" {w} ") for name in PROFILE_FIELDS)]
    return not own_words and not OWN_CLAUSE.search(flatten(piece)) or bool(REFERS_TO_ASK.search(flatten(piece))) \
        or ask.attribute in {None, before.attribute}


def linked_ask(question: Question, linked: list[str], directory: Directory, person: str | None = None) -> Question | None:
    """The second ask of a two-hop question ("X's paper has a co-author with his own page. What is
    his role?"): its last ask as typed, read as about the researchers the first ask led to, or
    about ``person``, someone with no page whom the first ask's sentence names."""
    if question.relation and (len(linked) == 1 or person):
        # One ask about whom the phrase names: the question with that person in the phrase's place.
        ask = parse(question.text.replace(question.relation, linked[0] if len(linked) == 1 else person), directory)
        ask.lang, ask.researchers, ask.unknown_person, ask.candidates = question.lang, list(linked), person, {}
        return ask
    pieces = ask_pieces(question.text)
    # Its last clause that opens with a question word, if it does not open with one itself: "For
    # the co-author with a page, what is her role?" asks the role, whoever the clause before it
    # describes ("when that person left, who was named?" is one ask about the event).
    text = pieces[-1] if len(pieces) >= 2 else question.text
    # ("… with two colleagues; which of them chairs X, and since when?": the ask about some of them goes on to the end.)
    some = next((at for at, piece in enumerate(pieces[1:], 1) if OF_THEM.search(flatten(piece))), None)
    if some is not None:
        text = " ".join(pieces[some:])
    folded = unidecode(text).lower()
    opens_asking = len(pieces) >= 2 and cue("clause_start", ", " + re.sub(r"^(?:and|et|puis) ", "", flatten(text).strip()))
    starts = [m.end() for m in cues()["clause_start"].finditer(folded)] \
        if len(folded) == len(text) and not opens_asking else []
    # ("The researcher who spoke at X, where was her postdoc?": the clause after the last
    # comma asks, of whom a pronoun in it points back to.)
    referring = re.search(r",\s*([^,]*\b(?:she|he|her|his|they|their|elle|il|elles|ils|sa|son|ses|leur)\b[^,]*)$", text, re.I)
    # ("…, et cette directrice était à la tête de quoi ?": so does one naming whom it points back to.)
    last_clause = text.rpartition(",")[2]
    if not referring and "," in text and (cue("linked_person", flatten(last_clause)) or cue("linked", flatten(last_clause))):
        referring = re.search(r",\s*(?:and |et )?([^,]*)$", text, re.I)
    if starts:
        last = text[starts[-1]:]
    elif len(pieces) >= 2:
        last = text
    elif referring:
        last = referring.group(1)
    elif pieces and len(sentences_of(question.text)) >= 2:
        last = pieces[-1]  # ("The person quoted in the item - which lab does he run?": the ask after whom it sets out)
    else:
        return None
    if len(linked) == 1 or person:
        last = named_in_place(last, linked[0] if len(linked) == 1 else person)
    ask = parse(last, directory, focus=Focus(researchers=list(linked)))
    ask.lang = question.lang
    ask.researchers, ask.unknown_person, ask.candidates = list(linked), person, {}
    if person:  # (her name says which sentences speak of her, as when a question types it)
        ask.topic = f"{fold(person)} {ask.topic}".strip()
    ask.intent = choose_intent(ask, flatten(last))
    return ask


def folded_in_place(text: str) -> str:
    """A text folded letter by letter, so that a match's place in it is its place in the text (« »
    and ligatures would shift a whole-string transliteration)."""
    return "".join(unidecode(c)[:1] or c for c in text)


def relation_phrase(text: str, question: Question) -> str | None:
    """The phrase, as typed, that names someone by how they stand to a person the question names
    ("Ana Sousa's doctoral advisor", « la directrice de thèse d'Ana Sousa »), when the
    question asks something else of them (with words of its own besides the phrase); else None."""
    if not cue("relation_person", flatten(text)):  # (most questions: no pattern to build)
        return None
    people = [*question.researchers, *filter(None, [question.news_person, question.unknown_person])]
    parts = sorted({re.escape(w) for name in people for w in fold(name).replace("-", " ").split() if len(w) > 1}, key=len, reverse=True)
    if not parts:
        return None
    plain = folded_in_place(text).lower()
    name = rf"(?:\b(?:{'|'.join(parts)})\b[\s-]*)+"
    relation = rf"(?:[\w-]+\s+){{0,2}}?(?:{cues()['relation_person'].pattern})"
    found = re.search(rf"{name}['’]s\s+{relation}", plain) or re.search(
        rf"\b(?:(?:the|le|la|sa|son|l')\s*)?{relation}\s+(?:of|de|d['’]|du)\s*{name}", plain)
    if not found:
        return None
    rest = plain[:found.start()] + " " + plain[found.end():]
    return text[found.start():found.end()].strip() if content_lemmas(rest) else None


def named_in_place(text: str, name: str) -> str:
    """The ask with the phrase that points back at someone ("that supervisor's page", « ce directeur »)
    naming them instead ("Ana Sousa's page"): the pointer's noun is then no word of the ask (a
    supervisor pointed at is no supervisor asked about)."""
    match = cues()["linked_person"].search(flatten(text))
    if not match or not re.fullmatch(r"(that|this|the same|ce|cette|le meme|la meme) [\w-]+", match.group(0).strip()):
        return text
    plain = folded_in_place(text)
    pointer = re.search(r"\b" + r"\W+".join(map(re.escape, match.group(0).split())) + r"\b", plain, re.I)
    return text[:pointer.start()] + name + text[pointer.end():] if pointer else text


# Words a question quotes: « … », “ … ”, " … ", or ' … ' set apart by spaces (not the apostrophe of "d'ICML").
QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]{2,100}?)\s*[»”\"]|(?<![\w'’])['‘]([^'‘’]{2,100}?)['’](?![\w'’])")
# A point between digits ("1.3B") ends no sentence.
SENTENCE = re.compile(r"(?:[^?;.!]|(?<=\d)\.(?=\d))*[?;]|(?:[^?;.!]|(?<=\d)\.(?=\d))+[.!]?")


# The period of a title or an initial before a name ("Dr. Roe", "prof. g. rabuseau") ends no sentence.
ABBREVIATION_PERIOD = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(h for h in HONORIFICS if len(h) <= 4))}|[^\W\d_])\.(?=\s+\w)", re.I)


def sentences_of(text: str) -> list[str]:
    """A question's sentences, each with the mark that ends it; a mark inside a quote, or after a
    title or an initial, ends none ("in 'Can Kelp Forests Store Carbon?', which sites …?" is one sentence)."""
    # ("A and B are both at X — who supervised each?": a dash before a question word ends what it sets out, as ";" does;
    # so does a hyphen typed for one, spaced: "… - who?". Not after an ask, "What sets them apart — which one …?",
    # "Compare the two - which topics are common?": what follows goes on with it.)
    # (Nor before an ask of the statement itself: "Her lab sits in a coastal town - which one?"
    # asks which town.)
    # (A label of content words only before it, "jane doe phd - which university?", says what the ask
    # is about, as a colon does.)
    def ends_statement(dash: re.Match) -> str:
        before = flatten(re.split(r"[.?!;]\s", text[:dash.start()])[-1])
        if cue("question_opening", before) or cue("request", before) or ELLIPTIC_WHICH.match(text[dash.end():]):
            return dash.group(0)
        label = before.split()
        return ":" if 0 < len(label) <= LABEL_WORDS and function_words().isdisjoint(label) else ";"

    text = DASH_BEFORE_ASK.sub(ends_statement, text)
    masked = QUOTED.sub(lambda m: re.sub(r"[?;.!]", "_", m.group(0)), text)
    masked = ABBREVIATION_PERIOD.sub(lambda m: m.group(0)[:-1] + "_", masked)
    return [text[m.start():m.end()] for m in SENTENCE.finditer(masked)]


LABEL_WORDS = 6  # a label before a dash is a name and a noun or two ("jane doe phd", "kelp survey funding")
ELLIPTIC_WHICH = re.compile(r"\s*(?:which|what) ones?\s*\?", re.I)  # an ask naming nothing but "which one"
DASH_BEFORE_ASK = re.compile(r"(?<=\s)[—–-](?=\s+(?:what|which|who|whom|whose|where|when|why|how|quel|quelle|quels|quelles|qui|"
                             r"o[uù]|quand|comment|combien|pourquoi)\b)", re.I)


def ask_pieces(text: str) -> list[str]:
    """The question's asks as typed: its sentences that end in "?" (or ";"), each split before a
    new question word joined by "and"/"et"; a statement between them ("her page seems to disagree.")
    asks nothing and is left out."""
    pieces = []
    for sentence in sentences_of(text):
        if not sentence.strip():
            continue
        # A sentence ending in ";" asks when it opens as a question does; else it sets out what the next
        # one asks about ("A and B both study sea ice; where does each one teach?").
        flat = flatten(sentence)
        if sentence.rstrip().endswith(";"):
            asks = cue("question_opening", flat) or cue("request", flat)
        else:  # (a statement of the asker's own aim or interest asks nothing, whatever words it holds)
            asks = sentence.rstrip().endswith("?") or asks_anew(flat) and not cue("own_purpose", flat) and not cue("own_interest", flat) \
                or bool(pieces) and cue("question_opening", flat)  # ("when did …? and who runs it": its "?" left off)
        # A request listing what it asks after a colon ("Give me her profile: her title, …."); a
        # question after a colon ("… a medal in 2021: what was it for, and …?") is split as any
        # question, unless it lists three asks or more after no more than a name ("Jo Kim: her post,
        # her status, and her path?"; not "As her visitor: on the form, how many …, and where …?").
        listed = listed_asks(sentence)
        listed = listed if not sentence.rstrip().endswith("?") or len(listed) >= 3 and len(sentence.partition(":")[0].split()) <= NAME_HEAD \
            and not SETTING_OPENING.match(listed[0]) else []
        if listed and (asks or cue("request", flat)):
            pieces += listed
            continue
        folded = folded_in_place(sentence).lower()
        starts = [m.start() for m in cues()["part_start"].finditer(folded)]
        bounds = [0, *starts, len(sentence)]
        for start, end in zip(bounds, bounds[1:]):
            piece = sentence[start:end].strip(" ,-–—:")
            if asks and len(piece.split()) >= 2:
                pieces.append(piece)
    return pieces


def each_side(question: Question) -> list[Question]:
    """The sides of a question choosing between named things ("which opened first, the
    harbour grant or the buoy network?", "which is bigger: A or B?") or asking the same of each
    ("where are A and B each based?"), each read as a question about that side alone; empty for one
    naming a researcher or a paper (their records hold every side)."""
    choosing = question.intent in {Intent.DATE, Intent.COMPARE} or ORDER_CHOICE.search(flatten(question.text))
    owners = side_owners(question)  # "A's paper on X or B's on Y": each side is its researcher's
    sides = question.alternatives if len(question.alternatives) >= 2 and choosing else question.conjuncts
    if len(sides) < 2 or (question.researchers or question.papers) and not owners or question.followed:
        return []
    # (A name typed on one side is one of its words: the pages writing them say. The word choosing,
    # "first", "earlier", asks of both sides, not of one.)
    choice = set(ORDER_WORDS.findall(flatten(question.text)))
    topics = [" ".join(w for w in side.split() if w not in choice) for side in sides]

    def read_side(topic: str, **rest) -> Question:
        return replace(question, topic=topic, alternatives=[], conjuncts=[], parts=[], papers=[],
                       terms=[t for t in question.terms if fold(t) in topic.split()], **rest)

    if owners and all(topics):
        # A side is its researcher's papers on its words, with their dates and venues (a paper named
        # on one side, "B's LRAM paper", is found among B's by the side's other words).
        return [read_side(topic, researchers=[owner], combine="all", intent=Intent.PAPERS)
                for topic, owner in zip(topics, owners)]
    if question.researchers or question.papers:
        return []
    return [read_side(topic, researchers=[], unknown_person=None) for topic in topics if topic]


# A named thing: capitalised words or acronyms ("Brightfin Labs", "Port of Halifax", "IVADO").
THING_WORD = r"[A-ZÀ-ÖØ-Þ][\w\-&'’]*"
NAMED_PAIR = re.compile(rf"((?:{THING_WORD}\s+){{0,4}}{THING_WORD})\s+(?:and|et)\s+(?:(?:the|la|le|les)\s+|l['’])?"
                        rf"((?:{THING_WORD}\s+){{0,4}}{THING_WORD})")


def conjuncts(text: str, topic: str) -> list[str]:
    """For a question asking the same of each of two named things ("where are Tidewell and
    Brightfin Labs each based?"), the topic's words for each: its own name's and the words both share
    (what is asked); empty when it joins no two names whose words the topic holds."""
    asked = topic.split()
    for match in NAMED_PAIR.finditer(text):
        names = [[w for w in fold(name).split() if w in asked] for name in match.groups()]
        # (A capitalised word opening the sentence, "Where are Tidewell …", is no word of the name: not in the topic.)
        if all(names) and not set(names[0]) & set(names[1]):
            return [" ".join(w for w in asked if w not in other) for other in (names[1], names[0])]
    return []


def side_owners(question: Question) -> list[str]:
    """The researcher each of two sides names, in order ("Mensah's paper on X, or Roe's on Y?"):
    one on each side of the "or"; empty otherwise (both on one side, or a name not as typed)."""
    flat = flatten(question.text)
    cuts = [m.start() for m in re.finditer(r" (?:or|ou) ", flat)]
    if len(cuts) != 1 or len(question.researchers) != 2 or len(question.alternatives) != 2:
        return []
    before = []
    for name in question.researchers:
        at = [flat.find(f" {w} ") for w in name_words(name) if f" {w} " in flat]
        if not at:
            return []
        before.append(min(at) < cuts[0])
    if before[0] == before[1]:
        return []
    return list(question.researchers) if before[0] else list(reversed(question.researchers))


NAME_HEAD = 4  # words before a colon that may only name whom the listed asks are about
SETTING_OPENING = re.compile(r"(?:on|in|at|for|from|per|according to|sur|dans|selon|pour|d'après|chez)\s", re.I)  # "on the form, …"


def listed_asks(sentence: str) -> list[str]:
    """The items of a list of asks after a colon ("Give me her profile: her title, what she leads,
    and her background."), each an ask; empty when what follows the colon is no such list (a title's
    subtitle, one ask)."""
    head, colon, rest = sentence.partition(":")
    if not colon or len(head.split()) < 2:
        return []
    # (Split at commas only: "graph networks and reasoning" is one topic.)
    items = [item.strip(" .?!;") for item in re.split(r",\s*(?:and\s+|et\s+)?", rest)]
    items = [item for item in items if item]
    return items if len(items) >= 2 and all(len(item.split()) >= 2 for item in items) else []


def focus_of(history: list[tuple[str, str | list[str]]], directory: Directory) -> Focus:
    """The focus after each (question, answer) turn in order. An answer is its text, whose titles
    name the papers it speaks of, or the ids of the papers it cites."""
    focus = Focus()
    for asked, answered in history[-MAX_TURNS:]:
        question = parse(asked, directory, focus=focus)
        named = [p for p in answered if p in directory.ids] if isinstance(answered, list) \
            else papers_named_in(answered, directory)
        named = named or question.papers
        earlier = [p for p in dict.fromkeys(focus.earlier + focus.papers) if p not in named]
        focus = Focus(researchers=question.researchers or focus.researchers, papers=named or focus.papers,
                      earlier=earlier if named else focus.earlier, question=question)
    return focus


COINED = re.compile(r"(?:(?:[A-Z][\w\-]*\s+){2,}\(|\b(?:propose|proposes|introduce|introduces|present|presents|"
                    r"call|called|dub|dubbed|named|coin|our(?:\s+(?:resulting|new|proposed|final))?)\s+)([A-Za-z][\w\-]*[A-Z][\w\-]*)\b\)?")


def coined_look(word: str) -> bool:
    """A word written as a coined name: capitals after the first letter, or digits ("RAT", "TransNAR",
    "GPT4"); "Position" and "Survey" are words."""
    return any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def coined_names(abstract: str) -> set[str]:
    """Names an abstract coins for its own method: an acronym after capitalised words ("a Large
    Recurrent Action Model (LRAM)") or a name with capitals inside that it proposes ("we propose
    GullNet"), as printed; "reinforcement learning (RL)" and "Large Language Models (LLMs)" coin
    nothing."""
    return {m.group(1) for m in COINED.finditer(abstract)  # a plural ("LLMs") names a kind, not a method
            if len(m.group(1)) >= 3 and sum(c.isupper() for c in m.group(1)) >= 2
            and not re.fullmatch(r"[A-Z]+s", m.group(1))}


def papers_named_in(text: str, directory: Directory) -> list[str]:
    """Papers whose main title or label an answer's text gives, in the order it gives them."""
    flat = flatten(text)
    every = directory.titles + directory.headings
    found = [(flat.find(f" {every[i][0]} "), every[i][1]) for i in directory.starting(flat, headings=True)]
    return list(dict.fromkeys(pid for at, pid in sorted(found) if at >= 0))


def follow(question: Question, flat: str, focus: Focus) -> None:
    """Take what the question leaves to the conversation: "it"/"that paper" → the papers the last
    answer named, "the other one" → those an earlier answer named, "she"/"their" → the last
    researchers, and an elliptic "and …?" → whatever it does not say anew."""
    own_topic = bool(question.topic)
    pronoun = cue("refers_paper", flat) or (cue("refers_either", flat) and len(focus.papers) == 1)
    to_paper = pronoun or (cue("refers_paper_phrase", flat) and not own_topic)
    to_person = cue("refers_person", flat) or cue("refers_either", flat)
    elliptic = cue("continues", flat)
    if not question.papers:
        if cue("refers_other", flat) and (focus.earlier or len(focus.papers) > 1):
            question.papers = focus.earlier or focus.papers[1:]
            question.followed = True
        elif to_paper and focus.papers:
            question.papers = list(focus.papers)
            question.followed = True
        elif elliptic and not own_topic and focus.question is not None and focus.question.papers:
            question.papers = list(focus.papers)
            question.followed = True
    if not question.researchers and not question.candidates and focus.researchers and (
            to_person or elliptic or question.followed):
        question.researchers = list(focus.researchers)
        question.unknown_person = None
        question.followed = True
    if elliptic and focus.question is not None:
        question.followed = True
        if not own_topic and not question.papers:
            question.topic, question.terms = focus.question.topic, list(focus.question.terms)


ASK_CUES = ("count", "coauthors", "venue", "date", "list", "who", "compare", "common", "fact", "profile_role",
            "profile_affiliation", "profile_topics", "profile_biography", "profile_field", "profile_supervisors",
            "profile_students")


def asks_anew(flat: str) -> bool:
    return any(cue(name, flat) for name in ASK_CUES) or orders_by_date(flat)


ORDERED = {"paper", "papers", "publication", "publications", "article", "articles", "preprint", "preprints", "one", "ones"}


def orders_by_date(text: str) -> bool:
    """Whether a question asks papers in time order: "older", "earlier" … ending a clause ("which is
    older, A or B?"), before a function word ("newer than …") or before a paper ("her earlier
    papers"). Before another noun the word only qualifies it ("earlier graph-counting approaches",
    "his older page")."""
    folded = unidecode(text).lower()  # (punctuation kept: a comma ends the clause)
    for match in cues()["date_order"].finditer(folded):
        after = re.match(r"\s*([\w\-]*)", folded[match.end():]).group(1)
        if not after or after in function_words() or after in ORDERED:
            return True
    return False


def swapped_degree(ask: Question, before: Question) -> str | None:
    """The ask before's topic with its kind of degree replaced by the one an elliptic ask names
    alone (« et au doctorat ? » after a count of master's students), or None when it names more."""
    own = set(ask.topic.split()) - set(before.topic.split())
    if not own or not own <= DEGREE_KINDS or not DEGREE_KINDS & set(before.topic.split()):
        return None
    kept = [w for w in before.topic.split() if w not in DEGREE_KINDS]
    return " ".join([*kept, *sorted(own)])


def carry_ask(question: Question, last: Question) -> None:
    """An elliptic follow-up ("and in 2023?", "what about Mensah?") that says nothing of what it
    asks asks what the last question asked."""
    question.intent, question.attribute, question.open_field = last.intent, last.attribute, last.open_field
    question.counted, question.quantity, question.asked = last.counted, last.quantity, last.asked


def resolve_one(name: str, directory: Directory) -> str | None:
    """One researcher for a name given on its own (a filter field), or None."""
    probe = Question(text=name, lang="en")
    resolve_names(probe, flatten(name), directory, set())
    return probe.researchers[0] if len(probe.researchers) == 1 else None


def resolve_names(question: Question, flat: str, directory: Directory, used: set[str]) -> None:
    """Researchers and co-authors the question names, exactly or within a few typing errors."""
    tokens = [t for t in flat.split()]
    typed = frozenset(w for w in capitalised_inside(question.text)  # "her French page" names no one
                      if not cue("language_en", f" {w} ") and not cue("language_fr", f" {w} "))
    capitals = {fold(w) for w in re.findall(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’-]*", question.text)}
    taken = [False] * len(tokens)
    common = directory.common | accented_words(question.text)
    found: list[tuple[int, set[str], bool]] = []  # position, names, is researcher
    joined = hyphen_joined(question.text)
    parted = punctuation_parted(question.text)
    for size in (4, 3, 2, 1):
        for start in range(len(tokens) - size + 1):
            if any(taken[start:start + size]):
                continue
            gram = tokens[start:start + size]
            if gram[0] in HONORIFICS or (size == 1 and (len(gram[0]) < 3 and gram[0] not in typed or gram[0] in stopwords())):
                continue  # (a two-letter surname counts when typed with its capital: "Mahajan and Li")
            key = " ".join(gram)
            match, researcher = lookup(key, directory, common, size, capitalised=gram[0] in capitals)
            if match and size > 1 and key not in directory.aliases and key not in directory.author_aliases \
                    and not given_name_joined(key, directory.aliases) and any(
                    directory.aliases.get(t, match) - match for t in gram):
                # "Gidel, Bacon, Courville": "bacon courville" is within two edits of "aaron courville",
                # but "bacon" is a researcher's name as typed: no typo of another's.
                continue
            if match and cuts_compound(tokens, start, size, joined) and not gram_holds_surname(gram, match):
                # "Simon-Olivier Duguay": one part of a hyphenated word is no first name of its own
                # (only a surname's part stands for it: "Lesage" of "Lesage-Landry").
                continue
            if match and size == 1 and other_name_beside(tokens, start, match, directory, common, typed, parted):
                # "anna huang": one word of a longer name typed, the other no part of the name found
                # ("Anna Harutyunyan"): someone else, not that person by first name or a typo.
                question.typed_stranger = question.typed_stranger or stranger_span(tokens, start, common, typed)
                continue
            if match:
                found.append((start, match, researcher))
                for i in range(start, start + size):
                    taken[i] = True
                used.update(gram)
    for _, names, researcher in sorted(found, key=lambda f: f[0]):
        if researcher:
            if len(names) == 1:
                name = next(iter(names))
                if name not in question.researchers:
                    question.researchers.append(name)
            else:
                question.candidates[" / ".join(sorted(names))] = sorted(names)
        else:
            question.coauthors += [n for n in sorted(names) if n not in question.coauthors]


def hyphen_joined(text: str) -> set[tuple[str, str]]:
    """The folded word pairs a text joins with a hyphen ("Simon-Olivier" → ("simon", "olivier"))."""
    return {pair for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text)
            for parts in [fold(word).split()] for pair in zip(parts, parts[1:])}


def punctuation_parted(text: str) -> set[tuple[str, str]]:
    """The folded word pairs a text parts with punctuation ("l'UdeM : Bacon" → ("udem", "bacon"); a
    question mark ends a sentence: "… Lindgren ? Seulement …" → ("lindgren", "seulement"))."""
    return {(fold(left).split()[-1], fold(right).split()[0])
            for left, right in re.findall(r"([^\W\d_]+)\s*[,;:/()\[\]?!]+\s*(?=([^\W\d_]+))", text)
            if fold(left).split() and fold(right).split()}


def cuts_compound(tokens: list[str], start: int, size: int, joined: set[tuple[str, str]]) -> bool:
    """Whether tokens[start:start + size] begins or ends inside a hyphenated word."""
    end = start + size
    return start > 0 and (tokens[start - 1], tokens[start]) in joined \
        or end < len(tokens) and (tokens[end - 1], tokens[end]) in joined


def gram_holds_surname(gram: list[str], names: set[str]) -> bool:
    """Whether the typed words hold each matched name's surname (its last word, or a part of it)."""
    return all(set(gram) & set(fold(name.split()[-1]).split()) for name in names)


def unknown_token(token: str, common: frozenset[str] | set[str], typed: frozenset[str] = frozenset()) -> bool:
    """A word that can only be part of a name: no question, topic or dictionary word, or one typed
    with a capital inside a sentence (``typed``: "Sally") that the pages use as no topic word."""
    return (len(token) >= 2 and token.isalpha() and token not in stopwords() and token not in common
            and token not in HONORIFICS and (token in typed or not known_word(token) and not known_word(token, "fr")))


def accented_words(text: str) -> frozenset[str]:
    """The words a question types in lower case with accents that a dictionary knows, folded
    ("événement" → "evenement"): folded, the dictionary no longer knows them, but they are words,
    not a name's."""
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", text)
                     if w.islower() and fold(w) != w and (known_word(w, "fr") or known_word(w)))


def capitalised_inside(text: str) -> frozenset[str]:
    """The words a question types with a capital, not as the first word of a sentence."""
    return frozenset(fold(m) for m in re.findall(r"(?<![.?!:]\s)(?<!^)(?<=\s)[A-ZÀ-Ö][a-zà-öø-ÿ]+\b", text.strip()))


def other_name_beside(tokens: list[str], at: int, names: set[str], directory: Directory,
                      common: frozenset[str] | set[str], typed: frozenset[str] = frozenset(),
                      parted: set[tuple[str, str]] = frozenset()) -> bool:
    """Whether the word before or after a one-word name match is another name's word: a word that
    can only be a name, is no word of the names matched and names nobody itself (in "Farnadi,
    Chandar", each is a researcher of their own). A word across punctuation (``parted``: "… de
    l'UdeM : Bacon") is no part of the same name."""
    own = {w for name in names for w in re.split(r"[\s\-]+", fold(name))}
    beside = [tokens[i] for i in (at - 1, at + 1)
              if 0 <= i < len(tokens) and (tokens[min(i, at)], tokens[max(i, at)]) not in parted]
    # (A word within two edits of a longer word of the name is that word mistyped: "dania" of "Dhanya".)
    return any(unknown_token(t, common, typed) and not any(Levenshtein.distance(t, w) <= (2 if len(w) > 4 else 0) for w in own)
               and not lookup(t, directory, common, 1)[0] for t in beside)


def stranger_span(tokens: list[str], at: int, common: frozenset[str] | set[str], typed: frozenset[str] = frozenset()) -> str:
    """The run of name-only words around a word, as typed ("anna huang", "Sally Guy")."""
    start = at
    while start > 0 and unknown_token(tokens[start - 1], common, typed):
        start -= 1
    end = at + 1
    while end < len(tokens) and unknown_token(tokens[end], common, typed):
        end += 1
    return " ".join(tokens[start:end])


def lookup(key: str, directory: Directory, common: frozenset[str] | set[str], size: int,
           capitalised: bool = True) -> tuple[set[str], bool]:
    """(names, whether they are researchers) a spelling means, exactly or fuzzily. A lone word typed
    in lower case (``capitalised`` false) is never taken for a co-author's name mistyped: their
    thousands of surnames lie within an edit of many plain words ("pharma" of "Sharma")."""
    for table, researcher in ((directory.aliases, True), (directory.author_aliases, False)):
        if key not in table and (joined := given_name_joined(key, table)):
            return table[joined], researcher
        if key in table:
            names = table[key]
            # A lone common word ("graph", "de") is not a name, unless it only ever names a researcher.
            if size == 1 and key in common and not researcher:
                continue
            return names, researcher
    if size == 1 and (key in common or key in directory.written or len(key) < 5) or any(t in stopwords() for t in key.split()):
        return set(), False
    if size == 1 and (known_word(key) or known_word(key, "fr")):  # "remis" is a word, not "Rémi" mistyped
        return set(), False
    # Typing errors: within one edit for short spellings, two for longer ones; a doubled letter
    # typed in the wrong place ("Hauggan" for "Haugan") is no error of spelling at all.
    limit = 1 if len(key) < 8 else 2
    for table, researcher in ((directory.aliases, True), (directory.author_aliases, False)):
        if not researcher and size == 1 and not capitalised:
            continue
        if undoubled := directory.undoubled(researcher, key):
            return set().union(*(table[c] for c in undoubled)), researcher
        candidates = directory.spellings(researcher, size, len(key), limit)
        best = process.extract(key, candidates, scorer=Levenshtein.distance, limit=3, score_cutoff=limit)
        if best:
            closest = best[0][1]
            names = set().union(*(table[a] for a, d, _ in best if d == closest))
            return names, researcher
    return set(), False


def given_name_joined(key: str, table: dict[str, set[str]]) -> str | None:
    """The spelling a table holds of a given name typed in two parts that the pages write as one
    ("Kyung-hyun Cho", "Kyung Hyun Cho" of "Kyunghyun Cho"): two parts joined, the surname apart."""
    parts = key.split()
    return next((joined for i in range(len(parts) - 2)
                 if (joined := " ".join([*parts[:i], parts[i] + parts[i + 1], *parts[i + 2:]])) in table), None)


DOUBLED = re.compile(r"(\w)\1+")  # a letter typed twice or more in a row


# Up to four capitalised words ("O'Donnell" is one word; "Chandar's" is "Chandar" and a possessive).
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w\-]*(?:['’](?!s\b)[\w\-]+)?"
PERSON_SPAN = re.compile(rf"(?<![\w'’])((?:{NAME_WORD}\.?\s+){{0,3}}{NAME_WORD})(['’]s\b)?")


ELIDED_BEFORE_CAPITAL = re.compile(r"\b([dlDL]|[Qq]u|[Jj]usqu)(['’])(?=[A-ZÀ-Ý])")  # « d'Arne Holt », « qu'Ines Varga »


def person_spans(text: str) -> list[list[str]]:
    """The runs of capitalised words a text writes that may name a person, each as its words less
    titles ("Dr. Ines Varga" → Ines, Varga; « sous la direction d'Arne Holt » → Arne, Holt)."""
    return [[t for t in match.group(1).split() if fold(t) not in HONORIFICS]
            for match in PERSON_SPAN.finditer(ELIDED_BEFORE_CAPITAL.sub(r"\1\2 ", text))]


def fuller_names(name: str, biography: list[str]) -> list[str]:
    """The owner's name as their biography writes it in full, where the name they are filed under
    shortens its first name ("Christopher Pal is …" of /chris-pal): questions may use either."""
    parts = name.split()
    if len(parts) < 2:
        return []
    first, surname = parts[0], parts[-1]
    return sorted({f"{m.group(1)} {surname}" for text in biography
                   for m in re.finditer(rf"\b([A-Z][^\W\d_]+) {re.escape(surname)}\b", text)
                   if fold(m.group(1)).startswith(fold(first)) and len(m.group(1)) > len(first)})


NAME_ITSELF = re.compile(r"\s*(?:full\s+)?(?:name|names|mentions?)\b", re.I)  # after "X's": the name is what is spoken of


def unknown_name(question: Question, text: str, directory: Directory, used: set[str]) -> str | None:
    """A person's name the question gives that names nobody indexed: two or more capitalised words
    (or one with a possessive) that are neither topic words the papers use nor question words; a
    name the pages write but no dictionary knows is one too, marked as written."""
    common = directory.common
    for match in PERSON_SPAN.finditer(text):
        span, possessive = match.group(1), match.group(2)
        if re.search(r"\bthe\s+$", text[:match.start()], re.I) and fold(span.split()[0]) not in HONORIFICS:
            continue  # "the Harbour Institute", "the Kavli Prize": an article names a thing, not a person
        if fold(text[:match.start()]).rsplit(" ", 1)[-1] in PLACE_BEFORE and not possessive:
            continue  # "who works at Kelp Robotics?", « chez Blue Sealwerk »: where someone is, not who
        tokens = [t for t in span.split() if fold(t) not in HONORIFICS and fold(t) not in stopwords()]
        opening = match.start() == 0 or text[:match.start()].rstrip().endswith((".", "?", "!"))
        if opening and fold(span.split()[0]) not in stopwords() | HONORIFICS:
            # (A word capitalised as the sentence's first may be no name's; "Among" or "Dr." is left out above.)
            tokens = tokens if possessive or len(tokens) >= 3 else tokens[1:]
        if not tokens or any(map(is_acronym, tokens)):  # acronyms name methods
            continue
        if fold(tokens[-1]) in wordset("organisation_words.txt") or organisation_beside(text, match) \
                or len(tokens) > 1 and fold(tokens[0]) in wordset("organisation_words.txt"):
            # "the Neural Reading Group", « Kelp Robotics Lab », and French first, « Laboratoire
            # Tidewater », « Institut Vecteur »: a group or a place, not a person
            continue
        folded = [fold(t) for t in tokens]
        if any(w in used for f in folded for w in f.split()):
            continue
        if " ".join(folded) in directory.places:
            continue  # "Harbour Robotics' Bergen office": a place a page lists a position at, no person
        written_as_name = len(folded) >= 2 and all(f"{x} {y}" in directory.prose_names for x, y in zip(folded, folded[1:]))
        if possessive and len(tokens) >= 2 and is_name_like(" ".join(tokens)) and not any(map(is_field_term, tokens)):
            # "Jonas Berg's position": a person the pages may mention but do not profile ("Jonas
            # Berg's name appears on two profiles": one their prose writes, asked where it does; not
            # "Jonas Berg's publications", which only a page of theirs would list)
            question.unknown_written = written_as_name and bool(NAME_ITSELF.match(text[match.end():]))
            return " ".join(tokens)
        # Words the pages use are no name, unless no dictionary has the last of them: the pages
        # use a name they write in a news item ("… three new chairs: Ana Ruiz-Osorio").
        unheard = len(tokens) >= 2 and is_name_like(" ".join(tokens)) and not any(map(is_field_term, tokens)) \
            and not known_word(tokens[-1]) and not known_word(tokens[-1], "fr")
        written = any(f in common or lemma(f) in common for f in folded)
        # (Asked a field only a person's own page lists, words the pages' prose writes as a name are
        # a person's, whatever a dictionary says: "Maëlle Chevalier's topics", though "chevalier" is
        # a French word. Of other asks they may name a place: "when did A and Helmfjord Labs …".)
        prose_named = written_as_name and any(cue(f"profile_{field}", flatten(text)) for field in ("topics", "role"))
        if not unheard and not prose_named and (written or any(f in HONORIFICS for f in folded)):
            continue
        if len(tokens) >= 2 or possessive:
            question.unknown_written = written
            return " ".join(tokens)
    return None


PLACE_BEFORE = {"at", "chez", "a", "au"}  # (folded) a word before a place: what follows it names no person


def organisation_beside(text: str, match: re.Match) -> bool:
    """Whether an organisation's noun is written right next to a capitalised run, past any names
    joined to it by a dash: "the Kelp–Harbour Norway lab", « le labo Kelp–Harbour Norway » name a
    lab, not a person. (« le labo de Jane Roe » is hers: a word stands between; so is « dans
    quelle université Jane Roe a-t-elle … »: the noun is asked, the run is who is asked of; and
    "Jane Roe's university" is hers.)"""
    if match.group(2):
        return False
    before = re.sub(r"(?:[\w'’]+\s*[–—-]\s*)+$", "", text[:match.start()]).split()
    after = re.sub(r"^(?:\s*[–—-]\s*[\w'’]+)+", "", text[match.end():]).split()
    nouns = wordset("organisation_words.txt")
    asked_noun = len(before) > 1 and fold(before[-2]) in ASKING_DETERMINERS
    return any(words_ and fold(words_[0].strip(".,;:!?()")) in nouns for words_ in ([] if asked_noun else before[-1:], after[:1]))


WHICH_WORDS = ("which", "what", "quel", "quelle", "quels", "quelles")  # (folded) the words asking which thing
ASKING_DETERMINERS = {*WHICH_WORDS, "whose"}


def written_name(text: str, flat: str, directory: Directory, used: set[str]) -> str | None:
    """A person's name typed in lower case or opening the question, maybe with a slip ("runa
    eskelund"), that the pages' prose writes as a name ("Runa Eskeland"): two words in a row, as
    written or within an edit or two of it (first letters kept), as the pages spell it. (A name
    typed with capitals inside the question is read by :func:`unknown_name`.)"""
    tokens = flat.split()
    typed = capitalised_inside(text)
    acronyms = {fold(word) for word in re.findall(r"\w+", text) if is_acronym(word)}  # ("IA Nordique" names no one)
    # (Nor does a run typed with capitals next to an organisation's noun: "the Kelp–Harbour Norway lab".)
    acronyms |= {fold(w) for match in PERSON_SPAN.finditer(text) if organisation_beside(text, match) for w in match.group(1).split()}
    for at, (a, b) in enumerate(zip(tokens, tokens[1:])):
        if at and tokens[at - 1] in PLACE_BEFORE:
            continue  # ("who is employed at kelp robotics?": where someone is, not who)
        if {a, b} & (used | acronyms) or {a, b} & (stopwords() | HONORIFICS) or len(a) < 2 or len(b) < 2 or {a, b} <= typed \
                or all(known_word(t) or known_word(t, "fr") for t in (a, b)) \
                or cue("institution", f" {a} {b} "):  # ("expert group", "mcgill centre" name no one)
            continue
        key = f"{a} {b}"
        if key in directory.prose_names:
            return key.title()
        near = process.extractOne(key, directory.prose_names_by_initials.get(a[0] + b[0], ()),
                                  scorer=Levenshtein.distance, score_cutoff=1 if len(key) < 10 else 2)
        if near:
            return near[0].title()
    return None


def named_papers(question: Question, flat: str, directory: Directory) -> set[str]:
    """Papers whose main title, a quoted part of a title, or the name a title opens with ("RAT",
    as typed) the question gives; the words those take up."""
    title_words: set[str] = set()
    quoted = [fold(q) for q in re.findall(r"[\"“«‘']([^\"”»’']{8,})[\"”»’']", question.text)]
    found: list[str] = []
    # Only titles that start with one of the question's words, or that a quote may match, are read.
    candidates = set(directory.starting(flat)).union(*(directory.quoting(q) for q in quoted if q))
    opening: dict[str, set[str]] = defaultdict(set)  # a title's opening words the question gives → papers
    for main, paper_id in (directory.titles[i] for i in sorted(candidates)):
        if f" {main} " in flat or any(q and (q in main or main in q) for q in quoted):
            found.append(paper_id)
            title_words.update(main.split())
            continue
        # "the counting birds with graphs paper": a title named by its opening words, three or more
        # of them, two not function words; ending on a function word, they go on with the title's
        # next word ("graphs" of "Graph Networks"): "melt forecasting under this regime" writes two
        # words of "Melt Forecasting under Shifting Ice Shelves", not three.
        words_ = main.split()
        k = next((k for k in range(len(words_) - 1, 2, -1)
                  if f" {' '.join(words_[:k])} " in flat and goes_on_with_title(flat, words_, k)), 0)
        if k and sum(w not in stopwords() for w in words_[:k]) >= 2:
            opening[" ".join(words_[:k])].add(paper_id)
    # Opening words name a paper only when one title opens that way (beside any named in full:
    # "the Motet songbird paper and the 'Sparse Experts' one").
    opening = {words_: ids for words_, ids in opening.items() if not ids <= set(found) and not set(words_.split()) <= title_words}
    if opening:
        longest = max(opening, key=lambda words_: len(words_.split()))
        if len(opening[longest]) == 1 and sum(len(w.split()) == len(longest.split()) for w in opening) == 1:
            found += opening[longest]
            title_words.update(longest.split())
    first_word = re.match(r"\W*([\w\-]+)", question.text)
    # (In the order the question names them: an answer shows two papers as the question sets them side by side.)
    for name in [n for n in dict.fromkeys(re.findall(r"[\w\-]+", question.text)) if n in directory.named]:
        if not coined_look(name) and first_word and first_word.group(1) == name:
            continue  # (a plain word opening the question is capitalised as any would be)
        found += sorted(directory.named[name])
        title_words.add(fold(name))
    question.papers = list(dict.fromkeys(found))
    return title_words


def goes_on_with_title(flat: str, title: list[str], k: int) -> bool:
    """Whether a question writing a title's first ``k`` words names it by them: when the last is a
    function word, the question's next word is the title's next one, in any form, or the initials
    of the words that follow ("… representations in RL" of "… Representations in Reinforcement Learning")."""
    if title[k - 1] not in stopwords():
        return True
    after = flat.split(f" {' '.join(title[:k])} ", 1)[1].split()[:1]
    return bool(after) and (lemma(after[0]) == lemma(title[k])
                            or len(after[0]) >= 2 and after[0] == "".join(w[0] for w in title[k:k + len(after[0])]))


def read_period(question: Question, flat: str, used: set[str]) -> None:
    period = question.period
    if m := re.search(rf"\b(?:between|entre) {YEAR} (?:and|et) {YEAR}\b", flat):
        period.since, period.until = int(m.group(1)), int(m.group(2))
    elif m := re.search(rf"\b(?:since|after|from|depuis|apres|a partir de) {YEAR}\b", flat):
        period.since = int(m.group(1)) + (1 if m.group(0).startswith(("after", "apres")) else 0)
    elif m := re.search(rf"\b(?:before|until|up to|avant|jusqu en) {YEAR}\b", flat):
        period.until = int(m.group(1)) - (1 if m.group(0).startswith(("before", "avant")) else 0)
    elif m := re.search(rf"\b(?:in|during|of|en|durant|de|on|le)(?: \d{{1,2}}(?:st|nd|rd|th|er)?)?(?: (?:{month_names()}))?"
                        rf"(?: \d{{1,2}}(?:st|nd|rd|th)?)? {YEAR}\b(?:,? (?:(?:and|or|et|ou) )?(?:(?:in|en) )?(?:{YEAR[1:-1]})\b)*", flat):
        # ("in April 2031", « le 3 avril 2031 »: a month or a day dates it within that year.)
        # "in 2019 and 2022": the years named span the period (a range holds no gaps).
        years = [int(y) for y in re.findall(YEAR, m.group(0))]
        period.since, period.until = min(years), max(years)
    if re.search(YEAR, flat):
        used.update(re.findall(YEAR, flat))
    # ("Latest Publications" names a page's section; "the paper shown first there" is the first it lists.)
    listing = cue("site_listing", flat)
    flat = cues()["site_listing"].sub(" ", flat)
    period.latest = cue("latest", flat)
    period.earliest = (cue("earliest", flat) or listing and cue("first_shown", flat)) and not period.latest


# Cues that tell something of the question without framing it: their words stay in the topic, as
# profile cues' do ("which datasets did it use?" still asks about datasets).
UNFRAMING = ("profile_", "names_data", "names_tested", "linked_person", "before_joining", "career_total", "compare_count",
             "person_opening", "who_is", "institution", "asks_led", "count_modifier", "asks_quoted", "quote_word",
             "negated", "relation_person", "interval", "asks_email", "shared_people", "first_shown", "site_listing",
             "organisation_asked", "own_purpose", "students_qualified", "asks_deadline", "asker_subject", "lab_name_asked")
# (and "institution_asked"; "count_modifier": "which of them is in the Unique alliance?" asks about Unique;
# "quote_word": "cited", "words" are topics unless a quotation is asked for)
# Cues whose words frame the question only where the cue matches ("give the counts"; "bird counts" is a
# topic; "the same paper" frames, "multiple instance learning" is a topic).
FRAMING_WHERE_MATCHED = ("figures_asked", "asks_age", "same_paper", "scope", "present_time", "some_time", "guided_request",
                         "steps_asked", "compare_aspect", "leisure_asked", "profile_location", "profile_origin")
# Cues whose words frame wherever they match, field terms too ("her first paper": "first" is no topic),
# besides framing as the other cues' words do.
FRAMING_WHERE_MATCHED_TOO = ("earliest", "latest")


@lru_cache(maxsize=1)
def asking_words() -> tuple[str, ...]:
    """The whole words of five letters or more the intent cues are written with ("research",
    « recherche »), with and without an optional last letter ("authors?": "authors", "author") and
    an optional space ("co ?authors?": "coauthors"), not the stems they complete ("collabor" of
    "collabor\\w*")."""
    written = set()
    for line in lexicon_lines("intents.tsv"):
        # (Not a word's ending: "collabor(ation|ating)", "enroll?ments?".)
        for first, joined, optional in re.findall(r"(?<![\\\w])(?<!(?<!\\)[a-z]\()(?<!(?<!\\)[a-z]\(\?:)(?<![a-z]\?)([a-z]+)(?: \?([a-z]+))?(\?)?"
                                                  r"(?![\w*+{\[(\\])", line.partition("\t")[2]):
            word = first + joined
            written.update({first, word, word[:-1]} if optional else {first, word})
    return tuple(sorted(w for w in written if len(w) >= 5))


@lru_cache(maxsize=1)
def cue_clipped() -> dict[str, tuple[str, str]]:
    """The clipped words (``clipped_words.tsv``) that no cue is written with, but their whole word is
    ("which conf?" asks a venue, as "which conference?" does), each with its whole word in English
    and in French (the bilingual lexicon's word for it, else the English one)."""
    written = " ".join(line.partition("\t")[2] for line in lexicon_lines("intents.tsv"))
    french: dict[str, str] = {}
    for line in lexicon_lines("fr_en.tsv"):
        word, _, english = line.partition("\t")
        if " " not in word:
            french.setdefault(english, word)  # (the first line giving it: « conférence » before « congrès »)
    return {clipped: (whole, french.get(whole, whole)) for clipped, whole in clipped_words().items()
            if fold(whole) in asking_words() and not re.search(rf"(?<![a-z]){clipped}(?![a-z])", written)}


@lru_cache(maxsize=1)
def typo_targets() -> tuple[str, ...]:
    """The words a typing error is read as: the cue words (``asking_words``) and the question
    boilerplate of five letters or more ("is she reallly at Mila?" asks nothing of "reallly")."""
    boilerplate = {fold(w) for w in wordset("question_words.txt") if len(w) >= 5 and w.isalpha()}
    return tuple(sorted(set(asking_words()) | boilerplate))


def cue_typos_fixed(text: str, directory: Directory, lang: str = "en") -> str:
    """The question with each clipped cue word written whole (``cue_clipped``, in the question's
    ``lang``) and each typing error in a word the cues ask by written right ("tell me of her
    reserach" asks her research): a word of five letters or more that no dictionary, paper, page,
    name or bilingual lexicon entry here knows ("postdoctorat" is no typo of « postdoctorant »), one
    edit from a single cue or boilerplate word (``typo_targets``; two neighbours swapped count one;
    a word two edits away is as likely another language's: « optimiseurs » is no typo of
    "optimizers"). Typing
    errors in names are the name lookup's; in topics, the search's (``Library.spelled_out``)."""
    def fixed(match: re.Match) -> str:
        word, folded = match.group(0), fold(match.group(0))
        # (A capital inside the word or inside the question marks a name or an acronym: "FRQNT".)
        capitalised = any(c.isupper() for c in word[1:]) or word[0].isupper() and text[:match.start()].rstrip()[-1:] not in ".?!"
        if folded in cue_clipped() and not capitalised:
            return cue_clipped()[folded][lang == "fr"]
        if len(folded) < 5 or capitalised or any(folded in known for known in (
                directory.vocabulary, directory.written, directory.aliases, directory.author_aliases)) \
                or known_word(word, "en") or known_word(word, "fr") or french_unaccented(folded) \
                or (lemma_fr(folded),) in fr_en() or lemma(folded) in field_terms():
            return word
        near = process.extract(folded, typo_targets(), scorer=OSA.distance, score_cutoff=1, limit=2)
        if not near or near[0][1] == 0 or len(near) > 1 and near[1][1] == near[0][1]:
            return word  # (a cue word already, or as near two of them: no telling which was meant)
        return near[0][0]
    return re.sub(r"[^\W\d_]+", fixed, text)


ACCENTED = {"a": "àâ", "c": "ç", "e": "éèê", "i": "îï", "o": "ô", "u": "ùûü"}


def french_unaccented(word: str) -> bool:
    """Whether a word is a French word typed without one or two of its accents ("recues": « reçues »)."""
    spots = [i for i, c in enumerate(word) if c in ACCENTED]
    for count in (1, 2):
        for chosen in combinations(spots, count):
            for marks in product(*(ACCENTED[word[i]] for i in chosen)):
                spelled = list(word)
                for i, mark in zip(chosen, marks):
                    spelled[i] = mark
                if known_word("".join(spelled), "fr"):
                    return True
    return False


@lru_cache(maxsize=2)
def cue_vocabulary(shortened: bool = False) -> frozenset[str]:
    """The words the intent cues are written with (profile cues and other unframing ones aside);
    ``shortened``: with each word's form lacking an optional last letter too ("links?" → "link")."""
    return frozenset(w for line in lexicon_lines("intents.tsv") if not line.startswith(UNFRAMING + FRAMING_WHERE_MATCHED)
                     for typed in re.findall(r"[a-z]{3,}\??", without_lookarounds(line.partition("\t")[2]))
                     for w in ({typed[:-1], typed[:-2]} if typed.endswith("?") and shortened else {typed.rstrip("?")}))


@lru_cache(maxsize=None)
def cue_words(name: str) -> frozenset[str]:
    """The words one cue is written with, each also without an optional last letter ("based?" → "base")."""
    typed = re.findall(r"[a-z]{3,}\??", re.sub(r"\\[a-zA-Z]", " ", without_lookarounds(cues()[name].pattern)))
    return frozenset(w for t in typed for w in ({t.rstrip("?"), t[:-2]} if t.endswith("?") else {t}))


def without_lookarounds(pattern: str) -> str:
    """A pattern without its negative lookarounds: the words a cue must not be followed or preceded
    by ("earlier" not before "methods") are no words the cue is written with."""
    out, depth, at = [], 0, 0
    while at < len(pattern):
        if depth == 0 and pattern.startswith(("(?!", "(?<!"), at):
            depth, at = 1, at + (3 if pattern.startswith("(?!", at) else 4)
            continue
        char = pattern[at]
        if depth:
            if char == "\\":
                at += 1
            depth += {"(": 1, ")": -1}.get(char, 0)
        else:
            out.append(char)
        at += 1
    return "".join(out)


# "Besides X, …", "apart from X": what follows up to the next comma is set aside, not asked.
# What a question sets aside: up to the next comma, or a list of short items ("apart from A, B
# and C, which others …?"; an ask after the comma is no item: "besides her post, which role and lab?").
SET_ASIDE = re.compile(r"\b(?:besides|apart from|aside from|other than|except|outre|en dehors de|a part|sauf)\b"
                       r"((?:(?:\s*[^\W\d_][\w'\-]*){1,3}\s*,)+(?:\s*[^\W\d_][\w'\-]*){0,3}\s+(?:and|et|or|ou)"
                       r"(?:\s*[^\W\d_][\w'\-]*){1,3}\s*(?=,)|[^,;:?]*)")


# A clause opening on "not" (after a bracket or a stop, or the question's start) and what it names
# up to the next bracket or stop; "not only", « pas de … » and the like negate no thing named.
RULED_OUT = re.compile(r"(?:^|[(,;:.!?])\s*(?:not|pas|non pas)\s+"
                       r"(?!only\b|just\b|sure\b|yet\b|seulement\b|encore\b|que\b|de\b|d\b|du\b|des\b)([^(),;:.!?]+)")


# An ask pointing back to things a statement before it counts: "Which two are they?", "which
# ones?", « Lesquelles ? » (folded, at its end).
POINTS_BACK = re.compile(r"\b(?:which|what) (?:\w+ )?(?:ones?|are they|are those|were they)\s*$|"
                         r"\b(?:lesquels|lesquelles|quels sont ils|quelles sont elles)\s*$")


# A question opening by asking when ("since what year …", "depuis quand …").
OPENS_DATE = re.compile(r"\s*(?:since |from |until |in |depuis |a partir de |en |jusqu )?(?:when|what year|which year|quand|quelle annee)\b")

# An opening clause naming where to read: "Per the lab's post about X,", "According to the 2021 report,",
# "Selon la nouvelle sur X,", "In her Mila bio,".
SOURCE_KINDS = ("news post article page bio biography report announcement blog profile site website webpage item story "
                "faq column piece release newsletter section "
                "nouvelle nouvelles annonce rapport fiche profil billet communique biographie chronique infolettre")
SOURCE_CLAUSE = re.compile(r"^\s*(?:according to|per|from|in|on|selon|d apres|dans|sur)\b[^,]{0,80}?\b(?:"
                           + "|".join(SOURCE_KINDS.split()) + r")\b[^,]{0,80},")


def source_clause(text: str) -> re.Match | None:
    """The clause a text opens with to say where to read, matched on the text folded (« d'après »
    as "d apres", "Mila's report" as "mila report"); None when it opens on none."""
    return SOURCE_CLAUSE.match(re.sub(r"['’]s? ?", " ", unidecode(text).lower()))


# (A page named by words of its own: a capitalised word past the clause's first, or a figure.)
NAMED_BY_OWN_WORDS = re.compile(r"(?<!^)\b[A-ZÀ-Ö][\w\-]*|\d")


# A person the ask before is about, pointed back to ("… and what does he teach?", "… et pour
# qui travaille-t-elle ?").
REFERS_BACK = re.compile(r"\b(?:he|him|his|she|her|they|them|their|il|elle|lui|ils|elles|eux)\b")
# Some of several people an earlier ask found ("which of them", « l'un d'eux »): never the one researcher named.
OF_THEM = re.compile(r"\b(?:one|which|each|either|both|neither) of them\b|"
                     r"\b(?:l un|l une|lequel|laquelle|lesquels|lesquelles|chacun|chacune) (?:d entre (?:eux|elles)|d (?:eux|elles))\b")


def name_words(name: str) -> set[str]:
    """A name's folded words, a hyphenated part each ("Côté-Lefebvre" → cote, lefebvre)."""
    return set(fold(name).replace("-", " ").split())


def names_own_page(question: Question) -> bool:
    """Whether the question names a researcher's own page by their name ("Ada Byron's Mila
    profile", « la fiche anglaise de Byron »), which the folded text's cue cannot tell from "the
    page" of anything else; a name typed with a slip counts ("Byrom's page")."""
    own = researcher_words(question)
    typed = [m.group(1) for pattern in OWN_PAGE for m in pattern.finditer(question.text)]
    return any(Levenshtein.distance(word, name) <= (2 if len(name) > 4 else 0)
               for token in typed for word in name_words(token) for name in own)


# A page written as someone's: "<name>'s (Mila / English / directory) profile", « la fiche (anglaise) de <name> ».
OWN_PAGE = (re.compile(r"([\w\-]+)['’]s?\s+(?:(?:mila|directory|own|english|french|personal)\s+)*"
                       r"(?:profile|page|entry|listing)s?\b", re.I),
            re.compile(r"\b(?:profil|fiche|page)s?\s+(?:(?:mila|anglaise?|fran[cç]aise?|personnelle)\s+)*"
                       r"(?:de\s+|d['’])([\w\-]+)", re.I))


def researcher_words(question: Question) -> set[str]:
    """The words of the researchers' names a question names (``name_words`` of each)."""
    return set().union(*map(name_words, question.researchers))


def set_aside_researchers(question: Question, text: str) -> None:
    """A researcher named only where the question sets them aside ("Besides Ada Byron, who co-wrote
    the book with Grace Hopper?") is not one it asks about, when it names others."""
    plain = unidecode(text).lower()
    spans = [m.group(1) for m in SET_ASIDE.finditer(plain)]
    if not spans or len(question.researchers) < 2:
        return
    aside = set(fold(" ".join(spans)).split())
    rest = set(fold(SET_ASIDE.sub(" ", plain)).split())
    kept = [name for name in question.researchers if not name_words(name) & aside or name_words(name) & rest]
    if kept:
        question.researchers = kept


SUBJECT_HEAD = re.compile(r"\b(?:the|le|la|les|l)\s+(problems?|issues?|questions?|topics?|subjects?|fields?|areas?|domains?|notions?|concepts?|"
                          r"tasks?|themes?|problemes?|sujets?|domaines?)\s+(?:of|de|du|des|d)\b")
BIOGRAPHY_QUALIFIED = re.compile(r"\b(\w+(?:al|ic|ary))\s+(?:background|career|history|training)\b|"
                                 r"\b(?:parcours|carriere|formation)\s+(\w+(?:el|elle|ique|aire))\b")


def without_framing_suffix(token: str, skip: set[str]) -> str:
    """A compound without the question words hyphened after it: "causality-related work" asks about
    causality, « sécurité-related » too (a compound of content words, "state-of-the-art", stays)."""
    parts = token.split("-")
    while len(parts) > 1 and fold(parts[-1]) in skip and fold(parts[0]) not in skip:
        parts.pop()
    return "-".join(parts)


# The verb of a count: the word right before its "how many" (« Kelp emploie combien de … »), one
# carrying an inverted French pronoun (« emploie-t-elle »), or the last word after "does Kelp" (with
# its particle: "does Kelp take on").
COUNT_PREDICATE = re.compile(r"([^\W\d_][\w’']*) (?=combien\b|how (?:many|much)\b)|\b([^\W\d_]+)-(?:t-)?(?:il|elle|ils|elles|on)\b"
                             r"|\b(?:do|does|did) (?:[\w\-’']+ ){1,4}?([^\W\d_]+)(?: (?:together|up|out|in|on|over|along|back|down|off|away))?"
                             r"\s*\??\s*$", re.I)
NAME_BRACKETS = re.compile(r"([\w\-]+(?:['’]s)?)\s*\(([^()]{1,60})\)")


def read_topic(question: Question, text: str, used: set[str]) -> None:
    """The content words once names, titles, venues, years, question words and cue words are out;
    French questions have their field terms put into English first."""
    def is_name(token: str) -> bool:
        parts = fold(token).split()
        return bool(parts) and all(p in used for p in parts)

    # Brackets right after a name say who the person is ("Agarwal (Google DeepMind)"), not what is asked.
    text = NAME_BRACKETS.sub(lambda m: m.group(1) if is_name(m.group(1)) else m.group(0), text)
    if question.lang == "fr":  # names out first: "Tal" is a name here, not the French acronym for NLP
        kept = [t for t in text.split() if not is_name(t)]
        source = to_english(" ".join(kept))
    else:
        source = text
    # Cue words frame the question ("co-authors", "when", "complete list"), but a field term among
    # them ("language", "model", "dataset") frames it only where its cue matches ("which datasets …")
    # and is content elsewhere ("papers on language models"). Profile cues ("PhD", "university") are
    # what a biography question is about, so they stay in the topic.
    matched = {w for flat in {flatten(text), flatten(source)} for name, pattern in cues().items()
               if not name.startswith(UNFRAMING) for match in pattern.finditer(flat) for w in match.group(0).split()}
    # (An acronym's plural, "llms", is a field term as its singular is: no dictionary takes it there.)
    # (A cue matching a word's short form, "link" of "links?", frames by it: a French "lien" is
    # read as "link".)
    # (A plural a cue's "s?" matched, "versions" of "versions?", frames as its singular does.)
    framing = {w for w in matched if w in cue_vocabulary(shortened=True) or w.removesuffix("s") in cue_vocabulary(shortened=True)} | {
        w for w in cue_vocabulary() if lemma(w) not in field_terms() and w.removesuffix("s") not in field_terms()}
    # (A word a cue matches by a pattern, not as written, frames it when it alone matches the cue:
    # "cosigné" of "co ?sign\w*".)
    framing |= {w for w in matched - framing if lemma(w) not in field_terms() and any(
        pattern.search(f" {w} ") for name, pattern in cues().items() if not name.startswith(UNFRAMING))}
    if not question.researchers and not any(cue(name, flatten(text)) for name in ("papers", "venue_asked")):
        # Of no one, no paper and no venue asked, a venue's noun typed alone names an event: "when
        # was the institute's first annual conference?" asks about the conference. (Of someone,
        # "is she the editor of a journal?" asks her role.)
        framing -= {match.group(0).strip() for flat in {flatten(text), flatten(source)}
                    for match in cues()["venue"].finditer(flat) if len(match.group(0).split()) == 1}
    # (Only the words a cue is written with: the words its gaps match, "where are Kelp and Tidewise
    # each based?", are what is asked about.)
    where_matched = {w for flat in {flatten(text), flatten(source)} for name in FRAMING_WHERE_MATCHED + FRAMING_WHERE_MATCHED_TOO
                     for match in cues()[name].finditer(flat) for w in match.group(0).split()
                     if w in cue_words(name) or w.removesuffix("s") in cue_words(name)}
    framing |= where_matched
    if asks_count(flatten(text)):
        # A count's verb links what is counted to where ("Kelp employs how many divers?", « combien de
        # plongeurs Kelp emploie-t-elle ? »): the figure beside what is counted answers, whatever verb
        # the page writes ("Kelp has 40 divers").
        verbs = {fold(next(filter(None, m.groups()))) for m in COUNT_PREDICATE.finditer(text)} - stopwords() - used
        framing |= verbs | {w for verb in verbs for w in fold(to_english(verb)).split()}
    skip = stopwords() | framing | HONORIFICS
    if question.lang == "fr":  # any form of a French question word ("donnez", "listez" for donner, lister)
        skip = skip | {word for word in set(fold(text).split()) if lemma_fr(word) in skip}
    else:  # an inflected form of an English one ("shown", "described", "shows"); a bare past such
        # as "found" is also a verb of its own (to found a journal), so it stays
        skip = skip | {word for word in set(fold(text).split()) if word.endswith(("s", "ed", "en", "wn", "ing"))
                       and lemma(word) in wordset("question_words.txt")}
    # A letter hyphened to a word is part of a term ("Q-learning", "k-means"), not an initial.
    hyphened = {fold(m) for m in re.findall(r"(?<![\w.\-])(\w)-(?=\w{2,}\b(?!-))", f"{text} {source}")}
    topic, terms = [], []
    for token in fold(source).split():  # tokens as names were matched ("O'Donnell" is one word)
        token = folded = without_framing_suffix(token, skip)
        if folded in hyphened:
            topic.append(token)
            continue
        if folded in ordinals() and folded not in where_matched:  # "3e", "3rd" read as "third", as if typed in words
            topic.append(ordinals()[folded])
            continue
        if len(folded) < 2 or folded in used or token in skip or folded in skip or re.fullmatch(YEAR, folded) \
                or re.fullmatch(r"\d+(?:st|nd|rd|th|e|er|eme)?", folded):
            continue
        topic.append(token)
    for token in re.findall(r"[\w\-.'’]+", text):
        token = re.sub(r"^(?:qu|[cdjlmnst])['’](?=\w)", "", token.strip("'’"), flags=re.I)  # "l'UdeM" is "UdeM"
        token = re.sub(r"(?<=\w)-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous)$", "", token, flags=re.I)  # "représente-t-elle"
        token = without_framing_suffix(token, skip)
        parts = fold(token).split()  # "Okonkwo-Tremblay" is used when both its parts are
        if parts and not all(p in used or p in skip for p in parts) and token.lower() not in skip:
            terms.append(token.strip(".-"))
    # "associate rather than core members": "core" is what is not asked (the words after it may be
    # shared, "sparse rather than dense forecasting"; a word also said before is asked too); nor is
    # the place "outside Canada", « hors de France » leaves out
    folded = fold(source)
    for match in re.finditer(r"\b(?:rather than|instead of|but not|and not|not just|plutot que|au lieu de|et non|outside of|outside"
                             r"|hors (?:du|de|des|d)|en dehors (?:du|de|des|d)|a l exterieur (?:du|de|des|d))(?: (?:a|an|the|un|une|le|la|les))? (\w+)", folded):
        before, unasked = set(folded[:match.start()].split()), {match.group(1)}
        topic = [t for t in topic if t in before or t not in unasked]
        terms = [t for t in terms if fold(t) in before or fold(t) not in unasked]
    # "Apart from her teaching post, which company role …?": what is set aside up to the
    # next comma is not asked (a word said again after it is).
    # (Read on the typed text, whose commas end it: a French question's English has none.)
    plain = unidecode(text).lower()
    for match in SET_ASIDE.finditer(plain):
        after, unasked = (set(fold(piece).split()) | set(fold(to_english(piece)).split())
                          for piece in (plain[match.end():], match.group(0)))
        topic = [t for t in topic if t in after or t not in unasked]
        terms = [t for t in terms if fold(t) in after or fold(t) not in unasked]
    # "… a Quebec Research Chair (not the Horizon one)?", « … ? Pas la date de remise, celle de
    # l'atelier. »: a clause opening on "not" rules a thing out. Its words are not asked (a word also
    # said outside it is), and a page value writing them beside what is asked is not the thing asked.
    excluded: set[str] = set()
    for match in RULED_OUT.finditer(plain):
        outside = f"{plain[:match.start()]} {plain[match.end():]}"
        said = set(fold(outside).split()) | set(fold(to_english(outside)).split())
        excluded |= {w for w in set(fold(match.group(1)).split()) | set(fold(to_english(match.group(1))).split())
                     if w not in said and w not in stopwords() and len(w) > 1}
    topic = [t for t in topic if t not in excluded]
    terms = [t for t in terms if fold(t) not in excluded]
    question.excluded = sorted(excluded)
    # "Her professional background", "son parcours universitaire": an adjective joined to the word
    # asking for a biography says which part of it, as the biography does; it is no word to find.
    qualifying = {m.group(1) or m.group(2) for m in BIOGRAPHY_QUALIFIED.finditer(fold(source))}
    topic = [t for t in topic if t not in qualifying]
    terms = [t for t in terms if fold(t) not in qualifying]
    # "The problem of credit assignment", « le problème de la dérive »: the noun before "of" names a kind
    # of subject, the words after it the subject (when some are left: "the problem of" alone is asked;
    # "which questions of X" asks for the questions).
    heads = {m.group(1) for m in SUBJECT_HEAD.finditer(fold(source))}
    if any(t not in heads for t in topic):
        topic = [t for t in topic if t not in heads]
        terms = [t for t in terms if fold(t) not in heads and fold(to_english(t)) not in heads]
    question.topic = " ".join(topic)
    question.terms = [t for t in terms if t]
    # Each side of a "/" or an "or" between topic words is a topic of its own.
    split = re.split(r"(\s*/\s*|\s+(?:or|ou)\s+)", source)  # sides, with what parts them between
    if len(split) > 1:
        # A side ends with its sentence: in "does she work on A or B? and what does her group do?"
        # the second side is B, the next ask is no part of it.
        split[0] = re.split(r"[?!;]\s", split[0])[-1]
        split[-1] = re.split(r"[?!;](?:\s|$)", split[-1])[0]
    typed = [fold(side).split() for side in split[::2]]
    sides = [[t for t in side if t in topic] for side in typed]
    for at, parting in enumerate(split[1::2]):
        # "social or demographic bias": the first side is "social bias" (the words joined to the next
        # side's first word are shared; "risk or uncertainty in RL" shares none, "in" parts them).
        # A slash gives another name for the same thing ("GNNs / graph networks"): nothing is shared.
        after = typed[at + 1][1:]
        joined = after[:next((i for i, t in enumerate(after) if t not in topic), len(after))]
        if "/" not in parting and len(sides[at]) == 1 and sides[at + 1][:1] == typed[at + 1][:1]:
            sides[at] = sides[at] + joined
    sides = [" ".join(side) for side in sides if side]
    # "neural algorithmic reasoning (NAR)": the acronym and the words it stands for are one topic said twice.
    for spelled, short in acronyms(text):
        spelled = [t for t in fold(spelled).split() if t in topic]
        written = [t for t in topic if t in (short, short + "s")]
        if written and spelled and len(sides) < 2:
            sides = [" ".join(t for t in topic if t not in written), " ".join(t for t in topic if t not in spelled)]
    question.alternatives = sides if len(sides) > 1 else []


def acronyms(text: str) -> list[tuple[str, str]]:
    """(words, folded acronym) for each acronym in brackets after the words whose initials it
    spells (or before them), in any order; words like "of" or "de" may stand between them. The words are read as
    typed and in English: a French question keeps the English acronym ("réseaux de neurones de
    graphes (GNN)")."""
    found = []
    for match in re.finditer(r"([^()]+?)\s*\(\s*([A-Za-z]{2,8}?)s?\s*\)", text):
        short = match.group(2).lower()
        for said in (match.group(1), to_english(match.group(1))):
            content = [w for w in fold(said).split() if w not in stopwords()]
            spelled = content[-len(short):]
            if len(spelled) == len(short) and sorted(w[0] for w in spelled) == sorted(short):
                found.append((" ".join(spelled), short))
                break
    # The other way round: the acronym, then in brackets the words its capitals spell
    # ("GFlowNets (generative flow networks)", "RL (reinforcement learning)").
    for match in re.finditer(r"\b([A-Z][A-Za-z\-]*?)s?\s*\(\s*([^()]+?)\s*\)", text):
        capitals = "".join(c for c in match.group(1) if c.isupper()).lower()
        for said in (match.group(2), to_english(match.group(2))):
            content = [w for w in fold(said).split() if w not in stopwords()]
            if len(capitals) >= 2 and len(content) == len(capitals) and sorted(w[0] for w in content) == sorted(capitals):
                found.append((" ".join(content), fold(match.group(1))))
                break
    return found


# In order of precedence: "her PhD, where?" is biography, "position at the university" affiliation;
# "which degree is she pursuing" asks her listed programme, a role.
PROFILE_FIELDS = {"students": "students", "supervisors": "supervisors", "enrolment": "roles", "biography": "biography", "affiliation": "affiliations", "role": "roles",
                  "topics": "topics", "location": "affiliations",  # (where someone is: the lines and sentences naming their place)
                  "origin": "biography"}  # (where they come from: the biography's sentence saying so)
ORDER_WORD = r"\b(?:older|newer|earlier|later|first|recent|ancien|premier)\b"  # a word choosing by time
ORDER_WORDS = re.compile(ORDER_WORD)
ORDER_CHOICE = re.compile(rf"{ORDER_WORD}.*\b(?:or|ou)\b|\b(?:or|ou)\b.*{ORDER_WORD}")
PAPER_WORDS = {"paper", "papers", "publication", "publications", "article", "articles", "work", "works", "preprint",
               "preprints", "travaux", "travail"}


def counts_people(after: list[str]) -> bool:
    """Whether the words after "how many" count people ("co-authors", "people", "authors") or name
    nothing ("how many did she write with him?"): "how many datasets does the guide co-written by X
    gather?" counts datasets, and "how many papers has she co-written?" papers."""
    noun = next((w for w in after if w not in stopwords()), None) if after and after[0] not in stopwords() else None
    return noun is None or any(cue(name, f" which {flatten(noun).strip()} ") for name in ("coauthors", "person_asked"))


AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would"})
RATE_WORDS = frozenset({"per", "par", "each", "every", "chaque"})  # a unit after one is what a rate is given per


SIZED_NAME = re.compile(r"\b(?:how (?:big|large|small)(?: (?:is|are|was|were))?|(?:size|taille|ampleur|envergure)"
                        r"(?: (?:of|de|du|des|d['’]))?)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?((?:[A-Z][\w'’&-]*\s*)+)", re.I)


def sizes_organisation(text: str) -> bool:
    """Whether a question asks the size of an organisation it names right after the ask: a capitalised
    run ending in an organisation's noun ("how big is the Kelp Institute?") or the site's own name
    ("how large is Mila?", a word of the questions' boilerplate)."""
    match = SIZED_NAME.search(text)
    if not match or not match.group(1)[:1].isupper():
        return False
    run = [fold(w) for w in match.group(1).split() if w[:1].isupper()]
    return bool(run) and (run[-1] in wordset("organisation_words.txt") or all(w in stopwords() - function_words() for w in run))


PRICE_TO_PAY = re.compile(r"\bprice to (?:pay|be paid)\b", re.IGNORECASE)


def measure_words(text: str, lang: str, counting: bool) -> list[str]:
    """The words of a question, read in English, naming the measure it asks ("dollars", "funding",
    "hours"), read when it asks how much or how many; a share's word ("percentage") names one
    whatever it asks. (French is read as typed, accents kept: « financé » is "fund", « finance » is not.)"""
    # ("What is the price to pay?", « le prix à payer » read in English: a drawback, no amount.)
    typed = words(PRICE_TO_PAY.sub(" ", to_english(text) if lang == "fr" else flatten(text)))
    numbers = wordset("number_words.txt")
    # (A unit the question gives a figure of is no measure it asks: "how much is each paid over the six
    # months?"; nor one a rate is given per: "how much does it hand out per year?", « par année ».)
    return [w for at, w in enumerate(typed) if len(w) > 2 and w not in stopwords()
            and not (at and (typed[at - 1].isdigit() or typed[at - 1] in numbers or typed[at - 1] in RATE_WORDS))
            and any(lemma(w) in measure.asking and (counting or measure.named) for measure in measures())]


def asks_count(flat: str) -> bool:
    """Whether the question asks a count: "how many" and "combien" always do; "number of" does when
    it is what is asked ("the number of co-authors on X?"), not when a clause has begun before it
    ("who has a paper on attention failing as the number of tokens grows?")."""
    for match in cues()["count"].finditer(flat):
        if match.group(1) in {"number of", "nombre de"} and cue("count_clause", flat[:match.start()]):
            continue
        return True
    return False


INDEFINITE_PERSON = re.compile(r"\b(?:anyone|anybody|someone|somebody|quelqu ?un)\b")
OPENING_ASK = re.compile(r"^\s*(?:(?:on|in|at|for|by|from|en|a|au|dans|de|pour) )?"
                         r"(?:what|when|where|which|how|why|quand|ou|comment|pourquoi|quel|quelle|quels|quelles)\b")


def asks_other_than_who(flat: str) -> bool:
    """A question opening with its own ask ("which day does the call for someone to run the lab
    close?") where only an indefinite pronoun is a "who" word: "someone" asks who only in a yes/no
    question ("has anyone worked on …?")."""
    return bool(OPENING_ASK.match(flat)) and not cue("who", INDEFINITE_PERSON.sub(" ", flat))


ARTICLE_ABOUT = re.compile(r"\barticles? (?:\w+ ){0,2}(?:about|on|sur|concernant) (\w+)")
# "Going by the article on her move", « selon l'article sur son prix »: an article said to be where
# to read, about something of someone's, is a news item about them.
SOURCE_ARTICLE_ON_THEIRS = re.compile(r"\b(?:according to|going by|judging by|based on|per|d apres|selon|a en croire) "
                                      r"(?:the|this|that|l|cet) article (?:about|on|sur|concernant) (?:his|her|their|son|sa|ses|leur|leurs)\b")


def article_about_person(question: Question, flat: str) -> bool:
    """Whether the question reads "the article about <someone it names>" or says to read the article on
    something of theirs: a news item about them (a paper is on a subject, and by its authors)."""
    named = used_names(question) | set(fold(question.unknown_person or "").split())
    return any(m.group(1) in named for m in ARTICLE_ABOUT.finditer(flat)) or bool(SOURCE_ARTICLE_ON_THEIRS.search(flat))


def common_cued_only_by(flat: str, said: set[str]) -> bool:
    """Whether the words ``said`` are all that cues what several researchers share."""
    return all(m.group(0).strip() in said for m in cues()["common"].finditer(flat))


def shared_with_someone(flat: str) -> bool:
    """Whether "share" is all that cues what several researchers share, and it asks with whom a
    thing was shared ("who did she share the prize with?", « ce prix, elle l'a partagé avec qui ? »):
    a person asked, not what the named ones have in common."""
    return cue("shared_with_whom", flat) and common_cued_only_by(flat, {"share", "shares", "shared"})


def only_both(flat: str) -> bool:
    """Whether "both" (« les deux », « à la fois ») is all that cues what several researchers share."""
    return common_cued_only_by(flat, {"both", "les deux", "a la fois"})


def used_names(question: Question) -> set[str]:
    return {w for name in question.researchers + question.coauthors for w in fold(name).split()}


def as_someone(flat: str, names: str) -> str:
    """A flattened text with each name it types (``names``, an alternation of their words) read as
    one word, "someone": "what is jane doe at x" → "what is someone at x"."""
    return re.sub(r"(?:\bsomeone )+", "someone ", " ".join(re.sub(rf"\b(?:{names})\b", "someone", flat).split())) + " "


def names_alternation(question: Question) -> str:
    """The words of the names a question uses, as one regex alternation, longest first ("" when none)."""
    return "|".join(map(re.escape, sorted(used_names(question), key=len, reverse=True)))


# « l'article de X qui étudie Y » : a "qui" after a paper (and whose it is) says what the paper does; it
# asks for no person.
PAPER_RELATIVE = re.compile(r"\b((?:article|articles|papier|papiers|publication|publications|etude|etudes|travail|"
                            r"travaux|preprint|these)(?: (?:de|d|du|des) [a-z\-]+(?: [a-z\-]+){0,3}?)?) qui\b")
# "Which theoretical principle does her paper on X build on?", « sur quel principe s'appuie son article ? »
WHICH_THING = re.compile(rf"\b(?:{'|'.join(WHICH_WORDS)}) ([a-z][\w\-]*)")
PERSON_NOUNS = frozenset("researcher researchers person persons people author authors coauthor coauthors member members "
                         "professor professors chercheur chercheurs chercheuse chercheuses auteur auteurs personne "
                         "personnes membre membres professeur professeurs".split())


def without_paper_relatives(flat: str) -> str:
    return PAPER_RELATIVE.sub(r"\1", flat)


def asks_thing_of_one_paper(question: Question, flat: str) -> bool:
    """Whether the question asks which thing (a principle, a dataset, a trick) one paper it speaks
    of uses or gives: a fact of that paper, not papers on a topic."""
    which = WHICH_THING.search(flat)
    return bool(which) and asks_one_paper(question.text) and which.group(1) not in stopwords() \
        and which.group(1) not in PAPER_WORDS and which.group(1) not in PERSON_NOUNS


# Statements before a question's first question mark ("A did her PhD with B. Which …?").
# (A sentence ends after a word of three letters or more, or an acronym: "Dr. X" goes on, "… in AI. What …" ends.)
STATEMENTS = r"(?:[^?]*?(?:\w{3}|\b[A-Z]{2})[.!]\s+)+"
CONTEXT_SENTENCES = re.compile(rf"^{STATEMENTS}(?=[^?]*\?)")
# A clause set before the ask by a spaced dash ("Hoping to find an advisor on X - what does Y study?").
DASHED_LEAD = re.compile(r"^[^?]*?\w\s+[-–—]\s+(?=[^?]*\?)")
# Statements before the ask: sentences, or a clause ending on a colon ("A and B both work on X: …?").
STATED_BEFORE_ASK = re.compile(rf"^(?:{STATEMENTS}|[^?:]*?\w\s*:\s+)(?=[^?:]*\?)")


# "… Who led that lab?", « … qui dirigeait ce labo ? »: an ask pointing at a thing the statement before it names.
THAT_THING = re.compile(r"\b(?:that|this|the same|ce|cet|cette|le meme|la meme) ([a-z]{3,})\b")


# Someone asked for: "who", or a person's noun after "which" ("which Mila member", « quel professeur »).
PERSON_ASKED = re.compile(rf"\b(?:who|whom|qui|(?:{'|'.join(WHICH_WORDS)}) (?:mila )?(?:{'|'.join(sorted(PERSON_NOUNS))}))\b")


def past_its_statement(question: Question, directory: Directory) -> Question | None:
    """The question without the people its opening statement names, when it then asks for someone
    by a thing that statement names ("X says he was a scientist at the Harbour Lab. Who led that
    lab?"): they only say which thing, and the pages are asked who. None when the ask points back
    to them ("who supervised him?") or names them, or asks of a paper ("who else wrote that paper?")."""
    context = CONTEXT_SENTENCES.match(question.text)
    if not context or not question.researchers:
        return None
    asking = flatten(question.text[context.end():])
    names = names_alternation(question)
    if not PERSON_ASKED.search(asking) or REFERS_BACK.search(asking) or re.search(rf"\b(?:{names})\b", asking):
        return None
    pointer = THAT_THING.search(asking)
    if not pointer:
        # "X is at Harbour Robotics in Bergen. Which member heads its Oslo office at Harbour
        # Robotics?": an ask naming a thing of its own by a capital is asked of the pages as typed.
        ask = parse(question.text[context.end():], directory)
        ask.lang = question.lang
        named_own = any(t[:1].isupper() for t in ask.terms)
        return ask if named_own and not (ask.researchers or ask.papers or ask.candidates) else None
    if pointer.group(1) in PAPER_WORDS or pointer.group(1) in PERSON_NOUNS or pointer.group(1) in stopwords():
        return None
    named = used_names(question)
    stated = "".join(piece for piece in re.split(r"(\s+)", question.text[:context.end()])
                     if fold(piece.strip(".,;:!'’")) not in named and fold(re.sub(r"['’]s$", "", piece)) not in named)
    alone = parse(" ".join(stated.split()) + " " + question.text[context.end():], directory)
    alone.lang = question.lang
    return None if alone.researchers else alone


WHO_IS = re.compile(r"\b(?:who is|who are|qui est|qui sont)\b")  # (in a flattened question)


def who_is_possessed(question: Question, names: str) -> bool:
    """Whether "who is" asks the thing a possessive names, not who someone is: "Who's Jane Roe's
    employer?", "and who's her funder?" (``names``: the alternation of the names' words)."""
    owner = rf"(?:(?:{names})\s+)*(?:{names})['’]s?|" if names else ""
    return bool(re.search(rf"\bwho(?:['’]s| is| are)\s+(?:{owner}his|her|their)\s+\w", unidecode(question.text).lower()))


def choose_intent(question: Question, flat: str) -> Intent:
    """One intent, by precedence: the most specific ask wins."""
    several = len(question.researchers) + len(question.candidates) >= 2
    # (Of no one named, "which country hosts it?" asks of a thing, not someone's place.)
    fields = PROFILE_FIELDS if question.researchers else {k: v for k, v in PROFILE_FIELDS.items() if k not in {"students", "location", "origin"}}
    names = names_alternation(question)

    def field_named(text: str, besides: str | None = None) -> str | None:
        """The first page field, by precedence, whose cue a text's words match (other than ``besides``)."""
        return next((field for cue_name, field in fields.items() if field != besides and cue(f"profile_{cue_name}", text)), None)

    def field_in(text: str) -> tuple[str | None, str]:
        """The page field a text's words ask for, and the text as read for it."""
        # "Among A, B and C, who is an associate member?": "who is" asks which of them, not about one's life.
        read = WHO_IS.sub(" ", text) if several and cue("among_named", flat) else text
        # ("Going by her bio, which rank does she hold?" asks her rank: the biography is where to read it.)
        read = cues()["biography_source"].sub(" ", read)
        # ("What is her advisor Kim's job title?": a relation noun set before a name says who that
        # person is; the field asked is another.)
        if names:
            read = re.sub(rf"{cues()['relation_person'].pattern}\s+(?=(?:{names})\b)", " ", read)
        found = field_named(read)
        if found == "biography" and who_is_possessed(question, names):
            # "Who's X's employer?": "who is" asks the thing possessed, not who X is (a field "who is"
            # is part of, "who is X's PhD student?", stays).
            read = WHO_IS.sub(" ", read)
            found = field_named(read) or found
        if found == "biography" and (bare := cues()["profile_about_person"].sub(" ", read)) != read:
            # "Tell me about her research topics", « parle-moi de ses sujets »: the framing asks about
            # the person; a field named after it is what is asked.
            found = field_named(bare) or found
        if found == "students" and cue("students_qualified", read):
            # "Her grant backs PhD students from which countries?": the students say whom the thing
            # asked concerns; no one's supervisees are asked.
            found = field_named(read, besides="students")
        return found, read

    if len(question.researchers) == 1 and not question.papers and cue("mentions_person", flat) \
            and all(cue("in_capacity", f" in what {fold(t)} ") or cue("in_capacity", f" dans quel {fold(t)} ") for t in question.terms):
        # "Where else is X mentioned, and in what context?": the sentences of other pages that name
        # them, not a field of their own page. (Of something of theirs, "which pages mention her
        # prize?", the thing is asked.)
        return Intent.MENTIONS
    field_cued, field_text = field_in(flat)
    if (timed := TIME_CLAUSE.match(question.text)) and (main := field_in(flatten(question.text[timed.end():])))[0]:
        field_cued, field_text = main  # ("When she joined the lab, which post did she hold?": the post is asked)
    # "A did her PhD with B. Which topics do they share?": a statement before the question sets the
    # scene; a field the question itself names (more than "who is he?") is the one asked, and so
    # is their research when that is what it asks ("Hoping to find an advisor on X - what is Y's
    # research about?"). (A dashed lead naming the researcher is a label: "jane doe phd - which …?")
    context = None
    if flat == flatten(question.text):
        dashed = DASHED_LEAD.match(question.text)
        named = used_names(question) | {w for name in [question.unknown_person or "", question.typed_stranger or "",
                                                       *question.candidates] for w in fold(name).split()}
        context = CONTEXT_SENTENCES.match(question.text) or (
            dashed if dashed and not named & set(flatten(dashed.group(0)).split()) else None)
    asking = flatten(question.text[context.end():]) if context else flat
    if context and (asked := field_in(asking))[0] not in {None, "biography"}:
        field_cued, field_text = asked
    elif context and asked[0] is None and cue("profile_field", asking):
        field_cued, field_text = None, asking
    if field_cued is None and names and cue("profile_what_they_are", as_someone(field_text, names)):
        field_cued = "roles"  # "What is X at Mila?", « X, il est quoi à l'UdeM ? »: what they are there
    if cue("asks_email", flat):
        field_cued = None  # "her e-mail at the university": an address is asked, found in a line, no listed field
    # (Each sentence on its own too: an ask that ends its sentence, "what does she research? is it
    # only X?", is one though another sentence follows.)
    asks_field = cue("profile_field", flat) or flat == flatten(question.text) and any(
        cue("profile_field", flatten(s)) for s in sentences_of(question.text))
    if field_cued == "affiliations" and asks_field:
        field_cued = None  # "What does her lab work on?": the lab names whose work is asked, not where she works
    # "According to her bio, which works …", "which sponsors, according to his profile?": the page is
    # read, for the field its words ask or else for its biography.
    from_page = cue("biography_source", flat) or cue("page_source", flat) and not question.asks_papers
    reads_page = question.asks_papers and not from_page
    asked_field = (field_cued or "biography") if from_page else None if reads_page else field_cued
    if asked_field is None and (not reads_page or not question.topic) and asks_field:
        # "What does she work on?", "son domaine ?": an open ask for the person's field is read from
        # their research topics and biography, not searched for in papers by its words. ("Sur quels
        # thèmes portent ses travaux ?" names her works and asks their field: no topic is left.)
        asked_field = "topics"
        question.open_field = True
    elif asked_field == "topics" and (cue("profile_main_interest", flat) or not question.topic) and not several:
        # "What are her main research interests?", "his main research focus?", "what is his research
        # subject, roughly?": the biography's own statement of them answers beside the listed topics.
        question.open_field = True
    elif from_page and field_cued in {None, "biography"} and asks_field:
        # "Per her bio, at the crossing of which fields is her research?": the biography read for
        # her field, its statement of her research interests first.
        question.open_field = True
    elif asked_field is None and question.researchers and not question.papers and not question.asks_papers \
            and not question.topic and cue("before_joining", flat):
        # "Where did she work before?", « elle travaillait où auparavant ? »: nothing asked but
        # their earlier career, which their biography tells (not a list of their papers).
        asked_field = "biography"
    question.attribute = asked_field
    if asked_field == "students" and programme_kinds(question.text) and not several and not asks_count(flat):
        # "In her student list there is a research collaborator: where is that person from?": the
        # list's entries of a programme it names are asked of, not co-authors or papers.
        return Intent.PROFILE
    if cue("coauthors", flat) and cue("each_once", flat) and question.researchers and not question.papers:
        # "Her co-authors, no duplicates": each name once over her papers, as a count of them gives.
        question.counted = "coauthors"
        return Intent.COUNT
    if asks_count(flat):
        if question.quantity and cue("asks_value", flat) and not cue("coauthors", flat):
            return Intent.FACT  # "how much did registration cost?", "combien coûte le billet ?": an amount, not a count
        # Over the text with its punctuation: what is counted ends at a comma ("how many sites, spread over …").
        # A French phrase is read in English before it is cut ("jeux de données" is "datasets").
        # (Brackets are no word: "how many (sub)tidal sites" counts sites.)
        plain = " ".join(re.sub(r"['’()\[\]]", " ", question.text.lower()).split())
        if names := names_alternation(question):
            # ("how many of X's awards": what is counted comes after the person's name)
            plain = re.sub(rf"\b(?:{names})(?: (?:{names}))* s\b ?", "", unidecode(plain))
        if re.search(rf"\b(?:how much|combien) (?:{'|'.join(RATE_WORDS)})\b", plain):
            # "How much per student?", « combien par tête ? »: an amount given per head, not
            # a count of heads.
            question.quantity = " ".join(measure_words(question.text, question.lang, True)) or \
                ("montant" if question.lang == "fr" else "amount")
            return Intent.FACT
        count = re.search(r"\b(?:how many|how much|number of|combien de|combien d|nombre de) ((?:[^\W\d_][\w\-]* ?){1,4})", plain)
        after = count.group(1).split() if count else []
        if not count and (amount_of := re.search(r"\bde combien ((?:[^\W\d_][\w\-]* ?){1,4})", plain)):
            # « une bourse de combien ? », read « de combien bourse … »: the amount of the noun after it
            after = amount_of.group(1).split()
        if question.lang == "fr":
            after = to_english(" ".join(after)).split()
        while after[1:] and cue("count_modifier", f" {after[0]} "):
            after = after[1:]  # "how many different papers": papers are counted
        if cue("coauthors", flat) and counts_people(after):
            question.counted = "coauthors"
            return Intent.COUNT
        if count and count.group(0).startswith("how much") and after and (
                after[0] in AUXILIARIES
                or re.fullmatch(r"more|less|fewer|better|worse|(?!(?:number|paper|member|letter|layer|water)$)\w{3,}er", after[0])):
            # "how much faster …?", "by how much do X increase Y?": a degree the abstract states, not a thing
            # counted; "how much is it worth in dollars?": an amount in the measure it names; "how much
            # is the stipend?": a figure of the thing it names, when it names no measure.
            run = list(takewhile(lambda w: w not in stopwords(), dropwhile(lambda w: w in stopwords(), after[1:])))
            named = run[-1] if run and after[0] in {"is", "are", "was", "were"} else None  # (the noun heading what it names)
            question.quantity = " ".join(measure_words(question.text, question.lang, True)) or named or ""
            return Intent.FACT
        # A page field is counted when it is what "how many" names ("how many research topics"), not
        # when its word is elsewhere ("how many countries are in the group she co-chairs?").
        field_cue = {"topics": "profile_topics", "roles": "profile_role", "affiliations": "profile_affiliation",
                     "students": "profile_students"}
        named_count = [w for w in after[:3] if w not in stopwords()]  # "and each has how many?" names none
        typed_after = count.group(1).split() if count else []
        # ("how many people does her Students list hold", "combien d'étudiants": the field as typed)
        names_field = asked_field in field_cue and any(cue(field_cue[asked_field], f" {fold(' '.join(tokens[:3]))} ")
                                                       for tokens in (after, typed_after))
        if asked_field in field_cue and question.researchers and (
                not named_count or names_field or asked_field == "students" and after[:1] in (["people"], ["persons"])):
            if several and asked_field != "students" and cue("common", flat):
                # A count of each one's topics asked with the ones they both list: both are given.
                question.combine = "any"
                return Intent.COMPARE
            question.counted = asked_field
            # (A page with no student list may give the figure in a sentence; a sentence may count the
            # field's things in something else: "how many colleges belong to the network she chairs?")
            question.quantity = " ".join(w for w in after[:3] if w not in stopwords() and fold(w) not in used_names(question))
            return Intent.COUNT
        if not after and (measure := measure_words(question.text, question.lang, True)):
            question.quantity = " ".join(measure)  # (« il vaut combien en dollars ? »: an amount, not a count)
            return Intent.FACT
        if not after or after[0] in PAPER_WORDS:
            question.counted = "papers"
            return Intent.COUNT
        counted = []
        for word in after:  # what is counted ends at the first function word or name after it
            if counted and cue("count_modifier", f" {word} "):
                continue  # (« combien de paramètres supplémentaires »: the modifier after its noun)
            if counted and word in RATE_WORDS:
                break  # ("how many visitors each week", « combien de bénévoles chaque année »: a rate's period)
            if word in stopwords() or fold(word) in used_names(question):
                # "how many researchers": a word of the questions' own vocabulary is counted when it
                # comes first; a leading function word is not ("how many of the countries").
                if not counted and word not in function_words() and fold(word) not in used_names(question):
                    counted.append(word)
                if counted or fold(word) in used_names(question):
                    break
                continue
            counted.append(word)
        question.quantity = " ".join(counted)
        return Intent.FACT
    if several:
        # "A and B" asks about either page unless the question says both, only one, or compare.
        # "A co-wrote with B", "A is among the authors of B's paper": papers both pages have
        wrote_together = cue("coauthors", flat) and not question.asks_person and not cue("among_named", flat)
        # ("A and B both work on fairness: what are the labs they lead called?": "both" is said in
        # the statement before the ask, which asks it of each.)
        stated = STATED_BEFORE_ASK.match(question.text) if flat == flatten(question.text) else None
        common = cue("common", flatten(question.text[stated.end():]) if stated else flat) and not shared_with_someone(flat)
        # ("Which appeared earlier, A's paper or B's? Both dates, please" chooses between them.)
        # ("A and B both passed through X: what did each do there?" says "both" of the people, not of papers.)
        shared = common and (question.asks_papers or not only_both(flat))
        if common and cue("shared_people", flat) and asked_field is None:
            # "Which co-authors do A and B have in common?": the people on each one's papers, not a paper of both
            question.combine = "people"
            return Intent.COMMON
        # (A co-author C said to be on A's pages and on B's, asked of with each of them: the papers
        # with C on each one's pages, not a paper of both.)
        each_with_coauthor = bool(question.coauthors) and len(question.researchers) == 2 and cue("distributive", flat)
        if (shared or wrote_together) and asked_field is None and not ORDER_CHOICE.search(flat) and not each_with_coauthor:
            # "A wrote with both B and C: which paper with each?": A's papers with each of the others
            question.combine = "pairs" if len(question.researchers) > 2 and cue("each", flat) else "all"
            return Intent.COMMON
        if cue("compare", flat) and len(question.papers) < 2:  # "compare A and B: which topics are A's alone?"
            # ("Compare A's paper X and B's paper Y" compares the two papers, as if no one were named.)
            question.combine = "any"
            return Intent.COMPARE
        if question.combine == "first":
            return Intent.PAPERS if question.topic else Intent.LIST
        question.combine = "any"
        if common and not each_with_coauthor:
            return Intent.COMPARE
        # ("A, B, C: who lists X among her topics?": the names, then who.)
        named_then_who = bool(names) and re.match(r"(?:someone )?(?:who|qui)\b", as_someone(asking, names).lstrip())
        # ("Which of A, B, C belong to UTide's DOSF?": no field named, but a name typed is looked
        # for among their page values as a field's would be.)
        typed_name = asked_field is None and not question.asks_papers and any(t[:1].isupper() for t in question.terms)
        if (asked_field in {"topics", "roles", "affiliations"} or typed_name) and question.topic and not question.parts \
                and (cue("among_named", flat) or named_then_who):
            # "which of A, B list X among their topics", "among A and B, who holds a research chair?":
            # the researchers whose page values hold it.
            return Intent.WHO
        if asked_field and not question.topic:
            return Intent.COMPARE
    if not question.researchers and not question.papers and cue("same_paper", flat):
        # "Which paper do two researchers' pages both list?": of no one named, the papers more than
        # one researcher's own pages print.
        question.combine = "shared"
        return Intent.COMMON
    # A question that names co-authors while asking for a method, a result or a venue asks that.
    # ("Since when has X been working with Y?" asks a date.)
    asks_who = question.asks_person or not (cue("fact", flat) or cue("venue_asked", flat) or OPENS_DATE.match(flat))
    # ("Who is listed as alumni?" of no one named: a listed field's holders, not a paper's authors.)
    # (Not an affiliation: "an author on joint projects with the lab?" names a lab, asks no workplace.)
    holders_asked = asked_field in {"topics", "roles"} and not (question.papers or question.researchers or question.coauthors)
    # (An address asked, "her e-mail? I'd like to propose a collaboration", asks no co-authors.)
    if cue("coauthors", flat) and asks_who and not holders_asked and not cue("asks_email", flat) and (
            question.papers or question.researchers or question.coauthors or not cue("who", flat)):
        return Intent.COAUTHORS
    # (A dashed lead saying whom the asker seeks, "Looking for someone in NLP - what does X study?",
    # is no ask: the ask after it opens on its own question word.)
    if cue("who", without_paper_relatives(flat)) and not question.papers and question.topic and not asks_other_than_who(flat) \
            and not (context and asks_other_than_who(asking)):
        return Intent.WHO
    if question.asks_person and asked_field in {"topics", "roles", "affiliations"} and question.topic \
            and not question.researchers and not question.candidates and not question.papers and len(question.parts) < 2 \
            and not cue("news", flat):
        # "Who holds a research chair?", "who among them works at X?": the researchers whose page
        # values hold it (not of the people a news item names: "in the announcement, who …?").
        return Intent.WHO
    # A venue is a paper's: "which journal does she edit?" asks about the person. A date asked of
    # an event named a conference, no paper asked ("when is the X Conference held?"), asks a date.
    # A person asked for ("who took part in the conference's first panel?") is no venue asked.
    # ("X has work on Y; it came out in what proceedings?": a described paper's venue, though X is named.)
    described_paper = cue("venue_asked", flat) and (cue("refers_paper", flat) or cue("one_paper", flat))
    if cue("venue", flat) and (question.papers or question.asks_papers or question.topic and (not question.researchers or described_paper)) \
            and (cue("venue_asked", flat) or not cue("date", flat) or question.papers or question.asks_papers) \
            and not (question.asks_person and not cue("venue_asked", flat)):
        return Intent.VENUE
    if (asks_date(question.text) or orders_by_date(question.text) and not asked_field) and not (question.period.filters and not question.papers):
        return Intent.DATE
    if asked_field and question.researchers and not question.papers:
        return Intent.PROFILE
    if cue("list", flat) or (not question.topic and not question.papers):
        return Intent.LIST
    # ("how big is …?", "what accuracy …?" ask a figure)
    if question.papers or cue("fact", flat) or cue("asks_size", flat) or question.quantity and cue("asks_value", flat) \
            or asks_thing_of_one_paper(question, flat):
        return Intent.FACT
    return Intent.PAPERS
