"""Word senses the lexicon must keep apart, on spaCy's parse of news sentences: the entry chosen for a
head word (`match_predicate`, the coder's reader) has the expected code,
or no entry applies. Each row is a regression case of a sense error met on unseen news."""

from __future__ import annotations

import pytest

from vigie.coder.matching import match_predicate
from vigie.lexicon import Lexicon

pytestmark = pytest.mark.slow

# (sentence, head word as written, expected code or None when the word must not be an event)
SENSES = [
    # déclarer: a statement, a state of emergency, a verdict, an attitude
    ("« La situation est sous contrôle », a déclaré devant la presse le colonel Diallo.", "déclaré", "010"),
    ("Les militaires ont déclaré l'état d'urgence pour six mois.", "déclaré", "1724"),
    ("Le tribunal a déclaré l'ancien ministre coupable de corruption.", "déclaré", "116"),
    ("Le président russe s'est déclaré profondément indigné par les frappes.", "déclaré", "111"),
    ("Le dirigeant serbe s'est déclaré favorable à des négociations.", "déclaré", "030"),
    ("Le chef rebelle s'est déclaré pour des pourparlers avec le gouvernement.", "déclaré", "036"),
    ("L'Allemagne a déclaré la guerre à la Russie en 1914.", "déclaré", "190"),
    # reconnaître: recognition, admission, verdict
    ("Moscou a reconnu l'indépendance des deux régions séparatistes.", "reconnu", "054"),
    ("L'opposant a été reconnu président légitime par Washington.", "reconnu", "054"),
    ("Le porte-parole a reconnu que des civils avaient été touchés.", "reconnu", "010"),
    ("La cour a reconnu l'ancien dirigeant coupable de crimes de guerre.", "reconnu", "116"),
    ("Kiev refuse de reconnaître l'annexion de la péninsule.", "refuse", "120"),
    # demander: asking someone, or wondering
    ("Le ministre a demandé au gouvernement russe de clarifier ses intentions.", "demandé", "020"),
    ("Le chef de la diplomatie s'est demandé si les sanctions servaient encore.", "demandé", "010"),
    # se rendre: a visit, a surrender, a refusal to surrender
    ("Le Premier ministre doit se rendre mardi à Varsovie.", "rendre", "042"),
    ("Des centaines de combattants se sont rendus.", "rendus", "0874"),
    ("Les insurgés retranchés dans l'université refusent de se rendre.", "refusent", "124"),
    # s'emparer de: property or territory
    ("Les rebelles se sont emparés de plusieurs blindés de l'armée.", "emparés", "171"),
    ("Les forces russes se sont emparées de la ville de Marioupol.", "emparées", "192"),
    # détenir: arrest or hostage-taking
    ("Le groupe armé détient en otage quatre journalistes.", "détient", "181"),
    ("L'Iran détient plusieurs ressortissants européens.", "détient", "173"),
    # rejeter: rejection or blame
    ("Kiev a rejeté la responsabilité de l'explosion sur les forces russes.", "rejeté", "112"),
    ("Le Hamas a rejeté le plan de paix américain.", "rejeté", "127"),
    # envahir / occuper: territory or streets
    ("Une foule immense a envahi les rues de la capitale.", "envahi", "141"),
    ("L'armée irakienne a envahi le Koweït en 1990.", "envahi", "192"),
    ("Des étudiants occupent le campus depuis dimanche.", "occupent", "141"),
    # rassemblement: a rally or troops massing
    ("L'armée russe a opéré un rassemblement de chars près de la frontière.", "rassemblement", "154"),
    ("Un rassemblement contre la guerre a réuni des milliers de personnes.", "rassemblement", "141"),
    # co-agents and fire support are not aid or political support
    ("Les Américains, aidés des Britanniques, ont lancé des frappes.", "aidés", None),
    ("Les États-Unis aident l'Ukraine depuis le début de la guerre.", "aident", "070"),
    ("L'offensive a été appuyée par des bombardements intensifs.", "appuyée", None),
    # interpeller: questioned, or arrested
    ("Interpellé de toutes parts, le gouvernement a fini par répondre.", "Interpellé", None),
    ("La police a interpellé une vingtaine de manifestants.", "interpellé", "173"),
    # réunir: hosting, meeting, or a bare participle
    ("Emmanuel Macron a réuni les dirigeants européens à l'Élysée.", "réuni", "043"),
    ("Les ministres de l'Otan étaient réunis jeudi à Bruxelles.", "réunis", "040"),
    ("Le président a parlé devant le Congrès réuni à Versailles.", "réuni", None),
    # simulated strikes are shows of force
    ("L'aviation sud-coréenne a simulé une frappe contre les sites du Nord.", "simulé", "150"),
    # disperser: repression, not a crowd leaving
    ("Le rassemblement a été dispersé par des tirs de gaz lacrymogène.", "dispersé", "175"),
    ("La foule s'est dispersée dans le calme en fin de soirée.", "dispersée", None),
    # threats: vows and reserved rights, legal threats, threats to kill
    ("Le Hezbollah a juré de venger la mort de son commandant.", "juré", "138"),
    ("Israël se réserve le droit de riposter à toute attaque iranienne.", "réserve", "138"),
    ("Le groupe jihadiste menace d'exécuter ses otages occidentaux.", "menace", "1383"),
    ("Les pays voisins ont menacé de traîner les putschistes devant la justice.", "menacé", "130"),
    # mettre fin à: de-escalation or reduced relations
    ("Le gouvernement a mis fin aux combats dans le nord du pays.", "mis", "087"),
    ("Le Mali a mis fin à la coopération militaire avec la France.", "mis", "160"),
    # partir: a trip abroad, not a departure for the front
    ("Le chef de la diplomatie française est parti jeudi pour Moscou.", "parti", "042"),
    ("Des milliers de réservistes sont partis pour le front.", "parti", None),
    # parler: talks with a counterpart, an accusation, or addressing the press
    ("Le président américain a parlé à son homologue russe pendant deux heures.", "parlé", "040"),
    ("Les opposants syriens ont parlé d'un véritable massacre de civils.", "parlé", "112"),
    ("Le ministre a parlé à la presse à l'issue du conseil.", "parlé", None),
    # revendiquer: a claim of responsibility for an act (attack, capture) or a demand
    ("L'armée a revendiqué la prise de la ville après trois jours de combats.", "revendiqué", "015"),
    ("Les indépendantistes revendiquent un État souverain.", "revendiquent", "100"),
    # prise, avancée: a captured place or advancing troops, not speech or progress
    ("Les rebelles ont annoncé la prise de la capitale provinciale.", "prise", "192"),
    ("La prise de parole du président a duré une heure.", "prise", None),
    ("L'avancée des troupes russes inquiète les chancelleries.", "avancée", "190"),
    ("Les avancées de la recherche sur le cancer sont notables.", "avancées", None),
    # suspension, dissolution, fermeture, réduction: restrictions and reduced relations, not their everyday uses
    ("La junte a annoncé la suspension de la Constitution.", "suspension", "1721"),
    ("Le club a annoncé la suspension de son entraîneur.", "suspension", None),
    ("La dissolution du groupe de rock a surpris ses fans.", "dissolution", None),
    ("Ankara a décidé la fermeture de la frontière avec la Syrie.", "fermeture", "163"),
    ("La mairie a annoncé la fermeture du port de plaisance pour travaux.", "fermeture", None),
    ("Le pays a annoncé une réduction de son personnel diplomatique.", "réduction", "161"),
    ("La réduction des effectifs de l'usine inquiète les salariés.", "réduction", None),
    # assurer, répondre: a statement with its clause; not providing security nor answering a call
    ("Le porte-parole du gouvernement a assuré que les élections auraient lieu.", "assuré", "010"),
    ("Les casques bleus assurent la sécurité du camp de réfugiés.", "assurent", None),
    ("Le ministre a répondu que la décision était définitive.", "répondu", "010"),
    ("Le ministre a répondu aux questions des députés.", "répondu", None),
    # rompre: cooperation, relations, talks, a truce
    ("Le Niger a rompu sa coopération militaire avec la France.", "rompu", "160"),
    ("Le Hamas accuse Israël d'avoir rompu la trêve.", "rompu", "196"),
]


@pytest.fixture(scope="module")
def parsed(nlp) -> list:
    return list(nlp.pipe(sentence for sentence, _, _ in SENSES))


@pytest.mark.parametrize(("index", "sentence", "word", "code"),
                         [(i, s, w, c) for i, (s, w, c) in enumerate(SENSES)])
def test_sense(index: int, sentence: str, word: str, code: str | None, lexicon: Lexicon,
               parsed: list) -> None:
    doc = parsed[index]
    heads = [t for t in doc if t.text == word] or [t for t in doc if t.text.startswith(word)]
    assert heads, f"{word!r} is not a token of {sentence!r}"
    chosen = match_predicate(lexicon, heads[0])
    got = chosen.code if chosen is not None else None
    trigger = chosen.entry.trigger if chosen is not None else None
    assert got == code, f"{sentence!r}: {word!r} read as {got} ({trigger}), not {code}"
