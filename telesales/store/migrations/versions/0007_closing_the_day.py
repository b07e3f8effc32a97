"""Closing the day: how far each day's close got, a booked time on a reminder, a source key on a visit

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 19:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'day_close_steps',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('step', sa.String(length=16), nullable=False),
        sa.Column('state', sa.String(length=8), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('day', 'step', name=op.f('pk_day_close_steps')),
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_key', sa.String(length=120), nullable=True))
        batch_op.create_index('uq_visits_source_key', ['source_key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('uq_visits_source_key')
        batch_op.drop_column('source_key')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_column('due_at')
    op.drop_table('day_close_steps')
