"""German words for bodies and works: the nouns before a work's or a paper's title in quote
marks, the words of state bodies and their tails, and the parties' noun names
(names/work_titles.py, names/org_cues.py, names/body_tails.py, names/noun_bodies.py)."""

from newsfacts.words import split_words

# Words for a work before its title in quote marks ('das Bild „Befreiung Helenas …“', 'dem Motto
# „…“'): names inside the title are the work's words, no names of the story (names/work_titles.py)
WORK_NOUNS = frozenset(
    split_words(
        "film buch roman lied song album gedicht bild gemälde stück oper serie motto titel "
        "single werk ausstellung dokumentation sendung musical novelle erzählung essay aufsatz"
    )
)
# Words for a paper, magazine or channel before its title in quote marks ('im Magazin „…“')
PRESS_NOUNS = frozenset(
    split_words(
        "Zeitung Zeitschrift Magazin Nachrichtenmagazin Wochenzeitung Tageszeitung Blatt "
        "Boulevardblatt Sender Fernsehsender Radiosender Nachrichtensender Illustrierte Portal"
    )
)
# A federal or state body named by one compound ('Bundestag', 'Landeskriminalamt'): the words
# that open it and the words for a body that end it (names/org_cues.py)
STATE_PREFIXES = ("Bundes", "Landes")
STATE_BODY_HEADS = tuple(
    split_words(
        "tag rat amt ministerium kammer gericht gerichtshof bank agentur anstalt polizei kanzleramt"
    )
)
# Heads that are a day's word too: a body's only right after the prefix ('Bundestag'; the
# 'Bundesparteitag', a 'Landesfeiertag' are days and events)
STATE_DAY_HEADS = ("tag",)
# Nouns for a kind of body that, after an article or adjective, stand before its name rather
# than in it ('seinem neuen Verein Ascoli', 'die Band Kraftwerk'; names/org_cues.py)
TYPE_NOUNS = frozenset(
    split_words(
        "verein partei gewerkschaft konzern firma unternehmen band klub club label versicherung"
    )
)
# Words of the press around a paper's name in quote marks ('schreibt die „…“', 'dem „…“ zufolge')
PRESS_VERBS = frozenset(
    split_words(
        "berichtet berichtete berichten meldet meldete schreibt schrieb zitiert zitierte zufolge"
    )
)
# Words after a body's word that go on with its name ('Bundesanstalt für Arbeitsschutz', 'Verein
# zur Förderung der …'; names/body_tails.py), and the words for a body a compound ends in that
# take such a tail in the singular ('Staatsministerium für …', 'Instituts für …')
BODY_LINKS = frozenset(split_words("für zur zum"))
BODY_LINK = "für"  # the one of them that opens a tail without a genitive after it
TAIL_HEADS = tuple(
    split_words(
        "ministerium institut zentrum zentrale hochschule universität akademie stiftung amt "
        "agentur verband verein gesellschaft kommission anstalt kammer rat bund behörde "
        "gericht gerichtshof museum klinik klinikum schule kirche gewerkschaft partei bank "
        "büro forum komitee ausschuss liga bündnis"
    )
)
# Bodies German names by a noun (names/noun_bodies.py). The parties' noun names: a short closed
# list of language data (what German calls its parties, not names from any text), a party only
# with a party's word or acronym in its sentence ('die Union' is the EU too, 'der Linken' a hand);
# a party's compound ('Linkspartei') is one alone
PARTY_NOUNS = frozenset(split_words("Grüne Grünen Linke Linken Union Linkspartei"))
PARTY_COMPOUNDS = frozenset(split_words("Linkspartei"))
PARTY_ACRONYMS = frozenset(
    split_words("CDU CSU SPD FDP AfD PDS WASG NPD DVU ÖDP ÖVP SPÖ FPÖ BZÖ SVP CVP")
)
# Pieces of the words only parties take ('Koalition', 'Fraktionsvorsitzende', 'koalieren')
PARTY_STEMS = ("koali", "fraktion", "partei", "abgeordnet", "wahlkampf", "spitzenkandidat")
