"""The columns each register shows, by key, in display order: what the window needs to lay out a
register before its queries (and SQLAlchemy with them) are imported. The queries in
store/repositories/registers.py have one column for each key (a test checks they agree)."""

REGISTER_COLUMNS = {
    "consultations": ("date", "country", "programme", "type", "title", "place", "outside_capital",
                      "women", "men", "other"),
    "trainings": ("start", "end", "country", "programme", "title", "pillar", "delivery", "women",
                  "men", "other"),
    "grants": ("start", "end", "country", "programme", "grantee", "status", "currency",
               "committed", "disbursed", "assisted"),
}
