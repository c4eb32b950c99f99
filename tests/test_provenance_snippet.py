"""An aggregator's snippet (a headline and the story's first paragraph, nothing more) is the
story's copy when its one sentence is the story's opening sentence word for word; a one-sentence
text sharing a later sentence, or a lede retold in other words, is not."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

# (no headlines: the load stage marks a page's headline as furniture, make_doc does not)
STORY = ("A cyclist was badly hurt when a delivery van struck her on Harbour Road in Penmorva, "
         "and the van's driver has been arrested on suspicion of dangerous driving.\n\n"
         "Witnesses say the 41-year-old woman was thrown across two lanes by the impact shortly "
         "after eight on Thursday morning.\n\n"
         "She was taken to the county hospital, where her condition was described as serious.\n\n"
         "Officers stopped the van three streets away and the driver was held at the scene.\n\n"
         "The road was closed for four hours while collision investigators examined it.")
SNIPPET = ("A cyclist was badly hurt when a delivery van struck her on Harbour Road in Penmorva "
           "on Thursday, and the van's driver has been arrested on suspicion of dangerous "
           "driving.")


def _edges(docs):
    return {frozenset((e.source, e.derived)) for e in infer_provenance(docs, []).edges}


def test_a_snippet_of_the_first_paragraph_is_the_story_copy():
    docs = [make_doc("story.txt", STORY, "Harbour Times"), make_doc("agg.txt", SNIPPET,
                                                                    "Headline Digest")]
    assert frozenset(("story.txt", "agg.txt")) in _edges(docs)


def test_a_one_sentence_text_sharing_a_later_sentence_is_not_a_copy():
    later = ("The road was closed for four hours while collision "
             "investigators examined it.")
    docs = [make_doc("story.txt", STORY, "Harbour Times"), make_doc("brief.txt", later,
                                                                    "County Radio")]
    assert not _edges(docs)


def test_a_lede_retold_in_other_words_is_not_a_copy():
    retold = ("Police in Penmorva arrested a van driver on Thursday "
              "after a woman riding a bicycle on Harbour Road was seriously injured.")
    docs = [make_doc("story.txt", STORY, "Harbour Times"), make_doc("radio.txt", retold,
                                                                    "County Radio")]
    assert not _edges(docs)
