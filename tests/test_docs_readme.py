"""The README documents every command and every setting (a test fails when one is added undocumented)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from telik.cli import cli
from telik.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_readme_documents_every_command(name):
    assert f"telik {name}" in README


def test_docs_readme_documents_every_setting():
    package = Path(__file__).resolve().parent.parent / "src" / "telik"
    names = {n for f in package.rglob("settings.py") for n in re.findall(r'"(TELIK_[A-Z_]+)"', f.read_text())}
    assert len(names) >= len(dataclasses.fields(Settings)) - 1
    missing = [n for n in names if n not in README]
    assert missing == []


def test_docs_readme_opens_with_the_two_commands():
    head = README.split("## Commands")[0]
    assert "make demo" in head and "make test" in head
