"""Each pin in the tier history keeps the reason the rep typed for it

Before, only the customer's current pin held its reason; moving or lifting the pin lost the earlier one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tier_changes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))
    # the pin in force now: its reason is known, on the customer
    op.execute("UPDATE tier_changes SET note = (SELECT c.tier_pin_reason FROM customers c "
               "WHERE c.id = tier_changes.customer_id) "
               "WHERE reason = 'pinned' AND id = (SELECT max(t.id) FROM tier_changes t "
               "WHERE t.customer_id = tier_changes.customer_id AND t.reason IN ('pinned', 'unpinned')) "
               "AND EXISTS (SELECT 1 FROM customers c WHERE c.id = tier_changes.customer_id "
               "AND c.tier_pin = tier_changes.to_tier)")


def downgrade() -> None:
    with op.batch_alter_table('tier_changes', schema=None) as batch_op:
        batch_op.drop_column('note')
