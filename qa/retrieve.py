"""Index → retrieval: read the question (researcher, topic, intent, language), then run BM25 and
dense retrieval restricted to the named researcher's papers and fuse them by reciprocal rank.

Relevance is decided on the dense cosine similarity of the question's topic to each paper, which
is calibrated (``QA_MIN_SIMILARITY``); fused ranks alone cannot say "nothing here is relevant".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import py3langid
import Stemmer
import torch
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores import ExactMatchFilter, FilterCondition, MetadataFilters, VectorStoreQuery
from llama_index.retrievers.bm25 import BM25Retriever
from unidecode import unidecode

from qa.index import PaperIndex, load_embedder, researcher_key
from qa.pages import fold
from qa.papers import Paper, venue_acronym, words

RRF_K = 60  # the usual reciprocal-rank-fusion constant
RELATIVE_MARGIN = 0.12  # papers this far below the best match are not cited for a topic question
# A topic word found in at most max(2, this share) of the searched papers is rare: it singles out
# the papers that contain it ("TransNAR", "Gemma", "LRAM"), which are then the ones cited.
RARE_SHARE = 0.02
RARE_SLACK = 0.15  # how far below QA_MIN_SIMILARITY a paper singled out by a rare word may be
RARE_COVERAGE = 0.5  # ... and the share of the topic's words it must contain

# Question boilerplate of this domain, on top of bm25s's English and French stopword lists.
DOMAIN_STOPWORDS = set("""
a an the of on in at to for by with about from and or is are was were be been has have had do does did
what which who whom whose when where how why this that these those it its his her their there any all some
me my i we you your our can could would should tell give show list papers paper publications publication
published publish publishes work works worked written wrote write research articles article anything
something studies study please pages page mila researcher researchers any also else other more
authored coauthored propose proposes proposed paper's papers' listed appear appears these those them
compare comparison differ difference between versus vs older newer earlier later than claims
le la les un une des du de d l qu que qui quoi quel quelle quels quelles est sont a ont été sur dans
pour par avec et ou en au aux ce cet cette ces son sa ses leur leurs il elle ils elles y t on se
publié publiée publiés publiées publier articles travaux travail écrit recherche recherches quoi
figurent figure fois celle celui ceux selon pourquoi fait font mieux il ils lui page pages ainsi aussi
est-ce dont parmi entre chez ont-ils a-t-il sont-ils quelles quels lequel laquelle
ever actually among called named titled title one something anything come comes came involve involves
involving deal deals dealing cover covers covered touch touches related relate relating concern concerns
look looked looking kind kinds sort sorts name names according comment combien together jointly
alongside ensemble étudient étudie étudié étudier proposent proposé traitent traite portent porte
parlent parle abordent aborde explorent explore
""".split())
STOPWORDS = DOMAIN_STOPWORDS | set(STOPWORDS_EN_PLUS) | set(STOPWORDS_FRENCH)
QUESTION_WORDS = {"what", "which", "who", "when", "where", "how", "list", "show", "tell", "give", "did", "does",
                  "has", "have", "is", "are", "qu", "que", "quel", "quelle", "quels", "quelles", "quand", "où",
                  "qui", "liste", "listez", "donne", "donnez", "combien", "est", "a", "ont", "in", "on", "and"}
# Cues before a capitalised span that make it a topic, not a person ("published on Graph Networks").
TOPIC_CUES = {"on", "about", "regarding", "concerning", "in", "sur", "concernant", "propos", "of", "the", "le",
              "la", "les", "des", "du", "at", "à"}
# French words of the field, mapped to the English the abstracts use (the embedder is English).
FR_EN = {"réseaux": "networks", "réseau": "network", "neurones": "neural", "neuronaux": "neural",
         "graphes": "graph", "graphe": "graph", "apprentissage": "learning", "renforcement": "reinforcement",
         "modèles": "models", "modèle": "model", "langage": "language", "langue": "language",
         "échantillonnage": "sampling", "raisonnement": "reasoning", "généralisation": "generalization",
         "optimiseurs": "optimizers", "optimiseur": "optimizer", "continu": "continual", "attention": "attention",
         "récurrents": "recurrent", "récurrent": "recurrent", "confiance": "confidence", "encodages": "encodings",
         "positionnels": "positional", "perplexité": "perplexity", "algorithmique": "algorithmic",
         "robotique": "robotics", "agents": "agents", "biais": "bias", "grands": "large", "protéines": "protein",
         "repliement": "folding", "vision": "vision", "transformeurs": "transformers", "tâches": "tasks",
         "tâche": "task", "parallèle": "parallel", "séquentiel": "sequential", "séquentielle": "sequential",
         "exploration": "exploration", "actions": "actions", "action": "action", "mémoire": "memory",
         "optimisation": "optimization", "entraînement": "training", "données": "data", "incertitude":
         "uncertainty", "jetons": "tokens", "modélisation": "modeling", "séquences": "sequences",
         "récurrence": "recurrence", "apprendre": "learning", "raisonneurs": "reasoners", "rang": "rank",
         "induit": "induced", "fonction": "function", "prédiction": "prediction"}
INTENTS = [
    ("both", re.compile(r"\bboth\b|\bin common\b|\bshared\b|\bles deux\b|\ben commun\b|\bdeux pages\b|"
                        r"\bà la fois\b|\baux deux\b", re.I)),
    # "the authors" alone is not asking for them: "what did the authors conclude?"
    ("coauthors", re.compile(r"co-?authors?|collaborat|co-?auteur|avec qui|who (?:else )?(?:wrote|authored)|"
                             r"qui a (?:co-?)?écrit|\bwho (?:are|were) the authors|\bauthors? (?:of|on)\b|"
                             r"\bamong the authors|\bauteurs? (?:de|du|des)\b|\bparmi les auteurs", re.I)),
    # "when" asks for a date only as a question word ("when was …"), not in "cave when challenged"
    # or "When comparing A and B, what …".
    ("date", re.compile(r"\bwhen (?:was|were|did|is|has|had|does|do)\b|\bdates?\b|\byear\b|"
                        r"^\W*quand\b|\bquand (?:a|ont|est|sont)\b|\bannée\b", re.I)),
    ("venue", re.compile(r"\bvenue|\bconference|\bconférence|\bjournal|\bwhere (?:was|were|did|is)|"
                         r"\bpublished (?:at|in) (?:which|what)|\bo[uù] (?:a|ont) été|\bquelle revue", re.I)),
    ("list", re.compile(r"\blist\b|\ball (?:the |of )?(?:his |her |their )?(?:papers|publications|works)|"
                        r"\bevery paper|\bliste|\btous les|\btoutes les|\bhow many (?:papers|publications|articles)|"
                        r"\bcombien d['’](?:articles|publications)", re.I)),
]
# "How many GPU hours …", "combien de paramètres …": up to three words naming what is counted
# ("how much" is left out: "how much faster" counts nothing).
QUANTITY = re.compile(r"\bhow many ((?:[\w\-]+ ?){1,3})|\bcombien (?:de |d['’])((?:[\w\-]+ ?){1,3})", re.I)
# A word, not starting inside another one (the "B" of "7B" is no initial).
WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’\-]*\.?")
# Several named researchers combine as "X or Y" (any page) or "on X's page, not Y's" (first only);
# otherwise papers must be on every named page.
ANY_OF = re.compile(r"\bor\b|\bou\b|\beither\b|\bsoit\b", re.I)
FIRST_ONLY = re.compile(r"\bonly\b|\buniquement\b|\bseulement\b|\bnot (?:on|in)\b|\bpas (?:sur|dans)\b|"
                        r"\bbut not\b|\bmais pas\b|\bexcept\b|\bsauf\b", re.I)


@dataclass
class Question:
    text: str
    lang: str
    researchers: list[str] = field(default_factory=list)  # in the order the question names them
    combine: str = "all"  # several researchers: "all" pages, "any" page, or "first" only (see ANY_OF)
    coauthors: list[str] = field(default_factory=list)
    venue: str | None = None  # a venue the question names ("ICML"): only its papers qualify
    unknown_person: str | None = None
    topic: str = ""
    intent: str = "topic"
    papers: list[str] = field(default_factory=list)  # ids of papers the question names by title
    quantity: str | None = None  # what "how many …" asks to count ("GPU hours"): the page must name it


@dataclass
class Hit:
    paper: Paper
    score: float  # fused reciprocal-rank score
    similarity: float  # cosine(topic, paper); 1.0 where no topic was asked (listing)
    lexical: float  # BM25 score


_lang_identifier = None


def question_lang(text: str) -> str:
    global _lang_identifier
    if _lang_identifier is None:
        _lang_identifier = py3langid.langid._load_identifier(langs=["en", "fr"])
    if re.search(r"\b(?:qu'|quels?|quelles?|publié|sur le|sur la|sur les|avec qui|combien|quand|"
                 r"articles de|travaux)\b", text, re.I):
        return "fr"
    return _lang_identifier.classify(text)[0]


class Catalog:
    """All papers in memory with their researcher index, BM25 over title + abstract, and the
    dense retriever over the Chroma collection."""

    def __init__(self, index: PaperIndex) -> None:
        self.index = index
        self.papers: dict[str, Paper] = {p.paper_id: p for p in index.load_papers()}
        self.order = list(self.papers)
        self.researchers = sorted({r for p in self.papers.values() for r in p.researchers})
        self.aliases = researcher_aliases(self.researchers)
        self.venues = {v.value: venue_acronym(v.value) for p in self.papers.values() for v in p.venues}
        # Words the papers themselves use: a capitalised span made of none of them names a person.
        self.vocabulary = {w for p in self.papers.values() for w in words(
            " ".join([p.embed_text, *[v.value for v in p.venues]]))}
        self.authors = author_aliases(sorted({a for p in self.papers.values() for a in p.authors}),
                                      STOPWORDS | self.vocabulary)
        self.embedder = load_embedder(index.settings.embed_model)
        # One short query gains nothing from intra-op threads, and on a busy 2-core machine a
        # descheduled worker stalls every op (measured under load: median 231 ms with 2 threads,
        # 8.7 ms with 1). Batch embedding during ingest raises it again (index.py).
        torch.set_num_threads(1)
        question_lang("warm up")  # load the language model now, not on the first question
        self.embedder.get_query_embedding("warm up")
        self.stemmer = Stemmer.Stemmer("english")
        self.bm25 = None
        if self.papers:
            nodes = [TextNode(id_=pid, text=self.papers[pid].embed_text or self.papers[pid].label)
                     for pid in self.order]
            self.bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=min(len(nodes), 50),
                                                    stemmer=self.stemmer)
            # Per-query restricted copies share the index; they need the corpus on the bm25 object.
            self.bm25.bm25.corpus = self.bm25.corpus

    def titled_in(self, text: str) -> tuple[list[Paper], set[str]]:
        """Papers whose main title (before any ':' or '(', leading article dropped) the question
        quotes, and the words of those titles."""
        flat = " " + " ".join(words(fold(text))) + " "
        found, title_words = [], set()
        for paper in self.papers.values():
            if paper.title:
                main = re.sub(r"^(?:a|an|the) ", "", " ".join(words(fold(re.split(r"[:(]", paper.title)[0]))))
                if main and f" {main} " in flat:
                    found.append(paper)
                    title_words.update(main.split())
        return found, title_words

    def venue_named(self, text: str) -> tuple[str | None, set[str]]:
        """A venue of the catalog the question names, by acronym or full name, and its words."""
        flat = " " + " ".join(words(fold(text))) + " "
        for venue, acronym in self.venues.items():
            core = " ".join(words(fold(re.sub(r"^proceedings of the \w+ ", "", venue, flags=re.I))))
            if (acronym and re.search(rf"\b{re.escape(acronym)}\b", text)) or (core and f" {core} " in flat):
                return venue, set(words(fold(venue))) | ({acronym.lower()} if acronym else set())
        return None, set()

    def researcher_papers(self, names: list[str], combine: str = "all") -> list[Paper]:
        if combine == "any":
            return [p for p in self.papers.values() if any(n in p.researchers for n in names)]
        if combine == "first":
            return [p for p in self.papers.values()
                    if names[0] in p.researchers and not any(n in p.researchers for n in names[1:])]
        return [p for p in self.papers.values() if all(n in p.researchers for n in names)]

    def analyse(self, text: str, researcher: str | None = None) -> Question:
        question = Question(text=text, lang=question_lang(text))
        flat = " " + " ".join(words(fold(re.sub(r"['’]", " ", text)))) + " "
        used: set[str] = set()
        named_at: dict[str, int] = {}
        for alias, name in sorted(self.aliases.items(), key=lambda kv: -len(kv[0])):
            if f" {alias} " in flat:
                named_at[name] = min(named_at.get(name, len(flat)), flat.index(f" {alias} "))
                used.update(alias.split())
                flat = flat.replace(f" {alias} ", " " * (len(alias) + 2))
        question.researchers = sorted(named_at, key=named_at.get)
        if len(question.researchers) > 1:
            question.combine = "first" if FIRST_ONLY.search(text) else "any" if ANY_OF.search(text) else "all"
        # Co-authors written in full (any case), before capitalised spans are read: "Soham De" ("de"
        # is a stopword). Looked up by n-gram, so the cost does not grow with the author list.
        tokens = flat.split()
        for size in (4, 3, 2):
            for start in range(len(tokens) - size + 1):
                gram = tokens[start:start + size]
                author = self.authors.get(" ".join(gram)) if min(map(len, gram)) > 1 else None
                if author and not set(gram) <= used and author not in question.coauthors:
                    question.coauthors.append(author)
                    used.update(gram)
        if researcher:
            canonical = self.aliases.get(fold(researcher))
            if canonical is None:
                question.unknown_person = researcher
            elif canonical not in question.researchers:
                question.researchers.insert(0, canonical)
        for span in person_spans(text):
            key = fold(span)
            if not key or set(key.split()) <= used or key in self.aliases:
                continue
            if key in self.authors:
                if self.authors[key] not in question.coauthors:
                    question.coauthors.append(self.authors[key])
                used.update(key.split())
            elif not any(t in self.vocabulary for t in key.split()) and question.unknown_person is None:
                question.unknown_person = span.strip()
                used.update(key.split())
        titled, title_words = self.titled_in(text)
        question.papers = [p.paper_id for p in titled]
        question.venue, venue_words = self.venue_named(text)
        for intent, pattern in INTENTS:
            if pattern.search(text):
                question.intent = intent
                break
        topic_words = []
        for token in words(re.sub(r"['’]", " ", text)):
            folded = fold(token)
            if len(token) < 2 or token in STOPWORDS or folded in used or INTENT_WORDS.fullmatch(token) \
                    or folded in title_words or folded in venue_words or token.isdigit():
                continue
            topic_words.append(FR_EN.get(token, token))
        question.topic = " ".join(topic_words)
        counted = QUANTITY.search(text)
        if counted and question.intent != "list":
            named_words = []
            for token in (counted.group(1) or counted.group(2)).split():
                if token.lower() in STOPWORDS or token.lower() in QUESTION_WORDS:
                    break
                named_words.append(FR_EN.get(token.lower(), token))
            question.quantity = " ".join(named_words) or None
        return question

    def search(self, question: Question, top_k: int, candidates: int, min_similarity: float) -> list[Hit]:
        pool = self.researcher_papers(question.researchers, question.combine) if question.researchers \
            else list(self.papers.values())
        pool = [p for p in pool if all(a in p.authors for a in question.coauthors)]
        if question.venue:
            pool = [p for p in pool if question.venue in {v.value for v in p.venues}]
        # A paper named by its title is answered about even when it is not on the named researcher's
        # pages: its record then shows whose pages list it (never attributing it to anyone else).
        named = [Hit(self.papers[pid], 1.0, 1.0, 0.0) for pid in question.papers]
        if not question.topic and not named:
            wanted = {"date": "dates", "venue": "venues"}.get(question.intent)
            having = [p for p in pool if wanted and getattr(p, wanted)]
            return [Hit(p, 1.0, 1.0, 0.0) for p in (having or pool)]
        if not question.topic or (named and question.intent in {"coauthors", "venue", "date"}):
            # A fact about the paper the question names ("who co-authored the RAT paper (RNN
            # efficiency + attention)?"): the words describing it add no other paper.
            return named[:top_k]
        found = self._topic_search(question, pool, top_k, candidates, min_similarity, distinctive_only=bool(named))
        if not found and not named and (question.intent in {"list", "both"} or question.combine == "first"
                                        or (question.intent == "coauthors" and question.coauthors)) and (
                question.researchers or question.coauthors or question.venue):
            # "List the papers co-authored by X", "which paper has X and Y as co-authors": leftover
            # words are not a topic to refuse on.
            return [Hit(p, 1.0, 1.0, 0.0) for p in pool]
        named_ids = {h.paper.paper_id for h in named}
        return (named + [h for h in found if h.paper.paper_id not in named_ids])[:top_k]

    def _topic_search(self, question: Question, pool: list[Paper], top_k: int, candidates: int,
                      min_similarity: float, distinctive_only: bool = False) -> list[Hit]:
        """Papers of the pool relevant to the question's topic. With ``distinctive_only`` (the
        question already names a paper), only papers singled out by a rare topic word are added."""
        pool_ids = {p.paper_id for p in pool}
        if not pool_ids:
            return []
        query_vector = self.embedder.get_query_embedding(question.topic)
        dense = self._dense(question, query_vector, min(candidates, len(self.papers)))
        lexical = self._lexical(question.topic, pool_ids, candidates)
        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, (pid, _) in enumerate(r for r in ranking if r[0] in pool_ids):
                fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank + 1)
        similarity = dict(dense)
        missing = [pid for pid in fused if pid not in similarity]
        if missing:
            got = self.index.papers.get(ids=missing, include=["embeddings"])
            for pid, vector in zip(got["ids"], got["embeddings"]):
                similarity[pid] = cosine(query_vector, vector)
        lexical_scores = dict(lexical)
        hits = [Hit(self.papers[pid], score, similarity[pid], lexical_scores.get(pid, 0.0))
                for pid, score in sorted(fused.items(), key=lambda kv: -kv[1])]
        rare = self._rare_term_scores(question.topic, pool_ids)
        vocabulary = self.bm25.bm25.vocab_dict
        asked = set(self.stemmer.stemWords(words(question.topic)))
        terms = {t for t in asked if t in vocabulary}  # not set(vocabulary): O(vocabulary) per question

        def coverage(paper: Paper, among: set[str] = terms) -> float:
            return len(among & set(self.stemmer.stemWords(words(paper.embed_text)))) / len(among) if among else 0.0

        # A rare ordinary word ("generation", "predictive" said in passing) does not make a dissimilar
        # paper relevant unless it is not far off and holds most of the topic's words (words no
        # paper uses, "protein structure", count against it); a rare name the paper spells as one
        # ("TransNAR", "Gemma") does, as the English embedder knows nothing of it.
        rare = {pid: score for pid, score in rare.items()
                if similarity.get(pid, -1.0) >= min_similarity
                or (similarity.get(pid, -1.0) >= min_similarity - RARE_SLACK
                    and coverage(self.papers[pid], asked) >= RARE_COVERAGE)
                or self._names_term(self.papers[pid], question.topic)}
        if distinctive_only:  # beside a named paper, only clearly relevant, singled-out papers
            return [h for h in hits if h.paper.paper_id in rare and h.similarity >= min_similarity][:top_k]
        relevant = [h for h in hits if h.similarity >= min_similarity or h.paper.paper_id in rare]
        if not relevant:
            return []
        best = max(h.similarity for h in relevant)

        def close() -> list[Hit]:
            # Papers that contain every (known) topic word stay cited even when another paper is closer.
            return [h for h in relevant if h.similarity >= best - RELATIVE_MARGIN or coverage(h.paper) == 1.0]

        if rare:
            best_rare = max(rare.values())
            singled_out = {h.paper.paper_id for h in relevant if rare.get(h.paper.paper_id, 0.0) > best_rare / 2
                           or (h.paper.paper_id in rare and h.similarity >= best - RELATIVE_MARGIN)}
            # "List the papers on X" asks for all of them: close papers without the rare word stay.
            if question.intent == "list":
                singled_out |= {h.paper.paper_id for h in close()}
            return [h for h in relevant if h.paper.paper_id in singled_out][:top_k]
        return close()[:top_k]

    def _rare_term_scores(self, topic: str, pool_ids: set[str]) -> dict[str, float]:
        """Pool papers containing rare topic words (in at most max(2, RARE_SHARE) of the pool),
        scored by the sum of 1/document-frequency of those words: the rarer the word, the more it
        singles a paper out."""
        if self.bm25 is None:
            return {}
        index = self.bm25.bm25
        indices, indptr = index.scores["indices"], index.scores["indptr"]
        pool_rows = {i for i, pid in enumerate(self.order) if pid in pool_ids}
        limit = max(2, RARE_SHARE * len(pool_rows))
        scores: dict[str, float] = {}
        for stem in set(self.stemmer.stemWords(words(topic))):
            token = index.vocab_dict.get(stem)
            if token is None or len(stem) < 3:
                continue
            in_pool = set(indices[indptr[token]:indptr[token + 1]].tolist()) & pool_rows
            if in_pool and len(in_pool) <= limit:
                for row in in_pool:
                    scores[self.order[row]] = scores.get(self.order[row], 0.0) + 1.0 / len(in_pool)
        return scores

    def _names_term(self, paper: Paper, topic: str) -> bool:
        """Whether the paper writes a word of the topic as a name: mixed case ("xLSTM", "RoPE") or
        capitalised inside a sentence ("… such as Gemma 3"). Titles are left out: Title Case
        capitalises every word."""
        wanted = set(self.stemmer.stemWords(words(topic)))
        text = paper.abstract or ""
        for match in re.finditer(r"\w+", text):
            word, before = match.group(0), text[:match.start()].rstrip()
            named = any(c.isupper() for c in word[1:]) or (
                word[0].isupper() and before and not before.endswith((".", "!", "?", ":")))
            if named and self.stemmer.stemWord(word.lower()) in wanted:
                return True
        return False

    def _dense(self, question: Question, query_vector: list[float], k: int) -> list[tuple[str, float]]:
        result = self.index.vector_store.query(VectorStoreQuery(
            query_embedding=query_vector, similarity_top_k=k, filters=restriction(question.researchers, question.combine)))
        # The Chroma store reports exp(-distance); with cosine space, distance = 1 - cosine.
        return [(pid, 1.0 + math.log(sim)) for pid, sim in zip(result.ids or [], result.similarities or [])]

    def _lexical(self, topic: str, pool_ids: set[str], k: int) -> list[tuple[str, float]]:
        if self.bm25 is None:
            return []
        mask = None
        if len(pool_ids) < len(self.order):
            mask = [int(pid in pool_ids) for pid in self.order]
        retriever = BM25Retriever(existing_bm25=self.bm25.bm25, stemmer=self.stemmer,
                                  similarity_top_k=min(k, len(self.order)), corpus_weight_mask=mask)
        return [(n.node.node_id, n.score) for n in retriever.retrieve(topic) if n.score > 0]


INTENT_WORDS = re.compile(r"co|authors?|coauthors?|auteurs?|coauteurs?|collaborators?|venues?|conferences?|"
                          r"conférences?|journal|when|dates?|year|quand|année|both|common|shared|deux|commun|"
                          r"many|combien|all|tous|toutes|every|liste?|names?|appear|appears|appeared|"
                          r"listed|lists?|who|qui|only|uniquement|seulement|except|sauf|either|soit", re.I)


def restriction(researchers: list[str], combine: str = "all") -> MetadataFilters | None:
    """The Chroma metadata filter for the named researchers ("first": the pool drops the others)."""
    if not researchers:
        return None
    if combine == "first":
        researchers = researchers[:1]
    return MetadataFilters(filters=[ExactMatchFilter(key=researcher_key(r), value=1) for r in researchers],
                           condition=FilterCondition.OR if combine == "any" else FilterCondition.AND)


def cosine(a, b) -> float:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) or 1.0))


def researcher_aliases(names: list[str]) -> dict[str, str]:
    """Every spelling a question may use for a researcher: full, last, 'p velickovic', and the
    first name when no other researcher shares it."""
    aliases: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for name in names:
        tokens = fold(name).split()
        aliases[" ".join(tokens)] = name
        aliases[f"{tokens[0][0]} {tokens[-1]}"] = name
        aliases.setdefault(tokens[-1], name)
        firsts.setdefault(tokens[0], []).append(name)
    for first, owners in firsts.items():
        if len(owners) == 1 and len(first) >= 3:
            aliases.setdefault(first, owners[0])
    return aliases


def author_aliases(names: list[str], common_words: set[str]) -> dict[str, str]:
    """Spellings of co-authors: full, first + last, initial + last, and a surname no other author
    shares that is not a common word ("Hochreiter", not "Li")."""
    aliases: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in names:
        tokens = fold(name).split()
        if not tokens:
            continue
        aliases.setdefault(" ".join(tokens), name)
        if len(tokens) > 1:
            aliases.setdefault(f"{tokens[0]} {tokens[-1]}", name)
            aliases.setdefault(f"{tokens[0][0]} {tokens[-1]}", name)
            surnames.setdefault(tokens[-1], []).append(name)
    for surname, owners in surnames.items():
        if len(owners) == 1 and len(surname) >= 4 and surname not in common_words:
            aliases.setdefault(surname, owners[0])
    return aliases


def person_spans(text: str) -> list[str]:
    """Runs of up to four capitalised words (any script: "Łukasz") that may name a person. The
    question's first word, a lone capitalised word opening a sentence ("According to …", "Comment
    …") and spans after a topic cue ("published on Graph Networks") are not people."""
    runs: list[list[re.Match]] = []
    for word in WORD.finditer(text):
        if not word.group(0)[0].isupper() or (len(word.group(0)) == 1 and not word.group(0).endswith(".")):
            continue
        if runs and len(runs[-1]) < 4 and not text[runs[-1][-1].end():word.start()].strip():
            runs[-1].append(word)
        else:
            runs.append([word])
    spans = []
    for run in runs:
        tokens = [w.group(0) for w in run]
        before = text[:run[0].start()].split()
        if before and unidecode(before[-1]).lower().strip(",'’") in TOPIC_CUES:
            continue
        if not before or before[-1].endswith((".", "?", "!", ":")):
            if len(tokens) == 1 or re.split(r"['’]", tokens[0].lower())[0] in QUESTION_WORDS | STOPWORDS:
                tokens = tokens[1:]
        tokens = [t for t in tokens if not (t.isupper() and len(t) > 1) and not re.search(r"[a-z][A-Z]", t)]
        tokens = [t for t in tokens if re.sub(r"['’]s$", "", t).lower() not in STOPWORDS]
        if tokens:
            spans.append(" ".join(tokens).removesuffix("'s").removesuffix("’s"))
    return spans
