"""French word data: the small words inside names."""

from newsfacts.words import split_phrases, split_words

NAME = "French"
CODE = "fr"
PARTICLES = frozenset(split_words("de du des la le les et d' l' pour en sur"))
PLURAL_S = True  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = False
CAPITALISED_NOUNS = False  # every noun is written with a capital
ANY_LISTED = False
SCALES = {"milliards": 1e9, "milliard": 1e9, "millions": 1e6, "million": 1e6, "mille": 1e3}
PERCENT = ("pour cent",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD",
              "francs": "CHF", "livres": "GBP"}  # fmt: skip
# Scale letters written only before a currency: '12 M€', '3 Md€', '2 Mds €'.
MONEY_SCALES = {"M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9}
SCALE_LINK = "d'|d’|de"
DAY_WORDS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1}
BACK = ("dernier", "passé")
AHEAD = ("prochain",)
# Words that put a bare weekday ahead in its clause: a future tense (unaccented -era/-ira/-dra: the
# passé simple writes 'déclara'), an auxiliary or a verb of intent.
FUTURE = (
    r"\b(?:\w+(?:era|eront|ira|iront|dra|dront)|sera|seront|aura|auront|fera|feront|pourra|devra|va|vont"
    r"|prévoit|doit|doivent|attendue?s?|prévue?s?)\b"
)  # "rencontrera vendredi"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and
# words before a weekday that make it recur ('every Friday'): no one day.
UNTIL = ("jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au", "d'ici", "d’ici", "dès",
         "à partir de", "à partir du")  # fmt: skip
# Words right before a weekday that name the day a plan is for ('for Saturday'): the nearest
# such day (a plan told may be gone: 'the trip planned for Monday was put off'); the coming
# one when its clause looks ahead.
FOR = ("pour",)
SINCE = ("depuis", "depuis le", "depuis la")  # right before a date: the last such day, in the past
RECURRING = ("le", "chaque", "tous les")
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("au", "à", "et")
RANGE_ARTICLES: tuple[str, ...] = ("le",)
SPEECH_VERBS: tuple[str, ...]
SPEECH_VERBS = ("a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "a-t-il déclaré",
                "a-t-elle déclaré", "déclare", "explique", "affirme", "a souligné",
                "selon", "a assuré", "a indiqué", "a précisé", "a estimé", "a confié", "a reconnu",
                "a rappelé", "a averti", "a insisté", "a commenté", "a répondu", "a lancé",
                "assure", "estime", "précise", "indique", "souligne", "ajoute", "a-t-il ajouté",
                "a-t-elle ajouté", "a-t-il dit", "a-t-elle dit", "a-t-il expliqué",
                "a-t-elle expliqué", "a-t-il assuré", "a-t-elle assuré", "a-t-il estimé",
                "a-t-elle estimé", "a-t-il précisé", "a-t-elle précisé",
                "a annoncé", "a raconté", "a-t-il annoncé", "a-t-elle annoncé", "a réagi",
                "a dénoncé", "a regretté", "a salué", "a jugé", "a prévenu")  # fmt: skip
# Reflexive verbs of saying ("s'est félicité son patron"), with either apostrophe.
SPEECH_VERBS += tuple(
    f"s{mark}est {verb}{ending}"
    for mark in ("'", "’")
    for verb in split_words("félicité réjoui inquiété défendu emporté exclamé indigné")
    for ending in ("", "e")
)
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("elle",)  # "il" stands glued to its verb ("a-t-il ajouté")
SPEECH_GLUED = (
    r"[a-zé]{3,}-t-(?:il|elle)\b"
    r"|(?:dit|explique|ajoute|affirme|estime|assure|précise|souligne)-(?:il|elle)\b"
)
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(split_words("à de du des et en ou pour sur entre"))
TO_WHOM: frozenset[str] = frozenset(split_words("à au aux"))
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(split_words("à au aux dans lors devant pendant après en sur par"))
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("que qu'"))
# Verbs by which a report's own subject names or speaks of what it quotes ('que Ana Ruiz
# llamó «…»'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(
    split_words("parlé parle parlait qualifié qualifie qualifiait appelé appelle évoqué évoque")
)
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom one spoke ('a déclaré lors de sa rencontre avec Paul Martin'); and TO_WHOM.
SPEECH_WITH = frozenset(split_words("avec contre pour auprès"))
# Names: role words before a person, words that make a span an organisation, legal forms,
# words before a place.
ROLE_WORDS = frozenset(
    split_words(
        "gérant gérante "
        "président présidente ministre premier maire secrétaire porte-parole directeur "
        "directrice chef dirigeant dirigeante député députée sénateur sénatrice gouverneur roi "
        "reine prince princesse pape général juge procureur ambassadeur ambassadrice "
        "entraîneur sélectionneur joueur attaquant capitaine chanteur chanteuse acteur actrice "
        "écrivain évêque cardinal m. mme monsieur madame docteur dr. patron patronne délégué "
        "déléguée avocat avocate conseiller conseillère préfet préfète syndicaliste adjoint "
        "adjointe commissaire économiste analyste"
    )
)
ORG_WORDS = frozenset(
    split_words(
        "fc cf ac as sc sv cd ud sd rcd afc parti banque université institut ministère "
        "commission conseil fondation association fédération agence groupe compagnie club "
        "union confédération syndicat tribunal cour assemblée organisation société entreprise "
        "musée fonds office comité police armée hôpital école académie radio télévision "
        "journal mairie préfecture région"
    )
)
ORG_SUFFIXES = frozenset(split_words("SA S.A. SAS SARL Inc. Ltd."))
INSTITUTIONS = frozenset(split_words("Gouvernement Parlement Sénat Élysée Matignon"))
# A ministry named after its minister (Dutch: "minister van Landbouw"): none measured here
PORTFOLIO_ROLES: tuple[str, ...] = ()
PORTFOLIO_LINK = ""
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS: tuple[str, ...] = ()
STREET_WORDS = frozenset(split_words(""))
TOWN_ADJECTIVE: tuple[str, ...] = ()
PLACE_BEFORE = frozenset(split_words("à en depuis vers"))
# Words before a person as before no place (Spanish's personal 'a': 'sustituyó a Rodri')
PERSON_BEFORE: frozenset[str] = frozenset()
# Articles a paper's name keeps alone on its line (none: no news set here to measure it)
TITLE_ARTICLES: frozenset[str] = frozenset()
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better in Dutch; in Spanish one worse, its companies taken for people)
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("le la les du au aux"))
# The words of 'according to' before a source: a lone capitalised word after them (and an
# article) is a name (names/according.py)
ACCORDING = frozenset(split_words("selon"))
# The kind of a repeated lone unknown word with no article before it (context.lone_kind)
LONE_KIND = "person"
REPEATED_NAMES = False
# People carry two surnames (Spanish: 'Javier García Chico'); not here, or not measured
TWO_SURNAMES = False
# A word before the employer after a person's full name (none: "de" joins surnames,
# "Pérez de Cuéllar")
EMPLOYER_BEFORE: frozenset[str] = frozenset()
ARTICLES: frozenset[str] = frozenset()
# split "Deutschland und Italien" unless an organisation
CONJUNCTIONS = frozenset(split_words("et"))
# may join two capitalised words into one name
JOINERS = frozenset(split_words("de du des la le les et d' l'"))
# A competition or event by its first word ('Liga de Campeones', 'Copa del Rey'): no
# organisation, though the word names the body too (measured on Spanish news).
EVENTS = frozenset(
    split_words(
        "Ligue Coupe Supercoupe Championnat Championnats Mondial Mondiaux Jeux Tour Giro Vuelta "
        "Open Rallye Trophée Tournoi"
    )
)
EVERYDAY_NOUNS: frozenset[str] = frozenset()
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS: frozenset[str] = frozenset()
PLACES = frozenset(split_words("É.-U."))
# Common first names the US-census list lacks (or spells without accents).
FIRST_NAMES = frozenset(
    split_words(
        "Jean-Pierre Jean-Luc Jean-Marie Jean-Claude Jean-François François Frédéric Hervé "
        "Jérôme Sébastien Stéphane Benoît Loïc Gaël Yannick Thierry Didier Pascal Olivier "
        "Nicolas Emmanuel Édouard Gérard Jacques Bernard Laurent Hélène Cécile Véronique "
        "Sylvie Brigitte Nathalie Isabelle Sandrine Ségolène Élisabeth Anne-Marie Marie Chloé "
        "Léa Zoé Amélie Aurélie Mélanie Valérie Agnès Françoise Jean Pierre Michel Philippe "
        "Alain Patrick Christophe Éric Arnaud Guillaume Mathieu Julien Romain Antoine Baptiste "
        "Clément Maxime Hugo Bruno Gilles Marcel Lionel Jean-Yves Jean-Louis Bernadette "
        "Martine Monique Christine Catherine Sophie Camille Manon Pauline Margaux Juliette "
        "Agathe Solène Océane Anaïs Maëlle Rachida Najat"
    )
)
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "football ligue but buts match entraîneur équipe classement attaquant gardien saison "
        "championnat coupe journée victoire défaite"
    )
)
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = False
# Counted this often in the word list: an everyday word (the word list's everyday words)
FREQUENT_FROM = 2000
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases("M.|MM.|Mme.|Mlle.|Dr.|Pr.|St.|Ste.|av.|bd.|boul.|env.|p. ex.|cf.|n°.|art.")
)
NOUN_ENDINGS: tuple[str, ...] = ()  # (only where the word list lists names: German)
NOUN_LIST = False  # a noun list that tells names from nouns (newsfacts/nouns.py)
ORDINAL_DOT = False  # a ruler's numeral is written with a dot ('Elisabeth II.')
# The endings of an adjective or participle that qualifies a role word before its person
# ('le commissaire européen Christophe Hansen', "l'amministratore delegato Carlo Messina")
ROLE_QUALIFIER_ENDINGS = (
    "é",
    "ée",
    "en",
    "enne",
    "al",
    "ale",
    "aire",
    "if",
    "ive",
    "ique",
    "ier",
    "ière",
    "ant",
    "ante",
)
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\bà\s+$"
CLOCK_AFTER = r"\s*h\s*\d\d\b"
HOUR_WORDS = ("h", "heure", "heures")  # an hour's word after a number the words before may make one
# "à" before a number is no hour at the clause's end ('à 12,': to 12): the hour needs its word
CLOCK_CLAUSE_END = False
# A town's cues around a listed company's name (facts/names/listed_context.py): 'de X à Y', its
# inhabitants' count after it
PLACE_FROM, PLACE_TO = frozenset(split_words("de depuis")), frozenset(split_words("à jusqu'à"))
PLACE_AFTER = frozenset(split_words("habitants"))
