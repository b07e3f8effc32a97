"""Search keys for finding customers and contacts (name, inner parts, pinyin, initials, phone digits, place)

The table starts empty; the book fills it the first time it is opened (telesales.store.search_index.ensure).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 15:22:40.677598
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_keys',
    sa.Column('key', sa.String(length=400).with_variant(sa.String(length=400, collation='C'), 'postgresql'),
              nullable=False),
    sa.Column('customer_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('contact_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('field', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('key', 'customer_id', 'contact_id', 'field', name=op.f('pk_search_keys')),
    sqlite_with_rowid=False
    )


def downgrade() -> None:
    op.drop_table('search_keys')
