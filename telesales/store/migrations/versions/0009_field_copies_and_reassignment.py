"""Stable ids for rows made in a field copy (synced up once, never twice), what a field copy remembers of the
shared book it was taken from, who owned a customer before the team lead reassigned it, and since when (the
"owner left" churn signal), and each rep's own progress closing the day on a shared book

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 18:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SYNCED = ('customers', 'contacts', 'calls', 'visits', 'orders', 'reminders', 'tier_changes', 'important_dates')


def upgrade() -> None:
    op.create_table('field_copy_base',
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_field_copy_base'))
    )
    op.create_table('field_copy_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_field_copy_state'))
    )
    # closing the day is each rep's own on a shared book
    with op.batch_alter_table('day_close_steps', schema=None, recreate='always') as batch_op:
        batch_op.add_column(sa.Column('rep', sa.String(length=100), server_default='', nullable=False))
        batch_op.drop_constraint('pk_day_close_steps', type_='primary')
        batch_op.create_primary_key('pk_day_close_steps', ['day', 'step', 'rep'])
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_owner', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('owner_changed_on', sa.Date(), nullable=True))
        batch_op.create_index('ix_customers_owner', ['owner'], unique=False)
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('sync_uid', sa.String(length=64), nullable=True))
            # partial: only rows made in a field copy carry one, so the index stays tiny on a big book
            batch_op.create_index(f'uq_{table}_sync_uid', ['sync_uid'], unique=True,
                                  sqlite_where=sa.text('sync_uid IS NOT NULL'),
                                  postgresql_where=sa.text('sync_uid IS NOT NULL'))


def downgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'uq_{table}_sync_uid')
            batch_op.drop_column('sync_uid')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_owner')
        batch_op.drop_column('owner_changed_on')
        batch_op.drop_column('previous_owner')
    with op.batch_alter_table('day_close_steps', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('pk_day_close_steps', type_='primary')
        batch_op.create_primary_key('pk_day_close_steps', ['day', 'step'])
        batch_op.drop_column('rep')
    op.drop_table('field_copy_state')
    op.drop_table('field_copy_base')
