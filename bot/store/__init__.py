"""Repositories: every SQL statement of Lantern lives in this package.

Each repository takes a :class:`bot.db.Database` and returns frozen dataclasses.
"""
