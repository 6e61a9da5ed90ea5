"""The shipped learner pictures (assets/avatars/*.svg): an avatar id is the file name without .svg."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

GUEST = "guest"


class Avatars:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._cache: dict[str, QIcon] = {}

    def ids(self) -> list[str]:
        """Pictures a learner can choose (not the guest's)."""
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.svg") if p.stem != GUEST)

    def icon(self, avatar: str | None) -> QIcon:
        key = avatar or GUEST
        if key not in self._cache:
            path = self.folder / f"{key}.svg" if self.folder else None
            if path is None or not path.exists():
                path = self.folder / f"{GUEST}.svg" if self.folder else None
            self._cache[key] = QIcon(str(path)) if path is not None and path.exists() else QIcon()
        return self._cache[key]

    def for_name(self, name: str) -> str | None:
        """A stable picture for a learner who has none yet (so cards never look empty)."""
        ids = self.ids()
        return ids[sum(map(ord, name)) % len(ids)] if ids else None
