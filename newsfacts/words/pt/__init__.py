"""Portuguese word data: the small words inside names."""

from newsfacts.words import split_phrases, split_words

NAME = "Portuguese"
CODE = "pt"
PARTICLES = frozenset(split_words("de do da dos das e para em"))
PLURAL_S = True  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = False
CAPITALISED_NOUNS = False  # every noun is written with a capital
ANY_LISTED = False
SCALES = {"mil milhões": 1e9, "bilhões": 1e9, "bilião": 1e9, "milhões": 1e6, "milhão": 1e6,
          "mil": 1e3}  # fmt: skip
PERCENT = ("por cento",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "reais": "BRL", "real": "BRL", "dólares": "USD",
              "dólar": "USD"}  # fmt: skip
MONEY_SCALES = {"mi": 1e6, "bi": 1e9}  # written only before a currency: 'R$ 3 bi'
SCALE_LINK = "de"
DAY_WORDS = {"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2}
BACK = ("passado", "passada")
AHEAD = ("próximo", "próxima", "que vem")
DAY_NUMBER = ("dia",)  # 'no dia 15', 'el día 3': a day of a month by its number
# Before it, a rate ('treina por dia 5 horas'); after it, before no month, a stage's day ('no dia 1
# da prova'): no date
DAY_RATE = ("ao", "por")
DAY_OF = ("da", "do", "das", "dos")
# Words that put a bare weekday ahead in its clause: a future tense (accented -rá/-rão), 'vai',
# a plan ("vai reunir-se na sexta-feira", "está marcada para").
FUTURE = r"\b(?:\w+(?:rá|rão)|vai|vão|prevê|previst[oa]s?|marcad[oa]s?)\b"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and
# words before a weekday that make it recur ('every Friday'): no one day.
UNTIL = ("até", "até a", "até à", "a partir de", "a partir do", "a partir da")
# Words right before a weekday that name the day a plan is for ('for Saturday'): the nearest
# such day (a plan told may be gone: 'the trip planned for Monday was put off'); the coming
# one when its clause looks ahead.
FOR = ("para", "para o", "para a")
SINCE = ("desde", "desde o", "desde a")  # right before a date: the last such day, in the past
RECURRING = ("cada", "todas as", "todos os")
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("até", "ao", "a", "e")
RANGE_ARTICLES: tuple[str, ...] = ("o",)
SPEECH_VERBS = ("disse", "afirmou", "declarou", "explicou", "acrescentou", "segundo", "diz",
                "destacou", "ressaltou", "avaliou", "comentou", "garantiu", "defendeu", "alertou",
                "observou", "informou", "completou", "frisou", "argumentou", "admitiu",
                "reforçou", "lembrou", "afirma", "explica", "ressalta",
                "anunciou", "contou", "relatou")  # fmt: skip
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("ele", "ela")
SPEECH_GLUED = ""
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(
    split_words("a à ao aos às de da do dos das e ou com por entre contra sobre na no")
)
TO_WHOM: frozenset[str] = frozenset(split_words("a à ao aos às"))
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(split_words("em à ao aos às no na num numa durante após perante diante com"))
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("que"))
# Verbs by which a report's own subject names or speaks of what it quotes ('que Ana Ruiz
# llamó «…»'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(
    split_words(
        "chamou chama chamava classificou classifica qualificou qualifica falou falava definiu"
    )
)
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom one spoke ('disse durante o encontro com Ana Costa'); and TO_WHOM.
SPEECH_WITH = frozenset(split_words("com contra para junto"))
# Names: role words before a person, words that make a span an organisation, legal forms,
# words before a place.
ROLE_WORDS = frozenset(
    split_words(
        "reitor reitora gerente vereador vereadora dirigente coordenador coordenadora "
        "comandante inspetor inspetora provedor provedora bastonário bastonária "
        "presidente presidenta ministro ministra prefeito prefeita autarca secretário "
        "secretária porta-voz diretor diretora chefe líder deputado deputada senador senadora "
        "governador governadora rei rainha príncipe princesa papa general juiz juíza "
        "procurador embaixador treinador técnico jogador atacante avançado goleiro "
        "guarda-redes capitão cantor cantora ator atriz escritor escritora bispo cardeal sr. "
        "sra. senhor senhora dr. dra."
    )
)
ORG_WORDS = frozenset(
    split_words(
        "fc cf ac sc sv cd ud sd rcd afc partido banco universidade instituto ministério "
        "comissão conselho fundação associação federação agência grupo companhia clube união "
        "confederação sindicato tribunal supremo câmara assembleia organização empresa "
        "sociedade museu fundo serviço secretaria comitê comité polícia exército hospital "
        "escola academia rádio televisão jornal caixa prefeitura"
    )
)
ORG_SUFFIXES = frozenset(split_words("S.A. SA Ltda. Lda. Inc. Ltd."))
INSTITUTIONS = frozenset(split_words("Governo Parlamento Congresso Senado Planalto Itamaraty"))
# A ministry named after its minister (Dutch: "minister van Landbouw"): none measured here
PORTFOLIO_ROLES: tuple[str, ...] = ()
PORTFOLIO_LINK = ""
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS: tuple[str, ...] = ()
STREET_WORDS = frozenset(split_words(""))
TOWN_ADJECTIVE: tuple[str, ...] = ()
PLACE_BEFORE = frozenset(split_words("em no na desde para"))
# A preposition fused with the article a town named by a word takes ("no Porto", "do Porto");
# not "pelo", the agent of a passive ("vencido pelo Porto": the club)
TOWN_ARTICLE_BEFORE = frozenset(split_words("no do ao"))
# Feasts the language capitalises, and the articles (alone or fused) they take: "no Natal" is
# at Christmas, "em Natal" the town
FEASTS = frozenset(split_words("Natal Páscoa Carnaval Quaresma Pentecostes"))
FEAST_ARTICLES = frozenset(split_words("o a no na do da ao à pelo pela"))
# Words before a person as before no place (Spanish's personal 'a': 'sustituyó a Rodri')
PERSON_BEFORE: frozenset[str] = frozenset()
# Articles a paper's name keeps alone on its line (none: no news set here to measure it)
TITLE_ARTICLES: frozenset[str] = frozenset()
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better in Dutch; in Spanish one worse, its companies taken for people)
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("o a os as do da dos das ao à"))
# The words of 'according to' before a source: a lone capitalised word after them (and an
# article) is a name (names/according.py)
ACCORDING = frozenset(split_words("segundo"))
# The kind of a repeated lone unknown word with no article before it (context.lone_kind)
LONE_KIND = "person"
REPEATED_NAMES = False
# People carry two surnames, the mother's and the father's: a word after the first is the
# second ('Miguel Pinto Luz', 'Helena Cardoso Reis': 'luz', 'reis' are words too)
TWO_SURNAMES = True
# A word before the employer after a person's full name (none: "de" joins surnames,
# "Pérez de Cuéllar")
EMPLOYER_BEFORE: frozenset[str] = frozenset()
ARTICLES: frozenset[str] = frozenset()
CONJUNCTIONS = frozenset(split_words("e"))  # split "Deutschland und Italien" unless an organisation
# may join two capitalised words into one name
JOINERS = frozenset(split_words("de do da dos das e"))
# A competition or event by its first word ('Liga de Campeones', 'Copa del Rey'): no
# organisation, though the word names the body too (measured on Spanish news).
EVENTS = frozenset(
    split_words(
        "Liga Taça Copa Supertaça Campeonato Mundial Jogos Olimpíadas Volta Giro Tour Open Rali "
        "Troféu Torneio"
    )
)
EVERYDAY_NOUNS: frozenset[str] = frozenset()
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS: frozenset[str] = frozenset()
PLACES = frozenset(split_words("EUA"))
# Common first names the US-census list lacks (or spells without accents).
FIRST_NAMES = frozenset(
    split_words(
        "João José Antônio António Sebastião Luís Inácio Fernando Marcelo Rodrigo Gonçalo "
        "Duarte Rui Nuno Tiago Vasco Afonso Henrique Jair Flávio Fábio Márcio Sérgio Cássio "
        "Conceição Fátima Graça Leonor Inês Beatriz Mariana Gabriela Luíza Lúcia Dilma Marina "
        "Ana Maria Teresa Rita Sofia Joana Catarina Carla Paula Pedro Paulo Miguel Jorge "
        "Ricardo Rafael Bruno Diogo Gustavo Leonardo Felipe Thiago Luiz Carlos Eduardo Marcos "
        "Otávio Augusto Renan Caio Ciro Geraldo Aécio Tarcísio Luísa Fernanda Juliana Camila "
        "Letícia Larissa Vanessa Patrícia Adriana Simone Cristina Regina Helena Gleisi Marta "
        "Ângela Rosa"
    )
)
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "futebol campeonato gol golos gols jogo partida treinador equipa equipe time "
        "classificação atacante goleiro temporada taça copa jornada rodada vitória derrota"
    )
)
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = False
# Counted this often in the word list: an everyday word (the word list's everyday words)
FREQUENT_FROM = 2000
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases("Sr.|Sra.|Srta.|Dr.|Dra.|Prof.|Eng.|Av.|n.º|pág.|art.|p. ex.|Lda.|Ltda.")
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
    "eiro",
    "eira",
    "eleito",
    "eleita",
)
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\bàs\s+$"
CLOCK_AFTER = r"\s+da\s+(?:manhã|tarde|noite|madrugada)\b"
HOUR_WORDS = ("h", "hora", "horas")  # an hour's word after a number the words before may make one
# A town's cues around a listed company's name (facts/names/listed_context.py): 'de X a Y', its
# inhabitants' count after it
PLACE_FROM, PLACE_TO = frozenset(split_words("de desde")), frozenset(split_words("a até para"))
PLACE_AFTER = frozenset(split_words("habitantes"))
