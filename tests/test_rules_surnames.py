"""Surnames two office holders share, regnal numbers, and actors inside compounds.

Sentences written for these tests."""

from __future__ import annotations

from kg.extract import extract, gazetteer
from kg.model import Readout


def _run(text: str, day: str, publisher: str | None = None) -> dict:
    readout = Readout(source="t.txt", text=text, published=day, publisher=publisher)
    return extract(readout).to_json(evidence=False)


def test_a_shared_surname_is_the_one_in_office_that_day():
    # Abdrabbuh Mansur Hadi (Yemen) and Prasetyo Hadi (Indonesia) both held office, years apart.
    gaz = gazetteer.load()
    assert {"Abdrabbuh Mansur Hadi", "Prasetyo Hadi"} <= gaz.surnames["Hadi"]
    out = _run(
        "Crown Prince Mohammed bin Salman received President Hadi in Riyadh on Monday. "
        "The Crown Prince reaffirmed the Kingdom's support for President Hadi.",
        "2016-04-12",
    )
    assert "Abdrabbuh Mansur Hadi" in out["event"]["participants"], out["event"]


def test_a_shared_surname_is_read_by_the_day_both_ways():
    # Sigmar Gabriel (Germany, 2017-2018) and Mariya Gabriel (Bulgaria, 2023-2024)
    text = "Foreign Minister Gabriel spoke with Foreign Minister Lavrov."
    assert "Sigmar Gabriel" in _run(text, "2017-05-02")["event"]["participants"]
    assert "Mariya Gabriel" in _run(text, "2023-11-20")["event"]["participants"]
    before = _run(text, "2005-03-01")["event"]["participants"]  # neither in office yet
    assert "Sigmar Gabriel" not in before and "Mariya Gabriel" not in before


def test_a_regnal_number_is_no_surname():
    gaz = gazetteer.load()
    assert "X" not in gaz.surnames and "II" not in gaz.surnames
    assert gaz.surnames.get("Frederik") == {"Frederik X"}
    out = _run(
        "Prime Minister Mette Frederiksen thanked X for the warm welcome in Copenhagen.",
        "2024-05-02",
    )
    assert not any("Frederik X" in r for r in out["relations"]), out["relations"]


def test_a_name_given_with_its_realm_leaves_the_given_name_free():
    gaz = gazetteer.load()
    assert "Philippe of Belgium" not in gaz.surnames.get("Philippe", set())
    assert "Belgium" not in gaz.surnames


def test_an_actor_inside_a_hyphenated_compound_does_not_act():
    out = _run(
        "Xi Jinping spoke with Cyril Ramaphosa on the phone.\n\n"
        "Ramaphosa said that South Africa firmly backs the one-China policy and opposes "
        "any interference in the internal affairs of other countries.",
        "2023-04-12",
    )
    opposes = [(s, o) for s, r, o in out["relations"] if r == "opposes"]
    assert opposes and all(s == "South Africa" for s, _ in opposes), out["relations"]


def test_a_hyphenated_actor_that_opens_the_clause_still_acts():
    out = _run(
        "Xi Jinping spoke with Cyril Ramaphosa on the phone.\n\n"
        "The China-South Africa partnership was discussed, and China supports South Africa's "
        "hosting of the summit.",
        "2023-04-12",
    )
    assert ("China", "supports", "South Africa") in [tuple(r) for r in out["relations"]]


def test_a_month_cut_short_before_a_day_ends_no_sentence():
    from kg.extract.text import split_sentences

    text = (
        "The leaders met on Sept. 12 in Jakarta. They agreed to meet again in Dec. "
        "Both sides spoke."
    )
    got = [text[a:b] for a, b in split_sentences(text, 0)]
    assert got[0] == "The leaders met on Sept. 12 in Jakarta."
    assert "They agreed to meet again in Dec." in got  # no day after it: a sentence ends
