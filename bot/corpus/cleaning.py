"""Turning the raw paste of a news web page into headline, subtitle, body and captions.

The rules are about the *shape* of page chrome (short label-like lines, menus, share
buttons, bylines, date stamps, "Related" lists, copyright footers, photo credits), never
about one site's exact strings, so a paste from another publisher cleans the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_ENDS_WITH_FULL_STOP = re.compile(r"\.[\"'”’)\]]*$")  # not "?": "Editorial: Who knew?" is a link
_COPYRIGHT = re.compile(r"^\s*(?:[©ⓒ]|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
_COPYRIGHT_OWNER = re.compile(
    # Bounded repeats: a hostile line of "© (" must not make the search quadratic.
    r"(?:[©ⓒ]|\(c\)|copyright)\s{0,5}(?:\d{4}\s{0,5})?(?P<owner>[^(©ⓒ.,]{1,120}?)\s{0,5}"
    r"(?:\((?P<site>[^)]{1,120})\))?\s{0,5}(?:[.,|]|$)",
    re.IGNORECASE,
)
# Photo credits as newsrooms write them: "Photo by X", "[Photo=X]", "Courtesy of X", and a
# credit in brackets closing the line: "(Jane Doe/The Herald)", "(AP Photo)", "(Yonhap)".
_PHOTO_CREDIT = re.compile(
    r"\b(?i:photo|photograph|image|picture)s?\s*(?:(?i:by|courtesy|credit)\b|=|:)"
    r"|\b(?i:courtesy of|getty images|file photo|background photo)\b|\b(?i:photo)\s*[)\]]"
    r"|[(\[][^()\[\]/]{2,60}/[^()\[\]]{2,60}[)\]]\s*$"
    r"|[(\[](?:AP|AFP|EPA|Reuters|Yonhap|Xinhua|Kyodo|Bloomberg|Newsis|News1)\b[^()\[\]]{0,60}"
    r"[)\]]\s*$"
    # A sentence closed by a credit: "... on Tuesday. (Ministry of X)", "[MINISTRY OF X]",
    # "... Tuesday. Yonhap", "REUTERS/Kim Hong-Ji": names, capitalized, with no full stop.
    r"|[.!?][\"'”’]?\s*[(\[][A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|for)){0,8}[)\]]\s*$"
    r"|[.!?]\s+(?:AP|AFP|EPA|Reuters|Yonhap|Xinhua|Kyodo|Newsis|News1|Getty Images)\s*$"
    r"|\b[A-Z]{2,}/[A-Z][a-z]+|\b(?i:photo)\s*$"
    r"|^(?i:item \d+ of \d+|\[\d+/\d+\]|\d+ of \d+\s*\|)"
)
# Words that make a short line a button or a menu entry rather than prose.
_CHROME_WORDS = re.compile(
    r"\b(?:share|shares|tweet|facebook|twitter|kakao\w*|linkedin|whatsapp|telegram|email|"
    r"e-mail|print|subscribe|subscription|newsletter|follow us|join us|social|login|log in|"
    r"sign in|sign up|register|menu|close|text size|font size|top|comments?|related|"
    r"most read|popular|advertisement|ad|skip to|go to|coverage|read more|copy link|url|"
    r"opens in new window|e-edition|sections)\b",
    re.IGNORECASE,
)
# Calls to action that are page furniture even when written as a sentence.
_PROMOTION = re.compile(
    r"\b(?:sign up|subscribe|newsletter|follow (?:us|me)|click here|download (?:our|the) app|"
    r"we use cookies|cookie (?:policy|settings)|accept (?:all )?cookies|"
    r"reporting by|editing by|writing by|views my own|opens new tab|licensing rights|"
    # A press release's closing contact line.
    r"for (?:further|more) information,? (?:please )?contact|media contact)\b",
    re.IGNORECASE,
)
# Credit and biography lines that wire stories end with: "AP writer Jo Kim contributed to
# this report.", "Kim covers North Korea for The Associated Press."
_CONTRIBUTOR = re.compile(
    r"\bcontributed (?:to this report|reporting)\b|^(?:[A-Z][\w.'’-]*\s){1,3}"
    r"(?:covers|reports on|writes about) .{3,80} for (?:the )?"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}\.$"
)
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|pdf|hwpx?|docx?|xlsx?|zip)\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-–•○●▲▶■□◆◇*·]|\d{1,2}[.)])\s+")
# A heading that opens the lists after a story: links to other stories, comments, tags.
_TAIL_HEADING = re.compile(
    r"^(?:related\b|more (?:from|stories|news|on|in)\b|most (?:read|popular|viewed)\b|"
    r"recommended|trending|popular|read (?:more|next|also)|"
    r"you may|you might|top stories|latest\b|comments?\b|join the conversation|tags?\b|"
    r"topics?\b|editor'?s picks|also read|see also|further reading|around the web|"
    r"sponsored|promoted|what to read next)",
    re.IGNORECASE,
)
_MENU_SEPARATORS = re.compile(r"\s[|>»·•/≡]\s|\s{3,}|\t")
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ss]tory by|[Rr]eporter)\s+[A-Z]"
    r"|\b(?:staff writer|staff reporter|correspondent|contributing writer)\b"
)
_EMAIL = re.compile(r"(?<!\S)[^\s@]{1,64}@[^\s@]{1,255}\.\w+|\[email\s*protected\]", re.IGNORECASE)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}
# A year, also when a paste glued the time to it: "December 9, 20253:30 PM".
_YEAR = r"(?P<year>20\d\d)(?=\d{1,2}:|\D|$)"
_DATES = (
    re.compile(r"\b(?P<year>20\d\d)[.\-/](?P<month>\d{1,2})[.\-/](?P<day>\d{1,2})\b"),
    re.compile(
        rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTHS})\.?,?\s+{_YEAR}",
        re.IGNORECASE,
    ),
)
# What a date stamp says besides its date: "PUBLISHED: April 6, 2025 at 9:45 p.m. EDT".
_STAMP_WORDS = re.compile(
    r"\b(?:published|updated|posted|originally|last|modified|created|edited|on|at|am|pm|"
    r"a\.m|p\.m|utc|gmt|kst|jst|cet|cest|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|"
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|ago|hours?|minutes?|days?|date|hits?|views?)\b|\d+(?::\d+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)

SHORT_LINE_WORDS = 8
MAX_HEADLINE_WORDS = 30
MAX_SUBTITLE_WORDS = 40
MAX_LABEL_WORDS = 8  # an institution's name on a line of its own
MAX_CAPTION_WORDS = 80
# A prose paragraph of a paste that lost its final punctuation is still long.
UNTERMINATED_BODY_WORDS = 20
# After a "Related" heading, lines are links until real prose comes back.
RESUMING_PROSE_WORDS = 5


def normalize_text(raw: str) -> str:
    """Unicode-normalize, unify line endings and drop invisible characters that break matching."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\u2060", "")
    return text


def split_blocks(text: str) -> list[tuple[int, str]]:
    """Blank-line separated blocks with the 1-based line they start on; inner lines are joined."""
    return [(start, " ".join(lines)) for start, lines in _raw_blocks(text)]


def _raw_blocks(text: str) -> list[tuple[int, list[str]]]:
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _collapse(line: str) -> str:
    return " ".join(line.split())


def _starts_lowercase(line: str) -> bool:
    return line[:1].islower()


def _is_wrapped(lines: list[str]) -> bool:
    """Prose hard-wrapped at a fixed width: three or more lines, all but the last near it."""
    if len(lines) < 3 or any(_BULLET.match(line) for line in lines):
        return False
    width = max(len(line) for line in lines)
    return width >= 50 and all(len(line) >= 0.7 * width for line in lines[:-1])


def page_lines(text: str) -> list[tuple[int, str, str]]:
    """The units of a page paste: (line number, text, text as written).

    A browser copy puts each heading, menu, button and paragraph on a line of its own,
    blank lines or not; a paragraph runs over several lines only when hard-wrapped (or a
    line ends mid-sentence and the next goes on in lowercase).
    """
    units: list[tuple[int, str, str]] = []
    for start, lines in _raw_blocks(text):
        if _is_wrapped(lines):
            joined = " ".join(lines)
            units.append((start, _collapse(joined), joined))
            continue
        number, pending = start, lines[0]
        for offset, line in enumerate(lines[1:], start=1):
            if not ends_sentence(pending) and _starts_lowercase(line):
                pending = f"{pending} {line}"
                continue
            units.append((number, _collapse(pending), pending))
            number, pending = start + offset, line
        units.append((number, _collapse(pending), pending))
    return units


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def _is_menu(written: str) -> bool:
    """A row of links: short items between separators ("Home | News | Sports")."""
    items = [item for item in _MENU_SEPARATORS.split(written) if item.strip()]
    return len(items) >= 3 and all(word_count(item) <= 4 for item in items)


def _is_date_stamp(line: str) -> bool:
    # "Date 2026.03.18 | Ministry of X": a stamp with the issuer beside it.
    first, *others = [part for part in _MENU_SEPARATORS.split(line) if part.strip()] or [""]
    if others and all(word_count(part) <= SHORT_LINE_WORDS for part in others):
        line = first
    line = re.sub(r"(\d)([A-Z])", r"\1 \2", line)  # "GMT+9Updated", as pasted
    if not any(pattern.search(line) for pattern in _DATES):
        return False
    rest = line
    for pattern in _DATES:
        rest = pattern.sub(" ", rest)
    # "Published: ... | Updated: ..." leaves nothing; "He died on March 3." leaves a sentence.
    return word_count(_STAMP_WORDS.sub(" ", rest)) <= 1


def is_chrome(block: str, written: str | None = None) -> bool:
    """A line that belongs to the page, not the story: labels, menus, buttons, bylines."""
    letters = [char for char in block if char.isalpha()]
    latin = sum(1 for char in letters if char.isascii())
    if latin * 2 < len(letters):  # a language switcher or a widget in the site's language
        return True
    if re.fullmatch(r"[\w.\-]*_[\w.\-]*", block):  # template identifiers like "bar_progress"
        return True
    words = word_count(block)
    if words <= 3 and not ends_sentence(block):
        return True
    if _is_menu(written or block) or _is_date_stamp(block):
        return True
    if words <= 15 and (
        _EMAIL.search(block) or (_BYLINE.search(block) and not ends_sentence(block))
    ):
        return True
    if _FILE_NAME.search(block) or (words <= 40 and _PROMOTION.search(block)):
        return True
    if words <= 25 and _CONTRIBUTOR.search(block):
        return True
    if ends_sentence(block):
        return False  # prose that happens to say "share" or "print"
    chrome_words = len(_CHROME_WORDS.findall(block))
    return (chrome_words >= 1 and words < SHORT_LINE_WORDS) or (chrome_words >= 2 and words < 15)


def is_caption(block: str) -> bool:
    return word_count(block) <= MAX_CAPTION_WORDS and bool(_PHOTO_CREDIT.search(block))


def _is_body(block: str) -> bool:
    if ends_sentence(block) or (block.endswith(":") and word_count(block) >= 3):
        return True
    if _BULLET.match(block) and word_count(block) >= 3:
        return True
    return word_count(block) >= UNTERMINATED_BODY_WORDS


def _is_subtitle(block: str) -> bool:
    return (
        not ends_sentence(block)
        and word_count(block) < MAX_SUBTITLE_WORDS
        and not is_caption(block)
    )


def _is_headline(block: str) -> bool:
    words = word_count(block)
    # Headlines carry no full stop ("..." they may): a first line that does is a notice.
    full_stop = block.endswith(".") and not block.endswith("...")
    return 3 <= words <= MAX_HEADLINE_WORDS and not full_stop and not is_caption(block)


@dataclass(frozen=True, slots=True)
class CleanPage:
    title: str
    subtitle: str | None
    body: tuple[tuple[int, str], ...]  # (line, paragraph)
    captions: tuple[str, ...]
    publisher: str | None
    site: str | None
    date: str | None


# "Copyright Policy" and its kin are links in a footer menu, not a copyright owner.
_COPYRIGHT_LINK_WORDS = frozenset(
    "policy policies notice notices terms statement information guidelines info".split()
)
# A line that is only an institution's name, the label a government page puts above its
# headline: "Ministry of Coastal Affairs", "Republic of X Government Portal".
_INSTITUTION_LABEL = re.compile(
    r"^(?:(?:Ministry|Department|Office|Bureau|Agency|Commission|Council|Administration)"
    r"\s+(?:of|for)\b.*|.*\b(?:Ministry|Agency|Portal|Office|Service|Administration|Commission|"
    r"Authority|Newsroom|Government))$"
)


def parse_copyright(block: str) -> tuple[str | None, str | None]:
    match = _COPYRIGHT_OWNER.search(block)
    if not match:
        return None, None
    owner = _name_words(match.group("owner").strip(" .,-"))
    if owner.split(" ", 1)[0].lower() in _COPYRIGHT_LINK_WORDS:
        owner = ""
    site = (match.group("site") or "").strip() or None
    return (owner or None), site


def _page_copyright(
    units: list[tuple[int, str, str]], footer_at: int
) -> tuple[str | None, str | None]:
    """The owner and site of the first copyright line below the story that names one."""
    for _, unit, _ in units[footer_at:]:
        if _COPYRIGHT.search(unit):
            owner, site = parse_copyright(unit)
            if owner or site:
                return owner, site
    return None, None


def _is_institution_label(block: str) -> bool:
    return (
        word_count(block) <= MAX_LABEL_WORDS
        and bool(_INSTITUTION_LABEL.match(block))
        and (_name_words(block) == block)
    )


def _name_words(text: str) -> str:
    """The name that opens `text`: "Yonhap News Agency prohibits its content ..." -> the
    capitalized words (with "of", "and", "&" between them) before the sentence goes on."""
    kept: list[str] = []
    for word in text.split():
        if word[:1].isupper() or word[:1].isdigit() or (kept and word in {"of", "and", "&", "the"}):
            kept.append(word)
        else:
            break
    while kept and kept[-1] in {"of", "and", "&", "the"}:
        kept.pop()
    return " ".join(kept)


def find_date(text: str) -> str | None:
    """The first date written in `text` as YYYY-MM-DD, or None."""
    found: list[tuple[int, str]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            month = match.group("month")
            # .get: IGNORECASE lets odd letters match ("ſep" for "sep"); those are not dates.
            number = int(month) if month.isdigit() else _MONTH_NUMBER.get(month[:3].lower(), 0)
            year, day = int(match.group("year")), int(match.group("day"))
            if 1 <= number <= 12 and 1 <= day <= 31:
                found.append((match.start(), f"{year:04d}-{number:02d}-{day:02d}"))
    return min(found)[1] if found else None


_PUBLISHED = re.compile(r"\b(?:published|posted|date|released)\b", re.IGNORECASE)


def _page_date(units: list[tuple[int, str, str]], body_from: int) -> str | None:
    """The page's date stamp: a labelled one ("Published", "Posted", "Date") first, then
    one above the story, then any short dated line."""
    for _, line, _ in units:
        if _PUBLISHED.search(line) and _is_date_stamp(line):
            date = find_date(line)
            if date:
                return date
    for position, (_, line, _) in enumerate(units):
        if word_count(line) < SHORT_LINE_WORDS * 2 or (position < body_from and is_chrome(line)):
            date = find_date(line)
            if date:
                return date
    return None


_GALLERY_COUNTER = re.compile(r"^(?:item \d+ of \d+|\[\d+/\d+\]|\d+ of \d+\s*\|)\s*", re.I)


def _caption_text(caption: str, title: str) -> str:
    """A caption without the headline that sites put before it, or a gallery's "1 of 2"."""
    if caption.lower().startswith(title.lower()):
        caption = caption[len(title) :].strip(" -–—:|")
    return _GALLERY_COUNTER.sub("", caption)


def _split_site_name(title: str) -> tuple[str, str | None]:
    """A browser tab's "Headline | The Daily Bugle": (headline, site name)."""
    head, bar, site = title.rpartition(" | ")
    if bar and word_count(site) <= 5 and word_count(head) >= 3:
        return head.strip(), site.strip()
    return title, None


def _story_units(units: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The lines that may be story: chrome dropped, and the link lists after a "Related"
    or "Most popular" heading skipped until real prose comes back."""
    story: list[tuple[int, str]] = []
    in_tail = seen_prose = False
    for line, unit, written in units:
        heading = _TAIL_HEADING.match(unit) and word_count(unit) <= 5 and not ends_sentence(unit)
        if seen_prose and heading:
            in_tail = True
            continue
        if in_tail:
            # Links are headlines; a story that goes on after them speaks in sentences.
            if not (_ENDS_WITH_FULL_STOP.search(unit) and word_count(unit) >= RESUMING_PROSE_WORDS):
                continue
            in_tail = False
        if not is_chrome(unit, written):
            story.append((line, unit))
            seen_prose = seen_prose or (
                ends_sentence(unit) and word_count(unit) >= SHORT_LINE_WORDS
            )
    return story


def clean_page(text: str) -> CleanPage | None:
    """Find the story in a page paste; None when there is no headline and body to be found."""
    units = page_lines(normalize_text(text))
    footer_at = next((i for i, (_, u, _) in enumerate(units) if _COPYRIGHT.search(u)), len(units))
    publisher, site = _page_copyright(units, footer_at)
    story = _story_units(units[:footer_at])
    if not story:
        return None
    headlines = [i for i, (_, unit) in enumerate(story) if _is_headline(unit)]
    # An institution's name above the headline is a label, not the headline.
    title_at = next(
        (i for i in headlines if not _is_institution_label(story[i][1])),
        headlines[0] if headlines else 0,
    )
    title, site_name = _split_site_name(story[title_at][1])
    # The headline again (the page's own, under the browser tab's title) is not a subtitle.
    rest = [(line, unit) for line, unit in story[title_at + 1 :] if unit != title]
    subtitle = None
    if rest and _is_subtitle(rest[0][1]):
        subtitle = rest[0][1]
        rest = rest[1:]
    body: list[tuple[int, str]] = []
    captions: list[str] = []
    for line, block in rest:
        if is_caption(block):
            captions.append(_caption_text(block, title))
        elif _is_body(block):
            body.append((line, block))
    first_body = next((i for i, (line, _, _) in enumerate(units) if body and line == body[0][0]), 0)
    return CleanPage(
        title=title,
        subtitle=subtitle,
        body=tuple(body),
        captions=tuple(captions),
        publisher=publisher or site_name,
        site=site,
        date=_page_date(units, first_body),
    )
