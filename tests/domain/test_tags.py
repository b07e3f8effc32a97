"""A customer's tags as the rep types them: split on any list separator, case aside, kept in the order typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.profile import FieldError
from telesales.domain.tags import TAG_MAX, from_stored, parse_tags, retagged, stored, tag_counts


def test_any_list_separator_a_rep_types_splits_tags() -> None:
    assert parse_tags("VIP, 展会客户；老客户介绍、 连锁\nTrade  show;;") == (
        "VIP", "展会客户", "老客户介绍", "连锁", "Trade show")


def test_the_same_tag_in_another_case_is_kept_once_as_first_typed() -> None:
    assert parse_tags("vip, Referral, VIP, referral") == ("vip", "Referral")


def test_a_tag_longer_than_the_limit_is_refused() -> None:
    assert parse_tags("x" * TAG_MAX) == ("x" * TAG_MAX,)
    with pytest.raises(FieldError) as raised:
        parse_tags("VIP, " + "x" * (TAG_MAX + 1))
    assert raised.value.code == "tag_too_long"


def test_counts_put_the_most_used_tag_first_under_its_most_used_spelling() -> None:
    assert tag_counts(["VIP,展会", "vip", "VIP", "", None, "展会"]) == [("VIP", 3), ("展会", 2)]


typed = st.text(alphabet=st.sampled_from(list("ab AB展会,，;、\n ")), max_size=40)


@given(typed)
def test_tags_survive_the_book_and_a_second_reading(text: str) -> None:
    tags = parse_tags(text)
    assert from_stored(stored(tags)) == tags
    assert parse_tags(", ".join(tags)) == tags
    assert all(tag and tag == tag.strip() and "," not in tag and "  " not in tag for tag in tags)
    assert len({tag.casefold() for tag in tags}) == len(tags)


def test_adding_and_removing_tags_ignores_case_and_keeps_the_order() -> None:
    assert retagged(("VIP", "展会"), add=("referral", "vip"), remove=("展会",)) == ("VIP", "referral")
    assert retagged(("VIP",), remove=("vip", "never there")) == ()


@given(st.lists(st.sampled_from(["VIP", "vip", "展会", "Chain", "chain"]), max_size=4),
       st.lists(st.sampled_from(["VIP", "展会", "chain", "new one"]), max_size=3),
       st.lists(st.sampled_from(["vip", "展会", "CHAIN"]), max_size=3))
def test_a_removed_tag_is_gone_and_an_added_one_is_there(current: list[str], add: list[str],
                                                          remove: list[str]) -> None:
    def folded(tags: list[str] | tuple[str, ...]) -> set[str]:
        return {tag.casefold() for tag in tags}

    after = retagged(parse_tags(", ".join(current)), add, remove)
    assert folded(after) == (folded(current) - folded(remove)) | folded(add)
    assert len(folded(after)) == len(after)
