import pytest

from qa.text import fold, lexicon_lines, places_named, sentences, lemmas, says, stopwords, to_english, words


def test_matching_is_on_whole_word_lemmas_never_substrings():
    assert "reinforcement" in lemmas("reinforcement learning")
    assert set(lemmas("the policy reinforces habits")).isdisjoint(lemmas("reinforcement"))
    assert "rat" not in lemmas("the temperature rose")
    assert lemmas("Graphs") == lemmas("graph") and lemmas("studied") == lemmas("study")


def test_fold_and_words_ignore_case_accents_and_punctuation():
    assert fold("Ørsted-Łukasiewicz's") == "orsted lukasiewicz"
    assert fold("Tim O'Donnell") == fold("tim odonnell") == "tim odonnell"
    assert fold("qu'a publié l'équipe") == "qu a publie l equipe"
    assert fold("encoder/decoder") == "encoder decoder"  # a slash parts words, as a hyphen does
    assert words("co-author, Gemma-7B!") == ["co", "author", "gemma", "7b"]


def test_sentences_come_from_the_segmenter_and_keep_abbreviations_and_decimals():
    text = "We reach 85.3% vs. 71.2% for prior work (Lee et al. 2021). It runs on 8 GPUs! Code is released."
    assert sentences(text) == ["We reach 85.3% vs. 71.2% for prior work (Lee et al. 2021).", "It runs on 8 GPUs!",
                               "Code is released."]


def test_french_field_terms_become_english_longest_phrase_first():
    english = to_english("les réseaux de neurones pour l'apprentissage par renforcement")
    assert "reinforcement learning" in english and "neural network" in english
    assert "gflownet" in to_english("Sur les GFlowNet")  # unknown words (names, acronyms) stay
    # « génie » is engineering as a field and in a learned society's name
    assert "civil engineering" in to_english("elle a un diplôme en génie civil")
    assert {"academy", "engineering"} <= set(to_english("membre de l'Académie norvégienne de génie").split())


def test_a_french_term_is_matched_whatever_determiner_it_is_written_with():
    # The table writes "soutenir une thèse"; a question writes it with a possessive.
    assert "defend" in to_english("quand a-t-elle soutenu sa thèse ?")
    assert "defend" in to_english("ils ont soutenu leurs thèses")


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


def test_importing_qa_loads_no_language_model_lemmatizer_or_html_parser():
    """`qa ask` pays for a language model, a dictionary or a parser only when it uses one (issue 13)."""
    import subprocess
    import sys

    heavy = ("py3langid", "simplemma", "bm25s", "scipy", "bs4", "lxml")
    code = f"import sys, qa, qa.assistant, qa.cli; print([m for m in {heavy!r} if m in sys.modules])"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_models_read_from_the_cache_give_the_same_languages_and_lemmas(tmp_path, monkeypatch):
    """The language model and the dictionaries are decoded once into the cache, then read from there:
    the same scores and lemmas as py3langid and simplemma give, and a damaged cache file is rebuilt."""
    import numpy as np
    import simplemma
    from py3langid.langid import _load_identifier

    from qa.text import dictionaries, language_identifier, lemmatizer

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    texts = ["Petar Veličković's papers on softmax?", "Quels articles a publiés Yoshua Bengio en 2023 ?",
             "graph neural networks", "Apprentissage par renforcement profond", "", "ICML 2025", "Qui est Doina ?"]
    words_ = [w for t in texts for w in words(t)] + ["studies", "publiées", "reinforces", "été", "networks"]
    reference = _load_identifier(langs=["en", "fr"])
    try:
        for attempt in ("built", "read", "rebuilt"):
            language_identifier.cache_clear()
            lemmatizer.cache_clear()
            dictionaries.cache_clear()
            identifier = language_identifier(("en", "fr"))
            for text in texts:
                assert np.array_equal(identifier._decide(text), reference._decide(text)), (attempt, text)
                assert identifier.classify(text) == reference.classify(text)
            for word in words_:
                for lang in ("en", "fr"):
                    assert lemmatizer().lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), (attempt, word)
            cached = sorted(p.name for p in tmp_path.iterdir())
            assert len(cached) == 4 and not any(name.endswith(".tmp") for name in cached), cached
            # Read from the cache once written: the automaton mapped from it, not decompressed.
            assert isinstance(identifier.tk_nextmove, memoryview) == (attempt == "read")
            if attempt == "read":
                for path in tmp_path.iterdir():
                    path.unlink()  # a new file: the mapped one stays as it was
                    path.write_bytes(b"damaged")
    finally:
        language_identifier.cache_clear()
        lemmatizer.cache_clear()
        dictionaries.cache_clear()


def test_a_french_word_with_two_senses_keeps_its_general_one_alone_and_its_field_one_in_terms():
    from qa.text import to_english

    assert "treatment" in to_english("traitements contre le cancer")
    assert to_english("traitement d'images") == "image processing"
    assert to_english("traitement automatique des langues") == "natural language processing"


def test_a_dotted_abbreviation_is_one_word():
    from qa.text import undotted

    assert words(undotted("his Ph.D. and an M.Sc. from Laval")) == ["his", "phd", "and", "an", "msc", "from", "laval"]
    assert undotted("Daniel M. Roy") == "Daniel M. Roy"  # one initial is no abbreviation


@pytest.mark.parametrize("acronym, name", [("UdeM", "Université de Montréal"), ("uqam", "Université du Québec à Montréal"),
                                           ("MIT", "Massachusetts Institute of Technology"), ("XYZ", None), ("de", None)])
def test_an_acronym_is_spelled_by_the_initials_of_a_printed_name(acronym, name):
    from qa.text import spelled_by_initials

    text = ("She taught at the Université de Montréal and the Université du Québec à Montréal "
            "after a postdoc at the Massachusetts Institute of Technology.")
    assert spelled_by_initials(acronym, text) == name


@pytest.mark.parametrize("word, defined", [("tgp", True), ("TGP", True), ("sgms", True), ("kf", False), ("tg", False)])
def test_an_acronym_is_defined_by_lower_case_words_spelling_it_before_it_in_brackets(word, defined):
    # (A plural acronym's "s" is no initial; an acronym given in brackets after words that do not
    # spell it is not defined there.)
    from qa.text import defines_acronym

    text = ("We propose tidal gauge pooling (TGP) for sparse gauge maps (SGMs); "
            "a filter (KF) then smooths them. The TG estimate is new.")
    assert defines_acronym(word, text) is defined


@pytest.mark.parametrize("acronym, name", [("DOSF", "Department of Ocean Science and Fisheries"), ("TISL", "Tidal Systems Lab"),
                                           ("KRL", None)])
def test_an_acronym_is_spelled_by_the_name_a_text_prints_before_it_in_brackets(acronym, name):
    # Whatever its initials spell ("DOSF" would spell a French name): the text defines it so.
    from qa.text import bracket_defined

    text = ("She teaches in the Department of Ocean Science and Fisheries (DOSF) and leads the Tidal Systems Lab (TISL); "
            "the kelp robotics lab (KRL) is her students'.")
    assert bracket_defined(acronym, text) == name


def test_degree_abbreviations_name_their_degrees_as_typed():
    from qa.text import degree_words

    # (and a text naming any is said to name a degree: "which degrees does he hold?")
    # (and the levels of those degrees: "where did she do her undergrad / her grad degrees?")
    assert degree_words("She holds a BSc from Lund and an M.Sc. and a PhD from Oslo.") == \
        {"bachelor", "master", "doctorate", "degree", "diplome", "undergraduate", "undergrad", "graduate", "grad", "postgraduate"}
    assert degree_words("ma thèse porte sur les ms de données") == set()


def test_a_degree_written_out_in_either_language_names_its_level():
    from qa.text import degree_words

    assert degree_words("Elle est titulaire d'une licence de l'Université de Lund.") == {"undergraduate", "undergrad"}
    assert degree_words("He received a master's degree from Oslo.") == {"graduate", "grad", "postgraduate"}
    assert degree_words("She moved to Oslo in 2012.") == set()


def test_an_agreed_participle_reaches_the_verb_the_table_knows():
    # simplemma stops at the plain participle ("dirigées" → "dirigé"); the table knows the verb.
    assert "lead" in to_english("les équipes qu'elle a dirigées").split()
    assert "data" in to_english("les données").split()  # a noun the table knows keeps its own sense


@pytest.mark.parametrize("sentence, figure", [
    ("The ceremony took place in Halifax on 12 June.", False),  # a day of a month is a date
    ("La cérémonie aura lieu le 21 mai prochain.", False),
    ("Elle a reçu une bourse.", False),  # "une" is an article here
    ("Trois bourses ont été remises.", True),
    ("Each laureate receives $50,000.", True),
    ("It was founded in 2019.", False),
])
def test_a_figure_is_a_quantity_not_a_date_or_an_article(sentence, figure):
    from qa.text import has_figure

    assert has_figure(sentence, years=False) is figure


def test_a_word_whose_lemma_is_a_question_word_keeps_its_own_form_when_it_is_a_word_of_its_own():
    from qa.text import content_lemmas

    assert content_lemmas("the lab she co-founded and the group she found") == ["lab", "found", "group"]
    assert content_lemmas("what did they find") == []


def test_ordinals_read_alike_in_figures_words_and_both_languages():
    from qa.text import lemma, lemma_fr, lemma_fr_twice

    assert lemma("1re") == lemma("1st") == lemma("First") == lemma_fr("1ère") == lemma_fr("premier") == "first"
    assert lemma("3ème") == lemma_fr("troisième") == lemma_fr_twice("3e") == lemma("third") != lemma("2nd")
    # (French plurals: "the 2nd places", « les 2es places », « les deuxièmes »)
    assert lemma_fr("2es") == lemma_fr("deuxièmes") == lemma("2nd") and lemma_fr("3èmes") == "third"


def test_inclusive_writing_reads_as_its_base_word():
    from qa.text import undotted

    assert undotted("des étudiant·e·s et des chercheur·euse·s, une lauréat·e") == "des étudiants et des chercheurs, une lauréat"


def test_a_line_naming_or_placing_a_winner_holds_every_award_word():
    from qa.text import award_words

    assert {"winner", "prize"} <= award_words("3rd place: Team Gannet, for their robot")
    assert "winner" in award_words("Le 2e prix a été remis à l'équipe Macareux.")
    assert "prize" in award_words("She received the Harbour Medal, an award for young botanists.")
    assert not award_words("The robots raced across the inner harbour in second gear.")


def test_money_asked_by_its_kind_is_given_by_a_sentence_naming_that_kind():
    from qa.text import gives_measure, lemmas

    funding = set(lemmas("funding"))
    assert gives_measure("The lighthouse survey received $310,000 from the Ocean Fund.", funding)
    assert gives_measure("Le ministère octroie 840 000 $ au laboratoire.", funding)
    assert not gives_measure("Seabird tourism is a global industry worth $2 billion.", funding)
    assert not gives_measure("Tuition is $4,000 per term.", funding)
    # Money asked with no kind ("the dollar amount") is given by any amount.
    assert gives_measure("Seabird tourism is a global industry worth $2 billion.", set(lemmas("dollar amount")))


def test_a_factor_is_given_by_a_figure_times_or_a_one_letter_sign_against_its_figure():
    from qa.text import gives_measure, lemmas

    speedup = set(lemmas("speedup"))
    assert gives_measure("The kernel runs 3.2x faster than the baseline.", speedup)
    assert gives_measure("Le tri est deux fois plus rapide.", speedup)
    assert gives_measure("Decoding is 4 × quicker.", speedup)
    assert not gives_measure("We map each input x to a latent code.", speedup)  # "x" alone is a variable


def test_a_plural_field_term_the_lemmatiser_does_not_know_is_read_in_the_singular():
    # simplemma leaves "encodages positionnels" as typed; the table holds the singular term only.
    assert "positional encoding" in to_english("des encodages positionnels appris")
    assert to_english("les modèles") == "les model"  # a known plural is left to the lemmatiser


@pytest.mark.parametrize("plural, singular", [("CNNs", "CNN"), ("mlps", "mlp"), ("LSTMs", "LSTM")])
def test_an_acronyms_plural_is_its_singulars_lemma(plural, singular):
    from qa.text import lemma

    assert lemma(plural) == lemma(singular)


def test_short_words_ending_in_s_are_no_acronym_plurals():
    from qa.text import lemma

    assert [lemma(w) for w in ("its", "this", "gas", "bus", "ms")] == ["its", "this", "gas", "bus", "ms"]


@pytest.mark.parametrize("sentence, claims", [
    ("We then propose a sampler that skips cold pixels.", True),
    ("We also find that the sampler drifts in winter.", True),
    ("We empirically show that drift halves the error.", True),
    ("They also find drift in winter.", False),  # not the paper's own claim
])
def test_an_adverb_between_we_and_its_verb_does_not_hide_a_claim(sentence, claims):
    assert says(sentence, "claim_cues.txt") == claims


def test_a_french_verb_phrase_framing_a_topic_reads_as_its_english_framing():
    # "s'attaquer à" frames the topic as "tackle" does; its own word "attaque" stays "attack".
    assert to_english("elle s'attaque aux dérives des capteurs").split()[1] == "tackle"
    assert "curse" in to_english("la malédiction de la dimension")
    assert "attack" in to_english("une attaque adverse")



def test_a_phrase_is_found_with_a_time_word_inside_it():
    from qa.text import says

    assert says("Ses travaux actuels portent sur les glaciers.", "interest_cues.txt")
    assert says("Her research currently focuses on sea ice.", "interest_cues.txt")
    assert not says("Her papers appeared at ICML.", "interest_cues.txt")


@pytest.mark.parametrize("french", ["Ses travaux sont soutenus par la fondation Kelp.", "La fondation Kelp soutient ses travaux."])
def test_support_in_french_reads_as_support(french):
    assert {"support", "supported"} & set(to_english(french).split())
    assert "defend a thesis" in to_english("Elle va soutenir une thèse en 2026.")


@pytest.mark.parametrize("sentence", ["Elle a fait son postdoctorat sous la supervision du professeur Kwame Boateng.",
                                      "Son doctorat s'est fait sous la direction du Pr Lior Haddad.",
                                      "J'ai fait ma maîtrise sous la supervision d'Inès Varga et de Lior Haddad."])
def test_a_supervision_phrase_with_a_contracted_article_says_who_supervised(sentence):
    assert says(sentence, "supervision_cues.txt")


def test_a_plural_abbreviated_degree_names_that_degree():
    from qa.text import degree_words

    assert "doctorate" in degree_words("Who supervised both of their PhDs?")
    assert "doctorate" not in degree_words("Who supervised both of their theses?")


def test_numbers_written_in_words_read_as_their_figures():
    from qa.text import in_figures, lemma

    assert in_figures("la trente-deuxième édition réunit vingt-huit équipes", "fr") == "la 32ème édition réunit 28 équipes"
    assert in_figures("the forty-first workshop had seventeen talks", "en") == "the 41st workshop had 17 talks"
    # An ordinal past the lexicon's ten reads as its number, whatever its suffix; the first ten as their word.
    assert lemma("32e") == lemma("32ème") == lemma("32nd") == "32"
    assert lemma("2e") == "second"


def test_a_numbered_lists_items_are_whole_sentences():
    said = sentences("The pact has three parts: 1. A shared tide-gauge network 2. Open access to the archive "
                     "(more than 40 years of records) 3. A summer school for students. The gauges cost 3. "
                     "Funding rose from 2 to 3. Work starts in May.")
    assert said[:4] == ["The pact has three parts:", "1. A shared tide-gauge network",
                        "2. Open access to the archive (more than 40 years of records)", "3. A summer school for students."]
    # A sentence ending on a figure keeps it: no list opened there.
    assert "The gauges cost 3." in said and "Funding rose from 2 to 3." in said


def test_a_figure_beside_what_is_counted():
    from qa.text import figure_beside

    assert figure_beside("a safer season for our 4,200 members", {"member"})
    assert figure_beside("plus de 900 chercheurs étudiants", {"chercheur"})
    # A number elsewhere in the sentence is no count of them.
    assert not figure_beside("a three-year partnership that will benefit all co-op members in the long term", {"member"})


@pytest.mark.parametrize("text,kinds", [
    ("She is a principal scientist at Kelp Labs in Stavanger, and an adjunct.", {"city"}),
    ("Professeure, Université de Montréal", {"city"}),
    ("Il a étudié en Islande, puis aux États-Unis.", {"country"}),
    ("Canada CIFAR AI Chair", set()),  # (a name alone may be a role's or a company's)
    ("He is a member of Mila.", set()),  # (a town of that name is too small to be read as one)
    ("her work in Deep Learning", set())])
def test_places_are_named_after_a_preposition(text, kinds):
    assert places_named(text) == kinds
