"""The offline, extractive answerer: one function per :class:`Intent`, dispatched through one table.

Every claim is read from a found record and followed by the citation of that record: a paper, or
the researcher's page for a profile fact. When the records don't hold what is asked, the answer
says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from qa.answerers.phrases import PHRASES
from qa.papers import complete, venue_acronym
from qa.pages import POSITION, PROGRAM_LINE
from qa.question import POINTS_BACK, Intent, Question, asks_location, asks_one_paper, coauthors_each, cue, flatten, named_languages
from qa.records import Answer, Citation, Paper, Profile, Source, Sourced
from qa.text import DEGREE_NOUNS, WHEN_DEGREE, award_words, concept_words, ending_words, content_lemmas, counts_years, degree_words, fold, function_words, gives_measure, gives_one_unit, gives_year_span, has_figure, lemma, lemmas, measures, money_asked_of, names_degree, phrases, place_kind_asked, places_named, programme_kinds, quantity_lemmas, says, says_leads, sentences, stopwords, to_english, words, wordset
from qa.search import (TITLE_OF, date_ask, names_lab, names_them, names_occasion, page_question, DATE_LINE, DATELINE, LISTED_FIELDS, PROSE, Fact, Found, Hit, asked_words, listed_title, counted_nouns, date_event_words, gives_date, gives_title, holds, names_post, titled_things, matching_values, ruled_out_lemmas, unnamed, name_key, named_runs, names_beyond, names_someone, new_names, speaking_of,
                       page_identity, value_key, value_sense,
                       owners, printed_by, recognised_by, written_years, gist, topic_quote_length)

ROLE_FORMER = ("alumni", "alumnus", "alumna", "ancien", "ancienne")
FRENCH_VOWELS = frozenset("aeiouy")  # a name opening with one takes "d'" ("la page d'Antoine")


def elides(name: str) -> bool:
    """Whether "de" elides before a name: before a vowel, and before a "y" read as one ("d'Yves"),
    not a "y" before a vowel, read as a consonant ("de Yoshua", "de Yann")."""
    folded = fold(name)
    return folded[:1] in FRENCH_VOWELS and not (folded[:1] == "y" and folded[1:2] in FRENCH_VOWELS)


class Writer:
    """Numbers citations in order of first use and writes phrases in the question's language."""

    def __init__(self, question: Question, quoted: set[tuple[str, str]] | None = None) -> None:
        self.question = question
        self.lang = question.lang if question.lang in PHRASES else "en"
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}
        # Page sentences quoted so far, by researcher: of a question's several asks, each is quoted
        # once, for the first ask it answers.
        self.quoted: set[tuple[str, str]] = set(quoted or ())

    def say(self, key: str, **values) -> str:
        template = PHRASES[self.lang][key]
        if self.lang == "fr":
            # "la page d'Antoine", not "de Antoine": "de" elides before a name opening with a vowel.
            for slot in ("name", "names", "who"):
                if elides(str(values.get(slot, ""))):
                    template = template.replace(f"de {{{slot}}}", f"d'{{{slot}}}")
        return template.format(**values)

    def count(self, n: int, noun: str) -> str:
        singular, plural = PHRASES[self.lang][noun]
        return f"{n} {singular if n == 1 else plural}"

    def join(self, names: list[str], conjunction: str = "and") -> str:
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + f" {PHRASES[self.lang][conjunction]} " + names[-1]

    def cite_paper(self, hit: Hit | Paper) -> str:
        paper = hit.paper if isinstance(hit, Hit) else hit
        evidence = hit.evidence if isinstance(hit, Hit) else []
        if paper.paper_id not in self._numbers:
            self._numbers[paper.paper_id] = len(self.citations) + 1
            self.citations.append(Citation.of_paper(self._numbers[paper.paper_id], paper, evidence,
                                                    [venue_label(paper)] if paper.venues else []))
        return f"[{self._numbers[paper.paper_id]}]"

    def cite_page(self, source: Source, researcher: str, evidence: list[str], also: Sequence[Source] = ()) -> str:
        """The page's citation number; ``also``: other addresses printing the same value, named by
        that citation."""
        key = page_identity(source)
        if key not in self._numbers:
            self._numbers[key] = len(self.citations) + 1
            self.citations.append(Citation.of_page(self._numbers[key], source, researcher, evidence,
                                                   owner_page=self.say("owner_page", name=researcher)))
        citation = self.citations[self._numbers[key] - 1]
        citation.evidence += [e for e in evidence if e not in citation.evidence]
        citation.urls += [s.url for s in also if s.url and s.url not in citation.urls]
        return f"[{self._numbers[key]}]"

    def cite_pages(self, sources: list[Source], researcher: str, evidence: list[str]) -> str:
        """One citation per page, but one for the pages in one language that print the same value as
        one profile (a listing tab, a /person/ and a /directory/ address of the same researcher): a
        single record at several addresses, named together, the one already cited first."""
        copies: dict[tuple, list[Source]] = {}
        for source in sources:
            copies.setdefault((source.lang, source.researcher, source.headline), []).append(source)
        return "".join(self.cite_page(next((s for s in group if page_identity(s) in self._numbers), group[0]),
                                      researcher, evidence, also=group)
                       for group in copies.values())

    def rewind(self, mark: int) -> None:
        """Forget the citations numbered after ``mark`` (the lines that used them are dropped)."""
        del self.citations[mark:]
        self._numbers = {key: n for key, n in self._numbers.items() if n <= mark}

    def values(self, texts: list[str]) -> str:
        """Page values quoted as printed (they may be in the other language)."""
        return ", ".join(quote([t], self) for t in texts)

    def answer(self, lines: list[str], refused: bool = False) -> Answer:
        q = self.question
        return Answer(q.as_typed, "\n".join(line for line in lines if line), self.citations, refused, lang=self.lang,
                      intent=str(q.intent), researchers=list(q.researchers), candidates=dict(q.candidates))


# --------------------------------------------------------------------------------------------
# Shared pieces


def venue_label(paper: Paper) -> str:
    """The usual name with the year, then the venue as printed: 'NeurIPS 2023 (Advances in Neural
    Information Processing Systems 36)'; a venue with no known acronym as printed."""
    venue = paper.venues[0].value
    acronym = venue_acronym(venue)
    years = {d.value[:4] for d in paper.dates}
    short = f"{acronym} {years.pop()}" if acronym and len(years) == 1 else acronym
    return f"{short} ({venue})" if short else venue


def dates_text(paper: Paper, w: Writer) -> str:
    if len(paper.dates) == 1:
        return paper.dates[0].value
    # Pages disagree: each date with the pages that give it (the paper's citation lists their URLs).
    return "; ".join(w.say("date_on", value=d.value, where=pages_phrase(d.sources, w)) for d in paper.dates)


def pages_phrase(sources: list[Source], w: Writer) -> str:
    """'Ada Byron's English page and Grace Hopper's French page': pages as a reader knows them."""
    return w.join(list(dict.fromkeys(page_phrase(s, w) for s in one_per_page(sources))))


def page_phrase(source: Source, w: Writer) -> str:
    if not source.researcher:
        return source.file or source.url or "?"
    lang = w.say(f"lang_{source.lang}") if source.lang in ("en", "fr") else ""
    return w.say("page_of", name=source.researcher, lang=lang).replace("  ", " ")


def one_per_page(sources: list[Source]) -> list[Source]:
    return list({page_identity(s): s for s in reversed(sources)}.values())[::-1]


def coauthors_by_page(paper: Paper) -> list[tuple[Source, list[str]]]:
    """Each page that lists co-authors with the names it lists, in the order pages were seen."""
    pages: dict[str, tuple[Source, list[str]]] = {}
    for name in paper.coauthors:
        for source in name.sources:
            pages.setdefault(page_identity(source), (source, []))[1].append(name.value)
    return list(pages.values())


def coauthors_text(paper: Paper, w: Writer, asked: list[str] = ()) -> str:
    """Who co-wrote it (with the ``asked`` researchers, when the pages name them as writing it: see
    ``Paper.coauthors_of``), or, where pages list different names, each page's list with its page
    (and its own researcher, whom it does not print)."""
    by_page = coauthors_by_page(paper)
    if len({frozenset(fold(n) for n in names) for _, names in by_page}) <= 1:
        names = paper.coauthors_of(asked)
        return w.say("coauthors_of", n=len(names), authors=", ".join(names))
    asked_keys = {fold(a) for a in asked}
    wrote = paper.written_by(asked)

    def page_list(source: Source, names: list[str]) -> list[str]:
        owner = [source.researcher] if wrote and source.researcher else []
        return [n for n in dict.fromkeys(names + owner) if fold(n) not in asked_keys]

    return w.say("coauthors_differ") + " " + "; ".join(
        w.say("listed_by", names=", ".join(page_list(source, names)), where=page_phrase(source, w)) for source, names in by_page)


def other_abstracts(paper: Paper, w: Writer) -> str:
    """Where pages give different abstracts (not a cut copy of the same text): which pages the
    shown copy comes from and, for each other copy, what it adds, lacks or words otherwise. Empty
    when the pages agree."""
    shown = next((a for a in paper.abstracts if a.value == paper.abstract), None)
    if shown is None:
        return ""
    notes = []
    shown_pages = {page_identity(s) for s in shown.sources}
    for copy in paper.abstracts:
        # A page that repeats a paper with a variant still gives the shown copy: nothing to set apart.
        if copy is shown or same_text(copy.value, shown.value) or {page_identity(s) for s in copy.sources} <= shown_pages:
            continue
        notes.append(w.say("copy_on", where=pages_phrase(copy.sources, w)) + " " +
                     "; ".join(difference(shown.value, copy.value, w)))
    if not notes:
        return ""
    return w.say("abstracts_differ", where=pages_phrase(shown.sources, w)) + " " + "; ".join(notes) + \
        f" {w.cite_paper(paper)}"


def same_text(a: str, b: str) -> bool:
    """One text, or a cut copy of it ("… (see more)" cuts mid-word: the last word is left out)."""
    x, y = fold(a).split(), fold(b).split()
    # A typo's worth of difference ("result"/"results") is one text; a changed figure never is.
    if Levenshtein.distance(" ".join(x), " ".join(y), score_cutoff=2) <= 2 and re.findall(r"\d+", a) == re.findall(r"\d+", b):
        return True
    if complete(a) and complete(b):
        return False
    x, y = (x if complete(a) else x[:-1]), (y if complete(b) else y[:-1])
    common = min(len(x), len(y))
    return x[:common] == y[:common]


def difference(shown: str, copy: str, w: Writer, limit: int = 2) -> list[str]:
    """What ``copy`` says otherwise than ``shown``, word by word (difflib): up to ``limit`` places."""
    a, b = shown.split(), copy.split()
    said = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        lost, added = " ".join(a[i1:i2][:25]), " ".join(b[j1:j2][:25])
        key = {"insert": "abstract_adds", "delete": "abstract_lacks"}.get(op, "abstract_reads")
        said.append(w.say(key, added=quote([added], w), lost=quote([lost], w)))
    return said[:limit]


def brackets(paper: Paper) -> str:
    """' (ICML 2025, 2025-10-05 / 2025-10-06)': the venue and dates the pages give, if any."""
    venue = venue_label(paper).split(" (")[0] if paper.venues else None
    parts = [venue, " / ".join(d.value for d in paper.dates) or None]
    shown = [p for p in parts if p]
    return f" ({', '.join(shown)})" if shown else ""


# Quotation marks inside a quote become the inner pair (« … “…” … », “… ‘…’ …”), so a quote
# ends where it is closed, not at a nickname the page itself put in quotes.
INNER_QUOTES = {"fr": (re.compile(r"«\s*|\s*»"), {"«": "“", "»": "”"}),
                "en": (re.compile(r"[“”]"), {"“": "‘", "”": "’"})}


def as_quoted(text: str, lang: str) -> str:
    """A page's text as an answer in ``lang`` quotes it, its own quotation marks the inner pair."""
    marks, inner = INNER_QUOTES["fr" if lang == "fr" else "en"]
    return marks.sub(lambda m: inner[m.group().strip()], text)


ENDS_ON_STOP = re.compile(r"[.!?…:;)\]\"'”»]$")  # a quoted line that ends a sentence (or a bracket or a quotation)


def quote(sentences: list[str], w: Writer, within: str | None = None) -> str:
    """Sentences quoted as one passage; of a text ``within`` (the abstract they come from), two that
    do not follow each other there are joined by an ellipsis, as a quotation marks what it leaves
    out, and a sentence the page cut off ends on one."""
    joined = sentences[0] if sentences else ""
    flat = " ".join(within.split()) if within else ""
    for before, after in zip(sentences, sentences[1:]):
        follows = not flat or f"{' '.join(before.split())} {' '.join(after.split())}" in flat
        # (A line that ends on no stop, a heading or one the page left unfinished, « … à l'Université de
        # Montréal, Guillaume Dumas », is not run into the next sentence: a slash parts them, as quoted lines are.)
        joined += (" /" if not ENDS_ON_STOP.search(before.strip()) else "") + (f" {after}" if follows else f" […] {after}")
    if sentences and flat.endswith(" ".join(sentences[-1].split())) and not ENDS_ON_STOP.search(joined):
        joined += "…"  # (an abstract the page cuts off: its last sentence is left unfinished)
    joined = as_quoted(joined, w.lang)
    return f"« {joined} »" if w.lang == "fr" else f"“{joined}”"


def paper_line(hit: Hit, w: Writer, *, evidence: bool = True, owners: bool = False,
               among: list[str] | None = None) -> str:
    n = w.cite_paper(hit)
    # Whose pages list it, when the question names no researcher ("which researchers wrote with X?"),
    # or asks which of the researchers it names lists it: then their pages are cited for it.
    named = [r for r in hit.paper.researchers if r in among] if among else []
    listed = ""
    if named:
        on = [[s for s in hit.paper.sources if s.researcher == r] for r in named]  # a page in the question's language first
        pages = [next((s for s in sources if s.lang == w.lang), sources[0]) for sources in on]
        listed = f" ({w.say('listed_on', names=w.join(named))} " + \
            "".join(w.cite_page(s, s.researcher, []) for s in pages) + ")"
    elif owners and hit.paper.researchers:
        listed = f" ({w.say('listed_on', names=w.join(hit.paper.researchers))})"
    line = f"- *{hit.paper.label}*{brackets(hit.paper)}{listed} {n}"
    # A paper no page gives a title for is recognised by what it says it does.
    shown = hit.evidence if evidence and hit.evidence else []
    if not hit.paper.title:  # its label is its opening words: the claim says more than they do again
        opening = hit.paper.label.rstrip("…")
        claimed = recognised_by(hit.paper)
        if claimed or not hit.paper.label.endswith("…"):  # (with no claim, a label cut short keeps its sentence)
            shown = [s for s in shown if not s.startswith(opening)]
        shown += [s for s in claimed if s not in shown]
        if not shown and hit.paper.label.endswith("…") and evidence:
            shown = sentences(hit.paper.abstract or "")[:1]  # the opening sentence its cut label begins
    if shown:
        line += f": {quote(shown, w, hit.paper.abstract)} {n}"
    return line


def own_page(profile: Profile, lang: str) -> Source | None:
    """A researcher's own profile page (no news item naming them), in ``lang`` when they have one."""
    own = [s for s in profile.pages if s.headline is None]
    return next((s for s in own if s.lang == lang), own[0] if own else None)


def says_about(values: list[Sourced], name: str, asked: bool = True) -> tuple[str, str]:
    """The phrase that introduces quoted page sentences, and whom or what it names: a page about no
    researcher here speaks for itself, a news item only names the researcher (its sentences may be
    about anyone it names), their own page speaks about them. A news item quoted for a question that
    does not ask about the researcher it is filed under (``asked`` False) speaks for itself too:
    "pages that name X say" would put a person nobody asked about in the answer."""
    headlines = {s.headline for v in values for s in v.sources}
    if headlines == {name}:
        return "page_says", name
    if None in headlines:
        return "biography", name
    return ("page_says", headlines.pop()) if not asked and len(headlines) == 1 else ("news_about", name)


def who(q: Question, w: Writer) -> str:
    names = w.join(q.researchers, "or" if q.combine == "any" else "and")
    return w.say("pages_of", names=names) if names else w.say("the_pages")


def shown_topic(q: Question) -> str:
    return " ".join(q.terms) or q.topic


def shown_quantity(q: Question) -> str:
    """What a figure is asked for, in the question's words: a French question's is read in English
    (« une bourse de combien ? » asks of "fellowship"), so each word is shown as typed where a typed
    word reads as it."""
    if q.lang == "en":
        return q.quantity
    typed = words(q.text)
    return " ".join(dict.fromkeys(next((t for t in typed if lemma(word) in {fold(t), *lemmas(to_english(t))}), word)
                                  for word in q.quantity.split()))


def nothing(q: Question, w: Writer) -> Answer:
    names = w.join(q.researchers, "or" if q.combine == "any" else "and")
    scope = w.say("scope", names=names) if names else ""
    topic = shown_topic(q)
    # A long topic reads as keyword salad when quoted back (and may be an injected instruction).
    text = w.say("nothing", topic=topic, scope=scope) if topic and len(topic.split()) <= 4 else \
        w.say("nothing_bare", scope=scope)
    return w.answer([text], refused=True)


# --------------------------------------------------------------------------------------------
# One function per intent


def named_page_cites(q: Question, hits: list[Hit], w: Writer) -> str:
    """For papers asked of a researcher's page in a language the question names ("how many papers on
    her English page?"), that page's citation: what a page lists is a fact of the page."""
    lang = named_page_language(q)
    if lang is None:
        return ""
    sources = [s for h in hits for s in h.paper.sources if s.lang == lang and s.researcher in q.researchers]
    return "".join(w.cite_pages(sources_of, researcher, [h.paper.label for h in hits])
                   for researcher in q.researchers
                   if (sources_of := [s for s in sources if s.researcher == researcher]))


def papers_answer(q: Question, found: Found, w: Writer) -> Answer:
    hits = found.hits
    if hits and not any(h.paper.title for h in hits) and asks_paper_title(q):
        # A title asked ("her paper on X: its title?") of records the pages print untitled: none to give.
        # The closest record is shown for what it is, by its opening words and what it claims.
        n = w.cite_paper(hits[0])
        said = hits[0].evidence or recognised_by(hits[0].paper)
        return w.answer([w.say("untitled_paper", label=f"“{hits[0].paper.label}” {n}"),
                         f"{quote(said, w)} {n}" if said else ""], refused=True)
    if not q.topic and cue("paper_gist_asked", flatten(q.text)):
        # "What's his paper about?": each paper shown by its gist, titled or not.
        for hit in hits:
            hit.evidence = hit.evidence or gist(hit.paper, topic_quote_length(len(hits)))
    if q.researchers and q.combine != "first" and not q.coauthors:
        # The named researchers' own pages first; papers another researcher's page prints with them
        # among the authors after, said to be from there.
        own = printed_by(hits, q.researchers)
        elsewhere = [h for h in hits if h not in own]
        if own and elsewhere:
            answer = papers_answer(q, Found(hits=own), w)
            head = w.say("elsewhere", count=w.count(len(elsewhere), "paper"), names=w.join(q.researchers, "or"))
            return w.answer([answer.text, head, *(paper_line(h, w, owners=True) for h in elsewhere)])
    if q.combine == "first" and len(q.researchers) > 1:
        head = w.say("only_first", count=w.count(len(hits), "paper"), first=q.researchers[0],
                     others=w.join(q.researchers[1:], "or"))
    elif q.coauthors and not q.topic and coauthors_each(q):  # "which paper with A, and which one with B?"
        lines = []
        for author in q.coauthors:
            with_author = [h for h in hits if name_key(author) in {name_key(a) for a in h.paper.authors}]
            lines.append(w.say("with_coauthor", count=w.count(len(with_author), "paper"), name=author))
            lines += [paper_line(h, w) for h in with_author]
        return w.answer(lines)
    elif q.coauthors and not q.topic:
        head = w.say("with_coauthor", count=w.count(len(hits), "paper"), name=w.join(q.coauthors))
    elif q.on_site and not q.researchers and q.period.earliest:  # (a site page's papers come in its order)
        head = w.say("listed_first")
    elif q.period.latest or q.period.earliest:
        pages = who(q, w)  # (mid-sentence: "the pages", « les pages de X »)
        pages = pages[0].lower() + pages[1:] if pages.startswith(("The ", "Les ")) else pages
        head = w.say("latest" if q.period.latest else "earliest", who=pages)
    elif q.topic:
        head = w.say("papers_on", who=who(q, w), count=w.count(len(hits), "paper"), topic=shown_topic(q))
    else:
        order = "" if len(hits) < 2 else w.say("page_order" if q.on_site and not q.researchers else "newest_first")
        head = w.say("papers_all", who=who(q, w), count=w.count(len(hits), "paper"), order=order)
    if cites := named_page_cites(q, hits, w):  # (before the colon opening the list)
        text, colon = re.fullmatch(r"(.*?)(\s*:)?", head).groups()
        head = f"{text} {cites}{colon or ''}"
    # "Which of A, B, C wrote with X?": each paper says which of them lists it, their page cited; of
    # several researchers named otherwise ("of A and B, who has …?"), or of no one ("papers on X?"),
    # it says whose pages list it.
    among = q.researchers if q.coauthors and len(q.researchers) > 1 else None
    owners = not q.researchers or len(q.researchers) > 1 and among is None
    lines = [paper_line(h, w, owners=owners, among=among) for h in hits]
    if q.languages and q.researchers and len(named_languages(q.text)) == 2:
        # "Do her English and French pages list the same papers?": which of them lists each.
        lines = [f"{line} ({language_pages(h.paper, q.researchers, w)})" for h, line in zip(hits, lines)]
    return w.answer([head, *lines])


def asks_paper_title(q: Question) -> bool:
    """Whether the question asks a paper's title ("the title of her paper on X", « le titre de son
    article », "what is it called?" of a paper it describes)."""
    flat = flatten(q.text)
    if cue("paper_name_asked", flat):
        return True
    titled = TITLE_OF.search(q.text)  # (the thing titled: its first words, past a name's possessive)
    thing = flatten(" ".join(titled.group(1).split()[:5])) if titled else ""
    return cue("one_paper", thing) or cue("several_papers", thing)


def language_pages(paper: Paper, researchers: list[str], w: Writer) -> str:
    """Which of the named researchers' pages, by language, list a paper: "on the French page"."""
    langs = {s.lang for s in paper.sources if s.researcher in researchers}
    if langs >= {"en", "fr"}:
        return w.say("on_both_language_pages")
    return w.say("on_language_pages", langs=w.join([w.say(f"lang_{lang}") for lang in sorted(langs)]))


def fact_answer(q: Question, found: Found, w: Writer) -> Answer:
    hits = found.hits[:2] if q.papers else found.hits
    flat = flatten(q.text)
    if q.asks_name and any(cue(name, flat) for name in ("names_data", "name_itself", "names_tested")) and hits \
            and not cue("paper_name_asked", flat) and not any(new_names(h.paper, q) for h in hits):
        # "Which datasets did it use?", "what is the method called?": an abstract that names nothing
        # the question does not cannot say (a method may be described, "an adaptive temperature",
        # when which method is asked; a dataset, or a name asked as such, is named). (The paper's own
        # name asked, "what is it called?" of a paper the question describes, is its title.)
        return w.answer([w.say("no_name", label=f"*{hits[0].paper.label}* {w.cite_paper(hits[0])}")], refused=True)
    lines = []
    if q.quantity:
        counted = set(lemmas(q.quantity))
        figure = [h for h in hits for asked in [asked_beyond_title(q, h.paper)]  # (once per paper, not per sentence)
                  if any(has_figure(s) and gives_figure(s, counted, asked) for s in h.evidence)]
        if not figure:
            label = f"*{hits[0].paper.label}* {w.cite_paper(hits[0])}"
            missing = w.say("no_figure", what=shown_quantity(q), label=label)
            if not other_figures(q, [s for h in hits for s in h.evidence]):
                return w.answer([missing], refused=True)
            lines.append(missing)  # the figures the other asks want are quoted below
        else:
            hits = figure
    for hit in hits:
        n = w.cite_paper(hit)
        line = f"*{hit.paper.label}*{brackets(hit.paper)} {n}"
        if q.papers and q.researchers and not set(q.researchers) & set(hit.paper.researchers) or len(q.researchers) > 1:
            # (A question naming several researchers may ask whose pages list it: "between A and B, whose …?")
            line += f" ({w.say('listed_on', names=w.join(hit.paper.researchers))})"
        if hit.evidence:
            line += f": {quote(hit.evidence, w, hit.paper.abstract)} {n}"
        lines.append(("- " if len(hits) > 1 else "") + line)
        lines.append(other_abstracts(hit.paper, w))
    return w.answer(lines)


FIELD_OF = {Intent.COAUTHORS: "authors", Intent.VENUE: "venues", Intent.DATE: "dates"}


def publication_sentences(paper: Paper, field_name: str) -> list[str]:
    """The abstract's sentences that say where or when this paper is published ("In their
    forthcoming Journal of X paper (2025) …"); for a date, only those that give a year."""
    if field_name not in {"venues", "dates"} or not paper.abstract:
        return []
    found = []
    for sentence in sentences(paper.abstract):
        if says(sentence, "publication_cues.txt") and \
                (field_name == "venues" or re.search(r"\b(?:19|20)\d\d\b", sentence)):
            found.append(sentence)
    return found[:2]


ONE_PAPER_TIE = 0.1  # cosine within which two papers fit a one-paper description alike


def field_answer(q: Question, found: Found, w: Writer) -> Answer:
    """A paper's record: the asked field first (co-authors, venue or date), then the others the
    pages give; 'the pages give none' where they don't."""
    field_name = FIELD_OF[q.intent]
    hits = found.hits
    if q.intent == Intent.COAUTHORS and q.coauthors and not q.papers:
        return papers_answer(q, found, w)
    if q.intent == Intent.COAUTHORS and q.recurring and not q.papers and len(hits) > 1:
        return recurring_answer(q, found, w)
    if not q.papers and asks_one_paper(q.text) and hits:
        # "the … paper": the paper the description fits best (and any as close), not its neighbours.
        best = max(h.similarity for h in hits)
        hits = [h for h in hits if h.similarity >= best - ONE_PAPER_TIE]
    if all(not getattr(h.paper, field_name) for h in hits) and len(hits) == 1:
        label = f"*{hits[0].paper.label}* {w.cite_paper(hits[0])}"
        stated = publication_sentences(hits[0].paper, field_name)
        if stated:
            # No venue or date line, but the abstract itself says where or when it is published.
            n = w.cite_paper(hits[0])
            more = [s for s in hits[0].evidence if s not in stated]  # what the question's other asks find
            return w.answer([w.say("field_in_abstract", what=w.say(f"what_{field_name}"), label=label),
                             f"{quote(stated, w)} {n}"] + ([f"{quote(more, w)} {n}"] if more else []))
        return w.answer([w.say("field_missing", what=w.say(f"what_{field_name}"), label=label)], refused=True)
    lines = []
    for hit in hits:
        paper, n = hit.paper, w.cite_paper(hit)
        facts = {
            "authors": coauthors_text(paper, w, q.researchers) if paper.coauthors_of(q.researchers) else w.say("no_coauthors"),
            "venues": w.say("venue", venue=w.values([venue_label(paper)])) if paper.venues else w.say("no_venue"),
            "dates": w.say("date", dates=dates_text(paper, w)) if paper.dates else w.say("no_date"),
        }
        shown = [facts[field_name]] + [facts[f] for f in ("authors", "venues", "dates")
                                      if f != field_name and getattr(paper, f)]
        # Who wrote it, asked with no researcher named ("which other names sign the paper X co-wrote?"): the
        # researchers whose pages list it are its authors too (their pages never list them as co-authors).
        # A question naming several researchers asks of papers from several pages: each says whose it is.
        listed = f" ({w.say('listed_on', names=w.join(paper.researchers))})" \
            if paper.researchers and (field_name == "authors" and not q.researchers or len(q.researchers) > 1) else ""
        lines.append(f"{'- ' if len(hits) > 1 else ''}*{paper.label}*{listed} {n}: {'; '.join(shown)} {n}")
        if hit.evidence:  # what the question's other asks find in the abstract
            lines.append(f"{quote(hit.evidence, w, paper.abstract)} {n}")
        elif not paper.title and recognised_by(paper):  # an untitled paper is told by what it claims
            lines.append(f"{quote(recognised_by(paper), w)} {n}")
        lines.append(other_abstracts(paper, w))
    return w.answer(lines)


def recurring_answer(q: Question, found: Found, w: Writer) -> Answer:
    """"Who does she keep writing with?": the co-authors the found papers share, most papers first,
    each with the papers that list them."""
    listing, printed = coauthors_listing(found.hits, q.researchers)
    shared = sorted(((name, hits) for name, hits in listing.items() if len(hits) > 1), key=lambda item: -len(item[1]))
    said = {"count": w.count(len(found.hits), "paper"), "names": w.join(q.researchers) or w.say("the_pages")}
    if not shared:
        return w.answer([w.say("recurring_none", **said)])
    lines = [w.say("recurring", **said)]
    for name, hits in shared:
        papers = ", ".join(f"*{h.paper.label}* {w.cite_paper(h)}" for h in hits)
        lines.append(f"- {printed[name]} ({w.count(len(hits), 'paper')}): {papers}")
    return w.answer(lines)


def coauthors_listing(hits: list[Hit], researchers: list[str]) -> tuple[dict[str, list[Hit]], dict[str, str]]:
    """The named researchers' co-authors on the papers found, told apart by first and last name:
    per co-author, the papers listing them, and their name as printed."""
    asked = {name_key(name) for name in researchers}
    listing: dict[str, list[Hit]] = {}
    printed: dict[str, str] = {}
    for hit in hits:
        coauthors = hit.paper.coauthors_of(researchers)
        for name in dict.fromkeys(name_key(a) for a in coauthors):
            if name not in asked:
                listing.setdefault(name, []).append(hit)
        printed.update((name_key(a), a) for a in reversed(coauthors))
    return listing, printed


def count_answer(q: Question, found: Found, w: Writer) -> Answer:
    if q.counted in {"topics", "roles", "affiliations"}:
        lines = []
        for profile in found.profiles:
            for sources, texts in page_lists(getattr(profile, q.counted), listed_language(q)):
                lines.append(w.say("count_field", name=profile.researcher,
                                   count=w.count(len(texts), q.counted + "_n"), values=w.values(texts)) +
                             f" {w.cite_pages(sources, profile.researcher, texts)}")
        return w.answer(lines, refused=not lines) if lines else nothing(q, w)
    if q.counted == "students":
        lines, counts = [], []
        for profile in found.profiles:
            said, count = students_counted(q, profile, w)
            lines += said
            counts.append(count)
        return w.answer(lines, refused=not any(counts)) if lines else nothing(q, w)
    if q.counted == "coauthors":
        lines, hits = [], found.hits[:3]
        if q.researchers and not q.papers and len(found.hits) > 1:
            # "X has how many co-authors in all?": the distinct names over every paper her pages list
            # (of the pages in a language the question names), then each paper's.
            named = named_languages(q.text)
            hits = [h for h in found.hits if not named or any(s.lang in named for s in h.paper.sources)] or found.hits
            names = list({name_key(a): a for h in hits for a in h.paper.authors if a not in q.researchers}.values())
            lines.append(w.say("coauthors_across", papers=w.count(len(hits), "paper"), whose=w.join(q.researchers),
                               count=w.count(len(names), "coauthor"), authors=", ".join(names))
                         + f" {named_page_cites(q, hits, w)}" + "".join(w.cite_paper(h) for h in hits))
        for hit in hits:
            n = w.cite_paper(hit)
            label = f"*{hit.paper.label}*"
            # The count is of the names the pages list; a researcher whose own page lists the paper
            # (so left off the lists, as every page leaves off its own) is said apart.
            owners = [r for r in hit.paper.coauthors_of(q.researchers) if r not in hit.paper.authors]
            also = f" ({w.say('also_listed_on', names=w.join(owners))})" if owners else ""
            lines.append(w.say("count_coauthors", label=label, count=w.count(len(hit.paper.authors), "coauthor"),
                               authors=", ".join(hit.paper.authors)) + f"{also} {n}" if hit.paper.authors else
                         w.say("field_missing", what=w.say("what_authors"), label=label) + f"{also} {n}")
            if len(coauthors_by_page(hit.paper)) > 1 and "coauthors_differ" in (text := coauthors_text(hit.paper, w)):
                lines.append(text)
        return w.answer(lines, refused=all(not h.paper.authors for h in found.hits[:3]))
    if cue("career_total", flatten(q.text)):
        # "How many papers in his whole career?": a directory page lists some papers, never a career's
        # total; what it lists is said, and the total refused.
        listed = papers_answer(q, found, w).text if found.hits else ""
        return w.answer([w.say("career_total"), listed], refused=True)
    return papers_answer(q, found, w)


FROM_WHERE = re.compile(r"\b(?:where|from|d ou|vient|viennent|provien\w*|organi[sz]ations?)\b")  # (folded) where someone is from


def profile_answer(q: Question, found: Found, w: Writer) -> Answer:
    """Page facts, grouped by researcher and by page, each page cited; the asked field's values
    as printed, or the biography sentences that answer the question, quoted."""
    lines, mark = [], len(w.citations)
    programmes_shown = False  # a student list's programme lines answer (see below)
    quoted: set[tuple[str, str | None]] = set()  # news sentences quoted, with their page
    stated = False  # a biography sentence states the field asked in so many words (see below)
    if found.hits and not found.facts:  # an open ask for the field of a page that lists none: the papers
        head = w.say("papers_all", who=who(q, w), count=w.count(len(found.hits), "paper"), order="")
        return w.answer([head, *(paper_line(h, w) for h in found.hits)])
    for profile in found.profiles:
        facts = [f for f in found.facts if f.researcher == profile.researcher]
        opening = opening_sentences(profile, q.lang, q.topic, q.text) if q.open_field else \
            field_in_asked_words(profile, q) if q.attribute == "topics" else []
        if opening and not facts and all((profile.researcher, v.value) in w.quoted for v in opening):
            continue  # (another ask of the question quoted it: this one says nothing new)
        opening = [v for v in opening if (profile.researcher, v.value) not in w.quoted]
        stated = stated or bool(opening)  # (of an open ask, its lines answer anyway)
        if not facts and not opening and q.attribute == "students" and profile.student_programmes and (
                cue("institution_asked", flatten(q.text)) or FROM_WHERE.search(flatten(q.text))):
            # "Which university are her PhD students from?" of a list that names no one: its
            # programme lines (those asked) say where they study.
            said, count = students_counted(q, profile, w)
            lines += said
            programmes_shown = programmes_shown or count > 0
            continue
        if not facts and not opening:
            if q.attribute in LISTED_FIELDS or not q.topic:
                missing = w.say("profile_missing", name=profile.researcher, what=w.say(f"what_{q.attribute or 'biography'}"))
            else:
                missing = w.say("profile_silent", name=profile.researcher)
            # A refusal cites the page it refuses about; beside an answer, a silent page is not cited.
            cite = f" {w.cite_page(profile.pages[0], profile.researcher, [])}" if profile.pages and not found.facts else ""
            lines.append(missing + cite)
            continue
        for printed in profile.also_named:
            # Their page prints another name than the one they are filed under (a chosen first name):
            # the reader meets them by both, with the page printing it.
            lines.append(f"{w.say('printed_as', name=profile.researcher, printed=printed.value)} "
                         f"{w.cite_pages(printed.sources, profile.researcher, [printed.value])}")
        # (An open question may be answered by listed research topics too: "does she work on X?")
        # (Asked who someone is, their listed roles and positions are shown as listed, before their biography.)
        listed = [f for f in facts if f.field not in PROSE] if q.attribute in LISTED_FIELDS or q.attribute == "biography" else \
            [f for f in facts if f.field == "topics"]
        # (A role or a position another ask of the question names is shown as one, not as a topic.)
        posts = [f for f in listed if f.field in {"roles", "affiliations"}] if q.attribute not in {"roles", "affiliations"} else []
        shown_as = q.attribute if q.attribute in LISTED_FIELDS else "topics"
        for kind, values in ((shown_as, [f for f in listed if f not in posts]), ("roles", posts)):
            if values:
                parts = []
                for sources, texts in page_lists([f.value for f in values], listed_language(q), conflicts=kind in {"roles", "affiliations"}):
                    former = any(t.lower().startswith(ROLE_FORMER) for t in texts) and kind == "roles"
                    parts.append(w.values(texts) + (w.say("alumni_note") if former else "") +
                                 f" {w.cite_pages(sources, profile.researcher, texts)}")
                lines.append(w.say(kind if kind in {"topics", "supervisors", "students"} else "roles", name=profile.researcher,
                                   values="; ".join(parts)))
        said = [f.value for f in facts if f not in listed]
        # An open ask for the person's field: the biography's opening says it in their words,
        # beside any sentence about the rest of the question ("… at ÉTS"); so does, beside the listed
        # topics, a sentence naming the field as the question does.
        said += [v for v in opening if v not in said]
        # A news sentence naming several of them is quoted once, under all their names.
        said = [v for v in said if (v.value, v.sources[0].url) not in quoted]
        if said:
            intro, introduced = says_about(said, profile.researcher, asked=profile.researcher in q.researchers)
            names = [introduced]
            if intro == "news_about":
                keys = {(v.value, v.sources[0].url) for v in said}
                names += [p.researcher for p in found.profiles if p is not profile and keys <= {
                    (f.value.value, f.value.sources[0].url) for f in found.facts if f.researcher == p.researcher}]
                quoted.update(keys)
            lines.append(w.say(intro, name=w.join(names)))
            for sources, texts in group_by_page(said):
                lines.append(f"{quote(texts, w)} {w.cite_pages(sources, profile.researcher, texts)}")
    refused = not found.facts and not (q.open_field and lines) and not stated and not programmes_shown
    owners = {p.researcher for p in found.profiles if not p.unowned}  # (not a news item's headline)
    missing = None
    counts = [q.quantity, *counted_nouns(q)]  # ("how many judges, and on how many criteria?": each)
    runs = named_runs(q)
    if q.asked == Intent.DATE and not dates_the_asked(found.facts, q):
        missing = w.say("no_date_on_page")  # asked when: the page speaks of it but gives no date (of it)
    elif asks_who_first(q) and found.facts and not any(  # (a researcher's page is about its owner: "He leads …")
            f.field != "news" or f.researcher in owners and speaks_of_owner(f) or names_someone(f.value.value, set(fold(q.text).split()))
            for f in found.facts):
        missing = w.say("no_person_on_page")  # the page speaks of the asked role and names no one holding it
    elif cue("asks_led", flatten(q.text)) and found.facts and not any(says_leads(f.value.value) for f in found.facts):
        missing = w.say("no_lead_on_page")  # "which team does she lead?": her post is no team she leads
    elif len(q.parts) < 2 and (things := titled_things(q)) and found.facts and not any(
            f.field in PROSE and gives_title(f.value.value, things) for f in found.facts):
        missing = w.say("no_title_on_page")  # "the title of his thesis?": a sentence on his PhD gives none
    elif q.attribute == "biography" and one_degree_asked(q) and names_degree(WHEN_DEGREE.sub(" ", q.text)) and found.facts \
            and not any(names_degree(f.value.value) if f.field in PROSE else
                        (degree_words(f.value.value) & degree_words(q.text)) - DEGREE_NOUNS for f in found.facts):
        # "Where did she get her law degree?": no sentence names a degree. ("What did he do after his
        # PhD?" asks no degree: it dates what is asked.) A listed programme answers for the degree it
        # names ("PhD - Dalhousie University" to "is she still doing her PhD?").
        missing = w.say("no_degree_on_page")
    elif q.quantity and cue("interval", flatten(q.text)) and (span := years_between(found.facts, counts)):
        # "How many years from her MSc to her first chair?" of "… an MSc in 2011 … a chair in 2019": the
        # two years a sentence gives, subtracted.
        (first, last), fact = span
        cite = w.cite_page(fact.value.sources[0], fact.researcher, [fact.value.value])
        lines.insert(0, f"{w.say('years_between', first=first, last=last, n=last - first)} {cite}")
    elif q.quantity and not any((has_figure(f.value.value, years=False) or one_unit(f.value.value, q.quantity))
                                and any(names_quantity(f.value.value, counted) for counted in counts)
                                or any(gives_year_span(f.value.value, counted) for counted in counts) for f in found.facts):
        listing, items = next(((f, items) for f in found.facts if f.field in PROSE
                               and (items := counted_items(f.value.value, q))), (None, []))
        if listing is not None:
            # "How many honours at AAAI 2019, and which?" of a sentence listing them: its items that
            # write what the question types, counted and shown.
            cite = w.cite_page(listing.value.sources[0], listing.researcher, [listing.value.value])
            return w.answer([f"{w.say('items_listed', count=len(items))} {w.values(items)} {cite}", *lines])
        # Asked for a figure ("what precise citation count …"): the page speaks of it but gives none.
        missing = w.say("no_figure_on_page", what=shown_topic(q) if q.quantity == q.topic else shown_quantity(q))
        if other_figures(q, [f.value.value for f in found.facts]):
            return w.answer([missing, *lines])
    elif asks_named_kind(q) and found.facts and \
            not any(names_beyond(f.value.value, q) for f in found.facts):
        # "Which firms sponsored the regatta?" of a news sentence on the regatta that names
        # none: the pages don't say; the closest sentence is shown for what it is.
        missing = w.say("no_name_on_page")
    elif cue("lab_name_asked", flatten(q.text)) and found.facts and not any(names_lab(f.value.value) for f in found.facts):
        # "What is his lab called?" of a biography on what "his laboratory investigates" and posts
        # naming a school: no name is given for the lab.
        missing = w.say("no_name_on_page")
    elif asks_institution(q, found) and found.facts and not any(
            f.field == "affiliations" or f.field in PROSE and names_institution(f.value.value)
            and set(fold(q.news_person or q.unknown_person or "").split()) <= set(fold(f.value.value).split())
            for f in found.facts):
        # "Her university?" asked of a news item naming her but no school, or "at which school did
        # he get his MBA?" of a biography naming the degree but no school: the pages don't say; the
        # closest sentence is shown for what it is.
        missing = w.say("no_institution")
    elif q.attribute in {"roles", "affiliations"} and (person := q.news_person or q.unknown_person) and not q.researchers \
            and cue("profile_post_asked", flatten(q.text)) and found.facts and not any(f.field in {"roles", "affiliations"} or f.field in PROSE and gives_post_of(f.value.value, person)
                                        for f in found.facts):
        # "What is her post at Mila?" of someone only an item's byline names: no sentence gives her
        # one (a sentence on "many researchers at Mila" is not about her).
        missing = w.say("no_post_on_page", name=person)
    elif asks_workplace(q) and found.profiles and not any(
            f.field == "affiliations" or f.field in PROSE and (POSITION.search(f.value.value) or any(
                run <= set(lemmas(f.value.value)) for run in runs)) for f in found.facts):
        # "Which company does she work for?" of a page listing only her Mila membership ("Alumni"):
        # the pages give no workplace; the membership is shown for what it is. (A company asked of a
        # thing the question names, "which firm bought her start-up Kelpie?", is answered by a
        # sentence naming that thing.)
        missing = w.say("no_workplace", name=w.join([p.researcher for p in found.profiles]))
        return w.answer([missing, *lines], refused=True)
    elif (kind := place_asked(q)) and found.profiles and not any(kind in places_named(f.value.value) for f in found.facts):
        # "In which city does he work?" of pages whose lines and sentences name no city (his university's
        # name may): the pages don't say; what they give is shown for what it is.
        missing = w.say("no_place", kind=w.say(f"place_{kind}"), name=w.join([p.researcher for p in found.profiles]))
        return w.answer([missing, *lines], refused=True)
    if missing and found.facts:
        # A refusal cites one record: the closest sentence, on one page, shown with what is missing.
        closest = found.facts[0]
        w.rewind(mark)
        cite = w.cite_page(closest.value.sources[0], closest.researcher, [closest.value.value])
        intro, introduced = says_about([closest.value], closest.researcher, asked=closest.researcher in q.researchers)
        return w.answer([missing, w.say(intro, name=introduced),
                         f"{quote([closest.value.value], w)} {cite}"],
                        refused=True)
    if missing:
        lines.insert(0, missing)
        refused = True
    return w.answer(lines or [w.say("nothing_bare", scope="")], refused=refused)


def one_degree_asked(q: Question) -> bool:
    """Whether a question asks of one degree: a single ask, or asks that each speak of what the one
    naming a degree does ("in which city did she read law, and which school granted that law degree?")."""
    if len(q.parts) < 2:
        return True
    naming = [part for part in q.parts if names_degree(part)]
    subject = set().union(*(content_lemmas(part) for part in naming)) - DEGREE_NOUNS
    return bool(naming) and all(subject & set(content_lemmas(part)) for part in q.parts if part not in naming)


def years_between(facts: list[Fact], counts: list[str | None]) -> tuple[tuple[int, int], Fact] | None:
    """Asked for the years from one thing to another, the first quoted page sentence writing exactly
    two different years, as (earlier, later), with that sentence; None otherwise."""
    if not any(counts_years(counted) for counted in counts):
        return None
    for fact in facts:
        years = sorted(set(written_years(fact.value.value)))
        if fact.field in PROSE and len(years) == 2:
            return (years[0], years[1]), fact
    return None


ENDED_UP = re.compile(r"\b(?:end|ends|ended|ending) up\b")  # "when did he end up at X?": arriving, no end


YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b")  # "2019–2021", "2021-22": the span ends with it


def dates_the_asked(facts: list, q: Question) -> bool:
    """Whether the quoted lines give the date asked: a line gives a date and, when a post is dated
    ("when was she promoted to associate professor?"), that line speaks of the post (not "the 2018
    Lakeshore teaching award", nor "a PhD in 2011" beside "he is a full professor"). Another event
    ("when did she defend her essay?") is dated by the lines that speak of it where any do: not by
    a year beside "the Golden Essay Cup", the name of something else."""
    event = date_event_words(q)
    post = names_post(event)
    # A thing the ask of when names ("when did he receive the Kelp Basin Pilot Award?") is spoken of
    # by a line writing its name, whatever verb says so: « la remise du Kelp Basin Pilot Award ».
    # (Not the person it is asked of: "when was Ian Moss at Apple?" is dated by the line on Apple, not
    # by every line naming him.)
    asking = date_ask(q)
    people = set(lemmas(" ".join(filter(None, [q.unknown_person, q.news_person, q.mentioned, q.typed_stranger]))))
    asked_names = [run for run in named_runs(q) if len(run) > 1 and not run <= people
                   and run <= set(lemmas(asking)) | set(lemmas(to_english(asking)))]

    def speaks_of(text: str) -> bool:
        held = set(lemmas(text))
        if any(run <= held for run in asked_names):
            return True
        if not post:
            text = unnamed(text)
        return any(holds(set(lemmas(text)) | set(lemmas(to_english(text))), w) for w in event)

    typed = set(lemmas(q.text)) | set(lemmas(to_english(q.text)))  # (read once, for every line's names)

    def dated(text: str) -> bool:
        # A year opening the name of something else ("a recipient of the 2019 McGill Engineering
        # Research Award and a Fellow of …") dates that thing, not the one asked.
        # So does a span of years closing one ("the Ocean Action Plan 2015-2025", « Plan d'action
        # 2015-2025 »): the years the plan runs.
        text = YEAR_NAMED.sub(lambda m: m.group(0) if written_by(m.group(2), typed) else " ", text)
        return gives_date(NAME_YEARS.sub(lambda m: m.group(0) if written_by(m.group(1), typed) or {
            fold(m.group(1)).split()[0], fold(m.group(1)).split()[-1]} & function_words() else m.group(1), text), q.text)

    speaking = [f for f in facts if speaks_of(f.value.value)]
    asking_end, giving_end = ending_words()
    if (asking_end & {fold(w) for w in event} or cue("asks_deadline", flatten(q.text))) and not ENDED_UP.search(flatten(q.text)):
        # "When does the partnership end?", "the application deadline?": only a date given as an end
        # ("until …", « jusqu'au … », "before …", a span) answers; an item's dateline, or the year a
        # line speaking of it names, dates something else.
        return any(gives_date(f.value.value, q.text) and (giving_end & set(words(fold(f.value.value))) or YEAR_RANGE.search(f.value.value))
                   and (f in speaking or not speaking) for f in facts)
    if not post and not speaking:
        return any(dated(f.value.value) for f in facts)  # (nothing speaks of it as worded: any date)

    def item_speaks_of(fact) -> bool:  # (an item's date line, "3 Mar 2021", or dateline dates the whole item)
        return bool(DATE_LINE.match(fact.value.value) or DATELINE.match(fact.value.value)) and any(
            g.value.sources[0].url == fact.value.sources[0].url for g in speaking)

    def dates_occasion(fact) -> bool:
        # A news item's line placing the thing asked "during the conference" is dated by the item's
        # line dating the conference.
        return fact.field == "news" and any(g.field == "news" and g.value.sources[0].url == fact.value.sources[0].url
                                            and names_occasion(fact.value.value, g.value.value) for g in speaking)

    def answers_page_question(at: int) -> bool:  # (an FAQ's answer, quoted after the question it answers)
        asked = facts[at - 1] if at else None
        return asked is not None and asked in speaking and page_question(asked.value.value) \
            and asked.value.sources[0].url == facts[at].value.sources[0].url

    return any(dated(f.value.value) and (f in speaking or item_speaks_of(f) or dates_occasion(f)
                                         or answers_page_question(at)) for at, f in enumerate(facts))


# A year opening a name of two capitalised words or more: "the 2019 McGill Engineering Research Award".
YEAR_NAMED = re.compile(r"\b((?:19|20)\d\d)\s+([A-ZÀ-Ý][\w\-’']*(?:\s+(?:of|for|and|de|du|des|la|le|et|[A-ZÀ-Ý][\w\-’']*))*\s+[A-ZÀ-Ý][\w\-’']*)")
# A span of years closing a name: a capitalised word, then at most two lower-case ones ("Plan d'action
# 2015-2025"; not "… Lab from 2016-2019", whose last word is a function word: the years are the subject's).
NAME_YEARS = re.compile(r"\b([A-ZÀ-Ý][\w’']*(?:\s+[a-zà-ÿ][\w’']*){0,2})\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b")


def asks_named_kind(q: Question) -> bool:
    """Whether a question's one ask is for things known by their name ("which company …?"), also
    through an ask pointing back to things the statement before it counts ("The item counts three
    shipping firms among its partners. Which three are they?": which firms)."""
    flat = flatten(q.text)
    if cue("named_kind_asked", flat):
        return len(q.parts) < 2
    pointer = POINTS_BACK.search(flat.rstrip())
    tokens = flat[:pointer.start()].split() if pointer else []
    return any(cue("named_kind_asked", f" which {' '.join(tokens[at + 1:at + 5])} ")
               for at, token in enumerate(tokens) if token.isdigit() or token in wordset("number_words.txt"))


def written_by(name: str, typed: set[str]) -> bool:
    """Whether a question, as the lemmas it ``typed``, writes most of a name's words: "the 2018
    Lakeshore Teaching Award" is what "when did she win the Lakeshore teaching award?" asks of."""
    named = [w for w in words(fold(name)) if w not in function_words()]
    return 2 * sum(holds(typed, lemma(w)) for w in named) >= len(named) > 0


def asks_workplace(q: Question) -> bool:
    """Whether a profile question asks where someone works or their job ("which company …?", "son
    titre de poste"), not their place at Mila ("her job at Mila" is her membership)."""
    flat = flatten(q.text)
    # (Of a two-hop question, the workplace is asked of whom the first ask finds: its second ask; a
    # workplace before, "where did she work before?", is in the sentences about earlier times.)
    # (Of no one named, "which company built the platform?" asks what a sentence names, not a job.)
    return q.attribute in {"roles", "affiliations"} and cue("profile_workplace", flat) and not AT_MILA.search(flat) \
        and not q.asks_linked and not cue("before_joining", flat) and bool(q.researchers or q.news_person or q.unknown_person)


def place_asked(q: Question) -> str | None:
    """The kind of place ("city", "country") a profile question asks where someone is in, by name
    ("in which town does she live?"); None when it asks none ("where does he work?": a listed post says)."""
    return place_kind_asked(q.text) if asks_location(q) else None


AT_MILA = re.compile(r" (?:at|in|with|of|chez|a|au sein de|de|du|d) mila ")  # (a place at Mila, not "since she left Mila")


def asks_institution(q: Question, found: Found) -> bool:
    """A question asking which university, school or lab someone the pages do not profile is at
    ("her university?", "dans quelle école …", "his doctorate: from which university?"), or at which
    one anyone did something their biography tells ("which college did she study law at?"): a
    sentence answers only when it names one. (Someone only news items write of has no profile of
    their own either; a profiled person's listed posts answer where they are, not where they studied.)"""
    unprofiled = not q.researchers and bool(q.unknown_person or q.news_person) or bool(found.profiles) and all(
        not (p.roles or p.affiliations or p.topics or p.biography) for p in found.profiles)
    return (q.attribute == "biography" or q.attribute == "affiliations" and unprofiled) \
        and cue("institution_asked", flatten(q.text))


# A department or faculty "at" or "of" a capitalised name is a part of that institution, whatever
# its name says ("the Department of Marine Science at Nordvik Tech", « Département des sciences de la
# mer de Nordvik Tech »). (A department's own name is read past first: "Department of Marine Science"
# alone names no institution.)
PART_OF_INSTITUTION = re.compile(r"\b(?:[Dd]epartment|[Dd]épartement|[Ff]aculty|[Ff]aculté)\b(?:\s+(?:of|des?|du|d['’]))?+\s*"
                                 r"(?:[\w\-'’]+\s+){0,6}?(?:at|of|à|de|du|d['’])\s*(?:the\s+|l['’]\s*|la\s+)?[A-Z]")


def names_institution(text: str) -> bool:
    """Whether a sentence names an institution: by a kind its name says ("Nordvik University",
    « l'École Polytechnique ») or as the one a department is of."""
    return cue("institution", flatten(text)) or bool(PART_OF_INSTITUTION.search(text))


OWNER_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|il|elle|ils|elles)\b", re.I)


def speaks_of_owner(fact: Fact) -> bool:
    """Whether a news sentence filed under a researcher speaks of them: by name or by a pronoun
    ("She was named chair"), not of an event of theirs ("A conference held at Mila in May")."""
    return names_them(fact.value.value, fact.researcher) or bool(OWNER_PRONOUN.search(fact.value.value))


POST_REACH = 4  # the words before a person's name, or after it in its clause, that may give their post
APPOSITION_REACH = 8  # the words of an apposition after a name and a comma ("X, Mila's Executive Vice-President")
FIRST_PERSON = re.compile(r"\b(?:I|my|je|j['’]|mon|ma|mes)\b", re.I)
# Titles beyond the page's position words, as news items give them ("Minister of Economy", « ministre de l'Innovation »).
NEWS_TITLE = re.compile(r"\b(?:ministers?|ministres?|secretar\w*|officers?|spokes\w*|mayors?|maires?|premiers?|senat\w*|"
                        r"deput\w*|commissioner\w*|commissaire\w*|coordinat\w*|executive|exécuti\w*|vice|ambassad\w*)\b", re.I)
CLAUSE_TOKEN = re.compile(r"[^\W_][\w’'\-]*|[,.;:!?()«»“”\"︱|]")


def gives_post_of(text: str, person: str) -> bool:
    """Whether a sentence gives a person's role or post: a title word within a few words before
    their name or after it in its clause ("the researcher Jane Doe", "Doe is an adjunct professor"),
    or in an apposition after it ("Jane Doe, the province's Minister of Fisheries"); or in their own
    words, in an item quoting them ("I worked as Head of Acoustics at …"). (A byline, "News︱Jane
    Doe At the institute, many researchers …", gives none.)"""
    if FIRST_PERSON.search(text) and POSITION.search(text):
        return True
    tokens = CLAUSE_TOKEN.findall(text)
    surname = fold(person).split()[-1]

    def clause(run: list[str], reach: int) -> str:
        kept = []
        for token in run[:reach]:
            if not token[0].isalnum():
                break
            kept.append(token)
        return " ".join(kept)

    for at, token in enumerate(tokens):
        if fold(token) != surname:
            continue
        after = tokens[at + 1:]
        # ("Kari Lunde, Head of …" of someone known as "Kari": the rest of the name, then its apposition.)
        rest = next((n for n in (1, 2) if len(after) > n and after[n] == "," and all(t[:1].isupper() and fold(t) not in function_words() for t in after[:n])), 0)
        after = after[rest:]
        window = [clause(tokens[:at][::-1], POST_REACH),
                  clause(after[1:], APPOSITION_REACH) if after[:1] == [","] else clause(after, POST_REACH)]
        if any(POSITION.search(part) or NEWS_TITLE.search(part) for part in window):
            return True
    return False


def asks_who_first(q: Question) -> bool:
    """A question that opens by asking who ("who leads …?", "which professors run …?", "qui a fondé
    …?") of no researcher it names ("who is Jane Doe?" of someone news items name asks who she is,
    not for a name)."""
    flat = flatten(q.text)
    if q.researchers or not cue("person_opening", flat) or cue("who_eligible", flat) or cue("organisation_asked", flat):
        return False  # (asked organisations too, "who sat on the jury, which organisations?": names of those answer)
    # (A name no page profiles is asked about by "who is X?"; by "who leads X?", "which professors run
    # X?", X is what someone is asked of.)
    return not (q.unknown_person or q.news_person) or not cue("who_is", flat)


LIST_PARTS = 3  # a sentence whose items are counted lists at least this many (commas, "and")


def counted_items(sentence: str, q: Question) -> list[str]:
    """Of a sentence listing things ("…, finalist of the AAAI 2019 contest, selected for the AAAI 2019
    consortium, and …"), the items that write every name and figure the question types besides the
    person's name ("how many honours at AAAI 2019?"); none when it types none or the sentence lists
    fewer than ``LIST_PARTS`` things."""
    # (Things counted: "how many honours", not an amount, "combien d'argent", "how many dollars".)
    counted = {lemma(n) for n in counted_nouns(q)}
    if not counted or any(counted & measure.asking for measure in measures()):
        return []
    # (The sentence names what is counted, as a word of it or of its concept: « distinctions », « prix ».)
    if not names_counted(sentence, counted):
        return []
    own = {w for name in q.researchers for w in words(fold(name))}
    typed = {w for t in re.findall(r"(?<!^)\b(?:[A-Z][\w\-]*|\d[\w\-]*)", q.text.strip()) for w in words(fold(t))} - own
    items = [part.strip(" .;:") for part in re.split(r",\s*|;\s*|\s+(?:and|et)\s+", sentence)]
    if len(items) < LIST_PARTS:
        return []
    if typed:
        return list(dict.fromkeys(item for item in items if typed <= set(words(fold(item)))))
    # Nothing typed with a capital or a figure ("how many of her prizes came to her as an advisor?"):
    # the question's other words some items hold. The words before the first thing counted open the
    # list ("He received the …") and speak for every item.
    tokens = words(items[0])
    first = next((at for at, token in enumerate(tokens) if names_counted(token, counted)), 0)
    items_held = [held_words(" ".join(tokens[first:]))] + [held_words(item) for item in items[1:]]
    asked = {w for w in lemmas(q.topic) if w not in own and w not in stopwords()
             and not any(holds(held_words(w), noun) for noun in counted)}
    qualifiers = {w for w in asked if any(holds(held, w) for held in items_held)}
    if not qualifiers:
        # Nothing qualifies what is counted ("how many doctorates does he hold?"): the items that each
        # name one ("… a doctorate in X from A and a doctorate in Y from B") are they, when several do.
        naming = [item for item in items if names_counted(item, counted)]
        return naming if len(naming) > 1 else []
    return list(dict.fromkeys(item for item, held in zip(items, items_held) if all(holds(held, w) for w in qualifiers)))


def written_words(text: str) -> set[str]:
    """A text's lemmas and its words as written ("known" as well as "know", a question word)."""
    return set(lemmas(text)) | set(words(fold(text)))


def held_words(text: str) -> set[str]:
    """The English lemmas a page text holds (a French one's through the lexicon), with the award and
    concept words it writes one of."""
    return set(lemmas(text)) | set(lemmas(to_english(text))) | award_words(text) | concept_words(text)


def names_counted(text: str, counted: set[str]) -> bool:
    """Whether a text names every thing counted, as a word of it or of its concept."""
    held = held_words(text)
    return all(holds(held, noun) or holds(held, lemma(to_english(noun))) for noun in counted)


def other_figures(q: Question, said: list[str]) -> bool:
    """Whether a question that asks several things ("how many countries …, and how many
    universities?") finds a figure (not a year) in what it quotes: a count one ask wants and the
    pages lack leaves the others answered. When every ask is for a figure ("how much money, and over
    how many years?"), only a sentence speaking of a thing counted answers one: a figure of something
    else ("a tier 2 chair") answers none."""
    if len(q.parts) < 2:
        return False
    every_ask_counts = all(cue("count", part) for part in q.parts)
    return any(has_figure(sentence, years=False) and (
        not every_ask_counts or any(names_quantity(sentence, counted) for counted in counted_nouns(q))) for sentence in said)


def gives_figure(sentence: str, counted: set[str], asked: set[str]) -> bool:
    """Whether an abstract's sentence gives the figure asked: a share or a factor asked by its word,
    in its units ("what accuracy": "94%", "what speedup": "3.2x"), in a sentence holding a word
    ``asked`` (a share of added parameters is no gain in accuracy); or else a figure beside every
    word of what is counted (a duration in hours is no energy in kilowatt hours)."""
    if any(counted & measure.asking and measure.named for measure in measures()):
        return bool(gives_measure(sentence, counted)) and (
            not asked or not asked.isdisjoint(set(lemmas(sentence)) | set(lemmas(to_english(sentence)))))
    return counted <= set(lemmas(sentence))


def asked_beyond_title(q: Question, paper: Paper) -> set[str]:
    """The lemmas of what a question asks of a paper, less the words of its title, which say which
    paper is meant (in English too, for a French question over an English abstract)."""
    typed = " ".join([*q.terms, q.quantity or ""])
    asked = set(lemmas(typed)) | set(lemmas(to_english(typed)))
    return asked - set(lemmas(paper.title or "")) - stopwords()


def names_quantity(sentence: str, quantity: str) -> bool:
    """Whether a page sentence speaks of what a figure is asked for (a French sentence read in its
    lexicon English as well)."""
    held = set(lemmas(sentence)) | set(lemmas(to_english(sentence)))
    asked = quantity_lemmas(quantity)
    measured = gives_measure(sentence, asked)  # "how much time": a number of months gives it
    if measured and (about := money_asked_of(asked)):  # (asked of nothing named: any amount)
        # Money asked by no kind ("how many dollars is the deal worth?"): an amount of something
        # else ("an industry worth $12 billion a year") does not give it.
        return bool(about & held)
    return measured if measured is not None else bool(asked & held)



def one_unit(sentence: str, quantity: str) -> bool:
    """Whether a sentence gives one unit of the asked measure ("for a year" to "how long")."""
    return gives_one_unit(sentence, quantity_lemmas(quantity))


# Biography sentences quoted beside the topics for "what does X work on?": who they are, the
# sentence going on from the first statement of their field, and room for every other statement
# of it a long biography makes (its research themes one sentence each, the latest last).
FIELD_SENTENCES = 6


def opening_sentences(profile: Profile, lang: str, topic: str = "", asked_text: str = "") -> list:
    """What the biography says of the person's field: its first sentence (who they are) and the
    sentences that state their research interests (those holding more of the topic's words, or of
    the question's own, first: "which projects …" → "my current projects …", "what is she best known
    for?" → "… is well known for …"), else the one the question's words pick, else its first two;
    from a page in the question's language when one has a biography. A biography names its person by surname as
    often as by pronoun ("Roe's research lies in …" is "her research …"), and the sentence after
    the first statement goes on with it ("Her team builds …") when there is room."""
    # (Of someone only news items speak of, a tribute or an interview, their sentences about them.)
    told = profile.biography or [v for v in speaking_of(profile) if v.value != v.sources[0].headline]
    own = [v for v in told if any(s.lang == lang for s in v.sources)] or told
    names = fold(profile.researcher).split()
    # (A French question's words are read in English too: the biography may be English.)
    asked = (set(lemmas(topic)) | set(content_lemmas(asked_text)) | set(content_lemmas(to_english(asked_text)))) - stopwords() - set(names)
    surname = re.compile(rf"\b{names[-1]}\b") if names else None  # fold drops the possessive

    def words_asked(v) -> int:
        return len(asked & written_words(v.value))

    stating = sorted((v for v in own[1:] if says(v.value, "interest_cues.txt")
                      or surname and says(surname.sub("her", fold(v.value)), "interest_cues.txt")),
                     key=lambda v: -words_asked(v))
    if says(asked_text, "present_words.txt"):
        # Asked what they do now ("… these days?", « … en ce moment ? »): the sentences saying what
        # they do now ("Recently, I have been …") come first, whatever words they state it in.
        now = [v for v in own[1:] if says(v.value, "present_words.txt")]
        stating = now + [v for v in stating if v not in now]
    if not stating:
        # No sentence states an interest in so many words: the one the question's own words pick
        # ("what has she been keen to explore of late?" → "Lately, she has been keen to explore …").
        stating = sorted((v for v in own[1:] if words_asked(v)), key=lambda v: -words_asked(v))[:1]
        if not stating:
            return own[:2]
    follows = own.index(stating[0]) + 1
    going_on = [v for v in own[follows:follows + 1] if v not in own[:1] + stating[:1]]
    if words_asked(stating[0]):
        # The statement the question's words picked ("… is well known for X") goes on in the next
        # sentence ("She pioneered Y"), which comes before the other statements.
        return (own[:1] + stating[:1] + going_on + [v for v in stating[1:] if v not in going_on])[:FIELD_SENTENCES]
    chosen = own[:1] + stating
    return (chosen + [v for v in going_on if v not in chosen])[:FIELD_SENTENCES]


@lru_cache(maxsize=1)
def field_phrases() -> tuple[str, ...]:
    """The phrases of ``interest_cues.txt`` of two words or more besides function words ("research
    areas", « domaines de recherche »), padded as ``phrases`` gives them."""
    return tuple(p for p in phrases("interest_cues.txt") if len(set(p.split()) - function_words()) > 1)


def field_in_asked_words(profile: Profile, q: Question) -> list:
    """Asked for someone's field in so many words ("her research areas", « ses domaines de
    recherche »: a phrase of ``interest_cues.txt`` of two words or more), the first biography
    sentence stating it in such words ("Her research interests include …"), from a page in the
    question's language when one has a biography."""
    named = field_phrases()
    if not any(p in f" {fold(q.text)} " for p in named):
        return []
    own = [v for v in profile.biography if any(s.lang == q.lang for s in v.sources)] or profile.biography
    return [v for v in own if any(p in f" {fold(v.value)} " for p in named)][:1]


def group_by_page(values: list) -> list[tuple[list[Source], list[str]]]:
    """Values grouped by the pages that give them (one source per page), in order of first use."""
    groups: dict[tuple[str, ...], tuple[list[Source], list[str]]] = {}
    for value in values:
        pages = {page_identity(s): s for s in reversed(value.sources)}
        key = tuple(sorted(pages))
        groups.setdefault(key, ([pages[k] for k in key], []))[1].append(value.value)
    return list(groups.values())


def students_counted(q: Question, profile: Profile, w: Writer) -> tuple[list[str], int]:
    """"How many PhD students …?": per page of the researcher's, the entries of the programmes
    asked, with the most a page lists; a page listing none of them does not say, and what it lists
    is shown."""
    asked = programme_kinds(q.text)
    lines, most = [], 0
    for sources, (listed, *_) in page_lists(profile.student_programmes, listed_language(q)):
        entries = listed.split("\n")
        kept = [e for e in entries if programme_kinds(PROGRAM_LINE.match(e).group("program")) & asked] if asked else entries
        most = max(most, len(kept))
        if not kept:
            lines += [w.say("students_none_asked", name=profile.researcher), students_line(profile, sources, entries, w)]
            continue
        whole = [students_line(profile, sources, entries, w)] if len(kept) < len(entries) else []
        if len(q.parts) > 1 or len(counted_nouns(q)) > 1:
            # ("how many students, and of those, how many in a PhD?": the whole list answers the first ask)
            lines += whole
            whole = []
        # (The whole list after the count asked: where the others study may be asked too, "her PhD
        # count, and does anyone on her list study elsewhere?")
        lines += [students_line(profile, sources, kept, w, named=not asked), *whole]
    return lines, most


def students_line(profile: Profile, sources: list[Source], programmes: list[str], w: Writer, named: bool = True) -> str:
    """How many students a page lists, by programme in the page's order ("6 PhD (Université Laval),
    2 Postdoctorate (1 McGill University, 1 HEC Montréal)"), with where they study; their names where
    the page gives them (``named``: the names are of all its students, so not beside some of them)."""
    parts = programme_counts(programmes)
    names = [v.value for v in profile.students if any(s in sources for s in v.sources)]
    told = (w.values(names) if names else w.say("students_unnamed")) if named else ""
    return w.say("count_field", name=profile.researcher, count=w.count(len(programmes), "students_n"),
                 values=f"{', '.join(parts)} {told}".rstrip()) + f" {w.cite_pages(sources, profile.researcher, programmes)}"


def programme_counts(programmes: list[str]) -> list[str]:
    """A student list's programme lines counted by programme, in the page's order, with where they
    study: "6 PhD (Université Laval)", "2 Postdoctorate (1 McGill University, 1 HEC Montréal)"."""
    by_programme: dict[str, list[str]] = {}
    for line in programmes:
        match = PROGRAM_LINE.match(line)
        by_programme.setdefault(match.group("program").strip(), []).append(match.group("institution").strip())
    parts = []
    for programme, places in by_programme.items():
        counted = Counter(places)
        where = f" ({', '.join(f'{n} {place}' if len(counted) > 1 else place for place, n in counted.items())})"
        parts.append(f"{len(places)} {programme}{where}")
    return parts


def named_page_language(q: Question) -> str | None:
    """The language of the page a question names, when it names one ("on her English page")."""
    named = named_languages(q.text)
    return next(iter(named)) if len(named) == 1 and cue("page_language", flatten(q.text)) else None


def listed_language(q: Question) -> str | None:
    """The page language whose lists answer: the one a question names ("on her English page"),
    every language when it speaks of languages otherwise ("do her pages agree?"), else its own."""
    return named_page_language(q) or (None if q.languages else q.lang)


def page_lists(values: list, lang: str | None = None, conflicts: bool = False) -> list[tuple[list[Source], list[str]]]:
    """Listed values (topics, roles, positions) as each page lists them, in order; pages that list
    the same values are one group (one source per page). A value two pages print ("Cognition" in
    English and French) is in each page's list: a page's count is of what it lists. With ``lang``,
    only the pages in that language, when any gives the values; with ``conflicts`` too, a page in
    another language that lists a title they do not (read in English: "Professeur associé" where
    they list "Assistant Professor") is shown beside them: the pages disagree."""
    sources = [s for v in values for s in v.sources]
    lang = lang if any(s.lang == lang for s in sources) else None
    by_page: dict[str, tuple[Source, list[str]]] = {}
    for value in values:
        for source in value.sources:
            texts = by_page.setdefault(page_identity(source), (source, []))[1]
            if value.value not in texts:
                texts.append(value.value)
    if lang:
        own = {listed_title(t) for source, texts in by_page.values() if source.lang == lang for t in texts}
        by_page = {key: (source, texts) for key, (source, texts) in by_page.items() if source.lang == lang
                   or conflicts and any(listed_title(t) not in own for t in texts)}
    groups: dict[tuple[str, ...], tuple[list[Source], list[str]]] = {}
    for source, texts in by_page.values():
        groups.setdefault(tuple(texts), ([], texts))[0].append(source)
    return list(groups.values())


def compared_values(profile: Profile, field_name: str) -> list:
    """A profile field's values; a role and a position are read together (a membership and an
    employer are asked about in one breath, as page facts read them)."""
    if field_name in {"roles", "affiliations"}:
        return profile.roles + profile.affiliations
    return getattr(profile, field_name)


def own_values(profile: Profile, q: Question) -> list:
    """The asked field's values (a role read with the positions), from the pages in the question's
    language when they give the field: they speak for the researcher."""
    return in_language(compared_values(profile, q.attribute), q.lang)


def in_language(values: list, lang: str) -> list:
    """The values that pages in a language give, when they give any; else all of them."""
    return [v for v in values if any(s.lang == lang for s in v.sources)] or values


def cited_values(values: list, profile: Profile, w: Writer, counted: str | None = None) -> str:
    """Values as printed, each page's group cited to it (with their number, of the ``counted``
    noun, when asked); a dash when there are none."""
    return "; ".join((f"{w.count(len(texts), counted)}: " if counted else "") +
                     f"{w.values(texts)} {w.cite_pages(sources, profile.researcher, texts)}"
                     for sources, texts in page_lists(values, listed_language(w.question))) or "–"


def mentions_answer(q: Question, found: Found, w: Writer) -> Answer:
    """The sentences of other pages that name the researcher, page by page, each page cited."""
    name = q.researchers[0]
    if not found.facts:
        return w.answer([w.say("mentions_none", name=name)], refused=True)
    pages: dict[tuple[str, tuple], tuple[str, list[Source], list[str]]] = {}
    for fact in found.facts:
        key = (fact.researcher, page_identity(fact.value.sources[0]))
        pages.setdefault(key, (fact.researcher, list(fact.value.sources), []))[2].append(fact.value.value)
    lines = [w.say("mentions", name=name)]
    for owner, sources, texts in pages.values():
        lines.append(f"- {quote(texts, w)} {w.cite_pages(sources, owner, texts)}")
    return w.answer(lines)


def who_answer(q: Question, found: Found, w: Writer) -> Answer:
    topic = shown_topic(q)
    by_researcher: dict[str, list[Hit]] = {}
    for hit in found.hits:
        for name in hit.paper.researchers:
            by_researcher.setdefault(name, []).append(hit)
    # "Which of A, B, C …?": those whose pages and papers do not hold it are named after, each with
    # the page read cited: it is the source of "not on their page" (and, of a role, gives theirs).
    listed = {p.researcher for p in found.profiles} | set(by_researcher)
    others = [name for name in q.researchers if name not in listed] if len(q.researchers) > 1 else []
    # Asked who does not hold it ("which of them lacks a chair?"), they are the answer, first.
    negated = bool(found.profiles and others) and cue("negated", flatten(q.text))
    lines = not_holding(q, found, others, w) if negated else []
    if found.profiles:
        lines.append(w.say("who_topics", topic=topic))
        for profile in found.profiles:
            values = matching_values(asked_words(q), profile, apart=owners(q), ruled_out=ruled_out_lemmas(q))
            # The pages in the question's language answer it when they hold the value.
            values = in_language(values, q.lang)
            if not cue("news", flatten(q.text)):
                # Their own pages holding it say it of them; a news item filed under them then only
                # says it again (unless the question asks what the news says).
                news = {value_key(v) for v in profile.news}
                values = [v for v in values if value_key(v) not in news] or values
            for sources, texts in group_by_page(values):
                lines.append(f"- {profile.researcher}: {w.values(texts)} {w.cite_pages(sources, profile.researcher, texts)}")
        if others and not negated:
            lines += not_holding(q, found, others, w)
    if by_researcher and q.asked == Intent.COAUTHORS:  # co-authors found by their pages: the papers shared
        lines.append(w.say("who_shared", names=w.join(q.researchers)))
        lines += [f"- *{h.paper.label}* {w.cite_paper(h)}" for h in found.hits]
    elif by_researcher:
        lines.append(w.say("who_papers", topic=topic))
        for name, hits in by_researcher.items():
            cites = ", ".join(f"*{h.paper.label}* {w.cite_paper(h)}" for h in hits)
            lines.append(f"- {name}: {cites}")
    if not lines:
        return w.answer([w.say("who_none" if q.attribute != "topics" else "who_none_topics", topic=topic)],
                        refused=True)
    return w.answer(lines)


def not_holding(q: Question, found: Found, others: list[str], w: Writer) -> list[str]:
    """The researchers named among others whose pages do not hold the thing asked, each with the
    profile page read (in the question's language when there is one), cited, and, of a role or an
    affiliation, what that page gives instead."""
    checked = {p.researcher: p for p in found.checked}
    lines = [w.say("who_not_topics", topic=shown_topic(q))]
    for name in others:
        page = own_page(checked[name], q.lang) if name in checked else None
        instead = [Sourced(v.value, [page]) for v in own_values(checked[name], q) if page in v.sources] \
            if page and q.attribute in {"roles", "affiliations"} else []
        if instead:
            lines.append(f"- {name}: {cited_values(instead, checked[name], w)}")
        else:
            lines.append(f"- {name} {w.cite_page(page, name, [])}" if page else f"- {name}")
    return lines


def is_by(paper: Paper, researcher: str) -> bool:
    """Whether a researcher's pages print a paper or its authors name them."""
    return researcher in paper.researchers or name_key(researcher) in {name_key(a) for a in paper.authors}


def common_answer(q: Question, found: Found, w: Writer) -> Answer:
    if q.combine == "people":
        return shared_coauthors_answer(q, found, w)
    if q.combine == "shared":  # of no one named: each paper more than one researcher's pages print, and whose
        if not found.hits:
            return w.answer([w.say("no_common_shared")])
        return w.answer([w.say("common_shared", count=w.count(len(found.hits), "paper")),
                         *(paper_line(h, w, evidence=False, owners=True) for h in found.hits)])
    if q.combine == "pairs":  # the first researcher's papers with each of the others in turn
        lines = []
        for other in q.researchers[1:]:
            shared = [h for h in found.hits if is_by(h.paper, q.researchers[0]) and is_by(h.paper, other)]
            lines.append(w.say("common", count=w.count(len(shared), "paper"), names=w.join([q.researchers[0], other])))
            lines += [paper_line(h, w, evidence=False) for h in shared]
        return w.answer(lines) if found.hits else nothing(q, w)
    head = w.say("common", count=w.count(len(found.hits), "paper"), names=w.join(q.researchers))
    # Evidence only for the question's other asks ("…, and which method does that paper put forward?");
    # one asking who else wrote them ("…, and with whom?") is answered by each list.
    asks_coauthors = any(cue("coauthors", f" {part} ") for part in q.parts[1:])
    lines = [head]
    for h in found.hits:
        line = paper_line(h, w, evidence=len(q.parts) > 1 and not asks_coauthors)
        lines.append(f"{line}: {coauthors_text(h.paper, w, q.researchers)} {w.cite_paper(h)}" if asks_coauthors and h.paper.authors else line)
    return w.answer(lines)


def shared_coauthors_answer(q: Question, found: Found, w: Writer) -> Answer:
    """Who co-wrote papers with each named researcher (on the topic, when one is asked),
    each with those papers, cited: people are told apart by first and last name."""
    if not found.hits:
        return nothing(q, w)
    papers_of, printed = coauthors_listing(found.hits, q.researchers)
    shared = [key for key, hits in papers_of.items()
              if all(any(is_by(h.paper, researcher) for h in hits) for researcher in q.researchers)]
    names = w.join(q.researchers)
    if not shared:
        return w.answer([w.say("no_shared_coauthors", names=names)], refused=True)
    lines = [w.say("shared_coauthors", names=names, n=len(shared))]
    groups: dict[tuple[str, ...], list[str]] = {}  # the papers listing them → the co-authors they list
    for key in shared:
        groups.setdefault(tuple(h.paper.paper_id for h in papers_of[key]), []).append(key)
    for keys in groups.values():
        cites = ", ".join(f"*{h.paper.label}* {w.cite_paper(h)}" for h in papers_of[keys[0]])
        lines.append(f"- {w.join([printed[k] for k in keys])}: {cites}")
    return w.answer(lines)


FEWEST = re.compile(r"\b(?:fewer|fewest|the least|le moins|moins de)\b")  # (folded) a comparison asking who has fewer


def leader_line(counts: dict[str, int], noun: str, w: Writer, fewest: bool = False) -> str:
    """Who of the compared researchers lists the most (or, asked, the fewest) of ``noun``, or that
    they list as many."""
    chosen = (min if fewest else max)(counts.values())
    leaders = [name for name, n in counts.items() if n == chosen]
    if len(leaders) > 1:
        return w.say("same_listed", count=w.count(chosen, noun))
    return w.say("fewest_listed" if fewest else "most_listed", name=leaders[0], count=w.count(chosen, noun))


def compare_answer(q: Question, found: Found, w: Writer) -> Answer:
    """Researchers side by side: their papers on the topic, or the asked page field with the
    values they share."""
    if q.attribute in {"topics", "roles", "affiliations"}:
        lines, seen, counts = [], [], {}
        counting = cue("compare_count", flatten(q.text))  # "who lists more topics? give both counts"
        noun = "topic_item" if q.attribute == "topics" else "role_item"
        for profile in found.profiles:
            values = own_values(profile, q)
            listed = cited_values(values, profile, w, noun if counting else None)
            counts[profile.researcher] = max((len(texts) for _, texts in page_lists(values, w.lang)), default=0)
            said = [f.value for f in found.facts if f.researcher == profile.researcher]
            prose = "".join(f" {quote(texts, w)} {w.cite_pages(sources, profile.researcher, texts)}"
                            for sources, texts in group_by_page(said))
            lines.append("- " + w.say("compare_profile", name=profile.researcher, facts=listed) + prose)
            seen.append({value_sense(v): v.value for v in values})
        shared = [value for key, value in seen[0].items() if all(key in other for other in seen[1:])] if seen else []
        lines.append(w.say("shared", values=w.values(shared)) if shared else w.say("none_shared"))
        lines.insert(0, w.say("compare_pages"))  # (a lead in the question's language: the values are as printed)
        if counting and len(counts) > 1:
            lines.append(leader_line(counts, noun, w))
        return w.answer(lines)
    if q.attribute == "students" and found.profiles:
        # "Who has more master's students, A or B?": each one's count of the programmes asked, then who.
        lines, counts = [], {}
        for profile in found.profiles:
            said, counts[profile.researcher] = students_counted(q, profile, w)
            lines += said
        if any(counts.values()):
            lines.append(leader_line(counts, "students_n", w, fewest=bool(FEWEST.search(flatten(q.text)))))
        return w.answer(lines, refused=not any(counts.values()))
    if q.topic and not found.hits:
        return nothing(q, w)
    lines = [w.say("compare_head", topic=shown_topic(q))] if q.topic else []
    for name in q.researchers:
        hits = [h for h in found.hits if name in h.paper.researchers]
        if q.topic:
            cites = "; ".join(f"*{h.paper.label}*{brackets(h.paper)} {w.cite_paper(h)}" for h in hits)  # (venue, dates)
            lines.append("- " + w.say("compare_line", name=name, count=w.count(len(hits), "paper")) +
                         (f": {cites}" if cites else ""))
        else:
            lines.append("- " + w.say("compare_line", name=name, count=w.count(len(hits), "paper")))
    return w.answer(lines)


ANSWERERS: dict[Intent, Callable[[Question, Found, Writer], Answer]] = {
    Intent.PAPERS: papers_answer,
    Intent.LIST: papers_answer,
    Intent.FACT: fact_answer,
    Intent.COAUTHORS: field_answer,
    Intent.VENUE: field_answer,
    Intent.DATE: field_answer,
    Intent.COUNT: count_answer,
    Intent.PROFILE: profile_answer,
    Intent.WHO: who_answer,
    Intent.COMMON: common_answer,
    Intent.COMPARE: compare_answer,
    Intent.MENTIONS: mentions_answer,
}
NEEDS_PAPERS = {Intent.PAPERS, Intent.LIST, Intent.FACT, Intent.COAUTHORS, Intent.VENUE, Intent.DATE, Intent.COUNT,
                Intent.COMMON}


def answer(q: Question, found: Found, w: Writer | None = None) -> Answer:
    reply = compose(q, found, w or Writer(q))
    name_translations(reply.citations, found.profiles + found.checked)
    return reply


def name_translations(citations: list[Citation], profiles: list[Profile]) -> None:
    """A researcher's page cited for values their page in the other language prints too (translated)
    names that page as well: a reader of either language checks the answer in theirs."""
    owners = {p.researcher: p for p in profiles if not p.unowned}
    cited = {c.url for c in citations if c.kind == "page"}  # (a page cited on its own is not named again)
    for citation in citations:
        profile = owners.get(citation.researchers[0]) if citation.kind == "page" and citation.researchers else None
        if profile is None or not citation.evidence or citation.title:
            continue
        copies = [{page_identity(s): s.url for s in profile.translated.get(text, []) if s.url} for text in citation.evidence]
        for key, url in copies[0].items():
            if all(key in other for other in copies[1:]) and url not in citation.urls and url not in cited:
                citation.urls.append(url)


def compose(q: Question, found: Found, w: Writer) -> Answer:
    if found.parts:
        # A question asking things of different kinds: each ask answered in turn, one numbering.
        replies = []
        for ask, ask_found in found.parts:
            facts = [f for f in ask_found.facts if (f.researcher, f.value.value) not in w.quoted]
            unfound = replace(ask_found, facts=[])
            if not facts and answer(ask, unfound, Writer(ask, w.quoted)).refused and (
                    ask_found.facts or not answer(ask, unfound, Writer(ask)).refused):
                # (Its facts, or the sentences it would quote, all quoted already, an ask says more only by
                # what else answers it: "his field? and what else interests him?" quotes the biography's
                # sentences beside the topics.)
                continue
            w.question = ask
            mark = len(w.citations)
            reply = answer(ask, replace(ask_found, facts=facts), w)
            w.quoted |= {(f.researcher, f.value.value) for f in facts}
            if reply.refused and any(not r.refused for r in replies) and not any(c.evidence for c in w.citations[mark:]):
                # An ask the pages leave open, beside one they answered, says so citing nothing new:
                # the page it would cite for saying so quotes nothing (the answered ask cites what does).
                reply = replace(reply, text=re.sub(r" ?\[(\d+)\]", lambda m: "" if int(m.group(1)) > mark else m.group(0), reply.text))
                w.rewind(mark)
            if any(reply.text == earlier.text for earlier in replies):
                continue  # (two asks the pages leave open for one reason, "no researcher named X", say it once)
            replies.append(reply)
        w.question = q
        return w.answer([reply.text for reply in replies], refused=all(reply.refused for reply in replies))
    if q.unknown_person:
        return w.answer([w.say("unknown_person", name=q.unknown_person)], refused=True)
    if q.assumed:  # an ambiguous name, read as the one researcher whose records answer
        reply = answer(replace(q, assumed=[]), found, w)
        note = w.say("assumed", others=w.join(q.assumed), chosen=w.join(q.researchers))
        return w.answer([note, reply.text], refused=reply.refused)
    if q.candidates and not q.researchers:
        name, options = next(iter(q.candidates.items()))
        return w.answer([w.say("ambiguous", name=name, options=w.join(options, "or"))], refused=True)
    if q.titled and not found.hits:  # a paper named by a title no page lists
        scope = w.say("scope", names=w.join(q.researchers)) if q.researchers else ""
        return w.answer([w.say("no_titled", title=q.titled, scope=scope)], refused=True)
    if q.intent in NEEDS_PAPERS and not found.hits and q.counted not in {"topics", "roles", "affiliations", "students"}:
        return nothing(q, w)
    return ANSWERERS[q.intent](q, found, w)
