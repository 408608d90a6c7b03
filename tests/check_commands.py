#!/usr/bin/env python3
"""Loop test over every acct command (the list comes from the hidden `acct __commands`):

- each answers --help with exit code 0 and a usage line;
- each has a section "## acct <command>" (or "# acct <command>") in a page of docs/commands/;
- every such section in docs/commands/ names a command that exists (no stale pages).

Run by ctest; exits 1 listing every problem.
"""

import argparse
import glob
import os
import re
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--acct", required=True)
    parser.add_argument("--docs", required=True)
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCT_")}
    env["NO_COLOR"] = "1"
    listing = subprocess.run([args.acct, "__commands"], capture_output=True, text=True, env=env)
    if listing.returncode != 0:
        print("acct __commands failed: " + listing.stderr)
        return 1
    commands = [line.split() for line in listing.stdout.splitlines() if line.strip()]
    problems = []
    if len(commands) < 5:
        problems.append("acct __commands listed only %d commands" % len(commands))

    documented = set()
    for page in glob.glob(os.path.join(args.docs, "commands", "*.md")):
        with open(page, encoding="utf-8") as f:
            for line in f:
                match = re.match(r"^##? `?(acct(?: [a-z0-9-]+)+)`?", line)
                if match:
                    documented.add(match.group(1))

    for words in commands:
        path = " ".join(words)
        result = subprocess.run(
            [args.acct] + words[1:] + ["--help"], capture_output=True, text=True, env=env
        )
        if result.returncode != 0:
            problems.append("'%s --help' exited with %d" % (path, result.returncode))
        elif "Usage:" not in result.stdout:
            problems.append("'%s --help' printed no usage line" % path)
        if path not in documented:
            problems.append("'%s' has no section '## %s' in docs/commands/" % (path, path))

    existing = {" ".join(words) for words in commands}
    for path in sorted(documented):
        if path not in existing and not any(c.startswith(path + " ") for c in existing):
            problems.append("docs/commands describe '%s', which is not a command" % path)

    for problem in problems:
        print(problem)
    print("%d commands checked, %d problem(s)" % (len(commands), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
