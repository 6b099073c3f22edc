"""Question → found records: the papers (ranked, each with the sentences that answer the question)
and the researcher profiles an answer may cite.

Papers are found by meaning (dense cosine over the Chroma index) and by whole-word match (BM25 over
lemmas), inside the pool the question allows (its researchers, co-authors, venue, period). A paper
is relevant when its similarity reaches the calibrated threshold (``QA_MIN_SIMILARITY``), or when it
holds every topic word the corpus knows, or a rare word of the topic (a method's name the English
embedder cannot know). Evidence sentences are picked by meaning and by the question's words.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import dropwhile
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from rapidfuzz.distance import Levenshtein
from text_to_num import alpha2digit
from unidecode import unidecode

from qa import packed
from qa.packed import PackedDict, PackedList
from qa.pages import BULLET, POSITION, is_field_term, is_name_like, name_token
from qa.papers import venue_acronyms
from qa.question import (CONTEXT_SENTENCES, HONORIFICS, WHICH_WORDS, SOURCE_KINDS, asks_date, asks_location, PERSON_SPAN, ORDER_WORDS, PAPER_WORDS, QUOTED, REFERS_TO_ASK, SET_ASIDE, Directory, Intent, Question, acronyms, asks_one_paper, coauthors_each, coined_names, cue, cues, flatten, source_clause,
                         asks_count, measure_words, name_words, named_languages, names_alternation, parse, person_spans, researcher_words)
from qa.records import Paper, Profile, Source, Sourced, add_sourced
from qa.text import (DEGREE_KINDS, place_kind_asked, places_named, writes_concept, quantity_lemmas, DEGREE_NOUNS, award_words, clipped_form, clipped_words, concept_words, content_lemmas, english_stemmer, day_of_month, month_of_event, first_said, gives_measure, ordinals, fold, function_words, has_figure, is_acronym, known_word, lemma, lemma_fr, lemma_fr_twice, lemmas, degree_words, measures, wordset, says, sentences, bracket_defined, defines_acronym, spelled_by_initials, stopwords,
                     figure_beside, figures_held, to_english, undotted, unpossessed, words)

# An enumeration of names: "Gemma 3, GPT4o and o1-preview", "ImageNet, CIFAR-10, SVHN or MNIST".
_NAME = r"(?:[A-Z][\w\-]*|[a-z]*\d[\w\-]*)(?: [A-Z\d][\w\-]*)?"
NAME_LIST = re.compile(rf"\b{_NAME}(?:, {_NAME})+,? (?:and|or|et|ou) {_NAME}\b")
RELATIVE_MARGIN = 0.12  # papers this far below the best match are not cited for a topic
COVER_SLACK = 0.12  # a paper holding every topic word may sit this far under the threshold
RARE_SHARE = 0.02  # a word in at most max(2, this share) of the papers singles them out
SHORT_TOPIC = 2  # a topic of at most this many words may be found in one sentence of an abstract ...
SENTENCE_READ = 8  # ... of the closest this many papers writing it (sentence vectors at question time)
SENTENCE_CACHE = 2_000  # papers whose sentence vectors are kept (~18 KB each: memory stays flat while serving)
VECTOR_BATCH = 5_000  # paper vectors read from the store per request
NEAR_MISSES = 3  # papers just under the bar that the LLM's context also shows
PROSE = {"biography", "news"}
QUALITY_SUFFIXES = ("ity", "ness")  # a quality named after its adjective: causal → causality, robust → robustness
ABBREVIATION_MIN = 4  # a shorter unknown word ("gan", "nlp") is an acronym or a name, not the start of a word
OTHER_POSTS = 3  # biography sentences naming posts a role listing lacks, quoted beside it
FACTS_QUOTED = 3  # page facts that are sentences (the others are listed values)
PAGE_FIGURES = 2  # of a figure asked of several pages, the sentences giving one a page adds
WHOLE_BIOGRAPHY = 8  # a biography's sentences quoted when who someone is is asked (directory biographies run 3-8)
OTHER_EVENT_MARGIN = 0.15  # pages giving the date or figure asked this far below the closest one may speak of something else
# A page fact answers the question when meaning (cosine to the topic) plus half the rarity-weighted
# share of the topic's words it holds reaches this. Calibrated on the dev set's profile questions
# (eval/dev.jsonl) and five unanswerable ones written beside them: answering facts scored 0.69-0.98,
# facts that only share a word with an unanswerable question 0.54-0.66 (one, 0.66, still passes).
FACT_RELEVANCE = 0.6
COGNATE_PREFIX = 5  # letters a French word and its English cognate begin with alike, at least ...
COGNATE_SHARE = 0.7  # ... and this share of the shorter one ("industri-elle"/"industri-al": 8 of 10)
LISTED_FIELDS = {"roles", "affiliations", "topics", "supervisors", "students"}  # page fields shown as printed
LIST_MAX = 20  # lines a line opening a list may bring ("four prizes were awarded")
LIST_ITEM_SHARE = 0.5  # of the asked words' weight the best quoted sentence holds, another sentence listing more items holds this much


SOURCE_KIND_LEMMAS = frozenset(SOURCE_KINDS.split())  # (as a question's asked words hold them)
# The kinds of page an institute posts as news, as a question names them ("the news item", "la nouvelle").
ITEM_NAMING_LINES = 2  # an item's headline and its lead say what it is about
SIDE_JOINS = frozenset("and or et ou versus vs".split())  # the word between two things set side by side
NEWS_KINDS = frozenset("news post story announcement release blog newsletter nouvelle nouvelles annonce billet communique "
                       "infolettre chronique tribute hommage interview entrevue entretien obituary".split())


def source_words(question: str) -> set[str]:
    """The lemmas of the clause a question opens with to say where to read, English and French."""
    where = source_clause(question)
    if not where:
        return set()
    return ({lemma(w) for w in words(where.group(0))} | {lemma_fr_twice(w) for w in words(where.group(0))}) - stopwords()


def quoted_item_words(question: str) -> list[str]:
    """The folded content words a question quotes when it names a news item by them ("the news
    item 'bags packed'", "la nouvelle « valises bouclées »"); none when it names no news item."""
    if not NEWS_KINDS & set(words(fold(question))):
        return []
    quoted = " ".join(a or b for a, b in QUOTED.findall(question))
    return [w for w in dict.fromkeys(words(fold(quoted))) if w not in stopwords() and len(w) > 1]


def slug_holds(tokens: set[str], word: str) -> bool:
    """Whether an address's words hold a word, its lemma, or the word fused with an elided French
    article ("licml" in "pour-licml", from "pour l'ICML")."""
    return any(t == word or t in {"l" + word, "d" + word, "qu" + word} or lemma(t) == lemma(word)
               or lemma_fr(t) == lemma_fr(word) for t in tokens)


# A line that is only a date: "15/03/2022", "2022-03-15", "11 Nov 2021", "March 15, 2022", "15 mars 2022".
DATE_LINE = re.compile(r"^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
                       r"\d{1,2}(?:er)? [^\W\d_]+\.? (?:19|20)\d\d|[^\W\d_]+\.? \d{1,2},? (?:19|20)\d\d)\s*$")
# A press release's opening dateline, "HALIFAX, March 3, 2022 – …": the date of the whole item.
DATELINE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w\-'’. ]{1,40},\s*)?(?:[^\W\d_]+\.? \d{1,2},? (?:19|20)\d\d|"
                      r"\d{1,2}(?:er)? [^\W\d_]+\.? (?:19|20)\d\d)\s*[-–—]")
ASKS_YEAR = re.compile(r"\b(?:what|which) year\b|\bquelle annee\b")  # (folded)
HEADING_WORDS = 8  # a list's heading is a short line with no full stop ("Opening Remarks")
HEADLINE_WORDS = 16  # a news item's title: a line this short with no full stop
# "who are all the …", "everyone who …", "what other prizes …", « quelles autres distinctions … »
SEVERAL = re.compile(r"\b(?:all|every\w*|tous|toutes|(?:what|which) other|(?:quels|quelles) autres)\b")
LIST_ITEM = re.compile(r"^\s*(?:[-•*·–]\s|(?:\S+\s+){0,3}\S+\s*:\s)")  # "- Jane Doe, …", "1st place: …"
YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_BONUS = 0.25  # a page sentence giving a year the question asks about (a filter on prose, as on papers)
FIGURE_BONUS = 0.05  # a page sentence giving a number, when a figure is asked (a tie-breaker, not a pass)
PERSON_BONUS = 0.1  # a page sentence naming a person the question does not, when a person is asked (who …?)
# Asked who is quoted: a quotation someone signs or is named in answers before the lines around it
# (a headline, the item's opening), however close their words are to the question's.
QUOTATION_BONUS = 1.0
NAMED_VENUE = re.compile(r"\b[A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]*['’]?\s?(?:19|20)\d\d\b")  # "ICML 2024", "NeurIPS 2023", "WiML 2023"
EARLIER = re.compile(r"\b(?:previously|before|prior|earlier|formerly|then|until|after (?:his|her|their)|"
                     r"after (?:spending|working|serving|holding|several|many|years)|(?:returned|came back|moved back) to|"
                     r"auparavant|precedemment|précédemment|avant|ancien|ancienne|apres (?:son|sa)|après (?:son|sa)|"
                     r"apr[eè]s avoir (?:pass[eé]|travaill[eé]|occup[eé])|(?:revenue?|rentr[eé]e?|retourn[eé]e?) [aà])\b|"
                     r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b|"
                     r"\b(?:worked|held|spent|served) (?:at|for|with|as|in)\b|\b(?:ai|a|avait|avoir) (?:travaillé|travaille|occupé|passé)\b",
                     re.I)  # a sentence about an earlier time (or a post held then: "I worked at X", "j'ai travaillé chez X")
FORMER = re.compile(r"\bformer\b", re.I)  # ("a former postdoc"; on a French page, « former » is to train)


def about_earlier_time(value: Sourced) -> bool:
    return bool(EARLIER.search(value.value)) or not (value.sources and value.sources[0].lang == "fr") \
        and bool(FORMER.search(value.value))


BACKWARD = re.compile(r"^\W*(?:before (?:that|this|then)|prior to (?:that|this)|previously|earlier|avant (?:cela|ça|ca)|auparavant|"
                      r"pr[ée]c[ée]demment)\b", re.I)  # a sentence going back in time from the one before it
JOINED = re.compile(r"\b(?:joined|joining|moved to|came to|rejoindre|se joindre a|entrer a|arriver a)\s+"
                    r"(?:l['’]|la |le |les |the )?([^,?;.]+)", re.I)  # the place a "before he joined X" question names
FACT_SENTENCES = 3  # the abstract sentences quoted for a fact asked of a paper
KIND_BONUS = 0.5  # a sentence writing the kind of thing a fact question asks for (as much as a full lexical match)
FINDING_BONUS = 0.5  # a sentence stating a result, for an ask of what was found (as much as a full lexical match)
PRIOR_WORK_PENALTY = 0.25  # a sentence on others' work, for an ask of the paper's own (half a full lexical match)
ASKS_FINDING = re.compile(r"\b(?:find|found|findings?|show|showed|shown|conclude|concluded|conclusions?|observe|observed|"
                          r"discover|discovered|results?|learn|learned|trouve|trouvent|montre|montrent|conclu|resultats?)\b")
# "What is the project for?", "its goal", « à quoi sert-il ? », « dans quel but ? » (flattened, either language).
ASKS_PURPOSE = re.compile(r"\b(?:what (?:is|are|was|were|s) (?:it|they|this|that|the .{1,60}?) (?:meant )?for(?: exactly| really)?(?=\s*$)|"
                          r"what for|purposes?|goals?|aims?|objectives?|(?:a|pour) quoi (?:sert|servent|servira|serviront)|"
                          r"(?:sert|servent|servira|serviront)(?: il| elle| ils| elles)? a quoi|dans quel but|"
                          r"(?:le|un|son|leur|quel|les|ses|leurs|quels) buts?|objectifs?|"
                          r"finalites?|vocation)\b")
# "What downside does it point out?", « quelle limite ? »: a sentence stating a drawback answers.
ASKS_DRAWBACK = re.compile(r"\b(?:downsides?|drawbacks?|limitations?|weakness|weaknesses|shortcomings?|disadvantages?|pitfalls?|"
                           r"caveats?|trade ?offs?|price to pay|inconvenients?|limites?|faiblesses?|defauts?|desavantages?|ecueils?|"
                           r"contreparties?|prix a payer)\b")
ASKS_CLAIM = re.compile(r"\b(?:propose|proposes|proposed|suggest|suggests|suggested|introduce|introduces|introduced|"
                        r"fix|remedy|solution|proposent|proposee|introduit|introduisent|suggerent|remedier|remede)\b")
# "What are the fast vs the slow ones for?" (a flattened ask): two things set side by side, the
# word before the "vs" and the word after it; each side is answered by a sentence of its own.
CONTRASTED = re.compile(r"\b(?:(?:the|a|an|les|la|le|l|des) )?([^\W\d_][\w\-]*) (?:vs|versus) (?:(?:the|a|an|les|la|le|l|des) )?([^\W\d_][\w\-]*)\b")
# "Is it defined?", « comment la définissent-ils ? », "its definition" (a flattened ask).
ASKS_DEFINITION = re.compile(r"\b(?:define|defines|defined|definition|definitions|definit|definissent|defini|definie|definis)\b")
# "How did they verify that X?", "comment ont-ils testé X ?": asked how a claim was put to the test, the
# sentence that tests it answers, not the one stating the claim (a flattened ask, either language).
ASKS_TEST = re.compile(r"\b(?:how|in what way|by what means|comment|de quelle (?:maniere|facon))\b.{0,60}?\b(?:test|tested|testing|verify|"
                       r"verified|check|checked|validate|validated|confirm|confirmed|assess|assessed|evaluate|evaluated|"
                       r"establish|established|demonstrate|demonstrated|prove|proved|proven|(?:test|verifi|valid|confirm|"
                       r"evalu|demontr|prouv)\w*)\b")
# A quotation: words between quotation marks, five or more of them (not a quoted name or title).
QUOTATION = re.compile(r"[«“\"]\s*[^«»“”\"\s]+(?:\s+[^«»“”\"\s]+){4,}\s*[»”\"]")
# "What email should I write to?", "son courriel ?": asked for an address, a sentence giving one answers.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# (a flattened ask; "how many of her prizes", « combien de ses prix »: the noun after the determiner)
COUNTED = re.compile(r"\b(?:how many(?: of)?|number of|combien de|combien d|nombre de)"
                     r"(?: (?:the|his|her|their|its|these|those|ses|leurs|ces|les))? ([^\W\d_][\w\-]*)")


def counted_nouns(question: Question) -> list[str]:
    """What each "how many" of a question counts, read past a person's name ("how many of Jane
    Roe's awards" counts awards)."""
    flat = flatten(question.text)
    if names := names_alternation(question):
        flat = re.sub(rf"\b(?:{names})(?: (?:{names}))*(?:['’]?s)?\b ?", "", flat)
    return COUNTED.findall(flat)


FACT_PART_MEANING = 0.25  # a sentence holding an asked word's share and this close in meaning answers one part
PART_HELD = 0.5  # or one holding more than this rarity-weighted share of the part's content words


@lru_cache(maxsize=1)
def library_format() -> str:
    """A fingerprint of the code and vocabularies a saved library was built with: a saved library is
    only reused by the same code (a changed tokenizer or lexicon builds it anew)."""
    import hashlib

    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *(package / "lexicon").rglob("*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class PapersById(Mapping):
    """Papers by id over the papers by row (a saved library's are built when read)."""

    def __init__(self, records: Sequence[Paper], row: dict[str, int]) -> None:
        self._records, self._row = records, row

    def __getitem__(self, paper_id: str) -> Paper:
        return self._records[self._row[paper_id]]

    def __contains__(self, paper_id: object) -> bool:
        return paper_id in self._row

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


@dataclass
class Hit:
    paper: Paper
    similarity: float  # cosine(topic, paper); 1.0 where no topic was searched
    evidence: list[str] = field(default_factory=list)


@dataclass
class Fact:
    """A value from a researcher's page (a role, an affiliation line, a biography sentence …)."""

    researcher: str
    field: str
    value: Sourced
    score: float = 0.0


@dataclass
class Found:
    hits: list[Hit] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)  # profile facts that answer the question, best first
    near: list[Hit] = field(default_factory=list)  # close papers not cited offline, for the LLM's context
    checked: list[Profile] = field(default_factory=list)  # the named researchers' profiles a which-of question read
    parts: list[tuple[Question, Found]] = field(default_factory=list)  # each ask of a question asking several kinds

    @classmethod
    def of_asks(cls, parts: list[tuple[Question, Found]]) -> Found:
        """What a several-kind question found: each ask's records, and all of them together (the LLM's context)."""
        found = cls(parts=parts)
        for _, part in parts:
            found.hits += [h for h in part.hits if all(h.paper.paper_id != g.paper.paper_id for g in found.hits)]
            found.profiles += [p for p in part.profiles if p not in found.profiles]
            found.facts += [f for f in part.facts if f not in found.facts]
            found.near += [h for h in part.near if h not in found.near]
        return found


class Library:
    """All records in memory, with the lookups built once at load time: papers by researcher, co-author,
    word (the BM25 index's postings), year and venue, and the papers' vectors as one matrix. A question
    costs what its pool costs: nothing per query is rebuilt or scanned over the whole catalog unless the
    question's pool is the whole catalog."""

    def __init__(self, papers: list[Paper], profiles: list[Profile], vectors_of: Callable[[list[str]], dict],
                 embedder, min_similarity: float) -> None:
        self.all = list(papers)
        self.papers = {p.paper_id: p for p in papers}
        self.order = [p.paper_id for p in papers]
        self.row = {pid: i for i, pid in enumerate(self.order)}
        self.profiles = {p.researcher: p for p in profiles if not p.unowned}
        self.unowned = {p.researcher: p for p in profiles if p.unowned}  # pages about no researcher here
        for paper in papers:  # a researcher with papers but no readable profile still has one
            for name in paper.researchers:
                self.profiles.setdefault(name, Profile(researcher=name, pages=[
                    s for s in paper.sources if s.researcher == name][:1]))
        self.by_researcher: dict[str, list[str]] = {}
        self.by_author: dict[str, list[str]] = {}
        # A co-author printed on another researcher's page who is a researcher here ("Jackie Ck
        # Cheung" for Jackie Cheung: same first and last name) counts as that researcher's paper.
        known = self.researcher_keys
        listed: dict[str, set[str]] = {}
        for paper in papers:
            for name in paper.researchers:
                self.by_researcher.setdefault(name, []).append(paper.paper_id)
                listed.setdefault(name, set()).add(paper.paper_id)
            for name in paper.authors:
                self.by_author.setdefault(name, []).append(paper.paper_id)
                researcher = known.get(name_key(name))
                if researcher and paper.paper_id not in listed.get(researcher, ()):
                    self.by_researcher.setdefault(researcher, []).append(paper.paper_id)
                    listed.setdefault(researcher, set()).add(paper.paper_id)
        self.directory = Directory.build(papers, list(self.profiles.values()), list(self.unowned.values()))
        self.vectors_of = vectors_of  # paper ids → their stored vectors
        self.embedder = embedder
        self.min_similarity = min_similarity
        # Years as two flat arrays (row, year): a period filter over any pool is one vectorised test.
        pairs = [(i, y) for i, p in enumerate(papers) for y in p.years]
        self._year_rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
        self._years = np.fromiter((y for _, y in pairs), dtype=np.int64, count=len(pairs))
        # One lemmatisation per paper feeds bm25s, whose index is kept as its two arrays: each word's
        # rows (its postings) and their BM25 scores, word after word; a word's span in them is its
        # lookup, and the span's length its document frequency (bm25s itself is not needed after this).
        self.df: dict[str, int] = {}
        self._postings: dict[str, tuple[int, int]] = {}  # word → its span in the two arrays
        self._posting_rows = np.zeros(0, dtype=np.int32)
        self._posting_scores = np.zeros(0, dtype=np.float32)
        self._paper_lemmas: list[set[str]] | None = None
        self._paper_names: dict[int, set[str]] = {}
        if papers:
            import bm25s

            tokens = [lemmas(p.embed_text) for p in papers]
            placeholder = any(not t for t in tokens) and not any("_" in t for t in tokens)
            bm25 = bm25s.BM25()
            bm25.index([t or ["_"] for t in tokens], show_progress=False)
            scores = bm25.scores
            sort_postings(scores)
            self._posting_rows, self._posting_scores = scores["indices"], scores["data"]
            indptr = scores["indptr"].tolist()
            for word, tid in bm25.vocab_dict.items():
                if word == "_" and placeholder or tid + 1 >= len(indptr):  # "_" stands in for no words;
                    continue  # bm25s also lists "" in its vocabulary without a column
                self._postings[word] = (indptr[tid], indptr[tid + 1])
                self.df[word] = indptr[tid + 1] - indptr[tid]
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._norms = np.zeros(0, dtype=np.float32)
        self._have = np.zeros(len(papers), dtype=bool)
        self._venue_rows: dict[str, np.ndarray] = {}
        self._fact_vectors: dict[str, np.ndarray] = {}
        self._prose_index: dict[str, list[str]] | None = None
        self._english_prose: set[str] | None = None
        self._figure_words: dict[str, set[str]] | None = None
        self._value_index: dict[str, set[str]] | None = None
        self._profile_values: dict[str, list[tuple[Sourced, set[str]]]] = {}
        self._sentences: OrderedDict[str, tuple[list[str], np.ndarray]] = OrderedDict()

    # Live handles and question-time caches: a saved library leaves them out; restore() and its caller set them.
    UNSAVED = ("vectors_of", "embedder", "min_similarity", "_sentences", "_fact_vectors")
    PACKED = ("profiles", "by_researcher", "by_author")  # per-name lookups a saved library builds value by value

    def save(self, path: Path) -> None:
        """Write the whole library (every paper's vector and the lookups) to one file, so that another
        process opens it without reading the store or rebuilding anything (:mod:`qa.packed`: records
        and per-name lookups are built when first read, arrays are mapped from the file)."""
        self.load_vectors()
        self.value_index()  # built here, at ingest, so that no question waits for them
        self.prose_index()
        self.figure_words()
        state = {key: value for key, value in self.__dict__.items() if key not in (*self.UNSAVED, "all", "papers")}
        state["all"] = PackedList.of(list(self.all), kept=packed.KEPT)
        for key in self.PACKED:
            state[key] = PackedDict.of(state[key])
        directory = self.directory
        state["directory"] = replace(directory, **{key: PackedDict.of(getattr(directory, key))
                                                   for key in directory.PACKED})
        packed.dump(state, path)

    @classmethod
    def restore(cls, path: Path, embedder, min_similarity: float) -> Library:
        """A library :meth:`save` wrote (the file is the app's own, in its data directory: pickle is
        trusted here as the store itself is); the caller sets ``vectors_of``."""
        state = packed.load(path)
        library = cls.__new__(cls)
        library.__dict__.update(state)
        library.papers = PapersById(library.all, library.row)
        library.embedder, library.min_similarity = embedder, min_similarity
        library._sentences, library._fact_vectors = OrderedDict(), {}
        return library

    @property
    def paper_lemmas(self) -> list[set[str]]:
        """Each paper's lemma set, by row (built on first use: the query path reads the postings)."""
        if self._paper_lemmas is None:
            sets: list[set[str]] = [set() for _ in self.order]
            for word in self._postings:
                for r in self.posting(word).tolist():
                    sets[r].add(word)
            self._paper_lemmas = sets
        return self._paper_lemmas

    def posting(self, word: str) -> np.ndarray:
        """Rows of the papers holding a lemma, ascending (a view into the BM25 index)."""
        start, end = self._postings[word]
        return self._posting_rows[start:end]

    def paper_names(self, row: int) -> set[str]:
        """Lemmas of the words a paper's abstract writes as names, and of those its title writes in
        capitals ("Mind the GAP!": a title capitalises every word, so only those say a name)
        (computed once per paper, when asked)."""
        names = self._paper_names.get(row)
        if names is None:
            paper = self.all[row]
            acronyms = {lemma(w) for w in re.findall(r"[^\W_]+", paper.title or "") if is_acronym(w)}
            names = self._paper_names[row] = written_as_names(paper.abstract or "") | acronyms
        return names

    # ---------------------------------------------------------------------------------------
    # Pools and filters

    def pool(self, question: Question) -> list[Paper]:
        """The papers the question allows, before any topic: its researchers' (combined as asked),
        its co-authors', its venue's and its period's."""
        return self.papers_at(self.pool_rows(question))

    def papers_at(self, rows: np.ndarray) -> list[Paper]:
        return self.all if len(rows) == len(self.all) else [self.all[r] for r in rows.tolist()]

    def rows_of(self, ids) -> np.ndarray:
        return np.asarray(sorted(self.row[pid] for pid in ids), dtype=np.int64)

    def pool_rows(self, question: Question) -> np.ndarray:
        """The pool as ascending rows (catalogue order)."""
        names = question.researchers
        if names:
            sets = [set(self.by_researcher.get(n, [])) for n in names]
            if question.combine in {"any", "people"} or question.intent in {Intent.COMPARE, Intent.WHO}:
                ids = set().union(*sets)
            elif question.combine == "first":
                ids = sets[0] - set().union(*sets[1:])
            elif question.combine == "pairs":
                ids = set().union(*(sets[0] & other for other in sets[1:]))
            else:
                ids = set.intersection(*sets)
            rows = self.rows_of(ids)
            flat = flatten(question.text)
            if cue("page_language", flat) and (langs := named_languages(question.text)):
                def listed(row: int, lang: str) -> bool:
                    return any(s.lang == lang and s.researcher in names for s in self.all[row].sources)
                if len(langs) == 1:
                    # "the papers on her English page": those its pages in that language list; "only
                    # on her English page": and not her French ones.
                    (lang,) = langs
                    other = "fr" if lang == "en" else "en"
                    only = cue("first_only", flat)
                    rows = np.asarray([r for r in rows.tolist() if listed(r, lang) and not (only and listed(r, other))],
                                      dtype=np.int64)
                elif cue("common", flat):  # "on both her English and French pages": those each language's pages list
                    rows = np.asarray([r for r in rows.tolist() if all(listed(r, lang) for lang in langs)], dtype=np.int64)
        else:
            rows = np.arange(len(self.all), dtype=np.int64)
            if question.on_site and (listed := self.site_listing(question)):
                rows = self.rows_of(listed)
        if coauthors_each(question):
            rows = np.intersect1d(rows, self.rows_of({p for a in question.coauthors for p in self.by_author.get(a, [])}))
        else:
            for author in question.coauthors:
                rows = np.intersect1d(rows, self.rows_of(self.by_author.get(author, [])))
        if question.venue:
            rows = rows[np.isin(rows, self.venue_rows(question.venue))]
        if question.period.filters:
            since, until = question.period.since, question.period.until
            inside = np.ones(len(self._years), dtype=bool)
            if since is not None:
                inside &= self._years >= since
            if until is not None:
                inside &= self._years <= until
            rows = rows[np.isin(rows, self._year_rows[inside])]
        return rows

    @cached_property
    def site_listings(self) -> dict[str, list[str]]:
        """Each page of no researcher that lists papers (a home page's "Latest Publications", a
        publications listing), by address → the papers it lists, in its order (built once)."""
        listed: dict[str, list[tuple[int, str]]] = {}
        for paper in self.all:
            for source in paper.sources:
                if source.researcher is None and source.url and not source.headline:
                    listed.setdefault(source.url, []).append((source.line or 0, paper.paper_id))
        return {url: [pid for _, pid in sorted(set(rows))] for url, rows in listed.items()}

    @cached_property
    def site_words(self) -> dict[str, set[str]]:
        """Each listing site page's address → the lemmas its own lines write and its address's words
        (built once; a line two copies share is one value, given by both)."""
        written = {url: set(address_words(url)) for url in self.site_listings}
        for page in self.unowned.values():
            for value in page.news:
                for url in {s.url for s in value.sources} & written.keys():
                    written[url] |= set(lemmas(value.value))
        return written

    def site_listing(self, question: Question) -> list[str]:
        """The papers the site page a question reads lists, in its order: of several such pages (two
        copies of the home page), the one whose own lines write most of the question's words and
        figures ("the version that says over 130 professors"), and its address ("the home page"); of
        pages writing as many, all of them."""
        if len(self.site_listings) <= 1:
            return next(iter(self.site_listings.values()), [])
        typed = set(lemmas(question.text))
        asked = typed - stopwords() | typed & HOME_PAGE_WORDS  # ("homepage" is a question word elsewhere)
        scores = {url: len(asked & words_) for url, words_ in self.site_words.items()}
        best = max(scores.values())
        chosen = [url for url, score in scores.items() if score == best]
        return list(dict.fromkeys(pid for url in (chosen if best else self.site_listings) for pid in self.site_listings[url]))

    def venue_rows(self, key: str) -> np.ndarray:
        """Rows of the papers at the venue a question names (one pass per venue named, then kept)."""
        rows = self._venue_rows.get(key)
        if rows is None:
            rows = self._venue_rows[key] = np.asarray(
                [i for i, p in enumerate(self.all) if any(names_venue(key, v.value) for v in p.venues)], dtype=np.int64)
        return rows

    # ---------------------------------------------------------------------------------------
    # Search

    @cached_property
    def researcher_keys(self) -> dict[str, str]:
        """Each researcher by first and last name, folded ("jackie cheung"), as a co-author line
        prints them ("Jackie Ck Cheung")."""
        return {name_key(name): name for name in self.profiles}

    @cached_property
    def vocabulary(self) -> list[str]:
        """The papers' lemmas in alphabetical order, for finding the words a prefix begins."""
        return sorted(self.df)

    def initials_spelled(self, text: str, profiles: list[Profile]) -> str:
        """A text with each word that no paper holds and that is no dictionary word followed by the
        name it abbreviates, when the named researchers' pages print one whose initials spell it
        ("udem" → "udem universite de montreal")."""
        prose = " ".join(v.value for p in profiles for v in p.affiliations + p.roles + p.biography + p.news)
        out = []
        for word in text.split():
            out.append(word)
            if prose and word not in self.df and not known_word(word) and (name := spelled_by_initials(word, prose)):
                out += lemmas(name)
        return " ".join(out)

    def acronyms_spelled(self, question: Question, profiles: list[Profile]) -> None:
        """Each acronym the question types (in the plural too: "the IITs") is read beside the name it
        stands for, in the question's text, terms and topic. Where no page value or paper holds it,
        the name is the one the pages print whose initials spell it ("Indian Institute of
        Technology"): the named researchers' pages, or with no one named, every page ("which of
        them studied at an IIT?"). Where a page writes it and who holds it is asked, the name is
        the one a page defines it by in brackets, read as another way to write it (in its text and
        terms, not its topic). (Not a kind of page the question says to read: "according
        to the FAQ".)"""
        for term in [t for t in question.terms if is_acronym(unpossessed(t).removesuffix("s"))]:
            acronym = unpossessed(term).removesuffix("s")  # ("UdeM's DIRO": UdeM)
            if any(w in SOURCE_KINDS.split() for w in (fold(acronym), fold(term))):
                continue
            written = any(w in self.df or w in self.value_index() for w in (fold(acronym), fold(term)))
            if written:
                # Asked who holds it, read beside the name a page defines it by ("… Ocean Science and
                # Fisheries (DOSF)"), as a page that prints only the name holds it too. (Of other
                # asks, the sentences writing the acronym answer.)
                name = bracket_defined(acronym, self.printed_values) if question.intent == Intent.WHO else None
            else:
                # (Of named researchers, their listed topics too, each apart: "Natural Language Processing".)
                printed = ". ".join(v.value for p in profiles for v in p.affiliations + p.roles + p.topics + p.biography + p.news) \
                    if profiles else self.printed_values
                name = spelled_by_initials(acronym, printed)
            if name is None:
                continue
            question.text = re.sub(rf"\b{re.escape(term)}\b", f"{term} ({name})", question.text)
            question.terms = [w for t in question.terms for w in ([t, *name.split()] if t == term else [t])]
            if not written:
                # (In the topic the name stands for it: no text holds the acronym itself.)
                question.topic = " ".join(w for t in question.topic.split()
                                          for w in (lemmas(name) if t in {fold(term), lemma(fold(term))} else [t]))

    @cached_property
    def printed_values(self) -> str:
        """Every profile's roles, positions and prose, as one text (read for the names acronyms spell)."""
        return " ".join(v.value for p in self.profiles.values() for v in p.affiliations + p.roles + p.biography + p.news)

    @cached_property
    def derivations(self) -> dict[str, list[str]]:
        """The papers' lemmas by their Snowball stem ("explor" → exploration, exploratory)."""
        found: dict[str, list[str]] = {}
        for word, stem in zip(self.vocabulary, english_stemmer().stemWords(self.vocabulary)):
            found.setdefault(stem, []).append(word)
        return found

    def papers_word(self, word: str) -> str | None:
        """The papers' word for a topic lemma: itself when a paper holds it; else the adjective of its
        Snowball stem the papers write that it names as a quality ("causality", kept as typed because
        a page lists it as a topic, is written "causal" in the abstracts; "responsible" is not
        "response", nor "explainability" the verb "explain"); else None."""
        if word in self.df:
            return word
        family = [w for w in self.derivations.get(english_stemmer().stemWord(word), [])
                  if len(w) >= ABBREVIATION_MIN and word in {w + suffix for suffix in QUALITY_SUFFIXES}]
        return max(family, key=lambda w: self.df[w]) if family else None

    def spelled_out(self, text: str, prose: bool = False) -> str:
        """A text with each word that no paper holds, but that begins words papers hold, written as
        the most common of them: a user's abbreviation of the papers' word ("params" → "parameter"),
        or a clipped word's whole word when no page writes it ("profs" → "professors"), and a whole
        word no page writes as its clipped form when a page writes that ("laboratory" → "lab");
        and a dictionary word no paper holds as the papers' most common word of its stem ("explore"
        → "exploration"). Words the papers or a page hold are kept as typed: "reinforce" never
        becomes "reinforcement". ``prose``: words a page sentence holds are kept too (what is
        counted is looked for beside a figure in page sentences: "1,200 researchers")."""
        def spell(match: re.Match) -> str:
            stem = lemma(match.group(0))
            if stem in self.df or fold(match.group(0)) in self.df or prose and stem in self.prose_index() \
                    or stem in self.value_index():  # (a word a page prints: "Causality" among the topics)
                return match.group(0)
            if (whole := clipped_words().get(fold(match.group(0)))) and stem not in self.prose_index():
                return whole  # a clipped word no page writes: its whole word ("profs" → "professors", "lab")
            if len(stem) < ABBREVIATION_MIN:
                return match.group(0)
            if stem not in self.prose_index() and (clipped := clipped_form(stem)) in self.prose_index():
                return clipped  # a whole word no page writes, of a clipped one a page does ("laboratory" → "lab")
            if known_word(match.group(0)):  # "extra" is a word, not the start of "extrapolation"
                if stem in self.english_prose():  # (an English page writes it: "admission" is not the papers' "admissible")
                    return match.group(0)
                family = self.derivations.get(english_stemmer().stemWord(stem), [])
                return max(family, key=lambda w: self.df[w]) if family else match.group(0)
            for start in (stem, stem[:-1] if stem.endswith("s") else ""):  # a plural the lemmatiser does not know
                begun = self.vocabulary[bisect_left(self.vocabulary, start):bisect_left(self.vocabulary, start + "\uffff")]
                if len(start) >= ABBREVIATION_MIN and begun:
                    return max(begun, key=lambda w: self.df[w])
            return match.group(0)
        return re.sub(r"[^\W\d_]+", spell, text)

    def search(self, question: Question, top_k: int) -> Found:
        question.topic = self.spelled_out(question.topic)
        if question.lang == "fr":
            question.topic = self.cognates_spelled(question.topic)
        question.quantity = question.quantity and self.spelled_out(question.quantity, prose=True)
        if question.lang == "en":  # a French question's typed words are French; its topic is English
            question.terms = [self.spelled_out(t) for t in question.terms]
        if question.on_site and question.asks_papers:
            # "The papers on the home page": the site page named says where they are listed, not what
            # they are about (of a page's sentences, its words find the page).
            named = {w for match in cues()["site_listing"].finditer(flatten(question.text)) for w in match.group(0).split()}
            question.topic = " ".join(w for w in question.topic.split() if w not in named)
            question.terms = [t for t in question.terms if fold(t) not in named]
        profiles = [self.profiles[n] for n in question.researchers if n in self.profiles]
        self.acronyms_spelled(question, profiles)
        if question.venue and not question.asks_papers and cue("news", flatten(question.text)):
            # "Which city hosts the NeurIPS that the news post covers?": the venue is something the
            # item writes, not a filter on papers.
            question.topic = f"{question.topic} {question.venue}".strip()
            question.terms = [*question.terms, question.venue]
            question.venue = None
        if question.candidates and not question.researchers and not question.unknown_person:
            return self.search_candidates(question, top_k)
        if question.intent == Intent.MENTIONS:
            return self.mentions(question)
        if question.unknown_person:
            # Someone no page profiles may still be what a news item is about (their award): the news
            # items writing their whole name answer, when they say what is asked. (Another
            # researcher's biography naming them, "his PhD under X", says nothing of X's own.)
            index = self.prose_index()
            # A name typed with a slip ("Quin" for "Quinn") is the pages' nearest spelling.
            name = [w if w in index else self.nearest_written(w) for w in map(lemma, words(question.unknown_person))]
            writers = set.intersection(*(set(index.get(w, ())) for w in name)) if name else set()
            news = [self.unowned[n] for n in sorted(writers) if n in self.unowned]
            news += items_naming([self.profiles[n] for n in sorted(writers) if n in self.profiles],
                                 question.unknown_person, {p.urls[0] for p in news if p.urls})
            # (Their publications, or what their own profile lists, no news item gives; how many papers
            # they had at a conference, it may.)
            # ("Has he written for Mila?" of someone who signs a column may be answered by the column.)
            # (Papers at a conference a news item may count: "who had more papers at ICML, A or B?".)
            asks_own = question.on_pages or question.asks_papers and question.intent in {Intent.PAPERS, Intent.LIST} \
                and bool(set(flatten(question.text).split()) & PAPER_WORDS) and not question.venue
            facts = self.page_facts(question, news, relevant_only=True) if news and not asks_own else []
            if facts:
                question.news_person, question.unknown_person = question.unknown_person, None
                return answered_by_pages(question, Found(), facts, news)
            # (Their topics or roles only their own page lists, whoever else's page writes their name.)
            own_field = question.attribute in LISTED_FIELDS and question.intent != Intent.WHO
            if (not question.unknown_written or own_field) and (asks_own or not news or own_field):
                return Found(profiles=profiles)
            # No sentence about them says what is asked, but pages write the name ("who worked with X?",
            # "did X write for Mila or only get quoted?"): words to find. (Not their roles or topics:
            # only their own page lists those.)
            question.mentioned, question.unknown_person = question.unknown_person, None
        question.topic = self.initials_spelled(question.topic, profiles)
        found = Found(profiles=profiles)
        if named_item := self.item_named(question):
            # "The news item 'bags packed' talks about ICML: where was it held?": the item named is
            # read, not the papers on what it speaks of.
            if item_found := self.item_found(question, *named_item):
                return item_found
        if question.intent == Intent.PROFILE:
            found.facts = self.page_facts(question, profiles)
            if question.open_field and not any(p.topics or p.biography for p in profiles):
                # "What does she work on?" of a page with no topics or biography: her papers say.
                found.hits = [Hit(p, 1.0) for p in self.pool(question)]
                show_gists(found.hits)
            return found
        if question.intent == Intent.COUNT and question.counted in LISTED_FIELDS:
            # "How many students does she have?": her pages' list, counted, whatever her biography says;
            # with no such list, a sentence may give the figure ("Seven students are in her group").
            listing = "student_programmes" if question.counted == "students" else question.counted
            if counted_in_other_thing(question, profiles):
                question.intent, question.counted = Intent.FACT, None
            elif any(getattr(p, listing) for p in profiles):
                return found
            if question.counted == "students":
                question.intent, question.counted = Intent.FACT, None
        if question.intent == Intent.COMPARE and question.attribute == "students" \
                and sum(bool(p.student_programmes) for p in profiles) > 1:
            return found  # "A or B: whose list holds the most doctoral students?": their lists, counted side by side
        if question.intent == Intent.COMPARE and question.attribute in {"roles", "affiliations", "topics"} \
                and len(profiles) > 1:
            # The named researchers' asked field, side by side, whatever else the words say; a second
            # ask ("…, and which lab does each direct?") or a thing every one's biography writes
            # ("their roles at IVADO") is answered by their pages' sentences.
            if len(question.parts) > 1 or question.topic and all(
                    biography_writes(p, content_lemmas(question.topic), self.profile_values(p)) for p in profiles):
                found.facts = in_question_language(
                    question, self._page_facts(question, profiles, relevant_only=True, fields=("biography", "news")))
            for profile in profiles:
                # (Their biography of the pages in the question's language, when there are: they speak for the person.)
                own = [v for v in profile.biography if any(s.lang == question.lang for s in v.sources)] or profile.biography
                told = [Fact(profile.researcher, "biography", v) for v in own]
                if question.attribute == "topics" and not LISTED_TOPICS.search(flatten(question.text)):
                    # "How do their research interests differ?": beside the terse listed topics, each
                    # one's biography sentence stating what their research is about (not when the list
                    # is what is asked: "which topics do they share?", "who lists more?").
                    stated = next((f for f in told if states_interest(f)), None)
                    if stated and all(f.value is not stated.value for f in found.facts):
                        found.facts.append(stated)
                elif question.attribute in {"roles", "affiliations"}:  # ("who ranks higher at the university now?")
                    quoted = {id(f.value) for f in found.facts}
                    listed = [Fact(profile.researcher, name, v) for name in ("roles", "affiliations") for v in getattr(profile, name)]
                    found.facts += other_posts(told, listed, [profile], quoted, HOLDS_TITLE_NOW)
            return found
        rows = self.pool_rows(question)
        if question.intent == Intent.WHO:
            everyone = profiles or list(self.profiles.values())
            found.profiles = self.profiles_on(question, everyone)
            if found.profiles and not profiles and not cue("of_profiles", flatten(question.text)):
                # Of everyone: people only news items name hold it too (a who-question asked of
                # nothing any page holds is read from the pages' sentences below). Not when asked of
                # the profiles: « dans ces fiches » counts the researchers profiled.
                found.profiles += self.people_in_items(question)
            found.checked = profiles
            if not found.profiles and profiles and question.attribute:
                # "Which of A, B are core rather than affiliate members?": no value holds the words
                # as asked, so each named researcher's asked field is shown for the reader to judge.
                question.intent = Intent.PROFILE
                found.profiles = profiles
                found.facts = self.page_facts(question, profiles)
                return found
            if question.attribute is None:  # "who works on X": their papers count too; a role or a place is a page's
                everything = np.arange(len(self.all), dtype=np.int64)
                found.hits = self.topic_hits(question, rows if profiles else everything, top_k)
                if found.profiles:
                    # A page writing every asked word answers; a paper then answers beside it only when
                    # it writes them too (a paper near in meaning on "reinforcement learning" says
                    # nothing of "the curse of horizon in reinforcement learning").
                    options = asked_words(question)
                    found.hits = [h for h in found.hits if any(
                        o <= set(lemmas(f"{h.paper.title or ''} {h.paper.abstract or ''}")) for o in options)]
            items_named = bool(profiles) and not NEWS_KINDS.isdisjoint(lemmas(question.text))
            if not found.profiles and not found.hits and (not profiles or items_named):
                # "Who judged the robot contest?": no page value or paper holds
                # it, but a page's sentence may say who did (a news item naming them). ("X's blog
                # post says someone built the first prototype: who?": the items filed under X.)
                saying = profiles or self.profiles_saying(question)
                facts = self.page_facts(question, saying, relevant_only=True) if saying else []
                if items_named:
                    facts = [f for f in facts if f.field == "news"]
                if facts:
                    return answered_by_pages(question, found, facts, saying)
            return found
        pool = self.papers_at(rows)
        if question.titled and not self.writes_phrase(question.titled, rows):
            return found  # "her Sparse Kelp Networks paper": no paper of hers writes that name
        question.titled = None
        named = [self.papers[pid] for pid in question.papers]
        listed_whole = False  # every paper of the pool, none found by the topic
        if not named and question.coauthors and len(pool) == 1 and asks_one_paper(question.text):
            # "that paper with A and B": the one paper they share is the paper meant, whatever is asked of it.
            named, question.papers = list(pool), [pool[0].paper_id]
        if len(named) == 1 and question.topic and question.two_papers:
            # "both papers: X and the one on Y": the other is the closest paper to the rest of the
            # question, if it passes the relevance bar.
            other = next((h.paper for h in self.topic_hits(question, rows, 2) if h.paper.paper_id != named[0].paper_id), None)
            if other is not None:
                named.append(other)
                question.papers = [*question.papers, other.paper_id]
        if named:
            hits = [Hit(p, 1.0) for p in named]
        elif question.topic and question.in_title:
            # "papers with X in the title": every pool paper whose title holds each word as typed
            # ("Q-learning" as a phrase, not "learning" alone), inflections aside.
            asked = [singular_words(term) for term in question.terms or [question.topic]]
            hits = [Hit(p, 1.0) for p in pool
                    if p.title and all(a in singular_words(p.title) for a in asked)]
        elif question.topic:
            whole = question.intent in {Intent.LIST, Intent.COUNT, Intent.COMPARE, Intent.COMMON}
            hits = self.topic_hits(question, rows, len(rows) if whole else top_k, found.near)
            if question.intent in {Intent.VENUE, Intent.DATE} and (title := typed_title(question.text)) \
                    and not any(title <= set(lemmas(h.paper.title or "")) for h in hits):
                # "Where did Sea Ice Forecasting with Graph Models appear?": a work named by its title
                # is none of the papers that do not write it (a news item may say where it appeared).
                hits = []
            if not hits and not (question.asks_person and not question.asks_papers) and (
                    question.venue or question.intent in {Intent.LIST, Intent.COUNT}
                    and (question.researchers or question.coauthors)):
                # "Which papers appeared at ICML?", "list X's papers": leftover words are no topic.
                hits = [Hit(p, 1.0) for p in pool]
                listed_whole = True
        else:
            # "Which of X's papers have a date?": over a whole pool, the papers that have the field.
            field_name = {Intent.DATE: "dates", Intent.VENUE: "venues"}.get(question.intent)
            having = [p for p in pool if field_name and getattr(p, field_name)]
            hits = [Hit(p, 1.0) for p in having or pool]
            # (A fact asked of no one and of nothing named, "how many professors does Mila have?", no
            # paper is closer to than a page sentence.)
            listed_whole = question.intent == Intent.FACT and not profiles
            if question.intent == Intent.LIST and not question.asks_papers and not (
                    question.researchers or question.coauthors or question.venue or question.period.filters):
                # "Which other ones are there? Give the full list.": a list of nothing the question
                # names, of no one's, is no list of every paper.
                hits = []
        if question.intent == Intent.COMMON and question.combine == "shared":
            # "Which paper do two researchers' pages both list?": those more than one researcher's own pages print.
            hits = [h for h in hits if len(set(h.paper.researchers)) > 1]
        if question.on_pages and question.researchers and not named:
            # "the papers on her profile": those her own pages print, not those that name her as a co-author
            # ("the paper on both A's and B's pages": those each one's pages print).
            hits = printed_by(hits, question.researchers, every=question.intent == Intent.COMMON and question.combine == "all") or hits
        if question.on_site and not profiles and (order := self.site_listing(question)) and {h.paper.paper_id for h in hits} <= set(order):
            # A site page's papers in its order: "the first shown" is the first it lists.
            place = {pid: at for at, pid in enumerate(order)}
            hits.sort(key=lambda h: place[h.paper.paper_id])
            if question.period.earliest:
                hits = hits[:1]
        elif question.period.latest or question.period.earliest or question.intent == Intent.LIST:
            hits.sort(key=lambda h: h.paper.latest_date or "0", reverse=not question.period.earliest)
            if question.period.latest or question.period.earliest:
                hits = hits[:1]
        if not hits and question.intent == Intent.COAUTHORS and profiles and question.topic and not named:
            # "X wrote with an associate director: who is that?": X's co-authors
            # whose own pages hold it as a role or a position, with the papers they share.
            holders = self.coauthors_holding(question, pool)
            if holders:
                question.asked, question.intent = question.intent, Intent.WHO
                found.profiles = holders
                shared = {pid for p in holders for pid in self.by_researcher.get(p.researcher, [])}
                found.hits = [Hit(p, 1.0) for p in pool if p.paper_id in shared]
                return found
        counts_papers = question.intent == Intent.COUNT and question.counted in {"papers", "coauthors"} \
            or question.intent == Intent.FACT and bool(question.quantity) and question.asks_papers
        if counts_papers and not profiles and not named and not question.venue and question.topic:
            # "How many peer-reviewed papers did Mila's researchers publish in 2021-22?": of all Mila,
            # the pages index only some papers; a page sentence giving the figure answers.
            saying_pages = self.profiles_saying(question)
            figures = [f for f in self.page_facts(question, saying_pages, relevant_only=True)
                       if has_figure(undotted(f.value.value), years=False)]
            if figures:
                question.quantity = question.quantity or question.topic
                return answered_by_pages(question, found, figures, saying_pages)
        # (A figure asked of nothing but what is counted, "how many professors does Mila have?", asks it of the pages.)
        saying = not profiles and not named and bool(question.topic or question.quantity) and (not question.asks_papers or not hits)
        if saying:
            # Nobody named and no paper asked for: a page may say it ("who was appointed …?", "how
            # many took part in the summer school?"); its sentence answers if closer than any paper.
            # (So may it when no paper answers an "article" asked for: a news article is one too.)
            profiles = self.profiles_saying(question)
            found.profiles = profiles
        # What someone published is never answered from their page; anything else may be.
        # A paper's venue and date are fields of its record, never of a page (whom someone wrote a book
        # with, a page may say).
        # (Where and when, of researchers with no paper here at all, only a page can say: a news item
        # about their thesis.)
        about_work = question.asks_papers and question.intent in {
            Intent.PAPERS, Intent.LIST, Intent.COUNT, Intent.VENUE, Intent.DATE} \
            and not (not pool and question.intent in {Intent.VENUE, Intent.DATE})
        # (Where or when a paper no record holds appeared, a biography citing it may say: "… (Roe,
        # « X », Neural Computation, 2011)".)
        cited_in_prose = not hits and question.intent in {Intent.VENUE, Intent.DATE}
        # ("What was her work on X the forerunner of?": "work" is her research as much as her papers; with
        # no paper on X here, her page's sentence writing every asked thing, X and "forerunner", says;
        # one sharing a word says nothing. What she published on X, no page sentence answers.)
        concepts = asked_concepts(question)
        claim_of_work = not hits and not listed_whole and question.intent == Intent.PAPERS \
            and not cue("papers", f" {' '.join(w for w in flatten(question.text).split() if w not in WORK_NOUNS)} ") \
            and len(concepts) > 1
        # "At which conferences was the survey run?": asked of no paper, where or when may be a page's to say.
        dated_ask = bool(hits) and saying and question.intent in {Intent.VENUE, Intent.DATE} and not question.asks_papers
        if profiles and not named and (not about_work or saying or cited_in_prose or claim_of_work) and (
                not hits or (question.intent in {Intent.PAPERS, Intent.FACT, Intent.LIST} or dated_ask)
                and not question.asks_papers):
            # A question about a named researcher may be answered by their page rather than a paper
            # ("which lab did she found?", "which conference did he create?"): page facts win when
            # no paper is as close.
            facts = self.page_facts(question, profiles, relevant_only=True)
            if not question.researchers and (typed := typed_person(question)):
                # Pages found by their prose speak of the person the question names only where the
                # page writes that name (a news item about them; not their supervisor's own story).
                writing = {(p.researcher, s.url) for p in profiles for v in p.biography + p.news for s in v.sources
                           if typed <= {lemma(w) for w in words(v.value)}}
                facts = [f for f in facts if any((f.researcher, s.url) in writing for s in f.value.sources)]
            if saying and len(question.parts) < 2 and (names := [o for o in asked_words(question)[1:] if len(o) > 1]):
                # A name of several words the question types ("the Trustworthy Information Systems
                # Lab"): the pages writing all of it answer, not those sharing a word ("Trustworthy AI").
                # (A question of several asks may be answered by a sentence that does not write it.)
                # (A page, not a sentence: "four prizes were awarded" and the lines it brings answer
                # beside the opening line that writes the name.)
                if question.lang == "fr":  # ("IA Océan" is written "Ocean AI" on an English page)
                    names += [set().union(*(lemmas(to_english(w)) for w in o)) for o in names]
                writing = {s.url for p in profiles for v in p.biography + p.news for s in v.sources
                           if any(o <= set(lemmas(v.value)) | set(lemmas(to_english(v.value))) for o in names)}
                facts = [f for f in facts if f.value.sources[0].url in writing] or facts
            if claim_of_work and about_work:
                # (A French sentence holds the English of its terms too: « apprentissage automatique »
                # holds "machine", which a French question's English topic asks.)
                helds = [held_by(f.value.value, question.lang, f.value.sources[0].lang)
                         | (held_by(f.value.value, "en", "fr") if f.value.sources[0].lang == "fr" else set()) for f in facts]
                facts = [f for f, held in zip(facts, helds) if all(any(holds(held, w) for w in group) for group in concepts)]
            if question.asks_papers and question.intent == Intent.VENUE:
                # Where a paper appeared, a page says only by naming the venue ("… at ICML 2024"). Asked
                # with nothing else ("where has she published?"), each of their sentences naming one says.
                if not question.topic:
                    facts = [Fact(p.researcher, name, v, FACT_RELEVANCE) for p in profiles
                             for name in ("biography", "news") for v in getattr(p, name)]
                # (Asked when too, "when is the post dated, and which paper does it go with?": a
                # line giving a date says that.)
                tests = kinds_asked(question)
                facts = [f for f in facts if any(gives(f.value.value) for gives in tests)]
            if dated_ask:  # (only a sentence naming a venue, or giving a date, says where or when)
                gives = names_a_venue if question.intent == Intent.VENUE else gives_date
                facts = [f for f in facts if gives(f.value.value)]
            # (Papers listed whole were found by no word: a page sentence holding the topic is closer.)
            # (Nor are a site page's listed papers closer than its sentences when no paper is asked:
            # "which figures does the home page give?")
            best_paper = 0.0 if listed_whole or question.on_site and not question.asks_papers \
                else max((self.fact_scale(question, h) for h in hits), default=0.0)
            if question.intent == Intent.COAUTHORS and question.asks_person and question.researchers and not question.parts:
                # "With whom did she do her postdoc?": a sentence naming nobody else does not say.
                named = researcher_words(question)
                facts = [f for f in facts if names_someone(f.value.value, named)]
            if facts and (not hits or facts[0].score > best_paper):
                # (Found by what they say: only the pages that say it.)
                return answered_by_pages(question, found, facts, profiles if saying else None)
            if saying:
                found.profiles = []
        self.add_evidence(question, hits)
        found.hits = hits
        return found

    @cached_property
    def item_addresses(self) -> list[tuple[str, Profile, frozenset[str]]]:
        """Each news item's address with the page filing it and the words naming it: its address's
        words, and an item with no researcher's its first line's too (built once)."""
        addresses = []
        for page in [*self.unowned.values(), *self.profiles.values()]:
            for url in {s.url for v in page.news for s in v.sources if s.url} | (set(page.urls) if page.unowned else set()):
                tokens = set(re.findall(r"[a-z0-9]+", unidecode(urlsplit(url).path).lower()))
                opening = next((v.value for v in item_lines(page, url)), "")
                tokens |= set(words(fold(opening))) if page.unowned else set()
                addresses.append((url, page, frozenset(tokens)))
        return addresses

    def page_of_no_one_named(self, question: Question) -> tuple[Profile, str] | None:
        """The page of no researcher whose address's words the question writes, every one of them
        (numbers and stopwords aside: "the supervision request form" names /supervision-requests),
        with its address; None when none, or several, are named so."""
        typed = set(words(fold(question.text)))
        named = []
        for page in self.unowned.values():
            for url in page.urls:
                naming = {w for w in path_words(url) if w not in stopwords() and len(w) > 2}
                if naming and all(any(slug_holds({w}, t) for t in typed) for w in naming):
                    named.append((len(naming), page, url))
        named.sort(key=lambda n: -n[0])
        if not named or len(named) > 1 and named[1][0] == named[0][0]:
            return None
        return named[0][1], named[0][2]

    def item_named(self, question: Question) -> tuple[Profile, str] | None:
        """The news item a question names by quoted words (an item often prints no headline, so its
        address's words and its first line name it), with its address: the one page holding the most
        of them, at least half and two of them (one when one is quoted); None when no item or
        several fit as well."""
        named = quoted_item_words(question.text)
        if not named:
            return None
        scored = sorted(((sum(slug_holds(tokens, w) for w in named), url, page) for url, page, tokens in self.item_addresses),
                        key=lambda s: -s[0])
        need = 1 if len(named) == 1 else max(2, math.ceil(len(named) / 2))
        if not scored or scored[0][0] < need or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][2], scored[0][1]

    @cached_property
    def item_words(self) -> list[tuple[str, Profile, frozenset[str]]]:
        """Each news item's naming words: its address's and its first lines', with their English (a
        French item's address, "renouvellement-de-la-strategie", answers "the renewed strategy news")."""
        named = []
        for url, page, tokens in self.item_addresses:
            lines = [v.value for v in item_lines(page, url)][:ITEM_NAMING_LINES]
            tokens |= frozenset(words(fold(" ".join(lines))))
            named.append((url, page, tokens | frozenset(words(to_english(" ".join(sorted(tokens)))))))
        return named

    def items_described(self, question: Question) -> list[tuple[Profile, str, set[str]]]:
        """The news items a question sets side by side by what they are about ("the harbour grant
        news or the buoy report news: which came first?", « la nouvelle sur X et celle sur Y »),
        each with its address and the side's words: the phrases on either side of an "and"/"or"
        (within one clause) of a question speaking of news, each held best by a different item
        (``item_for``); empty when no such pair is found."""
        if not NEWS_KINDS & set(words(fold(question.text))) or quoted_item_words(question.text):
            return []
        for clause in re.split(r"[,;:?!—–]|\s-\s", question.text):
            tokens = words(fold(clause))
            for at, token in enumerate(tokens):
                if token not in SIDE_JOINS or not 0 < at < len(tokens) - 1:
                    continue
                sides = [self.item_for(tokens[:at]), self.item_for(tokens[at + 1:])]
                if all(sides) and sides[0][1] != sides[1][1]:
                    return sides
        return []

    def people_in_every_item(self, question: Question, items: list[tuple[Profile, str, set[str]]]) -> Found | None:
        """The people every one of the items names ("which person do the grant item and the
        partnership item both name?"), each quoted by the first line of each item naming them;
        None when no one is named in all of them."""
        # Each item's lines, each with the people it names (read once).
        lines = [[(line, {name_key(name) for _, _, name in person_runs(line.value)}) for line in item_lines(page, url)]
                 for page, url, _ in items]
        shared = set.intersection(*(set().union(*(keys for _, keys in item)) for item in lines)) \
            - {name_key(w) for w in question.researchers}
        if not shared:
            return None
        facts = []
        for (page, _, _), item in zip(items, lines):
            for key in sorted(shared):
                line = next(line for line, keys in item if key in keys)
                if all(f.value is not line for f in facts):
                    facts.append(Fact(page.researcher, "news", line, FACT_RELEVANCE))
        return answered_by_pages(question, Found(), facts, [page for page, _, _ in items])

    def item_for(self, side: list[str]) -> tuple[Profile, str, set[str]] | None:
        """The one news item whose naming words hold more of a side's words than any other does,
        with the side's words; None when none or several fit as well. (Words many items hold,
        "Mila", "AI", name none of them.)"""
        said = {w for w in side if w not in stopwords() and w not in NEWS_KINDS and len(w) > 1}
        said |= {w for w in words(to_english(" ".join(sorted(said)))) if w not in stopwords()}
        common = max(2, len(self.item_words) // 4)
        said = {w for w in said if sum(w in tokens for _, _, tokens in self.item_words) <= common}
        scored = sorted(((sum(slug_holds(tokens, w) for w in said), url, page) for url, page, tokens in self.item_words),
                        key=lambda s: -s[0])
        if not scored or scored[0][0] < 1 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][2], scored[0][1], said

    def item_found(self, question: Question, page: Profile, url: str) -> Found | None:
        """The question answered by one news item's sentences (the item at ``url`` on ``page``);
        None when none of them answers: its date asked ("which came first?"), its first line giving
        one (its dateline); a person asked, its lines naming someone, the relevant ones first."""
        facts = [f for f in self.page_facts(question, [page], relevant_only=True) if f.value.sources[0].url == url]
        lines = [Fact(page.researcher, "news", v) for v in item_lines(page, url)]
        if question.intent == Intent.DATE or ORDER_WORDS.search(flatten(question.text)):
            dated = next((f for f in lines if gives_date(f.value.value, question.text)), None)
            facts = [dated, *(f for f in facts if f.value is not dated.value)] if dated else facts
        elif question.asks_person and not question.researchers:
            naming = [f for f in facts + lines if person_runs(f.value.value)]
            facts = list({id(f.value): f for f in naming}.values())[:FACTS_QUOTED] or facts
        return answered_by_pages(question, Found(profiles=[page]), facts, [page]) if facts else None

    def mentions(self, question: Question) -> Found:
        """Where pages other than a researcher's own name them: each biography or news sentence of
        another page writing their whole name, or their surname where no other researcher here bears
        it ("(Bengio et al. 2013)"), with the profiles whose pages hold them."""
        name = question.researchers[0]
        full = words(fold(name))
        surname = full[-len(words(fold(name.split()[-1]))):]  # ("Lacoste-Julien" is two words)
        shared = any(words(fold(other))[-len(surname):] == surname for other in self.profiles if other != name)
        own = {page_identity(s) for s in self.profiles[name].pages if s.headline is None} if name in self.profiles else set()

        def writes(tokens: list[str], run: list[str]) -> bool:
            return any(tokens[at:at + len(run)] == run for at in range(len(tokens) - len(run) + 1))

        found, seen = Found(), set()
        for profile in [*self.profiles.values(), *self.unowned.values()]:
            for field_name in ("biography", "news"):
                for value in getattr(profile, field_name):
                    page = page_identity(value.sources[0])
                    tokens = words(fold(value.value))
                    if page in own or (value.value, page) in seen or not (writes(tokens, full) or not shared and writes(tokens, surname)):
                        continue
                    seen.add((value.value, page))
                    found.facts.append(Fact(profile.researcher, field_name, value))
                    if profile not in found.profiles:
                        found.profiles.append(profile)
        return found

    def search_candidates(self, question: Question, top_k: int) -> Found:
        """An ambiguous name ("Bengio") is read as the one candidate whose records answer the
        question, said so in the answer; when none or several do, the candidates are asked back."""
        if len(question.candidates) != 1:
            return Found()
        (options,) = question.candidates.values()
        answering = []
        for option in options:
            reading = parse(question.text, self.directory, researcher=option)  # read as asked of them
            found = self.search(reading, top_k)
            if found.facts or found.hits:
                answering.append((reading, found))
        if len(answering) != 1:
            return Found()
        reading, found = answering[0]
        question.__dict__.update(reading.__dict__)
        question.assumed = [o for o in options if o != reading.researchers[0]]
        return found

    def coauthors_holding(self, question: Question, pool: list[Paper]) -> list[Profile]:
        """The profiled co-authors of the pool's papers (the question's researchers aside) whose
        roles or positions hold what the question asks about."""
        known = self.researcher_keys
        names = dict.fromkeys(known[name_key(a)] for p in pool for a in p.authors if name_key(a) in known)
        options = asked_words(question)
        return [self.profiles[n] for n in names if n not in question.researchers and options and any(
            any(option <= set(lemmas(v.value)) for option in options)
            for v in self.profiles[n].roles + self.profiles[n].affiliations)]

    def linked_researchers(self, question: Question, found: Found) -> list[str]:
        """Researchers with a profile here, besides those the question names, whom what was found
        names: a found paper's co-authors ("Jackie Ck Cheung" is Jackie Cheung), or the people a
        quoted page sentence names ("… under Ana Sousa and Kwame Boateng")."""
        known = self.researcher_keys
        said = [f.value for f in found.facts]
        if question.intent == Intent.WHO:  # a who-question's first hop: the page values it found
            said += [v for p in found.profiles
                     for v in matching_values(asked_words(question), p, self.profile_values(p), owners(question),
                                              ruled_out_lemmas(question))]
        texts = [f" {fold(v.value)} " for v in said]
        linked = [known[name_key(a)] for h in found.hits[:3] for a in h.paper.authors if name_key(a) in known]
        # (A hyphenated surname is written whole: "Simon Lacoste-Julien" is no "simon julien".)
        linked += [name for key, name in known.items() if any(f" {key} " in text or f" {fold(name)} " in text for text in texts)]
        if question.asks_person and not question.researchers:
            # Asked who: those whose own page's sentences answered ("Droiun's main interest is …"),
            # not a news item filed under someone it names.
            linked += [f.researcher for f in found.facts if f.field != "news" and f.researcher in self.profiles]
        # A page may misspell a name ("Ingrid Haugen"): two words in a row within an edit of a
        # researcher's first and last name (two for long names), first letters kept, name them too.
        pairs = {pair for tokens in map(str.split, texts) for pair in zip(tokens, tokens[1:])}
        linked += [name for key, name in known.items() if " " in key and any(
            (first[:1], last[:1]) == (key[0], key.split()[1][0])
            and Levenshtein.distance(f"{first} {last}", key, score_cutoff=2) <= (1 if len(key) < 10 else 2)
            for first, last in pairs)]
        return [name for name in dict.fromkeys(linked) if name not in question.researchers]

    def people_named(self, question: Question, found: Found) -> list[str]:
        """The people with no profile here whom the page sentences found name, best sentence first,
        besides those the question names ("On May 3, Tove Lindahl opened the forum"): whom a two-hop
        question's second ask is about when no researcher's page is."""
        typed = set(words(fold(question.text)))
        names = []
        for tokens in (span for fact in found.facts for span in person_spans(fact.value.value)):
            while tokens and fold(tokens[0]) in stopwords():  # a sentence's first word ("With Mikko Laine")
                tokens = tokens[1:]
            folded = fold(" ".join(tokens)).split()
            if any(f"{x} {y}" in self.directory.prose_names for x, y in zip(folded, folded[1:])) \
                    and not set(folded) & typed and name_key(" ".join(tokens)) not in self.researcher_keys:
                names.append(" ".join(tokens))
        return list(dict.fromkeys(names))

    def page_facts(self, question: Question, profiles: list[Profile], relevant_only: bool = False) -> list[Fact]:
        """The named researchers' page facts, best first: all of the asked field, or, for a
        biography or an open question, the sentences closest to it by meaning and by its words.
        A researcher's pages in the question's language answer it, unless the question names a
        language or only the other language's pages give the fact."""
        facts = self._page_facts(question, profiles, relevant_only)
        if question.period.filters and question.asks_person and not question.researchers:
            # "Who finished a PhD in 2020?": of pages found by what they say, the sentences dating an
            # asked word in those years answer, when some do. (Not of other asks: "how much was each
            # prize in 2019?" is answered by the sentence giving the amount, the year said before it.)
            # (Of one page, an event's, the year may be said in another sentence than the one answering.)
            asked = set(content_lemmas(question.topic))
            dated = [f for f in facts if f.field in PROSE and dated_beside(f.value.value, question.period, asked)]
            if len({f.value.sources[0].url for f in facts}) > 1:
                facts = dated or facts
        items = {f.value.sources[0].url for f in facts if f.field == "news"}
        if period_governs(question) and not question.researchers and len(items) > 1:
            # "What amount did Norway grant the institute in April 2031?": of several items found,
            # those writing a year of the asked period speak of that time, the others of another.
            writing = {f.value.sources[0].url for f in facts if f.field == "news" and question.period.admits(
                years := years_in(f.value.value)) and years}
            if writing:
                facts = [f for f in facts if f.field != "news" or f.value.sources[0].url in writing]
        if question.on_pages and not cue("news", flatten(question.text)):
            # "as her own Mila page says": her own pages say it, not news items that name her.
            facts = [f for f in facts if f.field != "news"] or facts
        if len(question.researchers) == 1 and len(question.parts) < 2 and (names := [o for o in asked_words(question)[1:] if len(o) > 1]):
            # A thing of several words the question types ("her Harbour Medal"): the sentences writing
            # all of it say, and the one after each (it goes on: "The medal comes with $5,000"), not
            # those sharing a word with it ("her other medals"). (Of several researchers, each one's
            # sentences are weighed.)
            writing = {id(f.value) for f in facts if f.field in PROSE and any(
                o <= set(lemmas(f.value.value)) | set(lemmas(to_english(f.value.value))) for o in names)}
            if writing:
                after = next_sentences(profiles)
                writing |= {id(after[key]) for key in writing if key in after}
                # (And, of a news item writing it, the sentences naming the person asked about: "her
                # title in the Ocean Gala recap" is in the recap's line naming her.)
                items = {f.value.sources[0].url for f in facts if f.field == "news" and id(f.value) in writing}
                writing |= {id(f.value) for f in facts if f.field == "news" and f.value.sources[0].url in items
                            and names_them(f.value.value, f.researcher)}
                facts = [f for f in facts if f.field not in PROSE or id(f.value) in writing]
        if cue("leisure_asked", flatten(question.text)):
            # "And outside the lab, what does she do?": a sentence telling of a life beside the work
            # ("In addition to his interest in coding, he is an active musician.") says, before any
            # holding the ask's words (which name the work set aside).
            beside = [Fact(p.researcher, "biography", v) for p in profiles for v in p.biography
                      if says(v.value, "leisure_cues.txt")]
            facts = beside + [f for f in facts if all(f.value is not b.value for b in beside)]
        if cue("before_joining", flatten(question.text)):
            # "Where did he work before he joined X?": the sentences about an earlier time say, in
            # the page's order; the listed current roles and the sentences about X do not (those
            # about the question's other asks, "where was her PhD", still do, and the listed ones
            # beside another ask of a post or a membership, "which is the industry member?").
            joined = JOINED.search(unidecode(question.text))
            place = set(lemmas(joined.group(1))) - stopwords() if joined else set()
            earlier = [Fact(p.researcher, name, v) for p in profiles for name in ("biography", "news")
                       for v in getattr(p, name) if about_earlier_time(v)][:FACTS_QUOTED]
            # A story told backwards ("Before that, I spent a year at X. I studied at Y."): the
            # sentence after one opening on "before that" is earlier still.
            after = next_sentences(profiles)
            earlier += [Fact(f.researcher, f.field, after[id(f.value)]) for f in earlier
                        if BACKWARD.match(f.value.value) and id(f.value) in after
                        and all(after[id(f.value)] is not e.value for e in earlier)]
            posts_asked = any(cue("profile_membership", f" {part} ") or cue("profile_post_asked", f" {part} ")
                              for part in question.parts if not cue("before_joining", f" {part} "))
            others = [f for f in facts if (posts_asked if f.field not in PROSE else not place & set(lemmas(to_english(f.value.value))))
                      and all(f.value is not e.value for e in earlier)]
            facts = earlier + (others if len(question.parts) > 1 else [])
        facts = with_pointing_back(facts, profiles)
        if cue("steps_asked", flatten(question.text)) or cue("guided_request", flatten(question.text)):
            facts = with_whole_lists(facts, profiles)
        # (Of one person: a researcher, or someone only news items write of.)
        one_person = len(question.researchers) == 1 or not question.researchers and bool(question.news_person or question.unknown_person)
        if one_person and not question.quantity and cue("interval", flatten(question.text)):
            facts = with_sentences_between(facts, profiles, question)
        if question.languages:
            # Pages compared ("her English and French pages", "her pages disagree"): all of them; one
            # language named ("according to her English page"): its pages.
            named = named_languages(question.text)
            return [f for f in facts if any(s.lang in named for s in f.value.sources)] if len(named) == 1 else facts
        kept = in_question_language(question, facts)
        if question.attribute in {"roles", "affiliations"}:
            # Another language's page that says otherwise of what is asked: the pages disagree, and
            # both are shown, each with its page.
            own = [f.value.value for f in kept if f.field in {"roles", "affiliations"}]
            kept += [f for f in facts if f not in kept and disagrees(f, own, question)]
        for gives in kinds_asked(question):
            # A venue or a date asked that no kept line gives: the other language's line giving it
            # says (a biography citing a paper with its journal on one page, by author and year on the
            # other). (Not a news item: one in the other language is another item, not a copy.)
            if not any(gives(f.value.value) for f in kept):
                kept += [f for f in facts if f not in kept and f.field != "news" and gives(f.value.value)][:1]
        if question.quantity and not any(gives_figure_of(f.value.value, question.quantity) for f in kept):
            # A figure asked that no kept line gives: the other language's line giving it answers
            # (« combien de partenaires industriels ? » of a French item naming partners with no
            # number, an English one giving "70 industry partners").
            kept += [f for f in facts if f not in kept and gives_figure_of(f.value.value, question.quantity)][:1]
        return kept

    def _page_facts(self, question: Question, profiles: list[Profile], relevant_only: bool,
                    fields: tuple[str, ...] = ("roles", "affiliations", "biography", "news")) -> list[Fact]:
        reads_biography = cue("biography_source", flatten(question.text))
        asks_email = cue("asks_email", flatten(question.text))  # (an address asked: only a line giving one answers)
        # "According to the news item, …": what the item says, not the person's listed roles or biography
        # (unless another ask reads the profile: "…, and according to her profile, …").
        reads_news = not reads_biography and bool(source_words(question.text) & NEWS_KINDS) \
            and not (cue("page_source", flatten(question.text)) or question.on_pages)
        if reads_biography or reads_news:  # "what rank does her bio give?": not her listed roles
            fields = tuple(name for name in fields if name == ("biography" if reads_biography else "news"))
        facts = [Fact(p.researcher, name, value) for p in profiles for name in fields for value in getattr(p, name)]
        if question.attribute == "biography" and question.researchers and not cue("asks_quoted", flatten(question.text)):
            # Asked about the person ("his background"): of the news items filed under them, the
            # sentences that speak of them (an event's page with their bio block), not of the event.
            # (Not when asked who is quoted about them: the quotation's signature names someone else.)
            spoken = {id(v) for p in profiles if p.researcher in question.researchers for v in speaking_of(p)}
            facts = [f for f in facts if f.field != "news" or f.researcher not in question.researchers
                     or id(f.value) in spoken]
        if question.attribute in LISTED_FIELDS and not relevant_only:
            # The asked field as printed, and the biography sentences about the rest of the question
            # ("which lab did she found?" asks an affiliation cue about a biography fact).
            # A role and a position are read together: "Associate Scientific Director, Mila" is an affiliation line.
            wanted = ("roles", "affiliations") if question.attribute in {"roles", "affiliations"} else (question.attribute,)
            listed = [] if reads_biography or reads_news else [
                Fact(p.researcher, name, value) for p in profiles for name in wanted for value in getattr(p, name)]
            # (Prose only: the listed values are shown whole and take no sentence's place.)
            said = self._page_facts(question, profiles, relevant_only=True, fields=("biography", "news"))
            if asks_email:
                return said  # an e-mail asked "at her university" is no affiliation: only a line giving an address answers
            if question.attribute in {"supervisors", "students"}:  # "who supervised her?": a sentence that names nobody does not say
                besides = {w for p in profiles for w in fold(p.researcher).split()}
                # (… unless it answers another ask: "which town is she from, and who advised her?")
                others = [part for part in question.parts if not cue(f"profile_{question.attribute}", f" {part} ")]
                texts = [f.value.value for f in said]
                kept = {self.best_for_part(part, texts, np.stack([self._fact_vectors[t] for t in texts]))
                        for part in others} if others and said else set()
                said = [f for at, f in enumerate(said) if at in kept or names_someone(f.value.value, besides)]
            if asks_location(question):
                # "Which town does he work in?": the sentences naming a place of the kind asked (any, asked
                # where), first: the words of the ask are not theirs ("since 2029 he has run a station in Oslo").
                kinds = {kind} if (kind := place_kind_asked(question.text)) else {"city", "country"}
                held = {id(f.value) for f in said}
                placed = [f for f in facts if f.field in PROSE and id(f.value) not in held and places_named(f.value.value) & kinds]
                # (Where they are before where they come from: "born in Quito" names no place they are now.)
                placed.sort(key=lambda f: writes_concept(f.value.value, "origin_words.txt"))
                said = placed[:FACTS_QUOTED] + said
            if question.attribute not in {"roles", "affiliations"}:  # (a role or a position another ask names)
                said += posts_answering_parts(question, facts)
            if question.attribute == "students":  # and one naming her own supervisors does not name her students
                said = [f for f in said if cue("profile_students", flatten(f.value.value))]
            quoted = {id(f.value) for f in said}  # (a fact scored there is the same sentence unscored below)
            if not listed and question.attribute in {"roles", "affiliations"}:
                # No role or position listed (someone only news items speak of): the sentences naming
                # a job title give it, those saying someone is one ("… is currently an associate
                # professor at …") first, in page order.
                titled = [f for f in facts if f.field in PROSE and id(f.value) not in quoted and POSITION.search(f.value.value)]
                # (The post the question names first: "where is she a professor?" of an item naming her a
                # researcher before it names her a professor.)
                named_posts = lemmas(to_english(" ".join(POSITION.findall(question.text))))
                titled.sort(key=lambda f: (not any(holds(held_by(f.value.value, "en", f.value.sources[0].lang), w) for w in named_posts),
                                           not any(POSITION.search(rest) for rest in HOLDS_TITLE.findall(f.value.value))))
                said += titled[:max(0, FACTS_QUOTED - len(said))]
            elif question.attribute in {"roles", "affiliations"}:
                said += other_posts(facts, listed, profiles, quoted)
            kinds_beside(question, facts, said)
            return listed + said
        whole = question.attribute == "biography" and not relevant_only and cue("profile_whole", flatten(question.text))
        if not facts or not (question.topic or question.quantity) or whole:
            if relevant_only:
                return []
            if question.attribute == "biography":
                # Asked who someone is with nothing more said, or their whole background ("her lab
                # and her background"): their listed roles and positions, then their whole biography
                # as its pages in the question's language give it, when they do (where they are now
                # and how they got there). Of someone with no biography (a person a news item
                # presents), the item's first sentences.
                listed = [f for f in facts if f.field in {"roles", "affiliations"}]
                told = [f for f in facts if f.field == "biography"]
                told = [f for f in told if any(s.lang == question.lang for s in f.value.sources)] or told
                return listed + (told[:WHOLE_BIOGRAPHY] or [f for f in facts if f.field == "news"][:FACTS_QUOTED])
            # The sentences as its pages in the question's language give them, when they do.
            prose = sorted((f for f in facts if f.field in PROSE),
                           key=lambda f: not any(s.lang == question.lang for s in f.value.sources))
            return prose[:FACTS_QUOTED]
        # What is counted is asked as much as the topic is ("how many teachers does it bring
        # together?": "bring" alone is far from "brings together over 90 teachers").
        counted_typed = [w for w in (question.quantity or "").split() if w not in question.topic.split()]
        query = self.query_vector(" ".join([question.topic, *counted_typed]))
        texts = [f.value.value for f in facts]
        # A French page sentence is also embedded in its lexicon English (the embedder reads English).
        english = {f.value.value: to_english(f.value.value) for f in facts if f.value.sources[0].lang == "fr"}
        texts += list(english.values())
        missing = [t for t in dict.fromkeys(texts) if t not in self._fact_vectors]
        if missing:
            vectors = self.embedder.embed_documents(missing)
            self._fact_vectors.update(zip(missing, (np.asarray(v, dtype=np.float32) for v in vectors)))
        # Words are matched in the fact's own language: a French question's words against the
        # French page, its English rendering against the English one.
        asked = {"en": content_lemmas(question.topic),
                 "fr": [w for w in dict.fromkeys(lemma_fr_twice(t) for t in question.terms) if w not in stopwords()]
                 if question.lang == "fr" else []}
        if any(w in DEGREE_KINDS for terms in asked.values() for w in terms):
            # "His undergraduate degree": the kind of degree is asked; any degree named (a PhD) does not answer.
            asked = {lang: [w for w in terms if w not in DEGREE_NOUNS] for lang, terms in asked.items()}
        if question.quantity:  # "how many researchers …?": what is counted is asked, beside the topic
            counted_words = [lemma(w) for w in words(question.quantity) if w not in function_words()]
            asked["en"] += [w for w in counted_words if w not in asked["en"]]  # ("researchers" is a question word elsewhere)
        said_where = source_words(question.text)
        home_asked = asks_home_page(question)
        # ("… according to the home page": the page to read, found by its address; its lines hold no "home".)
        said_where |= HOME_PAGE_WORDS if home_asked else set()
        if said_where:
            # "Per the post about the ice survey, what is she known for?": the opening clause says
            # where to read (``page_facts`` keeps the item it names); the rest says which sentence answers.
            rest = {lang: [w for w in terms if w not in said_where] for lang, terms in asked.items()}
            asked = rest if rest["en"] else asked
        kind = asked_kind(question.text)
        if kind:
            # "Which organisations supported her work?": the kind of thing asked for, when no page
            # sentence names it as such, is answered by a sentence naming instances of it (a list of
            # companies): it is no word to find.
            held = set().union(*(set(lemmas(t)) | {lemma_fr(w) for w in words(t)} | degree_words(t) | concept_words(t)
                                 | award_words(t) for t in texts))
            if not any(holds(held, k) for k in kind):
                asked = {lang: [w for w in terms if w not in kind] for lang, terms in asked.items()}
        # "Who is quoted in the item on her arrival?": the words asking for a quotation find none; a
        # sentence quoting someone named answers, in the item the rest of the question points at.
        asks_quoted = cue("asks_quoted", flatten(question.text))
        weights = {lang: {w: self.rarity(w) for w in terms
                       if not (asks_quoted and cue("quote_word", f" {w} "))} for lang, terms in asked.items()}
        # A French page is also read with the question's own French words.
        queries = {"en": query, "fr": self.query_vector(" ".join(question.terms)) if weights["fr"] else query}
        wording = None
        if (question.researchers or question.attribute == "biography") and len(question.topic.split()) <= 2:
            # "Where did he earn his PhD?", "What conference did she launch?": a topic of a word or
            # two ("earn phd", "launch") is far in meaning from the sentence saying it ("… his PhD
            # from the University of Michigan"); the question's own wording, its names left out, is
            # read too (a French question's through the lexicon, and only against sentences of pages
            # in English: the embedder reads English; pages written in French meet its French words).
            named = researcher_words(question)
            said = question.text if question.lang == "en" else to_english(question.text)
            wording = self.query_vector(" ".join(t for t in said.split() if not set(fold(t).split()) & named))
        # "Which university …": the kind of place asked for is no part of the question to find.
        part_weights = {lang: {word: w for word, w in weight.items() if not cue("profile_affiliation", f" {word} ")}
                        for lang, weight in weights.items()}
        field_cue = {"roles": "profile_role", "affiliations": "profile_affiliation", "topics": "profile_topics"}.get(
            question.attribute or "")
        headlines: dict[str, str] = {}  # a news item's URL → its opening line
        for fact in facts:  # (an item found by the person it names is not found by its headline's words)
            if fact.field == "news" and fact.value.sources[0].url and not question.researchers:
                headlines.setdefault(fact.value.sources[0].url, fact.value.value)
        headline_held: dict[tuple[str, str], set[str]] = {}
        counted = set(content_lemmas(question.quantity or "")) | {lemma_fr_twice(w) for w in words(question.quantity or "")}
        inside: dict[str, list[tuple[bool, int]]] = {}  # per news item: whether each line holds the ordinal asked
        scored: dict[int, float] = {}
        held_asked: dict[int, set[str]] = {}  # per fact's id: the asked words it holds
        ordinal_words = set(ordinals().values())
        named_person = set(fold(question.unknown_person or "").split())  # a name says nothing of what is asked
        # What is asked of a person with no page, besides their name and the field or kind asked for
        # ("her job", "which university": the answer holds a value, not that word).
        # (The name as typed, "eskelund" for "Eskeland", is hers too.)
        kind_asked = asked_kind(question.text) if named_person else set()
        asked_of_person = [w for w in asked["en"] if named_person and w not in kind_asked
                           and not any(Levenshtein.distance(w, n, score_cutoff=2) <= 2 for n in named_person)
                           and not any(cue(f"profile_{name}", f" {w} ") for name in PROFILE_FIELD_CUES)]
        name_only: dict[str | None, list[Fact]] = {}  # per item: its sentences holding only the person's name
        asked_of: dict[str | None, list[Fact]] = {}  # per item: its sentences holding another asked word
        several = bool(KIND_LISTED.search(fold(question.text)) or SEVERAL.search(fold(question.text)))
        asks_someone = question.asks_person and not question.researchers
        # ("which experts …?": expert; a kind of people, not "which countries …?")
        kind_of_someone = asked_kind(question.text) if asks_someone and cue("person_asked", flatten(question.text)) else set()
        kind_named: list[int] = []  # sentences naming someone as one of the kind asked
        typed_words = set(fold(question.text).split())  # a name the question itself types is no answer to it
        holding: dict[int, float] = {}  # prose under the bar that holds an asked word, by position
        nearest: dict[int, float] = {}  # those of them about it (close in meaning, or writing a name the question types)
        runs = named_runs(question)
        unowned = {p.researcher for p in profiles if p.unowned}  # (a posting's listed title is its subject)
        typed_query = None
        for at, fact in enumerate(facts):
            vector = self._fact_vectors[fact.value.value]
            lang = "fr" if fact.value.sources[0].lang == "fr" and weights["fr"] else "en"
            worded = wording is not None and (question.lang == "en" or fact.value.sources[0].lang != "fr")
            meaning = max(cosine(vector, query), cosine(vector, queries[lang]), cosine(vector, wording) if worded else -1.0)
            if page_question(fact.value.value):
                # A page's own question (an FAQ's) is read against the question as typed: "when will
                # I hear back?" is "When will I get an answer …?", whose words the topic leaves out.
                typed_query = typed_query if typed_query is not None else self.query_vector(question.text)
                meaning = max(meaning, cosine(vector, typed_query))
            if fact.value.value in english:
                meaning = max(meaning, cosine(self._fact_vectors[english[fact.value.value]], query))
            held = held_by(fact.value.value, lang, fact.value.sources[0].lang)
            held |= degree_words(fact.value.value)  # "his BEng" holds "bachelor"
            held |= award_words(fact.value.value)  # "1st place: Jane Doe" holds "winner"
            if gives_measure(fact.value.value, counted):
                held |= counted  # "how much time": "over six months" holds it; "how much funding": "$2 million"
            weight = weights[lang]
            total = sum(weight.values()) or 1.0
            item = fact.value.sources[0].url if fact.field == "news" else None
            if item in headlines:
                # Words of a news item's opening line name the item ("the 2025 robot contest"), which
                # was found by them; an ordinal asked beside them ("who came second?") picks the
                # item's line that holds it ("2nd place: …"), and an item with no such line does not
                # answer ("who came fifth?" of a contest with three prizes).
                if (item, lang) not in headline_held:
                    headline_held[item, lang] = held_by(headlines[item], lang, fact.value.sources[0].lang)
                opening = headline_held[item, lang]
                picking = [w for w in weight if w in ordinal_words and not holds(opening, w)]
                if picking:
                    inside.setdefault(item, []).append((all(holds(held, w) for w in picking), at))
                # Within the item, the words naming it say nothing of which of its lines answers
                # ("where is the seed lab's program run now?": "run", not the lab's name, picks the
                # line); they still count when they are all the question asks.
                # (An opening that is a sentence, "Halifax, March 3 - X announces …", is read whole:
                # it may answer; a title only names. What a figure is asked of, "each grant" of a
                # grant's item, is asked, not a name.)
                opens = fact.value.value == headlines[item] and not is_title_line(fact.value.value)
                naming = {w for w in weight if holds(opening, w) and w not in counted} if not opens else set()
                if naming and len(naming) < len(weight):
                    weight = {w: v for w, v in weight.items() if w not in naming}
                    total = sum(weight.values()) or 1.0
            # "Which university did she get her PhD from?": of a person, a sentence holding only the kind
            # of place asked ("At X University, she directs …") names where she is, not the place of
            # what is asked. (Not of a page listing places, "which other universities does it host?",
            # nor beside another ask, "what is her field, and which university employs her?")
            beside_kind = {w: v for w, v in part_weights[lang].items() if w in weight}
            kind_only = bool(question.researchers) and len(question.parts) < 2 and bool(beside_kind) \
                and len(beside_kind) < len(weight) and not held_weight(held, beside_kind)
            score = meaning + (0.0 if kind_only else 0.5 * held_weight(held, weight) / total)
            if question.quantity and has_figure(undotted(fact.value.value), years=False):  # "how many …?": a sentence giving a number
                score += FIGURE_BONUS
            elif question.intent == Intent.DATE and fact.field in PROSE and gives_date(fact.value.value, question.text) \
                    and any(holds(held, w) for w in weight if w not in named_person):
                score += FIGURE_BONUS  # "when was the finale held?": a sentence on it giving a date
            if asks_quoted and fact.field in PROSE and QUOTATION.search(fact.value.value) \
                    and (names_someone(fact.value.value, typed_words) or signature_after(facts, at, typed_words)
                         or speaker_before(facts, at, typed_words)):
                score = max(score, FACT_RELEVANCE) + QUOTATION_BONUS
            if asks_someone and fact.field in PROSE and names_someone(fact.value.value, typed_words):
                score += PERSON_BONUS  # "who leads the observatory?": a sentence naming someone new
                if kind_of_someone & held:
                    kind_named.append(at)  # "which experts were announced?": "Experts include A, B, …"
            if question.period.filters and fact.field in PROSE and question.period.admits(
                    years_in(fact.value.value) or [0]):
                score += YEAR_BONUS  # "which prizes in 2018?": a sentence dated in the asked years
            # One part of a two-part question ("her PhD and her postdoc") is answered by a sentence
            # that holds its word and is about it, though the other part's words are not there.
            share = held_weight(held, beside_kind) / total
            part = share >= 0.8 / max(1, len(weight)) and meaning >= FACT_PART_MEANING
            # Asked for a field's values ("which chairs does she hold?", "which lab does he lead?"), a
            # sentence that holds every asked word, or the field's own word as asked ("lab"), gives
            # one, however long the sentence around it.
            every_held = bool(weight) and all(holds(held, w) for w in weight)
            named = field_cue is not None and fact.field in PROSE and (
                every_held or bool(weight) and any(holds(held, w) for w in weight if cue(field_cue, f" {w} ")))
            # The embedder reads English: a French sentence's meaning is measured poorly, so on a page of
            # the researcher asked about, one holding every asked word answers though it reads far.
            named = named or every_held and fact.field in PROSE and fact.value.sources[0].lang == "fr" \
                and fact.researcher in question.researchers
            if asks_email:  # the asked kind of value: a line giving an address answers, no other does
                score, named = (max(score, FACT_RELEVANCE), True) if EMAIL.search(fact.value.value) else (-1.0, False)
            if several and fact.field in PROSE and held_weight(held, weight) and (
                    opens_list(fact.value.value, question.lang)
                    or opens_list(fact.value.value, question.lang, headline=True) and bullets_after(facts, at)):
                # "list everyone who won": "four prizes were awarded", "Key areas:" and their lines
                score = max(score, FACT_RELEVANCE)
            fact.score = score if score >= FACT_RELEVANCE or part or named else -1.0
            if question.intent == Intent.DATE and len(question.parts) < 2 and fact.field not in PROSE \
                    and fact.researcher not in unowned:
                fact.score = -1.0  # asked when: a person's listed role or topic ("Coastal Chair") gives no date
            if asked_of_person and fact.field in PROSE:
                said_of = asked_of if any(holds(held, w) for w in asked_of_person) else name_only
                said_of.setdefault(fact.value.sources[0].url, []).append(fact)
            scored[at] = score
            held_asked[id(fact)] = {w for w in weights[lang] if holds(held, w)}
            if fact.score < 0 and fact.field in PROSE and held_weight(held, weight):
                holding[at] = score
                if meaning >= FACT_PART_MEANING or any(run <= held for run in runs):
                    nearest[at] = score
        best_on_page: dict[str, float] = {}
        for fact in facts:
            if fact.score > 0:
                url = fact.value.sources[0].url or ""
                best_on_page[url] = max(best_on_page.get(url, 0.0), fact.score)
        for at in kind_named:
            # On a page the question finds, a sentence naming people as the kind it asks for names
            # them, first, though it writes none of its other words (a list of names reads far from
            # any question).
            if (url := facts[at].value.sources[0].url or "") in best_on_page:
                facts[at].score = scored[at] = best_on_page[url] + PERSON_BONUS
        for url, naming_only in name_only.items():
            if url not in asked_of:
                # The sentences of an item that name the person asked about and say nothing of what is
                # asked of them, in an item no sentence of which says it, do not answer.
                for fact in naming_only:
                    fact.score = -1.0
        where = said_where - {lemma(w) for w in words(SOURCE_KINDS)}
        items: dict[str, set[str]] = {}
        for fact in facts:
            if where and fact.field == "news":
                items.setdefault(fact.value.sources[0].url, set()).update(
                    held_by(fact.value.value, "en", fact.value.sources[0].lang), map(lemma_fr, words(fact.value.value)),
                    url_words(fact.value.sources[0].url or ""))  # (the item's address names it too)
        if len(items) > 1:
            # "Per the post about the ice survey, …": of several news items, those the clause names best.
            named_by = {url: len(where & held) for url, held in items.items()}
            for at, fact in enumerate(facts):
                if fact.field == "news" and named_by[fact.value.sources[0].url] < max(named_by.values()):
                    fact.score = -1.0
                    holding.pop(at, None)
                    nearest.pop(at, None)
        for lines in inside.values():
            for holds_them, at in lines:
                facts[at].score = max(scored[at], FACT_RELEVANCE) if holds_them else -1.0
                holding.pop(at, None)
                nearest.pop(at, None)
        if question.attribute in {"roles", "affiliations"}:
            # "Her title in the gala's recap?": of a news item the question points at (a sentence of it
            # answers), the sentence naming her with a job title says it, first.
            pointed: dict[str, float] = {}
            for fact in facts:
                if fact.field == "news" and fact.score > 0:
                    url = fact.value.sources[0].url or ""
                    pointed[url] = max(pointed.get(url, 0.0), fact.score)
            for fact in facts:
                url = fact.value.sources[0].url or ""
                if fact.field == "news" and url in pointed and fact.researcher in question.researchers \
                        and names_them(fact.value.value, fact.researcher) \
                        and POSITION.search(fact.value.value):
                    fact.score = max(fact.score, pointed[url] + PERSON_BONUS)
        # Every fact over the bar, up to three: one question may ask two things (a degree and a
        # lab). A headline brings the sentence after it, which gives its details.
        # The question's language first: its pages answer it when they give the fact (page_facts),
        # so the other language's sentences take no place among the quoted.
        # (A news item is read apart from its person's profile pages, as in ``page_facts``.)
        over = [f for f in facts if f.score > 0]
        in_language = {news_apart(f) for f in over if any(s.lang == question.lang for s in f.value.sources)}
        ranked = sorted(over, key=lambda f: (
            not question.languages and not any(s.lang == question.lang for s in f.value.sources)
            and news_apart(f) in in_language, -f.score))
        chosen = ranked[:FACTS_QUOTED]
        if quoted_heads := {fold(a or b) for a, b in QUOTED.findall(question.typed or question.text)}:
            # "The aims it gives under 'Our Mission'": a heading of a quoted page the question quotes
            # is read first, and opens its lines (below). (Only a question quoting something reads
            # every fact for it.)
            pages_quoted = {page_identity(f.value.sources[0]) for f in chosen}
            for heading in [f for f in facts if f.field in PROSE and fold(f.value.value) in quoted_heads
                            and page_identity(f.value.sources[0]) in pages_quoted and opens_list(f.value.value, question.lang, headline=True)]:
                if heading not in chosen:
                    chosen.insert(0, heading)
        # Asked of several researchers ("which of A, B, C did a PhD at X?"), or of a researcher's
        # pages in both languages ("do her English and French pages give the same contact?"), each
        # researcher and each language answers: with its best fact over the bar, else with its closest
        # sentence holding an asked word, for the reader to weigh ("a PhD from Alberta").
        # (A language the question names is asked for its own sake: its sentence holding an asked
        # word answers however far its wording is from the question's.)
        # (Pages found by what they say, of no one the question names, are no such researchers.)
        asked_about = [p for p in profiles if p.researcher in question.researchers]
        groups = [(lambda f, name=p.researcher: f.researcher == name, nearest) for p in asked_about] if len(asked_about) > 1 else []
        if question.languages and len(named_languages(question.text)) != 1:
            groups += [(lambda f, lang=lang: f.value.sources[0].lang == lang, holding) for lang in ("en", "fr")]
        for belongs, fallback in groups:
            if any(belongs(f) for f in chosen):
                continue
            over = [f for f in ranked if belongs(f)]
            under = sorted((at for at in fallback if belongs(facts[at])), key=lambda at: -fallback[at])
            if over:
                chosen.append(over[0])
            elif under:
                facts[under[0]].score = fallback[under[0]]
                chosen.append(facts[under[0]])
        if question.quantity and not question.researchers and home_asked:
            # A figure asked of the home page beside another page ("how many people is Mila, per the
            # release and the home page?"): each page gives its own, which may differ; a page none of
            # whose figures is quoted gives its first two, in its order (its headline figure first).
            figures: dict[str, list[Fact]] = {}
            for fact in facts:
                if fact.field in PROSE and (gives_figure_of(fact.value.value, question.quantity) or gives_measure(fact.value.value, counted)):
                    figures.setdefault(page_identity(fact.value.sources[0]), []).append(fact)
            for given in figures.values() if len(figures) > 1 else ():
                if not any(f in chosen for f in given):
                    for fact in given[:PAGE_FIGURES]:
                        fact.score = max(fact.score, 0.0)
                        chosen.append(fact)
        if several and chosen:
            # "List every lab and centre she is a member of": on the pages quoted, each other sentence
            # holding an asked word and naming a thing is one more item, though under the bar.
            # (Holding at least half the asked words' weight the best quoted sentence holds: not a
            # sentence that only names the item again.)
            def asked_weight(fact: Fact) -> float:
                lang = "fr" if fact.value.sources[0].lang == "fr" and weights["fr"] else "en"
                return sum(weights[lang].get(w, 0.0) for w in held_asked.get(id(fact), ()))
            pages = {page_identity(f.value.sources[0]) for f in chosen if f.field in PROSE}
            own = {w for p in profiles for w in name_words(p.researcher)}
            bar = LIST_ITEM_SHARE * max((asked_weight(f) for f in chosen if f.field in PROSE), default=0.0)
            # (Over the bar too: a fourth sentence naming one more is no less an item than the first three.)
            over_bar = {at for at, f in enumerate(facts) if f.score > 0 and f.field in PROSE}
            for at in sorted(set(holding) | over_bar):
                if len(chosen) < LIST_MAX and facts[at] not in chosen and page_identity(facts[at].value.sources[0]) in pages \
                        and names_a_thing(facts[at].value.value, own) and asked_weight(facts[at]) >= bar:
                    facts[at].score = holding.get(at, facts[at].score)
                    chosen.append(facts[at])
        # What gives the figure or the date asked ("how much is each prize?", "since what year …?").
        gives = (lambda text: has_figure(undotted(text), years=False)) if question.quantity else \
            (lambda text: gives_date(text, question.text)) if question.intent == Intent.DATE else None
        if gives is not None and chosen and not any(gives(f.value.value) for f in chosen):
            # A figure or a date asked that no quoted sentence gives: the closest sentence holding an
            # asked word and giving one ("each receives $100,000", "… since 2014") answers it.
            # (Over the bar but not among the first quoted, or under it holding an asked word.)
            scores = {at: f.score for at, f in enumerate(facts) if f.score > 0 and f not in chosen} | holding
            if question.quantity:
                # (Or the sentence a quoted one goes on with, whatever its words: "I joined the Kelpworks
                # team …" → "I stayed there for four years". Not for a date: the next sentence's date is
                # often another event's, "our next meeting is on …".)
                after, at_of = next_sentences(profiles), {id(f.value): at for at, f in enumerate(facts)}
                going_on = {at_of[id(nxt)] for f in chosen if (nxt := after.get(id(f.value))) is not None and id(nxt) in at_of}
                scores |= {at: 0.0 for at in going_on if at not in scores and facts[at] not in chosen}
            figures = [at for at in scores if facts[at].field in PROSE and gives(facts[at].value.value)]
            if not question.quantity:  # a date: of the pages quoted (another page's date is another event's)
                quoted = {page_identity(f.value.sources[0]) for f in chosen}
                figures = [at for at in figures if page_identity(facts[at].value.sources[0]) in quoted]
            if figures:
                best = max(figures, key=lambda at: scores[at])
                facts[best].score = scores[best]
                chosen.append(facts[best])
        if question.quantity and counted and chosen and not any(figure_beside(undotted(f.value.value), counted) for f in chosen):
            # A number somewhere ("a three-year deal for all members") is not the count asked ("how
            # many members?"). The best sentence writing one right before what is counted ("our 7.5
            # million members") is quoted too, over the bar or under it holding an asked word, from a
            # page already quoted (another page's count is another group's: another event's "40
            # participants").
            quoted = {page_identity(f.value.sources[0]) for f in chosen}
            under = [facts[at] for at in sorted(holding, key=lambda at: -holding[at])]
            beside = [f for f in ranked + under if f not in chosen and f.field in PROSE
                      and page_identity(f.value.sources[0]) in quoted and figure_beside(undotted(f.value.value), counted)]
            if beside:
                beside[0].score = max(beside[0].score, holding.get(facts.index(beside[0]), 0.0))
                chosen.append(beside[0])
        prose = [f for f in facts if f.field in PROSE]
        # A one-ask question of what something is for ("what is the project for?", « à quoi sert
        # le projet ? ») is read as its own part: the sentence stating an aim answers, below.
        prose_asks = question.parts or (
            [flatten(to_english(question.text) if question.lang == "fr" else question.text)]
            if ASKS_PURPOSE.search(f" {flatten(question.text)} ") and not question.researchers else [])
        if prose_asks and prose:
            # Each ask of a several-part question ("which lab …, and which journal …?") brings the
            # prose sentence that best answers it, if that sentence holds one of its words and is
            # about it.
            # A French sentence is read in its lexicon English, as the parts are English.
            read = [english.get(f.value.value, f.value.value) for f in prose]
            vectors = np.stack([self._fact_vectors[text] for text in read])
            helds = [set(lemmas(r)) | set(lemmas(f.value.value)) | concept_words(r) for r, f in zip(read, prose)]
            # (A sentence that does not answer the ask closest to it is left to the next: "where did he
            # work before …?" may come closest to the sentence naming his scholarship.)
            taken: set[int] = set()
            # (An ask of the person's own work, "is his work mostly robotics?", is answered first by
            # a sentence stating what they work on, "her research focuses on …".)
            own_work = [bool(ASKS_OWN_WORK.search(flatten(part))) for part in map(unsourced, prose_asks)]
            stating = [INTEREST_BONUS if states_interest(f) else 0.0 for f in prose] if any(own_work) else None
            # (An ask of what something is for is answered by a sentence stating an aim: "… aims to
            # cut emissions", « ce financement permettra de … ».)
            # (Of a project or an item: a researcher's "goals" are their research, not a purpose clause.)
            purpose = [bool(ASKS_PURPOSE.search(f" {part} ")) and not question.researchers for part in map(unsourced, prose_asks)]
            aiming = [KIND_BONUS if says(f.value.value, "purpose_cues.txt") else 0.0 for f in prose] if any(purpose) else None
            # (Only a sentence stating an aim answers what something is for, when the pages hold
            # one: the sentences echoing the ask's words, "the project is the largest …", do not.)
            aimless = {i for i, bonus in enumerate(aiming) if not bonus} if aiming and any(aiming) else set()
            # (An ask opening on when is answered by a sentence giving a date, below.)
            asks_when = [cue("asks_when", f" {part} ") for part in map(unsourced, prose_asks)]
            dating = [YEAR_BONUS if gives_date(f.value.value, question.text) else 0.0 for f in prose] if any(asks_when) else None
            for part, asks_work, asks_aim, when in zip(map(unsourced, prose_asks), own_work, purpose, asks_when):
                at = self.best_for_part(part, read, vectors, taken=(taken | aimless) if asks_aim else taken,
                                        bonus=stating if asks_work else aiming if asks_aim else None)
                if not asks_work and when and not dating[at]:
                    # An ask of when ("and since when is she a professor?") that the closest sentence
                    # answers with no date: the sentence giving one comes first, if close enough.
                    at = self.best_for_part(part, read, vectors, taken=taken, bonus=dating)
                best, held = prose[at], helds[at]
                # (What "how many" names is asked of the part, though a question word elsewhere:
                # "how many researchers …".)
                asked_part = list(dict.fromkeys([*content_lemmas(part), *(lemma(m) for m in COUNTED.findall(part))]))
                # (An ask of question words alone, "and what did she study before?", asks them: the
                # sentence saying "she studied …" answers it.)
                asked_part = asked_part or list(dict.fromkeys(lemma(w) for w in words(part) if w not in function_words()))
                # About it: close in meaning, or holding every word the ask has ("what does his
                # research focus on?" is answered by the sentence on what his research focuses on);
                # the kind of place or thing asked ("which university", "what organisation") is no such word.
                # (Or holding the ask's rarer content words, most of its weight: "which scholarship did
                # he receive?" is answered by « j'ai obtenu une bourse … », which writes no "receive".)
                kind = asked_kind(part)
                content = [w for w in asked_part if not cue("profile_affiliation", f" {w} ") and w not in kind]
                weight = {w: r for w, r in self.weights_of(part).items() if w in content}
                # (Of an ask about what an earlier one names, the kind alone says nothing: "…, and at which
                # university did he defend it?" of a sentence naming his university as his employer.)
                refers_back = bool(content) and bool(REFERS_TO_ASK.search(f" {part} "))
                if any(holds(held, w) for w in asked_part if w not in kind or not refers_back) and (
                        content and (all(holds(held, w) for w in content) or share_held(held, weight) > PART_HELD)
                        or cosine(vectors[at], self.query_vector(part)) >= FACT_PART_MEANING):
                    taken.add(at)
                    if best not in chosen:
                        chosen.append(best)
                    if asks_aim and aiming[at]:
                        # An aim is often stated over several sentences (what the fund will allow, what
                        # the project seeks): the page's other sentences stating one answer too.
                        also = [f for i, f in enumerate(prose) if aiming[i] and f not in chosen
                                and page_identity(f.value.sources[0]) == page_identity(best.value.sources[0])]
                        chosen += also[:FACTS_QUOTED - 1]
                    # An asked word the sentence lacks ("which level is her chair?" of a headline naming
                    # the chair) is in the sentence of the same page holding it and more of the ask's words.
                    wanted = [*content, *kind]
                    lacking = [w for w in wanted if not holds(held, w)]
                    pages = {page_identity(f.value.sources[0]) for f in chosen}
                    others = [i for i, h in enumerate(helds) if prose[i] not in chosen and any(holds(h, w) for w in lacking)
                              and page_identity(prose[i].value.sources[0]) in pages]
                    fuller = max(others, key=lambda i: sum(holds(helds[i], w) for w in wanted), default=None)
                    if fuller is not None and sum(holds(helds[fuller], w) for w in wanted) > sum(holds(held, w) for w in wanted):
                        chosen.append(prose[fuller])
        chosen += [f for f in posts_answering_parts(question, facts) if f not in chosen]
        kinds_beside(question, facts, chosen)
        measures_beside(question, facts, chosen)
        if cue("asks_when", flatten(question.text)):
            # "When was her talk?" of a news item's sentence placing the talk "during the
            # conference": the item's sentence dating the conference ("… on January 30, 2026").
            placing = [f.value.value for f in chosen if f.field == "news"]
            quote_beside(facts, chosen, [lambda fact: fact.field == "news" and gives_date(fact.value.value, question.text)
                                         and any(names_occasion(fact.value.value, line) for line in placing)])
        openers = list(chosen)
        for fact in openers:
            if fact.field in PROSE and page_question(fact.value.value) and (answer := next_unchosen(facts, fact, chosen)) \
                    and not answer.value.value.rstrip().endswith("?"):
                # A page's own question (an FAQ's "When will I get an answer?") is answered by the
                # line after it (which may open a list in turn: "To be eligible, a company must:").
                bring_beside(chosen, fact, answer)
                openers.append(answer)
            if fact.field in PROSE and opens_list(fact.value.value, question.lang, headline=True):
                # A line with no full stop (a headline, "four prizes were awarded") opens what
                # follows: the bulleted lines under it, else the next line or as many as it counts
                # (a heading under a title, "Description of mandate", brings the line after it too).
                at = facts.index(fact)
                count = announced_count(fact.value.value, question.lang)
                following = bullets_after(facts, at)
                for f in facts[at + 1:] if not following else []:
                    if not same_item(f, fact) or count == 0 or len(following) == LIST_MAX:
                        break
                    following.append(f)
                    count -= not (count == 1 and is_title_line(f.value.value, HEADING_WORDS) and not BULLET.match(f.value.value))
                for f in reversed(following):
                    if f not in chosen:
                        bring_beside(chosen, fact, f)  # they answer as the line opening them does
        if (several or question.intent in {Intent.LIST, Intent.COUNT} or asks_plural(question)) and not inside:
            # Asked for several ("who were the winners?", "list the speakers"), a list's item answers
            # with the rest of its list: the lines of its shape around it ("1st place: …", "2nd place:
            # …", "Audience Choice Award: …"). (Not when an ordinal picks one: "who came second?")
            for fact in list(chosen):
                if fact.field in PROSE and fact in chosen:
                    # (Quoted in the page's order: items already chosen move beside the one bringing them.)
                    at = facts.index(fact)
                    run = list_run(facts, at)
                    chosen[:] = [f for f in chosen if f not in run]
                    above = [f for f in run if facts.index(f) < at]
                    for f in above + list(reversed(run[len(above):])):
                        bring_beside(chosen, fact, f, before=f in above)
        if several or question.intent == Intent.LIST:
            # "List all her international roles": a sentence that names nothing particular ("She is
            # very active on the international scene.") opens the sentences after it that do (a
            # figure, a capitalised name), up to the next that names nothing again.
            own = {w for p in profiles for w in name_words(p.researcher)}
            for fact in list(chosen):
                if fact.field in PROSE and not names_a_thing(fact.value.value, own):
                    at, following = facts.index(fact), []
                    for f in facts[at + 1:]:
                        if not same_item(f, fact) or len(following) == LIST_MAX or not names_a_thing(f.value.value, own):
                            break
                        following.append(f)
                    for f in reversed(following):
                        if f not in chosen:
                            bring_beside(chosen, fact, f)
        for fact in list(chosen):
            if fact.field in PROSE and BULLET.match(fact.value.value):
                # A list's item is read under its heading ("Master of Ceremony" / "- Jane Doe, …").
                at = facts.index(fact)
                while at > 0 and BULLET.match(facts[at - 1].value.value) and same_item(facts[at - 1], fact):
                    at -= 1
                heading = facts[at - 1] if at > 0 and same_item(facts[at - 1], fact) else None
                if heading and heading not in chosen and is_title_line(heading.value.value, HEADING_WORDS):
                    bring_beside(chosen, fact, heading, before=True)
        if asks_someone:
            # "Who was on the first panel?": a sentence about it that names nobody goes on in the next
            # ("The first panel … . Jane Doe, …, and John Roe stressed …").
            for fact in list(chosen):
                after = next_unchosen(facts, fact, chosen)
                if after is not None and not names_someone(fact.value.value, typed_words) \
                        and names_someone(after.value.value, typed_words):
                    bring_beside(chosen, fact, after)
            items = {f.value.sources[0].url for f in chosen if f.field == "news"}
            if several and len(items) == 1 and all(f.field == "news" for f in chosen):
                # "Give me all the people the open day item mentions": each of the item's sentences
                # naming someone, in the item's order, whatever else it says.
                naming = [f for f in facts if f.field == "news" and f.value.sources[0].url in items and f not in chosen
                          and names_someone(f.value.value, typed_words)]
                for fact in naming[:LIST_MAX - len(chosen)]:
                    fact.score = max(fact.score, 0.0)
                    chosen.append(fact)
        if asks_quoted:
            # A quotation signed on the lines after it ("“…”" / "Jane Doe" / "Dean of Science") is
            # answered by its signature: the name and the title lines under it.
            # One a pronoun attributes ("“…,” he asserted.") is by the person the sentence before names.
            for fact in list(chosen):
                if fact.field in PROSE and QUOTATION.search(fact.value.value) \
                        and (signature := signature_after(facts, facts.index(fact), typed_words)):
                    for f in reversed(signature):
                        if f not in chosen:
                            bring_beside(chosen, fact, f)
                elif fact.field in PROSE and (speaker := speaker_before(facts, facts.index(fact), typed_words)) \
                        and speaker[0] not in chosen:
                    bring_beside(chosen, fact, speaker[0], before=True)
        if cue("what_is", flatten(question.text)) and not question.quantity:  # (not "what is its value?")
            # "What is the group she created?": the sentence naming it ("she created the TIDEWATCH
            # group") goes on in the next one that writes the name again and says what it is.
            typed_lemmas = set(lemmas(question.text))
            for fact in list(chosen):
                after = next_unchosen(facts, fact, chosen)
                introduced = written_as_names(fact.value.value) - typed_lemmas
                if after is not None and introduced & written_as_names(after.value.value):
                    bring_beside(chosen, fact, after)
        for fact in list(chosen):
            # A page sentence asking a question ("The number one reason they drop out?", an FAQ's
            # heading) is answered by the sentence after it, not by itself.
            after = next_unchosen(facts, fact, chosen)
            if after is not None and fact.value.value.rstrip().endswith("?") and not after.value.value.rstrip().endswith("?"):
                bring_beside(chosen, fact, after)
                if after.value.value.rstrip().endswith(":"):  # ("Who can apply? To be eligible, you must:" and its bullets)
                    for item in reversed(bullets_after(facts, facts.index(after))):
                        if item not in chosen:
                            bring_beside(chosen, after, item)
        asking_date = [part for part in question.parts or [question.text] if cue("date", f" {flatten(part)} ")]
        if any(names_source_kind(part) for part in asking_date):
            # "When did the post go up?": the date of a news item, a post, is its date line
            # ("15/03/2022", "11 Nov 2021"); an event's or a degree's date is in its sentences.
            for fact in list(chosen):
                if fact.field == "news":
                    dated = next((f for f in facts if same_item(f, fact) and DATE_LINE.match(f.value.value)), None)
                    if dated is not None and dated not in chosen:
                        bring_beside(chosen, fact, dated, before=True)
        if cue("lab_name_asked", flatten(question.text)):
            # "What is her lab called?" (« son laboratoire », of a sentence writing "Lab"): the
            # sentence of their pages naming a lab, group or team answers, whatever its other words.
            chosen += [f for f in facts if f.field in PROSE and f not in chosen and names_lab(f.value.value)][:1]
        if question.attribute == "supervisors":
            # A sentence saying whose supervision a degree was under ("PhD under the direction of X"),
            # or naming someone beside the degree asked of ("For his PhD, he worked with X"), answers,
            # whatever else it is about.
            besides = {w for p in profiles for w in fold(p.researcher).split()}
            # (A thesis is a graduate degree's: "her thesis supervisor" is her master's or PhD one.)
            degrees = degree_words(question.text) - DEGREE_NOUNS or ({"graduate"} if THESIS.search(question.text) else set())
            chosen += [f for f in facts if f.field in PROSE and f not in chosen and names_someone(f.value.value, besides)
                       and (says(f.value.value, "supervision_cues.txt") or degrees & degree_words(f.value.value))]
        if gives is not None and len(question.parts) < 2:
            # Asked when or how many (one ask): once a page's sentence gives a date or a figure, the
            # pages that give none only speak of the same things (a chair's page beside the item
            # dating her appointment).
            # (Not a page closer to the question than any giving one; and not at all when the pages
            # giving one are far below the closest page: that date may be another event's.)
            giving = {f.value.sources[0].url for f in chosen if f.field in PROSE and gives(f.value.value)}
            best = max((f.score for f in chosen if f.value.sources[0].url in giving), default=0.0)
            top = max((f.score for f in chosen), default=0.0)
            if giving and best >= top - OTHER_EVENT_MARGIN:
                chosen = [f for f in chosen if f.value.sources[0].url in giving or f.score > best]
        if len(question.researchers) < 2 and not question.languages:  # (pages compared each answer)
            read_as = {id(f): "fr" if f.value.sources[0].lang == "fr" and weights["fr"] else "en" for f in chosen}
            said_with = {id(f): figures_with_asked(f.value.value, held_asked.get(id(f), set()), read_as[id(f)],
                                                   f.value.sources[0].lang) for f in chosen}
            # (One thing asked of no one: two items about no researcher are weighed as one person's
            # pages are, when the fuller holds every asked word. Of two asks, each item may answer one.)
            chosen = fullest_pages(chosen, held_asked, said_with, question.lang,
                                   set() if question.researchers or len(question.parts) > 1 else unowned,
                                   {id(f): set(weights[read_as[id(f)]]) for f in chosen})
        if asked["en"] and question.attribute not in LISTED_FIELDS:
            # "Does she do research in neuroscience?": a listed research topic holding every asked
            # word ("Computational Neuroscience") answers beside the sentences.
            # Asked "A or B?", "A and B?", a topic holding every word of one side answers (of a side of
            # one word beside others, only a topic of that word: "coastal or inland flooding" asks no
            # "Coastal Ecology"; "is her work mostly medical?" asks "Medical Imaging").
            content = [w for w in asked["en"] if not cue("profile_topics", f" {w} ")]
            sides = [(side, whole) for side, whole in topic_sides(question, content) if side != content]
            chosen = [Fact(p.researcher, "topics", v) for p in profiles for v, held in self.profile_values(p)
                      if v in p.topics and content and (topic_holds(held, content) or any(
                          topic_holds(held, side) and (len(side) > 1 or whole or len(content_lemmas(to_english(v.value))) == 1)
                          for side, whole in sides))] + chosen
        return chosen

    def fact_scale(self, question: Question, hit: Hit) -> float:
        """A paper's score on the scale page facts are scored on (meaning plus half the rarity-weighted
        share of the topic's words it holds), so that a page sentence and a paper are compared alike."""
        return hit.similarity + 0.5 * share_held(set(lemmas(hit.paper.embed_text)), self.weights_of(question.topic))

    def rarity(self, word: str) -> float:
        """A word's weight: the fewer papers hold it, the more it says."""
        return 1.0 / math.log(2 + self.df.get(word, 0))

    def weights_of(self, text: str) -> dict[str, float]:
        """A text's content lemmas, each with its rarity."""
        return {w: self.rarity(w) for w in content_lemmas(text)}

    def profiles_saying(self, question: Question, limit: int = 3) -> list[Profile]:
        """The profiles whose prose (biography, news) holds most of the topic's words."""
        groups = asked_concepts(question)
        if cue("news", flatten(question.text)):  # ("the news item": where to read, not what it says)
            groups = [group for group in groups if not group <= SOURCE_KIND_LEMMAS]
        if question.lang == "fr":
            groups = [group | self.cognates(group) if untranslated else group
                      for group, untranslated in zip(groups, untranslated_groups(question, groups))]
        home_asked = asks_home_page(question)
        if home_asked:
            groups = [group for group in groups if not group <= HOME_PAGE_WORDS]
            groups.append(set(HOME_PAGE_WORDS))  # ("… on the home page", « la page d'accueil »: the root page, whose address says so)
        if not groups and question.quantity:  # only what is counted is asked
            # (by its lemmas, question words or not: "researchers", "professor")
            groups = [{w for w in lemmas(question.quantity) + lemmas(to_english(question.quantity)) if w not in function_words()}]
        asked = [w for group in groups for w in group]
        if not asked:
            return []
        index = self.prose_index()
        # Only profiles holding an asked word can pass (count >= 1): counted from the word index,
        # once per asked thing however many of its spellings a page writes (a French page holds
        # both "projet" and its English "project"; an English page only the second).
        holders = [{n for word in group for n in index.get(word, ())} for group in groups]
        roots = {name for name, page in {**self.profiles, **self.unowned}.items()
                 if any(map(is_site_root, page.urls))} if home_asked else set()
        if home_asked:  # (the home page holds "home" by its address; another's "home university" is no home page)
            holders[-1] = roots
        counting: set[str] = set()  # the pages giving a count asked by its kind ("how many people")
        for group, held in zip(groups, holders):
            if gives_measure("", group) is not None:
                # A measure asked ("combien d'argent", "how much funding"): a page giving one holds it
                # ("… à 3,375 M$US"), whatever word it names it by.
                pages = self.pages_giving(group)
                held |= pages
                counting |= pages if any(m.counted and group & m.asking for m in measures()) else set()
        counts = Counter(name for held in holders for name in held)
        if period_governs(question):
            # "Who finished a PhD in 2020?": a page with a sentence giving an asked year beside an asked
            # word holds the year too (one giving 2019 does not). ("How much did Norway give in
            # 2031?": an item writing a year of the period speaks of that time.)
            asked_lemmas = set(asked)
            for name in list(counts):
                page = self.profiles.get(name) or self.unowned[name]
                prose = page.biography + page.news
                counts[name] += any(dated_beside(v.value, question.period, asked_lemmas) for v in prose) if question.asks_person \
                    else any(question.period.admits(years) for v in prose if (years := years_in(v.value)))
        # A name the question types ("Laurent Charlin", no dictionary word) is whom it is about: a
        # page that does not write it speaks of someone else.
        named = {w for name in typed_names(question) & set(asked) for w in lemmas(name)} \
            | {lemma(w) for author in question.coauthors for w in words(author) if len(w) > 2}
        # (A person the pages do not profile is written by surname alone too, "(Bengio et al. 2013)",
        # where the surname is no dictionary word.)
        given = given_names(question.unknown_person or question.mentioned)
        # (An acronym the question spells out, "UdeM (Université de Montréal)", is written by a page
        # writing that name, in either language: "University of Montreal".)
        spelled = spelled_out(question.text)

        def writes(name: str, word: str) -> bool:
            return name in index.get(word, ()) or self.spells_out(name, word) or word in given \
                or word in spelled and all(any(name in index.get(w, ()) for w in group) for group in spelled[word])
        # Of a question of several asks that each name two things or more, each ask may be another
        # page's: a name one ask types is asked of the page answering that ask ("what did the X
        # programme do, and which family does FLAIR start with?"). (An ask naming less, "and what
        # were their titles?", or pointing back, "whose office does she head?", "was the same person
        # there?", asks of what the others find.)
        own_asks = [set(lemmas(part)) for part in question.parts
                    if not POINTS_BACK_TO_SOMEONE.search(part) and not cue("linked_person", f" {part} ")]
        part_lemmas = [held for held in own_asks if sum(bool(group & held) for group in groups) >= 2]
        part_lemmas = part_lemmas if len(part_lemmas) >= 2 else []
        named_of_asks = [named & held for held in part_lemmas] or [named]
        unassigned = named - set().union(*named_of_asks) if part_lemmas else set()
        # (The home page, named beside another page, "the Kelp Fund's release and the home page", need
        # not write the other page's name.)
        home = roots & set(counts) if named else set()
        counts = Counter({name: count for name, count in counts.items() if name in home
                          or all(writes(name, word) for word in unassigned)
                          and any(all(writes(name, word) for word in ask) for ask in named_of_asks)})
        # Of pages holding as many, those holding the rarer asked things first ("coordinator" over
        # "harbour"), then by name.
        rarity = [1.0 / math.log(2 + len(held)) for held in holders]
        # A figure asked ("how big is its community?"): pages with a sentence giving a number beside
        # an asked word first, of those holding as many.
        # (A count asked by its kind, "how many people", is given by a figure of any noun of it: "1,200 researchers".)
        figured = {name for name in counts if question.quantity and (self.figure_words().get(name, set()) & set(asked) or name in counting)}
        scored = sorted(((count, name in figured, sum(r for r, held in zip(rarity, holders) if name in held), name)
                         for name, count in counts.items()), key=lambda s: (-s[0], -s[1], -s[2], s[3]))
        if question.quantity and scored and len(counted_nouns(question)) <= 1 and len(question.parts) < 2:
            # One figure asked: a page holding fewer of the asked things than another speaks of
            # something else ("how many attended the annual conference?" is not answered by the
            # summer school's attendance, whatever figure it gives).
            # (The home page, when asked, is read beside the page holding more: "the home page and
            # the program page each give a figure".)
            scored = [s for s in scored if s[0] == scored[0][0] or home_asked and s[3] in roots]
        # A page holding half the asked things passes, or, of several asks as above ("which
        # organisation co-designed X, and which language family does Y start with?"), one of the
        # rarest things one ask names that a page holds and more than half of that ask's, two at
        # least (common words of one ask, "time", "policy", are no match).
        of_asks = [[held for group, held in zip(groups, holders) if group & lemmas_of_ask] for lemmas_of_ask in part_lemmas]

        def answers_an_ask(name: str) -> bool:
            for ask in of_asks:
                fewest = min((len(held) for held in ask if held), default=0)
                if any(name in held for held in ask if len(held) == fewest) and sum(name in held for held in ask) > max(1, len(ask) / 2):
                    return True
            return False
        return [self.profiles.get(name) or self.unowned[name] for count, _, _, name in scored[:limit]
                if count >= max(1, len(groups) / 2) or answers_an_ask(name)]

    def pages_giving(self, asked: set[str]) -> set[str]:
        """The profiles and unowned pages whose prose gives the measure ``asked`` asks for (see
        ``gives_measure``); only pages writing one of its units are read sentence by sentence."""
        units = next((measure.units for measure in measures() if asked & measure.asking), frozenset())
        pages = {**self.profiles, **self.unowned}
        return {name for name, text in self.prose_texts.items() if any(u in text for u in units)
                and any(gives_measure(v.value, asked) for v in pages[name].biography + pages[name].news)}

    @cached_property
    def prose_texts(self) -> dict[str, str]:
        """Per profile and unowned page, its biography and news sentences as one text, as written and
        folded (a sign such as "€" folds to letters)."""
        texts = {name: " ".join(v.value for v in page.biography + page.news)
                 for name, page in {**self.profiles, **self.unowned}.items()}
        return {name: f"{text} {fold(text)}" for name, text in texts.items()}

    def figure_words(self) -> dict[str, set[str]]:
        """Per profile and unowned page, the lemmas of its prose sentences that give a number (built once)."""
        if self._figure_words is None:
            self._figure_words = {
                name: {w for v in p.biography + p.news if has_figure(undotted(v.value), years=False) for w in lemmas(v.value)}
                for name, p in {**self.profiles, **self.unowned}.items()}
        return self._figure_words

    def spells_out(self, name: str, acronym: str) -> bool:
        """Whether a page's prose writes out in full the name a typed acronym stands for ("UdeM":
        "Université de Montréal")."""
        page = self.profiles.get(name) or self.unowned[name]
        return spelled_by_initials(acronym, " ".join(v.value for v in page.biography + page.news)) is not None

    @cached_property
    def prose_vocabulary(self) -> list[str]:
        return sorted(self.prose_index())

    def cognates(self, group: set[str]) -> set[str]:
        """The pages' words that begin as a French word the lexicon does not translate begins
        ("hybride" → hybrid; "industrielle" → industrial): French and English share most of the
        learned vocabulary by its stem. At least five letters and most of the shorter word shared."""
        return {other for word in group for other in cognates_in(word, self.prose_vocabulary) if other not in group}

    def cognates_spelled(self, topic: str) -> str:
        """A French question's English topic with each word the lexicon left French (no paper holds it,
        no English dictionary knows it) followed by the papers' closest cognate of it, when they hold
        one ("simplicite" → "simplicite simplicity"; the typed word still says what it says)."""
        def spell(word: str) -> str:
            found = {} if word in self.df or known_word(word) else cognates_in(word, self.vocabulary)
            # The longest shared start, then the nearest spelling ("principe": principle before principal), then the commonest
            return f"{word} {max(found, key=lambda w: (found[w], -Levenshtein.distance(word, w), self.df[w]))}" if found else word
        return " ".join(spell(word) for word in topic.split())

    def nearest_written(self, word: str) -> str:
        """The word of the pages' prose nearest a typed one that no page writes, within one edit (two
        for words of six letters or more); the word itself when none is."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if len(word) < 4:
            return word
        edits = 2 if len(word) >= 6 else 1
        best = process.extractOne(word, self.prose_vocabulary, scorer=Levenshtein.distance, score_cutoff=edits)
        return best[0] if best else word

    def english_prose(self) -> set[str]:
        """The lemmas the English pages' prose writes (built with :meth:`prose_index`): a typed word
        one of them writes is the page's word, not a misspelling of the papers' (a French page's
        « finale » is no English "finale")."""
        self.prose_index()
        return self._english_prose

    def prose_index(self) -> dict[str, list[str]]:
        """Each lemma the profiles' and unowned pages' prose holds → who holds it (built once, with
        the English pages' lemmas apart: :meth:`english_prose`)."""
        if self._prose_index is None:
            self._prose_index, self._english_prose = {}, set()
            for name, p in {**self.profiles, **self.unowned}.items():
                prose = p.biography + p.news
                # A French page is also read in its lexicon English (the topic is English).
                # ("M.Sc." is read as the "MSc" a question writes, as sentences are: ``held_by``.)
                english = set(lemmas(undotted(" ".join(v.value for v in prose if v.sources[0].lang == "en"))))
                self._english_prose |= english
                held = english | set(lemmas(undotted(" ".join(v.value for v in prose if v.sources[0].lang != "en")))) \
                    | {lemma_fr(w) for v in prose for w in words(v.value)} \
                    | set(lemmas(" ".join(to_english(v.value) for v in prose if v.sources[0].lang == "fr"))) \
                    | {w for v in prose for w in figures_held(v.value, v.sources[0].lang)} \
                    | {w for v in prose for w in award_words(v.value) | concept_words(v.value)}  # (« un prix » holds "prize")
                # A page is also known by its address: "the sustainability report" names a page whose
                # text never prints its own title, but whose URL does (/sustainability-report-2024/).
                held |= {w for url in p.urls for w in url_words(url)}
                # (Home page lines filed under the person they name, "founded by Professor X", are known
                # by that page's address too.)
                held |= HOME_PAGE_WORDS if any(is_site_root(s.url) for v in p.news for s in v.sources if s.url) else set()
                for word in held:
                    self._prose_index.setdefault(word, []).append(name)
        return self._prose_index

    def query_vector(self, text: str) -> np.ndarray:
        return np.asarray(self.embedder.embed_queries([text])[0], dtype=np.float32)

    def topic_hits(self, question: Question, pool: list[Paper] | np.ndarray, limit: int,
                   near: list[Hit] | None = None) -> list[Hit]:
        """The pool's papers relevant to the topic, best first; ``near`` (if given) receives the
        closest of the others, for the LLM's context."""
        rows = pool if isinstance(pool, np.ndarray) else self.rows_in_order(pool)
        if not len(rows) or not question.topic:
            return []
        similarity = self.similarities(self.query_vector(question.topic), rows)
        asked = [w for w in dict.fromkeys(self.papers_word(s) for s in lemmas(question.topic) if s not in stopwords()) if w]
        rare_limit = max(2, RARE_SHARE * len(self.order))
        rare = {s for s in asked if self.df[s] <= rare_limit and len(s) >= 3}
        lexical = self.lexical(asked, rows)
        # The share of the topic's words each pool paper holds, from the postings (pool rows ascend);
        # a topic given as alternatives ("GFlowNets / generative flow networks") is covered by either.
        at_word = {word: positions(rows, self.posting(word)) for word in asked}
        # (A word typed in capitals, "the GAP paper", names a thing however many papers write it.)
        typed_acronyms = {lemma(t) for t in question.terms if is_acronym(t)}
        holding = {word: at for word, at in at_word.items() if word in rare or word in typed_acronyms}
        groups = [[s for s in dict.fromkeys(lemmas(alternative)) if s in at_word]
                  for alternative in question.alternatives] or [asked]
        cover = np.zeros(len(rows))
        for group in (g for g in groups if g):
            held = np.zeros(len(rows), dtype=np.int64)
            for word in group:
                held[at_word[word]] += 1
            cover = np.maximum(cover, held / len(group))
        # A rare word the paper writes as a name ("TransNAR", "Gemma 7B") singles it out; a rare
        # ordinary word ("yield") only alongside half the topic and a near-threshold meaning.
        floor = self.min_similarity - COVER_SLACK
        singled = np.zeros(len(rows), dtype=np.int64)
        # A word of a several-word name the question types ("the Coastal Insights for Mayors Program")
        # singles out only a paper that writes the whole name, not one sharing the word ("Programs").
        whole_names = [o for o in asked_words(question)[1:] if len(o) > 1] if holding else []
        writing = [set.intersection(*(set(positions(rows, self.posting(w)).tolist()) if w in self._postings else set()
                                      for w in o)) for o in whole_names]
        for word, at in holding.items():
            if any(word in o for o in whole_names):
                at = np.asarray([i for i in at.tolist() if any(i in rows_of for o, rows_of in zip(whole_names, writing)
                                                                if word in o)], dtype=np.int64)
            for i in at.tolist():
                named = word in self.paper_names(int(rows[i]))
                plain = cover[i] >= 0.5 and similarity[i] >= floor
                singled[i] += 1 if named or plain else 0
        admitted = (similarity >= self.min_similarity) | ((cover == 1.0) & (similarity >= floor)) | (singled > 0)
        typed = [s for s in dict.fromkeys(lemmas(question.topic)) if s not in stopwords()]
        if len(typed) <= SHORT_TOPIC and len(typed) == len(asked):  # (every word written somewhere: "quantum" may be nowhere)
            # A topic of a word or two that a paper writes in one sentence of many ("we map kelp
            # canopies …") is far from the whole abstract's meaning: the sentence's own closeness
            # says whether the paper is on it (the closest few papers writing every word are read).
            query = self.query_vector(question.topic)
            written = [i for i in np.argsort(-similarity).tolist() if cover[i] == 1.0 and not admitted[i]]
            for i in written[:SENTENCE_READ]:
                split, vectors = self.sentence_vectors(self.all[int(rows[i])])
                if split:
                    closest = cosines(vectors, query)
                    admitted[i] = any(closest[at] >= self.min_similarity and set(asked) <= set(lemmas(sentence))
                                      for at, sentence in enumerate(split))
        passing = np.nonzero(admitted)[0]
        relevant = [(self.all[rows[i]], float(similarity[i]), float(cover[i]), int(singled[i]), i)
                    for i in passing.tolist()]
        if not relevant:
            if near is not None:
                near += [Hit(self.all[rows[i]], float(similarity[i])) for i in top_stable(similarity, NEAR_MISSES)]
            return []
        best = max(k[1] for k in relevant)
        most_rare = max(k[3] for k in relevant)
        if most_rare:
            # Rare words name what is asked: the papers holding most of them, and papers about as
            # close by meaning, are cited.
            kept = [k for k in relevant if k[3] == most_rare or k[1] >= best - RELATIVE_MARGIN / 2
                    or question.alternatives and k[2] == 1.0]  # one alternative named in full
        else:
            kept = [k for k in relevant if k[1] >= best - RELATIVE_MARGIN or k[2] == 1.0]
        kept.sort(key=lambda k: (k[3], k[1] + 0.05 * float(lexical[k[4]])), reverse=True)
        hits = [Hit(p, sim) for p, sim, *_ in kept[:limit]]
        if near is not None:
            score = similarity.astype(np.float64) + 0.05 * lexical
            score[[k[4] for k in kept[:limit]]] = -np.inf
            near += [Hit(self.all[rows[i]], float(similarity[i]))
                     for i in top_stable(score, min(NEAR_MISSES, len(rows) - len(hits)))]
        return hits

    def writes_phrase(self, phrase: str, rows: np.ndarray) -> bool:
        """Whether a paper of the pool writes the phrase's words in a row, in its title or abstract
        (inflections aside: "Sparse Kelp Network" writes "Sparse Kelp Networks"). Only the papers
        holding every word (their postings) are read."""
        wanted = lemmas(phrase)
        holding = np.arange(len(rows))
        for word in set(wanted):
            if word not in self._postings:
                return False
            holding = np.intersect1d(holding, positions(rows, self.posting(word)))
        joined = f" {' '.join(wanted)} "
        return any(joined in f" {' '.join(lemmas(self.all[int(rows[i])].embed_text))} " for i in holding.tolist())

    def rows_in_order(self, pool: list[Paper]) -> np.ndarray:
        return np.arange(len(self.all), dtype=np.int64) if pool is self.all else \
            np.asarray([self.row[p.paper_id] for p in pool], dtype=np.int64)

    def similarities(self, query: np.ndarray, pool: list[Paper] | np.ndarray) -> np.ndarray:
        """Cosine of the query to each pool paper's stored vector (fetched once, kept as one matrix)."""
        rows = pool if isinstance(pool, np.ndarray) else self.rows_in_order(pool)
        if not self._have[rows].all():
            self.load_vectors()
        whole = len(rows) == len(self.all)
        matrix = self._matrix if whole else self._matrix[rows]
        norms = self._norms if whole else self._norms[rows]
        return matrix @ query / (norms * (np.linalg.norm(query) or 1.0) + 1e-9)

    def load_vectors(self) -> None:
        """Every paper's stored vector into one matrix, with its norm: read on the first question that
        needs a vector, so opening stays quick and no later question reads the store."""
        missing = np.nonzero(~self._have)[0].tolist()
        for start in range(0, len(missing), VECTOR_BATCH):
            chunk = missing[start:start + VECTOR_BATCH]
            got = self.vectors_of([self.order[r] for r in chunk])
            found = [r for r in chunk if self.order[r] in got]
            if not found:
                continue
            block = np.stack([np.asarray(got[self.order[r]], dtype=np.float32) for r in found])
            if not self._have.flags.writeable:  # mapped from a saved library: filled in on a copy
                self._matrix, self._norms, self._have = self._matrix.copy(), self._norms.copy(), self._have.copy()
            if self._matrix.shape[1] != block.shape[1]:
                self._matrix = np.zeros((len(self.all), block.shape[1]), dtype=np.float32)
                self._norms = np.zeros(len(self.all), dtype=np.float32)
            self._matrix[found] = block
            self._norms[found] = np.linalg.norm(block, axis=1)
            self._have[found] = True

    def lexical(self, asked: list[str], rows: np.ndarray) -> np.ndarray:
        """BM25 scores of the pool (by position), scaled to [0, 1] by the best one; only the postings
        of the asked words are read, and only at the pool's rows."""
        picked = np.zeros(len(rows), dtype=np.float32)
        if not self._postings or not asked or not len(rows):
            return picked.astype(np.float64)
        data, indices = self._posting_scores, self._posting_rows
        for word in asked:  # summed word by word in float32, as bm25s.get_scores does
            if word not in self._postings:
                continue
            start, end = self._postings[word]
            where, at = matches(rows, indices[start:end])
            picked[where] += data[start:end][at]
        picked = picked.astype(np.float64)
        top = float(picked.max()) or 1.0
        return picked / top

    def profiles_on(self, question: Question, profiles: list[Profile]) -> list[Profile]:
        """The profiles with a page value (a research topic, a role or position line, a biography or
        news sentence) that holds what the question asks about."""
        options = asked_words(question)
        if not options:
            return []
        # A profile can only match an option if it holds all of its words somewhere: the word index
        # narrows the profiles to check to those.
        index = self.value_index()
        possible = set().union(*(set.intersection(*(index.get(w, set()) for w in option)) for option in options))
        # "Which of them list X among their research topics?": the listed topics list it or nothing
        # does (a biography speaking of X lists nothing; "whose research interests include X?" is
        # answered by a biography too).
        listed_only = question.attribute == "topics" and not question.open_field and bool(LISTS_VERB.search(fold(question.text)))

        def values(profile: Profile) -> list[tuple[Sourced, set[str]]]:
            held = self.profile_values(profile)
            if not listed_only:
                return held
            topics = {value_key(v) for v in profile.topics}
            return [(value, lemmas_held) for value, lemmas_held in held if value_key(value) in topics]

        return [p for p in profiles if p.researcher in possible and matching_values(options, p, values(p), owners(question), ruled_out_lemmas(question))]

    def people_in_items(self, question: Question) -> list[Profile]:
        """People the pages name only inside news items' sentences ("…, Ines Varga, Canada CIFAR AI
        Chair, is one of the report's authors"), for a who-question naming no one: each sentence
        holding what is asked is given to the person it names nearest the asked words, who has no
        profile of their own; each as a profile of those sentences, cited to the items' pages."""
        options = asked_words(question)
        if not options:
            return []
        profiled = set(self.researcher_keys) | {name_key(v.value) for p in self.profiles.values() for v in p.also_named}
        people: dict[str, Profile] = {}
        for page in [*self.unowned.values(), *self.profiles.values()]:
            news = {value_key(v) for v in page.news}
            for value, held in self.profile_values(page):
                if value_key(value) not in news or not any(option <= held for option in options):
                    continue
                person = nearest_person(value.value, set().union(*(o for o in options if o <= held)))
                if person is None or name_key(person) in profiled:
                    continue
                profile = people.setdefault(name_key(person), Profile(researcher=person))
                add_sourced(profile.news, value.value, value.sources[0])
                profile.pages += [s for s in value.sources if s not in profile.pages]
        return list(people.values())

    def value_index(self) -> dict[str, set[str]]:
        """Each lemma the profiles' page values hold → the profiles holding it (built on first use:
        most questions never need it)."""
        if self._value_index is None:
            self._value_index = {}
            for name, profile in self.profiles.items():
                for word in set().union(*(h for _, h in self.profile_values(profile))):
                    self._value_index.setdefault(word, set()).add(name)
        return self._value_index

    def profile_values(self, profile: Profile) -> list[tuple[Sourced, set[str]]]:
        """A profile's page values with the lemmas each holds (computed once per profile)."""
        held = self._profile_values.get(profile.researcher)
        if held is None:
            held = self._profile_values[profile.researcher] = value_lemmas(profile)
        return held

    # ---------------------------------------------------------------------------------------
    # Evidence

    def add_evidence(self, question: Question, hits: list[Hit]) -> None:
        """The abstract sentences that answer the question, for the papers an answer quotes."""
        # A fact may take several sentences; a topic answer quotes more when it cites fewer papers.
        # (A list on a topic, "all her papers about X", shows each by a sentence on it.)
        wants = {Intent.FACT: FACT_SENTENCES, Intent.PAPERS: topic_quote_length(len(hits)),
                 Intent.COMPARE: 1, Intent.WHO: 1, Intent.LIST: 1 if question.topic else 0}.get(question.intent, 0)
        if question.intent in {Intent.VENUE, Intent.DATE, Intent.COAUTHORS, Intent.COMMON} and len(question.parts) > 1:
            # "Where is X published, and which data does it use?": the record answers the field; the
            # abstract's best sentence for each other ask answers it, if it holds one of its words.
            others = [part for part in question.parts if not cue(str(question.intent), f" {part} ")]
            for hit in hits[:2]:
                split, vectors = self.sentence_vectors(hit.paper)
                best = [split[self.best_for_part(part, split, vectors, coined=title_names(hit.paper))]
                        for part in others] if split else []
                hit.evidence = [s for s, part in zip(best, others) if any(
                    holds(set(lemmas(s)), w) for w in lemmas(part) if w not in stopwords())]
            return
        if not wants:
            return
        for hit in hits[:5]:
            if question.topic or question.quantity or question.asks_name:  # "what benchmark was X evaluated on?"
                hit.evidence = self.best_sentences(question, hit.paper, wants)
            elif question.intent == Intent.FACT:  # "what does the X paper propose?": its own claims
                hit.evidence = gist(hit.paper, 2)
        if question.intent == Intent.PAPERS and not (question.topic or question.quantity or question.asks_name):
            show_gists(hits)

    def sentence_vectors(self, paper: Paper) -> tuple[list[str], np.ndarray]:
        cached = self._sentences.get(paper.paper_id)
        if cached is None:
            split = sentences(paper.abstract or "")
            vectors = np.asarray(self.embedder.embed_documents(split), dtype=np.float32) if split \
                else np.zeros((0, 1), dtype=np.float32)
            cached = (split, vectors)
            self._sentences[paper.paper_id] = cached
            if len(self._sentences) > SENTENCE_CACHE:
                self._sentences.popitem(last=False)
        return cached

    def best_sentences(self, question: Question, paper: Paper, wants: int) -> list[str]:
        """Sentences scored by meaning (cosine to the topic), by the question's words they hold
        (weighted by rarity), and for "how many" by a figure next to what is counted; a fact spread
        over neighbouring sentences brings its neighbour along when it scores close."""
        split, vectors = self.sentence_vectors(paper)
        if not split:
            return []
        # Sentences answer the whole question ("what makes the collapse worse?"), not only its topic
        # words; a French question is read through its English topic (the embedder is English).
        asked_text = question.text if question.lang == "en" else question.topic
        if question.intent == Intent.FACT and (context := CONTEXT_SENTENCES.match(asked_text)) \
                and len(content_lemmas(asked_text[context.end():])) >= 2:
            # "X lists a paper on Y. What are its two main difficulties?": the statement says which
            # paper; the ask after it says which sentence answers.
            asked_text = asked_text[context.end():]
        titled = set(lemmas(paper.title or ""))
        if question.intent == Intent.FACT and titled and paper.paper_id not in question.papers:
            # A fact in a paper the question describes ("the salinity forecasting paper") is looked
            # for by what is asked, not by the words that say which paper is meant.
            kept = [w for w in re.findall(r"[\w'’\-]+", asked_text) if not set(lemmas(w)) & titled]
            if len([w for w in kept if w.lower() not in stopwords()]) >= 2:
                asked_text = " ".join(kept)
        query = self.query_vector(" ".join([asked_text, question.quantity or ""]))
        meaning = cosines(vectors, query)
        asked = [s for s in dict.fromkeys(lemmas(" ".join(question.terms) + " " + question.topic))
                 if s not in stopwords()]
        if question.intent == Intent.FACT and question.lang == "en":
            # Inside the paper, the words that frame the ask ("what data is the model trained on?")
            # say which sentence answers ("It is trained on eleven years of records …"); its names do not.
            named = researcher_words(question)
            asked += [w for w in content_lemmas(asked_text) if w not in asked and w not in named and fold(w) not in named]
        helds = [set(lemmas(sentence)) for sentence in split]
        # A word rare in the corpus weighs more; inside this paper, a word its title or many of its
        # sentences hold says which paper is meant, not which sentence answers (within-paper rarity).
        weight = {s: self.rarity(s)
                  * math.log(1 + len(split) / max(1, sum(s in h for h in helds))) / math.log(1 + len(split))
                  * (0.5 if s in titled else 1.0) for s in asked}
        counted = set(lemmas(question.quantity or ""))
        typed = set(lemmas(question.text))
        scores, naming = [], []  # naming: how well each sentence gives a name the question does not
        named_parts = [part for part in question.parts if cue("asks_name", f" {part} ")] \
            if question.intent == Intent.FACT else []
        wants_name = question.asks_name or bool(named_parts)  # the names are looked for only then
        kind = asked_kind(question.text) if wants_name else set()  # "which model …?" → model
        # "Which principle does it rest on?": of one paper's sentences, one writing the kind of thing
        # asked names it ("… through the lens of the Minimum Description Length principle").
        kinds = asked_kinds(question.text) if question.intent == Intent.FACT else set()
        if kinds and question.lang == "fr":  # (and its English cognate: « quel principe » → principle)
            kinds |= set(lemmas(self.cognates_spelled(" ".join(sorted(kinds)))))
        # "How does their model encode the echoes?" asks of the paper's own work: a sentence
        # opening on others' ("Traditional counters encode echoes as …") speaks of what
        # it is set against, unless the question asks of that work too.
        others_asked = says(question.text, "prior_work_cues.txt")
        defines = defining(question.text, split)
        for i, sentence in enumerate(split):
            held = helds[i]
            lexical = sum(weight[s] for s in asked if s in held) / (sum(weight.values()) or 1.0)
            # "How many X": a sentence giving a figure next to X comes before any other.
            figure = 1.0 if counted and counted & held and has_figure(sentence) else 0.0
            # "What is the method called?", "which base model did they use?": a sentence that gives
            # no name the question does not give cannot answer; one that coins a name answers best.
            names = 0.0
            if wants_name:
                given = written_as_names(sentence) - typed  # names the question does not give
                coins = any(lemma(name) in given for name in coined_names(sentence))
                # Names listed together ("Gemma 3, GPT4o and o1-preview") answer "which models …"
                # better than one passing name ("Bayesian"); a coined name still comes first.
                # A name written as one of the kind asked ("a trained Gemma 7B model") says which
                # one better than the name passing alone ("Gemma learns …").
                names = 1.0 if coins else 0.9 if given and NAME_LIST.search(sentence) \
                    else 0.8 if given and names_as_kind(sentence, kind) else 0.5 if given else 0.0
            naming.append(names)
            writes_kind = KIND_BONUS if kinds & held else 0.0
            background = PRIOR_WORK_PENALTY if question.intent == Intent.FACT and not others_asked \
                and speaks_of_prior_work(sentence) else 0.0
            scores.append(float(meaning[i]) + 0.5 * lexical + figure + writes_kind + (names if question.asks_name else 0.0)
                          + defines[i] - background)
        ranked = sorted(range(len(split)), key=lambda i: -scores[i])
        if question.intent in {Intent.PAPERS, Intent.LIST} and not wants_name:
            # A paper listed on a topic is shown by a sentence writing the topic, when one does,
            # however many of its sentences write it (then its word tells no sentence apart). (A
            # name asked, "which models were tested?", is shown by the sentence giving names.)
            ranked.sort(key=lambda i: not any(weight[s] and s in helds[i] for s in asked))
        chosen = [ranked[0]]
        for i in ranked[1:wants]:
            # A fact question gets its three best sentences (a fact is often spread over two or three,
            # and the embedder often ranks the one holding it below its neighbours), a lone paper on a
            # topic its three best: its gist.
            if scores[i] >= 0.8 * scores[ranked[0]] or question.intent == Intent.FACT and len(chosen) < FACT_SENTENCES \
                    or question.intent == Intent.PAPERS and wants >= 3:
                chosen.append(i)
        if question.intent == Intent.PAPERS:
            # What the paper says it does, beside the sentences that match the topic.
            extra = [i for i in ranked if states_claim(split[i]) and i not in chosen]
            chosen += extra[:max(1, wants - 1)]
        if question.intent == Intent.FACT or question.intent == Intent.PAPERS and wants >= 3 and (
                len(question.parts) > 1 or ASKS_DRAWBACK.search(f" {flatten(question.text)} ")):
            # A question that asks two things gets the sentence that best answers each (of a lone
            # paper on a topic too: "anything on X? what came out about Y?"); so does a lone paper
            # asked its drawback, which its topic's words do not find.
            taken: set[int] = set()
            finding = [FINDING_BONUS if says(sentence, "finding_cues.txt") else 0.0 for sentence in split]
            claiming = [FINDING_BONUS if states_claim(sentence) else 0.0 for sentence in split]
            conceding = [FINDING_BONUS if says(sentence, "drawback_cues.txt") else 0.0 for sentence in split]
            testing = [i for i, sentence in enumerate(split) if says(sentence, "test_cues.txt")]
            coined = title_names(paper)
            # A one-ask question is read as its own part when it asks what was found or proposed.
            # ("The study on X: which remedy does it suggest?": what follows the colon asks, what
            # comes before it says which paper.)
            asks = question.parts or [ask for ask in [flatten(re.split(r":\s", question.text)[-1])]
                                      if any(ask_cue.search(f" {ask} ") for ask_cue in (ASKS_FINDING, ASKS_CLAIM, ASKS_TEST, ASKS_DRAWBACK))]
            for part in [side for ask in asks for side in contrasted_sides(ask)]:  # an ask for a name ("which model was probed?") wants one
                # An ask for what was found ("what was found on …?") is answered by a result, one
                # for what was proposed ("which remedy is suggested?") by the paper's own claim.
                asks_test = part not in named_parts and bool(ASKS_TEST.search(f" {part} "))
                asks_found = part not in named_parts and not asks_test and bool(ASKS_FINDING.search(f" {part} "))
                asks_claim = part not in named_parts and not asks_test and bool(ASKS_CLAIM.search(f" {part} "))
                asks_drawback = part not in named_parts and bool(ASKS_DRAWBACK.search(f" {part} "))
                bonus = naming if part in named_parts else conceding if asks_drawback else finding if asks_found \
                    else claiming if asks_claim else None
                best = self.best_for_part(part, split, vectors, bonus, taken, coined=coined)
                taken.add(best)
                if best not in chosen:
                    chosen.append(best)
                if asks_test and (cued := [i for i in testing if i != best]):
                    # An ask for how a claim was tested: its words find the sentence stating the
                    # claim; the sentence testing it ("we check this conjecture by …") comes next,
                    # or nearest before when none follows.
                    test_at = min(cued, key=lambda i: (i < best, abs(i - best)))
                    if test_at not in chosen:
                        chosen.append(test_at)
                if asks_found and (unquoted := {i for i, said in enumerate(finding) if said and i not in chosen}):
                    # A finding often spans two result sentences ("our analysis reveals X …; further,
                    # we show Y"): the best other one is quoted too.
                    chosen.append(self.best_for_part(part, split, vectors, bonus, set(range(len(split))) - unquoted, coined=coined))
        # A chosen sentence that points back ("These reward functions are …") is read with the one
        # before it, which says what it means, whatever is asked.
        chosen += [i - 1 for i in chosen if i > 0 and i - 1 not in chosen and POINTS_BACK.search(split[i])]
        return [split[i] for i in sorted(set(chosen))]

    def best_for_part(self, part: str, texts: list[str], vectors: np.ndarray, bonus: list[float] | None = None,
                      taken: set[int] = frozenset(), coined: set[str] = frozenset()) -> int:
        """The text that best answers one ask of a several-part question: by meaning, by the
        rarity-weighted share of the ask's words it holds, and by ``bonus`` where given; not one
        ``taken`` by another ask while any other is left (two asks are two facts). The name a
        paper's title coins (``coined``: "in the GULL paper") says which paper, not which sentence."""
        part = unsourced(part)
        # "…, besides the graph structure?": what the ask sets aside is known, not asked.
        kept = SET_ASIDE.sub(" ", part)
        part = kept if sum(w not in stopwords() for w in kept.split()) >= 2 else part
        asked = [w for w in part.split() if not set(lemmas(w)) & coined]
        query = self.query_vector(" ".join(asked) if sum(w not in stopwords() for w in asked) >= 2 else part)
        meaning = cosines(vectors, query)
        held = [set(lemmas(t)) | concept_words(t) for t in texts]
        # "Which project …": the kind asked is no word to find, when no text writes it.
        kind = {k for k in asked_kind(part) if not any(holds(h, k) for h in held)}
        # ("What is the project for?": the words asking for an aim are no words to find.)
        aim_words = {lemma(w) for m in ASKS_PURPOSE.finditer(f" {part} ") for w in m.group(0).split()}
        weight = {w: r for w, r in self.weights_of(part).items() if w not in kind and w not in aim_words}
        if any(w not in coined for w in weight):
            weight = {w: r for w, r in weight.items() if w not in coined}
        defines = defining(part, texts)
        scores = [float(meaning[i]) + 0.5 * share_held(held[i], weight) + (bonus[i] if bonus else 0.0) + defines[i]
                  for i, t in enumerate(texts)]
        free = [i for i in range(len(texts)) if i not in taken] or list(range(len(texts)))
        return max(free, key=lambda i: scores[i])


def contrasted_sides(ask: str) -> list[str]:
    """An ask setting two things side by side ("what are the fast vs the slow waves used for?"), as
    one ask a side ("what are fast waves used for?", "what are slow waves used for?"); any other as it is."""
    contrast = CONTRASTED.search(ask)
    if not contrast:
        return [ask]
    return [ask[:contrast.start()] + side + ask[contrast.end():] for side in contrast.groups()]


def defining(ask: str, texts: list[str]) -> list[float]:
    """Of an ask of what an acronym is ("IGT c'est quoi ?", "what is TGP …?"), KIND_BONUS for each
    text that writes it out before giving it in brackets ("… implicit gradient transport (IGT) …"):
    it says what the thing is. Of an ask of how a thing is defined ("what is their definition of it?"),
    for each text glossing a term ("…, i.e. the share of …", ``definition_cues.txt``). Nothing for
    other asks. (The acronym is the word the ask's "what is" is about, next to it: not one naming
    something else, "what is the agent their LLM study proposes called?".)"""
    flat = f" {flatten(ask)} "
    if ASKS_DEFINITION.search(flat):
        return [KIND_BONUS if says(text, "definition_cues.txt") else 0.0 for text in texts]
    about = [w for match in cues()["what_is"].finditer(flat)
             for w in [*flat[:match.start()].split()[-2:], *[w for w in flat[match.end():].split() if w not in stopwords()][:1]]]
    typed = [w for w in dict.fromkeys(about) if 2 <= len(w) <= 8 and w not in stopwords()]
    return [KIND_BONUS if any(defines_acronym(w, text) for w in typed) else 0.0 for text in texts]


# A sentence pointing back within its first words ("To address these challenges, …", "We show that this
# phenomenon …", "Ces limites …"): what it speaks of is in the sentence before. ("This paper", "this work" is the paper.)
POINTS_BACK = re.compile(r"^\W*(?:[\w'’-]+\W+){0,5}?(?:this|these|those|such|ce|cet|cette|ces)\s+"
                         r"(?!(?:paper|papers|work|study|article|thesis|report|survey|review|chapter|letter|manuscript|"
                         r"travail|travaux|étude|thèse|rapport)\b)[^\W\d]{3,}|"
                         # (or a demonstrative as its subject: "This is an initiative that …", « C'est un … »)
                         r"^\W*(?:(?:this|that)\s+(?:is|was)|(?:these|those)\s+(?:are|were)|c['’]est|ce sont)\b", re.I)
# (within its first words: "More recently, her work …", « Plus récemment, sa recherche … »)
PRONOUN_OPENING = re.compile(r"^\W*(?:[\w'’\-]+,?\s+){0,2}?(?:he|she|his|her|they|their|in (?:his|her|their) role|il|elle|son|sa|ses)\b", re.I)


def next_sentences(profiles: list[Profile]) -> dict[int, Sourced]:
    """Each prose sentence of the profiles (by id) → the sentence its page goes on with."""
    return {id(v): values[at + 1] for p in profiles for field in PROSE for values in [getattr(p, field)]
            for at, v in enumerate(values[:-1]) if values[at + 1].sources[0].url == v.sources[0].url}


OPENING_WORDS = 5  # the words of a sentence that say what it is about


def goes_on_about(sentence: str, following: str, researcher: str) -> bool:
    """Whether the sentence a page goes on with opens on a name the sentence before writes ("… founded
    the KELP lab." → "The KELP lab studies …"), someone's own name aside (each of their sentences
    writes it): it tells more of what that sentence named."""
    def names(text: str) -> set[str]:
        return {fold(w) for w in re.findall(r"[^\W\d_][\w\-]{2,}", text) if w[0].isupper() and fold(w) not in stopwords()}
    opening = names(" ".join(following.split()[:OPENING_WORDS]))
    return bool(opening & names(sentence) - {fold(w) for w in words(researcher)})


def with_pointing_back(facts: list[Fact], profiles: list[Profile]) -> list[Fact]:
    """Page facts with, after each prose sentence, the one its page goes on with when that one
    points back to it ("… to the Kelpman scholarship fund." → "These grants will fund …") or opens
    on a name it writes: it says more of the same thing, in words of its own. A sentence that itself
    points back ("To reach this goal, I lead …") comes after the one it points to: that one says what."""
    speaking = {f.researcher for f in facts if f.field in PROSE}  # (only their pages' sentences go on from a fact)
    after = next_sentences([p for p in profiles if p.researcher in speaking])
    before = {id(following): value for p in profiles if p.researcher in speaking for field in PROSE
              for value in getattr(p, field) if (following := after.get(id(value))) is not None}
    held, kept = {id(f.value) for f in facts}, []
    for fact in facts:
        earlier = before.get(id(fact.value)) if fact.field in PROSE else None
        if earlier is not None and id(earlier) not in held and POINTS_BACK.search(fact.value.value):
            kept.append(Fact(fact.researcher, fact.field, earlier, fact.score))
            held.add(id(earlier))
        kept.append(fact)
        following = after.get(id(fact.value)) if fact.field in PROSE else None
        if following is not None and id(following) not in held and (
                POINTS_BACK.search(following.value) or goes_on_about(fact.value.value, following.value, fact.researcher)):
            kept.append(Fact(fact.researcher, fact.field, following, fact.score))
            held.add(id(following))
    return kept


NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s")  # "1. Complete the form", "2) Wait for the reply"
ITEM_REACH = 3  # sentences an item of a numbered list may run to before the next item


def numbered_list_at(values: list[Sourced], at: int) -> tuple[int, int] | None:
    """The span (first, last index) of the numbered list whose item opens at ``at`` in a page's
    sentences: items numbered one after another, each within a few sentences of the one before
    (an item may run to more than one sentence); None when no item opens there."""
    def number(i: int) -> int | None:
        match = NUMBERED_ITEM.match(values[i].value)
        return int(match.group(1)) if match and values[i].sources[0].url == values[at].sources[0].url else None
    if number(at) is None:
        return None
    first = last = at
    while (before := next((i for i in range(first - 1, max(first - ITEM_REACH, 0) - 1, -1) if number(i) is not None), None)) is not None \
            and number(before) == number(first) - 1:
        first = before
    while (after := next((i for i in range(last + 1, min(last + ITEM_REACH + 1, len(values))) if number(i) is not None), None)) is not None \
            and number(after) == number(last) + 1:
        last = after
    return first, last


def with_whole_lists(facts: list[Fact], profiles: list[Profile]) -> list[Fact]:
    """Of an ask of steps ("walk me through the admission process"): page facts with each numbered
    list a quoted sentence is an item of given whole, in its order, where its first quoted item
    was: a step alone, or steps out of order, tell the process wrong. A page quoted for none of its
    items, that writes one numbered list, gives that list after its quoted sentences: the steps
    are in it, though in other words than the question's."""
    kept, held, listed, read = [], set(), set(), set()
    for fact in facts:
        if id(fact.value) in held:
            continue
        values = page_sentences(fact, profiles)
        at = next((i for i, v in enumerate(values) if v is fact.value), None)
        span = numbered_list_at(values, at) if at is not None else None
        run = [v for v in values[span[0]:span[1] + 1] if id(v) not in held] if span else [fact.value]
        kept += [Fact(fact.researcher, fact.field, v, fact.score) for v in run]
        held.update(id(v) for v in run)
        listed |= {fact.value.sources[0].url} if span else set()
    for fact in [f for f in kept if f.field in PROSE]:
        url = fact.value.sources[0].url
        if url in listed or (fact.researcher, fact.field, url) in read:
            continue
        read.add((fact.researcher, fact.field, url))  # (a page's lists are read once, not once a fact)
        values = [v for v in page_sentences(fact, profiles) if v.sources[0].url == url]
        spans = {numbered_list_at(values, i) for i in range(len(values))} - {None}
        if len(spans) == 1:
            first, last = spans.pop()
            at = max(i for i, f in enumerate(kept) if f.value.sources[0].url == url) + 1
            kept[at:at] = [Fact(fact.researcher, fact.field, v, fact.score) for v in values[first:last + 1] if id(v) not in held]
            listed.add(url)
    return kept


def page_sentences(fact: Fact, profiles: list[Profile]) -> list[Sourced]:
    """The sentences of the field a prose fact is of, on its researcher's (or item's) pages."""
    profile = next((p for p in profiles if p.researcher == fact.researcher), None)
    return getattr(profile, fact.field) if profile is not None and fact.field in PROSE else []


BETWEEN_MAX = 3  # sentences a page writes between two it is quoted for, read as what came between


def with_sentences_between(facts: list[Fact], profiles: list[Profile], question: Question) -> list[Fact]:
    """Of "what did he do between his PhD and his return to X?": page facts with the sentences a page
    writes between the two it tells each end in (a few): what happened between the two is told
    there, in words of neither. The ends are the sentences of a quoted page writing each end's words
    closest together, the first before the second (then all three in page order); else the first
    and the last sentences quoted."""
    kept = list(facts)
    ends = interval_ends(question)
    for profile in profiles:
        for field in PROSE:
            values = getattr(profile, field)
            for url in dict.fromkeys(v.sources[0].url for v in values):
                page = [v for v in values if v.sources[0].url == url]
                at = {id(v): i for i, v in enumerate(page)}
                span = closest_ends(page, ends) if ends and any(id(f.value) in at for f in kept) else None
                if span and 1 <= span[1] - span[0] - 1 <= BETWEEN_MAX:
                    told = {id(v) for v in page[span[0]:span[1] + 1]}
                    first = next((i for i, f in enumerate(kept) if id(f.value) in told), 0)
                    score = kept[first].score if kept else 0.0
                    kept = kept[:first] + [Fact(profile.researcher, field, v, score) for v in page[span[0]:span[1] + 1]] \
                        + [f for f in kept[first:] if id(f.value) not in told]
                    continue
                quoted = sorted(at[id(f.value)] for f in kept if f.field == field and id(f.value) in at)
                if len(quoted) < 2 or not 1 <= quoted[-1] - quoted[0] - 1 <= BETWEEN_MAX:
                    continue
                held = {id(f.value) for f in kept}
                first = next(i for i, f in enumerate(kept) if id(f.value) == id(page[quoted[0]]))
                between = [Fact(profile.researcher, field, v, kept[first].score)
                           for v in page[quoted[0] + 1:quoted[-1]] if id(v) not in held]
                kept[first + 1:first + 1] = between
    return kept


def closest_ends(page: list[Sourced], ends: tuple[set[str], set[str]]) -> tuple[int, int] | None:
    """Of a page's sentences, the two writing the words of each end (English lemmas), the first
    before the second, closest together; None when no sentence pair does."""
    said = [set(content_lemmas(to_english(v.value) if v.sources[0].lang == "fr" else v.value)) for v in page]
    pairs = [(i, j) for i in range(len(page)) if said[i] & ends[0] for j in range(i + 1, len(page)) if said[j] & ends[1]]
    return min(pairs, key=lambda pair: pair[1] - pair[0], default=None)


BETWEEN = re.compile(r"\b(?:between|entre) (.+?) (?:and|et) (.+?)(?=[?.!;]|$)", re.IGNORECASE)


def interval_ends(question: Question) -> tuple[set[str], set[str]] | None:
    """The words of the two ends "between X and Y" names ("between her master's and her PhD":
    {master}, {phd}), read in English; None when the question names no two ends."""
    match = BETWEEN.search(question.text)
    if not match:
        return None
    read = to_english if question.lang == "fr" else str
    ends = tuple(set(content_lemmas(read(end))) for end in match.groups())
    return ends if all(ends) else None


FIRST_PERSON = {"i", "my", "me", "myself", "je", "j", "mon", "ma", "mes", "moi"}


def speaking_of(profile: Profile) -> list[Sourced]:
    """The sentences of the news items filed under a person that speak of them: those writing their
    first name or surname, those going on about them ("He also …", « Plus récemment, sa
    recherche … ») after one that does, and, in an item whose headline names them (an interview),
    those in the first person: they speak."""
    names = {w for w in words(fold(profile.researcher)) if len(w) > 2}
    about, last_url, going_on = [], None, False
    for value in profile.news:
        url = value.sources[0].url
        going_on = going_on and url == last_url
        typed = set(words(fold(value.value)))
        speaks = FIRST_PERSON & typed and names & set(words(fold(value.sources[0].headline or "")))
        if names & typed or speaks or going_on and PRONOUN_OPENING.match(value.value):
            about.append(value)
            going_on = True
        else:
            going_on = False
        last_url = url
    return about


def kinds_asked(question: Question) -> list[Callable[[str], bool]]:
    """Tests that a line gives what a question asks of a kind a line can be seen to give: a venue
    ("where was it published?"), a date ("when …?")."""
    flat = flatten(question.text)
    asked = [names_a_venue] if question.intent == Intent.VENUE or cue("venue_asked", flat) else []
    # (Where and when in one ask, "when and where did it appear?": a line giving either says.)
    if Intent.DATE in {question.intent, question.asked} or any(cue("date", f" {flatten(part)} ") for part in question.parts) \
            or question.intent == Intent.VENUE and asks_date(question.text):
        asked.append(lambda text: gives_date(text, question.text))
    return asked


FIGURE_REACH = 3  # the words after a number that say what it counts ("70 industry partners")


def gives_figure_of(line: str, quantity: str) -> bool:
    """Whether a line gives a number (no year) of what is counted: a word of it, read in English too,
    within the few words after the number."""
    if not has_figure(line, years=False):
        return False
    asked = quantity_lemmas(quantity)
    tokens = words(fold(line))
    for at, token in enumerate(tokens):
        if (token.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", token)) or token in wordset("number_words.txt"):
            after = " ".join(tokens[at + 1:at + 1 + FIGURE_REACH])
            if not asked.isdisjoint(set(lemmas(after)) | set(lemmas(to_english(after)))):
                return True
    return False


def in_question_language(question: Question, facts: list[Fact]) -> list[Fact]:
    """Of a researcher's profile pages (and, apart, of the news items filed under them), those in
    the question's language answer when they give a fact: the other language's copies say the same."""
    own = [f for f in facts if any(s.lang == question.lang for s in f.value.sources)]
    answered = {news_apart(f) for f in own}
    return [f for f in facts if f in own or news_apart(f) not in answered]


def news_apart(fact: Fact) -> tuple[str, bool]:
    """A page fact's copies group: a researcher's profile pages in both languages are copies of
    each other (the question's language answers); a news item in the other language is no copy of
    them, and answers when no item in the question's language does."""
    return fact.researcher, fact.field == "news"


def items_naming(profiles: list[Profile], name: str, seen: set[str]) -> list[Profile]:
    """The news items filed under these researchers that write ``name`` in full, each as a page of
    its own (a news item presenting three people is filed under each it names; someone it names
    with no page of their own is answered by the item itself). ``seen``: item URLs already had."""
    items: dict[str, Profile] = {}
    wanted = f" {fold(name)} "
    for profile in profiles:
        by_url: dict[str, list[Sourced]] = {}
        for value in profile.news:
            by_url.setdefault(value.sources[0].url or value.sources[0].file or "", []).append(value)
        for url, said in by_url.items():
            if url in seen or url in items or not any(wanted in f" {fold(v.value)} " for v in said):
                continue
            source = replace(said[0].sources[0], researcher=said[0].sources[0].headline)
            items[url] = Profile(researcher=source.headline or url, pages=[source], unowned=True,
                                 news=[Sourced(v.value, [source]) for v in said])
    return list(items.values())


def answered_by_pages(question: Question, found: Found, facts: list[Fact], pages: list[Profile] | None = None) -> Found:
    """The question answered by page facts (asked on as a page question); with ``pages``, the
    profiles found are those of them that give a fact."""
    question.asked, question.intent = question.intent, Intent.PROFILE
    question.attribute = question.attribute or "facts"
    found.facts = facts
    if pages is not None:
        found.profiles = [p for p in pages if any(f.researcher == p.researcher for f in facts)]
    return found


def unsourced(part: str) -> str:
    """An ask without the words that say where to read ("according to his bio"): they say nothing
    of which sentence answers it."""
    flat = flatten(part)
    for name in ("biography_source", "page_source"):
        flat = cues()[name].sub(" ", flat)
    return " ".join(flat.split()) or part


def cognates_in(word: str, vocabulary: list[str]) -> dict[str, int]:
    """The words of a sorted ``vocabulary`` that are cognates of ``word`` (at least ``COGNATE_PREFIX``
    letters alike, and ``COGNATE_SHARE`` of the shorter word), each with the length of the start they share."""
    if len(word) < COGNATE_PREFIX:
        return {}
    start = word[:COGNATE_PREFIX]
    shared = {other: len(os.path.commonprefix([word, other]))
              for other in vocabulary[bisect_left(vocabulary, start):bisect_left(vocabulary, start + "\uffff")]}
    return {other: n for other, n in shared.items() if n >= COGNATE_SHARE * min(len(word), len(other))}


def matches(rows: np.ndarray, posting: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where two ascending row arrays meet: (positions in ``rows``, positions in ``posting``), in
    ascending order. Costs the smaller array times the log of the larger, so a small pool never
    pays for a word that many papers hold."""
    if len(posting) <= len(rows):
        at = np.searchsorted(rows, posting)
        ok = at < len(rows)
        ok[ok] = rows[at[ok]] == posting[ok]
        return at[ok], np.nonzero(ok)[0]
    at = np.searchsorted(posting, rows)
    ok = at < len(posting)
    ok[ok] = posting[at[ok]] == rows[ok]
    return np.nonzero(ok)[0], at[ok]


def positions(rows: np.ndarray, posting: np.ndarray) -> np.ndarray:
    """Positions in ``rows`` of the rows also in ``posting`` (both ascending)."""
    return matches(rows, posting)[0]


def top_stable(values: np.ndarray, k: int) -> list[int]:
    """Positions of the ``k`` largest values, largest first, ties in position order: what a stable
    sort by descending value keeps, without sorting everything."""
    k = min(k, len(values))
    if k <= 0:
        return []
    threshold = np.partition(values, len(values) - k)[len(values) - k]
    candidates = np.nonzero(values >= threshold)[0].tolist()
    return sorted(candidates, key=lambda i: -values[i])[:k]


def sort_postings(scores: dict) -> None:
    """Sort each word's rows (with their scores) in bm25s's column-compressed arrays, in place, so
    postings can be searched; bm25s sums a query's scores per row, so row order within a word
    changes none of its results."""
    indptr, indices, data = scores["indptr"], scores["indices"], scores["data"]
    if len(indices) < 2:
        return
    column = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    step = np.diff(indices.astype(np.int64))
    if np.all((step > 0) | (np.diff(column) != 0)):
        return
    order = np.lexsort((indices, column))
    indices[:] = indices[order]
    data[:] = data[order]


def whole_sentences(paper: Paper) -> list[str]:
    """The abstract's sentences, less the last of an abstract the page cut short ("Here we build a
    model tha" says nothing)."""
    said = sentences(paper.abstract or "")
    return said[:-1] if not paper.abstract_complete and len(said) > 1 else said


def claims(paper: Paper) -> list[str]:
    """The abstract's sentences that state the paper's own contribution."""
    return [s for s in whole_sentences(paper) if states_claim(s)]


def topic_quote_length(papers: int) -> int:
    """How many sentences of each paper a topic answer quotes: more when it cites fewer papers."""
    return max(1, 3 - papers) + (papers == 1)


def show_gists(hits: list[Hit]) -> None:
    """"What is she working on?": a paper with no title to tell it is shown by its gist, as much of
    it as a topic answer quotes for so many papers."""
    for hit in hits[:5]:
        if not hit.paper.title:
            hit.evidence = gist(hit.paper, topic_quote_length(len(hits)))


def gist(paper: Paper, most: int) -> list[str]:
    """What an abstract is about, in ``most`` sentences: its claims, or, when it states none (a cut
    abstract often loses them), its opening sentences, which set out the problem it takes on."""
    return (claims(paper) or whole_sentences(paper))[:most]


def printed_by(hits: list[Hit], researchers: list[str], every: bool = False) -> list[Hit]:
    """The hits whose paper one of the researchers' own pages prints (not only names as a co-author),
    or, with ``every``, each one's pages print."""
    if every:
        return [h for h in hits if set(researchers) <= set(h.paper.researchers)]
    return [h for h in hits if not set(h.paper.researchers).isdisjoint(researchers)]


def recognised_by(paper: Paper) -> list[str]:
    """What an untitled paper is recognised by: the sentence stating its contribution, the one that
    gives it a coined name ("we propose TransNAR", "xLSTM", "LRAM") when there is one."""
    said = sorted(claims(paper), key=lambda s: first_said(s, "claim_cues.txt"))  # "we introduce X" before "we study"
    # The name the abstract coins for its method ("our resulting TransNAR model") tells it best.
    names = coined_names(paper.abstract or "")
    naming = [s for s in said + sentences(paper.abstract or "") if any(n in s for n in names)]
    if naming:
        return naming[:1]
    # (A plural acronym, "RNNs", names a kind of model, not the paper's own.)
    coined = [s for s in said if any(any(c.isupper() for c in token[1:]) and not re.fullmatch(r"[A-Z]+s", token)
                                     for token in re.findall(r"[^\W_]+", s))]
    return (coined or said)[:1]


PRIOR_WORK_OPENING = 4  # the first words of a sentence, where it says whose work it speaks of


def speaks_of_prior_work(sentence: str) -> bool:
    """Whether a sentence opens on other people's work ("Traditional recommenders …", « Les méthodes
    existantes … »)."""
    return says(" ".join(words(fold(sentence))[:PRIOR_WORK_OPENING]), "prior_work_cues.txt")


def states_claim(sentence: str) -> bool:
    """Whether a sentence states the paper's own contribution ("we show …", "nous proposons …")."""
    return says(sentence, "claim_cues.txt")


# A pronoun or possessive by which an ask points back to someone another ask finds ("whose office does
# she head?", « quel est son poste ? »), not the pronoun of a French inversion (« combien met-il ? »).
POINTS_BACK_TO_SOMEONE = re.compile(r"\b(?:he|him|his|she|her|they|them|their|lui|eux|son|sa|ses|leur|leurs)\b")
# A lab, group or team named: "the Kelp Dynamics Lab", "the LiNC lab", "the TIDE research group",
# « le laboratoire Saint-Laurent », "Group on Tides".
NAMED_BEFORE_LAB = re.compile(r"\b([A-Z][\w\-]*)\s+(?:[a-z]+\s+)?(?i:labs?|laboratory|group|team)\b")
NAMED_AFTER_LAB = re.compile(r"\b(?:Lab|Laboratory|Laboratoire|Labo|Group|Groupe|Team|Équipe)\s+(?:(?:of|on|for|de|du|des|d['’]|l['’])\s*)?[A-Z]|"
                             r"\b(?i:laboratoire|labo|groupe|équipe)\s+[A-Z]")


def names_lab(text: str) -> bool:
    """Whether a text gives a lab, group or team a name (not "His laboratory investigates …")."""
    return bool(NAMED_AFTER_LAB.search(text)) or any(m.group(1).lower() not in function_words()
                                                      for m in NAMED_BEFORE_LAB.finditer(text))


def names_someone(text: str, besides: set[str]) -> bool:
    """Whether a text names a person: two to four capitalised words that read as a name, none of them
    a field or institution word ("University") or an acronym ("UC Berkeley"), other than one whose
    words are all in ``besides``."""
    run: list[str] = []
    before = ""  # the word before the run: "at", "in", "à" put a place there ("à Santa Cruz")
    # (Words in quotation marks name a thing, a list or an award: "named to the ‘40 Pioneers Under 40’".)
    text = ELIDED_BEFORE_CAPITAL.sub(r"\1\2 ", QUOTED_SPAN.sub(" ", text))
    for token in re.findall(r"[\w'’\-´]+|[^\w\s]", text) + ["."]:
        if name_token(token) and not is_field_term(token):
            run.append(token)
            continue
        if 2 <= len(run) <= 4 and is_name_like(" ".join(run)) and not set(fold(" ".join(run)).split()) <= besides \
                and not any(map(is_acronym, run)) and fold(before) not in PLACE_WORDS:
            return True
        run, before = [], token
    return False


# "de" or "que" elided before a capitalised word (« la supervision d'Aaron Courville »): a word apart.
# (Not « l' »: « l'Université Laval » is a place, not a person.)
ELIDED_BEFORE_CAPITAL = re.compile(r"\b([dD]|[qQ]u)(['’])(?=[A-ZÀ-Ý])")
PLACE_WORDS = {"at", "in", "a", "au", "aux", "en", "dans"}  # folded: a capitalised run after them is a place
QUOTED_SPAN = re.compile(r"[‘“«\"][^’”»\"]{1,80}[’”»\"]")  # (opening marks only: "Review’s" is a possessive)


def singular_words(text: str) -> str:
    """A text's lemmas, padded, less a final "s" where one is left (a plural the lemmatiser does not
    know, "GFlowNets" → "gflownet"; "analysis" → "analysi" on both sides alike), so that a phrase is
    found in a text whatever its number."""
    return " " + " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                          for w in lemmas(text)) + " "


def name_key(name: str) -> str:
    """First and last name, folded: "Jackie Ck Cheung" and "Jackie Cheung" share "jackie cheung"."""
    tokens = fold(name).split()
    return f"{tokens[0]} {tokens[-1]}" if len(tokens) > 1 else "".join(tokens)


def title_names(paper: Paper) -> set[str]:
    """Lemmas of the names a paper's title coins: words of two capitals or more, or with digits
    ("RAT", "xLSTM", "GPT4"); its other words ("momentum") are what it is about."""
    return {lemma(t) for t in re.findall(r"[^\W_]+", paper.title or "")
            if sum(c.isupper() for c in t) >= 2 or any(c.isdigit() for c in t)}


def period_governs(question: Question) -> bool:
    """Whether the years a question names date all it asks: one ask, or asks after the dated one
    that go on with it ("… in May 2031, and for how long?"), not an ask of its own ("Her post
    before that, and the event she opened in May 2031?")."""
    return question.period.filters and (len(question.parts) < 2 or all(
        YEAR_IN_TEXT.search(part) or cue("elliptic", f" {part} ") for part in question.parts))


def item_lines(page: Profile, url: str) -> list[Sourced]:
    """The sentences of the news item at ``url`` that ``page`` files, in the item's order."""
    return [v for v in page.news if url in {s.url for s in v.sources}]


def person_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of two to four capitalised words a text writes that reads as
    a person's name: no acronym in it, and its last word no dictionary's (English or French: "Climate
    Change AI", "Scientific Director", « Grandes Plaines » are no people)."""
    runs = []
    for match in PERSON_SPAN.finditer(text):
        run = [t for t in match.group(1).split() if fold(t) not in HONORIFICS]
        if 2 <= len(run) <= 4 and is_name_like(" ".join(run)) and not any(map(is_acronym, run)) \
                and not known_word(run[-1]) and not known_word(run[-1], "fr") and fold(run[0]) not in stopwords():
            runs.append((match.start(1), match.end(1), " ".join(run)))
    return runs


def nearest_person(text: str, asked: set[str]) -> str | None:
    """The person a sentence names nearest the asked words it writes (by lemma): one of its
    ``person_runs``, not the thing asked ("Blue Sealwerk"); None when it names none."""
    spans = [(start, end, name) for start, end, name in person_runs(text) if not asked & set(map(lemma, name.split()))]
    at = [m.start() for m in re.finditer(r"[^\W_]+", text) if lemma(m.group()) in asked]
    if not spans or not at:
        return None
    return min(spans, key=lambda s: min(max(s[0] - p, p - s[1], 0) for p in at))[2]


def written_as_names(text: str) -> set[str]:
    """Lemmas of the words a text writes as names: mixed case or digits ("xLSTM", "7B", "RoPE"), or
    capitalised inside a sentence ("… such as Gemma")."""
    found = set()
    for sentence in sentences(text):
        for i, token in enumerate(re.findall(r"[^\W_]+", sentence)):
            if any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]) or (i and token[0].isupper()):
                found.add(lemma(token))
    return found


def names_as_kind(sentence: str, kind: set[str]) -> bool:
    """Whether a sentence writes a name just before a word of the asked kind ("the Gemma 7B
    model", "the CLRS-Text benchmark")."""
    tokens = re.findall(r"[^\W_]+", sentence)
    return any(lemma(token) in kind and written_as_names(" ".join(tokens[max(0, i - 2):i]))
               for i, token in enumerate(tokens) if i)


def new_names(paper: Paper, question: Question) -> set[str]:
    """The names a paper's abstract gives that the question and the title do not, nor the acronym of
    their words ("ASTE" for "Aspect Sentiment Triplet Extraction"): what "which dataset …?" asks for."""
    given = re.findall(r"[^\W_]+", f"{paper.title or ''} {question.text}")
    known = {lemma(w) for w in given}
    initials = {"".join(w[0] for w in given[i:j]).lower() for i in range(len(given))
                for j in range(i + 2, min(len(given), i + 8) + 1)}
    # A term spelled out before its acronym ("Large Language Models (LLMs)") names a kind of thing,
    # and so does a two-letter acronym ("RL", "ML"): neither names what a study tried.
    spelled = {lemma(w) for words_, short in acronyms(paper.abstract or "") for w in [*words_.split(), short]}
    kinds = {lemma(t) for t in re.findall(r"\b[A-Z]{2}s?\b", paper.abstract or "")}
    return {name for name in written_as_names(paper.abstract or "")
            if name not in known and name not in initials and name not in spelled | kinds | named_ideas(paper.abstract or "")}


def named_ideas(text: str) -> set[str]:
    """Lemmas of the capitalised words written just before a word for an idea ("the Minimum
    Description Length principle", "Bayes' theorem"): a concept's name, not a thing tried."""
    ideas = wordset("idea_words.txt")
    return {lemma(w) for run, noun in re.findall(r"((?:\b[A-Z][\w\-]*['’]?s?\s+)+)([a-z]+)\b", text)
            if noun in ideas for w in re.findall(r"[^\W_]+", run)}


def names_beyond(text: str, question: Question) -> set[str]:
    """The names a page sentence writes that the question does not: what "which company …?" asks
    for. Figures, months, function words a scraped heading capitalises ("Des études …") and
    two-letter acronyms of a field ("IA") name nothing asked."""
    known = {lemma(w) for w in re.findall(r"[^\W_]+", " ".join([question.text, *question.researchers]))}
    common = stopwords() | wordset("month_names.txt")
    return {name for name in written_as_names(text)
            if name not in known and len(name) > 2 and not name.isdigit() and fold(name) not in common}


def names_venue(key: str, venue: str) -> bool:
    """Whether a venue as printed is the one a question names (folded name or acronym)."""
    from qa.papers import venue_acronym

    return f" {key} " in f" {fold(venue)} " or (venue_acronym(venue) or "").lower() == key


def counted_in_other_thing(question: Question, profiles: list[Profile]) -> bool:
    """Whether a count of a listed field's things is asked of something else, a sentence of their
    pages giving a figure of them beside another thing the question asks of ("how many colleges
    belong to the Baltic network she chairs?" of "… the Baltic network, which brings together 37
    colleges"): the sentence answers, not the count of their listed affiliations."""
    counted = set(content_lemmas(question.quantity or "")[:1])  # (the noun "how many" names, not what it does)
    others = set(content_lemmas(question.topic)) - counted - {lemma(w) for p in profiles for w in name_words(p.researcher)}
    if not counted or not others:
        return False
    for value in (v for p in profiles for v in p.biography + p.news):
        if has_figure(undotted(value.value), years=False):
            held = held_by(value.value, question.lang, value.sources[0].lang)
            if all(holds(held, w) for w in counted) and any(holds(held, w) for w in others):
                return True
    return False


def disagrees(fact: Fact, own: list[str], question: Question) -> bool:
    """Whether a listed value of another language's page says otherwise than the values ``own``
    (read in English): asked someone's membership, one none of them lists ("Alumni" beside
    "Associate Academic Member"); a professorship at a place one of them names, of another rank,
    where the question names that place or rank ("Professeur associé, ÉTS", an adjunct, beside
    "Assistant Professor, ÉTS"). Titles that only translate differently ("Vice-président" and
    "VP") are no disagreement: no rank or membership differs."""
    value = fact.value.value
    if fact.field == "roles":
        return cue("profile_membership", flatten(question.text)) and listed_title(value) not in {listed_title(o) for o in own}
    place = professorship_place(value) if fact.field == "affiliations" else None
    if place is None:
        return False
    asked = set(lemmas(question.topic)) | {lemma(fold(t)) for t in question.terms}
    named = (set(lemmas(place)) | listed_title(value)) & asked
    return bool(named) and any(professorship_place(o) == place and listed_title(o) != listed_title(value) for o in own)


def professorship_place(value: str) -> str | None:
    """The place a position line holds a professorship at, folded ("Assistant Professor, ÉTS, …" →
    "ets"); None when its title names no professorship or rank."""
    title, _, rest = value.partition(",")
    return fold(rest.split(",")[0]) if cue("profile_role", f" {fold(title)} ") else None


def listed_title(value: str) -> frozenset[str]:
    """A listed value's title (what comes before its first comma) as English content words:
    "Professeur adjoint, Université …" → {assistant}."""
    return frozenset(w for w in words(fold(to_english(value.split(",")[0]))) if w not in stopwords())


def given_names(person: str | None) -> set[str]:
    """The lemmas of a full name's first names, when its surname is no dictionary word (it alone
    then names the person: "Bengio"); empty otherwise."""
    parts = person.split() if person else []
    if len(parts) < 2 or known_word(parts[-1]) or known_word(parts[-1], "fr"):
        return set()
    return {lemma(w) for part in parts[:-1] for w in words(fold(part))}


# A title typed in a question: four or more capitalised words, lower-case link words between them
# ("Sea Ice Forecasting with Graph Models"), not at the question's start.
TYPED_TITLE = re.compile(r"(?<=\w[\s“\"«(])(?:[A-Z][\w\-’']*\s+(?:(?:with|of|for|and|in|on|the|a|an|to|from|via|by|at|de|des|du|la|le|les|et|pour|par|en|à|au|aux)\s+)?){3,}[A-Z][\w\-’']*")


def typed_title(text: str) -> set[str]:
    """The content lemmas of a title the question types, empty when it types none."""
    match = TYPED_TITLE.search(text)
    return set(lemmas(match.group(0))) - function_words() if match else set()


def asked_words(question: Question) -> list[set[str]]:
    """What a which-of-these question asks about, as alternatives: all its topic words
    ("natural language processing"), or one of the names it gives ("who is at Google DeepMind and
    who at Microsoft Research": each run of capitalised topic words as typed is one name). A name
    keeps every word but function words ("Canada Research Chair" is not "Canada CIFAR AI Chair");
    punctuation and the named researchers' own names end a run."""
    typed = {t for t in question.terms if t[:1].isupper() and fold(t) not in stopwords()}
    people = [*question.researchers, *question.assumed, *(n for names in question.candidates.values() for n in names)]
    named = set().union(*map(name_words, people))
    names: list[str] = []
    for text in spellings(question.text):
        names += [n for n in typed_runs(text, typed, named, question.lang) if n not in names]
    # A run of words that name a page field ("PhD", "University") is what is asked, not a name.
    names = [n for n in names if not all(any(cue(f"profile_{field}", f" {w} ") for field in PROFILE_FIELD_CUES)
                                         for w in fold(n).split())]
    typed_options = [set(lemmas(name)) - function_words() for name in names]
    topic = set(lemmas(question.topic)) - stopwords()
    # (A French name is compared with the English topic in its lexicon English.)
    typed_english = [set(lemmas(to_english(name))) - function_words() for name in names] if question.lang == "fr" else []
    if any(topic < o for o in typed_options + typed_english):
        # The topic is a typed name with its common words dropped ("Canada Chair" of "Canada Research
        # Chair"): the name as typed is what is asked.
        topic = set()
    # A phrase the question quotes (« apprentissage par renforcement ») is a thing asked as written.
    quoted = [phrase for match in QUOTED.finditer(question.text) for phrase in match.groups() if phrase]
    quoted_options = [set(lemmas(p)) - function_words() for p in quoted]
    if question.lang == "fr":
        quoted_options += [set(lemmas(to_english(p))) - function_words() for p in quoted]
    # A person the pages do not profile is written by surname alone too ("(Bengio et al. 2013)").
    given = given_names(question.unknown_person or question.mentioned)
    surname_options = [o - given for o in typed_options if given and given < o and len(o - given) == 1]
    return [o for o in [topic, *typed_options, *quoted_options, *surname_options] if o]


def spelled_out(text: str) -> dict[str, list[set[str]]]:
    """The acronyms a question's text spells out in brackets ("UdeM (Université de Montréal)", see
    ``Library.acronyms_spelled``), each with the lemmas of each content word of its name, in English too."""
    return {lemma(fold(m.group(1))): [{lemma(w), *lemmas(to_english(w))} for w in words(fold(m.group(3)))
                                      if w not in function_words()]
            for m in BRACKETED.finditer(text) if is_acronym(m.group(1))}


BRACKETED = re.compile(r"\b([\w\-]+?)(['’]s)? \(([^()]+)\)")  # "UdeM's (Université de Montréal)"


def spellings(text: str) -> list[str]:
    """A question's text as typed and, when it spells out an acronym in brackets ("UdeM's
    (Université de Montréal) DIRO", see ``Library.acronyms_spelled``), with those words in its
    place: one name written either way, not two names asked in turn."""
    if not any(is_acronym(m.group(1)) for m in BRACKETED.finditer(text)):
        return [text]
    typed = BRACKETED.sub(lambda m: m.group(1) + (m.group(2) or "") if is_acronym(m.group(1)) else m.group(0), text)
    spelled = BRACKETED.sub(lambda m: m.group(3) if is_acronym(m.group(1)) else m.group(0), text)
    return [typed, spelled]


def typed_runs(text: str, typed: set[str], named: set[str], lang: str) -> list[str]:
    """The runs of capitalised topic words a question's text types (see :func:`asked_words`)."""
    names, run = [], []
    inner_until = 0  # a French name's lower-case inner words run up to this token
    tokens = re.findall(r"[\w'’\-]+|[^\w\s]", text) + [""]
    for at, token in enumerate(tokens):
        folded = fold(token)
        own = bool(name_words(token) & named)
        # A run starts at a capitalised topic word (not the question's first word) and goes on
        # through capitalised words, boilerplate ones included: "Canada Research Chair" is one name.
        starts = at > 0 and token in typed and not own
        goes_on = run and not own and (token[:1].isupper() and folded not in function_words()
                                       or is_acronym(token))  # "CIFAR AI Chair"
        if starts or goes_on:
            run.append(token)
        elif run and token.lower() in NAME_LINKS and tokens[at + 1] in typed:
            run.append(token)  # "University of Alberta", "Université de Montréal" are one name
        elif run and (at < inner_until or lang == "fr" and token.lower() in NAME_LINKS
                      and (inner_until := french_name_goes_on(tokens, at, typed))):
            # « Institut de valorisation des Données »: a French name writes its inner words in lower case
            run.append(token)
        elif run:
            names.append(" ".join(run))
            run = []
    return names


def french_name_goes_on(tokens: list[str], at: int, typed: set[str]) -> int:
    """Where a French name goes on to past the link word at ``at``: through lower-case words and
    link words to a capitalised word the question types (« Institut de valorisation des Données »), before
    any punctuation; that word's position, or 0 when it does not go on."""
    for end in range(at + 1, min(len(tokens), at + 1 + NAME_INNER_WORDS)):
        token = tokens[end]
        if token in typed:
            return end
        if not token[:1].islower() or fold(token) in function_words() and token.lower() not in NAME_LINKS:
            return 0
    return 0


NAME_INNER_WORDS = 4  # lower-case and link words a French name writes between two capitalised ones, at most
WORK_NOUNS = {"work", "works", "travail", "travaux"}  # research, or the papers it gave: either may be meant
PROFILE_FIELD_CUES = ("role", "affiliation", "topics", "biography", "supervisors", "students")
LISTS_VERB = re.compile(r"\b(?:list|lists|listed|listing|liste|listent|listee?s?)\b")  # a page's field asked as listed

NAME_LINKS = {"of", "for", "and", "&", "in", "on", "de", "du", "des", "d", "la", "le", "l", "et", "pour"}  # inside one name ("Learning in Machines & Brains")


THESIS = re.compile(r"\b(?:thesis|theses|thèses?|dissertations?)\b", re.I)  # a thesis named (accents kept: "these" is no « thèse »)


def path_words(url: str) -> set[str]:
    """The words of an address's path, its language prefix aside."""
    return {w for w in re.findall(r"[a-z]+", unidecode(urlsplit(url).path).lower()) if w not in {"en", "fr"}}


def is_site_root(url: str) -> bool:
    """Whether an address is the site's root ("/en/?p=906", "/en?ref=…"): its home page."""
    return not path_words(url)


def address_words(url: str) -> set[str]:
    """The words a page's address names it by: its path's words, and for the site's root, the words
    naming a home page."""
    return set(HOME_PAGE_WORDS) if is_site_root(url) else path_words(url)


HOME_PAGE_WORDS = {"home", "homepage", "accueil"}


def asks_home_page(question: Question) -> bool:
    """Whether a question reads the site's home page ("… on the home page", « la page d'accueil »)."""
    return question.on_site and bool(set(lemmas(question.text)) & HOME_PAGE_WORDS)


def asked_concepts(question: Question) -> list[set[str]]:
    """The things a question's topic asks, each as the set of its spellings a page may hold: a
    typed word's lemma and, for a French word, its French lemma and its lexicon English
    ("projets" → {"projet", "project"}); an English topic word no typed word gave is one of its own."""
    groups: list[set[str]] = []
    for term in question.terms:
        group = {lemma_fr(term)} | set(content_lemmas(term))
        if question.lang == "fr":
            group |= {lemma_fr_twice(term)} | set(content_lemmas(to_english(term)))
        # (A number typed as an ordinal or in words, "36e", « vingt-deux », is asked as its figure;
        # one typed in digits stays what it was, a short word no topic needs.)
        group = {w for w in group if w not in stopwords() and len(w) > 2} \
            | (figures_held(term, question.lang) if not term.isdigit() else set())
        if group and group not in groups:
            groups.append(group)
    spelled = set().union(*groups) if groups else set()
    groups += [{w} for w in dict.fromkeys(content_lemmas(question.topic)) if w not in spelled and w not in stopwords() and len(w) > 2]
    return groups


def is_title_line(line: str, most: int = HEADLINE_WORDS) -> bool:
    """A line that reads as a title (or a heading, at most ``HEADING_WORDS``): short, with no full stop."""
    return len(line.split()) <= most and not line.rstrip().endswith((".", "!", "?"))


def untranslated_groups(question: Question, groups: list[set[str]]) -> list[bool]:
    """Per asked thing, whether it is a French word the lexicon leaves as typed."""
    kept = {fold(t) for t in question.terms if fold(to_english(t)) == fold(t)}
    kept |= {lemma_fr(t) for t in kept}
    return [bool(group & kept) and not any(known_word(w) for w in group) for group in groups]  # ("budget" is English)


def url_words(url: str) -> set[str]:
    """The lemmas of the words of a URL's last path segment, the page's own name
    ("/fr/nouvelle/serre-semences-rares" → serre, semence, rare; not "nouvelle", which every item has);
    of the site's root, the words naming a home page."""
    slug = unidecode(urlsplit(url).path.rstrip("/").rpartition("/")[2]).lower()
    if is_site_root(url):
        return set(HOME_PAGE_WORDS)
    return {w for word in re.findall(r"[a-z0-9]+", slug) if len(word) > 2 for w in (lemma(word), lemma_fr(word))}


def named_runs(question: Question) -> list[set[str]]:
    """The capitalised names a question types after its first word, each as its lemmas, besides the
    researchers' ("… both spent a year at Kelp Labs" → {kelp, lab}): a sentence writing one
    speaks of the thing named, however far its wording is from the question's."""
    own = {w for name in question.researchers for w in words(fold(name))}
    runs = re.findall(r"(?<!^)(?<![.?!] )\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)", question.text.strip())
    named = [{lemma(w) for w in words(fold(run))} - own for run in runs]
    return [run for run in named if run and not run <= stopwords()]


def typed_names(question: Question) -> set[str]:
    """The lemmas of the names a question types that are no dictionary word ("Laurent Charlin"), or
    acronyms of four letters or more, which a dictionary may know in lower case ("the FLAIR project")."""
    return {lemma(t) for t in question.terms if t[:1].isupper() and (
        not known_word(t) and not (question.lang == "fr" and known_word(t, "fr"))  # "la page Recherche" types a French word
        or len(t) >= 4 and is_acronym(t))}


@lru_cache(maxsize=1)
def source_kind_stems() -> frozenset[str]:
    stem = english_stemmer().stemWord
    return frozenset(stem(k) for k in SOURCE_KINDS.split())


def names_source_kind(text: str) -> bool:
    """Whether a text names a kind of page by any form of its word ("the posting", "when was it posted")."""
    stem = english_stemmer().stemWord
    return bool({stem(w) for w in words(text)} & source_kind_stems())


def typed_person(question: Question) -> set[str]:
    """The lemmas of a person's name the question types: two or more capitalised words in a row that
    are no dictionary words ("Ines Varga"; not "Mila" or "ICML" alone). A question word or dictionary
    word opening the run is the sentence's, not the name's ("When Ines Varga …", "Quand Mila …")."""
    found: set[str] = set()
    for run in re.findall(r"(?:[A-ZÀ-Ö][\w\-]+\s+)+[A-ZÀ-Ö][\w\-]+", question.text):
        tokens = list(dropwhile(lambda t: fold(t) in stopwords() or known_word(t), run.split()))
        acronym = any(is_acronym(part) for t in tokens for part in t.split("-"))
        if len(tokens) >= 2 and all(not known_word(t) for t in tokens) and not acronym:  # ("IA Nordique")
            found |= {w for t in tokens for w in lemmas(t)}  # "Sorlie-Brekke" is written "sorlie brekke"
    return found


# "List all the organisations …", "name every prize …", "énumère toutes les entreprises …": the
# kind of thing a list asks for, as "which organisations" asks it.
KIND_LISTED = re.compile(r"\b(?:list|name|enumerate|give me|show me|liste[rz]?|enumere[rz]?|nomme[rz]?|citez|donne[rz]?(?: moi)?)"
                         r"(?: (?:all|every|each|tous|toutes|chacun|chacune))?(?: (?:of|de|d))?"
                         r"(?: (?:the|les|des|la|le|l))? ([a-z]{3,})")


# What follows "is", "est", "serves as" … (up to four words on): where a sentence says what someone is.
# (The verbs saying someone holds a title: "is", "serves as", "holds a part-time position as", « occupe un poste de ».)
# (A chair or professorship held is a post: "… where she holds the X Research Chair in …".)
HOLDS_POST = (r"holds (?:a|an|the) (?:\S+ ){0,2}?(?:position|post|role|appointment) as|occupe (?:un|le) (?:\S+ ){0,2}?poste de|"
              r"holds(?= (?:a|an|the) (?:\S+ ){0,3}?(?:chair|professorship)\b)|"
              r"(?:détient|est titulaire d[e']?)(?= ?(?:la|une|d['’]une) (?:\S+ ){0,3}?chaire\b)")
# (A biography in the first person says it too: "I am an associate professor", « je suis professeur adjoint ».)
# Joining a place as something names a post held since ("she joined Kelp Labs as a staff scientist",
# « il a rejoint Kelp Labs en tant que chercheur »), of any time: it may have been left since.
JOINED_AS = (r"joined (?:\S+\s+){1,8}?as|(?:a|ai) rejoint (?:\S+\s+){1,8}?(?:en tant que|comme)|"
             r"(?:s['’]est|me suis) joint\w* (?:\S+\s+){1,8}?(?:en tant que|comme)")
HOLDS_TITLE = re.compile(rf"\b(?:is|was|am|has been|have been|serves as|works as|est|était|suis|étais|a été|ai été|{HOLDS_POST}|{JOINED_AS})\s+((?:\S+\s+){{0,4}}\S+)", re.I)
HOLDS_TITLE_NOW = re.compile(rf"\b(?:is|am|serves as|works as|est|suis|{HOLDS_POST})\s+((?:\S+\s+){{0,4}}\S+)", re.I)  # (a title held now)


def fullest_pages(chosen: list[Fact], held_asked: dict[int, set[str]], said_with: dict[int, set[str]],
                  lang: str, items: set[str] = frozenset(), asked: dict[int, set[str]] | None = None) -> list[Fact]:
    """Of one person's pages quoted (a profile and a news item filed under them), one whose quoted
    lines hold fewer of the asked words than another's, all of them held there too, and give no
    figure or year beside them (``said_with``) that other's do not, says less of the same thing: the
    fuller page answers ("In 2021 she received the Coastal Medal" beside the item giving the medal's
    amount and ceremony). So does one holding the same asked words when only the other gives a
    figure beside them that it lacks. A page in the question's language (``lang``) says it as the asker reads
    it: no page in the other language makes it lesser. Pages filed under two of ``items`` (pages about
    no researcher) are weighed so too when the fuller holds every word ``asked`` (per fact, in the
    language it is read in): a site banner's line naming a programme beside the item listing that
    programme's themes."""
    pages: dict[tuple[str, str], list[Fact]] = {}
    for fact in chosen:
        pages.setdefault((fact.researcher, page_identity(fact.value.sources[0])), []).append(fact)
    held = {key: set().union(*(held_asked.get(id(f), set()) for f in facts)) for key, facts in pages.items()}
    figures = {key: set().union(*(said_with[id(f)] for f in facts)) for key, facts in pages.items()}
    every_figure = {key: {n for f in facts for n in re.findall(r"\d+", f.value.value)} for key, facts in pages.items()}
    langs = {key: {f.value.sources[0].lang for f in facts} for key, facts in pages.items()}
    whole = {key for key, facts in pages.items() if asked and held[key] >= set().union(*(asked[id(f)] for f in facts))}
    lesser = {key for key in pages for other in pages if other != key
              and (other[0] == key[0] or {key[0], other[0]} <= items and other in whole)
              and figures[key] <= every_figure[other] and (lang not in langs[key] or lang in langs[other])
              and (held[key] < held[other] or held[key] == held[other] != set() and figures[other] - every_figure[key])}
    return [f for f in chosen if (f.researcher, page_identity(f.value.sources[0])) not in lesser]


# Where a sentence's list items part: "…, the Harbor Prize in 2017, the Coastal Medal in 2021 and …".
LIST_BREAK = re.compile(r"[,;]\s+|\s+(?:and|et)\s+")


def figures_with_asked(text: str, asked: set[str], lang: str, page_lang: str | None) -> set[str]:
    """The figures of a line that sit beside what is asked: those in its list items holding the
    most asked words ("the Coastal Medal in 2021"), not the years of the other honours it lists
    ("the Harbor Prize in 2017", of a prize asked about). An item with no word but a figure
    ("In 2021, …") is read with the one after it. A line holding no asked word: all its figures."""
    items, pending = [], ""
    for item in LIST_BREAK.split(text):
        pending = f"{pending} {item}".strip()
        if content_lemmas(re.sub(r"\d+", " ", pending)):
            items.append(pending)
            pending = ""
    items[-1:] = [f"{items[-1]} {pending}".strip()] if items else [pending]
    held = [sum(holds(held_by(item, lang, page_lang) | degree_words(item) | award_words(item), w) for w in asked)
            for item in items]
    beside = [item for item, count in zip(items, held) if count == max(held)] if max(held, default=0) else [text]
    return {n for item in beside for n in re.findall(r"\d+", item)}


def posts_answering_parts(question: Question, facts: list[Fact]) -> list[Fact]:
    """Per ask of a several-part question, the first listed role or position holding every content
    word of it (the kind asked aside): "…, and which company is he a visiting researcher for?" is
    answered by "Visiting Researcher, Google"."""
    found: list[Fact] = []
    for part in map(unsourced, question.parts):
        kind = asked_kind(part)
        content = [w for w in content_lemmas(part) if w not in kind]
        if not content and cue("profile_affiliation", f" {flatten(part)} "):
            # An ask of nothing but the kind of place ("…, and at which school?"): each person's first
            # listed position says where they are.
            firsts = {f.researcher: f for f in reversed(facts) if f.field == "affiliations"}
            found += [f for f in firsts.values() if f not in found]
            continue
        found += [f for f in facts if f.field in {"roles", "affiliations"} and f not in found and content
                  and all(holds(held_by(f.value.value, "en", f.value.sources[0].lang), w) for w in content)][:1]
    return found


def other_posts(facts: list[Fact], listed: list[Fact], profiles: list[Profile], quoted: set[int],
                holding: re.Pattern = HOLDS_TITLE) -> list[Fact]:
    """Beside listed roles, the biography sentences saying the person holds a post at a place the
    listing does not name ("He is also a Distinguished Scientist at Kelp Labs."), or a title held now
    that the listing words less fully ("… is a full professor of …" beside a listed "Professor") or
    without its field (« … professeure titulaire de droit … » beside « Professeure titulaire »):
    their roles too, in page order. (``holding``: the verbs saying so, of any time or of now.)"""
    known = {w for f in listed for w in words(fold(f.value.value))} | {w for p in profiles for w in words(fold(p.researcher))}
    return [f for f in facts if f.field == "biography" and id(f.value) not in quoted
            and any(POSITION.search(rest) for rest in titles_held(f.value.value, holding))
            and (any(fold(w) not in known for w in re.findall(r"(?<!^)\b[A-Z][\w’'&-]+", f.value.value.strip()))
                 or any(set(title_words(rest)) - known or set(title_field(rest)) - known
                        for rest in titles_held(f.value.value, HOLDS_TITLE_NOW)))
            ][:OTHER_POSTS]


ENUMERATION_SPLIT = re.compile(r",\s*(?:and\s+|et\s+)?|;\s*")  # (a sentence's list: "X, Y, and Z")
ARTICLE_OPENING = re.compile(r"(?:the|a|an|le|la|l['’]|un|une)\s", re.I)


def titles_held(sentence: str, holding: re.Pattern) -> list[str]:
    """The words after each verb saying a post is held (``holding``), and after each comma of the
    list it opens whose item opens on an article: "I am a senior scholar of X, a member of Y, and
    the scientific director of Z" holds three posts, not one. (An item opening otherwise, "…, with
    her students", names none.)"""
    held = []
    for match in holding.finditer(sentence):
        held.append(match.group(1))
        held += [" ".join(item.split()[:5]) for item in ENUMERATION_SPLIT.split(sentence[match.end():])[1:]
                 if ARTICLE_OPENING.match(item.strip())]
    return held


def title_words(held: str) -> list[str]:
    """The words of the job title that what follows "is" opens with, up to the place or field it
    is held in ("a full professor of software engineering at …" → full, professor; "professeur
    agrégé au département …" → professeur, agrege); none when it names no post."""
    title = re.split(r"(?<!\w)(?:of|at|in|for|with|and|on|de|du|des|d|au|aux|à|en|pour|chez|et|sur)(?!\w)|[,;(’']",
                     held.lower())[0]
    if not POSITION.search(title):
        return []
    return [w for w in words(fold(title)) if w not in function_words()]


def title_field(held: str) -> list[str]:
    """The field a job title is held in, when it names one after "of" or "de" ("a full professor of
    marine law at …" → marine, law; "professeure titulaire de droit à …" → droit); none otherwise."""
    if not title_words(held):
        return []
    field = re.match(r"[^,;(]*?(?<!\w)(?:of|de|d’|d')\s*(.*)", held.lower())
    if not field:
        return []
    field_text = re.split(r"(?<!\w)(?:at|in|for|with|and|à|au|aux|en|pour|chez|et|dans)(?!\w)|[,;(]", field.group(1))[0]
    return [w for w in words(fold(field_text)) if w not in function_words()]


def asked_kind(text: str) -> set[str]:
    """The kind of thing a which-question or a list asks for, as lemmas in English and French
    ("Which organisations …?", "List the organisations …", "a trustee of any organisations?" →
    {"organisation"}); empty when the word after "which" is a function word."""
    # ("Does she sit on the boards of any charities?": the kind after "of any", "in any" … is asked too.)
    match = re.search(rf"\b(?:{'|'.join(WHICH_WORDS)}|(?:of|in|on|to|with|from|at|for) any)\s+([a-z]{{3,}})", fold(text)) \
        or KIND_LISTED.search(fold(text))
    if not match or match.group(1) in stopwords():
        return set()
    return kind_lemmas(match.group(1))


def asked_kinds(text: str) -> set[str]:
    """The lemmas of the words naming the kind of thing a which-question asks, an adjective before
    it included ("which theoretical principle …" → theoretical, principle); empty when a function
    word follows "which"."""
    match = re.search(rf"\b(?:{'|'.join(WHICH_WORDS)})\s+([a-z]{{3,}})(?:\s+([a-z]{{3,}}))?", fold(text))
    if not match or match.group(1) in stopwords():
        return set()
    return set().union(*(kind_lemmas(w) for w in match.groups() if w and w not in stopwords()))


def kind_lemmas(word: str) -> set[str]:
    """A kind word's lemmas, in English and French, and of its English (« principe » → principle)."""
    return {lemma(word), lemma_fr(word), *lemmas(to_english(word))} - stopwords()


def matching_values(options: list[set[str]], profile: Profile,
                    values: list[tuple[Sourced, set[str]]] | None = None, apart: set[str] = frozenset(),
                    ruled_out: set[str] = frozenset()) -> list[Sourced]:
    """A profile's page values holding every word of one of the options: its research topics
    first (also from a French page, through the lexicon), then roles, positions and prose.
    ``values``: the profile's ``value_lemmas``, when already computed. ``apart``: words a sentence
    may write away from the others (an owner: "Bergen's Centre for …" is "at Bergen University,
    … in the Centre for …"). ``ruled_out``: lemmas of a thing the question rules out (``writes_ruled_out``)."""
    # (Values are told apart by what they say and where: a saved library's cached values are
    # copies of the profile's, not the same objects.)
    prose = {value_key(v) for v in profile.biography + profile.news}
    # A news item filed under them speaks of them where it names them (not "… the universities
    # that make up the institute" of a news item naming them elsewhere).
    unnamed = {value_key(v) for v in profile.news if not names_them(v.value, profile.researcher)}
    values = values if values is not None else value_lemmas(profile)
    found = [value for value, held in values
             if value_key(value) not in unnamed
             and any(option <= held and (value_key(value) not in prose or close_together(option - apart, value))
                     and not writes_ruled_out(option, value, held, ruled_out, value_key(value) in prose)
                     for option in options)]
    if found:
        return found
    # A long ask may be answered by two sentences in a row of one page, each writing a part of
    # it ("graph networks that forecast sea ice" in one, "the calibration of weather ensembles" in the next).
    said = [(value, held) for value, held in values if value_key(value) in prose and value_key(value) not in unnamed]
    for (first, held_first), (second, held_second) in zip(said, said[1:]):
        if first.sources[0].url == second.sources[0].url and any(
                len(option) >= SPLIT_ASK_WORDS and option <= held_first | held_second
                and min(len(option & held_first - held_second), len(option & held_second - held_first)) >= 2
                for option in options):
            return [first, second]
    return []


SPLIT_ASK_WORDS = 5  # words an ask needs, at least, to be read over two sentences (each writing two of its own)


def owners(question: Question) -> set[str]:
    """The lemmas of the words a question writes as owners ("Bergen's Centre", "Mila's lab")."""
    return {w for token in re.findall(r"([\w\-]+)['’]s\b", question.text) for w in lemmas(token)}


def value_key(value: Sourced) -> tuple:
    """A page value by its text and the pages giving it."""
    return value.value, tuple((s.url, s.file) for s in value.sources)


def english_text(value: Sourced) -> str:
    """A page value's text, a French page's put into English through the lexicon (the embedder and
    the English lemmas read English)."""
    return to_english(value.value) if value.sources[0].lang == "fr" else value.value


def value_sense(value: Sourced) -> frozenset[str]:
    """A listed value's content lemmas in English, so that a French page's « Apprentissage par
    renforcement » and an English page's "Reinforcement Learning" list one topic; its folded text
    when it has no content word."""
    text = english_text(value)
    return frozenset(content_lemmas(text)) or frozenset([fold(value.value)])


def names_them(sentence: str, researcher: str) -> bool:
    """Whether a sentence writes a researcher's surname (or whole name), as a whole word."""
    return f" {fold(researcher).split()[-1]} " in f" {fold(sentence)} "


def close_together(option: set[str], value: Sourced) -> bool:
    """Whether a sentence writes an option's words near each other, as one phrase would ("an
    associate academic member", not "associate professor … academic member" across the sentence).
    A word the sentence holds only in another form (through the lexicon) is not placed: it passes."""
    stretches = stretches_holding(option, lemmas(english_text(value)))
    if len(option) < 2 or not stretches:
        return True
    return min(last - first for first, last in stretches) <= 2 * len(option) + 1


def stretches_holding(option: set[str], sequence: list[str]) -> list[tuple[int, int]]:
    """The shortest stretches of a lemma sequence holding each of an option's words, one per
    start among the words' places, as (first, last) positions; none when a word is not in it."""
    at = [[i for i, lem in enumerate(sequence) if lem == word] for word in option]
    if not all(at):
        return []
    stretches = []
    for start in sorted({p for places in at for p in places}):
        last = max(min((p for p in places if p >= start), default=math.inf) for places in at)
        if last < math.inf:
            stretches.append((start, last))
    return stretches


def writes_ruled_out(option: set[str], value: Sourced, held: set[str], ruled_out: set[str], prose: bool) -> bool:
    """Whether a page value writes the thing a question rules out ("not the Horizon one") with what
    it asks: a listed value ("Quebec Horizon Chair") anywhere; a sentence in or right beside each
    stretch writing the asked words ("a chair of research in robotics Horizon-Québec", where "a
    Horizon Quebec Chair … and a Quebec Research Chair" also writes it clear of it)."""
    if not ruled_out & held:
        return False
    if not prose:
        return True
    sequence = lemmas(english_text(value))
    stretches = stretches_holding(option, sequence)
    return bool(stretches) and all(ruled_out & set(sequence[max(first - 1, 0):last + 2]) for first, last in stretches)


def ruled_out_lemmas(question: Question) -> set[str]:
    """The lemmas of the words naming what a question rules out (``Question.excluded``)."""
    return {lem for word in question.excluded for lem in (word, lemma(word))}


def biography_writes(profile: Profile, asked: list[str], values: list[tuple[Sourced, set[str]]]) -> bool:
    """Whether a sentence of a profile's biography holds every one of the ``asked`` lemmas
    (``values``: the profile's ``value_lemmas``)."""
    told = {value_key(v) for v in profile.biography}
    return bool(asked) and any(set(asked) <= held for value, held in values if value_key(value) in told)


def value_lemmas(profile: Profile) -> list[tuple[Sourced, set[str]]]:
    """Each page value of a profile with its lemmas (a French value's English rendering's too)."""
    out = []
    for value in profile.topics + profile.roles + profile.affiliations + profile.biography + profile.news:
        text = english_text(value)
        out.append((value, set(lemmas(text)) | set(lemmas(value.value))))
    return out


def names_a_thing(sentence: str, own: set[str]) -> bool:
    """Whether a sentence names something particular: a figure, or a capitalised word after its first
    that is not one of the ``own`` name words (its person's)."""
    tokens = re.findall(r"[\w+]+", sentence)
    return bool(re.search(r"\d", sentence)) or any(t[:1].isupper() and fold(t) not in own for t in tokens[1:])


def opens_list(line: str, lang: str, headline: bool = False) -> bool:
    """Whether a line opens the lines after it: it has no full stop and is no item itself, and
    announces how many follow ("four prizes were awarded"); with ``headline``, a title line too."""
    if line.rstrip().endswith((".", "!", "?", "»", "”")) or LIST_ITEM.match(line):
        return False
    return headline or announced_count(line, lang) > 1


def page_identity(source: Source) -> str:
    """One page whatever its listing tab: the URL without query or fragment (the file name when
    the page has no URL)."""
    return source.url.split("#")[0].split("?")[0].rstrip("/") if source.url else source.file or "?"


def names_a_venue(text: str) -> bool:
    """Whether a sentence names where something appeared: an acronym and a year ("ICML 2024"), a
    capitalised name and its year ("… », Neural Computation, 2011"; not "In 2011", "Oct 2019"), or
    a well-known venue (`lexicon/venues.tsv`: "published at NeurIPS, ICML and AAAI")."""
    return bool(NAMED_VENUE.search(text)) or known_venue(text) or any(
        fold(m.group(1).split()[-1]) not in stopwords() | wordset("month_names.txt")  # (not "Oct 2019")
        and not (m.group(1).isalpha() and text[:m.start()].endswith("("))  # (not an author and year: "(Vincent 2011)")
        for m in re.finditer(r"((?:[A-Z][\w\-]+ ){0,4}[A-Z][\w\-]+),?\s+(?:19|20)\d\d\b", text))


def known_venue(text: str) -> bool:
    """Whether a text names a well-known venue, by its acronym (a word as printed) or its full name."""
    tokens = set(re.findall(r"[\w\-]+", text))
    folded = f" {fold(text)} "
    return any(acronym in tokens or f" {name} " in folded for name, acronym in venue_acronyms())


# "The title of his PhD thesis", « le titre de son projet »: the words naming what a title is asked of.
TITLE_OF = re.compile(r"\b(?:title|titre) (?:of|de|du|des|d['’]\s?)\s*((?:the|his|her|their|its|this|that|la|le|les|l['’]\s?|sa|son|ses|"
                      r"leur|cette|ce|cet|(?:[\w\-]+ ){0,3}[\w\-]+['’]s) (?:[\w\-’']+ ){0,4}[\w\-’']+)", re.I)  # (not "le titre de chacun")
TITLE_NEAR = 8  # words between the thing named and its title ("his thesis, Connecting …")
JOB_WORDS = {"position", "role", "job", "post", "poste", "emploi", "fonction"}  # the title of one is a job title


def titled_things(question: Question) -> set[str]:
    """The English lemmas of what a question asks the title of ("phd", "thesis"), less names and
    function words; empty when it asks no title of a thing."""
    match = TITLE_OF.search(question.text)  # (as typed: folded, « thèse » is "these")
    if not match:
        return set()
    named = researcher_words(question)
    typed = re.findall(r"[^\W_][\w\-]*", match.group(1).lower())
    if {fold(w) for w in typed} & JOB_WORDS:  # ("the title of her position" is a job title)
        return set()
    kept = []
    for word in typed:
        if word in stopwords() and kept:  # ("… thesis at MIT": the thing named ends)
            break
        if word not in stopwords() and fold(word) not in named:
            kept.append(word)
    return ({lemma(fold(w)) for w in kept} | {v for w in kept for v in lemmas(to_english(w))}) - stopwords()


def gives_title(text: str, things: set[str]) -> bool:
    """Whether a sentence gives the title of a thing it names: a quoted span, or a run of three or
    more capitalised words, within a few words after it ("sa thèse de doctorat, Connecting Neural
    Networks, …", "her talk « Seeing Kelp »"); a sentence naming the thing but no title beside it,
    or a title far from it (an award's), does not."""
    tokens = re.findall(r"[«»“”\"]|[^\W_][\w’'\-]*", text)
    at_thing = [i for i, t in enumerate(tokens) if t[0].isalnum() and (
        lemma(fold(t)) in things or things & set(lemmas(to_english(t))))]
    starts, run, first = [], 0, 0
    for i, t in enumerate(tokens):
        if t in "«“\"":
            starts.append(i)
        if t[0].isupper() and i > 0:
            run, first = run + 1, first if run else i
            before = first - 1 - (first > 1 and fold(tokens[first - 1]) in {"the", "la", "le", "les", "l"})
            if run == 3 and fold(tokens[before]) not in PLACE_WORDS | {"from"}:  # ("at the Massachusetts Institute …": a place)
                starts.append(first)
        elif not (run and t.lower() in stopwords()):  # ("Networks, Automata Theory and Tensor …" goes on)
            run = 0
    return any(0 < start - at <= TITLE_NEAR for at in at_thing for start in starts)


DURING = {"during", "throughout", "lors", "pendant", "durant"}


def names_occasion(text: str, placing: str) -> bool:
    """Whether a line names the occasion another places something in: the first word after
    "during" (« lors de », « pendant ») past its determiners ("during the conference": conference)."""
    tokens = words(fold(placing))
    if not DURING & set(tokens):
        return False
    held = set(lemmas(text)) | set(lemmas(to_english(text)))
    return any(holds(held, lemma(occasion)) for at, token in enumerate(tokens) if token in DURING
               for occasion in [next((t for t in tokens[at + 1:at + 4] if t not in function_words()), "")] if occasion)


def gives_date(text: str, question: str = "") -> bool:
    """Whether a text gives the date a question asks: a year, or unless the year is what is asked, a
    day beside a month ("on November 19", "le 19 novembre") or a month when something happened
    ("last October", « en octobre dernier »)."""
    folded = fold(text)
    return bool(written_years(text) or not ASKS_YEAR.search(fold(question)) and (
        day_of_month().search(folded) or month_of_event().search(folded)))


@lru_cache(maxsize=1)
def measure_units() -> frozenset[str]:
    """Every unit or sign a measure is given in (``measures``), read once."""
    return frozenset(u for measure in measures() for u in measure.units)


def date_ask(question: Question) -> str:
    """The ask of a several-part question that asks when ("when was she at X, and which title …?"
    → its first part); the whole question otherwise."""
    return next((part for part in question.parts if cue("date", f" {flatten(part)} ")), question.text)


def date_event_words(question: Question) -> list[str]:
    """The words of what a question asks the date of ("when was she promoted to associate professor
    at Dalhousie?" → promote, associate, professor; « quand a-t-il fondé son labo ? » → found,
    lab): the content words of the ask that asks when, less the names it types (a place, a person).
    (Of a several-part question, "when was she at X, and which title did she hold?" dates her time
    at X, not a title.)"""
    text = date_ask(question)
    english = text if question.lang == "en" else to_english(text)
    named = {w for t in re.findall(r"(?<!^)(?<![.?!] )\b[A-Z][\w\-]*", question.text) for w in lemmas(t)} \
        | {w for name in question.researchers for w in lemmas(name)}
    # A word is read as its lemma and as itself: "found" is "find" to the lemmatiser, and the verb
    # "to found" too ("when did she found the society?" speaks of "She founded the society in 2012").
    said = [form for word in words(english) for form in (lemma(word), fold(word))]
    return [w for w in dict.fromkeys(said) if w not in named and w not in function_words()
            and not cue("date", f" {w} ")]


def names_post(event: list[str]) -> bool:
    """Whether the words of a dated event name a post ("promoted to associate professor")."""
    return bool(POSITION.search(" ".join(event)) or cue("profile_role", f" {' '.join(event)} "))


def unnamed(text: str) -> str:
    """A text less the names of things it writes, two or more capitalised words in a row (a
    capitalised function word before them, "The", "Her", is no part of the name): a word a question
    types in lower case ("her essay") names the thing itself, and inside a capitalised name on a page
    ("finalist of the Golden Essay Cup") it names something else."""
    tokens = re.findall(r"[\w\-’']+|[^\w\s]", text)
    kept, run = [], []

    def close() -> None:
        while run and (not run[0][:1].isupper() or fold(run[0]) in function_words()):
            kept.append(run.pop(0))  # (a leading "The", "Her": a word of the sentence, not of the name)
        trailing = []  # (a trailing "and" is the sentence's)
        while run and not run[-1][:1].isupper():
            trailing.insert(0, run.pop())
        named = sum(t[:1].isupper() for t in run) >= 2
        kept.extend([*([] if named else run), *trailing])
        run.clear()

    for token in tokens:
        if token[:1].isupper() and token[:1].isalpha() or run and fold(token) in NAME_JOINERS:
            run.append(token)
        else:
            close()
            kept.append(token)
    close()
    return " ".join(kept)


NAME_JOINERS = {"of", "de", "du", "des", "and", "et", "for", "pour"}  # folded: words inside a name ("Faculty of Law")


def years_in(text: str) -> list[int]:
    """Every year a text writes, four digits from 1900 to 2099, a figure before a unit too
    (``written_years`` leaves those out)."""
    return [int(y) for y in YEAR_IN_TEXT.findall(text)]


def written_years(text: str) -> list[int]:
    """The years a text writes: four digits from 1900 to 2099 not followed by a unit they measure
    ("2000 square feet", "2015 dollars" are no years)."""
    units = measure_units()
    return [int(m.group(1)) for m in re.finditer(r"\b((?:19|20)\d\d)\b(?:\s+([^\W\d_][\w²]*|[^\w\s]))?", text)
            if not (m.group(2) and (fold(m.group(2)) or m.group(2)) in units)]


def bullets_after(facts: list[Fact], at: int) -> list[Fact]:
    """The run of bulleted lines ("• Deep Learning") right after a page fact, in its page field."""
    run = []
    for fact in facts[at + 1:at + 1 + LIST_MAX]:
        if not same_item(fact, facts[at]) or not BULLET.match(fact.value.value):
            break
        run.append(fact)
    return run


def list_run(facts: list[Fact], at: int) -> list[Fact]:
    """The other items of the list a page line is an item of: the lines of one page field around it
    that are items too (bulleted, or "label: …"); empty when it is no item or its list has no other."""
    if not LIST_ITEM.match(facts[at].value.value):
        return []
    start = end = at
    while start > 0 and same_item(facts[start - 1], facts[at]) and LIST_ITEM.match(facts[start - 1].value.value):
        start -= 1
    while end + 1 < len(facts) and same_item(facts[end + 1], facts[at]) and LIST_ITEM.match(facts[end + 1].value.value):
        end += 1
    return [f for f in facts[max(start, at - LIST_MAX):end + 1][:2 * LIST_MAX] if f is not facts[at]]


def asks_plural(question: Question) -> bool:
    """Whether the question asks for things in the plural ("who were the winners?"): a topic word
    typed as a plural."""
    return any(w.lower() != lemma(w.lower()) and w.lower().endswith("s") for w in question.terms)


def coordinated_kinds(text: str) -> list[set[str]]:
    """The kinds of thing a which-question asks for side by side ("what labs and networks …", « quels
    prix et distinctions … »), each as its lemmas; empty unless two are asked."""
    match = re.search(rf"\b(?:{'|'.join(WHICH_WORDS)})\s+([^\W\d_]{{3,}})\s+(?:and|or|et|ou)\s+([^\W\d_]{{3,}})", text.lower())
    if not match or any(fold(w) in stopwords() for w in match.groups()):
        return []
    return [kind_lemmas(w) for w in match.groups()]


# "Who were all the sponsors …?", « c'était qui les commanditaires … ? »: the role asked of whoever holds it.
WHO_WERE_THE = re.compile(r"\b(?:who|qui)\s+(?:were|are|was|is|etaient|sont|etait|est)\s+(?:all\s+|tous\s+|toutes\s+)?"
                          r"(?:the|les|la|le)\s+([a-z]{3,})|\bc\s?etait qui\s+(?:tous\s+|toutes\s+)?(?:les|la|le)\s+([a-z]{3,})")


def role_asked(text: str) -> set[str]:
    """The lemmas of the role a who-question asks for by its noun ("who were the sponsors of …?" →
    sponsor); empty when none is named."""
    match = WHO_WERE_THE.search(fold(text))
    word = match and (match.group(1) or match.group(2))
    return kind_lemmas(word) if word and word not in stopwords() else set()


def kinds_beside(question: Question, facts: list[Fact], chosen: list[Fact]) -> None:
    """Kinds asked side by side ("which labs and networks does she belong to?"), or a role asked by
    its noun ("who were the sponsors?"): a kind no quoted sentence of a page holds is in that page's
    first sentence holding it ("She also belongs to OCEANET, the Atlantic network …"), quoted beside
    that page's sentences."""
    def holds_kind(fact: Fact, kind: set[str]) -> bool:
        # (A kind may be written cut short: "lab" of "laboratory".)
        held = (set(lemmas(fact.value.value)) | set(lemmas(to_english(fact.value.value)))) - stopwords()
        return any(holds(held, word) or any(min(len(word), len(h)) >= 3 and (h.startswith(word) or word.startswith(h))
                                            for h in held) for word in kind)

    for ask in question.parts or [question.text]:
        kinds = coordinated_kinds(ask) or [kind for kind in [role_asked(ask)] if kind]
        if kinds:
            quote_beside(facts, chosen, [lambda fact, kind=kind: holds_kind(fact, kind) for kind in kinds])


def quote_beside(facts: list[Fact], chosen: list[Fact], tests: list[Callable[[Fact], bool]]) -> None:
    """For each test in turn, of each page none of whose quoted sentences passes it: that page's
    first other sentence of the same item passing it, quoted beside its sentences, in the page's order."""
    for page in dict.fromkeys(page_identity(f.value.sources[0]) for f in chosen if f.field in PROSE):
        quoted = [f for f in chosen if f.field in PROSE and page_identity(f.value.sources[0]) == page]
        for passes in tests:
            extra = None if any(passes(f) for f in quoted) else next(
                (f for f in facts if f.field in PROSE and f not in chosen and passes(f)
                 and page_identity(f.value.sources[0]) == page and same_item(f, quoted[0])), None)
            if extra is not None:
                before = facts.index(extra) < facts.index(quoted[0])
                bring_beside(chosen, quoted[0] if before else quoted[-1], extra, before=before)
                quoted.append(extra)


HOW_LONG = re.compile(r"\b(?:how long|combien de temps)\b")  # a length of time asked with no unit named


def measures_beside(question: Question, facts: list[Fact], chosen: list[Fact]) -> None:
    """A measure one ask of a several-part question asks ("how much money …, and over how long?")
    that no quoted sentence of a page gives: that page's first other sentence giving it ("Over a
    period of three years, …"), quoted beside the page's sentences, in the page's order."""
    duration = next(m.asking for m in measures() if "duration" in m.asking)
    for ask in question.parts if len(question.parts) > 1 else []:
        asked = {lemma(w) for w in measure_words(ask, question.lang, asks_count(ask))} | (duration if HOW_LONG.search(ask) else set())
        if asked:
            quote_beside(facts, chosen, [lambda fact: gives_measure(fact.value.value, asked)])


SIGNATURE_LINES = 4  # a signature's name and the title lines under it ("Professor, …", "Vice-Dean, …", "University of …")


def signature_after(facts: list[Fact], at: int, typed: set[str]) -> list[Fact]:
    """The lines signing the page line at ``at`` (a quotation): the next line of the same item when it
    is a name the question does not type, and the title lines after it; [] when none signs it."""
    after = [f for f in facts[at + 1:at + 1 + SIGNATURE_LINES] if same_item(f, facts[at])]
    if not after or not is_name_like(after[0].value.value) or set(fold(after[0].value.value).split()) <= typed:
        return []
    titles = list(itertools.takewhile(lambda f: is_title_line(f.value.value) and not is_name_like(f.value.value), after[1:]))
    return after[:1] + titles


def speaker_before(facts: list[Fact], at: int, typed: set[str]) -> list[Fact]:
    """The sentence naming who speaks the quotation at ``at`` when a pronoun attributes it ("“…,” he
    asserted.", « …, a-t-elle ajouté. », "She added that “…”"): the item's sentence before it, when
    that one names someone the question does not type; [] otherwise."""
    text = facts[at].value.value
    if not QUOTATION.search(text) or names_someone(text, typed) or not (SAID_BY_PRONOUN.search(text) or PRONOUN_OPENING.search(text)):
        return []
    before = facts[at - 1] if at else None
    return [before] if before is not None and same_item(before, facts[at]) and names_someone(before.value.value, typed) else []


# A quotation attributed by a pronoun after it: "“…,” he asserted", « « … », a-t-il ajouté », "“…” said she".
SAID_BY_PRONOUN = re.compile(r"[”»\"]\s*[,.]?\s*(?:(?:he|she|they)\s+[a-z]+|[a-z]+\s+(?:he|she|they)\b|[a-zà-ÿ]+-t-(?:il|elle)\b|(?:il|elle)\s+[a-zà-ÿ]+)", re.I)


def bring_beside(chosen: list[Fact], anchor: Fact, fact: Fact, before: bool = False) -> None:
    """Quote a page line next to the chosen one it belongs with (a heading or a date line above it, the
    lines it opens or the sentence that goes on with it below), scored as that one is."""
    fact.score = max(fact.score, anchor.score)
    chosen.insert(chosen.index(anchor) + (0 if before else 1), fact)


def next_unchosen(facts: list[Fact], fact: Fact, chosen: list[Fact]) -> Fact | None:
    """The page sentence after a chosen prose one, in the same item and not chosen yet; None otherwise."""
    at = facts.index(fact) + 1
    after = facts[at] if at < len(facts) else None
    return after if fact.field in PROSE and after is not None and same_item(after, fact) and after not in chosen else None


def page_question(line: str) -> bool:
    """Whether a page line is a question of the page's own, as an FAQ asks them: a short line ending
    with a question mark (not a long one a panel is to discuss)."""
    return line.rstrip().endswith("?") and len(line.split()) <= HEADLINE_WORDS


def same_item(a: Fact, b: Fact) -> bool:
    """Whether two page facts are lines of one page field (one news item's text, one biography)."""
    return a.researcher == b.researcher and a.field == b.field and a.value.sources[0].url == b.value.sources[0].url


def announced_count(line: str, lang: str) -> int:
    """How many lines a line opening a list announces ("four prizes were awarded": 4); 1 if none."""
    counts = [int(n) for n in re.findall(r"\b\d+\b", alpha2digit(line, lang)) if 2 <= int(n) <= LIST_MAX]
    return counts[0] if counts else 1


def held_by(text: str, lang: str, page_lang: str | None) -> set[str]:
    """The words a page text holds, read as the question's words of ``lang`` are: French lemmas,
    or English ones (a French page's through the lexicon); with every word of a concept it writes
    one of (``concept_words``: « une bourse » holds "scholarship")."""
    said = undotted(text)  # "Ph.D." holds "phd"
    figures = figures_held(said, page_lang or lang)  # « la quarante et unième » holds "41e"
    if lang == "fr":  # (an agreed participle asked, "reçues", meets its verb, "reçu")
        return {lemma_fr(w) for w in words(said)} | {lemma_fr_twice(w) for w in words(said)} | concept_words(said) | figures
    if page_lang == "fr":  # a French page read with English words: through the lexicon
        return set(lemmas(to_english(said))) | set(lemmas(said)) | concept_words(said) | figures
    return set(lemmas(said)) | concept_words(said) | figures



def held_weight(held: set[str], weight: dict[str, float]) -> float:
    """The summed weight of the asked words a text holds (see :func:`holds`)."""
    return sum(w for word, w in weight.items() if holds(held, word))


def share_held(held: set[str], weight: dict[str, float]) -> float:
    """The weighted share of the asked words a text holds."""
    return held_weight(held, weight) / (sum(weight.values()) or 1.0)


def holds(held: set[str], word: str) -> bool:
    """A sentence holds an asked word, or a longer form of it ("postdoc" in "postdoctoral"), or for a
    long word, a form that differs from its last letter on ("postdoctorat" in "postdoctorale"); a
    word ending in a consonant and "y" is written with "i" before a suffix ("classify" in
    "classification"); a long agent noun, its verb."""
    stems = (word[:-1] if len(word) >= 8 else word, f"{word[:-1]}i" if re.search(r"[^aeiou]y$", word) else word,
             # (a long agent noun is held by its verb: "contributor" by "contributed", "organizer" by "organized")
             word[:-2] if len(word) >= AGENT_NOUN_MIN and word.endswith(("or", "er")) else word)
    # (a state or office named by "-ship" is held by the person holding it: "fellowship" by "a Banting
    # Fellow", "membership" by "a member"; the bare stem only, "internship" is no "international")
    return word in held or len(word) >= 5 and any(h.startswith(stems) for h in held) \
        or len(word) >= SHIP_NOUN_MIN and word.endswith("ship") and word[:-4] in held


SHIP_NOUN_MIN = 8  # letters of a "-ship" noun read as its person too ("fellowship", not "ship" itself)
AGENT_NOUN_MIN = 9  # letters of an agent noun read as its verb too (not "director": "directly")


YEAR_REACH = 10  # words between a year and the asked word it dates ("PhD from the University of X in 2020")


def dated_beside(text: str, period, asked: set[str]) -> bool:
    """Whether a sentence gives a year of the asked period within a few words of an asked word (a
    year later in a long sentence dates something else: "PhD (2017), …, Google (2019–2020)")."""
    tokens = re.findall(r"\w+", text)
    years = [at for at, t in enumerate(tokens) if YEAR_IN_TEXT.fullmatch(t) and period.admits([int(t)])]
    if not years:
        return False
    said = [at for at, t in enumerate(tokens) if {lemma(t), lemma_fr(t.lower())} & asked
            or not t.isdigit() and set(lemmas(to_english(t))) & asked]
    return any(abs(y - s) <= YEAR_REACH for y in years for s in said)


LISTED_TOPICS = re.compile(r"\b(?:topics?|sujets?|lists?|listed|listent|liste)\b")  # (flattened) the listed field asked by its label

ASKS_OWN_WORK = re.compile(r"\b(?:s|her|his|their|sa|ses|son|leur|leurs|is|does|do)\s+(?:own\s+)?(?:work|research|recherches?|travaux)\b"
                           r"|\bcomme (?:recherches?|travaux)\b")
INTEREST_BONUS = 0.1  # a sentence stating what someone works on, for an ask of their work


def states_interest(fact: Fact) -> bool:
    """Whether a page sentence states what its person works on ("her research focuses on", with
    the person named: "Arbel's research focuses on")."""
    surname = fold(fact.researcher).split()[-1:] or [""]
    return says(re.sub(rf"\b{re.escape(surname[0])}(?: s)?\b", "her", fold(fact.value.value)), "interest_cues.txt")


SENTENCE_BREAK = re.compile(r"[?!;]")
SIDE_BREAK = re.compile(r"[,/]|\s(?:or|and|ou|et|pis|puis|&)\s", re.IGNORECASE)


def topic_sides(question: Question, content: list[str]) -> list[tuple[list[str], bool]]:
    """The asked words of each thing a question asks about in turn, and whether that thing is its
    sentence's only one: its sentences parted at commas, slashes and "or"/"and" (« et », « pis »),
    each side's content words among ``content``."""
    read = to_english if question.lang == "fr" else str
    sides = []
    for sentence in SENTENCE_BREAK.split(question.text):
        said = [[w for w in dict.fromkeys(content_lemmas(read(side))) if w in content] for side in SIDE_BREAK.split(sentence)]
        said = [side for side in said if side]
        sides += [(side, len(said) == 1) for side in said]
    return sides


def topic_holds(held: set[str], asked: list[str]) -> bool:
    """A listed research topic holds every asked word; beside one held as typed, a short word may be
    the clipped form of a longer one ("recurrent nets" of "Recurrent Neural Networks", "stats" of
    "Statistics")."""
    typed = [w for w in asked if holds(held, w)]
    clipped = [w for w in asked if w not in typed and len(w) >= 3 and any(h.startswith(w) and len(h) > len(w) + 2 for h in held)]
    return len(typed) + len(clipped) == len(asked) and (not clipped or bool(typed))


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / ((np.linalg.norm(a) * np.linalg.norm(b)) or 1.0))


def cosines(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Cosine of the query to each row of ``vectors``."""
    return vectors @ query / (np.linalg.norm(vectors, axis=1) * (np.linalg.norm(query) or 1.0) + 1e-9)
