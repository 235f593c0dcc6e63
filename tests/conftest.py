"""Shared fixtures: one pipeline per test session, the bundled sample articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.nlp.pipeline import get_nlp
from telik.process import Processor

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "telik" / "data" / "samples"


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def processor(nlp):
    return Processor(nlp)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
