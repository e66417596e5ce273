"""Moderated peer-group channels: channels, guidelines and consent, sessions, moderation, shares.

Pure rules (``moderation``, ``bursts``, ``policy``, ``schedule``, ``share``, ``permissions``)
and services over the stores (``channels``, ``consent``, ``sessions``, ``enforcement``), wired
in ``feature``. No Discord here: the adapters live in ``cogs.groups``.
"""
