"""Quote families: independent translations of one utterance in a busy story stay together.

Translations share the utterance's names and topic words but not its wording. In a story
where the speaker is quoted often, those words are in more of the speaker's renderings than
the rare-stem cap, so only the story-level link (half the content stems, within one speaker
and one story) puts the translations in one family.
"""
from quotecheck.archive.familylink import link, renderings

SPEAKER = "Lucia Zarvenka"


def rendering(story: str, n: int, text: str) -> dict:
    return {"story": story, "id": f"q{n}", "document": f"d{n:03d}", "speaker": SPEAKER,
            "family_speaker": SPEAKER, "text": text, "start": 0, "cluster": None,
            "parent": None, "difference": None, "outlet": f"Outlet {n}",
            "published": f"2026-01-{1 + n % 28:02d}T08:00:00+00:00", "root": f"d{n:03d}"}


def families(rows: list) -> dict:
    rends = renderings(rows)
    roots = link(rends)
    return {r["document"]: roots[i] for i, r in enumerate(rends)}


def test_translations_of_one_utterance_in_a_busy_story_are_one_family():
    rows = [rendering("story-a", 1, "The vineyard belongs to the citizens of Lumawick and "
                                    "no one can seize it,"),
            rendering("story-a", 2, "The vineyard is owned by the citizens of Lumawick and "
                                    "no one can seize it,")]
    # the speaker's other remarks, in other stories, make the topic words common
    rows += [rendering(f"story-{n}", n, f"Citizens of Lumawick will seize the vineyard "
                                        f"harvest number{'abcdefghijklmnopqrstuvwxyz'[n]}")
             for n in range(3, 26)]
    found = families(rows)
    assert found["d001"] == found["d002"]
    assert found["d003"] != found["d001"]


def test_different_remarks_of_one_speaker_in_one_story_stay_apart():
    rows = [rendering("story-a", 1, "The vineyard belongs to the citizens of Lumawick and "
                                    "no one can seize it,"),
            rendering("story-a", 2, "We will have the vineyard back in operation in "
                                    "seventeen months,")]
    found = families(rows)
    assert found["d001"] != found["d002"]
