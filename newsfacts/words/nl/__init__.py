"""Dutch word data: the small words inside names, and the spelling name that marks a compound."""

from newsfacts.words import split_phrases, split_words

NAME = "Dutch"
CODE = "nl"
PARTICLES = frozenset(split_words("van de der den het ter ten te en voor op 't in"))
PLURAL_S = False  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = True  # "Waterschap", "Belastingdienst": compounds are one word
CAPITALISED_NOUNS = False  # every noun is written with a capital
ANY_LISTED = False
SCALES = {"miljard": 1e9, "miljoen": 1e6, "duizend": 1e3, "mld": 1e9, "mld.": 1e9, "mln": 1e6,
          "mln.": 1e6}  # fmt: skip
PERCENT = ("procent",)
CURRENCIES = {"euro": "EUR", "dollar": "USD", "pond": "GBP"}
SCALE_LINK = ""
DAY_WORDS = {
    "vandaag": 0,
    "gisteren": -1,
    "eergisteren": -2,
    "overmorgen": 2,
}  # "morgen": also morning
BACK = ("afgelopen", "vorige")
AHEAD = ("komende", "volgende", "aanstaande")
# Words that put a bare weekday ahead in its clause: an auxiliary or verb of intent.
FUTURE = r"\b(?:zal|zullen|wil|willen|gaat|gaan|plant|is gepland)\b"  # "zal vrijdag spreken"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and
# words before a weekday that make it recur ('every Friday'): no one day.
UNTIL = ("tot", "tot en met", "vanaf", "uiterlijk")
# Words right before a weekday that name the day a plan is for: not "voor" ("before" too)
FOR: tuple[str, ...] = ()
SINCE = ("sinds", "sedert")  # right before a date: the last such day, in the past
RECURRING = ("elke", "iedere")
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("tot", "en")
RANGE_ARTICLES: tuple[str, ...] = ()
SPEECH_VERBS = ("zei", "zegt", "verklaarde", "aldus", "voegde toe", "stelde", "schreef",
                "benadrukte", "volgens", "vertelde", "liet weten", "reageerde", "meldde",
                "waarschuwde", "vindt", "meent", "stelt", "benadrukt", "bevestigt", "vertelt",
                "antwoordt", "reageert", "zegde", "vond", "meende", "beklemtoont")  # fmt: skip
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("hij", "zij", "ze")
SPEECH_GLUED = ""
SINGLE_QUOTES = True  # speech in single marks too: 'We gaan door', zei ze.
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(split_words("van voor en of"))
TO_WHOM: frozenset[str] = frozenset()
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(split_words("in op tijdens bij na aan tegen tegenover voor"))
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("dat"))
# Verbs by which a report's own subject names or speaks of what it quotes ('que Ana Ruiz
# llamó «…»'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(split_words("noemde noemt noemden sprak spreekt gesproken genoemd"))
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom one spoke ('zei hij na het overleg met Jan Bakker'); and TO_WHOM.
SPEECH_WITH = frozenset(split_words("met tegen tegenover voor"))
# Names: role words before a person (also as a compound's end: "oud-premier"), words that make
# a span an organisation (also as a compound's end: "Belastingdienst"), legal forms, words
# before a place.
ROLE_WORDS = frozenset(
    split_words(
        "premier minister staatssecretaris burgemeester wethouder voorzitter president "
        "directeur woordvoerder woordvoerster topman topvrouw koning koningin prins prinses "
        "paus generaal rechter advocaat officier ambassadeur trainer coach bondscoach speler "
        "spits doelman aanvoerder zanger zangeres acteur actrice schrijver schrijfster "
        "kamerlid senator gouverneur bisschop kardinaal professor prof. dr. ceo correspondent "
        "ombudsman danseres danser regisseur kunstenaar fractieleider partijleider leider chef "
        "dhr. mevr. heer mevrouw manager baas politicus winnaar medewerker analist econoom "
        "journalist verslaggever fotograaf organisator hoogleraar onderzoeker wetenschapper "
        "dirigent componist pianist gitarist wielrenner atleet tennisser voetballer keeper "
        "middenvelder verdediger aanvaller ploegleider bestuurder zakenman ondernemer "
        "kandidaat lijsttrekker"
    )
)
ORG_WORDS = frozenset(
    split_words(
        "fc cf ac as sc sv cd ud sd rcd afc partij bank vereniging universiteit hogeschool "
        "instituut ministerie dienst rechtbank commissie raad stichting maatschappij groep "
        "krant agentschap museum theater orkest unie bond academie ziekenhuis school kerk "
        "vakbond politie leger omroep verzekeringen gemeente provincie kamer comité federatie "
        "fonds holding airlines zaken gemeenschap radio"
    )
)
# Organisation words that end a compound naming a body ('de Fietsersbond', 'het Zorginstituut';
# facts/lone_bodies.py): no building's or place's word ('Pieterskerk', 'Stadsschouwburg')
BODY_ENDINGS = frozenset(
    split_words("bond raad dienst instituut fonds stichting vereniging federatie unie partij")
)
# Nouns for a kind of body right before its name, in apposition, also as a compound's end
# ('het bedrijf Barco', 'netwerkbedrijf Telindus'): no one's title
BODY_NOUNS = frozenset(
    split_words(
        "bedrijf firma groep holding bank krant dagblad weekblad blad zender omroep partij "
        "club ploeg stichting vereniging concern maatschappij uitgeverij fabrikant producent "
        "verzekeraar dienstverlener leverancier provider operator beurshuis bureau keten "
        "organisatie vakbond specialist uitgever distributeur ontwikkelaar exploitant importeur"
    )
)
ORG_SUFFIXES = frozenset(split_words("NV N.V. BV B.V. nv bv Inc. Ltd. plc SA"))
INSTITUTIONS = frozenset(split_words("Kamer Tweede Eerste Senaat Kabinet Justitie"))
# A ministry named after its minister ("minister van Landbouw"): role word endings, link
PORTFOLIO_ROLES = ("minister", "ministers", "ministerie", "staatssecretaris")
PORTFOLIO_LINK = "van"
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS = ("straat", "laan", "plein", "gracht", "kade", "steenweg")
STREET_WORDS = frozenset(split_words(""))
TOWN_ADJECTIVE: tuple[str, ...] = ()
PLACE_BEFORE = frozenset(split_words("in uit naar te bij"))
# A town's cues around a listed company's name (names/listed_context.py): 'van X naar Y', 'de
# burgemeester van X', 'X ligt', 'X telt 9.000 inwoners'; a company's: its market's words
PLACE_FROM, PLACE_TO = frozenset(split_words("van")), frozenset(split_words("naar tot"))
PLACE_AFTER = frozenset(split_words("ligt lag grenst inwoners"))
# Endings only towns' names have ('Veldhoven', 'Zoeterwoude', 'Papendrecht')
TOWN_ENDINGS = tuple(split_words("hoven drecht woude zijl voorde"))
# Endings of the capitalised adjectives of places ('Britse', 'Canadese', 'Braziliaanse',
# 'Belgische'): such a word opens no name ('het Canadese Gander': the town is 'Gander')
PLACE_ADJECTIVE_ENDINGS = ("iaanse", "aanse", "ische", "sche", "ese", "se")
# Words before a person as before no place (Spanish's personal 'a': 'sustituyó a Rodri')
PERSON_BEFORE: frozenset[str] = frozenset()
# The definite articles, capitalised: a paper's name alone on its line keeps its article ("De
# Morgen"), and one before a repeated unknown word makes it an organisation ("de NMBS")
TITLE_ARTICLES = frozenset(split_words("De Het"))
# Particles a surname opens with, capitalised inside a sentence when no first name stands
# before it ('zegt Van Diepenbeek', 'De Coster'; names/particles.py)
CAPITAL_PARTICLES = frozenset(split_words("Van De Vanden Vander Vande Ver Du"))
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better in Dutch; in Spanish one worse, its companies taken for people)
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("de het"))
# The kind of a repeated lone unknown word with no article before it (context.lone_kind)
LONE_KIND = "person"
REPEATED_NAMES = True
# A lone census surname that is an everyday English word ('Quick', 'West', 'Welcome') is a
# brand's or a title's name, no person's (languages.py: Dutch better in both halves; Spanish
# and German lost people named 'Brown', 'David')
ENGLISH_BRANDS = True
# An unknown word listed with names of one kind takes it (names/lists.py: measured to help
# here; German, whose nouns are capitalised, lost by it)
LISTS_SHARE_KINDS = True
# People carry two surnames (Spanish: 'Javier García Chico'); not here, or not measured
TWO_SURNAMES = False
# A word before the employer after a person's full name ("Olivier Hertoghe van Petercam")
EMPLOYER_BEFORE = frozenset(split_words("van"))
ARTICLES: frozenset[str] = frozenset()
# split "Deutschland und Italien" unless an organisation
CONJUNCTIONS = frozenset(split_words("en"))
# may join two capitalised words into one name
JOINERS = frozenset(split_words("van de der den het ter ten te en 't voor"))
# (none: the language's news sets count a league as an organisation, 'Champions League')
EVENTS: frozenset[str] = frozenset()
EVERYDAY_NOUNS: frozenset[str] = frozenset()
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS = frozenset(
    split_words("Noordoost Noordwest Zuidoost Zuidwest Noord Zuid Oost West Midden Centraal")
)
# Short and common names of countries and regions CLDR does not write ('Verenigd
# Koninkrijk' is its name for 'Groot-Brittannië')
PLACES = frozenset(split_words("VS Groot-Brittannië Vlaanderen Wallonië Midden-Oosten"))
# Common first names the US-census list lacks.
FIRST_NAMES = frozenset(
    split_words(
        "Pieter Piet Kees Jan-Peter Wim Joop Henk Gert Geert Sjaak Koen Bart Joost Jeroen "
        "Sander Maarten Ruud Rutger Sjoerd Wouter Bram Daan Stijn Thijs Jelle Guy Luc Marc "
        "Dirk Hugo Herman Frans Johan Jos Karel Rik Bert Erik Pol Etienne Filip Yves Geert "
        "Gerrit Hendrik Annemarie Anneke Ineke Marieke Els Greet Griet Liesbeth Mieke Sanne "
        "Fleur Femke Lotte Ilse Inge Karin Hilde Veerle Katrien Sofie Lieve An Cathy Marijke "
        "Wilma Mirjam Willem Pim Teun Geert-Jan Jan-Willem Kees-Jan Joris Mark Arjen Hans Ad "
        "Ton Gijs Lodewijk Diederik Hein Huub Rinus Frits Jaap Sietse Tjeerd Aad Dries Jef "
        "Staf Jorn Tinne Hanne Lies Marleen Wendy Renske Judith Anouk Merel Fenna Maaike "
        "Saskia Yvonne Trees Kristof Olivier Sven Annemie Jozef Jean-Luc Guido Lode Gust "
        "Christophe Jean-Pierre Jean-Marie Tine Leen Lieven Siegfried Wilfried Ludo Mathieu "
        "Thierry Didier Benoît Pascal"
    )
)
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "voetbal competitie doelpunt doelpunten wedstrijd trainer ploeg elftal spits doelman "
        "seizoen kampioenschap beker klassement rust strafschop scoorde"
    )
)
# Words of a market or company report: with four of them, a lone unknown word the text repeats
# is mostly a company ('Barco meldt', 'Cobepa verloor'; names/domain.py), not a person
BUSINESS = frozenset(
    split_words(
        "aandeel aandelen aandeelhouder aandeelhouders beurs beursgenoteerd koers koersen "
        "omzet winst verlies bedrijfswinst nettowinst nettoresultaat bedrijfsresultaat "
        "dividend overname overnemen fusie investeerders belegger beleggers analist analisten "
        "kwartaal halfjaar halfjaarcijfers jaarcijfers resultaten marktaandeel klanten "
        "kapitaalsverhoging obligaties beurskoers kopen verkopen koopadvies bedrijf bedrijven "
        "maatschappij maatschappijen resultaat"
    )
)
# An acronym the text also writes in the plural ('OPAs') is a counted thing,
# no body's name (names/units.py)
COUNTED_UNITS = True
# The joiner by which the news names a body's part apart from its body ('het Uitvoerend Comité
# van het IOC': two names; names/body_parts.py)
PART_OF = "van"
# A match report's list of players with their clubs in brackets names people and clubs
# ('Oscar y Puñal (Leganés)'; names/player_clubs.py)
PLAYER_CLUBS = True
# A person of capitals alone is read again by its shape: a hyphen to a known place makes a
# place ('Bolivia-Brasil'; names/shapes.py), an inflected adjective first a body ('Landelijke Raad')
RESHAPE_CAPITALS = True
ADJECTIVE_E = True
# A person's name with the genitive -s is that person where the text names them elsewhere
# ('premier Baraks' beside 'Ehud Barak'; names/genitive_names.py)
GENITIVE_NAMES = True
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = False
# Counted this often in the word list: an everyday word (the word list's everyday words)
FREQUENT_FROM = 2000
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases(
        "dhr.|mevr.|mr.|drs.|ir.|ing.|prof.|dr.|bijv.|bv.|o.a.|m.b.t.|i.p.v.|resp.|ca.|nr.|"
        "blz.|mln.|mld.|mrd.|St."
    )
)
NOUN_ENDINGS: tuple[str, ...] = ()  # (only where the word list lists names: German)
NOUN_LIST = False  # a noun list that tells names from nouns (newsfacts/nouns.py)
ORDINAL_DOT = False  # a ruler's numeral is written with a dot ('Elisabeth II.')
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\bom\s+$"
CLOCK_AFTER = r""
HOUR_WORDS = ("uur",)  # an hour's word after a number the words before may make one
# "om" before a number is no hour at the clause's end ('gaat om 12,': about 12): the hour
# needs its word
CLOCK_CLAUSE_END = False
# A lone unknown word told once is a name when a noun of a kind stands right before it ('zijn
# broer Idris', 'de stad Lirna', as a compound's end too: 'kleinzoon') or a list holds it beside
# a name of a kind (names/lone.py)
LONE_ONCE = True
# A lone unknown capitalised word told once inside a sentence is a name (names/once_told.py)
LONE_INSIDE = True
TOWN_COUNTRIES = "BE NL"  # the countries whose towns a lone word may name (places.home_towns)
LONE_BEFORE: dict[str, str] = {}
PLACE_NOUNS = tuple(
    split_words("stad dorp gemeente deelgemeente provincie regio eiland rivier deelstaat")
)
ORG_NOUNS = tuple(BODY_NOUNS)
PERSON_NOUNS = tuple(
    split_words(
        "moeder vader zoon dochter broer zus zuster oom tante neef nicht echtgenoot echtgenote "
        "vrouw weduwe opvolger voorganger"
    )
)
# The offices of a town's or a see's head: the name after one and 'of' is a place
# ('el alcalde de Villaral', 'de burgemeester van Lirna'; names/venues.py)
TOWN_OFFICES = frozenset(split_words("burgemeester gouverneur bisschop aartsbisschop"))
MARKET_WORDS = BUSINESS  # a company's cues around a listed name (names/listed_context.py)
