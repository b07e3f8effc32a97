"""Customer call state and churn figures (filled by the daily refresh), complaints and unmet requests on calls

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 15:13:44.732669
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.add_column(sa.Column('complaint', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('unmet_request', sa.Text(), server_default='', nullable=False))
        batch_op.create_index('ix_calls_called_at', ['called_at'], unique=False)

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_call_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_reached_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_outcome', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('last_intent', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('call_back_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('open_value_cents', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('follow_up_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('tiered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('stage', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('churn_signals', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('next_special_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('next_special_kind', sa.String(length=32), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('next_special_kind')
        batch_op.drop_column('next_special_on')
        batch_op.drop_column('churn_signals')
        batch_op.drop_column('stage')
        batch_op.drop_column('tiered_on')
        batch_op.drop_column('follow_up_on')
        batch_op.drop_column('open_value_cents')
        batch_op.drop_column('call_back_at')
        batch_op.drop_column('last_intent')
        batch_op.drop_column('last_outcome')
        batch_op.drop_column('last_reached_at')
        batch_op.drop_column('last_call_at')

    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_called_at')
        batch_op.drop_column('unmet_request')
        batch_op.drop_column('complaint')

