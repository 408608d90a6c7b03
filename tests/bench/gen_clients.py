#!/usr/bin/env python3
"""Writes a client list as Excel in a Russian locale saves it ("CSV UTF-8"): a BOM, ';' between
cells, CRLF, quotes around cells that need them, dates as 01.01.2026, money as "15 000,00".
Every ИНН, ОГРН and ОГРНИП has valid control digits. Deterministic for a given --seed.

    gen_clients.py --rows 2000 > clients.csv

With --employers-vat-third, the firm of issue 16's generation benchmark instead: every client an
organisation and an employer under contract from --contract (01.01.2026), one in three on ОСНО
with VAT, the others on УСН «доходы» without.
"""

import argparse
import random
import sys

INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
INN11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
INN12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
REGIONS = ["77", "78", "50", "16", "66", "54", "23", "02", "52", "63"]
WORDS = ["Ромашка", "Вектор", "Альфа", "Север", "Гранит", "Меридиан", "Восход", "Ладога",
         "Орион", "Сфера", "Кедр", "Янтарь", "Профит", "Стандарт", "Импульс", "Квант"]
SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Васильев",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев"]
FIRST = ["Иван", "Пётр", "Алексей", "Сергей", "Андрей", "Дмитрий", "Олег", "Максим"]
ORG_REGIMES = ["ОСНО", "УСН доходы", "УСН доходы минус расходы", "АУСН", "ЕСХН"]
IP_REGIMES = ["УСН доходы", "УСН доходы минус расходы", "Патент", "ОСНО", "НПД"]


def control(digits, weights):
    return str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)


def inn10(region, serial):
    body = "%s%02d%05d" % (region, serial % 100, serial // 100 % 100000)
    return body + control(body, INN10)


def inn12(region, serial):
    body = "%s%02d%06d" % (region, serial % 100, serial // 100 % 1000000)
    body += control(body, INN11)
    return body + control(body, INN12)


def ogrn(region, serial):
    body = "1%02d%s%07d" % (2 + serial % 20, region, serial % 10000000)
    body = body[:12]
    return body + str(int(body) % 11 % 10)


def ogrnip(region, serial):
    body = "3%02d%s%09d" % (4 + serial % 20, region, serial % 1000000000)
    body = body[:14]
    return body + str(int(body) % 13 % 10)


def money(rubles):
    return "{:,}".format(rubles).replace(",", " ") + ",00"


def cell(value):
    if any(c in value for c in ';"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--employers-vat-third", action="store_true")
    parser.add_argument("--contract", default="01.01.2026")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    header = ["Наименование", "ИНН", "КПП", "ОГРН", "Система налогообложения", "Сотрудники",
              "НДС", "Имущество", "Дата договора", "Абонплата", "Примечание"]
    lines = [";".join(header)]
    for n in range(args.rows):
        region = REGIONS[n % len(REGIONS)]
        serial = 1000 + n * 37
        day = "%02d.%02d.%d" % (1, 1 + n % 12, 2024 + n % 3)
        note = ""
        if n % 10 == 0:
            note = "Документы по ЭДО;\nзвонить после 10:00"
        if args.employers_vat_third:
            name = "ООО «%s-%d»" % (rnd.choice(WORDS), n)
            osno = n % 3 == 0
            row = [name, inn10(region, serial), region + "0101001", ogrn(region, serial),
                   "ОСНО" if osno else "УСН доходы", str(rnd.randint(1, 250)),
                   "да" if osno else "нет", "нет", args.contract,
                   money(rnd.randint(10, 120) * 1000), note]
        elif n % 4 == 3:  # an ИП
            name = "ИП %s %s %d" % (rnd.choice(SURNAMES), rnd.choice(FIRST), n)
            row = [name, inn12(region, serial), "", ogrnip(region, serial), rnd.choice(IP_REGIMES),
                   rnd.choice(["нет", "да", str(rnd.randint(1, 15))]), "нет", "",
                   day, money(rnd.randint(3, 20) * 1000), note]
        else:
            name = "ООО «%s-%d»" % (rnd.choice(WORDS), n)
            row = [name, inn10(region, serial), region + "0101001", ogrn(region, serial),
                   rnd.choice(ORG_REGIMES), rnd.choice(["да", str(rnd.randint(1, 250))]),
                   rnd.choice(["да", "нет", "20%"]), rnd.choice(["да", "нет"]), day,
                   money(rnd.randint(10, 120) * 1000), note]
        lines.append(";".join(cell(v) for v in row))
    sys.stdout.buffer.write(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
