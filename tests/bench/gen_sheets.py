#!/usr/bin/env python3
"""Generates turnover-balance sheets for the import benchmark (tests/bench/figures.sh): for each
of N clients, twelve months of 2025 as XLSX laid out as 1С:Бухгалтерия 8.3 saves them (the
organisation and title above a two-row header with merged cells, shared strings, numeric
amounts, accounts with their subaccounts, «Итого»), each month's opening balances the previous
month's closing ones and every posting double-entry, so that every sheet balances. Also writes
the import list (list.csv) and the clients (clients.csv) for `acct client import`.

    gen_sheets.py --clients 2000 --months 12 --out DIR [--jobs 2]

The XLSX is written with zipfile from a template, not openpyxl, which would take an hour for
24,000 files; the reading side is tested against openpyxl in tests/figures/check_xlsx.py.
"""
import argparse
import os
import random
import zipfile
from multiprocessing import Pool
from xml.sax.saxutils import escape

MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
          "Октябрь", "Ноябрь", "Декабрь"]

# Leaf accounts and what kind of postings they take: (debit, credit) pairs below.
LEAVES = ["01", "02", "08.04", "10.01", "10.05", "19.03", "20.01", "26", "41.01", "43", "44.01",
          "50.01", "51", "60.01", "60.02", "62.01", "62.02", "66.03", "68.01", "68.02",
          "68.04.1", "68.04.2", "69.01", "69.02.7", "69.03.1", "70", "71.01", "76.05", "76.АВ",
          "80.09", "84.01", "90.01.1", "90.02.1", "90.03", "90.07.1", "90.08.1", "90.09",
          "91.01", "91.02", "91.09", "99.01.1", "99.02.1"]
POSTINGS = [("41.01", "60.01"), ("19.03", "60.01"), ("62.01", "90.01.1"), ("90.03", "68.02"),
            ("90.02.1", "41.01"), ("51", "62.01"), ("60.01", "51"), ("44.01", "70"),
            ("70", "68.01"), ("44.01", "69.01"), ("44.01", "69.02.7"), ("44.01", "69.03.1"),
            ("90.07.1", "44.01"), ("70", "51"), ("68.01", "51"), ("69.01", "51"),
            ("68.02", "51"), ("91.02", "51"), ("26", "02"), ("68.02", "19.03"),
            ("51", "62.02"), ("76.АВ", "68.02"), ("26", "10.01"), ("90.08.1", "26"),
            ("99.01.1", "90.09"), ("99.02.1", "68.04.2"), ("68.04.2", "68.04.1"),
            ("50.01", "51"), ("71.01", "50.01"), ("60.02", "51"), ("20.01", "10.05"),
            ("43", "20.01"), ("51", "66.03"), ("08.04", "60.01"), ("51", "91.01"),
            ("91.09", "99.01.1"), ("76.05", "51")]
NAMES = {"01": "Основные средства", "02": "Амортизация основных средств", "08": "Вложения во "
         "внеоборотные активы", "10": "Материалы", "19": "НДС по приобретенным ценностям",
         "20": "Основное производство", "26": "Общехозяйственные расходы", "41": "Товары",
         "43": "Готовая продукция", "44": "Расходы на продажу", "50": "Касса",
         "51": "Расчетные счета", "60": "Расчеты с поставщиками и подрядчиками",
         "62": "Расчеты с покупателями и заказчиками", "66": "Расчеты по краткосрочным кредитам",
         "68": "Расчеты по налогам и сборам", "69": "Расчеты по социальному страхованию",
         "70": "Расчеты с персоналом по оплате труда", "71": "Расчеты с подотчетными лицами",
         "76": "Расчеты с разными дебиторами и кредиторами", "80": "Уставный капитал",
         "84": "Нераспределенная прибыль (непокрытый убыток)", "90": "Продажи",
         "91": "Прочие доходы и расходы", "99": "Прибыли и убытки"}

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="TDSheet" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '</Relationships>')


def kopecks(value):
    return f"{value // 100}.{value % 100:02d}" if value >= 0 else f"-{-value // 100}.{-value % 100:02d}"


def sort_key(code):
    return [("0" + p) if p.isdigit() else ("1" + p) for p in code.split(".")]


def sheet_xml(organisation, month, rows):
    """The sheet part and its shared strings."""
    strings, index = [], {}

    def s(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    cells = []

    def row(number, values):
        out = []
        for column, value in enumerate(values):
            if value is None or value == "" or value == 0 and column >= 2:
                continue
            ref = f"{'ABCDEFGH'[column]}{number}"
            if isinstance(value, int):
                out.append(f'<c r="{ref}"><v>{kopecks(value)}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="s"><v>{s(value)}</v></c>')
        cells.append(f'<row r="{number}">{"".join(out)}</row>')

    row(1, [organisation])
    row(2, [f"Оборотно-сальдовая ведомость за {MONTHS[month - 1]} 2025 г."])
    row(3, ["Выводимые данные: БУ (данные бухгалтерского учета)"])
    row(5, ["Счет", None, "Сальдо на начало периода", None, "Обороты за период", None,
            "Сальдо на конец периода"])
    row(6, ["Код", "Наименование", "Дебет", "Кредит", "Дебет", "Кредит", "Дебет", "Кредит"])
    number = 7
    totals = [0] * 6
    for code, amounts in rows:
        row(number, [code, NAMES.get(code.split(".")[0], code)] + amounts)
        if "." not in code:
            totals = [t + a for t, a in zip(totals, amounts)]
        number += 1
    row(number, ["Итого", None] + totals)
    merges = "".join(f'<mergeCell ref="{a}5:{b}5"/>' for a, b in ("AB", "CD", "EF", "GH"))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(cells)}</sheetData><mergeCells count="4">{merges}</mergeCells>'
             '</worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(t)}</t></si>" for t in strings) + "</sst>")
    return sheet, shared


def client_sheets(args):
    """Writes one client's months; returns the list lines."""
    n, months, out = args
    rng = random.Random(n)
    slug = f"c{n:05d}"
    balance = {leaf: 0 for leaf in LEAVES}
    # Opening balances: capital against money and fixed assets.
    capital = rng.randrange(1_000_000_00, 50_000_000_00)
    balance["51"] = capital // 2
    balance["01"] = capital - capital // 2
    balance["80.09"] = -capital
    lines = []
    for month in range(1, months + 1):
        turnover_debit = {leaf: 0 for leaf in LEAVES}
        turnover_credit = {leaf: 0 for leaf in LEAVES}
        for _ in range(rng.randrange(25, 45)):
            debit, credit = rng.choice(POSTINGS)
            amount = rng.randrange(100, 5_000_000_00)
            turnover_debit[debit] += amount
            turnover_credit[credit] += amount
        leaf_rows = {}
        for leaf in LEAVES:
            opening = balance[leaf]
            closing = opening + turnover_debit[leaf] - turnover_credit[leaf]
            amounts = [max(opening, 0), max(-opening, 0), turnover_debit[leaf],
                       turnover_credit[leaf], max(closing, 0), max(-closing, 0)]
            balance[leaf] = closing
            if any(amounts):
                leaf_rows[leaf] = amounts
        all_rows = dict(leaf_rows)
        for leaf, amounts in leaf_rows.items():
            parts = leaf.split(".")
            for k in range(1, len(parts)):
                parent = ".".join(parts[:k])
                all_rows.setdefault(parent, [0] * 6)
                if parent not in leaf_rows:
                    all_rows[parent] = [a + b for a, b in zip(all_rows[parent], amounts)]
        rows = [(code, all_rows[code]) for code in sorted(all_rows, key=sort_key)]
        sheet, shared = sheet_xml(f"ООО «Клиент {n}»", month, rows)
        name = f"{slug}-2025-{month:02d}.xlsx"
        with zipfile.ZipFile(os.path.join(out, "sheets", name), "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("_rels/.rels", ROOT_RELS)
            z.writestr("xl/workbook.xml", WORKBOOK)
            z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
            z.writestr("xl/worksheets/sheet1.xml", sheet)
            z.writestr("xl/sharedStrings.xml", shared)
        lines.append(f"{slug};2025-{month:02d};sheets/{name}")
    return lines


def inn(n):
    """A valid ten-digit ИНН of an organisation, different for each n."""
    digits = [7, 7, 0, 1] + [int(d) for d in f"{n:05d}"]
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    check = sum(d * w for d, w in zip(digits, weights)) % 11 % 10
    return "".join(map(str, digits)) + str(check)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--clients", type=int, default=2000)
    p.add_argument("--months", type=int, default=12)
    p.add_argument("--out", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = p.parse_args()
    os.makedirs(os.path.join(a.out, "sheets"), exist_ok=True)
    with open(os.path.join(a.out, "clients.csv"), "w", encoding="utf-8") as f:
        f.write("slug;name;form;inn;regime;contract_start\n")
        for n in range(a.clients):
            f.write(f"c{n:05d};ООО «Клиент {n}»;ooo;{inn(n)};osno;2025-01-01\n")
    with Pool(a.jobs) as pool:
        results = pool.map(client_sheets, [(n, a.months, a.out) for n in range(a.clients)],
                           chunksize=20)
    with open(os.path.join(a.out, "list.csv"), "w", encoding="utf-8") as f:
        f.write("client;period;file\n")
        for lines in results:
            f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
