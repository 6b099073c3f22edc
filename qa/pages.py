"""Pages → page records: clean a scraped Mila directory page (text scrape or HTML) into its
researcher header and publication entries.

HTML is first flattened into the same line structure the text scrapes have, so one parser serves
both. Site chrome is removed by structure (where the profile/publication region starts) and by
general patterns (cookie dialogs, footers), never by listing known sentences.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from urllib.parse import unquote, urlparse

import py3langid
from bs4 import BeautifulSoup, Comment
from unidecode import unidecode

# "large-sca… (see more)le datasets": the listing's expand toggle spliced into a word.
SPLICE = re.compile(r"\s*(?:…|\.\.\.)\s*\((?:see more|voir plus|read more|lire la suite)\)", re.I)
SEE_MORE = re.compile(r"\((?:see more|voir plus|read more|lire la suite)\)", re.I)
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
                             r"\bdo you accept the use of cookies\b|\bacceptez-vous l.utilisation de(?:s)? cookies\b", re.I)
FOOTER = re.compile(r"©|\ball rights reserved\b|\btous droits réservés\b|\bfollow us\b|\bsuivez-nous\b|"
                    r"\bsubscribe to (?:our|the) newsletter\b|\babonnez-vous\b|\bskip to (?:main )?content\b|"
                    r"\baller au contenu\b", re.I)
PUBLICATIONS_HEADER = re.compile(r"^(?:publications?|selected publications|publications choisies)$", re.I)
TOPICS_HEADER = re.compile(r"^(?:research topics|research interests|thèmes de recherche|sujets de recherche|"
                           r"domaines de recherche|intérêts de recherche)$", re.I)
OTHER_HEADER = re.compile(r"^(?:biography|biographie|bio|contact|links|liens|students|étudiants|"
                          r"supervisors|superviseurs|news|nouvelles|actualités)$", re.I)
PORTRAIT = re.compile(r"^(?:portrait of|portrait de|photo of|photo de)\s+(.+)$", re.I)
ROLE = re.compile(r"\b(?:alumni|alumnus|alumna|ancien|ancienne|members?|membres?|student|étudiant|étudiante|"
                  r"postdoc|postdoctoral|fellow|professor|professeur|professeure|intern|stagiaire)\b", re.I)
# Tokens allowed inside a person's name besides capitalised words: particles and initials.
NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "le", "la", "bin", "al",
                  "dos", "das", "y", "ter", "ten", "st."}
NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\-]*$")  # a word; name_token() also wants its capital
DIRECTORY_PATH = re.compile(r"/(?:directory|annuaire|repertoire|répertoire)/([^/?#]+)", re.I)
ABSTRACT_MIN_CHARS = 150
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
    """A cleaned page: who it is about and what it lists, with line numbers into ``lines``."""

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

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Page:
        pubs = [Publication(**p) for p in data.get("publications", [])]
        return cls(**{**data, "publications": pubs})


def html_to_lines(html: str) -> list[str]:
    """Flatten HTML into one line per block element, dropping scripts, navigation and chrome."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        attrs = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""])
        if attrs.strip() and CHROME_ATTR.search(attrs) and tag.name not in {"body", "main", "html"}:
            tag.decompose()
    for img in soup.find_all("img"):
        # The portrait's alt text is how the text scrapes show the researcher's photo.
        if img.get("alt") and PORTRAIT.match(img["alt"].strip()):
            img.replace_with(f"\n{img['alt'].strip()}\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    return [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype", "<html")) or bool(re.search(r"<(?:body|div|p|h1|section)\b", head))


def fold(name: str) -> str:
    """Spelling-insensitive key for a name: 'Petar Veličković' → 'petar velickovic'."""
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[\s\-]+", " ", unidecode(name).lower())).strip()


def is_name_like(line: str) -> bool:
    """A person's name: 2-5 capitalised tokens (initials and particles allowed), nothing else."""
    if len(line) > 48 or any(ch in line for ch in ":;?!()[]\"/,") or re.search(r"\d", line):
        return False
    tokens = line.split()
    if not 2 <= len(tokens) <= 5:
        return False
    capitalised = [t for t in tokens if t not in NAME_PARTICLES]
    return len(capitalised) >= 2 and all(name_token(t) for t in capitalised)


def name_token(token: str) -> bool:
    """A capitalised word in any script ("Łukasz", "Šimon", "Ørsted"), or an initial."""
    return bool(NAME_TOKEN.match(token)) and token[0].isupper()


def name_from_url(url: str | None) -> str | None:
    """'…/directory/razvan-pascanu-0' → 'Razvan Pascanu'; None for pages that aren't profiles."""
    if not url:
        return None
    match = DIRECTORY_PATH.search(unquote(urlparse(url).path) + "/")
    if not match:
        return None
    slug = re.sub(r"-\d+$", "", match.group(1).strip("-"))
    parts = [p for p in slug.split("-") if p]
    if len(parts) < 2:
        return None
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
    return py3langid.classify(sample[:5000])[0] if sample.strip() else "und"


def repair(text: str) -> str:
    return re.sub(r"\s+", " ", SPLICE.sub("", text)).strip()


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

    # The profile (or bare publication list) starts at the portrait, the name header, the
    # publications header or the first abstract; banners before that point are site chrome.
    url_name = name_from_url(url)
    start, header_name = len(content), None
    for pos, (_, line) in enumerate(content):
        portrait = PORTRAIT.match(line)
        if portrait and is_name_like(portrait.group(1).strip()):
            start, header_name = pos, portrait.group(1).strip()
            break
        if (url_name and fold(line) == fold(url_name)) or PUBLICATIONS_HEADER.match(line) or SEE_MORE.search(line):
            start = pos
            # The name and role lines above a publications header belong to the profile; the
            # walk stops at the first long line (a news banner).
            while start > 0 and not header_name and len(content[start - 1][1]) < 100 \
                    and not is_abstract(content[start - 1][1]):
                start -= 1
            break
    else:
        start = next((pos for pos, (_, line) in enumerate(content) if is_abstract(line)), len(content))
    dropped = [i for i, _ in content[:start]] + sorted(chrome)
    content = content[start:]

    pub_start = next((pos for pos, (_, line) in enumerate(content) if PUBLICATIONS_HEADER.match(line)), None)
    if pub_start is None:
        pub_start = next((pos for pos, (_, line) in enumerate(content) if is_abstract(line)), len(content))
        # Short lines right before the first abstract are that entry's title/authors, not header.
        while pub_start > 0 and not is_header_line(content[pub_start - 1][1], url_name, header_name):
            pub_start -= 1
        header, body = content[:pub_start], content[pub_start:]
    else:
        header, body = content[:pub_start], content[pub_start + 1:]

    researcher, roles, affiliations, topics = read_header(header, url_name, header_name)
    researcher_source = "header" if researcher else None
    if researcher is None and url_name:
        researcher, researcher_source = url_name, "url"
    publications = read_publications(body, researcher)
    return Page(
        researcher=researcher,
        researcher_source=researcher_source,
        lang=lang_of(url, html_lang, lines),
        roles=roles,
        affiliations=affiliations,
        topics=topics,
        publications=publications,
        url=url,
        source=source,
        dropped_lines=[i + 1 for i in sorted(set(dropped))],
    )


def is_header_line(line: str, url_name: str | None, header_name: str | None) -> bool:
    return bool(PORTRAIT.match(line) or TOPICS_HEADER.match(line) or OTHER_HEADER.match(line)
                or (ROLE.search(line) and len(line.split()) <= 6)
                or (url_name and fold(line) == fold(url_name)) or (header_name and line == header_name))


def read_header(header: list[tuple[int, str]], url_name: str | None, portrait_name: str | None
                ) -> tuple[str | None, list[str], list[str], list[str]]:
    """Name, roles, affiliations and research topics from the lines above the publications."""
    name = portrait_name
    roles: list[str] = []
    affiliations: list[str] = []
    topics: list[str] = []
    section = None
    for pos, (_, line) in enumerate(header):
        if PORTRAIT.match(line):
            continue
        if TOPICS_HEADER.match(line):
            section = "topics"
            continue
        if OTHER_HEADER.match(line):
            section = "other"
            continue
        if section == "topics":
            topics.append(line)
        elif section == "other":
            continue
        elif name is None and is_name_like(line) and (
            (url_name and fold(line) == fold(url_name))
            or (pos + 1 < len(header) and ROLE.search(header[pos + 1][1]))
            or pos + 1 == len(header)
        ):
            name = line
        elif name is not None and fold(line) == fold(name):
            continue
        elif ROLE.search(line) and "," not in line and len(line.split()) <= 6:
            roles.append(line)
        elif name is not None and len(line) < ABSTRACT_MIN_CHARS:
            affiliations.append(line)
    return name, roles, affiliations, topics


def read_publications(body: list[tuple[int, str]], owner: str | None) -> list[Publication]:
    """Split the publication region into entries: [title] [co-authors…] abstract [date] [venue]."""
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

    owner_key = fold(owner) if owner else None
    for index, line in body:
        lineno = index + 1
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
        elif is_abstract(line):
            if current.abstract is not None or current.dates or current.venues:
                start_new()
            current.abstract = repair(line)
        elif PUBLICATIONS_HEADER.match(line) or TOPICS_HEADER.match(line) or OTHER_HEADER.match(line):
            continue
        else:
            if closed() or (current.title is not None and not is_name_like(line)):
                start_new()
            if current.title is None and not current.authors:
                current.title = line
            elif owner_key is None or fold(line) != owner_key:
                current.authors.append(line)
        current.lines.append(lineno)
    start_new()
    return [entry for entry in entries if entry.abstract or (entry.title and entry.authors)]
