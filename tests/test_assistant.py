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
