"""Reading a person's name in a sentence: a gazetteer person, a surname, or new
capitalised words after a title."""

from __future__ import annotations

from kg.extract.gazetteer import fold
from kg.extract.styles import (
    HONORIFICS,
    INNER_STYLES,
    MALAY_FATHER_STYLES,
    NAME_PARTICLES,
    NOT_NAMES,
    PATRONYMICS,
)


# a generation's numeral after a new person's full name (a monarch's "Abdullah II" is a
# gazetteer name and never reaches here; the numeral alone after one name stays)
GENERATIONS = frozenset({"II", "III", "IV"})


class PersonNames:
    """The name half of MentionFinder: people by name, surname or new name."""

    def _person_at(self, tokens, i, known: dict[str, str], titled: bool = False):
        """A person's name at i: a gazetteer person, a surname of one, or capitalised words.

        After a title (``titled``) a surname shared by several people means the one who
        held an office, and an unknown surname is a new person rather than nobody."""
        hit = self._form_at(tokens, i)
        if hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind == "person":
            return hit[0], hit[1], "name"
        t = tokens[i].text if i < len(tokens) else ""
        particle = (
            titled
            and t in NAME_PARTICLES
            and i + 2 < len(tokens)
            and tokens[i + 1].text == "-"
            and tokens[i + 2].text[:1].isupper()
        )  # "ISIS leader al-Baghdadi"
        if t[:1].isupper() or particle:
            # capitalised run (an unknown person, or a surname)
            j, run = i, []
            while j < len(tokens) and (
                tokens[j].text[:1].isupper()
                or tokens[j].text in ("-", "bin", "binti", "de", "da", "van", "von", "der", "la")
                or tokens[j].text in NAME_PARTICLES
                or (run[-1:] == ["-"] and _syllable(tokens[j].text))
            ):
                if tokens[j].text in ("-",) and not run:
                    break
                if run and tokens[j].text in HONORIFICS and tokens[j].text not in INNER_STYLES:
                    break  # "the General Secretariat His Excellency X": a style starts a name
                run.append(tokens[j].text)
                j += 1
                if (
                    len(run) > 1
                    and len(run[-1]) == 1
                    and j + 1 < len(tokens)
                    and tokens[j].text == "."
                    and tokens[j + 1].text[:1].isupper()
                ):
                    j += 1  # "Antony J. Blinken": a middle initial does not end the name
            while run and not run[-1][:1].isupper() and not _hyphened(run):
                run.pop()
                j -= 1
            while len(run) > 2 and run[0] in self.title_first and self._form_at(tokens, i + 1):
                # "Minister of State Secretary Prasetyo Hadi": the name follows the title
                return self._person_at(tokens, i + 1, known)
            if not run or self._form_at(tokens, i) and not self._is_person_form(tokens, i):
                return None
            if "bin" in run or "binti" in run:
                short = self._malay_short(run)
                if short:
                    return j, short, "malay"
            inner = run[1:-1]
            if not inner or min(map(len, inner)) > 1:
                shown = run  # no initial inside the name: every word shows
            else:
                shown = [
                    w
                    for k, w in enumerate(run)
                    if not (0 < k < len(run) - 1 and len(w) == 1) or w == "-"
                ]
            if len(shown) > 2 and shown[-1] in GENERATIONS:
                shown = shown[:-1]  # "Lloyd J. Austin III": reference works drop the numeral
            name = " ".join(shown).replace(" - ", "-")
            if run[0].isupper() and len(run) > 1:
                name = _capitals_first(name)
            parts = [w for w in run if w != "-"]
            if len(parts) == 1 or (len(parts) == 2 and "-" in run):
                word = "-".join(parts)
                if word.isupper() and len(word) > 2 and known.get(word.title()):
                    return j, known[word.title()], "surname"  # "Mr. ADOMAKO" again
                if word in NOT_NAMES or (j < len(tokens) and tokens[j].text.isdigit()):
                    return None  # "May 18", "Prime Minister Monday"
                if not titled and word in self.gaz.capitals and _place_here(tokens, i, word, known):
                    return None  # "met in Muscat": the city, not Joseph Muscat
                cands = (
                    known.get(word)
                    # "Mr. KISHIDA": a named person's surname in capitals, as Japanese and
                    # Korean ministries write it after the full name
                    or (known.get(word.capitalize()) if word.isupper() and len(word) > 2 else None)
                    or _styled_surname(tokens, i, self._surname(word, titled))
                    or (known.get(parts[0]) if len(parts) == 2 else None)
                    or (self._surname(parts[-1], titled) if particle else None)
                )
                if cands:
                    return j, cands, "surname"
                typo = self._miscased(tokens, i, j)
                if typo:
                    return typo
                if titled and self._bare_surname(tokens, i, j, word):
                    return j, word, "new"
                return None
            if len(parts) == 2 and known.get(name):
                return j, known[name], "surname"  # "Mr. Quintana Osorio": two family names
            if self._known_inside(tokens, i, j):
                return None  # "received at Gudaibiya Palace Sameh Shoukry": the place first
            fuller = self._fuller_form(parts)
            if fuller:
                return j, fuller, "surname"
            if parts[-1] in self.named_place_words:
                return None  # "King Khalid International Airport": a place named for a king
            # surname of a known person written with its given name in another form
            return j, name, "new"
        return None

    def _malay_short(self, run: list[str]) -> str | None:
        """The known person a Malay name with its father's name names: "Mohamad bin Haji
        Hasan" is Mohamad Hasan, as reference works write it, without "bin" and the
        father's style."""
        short = tuple(
            w
            for k, w in enumerate(run)
            if w not in PATRONYMICS
            and not (w in MALAY_FATHER_STYLES and k and run[k - 1] in PATRONYMICS)
        )
        hit = self.gaz.lookup(short)
        if hit and self.gaz.actors.get(hit[0]) and self.gaz.actors[hit[0]].kind == "person":
            return hit[0]
        return None

    def _known_inside(self, tokens, i: int, j: int) -> bool:
        """A capitalised run whose last words are a known person's whole name, after words
        that are no part of it ("at Gudaibiya Palace Sameh Shoukry"): a place or body then
        the person, who is read at their own name."""
        for k in range(i + 1, j - 1):
            hit = self._form_at(tokens, k)
            if hit and hit[0] == j and self._is_person_form(tokens, k):
                return True
        return False

    def _fuller_form(self, parts: list[str]) -> str | None:
        """A known person written with names the gazetteer lacks: middle names or a second
        family name ("Filipe Jacinto Nyusi", "Verónica Nataniel Macamo Dlhovo", "Sayyid Badr
        bin Hamad Albusaidi"). The one person whose given name opens the run (after a style)
        and whose family name is one of its later words; three words at least, so that a
        bare given name and surname ("Ahmed Fahmy") stays another person."""
        names = [w for w in parts if w not in HONORIFICS]
        if len(names) < 3:
            return None
        given = fold(names[0])
        folded = [fold(w) for w in names]
        found = {
            n
            for w in names[1:]
            for n in self.gaz.surnames.get(w, ())
            if fold(n).split()[0] == given and _within(fold(n).split(), folded)
        }
        return found.pop() if len(found) == 1 else None

    def _styled_new(self, tokens, i: int, k: int, known):
        """An unknown name of two words or more after a style ("Prince Abdulaziz bin
        Salman", "Mr John Carter"): a person, as a title beside it would make it."""
        person = self._person_at(tokens, k, known)
        if not person or person[2] != "new" or " " not in person[1]:
            return None
        m = self._mk(tokens, i, person[0], "person", (person[1],), how="titled-new")
        return self._apposition(tokens, m)

    def _given_before(self, tokens, i: int, person: str) -> bool:
        """A surname that ends another name ("Ahmed Fahmy" is not Nabil Fahmy, "Abdulaziz bin
        Salman" not Mohammed bin Salman): the given names before it are no title, style or
        known name, and none is a spelling of the person's own given name or a middle name
        beside it ("Sergei" for "Sergey", "Pravind Kumar Jugnauth": the same first letter)."""
        given = []
        k = i - 1
        while k >= 1:  # a sentence's first word may be any word ("With Putin, ...")
            word = tokens[k].text
            if word in PATRONYMICS:
                k -= 1
                continue
            if not self._given_name(tokens, k, word):
                break
            given.append(word)
            k -= 1
        if not given:
            return False
        own = {w[:1] for w in fold(person).split()[:-1]}
        return not any(fold(w)[:1] in own for w in given)

    def _given_name(self, tokens, k: int, word: str) -> bool:
        return (
            word[:1].isupper()
            and word.isalpha()
            and word not in self.title_words
            and word not in HONORIFICS
            and word not in self.adjective_first
            and word not in self.capital_first
            and word not in NOT_NAMES
            and self._form_at(tokens, k) is None
        )

    def _is_person_form(self, tokens, i):
        hit = self._form_at(tokens, i)
        return bool(
            hit and self.gaz.actors.get(hit[1]) and self.gaz.actors[hit[1]].kind == "person"
        )

    def _surname(self, word: str, titled: bool = False) -> str | None:
        """The one person a surname names: the only one of them in office on the readout's day,
        else, after a title, the only one of them who ever held office."""
        names = self.gaz.surnames.get(word) or self.gaz.surnames.get(fold(word))
        if names and len(names) == 1:
            return next(iter(names))
        if names and self.day and len(self.day) == 10:
            # "President Hadi" in 2015 and "Minister Hadi" in 2024 are two people
            serving = [n for n in names if self.gaz.offices_of(n, self.day)]
            if len(serving) == 1:
                return serving[0]
        if names and titled:
            office = [n for n in names if self.gaz.by_person.get(n)]
            if len(office) == 1:
                return office[0]
        return None

    def _miscased(self, tokens, i: int, j: int):
        """'Donald trump': a known person whose surname lost its capital."""
        if j >= len(tokens) or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            return None
        hit = self.gaz.lookup((tokens[i].text, tokens[j].text.capitalize()))
        if hit and self.gaz.actors.get(hit[0]) and self.gaz.actors[hit[0]].kind == "person":
            return j + 1, hit[0], "name"
        return None

    def _bare_surname(self, tokens, i: int, j: int, word: str) -> bool:
        """'Minister Song', 'President Ruto': a capitalised word after a title that is no
        title word, month or day, and no known actor's name."""
        if word in NOT_NAMES or word in self.title_words or not word[1:].islower():
            return False
        if j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].text[:1].isupper()):
            return False
        return self._form_at(tokens, i) is None


# After a royal style a single name is the given name ("Crown Prince Hussein", "Sheikh
# Hamdan"): never another person's family name
ROYAL_STYLES = frozenset(
    {"Prince", "Princess", "King", "Queen", "Sheikh", "Sheikha", "Sultan", "Emir", "Amir"}
)


def _styled_surname(tokens, i: int, person: str | None) -> str | None:
    """The person a surname names, unless a royal style before it makes it a given name
    of someone else ("Crown Prince Hussein" is not Fuad Hussein; "Sheikh Hasina" whose
    name holds the style is hers)."""
    if person is None or i == 0 or tokens[i - 1].text not in ROYAL_STYLES:
        return person
    return person if person.startswith(tokens[i - 1].text + " ") else None


def _capitals_first(name: str) -> str:
    """A family name in capitals before the given name ("ADOMAKO Kwesi", as Japan's
    ministry writes names) as reference works write it: "Kwesi Adomako". A given name
    of hyphened syllables stays after the family name ("CHO Tae-yul" is Cho Tae-yul)."""
    parts = name.split()
    if len(parts) < 2 or not parts[0].isupper() or len(parts[0]) < 2:
        return name
    if not parts[0].replace("-", "").isalpha() or any(p.isupper() for p in parts[1:]):
        return name
    family = parts[0].title()
    if any("-" in p and p.split("-")[-1].islower() for p in parts[1:]):
        return " ".join([family] + parts[1:])
    return " ".join(parts[1:] + [family])


PLACE_WORDS = frozenset(("in", "at", "near", "via"))
PLACE_OR_PERSON_WORDS = frozenset(("to", "from"))


def _place_here(tokens, i: int, word: str, known: dict[str, str]) -> bool:
    """A city's name after "in" or "at" is where, not who; after "to" or "from" too, unless
    the person of that surname was named before ("spoke to Muscat" after "Joseph Muscat")."""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    if i == 0 and word not in known:
        # a dateline's city ("Muscat, March 20 (ONA) --", "Muscat (ONA) -")
        return i + 1 < len(tokens) and tokens[i + 1].text in DATELINE_MARKS
    return before in PLACE_WORDS or (before in PLACE_OR_PERSON_WORDS and word not in known)


# what follows a dateline's city: its date or the agency, after a comma, bracket or dash
DATELINE_MARKS = (",", "(", "-", "–", "—", ":")


def _syllable(word: str) -> bool:
    """A lower-case syllable after a hyphen inside a name: the second half of a Korean or
    Chinese given name ("Kim Yung-ho", "Lee Jae-myung")."""
    return 1 < len(word) <= 5 and word.isalpha() and word.islower()


def _hyphened(run: list[str]) -> bool:
    """The run ends in a capitalised word, a hyphen and a syllable ("Yung - ho")."""
    return len(run) > 2 and run[-2] == "-" and run[-3][:1].isupper() and _syllable(run[-1])


def _within(known: list[str], run: list[str]) -> bool:
    """Every word of the known name is in the run, in order: "Filipe Nyusi" is within
    "Filipe Jacinto Nyusi"; "Tran Dai Quang" is not within "Tran Luu Quang", another man
    (a family name first shares the opening word with many)."""
    words = iter(run)
    return all(any(w == r for r in words) for w in known)
