"""Message templates cannot make huge messages: widths and precisions are bounded when rules
load (a ConfigError naming file and line) and again when a message is filled (issue 17)."""
from __future__ import annotations

import textwrap

from quotecheck.cli import main
from quotecheck.model import Detection
from quotecheck.rules import engine
from quotecheck.rules.engine import format_message, to_finding
from quotecheck.rules.ruleset import Rule

RULE = """\
    [[rule]]
    code = "HX1"
    name = "huge-width"
    type = "quote-drift"
    category = "meaning"
    severity = "warning"
    scope = "quote"
    message = "{message}"
    what = "w"
    why = "y"
    """


def _rules(tmp_path, message: str):
    path = tmp_path / "huge.toml"
    path.write_text(textwrap.dedent(RULE.format(message=message)), encoding="utf-8")
    return path


def test_a_huge_field_width_is_a_rule_error_naming_file_and_line(capsys, tmp_path):
    path = _rules(tmp_path, "changed {word:>999999999}")
    code = main(["rules", "--rules", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:8" in err and "width and precision are at most" in err, err


def test_a_huge_precision_and_a_nested_width_are_rule_errors(capsys, tmp_path):
    for message in ("{text:.999999}", "{text:>{n}}"):
        path = _rules(tmp_path, message)
        code = main(["rules", "--rules", str(path)])
        err = capsys.readouterr().err
        assert code == 2 and str(path) in err and "message" in err, (message, err)


def test_a_small_width_still_loads(capsys, tmp_path):
    path = _rules(tmp_path, "changed {word:>12}")
    assert main(["rules", "--rules", str(path)]) == 0
    assert "HX1" in capsys.readouterr().out


def test_filling_clamps_widths_and_bounds_the_message():
    assert len(format_message("{word:>999999999}", {"word": "x"})) == getattr(engine, "MAX_FIELD_WIDTH", 100)
    assert len(format_message("{w:>{n}}", {"w": "x", "n": 10 ** 9})) == getattr(engine, "MAX_FIELD_WIDTH", 100)
    assert format_message("{w:.999999f}", {"w": 1.5}).startswith("1.5000")
    long = format_message("{w}", {"w": "x" * 10 ** 6})
    assert len(long) == getattr(engine, "MAX_MESSAGE", 2000) and long.endswith("…")


def test_a_rule_that_skips_validation_still_makes_a_bounded_finding():
    rule = Rule(code="HX1", name="huge-width", type="quote-drift", severity="warning",
                scope="quote", message="{word:>999999999}", what="w", why="y")
    det = Detection("quote-drift", "meaning", "d1", 0, 1, args={"word": "x"})
    assert len(to_finding(rule, det).message) <= getattr(engine, "MAX_FIELD_WIDTH", 100)


def test_an_arg_whose_format_and_str_raise_prints_as_missing():
    class Hostile:
        def __format__(self, spec):
            raise AttributeError("no")

        def __str__(self):
            raise RuntimeError("no")

    assert format_message("x {w} y", {"w": Hostile()}) == "x ? y"
