"""Lantern hub: the central server (FastAPI)."""
