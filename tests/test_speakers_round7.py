"""Issue 12, seventh round: speaker failure classes seen on real news (PolNeAR train), each with
a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_a_speech_verb_after_a_comma_with_a_name_ending_the_clause_is_inverted():
    text = ("Housing ruling\n\n"
            "The court struck down the rent rule on Monday.\n\n"
            "\"We are thrilled\" about the ruling, said Maria Okafor, director of the Housing "
            "Alliance.\n\n"
            "The vote marks \"the start of a new era\" for the union, said Tomas Breen, a "
            "historian at Leeds University.\n\n"
            "Landlords have \"every right to appeal\" the decision, says Peter Lamb.\n\n"
            "\"It is over,\" Ann Ruiz, the council leader, told Radio Leeds.\n")
    assert speaker_of(text, "thrilled") == "Maria Okafor"
    assert speaker_of(text, "new era") == "Tomas Breen"
    assert speaker_of(text, "right to appeal") == "Peter Lamb"
    # who is told after a comma is the hearer, not an inverted speaker
    assert speaker_of(text, "It is over") == "Ann Ruiz"
