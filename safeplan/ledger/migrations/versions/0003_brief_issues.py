"""简报 numbering: one row per 期 of a series (its number, its period), numbers unique within a series.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brief_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=300), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_brief_issues"),
        sa.UniqueConstraint("series", "number", name="uq_brief_issues_series_number"),
        sa.UniqueConstraint("series", "period_kind", "period_start", name="uq_brief_issues_series_period"),
    )


def downgrade() -> None:
    op.drop_table("brief_issues")
