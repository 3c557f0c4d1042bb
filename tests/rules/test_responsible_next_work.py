"""A unit announcing its next work in an account leads it, 将继续 as much as 将 (heldback README convention 2): the
sentences of hb-n81-x, hb-n75-x, hb-n101-y and hb-n05, whose golds had disagreed."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("下一步,吕陵镇将继续加大燃气安全排查、强化宣传引导,真正把燃气安全工作落到实处。", ["吕陵镇"]),
    ("文汇街道将继续保持高压态势,定期开展安全隐患排查整治工作,确保辖区安全形势持续稳定向好。", ["文汇街道"]),
    ("下步工作中,街道将继续加大辖区安全生产检查力度,督促各单位、企业要进一步提高安全意识。", ["街道"]),
    ("下一步社区将继续依托网格化管理这一有力抓手,广泛宣传发动,做好预警防控。", ["社区"]),
    ("展望未来,我们将继续坚持“安全第一、预防为主”的方针。", []),            # a pronoun names no unit
])
def test_a_unit_announcing_its_next_work_leads_it(text, lead):
    assert parse_responsible(text, statute=True).lead == lead
