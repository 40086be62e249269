#!/usr/bin/python3
"""Writes the small .xlsx fixtures of tst_tablereader / tst_tableheader into this folder.

Run with Debian's interpreter (python3-openpyxl): /usr/bin/python3 tests/data/make_xlsx_fixtures.py
The generated files are committed; run this again only to change them.

- messy.xlsx      (openpyxl) what a county office sends: a merged title, a blank row, a header over two rows with
                  merged cells, an item spread over two rows (vertical merges), a blank row between data rows,
                  U+3000 padding, full-width brackets, dates as date cells / Chinese date format / text, a phone
                  number and credit codes stored as numbers, a postal code with format "000000", line breaks.
- features.xlsx   (XML by hand) what openpyxl 3.0 cannot write: rich-text shared strings with a phonetic run,
                  inline strings, booleans, errors, formulas with cached values, gaps between cells and rows, cells
                  without r attributes, _x000D_ escapes, "x:" prefixed elements, a hidden first sheet and a chart
                  sheet before the worksheet to read, big and long-decimal numbers.
- date1904.xlsx   (XML by hand) the 1904 date system.
- bomb.xlsx       (XML by hand) 2 MiB of white space inside the sheet, tiny once compressed: for the size guard.
- notworkbook.xlsx a ZIP archive holding a text file.
"""

import datetime
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = (2024, 1, 1, 0, 0, 0)


def messy():
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    ws = wb.active
    ws.title = "机构名录"
    ws["A1"] = "长沙县民办培训机构名录（2024年）"
    ws.merge_cells("A1:H1")
    # row 2 blank
    ws["A3"] = "序号"
    ws.merge_cells("A3:A4")
    ws["B3"] = "机构名称\n（必填）"
    ws.merge_cells("B3:B4")
    ws["C3"] = "统一社会信用代码＊"
    ws.merge_cells("C3:C4")
    ws["D3"] = "联系方式"
    ws.merge_cells("D3:E3")
    ws["D4"] = "电话"
    ws["E4"] = "地址"
    ws["F3"] = "成立日期"
    ws.merge_cells("F3:F4")
    ws["G3"] = "邮政编码"
    ws.merge_cells("G3:G4")
    ws["H3"] = "备注"
    ws.merge_cells("H3:H4")

    # row 5: numbers where Excel users put them
    ws["A5"] = 1
    ws["B5"] = "\u3000长沙县星星艺术培训学校\u3000 "
    ws["C5"] = 9.14690062012665e17          # a credit code typed into a number cell
    ws["D5"] = 13812345678                  # a phone stored as a number
    ws["E5"] = "长沙县星沙街道\n\n\n开元路1号\n\n"
    ws["F5"] = datetime.date(2019, 3, 1)
    ws["F5"].number_format = "yyyy-mm-dd"
    ws["G5"] = 10020
    ws["G5"].number_format = "000000"
    ws["H5"] = "（暂无）"

    # row 6: text where it should be, full-width letters and brackets, a date in a Chinese format
    ws["A6"] = 2
    ws["B6"] = "长沙县（星沙）ＡＢＣ培训中心"
    ws["C6"] = "52430121MJ0000000X"
    ws["D6"] = "0731-84012345"
    ws["E6"] = "长沙县黄花镇"
    ws["F6"] = datetime.date(2020, 10, 15)
    ws["F6"].number_format = 'yyyy"年"m"月"d"日"'
    ws["G6"] = "410100"

    # row 7 blank, between data rows

    # rows 8–9: one institution over two rows, merged vertically
    ws["A8"] = 3
    ws.merge_cells("A8:A9")
    ws["B8"] = "长沙县育才学校"
    ws.merge_cells("B8:B9")
    ws["C8"] = 914301217483912345            # an integer too long for Excel, written verbatim
    ws.merge_cells("C8:C9")
    ws["D8"] = "13900000001"
    ws["D9"] = "13900000002"
    ws["E8"] = "长沙县榔梨街道"
    ws.merge_cells("E8:E9")
    ws["F8"] = "2018/5/20"                   # a date typed as text
    ws.merge_cells("F8:F9")
    ws["F9"].alignment = Alignment(vertical="center")
    ws["H8"] = datetime.date(2024, 1, 1)     # builtin format 14
    ws["H8"].number_format = "mm-dd-yy"
    ws["H9"] = datetime.datetime(2024, 1, 1, 8, 30)
    ws["H9"].number_format = "yyyy-mm-dd hh:mm"
    wb.save(os.path.join(HERE, "messy.xlsx"))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_package(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def features():
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{REL}">
<workbookPr/>
<sheets>
<sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/>
<sheet name="图表" sheetId="2" r:id="rId2"/>
<sheet name="名录" sheetId="3" r:id="rId3"/>
</sheets>
</workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId3" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId5" Type="{REL}/styles" Target="styles.xml"/>
</Relationships>"""
    styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3">
<numFmt numFmtId="176" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>
<numFmt numFmtId="177" formatCode="0.00_);[Red]\\(0.00\\)"/>
<numFmt numFmtId="178" formatCode="h:mm AM/PM"/>
</numFmts>
<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/><xf numFmtId="49"/><xf numFmtId="58"/>
</cellXfs>
</styleSheet>"""
    shared = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>名称</t></si>
<si><r><rPr><b/></rPr><t>长沙县</t></r><r><t xml:space="preserve">实验 </t></r><r><rPr><i/></rPr><t>小学</t></r><rPh sb="0" eb="3"><t>チョウサケン</t></rPh><phoneticPr fontId="1"/></si>
<si><t>第一行_x000D_
第二行</t></si>
<si><t>a_x005F_x0041_b</t></si>
<si><t xml:space="preserve">  两端空格  </t></si>
</sst>"""
    hidden = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>hidden sheet: not this one</t></is></c></row>
</sheetData></worksheet>"""
    # The sheet to read, with the "x:" prefix some .NET tools write.
    sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:dimension ref="A1:F6"/>
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>C1 after a gap</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="s"><x:v>2</x:v></x:c><x:c r="C2" t="s"><x:v>3</x:v></x:c><x:c r="D2" t="s"><x:v>4</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" t="b"><x:v>1</x:v></x:c><x:c r="B4" t="b"><x:v>0</x:v></x:c><x:c r="C4" t="e"><x:v>#N/A</x:v></x:c><x:c r="D4"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="E4" t="str"><x:f>"长"&amp;"沙"</x:f><x:v>长沙</x:v></x:c><x:c r="F4"><x:f>A1</x:f></x:c></x:row>
<x:row><x:c><x:v>1000000000000000</x:v></x:c><x:c><x:v>0.30000000000000004</x:v></x:c><x:c><x:v>-5</x:v></x:c><x:c><x:v>1.5E-3</x:v></x:c><x:c><x:v>-9.14690062012665E+17</x:v></x:c><x:c s="2"><x:v>123.456</x:v></x:c></x:row>
<x:row r="6"><x:c r="A6" s="1"><x:v>45292</x:v></x:c><x:c r="B6" s="3"><x:v>0.5</x:v></x:c><x:c r="C6" s="4"><x:v>7</x:v></x:c><x:c r="D6" s="5"><x:v>45292</x:v></x:c><x:c r="E6" s="1"><x:v>60</x:v></x:c><x:c r="F6" t="d"><x:v>2024-03-05T00:00:00</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>"""
    write_package("features.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/styles.xml": styles,
        "xl/sharedStrings.xml": shared,
        "xl/worksheets/sheet1.xml": hidden,
        "xl/worksheets/sheet2.xml": sheet,
    })


def simple_package(name, sheet_data, workbook_pr="<workbookPr/>", styles=None, extra_sheet_xml=""):
    workbook = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{REL}">
{workbook_pr}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
    rels = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
{'<Relationship Id="rId2" Type="' + REL + '/styles" Target="styles.xml"/>' if styles else ''}
</Relationships>"""
    sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{extra_sheet_xml}<sheetData>{sheet_data}</sheetData></worksheet>"""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/worksheets/sheet1.xml": sheet,
    }
    if styles:
        parts["xl/styles.xml"] = styles
    write_package(name, parts)


def date1904():
    styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"""
    # 2024-01-01 is serial 43830 in the 1904 system (45292 in the 1900 system).
    data = """<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c></row>
<row r="2"><c r="A2" s="1"><v>43830</v></c><c r="B2"><v>43830</v></c></row>"""
    simple_package("date1904.xlsx", data, workbook_pr='<workbookPr date1904="1"/>', styles=styles)


def bomb():
    padding = " " * (2 * 1024 * 1024)
    data = f"""<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>{padding}
<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>"""
    simple_package("bomb.xlsx", data)


def not_workbook():
    with zipfile.ZipFile(os.path.join(HERE, "notworkbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("readme.txt", FIXED), "not a workbook\n")


if __name__ == "__main__":
    messy()
    features()
    date1904()
    bomb()
    not_workbook()
