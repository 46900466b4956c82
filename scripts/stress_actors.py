#!/usr/bin/env python3
"""Probe who is who, and of which state, in readouts written in many house styles.

    python scripts/stress_actors.py [--per 6] [--show FORM] [--only FORM] [--limit 10]

Composes readouts of a meeting between a fixed host (an invented Vice President of
Paraguay) and an INVENTED official of another state, so the gazetteer cannot help: every
state of states.tsv (by its short, official and alias names and its adjective), many
offices (heads of state and government, ministers of any portfolio, deputy, vice, acting
and state ministers, ambassadors, envoys, permanent representatives, chairs of
commissions, central bank governors) and the mention forms offices use ("Ghanaian Trade
Minister N", "N, Minister of Trade of Ghana,", "Ghana's ... N", "H.E. Mr. N, ... of the
Republic of Ghana", "his Ghanaian counterpart, N", "N, the Ghanaian ..."), with a later
reference by surname, by Mr/Ms/Dr and surname, by office alone, or none. Each readout is
checked for the official's canonical name, their leaderOf to the right state (a participant
always gets one, ANNOTATION.md section 8), the relation the readout states (thanks) and
no spurious person (a demonym in "the Ghanaian people" is none).

Forms also cover news-agency lower case ("Ghanaian trade minister X"), styles before the
name (Hon., Dr., His Excellency), "a Ghanaian delegation led by ...", family names in
capitals first ("ADOMAKO Kwesi"), names of several traditions (particles, two family names,
short family names first) and a later reference by demonym ("the Ghanaian guest").

A second part names officials by office alone ("the Foreign Minister of Kenya", "the
Kenyan President", "Kenya's Prime Minister", "her Kenyan counterpart", and in lower case)
and expects the holder on the day from the gazetteer (section 8); a third has a
government's own readout name its official by office alone ("The Foreign Minister held
talks ..."). The lower-case office-only forms stay descriptions (no holder) by design:
see tests/test_rules_statements.py ("The Iranian president pointed ...").

Prints found/expected by form, office, later reference and state-name kind.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import load  # noqa: E402
from kg.model import Readout  # noqa: E402
from kg.resources import data_file, read_tsv, split_multi  # noqa: E402

DAY = "2024-05-12"
HOST = "Ana Torres"
HOST_STATE = "Paraguay"

# invented people: (full name, surname, gender)
NAMES = [
    ("Kwesi Adomako", "Adomako", "m"),
    ("Lena Varga", "Varga", "f"),
    ("Tomasz Wielgosz", "Wielgosz", "m"),
    ("Amara Okonkwo-Bello", "Okonkwo-Bello", "f"),
    ("Mikko Halvorsen", "Halvorsen", "m"),
    ("Nadia El-Khoury", "El-Khoury", "f"),
    ("Dilnoza Rakhimova", "Rakhimova", "f"),
    ("Pierre-Yves Lambert", "Lambert", "m"),
    ("Anjali Raghavan", "Raghavan", "f"),
    ("Teodor Ilic", "Ilic", "m"),
    ("Grace Mwangaza", "Mwangaza", "f"),
    ("Rafael Quintana Osorio", "Quintana Osorio", "m"),
    ("Samir Haddadin", "Haddadin", "m"),
    ("Ingrid Solberg-Aune", "Solberg-Aune", "f"),
    ("Bakhyt Zhumabekov", "Zhumabekov", "m"),
    ("Malia Tuilagi", "Tuilagi", "f"),
    ("Omar bin Rashid Al Suwaidi", "Al Suwaidi", "m"),
    ("Yusuf al-Harthy", "al-Harthy", "m"),
    ("Jean-Claude Mbemba", "Mbemba", "m"),
    ("Li Wenhao", "Li", "m"),
    ("Oh Seung-min", "Oh", "f"),
    ("Ana Paula de Souza", "de Souza", "f"),
]

# (key, title, short title for "the <office>" later references)
OFFICES = [
    ("president", "President", "President"),
    ("prime_minister", "Prime Minister", "Prime Minister"),
    ("vice_president", "Vice President", "Vice President"),
    ("deputy_pm", "Deputy Prime Minister", "Deputy Prime Minister"),
    ("foreign_minister", "Foreign Minister", "Foreign Minister"),
    ("mfa", "Minister of Foreign Affairs", "Minister"),
    ("trade", "Minister of Trade and Industry", "Minister"),
    ("trade_pre", "Trade Minister", "Minister"),
    ("defence", "Minister of Defence", "Minister"),
    ("defense_pre", "Defense Minister", "Minister"),
    ("finance", "Minister of Finance", "Minister"),
    ("energy", "Minister for Energy", "Minister"),
    ("deputy_fm", "Deputy Foreign Minister", "Deputy Minister"),
    ("deputy_mfa", "Deputy Minister of Foreign Affairs", "Deputy Minister"),
    ("vice_mfa", "Vice Minister of Foreign Affairs", "Vice Minister"),
    ("acting_fm", "Acting Foreign Minister", "Acting Minister"),
    ("state_min", "Minister of State for Foreign Affairs", "Minister of State"),
    ("state_min2", "State Minister for Foreign Affairs", "State Minister"),
    ("ambassador", "Ambassador", "Ambassador"),
    ("envoy", "Special Envoy", "Special Envoy"),
    ("perm_rep", "Permanent Representative to the United Nations", "Permanent Representative"),
    ("commission", "Chairperson of the National Planning Commission", "Chairperson"),
    ("central_bank", "Governor of the Central Bank", "Governor"),
    ("speaker", "Speaker of the National Assembly", "Speaker"),
    ("sec_trade", "Secretary of Commerce", "Secretary"),
    ("ambassador_to", "Ambassador to Paraguay", "Ambassador"),
    ("ambassador_ep", "Ambassador Extraordinary and Plenipotentiary to Paraguay", "Ambassador"),
    ("charge", "Chargé d'Affaires", "Chargé d'Affaires"),
]

# mention forms: D demonym, O office, S state name (with its article), N name
FORMS = {
    "pre_demonym": "{D} {O} {N}",
    "of_state_name": "{O} of {S} {N}",
    "name_comma_of": "{N}, {O} of {S},",
    "possessive": "{Sp} {O} {N}",
    "name_of_state": "{O} {N} of {S}",
    "he_mr": "{HE} {N}, {O} of {Sl},",
    "counterpart": "{poss} {D} counterpart, {N},",
    "name_the_demonym": "{N}, the {D} {O},",
    # news-agency style: the office in lower case
    "lower_demonym": "{D} {o} {N}",
    "lower_possessive": "{Sp} {o} {N}",
    "name_lower_possessive": "{N}, {Sp} {o},",
    # styles before the name, the office after it
    "hon_comma_of": "Hon. {N}, {O} of {S},",
    "dr_comma_of": "Dr. {N}, {O} of {S},",
    "excellency": "His Excellency {N}, {O} of {S},",
    "delegation_led_by": "a {D} delegation led by {O} {N}",
    "surname_caps": "{D} {O} {NC}",
}
DEMONYM_FORMS = (
    "pre_demonym",
    "counterpart",
    "name_the_demonym",
    "he_mr",
    "lower_demonym",
    "delegation_led_by",
    "surname_caps",
)
LATER = ("none", "surname", "title_surname", "office", "pronoun", "demonym_guest")
POSITIONS = ("object", "subject")
ARTICLE_FIRST = (
    "United ",
    "Republic",
    "Democratic",
    "Central African",
    "Czech Republic",
    "Dominican Republic",
    "Marshall",
    "Solomon",
    "Philippines",
    "Netherlands",
    "Bahamas",
    "Gambia",
    "Comoros",
    "Maldives",
    "UAE",
    "U.A.E.",
    "Holy See",
    "Kingdom",
    "State of",
    "Federal",
    "Federated",
    "Islamic",
    "People's",
    "Principality",
    "Grand Duchy",
    "Plurinational",
    "Commonwealth",
    "Union of",
    "Sultanate",
    "Hashemite",
    "Swiss",
    "Arab Republic",
    "Lao People's",
    "Argentine",
    "Italian",
    "French",
    "Gabonese",
    "Hellenic",
    "Kyrgyz",
    "Lebanese",
    "Togolese",
    "Syrian",
    "Bolivarian",
    "Oriental",
    "Independent",
    "Cooperative",
    "Russian Federation",
)


def _the(name: str) -> str:
    return "the " + name if name.startswith(ARTICLE_FIRST) else name


def states() -> list[dict]:
    out = []
    for row in read_tsv(data_file("gazetteer", "states.tsv")):
        adjectives = [a for a in split_multi(row.get("adjectives", "")) if a[:1].isupper()]
        adjectives = [a for a in adjectives if "." not in a and a not in ("UAE", "UK")]
        if not adjectives or row.get("status") not in ("member", "observer"):
            continue
        variants = [("short", row["name"])]
        variants += [("official", v) for v in split_multi(row.get("official", ""))[:1]]
        variants += [("alias", v) for v in split_multi(row.get("aliases", ""))[:2] if len(v) > 3]
        out.append({"name": row["name"], "adjectives": adjectives, "variants": variants})
    return out


def possessive(name: str) -> str:
    name = _the(name)
    return name + "'" if name.endswith("s") and not name.endswith("ss") else name + "'s"


def mention(form: str, office: str, state: dict, variant: tuple[str, str], who) -> str:
    full, _, gender = who
    pattern = FORMS[form]
    if " to " in office and " of {S" in pattern:
        # "Permanent Representative of Ghana to the United Nations": the state comes first
        base, accredited = office.split(" to ", 1)
        pattern = pattern.replace("{O} of {S}", "{O} of {S} to " + accredited)
        pattern = pattern.replace("{O} of {Sl}", "{O} of {Sl} to " + accredited)
        office = base
    official = next((v for k, v in state["variants"] if k == "official"), state["name"])
    parts = full.split()
    western = len(parts) == 2 and who[1] == parts[1] and parts[1][:1].isupper()
    caps = f"{parts[1].upper()} {parts[0]}" if western else full  # "ADOMAKO Kwesi"
    return pattern.format(
        D=state["adjectives"][0],
        O=office,
        o=office if office.startswith(("President", "Prime", "Vice")) else _lower(office),
        NC=caps,
        S=_the(variant[1]),
        Sp=possessive(variant[1]),
        Sl=_the(official),
        N=full,
        HE="H.E. Mr." if gender == "m" else "H.E. Ms.",
        poss="her",
    )


def _lower(office: str) -> str:
    """An office as news agencies write it: "trade minister", "minister of trade"."""
    keep = ("United", "Nations", HOST_STATE)
    return " ".join(w if w in keep else w.lower() for w in office.split())


def later_ref(kind: str, short: str, who, position: str, state: dict) -> str:
    full, surname, gender = who
    if kind == "demonym_guest":
        return f"the {state['adjectives'][0]} guest"
    if kind == "surname":
        return surname
    if kind == "title_surname":
        return ("Mr. " if gender == "m" else "Ms. ") + surname
    if kind == "office":
        return "the " + short
    if kind == "pronoun":
        if position == "subject":
            return "He" if gender == "m" else "She"
        return "him" if gender == "m" else "her"
    return ""


def compose(form, office, state, variant, who, later, position) -> tuple[str, tuple]:
    """The readout and the triple its relation gives ("A Ghanaian delegation led by X
    thanked ..." is the delegation's, the state's, act)."""
    text, triple = _compose(form, office, state, variant, who, later, position)
    if form == "delegation_led_by" and position == "subject" and triple[0] == who[0]:
        if later == "none":
            triple = (state["name"],) + triple[1:]
    return text, triple


def _compose(form, office, state, variant, who, later, position) -> tuple[str, tuple]:
    key, title, short = office
    host_title = "Vice President"
    if form == "counterpart" or key == "vice_president":
        host_title = "Foreign Minister"
    if form == "counterpart" and key not in ("foreign_minister", "mfa"):
        title, short = "Foreign Minister", "Foreign Minister"
    m = mention(form, title, state, variant, who)
    host = f"{host_title} {HOST} of {HOST_STATE}"
    head = f"{host_title} Torres receives visiting official\n\nAsunción, 12 May 2024\n\n"
    tail = f" Ms. Torres conveyed her best wishes to the {state['adjectives'][0]} people."
    cap = m[:1].upper() + m[1:]
    if later == "none":
        if position == "subject":
            body = (
                f"{cap} thanked {host} for the warm hospitality"
                " during their meeting in Asunción today."
            )
            return head + body + tail, (who[0], "thanks", HOST)
        body = (
            f"{host} thanked {m} for the support extended to the people of Paraguay"
            " at their meeting in Asunción today."
        )
        return head + body + tail, (HOST, "thanks", who[0])
    ref = later_ref(later, short, who, "subject" if position == "object" else "object", state)
    if position == "object":
        body = (
            f"{host} held talks with {m} in Asunción today."
            f" {ref[:1].upper() + ref[1:]} thanked Ms. Torres for the warm hospitality."
        )
        return head + body + tail, (who[0], "thanks", HOST)
    body = f"{cap} held talks with {host} in Asunción today."
    body += f" Ms. Torres thanked {ref} for the visit."
    return head + body + tail, (HOST, "thanks", who[0])


def check(text: str, who: str, state: str, triple: tuple) -> dict:
    ex = extract(Readout("probe", text, published=DAY))
    rels = {(r.subject, r.relation, r.object) for r in ex.relations}
    people = {n for n, k in ex.actors.items() if k == "person"}
    return {
        "name": who in people,
        "leaderOf": (who, "leaderOf", state) in rels,
        "relation": triple in rels,
        "clean": not (people - {who, HOST}),
        "_rels": rels,
        "_people": people,
    }


def probe_named(per: int, only: str | None):
    sts = states()
    results = []
    i = 0
    for form in FORMS:
        if only and form != only:
            continue
        for office in OFFICES:
            if form == "counterpart" and office[0] not in ("foreign_minister", "mfa"):
                continue
            for later in LATER:
                if form == "counterpart" and later == "office":
                    continue  # "the Foreign Minister" is either of two counterparts
                for position in POSITIONS:
                    for _ in range(per):
                        state = sts[(i * 7) % len(sts)]
                        variant = state["variants"][i % len(state["variants"])]
                        if form in DEMONYM_FORMS:
                            variant = ("demonym", state["adjectives"][0])
                        who = NAMES[i % len(NAMES)]
                        i += 1
                        text, triple = compose(form, office, state, variant, who, later, position)
                        res = check(text, who[0], state["name"], triple)
                        res.update(
                            form=form,
                            office=office[0],
                            later=later,
                            position=position,
                            variant=variant[0],
                            text=text,
                        )
                        results.append(res)
    return results


# officials named by office alone, resolved by the gazetteer's holder on the day
BY_OFFICE = {
    "the_office_of": ("the {O} of {S}", "the {O}"),
    "the_demonym_office": ("the {D} {O}", "the {O}"),
    "possessive_office": ("{Sp} {O}", "the {O}"),
    "lower_the_office_of": ("the {o} of {S}", "the {o}"),
    "lower_the_demonym": ("the {D} {o}", "the {o}"),
    "lower_possessive_office": ("{Sp} {o}", "the {o}"),
    "counterpart_only": ("her {D} counterpart", ""),
}
# publishers that name their government: "the Foreign Minister" in their readout is theirs
HOME_PUBLISHERS = (
    "Ministry of Foreign Affairs of {S}",
    "Office of the President of {S}",
    "Government of {S}",
)
ROLES = (
    ("head_of_state", "President"),
    ("head_of_government", "Prime Minister"),
    ("foreign_minister", "Foreign Minister"),
)


def probe_by_office(per: int):
    g = load()
    sts = states()
    results = []
    for form, (pattern, _) in BY_OFFICE.items():
        n = 0
        for state in sts:
            for role, title in ROLES:
                holders = [
                    t
                    for t in g.holders(DAY, of=state["name"], role=role)
                    if title.lower() in t.title.lower()
                ]
                if len(holders) != 1 or n >= per * 30:
                    continue
                if form == "counterpart_only" and role == "head_of_state":
                    continue  # the host is a foreign minister or head of government
                n += 1
                m = pattern.format(
                    O=title,
                    o=title.lower(),
                    S=_the(state["name"]),
                    D=state["adjectives"][0],
                    Sp=possessive(state["name"]),
                )
                host = f"Vice President {HOST} of {HOST_STATE}"
                if form == "counterpart_only":
                    host = f"{title} {HOST} of {HOST_STATE}"
                text = (
                    "Torres receives visiting official\n\nAsunción, 12 May 2024\n\n"
                    f"{host} thanked {m} for the support extended"
                    " to the people of Paraguay at their meeting in Asunción today."
                )
                who = holders[0].person
                res = check(text, who, state["name"], (HOST, "thanks", who))
                res["clean"] = True
                res.update(
                    form=form,
                    office=role,
                    later="none",
                    position="object",
                    variant="short",
                    text=text,
                )
                results.append(res)
    results += probe_home(per, g, sts)
    return results


def probe_home(per: int, g, sts) -> list[dict]:
    """Officials named by office alone in their own government's readout ("The Foreign
    Minister held talks with ..." published by that ministry): the holder on the day."""
    results = []
    n = 0
    for k, state in enumerate(sts):
        for role, title in ROLES:
            holders = [
                t
                for t in g.holders(DAY, of=state["name"], role=role)
                if title.lower() in t.title.lower()
            ]
            if len(holders) != 1 or n >= per * 40:
                continue
            n += 1
            publisher = HOME_PUBLISHERS[k % len(HOME_PUBLISHERS)].format(S=_the(state["name"]))
            text = (
                f"{title} holds talks with Paraguay\n\n12 May 2024\n\n"
                f"The {title} held talks with Vice President {HOST} of {HOST_STATE} in Asunción"
                f" today. The {title} thanked Ms. Torres for the warm hospitality."
            )
            who = holders[0].person
            ex = extract(Readout("probe", text, published=DAY, publisher=publisher))
            rels = {(r.subject, r.relation, r.object) for r in ex.relations}
            people = {a for a, kind in ex.actors.items() if kind == "person"}
            results.append(
                {
                    "name": who in people,
                    "leaderOf": (who, "leaderOf", state["name"]) in rels,
                    "relation": (who, "thanks", HOST) in rels,
                    "clean": True,
                    "_rels": rels,
                    "_people": people,
                    "form": "home_publisher",
                    "office": role,
                    "later": "office",
                    "position": "subject",
                    "variant": "publisher",
                    "text": f"[{publisher}] " + text,
                }
            )
    return results


def table(results, by: str):
    agg = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in results:
        a = agg[r[by]]
        a[0] += 1
        for j, k in enumerate(("name", "leaderOf", "relation", "clean"), 1):
            a[j] += bool(r[k])
    print(f"\n{by:<18} {'n':>5} {'name':>6} {'leader':>7} {'rel':>6} {'clean':>6}")
    for key, (n, *ok) in sorted(agg.items()):
        print(f"{key:<18} {n:>5} " + " ".join(f"{v:>6}" for v in ok))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per", type=int, default=2, help="readouts per combination")
    ap.add_argument("--only", help="probe one form")
    ap.add_argument("--show", help="print failures of this form (or 'all')")
    ap.add_argument("--by", default="form,office,later,variant,position")
    ap.add_argument("--limit", type=int, default=10)
    args = ap.parse_args()
    results = probe_named(args.per, args.only) + ([] if args.only else probe_by_office(args.per))
    for by in args.by.split(","):
        table(results, by)
    total = len(results)
    fails = [r for r in results if not all(r[k] for k in ("name", "leaderOf", "relation", "clean"))]
    print(f"\nall: {total - len(fails)}/{total} readouts fully right")
    if args.show:
        shown = 0
        for r in fails:
            if args.show in ("all", r["form"], r["office"], r["later"]):
                bad = [k for k in ("name", "leaderOf", "relation", "clean") if not r[k]]
                print("\n---", r["form"], r["office"], r["later"], r["position"], "missing:", bad)
                print(r["text"].split("\n\n", 2)[2])
                print("people:", sorted(r["_people"]))
                print("rels:", sorted(r["_rels"]))
                shown += 1
                if shown >= args.limit:
                    break


if __name__ == "__main__":
    main()
