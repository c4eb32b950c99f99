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
