"""Word lists of news English that attribution relies on: speech verbs, roles, groups.

These describe how journalists write, not who is in any article, so they hold for any
English news story.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _forms(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs that introduce what somebody said, in the forms news prose uses them.
SPEECH_VERBS = _forms(
    """
    said says say saying added adds adding stated states stating noted notes noting
    stressed stresses stressing emphasized emphasizes emphasizing emphasised emphasises
    explained explains explaining highlighted highlights highlighting recommended recommends
    pledged pledges told tells remarked remarks commented comments observed observes
    argued argues insisted insists warned warns announced announces declared declares
    asserted asserts affirmed affirms acknowledged acknowledges admitted admits claimed
    claims suggested suggests urged urges continued continues replied replies responded
    responds answered answers wrote writes vowed vows promised promises predicted predicts
    cautioned cautions concluded concludes underscored underscores underlined underlines
    reiterated reiterates maintained maintains contended contends expressed expresses
    revealed reveals confirmed confirms proposed proposes described describes introduced
    introduces mentioned mentions pointed points called calls asked asks recalled recalls
    telling calling
    tweeted tweets tweeting posted quipped quips joked jokes joking countered counters
    conceded concedes conceding boasted boasts bragged complained complains lamented
    laments mused muses retorted retorts snapped shouted yelled exclaimed whispered
    testified testifies recounted recounts reasoned scoffed fumed griped opined
    interjected interjecting declaring asking writing insisting arguing warning
    recalling explaining reported reports reporting assured assures questioned wondered
    wonders barked pressed
    argue insist warn contend acknowledge admit predict complain stress caution concede
    note suggest vow pledge urge declare recall testify emphasize demand
    suggesting claiming admitting acknowledging contending predicting indicated indicates
    indicating implied implies implying intimated echoed echoes echoing groused grouses
    elaborated elaborates chimed chided scolded scolds exhorted proclaimed proclaims
    remembered reacted interrupted surmised demanded demands mocked mocks
    lectured agreed agrees sang sings concurred objected
    advised advises advising estimated estimates
    screamed chanted ventured retaliated touted touts
    """
)
# Verbs that report speech when "back" follows them: "fired back", "shot back at her".
RETORT_VERBS = _forms("fired fires shot shoots hit hits pushed pushes struck strikes")
# Verbs that report speech when "on" follows them: `"…," Ruiz went on.`
GOING_ON_VERBS = _forms("went goes")
# Verbs that report speech as "put it": `As Ruiz put it, "…"`.
PUT_VERBS = _forms("put puts")
# Words of that list that are nouns after a determiner or a possessive ("his remarks",
# "the answers", "her tweets"): no speech verb there.
NOUN_MARKERS = _forms("a an the his her their its my our your this that these those")
# Verbs whose object is the statement itself even without "that": "highlighted the need for".
# "told" needs its listener first ("told reporters that ..."), see TOLD_VERBS.
REPORTING_VERBS = SPEECH_VERBS - _forms(
    "saying adding stating noting told tells telling calling asked asks"
    # "reported a loss", "pressed the case": their object is seldom what was said
    " reported reports reporting pressed"
    # "estimated the cost at", "advised the board": a statement only with "that"
    " estimated estimates advised advises advising"
)
TOLD_VERBS = _forms("told tells telling")
# Verbs whose complement names a thing: after "called a", a quote is a label, not speech.
CALL_VERBS = _forms("called calls calling")
# Nouns for something said, whose owner said it: `Ruiz's claim that the port "never closed"`.
SPEECH_NOUNS = _forms(
    """
    claim claims assertion assertions accusation accusations contention argument insistence
    promise promises pledge vow warning warnings admission suggestion statement remarks
    comments complaint complaints allegation allegations prediction denial boast
    remark comment quip declaration
    """
)
# Verbs that are no speech verbs on their own but take somebody's words as their object or
# complement: `accused him of "…"`, `dismissed the report as "…"`, `deemed it "…"`. With
# quotation marks after them, the quoted words are their subject's (rules.QUOTED_OBJECT).
# Forms that are mostly nouns ("attacks", "cast", "terms") are left out.
QUOTED_OBJECT_VERBS = _forms(
    """
    accuse accused accuses accusing criticized criticizes criticizing criticised
    criticises criticising blasted blasts blasting slammed slams slamming ripped rips
    attacked attacking condemned condemns condemning denounced denounces denouncing
    decried decries decrying derided derides deriding mocked mocks mocking chided chides
    chiding dismissed dismisses dismissing bemoaned bemoans bemoaning lamenting praised
    praises praising hailed hails hailing lauded lauds lauding touted touts touting
    defended defends defending cited cites citing alleged alleges alleging labeled labels
    labeling labelled labelling branded brands branding dubbed dubs dubbing deemed deems
    termed characterized characterizes characterizing characterised portrayed portrays
    portraying casts casting referred refers referring describing promising vowing
    pledging demanded demands demanding urging blamed blames blaming faulted faults
    faulting ridiculed ridicules ridiculing lambasted lambastes lambasting excoriated
    assailed assails scolded berated castigated disparaged disparages insulted taunted
    applauded welcomed rejected rejects rejecting thanked thanking
    accuse criticize criticise condemn denounce decry deride dismiss describe portray
    characterize deem dub label refer tout cite
    """
)
# Whom news sources tell things to: "told reporters", "told the court".
LISTENERS = _forms(
    """
    reporters journalists press court jury judge jurors audience crowd lawmakers committee
    senators members delegates investors analysts parliament congress council panel
    media supporters students staff employees residents
    """
)
DETERMINERS = _forms("a an the")
# Auxiliaries and adverbs that stand between a subject and its speech verb ("had said",
# "also noted"); adverbs in -ly are recognized by their ending.
VERB_LEADS = _forms(
    "has have had is was were are will would could should can may might did does do "
    "also then later again still already once never not just since first"
)
COPULAS = _forms("is was are were")

# Nouns that name a job or a standing; a word ending in -ist (economist) counts too.
ROLE_NOUNS = _forms(
    """
    minister ministers director director-general directors professor professors researcher
    researchers leader leaders head chief president vice-president vice chair chairman
    chairwoman chairperson ceo cto cfo coo founder co-founder secretary secretary-general
    ambassador envoy scientist engineer official officials spokesperson spokesman
    spokeswoman governor mayor senator lawmaker representative analyst economist manager
    officer commissioner dean fellow expert adviser advisor physicist chemist biologist
    member coordinator executive partner author editor reporter correspondent lecturer
    investigator principal administrator deputy premier prime president-elect superintendent
    inspector general captain commander judge justice attorney lawyer doctor dr prof
    physician nurse teacher student candidate chancellor rector provost curator architect
    designer developer founder-ceo owner chairmen undersecretary counselor counsellor
    diplomat consul delegate envoy head-of-state king queen prince princess pope bishop
    councilman councilwoman councilmember councillor councilor congressman congresswoman
    assemblyman assemblywoman alderman alderwoman sheriff coach manager striker goalkeeper
    defender midfielder forward winger captain treasurer statistician epidemiologist
    neurologist prosecutor auditor comptroller clerk marshal detective constable sergeant
    lieutenant colonel referee umpire trainer owner forecaster resident speaker mp
    farmer firefighter historian banker trader pastor priest rabbi imam volunteer
    organizer organiser worker pilot deputy lawmaker counsel anchor host aide aides
    consultant staffer pollster
    """
)
# Lowercase words a title may start with: "former Dale County treasurer", "acting director".
TITLE_MODIFIERS = _forms(
    "former acting interim outgoing incoming retired assistant keynote shadow senior"
)
# Abbreviated titles of news style ("Texas Gov. Dana Whitfield") and what they stand for, so
# that "the governor" finds the governor.
TITLE_ABBREVIATIONS = {
    "gov": "Governor",
    "sen": "Senator",
    "rep": "Representative",
    "gen": "General",
    "lt": "Lieutenant",
    "col": "Colonel",
    "capt": "Captain",
    "sgt": "Sergeant",
    "prof": "Professor",
    "supt": "Superintendent",
    "amb": "Ambassador",
    "pres": "President",
}
# Every title news copy writes abbreviated with a period before a name: "Capt. Ana Ruiz".
ABBREVIATED_TITLES = frozenset(TITLE_ABBREVIATIONS) | _forms(
    "mr mrs ms dr rev fr msgr del adm cmdr maj sens reps st"
)
_ABBREVIATED_TITLE = re.compile(r"\b(" + "|".join(TITLE_ABBREVIATIONS) + r")\.", re.IGNORECASE)


# Job titles by their initials, as questions ask and articles write them, or spelled out.
ROLE_INITIALS = {
    "ceo": "chief executive officer",
    "cto": "chief technology officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cio": "chief information officer",
    "vp": "vice president",
    "pm": "prime minister",
    "mp": "member of parliament",
    "gm": "general manager",
    "da": "district attorney",
    "ag": "attorney general",
}
# Capitals only: "3 pm", "the ag sector" and "da Vinci" are not job titles.
ROLE_INITIALS_PATTERN = re.compile(r"\b(" + "|".join(i.upper() for i in ROLE_INITIALS) + r")\b")


def spell_out_role_initials(text: str) -> str:
    """ "Northwind CEO" -> "Northwind CEO chief executive officer": both forms findable."""
    return ROLE_INITIALS_PATTERN.sub(
        lambda m: f"{m.group(0)} {ROLE_INITIALS[m.group(0).lower()]}", text
    )


def expand_title_abbreviations(text: str) -> str:
    return _ABBREVIATED_TITLE.sub(lambda m: TITLE_ABBREVIATIONS[m.group(1).lower()], text)


_ROLE_SUFFIX = re.compile(r"(?:ist|ists)$")
_NOT_ROLE_IST = _forms("exist insist consist persist resist assist twist list wrist mist")
# Nouns of people by their ending: "statistician", "spokeswoman", "alderman". Lowercase
# only: capitalized, such words are often names (Brian, Julian, Freeman, Coleman).
_LOWER_ROLE_SUFFIX = re.compile(r"(?:ician|arian|orian|m[ae]n)$")
_NOT_ROLE_SUFFIX = _forms(
    "human inhuman superhuman ottoman talisman shaman caiman woman women german germans "
    "roman romans median meridian guardian amen omen stamen"
)
_FEMININE_TITLES = _forms("princess duchess countess baroness queen")
_LETTERS = re.compile(r"[A-Za-z]+")

# Plural people who speak together in news copy ("experts from the IMO highlighted ...").
GROUP_NOUNS = _forms(
    """
    experts scholars researchers scientists officials participants panelists panellists
    leaders representatives delegates analysts economists members executives engineers
    students professors ministers lawmakers critics observers organizers organisers
    attendees speakers officers authorities diplomats academics specialists insiders
    residents workers employees investors doctors teachers activists advocates regulators
    protesters demonstrators witnesses prosecutors senators voters spokespeople organizers
    police authors firefighters forecasters
    """
)

# Words that end a company's name ("Halvorsen Foods", "Greystone Securities"): the
# capitalized words before them name the business, not a person.
BUSINESS_WORDS = _forms(
    """
    foods motors airlines airways holdings systems labs laboratories pharmaceuticals
    pharma therapeutics biosciences partners capital securities ventures investments
    insurance logistics networks software solutions brands stores retail markets
    communications telecom entertainment studios media industries electronics
    technologies group bank bancorp financial enterprises resources energy petroleum
    mining airline shipping motor automotive foods beverages apparel
    """
)
# Written after a company's name: "Vantage Holdings Inc.", "Brightwell Co."
CORPORATE_SUFFIXES = ("Co", "Inc", "Corp", "Ltd", "LLC", "plc", "Holdings", "Group")
# Courtesy titles written before a full name ("Sir Lindsay Hoyle", "Mr John Smith"): they
# give no job, but the capitalized words after them are a name.
NAME_HONORIFICS = _forms("mr mrs ms miss mx sir dame lord lady dr prof rev fr msgr")
# Titles written before a surname alone, their period optional: "Mr. Okafor", "Sen.
# Okafor", "President Okafor", "Mr Okafor" in British copy.
SURNAME_TITLES = frozenset(
    "mr mrs ms miss dr prof rev sen rep gov gen lt col capt sgt president senator governor "
    "judge justice mayor secretary speaker chancellor minister".split()
)
# Lowercase particles inside names: "Helga von der Brink", "Hendrik de Jong", "Salman bin
# Rashid". Only between capitalized words, so "de facto" or "la carte" never join a name.
NAME_PARTICLES = frozenset(
    "von van der den de del della di da dos du bin binti ibn ter ten la le".split()
)

# Capitalized words that stand before or after a speech verb without naming anyone:
# "Many said", "Others added", "Americans say". A lone capitalized word next to the verb
# is taken for a surname ("Okafor said") unless it is one of these.
NOT_LONE_NAMES = _forms(
    """
    i you we they one some many most few several others other all both each every
    everyone everybody someone somebody nobody none anyone anybody neither either
    another sources source critics supporters officials observers aides allies friends
    reports report polls poll data statement statements documents records filings
    democrats republicans conservatives liberals progressives independents voters
    separately meanwhile additionally similarly likewise instead still now later earlier
    today yesterday tomorrow recently previously finally ultimately specifically
    often sometimes usually perhaps maybe
    seconds minutes hours days weeks months years decades moments
    privately publicly asked continuing speaking writing
    """
)
# Nationality and regional adjectives and nouns ("French officials said", "an Iranian
# said"): they describe a speaker, they never are one.
NATIONALITY_WORDS = _forms(
    """
    afghan albanian algerian american americans andorran angolan argentine argentinian
    armenian australian austrian azerbaijani bahamian bahraini bangladeshi barbadian
    belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan brazilian
    british briton britons bruneian bulgarian burkinabe burmese burundian cambodian
    cameroonian canadian cape chadian chilean chinese colombian comoran congolese
    croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorian
    egyptian emirati english equatorial eritrean estonian ethiopian european fijian
    filipino finnish french gabonese gambian georgian german ghanaian greek grenadian
    guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian
    iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh
    kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan
    lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian
    maltese mauritanian mauritian mexican micronesian moldovan monegasque mongolian
    montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian
    nigerien norwegian omani pakistani palestinian panamanian paraguayan persian
    peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan
    saudi scottish senegalese serbian seychellois singaporean slovak slovenian somali
    spanish sri sudanese surinamese swazi swedish swiss syrian taiwanese tajik
    tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ugandan
    ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    african asian arab arabic caribbean latin hispanic latino latina nordic
    scandinavian western eastern northern southern middle soviet
    alabamian alaskan arizonan arkansan californian coloradan delawarean floridian
    hawaiian idahoan illinoisan hoosier iowan kansan kentuckian louisianan mainer
    marylander michigander minnesotan mississippian missourian montanan nebraskan
    nevadan oregonian ohioan oklahoman pennsylvanian tennessean texan utahn vermonter
    virginian washingtonian wisconsinite wyomingite carolinian dakotan yorker
    angeleno bostonian chicagoan londoner parisian berliner
    """
)

# Capitalized nouns that end an institution's name: "The Alzheimer's Society said".
INSTITUTION_NOUNS = _forms(
    """
    ministry department office agency council committee commission assembly parliament
    congress government administration bureau board authority service institute
    institution university college school academy center centre foundation association
    society federation union league corporation company bank fund hospital court police
    party trust charity coalition alliance network organization organisation group
    """
)
# Words that may sit inside an institution's name: "Ministry of Foreign Affairs".
INSTITUTION_CONNECTORS = frozenset("of for and & the on".split())

# Adjectives of faith and of regions of the world: like nationalities, never a speaker.
BELONGING_WORDS = _forms(
    """
    catholic catholics protestant protestants christian christians muslim muslims islamic
    jewish jews buddhist buddhists hindu hindus sikh sikhs orthodox evangelical evangelicals
    roman romans mormon mormons
    """
)
# Things that "say" in prose but are documents or prizes, not speakers.
DOCUMENT_WORDS = _forms(
    """
    act acts charter treaty treaties convention law laws article articles bill bills
    constitution report reports study studies survey surveys memo letter document documents
    regulation regulations directive directives code guidelines agreement agreements
    resolution ruling verdict judgment prize award medal amendment
    """
)
# Words that open a sentence or a clause and so stand capitalized before a name or place
# ("Since Ireland joined", "Beyond Paris"): never part of a name.
CLAUSE_OPENERS = _forms(
    "since beyond although though because unless until despite unlike like upon whether "
    "once whereas amid among throughout"
)

# Words that open a sentence before its subject: "But Okafor said", "Later, Okafor wrote".
SENTENCE_OPENERS = _forms(
    "but and so then also still yet meanwhile however later earlier now instead indeed"
)

# Capitalized words that stand right before a name without being part of it: what
# describes the person ("Texan Ana Ruiz", "Republican Tom Hale", "Former ...") and what
# opens the sentence or clause ("Then Ana Ruiz", "When Ana Ruiz", "Even Ana Ruiz").
NAME_DESCRIPTORS = (
    NATIONALITY_WORDS
    | TITLE_MODIFIERS
    | SENTENCE_OPENERS
    | CLAUSE_OPENERS
    | _forms("democrat democrats republican republicans democratic gop")
    | _forms("when while after before as if because even only")
)

# Party members ("an Ohio Democrat"): they describe a person, and may open a title
# ("Liberal Democrat housing spokesperson").
PARTY_WORDS = _forms("democrat democrats republican republicans")

# Capitalized words that begin sentences or name institutions, places and times: a run of
# capitalized words containing one of these is not a person's name.
NOT_NAME_WORDS = (
    _forms(
        """
    the a an in on at for from during under after before while with this that these those
    it he she they we his her their our its and but or as by to of according meanwhile
    however also if when where what who how why there here then thus yet so not no
    ministry ministries department office agency council committee commission assembly
    parliament congress government administration bureau board authority service services
    institute institution university college school academy center centre foundation
    association society federation union league group corporation corp company inc ltd
    co bank fund forum summit conference congress expo festival week day hotel tower
    plaza street road avenue city province state county district republic kingdom
    national international global world korea korean japan japanese china chinese america
    american europe european asia asian pacific north south east west central new
    science sciences technology technologies research studies affairs economy finance
    trade industry energy environment climate health education defense defence justice
    security foreign interior policy development innovation cooperation diplomacy news
    press times post daily journal herald tribune review magazine network media photo
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday session sessions panel
    minister director professor president chairman chair secretary ambassador mayor
    governor senator deputy vice prime chief head leader researcher senior junior general
    mr mrs ms dr prof sir madam lord lady
    speech speeches interview interviews remarks election elections
    """
    )
    | ROLE_NOUNS
    | BUSINESS_WORDS
    | NOT_LONE_NAMES  # "Several Okafor supporters" holds no name
    | BELONGING_WORDS
    | (DOCUMENT_WORDS - _forms("bill"))  # "Bill" is a given name more often than a bill
    | CLAUSE_OPENERS
    | INSTITUTION_NOUNS  # "the Supreme Court", "Harbor Police"
    | _forms("great united states")  # "Great Britain", "United States"
    # Party members and chambers ("an Ohio Democrat", "Senate Minority Leader X"), and the
    # second half of "Ohio-based", "Lisbon-born": descriptions, not names.
    | PARTY_WORDS
    | _forms("senate house minority majority")
    | _forms("based born bred led backed owned funded run made area era linked")
    | frozenset(TITLE_ABBREVIATIONS)  # "Wisconsin Gov. Ana Ruiz": "Wisconsin Gov" is none
    | _forms("rev fr msgr")
    # "Former Ohio governor X", "Democratic nominee X": a title's words, not a name's.
    | TITLE_MODIFIERS
    | _forms("democratic gop")
    # A question or an aside opening a sentence: "Was Okafor right?", "(See Okafor's reply.)"
    | _forms("was is are were did does do has have had could should would might must see")
    | _forms("even only just against about through between behind via")
    # Surnames too ("Judith French", "Irvine Welsh"): these stay possible name words.
    | (NATIONALITY_WORDS - _forms("english french irish welsh dutch"))
)

# Words before a capitalized run that make it an institution or place, not a person:
# "the Ministry of *Foreign Affairs*", "a Center for *Marine Ecology*".
NOT_NAME_AFTER = _forms("of for at in the from on into within across toward towards")

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
# Pronouns that may refer back to the one person of their sentence ("Marsh said the fraud
# weighed heavily in her decision").
GENDER_CUES = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# Words by which a sentence's subject refers to themself ("Okafor waved his hand").
OWN_GENDER_CUES = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Common English given names whose bearers are nearly always one gender: where an article
# gives a first name and no pronoun yet, "she said" should not land on "John". Names that
# are often either (Jordan, Taylor, Alex, Kim, Lee) are left out on purpose.
_MALE_GIVEN_NAMES = _forms(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny chris bill mike tom jim bob dan
    steve tim ben sam greg pete rick ron hugh ian liam oliver harry omar ahmed mohammed
    muhammad ali carlos luis miguel pedro
    ted rick chuck rudy marco bernie mitch nick matt josh jake jeff andy rob ray don ed
    fred hank leo lou max phil stan tony vince dick dave doug earl glenn gordon howard
    jay joel jon lance lloyd marc martin marvin neil norman ross seth todd travis trey
    troy wade warren barry brent chad clint colin curtis darren derek dean duncan gene
    herbert herman isaac ivan karl luke mitchell oscar reggie rex roland stuart victor
    wallace francis franklin harvey lyndon ronnie
    """
) - _forms("jordan")
_FEMALE_GIVEN_NAMES = _forms(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla claire lucy sophie fatima aisha priya ana sofia lucia
    wendy hillary madeleine carly jill chelsea jane gwen debbie tammy kirsten katie kathy
    cathy peggy sally molly holly jenny penny becky beth ellen eleanor irene joanne kate
    katy kristen kristin lori marcia maureen meghan melanie monica nina paula rita
    roberta sheila stacy stacey tina valerie vanessa veronica wanda yvonne zoe alicia
    allison amelia audrey bonnie brooke caroline carrie cindy colleen connie courtney
    dawn eileen elaine erin gail gina jeanne joy kara kristina lillian loretta lynda
    marian marjorie miriam nora patty pauline rachael regina renee rosa sherry sylvia
    tamara terri toni vicki vivian susanna suzanne dianne diane nancy maxine
    """
)
GIVEN_NAME_GENDER = {name: "m" for name in _MALE_GIVEN_NAMES} | {
    name: "f" for name in _FEMALE_GIVEN_NAMES
}
TITLE_CUES = _forms(
    "titled entitled called named dubbed themed theme slogan motto so-called term phrase "
    "known headlined labeled labelled banner hashtag"
)


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_role_word(word: str) -> bool:
    lowered = word.lower().strip(".,")
    if lowered in ROLE_NOUNS or lowered in TITLE_ABBREVIATIONS:
        return True
    if any(part in ROLE_NOUNS for part in lowered.split("-")):
        return True
    if word[:1].islower() and _is_person_noun_by_suffix(lowered):
        return True
    return bool(_ROLE_SUFFIX.search(lowered)) and len(lowered) > 5 and lowered not in _NOT_ROLE_IST


def _is_person_noun_by_suffix(lowered: str) -> bool:
    return (
        len(lowered) > 6
        and lowered not in _NOT_ROLE_SUFFIX
        and bool(_LOWER_ROLE_SUFFIX.search(lowered))
    )


def is_glued_title(word: str) -> bool:
    """A capitalized -man/-woman title glued to a full name ("Alderwoman Jane Doe").

    Asked only of the first of three or more capitalized words: a surname such as Freeman
    would be the last word of a name, not followed by a whole name.
    """
    lowered = word.lower()
    return is_role_word(word) or (
        len(lowered) > 6
        and lowered not in _NOT_ROLE_SUFFIX
        and lowered.endswith(("man", "woman", "person"))
    )


def role_gender(role: str) -> str | None:
    """Gender a job title itself gives: "Councilwoman" says she, "Congressman" says he."""
    for word in _LETTERS.findall(role):
        lowered = word.lower()
        if lowered in _FEMININE_TITLES:
            return "f"
        if lowered in _NOT_ROLE_SUFFIX or len(lowered) < 7:
            continue
        if lowered.endswith(("woman", "women")):
            return "f"
        if lowered.endswith(("man", "men")):
            return "m"
    return None


# Common nouns for an organization already named: "the company said in a statement".
ORGANIZATION_NOUNS = _forms(
    """
    company firm start-up startup maker manufacturer carmaker automaker chipmaker retailer
    group agency ministry department organization organisation charity nonprofit
    non-profit society association bank insurer airline broadcaster publisher operator
    conglomerate giant utility lender
    """
)
