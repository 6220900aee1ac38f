"""The baseline: findings a newsroom has looked at and accepted, so that CI reports only new ones.

`crosscheck check --write-baseline FILE` records today's findings; `--baseline FILE` (or `baseline`
in the config) reports only findings not in it. Findings are matched by fingerprint
(checker/compare/findings.py: rule, fact, and each claim's source, kind, words and value; never
offsets), so editing other paragraphs keeps the baseline valid, while changing the disputed words
makes the finding new again. The file is a multiset: if the same fingerprint was recorded twice,
a third occurrence is new.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from checker.sidefile import read_side_file
from checker.errors import ConfigError
from checker.models import Finding
from checker.report.output import write_atomically

SCHEMA = "crosscheck.baseline/1"


def baseline_json(findings: list[Finding]) -> str:
    """Sorted by fingerprint so that re-recording an unchanged baseline gives an identical file."""
    entries = [{"fingerprint": f.fingerprint, "code": f.rule, "name": f.name, "fact": f.fact,
                "claims": [{"source": c.source, "raw": c.raw, "value": c.value} for c in f.claims]}
               for f in findings]
    entries.sort(key=lambda e: (e["fingerprint"], e["code"]))
    return json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: str, findings: list[Finding]) -> None:
    write_atomically(path, baseline_json(findings), what="--write-baseline")


def read_baseline(path: str) -> Counter[str]:
    """Fingerprint -> how many times it was recorded."""
    file = Path(path)
    try:
        data = json.loads(read_side_file(file))
    except FileNotFoundError:
        raise ConfigError(f"baseline {path}: file not found; create it with --write-baseline {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"baseline {path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline {path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise ConfigError(f"baseline {path}: nested too deeply to be a crosscheck baseline") from None
    except ValueError as exc:  # an integer of thousands of digits
        raise ConfigError(f"baseline {path}: not a crosscheck baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise ConfigError(f"baseline {path}: not a crosscheck baseline (expected schema {SCHEMA!r})")
    counts: Counter[str] = Counter()
    for i, entry in enumerate(data["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"baseline {path}: findings[{i}] has no fingerprint")
        counts[entry["fingerprint"]] += 1
    return counts


def new_findings(findings: list[Finding], accepted: Counter[str]) -> list[Finding]:
    """The findings beyond those the baseline accepts, in their original order."""
    left = Counter(accepted)
    out: list[Finding] = []
    for f in findings:
        if left[f.fingerprint] > 0:
            left[f.fingerprint] -= 1
        else:
            out.append(f)
    return out
