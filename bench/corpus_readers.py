"""Readers of the public corpora that ``realnews_layout.py`` lays out as story folders.

Each ``*_rows`` function yields rows shaped like an ArticleComparisons CSV row (``id``,
``publisher``, ``url``, ``published``, ``text`` with ``###`` between paragraphs), so one writer
serves every corpus; kept apart from the writer and its CLI to keep both modules small.
"""
from __future__ import annotations

import csv
import datetime
import html
import re
from pathlib import Path


def domain(url: str) -> str:
    """The host of ``url`` without ``www.``: ``https://www.example.org/a`` -> ``example.org``."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    return host[4:] if host.startswith("www.") else host


METER_PAPERS = {"sun": "The Sun", "mirror": "Daily Mirror", "star": "Daily Star",
                "mail": "Daily Mail", "express": "Daily Express", "times": "The Times",
                "telegraph": "The Daily Telegraph", "guardian": "The Guardian",
                "independent": "The Independent"}


def meter_paragraphs(raw: str) -> list[str]:
    """The paragraphs of one METER raw text: a PA wire text ends each paragraph with ``<``
    and wraps its lines; a newspaper text separates paragraphs with blank lines."""
    raw = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", raw)
    lines = ["" if re.fullmatch(r"\s*-{10,}\s*", line) else line for line in raw.splitlines()]
    text = "\n".join(lines)
    if re.search(r"<[ \t]*$", text, re.M):
        parts = re.split(r"<[ \t]*(?:\n|$)|\n[ \t]*\n", text)
    else:
        parts = re.split(r"\n[ \t]*\n", text)
    parts = (re.sub(r"\s+", " ", part).strip() for part in parts)
    return [part for part in parts if part]


def meter_rows(root: Path, stories: list[str] | None = None):
    """Rows (id, publisher, text) from a METER corpus folder: PA texts are the Press
    Association's, a newspaper text's paper is the suffix of its name (``care71_mirror``)."""
    for source in ("PA", "newspapers"):
        for path in sorted((root / source / "rawtexts").glob("*/*/*/*.txt")):
            domain_, date, catchline = path.parts[-4:-1]
            if stories and f"{domain_}/{date}/{catchline}" not in stories:
                continue
            raw = path.read_bytes().decode("cp1252", errors="replace")
            stem, _, paper = path.stem.partition("_")
            publisher = "Press Association" if source == "PA" else METER_PAPERS.get(paper, paper)
            day = "".join(reversed(date.split(".")))
            yield {"id": f"{catchline}-{day}-{stem}", "publisher": publisher,
                   "text": "###".join(meter_paragraphs(raw))}


TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
CLOSE_AFTER = {",", ".", ";", ":", "!", "?", ")", "]", "%", "…", "”", "''"}
OPEN_BEFORE = {"(", "[", "“", "``", "‘", "$", "£", "€", "#"}
CONTRACTION = re.compile(r"(?i)(?:s|t|re|ll|ve|d|m)")


def join_tokens(tokens: list[str]) -> str:
    """One ECB+ sentence's tokens as text: no space before closing punctuation or after an
    opening mark, figures and initials rejoined ("2 . 5" -> "2.5", "U . S ." -> "U.S."),
    hyphens and curly apostrophes tight, a straight mark opening or closing by parity."""
    out, glue_next, open_marks = "", True, {'"': False, "'": False}
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        tight = glue_next
        glue_next = False
        if tok in ('"', "'"):
            closing = open_marks[tok] or not nxt or (i and not prev[-1:].isalnum()
                                                      and prev not in OPEN_BEFORE)
            closing = closing and i > 0
            open_marks[tok] = not closing
            tight, glue_next = (True, False) if closing else (tight, True)
        elif tok in CLOSE_AFTER:
            tight = True
            if tok in ".,:" and prev[-1:].isdigit() and nxt[:1].isdigit():
                glue_next = tok != "," or re.fullmatch(r"\d{3}(?:\D\w*)?", nxt) is not None
            initial = len(prev) == 1 and prev.isalpha()
            if tok == "." and initial and re.fullmatch(r"[A-Za-z]|'s", nxt):
                glue_next = True
        elif tok in OPEN_BEFORE:
            glue_next = True
        elif tok in ("-", "_", "/", "’") and i and nxt:
            tight = tok != "/" or (prev[-1:].isdigit() and nxt[:1].isdigit())
            glue_next = tight and (tok != "’" or CONTRACTION.fullmatch(nxt) is not None)
        elif tok == "’":
            tight = True
        else:
            if tok.startswith(('"', "'")) and not tok.endswith(tok[0]):
                open_marks[tok[0]] = True
            elif tok.endswith(('"', "'")) and len(tok) > 1 and not tok.startswith(tok[-1]):
                open_marks[tok[-1]] = False
        out += tok if tight or not out else " " + tok
    return html.unescape(out)


def ecbplus_text(xml: str) -> tuple[str, list[str]]:
    """The URL (sentence 0) and the other sentences' text of one ECB+ ``ecbplus`` document."""
    sentences: dict[int, list[str]] = {}
    for number, token in TOKEN.findall(xml):
        sentences.setdefault(int(number), []).append(token)
    url = html.unescape("".join(sentences.pop(0, [])))
    paras: list[str] = []
    for _, tokens in sorted(sentences.items()):
        text = join_tokens(tokens)
        if paras and quote_open(paras[-1]):
            paras[-1] += " " + text
        else:
            paras.append(text)
    return url, paras


def quote_open(text: str) -> bool:
    """Whether ``text`` leaves a quotation open (odd straight marks, more “ than ”): the
    next ECB+ sentence continues its paragraph."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def ecbplus_rows(root: Path, topics: set[int] | None = None):
    """Rows (id, publisher, url, text) from the ``ECB+`` folder's ``*ecbplus.xml`` documents;
    the outlet is the domain of the page's URL, the id ``t<topic>-<n>``."""
    for path in sorted(root.glob("*/*ecbplus.xml")):
        topic, _, number = path.stem.partition("_")
        if not topic.isdigit() or (topics and int(topic) not in topics):
            continue
        url, sentences = ecbplus_text(path.read_text(encoding="utf-8"))
        yield {"id": f"t{int(topic):02d}-{number.replace('ecbplus', '')}",
               "publisher": domain(url) if url.startswith("http") else "",
               "url": url if url.startswith("http") else "",
               "text": "###".join(sentences)}


DUC_SERVICES = {"APW": "Associated Press Worldstream", "NYT": "New York Times News Service",
                "XIE": "Xinhua News Agency", "XIN": "Xinhua News Agency",
                "AFP": "Agence France-Presse",
                "LTW": "Los Angeles Times-Washington Post", "CNA": "Central News Agency"}
DUC_ENTITY = re.compile(r"&(?:Cx[0-9a-fA-F]+|QL|QR|UR|LR|MD|HT|TL|UL|QC|QQ|IT);")


def duc_field(doc: str, tag: str) -> str:
    """The raw content of the first ``<tag>`` element of one DUC document, or ''."""
    found = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return found.group(1) if found else ""


def duc_published(value: str, docno: str = "") -> str:
    """``1998-07-27 15:10`` or ``09/11/1998 02:25:00`` -> ``1998-07-27T15:10``, a bare
    ``1996-05-17`` stays a date; a date that is none (``1998-14-06``) gives way to the
    ``DOCNO``'s (``APW19980614.0676`` -> ``1998-06-14``). Some AP copy writes year-day-month:
    a date that is not the ``DOCNO``'s but is it with day and month swapped is read swapped
    (``1998-03-06 05:43`` of ``APW19980603.0227`` -> ``1998-06-03T05:43``), else the edge
    direction would put a June story in January or March."""
    found = duc_timestamp(value.strip())
    day = re.match(r"[A-Z]{3}(?:_[A-Z]{3}_)?(\d{4})(\d\d)(\d\d)", docno)
    stated = "-".join(day.groups()) if day else ""
    try:
        datetime.date.fromisoformat(found[:10])
    except ValueError:
        return stated
    if found[:10] != stated and f"{found[:4]}-{found[8:10]}-{found[5:7]}" == stated:
        return stated + found[10:]
    return found


def duc_timestamp(value: str) -> str:
    """The ISO form of a DUC ``DATE_TIME`` as written, unchecked; '' if it has no date."""
    iso = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d))?", value)
    if iso:
        day = "-".join(iso.groups()[:3])
        return f"{day}T{iso.group(4)}:{iso.group(5)}" if iso.group(4) else day
    us = re.match(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", value)
    return "{2}-{0}-{1}T{3}:{4}".format(*us.groups()) if us else ""


def duc_paragraphs(doc: str) -> list[str]:
    """Headline, byline/credit lines (one paragraph each) and body paragraphs of one DUC
    document: ``<P>`` elements where present, else lines opening with indentation (AP)."""
    doc = html.unescape(DUC_ENTITY.sub("", doc))
    body = duc_field(doc, "BODY") or doc
    head, _, rest = body.partition("<TEXT>")
    text = rest.partition("</TEXT>")[0]
    parts = [duc_field(head, "HEADLINE")]
    meta = r"<(SLUG|HEADLINE|CATEGORY|ANNOTATION)>.*?</\1>"
    parts += re.sub(meta, "", head, flags=re.S).splitlines()
    if "<P>" in text:
        parts += re.findall(r"<P>(.*?)</P>", text, re.S)
    else:
        parts += re.split(r"\n(?=[ \t]+\S)|\n[ \t]*\n", text)
    parts = (re.sub(r"\s+", " ", part).strip() for part in parts)
    return [part for part in parts if part]


def duc_docno(doc: str) -> str:
    """The document's id: AQUAINT's ``<DOCNO>``, else the ``<DOCID>`` of Gigaword-style copy
    (TAC 2011: ``AFP_ENG_20070103.0074.LDC2009T13``) without its LDC catalogue suffix."""
    docno = duc_field(doc, "DOCNO").strip() or duc_field(doc, "DOCID").strip()
    return re.sub(r"\.LDC\d{4}T\d\d$", "", docno)


def duc_rows(root: Path, topics: set[int] | None = None):
    """Rows (id, publisher, published, text) from a folder of DUC/TAC documents; the id is
    ``<topic>-<DOCNO>``, the topic the first folder under ``root`` (``D0601A`` is topic 1);
    the date is ``DATE_TIME`` (AQUAINT) or ``DATETIME`` (Gigaword-style TAC copy)."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        number = re.match(r"D\d\d(\d\d)", path.relative_to(root).parts[0])
        if topics and not (number and int(number.group(1)) in topics):
            continue
        doc = path.read_text(encoding="utf-8", errors="replace")
        docno = duc_docno(doc)
        if not docno:
            continue
        topic = path.relative_to(root).parts[0] if len(path.relative_to(root).parts) > 1 else ""
        yield {"id": f"{topic}-{docno}" if topic else docno,
               "publisher": DUC_SERVICES.get(docno[:3], docno[:3]),
               "published": duc_published(duc_field(doc, "DATE_TIME")
                                          or duc_field(doc, "DATETIME"), docno),
               "text": "###".join(duc_paragraphs(doc))}


def seen_docnos(folders: list[Path]) -> set[str]:
    """The ``DOCNO`` of every laid-out DUC file (``D0606F-APW19990608-0009_...txt`` ->
    ``APW19990608-0009``; TAC's ``D1101A-AFP-ENG-20070103-0074_...`` -> ``AFP-ENG-20070103-0074``)
    in the given story folders."""
    out: set[str] = set()
    for folder in folders:
        for path in folder.glob("*.txt"):
            found = re.match(r"(?:D\d{4}[A-Z]-)?([A-Z]{3}(?:-[A-Z]{3}-)?\d{8}[-.]\d{4})_",
                             path.name)
            if found:
                out.add(found.group(1).replace(".", "-"))
    return out


def unseen(rows, seen: set[str]):
    """The rows whose ``DOCNO`` (the id after its topic) is not in ``seen``."""
    for row in rows:
        docno = re.sub(r"[^A-Za-z0-9]+", "-", re.sub(r"^D\d{4}[A-Z]-", "", row["id"]))
        if docno not in seen:
            yield row


def topic_set(spec: str) -> set[int]:
    """``1-12,14`` -> {1, ..., 12, 14}."""
    out: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        low, _, high = part.partition("-")
        out.update(range(int(low), int(high or low) + 1))
    return out


def line_paragraphs(text: str) -> str:
    """One paragraph per non-blank line (any line ending), joined by ``###`` for ``layout``."""
    lines = (line.strip() for line in re.split(r"\r\n|\r|\n", text))
    return "###".join(line for line in lines if line)


def headed_paragraphs(title: str, text: str) -> str:
    """The headline first unless ``text`` already opens with it, then :func:`line_paragraphs`."""
    head = [] if not title or text.lstrip().startswith(title) else [title]
    return "###".join(head + [line_paragraphs(text)])


def url_date(url: str) -> str:
    """The ``/yyyy/mm/dd/`` date a URL's path holds (``.../2018/04/17/x`` -> ``2018-04-17``)."""
    found = re.search(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/", url)
    if not found:
        return ""
    try:
        return datetime.date(*map(int, found.groups())).isoformat()
    except ValueError:
        return ""


def newswcl50_rows(root: Path, urls: Path | None = None):
    """Rows (id ``e<event>-<lean>``, publisher, url, published, text) from NewsWCL50's
    ``event_<n>/<n>_<lean>.txt`` files; outlet and URL from ``urls.tsv`` where given."""
    table: dict[tuple[str, str], str] = {}
    if urls is not None:
        with urls.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if len(row) >= 3 and row[0].strip().isdigit():
                    table[(row[0].strip(), row[1].strip())] = row[2].strip()
    for path in sorted(root.glob("event_*/*.txt")):
        found = re.fullmatch(r"(\d+)_([LMR]{1,2})(?:\.txt)*", path.name)
        if not found:
            continue
        event, lean = found.groups()
        url = table.get((event, lean), "")
        yield {"id": f"e{int(event):02d}-{lean}", "publisher": domain(url) if url else "",
               "url": url, "published": url_date(url),
               "text": line_paragraphs(path.read_text(encoding="utf-8-sig"))}


SIGN_OFF_URL = re.compile(r"^(?:read more\b.*|.*\b(?:rights|copyright)\b.*?)"
                          r"(https?://[^\s<>\"]+)\s*$", re.I | re.M)


def wikiref_rows(root: Path):
    """Rows (id ``<topic>-<n>``, publisher, text) from a folder of WikiRef ``*.txt`` files;
    the publisher is the domain of a ``Read more``/rights line's closing URL, else ''."""
    for path in sorted(root.glob("*.txt")):
        found = re.fullmatch(r"(.+?)(?:\.| \()(\d+)\)?\.txt", path.name)
        if not found:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        sign_off = SIGN_OFF_URL.search(text.replace("\r", ""))
        topic = re.sub(r"[^a-z0-9]+", "", found.group(1).lower())
        yield {"id": f"{topic}-{found.group(2)}",
               "publisher": domain(sign_off.group(1)) if sign_off else "",
               "text": line_paragraphs(text)}


def allsides_rows(path: Path, months: set[str] | None = None):
    """Rows (id ``s<story>-<l|c|r>``, publisher, url, published, section, text) from a JSONL of
    AllSides headline roundups (``data/raw_crawled/*.jsonl`` of github.com/HLTCHKUST/
    framing-bias-metric): each story's left, center and right articles, the headline as the
    first paragraph, then the paragraphs AllSides shows (the article's opening, often cut
    off with "..."). ``months`` (``2021-09``) keeps stories of those months by roundup date.
    The outlet is the link's domain, ``published`` a date the link's path holds, ``section``
    AllSides' own tag (opinion, analysis) where it gives one. A line that is no story (a JSON
    object with an integer ``id``, articles of text fields) raises ValueError naming the file
    and line (``roundups.jsonl:7: not JSON (...)``), as the label readers do."""
    import json
    stories = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                story = json.loads(line)
                stories.append((int(story["id"]), n, story))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"{path}:{n}: not a story object with an integer id") from None
    for _, n, story in sorted(stories, key=lambda s: s[:2]):
        if months and str(story.get("date", ""))[:7] not in months:
            continue
        try:
            rows = list(_allsides_articles(story))
        except (AttributeError, TypeError):
            raise ValueError(f"{path}:{n}: a story's news is no object of articles with text "
                             "fields") from None
        yield from rows


def _allsides_articles(story: dict):
    """The left, center and right rows of one AllSides story (those with paragraphs)."""
    for stance in ("left", "center", "right"):
        article = (story.get("news") or {}).get(stance)
        body = [p for p in (article or {}).get("newBody") or [] if p.strip()]
        if not body:
            continue
        url = (article.get("newsLink") or "").strip()
        yield {"id": f"s{story['id']}-{stance[0]}", "publisher": domain(url), "url": url,
               "published": url_date(url),
               "section": (article.get("opinionTag") or "").strip().lower(),
               "text": "###".join([article.get("newsTitle") or ""] + body)}


def groundnews_rows(root: Path):
    """Rows (id ``g<story>-<id>-<l|c|r>``, publisher, published, text) from the Ground News
    story CSVs of github.com/gipplab/news-story-identification laid side by side as
    ``<story>/data.csv`` (columns title, text, outlet_name, datetime ``d/m/yyyy hh:mm[:ss]``,
    label LEFT/CENTER/RIGHT, id): the headline first unless the text already opens with it,
    then one paragraph per line. The text is kept as given, U+FFFD where the source lost a
    character included: that damage is the source's, and a checker meets it in real scrapes."""
    csv.field_size_limit(1 << 30)
    for path in sorted(root.glob("*/data.csv"), key=lambda p: (len(p.parent.name), p.parent.name)):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                title, text = (row.get("title") or "").strip(), row.get("text") or ""
                when = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d\d))?",
                                (row.get("datetime") or "").strip())
                published = ""
                if when:
                    day, month, year, hour, minute = when.groups()
                    published = f"{year}-{int(month):02d}-{int(day):02d}"
                    published += f"T{int(hour):02d}:{minute}" if hour else ""
                lean = (row.get("label") or "?").strip()[:1].lower() or "x"
                yield {"id": f"g{path.parent.name}-{(row.get('id') or '').strip()}-{lean}",
                       "publisher": (row.get("outlet_name") or "").strip(),
                       "published": published,
                       "text": headed_paragraphs(title, text)}
