"""Word lists for the rule-based entity finder: titles, role words, organisation and event cues."""

from __future__ import annotations

from newsfacts.facts.tokens import split_words

# Capitalised titles before a name, longest first when matched; value = the role to report
# (None for plain honorifics, which only say "a person").
TITLES: dict[str, str | None] = {
    "Vice President": "Vice President",
    "President-elect": "President-elect",
    "President": "President",
    "Deputy Prime Minister": "Deputy Prime Minister",
    "Prime Minister": "Prime Minister",
    "Foreign Minister": "Foreign Minister",
    "Defence Minister": "Defence Minister",
    "Defense Minister": "Defense Minister",
    "Finance Minister": "Finance Minister",
    "Interior Minister": "Interior Minister",
    "Trade Minister": "Trade Minister",
    "Minister": "Minister",
    "Chancellor": "Chancellor",
    "Secretary of State": "Secretary of State",
    "Secretary-General": "Secretary-General",
    "Secretary General": "Secretary-General",
    "Secretary": "Secretary",
    "Senator": "Senator",
    "Sen.": "Senator",
    "Sen": "Senator",
    "Rep.": "Representative",
    "Rep": "Representative",
    "Representative": "Representative",
    "Congressman": "Congressman",
    "Congresswoman": "Congresswoman",
    "Gov.": "Governor",
    "Governor": "Governor",
    "Mayor": "Mayor",
    "MP": "MP",
    "Lawmaker": "Lawmaker",
    "Deputy Mayor": "Deputy Mayor",
    "Councillor": "Councillor",
    "Councilor": "Councilor",
    "Councilman": "Councilman",
    "Councilwoman": "Councilwoman",
    "Alderman": "Alderman",
    "King": "King",
    "Queen": "Queen",
    "Crown Prince": "Crown Prince",
    "Prince": "Prince",
    "Princess": "Princess",
    "Pope": "Pope",
    "Sheikh": "Sheikh",
    "Emperor": "Emperor",
    "General": "General",
    "Gen.": "General",
    "Lt.": "Lieutenant",
    "Col.": "Colonel",
    "Maj.": "Major",
    "Capt.": "Captain",
    "Sgt.": "Sergeant",
    "Admiral": "Admiral",
    "Adm.": "Admiral",
    "Chief Justice": "Chief Justice",
    "Judge": "Judge",
    "Justice": "Justice",
    "Ambassador": "Ambassador",
    "Chairman": "Chairman",
    "General Manager": "General Manager",
    "Manager": "Manager",
    "Majority Leader": "Majority Leader",
    "Minority Leader": "Minority Leader",
    "Leader": "Leader",
    "Chairwoman": "Chairwoman",
    "Chief Executive": "Chief Executive",
    "Chief Executive Officer": "Chief Executive",
    "CEO": "CEO",
    "Director": "Director",
    "Coach": "Coach",
    "Captain": "Captain",
    "Premier": "Premier",
    "Speaker": "Speaker",
    "House Speaker": "House Speaker",
    "Commissioner": "Commissioner",
    "Inspector": "Inspector",
    "Detective": "Detective",
    "Professor": "Professor",
    "Prof.": "Professor",
    "Archbishop": "Archbishop",
    "Bishop": "Bishop",
    "Cardinal": "Cardinal",
    "Rev.": "Reverend",
    "Mr.": None,
    "Mr": None,
    "Mrs.": None,
    "Mrs": None,
    "Ms.": None,
    "Ms": None,
    "Dr.": None,
    "Dr": None,
    "Sir": None,
    "Lord": None,
    "Lady": None,
    "Dame": None,
}
MAX_TITLE_WORDS = 4

# Lower-case words that introduce a person's name ("Red Bull boss Christian Horner").
ROLE_WORDS = frozenset(
    split_words(
        """
    boss chief executive coach manager spokesman spokeswoman spokesperson striker midfielder
    defender goalkeeper keeper captain skipper president minister leader director chairman
    chairwoman chair chairperson secretary analyst economist actor actress singer star player
    champion seed veteran rookie pitcher all-rounder batsman bowler opener winger forward
    candidate nominee senator
    governor mayor aide founder owner lawyer attorney prosecutor judge officer commander envoy
    ambassador rider driver champion compatriot teammate team-mate partner wife husband son
    daughter brother sister father mother runner-up winner challenger holder opponent colleague
    discard international newcomer substitute trainer jockey cyclist swimmer sprinter golfer
    defenceman quarterback novelist author writer editor reporter correspondent president-elect
    premier chancellor king queen prince princess general spokesman head"""
    )
)

# Last words that make a name an organisation.
ORG_SUFFIXES = frozenset(
    split_words(
        """
    Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings
    AB SpA ASA Oyj BV Bros Bros. International Zeitung
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
    Betis Sevilla Zaragoza Galatasaray Fenerbahce"""
    )
)

# Team nicknames: the name of a club on their own ("the Mariners"), a team in sports reports.
TEAM_NAMES = frozenset(
    split_words(
        """
    Tigers Mariners Yankees Orioles Rangers Giants Dodgers Cardinals Braves Cubs Mets Reds
    Pirates Astros Royals Twins Padres Expos Brewers Angels Athletics Marlins Rockies Phillies
    Indians Bulls Lakers Celtics Knicks Jets Bears Packers Cowboys Patriots Dolphins Sox Jays
    Saracens Wasps Harlequins Springboks Wallabies Pumas"""
    )
)
ORG_SUFFIXES = ORG_SUFFIXES | TEAM_NAMES

# First words that make a name an organisation ("Bank of Japan", "University of Texas").
ORG_HEADS = frozenset(
    split_words(
        """
    Bank University Ministry Department Board Council Bureau Institute Federation Association
    Church Museum Society College School League Union Organization Organisation Office Court
    Chamber House Commission Committee Party Academy Real Deportivo Dynamo Dinamo Sporting
    Atletico Athletic Racing Rotor Spartak Lokomotiv CSKA Olympique AC FC Inter Bayern Borussia
    Werder Eintracht Hertha Fortuna Red"""
    )
)

# Last and first words that make a name a place ("Tiananmen Square", "Republic of Ireland").
PLACE_SUFFIXES = frozenset(
    split_words(
        """
    Park Square Road Street Avenue Bridge River Lake Mountain Mountains Island Islands Valley
    Airport Stadium Beach Coast Heights Hills Peninsula Province Region District County Oval
    Desert Sea Ocean Strait Canal Harbour Harbor Port Palace House Hall Arena Cathedral Castle
    Barracks Prison Station"""
    )
)
PLACE_HEADS = frozenset(
    split_words(
        """
    Republic Kingdom Gulf Bay Isle Cape Lake Mount Port Fort"""
    )
)

# Heads that keep an "of" inside a name ("Bank of England", "Gulf of Mexico").
OF_HEADS = ORG_HEADS | frozenset(
    split_words(
        """
    Republic Kingdom Gulf Bay Isle Isles Sea Strait Straits Sultanate Emirate Duke Duchess
    Cape Province State States Governor Minister Secretary"""
    )
)
CONNECTORS = frozenset({"de", "du", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "&"})

# Last words of named events, laws and awards: not person, organisation or place.
MISC_SUFFIXES = frozenset(
    split_words(
        """
    Cup Open Championship Championships Games Olympics Olympic Prix Series Trophy Award
    Awards Prize Day War Festival Tour Derby Classic Masters Bowl Act Bill Index Agreement Accord
    Declaration Plan Doctrine Show Marathon Rally Slam Convention Treaty Protocol Summit Conference
    Election Elections Revolution Crisis Era Age Week Year Christmas Easter Ramadan League Final
    Finals Meeting Baseball"""
    )
)

# Capitalised words that are never entities on their own.
NON_ENTITIES = frozenset(
    split_words(
        """
    I Internet English French German Spanish Christmas Easter Ramadan Islam Moslem Moslems
    Muslim Muslims Christian Christians Catholic Catholics Jewish Jews Protestant Buddhist Hindu
    Sunni Shi'ite Shia God Allah TV AM PM GMT EST EDT BST CET UTC OK Dollar Euro Yen
    Democrat Democrats Republican Republicans Communist Communists Conservative Conservatives
    Labour Liberal Liberals Socialist Socialists Nazi Nazis Jr Sr Inc Ltd Co Corp Plc
    First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Last Next GDP GNP CPI PPI
    EPS IPO ERA RBI CEO CFO GMT PIBOR LIBOR Obviously Meanwhile However Chg Pct Vol"""
    )
)

SAY_VERBS = frozenset(
    split_words(
        """
    said says told added explained wrote argued noted stated insisted warned announced
    declared replied recalled claimed admitted acknowledged stressed urged asked confirmed
    denied tweeted posted commented remarked"""
    )
)

PLACE_PREPS = frozenset({"in", "at", "near", "from", "outside", "across", "throughout", "to"})
STRONG_PLACE_PREPS = frozenset({"in", "at", "near"})

# One-word names of institutions ("the Treasury said").
INSTITUTIONS = frozenset(
    split_words(
        """
    Treasury Pentagon Kremlin Congress Parliament Senate Cabinet Bundesbank Bundestag Knesset
    Duma Politburo Vatican Interpol Europol UEFA FIFA NATO OPEC Reuters Nasdaq Fed"""
    )
)
