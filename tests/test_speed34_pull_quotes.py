"""speed34: the pull-quote scan drops a line whose first eight words no quotation holds before
it joins any key; the answers are those of the scan without that test (``_scan_repeated``)."""
import random
import re

from quotecheck.framing.quotespans import _may_repeat, _repeated_part, _scan_repeated

_WORD_RUN = re.compile(r"[^\W_]+")

_VOCAB = "the plan would cut wait times for every clinic in town Mara Quill Civic Desk " \
         "say council many".split()


def _line(rng, n):
    return " ".join(rng.choice(_VOCAB) for _ in range(n)) + rng.choice(["", ".", ",", " -"])


def test_gate_keeps_every_answer():
    rng = random.Random(34)
    for _ in range(3000):
        quoted = [" %s " % " ".join(_WORD_RUN.findall(_line(rng, rng.randint(6, 20)).lower()))
                  for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:      # a line repeating a quotation, perhaps with a named tail
            src = quoted[rng.randrange(len(quoted))].split()
            cut = rng.randint(0, len(src))
            line = " ".join(w.capitalize() if rng.random() < 0.2 else w for w in src[cut:])
            line += rng.choice(["", " Mara Quill, Civic Desk", " say the council", "."])
        else:
            line = _line(rng, rng.randint(0, 16))
        assert _repeated_part(line, quoted) == _scan_repeated(line, quoted), (line, quoted)


def test_short_or_unheld_lines_are_dropped_early():
    quoted = [" the plan would cut wait times for every clinic in town "]
    assert not _may_repeat("The plan would cut wait times", quoted)     # seven words
    assert not _may_repeat("Every clinic in town would cut the plan now", quoted)
    assert _may_repeat("The plan would cut wait times for every clinic, Mara Quill", quoted)
