"""Sync between laptops and HQ: clock, change versions and merge, bundle files."""
