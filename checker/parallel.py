"""Per-article work on every core: extraction and normalization of one article never look at another.

`map_documents` runs a function over the documents in worker processes and yields the results in
document order, so the output is the same, byte for byte, whatever the number of workers.

Why processes and which start method: the work is pure Python (regular expressions and small objects),
so threads would share one interpreter lock. On platforms that have it, workers are started with
'fork': they inherit the documents, the loaded rule pack and its compiled patterns from the parent at
no cost, and only the results (pydantic models, which pickle) travel back. Elsewhere 'spawn' is used:
each worker unpickles the rule pack once, in its initializer, never once per article.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many documents, starting workers (tens of milliseconds each) costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 24
_CHUNKS_PER_WORKER = 8  # several chunks each, so a worker with long articles does not finish last alone

# Set in each worker (by fork inheritance or by the spawn initializer): the function and its shared data.
_task: Callable[[Any, Any], Any] | None = None
_shared: Any = None
_items: Sequence[Any] = ()


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may run on (containers, taskset)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(jobs: int, n_items: int) -> int:
    """`jobs` as asked (0 = every available core), never more than the cores or the items (more
    processes than cores only add start-up cost and memory), and 1 for small inputs."""
    if jobs < 0:
        raise ValueError("jobs must be 0 (all cores) or a positive number")
    wanted = available_cores() if jobs == 0 else min(jobs, available_cores())
    if jobs == 0 and n_items < PARALLEL_MIN_DOCUMENTS:
        return 1
    return max(1, min(wanted, n_items))


def map_documents(task: Callable[[T, Any], R], items: Sequence[T], shared: Any, workers: int) -> Iterator[R]:
    """task(item, shared) for every item, in item order, on `workers` processes (1: in this process)."""
    if workers <= 1:
        for item in items:
            yield task(item, shared)
        return
    global _task, _shared, _items
    chunk = max(1, len(items) // (workers * _CHUNKS_PER_WORKER))
    if "fork" in multiprocessing.get_all_start_methods():
        _task, _shared, _items = task, shared, items  # inherited by the forked workers
        try:
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_worker)
            yield from _drain(pool, pool.imap(_run_inherited, range(len(items)), chunksize=chunk))
        finally:
            _task, _shared, _items = None, None, ()
    else:
        pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_set_shared, initargs=(task, shared))
        yield from _drain(pool, pool.imap(_run_sent, items, chunksize=chunk))


def _drain(pool: Any, results: Iterator[R]) -> Iterator[R]:
    """The pool's results; then the pool closed and joined. On an error, or when the consumer stops
    early (the generator is closed), the workers are terminated and joined;
    on Ctrl-C or SIGTERM (a BaseException from cli's handler) they are killed at once and not joined:
    a worker killed by the same signal may have left half a result in the pipe, on which an orderly
    terminate() waits forever. The main process then exits without joining (cli.main)."""
    try:
        yield from results
    except (Exception, GeneratorExit):  # an error, or the consumer stopped early (zip, break)
        pool.terminate()
        pool.join()
        raise
    except BaseException:
        for worker in getattr(pool, "_pool", ()):
            worker.kill()
        raise
    pool.close()
    pool.join()


def _run_inherited(index: int) -> Any:
    assert _task is not None
    return _task(_items[index], _shared)


def _quiet_worker() -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process, which stops the pool and says so in one
    line; otherwise each worker prints its own KeyboardInterrupt traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _set_shared(task: Callable[[Any, Any], Any], shared: Any) -> None:
    global _task, _shared
    _quiet_worker()
    _task, _shared = task, shared


def _run_sent(item: Any) -> Any:
    assert _task is not None
    return _task(item, _shared)
