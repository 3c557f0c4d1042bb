"""Metadata of web copies of shapes first met in the x101+ dev texts of tests/corpus/heldback (spam copies in
Traditional characters glossed with pinyin, a porn keyword line above the page, 文号 and bylines in Traditional
characters, a site's login box and editor line). Heads built from those texts, names and numbers changed."""

from safeplan.corpus import read_text
from safeplan.corpus.clean import clean_text


def meta(text):
    [doc] = read_text(text, "page.txt")
    return doc.meta


GLOSSED = ("xxxx777,xxxx77777|xxxxbbbb欧美熟妇_xxxxhd欧美性\n\n"
           "您當(dāng)前所在位置: 首頁>鄉(xiāng)鎮(zhèn)信息公開目錄>青石鎮(zhèn)>政策規(guī)劃\n\n"
           "青府發(fā)〔2021〕7號\n\n青石鎮(zhèn)人民政府\n\n"
           "關(guān)于印發(fā)《青石鎮(zhèn)防汛“安全度汛行動(dòng)”\n\n實(shí)施方案》的通知\n\n各村委會,鎮(zhèn)屬各單位:\n\n"
           "現(xiàn)將方案印發(fā)給你們,請認(rèn)真貫徹執(zhí)行。\n\n青石鎮(zhèn)人民政府\n\n2021年5月6日\n\n"
           "青石鎮(zhèn)防汛“安全度汛行動(dòng)”實(shí)施方案\n\n一、工作目標(biāo)\n\n確保全鎮(zhèn)安全度汛。\n")


def test_a_spam_copys_pinyin_glosses_are_read_past():
    cleaned, _ = clean_text(GLOSSED)
    assert "(zhèn)" not in cleaned and "(dòng)" not in cleaned and "青石鎮人民政府" in cleaned
    assert "(2021年" not in cleaned          # (a bracket that holds no pinyin stays)
    m = meta(GLOSSED)
    assert (m.title, m.issuer, m.date) == ("青石鎮防汛“安全度汛行動”實施方案", "青石鎮人民政府", "2021-05-06")


def test_a_doc_number_in_traditional_characters_is_given_as_written():
    assert meta(GLOSSED).doc_number == "青府發〔2021〕7號"


def test_a_porn_keyword_line_above_the_page_is_no_title_and_a_traditional_byline_dates_the_news():
    m = meta("国产精品视频一区国模私拍,99精品偷自拍,亚洲永久精品\n\n某縣人民政府網站歡迎您!\n\n工作情況\n\n"
             "石門鎮召開2022年森林草原防滅火工作大會\n\n"
             "發布時間:2022-01-13 來源:某縣石門鎮人民政府 選擇閱讀字號:[ ] 閱讀次數:\n\n"
             "石門鎮召開2022年森林草原防滅火工作大會\n\n"
             "  2022年1月7日,石門鎮組織全鎮職工召開森林草原防滅火工作大會。\n\n"
             "  會議要求:一是各村(社區)要高度重視森林草原防滅火工作。二是強化宣傳。\n")
    assert (m.title, m.date, m.genre) == ("石門鎮召開2022年森林草原防滅火工作大會", "2022-01-13", "news")


def test_an_editors_line_and_a_sites_copy_button_are_no_title():
    m = meta("4月3日上午,东岭街道召开安全生产工作部署会议,各科室负责人出席会议。\n"
             "会议强调要压实企业主体责任,加大宣传力度。\n责编:东岭街道\n")
    assert m.title is None
    m = meta("正文复制\n\n消防安全责任制度\n一、社区消防工作应落实消防安全责任制原则,社区居委会主任负总责。\n"
             "二、社区居委会每年应和居民签定居民防火公约。\n")
    assert m.title == "消防安全责任制度"


def test_a_login_box_above_a_laws_info_table_is_no_title():
    m = meta("兩周內(nèi)自動(dòng)登錄\n忘記密碼?\n一鍵登錄:\n還不是安全教育網(wǎng)的會(huì)員?立即注冊(cè)\n"
             "【發(fā)布單位】某省人大常委會(huì)\n【發(fā)布文號(hào)】某省人民代表大會(huì)常務(wù)委員會(huì)公告第9號(hào)\n"
             "【發(fā)布日期】2016年11月18日\n【生效日期】2017年1月1日\n【所屬類別】某省人大常委會(huì)\n\n"
             "某省安全生產(chǎn)條例\n\n(2016年11月18日某省人民代表大會(huì)常務(wù)委員會(huì)第三十一次會(huì)議修訂)\n\n"
             "第一章 總 則\n\n第一條為了加強(qiáng)安全生產(chǎn)工作,制定本條例。\n\n第二條本條例適用于本省。\n\n"
             "第三條安全生產工作應當以人為本。\n")
    assert (m.title, m.issuer, m.doc_number) == ("某省安全生產條例", "某省人大常委會", "某省人民代表大會常務委員會公告第9號")
