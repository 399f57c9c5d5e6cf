"""The behaviour table: (sentence, anchor, expression, expected TimeML value), one row a case.

Anchor 2022-02-01 is a Tuesday (ISO week 2022-W05) unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

TUE = "2022-02-01"

CASES = [
    # --- absolute dates
    ("Le sommet aura lieu le 13 février 2003 à Bruxelles.", TUE, "le 13 février 2003", "2003-02-13"),
    ("Blinken doit s'entretenir mardi 1er février avec Lavrov.", "2022-01-30", "mardi 1er février",
     "2022-02-01"),
    ("Le texte entrera en vigueur le 1er mars.", TUE, "le 1er mars", "2022-03-01"),
    ("La réunion s'est tenue le 21 janvier à Genève.", TUE, "le 21 janvier", "2022-01-21"),
    ("Il a été élu le 6 mai dernier.", TUE, "le 6 mai dernier", "2021-05-06"),
    ("Les élections auront lieu les 10 et 24 avril prochains.", TUE, "les 10", "2022-04-10"),
    ("Les élections auront lieu les 10 et 24 avril prochains.", TUE, "24 avril prochains", "2022-04-24"),
    ("Le festival se tiendra du 19 au 23 juillet.", TUE, "19", "2022-07-19"),
    ("Le festival se tiendra du 19 au 23 juillet.", TUE, "23 juillet", "2022-07-23"),
    ("En 1997, l'Alliance comptait seize membres.", TUE, "1997", "1997"),
    ("Le traité a été signé en mai 1988 à Moscou.", TUE, "mai 1988", "1988-05"),
    ("Les prix ont flambé en octobre 98, selon l'institut.", "2002-01-10", "octobre 98", "1998-10"),
    ("Le pays est indépendant depuis 1991.", TUE, "1991", "1991"),
    ("Les troupes se retireront d'ici mi-février.", TUE, "mi-février", "2022-02"),
    ("Le rapport sera publié fin janvier.", "2022-01-10", "fin janvier", "2022-01"),
    ("La crise a commencé fin septembre 2000.", TUE, "fin septembre 2000", "2000-09"),
    ("Les négociations reprendront début mars.", TUE, "début mars", "2022-03"),
    ("Elle est née le 4 avril 1931 à Lyon.", TUE, "le 4 avril 1931", "1931-04-04"),
    ("Le cessez-le-feu du 11/02/2015 reste fragile.", TUE, "11/02/2015", "2015-02-11"),
    ("Selon le document daté 2021-12-30, rien n'a changé.", TUE, "2021-12-30", "2021-12-30"),
    ("Dans les années 60, la France quitta le commandement intégré.", TUE, "les années 60", "196X"),
    ("Au début des années 1990, la Yougoslavie éclate.", TUE, "début des années 1990", "199X"),
    ("À la fin du XIXe siècle, l'empire s'étendait jusqu'au fleuve.", TUE, "la fin du XIXe siècle", "18XX"),
    ("Le XXe siècle a connu deux guerres mondiales.", TUE, "Le XXe siècle", "19XX"),
    ("L'accord devait prendre effet en l'an 2000.", TUE, "l'an 2000", "2000"),
    ("Le plan court jusqu'en 2025 au moins.", TUE, "2025", "2025"),
    ("La période 1982-1990 a été marquée par la croissance.", TUE, "1982", "1982"),
    ("La période 1982-1990 a été marquée par la croissance.", TUE, "1990", "1990"),
    ("Le bilan 2021 de la délinquance sera présenté demain.", TUE, "2021", "2021"),
    ("Le 14 juillet, le président s'exprimera.", "2022-07-01", "Le 14 juillet", "2022-07-14"),
    ("Les attentats du 11 septembre ont bouleversé le monde.", "2002-02-09", "11 septembre", "2001-09-11"),
    ("Il a été hospitalisé le 28 décembre.", "2022-01-05", "le 28 décembre", "2021-12-28"),
    ("Le sommet est prévu le 5 janvier.", "2021-12-20", "le 5 janvier", "2022-01-05"),
    ("Le sommet de l'Otan se tiendra en juin.", TUE, "juin", "2022-06"),
    ("Les combats ont repris en novembre.", TUE, "novembre", "2021-11"),
    ("Il est sans emploi depuis janvier.", "2022-09-15", "janvier", "2022-01"),
    ("La crise a éclaté en septembre dernier.", TUE, "septembre dernier", "2021-09"),
    ("Le vote aura lieu en juin prochain.", TUE, "juin prochain", "2022-06"),
    ("Le rapport a été publié en janvier dernier.", "2022-01-20", "janvier dernier", "2021-01"),
    ("Il partira au mois de juin pour Dakar.", TUE, "mois de juin", "2022-06"),
    ("Les élections de mars 2003 ont été reportées.", TUE, "mars 2003", "2003-03"),
    ("En 97, deux ruptures de canalisation ont eu lieu (en janvier et en octobre).", "1999-07-29", "97",
     "1997"),
    ("En 97, deux ruptures de canalisation ont eu lieu (en janvier et en octobre).", "1999-07-29", "janvier",
     "1997-01"),
    ("Il rentrera pour Noël auprès des siens.", "2022-11-15", "Noël", "2022-12-25"),
    ("Les pourparlers reprendront après Pâques.", TUE, "Pâques", "2022-04-17"),
    ("Le lundi de Pentecôte sera travaillé.", "2022-05-01", "Le lundi de Pentecôte", "2022-06-06"),
    ("Les cimetières sont fleuris pour la Toussaint.", "2022-10-10", "la Toussaint", "2022-11-01"),
    ("Jeudi 3 mars, le Parlement votera le texte.", TUE, "Jeudi 3 mars", "2022-03-03"),
    ("Le texte a été voté le jeudi 27 janvier.", TUE, "le jeudi 27 janvier", "2022-01-27"),
    # --- relative to the anchor: days
    ("Le ministre a déclaré hier que la porte restait ouverte.", TUE, "hier", "2022-01-31"),
    ("Il s'exprimera demain devant l'Assemblée.", TUE, "demain", "2022-02-02"),
    ("Aujourd'hui, les deux pays se parlent à peine.", TUE, "Aujourd'hui", "PRESENT_REF"),
    ("Le président se rend aujourd'hui à Kiev.", TUE, "aujourd'hui", "2022-02-01"),
    ("Rien ne justifie aujourd'hui une intervention.", TUE, "aujourd'hui", "PRESENT_REF"),
    ("Le Premier ministre est attendu aujourd'hui mardi à Varsovie.", TUE, "aujourd'hui mardi", "2022-02-01"),
    ("Les deux hommes se sont parlé avant-hier.", TUE, "avant-hier", "2022-01-30"),
    ("La réunion aura lieu après-demain à Paris.", TUE, "après-demain", "2022-02-03"),
    ("Il s'exprimera ce soir à la télévision.", TUE, "ce soir", "2022-02-01TEV"),
    ("Il a été arrêté hier matin à son domicile.", TUE, "hier matin", "2022-01-31TMO"),
    ("Les manifestants se sont réunis hier soir devant l'ambassade.", TUE, "hier soir", "2022-01-31TEV"),
    ("L'accident s'est produit hier après-midi.", TUE, "hier après-midi", "2022-01-31TAF"),
    ("Un piéton a été renversé hier en début d'après-midi.", TUE, "hier en début d'après-midi",
     "2022-01-31TAF"),
    ("Il partira demain matin pour Bruxelles.", TUE, "demain matin", "2022-02-02TMO"),
    ("Le conseil des ministres se réunit ce matin.", TUE, "ce matin", "2022-02-01TMO"),
    ("Il a été reçu cet après-midi à l'Élysée.", TUE, "cet après-midi", "2022-02-01TAF"),
    # --- weekdays: direction from the tense or from dernier / prochain
    ("Les États-Unis ont reçu une réponse, a déclaré lundi un porte-parole.", TUE, "lundi", "2022-01-31"),
    ("Blinken doit se rendre jeudi à Berlin.", TUE, "jeudi", "2022-02-03"),
    ("Boris Johnson doit se rendre mardi à Kiev.", TUE, "mardi", "2022-02-01"),
    ("Le président a été reçu vendredi dernier par le pape.", TUE, "vendredi dernier", "2022-01-28"),
    ("Il se rendra à Moscou mardi prochain.", TUE, "mardi prochain", "2022-02-08"),
    ("Le sommet se tiendra lundi prochain à Vienne.", TUE, "lundi prochain", "2022-02-07"),
    ("Ils se sont rencontrés samedi à Minsk.", TUE, "samedi", "2022-01-29"),
    ("Le second tour aura lieu dimanche.", TUE, "dimanche", "2022-02-06"),
    ("Lundi soir, le ministre a démissionné.", TUE, "Lundi soir", "2022-01-31TEV"),
    ("Il interviendra jeudi matin à l'ONU.", TUE, "jeudi matin", "2022-02-03TMO"),
    ("Depuis vendredi, les combats ont cessé.", TUE, "vendredi", "2022-01-28"),
    ("Le président, qui espère s'entretenir jeudi avec son homologue, a été prudent.", TUE, "jeudi",
     "2022-02-03"),
    ("Il a dénoncé dans un communiqué publié dimanche une provocation, et compte agir cette semaine.", TUE,
     "dimanche", "2022-01-30"),
    ("Les sanctions annoncées mercredi visent les banques.", TUE, "mercredi", "2022-01-26"),
    ("Les frappes ont eu lieu dans la nuit de lundi à mardi.", TUE, "la nuit de lundi à mardi",
     "2022-01-31TNI"),
    ("Le marché a lieu le mercredi sur la place.", TUE, "le mercredi", "XXXX-WXX-3"),
    # --- weeks, months, years relative to the anchor
    ("Washington a répondu par écrit la semaine dernière.", TUE, "la semaine dernière", "2022-W04"),
    ("Le texte sera examiné la semaine prochaine.", TUE, "la semaine prochaine", "2022-W06"),
    ("Le ministre doit se rendre à Kiev cette semaine.", TUE, "cette semaine", "2022-W05"),
    ("Les prix ont baissé le mois dernier.", TUE, "le mois dernier", "2022-01"),
    ("Les élections auront lieu le mois prochain.", TUE, "le mois prochain", "2022-03"),
    ("L'an dernier, les exportations ont chuté.", TUE, "L'an dernier", "2021"),
    ("L'année prochaine, le pays présidera l'Union.", TUE, "L'année prochaine", "2023"),
    ("Le sommet sera organisé l'an prochain à Madrid.", TUE, "l'an prochain", "2023"),
    ("Cette année, la croissance ralentit.", TUE, "Cette année", "2022"),
    ("Il a été battu l'année dernière.", TUE, "l'année dernière", "2021"),
    ("Ils se sont réunis le week-end dernier.", TUE, "le week-end dernier", "2022-W04-WE"),
    ("Le match aura lieu ce week-end.", TUE, "ce week-end", "2022-W05-WE"),
    ("Ils se sont rendus à Lyon ce week-end.", TUE, "ce week-end", "2022-W04-WE"),
    ("Le retrait sera achevé d'ici la fin de l'année.", TUE, "la fin de l'année", "2022"),
    ("Le chantier commencera au début de l'année prochaine.", TUE, "début de l'année prochaine", "2023"),
    ("La décision sera prise d'ici la fin du mois.", TUE, "la fin du mois", "2022-02"),
    ("Le chantier sera terminé mi-2023.", TUE, "mi-2023", "2023"),
    ("Le projet a été lancé début 2021.", TUE, "début 2021", "2021"),
    ("Les réformes ont échoué l'été dernier.", TUE, "l'été dernier", "2021-SU"),
    ("Les troupes partiront cet été.", TUE, "cet été", "2022-SU"),
    ("Des élections anticipées à l'automne sont probables.", "2022-05-20", "l'automne", "2022-FA"),
    ("La route sera rouverte au printemps prochain.", TUE, "printemps prochain", "2022-SP"),
    ("La demande baisse en hiver.", TUE, "hiver", "XXXX-WI"),
    ("Les Européens entrent dans la nouvelle année avec l'euro.", "2002-01-02", "la nouvelle année", "2002"),
    # --- offsets from the anchor
    ("Le navire a quitté le port il y a trois jours.", TUE, "il y a trois jours", "2022-01-29"),
    ("Les négociations reprendront dans deux semaines.", TUE, "dans deux semaines", "2022-02-15"),
    ("L'accord a été signé il y a deux ans.", TUE, "il y a deux ans", "2020"),
    ("Le conflit a éclaté il y a six mois.", TUE, "il y a six mois", "2021-08"),
    ("Le nouveau gouvernement sera formé dans trois mois.", TUE, "dans trois mois", "2022-05"),
    # --- anaphora: relative to the day last named
    ("Le 3 mars, il arrive à Paris. Le lendemain, il rencontre le président.", TUE, "Le lendemain",
     "2022-03-04"),
    ("Le 10 mars, les combats reprennent. La veille, un accord avait été annoncé.", TUE, "La veille",
     "2022-03-09"),
    ("Cet appel survient au lendemain d'un débat à l'ONU.", TUE, "lendemain", "2022-02-01"),
    ("Le 28 janvier, le président est arrivé à Kiev. Il a rencontré Zelensky dans la soirée.", TUE,
     "la soirée", "2022-01-28TEV"),
    ("Hier, il a parlé aux journalistes en fin de matinée.", TUE, "fin de matinée", "2022-01-31TMO"),
    ("Le 5 janvier, les députés ont voté. Le même jour, le Sénat a suivi.", TUE, "Le même jour",
     "2022-01-05"),
    ("Les pompiers sont intervenus le 12 janvier et ont veillé pendant la nuit.", TUE, "la nuit",
     "2022-01-12TNI"),
    ("Il a quitté la prison le 2 janvier ; le lendemain matin, il était à Paris.", TUE, "le lendemain matin",
     "2022-01-03TMO"),
    # --- times of day
    ("Le sommet s'ouvrira le 3 mars à 14 h.", TUE, "14 h", "2022-03-03T14:00"),
    ("L'explosion a eu lieu vers 21 h 45.", TUE, "21 h 45", "2022-02-01T21:45"),
    ("Il a été agressé hier vers 18 h place de la Mairie.", TUE, "18 h", "2022-01-31T18:00"),
    ("Il s'exprimera à 20 heures.", TUE, "20 heures", "2022-02-01T20:00"),
    ("La séance commence demain à 8 h 30.", TUE, "8 h 30", "2022-02-02T08:30"),
    ("Rendez-vous est donné jeudi à 14h30 devant la mairie.", TUE, "14h30", "2022-02-03T14:30"),
    ("Hier, vers midi, un incendie s'est déclaré.", TUE, "midi", "2022-01-31T12:00"),
    ("Le couvre-feu commence à minuit.", TUE, "minuit", "2022-02-01T24:00"),
    ("La manifestation partira à 8 heures du soir.", TUE, "8 heures du soir", "2022-02-01T20:00"),
    ("Vers 0 h 40, jeudi, deux voitures se sont percutées.", "2022-02-04", "0 h 40", "2022-02-03T00:40"),
    # --- durations
    ("Il a passé deux ans en prison.", TUE, "deux ans", "P2Y"),
    ("Le siège a duré pendant trois jours.", TUE, "trois jours", "P3D"),
    ("Les pourparlers ont duré une semaine.", TUE, "une semaine", "P1W"),
    ("Le Conseil a voté une prolongation de six mois.", TUE, "six mois", "P6M"),
    ("Il a été retenu pendant 24 heures.", TUE, "24 heures", "PT24H"),
    ("L'équipe a encaissé trois buts en vingt minutes.", TUE, "vingt minutes", "PT20M"),
    ("Il a gagné avec 30,4 secondes d'avance.", TUE, "30,4 secondes", "PT30.4S"),
    ("Leur association a duré plus de vingt ans.", TUE, "plus de vingt ans", "P20Y"),
    ("Le chantier a pris près de dix ans.", TUE, "près de dix ans", "P10Y"),
    ("Ils l'ont retrouvé environ une heure plus tard.", TUE, "environ une heure", "PT1H"),
    ("Quatre incidents en moins de deux mois ont été relevés.", TUE, "moins de deux mois", "P2M"),
    ("La région est disputée depuis un demi-siècle.", TUE, "un demi-siècle", "P50Y"),
    ("Le local sert depuis un quart de siècle.", TUE, "un quart de siècle", "P25Y"),
    ("La réunion a duré une demi-heure.", TUE, "une demi-heure", "PT30M"),
    ("Il a été détenu un an et demi au secret.", TUE, "un an et demi", "P18M"),
    ("Le régiment a passé dix-huit mois au Kosovo.", TUE, "dix-huit mois", "P18M"),
    ("Il a été retenu vingt-quatre heures par la police.", TUE, "vingt-quatre heures", "PT24H"),
    ("Le fugitif échappe depuis quelques jours aux recherches.", TUE, "quelques jours", "PXD"),
    ("Elle participait depuis plusieurs années au conseil.", TUE, "plusieurs années", "PXY"),
    ("Les négociations durent depuis des mois.", TUE, "des mois", "PXM"),
    ("Ces derniers jours, le président a multiplié les appels.", TUE, "Ces derniers jours", "PXD"),
    ("Le pays a changé ces dernières années.", TUE, "ces dernières années", "PXY"),
    ("Les prix ont grimpé les trois derniers mois.", TUE, "les trois derniers mois", "P3M"),
    ("La crise a duré une décennie.", TUE, "une décennie", "P10Y"),
    ("Le gouvernement a deux semaines pour répondre.", TUE, "deux semaines", "P2W"),
    ("Il défend un quinquennat de réformes.", TUE, "un quinquennat", "P5Y"),
    ("L'armée a lancé un ultimatum de 48 heures.", TUE, "48 heures", "PT48H"),
    ("Ils ont été condamnés à des peines de 8 à 24 mois.", TUE, "8", "P8M"),
    ("Ils ont été condamnés à des peines de 8 à 24 mois.", TUE, "24 mois", "P24M"),
    ("Il a été condamné à une peine de 10 ans de prison.", TUE, "10 ans", "P10Y"),
    # --- sets
    ("Le rapport est publié chaque année par l'ONU.", TUE, "chaque année", "P1Y"),
    ("Le réseau est rénové tous les ans.", TUE, "tous les ans", "P1Y"),
    ("Il se rend chaque jour au ministère.", TUE, "chaque jour", "P1D"),
    ("Le sommet se réunit tous les deux ans.", TUE, "tous les deux ans", "P2Y"),
    ("Les inscriptions ont lieu tous les lundis.", TUE, "tous les lundis", "XXXX-WXX-1"),
    ("Le conseil se réunit chaque mardi.", TUE, "chaque mardi", "XXXX-WXX-2"),
    ("La croissance moyenne est de 0,4 % par an.", TUE, "an", "P1Y"),
    ("Le pays reçoit 5 milliards de dollars par semestre.", TUE, "semestre", "P6M"),
    ("Le ministre a présidé le dîner annuel de l'association.", TUE, "annuel", "P1Y"),
    ("Les patrouilles sont le lot quotidien des soldats.", TUE, "quotidien", "P1D"),
    ("La réunion hebdomadaire a été annulée.", TUE, "hebdomadaire", "P1W"),
    ("Le comité se réunit toutes les semaines.", TUE, "toutes les semaines", "P1W"),
    # --- deictic words
    ("Les diplomates doivent maintenant tenir compte du calendrier.", TUE, "maintenant", "PRESENT_REF"),
    ("La France préside actuellement le Conseil de sécurité.", TUE, "actuellement", "PRESENT_REF"),
    ("La violence n'est désormais plus de mise.", TUE, "désormais", "PRESENT_REF"),
    ("Le dossier est pour l'instant au point mort.", TUE, "pour l'instant", "PRESENT_REF"),
    ("À présent, le texte doit être voté.", TUE, "À présent", "PRESENT_REF"),
    ("Autrefois, la ville comptait dix mille habitants.", TUE, "Autrefois", "PAST_REF"),
    ("Le ministre a récemment changé de ton.", TUE, "récemment", "PAST_REF"),
    ("Un accord sera prochainement signé.", TUE, "prochainement", "FUTURE_REF"),
    ("Il faut préserver l'avenir de la filière.", TUE, "l'avenir", "FUTURE_REF"),
    ("L'actuel président de la Commission a été reçu.", TUE, "actuel", "PRESENT_REF"),
    ("Les prochaines échéances électorales approchent.", TUE, "prochaines", "FUTURE_REF"),
    # --- no anchor: absolute values only, relative ones unresolved
    ("Le ministre a déclaré hier que la porte restait ouverte.", None, "hier", None),
    ("a déclaré lundi un porte-parole", None, "lundi", None),
    ("Le sommet aura lieu le 13 février 2003 à Bruxelles.", None, "le 13 février 2003", "2003-02-13"),
    ("Le Conseil se réunira le 26 septembre.", None, "le 26 septembre", "XXXX-09-26"),
    ("Il a passé deux ans en prison.", None, "deux ans", "P2Y"),
    ("Washington a répondu la semaine dernière.", None, "la semaine dernière", None),
    ("En 1997, l'Alliance comptait seize membres.", None, "1997", "1997"),
    ("Les élections de mars 2003 ont été reportées.", None, "mars 2003", "2003-03"),
    ("Il s'exprimera ce soir à la télévision.", None, "ce soir", None),
]


@pytest.mark.parametrize(("sentence", "anchor", "expression", "value"), CASES)
def test_expression_value(tagger, sentence, anchor, expression, value):
    day = dt.date.fromisoformat(anchor) if anchor else None
    found = {t.text: t for t in tagger.tag(sentence, day)}
    assert expression in found, f"{expression!r} not found; found {sorted(found)}"
    assert found[expression].value == value
    start = found[expression].start
    assert sentence[start:found[expression].end] == expression


def test_table_is_large_enough():
    assert len(CASES) >= 150


NOT_TIME = [
    "Plus de 2000 soldats ont été déployés à la frontière.",
    "Une fillette de 6 ans a été blessée.",
    "Un chauffeur de bus de 38 ans a été agressé.",
    "Pierre Monod, 97 ans, a entamé un jeûne.",
    "Le quotidien Le Monde rapporte ces propos.",
    "Le printemps arabe a commencé en Tunisie.",
    "Noël Mamère a réagi à la décision.",
    "L'accord du Vendredi saint a mis fin au conflit.",
    "Le Journal du Dimanche publie un sondage.",
    "Une crise sans précédent secoue le pays.",
    "Il a été élu pour la seconde fois.",
    "Les Trail Blazers reçoivent une seconde fois les Jazz.",
    "Le bilan fait état de 1500 morts.",
    "Le parti a été créé par des militants.",
    "Le traité a été ratifié par le Parlement.",
    "Il propose des activités en dehors des heures scolaires.",
]


@pytest.mark.parametrize("sentence", NOT_TIME)
def test_not_a_time_expression(tagger, sentence):
    assert tagger.tag(sentence, dt.date(2022, 2, 1)) == []


MORE_CASES = [
    ("Au premier trimestre 2022, la croissance a ralenti.", TUE, "premier trimestre 2022", "2022-Q1"),
    ("Au deuxième semestre, la présidence sera française.", TUE, "deuxième semestre", "2022-H2"),
    ("Les pourparlers reprendront la semaine du 7 février.", TUE, "la semaine du 7 février", "2022-W06"),
    ("Il est arrivé samedi 29 janvier au soir.", TUE, "samedi 29 janvier au soir", "2022-01-29TEV"),
    ("Il y a tout juste un an, le coup d'État éclatait.", TUE, "Il y a tout juste un an", "2021"),
    ("La France vise la neutralité carbone d'ici à 2050.", TUE, "2050", "2050"),
    ("Depuis le début de l'année, les prix ont grimpé.", TUE, "le début de l'année", "2022"),
    ("Une décision est attendue dans les prochains jours.", TUE, "les prochains jours", "PXD"),
    ("Le décret sera publié d'ici vendredi.", TUE, "vendredi", "2022-02-04"),
    ("Les frappes ont eu lieu dans la nuit de mercredi à jeudi.", TUE, "la nuit de mercredi à jeudi",
     "2022-01-26TNI"),
    ("Le texte sera voté courant mars.", TUE, "courant mars", "2022-03"),
    ("Dans quinze jours, le Parlement votera.", TUE, "Dans quinze jours", "2022-02-16"),
    ("Le bilan a été revu dans l'après-midi du lundi.", TUE, "l'après-midi du lundi", "2022-01-31TAF"),
    ("Dans la nuit du jeudi 9 mai 2024, un incident s'est produit.", TUE, "la nuit du jeudi 9 mai 2024",
     "2024-05-09TNI"),
    ("Des explosions ont eu lieu mardi 17 et mercredi 18.", "2024-09-19", "mardi 17", "2024-09-17"),
    ("Des explosions ont eu lieu mardi 17 et mercredi 18.", "2024-09-19", "mercredi 18", "2024-09-18"),
    ("Le séisme qui a frappé le pays cette nuit a fait 600 morts.", TUE, "cette nuit", "2022-01-31TNI"),
    ("Le ministère a confirmé ce vendredi après-midi un premier bilan.", "2022-02-04",
     "ce vendredi après-midi", "2022-02-04TAF"),
]


@pytest.mark.parametrize(("sentence", "anchor", "expression", "value"), MORE_CASES)
def test_more_forms_from_the_news(tagger, sentence, anchor, expression, value):
    test_expression_value(tagger, sentence, anchor, expression, value)


def test_resolution_numbers_are_not_years(tagger):
    assert tagger.tag("La résolution 1973 a été adoptée.", dt.date(2022, 2, 1)) == []
