"""Engagement linking: readouts written for these tests, built into a real store, grouped into
the engagements they describe, and kept so as readouts come and go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED
from rdflib import Graph

from kg.analysis.validate import conforms, validate_engagements
from kg.build import build
from kg.ingest.metadata import load_meta
from kg.store.database import Store
from kg.summaries import engagements
from kg.summaries import tracker as summaries
from kg.summaries.engagements import Record, linked

# name -> (title and body, sidecar); each a short readout in the manner of a government's.
READOUTS = {
    "fr-call": (
        "President Macron speaks with Chancellor Scholz\n\nOn 9 May 2023, President Emmanuel "
        "Macron spoke by telephone with Chancellor Olaf Scholz of Germany. President Macron "
        "reaffirmed his support for Ukraine, and the two leaders agreed to deepen cooperation "
        "on energy.\n",
        {"published": "2023-05-10", "publisher": "Élysée"},
    ),
    # The other side, dated a day later (another time zone, or "yesterday" read late).
    "de-call": (
        "Chancellor Scholz holds a phone call with President Macron\n\nChancellor Olaf Scholz "
        "held a telephone conversation with French President Emmanuel Macron on Wednesday. "
        "Both leaders welcomed the close cooperation between Germany and France.\n",
        {"published": "2023-05-10", "publisher": "The Federal Government of Germany"},
    ),
    # Names only offices: found by the states the offices belong to.
    "de-office": (
        "Telephone call between the Federal Chancellor and the President of France\n\nThe "
        "Federal Chancellor spoke by telephone today with the President of France. The two "
        "discussed the situation in Ukraine.\n",
        {
            "published": "2023-05-09",
            "publisher": "The Federal Government of Germany (Bundesregierung)",
        },
    ),
    # The same two, the same day, but a meeting: a call is not a meeting.
    "fr-meeting": (
        "President Macron meets Chancellor Scholz in Berlin\n\nPresident Emmanuel Macron met "
        "Chancellor Olaf Scholz in Berlin on 9 May 2023. The two leaders discussed European "
        "defence.\n",
        {"published": "2023-05-10"},
    ),
    # The same leader calls someone else the same day: another engagement.
    "fr-other-call": (
        "President Macron speaks with Prime Minister Sanchez\n\nOn 9 May 2023, President "
        "Emmanuel Macron spoke by telephone with Prime Minister Pedro Sánchez of Spain. They "
        "discussed migration.\n",
        {"published": "2023-05-10"},
    ),
    # A meeting on the margins of a summit, which the other side reports as part of a visit.
    "in-meeting": (
        "Prime Minister meets Prime Minister Kishida\n\nPrime Minister Narendra Modi met Prime "
        "Minister Fumio Kishida of Japan in Hiroshima on 20 May 2023 on the margins of the G7 "
        "Summit. The two leaders reviewed the Special Strategic and Global Partnership.\n",
        {"published": "2023-05-20"},
    ),
    "jp-visit": (
        "Visit of Prime Minister Modi to Japan\n\nPrime Minister Narendra Modi paid a visit to "
        "Japan from 19 to 21 May 2023 to attend the G7 Summit in Hiroshima. During the visit, "
        "Prime Minister Fumio Kishida held talks with Prime Minister Modi on bilateral "
        "cooperation.\n",
        {"published": "2023-05-19"},
    ),
}
CALL = {"fr-call", "de-call", "de-office"}
MODI_KISHIDA = {"in-meeting", "jp-visit"}


def write(folder: Path, names) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        text, meta = READOUTS[name]
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def groups_by_file(store: Store) -> set[frozenset[str]]:
    """The engagements of the store, each as the set of its readouts' file stems."""
    names = {g: Path(src).stem for g, src in store.sources().items()}
    out: dict[str, set] = {}
    for g in store.readout_graphs():
        e = engagements.engagement_of(store, g)
        assert e is not None, f"{names[g]} is part of no engagement"
        out.setdefault(e, set()).add(names[g])
    return {frozenset(v) for v in out.values()}


def test_readouts_of_one_engagement_are_linked_and_no_others(tmp_path):
    inputs = write(tmp_path / "in", READOUTS)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        found = groups_by_file(store)
        assert summaries.check(store) == []
        assert validate_engagements(store)[0]
    assert found == {
        frozenset(CALL), frozenset(MODI_KISHIDA), frozenset({"fr-meeting"}),
        frozenset({"fr-other-call"}),
    }  # fmt: skip


def test_sides_added_and_removed_later_regroup_their_engagement(tmp_path):
    inputs = write(tmp_path / "in", ["fr-call", "fr-meeting"])
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        assert groups_by_file(store) == {frozenset({"fr-call"}), frozenset({"fr-meeting"})}
        write(inputs, ["de-call", "de-office"])  # the other side arrives in a second build
        build([inputs], store)
        assert groups_by_file(store) == {frozenset(CALL), frozenset({"fr-meeting"})}
        assert summaries.check(store) == []
        # The French readout goes: the two German ones still describe one call.
        (inputs / "fr-call.txt").unlink()
        build([inputs], store, prune=True)
        assert groups_by_file(store) == {
            frozenset({"de-call", "de-office"}),
            frozenset({"fr-meeting"}),
        }
        assert summaries.check(store) == []
        # A side whose text changes (so its graph does) stays linked under its new IRI.
        path = inputs / "de-call.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\nThey will meet soon.\n", "utf-8")
        build([inputs], store, prune=True)
        assert groups_by_file(store) == {
            frozenset({"de-call", "de-office"}),
            frozenset({"fr-meeting"}),
        }
        assert summaries.check(store) == []


def test_a_lost_engagements_graph_is_rebuilt_by_the_next_build(tmp_path):
    inputs = write(tmp_path / "in", READOUTS)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        want = groups_by_file(store)
        store.remove_graph(engagements.ENGAGEMENTS)  # as if a build died before writing it
        assert summaries.is_stale(store)
        build([inputs], store)
        assert groups_by_file(store) == want
        assert summaries.check(store) == []


def rec(graph, day, kind, *parties):
    return Record(graph, day, kind, frozenset(parties))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            rec("a", "2024-01-01", "PhoneCall", "X", "Y"),
            rec("b", "2024-01-02", "VideoCall", "Y", "X"),
            True,
        ),  # noqa: E501
        (
            rec("a", "2024-01-01", "PhoneCall", "X", "Y"),
            rec("b", "2024-01-03", "PhoneCall", "X", "Y"),
            False,
        ),  # noqa: E501
        (
            rec("a", "2024-01-01", "Visit", "X", "Y"),
            rec("b", "2024-01-03", "Meeting", "X", "Y"),
            True,
        ),  # noqa: E501
        (
            rec("a", "2024-01-01", "Meeting", "X", "Y"),
            rec("b", "2024-01-01", "PhoneCall", "X", "Y"),
            False,
        ),  # noqa: E501
        (
            rec("a", "2024-01-01", "Message", "X", "Y"),
            rec("b", "2024-01-01", "Message", "X", "Z"),
            False,
        ),  # noqa: E501
        (
            rec("a", "2024-01-01", "PhoneCall", "X"),
            rec("b", "2024-01-01", "PhoneCall", "X", "Y"),
            True,
        ),  # noqa: E501
        (
            rec("a", None, "PhoneCall", "X", "Y"),
            rec("b", "2024-01-01", "PhoneCall", "X", "Y"),
            False,
        ),  # noqa: E501
    ],
)
def test_what_links_two_readouts(a, b, same):
    assert linked(a, b) is same
    assert linked(b, a) is same


def test_the_shapes_refuse_a_reported_engagement_without_readouts():
    bad = Graph().parse(
        data="""@prefix rk: <https://w3id.org/readout-kg/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://w3id.org/readout-kg/id/engagement/x> a rk:ReportedEngagement ;
            rk:readouts 0 ; rk:firstDate "2024-01-02"^^xsd:date ;
            rk:lastDate "2024-01-01"^^xsd:date .""",
        format="turtle",
    )
    ok, report = conforms(bad)
    assert not ok
    assert "at least one readout" in report and "not before its first" in report


PAIRS = SHARED / "corpus" / "pairs"


@pytest.mark.skipif(not (PAIRS / "meta.jsonl").exists(), reason="../shared/corpus is absent")
def test_the_real_pairs_are_linked_among_every_real_and_dev_readout(tmp_path):
    corpus = SHARED / "corpus"
    meta = tmp_path / "meta.jsonl"
    meta.write_text("".join((corpus / c / "meta.jsonl").read_text("utf-8")
                            for c in ("pairs", "real", "dev")), "utf-8")  # fmt: skip
    folders = [corpus / c / "texts" for c in ("pairs", "real", "dev")]
    with Store(tmp_path / "s") as store:
        build(folders, store, keep_all=True, metadata=load_meta(meta))
        linked_groups = {g for g in groups_by_file(store) if len(g) > 1}
    want = {}
    for stem, row in load_meta(PAIRS / "meta.jsonl").items():
        want.setdefault(row["engagement"], set()).add(stem)
    assert linked_groups == {frozenset(v) for v in want.values()}


@pytest.mark.skipif(not (PAIRS / "meta.jsonl").exists(), reason="../shared/corpus is absent")
def test_kg_eval_scores_linking_against_the_engagement_ids_of_the_metadata():
    from kg.gold.evaluate import evaluate

    scores = evaluate(PAIRS / "gold", PAIRS / "texts", PAIRS / "meta.jsonl")
    assert scores.linking is not None
    assert (scores.linking.tp, scores.linking.fp, scores.linking.fn) == (7, 0, 0)
    assert "engagement links" in scores.table()


def run_named(store: Store, name: str, **params) -> list[dict]:
    from kg.store.query import get_named

    names, rows = store.select(get_named(name).text, params or None)
    return [dict(zip(names, row, strict=True)) for row in rows]


def test_the_named_queries_count_and_compare_engagements(tmp_path):
    inputs = write(tmp_path / "in", READOUTS)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        shared = run_named(store, "shared-engagements")
        # The call (three readouts) and Modi and Kishida's meeting (two): no single readout.
        assert sorted(r["readouts"] for r in shared) == [2, 3]
        ties = run_named(store, "ties-by-engagement", subject="Emmanuel Macron")
        by = {(r["relation"], r["object"]): r for r in ties}
        assert by[("leaderOf", "France")]["readouts"] == 5  # five readouts name him President
        assert by[("leaderOf", "France")]["engagements"] == 3  # the call counts once
        one_sided = run_named(store, "one-sided-claims", publisher="Élysée")
        # What the French side reported and neither German readout did.
        assert ("Emmanuel Macron", "supports", "Ukraine") not in {
            (r["subject"], r["relation"], r["object"])
            for r in run_named(
                store, "one-sided-claims", publisher="The Federal Government of Germany"
            )
        }
        assert all(r["publisher"] == "Élysée" for r in one_sided)
        omissions = run_named(store, "omissions-by-publisher")
        assert {r["publisher"] for r in omissions} >= {"Élysée"}


def test_network_edges_count_engagements_and_the_sides_that_attest_them(tmp_path):
    from kg.analysis import network as net

    inputs = write(tmp_path / "in", READOUTS)
    with Store(tmp_path / "s") as store:
        build([inputs], store)
        data = net.load(store)
    g = net.relation_graph(data)
    iri = {a.label: a.iri for a in data.actors.values()}
    led = g.get_edge_data(iri["Emmanuel Macron"], iri["France"])["leaderOf"]
    # Five readouts name him President: the call (told three times), the meeting, the other call.
    assert (led["readouts"], led["engagements"]) == (5, 3)
    assert led["sides"] >= 2  # both sides' readouts of the call say it
    defence = g.get_edge_data(iri["Emmanuel Macron"], iri["Olaf Scholz"])
    assert defence is not None
    assert all(e["sides"] >= 1 for e in defence.values())
    one_sided = [d for _, _, d in g.edges(data=True) if d["sides"] == 1]
    assert one_sided, "a tie only one side reports has sides = 1"


def test_kg_build_meta_fills_in_what_a_document_does_not_say(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    text, _ = READOUTS["de-call"]  # says "on Wednesday": the day comes from the publication date
    (folder / "berlin.txt").write_text(text, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "berlin.txt", "published": "2023-05-10",
                                "publisher": "Federal Press Office"}) + "\n", "utf-8")  # fmt: skip
    r = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s"),
                                  "--meta", str(meta)])  # fmt: skip
    assert r.exit_code == 0, r.output
    with Store(tmp_path / "s", read_only=True) as store:
        (graph,) = store.readout_graphs()
        record = engagements.stored_record(store, graph)
        _, rows = store.select("SELECT ?p WHERE { ?r dcterms:publisher ?p }", {"r": graph})
    assert record.date == "2023-05-10" and rows == [["Federal Press Office"]]
    bad = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "t"),
                                    "--meta", str(tmp_path / "nope.jsonl")])  # fmt: skip
    assert bad.exit_code == 2
