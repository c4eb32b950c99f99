"""The meaning-bearing word lists and what they find in a rendering's words.

Negators, scalar expressions ("far from", "at least"), modals, tense markers, pronouns,
magnitudes and currency names come from ``rules/data/meaning-words.toml``; the difference
typer asks here whether a changed word carries meaning (a negation, a scale, a figure) or is a
content word at all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from quotecheck.resources.ruledata import load_data


@dataclass(frozen=True)
class Lexicon:
    """The meaning-bearing word lists, folded."""

    negators: frozenset
    implicit_negators: frozenset
    scales: dict          # expression -> (scale, strength)
    scale_max: dict       # scale -> its strongest strength
    max_expr: int
    modals: frozenset
    tense: dict           # word -> tense
    pronouns: dict        # word -> person/number
    deictics: dict        # word -> value
    function_words: frozenset
    numeric_scales: frozenset
    magnitudes: frozenset
    emphasis: frozenset = frozenset()   # expressions that only stress a claim (see data)
    negation_stress: frozenset = frozenset()   # ... that only stress a following negator
    honorific_group: dict = None        # honorific -> its house-style group
    focus_after_not: frozenset = frozenset()   # 'not just', 'not only': no clause negated
    phrase_negators: frozenset = frozenset()   # 'without': negates its own phrase only
    currency_names: frozenset = frozenset()    # 'dollars': a sum's sign said in words


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of ``rules/data/meaning-words.toml``."""
    data = load_data("meaning-words")
    scales = {}
    for scale, entries in data.get("scales", {}).items():
        for expr, strength in entries.items():
            scales[tuple(expr.lower().split())] = (scale, int(strength))
    tense = {w: t for t, ws in data.get("tense", {}).items() for w in ws}
    return Lexicon(
        negators=frozenset(data.get("negators", ())),
        implicit_negators=frozenset(data.get("implicit_negators", ())),
        scales=scales,
        scale_max={sc: max(v for c, v in scales.values() if c == sc)
                   for sc in {c for c, _ in scales.values()}},
        max_expr=max((len(k) for k in scales), default=1),
        modals=frozenset(data.get("modals", ())),
        tense=tense,
        pronouns=dict(data.get("pronouns", {})),
        deictics=dict(data.get("deictics", {})),
        function_words=frozenset(data.get("function_words", ())),
        numeric_scales=frozenset(data.get("numeric_scales", ())),
        magnitudes=frozenset(data.get("magnitudes", ())),
        emphasis=frozenset(k for k, (scale, strength) in scales.items()
                           if scale in data.get("emphasis_scales", ())
                           and strength >= data.get("emphasis_min", 99)),
        negation_stress=frozenset(k for k, (scale, strength) in scales.items()
                                  if scale in data.get("negation_stress_scales", ())
                                  and strength >= data.get("emphasis_min", 99)),
        honorific_group={w: k for k, group in enumerate(data.get("honorifics", ()))
                         for w in group},
        focus_after_not=frozenset(data.get("focus_after_not", ())),
        phrase_negators=frozenset(data.get("phrase_negators", ())),
        currency_names=frozenset(data.get("currency_names", ())),
    )


def polar(words: list[str]) -> bool:
    """Whether ``words`` hold a negator of a clause: 'not' before a focus word ('not just me',
    'not only the city') names who else is meant and negates nothing (``focus_after_not``)."""
    lex = lexicon()
    return any(w in lex.negators and not (
        w == "not" and k + 1 < len(words) and words[k + 1] in lex.focus_after_not)
        for k, w in enumerate(words))


def is_content(norm: str) -> bool:
    """True for a content word (not a function word, not a bare number)."""
    return norm not in lexicon().function_words and len(norm) > 1


def scalar_hits(forms: list[str]) -> list[tuple[str, int, tuple]]:
    """Scalar expressions found in a word list: (scale, strength, expression). A degree word
    before the strongest word of a scale only stresses it ("quite clearly", "absolutely
    certainly" say "clearly", "certainly"): it is not counted."""
    lex = lexicon()
    out = []
    i = 0
    while i < len(forms):
        for n in range(min(lex.max_expr, len(forms) - i), 0, -1):
            key = tuple(forms[i:i + n])
            if key in lex.scales:
                scale, strength = lex.scales[key]
                nxt = forms[i + n] if i + n < len(forms) else ""
                # approximators ("about", "over", "at least") only count before a figure
                if (scale not in lex.numeric_scales or nxt[:1].isdigit()) and not (
                        scale == "degree" and _strongest(forms, i + n, lex)):
                    out.append((scale, strength, key))
                i += n
                break
        else:
            i += 1
    return out


def _strongest(forms: list[str], i: int, lex: Lexicon) -> bool:
    """True when the words from ``i`` open the strongest expression of a scale."""
    for n in range(min(lex.max_expr, len(forms) - i), 0, -1):
        hit = lex.scales.get(tuple(forms[i:i + n]))
        if hit:
            return hit[1] == lex.scale_max[hit[0]]
    return False


def is_numeric(word: str) -> bool:
    """True for a figure, a magnitude word or a percentage word."""
    return word[:1].isdigit() or word in _MAGNITUDE or word in ("percent", "per", "cent")


_MAGNITUDE = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
              "trillion": 1e12}


def figure_values(forms: list[str]) -> list:
    """Values of the figures in a word list, sorted: "2,000", "2000" and "2 thousand" are one
    value; a bare magnitude word ("thousands") stands for itself."""
    magnitudes = lexicon().magnitudes
    out: list = []
    k = 0
    while k < len(forms):
        f = forms[k]
        if f[:1].isdigit():
            try:
                value = float(f.rstrip("%").replace(",", ""))
            except ValueError:
                out.append(f)
                k += 1
                continue
            while k + 1 < len(forms) and forms[k + 1] in _MAGNITUDE:
                value *= _MAGNITUDE[forms[k + 1]]
                k += 1
            out.append(value)
        elif f in magnitudes:
            out.append(f)
        k += 1
    return sorted(out, key=str)
