"""bench/tac_sort.py: TAC documents sorted by the topic file into topic/docset folders."""
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import tac_sort  # noqa: E402

TOPICS = """<TACtaskdata>
<topic id = "D1101A" category = "1">
  <title> Harbour Fire </title>
  <docsetA id = "D1101A-A">
    <doc id = "AAA_ENG_20070101.0001" />
    <doc id = "BBB_ENG_20070102.0002" />
  </docsetA>
  <docsetB id = "D1101A-B">
    <doc id = "AAA_ENG_20070105.0003" />
  </docsetB>
</topic>
<topic id = "D1102B" category = "2">
  <docsetA id = "D1102B-A"> <doc id = "CCC_ENG_20070101.0004" /> </docsetA>
  <docsetB id = "D1102B-B"> <doc id = "CCC_ENG_20070101.0005" /> </docsetB>
</topic>
</TACtaskdata>"""


def _docs(tmp_path):
    folder = tmp_path / "flat"
    folder.mkdir()
    for name in ("AAA_ENG_20070101.0001.LDC2009T13.sgm", "BBB_ENG_20070102.0002.sgm",
                 "AAA_ENG_20070105.0003.LDC2009T13.sgm", "CCC_ENG_20070101.0005.LDC2007T07"):
        (folder / name).write_text(f"<DOC><DOCID> {name} </DOCID></DOC>", encoding="utf-8")
    (tmp_path / "topics.xml").write_text(TOPICS, encoding="latin-1")
    return folder


def test_set_a_documents_go_to_topic_and_docset_folders(tmp_path):
    flat = _docs(tmp_path)
    assert tac_sort.main([str(tmp_path / "topics.xml"), str(flat), str(tmp_path / "out")]) == 0
    got = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*")
                 if p.is_file())
    # the set-A document missing from the folder (CCC ...0004) is skipped, set B left out
    assert got == ["D1101A/D1101A-A/AAA_ENG_20070101.0001", "D1101A/D1101A-A/BBB_ENG_20070102.0002"]


def test_both_sets_on_request(tmp_path):
    flat = _docs(tmp_path)
    assert tac_sort.main([str(tmp_path / "topics.xml"), str(flat), str(tmp_path / "o"),
                          "--sets", "AB"]) == 0
    assert (tmp_path / "o/D1102B/D1102B-B/CCC_ENG_20070101.0005").exists()
    assert (tmp_path / "o/D1101A/D1101A-B/AAA_ENG_20070105.0003").exists()


def test_missing_input_is_exit_2_not_a_traceback(tmp_path, capsys):
    assert tac_sort.main([str(tmp_path / "nope.xml"), str(tmp_path), str(tmp_path / "o")]) == 2
    assert "tac_sort:" in capsys.readouterr().err


DAY_TOPICS = """<TACtaskdata>
<topic id = "D1001A" category = "2">
  <docsetA id = "D1001A-A">
    <doc id = "APW19990421.0007" />
    <doc id = "XIE19990422.0002" />
    <doc id = "AFP_ENG_20041001.0003" />
  </docsetA>
  <docsetB id = "D1001A-B"> <doc id = "APW19990502.0001" /> </docsetB>
</topic>
<topic id = "D1002A" category = "1">
  <docsetA id = "D1002A-A"> <doc id = "APW19990601.0001" /> </docsetA>
</topic>
</TACtaskdata>"""


ONE = b"<DOC>\n<DOCNO> APW19990421.0007 </DOCNO>\n<TEXT>\n<P> caf\xe9 one </P>\n</TEXT>\n</DOC>\n"


def _day_files(tmp_path):
    """Source-style multi-document files: two AQUAINT day files and one Gigaword month file;
    the month file of D1002A's document is missing, as in a partial snapshot."""
    folder = tmp_path / "days"
    folder.mkdir()
    (folder / "19990421_APW_ENG").write_bytes(
        b"<DOC>\n<DOCNO> APW19990421.0006 </DOCNO>\n<TEXT> other </TEXT>\n</DOC>\n"
        + ONE)
    (folder / "19990422_XIN_ENG").write_bytes(
        b"<DOC>\n<DOCNO> XIE19990422.0002 </DOCNO>\n<TEXT> two </TEXT>\n</DOC>\n")
    (folder / "afp_eng_200410.xml").write_bytes(
        b'<?xml version="1.0"?>\n<DOCSTREAM>\n<DOC id="AFP_ENG_20041001.0003" type="story" >\n'
        b"<TEXT>\n<P> three </P>\n</TEXT>\n</DOC>\n</DOCSTREAM>\n")
    (tmp_path / "topics.xml").write_text(DAY_TOPICS, encoding="latin-1")
    return folder


def test_day_files_are_split_into_one_file_per_listed_document(tmp_path, capsys):
    days = _day_files(tmp_path)
    out = tmp_path / "out"
    assert tac_sort.main([str(tmp_path / "topics.xml"), str(days), str(out)]) == 0
    got = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert got == ["D1001A/D1001A-A/AFP_ENG_20041001.0003", "D1001A/D1001A-A/APW19990421.0007",
                   "D1001A/D1001A-A/XIE19990422.0002"]
    # one <DOC> element each, byte for byte (a Latin-1 byte stays as it was)
    assert (out / "D1001A/D1001A-A/APW19990421.0007").read_bytes() == ONE
    assert b"DOCSTREAM" not in (out / "D1001A/D1001A-A/AFP_ENG_20041001.0003").read_bytes()
    # the missing document of D1002A is counted, not an error
    assert "3 documents" in capsys.readouterr().out


def test_missing_documents_are_counted_once(tmp_path, capsys):
    days = _day_files(tmp_path)
    assert tac_sort.main([str(tmp_path / "topics.xml"), str(days), str(tmp_path / "o"),
                          "--sets", "AB"]) == 0
    assert "(2 listed, not found)" in capsys.readouterr().out


def test_split_documents_read_back_by_the_duc_reader(tmp_path):
    import corpus_readers
    days = _day_files(tmp_path)
    tac_sort.main([str(tmp_path / "topics.xml"), str(days), str(tmp_path / "o")])
    rows = list(corpus_readers.duc_rows(tmp_path / "o"))
    ap_rows = [r["id"] for r in rows if r["id"].startswith("D1001A-APW")]
    assert ap_rows == ["D1001A-APW19990421.0007"]
    assert any(r["publisher"] == "Xinhua News Agency" for r in rows)
