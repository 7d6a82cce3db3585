"""The command line: ``drucksache parse FILE``, ``parse -`` (stdin), ``schema``, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import drucksache
from drucksache.cli import main

SEED = Path(__file__).parent / "property" / "data" / "19-ki-netzwerk-seed.txt"
REAL = Path(__file__).parent / "property" / "data" / "21-1020.txt"


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The CLI in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "drucksache.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_parse_file_prints_the_document_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(REAL)]) == 0
    out = capsys.readouterr().out
    doc = drucksache.Document.model_validate_json(out)
    assert doc == drucksache.parse_text(REAL.read_text(encoding="utf-8"))
    assert doc.metadata.drucksache == "21/1020"


def test_parse_indent_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--indent", "0", str(REAL)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["metadata"]["inquiry"] == "21/883"


def test_parse_reads_standard_input_for_a_dash() -> None:
    result = run_cli("parse", "-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    doc = drucksache.Document.model_validate_json(result.stdout)
    assert doc == drucksache.parse_text(SEED.read_text(encoding="utf-8"))


def test_parse_reads_a_byte_order_mark_and_windows_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answer.txt"
    path.write_bytes(
        b"\xef\xbb\xbf" + REAL.read_text(encoding="utf-8").replace("\n", "\r\n").encode()
    )
    assert main(["parse", str(path)]) == 0
    doc = drucksache.Document.model_validate_json(capsys.readouterr().out)
    assert doc.metadata.drucksache == "21/1020"


def test_parse_falls_back_to_cp1252(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answer.txt"
    path.write_bytes(" 1. Wie viele Anträge gab es?\nKeine.\n".encode("cp1252"))
    assert main(["parse", str(path)]) == 0
    doc = drucksache.Document.model_validate_json(capsys.readouterr().out)
    assert doc.questions[0].text == "Wie viele Anträge gab es?"


def test_empty_file_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "EmptyInputError" in captured.err
    assert "no text" in captured.err


def test_empty_standard_input_exits_2() -> None:
    result = run_cli("parse", "-", stdin=b"   \n")
    assert result.returncode == 2
    assert b"EmptyInputError" in result.stderr
    assert result.stdout == b""


def test_text_that_is_no_drucksache_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "recipe.txt"
    path.write_text("Man nehme drei Eier und etwas Mehl.\n")
    assert main(["parse", str(path)]) == 2
    assert "NotADrucksacheError" in capsys.readouterr().err


def test_missing_file_exits_2_with_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "/nonexistent/answer.txt"]) == 2
    assert "/nonexistent/answer.txt" in capsys.readouterr().err


def test_file_named_pdf_that_is_no_pdf_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answer.pdf"
    path.write_text("<html>Not found</html>")
    assert main(["parse", str(path)]) == 2
    assert "NotAPdfError" in capsys.readouterr().err


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def test_schema_prints_the_json_schema_of_the_document() -> None:
    result = run_cli("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema == drucksache.Document.model_json_schema()
    assert schema["type"] == "object"
    assert schema["title"] == "Document"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) <= set(schema["properties"])
    # Every reference points at a definition the schema holds.
    refs = _refs(schema)
    assert refs
    for ref in refs:
        assert ref.startswith("#/$defs/")
        assert ref.removeprefix("#/$defs/") in schema["$defs"]


def test_schema_describes_what_parse_prints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert main(["parse", str(REAL)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == set(schema["properties"])
    metadata = schema["$defs"]["Metadata"]["properties"]
    assert set(printed["metadata"]) == set(metadata)
    every_field_described = all("description" in field for field in metadata.values())
    assert every_field_described


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "usage" in capsys.readouterr().err
