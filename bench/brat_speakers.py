"""Speaker rules of the brat scorer (eval_brat.py, eval_ggt.py): one normaliser and one verdict
for every extractor (eval_brat.py's docstring states them; names, descriptions, pronouns)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:                                    # pragma: no cover
    import tomli as tomllib

PRONOUNS = set("i me my we us our you your he him his she her hers they them their it its "
               "who whom whose this that these those one".split())
TITLES = set("mr mrs ms miss mx dr prof sen rep gov lt gen col sgt rev sir dame jr sr ii iii "
             "the a an".split())
ROLES = set("president senator governor judge justice dean professor mayor secretary "
            "reverend pastor bishop cardinal sheriff chairman representative congressman "
            "congresswoman admiral general ambassador commissioner chief".split())  # before a name
INDEFINITE = set("a an one another some several two three four many most other others few"
                 .split())
RIGHT = ("right", "resolved", "mention", "relayed")   # speaker_verdict's verdicts counted right
# a prediction whose relaying source (``reported_by``) is the gold SOURCE of a nested
# attribution counts as right unless a scorer's --speaker-only option turns this off
ACCEPT_RELAYED = [True]
# a relative pronoun SOURCE ("Mike Pence, who called him ...") stands for the noun phrase it
# follows; the CoreNLP chains never hold relative pronouns, so the scorer reads that phrase
# itself unless a scorer's --no-relative option turns this off
ACCEPT_RELATIVE = [True]
RELATIVES = frozenset(("who", "whom", "which", "that"))
POSTMOD = re.compile(r"[,;:()\[\]]|\s[—–-]+\s|\s(?:of|from|who|whom|which|that|at|in|on|for|"
                     r"with|to|close|involved|familiar|working|speaking|based|and)\s")


# typographic apostrophes and in-word hyphens written one way, so that "O’Neill" is "O'Neill"
# and "Jean‐Pierre" is "Jean-Pierre" (speaker names only; spans and quotations are not folded)
# East Asian family names written first ("Xi Jinping", "Ban Ki-moon"): "Mr. Xi" is that person
# (rules/data/attribution.toml [names] family_first, shared with the extractor's lexicon)
FAMILY_FIRST = frozenset(tomllib.loads(
    (Path(__file__).resolve().parent.parent / "rules" / "data" / "attribution.toml")
    .read_text(encoding="utf-8"))["names"].get("family_first", ()))
NAME_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
                           "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-"})


def fold_name(name: str) -> str:
    """``name`` with apostrophes and hyphens folded (:data:`NAME_FOLD`), and an en or figure
    dash between letters ("Jean–Pierre") as a hyphen."""
    return re.sub(r"(?<=\w)[\u2012\u2013](?=\w)", "-", name.translate(NAME_FOLD))


def words(name: str) -> list:
    """Case-folded words without possessives, honorifics, articles and initials."""
    ws = (re.sub(r"['’]s?$", "", w).strip(".-'’")
          for w in re.findall(r"[\w'’.-]+", fold_name(name).casefold()))
    ws = [w for w in ws if len(w) > 1 and w not in TITLES]
    return [w for i, w in enumerate(ws) if w not in ROLES or i == len(ws) - 1]


# a SOURCE's parts: its head and its post-modifiers ("Ruiz, the mayor of X"; "The museum in
# Ohio", "Lawyers for Acme": "in"/"for" before a capitalised place or body or "the", not a
# name's particle as in "Anne in 't Veld")
_NAME_PARTS = re.compile(r"[,;()\[\]]|\s[—–]\s|\s(?:of|from|who|and|at)\s|"
                         r"\s(?:in|for)\s(?=[A-Z]|the\s)")


def name_match(pred: str, cand: str) -> bool:
    """Same last word and, given two words each, a word before it shared (see the docstring);
    or one side is the family name that opens the other's East Asian name ("Mr. Lou" and
    "Lou Jiwei", "Ban" and "Ban Ki-moon": :data:`FAMILY_FIRST`)."""
    p = words(pred)
    for part in [cand] + _NAME_PARTS.split(cand):
        c = words(part)
        if (p and c and p[-1] == c[-1] and not all(w in PRONOUNS for w in c)
                and (len(p) < 2 or len(c) < 2 or p[-2] in c[:-1] or c[-2] in p[:-1])):
            return True
        if family_first(p, c) or family_first(c, p):
            return True
    return False


def family_first(short: list, full: list) -> bool:
    """``short`` is one family name that opens ``full``, a name of two or three words in the
    East Asian order (family name first: "Xi Jinping", "Kim Jong Un")."""
    return len(short) == 1 and 2 <= len(full) <= 3 and short[0] == full[0] in FAMILY_FIRST


def src_text(text: str, spans: list) -> str:
    return " ".join(text[s:e] for s, e in spans)


def is_named(src: str) -> bool:
    """A capitalised word that is no pronoun or article ("He", "We’ve", "The" are not), in a
    source that is no description (see :func:`is_description`)."""
    return not is_description(src) and any(
        w[0].isupper() and re.split(r"['’]", w.casefold())[0] not in PRONOUNS | TITLES
        for w in re.findall(r"[\w'’]+", src))


def is_description(src: str) -> bool:
    """A source whose head, before any comma or post-modifier, is an indefinite phrase or
    ends in a lower-case noun: "the Florida senator", "one Republican involved in the
    planning", "a person close to the Clintons". A capitalised possessor keeps it a name
    ("Trump's campaign")."""
    head = POSTMOD.split(" " + src.strip() + " ")[0]
    ws = re.findall(r"[\w'’.-]+", head)
    if not ws or any(w[0].isupper() and re.search(r"['’]s?\Z", w) for w in ws):
        return False
    for part in re.split(r"[,;()]", src)[1:]:     # an appositive name: "the editor, Tim Grieve"
        names = re.findall(r"[\w'’.-]+", part.split(" of ")[0])
        if names and all(w[0].isupper() for w in names) and names[0].casefold() not in TITLES:
            return False
    return ws[0].casefold() in INDEFINITE or (ws[-1][0].islower() and ws[-1].isalpha()
                                              and ws[-1].casefold() not in PRONOUNS)


def modifiers(src: str) -> list:
    """Capitalised words of a description other than its head noun ("Clinton" in "Clinton
    aides", "Clintons" in "a person close to the Clintons"; not "Republican" in "one
    Republican involved in ...")."""
    head = re.findall(r"[\w'’.-]+", POSTMOD.split(" " + src.strip() + " ")[0])[-1:]
    return [w for w in re.findall(r"[\w'’.-]+", src) if w[0].isupper() and [w] != head
            and w.casefold() not in PRONOUNS | TITLES | INDEFINITE]


def relayed(q: dict, g: dict, text: str, src: str) -> bool:
    """The gold SOURCE names the prediction's relaying source (``reported_by``: "…, Vane said,
    according to the Ledger") and the predicted speaker's mention lies inside the gold CONTENT.
    PolNeAR is univocal (each token in at most one attribution), so a nested attribution keeps
    only one level: the outer source with the inner "Vane said" inside its content."""
    via, ps = q.get("reported_by"), q.get("speaker_start")
    return bool(via) and ps is not None and \
        any(a <= ps < b for a, b in g.get("content", ())) and \
        any(name_match(via, c) for c in [src] + [text[a:b] for a, b in g["source"]])


def relative_antecedent(text: str, start: int) -> str:
    """The noun phrase a relative pronoun at ``start`` follows: the words back to the comma,
    bracket or sentence mark before them ("Ohio Sen. Jane Roe" in "…'s deputy,
    Ohio Sen. Jane Roe, who called …"; "a lecture from the Mexican president", whose
    parts name_match splits at "from")."""
    before = text[max(0, start - 160):start].rstrip(" \t\u00a0,")
    cut = max(before.rfind(c) for c in ",;:.!?()\n\u2014\u2013\"\u201c\u201d")
    # an abbreviation's period ("Gov. Mike Pence", "Jr.") is no boundary: cut at a comma then
    if cut >= 0 and before[cut] == "." and re.search(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\Z",
                                                     before[:cut]):
        cut = max(before.rfind(c) for c in ",;:!?()\n\u2014\u2013\"\u201c\u201d")
    return before[cut + 1:].strip()


def speaker_verdict(q: dict, g: dict, doc: dict) -> str:
    """right / resolved / mention / relayed (all right), wrong, none (no speaker), unscored (no
    SOURCE)."""
    if not g["source"]:
        return "unscored"
    if not q.get("speaker"):
        return "none"
    text, src = doc["text"], src_text(doc["text"], g["source"])
    if any(name_match(q["speaker"], c) for c in [src] + [text[a:b] for a, b in g["source"]]):
        return "right"
    if ACCEPT_RELAYED[0] and relayed(q, g, text, src):
        return "relayed"
    if is_named(src):
        return "wrong"
    if is_description(src) and any(name_match(q["speaker"], w) for w in modifiers(src)):
        return "wrong"                        # "Clinton aides" are not Clinton
    inside = [(e - s, s, e, ch) for ch in doc["chains"] for s, e in ch
              if any(a <= s and e <= b for a, b in g["source"])]
    cands = [text[s:e] for s, e in max(inside)[3]] if inside else []
    if any(name_match(q["speaker"], c) for c in cands + [g["antecedent"] or ""]):
        return "resolved"
    if ACCEPT_RELATIVE[0] and src.strip().casefold() in RELATIVES:
        phrase = relative_antecedent(text, g["source"][0][0])
        name = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\Z", phrase)   # "… with Trump"
        head = POSTMOD.split(" " + phrase + " ")[0]   # "one aide familiar with the talks"
        if any(name_match(q["speaker"], c)
               for c in [phrase, head] + ([name.group()] if name else [])):
            return "resolved"
    ps, pe = q.get("speaker_start"), q.get("speaker_end")
    if modifiers(src) and not set(words(q["speaker"])) <= set(words(src)):
        return "wrong"    # a named description ("the Florida senator") resolved unverifiably
    if ps is not None and pe is not None and any(ps < b and a < pe for a, b in g["source"]):
        return "mention"
    return "wrong"
