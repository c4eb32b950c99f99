"""Attribution on small annotated news articles in many house styles, measured with thresholds.

Each article lists its quotations (a distinctive piece of the quoted words) with the expected
speaker (None for the narrator's own scare quotes, "*" when too debatable to score).
``evaluate`` computes quote precision and recall by span overlap and speaker accuracy;
bench/bench_extract.py prints them.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from quotecheck.attribution import lexicon, sentence_attributions
from quotecheck.extract import extract_quotes, extract_story_quotes
from quotecheck.model import Document
from quotecheck.speakers import same_speaker
from quotecheck.textview import TextView


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    gold: tuple  # (piece of the quoted words, speaker or None)


ARTICLES = [
    Article("wire-us", """WASHINGTON (AP) — The Senate on Tuesday passed a sweeping infrastructure bill, sending the measure to the House after months of negotiations.

"This is a historic day for the American people," said Senate Majority Leader Chuck Schumer, a New York Democrat. "We have shown that government can still deliver."

Republicans were divided. Sen. Mitch McConnell of Kentucky called the bill "a reasonable compromise" but warned that spending elsewhere would be "a disaster for working families."

"I voted for it because my state needs roads and bridges," said Sen. Susan Collins, R-Maine. She added that she had concerns about how the package would be paid for.

The White House praised the vote. "The president is grateful to the senators who came together," press secretary Jen Psaki told reporters.

Critics on the left said the bill did not go far enough. "It's a start, not a finish," Rep. Alexandria Ocasio-Cortez wrote on Twitter.
""", (
        ("This is a historic day", "Chuck Schumer"),
        ("We have shown that government", "Chuck Schumer"),
        ("a reasonable compromise", "Mitch McConnell"),
        ("a disaster for working families", "Mitch McConnell"),
        ("I voted for it because", "Susan Collins"),
        ("The president is grateful", "Jen Psaki"),
        ("It's a start, not a finish", "Alexandria Ocasio-Cortez"),
    )),
    Article("uk-single", """Ministers have been accused of ‘sleepwalking’ into a housing crisis after new figures showed completions at their lowest level for a decade.

The shadow housing secretary, Angela Rayner, said: ‘The government’s failure is costing families dearly. Young people’s hopes of owning a home are being dashed.’

A spokesman for the Department for Levelling Up said the claims were ‘simply untrue’ and that ministers remained ‘fully committed’ to building 300,000 homes a year.

Housing charity Shelter’s chief executive, Polly Neate, described the figures as ‘a national scandal’. She said: ‘We keep hearing about “ambitious targets”, but the builders’ diggers aren’t moving.’

The figures, published by the Office for National Statistics, cover England only.
""", (
        ("sleepwalking", None),
        ("The government’s failure is costing", "Angela Rayner"),
        ("simply untrue", "spokesman for the Department for Levelling Up"),
        ("fully committed", "spokesman for the Department for Levelling Up"),
        ("a national scandal", "Polly Neate"),
        ("We keep hearing about", "Polly Neate"),
    )),
    Article("multi-paragraph", """BERLIN — Chancellor Olaf Scholz defended his government's energy policy in a speech to parliament on Wednesday.

“We did not choose this crisis,” Scholz said. “It was forced on us by a war of aggression that Russia started.

“We have filled our gas storage. We have built terminals in record time. And we will get through this winter together.”

Opposition leader Friedrich Merz was unimpressed. “The chancellor is describing a country that does not exist,” he said, accusing the coalition of “chaos and indecision.”

Economists were more measured. According to Clemens Fuest, president of the Ifo Institute, “the worst of the price shock is behind us, but the recovery will be slow.”
""", (
        ("We did not choose this crisis", "Olaf Scholz"),
        ("It was forced on us", "Olaf Scholz"),
        ("We have filled our gas storage", "Olaf Scholz"),
        ("The chancellor is describing", "Friedrich Merz"),
        ("chaos and indecision", "Friedrich Merz"),
        ("the worst of the price shock", "Clemens Fuest"),
    )),
    Article("organisations", """The World Health Organization said on Friday that the outbreak was “not yet a global emergency” but urged countries to step up surveillance.

“The risk remains moderate at the global level,” the agency said in a statement.

Health officials in the region reported 412 new cases. Police said they had arrested three people for “spreading false information” about the virus online.

Pfizer said its vaccine candidate had shown “strong and durable protection” in early trials. The company declined to say when it would seek approval.

The European Medicines Agency was more cautious. “It is too early to draw conclusions,” it said.
""", (
        ("not yet a global emergency", "World Health Organization"),
        ("The risk remains moderate", "World Health Organization"),
        ("spreading false information", "Police"),
        ("strong and durable protection", "Pfizer"),
        ("It is too early to draw", "European Medicines Agency"),
    )),
    Article("pronouns-mixed", """Maria Santos, the mayor of the coastal town, spent the morning inspecting the damage with the regional governor, Pedro Alvarez.

“We lost everything in a single night,” she said, standing in front of the ruined market. “But we will rebuild.”

Alvarez promised federal help within days. “Nobody will be left behind,” he told reporters. He said the army would deliver water and generators by the weekend.

Residents were sceptical. “They always promise,” said Ana Ruiz, 67, who runs a bakery near the harbour. “Then they forget us.”

The mayor said the town needed “at least two years” to recover.
""", (
        ("We lost everything", "Maria Santos"),
        ("But we will rebuild", "Maria Santos"),
        ("Nobody will be left behind", "Pedro Alvarez"),
        ("They always promise", "Ana Ruiz"),
        ("Then they forget us", "Ana Ruiz"),
        ("at least two years", "Maria Santos"),
    )),
    Article("colon-and-titles", """Prime Minister Narendra Modi: “India will be a developed nation by 2047.”

Modi made the pledge in a televised address marking Independence Day. He also said the country would “never bow to terrorism.”

The speech drew a sharp response from Congress leader Rahul Gandhi. Gandhi: “Promises are cheap. Jobs are not.”

The address was broadcast on the state channel's flagship programme “Desh Ki Baat” and streamed online.
""", (
        ("India will be a developed nation", "Narendra Modi"),
        ("never bow to terrorism", "Narendra Modi"),
        ("Promises are cheap", "Rahul Gandhi"),
    )),
    Article("said-x-inversions", """NAIROBI, Kenya — Kenya's central bank held its benchmark rate at 10.5 percent on Thursday, citing easing inflation.

"The committee noted that inflation has declined for three consecutive months," said Governor Kamau Thugge. "We will continue to monitor global developments."

"Markets had priced in a hold," said Aly-Khan Satchu, an independent analyst in Nairobi. "The surprise would have been a cut."

Said another analyst, Churchill Ogutu of IC Group: "The shilling's stability gives the bank room to wait."
""", (
        ("The committee noted that inflation", "Kamau Thugge"),
        ("We will continue to monitor", "Kamau Thugge"),
        ("Markets had priced in a hold", "Aly-Khan Satchu"),
        ("The surprise would have been a cut", "Aly-Khan Satchu"),
        ("The shilling's stability", "Churchill Ogutu"),
    )),
    Article("verbs-variety", """Tesla chief executive Elon Musk claimed on Monday that the company's self-driving software was "way better than any human." He vowed to deliver a robotaxi service "next year, for sure."

Safety regulators were not convinced. Jennifer Homendy, chair of the National Transportation Safety Board, accused Musk of "misleading the public" and described his statements as "reckless."

Musk hit back on X, writing that critics "have no idea what they are talking about."

Analysts at Morgan Stanley, however, wrote in a note to clients that the software was "improving rapidly."
""", (
        ("way better than any human", "Elon Musk"),
        ("next year, for sure", "Elon Musk"),
        ("misleading the public", "Jennifer Homendy"),
        ("reckless", "Jennifer Homendy"),
        ("have no idea what they are talking about", "Elon Musk"),
        ("improving rapidly", "Analysts at Morgan Stanley"),
    )),
    Article("next-sentence-speaker", """The minister's resignation letter was blunt.

“I can no longer serve in a government that ignores the evidence.” With those words, Health Minister Karen Holt ended a 14-year career in cabinet on Sunday.

Her deputy, James Whitfield, will take over. “Karen was a friend and a mentor,” Whitfield said. “I will miss her.”
""", (
        ("I can no longer serve", "Karen Holt"),
        ("Karen was a friend", "James Whitfield"),
        ("I will miss her", "James Whitfield"),
    )),
    Article("guillemets-and-german", """The French president was defiant. « Nous ne céderons pas », Emmanuel Macron said in a televised address, before adding that pension reform was « nécessaire ».

In Berlin, Finance Minister Christian Lindner told Bild: „Die Schuldenbremse gilt.“ His Green coalition partners called the statement „unhelpful“.
""", (
        ("Nous ne céderons pas", "Emmanuel Macron"),
        ("nécessaire", "Emmanuel Macron"),
        ("Die Schuldenbremse gilt", "Christian Lindner"),
        ("unhelpful", "Green coalition partners"),
    )),
    Article("ellipsis-brackets", """In the recording, the commander can be heard saying: "Hold the line … whatever it costs [us], hold the line."

Col. Yuri Petrenko later told the BBC that the order had been "misunderstood ... by people who were not there." The defence ministry said the recording was "authentic but incomplete."
""", (
        ("Hold the line … whatever", "commander"),
        ("misunderstood ... by people", "Yuri Petrenko"),
        ("authentic but incomplete", "defence ministry"),
    )),
    Article("apostrophes-heavy", """It’s the kind of rock ’n’ roll comeback the ’90s band’s fans didn’t expect. The group’s singer, Liam O’Connor, said the reunion was “about the music, not the money.”

“We’re older, we’re slower, but we’ve still got it,” O’Connor told the magazine. The promoters’ statement said tickets sold out “within minutes.”
""", (
        ("about the music, not the money", "Liam O’Connor"),
        ("We’re older, we’re slower", "Liam O’Connor"),
        ("within minutes", "promoters’ statement"),
    )),
    Article("speaker-before-quote-paragraph", """Sarah Chen, a climate scientist at Stanford University, has studied the glacier for two decades. She put it simply:

“The ice is disappearing faster than any model predicted. We are running out of time.”

Her colleague, Tom Becker, was more cautious.

“Models are tools, not prophecies,” Becker said. “We should be careful about single-season data.”

“That said, the trend is clear.”
""", (
        ("The ice is disappearing", "Sarah Chen"),
        ("Models are tools", "Tom Becker"),
        ("We should be careful", "Tom Becker"),
        ("That said, the trend is clear", "Tom Becker"),
    )),
    Article("descriptions", """Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Vilnius on Monday.

The Turkish leader said Sweden had taken "positive steps" but that more work was needed. Kristersson called the talks "constructive."

Erdogan's communications director, Fahrettin Altun, later said Ankara expected "concrete action, not words." The Swedish premier told reporters he was "optimistic."
""", (
        ("positive steps", "Recep Tayyip Erdogan"),
        ("constructive", "Ulf Kristersson"),
        ("concrete action, not words", "Fahrettin Altun"),
        ("optimistic", "Ulf Kristersson"),
    )),
]


# Written after the extractor's first tuning round and measured before any fix: a check on
# over-fitting to ARTICLES.
HELD_OUT = [
    Article("split-quote-and-relatives", """LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, official data showed on Thursday.

"We are," said Finance Minister Rachel Reeves, "on the right track, but there is more to do." Reeves, who took office in July, has promised to "fix the foundations" of the economy.

Economists were split. "The numbers look good on paper," said Sam Okafor, chief economist at Redwood Capital, who had forecast a contraction. "But business investment is still falling."

Asked whether the Bank of England would cut interest rates again, Okafor said: "I think they will wait until February."
""", (
        ("We are", "Rachel Reeves"),
        ("on the right track", "Rachel Reeves"),
        ("fix the foundations", "Rachel Reeves"),
        ("The numbers look good on paper", "Sam Okafor"),
        ("But business investment", "Sam Okafor"),
        ("I think they will wait", "Sam Okafor"),
    )),
    Article("gendered-pronouns", """Lisa Moreno and her former business partner, David Klein, appeared in court on Monday to settle a dispute over the restaurant chain they founded together.

Klein's lawyer argued that the contract was void. "My client was misled from the very beginning," he said.

Moreno did not look at her former partner as she left. "I built this company with my own hands," she said outside the courthouse. "I will not let anyone take it from me."

Klein declined to comment. His spokeswoman, Jenny Park, said he was "disappointed but confident" about the appeal.
""", (
        ("My client was misled", "Klein's lawyer"),
        ("I built this company", "Lisa Moreno"),
        ("I will not let anyone", "Lisa Moreno"),
        ("disappointed but confident", "Jenny Park"),
    )),
    Article("statements-and-reports", """The Ministry of Foreign Affairs on Saturday condemned the missile launch as a "grave provocation" and summoned the ambassador.

"Such actions threaten peace and stability in the entire region," the ministry said in a statement.

A United Nations report released last month warned that the country's weapons programme was "advancing at an alarming pace." The report said sanctions had "failed to slow" the programme.

According to the Defense Ministry, the missile flew about 1,000 kilometers before landing in the sea.
""", (
        ("grave provocation", "Ministry of Foreign Affairs"),
        ("Such actions threaten peace", "Ministry of Foreign Affairs"),
        ("advancing at an alarming pace", "United Nations report"),
        ("failed to slow", "report"),
    )),
    Article("tweets-and-headline", """Biden: "We will not back down"

WASHINGTON — President Joe Biden vowed on Friday to keep up pressure on Moscow, telling reporters at the White House that the United States would "stand with Ukraine for as long as it takes."

Former President Donald Trump tweeted that the policy was "a total disaster." Senate Minority Leader Mitch McConnell said in a statement that he supported the administration's "firm approach."

"We will not back down," Biden said. "Not now, not ever."
""", (
        ("We will not back down\"\n", "Joe Biden"),
        ("stand with Ukraine", "Joe Biden"),
        ("a total disaster", "Donald Trump"),
        ("firm approach", "Mitch McConnell"),
        ("back down,\" Biden", "Joe Biden"),
        ("Not now, not ever", "Joe Biden"),
    )),
    Article("magazine-says", """The first thing you notice about Hana Suzuki is her laugh. "People expect a chemist to be serious," says Suzuki, 41, who runs a lab at Kyoto University. "I'm serious about the work, not about myself."

Her team's discovery, a catalyst that splits water using sunlight, could transform hydrogen production. "It's the most exciting result of my career," she says.

Not everyone is convinced. "The efficiency is impressive, but scaling it up is another story," says Mark Jennings, a materials scientist at MIT who was not involved in the research.
""", (
        ("People expect a chemist", "Hana Suzuki"),
        ("I'm serious about the work", "Hana Suzuki"),
        ("It's the most exciting result", "Hana Suzuki"),
        ("The efficiency is impressive", "Mark Jennings"),
    )),
    Article("police-and-witnesses", """Two people were injured when a car crashed into a cafe in central Manchester on Sunday afternoon, police said.

Greater Manchester Police said the driver, a 72-year-old man, had been arrested on suspicion of dangerous driving. "We are keeping an open mind about the cause," Superintendent Claire Hughes told reporters.

One witness, who did not want to be named, said she heard "a huge bang" and saw people running. "It was chaos," she said. "There was glass everywhere."

The cafe's owner, Marco Bellini, said he was "just grateful nobody was killed."
""", (
        ("We are keeping an open mind", "Claire Hughes"),
        ("a huge bang", "witness"),
        ("It was chaos", "witness"),
        ("There was glass everywhere", "witness"),
        ("just grateful nobody was killed", "Marco Bellini"),
    )),
    Article("speech-multi-paragraph", """In his address to the nation, Prime Minister Mark Carney set out his plan for the economy.

"Canadians have been through a difficult few years. Prices have risen faster than wages, and many families are struggling to make ends meet.

"My government will cut taxes for the middle class, build half a million homes a year, and invest in the industries of the future.

"We will do this together," Carney said.

Opposition leader Pierre Poilievre dismissed the speech as "more empty promises from a tired government."
""", (
        ("Canadians have been through", "Mark Carney"),
        ("My government will cut taxes", "Mark Carney"),
        ("We will do this together", "Mark Carney"),
        ("more empty promises", "Pierre Poilievre"),
    )),
    Article("scare-quotes-and-nicknames", """The so-called "Iron Lady" of Liberian politics, Ellen Johnson Sirleaf, was the first woman elected head of state in Africa.

Critics at the time dismissed her campaign as a "vanity project", but she won decisively. In her memoir, "This Child Will Be Great", she wrote that she had "never doubted" the outcome.

Today the phrase "glass ceiling" appears less often in Liberian newspapers.
""", (
        ("Iron Lady", None),
        ("vanity project", "Critics"),
        ("never doubted", "Ellen Johnson Sirleaf"),
        ("glass ceiling", None),
    )),
    # Second held-out round (Canadian wire, business, court, sports, nested single marks,
    # wildfire): 28 of 30 speakers right when first measured; two general fixes followed.
    Article("cp-style", """OTTAWA — Prime Minister Justin Trudeau says Canada will not be "pushed around" by the United States in the trade dispute.

Speaking to reporters in Ottawa on Tuesday, Trudeau said his government was prepared to respond "dollar for dollar" to any new tariffs.

"We will always stand up for Canadian workers," he said. "That is not negotiable."

Conservative Leader Pierre Poilievre accused the Liberals of "weakness and confusion" and called for an emergency debate in the House of Commons.

Dr. Theresa Tam, Canada's chief public health officer, told a separate news conference that the country's hospitals were "under significant strain" this winter. She urged Canadians to get vaccinated.

"It's not too late," Tam said.
""", (("pushed around","Justin Trudeau"),("dollar for dollar","Justin Trudeau"),("We will always stand up","Justin Trudeau"),("That is not negotiable","Justin Trudeau"),("weakness and confusion","Pierre Poilievre"),("under significant strain","Theresa Tam"),("It's not too late","Theresa Tam"))),
    Article("business-email", """Shopify shares jumped 12 per cent on Thursday after the Ottawa-based company reported better-than-expected quarterly revenue.

"This was a record quarter for our merchants," president Harley Finkelstein said on a call with analysts. He added that the company was "just getting started" with artificial intelligence tools.

A spokesperson for the company said in an email that Shopify had no plans to cut jobs. "Our focus is on growth," the spokesperson wrote.

Analyst Maria Ripps of Canaccord Genuity called the results "a clean beat" in a note to clients.
""", (("This was a record quarter","Harley Finkelstein"),("just getting started","Harley Finkelstein"),("Our focus is on growth","spokesperson"),("a clean beat","Maria Ripps"))),
    Article("court-report", """A Toronto man who admitted to defrauding seniors of more than $2 million was sentenced to seven years in prison on Friday.

Justice Anne Molloy said the crimes were "callous and calculated" and had caused "devastating harm" to the victims and their families.

Defence lawyer Michael Chen said his client was "deeply remorseful." Chen told reporters outside the courthouse that an appeal was being considered.

One victim, an 84-year-old widow, said in a statement read in court: "I trusted him with everything I had. Now I have nothing."

The Crown had asked for a sentence of nine years.
""", (("callous and calculated","Anne Molloy"),("devastating harm","Anne Molloy"),("deeply remorseful","Michael Chen"),("I trusted him with everything","victim"))),
    Article("sports", """Connor McDavid scored twice and added an assist as the Edmonton Oilers beat the Calgary Flames 5-2 on Saturday night.

"It was a big win for us," McDavid said after the game. "Calgary is always a tough opponent, and we needed those two points."

Oilers coach Kris Knoblauch praised his captain's "relentless" effort. "He makes everyone around him better," Knoblauch said.

Flames goaltender Jacob Markstrom was blunt about his team's performance: "We weren't good enough tonight, plain and simple."
""", (("It was a big win","Connor McDavid"),("Calgary is always a tough","Connor McDavid"),("relentless","Kris Knoblauch"),("He makes everyone","Kris Knoblauch"),("We weren't good enough","Jacob Markstrom"))),
    Article("straight-single-nested", """The union's president, Lana Payne, said members had voted overwhelmingly to accept the deal. "When the company told us 'this is our final offer,' we knew it wasn't," she said.

Ford Canada said in a statement that it was "pleased" with the outcome.

Industry experts agreed the agreement was significant. "It sets a new benchmark," said Dimitry Anastakis, a professor at the University of Toronto. "Other automakers will have to follow."
""", (("When the company told us","Lana Payne"),("pleased","Ford Canada"),("It sets a new benchmark","Dimitry Anastakis"),("Other automakers will","Dimitry Anastakis"))),
    Article("wildfire", """Officials in British Columbia ordered thousands of residents to evacuate on Sunday as a wildfire near Kelowna grew rapidly overnight.

"This is a very dangerous and dynamic situation," said Jason Brolund, the fire chief for West Kelowna. "Please leave when you are told to leave."

B.C. Premier David Eby described the fire as "the worst we have seen in decades."

Residents described a chaotic scene. "The sky was orange and there was ash falling everywhere," said Karen Thompson, who fled with her two children. "We just grabbed what we could."

Environment Canada warned that winds could reach 60 km/h on Monday, which "could lead to extreme fire behaviour."
""", (("This is a very dangerous","Jason Brolund"),("Please leave when","Jason Brolund"),("the worst we have seen","David Eby"),("The sky was orange","Karen Thompson"),("We just grabbed","Karen Thompson"),("could lead to extreme","Environment Canada"))),
    # Third held-out round (feature, protest, interview, two women, science): 20 of 24
    # speakers right when first measured; general fixes followed (generic described subjects,
    # names in apposition, plural subjects for "they").
    Article("long-feature", """When Amira Hassan opened her bakery in 2015, she had no idea it would become a neighbourhood landmark.

"I just wanted to bake the bread my grandmother made," Hassan, 38, said on a recent morning as customers lined up outside. "Everything else happened by accident."

Her husband, Omar, handles the books. He says the shop has doubled its sales every year since it opened. "People come for the bread, but they stay for her," he said, laughing.

Local councillor Rebecca Nguyen called the bakery "the heart of the street." Nguyen said the city was considering a grant program for small food businesses.

Not everyone is a fan. A competing baker, who asked not to be named, said the shop's success was "mostly hype." Hassan shrugged off the criticism. "Let them talk," she said.
""", (("I just wanted to bake","Amira Hassan"),("Everything else happened","Amira Hassan"),("People come for the bread","Omar"),("the heart of the street","Rebecca Nguyen"),("mostly hype",None),("Let them talk","Amira Hassan"))),
    Article("protest-they", """Hundreds of farmers blocked highways across the province on Wednesday to protest against new fertilizer rules.

"We cannot survive another cut," said Paul Dubois, a dairy farmer from near Quebec City. "The government does not understand what it costs to feed this country."

The farmers said they would continue until the rules were withdrawn. "We are not going anywhere," they said in a joint statement.

Agriculture Minister Lawrence MacAulay said he was "open to dialogue" but would not scrap the regulations. The ministry said in an email that the rules were "based on the best available science."
""", (("We cannot survive another cut","Paul Dubois"),("The government does not understand","Paul Dubois"),("We are not going anywhere","farmers"),("open to dialogue","Lawrence MacAulay"),("based on the best available science","ministry"))),
    Article("interview-qa-and-quotes", """Author Margaret Atwood has released a new collection of essays. In an interview, she reflected on the state of publishing.

"Books are not dying," Atwood said. "They are changing shape, as they always have."

Asked about artificial intelligence, she was blunt: "A machine can imitate a sentence. It cannot mean one."

Her publisher, McClelland & Stewart, said the first printing had sold out.
""", (("Books are not dying","Margaret Atwood"),("They are changing shape","Margaret Atwood"),("A machine can imitate","Margaret Atwood"))),
    Article("two-women", """Mayor Olivia Chow and Councillor Stephanie Brooks clashed on Tuesday over the city's housing budget.

"We cannot keep postponing these investments," Chow said during the council debate.

Brooks disagreed. "The mayor's plan will raise property taxes for families who are already struggling," she said. She accused the mayor of "spending money the city does not have."

Chow responded that the plan was "fully costed." "Every dollar is accounted for," she said.
""", (("We cannot keep postponing","Olivia Chow"),("The mayor's plan will raise","Stephanie Brooks"),("spending money the city","Stephanie Brooks"),("fully costed","Olivia Chow"),("Every dollar is accounted","Olivia Chow"))),
    Article("science-hedged", """A new study published in the journal Nature suggests that the Atlantic current system could collapse within decades.

"This is a wake-up call," said lead author Peter Ditlevsen, a climate scientist at the University of Copenhagen. "We need to take this risk seriously."

Other researchers urged caution. Stefan Rahmstorf of the Potsdam Institute said the study's statistical method was "interesting but uncertain," adding: "I would not bet on a specific year."

The study's authors acknowledged that their estimate had "large uncertainties."
""", (("This is a wake-up call","Peter Ditlevsen"),("We need to take this risk","Peter Ditlevsen"),("interesting but uncertain","Stefan Rahmstorf"),("I would not bet","Stefan Rahmstorf"),("large uncertainties","authors"))),
    # Fourth held-out round (Australian politics, NGO, tech launch, UK court, quote lede): 16
    # of 19 first time; fixes: bracketed credits are no subjects, a quote-only paragraph named
    # in the next one, a lede's described speaker named in the next two sentences.
    Article("au-politics", """CANBERRA — Australia's opposition leader has accused the government of "losing control" of the budget after new figures showed a $20 billion blowout.

"Every Australian family is paying for this government's incompetence," Peter Dutton told reporters at Parliament House on Wednesday.

Treasurer Jim Chalmers rejected the claim. He said the figures reflected "one-off payments" to flood-affected communities and that the underlying position was "stronger than a year ago."

"I'm not going to apologise for helping people who lost their homes," Chalmers said.
""", (("losing control","Peter Dutton"),("Every Australian family","Peter Dutton"),("one-off payments","Jim Chalmers"),("stronger than a year ago","Jim Chalmers"),("I'm not going to apologise","Jim Chalmers"))),
    Article("health-ngo", """The international medical charity Médecins Sans Frontières said on Monday that its hospital in the city had been hit by shelling for the third time in a month.

"Our staff are working in impossible conditions," said Dr. Ahmed Haddad, the group's medical coordinator in the region. "We have run out of anaesthetics and we are doing surgery by torchlight."

The World Food Programme warned that famine was "imminent" in parts of the north. A spokesperson for the agency, Farah Nasser, told the BBC that convoys had been blocked at checkpoints for weeks.

"We can't feed people we can't reach," she said.
""", (("Our staff are working","Ahmed Haddad"),("We have run out","Ahmed Haddad"),("imminent","World Food Programme"),("We can't feed people","Farah Nasser"))),
    Article("tech-launch", """SAN FRANCISCO (Reuters) — OpenAI on Tuesday unveiled a new model that it said was "significantly better" at reasoning than its predecessors.

Chief executive Sam Altman called the release "a big step" in a post on X, but cautioned that the model still made mistakes. "It is not magic, and people should check its work," Altman wrote.

Some researchers were skeptical. "The benchmarks they chose are the ones they do best on," said Emily Bender, a linguistics professor at the University of Washington. She added that independent testing was needed.
""", (("significantly better","OpenAI"),("a big step","Sam Altman"),("It is not magic","Sam Altman"),("The benchmarks they chose","Emily Bender"))),
    Article("uk-courts-single", """A former nurse has been jailed for life for the murder of three patients at a hospital in Kent.

Sentencing her at Maidstone Crown Court, Mr Justice Hadley told Karen Doyle, 52: ‘You betrayed the trust placed in you by patients and colleagues alike.’

The victims’ families said in a joint statement that they were ‘relieved’ by the verdict but that ‘nothing will bring them back’.

Det Supt Mark Fielding, who led the inquiry, said: ‘This was a complex and harrowing investigation.’
""", (("You betrayed the trust","Justice Hadley"),("relieved","families"),("nothing will bring them back","families"),("This was a complex","Mark Fielding"))),
    Article("quote-first-then-name-paragraph", """"It's the worst flooding I've seen in 40 years of farming."

That was the verdict of Hugh Morrison, who farms 300 acres near the swollen River Severn, as water levels peaked on Friday.

Environment Agency officials said more rain was forecast. "People should not be complacent," said Caroline Douglass, the agency's director of incident management.
""", (("It's the worst flooding","Hugh Morrison"),("People should not be complacent","Caroline Douglass"))),
    # Fifth held-out round (football, AFP wire, "adding:", "according to" after the quote,
    # headline quotes): 18 of 22 first time; fixes: "hit" is no speech act, documents as
    # described speakers, a headline's bare role named in the first paragraphs.
    Article("two-men-alternating", """Manchester United manager Erik ten Hag defended his team selection after Sunday's 3-0 defeat to Liverpool.

"I picked the best team for this game," Ten Hag said. "We made mistakes and we were punished."

Former United captain Gary Neville was scathing on Sky Sports. "There is no plan, no identity," he said. "I've watched this team for two years and I still don't know how they want to play."

Ten Hag was asked about Neville's comments. "Everyone has an opinion," he said, "but I know what we are building."
""", (("I picked the best team","Erik ten Hag"),("We made mistakes","Erik ten Hag"),("There is no plan","Gary Neville"),("I've watched this team","Gary Neville"),("Everyone has an opinion","Erik ten Hag"),("but I know what we are building","Erik ten Hag"))),
    Article("afp-official", """KYIV (AFP) — Russian drones struck energy facilities in three Ukrainian regions overnight, officials said Saturday, leaving hundreds of thousands without power.

"The enemy is once again targeting our energy system ahead of winter," Energy Minister Herman Halushchenko wrote on Facebook.

A senior Ukrainian military official, speaking on condition of anonymity, told AFP that air defences had shot down "most but not all" of the drones.

The Kremlin did not comment. Russia's defence ministry said its forces had hit "military-industrial targets," without giving details.
""", (("The enemy is once again","Herman Halushchenko"),("most but not all",None),("military-industrial targets","defence ministry"))),
    Article("adding-colon", """Chancellor Rachel Reeves insisted the budget would "restore stability" to the public finances, adding: "We have fixed the foundations and now we can build."

Shadow chancellor Mel Stride said the plans would "hammer working people." He added that businesses faced "a jobs tax by another name."

The Institute for Fiscal Studies said the measures were "broadly credible" but warned of "tough choices" ahead.
""", (("restore stability","Rachel Reeves"),("We have fixed the foundations","Rachel Reeves"),("hammer working people","Mel Stride"),("a jobs tax by another name","Mel Stride"),("broadly credible","Institute for Fiscal Studies"),("tough choices","Institute for Fiscal Studies"))),
    Article("according-after", """The company's profits fell by 40 per cent in the second quarter, according to figures released on Thursday.

"This has been one of the toughest periods in our history," according to chief executive Laura Chen, who took over in January.

Shareholders were told that the dividend would be "protected at all costs", according to a letter seen by the Financial Times.
""", (("This has been one of the toughest","Laura Chen"),("protected at all costs","letter"))),
    Article("headline-subhead-quotes", """'We will not be intimidated': Mayor vows to keep bike lanes

Councillors call plan 'reckless' as row escalates

The mayor of Bristol, Marvin Rees, has promised to press ahead with new cycle lanes despite a petition signed by 12,000 residents.

"We will not be intimidated by a small but loud minority," Rees told a packed council meeting on Tuesday evening.

Opposition councillor Tom Aditya said the scheme was "reckless" and would "kill off" small shops on Gloucester Road.
""", (("We will not be intimidated': Mayor","Marvin Rees"),("reckless' as row","*"),("We will not be intimidated by a small","Marvin Rees"),("reckless\" and","Tom Aditya"),("kill off","Tom Aditya"))),
    # Sixth held-out round (agency quoted as saying, first-person column, eyewitnesses,
    # courtroom): 12 of 15 first time; fixes: "quoted by X as saying" speaks for the subject,
    # possessive group subjects, a role description as a pronoun's antecedent.
    Article("interfax-quoted", """MOSCOW — Kremlin spokesman Dmitry Peskov was quoted by Interfax as saying that Moscow was "ready for dialogue" with Washington.

Foreign Minister Sergei Lavrov's statement, published on the ministry website, said the talks had been "useful but difficult."

"We have no illusions," Lavrov told reporters later. "But we will keep talking."
""", (("ready for dialogue","Dmitry Peskov"),("useful but difficult","Sergei Lavrov"),("We have no illusions","Sergei Lavrov"),("But we will keep talking","Sergei Lavrov"))),
    Article("columnist-first-person", """When I asked the minister whether the scheme had worked, she laughed. "Ask me in a year," she said.

I am not sure we have a year. The figures published last week by the Office for National Statistics show that "economic inactivity" has risen again, and the Treasury's own forecasters describe the outlook as "challenging."
""", (("Ask me in a year","minister"),("economic inactivity","*"),("challenging","forecasters"))),
    Article("eyewitness-chain", """The fire broke out shortly after midnight on the fourth floor of the building, residents said.

Maria Gonzalez, 34, who lives on the third floor with her two children, said she woke up to the smell of smoke. "I grabbed the kids and ran," she said. "I didn't even put on shoes."

Her neighbour, Ahmed Yilmaz, said firefighters arrived within minutes. "They were incredible," he said. "They carried an old man down the stairs on their backs."

Fire Chief Daniel Ortiz told reporters the cause was under investigation. "We're not ruling anything out at this stage," Ortiz said.
""", (("I grabbed the kids","Maria Gonzalez"),("I didn't even put on shoes","Maria Gonzalez"),("They were incredible","Ahmed Yilmaz"),("They carried an old man","Ahmed Yilmaz"),("We're not ruling anything out","Daniel Ortiz"))),
    Article("courtroom-dialogue", """The prosecutor, Anna Berg, told the jury the evidence was "overwhelming." The defendant's lawyer, Thomas Kline, disagreed. "There is not a single witness who saw my client at the scene," Kline said.

Judge Patricia Wu warned both sides to "keep to the facts." The trial continues on Monday.
""", (("overwhelming","Anna Berg"),("There is not a single witness","Thomas Kline"),("keep to the facts","Patricia Wu"))),
    # Seventh held-out round (premier by role, UK straight single marks with apostrophes,
    # questions, company "it", feature "recalls", Mr. + surname, parentheses and dashes):
    # 25 of 25 right when first measured, no change made.
    Article("premier-role", """Ontario Premier Doug Ford announced on Thursday that the province would spend $1.2 billion on new highways.

"We're building Ontario," the premier told reporters at a construction site in Vaughan. "Nobody wants to sit in traffic."

NDP Leader Marit Stiles said the money should go to public transit instead. "This government is stuck in the 1950s," she said.

Asked about the criticism, Ford shrugged. "She can say what she wants," he said.
""", (("We're building Ontario","Doug Ford"),("Nobody wants to sit in traffic","Doug Ford"),("This government is stuck","Marit Stiles"),("She can say what she wants","Doug Ford"))),
    Article("uk-apostrophes-single", """Council leader Sarah Hughes said: 'It's the councils' fault, not the government's, that the roads are in this state.' She added that the authority had 'no money left'.

'We can't fix what we can't afford,' said Hughes's deputy, Tom Price.

The Local Government Association said councils were 'at breaking point'.
""", (("It's the councils' fault","Sarah Hughes"),("no money left","Sarah Hughes"),("We can't fix what","Tom Price"),("at breaking point","Local Government Association"))),
    Article("question-quotes", """"Why should families pay for their mistakes?" asked Liberal MP Nathaniel Erskine-Smith during question period.

Finance Minister Chrystia Freeland replied that the measures were "temporary and targeted." "Would the member prefer that we do nothing?" she asked.

The exchange drew laughter from the Conservative benches.
""", (("Why should families pay","Nathaniel Erskine-Smith"),("temporary and targeted","Chrystia Freeland"),("Would the member prefer","Chrystia Freeland"))),
    Article("company-spokesperson-it", """Amazon said on Wednesday it would cut 14,000 corporate jobs, citing the need to become "leaner" as it invests in artificial intelligence.

"We are removing layers and reducing bureaucracy," Beth Galetti, a senior vice-president, wrote in a memo to staff.

The company said affected employees would receive severance. It described the cuts as "difficult but necessary."
""", (("leaner","Amazon"),("We are removing layers","Beth Galetti"),("difficult but necessary","Amazon"))),
    Article("feature-recalls", """Nadia Petrov still remembers the day the factory closed. "They gave us two hours to clear our lockers," she recalls. "Twenty-two years, and two hours."

Her sister Olga, who worked on the same line, puts it more bluntly. "We were furniture to them," she says.

The company's former owner, reached by phone in Florida, declined to discuss the closure. "That's ancient history," he said, before hanging up.
""", (("They gave us two hours","Nadia Petrov"),("Twenty-two years","Nadia Petrov"),("We were furniture","Olga"),("That's ancient history","owner"))),
    Article("globe-interview", """In an interview with The Globe and Mail, Bank of Canada Governor Tiff Macklem said the central bank was "prepared to act" if inflation picked up again.

"We're not declaring victory," Mr. Macklem said. "The last mile is often the hardest."

His senior deputy, Carolyn Rogers, struck a similar tone in a speech in Calgary, warning that housing costs remained "stubbornly high."
""", (("prepared to act","Tiff Macklem"),("We're not declaring victory","Tiff Macklem"),("The last mile","Tiff Macklem"),("stubbornly high","Carolyn Rogers"))),
    Article("parenthetical-and-dash", """The new rules (which one industry group called "unworkable") take effect in March.

Regulators defended the timeline. "Firms have had two years' notice," said Priya Shah, director of enforcement at the Financial Conduct Authority — adding that "nobody can claim to be surprised."
""", (("unworkable","industry group"),("Firms have had two years","Priya Shah"),("nobody can claim to be surprised","Priya Shah"))),
    # Eighth held-out round (wire story with many speakers, colon across paragraphs, two
    # candidates by surname): 14 of 14 right when first measured, no change made.
    Article("wire-many-speakers", """BRUSSELS (Reuters) - European Union leaders clashed on Thursday over how to fund a new defence initiative, with several northern states rejecting joint borrowing.

"We need to spend more, and we need to spend together," French President Emmanuel Macron told reporters as he arrived at the summit. He said Europe could not rely on the United States "forever."

Dutch Prime Minister Dick Schoof disagreed. "Joint debt is not the answer," he said, adding that the Netherlands would increase its own spending to 2.5% of GDP.

German Chancellor Friedrich Merz, who met Macron on Wednesday, struck a middle ground. "There are many ways to finance this. We should not close any doors," Merz said.

But Hungarian Prime Minister Viktor Orban, a frequent critic of Brussels, called the plan "a dangerous adventure." "Hungary will not pay for other countries' wars," Orban wrote on X.

Diplomats said a compromise was unlikely before the next summit in June. One EU diplomat described the mood as "tense but constructive."
""", (("We need to spend more","Emmanuel Macron"),("forever","Emmanuel Macron"),("Joint debt is not the answer","Dick Schoof"),("There are many ways","Friedrich Merz"),("a dangerous adventure","Viktor Orban"),("Hungary will not pay","Viktor Orban"),("tense but constructive","diplomat"))),
    Article("colon-across-paragraph", """The report's authors were blunt in their conclusion:

"The system is broken and cannot be fixed by small changes. It needs to be rebuilt."

Health Secretary Wes Streeting said he accepted the findings. "I have read every page," he told MPs. "I am not going to pretend this is anything other than damning."
""", (("The system is broken","authors"),("I have read every page","Wes Streeting"),("I am not going to pretend","Wes Streeting"))),
    Article("surname-reuse", """Two candidates remain in the race to lead the Conservative Party: Kemi Badenoch and Robert Jenrick.

Jenrick, the former immigration minister, promised to "take back control" of the border. Badenoch said the party needed "honesty, not gimmicks."

"I'm the only candidate with a real plan," Jenrick told party members in Birmingham. Asked about her rival's pledge, Badenoch was dismissive. "Slogans are easy," she said.
""", (("take back control","Robert Jenrick"),("honesty, not gimmicks","Kemi Badenoch"),("I'm the only candidate","Robert Jenrick"),("Slogans are easy","Kemi Badenoch"))),
    # round 9 (first-time speaker accuracy 7/21): indirect speech before a quote paragraph,
    # pronoun subject chains, organisations without Inc., nested relative clauses, descriptions
    # linked back, nicknames, anonymous sources, evaluative verbs, headline quotes.
    Article('indirect-then-quote', """Council chair Priya Nandakumar said the budget vote marked a shift for the town.

"For years we kept postponing the hard choices.

"Now the roads are crumbling and we have no choice left," she added later.

Fire chief Tom Becker told councillors the new station would open in spring.

"We have waited long enough for this building."
""", (('For years we kept postponing', 'Priya Nandakumar'), ('Now the roads are crumbling', 'Priya Nandakumar'), ('We have waited long enough', 'Tom Becker'))),
    Article('object-pronoun', """Marcus Oyelaran manages the family bakery. He starts each morning with his nephew Daniel Rees.

"People think bread is simple," he said. "It is not."
""", (('People think bread is simple', 'Marcus Oyelaran'), ('It is not', 'Marcus Oyelaran'))),
    Article('org-generic', """Halcyon Rail said the trains would resume service on Monday. "Passenger safety comes first," the company said in a statement.

Figures were released Friday by Prairie Public Health. In a statement, the agency said it was "closely monitoring" the outbreak.

"We regret the disruption," said a statement from Northgate Water Cooperative.
""", (('Passenger safety comes first', 'Halcyon Rail'), ('closely monitoring', 'Prairie Public Health'), ('We regret the disruption', 'Northgate Water Cooperative'))),
    Article('relative-in-appositive', """Tariq Osman, an analyst at Bluefin Capital, which advised the buyer on the deal, said the price was "fair."

Historian Maeve Lindqvist, whose 2015 study "Salt and Stone" won the Ondaatje prize, called the decision "a loss for the region."
""", (('fair', 'Tariq Osman'), ('a loss for the region', 'Maeve Lindqvist'))),
    Article('description-back', """Harold Venn, a retired welder who has lived on the street for forty years, said he was worried about the traffic.

"I have never seen it this bad," the 81-year-old said.

"The kids can't even cross the road anymore," the retired welder said.
""", (('I have never seen it this bad', 'Harold Venn'), ("The kids can't even cross", 'Harold Venn'))),
    Article('nickname', """Across the league, Tony "The Wall" Marchetti is remembered for his saves. "I just hated losing," Marchetti said.
""", (('I just hated losing', 'Tony Marchetti'),)),
    Article('anonymous-source', """Dana Whitcombe led the union drive last year.

One nurse who was transferred, and who asked not to be named for fear of reprisals, said morale had collapsed. "We were told nothing until the morning of the move," she said.

A former colleague, who requested anonymity, said the report "rewrites history."
""", (('We were told nothing', None), ('rewrites history', None))),
    Article('action-beat', """Irene Castellano sat at her kitchen table and talked about the flood.

"We lost everything in one night," she said. "The photos, the furniture --" She paused and looked at the water line on the wall. "You never think it will happen to you."
""", (('We lost everything', 'Irene Castellano'), ('The photos, the furniture', 'Irene Castellano'), ('You never think it will happen', 'Irene Castellano'))),
    Article('rating-partial', """Analyst Ruth Abernathy said the retailer's margins were under pressure. She rated the shares a "sell."
""", (('sell', 'Ruth Abernathy'),)),
    Article('headline-plural', """Residents divided over Marsh Road bike lane: 'It will kill our shops'

Shop owners on Marsh Road say the new bike lane has cut foot traffic.

"It will kill our shops," said Lena Forsyth, who runs a florist on the street.
""", (("It will kill our shops'", 'Lena Forsyth'), ('It will kill our shops,', 'Lena Forsyth'))),
    # round 10 (first-time 17/17) and round 11 (first-time 7/10: double relative clauses, beats)
    Article('indirect-told', """Superintendent Karen Oduya told parents on Tuesday that the school would stay closed.

"We cannot open a building that is not safe.

"The engineers need another week," she said.

Union president Felix Amaro added that teachers would be paid during the closure.

"Nobody loses a cent over this."
""", (('We cannot open a building', 'Karen Oduya'), ('The engineers need another week', 'Karen Oduya'), ('Nobody loses a cent', 'Felix Amaro'))),
    Article('object-pronoun-2', """Helena Strauss coaches the under-12 team. She drives to practice with her neighbour Martha Quinn.

"The girls work harder than I ever did," she said.
""", (('The girls work harder', 'Helena Strauss'),)),
    Article('org-generic-2', """Maritime Link Ferries cancelled all crossings on Sunday. "We will not sail in these conditions," the company said.

The Winnipeg Regional Health Authority said it was reviewing the case. In an emailed statement, the authority said the patient had been "appropriately assessed."

"The board remains confident in its management," said a statement from the Riverside Teachers Union.
""", (('We will not sail', 'Maritime Link Ferries'), ('appropriately assessed', 'Winnipeg Regional Health Authority'), ('The board remains confident', 'Riverside Teachers Union'))),
    Article('relative-in-appositive-2', """Samir Haddad, the founder of Cedar Labs, who sold his first company at 24, said the market was "overheated."

Economist Lucia Ferreira, whose forecasts for the central bank have proved accurate, told the committee the cut was "overdue."
""", (('overheated', 'Samir Haddad'), ('overdue', 'Lucia Ferreira'))),
    Article('description-back-2', """Margaret Ilves, a former nurse, said she had waited nine hours in the emergency room.

"Nobody told me anything," the 72-year-old said.

"I was a nurse for thirty years and I have never seen it like this," the former nurse said.
""", (('Nobody told me anything', 'Margaret Ilves'), ('I was a nurse for thirty years', 'Margaret Ilves'))),
    Article('beat-chain', """Oskar Lind spent two decades on the trawlers.

"The cod were gone by the nineties," he said. "Just gone." He shook his head. "You can't explain that to people who never saw it."
""", (('The cod were gone', 'Oskar Lind'), ('Just gone', 'Oskar Lind'), ("You can't explain", 'Oskar Lind'))),
    Article('headline-2', """'We were never asked': Fishers angry over offshore wind plan

Fishers in Yarmouth say nobody consulted them about the turbines.

"We were never asked, not once," said Gail Comeau, who fishes lobster out of Wedgeport.
""", (("We were never asked'", 'Gail Comeau'), ('We were never asked, not once', 'Gail Comeau'))),
    Article('called-partial', """Senator Rita Kwan criticised the bill on Wednesday. She called the funding formula "a shell game."
""", (('a shell game', 'Rita Kwan'),)),
    Article('anon-2', """Chief executive Linda Morrow announced the layoffs in March.

One designer who was laid off, and who asked not to be named because she is still negotiating severance, said the meeting lasted ten minutes. "They read from a script and left," she said.
""", (('They read from a script', None),)),
    Article('anon-3', """A former bandmate, who requested anonymity to discuss private matters, said the memoir "leaves out the worst parts."
""", (('leaves out the worst parts', None),)),
    Article('indirect-said-that', """Police Chief Darnell Whitfield said that officers had recovered two firearms from the vehicle.

"This could have ended much worse."
""", (('This could have ended much worse', 'Darnell Whitfield'),)),
    Article('org-3', """Data released Thursday by Alberta Health Services shows wait times rising. In a statement, the agency said it was "working to reduce delays."

"This quarter was difficult," a spokesperson for Northwind Airlines said.
""", (('working to reduce delays', 'Alberta Health Services'), ('This quarter was difficult', '*'))),
    Article('nested-who', """Rosa Delgado, a nurse at St. Luke's, who has worked nights for a decade, said the new roster was "unworkable."
""", (('unworkable', 'Rosa Delgado'),)),
    Article('headline-3', """Teachers walk out over pay: 'We have been patient long enough'

Teachers across the district walked off the job on Monday.

"We have been patient long enough," said union local president Dev Chaudhry.
""", (("We have been patient long enough'", 'Dev Chaudhry'), ('We have been patient long enough,', 'Dev Chaudhry'))),
    Article('beat-2', """Ana Ruiz keeps her late husband's tools in the garage.

"He built this house with his hands --" She stopped and looked at the workbench. "I can't bring myself to sell any of it."
""", (('He built this house', 'Ana Ruiz'), ("I can't bring myself", 'Ana Ruiz'))),
    # round 12 (first-time 9/10: 'read a statement from X')
    Article('indirect-says', """Dr. Amara Okonkwo says the clinic turns away a dozen patients every week.

"We simply don't have the doctors. Some of these people have been waiting for two years."

Okonkwo, who moved to the town in 2015, told CBC News that she has applied for funding three times.
""", (("We simply don't have the doctors", 'Amara Okonkwo'),)),
    Article('indirect-appos', """Jean-Luc Bergeron, a dairy farmer near Sherbrooke, said the new rules would cost him thousands.

"It's another form to fill out, another inspector to pay."
""", (("It's another form to fill out", 'Jean-Luc Bergeron'),)),
    Article('indirect-in-interview', """In an interview Tuesday, Transport Minister Omar Haddad said the ferry contract would be retendered.

"Nobody is happy with how this went.

"We will do better next time."
""", (('Nobody is happy', 'Omar Haddad'), ('We will do better', 'Omar Haddad'))),
    Article('two-speakers', """Coach Brenda Mallory said her team had prepared all week for the rain.

"We practised in worse," she said.

Goalkeeper Sofia Lind said she never doubted the result.

"I knew we had it after the first goal."
""", (('We practised in worse', 'Brenda Mallory'), ('I knew we had it', 'Sofia Lind'))),
    Article('company-2', """Northern Pulp said Monday it would close the mill by January. "This was not an easy decision," the company said in a news release.
""", (('This was not an easy decision', 'Northern Pulp'),)),
    Article('ministry-2', """Ontario's Ministry of Education said the funding would flow in September. A ministry spokesperson said the province was "committed to smaller classes."
""", (('committed to smaller classes', '*'),)),
    Article('statement-from', """"The safety of our passengers is paramount," read a statement from Coastal Air.
""", (('The safety of our passengers', 'Coastal Air'),)),
    Article('pronoun-chain-she', """Priya Raman runs the only pharmacy in the village. She works alongside her sister Meena Raman-Holt on weekends.

"Everyone comes in with a story," she said.
""", (('Everyone comes in with a story', 'Priya Raman'),)),
    # round 13 (first-time 9/9)
    Article('age-appos', """Dmitri Volkov, 64, said the closure would hit the town hard.

"There is nothing else here," the 64-year-old said. "My sons already left."
""", (('There is nothing else here', 'Dmitri Volkov'), ('My sons already left', 'Dmitri Volkov'))),
    Article('role-back', """Ruth Miles, a former teacher who now runs the food bank, said demand had doubled since spring.

"We used to see forty families a week. Now it is eighty," the former teacher said.
""", (('We used to see forty families', 'Ruth Miles'),)),
    Article('headline-contains', """'A slap in the face': Nurses reject latest wage offer

The province's nurses voted overwhelmingly on Friday to reject the offer.

"Frankly, it is a slap in the face after everything we did during the pandemic," said union president Carla Dunn.
""", (('A slap in the face', 'Carla Dunn'), ('Frankly, it is a slap', 'Carla Dunn'))),
    Article('indirect-then-partial-para', """Premier Scott Moe said the province would not back down on the carbon levy.

"We've been clear from the start," Moe said.

Opposition Leader Carla Beck told reporters the premier was playing politics.

"People can see through it. They want lower bills, not fights with Ottawa."
""", (("We've been clear", 'Scott Moe'), ('People can see through it', 'Carla Beck'))),
    Article('object-in-with', """Tomas Ruiz has fished these waters for 30 years. He sat on the dock with his friend Alan Price on Tuesday morning.

"The season gets shorter every year," he said.
""", (('The season gets shorter', 'Tomas Ruiz'),)),
    Article('anon-source-partial', """A senior official familiar with the talks, speaking on condition of anonymity, described the mood as "grim."
""", (('grim', None),)),
]


def _doc(article: Article) -> Document:
    return Document(article.name, f"{article.name}.txt", article.text,
                    TextView.identity(article.text))


def _gold_spans(article: Article):
    out = []
    for piece, speaker in article.gold:
        i = article.text.find(piece)
        assert i >= 0, (article.name, piece)
        out.append((i, i + len(piece), piece, speaker))
    return out


def _speaker_ok(predicted, gold) -> bool:
    if gold == "*":
        return True                 # too debatable to score
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    if same_speaker(predicted, gold):
        return True
    p, g = predicted.lower(), gold.lower()
    return p in g or g in p


def evaluate(articles, verbose: bool = False) -> dict:
    """Quote precision/recall/F1 by span overlap and speaker accuracy over matched quotes."""
    tp = fp = fn = 0
    spk_ok = spk_n = 0
    for art in articles:
        quotes = extract_quotes(_doc(art))
        gold = _gold_spans(art)
        used = set()
        for gs, ge, piece, speaker in gold:
            match = next((q for q in quotes if q.start < ge and gs < q.end and q.id not in used), None)
            if match is None:
                fn += 1
                if verbose:
                    print(f"  MISSED {art.name}: {piece!r}")
                continue
            used.add(match.id)
            tp += 1
            spk_n += 1
            if _speaker_ok(match.speaker, speaker):
                spk_ok += 1
            elif verbose:
                print(f"  SPEAKER {art.name}: {piece!r} got {match.speaker!r} want {speaker!r}")
        for q in quotes:
            if q.id not in used:
                fp += 1
                if verbose:
                    print(f"  EXTRA {art.name}: {q.text!r} ({q.speaker})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"quotes": tp + fn, "precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": spk_ok / spk_n if spk_n else 1.0}


def test_quote_f1_and_speaker_accuracy_on_annotated_articles():
    figures = evaluate(ARTICLES, verbose=True)
    assert figures["f1"] >= 0.95, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


def test_quote_f1_and_speaker_accuracy_on_held_out_articles():
    figures = evaluate(HELD_OUT, verbose=True)
    assert figures["f1"] >= 0.90, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_each_article_mostly_right(article):
    figures = evaluate([article])
    assert figures["recall"] >= 0.8, figures
    assert figures["speaker_accuracy"] >= 0.6, figures


@pytest.mark.parametrize("sentence,speaker,verb", [
    ("“It is over,” Putin said.", "Putin", "said"),
    ("“It is over,” said Vladimir Putin, the Russian president.", "Vladimir Putin", "said"),
    ("He added, “It is over.”", "He", "added"),
    ("The Kazakh leader said while order had been restored, the hunt for “terrorists” went on.",
     "The Kazakh leader", "said"),
    ("Erica Marat, a professor at the National Defense University in Washington, told The New "
     "York Times that Tokayev “traded his sovereignty.”", "Erica Marat", "told"),
    ("“It is over,” the minister told reporters.", "the minister", "told"),
    ("Officials say the plan is “on track.”", "Officials", "say"),
])
def test_sentence_attributions_find_subject_and_verb(sentence, speaker, verb):
    from quotecheck.extract import _mask
    from quotecheck.quotemarks import find_quote_spans

    masked = _mask(sentence, find_quote_spans(sentence))
    atts = sentence_attributions(masked, 0, len(masked), lexicon())
    assert any(a.mention.text == speaker and a.verb == verb for a in atts), atts


def test_according_to_phrase():
    text = "The economy will “recover slowly,” according to the central bank governor, Ana Lima."
    (q,) = extract_quotes(_doc(Article("x", text, ())))
    assert q.verb == "according to"
    assert q.speaker == "Ana Lima"


def test_story_unifies_speakers_across_documents():
    a = Article("a", "“We will win,” said Vladimir Putin.", ())
    b = Article("b", "“Victory is near,” Putin told reporters.", ())
    quotes = extract_story_quotes([_doc(a), _doc(b)])
    assert [q.speaker for q in quotes] == ["Vladimir Putin", "Vladimir Putin"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["single-newline", "crlf"])
def test_paragraph_conventions_survive_other_line_endings(newline):
    """Paragraphs separated by one line break, or CRLF files: the same quotes and speakers."""
    def convert(text):
        return text.replace("\n\n", "\n") if newline == "\n" else text.replace("\n", "\r\n")

    articles = [Article(a.name, convert(a.text), tuple((convert(p), s) for p, s in a.gold))
                for a in ARTICLES + HELD_OUT]
    figures = evaluate(articles)
    assert figures["f1"] >= 0.95, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


@pytest.mark.parametrize("text,expected", [
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Sen. Mitch McConnell spoke. Mr. Smith agreed.", ["Sen. Mitch McConnell spoke.",
                                                       "Mr. Smith agreed."]),
    ("J. K. Rowling wrote it. The U.S. team won.", ["J. K. Rowling wrote it.",
                                                    "The U.S. team won."]),
    ("“Go home.” He did. “Why?” she asked.", ["“Go home.”", "He did.", "“Why?” she asked."]),
    ("Headline without stop\n\nFirst paragraph.", ["Headline without stop",
                                                   "First paragraph."]),
    ("It cost 2.5 million dollars. Then 3.1 more.", ["It cost 2.5 million dollars.",
                                                     "Then 3.1 more."]),
])
def test_split_sentences(text, expected):
    from quotecheck.sentences import split_sentences

    assert [text[s:e] for s, e in split_sentences(text)] == expected


# Round 14: failure classes of a fresh held-out corpus (new speakers introduced without a quote
# verb, feature-writing subjects, possessive antecedents, titles in names, scare quotes after
# "so-called", kinship descriptions), written anew with other names and wording.
ROUND_14 = [
    Article("r14-a-blunt", """Rovers won again on Friday night.

"Nobody gave up," Marta Kowal said.

Stallions manager Dev Okafor was frank. "We stopped running after the break."
""", (('Nobody gave up', 'Marta Kowal'), ('We stopped running', 'Dev Okafor'))),
    Article("r14-a-laughed", """"It was a good night," Priya Raman said.

Helen Strand laughed. "We got lucky, honestly."
""", (('It was a good night', 'Priya Raman'), ('We got lucky', 'Helen Strand'))),
    Article("r14-a-indirect", """"I regret it deeply," Gordon Pyle said.

On the steps of the court, Prosecutor Nadia Hale said the office was pleased with the outcome. "Two years is a fair sentence."
""", (('I regret it deeply', 'Gordon Pyle'), ('Two years is a fair', 'Nadia Hale'))),
    Article("r14-a-stepped", """"We need more buses," Ian Brook said.

Then Wendy Calder stepped in. "The budget simply is not there."
""", (('We need more buses', 'Ian Brook'), ('The budget simply', 'Wendy Calder'))),
    Article("r14-e-feature", """Maria Lopes sits on the porch of her rebuilt cottage.

"Before, you could hear the river from here.

"Now it is just the wind."
""", (('Before, you could hear', 'Maria Lopes'), ('Now it is just the wind', 'Maria Lopes'))),
    Article("r14-g-titles", """Trustee Paula Greer voted against. "This is rushed," Trustee Paula Greer said.

"We were never consulted," said Parent Dana Whitlow.

"It passed," Coun. Ron Bexley said.
""", (('This is rushed', 'Paula Greer'), ('We were never consulted', 'Dana Whitlow'), ('It passed', 'Ron Bexley'))),
    Article("r14-b-reviewed", """Tenants of a tower in Midvale face eviction by landlord Corbel Estates.

The letters, seen by the Courier, say the building needs "urgent structural repairs."

"We have followed every rule," the company said in a statement.
""", (('urgent structural repairs', 'letters'), ('We have followed every rule', 'Corbel Estates'))),
    Article("r14-b-filed", """Three families are suing the district.

The claim, filed in the Federal Court of Appeal, alleges the board "ignored repeated warnings."
""", (('ignored repeated warnings', 'claim'),)),
    Article("r14-b-report", """Wait times rose again last year, according to a report released by the Northern Health Standards Board on Monday.

"Patients are waiting longer at every stage," the report said.
""", (('Patients are waiting longer', 'Northern Health Standards Board'),)),
    Article("r14-f-socalled", """"We will not cut libraries," Mayor Ed Ruiz said.

Coun. Lisa Park said the city's so-called "renewal strategy" would close three branches.
""", (('We will not cut', 'Ed Ruiz'), ('renewal strategy', None))),
    Article("r14-f-called", """Gina Moss, 17, said she will miss the drama club she called her "second home."
""", (('second home', 'Gina Moss'),)),
    Article("r14-f-metonym", """A senior Japanese trade official, speaking on condition of anonymity, told Reuters that Tokyo would offer "substantial new support" at the summit.
""", (('substantial new support', None),)),
    Article("r14-a-centre", """"We are ready," Reeve Tom Iqbal said.

The Lakeland River Forecast Centre issued a warning on Sunday. In a bulletin, the centre said the river "could crest by Wednesday."
""", (('We are ready', 'Tom Iqbal'), ('could crest by Wednesday', 'Lakeland River Forecast Centre'))),
    Article("r14-d-possessive", """Karim Aziz's shop is still boarded up. The insurer has not paid.

"They keep saying next week," he says.
""", (('They keep saying next week', 'Karim Aziz'),)),
    Article("r14-c-kin", """His son, Peter Wallace-Byrne, said the family was grateful.

"He never complained once," his son said.
""", (('He never complained once', 'Peter Wallace-Byrne'),)),
    Article("r14-c-inside", """Maura Carter retired last year.

"My son says, Mum, just sell the place," she says.
""", (('My son says', 'Maura Carter'),)),
    Article("r14-c-inside2", """Irene Bowles has lived on the island for forty years.

"My husband says, Irene, we should move to town," she says.
""", (('My husband says', 'Irene Bowles'),)),
    Article("r14-a2", """Crown attorney Fatima Lund asked for three years.

"I never meant to hurt anyone," Derek Hollis told the court.

Outside the building, Lund said the Crown was content with the result. "Thirty months sends a clear message."
""", (('I never meant', 'Derek Hollis'), ('Thirty months', 'Fatima Lund'))),
    Article("r14-b2", """Residents of Elm Court received eviction letters from property owner Stoneridge Holdings last month.

The letters, obtained by the Tribune, say tenants must leave by "no later than March 1."

Stoneridge did not answer questions. "We are acting within the law," the company said in a statement.
""", (('no later than March 1', 'letters'), ('We are acting within', 'Stoneridge Holdings'))),
    Article("r14-b3", """Police released few details.

"Officers found the vehicle abandoned," the release said. It came from the Westford Police Service.

A news release from the Kingsbridge Fire Department said crews arrived within minutes.

"The fire spread quickly," the release said.
""", (('The fire spread quickly', 'Kingsbridge Fire Department'),)),
    Article("r14-e2", """Lena Ortiz walks the length of the empty dock each morning.

"Used to be forty boats here. Now there are six."
""", (('Used to be forty boats', 'Lena Ortiz'),)),
    Article("r14-c2", """Their coach, Sandra Mbeki, called a timeout.

"We looked tired," their coach said.
""", (('We looked tired', 'Sandra Mbeki'),)),
    Article("r14-f2", """Walter Grimes, 80, said he misses the choir he called his "Sunday family."
""", (('Sunday family', 'Walter Grimes'),)),
    Article("r14-d2", """Noor Haddad's bakery reopened on Tuesday. The lineup stretched down the block.

"I didn't expect this," she said.
""", (("I didn't expect this", 'Noor Haddad'),)),
    Article("r14-a3", """"That goal changed everything," Ryan Delacroix said.

Wolves captain Jonas Berg shrugged. "We make that save nine times out of ten."
""", (('That goal changed', 'Ryan Delacroix'), ('We make that save', 'Jonas Berg'))),
    Article("r14-a4", """"The bylaw is clear," Mayor Carla Benn said.

Coun. Raymond Tessier disagreed with the mayor on Tuesday.

"It is anything but clear."
""", (('The bylaw is clear', 'Carla Benn'), ('anything but clear', 'Raymond Tessier'))),
    Article("r14-b4", """Harbourline Properties bought the building in 2021 and raised rents twice.

The notices, reviewed by the Gazette, say repairs will take "at least eight months."

"Tenants will be compensated," the company said in a statement.
""", (('at least eight months', 'notices'), ('Tenants will be compensated', 'Harbourline Properties'))),
    Article("r14-b5", """The Eastport Police Service issued a news release on Friday.

"Two suspects remain at large," the release said.
""", (('Two suspects remain', 'Eastport Police Service'),)),
    Article("r14-e3", """Omar Siddiqui unlocks the gate of the community garden at dawn.

"People think it just grows by itself. It doesn't.

"Somebody has to be here every single day."
""", (('People think it just grows', 'Omar Siddiqui'), ('Somebody has to be here', 'Omar Siddiqui'))),
    Article("r14-f3", """Dana Frost spent thirty years with the orchestra she called her "whole life."
""", (('whole life', 'Dana Frost'),)),
    Article("r14-c3", """His lawyer, Priya Natarajan, said her client would appeal.

"This verdict will not stand," his lawyer said.
""", (('This verdict will not stand', 'Priya Natarajan'),)),
    Article("r14-d3", """Gerald Ostrowski's farm flooded twice this spring. The crops are gone.

"I don't know what we'll plant," he says.
""", (("I don't know what", 'Gerald Ostrowski'),)),
    Article("r14-g2", """"We were blindsided," Resident Maya Chen said.

"Nobody asked us," Student Leo Park said.

"I oppose it," Councillor Nina Volkov said.

"It is premature," Professor Alan Reid said.
""", (('We were blindsided', 'Maya Chen'), ('Nobody asked us', 'Leo Park'), ('I oppose it', 'Nina Volkov'), ('It is premature', 'Alan Reid'))),
    Article("r14-a5", """Standing on the dock of a marina that lost half its slips in the storm, Wilma Achebe said the town had been forgotten.

"Nobody from the province has come here. Not once."
""", (('Nobody from the province', 'Wilma Achebe'),)),
    Article("r14-e4", """"I kept every letter," Arlo Finch said.

Finch spent nine years at sea. He lost two friends to it.

"Was it worth it? --" He paused, and folded his hands. "Most days, yes."
""", (('Was it worth it', 'Arlo Finch'), ('Most days, yes', 'Arlo Finch'))),
    Article("r14-a6-object", """"We knew the area well," Sgt. Dana Kowal said.

Officers arrested Glen Mortimer on Friday night. "He did not resist."
""", (('We knew the area well', 'Dana Kowal'), ('He did not resist', 'Dana Kowal'))),
    Article("r14-f4", """Alma Reyes was buried on Saturday. For decades she ran the church food bank, which she called her "other family."
""", (('other family', 'Alma Reyes'),)),
    Article("r14-f5", """Teen Hana Ito found a home in the school band she called her "second family."
""", (('second family', 'Hana Ito'),)),
    Article("r14-c4", """Bea Lindqvist, 88, still lives alone.

"My granddaughter says, Gran, you need help," she says. "I tell her I have the cat."
""", (('My granddaughter says', 'Bea Lindqvist'), ('I tell her I have', 'Bea Lindqvist'))),
    Article("r14-c5", """Her daughter, Ruth Vance-Keller, said the family would hold a private service.

"People think she was tough," her daughter said. "She was. But she was kind."
""", (('People think she was tough', 'Ruth Vance-Keller'), ('She was. But', 'Ruth Vance-Keller'))),
    Article("r14-b6", """A report released Tuesday by the Coastal Health Quality Council found wait times rose 14 per cent.

"Delays are growing at every stage of care," the report said.

The lawsuit, filed in Ontario Superior Court last week, alleges the council "misled the public."
""", (('Delays are growing', 'Coastal Health Quality Council'), ('misled the public', 'lawsuit'))),
    Article("r14-d4", """Anita Desai's lot is still bare. Crews cleared the debris in March, and the permit office has not called back.

"They keep telling me two more weeks," she says.
""", (('They keep telling me', 'Anita Desai'),)),
    Article("r14-d5", """Sunil Varma's restaurant has been closed since the flood.

"Every month I pay rent on an empty room," he says.
""", (('Every month I pay', 'Sunil Varma'),)),
    Article("r14-e5", """Tom Reyes stands in the frame of his new kitchen. He points at the window.

"The old house, you couldn't see the water."
""", (('The old house', 'Tom Reyes'),)),
    Article("r14-e6", """"We start at five," Jo Park said.

Ines Duarte owns the bakery next door. She opens at six.

"Jo is always first."
""", (('We start at five', 'Jo Park'), ('Jo is always first', 'Ines Duarte'))),
]


@pytest.mark.parametrize("article", ROUND_14, ids=lambda a: a.name)
def test_round_14_speakers(article):
    """Each quote of these short articles has exactly the expected canonical speaker."""
    quotes = extract_quotes(_doc(article))
    for piece, speaker in article.gold:
        (q,) = [q for q in quotes if piece in q.text]
        assert q.speaker == speaker, (piece, q.speaker, speaker)
