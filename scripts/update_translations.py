"""Refresh the window's translation sources: assets/i18n/lantern_<lang>.ts for the 12 languages.

Runs pyside6-lupdate over every window file (ui/ except ui/teacher, which ships teacher_<lang>.ts, and
the window parts of app/), keeps every translation already written, drops vanished ones (-no-obsolete)
and adds new strings as unfinished. Then write the new translations in each .ts (Qt Linguist:
`.venv/bin/pyside6-linguist assets/i18n/lantern_es.ts`, or a text editor) and run `make translations`.
tests/ui/test_i18n_catalogue.py fails while any string is untranslated or a .ts is stale.

    .venv/bin/python scripts/update_translations.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "zh", "ja", "ko", "ar", "hi")


def window_sources(root: Path = ROOT) -> list[Path]:
    """Every file whose tr() strings go into lantern_<lang>.ts, relative to `root`, sorted (the teacher
    screens, ui/teacher and app/teacher_gui.py, have their own teacher_<lang>.ts)."""
    files = [p for p in (root / "ui").rglob("*.py") if "teacher" not in p.relative_to(root / "ui").parts[:-1]]
    files += [root / "app" / "gui.py", *(p for p in (root / "app").glob("*_gui.py") if p.name != "teacher_gui.py")]
    return sorted(p.relative_to(root) for p in files)


def lupdate(ts: Path, lang: str, *, root: Path = ROOT) -> None:
    """Bring `ts` up to date with the sources (translations kept, vanished strings dropped)."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *map(str, window_sources(root)), "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-source-language", "en", "-silent"], cwd=root, check=True)


def main() -> int:
    for lang in LANGUAGES:
        lupdate(ROOT / "assets" / "i18n" / f"lantern_{lang}.ts", lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
