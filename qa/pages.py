"""Pages → page records: clean a scraped Mila directory page (text scrape or HTML) into its
researcher header (name, roles, affiliations, topics, links), biography, student list, news items
and publication entries.

HTML is first flattened into the same line structure the text scrapes have, so one parser serves
both. Site chrome is removed by structure (where the profile/publication region starts) and by
general patterns (cookie dialogs, footers), never by listing known sentences. The profile region is
then cut into sections in one pass: headings open them ("Biography", "Étudiants actuels",
"Publications"…); where a heading is missing (pages cut short, unlabelled biographies), prose about
the researcher (their name, he/she, il/elle, I/my) is biography, and the first abstract that is not
such prose, with its title and co-author lines, opens the publications. Biographies, student lists,
supervisor labels, news items and links never become publication entries.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cache
from urllib.parse import unquote, urlparse

from unidecode import unidecode

from qa.text import english_stemmer, field_terms, function_words, lemma, stopwords, words

TOGGLES = ("see more", "voir plus", "read more", "lire la suite")
TOGGLE = "|".join(re.escape(t) for t in TOGGLES)
# "Each… (voi": a toggle the stored copy of the page cut off at its end.
CUT_TOGGLE = r"(?:…|\.\.\.)\s*\((?:" + "|".join(sorted({re.escape(t[:i]) for t in TOGGLES for i in range(1, len(t))},
                                                      key=len, reverse=True)) + r")$"
# "large-sca… (see more)le datasets": the listing's expand toggle spliced into a word.
SPLICE = re.compile(rf"\s*(?:…|\.\.\.)\s*\((?:{TOGGLE})\)|\s*" + CUT_TOGGLE, re.I)
# Citation markers printed in page text: "[7]", "[12, 13]", "[3-5]" (never an interval such as "[0, 1]").
CITATION = re.compile(r"\s*\[[1-9]\d{0,2}(?:\s*[,;–-]\s*[1-9]\d{0,2})*\]")
SEE_MORE = re.compile(rf"\((?:{TOGGLE})\)|" + CUT_TOGGLE, re.I)
OPENED = re.compile(rf"(?:{SEE_MORE.pattern})\s*\S", re.I)  # the toggle with the rest of the text after it: printed opened
# "Brooke Struck … (voir 3 de plus)": the toggle that shows a long co-author list's other names.
MORE_NAMES = re.compile(r"\s*(?:…|\.\.\.)?\s*\((?:see \d+ more|voir \d+ de plus)\)\s*$", re.I)
DATE_LINE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
# "Proceedings of ... (published)": the listing prints a status in brackets after the venue.
VENUE_LINE = re.compile(
    r"^(?P<venue>.+?)\s*\((?P<status>published|publié|publiée|accepted|accepté|acceptée|submitted|soumis|"
    r"in press|sous presse|preprint|prépublication|to appear|à paraître)\)$",
    re.I,
)
STATUS_EN = {"publié": "published", "publiée": "published", "accepté": "accepted", "acceptée": "accepted",
             "soumis": "submitted", "sous presse": "in press", "prépublication": "preprint",
             "à paraître": "to appear"}
COOKIE = re.compile(r"\bcookies?\b|\btémoins?\b", re.I)
CONSENT = re.compile(r"\bwe use cookies\b|\bnous utilisons des (?:témoins|cookies)\b|\bdo you accept\b|\bacceptez-vous\b|"
                     r"\bprivacy policy\b|\bpolitique de (?:protection de la vie privée|confidentialité)\b|\bconsent\b",
                     re.I)
# How a consent dialog itself speaks, as opposed to an abstract about cookies or consent.
CONSENT_REQUEST = re.compile(r"\bwe use cookies\b|\bnous utilisons des (?:témoins|cookies)\b|"
                             r"\b(?:enable and disable|activate and deactivate|activer et désactiver)\b[^.]{0,30}\bcookies\b|"
                             r"\bdo you accept the use of cookies\b|\bacceptez-vous l.utilisation de(?:s)? cookies\b", re.I)
FOOTER = re.compile(r"©|\ball rights reserved\b|\btous droits réservés\b|\bfollow us\b|\bsuivez-nous\b|"
                    r"\bsubscribe to (?:our|the) newsletter\b|\babonnez-vous\b|\bskip to (?:main )?content\b|"
                    r"\baller au contenu\b", re.I)
PUBLICATIONS_HEADER = re.compile(r"^(?:publications?|selected publications|publications choisies|"
                                 r"(?:recent|latest) publications|publications récentes|"
                                 r"dernières publications)$", re.I)
TOPICS_HEADER = re.compile(r"^(?:research topics|research interests|thèmes de recherche|sujets de recherche|"
                           r"domaines de recherche|intérêts de recherche)$", re.I)
BIO_HEADER = re.compile(r"^(?:biography|biographie|bio|about|about me|à propos)$", re.I)
SUPERVISORS_HEADER = re.compile(r"^(?:(?:co-?)?supervisors|(?:co-?)?superviseur\w*s|advisors|directeurs de recherche|"
                                r"direction de recherche)$", re.I)
NEWS_HEADER = re.compile(r"^(?:news|nouvelles|actualités|actualites|(?:latest|related|recent) news|in the news|"
                         r"dernières nouvelles|nouvelles (?:récentes|connexes)|press|presse|dans les médias)$", re.I)
LINKS_HEADER = re.compile(r"^(?:contact|contacts|links|liens|coordonnées|social media|réseaux sociaux)$", re.I)
OTHER_HEADER = re.compile(r"^(?:collaborators|collaborateurs|collaboratrices|projects|projets|awards|prix|distinctions|"
                          r"honours|honors|teaching|enseignement|courses|cours)$", re.I)
# A student-list heading: a plural of student (or supervisee…) with qualifiers only ("Current Students",
# "Étudiants actuels", "Former students and postdocs").
STUDENT_WORD = re.compile(r"^(?:students?|étudiant\w*|etudiant\w*|supervisees?|trainees?|advisees?|mentees?)$")
STUDENT_QUALIFIERS = {"current", "former", "past", "graduate", "supervised", "my", "our", "and", "&", "postdocs",
                      "alumni", "interns", "actuel", "actuels", "actuelles", "anciens", "anciennes", "supervisés",
                      "supervisées", "et", "diplômés", "diplômées", "aux", "cycles", "supérieurs", "personnes",
                      "des"}
PORTRAIT = re.compile(r"^(?:portrait of|portrait de|photo of|photo de)\s+(.+)$", re.I)
# Member types and study programmes: "Core Academic Member", "Canada CIFAR AI Chair", "Membre affilié",
# "Postdoctorate", "PhD Student", "Chercheur postdoctoral".
ROLE = re.compile(r"\b(?:alumni|alumnus|alumna|anciens?|anciennes?|members?|membres?|chairs?|chaires?|fellows?|"
                  r"students?|étudiant\w*|postdoc\w*|interns?|stagiaires?|ph\.?\s?d\.?|doctora\w*|master'?s?|"
                  r"maîtrise|undergraduate|baccalauréat|dess|visiting|visiteur\w*|collaborat\w*)\b", re.I)
# "PhD - Université de Montréal", "Master's Research - McGill University", "Collaborating researcher - N/A".
PROGRAM_LINE = re.compile(r"^(?P<program>[^,]{2,60}?)\s+[-–—]\s+(?P<institution>[^,]{2,})$")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ]{2,}(?![\w'’-])")  # a word written in lower case
ELIDED_WORD = re.compile(r"^[LDld]['’][a-zà-ÿ]")  # "L’objectif": an article elided before a lower-case word
AFFILIATION_MAX_WORDS = 16  # a position line ending in a full stop is no longer than this; a paragraph is
# Words of job titles: a line with one of these before a comma is a position at an organisation.
POSITION = re.compile(r"\b(?:professors?|professeur\w*|scientists?|scientifique\w*|researchers?|chercheu\w*|"
                      r"directors?|directeur\w*|directrice\w*|leads?|leaders?|engineers?|ingénieu\w*|managers?|head|"
                      r"founders?|fondat\w*|cofondat\w*|chief|ceo|cto|lecturers?|chargée?s?|dean|doyen\w*|"
                      r"presidents?|présidente?s?|consultants?|faculty|advisors?|conseill\w*|chairs?|chaires?|"
                      r"fellows?|members?|membres?|postdoc\w*|students?|étudiant\w*|associate|adjunct|"
                      r"associée?|adjointe?|invitée?)\b", re.I)
# "Principal supervisor :", "Co-supervisor :", "Superviseur⋅e principal⋅e :", "Co-superviseur⋅e : Jane Doe".
SUPERVISOR_LABEL = re.compile(r"^(?:(?:principal|main|primary|co)\s*-?\s*)?(?:supervis(?:or|eure?)|advis(?:or|er)|"
                              r"direct(?:or|eure?|rice) de recherche|codirect(?:or|eure?|rice)|encadrante?)"
                              r"(?:\s+principal\w*)?\s*(?::\s*(?P<name>.*))?$", re.I)
# Profile links and contact lines: "Google Scholar", "Personal website", "LinkedIn", an address.
LINK_LINE = re.compile(r"^(?:(?:personal|professional|lab|group|team|my|research)\s+)?"
                       r"(?:website|web\s?site|web\s?page|home\s?page)$|"
                       r"^(?:site web|site personnel|site internet|page personnelle|page web|google scholar|"
                       r"scholar|semantic scholar|dblp|orcid|researchgate|linkedin|github|gitlab|twitter|x|bluesky|"
                       r"mastodon|youtube|email|e-mail|courriel|cv|curriculum vitae)$", re.I)
EMAIL_OR_URL = re.compile(r"^(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)$", re.I)
# A breadcrumb ("Mila > Nouvelles > …") and URL paths that say the page is a news item (an event's page
# or an article is read as one: prose and agendas about people, never a publication list).
BREADCRUMB = re.compile(r"\s(?:>|›|»)\s")
NEWS_WORD = re.compile(r"^(?:news|nouvelles?|actualités?|actualites?|blog|press|presse|communiqués?|communiques?|"
                       r"press releases?|communiqués de presse|events?|événements?|evenements?|articles?)$", re.I)
NEWS_PATH = re.compile(r"/(?:news|nouvelles?|actualites?|actualités|blog|press|presse|communiques?|"
                       r"communiqués?|events?|événements?|evenements?|articles?)(?:/|$)", re.I)
FAQ_PATH = re.compile(r"/(?:[\w-]*(?<![a-z])faqs?(?![a-z])[\w-]*|frequently-asked-questions|foire-aux-questions|questions-frequentes)(?:/|$)", re.I)
# How prose about a person reads, as opposed to a paper's abstract. Third person (name, he/she, il/elle)
# or first person singular; a bio's vocabulary; an abstract's "we", "this paper", "experiments".
PRONOUN_3RD = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.I)
PRONOUN_3RD_FR = re.compile(r"\b(?:il|elle)\b", re.I)
FIRST_SINGULAR = re.compile(r"\b(?:I|[Mm]y|me|[Mm]ine|[Mm]yself|[Jj]e|[Mm]on|[Mm]es)\b|\b[Jj][’']")
BIO_WORDS = re.compile(r"\b(?:professor|professeur\w*|ph\.?\s?d|doctorate|doctorat|postdoc\w*|university|université|"
                       r"joined|rejoint|received|reçu|awards?|prix|holds|titulaire|chairs?|chaire|graduated|"
                       r"diplômée?|fellow|career|carrière|founded|fondée?|co-founded|cofondée?|alumnus|alumna|"
                       r"research interests|intérêts de recherche|speciali[sz]\w*|spécialis\w*|researcher|expertise|"
                       r"chercheur|chercheuse)\b", re.I)
WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves|[Nn]ous|[Nn]otre|[Nn]os)\b")
PAPER_WORDS = re.compile(r"\b(?:this (?:paper|work|article|study)|in this (?:paper|work)|propos(?:e|es|ed|ing)|"
                         r"experiments?|datasets?|benchmarks?|outperform\w*|state-of-the-art|empirical\w*|"
                         r"theorems?|cet article|ce travail|cette étude|nous proposons)\b", re.I)
# Tokens allowed inside a person's name besides capitalised words: particles and initials.
NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la", "bin", "al",
                  "dos", "das", "des", "do", "y", "ter", "ten", "st."}
# A word (Unicode hyphens and spacing accents too: a PDF's "R´emi"); name_token() wants its capital.
NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-‐‑´`¨]*$")
PROFILE_PATH = re.compile(r"/(?:directory|annuaire|repertoire|répertoire|person|people|personne|membre|member)/", re.I)
DIRECTORY_PATH = re.compile(r"/(?:directory|annuaire|repertoire|répertoire)/([^/?#]+)", re.I)
PERSON_PATH = re.compile(r"^(?:/(?:en|fr))?/(?:(?:person|people|personne|membre|member)/)?([^/?#]+)$", re.I)
ABSTRACT_MIN_CHARS = 150
CUT_ABSTRACT_WORDS = 4  # words a line cut after a title needs to read as the start of its abstract
# Inclusive spellings ("Étudiant⋅e⋅s", "superviseur·e", "étudiant.e.s") read as one word.
INCLUSIVE_DOT = re.compile(r"(?<=\w)[·⋅•.](?=\w)")
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
              "header", "br", "tr", "table", "dt", "dd", "dl", "blockquote", "figcaption", "figure", "time",
              "address", "pre", "hr", "body"}
DROP_TAGS = ["script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe",
             "select", "head"]
CHROME_ATTR = re.compile(r"cookie|consent|gdpr|banner|newsletter|modal|popup|breadcrumb|skip-link|"
                         r"site-header|site-footer|menu|navbar|announcement|alert", re.I)


@dataclass
class Publication:
    """One publication entry as printed on one page."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    abstract: str | None = None
    dates: list[str] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)
    status: str | None = None
    lines: list[int] = field(default_factory=list)


@dataclass
class Page:
    """A cleaned page: who it is about and what it lists, with line numbers into ``lines``.

    ``roles`` are the member-type lines as printed ("Core Academic Member", "Canada CIFAR AI Chair",
    "Membre affilié", "PhD - Université de Montréal"); ``affiliations`` the position lines ("Associate
    Professor, McGill University, School of Computer Science"); ``topics`` the research-topic items;
    ``biography`` the biography paragraphs; ``students`` the names under a student list (never papers,
    never co-authors); ``supervisors`` the names the page gives as the researcher's own supervisors;
    ``links`` profile-link and contact lines; ``news`` news items and banners (site chrome, never papers).
    """

    researcher: str | None
    researcher_source: str | None  # "header" (printed on the page) or "url" (from the slug)
    lang: str
    roles: list[str]
    affiliations: list[str]
    topics: list[str]
    publications: list[Publication]
    url: str | None = None
    source: str | None = None
    dropped_lines: list[int] = field(default_factory=list)
    biography: list[str] = field(default_factory=list)
    students: list[str] = field(default_factory=list)
    student_programmes: list[str] = field(default_factory=list)  # each listed student's programme line, in order
    supervisors: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    news: list[str] = field(default_factory=list)
    printed_name: str | None = None  # the owner's name as the header prints it, where it is not the URL's

    @property
    def is_news(self) -> bool:
        """Prose with no owner: a news item, or what a site page says besides the publications it lists
        (a homepage's figures above its "Latest Publications")."""
        return not self.researcher and sum(is_prose(line) for line in self.news) >= 1

    @property
    def has_profile(self) -> bool:
        """Whether the page says who its researcher is beyond a name: role, affiliation, topics, biography."""
        return bool(self.researcher and (self.roles or self.affiliations or self.topics or self.biography))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Page:
        pubs = [Publication(**p) for p in data.get("publications", [])]
        return cls(**{**data, "publications": pubs})


def html_to_lines(html: str) -> list[str]:
    """Flatten HTML into one line per block element, dropping scripts, navigation and chrome."""
    from bs4 import BeautifulSoup, Comment  # loaded when a page is parsed, never for a question

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    # Chrome containers are found first and removed outermost-first: asking a tag whether it was
    # already removed (`tag.decomposed`) searches its whole subtree in bs4, quadratic when nested.
    chrome = [tag for tag in soup.find_all(True) if tag.name not in {"body", "main", "html"}
              and CHROME_ATTR.search(" ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""]))]
    marked = {id(tag) for tag in chrome}
    for tag in [t for t in chrome if not any(id(parent) in marked for parent in t.parents)]:
        tag.decompose()
    for img in soup.find_all("img"):
        # The portrait's alt text is how the text scrapes show the researcher's photo.
        if img.get("alt") and PORTRAIT.match(img["alt"].strip()):
            img.replace_with(f"\n{img['alt'].strip()}\n")
    text = block_text(soup)
    return [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]


def block_text(root) -> str:
    """The text of a tree, a line break around each block element. An explicit stack keeps it
    linear in the page's size however deep the nesting (inserting "\n" nodes into the tree costs
    a walk to each element's last descendant: quadratic for 20,000 nested <div>s)."""
    from bs4 import CData, NavigableString, Tag

    parts: list[str] = []
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name in BLOCK_TAGS:
                parts.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            parts.append(str(node))
    return "".join(parts)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype", "<html")) or bool(re.search(r"<(?:body|div|p|h1|section)\b", head))


def fold(name: str) -> str:
    """Spelling-insensitive key for a name: 'Petar Veličković' → 'petar velickovic'."""
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[\s\-]+", " ", unidecode(name).lower())).strip()


AUTHOR_MARKS = "*†‡§¶"  # equal-contribution and affiliation marks a co-author's name may carry ("Mariya Toneva*")


def author_name(line: str) -> str:
    """A co-author line without the marks a page prints after the name, nor the number DBLP gives
    namesakes ("Jingyu Liu 0001")."""
    return " ".join(token.rstrip(AUTHOR_MARKS) for token in re.sub(r"\s+\d{4}$", "", line.strip()).split())


def is_name_like(line: str) -> bool:
    """A person's name: 2-5 capitalised tokens (initials and particles allowed, marks such as "*" after
    one), nothing else; not a short title: at most half of them field terms (:func:`is_field_term`),
    and no last word ended by a full stop that is no initial ("Q-Learning.", but not "M." or "Jr.")."""
    line = author_name(line)
    if len(line) > 48 or any(ch in line for ch in ":;?!()[]\"/,") or re.search(r"\d", line):
        return False
    tokens = line.split()
    if not 2 <= len(tokens) <= 5:
        return False
    capitalised = [t for t in tokens if t not in NAME_PARTICLES]
    # (A heading of function words, "What We Do", "About Us", is no name.)
    return len(capitalised) >= 2 and all(name_token(t) for t in capitalised) \
        and not (tokens[-1].endswith(".") and len(tokens[-1]) > 3) \
        and sum(map(is_field_term, capitalised)) * 2 <= len(capitalised) \
        and sum(t.lower() in function_words() for t in capitalised) * 2 <= len(capitalised)


def is_function_word(token: str) -> bool:
    """A function word ("our", "for", "what") that is no name particle ("de", "van", "la")."""
    return token.lower() in function_words() and token.lower() not in NAME_PARTICLES


def is_field_term(token: str) -> bool:
    """A word of the field's vocabulary ("Transformers"; "Block-State": every part). A short title
    ("Block-State Transformers") is otherwise read as a name; names are rarely field terms ("Fan Long"
    has one in two words), so a line stays a name while at most half of its words are."""
    parts = words(token)
    return bool(parts) and all(lemma(part) in field_terms() for part in parts)


def lower_case_name(line: str) -> bool:
    """A name typed in lower case, read only inside a co-author list: 2-4 letter-only words, no
    function word among them."""
    tokens = line.split()
    return 2 <= len(tokens) <= 4 and len(line) <= 40 and line == line.lower() \
        and all(re.fullmatch(r"[^\W\d_][^\W\d_'’\-]*", t) and t not in stopwords() for t in tokens)


def name_token(token: str) -> bool:
    """A capitalised word in any script ("Łukasz", "Šimon", "Ørsted"), or an initial; not a French
    elided article before a common word ("L’objectif", "D'abord"; "O'Brien" and "D'Souza" are names)."""
    return bool(NAME_TOKEN.match(token)) and token[0].isupper() and not ELIDED_WORD.match(token)


def name_from_url(url: str | None) -> str | None:
    """'…/directory/razvan-pascanu-0' → 'Razvan Pascanu'; None for pages that aren't profiles.

    Profiles also live at '/en/person/<slug>' and '/en/<slug>': a last path segment of two to four
    alphabetic words directly under the language (or a person path) is read as a name too."""
    if not url:
        return None
    path = unquote(urlparse(url).path)
    match = DIRECTORY_PATH.search(path + "/") or PERSON_PATH.match(path.rstrip("/"))
    if not match:
        return None
    slug = re.sub(r"-\d+$", "", match.group(1).strip("-"))
    parts = [p for p in slug.split("-") if p]
    if not 2 <= len(parts) <= (8 if DIRECTORY_PATH.search(path + "/") else 4):
        return None
    if not DIRECTORY_PATH.search(path + "/") and (
            not all(p.isalpha() for p in parts) or {parts[0].lower(), parts[-1].lower()} & stopwords()
            or any(map(is_function_word, parts))):
        return None  # "/en/about-us", "/en/admission-process-for-interns" are site pages, not people
    return " ".join(p[:1].upper() + p[1:] for p in parts)


def lang_of(url: str | None, html_lang: str | None, lines: list[str]) -> str:
    if url:
        match = re.match(r"/(en|fr)(?:/|$)", urlparse(url).path)
        if match:
            return match.group(1)
    if html_lang:
        return html_lang.split("-")[0].lower()
    # Abstracts are mostly English on every page; the site's own words (chrome included) tell
    # the page's language.
    unique = [line for line in dict.fromkeys(lines) if re.search(r"[^\W\d_]{3}", line) and not DATE_LINE.match(line)]
    sample = " ".join(line for line in unique if len(line) < ABSTRACT_MIN_CHARS)
    if len(sample) < 200:  # too little site text to tell: let the abstracts speak too
        sample = " ".join(unique)
    if not sample.strip():
        return "und"
    import py3langid  # its model loads on first use, at ingest

    return py3langid.classify(sample[:5000])[0]


def repair(text: str) -> str:
    """Take the listing's expand toggle out: "large-sca… (see more)le" → "large-scale"; where the cut fell
    between words ("often … (voir plus)compared") the space stays."""
    joined = SPLICE.sub(lambda m: " " if m.group(0)[:1].isspace() else "", text)
    return re.sub(r"\s+", " ", strip_citations(joined)).strip()


def strip_citations(text: str) -> str:
    """Take citation markers out ("works well [7, 8]." → "works well."): they point into a reference
    list the page does not carry, and must never reach an answer (or become a link there)."""
    return CITATION.sub("", text)


def names_agree(printed: str, url_name: str) -> bool:
    """Whether the name a page prints is the one its URL gives: every part of the URL's name is in it
    (a printed middle name is allowed)."""
    return set(fold(url_name).split()) <= set(fold(printed).split())


def reads_as_paper(entry: Publication, written: frozenset[str]) -> bool:
    """Whether an entry of a page with no owner and no publications heading reads as a paper's: it has
    a date or a venue, or names authors (two or more; a heading taken for one, "Past Reports", is made of
    words the page uses). One name over a position line ("Jane Doe" / "Doctoral student, Memorial
    University") presents a person, not a paper. ``written``: the page's :func:`lower_case_stems`."""
    authors = [a for a in entry.authors if not written_in_lower_case(a, written)]
    return bool(entry.dates or entry.venues or len(authors) >= 2)


def lower_case_stems(content: list[tuple[int, str]]) -> frozenset[str]:
    """The stems of the words a page writes in lower case ("Requirements" is written "required")."""
    return frozenset(english_stemmer().stemWords([fold(w) for _, line in content for w in LOWER_WORD.findall(line)]))


def written_in_lower_case(name: str, written: frozenset[str]) -> bool:
    """Whether a page writes a word of a name-like line in lower case (``written``, its
    :func:`lower_case_stems`), as a common word: a site page's title ("Visiting Fellowships": "… a
    visiting fellowship …") is made of the words it uses; a person's name is not ("Rose Yu" is not
    written "rose")."""
    parts = [fold(t) for t in name.split() if len(t) >= 3 and t.lower() not in NAME_PARTICLES]
    return not written.isdisjoint(english_stemmer().stemWords(parts))


def is_abstract(line: str) -> bool:
    return bool(SEE_MORE.search(line)) or (len(line) >= ABSTRACT_MIN_CHARS and line.count(" ") >= 15)


def is_chrome(line: str) -> bool:
    """Cookie-dialog or footer text. A long line (which may be an abstract that mentions cookies,
    consent or privacy policies) counts only when it asks for cookie consent."""
    if SEE_MORE.search(line):
        return False
    if len(line) >= ABSTRACT_MIN_CHARS:
        return bool(CONSENT_REQUEST.search(line))
    return bool(COOKIE.search(line) or CONSENT.search(line) or FOOTER.search(line))


def chrome_lines(lines: list[str]) -> set[int]:
    """Indices of cookie-dialog and footer lines, anywhere on the page."""
    chrome = {i for i, line in enumerate(lines) if is_chrome(line)}
    # Short headings inside a cookie dialog ("Multimedia Player") sit right before a cookie line.
    for i, line in enumerate(lines):
        if i not in chrome and line and len(line.split()) <= 4 and not line.endswith("."):
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
            prv = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
            if nxt in chrome and prv in chrome:
                chrome.add(i)
    return chrome


def plain(line: str) -> str:
    """The line with inclusive-writing dots taken out ("Co-superviseur⋅e" → "Co-superviseure")."""
    return INCLUSIVE_DOT.sub("", line)


def is_students_header(text: str) -> bool:
    words = text.lower().split()
    return 1 <= len(words) <= 6 and any(STUDENT_WORD.match(w) and w.endswith("s") for w in words) \
        and all(STUDENT_WORD.match(w) or w in STUDENT_QUALIFIERS for w in words)


def section_of(line: str) -> str | None:
    """The section a heading line opens ("Biography" → "biography"), or None for any other line."""
    if len(line) > 60 or line.count(" ") > 5:
        return None
    text = plain(line).strip()
    if SUPERVISOR_LABEL.match(text):
        return None  # "Co-supervisor :" is an entry's label, not a heading
    text = text.rstrip(":").strip()
    for name, pattern in (("publications", PUBLICATIONS_HEADER), ("topics", TOPICS_HEADER),
                          ("biography", BIO_HEADER), ("supervisors", SUPERVISORS_HEADER), ("news", NEWS_HEADER),
                          ("links", LINKS_HEADER), ("other", OTHER_HEADER)):
        if pattern.match(text):
            return name
    return "students" if is_students_header(text) else None


def is_role(line: str) -> bool:
    """A member-type line: "Core Academic Member", "Chaire en IA Canada-CIFAR", "PhD - Université de Montréal"."""
    text = plain(line)
    if "," in text:
        return False
    program = PROGRAM_LINE.match(text)
    if program and len(program.group("program").split()) <= 5 and ROLE.search(program.group("program")):
        return True
    return len(text.split()) <= 5 and bool(ROLE.search(text))


def is_affiliation(line: str) -> bool:
    """A position at an organisation: "Associate Professor, McGill University, School of Computer Science";
    not a paragraph whose first clause names one ("As a researcher, you will be responsible for …")."""
    head, comma, _ = line.partition(",")
    paragraph = is_prose(line) and len(line.split()) > AFFILIATION_MAX_WORDS
    return bool(comma) and len(head.split()) <= 8 and bool(POSITION.search(plain(head))) and not paragraph


def is_link(line: str) -> bool:
    return bool(LINK_LINE.match(plain(line).strip()) or EMAIL_OR_URL.match(line.strip()))


def is_person_name(line: str) -> bool:
    """A name line, not a member type, a link label or a heading that happens to be capitalised."""
    return is_name_like(line) and not ROLE.search(plain(line)) and not is_link(line) and section_of(line) is None


def is_prose(line: str) -> bool:
    """A sentence: several words ending with a full stop (a title or a name does not)."""
    return len(line.split()) >= 4 and line.rstrip(" \"'”’»)").endswith((".", "!", "…"))


def name_pattern(names: list[str]) -> re.Pattern | None:
    """Whole-word matcher for the parts of the researcher's name ("Farnadi", "Golnoosh")."""
    tokens = {t.strip(".,") for name in names for t in unidecode(name).split()}
    tokens = {t for t in tokens if len(t) >= 3 and t.lower() not in NAME_PARTICLES and t[:1].isupper()}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, tokens))) + r")\b") if tokens else None


def prose_scores(line: str, name_re: re.Pattern | None) -> tuple[bool, int, int]:
    """(names the researcher or speaks as them, how much it reads as prose about a person, how much
    as a paper's abstract). A line in the first person singular with no "we" ("The goal of my
    research is …") speaks as the page's owner, whatever words it shares with abstracts."""
    named = bool(name_re and name_re.search(unidecode(line)))
    as_owner = bool(FIRST_SINGULAR.search(line)) and not WE.search(line)
    person = (3 * named + min(2, len(PRONOUN_3RD.findall(line))) + min(2, len(FIRST_SINGULAR.findall(line)))
              + bool(PRONOUN_3RD_FR.search(line)) + bool(BIO_WORDS.search(line)))
    paper = min(2, len(WE.findall(line))) + min(2, len({m.lower() for m in PAPER_WORDS.findall(line)}))
    return named or as_owner, person, paper


def about_person(scores: tuple[bool, int, int]) -> bool:
    named, person, paper = scores
    return person >= 2 and paper < person and (named or paper == 0)


def is_news_page(url: str | None, content: list[tuple[int, str]]) -> bool:
    """A news item (its URL or its breadcrumb says so), not a directory profile; or a page of
    questions and answers (an FAQ's address: its answers are prose, whatever its slug reads like)."""
    if url and FAQ_PATH.search(urlparse(url).path):
        return True
    if name_from_url(url):
        return False
    if url and NEWS_PATH.search(urlparse(url).path):
        return True
    return any(BREADCRUMB.search(line) and len(line) < 300
               and any(NEWS_WORD.match(part.strip()) for part in BREADCRUMB.split(line)[:-1])
               for _, line in content)


def find_start(content: list[tuple[int, str]], url_name: str | None) -> tuple[int, str | None]:
    """Where the profile (or bare publication list) starts, and the name its portrait gives.

    It starts at the portrait, the name header, the publications header, the first toggled
    abstract or else the first abstract; banners before that point are site chrome (news)."""
    url_key = fold(url_name) if url_name else None
    for pos, (_, line) in enumerate(content):
        portrait = PORTRAIT.match(line)
        # The owner's portrait: with a URL, one that shares a name part with its slug (not a student's);
        # without one, a portrait printed beside its name (not a photo on a home page or a news item).
        if portrait and is_name_like(portrait.group(1).strip()):
            key = fold(portrait.group(1))
            beside = {fold(content[i][1]) for i in (pos - 1, pos + 1) if 0 <= i < len(content)}
            if (set(key.split()) & set(url_key.split())) if url_key else key in beside:
                return pos, portrait.group(1).strip()
        if (url_key and fold(line) == url_key) or PUBLICATIONS_HEADER.match(line) or SEE_MORE.search(line):
            start = pos
            break
    else:
        start = next((pos for pos, (_, line) in enumerate(content) if is_abstract(line)), len(content))
    # The name, role, topic and student lines above belong to the profile, and so does a labelled
    # biography; the walk stops at the first other long line (a news banner).
    while start > 0:
        if len(content[start - 1][1]) < 100 and not is_abstract(content[start - 1][1]):
            start -= 1
            continue
        above = start - 1
        while above >= 0 and (len(content[above][1]) >= 100 or is_abstract(content[above][1])):
            above -= 1
        if above < 0 or section_of(content[above][1]) != "biography":
            break
        start = above
    return start, None


MOVABLE = {"header", "topics", "students", "links", "other", "supervisors", "bio_short"}


def assign_sections(body: list[tuple[int, str]], names: list[str]) -> list[str]:
    """One section label per line of the profile region, in one pass.

    Headings open sections. Without a publications heading, the publications start at the first
    abstract that is not prose about the researcher, together with the title and co-author lines
    right above it; an unlabelled biography is a run of prose about the researcher (their name,
    he/she, il/elle, I/my) in the header region."""
    labels: list[str] = []
    state = "header"
    keys = {fold(n) for n in names}
    name_re = name_pattern(names)

    def structural(line: str, label: str) -> bool:
        """A line that belongs where it is: a profile line, a topic, a student-list entry."""
        if PORTRAIT.match(line) or is_role(line) or is_affiliation(line) or is_link(line) \
                or SUPERVISOR_LABEL.match(plain(line)) or fold(line) in keys:
            return True
        if label == "topics":
            return len(line.split()) < 6
        return label == "students" and is_name_like(line)

    def start_publications(pos: int, take_abstract: bool) -> None:
        """The publications start at ``pos``, with the entry's lines right above it: its abstract
        (when a date or venue line started them), its co-authors and its title."""
        nonlocal state
        above = pos - 1
        if take_abstract and above >= 0 and labels[above] in MOVABLE | {"biography"} \
                and is_abstract(body[above][1]):
            labels[above] = "publications"
            above -= 1
        first = above
        while first >= 0 and labels[first] in MOVABLE and is_person_name(body[first][1]) \
                and fold(body[first][1]) not in keys:
            first -= 1
        titled = first >= 0 and labels[first] in MOVABLE and not structural(body[first][1], labels[first])
        # Names in a student list are students, unless a title line above makes them co-authors.
        if titled or "students" not in labels[first + 1:above + 1]:
            for i in range(first + 1, above + 1):
                labels[i] = "publications"
            above = first
            while above >= 0 and labels[above] in MOVABLE and not structural(body[above][1], labels[above]):
                labels[above] = "publications"
                above -= 1
        labels.append("publications")
        state = "publications"

    for pos, (_, line) in enumerate(body):
        section = section_of(line)
        if section:
            state = section
            labels.append("heading")
            continue
        if state in ("publications", "news"):
            labels.append(state)
            continue
        if DATE_LINE.match(line) or VENUE_LINE.match(line):
            start_publications(pos, take_abstract=True)
            continue
        long = is_abstract(line)
        if state in ("biography", "bio_implicit"):
            if not long:
                # A sentence announcing a list ("… the following research directions:") and its
                # bullet lines are biography too (joined by ``join_lists``).
                above = body[pos - 1][1]
                listing = bool(labels) and labels[-1] == "biography" and (above.rstrip().endswith(":") or bool(BULLET.match(above)))
                announces = len(line.split()) >= 4 and line.rstrip().endswith(":")
                bulleted = bool(BULLET.match(line)) and listing
                labels.append("biography" if is_prose(line) or announces or bulleted else "bio_short")
                continue
            after_title = labels[-1] == "bio_short"
            toggled = bool(SEE_MORE.search(line))
            if state == "biography" and not after_title and not toggled:
                labels.append("biography")  # a paragraph under the heading, between paragraphs
                continue
            scores = prose_scores(line, name_re)
            listed = toggled and scores[1] == 0 and scores[2] >= 1
            continues = scores[0] or (scores[1] >= 1 and not toggled)
            if not about_person(scores) and (after_title or (listed if state == "biography" else not continues)):
                start_publications(pos, take_abstract=False)
            else:
                labels.append("biography")
            continue
        if long or (is_prose(line) and len(line.split()) >= 8):
            if about_person(prose_scores(line, name_re)):
                state = "bio_implicit"
                labels.append("biography")
                continue
            if long:
                start_publications(pos, take_abstract=False)
                continue
        if state == "students" and not (is_name_like(line) or is_role(line) or PROGRAM_LINE.match(plain(line))
                                        or SUPERVISOR_LABEL.match(plain(line)) or PORTRAIT.match(line)):
            # A student-list entry is a name, a programme line or a supervisor label: any other line
            # (a paper's title) ends the list.
            start_publications(pos, take_abstract=False)
            continue
        if state == "topics" and (len(line) > 80 or is_prose(line)):
            labels.append("other")
            continue
        if state == "header" and not names and is_person_name(line):
            names = [line]  # the printed name, when neither the portrait nor the URL gave one
            keys, name_re = {fold(line)}, name_pattern(names)
        labels.append(state)
    return labels


def parse_page(text_or_html: str, url: str | None = None, source: str | None = None) -> Page:
    """Parse one page (plain-text scrape or HTML) into a :class:`Page` record."""
    html_lang = None
    if looks_like_html(text_or_html):
        match = re.search(r"<html[^>]*\blang=[\"']?([\w-]+)", text_or_html[:5000], re.I)
        html_lang = match.group(1) if match else None
        lines = html_to_lines(text_or_html)
    else:
        lines = [line.strip() for line in text_or_html.splitlines()]
    chrome = chrome_lines(lines)
    content = [(i, line) for i, line in enumerate(lines) if line and i not in chrome]
    lang = lang_of(url, html_lang, lines)
    if is_news_page(url, content):
        return news_page(content, lang, url, source, chrome)

    url_name = name_from_url(url)
    profile_address = bool(url) and bool(PROFILE_PATH.search(urlparse(url).path))
    written = cache(lambda: lower_case_stems(content))  # read once, when a name is weighed against the page
    if url_name and not profile_address and written_in_lower_case(url_name, written()):
        url_name = None  # "/en/visiting-fellowships": a site page's address, not a person's name
    start, header_name = find_start(content, url_name)
    dropped = [i for i, _ in content[:start]] + sorted(chrome)
    # Banners above the profile: news items of the site, kept apart from everything else; on a
    # profile URL, prose about its owner there ("I am an assistant professor …") is the biography
    # of a page the scrape cut above its headings.
    name_re = name_pattern([n for n in (header_name, url_name) if n])
    above = [line for _, line in content[:start]
             if len(line.split()) >= 5 and not COOKIE.search(line) and not CONSENT.search(line)]
    leading_bio = [line for line in above if url_name and is_prose(line) and about_person(prose_scores(line, name_re))]
    news = [line for line in above if line not in leading_bio]
    body = content[start:]
    labels = assign_sections(body, [n for n in (header_name, url_name) if n])
    part: dict[str, list[tuple[int, str]]] = {}
    for (index, line), label in zip(body, labels):
        part.setdefault(label, []).append((index, line))

    # Under a publications heading, the entry the page ends in may be cut short by the scrape.
    headed = any(label == "heading" and section_of(line) == "publications" for (_, line), label in zip(body, labels))
    page_end = body[-1][0] if body and headed else None
    researcher, roles, affiliations, links, supervisors = read_header(part.get("header", []), url_name, header_name)
    if researcher and not url_name and written_in_lower_case(researcher, written()):
        researcher = None  # "Overseas Candidates": a heading of words the page uses, not a name
    researcher_source = "header" if researcher else None
    printed_name = None
    if researcher and url_name and not names_agree(researcher, url_name):
        # A page speaks only for the researcher its URL names: another name in its header is not its
        # owner, unless it is the URL's surname with another first name (a chosen or new first name,
        # "Nell Quist" at /marie-anne-quist): the owner, printed as questions may name them.
        if fold(researcher).split()[-1:] == fold(url_name).split()[-1:]:
            printed_name = researcher
        researcher = None
    if researcher is None and url_name:
        researcher, researcher_source = url_name, "url"
    profiled = bool(roles or affiliations or headed or leading_bio or part.get("topics") or part.get("biography"))
    if url_name and not profile_address and not profiled:
        # "/en/core-expertise" reads like "/en/jane-doe", but a page with no member type, position,
        # topics, biography or publications heading is a site page, not a profile.
        return news_page(content, lang, url, source, chrome)
    publications = read_publications(part.get("publications", []), researcher, page_end)
    # (A name only its first line gives, "KELP Research", with nothing else of a profile, owns nothing.)
    unowned = researcher is None or researcher_source == "header" and not url_name and not profiled
    # (With no name at all, an entry must read as a paper's; a name only the header gives keeps entries
    # that name anyone, as a page in another language is read best-effort.)
    # (A site page at an address no profile has, "/project/x", whose only name is a header line,
    # "Project Description", is weighed as a page with no name.)
    site_page = bool(url) and not profile_address and researcher_source == "header"
    listed = any(reads_as_paper(entry, written()) if researcher is None or site_page else entry.authors
                 for entry in publications)
    if unowned and not headed and (publications or url) and not listed:
        # No owner, no publications heading, no entry that reads as a paper's: a web page is prose (a news item
        # whose address says nothing, an impact report, a program's page), not a listing of papers.
        return news_page(content, lang, url, source, chrome)
    if researcher is None and listed:
        # A listing of no one's ends at its last entry that reads as a paper's: the headings after it
        # ("AI for Humanity" over a paragraph, "Learn more") are the site page's own lines.
        last = max(at for at, entry in enumerate(publications) if reads_as_paper(entry, written()))
        news += [line for entry in publications[last + 1:] for line in (entry.title, entry.abstract) if line]
        publications = publications[:last + 1]
    students, _ = read_people(part.get("students", []))
    named_supervisors, _ = read_people(part.get("supervisors", []))
    return Page(
        researcher=researcher,
        researcher_source=researcher_source,
        lang=lang,
        roles=roles,
        affiliations=affiliations,
        topics=[line for _, line in part.get("topics", [])],
        publications=publications,
        url=url,
        source=source,
        dropped_lines=[i + 1 for i in sorted(set(dropped))],
        biography=join_lists([repair(line) for line in leading_bio + [line for _, line in part.get("biography", [])]]),
        students=students,
        student_programmes=read_programmes(part.get("students", [])),
        supervisors=list(dict.fromkeys(supervisors + named_supervisors)),
        links=links + [line for _, line in part.get("links", [])],
        news=[strip_citations(line) for line in news + [line for _, line in part.get("news", [])]],
        printed_name=printed_name,
    )


def news_page(content: list[tuple[int, str]], lang: str, url: str | None, source: str | None, chrome: set[int]) -> Page:
    """A page of prose about people, owned by no one: every line a news line, but the entries of a
    publication listing printed with no heading over them (a listing's page under site banners): an
    abstract the listing cut with its "… (see more)" toggle, with the title line before it, if any,
    and the date and venue lines after it."""
    listed: set[int] = set()
    publications: list[Publication] = []
    for at, (_, line) in enumerate(content):
        if not SEE_MORE.search(line) or at in listed:
            continue
        start = at - 1 if at > 0 and at - 1 not in listed and cut_title(content[at - 1][1]) \
            and not SEE_MORE.search(content[at - 1][1]) else at
        end = at + 1
        while end < len(content) and (DATE_LINE.match(content[end][1]) or VENUE_LINE.match(content[end][1])):
            end += 1
        publications += read_publications(content[start:end], None)
        listed.update(range(start, end))
    return Page(researcher=None, researcher_source=None, lang=lang, roles=[], affiliations=[], topics=[],
                publications=publications, url=url, source=source, dropped_lines=[i + 1 for i in sorted(chrome)],
                news=[strip_citations(line) for at, (_, line) in enumerate(content) if at not in listed])


def read_header(header: list[tuple[int, str]], url_name: str | None, portrait_name: str | None
                ) -> tuple[str | None, list[str], list[str], list[str], list[str]]:
    """Name, roles, affiliations, links and the researcher's own supervisors from the header lines."""
    name = portrait_name
    roles: list[str] = []
    affiliations: list[str] = []
    links: list[str] = []
    supervisors: list[str] = []
    expect_supervisor = False
    for pos, (_, line) in enumerate(header):
        if PORTRAIT.match(line):
            continue
        label = SUPERVISOR_LABEL.match(plain(line))
        if label:
            expect_supervisor = not (label.group("name") or "").strip()
            if not expect_supervisor:
                supervisors.append(label.group("name").strip())
            continue
        if expect_supervisor and is_person_name(line):
            supervisors.append(line)
            expect_supervisor = False
            continue
        expect_supervisor = False
        nxt = header[pos + 1][1] if pos + 1 < len(header) else None
        if is_link(line):
            links.append(line)
        elif name is None and is_person_name(line) and (
            (url_name and fold(line) == fold(url_name))
            # With a URL naming the owner, a different name is a co-author or a student, not the owner.
            # Without one, a heading opening with a function word ("Our Vision", "Notre mission") is none.
            or not url_name and (nxt is None or is_role(nxt) or is_affiliation(nxt))
            and not is_function_word(line.split()[0])
        ):
            name = line
        elif name is not None and fold(line) == fold(name):
            continue
        elif is_role(line):
            roles.append(line)
        elif name is not None and len(line) < ABSTRACT_MIN_CHARS:
            affiliations.append(line)
    return name, roles, affiliations, links, supervisors


BULLET = re.compile(r"^\s*[-•*·–]\s+(?=\S)")  # "- Selective Attention", "• Jane Doe, Head of …"


def join_lists(paragraphs: list[str]) -> list[str]:
    """A biography line announcing a list ("… research directions:") with its bullet lines, as one
    paragraph: "… research directions: A; B; C."."""
    joined: list[str] = []
    for line in paragraphs:
        item = BULLET.match(line)
        if item and joined and (joined[-1].endswith(":") or joined[-1].endswith(";")):
            text = line[item.end():].strip().rstrip(".;")
            joined[-1] += f" {text};"
        else:
            if joined and joined[-1].endswith(";"):
                joined[-1] = joined[-1][:-1] + "."
            joined.append(line)
    if joined and joined[-1].endswith(";"):
        joined[-1] = joined[-1][:-1] + "."
    return joined


def read_programmes(lines: list[tuple[int, str]]) -> list[str]:
    """Each entry's programme line in a student list ("PhD - Université de Montréal"), in order and
    repeated as the list repeats it: a scrape that drops the names still says how many there are."""
    return [line for _, line in lines if PROGRAM_LINE.match(plain(line)) and not SUPERVISOR_LABEL.match(plain(line))]


def read_people(lines: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    """Names in a student (or supervisor) list, and the names its "Co-supervisor :" labels give.

    A list entry is a name (or a portrait), a programme line ("PhD - Université de Montréal") and
    maybe a supervisor label; a name right after a label is that other supervisor, not a student."""
    people: list[str] = []
    labelled: list[str] = []
    expect_labelled = False
    # A scrape that drops the names keeps each entry's programme line and its institution again
    # ("PhD - Université de Montréal" / "Université de Montréal"): that line is no person.
    institutions = {fold(m.group("institution")) for _, line in lines if (m := PROGRAM_LINE.match(plain(line)))}
    for _, line in lines:
        portrait = PORTRAIT.match(line)
        candidate = portrait.group(1).strip() if portrait else line
        if fold(candidate) in institutions:
            expect_labelled = False
            continue
        label = SUPERVISOR_LABEL.match(plain(line))
        if label:
            expect_labelled = not (label.group("name") or "").strip()
            if not expect_labelled:
                labelled.append(label.group("name").strip())
            continue
        if is_person_name(candidate):
            (labelled if expect_labelled else people).append(candidate)
        expect_labelled = False
    return list(dict.fromkeys(people)), list(dict.fromkeys(labelled))


def read_publications(body: list[tuple[int, str]], owner: str | None, page_end: int | None = None) -> list[Publication]:
    """Split the publication region into entries: [title] [co-authors…] abstract [date] [venue].

    ``page_end`` is the index of the page's last line when a publications heading opens the region:
    the entry the page ends in may be cut short (scrapes keep a page's opening only), and is kept
    by its title."""
    entries: list[Publication] = []
    current = Publication()

    def closed() -> bool:
        return current.abstract is not None or bool(current.dates) or bool(current.venues)

    def start_new() -> Publication:
        nonlocal current
        if current.lines:
            entries.append(current)
        current = Publication()
        return current

    printed_twice: set[int] = set()
    following = {index: line for (index, _), (_, line) in zip(body, body[1:])}
    expanded = False  # the current abstract was printed opened, "… (see more)rest": its next lines may go on
    owner_key = fold(owner) if owner else None
    last = page_end if body and body[-1][0] == page_end else None
    for index, line in body:
        lineno = index + 1
        line = MORE_NAMES.sub("", line) or line
        date = DATE_LINE.match(line)
        venue = VENUE_LINE.match(line)
        if date:
            if current.dates and current.venues:
                start_new()
            current.dates.append(line)
        elif venue:
            if current.venues:
                start_new()
            current.venues.append(venue.group("venue").strip())
            status = venue.group("status").lower()
            current.status = STATUS_EN.get(status, status)
        elif expanded and current.abstract is not None and not current.dates and not current.venues \
                and not SEE_MORE.search(line) and (is_abstract(line) or reads_as_sentence(line)) \
                and not is_name_like(following.get(index, "")):
            # An opened abstract the scrape broke into lines, one a sentence: the lines after it with
            # no toggle of their own go on with it, up to the next title (a line its co-authors
            # follow: a title may be written like a sentence), date or toggle.
            current.abstract = f"{current.abstract} {repair(line)}"
        elif is_abstract(line):
            if current.abstract is not None or current.dates or current.venues:
                start_new()
            current.abstract = repair(line)
            expanded = bool(OPENED.search(line))
        elif PUBLICATIONS_HEADER.match(line) or TOPICS_HEADER.match(line) or OTHER_HEADER.match(line):
            continue
        else:
            cut = index == last and current.title is not None and not closed() and not is_name_like(line)
            if cut and (reads_as_sentence(line) or len(line.split()) < 2):
                # The page's last line, after a title (and its co-authors): the scrape cut this entry
                # inside a co-author's name ("G"), which is no co-author, or inside its abstract,
                # whose opening words are kept as its (cut) abstract. A title-cased line is the next
                # entry's title, cut.
                if reads_as_sentence(line):
                    current.abstract = repair(line)
            elif current.title is not None and not closed() and line == current.title:
                printed_twice.add(id(current))  # a link and a heading, or the entry printed twice: one title
            elif current.authors and not closed() and lower_case_name(line):
                current.authors.append(line)  # a co-author the page prints in lower case ("abhinav sharma")
            else:
                if closed() or (current.title is not None and not is_name_like(line)):
                    start_new()
                if current.title is None and not current.authors:
                    current.title = line
                elif (owner_key is None or fold(author_name(line)) != owner_key) \
                        and author_name(line) not in current.authors:  # an entry printed twice names them twice
                    current.authors.append(author_name(line))
        current.lines.append(lineno)
    start_new()
    # Under a publications heading, a paper may be printed by its title alone (no co-authors, no
    # abstract), and the page's last entry may be cut inside its title: kept when the line reads as a
    # title (not a name, a role, a label, a link or a heading).
    for entry in entries:
        if entry.abstract and entry.title and REFERENCE_DEBRIS.search(entry.title):
            entry.title = None  # debris, not this abstract's title: the paper is known by its abstract
    # A title-only entry printed twice (a link, then a heading) is a paper, however short its title.
    # Without a heading, a list that prints two or more papers with a title and an abstract is a list
    # of papers too: a title-only entry of a title's length between its papers is one of them.
    listed = sum(bool(entry.title and entry.abstract) for entry in entries) >= 2
    return [entry for pos, entry in enumerate(entries)
            if entry.abstract or (entry.title and entry.authors and reads_as_title(entry.title))
            or (id(entry) in printed_twice and reads_as_title(entry.title) and cut_title(entry.title))
            or (last is not None and entry.title and cut_title(entry.title) and reads_as_title(entry.title)
                and (pos == len(entries) - 1 or len(entry.title.split()) >= TITLE_ALONE_WORDS))
            or (listed and pos < len(entries) - 1 and entry.title and cut_title(entry.title)
                and len(entry.title.split()) >= TITLE_ALONE_WORDS)]


TITLE_ALONE_WORDS = 4  # a paper printed by its title alone, mid-list, has a title's length (not a stray line's)
# Lines a page's garbled reference list leaves behind: PDF line numbers glued to a word ("Kan-620"),
# a cited author and year ("Mirella Lapata. 2020").
REFERENCE_DEBRIS = re.compile(r"[^\W\d_]-\d{2,}\b|\.\s*(?:19|20)\d\d$")


def reads_as_title(line: str) -> bool:
    """Whether a line can be the title of an entry that has co-authors but no abstract: two words or
    more, and no reference-list debris."""
    return len(line.split()) >= 2 and not REFERENCE_DEBRIS.search(line)


def reads_as_sentence(line: str) -> bool:
    """A line of running text rather than a title: several words, no colon, and most words after
    the first in lower case ("Deep models are prone to …", not "Countering the Effects of …")."""
    tokens = [t for t in line.split()[1:] if fold(t) not in stopwords() and t[:1].isalpha()]
    return len(line.split()) >= CUT_ABSTRACT_WORDS and ":" not in line and bool(tokens) \
        and sum(t[0].isupper() for t in tokens) < len(tokens) / 2


def cut_title(line: str) -> bool:
    """Whether the last entry of a page cut short can be a paper known by its title alone (maybe cut
    inside a word): a title's words, not a name, a role, a label, a link or a heading."""
    text = plain(line)
    return len(line.split()) >= 2 and not line.rstrip().endswith(":") and not is_name_like(line) \
        and not is_role(line) and not is_link(line) and not SUPERVISOR_LABEL.match(text) and section_of(line) is None \
        and not PROGRAM_LINE.match(text) and not is_prose(line)
