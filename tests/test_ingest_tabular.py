"""Corpus exports (CSV, JSON Lines) and sidecars: one readout per row, metadata carried through."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.model import Readout
from kg.extract import extract
from kg.ingest import read_file, read_paths
from kg.ingest.tabular import parse_columns
from kg.store.database import Store

CALL = (
    "On 12 April, President Ana Torres of Paraguay spoke with President Luiz Inácio Lula "
    "da Silva of Brazil on the phone. Lula congratulated Torres on her election. The two "
    "presidents agreed to remain in close contact."
)
VISIT = (
    "Prime Minister Narendra Modi met Prime Minister Fumio Kishida of Japan in Tokyo "
    "today. Modi invited Kishida to visit India next year."
)


def write_csv(path, rows, delimiter=","):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        for row in rows:
            w.writerow(row)


def test_csv_rows_with_common_column_names_become_readouts_with_their_metadata(tmp_path):
    path = tmp_path / "export.csv"
    write_csv(
        path,
        [
            ["id", "title", "content", "publish_time", "source_url", "publisher"],
            [
                "a1",
                "Lula speaks with Torres",
                CALL,
                "2023-04-13 08:00:00",
                "https://example.gov/a1",
                "Presidency of Brazil",
            ],
            ["a2", "Modi meets Kishida", VISIT, "1684108800", "", ""],
        ],
    )
    first, second = list(read_file(path))
    assert first.source == f"{path}#id=a1"
    assert first.text.startswith("Lula speaks with Torres\n\n")
    assert (first.published, first.url, first.publisher) == (
        "2023-04-13",
        "https://example.gov/a1",
        "Presidency of Brazil",
    )
    assert second.published == "2023-05-15"  # a Unix timestamp
    # The row's publication date gives the year of "On 12 April".
    assert extract(first).event.date == "2023-04-12"


def test_a_semicolon_csv_is_read_by_finding_the_delimiter_in_the_header(tmp_path):
    path = tmp_path / "excel.csv"
    write_csv(path, [["title", "text", "date"], ["Call", CALL, "13.04.2023"]], delimiter=";")
    (readout,) = list(read_file(path))
    assert readout.published == "2023-04-13"
    assert "Lula congratulated Torres" in readout.text


def test_multiline_fields_keep_line_numbers_right_for_bad_rows(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'title,body\n"A","first line\nsecond line\nthird line."\n"B",\n"C","ok."\n',
        encoding="utf-8",
    )
    items = list(read_file(path))
    assert [type(i).__name__ for i in items] == ["Readout", "InputError", "Readout"]
    assert items[1].source == f"{path}:5"
    assert "row has no text" in items[1].reason


def test_column_mapping_reaches_other_and_nested_names(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {
            "headline_en": "Modi meets Kishida",
            "article": {"body": VISIT},
            "meta": {"released": "2024-08-30"},
            "permalink": "https://example.gov/v",
        }
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    mapping = parse_columns(["text=article.body", "title=headline_en", "published=meta.released"])
    (readout,) = list(read_file(path, columns=mapping))
    assert readout.title == "Modi meets Kishida"
    assert readout.published == "2024-08-30"
    assert readout.url == "https://example.gov/v"
    assert readout.text.startswith("Modi meets Kishida\n\nPrime Minister Narendra Modi")


def test_a_bad_mapping_is_refused_with_the_reason():
    for spec, why in (("text", "FIELD=COLUMN"), ("body=content", "unknown field 'body'")):
        try:
            parse_columns([spec])
        except InputError as exc:
            assert why in exc.reason
        else:
            raise AssertionError(spec)


def test_html_in_a_content_column_is_read_as_text(tmp_path):
    path = tmp_path / "html.jsonl"
    path.write_text(
        json.dumps({"title": "Call", "content": f"<p>{CALL}</p><p>Share</p>"}) + "\n",
        encoding="utf-8",
    )
    (readout,) = list(read_file(path))
    assert "<p>" not in readout.text and "Lula congratulated Torres" in readout.text


def test_a_metadata_list_without_text_is_reported_once(tmp_path):
    path = tmp_path / "meta.jsonl"
    path.write_text(
        "".join(
            json.dumps({"file": f"d{i}.txt", "published": "2024-01-01"}) + "\n" for i in range(50)
        ),
        encoding="utf-8",
    )
    (err,) = list(read_file(path))
    assert isinstance(err, InputError) and err.source == str(path)
    assert "no record has a text field" in err.reason and "records have: file" in err.reason


def test_a_sidecar_gives_a_text_file_its_metadata_and_the_extractor_its_year(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(f"Lula speaks with Torres\n\n{CALL}\n", encoding="utf-8")
    path.with_suffix(".json").write_text(
        json.dumps(
            {
                "publish_time": "April 13, 2023",
                "source_url": "https://example.gov/c",
                "publisher": "Presidency of Brazil",
            }
        ),
        encoding="utf-8",
    )
    (readout,) = list(read_paths([tmp_path]))  # the sidecar itself is not read as a document
    assert (readout.published, readout.url) == ("2023-04-13", "https://example.gov/c")
    assert extract(readout).event.date == "2023-04-12"


def test_a_sidecar_with_an_unreadable_date_is_named(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    path.with_suffix(".json").write_text('{"published": "sometime in spring"}', encoding="utf-8")
    (err,) = list(read_file(path))
    assert err.source == str(path.with_suffix(".json"))
    assert "unreadable publication date 'sometime in spring'" in err.reason


def test_kg_build_reads_a_corpus_export_with_a_column_mapping(tmp_path):
    path = tmp_path / "corpus.csv"
    write_csv(
        path,
        [
            ["doc", "headline", "released"],
            [CALL, "Lula speaks with Torres", "2023-04-13"],
            [VISIT, "Modi meets Kishida", "2024-08-30"],
        ],
    )
    store = tmp_path / "store"
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(path), "--store", str(store)])
    assert res.exit_code == 1 and "no text column in the header" in res.output
    res = runner.invoke(
        main,
        [
            "build",
            str(path),
            "--store",
            str(store),
            "--column",
            "text=doc",
            "--column",
            "title=headline",
            "--column",
            "published=released",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "read 2, kept 2" in res.output
    _, rows = Store(store, read_only=True).select(
        "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?d WHERE { ?r dct:issued ?d } ORDER BY ?d"
    )
    assert [str(r[0]) for r in rows] == ["2023-04-13", "2024-08-30"]


BIG = 20 * 1024 * 1024 + 10  # just over the size limit of a file


def _rows(path: Path) -> tuple[list[Readout], list[InputError]]:
    items = list(read_file(path))
    return (
        [r for r in items if isinstance(r, Readout)],
        [e for e in items if isinstance(e, InputError)],
    )


def test_a_deeply_nested_jsonl_row_is_named_and_the_rows_after_it_are_read(tmp_path):
    f = tmp_path / "rows.jsonl"
    good = json.dumps({"text": "The ministers met in Lima today.", "id": "a"})
    f.write_text(f"{good}\n{'[' * 100000}{']' * 100000}\n{good.replace('a', 'b')}\n")
    readouts, errors = _rows(f)
    assert len(readouts) == 2
    assert [(e.source, e.reason) for e in errors] == [(f"{f}:2", "JSON nested too deeply to read")]


def test_a_record_over_the_size_limit_is_named_and_skipped(tmp_path):
    f = tmp_path / "rows.jsonl"
    good = json.dumps({"text": "The ministers met in Lima today.", "id": "a"})
    with open(f, "w") as fh:
        fh.write(good + "\n" + json.dumps({"text": "x" * BIG}) + "\n" + good + "\n")
    readouts, errors = _rows(f)
    assert len(readouts) == 2
    assert [(e.source, e.reason) for e in errors] == [
        (f"{f}:2", "record larger than 20 MB (the limit of a file)")
    ]


def test_a_csv_field_over_the_limit_is_named_by_line_and_the_rest_is_read(tmp_path):
    f = tmp_path / "rows.csv"
    with open(f, "w") as fh:
        fh.write('id,text\n1,"The ministers met, in Lima."\n')
        fh.write('2,"' + "x, y\n" * (BIG // 5) + '"\n')
        fh.write('3,"The presidents spoke on the phone."\n')
    readouts, errors = _rows(f)
    assert [r.source for r in readouts] == [f"{f}#id=1", f"{f}#id=3"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{f}:3", "row larger than 20 MB (the limit of a file)")
    ]


def test_a_csv_whose_last_row_never_closes_its_quote_is_named(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text('id,text\n1,"The ministers met in Lima."\n2,"The presidents spoke, and\n')
    readouts, errors = _rows(f)
    assert [r.source for r in readouts] == [f"{f}#id=1"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{f}:3", "unterminated quote: the row runs to the end of the file")
    ]
