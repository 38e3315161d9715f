"""Full-text search of the history, on a real SQLCipher database: results, snippets, the query
language (and that no typed text breaks it), filters, both orders, and the index kept in sync."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from callbot_desktop.storage import db as db_module
from callbot_desktop.storage import search as search_module
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import Conversation, History
from callbot_desktop.storage.search import (
    ELLIPSIS,
    MATCH_END,
    MATCH_START,
    SEARCH_CACHE_KIB,
    ParsedQuery,
    SearchHit,
    Term,
    build_match,
    parse_query,
    search,
    snippet_parts,
)

T0 = 1_700_000_000.0


class Clock:
    """One minute between events, unless a test sets the time."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def history(tmp_path: Path, clock: Clock) -> Iterator[History]:
    database = Database.open(tmp_path / "h.db", os.urandom(32))
    yield History(database, clock=clock)
    database.close()


@pytest.fixture(params=["bm25", "text"])
def ranking(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with each way of scoring: FTS5 bm25(), and BM25 from the text here (chosen
    by cost; here forced through the text's estimated cost)."""
    cost = 0.0 if request.param == "text" else float("inf")
    monkeypatch.setattr(search_module._Search, "_text_us", staticmethod(lambda _: cost))
    return str(request.param)


def chat(history: History, persona: str, *turns: str) -> Conversation:
    """A conversation whose turns alternate user / assistant."""
    conversation = history.create_conversation(persona=persona)
    for index, text in enumerate(turns):
        history.add_message(conversation.id, "user" if index % 2 == 0 else "assistant", text)
    return conversation


def ids(hits: list[SearchHit]) -> list[int]:
    return [hit.message_id for hit in hits]


def contents(history: History, hits: list[SearchHit]) -> list[str]:
    conn = history.database.connection()
    return [
        conn.execute("SELECT content FROM messages WHERE id = ?", (hit.message_id,)).fetchone()[0]
        for hit in hits
    ]


def assert_index_consistent(history: History) -> None:
    """FTS5's own check that the index matches the messages table (raises if not)."""
    with history.database.write() as conn:
        conn.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")


# -- results ---------------------------------------------------------------------------------


def test_a_hit_carries_its_conversation_title_persona_role_and_time(history: History) -> None:
    conversation = chat(history, "Chef", "How do I fold egg whites?", "Gently, with a spatula.")
    (hit,) = search(history.database, "spatula")
    (_, reply) = history.messages(conversation.id)
    assert hit == SearchHit(
        message_id=reply.id,
        conversation_id=conversation.id,
        conversation_title="How do I fold egg whites?",
        persona="Chef",
        role="assistant",
        created_at=reply.created_at,
        snippet=f"Gently, with a {MATCH_START}spatula{MATCH_END}.",
        score=hit.score,
    )
    assert hit.score > 0


def test_no_match_no_messages_and_nothing_to_search_give_no_hits(history: History) -> None:
    assert search(history.database, "anything") == []
    chat(history, "", "Tell me about the weather")
    for text in ("", "   ", "!!!", '"', '""', "*", "-", "-weather", "OR", "AND OR"):
        assert search(history.database, text) == [], text
    assert search(history.database, "snowstorm") == []
    assert search(history.database, "weather", limit=0) == []


def test_snippets_mark_every_match_and_cut_long_text(history: History) -> None:
    filler = " ".join(f"word{i}" for i in range(40))
    chat(history, "", f"{filler} the lighthouse keeper saw a lighthouse {filler}")
    (hit,) = search(history.database, "lighthouse", snippet_tokens=8)
    assert hit.snippet.startswith(ELLIPSIS) and hit.snippet.endswith(ELLIPSIS)
    parts = snippet_parts(hit.snippet)
    assert [text for text, is_match in parts if is_match] == ["lighthouse", "lighthouse"]
    assert "".join(text for text, _ in parts) == hit.snippet.replace(MATCH_START, "").replace(
        MATCH_END, ""
    )
    (custom,) = search(history.database, "lighthouse", markers=("[", "]"))
    assert "the [lighthouse] keeper saw a [lighthouse]" in custom.snippet
    assert snippet_parts(custom.snippet, ("[", "]")) == parts_with(custom.snippet)


def parts_with(snippet: str) -> list[tuple[str, bool]]:
    """snippet_parts for '[' ']' written out by hand."""
    out: list[tuple[str, bool]] = []
    for index, piece in enumerate(snippet.replace("]", "[").split("[")):
        if piece:
            out.append((piece, index % 2 == 1))
    return out


def test_case_and_diacritics_do_not_matter(history: History, ranking: str) -> None:
    chat(history, "", "Meet me at the Café in Zürich", "Crème brûlée for two")
    assert len(search(history.database, "cafe")) == 1
    assert len(search(history.database, "CAFÉ")) == 1
    assert len(search(history.database, "zurich")) == 1
    assert len(search(history.database, '"creme brulee"')) == 1
    (hit,) = search(history.database, "cafe")
    assert f"{MATCH_START}Café{MATCH_END}" in hit.snippet


def test_quoted_phrases_need_the_words_together_and_in_order(
    history: History, ranking: str
) -> None:
    chat(history, "", "the quick brown fox", "brown and quick, the fox", "a quick fox, brown")
    assert len(search(history.database, "quick brown fox")) == 3
    (hit,) = search(history.database, '"quick brown fox"')
    assert contents(history, [hit]) == ["the quick brown fox"]
    assert len(search(history.database, '"quick brown" fox')) == 1
    assert contents(history, search(history.database, '"fox brown"')) == ["a quick fox, brown"]
    assert search(history.database, '"fox quick"') == []


def test_prefixes(history: History, ranking: str) -> None:
    chat(history, "", "set a reminder", "I will remind you", "remarkable", "rem sleep")
    found = contents(history, search(history.database, "remi*"))
    assert sorted(found) == ["I will remind you", "set a reminder"]
    assert len(search(history.database, "re*")) == 4
    assert len(search(history.database, '"a remi"*')) == 1
    # one letter is searched as that word: there is no one-letter prefix index
    assert parse_query("r*") == ParsedQuery(((Term("r"),),))
    assert search(history.database, "r*") == []


def test_or_and_exclusion(history: History, ranking: str) -> None:
    chat(history, "", "cats purr", "dogs bark", "cats and dogs", "birds sing")
    assert len(search(history.database, "cats OR dogs")) == 3
    assert len(search(history.database, "cats OR birds")) == 3
    assert contents(history, search(history.database, "cats -dogs")) == ["cats purr"]
    assert len(search(history.database, 'cats -"and dogs"')) == 1
    assert len(search(history.database, "cats AND dogs")) == 1
    assert len(search(history.database, "cats or dogs")) == 0  # lower case "or" is a word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello world", ParsedQuery(((Term("hello"), Term("world")),))),
        ('say "hello world"', ParsedQuery(((Term("say"), Term("hello world")),))),
        ('"hello wor"*', ParsedQuery(((Term("hello wor", prefix=True),),))),
        ('unbalanced "quote', ParsedQuery(((Term("unbalanced"), Term("quote")),))),
        ("a OR b c", ParsedQuery(((Term("a"),), (Term("b"), Term("c"))))),
        ("OR a OR OR", ParsedQuery(((Term("a"),),))),
        ('a -b -"c d"', ParsedQuery(((Term("a"),),), (Term("b"), Term("c d")))),
        (
            "NOT NEAR(x) ^y col:z",
            ParsedQuery(((Term("NOT"), Term("NEAR(x)"), Term("^y"), Term("col:z")),)),
        ),
        ("e-mail - x", ParsedQuery(((Term("e-mail"), Term("-"), Term("x")),))),
        ("\x00nul", ParsedQuery(((Term("nul"),),))),
    ],
)
def test_the_query_language(text: str, expected: ParsedQuery) -> None:
    assert parse_query(text) == expected


def test_the_match_string_quotes_every_term() -> None:
    assert build_match('a "b cd"* OR d -e') == 'content : ((("a" "b cd"*) OR ("d")) NOT ("e"))'
    assert build_match('x"y') == 'content : ("x" "y")'
    assert build_match("!!!") == 'content : ("!!!")'
    assert build_match("") is None
    assert build_match("-only") is None


# -- the query builder never breaks, whatever is typed ----------------------------------------

FTS_SPECIAL = st.sampled_from(
    [*"\" * AND OR NOT NEAR NEAR( ( ) : ^ - + { } content: search_facets: rank ' \\".split(),
     *"🎉 café x ß ₁".split(), "\x00", " "]
)  # fmt: skip
TYPED = st.one_of(
    st.text(),
    st.text(st.characters(exclude_categories=())),  # lone surrogates too
    st.lists(FTS_SPECIAL | st.text(max_size=3), max_size=12).map("".join),
    st.lists(FTS_SPECIAL, max_size=12).map(" ".join),
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    """One database for the property tests (hypothesis runs each many times)."""
    database = Database.open(tmp_path_factory.mktemp("search") / "h.db", os.urandom(32))
    history = History(database)
    for persona, text in [
        ("Chef", "Add the butter, then the flour: 200 g (7 oz)."),
        ("", 'She said "NEAR the end" AND left; café ☕ at 5 * 3 = 15^2 {x}'),
        ("Poet", "Roses are red — violets are blue: 🎉 naïve ß straße"),
    ]:
        chat(history, persona, text, "OR NOT AND - * ^ : ( ) \" '")
    yield history
    database.close()


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TYPED)
@example(text='"unbalanced')
@example(text="AND OR NOT NEAR")
@example(text="content:the")
@example(text="^the -(x) NEAR(a b, 2)")
@example(text="\ud800 lone surrogate")
@example(text="🎉")
@example(text="*" * 5)
@example(text="x" * 5000)
def test_any_typed_text_searches_without_error(shared: History, text: str) -> None:
    database = shared.database
    match = build_match(text)
    if match is not None:
        database.connection().execute(
            "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?", (match,)
        ).fetchone()
    for hits in (
        search(database, text),
        search(database, text, order="newest"),
        search(database, text, persona="Chef", role="user", since=0.0, until=T0 * 2),
    ):
        assert all(isinstance(hit, SearchHit) for hit in hits)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.sampled_from(["butter", "flour", "roses", "violets", "cafe", "naive", "straße"]))
def test_every_stored_word_is_found(shared: History, word: str) -> None:
    hits = search(shared.database, word)
    assert hits and all(MATCH_START in hit.snippet for hit in hits)


# -- filters ---------------------------------------------------------------------------------


def test_filters_by_persona_role_and_time(history: History, clock: Clock) -> None:
    early = chat(history, "Chef", "pasta for dinner", "pasta needs salt")
    middle_time = clock.now + 30
    middle = chat(history, "Poet", "a poem about pasta", "pasta, oh pasta")
    late_time = clock.now + 30
    late = chat(history, "", "pasta again", "more pasta")

    def found(**filters: object) -> set[tuple[str, str]]:
        hits = search(history.database, "pasta", **filters)  # type: ignore[arg-type]
        return {(hit.conversation_id, hit.role) for hit in hits}

    assert len(found()) == 6
    assert found(persona="Chef") == {(early.id, "user"), (early.id, "assistant")}
    assert found(persona="") == {(late.id, "user"), (late.id, "assistant")}
    assert found(persona="Nobody") == set()
    assert found(role="assistant") == {(c.id, "assistant") for c in (early, middle, late)}
    assert found(persona="Poet", role="user") == {(middle.id, "user")}
    assert found(since=middle_time, until=late_time) == {
        (middle.id, "user"),
        (middle.id, "assistant"),
    }
    assert found(since=late_time) == {(late.id, "user"), (late.id, "assistant")}
    assert found(until=middle_time) == {(early.id, "user"), (early.id, "assistant")}
    assert found(since=clock.now + 1) == set()
    assert found(until=T0) == set()
    assert found(since=late_time, until=middle_time) == set()
    for order in ("relevance", "newest"):
        hits = search(history.database, "pasta", persona="Poet", order=order)
        assert {hit.persona for hit in hits} == {"Poet"}


def test_time_limits_are_inclusive_then_exclusive(history: History) -> None:
    conversation = chat(history, "", "tick", "tock tick")
    first, second = history.messages(conversation.id)
    assert len(search(history.database, "tick", since=first.created_at)) == 2
    assert len(search(history.database, "tick", since=second.created_at)) == 1
    assert len(search(history.database, "tick", until=second.created_at)) == 1
    assert search(history.database, "tick", until=first.created_at) == []


def test_filters_apply_before_the_candidate_cap(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cap counts matching messages only: old Poet messages are found behind many new ones."""
    monkeypatch.setattr(search_module, "CANDIDATES", 3)
    poet = chat(history, "Poet", "soup verse", "soup rhyme")
    for _ in range(5):
        chat(history, "Chef", "soup recipe", "soup again")
    assert {hit.conversation_id for hit in search(history.database, "soup", persona="Poet")} == {
        poet.id
    }
    assert len(search(history.database, "soup", persona="Poet")) == 2
    newest_three = sorted(ids(search(history.database, "soup", order="newest", limit=3)))
    assert sorted(ids(search(history.database, "soup"))) == newest_three  # relevance: newest 3
    assert len(search(history.database, "soup", order="newest", limit=100)) == 12


def test_a_persona_change_or_a_moved_message_reaches_the_index(history: History) -> None:
    first = chat(history, "Tutor", "fractions are fun", "halves and quarters")
    second = chat(history, "Chef", "fractions of a cup")
    with history.database.write() as conn:
        conn.execute("UPDATE conversations SET persona = 'Maths' WHERE id = ?", (first.id,))
    assert search(history.database, "fractions", persona="Tutor") == []
    assert len(search(history.database, "fractions OR halves", persona="Maths")) == 2
    (message,) = history.messages(second.id)
    with history.database.write() as conn:
        conn.execute(
            "UPDATE messages SET conversation_id = ?, role = 'assistant' WHERE id = ?",
            (first.id, message.id),
        )
    (hit,) = search(history.database, "cup", persona="Maths", role="assistant")
    assert hit.conversation_id == first.id
    assert search(history.database, "cup", persona="Chef") == []
    assert_index_consistent(history)


# -- orders and pages --------------------------------------------------------------------------


def test_relevance_puts_the_best_match_first(history: History, ranking: str) -> None:
    """Both ways of scoring agree on the order."""
    filler = " ".join(f"filler{i}" for i in range(30))
    chat(
        history,
        "",
        f"an otter appears once in this long message {filler}",
        "otter otter otter",
        f"otter and kelp {filler}",
        "otter kelp",
    )
    found = contents(history, search(history.database, "otter"))
    assert found[0] == "otter otter otter"
    assert found[-1].startswith("an otter appears once")
    found = contents(history, search(history.database, "otter kelp"))
    assert found == ["otter kelp", f"otter and kelp {filler}"]
    scores = [hit.score for hit in search(history.database, "otter")]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    found = contents(history, search(history.database, '"otter kel"*'))
    assert found == ["otter kelp"]
    found = contents(history, search(history.database, "kel* OR appears"))
    assert len(found) == 3 and "otter otter otter" not in found  # either word, not only otter


@pytest.mark.parametrize("per_hit", [False, True])
def test_snippets_read_per_hit_or_per_window_are_the_same(
    history: History, monkeypatch: pytest.MonkeyPatch, per_hit: bool
) -> None:
    for index in range(8):
        chat(history, "Tutor" if index % 2 else "", f"lesson {index}: the cat sat on the mat")
    expected = [
        (hit.message_id, hit.snippet, hit.persona)
        for hit in search(history.database, '"on the mat"', limit=5, offset=1)
    ]
    if per_hit:
        monkeypatch.setattr(search_module, "_ROW_QUERY_US", 0.0)
    found = search(history.database, '"on the mat"', limit=5, offset=1)
    assert [(hit.message_id, hit.snippet, hit.persona) for hit in found] == expected
    assert len(found) == 5 and all(
        f"{MATCH_START}on the mat{MATCH_END}" in h.snippet for h in found
    )


def test_newest_order_and_pages(history: History) -> None:
    for index in range(12):
        chat(history, "", f"note number {index} about owls")
    newest = search(history.database, "owls", order="newest", limit=5)
    assert contents(history, newest)[0] == "note number 11 about owls"
    assert [hit.created_at for hit in newest] == sorted(
        (hit.created_at for hit in newest), reverse=True
    )
    assert all(hit.score == 0.0 for hit in newest)
    for order in ("relevance", "newest"):
        pages = [
            ids(search(history.database, "owls", order=order, limit=5, offset=offset))
            for offset in (0, 5, 10, 15)
        ]
        assert [len(page) for page in pages] == [5, 5, 2, 0]
        assert len({i for page in pages for i in page}) == 12


def test_arguments_are_checked(history: History) -> None:
    with pytest.raises(ValueError, match="order"):
        search(history.database, "x", order="oldest")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="role"):
        search(history.database, "x", role="robot")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        search(history.database, "x", offset=-1)


def test_a_connection_works_too_and_gets_a_bigger_page_cache(history: History) -> None:
    chat(history, "", "connection check")
    conn = history.database.connection()
    assert len(search(conn, "connection")) == 1
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -SEARCH_CACHE_KIB
    assert not conn.in_transaction
    with history.database.write() as inside:  # inside a write transaction: no BEGIN of its own
        assert len(search(inside, "check")) == 1


@pytest.mark.parametrize("estimate", [0.0, 20.0, 1e9])
def test_candidates_are_the_newest_hits_whatever_the_estimates(
    history: History, monkeypatch: pytest.MonkeyPatch, estimate: float
) -> None:
    """Oldest-first reading of the expected window, then newest-first before it or instead."""
    monkeypatch.setattr(search_module, "CANDIDATES", 4)
    monkeypatch.setattr(search_module._Search, "_frequency", lambda self, word, newest: estimate)
    for index in range(20):
        chat(history, "", f"heron {index}", "no bird here")
    newest_four = ids(search(history.database, "heron", order="newest", limit=4))
    assert sorted(ids(search(history.database, "heron"))) == sorted(newest_four)


# -- the index follows the messages -----------------------------------------------------------


def test_edits_and_deletes_reach_the_index(history: History) -> None:
    kept = chat(history, "", "keep this walrus")
    gone = chat(history, "", "delete this narwhal")
    (message,) = history.messages(kept.id)
    history.update_message(message.id, content="keep this seal", interrupted=True)
    assert search(history.database, "walrus") == []
    assert ids(search(history.database, "seal")) == [message.id]
    history.update_message(message.id, interrupted=False)  # not the content: index unchanged
    assert ids(search(history.database, "seal")) == [message.id]
    history.delete_conversation(gone.id)
    assert search(history.database, "narwhal") == []
    assert_index_consistent(history)


def test_messages_added_in_bulk_are_indexed(history: History) -> None:
    from callbot_desktop.storage.history import Message, insert_conversation, insert_messages

    conversation = Conversation("c" * 32, "Imported", "Archivist", T0, T0, False)
    with history.database.write() as conn:
        insert_conversation(conn, conversation)
        insert_messages(
            conn,
            [Message(0, conversation.id, "user", f"imported scroll {i}", T0 + i) for i in range(3)],
        )
    hits = search(history.database, "scroll", persona="Archivist", role="user")
    assert len(hits) == 3 and {hit.conversation_title for hit in hits} == {"Imported"}
    assert_index_consistent(history)


def test_upgrading_a_schema_1_database_indexes_its_messages(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "old.db"
    first = db_module.migrations()[0]
    conn = db_module.connect(path, key)
    conn.executescript(f"{first.sql}\nPRAGMA user_version = 1;")
    conn.execute(
        "INSERT INTO conversations (id, title, persona, created_at, updated_at) "
        "VALUES ('old', 'Old chat', 'Chef', 1, 1)"
    )
    conn.execute(
        "INSERT INTO messages (conversation_id, role, content, created_at) "
        "VALUES ('old', 'assistant', 'Knead the dough', 2)"
    )
    conn.close()
    database = Database.open(path, key)
    try:
        (hit,) = search(database, "dough", persona="Chef", role="assistant")
        assert (hit.conversation_title, hit.created_at) == ("Old chat", 2.0)
        assert_index_consistent(History(database))
    finally:
        database.close()
