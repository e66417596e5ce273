"""Reliability suite: faults, crashes, contention, hostile input, access and secrets (issue #9)."""
