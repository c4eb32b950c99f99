"""Failure classes of an archive of newswire stories spanning years (DUC 2006 shaped): stories
of one topic published months apart, syndicate notices to editors, AP's 'On the Net' links.
Our own snippets, shaped like that data; none of its text."""
from __future__ import annotations

import json
from pathlib import Path

from quotecheck.cli import main


def _write(folder: Path, files: dict, meta: dict) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "quotecheck-corpus.toml").write_text("".join(
        f'[files."{name}"]\noutlet = "{outlet}"\npublished = "{day}"\n\n'
        for name, (outlet, day) in meta.items()), encoding="utf-8")
    return folder


def _compare(capsys, folder: Path) -> dict:
    main(["compare", str(folder), "--format", "json", "--fail-on", "never", "--quiet"])
    return json.loads(capsys.readouterr().out)


BLASTS = ("Blasts Hit Garrison Towns\n\nMOSCOW, July 3 (Xinhua) -- Rebels set off truck bombs in "
          "three towns of the region, officials said.\n\nA car bomb explosion killed at least 25 "
          "people overnight in the town of Argun, the regional governor said.\n")
SHELLING = ("Shelling Continues in the South\n\nGROZNY (AP) -- Artillery pounded villages south "
            "of the capital as refugees crowded the border posts.\n\nAn explosion at a market "
            "killed 10 people overnight, the local police chief said, and dozens were wounded.\n")


def test_a_relative_time_is_one_time_only_within_a_news_cycle(capsys, tmp_path):
    """'overnight' in stories eight months apart is two nights: their tolls are two events."""
    files = {"a.txt": BLASTS, "b.txt": SHELLING}
    apart = _write(tmp_path, files, {"a.txt": ("Xinhua News Agency", "2000-07-03"),
                                     "b.txt": ("Associated Press", "1999-11-01")})
    assert [f for f in _compare(capsys, apart)["findings"] if f["code"] == "QC401"] == []
    near = _write(tmp_path, files, {"a.txt": ("Xinhua News Agency", "2000-07-03"),
                                    "b.txt": ("Associated Press", "2000-07-02")})
    found = [f for f in _compare(capsys, near)["findings"] if f["code"] == "QC401"]
    assert [f["document"] for f in found] == ["b.txt"]


NOTICE = ("ATTENTION EDITORS: This feature from NORTHERN NEWS SERVICE for\n\n"
          "{day}, is available as a ``separate-buy.'' For\n\n"
          "information about buying it, contact MARTA QUINN of\n\n"
          "the Example Syndicate at 1-555-210-3344; fax, 555-210-3399;\n\n"
          "e-mail: quinn(at)example.com.)\n\n")
SALES = ("EDITOR: Visit the Example Syndicate Web site at http://www.example.com/syndicate for "
         "more information on the FEATURES package and other services.\n\n"
         "NONSUBSCRIBERS: To publish a ``separate-buy'' feature, it must be bought. Please "
         "contact one of these sales desks:\n\n"
         "--U.S. and Canada: MARTA QUINN in Ohio at 1-555-210-3344; fax, 555-210-3399.\n\n"
         "--Europe and Asia: LENA BRANDT in Hamburg at 40-11-22-33; fax, 40-11-22-34.\n")
GARDEN = ("Gardeners Turn to Native Plants\n\n" + NOTICE.format(day="Tuesday, May 9") +
          "By ROSA VEGA\n\nTOLEDO, Ohio _ Backyard growers across the region are tearing out "
          "lawns and planting prairie grasses that need no watering in summer.\n\n"
          "Nurseries report that sales of milkweed and coneflower doubled this spring, and "
          "county extension offices are holding weekend classes on seed saving.\n\n" + SALES)
PENSIONS = ("Retirees Weigh Pension Buyouts\n\n" + NOTICE.format(day="Friday, Oct. 20") +
            "By SAM ORTIZ\n\nDAYTON, Ohio _ Thousands of former factory workers must decide by "
            "December whether to take a lump sum or keep a monthly check for life.\n\n"
            "Financial planners warn that the buyout figures assume interest rates that few "
            "retirees could earn on their own savings.\n\n" + SALES)


def test_a_syndicate_notice_to_editors_links_no_stories(capsys, tmp_path):
    """Two features of one news service share only its notice to editors and sales desks:
    that is the service's chrome, no derivation."""
    folder = _write(tmp_path, {"a.txt": GARDEN, "b.txt": PENSIONS},
                    {"a.txt": ("New York Times News Service", "2000-05-09"),
                     "b.txt": ("New York Times News Service", "2000-10-20")})
    assert _compare(capsys, folder)["provenance"] == []


SPELLERS = ("Home Learners Shine at the Bee\n\nBy ANN TRAN\n\nWASHINGTON _ Children taught at "
            "home took three of the top ten places at this year's national spelling bee, and "
            "their parents say the results settle an old argument.\n\n``The results speak for "
            "themselves,'' said Mark Ellis, president of the Home Learning Alliance in "
            "Purcellville, Va.\n\nThe number of children taught at home has doubled in a decade, "
            "according to federal estimates, though no one counts them precisely.\n")
GEOGRAPHY = ("Home-Schooled Boy Wins Geography Bee\n\nBy LEE PARK, Associated Press Writer\n\n"
             "WASHINGTON (AP) -- A 13-year-old taught by his mother at home won the national "
             "geography bee Wednesday, answering a question on the rivers of Asia.\n\n``We are "
             "not surprised at all,'' said Mark Ellis, president of the Home Learning Alliance "
             "in Purcellville, Va.\n\nThe boy receives a scholarship and a trip to the Galapagos "
             "Islands, organizers said.\n")


def test_an_agencys_page_a_year_later_is_no_source_of_a_line_it_shares(capsys, tmp_path):
    """An agency's story published a year after a newspaper's shares one line with it (a
    speaker's name and title): one line against the agency's own text suffices only within
    days; a year apart it is no reuse either way, and never reuse from the future."""
    folder = _write(tmp_path, {"nyt.txt": SPELLERS, "ap.txt": GEOGRAPHY},
                    {"nyt.txt": ("New York Times News Service", "1999-06-03"),
                     "ap.txt": ("Associated Press", "2000-06-08")})
    report = _compare(capsys, folder)
    assert report["provenance"] == []
    assert [f for f in report["findings"] if f["code"] == "QC501"] == []


BACKGROUND = ("Each year parents struggle to fit dozens of child seat models into hundreds of "
              "kinds of cars, and safety officials say most seats are installed wrongly.\n\n"
              "Crashes are the main cause of death for children over five, and a seat used "
              "properly halves the risk of a fatal injury, federal figures show.\n\n"
              "Hall proposed a network of fitting stations at dealerships, clinics and fire "
              "houses where trained staff would check each seat for free.\n")


def test_an_agencys_own_page_months_later_is_not_the_source(capsys, tmp_path):
    """A newspaper's story and, eight months later, an agency's own story that reuses its
    three background paragraphs: the later text cannot be the origin of the earlier one."""
    paper = ("Dealers to Check Child Seats\n\nBy JO REED\n\nDETROIT _ A carmaker will train "
             "staff at a fifth of its dealerships to check child seats for parents, starting "
             "next month.\n\n" + BACKGROUND)
    agency = ("Carmakers Criticized on Child Seats\n\nBy KIM LOWE, Associated Press Writer\n\n"
              "WASHINGTON (AP) -- Safety advocates said Tuesday that carmakers have been slow to "
              "make rear seats fit the child seats parents buy.\n\n" + BACKGROUND)
    folder = _write(tmp_path, {"paper.txt": paper, "ap.txt": agency},
                    {"paper.txt": ("Detroit Courier", "1999-06-03"),
                     "ap.txt": ("Associated Press", "2000-02-09")})
    edges = _compare(capsys, folder)["provenance"]
    assert [(e["source"], e["derived"]) for e in edges] == [("paper.txt", "ap.txt")]


def test_insisted_upon_is_a_demand_like_insisted_on():
    """'the worn look the director has insisted upon' demands; it doubts no words."""
    from quotecheck.framing.senses import other_sense

    text = "The sets have the worn look the director has insisted upon for his films."
    start = text.index("insisted")
    assert other_sense(text, start, start + len("insisted"), "insist")


def _package(day: str, captions: list) -> str:
    return ("The Example Times News Service\n\n" + "".join(
        f"(EXT{30 + k}) {place} -- {day} -- {slug} -- {words} ({credit}/Example Times Photo)\n\n"
        for k, (place, slug, words, credit) in enumerate(captions)))


def test_photo_credits_of_two_photo_packages_link_no_stories(capsys, tmp_path):
    """A news service's photo packages of two days share its photographers' credit lines
    ("(Ann Lee/Example Times Photo)"): captions, not text either package derives."""
    first = _package("Oct. 28, 1998", [
        ("DENVER", "SNOW-STORM", "Plows clear a highway after the first snow of the season.",
         "Ann Lee"),
        ("BOSTON", "HARBOR-CLEANUP", "Volunteers pull tires from the harbor on Saturday.",
         "Raj Patel"),
        ("MIAMI", "CRUISE-PORT", "A new terminal opens for the winter cruise season.",
         "Carla Diaz")])
    second = _package("Oct. 20, 1999", [
        ("SEATTLE", "FERRY-STRIKE", "Commuters wait at the dock as crews walk off the job.",
         "Ann Lee"),
        ("HOUSTON", "REFINERY-FIRE", "Smoke rises over the ship channel on Tuesday night.",
         "Raj Patel"),
        ("CHICAGO", "LAKE-LEVELS", "The lake has fallen two feet since the spring, engineers say.",
         "Carla Diaz")])
    folder = _write(tmp_path, {"a.txt": first, "b.txt": second},
                    {"a.txt": ("New York Times News Service", "1998-10-28"),
                     "b.txt": ("New York Times News Service", "1999-10-20")})
    assert _compare(capsys, folder)["provenance"] == []


def test_a_title_with_its_subtitle_in_quote_marks_is_a_title(capsys, tmp_path):
    """``Star Wars: Episode I _ The Phantom Menace'' (NYT wire marks and dash) names a work
    however long it is and whatever comes before it; a sentence with a colon stays speech."""
    text = ("Fans lined up for tickets to the long-awaited ``Galaxy Quest: Episode II _ The "
            "Silent Storm.'' The line grew all night.\n\n``Our message is simple: Come early,'' "
            "the manager said.\n")
    path = tmp_path / "fans.txt"
    path.write_text(text, encoding="utf-8")
    main(["quotes", str(path), "--format", "json"])
    kinds = {q["text"]: q.get("kind") for q in json.loads(capsys.readouterr().out)["quotes"]}
    assert kinds["Galaxy Quest: Episode II _ The Silent Storm."] == "title"
    assert kinds["Our message is simple: Come early,"] != "title"
