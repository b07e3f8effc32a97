"""The bundle's entry point: the same `telesales` command the pip install gives (see pyproject's scripts)."""

from telesales.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
