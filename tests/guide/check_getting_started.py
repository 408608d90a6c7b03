#!/usr/bin/env python3
"""Runs docs/getting-started.md as it stands: every shell block in order, in one shell, then each
crontab line the way cron runs it, then the git pre-commit hook it shows.

The guide is written for a Debian server (/srv/acct, a system user, the installed package); the
test keeps the commands and moves the places into a temporary directory:

  /srv/acct, /srv/www, /var/backups     -> directories under the temporary one
  /usr/share/acct/templates             -> the source tree's templates/
  /usr/local/bin/remind-sendmail.sh     -> a stub hook that keeps what it is given
  --group acct                          -> --group with the caller's own group
  mail                                  -> a stub that refuses an address without '@'

Lines that need root or build the package are not run; they are listed in SKIPPED and must still
be in the guide (the package test covers installing). Anything else in a shell block runs.

  check_getting_started.py --acct BUILD/cmd/acct --source SRCDIR
"""

import argparse
import grp
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

# Lines of the guide this test does not run, and why.
SKIPPED = {
    "scripts/package.sh": "builds the .deb: tests/package/check_deb.sh does",
    "sudo apt install ./build/package/acct-firm_0.1.0_amd64.deb": "needs root; the package test installs it",
    "sudo adduser --system --group --home /srv/acct acct": "needs root: the test runs as whoever runs it",
    "sudo -u acct -s": "the same",
}

# The day the test pretends it is: a Monday in January, before anything generated is overdue.
TODAY = "2026-01-12"


def blocks(text):
    """(line number, info string, body) of every fenced block."""
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\S*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        start, info, body = i + 1, m.group(1), []
        i += 1
        while i < len(lines) and lines[i] != "```":
            body.append(lines[i])
            i += 1
        out.append((start, info, "\n".join(body) + "\n"))
        i += 1
    return out


def strip_comment(line):
    """A shell line without its trailing '# ...' comment (outside quotes) and blanks."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i].rstrip()
    return line.rstrip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--acct", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    src = os.path.realpath(args.source)
    guide_path = os.path.join(src, "docs", "getting-started.md")
    with open(guide_path, encoding="utf-8") as f:
        guide = f.read()

    failures = []
    tmp = tempfile.mkdtemp(prefix="acct-guide-")
    try:
        bindir = os.path.join(tmp, "bin")
        work = os.path.join(tmp, "work")
        for d in (bindir, work, os.path.join(tmp, "srv", "www"), os.path.join(tmp, "backups")):
            os.makedirs(d)
        os.symlink(os.path.realpath(args.acct), os.path.join(bindir, "acct"))
        sent = os.path.join(tmp, "sent")
        with open(os.path.join(bindir, "mail"), "w") as f:
            f.write(
                "#!/bin/sh\n# mail -s SUBJECT ADDRESS: keeps the message, refuses a non-address\n"
                'to=$3\ncase "$to" in *@*) ;; *) echo "mail: bad address \'$to\'" >&2; exit 1;; esac\n'
                f'{{ echo "To: $to"; cat; }} >> {shlex.quote(sent)}\n'
            )
        hook = os.path.join(bindir, "remind-sendmail.sh")
        with open(hook, "w") as f:
            f.write(f"#!/bin/sh\ncat >> {shlex.quote(os.path.join(tmp, 'reminders'))}\n")
        for name in ("mail", "remind-sendmail.sh"):
            os.chmod(os.path.join(bindir, name), 0o755)

        places = [
            ("/srv/acct", os.path.join(tmp, "srv", "acct")),
            ("/srv/www", os.path.join(tmp, "srv", "www")),
            ("/var/backups", os.path.join(tmp, "backups")),
            ("/usr/share/acct/templates", os.path.join(src, "templates")),
            ("/usr/local/bin/remind-sendmail.sh", hook),
            ("--group acct", "--group " + grp.getgrgid(os.getegid()).gr_name),
        ]

        def relocate(text):
            for old, new in places:
                text = text.replace(old, new)
            return text

        env = {
            "PATH": bindir + ":/usr/bin:/bin",
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "ACCT_TODAY": TODAY,
            "GIT_AUTHOR_NAME": "guide",
            "GIT_AUTHOR_EMAIL": "guide@example.org",
            "GIT_COMMITTER_NAME": "guide",
            "GIT_COMMITTER_EMAIL": "guide@example.org",
        }
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]

        script = ["set -euo pipefail"]
        seen_skips = set()
        crontab = None
        hook_body = None
        for line_no, info, body in blocks(guide):
            if info == "csv":
                with open(os.path.join(work, "clients.csv"), "w", encoding="utf-8") as f:
                    f.write(body)
                continue
            if info == "crontab":
                crontab = (line_no, body)
                continue
            if info != "sh":
                continue
            if body.startswith("#!"):
                hook_body = (line_no, body)
                continue
            script.append(f"echo '--- getting-started.md:{line_no}' >&2")
            for offset, raw in enumerate(body.rstrip("\n").split("\n")):
                line = strip_comment(raw)
                if line.strip() in SKIPPED:
                    seen_skips.add(line.strip())
                    continue
                script.append(relocate(raw))
        for stale in set(SKIPPED) - seen_skips:
            failures.append(f"SKIPPED names a line the guide no longer has: {stale}")
        if crontab is None:
            failures.append("the guide has no ```crontab block")
        if hook_body is None:
            failures.append("the guide has no pre-commit hook (a ```sh block starting with #!)")

        # The shell blocks, in one shell, as someone following the guide would type them.
        # The crontab's variables describe the same setup: they are checked below, not here.
        result = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env,
                                capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(
                f"the guide's commands failed (exit {result.returncode}):\n{result.stderr[-3000:]}")
        else:
            # The database is shared with the group as the guide says.
            db = os.path.join(tmp, "srv", "acct", "acct.db")
            st = os.stat(db)
            if st.st_mode & 0o777 != 0o660 or st.st_gid != os.getegid():
                failures.append(f"the guide's database is {oct(st.st_mode & 0o777)} of group "
                                f"{st.st_gid}, not 0660 of the shared group")
            # Each crontab line the way cron runs it: its variables and nothing else.
            cron_env = {"HOME": tmp, "LANG": "C.UTF-8", "ACCT_TODAY": TODAY, "SHELL": "/bin/sh"}
            for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
                if k in env:
                    cron_env[k] = env[k]
            jobs = []
            line_no, body = crontab
            for offset, raw in enumerate(body.rstrip("\n").split("\n")):
                raw = relocate(raw)
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                m = re.match(r"^([A-Z_]+)=(.*)$", raw)
                if m:
                    value = m.group(2)
                    # acct and the stubs live in the test's bin directory, ahead of the guide's.
                    cron_env[m.group(1)] = bindir + ":" + value if m.group(1) == "PATH" else value
                    continue
                fields = raw.split(None, 5)
                if len(fields) < 6:
                    failures.append(f"getting-started.md:{line_no + offset + 1}: not a cron line: {raw}")
                    continue
                jobs.append((line_no + offset + 1, fields[5]))
            for where, command in jobs:
                r = subprocess.run(["/bin/sh", "-c", command], cwd=tmp, env=cron_env,
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    failures.append(f"getting-started.md:{where}: the cron job failed "
                                    f"(exit {r.returncode}): {command}\n{r.stderr[-2000:]}")
            if not os.path.exists(sent) or "To: " not in open(sent, encoding="utf-8").read():
                failures.append("the Monday cron job mailed nobody")
            if not os.path.exists(os.path.join(tmp, "srv", "www", "firm.html")):
                failures.append("the Monday cron job wrote no firm overview")

            # The pre-commit hook: passes on the firm's templates, fails on a broken one.
            line_no, body = hook_body
            repo = os.path.join(tmp, "srv", "acct", "templates")
            hook_file = os.path.join(repo, ".git", "hooks", "pre-commit")
            if not os.path.isdir(os.path.dirname(hook_file)):
                failures.append(f"getting-started.md:{line_no}: no git repository at {repo}")
            else:
                with open(hook_file, "w") as f:
                    f.write(body)
                os.chmod(hook_file, 0o755)
                r = subprocess.run([hook_file], cwd=repo, env=env, capture_output=True, text=True)
                if r.returncode != 0:
                    failures.append(f"getting-started.md:{line_no}: the pre-commit hook refuses "
                                    f"the guide's templates:\n{r.stderr}")
                with open(os.path.join(repo, "services", "broken.toml"), "w") as f:
                    f.write("[service]\nid = \"broken\"\n[[obligation]]\ncode = 1\n")
                r = subprocess.run([hook_file], cwd=repo, env=env, capture_output=True, text=True)
                if r.returncode == 0:
                    failures.append(f"getting-started.md:{line_no}: the pre-commit hook lets a "
                                    "broken template through")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("getting-started.md: every command ran as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
