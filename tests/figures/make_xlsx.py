#!/usr/bin/python3
"""Writes a turnover-balance sheet as XLSX with openpyxl, an XLSX writer independent of acct,
the way 1С:Бухгалтерия 8.3 lays it out: the organisation and the title above, the header in two
rows with merged cells («Счет» over code and name, each balance and turnover group over «Дебет»
and «Кредит»), then the accounts and «Итого». Run it with Debian's /usr/bin/python3, which sees
python3-openpyxl (the python3 on PATH may not).

    make_xlsx.py FROM.csv TO.xlsx [--numbers number|text|mixed] [--sheet NAME]
                 [--first-sheet NAME] [--set CELL=TEXT ...] [--shared-strings]
                 [--zip-not-xlsx]

FROM.csv is a sheet as tests/golden/figures-romashka has them (';', ',' or tab separated).
--numbers: amounts as numeric cells, as text with no-break spaces and a decimal comma
("1 234,56"), or alternately; --first-sheet puts an unrelated sheet before the table;
--set overwrites a cell (e.g. F12=12 34,5.6) to make a broken file; --shared-strings moves the
text into a shared-strings part, as Excel and 1С write it (openpyxl 3.0 writes inline strings),
with the title as rich text of two runs and a phonetic reading that is not part of the text;
--zip-not-xlsx writes a ZIP archive that is not a workbook instead.
"""
import argparse
import csv
import re
import sys
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

import openpyxl


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    first = next((line for line in text.splitlines() if line.count(";") + line.count("\t") + line.count(",") >= 4), "")
    sep = max(";\t,", key=first.count)
    return [row for row in csv.reader(text.splitlines(), delimiter=sep)]


def amount(text):
    """'1 234,56' (spaces or no-break spaces) -> Decimal, or None for an empty cell."""
    t = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(t) if t else None


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def share_strings(path):
    """Rewrites the workbook at `path` with every inline string moved to xl/sharedStrings.xml."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    strings = []

    def share(match):
        ref, text = match.group(1), match.group(2)
        strings.append(text)
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'

    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        xml = parts[name].decode("utf-8")
        xml = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>(.*?)</t></is></c>', share, xml)
        parts[name] = xml.encode("utf-8")
    items = []
    for text in strings:
        if "&#1074;&#1077;&#1076;&#1086;&#1084;&#1086;&#1089;&#1090;&#1100;" in text:  # «ведомость»
            half = text.index(" ")
            items.append(f"<si><r><t>{text[:half]}</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">"
                         f"{text[half:]}</t></r><rPh sb=\"0\" eb=\"1\"><t>{escape('ЧТЕНИЕ')}</t></rPh></si>")
        else:
            items.append(f"<si><t>{text}</t></si>")
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(items)}" '
        f'uniqueCount="{len(items)}">{"".join(items)}</sst>').encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml" Id="rIdStrings"/></Relationships>').encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--numbers", choices=["number", "text", "mixed"], default="number")
    p.add_argument("--sheet", default="TDSheet")
    p.add_argument("--first-sheet")
    p.add_argument("--set", action="append", default=[])
    p.add_argument("--shared-strings", action="store_true")
    p.add_argument("--zip-not-xlsx", action="store_true")
    a = p.parse_args()
    if a.zip_not_xlsx:
        with zipfile.ZipFile(a.target, "w") as z:
            z.writestr("readme.txt", "not a workbook")
        return 0
    rows = read_rows(a.source)
    book = openpyxl.Workbook()
    if a.first_sheet:
        book.active.title = a.first_sheet
        book.active["A1"] = "Параметры отчёта"
        book.active["A2"] = "Организация: ООО «Ромашка»"
        ws = book.create_sheet(a.sheet)
    else:
        ws = book.active
        ws.title = a.sheet
    header = None
    for r, row in enumerate(rows, start=1):
        if row and row[0] == "Счет":
            header = r
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            value = text
            is_amount = header is not None and r > header + 1 and c >= 3
            if is_amount:
                number = amount(text)
                as_text = a.numbers == "text" or (a.numbers == "mixed" and c % 2 == 0)
                if as_text:
                    value = f"{number:,.2f}".replace(",", "\u00a0").replace(".", ",")
                else:
                    value = float(number)
            ws.cell(row=r, column=c, value=value)
    if header is None:
        sys.exit("make_xlsx.py: no header row starting with «Счет» in " + a.source)
    # «Счет» over code and name, each group over its «Дебет» and «Кредит», as 1С merges them.
    for first, last in (("A", "B"), ("C", "D"), ("E", "F"), ("G", "H")):
        for c in range(ord(first) + 1, ord(last) + 1):
            ws[f"{chr(c)}{header}"] = None
        ws.merge_cells(f"{first}{header}:{last}{header}")
    for assignment in a.set:
        cell, _, text = assignment.partition("=")
        ws[cell] = text
    book.save(a.target)
    if a.shared_strings:
        share_strings(a.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
