"""Regenerate the expected JSON of the golden tests from the parser as it is now.

Every ``fixtures/golden/<name>.txt`` (a real answer, named after the problem it shows) gets a
``fixtures/golden/<name>.json``: ``parse_text(txt).model_dump_json(indent=2)``.  Regenerate on
purpose, after a parser change you mean, and review the result as a diff (``git diff
fixtures/golden``) before committing: a golden file is only worth its review.  Values known to
be wrong are listed in ``fixtures/golden/KNOWN_ISSUES.md``.

    python scripts/regenerate_golden.py            # rewrite every JSON that changed
    python scripts/regenerate_golden.py 21-1007    # only fixtures whose name starts so
    python scripts/regenerate_golden.py --check    # write nothing; exit 1 if any would change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import drucksache

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"


def expected_json(text_path: Path) -> str:
    """The golden JSON for one fixture, exactly as the test compares it (newline at the end)."""
    doc = drucksache.parse_text(text_path.read_text(encoding="utf-8"))
    return doc.model_dump_json(indent=2) + "\n"


def fixtures(prefixes: list[str]) -> list[Path]:
    """The fixture texts, sorted, restricted to names that start with one of ``prefixes``."""
    paths = sorted(GOLDEN.glob("*.txt"))
    if prefixes:
        paths = [p for p in paths if any(p.name.startswith(prefix) for prefix in prefixes)]
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` only compare) the JSON of every selected fixture."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="fixture name prefixes (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing, report changes")
    args = parser.parse_args(argv)
    paths = fixtures(args.names)
    if not paths:
        print(f"no fixture matches {args.names} in {GOLDEN}", file=sys.stderr)
        return 2
    changed = 0
    for path in paths:
        json_path = path.with_suffix(".json")
        new = expected_json(path)
        old = json_path.read_text(encoding="utf-8") if json_path.exists() else None
        if new == old:
            continue
        changed += 1
        status = "new" if old is None else "changed"
        print(f"{status:8} {json_path.name}")
        if not args.check:
            json_path.write_text(new, encoding="utf-8")
    print(f"{changed} of {len(paths)} golden files {'differ' if args.check else 'written'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
