"""Full-text search of the history: a safe query language, filters, and ranking that stays fast on
a large encrypted database.

Query language (``parse_query``): what a person types is never passed raw to FTS5 ``MATCH``; every
term becomes an FTS5 string, so no input can cause an FTS syntax error.
  - ``word`` (several words: all must occur), ``"a quoted phrase"``, ``prefix*`` and
    ``"phrase prefi"*``. Case and diacritics do not matter ("cafe" finds "Café").
  - ``OR`` (upper case) between words: either side; ``-word`` / ``-"phrase"``: must not occur;
    a bare ``AND`` is dropped (it is the default).
  - Anything else is text: an unbalanced quote is ignored; ``NOT``, ``NEAR``, ``:``, ``^``,
    parentheses are searched as the words or punctuation they are (punctuation separates words,
    so ``e-mail`` is the phrase "e mail"). A prefix of one character is searched as the word
    itself (there is no prefix index for one letter). Empty or punctuation-only text finds nothing.

Snippets: ``SearchHit.snippet`` is FTS5 ``snippet()`` of the message, about ``snippet_tokens``
words around the best match, with each match between ``MATCH_START`` and ``MATCH_END``
(``"\\x02"`` and ``"\\x03"``: control characters that do not occur in spoken or typed text, so a
UI can escape the text and then turn the markers into bold) and ``ELLIPSIS`` where text was cut.
``snippet_parts`` splits a snippet into (text, is_match) pieces. Other markers can be passed.

Ranking, and why (RECIPES "SQLCipher figures"; figures below from benchmarks/search.py, 1M
encrypted messages): FTS5 ``bm25()`` first counts every hit of every phrase of the query, to weigh
the phrases (idf). For a word in most messages that alone costs 15-25 ms even from the page cache,
and ranking all its hits 300+ ms; reading hits newest-first costs about 0.3 ms per 2000. So
``order="relevance"`` ranks only the RECENT hits:
  1. Each searched word's document frequency is estimated from how far back its newest 256 hits
     reach (one probe of ~0.1 ms per word).
  2. Candidates: the newest ``CANDIDATES`` (2000) hits of the query, filters included (below).
     Where the estimates say where they lie, that id range is read oldest-first, which FTS5 does
     2-3 times faster than newest-first when it seeks in a common word's long list.
  3. Scores (BM25, k1=1.2, b=0.75, either way), by whichever way the estimates say is cheaper:
     - FTS5 ``bm25()`` over the candidates' rowid window, for the phrases cheap to count (a word
       in most messages has an idf near 0 and is in every candidate anyway, so it is left out of
       the score); all 2000 candidates are ranked;
     - or, for very common words and phrases of them, or when filters leave the window full of
       other hits: the newest ``TEXT_RANKED`` (500) candidates, from their text here (phrase
       counts, length) with the estimated idf.
  4. Snippets, titles and personas are read for the returned page only.
  Trade-off: relevance means "best among the newest 2000 (or 500) hits", not over all history:
  for a rare word that is all its hits, for "the" the last days. Paging in relevance order ends
  after the candidates; ``order="newest"`` pages through every hit (about 1 ms a page).
  Not bounded: a rare phrase made only of very common words ("of to the") must be checked in
  every message that has all its words (FTS5 has no phrase index): 20-80 ms, unencrypted too.

Filters and the candidate cap: ``role`` and ``persona`` are tokens of the indexed column
``search_facets`` (migration 0002, kept up to date by triggers), so they are AND-ed into the FTS
query itself: the cap counts only messages that pass them, and a rare persona costs no more than
a common one (filtering joined rows instead reads and decrypts a row for every hit it rejects, up
to 150 ms for a mid-frequency word and a rare persona, or caps the rows it looks at and misses
older matches). ``since``/``until`` become a rowid range (message ids grow with ``created_at``,
schema 1), which FTS5 seeks to directly; hits are checked against ``created_at`` as well, so a
message stored out of time order can be missed but is never wrongly included.

Page cache: ``search`` raises its connection's ``PRAGMA cache_size`` to ``SEARCH_CACHE_KIB``
(64 MiB) if it is smaller. SQLCipher keeps decrypted pages there and decrypts a page again
(HMAC + AES, ~10 µs) each time it is read after leaving it; 64 MiB keeps the lists of the common
words (4 MB for "the" at 1M messages) and the recent messages. It is per connection and only
fills as pages are read, so a small history never uses it all.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from callbot_desktop.storage.db import Connection, Database
from callbot_desktop.storage.history import ROLES, Role

MATCH_START = "\x02"
"""Put before each match in a snippet (STX)."""
MATCH_END = "\x03"
"""Put after each match in a snippet (ETX)."""
ELLIPSIS = "…"
"""Marks text left out at either end of a snippet."""

CANDIDATES = 2000
"""Relevance order ranks at most this many of the newest hits."""
TEXT_RANKED = 500
"""Of those, at most this many when they are ranked from their text (very common words)."""
SEARCH_CACHE_KIB = 64 * 1024
"""The page cache (KiB) that search() gives a connection."""
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
SNIPPET_TOKENS = 12

_TOKEN = re.compile(r"[^\W_]+")

Order: TypeAlias = Literal["relevance", "newest"]


@dataclass(frozen=True)
class Term:
    """A word or quoted phrase as typed; ``prefix``: its last word may continue (``word*``)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """Groups joined by OR, each a list of terms that must all occur; and terms that must not."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        """The terms that are searched for (not the excluded ones), each once."""
        return tuple(dict.fromkeys(term for group in self.groups for term in group))


@dataclass(frozen=True)
class SearchHit:
    message_id: int
    conversation_id: str
    conversation_title: str
    persona: str
    role: Role
    created_at: float
    snippet: str
    """The text around the match, matches between the markers (MATCH_START/MATCH_END)."""
    score: float
    """Higher is better; comparable only within one result list. 0.0 in newest order."""


def parse_query(text: str) -> ParsedQuery:
    """Read what a person typed (see the module docstring); never fails."""
    text = _clean(text)
    groups: list[list[Term]] = [[]]
    excluded: list[Term] = []
    count = 0
    i, n = 0, len(text)
    while i < n and count < MAX_TERMS:
        if text[i].isspace():
            i += 1
            continue
        negate = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negate:
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end < 0:  # unbalanced: the quote is only punctuation
                i += 1
                continue
            body, i = text[i + 1 : end], end + 1
            stars = len(text) - len(text[i:].lstrip("*")) - i
            i += stars
            term = Term(body, stars > 0)
        else:
            end = i
            while end < n and not text[end].isspace() and text[end] != '"':
                end += 1
            word, i = text[i:end], end
            if not negate and word in ("OR", "AND"):
                if word == "OR" and groups[-1]:
                    groups.append([])
                continue
            body = word.rstrip("*")
            term = Term(body, len(body) < len(word))
        if not body.strip():
            continue
        if term.prefix:
            words = tokens(term.text)
            if not words or len(words[-1]) < 2:
                term = Term(term.text)
        count += 1
        (excluded if negate else groups[-1]).append(term)
    return ParsedQuery(tuple(tuple(g) for g in groups if g), tuple(excluded))


def match_expression(query: ParsedQuery) -> str | None:
    """The FTS5 query for the message text, or None when there is nothing to search for."""
    if not query.groups:
        return None
    parts = [" ".join(_fts_string(term) for term in group) for group in query.groups]
    expression = parts[0] if len(parts) == 1 else " OR ".join(f"({part})" for part in parts)
    if query.excluded:
        excluded = " OR ".join(_fts_string(term) for term in query.excluded)
        expression = f"({expression}) NOT ({excluded})"
    return f"content : ({expression})"


def build_match(text: str) -> str | None:
    """The safe FTS5 ``MATCH`` string for what a person typed (None: nothing to search for)."""
    return match_expression(parse_query(text))


def facets(role: str, persona: str) -> str:
    """The ``messages.search_facets`` value of a message (the SQL triggers compute the same)."""
    return f"r{role} p{persona.encode('utf-8', 'surrogatepass').hex().upper()}"


def fold(text: str) -> str:
    """Text as the index compares it, nearly (unicode61: case folded, diacritics removed)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokens(text: str) -> list[str]:
    """Words as the index sees them, nearly (letters and digits; see ``fold``)."""
    return _TOKEN.findall(fold(text))


def snippet_parts(
    snippet: str, markers: tuple[str, str] = (MATCH_START, MATCH_END)
) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, in order, for a UI to render."""
    start, end = markers
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        before, found, after = rest.partition(start)
        if before:
            parts.append((before, False))
        if not found:
            break
        match, _, rest = after.partition(end)
        if match:
            parts.append((match, True))
    return parts


def search(
    database: Database | Connection,
    text: str,
    *,
    persona: str | None = None,
    since: float | None = None,
    until: float | None = None,
    role: Role | None = None,
    order: Order = "relevance",
    limit: int = 20,
    offset: int = 0,
    markers: tuple[str, str] = (MATCH_START, MATCH_END),
    snippet_tokens: int = SNIPPET_TOKENS,
) -> list[SearchHit]:
    """Messages matching ``text`` (see the module docstring for the language and the ranking).

    ``persona``: only conversations with this persona ('' is "no persona"); ``since`` (inclusive)
    and ``until`` (exclusive): Unix times of the message; ``role``: 'user', 'assistant' or
    'system'. ``order``: "relevance" (best first, among the newest hits) or "newest".
    ``markers``: what goes around each match in the snippet; ``snippet_tokens``: its length in
    words (1 to 64).
    """
    if order not in ("relevance", "newest"):
        raise ValueError(f"order must be 'relevance' or 'newest', not {order!r}")
    if role is not None and role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    query = parse_query(text)
    content_match = match_expression(query)
    if content_match is None or limit == 0:
        return []
    facet_tokens = []
    if role is not None:
        facet_tokens.append(f'"r{role}"')
    if persona is not None:
        facet_tokens.append(f'"p{persona.encode("utf-8", "surrogatepass").hex()}"')
    full_match = content_match
    if facet_tokens:
        full_match = f"{content_match} AND search_facets : ({' '.join(facet_tokens)})"
    conn = database.connection() if isinstance(database, Database) else database
    _ensure_cache(conn)
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")  # one snapshot for all the reads below
    try:
        bounds = _rowid_bounds(conn, since, until)
        if bounds is None:
            return []
        plan = _Search(
            conn,
            query,
            content_match,
            full_match,
            filtered=bool(facet_tokens),
            bounds=bounds,
            times=(-math.inf if since is None else since, math.inf if until is None else until),
            snippet=(*markers, ELLIPSIS, min(64, max(1, snippet_tokens))),
        )
        if order == "newest":
            return plan.newest(limit, offset)
        return plan.relevant(limit, offset)
    finally:
        if own_transaction:
            conn.execute("COMMIT")


# -- internals -----------------------------------------------------------------------------

# Rough costs (µs, encrypted, page cache partly warm) that choose between ways of doing a step.
_POSTING_US = 0.03  # reading one hit of a word from the index
_PHRASE_DOC_US = 1.0  # checking one message that has all of a phrase's words for the phrase
_BM25_ROW_US = 1.5  # bm25() for one row (its length: a small table, mostly cached)
_PAGE_US = 10.0  # reading (and decrypting) a page of messages that is not in the cache
_ROWS_PER_PAGE = 20  # messages to a page, about
_SCORE_US = 2.0  # scoring one candidate's text here
_ROW_QUERY_US = 300.0  # one FTS5 query for a single rowid: parse, seek every word, snippet
_BM25_BUDGET_US = 6000.0  # bm25() is preferred up to this (it ranks all, not TEXT_RANKED)
_PROBE = 256
_K1 = 1.2
_B = 0.75
_MIN_ROWID = -(2**63)
_MAX_ROWID = 2**63 - 1


@dataclass
class _Phrase:
    term: Term
    words: list[str]
    frequency: float  # messages with its rarest word (estimated): at least as many as with it

    @property
    def us_per_hit(self) -> float:
        """A multi-word phrase costs far more per message: each message with all its words is
        seeked in every word's list and its positions compared."""
        return _POSTING_US if len(self.words) <= 1 else _PHRASE_DOC_US

    def needle(self) -> str | None:
        """What the phrase looks like in ``_spaced`` text (None: nothing to look for)."""
        if not self.words:
            return None
        return " " + "  ".join(self.words) + ("" if self.term.prefix else " ")


class _Search:
    """One search: the statements it runs, and the cost estimates that choose among them."""

    def __init__(
        self,
        conn: Connection,
        query: ParsedQuery,
        content_match: str,
        full_match: str,
        *,
        filtered: bool,
        bounds: tuple[int, int],
        times: tuple[float, float],
        snippet: tuple[str, str, str, int],
    ) -> None:
        self.conn = conn
        self.query = query
        self.content_match = content_match
        self.full_match = full_match
        self.filtered = filtered
        self.bounds = bounds
        self.times = times
        self.snippet = snippet
        self.oldest_id = self.newest_id = 0
        self.documents = 1
        self.phrases: dict[Term, _Phrase] = {}

    # -- the two orders --------------------------------------------------------------------

    def newest(self, limit: int, offset: int) -> list[SearchHit]:
        """Newest first: FTS5 reads the hits newest-first and stops after the page."""
        rows = self.conn.execute(
            f"SELECT {_HIT_COLUMNS} {_HIT_JOIN} WHERE messages_fts MATCH ? "
            f"AND messages_fts.rowid BETWEEN ? AND ? {_HIT_TIME} "
            "ORDER BY messages_fts.rowid DESC LIMIT ? OFFSET ?",
            (*self.snippet, self.full_match, *self.bounds, *self.times, limit, offset),
        )
        return [_hit(row, 0.0) for row in rows]

    def relevant(self, limit: int, offset: int) -> list[SearchHit]:
        if not self._estimate():
            return []
        candidates = self._candidates()
        ranked = self._rank(candidates)
        return self._hits(ranked[offset : offset + limit])

    # -- steps -------------------------------------------------------------------------------

    def _estimate(self) -> bool:
        """Document frequencies of the searched words, from the spacing of their newest hits
        (False: there are no messages)."""
        oldest_id, newest_id = self.conn.execute(
            "SELECT (SELECT min(id) FROM messages), (SELECT max(id) FROM messages)"
        ).fetchone()  # two lookups: min() and max() in one SELECT would scan the table
        if newest_id is None:
            return False
        self.oldest_id, self.newest_id = int(oldest_id), int(newest_id)
        self.documents = self.newest_id - self.oldest_id + 1
        words: dict[tuple[str, bool], float] = {}
        for term in self.query.terms:
            found = tokens(term.text)
            estimates = []
            for index, word in enumerate(found):
                key = (word, term.prefix and index == len(found) - 1)
                if key not in words:
                    words[key] = self._frequency(Term(*key), self.newest_id)
                estimates.append(words[key])
            self.phrases[term] = _Phrase(term, found, min(estimates, default=0.0))
        return True

    def _frequency(self, word: Term, newest_id: int) -> float:
        found, oldest = self.conn.execute(
            "SELECT count(*), min(rowid) FROM (SELECT rowid FROM messages_fts "
            "WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
            (f"content : {_fts_string(word)}", _PROBE),
        ).fetchone()
        if found < _PROBE:
            return float(found)
        return _PROBE * self.documents / max(_PROBE, newest_id - int(oldest) + 1)

    def _groups(self) -> list[list[_Phrase]]:
        return [[self.phrases[term] for term in group] for group in self.query.groups]

    def _scan_us(self, span: int) -> float:
        """What reading the query's hits in a rowid window of ``span`` ids costs: each group
        of AND-ed terms is driven by its rarest word."""
        total = 0.0
        for group in self._groups():
            rarest = min(p.frequency for p in group)
            total += rarest * span / self.documents * max(p.us_per_hit for p in group)
        return total

    def _candidates(self) -> list[int]:
        """The newest CANDIDATES hits of the query (with its filters), newest first.

        FTS5 reads oldest-first 2-3 times faster than newest-first where it seeks in a common
        word's long list (as for "the" in "the kubaizu"). So the ids where the newest
        CANDIDATES hits are expected (from the rarest word's frequency, times 1.5) are read
        oldest-first, completely; if they hold too few hits, the rest come newest-first from
        before them, and if far too many (a bad estimate), newest-first after all. The result is
        the same in every case.
        """
        sql = (
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
            "AND rowid BETWEEN ? AND ? ORDER BY rowid {} LIMIT ?"
        )
        low, high = max(self.bounds[0], self.oldest_id), min(self.bounds[1], self.newest_id)
        at_most = sum(min(p.frequency for p in group) for group in self._groups())
        span = 1.5 * CANDIDATES * self.documents / max(1.0, at_most)
        start = max(low, high - int(min(span, high - low)))
        rows = self.conn.execute(
            sql.format("ASC"), (self.full_match, start, high, 4 * CANDIDATES)
        ).fetchall()
        if len(rows) < 4 * CANDIDATES:
            found = [int(row[0]) for row in reversed(rows)][:CANDIDATES]
            if len(found) == CANDIDATES or start == low:
                return found
            older = self.conn.execute(
                sql.format("DESC"), (self.full_match, low, start - 1, CANDIDATES - len(found))
            )
            return found + [int(row[0]) for row in older]
        rows = self.conn.execute(
            sql.format("DESC"), (self.full_match, low, high, CANDIDATES)
        ).fetchall()
        return [int(row[0]) for row in rows]

    def _rank(self, candidates: list[int]) -> list[tuple[int, float]]:
        """(message id, score) of the candidates, best first: by FTS5 bm25() where counting its
        phrases is cheap enough, else by BM25 computed here from the newest candidates' text."""
        if not candidates:
            return []
        window = candidates[0] - candidates[-1] + 1
        phrases = list(self.phrases.values())
        cheap = [p for p in phrases if p.frequency * p.us_per_hit <= _BM25_BUDGET_US]
        window_docs = sum(p.frequency for p in cheap) * window / self.documents
        if len(cheap) == len(phrases) and len(self.query.groups) == 1 and not self.query.excluded:
            ranking_match = self.content_match  # exact bm25; the window holds the candidates
            window_docs = min(p.frequency for p in phrases) * window / self.documents
            window_rows = window_docs if self.filtered else len(candidates)
        else:  # the cheap phrases only: a very common word weighs little in bm25 anyway
            ranking_match = "content : (" + " OR ".join(_fts_string(p.term) for p in cheap) + ")"
            window_rows = window_docs
        # bm25() counts each phrase's hits over the whole index (for its idf), then reads the
        # window, and looks up each row's length
        bm25_us = (
            sum(p.frequency * p.us_per_hit for p in cheap)
            + window_docs * max((p.us_per_hit for p in cheap), default=0.0)
            + window_rows * _BM25_ROW_US
        )
        text_us = self._text_us(candidates[:TEXT_RANKED])
        more = len(candidates) > TEXT_RANKED  # bm25 would rank more of them: worth a little
        if cheap and (bm25_us <= text_us or (more and bm25_us <= _BM25_BUDGET_US)):
            return self._rank_bm25(candidates, ranking_match)
        return self._rank_text(candidates[:TEXT_RANKED], phrases)

    @staticmethod
    def _text_us(candidates: list[int]) -> float:
        """Reading and scoring these candidates' text: a page read for each page they lie on
        (about _ROWS_PER_PAGE messages to a page), and the scoring."""
        pages = min(len(candidates), (candidates[0] - candidates[-1]) / _ROWS_PER_PAGE + 1)
        return pages * _PAGE_US + len(candidates) * _SCORE_US

    def _rank_bm25(self, candidates: list[int], ranking_match: str) -> list[tuple[int, float]]:
        """FTS5 bm25() over the candidates' rowid window; candidates it does not score (a term
        left out, in an OR) come last."""
        wanted = set(candidates)
        scores = {
            int(rowid): -float(score)
            for rowid, score in self.conn.execute(
                "SELECT rowid, bm25(messages_fts, 1.0, 0.0) FROM messages_fts "
                "WHERE messages_fts MATCH ? AND rowid BETWEEN ? AND ?",
                (ranking_match, candidates[-1], candidates[0]),
            )
            if rowid in wanted
        }
        ranked = [(rowid, scores.get(rowid, 0.0)) for rowid in candidates]
        ranked.sort(key=lambda item: (-item[1], -item[0]))
        return ranked

    def _rank_text(self, candidates: list[int], phrases: list[_Phrase]) -> list[tuple[int, float]]:
        """BM25 (k1=1.2, b=0.75) from the candidates' text and the estimated frequencies.

        A phrase is counted as a substring of the text's words joined by two spaces (str.count:
        5 times faster than a regular expression); the length of a message is its length in
        characters (proportional to its words, and free).
        """
        texts = dict(
            self.conn.execute(
                f"SELECT id, content FROM messages WHERE id IN ({_marks(candidates)})",
                candidates,
            ).fetchall()
        )
        average = max(1.0, sum(len(text) for text in texts.values()) / max(1, len(texts)))
        documents = self.documents
        weighted = [
            (needle, math.log(1 + (documents - p.frequency + 0.5) / (p.frequency + 0.5)))
            for p in phrases
            if (needle := p.needle()) is not None
        ]
        ranked = []
        for rowid in candidates:
            text = texts.get(rowid, "")
            spaced = _spaced(text)
            norm = _K1 * (1 - _B + _B * len(text) / average)
            score = 0.0
            for needle, weight in weighted:
                found = spaced.count(needle)
                if found:
                    score += weight * found * (_K1 + 1) / (found + norm)
            ranked.append((rowid, score))
        ranked.sort(key=lambda item: (-item[1], -item[0]))
        return ranked

    def _hits(self, page: list[tuple[int, float]]) -> list[SearchHit]:
        """The page's hits with snippets, titles and personas, in the page's order.

        Either one statement over the page's rowid window (cheap when the query's hits there
        are quick to read), or one FTS5 query per hit (for phrases of common words: reading the
        window again would check every message with those words).
        """
        if not page:
            return []
        ids = [rowid for rowid, _ in page]
        sql = f"SELECT {_HIT_COLUMNS} {_HIT_JOIN} WHERE messages_fts MATCH ? "
        if self._scan_us(max(ids) - min(ids) + 1) <= _ROW_QUERY_US * len(ids):
            rows = self.conn.execute(
                f"{sql} AND messages_fts.rowid BETWEEN ? AND ? "
                f"AND +messages_fts.rowid IN ({_marks(ids)}) {_HIT_TIME}",
                (*self.snippet, self.full_match, min(ids), max(ids), *ids, *self.times),
            ).fetchall()
        else:
            rows = [
                row
                for rowid in ids
                for row in self.conn.execute(
                    f"{sql} AND messages_fts.rowid = ? {_HIT_TIME}",
                    (*self.snippet, self.full_match, rowid, *self.times),
                )
            ]
        found = {int(row[1]): row for row in rows}
        return [_hit(found[rowid], score) for rowid, score in page if rowid in found]


_HIT_COLUMNS = (
    "snippet(messages_fts, 0, ?, ?, ?, ?), messages_fts.rowid, m.conversation_id, c.title, "
    "c.persona, m.role, m.created_at"
)
_HIT_JOIN = (
    "FROM messages_fts CROSS JOIN messages AS m ON m.id = messages_fts.rowid "
    "CROSS JOIN conversations AS c ON c.id = m.conversation_id"
)
_HIT_TIME = "AND m.created_at >= ? AND m.created_at < ?"


def _hit(row: tuple[Any, ...], score: float) -> SearchHit:
    snippet, rowid, conversation_id, title, persona, role, created_at = row
    return SearchHit(
        int(rowid), conversation_id, title, persona, role, float(created_at), snippet, score
    )


_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def _spaced(text: str) -> str:
    """The words of ``text`` as the index sees them (nearly), each between two spaces."""
    if text.isascii():
        words = text.lower().translate(_SEPARATORS).split()
    else:
        words = tokens(text)
    return "  " + "  ".join(words) + "  "


def _marks(values: list[int]) -> str:
    return ",".join("?" * len(values))


def _clean(text: str) -> str:
    """No NUL (it ends an FTS5 string), no lone surrogates (not UTF-8), bounded length."""
    text = text[:MAX_QUERY_CHARS].replace("\x00", " ")
    return text.encode("utf-8", "replace").decode("utf-8")


def _fts_string(term: Term) -> str:
    return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")


def _ensure_cache(conn: Connection) -> None:
    size = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    kib = -size if size < 0 else size * 4
    if kib < SEARCH_CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


def _rowid_bounds(
    conn: Connection, since: float | None, until: float | None
) -> tuple[int, int] | None:
    """The message id range of a time range (ids grow with time); None if it holds nothing."""
    low, high = _MIN_ROWID, _MAX_ROWID
    if since is not None:
        row = conn.execute(
            "SELECT id FROM messages WHERE created_at >= ? ORDER BY created_at, id LIMIT 1",
            (since,),
        ).fetchone()
        if row is None:
            return None
        low = int(row[0])
    if until is not None:
        row = conn.execute(
            "SELECT id FROM messages WHERE created_at < ? ORDER BY created_at DESC, id DESC "
            "LIMIT 1",
            (until,),
        ).fetchone()
        if row is None:
            return None
        high = int(row[0])
    return (low, high) if low <= high else None
