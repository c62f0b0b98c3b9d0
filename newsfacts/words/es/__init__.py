"""Spanish word data: the small words inside names."""

from newsfacts.words import split_phrases, split_words

NAME = "Spanish"
CODE = "es"
PARTICLES = frozenset(split_words("de del la las los el y e para por en"))
PLURAL_S = True  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = False
CAPITALISED_NOUNS = False  # every noun is written with a capital
ANY_LISTED = False
SCALES = {"mil millones": 1e9, "millones": 1e6, "millón": 1e6, "mil": 1e3, "billones": 1e12}
PERCENT = ("por ciento",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "dólares": "USD", "dólar": "USD", "pesos": "pesos",
              "libras": "GBP"}  # fmt: skip
# Pesos and a bare '$' are the money of many Spanish-speaking countries (ARS, MXN, CLP, COP):
# shown as written, never a guessed code.
LOCAL_SIGNS = {"$": "$"}
MONEY_SCALES = {"M": 1e6}  # written only before a currency: '12 M€'
SCALE_LINK = "de"
DAY_WORDS = {"hoy": 0, "ayer": -1, "anteayer": -2, "anoche": -1}  # "mañana": also morning
BACK = ("pasado", "pasada", "último")
AHEAD = ("próximo", "próxima", "que viene")
DAY_NUMBER = ("día",)  # 'no dia 15', 'el día 3': a day of a month by its number
# Before it, a rate ('bebe al día 2 litros'); after it, before no month, a stage's day ('el día 2
# de la cumbre'): no date
DAY_RATE = ("al", "por")
DAY_OF = ("de la", "de las", "de los", "del")
# Words that put a bare weekday ahead in its clause: a future tense (accented -rá/-rán), 'va a',
# a plan ("se reunirá el viernes", "está previsto").
FUTURE = r"\b(?:\w+(?:rá|rán)|va a|van a|prevé|prevén|tiene previsto|previst[oa]s?)\b"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and
# words before a weekday that make it recur ('every Friday'): no one day.
UNTIL = ("hasta", "hasta el", "a partir del")
# Words right before a weekday that name the day a plan is for ('for Saturday'): the nearest
# such day (a plan told may be gone: 'the trip planned for Monday was put off'); the coming
# one when its clause looks ahead.
FOR = ("para", "para el")
SINCE = ("desde", "desde el")  # right before a date: the last such day, in the past
RECURRING = ("los", "cada", "todos los")
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("al", "a", "y")
RANGE_ARTICLES: tuple[str, ...] = ("el",)
SPEECH_VERBS: tuple[str, ...]
SPEECH_VERBS = ("dijo", "afirmó", "declaró", "explicó", "señaló", "aseguró", "añadió", "indicó",
                "advirtió", "sostuvo", "según", "expresó", "manifestó", "agregó", "apuntó",
                "subrayó", "reconoció", "comentó", "precisó", "destacó", "insistió", "recalcó",
                "dice", "afirma", "asegura", "explica",
                "anunció", "relató")  # fmt: skip
# Spain's agencies tell speech in the present perfect ('ha subrayado', 'han explicado').
SPEECH_VERBS += tuple(
    f"{aux} {participle}"
    for aux in ("ha", "han")
    for participle in split_words(
        "dicho afirmado declarado explicado señalado asegurado añadido indicado advertido "
        "sostenido expresado manifestado agregado apuntado subrayado reconocido comentado "
        "precisado destacado insistido recalcado anunciado relatado defendido avanzado "
        "lamentado criticado denunciado"
    )
)
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("él", "ella")
SPEECH_GLUED = ""
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(split_words("a al de del y e en o con por entre contra sobre"))
TO_WHOM: frozenset[str] = frozenset(split_words("a al"))
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(split_words("en a al ante durante tras desde con según por"))
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("que"))
# Verbs by which a report's own subject names or speaks of what it quotes ('que Ana Ruiz
# llamó «…»'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(
    split_words(
        "llamó llama llamaba calificó califica calificaba tildó tilda habló habla hablaba definió"
    )
)
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom one spoke ('dijo durante la reunión con Ana Ruiz'); and TO_WHOM.
SPEECH_WITH = frozenset(split_words("con contra para junto"))
# Names: role words before a person, words that make a span an organisation, legal forms,
# words before a place, articles before a common noun, and the institutions the language
# capitalises ("el Gobierno"): organisations alone.
ROLE_WORDS = frozenset(
    split_words(
        "gerente "
        "presidente presidenta ministro ministra alcalde alcaldesa secretario secretaria "
        "portavoz director directora jefe jefa líder diputado diputada senador senadora "
        "gobernador gobernadora rey reina príncipe princesa papa general coronel juez jueza "
        "fiscal consejero consejera conseller consellera delegado delegada embajador embajadora "
        "entrenador técnico "
        "jugador delantero portero capitán vicepresidente vicepresidenta canciller primer "
        "señor señora don doña dr. sr. sra. presidente. cantante actor actriz escritor "
        "escritora obispo cardenal periodista abogado abogada economista analista ciclista "
        "tenista piloto árbitro centrocampista atleta nadador boxeador torero novillero pintor "
        "escultor poeta compositor guitarrista pianista cineasta profesor profesora doctor "
        "ingeniero empresario empresaria sindicalista dirigente candidato candidata comisario "
        "inspector teniente sargento comandante almirante magistrado concejal concejala "
        "lehendakari arzobispo"
    )
)
ORG_WORDS = frozenset(
    split_words(
        "fc cf ac as sc sv cd ud sd rcd afc partido banco universidad instituto ministerio "
        "comisión consejo fundación asociación federación agencia grupo compañía club real "
        "unión confederación sindicato tribunal corte audiencia junta ayuntamiento diputación "
        "cámara organización empresa corporación sociedad liga museo fondo servicio dirección "
        "secretaría departamento oficina comité policía ejército guardia hospital colegio "
        "escuela academia radio televisión diario periódico cadena telefónica caja asamblea "
        "fiscalía plataforma foro jurado presidencia defensoría contraloría procuraduría "
        "consejería conselleria cancillería tesorería"
    )
)
# Nouns for a kind of body right before its name, in apposition ('la empresa Petrobras'): no
# one's title, so what follows is the body's name, whatever its words are
BODY_NOUNS = frozenset(
    split_words(
        "empresa compañía firma grupo operadora aseguradora constructora petrolera aerolínea "
        "fabricante multinacional banco diario periódico revista semanario emisora cadena "
        "agencia club equipo partido sindicato formación coalición sociedad consorcio holding "
        "fundación asociación organización entidad editorial distribuidora"
    )
)
# Words for a building, square or street, or for a landform, that open its name ('Teatro
# Teresa Carreño', 'Plaza de Oriente', 'Sierra Nevada'): a place, whoever it is named after
FACILITIES = frozenset(
    split_words(
        "pabellón estadio teatro palacio plaza calle avenida paseo parque auditorio "
        "residencia aeropuerto recinto puente catedral basílica monasterio polideportivo "
        "carretera autopista glorieta sierra cordillera cerro lago laguna isla islas cabo "
        "golfo valle desierto volcán península playa"
    )
)
ORG_SUFFIXES = frozenset(split_words("S.A. SA S.L. SL S.A.B. Inc. Ltd. Corp."))
INSTITUTIONS = frozenset(
    split_words(
        "Gobierno Parlamento Congreso Senado Ejército Ejecutivo Estado Ayuntamiento Diputación "
        "Generalitat Xunta Policía Gendarmería Armada"
    )
)
# A ministry named after its minister (Dutch: "minister van Landbouw"): none measured here
PORTFOLIO_ROLES: tuple[str, ...] = ()
PORTFOLIO_LINK = ""
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS: tuple[str, ...] = ()
STREET_WORDS = frozenset(split_words(""))
TOWN_ADJECTIVE: tuple[str, ...] = ()
PLACE_BEFORE = frozenset(split_words("en desde hacia a"))
# Words for a town before 'de' and its name: a town, though named for someone ('la población
# de Francisco Pizarro')
TOWN_NOUNS = frozenset(
    split_words("ciudad localidad población municipio pueblo villa aldea provincia comarca")
)
# A town's cues around a listed company's name (names/listed_context.py): 'de X a Y', 'el
# alcalde de X', 'X tiene 9.000 habitantes'; a company's: its market's words
PLACE_FROM, PLACE_TO = frozenset(split_words("de desde")), frozenset(split_words("a hasta"))
PLACE_AFTER = frozenset(split_words("habitantes"))
MARKET_WORDS = frozenset(
    split_words(
        "acción acciones accionistas bolsa ibex beneficio beneficios facturación ventas "
        "cotización empresa compañía grupo"
    )
)
# Words before a person as before no place: the personal 'a' ('sustituyó a Rodri'); a place
# after it is one the gazetteer knows ('viajó a Lima')
PERSON_BEFORE = frozenset(split_words("a"))
# Articles a paper's name keeps alone on its line (none: the language's pages hold sub-headings
# so, "El Mercado", measured on extraction-multi)
TITLE_ARTICLES: frozenset[str] = frozenset()
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("el la los las del al"))
# The words of 'according to' before a source: a lone capitalised word after them (and an
# article) is a name (names/according.py)
ACCORDING = frozenset(split_words("según"))
# The kind of a repeated lone unknown word with no article before it (context.lone_kind)
LONE_KIND = "organization"
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better once its kind defaults to a company; people are named in full)
REPEATED_NAMES = True
# An unknown word listed with names of one kind takes it (names/lists.py: measured to help
# here; German, whose nouns are capitalised, lost by it)
LISTS_SHARE_KINDS = True
# People carry two surnames: a word after the first is the second ('Javier García Chico')
TWO_SURNAMES = True
# A word before the employer after a person's full name (none: "de" joins surnames,
# "Pérez de Cuéllar")
EMPLOYER_BEFORE: frozenset[str] = frozenset()
ARTICLES: frozenset[str] = frozenset()
# A saint's title opening a place's name ('San Juan de Vera', 'Santa Fe')
SAINTS = frozenset(split_words("San Santa Santo Sant"))
# Prepositions inside a body's name after its organisation word ('Consejo por la Paz')
BODY_JOINERS = frozenset(split_words("por para contra sobre"))
# split "Deutschland und Italien" unless an organisation
CONJUNCTIONS = frozenset(split_words("y e"))
# may join two capitalised words into one name
JOINERS = frozenset(split_words("de del la las los el y e"))
# A competition or event by its first word ('Liga de Campeones', 'Copa del Rey'): no
# organisation, though the word names the body too (measured on Spanish news).
EVENTS = frozenset(
    split_words(
        "Liga Copa Supercopa Eurocopa Euroliga Campeonato Mundial Mundiales Juegos Olimpiada "
        "Olimpiadas Giro Vuelta Tour Open Rally Trofeo Torneo Ligas Copas Supercopas "
        "Campeonatos Trofeos Torneos"
    )
)
EVERYDAY_NOUNS: frozenset[str] = frozenset()
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS: frozenset[str] = frozenset()
PLACES = frozenset(split_words("EEUU EE.UU. EUA"))
# Common first names the US-census list lacks (or spells without accents).
FIRST_NAMES = frozenset(
    split_words(
        "José María Jesús Ángel Andrés Álvaro Íñigo Óscar Rubén Sebastián Joaquín Julián "
        "Martín Ramón Adrián Agustín Fermín Germán Iván Josep Jordi Xavier Pau Joan Mariano "
        "Felipe Alfonso Gonzalo Ignacio Santiago Rodrigo Federico Esteban Emilio Alberto "
        "Inmaculada Begoña Montserrat Pilar Mercedes Rocío Concepción Asunción Nuria Elena "
        "Lucía Sofía Inés Beatriz Cristina Soledad Dolores Encarnación Ana Carmen Teresa "
        "Francisco Javier Luis Juan Carlos Miguel Pedro Pablo Jorge Manuel Rafael Fernando "
        "Sergio Enrique Raúl Víctor Hugo Gustavo Eduardo Ricardo Diego Alejandro Mauricio "
        "Gerardo Rogelio Abel Aitor Iker Unai Xabier Arantxa Ainhoa Amaia Ainara Marta Raquel "
        "Silvia Rosa Isabel Eva Paloma Luisa Consuelo Amparo Marisol Yolanda Verónica Gloria "
        "Adriana Iñaki Iñigo Koldo Ander Gorka Asier Joseba Txema Josu Nacho Pepe Paco Chema "
        "Juanjo Juanma Mateo Nicolás Tomás Álex Núria Itziar Leire Nerea Carles Pere Lluís "
        "Enric Oriol Ferran Jaume Xosé Anxo Xoán Txomin Eneko Mertxe Augusto"
    )
)
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "fútbol liga gol goles jornada entrenador equipo clasificación partidos delantero "
        "portero temporada campeonato copa baloncesto encuentro marcador puntos victoria derrota"
    )
)
# An acronym the text also writes in the plural ('OPAs') is a counted thing,
# no body's name (names/units.py)
COUNTED_UNITS = True
# Masculine articles that make a town's name its club ('el Mérida', 'del Numancia', 'al Parma';
# names/clubs.py), with the article a town's own name would open with ('El Cairo')
CLUB_ARTICLES = {"el": "El", "del": "El", "al": "El"}
# A match report's list of players with their clubs in brackets names people and clubs
# ('Oscar y Puñal (Leganés)'; names/player_clubs.py)
PLAYER_CLUBS = True
# A person of capitals alone is read again by its shape: a hyphen to a known place makes a
# place ('Bolivia-Brasil'; names/shapes.py)
RESHAPE_CAPITALS = True
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = False
# Counted this often in the word list: an everyday word (the word list's everyday words)
FREQUENT_FROM = 2000
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases(
        "Sr.|Sra.|Srta.|Dña.|Dr.|Dra.|Lic.|Ing.|Prof.|Av.|Avda.|núm.|pág.|aprox.|Cía.|Uds.|"
        "Ud.|Vd.|art.|p. ej."
    )
)
NOUN_ENDINGS: tuple[str, ...] = ()  # (only where the word list lists names: German)
NOUN_LIST = False  # a noun list that tells names from nouns (newsfacts/nouns.py)
ORDINAL_DOT = False  # a ruler's numeral is written with a dot ('Elisabeth II.')
# The endings of an adjective or participle that qualifies a role word before its person
# ('le commissaire européen Christophe Hansen', "l'amministratore delegato Carlo Messina")
ROLE_QUALIFIER_ENDINGS = (
    "ado",
    "ada",
    "al",
    "ente",
    "ivo",
    "iva",
    "ico",
    "ica",
    "ano",
    "ana",
    "ero",
    "era",
    "electo",
    "electa",
)
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\b(?:a|hasta|desde|sobre)\s+las?\s+$"
CLOCK_AFTER = r"(?::\d\d)?\s+de\s+(?:la\s+)?(?:mañana|tarde|noche|madrugada)\b"
HOUR_WORDS = ("h", "hora", "horas")  # an hour's word after a number the words before may make one
# The offices of a town's or a see's head: the name after one and 'of' is a place
# ('el alcalde de Villaral', 'de burgemeester van Lirna'; names/venues.py)
TOWN_OFFICES = frozenset(
    split_words("alcalde alcaldesa gobernador gobernadora obispo arzobispo abad")
)
