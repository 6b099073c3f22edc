import json
import re

import pytest

SOFTMAX = "Softmax is not Enough (for Sharp Size Generalisation)"


def cited_titles(answer):
    return [c.title for c in answer.citations]


def assert_markers_resolve(answer):
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}


@pytest.mark.parametrize("spelling", ["Petar Veličković", "Velickovic", "Petar", "P. Veličković", "Veličković's"])
def test_researcher_is_recognised_in_any_spelling(assistant, spelling):
    question, _ = assistant.retrieve(f"What has {spelling} published on softmax?")
    assert question.researchers == ["Petar Veličković"]


def test_softmax_question_cites_the_icml_paper_and_nothing_else(assistant):
    answer = assistant.ask("What has Petar Veličković published on softmax?")
    assert not answer.refused and cited_titles(answer) == [SOFTMAX]
    citation = answer.citations[0]
    assert citation.venues[0].startswith("ICML 2025") and "2025-10-06" in citation.dates
    assert "ICML 2025" in answer.text and "[1]" in answer.text
    assert "Petar Veličković" in citation.researchers and any("petar-velickovic" in u for u in citation.urls)
    assert "softmax" in citation.snippet.lower()
    assert_markers_resolve(answer)


def test_french_question_gets_the_same_paper_in_french(assistant):
    answer = assistant.ask("Qu'a publié Petar Veličković sur le softmax ?")
    assert cited_titles(answer) == [SOFTMAX] and answer.lang == "fr" and "article" in answer.text


@pytest.mark.parametrize("question", [
    "What has Petar Veličković published on protein folding?",
    "What has Yoshua Bengio published on softmax?",
    "What did Geoffrey Hinton publish?",
    "What has Razvan Pascanu published on quantum computing?",
])
def test_unanswerable_questions_are_refused_without_citations(assistant, question):
    answer = assistant.ask(question)
    assert answer.refused and answer.citations == [] and "[" not in answer.text


def test_restriction_never_attributes_another_researchers_paper(assistant):
    answer = assistant.ask("What has Velickovic published on graph neural networks?")
    assert answer.citations and all("Petar Veličković" in c.researchers for c in answer.citations)
    assert_markers_resolve(answer)


def test_records_answer_coauthor_venue_list_and_comparison_questions(assistant):
    coauthors = assistant.ask("Who are the co-authors of the RAT paper?")
    assert "Xiuying Wei" in coauthors.text and "Anunay Yadav" in coauthors.text
    dated = assistant.ask("When was Softmax is not Enough published?")
    assert "2025-10-05" in dated.text and "2025-10-06" in dated.text and cited_titles(dated) == [SOFTMAX]
    missing = assistant.ask("When was RAT published?")
    assert missing.refused and "don't give a date" in missing.text
    listing = assistant.ask("List all papers by Razvan Pascanu")
    assert len(listing.citations) == 10 and all("Razvan Pascanu" in c.researchers for c in listing.citations)
    both = assistant.ask("Which papers appear on both Pascanu's and Veličković's pages?")
    assert len(both.citations) == 3 and SOFTMAX in cited_titles(both)
    fact = assistant.ask("How many tasks were used to evaluate LRAM?")
    assert "432 tasks" in fact.text


def test_answer_serialises_and_validates_input(assistant):
    answer = assistant.ask("What has Petar Veličković published on softmax?", top_k=1)
    data = json.loads(json.dumps(answer.to_dict()))
    assert data["citations"][0]["title"] == SOFTMAX and data["refused"] is False
    for bad, field in [("", "question"), ("x" * 2001, "question")]:
        with pytest.raises(ValueError, match=field):
            assistant.ask(bad)
    with pytest.raises(ValueError, match="top_k"):
        assistant.ask("softmax?", top_k=0)
    assert assistant.researchers() == ["Petar Veličković", "Razvan Pascanu"]
    assert len(assistant.papers(researcher="velickovic")) == 10


def test_first_and_last_name_without_the_middle_initial_is_the_researcher(assistant):
    question = assistant.catalog.analyse("What has Razvan Pascanu published?")
    assert question.researchers == ["Razvan Pascanu"] and question.unknown_person is None
    from qa.retrieve import researcher_aliases

    aliases = researcher_aliases(["Ada B Lovelace"])
    assert aliases["ada"] == aliases["lovelace"] == aliases["a lovelace"] == "Ada B Lovelace"


@pytest.mark.parametrize("question", [
    "Razvan Pascanu a-t-il publié sur les modèles d'action pour la robotique ? Sur combien de tâches ?",
    "What has Pascanu's group published? Which ones are on robotics?",
])
def test_sentence_initial_words_are_not_taken_for_people(assistant, question):
    assert assistant.catalog.analyse(question).unknown_person is None


def test_rare_question_words_single_out_the_papers_to_cite(assistant):
    transnar = assistant.ask("What benchmark is the TransNAR model evaluated on?")
    assert len(transnar.citations) == 1 and "TransNAR" in transnar.citations[0].abstract
    gemma = assistant.ask("List the papers that study Gemma models.")
    assert len(gemma.citations) == 2 and all("Gemma" in c.abstract for c in gemma.citations)


@pytest.mark.parametrize("question, abstract_start", [
    ("According to the paper on information propagation in decoder-only Transformers, what breaks?",
     "We study how information propagates"),
    ("In the study of how Gemma 7B uses RoPE, which frequencies carry semantic information?",
     "Positional Encodings (PEs)"),
    ("Comment l'architecture TransNAR permet-elle au Transformer d'accéder au NAR ?",
     "Transformers have revolutionized"),
])
def test_opening_words_and_model_sizes_are_not_unknown_people(assistant, question, abstract_start):
    answer = assistant.ask(question)
    assert assistant.catalog.analyse(question).unknown_person is None
    assert not answer.refused and answer.citations[0].abstract.startswith(abstract_start)


def test_unknown_people_in_any_script_are_refused(assistant):
    for name in ["Łukasz Kaiser", "Šimon Tóth"]:
        answer = assistant.ask(f"What has {name} published on softmax?")
        assert answer.refused and answer.citations == [] and name in answer.text


def test_coauthors_named_in_full_select_their_paper(assistant):
    # "De" is a French stopword and "Hochreiter" a non-researcher: both are co-authors on the pages.
    for question, title in [
        ("Which of Pascanu's papers lists Soham De and Naima Elosegui Borras among the authors?",
         "Optimizers Qualitatively Alter Solutions And We Should Leverage This"),
        ("Did Razvan Pascanu ever co-author something with Sepp Hochreiter? Which paper?",
         "A Large Recurrent Action Model: xLSTM enables Fast Inference for Robotics Tasks"),
    ]:
        assert cited_titles(assistant.ask(question)) == [title]


def test_several_researchers_combine_as_asked(assistant):
    both = {c.paper_id for c in assistant.ask("List the papers on both Pascanu's and Veličković's pages").citations}
    either = assistant.ask("What have Veličković or Pascanu published on softmax?")
    assert either.citations and {c.paper_id for c in either.citations} - both  # not only the shared ones
    only = assistant.ask("Quels articles figurent uniquement sur la page de Petar Veličković, et pas sur celle de Razvan Pascanu ?")
    assert len(only.citations) == 7 and all(c.researchers == ["Petar Veličković"] for c in only.citations)
    assert only.text.startswith("7 article(s) figurent sur les pages de Petar Veličković et pas")


@pytest.mark.parametrize("question", [
    # "generation" occurs once in the corpus (the RAT abstract), said in passing.
    "Has Velickovic or Pascanu published anything on diffusion models for image generation?",
    # "predictive" is in the softmax abstract; "protein" and "structure" are on no page.
    "Did Pascanu publish about protein structure prediction?",
])
def test_a_rare_ordinary_word_does_not_make_a_dissimilar_paper_relevant(assistant, question):
    answer = assistant.ask(question)
    assert answer.refused and answer.citations == []


@pytest.mark.parametrize("question, intent", [
    ("When comparing parallel and sequential sampling, which one do the authors find works better?", "topic"),
    ("Who are the authors of the RAT paper?", "coauthors"),
    ("Quels sont les auteurs de l'article RAT ?", "coauthors"),
    ("When was the RAT paper published?", "date"),
])
def test_authors_and_when_ask_for_coauthors_and_dates_only_as_question_words(assistant, question, intent):
    assert assistant.catalog.analyse(question).intent == intent


@pytest.mark.parametrize("question", [
    "Who co-authored the RAT paper on RNN efficiency, attention accuracy and chunks?",
    "Which venue published the RAT paper on RNN efficiency and attention accuracy?",
])
def test_a_fact_about_a_named_paper_cites_that_paper_only(assistant, question):
    # The words describing the paper ("RNN", "attention") match other papers too.
    assert cited_titles(assistant.ask(question)) == [
        "RAT: Bridging RNN Efficiency and Attention Accuracy via Chunk-based Sequence Modeling"]


def test_coauthors_named_together_with_a_researcher_need_no_topic(assistant):
    answer = assistant.ask("What did Pascanu write together with Traian Rebedea?")
    assert cited_titles(answer) == ["Meta-learning how to Share Credit among Macro-Actions"]


def test_how_many_is_answered_only_from_a_page_that_gives_the_figure(assistant):
    tasks = assistant.ask("How many tasks was the Large Recurrent Action Model tested on?")
    assert not tasks.refused and "432 tasks" in tasks.citations[0].snippet
    hours = assistant.ask("How many GPU hours did training the Large Recurrent Action Model take?")
    assert hours.refused and "GPU hours" in hours.text and len(hours.citations) == 1
    assert_markers_resolve(hours)


def test_a_list_keeps_close_papers_that_lack_the_rare_word(assistant):
    # "RNN" singles out two papers; the xLSTM one is as close but never writes "RNN".
    answer = assistant.ask("List Pascanu's papers on RNN alternatives to Transformer attention.")
    assert any(t and t.startswith("A Large Recurrent Action Model") for t in cited_titles(answer))


def test_when_inside_a_question_is_not_a_date_question(assistant):
    question = "did razvan do any work on why LLMs stick stubbornly to their first answer but then cave when challenged?"
    answer = assistant.ask(question)
    assert assistant.catalog.analyse(question).intent == "topic"
    assert not answer.refused and cited_titles(answer)[0].startswith("How Overconfidence")
