"""Organisation cues: legal suffixes, head and last words of bodies, teams, institutions."""

from __future__ import annotations

from newsfacts.words import split_words

# Legal forms of companies, the last word of a company's name ("Barnett Banks Inc").
LEGAL_SUFFIXES = frozenset(split_words("Inc Corp Co Ltd Plc PLC LLC AG SA NV GmbH"))

# Last words of a company's full name, whose first word alone is its short form ("Ford" for
# "Ford Motor Company", "Chrysler" for "Chrysler Group").
FIRM_ENDS = LEGAL_SUFFIXES | frozenset(split_words("Corporation Company Group Holding Holdings"))

# Suffixes written with a period straight after them ("Corp.", "Jr.").
ABBREVIATED_SUFFIXES = frozenset(split_words("Inc Corp Co Ltd Bros Jr Sr"))

# Team nicknames: the name of a club on their own ("the Mariners"), a team in sports reports.
TEAM_NAMES = frozenset(
    split_words("""
    Tigers Mariners Yankees Orioles Rangers Giants Dodgers Cardinals Braves Cubs Mets Reds
    Pirates Astros Royals Twins Padres Expos Brewers Angels Athletics Marlins Rockies Phillies
    Indians Bulls Lakers Celtics Knicks Jets Bears Packers Cowboys Patriots Dolphins Sox Jays
    Saracens Wasps Harlequins Springboks Wallabies Pumas""")
)

# Last words that make a name an organisation.
ORG_SUFFIXES = (
    LEGAL_SUFFIXES
    | frozenset(f"{w}." for w in ("Inc", "Corp", "Co", "Ltd"))
    | TEAM_NAMES
    | frozenset(
        split_words("""
    Corporation Group Holdings
    AB SpA ASA Oyj BV Bros Bros. Brothers International Zeitung
    Party Ministry Bank Agency Council Command Commission Committee Association Federation
    University College Institute Institution Foundation Fund Company Airlines Airways Motors
    Bureau Department Office Service Services Authority Board Court Congress Parliament Senate
    Assembly Police Army Navy Force Forces Guard Club FC United City Rovers Wanderers Athletic
    Albion Times Post Journal News Press Herald Telegraph Tribune Gazette Reuters Network
    Television TV Radio Channel Broadcasting Exchange Church Organisation Organization Alliance
    Coalition Movement Front Brigade Brigades Corps Cabinet Government Administration Secretariat
    Society Trust Centre Center Hospital School Academy Laboratories Labs Systems Technologies
    Electronics Pharmaceuticals Energy Oil Petroleum Telecom Communications Industries
    Enterprises Partners Capital Securities Investments Insurance Team Racing Ventures Studios
    Records Mining Steel Chemicals Foods Brands Stores Markets Union Nations Bancorp Holding
    Reserve Treasury Daily Newsroom Desk Managers Dept Dept. Power Electric Controls Medical
    Pharma Motor Petroleum Chemical Holdings Bancorp Financial Resources Consolidated
    Hotspur Villa Forest Rangers Celtic Olympique Sporting Real Dynamo Spartak Ajax PSV Juventus
    Inter Milan Lazio Roma Sampdoria Fiorentina Napoli Parma Bayern Borussia Werder Schalke
    Hertha Eintracht Hamburg Feyenoord Benfica Porto Atletico Deportivo Espanyol Valencia
    Betis Sevilla Zaragoza Galatasaray Fenerbahce""")
    )
)


# First words that make a name an organisation ("Bank of Japan", "University of Texas").
ORG_HEADS = frozenset(
    split_words("""
    Bank University Ministry Department Board Council Bureau Institute Federation Association
    Church Museum Society College School League Union Organization Organisation Office Court
    Chamber House Commission Committee Party Academy Real Deportivo Dynamo Dinamo Sporting
    Atletico Athletic Racing Rotor Spartak Lokomotiv CSKA Olympique AC FC Inter Bayern Borussia
    Werder Eintracht Hertha Fortuna Red
    Prensa Diario Gazzetta Corriere Gazeta Jornal Agencia Agence Agenzia""")
)  # the last row: the press and agencies of other languages ("Prensa Latina", "Agence France")

# Heads that keep an "of" inside a name ("Bank of England", "Gulf of Mexico").
OF_HEADS = ORG_HEADS | frozenset(
    split_words("""
    Republic Kingdom Gulf Bay Isle Isles Sea Strait Straits Sultanate Emirate Duke Duchess
    Cape Province State States Governor Minister Secretary""")
)

# Head nouns of bodies whose names go on after a preposition ("Organisation for Security and
# Cooperation in Europe", "Commission on Presidential Debates", "News Agency of Nigeria").
BODY_HEADS = frozenset(
    split_words("""
    Organisation Organization Commission Committee Council Agency Association Federation Union
    League Party Bank Fund Institute Foundation Ministry Department Office Court Board Bureau
    Authority Force Forces Front Movement Alliance Coalition Centre Center Society Confederation
    Service Administration Corporation Company Exchange Tribunal Secretariat""")
)

# Plural nouns whose possessive opens the name of a body ("People's Liberation Army", "Women's
# Institute"); any other possessive ends a name ("Britain's Prime Minister").
POSSESSIVE_HEADS = frozenset(split_words("People Children Women Men Workers Veterans Citizens"))

CONNECTORS = frozenset(
    {"de", "du", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "wa", "&"}
)  # "wa": "Kengo wa Dondo"

# Last words of named events, laws and awards: not person, organisation or place.
MISC_SUFFIXES = frozenset(
    split_words("""
    Cup Open Championship Championships Games Olympics Olympic Prix Series Trophy Award
    Awards Prize Day War Festival Tour Derby Classic Masters Bowl Act Bill Index Agreement Accord
    Declaration Plan Doctrine Show Marathon Rally Slam Convention Treaty Protocol Summit Conference
    Election Elections Revolution Crisis Era Age Week Year Christmas Easter Ramadan League Final
    Finals Meeting Baseball""")
)

# Capitalised words that are never entities on their own.
NON_ENTITIES = frozenset(
    split_words("""
    I Internet English French German Spanish Christmas Easter Ramadan Islam Moslem Moslems
    Muslim Muslims Christian Christians Catholic Catholics Jewish Jews Protestant Buddhist Hindu
    Sunni Shi'ite Shia God Allah TV AM PM GMT EST EDT BST CET UTC OK Dollar Euro Yen
    Democrat Democrats Republican Republicans Communist Communists Conservative Conservatives
    Labour Liberal Liberals Socialist Socialists Nazi Nazis Jr Sr Inc Ltd Co Corp Plc
    First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Last Next GDP GNP CPI PPI
    EPS IPO ERA RBI CEO CFO GMT PIBOR LIBOR Obviously Meanwhile However Chg Pct Vol""")
)

# Everyday abbreviations of things ("a USB port", "UV light"): no name on their own, though
# they may open one ("PC World", "DNA Info"), so unlike NON_ENTITIES they are no prefix to drop.
THING_CODES = frozenset(
    split_words("""
    CPU GPU USB UV PV SUV SUVs ICT DNA RNA GPS LED LCD OLED PC PCs RAM SSD HDMI PDF URL HTML
    API SMS ATM ATMs Wi-Fi WiFi""")
)

# One-word names of institutions ("the Treasury said").
INSTITUTIONS = frozenset(
    split_words("""
    Treasury Pentagon Kremlin Congress Parliament Senate Cabinet Bundesbank Bundestag Knesset
    Duma Politburo Vatican Interpol Europol UEFA FIFA NATO OPEC Reuters Nasdaq Fed""")
)

# Words that name the press around a title: "the daily Zycie Warszawy", "Le Matin newspaper".
MEDIA_WORDS = frozenset(
    split_words("""
    newspaper newspapers daily weekly monthly magazine tabloid broadsheet journal gazette
    broadcaster agency""")
)
MEDIA_BEFORE = MEDIA_WORDS | frozenset(split_words("paper radio television TV channel"))

# Lower-case nouns right before a name that say it is a firm ("the airline Aer Lingus", "rival
# carmaker Toyota", "the Danish group Carlsberg"): no one's occupation.
FIRM_NOUNS = frozenset(
    split_words("""
    airline airlines carrier automaker automakers carmaker carmakers airframer firm company
    bank retailer insurer conglomerate manufacturer chipmaker brewer""")
)

# Lower-case nouns right after a name that make it an event's or a market index's name, none of
# ours ("the Jackson Hole symposium", "the Vancouver IndyCar race"); the index words also one
# word further on ("the Dow Jones industrial average", "the Hang Seng composite index").
EVENT_NOUNS = frozenset(split_words("symposium summit conference festival race rally marathon"))
INDEX_NOUNS = frozenset(split_words("index average"))

# Articles of other languages opening a title ("Die Rundschau", "Le Matin", "Der Spiegel"): a
# newspaper, a firm or a work, not a person, unless the whole is a place ("Los Angeles"). Not
# "El" nor "Les", which open people's names too ("El Hadji", "Les Ferdinand").
FOREIGN_ARTICLES = frozenset(split_words("Die Der Das Le Il Los Las Het"))


# Everyday words of a trade a firm's name may end in after a founder's first name ("Harlan
# Aerospace", "Morgan Logistics"): no person's name ends in one (lower case).
TRADE_WORDS = frozenset(
    split_words("""
    aerospace aviation logistics pharmaceuticals pharma energy petroleum mining brewing brewery
    steel chemicals electronics software semiconductors robotics therapeutics biotech textiles
    apparel cosmetics furniture hotels resorts foods farms dairy bakery automotive engineering
    consulting solutions shipping freight construction properties realty entertainment studios
    publishing telecom insurance securities capital partners investments ventures analytics
    """)
)
