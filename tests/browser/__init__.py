"""Browser tests. A package, so its conftest does not replace the root `conftest` module other tests import from."""
