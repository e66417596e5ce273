"""Lantern: a peer-support Discord bot for virtual intensive outpatient programs."""

__version__ = "0.1.0"
