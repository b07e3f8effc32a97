"""Use case: bring customers, contacts and orders in from CSV/XLSX (and contacts from vCard), all or nothing.

Steps: read the files into sheets (`preview`), map each sheet's columns to the book's fields (guessed from the
headers in English or Chinese; the rep can change them), validate every row (every bad cell is reported with
its line, column and reason), find duplicates (same phone, or same company and city, as a customer already in
the book), then write everything in one transaction — or, when any row is bad, write nothing.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from telesales.domain.import_progress import CHECK, MATCH, READ, Progress, every
from telesales.domain.importing import (
    CONTACT_FIELDS,
    ORDER_FIELDS,
    Problem,
    Sheet,
    escape,
    guess_mapping,
    sheet_kind,
    unescape,
)
from telesales.domain.readings import normalise
from telesales.domain.search import national_digits
from telesales.services.import_rows import RowIn, validate_row
from telesales.services.ports import ImportWriterPort
from telesales.services.tabular import RawSheet, read_file

SKIP, MERGE = "skip", "merge"


@dataclass
class SheetPlan:
    """One sheet as the rep will import it: where it came from, what it holds, which column is which field."""

    source: Path
    raw: RawSheet
    mapping: dict[int, str]
    kind: str
    creates_customers: bool = False  # vCards: a card whose organisation is not in the book brings it in

    @property
    def label(self) -> str:
        return f"{self.source.name} · {self.raw.name}" if self.source.suffix.lower() != ".csv" else self.source.name


@dataclass(frozen=True, slots=True)
class Duplicate:
    line: int
    sheet: str
    name: str
    existing_id: int | None  # a customer in the book, or None for an earlier line of the file
    existing_name: str
    why: str  # "phone" or "name_city"

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "sheet": self.sheet, "name": self.name, "existing_id": self.existing_id,
                "existing_name": self.existing_name, "why": self.why}


@dataclass
class ImportResult:
    ok: bool
    dry_run: bool
    imported: dict[str, int] = field(default_factory=lambda: {"customers": 0, "contacts": 0, "orders": 0})
    merged: int = 0
    skipped: int = 0
    errors: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)
    # what merged customers already had in the book and was left out, by kind (contacts, orders, calls, visits,
    # dates, custom_values, tier_changes)
    skipped_existing: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "dry_run": self.dry_run, "imported": self.imported, "merged": self.merged,
                "skipped": self.skipped, "skipped_existing": self.skipped_existing, "encodings": self.encodings,
                "errors": [{"line": p.line, "column": p.column, "reason": p.reason(), "code": p.code,
                            "sheet": p.sheet} for p in self.errors],
                "duplicates": [d.as_json() for d in self.duplicates]}


def preview(paths: Sequence[Path], encoding: str | None = None, progress: Progress | None = None) -> list[SheetPlan]:
    """Every sheet of the files with its guessed mapping and kind (customers, contacts, orders)."""
    plans = []
    for number, path in enumerate(paths):
        if progress is not None:
            progress(READ, number, len(paths))
        if Path(path).suffix.lower() == ".vcf":
            from telesales.services.vcard import vcard_sheet

            raw = vcard_sheet(Path(path))
        else:
            for raw in read_file(Path(path), encoding):
                mapping = guess_mapping(raw.headers)
                plans.append(SheetPlan(Path(path), raw, mapping, sheet_kind(set(mapping.values()), raw.name)))
            continue
        mapping = guess_mapping(raw.headers)
        plans.append(SheetPlan(Path(path), raw, mapping, Sheet.CONTACTS, creates_customers=True))
    if progress is not None:
        progress(READ, len(paths), len(paths))
    return sorted(plans, key=lambda plan: SHEET_ORDER.index(plan.kind))


# -- what gets written


@dataclass(slots=True)
class NewCustomer:
    ref: str
    row: RowIn
    line: int
    existing_id: int | None = None  # set when merging into a customer already in the book
    skip: bool = False  # a duplicate the rep chose to skip: its later lines are skipped too
    contacts: list[RowIn] = field(default_factory=list)
    orders: list[RowIn] = field(default_factory=list)


@dataclass
class ImportPlan:
    customers: list[NewCustomer]
    orphan_contacts: list[tuple[int, RowIn]]  # (a book customer's id, the contact)
    orphan_orders: list[tuple[int, RowIn]]
    # calls, visits… by sheet kind, in the files' order: (a customer of the files or a book customer's id, the row)
    records: dict[str, list[tuple[NewCustomer | int, RowIn]]] = field(default_factory=dict)
    custom_fields: dict[str, RowIn] = field(default_factory=dict)  # each custom field's first line, by name


class _Identities:
    """Who is already in the book (or earlier in the file): by phone digits, by name + city, by reference.

    Names and cities are looked up normalised and phones by their first national digits; the caller works
    these out once per row (`_Sought`) for both the lookup and the remembering."""

    def __init__(self, known: Sequence[tuple[int, str, str, str]]) -> None:
        self.by_phone: dict[str, tuple[int | None, str]] = {}
        self.by_name_city: dict[tuple[str, str], tuple[int | None, str]] = {}
        self.by_name: dict[str, int] = {}
        self.ids: set[int] = set()
        for customer_id, name, city, phone in known:
            self.remember(customer_id, _Sought(name, city, phone))

    def remember(self, customer_id: int | None, sought: _Sought) -> None:
        if sought.digits is not None:
            self.by_phone.setdefault(sought.digits, (customer_id, sought.name))
        self.by_name_city.setdefault(sought.name_city, (customer_id, sought.name))
        if customer_id is not None:
            self.by_name.setdefault(sought.name_city[0], customer_id)
            self.ids.add(customer_id)

    def match(self, sought: _Sought) -> tuple[tuple[int | None, str], str] | None:
        if sought.digits is not None and sought.digits in self.by_phone:
            return self.by_phone[sought.digits], "phone"
        if sought.name_city in self.by_name_city:
            return self.by_name_city[sought.name_city], "name_city"
        return None


class _Sought:
    """A customer's name, normalised name + city and first national phone digits, as identities compare them."""

    __slots__ = ("digits", "name", "name_city")

    def __init__(self, name: str, city: str, phone: str) -> None:
        self.name = name
        self.name_city = (normalise(name), normalise(city))
        forms = national_digits(phone)
        self.digits = forms[0] if forms else None


def _cells(columns: Sequence[tuple[int, str]], row: list[str]) -> dict[str, str]:
    """The row's non-empty cells by field, trimmed and without the export's protective apostrophe."""
    cells = {}
    size = len(row)
    for column, name in columns:
        if column < size:
            value = row[column].strip()
            if value:
                cells[name] = unescape(value) if value[0] == "'" else value
    return cells


def plan_import(sheets: Sequence[SheetPlan], writer: ImportWriterPort, region: str, duplicates: str,
                progress: Progress | None = None, zone: tzinfo | None = None) -> tuple[ImportPlan, ImportResult]:
    """Every line checked (CHECK), then placed (MATCH): a new customer, a duplicate of one in the book or earlier
    in the files, or a contact, order, call… of a customer. Problems are listed in the files' order."""
    report = progress or (lambda phase, done, total: None)
    total = sum(len(plan.raw.rows) for plan in sheets)
    step = every(total)
    result = ImportResult(ok=True, dry_run=False)
    problems: list[tuple[int, int, Problem]] = []  # (sheet, line, the problem): sorted in the files' order
    valid: list[tuple[int, SheetPlan, RowIn, int, dict[str, str]]] = []
    done = 0
    report(CHECK, 0, total)
    for number, plan in enumerate(sheets):
        headers = {field: plan.raw.headers[column] for column, field in plan.mapping.items()}
        result.encodings[plan.label] = plan.raw.encoding
        columns = list(plan.mapping.items())
        for row_cells, line in zip(plan.raw.rows, plan.raw.lines, strict=True):
            done += 1
            if done % step == 0:
                report(CHECK, done, total)
            cells = _cells(columns, row_cells)
            if not cells:
                continue
            row, row_problems = validate_row(cells, region, zone)
            for name, code, value in row_problems:
                problems.append((number, line, Problem(line, headers.get(name, name), code, value, plan.label)))
            if row is not None:
                valid.append((number, plan, row, line, headers))
    report(CHECK, total, total)
    report(MATCH, 0, len(valid))
    planner = _Planner(_Identities(writer.identities()), duplicates, result)
    for done, (number, plan, row, line, headers) in enumerate(valid, start=1):
        if done % step == 0:
            report(MATCH, done, len(valid))
        placed = len(result.errors)
        planner.place(plan, row, line, headers)
        problems.extend((number, line, problem) for problem in result.errors[placed:])
    report(MATCH, len(valid), len(valid))
    problems.sort(key=lambda item: item[:2])  # stable: a line's problems in the order found
    result.errors = [problem for _, _, problem in problems]
    result.ok = not result.errors
    unique = list({id(customer): customer for customer in planner.customers.values()}.values())  # one per customer
    return ImportPlan(unique, planner.orphan_contacts, planner.orphan_orders, planner.records,
                      planner.custom_fields), result


class _Planner:
    """Where each valid row goes: a new customer (or a duplicate skipped or merged), or a contact or an order of
    a customer earlier in the files or already in the book."""

    def __init__(self, identities: _Identities, duplicates: str, result: ImportResult) -> None:
        self.result = result
        self.identities = identities
        self.duplicates = duplicates
        self.customers: dict[str, NewCustomer] = {}  # by reference, or by "name|city" (normalised)
        # the first customer whose key starts with "name|", as a scan of `customers` in order would find it
        self.by_name: dict[str, NewCustomer] = {}
        self.orphan_contacts: list[tuple[int, RowIn]] = []
        self.orphan_orders: list[tuple[int, RowIn]] = []
        self.records: dict[str, list[tuple[NewCustomer | int, RowIn]]] = {}
        self.custom_fields: dict[str, RowIn] = {}

    def _put(self, key: str, customer: NewCustomer) -> None:
        replaced = self.customers.get(key)
        self.customers[key] = customer
        at = key.find("|")
        while at >= 0:
            if self.by_name.get(key[:at], replaced) is replaced:
                self.by_name[key[:at]] = customer
            at = key.find("|", at + 1)

    def place(self, plan: SheetPlan, row: RowIn, line: int, headers: Mapping[str, str]) -> None:
        result = self.result

        def problem(field: str, code: str, value: str = "") -> None:
            result.errors.append(Problem(line, headers.get(field, field), code, value, plan.label))

        if plan.kind == Sheet.CUSTOMERS:
            if not row.name:
                problem("name", "required")
                return
            sought = _Sought(row.name, row.city, row.phone)
            name_city = "|".join(sought.name_city)
            key = row.customer_ref or name_city
            target = self.customers.get(key)
            if target is not None and target.skip:
                result.skipped += 1
                return
            if target is None:
                found = self.identities.match(sought)
                if found is not None and found[0][0] is None and row.customer_ref:
                    found = None  # numbered lines of an export are distinct customers, even with the same name
                if found is not None:
                    (existing_id, existing_name), why = found
                    result.duplicates.append(Duplicate(line, plan.label, row.name, existing_id, existing_name, why))
                    if self.duplicates != MERGE or existing_id is None:
                        result.skipped += 1
                        self._put(key, NewCustomer(key, row, line, existing_id, skip=True))
                        return
                    result.merged += 1
                target = NewCustomer(key, row, line, found[0][0] if found else None)
                self._put(key, target)
                if target.existing_id is None and not row.customer_ref:
                    self.identities.remember(None, sought)
                if row.customer_ref and name_city not in self.customers:
                    self._put(name_city, target)  # the export's number also finds the customer by name later
            if row.contact_name:
                target.contacts.append(row)
            if row.ordered_on is not None or row.amount is not None:
                target.orders.append(row)
            return
        self._place_detail(plan, row, line, headers, problem)

    def _place_detail(self, plan: SheetPlan, row: RowIn, line: int, headers: Mapping[str, str],
                      problem: Callable[..., None]) -> None:
        """A contacts', orders', calls'… sheet row: to its customer, by reference or by name."""
        if plan.kind == Sheet.CUSTOM and row.custom_field:
            self.custom_fields.setdefault(row.custom_field, row)
        wanted = row.customer_ref or row.name
        if not wanted and plan.kind == Sheet.CUSTOM and row.custom_field:
            return  # a field defined with no customer's value
        if not wanted:
            problem("customer_ref" if "customer_ref" in headers else "name", "required")
            return
        target = self.customers.get(row.customer_ref or "") if row.customer_ref else None
        if target is None and row.name:
            target = self.by_name.get(normalise(row.name))
        book_id = None
        if target is None:
            book_id = self.identities.by_name.get(normalise(row.name or "")) if row.name else None
            if (book_id is None and row.customer_ref and row.customer_ref.isdigit()
                    and int(row.customer_ref) in self.identities.ids):
                book_id = int(row.customer_ref)
            if book_id is None and plan.creates_customers and row.name:
                key = row.customer_ref or f"{normalise(row.name)}|{normalise(row.city)}"
                target = NewCustomer(key, row, line)
                self._put(key, target)
            elif book_id is None:
                problem("customer_ref" if row.customer_ref else "name", "unknown_customer", wanted)
                return
        if plan.kind == Sheet.CONTACTS:
            if not row.contact_name:
                problem("contact_name", "required")
                return
            (target.contacts.append(row) if target else self.orphan_contacts.append((book_id or 0, row)))
            return
        missing = next((name for name in REQUIRED[plan.kind] if getattr(row, name) in (None, "")), None)
        if missing is not None:
            problem(missing, "required")
            return
        if plan.kind == Sheet.ORDERS:
            (target.orders.append(row) if target else self.orphan_orders.append((book_id or 0, row)))
        else:
            self.records.setdefault(plan.kind, []).append((target if target is not None else book_id or 0, row))


SHEET_ORDER = (Sheet.CUSTOMERS, Sheet.CONTACTS, Sheet.ORDERS, Sheet.CALLS, Sheet.VISITS, Sheet.DATES, Sheet.CUSTOM,
               Sheet.TIERS)  # visits name the calls they came from
REQUIRED = {Sheet.ORDERS: ("ordered_on", "amount"), Sheet.CALLS: ("called_at", "outcome"),
            Sheet.VISITS: ("planned_on",), Sheet.DATES: ("date_kind", "annual_date"), Sheet.CUSTOM: ("custom_field",),
            Sheet.TIERS: ("changed_on", "to_tier")}


def import_files(paths: Sequence[Path], writer: ImportWriterPort, region: str, *, dry_run: bool = False,
                 duplicates: str = SKIP, encoding: str | None = None, sheets: Sequence[SheetPlan] | None = None,
                 progress: Progress | None = None, errors_to: Path | None = None,
                 zone: tzinfo | None = None) -> ImportResult:
    """Import the files (or the sheets the rep mapped); all or nothing. Moments written without their UTC offset
    (a call's time) are taken in `zone`, the rep's.

    Python's cyclic garbage collector is paused meanwhile: a big file makes millions of small objects (cells,
    rows, search keys), none of them cyclic, and the collector's repeated passes over them cost more than the
    import itself.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        plans = list(sheets) if sheets is not None else preview(paths, encoding, progress)
        plan, result = plan_import(plans, writer, region, duplicates, progress, zone)
        result.dry_run = dry_run
        if errors_to is not None and result.errors:
            write_errors(result.errors, errors_to)
        if result.ok:
            result.imported, result.skipped_existing = writer.write(plan, dry_run=dry_run, progress=progress)
        return result
    finally:
        if collecting:
            gc.enable()


def write_errors(errors: Sequence[Problem], path: Path) -> None:
    """The bad rows as a CSV the rep can open in Excel (UTF-8 with BOM) to fix them."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["sheet", "line", "column", "reason"])
        for problem in errors:
            out.writerow([escape(str(cell)) for cell in (problem.sheet, problem.line, problem.column,
                                                         problem.reason())])  # the file's own headers may be formulas


__all__ = ["CONTACT_FIELDS", "MERGE", "ORDER_FIELDS", "SKIP", "Duplicate", "ImportPlan", "ImportResult",
           "NewCustomer", "SheetPlan", "import_files", "plan_import", "preview", "write_errors"]
