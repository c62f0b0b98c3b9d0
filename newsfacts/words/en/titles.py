"""Titles and role words that stand before a person's name."""

from __future__ import annotations

from newsfacts.words import split_words

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
    split_words("""
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
    premier chancellor king queen prince princess general spokesman head""")
)

# Words an office's name is made of ("Chief Operating Officer", "Deputy General Manager").
OFFICE_WORDS = (
    ROLE_WORDS
    | frozenset(w.lower().rstrip(".") for t in TITLES for w in t.split())
    | frozenset(
        split_words("""
    officer operating financial technology information marketing deputy vice assistant senior
    associate acting interim managing executive general principal""")
    )
)

PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Commissioner", "Director", "Spokesman"})
