"""Test layers: ``make test-fast`` runs what needs no subprocess-heavy end-to-end work (the
unit tests and the golden comparison, under a minute); ``make test`` runs everything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.loopback_server import LoopbackServer, running

# Modules whose tests run the generator, a generated package, a server or a type checker in
# subprocesses, over and over: the full suite's, not the fast loop's.
SLOW_MODULES = frozenset(
    {
        "test_check",
        "test_diff_sides",
        "test_examples",
        "test_features",
        "test_fixture_specs",
        "test_hostile_corpus",
        "test_init",
        "test_install",
        "test_kitchensink",
        "test_lock",
        "test_mock",
        "test_peer_programs",
        "test_package_readme",
        "test_prism",
        "test_properties",
        "test_readme_tour",
        "test_real_specs",
        "test_runtime_loopback",
        "test_spec_streams",
        "test_stability",
        "test_update",
        "test_vendor",
    }
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.stem in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One mypy cache for every mypy run of the session (of one worker, under xdist): the
    standard library, httpx and pydantic are analysed once, not in each run."""
    return str(tmp_path_factory.mktemp("mypy-cache"))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A server on 127.0.0.1 for one test, answering as the test scripts it."""
    with running() as loopback:
        yield loopback
