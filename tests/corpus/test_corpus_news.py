"""The three news seeds: web copies with chrome, company ads and injected noise."""

BAOAN = "news/baoan-2021-anweiban-zongjie.txt"
SHENZHEN = "news/shenzhen-2024-345-moshi.txt"
TIANJIN = "news/tianjin-2022-sannian-gongjian.txt"


def test_shenzhen_noise_and_ads_removed(read):
    [doc] = read(SHENZHEN)
    assert not set("◆★■") & set(doc.text)
    assert "共检查25.5万家单位" in doc.text          # raw: 共检查25◆★◆★★★.5万家单位◆◆◆
    for ad in ("齿轮传动件和齿轮箱的专业制造商", "全国服务热线", "无锡市聚英机械制造有限公司", "作者:小编"):
        assert ad not in doc.text and ad in doc.raw_text
    assert doc.meta.title == "广东省深圳市创新探索“345”工作模式 统筹推进安全生产治本攻坚三年行动"
    assert (doc.meta.genre, doc.meta.date) == ("news", "2024-10-15")   # the date of the byline


def test_shenzhen_offsets_survive_noise_removal(read):
    [doc] = read(SHENZHEN)
    at = doc.text.index("25.5万家")
    raw_at = doc.raw_offsets[at]
    assert doc.raw_text[raw_at:raw_at + 2] == "25"
    assert doc.raw_text[doc.raw_offsets[at + 2]] == "."      # the dot after the noise run
    assert doc.raw_text[doc.raw_offsets[at + 3]] == "5"


def test_tianjin_site_chrome_removed(read):
    [doc] = read(TIANJIN)
    for chrome in ("扫描到手机查看", "联系我们", "400-071-1996", "扫码下载APP", "扫码注册鑫安云", "实现智慧安全管理",
                   "作者: 安环家"):
        assert chrome not in doc.text, chrome
    assert doc.text.rstrip().endswith("文章内容来源于天津市应急管理局")
    assert doc.meta.title == "抓住关键齐发力,筑牢防线保安全——三年行动集中攻坚年,天津这样走过"
    assert (doc.meta.genre, doc.meta.date) == ("news", "2022-02-24")


def test_baoan_chrome_and_inline_items(read, item):
    [doc] = read(BAOAN)
    assert "责任编辑" not in doc.text and "更多+" not in doc.text
    assert doc.meta.title == "区安委办总结经验做法 谋划2021年安全生产工作"
    assert (doc.meta.genre, doc.meta.level) == ("news", "district")
    # no numbered heading: the sections are headed by lines of their own (a kicker over its heading, bold on the
    # page): 压实责任 / 着力推动安全管理体制建设 (lines 5, 7) … 全面增强民众安全意识 / 加强宣传 (lines 65, 67)
    sections = [(it.id, it.line, it.title) for it in doc.items[1:]]
    assert sections == [("1", 5, "压实责任"), ("2", 15, "加强引导"), ("3", 23, "整治“顽疾”"), ("4", 31, "柔性执法"),
                        ("5", 39, "“智慧”建设"), ("6", 49, "强化基层"), ("7", 57, "多措并举"),
                        ("8", 65, "全面增强民众安全意识")]
    assert item(doc, "1").text.startswith("压实责任\n\n着力推动安全管理体制建设\n\n宝安区深入学习贯彻")
    # line 29: 一是…六是 in section 3; line 71: 一是…四是 in section 8
    inline = [(c.id, c.number, c.line) for s in ("3", "8") for c in item(doc, s).children]
    assert inline == [("3.1", "一是", 29), ("3.2", "二是", 29), ("3.3", "三是", 29), ("3.4", "四是", 29),
                      ("3.5", "五是", 29), ("3.6", "六是", 29), ("8.1", "一是", 71), ("8.2", "二是", 71),
                      ("8.3", "三是", 71), ("8.4", "四是", 71)]
    assert item(doc, "3.2").text.startswith("强化交通综合整治,每周开展两次")
    assert item(doc, "3.6").text == "深入开展特种设备、燃气、地质灾害等重点行业领域专项整治,全面防范各类安全生产事故。"
