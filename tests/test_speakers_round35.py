"""Issue 12, speakers (spk35): a bare surname shared by two people of one family. Snippets are
written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with

FAMILY = ("Grief\n\nMarta Voss, mother of Karl Voss, 40, says her son fought for years.\n\n"
          "Karl Ivo Voss died in a cell in March.\n\n"
          "{}, says the boy was never the same after the mine closed.\n\n"
          "\u201cHe could not sleep,\u201d says Voss. \u201cHe would walk all night.\u201d\n")


def test_a_bare_surname_goes_to_the_namesake_named_last():
    # "His mother, Marta Voss, says …" names her again after the son: the bare "Voss" that
    # follows is her (it went to the son, the namesake indexed last)
    text = FAMILY.format("His mother, Marta Voss")
    assert quote_with(text, "could not sleep").speaker == "Marta Voss"


def test_a_namesake_named_inside_a_description_is_not_the_one_meant():
    # guard: "Marta Voss, mother of victim Karl Voss," names the son only to describe her
    text = ("Grief\n\nKarl Voss died in March.\n\nLast week, Marta Voss, mother of victim Karl "
            "Voss, rejected the claim.\n\n\u201cThey lied to me,\u201d Voss said.\n")
    assert quote_with(text, "lied to me").speaker == "Marta Voss"


def test_the_son_named_last_still_takes_the_bare_surname():
    # guard: when the son is the one named last the bare surname stays his
    text = FAMILY.format("Karl Voss, her son,")
    assert quote_with(text, "could not sleep").speaker == "Karl Ivo Voss"



def test_mohamed_is_a_given_name_so_a_brother_is_not_merged():
    # "Mohamed" (listed as "Mohammed") states a given name: "Mohamed Voss" is a third brother,
    # not the "Salah Voss" a bare "Voss" was bound to before him
    text = ("Raids\n\nPolice are hunting Salah Voss.\n\nBrahim Voss blew himself up, and his "
            "brother Salah Voss fled.\n\nPolice said Salah Voss was seen in Brussels.\n\nA man "
            "sat in a cafe with Voss two days before.\n\nMohamed Voss, their brother, "
            "said they were going \u201cskiing\u201d.\n\n\u201cI did not know,\u201d he said.\n")
    assert quote_with(text, "skiing").speaker == "Mohamed Voss"
    assert quote_with(text, "did not know").speaker == "Mohamed Voss"
