#!/usr/bin/env python3
"""Writes the test workbooks in Tests/Fixtures/xlsx/ with writers other than ours.

    pip install openpyxl==3.1.5 msoffcrypto-tool==6.1.0
    scripts/make-xlsx-fixtures.py            # the openpyxl workbooks, one encrypted
    scripts/make-xlsx-fixtures.py --libreoffice   # also LibreOffice's conversions of CSVs

The workbooks are committed, so the tests need neither openpyxl nor LibreOffice; run this
again only to change them (openpyxl's output is the same for the same input, apart from the
document properties' times, which are fixed here).
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "xlsx")
FIXED = datetime.datetime(2026, 12, 1, 0, 0, 0)


def save(wb, name):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "make-xlsx-fixtures.py"
    path = os.path.join(OUT, name)
    wb.save(path)
    print("wrote", os.path.relpath(path))


def points():
    """Two sheets of points, a notes sheet, dates, numbers in text fields, rich text, an
    empty trailing row that only carries a style, and a formula (openpyxl writes no cached
    value for it)."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "每行一个服务点；日期列用日期格式"
    header = ["id", "kind", "name", "region", "address", "status", "opened", "meal.price", "meal.seats", "description"]
    fq = wb.create_sheet("枫桥镇")
    fq.append(header)
    fq.append(["fq-1", "canteen", "枫桥食堂", "east-a", 88, "operating", datetime.date(2025, 3, 1), 8.0, 40,
               CellRichText([TextBlock(InlineFont(b=True), "午餐"), "和晚餐"])])
    fq.append(["fq-2", "meal-point", "枫桥二号点", "east-b", "枫桥路2号", "operating",
               datetime.date(2024, 12, 31), 12.5, None, '=CONCATENATE("早","餐")'])
    fq["G2"].number_format = "yyyy-mm-dd"
    fq["G3"].number_format = 'yyyy"年"m"月"d"日"'
    for column in range(1, 4):  # an empty row that only carries a style
        fq.cell(row=4, column=column).font = Font(bold=True)
    dk = wb.create_sheet("店口镇")
    dk.append(["id", "kind", "name", "region", "address", "status", "opened"])
    dk.append(["dk-1", "meal-point", "店口点", "west-c", "店口路1号", "planned", None])
    hidden = wb.create_sheet("#草稿")
    hidden.append(["随便写写"])
    save(wb, "points-openpyxl.xlsx")


def typed_1904():
    """The 1904 date system, a date-time, a time, a boolean, a large number and a fraction."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "活动"
    ws.append(["id", "date", "starts", "time", "flag", "phone", "ratio"])
    ws.append(["a1", datetime.date(2026, 12, 5), datetime.datetime(2026, 12, 5, 9, 30), datetime.time(14, 0),
               True, 13800000000, 0.1 + 0.2])
    ws["B2"].number_format = "yyyy-mm-dd"
    ws["C2"].number_format = "yyyy-mm-dd hh:mm"
    ws["D2"].number_format = "h:mm"
    save(wb, "typed-1904.xlsx")


def merged_header():
    """A header whose B1:C1 are merged."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["id", "name", None, "region"])
    ws.append(["mp-a", "甲点", "", "east-a"])
    ws.merge_cells("B1:C1")
    save(wb, "merged-header.xlsx")


def encrypted():
    """A password-protected workbook (ECMA-376 agile encryption), as Excel saves one."""
    subprocess.run(["msoffcrypto-tool", "-e", "-p", "1234", os.path.join(OUT, "merged-header.xlsx"),
                    os.path.join(OUT, "encrypted.xlsx")], check=True)
    print("wrote encrypted.xlsx")


DAMAGE = os.path.join(os.path.dirname(OUT), "spreadsheet-damage")


def damaged_csv_as_gb18030():
    """The damaged CSV of the spreadsheet-damage fixture as Excel or WPS on a Chinese system
    saves "CSV": GB18030 with CRLF line ends."""
    with open(os.path.join(DAMAGE, "content", "points", "points.csv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    path = os.path.join(DAMAGE, "saved-as", "points.gb18030.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write("".join(row + "\r\n" for row in rows).encode("gb18030"))
    print("wrote", os.path.relpath(path))


def damaged_csv_as_xlsx(soffice):
    """The same CSV opened in LibreOffice as a clerk opens it (numbers and dates detected,
    as Excel does) and saved as a workbook."""
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "points.csv")
        shutil.copy(os.path.join(DAMAGE, "content", "points", "points.csv"), csv)
        subprocess.run([soffice, "--headless", "--infilter=CSV:44,34,76,1,,2052,false,true,false,false,false,-1",
                        "--convert-to", "xlsx", "--outdir", tmp, csv], check=True)
        shutil.copy(os.path.join(tmp, "points.xlsx"), os.path.join(DAMAGE, "saved-as", "points.xlsx"))
        print("wrote saved-as/points.xlsx")


def libreoffice():
    """LibreOffice's own writer: a CSV converted with `soffice --convert-to xlsx`."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("no soffice: apt-get install libreoffice-calc")
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "points-libreoffice.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("id,kind,name,region,address,status,opened,meal.price\n"
                    "lo-1,canteen,乙食堂,east-a,101,operating,2025-03-01,=4+4\n"
                    "lo-2,meal-point,丙点,west-c,丙社区2号,operating,2024-12-31,12.5\n")
        subprocess.run([soffice, "--headless", "--infilter=CSV:44,34,76,1,,0,false,false,false,false,false,-1",
                        "--convert-to", "xlsx", "--outdir", tmp, csv], check=True)
        shutil.copy(os.path.join(tmp, "points-libreoffice.xlsx"), os.path.join(OUT, "points-libreoffice.xlsx"))
        print("wrote points-libreoffice.xlsx")
    damaged_csv_as_xlsx(soffice)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    points()
    typed_1904()
    merged_header()
    encrypted()
    damaged_csv_as_gb18030()
    if "--libreoffice" in sys.argv:
        libreoffice()
