"""unify_speakers compares only the names NameBlocks offers: the groups must be those of
comparing every pair (the blocks are necessary conditions of same_speaker, never a guess)."""
import random

from quotecheck.quotes.speakers import same_speaker
from quotecheck.quotes.unify import fullest, unify_speakers


def _every_pair(names: list) -> dict:
    """The reference: each name joins the first group holding a name of the same speaker."""
    groups: list = []
    for name in dict.fromkeys(n for n in names if n):
        target = next((g for g in groups if any(same_speaker(name, o) for o in g)), None)
        if target is None:
            groups.append([name])
        else:
            target.append(name)
    out = {}
    for g in groups:
        canonical = fullest([n for n in names if n in g])
        out.update((n, canonical) for n in g)
    return out


def test_blocks_keep_every_kind_of_match():
    names = ["Putin", "Vladimir Putin", "Kassym-Jomart Tokayev", "Kassym Jomart-Tokayev",
             "Tokayev", "Ferrán-Olabe", "Ines Ferran-Olabe", "Van der Berg", "Vanderberg",
             "Jon Smith", "John Smyth", "Bacdefghij", "Abcdefghij", "Mr. King", "Larry King",
             "J. Smith", "Josef Stalin", "Joseph Stalin", "", "Xi Jinping", "Xi"]
    canon = unify_speakers(names)
    assert canon == _every_pair(names)
    # a transposed first letter: Jaro-Winkler 0.97 with no common prefix
    assert canon["Bacdefghij"] == canon["Abcdefghij"]
    assert canon["Vanderberg"] == canon["Van der Berg"]   # the same letters joined
    assert canon["Ferrán-Olabe"] == canon["Ines Ferran-Olabe"]   # a surname-only mention


def test_blocks_match_every_pair_on_random_names():
    rng = random.Random(3)
    for _ in range(5):
        base = ["".join(rng.choice("abdeilmnorstu") for _ in range(rng.randint(2, 9))).title()
                for _ in range(30)]
        names = []
        for _ in range(150):
            words = [rng.choice(base) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.3:   # a misspelt surname
                w = list(words[-1])
                i, j = rng.randrange(len(w)), rng.randrange(len(w))
                w[i], w[j] = w[j], w[i]
                words[-1] = "".join(w).title()
            names.append(("Mr. " if rng.random() < 0.1 else "") + " ".join(words))
        assert unify_speakers(names) == _every_pair(names)
