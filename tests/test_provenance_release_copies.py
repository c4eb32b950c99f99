"""Two trade outlets' write-ups of one company announcement that is not in the set are two
copies of the release (QC503, info), not one outlet reusing the other (QC501); a copy that
carries the other's own reporting, or copies of a news story quoting ordinary people, are
still told. A quotation both write-ups carry (the release's, with the attribution it
dictates) is no evidence of copying; one that an outlet obtained itself ("told <Outlet>") is."""
from provenance_synth import make_doc

from quotecheck.model import Quote
from quotecheck.provenance.infer import infer_provenance
from quotecheck.quotes.extract import extract_story_quotes

QUOTE = ("“The Kestrel Bank expansion shows what a long-term partnership between a developer "
         "and a port can deliver for the region,” said Mara Lindqvist, chief executive of "
         "Harbour Grid.")
FIRST = [
    "Harbour Grid has agreed to buy the 120MW Kestrel Bank wind farm off the coast of Norfolk "
    "from Tidewater Renewables for an undisclosed sum.",
    "The deal takes Harbour Grid's offshore portfolio to 1.4GW and is expected to close in "
    "the third quarter, subject to regulatory approval.",
    "Kestrel Bank has been operating since 2019 and supplies power to about 90,000 homes "
    "across East Anglia.",
    "The wind farm's 32 turbines will be serviced from a new operations base at the port of "
    "Wellsmouth, which will employ 45 technicians.",
    QUOTE,
    "Harbour Grid plans to double the base's workforce once a second phase of 200MW is "
    "consented in 2025.",
]
SECOND = [
    "Harbour Grid is to acquire the 120MW Kestrel Bank offshore wind farm off Norfolk from "
    "Tidewater Renewables for an undisclosed sum.",
    "The deal takes Harbour Grid's offshore portfolio to 1.4GW and is expected to close in "
    "the third quarter, subject to regulatory approval.",
    "Kestrel Bank has been operating since 2019 and supplies power to about 90,000 homes in "
    "East Anglia.",
    "The wind farm's 32 turbines will be serviced from a new operations base at the port of "
    "Wellsmouth, employing 45 technicians.",
    QUOTE,
]


def _run(texts, outlets=("Windpower Weekly", "Offshore Monitor"),
         dates=("2021-06-07", "2021-06-08")):
    docs = [make_doc(f"{k}.txt", "\n\n".join(t), o, d)
            for k, (t, o, d) in enumerate(zip(texts, outlets, dates))]
    res = infer_provenance(docs, extract_story_quotes(docs))
    return res, {d.document: d for d in res.detections if d.rule_type == "provenance"}


def test_two_write_ups_of_one_unseen_release_are_shared_text_not_reuse():
    res, told = _run([FIRST, SECOND])
    assert told, "the copies are still related"
    assert all(d.args.get("kind") == "shared-text" for d in told.values())
    assert [sorted(f.members) for f in res.families] == [["0.txt", "1.txt"]]


def test_a_copy_carrying_the_others_own_reporting_is_still_reuse():
    own = FIRST[:3] + ["A Harbour Grid spokesperson told Windpower Weekly that the price "
                       "valued the wind farm at well above its book value."] + FIRST[3:]
    copied = SECOND[:3] + ["A Harbour Grid spokesperson told Windpower Weekly that the price "
                           "valued the wind farm at well above its book value."] + SECOND[3:]
    res, told = _run([own, copied])
    assert told and all("kind" not in d.args for d in told.values())
    assert not res.families


def test_copies_quoting_people_without_an_officers_title_stay_reuse():
    witness = ("“The boats came in one after another and nobody knew where to go,” said "
               "Tom Fenwick, who runs a cafe on the quay.")
    res, told = _run([FIRST[:4] + [witness], SECOND[:4] + [witness]])
    assert told and all("kind" not in d.args for d in told.values())


def test_write_ups_a_week_apart_are_not_taken_for_one_release():
    res, told = _run([FIRST, SECOND], dates=("2021-06-01", "2021-06-12"))
    assert told and all("kind" not in d.args for d in told.values())


LINDQVIST = ("Harbour Grid chief executive Mara Lindqvist said: “The Kestrel Bank expansion "
             "shows what a long-term partnership between a developer and a port can deliver "
             "for the region and for the thousands of people who work in offshore wind.”")
INDEPENDENT_A = [
    "Harbour Grid will buy the 120MW Kestrel Bank wind farm off Norfolk from Tidewater "
    "Renewables, its first acquisition outside Scotland.",
    "The deal lifts Harbour Grid's offshore portfolio to 1.4GW and should close in the third "
    "quarter once regulators approve it.",
    LINDQVIST,
    "Analysts at one broker said the price looked full but the assets were well run.",
    "Shares in the company rose 3% in early trading in London on the news.",
    "The company did not say how it would fund the purchase or whether it would sell other "
    "assets to pay for it.",
    "Its last bond issue, in March, was three times oversubscribed.",
    "A trade union representing port workers welcomed the promise of new jobs.",
]
INDEPENDENT_B = [
    "Tidewater Renewables is selling the 120MW Kestrel Bank wind farm off Norfolk to Harbour "
    "Grid as it refocuses on solar farms in Spain.",
    "The sale lifts Harbour Grid's offshore portfolio to 1.4GW and should close in the third "
    "quarter once regulators sign it off.",
    LINDQVIST,
    "Tidewater said the proceeds would pay down debt taken on during a failed bid for a "
    "Danish developer in 2020.",
    "Its chairman is due to step down at the annual meeting next month.",
    "The company has cut 120 jobs at its Aberdeen office since January.",
    "Its Spanish pipeline includes eleven solar parks in Andalusia and Extremadura.",
    "Tidewater's shares were unchanged in Madrid.",
]


def test_independent_write_ups_sharing_only_the_releases_quotation_are_unrelated():
    res, told = _run([INDEPENDENT_A, INDEPENDENT_B])
    assert not res.edges and not told


def test_a_shared_quotation_an_outlet_obtained_itself_still_counts():
    from quotecheck.provenance.derivation import key_weights, prepare
    from quotecheck.provenance.pairfeatures import measure, quote_shingles

    said = ("Jo Marsh, director of policy at the Coastal Trust, told Windpower Weekly that the "
            "sale was “a test of whether the new owner will keep its promises to the port”.")
    a = make_doc("a.txt", "\n\n".join(INDEPENDENT_A[:2] + [said]), "Windpower Weekly")
    b = make_doc("b.txt", "\n\n".join(INDEPENDENT_B[:2] + [said]), "Offshore Monitor")
    quotes = [Quote("q", d.id, d.text.index("a test"), d.text.index("port”") + 4,
                    "a test of whether the new owner will keep its promises to the port")
              for d in (a, b)]
    ta, tb = prepare(a, quotes[:1]), prepare(b, quotes[1:])
    weight = key_weights({}, 2)
    feats = measure(ta, tb, weight, quote_shingles(ta), quote_shingles(tb), set(), set(),
                    None, None, {})
    assert feats.close >= 1   # the outlet's own reporting, taken with its quotation


def test_a_copy_telling_in_its_own_words_whom_a_statement_was_given_to_credits_it():
    """The parent wrote "emailed Windpower Weekly"; the copy says "told Windpower Weekly" in
    its own sentence: it names its source (only a "told" clause printed in both is copied)."""
    own = FIRST[:3] + ["A Harbour Grid spokesperson emailed Windpower Weekly to say the price "
                       "valued the wind farm at well above its book value."] + FIRST[3:]
    copied = SECOND[:3] + ["The price valued the wind farm well above book value, the company "
                           "told Windpower Weekly."] + SECOND[3:]
    res, told = _run([own, copied])
    assert not [d for d in told.values() if "kind" not in d.args]
