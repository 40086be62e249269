#!/usr/bin/python3
"""Writes the demo data of shuangsui into resources/demo/ as a county bureau's Excel would export it.

Five CSV files (UTF-8 with BOM, CRLF line ends, Chinese headers): the 16 township-level divisions of 昌黎县,
about 300 fictional schools, kindergartens and training institutions with valid 统一社会信用代码, about 30
fictional inspectors, the 3 inspection items and a few conflicts of interest. The `demo` command imports them.

Run with /usr/bin/python3 (standard library only). The output depends only on the fixed seed below, so running
the script again gives byte-identical files; commit the script and its output together.
No cell contains a comma, a quote or a line break, so the files can be read without a CSV parser.
"""

import csv
import datetime
import os
import random
import sys

SEED = 20260101
REGION = "130322"  # 河北省秦皇岛市昌黎县
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "resources", "demo")

# --- check characters ---------------------------------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714-1997
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]  # GB 11643-1999


def org_value(ch):
    if ch.isdigit():
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    raise ValueError(ch)


def org_check(first8):
    assert len(first8) == 8
    check = 11 - sum(org_value(c) * w for c, w in zip(first8, ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_check(first17):
    assert len(first17) == 17
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_valid(code):
    return (len(code) == 18 and all(c in USCC_ALPHABET for c in code) and code[2:8].isdigit()
            and org_check(code[8:16]) == code[16] and uscc_check(code[:17]) == code[17])


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def id_valid(number):
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return id_check(number[:17]) == number[17]


# The check functions must agree with codes known to be valid (清华大学, 华为) and with the GB 11643 example.
assert uscc_valid("12100000400000624D")
assert uscc_valid("914403001922038216")
assert not uscc_valid("12100000400000624E")
assert not uscc_valid("914403001922038226")
assert id_valid("11010519491231002X")
assert not id_valid("110105194912310021")

rng = random.Random(SEED)
used_codes = set()


def credit_code(kind, new_style):
    """kind: '12' 事业单位 (公办学校、幼儿园), '52' 民办非企业单位 (民办学校、幼儿园), '91' 企业 (培训公司).

    Bodies of codes issued since 2015 start with the letters of the issuing registry (MB 编办, MJ 民政,
    MA 市场监管) and go on with 6 characters of the USCC alphabet; older bodies are the former 8-digit
    organisation code.
    """
    while True:
        if new_style:
            prefix = {"12": "MB", "52": "MJ", "91": "MA"}[kind]
            body = prefix + "0" + "".join(rng.choice(USCC_ALPHABET) for _ in range(5))
        else:
            first = {"12": "4", "52": rng.choice("56"), "91": rng.choice("67")}[kind]
            body = first + "".join(rng.choice("0123456789") for _ in range(7))
        first17 = kind + REGION + body + org_check(body)
        code = first17 + uscc_check(first17)
        if code not in used_codes:
            used_codes.add(code)
            assert uscc_valid(code), code
            return code


# --- townships ----------------------------------------------------------------------------------------------

TOWNS = ["昌黎镇", "靖安镇", "安山镇", "龙家店镇", "泥井镇", "大蒲河镇", "新集镇", "刘台庄镇", "茹荷镇", "朱各庄镇",
         "荒佃庄镇"]
TOWNSHIPS_XIANG = ["团林乡", "葛条港乡", "马坨店乡", "两山乡", "十里铺乡"]
ALL_TOWNSHIPS = TOWNS + TOWNSHIPS_XIANG
RURAL = ALL_TOWNSHIPS[1:]

# Village primary schools per township, roughly following population.
VILLAGE_PRIMARY = {"昌黎镇": 6, "靖安镇": 7, "安山镇": 8, "龙家店镇": 6, "泥井镇": 5, "大蒲河镇": 5, "新集镇": 5,
                   "刘台庄镇": 4, "茹荷镇": 3, "朱各庄镇": 5, "荒佃庄镇": 5, "团林乡": 4, "葛条港乡": 4,
                   "马坨店乡": 7, "两山乡": 4, "十里铺乡": 3}

# --- fictional people and places ----------------------------------------------------------------------------

SURNAMES = list("王李张刘杨赵陈孙周吴郭马高何宋董于韩田曹齐侯贾吕蒋闫冯许邢魏白崔")
GIVEN_MALE = list("建国志军伟磊强涛海波峰亮辉杰勇浩鹏飞东彬明文华宇永刚新利庆斌晓")
GIVEN_FEMALE = list("红玉兰秀丽英燕霞平春梅雪娜芳颖凤琴静敏艳丹晶慧婷洁淑华晓")
VILLAGE_PREFIX = ["东", "西", "南", "北", "前", "后", "大", "小", "上", "下", ""]
VILLAGE_STEM = list("王李张刘赵杨马高郭孙齐侯周韩吕蒋贾田曹许邢魏崔")
VILLAGE_SUFFIX = ["庄", "各庄", "家庄", "营", "家店", "坨", "庄子", "家铺", "台", "官营", "家湾"]
NATURE_VILLAGES = ["石门", "柳河", "槐树", "杏园", "梨园", "河湾", "双山", "沙河", "榆林", "桃园", "泉水", "稻子沟",
                   "北山", "苇子峪", "杨树", "河南", "鸭子坨", "柳林"]
STREETS = ["民生路", "新华路", "文化路", "碣阳大街", "人民路", "西环路", "东环路", "平安大街", "金山路", "迎宾路",
           "站前路", "城建路", "昌黎大街", "宏兴路"]
KINDER_BRANDS = ["小太阳", "金色童年", "蓝天", "爱心", "启航", "七彩虹", "小天使", "童乐", "育才", "阳光宝贝", "贝贝佳",
                 "小星星", "金摇篮", "春蕾", "童心", "快乐宝贝", "新苗", "雨露", "小海豚", "博雅", "智慧树", "向日葵",
                 "小精灵", "乐乐", "小博士", "百灵鸟", "红苹果", "欣欣", "未来星", "苗苗", "小白兔", "彩虹桥", "好孩子",
                 "童话城堡", "小树苗", "蒲公英", "贝乐", "启蒙", "小豆丁", "晨曦", "小脚丫", "京华", "思源", "明珠",
                 "德馨", "哈佛摇篮", "天使之家", "小画家", "艾乐", "米乐", "星辰", "芽芽", "嘉禾", "金贝壳", "宝贝园",
                 "启点", "园丁", "小荷", "睿智", "童馨", "喜洋洋", "快乐岛", "小飞侠", "鑫鑫", "童趣", "凯蒂",
                 "贝佳", "聪聪", "朵朵", "小蜜蜂", "可可", "丫丫", "家家乐", "乐童", "新起点", "小牛顿", "开心果",
                 "小桔灯", "童谣", "天天", "沃土", "金苹果", "育英", "小状元", "阳光花园"]
TRAINING_BRANDS = ["启智", "书香", "翰墨", "乐学", "明德", "致远", "思源", "博文", "童画", "艺苑", "弘毅", "求真",
                   "睿思", "鸿志", "小百灵", "天韵", "墨韵", "星辰", "知行", "卓越", "新思维", "英才", "博学",
                   "悦动", "跃龙", "文渊", "优学", "精英", "华韵", "竹韵", "梦想", "晨光", "锦程", "嘉学", "学海",
                   "金话筒", "小书虫", "智多星", "鲲鹏", "青藤", "圣贤", "琴韵", "飞扬", "蓝鲸", "乐高乐"]
TRAINING_KINDS = ["艺术", "文化", "科技", "体育", "书法", "舞蹈", "美术", "音乐", "语言", "围棋", "口才"]

used_villages = set()


def village():
    while True:
        if rng.random() < 0.2:
            name = rng.choice(NATURE_VILLAGES)
        else:
            name = rng.choice(VILLAGE_PREFIX) + rng.choice(VILLAGE_STEM) + rng.choice(VILLAGE_SUFFIX)
        if name not in used_villages:
            used_villages.add(name)
            return name


def person_name(gender):
    pool = GIVEN_MALE if gender == "男" else GIVEN_FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def mobile():
    prefix = rng.choice(["13", "15", "18"])
    third = rng.choice("0123456789" if prefix != "15" else "012356789")
    return prefix + third + "".join(rng.choice("0123456789") for _ in range(8))


def landline():
    return "0335-7" + "".join(rng.choice("0123456789") for _ in range(6))


def street_address(township):
    if township == "昌黎镇":
        return "昌黎县昌黎镇%s%d号" % (rng.choice(STREETS), rng.randint(1, 388))
    return "昌黎县%s%s村" % (township, village())


# --- entities -----------------------------------------------------------------------------------------------

entities = []


def add_entity(name, category, ownership, township, address=None, has_code=True, tags=(), landline_share=0.0):
    code_kind = "91" if category == "培训机构" else ("12" if ownership == "公办" else "52")
    new_share = {"12": 0.3, "52": 0.6, "91": 0.85}[code_kind]
    entities.append({
        "统一社会信用代码": credit_code(code_kind, rng.random() < new_share) if has_code else "",
        "单位名称": name,
        "类别": category,
        "办学性质": ownership,
        "所属乡镇": township,
        "办学地址": address or street_address(township),
        "负责人": person_name("女" if rng.random() < (0.85 if category == "幼儿园" else 0.4) else "男"),
        "联系电话": landline() if rng.random() < landline_share else mobile(),
        "状态": "正常",
        "信用风险分类": "",
        "黑名单": "否",
        "黑名单原因": "",
        "标签": "、".join(tags),
    })


# County-level public schools in the county town.
add_entity("昌黎县第一中学", "高中", "公办", "昌黎镇", tags=["寄宿制"], landline_share=1)
add_entity("昌黎县第二中学", "高中", "公办", "昌黎镇", tags=["寄宿制"], landline_share=1)
add_entity("昌黎县第三中学", "高中", "公办", "昌黎镇", landline_share=1)
add_entity("昌黎县文汇高级中学", "高中", "民办", "昌黎镇", tags=["寄宿制"])
add_entity("昌黎县靖安中学", "完全中学", "公办", "靖安镇", tags=["寄宿制"], landline_share=1)
add_entity("昌黎县职业技术教育中心", "中等职业学校", "公办", "昌黎镇", tags=["寄宿制"], landline_share=1)
add_entity("昌黎县特殊教育学校", "特殊教育学校", "公办", "昌黎镇", tags=["寄宿制"], landline_share=1)
for name in ["昌黎县第四中学", "昌黎县第五中学", "昌黎县第六中学", "昌黎县实验中学"]:
    add_entity(name, "初中", "公办", "昌黎镇", landline_share=0.8)
NINE_YEAR = ["茹荷镇", "两山乡", "十里铺乡"]
for township in RURAL:
    if township == "靖安镇":
        continue
    if township in NINE_YEAR:
        add_entity("昌黎县%s九年一贯制学校" % township, "九年一贯制学校", "公办", township,
                   tags=["寄宿制"], landline_share=0.6)
    else:
        add_entity("昌黎县%s初级中学" % township, "初中", "公办", township,
                   tags=["寄宿制"] if rng.random() < 0.5 else [], landline_share=0.6)
add_entity("昌黎县育英实验学校", "九年一贯制学校", "民办", "昌黎镇", tags=["寄宿制", "校车"])
add_entity("昌黎县英华初级中学", "初中", "民办", "昌黎镇", tags=["寄宿制"])

# Primary schools: urban ones, a central school in every township, village schools and a few teaching points
# (教学点) that have no credit code of their own.
for name in ["昌黎县第一实验小学", "昌黎县第二实验小学", "昌黎县第三实验小学", "昌黎县碣阳小学", "昌黎县东关小学",
             "昌黎县西关小学", "昌黎县南关小学", "昌黎县城郊小学"]:
    add_entity(name, "小学", "公办", "昌黎镇", landline_share=0.7)
add_entity("昌黎县回民小学", "小学", "公办", "昌黎镇", tags=["民族学校"], landline_share=1)
add_entity("昌黎县启明双语小学", "小学", "民办", "昌黎镇", tags=["校车"])
for township in RURAL:
    add_entity("昌黎县%s中心小学" % township, "小学", "公办", township,
               tags=["寄宿制"] if rng.random() < 0.25 else [], landline_share=0.5)
TEACHING_POINTS = {"两山乡", "十里铺乡", "团林乡", "葛条港乡", "茹荷镇"}
village_schools = []
for township in ALL_TOWNSHIPS:
    for _ in range(VILLAGE_PRIMARY[township]):
        v = village()
        village_schools.append(len(entities))
        add_entity("昌黎县%s%s小学" % (township, v), "小学", "公办", township,
                   address="昌黎县%s%s村" % (township, v), landline_share=0.2)
    if township in TEACHING_POINTS:
        v = village()
        add_entity("昌黎县%s%s教学点" % (township, v), "小学", "公办", township,
                   address="昌黎县%s%s村" % (township, v), has_code=False)

# Kindergartens: public county and township central ones, some attached to village schools, and many private ones.
for name in ["昌黎县第一幼儿园", "昌黎县第二幼儿园", "昌黎县第三幼儿园", "昌黎县实验幼儿园"]:
    add_entity(name, "幼儿园", "公办", "昌黎镇", landline_share=0.7)
for township in RURAL:
    add_entity("昌黎县%s中心幼儿园" % township, "幼儿园", "公办", township, landline_share=0.4)
for school in [entities[i] for i in rng.sample(village_schools, 20)]:
    add_entity(school["单位名称"] + "附属幼儿园", "幼儿园", "公办", school["所属乡镇"], address=school["办学地址"],
               landline_share=0.1)
brands = rng.sample(KINDER_BRANDS, 79)
private_kinder_townships = ["昌黎镇"] * 34 + RURAL * 3
rng.shuffle(private_kinder_townships)
for brand, township in zip(brands, private_kinder_townships):
    name = ("昌黎县%s幼儿园" % brand) if township == "昌黎镇" else ("昌黎县%s%s幼儿园" % (township, brand))
    tags = ["普惠性"] if rng.random() < 0.45 else []
    if rng.random() < 0.1:
        tags.append("校车")
    add_entity(name, "幼儿园", "民办", township, tags=tags)

# Training institutions, registered as companies (有限公司, codes 91…), most of them in the county town.
training_brands = rng.sample(TRAINING_BRANDS, 42)
for i, brand in enumerate(training_brands):
    township = "昌黎镇" if i < 30 else rng.choice(["靖安镇", "安山镇", "龙家店镇", "泥井镇", "新集镇", "大蒲河镇"])
    kind = rng.choice(TRAINING_KINDS)
    place = "" if township == "昌黎镇" else township
    # Only some are tagged, as in a real export. Companies may not give subject training (学科类) since 2021.
    tags = ["非学科类"] if rng.random() < 0.5 and kind not in ("文化", "语言") else []
    add_entity("昌黎县%s%s%s培训学校有限公司" % (place, brand, kind), "培训机构", "民办", township, tags=tags)

# Credit risk classes by kind of entity.
RISK_WEIGHTS = {"public": [25, 70, 5, 0], "private": [12, 68, 18, 2], "training": [8, 64, 25, 3]}
for e in entities:
    group = "training" if e["类别"] == "培训机构" else ("public" if e["办学性质"] == "公办" else "private")
    e["信用风险分类"] = rng.choices("ABCD", weights=RISK_WEIGHTS[group])[0]

# Blacklist: 5 training institutions and 3 private kindergartens, with the reasons of real cases.
coded = [e for e in entities if e["统一社会信用代码"]]
trainings = [e for e in coded if e["类别"] == "培训机构"]
private_kinders = [e for e in coded if e["类别"] == "幼儿园" and e["办学性质"] == "民办"]
TRAINING_REASONS = ["无证办学被查处", "虚假宣传", "违规开展学科类培训", "一次性收取超过三个月费用", "聘用无资质教师"]
KINDER_REASONS = ["无证办学被查处", "消防安全隐患拒不整改", "违规收费"]
blacklisted = rng.sample(trainings, 5) + rng.sample(private_kinders, 3)
for e, reason in zip(blacklisted, TRAINING_REASONS + KINDER_REASONS):
    e["黑名单"] = "是"
    e["黑名单原因"] = reason
    e["信用风险分类"] = rng.choice("CDD")

# Status: a few suspended (停办) or deregistered (注销) entities.
candidates = [e for e in entities if e["黑名单"] == "否" and e["办学性质"] == "民办"
              and e["类别"] in ("幼儿园", "培训机构")]
for i, e in enumerate(rng.sample(candidates, 6)):
    e["状态"] = "停办" if i < 3 else "注销"
small_village = [e for e in entities if e["单位名称"].endswith("小学") and e["统一社会信用代码"]
                 and "中心" not in e["单位名称"] and e["所属乡镇"] != "昌黎镇"]
rng.choice(small_village)["状态"] = "停办"
blacklisted[0]["状态"] = "停办"

# --- inspectors ---------------------------------------------------------------------------------------------

SECTIONS = {
    "行政执法办公室": ["行政执法", "民办教育管理", "校外培训监管", "法制审核"],
    "基础教育股": ["基础教育", "学前教育", "义务教育管理"],
    "职业教育与成人教育股": ["职业教育", "成人教育"],
    "安全稳定办公室": ["校园安全", "消防安全", "食品安全"],
    "民办教育管理股": ["民办教育管理", "校外培训监管", "学前教育"],
    "体卫艺股": ["体育卫生", "艺术教育", "食品安全"],
    "督导室": ["教育督导", "学前教育", "义务教育管理"],
}
SECTION_PLAN = (["行政执法办公室"] * 6 + ["基础教育股"] * 5 + ["职业教育与成人教育股"] * 3 + ["安全稳定办公室"] * 4
                + ["民办教育管理股"] * 5 + ["体卫艺股"] * 3 + ["督导室"] * 4)
inspectors = []
used_names = set()
cert_serial = 120
for i, section in enumerate(SECTION_PLAN):
    gender = "女" if rng.random() < 0.45 else "男"
    while True:
        name = person_name(gender)
        if name not in used_names:
            used_names.add(name)
            break
    fields = SECTIONS[section]
    specialty = "、".join(rng.sample(fields, rng.randint(1, min(2, len(fields)))))
    cert_serial += rng.randint(1, 37)
    issued = datetime.date(rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28))
    inspectors.append({
        "人员编号": "ZF-%03d" % (i + 1),
        "姓名": name,
        "性别": gender,
        "所在股室": section,
        "执法证号": "冀秦130300%05d" % cert_serial,
        "证件有效期起": issued.isoformat(),
        "证件有效期止": (issued.replace(year=issued.year + 5) - datetime.timedelta(days=1)).isoformat(),
        "专业领域": specialty,
        "状态": "在岗",
        "联系电话": mobile(),
        "身份证号": "",
    })
# Certificates that ran out in 2025, and colleagues who never got one (they may join a team, never alone).
for p in rng.sample(inspectors[1:], 4):
    start = datetime.date(2020, rng.randint(1, 12), rng.randint(1, 28))
    p["证件有效期起"] = start.isoformat()
    p["证件有效期止"] = (start.replace(year=2025) - datetime.timedelta(days=1)).isoformat()
uncertified_pool = [p for p in inspectors[1:] if p["证件有效期止"] > "2026"]
for p in rng.sample(uncertified_pool, 3):
    p["执法证号"] = p["证件有效期起"] = p["证件有效期止"] = ""
on_duty_certified = [p for p in inspectors[1:] if p["执法证号"] and p["证件有效期止"] > "2026"]
absent = rng.sample(on_duty_certified, 3)
absent[0]["状态"] = absent[1]["状态"] = "请假"
absent[2]["状态"] = "调离"
# ID card numbers for about half of them: region 130322, born 1968–1995, sequence parity matching the gender.
for p in rng.sample(inspectors, 15):
    birth = datetime.date(rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randint(0, 499) * 2 + (1 if p["性别"] == "男" else 0)
    first17 = REGION + birth.strftime("%Y%m%d") + "%03d" % seq
    p["身份证号"] = first17 + id_check(first17)

# --- inspection items ---------------------------------------------------------------------------------------

items = [
    {
        "事项编码": "JY-01",
        "抽查事项": "民办学校办学行为检查",
        "抽查依据": "《中华人民共和国民办教育促进法》第四十一条、第六十二条；《中华人民共和国民办教育促进法实施条例》"
                    "第四十九条、第五十一条",
        "抽查主体": "昌黎县教育局",
        "抽查内容": "办学许可证及登记证书；办学条件与办学规模；招生简章和广告备案；收费与退费；教师资质；"
                    "财务管理与资产管理；信息公示",
        "抽查方式": "现场检查、书面检查",
        "适用对象类别": "幼儿园、小学、初中、高中、九年一贯制学校",
        "最低抽查比例": "5%",
        "抽查频次（月）": "6",
        "生效日期": "2026-01-01",
    },
    {
        "事项编码": "JY-02",
        "抽查事项": "校外培训机构办学行为检查",
        "抽查依据": "《中华人民共和国民办教育促进法》第十二条、第六十四条；《中华人民共和国未成年人保护法》第三十三条；"
                    "国务院办公厅《关于规范校外培训机构发展的意见》（国办发〔2018〕80号）",
        "抽查主体": "昌黎县教育局",
        "抽查内容": "办学许可与登记情况；培训内容与培训时间；收费与预收费资金监管；培训人员资质；"
                    "场所安全与消防；广告宣传",
        "抽查方式": "现场检查、书面检查、网络监测",
        "适用对象类别": "培训机构",
        "最低抽查比例": "10%",
        "抽查频次（月）": "6",
        "生效日期": "2026-01-01",
    },
    {
        "事项编码": "JY-03",
        "抽查事项": "幼儿园办园行为检查",
        "抽查依据": "《幼儿园管理条例》第六条、第二十七条、第二十八条；《幼儿园工作规程》（教育部令第39号）",
        "抽查主体": "昌黎县教育局",
        "抽查内容": "办园资质；园舍与设施安全；保育教育与防止小学化；卫生保健与膳食管理；教职工配备与资质；收费行为",
        "抽查方式": "现场检查、书面检查",
        "适用对象类别": "幼儿园",
        "最低抽查比例": "5%",
        "抽查频次（月）": "6",
        "生效日期": "2026-01-01",
    },
]

# --- conflicts of interest ----------------------------------------------------------------------------------


def pick(predicate):
    pool = [e for e in entities if e["统一社会信用代码"] and e["状态"] == "正常" and predicate(e)]
    return rng.choice(pool)


CONFLICT_PLAN = [
    ("亲属关系", "配偶在该园任园长", lambda e: e["类别"] == "幼儿园" and e["办学性质"] == "民办"),
    ("亲属关系", "其妹为该机构举办者", lambda e: e["类别"] == "培训机构"),
    ("曾在该单位任职", "2019年调入教育局前在该校任教", lambda e: e["类别"] in ("初中", "小学") and e["办学性质"] == "公办"),
    ("曾在该单位任职", "曾任该校副校长", lambda e: e["类别"] in ("初中", "九年一贯制学校", "完全中学")),
    ("经济利益往来", "其子在该机构兼职授课", lambda e: e["类别"] == "培训机构"),
    ("其他", "与该园举办者系同学关系，本人申请回避", lambda e: e["类别"] == "幼儿园" and e["办学性质"] == "民办"),
]
conflicts = []
conflict_inspectors = rng.sample([p for p in inspectors if p["状态"] == "在岗"], len(CONFLICT_PLAN))
for p, (reason, note, predicate) in zip(conflict_inspectors, CONFLICT_PLAN):
    e = pick(predicate)
    start = datetime.date(rng.randint(2023, 2025), rng.randint(1, 12), 1)
    conflicts.append({
        "人员编号": p["人员编号"],
        "执法人员姓名": p["姓名"],
        "统一社会信用代码": e["统一社会信用代码"],
        "检查对象名称": e["单位名称"],
        "回避原因": reason,
        "说明": note,
        "有效期起": start.isoformat(),
        "有效期止": "" if reason != "经济利益往来" else start.replace(year=start.year + 3).isoformat(),
    })

# --- checks and output --------------------------------------------------------------------------------------

townships = [{"序号": str(i + 1), "名称": name, "类型": name[-1]} for i, name in enumerate(ALL_TOWNSHIPS)]

codes = [e["统一社会信用代码"] for e in entities if e["统一社会信用代码"]]
assert len(codes) == len(set(codes))
assert all(uscc_valid(c) and c[2:8] == REGION for c in codes)
assert uscc_valid("12100000400000624D") and uscc_valid("914403001922038216")
assert len({e["单位名称"] for e in entities}) == len(entities), "entity names must be unique"
assert 280 <= len(entities) <= 320, len(entities)
assert 3 <= len(entities) - len(codes) <= 8
assert sum(e["黑名单"] == "是" for e in entities) == 8
for e in entities:
    assert e["所属乡镇"] in ALL_TOWNSHIPS
    assert e["办学地址"].startswith("昌黎县" + e["所属乡镇"]), e
    prefix = e["统一社会信用代码"][:2]
    expected = "91" if e["类别"] == "培训机构" else ("12" if e["办学性质"] == "公办" else "52")
    assert not prefix or prefix == expected, e
assert all(id_valid(p["身份证号"]) for p in inspectors if p["身份证号"])
assert len({p["身份证号"] for p in inspectors if p["身份证号"]}) == 15
assert len({p["执法证号"] for p in inspectors if p["执法证号"]}) == len([p for p in inspectors if p["执法证号"]])
codes_set = set(codes)
assert all(c["统一社会信用代码"] in codes_set for c in conflicts)
assert len({(c["人员编号"], c["统一社会信用代码"]) for c in conflicts}) == len(conflicts)


def write(filename, header, rows):
    for row in rows:
        assert list(row) == header, (filename, list(row))
        for value in row.values():
            # Plain cells only: readers (and the data test) may split lines on commas.
            assert not any(ch in value for ch in ',"\r\n'), (filename, value)
    path = os.path.join(OUT_DIR, filename)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row.values())
    return path


os.makedirs(OUT_DIR, exist_ok=True)
written = [
    write("townships.csv", ["序号", "名称", "类型"], townships),
    write("entities.csv", ["统一社会信用代码", "单位名称", "类别", "办学性质", "所属乡镇", "办学地址", "负责人", "联系电话",
                           "状态", "信用风险分类", "黑名单", "黑名单原因", "标签"], entities),
    write("inspectors.csv", ["人员编号", "姓名", "性别", "所在股室", "执法证号", "证件有效期起", "证件有效期止", "专业领域",
                             "状态", "联系电话", "身份证号"], inspectors),
    write("items.csv", ["事项编码", "抽查事项", "抽查依据", "抽查主体", "抽查内容", "抽查方式", "适用对象类别",
                        "最低抽查比例", "抽查频次（月）", "生效日期"], items),
    write("conflicts.csv", ["人员编号", "执法人员姓名", "统一社会信用代码", "检查对象名称", "回避原因", "说明", "有效期起",
                            "有效期止"], conflicts),
]
for path in written:
    with open(path, encoding="utf-8-sig") as f:
        print("%-16s %4d rows" % (os.path.basename(path), sum(1 for _ in f) - 1), file=sys.stderr)
