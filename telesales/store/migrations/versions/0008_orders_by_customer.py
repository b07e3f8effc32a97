"""Orders indexed by customer, then day and amount (covering): per-customer figures without sorting every order

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 16:36:00.300797
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_customer_date_amount', ['customer_id', 'ordered_on', 'amount_cents'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_customer_date_amount')

