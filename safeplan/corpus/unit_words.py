"""The words a 公文 names a task's units with: who leads (责任单位, 牵头部门), who supports (配合单位, 协助部门), and
how a unit's name ends (应急局, 党政办, 消防救援站, 街道).

Each list is read in two places that each add their own: the lead and support words by a 责任单位:/配合部门: line's
label (structure.py) and by a task table's column name (tables.py), rules/responsible.py reading whole labels in
running text instead (LEAD_LABELS); the endings by a table's unit cell (tables.py) and by a unit named in a sentence
(rules/responsible.py); the words that end as a unit's name does and are none (部署, 全部, 两会) by a list of units
opening a clause (rules/subject_list.py).
"""

from __future__ import annotations

# the words both a label line and a column name are read by
LEAD_WORDS = ("责任", "牵头", "主责", "主办")
SUPPORT_WORDS = ("配合", "协助", "协办", "参与")

# the endings of a unit's name both a table's unit cell and a unit named in a sentence are read by
UNIT_ENDS = ("局", "办", "委", "站", "所", "队", "部", "室", "科", "处", "中心", "政府", "街道", "镇", "乡", "社区", "村", "会", "院",
             "单位", "部门")
# endings of words that end as a unit's name does and are none: a plan's 部署, a place's 部位, all of it (全部),
# a meeting (会议 ends otherwise; 两会, 调度会, 推进会)
FALSE_UNIT_ENDS = ("部署", "部位", "全部", "内部", "外部", "局部", "两会", "大会", "调度会", "推进会", "部署会", "例会", "座谈会",
                   "培训班")
# what names a public body by its 单位 rather than a trade's enterprises (客运单位, 施工单位, 物业管理单位: enterprises in
# general): the members of a committee, a public institution, an office of the state (执法单位, 新闻单位, 监管单位, 主管单位)
# the body that runs public works (水利工程运行管理单位) and the one a duty is given to (隐患治理主体单位)
BODY_UNIT_WORDS = ("成员", "事业", "执法", "新闻", "监管", "主管", "行政", "机关", "运行管理", "主体")
# the kinds of ownership a list shares one unit's noun across (各改制、私营企业, 各国有、民营企业, 各市属、区属单位): one
# name as written, its kinds no names of their own
OWNERSHIP_WORDS = ("国有", "民营", "私营", "改制", "集体", "个体", "外资", "合资", "央属", "省属", "市属", "区属", "县属")
# the short name of a flood-control command a 预案 writes as a body's (县防指, 乡镇防指: 防汛防台抗旱指挥部), read by a unit
# named in a sentence
COMMAND_SHORT_NAMES = ("防指",)
# endings that name units only after 各: 各经营主体, 各市场主体 are enterprises a 各 names, as 各企业 (heldback README
# convention 2); a bare 责任主体 or 经营主体 names none
EACH_ONLY_ENDS = ("主体",)
