"""Synthetic story sets for provenance tests and benchmarks.

Each story has a wire report, an independent report of the same event (the leader's quote
translated differently), a spun copy of the independent report (synonyms swapped, clauses
reordered, scraper chrome, no credit) and a credited syndicated copy of the wire report.
"""
from __future__ import annotations

import random

from quotecheck.model import Document, Metadata
from quotecheck.provenance.pairfeatures import PairFeatures
from quotecheck.provenance.sentalign import Alignment
from quotecheck.text.textview import TextView

_SYLLABLES = ["ka", "ro", "vi", "tan", "mir", "sol", "dor", "ven", "lu", "zar", "esh", "pol",
              "qui", "bar", "nes", "tor", "gal", "rim", "sev", "ost", "al", "ber"]

_SPIN = {
    "said": "stated", "protesters": "demonstrators", "killed": "slain", "arrested": "detained",
    "government": "administration", "capital": "main city", "police": "security forces",
    "began": "started", "week": "week", "announced": "declared", "officials": "authorities",
    "violence": "unrest", "accused": "blamed", "opposition": "rival camp", "promised": "vowed",
    "crowds": "masses", "large": "big", "rapidly": "quickly", "help": "assist",
    "calm": "quiet", "ordered": "instructed", "leaders": "chiefs", "streets": "roads",
    "evidence": "proof", "claims": "assertions", "support": "backing", "troops": "soldiers",
    "died": "perished", "detained": "held", "anger": "fury", "soaring": "rising",
    "costs": "prices", "worst": "heaviest", "clashes": "fighting", "reported": "seen",
    "speech": "address", "broadcast": "aired", "blamed": "faulted", "chaos": "turmoil",
    "declared": "announced", "described": "reported", "overflowing": "crowded",
    "hospitals": "clinics", "groups": "organisations", "true": "real", "probably": "likely",
    "higher": "greater", "official": "government", "armoured": "armored", "columns": "convoys",
    "rolling": "moving", "outskirts": "suburbs", "dawn": "daybreak", "circled": "hovered",
    "main": "principal", "movement": "party", "offices": "headquarters", "raided": "searched",
    "several": "a number", "organisers": "organizers", "taken": "led", "told": "informed",
    "shown": "displayed", "restraint": "moderation", "stoked": "fuelled", "warned": "cautioned",
    "months": "a long time", "ending": "scrapping", "subsidies": "price support",
    "hit": "hurt", "poorer": "poor", "hardest": "most", "wages": "salaries",
    "stagnated": "stalled", "decade": "ten years", "closed": "shut", "crossings": "posts",
    "cancelled": "scrapped", "flights": "services", "further": "more", "notice": "word",
}


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def story_facts(rng: random.Random) -> dict:
    """Names and figures of one invented event."""
    return {
        "country": _name(rng, 3) + "ia", "capital": _name(rng, 2) + "grad",
        "leader": _name(rng) + " " + _name(rng, 3), "party": _name(rng, 2) + " Front",
        "minister": _name(rng) + " " + _name(rng, 2), "square": _name(rng, 2) + " Square",
        "killed": rng.randint(12, 400), "arrested": rng.randint(1000, 9000) // 10 * 10,
        "troops": rng.randint(1100, 4900), "vehicles": rng.randint(30, 300),
        "fuel": rng.choice(["fuel", "bread", "gas", "water"]),
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
    }


def wire_report(f: dict) -> str:
    """The wire agency's original report, with its dateline credit."""
    return "\n\n".join([
        f"{f['leader']} vows to restore order in {f['country']} after deadly protests",
        f"{f['capital'].upper()}, Jan. 5 (Reuters) - President {f['leader']} of {f['country']} "
        f"promised on {f['day']} to restore order after protests over {f['fuel']} prices "
        f"turned violent in {f['capital']} and several provincial towns.",
        f"Police said at least {f['killed']} people were killed in clashes near "
        f"{f['square']}, where crowds had gathered for three days.",
        f"More than {f['arrested']:,} people have been arrested, the interior ministry said.",
        f"“We will not allow a handful of provocateurs to destroy what our nation has built,” "
        f"{f['leader']} said in a televised address.",
        f"The government ordered {f['troops']:,} troops and {f['vehicles']} armoured vehicles "
        f"into the capital and imposed a curfew from 9 p.m.",
        f"Opposition leaders from the {f['party']} accused the authorities of firing on "
        f"peaceful demonstrators and called for an independent inquiry.",
        f"Interior Minister {f['minister']} rejected the claims, saying officers had acted "
        f"in self-defence against armed groups.",
        f"The unrest began after the government lifted price caps on {f['fuel']} at the start "
        f"of the year, doubling costs for many households.",
        f"Diplomats in {f['capital']} urged restraint on both sides and asked for the "
        f"internet, cut since Saturday, to be restored.",
        f"Shops in the city centre remained shuttered and public transport was suspended "
        f"for a second day.",
        f"Analysts said the crisis was the gravest challenge to {f['leader']}'s rule since "
        f"he took office.",
        "Reporting by staff; editing by the desk",
    ])


def independent_report(f: dict) -> str:
    """Another outlet's own report of the same event, its own translation of the quote."""
    return "\n\n".join([
        f"Deadly unrest grips {f['country']} as {f['leader']} sends in the army",
        f"Dozens died and thousands were detained as anger at soaring {f['fuel']} costs "
        f"boiled over across {f['country']}, with the worst clashes reported around "
        f"{f['square']} in {f['capital']}.",
        f"In a speech broadcast late on {f['day']}, {f['leader']} blamed “a small group of "
        f"instigators” for the chaos.",
        f"“We shall not permit a few agitators to ruin everything the people have "
        f"achieved,” the president declared.",
        f"Medical workers described overflowing hospitals, and rights groups said the true "
        f"death toll was probably far higher than the official {f['killed']}.",
        f"Witnesses described armoured columns rolling through the outskirts at dawn while "
        f"helicopters circled over the old town.",
        f"The {f['party']}, the main opposition movement, said its offices had been raided "
        f"and several of its organisers taken away by plain-clothes officers.",
        f"Minister {f['minister']} told state television that the police had shown "
        f"restraint and that foreign-funded networks had stoked the anger.",
        f"Economists had warned for months that ending subsidies would hit poorer regions "
        f"hardest, where wages have stagnated for a decade.",
        f"Neighbouring states closed border crossings and several airlines cancelled flights "
        f"to {f['capital']} until further notice.",
        "Your donation keeps our journalism free.",
    ])


def spin(text: str, rng: random.Random, extra: dict = None) -> str:
    """A spun copy: synonyms swapped, sentence-initial clauses moved (last paragraph dropped)."""
    table = {**_SPIN, **(extra or {})}
    out = []
    for para in text.split("\n\n")[:-1]:
        words = para.split(" ")
        words = [table.get(w, w) if rng.random() < 0.9 else w for w in words]
        para = " ".join(words)
        if ", " in para and rng.random() < 0.3:
            head, _, tail = para.partition(", ")
            if tail and tail[0].islower() and not head.startswith("“"):
                para = tail[0].upper() + tail[1:].rstrip(".") + ", " + head[0].lower() + head[1:] + "."
        out.append(para)
    return "\n\n".join(out)


SCRAPER_CHROME = "\n\nSource link\n\nLeave a Reply\n\nYour email address will not be published."


def syndicated(text: str) -> str:
    """A credited copy of the wire report on another site, trimmed at the end."""
    paras = text.split("\n\n")
    return "\n\n".join(["Latest world news"] + paras[:-3] + ["Advertisement"])


def localise(text: str, seed: int, share: float = 0.8) -> str:
    """Give a story its own vocabulary: a fixed share of longer words become story-specific.

    Stories built from the same templates would otherwise read alike; real stories share
    function words and common words, not whole sentences.
    """
    import hashlib
    import re

    def swap(m):
        w = m.group()
        h = int(hashlib.md5(f"{seed}:{w.lower()}".encode()).hexdigest()[:8], 16)
        if h % 100 >= share * 100:
            return w
        r = random.Random(h)
        new = "".join(r.choice(_SYLLABLES) for _ in range(3))
        return new.capitalize() if w[0].isupper() else new
    return re.sub(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])", swap, text)


def make_doc(doc_id: str, text: str, outlet=None, published=None) -> Document:
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def two_reports(first: list, second: list, carried) -> list:
    """Two outlets' reports of one day: each outlet's own paragraphs with the ``carried``
    pairs (first's line, second's line) set after their second paragraph."""
    a = first[:2] + [c[0] for c in carried] + first[2:]
    b = second[:2] + [c[1] for c in carried] + second[2:]
    return [make_doc("first.txt", "\n\n".join(a), "The Highland Post", "2019-12-14"),
            make_doc("second.txt", "\n\n".join(b), "Glen Radio News", "2019-12-14")]


def story_set(seed: int, prefix: str = "", metadata: bool = True) -> dict:
    """The four documents of one story, keyed by role."""
    rng = random.Random(seed)
    f = story_facts(rng)
    wire = wire_report(f)
    indep = independent_report(f)
    texts = {"wire": wire, "independent": indep, "spun": spin(indep, rng),
             "syndicated": syndicated(wire)}
    texts = {k: localise(v, seed) if seed else v for k, v in texts.items()}
    for k, v in texts.items():  # the wire's name stays as it is
        texts[k] = v.replace(localise("Reuters", seed), "Reuters") if seed else v
    texts["spun"] += SCRAPER_CHROME
    return {
        "wire": make_doc(prefix + "wire.txt", texts["wire"], "Reuters" if metadata else None),
        "independent": make_doc(prefix + "indep.txt", texts["independent"],
                                "Daily Courier" if metadata else None),
        "spun": make_doc(prefix + "spun.txt", texts["spun"]),
        "syndicated": make_doc(prefix + "synd.txt", texts["syndicated"],
                               "World Portal" if metadata else None),
    }


def interview_facts(rng: random.Random) -> dict:
    """Names and figures of one invented interview."""
    return {
        "minister": _name(rng) + " " + _name(rng, 3), "country": _name(rng, 3) + "ia",
        "paper": _name(rng, 2) + " Herald", "port": _name(rng, 2) + "port",
        "company": _name(rng, 2) + "gaz", "grain": rng.randint(110, 990) * 100,
        "ships": rng.randint(14, 90), "loan": rng.randint(12, 95),
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday"]),
    }


def interview_translation(f: dict, version: int) -> str:
    """One agency's own translation of a foreign-language interview: the four facts come in
    the interview's order, each worded the agency's way, between sentences of its own."""
    m, c = f["minister"], f["country"]
    if version == 1:
        return "\n\n".join([
            f"{c} expects grain corridor to reopen within weeks, minister says",
            f"Foreign Minister {m} of {c} said in an interview published on {f['day']} that "
            f"the grain corridor through {f['port']} could reopen before the end of the month.",
            f"Speaking to the {f['paper']} newspaper, {m} said {f['grain']:,} tonnes of wheat "
            f"and maize were waiting in warehouses at {f['port']} for buyers overseas.",
            "The minister described the talks with the neighbouring governments as difficult "
            "but said a compromise was in sight.",
            f"He said {f['ships']} ships were stuck at anchor off {f['port']} and their "
            f"sailors were running short of supplies.",
            "Diplomats in the region have questioned whether the insurers will return so "
            "quickly after months of disruption.",
            f"{m} also said the national power utility {f['company']} would receive "
            f"${f['loan']} million in credit from a multilateral lender.",
            f"The loan to {f['company']} would pay for repairs to pipelines damaged during the "
            f"winter, he told the {f['paper']}.",
            "Prices of wheat on European exchanges fell slightly after the remarks.",
            "The ministry did not say when a formal agreement would be signed.",
            "Opposition politicians accused the government of making promises it could not keep.",
        ])
    return "\n\n".join([
        f"Minister {m}: {c} close to deal on reopening grain route",
        f"The grain route through the port of {f['port']} may open again before the month is "
        f"out, Foreign Minister {m} told the {f['paper']} in remarks released {f['day']}.",
        f"Farmers across {c} have complained for months that they cannot sell last "
        f"year's harvest abroad.",
        f"According to {m}, some {f['grain']:,} tonnes of grain are stored in silos "
        f"around {f['port']} ready to be shipped.",
        f"The harbour at {f['port']} currently holds {f['ships']} stranded vessels, whose "
        f"crews are low on food and water, {m} said.",
        "The European Commission has offered to help inspect cargoes at sea.",
        f"In the interview {m} added that a regional development bank was lending "
        f"{f['company']}, the state energy company, ${f['loan']} million.",
        "Shipping agents said freight rates in the region had tripled since the autumn.",
    ])


def credited_copy(text: str, credit: str) -> str:
    """A portal's copy of an agency text, lightly trimmed, crediting the agency at the end."""
    paras = text.split("\n\n")
    return "\n\n".join(["World briefing"] + paras[:-1] + [f"Material from {credit} was used "
                                                            "in this report."])


def interview_set(seed: int, chrome: bool = True, timestamps: bool = False) -> dict:
    """Two independent agency translations of one interview (c1, c2: facts shared in order,
    no reuse), a spun uncredited copy c4 of c1 and a credited copy c3 of c2, keyed by id."""
    rng = random.Random(seed)
    f = interview_facts(rng)
    c1, c2 = interview_translation(f, 1), interview_translation(f, 2)
    # a spinner's synonyms can land on the other translation's words
    c4 = spin(c1, rng, {"minister": "official", "interview": "conversation",
                        "corridor": "route", "waiting": "stored", "stuck": "stranded",
                        "ships": "vessels", "utility": "company", "power": "energy",
                        "national": "state", "warehouses": "silos", "sailors": "crews",
                        "lender": "development bank", "multilateral": "regional",
                        "wheat": "grain", "anchor": "harbour"})
    if chrome:
        c4 += SCRAPER_CHROME
    c3 = credited_copy(c2, "AFP")
    times = (["2023-03-06T08:00:00Z", "2023-03-06T08:30:00Z", "2023-03-06T10:00:00Z",
              "2023-03-06T12:00:00Z"] if timestamps else [None] * 4)
    docs = [make_doc("c1.txt", c1, "TASS", times[0]), make_doc("c2.txt", c2, "AFP", times[1]),
            make_doc("c3.txt", c3, "Gulf Portal", times[2]),
            make_doc("c4.txt", c4, None, times[3])]
    return {d.id: d for d in docs}


# An agency story of five paragraphs that news-service and agency-name tests copy or rewrite.
FLOOD_AGENCY_STORY = [
    "Flood water reached the roofs of houses in three river towns on Sunday after a levee "
    "gave way during the night.",
    "Rescue crews in boats took hundreds of people from their attics and porches.",
    "The levee, for Halvor Strand, a 52-year-old grain farmer and father of four, had been "
    "the only thing between his fields and the river.",
    "The governor asked for federal help and sent guard troops to the area.",
    "Forecasters said more rain was expected by the middle of the week.",
]


def pair_features(**kw) -> PairFeatures:
    """A pair's features with no alignment kept, no shared quotation, figure or credit, the
    rest from ``kw`` (the counts and measures a relation test sets)."""
    base = dict(alignment=Alignment(None, None, []), shared_quotes=0, shared_figures=[],
                a_credits_b=[], b_credits_a=[])
    base.update(kw)
    return PairFeatures(**base)
