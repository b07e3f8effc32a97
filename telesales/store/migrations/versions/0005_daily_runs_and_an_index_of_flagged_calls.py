"""The day each daily job last ran (the re-tiering runs once a day), and a small index of the calls that carry
a complaint or an unmet request (what the churn signals read)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 15:27:19.910186
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('daily_runs',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('ran_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_daily_runs'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_flagged', ['called_at'], unique=False, sqlite_where=sa.text("complaint = 1 OR unmet_request != ''"),
                              postgresql_where=sa.text("complaint OR unmet_request <> ''"))



def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_flagged', sqlite_where=sa.text("complaint = 1 OR unmet_request != ''"),
                            postgresql_where=sa.text("complaint OR unmet_request <> ''"))

    op.drop_table('daily_runs')
