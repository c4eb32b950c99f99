"""The writer's own "I" as a speaker (speaker kind ``narrator``, issue 12).

Columns, memoirs and first-person reports quote their writer: "“Your Honor,” I said". The
speaker is the narrator, a kind of its own: it names no one, so it is never unified with a name
or with another article's narrator; only a past-tense speech verb right after "I" makes it one.
"""
from __future__ import annotations

import re

# "I said", "I told her", "I laughed and said": nothing or one past-tense verb and "and"
# between the narrator's "I" and a past-tense speech verb
_NARRATOR_GAP = re.compile(r"[ \t\u00a0]*(?:[a-z]+ed[ \t\u00a0]+and[ \t\u00a0]+)?")
_NARRATOR_PAST = frozenset(("said", "told", "wrote", "replied", "cried", "answered"))


def narrator_speaks(masked: str, att, lex) -> bool:
    """True when the writer's own "I" is the subject of a past-tense speech verb ("“…,” I said",
    "I laughed and said, “…”"): the narrator is the speaker, a kind of its own (no name, never
    unified across articles). "and I quote", "I remember X declaring …", a present "I ask them,
    ‘…’" inside someone's words, or an "I" a convention found in another sentence is not."""
    m = att.mention
    if m.text != "I" or att.verb is None or att.verb_start is None or att.verb_start < m.end:
        return False
    form = att.verb.lower()
    if form not in _NARRATOR_PAST and not (form.endswith("ed") and
                                            lex.verb_lemma.get(form, ("quote",))[0] != "quote"):
        return False
    return _NARRATOR_GAP.fullmatch(masked, m.end, att.verb_start) is not None
