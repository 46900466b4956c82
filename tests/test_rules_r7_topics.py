"""Topics, round 7: kinds of topic error found with `kg eval --details` on the tune split,
each as a general rule (ANNOTATION.md section 4: the subjects the engagement covered, as
short noun phrases), on sentences written for these tests, each with a near negative."""

from __future__ import annotations

import pytest
from reading import read

CALL = (
    "Foreign Minister Penny Wong held talks with her Kenyan counterpart Musalia Mudavadi in "
    "Canberra today.\n\n"
)


def _topics(text: str) -> set[str]:
    return set(read(CALL + text, published="2024-03-12").topics)


CASES = [
    # A state named only as a place is no subject: a venue after its city, a trip's end,
    # a meeting's host, an envoy's post (topic_places.py) ...
    (
        "They met on the sidelines of the Commonwealth meeting in Apia, Samoa.",
        set(),
        {"samoa"},
    ),
    (
        "They looked forward to meeting again at the upcoming summit in Brazil.",
        set(),
        {"brazil"},
    ),
    (
        "The Minister briefed her on her recent visits to Tonga, Fiji and Vanuatu.",
        set(),
        {"tonga", "fiji", "vanuatu"},
    ),
    (
        "Minister Mudavadi will travel to Ethiopia and Somalia next week.",
        set(),
        {"ethiopia", "somalia"},
    ),
    (
        "She congratulated the newly accredited Ambassador of Kenya to Japan.",
        set(),
        {"japan"},
    ),
    # ... but a state the sides talked about is one, even where a place is named too
    (
        "They discussed the situation in Sudan and the crisis in Khartoum, Sudan.",
        {"sudan"},
        set(),
    ),
    ("They discussed Somalia, Ethiopia and the Red Sea.", {"somalia", "ethiopia"}, set()),
    (
        "They discussed the humanitarian crisis in Gaza, Lebanon and Syria.",
        {"lebanon", "syria"},
        set(),
    ),
    # A lone word of cooperation names no field: what the cooperation is on is the topic;
    # a qualified one is a field, and cooperation with the international community is
    # international cooperation
    (
        "The ministers agreed to continue cooperation on fisheries and blue economy.",
        {"fisheries"},
        {"cooperation"},
    ),
    ("They agreed that cooperation remains the only way forward.", set(), {"cooperation"}),
    ("They agreed to strengthen maritime cooperation.", {"maritime cooperation"}, set()),
    (
        "Kenya will deepen cooperation with the international community on drought relief.",
        {"international cooperation"},
        {"cooperation"},
    ),
    # An actor's role, contribution or position that is thanked or appreciated praises
    # the actor and names no subject; what the role was in, or the aid thanked, stays
    (
        "Minister Mudavadi thanked Australia for its constructive role in the Pacific "
        "Islands Forum.",
        set(),
        {"constructive role in the pacific islands forum", "role"},
    ),
    (
        "Minister Wong expressed appreciation for Kenya's contributions to peacekeeping.",
        set(),
        {"kenya's contributions to peacekeeping", "contributions to peacekeeping"},
    ),
    (
        "Minister Mudavadi thanked Minister Wong for the principled positions of the "
        "Australian Government.",
        set(),
        {"principled positions of the australian government"},
    ),
    (
        "Minister Mudavadi thanked Australia for drought relief and vocational training.",
        {"drought relief", "vocational training"},
        set(),
    ),
    (
        "Minister Mudavadi thanked Australia for its support to drought relief.",
        {"drought relief"},
        set(),
    ),
    # A day inside a phrase dates the subject and is no part of it; a phrase that is only
    # a day (or a span of days) is no topic
    (
        "Minister Wong offered condolences over the March 3 floods in Mombasa.",
        {"floods in mombasa"},
        set(),
    ),
    (
        "They discussed the landslide of 6 February 2024 and reconstruction.",
        {"landslide", "reconstruction"},
        set(),
    ),
    (
        "They discussed the 3 to 5 June elections and the summit of 30 May to 2 June.",
        {"elections"},
        {"3 to elections", "summit of to", "to"},
    ),
    ("The ministers spoke about 12 March and the weeks ahead.", set(), {"12 march", ""}),
    # A lead phrase followed by a colon opens the list after it; a colon after other
    # words opens none; "etc." closing a list is no part of its last item
    (
        "They reviewed the Forum's priorities, including: fisheries, tourism and renewable energy.",
        {"fisheries", "tourism", "renewable energy"},
        set(),
    ),
    (
        "Two files remain open between the ministries: fisheries and tourism.",
        set(),
        {"fisheries", "tourism"},
    ),
    (
        "They discussed trade, tourism, fisheries etc. at length.",
        {"fisheries"},
        {"fisheries etc", "fisheries etc."},
    ),
    # A named undertaking is a topic as named: a partnership, corridor, process, pact,
    # vision, mission or programme with a capitalised name; the bare word is none
    (
        "They reviewed the Kenya-Australia Strategic Partnership and the Lobito Corridor.",
        {"kenya-australia strategic partnership", "lobito corridor"},
        set(),
    ),
    (
        "Minister Wong briefed him on the Pacific Resilience Facility and the Nairobi Process.",
        {"nairobi process"},
        set(),
    ),
    (
        "They welcomed the Blue Economy Programme and the Great Green Wall Compact.",
        {"blue economy programme", "great green wall compact"},
        set(),
    ),
    (
        "Minister Mudavadi said the Lake Victoria Partnership had brought clean water to "
        "many towns, and that the Nairobi Process kept the region calm.",
        {"lake victoria partnership", "nairobi process"},
        set(),
    ),
    (
        "Both sides said the Partnership had served them well, and the Process too.",
        set(),
        {"partnership", "process"},
    ),
    # A sea or strait named as a subject is the topic, not the state inside its name;
    # the state named on its own still is one
    (
        "They exchanged views on the South China Sea and the Taiwan Strait.",
        {"south china sea", "taiwan strait"},
        {"china", "taiwan"},
    ),
    ("They discussed China and security in the Red Sea.", {"china", "red sea"}, set()),
    # a sentence's opening word is no part of a name it opens
    (
        "Regarding the Korean Peninsula, both ministers called for restraint.",
        {"korean peninsula"},
        {"regarding the korean peninsula"},
    ),
    # A third state named only as the author of a hostile act: the act is the topic, not
    # the state; a state named otherwise too stays one
    (
        "Both ministers condemned Russia's war against Ukraine.",
        {"russia's war", "ukraine"},
        {"russia"},
    ),
    (
        "Minister Wong raised Iran's recent missile launches.",
        {"iran's recent missile launches"},
        {"iran"},
    ),
    (
        "They discussed sanctions on Russia and Russia's war against Ukraine.",
        {"russia"},
        set(),
    ),
    # what opens a list inside a phrase ends the phrase's head: the items follow it;
    # "of mutual interest" is no part of what is of interest
    (
        "They reviewed progress in cooperation in areas such as fisheries and tourism.",
        {"progress in cooperation", "fisheries", "tourism"},
        {"progress in cooperation in areas such"},
    ),
    (
        "They agreed to deepen cooperation in such areas as mining and aviation.",
        {"mining", "aviation"},
        {"such areas as mining"},
    ),
    (
        "They exchanged views on regional and global issues of mutual interest.",
        {"global issues"},
        {"global issues of mutual interest"},
    ),
    # what negotiations are on is a topic
    (
        "They agreed to speed up negotiations on the delimitation of the maritime boundary.",
        {"delimitation of the maritime boundary"},
        set(),
    ),
    # a body the sides talked about is a topic: its role, its pact, its partners, its
    # reform; a body that only frames their cooperation, or that they are members of, none
    (
        "Minister Wong said the AUKUS pact would help keep the region stable.",
        {"aukus"},
        set(),
    ),
    (
        "Minister Mudavadi praised the East African Community's role in the peace talks.",
        {"east african community"},
        set(),
    ),
    (
        "They agreed to coordinate closely within the United Nations and the G20.",
        set(),
        {"united nations", "g20"},
    ),
    (
        "As Commonwealth partners, they agreed to work together on climate finance.",
        {"climate finance"},
        {"commonwealth", "commonwealth of nations"},
    ),
    # "touched base on X" says X was covered, as "touched on X" does
    (
        "The ministers also touched base on water security and the blue economy.",
        {"water security", "blue economy"},
        set(),
    ),
    ("The two teams touched base at the airport.", set(), {"airport"}),
    # a named meeting other than the engagement is a topic; the engagement's own is none
    (
        "Both looked ahead to the ASEAN Foreign Ministers' Meeting in Vientiane.",
        {"asean foreign ministers' meeting"},
        set(),
    ),
    (
        "The Kenya-Australia Meeting ended with a working lunch.",
        set(),
        {"kenya-australia meeting"},
    ),
    (
        "They discussed like-minded partners and dairy exports.",
        {"like-minded partners", "dairy exports"},
        set(),
    ),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_topics(text, present, absent):
    found = _topics(text)
    assert present <= found, found
    assert not absent & found, found


FIELDS = (
    "fisheries, tourism, mining, forestry, aviation, shipping, dairy, horticulture",
    "rail transport, road safety, water supply, sanitation, housing, textiles, coffee, tea",
    "vaccines, nursing, sport, archaeology, libraries, museums, film, music",
)


def test_a_long_readout_keeps_more_than_twenty_topics():
    text = " ".join(f"They discussed {fields}." for fields in FIELDS)
    found = _topics(text)
    assert 20 < len(found) <= 25, found
