"""German data for a noun for a person found by its pair of forms (facts/role_pairs.py): the
ending of a woman's form ('Politiker'/'Politikerin'), and the nouns for a doer that name a firm
or a club as often as a person, before whose name no person is read."""

from newsfacts.words import split_words

# The ending of a woman's form of a noun for a person ('Politikerin', 'Kollegin')
ROLE_FEMININE = "in"
# Nouns for a doer that name a firm or a club as often as a person: its partner, rival, a
# team's rank ('Konkurrent Sörenberg', 'Aufsteiger TSV'); beside the firm's nouns (ORG_NOUNS)
FIRM_DOERS = tuple(
    split_words(
        "partner konkurrent gegner rivale investor vermittler aufsteiger absteiger "
        "spitzenreiter tabellenführer verfolger titelverteidiger gastgeber "
        # trade's doers: a landlord, marketer, organiser, developer, seller, supplier
        "vermieter vermarkter veranstalter entwickler verkäufer anbieter zulieferer versender "
        "lieferant händler betreiber bestseller"
    )
)
