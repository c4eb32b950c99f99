"""Score an extractor on the Gender Gap Tracker quotations (laid out by ggt_layout.py).

eval_brat.py's scorer (same gold rules for direct and partial quotations, same matching, same
speaker normaliser) with the annotator's ``reference`` (the speaker's full name, an
AnnotatorNotes line on each attribution) used for speakers:

``--speakers reference`` (default): a quotation with a reference is right when the predicted
speaker matches the reference or the words of the annotated speaker mention ("rookie
defenceman" for "the rookie defenceman"); a pronoun mention alone proves nothing, and a quotation with no speaker mention but a reference
(a quote in the paragraph after "she said") is scored too. A reference that names nobody
("the minister", "one lothario") gets eval_brat's verdict (same mention accepted).
The reference is the annotator's own form of the name, so its initials ("EDC" for "Export
Development Canada") and another spelling of its given name ("Jodie"/"Jody", "Xander"/
"Alexander", same family name) are right too; and so, as GGT's own scorer has it
(evaluate_quotes.py: speaker spans overlap), is a speaker made of words of the annotated
mention inside its span ("document" for "a document titled ..."), or that mention with a
post-modifier ("team members dressed for a game"), a pronoun excepted; a larger span holding
the mention ("Smith's lawyer") is wrong, and so is a name form that is another annotated speaker.

A quotation with no speaker mention is also right, as GGT scores it (evaluate_quotes.py
speaker_match_cond_2), when the prediction is a floating quote: a whole quoted sentence right
after one holding a quotation with the same speaker mention (``--no-floating``: not).

``--speakers brat``: eval_brat's verdict unchanged, the reference standing in for the nearest
earlier named source: a pronoun source is also right when the predicted speaker's span overlaps
it, and a quotation without a speaker mention is not scored.

  python bench/eval_ggt.py /tmp/ggt --jobs 2 [-v]
  python bench/eval_ggt.py /tmp/ggt --json-dir REPORTS
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import brat_speakers  # noqa: E402
import eval_brat  # noqa: E402


def references(path: Path) -> list:
    """The AnnotatorNotes text of each event's Attribution span, in event order ('' if none)."""
    notes, triggers = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\d+\tAnnotatorNotes (T\d+)\t(.*)", line)
        if m:
            notes[m.group(1)] = m.group(2).strip()
        elif re.match(r"E\d+\t", line):
            args = dict(a.split(":", 1) for a in line.split("\t")[1].split())
            triggers.append(args.get("Attribution", ""))
    return [notes.get(t, "") for t in triggers]


def load_folder(folder: Path) -> dict:
    """eval_brat's document dicts, each gold quotation carrying its ``reference`` (also as the
    antecedent eval_brat resolves pronoun sources with)."""
    docs = {}
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8-sig")
        gold = []
        for att, ref in zip(eval_brat.read_ann(ann), references(ann)):
            for g in eval_brat.gold_quotes(text, [att]):
                gold.append(dict(g, antecedent=ref or None, reference=ref))
        docs[ann.stem] = {"text": text, "gold": gold, "any": gold, "chains": [],
                          "contents": [sp for att in eval_brat.read_ann(ann)
                                       for sp in att["content"]]}
    return docs


def reference_verdict(q: dict, g: dict, doc: dict) -> str:
    """right / wrong / none against the reference (see the module docstring); eval_brat's
    verdict for a quotation without one or whose reference names nobody."""
    ref = g.get("reference")
    if not ref or not eval_brat.is_named(ref):  # "the minister": resolution not verifiable
        return eval_brat.speaker_verdict(q, g, doc)
    if not q.get("speaker"):
        return "none"
    src = eval_brat.src_text(doc["text"], g["source"])   # name_match never matches a pronoun
    if eval_brat.name_match(q["speaker"], ref) or eval_brat.name_match(q["speaker"], src):
        return "right"
    if (is_acronym(q["speaker"], ref) or variant_given_name(q["speaker"], ref)) and \
            not names_another_speaker(q["speaker"], ref, doc):
        return "right"
    if overlaps_mention(q, g, src):
        return "right"
    if not g["source"] and floating(q, doc):
        return "right"
    return "wrong"


def floating(q: dict, doc: dict) -> bool:
    """GGT's own rule for a quotation the annotator gave no speaker mention (evaluate_quotes.py
    compare_quotes, ``speaker_match_cond_2``: the gold speaker is empty and the prediction is a
    floating quote; quote_extractor.py extract_floating_quotes: a sentence wholly in quote
    marks right after a sentence holding an attributed quotation, given that quotation's
    speaker). Here: ``q`` opens with its mark and ends a sentence, and the prediction before
    it (``doc["predictions"]``, left out by ``--no-floating``) has the same speaker mention
    and either its attribution sentence lies between them (one sentence end) or it ends a
    sentence itself right before ``q``."""
    text, qs = doc["text"], q["start"]
    if q.get("speaker_start") is None or not _SENTENCE_END.search(text[:q["end"]].rstrip()):
        return False
    before = [p for p in doc.get("predictions", ()) if p["end"] <= qs]
    if not before:
        return False
    p = max(before, key=lambda p: p["end"])
    if p.get("speaker_start") != q["speaker_start"] or p.get("speaker") != q.get("speaker"):
        return False
    if _OPENERS_ONLY.search(text[max(0, qs - 3):qs]) is None:
        return False        # q does not open with its mark: no whole quoted sentence
    gap = text[p["end"]:qs].rstrip(_OPENERS)
    if p["end"] <= q["speaker_start"] < qs:     # "“One!” says Ana. “Two.”": the sentence
        stops = _STOP.findall(gap)              # between is the attribution, ending there
        return len(stops) == 1 and _SENTENCE_END.search(gap) is not None
    # 'Ana said: “One.” “Two.”': the quotation before ends its own sentence, nothing between
    return not gap.strip(_CLOSERS) and text[p["end"] - 1] in ".!?\u2026"


_OPENERS = " \t\n\u00a0\"\u201c\u2018'"
_CLOSERS = " \t\n\u00a0\"\u201d\u2019'"
_OPENERS_ONLY = re.compile("[\"\u201c\u2018'][ \t\u00a0]*\\Z")
_STOP = re.compile("[.!?\u2026][\"\u201d\u2019')]*(?=\\s|\\Z)")
_SENTENCE_END = re.compile("[.!?\u2026][\"\u201d\u2019')]*\\Z")


def is_acronym(pred: str, ref: str) -> bool:
    """``pred`` is the initials of the reference's capitalised words ("EDC" for the
    annotator's "Export Development Canada"): the text's short form of the same body. Three
    letters at least: two name too many bodies and places ("BC" is no "Bank of Canada")."""
    caps = [w[0] for w in re.findall(r"[\w'’.-]+", ref) if w[0].isupper()]
    return len(pred) >= 3 and pred.isupper() and pred.isalpha() and "".join(caps) == pred


def variant_given_name(pred: str, ref: str) -> bool:
    """Same family name, and given names that are spellings of one name ("Jodie"/"Jody": the
    same three letters or more, then -ie or -y; "Xander"/"Alexander": a short form of five
    letters or more ending the full one past two letters or more): the annotator writes each
    speaker's full name in one spelling, the text may use another. Not "Joey"/"Joy",
    "Kai"/"Kay", "Toni"/"Tony", "Ryan"/"Bryan", "Ella"/"Stella", "Paul"/"Paula": other names."""
    p, r = brat_speakers.words(pred), brat_speakers.words(ref)
    if len(p) < 2 or len(r) < 2 or p[-1] != r[-1]:
        return False
    a, b = sorted((_ENDING.sub("y", p[0]), _ENDING.sub("y", r[0])), key=len)
    return a == b or len(a) >= 5 and len(b) >= len(a) + 2 and b.endswith(a)


_ENDING = re.compile(r"(?<=\w\w\w)(?:ie|y)\Z")


def names_another_speaker(pred: str, ref: str, doc: dict) -> bool:
    """``pred`` is, word for word, another reference annotated in the document: a second
    person ("Jonathan Lund" quoted beside "Nathan Lund"), whatever the name forms allow."""
    words = brat_speakers.words(pred)
    return any(g.get("reference") and g["reference"] != ref and
               brat_speakers.words(g["reference"]) == words for g in doc.get("gold", ()))


def overlaps_mention(q: dict, g: dict, src: str) -> bool:
    """GGT's own speaker test (evaluate_quotes.py: the predicted speaker's span overlaps the
    annotated speaker's span), narrowed to the same person: a mention that is no pronoun, and
    a prediction either inside it and made of its words ("document" for "a document titled
    ...") or starting inside it and going on past its end with a lower-case post-modifier
    ("team members dressed for a game" for "team members"). Not "Acme" for "the company" (a
    resolution the reference must confirm), not "Smith's lawyer" or "a lawyer for Smith"
    for "Smith": a larger span holding the mention names another speaker."""
    ps, pe, said = q.get("speaker_start"), q.get("speaker_end"), q.get("speaker") or ""
    if ps is None or pe is None or not src.strip() or \
            all(w in brat_speakers.PRONOUNS for w in re.findall(r"[\w'’]+", src.casefold())):
        return False
    own = set(brat_speakers.words(src)) - brat_speakers.PRONOUNS
    pred = set(brat_speakers.words(said)) - brat_speakers.PRONOUNS
    if not pred & own:
        return False
    for a, b in g["source"]:
        if a <= ps and pe <= b and pred <= own:
            return True
        if a <= ps < b < pe and len(said) == pe - ps and _POST_MODIFIER.match(said, b - ps):
            return True
    return False


# a mention's post-modifier: a lower-case word after a space, not a conjunction adding someone
_POST_MODIFIER = re.compile(r"[ \t\u00a0]+(?!(?:and|or|nor|but|plus)\b)[a-z]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder written by ggt_layout.py")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--command", default=eval_brat.DEFAULT_COMMAND,
                     help="extractor command, {path} one article (default: %(default)s)")
    src.add_argument("--json-dir", type=Path, help="folder of precomputed JSON reports")
    ap.add_argument("--speakers", choices=("reference", "brat"), default="reference")
    ap.add_argument("--no-floating", action="store_true",
                    help="no credit by GGT's floating-quote rule (a quotation with no annotated "
                         "speaker mention, given the speaker of the quotation before it)")
    eval_brat.output_options(ap)
    args = ap.parse_args(argv)
    docs = load_folder(args.folder)
    if not docs:
        raise SystemExit(f"{args.folder}: no DOC.txt with DOC.ann (run ggt_layout.py)")
    preds = (eval_brat.read_reports([json.loads(p.read_text(encoding="utf-8"))
                                     for p in sorted(args.json_dir.glob("*.json"))])
             if args.json_dir else eval_brat.run_command(
                 args.command, [args.folder / f"{d}.txt" for d in docs], args.jobs))
    if not args.no_floating:    # floating() reads the predictions before a quotation
        for stem, doc in docs.items():
            doc["predictions"] = preds.get(stem, [])
    verdict = reference_verdict if args.speakers == "reference" else eval_brat.speaker_verdict
    eval_brat.print_scores(args, docs, preds, verdict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
