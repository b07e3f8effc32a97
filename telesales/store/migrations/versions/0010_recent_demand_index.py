"""The recent demand the day's call list reads: a small covering index of the calls that name an expected value

The call list reads the largest expected value each customer named in the last 30 days. On the called_at index
alone SQLite looked up every call of those days in the table (75,000 rows at 2 million calls, a third of a
second); this partial index holds only calls with a value, and the two columns the read needs, so it answers
from the index alone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22 19:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_demand', ['called_at', 'customer_id', 'expected_value_cents'], unique=False,
                              sqlite_where=sa.text('expected_value_cents > 0'),
                              postgresql_where=sa.text('expected_value_cents > 0'))


def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_demand', sqlite_where=sa.text('expected_value_cents > 0'),
                            postgresql_where=sa.text('expected_value_cents > 0'))
