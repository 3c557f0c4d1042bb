"""The one record every check produces and every formatter consumes: a frozen `Finding`."""

from __future__ import annotations

from dataclasses import dataclass

# Stable codes (cli.md): add new ones, never rename.
SEVERITY = {
    "missing-task": "error",
    "weaker-target": "error",
    "later-deadline": "error",
    "lower-frequency": "error",
    "placeholder": "error",
    "invalid-date": "error",
    "missing-responsible": "warning",
    "unknown-unit": "warning",
    "ambiguous-alignment": "warning",
    "unparsed": "warning",
    # added by the checker beyond cli.md's table
    "unknown-reference": "warning",    # a 〔依据：…〕 naming no upper rule that was loaded
    "expired-ignore": "warning",       # a .safeplan-ignore.yaml entry past its expiry date
    "unsupported-citation": "warning",  # a 〔依据：…〕 the item's own text does not back (the rule stays uncovered)
}

DESCRIPTION = {
    "missing-task": "上级任务在方案中没有对应条目",
    "weaker-target": "目标低于上级要求",
    "later-deadline": "完成时限晚于上级要求",
    "lower-frequency": "频次低于上级要求",
    "placeholder": "方案中留有未填写的占位符",
    "invalid-date": "日期不存在或超出方案期限",
    "missing-responsible": "任务条目未写明责任单位",
    "unknown-unit": "责任单位不在单位配置(profile)中",
    "ambiguous-alignment": "条目与多条上级规则相近,无法确定对应关系",
    "unparsed": "检查器未能读懂的部分",
    "unknown-reference": "〔依据〕引用的上级文件或条目不在所加载的规则中",
    "expired-ignore": ".safeplan-ignore.yaml 中的豁免已过期",
    "unsupported-citation": "〔依据〕引用的上级规则与条目内容不符,引用不算落实",
}

# a short name for each code, where findings are listed in a table (the workbench's 检查 page)
LABEL = {
    "missing-task": "缺少任务",
    "weaker-target": "指标弱于上级",
    "later-deadline": "期限晚于上级",
    "lower-frequency": "频次低于上级",
    "placeholder": "占位符未填",
    "invalid-date": "日期无效",
    "missing-responsible": "未写责任单位",
    "unknown-unit": "未知单位",
    "ambiguous-alignment": "对应不明确",
    "unparsed": "未能读取",
    "unknown-reference": "引用未找到",
    "expired-ignore": "豁免已过期",
    "unsupported-citation": "引用与内容不符",
}


@dataclass(frozen=True)
class RuleRef:
    """The upper rule a finding is about: `DOC_ID:RULE_ID` and its text."""

    doc_id: str
    id: str
    text: str = ""
    title: str = ""

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.id}"


@dataclass(frozen=True)
class Finding:
    code: str
    plan: str                      # the plan file as given / relative to the workspace
    line: int | None               # 1-based line in the plan; None for missing-task
    message: str
    rule: RuleRef | None = None
    expected: str | None = None
    found: str | None = None
    candidates: tuple[RuleRef, ...] = ()   # ambiguous-alignment: the rules it was torn between

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]

    def sort_key(self):
        return (self.plan, self.line or 0, self.code, self.rule.key if self.rule else "", self.message)


@dataclass(frozen=True)
class Suppressed:
    """A finding that an inline comment or a .safeplan-ignore.yaml entry silenced, with why and by whom."""

    finding: Finding
    reason: str
    source: str                    # "inline" or the ignore file's path
    approver: str | None = None
    expires: str | None = None
