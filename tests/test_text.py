from qa.text import fold, lexicon_lines, sentences, lemmas, stopwords, to_english, words


def test_matching_is_on_whole_word_lemmas_never_substrings():
    assert "reinforcement" in lemmas("reinforcement learning")
    assert set(lemmas("the policy reinforces habits")).isdisjoint(lemmas("reinforcement"))
    assert "rat" not in lemmas("the temperature rose")
    assert lemmas("Graphs") == lemmas("graph") and lemmas("studied") == lemmas("study")


def test_fold_and_words_ignore_case_accents_and_punctuation():
    assert fold("Ørsted-Łukasiewicz's") == "orsted lukasiewicz"
    assert fold("Tim O'Donnell") == fold("tim odonnell") == "tim odonnell"
    assert fold("qu'a publié l'équipe") == "qu a publie l equipe"
    assert words("co-author, Gemma-7B!") == ["co", "author", "gemma", "7b"]


def test_sentences_come_from_the_segmenter_and_keep_abbreviations_and_decimals():
    text = "We reach 85.3% vs. 71.2% for prior work (Lee et al. 2021). It runs on 8 GPUs! Code is released."
    assert sentences(text) == ["We reach 85.3% vs. 71.2% for prior work (Lee et al. 2021).", "It runs on 8 GPUs!",
                               "Code is released."]


def test_french_field_terms_become_english_longest_phrase_first():
    english = to_english("les réseaux de neurones pour l'apprentissage par renforcement")
    assert "reinforcement learning" in english and "neural network" in english
    assert "gflownet" in to_english("Sur les GFlowNet")  # unknown words (names, acronyms) stay


def test_every_lexicon_file_says_where_it_comes_from():
    from qa.text import LEXICON

    for path in LEXICON.iterdir():
        if path.suffix in {".txt", ".tsv"}:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# source:"), path.name
            assert lexicon_lines(path.name), path.name
    assert {"what", "quels", "published"} <= stopwords()


def test_figures_count_in_digits_or_words():
    from qa.text import has_figure

    assert has_figure("tested on 432 tasks") and has_figure("across five different environments")
    assert has_figure("sur quatre articles") and not has_figure("across different environments")
