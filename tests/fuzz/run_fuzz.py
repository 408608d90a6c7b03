#!/usr/bin/env python3
"""Runs acct's libFuzzer targets over their seed corpora (python3 stdlib only).

With --replay EXE, nothing is fuzzed: each target's seeds and regression inputs are fed once to
the test build's replay executable (tests/fuzz/replay.cpp, built by the normal compiler under
the build's sanitizers); that is what ctest runs (label fuzz). Otherwise:

Each target fuzz_NAME is started on three corpus folders: a working corpus (where libFuzzer
adds what it finds: a temporary folder, or --corpus DIR/NAME to keep it between runs), the
seeds (made afresh from the bundled files, the docs and tests/data: see SEEDS), and the
regression corpus tests/fuzz/regressions/NAME (inputs that once crashed a target: replayed on
every run). A crash, a leak, a sanitizer report, a timeout or a broken property fails the run;
libFuzzer writes the input to --artifacts (the working directory by default).

    run_fuzz.py --replay build/dev/tests/fuzz/acct_fuzz_replay --source . all
    run_fuzz.py --bin build/fuzz/tests/fuzz --source . --seconds 20 date money
    run_fuzz.py --bin build/fuzz/tests/fuzz --source . --cpu-seconds 600 --corpus build/fuzz/corpus all

--seconds stops a target after that much wall-clock time; --cpu-seconds after that much CPU time
of its process (measured from /proc, so a busy machine does not shorten the run). Each target
prints one summary line: executions, coverage (cov: edges, ft: features), corpus size, CPU time.
Exit status: 0 when no target crashed, 1 otherwise, 2 for bad arguments.
"""

import argparse
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TARGETS = ["template", "calendar", "reminders", "config", "deadline", "client_import", "period",
           "date", "duration", "money"]


def toml_blocks(markdown):
    """The ```toml blocks of a Markdown file."""
    with open(markdown, encoding="utf-8") as f:
        return re.findall(r"^```toml\n(.*?)^```", f.read(), re.M | re.S)


def inline_rules(path):
    """`deadline = { ... }` and `planned = { ... }` inline tables of a template, one per line."""
    with open(path, encoding="utf-8") as f:
        return [m.group(1) for m in re.finditer(r"^\s*(?:deadline|planned)\s*=\s*(\{.*\})\s*$",
                                                f.read(), re.M)]


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f.read().splitlines() if line]


def seeds(name, source):
    """The seed inputs of a target, as bytes."""
    src = lambda *parts: os.path.join(source, *parts)
    files = lambda pattern: sorted(glob.glob(src(pattern)))
    read = lambda path: open(path, "rb").read()
    if name == "template":
        return [read(p) for p in files("templates/services/*.toml")] + \
               [b.encode() for b in toml_blocks(src("docs/templates.md"))]
    if name == "calendar":
        return [read(p) for p in files("templates/calendars/*.toml")] + \
               [b.encode() for b in toml_blocks(src("docs/calendars.md"))]
    if name == "reminders":
        return [read(p) for p in files("templates/reminders/*.toml")] + \
               [b.encode() for b in toml_blocks(src("docs/reminders.md"))]
    if name == "config":
        return [b.encode() for b in toml_blocks(src("docs/config.md"))] + [
            b"[firm]\nname = \"\xd0\x91\xd1\x8e\xd1\x80\xd0\xbe\"\ncountry = \"kz\"\n"
            b"timezone = \"Asia/Almaty\"\n[database]\nbusy_timeout_ms = 200\n"
            b"[reminders]\nworking_hours = [\"09:00\", \"18:00\"]\n"]
    if name == "deadline":
        rules = [r for p in files("templates/services/*.toml") for r in inline_rules(p)]
        return sorted({r.encode() for r in rules}) + \
               [b.encode() for b in toml_blocks(src("docs/deadlines.md"))]
    if name == "client_import":
        # The first byte is the target's options: 0 detects the separator.
        return [b"\0" + read(p) for p in files("tests/data/clients-*.csv")]
    if name in ("period", "date", "duration", "money"):
        return [line.encode() for line in lines_of(src("tests/fuzz/seeds", name + ".txt"))]
    raise ValueError(name)


def dictionary(name, source):
    if name in ("template", "calendar", "reminders", "config", "deadline"):
        return os.path.join(source, "tests/fuzz/toml.dict")
    if name == "client_import":
        return os.path.join(source, "tests/fuzz/csv.dict")
    return os.path.join(source, "tests/fuzz/values.dict")


def cpu_seconds(pid):
    """User plus system CPU time of a process, from /proc; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def write_seeds(name, source, work):
    """The seed inputs of a target as files in a new folder of `work`; returns the folder."""
    seed_dir = os.path.join(work, name + "-seeds")
    os.makedirs(seed_dir)
    for i, data in enumerate(seeds(name, source)):
        with open(os.path.join(seed_dir, f"seed-{i:03d}"), "wb") as f:
            f.write(data)
    return seed_dir


def replay_target(name, args, work):
    """Feeds the seeds and the regression inputs of a target once to the replay executable."""
    argv = [args.replay, name, write_seeds(name, args.source, work)]
    regressions = os.path.join(args.source, "tests/fuzz/regressions", name)
    if os.path.isdir(regressions):
        argv.append(regressions)
    started = time.monotonic()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    out = p.stdout.decode("utf-8", "replace").strip()
    if p.returncode == 0:
        print(f"PASS {out} in {elapsed:.1f} s", flush=True)
        return True
    print(f"FAIL {name}: exit {p.returncode}; the end of its output (the last input named is the "
          "one that failed):", flush=True)
    for line in p.stderr.decode("utf-8", "replace").splitlines()[-60:]:
        print("  | " + line, flush=True)
    return False


def run_target(name, args, work):
    binary = os.path.join(args.bin, "fuzz_" + name)
    if not os.access(binary, os.X_OK):
        print(f"FAIL {name}: {binary} is not built", flush=True)
        return False
    seed_dir = write_seeds(name, args.source, work)
    corpus = os.path.join(args.corpus, name) if args.corpus else os.path.join(work, name + "-corpus")
    os.makedirs(corpus, exist_ok=True)
    regressions = os.path.join(args.source, "tests/fuzz/regressions", name)
    artifacts = os.path.abspath(args.artifacts or ".")
    os.makedirs(artifacts, exist_ok=True)
    limit = args.seconds if args.seconds else 24 * 3600
    argv = [binary, f"-max_total_time={limit}", "-timeout=10", "-rss_limit_mb=2048",
            "-print_final_stats=1", f"-dict={dictionary(name, args.source)}",
            f"-artifact_prefix={artifacts}/{name}-", corpus, seed_dir]
    if os.path.isdir(regressions):
        argv.append(regressions)
    log_path = os.path.join(work, name + ".log")
    started = time.monotonic()
    with open(log_path, "wb") as log:
        p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        cpu = 0.0
        while p.poll() is None:
            time.sleep(0.5)
            now = cpu_seconds(p.pid)
            cpu = now if now is not None else cpu
            if args.cpu_seconds and cpu >= args.cpu_seconds:
                p.send_signal(signal.SIGINT)  # libFuzzer prints its final stats and exits
                try:
                    p.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
                break
    elapsed = time.monotonic() - started
    with open(log_path, encoding="utf-8", errors="replace") as f:
        log_text = f.read()
    stats = dict(re.findall(r"^stat::(\w+):\s*(\d+)", log_text, re.M))
    progress = re.findall(r"^#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+)", log_text, re.M)
    executions = stats.get("number_of_executed_units", progress[-1][0] if progress else "?")
    cov, ft, corp, corp_size = progress[-1][1:] if progress else ("?", "?", "?", "?")
    crashed = bool(re.search(r"^==\d+==\s*ERROR|^SUMMARY: |property does not hold|"
                             r"deadly signal|Test unit written to", log_text, re.M))
    interrupted = args.cpu_seconds and "run interrupted" in log_text
    ok = not crashed and (p.returncode == 0 or interrupted)
    print(f"{'PASS' if ok else 'FAIL'} {name}: {executions} executions, cov {cov}, ft {ft}, "
          f"corpus {corp} inputs ({corp_size}), {cpu:.0f} s CPU in {elapsed:.0f} s, "
          f"peak RSS {stats.get('peak_rss_mb', '?')} MB", flush=True)
    if not ok:
        print(f"  exit {p.returncode}; the end of libFuzzer's output:", flush=True)
        for line in log_text.splitlines()[-60:]:
            print("  | " + line, flush=True)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", help="the folder of the fuzz_NAME binaries (libFuzzer)")
    parser.add_argument("--replay", help="replay the seeds and regressions with this executable")
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--seconds", type=float, help="wall-clock limit per target")
    parser.add_argument("--cpu-seconds", type=float, help="CPU-time limit per target")
    parser.add_argument("--corpus", help="keep each target's working corpus in DIR/NAME")
    parser.add_argument("--artifacts", help="where crashing inputs are written")
    parser.add_argument("targets", nargs="+", choices=[*TARGETS, "all"])
    args = parser.parse_args()
    if not args.replay and not args.bin:
        parser.error("give --bin (fuzzing) or --replay")
    if args.bin and not args.seconds and not args.cpu_seconds:
        parser.error("give --seconds or --cpu-seconds")
    args.source = os.path.abspath(args.source)
    names = TARGETS if "all" in args.targets else args.targets
    work = tempfile.mkdtemp(prefix="acct-fuzz-run-")
    try:
        run = replay_target if args.replay else run_target
        failed = [n for n in names if not run(n, args, work)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"crashed: {' '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
