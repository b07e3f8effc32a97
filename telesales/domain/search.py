"""Finding anyone: the keys a customer or contact is found by, and how a hit is ranked.

A key is a short lower-case string looked up by prefix. "Any part of a name" is a prefix of one of the name's
suffixes, so a name also gives keys starting at each later character (Chinese) or word (Latin), marked as
*inner* keys and ranked below matches from the start. Phones give their national digits and the suffixes of
at least four digits. Pinyin gives the full reading (with every reading of the first character) and initials.

Ranking (higher is better): an exact key beats a prefix from the start, which beats a prefix of an inner key;
names beat pinyin, pinyin beats initials, and places come last. Small typos are caught by comparing the typed
text with keys that share a shorter prefix (rapidfuzz), ranked below every real match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from telesales.domain.readings import digits, first_readings, has_cjk, normalise, syllables

MAX_INNER = 10  # inner keys per name: enough for a long company name
PHONE_TAILS = (8, 4)  # the last digits a rep remembers of a number: after the mobile prefix, the last four
TRUNK_PREFIX_COUNTRIES = ("886", "852", "853", "86", "1")
_WORDS = re.compile(r"[^\W_]+")


class KeyField(IntEnum):
    NAME = 0
    NAME_INNER = 1
    PINYIN = 2
    PINYIN_INNER = 3
    INITIALS = 4
    INITIALS_INNER = 5
    PHONE = 6
    PHONE_INNER = 7
    PLACE = 8


FIELD_BONUS = {
    KeyField.NAME: 0, KeyField.NAME_INNER: -20, KeyField.PINYIN: -2, KeyField.PINYIN_INNER: -22,
    KeyField.INITIALS: -4, KeyField.INITIALS_INNER: -24, KeyField.PHONE: 0, KeyField.PHONE_INNER: -15,
    KeyField.PLACE: -35,
}
PINYIN_FIELDS = frozenset({KeyField.PINYIN, KeyField.PINYIN_INNER})

Key = tuple[str, KeyField]


def _inner(parts: list[str], minimum: int) -> Iterable[str]:
    """Joined suffixes of `parts` starting after the first, while at least `minimum` parts remain."""
    for start in range(1, min(len(parts) - minimum, MAX_INNER) + 1):
        yield "".join(parts[start:])


LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "分公司", "公司", "集团", "集團",
               "工作室", "商行", "厂", "廠", "店")


def _core(text: str) -> str:
    """A company name without its legal form (有限公司…), for inner keys."""
    for _ in range(2):  # 集团有限公司
        for form in LEGAL_FORMS:
            if text.endswith(form) and len(text) > len(form) + 1:
                text = text[: -len(form)]
                break
    return text


@lru_cache(maxsize=100_000)  # contacts' names repeat: 张伟, 王芳…
def name_keys(name: str) -> frozenset[Key]:
    return frozenset(_name_keys(name))


def _name_keys(name: str) -> set[Key]:
    text = normalise(name)
    if not text:
        return set()
    keys: set[Key] = {(text, KeyField.NAME)}
    if has_cjk(text):
        spoken = syllables(text, normalised=True)
        initials = [syllable[0] for syllable in spoken]
        keys.add(("".join(spoken), KeyField.PINYIN))
        keys.add(("".join(initials), KeyField.INITIALS))
        for reading in first_readings(name):
            keys.add((reading + "".join(spoken[1:]), KeyField.PINYIN))
            keys.add((reading[0] + "".join(initials[1:]), KeyField.INITIALS))
        core = len(_core(text))  # no inner keys inside a legal form such as 有限公司: every company has one
        keys.update((text[start:], KeyField.NAME_INNER) for start in range(1, min(core - 2, MAX_INNER) + 1))
        keys.update((suffix + "".join(spoken[core:]), KeyField.PINYIN_INNER)
                    for suffix in _inner(spoken[:core], 2) if len(spoken) == len(text))
    else:
        words = _WORDS.findall(unicodedata.normalize("NFKC", name).lower())
        keys.update((suffix, KeyField.NAME_INNER) for suffix in _inner(words, 1))
        if len(words) > 1:
            keys.add(("".join(word[0] for word in words), KeyField.INITIALS))
    return keys


def national_digits(phone: str) -> list[str]:
    """The ways a number's digits are typed: national (and with the trunk 0 where it is dialled so)."""
    number = digits(phone)
    if not number:
        return []
    if phone.strip().startswith(("+", "00")):
        number = number[2:] if phone.strip().startswith("00") else number
        for country in TRUNK_PREFIX_COUNTRIES:
            if number.startswith(country):
                national = number[len(country):]
                forms = [national]
                if country in ("886", "86") and not national.startswith("1"):
                    forms.append("0" + national)  # Taiwan's 09…, mainland landlines 010-…
                return forms
    return [number]


def phone_keys(phone: str) -> set[Key]:
    keys: set[Key] = set()
    for form in national_digits(phone):
        keys.add((form, KeyField.PHONE))
        keys.update((form[-tail:], KeyField.PHONE_INNER) for tail in PHONE_TAILS if len(form) > tail)
    return keys


@lru_cache(maxsize=4_096)
def place_keys(*places: str) -> frozenset[Key]:
    return frozenset((text, KeyField.PLACE) for text in map(normalise, places) if text)


def customer_keys(name: str, phone: str, province: str = "", city: str = "", district: str = "") -> set[Key]:
    return name_keys(name) | phone_keys(phone) | place_keys(province, city, district)


def contact_keys(name: str, phone: str) -> set[Key]:
    return name_keys(name) | phone_keys(phone)


# -- the query side


@dataclass(frozen=True, slots=True)
class Query:
    """What was typed, as the forms looked up: the text itself and, for Chinese, its pinyin."""

    text: str
    pinyin: str = ""

    @property
    def empty(self) -> bool:
        return not self.text


def parse_query(typed: str) -> Query:
    text = normalise(typed)
    return Query(text, "".join(syllables(typed)) if has_cjk(text) else "")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A key the store found for a prefix, and whose it is (contact_id 0: the customer itself)."""

    key: str
    customer_id: int
    contact_id: int
    field: KeyField


@dataclass(frozen=True, slots=True)
class Hit:
    customer_id: int
    contact_id: int
    score: float
    field: KeyField
    key: str
    fuzzy: bool = False


def score_exact(typed: str, candidate: Candidate, via_pinyin: bool = False) -> float | None:
    """The score of a key that starts with what was typed (None when it does not)."""
    if not candidate.key.startswith(typed):
        return None
    if via_pinyin and candidate.field not in PINYIN_FIELDS:
        return None
    base = 100.0 if candidate.key == typed else 90.0 - min(10.0, (len(candidate.key) - len(typed)) * 0.5)
    return base + FIELD_BONUS[candidate.field] - (5.0 if via_pinyin else 0.0)


def score_fuzzy(typed: str, candidate: Candidate) -> float:
    """0..100: how close the key's start is to what was typed (a letter wrong, missing, extra or swapped)."""
    from rapidfuzz.fuzz import ratio

    size = len(typed)
    return max(ratio(typed, candidate.key[:cut]) for cut in (size - 1, size, size + 1) if cut > 0)


FUZZY_FLOOR = 80.0  # below this a key is not a typo of what was typed
FUZZY_SCALE = 0.5  # a typo ranks below every real match


def rank(hits: Iterable[Hit], limit: int) -> list[Hit]:
    """The best hit per customer-or-contact, best first; ties by customer then contact (stable, deterministic)."""
    best: dict[tuple[int, int], Hit] = {}
    for hit in hits:
        entity = (hit.customer_id, hit.contact_id)
        held = best.get(entity)
        if held is None or hit.score > held.score:
            best[entity] = hit
    ordered = sorted(best.values(), key=lambda hit: (-hit.score, hit.customer_id, hit.contact_id))
    return ordered[:limit]


def fuzzy_prefixes(typed: str) -> list[str]:
    """Shorter prefixes to gather typo candidates from, longest first: a typo is looked for in the last three
    characters of at least four typed (shorter text has too many neighbours to guess from)."""
    return [typed[:cut] for cut in range(len(typed) - 1, max(2, len(typed) - 4), -1)] if len(typed) >= 4 else []
