"""Full-text search speed over a large history, encrypted (SQLCipher) and not.

Builds a corpus of ``--messages`` messages (default 1,000,000) in about 20k conversations (one per
50 messages) in a temporary data dir, twice: ENCRYPTED through ``Database.open`` with a random
32-byte key, and UNENCRYPTED (SQLCipher without a key, same schema and pragmas). The words follow a
Zipf law over a 50k-word vocabulary: a few very common words ("the" is in most messages), a long
tail of rare ones, and some words with diacritics ("café", "naïve", ...), plus a few stock phrases.

Bulk load: one transaction per database, with the FTS triggers dropped and the rows inserted with
their ``search_facets`` (schema 2), then FTS5 ``'rebuild'`` and the triggers put back (RECIPES: 4x
faster than loading through the triggers).

Then it runs ``--queries`` searches (default 200) per query type through
``callbot_desktop.storage.search.search`` (relevance order, 20 hits with snippets), shuffled:
  common_word (one of the 40 most common), rare_word (rank 20k+), two_words (common or middle,
  and middle), phrase (a stock phrase, or 2-3 adjacent words of a stored message with at least
  one word outside the top 100: what a person remembers), prefix (2-5 letters of a word, then *);
  extras: diacritic_word ("cafe" for "café"), newest_common_word (newest first), persona_,
  role_ and dates_common_word (filters), persona_rare_word (a middle word, the rarest persona),
  and phrase_of_top100_words: a stress case, not gated - adjacent words that are all among the
  100 most common ("of to the"): FTS5 must check the positions in every message that has all of
  them, which costs about as much unencrypted.
Each database is first warmed with ``--warmup`` searches of other words (a running app has a warm
page cache; its size is the one ``search`` sets, ``SEARCH_CACHE_KIB``, or ``--cache-mib``).

Prints ONE JSON object: build seconds (generating and loading), database sizes, p50/p95/max
milliseconds and how many queries found something, per query type and database, and whether
every gated type met p95 <= 20 ms encrypted.
Run: ``.venv/bin/python -m benchmarks.search [--messages N]``.
``--keep DIR`` keeps (and on the next run reuses) the two databases in DIR instead of a temporary
dir, for iterating on the search design without rebuilding the corpus.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from callbot_desktop.storage import search as search_module
from callbot_desktop.storage.db import Connection, Database, migrate
from callbot_desktop.storage.history import Conversation, Message, Role, insert_conversation
from callbot_desktop.storage.search import facets, search

GATED = ("common_word", "rare_word", "two_words", "phrase", "prefix")
TARGET_P95_MS = 20.0
MESSAGES_PER_CONVERSATION = 50
VOCABULARY = 50_000
ZIPF_EXPONENT = 1.05
START = 1_640_995_200.0  # 2022-01-01: three years of history up to 2025
SPAN = 3 * 365 * 86_400.0
PERSONAS = {"Assistant": 60, "Tutor": 15, "Chef": 10, "Coder": 8, "Translator": 5, "Poet": 2}
COMMON = (
    "the to and a of you i is it that in for this what can be with on do have are my your how "
    "me not so we but if at about was there like just will or from one they an would all some "
    "know think get more time make go out up no yes when which then their them could also well "
    "other into very good want need see here now way because any these first way new use help "
    "thank please tell right really people much where day say try"
).split()
DIACRITICS = (
    "café naïve résumé jalapeño crème brûlée façade über São Zürich Ångström smörgåsbord piñata "
    "déjà fiancée Müller Škoda Łódź Dvořák señor mañana Köln Málaga garçon entrée protégé soufflé "
    "pâté Götterdämmerung élan Ørsted Bjørn Québec Besançon Crète Curaçao Reykjavík"
).split()
STOCK_PHRASES = (
    "thank you so much",
    "how do i",
    "can you tell me",
    "what is the",
    "let me know",
    "good morning",
    "set a timer for",
    "what's the weather like",
    "remind me to",
    "in other words",
)
SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


@dataclass(frozen=True)
class Corpus:
    """The generated words, so that queries can be drawn with known frequencies."""

    words: list[str]  # by Zipf rank: words[0] is the most common
    sample_messages: list[str]


def vocabulary(rng: random.Random) -> list[str]:
    """COMMON first, then made-up words (with the diacritic ones spread in the upper middle)."""
    words = list(COMMON)
    seen = set(words)
    while len(words) < VOCABULARY - len(DIACRITICS):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4))))
        if rng.random() < 0.1:
            word += rng.choice(("s", "ed", "ing", "er", "ly"))
        if word not in seen:
            seen.add(word)
            words.append(word)
    for index, word in enumerate(DIACRITICS):
        words.insert(300 + index * 97, word)
    return words


def generate(
    n_messages: int, seed: int = 7
) -> tuple[Corpus, list[Conversation], Iterator[list[Message]]]:
    """The corpus: conversations, and their messages in batches (time order, ids grow with time)."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(
        itertools.accumulate(1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, 1 + len(words)))
    )
    n_conversations = max(1, n_messages // MESSAGES_PER_CONVERSATION)
    personas = rng.choices(list(PERSONAS), weights=list(PERSONAS.values()), k=n_conversations)
    starts = sorted(START + rng.random() * SPAN for _ in range(n_conversations))
    conversations = [
        Conversation(
            f"{i:032x}", f"Chat {i}: {words[rng.randrange(2000)]}", personas[i], s, s, False
        )
        for i, s in enumerate(starts)
    ]
    sizes = [MESSAGES_PER_CONVERSATION] * n_conversations
    sizes[-1] += n_messages - sum(sizes)
    samples: list[str] = []

    def batches() -> Iterator[list[Message]]:
        for conversation, size in zip(conversations, sizes, strict=True):
            batch = []
            when = conversation.created_at
            for turn in range(size):
                role: Role = "user" if turn % 2 == 0 else "assistant"
                length = rng.randint(3, 20) if role == "user" else rng.randint(10, 60)
                text = rng.choices(words, cum_weights=weights, k=length)
                if rng.random() < 0.15:
                    text[:0] = rng.choice(STOCK_PHRASES).split()
                content = " ".join(text).capitalize() + rng.choice((".", "?", "!", "."))
                when += rng.uniform(2.0, 40.0)
                batch.append(Message(0, conversation.id, role, content, when))
                if rng.random() < 0.001:
                    samples.append(content)
            yield batch

    return Corpus(words, samples), conversations, batches()


def bulk_load(conn: Connection, n_messages: int) -> Corpus:
    """One transaction: triggers off, rows in, FTS 'rebuild', triggers back."""
    corpus, conversations, batches = generate(n_messages)
    conn.execute("BEGIN IMMEDIATE")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'messages' "
        "AND name LIKE 'messages_fts_%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    for conversation in conversations:
        insert_conversation(conn, conversation)
    personas = {c.id: c.persona for c in conversations}
    for batch in batches:  # like history.insert_messages, with the search facets filled in
        conn.executemany(
            "INSERT INTO messages (conversation_id, role, content, created_at, search_facets) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    m.conversation_id,
                    m.role,
                    m.content,
                    m.created_at,
                    facets(m.role, personas[m.conversation_id]),
                )
                for m in batch
            ],
        )
    conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    return corpus


def open_plain(path: Path) -> Connection:
    """An unencrypted database with the same schema and pragmas (SQLCipher without a key)."""
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, path, b"")  # a new file: no backup, so the key is not used
    return conn


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    options: dict[str, object]


def queries(corpus: Corpus, per_kind: int, rng: random.Random) -> list[Query]:
    words = corpus.words
    common = words[:40]
    middle = words[100:3000]
    rare = words[20_000:]
    plain = [w for w in words[:3000] if w.isascii() and len(w) >= 4]

    top = {word.lower() for word in words[:100]}

    def ngram(remembered: bool) -> str:
        """2-3 adjacent words of a stored message: with a word outside the top 100 (what a
        person remembers and searches for), or only top-100 words (the stress case)."""
        while True:
            tokens = rng.choice(corpus.sample_messages).rstrip(".?!").lower().split()
            size = rng.choice((2, 2, 3))
            start = rng.randrange(max(1, len(tokens) - size + 1))
            chosen = tokens[start : start + size]
            if len(chosen) == size and remembered != all(t in top for t in chosen):
                return '"' + " ".join(chosen) + '"'

    def phrase() -> str:
        return f'"{rng.choice(STOCK_PHRASES)}"' if rng.random() < 0.3 else ngram(True)

    def prefix() -> str:
        word = rng.choice(plain[:200] if rng.random() < 0.5 else plain)
        return word[: rng.randint(2, min(5, len(word)))] + "*"

    def two_words() -> str:
        first = rng.choice(common if rng.random() < 0.5 else middle)
        return f"{first} {rng.choice(middle)}"

    def since_until() -> dict[str, object]:
        since = START + rng.random() * SPAN * 0.9
        return {"since": since, "until": since + rng.choice((7, 30, 365)) * 86_400.0}

    makers: dict[str, Callable[[], Query]] = {
        "common_word": lambda: Query("common_word", rng.choice(common), {}),
        "rare_word": lambda: Query("rare_word", rng.choice(rare), {}),
        "two_words": lambda: Query("two_words", two_words(), {}),
        "phrase": lambda: Query("phrase", phrase(), {}),
        "prefix": lambda: Query("prefix", prefix(), {}),
        "phrase_of_top100_words": lambda: Query("phrase_of_top100_words", ngram(False), {}),
        "diacritic_word": lambda: Query("diacritic_word", unaccented(rng.choice(DIACRITICS)), {}),
        "newest_common_word": lambda: Query(
            "newest_common_word", rng.choice(common), {"order": "newest"}
        ),
        "persona_common_word": lambda: Query(
            "persona_common_word", rng.choice(common), {"persona": rng.choice(list(PERSONAS))}
        ),
        "role_common_word": lambda: Query(
            "role_common_word", rng.choice(common), {"role": rng.choice(("user", "assistant"))}
        ),
        "dates_common_word": lambda: Query("dates_common_word", rng.choice(common), since_until()),
        "persona_rare_word": lambda: Query(
            "persona_rare_word", rng.choice(middle), {"persona": "Poet"}
        ),
    }
    return [make() for make in makers.values() for _ in range(per_kind)]


def unaccented(word: str) -> str:
    """ "café" -> "cafe": what a person types to find it."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(
    source: Database | Connection, batch: list[Query], warmup: list[Query]
) -> dict[str, object]:
    for query in warmup:
        search(source, query.text, **query.options)  # type: ignore[arg-type]
    times: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for query in batch:
        started = time.perf_counter()
        found = search(source, query.text, **query.options)  # type: ignore[arg-type]
        times.setdefault(query.kind, []).append((time.perf_counter() - started) * 1000)
        hits[query.kind] = hits.get(query.kind, 0) + (1 if found else 0)
    return {
        kind: {
            "p50_ms": round(statistics.median(ms), 2),
            "p95_ms": round(percentile(ms, 0.95), 2),
            "max_ms": round(max(ms), 2),
            "with_hits": f"{hits[kind]}/{len(ms)}",
        }
        for kind, ms in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="keep/reuse the databases in this dir")
    parser.add_argument("--only", nargs="*", help="only these query kinds")
    parser.add_argument(
        "--cache-mib", type=int, help="page cache per connection (default: search's own)"
    )
    args = parser.parse_args()
    if args.cache_mib:
        search_module.SEARCH_CACHE_KIB = args.cache_mib * 1024
    with tempfile.TemporaryDirectory(prefix="callbot-search-bench-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        key_file = folder / "key"
        reuse = args.keep is not None and key_file.exists()
        key = key_file.read_bytes() if reuse else os.urandom(32)
        result: dict[str, object] = {
            "benchmark": "history_search",
            "messages": args.messages,
            "cache_mib": search_module.SEARCH_CACHE_KIB // 1024,
        }
        corpus: Corpus | None = None
        build: dict[str, float] = {}
        started = time.perf_counter()
        encrypted = Database.open(folder / "encrypted.db", key)
        if not reuse:
            corpus = bulk_load(encrypted.connection(), args.messages)
            build["encrypted_s"] = round(time.perf_counter() - started, 1)
            key_file.write_bytes(key)
        started = time.perf_counter()
        if not reuse:
            plain = open_plain(folder / "plain.db")
            bulk_load(plain, args.messages)
            build["unencrypted_s"] = round(time.perf_counter() - started, 1)
        else:
            plain = sqlcipher3.connect(str(folder / "plain.db"), isolation_level=None)
        if corpus is None:  # reusing: generate again (same seed) for the words and samples
            corpus, _, batches = generate(args.messages)
            for _ in batches:
                pass
        result["build"] = build
        result["size_mb"] = {
            name: round((folder / f"{name}.db").stat().st_size / 1e6, 1)
            for name in ("encrypted", "plain")
        }
        rng = random.Random(11)
        batch = queries(corpus, args.queries, rng)
        if args.only:
            batch = [q for q in batch if q.kind in args.only]
        rng.shuffle(batch)
        warmup = [Query("warmup", w, {}) for w in rng.sample(corpus.words[:5000], args.warmup)]
        result["encrypted"] = measure(encrypted, batch, warmup)
        result["unencrypted"] = measure(plain, batch, warmup)
        measured: dict[str, dict[str, float]] = result["encrypted"]  # type: ignore[assignment]
        result["target"] = {
            "p95_ms": TARGET_P95_MS,
            "kinds": [kind for kind in GATED if kind in measured],
            "met_encrypted": all(
                measured[kind]["p95_ms"] <= TARGET_P95_MS for kind in GATED if kind in measured
            ),
        }
        encrypted.close()
        plain.close()
        print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
