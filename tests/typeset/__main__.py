"""Typeset from the command line (run from ``tests/``: ``python -m typeset SOURCE OUT.pdf``).

SOURCE is ``sample`` (the hand-built answer), ``pages:N`` (an answer of exactly N pages) or the
path of a DIP text, which ``drucksache.parse_text`` reads first.
"""

from __future__ import annotations

import sys
from pathlib import Path

import drucksache

from . import long_answer, sample_document, typeset


def main(argv: list[str]) -> int:
    """Write the PDF; 2 on a usage error, 1 when the document cannot be typeset."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, out = argv
    if source == "sample":
        doc = sample_document()
    elif source.startswith("pages:") and source[6:].isdigit():
        doc = long_answer(int(source[6:]))
    else:
        doc = drucksache.parse_text(Path(source).read_text(encoding="utf-8"))
    try:
        pdf = typeset(doc)
    except ValueError as error:
        print(f"{source}: {error}", file=sys.stderr)
        return 1
    Path(out).write_bytes(pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
