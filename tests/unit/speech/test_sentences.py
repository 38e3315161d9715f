"""Tokens become speakable sentences: abbreviations survive, a long first clause goes early."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from callbot_desktop.speech.sentences import SentenceSplitter, split_sentences, stream_sentences


def tokens(text: str) -> list[str]:
    """Roughly how an LLM streams: words with their trailing spaces, punctuation split off."""
    return re.findall(r"\w+|[^\w\s]+|\s+", text)


def both_ways(text: str, **kwargs: int) -> list[str]:
    """Split the text whole, word by word and character by character: all must agree."""
    whole = split_sentences(text, **kwargs)
    assert split_sentences(tokens(text), **kwargs) == whole
    assert split_sentences(list(text), **kwargs) == whole
    return whole


def test_abbreviations_times_and_examples_do_not_end_sentences() -> None:
    text = (
        "Hello there. I met Dr. Smith at 3.30 p.m. today. "
        "Bring fruit, e.g. apples, to the party! Okay?"
    )
    assert both_ways(text) == [
        "Hello there.",
        "I met Dr. Smith at 3.30 p.m. today.",
        "Bring fruit, e.g. apples, to the party!",
        "Okay?",
    ]


def test_a_long_first_sentence_releases_its_first_clause() -> None:
    text = (
        "The weather in the north of the country will be cold tomorrow, so bring a coat. "
        "It will rain in the afternoon, in the evening, and through most of the night too."
    )
    assert both_ways(text) == [
        "The weather in the north of the country will be cold tomorrow,",
        "so bring a coat.",
        "It will rain in the afternoon, in the evening, and through most of the night too.",
    ]


def test_a_comma_before_enough_words_does_not_split() -> None:
    text = "Well, I think the answer is going to be rather long, honestly. Yes."
    # "Well," has 1 word before it; "long," has 10, so the first clause ends there.
    assert both_ways(text) == [
        "Well, I think the answer is going to be rather long,",
        "honestly.",
        "Yes.",
    ]
    assert both_ways(text, first_clause_min_words=12) == [
        "Well, I think the answer is going to be rather long, honestly.",
        "Yes.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One two three four five six seven eight; nine ten. Eleven.",
            ["One two three four five six seven eight;", "nine ten.", "Eleven."],
        ),
        (
            "One two three four five six seven eight: nine ten.",
            ["One two three four five six seven eight:", "nine ten."],
        ),
        (
            "One two three four five six seven eight - nine ten.",
            ["One two three four five six seven eight", "nine ten."],
        ),
        (
            "One two three four five six seven eight—nine ten.",
            ["One two three four five six seven eight", "nine ten."],
        ),
    ],
)
def test_semicolons_colons_and_dashes_are_clause_boundaries(text: str, expected: list[str]) -> None:
    assert both_ways(text) == expected


def test_numbers_times_and_hyphenated_words_are_not_clause_boundaries() -> None:
    text = "It costs 1,000 dollars at 12:30 for a well-known 3–5 day trip to the coast. Bye."
    assert both_ways(text) == [
        "It costs 1,000 dollars at 12:30 for a well-known 3–5 day trip to the coast.",
        "Bye.",
    ]


def test_only_the_first_sentence_is_split() -> None:
    text = "Sure. Here is a long second sentence with many words, and a comma after them."
    assert both_ways(text) == [
        "Sure.",
        "Here is a long second sentence with many words, and a comma after them.",
    ]


def test_the_early_clause_can_be_turned_off() -> None:
    text = "The weather in the north of the country will be cold tomorrow, so bring a coat."
    assert both_ways(text, first_clause_min_words=0) == [text]


def test_the_rest_is_flushed_at_the_end_even_without_punctuation() -> None:
    assert both_ways("Done. And this has no full stop") == ["Done.", "And this has no full stop"]
    assert both_ways("a b c d e f g h i, j k") == ["a b c d e f g h i,", "j k"]
    assert both_ways("") == []
    assert both_ways("   ") == []


def test_markdown_emphasis_is_not_spoken() -> None:
    assert both_ways("This is **very** important. Really *it* is.") == [
        "This is very important.",
        "Really it is.",
    ]


def test_the_splitter_returns_each_sentence_when_it_completes() -> None:
    splitter = SentenceSplitter()
    assert splitter.feed("Hello") == []
    assert splitter.feed(" there.") == ["Hello there."]  # the first piece goes at once
    assert splitter.feed(" How are") == []
    assert splitter.feed(" you.") == []  # later ones are sure only once the next one starts
    assert splitter.feed(" Fine") == ["How are you."]
    assert splitter.feed(" thanks") == []
    assert splitter.finish() == ["Fine thanks"]
    assert splitter.finish() == []


@pytest.mark.parametrize(
    ("parts", "first_out_after"),
    [
        (["Sure", "!", " Here"], "!"),
        (["Why", "?", " Because"], "?"),
        (["I", "'m", " ready", " to", " help", ".", " What"], "."),
        (["The", " weather", " is", " a", " joke", ",", " but"], ","),
        (["I", " met", " Dr", ".", " Smith", ".", " He"], " He"),  # "Dr." may go on
        (["It", " is", " at", " 3", ".", "30", ".", " Bye"], " Bye"),
        (["Fruit", ",", " veg", " etc", ".", " Then"], " Then"),
        (["It", " costs", " about", " 1", ",", "000", " pounds", ".", " Ok"], "."),
        (["Yes", ",", " it", " is", ".", " Ok"], "."),  # a comma before four words: no clause
    ],
)
def test_the_first_piece_goes_without_waiting_for_the_next_token(
    parts: list[str], first_out_after: str
) -> None:
    splitter = SentenceSplitter(4)
    released_at = next(i for i, part in enumerate(parts) if splitter.feed(part))
    assert parts[released_at] == first_out_after


async def produce(parts: list[str], produced: list[int]) -> AsyncIterator[str]:
    for index, part in enumerate(parts):
        produced.append(index)
        yield part


@pytest.mark.asyncio
async def test_the_stream_yields_the_first_clause_before_the_sentence_ends() -> None:
    text = (
        "The weather in the north of the country will be cold tomorrow, so bring a warm coat "
        "and a hat. Goodbye."
    )
    parts = tokens(text)
    produced: list[int] = []
    seen: list[tuple[str, int]] = []
    async for sentence in stream_sentences(produce(parts, produced)):
        seen.append((sentence, produced[-1]))
    assert [s for s, _ in seen] == [
        "The weather in the north of the country will be cold tomorrow,",
        "so bring a warm coat and a hat.",
        "Goodbye.",
    ]
    comma = parts.index(",")
    assert seen[0][1] == comma  # out as soon as the comma arrived
    assert seen[1][1] == parts.index("Goodbye")  # a sentence is sure once the next one starts
    assert seen[2][1] == len(parts) - 1  # the flush at the end


@pytest.mark.asyncio
async def test_an_empty_stream_yields_nothing() -> None:
    assert [s async for s in stream_sentences(produce([], []))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Set a timer for 5 minutes and have a group of people ready. Then go.",
            ["Set a timer for 5 minutes", "and have a group of people ready.", "Then go."],
        ),
        (
            "The weather is currently in the mid-to-late afternoon, with a chance of rain.",
            ["The weather is currently", "in the mid-to-late afternoon, with a chance of rain."],
        ),
        (
            "I'm here to help you with whatever you need.",
            ["I'm here to help you", "with whatever you need."],
        ),
        # "for" after three words is too soon; "of" and "to" never open a phrase
        ("Put a cup of tea to the left.", ["Put a cup of tea to the left."]),
        # a clause mark before the phrase word wins, and vice versa: the earlier cut
        ("Yes, I can hear you and I am here.", ["Yes, I can hear you", "and I am here."]),
        ("Well I can hear you, and I am here.", ["Well I can hear you,", "and I am here."]),
    ],
)
def test_a_long_first_sentence_without_a_clause_mark_breaks_before_a_phrase_word(
    text: str, expected: list[str]
) -> None:
    assert both_ways(text, first_clause_min_words=4) == expected


def test_a_first_sentence_with_no_break_at_all_is_cut_after_three_times_the_words() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen."
    assert both_ways(text, first_clause_min_words=4) == [
        "one two three four five six seven eight nine ten eleven twelve",
        "thirteen fourteen.",
    ]
    assert both_ways(text, first_clause_min_words=0) == [text]


def test_a_phrase_word_releases_the_first_piece_once_it_is_whole() -> None:
    splitter = SentenceSplitter(4)
    parts = ["Set", " a", " timer", " for", " 5", " minutes", " and", " have", " fun", "."]
    released = [(part, splitter.feed(part)) for part in parts]
    assert [(part, out) for part, out in released if out] == [
        (" have", ["Set a timer for 5 minutes"])  # " and" could still have been " android"
    ]
    assert splitter.finish() == ["and have fun."]
