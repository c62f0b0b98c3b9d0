"""The wire stories of tests/test_language_wire_stories.py: short stories of our own in six
languages, each keyed by its language and number, with the day it is told against.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

STORIES = {
    "de1": (
        "2026-12-04",
        """\
BERLIN (dpa) - Die Bundesregierung will die Bahn bis 2030 mit zusätzlich 3,5 Milliarden Euro \
unterstützen. Das kündigte Bundeskanzler Friedrich Merz am Donnerstag in Berlin an.

„Wir lassen die Pendler nicht im Stich“, sagte Merz nach einer Sitzung des Kabinetts. Die \
Zahl der verspäteten Züge war im Oktober um 12,4 Prozent gestiegen.

Verkehrsminister Patrick Schnieder will das Programm am 14. Januar 2027 im Bundestag \
vorstellen. Die Grünen-Vorsitzende Franziska Brantner sagte, das Geld komme zu spät.""",
    ),
    "de2": (
        "2026-11-05",
        """\
MÜNCHEN (dpa) - Der Autobauer BMW hat im dritten Quartal 61 % weniger verdient als ein Jahr \
zuvor. Der Gewinn sank auf 1,7 Milliarden Euro, wie das Unternehmen am Mittwoch in München \
mitteilte.

Finanzvorstand Walter Mertl sagte: »Wir haben mit einem schwierigen Jahr gerechnet.« Die \
Hauptversammlung soll am 3. Dezember 2026 stattfinden.

Vom 8. April bis 15. Mai 2027 will der Konzern außerdem 2.400 Stellen im Werk Dingolfing \
überprüfen.""",
    ),
    "de3": (
        "2026-12-02",
        """\
HAMBURG (dpa) - Nach dem Sturm über Norddeutschland sind am Dienstag rund 45.000 Haushalte \
ohne Strom gewesen. „Die Schäden sind größer als erwartet“, sagte die Hamburger \
Umweltsenatorin Katharina Fegebank am Abend.

Die Versicherer rechnen mit Kosten von etwa 250 Millionen Euro. Der Deutsche Wetterdienst \
warnte vor neuen Böen an der Küste.

Ein Sprecher der Polizei in Kiel sagte, zwei Menschen seien leicht verletzt worden.""",
    ),
    "fr1": (
        "2026-12-03",
        """\
PARIS (AFP) - Le gouvernement a présenté mardi un plan de 2,4 milliards d'euros pour rénover \
les écoles, a annoncé la ministre de l'Éducation, Élisabeth Borne.

« Aucune commune ne sera oubliée », a déclaré la ministre lors d'une conférence de presse à \
Paris. Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.

Les premiers chantiers commenceront le 2 mars à Lyon et à Marseille.""",
    ),
    "fr2": (
        "2026-12-07",
        """\
LYON (AFP) - Des bijoux d'une valeur de 365 000 euros ont été volés samedi dans une \
bijouterie du centre de Lyon, a-t-on appris dimanche de source policière.

« C'était très rapide, ils étaient trois », a raconté le gérant, Marc Delorme, à l'AFP. Le \
préfet du Rhône, Pascal Mailhos, a promis de renforcer les patrouilles.

Les vols dans les commerces ont augmenté de 18 % depuis le 1er janvier, selon la préfecture.""",
    ),
    "fr3": (
        "2026-12-04",
        """\
BRUXELLES (AFP) - Les ministres européens de l'Agriculture se sont mis d'accord jeudi sur \
une aide de 450 millions d'euros aux éleveurs touchés par la sécheresse.

Le commissaire européen Christophe Hansen a affirmé : « Personne ne sera laissé de côté. » \
Selon lui, les prix du lait ont chuté de 12,5 % depuis le printemps.

Les premiers versements sont prévus le 15 février 2027.""",
    ),
    "es1": (
        "2026-12-03",
        """\
MADRID, 3 Dic. (EFE) - El Gobierno aprobó el martes un plan de vivienda de 2.500 millones de \
euros, anunció la ministra de Vivienda, Isabel Rodríguez.

«Es el mayor esfuerzo de la historia en vivienda pública», afirmó Rodríguez en rueda de \
prensa en el Palacio de la Moncloa. El precio del alquiler subió un 4,2 por ciento en \
noviembre, según el Instituto Nacional de Estadística.

Las primeras ayudas llegarán el 15 de enero de 2027.""",
    ),
    "es2": (
        "2026-12-05",
        """\
BARCELONA, 5 Dic. (EFE) - Los Mossos d'Esquadra detuvieron el viernes a dos hombres por el \
robo de joyas valoradas en 800.000 euros en una tienda del Paseo de Gracia.

El comisario Joan Carles Molinero explicó que los detenidos entraron en la tienda a las 10 \
de la mañana. "Fue un golpe muy preparado", dijo Molinero.

La tienda permanecerá cerrada hasta las 10 de mañana.""",
    ),
    "es3": (
        "2026-12-02",
        """\
BUENOS AIRES, 2 Dic. (EFE) - La inflación en Argentina se desaceleró al 2,3 % en noviembre, \
informó el miércoles el Instituto Nacional de Estadística y Censos (Indec).

El ministro de Economía, Luis Caputo, aseguró: "Vamos por el camino correcto". El Gobierno \
espera cerrar el año con un crecimiento del 4,5 por ciento.

El presidente Javier Milei viajará el 10 de diciembre a Córdoba.""",
    ),
    "it1": (
        "2026-12-03",
        """\
ROMA, 3 dic (ANSA) - Il Consiglio dei ministri ha approvato mercoledì una manovra da 30 \
miliardi di euro.

«È una legge di bilancio seria e prudente», ha detto il ministro dell'Economia, Giancarlo \
Giorgetti, al termine della riunione a Palazzo Chigi. Il deficit scenderà al 2,8% del Pil \
nel 2027.

La premier Giorgia Meloni ha ringraziato i ministri. Il testo arriverà alla Camera il 1° \
aprile.""",
    ),
    "it2": (
        "2026-12-04",
        """\
MILANO, 4 dic (ANSA) - Intesa Sanpaolo ha chiuso i primi nove mesi con un utile di 7,2 \
miliardi di euro, in crescita del 15 per cento.

«Siamo molto soddisfatti dei risultati», ha dichiarato l'amministratore delegato Carlo \
Messina giovedì a Milano.

La banca distribuirà un dividendo il 20 maggio.""",
    ),
    "it3": (
        "2026-12-06",
        """\
NAPOLI, 6 dic (ANSA) - Un incendio è scoppiato sabato sera in un deposito di rifiuti alla \
periferia di Napoli. I danni sono stimati in 2,5 milioni di euro.

Il sindaco Gaetano Manfredi ha detto: «Chiederemo lo stato di emergenza». Secondo i vigili \
del fuoco, il 40% del deposito è andato distrutto.

Le indagini della procura di Napoli proseguiranno fino al 15 gennaio.""",
    ),
    "pt1": (
        "2026-12-03",
        """\
LISBOA, 3 dez (Lusa) - O Governo aprovou na terça-feira um pacote de 400 milhões de euros \
para a habitação, anunciou o primeiro-ministro, Luís Montenegro.

"Queremos que os jovens possam ficar em Portugal", disse Montenegro no final do Conselho de \
Ministros. A inflação desceu para 2,1% em novembro, segundo o Instituto Nacional de \
Estatística.

As candidaturas abrem a 15 de janeiro.""",
    ),
    "pt2": (
        "2026-12-04",
        """\
PORTO, 4 dez (Lusa) - Milhares de professores manifestaram-se na quarta-feira no Porto \
contra o novo estatuto da carreira docente.

"Os professores não vão desistir", afirmou o secretário-geral da Fenprof, Mário Nogueira, \
durante o protesto. Segundo o sindicato, a adesão à greve foi de 85 por cento.

A próxima reunião com o Ministério da Educação está marcada para 12 de janeiro de 2027.""",
    ),
    "pt3": (
        "2026-12-05",
        """\
COIMBRA, 5 dez (Lusa) - A Universidade de Coimbra vai investir 18,5 milhões de euros em \
novas residências para estudantes, anunciou na sexta-feira o reitor, Amílcar Falcão.

O reitor disse à Lusa que as obras começam em março. "Precisamos de mais 700 camas", afirmou \
Falcão.

O preço médio de um quarto em Coimbra subiu 9,3% num ano.""",
    ),
    "nl1": (
        "2026-12-03",
        """\
DEN HAAG (ANP) - Het kabinet trekt 1,2 miljard euro uit voor de bouw van nieuwe woningen, \
maakte minister Mona Keijzer van Volkshuisvesting dinsdag bekend.

"We moeten sneller bouwen", zei Keijzer in Den Haag. Het aantal nieuwe woningen daalde vorig \
jaar met 6,4 procent.

De eerste projecten starten op 1 maart 2027 in Utrecht en Rotterdam.""",
    ),
    "nl2": (
        "2026-12-03",
        """\
AMSTERDAM (ANP) - De gemeente Amsterdam gaat 350.000 euro extra uitgeven aan de opvang van \
daklozen deze winter.

Burgemeester Femke Halsema zei woensdag: "Niemand hoeft deze winter op straat te slapen." \
Het aantal daklozen in de stad steeg met 14 procent.

De extra plekken zijn vanaf 15 december beschikbaar, aldus een woordvoerder van de gemeente.""",
    ),
    "nl3": (
        "2026-12-04",
        """\
ROTTERDAM (ANP) - De haven van Rotterdam heeft in de eerste negen maanden 3,8 procent minder \
goederen overgeslagen dan een jaar eerder.

"De oorlog in Oekraïne en de zwakke Duitse economie drukken op de cijfers", zei topman \
Boudewijn Siemons van het Havenbedrijf Rotterdam donderdag.

Het havenbedrijf investeert de komende jaren 500 miljoen euro in de energietransitie.""",
    ),
    "de4": (
        "2026-12-04",
        """\
FRANKFURT/MAIN (dpa) - Die Europäische Zentralbank hat den Leitzins am Donnerstag um 0,25 \
Prozentpunkte auf 2,0 Prozent gesenkt. »Die Inflation ist auf dem Weg zu unserem Ziel«, \
sagte EZB-Präsidentin Christine Lagarde in Frankfurt.

Die Teuerung lag im November bei 2,1 Prozent. Ökonomen hatten mit dem Schritt gerechnet. Die \
nächste Zinssitzung ist für den 22. Januar angesetzt.

Der Staatsanwalt wirft dem früheren Bankchef „Untreue“ vor. Die Bank hatte 2025 einen \
Verlust von 1,5 Mrd. Euro gemacht.""",
    ),
    "de5": (
        "2026-12-07",
        """\
STUTTGART (dpa/lsw) - Bei einem Brand in einer Lagerhalle in Esslingen ist in der Nacht zum \
Sonntag ein Schaden von rund 800.000 Euro entstanden. Verletzt wurde niemand, wie die \
Polizei mitteilte.

Die Feuerwehr war mit 120 Einsatzkräften vor Ort. „Das Feuer hat sich sehr schnell \
ausgebreitet“, sagte Einsatzleiter Markus Haller. Die Ermittlungen zur Ursache dauern an.

Erst vergangene Woche hatte es in der Stadt einen ähnlichen Brand gegeben.""",
    ),
    "fr4": (
        "2026-12-07",
        """\
MARSEILLE (AFP) - Le port de Marseille-Fos a enregistré une hausse de 4,5 % de son trafic en \
2026, a indiqué lundi son président, Hervé Martel. « C'est une année record pour le port », \
a-t-il ajouté.

Le port prévoit d'investir 180 millions d'euros d'ici 2030. Les dockers avaient fait grève \
le 14 octobre contre la réforme des retraites.

Selon la CGT, le mouvement avait été suivi par 80 % des salariés.""",
    ),
    "fr5": (
        "2026-12-05",
        """\
TOULOUSE (AFP) - Un homme de 34 ans a été mis en examen vendredi pour « tentative de meurtre \
» après une rixe à Toulouse, a-t-on appris auprès du parquet.

La victime, âgée de 22 ans, a été blessée au couteau dans la nuit de mercredi à jeudi. Le \
procureur de la République, Samuel Vuelta Simon, a précisé que le suspect était déjà connu \
de la justice.

« Les faits sont d'une grande violence », a déclaré le procureur lors d'un point presse.""",
    ),
    "es4": (
        "2026-12-09",
        """\
VALENCIA, 9 Dic. (EFE) - La Generalitat destinará 1.200 millones de euros a la \
reconstrucción de las zonas afectadas por la dana, según anunció este martes el presidente \
valenciano, Juan Carlos Pérez.

"No vamos a dejar a nadie atrás", aseguró Pérez tras la reunión del Consell. La cifra supone \
un 15 % más de lo previsto en septiembre.

Las ayudas podrán solicitarse a partir del próximo lunes.""",
    ),
    "es5": (
        "2026-12-10",
        """\
SANTIAGO DE CHILE, 10 Dic. (EFE) - La Fiscalía chilena acusó este miércoles a un exalcalde \
de "cohecho" y "lavado de activos" por contratos de 3,4 millones de dólares.

Según el fiscal regional, Eugenio Campos, los delitos se cometieron entre el 2 de marzo y el \
30 de junio de 2024. "Hay pruebas suficientes", dijo Campos a la prensa.

El juicio comenzará el 12 de enero.""",
    ),
    "it4": (
        "2026-12-09",
        """\
TORINO, 9 dic (ANSA) - Stellantis ha annunciato martedì un investimento di 2 miliardi di \
euro nello stabilimento di Mirafiori. Lo ha detto il presidente John Elkann, che ha parlato \
di «una giornata importante per Torino».

Secondo i sindacati, la produzione è calata del 30% rispetto al 2024. «Aspettiamo i fatti», \
ha commentato il segretario della Fiom, Michele De Palma.

L'incontro al ministero è previsto per il 18 dicembre.""",
    ),
    "it5": (
        "2026-12-10",
        """\
PALERMO, 10 dic (ANSA) - La procura di Palermo ha chiesto il rinvio a giudizio per 12 \
persone accusate di "associazione mafiosa" ed "estorsione". L'udienza preliminare si terrà \
il 20 gennaio.

Secondo gli inquirenti, il giro d'affari era di circa 5 milioni di euro l'anno. Il \
procuratore Maurizio de Lucia ha spiegato che le indagini sono durate due anni.

«È un colpo durissimo ai clan», ha affermato il questore di Palermo, Vito Calvino.""",
    ),
    "pt4": (
        "2026-12-09",
        """\
LISBOA, 9 dez (Lusa) - A taxa de desemprego em Portugal desceu para 6,1% no terceiro \
trimestre, anunciou hoje o Instituto Nacional de Estatística (INE).

A ministra do Trabalho, Maria do Rosário Palma Ramalho, afirmou à Lusa que os números \
"mostram uma economia resiliente". O Governo prevê um crescimento de 2,2 por cento em 2027.

O salário mínimo vai subir para 920 euros a partir de 1 de janeiro.""",
    ),
    "pt5": (
        "2026-12-10",
        """\
FARO, 10 dez (Lusa) - Um incêndio destruiu na madrugada de terça-feira um armazém em Loulé, \
causando prejuízos estimados em 1,5 milhões de euros, disse à Lusa fonte dos bombeiros.

O comandante dos bombeiros de Loulé, Vítor Brito, disse que o fogo foi dado como extinto às \
06:30. "Foi uma noite muito difícil", afirmou o comandante.

A Polícia Judiciária está a investigar as causas do incêndio.""",
    ),
    "nl4": (
        "2026-12-07",
        """\
UTRECHT (ANP) - De NS zet vanaf 15 december meer treinen in tussen Utrecht en Amsterdam. Dat \
heeft het spoorbedrijf maandag bekendgemaakt.

"Reizigers krijgen meer zitplaatsen in de spits", zegt NS-directeur Wouter Koolmees. De \
investering bedraagt 45 miljoen euro.

Vorig jaar reden 12 procent van de treinen te laat, aldus de NS.""",
    ),
    "nl5": (
        "2026-12-09",
        """\
EINDHOVEN (ANP) - Chipmachinemaker ASML verwacht volgend jaar een omzet van 35 miljard euro. \
Topman Christophe Fouquet maakte dat woensdag bekend op een beleggersdag in Veldhoven.

"De vraag naar onze machines blijft groot", zei Fouquet. Het aandeel steeg na het nieuws met \
5,3 procent.

ASML heeft ruim 44.000 medewerkers, van wie de helft in Nederland werkt.""",
    ),
    "de6": (
        "2026-12-03",
        """\
BERLIN (dpa) - Bundesinnenministerin Nancy Faeser (SPD) will die Bundespolizei mit \
zusätzlich 2,3 Milliarden Euro ausstatten. Das Geld solle bis Ende 2028 fließen, sagte \
Faeser am Mittwoch in Berlin.

Die Zahl der Einsätze sei um rund 40 Prozent gestiegen. „Wir brauchen mehr Personal“, so die \
Ministerin. Der Haushaltsausschuss berät am 16. Dezember über den Plan.""",
    ),
    "fr6": (
        "2026-12-04",
        """\
PARIS (AFP) - La SNCF va supprimer 1 200 postes d'ici 2028, a affirmé jeudi à l'AFP son \
porte-parole, Julien Moreau. Le plan doit permettre d'économiser 1,5 milliard d'euros.

Les syndicats appellent à la grève le 12 janvier prochain. « Nous ne laisserons pas faire », \
a réagi la secrétaire générale de la CGT-Cheminots, Laura Vidal.""",
    ),
    "es6": (
        "2026-12-04",
        """\
BOGOTÁ, 4 Dic. (EFE) - El Banco de la República de Colombia subió el jueves su tasa de \
interés en 25 puntos básicos, hasta el 9,75 %, informaron fuentes oficiales.

La inflación cerró noviembre en un 5,3 %, frente al 5,1 % de octubre. "La decisión fue \
unánime", explicó el gerente del banco, Leonardo Villar, en rueda de prensa.

La próxima reunión de la junta será el próximo 30 de enero.""",
    ),
    "it6": (
        "2026-12-04",
        """\
FIRENZE, 4 dic (ANSA) - Gli Uffizi hanno registrato 5,2 milioni di visitatori nel 2026, il \
12% in più dello scorso anno. Lo ha annunciato giovedì il direttore Simone Verde.

«È un risultato storico per la città», ha sottolineato la sindaca Sara Funaro. Il nuovo \
percorso museale aprirà il prossimo 2 marzo e costerà 18 milioni di euro.""",
    ),
    "pt6": (
        "2026-12-04",
        """\
BRAGA, 4 dez (Lusa) - A Câmara Municipal de Braga aprovou na quinta-feira um orçamento de \
210 milhões de euros para 2027, mais 8% do que no ano anterior.

"É o maior investimento de sempre na habitação", afirmou o presidente da autarquia, Ricardo \
Rio. A votação do documento na assembleia municipal está marcada para 18 de dezembro.""",
    ),
    "nl6": (
        "2026-12-04",
        """\
DEN HAAG (ANP) - Het kabinet wil de accijns op diesel per 1 januari met 12 cent verhogen. \
Dat heeft minister van Financiën Eelco Heinen donderdag bekendgemaakt.

De maatregel levert volgens het ministerie ruim 2 miljard euro op. "Dit is een moeilijke \
maar nodige keuze", aldus Heinen. Vorige week daalde de dieselprijs nog met 3 procent.""",
    ),
}
