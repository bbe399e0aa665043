"""Alembic migrations, applied at start-up after a backup. Seed data modules are frozen with the
revision that loads them: never edit one after release; add a new revision instead."""
