"""Statements: sentences reporting what a participant said, stressed, noted or agreed."""

from __future__ import annotations

from kg.extract.document import Doc, View
from kg.extract.quotes import QUOTE_MARK, quote_runs, quote_states
from kg.extract.speech_dropped import dropped_subject, lead_in
from kg.extract.speech_joint import (
    engaged_then,
    joint_people,
    joint_verb,
    passive_statement,
    purpose_of,
)
from kg.extract.speech_lexicon import (
    LIGHT,
    QUOTES,
    SAID,
    SKIPPABLE,
    SPEECH_NOUNS,
    phrasal,
    reporting_forms,
    reporting_verb,
    sentence_span,
    verb_lemma,
)
from kg.extract.speech_styled import styled_subject
from kg.extract.speech_subject import (
    main_verb,
    skip_to_verb,
    speaker_of,
    subject_chain,
    takes_part,
)
from kg.extract.speech_titled import president_of_government, title_holder, titled_subject
from kg.extract.speech_views import in_view
from kg.model import Statement


HELD = frozenset({"held", "hold", "holds"})


def _may_be_phrasal(pieces: list[str]) -> bool:
    """Whether a sentence holds the words of a phrasal report: "held that", "put forward",
    a light verb and a noun of speech ("made the point")."""
    if "that" in pieces and not HELD.isdisjoint(pieces):
        return True
    if "forward" in pieces and ("put" in pieces or "puts" in pieces):
        return True
    return not LIGHT.isdisjoint(pieces) and not SPEECH_NOUNS.isdisjoint(pieces)


LEAD_WORDS = {"while", "as", "after", "following", "upon", "when"}


# words besides reporting verbs a statement may rest on: "according to", "in his view",
# "It is my pleasure", "the message reads", a transcript's "X:"
UNSPOKEN_CUES = frozenset(
    "according view opinion words assessment estimation position belief conviction "
    "understanding pleasure honour honor privilege joy : reads read says said stated noted "
    "remarks "
    "message letter cable telegram".split()
)


def statement_of(doc: Doc, view: View, previous: str | None = None) -> Statement | None:
    """The statement a sentence makes; ``previous`` is the speaker of the sentence before.
    A sentence with no reporting verb and no other cue can only be a passive of both."""
    pieces = view.pieces
    if reporting_forms(doc).isdisjoint(pieces) and UNSPOKEN_CUES.isdisjoint(pieces):
        # "held that", "put forward", "made the point" report; "held talks" (most first
        # sentences) does not
        if not _may_be_phrasal(pieces) and not _first_person_had(view):
            return passive_statement(doc, view)
    found = _attributed(doc, view, previous) or _active(doc, view, previous)
    return found or _passive_agent(doc, view) or passive_statement(doc, view)


# a visitor "welcomed/received/greeted by X" is a reception, not what X said
RECEPTION = {"welcomed", "received", "greeted", "hosted", "invited", "accompanied", "met"}


def _passive_agent(doc: Doc, view: View) -> Statement | None:
    """'A message of congratulations was sent by X to Y', 'The need ... was stressed by X':
    the agent of a reporting verb in the passive, when a participant, speaks; two agents
    joined by 'and' ('was discussed by A and B') speak together, as `both`."""
    pieces = view.pieces
    if "by" not in pieces or not ("was" in pieces or "were" in pieces):
        return None
    k = pieces.index("by")
    if not (0 < k < len(pieces) - 1 and pieces[k + 1][0] == "@"):
        return None
    verb, j = pieces[k - 1], k - 2
    while j > 0 and pieces[j] in SKIPPABLE:  # "was also sent by"
        j -= 1
    if pieces[j] not in ("was", "were") or "that" in pieces[:j]:
        return None
    if verb in RECEPTION or not (verb.endswith("ed") or verb == "sent"):
        return None
    if not reporting_verb(doc, verb):
        return None
    ks = [k + 1]
    if pieces[k + 2 : k + 3] == ["and"] and pieces[k + 3 : k + 4] and pieces[k + 3][0] == "@":
        ks.append(k + 3)  # "was discussed by A and B": the two speak together
    who = speaker_of(doc, view, ks)
    if not who:
        return None
    joint = who[0] == "both" and len(set(who[1])) > 1 and set(who[1]) <= set(doc.participants)
    if who[0] not in doc.participants and not joint:
        return None
    act = verb_lemma(doc, verb)
    return Statement(view.sentence.opening, who[0], act, sentence_span(view), who[1])


def _attributed(doc: Doc, view: View, previous: str | None = None) -> Statement | None:
    """'"...," said President Ramaphosa.' / '..., the leaders affirmed.' / '..., Xi said.'"""
    pieces, s = view.pieces, view.sentence
    if not pieces or pieces[-1] != "." and pieces[-1] not in QUOTES:
        return None
    tail = pieces[-8:]
    if not QUOTES.isdisjoint(tail):
        tail = [p for p in tail if p not in QUOTES]
    if len(tail) < 4 or tail[-1] != "." or tail[-4] != ",":
        return _attributed_title(doc, view)
    for verb, who_at in ((tail[-2], -3), (tail[-3], -2)):
        if reporting_verb(doc, verb) and tail[who_at].startswith("@"):
            k = len(pieces) - 1 - pieces[::-1].index(tail[who_at])
            who = speaker_of(doc, view, [k], previous)
            if who and who[0] != "both" and who[0] not in doc.participants:
                # '"The President thanked X ...," Minister Y said.': Y relays the act
                inner = _subjects(doc, view, 0, None)
                if inner and (inner.speaker == "both" or inner.speaker in doc.participants):
                    return inner
            if who:
                return Statement(
                    s.opening, who[0], verb_lemma(doc, verb), sentence_span(view), who[1]
                )
    return _attributed_title(doc, view)


def _attributed_title(doc: Doc, view: View) -> Statement | None:
    """'"...," said the Brazilian president.' / '..., the visiting minister added.': a
    quotation's speaker by a bare title, after its last comma."""
    pieces = view.pieces
    end = len(pieces) - 1
    while end > 0 and pieces[end] in QUOTES:
        end -= 1
    if pieces[end] != "." or "," not in pieces[max(0, end - 9) : end]:
        return None
    a = end - pieces[end - 1 :: -1].index(",")
    while a < end and pieces[a] in QUOTES:
        a += 1
    if _writing_says(pieces[a:end]) and doc.participants:
        # '"... . ...," the message reads.': its sender, the first participant
        sender = doc.participants[0]
        return Statement(view.sentence.opening, sender, "say", sentence_span(view), (sender,))
    verb = pieces[a] if reporting_verb(doc, pieces[a]) else None
    held = title_holder(doc, view, a + 1) if verb else title_holder(doc, view, a)
    if held and not verb and held[1] + 1 == end:
        verb = pieces[held[1]] if reporting_verb(doc, pieces[held[1]]) else None
    elif held and held[1] != end:
        held = None
    if not (held and verb):
        return None
    s = view.sentence
    return Statement(s.opening, held[0], verb_lemma(doc, verb), sentence_span(view), (held[0],))


def _opening_clause(doc: Doc, pieces: list[str]) -> int:
    """Where the main clause starts, past 'Speaking at ..., ' or 'On this matter, '."""
    first = pieces[0] if pieces else ""
    if (
        first.endswith("ing")
        or doc.lex.is_("preposition", first)
        or first in LEAD_WORDS
        or first == "according"
    ) and "," in pieces:
        return pieces.index(",") + 1
    return 0


def _named(view: View, piece: str) -> bool:
    """A word the mentions left out of a name: 'Prime Minister KISHIDA stated'."""
    text = view.sentence.text
    return piece.isalpha() and (piece.upper() in text or piece.title() in text)


WRITINGS = {"message", "letter", "cable", "telegram"}
WRITING_SAYS = {"reads", "read", "said", "says", "stated", "noted"}


def _writing_says(words: list[str]) -> bool:
    """'the message reads', 'the letter said', 'reads the message': a writing speaking."""
    if len(words) != 3:
        return False
    if words[0] == "the":
        return words[1] in WRITINGS and words[2] in WRITING_SAYS
    return words[0] in WRITING_SAYS and words[1] == "the" and words[2] in WRITINGS


TEXT_OF = (["the", "text", "of"], ["the", "full", "text", "of"])


def _writing_speaks(doc: Doc, view: View) -> Statement | None:
    """'The message reads, in part:', 'The text of the message reads as follows:', 'The
    letter, signed by X, states that ...': a writing speaks for its sender, the first
    participant; the act is its verb's ('read', 'state')."""
    pieces = view.pieces
    lead = next((len(t) for t in TEXT_OF if pieces[: len(t)] == t), 0)
    if pieces[lead : lead + 1] != ["the"] or pieces[lead + 1 : lead + 2] not in WRITING_LIST:
        return None
    j = skip_to_verb(pieces, lead + 2, doc)
    verb = pieces[j] if j < len(pieces) else ""
    if verb not in WRITING_SAYS and not (reporting_verb(doc, verb) and verb[-1] == "s"):
        return None  # "The letter conveyed", "the message was handed": no writing speaking
    sender = doc.participants[0]
    act = "read" if verb in ("reads", "read") else verb_lemma(doc, verb)
    return Statement(view.sentence.opening, sender, act, sentence_span(view), (sender,))


WRITING_LIST = [[w] for w in WRITINGS]


def _lead_forms(doc: Doc, view: View, previous: str | None) -> Statement | None:
    """'The message reads, ...' (its sender) and 'According to X, ...' (X, a participant)."""
    pieces, s = view.pieces, view.sentence
    if pieces[:1] == ["the"] and doc.participants:
        found = _writing_speaks(doc, view)
        if found:
            return found
    if len(pieces) > 3 and pieces[0][0] == "@" and pieces[1] == "'s" and pieces[2] in WRITINGS:
        # "The King's cable read: ...": its writer's
        who = speaker_of(doc, view, [0]) if pieces[3] in WRITING_SAYS else None
        if who:
            return Statement(s.opening, who[0], "say", sentence_span(view), who[1])
    if pieces[:2] == ["according", "to"]:
        # "According to the President, both countries share ...": a participant it is
        # according to; one who is none relays the main clause's subject (ANNOTATION.md 5)
        said = _according(doc, view, previous)
        if said and said.speaker in doc.participants:
            return said
    return None


def _both(view: View, act: str, people: tuple[str, ...]) -> Statement:
    return Statement(view.sentence.opening, "both", act, sentence_span(view), people)


def _active(doc: Doc, view: View, previous: str | None) -> Statement | None:
    pieces = view.pieces
    found = _lead_forms(doc, view, previous)
    if found:
        return found
    start = _opening_clause(doc, pieces)
    verb = joint_verb(doc, pieces, start, view.mentions)
    if verb:
        return _both(view, verb_lemma(doc, verb), joint_people(doc, view, start, verb))
    styled = (
        styled_subject(doc, view, start)
        or titled_subject(doc, view, start)
        or in_view(doc, view, start)
    )
    return styled or _subjects(doc, view, start, previous)


def _president_of_government(doc: Doc, view: View, k: int) -> Statement | None:
    """'The President of the Government reiterated': the head of government's act."""
    styled_as = president_of_government(doc, view, k)
    if not styled_as:
        return None
    j = skip_to_verb(view.pieces, styled_as[1], doc)
    if j >= len(view.pieces) or not reporting_verb(doc, view.pieces[j]):
        return None
    who, act = styled_as[0], verb_lemma(doc, view.pieces[j])
    return Statement(view.sentence.opening, who, act, sentence_span(view), (who,))


def _subjects(doc: Doc, view: View, start: int, previous: str | None) -> Statement | None:
    """The first participant mention that is a subject with a reporting verb after it."""
    pieces, s = view.pieces, view.sentence
    k, outsider = start, None
    while k < len(pieces):
        p = pieces[k]
        if p[0] != "@":
            if k > start and (p[-2:] == "ed" or p in SAID) and main_verb(doc, pieces, k):
                break  # the clause's verb came before any participant: its subject is none
            k += 1
            continue
        if (k > 0 and doc.lex.is_("preposition", pieces[k - 1])) or (
            k + 1 < len(pieces) and pieces[k + 1] == "'s"
        ):
            k += 1
            continue
        styled = _president_of_government(doc, view, k)
        if styled:
            return styled
        ks, j = subject_chain(pieces, k)
        if pieces[j : j + 1] == ["of"] and pieces[j + 1 : j + 2] and pieces[j + 1][0] == "@":
            j += 2  # "both of them"
        elif pieces[j : j + 1] == ["of"] and view.mentions[int(p[1:])].kind == "people":
            j = _of_the_group(pieces, j)  # "Leaders of the three delegations"
        side = len(ks) == 1 and pieces[j : j + 1] == ["side"]
        j += side  # "the EU side stressed": the mention ended before 'side'
        joint = engaged_then(doc, pieces, j)
        j = skip_to_verb(pieces, j, doc)
        joint = joint or engaged_then(doc, pieces, j)
        if joint:
            return _both(view, verb_lemma(doc, joint), tuple(doc.participants))
        own = (
            engaged_then(doc, pieces, j, joint=False)
            or purpose_of(doc, pieces, j)
            or _quoted_as_saying(pieces, j)
            or _first_person_engagement(view, ks, pieces, j)
        )
        who = speaker_of(doc, view, ks) if own else None
        if who:
            return Statement(s.opening, who[0], verb_lemma(doc, own), sentence_span(view), who[1])
        if (
            j + 1 < len(pieces)
            and reporting_verb(doc, pieces[j + 1])
            and not reporting_verb(doc, pieces[j])
            and _named(view, pieces[j])
        ):
            j += 1
        if j < len(pieces) and (
            (reporting_verb(doc, pieces[j]) and not takes_part(pieces, j)) or phrasal(pieces, j)
        ):
            verb = pieces[j]
            if verb in ("spoke", "speaks", "speak") and pieces[j + 1 : j + 2] in (
                ["with"],
                ["to"],
                ["by"],
                ["on"],
            ):
                k = j + 1  # "spoke with/to X" is the engagement; "and they discussed" may follow
                continue
            if _joined_to_opening(doc, view, start, k):
                ks = [start, *ks]  # "The heads of state of Central Asia and @1 discussed"
            who = speaker_of(doc, view, ks, previous if k == start else None, side)
            if who:
                said = Statement(
                    s.opening, who[0], verb_lemma(doc, verb), sentence_span(view), who[1]
                )
                if not _relayed(doc, pieces, j, who[0]):
                    return said
                outsider, k = said, j + 1 + (pieces[j + 1] == "that")
                continue
            if _unnamed_relays(view, ks, pieces, j):
                k = j + 1 + (pieces[j + 1] == "that")  # "The Spokesperson said that X ..."
                continue
        k = max(j, k + 1)
    return outsider or _according(doc, view, previous)


NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "both", "all"}


def _of_the_group(pieces: list[str], j: int) -> int:
    """Past 'of the three delegations', 'of both countries' after a group of people ('Leaders
    of the three delegations welcomed'): the piece after it; else ``j``."""
    k = j + 1 + (pieces[j + 1 : j + 2] == ["the"])
    return k + 2 if pieces[k : k + 1] and pieces[k] in NUMBERS else j


def _joined_to_opening(doc: Doc, view: View, start: int, k: int) -> bool:
    """Whether the mention at piece k is joined by 'and' to the participant mention opening
    the clause, with words between ('The heads of state of Central Asia and the German
    Chancellor'): the two make one subject."""
    pieces = view.pieces
    if k < start + 3 or pieces[k - 1] != "and" or pieces[start][0] != "@":
        return False
    if pieces[start + 1] == "'s":  # "President X's adviser and @1": the adviser is none
        return False
    if "," in pieces[start:k] or "and" in pieces[start : k - 1]:
        return False
    m = view.mentions[int(pieces[start][1:])]
    return any(a in doc.participants for a in m.actors)


def _relayed(doc: Doc, pieces: list[str], j: int, speaker: str) -> bool:
    """'The Spokesman stated (that) the President welcomed ...': one who is no participant
    relays a participant's act; the clause after the verb may name the participant."""
    if speaker == "both" or speaker in doc.participants or j + 1 >= len(pieces):
        return False
    return pieces[j + 1] in ("that", "the") or pieces[j + 1][0] == "@"


def _first_person_had(view: View) -> bool:
    """Whether the sentence may be a leader's own 'I had a call with X' (cheap tests)."""
    pieces = view.pieces
    return ("had" in pieces or "held" in pieces) and f" {view.sentence.text}".find(" I ") >= 0


ENGAGEMENT_NOUNS = {"call", "conversation", "meeting", "talks", "discussion", "exchange"}


def _first_person_engagement(view: View, ks: list[int], pieces: list[str], j: int) -> str | None:
    """'Today I had a good phone call with X': in a leader's own account the first person
    reporting the engagement speaks (act 'have', 'hold'); 'X had a call' in the narrator's
    voice is the engagement only."""
    if len(ks) != 1:
        return None
    # "had" is skipped as an auxiliary on the way to the verb: look between subject and j
    verb = next((p for p in pieces[ks[0] + 1 : j + 1] if p in ("had", "held")), None)
    first = view.mentions[int(pieces[ks[0]][1:])].how in ("first-person", "narrator")
    if verb is None or not first:
        return None
    k = pieces.index(verb, ks[0] + 1)
    return verb if not ENGAGEMENT_NOUNS.isdisjoint(pieces[k + 1 : k + 5]) else None


def _quoted_as_saying(pieces: list[str], j: int) -> str | None:
    """'X was quoted (by the website) as saying that ...': X said it (the act 'say')."""
    if pieces[j + 1 : j + 2] != ["quoted"] or pieces[j] not in ("was", "were"):
        return None
    rest = pieces[j + 2 : j + 12]
    k = rest.index("as") if "as" in rest else -1
    return "said" if k >= 0 and rest[k + 1 : k + 2] == ["saying"] else None


def _unnamed_relays(view: View, ks: list[int], pieces: list[str], j: int) -> bool:
    """'The Government Spokesperson revealed that the Prime Minister thanked ...': one
    named by an office alone who resolves to no one relays the act of the that-clause."""
    if len(ks) != 1 or j + 1 >= len(pieces):
        return False
    if not (pieces[j + 1] == "that" or pieces[j + 1][0] == "@"):
        return False
    m = view.mentions[int(pieces[ks[0]][1:])]
    return m.kind == "person" and not m.actors and m.how != "pronoun"


def _according(doc: Doc, view: View, previous: str | None) -> Statement | None:
    """'According to him, ...': the one named, or the one just quoted, when no
    participant reports in the clause itself."""
    pieces, s = view.pieces, view.sentence
    if pieces[:2] == ["according", "to"] and "," in pieces[:8]:
        if pieces[2].startswith("@"):
            who = speaker_of(doc, view, [2])
            if who:
                return Statement(s.opening, who[0], "say", sentence_span(view), who[1])
        if pieces[2] in ("him", "her") and previous:
            people = (previous,) if previous != "both" else tuple(doc.participants)
            return Statement(s.opening, previous, "say", sentence_span(view), people)
    return None


def _quoted_before(doc: Doc, found: list[Statement | None], k: int) -> Statement | None:
    """A quotation no one is said to speak, right after a quoted sentence of the same
    paragraph that has its speaker ('"A," X said. "B."'): that speaker goes on."""
    if not k or not found[k - 1]:
        return None
    before, here = doc.views[k - 1].sentence, doc.views[k].sentence
    same = before.paragraph == here.paragraph
    return found[k - 1] if same and QUOTE_MARK.search(before.text) else None


def statements(doc: Doc) -> list[Statement]:
    """One statement per reporting sentence; the sentences of a quotation take the
    speaker of the sentence that attributes it ('X said, "A. B."', '"A. B," said X')."""
    found: list[Statement | None] = []
    quotes = quote_states(doc)
    lead = None  # the subject of a list's lead-in ("The leaders:"), for its items
    for k, view in enumerate(doc.views):
        inside = quotes[k][0] and k and quotes[k - 1][1]
        prev = found[-1] if found and found[-1] else None
        speaker = prev.speaker if prev else None
        if view.sentence.index in doc.in_turns:  # a turn's speaker line is its one statement
            found.append(None)
            continue
        st = _attributed(doc, view, speaker) if inside else statement_of(doc, view, speaker)
        dropped = None
        if st is None and not inside and (lead or prev):
            dropped = st = dropped_subject(doc, view, lead or (prev.speaker, prev.speakers))
        if not dropped:  # a list's items keep its lead-in; any other sentence ends it
            lead = lead_in(doc, view) if st is None else None
        found.append(st)
    for run in quote_runs(quotes):
        said = next((found[k] for k in run if found[k] and found[k].speaker), None)
        said = said or _quoted_before(doc, found, run[0])
        for k in run:
            if said and found[k] is None:
                v = doc.views[k]
                found[k] = Statement(
                    v.sentence.opening, said.speaker, "say", sentence_span(v), said.speakers
                )
    return [st for st in found if st]
