"""What the table must show for each story of tests/wire_stories.py: dates, money, a share,
the speaker, people, places, roles, and words that must not be shown as a name."""

from __future__ import annotations


def expect(
    dates: dict[str, str],
    money: tuple[float, str] | None,
    percent: float | None,
    speaker: str | None,
    people: set[str],
    places: set[str],
    roles: dict[str, str] | None = None,
    no_names: tuple[str, ...] = (),
) -> dict[str, object]:
    """One story's facts: each date's text and value, an amount, a share, who spoke, the
    people the table shows (all of them), places it shows (at least), roles, and words that
    must not be shown as a name."""
    return {
        "dates": dates, "money": money, "percent": percent, "speaker": speaker,
        "people": people, "places": places, "roles": roles or {}, "no_names": no_names,
    }  # fmt: skip


EXPECTED = {
    "de1": expect(
        {"Donnerstag": "2026-12-03", "14. Januar 2027": "2027-01-14"}, (3.5e9, "EUR"), 12.4,
        "Friedrich Merz", {"Friedrich Merz", "Patrick Schnieder", "Franziska Brantner"},
        {"Berlin"}, {"Friedrich Merz": "Bundeskanzler"},
    ),
    "de2": expect(
        {"Mittwoch": "2026-11-04", "3. Dezember 2026": "2026-12-03", "8. April": "2027-04-08",
         "15. Mai 2027": "2027-05-15"}, (1.7e9, "EUR"), 61, "Walter Mertl", {"Walter Mertl"},
        {"München", "Dingolfing"}, {"Walter Mertl": "Finanzvorstand"},
    ),
    "de3": expect(
        {"Dienstag": "2026-12-01"}, (250e6, "EUR"), None, "Katharina Fegebank",
        {"Katharina Fegebank"}, {"Hamburg", "Kiel"}, {"Katharina Fegebank": "Umweltsenatorin"},
    ),
    "fr1": expect(
        {"mardi": "2026-12-01", "2 mars": "2027-03-02"}, (2.4e9, "EUR"), 7.3, "Élisabeth Borne",
        {"Élisabeth Borne"}, {"Paris", "Lyon", "Marseille"},
        {"Élisabeth Borne": "ministre de l'Éducation"},
    ),
    "fr2": expect(
        {"samedi": "2026-12-05", "dimanche": "2026-12-06", "1er janvier": "2026-01-01"},
        (365_000, "EUR"), 18, "Marc Delorme", {"Marc Delorme", "Pascal Mailhos"}, {"Lyon"},
        {"Marc Delorme": "gérant", "Pascal Mailhos": "préfet du Rhône"},
    ),
    "fr3": expect(
        {"jeudi": "2026-12-03", "15 février 2027": "2027-02-15"}, (450e6, "EUR"), 12.5,
        "Christophe Hansen", {"Christophe Hansen"}, {"Bruxelles"},
        {"Christophe Hansen": "commissaire européen"},
    ),
    "es1": expect(
        {"martes": "2026-12-01", "15 de enero de 2027": "2027-01-15"}, (2.5e9, "EUR"), 4.2,
        "Isabel Rodríguez", {"Isabel Rodríguez"}, {"Madrid"},
        {"Isabel Rodríguez": "ministra de Vivienda"},
    ),
    "es2": expect(
        {"viernes": "2026-12-04"}, (800_000, "EUR"), None, "Joan Carles Molinero",
        {"Joan Carles Molinero"}, {"Barcelona"}, {"Joan Carles Molinero": "comisario"},
    ),
    "es3": expect(
        {"miércoles": "2026-12-02", "10 de diciembre": "2026-12-10"}, None, 2.3, "Luis Caputo",
        {"Luis Caputo", "Javier Milei"}, {"Buenos Aires", "Argentina", "Córdoba"},
        {"Luis Caputo": "ministro de Economía", "Javier Milei": "presidente"}, ("Censos",),
    ),
    "it1": expect(
        {"mercoledì": "2026-12-02", "1° aprile": "2027-04-01"}, (30e9, "EUR"), 2.8,
        "Giancarlo Giorgetti", {"Giancarlo Giorgetti", "Giorgia Meloni"}, {"Roma"},
        {"Giancarlo Giorgetti": "ministro dell'Economia", "Giorgia Meloni": "premier"},
    ),
    "it2": expect(
        {"giovedì": "2026-12-03", "20 maggio": "2027-05-20"}, (7.2e9, "EUR"), 15,
        "Carlo Messina", {"Carlo Messina"}, {"Milano"},
        {"Carlo Messina": "amministratore delegato"},  # the bank: a listed company, shown
    ),
    "it3": expect(
        {"sabato": "2026-12-05", "15 gennaio": "2027-01-15"}, (2.5e6, "EUR"), 40,
        "Gaetano Manfredi", {"Gaetano Manfredi"}, {"Napoli"}, {"Gaetano Manfredi": "sindaco"},
    ),
    "pt1": expect(
        {"terça-feira": "2026-12-01", "15 de janeiro": "2027-01-15"}, (400e6, "EUR"), 2.1,
        "Luís Montenegro", {"Luís Montenegro"}, {"Lisboa", "Portugal"},
        {"Luís Montenegro": "primeiro-ministro"}, ("Montenegro", "LISBOA"),
    ),
    "pt2": expect(
        {"quarta-feira": "2026-12-02", "12 de janeiro de 2027": "2027-01-12"}, None, 85,
        "Mário Nogueira", {"Mário Nogueira"}, {"Porto"},
        {"Mário Nogueira": "secretário-geral da Fenprof"},
    ),
    "pt3": expect(
        {"sexta-feira": "2026-12-04"}, (18.5e6, "EUR"), 9.3, "Amílcar Falcão",
        {"Amílcar Falcão"}, {"Coimbra"}, {"Amílcar Falcão": "reitor"},
    ),
    "nl1": expect(
        {"dinsdag": "2026-12-01", "1 maart 2027": "2027-03-01"}, (1.2e9, "EUR"), 6.4,
        "Mona Keijzer", {"Mona Keijzer"}, {"Den Haag", "Utrecht", "Rotterdam"},
        {"Mona Keijzer": "minister"},
    ),
    "nl2": expect(
        {"woensdag": "2026-12-02", "15 december": "2026-12-15"}, (350_000, "EUR"), 14,
        "Femke Halsema", {"Femke Halsema"}, {"Amsterdam"}, {"Femke Halsema": "Burgemeester"},
    ),
    "nl3": expect(
        {"donderdag": "2026-12-03"}, (500e6, "EUR"), 3.8, "Boudewijn Siemons",
        {"Boudewijn Siemons"}, {"Rotterdam", "Oekraïne"},
    ),
    "de4": expect(
        {"Donnerstag": "2026-12-03", "22. Januar": "2027-01-22"}, (1.5e9, "EUR"), 2.0,
        "Christine Lagarde", {"Christine Lagarde"}, {"Frankfurt"},
        {"Christine Lagarde": "EZB-Präsidentin"},
    ),
    "de5": expect(
        {"Sonntag": "2026-12-06"}, (800_000, "EUR"), None, "Markus Haller", {"Markus Haller"},
        {"Stuttgart", "Esslingen"}, {"Markus Haller": "Einsatzleiter"},
    ),
    "fr4": expect(
        {"lundi": "2026-12-07", "14 octobre": "2026-10-14"}, (180e6, "EUR"), 4.5, "Hervé Martel",
        {"Hervé Martel"}, {"Marseille"}, {"Hervé Martel": "président"},
    ),
    "fr5": expect(
        {"vendredi": "2026-12-04", "mercredi": "2026-12-02", "jeudi": "2026-12-03"}, None, None,
        "Samuel Vuelta Simon", {"Samuel Vuelta Simon"}, {"Toulouse"},
        {"Samuel Vuelta Simon": "procureur de la République"},
    ),
    "es4": expect(
        {"martes": "2026-12-08", "próximo lunes": "2026-12-14"}, (1.2e9, "EUR"), 15,
        "Juan Carlos Pérez", {"Juan Carlos Pérez"}, {"Valencia"},
        {"Juan Carlos Pérez": "presidente valenciano"},
    ),
    "es5": expect(
        {"miércoles": "2026-12-09", "2 de marzo": "2024-03-02", "12 de enero": "2027-01-12"},
        (3.4e6, "USD"), None, "Eugenio Campos", {"Eugenio Campos"}, {"Santiago de Chile"},
        {"Eugenio Campos": "fiscal regional"},
    ),
    "it4": expect(
        {"martedì": "2026-12-08", "18 dicembre": "2026-12-18"}, (2e9, "EUR"), 30,
        "Michele De Palma", {"John Elkann", "Michele De Palma"}, {"Torino"},
        {"John Elkann": "presidente", "Michele De Palma": "segretario della Fiom"},
    ),
    "it5": expect(
        {"20 gennaio": "2027-01-20"}, (5e6, "EUR"), None, "Vito Calvino",
        {"Maurizio de Lucia", "Vito Calvino"}, {"Palermo"}, {"Vito Calvino": "questore di Palermo"},
    ),
    "pt4": expect(
        {"hoje": "2026-12-09", "1 de janeiro": "2027-01-01"}, (920, "EUR"), 6.1, None,
        {"Maria do Rosário Palma Ramalho"}, {"Lisboa", "Portugal"},
        {"Maria do Rosário Palma Ramalho": "ministra do Trabalho"},
    ),
    "pt5": expect(
        {"terça-feira": "2026-12-08"}, (1.5e6, "EUR"), None, "Vítor Brito", {"Vítor Brito"},
        {"Faro", "Loulé"}, {"Vítor Brito": "comandante dos bombeiros de Loulé"},
    ),
    "nl4": expect(
        {"maandag": "2026-12-07", "15 december": "2026-12-15"}, (45e6, "EUR"), 12,
        "Wouter Koolmees", {"Wouter Koolmees"}, {"Utrecht", "Amsterdam"},
        {"Wouter Koolmees": "NS-directeur"},
    ),
    "nl5": expect(
        {"woensdag": "2026-12-09"}, (35e9, "EUR"), 5.3, "Christophe Fouquet",
        {"Christophe Fouquet"}, {"Eindhoven", "Veldhoven", "Nederland"},
        {"Christophe Fouquet": "Topman"},
    ),
    "de6": expect(
        {"Mittwoch": "2026-12-02", "16. Dezember": "2026-12-16"}, (2.3e9, "EUR"), 40,
        "Nancy Faeser", {"Nancy Faeser"}, {"Berlin"}, {"Nancy Faeser": "Bundesinnenministerin"},
    ),
    "fr6": expect(
        {"jeudi": "2026-12-03", "12 janvier": "2027-01-12"}, (1.5e9, "EUR"), None, "Laura Vidal",
        {"Julien Moreau", "Laura Vidal"}, {"Paris"},
        {"Julien Moreau": "porte-parole",
         "Laura Vidal": "secrétaire générale de la CGT-Cheminots"},
    ),
    "es6": expect(
        {"jueves": "2026-12-03", "30 de enero": "2027-01-30"}, None, 9.75, "Leonardo Villar",
        {"Leonardo Villar"}, {"Bogotá"}, {"Leonardo Villar": "gerente del banco"},
    ),
    "it6": expect(
        {"giovedì": "2026-12-03", "2 marzo": "2027-03-02"}, (18e6, "EUR"), 12, "Sara Funaro",
        {"Simone Verde", "Sara Funaro"}, {"Firenze"},
        {"Simone Verde": "direttore", "Sara Funaro": "sindaca"},
    ),
    "pt6": expect(
        {"quinta-feira": "2026-12-03", "18 de dezembro": "2026-12-18"}, (210e6, "EUR"), 8,
        "Ricardo Rio", {"Ricardo Rio"}, {"Braga"}, {"Ricardo Rio": "presidente da autarquia"},
    ),
    "nl6": expect(
        {"donderdag": "2026-12-03", "1 januari": "2027-01-01"}, (2e9, "EUR"), 3, "Eelco Heinen",
        {"Eelco Heinen"}, {"Den Haag"}, {"Eelco Heinen": "minister van Financiën"},
        ("Financiën Eelco Heinen",),
    ),
}  # fmt: skip
