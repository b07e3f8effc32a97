"""What a day's plan for the field reads beyond the call list and the visit plan: the day's reminders with their
people, the contacts a visit meets, and the product material still to bring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Engine, case, func, select

from telesales.domain.field_plan import DueReminder, VisitContact
from telesales.domain.model import BuyingRole, ReminderKind, ReminderStatus
from telesales.store.models import ContactRoleRow, ContactRow, CustomerRow, ReminderRow

CHUNK = 500
_OPEN = (ReminderStatus.PENDING.value, ReminderStatus.SNOOZED.value)


class FieldPlanReader:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def reminders_on(self, day: date) -> list[DueReminder]:
        """Open reminders due on `day` (a snoozed one on the end of its snooze), booked times first by time."""
        due = case((ReminderRow.status == ReminderStatus.SNOOZED.value,
                    func.coalesce(ReminderRow.snoozed_until, ReminderRow.due_on)), else_=ReminderRow.due_on)
        query = (select(ReminderRow.id, ReminderRow.kind, ReminderRow.due_at, ReminderRow.customer_id,
                        CustomerRow.name, ContactRow.name, func.coalesce(ContactRow.phone, ""), CustomerRow.phone,
                        CustomerRow.region, ReminderRow.occasion, ReminderRow.text)
                 .outerjoin(CustomerRow, CustomerRow.id == ReminderRow.customer_id)
                 .outerjoin(ContactRow, ContactRow.id == ReminderRow.contact_id)
                 .where(ReminderRow.status.in_(_OPEN), due == day)
                 .order_by(ReminderRow.due_at.is_(None), ReminderRow.due_at, ReminderRow.kind, CustomerRow.name,
                           ReminderRow.id))
        kinds = {kind.value: kind for kind in ReminderKind}
        with self._engine.connect() as connection:
            return [DueReminder(row[0], kinds.get(row[1], ReminderKind.FOLLOW_UP), day, row[2], row[3],
                                    row[4] or "", row[5] or "", row[6] or row[7] or "", row[8] or "CN", row[9] or "",
                                    row[10] or "")
                    for row in connection.execute(query)]

    def contacts(self, customer_ids: Sequence[int]) -> list[VisitContact]:
        """The customers' contacts, in the order they were added, deciders marked."""
        out: list[VisitContact] = []
        ids = sorted(set(customer_ids))
        with self._engine.connect() as connection:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                deciders = set(connection.execute(
                    select(ContactRoleRow.contact_id).join(ContactRow, ContactRow.id == ContactRoleRow.contact_id)
                    .where(ContactRow.customer_id.in_(chunk), ContactRoleRow.role == BuyingRole.DECIDER.value))
                    .scalars())
                for row in connection.execute(
                        select(ContactRow.id, ContactRow.customer_id, ContactRow.name, ContactRow.title,
                               ContactRow.phone).where(ContactRow.customer_id.in_(chunk)).order_by(ContactRow.id)):
                    out.append(VisitContact(row.id, row.customer_id, row.name, row.title or "", row.phone or "",
                                           row.id in deciders))
        return out

    def materials(self, customer_ids: Sequence[int]) -> dict[int, list[str]]:
        """customer → the product material asked for and not yet sent (open materials tasks), oldest first; the
        close of the day's tasks to *ask* whether they want material are not something to bring."""
        out: dict[int, list[str]] = {}
        ids = sorted(set(customer_ids))
        with self._engine.connect() as connection:
            for start in range(0, len(ids), CHUNK):
                for customer_id, text in connection.execute(
                        select(ReminderRow.customer_id, ReminderRow.text)
                        .where(ReminderRow.customer_id.in_(ids[start:start + CHUNK]),
                               ReminderRow.kind == ReminderKind.MATERIALS.value, ReminderRow.status.in_(_OPEN),
                               func.coalesce(ReminderRow.source_key, "").not_like("close_day:%"))
                        .order_by(ReminderRow.due_on, ReminderRow.id)):
                    if customer_id is not None and text and text not in out.setdefault(customer_id, []):
                        out[customer_id].append(text)
        return out


__all__ = ["FieldPlanReader"]
