"""Browser tests of the trainer pages. A package, so its conftest does not take the name `conftest` from tests/conftest.py."""
