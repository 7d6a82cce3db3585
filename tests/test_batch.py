"""Batch conversion (`drucksache convert`): parallel, fault-tolerant, resumable.

The parse hooks below (``hang_parse``, ``crash_parse``) are module-level so that worker
processes can import them by name; they stand in for a parser that hangs or dies on one file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import drucksache
from drucksache.batch import Input, UsageError, assign_outputs, convert
from drucksache.cli import main, parse_path

CORPUS = Path("/work/shared/corpus/bundestag-wp21/antwort")
# Far bigger than SAMPLE's files: as a "hang"/"crash" file it is dispatched first (largest first).
BIGGEST = "21-1171.txt"
SAMPLE = ("21-357.txt", "21-308.txt", "21-822.txt", "21-259.txt", "21-508.txt")
TESTS = Path(__file__).resolve().parent
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"needs the corpus in {CORPUS}")


def hang_parse(path: Path) -> drucksache.Document:
    """Parse, except that a file with "hang" in its name never returns."""
    if "hang" in path.name:
        time.sleep(3600)
    return parse_path(path)


def slow_parse(path: Path) -> drucksache.Document:
    """``hang_parse`` at a pace a test can watch: a fifth of a second per file."""
    time.sleep(0.2)
    return hang_parse(path)


def crash_parse(path: Path) -> drucksache.Document:
    """Parse, except that the worker dies (SIGKILL) on a file with "crash" in its name."""
    if "crash" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    return parse_path(path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Five real answers in a folder of their own."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SAMPLE:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def parse_output(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What `drucksache parse PATH` prints."""
    capsys.readouterr()
    assert main(["parse", str(path)]) == 0
    return capsys.readouterr().out


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "errors.json"
    }


def test_jobs_1_and_2_write_what_parse_prints(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(corpus), "-o", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert main(["convert", str(corpus), "-o", str(tmp_path / "two"), "--jobs", "2"]) == 0
    one, two = outputs(tmp_path / "one"), outputs(tmp_path / "two")
    assert sorted(one) == sorted(n.replace(".txt", ".json") for n in SAMPLE)
    assert one == two
    for name in SAMPLE:
        expected = parse_output(corpus / name, capsys)
        assert one[name.replace(".txt", ".json")].decode("utf-8") == expected
    assert json.loads((tmp_path / "one" / "errors.json").read_text()) == []


def test_bad_files_are_reported_and_the_rest_converted(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = corpus / "truncated.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<<")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "recipe.txt").write_text(
        "Apfelkuchen\n\nZutaten: 500 g Mehl, 250 g Butter, 4 Äpfel.\nDen Teig kneten und backen.\n"
    )
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "-o", str(out), "-j", "2"]) == 1
    errors = json.loads((out / "errors.json").read_text())
    assert [Path(e["source"]).name for e in errors] == ["empty.txt", "recipe.txt", "truncated.pdf"]
    for error in errors:
        assert issubclass(getattr(drucksache, error["error"]), drucksache.DrucksacheError)
        assert error["message"]
    assert sorted(outputs(out)) == sorted(n.replace(".txt", ".json") for n in SAMPLE)
    # stderr is no terminal here: no progress bar, only the summary and the failures.
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("done: ") and "3 failed" in err[0]
    assert [line.split(":")[0].strip() for line in err[1:]] == [e["source"] for e in errors]


def test_timeout_kills_a_hanging_file_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Dispatched first, so with one worker everything else runs in its replacement.
    shutil.copy(CORPUS / BIGGEST, corpus / "0-hang.txt")
    out = tmp_path / "out"
    result = convert([str(corpus)], outdir=out, jobs=1, timeout=2, parse=hang_parse)
    assert result.exit_code == 1
    assert [(Path(e["source"]).name, e["error"]) for e in result.errors] == [
        ("0-hang.txt", "Timeout")
    ]
    assert json.loads((out / "errors.json").read_text()) == result.errors
    assert result.stats.converted == len(SAMPLE)
    assert sorted(result.parse_seconds) == sorted(str(p) for p in corpus.iterdir())
    assert result.parse_seconds[str(corpus / "0-hang.txt")] >= 2
    for name in SAMPLE:
        expected = parse_output(corpus / name, capsys)
        assert (out / name.replace(".txt", ".json")).read_text(encoding="utf-8") == expected
    assert not list(out.glob(".*.part"))


def test_a_dying_worker_is_reported_and_replaced(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(CORPUS / BIGGEST, corpus / "0-crash.txt")
    result = convert([str(corpus)], outdir=tmp_path / "out", jobs=1, parse=crash_parse)
    assert [(Path(e["source"]).name, e["error"]) for e in result.errors] == [
        ("0-crash.txt", "WorkerDied")
    ]
    assert "SIGKILL" in result.errors[0]["message"]
    assert sorted(outputs(tmp_path / "out")) == sorted(n.replace(".txt", ".json") for n in SAMPLE)


def _start_hanging_run(corpus: Path, out: Path) -> subprocess.Popen[str]:
    """A batch in a subprocess (own session) with two workers, one of them stuck on a hang file.

    The hang file is the biggest, so it is dispatched first; the other worker converts the
    rest one by one (slowly), and the batch never ends by itself.
    """
    shutil.copy(CORPUS / BIGGEST, corpus / "21-1171-hang.txt")
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
        "import test_batch; from drucksache.batch import convert; "
        "from drucksache.progress import format_summary; "
        "r = convert([sys.argv[2]], outdir=Path(sys.argv[3]), jobs=2, "
        "parse=test_batch.slow_parse); "
        "print(format_summary(r.stats, interrupted=r.interrupted), file=sys.stderr); "
        "sys.exit(r.exit_code)"
    )
    args = [sys.executable, "-c", script, str(TESTS), str(corpus), str(out)]
    return subprocess.Popen(args, text=True, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_outputs(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while len(outputs(out)) < count:
        if process.poll() is not None:
            _, stderr = process.communicate()
            pytest.fail(f"the batch ended although one file hangs:\n{stderr}")
        assert time.monotonic() < deadline, "no progress in 120 s"
        time.sleep(0.02)


def test_a_killed_run_resumes_with_skip_existing(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    run = _start_hanging_run(corpus, out)
    _wait_for_outputs(out, 2, run)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    done = outputs(out)
    assert len(done) >= 2 and "21-1171-hang.json" not in done
    # What a writer without atomic replace would leave behind: a truncated output, a temp file.
    truncated = sorted(done)[0]
    (out / truncated).write_text('{"metadata": {"drucksache": "21/3')
    (out / ".21-508.json.12345.part").write_text("{")
    del done[truncated]

    result = convert([str(corpus)], outdir=out, jobs=2, skip_existing=True)
    assert result.exit_code == 0
    assert result.stats.skipped == len(done)
    assert result.stats.converted == len(SAMPLE) + 1 - len(done)
    for name, text in done.items():  # kept as they were
        assert (out / name).read_bytes() == text
    for source in sorted(corpus.iterdir()):
        expected = parse_output(source, capsys)
        assert (out / source.with_suffix(".json").name).read_text(encoding="utf-8") == expected
    assert not list(out.glob(".*"))


@pytest.mark.parametrize(
    ("signum", "to_group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c-to-the-process-group", "sigterm-to-the-batch"],
)
def test_interrupt_stops_cleanly_with_exit_130(
    signum: signal.Signals, to_group: bool, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = _start_hanging_run(corpus, out)
    _wait_for_outputs(out, 2, run)
    if to_group:
        os.killpg(run.pid, signum)  # what the terminal does on Ctrl-C
    else:
        os.kill(run.pid, signum)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130
    assert "Traceback" not in stderr
    summary = re.search(r"^interrupted after (\d+) converted .* 0 failed", stderr, re.M)
    assert summary, stderr
    # A worker writes its output before it reports it: the disk may be one ahead of the count.
    assert 1 <= int(summary[1]) <= len(outputs(out))
    assert json.loads((out / "errors.json").read_text()) == []
    assert not list(out.glob(".*"))
    assert all(json.loads(text) for text in outputs(out).values())
    _assert_no_process_left(run.pid)


def _assert_no_process_left(group: int) -> None:
    """The hanging worker (and the fork server) went with the batch: the group empties."""
    deadline = time.monotonic() + 30
    while True:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        if time.monotonic() > deadline:
            os.killpg(group, signal.SIGKILL)
            pytest.fail("processes of the batch outlived it")
        time.sleep(0.05)


def test_jsonl_holds_a_record_per_input_in_input_order(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["convert", str(corpus), "--jsonl", str(one), "-j", "1"]) == 1
    assert main(["convert", str(corpus), "--jsonl", str(two), "-j", "2"]) == 1
    assert one.read_bytes() == two.read_bytes()
    records = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    sources = sorted(corpus.iterdir())
    assert [r["source"] for r in records] == [str(p) for p in sources]
    for source, record in zip(sources, records, strict=True):
        if source.name == "empty.txt":
            assert record["error"] == "EmptyInputError" and record["message"]
            assert "document" not in record
        else:
            assert record["document"] == json.loads(parse_output(source, capsys))


def test_jsonl_resume_redoes_errors_and_a_half_written_line(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    assert main(["convert", str(corpus), "--jsonl", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    error = json.dumps({"source": str(corpus / SAMPLE[1]), "error": "Timeout", "message": "x"})
    target.write_text(lines[0] + error + "\n" + lines[2] + lines[3][:100], encoding="utf-8")
    result = convert([str(corpus)], jsonl=target, skip_existing=True)
    assert (result.exit_code, result.stats.skipped, result.stats.converted) == (0, 2, 3)
    resumed = target.read_text(encoding="utf-8").splitlines(keepends=True)
    assert sorted(resumed) == sorted(lines)


def test_output_names_are_distinct_and_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    inputs = [
        Input(a / "x.txt", root=a),
        Input(b / "x.txt", root=b),
        Input(a / "sub" / "y.txt", root=a),
        Input(tmp_path / "z.pdf"),
        Input(tmp_path / "z.txt"),
        Input(tmp_path / "Q.txt"),
        Input(tmp_path / "q.txt"),
        Input(tmp_path / "errors.txt"),
        Input(tmp_path / "21-357.txt"),
    ]
    names = [p.as_posix() for p in assign_outputs(inputs)]
    assert names == [
        "a/x.txt.json",
        "b/x.txt.json",
        "sub/y.json",
        "z.pdf.json",
        "z.txt.json",
        names[5],
        names[6],
        "errors.txt.json",
        "21-357.json",
    ]
    assert names[5].startswith("Q.txt.") and names[6].startswith("q.txt.")
    assert len({n.casefold() for n in names}) == len(names)
    assert [p.as_posix() for p in assign_outputs(inputs)] == names


def test_clashing_names_from_two_folders_end_to_end(corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    (other / "sub").mkdir(parents=True)
    shutil.copy(CORPUS / SAMPLE[0], other / SAMPLE[0])  # same name as in `corpus`
    shutil.copy(CORPUS / SAMPLE[1], other / "sub" / SAMPLE[1])
    out = tmp_path / "out"
    assert main(["convert", str(corpus), str(other), "-o", str(out)]) == 0
    clash = SAMPLE[0] + ".json"
    assert (out / "in" / clash).read_bytes() == (out / "other" / clash).read_bytes()
    assert (out / "sub" / SAMPLE[1].replace(".txt", ".json")).is_file()
    assert (out / SAMPLE[1].replace(".txt", ".json")).is_file()


def test_globs_and_duplicates(corpus: Path, tmp_path: Path) -> None:
    pattern = str(corpus / "21-3*.txt")
    target = tmp_path / "g.jsonl"
    result = convert([pattern, str(corpus / "21-357.txt")], jsonl=target)
    assert result.stats.total == 2  # 21-308 and 21-357, the latter named twice
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "/nonexistent/folder", "-o", "OUT"],
        ["convert", "/nonexistent/*.pdf", "-o", "OUT"],
        ["convert", "IN", "-o", "OUT", "--jobs", "0"],
        ["convert", "IN", "-o", "OUT", "--timeout", "0"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], corpus: Path, tmp_path: Path) -> None:
    argv = [a.replace("IN", str(corpus)).replace("OUT", str(tmp_path / "o")) for a in argv]
    assert main(argv) == 2
    assert not (tmp_path / "o").exists()


def test_output_options_are_exclusive(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["convert", str(tmp_path), "-o", str(tmp_path), "--jsonl", str(tmp_path / "x")])
    assert exc.value.code == 2
    with pytest.raises(UsageError):
        convert([str(tmp_path)])
