"""Known failing kinds of the attitude relations (issue 13, round 6, second pass): each rule
of ANNOTATION.md the extractor broke on unseen wording, written as a general rule and tested
here with sentences written for this test, each beside a near sentence where it must hold
otherwise.
"""

from __future__ import annotations

from reading import relations

A, J = "Anthony Albanese", "Joko Widodo"
CALL = (
    "Prime Minister's call with President Widodo\n\n21 August 2023\n\n"
    "Prime Minister Anthony Albanese spoke with President Joko Widodo of Indonesia today.\n"
)


def run(body: str, head: str = CALL) -> set:
    return relations(head + body, "2023-08-21", "Prime Minister of Australia")


# 1. A that-clause with its own subject naming no actor owns its act (ANNOTATION 2, rule 1)


def test_that_clause_with_a_non_actor_subject_owns_the_cooperation():
    for body in (
        "The two leaders agreed that the international community should strengthen "
        "cooperation on climate finance.\n",
        "Both leaders noted that regional organisations must deepen collaboration on fisheries.\n",
        "The leaders stressed that the global community needs to work together on food security.\n",
    ):
        got = run(body)
        assert (A, "cooperatesWith", J) not in got, body
        assert ("Australia", "cooperatesWith", "Indonesia") not in got, body


def test_near_that_clause_with_the_participants_as_subject_keeps_their_cooperation():
    for body in (
        "The two leaders agreed that both countries should strengthen cooperation on "
        "climate finance.\n",
        "The leaders agreed that they would deepen cooperation in maritime security.\n",
        "The leaders agreed that the teams should work closely together.\n",
    ):
        got = run(body)
        assert ("Australia", "cooperatesWith", "Indonesia") in got or (
            A,
            "cooperatesWith",
            J,
        ) in got, body


# 2. An invitation to visit is no visit; "an invitation from X to Y" names the inviter (2)


def test_invitation_from_one_leader_to_another_to_visit_is_invites_not_visits():
    for body in (
        "Mr Albanese conveyed an invitation from the Governor-General to President Widodo "
        "to visit Canberra.\n",
        "The Prime Minister passed on an invitation from Australia to President Widodo to "
        "visit Australia next year.\n",
    ):
        got = run(body)
        assert (J, "visits", "Australia") not in got, body
    got = run(
        "Mr Albanese conveyed an invitation from Prime Minister Albanese to President "
        "Widodo to visit Australia.\n"
    )
    assert (A, "invites", J) in got
    assert (J, "visits", "Australia") not in got


def test_near_a_visit_made_at_an_invitation_is_a_visit():
    got = run("At the invitation of Mr Albanese, President Widodo visited Australia in July.\n")
    assert (J, "visits", "Australia") in got


# 3. leaderOf: a head of several states leads those named, else their own; a past office
# leads nothing; a lowered title ("an official") of a non-participant is no office (8)

KING = (
    "The King receives the President of Kenya\n\n12 March 2024\n\n"
    "His Majesty King Charles III received President William Ruto of Kenya at Buckingham "
    "Palace today.\n"
)


def test_a_monarch_of_several_realms_leads_only_the_realms_named():
    got = run("The King and the President discussed the Commonwealth.\n", head=KING)
    assert ("Charles III", "leaderOf", "United Kingdom") in got
    for realm in ("Australia", "Canada", "New Zealand"):
        assert ("Charles III", "leaderOf", realm) not in got


def test_near_a_realm_the_readout_names_is_led():
    got = run("The King recalled his recent visit to Canada.\n", head=KING)
    assert ("Charles III", "leaderOf", "Canada") in got


def test_a_participant_named_as_former_office_holder_leads_nothing():
    head = (
        "Foreign Minister meets former Japanese Prime Minister\n\n12 March 2024\n\n"
        "Foreign Minister Penny Wong met former Prime Minister of Japan Yoshihide Suga in "
        "Canberra today.\n"
    )
    got = run("Senator Wong and Mr Suga discussed regional security.\n", head=head)
    assert ("Penny Wong", "leaderOf", "Australia") in got
    assert ("Yoshihide Suga", "leaderOf", "Japan") not in got


# 4. Commitment of a state to the defence of actors is supports each of them (8)


def test_commitment_of_a_state_to_the_defence_of_several_is_support_for_each():
    got = run(
        "Mr Albanese reiterated the steadfast commitment of Australia to the defence of "
        "Indonesia and Timor-Leste.\n"
    )
    assert ("Australia", "supports", "Indonesia") in got
    assert ("Australia", "supports", "East Timor") in got
    got = run("He affirmed the commitment of Australia to the security of Papua New Guinea.\n")
    assert ("Australia", "supports", "Papua New Guinea") in got


def test_near_commitment_of_a_state_to_a_topic_names_no_actor():
    got = run("Mr Albanese noted the commitment of Australia to the defence of free trade.\n")
    assert not {t for t in got if t[1] == "supports" and t[2] in ("Indonesia", J)}


# 5. A passive act whose agent follows 'by' (ANNOTATION 2, rule 1: the agent as written)

MANY = (
    "Prime Minister meets Pacific leaders\n\n21 August 2023\n\n"
    "Prime Minister Anthony Albanese met Prime Minister Sitiveni Rabuka of Fiji and Prime "
    "Minister James Marape of Papua New Guinea in Canberra today.\n"
)


def test_passive_condolences_congratulations_and_thanks_by_an_agent():
    got = run(
        "Condolences were conveyed by the Prime Minister to the Government of Fiji on the "
        "loss of life in the floods.\n"
        "Warm congratulations were extended by Mr Albanese to Prime Minister Marape on his "
        "re-election.\n"
        "Gratitude was also expressed by Australia to Fiji for its support.\n"
        "An invitation was extended by Mr Albanese to Prime Minister Rabuka to visit Perth.\n",
        head=MANY,
    )
    assert (A, "condoles", "Fiji") in got
    assert (A, "congratulates", "James Marape") in got
    assert ("Australia", "thanks", "Fiji") in got
    assert (A, "invites", "Sitiveni Rabuka") in got


def test_near_passive_without_an_agent_names_none_of_these():
    got = run(
        "Condolences were conveyed to the Government of Fiji on the loss of life.\n", head=MANY
    )
    assert not {t for t in got if t[1] == "condoles" and t[0] == "James Marape"}


def test_passive_invitation_with_no_agent_is_the_publishers_side():
    got = run(
        "An invitation was extended to Prime Minister Rabuka to visit Australia later this year.\n",
        head=MANY,
    )
    assert (A, "invites", "Sitiveni Rabuka") in got
    assert ("Australia", "invites", "Sitiveni Rabuka") not in got


def test_near_passive_invitation_by_a_guest_is_the_guests():
    got = run(
        "An invitation was extended by Prime Minister Marape to Mr Albanese to visit Port "
        "Moresby.\n",
        head=MANY,
    )
    assert ("James Marape", "invites", A) in got
    assert (A, "invites", "James Marape") not in got


# 6. Urging not to act is urging; measures against X adopted by Y are Y's opposition (8)


def test_urging_an_actor_not_to_act_is_urging_it():
    got = run("The leaders urged Russia not to widen the conflict.\n")
    assert (A, "urges", "Russia") in got and (J, "urges", "Russia") in got
    got = run("Mr Albanese called on Myanmar never to use force against civilians.\n")
    assert (A, "urges", "Myanmar") in got


def test_near_not_urging_is_no_urging():
    got = run("The leaders did not urge Russia not to widen the conflict.\n")
    assert not {t for t in got if t[1] == "urges"}


def test_measures_against_an_actor_adopted_by_another_are_its_opposition():
    got = run("The leaders discussed the measures against Iran adopted by the European Union.\n")
    assert ("European Union", "opposes", "Iran") in got
    got = run("They reviewed new sanctions on Russia imposed by the United Kingdom.\n")
    assert ("United Kingdom", "opposes", "Russia") in got


def test_near_measures_on_a_thing_name_no_opposition():
    got = run("The leaders discussed tariffs on steel imposed by the United States.\n")
    assert not {t for t in got if t[1] == "opposes"}


# 6b. Thanks to one's own government is thanks to one's own state (8)


def test_thanking_ones_own_cabinet_is_thanks_to_ones_own_state():
    got = run("Mr Albanese thanked his cabinet for its work over the year.\n")
    assert (A, "thanks", "Australia") in got
    got = run("The leaders thanked their ministers for the preparations.\n")
    assert (A, "thanks", "Australia") in got and (J, "thanks", "Indonesia") in got
    assert (A, "thanks", "Indonesia") not in got and (J, "thanks", "Australia") not in got


def test_near_thanking_a_counterpart_is_thanks_to_the_counterpart():
    got = run("Mr Albanese thanked his Indonesian counterpart for the call.\n")
    assert (A, "thanks", J) in got
    assert (A, "thanks", "Australia") not in got


# 6e. Thanks for one's visit: the thanked visited the thanker's state (8)


def test_thanks_for_a_visit_is_a_visit_to_the_thankers_state():
    got = run("Mr Albanese thanked Vice President Harris for her visit.\n")
    assert ("Kamala Harris", "visits", "Australia") in got
    got = run("Mr Albanese thanked President Widodo for his recent visit.\n")
    assert (J, "visits", "Australia") in got


def test_near_thanks_for_a_visit_elsewhere_is_that_visit():
    got = run("Mr Albanese thanked President Widodo for his visit to Papua New Guinea.\n")
    assert (J, "visits", "Australia") not in got
    got = run("Mr Albanese thanked President Widodo for his support.\n")
    assert (J, "visits", "Australia") not in got


# 7. A quoted writing ('the message read'): "I" is its sender, "you" its addressee (8)

LETTER = (
    "President Ramaphosa sends message to President Mahama\n\n7 January 2025\n\n"
    "President Cyril Ramaphosa has sent a message to President John Mahama of Ghana.\n"
)


def test_first_and_second_person_in_a_quoted_message_are_sender_and_addressee():
    for body in (
        '"I congratulate you on your inauguration," the message read.\n',
        '"Your Excellency, I congratulate you on your inauguration," the letter reads.\n',
        '"I congratulate you on your inauguration," read the message.\n',
    ):
        got = run(body, head=LETTER)
        assert ("Cyril Ramaphosa", "congratulates", "John Mahama") in got, body


def test_near_a_quote_of_someone_unnamed_resolves_no_one():
    got = run('"I thank you for your friendship," the envoy said.\n', head=LETTER)
    assert not {t for t in got if t[1] == "thanks"}


# 8. Praise of efforts 'exerted by A and B' is praise of each (8)


def test_praise_of_efforts_exerted_by_a_list_is_praise_of_each():
    got = run("Mr Albanese praised the mediation efforts exerted by Qatar and Egypt.\n")
    assert (A, "praises", "Qatar") in got and (A, "praises", "Egypt") in got
    assert ("Qatar", "cooperatesWith", "Egypt") in got


def test_near_welcoming_efforts_gives_no_praise():
    got = run("The leaders welcomed the efforts of Qatar and Egypt to secure a ceasefire.\n")
    assert not {t for t in got if t[1] == "praises"}
