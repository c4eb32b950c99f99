"""A paraphrase run: sentences between two attributions to one speaker are the speaker's.

Wire copy paraphrases an interviewee over several sentences and attributes only some of
them: "..., Marsh said. They are jaded and adrift, clinging to the cynical belief that ....
Marsh said the most driven ...". The sentence between a sentence closed or opened by "<speaker>
said" ("..., Marsh said.", "Marsh said the plant ...") and a sentence opened by "<same speaker>
said" carries no attribution of its own, yet the
reader takes it as the speaker's, as the copy meant: a framing word there is reported, not the
narrator's voice (issue 15, the attributed indirect speech class). The speaker must be the same
word on both sides (a name or a pronoun) and at most two sentences lie between, none with an
attribution of its own to someone else; the test is the same for every outlet.
"""
from __future__ import annotations

import re
from typing import Any

# the attribution that closes a sentence: ", Marsh said." (a closing quote mark may follow)
_VERBS = r"(?:said|says|added|explained|argued|noted|contended|wrote|writes|told\s+\w+)"
_TAIL = re.compile(r",\s+(?:[A-Z][\w'\u2019\-]*\s+){0,2}?([A-Z][\w'\u2019\-]*|he|she|they)\s+"
                   + _VERBS + r"\s*[.!]?[\s'\"\u201d\u2019]*$")
# the attribution that opens a sentence: "Marsh said the most driven ..." (not a quotation's
# "``We will fight,'' Marsh said": a quote mark first, so quoted speech starts no run)
_HEAD = re.compile(r"\s*(?:[A-Z][\w'\u2019\-]*\s+){0,2}?([A-Z][\w'\u2019\-]*)\s+" + _VERBS + r"\b")
# another attribution inside a sentence between: "Costa said ...", "according to ..."
_OTHER = re.compile(r"\b([A-Z][\w'\u2019\-]*|[Hh]e|[Ss]he|[Tt]hey)\s+" + _VERBS + r"\b"
                    r"|\baccording\s+to\b", re.IGNORECASE)
MAX_BETWEEN = 2


def _other(sentence: str, speaker: str) -> bool:
    """Whether ``sentence`` carries an attribution of its own, to someone else or by
    'according to' (a noun such as 'an empty promise' is no attribution)."""
    for m in _OTHER.finditer(sentence):
        if not m.group(1) or m.group(1).lower() != speaker.lower():
            return True
    return False


def paraphrase_runs(nar: Any) -> list[tuple[int, int]]:
    """Narration spans of the sentences of a paraphrase run (module docstring)."""
    if not nar.speech_verbs:
        return []
    sents = nar.sentences
    doc = nar.doc.text
    # each sentence's original text once: a sentence is read as 'prev', 'between' and 'head'
    texts = []
    for span in sents:
        o0, o1 = nar.original(*span)
        texts.append(doc[o0:o1])

    spans = []
    for i, prev in enumerate(texts):
        tail = _TAIL.search(prev) or _HEAD.match(prev)
        if not tail:
            continue
        for j in range(i + 2, min(i + 2 + MAX_BETWEEN, len(sents))):
            head = _HEAD.match(texts[j])
            between = sents[i + 1:j]
            if any(_other(b, tail.group(1)) for b in texts[i + 1:j]):
                break
            if head and head.group(1).lower() == tail.group(1).lower():
                spans.extend(between)
                break
    return spans
