#!/usr/bin/env python3
"""Shell completion tests: the generated scripts driven in real bash (with bash-completion),
fish (`complete -C`) and zsh (an interactive shell in zpty), against a small firm built in a
temporary directory.

    check_completion.py --acct build/cmd/acct --source . MODE

MODE is one of:
  generated  completions/* equal `acct completion SHELL` byte for byte
  lint       shellcheck, zsh -n, fish --no-execute on the committed scripts
  bash       subcommands, nested groups, options, option and positional values, files
  fish       the same through `complete -C`
  zsh        subcommands, options with descriptions, a dynamic value, through zpty
  drift      every leaf's options (parsed from its --help text, not from acct's tree) and
             every group's commands are offered by bash and fish

Queries are batched into one shell process per mode (one Tab costs a few ms; a shell start
tens). Exits 1 listing every problem.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

SEP = "\x1e"


class Firm:
    """A temporary firm: two staff members, three clients (one archived), open tasks."""

    def __init__(self, acct):
        self.acct = os.path.abspath(acct)
        self.dir = tempfile.mkdtemp(prefix="acct-completion-")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCT_", "XDG_"))}
        bindir = os.path.join(self.dir, "bin")
        os.mkdir(bindir)
        os.symlink(self.acct, os.path.join(bindir, "acct"))
        self.env.update(
            HOME=self.dir,
            XDG_CONFIG_HOME=os.path.join(self.dir, "config"),
            XDG_DATA_HOME=os.path.join(self.dir, "data"),
            ACCT_DB=os.path.join(self.dir, "firm.db"),
            ACCT_TODAY="2026-04-20",
            ACCT_USER="tester",
            NO_COLOR="1",
            TZ="UTC",
            LC_ALL="C.UTF-8",
            PATH=bindir + os.pathsep + self.env.get("PATH", ""),
        )
        open(os.path.join(self.dir, "clients.csv"), "w").close()

    def build(self):
        for line in [
            "init --quiet",
            "staff add ivanova --name Ivanova --role accountant --quiet",
            "staff add sokolov --name Sokolov --role chief-accountant --quiet",
            "client add vektor --name Vektor --form ooo --inn 7728012340 --regime osno "
            "--from 2026-01-01 --quiet",
            "client add romashka --name Romashka --form ooo --inn 7707083893 --regime osno "
            "--from 2026-01-01 --quiet",
            "client add zebra --name Zebra --form ooo --inn 7701234560 --regime osno "
            "--from 2026-01-01 --quiet",
            "client archive zebra --quiet",
            "client assign vektor --accountant ivanova --from 2026-01-01 --quiet",
            "client subscribe vektor ru-statutory --from 2026-01-01 --quiet",
            "generate --since 2026-04-01 --through 2026-05-31 --quiet",
        ]:
            self.run(shlex.split(line))
        return self

    def run(self, args, check=True):
        result = subprocess.run([self.acct] + args, capture_output=True, text=True,
                                env=self.env, cwd=self.dir)
        if check and result.returncode != 0:
            raise SystemExit("acct %s failed: %s" % (" ".join(args), result.stderr))
        return result

    def values(self, kind):
        return self.run(["__complete", kind]).stdout.split()

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


# ---- the shells ------------------------------------------------------------------------------


def bash_complete(firm, script, lines):
    """COMPREPLY for each line (the cursor at its end), from one bash process."""
    program = [
        "source /usr/share/bash-completion/bash_completion",
        "source %s" % shlex.quote(script),
        "__q() {",
        "  COMP_LINE=$1; COMP_POINT=${#1}",
        "  read -ra COMP_WORDS <<<\"$1\"",
        "  [[ $1 == *' ' ]] && COMP_WORDS+=('')",
        "  COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()",
        "  _acct acct \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"",
        "  printf '%s\\n' \"${COMPREPLY[@]}\"; printf '\\x1e\\n'",
        "}",
    ] + ["__q %s" % shlex.quote(line) for line in lines]
    out = subprocess.run(["bash", "--norc", "--noprofile", "-c", "\n".join(program)],
                         capture_output=True, text=True, env=firm.env, cwd=firm.dir)
    return split_answers(out, len(lines))


def fish_complete(firm, script, lines):
    """Candidates (without descriptions) for each line, from one fish process."""
    program = ["source %s" % fish_quote(script)]
    program += ["complete -C %s; printf '\\x1e\\n'" % fish_quote(line) for line in lines]
    out = subprocess.run(["fish", "--no-config", "-c", "\n".join(program)],
                         capture_output=True, text=True, env=firm.env, cwd=firm.dir)
    answers = split_answers(out, len(lines))
    return [[c.split("\t")[0] for c in answer] for answer in answers]


def fish_quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def split_answers(out, count):
    if out.returncode != 0 or out.stderr.strip():
        raise SystemExit("shell failed (%d): %s" % (out.returncode, out.stderr))
    answers = [[c for c in chunk.split("\n") if c] for chunk in out.stdout.split(SEP + "\n")]
    if len(answers) != count + 1:
        raise SystemExit("expected %d answers, got %d:\n%s" % (count, len(answers) - 1, out.stdout))
    return answers[:count]


ZSH_HARNESS = r"""
zmodload zsh/zpty
zpty -b z zsh -f -i
zpty -w z 'PS1=">"; unsetopt autolist listbeep beep; setopt nobeep'
zpty -w z "fpath=($COMPDIR \$fpath); autoload -Uz compinit; compinit -u -D"
# Every match any completer adds goes to $OUT, one a line; a query ends with a marker.
zpty -w z 'compadd() { if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi;'\
' local -a __m; builtin compadd -O __m "$@"; print -rl -- $__m >>$OUT; builtin compadd "$@"; }'
# Wait until the shell has run all that: keys typed before its line editor starts are lost.
zpty -w z 'print $((900+9))READY'
zpty -r -m z reply '*909READY*' || { print -u2 "zsh did not start"; exit 1 }
integer n=0
for line in "$@"; do
  (( n++ ))
  zpty -w -n z "$line"$'\t'
  zpty -w z $'\C-g\C-u'"print -- \$((1000+$n))DONE >>\$OUT; print \$((1000+$n))DONE"
  zpty -r -m z reply "*$((1000+n))DONE*" || { print -u2 "timed out on $line"; exit 1 }
done
zpty -d z
"""


def zsh_complete(firm, compdir, lines):
    """Matches for each line from an interactive zsh in zpty, with _acct on fpath."""
    out_file = os.path.join(firm.dir, "zsh-matches")
    open(out_file, "w").close()
    env = dict(firm.env, COMPDIR=compdir, OUT=out_file, TERM="dumb")
    result = subprocess.run(["zsh", "-f", "-c", ZSH_HARNESS, "zsh"] + lines, capture_output=True,
                            text=True, env=env, cwd=firm.dir, timeout=240)
    if result.returncode != 0:
        raise SystemExit("zsh harness failed: %s" % result.stderr)
    with open(out_file, encoding="utf-8") as f:
        text = f.read()
    answers = []
    for n in range(1, len(lines) + 1):
        before, _, text = text.partition("%dDONE\n" % (1000 + n))
        answers.append([m for m in before.split("\n") if m])
    return answers


# ---- the checks ------------------------------------------------------------------------------


class Checker:
    def __init__(self):
        self.problems = []
        self.count = 0

    def expect(self, shell, line, got, want=(), absent=(), exact=None):
        self.count += 1
        if exact is not None and sorted(got) != sorted(exact):
            self.problems.append("%s: %r offered %s, expected exactly %s" %
                                 (shell, line, sorted(got), sorted(exact)))
        missing = [w for w in want if w not in got]
        if missing:
            self.problems.append("%s: %r does not offer %s (offered: %s)" %
                                 (shell, line, missing, " ".join(got[:40])))
        extra = [w for w in absent if w in got]
        if extra:
            self.problems.append("%s: %r offers %s, which it must not" % (shell, line, extra))


def common_cases(firm):
    """(line, want, absent, exact) for bash and fish: the same answers in both."""
    clients = ["romashka", "vektor"]
    tasks = firm.values("tasks")
    assert len(tasks) >= 3, "the firm has no open tasks"
    return [
        ("acct c", ["client", "calendar", "completion"], ["staff"], None),
        ("acct ", ["client", "staff", "task", "completion"], ["__complete", "__commands"], None),
        ("acct client contact ", ["add", "list", "edit"], [], None),
        ("acct task list --", ["--client", "--status", "--sort", "--json", "--db", "--help"],
         [], None),
        ("acct digest client vektor --format ", [], [], None),  # set in check_shell
        ("acct client export --format ", [], [], ["csv", "json"]),
        ("acct task list --sort ", ["due", "id", "client"], [], None),
        ("acct task list --client ", [], [], clients),
        ("acct task list --client r", [], [], ["romashka"]),
        ("acct task list --assignee ", [], [], ["ivanova", "sokolov"]),
        ("acct task list --status ", ["new", "accepted", "waiting-client", "done"], [], None),
        ("acct task list --status new,acc", [], [], ["new,accepted"]),
        ("acct client list --status ", ["prospect", "active", "offboarded"], ["new"], None),
        ("acct client subscribe vektor ", ["ru-statutory", "kz-statutory"], [], None),
        ("acct client subscribe ", [], [], clients),
        ("acct client add ", [], ["romashka", "vektor"], None),  # a new slug: no clients
        ("acct staff show ", [], [], ["ivanova", "sokolov"]),
        ("acct task show ", tasks, [], None),
        ("acct task accept 1 ", tasks[1:3], [], None),
        ("acct task list --service ", ["ru-statutory"], [], None),
        ("acct staff list --role ", ["accountant", "manager"], ["director"], None),
        ("acct client contact list --role ", ["director", "hr"], [], None),
        ("acct client import ", ["clients.csv"], [], None),
        ("acct --db firm.db client show ", [], [], clients),
        ("acct client show --db nowhere.db ", [], [], []),
        ("acct init --country ", [], [], ["ru", "kz"]),
        ("acct completion ", [], [], ["bash", "zsh", "fish"]),
    ]


def check_shell(firm, checker, shell, script):
    cases = common_cases(firm)
    # digest formats come from the library: take them from the help text, not from the code
    digest_help = firm.run(["digest", "client", "--help"]).stdout
    formats = re.search(r"\{([a-z,]+)\}", digest_help).group(1).split(",")
    cases[4] = ("acct digest client vektor --format ", [], [], formats)
    lines = [case[0] for case in cases]
    answers = (bash_complete if shell == "bash" else fish_complete)(firm, script, lines)
    for (line, want, absent, exact), got in zip(cases, answers):
        checker.expect(shell, line, got, want, absent, exact)


def help_options(text):
    """Option names from a CLI11 --help text: the first column of the option lines."""
    names = []
    for line in text.splitlines():
        match = re.match(r"^  (-[^ ].*?)(?:  |$)", line)
        if match:
            for spelling in match.group(1).split(" ")[0].split(","):
                names.append(spelling.split("=")[0])
    return names


def check_drift(firm, checker, source):
    commands = [line.split()[1:] for line in firm.run(["__commands"]).stdout.splitlines()]
    global_names = [n for n in help_options(firm.run(["--help"]).stdout) if n != "--version"]
    cases = []
    groups = {}
    for words in commands:
        for i in range(len(words)):
            groups.setdefault(tuple(words[:i]), set()).add(words[i])
    for words in commands:
        own = help_options(firm.run(words + ["--help"]).stdout)
        cases.append(("acct %s -" % " ".join(words), own + global_names))
    for group, children in sorted(groups.items()):
        cases.append((" ".join(("acct",) + group) + " ", sorted(children)))
    lines = [case[0] for case in cases]
    scripts = {"bash": os.path.join(source, "completions", "acct.bash"),
               "fish": os.path.join(source, "completions", "acct.fish")}
    for shell, script in scripts.items():
        answers = (bash_complete if shell == "bash" else fish_complete)(firm, script, lines)
        for (line, want), got in zip(cases, answers):
            checker.expect(shell, line, got, want)
    print("%d commands, %d groups" % (len(commands), len(groups)))


def check_zsh(firm, checker, source):
    compdir = os.path.join(firm.dir, "zfunc")
    os.mkdir(compdir)
    shutil.copy(os.path.join(source, "completions", "_acct"), compdir)
    cases = [
        ("acct c", ["client", "calendar"], [], None),
        ("acct client contact ", ["add", "list", "edit"], [], None),
        ("acct task list --", ["--client", "--status", "--sort", "--json", "--db"], [], None),
        ("acct task list --client ", [], [], ["romashka", "vektor"]),
        ("acct task list --status ", ["new", "waiting-client"], [], None),
        ("acct staff show ", [], [], ["ivanova", "sokolov"]),
        ("acct client subscribe vektor ", ["ru-statutory"], [], None),
    ]
    answers = zsh_complete(firm, compdir, [c[0] for c in cases])
    for (line, want, absent, exact), got in zip(cases, answers):
        checker.expect("zsh", line, got, want, absent, exact)


def check_generated(acct, source, checker):
    names = {"bash": "acct.bash", "zsh": "_acct", "fish": "acct.fish"}
    for shell, name in names.items():
        want = subprocess.run([acct, "completion", shell], capture_output=True, check=True).stdout
        path = os.path.join(source, "completions", name)
        with open(path, "rb") as f:
            have = f.read()
        checker.count += 1
        if have != want:
            checker.problems.append(
                "completions/%s differs from 'acct completion %s'; regenerate it: "
                "scripts/gen-docs.sh" % (name, shell))


def check_lint(source, checker):
    d = os.path.join(source, "completions")
    for args in (["shellcheck", "-s", "bash", os.path.join(d, "acct.bash")],
                 ["zsh", "-n", os.path.join(d, "_acct")],
                 ["fish", "--no-execute", os.path.join(d, "acct.fish")]):
        checker.count += 1
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode != 0 or result.stdout.strip() or result.stderr.strip():
            checker.problems.append("%s: %s%s" % (" ".join(args[:-1]), result.stdout,
                                                  result.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--acct", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("mode", choices=["generated", "lint", "bash", "fish", "zsh", "drift"])
    args = parser.parse_args()
    source = os.path.abspath(args.source)
    checker = Checker()
    if args.mode == "generated":
        check_generated(args.acct, source, checker)
    elif args.mode == "lint":
        check_lint(source, checker)
    else:
        firm = Firm(args.acct).build()
        try:
            if args.mode == "drift":
                check_drift(firm, checker, source)
            elif args.mode == "zsh":
                check_zsh(firm, checker, source)
            else:
                script = os.path.join(source, "completions",
                                      "acct.bash" if args.mode == "bash" else "acct.fish")
                check_shell(firm, checker, args.mode, script)
        finally:
            firm.close()
    for problem in checker.problems:
        print(problem)
    print("%d checks, %d problem(s)" % (checker.count, len(checker.problems)))
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
