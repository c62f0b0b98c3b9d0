"""Italian word data: the small words inside names."""

from newsfacts.words import split_phrases, split_words

NAME = "Italian"
CODE = "it"
PARTICLES = frozenset(split_words("di de del della dei degli delle da la il lo e per in"))
PLURAL_S = False  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = False
CAPITALISED_NOUNS = False  # every noun is written with a capital
ANY_LISTED = False
SCALES = {"miliardi": 1e9, "miliardo": 1e9, "milioni": 1e6, "milione": 1e6, "mila": 1e3,
          "mld": 1e9, "mln": 1e6}  # fmt: skip
PERCENT = ("per cento",)
CURRENCIES = {"euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP"}
SCALE_LINK = "di"
DAY_WORDS = {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2}
BACK = ("scorso", "scorsa")
AHEAD = ("prossimo", "prossima")
# Words that put a bare weekday ahead in its clause: a future tense (-rà/-ranno).
FUTURE = r"\b(?:\w+(?:rà|ranno)|prevede|previst[oaie]|attes[oaie])\b"  # "incontrerà venerdì"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and
# words before a weekday that make it recur ('every Friday'): no one day.
UNTIL = ("entro", "fino a", "a partire da", "a partire dal")  # not "da": "da venerdì"
# also says "since Friday" ("è chiuso da venerdì")
# Words right before a weekday that name the day a plan is for ('for Saturday'): the nearest
# such day (a plan told may be gone: 'the trip planned for Monday was put off'); the coming
# one when its clause looks ahead.
FOR = ("per",)
SINCE = ("sin dal", "fin dal")  # right before a date: the last such day ('dal' also looks ahead)
RECURRING = ("il", "ogni", "tutti i")
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("al", "a", "e")
RANGE_ARTICLES: tuple[str, ...] = ("il",)
SPEECH_VERBS = ("ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato",
                "dice", "ha sottolineato", "secondo", "ha commentato", "ha precisato",
                "ha annunciato", "ha ribadito", "ha osservato", "ha assicurato", "ha concluso",
                "ha avvertito", "ha ammesso", "spiega", "afferma", "sottolinea", "aggiunge",
                "commenta", "precisa",
                "ha raccontato", "ha scritto", "scrive")  # fmt: skip
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("lui", "lei")
SPEECH_GLUED = ""
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(split_words("a al di da del e o con per tra su nel nella"))
TO_WHOM: frozenset[str] = frozenset(split_words("a al alla"))
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(
    split_words("in a al alla ai nel nella durante dopo davanti su con per all' nell' dall'")
)
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("che"))
# Verbs by which a report's own subject names or speaks of what it quotes ('que Ana Ruiz
# llamó «…»'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(
    split_words("parlato parla parlava chiamato chiama definito definisce definiva bollato")
)
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom one spoke ('ha detto durante l'incontro con Luca Bianchi'); and TO_WHOM.
SPEECH_WITH = frozenset(split_words("con contro per insieme"))
# Names: role words before a person, words that make a span an organisation, legal forms,
# words before a place.
ROLE_WORDS = frozenset(
    split_words(
        "presidente premier ministro ministra sindaco sindaca segretario segretaria portavoce "
        "rettrice amministratrice presidentessa "
        "direttore direttrice capo leader deputato deputata senatore senatrice governatore re "
        "regina principe principessa papa generale giudice procuratore ambasciatore allenatore "
        "tecnico giocatore attaccante portiere capitano cantante attore attrice scrittore "
        "vescovo cardinale sig. signor signora dott. dottor on. onorevole assessore assessora "
        "consigliere consigliera prefetto questore commissario rettore avvocato avvocata "
        "amministratore sindacalista economista analista"
    )
)
ORG_WORDS = frozenset(
    split_words(
        "fc cf ac as sc sv cd ud sd rcd afc partito banca università istituto ministero "
        "commissione consiglio fondazione associazione federazione agenzia gruppo compagnia "
        "club unione confederazione sindacato tribunale corte camera organizzazione società "
        "azienda museo fondo ufficio comitato polizia esercito ospedale scuola accademia radio "
        "televisione giornale comune regione provincia"
    )
)
ORG_SUFFIXES = frozenset(split_words("SpA S.p.A. Spa Srl S.r.l. Inc. Ltd."))
INSTITUTIONS = frozenset(split_words("Governo Parlamento Senato Quirinale Viminale Farnesina"))
# A ministry named after its minister (Dutch: "minister van Landbouw"): none measured here
PORTFOLIO_ROLES: tuple[str, ...] = ()
PORTFOLIO_LINK = ""
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS: tuple[str, ...] = ()
STREET_WORDS = frozenset(split_words(""))
TOWN_ADJECTIVE: tuple[str, ...] = ()
PLACE_BEFORE = frozenset(split_words("a in da verso"))
# Words before a person as before no place (Spanish's personal 'a': 'sustituyó a Rodri')
PERSON_BEFORE: frozenset[str] = frozenset()
# Articles a paper's name keeps alone on its line (none: no news set here to measure it)
TITLE_ARTICLES: frozenset[str] = frozenset()
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better in Dutch; in Spanish one worse, its companies taken for people)
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("il lo la i gli le del della dello dei degli delle al alla"))
# The words of 'according to' before a source: a lone capitalised word after them (and an
# article) is a name (names/according.py)
ACCORDING = frozenset(split_words("secondo"))
# A feminine article, which Italian may put before a woman's surname ('la Meloni')
FEMININE = frozenset(split_words("la"))
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
CONJUNCTIONS = frozenset(split_words("e ed"))
# may join two capitalised words into one name
JOINERS = frozenset(split_words("di de del della dei degli delle da e"))
# A competition or event by its first word ('Liga de Campeones', 'Copa del Rey'): no
# organisation, though the word names the body too (measured on Spanish news).
EVENTS = frozenset(
    split_words(
        "Coppa Supercoppa Campionato Campionati Mondiale Mondiali Giochi Olimpiadi Giro Tour "
        "Vuelta Open Rally Trofeo Torneo"
    )
)
EVERYDAY_NOUNS: frozenset[str] = frozenset()
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS: frozenset[str] = frozenset()
PLACES = frozenset(split_words("USA"))
# Common first names the US-census list lacks.
FIRST_NAMES = frozenset(
    split_words(
        "Giuseppe Giovanni Giulia Francesco Matteo Alessandro Lorenzo Andrea Luca Marco Paolo "
        "Giorgio Sergio Silvio Romano Enrico Massimo Stefano Roberto Gianni Giancarlo Pier "
        "Pierluigi Luigi Mario Carlo Fabio Federico Nicola Vincenzo Salvatore Antonio Dario "
        "Chiara Francesca Giorgia Elisabetta Alessandra Federica Valentina Silvia Paola "
        "Roberta Laura Elena Sara Martina Beatrice Simona Serena Rosaria Giuliana Giacomo "
        "Riccardo Daniele Davide Simone Emanuele Gabriele Tommaso Edoardo Filippo Leonardo "
        "Alessio Mattia Giulio Ignazio Pietro Beppe Umberto Renato Claudio Maurizio Fabrizio "
        "Raffaele Gennaro Ciro Carmine Domenico Alessia Ilaria Debora Emma Letizia Nicoletta "
        "Patrizia Rossella Stefania Teresa Vittoria Mara Marta"
    )
)
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "calcio campionato gol partita allenatore squadra classifica attaccante portiere "
        "stagione coppa giornata vittoria sconfitta serie"
    )
)
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = False
# Counted this often in the word list: an everyday word (the word list's everyday words)
FREQUENT_FROM = 2000
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases("Sig.|Sigg.|Sig.ra|Dott.|Dott.ssa|Prof.|Ing.|Avv.|On.|Sen.|pag.|art.|p. es.|ca.")
)
NOUN_ENDINGS: tuple[str, ...] = ()  # (only where the word list lists names: German)
NOUN_LIST = False  # a noun list that tells names from nouns (newsfacts/nouns.py)
ORDINAL_DOT = False  # a ruler's numeral is written with a dot ('Elisabeth II.')
# The endings of an adjective or participle that qualifies a role word before its person
# ('le commissaire européen Christophe Hansen', "l'amministratore delegato Carlo Messina")
ROLE_QUALIFIER_ENDINGS = (
    "ato",
    "ata",
    "ale",
    "ente",
    "ivo",
    "iva",
    "ico",
    "ica",
    "ano",
    "ana",
    "ese",
    "are",
)
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\b(?:alle|dalle|le)\s+(?:ore\s+)?$"
CLOCK_SURE_BEFORE = r"\b(?:alle|dalle|le)\s+ore\s+$"  # 'alle ore 10' is the hour alone
CLOCK_AFTER = r"\s+(?:del\s+mattino|di\s+(?:mattina|sera|notte)|del\s+pomeriggio)\b"
HOUR_WORDS = ("h", "ore")  # an hour's word after a number the words before may make one
# A town's cues around a listed company's name (facts/names/listed_context.py): 'da X a Y', its
# inhabitants' count after it
PLACE_FROM, PLACE_TO = frozenset(split_words("da")), frozenset(split_words("a fino"))
PLACE_AFTER = frozenset(split_words("abitanti"))
