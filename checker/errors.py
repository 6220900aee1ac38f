"""Errors the command line turns into one clear line and exit status 2."""
from __future__ import annotations


class CrosscheckError(Exception):
    """Bad usage or unreadable input: the message is shown as is, without a traceback."""


class InputError(CrosscheckError):
    """A source path that cannot be read as an article."""


class RuleError(CrosscheckError):
    """A rule file that is not valid YAML or does not match the rule schema."""


class ConfigError(CrosscheckError):
    """A configuration file or option with an unknown key or a wrong value."""
