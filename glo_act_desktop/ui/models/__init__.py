"""Qt item models over the store's queries."""
