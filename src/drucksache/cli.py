"""Command line: ``drucksache parse FILE``, ``drucksache schema`` (and ``convert``, see batch)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import DrucksacheError
from .models import Document
from .pipeline import parse_pdf, parse_text


def parse_path(path: Path) -> Document:
    """Parse one file, PDF or text, by its content (a PDF starts with ``%PDF``)."""
    data = path.read_bytes()
    if data[:1024].lstrip().startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return parse_pdf(data)
    return parse_text(_decode(data))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.file == "-":
        doc = parse_text(_decode(sys.stdin.buffer.read()))
    else:
        doc = parse_path(Path(args.file))
    sys.stdout.write(doc.model_dump_json(indent=args.indent) + "\n")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(Document.model_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _cmd_convert(args: argparse.Namespace) -> int:
    # Deferred: only `convert` needs the batch machinery (multiprocessing, rich).
    from .batch import UsageError, convert
    from .progress import format_summary

    try:
        result = convert(
            args.inputs,
            outdir=args.outdir,
            jsonl=args.jsonl,
            jobs=args.jobs,
            timeout=args.timeout,
            skip_existing=args.skip_existing,
            indent=args.indent,
            progress=sys.stderr.isatty(),
        )
    except UsageError as exc:
        print(f"drucksache convert: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before any worker started: nothing to summarise
        return 130
    print(format_summary(result.stats, interrupted=result.interrupted), file=sys.stderr)
    for error in result.errors[:10]:
        print(f"  {error['source']}: {error['error']}: {error['message']}", file=sys.stderr)
    if len(result.errors) > 10:
        print(f"  … and {len(result.errors) - 10} more", file=sys.stderr)
    return result.exit_code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drucksache",
        description="Parse Bundestag answers to Kleine Anfragen into JSON.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one PDF or text file and print its JSON")
    p.add_argument("file", help="a .pdf or .txt file, or - for text on standard input")
    p.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    p.set_defaults(func=_cmd_parse)

    s = sub.add_parser("schema", help="print the JSON Schema of the Document")
    s.set_defaults(func=_cmd_schema)

    c = sub.add_parser("convert", help="convert many PDFs and texts to JSON, in parallel")
    c.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders (searched recursively for .pdf and .txt) and glob patterns",
    )
    out = c.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "-o",
        "--outdir",
        type=Path,
        help="write OUTDIR/<name>.json per input and OUTDIR/errors.json listing the failures",
    )
    out.add_argument(
        "--jsonl",
        type=Path,
        metavar="FILE",
        help='write one JSON-lines file instead: {"source": …, "document": …} or an error record',
    )
    c.add_argument("-j", "--jobs", type=int, help="worker processes (default: the CPU count)")
    c.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="time limit per file; a worker that overruns is killed and the file reported",
    )
    c.add_argument(
        "--skip-existing",
        action="store_true",
        help="skip inputs whose output is already complete (to resume an interrupted run)",
    )
    c.add_argument("--indent", type=int, default=2, help="JSON indent (default 2, as parse)")
    c.set_defaults(func=_cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except DrucksacheError as exc:
        print(f"drucksache: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"drucksache: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
