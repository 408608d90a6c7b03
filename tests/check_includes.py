#!/usr/bin/env python3
"""Dependencies point one way: every `#include "AREA/..."` of a lib folder must be allowed by
the "may include" column of docs/ARCHITECTURE.md's folder table.

- A row whose first column names `lib/AREA/` governs the files of that folder; a row naming
  cmd files (`cmd/i18n`, `cmd/man.cpp`) governs those files, and the most specific row wins.
- The column allows the lib folders it names (`lib/task`, `lib/util`, ...); "everything in
  `lib/`" or a bare `lib/` allows them all. A folder may always include itself.
- Every folder under lib/ must have a row, and every lib folder a column names must exist.

Run by ctest; exits 1 listing every include outside the table, with file and line.
`--self-test` checks that the checker itself catches a bad include, a folder without a row and
a loop in a scratch tree.
"""

import argparse
import os
import re
import shutil
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')
LIB_FOLDER = re.compile(r"`?lib/([a-z_]+)/?`?")
SOURCE_SUFFIXES = (".cpp", ".hpp", ".h", ".cc")


def read_table(architecture):
    """Rows of the folder table as (path, allowed): allowed is a set of lib areas or None (all)."""
    rows = []
    in_table = False
    with open(architecture, encoding="utf-8") as f:
        for line in f:
            if line.startswith("| folder |"):
                in_table = True
                continue
            if not in_table:
                continue
            if not line.startswith("|"):
                break
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or set(cells[0]) <= set("-: "):
                continue
            allowed_text = cells[2]
            for path in re.findall(r"`([^`]+)`", cells[0]):
                if "everything in `lib/`" in allowed_text or re.search(r"(^|[ ,])`lib/`", allowed_text):
                    allowed = None
                else:
                    allowed = set(LIB_FOLDER.findall(allowed_text))
                rows.append((path.rstrip("/"), allowed))
    return rows


def row_for(rows, relative):
    """The most specific row governing a file (by the longest matching path), or None."""
    best = None
    for path, allowed in rows:
        stem = os.path.splitext(relative)[0]
        if relative == path or relative.startswith(path + "/") or stem == os.path.splitext(path)[0]:
            if best is None or len(path) > len(best[0]):
                best = (path, allowed)
    return best


def check(root):
    problems = []
    architecture = os.path.join(root, "docs", "ARCHITECTURE.md")
    rows = read_table(architecture)
    lib = os.path.join(root, "lib")
    areas = sorted(d for d in os.listdir(lib) if os.path.isdir(os.path.join(lib, d)))
    documented = {path[len("lib/"):] for path, _ in rows if path.startswith("lib/")}
    for area in areas:
        if area not in documented:
            problems.append("lib/%s/ has no row in docs/ARCHITECTURE.md's folder table" % area)
    for path, allowed in rows:
        for area in sorted(allowed or ()):
            if area not in areas:
                problems.append("docs/ARCHITECTURE.md: the row of %s names lib/%s, which does "
                                "not exist" % (path, area))
    edges = {}
    for top in ("lib", "cmd"):
        for directory, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                full = os.path.join(directory, name)
                relative = os.path.relpath(full, root)
                row = row_for(rows, relative)
                if row is None:
                    if top == "lib":
                        continue  # reported above as a folder without a row
                    problems.append("%s: no row of docs/ARCHITECTURE.md governs it" % relative)
                    continue
                path, allowed = row
                own = relative.split("/")[1] if top == "lib" else None
                with open(full, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        match = INCLUDE.match(line)
                        if not match or match.group(1) not in areas:
                            continue
                        area = match.group(1)
                        if own is not None and area != own:
                            edges.setdefault(own, set()).add(area)
                        if area == own or allowed is None or area in allowed:
                            continue
                        problems.append("%s:%d: includes lib/%s, which the row of %s in "
                                        "docs/ARCHITECTURE.md does not allow"
                                        % (relative, number, area, path))
    # A loop is already a problem above unless the table allows it; say so when it does.
    for cycle in find_cycles(edges):
        problems.append("lib folders include each other in a loop: " + " -> ".join(cycle))
    return problems


def find_cycles(edges):
    cycles, seen = [], set()

    def visit(node, stack):
        if node in stack:
            cycle = stack[stack.index(node):] + [node]
            key = frozenset(cycle)
            if key not in seen:
                seen.add(key)
                cycles.append(["lib/" + n for n in cycle])
            return
        for nxt in sorted(edges.get(node, ())):
            visit(nxt, stack + [node])

    for start in sorted(edges):
        visit(start, [])
    return cycles


def self_test(root):
    """The checker must catch what it is for; each case fails for its own reason."""
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for part in ("docs", "lib", "cmd"):
            shutil.copytree(os.path.join(root, part), os.path.join(scratch, part),
                            ignore=shutil.ignore_patterns("*.md", "commands", "man", "examples")
                            if part == "docs" else None)
        shutil.copy(os.path.join(root, "docs", "ARCHITECTURE.md"),
                    os.path.join(scratch, "docs", "ARCHITECTURE.md"))
        if check(scratch):
            failures.append("the copied tree is not clean to start with")

        util = os.path.join(scratch, "lib", "util", "zz_self_test.hpp")
        with open(util, "w", encoding="utf-8") as f:
            f.write('#pragma once\n#include "task/task.hpp"\n')
        found = check(scratch)
        if not any("lib/util/zz_self_test.hpp:2: includes lib/task" in p for p in found):
            failures.append("an include of lib/task from lib/util was not reported: %r" % found)
        os.remove(util)

        os.makedirs(os.path.join(scratch, "lib", "zz_new"))
        found = check(scratch)
        if not any("lib/zz_new/ has no row" in p for p in found):
            failures.append("a folder without a row was not reported: %r" % found)
        os.rmdir(os.path.join(scratch, "lib", "zz_new"))

        # A loop the table allows: task -> template is allowed; allow template -> task as well.
        arch = os.path.join(scratch, "docs", "ARCHITECTURE.md")
        with open(arch, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"(\| `lib/template/` \|[^\n]*\|)([^|\n]*)\|\n",
                      lambda m: m.group(1) + m.group(2) + ", `lib/task` |\n", text)
        with open(arch, "w", encoding="utf-8") as f:
            f.write(text)
        loop = os.path.join(scratch, "lib", "template", "zz_loop.cpp")
        with open(loop, "w", encoding="utf-8") as f:
            f.write('#include "task/task.hpp"\n')
        found = check(scratch)
        if not any("loop" in p and "lib/task" in p and "lib/template" in p for p in found):
            failures.append("a loop between lib/task and lib/template was not reported: %r"
                            % found)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    problems = self_test(args.source) if args.self_test else check(args.source)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("self-test passed" if args.self_test else "every include is allowed by the table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
