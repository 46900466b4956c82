"""Forms of Americas and multilateral offices (round 8 probes in the styles of the SRE,
Planalto, Itamaraty, the US Treasury, Defense and Vice President, Global Affairs Canada,
CARICOM, the OAS, WHO, the IMF, the PGA and the Commonwealth Secretariat).

Sentences written for these tests; each case has a near one where the rule must not fire.
"""

from __future__ import annotations

from reading import relations

LEAD = "President Joe Biden spoke with President Gabriel Boric of Chile. "


def test_thanks_for_the_support_of_a_named_state_is_that_states_support():
    got = relations(
        LEAD + "President Boric thanked President Biden for the firm support of the "
        "United States after the floods."
    )
    assert ("United States", "supports", "Chile") in got
    assert ("Joe Biden", "supports", "Chile") not in got
    # near case: no giver named after "of", the one thanked gave it
    got = relations(LEAD + "President Boric thanked President Biden for his firm support.")
    assert ("Joe Biden", "supports", "Chile") in got
    assert ("United States", "supports", "Chile") not in got


def test_thanked_aid_goes_where_it_was_sent():
    got = relations(
        LEAD + "Boric thanked the Governments of Peru and Ecuador for the medical supplies "
        "they shipped to Bolivia last week."
    )
    assert {("Peru", "assists", "Bolivia"), ("Ecuador", "assists", "Bolivia")} <= got
    assert ("Peru", "assists", "Chile") not in got
    # near case: aid with no destination named goes to the thanker's state
    got = relations(LEAD + "Boric thanked the Government of Peru for its medical supplies.")
    assert ("Peru", "assists", "Chile") in got


def test_willingness_of_a_state_to_provide_help_is_its_support():
    got = relations(
        LEAD + "Biden underlined the readiness of the United States to offer technical "
        "assistance to Chile on wildfire prevention."
    )
    assert ("United States", "supports", "Chile") in got
    assert not any(r == "assists" for _, r, _ in got)
    # near case: help already sent is aid, not readiness
    got = relations(LEAD + "Biden said the United States sent firefighting aid to Chile.")
    assert ("United States", "assists", "Chile") in got


def test_asking_that_an_actor_act_urges_it():
    got = relations(
        LEAD + "Biden asked that the Chilean authorities keep the border crossings open to "
        "humanitarian convoys."
    )
    assert ("Joe Biden", "urges", "Chile") in got
    # near cases: a request about an actor's concerns, or that it be acted on, urges no one
    got = relations(LEAD + "Boric requested that Chile's position be reflected in the text.")
    assert not any(r == "urges" for _, r, _ in got)
    got = relations(LEAD + "Boric asked that Chile be included in the talks.")
    assert not any(r == "urges" for _, r, _ in got)


def test_valuing_an_actor_as_a_partner_praises_it():
    got = relations(
        LEAD + "Boric said Chile regards the United States as a reliable partner in the Pacific."
    )
    assert ("Chile", "praises", "United States") in got
    # near case: valuing the partnership, not the actor, praises no one
    got = relations(LEAD + "Boric said Chile values its partnership with the United States.")
    assert not any(r == "praises" for _, r, _ in got)
