"""Search analysis shared by the server index and the browser index: Vietnamese text in, tokens out.

Text is normalised (NFC, lowercase) and cut into tokens:

- syllables: runs of letters and digits (`hoạt`, `03`);
- pairs: two adjacent syllables of one phrase (`chi bộ`); a phrase ends at `. , ; : ! ? ( ) [ ] { } | … – —`
  and at line breaks;
- numbers: official document numbers NUMBER-TYPE/ISSUER (`03-HD/TU`, `14-QĐi/TU`, `750-CV/ĐUK`), spaces
  around `-` and `/` tolerated, kept whole (`03-hd/tu`) and also cut into parts that count as syllables
  (`03`, `hd`, `tu`), so "03 hd tu" finds them too.

Every token has an exact form and a folded form without tone and vowel marks (`định` → `dinh`).
Index terms follow one convention, held in the constants below so every index and searcher agrees:

    hoạt        exact syllable          ~hoat        folded syllable
    chi bộ      exact pair              ~chi bo      folded pair
    #03-hd/tu   exact number            ~#03-hd/tu   folded number

Throughput, measured on 500 random 1,000-word Vietnamese documents (CPython 3.11, one core of a shared
2-core machine): `terms` about 800,000 words per second (10,000 such documents in about 12 s); `analyze`
about 330,000 (about 30 s), two thirds of it spent creating the two `Token` objects each word yields.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import count, repeat
from typing import Iterator


from ..textfold import fold

__all__ = [
    "FOLDED_MARKER",
    "NUMBER",
    "NUMBER_MARKER",
    "PAIR",
    "SYLLABLE",
    "QueryTerm",
    "Token",
    "analyze",
    "analyze_query",
    "fold",
    "fold_syllable",
    "has_diacritics",
    "index_term",
    "normalize",
    "terms",
    "untelex",
]

SYLLABLE = "syllable"
PAIR = "pair"
NUMBER = "number"
FOLDED_MARKER = "~"
NUMBER_MARKER = "#"

# Drops every combining mark of U+0300–U+036F left by NFD; `đ` has no decomposition, so it is mapped.
_MARKED = re.compile("[\u0300-\u036fđĐ]")
_PHRASE_END = re.compile(r"[.,;:!?()\[\]{}|…–—\n\r]")
_SYLLABLE = re.compile(r"[^\W_]+")
# Applied to normalised text, so TYPE and ISSUER are lowercase here; the trailing `i` is that of `QĐi`.
_NUMBER = re.compile(r"(?<![^\W_])(\d+)[ \t]*-[ \t]*([a-zđ]{2,6}i?)[ \t]*/[ \t]*([a-zđ]+(?:-[a-zđ]+)*)(?![^\W_])")
_NUMBER_OR_SYLLABLE = re.compile(f"{_NUMBER.pattern}|({_SYLLABLE.pattern})")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a document: exact and folded text, syllable index, kind (syllable, pair or number)."""

    text: str
    folded: str
    position: int
    kind: str


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One term of a query; `exact` is None when the query was typed without diacritics."""

    exact: str | None
    folded: str
    kind: str


def normalize(text: str) -> str:
    """NFC, lowercase: equal words typed on different systems become equal strings."""
    return unicodedata.normalize("NFC", text.lower())


def has_diacritics(text: str) -> bool:
    """Whether the text carries a tone or vowel mark, or the letter đ."""
    return _MARKED.search(unicodedata.normalize("NFD", text)) is not None


MAX_QUERY_WORDS = 32  # words of a query that count; search/analysis.js keeps as many

# Syllables repeat a lot (Vietnamese uses a few thousand), so folding each once pays.
fold_syllable = lru_cache(maxsize=1 << 16)(fold)


def index_term(kind: str, text: str, *, folded: bool = False) -> str:
    """The index term of a token form: `#` before numbers, `~` before folded forms."""
    term = NUMBER_MARKER + text if kind == NUMBER else text
    return FOLDED_MARKER + term if folded else term


def analyze(text: str) -> list[Token]:
    """Syllables, pairs and numbers of a document; phrase by phrase, in that order within a phrase."""
    tokens: list[Token] = []
    for position, syllables, folded, numbers in _phrases(normalize(text)):
        tokens += map(Token, syllables, folded, count(position), repeat(SYLLABLE))
        tokens += map(Token, _pairs(syllables), _pairs(folded), count(position), repeat(PAIR))
        tokens += (Token(number, fold_syllable(number), position + index, NUMBER) for index, number in numbers)
    return tokens


def terms(text: str) -> list[str]:
    """Index terms of a document body, exact and folded (see the module docstring)."""
    found: list[str] = []
    for _, syllables, folded, numbers in _phrases(normalize(text)):
        found += syllables
        found += map(FOLDED_MARKER.__add__, folded)
        found += _pairs(syllables)
        found += map(FOLDED_MARKER.__add__, _pairs(folded))
        for _, number in numbers:
            found += (index_term(NUMBER, number), index_term(NUMBER, fold_syllable(number), folded=True))
    return found


def analyze_query(query: str) -> list[QueryTerm]:
    """Distinct syllable, pair and number terms of a query, Telex/VNI residue converted first; only its first
    MAX_QUERY_WORDS words count (a pasted page would make a search of thousands of terms).

    A query with any diacritic gives exact forms for every term (the searcher ranks them first);
    a query typed without diacritics gives folded forms only.
    """
    text = _NUMBER_OR_SYLLABLE.sub(_untelex_match, " ".join(normalize(query).split()[:MAX_QUERY_WORDS]))
    marked = has_diacritics(text)
    found = (QueryTerm(token.text if marked else None, token.folded, token.kind) for token in analyze(text))
    return list(dict.fromkeys(found))


def _untelex_match(match: re.Match[str]) -> str:
    """A syllable converted from Telex/VNI where it is keyed; numbers and other syllables as they are."""
    syllable = match[_NUMBER.groups + 1]
    return (untelex(syllable) or syllable) if syllable else match[0]


def _phrases(text: str) -> Iterator[tuple[int, list[str], list[str], list[tuple[int, str]]]]:
    """(position of first syllable, syllables, their folded forms, numbers) of each phrase of normalised text.

    A number comes with the index of its first part among the phrase's syllables.
    """
    position = 0
    for phrase in _PHRASE_END.split(text):
        syllables, numbers = _syllables_and_numbers(phrase) if "/" in phrase else (_SYLLABLE.findall(phrase), [])
        if syllables:
            yield position, syllables, list(map(fold_syllable, syllables)), numbers
            position += len(syllables)


def _syllables_and_numbers(phrase: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Syllables of a phrase with each number cut into parts, and the numbers with their first part's index."""
    syllables: list[str] = []
    numbers: list[tuple[int, str]] = []
    start = 0
    for match in _NUMBER.finditer(phrase):
        syllables += _SYLLABLE.findall(phrase, start, match.start())
        number, type_, issuer = match.groups()
        numbers.append((len(syllables), f"{number}-{type_}/{issuer}"))
        syllables += (number, type_, *issuer.split("-"))
        start = match.end()
    syllables += _SYLLABLE.findall(phrase, start)
    return syllables, numbers


def _pairs(words: list[str]) -> list[str]:
    return list(map(" ".join, zip(words, words[1:])))


# --- Telex / VNI residue -------------------------------------------------------------------------

_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", *"bcdđghklmnprstvx")
# Rhymes with vowel marks, without tone: what may follow the initial consonant of a syllable.
_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay  ăc ăm ăn ăng ăp ăt  âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et  ê êch êm ên êng ênh êp êt êu
    i ia ich im in inh ip it iu  iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot ooc oong  ô ôc ôi ôm ôn ông ôp ôt  ơ ơi ơm ơn ơp ơt
    oa oac oach oai oam oan oang oanh oap oat oay  oăc oăm oăn oăng oăt  oe oen oeo oet
    u ua uc ui um un ung up ut  uân uâng uât uây  uê uêch uênh  uôc uôi uôm uôn uông uôt  uơ
    uy uya uych uyên uyêt uynh uyt uyu
    ư ưa ưc ưi ưm ưn ưng ưt ưu  ươc ươi ươm ươn ương ươp ươt ươu
    y ych ynh yt yêm yên yêng yêt yêu
    """.split()
)
_VOWELS = "aăâeêioôơuưy"
_TONES = {
    "s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323",
    "1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323",
}  # fmt: skip
_STOPPED_TONES = {None, "\u0301", "\u0323"}  # the only tones a syllable ending in c, ch, p, t can carry
_HAT, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_KEYED = re.compile("[a-z][a-z0-9]*")


@dataclass(frozen=True)
class _Keys:
    """A keyed ASCII syllable taken apart: its letters and the marks its keys ask for."""

    letters: str
    tone: str | None
    hat: bool
    hook: bool
    stroke: bool


def untelex(syllable: str) -> str | None:
    """The Vietnamese syllable a lowercase Telex or VNI key sequence spells, or None.

    Telex: `aa ee oo` hat, `aw ow uw uow` breve or horn, `dd` đ, tone keys `s f r x j` anywhere after
    the first vowel. VNI: `6` hat, `7`/`8` horn or breve, `9` đ, `1`–`5` tones. The rule is
    conservative: input that already spells a plain syllable (`chi`, `sinh`, `hoat`, `boong`) is left
    alone, a lone `w` is not `ư` (so `tw` stays an abbreviation), and a result is returned only when it is
    a well-formed syllable with at most one tone (`hoatj` → `hoạt`, `boo` → `bô`, `hoatf` → None).
    Tones go where the traditional style puts them (`hòa`, `thủy`); the folded form is the same either way.
    """
    if not _KEYED.fullmatch(syllable) or _split(syllable):
        return None
    keys = _read_keys(syllable)
    if keys is None:
        return None
    for word in _marked_spellings(keys):
        parts = _split(word)
        if parts and (keys.tone in _STOPPED_TONES or not parts[1].endswith(("c", "ch", "p", "t"))):
            return _place_tone(*parts, keys.tone)
    return None


def _read_keys(keyed: str) -> _Keys | None:
    """Separate letters from mark keys; None when more than one tone is keyed."""
    letters = ""
    tones: list[str] = []
    hat = hook = stroke = False
    for key in keyed:
        if key in "12345" or (key in "sfrxj" and any(letter in _VOWELS for letter in letters)):
            tones.append(_TONES[key])
        elif key in "78" or (key == "w" and letters.endswith(("a", "o", "u"))):
            hook = True
        elif key == "9" or (key == "d" and letters == "d"):
            stroke = True
        elif key == "6" or (key in "aeo" and letters.endswith(key)):
            hat = True
        else:
            letters += key
    if len(tones) > 1:
        return None
    return _Keys(letters, tones[0] if tones else None, hat, hook, stroke)


def _marked_spellings(keys: _Keys) -> Iterator[str]:
    """Every way of putting the asked-for marks on the letters, most likely first."""
    letters = keys.letters
    if keys.stroke:
        if not letters.startswith("d"):
            return
        letters = "đ" + letters[1:]
    hats = [i for i in reversed(range(len(letters))) if letters[i] in "aeo"] if keys.hat else [None]
    hooks = _hook_places(letters) if keys.hook else [()]
    for hat in hats:
        for hook in hooks:
            if hat not in hook:
                marks = {i: _BREVE if letters[i] == "a" else _HORN for i in hook}
                if hat is not None:
                    marks[hat] = _HAT
                yield unicodedata.normalize("NFC", "".join(c + marks.get(i, "") for i, c in enumerate(letters)))


def _hook_places(letters: str) -> list[tuple[int, ...]]:
    """Where a horn or breve may go: both letters of `uo` (ươ) first, then single a, o, u from the end."""
    pair = letters.find("uo")
    singles = [(i,) for i in reversed(range(len(letters))) if letters[i] in "aou"]
    return ([(pair, pair + 1)] if pair >= 0 else []) + singles


def _split(word: str) -> tuple[str, str] | None:
    """(initial consonant, rhyme) of a toneless syllable, or None when it is not one."""
    initial = next((i for i in _INITIALS if word.startswith(i)), "")
    if initial == "gi" and word[2:] not in _RHYMES:
        initial = "g"  # `gìn`, `gì`: the i is the vowel
    return (initial, word[len(initial) :]) if word[len(initial) :] in _RHYMES else None


def _place_tone(initial: str, rhyme: str, tone: str | None) -> str:
    """The syllable with its tone on the vowel that carries it."""
    if tone is None:
        return initial + rhyme
    vowels = [i for i, c in enumerate(rhyme) if c in _VOWELS]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        target = marked[-1]
    elif rhyme[-1] not in _VOWELS:
        target = vowels[-1]
    else:
        target = vowels[1] if len(vowels) == 3 else vowels[0]
    return unicodedata.normalize("NFC", initial + rhyme[: target + 1] + tone + rhyme[target + 1 :])
