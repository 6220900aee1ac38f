"""The command line: `crosscheck check`, `claims`, `rules`, `explain`.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad usage or unreadable
input, with one clear line on standard error and nothing else written.
"""
from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated, Optional

import typer

from checker.errors import CrosscheckError
from checker.models import SEVERITY_RANK, Report
from checker.options import Options

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Cross-source fact-consistency checker for news: where do the articles disagree?")

FORMATS = ["rich", "json", "sarif", "github", "markdown", "junit"]


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


def _write(text: str, output: Optional[str]) -> None:
    if output:
        from checker.report.output import write_atomically

        write_atomically(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


PathsArg = Annotated[list[str], typer.Argument(help="Source files or folders (searched recursively).",
                                               show_default=False)]
PublishedOpt = Annotated[list[str], typer.Option("--published", metavar="PATH=YYYY-MM-DD",
                                                 help="Publication date of a source that has none.")]
RulesOpt = Annotated[list[str], typer.Option("--rules", metavar="DIR",
                                             help="Extra rule pack, merged over the built-in one.")]


@app.command()
def check(
    paths: PathsArg,
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "rich",
    published: PublishedOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    rules: RulesOpt = [],  # noqa: B006
    fail_on: Annotated[str, typer.Option("--fail-on", help="error, warning or never.")] = "error",
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report to FILE.")] = None,
    day_first: Annotated[Optional[bool], typer.Option("--day-first/--month-first",
                                                      help="Read 09/01/2025 as 9 January (default) or 1 September.")] = None,
) -> None:
    """Check that the sources agree; report every place where they do not."""
    from checker.pipeline import check as run_check
    from checker.report import RENDERERS
    from checker.rulepack import load_rules

    if format not in RENDERERS:
        _fail(f"--format {format!r}: expected one of {', '.join(RENDERERS)}")
    if fail_on not in ("error", "warning", "never"):
        _fail(f"--fail-on {fail_on!r}: expected error, warning or never")
    options = Options(published=_published_map(published), rules=rules, fail_on=fail_on,  # type: ignore[arg-type]
                      **({} if day_first is None else {"day_first": day_first}))
    pack = load_rules(options.rules)
    report = run_check(paths, options, warn=_warn, rules=pack)
    color = output is None and sys.stdout.isatty()
    _write(RENDERERS[format](report, pack, color), output)
    raise typer.Exit(_exit_code(report, options.fail_on))


def _exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else 0


@app.command()
def claims(
    paths: PathsArg,
    format: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
    published: PublishedOpt = [],  # noqa: B006
    rules: RulesOpt = [],  # noqa: B006
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the list to FILE.")] = None,
    day_first: Annotated[Optional[bool], typer.Option("--day-first/--month-first")] = None,
) -> None:
    """List every claim found, whether or not it conflicts with anything."""
    from checker.pipeline import check as run_check
    from checker.report import CLAIM_RENDERERS
    from checker.rulepack import load_rules

    if format not in CLAIM_RENDERERS:
        _fail(f"--format {format!r}: expected one of {', '.join(CLAIM_RENDERERS)}")
    options = Options(published=_published_map(published), rules=rules,
                      **({} if day_first is None else {"day_first": day_first}))
    pack = load_rules(options.rules)
    report = run_check(paths, options, warn=_warn, rules=pack)
    _write(CLAIM_RENDERERS[format](report, pack, output is None and sys.stdout.isatty()), output)


@app.command("rules")
def list_rules(rules: RulesOpt = []) -> None:  # noqa: B006
    """List the checks: code, name, severity, what each one flags."""
    from rich.console import Console
    from rich.table import Table

    from checker.rulepack import load_rules

    pack = load_rules(rules)
    table = Table(show_header=True, header_style="bold")
    for col in ("code", "name", "severity", "scope", "checks"):
        table.add_column(col, overflow="fold")
    for c in sorted(pack.checks, key=lambda c: c.id):
        table.add_row(c.id, c.name, c.severity, c.scope, c.description)
    Console(highlight=False).print(table)


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A check code (DT001) or name (date-mismatch).")],
            rules: RulesOpt = []) -> None:  # noqa: B006
    """Explain one check: what it flags, why it matters, and an example."""
    from checker.rulepack import load_rules

    pack = load_rules(rules)
    try:
        c = pack.check(code.upper()) if code[:2].isalpha() and code[2:].isdigit() else pack.check_by_name(code)
    except KeyError:
        _fail(f"no check {code!r}; `crosscheck rules` lists them")
        return
    out = [f"{c.id} {c.name} ({c.severity}, {c.scope})", "", f"What it checks: {c.description}",
           f"Why it matters: {c.why}", "", "Example that is flagged:"]
    for name, text in c.examples.failing[0].sources.items():
        out.append(f"  {name}: {text.strip()}")
    out += ["", "Example that is not flagged:"]
    for name, text in c.examples.passing[0].sources.items():
        out.append(f"  {name}: {text.strip()}")
    sys.stdout.write("\n".join(out) + "\n")


def main() -> None:
    """Entry point: every expected failure is one line and exit 2; nothing prints a traceback."""
    try:
        code = app(standalone_mode=False)
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
    except typer.Abort:
        sys.stderr.write("crosscheck: aborted\n")
        sys.exit(130)
    except Exception as exc:  # usage errors (bad option, missing argument) and anything unexpected
        if hasattr(exc, "format_message"):
            sys.stderr.write(f"crosscheck: {exc.format_message()}\n")
            sys.exit(2)
        sys.stderr.write(f"crosscheck: internal error: {type(exc).__name__}: {exc} (please report this)\n")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
