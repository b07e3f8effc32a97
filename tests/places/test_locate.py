"""Addresses as reps write them → province / city / district and coordinates, with what was guessed or missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from telesales.domain.model import Area, Region
from telesales.domain.places import Part, Precision, Source
from telesales.domain.routes import haversine_km
from telesales.places.locate import Locator


@pytest.fixture(scope="module")
def locator() -> Locator:
    return Locator()


def near(located: object, lat: float, lon: float, km: float = 15) -> bool:
    point = located.point  # type: ignore[attr-defined]
    return point is not None and haversine_km(point, (lat, lon)) < km


def test_a_full_mainland_address(locator: Locator) -> None:
    found = locator.locate("广东省深圳市南山区科技园南区深南大道10000号")
    assert found.area == Area("广东省", "深圳市", "南山区")
    assert found.precision is Precision.DISTRICT and found.approximate
    assert found.guessed == () and found.missing == ()
    assert near(found, 22.53, 113.93, 5)
    assert found.adcode == "440305"


def test_a_municipality_is_its_own_city(locator: Locator) -> None:
    found = locator.locate("上海市浦东新区世纪大道100号")
    assert found.area == Area("上海市", "上海市", "浦东新区")
    assert near(found, 31.22, 121.54)


def test_chaoyang_with_beijing_is_beijing(locator: Locator) -> None:
    found = locator.locate("北京市朝阳区建国路88号SOHO现代城")
    assert found.area == Area("北京市", "北京市", "朝阳区")
    assert found.guessed == () and found.alternatives == ()
    assert near(found, 39.92, 116.44, 5)


def test_chaoyang_alone_is_guessed_to_be_beijing_and_says_so(locator: Locator) -> None:
    found = locator.locate("朝阳区建国路88号")
    assert found.area == Area("北京市", "北京市", "朝阳区")  # not Changchun, cpca's own first choice
    assert set(found.guessed) == {Part.PROVINCE, Part.CITY}
    assert Area("吉林省", "长春市", "朝阳区") in found.alternatives


def test_the_reps_home_city_settles_an_ambiguous_district() -> None:
    found = Locator(home=Area("吉林省", "长春市")).locate("朝阳区人民大街1号")
    assert found.area == Area("吉林省", "长春市", "朝阳区")
    assert Area("北京市", "北京市", "朝阳区") in found.alternatives


def test_a_city_named_in_the_address_wins_over_any_guess(locator: Locator) -> None:
    found = Locator(home=Area("北京市", "北京市")).locate("吉林省长春市朝阳区人民大街1号")
    assert found.area == Area("吉林省", "长春市", "朝阳区")
    assert found.guessed == ()


def test_nanshan_alone_goes_to_shenzhen(locator: Locator) -> None:
    assert locator.locate("南山区科技园").area == Area("广东省", "深圳市", "南山区")


def test_an_incomplete_address_says_what_is_missing(locator: Locator) -> None:
    found = locator.locate("浙江杭州")
    assert found.area == Area("浙江省", "杭州市", "")
    assert found.missing == (Part.DISTRICT,)
    assert found.precision is Precision.CITY
    nothing = locator.locate("建国路88号")
    assert nothing.area == Area()
    assert set(nothing.missing) == {Part.PROVINCE, Part.CITY, Part.DISTRICT, Part.COORDINATES}
    assert nothing.point is None


def test_hong_kong_in_chinese_and_english(locator: Locator) -> None:
    chinese = locator.locate("香港銅鑼灣軒尼詩道500號希慎廣場")
    assert chinese.area == Area("香港", "香港島", "灣仔區") and chinese.region is Region.HK
    english = locator.locate("Flat 5, 12/F, 132 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong")
    assert english.area == Area("香港", "九龍", "油尖旺區")
    assert near(english, 22.31, 114.17, 3)
    simplified = locator.locate("香港九龙观塘区开源道")
    assert simplified.area == Area("香港", "九龍", "觀塘區")
    only_city = locator.locate("香港九龍彌敦道")
    assert only_city.area == Area("香港", "九龍", "") and only_city.missing == (Part.DISTRICT,)


def test_taiwan_traditional_and_simplified(locator: Locator) -> None:
    traditional = locator.locate("臺北市大安區忠孝東路四段216巷27弄5號")
    assert traditional.area == Area("臺灣", "臺北市", "大安區") and traditional.region is Region.TW
    assert near(traditional, 25.03, 121.54, 3)
    simplified = locator.locate("台北市大安区忠孝东路四段1号")
    assert simplified.area == traditional.area
    short = locator.locate("台中西屯區台灣大道三段99號")
    assert short.area == Area("臺灣", "臺中市", "西屯區")


def test_a_taiwan_district_written_alone_is_not_read_as_the_mainland_one(locator: Locator) -> None:
    assert locator.locate("大安區忠孝東路一段").area == Area("臺灣", "臺北市", "大安區")
    shared = locator.locate("北區中華路1號")  # Taichung, Tainan and Hsinchu each have one
    assert shared.region is Region.TW and shared.guessed == (Part.CITY,)
    assert len(shared.alternatives) == 2


def test_a_taiwan_county_without_a_district_table(locator: Locator) -> None:
    found = locator.locate("新竹縣竹北市光明六路10號")
    assert found.area == Area("臺灣", "新竹縣", "") and found.precision is Precision.CITY


def test_an_english_address(locator: Locator) -> None:
    found = locator.locate("350 Fifth Avenue, New York, NY 10118, USA")
    assert found.area == Area("NY", "New York", "")
    assert found.precision is Precision.CITY and near(found, 40.71, -74.0, 5)
    assert found.missing == ()
    unknown_city = locator.locate("1 Infinite Loop, Cupertino, CA 95014")
    assert unknown_city.area == Area("CA", "Cupertino", "") and unknown_city.missing == (Part.COORDINATES,)


def test_coordinates_typed_as_an_address(locator: Locator) -> None:
    found = locator.locate("22.5431, 114.0579")
    assert found.point == (22.5431, 114.0579) and found.precision is Precision.EXACT


def test_a_customer_record_wins_where_filled(locator: Locator) -> None:
    own = locator.locate_customer("深圳市南山区科技园", Region.CN, Area(), 22.54, 113.95)
    assert own.area == Area("广东省", "深圳市", "南山区")
    assert own.point == (22.54, 113.95) and own.precision is Precision.EXACT and not own.approximate
    corrected = locator.locate_customer("朝阳区建国路88号", Region.CN, Area("吉林省", "长春市", "朝阳区"), None, None)
    assert corrected.area == Area("吉林省", "长春市", "朝阳区")
    assert corrected.source is Source.FIELDS and corrected.guessed == ()
    assert near(corrected, 43.83, 125.29, 5)
    filled = locator.locate_customer("南山区科技园", Region.CN, Area(district="南山区"), None, None)
    assert filled.area == Area("广东省", "深圳市", "南山区")
    fields_only = locator.locate_customer("", Region.OTHER, Area("WA", "Seattle"), None, None)
    assert fields_only.area == Area("WA", "Seattle") and near(fields_only, 47.6, -122.33, 5)


def test_cpca_and_pandas_stay_off_the_import_of_the_places_package() -> None:
    code = ("import sys, telesales.places.locate; "
            "print(any(m in sys.modules for m in ('cpca', 'pandas')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_reading_a_mainland_address_does_not_import_pandas() -> None:
    code = ("import sys; from telesales.places.locate import Locator; Locator().locate('深圳市南山区'); "
            "print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
