"""Repositories: every query and write of the app, grouped by what they serve."""
