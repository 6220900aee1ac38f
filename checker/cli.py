"""The command line: `crosscheck check`, `claims`, `rules`, `explain`.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad usage, a bad config or
rule file, or unreadable input, with one clear line on standard error and nothing else written.

Options come from the nearest `[tool.crosscheck]` / crosscheck.toml (checker/config.py) and are
overridden by the flags given here; checker/options.py is their one home.
"""
from __future__ import annotations

import datetime as dt
import json
import errno
import os
import signal
import sys
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from checker.errors import CrosscheckError
from checker.models import SEVERITY_RANK, Report
from checker.options import FORMATS, STORY_MODES

if TYPE_CHECKING:
    from checker.rulepack import RulePack

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Cross-source fact-consistency checker for news: where do the articles disagree?")

PROGRESS_MIN_DOCUMENTS = 8  # fewer documents finish before a progress bar would be worth drawing


def _fail(message: str) -> None:
    sys.stderr.write(f"crosscheck: {message}\n")
    raise typer.Exit(2)


def _warn(message: str) -> None:
    sys.stderr.write(f"crosscheck: warning: {message}\n")


def _published_map(items: list[str]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for item in items:
        path, sep, date = item.rpartition("=")
        if not sep or not path:
            _fail(f"--published {item!r}: expected PATH=YYYY-MM-DD")
        try:
            out[path] = dt.date.fromisoformat(date.strip())
        except ValueError:
            _fail(f"--published {item!r}: {date!r} is not a date (YYYY-MM-DD)")
    return out


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if not p.strip():
            _fail("an empty path was given (an unset variable?); name the files or folders to check")
        if p.lower().startswith(("http://", "https://")):
            _fail(f"{p}: URLs are not fetched (crosscheck works offline); save the page and give its file path")


def _cap_jobs(jobs: Optional[int]) -> Optional[int]:
    """More processes than cores only cost start-up time and memory: say so and use the cores."""
    from checker.parallel import available_cores

    cores = available_cores()
    if jobs is not None and jobs > cores:
        _warn(f"--jobs {jobs}: this machine gives the run {cores} core(s); using {cores}")
        return cores
    return jobs


def _check_targets(paths: list[str], **targets: Optional[str]) -> None:
    """Refuse output paths that would overwrite an input, a folder or a device, before any work."""
    given = {what: path for what, path in targets.items() if path is not None}
    if not given:
        return
    from checker.ingest.discover import discover
    from checker.report.output import check_target

    inputs = [str(fs) for _shown, fs, _named in discover(paths)]
    for what, path in given.items():
        check_target(path, what, inputs)


def _write(text: str, output: Optional[str]) -> None:
    if output:
        from checker.report.output import write_atomically

        write_atomically(output, text)
    else:
        if sys.stdout is None:
            _fail("standard output is closed; give -o FILE to write the report")
        sys.stdout.write(text)
        sys.stdout.flush()


def _stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def use_color(choice: str | None, output: str | None) -> bool:
    """--color always|never decides; otherwise (auto) colour only on a terminal, never into a file,
    and never when NO_COLOR is set to anything (no-color.org) or TERM is "dumb"."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return output is None and _stdout_is_terminal()


ColorOpt = Annotated[Optional[str], typer.Option("--color", metavar="WHEN",
                                                 help="auto (default: on a terminal, unless NO_COLOR is set), "
                                                      "always or never.", show_default=False)]


def _check_color(choice: str | None) -> None:
    if choice is not None and choice not in ("auto", "always", "never"):
        _fail(f"--color {choice!r}: expected auto, always or never")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            sys.stdout.write(f"crosscheck {version('crosscheck')}\n")
        except PackageNotFoundError:  # run from a source tree that was never installed
            sys.stdout.write("crosscheck (not installed)\n")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Cross-source fact-consistency checker for news: where do the articles disagree?"""


def _given(**values: Any) -> dict[str, Any]:
    """The command-line values actually given (None and empty lists mean: not given, use the config)."""
    return {k: v for k, v in values.items() if v is not None and v != [] and v != {}}


PathsArg = Annotated[list[str], typer.Argument(help="Source files or folders (searched recursively).",
                                               show_default=False)]
PublishedOpt = Annotated[list[str], typer.Option("--published", metavar="PATH=YYYY-MM-DD",
                                                 help="Publication date of a source that has none.")]
RulesOpt = Annotated[list[str], typer.Option("--rules", metavar="DIR",
                                             help="Extra rule pack, merged over the built-in one.")]
KnownDatesOpt = Annotated[list[str], typer.Option("--known-dates", metavar="FILE",
                                                  help="Extra known-dates YAML (a known_dates section).")]
DayFirstOpt = Annotated[Optional[bool], typer.Option("--day-first/--month-first",
                                                     help="Read 09/01/2025 as 9 January (default) or 1 September.",
                                                     show_default=False)]
ConfigOpt = Annotated[Optional[str], typer.Option("--config", metavar="FILE",
                                                  help="Use this config file (pyproject.toml or crosscheck.toml).")]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", help="Ignore every config file.")]
OutputOpt = Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=0,
                                                help="Read articles on N processes; 0 (default) = every core "
                                                     "when there are enough articles to gain from it.",
                                                show_default=False)]
StoriesOpt = Annotated[Optional[str], typer.Option("--stories", metavar="MODE",
                                                   help="one (default): everything given is one story; folder: "
                                                        "each folder of articles is a story, checked on its own.",
                                                   show_default=False)]

AlignOpt = Annotated[Optional[str], typer.Option("--align", metavar="METHOD",
                                                 help="frames (default): link claims by frame rules; weighed: "
                                                      "by fitted evidence (rules/linkage.yaml).",
                                                 show_default=False)]


@app.command()
def check(
    paths: PathsArg,
    format: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT",
                                                  help=f"One of: {', '.join(FORMATS)} (default rich).",
                                                  show_default=False)] = None,
    published: PublishedOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    rules: RulesOpt = [],  # noqa: B006
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", metavar="LEVEL",
                                                   help="error (default), warning or never.",
                                                   show_default=False)] = None,
    output: OutputOpt = None,
    day_first: DayFirstOpt = None,
    select: Annotated[list[str], typer.Option("--select", metavar="CODES",
                                              help="Report only these checks: codes, prefixes or names, comma-separated.")] = [],  # noqa: B006
    ignore: Annotated[list[str], typer.Option("--ignore", metavar="CODES",
                                              help="Do not report these checks (codes, prefixes or names).")] = [],  # noqa: B006
    known_dates: KnownDatesOpt = [],  # noqa: B006
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE",
                                                    help="Report only findings not recorded in this baseline.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE",
                                                          help="Record today's findings in FILE and exit 0.")] = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    stories: StoriesOpt = None,
    align: AlignOpt = None,
    color: ColorOpt = None,
) -> None:
    """Check that the sources agree; report every place where they do not."""
    _check_color(color)
    from checker.config import prepare_rules, resolve_options, split_codes
    from checker.pipeline import check as run_check
    from checker.report import RENDERERS

    _check_paths(paths)
    if format is not None and format not in RENDERERS:
        _fail(f"--format {format!r}: expected one of {', '.join(RENDERERS)}")
    if fail_on is not None and fail_on not in ("error", "warning", "never"):
        _fail(f"--fail-on {fail_on!r}: expected error, warning or never")
    _check_stories(stories)
    _check_targets(paths, **{"--output": output, "--write-baseline": write_baseline})
    jobs = _cap_jobs(jobs)
    if align is not None and align not in ("frames", "weighed"):
        _fail(f"--align {align!r}: expected frames or weighed")
    resolved = resolve_options(_given(
        format=format, published=_published_map(published), rules=rules, fail_on=fail_on, day_first=day_first,
        select=split_codes(select), ignore=split_codes(ignore), known_dates=known_dates, baseline=baseline,
        jobs=jobs, stories=stories, align=align,
    ), config=config, isolated=isolated)
    options, pack = prepare_rules(resolved)
    if write_baseline is not None:
        options = options.model_copy(update={"baseline": None})  # record everything found today
    with _ProgressBar() as progress:
        report = run_check(paths, options, warn=_warn, rules=pack, progress=progress,
                           detail=options.format in ("junit", "json", "html"), texts=options.format == "html")
    if write_baseline is not None:
        from checker.report.baseline import write_baseline as save

        save(write_baseline, report.findings)
        sys.stderr.write(f"crosscheck: recorded {len(report.findings)} finding(s) in {write_baseline}\n")
        raise typer.Exit(0)
    _write(RENDERERS[options.format](report, pack, use_color(color, output)), output)
    raise typer.Exit(_exit_code(report, options.fail_on))


def _check_stories(stories: str | None) -> None:
    if stories is not None and stories not in STORY_MODES:
        _fail(f"--stories {stories!r}: expected {' or '.join(STORY_MODES)}")


def _exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else 0


class _ProgressBar:
    """A transient rich progress bar on standard error, drawn only when standard error is a terminal
    and the run has enough documents to be worth one; otherwise nothing at all is written."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> _ProgressBar | None:
        return self if sys.stderr.isatty() else None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if total < PROGRESS_MIN_DOCUMENTS:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("reading articles"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("read", total=total)
        self._bar.update(self._task, completed=done)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


@app.command()
def claims(
    paths: PathsArg,
    format: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
    published: PublishedOpt = [],  # noqa: B006
    rules: RulesOpt = [],  # noqa: B006
    output: OutputOpt = None,
    day_first: DayFirstOpt = None,
    known_dates: KnownDatesOpt = [],  # noqa: B006
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    jobs: JobsOpt = None,
    stories: StoriesOpt = None,
    color: ColorOpt = None,
) -> None:
    """List every claim found, whether or not it conflicts with anything."""
    _check_color(color)
    from checker.config import prepare_rules, resolve_options
    from checker.pipeline import check as run_check
    from checker.report import CLAIM_RENDERERS

    _check_paths(paths)
    if format not in CLAIM_RENDERERS:
        _fail(f"--format {format!r}: expected one of {', '.join(CLAIM_RENDERERS)}")
    _check_stories(stories)
    _check_targets(paths, **{"--output": output})
    jobs = _cap_jobs(jobs)
    resolved = resolve_options(_given(published=_published_map(published), rules=rules, day_first=day_first,
                                      known_dates=known_dates, jobs=jobs, stories=stories),
                               config=config, isolated=isolated)
    # `claims` lists what was read, so the finding filters of the config do not apply here.
    resolved.options = resolved.options.model_copy(update={"select": [], "ignore": [], "baseline": None})
    options, pack = prepare_rules(resolved)
    with _ProgressBar() as progress:
        report = run_check(paths, options, warn=_warn, rules=pack, progress=progress)
    _write(CLAIM_RENDERERS[format](report, pack, use_color(color, output)), output)


@app.command("rules")
def list_rules(
    rules: RulesOpt = [],  # noqa: B006
    format: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
) -> None:
    """List the checks: code, name, severity, what each one flags."""
    from checker.report.rules_doc import render_rules_json, render_rules_rich

    if format not in ("rich", "json"):
        _fail(f"--format {format!r}: expected rich or json")
    pack = _rule_pack(rules, config, isolated)
    render = render_rules_json if format == "json" else render_rules_rich
    sys.stdout.write(render(pack, use_color(None, None)))


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A check code (DT001) or name (date-mismatch).")],
            rules: RulesOpt = [],  # noqa: B006
            format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
            config: ConfigOpt = None,
            isolated: IsolatedOpt = False) -> None:
    """Explain one check: what it flags, why it matters, and an example."""
    from checker.report.rules_doc import explain_text, find_check
    from checker.rulepack import dump_rule

    if format not in ("text", "json"):
        _fail(f"--format {format!r}: expected text or json")
    pack = _rule_pack(rules, config, isolated)
    found = find_check(pack, code)
    if found is None:
        _fail(f"no check {code!r}; `crosscheck rules` lists them")
        return
    if format == "json":
        sys.stdout.write(json.dumps(dump_rule(found), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(explain_text(found, pack))


def _rule_pack(rules: list[str], config: Optional[str], isolated: bool) -> RulePack:
    from checker.config import prepare_rules, resolve_options

    resolved = resolve_options(_given(rules=rules), config=config, isolated=isolated)
    return prepare_rules(resolved)[1]


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush of a broken stdout is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _Stopped(BaseException):
    """Ctrl-C or SIGTERM, raised in the main process so that temporary files are removed on the way
    out (typer would turn a KeyboardInterrupt into a silent exit 130)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


def main() -> None:
    """Entry point: every expected failure is one line and exit 2; nothing prints a traceback.
    Ctrl-C exits 130 and SIGTERM 143, each with one line (workers stay silent: checker/parallel.py)."""
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        code = _run_app()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.exit(code)


def _run_app() -> int:
    """The command's exit status; every expected failure is one line on stderr and `sys.exit(2)`."""
    try:
        code = app(standalone_mode=False)
    except _Stopped as stop:
        interrupted = stop.signum == signal.SIGINT
        sys.stderr.write(f"crosscheck: {'interrupted' if interrupted else 'terminated'}\n")
        sys.stderr.flush()
        os._exit(130 if interrupted else 143)  # no joining of killed workers (checker/parallel.py)
    except CrosscheckError as exc:
        sys.stderr.write(f"crosscheck: {exc}\n")
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("crosscheck: interrupted\n")
        sys.exit(130)
    except OSError as exc:  # the output itself failed: stdout on a full disk (/dev/full) or closed
        if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EPIPE, errno.EBADF, errno.EIO):
            _quiet_stdout()
            sys.stderr.write(f"crosscheck: cannot write the report: {exc.strerror or exc}\n")
            sys.exit(2)
        sys.stderr.write(f"crosscheck: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        sys.exit(2)
    except typer.Abort:
        sys.stderr.write("crosscheck: aborted\n")
        sys.exit(130)
    except Exception as exc:  # usage errors (bad option, missing argument) and anything unexpected
        if sys.stdout is None:
            sys.stderr.write("crosscheck: standard output is closed; nowhere to write\n")
            sys.exit(2)
        if hasattr(exc, "format_message"):
            sys.stderr.write(f"crosscheck: {exc.format_message()}\n")
            sys.exit(2)
        sys.stderr.write(f"crosscheck: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        sys.exit(2)
    return code if isinstance(code, int) else 0
