"""Reusable widgets: inputs that read and write domain values, child-row tables, the
disaggregation grid and the "Deleted … Undo" bar. Promoted in `forms/*.ui` as custom widgets."""
