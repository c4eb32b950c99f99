"""Gold quotations of a brat-annotated folder (PolNeAR, GGT) for the scorer eval_brat.py.

Folder: ``DOC.txt`` with ``DOC.ann`` or one ``DOC.<annotator>.ann`` per annotator, optionally
CoreNLP XML ``DOC.txt.xml``. PolNeAR's scheme: events ``Attribution:T Source:T Cue:T Content:T
[Content2:T]`` (``Attribution-no-source``: no source); offsets are code points into DOC.txt.

Gold quotations. Content pieces with only spaces and marks between them form one fragment.
In each fragment (widened by marks, and a . or , before one, just outside it) every stretch
inside double marks (“ ” „ « » ", and '' … '' as in NYT archive copy; a ” opening a word
opens, as a misprinted “ does) is a quotation; a
stretch whose paragraph is reopened by a mark ends there (multi-paragraph quotes). Single
quotes are no marks (apostrophes; nesting). A fragment whose letters and digits all lie in
marks gives DIRECT quotations ("A," she said,
"B." gives two); quoted stretches in a fragment with unquoted words are PARTIAL.

A transcript turn whose paragraph mark opens before its label ('"WALLACE: ...') is one direct
quotation from the content's start.

Swapped labels: a SOURCE whose text opens with a reporting verb ("said", "said in a
statement", "asked") beside a CUE that is the speaker ("…,” said Jillian Soto": Source 'said',
Cue 'Jillian Soto') is an annotator's slip; the two are read swapped (13 attributions of
PolNeAR train, 5 of dev, none in GGT; spk34).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from brat_speakers import is_named, src_text

OPEN, CLOSE, STRAIGHT = "“„«", "”»", '"'
TRIM = " \t\r\n\u00a0" + OPEN + CLOSE + STRAIGHT + ",.;:"
# a transcript turn opened by a paragraph's quote mark before its speaker label ("“WALLACE: ");
# brat's content starts after the label, so the mark opens the content
PARA_REOPEN = re.compile(r"(?<=\n)[\"“]")     # marks nested in a turn stay inside it
TURN_LABEL = re.compile(r"(?:^|\n)[ \t]*[\"“][A-Z][A-Za-z.'’ -]{0,40}: \Z")


def read_ann(path: Path) -> list:
    """Attributions of one .ann file: dicts with fragment lists for content, source and cue."""
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(T\d+)\t(\S+) ([\d ;]+)\t", line)
        if m:
            spans[m.group(1)] = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
        elif re.match(r"E\d+\t", line):
            events.append(line.split("\t")[1].split())
    out = []
    for args in events:
        att = {"content": [], "source": [], "cue": []}
        for arg in args:                      # Content2 etc. extend Content
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in att and ref in spans:
                att[role] += spans[ref]
        out.append(att)
    return out


def quoted_stretches(text: str, s: int, e: int) -> tuple[list, bool]:
    """(stretches inside double marks, all words quoted?) for one fragment [s, e)."""
    if TURN_LABEL.search(text, max(0, s - 60), s):   # '"WALLACE: ...': the turn's paragraphs
        cuts = [s] + [m.start() for m in PARA_REOPEN.finditer(text, s, e)] + [e]
        return [r for r in (trim(text, a, b) for a, b in zip(cuts, cuts[1:])) if r[1] > r[0]], True
    while s > 0 and (text[s - 1] in OPEN + STRAIGHT):
        s -= 1
    for _ in range(2):
        e += e < len(text) and text[e] in CLOSE + STRAIGHT + ".,"
    regions, open_at = [], None
    for i in range(s, e):
        c, nxt = text[i], text[i + 1:i + 2] or " "
        opens = c in OPEN or c in STRAIGHT + "”" and not nxt.isspace() and (  # " and a
            i == s or text[i - 1].isspace() or text[i - 1] in "([{—–-")     # misprinted ””
        opens = opens and not (c == "”" and open_at is not None)
        if opens:
            if open_at is not None:           # reopened: the previous paragraph ends here
                regions.append((open_at + 1, i))
            open_at = i
        elif c in CLOSE or c == STRAIGHT:
            if open_at is not None:
                regions.append((open_at + 1, i))
            elif not regions:                 # fragment starts inside the marks
                regions.append((s, i))
            open_at = None
    if open_at is not None:
        regions.append((open_at + 1, e))
    inside = {i for a, b in regions for i in range(a, b)}
    direct = not any(text[i].isalnum() and i not in inside for i in range(s, e))
    return [r for r in (trim(text, a, b) for a, b in regions) if r[1] > r[0]], direct


def trim(text: str, s: int, e: int) -> tuple:
    """[s, e) without whitespace, marks and , . ; : at both ends (gold and predicted alike)."""
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip(TRIM))
    return s + lead, max(s + lead, s + len(seg.rstrip(TRIM)))


def two_apostrophe_marks(text: str) -> str:
    """``text`` with each ``''`` double mark (NYT archive style) written as a curly pair of the
    same length: “ plus a space when it opens a word, a space plus ” when it closes one."""
    def swap(m):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if (before.isspace() or before in "([{—–-") and not after.isspace():
            return " \u201c"
        if not before.isspace():
            return "\u201d "
        return m.group()
    return re.sub("''", swap, text) if "''" in text else text


SWAPPED_SOURCE = re.compile(r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes)\b")


def unswap(text: str, att: dict) -> dict:
    """``att`` with SOURCE and CUE exchanged when the SOURCE is a reporting verb (module doc)."""
    if att["source"] and att["cue"] and SWAPPED_SOURCE.match(src_text(text, att["source"])):
        return dict(att, source=att["cue"], cue=att["source"])
    return att


def gold_quotes(text: str, atts: list) -> list:
    """Gold quotations of one annotator: dicts with kind, start, end and the attribution."""
    text = two_apostrophe_marks(text)
    atts = [unswap(text, att) for att in atts]
    out, named = [], sorted((att["source"][0][0], src_text(text, att["source"]))
                            for att in atts if att["source"])
    named = [(st, t) for st, t in named if is_named(t)]
    for att in atts:
        st = att["source"][0][0] if att["source"] else -1
        ante = next((t for s0, t in reversed(named) if s0 < st), None)
        frags = []                            # pieces split only by spaces and marks: one
        for s, e in sorted(att["content"]):
            if frags and not any(ch.isalnum() for ch in text[frags[-1][1]:s]):
                frags[-1] = (frags[-1][0], max(e, frags[-1][1]))
            else:
                frags.append((s, e))
        for s, e in frags:
            regions, direct = quoted_stretches(text, s, e)
            for a, b in regions:
                out.append({"kind": "direct" if direct else "partial", "start": a, "end": b,
                            "source": att["source"], "antecedent": ante,
                            "content": att["content"]})
    return out


def load_coref(path: Path) -> list:
    """CoreNLP XML coreference chains as lists of (start, end) character spans."""
    xml = path.read_text(encoding="utf-8", errors="replace")
    body, _, coref = xml.partition("<coreference>")
    toks = {sid: re.findall(r"<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*"
                            r"<CharacterOffsetEnd>(\d+)<", block)
            for sid, block in re.findall(r'<sentence id="(\d+)"(.*?)</sentence>', body, re.S)}
    chains = []
    for block in coref.split("<coreference>"):
        ms = re.findall(r"<sentence>(\d+)</sentence>\s*<start>(\d+)</start>\s*<end>(\d+)<",
                        block)
        try:
            chains.append([(int(toks[n][int(a) - 1][0]), int(toks[n][int(b) - 2][1]))
                           for n, a, b in ms])
        except (KeyError, IndexError):
            continue
    return [c for c in chains if c]


def load_folder(folder: Path) -> dict:
    """{doc stem: {text, gold (first annotator), any (all annotators' quotations), chains}}."""
    names = {p.name for p in folder.iterdir()}
    anns = defaultdict(list)
    for name in sorted(n for n in names if n.endswith(".ann")):
        stem = name[:-4] if name[:-4] + ".txt" in names else name[:-4].rpartition(".")[0]
        if stem + ".txt" in names:
            anns[stem].append(folder / name)
    docs = {}
    for stem, files in sorted(anns.items()):
        text = (folder / (stem + ".txt")).read_text(encoding="utf-8-sig")
        atts = [read_ann(p) for p in files]
        per = [gold_quotes(text, a) for a in atts]
        xml = next((folder / n for n in (stem + ".txt.xml", stem + ".xml") if n in names), None)
        docs[stem] = {"text": text, "gold": per[0], "any": [g for q in per for g in q],
                      "chains": load_coref(xml) if xml else [],
                      "contents": [sp for a in atts for att in a for sp in att["content"]]}
    return docs
