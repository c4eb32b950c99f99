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
