"""The scope of reported speech: where a reported clause ends and the narrator speaks again.

A reporting verb with a source subject opens a clause that is the source's ("The minister said
the rebels were terrorists who ..."): a framing word there is the source's, not the narrator's
(issue 15). The clause does not always run to the sentence's end. The narrator takes the
sentence back at a clause boundary:

- a semicolon ("said the economy was recovering; the scandal went unmentioned");
- a contrast with a comma and a clause of its own (", but the so-called reforms ...", ", yet",
  ", while", ", whereas"); not an elliptical continuation of the source's clause (", but not
  the ...", ", but also ...", ", but only ...", ", but that ...": a second that-clause), nor a
  participle (", while working abroad, the regime forced them ...", ", while apparently
  comforting them"), nor a boundary before the clause has begun ("said that, while ...");
- the narrator's own gloss or consequence after a comma (", in a bid to distract from ...",
  ", in an apparent attempt to ...", ", in what critics called ...", ", amid ...",
  ", even as ...", ", days after ...", ", a reference to ...", ", sparking outrage ...").

A contrast after a colon inside the clause is no return (rn25, baly_201310 reading): the colon
opens the source's own elaboration of what they said or believe ("believes he handed them a
trap: the board won the vote, but at a price so vile that ..."), and the
contrast weighs two parts of it. A semicolon or a gloss there still ends the clause.

:func:`scope_end` finds that boundary; the narration clips the clause of a reporting verb, of
'according to' and of a parenthetical attribution ("The economy, the minister said, is
recovering") to it. The test is the same for every outlet and reads only the narration (the
quotations masked, so a semicolon inside a quotation ends nothing).
"""
from __future__ import annotations

import re

FINITE = r"(?:is|was|were|are|has|have|had|would|will|could|can|should|might|must|may)"
"""An auxiliary or a modal: the finite verb that shows a that-less reported clause has begun
after its subject (a regex fragment; :mod:`reported`, :mod:`thatless`, :mod:`speechopenings`)."""

# the contrast opens a clause of its own: a word that is no elliptical continuation
_CONTRAST = (r",\s+(?:but|yet|while|whereas)\s+(?!(?:that|not|also|only|rather|instead|even|"
             r"too|as\s+well|in|on|at|with|without|for|from|to|by)\b|(?:[a-z]+ly\s+)?[a-z]+ing\b)"
             r"(?=[\w\"'\u201c\u2018])")
# the narrator's gloss of the reported act, or its consequence, after a comma
_GLOSS = (r",\s+(?:in\s+(?:a|an)\s+(?:apparent\s+|obvious\s+|clear\s+|thinly\s+veiled\s+|"
          r"veiled\s+|unusual\s+|rare\s+|implicit\s+|further\s+)?(?:bid|effort|attempt|move|"
          r"swipe|dig|jab|reference|rebuke|break)\b"
          r"|in\s+what\s+(?:was|is|appeared|seemed|many|critics|observers|analysts|some)\b"
          r"|amid\b|even\s+as\b|(?:days|hours|weeks|months|a\s+day|a\s+week|a\s+month|"
          r"shortly|soon|just|only)\s+(?:after|before)\b"
          r"|an?\s+(?:apparent\s+|veiled\s+|thinly\s+veiled\s+|oblique\s+|clear\s+)?"
          r"(?:reference|swipe|dig|jab|nod|allusion)\s+to\b"
          r"|(?:sparking|prompting|provoking|triggering|fuelling|fueling|drawing|angering|"
          r"infuriating)\s+(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+)?(?:outrage|anger|fury|criticism|"
          r"condemnation|protests?|backlash|ridicule|fears|concerns?|speculation|debate|"
          r"questions|rebukes?|fire|scorn|derision|accusations|calls|alarm|uproar|"
          r"applause|cheers)\b)")
# a colon that opens an elaboration (not a clock time, "10:30")
_COLON = re.compile(r":\s")
_RETURN = re.compile(r";\s|(?P<contrast>" + _CONTRAST + ")|" + _GLOSS, re.IGNORECASE)


def scope_end(text: str, pos: int, stop: int) -> int:
    """Where the reported clause that starts at ``pos`` ends (module docstring): the first
    boundary that returns the sentence to the narrator before ``stop`` (the sentence's end),
    else ``stop``. ``text`` is the narration (case-folded, quotations masked)."""
    if stop <= pos:
        return stop
    m = _RETURN.search(text, pos, stop)
    while m and (not text[pos:m.start()].strip()    # "said that, while ...": no clause yet
                 or (m.group("contrast") and _COLON.search(text, pos, m.start()))):
        m = _RETURN.search(text, m.end(), stop)
    return m.start() if m else stop


# (issue 15, fair22) a relative clause set off by commas inside a naming verb's object, and the
# noun phrase coordinated after it ("called it a halfway house between the far left, which
# ..., and the hard-left, which ..."): both noun phrases are named by the subject alike
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\b")
_COORDINATED = re.compile(r",\s+(?:and|or)\s+(?:the|a|an|its|their|his|her)\b")
# (issue 15) a list of labels after the first one ("called the mayor racist, sexist,
# fascist and hateful", "branded him a bigot, a fascist and a liar", "labeled racist,
# xenophobic, fascist, and so on"): items of one or two words after commas, closed by 'and'
# or 'or' and a last word; every item is the namer's word as the first is
_ITEM = r"(?:(?:an?|the)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_LABEL_LIST = re.compile(r"(?:,\s+%s)+?,?\s+(?:and|or)\s+(?:(?:an?|the)\s+)?[a-z][\w\-]*"
                         % _ITEM)


def naming_object_spans(text: str, pos: int, stop: int) -> list[tuple[int, int]]:
    """The object of a naming verb from ``pos``: to its first comma (or ``stop``), and each
    noun phrase coordinated with it after a comma-set relative clause, to its own comma, and a
    list of short labels after the first comma closed by 'and' or 'or' ("racist, sexist,
    fascist and hateful"). The relative clauses stay the narrator's; every coordinated phrase
    is the subject's, so the first and the second label of "between the X, which ..., and the
    Y, which ..." are alike."""
    spans = []
    start, comma = pos, text.find(",", pos, stop)
    while comma >= 0 and _RELATIVE.match(text, comma):
        spans.append((start, comma))
        close = text.find(",", comma + 1, stop)
        if close < 0 or not _COORDINATED.match(text, close):
            return spans
        start, comma = close + 1, text.find(",", close + 1, stop)
    end = stop if comma < 0 else comma
    listed = _LABEL_LIST.match(text, end, stop) if comma >= 0 else None
    spans.append((start, listed.end() if listed else end))
    return spans
