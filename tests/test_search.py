"""Word matching for page facts: whole lemmas, longer forms of a word, and a long word's other endings."""

import numpy as np
import pytest

from qa.search import KIND_BONUS, about_earlier_time, defining, gives_date, gives_title, holds, names_a_venue, titled_things, written_years
from qa.text import lemma_fr, lemmas


@pytest.mark.parametrize("asked, text, expected", [
    ("postdoc", "She was a postdoctoral scholar in Bergen.", True),  # a longer form
    ("postdoctorat", "Elle a été chercheuse postdoctorale à Bergen.", True),  # another ending of a long word
    ("doctorat", "Elle a été chercheuse postdoctorale à Bergen.", False),  # a word inside another is no match
    ("reinforcement", "This reinforces the claim.", False),  # a shorter word is no match
    ("lab", "She joined Labatt in 2010.", False),  # short words match whole
    ("verify", "A verification of the kelp counts followed.", True),  # "y" is written "i" before a suffix
    ("strategy", "They chose a strategic site for the lab.", True),  # (a long word's other endings still)
    ("study", "A student counted the seals.", False),  # ("stud" alone is another word)
    ("coordinator", "She coordinated the seal survey.", True),  # a long agent noun is held by its verb
    ("supervisors", "He supervised two theses on kelp.", True),
    ("director", "She reports directly to the board.", False),  # (not a shorter one: "direct" is another word)
])
def test_a_fact_holds_an_asked_word_as_a_word_or_its_forms(asked, text, expected):
    held = set(lemmas(text)) | {lemma_fr(w) for w in text.lower().replace(".", " ").split()}
    word = lemma_fr(asked) if asked.endswith("at") else lemmas(asked)[0]
    assert holds(held, word) is expected


def test_an_untitled_paper_is_recognised_by_the_claim_that_names_it():
    from qa.records import Paper
    from qa.search import recognised_by

    def untitled(abstract: str) -> Paper:
        return Paper("p1", None, [], [], abstract, True, [], [], None, [], [])

    named = untitled("Gull colonies are hard to count. We show that counts from drones are biased. "
                     "We propose GullNet, a detector trained on synthetic colonies. It halves the error.")
    assert recognised_by(named) == ["We propose GullNet, a detector trained on synthetic colonies."]
    plain = untitled("Gull colonies are hard to count. We show that counts from drones are biased.")
    assert recognised_by(plain) == ["We show that counts from drones are biased."]
    # What a paper introduces tells it better than what it studies, wherever it is said.
    studied = untitled("In this paper, we study gull colonies. We introduce the notion of colony drift. "
                       "We show that drift biases counts.")
    assert recognised_by(studied) == ["We introduce the notion of colony drift."]
    # The sentence giving the coined name, though no claim cue opens it; a plural acronym ("CNNs")
    # names a kind of model, not the paper's own.
    coined = untitled("We propose a detector that combines radar with the precision of CNNs. "
                      "We evaluate our resulting TernNet model on three colonies.")
    assert recognised_by(coined) == ["We evaluate our resulting TernNet model on three colonies."]
    # A contribution verb coordinated after another states a claim ("we join … and introduce …").
    joined = untitled("Counting is hard. Here, we join this line of work and introduce a faster counter. "
                      "Through many trials, we show that older RNNs undercount.")
    assert recognised_by(joined) == ["Here, we join this line of work and introduce a faster counter."]


def test_a_phrase_is_found_in_a_title_whatever_its_number():
    from qa.search import singular_words

    assert singular_words("GullNets") in singular_words("GullNet Foundations")  # a word no dictionary knows
    assert singular_words("graph networks") in singular_words("Counting Birds with Graph Networks")
    assert singular_words("Q-learning") not in singular_words("Deep Reinforcement Learning")



def test_a_person_is_told_from_a_place_in_a_page_sentence():
    from qa.search import names_someone

    assert names_someone("She did her PhD under Ana Sousa and Kwame Boateng.", {"maelle"})
    assert not names_someone("PhD - McGill University", {"wei", "zhang"})
    assert not names_someone("He did a PhD at UC Berkeley and a postdoc at ETH Zurich.", {"wei", "zhang"})
    assert not names_someone("Wei Zhang received a PhD from the University of Bergen in 2014.", {"wei", "zhang"})
    # A capitalised pair after "at", "in" or "à" is a place ("Santa Barbara", "Nova Scotia"), not a supervisor.
    assert not names_someone("Elle a obtenu un doctorat de l'Université de Californie à Santa Barbara.", {"wei"})
    assert not names_someone("He did his PhD in Nova Scotia.", {"wei"})
    # A name after an elided « de » is a name (« sous la supervision d'Ana Sousa »); « l'Université Laval » is a place.
    assert names_someone("Elle a fait son doctorat sous la supervision d'Ana Sousa.", {"wei"})
    assert not names_someone("Elle a étudié à l'Université Laval.", {"wei"})
    assert names_someone("He did his PhD in Halifax with Ana Sousa.", {"wei"})
    # Capitalised words in quotation marks name a list or an award, not a person.
    assert not names_someone("In 2027 she was named to the NCR Review’s ‘25 Builders Under 25’.", {"wei"})
    assert not names_someone("Il figure au palmarès « Jeunes Talents Côtiers » de 2027.", {"wei"})



def test_the_kind_a_which_question_asks_for_is_the_word_after_which():
    from qa.search import asked_kind

    assert asked_kind("Which organisations have supported her research?") == {"organisation"}
    assert "company" in asked_kind("Quelles entreprises ont soutenu ses recherches ?")
    assert asked_kind("Which of these papers is hers?") == set()
    # A list asks for its kind as a which-question does.
    assert asked_kind("Name every sponsor of her lab.") == {"sponsor"}
    assert "charity" in asked_kind("Does she sit on the board of any charities?")
    assert asked_kind("Does she have any papers on kelp?") == set()  # (no "of any": not a kind of thing named)
    assert "organization" in asked_kind("Énumère tous les organismes partenaires.")


def test_a_sentence_matches_a_several_word_ask_only_where_it_writes_the_words_near_each_other():
    from qa.records import Source, Sourced
    from qa.search import close_together

    def said(text: str, lang: str = "en") -> Sourced:
        return Sourced(text, [Source(None, None, None, lang=lang)])

    asked = {"associate", "academic", "member"}
    assert close_together(asked, said("She joined the institute in 2021 as its first associate academic member."))
    assert not close_together(asked, said(
        "She is an associate professor in the Faculty of Law at Laval, where she co-leads two labs, and an academic member of the institute."))
    # A French sentence is placed through its English rendering ("professeure agrégée" → "associate professor").
    assert not close_together(asked, said(
        "Elle est professeure agrégée à la Faculté de droit de l'Université Laval, où elle codirige deux laboratoires, et membre académique principale de l'institut.", "fr"))


def test_a_profiles_values_match_alike_from_the_profile_or_from_a_saved_copy_of_its_values():
    import copy

    from qa.records import Profile, Source, Sourced
    from qa.search import matching_values, value_lemmas

    item = Source("news.txt", "https://mila.quebec/en/news/harbour-day", None, researcher="Ada Quell", lang="en")
    profile = Profile("Ada Quell", news=[
        Sourced("Ada Quell opened the harbour sensing day.", [item]),
        # The same item's sentence that does not name her says nothing of her.
        Sourced("Several engineers measured tides across the harbour.", [item]),
    ])
    options = [{"tide", "harbour"}]
    assert matching_values(options, profile) == []
    # A saved library's cached values are copies of the profile's, not the same objects.
    saved = value_lemmas(copy.deepcopy(profile))
    assert matching_values(options, profile, saved) == []
    assert matching_values([{"open", "harbour"}], profile, saved) == [profile.news[0]]


@pytest.mark.parametrize("abstract, named", [
    ("We show that Large Language Models (LLMs) cannot act as RL agents that sample from a distribution.", False),
    ("We show that Gemma 7B and Qwen2 cannot act as agents that sample from a distribution.", True),
    # (a name written before a word for an idea names a concept: "the Free Energy principle", "Bayes' theorem")
    ("We read sampling through the lens of the Free Energy principle and Bayes' theorem, and bound its error.", False),
    ("We read sampling through Bayes' theorem, and test it on Gemma 7B.", True),
])
def test_a_term_spelled_before_its_acronym_a_two_letter_acronym_or_a_principle_names_no_model_tried(abstract, named):
    from qa.question import Question, cue, flatten
    from qa.records import Paper
    from qa.search import new_names

    question = Question(text="In the sampling paper, what exact models were tested?", lang="en")
    assert cue("names_tested", flatten(question.text))
    paper = Paper(paper_id="s1", title=None, titles=[], authors=[], abstract=abstract, abstract_complete=True,
                  dates=[], venues=[], status=None, researchers=["Kwabena Mensah"], sources=[])
    assert bool(new_names(paper, question)) == named


@pytest.mark.parametrize("text, asks", [
    ("Which vision model did Mensah fine-tune for the seal counts?", True),  # one model, fine-tuned
    ("Quel modèle Mensah a-t-il affiné pour compter les phoques ?", True),
    ("Which model of seal behaviour does Mensah propose?", False),  # a model described, not one tried
])
def test_one_model_tried_is_asked_by_name_as_several_are(text, asks):
    from qa.question import cue, flatten

    assert cue("names_tested", flatten(text)) is asks


@pytest.mark.parametrize("question", ["According to the lab's FAQ, what is the kelp farm mainly for?",
                                      "Per Mila's weekly column, when did the kelp farm open?"])
def test_an_opening_clause_naming_a_faq_or_a_column_says_where_to_read(question):
    from qa.search import source_words

    assert {"faq", "column"} & source_words(question)


def test_papers_each_researchers_pages_print_are_those_on_every_page_not_on_any():
    from qa.records import Paper
    from qa.search import Hit, printed_by

    def hit(paper_id, researchers):
        return Hit(Paper(paper_id=paper_id, title=None, titles=[], authors=[], abstract="", abstract_complete=True,
                         dates=[], venues=[], status=None, researchers=researchers, sources=[]), 1.0)

    hits = [hit("both", ["Ama Mensah", "Ike Okafor"]), hit("hers", ["Ama Mensah"])]
    assert [h.paper.paper_id for h in printed_by(hits, ["Ama Mensah", "Ike Okafor"])] == ["both", "hers"]
    assert [h.paper.paper_id for h in printed_by(hits, ["Ama Mensah", "Ike Okafor"], every=True)] == ["both"]


def test_a_year_is_four_digits_that_measure_nothing():
    # A figure followed by its unit is an amount, not a date.
    assert written_years("un espace de 2000 pieds carrés, ouvert en 2019") == [2019]
    assert written_years("a 2000 square foot lab and 2015 dollars") == []
    assert gives_date("They have worked together since 2014.", "Since what year?")
    assert not gives_date("The lab covers 2000 square feet.", "Since what year?")


def test_a_venue_is_an_acronym_or_a_capitalised_name_beside_its_year():
    assert names_a_venue("(O. Whitcombe, « Tidal Spectra », Ocean Dynamics Letters, 2012)")
    assert names_a_venue("presented at ICML 2024")
    assert not names_a_venue("In 2012, she developed the method.")
    assert not names_a_venue("Posted 18 Oct 2019")  # a date line names no venue
    # An author and a year in brackets cite a paper; they name no venue.
    assert not names_a_venue("In a seminal paper, “Kelp Spectra” (Whitcombe 2012), she proposed the method.")
    assert names_a_venue("“Kelp Spectra” (Ocean Dynamics 2012)")


@pytest.mark.parametrize("text, gives", [
    ("In 2019 she defended her thesis, Listening to Kelp Forests with Sparse Sensors, at Dalhousie.", True),
    ("Her PhD thesis « Écouter les forêts de varech » won a prize.", True),
    ("She completed her PhD thesis at the Norwegian Institute of Marine Science in 2019.", False),  # a place, no title
    ("After her PhD in oceanography she worked in Oslo, and in 2021 she was named to the “Top Ocean Innovators” list.",
     False),  # a title, far from it
    ("She was a finalist of the Three Minute Thesis contest.", False),
])
def test_a_sentence_gives_a_title_beside_the_thing_asked(text, gives):
    from qa.question import Question

    things = titled_things(Question(text="Tell me the title of Ines Berg's PhD thesis.", lang="en", researchers=["Ines Berg"]))
    assert things == {"phd", "thesis"}
    assert gives_title(text, things) is gives


def test_a_job_title_asks_no_thing_a_title_is_given_to():
    from qa.question import Question

    assert titled_things(Question(text="Tell me the title of her position at Dalhousie.", lang="en")) == set()
    assert titled_things(Question(text="Tell me the title of each of them.", lang="en")) == set()  # (each one's job title)


def test_the_names_a_question_types_are_read_as_word_groups_besides_the_researchers():
    from qa.question import Question
    from qa.search import named_runs
    from qa.text import lemma

    question = Question(text="Mira Olsen and Jon Berg both passed through Beacon AI. What did each one do there?",
                        lang="en", researchers=["Mira Olsen", "Jon Berg"])
    assert named_runs(question) == [{lemma("beacon"), lemma("ai")}]  # (read as the page's words are)
    # (a sentence's first word is no name; nor is a capitalised question word after a full stop)
    assert named_runs(Question(text="Where did Mira Olsen work?", lang="en", researchers=["Mira Olsen"])) == []


def test_what_an_ask_sets_aside_is_no_word_of_the_sentence_that_answers_it(assistant):
    # "…, besides the radar images?": the sentence answering writes something else than what is set aside.
    texts = ["Trackers trained on radar images of sea ice read a single season of radar images.",
             "Our tracker also reads wind fields from a weather reanalysis as a second input."]
    vectors = np.stack([np.asarray(v, dtype=np.float32) for v in assistant.library.embedder.embed_documents(texts)])
    assert assistant.library.best_for_part("which inputs does the tracker read besides the radar images", texts, vectors) == 1


def test_a_lab_is_named_by_a_capitalised_word_before_or_after_its_noun():
    from qa.search import names_lab

    assert names_lab("She leads the Fjord Acoustics Lab in Bergen.")
    assert names_lab("He co-founded the TIDE research group with two colleagues.")
    assert names_lab("Elle dirige le laboratoire Saint-Laurent.")
    # A possessive or an article before the noun names nothing.
    assert not names_lab("His research group studies sea ice.")
    assert not names_lab("Her laboratory investigates how kelp recovers.")


@pytest.mark.parametrize("ask, bonus", [("what is TGP in the tide paper?", [0.0, KIND_BONUS]),
                                        ("TGP, c'est quoi ?", [0.0, KIND_BONUS]),
                                        ("what is the gauge model their LLM study proposes called?", [0.0, 0.0]),
                                        ("which filters does TGP plug into?", [0.0, 0.0])])
def test_the_sentence_spelling_out_an_acronym_answers_what_it_is_only_when_that_is_asked(ask, bonus):
    # (An acronym naming something else beside the ask, "their LLM study", is not what is asked.)
    texts = ["Large language models (LLMs) read tide tables.", "Our fix is tidal gauge pooling (TGP), which shifts readings."]
    assert defining(ask, texts) == bonus


@pytest.mark.parametrize("sentence, lang, earlier", [
    ("After spending four years as an engineer at Statkraft in Oslo, she returned to Bergen in 2019.", "en", True),
    ("She came back to Tromsø to lead the fisheries lab.", "en", True),
    ("Après avoir passé trois ans à Oslo, elle est revenue à Bergen.", "fr", True),
    ("Ses outils servent à former des modèles de prévision des marées.", "fr", False),  # « former »: to train
    ("Her group builds models of tides and currents.", "en", False),
])
def test_a_sentence_about_an_earlier_time_is_read_in_its_own_language(sentence, lang, earlier):
    from qa.records import Source, Sourced

    value = Sourced(sentence, [Source(file="p.txt", url=None, line=1, lang=lang)])
    assert about_earlier_time(value) is earlier


