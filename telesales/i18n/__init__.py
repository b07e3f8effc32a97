"""The rep's language: which one (choice), and putting it in place in Qt (qt)."""
