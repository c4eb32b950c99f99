"""The dot and mermaid reporters draw the provenance graph."""
from pathlib import Path

from quotecheck.model import Document, Metadata, ProvenanceEdge, Report
from quotecheck.text.textview import TextView
from quotecheck_plugins.report_graph import DotReporter, MermaidReporter, render_dot, render_mermaid


def _report():
    docs = [Document(i, i, "", TextView.identity(""), Metadata(outlet=o)) for i, o in
            [("a.txt", "Reuters"), ("b \"x\".txt", None), ("c.txt", "RIA Novosti")]]
    edges = [ProvenanceEdge("a.txt", "b \"x\".txt", "rewrite", 0.91, ("14 of 16 sentences align",))]
    return Report("compare", documents=docs, provenance=edges)


def test_dot_nodes_edges_and_escaping():
    out = render_dot(_report())
    assert out.startswith("digraph provenance {") and out.rstrip().endswith("}")
    assert '"a.txt" -> "b \\"x\\".txt"' in out
    assert 'label="rewrite 0.91"' in out and "style=dashed" in out
    assert "RIA Novosti\\nSC" in out           # affiliation label from the outlets table
    assert '"a.txt" [label="a.txt\\nReuters\\nprivate", style=bold]' in out


def test_mermaid_flowchart():
    out = render_mermaid(_report())
    lines = out.splitlines()
    assert lines[0] == "```mermaid" and lines[1] == "flowchart LR" and lines[-1] == "```"
    assert "  d0 -.->|rewrite 0.91| d1" in lines
    assert 'd1["b #quot;x#quot;.txt"]' in out
    assert "class d0,d2 original;" in out


def test_reporters_have_names():
    assert DotReporter().name == "dot" and MermaidReporter().name == "mermaid"
    assert DotReporter().render(_report(), {}) == render_dot(_report())


def test_empty_report():
    assert render_dot(Report("compare")).count("->") == 0
    assert "flowchart LR" in render_mermaid(Report("compare"))


def test_compare_draws_the_seed_graph():
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    seeds = sorted(str(p) for p in (root / "seeds").glob("0*.txt"))
    out = subprocess.run([sys.executable, "-m", "quotecheck", "compare", "--format", "dot", *seeds],
                         capture_output=True, text=True, cwd=root)
    assert out.returncode == 1, out.stderr  # errors in the story set fail by default
    assert '"000_b87f51cfc6e39bfa.txt" -> "001_6b5d426d32f8eb10.txt"' in out.stdout
    assert '"003_73413e24b191d6a3.txt" -> "004_fd299cd8b438d824.txt"' in out.stdout
    assert out.stdout.count("->") == 2
