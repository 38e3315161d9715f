"""Language-model tokens in, speakable sentences out, each as soon as it is complete.

Sentence boundaries come from ``sentence-stream``, which knows that "Dr.", "3.30 p.m." and "e.g."
do not end a sentence, and strips markdown ``*emphasis*``. On top of it one rule makes speech start
sooner: while the **first** sentence of a reply is still open and already has at least
``first_clause_min_words`` words, the first clause boundary after them (a comma, semicolon or colon
followed by a space, an em dash, or a spaced hyphen or en dash) releases that clause on its own.
A first sentence that runs on without such a mark breaks before the first word after them that
opens a new phrase (:data:`PHRASE_WORDS`: "and", "but", "with", "in", "for" ...): "Set a timer for
5 minutes | and I will tell you ..." — and after three times that many words, if none came, at
the last whole word. Everything after the first piece, including the rest of that first
sentence, comes out as whole sentences. Whatever is left when the stream ends is flushed as the
last piece.

The first piece does not wait for the next token to confirm its end (sentence-stream waits for
the text after a full stop, and a clause mark needs its space): it goes the moment it ends in
"!", "?", a clause mark not after a digit, or a full stop after a lowercase word that is not an
abbreviation ("help." goes, "Dr.", "p.m.", "3." and "etc." wait). At 20 ms a token that is the
first sound 20 ms sooner.

Use :func:`stream_sentences` on an async token stream, :class:`SentenceSplitter` to push chunks
by hand, or :func:`split_sentences` on a list.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, AsyncIterable, Iterable

from sentence_stream import SentenceBoundaryDetector
from sentence_stream.util import remove_asterisks

DEFAULT_FIRST_CLAUSE_MIN_WORDS = 8
"""Words the open first sentence needs before a clause boundary may release it early."""

_CLAUSE_BOUNDARY = re.compile(r"[,;:](?=\s)|—|\s[-–]+(?=\s)")
"""A comma/semicolon/colon with a space after it (not "1,000" or "12:30"), an em dash, or a
hyphen/en dash with spaces around it (not "well-known" or "3–5")."""

_WORD = re.compile(r"\S+")

_ENDS_CLAUSE = re.compile(r"(?<!\d)[,;:]$")
"""An open first sentence ending in a clause mark, not after a digit (which may be "1,000")."""

_ENDS_SENTENCE = re.compile(r"(?:[!?]|\b(?P<word>[a-z]{2,})\.)$")
"""An open first sentence ending in "!" or "?", or in "." after a lowercase word of two letters
or more (not "Dr.", "3.", "p.m." or "e.g.", which may go on)."""

PHRASE_WORDS: frozenset[str] = frozenset(
    {
        # conjunctions
        "and", "but", "or", "so", "because", "while", "although", "though", "unless", "until",
        "whereas", "if", "when", "where", "which", "who",
        # prepositions that open a phrase of their own ("of" and "to" are too bound to the word
        # before them: "a cup of tea", "I want to")
        "in", "on", "at", "for", "with", "from", "about", "during", "after", "before", "into",
        "through", "without",
    }
)  # fmt: skip
"""Words before which a long first sentence without a clause mark may break."""

MAX_WORDS_FACTOR = 3
"""A first piece with this many times ``first_clause_min_words`` words and no break yet is cut."""

_PUNCTUATION = "\"'“”‘’«»()[]{},.;:!?"

_LOWERCASE_ABBREVIATIONS = frozenset(
    {"approx", "ca", "cf", "dept", "esp", "est", "etc", "incl", "misc", "no", "vs"}
)


class SentenceSplitter:
    """Push-style splitter for one reply: :meth:`feed` chunks, then :meth:`finish`.

    ``first_clause_min_words`` of 0 (or less) turns the early first clause off.
    """

    def __init__(self, first_clause_min_words: int = DEFAULT_FIRST_CLAUSE_MIN_WORDS) -> None:
        self._min_words = first_clause_min_words
        self._detector = SentenceBoundaryDetector()
        self._first_open = first_clause_min_words > 0
        self._first_text = ""
        """Everything fed so far while nothing has been emitted (only kept while _first_open)."""

    def feed(self, chunk: str) -> list[str]:
        """Add text and return the sentences (or first clause) it completed, in order."""
        if not chunk:
            return []
        sentences = list(self._detector.add_chunk(chunk))
        if not self._first_open:
            return sentences
        if sentences:
            # The first sentence completed in one go: still speak its first clause on its own.
            self._first_open = False
            self._first_text = ""
            return self._split_first(sentences[0]) + sentences[1:]
        self._first_text += chunk
        cut = self._early_cut(self._first_text)
        if cut is None and self._ends_first_piece(self._first_text):
            cut = len(self._first_text)
        if cut is None:
            return []
        clause, rest = self._first_text[:cut], self._first_text[cut:]
        self._first_open = False
        self._first_text = ""
        self._detector = SentenceBoundaryDetector()
        out = [text] if (text := _clean(clause)) else []
        out.extend(self._detector.add_chunk(rest))
        return out

    def finish(self) -> list[str]:
        """End the reply: return whatever is left as the last piece (or nothing)."""
        rest = self._detector.finish()
        first_open = self._first_open
        self._first_open = False
        self._first_text = ""
        if not rest:
            return []
        return self._split_first(rest) if first_open else [rest]

    def _split_first(self, sentence: str) -> list[str]:
        """The first sentence as [early clause, rest], or as it is when it has no early clause."""
        cut = self._early_cut(sentence)
        if cut is None:
            return [sentence]
        return [text for text in (_clean(sentence[:cut]), sentence[cut:].strip()) if text]

    def _ends_first_piece(self, text: str) -> bool:
        """``text`` (the open first sentence) ends where it may be spoken without waiting for
        the next token to confirm it: a whole sentence, or a long enough first clause."""
        if (match := _ENDS_SENTENCE.search(text)) is not None:
            return match["word"] not in _LOWERCASE_ABBREVIATIONS
        return (
            _ENDS_CLAUSE.search(text) is not None
            and len(_WORD.findall(text[:-1])) >= self._min_words
        )

    def _early_cut(self, text: str) -> int | None:
        """Where the early first clause or phrase ends, or None while there is none yet."""
        cuts = [cut for cut in (self._clause_cut(text), self._phrase_cut(text)) if cut is not None]
        return min(cuts, default=None)

    def _clause_cut(self, text: str) -> int | None:
        """The end of the first clause mark after enough words."""
        for match in _CLAUSE_BOUNDARY.finditer(text):
            before = text[: match.start()]
            if len(_WORD.findall(before)) >= self._min_words:
                return match.end()
        return None

    def _phrase_cut(self, text: str) -> int | None:
        """The start of the first whole phrase word after enough words, or the end of the
        last whole word once there are too many (a word is whole once something follows it)."""
        if self._min_words <= 0:
            return None
        whole = [match for match in _WORD.finditer(text) if match.end() < len(text)]
        for index, match in enumerate(whole[self._min_words :], start=self._min_words):
            if match.group().lower().strip(_PUNCTUATION) in PHRASE_WORDS:
                return whole[index - 1].end()
        limit = self._min_words * MAX_WORDS_FACTOR
        return whole[limit - 1].end() if len(whole) >= limit else None


def _clean(clause: str) -> str:
    """Trim a clause the way sentence-stream trims sentences; a trailing dash is not spoken."""
    text = remove_asterisks(clause.strip())
    return text.rstrip("-–— ").strip() if text.endswith(("-", "–", "—")) else text


async def stream_sentences(
    tokens: AsyncIterable[str],
    *,
    first_clause_min_words: int = DEFAULT_FIRST_CLAUSE_MIN_WORDS,
) -> AsyncGenerator[str, None]:
    """Yield each sentence of a token stream as soon as it is complete (see the module doc)."""
    splitter = SentenceSplitter(first_clause_min_words)
    async for token in tokens:
        for sentence in splitter.feed(token):
            yield sentence
    for sentence in splitter.finish():
        yield sentence


def split_sentences(
    chunks: Iterable[str] | str,
    *,
    first_clause_min_words: int = DEFAULT_FIRST_CLAUSE_MIN_WORDS,
) -> list[str]:
    """The sentences of a whole text, or of a list of chunks, with the same rules as a stream."""
    splitter = SentenceSplitter(first_clause_min_words)
    parts = [chunks] if isinstance(chunks, str) else chunks
    out: list[str] = []
    for part in parts:
        out.extend(splitter.feed(part))
    out.extend(splitter.finish())
    return out
