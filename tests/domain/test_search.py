"""The keys a name, phone or place is found by, and how hits rank (no book needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from telesales.domain.search import (
    Candidate,
    Hit,
    KeyField,
    contact_keys,
    customer_keys,
    fuzzy_prefixes,
    parse_query,
    rank,
    score_exact,
)


def _keys(keys: set[tuple[str, int]], field: KeyField) -> set[str]:
    return {key for key, kind in keys if kind == field}


def test_a_person_is_found_by_name_pinyin_and_initials() -> None:
    keys = contact_keys("张三", "+8613812345678")
    assert "张三" in _keys(keys, KeyField.NAME)
    assert "zhangsan" in _keys(keys, KeyField.PINYIN)
    assert "zs" in _keys(keys, KeyField.INITIALS)
    assert {"13812345678"} == _keys(keys, KeyField.PHONE)
    assert {"5678"} == _keys(keys, KeyField.PHONE_INNER)


def test_every_reading_of_a_surname_is_kept() -> None:
    for name, reading in (("单田芳", "shantianfang"), ("曾国藩", "zengguofan"), ("解缙", "xiejin"),
                          ("区志坚", "ouzhijian"), ("仇英", "qiuying")):
        assert reading in _keys(contact_keys(name, ""), KeyField.PINYIN), name


def test_traditional_characters_read_like_simplified_ones() -> None:
    assert "zhangsan" in _keys(contact_keys("張三", ""), KeyField.PINYIN)
    assert parse_query("張三").pinyin == "zhangsan"


def test_any_part_of_a_company_name_but_not_inside_its_legal_form() -> None:
    keys = customer_keys("深圳市华强电子有限公司", "", "广东省", "深圳市", "福田区")
    inner = _keys(keys, KeyField.NAME_INNER)
    assert "华强电子有限公司" in inner
    assert "公司" not in inner and "有限公司" not in inner
    assert "huaqiangdianziyouxiangongsi" in _keys(keys, KeyField.PINYIN_INNER)
    assert {"深圳市", "福田区"} == _keys(keys, KeyField.PLACE)  # a province is found by its cities


def test_latin_names_by_word_and_initials() -> None:
    keys = customer_keys("Acme Widgets Inc.", "+1 415 555 0100")
    assert "acmewidgetsinc" in _keys(keys, KeyField.NAME)
    assert "widgetsinc" in _keys(keys, KeyField.NAME_INNER)
    assert "awi" in _keys(keys, KeyField.INITIALS)
    assert "4155550100" in _keys(keys, KeyField.PHONE)


def test_taiwan_numbers_are_found_with_their_trunk_zero() -> None:
    assert {"912345678", "0912345678"} == _keys(contact_keys("王小明", "+886 912 345 678"), KeyField.PHONE)


def test_exact_beats_prefix_beats_inner_and_typos_come_last() -> None:
    exact = score_exact("zs", Candidate("zs", 1, 0, KeyField.INITIALS))
    prefix = score_exact("zhang", Candidate("zhangsan", 1, 0, KeyField.PINYIN))
    inner = score_exact("zhang", Candidate("zhangsan", 2, 0, KeyField.PINYIN_INNER))
    assert exact is not None and prefix is not None and inner is not None
    assert exact > prefix > inner > 50.0
    assert score_exact("zhang", Candidate("zhou", 1, 0, KeyField.PINYIN)) is None
    ranked = rank([Hit(1, 0, 40.0, KeyField.PINYIN, "x", fuzzy=True), Hit(2, 0, 88.0, KeyField.NAME, "y"),
                   Hit(1, 0, 70.0, KeyField.NAME_INNER, "z")], 10)
    assert [(hit.customer_id, hit.score) for hit in ranked] == [(2, 88.0), (1, 70.0)]
    assert fuzzy_prefixes("zhangwi") == ["zhangw", "zhang", "zhan"]
    assert fuzzy_prefixes("abc") == []


def _phrase_pieces() -> list[str]:
    from pypinyin.constants import PHRASES_DICT

    phrases = sorted(PHRASES_DICT)
    return phrases[::97]


@given(st.lists(st.sampled_from(_phrase_pieces()).flatmap(
    lambda phrase: st.integers(1, len(phrase)).map(lambda cut: phrase[:cut])), min_size=1, max_size=6)
    .map("".join))
@settings(max_examples=400)
def test_names_are_cut_into_words_as_pypinyin_cuts_them(text: str) -> None:
    """The import's own cutting of a name into words (what its pinyin and inner keys come from) is pypinyin's:
    names made of phrases and the starts of phrases (where the segmenter backs off to single characters)."""
    from pypinyin.seg.mmseg import seg

    from telesales.domain.readings import cut_words

    assert cut_words(text) == list(seg.cut(text))
    for name in ("南京市九方信息有限公司", "重庆长安汽车股份有限公司", "單田芳", "中国平安保险集团股份有限公司",
                 "华为技术有限公司深圳分公司", "长孙无忌", "解放军", "银行行长店"):
        assert cut_words(name) == list(seg.cut(name))
