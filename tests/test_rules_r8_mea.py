"""Round 8, "mea": Middle East and African house styles (news agencies of the Gulf, the
Maghreb and the Levant, African presidencies and regional communiqués) and the kinds of
wording they use that the extractor missed on probes written in those styles."""

from __future__ import annotations

from reading import read


def event(text: str, published: str = "2021-05-12"):
    return read("Call\n\n" + text, published).event


# -- a call received "on Wednesday": the day between the verb and the call ------------------


def test_call_received_on_a_day_names_the_caller_as_initiator():
    ev = event(
        "Foreign Minister Ahmed Attaf of Algeria received on Tuesday evening a telephone "
        "call from Foreign Minister Nasser Bourita of Morocco. They discussed the Sahel."
    )
    assert ev.initiator == "Nasser Bourita"
    ev = event(
        "President Paul Kagame of Rwanda received, yesterday, a phone call from President "
        "Yoweri Museveni of Uganda, during which they discussed regional security."
    )
    assert ev.initiator == "Yoweri Museveni"


def test_a_day_before_another_object_is_no_call_received():
    # near negative: what was received on the day is a delegation, not the call
    ev = event(
        "Foreign Minister Ahmed Attaf of Algeria received on Tuesday a delegation and later "
        "spoke by phone with Foreign Minister Nasser Bourita of Morocco."
    )
    assert ev.initiator is None
