"""Shared-book fixtures: a demo book on the server with a team (two reps, a lead)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.shared.team_book import set_up_team


@pytest.fixture
def team_url(postgres_demo_url: str) -> Iterator[str]:
    set_up_team(postgres_demo_url)
    yield postgres_demo_url
