#!/usr/bin/env bash
# Lay out every real-news story set the evaluation uses (docs/evaluation.md §6), from git
# mirrors of their public repositories, into OUT (default /tmp/realnews). No text enters the
# repository. Usage: bench/layout_sets.sh MIRRORS [OUT] [SRC]
#   MIRRORS holds one git directory per repository, found as MIRRORS/<owner>+<name>/repo[/.git],
#   MIRRORS/<name>.git or MIRRORS/<name>/.git; SRC (default /tmp/qc_src) takes the extracted sources.
# The --skip-seen chains matter: each DUC/TAC set leaves out documents an earlier set holds.
set -euo pipefail
MIRRORS=${1:?usage: layout_sets.sh MIRRORS [OUT] [SRC]}
R=${2:-/tmp/realnews}
S=${3:-/tmp/qc_src}
HERE="$(cd "$(dirname "$0")" && pwd)"
L="python $HERE/realnews_layout.py"
gd() {  # the git directory of owner/name
  local o=${1%/*} n=${1#*/}
  for d in "$MIRRORS/$o+$n/repo/.git" "$MIRRORS/$o+$n/repo" "$MIRRORS/$n.git" "$MIRRORS/$n/.git"; do
    if [ -e "$d/HEAD" ]; then echo "$d"; return; fi
  done
  echo "layout_sets: no git directory for $1 under $MIRRORS" >&2; exit 2
}
# git archive stops at the first object a partial mirror lacks; the paths used are all present.
x() { git --git-dir="$1" archive "$2" "${@:3}" 2>/dev/null | tar -x -C "$S" || true; }
# The same blob by blob, for paths where some blobs are absent: extracts only those present.
xp() {
  git --git-dir="$1" ls-tree -r "$2" -- "${@:3}" | while IFS=$'\t' read -r meta p; do
    if git --git-dir="$1" cat-file -e "${meta##* }" 2>/dev/null; then
      mkdir -p "$S/$(dirname "$p")"; git --git-dir="$1" cat-file blob "${meta##* }" > "$S/$p"
    fi
  done
}
mkdir -p "$R" "$S"
G=$(gd asprout/ArticleComparisons)
for s in census spotify; do   # never helsinki_articles.csv: kept for external measurement
  git --git-dir="$G" show "HEAD:data/${s}_articles.csv" > "$S/${s}_articles.csv"
  $L "$S/${s}_articles.csv" "$R/$s"
done
G=$(gd fhamborg/Giveme5W1H)
x "$G" HEAD Giveme5W1H/examples/datasets/news_cluster/data
$L --newsplease "$S/Giveme5W1H/examples/datasets/news_cluster/data" "$R/newscluster"
G=$(gd fatih-gedikli/news_story_chains-2021-06)
f=$(git --git-dir="$G" ls-tree -r --name-only HEAD | grep 'article_texts.csv$' | head -1)
git --git-dir="$G" show "HEAD:$f" > "$S/energy.csv"
$L "$S/energy.csv" "$R/energy"
x "$(gd JaguatiricaGroup/Plagiarism_detector)" 2ee264f 2016.3-meter-corpus/meter-corpus
$L --meter "$S/2016.3-meter-corpus/meter-corpus" "$R/meter" --stories courts/16.07.99/care,courts/21.06.00/sergeant,courts/08.12.99/thomas,showbiz/14.12.99/mccartney,courts/27.09.99/pinochet,courts/12.08.99/snooker
x "$(gd cltl/ECB-parser)" HEAD ECB+
$L --ecbplus "$S/ECB+" "$R/ecbplus" --topics 1-12
$L --ecbplus "$S/ECB+" "$R/ecbplus2" --topics 13-24
$L --ecbplus "$S/ECB+" "$R/ecbplus3" --topics 25-36
$L --ecbplus "$S/ECB+" "$R/ecbplus4" --topics 37-45
x "$(gd gsandeep1241/TextSummarizer)" HEAD DUC_data/DUC2007/duc2007_testdocs DUC_data/DUC2006/duc2006_docs
D7="$S/DUC_data/DUC2007/duc2007_testdocs"; D6="$S/DUC_data/DUC2006/duc2006_docs"
$L --duc "$D7/update" "$R/duc2007"
$L --duc "$D6" "$R/duc2006" --topics 1-16
$L --duc "$D6" "$R/duc2006b" --topics 17-32
seen=("$R/duc2006" "$R/duc2006b")
$L --duc "$D6" "$R/duc2006c" --topics 33-50 --skip-seen "${seen[@]}" "$R/duc2007"
seen+=("$R/duc2006c" "$R/duc2007")
for spec in duc2007m:1-12 duc2007m2:13-24 duc2007m3:25-34 duc2007m4:35-45; do
  $L --duc "$D7/main" "$R/${spec%:*}" --topics "${spec#*:}" --skip-seen "${seen[@]}"
  seen+=("$R/${spec%:*}")
done
x "$(gd Luisgarchi/NewsWCL50)" HEAD 1-raw-articles
git --git-dir="$(gd fhamborg/NewsWCL50)" show HEAD:urls.tsv > "$S/urls.tsv"
$L --newswcl50 "$S/1-raw-articles" "$R/newswcl50" --urls "$S/urls.tsv"
x "$(gd dpacassi/dynamic-event-detection-in-data-streams)" HEAD app/data_processing/test_data/wikiref
$L --wikiref "$S/app/data_processing/test_data/wikiref/WikiRef220" "$R/wikiref"
x "$(gd cl-victor1/Multi-Document-Summarization)" 09aad22 D2/data/selected_files/evaltest \
  D2/data/2009_TAC/evaltest/GuidedSumm11_test_topics.xml
python "$HERE/tac_sort.py" "$S/D2/data/2009_TAC/evaltest/GuidedSumm11_test_topics.xml" \
  "$S/D2/data/selected_files/evaltest" "$S/tac2011"
$L --duc "$S/tac2011" "$R/tac2011" --topics 1-20 --skip-seen "${seen[@]}"
seen+=("$R/tac2011")
$L --duc "$S/tac2011" "$R/tac2011b" --topics 21-44 --skip-seen "${seen[@]}"
seen+=("$R/tac2011b")
# TAC 2010 set A: AQUAINT day files and Gigaword month files, 53 of 185 absent from the snapshot;
# tac_sort splits them by document id. The 18 topics whose set A is complete (179 articles after
# --skip-seen: one AP story is in duc2007).
xp "$(gd cl-victor1/Multi-Document-Summarization)" 09aad22 D2/data/selected_files/devtest \
  D2/data/2009_TAC/devtest/GuidedSumm10_test_topics.xml
python "$HERE/tac_sort.py" "$S/D2/data/2009_TAC/devtest/GuidedSumm10_test_topics.xml" \
  "$S/D2/data/selected_files/devtest" "$S/tac2010"
$L --duc "$S/tac2010" "$R/tac2010" --topics 1-2,4,7,9,13-17,19-20,23-24,27-28,30,35 \
  --skip-seen "${seen[@]}"
# AllSides headline roundups of September-October 2021 (the NeuS crawl): per story the left,
# center and right outlets' headline and opening paragraphs as AllSides shows them (392 articles;
# April-August 2021 are left for later untuned sets).
G=$(gd HLTCHKUST/framing-bias-metric)
git --git-dir="$G" show HEAD:data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl \
  > "$S/allsides_headline_11.jsonl"
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides" --months 2021-09,2021-10
# The same file's roundups of August 2021 (78 stories, 231 articles): the untuned set of the
# fifteenth session's end. No article repeats one of allsides (largest word 8-gram overlap 5 of 99,
# a stock phrase; no shared link). April-July 2021 are left for later untuned sets.
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides08" --months 2021-08
# July 2021 (87 stories, 254 articles): the untuned set of the sixteenth session's start. No article
# repeats one of allsides or allsides08 (largest word 8-gram overlap 6 of 94, an agency name; no
# shared link), so none is dropped. April-June 2021 are left for later untuned sets.
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides07" --months 2021-07
# June 2021 (93 stories, 263 articles): prepared at the sixteenth session as a second set for its
# end (pair labels only, no warning looked at). No article repeats one of allsides, allsides08 or
# allsides07 (largest word 8-gram overlap 10 of 100, Bloomberg's weekly jobless-claims template; no
# shared link). April-May 2021 are left for later untuned sets.
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides06" --months 2021-06
# Ground News story CSVs of gipplab/news-story-identification (commit aa0f642): full articles of
# many outlets on six events of Dec 2022 and Mar 2023 (116 articles; most lost their non-ASCII
# characters to U+FFFD or "?" in the source, kept as given). Story 5 sits only under vis/public.
# The untuned set prepared at the sixteenth session for its end: measured once with final code.
G=$(gd gipplab/news-story-identification)
for n in 0 1 2 3 4 5; do
  p="data/ground.news/$n/data.csv"; [ "$n" = 5 ] && p="vis/public/data/ground.news/5/data.csv"
  mkdir -p "$S/ground.news/$n"; git --git-dir="$G" show "aa0f642:$p" > "$S/ground.news/$n/data.csv"
done
$L --groundnews "$S/ground.news" "$R/groundnews"
# April and May 2021 of the AllSides file (30 stories, 85 articles; 87 stories, 254 articles): the
# untuned sets of the seventeenth session, allsides04 measured at its start, allsides05 kept for its
# end (pair labels only). No article repeats an earlier set (largest word 8-gram overlap 8 of 99,
# a CDC committee's name; 9 of 99, Bloomberg's jobless-claims template; no shared link).
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides04" --months 2021-04
$L --allsides "$S/allsides_headline_11.jsonl" "$R/allsides05" --months 2021-05
# Full articles AllSides linked (ramybaly/Article-Bias-Prediction, commit ced8111, Apache-2.0 for
# the repository; the texts are the outlets'): stories are (date, topic) groups with two or more
# outlets. baly07 (13-21 Jul 2020, 125 articles) measured at the seventeenth session's start,
# baly06 (16-30 Jun 2020, 239 articles) kept for its end. No article repeats an earlier set
# (largest word 8-gram overlap 9, NBC's newsletter sign-up chrome; no shared link).
G=$(gd ramybaly/Article-Bias-Prediction)
x "$G" ced8111a data/jsons
$L --baly "$S/data/jsons" "$R/baly07" --dates 2020-07-13:2020-07-21
$L --baly "$S/data/jsons" "$R/baly06" --dates 2020-06-16:2020-06-30
# The untuned reserve of the same corpus (eighteenth session on): four periods away from 2020's
# summer, laid out with their pair labels only (pool made without running quotecheck). Each is opened
# only for a session-start or session-end measure, then tuned on like the others. No article repeats
# an earlier set or another of the four (no shared link; the largest word 8-gram overlaps are
# same-outlet chrome: The Nation's and Politico's sign-up blocks, the Monitor's sign-up line, The
# Hill's link widget, Daily Caller and Fox poll boilerplate).
#   baly_201310: 1-20 Oct 2013 (government shutdown, health-law rollout), 152 articles
#   baly_201610: 10-31 Oct 2016 (the presidential campaign's last weeks), 173 articles
#   baly_201806: 10-30 Jun 2018 (family separation, travel-ban ruling, trade), 164 articles
#   baly_202002: 1-20 Feb 2020 (impeachment acquittal, primaries, the Stone sentencing), 183 articles
$L --baly "$S/data/jsons" "$R/baly_201310" --dates 2013-10-01:2013-10-20
$L --baly "$S/data/jsons" "$R/baly_201610" --dates 2016-10-10:2016-10-31
$L --baly "$S/data/jsons" "$R/baly_201806" --dates 2018-06-10:2018-06-30
$L --baly "$S/data/jsons" "$R/baly_202002" --dates 2020-02-01:2020-02-20
# Three more reserve periods (prepared at the twentieth session, newres20, as baly_202002 was opened):
# held-out years of opinion_silver.py (which skips every reserve period from then), away from the
# periods above. Laid out with their blind pair labels only (pool made without running quotecheck).
# No article repeats an earlier set or another of the three (no shared link; the largest word 8-gram
# overlaps are chrome: The Hill's link widget, The Nation's sign-up block, Townhall's columnist
# disclaimer and bio line, the Daily Caller licensing line, an AP copyright line).
#   baly_201811: 25 Oct-20 Nov 2018 (caravan and troops, the midterms and their recounts), 175 articles
#   baly_201904: 4-30 Apr 2019 (the Mueller report, Trump's tax returns, Sri Lanka), 173 articles
#   baly_201908: 1-22 Aug 2019 (El Paso and Dayton, Epstein's death, the debates), 165 articles
$L --baly "$S/data/jsons" "$R/baly_201811" --dates 2018-10-25:2018-11-20
$L --baly "$S/data/jsons" "$R/baly_201904" --dates 2019-04-04:2019-04-30
$L --baly "$S/data/jsons" "$R/baly_201908" --dates 2019-08-01:2019-08-22
# Three more reserve periods (prepared at the twenty-first session, newres21, as baly_201904 was
# opened): held-out years of opinion_silver.py (which skips every reserve period, these from
# then), in the gaps the periods above leave (7-10 weeks from the nearest). Laid out with their
# blind pair labels only (pool made without running quotecheck). No article repeats one of
# another set (no shared link; the largest word 8-gram overlaps with other sets are quotations --
# a London mayor's statement also in newswcl50, a DHS memo, texts read out -- and chrome: The
# Hill's link widget, the Daily Caller licensing line). Inside baly_201901 one Reuters link is
# filed twice (under Reuters and under the Washington Times): both copies kept, labelled wholly.
#   baly_201801: 10 Jan-5 Feb 2018 (the January shutdown and DACA, the Nunes memo), 172 articles
#   baly_201901: 14 Jan-5 Feb 2019 (the long shutdown, the State of the Union, Stone), 169 articles
#   baly_201911: 1-22 Nov 2019 (the public impeachment hearings, state elections), 177 articles
$L --baly "$S/data/jsons" "$R/baly_201801" --dates 2018-01-10:2018-02-05
$L --baly "$S/data/jsons" "$R/baly_201901" --dates 2019-01-14:2019-02-05
$L --baly "$S/data/jsons" "$R/baly_201911" --dates 2019-11-01:2019-11-22
# Three more reserve periods (prepared at the twenty-second session, newres22, as baly_201801 was
# opened): held-out years of opinion_silver.py (which skips every reserve period, these from
# then), in the widest gaps the periods above leave (5-9 weeks from the nearest). Laid out with
# their blind pair labels only (pool made without running quotecheck). No article repeats one of
# another set (no shared link; the largest word 8-gram overlaps with other sets are chrome -- Vox's
# support block, The Hill's link widget, NPR's transcript notice, Politico's and the Washington
# Times' sign-up lines, a Newsmax columnist's bio -- quotations, and same-outlet background: a Vox
# paragraph on the 2017 sanctions law also in baly_201801, a Reuters background run).
#   baly_201803: 14 Mar-10 Apr 2018 (Austin bombings, the omnibus, Bolton, the Cohen raid), 166 articles
#   baly_201808: 18 Aug-8 Sep 2018 (Manafort and Cohen, McCain's death, Kavanaugh hearings), 173 articles
#   baly_202004: 3-15 Apr 2020 (the pandemic's first peak, Sanders out, who reopens), 174 articles
$L --baly "$S/data/jsons" "$R/baly_201803" --dates 2018-03-14:2018-04-10
$L --baly "$S/data/jsons" "$R/baly_201808" --dates 2018-08-18:2018-09-08
$L --baly "$S/data/jsons" "$R/baly_202004" --dates 2020-04-03:2020-04-15
# Three more reserve periods (prepared at the twenty-third session, newres23): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each in the middle of one
# of the three widest gaps the periods above leave (13 weeks May-Jul 2019, 10 weeks Sep-Oct 2019
# and Dec 2019-Jan 2020; 3-5 weeks from the nearest now). Laid out with their blind pair labels
# only (pool made without running quotecheck). No article repeats one of another set (no shared
# link; the largest word 8-gram overlaps with other sets are chrome -- The Hill's link widget, the
# Daily Caller founders' and licensing lines, a Newsmax columnist's bio, sign-up blocks --
# quotations, and same-outlet background: a CNN sentence on the FDA also in baly_201908).
#   baly_201906: 1-28 Jun 2019 (Mexico tariffs, the first Democratic debates, Iran and the Gulf), 179 articles
#   baly_201909: 14 Sep-10 Oct 2019 (the Ukraine whistleblower, the impeachment inquiry, Syria), 175 articles
#   baly_201912: 14 Dec 2019-8 Jan 2020 (the House impeachment vote, Soleimani and Iran), 184 articles
$L --baly "$S/data/jsons" "$R/baly_201906" --dates 2019-06-01:2019-06-28
$L --baly "$S/data/jsons" "$R/baly_201909" --dates 2019-09-14:2019-10-10
$L --baly "$S/data/jsons" "$R/baly_201912" --dates 2019-12-14:2020-01-08
# Three more reserve periods (prepared at the twenty-fifth session, newres25): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each in the middle of one
# of the three widest gaps the periods above leave (8.7 weeks Apr-Jun 2018, 8.3 Feb-Mar 2019, 8.9
# Apr-Jun 2020; 2.3-3.9 weeks from the nearest now). Laid out with their blind pair labels
# only (pool made without running quotecheck). No article repeats one of another set (no shared
# link; the largest word 8-gram overlaps with other sets are chrome -- Vox's support block, the
# NRPLUS appeal, The Hill's link widget, sign-up lines -- quotations, AP's paragraphs on Mueller's
# questions also in a newswcl50 USA Today story, and a National Review Morning Jolt passage on
# McCain its author used again in baly_201808).
#   baly_201805: 28 Apr-23 May 2018 (Mueller's questions, the Daniels payment, the freed detainees, ZTE), 184 articles
#   baly_201903: 22 Feb-19 Mar 2019 (the Hanoi summit, Cohen's testimony, the Omar resolution, O'Rourke in), 182 articles
#   baly_202005: 10-20 May 2020 (reopening, Fauci before the Senate, the Flynn case, the Pensacola phones), 178 articles
$L --baly "$S/data/jsons" "$R/baly_201805" --dates 2018-04-28:2018-05-23
$L --baly "$S/data/jsons" "$R/baly_201903" --dates 2019-02-22:2019-03-19
$L --baly "$S/data/jsons" "$R/baly_202005" --dates 2020-05-10:2020-05-20
# Three more reserve periods (prepared at the twenty-seventh session, newres27): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each in the middle of one
# of the gaps the periods above leave (7.9 weeks Dec 2018-Jan 2019, 6.7 Sep-Oct 2018, 6.0 Feb-Apr
# 2020; 1.7-2.6 weeks from the nearest now). Laid out with their blind pair labels only (pool made
# without running quotecheck). No article repeats one of another set (no shared link; the largest
# word 8-gram overlaps with the open sets are chrome -- The Nation's, Politico's, the Monitor's and
# the Washington Times' sign-up blocks, The Hill's link widget, the Daily Caller licensing line,
# bios -- quotations, a Reuters photo caption and a Vox background sentence also in baly_201801).
# Inside baly_201812 three links are filed twice (a G-File, a Townhall column, a USA Today story in
# two versions): both copies kept, labelled wholly. baly_202003 starts on 9 March: 6-8 March hold
# a Salon article with two BABE sentences.
#   baly_201810: 22 Sep-11 Oct 2018 (the Kavanaugh allegations, hearing, FBI inquiry and vote; the USMCA), 177 articles
#   baly_201812: 2 Dec 2018-2 Jan 2019 (the wall and the shutdown, Cohen's sentence, Mattis out, the ACA ruling), 185 articles
#   baly_202003: 9-19 Mar 2020 (the pandemic's first weeks in the US: the emergency, Trump's test, markets, relief bills; primaries), 177 articles
$L --baly "$S/data/jsons" "$R/baly_201810" --dates 2018-09-22:2018-10-11
$L --baly "$S/data/jsons" "$R/baly_201812" --dates 2018-12-02:2019-01-02
$L --baly "$S/data/jsons" "$R/baly_202003" --dates 2020-03-09:2020-03-19
# Three more reserve periods (prepared at the twenty-eighth session, newres28): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each in the middle of one
# of the gaps the periods above leave (7.0 weeks Jul-Aug 2018, 5.3 Feb-Mar 2018, 4.9 Jul 2019;
# 1.4-1.6, 0.6-0.7 and 0.3-0.4 weeks from the nearest now). Laid out with their blind pair labels
# only (pool made without running quotecheck). No article repeats one of another set (no shared
# link; the largest word 8-gram overlaps with the open sets are chrome -- The Hill's link widget,
# Politico's sign-up blocks, the NRPLUS appeal, NPR's transcript notice, the Daily Caller licensing
# line, bios -- quotations, and same-outlet background: Vox's in baly_201801 and baly_201908, Fox's
# on Kavanaugh in baly_201808, Reason's in baly_201908). Inside baly_201907 Newsmax runs a Reuters
# story whole under its own link (labelled wholly).
#   baly_201807: 10 Jul-7 Aug 2018 (the Kavanaugh nomination, the Helsinki summit, the Manafort trial, family reunifications), 178 articles
#   baly_201802: 9 Feb-9 Mar 2018 (the Parkland shooting and the gun debate, DACA, the Russia indictments, the tariffs), 180 articles
#   baly_201907: 1-30 Jul 2019 (the July 4 salute, the census question, Trump's tweets at four congresswomen, Mueller's testimony), 172 articles
$L --baly "$S/data/jsons" "$R/baly_201807" --dates 2018-07-10:2018-08-07
$L --baly "$S/data/jsons" "$R/baly_201802" --dates 2018-02-09:2018-03-09
$L --baly "$S/data/jsons" "$R/baly_201907" --dates 2019-07-01:2019-07-30
# Three more reserve periods (prepared at the thirtieth session, newres30): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each in one of the
# widest gaps the periods above leave that holds enough multi-outlet stories and no BABE article
# (Oct 2019, 3.0 weeks; Jan 2020, 3.3; late May-mid June 2020, 3.7). May 2019 (4.4 weeks, about
# 160 articles) stays open: three of its articles hold BABE sentences (one a BABE link), and a
# window without them holds about 100. Laid out with their blind pair labels only (pool made
# without running quotecheck). No article repeats one of another set (no shared link; the largest
# word 8-gram overlaps with the open sets are chrome -- The Hill's link widget, The Nation's, Vox's
# and Slate's sign-up blocks, bios, the AP-NORC poll's method line -- quotations, and same-outlet
# background on other pages: Reason on vaping in baly_202003 and baly_202005). Between two of the
# new sets one Libertarian Republic writer reuses a passage on the debate commission (baly_201910,
# baly_202006; different pages).
#   baly_201910: 11-31 Oct 2019 (the impeachment inquiry's depositions, the Syria withdrawal, al-Baghdadi's death, the Democratic debate), 128 articles
#   baly_202001: 9-26 Jan 2020 (the Iran strike's aftermath, the Parnas documents, the Senate impeachment trial, the China trade deal), 153 articles
#   baly_202006: 31 May-9 Jun 2020 (the George Floyd protests, the Lafayette Square clearing, Mattis' statement, defund the police), 169 articles
$L --baly "$S/data/jsons" "$R/baly_201910" --dates 2019-10-11:2019-10-31
$L --baly "$S/data/jsons" "$R/baly_202001" --dates 2020-01-09:2020-01-26
$L --baly "$S/data/jsons" "$R/baly_202006" --dates 2020-05-31:2020-06-09
# Three more reserve periods (prepared at the thirty-second session, newres32): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), each filling one of the
# gaps the periods above leave that holds enough multi-outlet stories and no BABE article or
# sentence: late August-mid September 2019 (3.1 weeks, between baly_201908 and baly_201909), late
# November-mid December 2019 (3.0 weeks, between baly_201911 and baly_201912), 1-12 July 2020
# (between baly06 and baly07; the BABE sentence of a 2 July Reuters article lies outside the
# multi-outlet groups laid out). Laid out with their blind pair labels only (pool made without
# running quotecheck). No article repeats one of another set (no shared link; the largest word
# 8-gram overlaps with the open sets are chrome -- The Hill's link widget, The Nation's, Vox's and
# Slate's sign-up blocks, FiveThirtyEight's method notes, bios -- quotations and poll figures, and
# same-outlet background on other pages: the Washington Times on the Ukraine call in baly_202001,
# Vox on conspiracy theories in baly_201807).
#   baly_201909b: 23 Aug-13 Sep 2019 (David Koch's death, Hong Kong's bill withdrawn, Bolton out, the Taliban talks off, the third Democratic debate), 143 articles
#   baly_201912b: 23 Nov-13 Dec 2019 (Harris out, the Judiciary Committee's impeachment hearings and articles, the inspector general's FISA report, the USMCA deal), 151 articles
#   baly_202007: 1-12 Jul 2020 (the summer surge of the pandemic, Mount Rushmore and cancel culture, the Supreme Court's tax-records ruling, Stone's commutation), 150 articles
$L --baly "$S/data/jsons" "$R/baly_201909b" --dates 2019-08-23:2019-09-13
$L --baly "$S/data/jsons" "$R/baly_201912b" --dates 2019-11-23:2019-12-13
$L --baly "$S/data/jsons" "$R/baly_202007" --dates 2020-07-01:2020-07-12
# Three more reserve periods (prepared at the thirty-third session, newres33): held-out years of
# opinion_silver.py (which skips every reserve period, these from then), from the last gaps of
# 2020 the periods above leave, each cut so that no article of a BABE link or with a BABE sentence
# falls in a multi-outlet group laid out: late February-early March 2020 (ends on 7 March: an
# 8 March article with a BABE sentence is in a two-outlet group), late March-early April 2020
# (starts on 24 March: a 23 March BABE article is in a twelve-outlet group), the second half of
# April 2020 (a 20 April article with a BABE sentence is in no multi-outlet group; 5 May, with one
# in a group, stays out). None of the gaps left holds 20 stories of three or more outlets; these
# hold 18, 15 and 17. Laid out with their blind pair labels only (pool made without running
# quotecheck). No article repeats one of another set (no shared link; one MarketWatch link is
# filed twice inside baly_202003b under two headlines: both copies kept, labelled wholly). The
# largest word 8-gram overlaps with the open sets are chrome -- The Hill's link widget, Vox's
# sign-up block and podcast line, Newsmax, CNN and Breitbart bios -- quotations, and same-outlet
# background on other pages: AP's on the Louisiana abortion case in baly_201909.
#   baly_202002b: 21 Feb-7 Mar 2020 (the Nevada and South Carolina primaries, Super Tuesday and the candidates who quit, the first US virus death, Schumer's remarks and the chief justice's rebuke), 142 articles
#   baly_202003b: 24 Mar-2 Apr 2020 (the $2 trillion relief bill passed and signed, hydroxychloroquine, reopening by Easter, the death projections and extended guidelines), 147 articles
#   baly_202004b: 19-30 Apr 2020 (the lockdown protests and who reopens, the disinfectant remarks, the oil price crash, jobless claims, Tara Reade's allegation), 166 articles
$L --baly "$S/data/jsons" "$R/baly_202002b" --dates 2020-02-21:2020-03-07
$L --baly "$S/data/jsons" "$R/baly_202003b" --dates 2020-03-24:2020-04-02
$L --baly "$S/data/jsons" "$R/baly_202004b" --dates 2020-04-19:2020-04-30
