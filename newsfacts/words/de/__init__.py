"""German word data: the small words inside names, and the spelling name that marks a compound."""

from newsfacts.words import split_phrases, split_words
from newsfacts.words.de.bodies import (  # noqa: F401  (names/org_cues.py, names/noun_bodies.py …)
    BODY_LINK,
    BODY_LINKS,
    PARTY_ACRONYMS,
    PARTY_COMPOUNDS,
    PARTY_NOUNS,
    PARTY_STEMS,
    PRESS_NOUNS,
    PRESS_VERBS,
    STATE_BODY_HEADS,
    STATE_DAY_HEADS,
    STATE_PREFIXES,
    TAIL_HEADS,
    TYPE_NOUNS,
    WORK_NOUNS,
)
from newsfacts.words.de.clauses import (  # noqa: F401  (names/clause_people.py)
    CLAUSE_LINKS,
    CONTRACTIONS,
    FEMININE_PRONOUNS,
    FINITE_VERBS,
    FOCUS,
    REFLEXIVES,
    SUBORDINATORS,
)
from newsfacts.words.de.roles import FIRM_DOERS, ROLE_FEMININE  # noqa: F401  (role_pairs)
from newsfacts.words.de.speech import (  # noqa: F401  (facts/speech.py)
    NAMING_VERBS,
    OBJECT_LINKS,
    SAID_IN,
    SPEECH_GLUED,
    SPEECH_PRONOUNS,
    SPEECH_VERBS,
    SPEECH_WITH,
    THAT,
    TO_WHOM,
)

NAME = "German"  # jusText's stoplist and pyspellchecker's list under this name
CODE = "de"
# Lower-case words that may stand inside a name ("Walther von der Vogelweide", "Bank für ...").
PARTICLES = frozenset(
    split_words(
        "von vom zu zum zur der den des dem und am im für auf an bei de van da di du del della"
    )
)
PLURAL_S = False  # nouns and adjectives take -s in the plural, names rarely
COMPOUNDS = True  # nouns join into one word: "Schwarzmarkt" is "schwarz" + "markt"
CAPITALISED_NOUNS = True  # every noun is written with a capital
ANY_LISTED = True  # its counts sit at the floor for most words ("hund" 64, "merkel" 50)
# Numbers: scale words (their multiplier), words for per cent, currency words and the word that
# may join a scale to its currency (none in German: "3,5 Millionen Euro").
SCALES = {"Tausend": 1e3, "Tsd.": 1e3, "Mio.": 1e6, "Mio": 1e6, "Million": 1e6,
          "Millionen": 1e6, "Mrd.": 1e9, "Mrd": 1e9, "Milliarde": 1e9, "Milliarden": 1e9,
          "Bio.": 1e12, "Billionen": 1e12}  # fmt: skip
PERCENT = ("Prozent",)
CURRENCIES = {"Euro": "EUR", "Dollar": "USD", "US-Dollar": "USD", "Franken": "CHF",
              "Pfund": "GBP"}  # fmt: skip
SCALE_LINK = ""
# Dates: day words (days from the article date), and words that point back or ahead.
DAY_WORDS = {"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2}  # "Morgen": morning
BACK = ("vergangenen", "vergangene", "letzten", "letzte", "vorigen")
AHEAD = ("kommenden", "kommende", "nächsten", "nächste")
# Words that put a bare weekday ahead in its clause: an auxiliary or verb of intent.
FUTURE = r"\b(?:will|wollen|wird|werden|plant|planen|geplant)\b"  # "will am Freitag sprechen"
# Words right before a weekday that govern it and point ahead ('until Thursday', 'from
# Monday': the coming one, even in a past clause), and that make it recur ('every Friday').
UNTIL = ("bis", "bis zum", "ab")  # not "auf" ("die Nacht auf Samstag": the night before it)
# Words right before a weekday that name the day a plan is for ('for Saturday'): the nearest
# such day (a plan told may be gone: 'the trip planned for Monday was put off'); the coming
# one when its clause looks ahead.
FOR = ("für",)
SINCE = ("seit", "seit dem", "seit Anfang")  # right before a date: the last such day, in the past
RECURRING = ("jeden",)
# Between the first day of a range and its last, dated one ('vom 8. April bis 15. Mai 2027'):
# the linking words, and the articles that may follow them; dashes link in every language.
RANGE_TO = ("bis", "bis zum", "und")
RANGE_ARTICLES: tuple[str, ...] = ("den",)
# Names: role words before a person (also as the end of a compound: "Europaminister"), words that
# make a span an organisation (also as a compound's end: "Landesbank"), legal forms, words
# before a place, and the articles before a common noun ("dem Boden": no place).
ROLE_WORDS = frozenset(
    split_words(
        "kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin minister "
        "ministerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin "
        "sprecher sprecherin chef chefin vorsitzende vorsitzender trainer trainerin "
        "abgeordnete abgeordneter senator senatorin papst könig königin prinz prinzessin "
        "kaiser regisseur autor autorin sänger sängerin schauspieler schauspielerin stürmer "
        "torwart kapitän direktor direktorin leiter leiterin professor professorin dr. pfarrer "
        "bischof kardinal general oberst richter richterin anwalt anwältin staatssekretär "
        "staatssekretärin botschafter botschafterin vorstand geschäftsführer geschäftsführerin "
        "herr frau kollege kollegin prof. generalsekretär generalsekretärin sekretär "
        "sekretärin intendant intendantin rektor rektorin dekan dekanin landeshauptmann "
        "stadtpräsident stadtpräsidentin rabbiner imam pater hauptmann leutnant admiral "
        "kommandant kommandeur freiherr gräfin herzogin fürstin erzherzog erzherzogin "
        "kronprinz kronprinzessin"
    )
)
ORG_WORDS = frozenset(
    split_words(
        "ac as partei bank verband verein universität hochschule institut ministerium amt "
        "gericht gerichtshof kommission rat stiftung gesellschaft konzern gruppe zeitung "
        "agentur museum theater orchester union bund akademie klinik klinikum schule gymnasium "
        "kirche gewerkschaft behörde polizei armee sparkasse versicherung bahn werke verlag fc "
        "sv vfl vfb tsv tsg sc"
    )
)
# The first words of clubs' names before their town ('Borussia Dortmund'): organisation words
# that are the name's own, no noun before it ('Eintracht Frankfurt Fußball AG')
CLUB_HEADS = frozenset(
    split_words("borussia eintracht fortuna alemannia arminia dynamo kickers bayer")
)
ORG_WORDS |= CLUB_HEADS
ORG_SUFFIXES = frozenset(split_words("AG GmbH KG SE e.V. eG mbH Co. OHG"))
# A ministry named after its minister (Dutch: "minister van Landbouw"): none measured here
PORTFOLIO_ROLES: tuple[str, ...] = ()
PORTFOLIO_LINK = ""
# Streets and squares: a word's endings ('Flößaustraße'), the words after a town's adjective
# ('Gubener Straße') and that adjective's ending
STREET_ENDINGS = ("straße", "strasse", "gasse", "allee")
STREET_WORDS = frozenset(
    split_words("straße strasse gasse allee weg platz ring damm ufer brücke bahnhof tor markt")
)
# Nouns of land and water that end a landscape's name after a place's ('Gaza|streifen', 'Münster|
# land', 'Ruhr|gebiet'; facts/place_names.py)
LANDSCAPE_ENDINGS = tuple(
    split_words("streifen land kreis tal see gebirge wald küste gebiet becken bucht region")
)
# ... and ends of compounds that are street words ('Kasseler Landstraße', 'Lehrter Hauptbahnhof'),
# and words for land or water after a town's adjective ('Warener See', 'Jenaer Dreieck')
STREET_COMPOUND_ENDS = (*STREET_ENDINGS, "bahnhof")
FEATURE_WORDS = frozenset(split_words("see berg wald stein dreieck heide moor bucht"))
# Nouns after a capitalised adjective that make a place's name ('das Schwarze Meer', 'im Nahen
# Osten', 'die Lange Straße'; facts/names/adjective_places.py)
ADJECTIVE_PLACE_NOUNS = frozenset(
    split_words(
        "meer ozean osten westen norden süden see berg wald gebirge tal land insel brücke "
        "straße platz allee ufer kanal bucht heide moor"
    )
)
# Words for a way, a square or a monument that end one-word names ('Boyneburgufer',
# 'Najadenbrunnen'; facts/names/way_names.py)
WAY_ENDINGS = tuple(
    split_words("damm ufer markt platz weg pfad brunnen denkmal dreieck kreuz promenade chaussee")
)
TOWN_ADJECTIVE = ("er",)
PLACE_BEFORE = frozenset(split_words("in aus nach"))
# A town's cues around a listed company's name (names/listed_context.py): 'von X nach Y', 'der
# Bürgermeister von X', 'X liegt', 'X hat 9.000 Einwohner'; a company's: its market's words
PLACE_FROM, PLACE_TO = frozenset(split_words("von")), frozenset(split_words("nach bis"))
PLACE_AFTER = frozenset(split_words("liegt lag grenzt einwohner einwohnern"))
# The offices of a town's head: the name after one and 'von' is a place (names/venues.py)
TOWN_OFFICES = frozenset(split_words("bürgermeister bürgermeisterin oberbürgermeister landrat"))
MARKET_WORDS = frozenset(
    split_words("aktie aktien aktionäre börse anleger anteile umsatz gewinn quartal konzern")
)
# Words that open a town's name ('Bad Niedernau'; names/foreign_places.py)
TOWN_HEADS = frozenset(split_words("Bad"))
# Saints' titles of other languages that open places' names ('San Antonio', 'Santa Cruz', 'São
# Paulo'; facts/name_cues.py)
SAINTS = frozenset(split_words("San Santa Santo São Saint Sainte"))
# A saint's title written short before a town's or a church's name ('St. Gallen'; names/saints.py)
SAINT_ABBREVIATIONS = frozenset(split_words("St"))
# Words for a firm's site right before the town it stands in ('im Werk Dingolfing')
SITE_NOUNS = frozenset(split_words("Werk Stammwerk Standort Stammsitz Hauptsitz"))
# Words before a person as before no place (Spanish's personal 'a': 'sustituyó a Rodri')
PERSON_BEFORE: frozenset[str] = frozenset()
# Articles a paper's name keeps alone on its line (none: the language's pages hold sub-headings
# so, "Der Preis", measured on extraction-multi)
TITLE_ARTICLES: frozenset[str] = frozenset()
# A lone unknown capitalised word the text repeats is a name (benchmarks/languages.py: both
# halves better in Dutch; in Spanish one worse, its companies taken for people)
# Definite articles: one before a repeated unknown word makes it an organisation ('la Bonoloto')
DEFINITE = frozenset(split_words("der die das dem den des"))
# The kind of a repeated lone unknown word with no article before it (context.lone_kind)
LONE_KIND = "person"
REPEATED_NAMES = False
# A lone unknown word told once is a name when the word before it says so (names/lone.py): its
# kind after these small words, after a noun for a place or a person (also as a compound's end)
LONE_ONCE = True
LONE_BEFORE = {"bei": "organization", "für": "organization", "von": "organization",
               "mit": "person"}  # fmt: skip
# Focus particles before a lone word: they stand before any phrase ('auch Kreisel', 'sogar
# Kupfer'), no verb that leaves a name its subject or object; they tell no kind
LONE_UNTOLD = frozenset(split_words("auch nur sogar selbst ebenfalls"))
PLACE_NOUNS = tuple(
    split_words(
        "stadt städte dorf dörfer gemeinde gemeinden ort orte ortsteil stadtteil insel inseln "
        "kloster fluss region kreis bezirk kanton provinz weiler burg schloss flüsse berg berge "
        "gebirge see seen bucht küste halbinsel hafen bahnhof station stationen haltestelle "
        "viertel ortschaft ortschaften siedlung landschaft bundesland bundesländer staat staaten "
        "metropole regionen provinzen kantone bezirke"
    )
)
# Endings of town and landscape names: a lone word so shaped is a place ('Pfrondorf')
PLACE_ENDINGS = tuple(
    split_words(
        "burg berg dorf stadt hausen heim ingen bach feld rode hain stein see land kirchen "
        "born hofen hof tal thal brück brücken furt wald münde leben kapelle hütte"
    )
)
ORG_NOUNS = tuple(
    split_words(
        "hersteller zulieferer firma unternehmen autobauer konzern händler anbieter betreiber "
        "sender label marke verlag club klub dienstleister reederei ligist versorger discounter "
        "kette brauerei werft fluglinie"
    )
)
# The nouns for a firm that make a name of a surname's or a lone word's shape a firm's, before
# it, its list or in its apposition (names/firm_nouns.py); a trader or an operator ('Händler',
# 'Betreiber') is a person as often
FIRM_HEADS = tuple(n for n in ORG_NOUNS if n not in ("händler", "betreiber"))
PERSON_NOUNS = tuple(
    split_words(
        "mutter vater sohn tochter bruder schwester tante onkel familie ehefrau ehemann witwe "
        "neffe nichte enkel enkelin nachfolger nachfolgern nachfolgerin vorgänger vorgängerin "
        "heiligen heilige experte expertin aktivist aktivistin"
    )
)
# People carry two surnames (Spanish: 'Javier García Chico'); not here, or not measured
TWO_SURNAMES = False
# A word before the employer after a person's full name (none: "von" ends noble names,
# "Heinrich Gottlob von Justi")
EMPLOYER_BEFORE: frozenset[str] = frozenset()
# Articles, possessives and demonstratives, and prepositions fused with an article ('zum',
# 'fürs', 'aufs': a noun follows them, as after 'das')
ARTICLES = frozenset(
    split_words(
        "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem "
        "keiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere dieser "
        "diese dieses diesem diesen jeder jede jedes jedem jeden zum zur im am vom beim ins "
        "ans aufs fürs durchs übers ums unters vors hinters"
    )
)
# The articles before an acronym that name a body ('die SPD', 'seiner GmbH' aside): no
# indefinite one ('einer GmbH', 'keine PKW' are things of a kind, no names)
NAMING_ARTICLES = ARTICLES - frozenset(
    split_words("ein eine einen einem einer eines kein keine keinen keinem keiner")
)
# A closed class: everyday nouns German writes as capital initials (terms of contract, vehicles,
# business software, taxes, payment, law codes, data protection, economic figures, chemicals,
# degrees, races). Never a name on their own.
CAPITAL_NOUNS = frozenset(
    split_words(
        "AGB AVB PKW LKW KFZ CRM ERP POS ÖPNV DSGVO FAQ PIN IBAN BIC MWST UST EDV KMU GbR "
        "BGB HGB StGB ZPO NDA SEO KPI ROI BIP EBIT EBITDA FCKW MBA GP"
    )
)
INSTITUTIONS: frozenset[str] = frozenset()  # "Bundestag": not named in the news sets we measure
# split "Deutschland und Italien" unless an organisation
CONJUNCTIONS = frozenset(split_words("und"))
LIST_LINKS = frozenset((",", "und", "oder"))  # between the names of one list (names/lone.py …)
# may join two capitalised words into one name
JOINERS = frozenset(split_words("von vom van de du di da"))
# Nouns that a gazetteer also knows as towns ("Ende Mai", "im Norden"): no place on their own.
# (none: the language's news sets count a league as an organisation, 'Champions League')
EVENTS: frozenset[str] = frozenset()
EVERYDAY_NOUNS = frozenset(
    split_words(
        "Ende Mitte Anfang Lage Norden Süden Osten Westen Wetter Hof Boden Berg Bergen Werder "
        "Lido Porta Mark Bad Stadt Land See Au Ort Rain Halle Weil Moos Wald Feld Brand"
    )
)
# short forms of places CLDR does not write
# Compass words a language joins to a place's name ('Ostdeutschland', 'Noord-Brabant')
COMPASS_HEADS = frozenset(
    split_words("Nordost Nordwest Südost Südwest Nord Süd Ost West Mittel Ober Nieder Zentral")
)
PLACES = frozenset(split_words("USA Großbritannien"))
# Common first names the US-census list lacks (a first name before a capitalised word: a person).
FIRST_NAMES = frozenset(
    split_words(
        "Klaus Jürgen Uwe Dieter Günter Günther Horst Helmut Wolfgang Gerhard Hans-Peter "
        "Karl-Heinz Heinz Manfred Bernd Rainer Ralf Jörg Jochen Holger Volker Matthias Stefan "
        "Andreas Frank Thomas Torsten Sven Lars Kai Jens Dirk Björn Till Lukas Jonas "
        "Maximilian Felix Moritz Tobias Florian Sebastian Markus Christoph Ulrich Wilhelm "
        "Friedrich Sigmar Olaf Gregor Cem Annalena Ursula Ulrike Sabine Petra Birgit Heike "
        "Kerstin Katrin Anke Silke Jutta Renate Gisela Ingrid Gudrun Brigitte Monika Claudia "
        "Susanne Andrea Nicole Simone Julia Anna Lena Leonie Hannah Sophie Katharina Franziska "
        "Doris Guido Heinrich Johannes Gottfried Hermann Werner Walter Fritz Ernst Rudolf "
        "Hubertus Detlef Norbert Reinhard Wolfram Hartmut Siegfried Joachim Udo Armin Malte "
        "Jannik Niklas Finn Horst-Dieter Hans-Jürgen Karl-Theodor Frank-Walter Gerd Bodo "
        "Eckart Ekkehard Lothar Egon Gustav Ludwig Friedhelm Hannelore Elke Ute Angelika "
        "Margot Gerda Helga Hildegard Irmgard Waltraud Dagmar Svenja Anja Tanja Jana Manuela "
        "Gabriele Cornelia Kathrin Ines Antje Annegret Marlene Greta Frauke Wiebke Georg Heiko "
        "Karsten Jörn Hendrik Henrik Ole Nils Timo René Steffen Uli Götz Willi Franz Sepp Alois "
        "Oskar Ludger Winfried Wilfried Burkhard Gunter Gunther Heiner Hinrich Knut Konrad Lutz "
        "Mathias Mirko Nico Ottmar Reiner Sascha Sönke Thilo Ulf Veit Volkmar Waldemar Achim "
        "Ansgar Axel Benedikt Bernhard Carsten Dominik Egbert Eike Elmar Eugen Gerold Hannes "
        "Harald Hartwig Helge Helmuth Ingo Jakob Joschka Kilian Klemens Clemens Lorenz Marius "
        "Philipp Raimund Reinhold Rüdiger Siegmar Thorsten Viktor Wenzel Almut Beate Gesine "
        "Katja Maike Mareike Mechthild Steffi Ulla"
    )
)
# Countries whose first names (Faker's lists, where installed: facts/locale_names.py) German
# news names: its own, its neighbours', and those of the countries its news reports most
NAME_LOCALES = ("de_DE", "de_AT", "de_CH", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL",
                "cs_CZ", "da_DK", "sv_SE", "no_NO", "fi_FI", "pt_PT", "ru_RU", "en_GB")  # fmt: skip
# Words of a match report: with three of them, a town named alone is mostly its team.
SPORTS = frozenset(
    split_words(
        "fußball bundesliga liga tor tore spiel spieltag trainer mannschaft elf stürmer "
        "torwart abwehr saison meisterschaft pokal tabelle halbzeit elfmeter verein"
    )
)
# Endings of nouns that no name has ('Entscheidung', 'Gesellschaft', 'Energie')
NOUN_ENDINGS = tuple(
    split_words(
        "ung heit keit schaft tion tät nis ismus chen ment anz enz ie ik tur ität erei ling "
        "ungen heiten keiten schaften tionen täten nisse ien iken turen"
    )
)
# Whether a name takes a genitive -s ("Europas" is "Europa"'s)
GENITIVE_S = True
# A place's name as an adjective and a dative plural bend it ('den Vereinigten Staaten', 'des
# Vereinigten Königreichs', 'den Niederlanden'): an adjective's case endings and the endings of
# its forms a name is listed under ('Vereinigte', 'Vereinigtes'; facts/place_names.py), and the
# ending a plural noun takes in the dative ('Niederlande|n')
ADJECTIVE_ENDINGS = ("en", "em", "er", "es")
ADJECTIVE_BASES = ("e", "es", "er")
DATIVE_PLURAL = "n"
# Counted this often in the word list: an everyday word (German's counts sit at 50 for most
# words, names too: 90 is already frequent, 'Lage' but not 'Berlin')
FREQUENT_FROM = 90
# Words before a number with a dot that make it an ordinal, not a sentence end ("zum 6. Mal",
# "der 3. Platz"; newsfacts/abbreviations.py)
ORDINAL_AFTER = frozenset(
    split_words("zum zur am im beim vom der die das den dem des ein eine einer einem seit bis ab")
)
# Abbreviations after which the sentence goes on, one or two words (newsfacts/abbreviations.py)
ABBREVIATIONS = frozenset(
    split_phrases(
        "z. B.|z.B.|u. a.|u.a.|d. h.|d.h.|bzw.|ca.|inkl.|evtl.|ggf.|vgl.|sog.|Mio.|Mrd.|Tsd.|"
        "Nr.|Str.|Dr.|Prof.|Hr.|Fr.|St.|Co.|Jh.|Abs.|Bd.|Tel.|geb.|gest.|v. Chr.|n. Chr."
    )
)
# A common noun's plural and case endings the word list holds ('Hund|e', 'Hund|en', 'Hund|es'),
# which a name lacks (names/inflection.py); no '-er', which also makes a town's adjective
NOUN_FORMS = ("e", "en", "es", "nen")  # 'nen': 'Kandidatin|nen'
# Plural endings that replace a borrowed noun's ending: 'Themen' of 'Thema', 'Foren' of 'Forum'
NOUN_SWAPS = (("en", "a"), ("en", "um"), ("en", "us"), ("en", "on"))
# Nouns the word list lacks, by their shape (names/common_nouns.py): a derivation's ending and
# the endings of the listed word it comes from ('Got|ik': 'got|isch'; 'Eisenbahn|ler';
# 'Kleinstädt|ler': 'Kleinstadt'), a plural's or a case's ending after a listed noun
# ('Vorschrift|en'), and the Swiss spelling of 'ß' ('Strassenbahn': 'Straßenbahn')
NOUN_DERIVATIONS = (("ik", ("isch",)), ("ler", ("", "el")))
CASE_ENDINGS = ("en", "ern", "n")
SPELLING_SWAPS = (("ss", "ß"),)
# Prepositions: a bare noun follows them ('mit Efeu', 'in Foren'), so they make no listed word
# a person (names/lone.py)
PREPOSITIONS = frozenset(
    split_words(
        "an auf aus bei bis durch für gegen in mit nach ohne über um unter von vor wegen zu "
        "zwischen seit hinter neben entlang trotz während gemäß laut per pro als samt"
    )
)
NOUN_LIST = True  # a noun list that tells names from nouns (newsfacts/nouns.py)
ORDINAL_DOT = True  # a ruler's numeral is written with a dot ('Elisabeth II.')
# A number that tells the time of day ('10 Uhr', 'a las 10 de la mañana'): the words after it
# that say so alone, and the words before it that do when an hour's word or the clause's end
# follows ('à 10 heures', 'hasta las 10.'); regex sources, '' for none
CLOCK_BEFORE = r"\bum\s+$"
CLOCK_AFTER = r"(?:[.:]\d\d)?\s*Uhr\b"
HOUR_WORDS = ("h", "Uhr")  # an hour's word after a number the words before may make one
# "um" before a number is no hour at the clause's end ('um 12,': by 12): the hour needs its word
CLOCK_CLAUSE_END = False
# Articles before a paper's or body's name in quote marks ('dem „Kölner Boten“'), and the last
# words that name a paper ('Rundschau', 'Kurier'; names/bodies.py)
BODY_ARTICLES = frozenset(split_words("der die das dem den des zum zur im beim vom"))
PRESS_WORDS = frozenset(
    split_words(
        "Zeitung Presse Kurier Rundschau Umschau Anzeiger Allgemeine Allgemeinen Nachrichten "
        "Post Blatt Tagblatt Tageblatt Morgenpost Abendblatt Bote Boten Echo Express Magazin "
        "Journal Times Tagesspiegel Zeitschrift"
    )
)
# The short words of a club's name written after its '1.' ('1. FC Kronach', '1. FSV'): no
# sentence ends before them, and the number is the name's (names/bodies.py)
NUMBERED_CLUBS = frozenset(split_words("FC FSV FFC SC SV VfB VfL"))
# A team named by one word in a match's frame (names/team_slots.py): the word for 'against'
# in a sentence with a score or one of the match's words ('das Gruppenspiel gegen Lindau'), a
# table's points in brackets after it ('Die Falken (20 Punkte)'), and the word after a time of
# day that is no score ('19:45 Uhr')
TEAM_AGAINST = frozenset(("gegen",))
MATCH_WORDS = SPORTS | frozenset(
    split_words(
        "partie remis finale halbfinale viertelfinale achtelfinale endspiel gruppenspiel "
        "heimspiel auswärtsspiel ligaspiel pokalspiel länderspiel derby punktspiel "
        "testspiel freundschaftsspiel rückspiel hinspiel gegentore gegentor punkte"
    )
)
TABLE_POINTS = frozenset(("Punkte", "Punkten", "Zähler", "Zählern"))
CLOCK_WORDS = frozenset(("uhr",))
# The short words of clubs' legal and sporting forms that open a club's name before its year and
# town ('TSV 1860 München', 'SG 01 Höchst', 'ESV Lok Zwickau'; names/club_forms.py): a closed
# list of the forms German clubs take (Turn- und Sportverein, Spielgemeinschaft, ...)
CLUB_FORMS = frozenset(
    split_words(
        "FC SC SV TSV TuS VfB VfL VfR SG SpVgg SpVg ESV FSV TSG SSV KSV ASV PSV BSV MTV DJK "
        "TuRa TSC SKV FFC SGS BV SK"
    )
)
PLACE_ADJECTIVE_NAMES = (
    True  # a capitalised place adjective inside a sentence opens a name (place_adjectives.py)
)
# Nouns of landscapes, seas and states: after a place adjective they name a place, no body
# ('Bayerischer Wald', 'Deutsche Bucht', 'Russische Föderation')
GEOGRAPHIC_NOUNS = frozenset(
    split_words(
        "Wald Bucht Meer See Gebirge Föderation Republik Alpen Alb Heide Küste Insel Inseln "
        "Tal Ebene Tiefland Hochland Becken Schweiz Riviera Königreich Freistaat Land Bergland"
    )
)
# English organisation words that end (or open, before 'of') an English body's name in German
# text ('Dave Matthews Band', 'California Institute of Technology'; names/org_cues.py)
ENGLISH_BODY_ENDS = frozenset(
    split_words(
        "Institute University College Academy Council Committee Commission Board Bureau Agency "
        "Authority Association Federation Foundation Society Union League Party Ministry "
        "Department Office Court Parliament Congress Senate Assembly Army Navy Corps Police "
        "Guard Church Band Orchestra Ensemble Choir Theatre Hotel Airways Airlines Motors Bank "
        "Group Company Corporation Holdings Records Studios Pictures Network Radio Television "
        "Times Post Journal Herald Tribune Gazette News Press Club Team Racing United Rovers "
        "Wanderers Athletic Albion Systems Technologies Industries Enterprises Partners "
        "Laboratories Labs Electronics Pharmaceuticals Communications"
    )
)
# News agencies written in small letters ('Berlin (dpa)'), and the nouns before one's name
SMALL_AGENCIES = frozenset(split_words("dpa ddp dapd epd kna ots sid apa sda"))
AGENCY_NOUNS = frozenset(split_words("agentur Agentur"))
# Verbs of a share's move on the stock market ('Mizuho gaben um 1,9 Prozent nach')
SHARE_VERBS = frozenset(
    split_words(
        "lagen lag gaben gab verloren verlor gewannen gewann legten legte stiegen stieg fielen "
        "fiel sanken sank kletterten kletterte rutschten rutschte notierten notierte büßten "
        "büßte zogen zog verbilligten verbilligte verteuerten verteuerte schlossen schloss"
    )
)
SHARE_PARTICLES = frozenset(split_words("nach zu"))  # a share verb's particle: 'gaben … nach'
SHARE_BY = frozenset(split_words("um"))  # before a share's move right after a name: 'um 2,9%'
# English plurals of land and water that end places' names, no team's ('Niagara Falls')
ENGLISH_LAND_WORDS = frozenset(
    split_words(
        "Falls Heights Springs Hills Lakes Gardens Parks Rapids Woods Plains Beaches Shores "
        "Sands Rocks Islands Isles Keys Meadows Acres Oaks Pines Cliffs Mountains Downs Fields"
    )
)
