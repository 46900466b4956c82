"""How `kg query` prints a table: cut text says so, a column of scores prints one way, and a
date without a year reads as one. CSV and JSON keep the values as the store gives them."""

from __future__ import annotations

from decimal import Decimal

from kg.store.query import WIDTH, format_rows


def test_cut_text_ends_with_an_ellipsis_and_short_text_does_not():
    long = "The two leaders agreed to deepen cooperation on " + "critical minerals " * 5
    table = format_rows(["sentence", "n"], [[long, 1], ["short", 2]], "table")
    lines = table.splitlines()
    assert lines[2].split("  ")[0].endswith("…")
    assert len(lines[2].split("  ")[0]) == WIDTH
    assert lines[3].startswith("short ") and "…" not in lines[3]


def test_a_column_of_scores_prints_every_number_with_two_decimals():
    rows = [["a", 0, 2], ["b", 1.0, 3], ["c", Decimal("-0.5"), 4]]
    table = format_rows(["who", "score", "count"], rows, "table")
    scores = [line.split()[1] for line in table.splitlines()[2:5]]
    counts = [line.split()[2] for line in table.splitlines()[2:5]]
    assert scores == ["0.00", "1.00", "-0.50"]
    assert counts == ["2", "3", "4"]  # a column of whole counts stays whole


def test_a_date_without_a_year_reads_as_day_and_month():
    table = format_rows(["date"], [["--05-08"], ["2020-05-08"]], "table")
    assert "8 May (no year)" in table and "2020-05-08" in table


def test_csv_and_json_keep_the_values_as_given():
    rows = [["--05-08", 1.0, "x" * 100]]
    csv_text = format_rows(["date", "score", "text"], rows, "csv")
    assert "--05-08,1.0," + "x" * 100 in csv_text
    assert '"score": 1.0' in format_rows(["date", "score", "text"], rows, "json")


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_columns_line_up_when_cells_hold_chinese():
    """A Chinese character takes two terminal columns; padding by characters put the next
    column early on every line with one."""
    rows = [["习近平", "praises", 1], ["Joe Biden", "criticizes", 2], ["普京", "supports", 3]]
    lines = format_rows(["actor", "relation", "n"], rows, "table").splitlines()
    starts = {
        _columns(line[: line.index(rel)]) for line, rel in zip(lines[2:5], [r[1] for r in rows])
    }
    assert len(starts) == 1, lines


def test_chinese_text_is_cut_at_the_width_in_columns():
    long = "中方愿同各方一道加强合作" * 10
    cell = format_rows(["sentence", "n"], [[long, 1]], "table").splitlines()[2].split("  ")[0]
    assert cell.endswith("…") and WIDTH - 1 <= _columns(cell) <= WIDTH
