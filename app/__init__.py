"""Lantern's wiring: settings, data folder, CLI and main()."""
