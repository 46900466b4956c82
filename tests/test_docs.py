"""The README keeps up with the CLI (in the manner of sqlite-utils' test_docs.py).

Every command and every option ``kg --help`` offers appears in the README's
command reference, in the row of its own command; every named query the README
names exists in ontology/queries/.
"""

from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT

from kg.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = {p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq")}


def section(title: str) -> str:
    """The README's ``## title`` section, up to the next ``## `` heading."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def commands(group: click.Group, prefix: str = "kg") -> list[tuple[str, click.Command]]:
    """Every command under ``group`` by its full name ("kg plot ego"), groups included."""
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix} {name}", cmd))
        if isinstance(cmd, click.Group):
            out += commands(cmd, f"{prefix} {name}")
    return out


def options(cmd: click.Command) -> list[str]:
    """Every option name of ``cmd`` (short and long) except --help."""
    return [
        opt
        for p in cmd.params
        if isinstance(p, click.Option) and "--help" not in p.opts
        for opt in p.opts + p.secondary_opts
    ]


def rows() -> dict[str, str]:
    """The command reference's table rows by their command (the backticked text's
    leading words), with markdown's escaped bars unescaped."""
    out = {}
    for line in section("Commands").splitlines():
        m = re.match(r"\|\s*`(kg(?: [a-z][a-z-]*)+)", line)
        if m:
            out[m[1]] = line.replace("\\|", "|")
    return out


def mentions(text: str, opt: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", text) is not None


ALL = commands(main)


@pytest.mark.parametrize("name,cmd", ALL, ids=[n for n, _ in ALL])
def test_each_command_and_its_options_are_in_the_reference(name, cmd):
    table = rows()
    assert name in table, f"README's Commands section has no row for `{name}`"
    missing = [opt for opt in options(cmd) if not mentions(table[name], opt)]
    assert not missing, f"`{name}` options missing from its README row: {missing}"


def test_the_reference_names_no_command_that_does_not_exist():
    assert set(rows()) <= {name for name, _ in ALL}


def test_the_groups_own_options_and_exit_codes_are_in_the_commands_section():
    text = section("Commands")
    for opt in options(main):
        assert mentions(text, opt), opt
    for code in ("0", "1", "2"):
        assert re.search(rf"\| {code} \|", text), f"exit code {code} is not in the table"


def named_queries_mentioned(text: str) -> set[str]:
    """Names after ``-n`` or ``--name``, and backticked names after "named query"
    (placeholders in capitals, like NAME, are not names)."""
    found = re.findall(r"(?:(?<![\w-])-n|--name)[ =]`?([A-Za-z][\w-]*)", text)
    found += re.findall(r"named query `([A-Za-z][\w-]*)`", text)
    return {n for n in found if not n.isupper()}


def test_every_named_query_the_readme_mentions_exists():
    mentioned = named_queries_mentioned(README)
    assert mentioned, "the README runs no named query by name"
    assert mentioned <= QUERIES, f"no such query in ontology/queries: {mentioned - QUERIES}"


def test_the_named_query_finder_sees_through_placeholders():
    text = (
        "kg query -n NAME, --name ties, -n claims -p a=b, the named query `pair-timeline`; "
        "an unknown named query or actor"
    )
    assert named_queries_mentioned(text) == {"ties", "claims", "pair-timeline"}
