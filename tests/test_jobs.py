"""--jobs: the per-article stages on several processes give the same output, byte for byte."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.parallel import PARALLEL_MIN_DOCUMENTS, available_cores, map_documents, worker_count

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import build_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty articles in stories of 2 to 10, with differing figures, dates and names (so, findings)."""
    folder = tmp_path_factory.mktemp("corpus")
    build_corpus(folder, 40, seed=3)
    return folder


def crosscheck(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", *args],
                          capture_output=True, check=False, cwd=REPO)


@pytest.mark.parametrize("command", ["check", "claims"])
def test_output_is_the_same_whatever_the_number_of_jobs(corpus: Path, command: str) -> None:
    outputs = {}
    for jobs in ("1", "2", "3", "0"):
        result = crosscheck(command, "--format", "json", "--isolated", "--jobs", jobs, str(corpus))
        assert result.returncode in (0, 1), result.stderr.decode()
        outputs[jobs] = result.stdout
    assert b'"findings": [\n    {' in outputs["1"] or command == "claims"  # the corpus has work to compare
    assert outputs["2"] == outputs["1"]
    assert outputs["3"] == outputs["1"]
    assert outputs["0"] == outputs["1"]


def test_negative_jobs_is_a_usage_error(corpus: Path) -> None:
    result = crosscheck("check", "--isolated", "--jobs", "-1", str(corpus))
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().startswith("crosscheck: ") and b"Traceback" not in result.stderr


def test_worker_count() -> None:
    assert worker_count(1, 1000) == 1
    assert worker_count(4, 3) == min(3, available_cores())  # never more workers than articles
    assert worker_count(1000, 10_000) == available_cores()  # nor than cores: 1000 forks cost, never gain
    assert worker_count(0, PARALLEL_MIN_DOCUMENTS - 1) == 1  # auto: small inputs stay in this process
    assert worker_count(0, 10_000) == available_cores()
    with pytest.raises(ValueError):
        worker_count(-1, 10)


def _square_plus(item: int, shared: int) -> int:
    return item * item + shared


def test_map_documents_keeps_order_on_workers() -> None:
    items = list(range(200))
    assert list(map_documents(_square_plus, items, 7, workers=3)) == [i * i + 7 for i in items]
