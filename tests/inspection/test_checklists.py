"""Which items each 检查清单 holds: the sample street's communities and a profile with places, the exact item ids
of every form, written by hand from checks/*.yaml (items in file-name order: jiuxiao, ranqi, xiaofang …) and the
profile. Then the upper rules' tightening, and the errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from safeplan.errors import SafeplanError
from safeplan.inspection import Resolver, load_library, unit_forms
from safeplan.inspection.forms import Upper, build_row
from safeplan.profiles import load_profile
from safeplan.rules.model import Deadline, Frequency

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "profiles" / "chengdong.yaml"

# 九小场所 items of every kind (jiuxiao.yaml, no places)
JX = ["jx-baojingqi", "jx-caigangban", "jx-diandongche", "jx-shouwei", "jx-fuzeren"]
# 消防通用 items of every place with 消防 (xiaofang.yaml, no places), then those of larger buildings (places listed)
XF = ["xf-chukou", "xf-tongdao", "xf-zhishi", "xf-miehuoqi", "xf-miehuoqi-youxiao", "xf-xiaohuoshuan", "xf-xianlu",
      "xf-dianqi", "xf-yonghuo", "xf-donghuo", "xf-donghuo-chizheng", "xf-zhuren", "xf-weixianpin", "xf-zhangaiwu",
      "xf-biaozhi", "xf-zeren", "xf-jilu", "xf-yuan", "xf-yanlian", "xf-yingzhi"]
XF_BUILDING = ["xf-fanghuomen", "xf-jiance", "xf-baojing", "xf-penlin", "xf-chedao"]
# 餐饮 gas items (ranqi.yaml, places 餐饮燃气用户 and 小餐饮)
RQ_CY = ["rq-cy-baojing", "rq-cy-ruanguan", "rq-cy-zaiju", "rq-cy-dixia", "rq-cy-pingshu", "rq-cy-laiyuan",
         "rq-cy-jianyan", "rq-cy-gaizhuang", "rq-cy-tongfeng", "rq-cy-zhidu", "rq-cy-peixun"]
RQ_ALL = ["rq-famen", "rq-zhuangong"]
XIAOCANYIN = JX + ["jx-cy-chufang", "jx-cy-yandao", "jx-cy-chunji", "jx-cy-fenge"] + RQ_CY
ZIJIANFANG = ["zj-liefeng", "zj-qingxie", "zj-jiaceng", "zj-chengzhong", "zj-jianding", "zj-shouxu", "zj-zhoubian",
              "zj-wuding", "zj-hunhe", "zj-weixianpin", "zj-shusan", "zj-baojing"]
SHARED = ("通用（各场所均查）", XF)     # 消防 is a shared sector (generators/checklist.yaml): its general items once
GONGMAO = ["gm-daidui", "gm-chengbao", "gm-tezhong", "gm-zerenzhi", "gm-nengli", "gm-peixun", "gm-jingshi",
           "gm-shebei", "gm-jiankong", "gm-taotai", "gm-yinhuan", "gm-sushe", "gm-chukou", "gm-weixian", "gm-laobao",
           "gm-gongshang", "gm-yanlian", "gm-yuan", "gm-yean-kongtiao", "gm-yean-sudong"]
YOUXIAN = ["yx-bianshi", "yx-shenpi", "yx-tongfeng", "yx-jianhu", "yx-yiqi", "yx-fanghu", "yx-mangjiu", "yx-yuan",
           "yx-peixun", "yx-waibao", "yx-fengbi"]
RY_ALL = ["ry-weixianpin", "ry-caigang", "ry-xuncha", "ry-jieshu", "ry-zhuangxiu", "ry-menchuang", "ry-donghuo",
          "ry-kongzhishi", "ry-yindao", "ry-peixun", "ry-yanlian", "ry-yuan"]
YANGLAO = ["yl-louceng", "yl-caigang", "yl-meiri", "yl-yejian", "yl-dianqi", "yl-yonghuo", "yl-chongdian",
           "yl-shineng", "yl-huliyuan", "yl-yanlian", "yl-zeren"]

EXPECTED = {
    "东湖社区": [   # 九小场所 (nine kinds), 自建房, 燃气
        SHARED,
        ("小餐饮", XIAOCANYIN),
        ("小旅馆", JX + ["jx-lg-yangan", "jx-lg-xiyan", "jx-lg-zhiban", "jx-lg-zhongda"] ),
        ("小商店", JX + ["jx-sd-huowu", "jx-sd-weixian", "jx-sd-zhongda"] ),
        ("小学校幼儿园", JX + ["jx-xx-louceng", "jx-xx-chukou", "jx-xx-dianqi"] ),
        ("小医院", JX + ["jx-yy-yangqi", "jx-yy-jiujing", "jx-yy-liuguan"] ),
        ("小美容洗浴", JX + ["jx-mr-dianqi", "jx-mr-gejian", "jx-mr-zhusu"] ),
        ("小歌舞娱乐", JX + ["jx-gw-chukou", "jx-gw-zhongda", "jx-gw-zhuangxiu", "jx-gw-xuncha"] ),
        ("小网吧", JX + ["jx-wb-chukou", "jx-wb-xiyan", "jx-wb-chuanghu"] ),
        ("小生产加工", JX + ["jx-jg-fenge", "jx-jg-yuanliao", "jx-jg-fanghu", "jx-jg-peixun"] ),
        ("经营性自建房", ZIJIANFANG),
        ("居民燃气用户", RQ_ALL + ["rq-jm-ruanguan", "rq-jm-zaiju", "rq-jm-reshuiqi", "rq-jm-gaizhuang",
                                   "rq-jm-fuzhong", "rq-jm-pingzhuang", "rq-jm-changshi"]),
        ("餐饮燃气用户", RQ_ALL + RQ_CY),
    ],
    "新华社区": [   # 工贸, 有限空间, 电动自行车
        SHARED,
        ("工贸企业", GONGMAO + XF_BUILDING),
        ("有限空间作业单位", YOUXIAN),
        ("住宅小区", ["dd-loudao", "dd-feixian", "dd-mending", "dd-jizhong", "dd-wuye", "dd-tishi",
                  "xf-fanghuomen", "xf-jiance", "xf-baojing", "xf-chedao"]),
        ("电动自行车充电场所", ["dd-fenge", "dd-duandian", "dd-qicai", "dd-jianju", "dd-kezaiwu"] ),
    ],
    "光明社区": [   # 人员密集场所, 养老机构
        SHARED,
        ("商场市场", ["ry-chukou", "ry-zidong"] + RY_ALL + ["ry-tanwei"] + XF_BUILDING),
        ("宾馆酒店", ["ry-zidong"] + RY_ALL + ["ry-kefang"] + XF_BUILDING),
        ("公共娱乐场所", ["ry-chukou", "ry-zidong"] + RY_ALL + ["ry-baofang"] + XF_BUILDING),
        ("养老机构", XF_BUILDING + YANGLAO),                                      # xiaofang.yaml < yanglao.yaml
    ],
}


@pytest.fixture(scope="module")
def library():
    return load_library()


def _forms(library, profile, unit):
    return unit_forms(library, unit.name, unit.sectors, unit.places, [], Resolver([]), set(), profile.path,
                      shared={"消防"})


def _ids(forms):
    return [(f.title, [r.item.id for r in f.rows]) for f in forms]


@pytest.mark.parametrize("community", list(EXPECTED))
def test_each_sample_community_gets_the_forms_and_items_of_its_sectors(library, community):
    profile = load_profile(PROFILE)
    unit = next(c for c in profile.communities if c.name == community)
    assert _ids(_forms(library, profile, unit)) == EXPECTED[community]


PLACES_PROFILE = """\
schema: safeplan.profile/v1
unit: {name: 城东街道, office: 街道安办}
period: {start_year: 2024, end_year: 2026}
departments:
  - {name: 街道应急管理办公室, aliases: [街道安办], sectors: []}
communities:
  - name: 东湖社区
    sectors: [九小场所, 燃气]
    places:
      - {type: 饭店, name: 老王面馆, address: 东湖路12号}
      - {type: 经营性自建房, name: 东湖路20号自建房, address: 东湖路20号}
      - {type: 居民燃气用户, name: 东湖小区3栋}
"""


def test_a_community_with_places_gets_one_form_per_place_then_the_other_place_types(library, tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(PLACES_PROFILE, encoding="utf-8")
    profile = load_profile(path)
    unit = profile.communities[0]
    forms = _forms(library, profile, unit)
    # the shared 消防 items first; 饭店 is an alias of 小餐饮; the listed places, then the 九小场所 and 燃气 place
    # types no place has
    assert forms[0].title == SHARED[0] and [r.item.id for r in forms[0].rows] == XF
    forms = forms[1:]
    assert [(f.title, f.name, f.address) for f in forms[:3]] == [
        ("老王面馆（小餐饮）", "老王面馆", "东湖路12号"),
        ("东湖路20号自建房（经营性自建房）", "东湖路20号自建房", "东湖路20号"),
        ("东湖小区3栋（居民燃气用户）", "东湖小区3栋", "")]
    assert [f.title for f in forms[3:]] == ["小旅馆", "小商店", "小学校幼儿园", "小医院", "小美容洗浴", "小歌舞娱乐", "小网吧",
                                            "小生产加工", "餐饮燃气用户"]
    ids = _ids(forms)
    assert ids[0][1] == XIAOCANYIN
    assert ids[1][1] == ZIJIANFANG
    assert ids[2][1] == EXPECTED["东湖社区"][11][1]


def test_every_declared_sector_of_every_community_has_at_least_two_items(library, tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(PLACES_PROFILE, encoding="utf-8")
    for profile in (load_profile(PROFILE), load_profile(path)):
        for unit in profile.communities:
            rows = [r for f in _forms(library, profile, unit) for r in f.rows]
            for sector in unit.sectors:
                assert len({r.item.id for r in rows if sector in r.item.sectors}) >= 2, (unit.name, sector)


def test_an_unknown_place_type_names_the_profile_line(library, tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(PLACES_PROFILE.replace("type: 饭店", "type: 火锅城"), encoding="utf-8")
    profile = load_profile(path)
    with pytest.raises(SafeplanError) as error:
        _forms(library, profile, profile.communities[0])
    assert str(error.value) == (f"{path}:10: place '老王面馆' of 东湖社区: unknown type '火锅城' (the place types are "
                                "checks/places.yaml)")


def test_an_empty_checklist_is_an_error_naming_the_unit_and_its_sectors(library):
    profile = load_profile(PROFILE)
    mine = dataclasses.replace(profile.communities[0], sectors=["矿山", "特种设备"], places=[])
    with pytest.raises(SafeplanError) as error:
        _forms(library, profile, mine)
    assert "the 检查清单 of 东湖社区 would be empty" in str(error.value)
    assert "(矿山、特种设备)" in str(error.value)


# ---- the upper rules make items stricter --------------------------------------------------------------------

def _row(library, item_id, uppers, place_sectors=()):
    return build_row(1, library.by_id(item_id), uppers, Resolver([]), {"危险化学品", "烟花爆竹"}, place_sectors)


WEEKLY = Upper("各镇(街道)每周至少开展1次餐饮场所燃气安全检查", "示安委〔2024〕9号 二(一)1",
               frequency=Frequency(text="每周至少开展1次餐饮场所燃气安全检查", period="week"))


def test_a_more_frequent_upper_rule_replaces_the_frequency_and_joins_the_basis(library):
    row = _row(library, "rq-cy-baojing", [WEEKLY])            # keywords: 可燃气体报警, 餐饮+燃气
    assert (row.frequency, row.frequency_basis) == ("每周至少开展1次餐饮场所燃气安全检查", "示安委〔2024〕9号 二(一)1")
    assert row.basis == ["《安全生产法》第三十六条第四款", "示安委〔2024〕9号 二(一)1"]
    # an item without a matching keyword keeps its own (居民 hose: 燃气软管, 阀管灶)
    assert _row(library, "rq-jm-ruanguan", [WEEKLY]).frequency == "燃气经营者定期入户安全检查"


def test_a_less_frequent_or_unreadable_frequency_never_replaces_the_item_s_own(library):
    yearly = dataclasses.replace(WEEKLY, frequency=Frequency(text="每年开展1次餐饮场所燃气安全检查", period="year"))
    assert _row(library, "rq-cy-baojing", [yearly]).frequency == "每月防火检查"
    # 营业期间至少每二小时防火巡查一次 reads as no period: a monthly rule on 防火巡查 does not replace it
    monthly = Upper("每月开展1次防火巡查", "X 1", frequency=Frequency(text="每月开展1次防火巡查", period="month"))
    assert _row(library, "ry-xuncha", [monthly]).frequency == "营业期间至少每二小时防火巡查一次"


def test_a_high_risk_frequency_binds_only_the_high_risk_sectors(library):
    clause = "生产经营单位主要负责人要每季度带队对本单位重大事故隐患排查整治情况至少开展1次检查(高危行业领域每周至少1次)"
    weekly = Upper(clause, "安委会[2024]2号 三(三)4",
                   frequency=Frequency(text="每周至少1次", period="week", scope="高危行业领域"))
    assert _row(library, "wh-daidui", [weekly]).frequency == "每周至少1次"          # 危险化学品
    assert _row(library, "gm-daidui", [weekly]).frequency == "每季度至少带队检查1次"   # 工贸: not high-risk
    # the place's sectors count too: a 消防 item at a 烟花爆竹零售点 is at a high-risk place
    drill = Upper("每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)", "安委会[2024]2号 三(五)12",
                  frequency=Frequency(text="每半年至少1次", period="half_year", scope="高危行业领域"))
    assert _row(library, "xf-yanlian", [drill], ("烟花爆竹", "消防")).frequency == "每半年至少1次"
    assert _row(library, "xf-yanlian", [drill], ("九小场所", "消防")).frequency == "其他单位至少每年组织一次演练"


def test_an_upper_deadline_is_added_with_its_rule(library):
    deadline = Upper("2025年底前基本实现存在安全隐患自建房整治全覆盖", "安委会[2024]2号 三(四)9",
                     deadline=Deadline(text="2025年底前", year=2025, month=12, day=31, date="2025-12-31"))
    row = _row(library, "zj-liefeng", [deadline])
    assert row.deadline == "2025年底前"
    assert row.basis == ["安委会[2024]2号 三(四)9"]          # the item's own basis is that rule already
    assert _row(library, "zj-shusan", [deadline]).deadline == ""   # no 自建房 keyword on the fire items


def test_a_place_with_an_unknown_key_names_its_line(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(PLACES_PROFILE.replace("address: 东湖路12号", "adress: 东湖路12号"), encoding="utf-8")
    with pytest.raises(SafeplanError) as error:
        load_profile(path)
    assert str(error.value).startswith(f"{path}:10: unknown key 'adress'")
