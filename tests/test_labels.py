"""Labels, entities, periods and kinds, read on the reference report (a real township report)."""

import re

import pytest

from pipeline.extract import extract_report
from pipeline.model import Report


@pytest.fixture(scope="module")
def figures(tongxihe_text):
    report = Report("tongxihe-2025h1", "", tongxihe_text, town="统溪河镇", period="2025H1")
    return extract_report(report).figures


def figure_in(figures, text, context, surface):
    at = text.index(context) + context.index(surface)
    return next(f for f in figures if f.start == at)


# (context in the report, surface, words the label must contain)
LABELS = [
    ("全镇累计开展集中学习36次", "36次", ["集中学习"]),          # verb + object before
    ("参与学习的党员干部达480人次", "480人次", ["党员干部"]),    # subject before 达
    ("今年共接收入党积极分子11名", "11名", ["入党积极分子"]),     # 共 and 今年 stripped
    ("消除风险24户71人", "71人", ["消除风险"]),                  # second half of a compound
    ("将全镇划分为41个片区、119个网格", "119个", ["网格"]),       # object after a measure word
    ("整改4处畜禽养殖场排污设施", "4处", ["整改", "排污设施"]),   # verb before, object after
    ("等民政补助共计191万元", "191万元", ["民政补助"]),           # list cut at 等
    ("开展“敲门行动”2000余次", "2000余次", ["敲门行动"]),         # quotes removed
    ("对1家加油站开展常态化检查12次", "1家", ["加油站"]),
    ("对1家加油站开展常态化检查12次", "12次", ["检查"]),
    ("劝阻交通违法行为300余起", "300余起", ["交通违法行为"]),     # 行为 keeps its 为
]


@pytest.mark.parametrize(("context", "surface", "words"), LABELS)
def test_label(figures, tongxihe_text, context, surface, words):
    label = figure_in(figures, tongxihe_text, context, surface).indicator
    assert all(w in label for w in words), label


# (context, surface, entity)
ENTITIES = [
    ("龙岩村投入12万元", "12万元", "龙岩村"),
    ("引入烘干设备2套", "2套", "龙岩村"),  # carried through the sentence
    ("千亩杨梅种植基地新建6间冷库", "6间", "千亩杨梅种植基地"),
    ("1支市队驻龙岩村", "1支", "龙岩村"),  # 驻X村 after the figure
    ("全镇累计开展集中学习36次", "36次", None),
    ("现有驻村工作队员工共12人", "12人", None),
]


@pytest.mark.parametrize(("context", "surface", "entity"), ENTITIES)
def test_entity(figures, tongxihe_text, context, surface, entity):
    assert figure_in(figures, tongxihe_text, context, surface).entity == entity


# (sentence, report period, surface, entity): real sentences cite their report (tests/gold/real)
MIANHU_2015 = ("切实加强项目建设,进一步优化投资环境。概算投资10亿元的揭西(国际)电线电缆总部中心项目地下工程已动工,已完成了基础"
               "打桩工作;投资约1000万元的第二自来水厂供水管网改造一期工程现已完成;")
ENTITIES_IN_SENTENCES = [
    # a clause opening with 全省 is the whole province's, whatever body the sentence named before (广东省2022年政府工作报告;
    # cells gold provA of session 15)
    ("中国电子集团总部迁驻深圳，累计2万家规模以上工业企业实现数字化转型，全省规模以上工业增加值增长9%。", "2021", "9%", None),
    # 瓜沥镇 2019 (zhejiang3): a figure opening its clause measures the name right after it
    ("电子商务产业园进一步完善,3.6平方公里浙江临港工业园不断提质做强,42.7亩航民百泰黄金饰品时尚产业园加快建设,"
     "280亩浙江瓜沥杭派服饰产业园、83亩中新数字创新产业园进展顺利。", "2019", "83亩", "中新数字创新产业园"),
    ("电子商务产业园进一步完善,3.6平方公里浙江临港工业园不断提质做强。", "2019", "3.6平方公里", "浙江临港工业园"),
    ("新流转土地,120亩石门茶叶基地完成改造。", "2025", "120亩", "石门茶叶基地"),
    # …not a count of what it names, a threshold or a described kind (河南省2022年政府工作报告), nor the object
    # of a verb (江苏省2023年政府工作报告)
    ("新建成,3个产业园投入使用。", "2025", "3个", None),
    ("实施359个总投资2471亿元的重大水利项目。", "2021", "2471亿元", None),
    ("新开工,50亿元以上制造业项目56个。", "2022", "50亿元以上", None),
    ("实施1.5万公里农村公路安防工程、改造600座危桥。", "2022", "1.5万公里", None),
    # 益农镇 2021年政府工作报告 (zhejiang3): a branch bank; a date after a name is no count of it
    ("农商银行益农支行2020年12月底各项存款余额达42.3亿元,比年初增加4.9亿元,增长13.1%。", "2020", "4.9亿元",
     "农商银行益农支行"),
    # 西江镇 2021 (township4): 全镇 right before the figure: the whole town's, not the base named before
    ("西江镇华江富硒蔬菜基地成为我县唯一入选的富硒产业示范基地,依托全镇1800亩大棚,打造四季果蔬采摘田园综合体。",
     "2021", "1800亩", None),
    ("龙岩村新建冷库2座,带动全村120户增收。", "2025", "120户", None),
    # 东石镇 2022 (/work/gold-fresh/set6): names listed as examples before a count are what it counts, several
    # places: no entity for it or the clauses after
    ("集成电路工业园、安东园绿色高端面料整理微工业园、华懋电镀集控区、金瓯工业区、老旧工业区改造等5个园区标准化项目加快建设,"
     "有效盘活3000余亩闲置土地,摸排挖掘闲置厂房11.2万平方米。", "2022", "3000余亩", None),
    ("龙岩村、石门村等3个村投入资金50万元。", "2025", "50万元", None),
    ("龙岩村投入资金50万元。", "2025", "50万元", "龙岩村"),
    # 未央宫街道 2022 (fresh set11): 共 and a count after names listed with 、 make the figures their sum
    ("为重点项目建设提供坚强保障,枣园村城改安置楼、枣园小学、未央宫遗址提升、汉都新苑商业综合体、汉都新苑保障房建设共5个"
     "在建项目总投资完成12.7亿元。", "2022", "12.7亿元", None),
    ("龙岩村、石门村共3个村投入资金50万元。", "2025", "50万元", None),
    ("龙岩村共投入资金50万元。", "2025", "50万元", "龙岩村"),
    # 沙湾街 2023 (fresh set14): the examples may be followed by the words of what is counted (注册资本…企业)
    ("引入广州新车有限公司、广东鸿盛电力科技有限公司、中安卫星科技(广州)有限公司等注册资本2000万元以上企业41家。", "2023",
     "41家", None),
    # 沙湾街 2023 (fresh set14), 1956年国务院政府工作报告, 贵州 2023: a common word of the dictionary (工业园区,
    # 小学校, 水利工程) is a kind of place, no name; a rare one stays (一汽集团)
    ("推进营商环境5.0改革,在工业园区、人流密集地布点“5G+VR政务晓屋”6台,实现政务服务就近办、智慧办。", "2023", "6台",
     None),
    ("小学校在校学生达到５，３１０万人，比１９５４年增加４％；", "1955", "５，３１０万人", None),
    ("实施一批水网连通工程，水利工程设计供水能力达到145亿立方米。", "2022", "145亿立方米", None),
    ("一汽集团完成产值120亿元。", "2022", "120亿元", "一汽集团"),
    # 汤池镇 2019 (fresh set13): a count right after a kind of place (村8个) counts several places, and 其他村 are every
    # other place: the village named before is neither's
    ("2019年,窑墩村年集体经济收入达50万元以上,达10万元以上村8个,其他村均达5万元以上。", "2019", "8个", None),
    ("2019年,窑墩村年集体经济收入达50万元以上,达10万元以上村8个,其他村均达5万元以上。", "2019", "5万元以上", None),
    ("2019年,窑墩村年集体经济收入达50万元以上,达10万元以上村8个,其他村均达5万元以上。", "2019", "50万元以上", "窑墩村"),
    ("龙岩村新建冷库2座,带动周边村3个。", "2025", "2座", "龙岩村"),
    # 固安县 2024 (fresh set10): a county's numbered middle school (一中) is a name; 统一 is no part of one
    ("固安一中本科上线率和强基上线率同比提升7.12%和13.86%。", "2024", "13.86%", "固安一中"),
    ("统一中考报名人数达1200人。", "2024", "1200人", None),
    # 高埗镇 2024 (tests/gold/real/towns1): 成功促 before 项目 are words, no part of a name
    ("构建招商格局,成功促项目落地12 宗。", "2024", "12 宗", None),
    # 西山街道 2023 (/work/gold-fresh/set6): a village's 股份经济合作社 (股经社)
    ("朱家垴股经社盘活闲置土地约80亩,投资2000多万元创建产业园。", "2023", "2000多万元", "朱家垴股经社"),
    # 平湖镇 2022 (/work/gold-fresh/set6, a PDF copy): 二是 on a wrapped line opens another item; the villages of the
    # item before are not its
    ("一是粮食安全得到保障,建设唐宦村、富达村粮食产能\n区连片水稻高优示范点 896 亩,有效保障粮食安全\n"
     "二是食用菌产业高速发展,2022 年度,平湖镇食用菌年产\n量达 2.33 万吨,产值达 6.62 亿元。", "2022", "2.33 万吨", None),
    # 南区街道 2022 (/work/gold-fresh/set7), 陕西 2021: a name of a level or of a kind (省市级, 老旧) is a class of
    # places, no place
    ("培育高新技术企业64家、国家科技型中小企业73家、省市级工程研究中心28家。", "2022", "28家", None),
    ("完成悦来花园(含南苑新村)老旧小区改造,建成5个街心公园,下足绣花功夫。", "2022", "5个", None),
    ("城镇老旧小区改造开工3622个。", "2021", "3622个", None),
    # 梅窖镇 2017 (tests/gold/real/township4), 宁夏 2022: a preposition inside (向) makes a clause, no name
    ("引导贫困户向中心村集中安置区、圩镇集中安置区及进城进园安置区搬迁,其中进城进园安置9户48人。", "2017", "9户", None),
    ("推进基础设施向村覆盖，实施提升农村公路质量服务乡村振兴三年攻坚行动，年内完成农村公路改造提升4500公里。", "2022",
     "4500公里", None),
    # 新疆维吾尔自治区2022年政府工作报告 (corpora-provincial): the 生产建设兵团 keeps its own accounts, a part of the
    # region; its figures are not the region's (the region's own 固定资产投资增长15% stands in another sentence)
    ("2021年，兵团生产总值增长8%，一般预算收入增长21.64%，固定资产投资增长16.2%，规模以上工业增加值增长11.3%。", "2021",
     "16.2%", "兵团"),
    ("2021年，兵团生产总值增长8%，一般预算收入增长21.64%，固定资产投资增长16.2%，规模以上工业增加值增长11.3%。", "2021",
     "8%", "兵团"),
    ("兵团师市完成固定资产投资120亿元。", "2021", "120亿元", "兵团师市"),
    # 岑阳镇 2023 (/work/gold-fresh/set10), 福建 2023: a figure before 的 and a name describes that place or project,
    # and a name ending its clause is what the sentence goes on about (该项目…)
    ("其中,建成总投资4000余万元的形源坞水库,是全县库容最大的小二型水库;总投资1200余万元的铺前卫生院即将投入使用。", "2023",
     "1200余万元", "铺前卫生院"),
    ("去年4月,成功引进总投资11亿元的金铜废旧锂电池循环回收利用项目,该项目正在实施“三通一平”,今年4月开始建设,"
     "预计2025年2月建成投产,年营业收入达22.4亿元,纳税1.64亿元。", "2023", "22.4亿元", "金铜废旧锂电池循环回收利用项目"),
    ("“六大工程”扎实推进，支柱产业持续提升，总投资420亿元的中沙古雷乙烯项目开工建设，厦门天马AMOLED项目点亮投产；", "2022",
     "420亿元", "中沙古雷乙烯项目"),
    # 南陵 工山镇 2023 (fresh set50): a name a figure describes may hold the size of what it makes, and that size is its own
    ("工山镇以招商引资为重要抓手,成功引进总投资5.2亿元的戴家汇铜矿年产9.9万吨铜基材料项目。", "2023", "5.2亿元",
     "戴家汇铜矿年产9.9万吨铜基材料项目"),
    ("工山镇以招商引资为重要抓手,成功引进总投资5.2亿元的戴家汇铜矿年产9.9万吨铜基材料项目。", "2023", "9.9万吨",
     "戴家汇铜矿年产9.9万吨铜基材料项目"),
    # 靖江 季市镇 2023H1 (fresh set50): the whole area's people are no village's named in a clause before; they are the
    # sentence's own doer's (新疆维吾尔自治区2022年政府工作报告: 兵团 after the year opening the sentence)
    ("今年以来,季市镇经济社会发展亮点纷呈,石榴村核心方攻关田亩产661公斤,创靖江小麦攻关田高产新纪录,中也生态园与中国淡水"
     "渔业研究中心成功签订合作协议,城乡居民医保参保超1.4万人,实施低保救助72户。", "2023", "超1.4万人", None),
    ("2021年，兵团生产总值增长8%，一般预算收入增长21.64%，城乡居民人均可支配收入分别增长5.6%、11.7%。", "2021", "11.7%",
     "兵团"),
    # 揭西 棉湖镇 2015 (jiexi.gov.cn post_296836, fresh set68): a phase before the kind (改造一期工程) and a bracketed word
    # (揭西(国际)) are parts of the name a figure describes
    (MIANHU_2015, "2015", "约1000万元", "第二自来水厂供水管网改造一期工程"),
    (MIANHU_2015, "2015", "10亿元", "揭西(国际)电线电缆总部中心项目地下工程"),
    # 台山 北陡镇 2025H1 (fresh set53): a harbour built is a project's name too
    ("总投资1.2亿元的北光湾农旅康养第一期项目预计今年10月试运营;总投资3206万元的沙咀渔船避风港已完成基础设施建设,进入收尾阶段。",
     "2025", "3206万元", "沙咀渔船避风港"),
    # 姜家镇 2024H1 (淳安, fresh set22): a sentence opening with a project alone as its topic; the next, opening with a
    # period and nothing more, reports its progress; not one naming a subject of its own after the period
    ("姜家镇农田水利专项债券项目,分三期实施,工程概算总投资1.64亿元,工程实施后灌区内总受益面积1.35万亩。截至目前,施工总体形象"
     "进度一期完成53.01%(新建水库除外的施工进度完成89.94%),二期完成90.41%,完成总投资8918.08万元。", "2024", "53.01%",
     "姜家镇农田水利专项债券项目"),
    ("姜家镇农田水利专项债券项目,分三期实施,工程概算总投资1.64亿元。截至目前,龙岩村新建蓄水池2座。", "2024", "2座", "龙岩村"),
    ("姜家镇农田水利专项债券项目,分三期实施,工程概算总投资1.64亿元。全镇新建蓄水池2座。", "2024", "2座", None),
    # 天目湖镇 2018 (溧阳市, fresh set29): a list of projects each sized before 的 and its name (总投资…的…、总投资…的…等项目):
    # each name, of any ending, is its figure's; not a figure and 的 in other frames (1959年国务院政府工作报告)
    ("重大项目实现突破。总投资50亿元的中信国安江南第一城、总投资23亿元的本裕国际、总投资20亿元的环球大溪、总投资12亿元的"
     "明顿国际学校等项目顺利落地。", "2018", "50亿元", "中信国安江南第一城"),
    ("重大项目实现突破。总投资50亿元的中信国安江南第一城、总投资23亿元的本裕国际、总投资20亿元的环球大溪、总投资12亿元的"
     "明顿国际学校等项目顺利落地。", "2018", "12亿元", "明顿国际学校"),
    # a name opening with 本 (本裕国际) is no 本村 or 本地 ("this village"); nor 本位公司 (溪头乡 2014,
    # https://m.hzar.cn/wenku/rdssd/X6VWQ30v8G, /work/township-corpus2 xitou-xiang-2014)
    ("重大项目实现突破。总投资50亿元的中信国安江南第一城、总投资23亿元的本裕国际、总投资20亿元的环球大溪、总投资12亿元的"
     "明顿国际学校等项目顺利落地。", "2018", "23亿元", "本裕国际"),
    ("年积极引导长城村、金华村将流转土地2000亩,本位公司租地达4000余亩,扩大本位农业柑桔园", "2014", "4000余亩", "本位公司"),
    ("本村新建蔬菜基地200亩。", "2014", "200亩", None),
    ("总投资12亿元的明顿国际学校等项目顺利落地。", "2018", "12亿元", None),
    ("拿煤来说，英国早在一八五四年就已经能够生产六千五百七十万吨，同我国一九五二年生产六千六百四十九万吨的水平大体相等。",
     "1958", "六千六百四十九万吨", None),
    ("投资20亿元的环球大溪、投资12亿元的明顿国际学校项目落地。", "2018", "20亿元", "环球大溪"),
    ("完成投资20亿元的环球大溪、投资12亿元的明顿国际学校项目落地。", "2018", "20亿元", None),
    # 天宁区 街道 2023 (常州, fresh set29): a name in the last of the examples a count counts (…、…等各类活动9次) is none
    ("累计召开商圈振兴专题协商议事会、楼宇园区经济座谈会等各类活动9次。", "2023", "9次", None),
    # 天宁区 街道 2023 (常州, fresh set29): a shopping district (商圈) or an old lane (巷) of a city is a place, and so
    # is one its visitors went into (走进); a kind of lane (贵州省2022年政府工作报告: 背街小巷) is none
    ("总计浏览量超过10万次,累计带动超30万人次走进文化宫商圈。", "2023", "超30万人次", "文化宫商圈"),
    ("青果巷国潮引人潮,国庆假期累计接待客流总量超63万人次,营业收入超766万元。", "2023", "超766万元", "青果巷"),
    ("新开工老旧小区改造17万户、背街小巷改造1273条。", "2022", "1273条", None),
    # …but not a share of places of a kind (内蒙古 2021), a kind of project (重大), a class (以上) or what a count counts
    ("97.7％的行政嘎查村建立生活垃圾收运体系，突泉县被评为全国农村生活垃圾分类和资源化利用示范县。", "2020", "97.7％", None),
    ("总投资2471亿元的重大水利项目开工建设。", "2021", "2471亿元", None),
    ("集体经济年收入10万元以上的村达20个。", "2025", "10万元以上", None),
    ("全年推进总投资25.9亿元的20个新建续建重点项目。", "2024", "25.9亿元", None),
    # 平湖镇 2022 (/work/gold-fresh/set6, a PDF copy), 浙江 2022: villages named inside the object of a verb are its
    # clause's places only, not those of the clauses after it
    ("建设唐宦村、富达村粮食产能区连片水稻高优示范点 896 亩,全面完成 2021 年度高标准农田 2000 亩建设。", "2022", "896 亩",
     "唐宦村、富达村"),
    ("建设唐宦村、富达村粮食产能区连片水稻高优示范点 896 亩,全面完成 2021 年度高标准农田 2000 亩建设。", "2022", "2000 亩",
     None),
    ("启动建设城乡风貌样板区212个，新增未来社区创建221个，改造老旧小区814个。", "2021", "814个", None),
    # …but the subject named again in an object stays (西山街道 2023, /work/gold-fresh/set6)
    ("小桥村挖掘葛山生态旅游资源,积极打造小桥村葛山道教文化产业,生态园现已初具雏形,盘活土地面积7.5亩引进鄂州市鄂城区君安"
     "机动车辆安全鉴定检测有限公司,增加租金收益3.75万元;", "2023", "3.75万元", "小桥村"),
    # a kind of place is no place (普惠性, 公立, 公办…: rules/labels.yaml stop_chars), and words that open a clause
    # (由于, 例如, 配备, 改扩建…) are no part of a name (内蒙古 2021; 1955, 1958 and 2015年国务院政府工作报告,
    # corpora-national; 湖北 2022; 浙江 2022): what is left must be a name of its own
    ("普惠性幼儿园覆盖率提高到85.5％，义务教育阶段“大班额”问题得到有效解决。", "2020", "85.5％", None),
    ("公立医院改革试点县市达到1300多个。", "2014", "1300多个", None),
    ("由于这些项目的建设完工，冶金工业在今年内新增加的生产能力有：生铁一百八十八万吨，钢一百一十六万六千吨。", "1957",
     "一百八十八万吨", None),
    ("例如哈尔滨食品公司一九五四年一年中发生的浪费事件就有五十多次。", "1954", "五十多次", "哈尔滨食品公司"),
    ("县域医共体130个，配备大学生村医4777人。", "2021", "4777人", None),
    ("新改扩建规范化村卫生室（社区卫生服务站）500个；", "2021", "500个", None),
    # 未央宫街道 2022 (西安, fresh set11): 城中村 is a kind of village, no place; 荷花池街道 2022H1/2024 and 南大街街道
    # 2020 (常州钟楼区, fresh set12): a 街区 or a 商城 is a place of the town, and its figures are its own
    ("城中村整治拆除厕所299个,整治违法构建物57936平方米。", "2022", "299个", None),
    ("期间新世纪商城销售额突破1287万元。", "2022", "突破1287万元", "新世纪商城"),
    # 七宝镇 2023 (闵行区, fresh set17): a 商务区 of the town is a place of it, and its figures are its own
    ("生态商务区文化创意、国际商贸和高端制造及研发等主导产业集聚度持续提升,预计完成税收6亿元,同比增长超20%。", "2023",
     "超20%", "生态商务区"),
    ("目前四大街区共有入驻品牌238个、网红品牌14个、首进品牌32个。", "2020", "14个", "四大街区"),
    # 金汇洲 2021 (/work/gold-fresh/set8, township4, traditional characters): a name after 在 following the figure is
    # where it was spent, the longest name there; not 在 inside a word (山东 2021: 8个在建项目) nor a name cut from a
    # word (2009年国务院政府工作报告: 在永久性校舍中学习)
    ("開展河長製宣傳培訓活動,投入10萬餘元在義仁村秀才堡河段開展示範河的打造及小微河流清淤疏浚、綠化和整治工作。", "2021",
     "10萬餘元", "义仁村秀才堡河段"),  # read through the simplified shadow, as the gold has it
    ("加快推进济郑高铁山东段等8个在建项目。", "2020", "8个", None),
    ("加快地震灾区学校恢复建设，确保今年底95%以上的学生都能在永久性校舍中学习。", "2009", "95%以上", None),
    # 宁围街道 2024 (zhejiang3): a verb after a noun inside a name is part of it (创新发展中心)…
    ("重点项目稳步推进,中国能建浙江创新发展中心项目成功落地总部经济板块,总投资6亿元。", "2024", "6亿元",
     "中国能建浙江创新发展中心项目"),
    # …after an adverb, a verb or a one-character word it opens a clause, no name (铜鼓县 2022, /work/gold-fresh/set10;
    # 山西 2022; 安徽 2023); nor is 村 before 党组织 a village (华桥镇 2024, /work/gold-fresh/set8)
    ("大力推进园区“扩容”,新建标准厂房14万平方米,盘活园区闲置土地160亩。", "2022", "160亩", None),
    ("滚动开展开发区“三个一批”活动，全力推进521个省级重点工程建设。", "2021", "521个", None),
    ("稳慎推进农村宅基地制度改革试点，深化农村集体产权制度改革，“三变”改革的村占比达83%。", "2022", "83%", None),
    ("做深做实村党组织书记后备力量培育储备工作,选拔出97位愿意扎根基层的年轻人。", "2024", "97位", None),
    # 梅窖镇 2017 (tests/gold/real/township4): villages listed with 和 are one entity, a list written with 、, even
    # where jieba joins the last 村 to the word after it (黄沙/村村/级)
    ("店山村和黄沙村村级集体经济收入达5万元以上。", "2017", "5万元以上", "店山村、黄沙村"),
    ("龙岩村及石门村新建冷库2座。", "2025", "2座", "龙岩村、石门村"),
    # 宁围街道 2024 (zhejiang3): a clause repeating the words the one before had after its name, with other words before
    # them, is about what those words name (百富·云创智谷), or about no place when they name none (宁夏 2022, 1958年国务院
    # 政府工作报告: 全年, 小学 are no place)
    ("数智双创中心获评省级众创空间等荣誉,新招引企业26家,双碳产业园新招引企业3家,百富·云创智谷新招引企业23家。", "2024",
     "23家", "百富·云创智谷"),
    ("实际利用外资同比增长55%，闽粤两省招商项目到位资金70亿元，全年招商引资到位资金1785亿元。", "2021", "1785亿元", None),
    ("高等学校增长百分之九点七，普通中学增长百分之十五，小学增长百分之五点五。", "1957", "百分之五点五", None),
    # 宁围街道 2024 (zhejiang3): a group of enterprises (X系) is a name, 系 as a word of its own; not 体系 or 水系
    ("万向系产值达105亿元,占街道工业产值92%,销售额达310亿元。传化系营收有望突破120亿元。", "2024", "310亿元", "万向系"),
    ("万向系产值达105亿元,占街道工业产值92%,销售额达310亿元。传化系营收有望突破120亿元。", "2024", "突破120亿元",
     "传化系"),
    ("公共服务体系覆盖率达95%。", "2024", "95%", None),
    # …and so is a body's own name with no ending of a kind, a word jieba's dictionary tags as a name, right before a
    # body's measure (same report); a verb tagged so (力争, 云南省2023年政府工作报告) is none
    ("特斯拉全年贡献社零额215.7亿元,同比增长10%。", "2024", "215.7亿元", "特斯拉"),
    ("特斯拉全年贡献社零额215.7亿元,同比增长10%。", "2024", "10%", "特斯拉"),
    ("加快建设全国新能源电池产业基地，力争产值三年翻三番，达到300亿元。", "2022", "300亿元", None),
    ("城区水系完成整治投资3000万元。", "2024", "3000万元", None),
    # …and a name after a description of it ending in a kind of body (百度电商在杭公司) is that name
    ("百度电商在杭公司泽优好物科技有限公司全年营收超2000万元,税收超200万元,达到规上企业规模。", "2024", "超200万元",
     "泽优好物科技有限公司"),
    ("新田村依托龙潭水库景区发展乡村旅游,接待游客2万人次。", "2025", "2万人次", "新田村"),
    # 山西省2021年政府工作报告 (corpora-provincial): a description ends in a body only with a word of its own (公司,
    # not 农村)
    ("推进电子商务进农村综合示范项目建设，完善农村商贸设施和物流配送体系，培育10个农村电商强县。", "2020", "10个", None),
    # 興江 2022H1 (tests/gold/real/township4, traditional characters): an amount after the noun it measures, right
    # before a name, is what the amount is for; not after a verb (the object it counts), nor when the clause names
    # its own place (统溪河镇 2025H1, the reference report: 统溪河村投入16万元对同心小区…)
    ("爭取項目資金1250萬元陳也示范點建設逐步推進;自籌資金新建辦公大樓順利入住;", "2022", "1250萬元", "陈也示范点"),
    ("争取上级资金300万元龙岩村产业路项目全面完工。", "2025", "300万元", "龙岩村产业路项目"),
    ("拟建设5300平方米智慧便民市场。", "2025", "5300平方米", None),
    # 吉林省2021年政府工作报告 (corpora-provincial): a name ending its clause is the head of the object
    ("新开工长春都市圈东环线126公里高速公路项目，连通农安、德惠、九台、双阳、伊通。", "2020", "126公里", None),
    ("统溪河村投入16万元对同心小区基础设施和公共服务设施提质升级。", "2025", "16万元", "统溪河村"),
    # 未央宫街道 2023 (/work/gold-fresh/set11): a sentence with no figure that opens with a name as its subject, then
    # one that opens with no verb or name of its own and names it again by a word of its name (安置楼), goes on about it
    ("枣园安置楼建设项目作为市级重点项目,在遭遇恒大债务危机的情况下,街道果断决策,多方协调,确保了项目建设不停工。"
     "截至12月底,15栋安置楼主体全部封顶,年度完成固定投资7.5亿元,较上年增长257.8%。", "2023", "7.5亿元", "枣园安置楼建设项目"),
    # …not one with a subject of its own (高桥街道 2024, tests/gold/real/county2), nor one not naming it again
    ("希尔顿惠庭酒店项目正式开工建设,三和中心结顶,未来数字经济产业社区布局持续完善。企业培育效果显著,新增省级专精特新"
     "企业7家、创新型中小企业15家。", "2024", "7家", None),
    ("龙岩村冷链物流项目作为市级重点项目,进展顺利。截至12月底,完成投资1200万元。", "2025", "1200万元", None),
    # 苏尼特右旗 2022 (/work/gold-fresh/set16), 新疆 2022, 海南 2023 (corpora-provincial): common verbs, adjectives or
    # adverbs before a suffix make a doing or a kind, no name; a village keeps such a name (新建村); and a name
    # holding 的 is a phrase (1981年国务院政府工作报告, corpora-national)
    ("突出项目带动、投资拉动,全年6个盟级、42个旗级重点项目完成投资21亿元,项目总量、投资总量分别增长9%、31%,", "2022",
     "21亿元", None),
    ("投资规模500万元以上的3355个新建项目全部开工建设，储备项目开工2582个、转化率达到76%。", "2021", "2582个", None),
    ("常年蔬菜基地规模保持在15万亩以上，“15+N”种基本蔬菜平均价格力争有下降、力保不反弹。", "2022", "15万亩以上", None),
    ("新建村新修产业路3公里。", "2025", "3公里", "新建村"),
    ("全国地县小铁厂由四百六十六个减少到现在的二百七十六个，保留的小铁厂加强了管理，结果炼铁焦比由九百五十公斤降到七百零五"
     "公斤。", "1980", "七百零五公斤", None),
    # 白音他拉苏木 2022 (/work/gold-fresh/set16): 率先 (taking the lead) is no part of a name
    ("率先在希勃图村开展1500亩玉米绿色增产水肥一体化机制研究与应用示范项目,巩固提升哲日都村一村一品。", "2022", "1500亩",
     "希勃图村"),
    # …and a village named as where a doing took place (在希勃图村开展…) is that clause's only, as one named in an object:
    # a clause after it opening with a verb of its own is the town's doing again (same report)
    ("全苏木高效特色种植面积稳定在3万亩以上,率先在希勃图村开展1500亩玉米绿色增产水肥一体化机制研究与应用示范项目,巩固提升"
     "哲日都村一村一品项目村建设,推进“红干椒”庭院种植面积达到1300亩。", "2022", "1300亩", None),
    ("在龙岩村建设冷库2座,仓储面积共500平方米。", "2025", "500平方米", "龙岩村"),
    ("在龙岩村建设冷库2座,带动周边农户增收30万元。", "2025", "30万元", None),
    # 吉林省2022年政府工作报告 (corpora-provincial): a sentence naming a place of its own (…繁荣工厂) is about that
    ("一汽奥迪新能源汽车项目获得国家批准即将开工建设。红旗20万辆新能源繁荣工厂建成投产。", "2021", "20万辆", None),
    ("龙岩村冷链物流项目作为市级重点项目,进展顺利。截至12月底,物流仓库完成投资1200万元。", "2025", "1200万元",
     "龙岩村冷链物流项目"),
    # 合村乡 2022H1 (real, /work/township-corpus2 hecun-xiang-2022h1): a venue's visitors are its own, not the town's
    ("2021-2022年雪季,生仙里国际滑雪场共接游客7万人次,营收2100万元。", "2022", "7万人次", "生仙里国际滑雪场"),
    # a farm after a base in one sentence (a 钟山 town, /work/township-corpus6 025): its own stock, not the base's
    ("三湾黄花菜基地种植面积达到80亩,速峰养猪场增加投资200万元,已存栏牲猪1500头。", "2010", "1500头", "速峰养猪场"),
    # 淳安 中洲镇 2026 (real, fresh set22): jieba joins 对 to the first character of the village (对樟|村村, 对大|塘村)
    ("建设鸡综合养殖基地,对樟村村300余亩老茶园基地进行改造。", "2026", "300余亩", "樟村村"),
    ("对大塘村200亩农田进行改造。", "2025", "200亩", "大塘村"),
    # real (/work/township-corpus, SOURCES.tsv): names listed up to 等 and their kind before a count are what it counts
    # (changhu-xiang); a verb before a name is no part of it (baiyang-jd-2022, xiang-2021h1-hetang, zhen-banian-taohua);
    # a village with a partner of another kind is the village (xiang-2023-jixiang); 村财 is a village's finances, no
    # village (xiang-2023-jixiang); 主要是 before a name (zhen-2023h1-kuangye)
    ("乡镇企业通过技改和改制,扭亏增盈1200万元,新上米厂、预制构件厂、电脑板厂、印刷厂等企业12家。", "2001", "12家", None),
    ("新签约重点税源企业8家,挖掘税源项目税收贡献7400余万元;", "2022", "7400余万元", None),
    ("租赁亭子前村110亩荷花基地作为风景点,同区人民政府签订了框架投资协议。", "2021", "110亩", "亭子前村"),
    ("今年,又协调交通项目资金25万元,对进入桃园6公里的主干道拓宽硬化", "2016", "6公里", None),
    ("村财增收方面,兰溪村与联通公司试点成立通信合作社,每年村财可增收1.2万元。", "2023", "1.2万元", "兰溪村"),
    ("韦端、兰溪、先锋通过联建水果市场,增收村财2万元。", "2023", "2万元", None),
    ("1-6月份共完成工业投资3.19亿元,主要是建瓴制砖有限公司14362万元,金鼎矿业1-6月份完成工业投资13679万元", "2023", "14362万元",
     "建瓴制砖有限公司"),
    # written: villages listed with 和 stay one entity
    ("店山村和黄沙村村级集体经济收入达5万元以上。", "2017", "5万元以上", "店山村、黄沙村"),
    # a clause listing examples of what a count counts ends what the name before was about, for the clauses after too
    # (written; real: 四川省2021年政府工作报告, /work/realcorpus/in; 大塘埠镇 2020, fresh set26)
    ("服务投资120亿元的西江电厂建设,推动龙岩公司、石门公司等2家企业申报入规。", "2020", "2家", None),
    ("西江电厂首批机组投产发电,龙岩公司、石门公司等5个项目加快推进,全社会固定资产投资增长9.9%。", "2020", "9.9%", None),
    ("实施省重点项目和投资运行“红黑榜”，川藏铁路开工，乌东德水电站首批机组投产发电，四川时代动力电池、亭子口灌区一期工程等773个"
     "省重点项目加快推进，全社会固定资产投资增长9.9%。", "2020", "773个", None),
    ("服务投资120亿元的信丰电厂建设,持续做好了粤工电缆、美智伟、六一节能、银龙轨道等企业的服务工作成功推动银龙轨道、六一节能等2家"
     "企业申报入规,推进银龙轨道、建安混凝土等2家公司纳税突破1000万元。", "2020", "2家", None),
    # a kind named in common words is no name (written; real: 宁夏回族自治区2022年政府工作报告, 2023年上半年工作总结
    # xiang-2023h1-qiantu, /work/realcorpus/in and /work/township-corpus2), but a place, person or body among them makes
    # one (四川省2023年政府工作报告, 1992年国务院政府工作报告, /work/realcorpus/in; 钟楼区 南大街街道 2020, fresh set12)
    ("农民合作社发展到200家,家庭农场发展到270家。", "2022", "200家", None),
    ("工程建设项目审批实现全流程在线办理、时限压缩30%,市场主体总量突破71.3万户、增长13.9%。", "2021", "30%", None),
    ("高标准农田建设项目共计投入634.29万元,新建机耕道7.1千米,中小渠(沟)18.85千米。", "2023H1", "7.1千米", None),
    ("西江电站年发电量5亿千瓦时。", "2022", "5亿千瓦时", "西江电站"),
    ("“西电东送”年外送电量超过1500亿千瓦时，是三峡电站年发电量的1.3倍。", "2022", "1.3倍", "三峡电站"),
    ("建成投产大中型基本建设和重要技术改造项目２１５个，其中包括年炼铁和炼钢各３００万吨的宝钢二期工程。", "1991", "３００万吨",
     "宝钢二期工程"),
    ("目前四大街区共有入驻品牌238个、网红品牌14个、首进品牌32个。", "2020", "238个", "四大街区"),
    # words before a name that are no part of it: 尤其是, 不仅 (written; real: 海南省2022年政府工作报告, /work/realcorpus/in;
    # xxx-zhen-2021-xinnongcun, /work/township-corpus3)
    ("全镇获得金牌25枚,尤其是龙岩公司获得金牌5枚。", "2022", "5枚", "龙岩公司"),
    ("我省代表团获得25枚金牌、34枚银牌、28枚铜牌，尤其是残运会项目获得5枚金牌、7枚银牌、9枚铜牌。", "2021", "7枚", "残运会项目"),
    ("我镇不仅狠抓示范村建设,并且把27个推进村的村容村貌整治。", "2021", "27个", None),
    # real (南昌县 2022年政府工作报告, fresh set26): a development zone's own figures
    ("小蓝经开区营业收入、工业总产值预计分别完成1585亿元、1530亿元,分别增长15.5%、14.2%。", "2021", "1530亿元", "小蓝经开区"),
    # a yearly capacity right after a clause of only a verb and a name is that thing's (written in the form of 次邱镇
    # 2022, fresh set46: 新建芦花鸡全产业链标准化生产基地,实现年屠宰3000万只、冷链仓储3万吨); a time (年底) is not one
    ("新建芦花鸡生产基地,实现年屠宰3000万只、冷链仓储3万吨。", "2022", "3000万只", "芦花鸡生产基地"),
    ("新建芦花鸡生产基地,实现年屠宰3000万只、冷链仓储3万吨。", "2022", "3万吨", "芦花鸡生产基地"),
    ("新建芦花鸡生产基地,年底前完成投资3000万元。", "2022", "3000万元", None),
    # items after a semicolon that open with their figure and no doer of their own go on about the doer the item before
    # opened with (湘潭县 2022年政府工作报告, fresh set47); not a body of another kind (1954年国务院政府工作报告: 小學)
    ("天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%;引进项目90个。全县完成税收5亿元。",
     "2022", "430亿元", "天易经开区"),
    ("天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%;引进项目90个。全县完成税收5亿元。",
     "2022", "90个", "天易经开区"),
    ("天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%;引进项目90个。全县完成税收5亿元。",
     "2022", "5亿元", None),
    ("普通中學學生數增長了百分之九十六，即達到二百九十三萬餘人；小學學生數增長了百分之一百一十七，即達到五千一百五十萬餘人；",
     "1953", "五千一百五十萬餘人", None),
    # items of a list of sized projects, each figure of its own item: the name after its 的 (a 祁县 town, /work/township-corpus5
    # 047; 2003年国务院政府工作报告), the figure listed before it in its item too (环城镇 2019H1, fresh set43)
    ("成功引进落地总投资3600万元的成泽肉鸡养殖项目、总投资1200万元的星星养殖场项目和总投资900万元的德隆生猪养殖项目;", "2020",
     "900万元", "德隆生猪养殖项目"),
    ("成功引进落地总投资3600万元的成泽肉鸡养殖项目、总投资1200万元的星星养殖场项目和总投资900万元的德隆生猪养殖项目;", "2020",
     "1200万元", "星星养殖场项目"),
    ("江河堤防加固工程开工3.5万公里，完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程，防洪能力大大增强", "2002",
     "近千公里", "黄河堤防加固工程"),
    ("大力推进项目建设。投资4.2亿元、日处理垃圾600吨的光大集团环保发电项目已开工建设。", "2019", "4.2亿元",
     "光大集团环保发电项目"),
    # a size class is no name (鄂城区 2022年政府工作报告, fresh set47: http://ecq.ezsme.com.cn/info/2022/C1226436.htm)
    ("签约亿元以上项目49个,总投资482.6亿元,其中百亿级项目1个、50亿级项目3个、30亿级项目3个。", "2022", "3个", None),
    # a quarter of a town with its own counts (觀沙嶺街道 2018, fresh set47); a count before 的 describes the project after it
    # as an amount does (环城镇 2019H1, fresh set43, traditional characters with pinyin glosses); a doing's adverb is no part of
    # a name (莒南 筵宾镇 2023, fresh set55)
    ("目前,金融中心片區樓宇共入駐企業292家,新增企業同比去年增加209家。", "2018", "292家", "金融中心片区"),
    ("投資1.2億元的上海立瀾科技分布式光伏項目,已完成800戶農戶簽約;年產服裝150萬件的山東百老匯服裝加工項目,已正式投產。",
     "2019H1", "150萬件", "山东百老汇服装加工项目"),
    ("深化“一把手招商”等工作机制,顺利完成临沂久瑞工贸有限公司年产26万件家具用品项目的签约,项目总投资1.3亿元,占地60亩。",
     "2023", "1.3亿元", "临沂久瑞工贸有限公司"),
    # names listed up to 共 and their count: several places, none the entity (布吉街道 2020H1, fresh set46)
    ("我街道设立布吉亚朵酒店、世纪皇廷酒店、明天酒店共3个健康驿站300个房间分阶段接收4类隔离留观人员", "2020H1", "3个", None),
]


@pytest.mark.parametrize(("text", "period", "surface", "entity"), ENTITIES_IN_SENTENCES)
def test_entity_in_a_sentence(text, period, surface, entity):
    report = Report("r", "", text, town="西江镇", period=period)
    f = next(f for f in extract_report(report).figures if f.surface == surface)
    assert f.entity == entity


# (text, town, period, surface, entity): a name that is the whole first clause of its sentence is what the clauses
# after are about; a project or body keeps its town in its name, a village does not
TOPICS_AND_TOWNS = [
    # real: 姜家镇 2024年上半年工作总结 (淳安县, fresh set22)
    ("二、咬准方向,专项债项目科学实施。姜家镇农田水利专项债券项目,分三期实施,工程概算总投资1.64亿元,工程实施后灌区内总受益"
     "面积1.35万亩。", "姜家镇", "2024H1", "1.64亿元", "姜家镇农田水利专项债券项目"),
    ("二、咬准方向,专项债项目科学实施。姜家镇农田水利专项债券项目,分三期实施,工程概算总投资1.64亿元,工程实施后灌区内总受益"
     "面积1.35万亩。", "姜家镇", "2024H1", "1.35万亩", "姜家镇农田水利专项债券项目"),
    # real (浙江省2021年政府工作报告): a doing ending in a name is no subject
    ("千方百计招引大项目好项目，全年“六个千亿”产业投资达到6000亿元以上。", "浙江省", "2020", "6000亿元以上", None),
    # written: a village named with its town is the village; a name after 的 opening the sentence is no topic
    ("姜家镇龙岩村,全年接待游客2万人次。", "姜家镇", "2024", "2万人次", "龙岩村"),
    ("五年内建设并完工的第一汽车制造厂,每年能够出产载重汽车三万辆。", "姜家镇", "2024", "三万辆", None),
]


@pytest.mark.parametrize(("text", "town", "period", "surface", "entity"), TOPICS_AND_TOWNS)
def test_a_sentence_about_a_name_and_a_name_with_its_town(text, town, period, surface, entity):
    report = Report("r", "", text, town=town, period=period)
    f = next(f for f in extract_report(report).figures if f.surface == surface)
    assert f.entity == entity


# (context, surface, scope_period)
PERIODS = [
    ("对2024年排查出的54起重大隐患", "54起", "2024年"),
    ("发现3处反弹隐患", "3处", None),  # same sentence, but 2024年 qualified only the 54起
    ("等民政补助共计191万元", "191万元", "全年"),  # 全年 in a half-year report
    ("累计惠及1246人次", "1246人次", "全年"),  # 全年 opened the sentence
    ("2025年新增低保4户10人", "4户", None),  # the report's own year
]


@pytest.mark.parametrize(("context", "surface", "scope"), PERIODS)
def test_scope_period(figures, tongxihe_text, context, surface, scope):
    assert figure_in(figures, tongxihe_text, context, surface).scope_period == scope


def test_section_is_the_innermost_heading(figures, tongxihe_text):
    f = figure_in(figures, tongxihe_text, "开展“敲门行动”2000余次", "2000余次")
    assert f.section.startswith("(三)全域发力织密网")
    assert f.section_path.startswith("一、上半年工作开展情况 > (三)")


def test_a_programme_named_plan_is_not_a_target(figures, tongxihe_text):
    assert figure_in(figures, tongxihe_text, "雨露计划共摸底上报114人", "114人").kind == "actual"


# 铜梁区 2025年区政府工作报告目标任务上半年推进情况汇总表 (fresh set51), a goal and its progress in one row
TONGLIANG_GOALS = ("2025年上半年工作总结\n一、经济社会发展主要预期目标\n"
                   "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。")


@pytest.mark.parametrize(("text", "surface", "kind", "scope"), [
    ("2025年工作总结\n三、2026年工作计划\n力争发展党员5名以上。", "5名以上", "target", "2026年"),
    # real (乡镇2020年脱贫攻坚工作汇报, jhxinrui.com shiyongfanwen26/3005, fresh set60): the area's present state under a
    # heading of goals is a fact; a plan word still makes a goal, and 现有 inside a word (实现有效投资) states nothing
    ("乡镇2020年脱贫攻坚工作汇报\n一、工作目标任务\n同心镇辖区面积139.3平方公里,全镇总人口7587户,26932人,“十三五”贫困村5个。",
     "26932人", "actual", None),
    ("乡镇2020年脱贫攻坚工作汇报\n一、工作目标任务\n全镇建档立卡贫困户755户3144人,其中2016年脱贫98户394人,沙村摘帽;",
     "3144人", "actual", None),
    # 1955年国务院政府工作报告: what a plan holds (共有) is planned
    ("二、第一个五年计划概要\n五年内进行建设的规模较大的纺织厂，共有三十九个。", "三十九个", "target", None),
    ("2025年工作总结\n二、2026年工作计划\n实现有效投资增长6%左右。", "6%左右", "target", "2026年"),
    ("2025年上半年工作总结\n一、工作情况\n老旧小区改造计划的小区共6个。", "6个", "actual", None),
    # real (镇上半年工作汇报, /work/township-corpus zhen-banian-beiweimall): a numbered paragraph read as a heading, its
    # plan word after its figure, holds a result; a heading naming next year's plan holds goals
    ("2025年上半年工作总结\n一、上半年工作完成情况\n3、工业固定资产规模投入2219万元,占年计划的61.6。", "2219万元", "actual",
     None),
    ("2025年工作总结\n一、2025年工作情况\n新建道路5公里。\n二、2026年工作计划\n新建道路8公里。", "8公里", "target", "2026年"),
    # real (南大街街道 2020, fresh set12): the year's plan, one word for jieba, before what it plans is a goal; the plan
    # itself as what was done against (1956年国务院政府工作报告: 完成年度计划的117%) is none
    ("2020年工作总结\n一、工作情况\n项目计划总投资122.03亿元,年度计划完成投资23.36亿元。", "23.36亿元", "target", None),
    ("2025年工作总结\n一、工作情况\n基本建设投资完成年度计划的117%。", "117%", "actual", None),
    # a year's 工作总结 is written as the year ends: 预计全年 is its estimated result (../shared/ANNOTATION.md)
    ("2025年工作总结\n一、工作情况\n预计全年完成投资2.6亿元。", "2.6亿元", "actual", None),
    ("2025年上半年工作总结\n一、工作情况\n预计全年完成投资2.6亿元。", "2.6亿元", "target", "全年"),
    # a report whose year was taken out (20xx年) reviews its own period all the same: 预计 there is an estimate,
    # real (镇政府的工作报告 and 镇上半年工作情况总结, /work/township-corpus zhen-gov-report-6dgww, zhen-h1-ruiwen)
    ("镇政府的工作报告\n过去的一年,是我镇主动应对各种挑战,取得显著成绩的一年。预计全镇实现生产总值74.5亿元,增长14.5%;",
     "74.5亿元", "actual", None),
    ("镇上半年工作情况总结\n一、上半年工作情况\n上半年,预计完成工业纳税销售34.5亿元,同比增长26.6%;", "34.5亿元", "actual", None),
    ("镇工作总结\n一、工作情况\n新建道路5公里。\n二、下一步工作计划\n预计完成投资3亿元。", "3亿元", "target", None),
    # a heading whose 思路 is what was done, not a plan's (上半年农业工作总结, a 河北 town 2015H1, fresh set55)
    ("上半年农业工作总结\n一、理清思路,着力培养新型职业农民,打造农业示范区,推进农业发展\n今年以来,我们因势力导共发展天户、"
     "三水种植合作社等10个,官庄店杨洪兴家庭农场1个,种养大户3家。", "3家", "actual", None),
    # real (fresh set26, 塔城乡 2022H1): a share of last year's whole is of this clause's months, not of last year
    ("2025年上半年工作总结\n一、工作情况\n1-8月份村集体经济收入317.6万元,占去年全年村集体收入的91.1%。", "91.1%", "actual",
     "1-8月"),
    ("2025年上半年工作总结\n一、工作情况\n城镇化率较上年提高1.5个百分点。", "1.5个百分点", "actual", None),
    # real (铜梁区 2025年区政府工作报告目标任务上半年推进情况汇总表, fresh set51): under a heading of goals, the progress set
    # beside a goal compares with a year before (同比), a result; a plan word keeps it a goal (written)
    (TONGLIANG_GOALS, "2.9%", "actual", None),
    (TONGLIANG_GOALS, "6%以上", "target", None),
    ("2025年上半年工作总结\n一、经济社会发展主要预期目标\n力争地区生产总值同比增长6%。", "6%", "target", None),
    # real (台山 北陡镇 2025H1, fresh set53): 年底前 in a half-year report is ahead of it, what 预计 expects by then a goal
    ("2025年上半年工作总结\n一、工作情况\n长江塑料餐具生产基地项目正在开展主体工程建设,预计年底前完成主体工程建设的40%。", "40%",
     "target", "年底前"),
    ("2025年工作总结\n一、工作情况\n长江塑料餐具生产基地项目正在开展主体工程建设,预计年底前完成主体工程建设的40%。", "40%",
     "actual", None),
    # real (修水 **镇 2017H1 and 乡2023年政府工作报告, fresh set47; 大邑 上安镇 2013, township-corpus6 037): what a thing can
    # yield (可达, 可增收) is expected, a target; 预计 before it estimates the period reviewed
    ("2025年上半年工作总结\n一、工作情况\n目前产销两旺,年产值可达8000万元。", "8000万元", "target", None),
    ("2025年工作总结\n一、工作情况\n村财增收方面,兰溪村与联通公司试点成立通信合作社,每年村财可增收1.2万元。", "1.2万元", "target",
     None),
    ("2025年工作总结\n一、工作情况\n预计12月底可实现招商引资到位资金4100万元;完成了固定资产投资8000余万元;", "4100万元", "actual",
     None),
    ("2025年工作总结\n一、工作情况\n2025年1-10月，完成投资2.6亿元。", "2.6亿元", "actual", "2025年1-10月"),
    # real (fresh set9, 大同市平城区 2022): a lead-in of its own opens the list of targets in the next paragraph
    ("2025年工作总结\n2026年全镇经济社会发展的主要预期目标是:\n\n地区生产总值增长6.5%以上;固定资产投资增长9%。\n"
     "\n全年新建道路5公里。", "9%", "target", "2026年"),
    ("2025年工作总结\n2026年全镇经济社会发展的主要预期目标是:\n\n地区生产总值增长6.5%以上;固定资产投资增长9%。\n"
     "\n全年新建道路5公里。", "5公里", "actual", None),
])
def test_kind_and_period_of_plans(text, surface, kind, scope):
    period = "2025" if "2025年工作" in text else "2025H1" if "2025年" in text else None
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert (f.kind, f.scope_period) == (kind, scope)


# A report that is a plan by its title holds targets under any heading but one reporting results; a clause of only
# a verb after a change goes on about what changed. Real: 梅陇镇人民政府2025年工作要点 (闵行区, fresh set17).
MEILONG_2025 = ("一、凝心聚力谋发展,加快形成新质生产力\n\n(一)体目标。地区生产总值增5%左右,力争达到190亿元;"
                "剔除房地产开发收入因素,财政总收入可比增3%,预计完成45.0亿元,税收收入可比增3%,预计完成43.5亿元。")


@pytest.mark.parametrize(("title", "text", "surface", "kind", "label"), [
    ("梅陇镇人民政府关于印发 《梅陇镇人民政府2025年工作要点》的通知", MEILONG_2025, "5%左右", "target", None),
    ("梅陇镇人民政府关于印发 《梅陇镇人民政府2025年工作要点》的通知", MEILONG_2025, "45.0亿元", "target", "财政总收入完成"),
    ("梅陇镇人民政府关于印发 《梅陇镇人民政府2025年工作要点》的通知", MEILONG_2025, "43.5亿元", "target", "税收收入完成"),
    # written: a title naming results too is no plan; nor is a results section of a plan
    ("梅陇镇2025年工作总结和2026年工作要点", MEILONG_2025, "5%左右", "actual", None),
    ("2025年工作计划", "一、2024年工作完成情况\n全年新建道路5公里。", "5公里", "actual", None),
    ("2025年工作计划", "全年新建道路5公里。", "5公里", "target", None),
])
def test_a_plan_by_its_title_holds_targets(title, text, surface, kind, label):
    f = next(f for f in extract_report(Report("r", "", text, title=title, period="2025")).figures
             if f.surface == surface)
    assert f.kind == kind and (label is None or f.indicator == label)


# a 政府工作报告 delivered early in 2023 (period 2022): its plan part, headed by a plan word or not
GWR = "云南省2023年政府工作报告\n\n一、牢记嘱托砥砺奋进，经济社会发展取得新的重大成就\n城镇新增就业52.2万人。\n"


DUYUN_INCOME = "城镇和农村居民人均可支配收入由25940元、9234元分别提高到38625、14468元,增长48.9%、56.7%。"
GUANDU_INCOME = "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。"


@pytest.mark.parametrize(("text", "surface", "kind", "covered"), [
    (GWR, "52.2万人", "actual", "2022"),
    # real (云南省2023年政府工作报告, lawtext/gov): 三、… states the year's targets with no plan word in its heading
    (GWR + "三、踔厉奋发勇毅前行，在新征程上迈好第一步、干出新成效\n经济社会发展的主要预期目标建议为：地区生产总值增长6%左右。\n"
     "（一）着力发展实体经济。能源工业增加值增长6%左右。", "6%左右", "target", "2023"),
    # real (广东省2022年政府工作报告): an annex after the plan part, 2022年省十件民生实事, numbered 一、… again
    ("广东省2022年政府工作报告\n\n一、2021年工作回顾\n新增就业140万人。\n二、2022年工作安排\n新建学位10万个。\n附件1\n"
     "2022年省十件民生实事\n一、提供优质基础教育\n新增公办学位20万个。", "20万个", "target", "2022"),
    # a later top-level heading of results is no plan
    ("某省2023年政府工作报告\n\n一、2022年工作回顾\n新增就业40万人。\n二、2023年工作安排\n新增就业30万人。\n"
     "三、2022年民生实事完成情况\n新建学位2万个。", "2万个", "actual", "2022"),
    # real (宁夏回族自治区2023年政府工作报告): a heading naming the years ahead alone gives them to its figures
    ("宁夏回族自治区2023年政府工作报告\n\n一、过去五年工作回顾\n新增就业40万人。\n二、今后五年发展的主要目标\n"
     "力争地区生产总值达到8000亿元。\n三、2023年重点工作\n主要预期目标是：地区生产总值增长6.5%左右。",
     "8000亿元", "target", "2023-2027"),
    ("宁夏回族自治区2023年政府工作报告\n\n一、过去五年工作回顾\n新增就业40万人。\n二、今后五年发展的主要目标\n"
     "力争地区生产总值达到8000亿元。\n三、2023年重点工作\n主要预期目标是：地区生产总值增长6.5%左右。",
     "6.5%左右", "target", "2023"),
    # real (湖北省2023年政府工作报告): the years ahead of a heading that names the goals they qualify
    ("湖北省2023年政府工作报告\n\n一、2022年和过去五年工作回顾\n城镇新增就业90万人。\n二、今后五年的目标任务\n"
     "今后五年要努力实现以下目标：一是高质量发展迈上新台阶。地区生产总值突破7万亿元。", "突破7万亿元", "target",
     "2023-2027"),
    # real (海南省2023年政府工作报告): the notes after the report (注释) are no part of its last, plan, section
    ("海南省2023年政府工作报告\n\n一、2022年工作回顾\n城镇新增就业15万人。\n三、2023年工作安排\n"
     "主要预期目标是：地区生产总值增长9.5%左右。\n\n注释\n\n[1]经济增速、财政收入、投资、消费等指标不及预期："
     "预计地区生产总值增长0.2%，固定资产投资增长-4.2%。", "-4.2%", "actual", "2022"),
    # real (陕西省2023年政府工作报告): the nearest plan word, 预计 of the year reviewed, decides for the list it opens
    ("陕西省2023年政府工作报告\n\n一、过去五年和2022年工作回顾\n各位代表，2022年是本届政府收官之年。我们认真落实"
     "疫情要防住、经济要稳住、发展要安全重要要求，预计全年生产总值增长4.5%左右，固定资产投资增长8.1%，规模以上工业"
     "增加值增长7.1%。", "8.1%", "actual", "2022"),
])
def test_the_plan_part_of_a_government_work_report(text, surface, kind, covered):
    delivered = int(re.search(r"[0-9]{4}", text)[0])  # the title's year
    report = Report("r", "", text, period=str(delivered - 1), delivered=delivered)
    f = next(f for f in extract_report(report).figures if f.surface == surface)
    assert (f.kind, f.covered) == (kind, covered)


# (sentence, surface, label): how the label of a figure depends on the figures and words around it
IN_A_SENTENCE = [
    # an age right before the words of a count says which persons it counts (田坪乡 2007, fresh set74:
    # http://baike.wangchao.net.cn/detail_1391322.html); not an age a change reaches (四川省2023年政府工作报告)
    ("有适龄儿童1774人,女840人;15周岁人口339人,初等教育完成率99.7%;", "339人", "15周岁人口"),
    ("人均预期寿命由76.9岁提升至77.95岁。", "77.95岁", "人均预期寿命"),
    # a sentence of only a subject and how it went gives the bare amount after it its subject (闵行区 2007, fresh set56:
    # https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/qzfgzbg/content/13AA10D5-3697-11ED-961B-5E14FC09F6EB.htm);
    # written: not past a figure of the sentence that names its own
    ("航天博物馆合作共建协议签约。第三产业加快发展。预计全年实现增加值290亿元,比上年增长27.3%,", "290亿元", "第三产业增加值"),
    ("工业经济稳步增长。规上工业完成产值5亿元,完成增加值1亿元。", "1亿元", "完成增加值"),
    # a quoted name after a count holds its signs (高陵区 2022, fresh set73: http://bx2200.com/baogao/xibei/4890_2.html;
    # 云南省2021年政府工作报告); not another figure quoted (宁夏回族自治区2021年政府工作报告)
    ("基本医疗保险参保率位居全市第一。启动运行8家“高·幸食堂”,崇皇社区", "8家", "启动运行高·幸食堂"),
    ("创建10个“高A级”景区、2个国家级旅游度假区;", "10个", "创建高A级景区"),
    ("制定稳就业保就业“13条”“18条”，城镇新增就业7.3万人，农村劳动力转移就业80.3万人，", "13条", "制定稳就业保就业"),
    # a sum after a verb that ends its clause's words, its thing written right after it (宅梧镇 2015, fresh set68:
    # http://dayueimage.com/zwgk/xxgk/hsszwz/zfgzbg/content/post_225898.html; 铁岭县 2022, fresh set39:
    # https://qiantufanwen.com/10357.html); written: not a use or a change after it
    ("一是引导鹤山市加伦加天然山泉水有限公司完成1300万元设备技术改造,成功研发低氘水等新产品;", "1300万元", "完成设备技术改造"),
    ("进出口总额同比增长32.65%,九三粮油在第五届进博会签下1.8亿美元大宗商品订单。", "1.8亿美元", "签下大宗商品订单"),
    ("全年完成300万元用于道路建设。", "300万元", "完成"),
    ("全年完成5000万元同比增长5%。", "5000万元", "完成"),
    # a town's basic facts (克山 北联镇 2013, fresh set64, as written with its glosses): households and persons after its
    # farmland are the town's, not the farmland's
    ("北聯(lián)鎮(zhèn)位于克山縣中北部30公里處,幅員面積170.79平方公里,耕地166990畝,有7205戶, 25185口人,勞動力13124人。",
     "7205戶", "户数"),
    ("北聯(lián)鎮(zhèn)位于克山縣中北部30公里處,幅員面積170.79平方公里,耕地166990畝,有7205戶, 25185口人,勞動力13124人。",
     "25185口人", "人口"),
    # named things measured alike after a count of others (简阳 平武镇 2021H1, fresh set63): each its own area, no
    # part of the 合作社 counted before; a ratio to a named thing stays the subject's (四川省2023年政府工作报告)
    ("全镇合作社达26个,桃产业基地达到2200余亩,莲藕基地达630亩。", "2200余亩", "桃产业基地"),
    ("全镇合作社达26个,桃产业基地达到2200余亩,莲藕基地达630亩。", "630亩", "莲藕基地"),
    ("4座大型水电站全部建成，总装机容量达到4646万千瓦，是三峡电站的两倍。", "两倍", "总装机容量"),
    # an increase of the revenue before and its rate (吴川 覃巴镇 2016, fresh set53)
    ("全年完成两税收入4001万元,同比增收747万元,增幅22.96%。", "747万元", "完成两税收入同比增收"),
    ("全年完成两税收入4001万元,同比增收747万元,增幅22.96%。", "22.96%", "完成两税收入增幅"),
    # the money a name after 的 is described by is no purpose of the spending (棉湖镇 2015, fresh set68; 投资2000多万元创建
    # 产业园 keeps its purpose)
    (MIANHU_2015, "约1000万元", "投资"),
    # 达到 after a share is the level it reached, no change to another level (闵行区 2013, fresh set56; 浙江省2021年政府工作报告)
    ("第三产业增加值714.37亿元,比上年增长15.5%,占生产总值的比重达到41.5%,比上年提高2.7个百分点。", "41.5%",
     "第三产业增加值占生产总值的比重"),
    # 较去年相比 is a comparison alone, no subject (十八里镇 2013, bzqc.gov.cn XxgkContent/show/857324, fresh set67)
    ("初步核算,全镇实现地方生产总值91亿元,同比增长79%;实现财政收入2.3亿元,较去年相比增收6200万元,同比增长37%。", "37%",
     "实现财政收入同比增长"),
    # the level a fall reached, 降至 or 降为, is the subject's (written; real: 2019年国务院政府工作报告, 陕西省2023年政府工作报告,
    # /work/realcorpus/in)
    ("全镇PM2.5浓度由40微克/立方米降至35微克/立方米。", "35微克/立方米", "PM2.5浓度"),
    ("下调部分商品进口关税，关税总水平由9.8%降至7.5%。", "7.5%", "关税总水平"),
    ("重污染天数由14.7天减少至4.9天，PM2.5浓度从49微克/立方米降至39微克/立方米。", "39微克/立方米", "PM2.5浓度"),
    # a count of places of one level says what they did or became (written; real: 云南省2021年政府工作报告,
    # 2006年国务院政府工作报告, /work/realcorpus/in; 全镇4个村开展“一事一议”项目: xx-zhen-2013-renda, /work/township-corpus3;
    # 河北 2022, fresh set26) ...
    ("全镇5个村开展环境整治。", "5个", "村开展环境整治"),
    ("110个县（市、区）实现通高速。", "110个", "县实现通高速"),
    ("28个省（区、市）全部免征了农业税，全国取消了牧业税。", "28个", "省全部免征了农业税"),
    ("全镇4个村开展“一事一议”项目,共筹资33.5万元。", "4个", "村开展一事一议项目"),
    ("15个村被命名为省级卫生村。", "15个", "村被命名为省级卫生村"),
    # ... not the first of a list of places, nor another figure
    ("全镇5个村、2个社区开展环境整治。", "5个", "村"),
    ("瓯江智慧供应链物流园4个村874亩征地工作圆满完成。", "4个", "瓯江智慧供应链物流园村"),
    # 岑阳镇 2023 (/work/gold-fresh/set10): 在谈 and 在营 are words like 在建 and 在库, not 在 before a verb
    ("此外,目前在谈项目4个,意向明确项目2个。", "4个", "在谈项目"),
    ("在营企业200家,在谈企业3家。", "200家", "在营企业"),
    # 分别: a list of figures pairs, one by one, with as many figures before it
    ("全年接待游客1860万人次、实现旅游综合收入168亿元，分别增长12.7%和14.2%。", "12.7%", "接待游客增长"),
    ("全年接待游客1860万人次、实现旅游综合收入168亿元，分别增长12.7%和14.2%。", "14.2%", "实现旅游综合收入增长"),
    ("接待游客约42万人次，实现旅游综合收入2.6亿元，同比分别增长18%和21%。", "21%", "实现旅游综合收入同比增长"),
    ("第一产业增加值38.72亿元，第二产业增加值104.16亿元，第三产业增加值143.57亿元，分别增长3.4%、6.1%和5.8%。",
     "6.1%", "第二产业增加值增长"),
    ("新增就业120人、培训农民300人次，分别完成目标任务的120%和150%。", "150%", "培训农民完成目标任务"),
    # 南宫市 2022 (河北, fresh set29): no figure before in the sentence, the subject of a bare rate stands in the clause
    # before, ahead of a caliber note run into it; a clause of only the note (1985年国务院政府工作报告) names none
    ("固定资产投资增长8.1%;规模以上工业增加值剔除增加值率变化因素,同比增长2.2%;", "2.2%", "规模以上工业增加值同比增长"),
    ("扣除物价上涨因素,比上年增长12.5%;", "12.5%", "增长"),
    ("城镇居民人均可支配收入608元,扣除物价上涨因素,比上年增长12.5%;", "12.5%", "城镇居民人均可支配收入比上年增长"),
    # 铁岭县 2022 (fresh set39): a caliber note run into the figure's own clause is dropped, the subject kept; a price
    # factor stays (growth in real terms: 1994年国务院政府工作报告)
    ("一般公共预算收入扣除政策性留抵退税因素影响后同口径实现12亿元,下降2.8%;", "12亿元", "一般公共预算收入实现"),
    ("一般公共预算收入扣除政策性留抵退税因素影响后同口径实现12亿元,下降2.8%;", "2.8%", "一般公共预算收入实现下降"),
    ("社会消费品零售总额扣除价格因素增长百分之十一点六。", "百分之十一点六", "社会消费品零售总额扣除价格因素增长"),
    # the head of a measure listed first, left out of the short items after it (牟定县 2024年政府工作报告, fresh set42;
    # 西藏自治区2022年政府工作报告); not the parts of a word (改善县乡公路: a place pair)
    ("一般公共预算收入和支出分别达4.78亿元、20.2亿元,分别增长6.9%、0.8%;", "20.2亿元", "一般公共预算支出"),
    ("一般公共预算收入和支出分别达4.78亿元、20.2亿元,分别增长6.9%、0.8%;", "0.8%", "一般公共预算支出增长"),
    ("旅游接待人次和收入分别增长10%和13%以上。", "13%以上", "旅游接待收入增长"),
    # a total after a count of things added is of all of them (霍邱县 2024年政府工作报告, fresh set43)
    ("新增规模工业企业24家,总数达到159家。", "159家", "规模工业企业总数"),
    # items of a list are cut at the width of the short ones only where a word starts (山东省2022年政府工作报告)
    ("进出口、实际使用外资增长32.4%、21.9%，好于全国11个、1.7个百分点。", "32.4%", "进出口增长"),
    # the verb of a close approach is its approximation, no label (霍邱县 2023, fresh set43)
    ("预计,地区生产总值同比增长7%左右,逼近300亿元大关;规模工业增加值增长7%左右。", "逼近300亿元", "地区生产总值"),
    # the verb of a level held ends no label (青海省2022年政府工作报告, 黑龙江省2021年政府工作报告)
    ("城镇调查失业率控制在5.5%以内。", "5.5%以内", "城镇调查失业率"),
    ("粮食产量稳定在1500亿斤以上。", "1500亿斤以上", "粮食产量"),
    # 莲花街道 2020 (吉林, fresh set39): a holding verb opens no label and no place's name
    ("莲花街道下辖26个居民委,有居民38535户、79715人。", "79715人", "居民"),
    ("街道共有在职干部1542人,有社区工作者164人。", "164人", "社区工作者"),
    # 桃园镇 2022 (埇桥区, fresh set29; /work/township-corpus zhen-2024): a thin clause right after a count of what the
    # town has measures the things counted, not the paragraph's run-in subject; a count of what was added does not
    ("总体经济平稳运行。2022年我镇税收预计1700余万元,同比增长10%,固定资产投资完成16679万元,共有规模以上企业14家,"
     "预计完成产值30.68亿元,同比增长3.95%。", "30.68亿元", "规模以上企业完成产值"),
    ("全镇列统企业中,共有装备制造类企业7家,产值6.8亿元;", "6.8亿元", "装备制造类企业产值"),
    ("新增规模以上企业14家,完成产值30.68亿元。", "30.68亿元", "完成产值"),
    # a subject listing as many measures as the list has figures pairs with them
    ("地区生产总值286亿元；规模以上工业增加值、固定资产投资分别增长8.2%和9.5%。", "9.5%", "固定资产投资增长"),
    ("地区生产总值286亿元；规模以上工业增加值、固定资产投资分别增长8.2%和9.5%。", "8.2%", "规模以上工业增加值增长"),
    # short items of one length share the last item's tail; 分别达到 states the levels themselves
    ("全镇有耕地1200亩、林地3000亩，城镇、农村居民人均可支配收入分别达到51,240元和29,870元。", "29,870元",
     "农村居民人均可支配收入"),
    ("全镇有耕地1200亩、林地3000亩，城镇、农村居民人均可支配收入分别达到51,240元和29,870元。", "51,240元",
     "城镇居民人均可支配收入"),
    # 四川省2022年政府工作报告 (../shared/corpora-provincial): 城乡 names two subjects
    ("全省地区生产总值迈上5万亿台阶，达5.38万亿元、增长8.2%；地方一般公共预算收入4773.3亿元、增长12%；"
     "城乡居民人均可支配收入分别增长8.3%、10.3%", "10.3%", "农村居民人均可支配收入增长"),
    ("城乡居民人均可支配收入分别增长8.3%、10.3%。", "8.3%", "城镇居民人均可支配收入增长"),
    # 山西省2022年政府工作报告: 一产、二产、三产增加值
    ("一产、二产、三产增加值分别增长8.1%、10.2%、8.3%。", "10.2%", "二产增加值增长"),
    # the town's own area after a clause about where it lies (a 榆次区 town, /work/township-corpus5 012), and a bare
    # 面积 after a clause of what was grown (written)
    ("**镇位于晋中市榆次区北10公里处,紧临省城太原,辖区面积170 平方公里,平川、丘陵、山区面积各占三分之一。", "170 平方公里",
     "面积"),
    ("发展稻虾综合种养,面积达15公顷。", "15公顷", "发展稻虾综合种养面积"),
    # a 钟山 town (/work/township-corpus6 025): 第 written once for the three
    ("其中第一、二、三产业产值分别是2037万元、19522万元、4317万元,同比+19.82%、+80.46%、+16.99%。", "19522万元", "第二产业产值"),
    # a copy's stray space inside the object after a count (a 榆次区 town, /work/township-corpus5 012)
    ("下设39个行政 村,76个自然村,8996户,2.6万人。", "39个", "下设行政村"),
    # 江苏省2022年政府工作报告: a clause of only a verb goes on about the subject before it
    ("全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%，总量再上一个万亿元台阶。", "11.6万亿元", "地区生产总值"),
    ("全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%，总量再上一个万亿元台阶。", "8.6%", "地区生产总值增长"),
    # 宁夏回族自治区2022年政府工作报告: …大关、达…
    ("全年地区生产总值突破4000亿元大关、达4522.3亿元，增长6.7%，两年平均增长5.3%。", "6.7%", "地区生产总值增长"),
    # 黄溪口镇 2023 (tests/gold/real/township4): a count of villages goes on to what they did
    ("双溪、大湾、罗新、黄溪口4村实现垃圾收运处置,全镇乡村环境明显改善。", "4村", "双溪、大湾、罗新、黄溪口实现垃圾收运处置"),
    # 新塘街道办事处2023年政府工作报告 (tests/gold/real/zhejiang3): 在库 is a word, not a place word 在 before 库
    ("全年新入库项目10个,累计在库项目29个。", "29个", "在库项目"),
    # a target frame is no part of the label
    ("主要预期目标是：地区生产总值增长7%左右。", "7%左右", "地区生产总值增长"),
    # 100% and a verb right after it: all of them did that (布吉街道 2020H1, fresh set46; 云南省2021年政府工作报告), the
    # next clause no part of it; not another share with a comma left out (颛桥镇 2024H1, /work/township-corpus6 030)
    ("推动规上工业企业100%复工、工矿企业复工率99%。", "100%", "推动规上工业企业复工"),
    ("推动规上工业企业100%复工、工矿企业复工率99%。", "99%", "工矿企业复工率"),
    ("六大水系出境跨界断面水质100%达标。", "100%", "六大水系出境跨界断面水质达标"),
    ("实现规模以上工业总产值104.98亿元,完成镇人代会目标的51.2%实现固定资产投资47.21亿元,", "47.21亿元", "实现固定资产投资"),
    # the name the figure before described is no part of the next figure's label (/work/township-corpus5 047)
    ("成功引进落地总投资3600万元的成泽肉鸡养殖项目、总投资1200万元的星星养殖场项目和总投资900万元的德隆生猪养殖项目;", "1200万元",
     "总投资"),
    # the change written before 分别 (星沙街道 2022, fresh set47; 贵州省2022年政府工作报告)
    ("2022年,规上工业产值完成3.69亿元,规下工业产值完成30.5万元,社会消费品零售总额完成26.1亿元,同比增长分别达13.2%、66.67%、22%,"
     "远超预期目标。", "66.67%", "规下工业产值完成同比增长"),
    ("工业投资、民间投资占比分别达22.2%、42.7%，占比分别提高4.3、2.2个百分点。", "2.2个百分点", "民间投资占比提高"),
    # names listed up to 共 and their count: the kind counted (布吉街道 2020H1, fresh set46:
    # http://www.lg.gov.cn/bmzz/bjjdb/xxgk/ghjh/ndgzjhjzj/content/post_7970124.html)
    ("我街道设立布吉亚朵酒店、世纪皇廷酒店、明天酒店共3个健康驿站300个房间分阶段接收4类隔离留观人员", "3个", "健康驿站"),
    # a count of times with no verb before it counts what is done after it (次邱镇 2022, fresh set46:
    # http://www.wenshang.gov.cn/art/2023/3/22/art_73228_2756254.html; 宁夏回族自治区2022年政府工作报告); not a list of
    # ordinals (湖北省2022年政府工作报告)
    ("生产情况,农业农村部先后2次到次邱镇调研三夏生产,均给予高度评价。", "2次", "到次邱镇调研三夏生产"),
    ("习近平总书记连续5次为中阿博览会发来贺信", "5次", "中阿博览会发来贺信"),
    # 山东省2023年政府工作报告: three measures listed, the last one short
    ("全年生产总值增长3.9%，规上工业增加值、固定资产投资、进出口分别增长5.1%、6.1%和2.6%。", "5.1%", "规上工业增加值增长"),
    ("全年生产总值增长3.9%，规上工业增加值、固定资产投资、进出口分别增长5.1%、6.1%和2.6%。", "2.6%", "进出口增长"),
    # 江苏省2022年政府工作报告: 总量 and 人均 refer back to the subject before them
    ("全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%，总量再上一个万亿元台阶，人均达13.7万元；"
     "一般公共预算收入增长10.6%，总量迈上万亿元台阶，达到10015亿元，税收占比为81.6%。", "13.7万元", "人均地区生产总值"),
    ("全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%，总量再上一个万亿元台阶，人均达13.7万元；"
     "一般公共预算收入增长10.6%，总量迈上万亿元台阶，达到10015亿元，税收占比为81.6%。", "10015亿元", "一般公共预算收入"),
    # 山西省2022年政府工作报告
    ("全年GDP增长9.1%，总量跨过2万亿元大关，达到2.259万亿元，排全国第20位。", "2.259万亿元", "GDP"),
    # 海南省2021年政府工作报告: a listed subject, a change and as many figures, without 分别
    ("地方一般公共预算收入增长0.2%，城镇和农村常住居民人均可支配收入增长3%和7.7%，多项指标好于全国。", "3%",
     "城镇常住居民人均可支配收入增长"),
    ("地方一般公共预算收入增长0.2%，城镇和农村常住居民人均可支配收入增长3%和7.7%，多项指标好于全国。", "7.7%",
     "农村常住居民人均可支配收入增长"),
    # 青海省2023年政府工作报告, 甘肃省2023年政府工作报告: a listed subject held at levels, without 分别
    ("城镇登记失业率、城镇调查失业率控制在3.5%以内和5.5%左右。", "3.5%以内", "城镇登记失业率控制在"),
    ("城镇登记失业率、城镇调查失业率控制在3.5%以内和5.5%左右。", "5.5%左右", "城镇调查失业率控制在"),
    ("粮食、大豆种植面积稳定在4000万亩和90万亩以上。", "4000万亩", "粮食种植面积稳定在"),
    # 河北省2021年政府工作报告, 贵州省2022年政府工作报告, 2013年国务院政府工作报告: as many things listed right before as
    # figures, with no 分别 and no change word
    ("培育新型农业经营主体，新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、2000家。", "6000家", "新发展家庭农场"),
    ("培育新型农业经营主体，新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、2000家。", "2000家",
     "农业托管服务组织"),
    ("新增公办学前教育和义务教育学位4.4万个、6.2万个，落实义务教育“双减”政策。", "6.2万个", "义务教育学位"),
    ("2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米；", "37.1平方米",
     "农村人均住房面积"),
    # one subject, one figure: no list
    ("固定资产投资增长8.2%，社会消费品零售总额增长3%。", "3%", "社会消费品零售总额增长"),
    # a pair word inside the subject (金融机构人民币存贷款余额分别增长)
    ("金融机构人民币存贷款余额分别增长10.2%、12.1%。", "12.1%", "金融机构人民币贷款余额增长"),
    # 负增长 is a change too
    ("全镇地区生产总值96.3亿元，负增长1.2%，降幅比上半年收窄0.6个百分点。", "1.2%", "地区生产总值负增长"),
    # a heading that carries the subject: a label of only a verb or a change takes it
    ("一、财政收入\n完成一般公共预算收入5.2亿元，增长3%。\n二、固定资产投资\n全年完成12亿元，下降3.1%。", "12亿元",
     "固定资产投资完成"),
    ("一、财政收入\n完成一般公共预算收入5.2亿元，增长3%。\n二、固定资产投资\n全年完成12亿元，下降3.1%。", "3.1%",
     "固定资产投资完成下降"),
    ("一、工业方面：规上工业增加值下降3.1%，工业投资增长5%。", "3.1%", "规上工业增加值下降"),
    # written (issue 15's form: a numbered indicator list run into one line): each item's topic is its own figures'
    ("一、工业方面：规上工业增加值38.6亿元，下降3.1%；二、固投方面：完成投资12亿元，增长5%；三、消费方面：社会消费品零售总额"
     "20亿元。", "12亿元", "固投完成投资"),
    ("一、工业方面：规上工业增加值38.6亿元，下降3.1%；二、固投方面：完成投资12亿元，增长5%；三、消费方面：社会消费品零售总额"
     "20亿元。", "20亿元", "社会消费品零售总额"),
    ("（一）农业生产：粮食总产3.06万吨。（二）固定资产投资：完成投资12亿元。", "12亿元", "固定资产投资完成投资"),
    # real (/work/township-corpus zhen-2016h1-liuyang): a numbered heading of results run into the line is no topic
    ("今年上半年,我镇完成财政总收入1545万元。一、完成情况:(一)三大产业凸显特色。大力推进招商引资,引进外省企业1家,"
     "续建项目3家,到位资金6630万元;", "6630万元", "到位资金"),
    # real (大冶市金牛镇 2022年上半年工作总结): a paragraph opening with its subject as a sentence of its own
    # gives it to the paragraph's thin labels, before the heading does; a quota handed down is as thin
    ("(一)主要经济指标完成情况\n规模以上工业。我镇目前有规模以上工业企业5家。2022年1-5月市级下达目标1.16亿元,"
     "1-5月份累计已完成1.24亿元。", "1.24亿元", "规模以上工业完成"),
    ("(一)主要经济指标完成情况\n规模以上工业。我镇目前有规模以上工业企业5家。2022年1-5月市级下达目标1.16亿元,"
     "1-5月份累计已完成1.24亿元。", "1.16亿元", "规模以上工业市级下达目标"),
    ("固定资产投资：全年完成12亿元，下降3.1%。", "12亿元", "固定资产投资完成"),
    # 代县2023年政府工作报告 (fresh set9): 分别完成 names no measure, the short item shares the last one's tail;
    # the changes after the list, without 分别 and a subject of their own, pair with the list just before
    ("城镇、农村居民人均可支配收入分别完成33680元、8849元,同比增长5.1%、7.1%。", "33680元", "城镇居民人均可支配收入完成"),
    ("城镇、农村居民人均可支配收入分别完成33680元、8849元,同比增长5.1%、7.1%。", "5.1%",
     "城镇居民人均可支配收入完成同比增长"),
    ("城镇、农村居民人均可支配收入分别完成33680元、8849元,同比增长5.1%、7.1%。", "7.1%",
     "农村居民人均可支配收入完成同比增长"),
    ("粮食产量1.2万吨、油料产量300吨，同比增长3%、5%。", "3%", "粮食产量同比增长"),
    # 都匀市2020 (政府工作报告 of 2021, fresh set19): a list of figures before 分别 pairs with the subject's things too
    (DUYUN_INCOME, "25940元", "城镇居民人均可支配收入"),
    (DUYUN_INCOME, "9234元", "农村居民人均可支配收入"),
    (DUYUN_INCOME, "14468元", "农村居民人均可支配收入提高到"),
    (DUYUN_INCOME, "56.7%", "农村居民人均可支配收入增长"),
    # 昆明市官渡区 2023年上半年计划执行情况 (www.kmgd.gov.cn/c/2023-10-25/6719680.shtml): a listed subject, a verb and as
    # many figures, without 分别
    (GUANDU_INCOME, "29092元", "城镇常住居民人均可支配收入完成"),
    (GUANDU_INCOME, "17191元", "农村常住居民人均可支配收入完成"),
    (GUANDU_INCOME, "6.4%", "农村常住居民人均可支配收入完成增长"),
    # 甘肃省2021年政府工作报告: the end of a plan as a change's baseline is no subject; the change is of what the
    # sentence, or the list before it, names
    ("城乡居民人均可支配收入分别达到33822元和10344元，比“十二五”末提高42.3%和49.1%。", "49.1%", "农村居民人均可支配收入提高"),
    ("市场主体增加到187万户，比“十二五”末增长45.8%。", "45.8%", "市场主体增长"),
    # 四川省2022年, 湖南省2021年政府工作报告: a clause of only 达 after what was added states the level, not an addition
    ("铁路营运里程新增375公里、达5687公里，高速公路通车里程新增468公里、达8608公里，出川大通道达40条。", "8608公里",
     "高速公路通车里程"),
    ("铁路营运里程新增375公里、达5687公里，高速公路通车里程新增468公里、达8608公里，出川大通道达40条。", "468公里",
     "高速公路通车里程新增"),
    ("高新技术企业净增6804家、达8621家。", "8621家", "高新技术企业"),
    # 儋州市木棠镇 2023 (fresh set10): three or more short names of one kind before 分别 are each its own subject
    ("镇域地区生产总值16.84亿元,同比增长6.2%,其中,一产、二产、三产分别为8.08亿元、2.08亿元、6.68亿元。", "2.08亿元", "二产"),
    # 竹林镇 2019 (天柱县, fresh set19): 截止 (as 截至) before a date is no part of the label
    ("截止2019年累计实现1429户5168人稳定脱贫,17个贫困村脱贫出列。", "1429户", "实现稳定脱贫"),
    # real (provincial reports): the tail is shared at a word's start only (内蒙古2021, 山东2022, 安徽2023)
    ("北京市和中央单位分别投入资金19.1亿元和3.3亿元。", "19.1亿元", "北京市投入资金"),
    ("棚户区、老旧小区改造分别新开工12.95万套、65.56万户。", "12.95万套", "棚户区新开工"),
    ("高铁、高速通车里程分别新增125公里、300公里以上。", "125公里", "高铁通车里程新增"),
    # real (2023 deliveries): items of one kind, ending in the character the last item's first word ends in,
    # share what that item says after it (福建, 宁夏, 贵州); items of other kinds do not
    ("城镇居民、农村居民人均可支配收入分别增长5.2%、7.6%。", "5.2%", "城镇居民人均可支配收入增长"),
    ("规上工业、农业、服务业增加值分别增长8%、5%、6.5%以上。", "8%", "规上工业增加值增长"),
    ("规上工业、农业、服务业增加值分别增长8%、5%、6.5%以上。", "5%", "农业增加值增长"),
    ("农业、规模以上工业、服务业增加值分别增长4%左右、7%左右、6.5%左右。", "7%左右", "规模以上工业增加值增长"),
    ("地区生产总值、一般公共预算收入分别增长5%、6%。", "5%", "地区生产总值增长"),
    ("粮食、蔬菜、肉蛋奶产量分别达到107万吨、93万吨、88万吨。", "107万吨", "粮食产量"),  # 西藏 2023
    # a bound or range right before a figure's words is its caliber (吉林省2021年, 云南省2022年政府工作报告)
    ("开展“三早”行动，实施5000万元以上项目2309个，同比增加449个。", "2309个", "5000万元以上项目"),
    ("力争新增工业总产值超千亿元园区2家、超500亿元园区5家。", "2家", "超千亿元园区"),
    ("500万元以上项目累计投资4.86亿元,10至500万元项目累计投资0.54亿元。", "0.54亿元", "10至500万元项目累计投资"),
    # tiers written as ranges with their scale (洋口镇 2023H1, rudong.gov.cn yhjjkfq/jhzj, fresh set58)
    ("完成新签约注册亿元以上内资项目13个,其中10亿-50亿元项目4个,5亿-10亿元项目5个,1亿-5亿元项目4个。", "5个", "5亿-10亿元项目"),
    # …but not with the end of a longer list
    ("棉花100吨、粮食产量1.2万吨、油料产量300吨，同比增长3%、5%。", "3%", "油料产量同比增长"),
    # the words after 分别 name the measure: short items are its subjects
    ("新建改扩建中小学、幼儿园100所，中小学、幼儿园分别新增学位3.2万个、1.1万个。", "1.1万个", "幼儿园新增学位"),
    # a table whose rows name indicators (指标名称 | 预期目标 | 实际完成 | 备注), rows grouped under a heading
    # line without tabs: the row names what is measured, it is no entity
    ("主要指标完成情况\n指标名称\t预期目标\t实际完成\t备注\n一、综合发展\n1.地区生产总值\t增长6%\t增长5.2%\t860.5亿元\n"
     "2.一般公共预算收入\t增长5%\t下降1.6%\t52.3亿元\n", "52.3亿元", "一般公共预算收入"),
    ("主要指标完成情况\n指标名称\t预期目标\t实际完成\t备注\n一、综合发展\n1.地区生产总值\t增长6%\t增长5.2%\t860.5亿元\n",
     "5.2%", "地区生产总值增长"),
    # 宁夏回族自治区2022年政府工作报告: a part (城镇, 农村) of the subject before is that part of it
    ("全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。", "15337元",
     "农村居民人均可支配收入"),
    ("全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。", "7.2%",
     "城镇居民人均可支配收入增长"),
    ("全体居民人均可支配收入增长7%，其中城镇和农村分别增长7%和8%；居民消费价格涨幅控制在3%。", "8%",
     "农村居民人均可支配收入增长"),
    ("全体居民人均可支配收入25735元、增长5.4%，其中城镇35720元、增长4.1%，农村13889元、增长8%。", "13889元",
     "农村居民人均可支配收入"),
    # a subject whose short items share nothing pairs with nothing
    ("城镇、乡村分别增长5%和6%。", "6%", "城镇、乡村分别增长"),
    # more figures in the list than before it: no pairing
    ("接待游客1860万人次，分别增长12.7%和14.2%。", "14.2%", "接待游客增长"),
    # brackets end a clause, except around a short aside inside a phrase, which the label drops
    ("拆除各类建（构）筑物4.6万平方米，实现零上访。", "4.6万平方米", "拆除各类建筑物"),
    ("全镇11个村（社区）开展宣讲120场次。", "120场次", "开展宣讲"),
    ("完成投资5亿元（占全年的60%），新建道路3公里。", "3公里", "新建道路"),  # a long aside still breaks
    # a note between the subject and its figure qualifies the subject: the label is the subject
    # (2024年湖镇镇政府工作报告, 龙游县, tests/gold/real/zhejiang3)
    ("全年固定资产投资(含制造业)7.85亿元。", "7.85亿元", "固定资产投资"),
    # a note narrowing what is counted stays, however long (七宝镇 2021年上半年, 闵行区, fresh set17; 统计公报's own name)
    ("完成固定资产投资（不含农户）12亿元，同比增长8%。", "8%", "完成固定资产投资（不含农户）同比增长"),
    ("1、 经济运行稳中有进。上半年,完成生产总值41亿元,同比增长15%;财政总收入(不含免抵调)完成24.03亿元,同比增长32.61%;",
     "24.03亿元", "财政总收入(不含免抵调)完成"),
    ("全年财政总收入（不含免抵调）8.02亿元。", "8.02亿元", "财政总收入（不含免抵调）"),
    ("2023年,全街规上工业产值12.62亿元(不含鄂钢)、零售总额完成1.93亿元。", "1.93亿元", "零售总额完成"),  # 西山街道 2023 (set6)
    ("完成粮食播种面积2.36万亩，占全年任务的96%。", "96%", "完成粮食播种面积占全年任务"),  # a period naming the goal stays
    # 颛桥镇 2024H1 (/work/gold-fresh/set17): before a percentage, the completion of a goal named in any words is the
    # figure's before; before a count it is a doing of its own
    ("实现税收收入25.86亿元,完成镇人代会目标的54.4%;实现区级地方收入9.4亿元,完成镇人代会目标的54.2%。", "54.2%",
     "实现区级地方收入完成镇人代会目标"),
    ("拆除违建房屋120户,完成拆迁任务32户。", "32户", "完成拆迁任务"),
    # 七宝镇 2021H1 (/work/gold-fresh/set17), 海南 2022 (corpora-provincial): an aside of five or six characters goes,
    # a caliber note stays
    ("财政总收入(不含免抵调)完成24.03亿元,同比增长32.61%;地方财政收入(不含免抵调)完成8.02亿元。", "8.02亿元",
     "地方财政收入(不含免抵调)完成"),
    ("细颗粒物（PM2.5）浓度13微克/立方米，空气质量优良天数比例99.5%。", "13微克/立方米", "细颗粒物浓度"),
    ("全年发放补贴12万元。", "12万元", "发放补贴"),  # a period that dates the figure goes
    # the baseline a subject is compared with stays; with no subject the figure relates to the one before
    ("城乡居民医保参保率较上年提高1.5个百分点。", "1.5个百分点", "城乡居民医保参保率较上年提高"),
    ("入驻率达到83.5%，较年初提高6.2个百分点。", "6.2个百分点", "入驻率提高"),
    # a bound (…以上的) says which things the next figure counts, and of what it is a bound
    ("村集体经济收入30万元以上的村达到5个。", "5个", "村集体经济收入30万元以上村"),
    # a bound written 超过 counts things as 以上 does
    ("集体经济收入超过30万元的村2个。", "2个", "集体经济收入超过30万元村"),
    # a clause that only names a village: that village's value of the measure named before
    ("全镇集体经济收入386万元，其中茶岭村52万元、黄泥塘村37万元。", "37万元", "集体经济收入"),
    # …等问题: the list before 等 stays when what follows only names its kind
    ("整治占道经营、乱堆乱放等问题3100余起。", "3100余起", "整治占道经营、乱堆乱放等问题"),
    ("落实低保、特困供养等民政补助191万元。", "191万元", "民政补助"),
    # real (东石镇 2022, /work/gold-fresh/set6): the things a count counted are the subject of what follows it
    ("全年新增规上企业27家、限上批发企业7家;15个技改项目完成投资3.95亿元(人民币,下同);", "3.95亿元", "技改项目完成投资"),
    ("组织3个村完成投资120万元,开展巡查12次。", "120万元", "村完成投资"),
    ("组织3个村完成投资120万元,开展巡查12次。", "12次", "开展巡查"),  # written: a break between, no subject carried
    # real (高桥街道 2024, tests/gold/real/county2): named examples before a count; it counts what the clause says
    ("金盘科技、德力普等2个项目实现“拿地即开工”;", "2个", "项目实现拿地即开工"),
    # real (大塘埠镇 2020, fresh set26): what the things counted did ends in a level, then the next figure: that level
    ("推进银龙轨道、建安混凝土等2家公司纳税突破1000万元推进智慧能源综合利用产业园项目立项规划,", "2家", "公司纳税"),
    # real (吉林省2023年政府工作报告, 8个项目730公里; 河南省2021年政府工作报告): no level: the next figure stays
    ("新开工白旗松花江大桥等4个项目113公里。", "4个", "项目113公里"),
    ("在精准医学、生态保护、装备制造等8个领域实施10项以上超算创新生态专项。", "8个", "领域实施10项以上超算创新生态专项"),
    # real (草潭镇 2023M1-M10, fresh set24; 海南省2022年政府工作报告): a completion rate alone is of what was done before it
    ("個體已采集3816戶,底冊個體戶已全部完成核查,完成率100%,其中有證完成2452戶", "100%", "底册个体户已全部完成核查完成率"),
    ("省领导带头，全省为群众办实事5124件、完成率89%。", "89%", "群众办实事完成率"),
    # real (荷花池街道 2024H1, fresh set12; 云南省2023年政府工作报告, 吉林省2021年政府工作报告): a bound after the measure its
    # clause names is a bound of that measure; after a doing, of the things counted
    ("招引数字经济类企业3家,预计6月新增税收100万元以上企业2个,新落户首店首牌1家", "2个", "税收100万元以上企业"),
    ("全省营业收入超千亿元开发区7家。", "7家", "营业收入超千亿元开发区"),
    ("实施5000万元以上项目2309个。", "2309个", "5000万元以上项目"),
    # real (岭峰乡 2024, tests/gold/real/zhejiang3): a 分别 list of one unit whose joiner the text lost still pairs
    ("规上其他营利性服务业营业收入增长85.6%,限上餐饮业营业额、零售业销售额分别增长55.5%24.6%。", "55.5%", "限上餐饮业营业额增长"),
    ("规上其他营利性服务业营业收入增长85.6%,限上餐饮业营业额、零售业销售额分别增长55.5%24.6%。", "24.6%", "零售业销售额增长"),
    # real (延吉新村街道 2021, 陶堰街道 2020 in /work/township-corpus*; 山东省2022年政府工作报告): the object of a count ends
    # before the joiner of the next item, which opens nothing of its label
    ("各基层党组织完成30个重点民生项目和10个重点发展项目。", "30个", "各基层党组织完成重点民生项目"),
    ("重点人员管控全部实现挂图作战,销号管理,235名重点人员和3678名绍外“三返”人员", "235名", "重点人员"),
    ("突出抓好济南、青岛、日照等5个国家物流枢纽，2个国家骨干冷链物流基地以及30个左右多式联运示范工程。", "30个左右",
     "多式联运示范工程"),
    # real (/work/township-corpus*: 常州 某镇 2016H1, 望江街道 2016, 某县 2020; 吉林省2021年政府工作报告): names listed right
    # before a count of named things are no part of its label; the verbs before them are; not kinds (辽宁省2023年), not a clause
    ("创新发展取得新成效,培育优特科、普莱克红梅、博旺电子和常胜精密4家后备企业;", "4家", "培育后备企业"),
    ("安正科技、易之园林、春派、风盛传媒、顺治科技5家企业在新三板上市;", "5家", "企业新三板上市"),
    ("我县有欣荣村、广荣村、隆源村3个贫困村,全部为生态移民集中安置村。", "3个", "贫困村"),
    ("开发建设白城、松原两个新能源产业示范园区，抓好松原", "两个", "开发建设新能源产业示范园区"),
    ("聚力打造先进装备制造、石油化工、冶金新材料3个万亿级产业基地，22个重点产业集群建设取得积极成效。", "3个",
     "石油化工、冶金新材料万亿级产业基地"),
    ("如果各地区、各部门主管经济工作的领导同志不亲自去抓一两个重点企业，", "一两个", "主管经济工作的领导同志不亲自去抓重点企业"),
    # real (崇义乡 2024, fresh set19): persons counted after their names and 等 are of the kind named before the names
    ("并由乡党政班子成员对百香果种植能手杨杰等3人、优秀罗汉果收购网点龙见顶等2人、茶叶种植能手张家品等两人、"
     "板蓝根种植能手杨文作发放奖励金。", "3人", "百香果种植能手"),
    ("并由乡党政班子成员对百香果种植能手杨杰等3人、优秀罗汉果收购网点龙见顶等2人、茶叶种植能手张家品等两人、"
     "板蓝根种植能手杨文作发放奖励金。", "2人", "优秀罗汉果收购网点"),
    ("并由乡党政班子成员对百香果种植能手杨杰等3人、优秀罗汉果收购网点龙见顶等2人、茶叶种植能手张家品等两人、"
     "板蓝根种植能手杨文作发放奖励金。", "两人", "茶叶种植能手"),
    # real (吉林省2023年政府工作报告): 群众留言 is no kind and a name: the list stays
    ("通过省长热线等渠道，累计办理群众留言等近30万件，创设《民声摘报》。", "近30万件", "办理群众留言等"),
    # real (姜家镇 2024H1, fresh set22): a count opening with 分 counts what is written after it; a change of a count
    # of its own things is theirs
    ("发生小班数290个,较上年度减少12个,共分9个标段进行除治,较去年增加1个标段,专业除治队伍", "9个", "标段进行除治"),
    ("发生小班数290个,较上年度减少12个,共分9个标段进行除治,较去年增加1个标段,专业除治队伍", "1个", "标段增加"),
    # real (2008年国务院政府工作报告)
    ("今年要再解决3200万农村人口的安全饮水问题，增加500万农村沼气用户，支持建设", "500万", "农村沼气用户增加"),
    ("分3批组织党员干部开展警示教育。", "3批", "组织党员干部开展警示教育"),
    # real (西山街道 2023, /work/gold-fresh/set6): money spent, labelled by what it was spent on
    ("朱家垴股经社盘活闲置土地约80亩,投资2000多万元创建产业园,目前已入驻伟华物流。", "2000多万元", "投资创建产业园"),
    ("投资2000多万元,创建产业园。", "2000多万元", "投资"),  # written: a break between
    # real (荷花池街道 2022H1, fresh set12; 福建省2023年政府工作报告): money handed out, labelled by what it was
    ("举办夏日消费节活动,发放10万元惠民消费券。", "10万元", "发放惠民消费券"),
    ("举办首届福品博览会，发放4亿元消费券，撬动汽车、家电等大宗消费回升。", "4亿元", "发放消费券"),
    # real (金牛镇 2022H1, /work/gold-fresh/set6): a paragraph's run-in subject heads a verb with a generic measure,
    # a quota with a bare year, and a month's figure (5月份单月)
    ("规模以上工业。我镇目前有规模以上工业企业5家。预计2022年6月完成总产值2500万元,去年6月同期完成2017万元。", "2500万元",
     "规模以上工业完成总产值"),
    ("财政收入。2022市级下达年度目标3100万元,2022年1-5月份财政收入为252万,5月份单月完成74万元。", "74万元",
     "财政收入完成"),
    ("财政收入。2022市级下达年度目标3100万元,2022年1-5月份财政收入为252万,5月份单月完成74万元。", "3100万元",
     "财政收入2022市级下达年度目标"),
    # real (鹅池镇 2023, /work/gold-fresh/set7): 增产 before a percentage is a change of the figure before; before
    # an amount (2023年国务院政府工作报告) it is what was added
    ("全年产茧817担,增产40%。", "40%", "产茧增产"),
    ("粮食产量1.37万亿斤，增产74亿斤。", "74亿斤", "增产"),
    # real (保安镇 2023, /work/gold-fresh/set6, the sentence's head cut): a figure opening an item, then 的
    ("完成镇区雨污管网综合改造、32公里的农村道路新建维修、9个行政村的城乡供水一体化等民生实事。", "32公里",
     "农村道路新建维修"),
    # real (泉湖镇 2022, /work/gold-fresh/set8; 云南 2021): a count after its verb, then 的: what follows is what
    # was done or counted
    ("以可复制、模块化的建设要求,以统一的样式整理整顿了6个村的“三室两栏”,使党员活动与组织工作更加规范化。", "6个",
     "以统一的样式整理整顿村三室两栏"),
    ("培育10个行业领先的智能制造示范企业，树立一批产业数字化转型标杆。", "10个", "培育行业领先智能制造示范企业"),
    # real (花桥镇 2024, /work/gold-fresh/set8, simplified; 河北 2021): modifiers listed after a count, then 的:
    # the count is of what they describe
    ("做深做实村党组织书记后备力量培育储备工作,选拔出97位愿意扎根基层、敢拚敢闯的村党组织书记后备力量人选。", "97位",
     "选拔出村党组织书记后备力量人选"),
    ("实施现代种业提升工程，培育40个高产优质、多抗广适的新品种。", "40个", "培育新品种"),
    # real (高埗镇 2024, tests/gold/real/towns1; 新疆 2023): a count of enterprises goes on to what they did
    ("箱包鞋帽等传统产业进一步向现代化、智能化、高端化转型升级,23家企业开展技术改造;", "23家", "企业开展技术改造"),
    ("小微企业贷款余额分别增长9.7%、23%，4家企业实现首发上市。", "4家", "企业实现首发上市"),
    # real (黑龙江 2023): not when the words after it are only the change to a later figure
    ("国家认定的高新技术企业由2017年929家增长到3605家。", "929家", "国家认定的高新技术企业"),
    # real (番禺区沙湾街 2023, 楚雄市东华镇 2022: fresh set14): 可比增长 is a change of the subject before; a grade's 等
    # ends no list; 全街 is the reporting body
    ("前三季度全街实现生产总值(GDP)99.12亿元,可比增长4.6%。", "4.6%", "实现生产总值可比增长"),
    ("前三季度全街实现生产总值(GDP)99.12亿元,可比增长4.6%。", "99.12亿元", "实现生产总值"),
    ("均价34.06/公斤,上等烟比例77.39%实现叶产值9536.8万元。", "77.39%", "上等烟比例"),
    # real (黑龙江 2023; 舒茶镇 2021, fresh set13; 江苏 2021; 河北 2023): the level a change reached is the subject's
    ("国家认定的高新技术企业由2017年929家增长到3605家。", "3605家", "国家认定的高新技术企业"),
    ("财政收入由2017年的1339万元增长至2021年的2173.5万元,年均增长12.5%。", "2173.5万元", "财政收入"),
    ("财政收入由2017年的1339万元增长至2021年的2173.5万元,年均增长12.5%。", "12.5%", "财政收入年均增长"),
    ("全省林木覆盖率由22.5%提高到24%。", "24%", "林木覆盖率"),
    ("全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。", "3.06万亿元", "生产总值"),
    # real (王官集镇 2024H1, /work/gold-fresh/set5; 四川 2023; 湖北 2022): quotes inside or around the object after
    # a figure are no end of it
    ("排定的47个“三园”试点建设项目,2024年计划实施项目30个。", "47个", "排定三园试点建设项目"),
    ("217万多人住上“安全房”，414万多人喝上“放心水”。", "217万多人", "住上安全房"),
    ("2149个事项“一网通办”，21个高频事项“一事联办”。", "2149个", "事项一网通办"),
    # real (工山镇 2023, /work/gold-fresh/set5): a bare 完成 right after a quota handed down is of the quota's subject
    ("2023年县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%,比去年同期增长22.3%。",
     "8600万元", "一般公共预算收入完成"),
    ("2023年县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%,比去年同期增长22.3%。",
     "22.3%", "一般公共预算收入完成比去年同期增长"),
    # real (a 安徽 town's 2021 政府工作报告, fresh set37): the goal and the baseline in brackets; the rate after the share
    # of the goal is the tax's, not the goal's
    ("完成税收收入7106万元,完成预期目标(5100万元)139.3%,比上年同期(5181万元)增长37.2%。", "37.2%", "完成税收收入增长"),
    ("完成税收收入7106万元,完成预期目标(5100万元)139.3%,比上年同期(5181万元)增长37.2%。", "5181万元", "完成税收收入"),
    # real (沈家门街道 2020, /work/township-corpus4): a verb alone after a goal (完成全年指标任务…) is about the
    # sentence's subject, not the goal
    ("实现固定资产投资44.56亿元,同比增长73.52%,完成全年指标任务37亿元的120.43%,预计全年可实现46亿元,实现限额以上批发业销售额275.10亿元,同比增长7.9%",
     "46亿元", "实现固定资产投资"),
    # real (花桥镇 2024, /work/gold-fresh/set8, simplified): 村级组织 is one word, so 组织 is no verb ending the object
    ("对照省级57项、市级11项及县级4项减负措施,取消34项非村级组织出具证明事项,清理不规范挂牌512块。", "34项",
     "取消非村级组织出具证明事项"),
    # real (长街镇 2024, tests/gold/real/zhejiang3): a 分别 list pairs with the subjects a count before it named
    ("盘活低效用地17亩,20个建新项目建成率和投产率分别达100%和70%,园区容积率提高5%。", "100%", "建新项目建成率"),
    ("盘活低效用地17亩,20个建新项目建成率和投产率分别达100%和70%,园区容积率提高5%。", "70%", "投产率"),
    # written: named examples before the count stay out of it (examples_end)
    ("加快培育优质粮油、规模畜禽、特色水产、绿色果蔬等4条超千亿级的省级重点产业链。", "4条", "超千亿级省级重点产业链"),
    # real (洪山镇 2020, /work/gold-fresh/set8): bounds listed before 分别 are bounds of the thing after 的
    ("目前已有专业合作组织15个,100亩以上、50亩以上、30亩以上的种粮大户分别达到了5户、30户、100户。", "5户",
     "100亩以上种粮大户"),
    ("目前已有专业合作组织15个,100亩以上、50亩以上、30亩以上的种粮大户分别达到了5户、30户、100户。", "100户",
     "30亩以上种粮大户"),
    # real (近尾洲镇 2021, /work/gold-fresh/set8, simplified): money spent, then where (在…), then what on
    ("组织开展了3次河长制宣传培训活动,投入10万余元在义仁村秀才堡河段开展示范河的打造及小微河流清淤疏浚、绿化和整治工作。",
     "10万余元", "投入开展示范河的打造及小微河流清淤疏浚"),
    # real (湖镇 2024 政府工作报告, tests/gold/real/zhejiang3): the mark passed (…目标) and the rise to it refer back to
    # the subject; the level reached after it and its growth are that subject's
    ("一是规上工业产值继2023年突破60亿大关之后,2024年仍然持续上扬突破70亿元目标,达到74.23亿元,同比增长23.75%,全市同类型乡镇增速排名第一。",
     "74.23亿元", "规上工业产值"),
    ("一是规上工业产值继2023年突破60亿大关之后,2024年仍然持续上扬突破70亿元目标,达到74.23亿元,同比增长23.75%,全市同类型乡镇增速排名第一。",
     "23.75%", "规上工业产值同比增长"),
    # real (石排镇 2024 人代会报道, tests/gold/real/towns1, simplified): a rate after a place in a ranking is of the subject
    ("2023年,全镇实现GDP211.9亿元,总量排名较去年前进2位,同比增长5%,增速排名全市第5。", "5%", "实现GDP同比增长"),
    # real (寮步镇 2023 政府工作报告 as a web page writes it, tests/gold/real/towns1): the pinyin after the measure word
    ("獲評(píng)為全市年度領(lǐng)導(dǎo)班子工作優(yōu)秀鎮(zhèn)街,榮獲5項(xiàng)全市“單打冠軍”。", "5項", "荣获全市单打冠军"),
    # real (山东省2021年政府工作报告, /work/shared/corpora-provincial; 海南省2022年政府工作报告): a lead over another
    # (好于全国, 快于游客增速) is of the subject before it
    ("实际使用外资达到176.5亿美元，增长20.1%，好于全国15.6个百分点。", "15.6个百分点", "实际使用外资好于全国"),
    ("全省接待国内外游客8100万人次，旅游总收入增长58.6%、快于游客增速33.1个百分点。", "33.1个百分点", "旅游总收入快于游客增速"),
    # real (颛桥镇 2024年上半年, 闵行区, fresh set17): the completion of a goal the town's congress set is of the figure before
    ("实现税收收入25.86亿元,完成镇人代会目标的54.4%;实现区级地方收入9.43亿元,完成镇人代会目标的54.2%。", "54.2%",
     "实现区级地方收入完成镇人代会目标"),
    # written after 浦锦街道 2023H1 (闵行区, fresh set17: 上半年度占比达到14%): 上半年度, 本年度 are the period
    # words with 度, no 度 left in the label
    ("全镇上半年度完成税收5亿元,同比增长8%。", "8%", "完成税收同比增长"),
    ("本年度新增就业岗位300个。", "300个", "新增就业岗位"),
    # real (察右后旗 2022, fresh set16; 江苏省2023年政府工作报告): the caliber of a growth rate leaves it the subject's
    ("一般公共预算收入预计完成3.6亿元,自然口径同比增长26.2%。", "26.2%", "一般公共预算收入预计完成增长"),
    ("一般公共预算收入达9258.9亿元、同口径增长1.5%。", "1.5%", "一般公共预算收入增长"),
    # real templates (/work/township-corpus xx-zhen-135-review, township-corpus2 zhen-huanjie-wenku365): a placeholder
    # year is a year
    ("劳务创收达1348万元,比20xx年增加425万元,增长40%。", "425万元", "劳务创收增加"),
    ("五年来,全镇财政总收入由201x年的2.66亿元增加到202x年的4.559亿元。", "4.559亿元", "财政总收入"),
    # real (新城街道 2024, /work/township-corpus2): a caliber note after what a count counted qualifies the amount
    ("29幢商务楼宇税收(不含房地产)37005.49万元,同比增长12%。", "37005.49万元", "商务楼宇税收(不含房地产)"),
    # real (溪头乡 2014, /work/township-corpus2): 可达 before the figure is no part of what it measures
    ("加上临时务工人员等,劳务收入可达9360万元。", "9360万元", "劳务收入"),
    # real (湛江 麻章 湖光镇 2021, fresh set24): 完成预算 and 比上年决算 relate to the subject before
    ("税收收入1.22亿元,完成预算的100%;非税收入0.43亿元,完成预算100%。", "100%", "税收收入完成预算"),
    ("上级财政补助收入2.29亿元,比上年决算增加0.085亿元,增长4%。", "0.085亿元", "上级财政补助收入增加"),
    # real (廉江 营仔镇 2023, fresh set24): 第二产业 is no body the figure belongs to
    ("第一产业产值10.98亿元,增长9.4%,第二产业产值6.71亿元,增长13.2%。", "6.71亿元", "第二产业产值"),
    # real (淳安 枫树岭镇 2020, fresh set22): households named before their persons did what follows both
    ("全镇480户低收入家庭752人实现脱贫。", "480户", "低收入家庭实现脱贫"),
    ("全镇480户低收入家庭752人实现脱贫。", "752人", "低收入家庭实现脱贫"),
    # real (2008年国务院政府工作报告): a list of two kinds of persons is no compound
    ("三是开展40万人次政府补贴性职业技能培训及支持1万名未就业普通高校毕业生到基层就业。", "40万人次",
     "开展政府补贴性职业技能培训及支持"),
    # real (淳安 姜家镇 2024H1, fresh set22): 上年度 is the baseline with its 度
    ("发生小班数290个,较上年度减少12个。", "12个", "发生小班数减少"),
    # real (安吉 昌硕街道 2022, fresh set22): 亩均 cut in two by jieba still ends what the count counts
    ("完成256家企业亩均税收调查,出清38家低效企业。", "256家", "完成企业亩均税收调查"),
    # real (七宝镇 2023 政府工作报告, 闵行区, fresh set17, a web page on one line): the address to the deputies opening
    # the report (各位代表:) is no subject of the figures after it
    ("各位代表: 现在,我代表七宝镇人民政府,向大会报告工作。2023年,加快推进九星城项目建设及招商工作,9栋楼主体结构全部封顶。",
     "9栋", "楼主体结构"),
    # real (/work/township-corpus xiasha-jd-2022h1, xx-zhen-2022q1, zhen-2023h1-kuangye; 1982年, 1955年国务院政府工作
    # 报告): the 内 of a place or a span before the label, the 的 left by shortening a long one, and a name with the
    # words opening an example (主要是, 例如) before the figure are no part of its label; 内河 is a word
    ("围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,改造移动核酸检测方舱18处", "111个", "动态设置便民核酸检测点"),
    ("五年内新建和续建装机容量四十万千瓦以上的水电站十五个", "十五个", "新建和续建装机容量四十万千瓦以上水电站"),
    ("今年先后招引了2个项目,仅与襄城区接壤的xxx片区就已落户投资亿元以上的项目10个。", "10个",
     "xxx片区就已落户投资亿元以上的项目"),
    ("1-6月份共完成工业投资3.19亿元,主要是建瓴制砖有限公司14362万元,金鼎矿业完成工业投资13679万元", "14362万元", "完成工业投资"),
    ("例如哈尔滨食品公司一九五四年一年中发生的浪费事件就有五十多次。", "五十多次", "一年中发生的浪费事件就"),
    ("内河轮驳船货物周转量增长32%。", "32%", "内河轮驳船货物周转量增长"),
    # real (竹林镇 2019, fresh set19): a count's object listing levels of government runs to the noun they share; not
    # a clause going on after a level (110个县、居全国第一, written)
    ("整合县、镇、村三级385名结对帮扶干部和68名县、镇干部,41名村干部力量实行85个网格化管理机制", "68名", "县、镇干部"),
    ("发动120名省、市、县志愿者参与。", "120名", "发动省、市、县志愿者参与"),
    ("全国已有110个县、居全国第一。", "110个", "已有县"),
    # real (/work/township-corpus xiang-2023-yaodian, zhen-banian-beiweimall): a paragraph's list number is no part of
    # its label; nor the first of numbered items (一、二、三产, written)
    ("4.完成林地品改800亩,发展山地鸡养殖大户10户,长毛兔养殖大户10户,特种水产养殖120亩。", "800亩", "完成林地品改"),
    ("一、上半年工作完成情况\n2、完成限额以上工业总产值13675万元,占年任务52,同比增长45.8;", "13675万元",
     "完成限额以上工业总产值"),
    ("全年地区生产总值增长1.2%,一、二、三产分别增长3.6%、0.5%和1%;", "0.5%", "二产增长"),
    # real (浙江省2022年政府工作报告, ../shared/corpora-provincial; 闵行区 2018, fresh set17): 人数 is part of what is counted,
    # and tells the deaths from the accidents a list pairs with its rates
    ("强力推进重点领域“遏重大”攻坚战,生产安全事故起数和死亡人数分别下降12.9%、11.2%。", "12.9%", "生产安全事故起数下降"),
    ("强力推进重点领域“遏重大”攻坚战,生产安全事故起数和死亡人数分别下降12.9%、11.2%。", "11.2%", "死亡人数下降"),
    ("城镇新增就业3万个,城镇登记失业人数1.16万人;", "1.16万人", "城镇登记失业人数"),
    # real (/work/township-corpus2 zhen-wudatupo-caiyes, /work/township-corpus tuantian-xiang-2016-4): a bare measure after
    # a figure of one crop is that crop's; not after a doing (吉林省2023年政府工作报告) or a list's item
    ("种植马铃薯2万亩、产量2.5万吨;", "2.5万吨", "马铃薯产量"),
    ("其中:小麦播种面积为1600亩,产量36.8万公斤;", "36.8万公斤", "小麦产量"),
    ("粮食生产再获大丰收，增产8.32亿斤，总产量达到816.16亿斤。", "816.16亿斤", "总产量"),
    ("中稻1万亩,旱粮作物1.05万亩,播种面积达5.8万亩。", "5.8万亩", "播种面积"),
    # real (歙县 富堨镇 2016, fresh set57): 跃升至 ends a change like 增加到
    ("全镇财政收入从2011年的3200万元跃升至2016年的6210万元,年均增长14.2%;", "6210万元", "财政收入"),
    # real (七宝镇 2023, fresh set56): a caliber note counts for no words of a long label
    ("区级地方收入(不含免抵调)预计完成22亿元,同比增长48.5%;", "48.5%", "区级地方收入(不含免抵调)预计完成同比增长"),
    # real (a 镇's 巩固脱贫成果工作情况汇报, fresh set60): persons listed after counts of places are their population
    ("xx镇辖32个行政村(社区)、4.7万人,全镇共有建档立卡脱贫户937户2685人。", "4.7万人", "人口"),
]


# The report's own town opening a label measures nothing (real: 大桥镇 2024, 平湖镇 2022, 营仔镇 2024 in /work/township-corpus3,
# fresh set24); another place does (a village's)
@pytest.mark.parametrize(("sentence", "surface", "label"), [
    ("大桥镇完成一般公共预算收入7414.33万元。", "7414.33万元", "完成一般公共预算收入"),
    ("2022年度,大桥镇食用菌年产量达2.33万吨。", "2.33万吨", "食用菌年产量"),
    ("梨花村完成一般公共预算收入20万元。", "20万元", "完成一般公共预算收入"),
])
def test_the_reports_own_town_is_no_part_of_a_label(sentence, surface, label):
    figures = extract_report(Report("r", "", sentence, town="大桥镇", period="2024")).figures
    assert next(f.indicator for f in figures if f.surface == surface) == label


def test_a_bracketed_run_in_heading_is_no_part_of_a_label():
    # a yearbook's 【概况】 (皇城镇 2020 in 《肃南年鉴2021》, fresh set74:
    # http://www.gssn.gov.cn/ztzl/dqzl/202208/t20220807_889768.html)
    text = "【概况】皇城镇辖18个自然行政村、1个社区。"
    figures = extract_report(Report("r", "", text, town="皇城镇", period="2020")).figures
    assert [f.indicator for f in figures] == ["辖自然行政村", "辖社区"]


@pytest.mark.parametrize(("sentence", "surface", "label"), IN_A_SENTENCE)
def test_label_in_a_sentence(sentence, surface, label):
    figures = extract_report(Report("r", "", sentence, town="某镇", period="2025H1")).figures
    assert next(f.indicator for f in figures if f.surface == surface) == label


XXTOWN_2020H1 = ("1-5月全社会固定资产投资完成5.1亿元,预计1-6月完成5.84亿元,占目标任务5.5亿元的106%;1-5月规模工业总产值"
                 "完成14.2亿元,工业增加值完成4.5亿元,工业增加值增速完成13.3%,占半年目标任务13%的102%;")


# 预计 and quotas: (report period, text, figure, kind, estimated). Rows marked real are sentences of real
# town reports (tests/gold/real and the fresh blind sets: 工山镇 2023/2024, 金牛镇 2022H1, 溧阳南渡 2018).
HAIMEN_2022 = ("一、2022年国民经济和社会发展计划执行情况\n今年以来,面对严峻复杂的宏观经济形势和超预期的疫情影响,全区上下…"
               "克难奋进推动全区经济和社会高质量发展迈出坚实步伐。\n——实现地区生产总值1635亿元,同比增长3.1%(预计,下同);\n"
               "——同口径一般公共预算收入86亿元,其中税收收入63亿元;\n——工业投资增速7%;\n——社会消费品零售总额521亿元,增长3%;\n")


@pytest.mark.parametrize(("period", "text", "surface", "kind", "estimated"), [
    # real: an annual 工作总结 estimates its own year
    ("2024", "全社会固定资产投资预计可完成4.72亿元,同比增幅56.1%。", "4.72亿元", "actual", True),
    ("2024", "全社会固定资产投资预计可完成4.72亿元,同比增幅56.1%。", "56.1%", "actual", True),
    # real (桃园镇 2022, fresh set29): 预计 right before its figure holds for the rate after it, not for the next subject
    ("2022", "2022年我镇税收预计1700余万元,同比增长10%,固定资产投资完成16679万元。", "10%", "actual", True),
    ("2022", "2022年我镇税收预计1700余万元,同比增长10%,固定资产投资完成16679万元。", "16679万元", "actual", False),
    # real: a quota handed down is a target; what is expected against it an estimate
    ("2023", "2023年县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%。", "8000万元",
     "target", False),
    ("2023", "2023年县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%。", "8600万元",
     "actual", True),
    ("2022H1", "2022市级下达年度目标3100万元,2022年1-5月份财政收入为252万。", "3100万元", "target", False),
    # real (a 安徽 town's 2021 政府工作报告, fresh set37): 预期 before a goal word names that goal alone; the share of it
    # and the change on last year after it are results
    ("2021", "完成税收收入7106万元,完成预期目标(5100万元)139.3%,比上年同期(5181万元)增长37.2%。", "5100万元", "target",
     False),
    ("2021", "完成税收收入7106万元,完成预期目标(5100万元)139.3%,比上年同期(5181万元)增长37.2%。", "37.2%", "actual",
     False),
    # real: last year's month is a baseline, never a target
    ("2022H1", "预计2022年6月完成7000万元,去年6月同期完成4260万元,同比增长64.31%。", "7000万元", "actual", True),
    ("2022H1", "预计2022年6月完成7000万元,去年6月同期完成4260万元,同比增长64.31%。", "4260万元", "actual", False),
    # real: 预计 at the head of a sentence estimates the items its semicolons divide
    ("2018", "预计全年完成地区生产总值52亿元,同比增长9.6%;公共财政预算收入2.16亿元,同比增长18.2%。", "2.16亿元",
     "actual", True),
    # real (来安县 2025年政府工作报告, fresh set13 sources.tsv): 预计 opening a clause, not the sentence, estimates the
    # items its semicolons divide
    ("2024", "受多重因素影响,经济运行承压前行,主要经济指标不及预期,预计全年地区生产总值415亿元、增长1%左右;规上工业增加值"
     "下降15%;固定资产投资下降5%;一般公共预算收入29亿元、增长3.5%。", "29亿元", "actual", True),
    # real (淞南镇 2020 and 南通镇 2023, fresh set31): 预计实现 opening a clause, and 今年全年预计 opening the sentence,
    # estimate the items their semicolons divide
    ("2020", "受新冠肺炎疫情和各类不确定因素影响,预计实现区级地方财政收入4.1亿元,同比下降9%;社会消费品零售总额102.6亿元,"
     "降幅小于全区平均水平;固定资产投资19亿元,完成年度目标。", "19亿元", "actual", True),
    ("2023", "今年全年预计全社会固定资产投资额完成41.1亿元,比增37.2%;税收收入完成1.82亿元,比增-17%;", "-17%", "actual",
     True),
    # written: a yield per acre projected in a clause (预计每亩增收) carries over no semicolon
    ("2025H1", "桂花村发展稻虾综合种养,面积达15公顷,预计每亩增收2000-3000元;镇里对接十余家商超。", "十余家", "actual", False),
    # written: an item with its own verb leaves the list; a half-year report looks ahead to 全年
    ("2024", "预计全年实现地区生产总值44.8亿元;完成实缴税金7.43亿元。", "7.43亿元", "actual", False),
    # real: the goal itself is a target, the share of it done a result (七宝镇 2023, fresh set17; 棠树乡 2019, fresh set13;
    # 德保县 2013, /work/township-corpus3); a count of tasks is no goal (1986年国务院政府工作报告: 上述三项任务)
    ("2023", "财政总收入预计完成52.3亿元,同比增长43.5%,完成年初人代会目标45亿元的116%;", "45亿元", "target", False),
    ("2023", "财政总收入预计完成52.3亿元,同比增长43.5%,完成年初人代会目标45亿元的116%;", "116%", "actual", False),
    ("2019", "全乡完成财政收入2882万元,比上年增长44.68%,超额完成县政府年初下达的2500万元目标任务。", "2500万元", "target",
     False),
    ("2013", "2013年全县累计出栏肉鸡1588万羽,完成全年任务1600万羽的99.25%。", "99.25%", "actual", False),
    # real (a district town's 2020H1 summary, fresh set51): a rate aimed at is a goal too; an item opening with its own
    # months (1-5月) leaves a list of estimates
    ("2020H1", XXTOWN_2020H1, "13%", "target", False),
    ("2020H1", XXTOWN_2020H1, "102%", "actual", False),
    ("2020H1", XXTOWN_2020H1, "14.2亿元", "actual", False),
    ("2020H1", XXTOWN_2020H1, "5.84亿元", "actual", True),
    ("2025", "上述三项任务，是相互联系的。", "三项", "actual", False),
    # real (杨家埠镇 河道清淤工作总结, /work/township-corpus3; 1980年国务院政府工作报告): the plan a result was done by is
    # no plan word for it; a year's plan still is
    ("2023", "根据市里下达的计划,我镇今年分三批完成河道清淤总长34.92公里。", "34.92公里", "actual", False),
    ("1979", "根据1980年计划，积累率可能进一步降到30％左右。", "30％左右", "target", False),
    # real (疏附县 2023年政府工作报告 on 2022, fresh set26): an item repeating the verb 预计 opened with is another estimate
    ("2022", "预计完成地区生产总值60亿元、增长5.5%;一般公共预算收入2.85亿元、增长15%;完成固定资产投资34.7亿元、同比增长47%。",
     "34.7亿元", "actual", True),
    # real (a 湖北 南漳 town's 2022Q1 summary, fresh set35): the same with the part of the year estimated named between
    ("2022Q1", "预计一季度完成固定资产投资4.9个亿,同比增长28%;完成社会消费品零售总额2.55亿元,同比增长16.9%;完成规上工业产值"
     "1.28亿元,同比增长17.4%;完成一般预算收入350万元。", "350万元", "actual", True),
    ("2025H1", "预计全年完成税收5000万元。", "5000万元", "target", False),
    # real (牟定县 2024年政府工作报告 on 2023, fresh set42): 据统计测算 opens a list of estimated results
    ("2023", "据统计测算,全县地区生产总值增长2%;固定资产投资增长1.8%;社会消费品零售总额达41亿元,增长9%。", "41亿元",
     "actual", True),
    # real (霍邱县 2024年政府工作报告 on 2023, fresh set43): 预计 standing alone estimates every item of its sentence, one
    # opening with its own verb (新增) too
    ("2023", "预计,地区生产总值同比增长7%左右,逼近300亿元大关;固定资产投资增长3%;新增市场主体1.6万户,增长28.13%;"
     "新增规模工业企业24家,总数达到159家。", "24家", "actual", True),
    # written: what a thing will yield each year or acre is a projection, not an estimate
    ("2024H2", "新增装机容量860千瓦,预计年发电量约90万度。", "约90万度", "target", False),
    ("2025", "完成国家下达任务,空气质量综合指数同比改善11.5%。", "11.5%", "actual", False),
    ("2024", "实际到位内资2亿元,占全年计划79.8%。", "79.8%", "actual", False),
    # real (fresh set8 修山镇 2023, set9 灵丘县 2022): a quota completed or exceeded is a result
    ("2023", "保质保量完成县定粮食生产任务32070亩;粮食生产总量1.4万吨。", "32070亩", "actual", False),
    ("2022", "农业投资超目标2.02亿元,增速排名全市第一。", "2.02亿元", "actual", False),
    ("2023", "县下达粮食生产任务32070亩。", "32070亩", "target", False),
    # real (工山镇 2024, /work/gold-fresh/set5): the share of the year's task done is a result
    ("2024", "完成省外亿元到位内资2亿元,完成全年任务20%。", "20%", "actual", False),
    # real (常州市钟楼区 南大街街道 2020年工作总结, 荷花池街道 2024年上半年工作总结; fresh set12 sources.tsv): a plan
    # completed is a result, and a programme named 计划 plans nothing
    ("2020", "实际到账外资1277万美元,完成年计划212.8%。", "212.8%", "actual", False),
    ("2024H1", "申报市第二十五批“龙城英才计划”项目4个,海外高层次人才计划7人。", "4个", "actual", False),
    ("2024H1", "申报市第二十五批“龙城英才计划”项目4个,海外高层次人才计划7人。", "7人", "actual", False),
    ("2024", "全年计划完成投资5亿元。", "5亿元", "target", False),
    # real (广东省2023年政府工作报告): a programme's 计划 in a clause before one opening with the reviewed year
    ("2022", "重点领域研发计划取得一批突破性成果，去年全省研发经费支出约4200亿元、占地区生产总值比重达3.26%。", "3.26%",
     "actual", False),
    ("2022", "重点领域研发计划取得一批突破性成果，去年全省研发经费支出约4200亿元、占地区生产总值比重达3.26%。", "约4200亿元",
     "actual", False),
    # real (王官集镇 2024H1, /work/gold-fresh/set5): after the plan's own clause, 目前 states a result again
    ("2024H1", "排定的47个“三园”试点建设项目,2024年计划实施项目30个,目前已启动项目建设27个,已完成14个。", "27个", "actual",
     False),
    ("2024H1", "排定的47个“三园”试点建设项目,2024年计划实施项目30个,目前已启动项目建设27个,已完成14个。", "30个", "target",
     False),
    # real (金秀瑤族自治縣 2023, fresh set19, traditional characters): an item of work done leaves a list of estimates
    ("2023", "強化“一企一策”政策落實,促進企業滿產達產,預計全年規上工業總產值完成24.57億元,同比增長9%;加強企業上規入統,"
     "新增11家規上工業企業上規入統。", "24.57億元", "actual", True),
    ("2023", "強化“一企一策”政策落實,促進企業滿產達產,預計全年規上工業總產值完成24.57億元,同比增長9%;加強企業上規入統,"
     "新增11家規上工業企業上規入統。", "11家", "actual", False),
    # real (廉江 营仔镇 2023, fresh set24): 初步统计 marks the year's results as first estimates
    ("2023", "初步统计,2023年全镇实现生产总值25.10亿元,增长8.4%。", "25.10亿元", "actual", True),
    ("2023", "初步统计,2023年全镇实现生产总值25.10亿元,增长8.4%。", "8.4%", "actual", True),
    # real (/work/township-corpus zhongshan-zhen-banian, a half-year report naming no year): preliminary statistics
    # state a result whatever the report's period
    (None, "据初步测算,1~6月全镇完成国内生产总值25876万元,同比增长59.65%。", "25876万元", "actual", True),
    # real (溧阳 天目湖镇 2018, fresh set29 after its first score): a note after the figure that it is an estimate,
    # 下同 the figures after it in the paragraph too; not a paragraph after it
    ("2018", "全镇实现地区生产总值66亿元(预计数,下同),公共财政预算收入(税收)4.63亿元。全年接待游客480万人次,实现旅游总收入"
     "18.8亿元。\n全年新建道路5公里。", "66亿元", "actual", True),
    ("2018", "全镇实现地区生产总值66亿元(预计数,下同),公共财政预算收入(税收)4.63亿元。全年接待游客480万人次,实现旅游总收入"
     "18.8亿元。\n全年新建道路5公里。", "480万人次", "actual", True),
    ("2018", "全镇实现地区生产总值66亿元(预计数,下同),公共财政预算收入(税收)4.63亿元。全年接待游客480万人次,实现旅游总收入"
     "18.8亿元。\n全年新建道路5公里。", "5公里", "actual", False),
    ("2018", "全镇实现地区生产总值66亿元(预计数),公共财政预算收入4.63亿元。全年接待游客480万人次。", "480万人次", "actual",
     False),
    # real (黄池镇 2018, fresh set37: https://gcs66.com/document_detail/43265.html): an aside between the estimate word
    # and the verb is no clause of its own; 预计 holds for the list after it
    ("2018", "预计2018年全镇(含青山河高新园区,下同)完成规模工业总产值31.15亿元,规模工业增加值完成6.64亿元,战新产值完成2.67亿元。",
     "31.15亿元", "actual", True),
    ("2018", "预计2018年全镇(含青山河高新园区,下同)完成规模工业总产值31.15亿元,规模工业增加值完成6.64亿元,战新产值完成2.67亿元。",
     "2.67亿元", "actual", True),
    # real (淳安 中洲镇 2026, fresh set22, a news piece on the town's plans): the head says what will be done in the
    # report's own year, so the report is a plan; not when that year is another than the report's
    ("2026", "县委十五届九次全体(扩大)会议提出的“四个牢牢把握”“六个突出”,为乡镇发展指明了精准路径。2026年,中洲镇将奋力书写"
     "“十五五”开局之年工作高分报表。\n先行先试,打造共富区域新样板。持续扩大来料加工规模,新增4个加工点,全年发放加工费1900万元。",
     "1900万元", "target", False),
    ("2025", "县委十五届九次全体(扩大)会议提出的“四个牢牢把握”“六个突出”,为乡镇发展指明了精准路径。2026年,中洲镇将奋力书写"
     "“十五五”开局之年工作高分报表。\n先行先试,打造共富区域新样板。持续扩大来料加工规模,新增4个加工点,全年发放加工费1900万元。",
     "1900万元", "actual", False),
    # real (湘潭县 2022年政府工作报告, fresh set47: https://gongwencankao.com/17011.html, one line): (预计,同比,下同) holds
    # for the county's figures after it, not for the zone's in the next sentence
    ("2022", "全年完成地区生产总值595亿元,增长5.5%(预计,同比,下同);规模工业增加值270亿元,增长8%;固定资产投资307亿元,增长8%;"
     "地方一般公共预算收入16.16亿元。天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%。",
     "307亿元", "actual", True),
    ("2022", "全年完成地区生产总值595亿元,增长5.5%(预计,同比,下同);规模工业增加值270亿元,增长8%;固定资产投资307亿元,增长8%;"
     "地方一般公共预算收入16.16亿元。天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%。",
     "430亿元", "actual", False),
    # a share of a goal done is as the amount done before it (星沙街道 2022 and 桐湖办事处 2024, fresh set47:
    # http://www.csx.gov.cn/zwgk/zjdxxgkml/xsjd/ghjh2512/202310/t20231031_11268849.html,
    # http://www.vip99club.com/zwgk/xxgkml/fzgh/ghjh/202501/t20250109_2515059.shtml); a goal's share in a plan is a goal
    ("2022", "2022年计划投资40.6亿元,预计完成投资额86.23亿元(含五矿万境雅院),完成全年计划的212.39%。", "212.39%", "actual", True),
    ("2024", "完成产业项目到位资金5437万元、固定资产投资8203万元,占全年目标108.74%、109.92%,超额完成全年目标;", "109.92%",
     "actual", False),
    ("2024", "2024年计划完成固定资产投资5亿元,完成年度计划的80%以上。", "80%以上", "target", False),
    # real (海门区 2022年国民经济和社会发展计划执行情况, fresh set58): (预计,下同) holds for the figure before it in its sentence
    # and for the list's lines after it; a programme's quoted name ending in 计划 is no plan (如东 洋口镇 2023H1, fresh set58)
    ("2022", HAIMEN_2022, "1635亿元", "actual", True),
    ("2022", HAIMEN_2022, "521亿元", "actual", True),
    ("2023", "入选省“双创人才计划”2人,4名人才入选市“江海英才计划”。", "2人", "actual", False),
])
def test_estimates_and_quotas(period, text, surface, kind, estimated):
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert (f.kind, f.estimated) == (kind, estimated)


@pytest.mark.parametrize(("text", "surface", "label"), [
    # 瓜沥镇 2019 (tests/gold/real/zhejiang3): a figure measuring the name right after it is its 面积
    ("3.6平方公里浙江临港工业园不断提质做强,42.7亩航民百泰黄金饰品时尚产业园加快建设,280亩浙江瓜沥杭派服饰产业园、"
     "83亩中新数字创新产业园、400亩群益智能家装产业社区进展顺利。", "83亩", "面积"),
    ("新流转土地,120亩石门茶叶基地完成改造。", "120亩", "面积"),
    ("新流转土地120亩,石门茶叶基地完成改造。", "120亩", "新流转土地"),
])
def test_a_figure_measuring_the_name_after_it_is_labelled_by_its_dimension(text, surface, label):
    f = next(f for f in extract_report(Report("r", "", text, period="2019")).figures if f.surface == surface)
    assert f.indicator == label


# 截至N月底 (a point at a month's end of the report's year): a flow up to then runs from January (1-N月), a level
# at that date stays a point (../shared/ANNOTATION.md). (report period, text, figure, scope_period); real rows
# are sentences of 工山镇 2023 and 干汊河镇 2023 工作总结 (pages corpus, /work/gold-fresh/set5 sources).
@pytest.mark.parametrize(("period", "text", "surface", "scope"), [
    # real: flows after 截至10月底 opening the sentence, up to the next sentence of the paragraph
    ("2023", "截至10月底,全社会固定资产投资完成3.01亿元,比去年同期减少17.74%;商贸行业实现销售额3.55亿元,"
     "比去年同期增长5.6%。", "3.01亿元", "1-10月"),
    ("2023", "截至10月底,全社会固定资产投资完成3.01亿元,比去年同期减少17.74%;商贸行业实现销售额3.55亿元,"
     "比去年同期增长5.6%。", "5.6%", "1-10月"),
    # real: the year written with the month; a level (企业11家) stays a point, with no scope
    ("2023", "规模以上工业企业11家,截至2023年11月底,已实现规上企业产值6.2亿元,利税1500多万元。", "6.2亿元",
     "1-11月"),
    ("2023", "截至2023年11月底,规模以上工业企业11家。", "11家", None),
    # real: a bracketed period right after a figure dates that figure
    ("2023", "截至11月底,实现固定资产投资4.6亿元,完成财政收入5543万元(截至10月底)。", "5543万元", "1-10月"),
    ("2023", "截至11月底,实现固定资产投资4.6亿元,完成财政收入5543万元(截至10月底)。", "4.6亿元", "1-11月"),
    # real (吉林省2023年政府工作报告, period 2022): a month's end holds up to the full stop, not for the next sentence
    ("2022", "截至11月末，全省人民币贷款余额增长6.6%，存款余额增长10.3%，信贷投放新增1480.5亿元。新增A股上市公司2家。",
     "1480.5亿元", "1-11月"),
    ("2022", "截至11月末，全省人民币贷款余额增长6.6%，存款余额增长10.3%，信贷投放新增1480.5亿元。新增A股上市公司2家。",
     "10.3%", None),
    ("2022", "截至11月末，全省人民币贷款余额增长6.6%，存款余额增长10.3%，信贷投放新增1480.5亿元。新增A股上市公司2家。",
     "2家", None),
    # real (荷花池街道 2024年上半年/2024年工作总结, 常州市钟楼区, fresh set12): 截至5月 without 底; a flow is also what
    # was done (开展…整治30余次, 规范…900余处, 盘活楼宇15幢), not what is expected (预计投资约9500万元)
    ("2024H1", "持续推进存量载体盘活更新,截至5月盘活楼宇15幢,盘活面积约5.09万平方米,新增列统项目3个,预计投资约9500万元。",
     "15幢", "1-5月"),
    ("2024H1", "持续推进存量载体盘活更新,截至5月盘活楼宇15幢,盘活面积约5.09万平方米,新增列统项目3个,预计投资约9500万元。",
     "约9500万元", None),
    ("2024", "持续开展专项整治行动,截至10月底,开展市容类环境提升整治30余次,规范市容乱象900余处。", "900余处", "1-10月"),
    # real (same report): from a month to now is a span of its own
    ("2024", "据不完全统计,7月至今街区累计客流约11万人次,商户总营收约856万。", "约856万", "7月至今"),
    # written: a balance is a level; up to the end of the report's own period is no other scope
    ("2023", "截至10月底,各项存款余额达42.3亿元。", "42.3亿元", None),
    ("2025H1", "截至6月底,完成固定资产投资2.6亿元。", "2.6亿元", None),
])
def test_a_flow_up_to_a_months_end_runs_from_january(period, text, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert f.scope_period == scope


# A month range opening a sentence (1-5月,…) dates that sentence, up to its full stop; the paragraph's next
# sentences state the report's own figures. Real: 荷花池街道 2022年上半年工作总结 (钟楼区人民政府网,
# https://www.zhonglou.gov.cn/html/czzl/2022/FOCIPOLN_0725/18391.html).
HEHUACHI_2022H1 = ("经济引擎持续发力。1-5月,规模工业产值0.96亿元,增幅23.36%。年度4个重点产业项目累计投资1.6亿元,"
                   "完成年度计划投资78.2%。")


@pytest.mark.parametrize(("text", "surface", "scope"), [
    (HEHUACHI_2022H1, "0.96亿元", "1-5月"),
    (HEHUACHI_2022H1, "23.36%", "1-5月"),
    (HEHUACHI_2022H1, "1.6亿元", None),
    (HEHUACHI_2022H1, "78.2%", None),
    # written: past a semicolon the month range still holds
    ("1-5月,规模工业产值0.96亿元;限额以上社会消费品零售总额12.58亿元。", "12.58亿元", "1-5月"),
])
def test_a_month_range_opening_a_sentence_holds_up_to_its_full_stop(text, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period="2022H1")).figures if f.surface == surface)
    assert f.scope_period == scope


# A month range opening the first part of a sentence, a part that states no figure, holds for the parts after it up
# to the full stop. Real: 海滨街道 2023年工作总结 (泉州市鲤城区, fresh set58,
# http://qzlc.gov.cn/zwgk/jdyq/hbjd/ghjh/202503/t20250310_3147314.htm).
HAIBIN_2023 = ("经济指标稳中向好。1-11月,服务业和外资指标全区领先;完成规上营利性服务业营收3.2亿元,同比增长123.3 %,居全区第1;"
               "完成限上商业销售额23.2亿元,同比增长3.8%,全区第6,完成限上商业零售额16亿元,同比增长0.1%,全区第4;"
               "实际利用外资430万美元,居全区第1;完成固定资产投资1.65亿元。招商引资提速提效。")


@pytest.mark.parametrize(("text", "surface", "scope"), [
    (HAIBIN_2023, "3.2亿元", "1-11月"),
    (HAIBIN_2023, "430万美元", "1-11月"),
    (HAIBIN_2023, "1.65亿元", "1-11月"),
    # written: the next sentence states the year's own figures; a first part opening with a point is no span
    (HAIBIN_2023 + "新签约项目5个。", "5个", None),
    ("截至目前,服务业指标全区领先;完成规上营利性服务业营收3.2亿元。", "3.2亿元", None),
])
def test_a_month_range_opening_a_part_without_figures_holds_for_the_parts_after_it(text, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period="2023")).figures if f.surface == surface)
    assert f.scope_period == scope


# Spans and parts of a year written in a clause (rules/periods.yaml in_text). Real rows: 双胜镇 2021年政府工作报告
# (巴中市恩阳区, http://www.scey.gov.cn/public/6599791/11244681.html) and 未央宫街道 2023年工作总结 (西安市未央区,
# http://www.weiyang.gov.cn/zwgk/ghjh/jdjhzj/1781139597565730818.html).
SHUANGSHENG_2021 = ("坚持把发展作为第一要务,五年来,实现地区生产总值16.9亿元,年均增长16%,较2016年增长1.8倍;"
                    "地方一般公共预算收入4.27亿元,年均增长15%,较2016年增长1.8倍。")
WEIYANGGONG_2023 = ("前三季度建筑业总产值达到5.57亿元,同比增速4.5%;前三季度城镇居民人均可支配收入完成32042元,"
                    "同比增速6.1%,全区排名第二")


@pytest.mark.parametrize(("text", "surface", "scope", "label"), [
    (SHUANGSHENG_2021, "16.9亿元", "五年来", "实现地区生产总值"),
    (SHUANGSHENG_2021, "4.27亿元", "五年来", "地方一般公共预算收入"),  # up to the full stop, past the semicolon
    (WEIYANGGONG_2023, "5.57亿元", "前三季度", "建筑业总产值"),
    (WEIYANGGONG_2023, "32042元", "前三季度", "城镇居民人均可支配收入完成"),
    # written: one year back is the report's own year, no span
    ("一年来,全镇完成财政收入3000万元。", "3000万元", None, "完成财政收入"),
    # a total of several years (静海区 2016 政府工作报告, /work/township-corpus5 044): of the measure before it
    ("加大各项投入,2015年全社会固定资产投资690亿元,五年累计完成2507亿元。", "2507亿元", "五年", "全社会固定资产投资完成"),
])
def test_spans_and_parts_of_a_year_written_in_a_clause(text, surface, scope, label):
    f = next(f for f in extract_report(Report("r", "", text, period="2023")).figures if f.surface == surface)
    assert (f.scope_period, f.indicator) == (scope, label)


# A span of years opening a paragraph (——五年来,…。) holds for all of it, and one opening a lead line (one sentence, no
# figure) for the paragraphs after it in its section; a level reached (总量突破2.5万亿元) is the level at the span's end,
# the report's own, and the start of a change (由11426元增加至…) the year's before the span. Real: 双胜镇 and 渔溪镇 2021
# (巴中市恩阳区, http://www.scey.gov.cn/public/6599791/11244681.html, …/6599591/11301271.html, fresh set11), 院东头镇
# 2021年政府工作报告 (沂水县, fresh set12), 广西壮族自治区2023年政府工作报告 (shared provincial corpus).
SHUANGSHENG_POOR = "——五年来,全镇减贫任务全面完成。顺利实现7个贫困村退出,改造危旧房975户,累计投入财政资金27865万元。"
YUXI_LEAD = ("一、回首“十三五”\n——过去五年,我们聚焦项目提档、产业发展,经济质量效益持续向好。\n"
             "一是项目建设提档加速。已累计拆除房屋130座,搬迁坟墓684座。")
YUANDONGTOU = "过去的五年,我们的综合实力有了新提升。累计实现地方财政收入40966.46万元,农民人均可支配收入由11426元增加至18355元。"
GUANGXI_2023 = "——五年来，我们攻坚克难持续增强经济综合实力。预计全区地区生产总值年均增长5.5%，总量突破2.5万亿元。"
DUYUN_FIVE_YEARS = "五年来,始终坚持艰苦奋斗、争先创优,综合实力更加雄厚。" + DUYUN_INCOME  # 都匀市2020, fresh set19
TONGLIANG_2010 = ("五年来,地方预算内财政收入累计3844.8万元,是“十五”期间的1.8倍;工业增加值累计5.3亿元,农业增加值累计7亿元,"
                  "分别是“十五”期间的4.9倍和2.5倍;50万元以上固定资产累计投资16.1亿元,是“十五”期间的4.7倍;农民人均纯收入从“十五”"
                  "期末的3563元增加到7270元,增长1.1倍。")
NINGXIA_2023 = ("五年来，我们始终坚持把人民利益摆在首位，群众生活质量得到新提升。坚持每年将75%以上的财力用于民生事业，深入实施"
                "“四大提升行动”并拓展为“六大提升行动”，城乡居民人均可支配收入分别由29400元、10700元提高到40200元、16400元，"
                "年均增长6.4%、8.8%，超过GDP增速。")  # 宁夏回族自治区2023年政府工作报告
KEDIAN_2018 = ("今年来,我们坚持以经济发展为中心,各项工作与经济协调发展,实现了全镇经济快速发展的良好态势。2018年全镇财税收入从"
               "192.05万元提高到209.71万元,增长9.19%。\n规模以上工业总产值从5.239亿元提高到6.061亿元,增长15.7%;限额以上销售额从"
               "8810万元提高到10432.7万元,增长18.4%;")


@pytest.mark.parametrize(("text", "period", "surface", "scope"), [
    (SHUANGSHENG_POOR, "2021", "7个", "五年来"),
    (SHUANGSHENG_POOR, "2021", "27865万元", "五年来"),
    (YUXI_LEAD, "2021", "130座", "过去五年"),
    (YUANDONGTOU, "2020", "40966.46万元", "过去的五年"),
    (YUANDONGTOU, "2020", "11426元", "2015年"),
    (YUANDONGTOU, "2020", "18355元", None),
    (GUANGXI_2023, "2022", "5.5%", "五年来"),
    (GUANGXI_2023, "2022", "突破2.5万亿元", None),
    # the items of a list share the role of its first and last: from (由…、…分别提高到), reached (分别达…、…)
    (DUYUN_FIVE_YEARS, "2020", "9234元", "2015年"),
    (DUYUN_FIVE_YEARS, "2020", "14468元", None),
    (NINGXIA_2023, "2022", "10700元", "2017年"),
    (NINGXIA_2023, "2022", "16400元", None),
    # real (青海省2021年政府工作报告): a level reached by 拓展到 is the level at the span's end; what was built, the span's
    ("五年来，我们始终坚持改革开放不停步，发展内生动力持续增强。海关特殊监管区实现零突破，建成19个国际营销网点和13个综合性进口"
     "商品直销平台，对外投资拓展到28个国家和地区。", "2020", "28个", None),
    ("五年来，我们始终坚持改革开放不停步，发展内生动力持续增强。海关特殊监管区实现零突破，建成19个国际营销网点和13个综合性进口"
     "商品直销平台，对外投资拓展到28个国家和地区。", "2020", "19个", "五年来"),
    # real (a 铜梁 town's 2010 report, fresh set51; 1998年国务院政府工作报告): a change across a span written in its own sentence
    # runs from the year's before it to the span's last (not a sum of its years: written, 累计…达到)
    (TONGLIANG_2010, "2010", "7270元", None),
    (TONGLIANG_2010, "2010", "3563元", "“十五”期末"),
    ("五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。", "1997", "1 6 5 5 亿美元", "1992年"),
    ("五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。", "1997", "3 2 5 1 亿美元", None),
    ("五年来，累计完成固定资产投资达到1000亿元。", "2020", "1000亿元", "五年来"),
    # real (客店镇 2018, xiaoxianw.com xzzfgzbg/hubei/7620, fresh set67; 1955年国务院政府工作报告; 浙江省2023年政府工作报告):
    # a change of one year with its growth runs from the year before's level; not one in 倍, nor to a rank
    (KEDIAN_2018, "2018", "192.05万元", "2017年"),
    (KEDIAN_2018, "2018", "209.71万元", None),
    (KEDIAN_2018, "2018", "5.239亿元", "2017年"),
    (KEDIAN_2018, "2018", "8810万元", "2017年"),
    (KEDIAN_2018, "2018", "10432.7万元", None),
    ("钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。", "1954", "一百三十五万吨", None),
    ("一般公共预算收入从6598亿元提高到8039亿元，上升到全国第3位。", "2022", "6598亿元", None),
    # written: not into the next paragraph; not the report's own year (过去一年); a lead line with no span ends it
    ("五年来,全镇面貌一新。新建道路12公里。\n全年完成投资3亿元。", "2021", "3亿元", None),
    ("过去一年,全镇面貌一新。新建道路12公里。", "2021", "12公里", None),
    ("一、工作回顾\n五年来,我们主要做了以下工作:\n——我们改善民生。\n新建道路12公里。", "2021", "12公里", None),
])
def test_a_span_opening_a_paragraph_or_its_lead_line_holds_for_it(text, period, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert f.scope_period == scope


# A month written before 预计 (7月预计可上报2家) is that month's, ahead of a half-year report: a target; a quota exceeded
# (超目标任务53.4个百分点, 超出国家下达任务199.45万亩) is a result, and so are the figures after it. Real: 荷花池街道 2024H1
# (fresh set12), 未央宫街道 2023 (fresh set11), 新疆维吾尔自治区2023年政府工作报告.
XINJIANG_GRAIN = ("全面落实粮食安全责任，进一步提高粮食补贴标准，粮食种植面积3650.85万亩、超出国家下达任务199.45万亩，粮食总产"
                  "1813.5万吨、比上年增加77.7万吨，占全国增量的五分之一。年内建成高标准农田715.38万亩，超出国家任务71.38万亩。")
@pytest.mark.parametrize(("period", "text", "surface", "scope", "kind"), [
    ("2024H1", "新落户首店首牌1家,储备首店首牌4家,7月预计可上报2家。", "2家", "7月", "target"),
    ("2023", "固定资产投资增速63.4%,超目标任务53.4个百分点。", "53.4个百分点", None, "actual"),
    ("2022", XINJIANG_GRAIN, "199.45万亩", None, "actual"),
    ("2022", XINJIANG_GRAIN, "1813.5万吨", None, "actual"),
    ("2022", XINJIANG_GRAIN, "71.38万亩", None, "actual"),
    # a plan word right before a figure names that figure alone; in 条/项 it counts tasks (苏尼特右旗 2022, fresh set16)
    ("2022", "细化完善以更优营商环境服务市场主体任务261条,投放普惠型小微企业创业担保贷款1303万元。", "261条", None, "actual"),
    ("2022", "细化完善以更优营商环境服务市场主体任务261条,投放普惠型小微企业创业担保贷款1303万元。", "1303万元", None, "actual"),
    ("2022", "县下达我镇一般公共预算收入任务8000万元,全年完成8600万元。", "8000万元", None, "target"),
    ("2022", "县下达我镇一般公共预算收入任务8000万元,全年完成8600万元。", "8600万元", None, "actual"),
    # written: a month before 预计 inside the report's period is an estimate of it
    ("2024H1", "6月预计完成产值3000万元。", "3000万元", "6月", "actual"),
])
def test_a_month_before_an_estimate_and_a_quota_exceeded(period, text, surface, scope, kind):
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert (f.scope_period, f.kind) == (scope, kind)


# After an estimate in a clause of its own (…,预计年底前完工,), a clause opening with its own verb or subject states a
# result; one going on without either, or an item of a list (、), is still estimated. Real: 枣林镇 2024 (巴中市巴州区,
# fresh set11), 湖南省2021年政府工作报告, 工山镇 2024 (set5), 新疆维吾尔自治区2023年政府工作报告.
ZAOLIN_2024 = ("加快推进东西部协作项目,灵山老街文旅服务中心正在建设,预计年底前完工,新建灵山葡萄园大棚50亩,青南村金丝皇菊加工基地"
               "建成菊花自动包装生产线1条。")


@pytest.mark.parametrize(("text", "surface", "estimated"), [
    (ZAOLIN_2024, "50亩", False),
    (ZAOLIN_2024, "1条", False),
    ("研发投入强度预计提升0.65个百分点，获国家科技一等奖10项，高新技术企业净增6804家。", "0.65个百分点", True),
    ("研发投入强度预计提升0.65个百分点，获国家科技一等奖10项，高新技术企业净增6804家。", "10项", False),
    ("1-10月规上工业预计累计完成产值2.62亿元、完成增加值7275万。", "7275万", True),
    ("预计全年接待游客1.3亿人次、实现旅游收入899.4亿元。", "899.4亿元", True),
    # real (闵行区 2019年政府工作报告, fresh set17): an item opening with 新增 states a result of its own
    ("预计全社会研发经费支出占地区生产总值的比重达6.8%左右;新增就业岗位3.23万个,城镇登记失业人数1.16万人。", "1.16万人", False),
    # written: a clause going on without a verb of its own
    ("经济要稳住，预计全年生产总值增长4.5%左右，固定资产投资增长8.1%。", "8.1%", True),
])
def test_a_clause_with_its_own_verb_or_subject_leaves_an_estimate(text, surface, estimated):
    f = next(f for f in extract_report(Report("r", "", text, period="2024")).figures if f.surface == surface)
    assert (f.kind, f.estimated) == ("actual", estimated)


# A compound of households and persons (1121户4459人) followed by a doing: both figures are labelled with what both
# did. Real: 双胜镇 2021 (fresh set11), 湖北省2021年政府工作报告, 甘肃省2022年政府工作报告.
@pytest.mark.parametrize(("text", "surface", "label"), [
    ("顺利实现7个贫困村退出,现行标准下建档立卡贫困户1121户4459人全部脱贫。", "1121户", "现行标准下建档立卡贫困户全部脱贫"),
    ("顺利实现7个贫困村退出,现行标准下建档立卡贫困户1121户4459人全部脱贫。", "4459人", "现行标准下建档立卡贫困户全部脱贫"),
    ("581万贫困人口稳定脱贫，完成31.8万户88.2万人易地扶贫搬迁。", "31.8万户", "完成易地扶贫搬迁"),
    ("舟曲地质灾害避险搬迁850户3495人入住兰州新区。", "850户", "舟曲地质灾害避险搬迁入住兰州新区"),
    # real (湖北 杨柳湾 2017, fresh set50): a compound opening its clause after another figure's clause says what it did
    ("实现了东夹铺、尚家山两个贫困村出列,2549户5304人脱贫,脱贫攻坚取得决定性胜利。", "2549户", "脱贫"),
    # written: a compound ending its clause keeps its label
    ("消除风险24户71人。", "24户", "消除风险"),
])
def test_a_compound_of_households_and_persons_takes_what_both_did(text, surface, label):
    f = next(f for f in extract_report(Report("r", "", text, period="2021")).figures if f.surface == surface)
    assert f.indicator == label


# A clause of only a verb (1-6月预计完成15.09亿元) goes on about the amount before it, its rates aside; not after a
# quota (市级下达目标1.16亿元,…已完成1.24亿元) nor for counts. Real: 荷花池街道 2024年上半年工作总结 (常州市钟楼区,
# https://www.zhonglou.gov.cn/html/czzl/2024/FOCIPOLN_0624/21890.html, fresh set12); 金牛镇 2022年上半年 (set6).
HEHUACHI_2024H1 = ("1-5月,规模工业总产值1.75亿元,同比增长10.2%,增速全区第一,半年度预计增长11.4%;限额以上社会消费品零售总额"
                   "12.58亿元,同比增长15.1%,1-6月预计完成15.09亿元,同比增长10.47%。")


@pytest.mark.parametrize(("text", "surface", "label"), [
    (HEHUACHI_2024H1, "15.09亿元", "限额以上社会消费品零售总额完成"),
    # 梅陇镇2025年工作要点 (/work/gold-fresh/set17): right after a rate of a subject (可比增3%), that subject's amount
    ("剔除房地产开发收入因素,财政总收入可比增3%,预计完成45.0亿元,税收收入可比增3%,预计完成43.5亿元,"
     "非房地产开发税收收入同比增3%,预计完成32.5亿元。", "43.5亿元", "税收收入完成"),
    (HEHUACHI_2024H1, "10.47%", "限额以上社会消费品零售总额完成同比增长"),
    ("规模以上工业。2022年1-5月市级下达目标1.16亿元,1-5月份累计已完成1.24亿元。", "1.24亿元", "规模以上工业完成"),
    # real (a district town's 2020H1 summary, fresh set51): the verb the subject ends with is not written twice; a goal
    # amount (占目标任务5.5亿元的106%) is the goal of that subject
    (XXTOWN_2020H1, "5.84亿元", "全社会固定资产投资完成"),
    (XXTOWN_2020H1, "5.5亿元", "全社会固定资产投资完成任务"),
])
def test_a_clause_of_only_a_verb_goes_on_about_the_amount_before_it(text, surface, label):
    f = next(f for f in extract_report(Report("r", "", text, period="2024H1")).figures if f.surface == surface)
    assert f.indicator == label


# One quarter in a year's report is a part of it, not the year (real: 吉林省2023年政府工作报告, period 2022: its
# 一季度 fall was once shown as the year's growth); in a half-year report it stays unscoped, as the reference gold has it.
@pytest.mark.parametrize(("period", "text", "surface", "scope"), [
    ("2022", "全年经济呈现逐步回稳、持续恢复的好势头，地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%。", "7.9%", "一季度"),
    ("2022", "全年经济呈现逐步回稳、持续恢复的好势头，地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%。", "1.6%",
     "前三季度"),
    ("2025H1", "第二季度,完成固定资产投资2亿元。", "2亿元", None),
])
def test_a_quarter_in_a_years_report_is_a_part_of_it(period, text, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert f.scope_period == scope


# In a report of no known period, a year written before a figure is the only word on which year it covers; its scope
# stays unset, as the report's own period may be that year, unread (real: 南马镇近三年工作总结, /work/township-corpus
# nanma-zhen-3yr); in a report of that year it is no scope and covers the report's year.
@pytest.mark.parametrize(("period", "surface", "scope", "covered"), [
    (None, "49.2亿元", None, "2023"),
    (None, "32.02亿元", None, "2022"),
    ("2023", "49.2亿元", None, "2023"),
    ("2023", "32.02亿元", "2022年", "2022"),
])
def test_a_year_written_in_a_report_of_no_known_period(period, surface, scope, covered):
    text = "一、抓好机械工业园区开发,工业经济迅猛发展。2023年完成工业总产值49.2亿元,比2022年的32.02亿元,增长53.66%。"
    f = next(f for f in extract_report(Report("r", "", text, period=period)).figures if f.surface == surface)
    assert (f.scope_period, f.covered) == (scope, covered)


# A deadline at the year's end in a half-year report (力争年底前完成…) sets a goal for the year's flow: it covers the
# year, its scope as written; a level at the end of a month stays a point (real: corpora/ shimen-2025h1; 台山 北陡镇
# 2025H1, fresh set53).
@pytest.mark.parametrize(("text", "surface", "scope", "covered"), [
    ("倒排工期、挂图作战，力争年底前完成６个老旧小区改造任务，新增停车位不少于３００个。", "６个", "年底前", "2025"),
    ("长江塑料餐具生产基地项目正在开展主体工程建设,预计年底前完成主体工程建设的40%。", "40%", "年底前", "2025"),
    ("截至6月底,全镇共有规模以上工业企业11家。", "11家", None, "2025M6E"),
])
def test_a_deadline_at_the_years_end(text, surface, scope, covered):
    f = next(f for f in extract_report(Report("r", "", text, period="2025H1")).figures if f.surface == surface)
    assert (f.scope_period, f.covered) == (scope, covered)


# A year and a month right before a flow verb (2022年6月完成) bound that flow; alone (2022年5月,…) they date an event.
# (text, figure, scope_period) in a half-year report; real rows: 金牛镇 2022H1 (/work/gold-fresh/set6).
@pytest.mark.parametrize(("text", "surface", "scope"), [
    ("预计2022年6月完成总产值2500万元,去年6月同期完成2017万元,同比增长23.94%。", "2500万元", "2022年6月"),
    ("预计2022年6月完成总产值2500万元,去年6月同期完成2017万元,同比增长23.94%。", "23.94%", "2022年6月"),
    ("预计2022年6月完成总产值2500万元,去年6月同期完成2017万元,同比增长23.94%。", "2017万元", "去年6月"),
    ("2022年6月份完成营业额580万元。", "580万元", "2022年6月"),
    ("2022年5月,全镇召开会议3次。", "3次", None),  # written
])
def test_a_month_before_a_flow_verb_bounds_it(text, surface, scope):
    f = next(f for f in extract_report(Report("r", "", text, period="2022H1")).figures if f.surface == surface)
    assert f.scope_period == scope


# A goal that names only the year of a report on part of it is for the whole year; a result so dated keeps
# the report's period (../shared/ANNOTATION.md: 2025年新增低保4户10人 in a half-year report has no scope).
# (text, figure, kind, scope_period) in a 2024H1 report; real: 王官集镇 2024H1 (/work/gold-fresh/set5).
@pytest.mark.parametrize(("text", "surface", "kind", "scope"), [
    ("排定的47个“三园”试点建设项目,2024年计划实施项目30个,目前已启动项目建设27个。", "30个", "target", "2024年"),
    ("排定的47个“三园”试点建设项目,2024年计划实施项目30个,目前已启动项目建设27个。", "27个", "actual", None),
    ("2024年新增低保4户10人。", "4户", "actual", None),
    # the whole year, not over when the report's part of it ends, is a goal (高青县木李镇2024年《政府工作报告》重点任务第一季度
    # 进展情况, fresh set55), unless its sentence says what is done so far (镇2017年上半年主要工作完成情况汇报, fresh set47)
    ("强化招商引资“一把手”工程,全年新签约过亿元项目4个以上,落地镇办飞地项目1个。", "4个以上", "target", "全年"),
    ("积极拓展招商平台,内引外联,主动作为。全年共计外出招商5批次13人,其中,镇党委书记带队外出招商3次。", "5批次", "actual",
     "全年"),
])
def test_a_goal_for_the_year_of_a_half_year_report(text, surface, kind, scope):
    f = next(f for f in extract_report(Report("r", "", text, period="2024H1")).figures if f.surface == surface)
    assert (f.kind, f.scope_period) == (kind, scope)


# A vague amount or the earlier value of a change is no caliber of the figure after it (2002年, 2021年,
# 2023年国务院政府工作报告 in ../shared/corpora-national).
@pytest.mark.parametrize(("text", "surface", "earlier"), [
    ("由年初的４００多万人扩大到年末的１１２０多万人。", "１１２０多万人", "４００多万人"),
    ("国内生产总值从不到70万亿元增加到超过100万亿元。", "超过100万亿元", "不到70万亿元"),
    ("企业开办时间从一个月以上压缩到目前的平均4个工作日以内。", "4个工作日以内", "一个月以上"),
])
def test_an_earlier_value_is_no_caliber(text, surface, earlier):
    f = next(f for f in extract_report(Report("r", "", text, period="2020")).figures if f.surface == surface)
    assert earlier not in f.indicator



@pytest.mark.parametrize(("text", "surface", "indicator_id"), [
    # real (苏尼特右旗 2022, fresh set16): a rate after the amount a task was exceeded by is the subject's growth
    ("固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%;城乡常住居民人均可支配收入", "20.6%",
     "econ.fixed_asset_investment_growth"),
    # written: and so after a completion of the task
    ("固定资产投资完成17亿元,完成年度任务的114%,增长20.6%;", "20.6%", "econ.fixed_asset_investment_growth"),
    # real (蠡湖街道 2024H1, fresh set58): 完成度 is the subject's completion of its plan; a sector's investment is no project's
    ("固定资产投资完成8.1亿元,完成度38.6%;工业投资完成2.49亿元,完成度41.5%;", "38.6%", "econ.fixed_asset_investment_completion"),
    ("固定资产投资完成8.1亿元,完成度38.6%;工业投资完成2.49亿元,完成度41.5%;", "2.49亿元", "econ.industrial_investment"),
    # the poor villages on the register and those out of it (township-corpus5 031: 全县169个建档立卡贫困村全部脱贫出列; the first
    # sentence written)
    ("全乡有建档立卡贫困村3个。", "3个", "poverty.poor_villages"),
    ("全县169个建档立卡贫困村全部脱贫出列、14.2万名贫困人口实现稳定脱贫。", "169个", "poverty.villages_exited"),
])
def test_a_rate_after_a_task_exceeded_is_the_subjects(text, surface, indicator_id):
    f = next(f for f in extract_report(Report("r", "", text, town="某旗", period="2022")).figures if f.surface == surface)
    assert f.indicator_id == indicator_id


# Places in a breakdown of a figure before them (in brackets, or after 其中): each the entity of its part, measured as the
# subject before (real: 某县 脱贫攻坚 2020 and 宗加镇 2010, /work/township-corpus*); not a list of kinds of places counted
# (山东省2022年政府工作报告: 农业产业强镇100个以上 is a count of its own)
_BREAKDOWN = ("截至目前,全县共有建档立卡贫困户1662户7805人(洪广镇1199户5745人,金贵镇和立岗镇269户1272人,"
              "南梁台子隆源村145户676人)。")
_PARTS = "全镇总户数为2823户(其中宗加镇1170户,诺木洪农场1653户),全镇总人口5975人(其中宗加镇3106人,诺木洪农场2869人)。"


@pytest.mark.parametrize(("text", "surface", "label", "entity"), [
    (_BREAKDOWN, "1662户", "共有建档立卡贫困户", None),
    (_BREAKDOWN, "1199户", "共有建档立卡贫困户", "洪广镇"),
    (_BREAKDOWN, "5745人", "共有建档立卡贫困户", "洪广镇"),
    (_BREAKDOWN, "1272人", "共有建档立卡贫困户", "金贵镇和立岗镇"),
    (_BREAKDOWN, "145户", "共有建档立卡贫困户", "南梁台子隆源村"),
    (_PARTS, "1653户", "总户数", "诺木洪农场"),
    (_PARTS, "5975人", "总人口", None),
    (_PARTS, "3106人", "总人口", "宗加镇"),
    ("创建省级现代农业产业园20个、农业产业强镇100个以上。", "100个以上", "农业产业强镇", None),
])
def test_places_in_a_breakdown_hold_parts_of_the_subject_before(text, surface, label, entity):
    figures = extract_report(Report("r", "", text, town="某县", period="2020")).figures
    f = next(f for f in figures if f.surface == surface)
    assert (f.indicator, f.entity) == (label, entity)
