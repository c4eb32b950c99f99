"""Issue 12, eleventh round: speaker classes seen on real news (PolNeAR train), each with a
snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_a_who_clause_between_commas_does_not_hide_the_subject_of_a_fragment():
    text = ("Port deal\n\nRuiz, who was speaking to the mayors, did not name Vane, but told the "
            "room that the port should be run by those “who put the town first.”\n")
    assert speaker_of(text, "town first") == "Ruiz"


def test_a_dash_aside_does_not_hide_the_subject_of_a_fragment():
    text = ("Port deal\n\nOn Friday, Ruiz — named by the Herald as the likely pick — told Bo "
            "Vane of City Radio that “you must weigh the offer with great care.”\n")
    assert speaker_of(text, "great care") == "Ruiz"


def test_as_after_an_aside_is_no_verb_of_the_place_before_it():
    text = ("Old street\n\nWhen Ms. Obi moved to Hill Estates, Queens, the quiet enclave where "
            "the Vanes lived, Tom confided to her that his uncles had fretted since, as "
            "Greeks, the Obis were ''the only newcomers on the street.''\n")
    assert speaker_of(text, "only newcomers") != "Queens"


def test_a_platform_after_on_is_where_the_words_were_posted_not_who_said_them():
    text = ("Vote night\n\nBo Vane posted a note on Twitter reading “We did it, Iowa” "
            "an hour after counting ended.\n\nAna Ruiz answered the critics on Facebook "
            "writing, “Fair enough. I put that badly.”\n")
    assert speaker_of(text, "We did it") == "Bo Vane"
    assert speaker_of(text, "put that badly") == "Ana Ruiz"


def test_the_owner_of_a_facebook_post_speaks_through_it():
    text = ("Vote night\n\nAides say the former governor Ana Ruiz plans to back Vane. From "
            "Ruiz’s Facebook post: “It is time for all of us to close ranks.”\n")
    assert speaker_of(text, "close ranks") == "Ana Ruiz"


def test_a_platform_company_may_still_speak():
    text = ("Account closed\n\nTwitter said it “suspended the account for a week.”\n")
    assert speaker_of(text, "suspended") == "Twitter"


def test_the_town_after_a_name_and_age_is_no_speaker():
    text = ("Rally day\n\nCory Dale, 22, of Flint, Mich., said he had not given up hope that "
            "Vane could pull a convention \"surprise,\" because he would never vote for Ruiz.\n\n"
            "Ana Ruiz, 45, of Dover, said the plan was \"a disgrace.\"\n")
    assert speaker_of(text, "surprise") == "Cory Dale"
    assert speaker_of(text, "disgrace") == "Ana Ruiz"


def test_an_irregular_past_verb_keeps_the_clause_subject_before_a_participle():
    text = ("Rally day\n\nTed Vane spoke for an hour in Salem. Then he cut into Jim Obi, calling "
            "him a \"bore\" and mocking him as a \"sulky toddler.\"\n")
    assert speaker_of(text, "bore") == "Ted Vane"
    assert speaker_of(text, "sulky") == "Ted Vane"


def test_a_fragment_joined_to_an_attributed_one_shares_its_speaker():
    text = ("Refugees\n\nThe test began with Ted Vane, who proclaimed in July that Christians "
            "fleeing the war \"are kept out at the border\" but other migrants from the region "
            "\"can walk in with ease.\"\n")
    assert speaker_of(text, "kept out") == "Ted Vane"
    assert speaker_of(text, "with ease") == "Ted Vane"


def test_a_fragment_in_a_clause_of_its_own_is_not_joined():
    text = ("Fact check\n\nFactcheck then ruled that Ted Vane’s statement about “thousands of "
            "fires” in Dover is “true,” but in the course of its report it said more.\n")
    assert speaker_of(text, "true") == "Factcheck"


def test_so_called_with_a_space_or_a_broken_hyphen_marks_a_term_and_is_no_speaker():
    text = ("Swiss vote\n\nThe country voted again. The so called “Renewal Initiative” was meant "
            "to force the adoption of the measures passed under the 2010 “Exit "
            "Initiative.” The vote failed.\n\nBritain and the so- called ‘special bond’ with "
            "Ottawa has been the bedrock of its policy.\n")
    assert speaker_of(text, "Exit Initiative") is None
    assert speaker_of(text, "special bond") is None


def test_a_role_with_its_modifiers_before_a_name_opens_the_subject():
    text = ("Truck attack\n\nRepublican presidential candidate Ted Vane quickly took to Twitter, "
            "writing: \"A terrible day. Our prayers go to the victims.\"\n\nDemocratic "
            "presidential candidate Ana Ruiz is disavowing remarks by a surrogate who said crowds "
            "shouldn't \"keep backing Wall Street stooges\" at a rally.\n")
    assert speaker_of(text, "terrible day") == "Ted Vane"
    # the words are the surrogate's, whose remarks Ruiz disavows (spk38: a "who said" relative
    # clause speaks for its antecedent; PolNeAR's annotator credited the candidate)
    assert speaker_of(text, "Wall Street stooges") == "surrogate"
