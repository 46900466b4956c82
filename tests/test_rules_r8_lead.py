"""Round 8, the lead's rules: thanks for help given to someone else, and a passive
reporting verb with two agents. Sentences written for these tests."""

from __future__ import annotations

from reading import read, relations, speakers

HEAD = "President Ana Torres of Paraguay spoke with Chancellor Olaf Scholz of Germany today. "
MET = "President Ana Torres of Paraguay met Chancellor Olaf Scholz of Germany in Berlin today. "


def test_help_with_its_giver_before_it_goes_to_whom_of_names():
    """'for his support of Ukraine': Scholz backs Ukraine, not the thanker's state."""
    found = relations(
        HEAD + "President Torres thanked Chancellor Scholz for his support of Ukraine."
    )
    assert ("Olaf Scholz", "supports", "Ukraine") in found
    assert ("Olaf Scholz", "supports", "Paraguay") not in found
    found = relations(
        HEAD + "President Torres thanked Chancellor Scholz for Germany's steady support of Moldova."
    )
    assert ("Germany", "supports", "Moldova") in found
    assert ("Germany", "supports", "Paraguay") not in found


def test_help_of_someone_with_no_giver_before_it_is_the_givers():
    """Near negatives: 'the support of France' names the giver; 'his support' alone is
    support for the thanker's state."""
    found = relations(
        HEAD + "President Torres thanked Chancellor Scholz for the support of France."
    )
    assert ("France", "supports", "Paraguay") in found
    found = relations(HEAD + "President Torres thanked Chancellor Scholz for his support.")
    assert ("Olaf Scholz", "supports", "Paraguay") in found


def test_a_passive_with_both_participants_as_agents_is_said_by_both():
    text = (
        MET
        + "The situation in the Middle East was discussed by President Torres and "
        + "Chancellor Scholz."
    )
    assert speakers(text) == ["both"]


def test_a_passive_with_one_agent_is_said_by_that_agent():
    text = MET + "The need for calm in the region was stressed by Chancellor Scholz."
    assert speakers(text) == ["Olaf Scholz"]


def test_a_message_of_support_sent_is_support_not_aid():
    """Sending words of support is no help given; sending supplies is."""
    found = relations(HEAD + "Chancellor Scholz sent a message of support to Ukraine.")
    assert ("Olaf Scholz", "supports", "Ukraine") in found
    assert ("Olaf Scholz", "assists", "Ukraine") not in found
    found = relations(HEAD + "Germany sent a shipment of medical supplies to Moldova.")
    assert ("Germany", "assists", "Moldova") in found


def test_a_visit_said_of_the_guest_in_a_relative_clause_leaves_a_meeting():
    """One reception on a trip is a Meeting (ANNOTATION.md 8); the visit itself reported
    in the main clause is a Visit."""
    received = (
        "Prime Minister Ana Torres of Paraguay received Foreign Minister Olaf Berg of Norway, "
        "who is on an official visit to Paraguay, at the Palace of Lopez on Monday. "
        "The two discussed trade."
    )
    assert read(received).event.type == "Meeting"
    met = (
        "President Ana Torres of Paraguay met Chancellor Olaf Scholz of Germany, who is "
        "visiting Asuncion this week. They discussed trade."
    )
    assert read(met).event.type == "Meeting"
    visit = (
        "Chancellor Olaf Scholz of Germany paid an official visit to Paraguay on Monday, "
        "where he held talks with President Ana Torres. They discussed trade."
    )
    assert read(visit).event.type == "Visit"


def test_a_capital_written_another_way_is_given_in_the_gazetteers_spelling():
    """'Ha Noi' is Hanoi; Cape Town, another of South Africa's capitals, stays itself."""
    met = (
        "Prime Minister Pham Minh Chinh of Vietnam met President Ana Torres of Paraguay "
        "in {} on Monday. They discussed trade."
    )
    assert read(met.format("Ha Noi")).event.location == "Hanoi"
    other = (
        "President Cyril Ramaphosa of South Africa met President Ana Torres of Paraguay "
        "in {} on Monday. They discussed trade."
    )
    assert read(other.format("Cape Town")).event.location == "Cape Town"


CALL = (
    "President Ana Torres of Paraguay spoke with Prime Minister Anwar Ibrahim of Malaysia today. "
)


def test_a_states_condolences_with_no_addressee_go_to_the_interlocutor():
    """As a leader's do (ANNOTATION.md 8); a third state's condolences reported go nowhere."""
    found = relations(CALL + "President Torres conveyed Paraguay's condolences over the floods.")
    assert ("Paraguay", "condoles", "Anwar Ibrahim") in found
    found = relations(
        CALL + "President Torres said Brazil had expressed condolences over the floods."
    )
    assert not {r for r in found if r[1] == "condoles"}


def test_a_name_with_a_middle_name_is_the_known_person_only_when_it_holds_their_whole_name():
    """'Filipe Jacinto Nyusi' is Filipe Nyusi; 'Tran Luu Quang' is not Tran Dai Quang,
    though the family name comes first and the last word is the same."""
    fuller = (
        "President Filipe Jacinto Nyusi of Mozambique met President Ana Torres of Paraguay. "
        "They discussed trade."
    )
    assert read(fuller, "2023-03-01").event.participants == ("Filipe Nyusi", "Ana Torres")
    other = (
        "Prime Minister Hun Manet of Cambodia received a courtesy call from Tran Luu Quang, "
        "Deputy Prime Minister of Vietnam. They discussed trade."
    )
    assert "Tran Dai Quang" not in read(other, "2024-03-01").event.participants


def test_a_list_of_objects_stops_before_a_clause_of_its_own():
    """'support for X, and the two leaders agreed ...': the leaders are no second object."""
    head = (
        "On 9 May 2023, President Emmanuel Macron spoke by telephone with Chancellor Olaf "
        "Scholz of Germany. "
    )
    found = relations(
        head + "President Macron reaffirmed his support for Ukraine, and the two leaders agreed "
        "to meet again.",
        "2023-05-10",
    )
    assert {r for r in found if r[1] == "supports"} == {("Emmanuel Macron", "supports", "Ukraine")}
    found = relations(
        head + "President Macron reaffirmed support for Ukraine and Moldova.", "2023-05-10"
    )
    assert ("Emmanuel Macron", "supports", "Moldova") in found
    # near case: a list of subjects after an opening phrase is one subject
    found = relations(
        head + "As fellow members of the G7, France and Germany agreed to work together.",
        "2023-05-10",
    )
    assert {("France", "memberOf", "G7"), ("Germany", "memberOf", "G7")} <= found


def test_of_several_hosts_a_welcome_in_a_capital_is_given_by_that_states():
    """'The leaders looked forward to welcoming X in Asuncion': Paraguay's leader hosts, and
    X visits Paraguay, not Germany; a single host named stays the host."""
    text = HEAD + "The leaders looked forward to welcoming President Lula in Asunción."
    found = {r for r in relations(text) if r[1] in ("hosts", "visits")}
    assert found == {
        ("Ana Torres", "hosts", "Luiz Inácio Lula da Silva"),
        ("Luiz Inácio Lula da Silva", "visits", "Paraguay"),
    }
    text = (
        HEAD + "President Torres said she looked forward to welcoming Chancellor Scholz in Berlin."
    )
    assert ("Ana Torres", "hosts", "Olaf Scholz") in relations(text)
