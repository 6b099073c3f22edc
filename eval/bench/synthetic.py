"""Deterministic synthetic Mila directory pages, for benchmarks and parser/merger tests at scale.

``generate(out_dir, n_papers, seed)`` writes page files plus a ``sources.json`` into ``out_dir`` and
returns a :class:`Corpus` with the ground truth: ``n_papers`` distinct papers (every one of them
listed on at least one page), about ``n_papers / 25`` researchers, and what each page shows.

The pages look like the seed scrapes (``seeds/``), with the same difficulties:

- papers co-listed on the pages of 1 to 3 researchers, English pages (``/en/directory/slug``) and,
  for about half of the researchers, French ones (``/fr/annuaire/slug``) listing a subset again;
  long listings paginated (``?page=0%2C1``), a few profiles under a second ``slug-0`` URL;
- news banners before the profile and a cookie dialog (new sentences in the site's style, English
  or French), sometimes a footer;
- three page layouts: a full profile (portrait line, name, roles, research topics, titles and
  co-authors above each abstract), a compact one (name, role, abstracts with some titles, dates and
  venue lines) and a bare listing that never prints the name (only the URL has it);
- abstracts of about 150-250 words built from a vocabulary of ML terms, each listing spliced with
  ``… (see more)`` / ``… (voir plus)`` in the middle of a word at the listing's cut-off;
- entries printed twice on a page, second copies differing by a word, copies cut short, dates that
  disagree by a day between pages, papers that only ever show a title and co-authors;
- accented names (``Hélène Côté``, ``Dragoš Kovačević``) whose URL slugs are unaccented;
- some pages as HTML (same content, chrome in ``cookie``/``announcement`` containers).

Everything is drawn from one seeded ``random.Random``: the same seed gives the same bytes.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from unidecode import unidecode

# --------------------------------------------------------------------------------------------
# Vocabulary

TOPICS = [
    # (topic as written in abstracts, sub-problems, application areas, French field name)
    ("graph neural networks", ["message passing", "over-smoothing", "graph rewiring", "node classification",
                               "link prediction", "positional encodings for graphs"],
     ["molecular property prediction", "traffic forecasting", "recommender systems"], "réseaux de neurones sur graphes"),
    ("reinforcement learning", ["policy optimization", "off-policy evaluation", "reward shaping", "exploration",
                                "credit assignment", "model-based planning"],
     ["robotic control", "game playing", "resource allocation"], "apprentissage par renforcement"),
    ("diffusion models", ["score matching", "classifier-free guidance", "sampling schedules", "latent diffusion",
                          "likelihood estimation"],
     ["image synthesis", "protein structure generation", "audio generation"], "modèles de diffusion"),
    ("large language models", ["in-context learning", "instruction tuning", "chain-of-thought prompting",
                               "tokenization", "preference optimization", "long-context retrieval"],
     ["code generation", "mathematical reasoning", "dialogue systems"], "grands modèles de langage"),
    ("continual learning", ["catastrophic forgetting", "loss of plasticity", "replay buffers", "task boundaries",
                            "representation drift"],
     ["lifelong robotics", "streaming recommendation", "on-device adaptation"], "apprentissage continu"),
    ("causal inference", ["structural causal models", "interventional data", "confounding", "counterfactual estimation",
                          "causal discovery"],
     ["epidemiology", "policy evaluation", "genomics"], "inférence causale"),
    ("computer vision", ["object detection", "semantic segmentation", "vision transformers",
                         "self-supervised pretraining", "video understanding"],
     ["autonomous driving", "medical imaging", "satellite imagery"], "vision par ordinateur"),
    ("optimization", ["adaptive optimizers", "learning rate schedules", "loss landscapes", "second-order methods",
                      "implicit regularization"],
     ["large-scale pretraining", "federated training", "hyperparameter tuning"], "optimisation"),
    ("generative flow networks", ["amortized sampling", "trajectory balance", "compositional structures",
                                  "reward-proportional sampling"],
     ["drug discovery", "combinatorial optimization", "Bayesian structure learning"], "réseaux de flot génératifs"),
    ("speech recognition", ["acoustic modelling", "streaming decoding", "speaker adaptation",
                            "self-supervised speech representations"],
     ["low-resource languages", "voice assistants", "meeting transcription"], "reconnaissance de la parole"),
    ("recurrent neural networks", ["state space models", "linear attention", "long-range dependencies",
                                   "gated recurrences", "parallel scans"],
     ["language modelling", "time series forecasting", "real-time control"], "réseaux de neurones récurrents"),
    ("interpretability", ["mechanistic circuits", "probing classifiers", "feature attribution", "sparse autoencoders",
                          "concept discovery"],
     ["model auditing", "scientific discovery", "safety evaluation"], "interprétabilité"),
    ("Bayesian deep learning", ["uncertainty estimation", "variational inference", "calibration",
                                "posterior approximation", "ensembles"],
     ["active learning", "clinical decision support", "weather forecasting"], "apprentissage profond bayésien"),
    ("fairness in machine learning", ["demographic parity", "bias mitigation", "subgroup robustness",
                                      "distribution shift", "auditing of classifiers"],
     ["hiring tools", "credit scoring", "content moderation"], "équité en apprentissage automatique"),
    ("drug discovery", ["molecular generation", "binding affinity prediction", "protein-ligand docking",
                        "retrosynthesis", "property optimization"],
     ["antibiotic design", "virtual screening", "lead optimization"], "découverte de médicaments"),
    ("climate modelling", ["downscaling", "extreme event prediction", "emulation of physical models",
                           "data assimilation"],
     ["weather forecasting", "wildfire risk", "energy systems"], "modélisation du climat"),
    ("natural language processing", ["machine translation", "question answering", "named entity recognition",
                                     "text summarization", "multilingual transfer"],
     ["legal documents", "scientific literature", "customer support"], "traitement automatique des langues"),
    ("meta-learning", ["few-shot adaptation", "learned optimizers", "task distributions", "hypernetworks",
                       "amortized inference"],
     ["personalized models", "rapid prototyping", "robot skill transfer"], "méta-apprentissage"),
    ("self-supervised learning", ["contrastive objectives", "masked modelling", "representation collapse",
                                  "data augmentation", "joint-embedding architectures"],
     ["medical imaging", "remote sensing", "speech processing"], "apprentissage auto-supervisé"),
    ("neural algorithmic reasoning", ["algorithmic alignment", "execution traces", "size generalisation",
                                      "dynamic programming", "graph algorithms"],
     ["combinatorial optimization", "program synthesis", "route planning"], "raisonnement algorithmique neuronal"),
    ("robotics", ["dexterous manipulation", "sim-to-real transfer", "legged locomotion", "imitation learning",
                  "visuomotor policies"],
     ["warehouse automation", "assistive robots", "agricultural robots"], "robotique"),
    ("time series forecasting", ["probabilistic forecasting", "irregular sampling", "anomaly detection",
                                 "multivariate dependencies"],
     ["energy demand", "retail sales", "patient monitoring"], "prévision de séries temporelles"),
    ("federated learning", ["client drift", "communication efficiency", "differential privacy",
                            "personalization", "heterogeneous clients"],
     ["mobile keyboards", "hospital networks", "edge devices"], "apprentissage fédéré"),
    ("protein design", ["inverse folding", "structure prediction", "sequence design", "binder design",
                        "equivariant generative models"],
     ["enzyme engineering", "vaccine design", "antibody optimization"], "conception de protéines"),
]
ADJECTIVES = ["scalable", "lightweight", "principled", "modular", "data-efficient", "hierarchical", "probabilistic",
              "sparse", "equivariant", "differentiable", "robust", "adaptive", "compositional", "memory-efficient",
              "theoretically grounded", "simple", "unified", "non-parametric", "contrastive", "causal"]
COMPONENTS = ["attention mechanism", "training objective", "regularizer", "architecture", "sampling procedure",
              "estimator", "memory module", "curriculum", "planning algorithm", "tokenizer", "routing scheme",
              "normalization layer", "reward model", "encoder", "inference procedure", "benchmark"]
PROPERTIES = ["Robustness", "Expressivity", "Sample Complexity", "Stability", "Calibration", "Generalisation",
              "Scaling Behaviour", "Limits", "Implicit Bias", "Identifiability"]
CONDITIONS = ["distribution shift", "label noise", "limited supervision", "non-stationarity", "partial observability",
              "adversarial perturbations", "compute constraints", "sparse rewards", "long horizons", "class imbalance"]
SETTINGS = ["Billions of Parameters", "Thousands of Tasks", "Long Contexts", "the Real World", "Low-Resource Settings",
            "Many Agents", "Edge Devices"]
GERUNDS = ["Rethinking", "Scaling", "Learning", "Revisiting", "Understanding", "Improving", "Stabilizing",
           "Accelerating", "Benchmarking", "Unifying"]
MECHANISMS = ["decouples {a} from {b}", "learns a latent representation shared between {a} and {b}",
              "replaces hand-designed heuristics for {a} with a learned {c}", "treats {a} as a form of {b}",
              "combines {a} with a lightweight {c}", "casts {a} as an inference problem over {b}",
              "reuses intermediate computations of {a} to speed up {b}", "enforces consistency between {a} and {b}"]
PROBLEMS = ["they degrade sharply under {cond}", "their behaviour under {cond} is poorly understood",
            "they require large amounts of labelled data", "their cost grows quadratically with input size",
            "they often fail to transfer beyond the training distribution", "they are brittle under {cond}",
            "they offer few guarantees about {a}"]
OPENINGS = [
    "{Topic} have become a {qual} tool for {a}, but {problem}.",
    "Recent progress in {topic} has been driven by advances in {a}, yet {problem}.",
    "{A} is a {qual} challenge in {topic}, with applications ranging from {app1} to {app2}.",
    "Despite their success, methods for {a} remain poorly understood when facing {cond}.",
    "A {qual} question in {topic} is how to handle {a} without sacrificing {b}.",
    "Many applications of {topic}, such as {app1} and {app2}, depend on reliable {a}.",
    "We study {a} in {topic}, a problem that arises in {app1} and {app2}.",
    "Understanding {a} is essential for deploying {topic} in {app1}.",
    "How should {topic} deal with {cond} when {a} is {qual} to the task?",
    "The performance of {topic} on {app1} hinges on {a}, which is often overlooked.",
    "{A} and {b} are usually treated separately in {topic}, even though both matter for {app1}.",
    "Over the past {y} years, {a} has emerged as a {qual} ingredient of {topic}.",
    "Practitioners applying {topic} to {app1} routinely face {cond}, which makes {a} difficult.",
    "It is widely believed that {a} requires {b}; we revisit this belief in the context of {topic}.",
    "Scaling {topic} to {app1} raises {qual} questions about {a} and {b}.",
    "{Topic} trained with standard objectives tend to neglect {a}, especially under {cond}.",
]
MODIFIERS = ["online", "offline", "multi-task", "hierarchical", "cross-lingual", "multi-agent", "few-shot",
             "large-scale", "distributed", "multimodal", "long-horizon", "safe", "zero-shot", "semi-supervised",
             "uncertainty-aware", "privacy-preserving", "data-driven", "fine-grained", "open-ended", "sparse"]
QUALIFIERS = ["central", "fundamental", "long-standing", "key", "practical", "recurring", "critical", "open",
              "well-known", "pressing", "subtle", "core"]
GAPS = ["{prior} {adv}{gap}.", "However, {prior_lc} {adv}{gap}.", "Unfortunately, {prior_lc} {adv}{gap}.",
        "{prior} {adv}{gap}, which limits their use in {app1}.", "Yet {prior_lc} {adv}{gap} under {cond}."]
PRIOR = ["Existing approaches", "Prior methods", "Most previous work", "Standard techniques", "Current methods",
         "Popular baselines", "Earlier studies", "State-of-the-art systems", "Classical algorithms",
         "Off-the-shelf models", "Recent proposals", "Mainstream pipelines"]
ADVERBS = ["", "", "", "typically ", "often ", "largely ", "still ", "usually ", "implicitly ", "mostly "]
GAP_VERBS = ["rely on {assumption} about {b}", "scale poorly with {dim}", "require {requirement} at test time",
             "ignore the interaction between {a} and {b}", "are evaluated only on {narrow}",
             "treat {b} as a fixed preprocessing step", "assume access to {requirement}",
             "trade {b} for {dim} in an ad hoc way", "break down when {dim} grows", "overfit to {narrow}"]
ASSUMPTIONS = ["strong independence assumptions", "hand-crafted priors", "stationary data", "clean labels",
               "known task boundaries", "dense supervision", "i.i.d. sampling", "fixed vocabularies",
               "linear dynamics", "perfect simulators", "shared feature spaces", "smooth objectives"]
DIMENSIONS = ["the number of nodes", "sequence length", "the size of the action space", "model width",
              "the number of tasks", "input resolution", "the number of clients", "the horizon",
              "the vocabulary size", "dataset size", "the number of agents", "the dimension of the data"]
REQUIREMENTS = ["ground-truth annotations", "a simulator", "expert demonstrations", "privileged information",
                "large labelled datasets", "task identities", "the full training set", "a reward model",
                "paired examples", "hand-tuned hyperparameters", "domain experts", "multiple forward passes"]
NARROW = ["synthetic benchmarks", "small academic datasets", "English-only corpora", "a single domain",
          "short sequences", "toy environments", "curated test sets", "in-distribution data", "low-resolution images",
          "a handful of tasks"]
PROPOSALS = [
    "In this work, we introduce {Name}, a {adj} {comp} that {mech}.",
    "We propose {Name}, a {adj} {comp} which {mech}.",
    "To address this, we present {Name}, a {adj} framework for {a} that {mech}.",
    "In this paper, we develop {Name}, which {mech}.",
]
DETAILS = [
    "The key idea is to exploit the structure of {b} so that {a} can be learned from fewer samples.",
    "Our approach can be trained end-to-end with standard gradient-based optimization and adds little overhead.",
    "We prove that {Name} is consistent under mild assumptions and characterise its convergence rate.",
    "We show theoretically that the resulting {comp} is strictly more expressive than previous formulations.",
    "Crucially, {Name} does not require access to {b} at inference time.",
    "We further derive a variance-reduced estimator that makes training stable at scale.",
    "A simple modification of the {comp} allows {Name} to handle {cond} gracefully.",
]
RESULTS = [
    "Experiments on {n} benchmarks from {m} domains show that {Name} improves over strong baselines by {p}% on average.",
    "Across {n} tasks, {Name} matches or outperforms the state of the art while using {f}x less compute.",
    "On {app1} and {app2}, {Name} reduces error by {p}% relative to the best published results.",
    "Empirically, {Name} achieves a {f}x speed-up at inference time with no loss in accuracy.",
    "Our evaluation on {n} datasets shows consistent gains, in particular under {cond}.",
]
ANALYSES = [
    "We further analyse the learned representations and find that they capture {a} in an interpretable way.",
    "Ablations confirm that each component contributes to the final performance.",
    "We also identify failure modes related to {cond} and discuss how they could be addressed.",
    "Finally, we release a benchmark of {n} tasks to encourage further research on {a}.",
    "Our analysis reveals a trade-off between {a} and {b} that previous evaluations had overlooked.",
    "These findings suggest that {a} deserves more attention in the design of future {topic}.",
    "Code and pretrained models are available at https://github.com/{org}/{slug}.",
]
ORGS = ["mila-iqia", "chandar-lab", "lab-ml", "open-research", "quebec-ai", "rl-group"]

FIRST_NAMES = ["Hélène", "François", "Émilie", "Zoë", "Jérôme", "Chloé", "Loïc", "Sébastien", "Anaïs", "Björn",
               "Søren", "Nuño", "Inès", "Dragoš", "Maëlle", "Renée", "Joël", "Andrés", "Léa", "Mathéo",
               "Amir", "Priya", "Wei", "Yuki", "Olumide", "Fatima", "Diego", "Sara", "Thomas", "Marie-Ève",
               "Jean-Philippe", "Aisha", "Kenji", "Ana", "Lucas", "Nadia", "Omar", "Elena", "Marco", "Ingrid",
               "Hugo", "Camille", "Gabriel", "Yasmine", "Samuel", "Mei", "Arjun", "Irina", "Pablo", "Clara",
               "Tariq", "Noémie", "Rafael", "Sofia", "Kwame", "Leila", "Matthias", "Julia", "Ravi", "Alice"]
LAST_NAMES = ["Côté", "Gagnon", "Lefèbvre", "Bélanger", "Nguyen", "Müller", "Kovačević", "Dvořák", "García",
              "Núñez", "Ibáñez", "Gauthier", "Tremblay", "Bouchard", "Öztürk", "Pelletier", "Lévesque", "Ørsted",
              "Ångström", "Bergström", "Chen", "Okafor", "Rossi", "Schmidt", "Kumar", "Tanaka", "Haddad",
              "Fernández", "Leclerc", "Dubois", "Martin", "Roy", "Nakamura", "Popescu", "Ivanova", "Moreau",
              "Silva", "Kowalski", "Novak", "Jensen", "Larsen", "Papadopoulos", "Yilmaz", "Abara", "Mensah",
              "Desjardins", "Fortin", "Girard", "Poirier", "Caron", "de la Fontaine", "van der Berg", "Al-Sayed",
              "O'Neill", "Nováková", "Hoang", "Park", "Kim", "Zhou", "Wang", "Li", "Singh", "Mendoza"]
ROLES_EN = ["Alumni", "Core Academic Member", "Associate Academic Member", "Affiliate Member", "Postdoctoral Fellow",
            "PhD Student", "Research Scientist Member"]
ROLES_FR = ["Alumni", "Membre académique principal", "Membre académique associé", "Membre affilié",
            "Chercheur postdoctoral", "Étudiante au doctorat", "Membre scientifique"]
AFFILIATIONS = ["Assistant Professor, Université de Montréal, Department of Computer Science and Operations Research",
                "Associate Professor, McGill University, School of Computer Science",
                "Research Scientist, Google DeepMind", "Professor, Polytechnique Montréal",
                "Senior Researcher, Microsoft Research", "Canada CIFAR AI Chair", "Assistant Professor, HEC Montréal"]
VENUES = ["Proceedings of the 42nd International Conference on Machine Learning",
          "Proceedings of the 41st International Conference on Machine Learning",
          "Advances in Neural Information Processing Systems 37", "Advances in Neural Information Processing Systems 36",
          "International Conference on Learning Representations", "Transactions on Machine Learning Research",
          "Proceedings of the Third Learning on Graphs Conference",
          "Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing",
          "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
          "Proceedings of the AAAI Conference on Artificial Intelligence", "Conference on Robot Learning",
          "Nature Machine Intelligence", "Journal of Machine Learning Research"]
STATUS = {"en": ["published", "published", "published", "accepted", "preprint"],
          "fr": ["publié", "publié", "publié", "accepté", "prépublication"]}
SEE_MORE = {"en": "see more", "fr": "voir plus"}

BANNERS = {
    "en": [
        ("Mila opens applications for its summer school on responsible AI",
         "Graduate students and early-career researchers from across Canada are invited to spend two weeks in "
         "Montréal learning how to design, evaluate and deploy machine learning systems that serve the public good."),
        ("New partnership to bring AI tools to Quebec hospitals",
         "Mila and a network of regional health institutions are launching a three-year programme to co-develop "
         "clinical decision support tools with patients, clinicians and researchers working side by side."),
        ("Registration is open for the AI and Climate Action Forum",
         "Join researchers, policymakers and industry leaders on March 12 for a day of talks and workshops on how "
         "machine learning can accelerate the transition to a low-carbon economy."),
        ("Mila welcomes a new cohort of professional master's students",
         "Forty students join this year's applied machine learning programme, which pairs each of them with an "
         "industry partner for a semester-long internship on a real-world problem."),
        ("Open call for startups in the Mila entrepreneurship lab",
         "Early-stage companies building products on top of artificial intelligence can apply year-round for "
         "mentoring, compute credits and introductions to investors through our incubation track."),
    ],
    "fr": [
        ("Mila lance les inscriptions à son école d'été sur l'IA responsable",
         "Les étudiantes et étudiants des cycles supérieurs de partout au Canada sont invités à passer deux "
         "semaines à Montréal pour apprendre à concevoir et évaluer des systèmes d'apprentissage automatique."),
        ("Un nouveau partenariat pour outiller les hôpitaux du Québec",
         "Mila et un réseau d'établissements de santé régionaux lancent un programme de trois ans pour développer, "
         "avec les patients et les cliniciens, des outils d'aide à la décision clinique."),
        ("Les inscriptions au Forum IA et action climatique sont ouvertes",
         "Chercheurs, décideurs et partenaires industriels se réuniront le 12 mars pour une journée de conférences "
         "et d'ateliers sur l'apport de l'apprentissage automatique à la transition énergétique."),
        ("Mila accueille une nouvelle cohorte à la maîtrise professionnelle",
         "Quarante étudiantes et étudiants rejoignent cette année le programme en apprentissage automatique "
         "appliqué, chacun jumelé à un partenaire industriel pour un stage d'une session."),
    ],
}
COOKIES = {
    "en": [
        "This site uses cookies to understand how visitors browse it and to tailor what you see. You can switch "
        "them off whenever you like, though some features may then stop working. See our Privacy Policy for details.",
        "Cookie preferences",
        "Choose which kinds of cookies you are happy to accept. Some of these choices can change the services we "
        "are able to offer on our sites (recommendations, tailored content, etc.).",
        "Strictly necessary cookies",
        "These cookies keep the site running and cannot be turned off. (Always on)",
        "Audience measurement cookies",
        "May we use cookies to count visits to our pages?",
        "Video Player",
        "May we use cookies so that you can play videos hosted by our partners (YouTube, Vimeo, etc.)?",
    ],
    "fr": [
        "Ce site utilise des témoins pour comprendre comment il est consulté et adapter ce que vous y voyez. Vous "
        "pouvez les désactiver en tout temps, mais certaines fonctions pourraient alors cesser de fonctionner.",
        "Préférences de témoins",
        "Choisissez les types de cookies que vous acceptez. Certains de ces choix peuvent modifier les services que "
        "nous offrons sur nos sites (recommandations, contenus adaptés, etc.).",
        "Cookies strictement nécessaires",
        "Ces cookies assurent le fonctionnement du site et ne peuvent pas être désactivés. (Toujours actifs)",
        "Cookies de mesure d'audience",
        "Acceptez-vous que nous utilisions des cookies pour compter les visites de nos pages ?",
        "Lecteur vidéo",
        "Acceptez-vous les cookies qui permettent de lire les vidéos hébergées par nos partenaires (YouTube, etc.) ?",
    ],
}
FOOTERS = {"en": "© 2025 Mila - Quebec Artificial Intelligence Institute. All rights reserved.",
           "fr": "© 2025 Mila - Institut québécois d'intelligence artificielle. Tous droits réservés."}
HEADINGS = {"en": {"portrait": "Portrait of", "topics": "Research Topics", "pubs": "Publications"},
            "fr": {"portrait": "Portrait de", "topics": "Thèmes de recherche", "pubs": "Publications"}}
SMALL_WORDS = {"for", "of", "with", "via", "and", "the", "to", "in", "on", "at", "a", "an", "under", "from", "by"}
CUT_AT = 140  # the listing shows this many characters of an abstract before its "(see more)" toggle


# --------------------------------------------------------------------------------------------
# Ground truth records


@dataclass
class SynthPaper:
    index: int
    title: str
    abstract: str | None
    authors: list[str]  # co-authors, researchers excluded
    researchers: list[str]
    topic: str
    date: str | None
    venue: str | None
    status_index: int


@dataclass
class SynthResearcher:
    name: str
    slug: str
    topics: list[str]
    role: int
    papers: list[int] = field(default_factory=list)


@dataclass
class Corpus:
    """Ground truth of a generated folder."""

    directory: Path
    seed: int
    papers: list[SynthPaper]
    researchers: list[SynthResearcher]
    pages: list[dict]  # {"file", "url", "lang", "layout", "format", "researcher", "entries"}

    @property
    def n_papers(self) -> int:
        return len(self.papers)

    def summary(self) -> dict:
        return {"papers": self.n_papers, "researchers": len(self.researchers), "pages": len(self.pages),
                "listings": sum(p["entries"] for p in self.pages),
                "without_abstract": sum(p.abstract is None for p in self.papers),
                "html_pages": sum(p["format"] == "html" for p in self.pages),
                "french_pages": sum(p["lang"] == "fr" for p in self.pages)}

    def to_dict(self) -> dict:
        return {"seed": self.seed, "papers": [asdict(p) for p in self.papers],
                "researchers": [asdict(r) for r in self.researchers], "pages": self.pages}


# --------------------------------------------------------------------------------------------
# Generation


def slugify(name: str) -> str:
    """'Kwame O'Neill-Mendoza' → 'kwame-oneill-mendoza' (apostrophes dropped, as the site's slugs do)."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", unidecode(name).lower())).strip("-")


def title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (i and w in SMALL_WORDS) or w[:1].isupper() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def key_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", unidecode(text).lower()))


class Generator:
    def __init__(self, n_papers: int, seed: int, unique_windows: bool = True) -> None:
        self.rng = random.Random(seed)
        self.n_papers = n_papers
        self.seed = seed
        self.unique_windows = unique_windows
        self.windows: set[str] = set()
        self.exclusive: set[str] = set()  # a window one paper keeps to itself
        self.method_names: set[str] = set()
        self.titles: set[str] = set()
        self.openings: set[str] = set()

    # names ----------------------------------------------------------------------------------

    def person_names(self, count: int, taken: set[str]) -> list[str]:
        rng, names = self.rng, []
        while len(names) < count:
            first = rng.choice(FIRST_NAMES)
            middle = f" {rng.choice('ABCDEFGHJKLMNPRST')}" if rng.random() < 0.08 else ""
            last = rng.choice(LAST_NAMES)
            if rng.random() < 0.1:
                last = f"{last}-{rng.choice([n for n in LAST_NAMES if ' ' not in n])}"
            name = f"{first}{middle} {last}"
            key = key_of(name)
            if key not in taken:
                taken.add(key)
                names.append(name)
        return names

    def method_name(self) -> str:
        rng = self.rng
        prefixes = ["Graph", "Flow", "Meta", "Hyper", "Sparse", "Neuro", "Causal", "Diff", "Trans", "Quant", "Proto",
                    "Robo", "Lin", "Rec", "Dyn", "Multi", "Omni", "Poly", "Struct", "Chrono"]
        suffixes = ["Net", "Former", "NAR", "Mix", "Diff", "LoRA", "Flow", "Gen", "Sat", "Clip", "RL", "Opt", "Scan",
                    "Path", "Tune", "Pilot", "Fold", "Cast"]
        while True:
            style = rng.random()
            if style < 0.55:
                name = rng.choice(prefixes) + rng.choice(suffixes)
                if rng.random() < 0.5:
                    name += rng.choice(["", "-2", "++", "-XL", "-Lite", "-S", "v2"])
            else:
                name = "".join(rng.choice("ABCDEFGHIKLMNPRSTVWXZ") for _ in range(rng.randint(3, 6)))
            if name not in self.method_names:
                self.method_names.add(name)
                return name

    # text -----------------------------------------------------------------------------------

    def fill(self, template: str, slots: dict) -> str:
        rng = self.rng
        values = dict(slots)
        values.setdefault("adj", rng.choice(ADJECTIVES))
        values.setdefault("comp", rng.choice(COMPONENTS))
        values.setdefault("c", rng.choice(COMPONENTS))
        values.setdefault("cond", rng.choice(CONDITIONS))
        values.setdefault("n", str(rng.choice([3, 5, 6, 8, 12, 17, 24, 36, 48, 112, 432])))
        values.setdefault("m", str(rng.randint(2, 9)))
        values.setdefault("p", str(rng.randint(2, 38)))
        values.setdefault("f", str(rng.randint(2, 12)))
        values.setdefault("org", rng.choice(ORGS))
        values.setdefault("qual", rng.choice(QUALIFIERS))
        values.setdefault("y", rng.choice(["two", "three", "five", "ten", "few"]))
        values.setdefault("assumption", rng.choice(ASSUMPTIONS))
        values.setdefault("dim", rng.choice(DIMENSIONS))
        values.setdefault("requirement", rng.choice(REQUIREMENTS))
        values.setdefault("narrow", rng.choice(NARROW))
        if "{prior" in template:
            values["prior"] = rng.choice(PRIOR)
            values["prior_lc"] = values["prior"][:1].lower() + values["prior"][1:]
            values["adv"] = rng.choice(ADVERBS)
            values["gap"] = rng.choice(GAP_VERBS).format(**values)
        if "{mech}" in template:
            values["mech"] = rng.choice(MECHANISMS).format(**values)
        if "{problem}" in template:
            values["problem"] = rng.choice(PROBLEMS).format(**values)
        text = template.format(**values)
        return text[:1].upper() + text[1:]

    def abstract(self, topic: tuple, name: str) -> str:
        rng = self.rng
        topic_name, subs, apps, _ = topic
        a, b = (f"{rng.choice(MODIFIERS)} {x}" if rng.random() < 0.5 else x for x in rng.sample(subs, 2))
        app1, app2 = rng.sample(apps, 2)
        slots = {"topic": topic_name, "Topic": topic_name[:1].upper() + topic_name[1:], "a": a, "A": a, "b": b,
                 "app1": app1, "app2": app2, "Name": name, "slug": slugify(name)}
        target = rng.randint(150, 250)
        attempts = 0
        while True:
            sentences = [self.fill(rng.choice(OPENINGS), slots)]
            if rng.random() < 0.8:
                sentences.append(self.fill(rng.choice(GAPS), slots))
            sentences.append(self.fill(rng.choice(PROPOSALS), slots))
            pool = [*DETAILS, *RESULTS, *ANALYSES]
            rng.shuffle(pool)
            for template in pool:
                if len(" ".join(sentences).split()) >= target:
                    break
                # Fresh sub-problems keep long abstracts from repeating themselves.
                slots["a"], slots["b"] = rng.sample(subs, 2)
                sentences.append(self.fill(template, slots))
            text = " ".join(sentences)
            words = text.split()
            while len(words) > 250:
                sentences.pop(-1)
                text = " ".join(sentences)
                words = text.split()
            # Distinct papers never share their first 16 words: real abstracts don't, and the index
            # derives a paper's id from them. With ``unique_windows``, each abstract also has one of its
            # first three 8-word windows to itself (true of real abstracts; template text alone breaks
            # it at scale, and qa.papers' blocking then splits papers — see generate()).
            tokens = re.findall(r"\w+", text.lower())
            opening = " ".join(tokens[:16])
            windows = [" ".join(tokens[w * 8:(w + 1) * 8]) + f"#{w}" for w in range(3)]
            fresh = [w for w in windows if w not in self.windows]
            attempts += 1
            if len(words) >= 150 and opening not in self.openings and (
                    not self.unique_windows or attempts > 500
                    or (fresh and not any(w in self.exclusive for w in windows))):
                self.openings.add(opening)
                self.windows.update(windows)
                if fresh:
                    self.exclusive.add(fresh[-1])  # the latest window is the least templated
                return text

    def title(self, topic: tuple, name: str) -> str:
        rng = self.rng
        topic_name, subs, apps, _ = topic
        while True:
            a, b = rng.sample(subs, 2)
            template = rng.choice([
                "{Name}: {Adj} {Comp} for {A}", "{Gerund} {A} with {Adj} {Comp}s", "On the {Prop} of {Topic} under {Cond}",
                "Towards {Adj} {A} via {B}", "When Do {Topic} Fail at {A}?", "{Name}: Scaling {A} to {Setting}",
                "{Name}: {Gerund} {Topic} for {App}", "{A} as {B}: a {adj} View of {Topic}",
            ])
            text = template.format(
                Name=name, Adj=title_case(rng.choice(ADJECTIVES)), Comp=title_case(rng.choice(COMPONENTS)),
                A=title_case(a), B=title_case(b), Gerund=rng.choice(GERUNDS), Prop=rng.choice(PROPERTIES),
                Topic=title_case(topic_name), Cond=title_case(rng.choice(CONDITIONS)), adj=rng.choice(ADJECTIVES),
                Setting=rng.choice(SETTINGS), App=title_case(rng.choice(apps)))
            if key_of(text) not in self.titles and len(text) < 140:
                self.titles.add(key_of(text))
                return text

    # corpus ---------------------------------------------------------------------------------

    def build(self) -> tuple[list[SynthPaper], list[SynthResearcher]]:
        rng = self.rng
        taken: set[str] = set()
        n_researchers = max(2, round(self.n_papers / 25))
        researchers = [SynthResearcher(name, slugify(name), [t[0] for t in rng.sample(TOPICS, rng.randint(2, 4))],
                                       rng.randrange(len(ROLES_EN)))
                       for name in self.person_names(n_researchers, taken)]
        coauthor_pool = self.person_names(max(40, self.n_papers // 3), taken)
        topics = {t[0]: t for t in TOPICS}
        papers = []
        for i in range(self.n_papers):
            owner = researchers[i % n_researchers] if i < n_researchers else rng.choice(researchers)
            count = rng.choices([1, 2, 3], weights=[45, 40, 15])[0]
            others = [r for r in rng.sample(researchers, min(len(researchers), 6)) if r is not owner][:count - 1]
            listed = [owner, *others]
            topic = topics[rng.choice(owner.topics)]
            name = self.method_name()
            has_abstract = rng.random() >= 0.03
            coauthors = rng.sample(coauthor_pool, rng.randint(1 if not has_abstract else 0, 8))
            authors = coauthors + [r.name for r in others]
            rng.shuffle(authors)
            dated = rng.random() < 0.6
            year = rng.randint(2019, 2025)
            paper = SynthPaper(
                index=i, title=self.title(topic, name), abstract=self.abstract(topic, name) if has_abstract else None,
                authors=authors, researchers=[r.name for r in listed], topic=topic[0],
                date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if dated else None,
                venue=rng.choice(VENUES) if dated and rng.random() < 0.85 else None,
                status_index=rng.randrange(len(STATUS["en"])))
            papers.append(paper)
            for r in listed:
                r.papers.append(i)
        return papers, researchers


def splice(abstract: str, lang: str) -> str:
    """The listing's cut: '… (see more)' inserted in the middle of the word at ~CUT_AT characters."""
    cut = min(CUT_AT, len(abstract) - 2)
    while cut < len(abstract) - 1 and not (abstract[cut - 1].isalnum() and abstract[cut].isalnum()):
        cut += 1
    return f"{abstract[:cut]}… ({SEE_MORE[lang]}){abstract[cut:]}"


def variant(abstract: str, rng: random.Random) -> str:
    """A second copy differing by one word past the blocking windows ('result' vs 'results')."""
    words = abstract.split(" ")
    candidates = [i for i in range(30, len(words)) if re.fullmatch(r"[a-z]{4,}", words[i])]
    if not candidates:
        return abstract
    i = rng.choice(candidates)
    words[i] = words[i][:-1] if words[i].endswith("s") else words[i] + "s"
    return " ".join(words)


def shift_date(date: str) -> str:
    year, month, day = date.split("-")
    return f"{year}-{month}-{int(day) + 1:02d}"


class PageWriter:
    def __init__(self, rng: random.Random, papers: list[SynthPaper]) -> None:
        self.rng = rng
        self.papers = papers

    def entry(self, paper: SynthPaper, lang: str, layout: str, owner: str) -> list[str]:
        rng = self.rng
        lines: list[str] = []
        show_title = paper.abstract is None or layout == "profile" or (
            layout == "compact" and rng.random() < 0.5) or (layout == "bare" and rng.random() < 0.1)
        if show_title:
            lines.append(paper.title)
            if layout == "profile" or paper.abstract is None:
                lines += [a for a in paper.authors if a != owner]
        if paper.abstract:
            text = paper.abstract
            if rng.random() < 0.04:  # a copy cut short at a sentence end
                sentences = re.split(r"(?<=\.) ", text)
                text = " ".join(sentences[:max(2, len(sentences) * 2 // 3)])
            lines.append(splice(text, lang))
        if layout != "profile" and paper.abstract and paper.date:
            lines.append(shift_date(paper.date) if rng.random() < 0.05 else paper.date)
            if paper.venue:
                lines.append(f"{paper.venue} ({STATUS[lang][paper.status_index]})")
        return lines

    def text_page(self, researcher: SynthResearcher, lang: str, layout: str,
                  papers: list[SynthPaper]) -> tuple[str, int]:
        rng = self.rng
        lines: list[str] = []
        for headline, body in rng.sample(BANNERS[lang], rng.randint(0, 3)):
            lines += [headline, body]
        if rng.random() < 0.9:
            lines += COOKIES[lang]
        h = HEADINGS[lang]
        roles = ROLES_EN if lang == "en" else ROLES_FR
        if layout == "profile":
            lines += [f"{h['portrait']} {researcher.name}", "", researcher.name, "", roles[researcher.role]]
            if rng.random() < 0.6:
                lines.append(rng.choice(AFFILIATIONS))
            lines.append(h["topics"])
            lines += sorted(title_case(t) for t in researcher.topics)
            lines += ["", h["pubs"], ""]
        elif layout == "compact":
            lines += [researcher.name, roles[researcher.role], h["pubs"]]
        body: list[tuple[SynthPaper, list[str]]] = []
        for paper in papers:
            body.append((paper, self.entry(paper, lang, layout, researcher.name)))
            if paper.abstract and rng.random() < 0.08:  # printed twice, the second copy a word apart
                copy = list(body[-1][1])
                for i, line in enumerate(copy):
                    if line.startswith(paper.abstract[:40]) and rng.random() < 0.5:
                        copy[i] = splice(variant(paper.abstract, rng), lang)
                at = len(body) if rng.random() < 0.5 else rng.randint(0, len(body))
                body.insert(at, (paper, copy))
        has_abstract = [any(f"({SEE_MORE[lang]})" in x for x in block) for _, block in body]
        if layout == "bare" and body and not has_abstract[0]:
            # A bare listing starts with an abstract (the site prints no header to anchor on).
            first = has_abstract.index(True)
            body.insert(0, body.pop(first))
            has_abstract.insert(0, has_abstract.pop(first))
        for i in range(1, len(body)):
            paper, block = body[i]
            if not has_abstract[i - 1] and block[0] != paper.title:
                # After an entry with a title and co-authors but no abstract, an untitled abstract
                # could belong to either: the listing prints this entry's title.
                block.insert(0, paper.title)
        entries = len(body)
        body = [block for _, block in body]
        for block in body:
            lines += block
        if rng.random() < 0.3:
            lines.append(FOOTERS[lang])
        return "\n".join(lines) + "\n", entries

    def html_page(self, text: str, lang: str, layout: str, researcher: SynthResearcher) -> str:
        """The same page as HTML: chrome in cookie/announcement containers, one <li> per line block."""
        lines = text.splitlines()
        esc = html.escape
        out = [f'<!DOCTYPE html>\n<html lang="{lang}">', f"<head><title>{esc(researcher.name)} | Mila</title></head>",
               "<body>", '<a class="skip-link" href="#main">Skip to content</a>']
        cookies = set(COOKIES[lang])
        banners = {x for pair in BANNERS[lang] for x in pair}
        chrome_banner = [x for x in lines if x in banners]
        if chrome_banner:
            out.append('<div class="announcement-bar">' + "".join(f"<p>{esc(x)}</p>" for x in chrome_banner) + "</div>")
        if any(x in cookies for x in lines):
            out.append('<div id="cookie-consent" class="modal">' +
                       "".join(f"<p>{esc(x)}</p>" for x in lines if x in cookies) + "</div>")
        out.append('<main id="main">')
        footer = None
        for line in lines:
            if line in cookies or line in banners or not line:
                continue
            if line.startswith("©"):
                footer = line
            elif line.startswith(("Portrait of ", "Portrait de ")):
                out.append(f'<img src="/portraits/{researcher.slug}.jpg" alt="{esc(line)}">')
            elif line == researcher.name:
                out.append(f"<h1>{esc(line)}</h1>")
            elif line in {"Publications", "Research Topics", "Thèmes de recherche"}:
                out.append(f"<h2>{esc(line)}</h2>")
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
                out.append(f"<time>{line}</time>")
            else:
                out.append(f"<p>{esc(line)}</p>")
        out.append("</main>")
        if footer:
            out.append(f'<footer class="site-footer"><p>{esc(footer)}</p></footer>')
        out.append("</body>\n</html>\n")
        return "\n".join(out)


def generate(out_dir: Path, n_papers: int, seed: int = 0, html_fraction: float = 0.15,
             unique_windows: bool = True) -> Corpus:
    """Write a synthetic corpus of ``n_papers`` distinct papers into ``out_dir``; return the ground truth.

    ``unique_windows=False`` lets distinct abstracts share all of their first three 8-word windows
    (with other papers, as template text does at scale): a regression corpus for the blocking of
    ``qa.papers.merge_pages``, which compares each block member with the block's first entry only,
    so two copies of one paper whose windows all start with other papers are never compared (at
    10,000 papers, seed 0: ~10 papers split in two, same id, and ingest fails with Chroma's
    DuplicateIDError when both halves land in one batch).
    """
    if n_papers < 1:
        raise ValueError("n_papers: must be at least 1")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gen = Generator(n_papers, seed, unique_windows)
    papers, researchers = gen.build()
    rng = gen.rng
    writer = PageWriter(rng, papers)
    pages: list[dict] = []
    for researcher in researchers:
        owned = [papers[i] for i in researcher.papers]
        owned.sort(key=lambda p: p.date or "0000", reverse=True)  # newest first, undated last
        listings = [("en", owned)]
        if rng.random() < 0.5:
            subset = [p for p in owned if rng.random() < 0.7]
            if subset:
                listings.append(("fr", subset))
        alt_slug = rng.random() < 0.1
        for lang, listed in listings:
            size = rng.randint(10, 25)
            for number, start in enumerate(range(0, len(listed), size)):
                chunk = listed[start:start + size]
                layout = rng.choices(["profile", "compact", "bare"], weights=[3, 4, 3])[0]
                if layout == "bare" and not any(p.abstract for p in chunk):
                    layout = "compact"
                text, entries = writer.text_page(researcher, lang, layout, chunk)
                section = "directory" if lang == "en" else "annuaire"
                slug = researcher.slug + ("-0" if alt_slug and number == 0 and lang == "en" else "")
                url = f"https://mila.quebec/{lang}/{section}/{slug}" + (f"?page=0%2C{number}" if number else "")
                fmt = "html" if rng.random() < html_fraction else "txt"
                if fmt == "html":
                    text = writer.html_page(text, lang, layout, researcher)
                file = f"{len(pages):05d}_{slugify(researcher.name)[:24]}_{lang}.{fmt}"
                (out_dir / file).write_text(text, encoding="utf-8", newline="\n")
                pages.append({"file": file, "url": url, "lang": lang, "layout": layout, "format": fmt,
                              "researcher": researcher.name, "entries": entries})
    sources = {"about": f"Synthetic Mila directory pages (eval/bench/synthetic.py, seed {seed}, {n_papers} papers).",
               "pages": [{"file": p["file"], "url": p["url"]} for p in pages]}
    (out_dir / "sources.json").write_text(json.dumps(sources, indent=1, ensure_ascii=False) + "\n", encoding="utf-8",
                                          newline="\n")
    return Corpus(out_dir, seed, papers, researchers, pages)


# --------------------------------------------------------------------------------------------
# Questions over a generated corpus (for latency benchmarks)

UNKNOWN_PEOPLE = ["Yoshua Bengio", "Geoffrey Hinton", "Fei-Fei Li", "Yann LeCun", "Daphne Koller", "Andrew Ng",
                  "Michael Jordan", "Ilya Sutskever"]


def questions(corpus: Corpus, n: int = 200, seed: int = 0) -> list[dict]:
    """``n`` questions: researcher + topic (English and French), lists, co-authors of a title, and
    researchers who are not in the pages. Each is ``{"question", "kind"}``."""
    rng = random.Random(seed)
    topics = {t[0]: t for t in TOPICS}
    out = []
    # Every block of 20 questions has the same mix, shuffled once: 9 researcher + topic, 2 French,
    # 3 lists, 2 co-author questions, 2 unknown researchers, 2 topic-only.
    kinds = ["researcher_topic"] * 9 + ["french"] * 2 + ["list"] * 3 + ["coauthors"] * 2 + ["unknown"] * 2 + \
        ["topic_only"] * 2
    rng.shuffle(kinds)
    for i in range(n):
        kind = kinds[i % len(kinds)]
        researcher = rng.choice(corpus.researchers)
        paper = corpus.papers[rng.choice(researcher.papers)]
        topic = topics[paper.topic]
        if kind == "researcher_topic":
            sub = rng.choice(topic[1])
            text = rng.choice([f"What has {researcher.name} published on {sub}?",
                               f"Has {researcher.name.split()[-1]} worked on {topic[0]}?",
                               f"Which papers by {researcher.name} are about {sub}?"])
        elif kind == "french":
            text = f"Qu'a publié {researcher.name} sur {topic[3]} ?"
        elif kind == "list":
            text = rng.choice([f"List all papers by {researcher.name}.",
                               f"Can you list every publication of {researcher.name}?"])
        elif kind == "coauthors":
            text = f"Who are the co-authors of '{paper.title}'?"
        elif kind == "unknown":
            text = f"What has {rng.choice(UNKNOWN_PEOPLE)} published on {topic[0]}?"
        else:
            text = f"Which papers study {rng.choice(topic[1])}?"
        out.append({"question": text, "kind": kind})
    return out
