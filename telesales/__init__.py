"""telesales: a desktop assistant for one phone sales rep."""

__version__ = "0.1.0"
