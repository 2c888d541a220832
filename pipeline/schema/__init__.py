"""The declared shape of every rules/*.yaml file: one pydantic model a file."""

from .base import SCHEMAS, Strict, describe, where

__all__ = ["SCHEMAS", "Strict", "describe", "where"]
