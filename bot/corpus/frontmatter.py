"""YAML front matter: split it from the body and check its fields, reporting file lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from bot.corpus.cleaning import find_date

_FENCE = "---"
STRING_FIELDS = ("title", "subtitle", "publisher", "site", "language", "date", "url", "slug")
LIST_FIELDS = ("captions",)


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the file where the body starts
    unknown_keys: tuple[str, ...]


class _TextDatesLoader(yaml.SafeLoader):
    """Dates stay text, so that a bad one ("2025-13-45") is reported as this field's problem
    instead of failing inside YAML with no field or line named."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _iso_date(value: str) -> str | None:
    """YYYY-MM-DD, or a date written out ("9 December 2025") in that form; None if neither."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    found = find_date(value)
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found).isoformat()
    except ValueError:
        return None


def has_front_matter(text: str) -> bool:
    return text.split("\n", 1)[0].strip() == _FENCE


def _line_of_key(lines: list[str], key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*:")
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index + 2  # +1 for 1-based, +1 for the opening fence
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    raise TypeError


def parse_front_matter(text: str) -> FrontMatter:
    lines = text.split("\n")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise FrontMatterError("front matter opened with '---' is never closed", 1) from None
    header = lines[1:end]
    try:
        data = yaml.load("\n".join(header), Loader=_TextDatesLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise FrontMatterError(f"front matter is not valid YAML ({problem})", line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of 'field: value' lines", 2)

    fields: dict[str, Any] = {}
    for key in STRING_FIELDS:
        if key not in data:
            continue
        try:
            fields[key] = _as_text(data[key])
        except TypeError:
            kind = type(data[key]).__name__
            raise FrontMatterError(
                f"field '{key}' must be text, not {kind}", _line_of_key(header, key)
            ) from None
    if fields.get("date"):
        date = _iso_date(fields["date"])
        if date is None:
            raise FrontMatterError(
                f"field 'date' must be a date written YYYY-MM-DD, not '{fields['date']}'",
                _line_of_key(header, "date"),
            )
        fields["date"] = date
    for key in LIST_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise FrontMatterError(
                f"field '{key}' must be a list of text items", _line_of_key(header, key)
            )
        fields[key] = [item.strip() for item in value if item.strip()]
    unknown = tuple(str(key) for key in data if key not in STRING_FIELDS + LIST_FIELDS)
    return FrontMatter(
        fields=fields, body="\n".join(lines[end + 1 :]), body_line=end + 2, unknown_keys=unknown
    )
