"""Responsible units in any text: 责任单位:/牵头单位:/配合单位: lines, a bracket after a task
((区应急管理局牵头，各镇配合)), 由…牵头, 各…要…; lead vs support; units split on 、，, and 和/及 only where
both sides are units (住房和城乡建设局 stays whole).

rules/subject_list.py (a list of units opening a clause) reads only this module's public names: the clause's opening
(CLAUSE_OPEN), a 各 name's head (EACH_HEAD), an office's and a section's name (UNIT_NAME, SECTION), a list's names
(list_names, split_units), the tests of a name (looks_like_unit, each_unit, NOT_A_NAME, …) and of its sentence
(sentence_before, in_review, WORK_DONE, …).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from safeplan.corpus.tables import column_role, names_units
from safeplan.corpus.unit_words import BODY_UNIT_WORDS, COMMAND_SHORT_NAMES, EACH_ONLY_ENDS, OWNERSHIP_WORDS, UNIT_ENDS
from safeplan.hanzi import as_written, to_simplified
from safeplan.rules.model import Responsible

# whole labels, read anywhere in running text: the bare words a label line or a column is read by
# (corpus/unit_words.py) would take any 负责/参与 of a sentence for a label
LEAD_LABELS = ("牵头责任单位", "主要责任单位", "牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "主责部门",
               "责任主体", "组织单位", "主办单位", "承办单位", "实施单位", "实施主体",
               # a bureau's own 工作要点 names its sections: (责任处室:执法监督处;配合处室:危化处), 责任科室:宣教科
               "牵头处室", "责任处室", "主责处室", "牵头科室", "责任科室", "责任股室",
               "牵头")                            # (牵头:市应急局;配合:市公安局 — the short labels, read with their colon)
SUPPORT_LABELS = ("协同责任单位", "配合责任单位", "协办责任单位", "配合单位", "配合部门", "协办单位", "协助单位", "参与单位",
                  "协同单位", "参加单位", "配合处室", "协办处室", "配合科室", "配合")
SHORT_LABELS = ("牵头", "配合")
# a web page's footer names the site's owner: 主办单位:…办公室 / 黑ICP备… / 网站标识码…
SITE_LABELS = ("主办单位", "承办单位", "协办单位")
SITE_FOOTER = re.compile(r"ICP|备案|公网安备|网站标识码|网站地图|版权所有|技术支持")
# labels naming persons (责任领导:胡小波): read so that their names end at the next label, but no unit
PERSON_LABELS = ("牵头领导", "责任领导", "分管领导", "包保领导", "联系领导", "责任人")
_LABELS = "|".join(sorted(LEAD_LABELS + SUPPORT_LABELS + PERSON_LABELS, key=len, reverse=True))
# 责任单位:… / 【牵头单位】… ; the units run to the sentence's end or to the next label (牵头单位:甲 配合单位:乙)
# 责任单位及责任人: / 责任部门和责任人: (a 责任分解's line): the units' label, its persons named with them
_WITH_PERSONS = r"(?:(?:及|和|与|、|/)(?:责任人|负责人|联系人|责任领导|牵头领导))?"
LABEL = re.compile(r"(?:[【\[](?P<bl>" + _LABELS + r")" + _WITH_PERSONS + r"[】\]]\s*[：:]?|(?P<label>" + _LABELS + r")"
                   + _WITH_PERSONS + r"\s*[：:])\s*"
                   r"(?P<units>(?:(?![【\[](?:" + _LABELS + r")[】\]]|(?:" + _LABELS + r")\s*[：:])[^；;。\n])+)")
# a unit named in a sentence ends as a table's unit cell does (corpus/unit_words.py), or as a place, a school, a shop
# or a company does (雁塔区, 城关小学, 燃气公司); a table's unit cell is read by fewer endings (tables.py)
UNIT_END = UNIT_ENDS + COMMAND_SHORT_NAMES + ("公司", "厅", "署", "组", "区", "县", "市", "居", "口", "校", "店", "场", "集团", "企业", "专班",
                        "团", "联", "小学", "中学", "大学",             # 共青团, 妇联, 残联: the people's organisations
                        "队伍")                                          # (各级森林消防队伍, 各类救援队伍)
# 主办单位。安监所、宣教办… : a label closed by 。 as the other lines of its list are (活动主题。…, 活动时间。…), read
# only at a clause's start and only where every name after it is a unit's
LABEL_STOP = re.compile(r"(?:^|(?<=[\s。；;]))(?P<label>主办单位|承办单位|协办单位|牵头单位|责任单位|配合单位)。"
                        r"(?P<units>[^。；;\n]{2,80})")
# (a task's 〔〕 bracket may hold round ones: 〔市委组织部牵头,各镇(街道)、市安委会有关成员单位…分工负责〕)
BRACKET = re.compile(r"[（(](?P<inner>[^（）()]{2,120})[)）]|〔(?P<square>[^〔〕]{2,120})〕")
LED_BY = re.compile(r"由(?P<units>[^，。；,;由]{2,60}?)(?:牵头(?!的)|负责(?!人(?!员)|同志|的)|组织(?!的)|对(?=[^，。；,;]{1,30}?(?:进行|开展|实施))"
                    r"|(?:集中|统一)?(?:汇总|收集|统计)(?=上报|报送|后)"       # (检查结果由县防办集中汇总上报)
                    r"|(?:联合|共同)(?=开展|组成|进行|实施|检查|督查))")       # (此次督查由市应急管理局、市公安局…等15个部门联合开展)
# 由县安委办报告县人民政府 / 由相关职能部门依法处理 / 由县安委办(县安监局)或县应急局向…发出…: outside a law, the
# units after 由 do what follows, whatever the verb (LED_BY reads 牵头/负责/组织…; not the body a group is formed of,
# 由…组成, nor a person, 由…负责同志任组长). Defined below _OFFICE_NAME.
# a task closed by its units after a dash, at its line's end: …开展专项整治——县住建局、县城管局
DASHED = re.compile(r"(?:——|—|－－|--)\s*(?P<units>[\u4e00-\u9fff（）()〔〕、，,\s]{2,60}?)\s*[。.；;]?[ \t]*(?=\n|$)")
# (明确由各村对…进行包联监督; 由政府负责同志任组长 names a person, 由安监办负责人员培训 a duty)
# (after a clause's start or after the verb that addresses them: 要求各单位要…, 强调,各乡镇、各部门要…; 相应 is no 应)
# (a clause may open with its number, (一) / 1.; 全区各…, 安委会各单位 name the 各 more closely; a flattened heading
# may end in a bracket and a space, …阶段(3 月1日前) 各村、…; not after 督促: 街道将…,督促各单位要… — whom a subject
# urges is no subject, as 督促各有关部门 in the gold of hb-u74-y)
_EACH_OPEN = (r"(?:^|[。；;！!\n，,：:]|(?<=要求)|(?<=强调)|(?<=请)|(?<=期间)|(?<=职责的)|(?<=[\u4e00-\u9fff)）] ))\s*"
              r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*(?:[一二三四五六七八九十]是)?"
              r"(?:(?:同时|此外|另外|其次|最后)[,，]?\s*)?")          # (…。同时各县市政府要…)
EACH_HEAD = (r"(?:全[区市县镇乡州省旗]|(?:[省区市县镇]|街道)?安委会|[省区市县镇]委"      # (省安委会各成员单位要…)
              r"|[省区市县镇][\u4e00-\u9fff]{1,10}?(?:指挥部|委员会|领导小组)"     # 县森林防火指挥部各成员单位
              # 街道各部门、各村(社区…, 青浦区各镇、各部门要…, 厂各部门、各项目部(车间)、各班组负责…: whose 各
              r"|[省区市县镇乡厂][级直]?|街道|公司|集团|[\u4e00-\u9fff]{2,4}?[区市县])?各")    # (市级各有关部门要…, 市直各部门)
# (各生产企业作为安全生产责任主体,要…: the list's role between; 街道和各部门将…: a unit joined to the 各 list, and
# what it announces it will do, heldback batch y81; …各乡镇(街道办)在工作上要…: where it acts, between)
_JOINED_UNIT = r"(?:[\u4e00-\u9fff]{0,8}?(?:街道|镇|乡|局|办|委|村|社区)[和及与])?"
EACH = re.compile(_EACH_OPEN + rf"(?P<units>{_JOINED_UNIT}{EACH_HEAD}(?:[^，。；,;：:应须]{{1,40}}?))"
                  r"(?:作为[^，。；,;：:]{2,20}[，,]\s*)?"
                  r"(?:之间|在[\u4e00-\u9fff]{1,6}?[上中])?"
                  # 各村对森林防火形势要有清醒认识 / 各部门(分公司)对本单位所属班组的安全管理工作全面负责: what it acts on
                  # comes between (not 对照, 对接, 对于: verbs and a topic's preposition; not in a law, whose 各级人民政府对
                  # …负责 is a standing duty, heldback README convention 1)
                  r"(?P<on>对(?![照接于此标])[^，。；,;：:]{1,24}?[，,]?)?"
                  r"(?:也|都|均|一定)?(?:(?<![主需])要(?!求)|应当|(?<![相反适供对响答效])应(?![急用变])|须|必须|需(?!求)|将(?![其之])|"
                  # 各部门负责本部门的…: leads (…依职责负责 / 分工负责 supports a lead; 负责人, 负责同志 are persons)
                  r"(?<!职责)(?<!分工)(?:全面|具体|直接)?负责(?!人|同志)|牵头(?=组织|开展|负责|做好|落实)"      # (各县(区)政府牵头组织…)
                  r"|由(?=(?:主要|分管)?(?:领导|负责人|负责同志))"          # (各安全生产责任单位由主要领导带班)
                  r"|(?<=队伍)(?:集结|24小时)?待命"                      # (各级森林消防队伍集结待命: a force on standby)
                  # 各村在做好…, 各行业安委员会结合…, 各部门协力做好… (the name then has to be a unit's: each_unit)
                  r"|(?<=[局办委会所站队村镇乡区县市门位组室处心])(?:在做好|结合|协力|做好|做到|进一步))")
# 各市县、各有关部门和单位每月15日前…报送 / 各地、各有关部门聚焦3个时间段 / 各县(市、区)、各部门和单位认真开展…: a 各
# list opening its clause and acting without 要 (not in an account of work done: …开展了)
EACH_ACTS = re.compile(_EACH_OPEN + rf"(?P<units>{EACH_HEAD}(?:[^，。；,;：:应须的在于\n]{{1,30}}?))"
                       r"(?=(?:于|在)(?:\d|[一二三四五六七八九十]{1,3}月|本月|每)|每[日天周月季年]|按照|认真|切实|严格|立即|迅速|聚焦"
                       r"|务必"
                       # 各区县政府和地区管委会对辖区突出问题和重点区域进行拉网式排查: what it acts on, then the act
                       r"|对(?![照接于此标])(?=[^，。；,;：:]{1,30}?(?:进行|开展|实施)(?!了)))")
                                              # (not 全面/加强/开展…: an account's 各区、各部门全面统筹推进… reports)
# (a 各 list acting without a modal, in a sentence that goes on to tell what was done: 各地区、各有关部门和单位认真学习…,
# 围绕…主题,集中组织开展了…活动)
DONE = re.compile(r"[^。；;！!？?\n]*?(?<![为除])了(?![解结])")
WORK_DONE = re.compile(r"[^，。；,;！!？?\n要将应须]*?(?<![为除])了(?![解结])")
# …的认识各村委会、各企事业单位要… : a list of two or more 各 names acting with 要, where a flattened text ran its heading
# into it (no stop before the list); such a list is its clause's subject whatever comes before it
GLUED_LIST = re.compile(r"(?P<units>各[^各、，。；,;：:\s]{1,10}?(?:、各[^各、，。；,;：:\s]{1,10}?)+)"
                        r"(?=(?:也|都|均)?(?:要(?!求)|应当|必须))")
# 各责任单位要主动作为…,积极配合牵头单位…: a 各 list whose sentence is to help the lead units supports them
HELPS_THE_LEAD = re.compile(r"(?:配合|协助|协同)好?牵头(?:单位|部门)")
# what those a demand names are asked to do: a modal, a preposition or an adverb of the act, or its verb
_ASKED_TO = (r"(?=要(?!求)|应当|(?<![相反适供对响答效])应(?![急用变])|须|必须|务必|于|在|按照|按|对|将|加强|做好|认真|切实|"
             r"进一步|高度|严格|立即|迅速|成立|开展|落实|结合|组织|做到|确保|把|根据|围绕|针对|抓好|全面|提高|强化|压实"
             r"|履行|提升|明确|完善|建立|健全|细化|深入|坚持|坚决|持续|抓紧|尽快|及时|全力|具体)")
# 要求各镇乡(街道、园区)、市级相关部门加强领导 / 请各市安委办于6月份… / 要求各镇街、筹备组建设部门具体实施… / a 风险提示单's
# 提醒各镇街…加强…: those asked to act, without 要 after them
# (门轩主任要求各领导、各部门:一要…三要…: the demands listed after a colon)
REQUESTED = re.compile(r"(?:要求|请|责成|提醒|(?<![\u4e00-\u9fff])望)\s*(?P<units>(?:区内|县内|市内|辖区内?|全[区市县镇乡])?各[^，。；,;：:]{1,40}?)"
                       r"(?:[：:]\s*(?:一是?)?)?" + _ASKED_TO)
# 请各乡镇人民政府,高新西区管委会,广汉工业集中发展区及时将…: the addressees listed again with commas, as the
# addressee line writes them
REQUESTED_LIST = re.compile(r"(?:要求|请|责成)\s*(?P<units>各[^，。；,;：:]{1,20}?(?:[，,]\s*[^，。；,;：:]{2,24}?)+?)"
                            + _ASKED_TO)
# a quick test for a list of subjects in a text that names no office (村组、社区要… / 电视、广播、网络等媒体要…)
LISTED_SUBJECTS = re.compile(r"、[^，。；,;、]{1,12}?(?:等[\u4e00-\u9fff]{0,6}?)?(?:也|都|均)?要(?!求)")
# 城建办、农办、派出所(交通中队)、消防站等部门要…: units listed as the subject of a clause, closed by 等部门
LISTED = re.compile(r"(?:^|(?<=[。；;！!？?\n：:，,]))\s*(?P<units>[^，。；,;：:]{2,60}?)等(?:有关|相关)?(?:部门|单位)"
                    r"(?:也|都|均)?(?:要|应当|应|须|必须|负责(?!人)|按(?:照)?(?:各自)?职责)")      # (…等部门按照职责分工做好…)
# a unit that leads, opening its clause: 区应急管理局牵头，… (not 由…牵头, read by LED_BY)
LEADS = re.compile(r"(?:^|(?<=[。；;，,（(]))\s*(?P<units>(?!由)[^，。；,;（()）由]{2,40}?)牵头(?=[，,；;。)）]|$)")
# 镇应急办牵头,组织各村(居)委会及网格员开展… / 联合市场监管部门检查…: those the lead organises or works with support it
# (县安委办定期或不定期地组织相关部门对…进行督查: after the lead's adverb, and those organised acting on what follows 对)
ORGANISED = re.compile(r"(?:(?:[，,。]\s*|(?<=地))组织|联合)(?P<units>[^，。；,;、“”参与对]{2,14}?)(?:定期|不定期|集中|共同)?"
                       r"(?:开展|进行|实施|检查|执法|排查|整治|对[^，。；,;]{1,30}?(?:进行|开展|实施))")
# 各地燃气主管部门要…积极会同市场监管、城管执法、商务、应急、消防救援等部门…: the departments the lead acts with
# (…要牵头会同属地街道和区应急管理局、房管局、城投集团等区直有关单位: closed by 等 and a level's 有关单位 as well)
WITH_LIST = re.compile(r"(?:会同|联合)(?P<units>(?:(?!等)[\u4e00-\u9fff（）()]){2,12}(?:、(?:(?!等)[\u4e00-\u9fff（）()]){2,12})*)"
                       r"等(?:[区县市镇乡][级直])?(?:有关|相关)?(?:部门|单位)")
# 甲牵头,由乙、丙和丁等组成联合督查组: those who form the group with the lead support it
FORMED = re.compile(r"[，,]\s*由(?P<units>[^，。；,;（()）由]{2,60}?)(?P<named>等(?:有关|相关)?(?:部门|单位)?)?(?:联合)?组成")
SUPPORTERS = re.compile(r"[^，,。；;]{0,8}[，,；;]\s*(?P<units>[^，。；,;（()）]{2,60}?)(?P<named>等(?:有关|相关)?(?:部门|单位))?"
                        r"(?:(?:要|须)?(?:密切|积极|主动|全力|认真|共同)?(?:配合|协助|协办|参与|协同)|按职责分工负责|依职责负责|分工负责"
                        r"|按职责负责)")          # (…、各村居、社区、相关单位密切配合 / …积极配合)
# an office that opens its clause and acts: 区应急管理局要… / 经济和科技发展局相关工作人员计划… / 街道安全办负责…
# (several, 城市街道办事处、社区居民委员会应当…; an adverb may come first, 镇安监办及时汇总)
# (a name may hold a bracket, 县(市)人民政府, spaced as 县 (市); a news sentence may open with its date or 下一步)
_NAME_CHAR = r"(?:[\u4e00-\u9fff]|\s?[（(][\u4e00-\u9fff、]{1,6}[)）]|“[\u4e00-\u9fff]{2,8}”)"       # (镇“安全生产月”活动领导小组)
# (an enterprise's 制度 names its workshops and teams: 车间必须每周…, 各班组…, 项目部负责…)
_OFFICE_NAME = (rf"(?:{_NAME_CHAR}{{2,14}}?(?:局|办|委|委员会|安委会|委会|工会|中心|所|站|大队|支队|科|处|室|团队|成员单位|领导小组|(?<!领导)小组|专班"
                rf"|(?<![大餐客展舞业])厅)"   # (a province's departments: 省公安厅; not 服务大厅, 营业厅)
                rf"|{_NAME_CHAR}{{1,6}}?(?:委宣传部|委组织部|委统战部|人武部)"          # (区委组织部、区应急局按职责负责)
                rf"|{_NAME_CHAR}{{1,14}}?(?:指挥部|防指)"          # (镇指挥部负责调度, 县森林防火指挥部要…, 乡镇防指按…)
                rf"|{_NAME_CHAR}{{0,10}}?(?:车间|班组|项目部)"
                rf"|{_NAME_CHAR}{{0,8}}?(?:公安|司法|执法)机关)")                      # (公安机关负责…的公共安全管理)
# (one lazy run to the nearest ending, whichever it is: 相关职能部门 before 依法处理's 处)
# (an ending that is the first character of a verb is none: 县应急局会同…, …组成, …处理, …办理, 所在…; nor the last
# of one: 督办, 承办)
UNIT_NAME = (rf"{_NAME_CHAR}{{1,14}}?(?:部门|人民政府|政府|委员会|局|(?<![督承主协交查包代帮举创开经])办(?!理)|委(?!托)"
              r"|会(?!同|商|议)|中心|所(?!在|属|有)|站|大队|支队|科(?!学)|处(?!理|置|罚)|室|厅|组(?!成|织)|专班|指挥部|机关)"
              # (an office of it named after it: 县公安局交警大队, 两办督查室 — not 对…站, 将…)
              r"(?:(?![对在于向将把与和及、要应须])[\u4e00-\u9fff]{0,3}?(?:大队|中队|支队|督查室|办公室|科|股|分局|派出所|中心))?"
              r"(?:[（(][\u4e00-\u9fff、]{1,10}[)）])?")
# what the units after 由 go on to do: a preposition or adverb of an official act, or its verb (not 组成, 担任, nor a
# person's post, 由街道办主任…担任, nor a longer name cut short, 由市委宣传部…)
_BY_ACTS = (r"(?=向|对(?=[^，。；,;]{1,30}?(?:进行|开展|实施))|依法|依照|按照|立即|及时|报告|报请|指定|发出|处理|审批|批准|下达"
            r"|通报|认定|确定|核查|核实|查处|处罚|督办|考核|验收|审核|备案|发布|提出|制定|决定|授权|办理|调度|督促|督查|检查"
            r"|进行|开展|实施|协调|安排|部署|编制|落实|做好|监督|指导"
            r"|统筹|另行|通知(?![书的])"  # (具体工作由安监站统筹落实, 具体时间由市安委会办公室另行通知, 由街道安委办通知)
            # (由镇政府与镇属企业、各村(社区)等签订《…责任书》: the unit after 由 acts with the other party)
            r"|与(?=[^，。；,;]{1,30}?(?:签订(?!的)|共同|联合)))")
# the duty a class of bodies is named by (负有安全生产监督管理职责的部门, 承担行业监管职责的单位)
DUTY_NAMED = re.compile(r"(?:负有|承担)[^的由，。；,;]{1,16}?(?:职责|责任)的")
DUTY_BEFORE = re.compile(DUTY_NAMED.pattern + "$")          # (searched in the words just before a name)
NAMED_BY = re.compile(rf"由(?![于此我本该其])(?P<units>{UNIT_NAME}(?:(?:、|和|或|及)\s?{UNIT_NAME})*)" + _BY_ACTS)
# 煤矿安全督查组。由市煤炭工业局1名县级领导带队 / 由县应急管理局主要负责同志带队,对…检查: a group a unit's leader leads
# is the unit's (a person named, 由乡党委书记…同志带队, is none; 由…带队的检查组…进行了: work done)
LEADER_LEADS = re.compile(rf"由(?![于此我本该其])(?P<units>{UNIT_NAME}(?:(?:、|和|及)\s?{UNIT_NAME})*)"
                          r"(?:\d{1,2}名|[一两二三四五六七八九十]名)?(?:县级|处级|厅级|科级|局级)?(?:主要|分管|相关)?"
                          r"(?:领导|负责人|负责同志)(?:同志)?带队(?!的)")
# …要会同街道、村社区,紧盯… / 并会同两办督查室跟踪督查…: those a lead acts with, named without a closing 等…部门 (every
# name a unit's: an office's ending, or a place's kind)
_WITH_NAME = rf"(?:{UNIT_NAME}|(?:属地|所在)?(?:街道|社区|乡镇|镇街)|[\u4e00-\u9fff]{{1,4}}?(?:街道|社区|村))"
WITH_UNITS = re.compile(rf"会同(?P<units>{_WITH_NAME}(?:[、和及与]\s?{_WITH_NAME})*)"
                        r"(?![员会公室心所站队部厅局办委班处科、和或及与等（(]|组(?!织|成))(?=[，,]|[\u4e00-\u9fff])")
# 要求县住建局、县应急管理局加强… / 要求社区在9月底前完成… / 请镇应急办于…前汇总…: the offices and places a demand names
# without 各 (REQUESTED reads a 各 list) lead what they are asked to do; not those invited (邀请…参加), nor a body asked
# for leave (请示, 报请, 提请)
REQUESTED_NAMED = re.compile(rf"(?:要求|责成|提醒|(?<![邀申提报聘恳])请(?!示|求))(?!各)"
                             rf"(?P<units>{_WITH_NAME}(?:[、和及与]\s?{_WITH_NAME})*)" + _ASKED_TO)
ASKS = re.compile(r"要求|责成|提醒|请")          # (a cheap test for REQUESTED_NAMED)
SHOP_FLOOR = ("车间", "班组", "项目部")
PREMISES = ("场所", "住所", "处所")            # (人员密集场所: a place checked, no unit)
_LEAD_IN = (r"(?:(?:\d{1,2}月\d{1,2}日(?:[上下]午)?|近日|近期|日前|下一步|接下来|同时|此外|其次|最后|特别是|尤其是"
            r"|(?:主要)?职责(?=[\u4e00-\u9fff]{2,12}?(?:科|部|室|处)))"     # (三、职责安全生产科及其相关人员负责…: a 制度's heading run in)
            r"[,，、]?\s*)?")
# 11月7日,未央区应急管理局组织召开…会议 / 9月25日上午,青松乡组织…联合开展…: a dated account of an event held, no task
EVENT_HELD = re.compile(r"(?:组织)?(?:召开|开展|举办|联合|组织)")
DATED = re.compile(r"(?:\d{1,2}月\d{1,2}日(?:[上下]午)?|近日|日前)[,，、]?\s*$")
# (the two are matched only where a clause starts, CLAUSE_STARTS: a search that tries every character was slow)
# (a run of spaces between words starts one too: a page that lost its line breaks, 七区政府:排查危漏房屋 会议要求,…
# 市国土资源房管局:防范地质灾害 市国土资源房管局要…; not a name spaced out to align a column, 市 应急管理局)
# (written to open with one character class, a stop or a blank, which the engine skips ahead to: a blank then starts
# a clause only after two words' characters, its run of blanks before one)
CLAUSE_STARTS = re.compile(r"[。；;！!？?\n，,：: \u3000]"
                           r"(?:(?<=[^ \u3000])|(?<=[\u4e00-\u9fff]{2}[ \u3000])[ \u3000]*(?=[\u4e00-\u9fff]))")
CLAUSE_OPEN = (r"\s*(?:第[一二三四五六七八九十百\d]{1,4}条\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*"
                r"|\d{1,2}[.、．)）]?)?"
                r"(?:[一二三四五六七八九十]是)?" + _LEAD_IN)
# (several, joined by 、 or 和/及: 市县两级安委办和专业安委办要…)
# 县、乡(镇)安委会每月至少召开…: the committees of two levels, one name as written (like 县、乡两级人民政府)
_LEVEL = r"[区县市镇乡](?:[（(][\u4e00-\u9fff、]{1,6}[)）])?"
LEVELS_NAME = re.compile(rf"{_LEVEL}、{_LEVEL}(?:两级)?(?:安委会|安委办|安全生产委员会)")
_RHYTHM = r"(?:定期或不定期|不定期|定期|定时|视情)地?"
# 省政府安全生产委员会自即日起到2020年5月底,在全省开展…: the start of the work from now or a month on
_FROM_NOW = r"(?:自|从)(?:即日|今日|本月|(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)"
_SUBJECT_ACTS = (r"(?:等(?:有关|相关)?(?:单位|部门)|相关工作人员|工作人员"        # (建设局等单位要…: the trailing 等… dropped)
                 # 安全生产科及其相关人员负责… / 镇交通劝导站及各村两委干部要…: the office and persons with it, the office
                 r"|(?:及其?|和)[\u4e00-\u9fff]{0,8}?(?:人员|干部))?"
                 r"(?=(?:及时|统一|具体|认真|切实|进一步|持续|充分|积极|主动|全力|严格)?"
                     r"(?:要(?!求)|负责(?!人|同志|的)|将|计划|牵头(?!的)|应当|应该|应(?![急用变对])|须|必须|组织(?!的)|汇总|督促|会同|提供|结合|开展|建立"
                     r"|制定|加强|加大|落实|指导|推动|推进|做好|联合|强化|严厉|深入|全面|立即|根据|决定|定于"
                     r"|每[日天周月季年]"               # (县气象局每日至少3次向县防指报告…)
                     # 街道安委办有关成员单位在会议上报告本单位安全生产工作完成情况: a meeting system's member reports at it
                     r"|在(?:会议|会)上(?=报告|汇报|通报)"
                     rf"|{_FROM_NOW}"
                     # 县安委办定期或不定期地组织…: the adverb of a duty's rhythm opens the predicate, whatever its verb
                     # (not 及时/积极…, an account's words for work done: 市安委会办公室及时跟踪督办; not 统一, also a noun's:
                     # 根据国务院和省市安委会统一部署)
                     # (县林水局视情及时向县防指报告…: as the case needs, a rhythm too)
                     rf"|{_RHYTHM}(?=[\u4e00-\u9fff《“])"
                     # 市应急局、市消防救援支队按职责分工负责 / 乡镇防指按乡级预案要求做好… / 其他成员单位按要求进驻: by what
                     # it acts
                     r"|按"
                     # 县林技中心在接到紧急灾情报告后,30分钟内赶赴现场 / …办公室接到报告后,要立即… / …办公室接到森林火灾
                     # 事故后应采取…: the office acts
                     r"|(?:在|接到)[^，。；,;]{1,20}?(?:时|后)(?:[，,]|(?=要(?!求)|应当|应(?![急用变对])|须|必须|立即))))")
# 武汉市安全生产监督管理局(以下简称市安监局)负责…: the short name a document gives a unit, between the name and its act
_ALIAS = r"(?:[（(]以下(?:简)?称[\u4e00-\u9fff“”\"]{1,12}[)）])?"
SUBJECT = re.compile(CLAUSE_OPEN + rf"(?P<unit>{LEVELS_NAME.pattern}|{_OFFICE_NAME}(?:[、和及]{_OFFICE_NAME})*)"
                     + _ALIAS + _SUBJECT_ACTS)
# a cheap necessary condition for SUBJECT, per clause start (SUBJECT is slow and most clause starts hold no office):
# its unit ends in the last character of a LEVELS_NAME or _OFFICE_NAME ending, followed by _SUBJECT_ACTS, and nothing
# in a match before that character is one of HARD_STOPS (CLAUSE_OPEN, _LEAD_IN and _NAME_CHAR hold none of them)
RHYTHM = re.compile(_RHYTHM)
_OFFICE_END = "[局办委会心所站队科处室位组班厅部间关指]"
SUBJECT_TAIL = re.compile(_OFFICE_END + _ALIAS + _SUBJECT_ACTS)
HARD_STOPS = re.compile(r"[。；;！!？?：:]")
# 1、镇安监站在五一前对各村…进行检查 / 县应急局对重点企业开展…: an office that opens a task's line acts on what follows
# (only at the line's start: an account's …,市应急局对全市…企业进行排查评估 tells what was done)
_ACTS_ON = r"(?=(?:在[^，。；,;]{1,12}?(?:前|期间|之前))?对[^，。；,;]{1,30}?(?:进行|开展|实施))"
OPENS_TASK = re.compile(rf"\s*(?P<unit>{_OFFICE_NAME})" + _ACTS_ON)
OPENS_TASK_TAIL = re.compile(_OFFICE_END + _ACTS_ON)        # (a cheap necessary condition for it anywhere in a text)
# outside a law an office that takes on a duty or sets up a body leads it: 安委办担负综合协调责任 / 区应急委增设…指挥机构;
# so does one that gives its work to a person or a body it engages (社区居委会委托社区安全生产负责人负责…: the work stays its own)
# a company's departments in its 制度 (no law's): 安全环保部负责督促…, 人力资源部负责… (not 干部, 全部, 内部, 部署, 部位)
SECTION = rf"{_NAME_CHAR}{{2,8}}?(?<![干内外局东西南北中总本各大细])(?<!(?<!安)全)部"
SUBJECT_SECTION = re.compile(CLAUSE_OPEN + rf"(?P<unit>{SECTION})(?![门署分长队位])" + _SUBJECT_ACTS)
SUBJECT_TAKES = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_OFFICE_NAME})(?=担负|承担|增设|委托(?=[^，。；,;]{{1,20}}?负责))")
# …and one whose duty a condition opens: 公安机关作出准予许可决定的,应当将…向社会公告 (outside a law)
SUBJECT_IF = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_OFFICE_NAME})(?=[^，。；,;]{{2,16}}?的[，,]\s*(?:应当|要|须|必须))")
# 接下来,西渚镇将持续发力… / 状元桥社区将在6月底完成… / 下一步,吕陵镇将继续加大…: a place announcing what it will do
# leads it (README convention 2, 将继续 as much as 将); an account's own 街道/社区 unnamed too (下步工作中,街道将继续…), and a
# town's plan's own 镇/乡 (镇将组织各个生产单位…, heldback hb-s704-y)
# (下一步,该镇将继续…: the town the account named, as written - heldback hb-n155-y, hb-n174-y; not 我们, a pronoun)
THAT_PLACE = ("该镇", "该乡", "该街道", "该社区", "该村")
_PLACE_WILLS = r"(?=将(?![其之]))"
# (a template's place with its name left out, X镇将以此次活动为契机…, heldback hb-s903-y: as written)
TEMPLATE_PLACE = re.compile(r"[XＸ×x*＊]{1,3}(?:镇|乡|街道|社区|村)")
PLACE_WILL = re.compile(CLAUSE_OPEN + r"(?P<unit>街道|社区|镇|乡|该(?:镇|乡|街道|社区|村)|" + TEMPLATE_PLACE.pattern
                        + r"|(?![全我本该各]|下一步|接下来)[\u4e00-\u9fff]{1,8}?(?:街道|社区|镇|乡|村))" + _PLACE_WILLS)
# (a cheap necessary condition for PLACE_WILL anywhere in a text: each unit it names ends in one of these)
PLACE_WILL_TAIL = re.compile(r"(?:街道|社区|镇|乡|村)" + _PLACE_WILLS)
# 城关镇要… / 街道及其有关部门要…: a place named as the subject of a clause (its 及其有关部门 names none; 乡镇, 城镇,
# 农村 are no place's name); a list of places (昆鹏街道、灵昆街道及其有关部门,应当…) is read by rules/subject_list.py
_PLACE = (r"(?![全我本该各此]|下一步|接下来|要求|请|督促|责成|组织|安排|通知|指导|协调|联合|会同)"
          r"(?:(?!各)[\u4e00-\u9fff]){2,8}?(?:街道|镇|乡|社区|村)")
# (an upper document's bare 街道(社区)和物业管理单位要…: the streets it directs, the enterprises with them none)
PLACE_MUST = re.compile(CLAUSE_OPEN + rf"(?P<unit>(?:街道|社区)(?:[（(](?:社区|街道|村|居)[)）])?|{_PLACE})"
                        r"(?:及其?(?:有关|相关)部门|[和及与][\u4e00-\u9fff]{2,6}?(?:单位|企业))?[，,]?\s*"
                        r"(?=(?:也|都|均)?(?:要(?!求)|应当|须|必须|负责(?!人|同志|的)))")
PLACE_VERB = re.compile(r"(?:街道|镇|乡|社区|村)(?:[（(][^（）()]{1,4}[)）])?(?:及其?(?:有关|相关)部门|[和及与][\u4e00-\u9fff]{2,6}?"
                        r"(?:单位|企业))?[，,]?\s*(?:也|都|均)?(?:要(?!求)|应当|须|必须|负责)")      # (a quick test first)
NOT_A_PLACE = re.compile(r"(?:农村|行政村|自然村|城中村|贫困村|示范村|小镇|重点镇|中心镇|集镇|乡镇|城镇|村镇|城乡)$")
# outside a law and an account, an office or a place whose act a date opens: a plan's step (街道于12月11日立即组织…,
# 镇安监站于5月底前完成…; a year only before a deadline's 前: 于2023年3月出台… in a plan's review tells work done)
# (社区每季召开…会议一次, 镇自即日起…: a rhythm or a start from now without 于, as an office's, _SUBJECT_ACTS)
_ON_A_DATE = (r"(?=于(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月[^，。；,;]{0,8}?前"
              rf"|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月|本月|每[日周月季年])|每[日天周月季年](?!度?的)|{_FROM_NOW})")
SUBJECT_DATED = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_OFFICE_NAME}|街道|社区|{_PLACE})" + _ON_A_DATE)
PLACE_DATED = re.compile(r"(?:街道|社区|镇|乡|村)" + _ON_A_DATE)      # (a quick test for a place's, in text OFFICE rules out)
# what a 领导小组 named as a subject does in a plan or a 制度: 要…, 将…, 每月召开… (a law's …领导小组负责… is none)
GROUP_ACTS = re.compile(r"(?:要(?!求)|将|每[周月季年])")
# what tasks a body in a law: 要/将 (its 应当, 负责, 按职责, 牵头建立 are standing duties, heldback README convention 1)
_TASKED = r"(?:也|都|均)?(?:要(?!求)|将)"
# (only with 要/将, _TASKED: a law's …管理部门应当 / 负责 / 牵头建立 charges no unit)
# (交通管理部门和客运单位要…: the enterprises of a trade joined to it are enterprises in general, heldback convention 2)
_DEPT_TASKED = (r"(?=(?:[和及与](?:[\u4e00-\u9fff]{2,6}?(?:单位|企业)|(?P<partner>(?:所在|属地)?[\u4e00-\u9fff]{0,4}?(?:县区|区县|乡镇|街道|县|区)(?:政府)?)))?"
                + _TASKED + ")")
SUBJECT_DEPT = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_NAME_CHAR}{{2,12}}?部门)" + _DEPT_TASKED)
# outside a law, a department that 负责… leads too: a company 制度's 第五条 安全管理部门负责组织、协调… (heldback convention 1:
# a 制度 is no law, its named departments follow convention 2)
_DEPT_CHARGED = (r"(?=(?:作为[^，。；,;：:]{2,30}[，,]\s*)?"                          # (安全生产管理部门作为…单位,负责…)
                 r"(?:[和及与](?:[\u4e00-\u9fff]{2,6}?(?:单位|企业)|(?P<partner>(?:所在|属地)?[\u4e00-\u9fff]{0,4}?(?:县区|区县|乡镇|街道|县|区)(?:政府)?)))?(?:也|都|均)?"
                 r"(?:要(?!求)|将|负责(?!人|同志|的)|依法(?=查处|处理|处罚|打击|取缔|实施|开展|监管|查封)))")
SUBJECT_DEPT_CHARGED = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_NAME_CHAR}{{2,12}}?部门)" + _DEPT_CHARGED)
# (a cheap necessary condition for each anywhere in a text: the unit it names ends in 部门)
DEPT_TASKED_TAIL = re.compile("部门" + _DEPT_TASKED)
DEPT_CHARGED_TAIL = re.compile("部门" + _DEPT_CHARGED)
BY_IN_A_NAME = re.compile(r"(?<!自)由")        # (not 自由贸易区…部门's)
GENERIC_MEMBERS = re.compile(r"^(?:有关|相关)?成员单位$")
# 其他县防指成员单位按…, 其他成员单位按要求进驻: the others of the body a 预案's step names, a group as written (not the
# pronoun 其, 其所属…)
OTHERS = ("其他", "其它")
GENERIC_DEPT = re.compile(r"^(?:有关|相关|主管|职能|监管|行业|其他|其它|上级|涉及|所在|业务|责任|牵头|配合|同级|各级|政府)+部门$"
                          r"|^(?:有关|相关|其他|其它|上级|同级)")
# 公安、应急、住建…市场监管等主管部门要… / 安监、公安…农委等大检查牵头部门,要… / 公安、应急、消防等部门之间要…: a list
# closed by 等…部门 names departments though the names are short
_LISTED_NAME = r"(?:(?!等)[\u4e00-\u9fff（）()]){2,12}"
DEPT_LIST = re.compile(CLAUSE_OPEN + rf"(?P<units>{_LISTED_NAME}(?:、\s?{_LISTED_NAME})+?)"
                       r"(?:等[\u4e00-\u9fff]{0,6}?部门(?:之间)?[，,]?(?P<closed>)|(?P<bare>))"
                       r"(?=(?:也|都|均)?(?:要(?!求)|应当|须|必须|负责(?!人|同志)|(?<=部门)按(?:照)?(?:各自)?的?职责"
                       r"|将(?![其之])))")           # (市公安、安监、工商等部门将组织督查: what they announce they will do)
# in a law only a list that 要/将 is tasked, as SUBJECT_DEPT reads a department there
STATUTE_TASK = re.compile(_TASKED)
# the short names a list without 等…部门 may hold (武装、公安、武警、消防部门要… / 公安、市场监管、综合执法要…)
SHORT_DEPARTMENTS = frozenset(("公安", "应急", "消防", "住建", "交通", "交运", "交警", "市场监管", "综合执法", "城管", "安监",
                               "质监", "工商", "商务", "农委", "农业农村", "卫健", "卫生", "民政", "财政", "自然资源", "国土",
                               "生态环境", "环保", "水利", "水务", "林业", "气象", "武装", "武警", "司法", "发改", "经信", "工信",
                               "人社", "税务", "供电", "海事", "广电", "文旅", "教育", "交通运输", "公安交警", "应急管理",
                               "城管执法", "消防救援", "市场监督管理", "住房城乡建设", "城市管理", "文化旅游"))
# a list of duties, one unit a line: 财政局:负责安排…资金 / 公安局:实施…封锁 (the unit before the colon leads its
# line; one whose duty is to help supports); a body defined by its members first (社区防汛防旱小组:由社区居民委员会、物业
# 公司…组成,负责…), or a line that says whose duties follow (领导小组主要职责:部署…)
DUTY_LINE = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[、.．]\s*)?(?P<unit>[\u4e00-\u9fff（）()]{2,15}?)"
                       r"(?:的?(?:主要)?职责(?:是|为)?\s*[：:](?P<owns>)|\s*[：:]\s*(?:由[^，。；,;：:\n]{2,40}?组成[，,]\s*)?"
                       r"(?P<duty>负责|承担|实施|加强|做好|组织|协调|指导|督促|牵头|配合|协助|参与|提供|落实|开展|制定|建立|完善|监督"
                       r"|依法|及时))")
# …and a body's name on a line of its own over its duties (an item 2、安全保卫组 / 职 责:负责现场警戒…, heldback hb-s608-y)
TITLED_DUTIES = re.compile(r"\s*(?P<units>[^\n：:，,。；;]{2,24})\s*\n\s*(?:主要)?(?:工作)?职\s*责(?:如下)?\s*[：:]")
# a duty list's item that opens with the bodies' names closed by 。: 首都综治办、市委督查室、市监察局。负责组织… /
# 各区县政府和地区管委会。落实属地责任,… (the names then read as a heading's, heading_units)
DUTY_HEAD = re.compile(r"(?:^|\n)\s*(?P<units>[^，,。；;：:\n]{2,30}?)。\s*"
                       r"(?P<duty>负责|落实|承担|牵头|配合|协助|参与|组织|统筹|指导|督促|做好|加强|开展|制定|建立|完善|监督|依法"
                       r"|协调)")
DUTY_NOT_A_UNIT = re.compile(r"^(?:责任|牵头|配合|主办|承办|协办|参与|成员|组长|协同|主责|实施|组织)")
# a plan's 县(市)人民政府要… / 县级人民政府提供… / 县 (市)、乡(镇)两级人民政府要… (one lead, as written). (A law's
# 县级以上人民政府应当… is not read: the held-back gold names no unit for a law's articles.)
_GOV_NAME = rf"(?:[区县市镇乡]|{_NAME_CHAR}{{2,14}}?)(?:人民政府|政府)"          # (镇政府应该成立…)
_TWO_LEVELS = rf"{_NAME_CHAR}{{1,6}}、{_NAME_CHAR}{{1,6}}(?:两级|三级|各级)(?:人民政府|政府)"    # (市、县(区)各级政府要…)
# (乡政府成立防溺水工作专班并制定工作方案: its own setting-up assigns nothing, unless the sentence gives it work as well -
# README, 成立 as a task)
SUBJECT_GOV = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_TWO_LEVELS}|{_GOV_NAME})(?=要(?!求)|提供|应该|(?:研究)?决定"
                         r"|成立[^，。；,;了]{2,30}?并)")
# outside a law a government that 负责… leads it too (镇政府负责镇域内9条干渠…的隐患排查; a law's 县级以上人民政府负责… is a
# standing duty, heldback convention 1)
SUBJECT_GOV_CHARGED = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_TWO_LEVELS}|{_GOV_NAME})(?=负责(?!人|同志|的))")
# outside a law the governments of two levels also act 按照…原则 (示范区、杨陵区两级政府按照“分级负责、属地管理”的原则,…)
SUBJECT_GOVS = re.compile(CLAUSE_OPEN + rf"(?P<unit>{_TWO_LEVELS})(?=按照)")
# (镇政府应该成立…; 县政府研究决定,从…开展…)
# 安委会下设办公室,负责日常安全管理事务 / 组委会办公室设在镇安监所,具体负责组织… / 镇政府应该成立安全生产工作领导小组,
# 负责统筹协调…: the office or group set up leads its work; so does a group named after who heads it (成立以镇长为组长,
# …为成员的“安全生产宣传月”活动领导小组,负责…; 由…组成的工作组,负责…)
SET_UP = re.compile(r"(?:(?:下设|成立|(?P<formed>组成))(?P<set>(?:(?![的了为以由])[\u4e00-\u9fff]){0,12}?(?:办公室|办|专班|工作组|领导小组|工作小组"
                    r"|指挥部|组))"                   # (…组织有关人员组成通信保障组,具体负责火场应急通信)
                    r"|(?P<office>[\u4e00-\u9fff]{0,12}?(?:办公室|办))"
                    r"设在[^，,。；;]{2,15}"
                    r"|(?:为成员|组成)的(?P<headed>(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{2,12}”){2,20}?(?:领导小组|领导组|工作组|小组"
                    r"|指挥部|专班)))"
                    r"[，,]\s*(?:作为[^，,。；;]{1,12}[，,]\s*)?(?:具体)?负责(?!人|同志)")
# what a unit's name does not hold: a verb opening it (健全区安委会组织框架) or one inside (领导小组统筹协调办事处)
# (after a comma, a function word opens what follows: 并提请市安委…, 应当听取工会…, 并在所提供的…)
NOT_A_NAME = re.compile(r"^(?:健全|建立|完善|加强|强化|推进|推动|落实|成立|设立|组建|组织(?![部机])|整合|探索|深化|严格|全面|督促|指导|并|应当|在|"
                        r"对|向|与|和|及|将|把|被|经(?:研究|批准|同意|[县市区镇乡省])|从|于|以|为|按|依|由|同时|且|或|即|但|如|若|配合|协助|协同|会同|协调|参与|支持"
                        r"|联合(?!执法|检查|督查))"                  # (…,联合枣园派出所定期开展…: whom a lead works with)
                        r"|统筹|提请|听取|报请"
                        r"|分级|分部门|分行业"       # (统一指挥,分级分部门负责: a principle of a 预案, no body)
                        r"|(?<=[\u4e00-\u9fff])对(?!口|外)"     # (车间消防工作对保卫科负责: to whom it answers, no name)
                        r"|是"               # (这次…会议是县政府决定召开的: what a sentence says the unit is, no name)
                        r"|了")              # (进一步健全完善了安委会: a verb's aspect, in no unit's name)
# …委员会应当协助人民政府…: the subject helps, it does not lead
ASSIGNS = re.compile(r"^(?:安排|部署|责成)(?P<each>各[\u4e00-\u9fff（）()]{1,10})$")
SHARES = re.compile(r"按(?:照)?(?:各自)?职责(?:分工)?负责")
DOES = re.compile(r"(?:具体|统一)?(?:负责(?!人|同志|的)|牵头)")
HELPS = re.compile(r"(?:相关工作人员|工作人员)?(?:也|都|均)?(?:要|应当|应|须|必须)?(?:积极|主动)?(?:协助|配合|协同|参与)")
SIGNED_DATE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[二〇○零一三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月"
                         r"[一二三四五六七八九十]{1,3}日)$")
# a line that opens a clause is no unit name: 为加强…工作组 / 对…
CLAUSE_OPENING = re.compile(r"^(?:为|对|在|按|根据|结合|通过|以|把|将|经(?:研究|批准|同意|审议)|按照|围绕|针对)")
# a person or a post, not a unit: 各社区支部书记, 各村居(社区)主要负责同志, 镇长, 安全员
# a unit's leaders named after it (…、市公安消防支队主要领导, a 责任分解's 责任单位及责任人 line): the unit is meant
UNIT_LEADERS = re.compile(r"的?(?:主要领导|主要负责人|主要负责同志|分管领导)$")
PERSON_END = ("主任", "书记", "负责同志", "负责人", "同志", "领导", "干部", "人员", "员", "长")
# 各单位负责安全生产工作的领导为成员 / 各科室负责人任组员: the leaders of the units, named as a group's members, are persons
MEMBERS = re.compile(r"(?:也|都|均)?负责[^，。；,;]{0,20}?的(?:主要|分管)?(?:领导|负责人|负责同志|同志|人员|干部)(?:为|任|担任)")
# a post, the place of whoever holds it (a 制度's 各部门、各岗位明确责任分工: the departments lead, the posts are persons')
POSTS = ("岗位",)
# the bare words a 各… list goes on with, as written (各相关单位、部门、村…; a bare 企业 is enterprises in general)
LISTED_WORDS = ("部门", "单位", "村", "社区", "乡镇", "有关部门", "相关部门", "有关单位", "相关单位",   # (各镇街、有关部门要…)
                "团体", "政府")                                     # (各机关、团体、企事业单位要…; 各级党委、政府)
# …和有关部门 after a 各 name joins one more of the list (各乡(镇、街道)和有关部门要…; 各级党委和政府: the 各 is the
# government's too, as GENERIC's bare 政府 is not); 各有关部门和单位 stays one
JOINED_LISTED = ("有关部门", "相关部门", "有关单位", "相关单位", "政府")
# enterprises of a trade (客运单位, 物业管理单位, 有关生产单位, 沿街单位): enterprises in general, no unit (README
# convention 2); a 各 name and a public body's 单位 (成员单位, 企事业单位, 执法单位, 新闻单位) are units
TRADE_UNIT = re.compile("".join(f"(?<!{w})" for w in BODY_UNIT_WORDS) + r"单位$|企业$")
BODY_UNIT = re.compile("(?:" + "|".join(BODY_UNIT_WORDS) + ")单位$")
ENTERPRISES = ("企业", "相关企业", "有关企业", "生产经营单位", "企业单位")
# (企业, 生产经营单位: enterprises in general, no unit; 各企业 is one, heldback README convention 2)
GENERIC = {"单位", "部门", "牵头部门", "主管部门", "有关部门", "相关部门", "责任单位", "有关单位", "相关单位", "行业部门",
           "企业", "相关企业", "有关企业", "生产经营单位", "乡镇",
           "政府", "人民政府"}        # (成立村镇防洪指挥部,由政府组织负责: a government of no place names no body)
# every branch a plain word (（|\( rather than [（(]): the engine then skips ahead by the first characters
QUICK = re.compile(r"单位|部门|领导|主体|牵头|负责|组织|配合|协助|协办|参与|协同|会同|（|\(|〔|各")
OFFICE = re.compile(r"局|办|委|中心|所|站|队|科|处|室|厅|政府|车间|班组|部(?![门署分位])|机关|防指")    # (before SUBJECT, in text QUICK rules out)
SUPPORT_WORDS = ("配合", "协助", "协办", "参与", "协同")
DUTY_WORDS = re.compile(r"(?:牵头|负责|配合|协助|协办|参与|协同|按职责分工|按职责|依职责|分工|落实|共同|督促|指导|具体|各司其职|各负其责)+$")
# a column whose name says it holds units' names (责任单位, 牵头部门, 配合处室), not duties (责任清单 may hold either)
NAMED_UNIT_COLUMN = re.compile(r"单位|部门|处室|科室|机构")
# 各乡镇各部门, 各地各部门: two 各 lists written together (tests/corpus/heldback hb-n86-x, hb-u74-y); 各级各部门,
# 各类各… are one (各级, 各类 name no unit)
EACH_EACH = re.compile(r"^(各(?:地|乡镇|镇|乡|村|街道|社区|县|区|市|单位|部门|镇街|县区|市县)(?:[（(][^（）()]{1,8}[)）])?)"
                       r"(各[^各、]{1,6})$")                 # (各县(市、区)各部门要…: the first with its bracket)
EMPTY_CELL = re.compile(r"^[-—–/\s无]+$")   # an empty table cell: —, -, /, 无, or a Markdown rule row


def looks_like_unit(name: str) -> bool:
    name = re.sub(r"[（(][^（）()]*[)）]$", "", name)
    return len(name) >= 2 and name.endswith(UNIT_END)


def _pieces(text: str) -> list[str]:
    """The pieces between separators; a one-character piece between spaces is glued to its neighbours (农 办,
    市 应急管理局: a name spaced out to align a column), as no unit has a one-character name; so is a bare 单位/部门
    after a line break, the end of a name broken as a PDF's lines are (各部门及企业\n单位要…)."""
    out: list[str] = []
    for part in re.split(r"[、，,；;/]", text):
        pieces = re.split(r"(\s+)", part.strip())
        glued: list[str] = []
        for k in range(0, len(pieces), 2):
            w = pieces[k]
            if not w:
                continue
            broken = k and "\n" in pieces[k - 1] and w in ("单位", "部门")
            if glued and (len(w) == 1 or len(glued[-1]) == 1 or broken):
                glued[-1] += w
            else:
                glued.append(w)
        out += glued
    return out


def _shared_nouns(pieces: list[str]) -> list[str]:
    """The pieces with kinds of ownership that share the next piece's noun joined to it as written (各改制、私营企业)."""
    out: list[str] = []
    for piece in pieces:
        if out and re.sub("^各", "", out[-1].split("、")[-1]) in OWNERSHIP_WORDS:
            out[-1] += "、" + piece
        else:
            out.append(piece)
    return out


def split_units(text: str) -> list[str]:
    """Unit names as written: 区应急管理局、区住房和城乡建设局及各镇 → three names. After a 各… a bare 部门/单位 is
    one of the list, kept as written (各村(居)、部门 → 各村(居), 部门); alone it names nobody."""
    out: list[str] = []
    listed: set[str] = set()
    for chunk in _shared_nouns(_pieces(_mask_brackets(text))):
        chunk = _unmask(chunk).strip().strip("等").strip()
        chunk = DUTY_WORDS.sub("", chunk).strip()
        chunk = re.sub(r"等[^、，,（()）]{0,15}?(?:部门|单位)$", "", chunk)     # …区绩效办等区安委会有关成员单位
        chunk = re.sub(r"[（(](?:详见|见|具体见)[^（）()]*[)）]$", "", chunk)     # …成员单位(详见任务分工)
        leaders = UNIT_LEADERS.search(chunk)            # 市公安消防支队主要领导 (责任单位及责任人:…): the unit's leaders
        if leaders and looks_like_unit(chunk[:leaders.start()]):
            chunk = chunk[:leaders.start()]
        if not chunk:
            continue
        if out and out[0].startswith("各") and chunk in LISTED_WORDS:
            listed.add(chunk)
        two = EACH_EACH.match(chunk)
        pieces = [two.group(1), two.group(2)] if two else _split_joined(chunk)
        if len(pieces) == 1 and chunk.startswith("各"):
            left, joiner, right = chunk.rpartition("和")
            if joiner and right in JOINED_LISTED and looks_like_unit(left):
                pieces = [left, right]
                listed.add(right)
        # (…及相关部门 joined to a unit is one of its list, as written: 各镇、街道及相关部门, 镇乡、街道及有关部门)
        listed.update(p for p in pieces[1:] if p in JOINED_LISTED)
        out += pieces
    # (由乡党委书记符静开同志带队: a person leads the team, no unit)
    return [u for u in dict.fromkeys(out) if (len(u) >= 2 and u not in GENERIC or u in listed)
            and not u.endswith(PERSON_END) and not u.endswith(POSTS) and "同志" not in u and not _column_name(u)]


COLUMN_NAME_START = re.compile(r"(?:督查组|检查组)?(?:牵头|责任|主责|主办|承办|配合|协同|协助|协办|参与)")


def _column_name(name: str) -> bool:
    """牵头单位, 配合部门, 责任科室: a task table's column name (a flattened table's header line), no unit's; 各责任单位
    names the units holding a task."""
    return column_role(name) in ("lead", "support") and bool(COLUMN_NAME_START.match(name))


def heading_units(title: str) -> list[str]:
    """一、各级政府 / (二)县应急管理局: a heading that is nothing but units' names, over the duties listed below it
    (a city's 各级政府及有关部门消防工作职责, a plan's 分工 by body); [] for any other heading (工作目标, 组织领导…)."""
    title = title.strip().rstrip("。.：:")
    # (一)区应急委职责及组成 over 1.职责 over (1)…; 指挥部工作职责 over 1.负责…
    title = re.sub(r"的?(?:主要)?(?:工作)?职责(?:及组成|和组成|分工|任务|如下)?$", "", title)
    # a company's 各部门安全生产责任制 names whose duties follow, as 职责 does
    title = re.sub(r"(?:安全生产|消防安全|安全|消防)?责任制$", "", title)
    if not 2 <= len(title) <= 24 or re.search(r"[，,；;。]", title):
        return []
    units = split_units(title)
    if units and "".join(units) == re.sub(r"[、和及与\s]", "", title) \
            and all((looks_like_unit(u) or u.startswith("各")) and not NOT_A_NAME.search(u)
                    and not CLAUSE_OPENING.match(u) for u in units):
        return units
    return []


# 指挥部工作职责: / 办公室的主要职责: — a line of its own, closing an item's text, that names the body whose numbered duties
# follow it (a 预案's 组织机构与职责: each duty is led by the body its line names, heldback hb-s608-y)
DUTIES_OWNER = re.compile(r"(?P<owner>[^：:，,。；;]{2,30}?职\s*责(?:如下)?)\s*[：:]")


def duties_owner(text: str) -> list[str]:
    """The units whose duties the items after `text` list, named by its last line (…\n指挥部工作职责:); [] when that
    line names none."""
    line = text.rstrip().rpartition("\n")[2].strip()
    m = DUTIES_OWNER.fullmatch(to_simplified(line)) if "职" in line or "職" in line else None
    if not m:
        return []
    owner = line[:m.end("owner")]
    return as_written(heading_units(re.sub(r"\s", "", to_simplified(owner))), to_simplified(owner), owner)


def list_names(listed: str) -> list[str]:
    """The names of a list as written, before any is judged a unit's: split on its separators (not inside brackets:
    各村(社区)、…) and on 和/及/与 where both sides are units (住房和城乡建设局 stays whole)."""
    return [name for part in _shared_nouns(_pieces(_mask_brackets(listed))) for name in _split_joined(part)]


def _split_joined(chunk: str) -> list[str]:
    """A和B / A及B split only where both sides are units."""
    for joiner in ("及", "和", "与"):
        if joiner in chunk:
            i = chunk.index(joiner)
            left, right = chunk[:i], chunk[i + 1:]
            if looks_like_unit(left) and right.endswith(PERSON_END):
                return _split_joined(left)          # 各村(居)委会及网格员: the persons are no unit
            if looks_like_unit(left) and right in ENTERPRISES:
                return _split_joined(left)          # 各有关部门及生产经营单位: enterprises in general are no unit
            if looks_like_unit(left) and right in JOINED_LISTED:
                return _split_joined(left) + [right]    # 广汉市工业集中发展区及相关部门 (kept after a 各 list, as written)
            # (有关部门和单位 is one group: a bare 单位/部门 after the joiner is no unit of its own; so is a 各 name
            # joined by 和 to a bare kind, 各有关部门和街道, whose 各 is the kind's too: one group, as written)
            if left.startswith("各") and joiner == "和" and right in (*LISTED_WORDS, "街道"):
                return [chunk]
            if looks_like_unit(left) and (looks_like_unit(right) or right.startswith("各")) and right not in GENERIC:
                return _split_joined(left) + _split_joined(right)
    return [chunk]


_MASK = str.maketrans({"、": "\x01", "，": "\x02", ",": "\x03"})
_UNMASK = str.maketrans({"\x01": "、", "\x02": "，", "\x03": ","})


# 各县、市、区政府: three levels, one character each, that a 各 name runs through without brackets (各县(市、区)政府)
LEVELS_RUN = re.compile(r"各[省市县区乡镇](?:、[省市县区乡镇]){2,}")


def _mask_brackets(text: str) -> str:
    """Separators inside brackets (各村(社区)、…, 各县〔市、区〕政府) or a 各 name's run of levels (各县、市、区政府) do not
    split a name."""
    text = LEVELS_RUN.sub(lambda m: m.group(0).translate(_MASK), text) if "、" in text else text
    return re.sub(r"[（(〔][^（）()〔〕]*[)）〕]", lambda m: m.group(0).translate(_MASK), text)


def _unmask(text: str) -> str:
    return text.translate(_UNMASK)


def _add(resp: Responsible, units: list[str], support: bool) -> None:
    target = resp.support if support else resp.lead
    for u in units:
        if u not in resp.lead and u not in resp.support:
            target.append(u)


def _bracket(inner: str, resp: Responsible) -> bool:
    """(区应急管理局牵头，各镇配合) / (镇安委办牵头,镇安委会各成员单位依职责负责) / (区应急管理局、区消防救援大队).
    A note after the charge, past a semicolon, is none of its units (…各有关部门分工负责;以下各项工作均需各县区具体落实,
    不再注明): the charge is read alone."""
    if _bracket_units(inner, resp):
        return True
    charge = CHARGE_THEN_NOTE.match(inner)
    return charge is not None and _bracket_units(charge.group("charge"), resp)


def _bracket_units(inner: str, resp: Responsible) -> bool:
    parsed, kept = [], []
    for seg in (s for s in re.split(r"[，,；;]", _mask_brackets(inner)) if s.strip()):
        seg = _unmask(seg).strip()
        support = any(w in seg for w in SUPPORT_WORDS)
        units = split_units(seg)
        if not units or not all(looks_like_unit(u) or u.startswith("各") for u in units):
            if TIME_LIMIT.search(seg):
                continue                       # (县应急局、县公安局,2024年12月底前): its time limit
            return False
        parsed.append((units, support))
        kept.append(seg)
    segments = kept
    if not parsed:
        return False
    led = any("牵头" in _unmask(seg) for seg in segments)
    for (units, support), seg in zip(parsed, segments, strict=True):
        _add(resp, units, support or (led and "牵头" not in _unmask(seg)))
    return True


# a task's bracket that says who is charged with it: (交通运输部门负责), (区应急管理局牵头,各镇配合)
# a bracket after a sentence's stop that closes its paragraph: a news item's byline, (区应急局) as (记者 张三)
BYLINE_END = re.compile(r"[ \t\u3000]*(?:\n|$)")
CHARGED_BRACKET = re.compile(r"[（(][^（）()]{2,120}(?:牵头|负责)[)）]|〔[^〔〕]{2,120}(?:牵头|负责)〕")
# the charge a bracket opens with, a note after it past a semicolon: (…分工负责;以下各项工作均需…具体落实)
CHARGE_THEN_NOTE = re.compile(r"(?P<charge>[^；;]{2,}?(?:负责|牵头|配合|协助))[；;]")
# (县应急局、县公安局,2024年12月底前): the time limit beside the units in a task's bracket is no unit
TIME_LIMIT = re.compile(r"\d|长期|持续|常态|年底|月底|年内|即日|时限|完成")


def _balanced(units: str) -> str:
    """A label inside a bracket, (责任单位:区安委办牵头) or 〔责任单位:县应急局〕, runs to the bracket's end, not past it."""
    depth = 0
    for i, ch in enumerate(units):
        depth += ch in "（(〔"
        depth -= ch in "）)〕"
        if depth < 0:
            return units[:i]
    return units


def _lead_then_support(units: str, resp: Responsible) -> None:
    """责任单位:区安委办牵头,区工委组织部、各成员单位分工负责 — the unit that 牵头 leads, the others support
    (依职责负责, 分工负责, 协同, 配合 alike)."""
    for seg in re.split(r"[，,；;]", _mask_brackets(units)):
        seg = _unmask(seg).strip()
        if seg:
            _add(resp, split_units(seg), "牵头" not in seg)


def _supporters_after(text: str, at: int, resp: Responsible) -> None:
    """由甲牵头，乙、丙配合 / 甲牵头,乙按职责分工负责: the clause after the lead names the supporting units."""
    m = SUPPORTERS.match(text, at) or FORMED.match(text, at)
    if m:
        units = split_units(m.group("units"))
        # 公安、消防、市场监管等部门参与: the list is of departments though the names are short
        if units and (m.group("named") or all(looks_like_unit(u) or u.startswith("各") for u in units)):
            _add(resp, units, True)


def table_units(cells: dict[str, str]) -> Responsible:
    """The lead and support units a table row names in the columns that say who leads or supports (牵头单位, 责任部门,
    主责单位, 责任清单, 配合单位, 协同部门 …: `column_role`); rule extraction and the checker read task tables alike.
    A column named a 清单 or 主体 may hold duties rather than names: only names that read as units count there."""
    resp = Responsible()
    for column, value in cells.items():
        role = column_role(column)
        if role not in ("lead", "support"):
            continue
        units = [u for u in split_units(value or "") if not EMPTY_CELL.match(u)]
        if not NAMED_UNIT_COLUMN.search(column) and not names_units(value or ""):
            units = [u for u in units if looks_like_unit(u) or u.startswith("各")]
        _add(resp, units, role == "support")
    return resp


# an item's 牵头单位: and 责任单位: lines both: those of the 责任单位 line work under the lead (heldback README convention 2,
# as a 分工方案's notice defines them: 责任单位…在牵头单位协调下,分工负责)
LEAD_LINE = re.compile(r"\s*牵头(?:单位|部门)\s*[：:]")
UNDER_LEAD_LINE = re.compile(r"\s*责任(?:单位|部门)\s*[：:]")


def works_under_a_lead(lines: list[str], line: str) -> bool:
    """Whether `line`, one of an item's 责任单位:/牵头单位: lines, names those who work under the lead another names."""
    return UNDER_LEAD_LINE.match(line) is not None and any(LEAD_LINE.match(other) for other in lines)


def parse_responsible(text: str, cells: bool = True, *, statute: bool, account: bool = False) -> Responsible:
    """The lead and support units named in `text` (an item, a 责任单位: line, a table cell). `cells=False` reads
    no line as a table's cell (a covering notice's header lines name its issuer, not who is to act). A text in
    Traditional characters is read folded to Simplified; its names are given as written. `statute` is to be said:
    True for a law's text, False (a plan, a notice, a draft, a company's 制度 — no law) also reads a department that
    负责… as its clause's lead (a default of True had the checker read drafts as laws). `account=True`
    (news, a report) reads a list of units before the verb of an act (各村、各部门开展…) as work done, no task."""
    simple = to_simplified(text) if text else text
    if simple == text:
        return _parse(text, cells, statute=statute, account=account)
    r = _parse(simple, cells, statute=statute, account=account)
    return Responsible(as_written(r.lead, simple, text), as_written(r.support, simple, text))


# 公共安全隐患的治理主体是隐患所在乡镇人民政府和负有安全监管职责的县直有关部门或行业主管部门: the bodies a duty is
# given to by its name (治理主体, 责任主体), outside a law (heldback README conventions 1 and 2)
MAIN_BODIES = re.compile(r"(?:治理|责任|监管|工作)主体(?:是|为)(?P<units>[^，。；,;]{2,60}?)(?=[，。；,;]|$)")


def _main_bodies(text: str, resp: Responsible) -> None:
    """The units a duty's 主体 is said to be, each named one or the other (或) or together; none when one of them is
    no unit's name, an enterprise in general (重大隐患的治理主体是隐患所在生产经营单位) or a person."""
    for m in MAIN_BODIES.finditer(text):
        names = [n for part in m.group("units").split("或") for n in list_names(part)]
        if names and all(looks_like_unit(n) and not TRADE_UNIT.search(n) and n not in GENERIC
                         and not n.endswith(PERSON_END) for n in names):
            _add(resp, names, False)


def _parse(text: str, cells: bool, partners: bool = True, *, statute: bool, account: bool = False) -> Responsible:
    resp = Responsible()
    if not text:
        return resp
    if not QUICK.search(text):
        if "：" in text or ":" in text:
            _duty_lines(text, resp)             # 公安局:实施森林火灾区封锁…
            if resp.lead or resp.support:
                return resp
        if "。" in text:
            _duty_head(text, resp)              # 市监察局、市政府督查室。督查…
            if resp.lead or resp.support:
                return resp
        if not statute and ASKS.search(text):
            _requested_named(text, resp)        # 要求社区在9月底前完成…
        if not statute and "由" in text:
            _named_by(text, resp)               # 由县安委办报告县人民政府
        if OFFICE.search(text) or "将" in text or (not statute and PLACE_VERB.search(text)) \
                or (not statute and not account and PLACE_DATED.search(text)) \
                or ("、" in text and LISTED_SUBJECTS.search(text)):
            _subject(text, resp, statute, account)
        if not resp.lead and "—" in text:
            _dashed(text, resp)
        return resp
    if "：" in text or ":" in text or "】" in text or "]" in text:     # (a label ends in a colon or a bracket)
        for m in LABEL.finditer(text):
            units = _balanced(m.group("units")).rstrip(" ，,、")
            label = m.group("label") or m.group("bl")
            if label in SHORT_LABELS and m.group("label") and m.start() and re.match(r"[\u4e00-\u9fff]", text[m.start() - 1]):
                continue                       # (…要牵头:… in running text: no label)
            if label in PERSON_LABELS or (label in SITE_LABELS and SITE_FOOTER.search(text, m.end(), m.end() + 160)):
                continue                       # (主办单位:XX人民政府办公室 above the ICP line: the site's owner)
            if label not in SUPPORT_LABELS and "牵头" in units and re.search(r"[，,；;]", units):
                _lead_then_support(units, resp)
            else:
                _add(resp, split_units(units), label in SUPPORT_LABELS)
    if not resp.lead and not resp.support and "单位。" in text:
        _label_before_stop(text, resp)
    if not resp.lead and not resp.support and ("：" in text or ":" in text):
        _duty_lines(text, resp)
    if not resp.lead and not resp.support and "。" in text:
        _duty_head(text, resp)
    if resp.lead or resp.support:
        _set_up(text, resp, statute)
        return resp
    if cells and "\n" in text:            # a flattened table's 责任单位 cell, unless the item's own sentences name
        in_cells = Responsible()           # their subjects (五、…各区县政府…要…, a table attached below it)
        _cell_lines(text, in_cells)
        if in_cells.lead and not _running_subjects(text, statute):
            _add(resp, in_cells.lead, False)
    if resp.lead:
        return resp
    stripped = text.strip()
    for m in BRACKET.finditer(stripped):
        before = stripped[m.start() - 1] if m.start() else "。"
        inner = m.group("inner") or m.group("square")
        if account and before in "。！!" and BYLINE_END.match(stripped, m.end()):
            continue                   # …要坚决遏制重特大事故的发生。(区应急局): an account's byline names who wrote it
        # 各镇(开发区) is part of a name; a task's bracket follows its sentence or names a duty
        if before in "。；;，,：:！!？? \n" or re.search(r"牵头|负责|配合|协助|责任", inner):
            _bracket(inner, resp)
    if resp.lead and CHARGED_BRACKET.search(stripped):
        return resp                 # (…县级交通运输部门要对…派驻管理。(交通运输部门负责): the item names its unit, heldback
                                    # README convention 2; a subject of its sentences is no more of it)
    if "—" in text or "--" in text or "－" in text:
        _dashed(text, resp)
    for m in LED_BY.finditer(text):
        if statute and m.group(0).endswith(("联合", "共同")):
            continue                       # (a law's 由施工总承包单位、分包单位…共同进行验收: a standing duty, no unit)
        if WORK_DONE.match(text, m.end()):
            continue                       # (由…带队的31个检查组赴各地区对…进行了“回头看”: work done)
        # 由县应急局会同县公安局负责…: the one it acts with supports it; 由各县区、各有关部门…结合各自实际自行组织: the
        # names end where how they act begins
        led, _, joined = LED_HOW.split(m.group("units"), maxsplit=1)[0].partition("会同")
        if not statute:                    # 由各级政府(管委会)安委会统一组织: the adverb is no part of the name (a law's
            led = LED_ADVERB.sub("", led)  # 由…部门统一负责, a standing duty, is left unread as it was)
        units, helpers = split_units(led), split_units(joined)
        if units and all(looks_like_unit(u) or u.startswith("各") for u in units + helpers):
            _add(resp, units, False)
            _add(resp, helpers, True)
            _supporters_after(text, m.end(), resp)
    if not statute and "由" in text:
        _named_by(text, resp)
    if not resp.lead and "牵头" in text:
        for m in LEADS.finditer(text):       # 区应急管理局牵头，区住建局、区城管局配合
            # (…副区长沈华棣要求“请区安委办牵头: the unit after the request)
            units = split_units(re.split(r"请|要求|责成|“|\"", m.group("units"))[-1])
            if units and all(looks_like_unit(u) for u in units):
                _add(resp, units, False)
                _supporters_after(text, m.end(), resp)
    if not resp.lead and "等" in text:
        for m in LISTED.finditer(text):
            units = split_units(m.group("units"))
            if len(units) > 1 and all(looks_like_unit(u) for u in units):
                _add(resp, units, False)
    if not statute and "主体" in text:
        _main_bodies(text, resp)
    # running text: every clause whose subject is 各… or a named office (各乡镇、各部门要…；县住建局要…), with the
    # lead a bracket or 牵头 named (an item's lead is all of them, heldback README convention 2)
    if "各" in text:                           # (EACH starts with ^ or a stop: it is tried everywhere)
        from safeplan.rules.subject_list import demanded
        found = [*EACH.finditer(text), *REQUESTED.finditer(text), *EACH_ACTS.finditer(text)]
        found += [m for m in REQUESTED_LIST.finditer(text) if not any(f.start("units") == m.start("units") for f in found)]
        if "、各" in text:                     # (not inside a list read already: 全市各地、各有关部门…)
            found += [g for g in GLUED_LIST.finditer(text)
                      if not any(m.start("units") <= g.start() < m.end("units") for m in found)]
        for m in found:
            if m.group("units").rstrip().endswith(PERSON_END):
                continue                 # 各地区、各部门、单位主要负责人要…: the list qualifies persons
            if m.re is EACH_ACTS and DONE.match(text, m.end()):
                continue                 # 各镇开展了…: work done
            if m.re is EACH_ACTS and account and not demanded(text, m.start("units")):
                continue                 # (an account's 连日来,全市各镇街、各部门迅速行动…: work done, as subject_list reads it)
            if MEMBERS.match(text, m.end("units")):
                continue                 # 各单位负责安全生产工作的领导为成员: the list qualifies persons, a group's members
            if (m.re not in (EACH, GLUED_LIST) or (m.re is EACH and EACH_ACTED.search(m.group(0)))) \
                    and in_review(text, m.start("units")):
                continue                 # (“十三五”时期,全县各级各部门认真贯彻…; 去年…会议还要求各单位结合…: a review)
            if statute and m.re is EACH and m.group("on"):
                continue
            units = split_units(m.group("units"))
            if units and all(each_unit(u) and not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u)
                             for u in units):      # (在全区各镇…: 在 opens the clause, no name)
                helps = "牵头" in text and bool(HELPS_THE_LEAD.search(text, m.end(), _sentence_end(text, m.end())))
                _add(resp, _list_before(text, m.start("units")) + _duty_named(text, m.start("units"), units), helps)
    if not statute and ASKS.search(text):
        _requested_named(text, resp)
    if not statute and "于" in text:
        _own_paper(text, resp)                 # 各分中心、办事处值班表请于…前报送
    _subject(text, resp, statute, account)
    _set_up(text, resp, statute)
    if partners and resp.lead and ("会同" in text or "联合" in text):
        for m in WITH_LIST.finditer(text):
            units = split_units(m.group("units"))
            if units and all(not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u) for u in units) \
                    and _partners_in_a_task(text, m.start(), statute):
                _add(resp, units, True)
    if partners and resp.lead and not statute and "会同" in text:      # (a law's …会同有关部门…: a standing duty)
        for m in WITH_UNITS.finditer(text):
            units = split_units(m.group("units")) or [u for u in [m.group("units")] if u in ("街道", "社区", "乡镇", "镇街")]
            if units and all(not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u) for u in units) \
                    and _partners_in_a_task(text, m.start(), statute):
                _add(resp, units, True)
    if partners and resp.lead and ("组织" in text or "联合" in text):
        for m in ORGANISED.finditer(text):
            # (组织相关部门对…进行督查: those organised, named in general, support as written)
            units = split_units(m.group("units")) or [u for u in [m.group("units")] if u in JOINED_LISTED]
            if units and all(looks_like_unit(u) and not TRADE_UNIT.search(u) for u in units) \
                    and _partners_in_a_task(text, m.start(), statute):
                _add(resp, units, True)        # (组织沿街单位开展除雪: enterprises in general, no unit)
    return resp


# a paragraph that opens with a time gone by (“十三五”时期,…, 过去五年,…, 去年2月底,…) looks back: a plan's review of what was
# done, where a list acting without a modal (…各板块、部门和单位认真落实…) and a request (并要求各部门…) report (not 今年以来,
# 近年来: a notice's paragraph opened so goes on to what it asks now; not “十四五”时期, a current plan's own period - the
# 十一五 to 十三五 periods ended in 2020)
REVIEW = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
                    r"(?:“?十[一二三]五”?(?:时期|期间)|过去(?:[一二三四五六七八九十]|几)?年|去年|上一?年)")


# a 各 list that EACH reads acting without a modal: the verb of its act (各行业安委员会结合…, 各部门协力做好…)
EACH_ACTED = re.compile(r"(?:在做好|结合|协力|做好|做到|进一步)$")


def in_review(text: str, at: int) -> bool:
    """Whether the paragraph holding `at` opens with a time gone by (REVIEW)."""
    return REVIEW.match(text, text.rfind("\n", 0, at) + 1) is not None


# 各乡镇、街道,各有关行业部门要… / 请各村(社区),镇安委会成员单位加强…: a 各 list whose comma joins it to the subject
# that acts (after 会议要求 / 强调 / 请 …)
# (金海工业园区、攸攸板镇、各街道办事处,各有关单位都要…: a list of named units that goes on with a 各 name, joined so to
# the 各 subject; not 抓紧建立农村、社区消防工作站,各地要…, a task before its subject)
LIST_BEFORE = re.compile(r"(?:^|(?<=要求|强调|指出|责成)[，,]?|(?<=请))\s*"
                         r"(?P<units>各[^，。；,;：:]{1,30}|[^，。；,;：:各]{2,20}、[^，。；,;：:]{0,30}各[^，。；,;：:]{1,30})[，,]\s*$")


def _list_before(text: str, at: int) -> list[str]:
    """The units of a 各 list that opens the sentence and runs on by a comma to the clause at `at`."""
    m = LIST_BEFORE.search(sentence_before(text, at))
    if not m:
        return []
    units = split_units(m.group("units"))
    good = units and all(each_unit(u) and not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u) for u in units)
    return units if good else []


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends."""
    return min((k for k in (text.find(stop, at) for stop in "。；;！!？?\n") if k >= 0), default=len(text))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return max(text.rfind(stop, 0, at) for stop in "。；;！!？?\n") + 1


def sentence_before(text: str, at: int) -> str:
    """The text of the sentence holding `at`, up to `at`."""
    return text[max(text.rfind(stop, 0, at) for stop in "。；;！!？?\n") + 1:at]


def _partners_in_a_task(text: str, at: int, statute: bool) -> bool:
    """Whether those a lead acts with (联合…/会同…/组织… at `at`) are named in a task: their sentence names its own
    lead (…要…积极会同, 镇应急办牵头,组织…, 镇派出所联合…) or has no subject and goes on with the one before (…。联合交通
    部门检查…; 针对电动自行车,联合…). 街道高度重视,…,联合消防大队…等部门,共同开展… names no lead: no support."""
    start = max(text.rfind(stop, 0, at) for stop in "。；;！!？?\n") + 1
    before = text[start:at].strip()
    if not before or CLAUSE_OPENING.match(before):
        return True
    ends = [k for k in (text.find(stop, at) for stop in "。；;！!？?\n") if k >= 0]
    return bool(_parse(text[start:min(ends, default=len(text))], False, partners=False, statute=statute).lead)


LED_ADVERB = re.compile(r"(?:统一|具体|全面)$")
LED_HOW = re.compile(r"结合|按照|根据|依据|依照|自行")


def _dashed(text: str, resp: Responsible) -> None:
    """…推进企业标准化建设——县应急局: the units after a dash that closes a task's line."""
    for m in DASHED.finditer(text):
        units = split_units(m.group("units"))
        if units and all(looks_like_unit(u) or u.startswith("各") for u in units):
            _add(resp, units, False)


def _set_up(text: str, resp: Responsible, statute: bool = True) -> None:
    if "负责" in text and ("下设" in text or "设在" in text or "成立" in text or "组成" in text):
        for m in SET_UP.finditer(text):
            if statute and (m.group("formed") or m.group("headed")):
                continue                 # (a law's …等部门组成征兵办公室,负责…: a standing body, convention 1)
            _add(resp, [m.group("set") or m.group("office") or m.group("headed")], False)


def each_unit(name: str) -> bool:
    """各乡镇, 各村(居), 各检查督导组, 各地: a unit's name; 各自建立…, 各镇(开发区)配强配齐… run on into what they do."""
    name = name[name.find("各"):] if "各" in name[:6] else name          # 全区各级, 安委会各单位
    return looks_like_unit(name) or name in LISTED_WORDS or (name.startswith("各") and len(name) <= 3 and name != "各自") \
        or (name.startswith("各") and name.endswith(EACH_ONLY_ENDS))         # (各经营主体要…)


def _running_subjects(text: str, statute: bool) -> bool:
    """Whether a sentence of `text` opens with a subject that acts (各…要…, 县应急局负责…): read as running text."""
    for m in EACH.finditer(text) if "各" in text else ():
        if statute and m.group("on"):
            continue
        units = split_units(m.group("units"))
        if units and all(each_unit(u) and not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u) for u in units):
            return True
    probe = Responsible()
    _subject(text, probe, statute)
    return bool(probe.lead)


def _cell_lines(text: str, resp: Responsible) -> None:
    """A flattened table: the 责任单位 cell on its own line (开展…专项整治\n县应急局、县公安局\n2024年底前)."""
    lines = text.split("\n")
    for k in range(1, len(lines)):
        line = re.sub(r"\s+", "", lines[k].strip().strip("|｜").strip())
        if k + 1 < len(lines) and SIGNED_DATE.match(lines[k + 1].strip()):
            continue                           # a signature (the issuer above its date), not a cell
        if 2 <= len(line) <= 60 and not re.search(r"[。；;:：]", line) and not CLAUSE_OPENING.match(line):
            units = split_units(line)
            if units and all(looks_like_unit(u) or each_unit(u) for u in units):
                _add(resp, units, False)       # (not a task's line opened by its 各 subject: 各单位排查作业活动)


def _department_list(text: str, start: int, resp: Responsible, statute: bool = True) -> None:
    """公安、应急…市场监管等主管部门要… (closed by 等…部门: the names are departments'); 武装、公安、武警、消防部门要…
    (without it: every name a department's short name or a unit's)."""
    m = DEPT_LIST.match(text, start)
    if not m or (statute and not STATUTE_TASK.match(text, m.end())):
        return          # (a law's 发展改革、规划…等部门,应当按照各自的职责…: a standing duty, heldback README convention 1)
    units = split_units(m.group("units"))
    if len(units) < 2:
        return
    if m.group("closed") is not None:
        good = all(len(u) <= 12 and not NOT_A_NAME.search(u) and not CLAUSE_OPENING.match(u) for u in units)
    else:
        # (one short department's name at least: 武装、公安、武警、消防部门要…; a list of units' names alone, 村组、社区要…,
        # is read by rules/subject_list.py)
        good = all(_short_department(u) or looks_like_unit(u) for u in units) \
            and any(_short_department(u) for u in units)
    if good:
        _add(resp, units, False)


def _short_department(name: str) -> bool:
    """公安, 市场监管: a department's short name; 县水利, 市公安: one with its level before it."""
    return name in SHORT_DEPARTMENTS or (name[:1] in "省市县区镇乡" and name[1:] in SHORT_DEPARTMENTS)


def _duty_lines(text: str, resp: Responsible) -> None:
    """财政局:负责安排…资金 / 交通局:负责提供运输车辆…,配合县农林局… / 领导小组主要职责:部署… — a list of duties,
    the unit first; 安全保卫组\n职 责:负责现场警戒… — a body's name over the line of its duties."""
    titled = TITLED_DUTIES.match(text) if "职" in text else None
    if titled:
        _add(resp, heading_units(titled.group("units")), False)
    for m in DUTY_LINE.finditer(text):
        unit = m.group("unit")
        if looks_like_unit(unit) and unit not in GENERIC and not DUTY_NOT_A_UNIT.match(unit) \
                and not CLAUSE_OPENING.match(unit) and not unit.endswith(PERSON_END):
            _add(resp, [unit], m.group("duty") in ("配合", "协助", "参与"))


def _duty_head(text: str, resp: Responsible) -> None:
    """首都综治办、市委督查室、市监察局、市政府督查室。负责组织… — a duty list's item, the bodies named first."""
    for m in DUTY_HEAD.finditer(text):
        units = heading_units(m.group("units"))
        if units and not any("的" in u for u in units):      # (明确问题整改的责任单位。督促…: a task, no name)
            _add(resp, units, m.group("duty") in ("配合", "协助", "参与"))


def _name_after(words: str, cuts: str) -> str:
    """A unit's name read after the last of `cuts` (a description, 接到申请的…委员会, or the words before the name, 公司安全
    大检查由安委会…), unless that is the 的 of the duty the name is given by (负有安全监管职责的县直有关部门, 承担…职责的部门:
    the departments named by their duty, as written - heldback README convention 2)."""
    cut = max((m.end() for m in re.finditer(cuts, words)), default=0)
    duty = DUTY_NAMED.search(words)
    return words[duty.start():] if duty and duty.end() == cut else words[cut:]


def _duty_named(text: str, start: int, units: list[str]) -> list[str]:
    """The one 各 name at `start` with the duty it is named by before it, as written (负有安全生产监管职责的各行业主管部门,
    负有…职责的乡直各单位 - README convention 2), else `units`."""
    duty = DUTY_BEFORE.search(text, max(0, start - 24), start) if len(units) == 1 and "的" in text[start - 1:start] else None
    return [duty.group(0) + units[0]] if duty else units


def _named_by(text: str, resp: Responsible) -> None:
    """由县安委办报告县人民政府 / 由相关职能部门依法处理 — the units after 由 lead what they do (outside a law)."""
    read = {m.start() for m in LED_BY.finditer(text)}        # (由…联合开展, 由…牵头: read by LED_BY)
    for m in LEADER_LEADS.finditer(text) if "带队" in text else ():
        if not WORK_DONE.match(text, m.end()):
            _add(resp, split_units(m.group("units")), False)
    for m in NAMED_BY.finditer(text):
        if m.start() in read or WORK_DONE.match(text, m.end()):
            continue                                          # (…由市安监局进行了集中培训: work done)
        units = [u for part in m.group("units").split("或") for u in split_units(_name_after(part, r"的|由"))]
        if units and all(_named_unit(u) for u in units):
            _add(resp, units, False)


def _named_unit(name: str) -> bool:
    """A name after 由 or a demand's verb that is a unit's: no verb or clause opening inside it, no person."""
    return not NOT_A_NAME.search(name) and not CLAUSE_OPENING.match(name) and not name.endswith(PERSON_END)


def _requested_named(text: str, resp: Responsible) -> None:
    """会议要求县住建局、县应急管理局加强… / 要求社区在9月底前完成… — the offices and places a demand names lead (outside
    a law; not in a plan's review of what was asked before)."""
    for m in REQUESTED_NAMED.finditer(text):
        if in_review(text, m.start()):
            continue
        units = split_units(m.group("units")) or [u for u in [m.group("units")] if u in ("街道", "社区", "乡镇", "镇街")]
        if units and all(_named_unit(u) for u in units):
            _add(resp, units, False)


# 各分中心、办事处值班表请于9月29日前报送办公室 / 各市县、各有关部门和单位的…工作方案请于6月20日前报送: the units whose
# paper a notice asks for by a date lead (they are to send it, README convention 2)
OWN_PAPER = re.compile(r"(?:^|(?<=[。；;！!\n]))\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
                       r"(?P<head>[^，。；,;：:\n]{2,40}?)(?:表|报告|方案|情况|名单|总结|计划|材料)(?:请|须|要|务必)于"
                       r"[^，。；,;\n]{1,24}?(?:报送|上报|报|提交|送)")


def _own_paper(text: str, resp: Responsible) -> None:
    """The units a requested paper belongs to: the longest list of units' names that opens its words (the rest, 值班,
    安全生产大检查工作, names the paper)."""
    for m in OWN_PAPER.finditer(text):
        head = m.group("head")
        for k in range(len(head), 1, -1):
            names = list_names(head[:k].removesuffix("的"))
            if "、" not in head[k:] and names and all((looks_like_unit(n) or each_unit(n)) and not NOT_A_NAME.search(n)
                                                      and not CLAUSE_OPENING.match(n) for n in names):
                _add(resp, split_units(head[:k].removesuffix("的")), False)
                break


def _label_before_stop(text: str, resp: Responsible) -> None:
    """主办单位。安监所、宣教办、派出所、工会、共青团、妇联。"""
    for m in LABEL_STOP.finditer(text):
        units = split_units(m.group("units"))
        if units and all(looks_like_unit(u) for u in units):
            _add(resp, units, m.group("label") in SUPPORT_LABELS)


def _after_heading(text: str, start: int, m: re.Match, heading: re.Pattern) -> re.Match:
    """切实做好汛期值班值守县应急局、县水利局要…: an item's heading run on into the offices its clause opens with (as
    subject_list.HEADING reads it) is no part of the first office's name; the offices named after it, when SUBJECT reads
    them to the same predicate, else `m` as matched."""
    head = heading.match(text, start)
    after = SUBJECT.match(text, head.end()) if head else None
    return after if after and after.end() == m.end() else m


def _may_be_subject(text: str, tails: list[int], start: int) -> bool:
    """False when SUBJECT cannot match at start: no SUBJECT_TAIL (its positions: tails) from start before the next of
    HARD_STOPS."""
    i = bisect_left(tails, start)
    return i < len(tails) and HARD_STOPS.search(text, start, tails[i]) is None


def _subject(text: str, resp: Responsible, statute: bool, account: bool = False) -> None:
    """经济和科技发展局相关工作人员计划… / 街道安全办要… / 城市街道办事处、社区居民委员会应当…: named offices as the
    subject of their clause lead, or support when what they do is to help (…应当协助…)."""
    governments = "政府要" in text or "政府提供" in text or "政府应该" in text or "政府研究决定" in text \
        or "政府决定" in text or "政府成立" in text         # (a cheap test first: laws say 政府 often)
    two_levels = not statute and "两级" in text
    gov_charged = not statute and "政府负责" in text
    departments = (DEPT_TASKED_TAIL if statute else DEPT_CHARGED_TAIL).search(text) is not None
    # (a law's list is a task only with 要/将: _department_list)
    lists = "、" in text and (not statute or STATUTE_TASK.search(text) is not None)
    will = PLACE_WILL_TAIL.search(text) is not None
    opens = OPENS_TASK_TAIL.search(text) is not None
    conditional = not statute and ("的," in text or "的，" in text)
    places = not statute and PLACE_VERB.search(text) is not None
    dated = not statute and not account and ("于" in text or PLACE_DATED.search(text) is not None)
    sections = not statute and "部" in text
    if not statute:     # (imported here: the reader reads this module's names; it reads no law, below)
        from safeplan.rules.subject_list import HEADING, HEADING_VERB, reports_work, subject_list_at
    found = []
    tails = [t.start() for t in SUBJECT_TAIL.finditer(text)]
    for start in (0, *(m.end() for m in CLAUSE_STARTS.finditer(text))):
        m = (SUBJECT.match(text, start) if _may_be_subject(text, tails, start) else None) \
            or (SUBJECT_GOV.match(text, start) if governments else None) \
            or (SUBJECT_GOVS.match(text, start) if two_levels else None) \
            or (SUBJECT_GOV_CHARGED.match(text, start) if gov_charged else None) \
            or (SUBJECT_TAKES.match(text, start) if not statute else None) \
            or (SUBJECT_SECTION.match(text, start) if sections else None) \
            or (SUBJECT_IF.match(text, start) if conditional else None) \
            or (PLACE_WILL.match(text, start) if will else None) \
            or (PLACE_MUST.match(text, start) if places else None) \
            or (SUBJECT_DATED.match(text, start) if dated else None) \
            or (OPENS_TASK.match(text, start) if opens and (start == 0 or text[start - 1] == "\n") else None)
        if m and m.re is SUBJECT and not statute and HEADING_VERB.search(text, start, start + 24):
            m = _after_heading(text, start, m, HEADING)
        if m and EVENT_HELD.match(text, m.end()) and DATED.search(sentence_before(text, m.start("unit"))):
            continue
        if m and m.re in (SUBJECT, OPENS_TASK, SUBJECT_SECTION, SUBJECT_DATED) and WORK_DONE.match(text, m.end()):
            continue                     # 县应急局牵头组织编制了《…规划》: an account of work done, no task
        if m and account and m.re in (SUBJECT, SUBJECT_GOV, SUBJECT_SECTION) \
                and reports_work(text, m.start("unit"), m.end()):
            continue                     # 近期,文化路街道办事处深入开展…: an account of work done, no task
        if m and statute and m.re is SUBJECT and RHYTHM.match(text, m.end()):
            continue                     # (a law's …安全生产委员会定期研究…: a standing duty, heldback convention 1)
        if m:
            found.append(m)
        elif departments:
            d = (SUBJECT_DEPT if statute else SUBJECT_DEPT_CHARGED).match(text, start)
            unit = d.group("unit") if d else ""
            if "等" in unit:                # 安监等部门要…: the one department named, its trailing 等部门 dropped
                unit = unit[:unit.index("等")]
                unit = unit if unit in SHORT_DEPARTMENTS or looks_like_unit(unit) else ""
            # (经济主管部门和供电部门要…: two departments joined by 和, each named in full)
            named = [u for u in _split_joined(unit) if u and not GENERIC_DEPT.search(u)] if unit else []
            # (一般隐患由有关部门依法处理: the words before 由 are no name's, the units after it NAMED_BY's)
            if named and "各" not in unit and not NOT_A_NAME.search(unit) and not CLAUSE_OPENING.match(unit) \
                    and not BY_IN_A_NAME.search(unit):
                _add(resp, named, False)
                partner = d.group("partner")            # 林湿部门与所在县区要密切配合: the place it acts with leads too
                if partner and partner not in GENERIC:
                    _add(resp, [partner], False)
        if lists:
            _department_list(text, start, resp, statute)
        if not statute:     # (a law's articles charge bodies with standing duties, heldback README convention 1)
            for units, helps in subject_list_at(text, start, account):
                _add(resp, units, helps)
    for m in found:
        if m.group("unit").endswith("领导小组") and not GROUP_ACTS.match(text, m.end()):
            continue                     # (a regulation's …领导小组负责领导…: a standing duty, no unit)
        helps = bool(HELPS.match(text, m.end()))
        # …牵头,县公安局、县住建局按职责分工负责: with a lead named in the sentence, those who share the work support it
        if not helps and SHARES.match(text, m.end()) and "牵头" in text[_sentence_start(text, m.start()):
                                                                          _sentence_end(text, m.end())]:
            helps = True
        if not helps:
            _add(resp, _list_before(text, m.start("unit")), False)
        named = [m.group("unit")] if m.re in (SUBJECT_GOV, SUBJECT_GOVS, SUBJECT_GOV_CHARGED) or LEVELS_NAME.fullmatch(m.group("unit")) else \
            [u for part in _mask_brackets(m.group("unit")).split("、") for u in _split_joined(_unmask(part))]
        for unit in named:
            # (县 (市)人民政府: no name holds a space; 公司安全大检查由安委会组织: the unit after 由)
            # (接到申请的劳动人事争议仲裁委员会: the name after its description; 会议要求县住建局: after the demand naming it)
            unit = "".join(_name_after(unit, r"的|由|要求|责成").split())
            assigned = ASSIGNS.match(unit)          # …积极部署,安排各科室认真做好…: those assigned act
            if assigned and each_unit(assigned.group("each")):
                _add(resp, [assigned.group("each")], helps)
                continue
            # (安监办, 综治办, 派出所: three characters name an office; 该中心, 本局, 我办 point back to one)
            if m.re in (PLACE_MUST, SUBJECT_DATED) and NOT_A_PLACE.search(unit):
                continue                 # (城镇要…, 农村要…: no place's name)
            if statute and unit.endswith("机关"):
                continue                 # (a law's 公安机关应当…: a standing duty, heldback README convention 1)
            if unit.endswith("成员单位") and ("各" in unit or GENERIC_MEMBERS.match(unit)):
                continue                 # 要求各成员单位要…, 区安委会各成员单位: a 各 list (EACH reads it); 有关成员单位
            if (len(unit) >= 3 or unit in SHOP_FLOOR
                    or (m.re in (PLACE_WILL, PLACE_MUST, SUBJECT_DATED) and unit in ("街道", "社区"))
                    or (m.re is PLACE_WILL and unit in ("镇", "乡"))
                    or (m.re is PLACE_WILL and unit in THAT_PLACE)
                    or (m.re is PLACE_WILL and TEMPLATE_PLACE.fullmatch(unit))) \
                    and (not unit.startswith(("该", "本", "我", "此", "其", "各", "由", "向", "请", "与"))
                         or unit.startswith(OTHERS)
                         or (m.re is PLACE_WILL and unit in THAT_PLACE)) \
                    and not NOT_A_NAME.search(unit) \
                    and not CLAUSE_OPENING.match(unit) and not unit.endswith(PREMISES):
                _add(resp, [unit], helps)
        if not helps and DOES.match(text, m.end()):        # 县应急局负责,各乡镇配合: those who help it support it
            _supporters_after(text, DOES.match(text, m.end()).end(), resp)
