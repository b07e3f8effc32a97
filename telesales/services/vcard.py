"""vCard (.vcf) in and out for contacts: phones, e-mail, organisation, title, birthday, notes, buying roles.

Read: versions 2.1, 3.0 and 4.0 as phones write them (folded lines, QUOTED-PRINTABLE UTF-8 names from older
Android phones). Each card becomes a row of a contacts sheet: its ORG is the customer (a person without one is
their own customer). Written: vCard 3.0, UTF-8, lines folded at 75 octets.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable
from pathlib import Path

from telesales.domain.importing import format_annual
from telesales.domain.model import AnnualDate, CalendarKind, Contact
from telesales.services.tabular import CONTROLS, RawSheet, decode, file_bytes

HEADERS = ["Name", "Contact", "Contact title", "Contact phone", "Contact email", "Birthday", "Contact notes",
           "Buying roles", "Kind"]
ROLES_PROPERTY = "X-TELESALES-ROLES"


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw
        else:
            lines.append(raw)
    return lines


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _value(params: str, value: str) -> str:
    if "QUOTED-PRINTABLE" in params.upper():
        charset = re.search(r"CHARSET=([\w-]+)", params, re.IGNORECASE)
        return quopri.decodestring(value.encode("ascii", "replace")).decode(charset[1] if charset else "utf-8",
                                                                             "replace")
    return _unescape(value)


def parse_vcards(text: str) -> list[dict[str, str]]:
    cards: list[dict[str, str]] = []
    card: dict[str, str] | None = None
    for line in _unfold(text):
        if ":" not in line:
            continue
        head, value = line.split(":", 1)
        name, _, params = head.partition(";")
        name = name.split(".")[-1].upper()  # item1.TEL → TEL
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {}
        elif name == "END" and card is not None:
            cards.append(card)
            card = None
        elif card is not None:
            text_value = _value(params, value).strip()
            if name == "N" and "FN" not in card:
                parts = [part for part in text_value.split(";")[:2] if part]
                card.setdefault("N", "".join(parts) if any(ord(c) > 0x2E80 for c in text_value) else
                                " ".join(reversed(parts)))
            elif name == "X-TELESALES-LUNAR-BIRTHDAY":
                card["BDAY"] = text_value
            elif name in ("FN", "ORG", "TITLE", "BDAY", "NOTE", ROLES_PROPERTY):
                card.setdefault(name, text_value.split(";")[0] if name == "ORG" else text_value)
            elif name in ("TEL", "EMAIL") and name not in card:
                card[name] = text_value.removeprefix("tel:")
    return cards


def vcard_sheet(path: Path) -> RawSheet:
    text, encoding = decode(file_bytes(path), None, path)
    text = text.translate(CONTROLS)
    sheet = RawSheet(path.stem, list(HEADERS), encoding=encoding)
    line = 0
    for number, card in enumerate(parse_vcards(text), start=1):
        line = number
        person = card.get("FN") or card.get("N", "")
        organisation = card.get("ORG", "")
        birthday = card.get("BDAY", "").replace("--", "")
        if len(birthday) == 4 and birthday.isdigit():  # --MMDD (vCard 4, no year)
            birthday = f"{birthday[:2]}-{birthday[2:]}"
        sheet.rows.append([organisation or person, person, card.get("TITLE", ""), card.get("TEL", ""),
                           card.get("EMAIL", ""), birthday, card.get("NOTE", ""), card.get(ROLES_PROPERTY, ""),
                           "company" if organisation else "person"])
        sheet.lines.append(line)  # the card's number in the file
    return sheet


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _birthday(when: AnnualDate) -> tuple[str, str]:
    """(BDAY value, note): a lunar birthday has no vCard form; it goes into the note in the import's words."""
    if when.calendar is CalendarKind.LUNAR:
        return "", format_annual(when)
    return (f"{when.year:04d}-{when.month:02d}-{when.day:02d}" if when.year else f"--{when.month:02d}{when.day:02d}"), ""


def format_vcards(items: Iterable[tuple[Contact, str]]) -> str:
    """Contacts with their customer's name as vCard 3.0 text."""
    lines: list[str] = []
    for contact, organisation in items:
        card = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(contact.name)}", f"N:{_escape(contact.name)};;;;"]
        if organisation and organisation != contact.name:
            card.append(f"ORG:{_escape(organisation)}")
        if contact.title:
            card.append(f"TITLE:{_escape(contact.title)}")
        if contact.phone:
            card.append(f"TEL;TYPE=CELL:{contact.phone}")
        if contact.email:
            card.append(f"EMAIL;TYPE=INTERNET:{contact.email}")
        note = contact.notes
        if contact.birthday is not None:
            bday, lunar = _birthday(contact.birthday)
            if bday:
                card.append(f"BDAY:{bday}")
            if lunar:
                card.append(f"X-TELESALES-LUNAR-BIRTHDAY:{lunar}")
        if note:
            card.append(f"NOTE:{_escape(note)}")
        if contact.roles:
            card.append(f"{ROLES_PROPERTY}:{_escape(','.join(sorted(role.value for role in contact.roles)))}")
        card.append("END:VCARD")
        lines.extend(_fold(line) for line in card)
    return "\r\n".join(lines) + ("\r\n" if lines else "")
