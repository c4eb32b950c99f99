"""Derivation against independent reporting on real multi-outlet news (issue 11, provenance
F1), one test per failure class: loose paraphrases of one event's facts, one shared statement
line, an outlet's newsletter box glued into its stories, a social post embedded on one line,
a capture without spaces between sentences. Snippets are written in the shape of what scraped
pages showed; none is corpus text."""
from __future__ import annotations

import pytest
from provenance_synth import make_doc

from quotecheck.provenance.derivation import split_sentences
from quotecheck.provenance.infer import infer_provenance
from quotecheck.load.furniture import classify
from quotecheck.load.furniture import rules as furniture_rules
from quotecheck.load.lineshape import signed_post_lines

# unrelated stories of other outlets: they give the set realistic word rarity
OTHER = [
    "The city council approved a new budget for the public library on Tuesday. The vote was "
    "seven to two after a long debate about opening hours. Librarians had asked for more staff "
    "on weekends. The mayor said the money would come from a parking fund. Residents will see "
    "longer hours from March.",
    "A local bakery won a regional prize for its rye bread this weekend. The owners started "
    "the business in a garage twelve years ago. Judges praised the crust and the sour taste. "
    "The bakery plans to open a second shop near the station. Queues formed outside on Sunday "
    "morning.",
    "Heavy snow closed two mountain passes in the north overnight. Drivers were told to carry "
    "chains and blankets. The roads agency said ploughs would work through the night. Several "
    "villages lost power for a few hours. Schools in the valley will open late on Monday.",
]


def edges(docs: list) -> set:
    others = [make_doc(f"other{i}.txt", t, f"Outlet {i}") for i, t in enumerate(OTHER)]
    return {(e.source, e.derived, e.relation) for e in infer_provenance(docs + others, []).edges}


# -- two reports of one event paraphrase some of its facts in the same order ----------------
FERRY_A = (
    "A fire broke out on a passenger ferry in the harbour of Port Ellery on Saturday evening, "
    "forcing 140 people to leave the vessel. The blaze started in the engine room shortly after "
    "the ferry left the quay, the coastguard said. Crews from three lifeboat stations helped "
    "bring the passengers back to shore. Two crew members were taken to hospital with smoke "
    "injuries, officials said. The ferry company said it had cancelled all crossings until "
    "Tuesday. Local shops stayed open late to offer tea and blankets to the passengers. The "
    "harbour master praised the calm of the people on board. An inquiry into the cause of the "
    "fire will begin next week.")
FERRY_B = (
    "Passengers described scenes of panic as smoke filled the lounge of the Port Ellery ferry. "
    "About 140 passengers were evacuated from the ferry on Saturday after a fire in its engine "
    "room, according to the coastguard. Lifeboats from nearby stations took the passengers off "
    "the ship and back to the harbour. One woman said she had been travelling to visit her "
    "grandchildren. Two members of the crew were treated in hospital for smoke inhalation. The "
    "operator has suspended crossings until Tuesday while engineers inspect the ship. It is the "
    "second fire on the route in four years. The operator said safety was its first priority.")


# -- ... four facts each retold closely in the same order, none kept word for word ------
BOUT_A = (
    'Marta Kovalenko kept her WBC and IBO lightweight title belts by stopping Brazilian '
    'challenger Lia Santos in the seventh round in Lyon on Saturday. The Ukrainian champion'
    ' had not lost a fight in six years before the bout at the Palais des Sports. Santos '
    'never recovered from a heavy left hook from Kovalenko near the end of the sixth round.'
    ' The contest was over when Santos went down again early in the seventh. It was the '
    "31-year-old's 27th win, 19 of them inside the distance. Kovalenko and her sister Olena"
    ' have ruled the lightweight class for most of the decade. Santos first met Kovalenko '
    'in 2019, when the Brazilian lost on points after twelve rounds.')
BOUT_B = (
    'Marta Kovalenko stopped Lia Santos in the seventh round to hold on to her WBC and IBO '
    'lightweight title belts Saturday night in Lyon. Kovalenko dropped Santos with a heavy '
    'left hook near the end of the sixth round at the Palais des Sports, and the Brazilian '
    'was slow to rise. The champion put Santos down again early in the seventh round and '
    'the contest was soon over. A crowd of 9,000 had filled the arena by the time of the '
    'main event. Kovalenko said she had expected a harder fight. Santos, the mandatory '
    'challenger named by the WBC, fell to 22-4. The two had last fought in 2019, when '
    'Kovalenko won on points over twelve rounds. Promoters hope to stage a unification bout'
    ' in the spring.')


@pytest.mark.parametrize("text_a,text_b", [
    # four facts align in order, each loosely (similarity 0.36-0.59)
    (FERRY_A, FERRY_B),
    # four facts align in order, three of them close (0.62-0.83), yet no sentence keeps its
    # wording and no narration run is carried over (a rewrite made a family of an
    # independent report and every copy of a wire story)
    (BOUT_A, BOUT_B),
], ids=["loosely", "closely-none-word-for-word"])
def test_independent_reports_retelling_one_events_facts_in_order_are_not_a_rewrite(text_a,
                                                                                    text_b):
    docs = [make_doc("a.txt", text_a, "Coast Gazette"), make_doc("b.txt", text_b, "Harbour Times")]
    assert edges(docs) == set()


# -- one statement line word for word and one close sentence, among many -------------------
SHARED = ("Initial findings of the accident investigators show that the tram left the rails on "
          "a sharp bend where the speed limit is twelve miles an hour.")
TRAM_A = (
    "Seven people died when a tram overturned in heavy rain near Millbrook station early on "
    "Wednesday. Witnesses said the carriages tipped onto their side next to an underpass. More "
    "than fifty passengers were hurt, sixteen of them seriously. Firefighters worked for hours "
    f"to free people trapped in the wreckage. {SHARED} The driver, a man of forty-two, was "
    "arrested on suspicion of manslaughter and later released on bail. The network carried more "
    "than twenty million passengers last year according to the operator. Flowers were laid at "
    "the stop by the morning commuters. The operator said services on the line would stay "
    "suspended for several days. A vigil is planned for Sunday evening at the parish church.")
TRAM_B = (
    "A survivor of the Millbrook tram crash said the vehicle seemed to speed up before it "
    "tipped over. She said passengers were thrown across the carriage and the lights went out. "
    "Police confirmed seven deaths and said the names would be released once families were "
    f"told. {SHARED} The network carries over twenty million passengers a year, the operator "
    "said. Union leaders called for an urgent review of night shifts. The local football club "
    "asked fans to hold a minute of applause at the next home match. Engineers began lifting "
    "the carriages back onto the track on Thursday. The council opened a book of condolence at "
    "the town hall. Bus replacement services will run until further notice.")
LIFTED = ("Engineers from the operator were seen measuring the rails near the underpass on "
          "Thursday morning before the carriages were lifted.")


def test_one_shared_statement_line_among_many_sentences_is_not_partial_reuse():
    docs = [make_doc("a.txt", TRAM_A, "Metro Daily"), make_doc("b.txt", TRAM_B, "Evening Courier")]
    assert edges(docs) == set()


def test_a_second_sentence_lifted_word_for_word_is_partial_reuse():
    a = TRAM_A.replace("Flowers were laid at the stop by the morning commuters.", LIFTED)
    b = TRAM_B.replace("Engineers began lifting the carriages back onto the track on Thursday.",
                       LIFTED)
    docs = [make_doc("a.txt", a, "Metro Daily"), make_doc("b.txt", b, "Evening Courier")]
    assert {r for _, _, r in edges(docs)} == {"partial"}


# -- an outlet's newsletter box, glued into a paragraph of each of its stories --------------
BOX = ("Newsletter Sign Up Keep reading the main story {blurb} Please confirm that you are a "
       "person by ticking the box below. That email address does not look right, please type it "
       "again. You need to choose at least one of our newsletters to subscribe. Sign Up You agree "
       "to receive occasional offers and updates about the Ledger's products and services. "
       "Thanks for signing up to our morning briefing. Something went wrong on our side, please "
       "try again in a few minutes. See every newsletter of the Ledger.")
BLURBS = ["Get the best of local politics in your inbox.", "Food writers pick the week's best tables.",
          "Our weather desk explains the week ahead.", "Health news you can use, every Thursday."]
LEDGER = [
    "A youth orchestra from the valley will tour four countries this summer. The players are "
    "aged between twelve and eighteen. Parents raised most of the money with concerts and a raffle. "
    "The conductor said the tour would end with a concert in the capital. Tickets go on sale in May.",
    "The old cinema on Quay Street will reopen as a community arts centre next spring. A trust "
    "bought the building after a long campaign. Volunteers have already cleared the stalls and the "
    "projection room. The first season will include films, talks and a children's theatre. Local "
    "firms have offered free paint and timber.",
    "Anglers reported the largest salmon run in a decade on the upper river this autumn. The "
    "water board credits a new fish pass at the weir. Counts at the pass doubled since last year. "
    "Ecologists warned that warm summers could still reverse the gains. A survey of the spawning "
    "beds will follow in winter.",
]
HOSPITAL = ("The county hospital opened a new maternity wing on Friday after three years of building "
            "work. Forty beds were added. Midwives said the old wards had been cramped for years. "
            "The health minister cut the ribbon and toured the unit. The first baby was born there "
            "within hours.")


def _with_box(story: str, blurb: str) -> str:
    one, two, rest = story.split(". ", 2)
    return f"{one}. {two}.\n\n{BOX.format(blurb=blurb)}\n\n{rest}"


def test_an_outlets_newsletter_box_links_none_of_its_stories():
    stories = [LEDGER[0], LEDGER[1], HOSPITAL, LEDGER[2]]
    docs = [make_doc(f"ledger{i}.txt", _with_box(s, BLURBS[i]), "Daily Ledger")
            for i, s in enumerate(stories)]
    # a second version of one story on the site, and a copy of another on a second site
    docs.append(make_doc("ledger2-v2.txt", _with_box(HOSPITAL + " Visiting hours start on Monday.",
                                                     BLURBS[2]), "Daily Ledger"))
    docs.append(make_doc("copy.txt", HOSPITAL, "County Echo"))
    found = {(a, b) for a, b, _ in edges(docs)}
    assert found == {("ledger2.txt", "ledger2-v2.txt"), ("ledger2.txt", "copy.txt")}


# -- a social post embedded on one line, printed by two reports ----------------------------
POST = ("We decided over the holidays to go our separate ways. No drama, no fight. We live on "
        "different continents and it got hard. Please stop asking us how the other one is "
        "doing. \u2014 Jo Marlow (@jomarlow) February 5, 2018")


def test_a_social_post_two_reports_embed_is_a_quotation_not_shared_narration():
    a = ("Comedian Jo Marlow announced on Monday that she and the actor Ben Tarrant have split "
         f"after four years together.\n\n{POST}\n\nThe couple met on the set of a cable drama in "
         "which Marlow had a small recurring part.\n\nTarrant, who lives in Cardiff, has not "
         "commented.")
    b = ("Jo Marlow and Ben Tarrant are no longer a couple.\n\nThe 47-year-old comic broke the "
         f"news to her followers:\n\n{POST}\n\nA tabloid noted that she borrowed the wording of a "
         "famous celebrity divorce.")
    docs = [make_doc("a.txt", a, "Showbiz Wire"), make_doc("b.txt", b, "Celeb Daily")]
    assert edges(docs) == set()


def test_signed_posts_are_lines_ending_in_a_post_signature():
    text = (f"Intro of the story.\n{POST}\nHe wrote on Twitter (@jomarlow) that he would reply "
            "later - and the story goes on for a while after that remark, as stories do.\n"
            "\u2014 Jo Marlow (@jomarlow) February 5, 2018")
    spans = signed_post_lines(furniture_rules().embed_signatures, text)
    assert [text[s:e] for s, e in spans] == [POST]
    # what a capture prints after the date (a time, a link's label) still closes a post
    for tail in (" at 10:01am PST", " Report"):
        line = POST + tail
        assert signed_post_lines(furniture_rules().embed_signatures, line) == [(0, len(line))]


def test_a_signed_post_line_is_an_embedded_post_for_the_load_stage_too():
    text = f"Headline Here\n\nIntro of the story, which runs on a bit.\n\n{POST} Report\n"
    assert ("embedded-post", text.index(POST), text.index(POST) + len(POST) + 7) in [
        (k, s, e) for s, e, k in classify(text)]


# -- a capture that lost the spaces between sentences --------------------------------------
SATELLITE = (
    "MOSCOW: Space engineers say they have regained control of the weather satellite launched "
    "earlier this week.\n\nThe satellite reached its planned orbit after Tuesday's launch from "
    "the northern pad, but engineers could not make contact at first.\n\nThe state company that "
    "built the craft said on Friday that its teams had finally received data showing that all "
    "systems work.\n\nThe fault followed a failed launch in November, which drew attention to "
    "the industry's problems.\n\nA spokesman said the failures called for a thorough analysis.")


def test_sentences_glued_without_a_space_are_split():
    text = 'It launched this week.The craft is fine. Mr. Lee agreed. U.S.Army units. A place."My view.'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "It launched this week.", "The craft is fine.", "Mr. Lee agreed.", "U.S.Army units.",
        'A place."', "My view."]


def test_a_copy_captured_without_spaces_between_sentences_is_still_found():
    glued = SATELLITE.replace("\n\n", "").replace(". ", ".")
    docs = [make_doc("a.txt", SATELLITE, "Globe Desk"), make_doc("b.txt", glued, "Asia Online")]
    assert {(a, b) for a, b, _ in edges(docs)} in ({("a.txt", "b.txt")}, {("b.txt", "a.txt")})


# -- a short first version of a wire story shares its lede, not its siblings' text ----------
CRASH = [
    "A small plane carrying ten tourists and two pilots crashed into a forest near the coast of "
    "Palmera on Sunday, killing everyone on board, the government said.",
    "The aviation office released photographs of the burning wreckage on a hillside above the beach.",
    "A government statement said the plane belonged to a local charter company and had left the "
    "resort airstrip minutes earlier.",
    "Officials did not release the names or the home countries of the passengers.",
    "The charter company said it was working with investigators and had grounded its other planes.",
    "Rescue teams reached the site after a three-hour walk through dense forest.",
    "Heavy rain had fallen along the coast for most of the afternoon, forecasters said.",
    "The airstrip serves several hotels and is closed to larger aircraft.",
    "Relatives of the victims began arriving at the capital's airport late on Monday.",
    "The president declared three days of national mourning.",
    "Investigators from the plane's maker are expected on Wednesday.",
    "It is the deadliest air crash in the country in two decades."]


def test_a_short_first_version_unrelated_to_the_other_copies_stays_out_of_the_family():
    dateline = "PALMERA CITY (AP) \u2014 "
    full, copy = dateline + " ".join(CRASH), dateline + " ".join(CRASH[4:])
    short = dateline + " ".join(CRASH[:4]) + " More details were expected later in the day."
    docs = [make_doc("full.txt", full, "Capital Post"), make_doc("short.txt", short, "Capital Post"),
            make_doc("c1.txt", copy, "Island Herald"),
            make_doc("c2.txt", copy.replace("Heavy rain", "Heavy showers"), "Morning Star")]
    res = infer_provenance(docs, [])
    assert [f.members for f in res.families] == [["c1.txt", "c2.txt", "full.txt"]]
    assert {(e.source, e.derived, e.relation) for e in res.edges if "short.txt" in
            (e.source, e.derived)} == {("short.txt", "full.txt", "update")}


# -- two agencies' copies of one event: each carries its own wire's dateline ---------------
def test_two_wires_reports_of_one_event_are_not_one_text():
    ap = "PALMERA CITY (AP) \u2014 " + " ".join(CRASH[:8])
    reuters = (
        "PALMERA CITY (Reuters) - A small plane with ten tourists and two pilots on board crashed "
        "into a forest near Palmera's coast on Sunday, killing all aboard, the government said. "
        "The aviation office released pictures of burning wreckage on a hillside above a beach. "
        "The plane belonged to a local charter company and had taken off from the resort "
        "airstrip minutes before, a government statement said. Officials did not give the names "
        "or nationalities of the passengers. The charter firm said it was helping investigators "
        "and had grounded the rest of its fleet. Rescuers reached the crash site after walking "
        "for three hours through thick forest.")
    docs = [make_doc("ap.txt", ap, "Capital Post"), make_doc("rt.txt", reuters, "Island Herald")]
    assert edges(docs) == set()


# -- two lists of the same people ----------------------------------------------------------
RULING_A = (
    "The state high court struck down the county's new zoning map on Tuesday. Judge Mara "
    "Quill, writing for the court, said the map ignored the county's own planning rules. "
    "Quill was joined in the ruling by Chief Judge Owen P. Hart and Judges Lena Ruiz, Tom "
    "Becket, Ada Stone and Paul Weir. Judges Nina Vale, Carl Dorn and Ivo Marsh dissented. "
    "The county executive said her office would redraw the districts before the spring "
    "filing deadline. Builders had waited two years for the map. A hearing on costs is set "
    "for next month.")
RULING_B = (
    "Homeowners in the river towns cheered after judges threw out the county zoning plan. "
    "Judge Mara Quill, writing for the majority, called the case a test of local democracy. "
    "She was joined by Chief Judge Owen P. Hart and Judges Lena Ruiz, Tom Becket, Ada Stone "
    "and Paul Weir. Dissenting were Judges Carl Dorn, Nina Vale and Ivo Marsh. Several "
    "neighbourhood groups had sued over the plan last winter. Their lawyer said the county "
    "should start again with public meetings. The planning board declined to comment.")


def test_two_reports_listing_the_same_judges_are_not_partial_reuse():
    # who joined and who dissented is written alike by any two reporters of one ruling
    docs = [make_doc("a.txt", RULING_A, "Valley Herald"),
            make_doc("b.txt", RULING_B, "River Post")]
    assert edges(docs) == set()
