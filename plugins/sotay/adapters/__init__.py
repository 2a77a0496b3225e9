"""Adapters deliver what the core makes: `mkdocs` (plugins and theme overrides)."""
