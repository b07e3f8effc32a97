"""Plain-Python rules of the sales method: no Qt, no database, no clock."""
