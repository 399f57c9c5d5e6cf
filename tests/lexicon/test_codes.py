"""Expressions the lexicon must code right through the real engine (`vigie code`'s reading of the parse).

Each row is a sentence of our own and a code its events must include (or must not include). They guard
how entries combine: a support verb's expression ("ouvrir une enquête", "commettre un attentat") must not
hide the specific code of its noun, and the same words must not have two entries of different roots.
"""

from __future__ import annotations

import pytest

from vigie.articles import Article

pytestmark = pytest.mark.slow


def codes(engine, sentence: str) -> set[str]:
    """The codes read by the coder that keeps target-less acts: the sentences are one-liners that often
    leave the target to the article around them, and the lexicon's reading is what is checked."""
    article = Article(id="case", text=sentence, date="2022-02-01")
    [(_, events)] = list(engine.code([article]))
    return {event.code for event in events}


# a support verb with its noun: the noun's most specific entry sets the code
SUPPORTED_NOUNS = [
    ("La justice brésilienne a ouvert une enquête pour corruption contre l'ancien président.", "091"),
    ("Les jihadistes somaliens ont commis un attentat suicide contre une base de l'armée.", "1831"),
    ("Les rebelles afghans ont posé un engin explosif sur la route de Kandahar.", "1833"),
    ("La Russie agite la menace d'une offensive contre la Moldavie.", "138"),
    ("La Corée du Nord a fait un geste d'apaisement envers le Japon.", "030"),
]

# "réclamer" is a demand (10x), never an appeal (02x); a party's demand is not a protest (14x)
DEMANDS = [
    ("Le Liban réclame des armes à la France.", "1032", "0232"),
    ("Le gouvernement afghan réclame des négociations avec les talibans.", "108", "026"),
    ("Le parti d'opposition réclame la démission du Premier ministre grec.", "1041", "1411"),
]

# expressions news use without the obvious verb: fighting nouns as subjects, sanctions as trade measures,
# denials by calling the charge a lie, disappointment on the participle, crowd-control means
EXPRESSIONS = [
    ("De violents combats opposent l'armée tchadienne aux rebelles du nord.", "190"),
    ("Des accrochages entre soldats indiens et chinois ont fait plusieurs blessés.", "190"),
    ("Des jihadistes ont tendu une embuscade à une patrouille de l'armée burkinabè.", "190"),
    ("Des raids de l'aviation turque ont visé des villages kurdes en Irak.", "195"),
    ("Des combattants du Hamas se sont infiltrés dans le sud d'Israël.", "190"),
    ("Pékin a suspendu les importations de vin australien.", "163"),
    ("Londres a imposé une interdiction de visa à des responsables iraniens.", "163"),
    ("Le Kremlin a qualifié ces accusations de mensonges.", "016"),
    ("La Chine a dénoncé des accusations absurdes d'espionnage.", "016"),
    ("Le ministre français a qualifié la répression de barbare.", "111"),
    ("Les Européens se sont dits profondément déçus par le verdict iranien.", "110"),
    ("La police sénégalaise a fait usage de gaz lacrymogènes contre les étudiants.", "175"),
    ("Le plan de paix a été jugé inacceptable par le gouvernement arménien.", "120"),
    ("Le gouvernement birman a rejeté toute responsabilité dans l'incendie.", "016"),
    ("Les syndicats italiens ont appelé à la grève contre la réforme.", "143"),
    ("Des manifestants kényans ont pris d'assaut le Parlement à Nairobi.", "145"),
    ("Des chars maliens ont pris position autour de la présidence.", "154"),
    ("L'armée nigérienne a pris le contrôle du pays.", "170"),
    ("Des soldats birmans ont ouvert le feu sur la foule à Rangoun.", "180"),
    ("Le régime irakien a mené une attaque à l'arme chimique contre Halabja.", "2041"),
    ("Pékin a protesté auprès de Manille après l'incident en mer.", "114"),
    ("Les soldats arméniens ont échangé des tirs avec les forces azerbaïdjanaises.", "190"),
    ("Des affrontements entre manifestants et policiers ont fait dix blessés à Lima.", "145"),
    ("Les charges policières contre les manifestants géorgiens se sont multipliées dans la nuit.", "175"),
    ("Des militaires gabonais ont investi le siège de la radio nationale.", "171"),
    ("Des milliers de Serbes ont investi les rues de Belgrade.", "141"),
    ("Le Canada a gelé ses dons au Nicaragua.", "162"),
    ("Paris a suspendu ses livraisons militaires à l'Azerbaïdjan.", "1622"),
    ("L'Italie s'est jointe à l'Allemagne dans cette initiative.", "050"),
    ("La police iranienne a ouvert le feu sur des centaines de manifestants.", "180"),
    ("La police néerlandaise a lancé un appel à témoins après l'incendie.", "090"),
    ("Le Venezuela a offert l'asile au dirigeant bolivien.", "075"),
    ("Le Maroc a annoncé l'envoi d'une aide humanitaire à la Libye.", "073"),
    ("L'Union africaine a annoncé l'envoi d'une délégation à Bamako.", "042"),
    ("Le Qatar se pose en médiateur entre Washington et Téhéran.", "045"),
    ("Le gouvernement nigérian s'est dit satisfait de l'accord.", "051"),
    ("L'Égypte a offert ses bons offices au Soudan.", "039"),
    ("Le Soudan a donné 72 heures aux diplomates tchadiens pour quitter le pays.", "174"),
    ("Le Honduras a annoncé la fin de ses relations avec Taïwan.", "161"),
    ("Des manifestants arméniens ont pénétré dans le Parlement à Erevan.", "145"),
    ("La Ligue arabe a exclu la Syrie de ses rangs.", "160"),
    ("Le président ivoirien a appelé les manifestants au calme.", "0252"),
    ("L'Allemagne a appelé ses alliés au partage de renseignements sur les réseaux terroristes.", "0214"),
    ("Le gouvernement russe a menacé d'expulsion les journalistes étrangers.", "132"),
    ("Les violences de masse contre les Yézidis ont été commises par les jihadistes irakiens.", "200"),
    ("La grève des cheminots français contre la réforme des retraites se poursuit.", "1432"),
    ("Le Premier ministre éthiopien a promis que les rebelles paieraient le prix fort.", "130"),
]

# the same words in another construction keep their other sense
OTHER_SENSES = [
    ("Les forces russes ont pris les positions ukrainiennes près de Bakhmout.", "154"),
    ("Kiev a rejeté la responsabilité de l'explosion sur les forces russes.", "016"),
    ("Le Japon a répondu à la demande de l'Ukraine.", "020"),
    ("Les soldats arméniens ont échangé des tirs avec les forces azerbaïdjanaises.", "040"),
    ("Des militaires gabonais ont investi le siège de la radio nationale.", "061"),
    ("Les rebelles yéménites ont promis de résister à la coalition saoudienne.", "030"),
    ("Les étudiants serbes ont promis de rester dans la rue.", "030"),
    ("Des soldats américains ont débarqué à Mogadiscio.", "042"),
    ("Des soldats coréens ont pénétré dans le Parlement à Séoul.", "145"),
]


@pytest.mark.parametrize(("sentence", "not_code"), OTHER_SENSES)
def test_other_sense_not_coded(targetless_engine, sentence: str, not_code: str) -> None:
    assert not_code not in codes(targetless_engine, sentence)


@pytest.mark.parametrize(("sentence", "code"), EXPRESSIONS)
def test_expression_codes(targetless_engine, sentence: str, code: str) -> None:
    found = codes(targetless_engine, sentence)
    assert code in found, found


@pytest.mark.parametrize(("sentence", "code"), SUPPORTED_NOUNS)
def test_support_verb_keeps_the_noun_code(targetless_engine, sentence: str, code: str) -> None:
    assert code in codes(targetless_engine, sentence)


@pytest.mark.parametrize(("sentence", "code", "not_code"), DEMANDS)
def test_reclamer_is_a_demand(targetless_engine, sentence: str, code: str, not_code: str) -> None:
    found = codes(targetless_engine, sentence)
    assert code in found and not_code not in found, found
