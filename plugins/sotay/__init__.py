"""Sổ tay chi bộ: a knowledge base on party-cell meetings.

`sotay.core` holds the domain (never imports MkDocs); `sotay.adapters.mkdocs` and `sotay.cli` deliver it.
"""
