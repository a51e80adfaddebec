"""Workbooks as openpyxl writes them, for the corpus tests (test/corpus).

Run with Debian's interpreter, which has python3-openpyxl: /usr/bin/python3 openpyxl_writer.py MODE SRC OUT

MODE
  resave    load SRC and save it as OUT, nothing else: what an officer's Python script does
  totals    as resave, and the officer's own touches: a totals row under the Registrations table
            (a label and a SUBTOTAL count) and the scoring sheet protected with a password
"""
import sys

import openpyxl
from openpyxl.utils import range_boundaries, get_column_letter


def find_table(workbook, name):
    for sheet in workbook.worksheets:
        if name in sheet.tables:
            return sheet, sheet.tables[name]
    raise SystemExit(f"no table {name}")


def add_totals_row(workbook, name):
    sheet, table = find_table(workbook, name)
    left, top, right, bottom = range_boundaries(table.ref)
    totals = bottom + 1
    first = table.tableColumns[0]
    second = table.tableColumns[1]
    first.totalsRowLabel = "Tổng"
    second.totalsRowFunction = "count"
    sheet.cell(row=totals, column=left, value="Tổng")
    sheet.cell(row=totals, column=left + 1, value=f"=SUBTOTAL(103,{name}[{second.name}])")
    table.ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{totals}"
    table.totalsRowCount = 1
    table.autoFilter.ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}"


def main():
    mode, source, target = sys.argv[1:4]
    workbook = openpyxl.load_workbook(source)
    if mode == "totals":
        add_totals_row(workbook, "Registrations")
        sheet, _ = find_table(workbook, "Scores")
        sheet.protection.sheet = True
        sheet.protection.password = "thidua"
    elif mode != "resave":
        raise SystemExit(f"unknown mode {mode}")
    workbook.save(target)


main()
