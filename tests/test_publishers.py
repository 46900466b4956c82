"""The publisher's government: offices named without a name ("the Taoiseach", "the Head of
State") resolve to its holder on the day only when the publisher's state is known, and
many publishers do not name their state (a palace, a seat, a news agency)."""

from __future__ import annotations

import pytest

from kg.extract import extract, gazetteer, lexicon
from kg.model import Readout


def test_every_publisher_row_names_an_actor_the_gazetteer_holds():
    gaz = gazetteer.load()
    unknown = [(p, a) for p, a in lexicon.load().publishers if a not in gaz.actors]
    assert not unknown


@pytest.mark.parametrize(
    ("publisher", "text", "day", "home"),
    [
        (
            "Department of the Taoiseach",
            "The Taoiseach spoke by phone this evening with President Sauli Niinistö of "
            "Finland. The Taoiseach thanked the President for the call.",
            "2022-05-10",
            "Micheál Martin",
        ),
        (
            "Akorda",
            "The Head of State held a telephone conversation with President Shavkat "
            "Mirziyoyev of Uzbekistan and congratulated him on his birthday.",
            "2023-07-24",
            "Kassym-Jomart Tokayev",
        ),
        (
            "Royal Hashemite Court",
            "His Majesty the King received President Abdel Fattah el-Sisi of Egypt at the "
            "palace on Sunday, and the two leaders discussed regional developments.",
            "2023-03-12",
            "Abdullah II",
        ),
    ],
)
def test_an_office_named_alone_is_the_publishers_holder(publisher, text, day, home):
    readout = Readout(source="t.txt", text=text, published=day, publisher=publisher)
    out = extract(readout).to_json(evidence=False)
    assert home in out["event"]["participants"], out["event"]
