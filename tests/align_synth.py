"""Synthetic story sets for the alignment tests and benchmark.

A source report quotes a leader; a rewritten copy (synonyms swapped in the narration,
American spelling) plants changes inside some quotes — a dropped negation, a changed figure,
a weakened scalar, a swapped synonym — and keeps others faithful; an independent report
translates the same statements in its own words; a syndicated copy reprints the source with
a credit line. Everything is generated from a seed, so sets are unseen yet reproducible.
"""
from __future__ import annotations

import random

from align_fixtures import doc

_SYL = ["ka", "ro", "vi", "tan", "mir", "sol", "dor", "ven", "lu", "zar", "esh", "pol", "bar"]
_NARR_SYN = {"said": "stated", "protesters": "demonstrators", "government": "administration",
             "capital": "main city", "began": "started", "officials": "authorities",
             "violence": "unrest", "large": "big", "week": "week", "promised": "vowed"}
_SYNONYMS = [("dangerous", "risky"), ("provocation", "stunt"), ("brave", "courageous"),
             ("firm", "strong"), ("destroy", "ruin"), ("grave", "serious")]
_SCALARS = [("Most", "Some"), ("always", "sometimes"), ("certainly", "possibly"),
            ("completely", "partly")]


def _name(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(_SYL) for _ in range(n)).capitalize()


def statements(rng: random.Random) -> dict:
    """The leader's statements in the source's words, the copy's and an independent one's."""
    syn_a, syn_b = rng.choice(_SYNONYMS)
    sc_a, sc_b = rng.choice(_SCALARS)
    figure = rng.randint(1200, 9800)
    other = figure + rng.choice([-700, 300, 1100])
    region = _name(rng, 3)
    scalar_src = {"Most": f"Most of the people in {region} want peace and order",
                  "always": f"The people of {region} always defend their homes",
                  "certainly": f"The people of {region} will certainly defend their homes",
                  "completely": f"The people of {region} are completely behind the government"}
    scalar_src = scalar_src[sc_a]
    return {
        "negation": (f"We will never accept foreign troops on the soil of {region}",
                     f"We will accept foreign troops on the soil of {region}",
                     f"Foreign soldiers shall not stand on the land of {region}, we refuse it"),
        "figure": (f"More than {figure:,} people were detained in the riots in {region}",
                   f"More than {other:,} people were detained in the riots in {region}",
                   f"Over {figure:,} rioters in {region} have been arrested by the police"),
        "scalar": (scalar_src, scalar_src.replace(sc_a, sc_b, 1),
                   f"In {region}, a majority of citizens long for calm and stability"),
        "synonym": (f"This is a {syn_a} act against the whole nation of {region}",
                    f"This is a {syn_b} act against the whole nation of {region}",
                    f"Such an action threatens every citizen of {region}, it is {syn_a}"),
        "faithful": (f"Our neighbours must stop this organised campaign of lies about {region}",
                     f"Our neighbors must stop this organized campaign of lies about {region}",
                     f"The neighbouring states have to end their lying about {region}"),
    }


PLANTED = {"negation": ("meaning", "negation"), "figure": ("meaning", "number"),
           "scalar": ("meaning", "scalar"), "synonym": ("wording", "substitution")}


def story(seed: int) -> dict:
    """A story set: documents and, per statement key, the quoted words in each document."""
    rng = random.Random(seed)
    leader = f"{_name(rng)} {_name(rng, 3)}"
    surname = leader.split()[-1]
    st = statements(rng)
    keys = list(st)
    rng.shuffle(keys)
    city = _name(rng, 2) + "grad"
    narration = [
        f"The protesters gathered in the capital {city} early on Monday as the violence began.",
        "Officials said the government had promised reforms within a week.",
        "A large crowd remained near the parliament building until late at night.",
        "The opposition called for new elections and the release of prisoners.",
        "Shops in the old town stayed closed for a third day.",
    ]

    def body(variant: int, spell_us: bool) -> str:
        out = [f"{leader} addresses the nation", ""]
        for k, key in enumerate(keys):
            line = narration[k % len(narration)]
            if spell_us:
                for w, s in _NARR_SYN.items():
                    line = line.replace(w, s)
            out.append(line)
            verb = "said" if not spell_us else "stated"
            out.append(f"\u201c{st[key][variant]},\u201d {surname} {verb}.")
            out.append("")
        return "\n".join(out)

    source = body(0, False)
    copy = body(1, True) + "\nSource link\n"
    indep_lines = [f"{leader.upper()} SPEAKS", "",
                   f"In a televised address on Monday, {leader} spoke about the unrest.", ""]
    for key in reversed(keys):
        indep_lines.append(f"According to our translation, {surname} told reporters: "
                           f"\u201c{st[key][2]}.\u201d")
        indep_lines.append(f"Correspondents in {city} described empty streets and long queues.")
        indep_lines.append("")
    independent = "\n".join(indep_lines)
    syndicated = source + "\n(Reporting by the wire service.)\n"
    docs = [doc(f"s{seed}_source.txt", source, outlet="Wire", published="2024-01-01T10:00"),
            doc(f"s{seed}_copy.txt", copy, outlet="Scraper", published="2024-01-01T14:00"),
            doc(f"s{seed}_indep.txt", independent, outlet="Paper", published="2024-01-01T11:00"),
            doc(f"s{seed}_synd.txt", syndicated, outlet="Syndicator",
                published="2024-01-01T12:00")]
    return {"docs": docs, "statements": st, "leader": leader, "keys": keys}
