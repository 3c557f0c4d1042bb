"""台账 records: one index covering what `status` reads (unit, level, 整改时限, 检查日期, 销号), so that counting a
district's open 隐患 reads the index and not the rows (bench/bench_ledger.py: 200,000 隐患).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_records_unit_level_due", table_name="records")
    op.create_index("ix_records_open", "records", ["unit_id", "level", "due", "date", "closed_on"])


def downgrade() -> None:
    op.drop_index("ix_records_open", table_name="records")
    op.create_index("ix_records_unit_level_due", "records", ["unit_id", "level", "due"])
