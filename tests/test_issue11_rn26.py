"""Issue 11 (baly_201610 first exposure): false classes fixed as classes, own snippets."""
from speaker_helpers import quotes_of


def test_a_video_posters_address_is_no_quotation():
    text = ("Senator reels as more critics emerge\n\n"
            'poster="http://video.example.com/images/1234/clip-vs.jpg?pubId=99" Senator reels '
            "as more critics emerge More critics spoke out on Tuesday.\n\n"
            "“We will keep going,” said campaign manager Ana Ruiz.\n")
    assert [q.text for q in quotes_of(text)] == ["We will keep going,"]


def test_an_html_attribute_or_a_file_path_is_no_quotation():
    text = ('Read the filing at "/files/2016/filing.pdf" and the data-id="clip_77" tag.\n\n'
            "“It is done,” said Mayor Bo Sands.\n")
    assert [q.text for q in quotes_of(text)] == ["It is done,"]


def test_a_quoted_single_word_is_still_a_quotation():
    text = "The mayor called the plan “reckless” on Monday.\n"
    assert [q.text for q in quotes_of(text)] == ["reckless"]


import pytest  # noqa: E402
from align_fixtures import rendering_changes  # noqa: E402



def _changes(a_text, b_text, relation):
    return rendering_changes(a_text, b_text, relation, speaker="The organiser")


@pytest.mark.parametrize("relation", ["derived", "near-rendering", "shared"])
@pytest.mark.parametrize("a,b", [
    ("then the crew goes and does the sh\u2014 on the street",
     "then the crew goes and does the shit on the street"),
    ("that was a f--- disaster for all of us", "that was a fucking disaster for all of us"),
    ("that was a f***ing disaster for all of us", "that was a fucking disaster for all of us"),
    ("then the crew goes and does the sh\u2014 on the street",
     "then the crew goes and does the s--- on the street"),
])
def test_an_expletive_masked_is_house_style(a, b, relation):
    """A letter-plus-dash or asterisk mask renders the word it starts (house style): never a
    change of wording, whichever way the other outlet prints it."""
    changes = _changes(a, b, relation)
    assert all(c == "orthographic" for c, _ in changes), changes


def test_a_mask_of_another_word_is_still_a_change():
    changes = _changes("then the crew goes and does the sh\u2014 on the street",
                       "then the crew goes and does the work on the street", "derived")
    assert any(c != "orthographic" for c, _ in changes), changes


from framing_helpers import flagged  # noqa: E402


@pytest.mark.parametrize("text", [
    "The debate was a gift to his rival and a disservice to the party he claims to represent.",
    "Critics see a gap between the elite and the voters they claim to represent.\n\nMore later.",
])
def test_the_stock_relative_clause_claim_to_represent_is_no_doubt(ruleset, text):
    assert [c for c, _ in flagged(ruleset, text, "QC301")] == []


@pytest.mark.parametrize("text, word", [
    ("The activist groups claim to represent most of the workers at the plant.", "claim"),
    # 'claim to be' keeps the warning alone in a relative clause introducing the claimant
    ("The clinic hired Jon Reed, who claimed to be a licensed doctor from the capital.",
     "claimed"),
])
def test_a_self_claim_with_what_follows_stays(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


def test_a_related_headline_line_ending_read_more_is_furniture(ruleset):
    text = ("The mayor took a clear lead in the new poll on Tuesday, officials said.\n\n"
            "Mayor slams rival's 'feeble excuse' after second debate Read more\n\n"
            "The poll put the mayor ahead by eleven points among likely voters.\n")
    assert flagged(ruleset, text, "QC302") == []


def test_the_same_verb_in_a_sentence_of_the_story_stays(ruleset):
    text = ("The mayor took a clear lead in the new poll on Tuesday, officials said.\n\n"
            "The mayor slams his rival's plan in a new advertisement. Read more\n")
    assert ("QC302", "slams") in flagged(ruleset, text, "QC302")


PULL = ("The council met on Tuesday to discuss the leaked documents about the budget.\n\n"
        "It is a disgraceful smear designed to hurt the mayor before the vote on Friday.\n\n"
        "Council spokesman Bo Sands says the office will not comment on any single document.\n\n"
        "\u201cIt is a disgraceful smear designed to hurt the mayor before the vote on Friday. "
        "We will not dignify it,\u201d Sands said.\n")


def test_a_pull_quote_repeating_a_later_quotation_is_the_speakers(ruleset):
    assert flagged(ruleset, PULL, "QC331") == []


def test_the_same_words_without_the_quotation_are_the_narrators(ruleset):
    text = PULL.replace("\u201cIt is a disgraceful smear designed to hurt the mayor before "
                        "the vote on Friday. We", "\u201cWe")
    assert ("QC331", "disgraceful") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("a,b", [
    ("we have to say--the vote is the vote", "we have to say\u2014the vote is the vote"),
    ("we have to say--the vote is the vote", "we have to say - the vote is the vote"),
    ("it was the TV--the set in the hall", "it was the TV, the set in the hall"),
])
def test_a_typed_dash_between_words_is_no_mask(a, b):
    assert all(c == "orthographic" for c, _ in _changes(a, b, "derived")) or \
        _changes(a, b, "derived") == []


def test_a_pull_quote_repeating_a_quotation_split_by_its_attribution_is_the_speakers(ruleset):
    text = PULL.replace("Friday. We will not dignify it,\u201d Sands said.",
                        "Friday,\u201d Sands said. \u201cWe will not dignify it.\u201d").replace(
        "hurt the mayor before the vote on Friday.\n", "hurt the mayor before the vote on "
        "Friday. We will not dignify it.\n", 1)
    assert flagged(ruleset, text, "QC331") == []


def test_a_pull_quote_found_in_a_later_paragraphs_quotation_and_one_inside_a_quotation(ruleset):
    # the pull quote repeats the second quoted paragraph, not the first (the keys of a
    # document are searched together); the first quotation's line is skipped as quoted
    text = PULL.replace("Sands said.\n", "Sands said.\n\n\u201cThe budget was read in full by "
                        "every member of the council before the vote,\u201d Ana Ruiz said.\n")
    text = text.replace("It is a disgraceful smear designed to hurt the mayor before the vote "
                        "on Friday.\n\n", "It is a disgraceful smear designed to hurt the mayor "
                        "before the vote on Friday.\n\nThe budget was read in full by every member "
                        "of the council before the vote.\n\n", 1)
    assert flagged(ruleset, text, "QC331") == []
