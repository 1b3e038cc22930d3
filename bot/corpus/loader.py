"""Reading a corpus directory into Articles, with every problem named by file and line.

A load is all-or-nothing: any error raises CorpusError listing every problem found, so a
reload never serves half a corpus. Warnings (skipped files, odd fields) ride along.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bot.corpus.cleaning import clean_page, normalize_text, split_blocks
from bot.corpus.encoding import repair_mojibake
from bot.corpus.frontmatter import FrontMatterError, has_front_matter, parse_front_matter
from bot.corpus.models import Article, Paragraph, Problem

ARTICLE_SUFFIXES = (".md", ".txt")
MAX_FILE_BYTES = 5 * 1024 * 1024
_BINARY_SNIFF_BYTES = 8192

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\([^)]*\)$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


class CorpusError(Exception):
    """The corpus cannot be loaded; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


@dataclass(frozen=True, slots=True)
class CorpusLoad:
    articles: tuple[Article, ...]
    warnings: tuple[Problem, ...]


def slugify(name: str) -> str:
    return _SLUG_JUNK.sub("-", name.lower()).strip("-") or "article"


def decode_article(data: bytes) -> str:
    """A file's bytes as UTF-8 text, or ValueError naming the problem."""
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(
            f"file is too large ({len(data) / 1_048_576:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1_048_576} MB for one article)"
        )
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(f"is not valid UTF-8 (byte {exc.start}, line {line})") from None


def _markdown_body(body: str, first_line: int) -> tuple[list[tuple[int, str]], list[str]]:
    paragraphs: list[tuple[int, str]] = []
    captions: list[str] = []
    for line, block in split_blocks(body):
        if block.startswith("#") or block.startswith("<!--"):
            continue
        image = _IMAGE.match(block)
        if image:
            if image.group("alt").strip():
                captions.append(image.group("alt").strip())
            continue
        text = _EMPHASIS.sub(r"\2", _LINK.sub(r"\1", block))
        paragraphs.append((line + first_line - 1, text))
    return paragraphs, captions


def parse_article(path: Path, raw: str) -> tuple[Article, list[Problem]]:
    """Parse one file's text; raises FrontMatterError or ValueError on a bad article."""
    raw, repaired = repair_mojibake(raw)
    text = normalize_text(raw)
    warnings: list[Problem] = []
    if repaired:
        warnings.append(
            Problem(path, "repaired mojibake (text saved in one encoding, read in another)")
        )
    if has_front_matter(text):
        front = parse_front_matter(text)
        fields = dict(front.fields)
        for key in front.unknown_keys:
            warnings.append(Problem(path, f"unknown front matter field '{key}' ignored"))
        if not fields.get("title"):
            raise FrontMatterError("front matter has no 'title'", 2)
        body, extra_captions = _markdown_body(front.body, front.body_line)
        captions = [*fields.get("captions", []), *extra_captions]
    elif path.suffix == ".md":
        raise FrontMatterError("a Markdown article must start with '---' front matter", 1)
    else:
        page = clean_page(text)
        if page is None:
            raise ValueError("no headline or body text found")
        fields = {
            "title": page.title,
            "subtitle": page.subtitle,
            "publisher": page.publisher,
            "site": page.site,
            "date": page.date,
        }
        body = list(page.body)
        captions = list(page.captions)
        if page.date is None:
            warnings.append(Problem(path, "no date found on the page; citations will show none"))
        if page.publisher is None:
            warnings.append(
                Problem(path, "no publisher found (no copyright line); citations will show none")
            )
    if not body:
        raise ValueError("the article has no body paragraphs")
    slug = slugify(fields.get("slug") or path.stem)
    article = Article(
        slug=slug,
        path=path,
        title=fields["title"],
        subtitle=fields.get("subtitle"),
        publisher=fields.get("publisher"),
        site=fields.get("site"),
        language=fields.get("language") or "en",
        date=fields.get("date"),
        url=fields.get("url"),
        captions=tuple(captions),
        paragraphs=tuple(
            Paragraph(article_slug=slug, number=number, text=paragraph)
            for number, (_, paragraph) in enumerate(body, start=1)
        ),
    )
    return article, warnings


def read_article(path: Path) -> tuple[Article, list[Problem]]:
    return parse_article(path, decode_article(path.read_bytes()))


# Reads one file into an article and its warnings, raising what read_article raises;
# bot.buildcache passes one that skips files read before.
FileReader = Callable[[Path], tuple[Article, list[Problem]]]


def _is_inside(path: Path, root: Path) -> bool:
    """Whether the file (after following links) lies in the corpus; raises if it is gone."""
    try:
        path.resolve(strict=True).relative_to(root)
    except ValueError:
        return False
    return True


def load_corpus(
    directory: Path, read: FileReader = read_article, *, skip_broken: bool = False
) -> CorpusLoad:
    """The corpus's articles, or CorpusError with every problem found.

    With `skip_broken`, a file that cannot be read is left out with a warning instead, as
    long as some article loads: the bot's start-up has no earlier index to keep serving,
    and one half-saved file must not keep it down.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise CorpusError(
            [Problem(directory, "corpus directory does not exist (set BOT_CORPUS_DIR or --corpus)")]
        )
    root = directory.resolve()
    articles: list[Article] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    seen_slugs: dict[str, Path] = {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith("."):
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            warnings.append(Problem(path, "skipped: not a .md or .txt article"))
            continue
        try:
            if not _is_inside(path, root):
                problems.append(Problem(path, "refused: it points outside the corpus directory"))
                continue
            if not path.is_file():
                warnings.append(Problem(path, "skipped: not a regular file"))
                continue
            article, file_warnings = read(path)
        except FileNotFoundError:
            warnings.append(Problem(path, "skipped: the file disappeared while loading"))
            continue
        except FrontMatterError as exc:
            problems.append(Problem(path, str(exc), exc.line))
            continue
        except (ValueError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            problems.append(Problem(path, f"cannot be read: {message}"))
            continue
        if article.slug in seen_slugs:
            problems.append(
                Problem(
                    path,
                    f"duplicate article slug '{article.slug}' "
                    f"(also {seen_slugs[article.slug].name})",
                )
            )
            continue
        seen_slugs[article.slug] = path
        articles.append(article)
        warnings.extend(file_warnings)
    if not problems and not articles:
        problems.append(Problem(directory, "no articles found (.md or .txt files)"))
    if problems and skip_broken and articles:
        skipped = [replace(p, message=f"skipped, {p.message}") for p in problems]
        return CorpusLoad(articles=tuple(articles), warnings=(*skipped, *warnings))
    if problems:
        raise CorpusError(problems)
    return CorpusLoad(articles=tuple(articles), warnings=tuple(warnings))
