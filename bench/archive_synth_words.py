"""Word lists and sentence templates of the synthetic archive (bench/archive_synth.py).

All invented here: no corpus text. ``[a|b|c]`` in a template is one wording per writer;
``{name}`` is a story's fact.
"""
import random

SYLLABLES = ("ka ro vi tan mir sol dor ven lu zar esh pol bar nes tor gal rim sev ost al ber "
             "qui mon dra fel hav lin cor ta bel gri nor wen sta pru ol ma").split()
PLACE_ENDS = ("ford by ton ia mouth stead wick vale holm grad").split()
FIRST = ("Anna Marek Lena Tomas Sara Ravi Amina Jonas Elif Pedro Mei Kofi Ingrid Omar Lucia "
         "Hugo Nadia Felix Priya Dmitri Chloe Yusuf Greta Mateo Aisha Lars Rosa Kenji Ines "
         "Viktor Leila Oscar Hanna Tariq Clara Emil Zara Bruno Maya Idris").split()
NOUNS = ("bridge harbour pipeline refinery hospital school railway tunnel reservoir stadium "
         "library budget tariff pension subsidy ferry airport runway factory quarry forest dam "
         "canal prison clinic vaccine drought flood wildfire storm referendum treaty ceasefire "
         "border embassy festival museum market bakery brewery vineyard orchard mill shipyard "
         "lighthouse motorway tramway depot warehouse laboratory observatory university "
         "courthouse barracks orphanage cemetery parliament ministry regulator landfill "
         "incinerator turbine substation aqueduct marina fishery glacier wetland meadow "
         "housing estate census lottery curfew blockade strike merger dividend loan mortgage "
         "harvest famine outbreak quarantine helicopter frigate satellite telescope archive "
         "monastery cathedral theatre orchestra gallery zoo aquarium").split()
VERBS = ("approve delay fund review close reopen rebuild expand cancel protect inspect "
         "replace repair sell extend").split()
VERBED = ("approved delayed funded reviewed closed reopened rebuilt expanded cancelled "
          "protected inspected replaced repaired sold extended").split()
ADJS = "safe ready finished affordable open secure modern clean".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ROLES = ("the mayor of {place}", "the {place} health minister", "a spokesperson for the {place} "
         "council", "the chief executive of {place} Holdings", "a union leader in {place}",
         "the head of the {place} residents' association", "the {place} finance minister")
PAPERS = "Herald Gazette Times Post Courier Ledger Observer Tribune Chronicle Express".split()
WIRES = ("Northwind Press", "Meridian Wire", "Continental News Agency", "Harbour Line Service")
LANGUAGES = ("French", "German", "Spanish", "Turkish", "Polish", "Portuguese")
# Narration rewording of rewrites and spun copies (never applied inside quotations).
REWORD = {"said": "stated", "officials": "authorities", "decision": "move", "months": "a year",
          "residents": "locals", "announcement": "news", "critics": "opponents",
          "gathered": "assembled", "expected": "forecast", "plan": "scheme", "argued": "said",
          "according": "referring", "figures": "data", "rose": "climbed", "cost": "total",
          "dispute": "contention", "regional": "provincial", "neighbouring": "nearby",
          "abandoned": "dropped", "evening": "night", "people": "residents", "change": "alter"}
# Quotation words a spun copy changes (meaning shifts; the quotation stays recognisable).
SPIN = {"best": "only", "fix": "patch", "wait": "queue", "forgive": "accept", "against": "wary of",
        "chance": "hope", "every": "each", "asked": "told", "end": "middle", "way": "speed",
        "safe": "cheap", "people": "voters", "town": "city", "generation": "decade"}
# Narration: [a|b|c] picks one wording per writer, so independent reports share facts, not
# sentences (a few dozen wordings of each sentence).
LEADS = (
    "[Officials|Authorities|Council leaders] in {place} {verbed} the {n0} on {weekday}, "
    "[a decision that|a move that|which] [residents|local people|many in the town] "
    "[said|feared|hoped] would [change|reshape|settle] [how the {n1} is run|"
    "the future of the {n1}|the row over the {n1}].",
    "The {place} {n0} was {verbed} on {weekday} [after|following|at the end of] "
    "[months|a year|weeks] of [argument|wrangling|debate] over the {n1} and the {n2}.",
    "{person}, {role}, [said|announced|confirmed] on {weekday} that the {n0} would be {verbed}, "
    "[ending|closing|settling] [weeks|months] of [uncertainty|doubt|speculation] over the {n1}.",
    "[Plans|Proposals|A scheme] for the {n0} in {place} [were|was] {verbed} on {weekday}, "
    "with {person} [defending|justifying|standing by] the [move|decision|choice] "
    "[against|in the face of] [critics|opponents|doubters] of the {n1}.",
)
ROLE_LINES = ("{person} is {role}.", "{person}, {role}, [spoke|was speaking] [to reporters|"
              "at a news conference|in an interview] [in {place}|on {weekday}].",
              "[The remarks came from|The comments were made by] {person}, {role}.")
FOREIGN_LINES = ("{person}, {role}, [spoke|was speaking|gave the interview] in {language}.",
                 "[Speaking|In remarks] in {language}, {person} [addressed|told] "
                 "[reporters|journalists|a news conference] [in {place}|on {weekday}].",
                 "{person} [made the comments|gave the speech] in {language}[, translated by "
                 "this outlet|; the translation is our own|].")
FACTS = (
    "The [plan|project|work] is [expected|forecast|likely] to cost {money} and to take "
    "{months} months[ to complete|, officials said|].",
    "[About|Around|Roughly] {count} people [depend on|rely on|use] the {n1}, [according to|"
    "citing|based on] [figures|data|estimates] from the {place} authorities.",
    "Spending on the {n2} [rose|increased|grew] by {pct} per cent last year, the {place} "
    "council [said|reported|noted].",
    "The {n0} [handles|receives|serves] {count} visitors a year and [employs|has] {small} "
    "[staff|workers|people].",
)
BACKGROUND = (
    "The {n1} has been a [source|subject|cause] of [dispute|controversy|tension] in {place} "
    "since {year}.",
    "[Critics|Opponents|Campaigners] have [long|repeatedly|often] [argued|complained|said] "
    "that the {n2} [receives|gets] too little money from the [regional|national] government.",
    "A similar {n0} in a [neighbouring|nearby|rival] [district|town|region] was [abandoned|"
    "scrapped|shelved] {small} years ago.",
    "{person} first [proposed|suggested|floated] [changes|reforms|a review] [to|of] the {n1} "
    "during the [campaign|election] of {year}.",
)
REACTIONS = (
    "[Residents|Dozens of people|Neighbours] [gathered|waited|assembled] outside the {n3} on "
    "{weekday} [evening|afternoon|morning] [to hear the announcement|for news|in the rain].",
    "[Opposition members|Rival parties|Two councillors] [called for|demanded|asked for] an "
    "[inquiry|investigation|audit] into how the {n0} contract was [awarded|signed|granted].",
    "[Local businesses|Shop owners|Traders] near the {n3} said they had [not been consulted|"
    "heard nothing|been left out].",
    "The {place} chamber of commerce [welcomed|praised|accepted] the [news|decision|plan] but "
    "[asked for|wanted|urged] a [clear|firm|public] timetable.",
)
# Story-specific terms ({t0}..{t7}: words of a large power-law vocabulary; {T3} as a name):
# what independent reports of one story share besides names and figures.
DETAILS = (
    "The {t0} [agreement|deal|proposal] [covers|includes|affects] the {t1} and the {t2} "
    "[districts|sites|sections].",
    "[Engineers|Inspectors|Auditors] from {T3} [found|reported|flagged] [problems|faults|"
    "gaps] in the {t4} [last year|in {year}|this spring].",
    "The {t5} [committee|board|panel] [will meet|is due to meet|meets again] on {weekday} "
    "to [discuss|review|examine] the {t6}.",
    "[Records|Documents|Minutes] [seen by|obtained by|shown to] reporters [show|suggest] "
    "the {t7} [was|had been] [delayed|over budget|under review] [since {year}|for months].",
    "[Work on|Plans for|Spending on] the {t1} [depends|hinges|rests] on the {t0} and on "
    "[money|approval|a ruling] from {T3}.",
)
HEADLINES = ("{place} {verbs} {n0} [plan|scheme|project] as {n1} [row|dispute|fight] "
             "[deepens|grows|drags on]",
             "{person} [defends|explains|stands by] {n0} [decision|move|choice]",
             "What the {n0} [decision|vote|ruling] means for {place}[| residents| and its {n1}]",
             "{place} {n0}: {count} [affected|people affected|residents hit]",
             "[Anger|Relief|Questions] in {place} [over|after] {n0} [decision|vote]")
QUOTES = (
    "We will not {verb} the {n0} until every {n1} in {place} is {adj}",
    "This {n0} is the best chance {place} has had in a generation to fix the {n1}",
    "Nobody should have to wait {small} weeks for a {n2}, and we are not going to accept that",
    "The {n1} has cost this town {money}, and I do not think people will forgive another delay",
    "I have asked the council to {verb} the {n2} before the end of the year",
    "We are not against the {n0}, we are against the way it was decided",
)
# A foreign speaker's utterance as slots of equivalent English renderings; the story's nouns
# and place stay in every translation (the rare words that tie them together).
UTTERANCES = (
    (("We will not allow anyone to", "We shall not permit anybody to",
      "We are not going to let any outsider"), ("destroy", "ruin", "wreck"),
     ("the {n0} of {place}", "the {n0} that {place} built", "{place}'s {n0}")),
    (("The {n1} belongs to", "The {n1} is the property of", "The {n1} is owned by"),
     ("the people of {place}", "the citizens of {place}", "{place}'s residents"),
     ("and nobody will take it away", "and no one can seize it", "and it will stay theirs")),
    (("Our {n0} will be", "The {n0} is going to be", "We will have the {n0}"),
     ("working again", "running once more", "back in operation"),
     ("within {small} months", "in {small} months", "before {small} months are out")),
)
FILLER = ("Temperatures in {place} will reach {small} degrees on {weekday}, forecasters said.",
          "The {place} {n0} reopens after repairs that took {months} months.",
          "Tickets for the {place} {n1} festival sold out within {small} hours.",
          "Shares in {place} Holdings rose {pct} per cent in early trading.",
          "The {place} {n2} club named a new coach on {weekday}.",
          "Road works near the {n3} will close two lanes until the end of the month.",
          "The {t0} [exhibition|fair|market] [opens|returns] to {place} on {weekday}.",
          "[Volunteers|Students|Pensioners] [cleaned|repainted|restored] the {t1} in {place}.")


def vary(rng: random.Random, template: str, facts: dict) -> str:
    """``template`` with one wording of each [a|b] group, then the facts filled in."""
    out, pos = [], 0
    while True:
        start = template.find("[", pos)
        if start < 0:
            out.append(template[pos:])
            return "".join(out).format(**facts)
        end = template.index("]", start)
        out.append(template[pos:start])
        out.append(rng.choice(template[start + 1:end].split("|")))
        pos = end + 1


class Namer:
    """Unique invented names for places and people, from syllables."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def _unique(self, make) -> str:
        for _ in range(50):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        return name

    def word(self, parts: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def place(self) -> str:
        return self._unique(lambda: self.word(2) + self.rng.choice(PLACE_ENDS))

    def person(self) -> str:
        return self._unique(lambda: self.rng.choice(FIRST) + " " + self.word(3))


def zipf_cumulative(n: int, exponent: float) -> list:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank ** exponent
        out.append(total)
    return out
