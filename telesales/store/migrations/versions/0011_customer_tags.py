"""Customers carry the rep's own tags (VIP, 展会客户…), comma-joined, to filter the list by

A column rather than a table of its own: a customer's tags are edited, undone, exported, synced with a field copy
and copied to a server like any other field of the customer, and filtering 100,000 customers by a tag is one scan
of the table (tens of milliseconds).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22 21:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tags', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('tags')
