"""A realistic, deterministic demo book: same seed, same locale, same day → the same book.

Rows are plain dicts keyed by the book's column names, handed to a sink a chunk of customers at a time, so a
100,000-customer book (about 2 million calls and half a million orders) streams without holding it all.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from faker import Faker

from telesales.demo.places import Place, hong_kong_places, mainland_places, taiwan_places, us_places
from telesales.demo.vocabulary import VOCABULARIES, Vocabulary
from telesales.domain.tags import stored

Row = dict[str, Any]
Batch = list[tuple[str, list[Row]]]

LOCALES = tuple(VOCABULARIES)
TIME_ZONES = {"zh_CN": "Asia/Shanghai", "zh_TW": "Asia/Taipei", "en_US": "America/New_York"}
REGIONS = {"zh_CN": "CN", "zh_TW": "TW", "en_US": "OTHER"}
# what a customer of each kind typically spends in a year, in cents of the locale's currency
BASE_REVENUE = {"zh_CN": 800_000, "zh_TW": 3_500_000, "en_US": 120_000}
HISTORY_DAYS = 800  # a little over two years of orders and calls
FOLLOW_UPS_KEPT_DAYS = 3  # next steps and call-backs due within this many days before today are still open

# share of customers by what the book knows of them
KINDS = (("existing", 0.64), ("declining", 0.05), ("inactive", 0.10), ("prospect", 0.12), ("suspect", 0.07),
         ("other", 0.02))
OUTCOMES = (("connected", 0.56), ("no_answer", 0.19), ("busy", 0.08), ("call_back", 0.10), ("refused", 0.04),
            ("wrong_number", 0.03))
INTENTS = (("A", 0.14), ("B", 0.30), ("C", 0.38), ("D", 0.18))
ATTITUDES = {"A": "warm", "B": "warm", "C": "neutral", "D": "cold"}
ROLES = ("user", "influencer", "decider", "approver", "buyer", "gatekeeper")
CN_MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
                      "157", "158", "159", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189")
US_AREA_CODES = ("212", "312", "415", "617", "206", "512", "303", "404", "305", "702", "213", "646", "718", "202",
                 "215", "480", "503", "614", "704", "713")


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    pick = rng.random()
    for value, share in table:
        pick -= share
        if pick < 0:
            return value
    return table[-1][0]


class PhoneMaker:
    """Valid phone numbers of a region, in E.164; validity is checked by `phonenumbers` per number prefix."""

    def __init__(self, region: str, rng: random.Random) -> None:
        self._region = region
        self._rng = rng
        self._valid_prefix: dict[str, bool] = {}

    def _candidate(self) -> tuple[str, str]:
        digits = self._rng.choices("0123456789", k=8)
        if self._region == "CN":
            national = self._rng.choice(CN_MOBILE_PREFIXES) + "".join(digits)
            return "+86" + national, national[:5]
        if self._region == "TW":
            national = "9" + str(self._rng.randint(10, 89)) + "".join(digits[:6])
            return "+886" + national, national[:4]
        exchange = str(self._rng.randint(200, 999))
        national = self._rng.choice(US_AREA_CODES) + exchange + "".join(digits[:4])
        return "+1" + national, national[:6]

    def make(self) -> str:
        while True:
            number, prefix = self._candidate()
            valid = self._valid_prefix.get(prefix)
            if valid is None:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(number))
                self._valid_prefix[prefix] = valid
            if valid:
                return number


@dataclass(frozen=True)
class DemoRequest:
    customers: int = 300
    seed: int = 1
    locale: str = "zh_CN"
    today: date = date(2026, 1, 1)
    chunk: int = 2000


class DemoGenerator:
    def __init__(self, request: DemoRequest) -> None:
        if request.locale not in VOCABULARIES:
            raise ValueError(f"unknown locale {request.locale!r}; choose one of {', '.join(LOCALES)}")
        self.request = request
        self.words: Vocabulary = VOCABULARIES[request.locale]
        self.rng = random.Random(request.seed)
        self.tag_rng = random.Random(f"tags {request.seed}")  # its own draws: tags leave the rest of the book as it was
        self.fake = Faker(self.words.faker_locale)
        self.fake.seed_instance(request.seed)
        self.phones = PhoneMaker(self.words.phone_region, self.rng)
        self.zone = ZoneInfo(TIME_ZONES[request.locale])
        self.home_city = ""
        self.places = self._places()
        # the coming working days, each with a handful of visits in the home city (about 40 in all, any book size)
        self.visit_days = [day for day in (request.today + timedelta(days=n) for n in range(9))
                           if day.weekday() < 5][:5]
        self.visit_chance = min(0.6, 40 / max(1, request.customers) / 0.35)
        self.rep = self.fake.name()
        # Faker is slow per call: draw pools once, then pick from them (names repeat in real books too)
        pool = min(max(200, request.customers * 2), 40_000)
        self.person_names = [self.fake.name() for _ in range(pool)]
        self.companies = [self.fake.company() for _ in range(min(pool, 20_000))]
        if request.locale != "en_US":  # Faker's Chinese firms sometimes carry Latin prefixes (MBP…): keep them Chinese
            self.companies = [name for name in self.companies
                              if not any("a" <= ch.lower() <= "z" for ch in name)] or self.companies
        self.emails = [self.fake.email() for _ in range(min(pool, 20_000))]
        self.now = datetime.combine(request.today, time(8, 30), self.zone).astimezone(UTC)
        self._ids = {"contact": 0, "order": 0, "line": 0, "call": 0, "visit": 0, "date": 0}

    def _places(self) -> list[Place]:
        locale = self.request.locale
        if locale == "zh_CN":
            cities = mainland_places()
            home = cities[self.rng.choice(sorted(cities))]
            self.home_city = home[0].city
            others = [place for places in cities.values() for place in places]
            return list(home) * 6 + others  # most customers in the home city, some across the country
        if locale == "zh_TW":
            self.home_city = "臺北市"
            places = list(taiwan_places()) + list(hong_kong_places())[:4]
        else:
            self.home_city = "New York"
            places = list(us_places())
        return [place for place in places if place.city == self.home_city] * 6 + places

    def _tags(self) -> str:
        """Most customers carry no tag; some one or two of the rep's labels."""
        count = self.tag_rng.choices((0, 1, 2), (0.6, 0.3, 0.1))[0]
        return stored(self.tag_rng.sample(self.words.tags, count)) if self.words.tags else ""

    def _next(self, key: str) -> int:
        self._ids[key] += 1
        return self._ids[key]

    def products(self) -> list[Row]:
        return [{"id": index, "name": name, "sku": f"P{index:04d}", "unit_price_cents": price}
                for index, (name, price) in enumerate(self.words.products, start=1)]

    def batches(self, progress: Callable[[int, int], None] | None = None) -> Iterator[Batch]:
        total = self.request.customers
        yield [("products", self.products())]
        for start in range(0, total, self.request.chunk):
            tables: dict[str, list[Row]] = {name: [] for name in (
                "customers", "contacts", "contact_roles", "orders", "order_lines", "calls", "visits",
                "important_dates")}
            for customer_id in range(start + 1, min(start + self.request.chunk, total) + 1):
                self._customer(customer_id, tables)
            yield list(tables.items())
            if progress:
                progress(min(start + self.request.chunk, total), total)

    # -- one customer and everything the book knows of them

    def _customer(self, customer_id: int, out: dict[str, list[Row]]) -> None:
        rng, words, today = self.rng, self.words, self.request.today
        kind = _weighted(rng, KINDS)
        is_person = rng.random() < 0.15
        place = rng.choice(self.places)
        name = rng.choice(self.person_names) if is_person else self._company(place)
        founded = None if is_person or rng.random() > 0.45 else date(rng.randint(1990, 2022), rng.randint(1, 12),
                                                                      rng.randint(1, 28))
        out["customers"].append({
            "id": customer_id, "kind": "person" if is_person else "company", "name": name,
            "industry": rng.choice(words.industries), "scale": "" if is_person else rng.choice(words.scales),
            "phone": self.phones.make(), "email": rng.choice(self.emails), "wechat": "",
            "address": self._address(place), "province": place.province, "city": place.city,
            "district": place.district,
            "latitude": round(place.latitude + rng.uniform(-0.015, 0.015), 6),
            "longitude": round(place.longitude + rng.uniform(-0.015, 0.015), 6),
            "region": "HK" if place.province == "香港" else REGIONS[self.request.locale],
            "owner": self.rep if rng.random() > 0.02 else rng.choice(self.person_names),
            "tier": {"inactive": "inactive", "prospect": "prospect", "suspect": "suspect", "other": "other"}.get(
                kind, "small"),
            "tier_pin": None, "tier_pin_reason": "",
            "do_not_call": rng.random() < 0.02, "marked_other": kind == "other", "face": None,
            "keeps_christmas": rng.random() < (0.9 if self.request.locale == "en_US" else 0.06),
            "credit_limit_cents": None if kind in ("prospect", "suspect", "other") else rng.choice(
                (500_000, 1_000_000, 5_000_000)),
            "payment_terms": rng.choice(words.payment_terms) if kind in ("existing", "declining") else "",
            "competitors": rng.choice(words.competitors) if rng.random() < 0.3 else "",
            "preferences": "", "notes": "", "founded_on": founded, "tags": self._tags(),
            "created_at": self.now - timedelta(days=rng.randint(HISTORY_DAYS, HISTORY_DAYS + 400)),
        })
        contact_ids = self._contacts(customer_id, name if is_person else None, out)
        if founded:
            out["important_dates"].append(self._annual(customer_id, None, "company_anniversary", "solar",
                                                       founded.month, founded.day, False, founded.year))
        if kind in ("existing", "declining", "inactive"):
            self._orders(customer_id, kind, out)
        calls = {"existing": 28, "declining": 20, "inactive": 6, "prospect": 4, "suspect": 0, "other": 1}[kind]
        if calls:
            self._calls(customer_id, kind, rng.randint(max(1, calls // 2), calls * 3 // 2), contact_ids, out)
        if kind in ("existing", "prospect") and place.city == self.home_city and rng.random() < self.visit_chance:
            self._visit(customer_id, contact_ids, rng.choice(self.visit_days), "planned", out)
        if kind == "existing" and rng.random() < 0.2:
            self._visit(customer_id, contact_ids, today - timedelta(days=rng.randint(7, 300)), "done", out)

    def _company(self, place: Place) -> str:
        """Chinese firms carry their city in the name (深圳市七喜科技有限公司), which also keeps names apart."""
        company = self.rng.choice(self.companies)
        if self.request.locale == "en_US":
            return company
        return f"{place.city}{company}" if self.rng.random() < 0.7 else company

    def _address(self, place: Place) -> str:
        rng, street = self.rng, self.rng.choice(self.words.streets)
        number = rng.randint(1, 399)
        if self.request.locale == "zh_CN":
            prefix = place.city if place.province == place.city else place.province + place.city
            return f"{prefix}{place.district}{street}{number}号"
        if self.request.locale == "zh_TW":
            return f"{place.city}{place.district}{street}{number}號{rng.randint(1, 20)}樓"
        return f"{number} {street}, {place.city}, {place.province}"

    def _contacts(self, customer_id: int, person_name: str | None, out: dict[str, list[Row]]) -> list[int]:
        rng = self.rng
        count = 1 if person_name else rng.choice((1, 2, 3, 3, 4, 5))
        ids = []
        for index in range(count):
            contact_id = self._next("contact")
            ids.append(contact_id)
            birthday: tuple[str | None, int | None, int | None, bool, int | None] = (None, None, None, False, None)
            if rng.random() < 0.6:
                lunar = rng.random() < 0.3
                month = rng.randint(1, 12)
                day = rng.randint(1, 30 if lunar else 28)
                leap = lunar and rng.random() < 0.03
                birthday = ("lunar" if lunar else "solar", month, day, leap,
                            rng.randint(1960, 1998) if rng.random() < 0.7 else None)
            out["contacts"].append({
                "id": contact_id, "customer_id": customer_id, "name": person_name or rng.choice(self.person_names),
                "title": "" if person_name else rng.choice(self.words.titles), "phone": self.phones.make(),
                "email": rng.choice(self.emails), "wechat": f"wx{rng.randint(10**7, 10**8 - 1)}" if rng.random() < 0.5
                else "",
                "birthday_calendar": birthday[0], "birthday_month": birthday[1], "birthday_day": birthday[2],
                "birthday_leap": birthday[3], "birthday_year": birthday[4], "notes": "",
            })
            roles = {"decider"} if index == 0 and rng.random() < 0.65 else {rng.choice(ROLES)}
            if rng.random() < 0.15:
                roles.add(rng.choice(ROLES))
            out["contact_roles"].extend({"contact_id": contact_id, "role": role} for role in sorted(roles))
        return ids

    def _annual(self, customer_id: int, contact_id: int | None, kind: str, calendar: str, month: int, day: int,
                leap: bool, year: int | None) -> Row:
        return {"id": self._next("date"), "customer_id": customer_id, "contact_id": contact_id, "kind": kind,
                "label": "", "calendar": calendar, "month": month, "day": day, "leap": leap, "year": year}

    def _orders(self, customer_id: int, kind: str, out: dict[str, list[Row]]) -> None:
        rng, today = self.rng, self.request.today
        base = BASE_REVENUE[self.request.locale]
        yearly = min(base * rng.paretovariate(1.16), base * 2000)  # a few customers make most of the revenue
        per_year = max(1, min(14, round(2 + 2 * math.log(max(yearly / base, 1.0)))))
        count = per_year * 2 + rng.randint(0, per_year)
        products = self.words.products
        for _ in range(count):
            if kind == "inactive":
                days_ago = rng.randint(380, HISTORY_DAYS)
            elif kind == "declining":  # bought well last year, little this year
                days_ago = rng.randint(365, HISTORY_DAYS) if rng.random() < 0.85 else rng.randint(0, 364)
            else:
                days_ago = rng.randint(0, HISTORY_DAYS)
            target = yearly / per_year * rng.uniform(0.5, 1.5)
            affordable = [index for index, (_, price) in enumerate(products, start=1) if price <= target]
            product_id = rng.choice(affordable) if affordable else min(
                range(1, len(products) + 1), key=lambda index: products[index - 1][1])
            price = products[product_id - 1][1]
            quantity = max(1, round(target / price))
            amount = price * quantity
            ordered_on = today - timedelta(days=days_ago)
            order_id = self._next("order")
            out["orders"].append({
                "id": order_id, "customer_id": customer_id, "ordered_on": ordered_on, "amount_cents": amount,
                "profit_cents": amount * rng.randint(5, 40) // 100,
                "paid_cents": amount if days_ago > 60 or rng.random() < 0.6 else amount // 2, "notes": "",
            })
            out["order_lines"].append({"id": self._next("line"), "order_id": order_id, "product_id": product_id,
                                       "quantity": quantity, "unit_price_cents": price})

    def _calls(self, customer_id: int, kind: str, count: int, contact_ids: list[int],
               out: dict[str, list[Row]]) -> None:
        rng, words = self.rng, self.words
        oldest = HISTORY_DAYS if kind != "inactive" else HISTORY_DAYS
        newest = 400 if kind == "inactive" else 0
        days = sorted((rng.randint(newest, oldest) for _ in range(count)), reverse=True)
        typical = BASE_REVENUE[self.request.locale] // 3
        # commitments (a next step, a call-back) that fell due before this are done: a real rep's book has a few
        # days of overdue follow-ups, not months of them
        open_since = datetime.combine(self.request.today - timedelta(days=FOLLOW_UPS_KEPT_DAYS), time(), self.zone)
        for position, days_ago in enumerate(days):
            local = datetime.combine(self.request.today - timedelta(days=days_ago + 1),
                                     time(9 + rng.randint(0, 8), rng.randint(0, 59)), self.zone)
            called_at = local.astimezone(UTC)
            outcome = _weighted(rng, OUTCOMES)
            row: Row = {
                "id": self._next("call"), "customer_id": customer_id, "contact_id": rng.choice(contact_ids),
                "called_at": called_at, "outcome": outcome, "call_back_at": None, "need": "",
                "expected_value_cents": None, "attitude": None, "intent": None, "visit_possible": False,
                "visit_when": None, "materials_requested": "", "next_step": "", "next_step_on": None, "notes": "",
            }
            if outcome == "call_back":
                back = called_at + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 4))
                # the demo rep called back everyone whose time passed days ago (those calls are not in the history)
                row["call_back_at"] = back if position < len(days) - 1 or back >= open_since else None
            elif outcome == "connected":
                intent = _weighted(rng, INTENTS) if kind != "inactive" else rng.choice("CD")
                row.update(intent=intent, attitude=ATTITUDES[intent])
                if intent in "AB":
                    row.update(need=rng.choice(words.needs),
                               expected_value_cents=int(typical * rng.lognormvariate(0, 1)) // 100 * 100)
                if position >= len(days) - 3 and intent in "ABC":
                    step, step_on = rng.choice(words.next_steps), local.date() + timedelta(days=rng.randint(2, 14))
                    if step_on >= open_since.date():  # older next steps were followed up (likewise)
                        row.update(next_step=step, next_step_on=step_on)
                if intent == "A" and rng.random() < 0.3:
                    row.update(visit_possible=True, visit_when=called_at + timedelta(days=rng.randint(2, 10)))
                if rng.random() < 0.08:
                    row["materials_requested"] = rng.choice(words.materials)
            out["calls"].append(row)

    def _visit(self, customer_id: int, contact_ids: list[int], on: date, status: str,
               out: dict[str, list[Row]]) -> None:
        rng = self.rng
        fixed = rng.random() < 0.25
        starts_at = datetime.combine(on, time(rng.randint(9, 16), rng.choice((0, 30))), self.zone).astimezone(UTC)
        out["visits"].append({
            "id": self._next("visit"), "customer_id": customer_id, "contact_id": rng.choice(contact_ids),
            "planned_on": on, "starts_at": starts_at if fixed or status == "done" else None, "fixed_time": fixed,
            "duration_minutes": rng.choice((30, 45, 60)), "status": status,
            "purpose": rng.choice(self.words.next_steps), "outcome_notes": "", "from_call_id": None,
        })
