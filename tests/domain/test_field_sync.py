"""The field copy's three-way merge: what one side changed crosses over, what both changed differently waits for
the rep, nothing is overwritten, and merging again changes nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from telesales.domain.field_sync import RowMerge, merge_row, resolved_base
from telesales.domain.tags import from_stored, parse_tags, stored

NAMES = ("name", "phone", "notes", "email")
values = st.one_of(st.none(), st.integers(-3, 3), st.sampled_from(["", "甲", "b", "周三"]))
rows = st.fixed_dictionaries({name: values for name in NAMES})


@given(rows, rows, rows)
def test_nothing_is_overwritten_and_only_true_clashes_wait(base: dict, mine: dict, theirs: dict) -> None:
    merged = merge_row(base, mine, theirs)
    server = theirs | merged.to_server
    local = mine | merged.to_local
    for name in NAMES:
        if name in merged.conflicts:
            assert mine[name] != base[name] and theirs[name] != base[name] and mine[name] != theirs[name]
            assert server[name] == theirs[name] and local[name] == mine[name]  # both kept, untouched
        else:
            assert server[name] == local[name]
            # the value both sides end with is one a side chose: never the stale base over a change
            assert server[name] in (mine[name], theirs[name])
            if mine[name] != base[name]:
                assert server[name] == mine[name] or theirs[name] == mine[name] or theirs[name] != base[name]
            if theirs[name] != base[name]:
                assert local[name] == theirs[name] or mine[name] != base[name]


@given(rows, rows, rows)
def test_merging_again_changes_nothing(base: dict, mine: dict, theirs: dict) -> None:
    merged = merge_row(base, mine, theirs)
    server, local = theirs | merged.to_server, mine | merged.to_local
    settled = {name: (base[name] if name in merged.conflicts else local[name]) for name in NAMES}
    again = merge_row(settled, local, server)
    assert again.to_server == {} and again.to_local == {}
    assert set(again.conflicts) == set(merged.conflicts)


@given(rows, rows, rows, st.booleans())
def test_a_resolved_clash_leaves_one_side_to_cross_or_none(base: dict, mine: dict, theirs: dict,
                                                            keep_mine: bool) -> None:
    merged = merge_row(base, mine, theirs)
    resolved = resolved_base(base, theirs, merged.conflicts)
    local = mine if keep_mine else mine | {name: theirs[name] for name in merged.conflicts}
    after = merge_row(resolved, local, theirs)
    assert after.conflicts == ()
    for name in merged.conflicts:
        if keep_mine:
            assert after.to_server[name] == mine[name]
        else:
            assert name not in after.to_server and name not in after.to_local


def test_a_plain_example_reads_as_a_rep_would_expect() -> None:
    base = {"notes": "", "phone": "1", "email": ""}
    merged = merge_row(base, {"notes": "mine", "phone": "1", "email": "a@b"}, {"notes": "theirs", "phone": "2",
                                                                              "email": ""})
    assert merged.to_server == {"email": "a@b"} and merged.to_local == {"phone": "2"}
    assert merged.conflicts == ("notes",)


tag_sets = st.lists(st.sampled_from(["VIP", "vip", "展会", "连锁", "Referral"]), max_size=4).map(
    lambda tags: stored(parse_tags(",".join(tags))))


@given(tag_sets, tag_sets, tag_sets)
def test_tags_changed_on_both_sides_are_joined_never_a_clash(base: str, mine: str, theirs: str) -> None:
    def folded(tags: str) -> set[str]:
        return {tag.casefold() for tag in from_stored(tags)}

    merged = merge_row({"tags": base}, {"tags": mine}, {"tags": theirs})
    server, local = merged.to_server.get("tags", theirs), merged.to_local.get("tags", mine)
    assert merged.conflicts == () and folded(server) == folded(local)
    added = (folded(mine) | folded(theirs)) - folded(base)
    removed = folded(base) - (folded(mine) & folded(theirs))
    assert folded(server) == (folded(base) - removed) | added
    again = merge_row({"tags": local}, {"tags": local}, {"tags": server})
    assert again == RowMerge()


def test_a_tag_added_offline_and_another_on_the_shared_book_both_stay() -> None:
    merged = merge_row({"tags": "VIP,展会"}, {"tags": "VIP,展会,连锁"}, {"tags": "展会,Referral"})
    assert merged.to_server == {"tags": "展会,连锁,Referral"} and merged.to_local == {"tags": "展会,连锁,Referral"}
