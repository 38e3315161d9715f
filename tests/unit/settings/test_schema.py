"""Every setting is declared once, validates its values, and explains what is allowed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callbot_desktop.core.errors import SettingError
from callbot_desktop.settings.schema import OPTIONS, defaults, option


def test_names_are_unique_and_sectioned() -> None:
    names = [o.name for o in OPTIONS]
    assert len(names) == len(set(names))
    assert all(o.section and o.key and "." not in o.key for o in OPTIONS)


@pytest.mark.parametrize("opt", OPTIONS, ids=lambda o: o.name)
def test_every_default_is_valid_and_documented(opt: object) -> None:
    from callbot_desktop.settings.schema import Option

    assert isinstance(opt, Option)
    assert opt.validate(opt.default) == opt.default
    assert opt.help.strip()
    assert opt.allowed()


def test_bad_choice_names_the_setting_and_the_allowed_values() -> None:
    with pytest.raises(SettingError) as caught:
        option("ui.theme").validate("purple")
    text = str(caught.value)
    assert "ui.theme" in text and "'purple'" in text
    assert "'system', 'light', 'dark'" in text


def test_bounds_and_types_are_enforced() -> None:
    hangover = option("vad.hangover_ms")
    assert hangover.validate(800) == 800
    for bad in (50, 10_000, "800", True, 1.5):
        with pytest.raises(SettingError, match="vad.hangover_ms"):
            hangover.validate(bad)
    assert "from 100 to 3000" in hangover.allowed()


def test_parse_reads_what_people_type() -> None:
    assert option("audio.hands_free").parse("yes") is True
    assert option("audio.hands_free").parse("OFF") is False
    assert option("vad.hangover_ms").parse(" 700 ") == 700
    with pytest.raises(SettingError, match="true or false"):
        option("audio.hands_free").parse("maybe")
    with pytest.raises(SettingError, match="whole number"):
        option("vad.hangover_ms").parse("soon")


def test_unknown_name_suggests_the_known_ones() -> None:
    with pytest.raises(SettingError) as caught:
        option("ui.colour")
    assert "ui.theme" in caught.value.fix


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none()))
def test_validate_accepts_or_raises_setting_error_only(value: object) -> None:
    for opt in OPTIONS:
        try:
            checked = opt.validate(value)
        except SettingError:
            continue
        assert isinstance(checked, opt.type)


def test_defaults_cover_every_option() -> None:
    assert set(defaults()) == {o.name for o in OPTIONS}
