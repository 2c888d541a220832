"""zhibiao: figures from Chinese local-government work reports, as one verified table."""

__version__ = "0.1.0"
