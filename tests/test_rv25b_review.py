"""Review mends of the twenty-second session's merges (rv25b): a name after its role still
speaks when a compound modifier opens the role ("said Kremlin-backed broadcaster Ivo Marek";
spk39 had made the modifier open a description and lost the name). Snippets of our own."""
import pytest

from speaker_helpers import speaker_of


@pytest.mark.parametrize("modifier, role", [("Kremlin-backed", "broadcaster"),
                                            ("Cold War-era", "archivist"),
                                            ("Ohio-born", "archivist")])
def test_a_name_after_a_compound_modified_role_speaks(modifier, role):
    text = ("Harbour notes\n\nThe port was quiet all week.\n\n"
            f"\"The levy will sink us,\" said {modifier} {role} Ivo Marek on Monday.\n")
    assert speaker_of(text, "sink us") == "Ivo Marek"


def test_a_compound_modifier_with_no_name_after_is_the_description():
    text = ("Harbour notes\n\nThe port was quiet all week.\n\n"
            "According to Kremlin-backed outlets, the fleet was \"ready for a long winter.\"\n")
    assert speaker_of(text, "long winter") == "Kremlin-backed outlets"
