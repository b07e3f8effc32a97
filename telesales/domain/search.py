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
from itertools import accumulate

from telesales.domain.readings import char_readings, digits, has_cjk, normalise, run_syllables, spoken_words

MAX_INNER = 10  # inner keys per name: enough for a long company name
PHONE_TAILS = (4,)  # the last digits a rep remembers of a number
SHORT_NAME = 4  # a person's name: inner keys from every character (the given name); longer: from every word
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

# the fields as plain ints inside keys: an IntEnum member hashes through a Python-level __hash__, which made
# building a big book's keys several times slower
NAME, NAME_INNER, PINYIN, PINYIN_INNER, INITIALS, INITIALS_INNER, PHONE, PHONE_INNER, PLACE = map(int, KeyField)

Key = tuple[str, int]


def _inner(parts: list[str], minimum: int) -> Iterable[str]:
    """Joined suffixes of `parts` starting after the first, while at least `minimum` parts remain."""
    for start in range(1, min(len(parts) - minimum, MAX_INNER) + 1):
        yield "".join(parts[start:])


LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "分公司", "公司", "集团", "集團",
               "工作室", "商行", "厂", "廠", "店")
_LEGAL_TAIL = re.compile("(?:" + "|".join(LEGAL_FORMS) + ")$")


def _core(text: str) -> str:
    """A company name without its legal form (有限公司…), for inner keys."""
    if not text.endswith(LEGAL_FORMS):  # most names: no need to search the whole name for a tail
        return text
    for _ in range(2):  # 集团有限公司
        found = _LEGAL_TAIL.search(text)
        if found is None or found.start() < 2:
            break
        text = text[: found.start()]
    return text


@lru_cache(maxsize=100_000)  # contacts' names repeat: 张伟, 王芳…
def name_keys(name: str) -> frozenset[Key]:
    return frozenset(_name_keys(name))


def _name_keys(name: str) -> list[Key]:
    """A name's keys, some perhaps twice (name_keys keeps each once)."""
    text = normalise(name)
    if not text:
        return []
    if not has_cjk(text):
        keys: list[Key] = [(text, NAME)]
        words_ = _WORDS.findall(unicodedata.normalize("NFKC", name).lower())
        keys.extend((suffix, NAME_INNER) for suffix in _inner(words_, 1))
        if len(words_) > 1:
            keys.append(("".join([word[0] for word in words_]), INITIALS))
        return keys
    spoken, words = run_syllables(text)
    full, letters = "".join(spoken), "".join([syllable[0] for syllable in spoken])
    keys = [(text, NAME), (full, PINYIN), (letters, INITIALS)]
    first = text[0]
    if "\u3400" <= first <= "\u4dbf" or "\u4e00" <= first <= "\u9fff" or "\uf900" <= first <= "\ufaff":  # as has_cjk
        rest, rest_letters = full[len(spoken[0]):], letters[1:]
        for reading in char_readings(first):
            keys.append((reading + rest, PINYIN))
            keys.append((reading[0] + rest_letters, INITIALS))
    size = len(text)
    if len(spoken) == size:  # one syllable per character: inner keys line up in both scripts
        core = len(_core(text))  # no inner keys inside a legal form such as 有限公司: every company has one
        # short names (people) from every character, longer ones (companies) from every word
        starts = range(1, core - 1) if size <= SHORT_NAME else [w for w in words if 0 < w < core - 1]
        if starts:
            at = list(accumulate(map(len, spoken), initial=0))  # where each syllable starts in `full`
            for start in starts[:MAX_INNER]:
                keys.append((text[start:], NAME_INNER))
                keys.append((full[at[start]:], PINYIN_INNER))
    return keys


def national_digits(phone: str) -> list[str]:
    """The ways a number's digits are typed: national (and with the trunk 0 where it is dialled so)."""
    text = phone.strip()
    if text[:1] == "+" and text[1:].isdecimal():  # E.164, as the book keeps numbers: no digits to pick out
        number = text[1:]
    else:
        number = digits(phone)
        if not number:
            return []
        if not text.startswith(("+", "00")):
            return [number]
        number = number[2:] if text.startswith("00") else number
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
        keys.add((form, PHONE))
        for tail in PHONE_TAILS:
            if len(form) > tail:
                keys.add((form[-tail:], PHONE_INNER))
    return keys


@lru_cache(maxsize=4_096)
def place_keys(*places: str) -> frozenset[Key]:
    return frozenset((text, PLACE) for text in map(normalise, places) if text)


def customer_keys(name: str, phone: str, province: str = "", city: str = "", district: str = "") -> set[Key]:
    return name_keys(name) | phone_keys(phone) | place_keys(city, district)  # a province is found by its cities


def contact_keys(name: str, phone: str) -> set[Key]:
    return name_keys(name) | phone_keys(phone)


def customer_key_list(name: str, phone: str, city: str = "", district: str = "") -> list[Key]:
    """customer_keys as a list, for writing many: its parts never share a key (their fields differ), so they
    are joined without building their union."""
    return [*name_keys(name), *phone_keys(phone), *place_keys(city, district)]


def contact_key_list(name: str, phone: str) -> list[Key]:
    """contact_keys as a list (see customer_key_list)."""
    return [*name_keys(name), *phone_keys(phone)]


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
    return Query(text, "".join(spoken_words(text)[0]) if has_cjk(text) else "")


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
