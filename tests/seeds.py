"""Lines of the seed pages looked up by their opening words: tests name a paper or a venue by a
few words of their own, and the full text comes from the pages, as a reader would copy it."""

from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def seed_line(opening: str) -> str:
    """The first seed-page line that starts with ``opening``, stripped."""
    for page in sorted(SEEDS.glob("*.txt")):
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith(opening):
                return line.strip()
    raise LookupError(f"no seed page line starts with {opening!r}")
