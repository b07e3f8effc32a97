"""The profile sheet's reads and writes: one customer with everything the sheet shows; each edit its own short
transaction (saved at once, durably), the search keys changed with the row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from telesales.domain.model import (
    AnnualDate,
    BuyingRole,
    CalendarKind,
    Call,
    CallOutcome,
    Contact,
    DateKind,
    ImportantDate,
    Intent,
    Reminder,
    ReminderKind,
    ReminderStatus,
    Visit,
    VisitStatus,
)
from telesales.domain.profile import (
    AtAGlance,
    CustomerProfile,
    CustomField,
    FieldKind,
    IntentStep,
    OrderLine,
    OrderTotals,
    ProductBought,
    intent_history,
)
from telesales.store.export_reader import contact_from_row
from telesales.store.models import (
    CallRow,
    ContactRoleRow,
    ContactRow,
    CustomerRow,
    CustomFieldRow,
    CustomValueRow,
    ImportantDateRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ReminderRow,
    VisitRow,
)
from telesales.store.repositories import customer_from_row
from telesales.store.search_index import contact_key_rows, customer_key_rows, replace_keys

RECENT = 10
_CHUNK = 900  # bound parameters per IN (…)
# the sheet's own fields; a pin goes through the value service, which records it in the tier history
CUSTOMER_COLUMNS = {"kind", "name", "industry", "scale", "phone", "email", "wechat", "address", "province", "city",
                    "district", "region", "owner", "do_not_call", "marked_other",
                    "face", "keeps_christmas", "credit_limit_cents", "payment_terms", "competitors", "preferences",
                    "notes", "founded_on", "tags"}
_KEYED = (CustomerRow.id, CustomerRow.name, CustomerRow.phone, CustomerRow.province, CustomerRow.city,
          CustomerRow.district)


def _annual(calendar: str | None, month: int | None, day: int | None, leap: bool, year: int | None) -> AnnualDate | None:
    if not calendar or not month or not day:
        return None
    return AnnualDate(CalendarKind(calendar), month, day, bool(leap), year)


def _call(row: Any) -> Call:
    return Call(id=row.id, customer_id=row.customer_id, called_at=row.called_at, outcome=CallOutcome(row.outcome),
                contact_id=row.contact_id, call_back_at=row.call_back_at, need=row.need or "",
                expected_value_cents=row.expected_value_cents, intent=Intent(row.intent) if row.intent else None,
                visit_possible=bool(row.visit_possible), next_step=row.next_step or "",
                next_step_on=row.next_step_on, notes=row.notes or "")


class ProfileStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- reading the sheet

    def load(self, customer_id: int) -> CustomerProfile | None:
        with self._engine.connect() as connection:
            row = connection.execute(select(CustomerRow).where(CustomerRow.id == customer_id)).mappings().first()
            if row is None:
                return None
            return CustomerProfile(
                customer=customer_from_row(row), contacts=tuple(self._contacts(connection, customer_id)),
                dates=tuple(self._dates(connection, customer_id)), fields=tuple(self._fields(connection)),
                values=self._values(connection, customer_id), orders=tuple(self._orders(connection, customer_id)),
                products=tuple(self._products(connection, customer_id)), totals=self._totals(connection, customer_id),
                glance=AtAGlance(
                    stage=row["stage"], churn_signals=tuple(c for c in (row["churn_signals"] or "").split(",") if c),
                    last_call_at=row["last_call_at"], last_reached_at=row["last_reached_at"],
                    last_intent=row["last_intent"], follow_up_on=row["follow_up_on"],
                    next_special_on=row["next_special_on"], next_special_kind=row["next_special_kind"] or ""),
                calls=tuple(_call(call) for call in connection.execute(
                    select(CallRow).where(CallRow.customer_id == customer_id)
                    .order_by(CallRow.called_at.desc(), CallRow.id.desc()).limit(RECENT))),
                visits=tuple(Visit(id=v.id, customer_id=v.customer_id, planned_on=v.planned_on,
                                   status=VisitStatus(v.status), starts_at=v.starts_at, purpose=v.purpose or "",
                                   outcome_notes=v.outcome_notes or "")
                             for v in connection.execute(select(VisitRow).where(VisitRow.customer_id == customer_id)
                                                         .order_by(VisitRow.planned_on.desc(), VisitRow.id.desc())
                                                         .limit(RECENT))),
                reminders=tuple(Reminder(id=r.id, kind=ReminderKind(r.kind), due_on=r.due_on,
                                         status=ReminderStatus(r.status), customer_id=r.customer_id,
                                         contact_id=r.contact_id, occasion=r.occasion or "", text=r.text or "")
                                for r in connection.execute(
                                    select(ReminderRow).where(ReminderRow.customer_id == customer_id,
                                                              ReminderRow.status.in_(("pending", "snoozed")))
                                    .order_by(ReminderRow.due_on, ReminderRow.id).limit(RECENT))),
                intent_history=self._intent_history(connection, customer_id),
            )

    @staticmethod
    def _intent_history(connection: Connection, customer_id: int) -> tuple[IntentStep, ...]:
        """Every move of the customer's intent, from all their calls that recorded one (not only the recent)."""
        rows = connection.execute(select(CallRow.id, CallRow.called_at, CallRow.intent)
                                  .where(CallRow.customer_id == customer_id, CallRow.intent.is_not(None)))
        return intent_history((row.id, row.called_at, Intent(row.intent)) for row in rows)

    def _contacts(self, connection: Connection, customer_id: int) -> list[Contact]:
        rows = connection.execute(select(ContactRow.__table__).where(ContactRow.customer_id == customer_id)
                                  .order_by(ContactRow.id)).mappings().all()
        roles: dict[int, set[BuyingRole]] = defaultdict(set)
        ids = [row["id"] for row in rows]
        if ids:
            for contact_id, role in connection.execute(select(ContactRoleRow.contact_id, ContactRoleRow.role)
                                                       .where(ContactRoleRow.contact_id.in_(ids))):
                roles[contact_id].add(BuyingRole(role))
        return [contact_from_row(row, frozenset(roles.get(row["id"], ()))) for row in rows]

    def _dates(self, connection: Connection, customer_id: int) -> list[ImportantDate]:
        out = []
        for row in connection.execute(select(ImportantDateRow).where(ImportantDateRow.customer_id == customer_id)
                                      .order_by(ImportantDateRow.month, ImportantDateRow.day, ImportantDateRow.id)):
            when = _annual(row.calendar, row.month, row.day, row.leap, row.year)
            if when is not None:
                out.append(ImportantDate(id=row.id, customer_id=customer_id, kind=DateKind(row.kind), when=when,
                                         contact_id=row.contact_id, label=row.label or ""))
        return out

    def _fields(self, connection: Connection) -> list[CustomField]:
        return [CustomField(row.id, row.name, FieldKind(row.kind), tuple(c for c in (row.choices or "").split("\n") if c))
                for row in connection.execute(select(CustomFieldRow).order_by(CustomFieldRow.id))]

    def _values(self, connection: Connection, customer_id: int) -> dict[int, str]:
        return {row.field_id: row.value for row in connection.execute(
            select(CustomValueRow).where(CustomValueRow.customer_id == customer_id))}

    def _orders(self, connection: Connection, customer_id: int) -> list[OrderLine]:
        orders = connection.execute(select(OrderRow).where(OrderRow.customer_id == customer_id)
                                    .order_by(OrderRow.ordered_on.desc(), OrderRow.id.desc())).all()
        lines: dict[int, list[str]] = defaultdict(list)
        ids = [order.id for order in orders]
        for start in range(0, len(ids), 900):
            for order_id, name, quantity in connection.execute(
                    select(OrderLineRow.order_id, ProductRow.name, OrderLineRow.quantity)
                    .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
                    .where(OrderLineRow.order_id.in_(ids[start:start + 900])).order_by(OrderLineRow.id)):
                lines[order_id].append(f"{name} ×{quantity}")
        return [OrderLine(o.id, o.ordered_on, o.amount_cents, o.paid_cents, o.profit_cents,
                          ", ".join(lines.get(o.id, [])), o.notes or "") for o in orders]

    def _products(self, connection: Connection, customer_id: int) -> list[ProductBought]:
        query = (select(ProductRow.name, func.sum(OrderLineRow.quantity),
                        func.sum(OrderLineRow.quantity * OrderLineRow.unit_price_cents), func.max(OrderRow.ordered_on))
                 .join(OrderRow, OrderRow.id == OrderLineRow.order_id)
                 .join(ProductRow, ProductRow.id == OrderLineRow.product_id)
                 .where(OrderRow.customer_id == customer_id).group_by(ProductRow.id, ProductRow.name)
                 .order_by(func.sum(OrderLineRow.quantity * OrderLineRow.unit_price_cents).desc(), ProductRow.id))
        return [ProductBought(name, int(quantity or 0), int(amount or 0), last)
                for name, quantity, amount, last in connection.execute(query)]

    def _totals(self, connection: Connection, customer_id: int) -> OrderTotals:
        count, amount, paid, profit = connection.execute(
            select(func.count(), func.coalesce(func.sum(OrderRow.amount_cents), 0),
                   func.coalesce(func.sum(OrderRow.paid_cents), 0), func.coalesce(func.sum(OrderRow.profit_cents), 0))
            .where(OrderRow.customer_id == customer_id)).one()
        return OrderTotals(int(count), int(amount), int(paid), int(profit))

    # -- writing one edit

    def set_customer(self, customer_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some of a customer's fields; returns their values before (for undo)."""
        unknown = set(changes) - CUSTOMER_COLUMNS
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        with self._engine.begin() as connection:
            before = connection.execute(select(CustomerRow.__table__).where(CustomerRow.id == customer_id)
                                        ).mappings().one()
            connection.execute(update(CustomerRow).where(CustomerRow.id == customer_id).values(**changes))
            after = connection.execute(select(*_KEYED).where(CustomerRow.id == customer_id)).mappings().one()
            replace_keys(connection, customer_key_rows(before), customer_key_rows(after))
        return {name: before[name] for name in changes}

    def update_tags(self, customer_ids: Sequence[int], change: Callable[[str], str]) -> dict[int, str]:
        """Each customer's tags (as stored) passed through `change`, in one transaction; the tags after, by id.
        KeyError (the ids not in the book) before anything changes when one is missing."""
        wanted = sorted(set(customer_ids))
        with self._engine.begin() as connection:
            current: dict[int, str] = {}
            for start in range(0, len(wanted), _CHUNK):
                current.update((row.id, row.tags) for row in connection.execute(select(
                    CustomerRow.id, CustomerRow.tags).where(CustomerRow.id.in_(wanted[start:start + _CHUNK]))))
            missing = [customer for customer in wanted if customer not in current]
            if missing:
                raise KeyError(missing)
            after = {customer: change(tags) for customer, tags in current.items()}
            changed = [{"customer": customer, "new_tags": tags} for customer, tags in after.items()
                       if tags != current[customer]]
            if changed:
                connection.execute(update(CustomerRow).where(CustomerRow.id == bindparam("customer"))
                                   .values(tags=bindparam("new_tags")), changed)
        return after

    def save_contact(self, contact: Contact) -> int:
        """Add (id 0, or an id no longer in the book: an undone delete) or update a contact with its roles."""
        values = {
            "customer_id": contact.customer_id, "name": contact.name, "title": contact.title,
            "phone": contact.phone, "email": contact.email, "wechat": contact.wechat, "notes": contact.notes,
            "birthday_calendar": contact.birthday.calendar.value if contact.birthday else None,
            "birthday_month": contact.birthday.month if contact.birthday else None,
            "birthday_day": contact.birthday.day if contact.birthday else None,
            "birthday_leap": bool(contact.birthday and contact.birthday.leap),
            "birthday_year": contact.birthday.year if contact.birthday else None,
        }
        with self._engine.begin() as connection:
            before = connection.execute(select(ContactRow.id, ContactRow.customer_id, ContactRow.name,
                                               ContactRow.phone).where(ContactRow.id == contact.id)).mappings().first()
            if before is None:
                fresh = {"id": contact.id} if contact.id else {}
                contact_id = int(connection.execute(insert(ContactRow).values(**fresh, **values)
                                                    .returning(ContactRow.id)).scalar_one())
            else:
                contact_id = contact.id
                connection.execute(update(ContactRow).where(ContactRow.id == contact_id).values(**values))
            connection.execute(delete(ContactRoleRow).where(ContactRoleRow.contact_id == contact_id))
            if contact.roles:
                connection.execute(insert(ContactRoleRow), [{"contact_id": contact_id, "role": role.value}
                                                            for role in sorted(contact.roles)])
            new = {"id": contact_id, "customer_id": contact.customer_id, "name": contact.name, "phone": contact.phone}
            replace_keys(connection, contact_key_rows(before) if before else [], contact_key_rows(new))
        return contact_id

    def delete_contact(self, contact_id: int) -> None:
        with self._engine.begin() as connection:
            before = connection.execute(select(ContactRow.id, ContactRow.customer_id, ContactRow.name,
                                               ContactRow.phone).where(ContactRow.id == contact_id)).mappings().first()
            if before is None:
                return
            replace_keys(connection, contact_key_rows(before), [])
            connection.execute(delete(ContactRoleRow).where(ContactRoleRow.contact_id == contact_id))
            connection.execute(delete(ContactRow).where(ContactRow.id == contact_id))

    def save_date(self, item: ImportantDate) -> int:
        values = {"customer_id": item.customer_id, "contact_id": item.contact_id, "kind": item.kind.value,
                  "label": item.label, "calendar": item.when.calendar.value, "month": item.when.month,
                  "day": item.when.day, "leap": item.when.leap, "year": item.when.year}
        with self._engine.begin() as connection:
            exists = item.id and connection.execute(select(ImportantDateRow.id).where(
                ImportantDateRow.id == item.id)).first()
            if exists:
                connection.execute(update(ImportantDateRow).where(ImportantDateRow.id == item.id).values(**values))
                return item.id
            fresh = {"id": item.id} if item.id else {}
            return int(connection.execute(insert(ImportantDateRow).values(**fresh, **values)
                                          .returning(ImportantDateRow.id)).scalar_one())

    def delete_date(self, date_id: int) -> None:
        with self._engine.begin() as connection:
            connection.execute(delete(ImportantDateRow).where(ImportantDateRow.id == date_id))

    def define_field(self, name: str, kind: str, choices: Sequence[str]) -> int:
        with self._engine.begin() as connection:
            return int(connection.execute(insert(CustomFieldRow).values(name=name, kind=kind, choices="\n".join(choices))
                                          .returning(CustomFieldRow.id)).scalar_one())

    def set_value(self, customer_id: int, field_id: int, value: str) -> str:
        """Store a custom value (empty removes it); returns the value before."""
        with self._engine.begin() as connection:
            before = connection.execute(select(CustomValueRow.value).where(
                CustomValueRow.customer_id == customer_id, CustomValueRow.field_id == field_id)).scalar()
            connection.execute(delete(CustomValueRow).where(CustomValueRow.customer_id == customer_id,
                                                            CustomValueRow.field_id == field_id))
            if value:
                connection.execute(insert(CustomValueRow).values(customer_id=customer_id, field_id=field_id,
                                                                 value=value))
        return before or ""



