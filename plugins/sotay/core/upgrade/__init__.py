"""Bases made by an earlier version keep building: the contract's version (version.py), what changed at each
version (steps.py), and the check and upgrade over them (apply.py)."""
