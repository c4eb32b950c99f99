"""Framing in the narrator's voice: the stance, hedge, existence and scare-quote rule types.

Each type compiles its rule's word lists into one regex and runs it over the document's
narration (:mod:`quotecheck.framing.narration`: the text outside quotations), so a word inside a
quotation, the speaker's own, never fires. Every rule applies the same way to every outlet.
"""
from __future__ import annotations

from typing import Any, Iterable

from quotecheck import hookimpl
from quotecheck.errors import ConfigError
from quotecheck.framing.definitions import (apposed_term, defined_term, function_defined,
                                            nickname, science_term)
from quotecheck.framing.domains import other_sense_word
from quotecheck.framing.textkinds import describes_fiction, press_digest
from quotecheck.framing.narration import MASK, Narration, narration_for, words_of
from quotecheck.framing.statements import closed_by_attribution, inside_statement
from quotecheck.framing.quoteterms import (TERM_AFTER, capitalised_name, coined_name,
                                           ends_with, generic_plural, marker_names_a_term,
                                           quoted_title,
                                           mentioned, names_a_term, proper_nickname,
                                           quoted_elsewhere, words_pattern)
from quotecheck.framing.records import (designated_earlier, designated_group,
                                        designated_pattern, military_rule, past_patterns,
                                        past_ruler)
from quotecheck.framing.referents import class_defaults
from quotecheck.framing.senses import nature_sense, other_sense
from quotecheck.framing.verbcontext import (attributes_speech, characterises_manner,
                                            document_subject, legal_allegation,
                                            neutral_alternative, presupposition_holds,
                                            verb_data)
from quotecheck.framing.accounts import doubt_usage
from quotecheck.framing.wordlists import data_words
from quotecheck.model import Detection
from quotecheck.rules.ruletypes import RuleType
from quotecheck.text.lexicon import PhraseMatcher
from quotecheck.text.spanindex import SpanIndex

def _detection(rule: Any, nar: Narration, start: int, end: int, kind: str,
               usage: str = "", **args: Any) -> Detection:
    """A framing detection; at most info (with the reason in ``{note}``) where the word is
    standard usage (``usage``) or the document is an opinion piece, the author's voice."""
    s, e = nar.original(start, end)
    severity = None
    notes = []
    if usage:
        notes.append(usage)
    opinion = nar.opinion
    if opinion:
        notes.append(f"opinion piece ({opinion}): the author's own voice")
    elif press_digest(nar.doc.view.text):
        notes.append("a press digest: the summarised newspapers' words, not the outlet's")
    elif describes_fiction(nar.text, start):
        notes.append("a fiction described (a plot or an advert's scenario)")
    if notes:
        severity = "info"
    args.setdefault("alternative", "")
    note = "; ".join(notes)
    return Detection(rule_type=rule.type, category=rule.category or _CATEGORY[rule.type],
                     document=nar.doc.id, start=s, end=e, severity=severity,
                     args={"kind": kind, "rule": rule.code, "note": f" (info: {note})"
                           if note else "", **args}, scope=rule.scope)


_FACTIVE = ("credence", "culpability")
_CATEGORY = {"stance": "attribution-verb", "hedge": "hedge", "existence": "label",
             "scare-quote": "scare-quote"}
SCOPES = ("narration", "headline", "document")


class _FramingType(RuleType):
    """Shared checks of the framing types: they read the narration or its headlines."""

    def compile(self, rule: Any) -> object:
        super().compile(rule)
        if rule.scope not in SCOPES:
            raise ConfigError(f"{rule.scope!r}: rules of type {self.name!r} take scope "
                              f"{', '.join(SCOPES)}", key="scope")
        return None


class Stance(_FramingType):
    """Reporting verbs of chosen classes (doubt, emotive ...) attributing words to a speaker."""

    name = "stance"
    description = "a non-neutral reporting verb in the narrator's voice"
    options = {"classes": list[str]}
    required = ("classes",)
    categories = ("attribution-verb",)

    def compile(self, rule: Any) -> object:
        super().compile(rule)
        known = verb_data()["classes"]
        classes = list(rule.options["classes"])
        for c in classes:
            if c not in known:
                raise ConfigError(f"unknown verb class {c!r} (one of {', '.join(known)})",
                                  key="classes")
        manner = {c for c in classes if known[c].get("complement") == "manner"}
        return frozenset(classes), manner

    def check_document(self, rule, compiled, document, story) -> Iterable[Detection]:
        classes, manner = compiled
        nar = narration_for(story, document)
        verbs = SpanIndex({q.verb for q in nar.quotes if q.verb})  # not a scan per hit
        for hit in nar.verb_hits:      # one regex pass over the narration, shared by rules
            cls, lemma = hit.value.split(":", 1)
            if cls not in classes or not nar.in_scope(rule.scope, hit.start):
                continue
            if legal_allegation(nar.text, hit.start, lemma):
                continue            # "prosecutors allege": the accurate legal verb
            if capitalised_name(nar, hit.start, hit.end):
                continue            # "Christopher Rants": a name in mid-sentence, no verb
            if not (verbs.holds(hit.start) or (
                    characterises_manner(nar.text, hit.start, hit.end, lemma) if cls in manner
                    else attributes_speech(nar.text, hit.start, hit.end))):
                continue
            if cls in ("doubt", "emotive") and other_sense(nar.text, hit.start, hit.end, lemma,
                                                            nar.view.text):
                continue            # "claimed victory", "declined to claim": no statement
            if cls in ("doubt", "emotive") and inside_statement(nar, hit.start, cls):
                continue            # "Trump said that Romney begged him": Trump's verb
            if cls in ("doubt", "emotive") and closed_by_attribution(nar, hit.start,
                                                                      cls == "doubt"):
                continue            # "He had boasted ..., the judge added": the judge's
            if cls in _FACTIVE and not presupposition_holds(nar.text, hit.start, hit.end):
                continue            # "forced her to apologise", "confirmed in a statement"
            if cls == "credence" and document_subject(nar.text, nar.sentence(hit.start)[0],
                                                      hit.start):
                continue            # "documents revealed that": a finding, not a speaker
            yield self._finding(rule, nar, hit, cls, lemma, story)

    @staticmethod
    def _finding(rule, nar: Narration, hit, cls: str, lemma: str, story=None) -> Detection:
        """The detection of one verb hit: the verb, its neutral alternative, and the reason
        when the verb is the standard one here (a court filing's claim, a court report, a
        party's account the report does not weigh: quotecheck.framing.accounts)."""
        usage = doubt_usage(nar, story, hit.start, hit.end, lemma) if cls == "doubt" else ""
        s, e = nar.original(hit.start, hit.end)
        return _detection(rule, nar, hit.start, hit.end, cls, usage=usage,
                          verb=nar.doc.text[s:e], lemma=lemma, verb_class=cls,
                          alternative=neutral_alternative(cls, lemma))


class Existence(_FramingType):
    """Words, phrases or patterns that should not appear in the narrator's own voice."""

    name = "existence"
    description = "a listed word or pattern in the narrator's voice (for example a loaded label)"
    options = {"words": list[str], "words_from": str, "exceptions": list[str],
               "patterns": list[str], "ignore_inside_quotes": bool, "ignore_reported_speech": bool,
               "ignore_proper_names": bool, "keep_emotive_clauses": bool,
               "generic_plurals": list[str], "designated_groups": list[str],
               "designated_labels": list[str], "designated_heads": list[str],
               "designated_products": list[str], "past_ruler_labels": list[str],
               "past_markers": list[str], "past_eras": list[str],
               "military_rule_labels": list[str], "military_rule_cues": list[str],
               "nature_heads": list[str], "nature_cues": list[str], "alternative": str}
    categories = ()
    default_category = "label"

    def compile(self, rule: Any) -> object:
        super().compile(rule)
        opts = rule.options
        words = list(opts.get("words", ()))
        exceptions = list(opts.get("exceptions", ()))
        alternatives: dict = {}
        if "words_from" in opts:
            more, exc, alternatives = data_words(rule, opts["words_from"], "words_from")
            words += more
            exceptions += exc
        patterns = [self.compile_regex(rule, p, "patterns") for p in opts.get("patterns", ())]
        if not words and not patterns:
            raise ConfigError("give words, words_from or patterns", key="words")
        matcher = PhraseMatcher({w: w for w in words}) if words else None
        exc_matcher = PhraseMatcher({w: w for w in exceptions}) if exceptions else None
        return (matcher, exc_matcher, patterns, alternatives,
                designated_pattern(opts.get("designated_groups", ())),
                past_patterns(opts.get("past_markers", ()), opts.get("past_ruler_labels", ()),
                              opts.get("past_eras", ())),
                words_pattern(opts.get("nature_heads", ())),
                words_pattern(opts.get("nature_cues", ())),
                words_pattern(opts.get("military_rule_cues", ())))

    def _hits(self, compiled, text: str):
        from quotecheck.resources.regexsafe import RULE_INPUT, bounded_finditer

        matcher, _, patterns = compiled[:3]
        if matcher is not None:
            for hit in matcher.finditer(text):
                yield hit.start, hit.end, hit.value
        for pat in patterns:
            for m in bounded_finditer(pat, text, size=RULE_INPUT):
                if m.end() > m.start():
                    yield m.start(), m.end(), pat.pattern

    def check_document(self, rule, compiled, document, story) -> Iterable[Detection]:
        nar = narration_for(story, document)
        inside_ok = not rule.options.get("ignore_inside_quotes", True)
        skip_reported = rule.options.get("ignore_reported_speech", False)
        mute_emotive_clauses = not rule.options.get("keep_emotive_clauses", False)  # QC330
        skip_names = rule.options.get("ignore_proper_names", False)
        generic = {w.lower() for w in rule.options.get("generic_plurals", ())}
        designated = {w.lower() for w in rule.options.get("designated_labels", ())}
        rulers = {w.lower() for w in rule.options.get("past_ruler_labels", ())}
        military = {w.lower() for w in rule.options.get("military_rule_labels", ())}
        text = nar.view.text if inside_ok else nar.text
        exc_matcher = compiled[1]
        excepted = None     # the exceptions' pass runs once there is a hit to test
        for start, end, entry in self._hits(compiled, text):
            if not inside_ok and MASK in nar.text[start:end]:
                continue
            if excepted is None:
                excepted = ([(h.start, h.end) for h in exc_matcher.finditer(text)]
                            if exc_matcher else [])
            if any(s <= start and end <= e for s, e in excepted):
                continue
            if not nar.in_scope(rule.scope, start):
                continue
            if skip_reported and nar.in_reported(start, end, mute_emotive_clauses):
                continue
            if skip_names and capitalised_name(nar, start, end):
                continue            # "Joycelyn Savage": a name, not the adjective
            if skip_names and quoted_title(nar, start, end):
                continue            # ``Small Time Crooks'': a film's title, no label
            sense = other_sense_word(nar, start, end)
            if sense == "":
                continue            # "strongman" among athletes, a film's "evil" villain
            if str(entry).lower() in generic | designated and generic_plural(nar, start, end):
                continue            # "measures aimed at terrorists": a kind, not a group
            if (str(entry).lower() in designated and compiled[4] is not None
                    and designated_group(nar, start, end, compiled[4],
                                         rule.options.get("designated_heads", ()))):
                continue            # "the Islamic State terrorist network": its designation
            if str(entry).lower() in rulers and past_ruler(nar, start, end, compiled[5]):
                continue            # "Philippine dictator Ferdinand Marcos in the 1980s"
            if sense and sense not in class_defaults():     # (a weak class's note: last)
                usage = sense       # "terrorist explosions that killed 300 people"
            elif (str(entry).lower() in designated and compiled[4] is not None
                    and designated_earlier(nar, start, compiled[4], str(entry).lower()
                                           in rule.options.get("designated_products", ()))):
                usage = "a group the report named earlier, on the sanctions list"
            elif nature_sense(nar, start, end, compiled[6], compiled[7]):
                usage = "it describes the weather or nature, no one's conduct"
            elif str(entry).lower() in military and military_rule(nar, start, end, compiled[8]):
                usage = "the report states its form of rule (military, communist)"
            else:
                usage = sense or ""     # a weak class's note (info), or none (a warning)
            s, e = nar.original(start, end)
            alternative = compiled[3].get(str(entry).lower(), rule.options.get("alternative", ""))
            yield _detection(rule, nar, start, end, self.default_category, usage=usage,
                             word=document.text[s:e], entry=entry, alternative=alternative)


class Hedge(Existence):
    """Hedges and evidentials that put epistemic distance in the narrator's voice."""
    name = "hedge"
    description = "a hedge or evidential (allegedly, reportedly) in the narrator's voice"
    default_category = "hedge"


class ScareQuote(_FramingType):
    """Short quotations the narrator uses to distance itself, and markers such as so-called."""

    name = "scare-quote"
    description = "a word in quotation marks or after 'so-called' in the narrator's voice"
    options = {"mode": str, "max_words": int, "markers": list[str], "labels_from": str,
               "name_cues": list[str], "mention_cues": list[str], "name_heads": list[str],
               "definition_cues": list[str], "science_cues": list[str],
               "science_against": list[str], "nickname_against": list[str],
               "ignore_reported_speech": bool}
    categories = ("scare-quote",)

    def compile(self, rule: Any) -> object:
        super().compile(rule)
        opts = rule.options
        mode = opts.get("mode", "quote")
        if mode not in ("quote", "marker"):
            raise ConfigError(f"{mode!r}: one of quote, marker", key="mode")
        markers = list(opts.get("markers", ("so-called",)))
        if mode == "marker" and not markers:
            raise ConfigError("a marker rule needs markers", key="markers")
        max_words = int(opts.get("max_words", 2))
        if max_words < 1:
            raise ConfigError("must be at least 1", key="max_words")
        labels = None
        if "labels_from" in opts:
            words, _, _ = data_words(rule, opts["labels_from"], "labels_from")
            labels = PhraseMatcher({w: w for w in words})
        marker_matcher = PhraseMatcher({m: m for m in markers})
        cues = PhraseMatcher({c: c for c in opts.get("name_cues", ())}) \
            if opts.get("name_cues") else None
        mentions = PhraseMatcher({c: c for c in opts.get("mention_cues", ())}) \
            if opts.get("mention_cues") else None
        heads = PhraseMatcher({h: h for h in opts.get("name_heads", ())}) \
            if opts.get("name_heads") else None
        return mode, max_words, marker_matcher, labels, (cues, mentions, heads)

    def check_document(self, rule, compiled, document, story) -> Iterable[Detection]:
        mode = compiled[0]
        nar = narration_for(story, document)
        if mode == "marker":
            return self._markers(rule, compiled, nar)
        return self._quotes(rule, compiled, nar)

    def _markers(self, rule, compiled, nar: Narration) -> Iterable[Detection]:
        markers = compiled[2]
        skip_reported = rule.options.get("ignore_reported_speech", False)
        for hit in markers.finditer(nar.text):
            if not nar.in_scope(rule.scope, hit.start):
                continue
            if skip_reported and nar.in_reported(hit.start, hit.end):
                continue
            m = TERM_AFTER.match(nar.view.text, hit.end)
            if not m:
                continue
            ts, te = nar.original(m.start(1), m.end(1))
            s, e = nar.original(hit.start, hit.end)
            usage = ""
            if marker_names_a_term(nar, m, compiled[4][1]):
                usage = "'so-called' introducing a term: the name of a law, list, measure or accord, or of an effect"
            elif coined_name(nar.doc.text[ts:te], compiled[4][2]):
                usage = "'so-called' introducing the coined name of a leak, a file or a legend"
            else:           # a defined or technical term, a nickname
                usage = self._introduced(rule, nar, hit.start, m, nar.doc.text[ts:te])
            yield _detection(rule, nar, hit.start, hit.end, "marker", usage=usage,
                             marker=nar.doc.text[s:e], term=nar.doc.text[ts:te],
                             alternative="the term with attribution ('what X calls ...')")

    @staticmethod
    def _introduced(rule, nar: Narration, start: int, m, term: str) -> str:
        """The note of a defined term, a scientists' term or a nickname (framing.definitions)."""
        opts = rule.options
        return ("'so-called' introducing a term it defines or a field's technical term"
                if defined_term(nar.view.text, m.end(1), tuple(opts.get("definition_cues", ())))
                or apposed_term(nar.doc.text, *nar.original(m.start(1), m.end(1)))
                or function_defined(nar.doc.text, *nar.original(start, m.start(1)))
                or science_term(nar.text, start, term, tuple(opts.get("science_cues", ())),
                                frozenset(opts.get("science_against", ())))
                else nickname(term, frozenset(opts.get("nickname_against", ()))))

    def _quotes(self, rule, compiled, nar: Narration) -> Iterable[Detection]:
        _, max_words, markers, labels, (cues, mentions, _) = compiled
        doc = nar.doc
        for q in nar.quotes:
            if nar.quote_at(q.open - 1) is not None or not nar.in_scope(rule.scope, q.start):
                continue
            content = doc.text[q.ostart:q.oend]
            words = words_of(content)
            if not 1 <= len(words) <= max_words:
                continue
            before = nar.text[max(0, q.open - 40):q.open]
            if ends_with(markers, before):
                continue            # "so-called 'x'": the marker rule reports it
            if cues and ends_with(cues, before):
                continue            # known as "X", nicknamed "X": a name, not a scare quote
            if mentions and mentioned(nar, q, mentions):
                continue            # "foreign agent" labels: the word mentioned as a term
            if len(words) > 1 and all(w[0].isupper() for w in words):
                continue            # a title or a name in Title Case
            label = labels is not None and labels.value(" ".join(words)) is not None
            if not label and (names_a_term(mentions, content)
                              or proper_nickname(nar, q, words)
                              or quoted_elsewhere(nar, q, content)):
                continue            # the “bathroom bill”; “Scooter”; a term quoted before
            if not label and self._attributed(nar, q):
                continue
            end = q.end
            while end > q.start + 1 and nar.view.text[end - 1] in ".,;:!?":
                end -= 1            # US style puts the sentence's period inside the marks
            s, e = nar.original(q.start, end)
            yield _detection(rule, nar, q.start, end, "label" if label else "quote",
                             quote=doc.text[s:e], words=len(words))

    @staticmethod
    def _attributed(nar: Narration, q) -> bool:
        """A speaker from the extractor, or a speech verb earlier in the same sentence."""
        if q.speaker:
            return True
        s0, _ = nar.sentence(q.open)
        return nar.speech_verb_before(s0, q.open) or nar.in_reported(q.start, q.end)


RULE_TYPES = (Stance, Existence, Hedge, ScareQuote)


@hookimpl
def quotecheck_rule_types():
    return [cls() for cls in RULE_TYPES]


@hookimpl
def quotecheck_rule_paths():
    from quotecheck.resources.ruledata import rules_root

    path = rules_root() / "framing"
    return [str(path)] if path.is_dir() else []

