"""Use case: the customer profile sheet — read one customer whole, save each edit at once (checked first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from telesales.domain.model import Contact, ImportantDate
from telesales.domain.profile import (
    CustomerProfile,
    CustomField,
    FieldError,
    FieldKind,
    check_custom,
    check_email,
    check_phone,
)
from telesales.domain.tags import STORED_SEPARATOR, from_stored, parse_tags, retagged, stored


class ProfileStorePort(Protocol):
    def load(self, customer_id: int) -> CustomerProfile | None: ...

    def set_customer(self, customer_id: int, changes: dict[str, Any]) -> dict[str, Any]: ...

    def update_tags(self, customer_ids: Sequence[int], change: Callable[[str], str]) -> dict[int, str]: ...

    def save_contact(self, contact: Contact) -> int: ...

    def delete_contact(self, contact_id: int) -> None: ...

    def save_date(self, item: ImportantDate) -> int: ...

    def delete_date(self, date_id: int) -> None: ...

    def define_field(self, name: str, kind: str, choices: Sequence[str]) -> int: ...

    def set_value(self, customer_id: int, field_id: int, value: str) -> str: ...


class ProfileService:
    """Every write checks what the sheet's fields check, so a script or a second screen cannot store a bad value."""

    def __init__(self, store: ProfileStorePort, region: Callable[[], str]) -> None:
        self._store = store
        self._region = region

    def load(self, customer_id: int) -> CustomerProfile | None:
        return self._store.load(customer_id)

    def set_customer(self, customer_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        checked = dict(changes)
        if "phone" in checked:
            checked["phone"] = check_phone(str(checked["phone"] or ""), self._region())
        if "email" in checked:
            checked["email"] = check_email(str(checked["email"] or ""))
        if "name" in checked and not str(checked["name"] or "").strip():
            raise FieldError("required")
        if "tags" in checked:  # typed text, or tags already parsed
            tags = checked["tags"] or ""
            checked["tags"] = stored(parse_tags(tags if isinstance(tags, str) else STORED_SEPARATOR.join(tags)))
        return self._store.set_customer(customer_id, checked)

    def retag(self, customer_ids: Sequence[int], add: Sequence[str] = (), remove: Sequence[str] = ()
              ) -> dict[int, tuple[str, ...]]:
        """Add and remove some tags on several customers at once, keeping their others; each one's tags after.
        FieldError for a tag too long, KeyError (the ids) when a customer is not in the book: then none changes."""
        parse_tags(STORED_SEPARATOR.join(add))  # a tag too long is refused before any customer is read

        def change(tags: str) -> str:
            return stored(retagged(from_stored(tags), add, remove))

        return {customer: from_stored(tags) for customer, tags in self._store.update_tags(customer_ids, change).items()}

    def save_contact(self, contact: Contact) -> int:
        if not contact.name.strip():
            raise FieldError("required")
        check_phone(contact.phone, self._region())
        check_email(contact.email)
        return self._store.save_contact(contact)

    def delete_contact(self, contact_id: int) -> None:
        self._store.delete_contact(contact_id)

    def save_date(self, item: ImportantDate) -> int:
        return self._store.save_date(item)

    def delete_date(self, date_id: int) -> None:
        self._store.delete_date(date_id)

    def define_field(self, name: str, kind: FieldKind, choices: Sequence[str] = ()) -> CustomField:
        if not name.strip():
            raise FieldError("required")
        clean = tuple(dict.fromkeys(choice.strip() for choice in choices if choice.strip()))
        if kind is FieldKind.CHOICE and not clean:
            raise FieldError("no_choices")
        return CustomField(self._store.define_field(name.strip(), kind.value, clean), name.strip(), kind, clean)

    def set_value(self, customer_id: int, custom: CustomField, text: str) -> tuple[str, str]:
        """(the value stored, the value before)."""
        value = check_custom(custom, text)
        return value, self._store.set_value(customer_id, custom.id, value)
