"""The built-in rule pack (YAML files). A package only so that it installs with crosscheck."""
