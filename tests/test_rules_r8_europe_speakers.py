"""Round 8, "europe": statements in the styles of European offices (the Holy See's passive
of shared views, the participle after a call, a message sent). Every sentence here was
written for this test.
"""

from __future__ import annotations

from reading import read, speakers

CALL = "Readout of the call\n\n"
HOLY_SEE = "Audience with the President of Portugal\n\n"


def test_satisfaction_was_expressed_is_both_sides_statement():
    text = (
        HOLY_SEE + "The Holy Father received the President of the Portuguese Republic, Marcelo "
        "Rebelo de Sousa. In the course of the cordial talks, satisfaction was expressed for "
        "the good relations between the Holy See and Portugal."
    )
    assert speakers(text, "2024-03-16", "Holy See Press Office")[-1:] == ["both"]


def test_concern_expressed_by_one_is_not_both():
    # near negative: a passive with its agent named is that agent's
    text = (
        HOLY_SEE + "The Holy Father received the President of the Portuguese Republic, Marcelo "
        "Rebelo de Sousa. Concern was expressed by the President about the fires."
    )
    assert speakers(text, "2024-03-16", "Holy See Press Office")[-1:] != ["both"]


# -- "spoke with Y, congratulating him": the caller's statement --------------------------------


def test_a_reporting_participle_after_a_call_is_the_callers_statement():
    text = CALL + (
        "Foreign Minister Irena Kovač spoke on the phone on Friday with Foreign Minister "
        "Tomas Berzins of Latvia, thanking him for the help with the evacuation."
    )
    assert speakers(text) == ["Irena Kovač"]


def test_a_joint_participle_after_a_call_is_no_callers_statement():
    # near negative: discussing is both sides' act, not the caller's alone
    text = CALL + (
        "Foreign Minister Irena Kovač spoke on the phone on Friday with Foreign Minister "
        "Tomas Berzins of Latvia, discussing the evacuation."
    )
    assert "Irena Kovač" not in speakers(text)


def test_a_message_sent_congratulating_stays_the_sending():
    # near negative: a message's announcement is the sender's "send" (ANNOTATION.md 8)
    ex = read(
        CALL + "President Alar Karis sent a letter to President Edgars Rinkēvičs of Latvia, "
        "congratulating him on the national day."
    )
    assert [(s.speaker, s.act) for s in ex.statements][:1] == [("Alar Karis", "send")]
