"""Use case: find anyone by any part of a name, pinyin (full or initials), phone digits or place, best first.

The store answers prefix lookups on the search index; ranking and typo tolerance are the domain's
(telesales.domain.search). A few hundred keys are scored per keystroke, whatever the book's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telesales.domain.model import Tier
from telesales.domain.search import (
    FUZZY_FLOOR,
    FUZZY_SCALE,
    Hit,
    KeyField,
    fuzzy_prefixes,
    parse_query,
    rank,
    score_exact,
    score_fuzzy,
)
from telesales.services.ports import SearchPort

CAP = 400  # keys read per prefix: the best are the shortest, which come first
FUZZY_CAP = 1500


@dataclass(frozen=True, slots=True)
class Found:
    customer_id: int
    contact_id: int | None
    customer_name: str
    contact_name: str
    city: str
    district: str
    phone: str
    tier: Tier
    pinned: bool
    score: float
    matched: str  # which kind of key matched: name, pinyin, initials, phone, place
    fuzzy: bool

    def as_json(self) -> dict[str, Any]:
        return {"customer_id": self.customer_id, "contact_id": self.contact_id, "customer": self.customer_name,
                "contact": self.contact_name, "city": self.city, "district": self.district, "phone": self.phone,
                "tier": self.tier.value, "score": round(self.score, 1), "matched": self.matched,
                "typo": self.fuzzy}


MATCHED = {
    KeyField.NAME: "name", KeyField.NAME_INNER: "name", KeyField.PINYIN: "pinyin", KeyField.PINYIN_INNER: "pinyin",
    KeyField.INITIALS: "initials", KeyField.INITIALS_INNER: "initials", KeyField.PHONE: "phone",
    KeyField.PHONE_INNER: "phone", KeyField.PLACE: "place",
}


def warm(index: SearchPort) -> int:
    """Make the first keystroke as quick as the others: read the index once and load pypinyin's dictionaries
    (about 0.7 s, otherwise paid by the first Chinese character typed). Returns how many keys the book has."""
    parse_query("南京")
    return index.warm()


def find_hits(index: SearchPort, typed: str, limit: int = 50) -> list[Hit]:
    query = parse_query(typed)
    if query.empty:
        return []
    hits: list[Hit] = []
    for text, via_pinyin in ((query.text, False), (query.pinyin, True)):
        if not text:
            continue
        for candidate in index.candidates(text, CAP):
            score = score_exact(text, candidate, via_pinyin)
            if score is not None:
                hits.append(Hit(candidate.customer_id, candidate.contact_id, score, candidate.field, candidate.key))
    found = {(hit.customer_id, hit.contact_id) for hit in hits}
    if len(found) < limit and query.text.isascii() and not query.text.isdigit():  # no typos in phone digits
        for prefix in fuzzy_prefixes(query.text):
            close = []
            for candidate in index.candidates(prefix, FUZZY_CAP):
                similarity = score_fuzzy(query.text, candidate)
                if similarity >= FUZZY_FLOOR and (candidate.customer_id, candidate.contact_id) not in found:
                    close.append(Hit(candidate.customer_id, candidate.contact_id, similarity * FUZZY_SCALE,
                                     candidate.field, candidate.key, fuzzy=True))
            if close:
                hits.extend(close)
                break
    return rank(hits, limit)


def find(index: SearchPort, typed: str, limit: int = 50) -> list[Found]:
    """Customers and contacts matching what the rep typed, best first."""
    hits = find_hits(index, typed, limit)
    lines = index.describe([(hit.customer_id, hit.contact_id) for hit in hits])
    out = []
    for hit in hits:
        line = lines.get((hit.customer_id, hit.contact_id))
        if line is None:
            continue
        out.append(Found(hit.customer_id, hit.contact_id or None, line["customer_name"], line["contact_name"],
                         line["city"], line["district"], line["phone"], Tier(line["tier"]), line["pinned"],
                         hit.score, MATCHED[hit.field], hit.fuzzy))
    return out


def customer_ids(found: list[Found]) -> tuple[int, ...]:
    """The customers of the hits, best first, each once (a contact's hit finds its customer)."""
    return tuple(dict.fromkeys(item.customer_id for item in found))
