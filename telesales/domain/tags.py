"""A customer's tags: the rep's own short labels (VIP, 展会客户, 老客户介绍…) to group and filter the book by.

Rules:
- the rep types tags in one line, separated by a comma, a semicolon, the Chinese enumeration comma 、 or a new
  line (full-width ，；too); spaces inside a tag are kept, runs of them made one;
- a tag is at most TAG_MAX characters; an empty one is dropped;
- tags are told apart without case (VIP and vip are one tag): the first spelling is kept, in the order typed;
- the book keeps them comma-joined (`stored`), so a tag never holds a comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from telesales.domain.profile import FieldError

TAG_MAX = 30
STORED_SEPARATOR = ","
_SEPARATORS = re.compile(r"[,，;；、\n\r]+")
_SPACES = re.compile(r"\s+")


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags in what the rep typed; FieldError('tag_too_long') when one is longer than TAG_MAX."""
    kept: dict[str, str] = {}
    for part in _SEPARATORS.split(text or ""):
        tag = _SPACES.sub(" ", part).strip()
        if not tag:
            continue
        if len(tag) > TAG_MAX:
            raise FieldError("tag_too_long")
        kept.setdefault(tag.casefold(), tag)
    return tuple(kept.values())


def stored(tags: Iterable[str]) -> str:
    """The book's form of already parsed tags."""
    return STORED_SEPARATOR.join(tags)


def from_stored(text: str | None) -> tuple[str, ...]:
    return tuple(tag for tag in (text or "").split(STORED_SEPARATOR) if tag)


def tag_counts(stored_values: Iterable[str | None]) -> list[tuple[str, int]]:
    """How many customers carry each tag, most used first (ties by tag); a tag spelt in several cases counts once,
    under the spelling most customers use."""
    counts: dict[str, dict[str, int]] = {}
    for value in stored_values:
        for tag in from_stored(value):
            spellings = counts.setdefault(tag.casefold(), {})
            spellings[tag] = spellings.get(tag, 0) + 1
    totals = [(max(spellings.items(), key=lambda item: (item[1], item[0]))[0], sum(spellings.values()))
              for spellings in counts.values()]
    return sorted(totals, key=lambda item: (-item[1], item[0]))


def retagged(current: Iterable[str], add: Iterable[str] = (), remove: Iterable[str] = ()) -> tuple[str, ...]:
    """The tags after the rep adds some (at the end, unless already there in any case) and removes some (in any
    case); FieldError('tag_too_long') for a long one added."""
    gone = {tag.casefold() for tag in parse_tags(STORED_SEPARATOR.join(remove))}
    kept = [tag for tag in current if tag.casefold() not in gone]
    return parse_tags(STORED_SEPARATOR.join([*kept, *add]))


def merge_tags(base: Iterable[str], mine: Iterable[str], theirs: Iterable[str]) -> tuple[str, ...]:
    """Two sides' edits of the same tags since `base` (a field copy and the shared book): a tag added on either
    side is kept, one removed on either side is gone; in my order, then theirs' additions."""
    mine, theirs = tuple(mine), tuple(theirs)
    on_both = {tag.casefold() for tag in mine} & {tag.casefold() for tag in theirs}
    removed = {tag.casefold() for tag in base} - on_both
    kept: dict[str, str] = {}
    for tag in (*mine, *theirs):
        if tag.casefold() not in removed:
            kept.setdefault(tag.casefold(), tag)
    return tuple(kept.values())
