"""Pure domain rules: vocabularies, records, validation and totals. No Qt, no SQL."""
