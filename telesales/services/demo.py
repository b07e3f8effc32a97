"""Use case: fill a new book with a realistic demo."""

from __future__ import annotations

from collections.abc import Callable

from telesales.demo.generator import DemoGenerator, DemoRequest
from telesales.services.ports import BulkWriterPort

Progress = Callable[[int, int], None]


def fill_demo(writer: BulkWriterPort, request: DemoRequest, progress: Progress | None = None) -> None:
    """Write the demo's rows a chunk of customers at a time."""
    for batch in DemoGenerator(request).batches(progress):
        writer.insert_many(batch)
