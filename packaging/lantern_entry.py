"""PyInstaller entry point: the same main() as the `lantern` console script."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
