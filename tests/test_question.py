"""Question → Question record, against a small directory of invented people and papers."""

import pytest

from qa.question import Directory, Intent, asks_one_paper, cue, each_ask, flatten, parse
from qa.records import Paper, Profile, Source, Sourced
from qa.text import fold


def paper(pid, title, researchers, authors=(), abstract="We study learning.", venue=None, date=None):
    src = Source(file="f.txt", url=None, line=1)
    return Paper(paper_id=pid, title=title, titles=[Sourced(title, [src])] if title else [], authors=list(authors),
                 abstract=abstract, abstract_complete=True, dates=[Sourced(date, [src])] if date else [],
                 venues=[Sourced(venue, [src])] if venue else [], status=None, researchers=list(researchers),
                 sources=[src])


@pytest.fixture(scope="module")
def directory():
    papers = [
        paper("p1", "LOOM: Weaving Sparse Experts for Tabular Forecasting", ["Anaïs Côté-Lefebvre"], ["Kwame Boateng"],
              abstract="We propose sparse experts for tabular forecasting of energy demand.",
              venue="Proceedings of the 41st International Conference on Machine Learning", date="2024-07-01"),
        paper("p2", "Counting Birds with Graph Networks", ["Kwabena Mensah", "Anaïs Côté-Lefebvre"]),
        paper("p3", None, ["Wei Zhang"], ["Li Zhang"], abstract="Graph networks count birds in images."),
    ]
    profiles = [Profile(researcher=n) for n in ("Anaïs Côté-Lefebvre", "Kwabena Mensah", "Wei Zhang", "Mei Zhang")]
    return Directory.build(papers, profiles)


@pytest.mark.parametrize("spelling", ["Anaïs Côté-Lefebvre", "anais cote-lefebvre", "Dr. Côté-Lefebvre",
                                      "Lefebvre", "Côté-Lefebvre's", "A. Côté-Lefebvre", "Anais Cote Lefebre"])
def test_a_researcher_is_found_under_any_spelling(directory, spelling):
    question = parse(f"What has {spelling} published on forecasting?", directory)
    assert question.researchers == ["Anaïs Côté-Lefebvre"] and question.unknown_person is None


def test_a_surname_typed_as_is_is_not_read_as_a_typo_in_anothers_name():
    # "dana park" is one edit from "dina park", but "Dana" is Tom Dana's name as typed.
    listed = Directory.build([], [Profile(researcher=n) for n in ("Tom Dana", "Dina Park")])
    assert parse("Dana, Park: who works on graphs?", listed).researchers == ["Tom Dana", "Dina Park"]
    assert parse("What has Dina Prak published?", listed).researchers == ["Dina Park"]


@pytest.mark.parametrize("spelling", ["Min-jun Seo", "Min Jun Seo", "min-jun seo", "Tae Young Kwon", "Tae-young Kwon"])
def test_a_given_name_typed_in_two_parts_finds_the_page_writing_it_as_one(spelling):
    # Not the other Seo (the surname alone would be ambiguous), nor a stranger named "Tae Young Kwon".
    listed = Directory.build([], [Profile(researcher=n) for n in ("Minjun Seo", "Dana Seo", "Taeyoung Kwon")])
    expected = "Minjun Seo" if "Seo" in spelling or "seo" in spelling else "Taeyoung Kwon"
    assert parse(f"What did {spelling} announce?", listed).researchers == [expected]


def test_a_full_name_mistyped_in_both_words_finds_the_researcher_not_a_stranger():
    # "tomazzo kaljulaid": three edits from "Tomaso Kalljulaid" in all (too many for the whole name),
    # the surname one edit away and the given name two: the same person mistyped, not a stranger
    # sharing a surname. Another given name beside the surname is still someone else.
    listed = Directory.build([], [Profile(researcher=n) for n in ("Tomaso Kalljulaid", "Dana Park")])
    question = parse("tomazzo kaljulaid a fait son doc ou?", listed)
    assert question.researchers == ["Tomaso Kalljulaid"] and question.typed_stranger is None
    assert parse("What has Birgit Kalljulaid published?", listed).researchers == []


def test_a_venues_noun_typed_alone_of_no_one_names_the_event_asked_about(directory):
    # "conference" frames a venue ask ("at which conference …?") and a papers ask; typed alone in a
    # question about no one, it is the event: its item is found by it.
    assert "conference" in parse("When was the institute's second yearly conference held?", directory).topic.split()
    assert "conference" not in parse("Which conference did Wei Zhang publish at?", directory).topic.split()
    assert "conference" not in parse("Which papers were presented at a conference in 2024?", directory).topic.split()


def test_who_is_listed_as_a_role_asks_its_holders_and_a_lab_named_beside_authors_asks_authors():
    listed = Directory.build([], [Profile(researcher=n) for n in ("Minjun Seo", "Dana Park")])
    assert parse("Who is listed as alumni on these pages?", listed).intent == Intent.WHO
    # A lab named beside an author asked is no workplace asked: the authors are.
    assert parse("Who is listed as an author on joint projects with the harbour lab?", listed).intent == Intent.COAUTHORS


def test_a_typo_within_two_edits_still_finds_the_researcher(directory):
    assert parse("Papers by Kwabena Mensha on birds?", directory).researchers == ["Kwabena Mensah"]


def test_a_name_two_people_share_returns_both_candidates(directory):
    question = parse("What did Zhang publish on birds?", directory)
    assert question.researchers == [] and question.candidates == {"Mei Zhang / Wei Zhang": ["Mei Zhang", "Wei Zhang"]}
    assert question.unknown_person is None
    assert parse("What did Wei Zhang publish on birds?", directory).researchers == ["Wei Zhang"]


def test_an_unknown_person_is_named_back_and_a_known_one_is_not(directory):
    assert parse("What has Ingrid Solberg published on forecasting?", directory).unknown_person == "Ingrid Solberg"
    assert parse("What has Mensah's lab published?", directory).unknown_person is None
    assert parse("Which Graph Networks papers count birds?", directory).unknown_person is None
    # A question word opening the sentence is no part of the name after it; a name of three words is kept whole.
    assert parse("Among Ingrid Solberg and Jonas Berg, who counts seals?", directory).unknown_person == "Ingrid Solberg"
    assert parse("Ana Lucia Ferraz: what does she study?", directory).unknown_person == "Ana Lucia Ferraz"
    # A word ending in a capital after a small letter is an abbreviation: no name ends so.
    assert parse("Which researchers here teach at UdeM's school of public health?", directory).unknown_person is None
    assert parse("Has ChatGPT's maker funded anyone here?", directory).unknown_person is None


@pytest.mark.parametrize("text, stranger", [
    ("what has kwame osei written on forecasting?", "Kwame Osei"),  # a co-author's first name, another surname
    ("What has Lefebvre published lately?", None),  # a hyphenated surname's part, beside question words
    ("Has Tomasz Mensah published on birds?", "Tomasz Mensah"),  # a researcher's surname beside another first name
    # A lower-case French word typed with its accents ("étude", "célèbre") is a word, though folded
    # it is none: no first name of someone else.
    ("Pour quelle étude Mensah a-t-il compté les oiseaux ?", None),
    ("Quel prix célèbre Mensah a-t-il reçu ?", None),
])
def test_one_word_of_a_name_beside_a_word_no_matched_name_has_is_someone_else(directory, text, stranger):
    question = parse(text, directory)
    if stranger:
        assert question.unknown_person == stranger and not question.researchers and not question.coauthors
    else:
        assert question.researchers in (["Anaïs Côté-Lefebvre"], ["Kwabena Mensah"])


def test_a_two_letter_surname_typed_with_its_capital_names_its_researcher():
    listed = Directory.build([], [Profile(researcher=n) for n in ("Ana Wu", "Kwabena Mensah")])
    assert parse("Mensah and Wu both count birds: how do they differ?", listed).researchers == ["Kwabena Mensah", "Ana Wu"]
    assert parse("what has wu published", listed).researchers == []  # two lower-case letters are too little to go on


def test_a_first_name_inside_a_hyphenated_first_name_is_nobody_of_its_own(directory):
    # "Kwame" is a co-author's first name, "rose" a dictionary word: "Kwame-Rose" is still one name.
    question = parse("Which award did Kwame-Rose Osei receive?", directory)
    assert question.coauthors == [] and question.researchers == []
    # A surname's part typed with the rest of the surname still names its owner.
    assert parse("What has Côté-Lefebvre published?", directory).researchers == ["Anaïs Côté-Lefebvre"]


def test_who_is_before_a_participle_asks_who_is_cited_not_who_someone_is(directory):
    # "who's cited": a name the abstract cites, not Mensah's biography.
    question = parse("Mensah's bird counting abstract builds on older work: who's cited for it?", directory)
    assert question.attribute != "biography" and question.intent != Intent.PROFILE
    assert parse("Who is Kwabena Mensah?", directory).attribute == "biography"


def test_a_one_word_name_beside_topic_or_question_words_is_still_found(directory):
    assert parse("what has mensah published on forecasting", directory).researchers == ["Kwabena Mensah"]
    assert parse("papers boateng wrote", directory).coauthors == ["Kwame Boateng"]


def test_papers_are_named_by_title_part_quote_or_leading_name(directory):
    assert parse("Who co-wrote LOOM?", directory).papers == ["p1"]
    assert parse("When did 'Counting Birds with Graph' appear?", directory).papers == ["p2"]
    assert parse("what does loom propose", directory).papers == []  # a lower-case word is no title name


@pytest.mark.parametrize("text, intent, extra", [
    ("Who co-authored the LOOM paper?", Intent.COAUTHORS, {}),
    ("How many co-authors does LOOM have?", Intent.COUNT, {"counted": "coauthors"}),
    ("How many papers has Mensah published?", Intent.COUNT, {"counted": "papers"}),
    ("How many GPU hours did LOOM need?", Intent.FACT, {"quantity": "gpu hours"}),
    ("What accuracy does LOOM reach?", Intent.FACT, {"quantity": "reach accuracy"}),
    ("Which earlier method does LOOM build on?", Intent.FACT, {}),  # "earlier" describes the method, asks no date
    ("Mensah enseigne où ?", Intent.PROFILE, {"attribute": "affiliations"}),
    ("How many sites, spread over how many regions, did LOOM forecast?", Intent.FACT, {"quantity": "sites"}),
    ("How many (sub)tidal sites did LOOM survey?", Intent.FACT, {"quantity": "sub tidal sites"}),  # brackets are no word
    ("At which conference did LOOM appear?", Intent.VENUE, {}),
    ("LOOM got into which conf?", Intent.VENUE, {}),  # (a clipped word the cues know whole)
    ("LOOM, il a été accepté à quelle conf ?", Intent.VENUE, {}),
    ("In what year did LOOM come out?", Intent.DATE, {}),
    ("List everything Mensah has written.", Intent.LIST, {}),
    ("What is Mensah's position at the university?", Intent.PROFILE, {"attribute": "affiliations"}),
    ("Is Mensah still a member of Mila?", Intent.PROFILE, {"attribute": "roles"}),
    ("What titles does Mensah's profile give him?", Intent.PROFILE, {"attribute": "roles"}),
    ("Where did Mensah do a PhD?", Intent.PROFILE, {"attribute": "biography"}),
    ("Which researchers work on bird counting?", Intent.WHO, {}),
    ("Is there anyone here doing bird counting?", Intent.WHO, {"topic": "bird counting"}),
    ("I am looking for somebody who studies energy demand", Intent.WHO, {"topic": "energy demand"}),
    ("Y a-t-il quelqu'un qui fait du comptage d'oiseaux ?", Intent.WHO, {}),
    ("Which papers do Mensah and Côté-Lefebvre have in common?", Intent.COMMON, {}),
    ("Compare Mensah and Côté-Lefebvre on forecasting", Intent.COMPARE, {}),
    ("Mensah versus Côté-Lefebvre on research topics: which belong to only one?", Intent.COMPARE,
     {"attribute": "topics"}),
    ("Which research topics do Mensah and Côté-Lefebvre share?", Intent.COMPARE, {"attribute": "topics"}),
    ("Between Mensah and Côté-Lefebvre, whose page names more research topics? Give me both counts.",
     Intent.COMPARE, {"attribute": "topics", "topic": ""}),
    ("Qui liste le plus de thèmes de recherche, Mensah ou Côté-Lefebvre ? Donne les totaux.", Intent.COMPARE,
     {"attribute": "topics", "topic": ""}),
    ("What does the sparse experts paper by Côté-Lefebvre find about energy demand?", Intent.FACT, {}),
    ("What has Côté-Lefebvre published on energy demand?", Intent.PAPERS, {}),
    ("LOOM by Mensah: name its other authors", Intent.COAUTHORS, {}),
    ("Apart from Mensah, which people are credited for LOOM?", Intent.COAUTHORS, {}),
    ("Which paper links Mensah and Côté-Lefebvre?", Intent.COMMON, {}),
    ("How are Mensah and Côté-Lefebvre connected?", Intent.COMMON, {"topic": ""}),
    ("Which appeared earlier, Mensah's forecasting paper or Côté-Lefebvre's bird paper? Tell me both dates.",
     Intent.COMPARE, {}),
    ("Mensah et Côté-Lefebvre : y a-t-il un lien entre eux ?", Intent.COMMON, {"topic": ""}),
    ("Show the papers on all of Mensah's listing tabs.", Intent.LIST, {}),
    ("Qui sont les co-auteurs de LOOM ?", Intent.COAUTHORS, {}),
    ("Qui a cosigné LOOM avec Mensah ?", Intent.COAUTHORS, {}),
    ("Laquelle des chercheuses travaille sur le comptage d'oiseaux ?", Intent.WHO, {}),
    ("Parmi les membres, lesquelles détiennent une chaire en écologie côtière ?", Intent.WHO, {"attribute": "roles"}),
    ("Combien d'articles Mensah a-t-il publiés ?", Intent.COUNT, {"counted": "papers"}),
    ("Quels articles figurent sur la page de Mensah ? Listez-les tous.", Intent.LIST, {"topic": ""}),
    ("Articles de Mensah : donnez-moi la liste complète", Intent.LIST, {"topic": ""}),
    ("Quels articles de Mensah portent sur le rôle des graphes ?", Intent.PAPERS, {}),
    ("What is the number of papers Mensah lists?", Intent.COUNT, {"counted": "papers"}),
    ("how many distinct papers does Mensah's page show?", Intent.COUNT, {"counted": "papers"}),
    ("Of Mensah and Côté-Lefebvre, who has a paper on forecasts that degrade as the number of sensors grows?",
     Intent.WHO, {"quantity": None}),
    ("Who has papers about counting birds?", Intent.WHO, {}),
    ("Who holds a research chair in coastal ecology?", Intent.WHO, {"attribute": "roles"}),
    ("In the announcement of the new chairs, who holds a research chair in coastal ecology?", Intent.PAPERS, {}),
    ("What has Mensah been drawn to research lately?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    # where the research is done ("at Mila", "in her lab") does not make it a list of papers
    ("what does dr mensah study at mila", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    # "according to its home page" names where to read (its address says so), not a biography; "today" asks nothing
    ("D'après sa page d'accueil, Kelpworks a combien de professeurs aujourd'hui ?", Intent.FACT,
     {"attribute": None, "topic": "kelpworks", "on_site": True}),
    ("How many professors does Kelpworks have today, according to its home page?", Intent.FACT,
     {"attribute": None, "topic": "kelpworks home", "on_site": True}),
    ("Le prix Marée, il vaut combien en dollars ?", Intent.FACT, {"quantity": "dollars"}),
    ("How much is the Tide award worth in euros?", Intent.FACT, {"quantity": "worth euros"}),
    ("Among the people here, who works at Seabird Analytics?", Intent.WHO, {"attribute": "affiliations"}),
    ("Which of Mensah's papers have Graph Networks in the title?", Intent.PAPERS,
     {"in_title": True, "terms": ["Graph", "Networks"]}),
    ("Has Mensah got any papers whose title mentions birds?", Intent.PAPERS, {"topic": "birds", "in_title": True}),
    ("Which journal did Mensah's LOOM paper appear in?", Intent.VENUE, {}),
    ("Which journal did Mensah co-found?", Intent.PAPERS, {}),  # a person's journal, not a paper's venue
    ("What sort of problems is Mensah's group working on?", Intent.PROFILE, {"attribute": "topics"}),
    ("what's mensah's work about", Intent.PROFILE, {"attribute": "topics"}),
    ("Which questions does Mensah's lab investigate?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    ("What research challenge does Mensah's team look into?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    ("What types of questions does Mensah's work deal with?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    ("Which challenges is Mensah hoping to solve in her lab?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    ("What issues is Mensah's group seeking to address?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    # naming her works ("travaux") and asking their themes asks her field, not a list of papers
    ("Sur quels sujets portaient les travaux de Mensah ?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    ("Which subjects does Mensah's research address?", Intent.PROFILE, {"attribute": "topics", "open_field": True}),
    # where someone holds a post asks where they work
    ("Where is Mensah a professor?", Intent.PROFILE, {"attribute": "affiliations"}),
    ("Où la Dre Mensah est-elle professeure ?", Intent.PROFILE, {"attribute": "affiliations"}),
    # a "when" clause sets the time of what is asked: no date is asked
    ("When Mensah was named to the chair, which post did he hold?", Intent.PROFILE, {"attribute": "roles"}),
    ("Lorsque Mensah a rejoint le labo, quel poste occupait-il ?", Intent.PROFILE, {"attribute": "roles"}),
    ("Quand Mensah a obtenu sa bourse, quel poste occupait-il ?", Intent.PROFILE, {"attribute": "roles"}),
    ("When was Mensah named to the chair, and which post did he hold?", Intent.DATE, {}),
    # an opening "since what year" asks a date, whatever "collaborating with" says of co-authors
    ("Since which year has Kelpworks been collaborating with Mensah's group?", Intent.DATE, {}),
    ("Depuis quelle année Kelpworks collabore-t-elle avec le groupe de Mensah ?", Intent.DATE, {}),
    # the biography read for the person's field: its statement of their interests answers
    ("Going by his bio, in which fields does Mensah's research sit?", Intent.PROFILE,
     {"attribute": "biography", "open_field": True}),
    # "which X do its co-authors propose" asks a fact of the paper, whatever "co-authors" says
    ("Which trick do LOOM's co-authors propose for stable forecasts?", Intent.FACT, {}),
    # "who is" among named researchers asks which of them, not about anyone's life
    ("Of Mensah, Wei Zhang and Côté-Lefebvre, who is an affiliate member?", Intent.WHO, {"attribute": "roles"}),
    ("Parmi Mensah et Wei Zhang, qui est membre affilié ?", Intent.WHO, {"attribute": "roles"}),
    ("Entre Mensah et Wei Zhang, laquelle est membre affiliée ?", Intent.WHO, {"attribute": "roles"}),
    ("Which academic rank is Mensah's?", Intent.PROFILE, {"attribute": "roles"}),
    ("Donne-moi le rang de Mensah.", Intent.PROFILE, {"attribute": "roles"}),
    # French plurals ask the same field as the singular ("quels postes" is no list of papers)
    ("Quels postes Mensah occupe-t-il au musée et chez Kelpworks ?", Intent.PROFILE, {"attribute": "roles"}),
    ("Quelles fonctions Mensah exerce-t-elle ?", Intent.PROFILE, {"attribute": "roles"}),
    ("Who is Mensah?", Intent.PROFILE, {"attribute": "biography"}),
])
def test_one_intent_per_question(directory, text, intent, extra):
    question = parse(text, directory)
    assert question.intent == intent, question
    for name, value in extra.items():
        assert getattr(question, name) == value


def test_time_filters_and_recency(directory):
    assert parse("What did Mensah publish in 2024?", directory).period.since == 2024
    period = parse("Mensah's papers since 2022", directory).period
    assert (period.since, period.until) == (2022, None) and period.admits([2023]) and not period.admits([2021])
    assert parse("What is Mensah's most recent paper?", directory).period.latest
    assert parse("Quel est le dernier article de Mensah ?", directory).period.latest


def test_several_years_named_span_the_period(directory):
    period = parse("Which prizes did Mensah win in 2017 and 2021?", directory).period
    assert (period.since, period.until) == (2017, 2021)
    period = parse("Quels prix Mensah a-t-il reçus en 2016, en 2018 ou en 2020 ?", directory).period
    assert (period.since, period.until) == (2016, 2020)


def test_language_and_topic_in_english(directory):
    question = parse("Qu'a publié Mensah sur l'apprentissage par renforcement ?", directory)
    assert question.lang == "fr" and question.topic == "reinforcement learning"
    question = parse("What has Mensah published on bird counting in 2023?", directory)
    assert question.lang == "en" and question.topic == "bird counting"


def test_several_researchers_mean_either_page_unless_the_question_says_otherwise(directory):
    either = parse("What did Mensah and Côté-Lefebvre publish on birds?", directory)
    assert (either.intent, either.combine) == (Intent.PAPERS, "any")
    both = parse("Which papers are on both Mensah's and Côté-Lefebvre's pages?", directory)
    assert (both.intent, both.combine) == (Intent.COMMON, "all")
    only = parse("Papers only on Mensah's page, not on Côté-Lefebvre's?", directory)
    assert (only.intent, only.combine) == (Intent.LIST, "first")


def test_coauthor_phrasings_and_paper_words_win_over_profile_words(directory):
    assert parse("Who did Mensah write LOOM with?", directory).intent == Intent.COAUTHORS
    assert parse("Who has Côté-Lefebvre worked with on forecasting?", directory).intent == Intent.COAUTHORS
    # "position" is a profile word, but "work on" speaks of papers.
    assert parse("Does Mensah have work on position estimates of birds?", directory).intent == Intent.PAPERS


def test_venue_words_are_not_taken_for_people(directory):
    question = parse("Which papers appeared at the International Conference on Machine Learning?", directory)
    assert question.unknown_person is None and question.venue == "international conference on machine learning"
    assert parse("Which of Mensah's papers went to ICML?", directory).venue == "icml"


def test_names_of_places_do_not_decide_the_language(directory):
    assert parse("What is Mensah's appointment at Université de Montréal?", directory).lang == "en"
    assert parse("Quel est le poste de Mensah à l'Université McGill ?", directory).lang == "fr"
    assert parse("Which papers did Mensah present at the 41st ICML?", directory).topic == ""


def test_a_letter_hyphened_to_a_word_stays_in_the_topic_and_an_initial_does_not(directory):
    assert parse("Has Mensah published on k-means or t-SNE?", directory).topic == "k means t sne"
    assert parse("What has K. Mensah published on bird counting?", directory).topic == "bird counting"
    assert parse("Mensah travaille-t-il sur les réseaux de graphes ?", directory).topic.split() == ["network", "graph"]


def test_an_acronym_in_brackets_is_the_words_it_spells_said_again(directory):
    assert parse("Has Mensah published on graph neural networks (GNNs)?", directory).alternatives == \
        ["graph neural networks", "gnns"]
    assert parse("Mensah écrit-il sur les réseaux de neurones de graphes (GNN) ?", directory).alternatives == \
        ["graph neural network", "gnn"]
    # Brackets that spell nothing are no alternative.
    assert parse("Has Mensah published on bird counting (ICML)?", directory).alternatives == []
    # The acronym first, the words its capitals spell in brackets after it.
    assert parse("Has Mensah published on TideNets (tidal networks)?", directory).alternatives == \
        ["tidal networks", "tidenets"]


def test_one_word_before_or_shares_the_words_after_the_other_side(directory):
    assert parse("Has Mensah published on sparse or dense tabular forecasting?", directory).alternatives == \
        ["sparse tabular forecasting", "dense tabular forecasting"]
    # A preposition parts the shared words from the second side alone.
    assert parse("Has Mensah published on drift or noise in tabular forecasting?", directory).alternatives == \
        ["drift", "noise tabular forecasting"]
    # A side ends with its sentence: the next ask is no part of it.
    assert parse("Does Mensah study kelp maps or tide gauges? And what does his lab build?", directory).alternatives == \
        ["kelp maps", "tide gauges"]


def test_what_the_asker_says_of_themselves_frames_the_question(directory):
    question = parse("I'm interested in bird counting. What has Mensah put out in that area?", directory)
    assert question.attribute is None and question.asks_papers and "interested" not in question.topic
    assert "bird counting" in question.topic
    assert parse("Mensah seems to have written on bird counting", directory).topic == "bird counting"


def test_what_someones_research_is_about_asks_their_field(directory):
    assert parse("What is Mensah's research about?", directory).open_field
    assert parse("Sur quoi portent les recherches de Mensah ?", directory).open_field


def test_a_french_elided_article_is_no_part_of_a_typed_term(directory):
    assert parse("Que fait Mensah à l'UQAR ?", directory).terms == ["UQAR"]
    assert parse("Mensah a-t-il écrit sur l’échantillonnage ?", directory).terms == ["échantillonnage"]


def test_french_words_saying_where_to_read_frame_the_question(directory):
    # (as their English twins do: "mentioned on his page")
    assert parse("Quelles distinctions de Mensah sont mentionnées sur sa page ?", directory).terms == ["distinctions"]
    # Words saying a page shows something frame the question too: nothing is left to look for.
    assert parse("Quels articles de Mensah sa fiche affiche-t-elle ?", directory).terms == []
    assert parse("Which of Mensah's papers are shown on her page?", directory).terms == []


def test_recurring_co_authors_and_a_researchers_own_pages_are_read_from_the_words(directory):
    assert parse("Who does Mensah write with most often?", directory).recurring
    assert not parse("Who does Mensah write with?", directory).recurring
    question = parse("Qui co-écrit le plus souvent avec Mensah ?", directory)
    assert question.intent == Intent.COAUTHORS and question.recurring
    assert parse("List the papers on Mensah's profile page", directory).on_pages
    assert parse("List Mensah's papers", directory).on_pages is False
    assert parse("Every paper with Mensah, including those listed on other profiles", directory).on_pages is False
    assert parse("Quels articles figurent sur sa propre fiche, à Mensah ?", directory).on_pages


def test_a_name_with_an_apostrophe_leaves_nothing_in_the_topic():
    papers = [paper("p9", "Parsing with Trees", ["Siobhan O'Reilly"])]
    directory = Directory.build(papers, [Profile(researcher="Siobhan O'Reilly")])
    question = parse("What has Siobhan O'Reilly published on parsing?", directory)
    assert question.researchers == ["Siobhan O'Reilly"] and question.topic == "parsing"
    assert parse("papers by siobhan oreilly", directory).researchers == ["Siobhan O'Reilly"]


def test_a_mention_of_coauthors_in_a_fact_question_is_not_a_coauthor_question(directory):
    assert parse("What method do Mensah and co-authors put forward in LOOM?", directory).intent == Intent.FACT
    assert parse("Which datasets were used in the paper Mensah co-wrote on birds?", directory).intent == Intent.FACT
    assert parse("Who are Mensah's co-authors on LOOM?", directory).intent == Intent.COAUTHORS


# --------------------------------------------------------------------------------------------
# Follow-ups read against the conversation


def test_it_and_that_paper_refer_to_the_paper_the_last_answer_named(directory):
    from qa.question import focus_of
    focus = focus_of([("What has Côté-Lefebvre published on forecasting?",
                       "One paper: LOOM: Weaving Sparse Experts for Tabular Forecasting [1]")], directory)
    assert focus.papers == ["p1"] and focus.researchers == ["Anaïs Côté-Lefebvre"]
    coauthors = parse("Name its co-authors.", directory, focus=focus)
    assert (coauthors.intent, coauthors.papers) == (Intent.COAUTHORS, ["p1"])
    when = parse("When did it appear?", directory, focus=focus)
    assert (when.intent, when.papers) == (Intent.DATE, ["p1"])
    assert parse("Où cet article est-il paru ?", directory, focus=focus).papers == ["p1"]
    # Without a conversation the same words refer to nothing.
    assert parse("Name its co-authors.", directory).papers == []


def test_a_pronoun_for_a_person_keeps_the_researcher_and_a_new_name_replaces_it(directory):
    from qa.question import focus_of
    focus = focus_of([("Is Mensah still a member of Mila?", "Kwabena Mensah's page lists: Core member [1]")],
                     directory)
    assert parse("What has she published on birds?", directory, focus=focus).researchers == ["Kwabena Mensah"]
    assert parse("What has Côté-Lefebvre published on birds?", directory,
                 focus=focus).researchers == ["Anaïs Côté-Lefebvre"]


def test_the_other_one_is_a_paper_an_earlier_answer_named(directory):
    from qa.question import focus_of
    history = [("What has Côté-Lefebvre published?",
                "Two papers: Counting Birds with Graph Networks [1] and LOOM: Weaving Sparse Experts [2]"),
               ("Who co-wrote LOOM?", "LOOM: Weaving Sparse Experts for Tabular Forecasting: Kwame Boateng [1]")]
    other = parse("And the other one?", directory, focus=focus_of(history, directory))
    assert other.papers == ["p2"] and other.intent == Intent.COAUTHORS


def test_an_elliptic_follow_up_keeps_the_ask_and_changes_what_it_says(directory):
    from qa.question import focus_of
    focus = focus_of([("What has Mensah published on bird counting?", "Counting Birds with Graph Networks [1]")],
                     directory)
    later = parse("And in 2024?", directory, focus=focus)
    assert later.researchers == ["Kwabena Mensah"] and later.period.since == 2024 and later.topic == "bird counting"
    someone = parse("What about Côté-Lefebvre?", directory, focus=focus)
    assert someone.researchers == ["Anaïs Côté-Lefebvre"] and someone.topic == "bird counting"


def test_answers_given_as_cited_ids_and_untitled_papers_by_their_opening_words(directory):
    from qa.question import focus_of
    assert focus_of([("What did Wei Zhang publish?", ["p3", "nope"])], directory).papers == ["p3"]
    by_label = focus_of([("What did Wei Zhang publish?", "Untitled: Graph networks count birds in images. [1]")],
                        directory)
    assert by_label.papers == ["p3"]


@pytest.mark.parametrize("text", ["What does Mensah work on?", "what is kwabena mensah working on these days",
                                  "Mensah, c'est quoi son domaine ?", "Which field is Mensah in?",
                                  "what does mensah at laval study?"])
def test_an_open_ask_for_someones_field_reads_their_profile(directory, text):
    question = parse(text, directory)
    assert (question.intent, question.attribute, question.open_field) == (Intent.PROFILE, "topics", True), question


def test_a_field_word_inside_a_topic_or_a_papers_question_is_no_profile_ask(directory):
    assert parse("What has Mensah published on bird counting?", directory).intent == Intent.PAPERS
    assert not parse("Has Mensah done any work on graph networks?", directory).open_field


def test_earlier_work_is_prior_work_not_a_date_question(directory):
    question = parse("What limitation of earlier methods does the LOOM paper point out?", directory)
    assert question.intent == Intent.FACT, question
    assert parse("Which is older, LOOM or Counting Birds with Graph Networks?", directory).intent == Intent.DATE
    assert parse("Was LOOM published earlier than the bird paper?", directory).intent == Intent.DATE
    # Before any other noun the comparative qualifies it: no date is asked.
    assert parse("Which two drawbacks of earlier graph-counting approaches does the LOOM paper address?",
                 directory).intent == Intent.FACT
    assert parse("Which of Mensah's papers are newer?", directory).intent == Intent.DATE
    assert parse("List Mensah's earlier papers.", directory).intent == Intent.DATE


def test_function_words_leave_no_topic_so_a_whole_page_is_read(directory):
    question = parse("Give every co-author across all of Mensah's papers.", directory)
    assert question.intent == Intent.COAUTHORS and question.topic == ""
    topic = parse("Existe-t-il quelque chose de Mensah concernant les oiseaux ?", directory).topic
    assert topic and not {"quelque", "chose"} & set(topic.split())


def test_a_question_on_what_an_abstract_says_asks_a_fact_inside_the_paper(directory):
    question = parse("The forecasting abstract on Côté-Lefebvre's page mentions a limitation. What is it?", directory)
    assert question.intent == Intent.FACT, question


def test_a_question_asking_several_things_is_split_into_its_asks():
    from qa.question import asks_of
    assert asks_of("How does LOOM weave experts, and what drives its forecasts?", "en") == [
        "how does loom weave experts", "what drives its forecasts"]
    assert asks_of("Quel laboratoire dirige-t-elle ? Et avec qui ?", "fr")[1:] == ["avec qui"]
    assert asks_of("What has Mensah published on bird counting and graph networks?", "en") == []
    # A yes-or-no ask after ", and" is an ask of its own; "and" inside one ask splits nothing.
    assert asks_of("Which member type is Mensah, and are birds and tides among his topics?", "en") == [
        "which member type is mensah", "are birds and tides among his topics"]
    assert asks_of("Are birds and tides among Mensah's topics?", "en") == []
    # "… et c'est qui ?", "… et c'était combien ?": a French ask joined by "c'est" and a question word.
    assert len(asks_of("Le forum « Marées », ça se tenait dans quelle ville et c'était en quelle année ?", "fr")) == 2
    assert len(asks_of("Le forum « Marées », ça se tenait dans quelle ville, et c'était qui l'organisateur ?", "fr")) == 2
    assert asks_of("Le forum et c'est tout ?", "fr") == []
    # A French ask is read in English before its accents are folded: « étudié » is a word the lexicon knows.
    assert asks_of("Sa thèse, elle l'a défendue dans quel pays ? Et qu'avait-elle étudié avant ?", "fr")[1] == "qu avait elle study avant"
    # A sentence saying what the asker seeks asks nothing of its own, whatever cue words it holds.
    assert asks_of("Looking for a co-supervisor in kelp ecology. What is Mensah's research about?", "en") == []


def test_asks_of_a_page_field_and_of_a_paper_are_split_and_others_are_not(directory):
    from qa.question import split_asks

    mixed = parse("Which research topics does Mensah list, and who co-wrote the LOOM paper with him?", directory)
    asks = split_asks(mixed, directory)
    assert [(a.intent, a.attribute) for a in asks] == [(Intent.PROFILE, "topics"), (Intent.COAUTHORS, None)]
    assert all(a.researchers == ["Kwabena Mensah"] for a in asks)
    # An ask about "it", and a statement beside one ask stay one question.
    for text in ("What has Mensah published on bird counting? What does it find?",
                 "What is Mensah's position? His page seems to contradict itself."):
        assert split_asks(parse(text, directory), directory) == [], text


def test_asks_each_of_its_own_researcher_are_split(directory):
    from qa.question import split_asks

    text = "what does wei zhang's page say graph networks count, and which method does mensah's page name?"
    asks = split_asks(parse(text, directory), directory)
    assert [a.researchers for a in asks] == [["Wei Zhang"], ["Kwabena Mensah"]]
    # Two asks of the same researcher stay one question.
    assert split_asks(parse("What does Mensah's page count, and which method does Mensah's page name?", directory),
                      directory) == []


def test_a_paper_named_by_the_opening_words_of_its_title(directory):
    from qa.question import Directory

    assert parse("Who co-wrote the counting birds with graphs paper?", directory).papers == ["p2"]
    # Opening words two titles share name neither.
    two = Directory.build([paper("a", "Counting Birds with Drones at Sea", ["Kwabena Mensah"]),
                           paper("b", "Counting Birds with Radar on Land", ["Kwabena Mensah"])], [])
    assert parse("Who co-wrote the counting birds with paper?", two).papers == []
    assert parse("Who co-wrote the counting birds with drones paper?", two).papers == ["a"]
    # Opening words ending on a function word go on with the title's next word, or its initials.
    assert parse("Who co-wrote the counting birds with DaS paper?", two).papers == ["a"]
    assert parse("Who co-wrote the counting birds with care paper?", two).papers == []


def test_french_prepositions_are_no_topic_words(directory):
    question = parse("Mensah a travaillé sous quelle direction, et vers quoi est-il allé ensuite, sans quitter Laval ?", directory)
    assert not {"sous", "vers", "apres", "après"} & set(question.topic.split()), question.topic


def test_a_paper_is_named_by_the_name_its_abstract_coins_for_its_method():
    papers = [
        paper("g1", "Seabird Colonies Seen from Above", ["Kwabena Mensah"],
              abstract="Counting gulls is slow. We introduce a Gull Colony Counter (GCC) trained on drone images "
                       "and use reinforcement learning (RL) for flight plans."),
        paper("g2", "Flight Plans for Survey Drones", ["Kwabena Mensah"],
              abstract="We propose SkyPlan, a planner trained with reinforcement learning (RL)."),
        paper("g3", "Tern Tracking", ["Wei Zhang"], abstract="Large Language Models (LLMs) label tern calls."),
    ]
    directory = Directory.build(papers, [Profile(researcher="Kwabena Mensah"), Profile(researcher="Wei Zhang")])
    assert parse("Who co-wrote GCC?", directory).papers == ["g1"]
    assert set(parse("Compare SkyPlan and GCC", directory).papers) == {"g1", "g2"}
    assert parse("What has Mensah published with RL?", directory).papers == []  # two papers write RL
    assert parse("Which papers use LLMs?", directory).papers == []  # a kind of model, not one paper's name


def test_a_french_question_keeps_names_out_of_translation_and_knows_editorial_roles():
    directory = Directory.build([paper("t1", "Tern Tracking", ["Tal Moreau"])], [Profile(researcher="Tal Moreau")])
    question = parse("Tal Moreau est-elle rédactrice en chef d'une revue ?", directory)
    assert question.researchers == ["Tal Moreau"] and question.topic == "editor chief"


@pytest.mark.parametrize("text", ["Mensah a obtenu quels prix, et en quelles années ?",
                                  "Which awards did Mensah get, and in what years?"])
def test_words_asking_for_a_time_are_not_topic_words(directory, text):
    topic = parse(text, directory).topic.split()
    assert {"award", "awards"} & set(topic) and not {"annees", "years", "year"} & set(topic)


def test_words_the_cues_are_written_with_are_topic_words_where_no_cue_uses_them(directory):
    assert parse("What has Mensah published on language models?", directory).topic == "language models"
    assert parse("Which of Mensah's papers study graph algorithms?", directory).topic == "graph algorithms"
    assert "datasets" not in parse("Which datasets did the LOOM paper release?", directory).topic


def test_a_one_word_title_lead_that_is_a_word_names_no_paper():
    papers = [paper("s1", "Survey: Seabird Counting with Drones", ["Kwabena Mensah"]),
              paper("s2", "GullNet: Counting Gulls", ["Kwabena Mensah"])]
    directory = Directory.build(papers, [Profile(researcher="Kwabena Mensah")])
    assert parse("Is there a survey of seabird counting by Mensah?", directory).papers == []
    assert parse("Who wrote GullNet?", directory).papers == ["s2"]


def test_a_person_a_biography_mentions_but_no_page_profiles_is_unknown():
    src = Source(file="f.txt", url=None, line=1)
    profiles = [Profile(researcher="Kwabena Mensah", biography=[Sourced("He did his PhD under Jonas Berg in Oslo.", [src])])]
    directory = Directory.build([paper("m1", "Counting Birds with Graph Networks", ["Kwabena Mensah"])], profiles)
    assert parse("What is Jonas Berg's position at Mila?", directory).unknown_person == "Jonas Berg"
    assert parse("What is Mensah's position at Mila?", directory).unknown_person is None


def test_any_form_of_a_question_word_is_no_topic_word(directory):
    assert parse("Which of Mensah's papers have a venue shown on the page?", directory).topic == ""
    assert parse("Which of Mensah's papers are described as surveys?", directory).topic == "surveys"


def test_a_news_item_asked_about_is_no_paper(directory):
    assert not parse("When was the news story on Mensah's award published?", directory).asks_papers
    assert parse("When was Mensah's paper on birds published?", directory).asks_papers


def test_each_side_of_a_slash_or_an_or_is_a_topic_of_its_own(directory):
    assert parse("Mensah's papers on GNNs / graph networks", directory).alternatives == ["gnns", "graph networks"]
    assert parse("Has Mensah written on bird counts or drone surveys?", directory).alternatives == ["bird counts", "drone surveys"]
    assert parse("Has Mensah written on bird counts with drones?", directory).alternatives == []


@pytest.mark.parametrize("text, linked", [
    ("Mensah's LOOM paper has a co-author with her own profile page. What is her role?", True),
    ("The bird counting paper lists a co-author who is also a Mila professor; what does that person study?", True),
    ("Who wrote Mensah's LOOM paper with her, and what is Mensah's role?", False),
    # Being in the directory is having a page there.
    ("Mensah studied birds under a professor who is also listed in Mila's directory: what does he teach?", True),
    ("Mensah a étudié avec un professeur qui figure aussi dans l'annuaire des membres ; que fait-il ?", True),
    # Some of the people an ask finds, of a named researcher too; some of her papers are no one.
    ("Mensah co-wrote LOOM with two colleagues: who are they, and which of them leads a lab?", True),
    ("Mensah has two papers on birds. Which of them appeared at ICML?", False),
])
def test_a_question_about_whom_its_first_ask_leads_to_is_two_hops(directory, text, linked):
    assert parse(text, directory).asks_linked is linked


def test_a_second_ask_may_open_with_a_preposition():
    from qa.question import asks_of

    assert asks_of("Where did Mensah study, and in which year did she graduate?", "en") == [
        "where did mensah study", "in which year did she graduate"]
    assert len(asks_of("Quel labo dirige-t-elle, et de quelle université vient-elle ?", "fr")) == 2


def test_an_ask_opening_with_a_preposition_is_about_what_the_ask_before_is_about(directory):
    from qa.question import split_asks

    question = parse("When did Mensah complete her doctorate, and at which school?", directory)
    assert all(ask.attribute != "affiliations" for ask in split_asks(question, directory))


@pytest.mark.parametrize("text", ["every Mensah paper plz", "Mensah's papers, thx", "les articles de Mensah svp"])
def test_chat_politeness_is_no_topic(directory, text):
    assert parse(text, directory).topic == ""


@pytest.mark.parametrize("text", ["What is Kwabena Mensah at Google?", "what exactly is mensah for the lab",
                                  "Mensah, il est quoi au juste chez Google ?", "Et Wei Zhang, elle est quoi à l'Université Laval ?"])
def test_what_a_named_researcher_is_at_a_place_asks_their_role(directory, text):
    question = parse(text, directory)
    # (A place's kind, "university", "lab", asks a position: roles and positions are read together.)
    assert question.intent == Intent.PROFILE and question.attribute in {"roles", "affiliations"}, question


@pytest.mark.parametrize("text, counted", [("How many extra sensors did Mensah deploy in the kelp study?", "sensors"),
                                           ("How many additional buoys does the kelp paper by Mensah add?", "buoys"),
                                           ("Combien de capteurs supplémentaires Mensah a-t-il déployés ?", "sensor")])
def test_a_word_saying_the_counted_things_are_added_is_not_what_is_counted(directory, text, counted):
    # ("extra sensors" are sensors: a sentence giving "12 more sensors" or "sensors (+4%)" gives the figure.)
    assert parse(text, directory).quantity == counted


@pytest.mark.parametrize("text", ["Lesquels sont encore membres de l'institut : Mensah ou Wei Zhang ?",
                                  "Mensah et Wei Zhang, ils sont toujours membres ?"])
def test_being_still_members_asked_in_french_asks_their_listed_status(directory, text):
    assert parse(text, directory).attribute == "roles"


@pytest.mark.parametrize("text", ["Dans quelle ville Mensah est-il basé ?", "Mensah, il est installé dans quel pays ?",
                                  "Anaïs Côté-Lefebvre, dans quel pays est-elle établie ?"])
def test_a_place_asked_in_french_with_the_verb_after_its_pronoun_asks_where_someone_is(directory, text):
    from qa.question import asks_location

    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and asks_location(question), question


@pytest.mark.parametrize("text", ["Kwabena Mensah's research - core themes?", "mensah research broad areas pls"])
def test_research_topics_asked_with_a_word_between_research_and_topics_ask_the_listed_topics(directory, text):
    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and question.attribute == "topics", question


def test_what_a_researchers_paper_is_at_a_venue_asks_no_role(directory):
    assert parse("What is Mensah's paper at ICML about?", directory).attribute is None


def test_a_statement_before_the_question_does_not_set_the_field_asked(directory):
    # The first sentence speaks of a PhD; the question asks for research topics.
    question = parse("Mensah did his PhD with Wei Zhang. Name the research topics the two of them list?", directory)
    assert question.attribute == "topics", question


@pytest.mark.parametrize("text", [
    "Searching for a PhD advisor in graph learning - what does Mensah's research focus on?",  # (a dashed lead)
    "On the hunt for a mentor in AI. What is Mensah's research about?",  # (a sentence ending on an acronym)
    "En quête d'un directeur de doctorat en vision. Mensah travaille sur quoi ?",  # (spoken French after it)
    "On the lookout for somebody at Harbour U doing graph learning - what topics does Mensah list?"])  # ("somebody" asks no one)
def test_a_lead_saying_what_the_asker_seeks_does_not_set_the_field_asked(directory, text):
    # The lead names a supervisor the asker wants; the question asks what Mensah researches.
    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and question.attribute == "topics", question


@pytest.mark.parametrize("text, field", [
    ("Mensah's two pages disagree about his academic rank. So what does each one give?", "roles"),  # (nothing asked after)
    ("Mensah and Wei Zhang studied under one advisor. Who is he?", "supervisors"),  # ("who is" says less than the scene)
    ("Which roles does Dr. Mensah hold?", "roles"),  # (no sentence ends at "Dr.")
])
def test_a_statement_before_the_question_gives_the_field_when_the_question_names_none(directory, text, field):
    assert parse(text, directory).attribute == field


@pytest.mark.parametrize("text", ["Qui a dirigé la maîtrise de Mensah ? Qui était sa directrice de maîtrise ?",
                                  "Mensah avait quel directeur de doctorat ?"])
def test_a_french_degree_director_is_a_supervisor(directory, text):
    assert parse(text, directory).attribute == "supervisors"


@pytest.mark.parametrize("text", ["Who did Mensah do his doctorate with?", "With whom did Wei Zhang complete her dissertation?",
                                  "Mensah il a préparé son doctorat avec qui ?", "Avec qui Wei Zhang a-t-elle achevé sa thèse ?"])
def test_whom_a_thesis_was_done_with_asks_the_supervisors(directory, text):
    assert parse(text, directory).attribute == "supervisors"


@pytest.mark.parametrize("text", ["Is Mensah the harbour lab's senior advisor or its director? Its two pages differ.",
                                  "Which position does Wei Zhang hold: policy advisor to the ethics institute, or a seat on its advisor board?"])
def test_an_advisor_named_by_the_post_is_a_role_not_a_supervisor(directory, text):
    # "senior advisor", "policy advisor", "advisor board": a title someone holds, not who advised them.
    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and question.attribute not in {"supervisors", "students"}, question


def test_an_advisor_of_the_person_is_still_a_supervisor(directory):
    assert parse("Who was Wei Zhang's doctoral advisor?", directory).attribute == "supervisors"


def test_a_news_items_title_words_stay_in_the_topic_beside_the_word_for_its_kind(directory):
    # "tribute" says what kind of page is read; « In Memoriam » is which one.
    assert "memoriam" in parse("Mensah's 'In Memoriam' tribute: what date is it from?", directory).topic.split()


def test_names_then_who_asks_which_of_them(directory):
    question = parse("Mensah, Wei Zhang, Côté-Lefebvre : qui a « réseaux de graphes » dans ses sujets ?", directory)
    assert question.intent == Intent.WHO and question.attribute == "topics", question


def test_a_field_asked_of_the_biography_is_that_field(directory):
    """The biography says where to read; what is asked is the field the rest of the question names."""
    assert parse("Going by the bio, which academic rank does Mensah hold?", directory).attribute == "roles"
    assert parse("D'après sa biographie, Mensah occupe quel poste ?", directory).attribute == "roles"


def test_an_ask_opening_with_a_preposition_naming_no_other_field_is_of_the_ask_before(directory):
    """"…, and over what period did she hold a postdoc?" names no page field of its own: it is read with
    what the ask before is about ("finish phd"); an ask of another field is read alone."""
    from qa.question import each_ask

    asks = each_ask(parse("When did Mensah finish her PhD, and over what period did she hold a postdoc?", directory), directory)
    assert "phd" in asks[-1].topic and "postdoc" in asks[-1].topic
    asks = each_ask(parse("Who supervised Mensah's PhD, and for which company does she work today?", directory), directory)
    assert "phd" not in asks[-1].topic


def test_dated_asks_a_date_and_the_name_of_a_proposed_method_asks_a_name(directory):
    assert parse("Which of Mensah's papers are dated 2024?", directory).topic == ""
    assert parse("In LOOM, what is the new architecture called?", directory).asks_name
    assert parse("Dans LOOM, quels jeux de données servent à l'évaluation ?", directory).asks_name


def test_earlier_in_a_persons_career_asks_no_date(directory):
    assert parse("Who supervised Mensah earlier in her career?", directory).intent == Intent.PROFILE
    assert parse("Which of Mensah's papers are older than LOOM?", directory).intent == Intent.DATE


def test_in_what_capacity_frames_the_question_and_capacity_elsewhere_is_a_topic(directory):
    assert parse("Which researchers' pages mention Deltares, and in what capacity?", directory).topic == "deltares"
    assert "capacity" in parse("Has Mensah written on model capacity?", directory).topic


def test_a_page_field_beside_a_list_of_the_papers_is_split(directory):
    from qa.question import split_asks

    asks = split_asks(parse("Mensah: is she still at Mila, and which papers are on her page?", directory), directory)
    assert [a.intent for a in asks] == [Intent.PROFILE, Intent.LIST]


def test_an_ask_opening_with_and_what_is_not_elliptic(directory):
    """"…, and what was her PhD about?" asks anew: only an ask opening with a preposition ("and at
    which lab?") borrows the topic of the ask before."""
    from qa.question import split_asks

    asks = split_asks(parse("Which papers has Mensah written on Hydro-Québec data, and what was her PhD about?", directory), directory)
    assert "hydro" not in asks[-1].topic and "phd" in asks[-1].topic
    assert cue("elliptic", flatten("and at which lab?")) and not cue("elliptic", flatten("and what about it?"))


def test_asks_opening_with_a_preposition_after_a_statement_share_its_subject(directory):
    """"She holds two degrees. In what subjects, and from which universities?" is one ask of the
    page, not a page field beside a search of the papers for "universities"."""
    from qa.question import split_asks

    assert split_asks(parse("Mensah holds two degrees. In what subjects, and from which universities?", directory),
                      directory) == []


def test_an_ask_after_and_may_open_with_any_preposition():
    from qa.question import ask_pieces

    assert ask_pieces("When did she defend, and during what period did she live in Oslo?") == \
        ["When did she defend", "and during what period did she live in Oslo?"]
    assert len(ask_pieces("Où a-t-elle soutenu, et depuis quand enseigne-t-elle ?")) == 2


def test_an_ask_after_a_question_mark_asks_though_its_own_mark_is_left_off():
    from qa.question import ask_pieces

    assert ask_pieces("when did the harbour fund open? and who runs it now") == \
        ["when did the harbour fund open?", "and who runs it now"]
    assert len(ask_pieces("Quand le fonds a-t-il ouvert ? et qui le dirige")) == 2
    # (A statement after it asks nothing.)
    assert ask_pieces("Where does she teach? I read her page last week") == ["Where does she teach?"]


def test_a_subtitle_names_its_paper(directory):
    assert parse("Who wrote the 'sparse experts for tabular forecasting' paper?", directory).papers == ["p1"]
    songs = Directory.build([paper("m1", "Motet: Counting Songbirds from Dawn Chorus Recordings", ["Kwabena Mensah"])],
                            [Profile(researcher="Kwabena Mensah")])
    assert parse("Who co-wrote the Motet counting songbirds paper?", songs).papers == ["m1"]
    both = Directory.build([paper("m1", "Motet: Counting Songbirds from Dawn Chorus Recordings", ["Kwabena Mensah"]),
                            paper("m2", "Sparse Experts for Tabular Forecasting", ["Kwabena Mensah"])],
                           [Profile(researcher="Kwabena Mensah")])
    assert set(parse("Who co-wrote the Motet counting songbirds paper and 'Sparse Experts for Tabular Forecasting'?",
                     both).papers) == {"m1", "m2"}
    assert parse("Who wrote weaving sparse experts for tabular forecasting?", directory).papers == ["p1"]


def test_saying_the_pages_differ_or_naming_the_coauthor_role_leaves_no_topic(directory):
    assert parse("Kwame Boateng shows up as a coauthor on two different pages: which papers?", directory).topic == ""
    assert parse("Les deux pages de Mensah listent des articles différents : lesquels ?", directory).topic == ""


@pytest.mark.parametrize("text", ["According to her bio, which of Mensah's papers started the field of bird counting?",
                                  "Selon sa biographie, quels articles publiés par Mensah ont lancé le comptage d'oiseaux ?"])
def test_a_question_that_reads_the_biography_asks_the_page_though_it_asks_about_works(directory, text):
    question = parse(text, directory)
    assert (question.intent, question.attribute) == (Intent.PROFILE, "biography")


def test_self_supervised_asks_no_supervisor(directory):
    assert parse("Is Mensah into self-supervised learning?", directory).attribute is None


def test_a_french_counted_phrase_is_read_in_english_before_it_is_cut(directory):
    assert parse("Combien d'ensembles de données sont cités par LOOM ?", directory).quantity == "dataset"


@pytest.mark.parametrize("text", ["What does Mensah do at Hydro-Québec?", "what does kwabena mensah do", "Que fait Mensah ?"])
def test_what_someone_does_asks_their_roles(directory, text):
    question = parse(text, directory)
    assert (question.intent, question.attribute) == (Intent.PROFILE, "roles")


def test_what_a_paper_does_asks_no_role(directory):
    assert parse("What does LOOM do with sparse experts?", directory).intent != Intent.PROFILE


def test_what_is_set_aside_is_not_asked(directory):
    assert parse("Besides her bird counting work, what has Mensah published on energy?", directory).topic == "energy"
    assert parse("Which papers other than bird counting ones has Mensah written, on energy?", directory).topic == "energy"
    # A list set aside runs past its commas to its last item; an ask after a comma is no item.
    for text, kept in (("Apart from Tromsø, Bergen and Oslo, which cities run a seal survey?", "seal"),
                       ("À part Tromsø, Bergen et Oslo, quelles villes font un recensement ?", "city")):
        topic = set(parse(text, directory).topic.split())
        assert not topic & {"tromso", "bergen", "oslo", "apart", "part"} and kept in topic, (text, topic)
    topic = set(parse("Besides her kelp post, which harbour role and which dock lab?", directory).topic.split())
    assert "kelp" not in topic and {"harbour", "dock"} <= topic


def test_asks_of_two_page_fields_are_answered_each(directory):
    from qa.question import split_asks

    asks = split_asks(parse("Mensah: what kind of member is she, and where did she earn her doctorate?", directory), directory)
    assert [a.attribute for a in asks] == ["roles", "biography"]
    assert split_asks(parse("What is Mensah's role, and which university employs her?", directory), directory) == []


def test_according_to_the_profile_reads_the_page_unless_papers_are_asked(directory):
    assert parse("Which sponsors backed Mensah's work, according to her profile?", directory).intent == Intent.PROFILE
    assert parse("According to her profile, which papers has Mensah written?", directory).intent != Intent.PROFILE


def test_an_ask_that_says_nothing_of_publications_is_not_split_off_as_the_papers(directory):
    from qa.question import split_asks

    assert split_asks(parse("Which lab does Mensah run, and which society did she start?", directory), directory) == []


def test_how_many_naming_nothing_counts_the_field_the_question_asks(directory):
    question = parse("Whose page lists more research topics, Mensah's or Zhang's? And each gives how many?", directory)
    assert (question.intent, question.counted) == (Intent.COUNT, "topics")


def test_a_decimal_point_ends_no_ask():
    from qa.question import ask_pieces

    assert ask_pieces("How long did training the 2.7B-parameter LOOM take?") == \
        ["How long did training the 2.7B-parameter LOOM take?"]


def test_a_question_mark_inside_a_quoted_title_ends_no_ask():
    from qa.question import ask_pieces

    assert ask_pieces("In 'Can Kelp Forests Store Carbon?' by Mensah, which sites were sampled and how often?") == \
        ["In 'Can Kelp Forests Store Carbon?' by Mensah, which sites were sampled", "and how often?"]
    assert len(ask_pieces("Dans « Les forêts de varech stockent-elles le carbone ? », quels sites ont été suivis ?")) == 1


@pytest.mark.parametrize("text", ["Where did Mensah do her undergrad and her grad degrees?",
                                  "Which degrees does Mensah hold?", "Where did Mensah study?",
                                  "Où Mensah a-t-elle fait sa licence ?"])
def test_degrees_and_studies_ask_the_biography(directory, text):
    question = parse(text, directory)
    assert (question.intent, question.attribute) == (Intent.PROFILE, "biography")


def test_the_plural_of_a_page_word_a_cue_matches_is_no_topic(directory):
    question = parse("Which papers are listed for Mensah in both the French and English versions of her profile?", directory)
    assert question.topic == "" and question.intent == Intent.LIST


def test_a_french_inverted_pronoun_is_no_part_of_the_word():
    from qa.question import Directory

    question = parse("Où Mensah enseigne-t-elle la statistique ?", Directory.build([], []))
    assert "enseigne" in question.terms and not any("-t-" in t for t in question.terms)


@pytest.mark.parametrize("text", ["What sort of research does Mensah do at Laval?",
                                  "Mensah: what are the main themes of her current research?"])
def test_asking_the_kind_or_themes_of_someones_research_is_an_open_ask_for_their_field(directory, text):
    assert parse(text, directory).open_field


def test_a_hyphenated_coined_name_and_a_long_called_ask():
    from qa.question import Directory, coined_names

    assert "Gull-Net" in coined_names("We also propose Gull-Net, a counting network for seabird colonies.")
    assert "GullNet" in coined_names("We evaluate our resulting GullNet model on two colonies.")
    assert parse("What is the counting network they introduce called?", Directory.build([], [])).asks_name


def test_work_rewarded_is_not_work_published(directory):
    assert not parse("Quels honneurs Mensah a-t-elle obtenus pour ses travaux ?", directory).asks_papers
    assert parse("Quels travaux Mensah a-t-elle menés sur les oiseaux ?", directory).asks_papers


@pytest.mark.parametrize("text", ["Who advised Mensah, and where does that supervisor teach now?",
                                  "Qui a encadré le doctorat de Mensah, et ce professeur enseigne-t-il encore ?"])
def test_the_person_a_first_ask_finds_may_be_asked_about_again(directory, text):
    assert parse(text, directory).asks_linked


def test_a_role_word_stays_a_topic_word_where_it_names_no_one_found_before(directory):
    assert "directeur" in parse("Quand Mensah a-t-elle été nommée directeur scientifique ?", directory).terms


def test_hedges_and_holding_are_no_topic_words(directory):
    assert parse("What has Mensah written? I believe something on seabirds", directory).topic == "seabirds"
    assert "holder" not in parse("Mensah ou Zhang : qui est titulaire de la chaire de recherche ?", directory).topic


def test_not_only_her_own_page_reads_past_it(directory):
    assert not parse("What has Mensah written on birds? Not only the papers on her own profile, please.", directory).on_pages
    assert parse("What has Mensah written on birds, on her own profile?", directory).on_pages


def test_a_paper_listed_on_a_page_is_no_ask_for_the_list(directory):
    assert parse("Pour le papier listé sur la page de Mensah à propos des oiseaux, quel modèle est utilisé ?", directory).intent != Intent.LIST
    assert parse("Donnez la liste des articles de Mensah.", directory).intent == Intent.LIST


def test_how_much_with_a_comparative_asks_a_degree_and_with_a_noun_a_quantity(directory):
    faster = parse("How much quicker is LOOM than dense experts?", directory)
    assert faster.intent == Intent.FACT and not faster.quantity
    assert parse("How much energy does LOOM save?", directory).quantity == "energy"
    by_how_much = parse("By how much do sparse experts shrink LOOM's error?", directory)
    assert by_how_much.intent == Intent.FACT and not by_how_much.quantity


def test_an_auxiliary_after_what_asks_no_name(directory):
    assert not parse("What does model averaging introduce in LOOM?", directory).asks_name
    assert parse("Which base model does LOOM start from?", directory).asks_name


def test_a_cue_that_only_signals_leaves_its_words_in_the_topic(directory):
    assert parse("What has Mensah written about clinical datasets?", directory).topic == "clinical datasets"


def test_names_typed_in_lower_case_say_nothing_of_the_language(directory):
    assert parse("anais cote-lefebvre phd advisor?", directory).lang == "en"
    assert parse("kwabena mensah a obtenu son doctorat dans quelle université ?", directory).lang == "fr"


def test_a_statement_between_asks_is_no_ask():
    from qa.question import asks_of

    assert asks_of("Mensah has a paper on gull colonies. Which model does it use, and what does it count?", "en") == [
        "which model does it use", "what does it count"]


def test_an_ask_of_no_papers_beside_a_page_field_lists_no_papers(directory):
    from qa.question import split_asks

    asks = split_asks(parse("Mensah's two pages give her post at Université Laval in two ways. Which two?", directory),
                      directory)
    assert Intent.LIST not in [a.intent for a in asks]


def test_an_agent_or_a_baseline_asked_for_is_a_fact_with_a_name(directory):
    question = parse("Which reference agent do the LOOM authors compare against?", directory)
    assert question.intent == Intent.FACT and question.asks_name
    assert parse("In LOOM, which strong baselines are reported?", directory).asks_name


def test_what_comes_after_rather_than_is_not_asked(directory):
    assert parse("Has Mensah published on sparse rather than dense forecasting?", directory).topic == "sparse forecasting"
    # A word said before as well stays: it is asked too.
    assert parse("Has Mensah written on bird counting, not just bird surveys?", directory).topic == "bird counting bird surveys"


@pytest.mark.parametrize("text", ["Mensah and Wei Zhang: who did they share the Kelp Prize with?",
                                  "Avec qui Mensah et Wei Zhang ont-ils partagé le prix Kelp ?",
                                  "Le prix Kelp, Mensah et Wei Zhang l'ont partagé avec qui ?"])
def test_with_whom_a_thing_was_shared_asks_a_person_not_what_two_have_in_common(directory, text):
    assert parse(text, directory).intent != Intent.COMMON
    assert parse("What do Mensah and Wei Zhang share?", directory).intent in {Intent.COMMON, Intent.COMPARE}


def test_a_name_typed_with_a_typo_is_no_word_of_the_ask(directory):
    # "Mensha" is Mensah as typed: each ask keeps what it asks, not the name's letters.
    question = parse("who edited the kelp atlas with kwabena mensha, and when did wei zhang join the lab?", directory)
    assert "Kwabena Mensah" in question.researchers and question.parts, question
    assert not any("mensha" in part.split() for part in question.parts), question.parts


@pytest.mark.parametrize("text", ["Mensah or Wei Zhang: which one held a postdoc outside Norway, and where?",
                                  "Entre Mensah et Wei Zhang, qui a fait son postdoc hors de la Norvège ?"])
def test_the_place_a_question_leaves_out_is_no_word_to_find(directory, text):
    # "outside Norway" asks for somewhere else: a sentence naming Norway is not the one sought.
    question = parse(text, directory)
    assert not {"norway", "norvege"} & {fold(t) for t in question.terms} and "norway" not in question.topic, question


@pytest.mark.parametrize("text, asked, excluded", [
    ("Has Mensah published on seabird tracking (not the GPS kind)?", "seabird tracking", ["gps"]),
    ("Quelles bourses Mensah a-t-elle reçues ? Pas celles du FRQNT, les autres.", "fellowship", ["frqnt"]),
    # A negated verb and "not only" rule nothing out.
    ("Has Mensah not published on seabird tracking?", "seabird tracking", []),
    ("Has Mensah written on seabirds, not only on tracking?", "tracking", []),
])
def test_a_clause_opening_on_not_rules_out_what_it_names(directory, text, asked, excluded):
    question = parse(text, directory)
    assert question.excluded == excluded and asked in question.topic
    assert not set(excluded) & set(question.topic.split()) and not set(excluded) & {fold(t) for t in question.terms}


@pytest.mark.parametrize("text", ["Pour LOOM, que se produit-il quand on ajoute des experts ?",
                                  "Selon LOOM, que se passe-t-il quand la demande d'énergie double ?"])
def test_what_happens_when_asks_a_fact_not_a_date(directory, text):
    # « quand » after "what happens" opens a condition; asked alone, it asks when.
    assert parse(text, directory).intent == Intent.FACT
    assert parse("Quand l'article LOOM a-t-il paru ?", directory).intent == Intent.DATE


@pytest.mark.parametrize("text", ["Quels postes respectifs Mensah et Boateng occupent-ils à l'Ocean Hub ?",
                                  "What are the respective posts of Mensah and Boateng at the Ocean Hub?"])
def test_respective_spreads_the_ask_over_the_people_named_and_is_no_topic(directory, text):
    assert parse(text, directory).topic.split()[-2:] == ["ocean", "hub"]
    assert not {"respectifs", "respective"} & set(parse(text, directory).topic.split())


def test_a_venue_asked_of_a_paper_someone_co_wrote_asks_the_venue(directory):
    assert parse("Which journal took the LOOM paper Mensah co-wrote?", directory).intent == Intent.VENUE
    assert parse("Who co-wrote the LOOM paper in the ICML proceedings?", directory).intent == Intent.COAUTHORS


def test_what_an_acronym_stands_for_is_a_fact_even_beside_work_with(directory):
    assert parse("In Mensah's work with LOOM, what does MoE stand for?", directory).intent == Intent.FACT


def test_as_a_number_asks_a_figure_naming_the_topic(directory):
    assert parse("What is Kwabena Mensah's citation count, as a number?", directory).quantity
    assert parse("Quel est le nombre de citations de Kwabena Mensah, en chiffres ?", directory).quantity
    assert not parse("What is Kwabena Mensah's citation count?", directory).quantity
    # A noun that only ever names an amount, asked by "what"/"quel", asks its figure.
    assert parse("What yearly budget did the LOOM project get from the city?", directory).quantity
    assert parse("Quel coût la ville a-t-elle payé pour le projet LOOM ?", directory).quantity
    assert not parse("Quel prix Kwabena Mensah a-t-il reçu ?", directory).quantity  # (a prize, in French)


def test_how_many_counts_a_question_word_that_comes_first(directory):
    assert parse("How many researchers joined the LOOM project?", directory).quantity.startswith("researcher")
    assert parse("Combien de chercheurs le projet LOOM a-t-il réunis ?", directory).quantity.startswith("researcher")
    assert parse("How many of the experts does LOOM weave?", directory).quantity.startswith("expert")


def test_show_asks_for_a_list_only_of_papers_and_what_did_they_do_asks_a_fact(directory):
    assert parse("In Mensah's bird counting paper, what did they measure to show the networks generalise?",
                 directory).intent == Intent.FACT
    assert parse("Show me all of Mensah's papers.", directory).intent == Intent.LIST
    assert parse("Show the papers of Mensah.", directory).intent == Intent.LIST
    assert parse("What did they publish on birds, Mensah and Côté-Lefebvre?", directory).intent != Intent.FACT


def test_which_llms_or_networks_asks_for_names(directory):
    assert parse("For LOOM, which LLMs did the authors test?", directory).asks_name
    assert parse("Which networks does LOOM compare?", directory).asks_name
    assert parse("What has Mensah written on LLMs?", directory).topic  # the word stays a topic elsewhere


def test_a_researcher_given_settles_an_ambiguous_name_that_may_mean_them(directory):
    assert parse("What did Zhang publish?", directory).candidates
    settled = parse("What did Zhang publish?", directory, researcher="Wei Zhang")
    assert settled.researchers == ["Wei Zhang"] and not settled.candidates


@pytest.mark.parametrize("text", ["Besides Kwabena Mensah, who wrote the forecasting paper with Côté-Lefebvre?",
                                  "En dehors de Mensah, avec qui Côté-Lefebvre a-t-elle écrit sur la prévision ?"])
def test_a_researcher_set_aside_is_not_asked_about(directory, text):
    assert parse(text, directory).researchers == ["Anaïs Côté-Lefebvre"]


def test_a_researcher_set_aside_and_named_again_is_asked_about(directory):
    question = parse("Apart from forecasting, what did Mensah and Côté-Lefebvre write? And Mensah alone?", directory)
    assert set(question.researchers) == {"Kwabena Mensah", "Anaïs Côté-Lefebvre"}


def test_a_dictionary_word_is_no_mistyped_name():
    papers = [paper("p9", "Sparse Experts", ["Kwabena Mensah"], ["Rémi Vasseur", "Tobias Kessler"])]
    directory = Directory.build(papers, [Profile(researcher="Kwabena Mensah")])
    # "remis" (French, "awarded") is one edit from "Rémi"; "Kesler" is no word and one edit from "Kessler".
    assert parse("Quel est le montant remis à chaque lauréat ?", directory).coauthors == []
    assert parse("What did Mensah write with Tobias Kesler?", directory).coauthors == ["Tobias Kessler"]


@pytest.mark.parametrize("text", ["Apart from Côté-Lefebvre, who is listed on LOOM?",
                                  "Which authors does her page give for LOOM?",
                                  "Quels auteurs sa page indique-t-elle pour LOOM ?"])
def test_asking_who_is_listed_on_a_paper_asks_its_coauthors(directory, text):
    assert parse(text, directory).intent == Intent.COAUTHORS


def test_what_a_persons_lab_works_on_asks_their_field_not_where_they_work(directory):
    asked = parse("What does Wei Zhang's lab work on these days?", directory)
    assert asked.attribute == "topics" and asked.open_field
    assert parse("Which lab is Wei Zhang in?", directory).attribute == "affiliations"


def test_capitalised_words_after_an_article_name_a_thing_not_a_stranger(directory):
    assert parse("Who founded the Harbour Institute?", directory).unknown_person is None
    assert parse("What has Jonas Berg published on forecasting?", directory).unknown_person == "Jonas Berg"


def test_someone_asks_who_only_in_a_yes_no_question(directory):
    assert parse("Has anyone here published on tabular forecasting?", directory).intent == Intent.WHO
    assert parse("What is the date of the call for someone to lead the forecasting team?", directory).intent != Intent.WHO


def test_a_person_asked_of_a_conference_is_no_venue_asked(directory):
    assert parse("Who spoke on the first panel of the forecasting conference?", directory).intent != Intent.VENUE
    assert parse("Qui a pris la parole lors du premier panel de cette conférence sur la prévision ?", directory).intent != Intent.VENUE
    assert parse("At which conference was LOOM published?", directory).intent == Intent.VENUE


def test_a_comparison_or_a_choice_of_age_between_a_named_paper_and_another_asks_two_papers(directory):
    assert parse("How do LOOM and the paper on counting birds differ in their methods?", directory).two_papers
    assert parse("Which is older: LOOM or the bird-counting paper?", directory).two_papers
    assert not parse("When was the LOOM paper published?", directory).two_papers
    assert not parse("Which papers on forecasting are older than 2024?", directory).two_papers


def test_research_directions_and_axes_are_research_topics(directory):
    assert parse("What research directions is Wei Zhang currently pursuing?", directory).attribute == "topics"
    assert parse("Quels sont les axes de recherche de Wei Zhang ?", directory).attribute == "topics"


@pytest.mark.parametrize("text, asks_date", [
    ("Which grant is larger, the five-year one or the 2 year one?", False),
    ("Is the 3 year fellowship paid?", False),
    ("In which year was the fellowship started?", True),
    ("Which deadline applies to the fellowship?", True),
    ("What makes new kelp farms fail in their first year?", False),  # a year counted from something
    ("How many papers does she publish each year?", False),
    ("Which year did the kelp farm open?", True),
    ("When was the kelp farm opened?", True),
])
def test_a_length_in_years_is_no_ask_for_a_date(text, asks_date):
    assert cue("date", flatten(text)) is asks_date


def test_a_who_question_naming_nobody_is_read_ask_by_ask(directory):
    from qa.question import each_ask

    question = parse("Which professor heads the survey of harbour seals, and who funds the seal tagging?", directory)
    first, second = each_ask(question, directory)
    assert first.asks_person and "seal" in first.topic
    assert second.asks_person and "fund" in second.topic


def test_a_list_of_asks_after_a_colon_is_read_ask_by_ask():
    from qa.question import ask_pieces

    assert ask_pieces("Sketch Ines Varga for me: her post at the institute, what she founded, "
                      "and her training before that.") == ["her post at the institute", "what she founded",
                                                           "her training before that"]
    assert ask_pieces("Résume son parcours : son poste actuel, son doctorat, ses prix.") == [
        "son poste actuel", "son doctorat", "ses prix"]
    # A title's subtitle, or one topic of several words, is no list of asks.
    assert len(ask_pieces("What does LOOM: Weaving Sparse Experts for Tabular Forecasting find?")) == 1
    assert len(ask_pieces("Tell me about her work: graph networks and algorithmic reasoning.")) == 1


def test_a_multi_year_thing_asks_no_date_and_whats_the_value_asks_a_figure(directory):
    from qa.question import Intent

    question = parse("What's the grant amount of Kwame Boateng's multi-year award?", directory)
    assert question.intent != Intent.DATE
    assert question.quantity  # "what's …": the contraction asks as "what is" does


@pytest.mark.parametrize("text", ["Give me the member type of every researcher.",
                                  "Donnez le statut de chaque chercheur."])
def test_a_question_about_each_researcher_asks_it_of_every_researcher_here(directory, text):
    question = parse(text, directory)
    assert question.researchers == ["Anaïs Côté-Lefebvre", "Kwabena Mensah", "Mei Zhang", "Wei Zhang"]
    assert question.attribute == "roles"
    assert parse("Which researchers work on bird counting?", directory).researchers == []


def test_a_french_ask_for_a_name_is_known_once_its_noun_is_put_into_english():
    # A French ask is put into English word by word ("quel modèle" → "quel model"): still a name asked.
    from qa.question import asks_of, cue
    parts = asks_of("Dans LOOM, quelle méthode a été entraînée, et avec combien de capteurs ?", "fr")
    assert cue("asks_name", f" {parts[0]} ")


def test_a_paper_named_by_capitalised_words_is_kept_as_its_title_without_the_question_word(directory):
    assert parse("Which Sparse Kelp Networks paper did Mensah write?", directory).titled == "Sparse Kelp Networks"
    assert parse("What Kelp Networks paper did Mensah write?", directory).titled is None  # two words name no title
    assert parse("When did the Counting Birds with Graph Networks paper appear?", directory).titled is None  # a title


def test_a_title_quoted_of_a_named_researchers_paper_that_none_of_theirs_has_is_kept(directory):
    assert parse("Who co-wrote Mensah's paper 'Tidal Flows Revisited'?", directory).titled == "Tidal Flows Revisited"
    assert parse("Qui a cosigné l'article « Tidal Flows Revisited » de Mensah ?", directory).titled == "Tidal Flows Revisited"
    # Of no one named, a quoted "article" may be a news item's headline.
    assert parse("What does the article « Tidal Flows Revisited » say?", directory).titled is None


def news_directory(sentence: str | None, authors=()) -> Directory:
    """A directory of one researcher's kelp paper, beside one news item (no one's page) writing ``sentence``."""
    src = Source(file="n.txt", url="https://mila.quebec/en/news/kelp-item", line=1)
    items = [Profile(researcher="Kelp news", unowned=True, news=[Sourced(sentence, [src])])] if sentence else []
    return Directory.build([paper("k1", "Kelp Growth from Drone Images", ["Kwabena Mensah"], authors)],
                           [Profile(researcher="Kwabena Mensah")], items)


def test_a_name_a_news_item_writes_is_no_typo_of_a_coauthors_first_name():
    # "Marlen" is one edit from the co-author Arlen Voss's first name, but a news item writes "Marlen Wood".
    question = "what lab will Marlen join this summer?"
    assert parse(question, news_directory(None, ["Arlen Voss"])).coauthors == ["Arlen Voss"]
    with_news = parse(question, news_directory("Marlen Wood will intern in the kelp lab this summer.", ["Arlen Voss"]))
    assert with_news.coauthors == [] and with_news.researchers == []


def test_a_lower_case_word_an_edit_from_a_coauthors_surname_is_a_word_not_that_coauthor():
    # "kelpa" is one edit from the co-author Ines Kelpo's surname: typed in lower case, it is the
    # word the question uses; typed with a capital, it is her name mistyped. A researcher's name
    # mistyped in lower case is still found.
    listed = Directory.build([paper("k2", "Drift Maps", ["Kwabena Mensah"], ["Ines Kelpo"])],
                             [Profile(researcher="Kwabena Mensah")])
    assert parse("which kelpa farms did the drift maps item list?", listed).coauthors == []
    assert parse("which paper did Mensah write with Kelpa?", listed).coauthors == ["Ines Kelpo"]
    assert parse("what has kwabena mensha written?", listed).researchers == ["Kwabena Mensah"]


@pytest.mark.parametrize("text, expected", [
    ("Where are Tidewell and Brightfin Labs each headquartered?", ["tidewell headquartered", "brightfin labs headquartered"]),
    ("Quelle ville accueille respectivement Tidewell et Brightfin ?", ["city host tidewell", "city host brightfin"]),
    ("Where are Tidewell and Brightfin Labs headquartered?", []),  # the same asked of both together
    ("Did Tidewell and Brightfin Labs cite each other?", []),
])
def test_the_same_asked_of_each_of_two_named_things_reads_each_on_its_own(directory, text, expected):
    assert parse(text, directory).conjuncts == expected


@pytest.mark.parametrize("text", [
    "Which app did the two fellows build, and according to the app's own page, what keeps most students from finishing?",
    "Quelle appli les deux boursiers ont-ils créée, et selon le site de l'appli, qu'est-ce qui empêche les étudiants de finir ?",
])
def test_an_ask_after_and_may_open_by_saying_where_to_read(text):
    from qa.question import asks_of
    assert len(asks_of(text, "fr" if "appli " in text else "en")) == 2


@pytest.mark.parametrize("typed", ["runa eskeland", "Runa Eskelund", "runa eskelund"])
def test_a_name_the_pages_prose_writes_is_found_in_lower_case_or_with_a_slip(typed):
    directory = news_directory("Farms need cheap sensors, said Runa Eskeland, the chief executive of Tidewell.")
    assert parse(f"{typed} what does she do", directory).unknown_person == "Runa Eskeland"
    assert parse("what do kelp farms need", directory).unknown_person is None


def test_a_things_name_the_prose_writes_is_no_person_typed_in_lower_case():
    directory = news_directory("The Expert Group meets twice a year. The Harbour Committee advises it.")
    assert parse("who leads the expert group", directory).unknown_person is None
    assert parse("who leads the harbour committe", directory).unknown_person is None


@pytest.mark.parametrize("text, quantity", [
    ("How large are the networks trained for LOOM?", "networks"),
    ("Quelle est la taille des réseaux entraînés pour LOOM ?", "network"),
])
def test_a_size_asked_is_a_figure_of_the_first_thing_named_after_it(directory, text, quantity):
    question = parse(text, directory)
    assert (question.intent, question.quantity) == (Intent.FACT, quantity)


def test_the_capitalised_words_of_a_quoted_title_name_no_person():
    """A title's hyphenated words ("Label-Efficient Post-Training") are no dictionary word, as a
    name is; quoted as the paper's title they name the paper, not an unknown researcher."""
    directory = Directory.build([paper("p9", "Gradient Routing for Label-Efficient Post-Training", ["Kwabena Mensah"])],
                                [Profile(researcher="Kwabena Mensah")])
    question = parse("Dans « Gradient Routing for Label-Efficient Post-Training », de quel travail plus ancien "
                     "part la méthode ?", directory)
    assert question.papers == ["p9"] and question.unknown_person is None


def test_a_doubled_letter_typed_in_the_wrong_place_still_finds_the_researcher():
    """"Abasii" is two edits from "Abbasi" (too many for six letters), but the same letters once
    each doubled one is written once."""
    directory = Directory.build([], [Profile(researcher="Reza Abbasi")])
    assert parse("What does Abasii work on?", directory).researchers == ["Reza Abbasi"]


def test_an_institution_the_prose_names_is_no_person_typed_in_lower_case():
    """The prose writes "the Tromsø Centre for Ice Studies"; "tromso centre" typed in lower case names
    that centre, not a person the pages do not profile."""
    src = Source(file="f.txt", url=None, line=1)
    profile = Profile(researcher="Reza Abbasi",
                      biography=[Sourced("He is a member of the Tromsø Centre for Ice Studies.", [src])])
    question = parse("which researchers belong to the tromso centre for ice studies?", Directory.build([], [profile]))
    assert question.unknown_person is None


def test_the_words_a_cue_must_not_be_beside_are_no_cue_words():
    """A negative lookaround ("earlier" not before "versions") names words the cue is not written
    with: they stay topic words ("the two versions it introduces")."""
    from qa.question import without_lookarounds

    assert without_lookarounds(r"\b(older|newer)(?! (drafts|versions)\b)\b|x(?<!ab)y") == r"\b(older|newer)\b|xy"


def test_a_pair_of_words_typed_with_an_acronym_is_no_persons_name():
    # A page writes "IA Nordique" in capitals, as it writes names; the question's "IA" is an acronym.
    src = Source(file="n.txt", url=None, line=1)
    holder = Profile(researcher="Lena Holt", biography=[Sourced("Lena Holt détient la chaire IA Nordique depuis 2020.", [src])])
    question = parse("ça fait combien de chaires IA Nordique en tout ?", Directory.build([], [holder]))
    assert question.unknown_person is None and "nordique" in question.topic


def test_the_french_colloquial_papier_speaks_of_one_paper_and_papiers_of_several():
    assert asks_one_paper("Le papier de Mensah sur les oiseaux, on le trouve dans quelle revue ?")
    assert not asks_one_paper("Les papiers de Mensah sur les oiseaux, on les trouve dans quelles revues ?")


def test_an_ask_for_the_unit_someone_leads_is_told_from_an_ask_for_a_project_they_conduct():
    assert cue("asks_led", flatten("Which team does Mensah lead at the institute?"))
    assert cue("asks_led", flatten("Quelle équipe Mensah dirige-t-il ?"))
    assert not cue("asks_led", flatten("Quel projet sur les crues est mené par son équipe ?"))
    assert not cue("asks_led", flatten("Which project is Mensah's team running on floods?"))


def test_a_sentence_ending_in_a_semicolon_asks_only_when_it_opens_as_a_question():
    from qa.question import ask_pieces

    assert ask_pieces("Wei Zhang and Ana Sousa both study sea ice; which lab does each one run?") == \
        ["which lab does each one run?"]
    assert ask_pieces("Where does she teach; what is her title?") == ["Where does she teach;", "what is her title?"]
    assert len(ask_pieces("Enseigne-t-elle à Laval ; depuis quand ?")) == 2


def test_a_word_a_cue_matches_by_its_pattern_is_no_topic_word(directory):
    # "co ?sign\w*" matches "cosignée": it says co-authors are asked, not what the paper is about.
    asked = parse("Qui a cosigné avec Wei Zhang son article sur la glace de mer ?", directory)
    assert asked.intent == Intent.COAUTHORS and "cosign" not in asked.topic


@pytest.mark.parametrize("text", ["Which school is Wei Zhang attached to?", "À quelle école Wei Zhang est-il rattaché ?"])
def test_a_school_asked_for_is_an_affiliation(directory, text):
    assert parse(text, directory).attribute == "affiliations"


@pytest.mark.parametrize("text, subject", [("Which papers by Wei Zhang tackle the problem of sea ice drift?", "drift"),
                                           ("Quels articles de Wei Zhang abordent le problème de la dérive des glaces ?", "derive")])
def test_the_noun_before_of_naming_a_kind_of_subject_is_no_topic_word(directory, text, subject):
    topic = parse(text, directory).topic
    assert subject in topic and "problem" not in topic


def test_the_kind_of_subject_asked_for_stays_in_the_topic(directory):
    assert "question" in parse("Quelles questions de recherche Wei Zhang étudie-t-il ?", directory).topic


def test_a_field_asked_with_a_word_before_it_is_still_her_field(directory):
    asked = parse("What application area does Wei Zhang target?", directory)
    assert asked.intent == Intent.PROFILE and asked.open_field


def test_current_in_french_asks_no_topic(directory):
    asked = parse("Wei Zhang : sur quoi portent ses travaux actuels ?", directory)
    assert asked.intent == Intent.PROFILE and asked.open_field and asked.topic == ""


@pytest.mark.parametrize("text, eligible", [("Who can apply for the fellowship?", True), ("Qui peut postuler ?", True),
                                             ("Who can I contact about the fellowship?", False), ("Who leads the lab?", False)])
def test_who_can_do_something_asks_who_qualifies_and_who_can_i_ask_asks_a_name(text, eligible):
    assert cue("who_eligible", flatten(text)) is eligible


def test_an_ask_opening_with_chez_is_an_ask_of_its_own():
    from qa.question import ask_pieces

    assert ask_pieces("Où Mensah a-t-il étudié, et chez quelle entreprise Mensah a-t-il été stagiaire ?") == [
        "Où Mensah a-t-il étudié", "et chez quelle entreprise Mensah a-t-il été stagiaire ?"]


@pytest.mark.parametrize("text, counted, quantity", [
    ("In the forecasting survey co-written by Mensah, how many benchmarks were compared?", None, "benchmarks"),
    ("Dans l'étude coécrite par Mensah, combien de cartes sont décrites ?", None, "cartes"),
    ("How many papers did Mensah co-write with Boateng?", "papers", None),
    ("How many people co-wrote LOOM?", "coauthors", None),
])
def test_how_many_counts_the_noun_it_names_though_co_writing_describes_the_paper(directory, text, counted, quantity):
    question = parse(text, directory)
    assert question.counted == counted and (question.quantity or None) == quantity, question


def test_an_article_about_a_named_person_is_a_news_item_not_a_paper(directory):
    assert not parse("Per the article about Kwabena Mensah, what share of submissions got that honour?", directory).asks_papers
    assert parse("What does the article on graph networks by Mensah claim?", directory).asks_papers


def test_a_paper_award_is_an_honour_whose_year_is_a_date_asked(directory):
    question = parse("In what year did Mensah win the Harbor outstanding paper award?", directory)
    assert question.intent == Intent.DATE and not question.asks_papers


def test_what_someones_current_work_explores_asks_their_field(directory):
    question = parse("What does Mensah's current work explore?", directory)
    assert question.intent == Intent.PROFILE and question.open_field


def test_both_said_of_two_people_asks_no_shared_paper(directory):
    text = "Mensah and Côté-Lefebvre both passed through Kelpworks. What did each one do there?"
    assert parse(text, directory).intent != Intent.COMMON
    assert parse("Which papers are Mensah and Côté-Lefebvre both on?", directory).intent == Intent.COMMON



@pytest.mark.parametrize("title", ["Dre", "Docteure", "Dr"])
def test_a_french_feminine_title_is_no_part_of_a_name(directory, title):
    assert parse(f"La {title} Ama Okonkwo a reçu quel prix ?", directory).unknown_person == "Ama Okonkwo"


def test_a_word_telling_counted_things_apart_stays_in_a_topic_when_nothing_is_counted(directory):
    assert "unique" in parse("Which of Mensah and Côté-Lefebvre belongs to the Unique alliance?", directory).topic.split()


def test_the_pages_of_several_researchers_named_together_are_their_own_pages(directory):
    assert parse("Is a paper printed on both Mensah's and Côté-Lefebvre's Mila pages?", directory).on_pages
    assert not parse("Is a paper written by both Mensah and Côté-Lefebvre?", directory).on_pages


@pytest.mark.parametrize("text", ["How old was Mensah when he moved to Accra?", "À quel âge Mensah a-t-il quitté Accra ?"])
def test_an_age_asked_is_a_figure(directory, text):
    assert parse(text, directory).quantity == "age"


def test_an_email_asked_at_a_university_asks_no_affiliation(directory):
    question = parse("What is Mensah's e-mail address at the University of Ghana?", directory)
    assert question.attribute is None and "mail" in question.topic
    assert parse("What is Mensah's university?", directory).attribute == "affiliations"


@pytest.mark.parametrize("spoken, written", [
    ("c'est qui Inès Varga ?", "qui est Inès Varga ?"),
    ("elle enseigne où ?", "où enseigne-t-elle ?"),
    ("Inès Varga travaille où ?", "où travaille Inès Varga ?"),
    ("il a rejoint le groupe quand exactement ?", "quand a-t-il rejoint le groupe exactement ?"),
    ("elle a obtenu sa maîtrise dans quelle ville ?", "dans quelle ville a-t-elle obtenu sa maîtrise ?"),
    ("Varga, il dirige quel groupe ; il collabore avec qui ?", "Varga, quel groupe dirige-t-il ; avec qui collabore-t-il ?"),
    ("il a combien de doctorants ?", "combien de doctorants a-t-il ?"),
    ("elle a enseigné dans quelles écoles avant ?", "dans quelles écoles a-t-elle enseigné avant ?"),  # (the adverb stays last)
    ("la Dre Varga a enseigné dans quelles écoles ?", "la Dre Varga a enseigné dans quelles écoles ?"),  # (a named subject: read as it stands)
    ("Inès Varga elle a rédigé son mémoire dans quel labo ?", "Inès Varga dans quel labo a-t-elle rédigé son mémoire ?"),  # (a name before its pronoun)
    # (The noun « de » hangs on goes with it, its article and preposition too: the verb stays.)
    ("Varga a défendu son mémoire sous la codirection de qui ?", "sous la codirection de qui Varga a défendu son mémoire ?"),
    ("Inès Varga a monté son labo avec l'aide de qui ?", "avec l'aide de qui Inès Varga a monté son labo ?"),
    ("Où travaille-t-elle ?", "Où travaille-t-elle ?"),  # written French is left as it is
    ("Dans quelle ville Inès Varga a-t-elle étudié ?", "Dans quelle ville Inès Varga a-t-elle étudié ?"),
])
def test_spoken_french_puts_the_question_word_first(spoken, written):
    from qa.question import fronted

    assert fronted(spoken) == written


@pytest.mark.parametrize("spoken, written", [
    ("Y a-tu quelqu'un qui étudie les récifs ?", "il y a quelqu'un qui étudie les récifs ?"),
    ("Varga pis Okafor, y'ont-tu des élèves en commun ?", "Varga et Okafor, ils ont des élèves en commun ?"),
    ("c'est qui qui dirige le plus de thèses ?", "qui dirige le plus de thèses ?"),
    ("Okafor a bossé où avant, pis c'est où qu'elle a fait son bac ?",
     "Okafor a travaillé où avant, et où elle a fait son baccalauréat ?"),
    ("y'en a-tu d'autres, des profs de l'ÉTS ?", "il y en a d'autres, des professeurs de l'ÉTS ?"),
    ("a-t-elle fini son doc ?", "a-t-elle terminé son doctorat ?"),
    ("Elle est prof en socio ou au département d'info ?", "Elle est professeur en sociologie ou au département d'informatique ?"),
    ("Elle codirige quel labo, et combien de labos à Rimouski ?", "Elle codirige quel laboratoire, et combien de laboratoires à Rimouski ?"),
    ("Des infos sur sa bio ?", "Des infos sur sa bio ?"),
    ("Okafor, ils font quoi dans la vie, ses étudiants ?", "Okafor, ils font quoi comme métier, ses étudiants ?"),
    # « genre » before a question word or a comma is a filler; « quel genre de » is the noun.
    ("Sur quoi porte son article ? genre quels jeux de données", "Sur quoi porte son article ? quels jeux de données"),
    ("Il bosse où, genre, dans quelle ville ?", "Il travaille où, dans quelle ville ?"),
    ("Quel genre de modèles utilise-t-elle ?", "Quel genre de modèles utilise-t-elle ?"),
    # « du monde » without its article is people; « le monde », « du monde entier » stay the world; a hedge asks nothing.
    ("Le groupe compte combien de monde en fait ?", "Le groupe compte combien de personnes ?"),
    ("Y avait-tu du monde à l'atelier, il me semble que oui ?", "il y avait des personnes à l'atelier, oui ?"),
    ("Des chercheurs du monde entier ?", "Des chercheurs du monde entier ?"),
    ("Quel modèle du monde physique ?", "Quel modèle du monde physique ?"),
    # Written French, second-person « -tu » and names are left as they are.
    ("Y a-t-il un labo à Rimouski ?", "Y a-t-il un laboratoire à Rimouski ?"),
    ("Y avait-il des étudiants ?", "Y avait-il des étudiants ?"),
    ("Peux-tu lister les articles de Ben Chu ?", "Peux-tu lister les articles de Ben Chu ?"),
    ("Varga y travaille depuis quand ?", "Varga y travaille depuis quand ?"),
    ("Quel horizon fini de planification ?", "Quel horizon fini de planification ?"),
    # (A name opening with Y is no pronoun « y »: the pronoun stands apart, before a space or an apostrophe.)
    ("Est-ce que Yvette Marchand enseigne à Laval ?", "Est-ce que Yvette Marchand enseigne à Laval ?"),
    ("Yvette Marchand travaille où ?", "Yvette Marchand travaille où ?"),
])
def test_spoken_and_familiar_french_is_read_as_written_french(spoken, written):
    from qa.question import written_french

    assert written_french(spoken) == written


def test_spoken_french_forms_leave_an_english_question_alone(directory):
    assert parse("Which prof wrote the paper on tabular forecasting?", directory).text == \
        "Which prof wrote the paper on tabular forecasting?"


@pytest.mark.parametrize("text, shared", [
    ("Do two researchers here list the same paper?", True),
    ("Quel article figure sur les pages de plusieurs chercheurs ?", True),
    ("papers on multiple instance learning", False),  # (its words are a topic where the cue does not match)
])
def test_the_same_paper_on_several_pages_of_no_one_named_is_a_shared_ask(directory, text, shared):
    question = parse(text, directory)
    assert (question.intent == Intent.COMMON and question.combine == "shared") == shared, question
    if not shared:
        assert "multiple" in question.topic


def test_a_capitalised_run_ending_with_an_organisation_word_names_no_person(directory):
    # "Tidal Reading Group", « Atelier Marée Laboratoire »: a group or a place, so the question is
    # not refused as about someone the pages don't list.
    assert parse("Who founded the Tidal Reading Group, and how often does it meet?", directory).unknown_person is None
    assert parse("Quels chercheurs font partie de Marée Profonde Laboratoire ?", directory).unknown_person is None
    assert parse("Who founded Ingrid Solberg's reading group?", directory).unknown_person == "Ingrid Solberg"


@pytest.mark.parametrize("text", ["Which two people of this group do forecasting-related research?",
                                  "Quels deux chercheurs de ce groupe ont des travaux forecasting-related ?"])
def test_which_two_researchers_of_a_set_have_work_on_a_topic_asks_who_about_that_topic(directory, text):
    question = parse(text, directory)
    # "two" asks how many are expected, not for a paper two pages share; "-related", "this group"
    # frame the topic and are no words to find.
    assert question.intent == Intent.WHO and question.topic.split() == ["forecasting"], (question.intent, question.topic)


def test_stuff_is_a_filler_word_not_a_topic(directory):
    assert parse("Does Côté-Lefebvre do forecasting stuff?", directory).topic == "forecasting"


def test_a_status_asked_of_each_of_two_researchers_is_their_role(directory):
    question = parse("Côté-Lefebvre or Mensah, which status is listed for each?", directory)
    assert question.intent == Intent.COMPARE and question.attribute == "roles", (question.intent, question.attribute)


def test_words_parted_by_punctuation_are_no_one_name():
    from qa.question import punctuation_parted

    parted = punctuation_parted("Which of them work at UTide's DOSF: Holm, Lunde and Dahl (all three)?")
    assert {("dosf", "holm"), ("holm", "lunde"), ("dahl", "all")} <= parted
    assert ("lunde", "and") not in parted and ("utide", "s") not in parted


@pytest.mark.parametrize("text, lang", [("The trust pays out how much money per year?", "en"),
                                        ("Combien le fonds verse-t-il par année ?", "fr")])
def test_a_unit_a_rate_is_given_per_is_no_measure_asked(text, lang):
    from qa.question import measure_words

    measured = measure_words(text, lang, True)
    assert measured and "year" not in measured, measured


@pytest.mark.parametrize("text", ["Which profiles have forecasting among their research topics?",
                                  "Quelles fiches affichent forecasting parmi leurs thèmes de recherche ?"])
def test_which_profiles_hold_a_topic_asks_for_the_people_whose_pages_list_it(directory, text):
    # A profile is a person's page: asking which profiles hold X asks who, not for papers on X.
    question = parse(text, directory)
    assert question.intent == Intent.WHO and question.topic == "forecasting", (question.intent, question.topic)


@pytest.mark.parametrize("text", ["Côté-Lefebvre studies what these days?", "Côté-Lefebvre, elle fait quoi comme recherche en ce moment ?",
                                  "Quels chercheurs ici travaillent sur forecasting ?"])
def test_words_saying_now_or_here_are_no_topic(directory, text):
    question = parse(text, directory)
    assert not {"days", "moment", "ici"} & set(question.topic.split()), question.topic


@pytest.mark.parametrize("text", ["Côté-Lefebvre visited at some point, I believe; in which year?",
                                  "Côté-Lefebvre a été stagiaire à un moment donné, c'était quand ?"])
def test_words_saying_once_at_a_time_not_given_are_no_topic(directory, text):
    question = parse(text, directory)
    assert not {"point", "moment", "donne"} & set(question.topic.split()), question.topic


def test_a_french_count_of_stories_a_thing_holds_asks_for_stories_not_for_the_verb(directory):
    question = parse("Le corpus BirdSet contient combien d'histoires ?", directory)
    assert question.intent == Intent.FACT and question.quantity == "story", (question.intent, question.quantity)


def test_a_coauthor_on_both_pages_asked_with_each_of_them_asks_his_papers_on_each_page(directory):
    question = parse("Kwame Boateng is listed on both Côté-Lefebvre's pages and Mensah's: name his paper with each "
                     "of them.", directory)
    assert question.coauthors == ["Kwame Boateng"] and question.intent == Intent.LIST and question.combine == "any", (
        question.intent, question.combine)


def test_an_ask_for_someone_before_any_name_is_typed_is_asked_of_the_pages(directory):
    from qa.question import split_asks

    asks = split_asks(parse("Who chairs the institute's ethics board now? And Mensah, what is his role there?", directory),
                      directory)
    assert [a.researchers for a in asks] == [[], ["Kwabena Mensah"]] and asks[0].asks_person, [(a.intent, a.researchers) for a in asks]


@pytest.mark.parametrize("text, lang", [("Kelpa was founded when, and its founder won the Nansen prize in which year?", "en"),
                                        ("Kelpa est né quand, et la fondatrice a obtenu le prix Nansen en quelle année ?", "fr")])
def test_a_clause_after_and_that_asks_with_its_question_word_last_is_an_ask_of_its_own(text, lang):
    from qa.question import asks_of

    assert len(asks_of(text, lang)) == 2, asks_of(text, lang)


def test_guy_is_a_filler_word_not_a_topic(directory):
    assert parse("Is Mensah more of a forecasting guy?", directory).topic == "forecasting"


@pytest.mark.parametrize("text", ["Is Mensah a professor at the same place?", "Mensah, lui, il est prof au même endroit ?"])
def test_is_someone_a_professor_at_a_place_asks_their_affiliation(directory, text):
    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and question.attribute == "affiliations", (question.intent, question.attribute)


def test_a_clause_saying_where_someone_was_a_professor_only_dates_the_papers_asked(directory):
    question = parse("Which papers did Mensah write while he was a professor at Kelpa?", directory)
    assert question.intent != Intent.PROFILE, question.intent


def test_the_period_of_a_title_or_an_initial_ends_no_sentence():
    from qa.question import sentences_of

    # ("Dr." had ended a sentence: "who advised Dr." was then asked of all the pages.)
    assert len(sentences_of("who advised Dr. Mensah's thesis and his postdoc?")) == 1
    assert len(sentences_of("what did prof. k. mensah publish on birds?")) == 1
    assert len(sentences_of("Mensah counts birds. Which paper says so?")) == 2


@pytest.mark.parametrize("text", ["Sur quoi se concentrent surtout les recherches de Côté-Lefebvre (Université Laval) ?",
                                  "What do Mensah's studies concentrate on?"])
def test_what_someones_work_concentrates_on_asks_their_field_and_brackets_after_a_name_are_no_topic(directory, text):
    question = parse(text, directory)
    assert question.intent == Intent.PROFILE and question.topic == "", (question.intent, question.topic)


def test_brackets_right_after_a_name_say_who_the_person_is_not_what_is_asked(directory):
    assert parse("What has Mensah (Kelpa Institute) published on birds?", directory).topic == "birds"


@pytest.mark.parametrize("typed, meant", [
    ("what's Mensah's reserch about?", "what's Mensah's research about?"),
    ("Qu'a pubilé Mensah en 2024 ?", "Qu'a publié Mensah en 2024 ?"),
    ("Which papers has Côté-Lefebvre pulbished with Boateng?", "Which papers has Côté-Lefebvre published with Boateng?"),
    ("LOOM's coauthrs, please", "LOOM's coauthors, please"),  # (a cue written "co ?authors?")
    # (A word of the question's boilerplate mistyped is that word: nothing to find, nothing counted.)
    ("How many papers has Mensah actualy published on kelp?", "How many papers has Mensah actually published on kelp?"),
    ("Is Mensah reallly working on tides?", "Is Mensah really working on tides?"),
])
def test_a_mistyped_word_of_the_ask_asks_what_the_word_would(directory, typed, meant):
    got, want = parse(typed, directory), parse(meant, directory)
    assert (got.intent, got.attribute, got.researchers, got.coauthors, got.topic) == \
        (want.intent, want.attribute, want.researchers, want.coauthors, want.topic)
    assert got.typed == typed


def test_a_word_the_bilingual_lexicon_lists_is_no_typo_of_a_cue_word(directory):
    # « postdoctorat » is one letter from the cue word « postdoctorant », and no dictionary here knows it.
    assert "postdoctorat" in parse("Dans quel pays Mensah a-t-il effectué son postdoctorat ?", directory).text


def test_a_word_the_papers_write_or_a_word_as_near_two_cue_words_is_kept_as_typed():
    # "sparsely" is no cue word, but a paper here writes "sparsly" (sic): the pages' own spelling.
    listed = Directory.build([paper("p9", "Sparsly Gated Kelp", ["Kwabena Mensah"], abstract="A sparsly gated model.")],
                             [Profile(researcher="Kwabena Mensah")])
    assert "sparsly" in parse("What did Mensah find about sparsly gated kelp?", listed).text
    # "advisr" is one edit from both "advise" and "advisor": no telling which, kept.
    assert "advisr" in parse("Who is Mensah's advisr?", listed).text
    # « optimiseurs », two edits from "optimizers", is a French word no dictionary here knows: kept.
    assert "optimiseurs" in parse("Quels articles de Mensah portent sur les optimiseurs ?", listed).text


@pytest.mark.parametrize("text, counted", [
    ("Le festival de kelp, il accueille combien de bénévoles chaque année ?", "volunteer"),
    ("How many visitors each day does the kelp museum get?", "visitors"),
])
def test_a_count_asked_per_period_counts_the_noun_not_the_period(directory, text, counted):
    # (« chaque année » gives the rate's period: a figure of years is no count of volunteers.)
    assert parse(text, directory).quantity == counted


@pytest.mark.parametrize("french, english", [
    ("Entre Mensah et Côté-Lefebvre, laquelle détient la chaire de robotique ?", "Between Mensah and Côté-Lefebvre, which one holds the robotics chair?"),
    ("Mensah et Côté-Lefebvre : lesquels détiennent une chaire en apprentissage automatique ?",
     "Mensah and Côté-Lefebvre: which ones hold a chair in machine learning?"),
])
def test_a_french_verb_framing_the_ask_leaves_the_topic_as_its_english_twin_does(directory, french, english):
    # (« détient » is "holds": what is asked is the chair, which an English page writes without the verb.)
    assert sorted(parse(french, directory).topic.split()) == sorted(parse(english, directory).topic.split())


@pytest.mark.parametrize("text", ["The Kelp award of Mensah's lab: how much per student?",
                                  "le prix Kelp du labo de Mensah, ça donne combien par lauréat ?"])
def test_how_much_per_head_asks_an_amount_not_a_count_of_heads(directory, text):
    question = parse(text, directory)
    assert question.intent == Intent.FACT and question.quantity and question.counted is None, question


def test_a_fact_asked_after_a_named_paper_is_asked_of_that_paper(directory):
    # (The second ask names no paper: it asks the one the question named, not the researcher's pages at large.)
    question = parse("Côté-Lefebvre's LOOM paper: which experts are sparse, and which forecasting methods are shown to do well?", directory)
    asks = each_ask(question, directory)
    assert len(asks) == 2 and asks[1].papers == question.papers == ["p1"], asks


def test_when_inside_a_clause_on_someone_in_general_asks_no_date(directory):
    # (« quand on les compte » says when the birds hide, it does not ask when.)
    assert parse("Le papier de Mensah sur les oiseaux qui se cachent quand on les compte : quels réseaux utilise-t-il ?",
                 directory).intent != Intent.DATE
    assert parse("Quand Mensah a-t-elle compté ses oiseaux ?", directory).intent == Intent.DATE


@pytest.mark.parametrize("typed, written", [
    ("which ppl w/ a lab at Harbour U work on tides?", "which people with a lab at Harbour U work on tides?"),
    ("papers abt kelp from the last 3 yrs w/o Vik, pls", "papers about kelp from the last 3 years without Vik, please"),
    # (Capitals are names and acronyms: "U of T", "BC Hydro", "R" stay.)
    ("is u of t her uni? is BC Hydro her funder?", "is u of t her uni? is BC Hydro her funder?"),
    ("can u list R. Vik's papers?", "can you list R. Vik's papers?"),
    # (A closing "thanks" is dropped; "thanks to" is no closing.)
    ("how many towns did it reach thanks to the grant? thx", "how many towns did it reach thanks to the grant?"),
])
def test_chat_abbreviations_are_read_as_written_english(typed, written):
    from qa.question import written_english

    assert written_english(typed) == written


def test_chat_abbreviations_are_read_in_an_english_question(directory):
    assert "people" in parse("which ppl work on graph neural networks?", directory).text


def test_an_ask_of_the_askers_own_case_is_lent_the_researcher_only_when_the_asker_tied_it_to_them(directory):
    from qa.question import each_ask

    # (Mensah is named of her own degree: the asker's programme code is asked of the pages.)
    asks = each_ask(parse("Mensah did her PhD at Harbour U, under whom? and if I apply there, which programme code do I enter?",
                          directory), directory)
    assert asks[-1].researchers == [], asks
    # (The asker wants to study with her: the faculty they would join is hers.)
    asks = each_ask(parse("I hope to study with Mensah. Which faculty would I join, and when does the call close?",
                          directory), directory)
    assert asks[0].researchers == ["Kwabena Mensah"], asks
    # (Nor when nothing before it speaks of her as of someone else.)
    asks = each_ask(parse("Hoping for Mensah as host: how many profs may I name, and which faculty would I join?", directory), directory)
    assert all(ask.researchers == ["Kwabena Mensah"] for ask in asks), asks


@pytest.mark.parametrize("question, word", [("In which city was Mensah a postdoc, and for how many years?", "postdoc"),
                                            ("When is the last day to join Mensah's field school?", "day")])
def test_cues_that_only_qualify_an_ask_leave_its_words_in_the_topic(directory, question, word):
    # (Students qualified by "in which …", a deadline's "last day", the asker's "if I …" frame nothing.)
    assert word in parse(question, directory).topic.split()


@pytest.mark.parametrize("question, lent", [
    ("What does Mensah study, and according to the 2031 field report, which network did the institute join?", False),
    ("Mensah étudie quoi ? et d'après la page Harbour Outreach, l'institut a rejoint quel réseau ?", False),
    ("What does Mensah study, and according to her profile, which network did she join?", True),
    ("What does Mensah study, and per the news item, which network did it name?", True),
])
def test_an_ask_opening_on_a_page_it_names_by_words_of_its_own_is_not_lent_the_researcher(directory, question, lent):
    # (A report or page named by a figure or a capital is read for itself; "her profile" and "the news
    # item" point back to the researcher named before.)
    from qa.question import each_ask

    asks = each_ask(parse(question, directory), directory)
    assert len(asks) == 2 and (asks[-1].researchers == ["Kwabena Mensah"]) == lent, asks


@pytest.mark.parametrize("question", ["Mensah étudie quoi ?", "Qu'étudie Mensah ?", "Mensah, elle étudie quoi ?"])
def test_what_someone_studies_asked_in_french_asks_their_field(directory, question):
    asked = parse(question, directory)
    assert (asked.intent, asked.attribute, asked.open_field) == (Intent.PROFILE, "topics", True), asked


@pytest.mark.parametrize("question", ["kwabena mensah phd - which university?", "Mensah PhD — which university?"])
def test_a_label_before_a_dash_says_what_the_ask_after_it_is_about(directory, question):
    # (As after a colon: the university of her PhD, not the one she works at.)
    assert parse(question, directory).attribute == "biography" == parse(question.replace("-", ":").replace("—", ":"), directory).attribute


@pytest.mark.parametrize("text, stranger", [
    ("When was the Harbour–Kelpwerk Trondheim lab opened?", None),
    ("Quand le labo Kelpwerk Trondheim a-t-il ouvert ?", None),
    ("What does Ingrid Kelpwerk study?", "Ingrid Kelpwerk"),
    ("Dans quelle université Ingrid Kelpwerk a-t-elle étudié ?", "Ingrid Kelpwerk"),
    ("What is Ingrid Kelpwerk's lab called?", "Ingrid Kelpwerk"),
])
def test_a_capitalised_run_next_to_an_organisations_noun_is_no_persons_name(directory, text, stranger):
    # ("Harbour–Kelpwerk Trondheim" beside "lab" names the lab; « le labo de Jane Roe » would be hers.)
    assert parse(text, directory).unknown_person == stranger


@pytest.mark.parametrize("text, order", [("Compare LOOM with RAT: which came first?", ["loom", "rat"]),
                                         ("Compare RAT with LOOM: which came first?", ["rat", "loom"])])
def test_papers_named_by_their_coined_names_keep_the_questions_order(text, order):
    # (Read in a set's order, two names came out in an order that changed from run to run.)
    listed = Directory.build([paper("loom", "LOOM: Weaving Sparse Experts", ["Kwabena Mensah"]),
                              paper("rat", "RAT: Recurrent Attention for Tides", ["Wei Zhang"])], [])
    assert parse(text, listed).papers == order


@pytest.mark.parametrize("question, fields", [
    ("What are Mensah's role and research topics?", ["roles", "topics"]),
    ("Mensah et Wei Zhang, qu'ont-ils de pareil côté statut et thèmes de recherche ?", ["roles", "topics"]),
    ("Donne-moi les thèmes de recherche et l'affiliation de Kwabena Mensah.", ["topics", "roles"]),
    # (one field, or two fields not joined in one ask, are no such question)
    ("What are Mensah's research topics?", []),
    ("What is Mensah's role at Mila? What does the LOOM paper forecast?", []),
])
def test_two_listed_page_fields_joined_in_one_ask_are_asked_one_by_one(directory, question, fields):
    from qa.question import each_field

    assert [ask.attribute for ask in each_field(parse(question, directory))] == fields


@pytest.mark.parametrize("question, linked", [
    ("Who heads the Bergen office? And Jonas Olsen, what did he do before?", False),
    ("qui a la tête du bureau de Bergen ? et Jonas Olsen, il occupait quel poste avant ?", False),
    ("Who heads the Bergen office, and what did he do before?", True),
    ("Who heads the Bergen office? Besides Siri Dahl, which colleagues does he rely on?", True),
])
def test_a_later_ask_opening_on_a_name_is_about_that_person_not_whom_the_first_ask_finds(directory, question, linked):
    assert parse(question, directory).asks_linked == linked


@pytest.mark.parametrize("text", [
    "Chez quelle boîte Mensah bosse-t-il ?",
    "Pour quelles boîtes Mensah a-t-il travaillé ?",
])
def test_a_familiar_boite_is_a_firm_asked_as_an_affiliation(directory, text):
    # « une boîte » (familiar): a workplace; « une boîte noire » stays a black box.
    question = parse(text, directory)
    assert question.attribute == "affiliations" and "entreprise" in question.text, question
    assert "boîte noire" in parse("Quels articles de Mensah portent sur l'optimisation en boîte noire ?", directory).text


def test_a_french_name_opening_on_an_organisation_noun_names_no_person(directory):
    # « Laboratoire Tidewater », « Institut Kelpa »: the noun comes first in French; a group, not a person.
    for text in ("Le projet du Laboratoire Tidewater en Islande, ça sert à quoi ?", "Que fait l'Institut Kelpa en 2024 ?"):
        assert parse(text, directory).unknown_person is None, text


@pytest.mark.parametrize("text, roles", [
    ("Which posts does Mensah hold?", True),
    ("What posts has Mensah held over the years?", True),
    ("What does the news post on Mensah's prize say about tides?", False),
])
def test_the_posts_someone_holds_are_their_roles_a_news_post_is_not(directory, text, roles):
    assert (parse(text, directory).attribute == "roles") == roles, parse(text, directory)


@pytest.mark.parametrize("text", ["Tell me every person the kelp item names.", "Name all the speakers at the buoy workshop.",
                                  "Quelles sont toutes les personnes que cite l'article du varech ?"])
def test_a_request_for_every_person_asks_people(directory, text):
    assert parse(text, directory).asks_person


@pytest.mark.parametrize("text, earlier", [("Which companies has Côté-Lefebvre worked for?", True),
                                           ("Pour quelles sociétés Côté-Lefebvre a-t-elle travaillé ?", True),
                                           ("Which company does Côté-Lefebvre work for?", False),
                                           ("Pour quelle entreprise travaille Côté-Lefebvre ?", False)])
def test_companies_worked_for_ask_earlier_posts_and_the_company_worked_for_now_does_not(text, earlier):
    assert bool(cue("before_joining", flatten(text))) == earlier


def test_the_askers_hedge_is_no_topic(directory):
    # ("I'm pretty sure …", « je suis sûr que … » say how sure the asker is, not what is asked)
    assert parse("I'm pretty sure Mensah has a paper on bird counting: which one?", directory).topic == "bird counting"
    assert parse("Je suis sûre que Mensah a publié en apprentissage par renforcement. Où ?", directory).topic == "reinforcement learning"
