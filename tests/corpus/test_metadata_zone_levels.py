"""The level of a development zone that signs (README conventions 4 and 13): a zone named after a 县, a 区 or a
county-level city (肥城高新技术产业园区 of 肥城市) is below a county → street; one named after a prefecture (常州经开区,
迪庆香格里拉经济开发区: 迪庆州's, the county-level city's name after the prefecture's) is county level → district.
Shape of dev text hb-s484-x (its lines) and new pages."""

import pytest

from safeplan.corpus.metadata.admin import admin_level
from tests.corpus.metareading import meta


def test_a_county_level_citys_zone_that_signs_writes_as_a_street():
    """hb-s484-x's covering notice: its 落款 is the zone's 安委会."""
    m = meta("关于印发《全区有限空间作业安全专项整治方案》的通知\n各企业、区有关部门单位:\n"
             "为认真贯彻落实市委市政府安委会部署要求,区安委会研究制定了《全区有限空间作业安全专项整治方案》,现印发给你们,"
             "请结合实际认真贯彻落实。\n肥城高新技术产业园区安全生产委员会\n2023年7月28日\n")
    assert (m.issuer, m.level) == ("肥城高新技术产业园区安全生产委员会", "street")


@pytest.mark.parametrize(("name", "level"), [
    ("肥城高新技术产业园区安全生产委员会", "street"),
    ("某某县经济开发区管委会", "street"),
    ("东宁市经济开发区管理委员会", "street"),
    ("泰安市肥城高新区管委会", "street"),
    ("南浔区工业园区管委会", "street"),
    ("常州经开区管委会", "district"),
    ("迪庆香格里拉经济开发区安全生产委员会办公室", "district"),
    ("苏州工业园区管委会", "district"),
])
def test_a_zones_level_is_one_below_the_place_it_is_named_after(name, level):
    assert admin_level(name) == level
