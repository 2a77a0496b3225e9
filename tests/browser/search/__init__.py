"""Browser tests of search (a package, so its conftest does not take the name `conftest` that tests import)."""
