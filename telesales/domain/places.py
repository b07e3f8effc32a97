"""Where a customer is: the area (province / city / district) and coordinates read from an address or fields.

Plain value types. Reading an address is done by `telesales.places` (an adapter over address libraries and data
files); what it found, what it guessed and what is missing come back as codes the UI words for the rep.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from telesales.domain.model import Area, Region


class Precision(StrEnum):
    """How close the coordinates are to the customer: their own, or the centre of their district, city, province."""

    EXACT = "exact"
    DISTRICT = "district"
    CITY = "city"
    PROVINCE = "province"
    NONE = "none"


class Part(StrEnum):
    """A part of a place: what was guessed or is missing."""

    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    COORDINATES = "coordinates"


class Source(StrEnum):
    """Where the area came from."""

    ADDRESS = "address"  # read from the address text
    FIELDS = "fields"  # the customer's province / city / district fields
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Located:
    """An address (or a customer's fields) read into an area and coordinates.

    `approximate` is True when the coordinates are a centre (of the district, city or province) rather than the
    customer's own; `precision` says which. `guessed` lists the parts inferred rather than written (a province
    inferred from a city, a city chosen for a district name several cities share); `missing` the parts that could
    not be found at all. `alternatives` are the other places an ambiguous district name could be.
    """

    area: Area
    latitude: float | None
    longitude: float | None
    precision: Precision
    region: Region
    source: Source = Source.ADDRESS
    guessed: tuple[Part, ...] = ()
    missing: tuple[Part, ...] = ()
    alternatives: tuple[Area, ...] = ()
    adcode: str = ""  # mainland: the official division code of the most precise part found

    @property
    def approximate(self) -> bool:
        return self.precision is not Precision.EXACT

    @property
    def point(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    @property
    def complete(self) -> bool:
        """Province, city and district all known (districts do not apply to every region: see `missing`)."""
        return not self.missing

    def as_json(self) -> dict[str, object]:
        return {
            "province": self.area.province, "city": self.area.city, "district": self.area.district,
            "latitude": self.latitude, "longitude": self.longitude, "approximate": self.approximate,
            "precision": self.precision.value, "region": self.region.value, "source": self.source.value,
            "adcode": self.adcode, "guessed": [p.value for p in self.guessed],
            "missing": [p.value for p in self.missing],
            "alternatives": [{"province": a.province, "city": a.city, "district": a.district}
                             for a in self.alternatives],
        }


NOWHERE = Located(Area(), None, None, Precision.NONE, Region.OTHER, Source.NONE,
                  missing=(Part.PROVINCE, Part.CITY, Part.DISTRICT, Part.COORDINATES))
