#!/usr/bin/env node
// Validates iCalendar files written by `acct export ics` with ical.js, an independent parser
// (installed by scripts/test.sh from tests/js/package.json), plus the RFC 5545 rules ical.js
// is lenient about: CRLF line ends, at most 75 octets per line, folding on UTF-8 boundaries,
// one UID/DTSTAMP/DTSTART per event, unique UIDs, valid dates and alarm triggers. The text
// ical.js writes back from what it parsed must be ours, line for line once unfolded: that
// checks the escaping of every value.
//
//   node tests/js/validate_ics.mjs FILE.ics...           exit 1 listing every problem
//   node tests/js/validate_ics.mjs --list FILE.ics       also print "UID SEQUENCE DTSTART ALARMS"
//                                                        per event, for tests to compare

import ICAL from "ical.js";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const list = args[0] === "--list";
const files = list ? args.slice(1) : args;
if (files.length === 0) {
  console.error("usage: validate_ics.mjs [--list] FILE.ics...");
  process.exit(2);
}

let problems = 0;
function problem(file, message) {
  console.error(`${file}: ${message}`);
  problems++;
}

/** The content lines, unfolded, after checking line ends, lengths and UTF-8. */
function contentLines(file, bytes) {
  const strict = new TextDecoder("utf-8", { fatal: true });
  const text = new TextDecoder("utf-8").decode(bytes);
  if (!text.endsWith("\r\n")) problem(file, "does not end with CRLF");
  const lines = [];
  let at = 0;
  for (let n = 1; at < bytes.length; ++n) {
    let end = bytes.indexOf("\r\n", at);
    if (end < 0) end = bytes.length;
    const raw = bytes.subarray(at, end);
    at = end + 2;
    const where = `line ${n}`;
    let line;
    try {
      line = strict.decode(raw); // each physical line alone: a fold inside a character fails here
    } catch {
      problem(file, `${where}: not valid UTF-8 on its own (a fold inside a character?)`);
      line = new TextDecoder("utf-8").decode(raw);
    }
    if (line.includes("\n") || line.includes("\r")) problem(file, `${where}: a bare LF or CR`);
    if (raw.length > 75) problem(file, `${where}: ${raw.length} octets, more than 75`);
    if (raw.length === 0) problem(file, `${where}: empty`);
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (lines.length === 0) problem(file, `${where}: a continuation with nothing before it`);
      else lines[lines.length - 1] += line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return { text, lines };
}

/** True when `t` (an ICAL.Time) is a real calendar day and time, not a normalised overflow. */
function realTime(t) {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  return (
    !Number.isNaN(d.getTime()) &&
    d.getUTCFullYear() === t.year &&
    d.getUTCMonth() === t.month - 1 &&
    d.getUTCDate() === t.day &&
    d.getUTCHours() === t.hour &&
    d.getUTCMinutes() === t.minute &&
    d.getUTCSeconds() === t.second
  );
}

function one(file, component, name, what) {
  const props = component.getAllProperties(name);
  if (props.length !== 1) {
    problem(file, `${what}: ${props.length} ${name.toUpperCase()} properties, expected one`);
    return null;
  }
  return props[0];
}

function checkTime(file, prop, what, { date, utc }) {
  if (!prop) return null;
  const value = prop.getFirstValue();
  const name = prop.name.toUpperCase();
  // ical.js rolls 2026-02-30 over to March 2: the value as written must survive decoding.
  const written = prop.toJSON()[3];
  if (!(value instanceof ICAL.Time) || !realTime(value) || value.toString() !== written) {
    problem(file, `${what}: ${name} is not a valid date or time`);
    return null;
  }
  if (date !== undefined && value.isDate !== date)
    problem(file, `${what}: ${name} should be a ${date ? "DATE" : "DATE-TIME"}`);
  if (utc && value.zone !== ICAL.Timezone.utcTimezone)
    problem(file, `${what}: ${name} should be in UTC (…Z)`);
  return value;
}

function validate(file) {
  const before = problems;
  const read = contentLines(file, readFileSync(file));
  if (!read) return;
  ICAL.design.strict = true;
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(read.text));
  } catch (e) {
    problem(file, `ical.js cannot parse it: ${e.message}`);
    return;
  }
  if (root.name !== "vcalendar") problem(file, `top component is ${root.name}, not vcalendar`);
  if (root.getFirstPropertyValue("version") !== "2.0") problem(file, "VERSION is not 2.0");
  if (!root.getFirstPropertyValue("prodid")) problem(file, "no PRODID");
  const calscale = root.getFirstPropertyValue("calscale");
  if (calscale && calscale !== "GREGORIAN") problem(file, `CALSCALE ${calscale}`);

  const uids = new Map();
  const rows = [];
  for (const [i, vevent] of root.getAllSubcomponents("vevent").entries()) {
    let what = `event ${i + 1}`;
    const uidProp = one(file, vevent, "uid", what);
    const uid = uidProp ? uidProp.getFirstValue() : "";
    if (uid) {
      what = `event ${uid}`;
      if (uids.has(uid)) problem(file, `${what}: UID repeated (events ${uids.get(uid)} and ${i + 1})`);
      uids.set(uid, i + 1);
    }
    checkTime(file, one(file, vevent, "dtstamp", what), what, { date: false, utc: true });
    const start = checkTime(file, one(file, vevent, "dtstart", what), what, { date: true });
    const endProps = vevent.getAllProperties("dtend");
    if (endProps.length > 1) problem(file, `${what}: more than one DTEND`);
    if (endProps.length === 1) {
      const end = checkTime(file, endProps[0], what, { date: true });
      if (start && end && end.compare(start) <= 0) problem(file, `${what}: DTEND is not after DTSTART`);
    }
    for (const name of ["created", "last-modified"])
      for (const p of vevent.getAllProperties(name))
        checkTime(file, p, what, { date: false, utc: true });
    if (!vevent.getFirstPropertyValue("summary")) problem(file, `${what}: no SUMMARY`);
    const seqProps = vevent.getAllProperties("sequence");
    if (seqProps.length > 1) problem(file, `${what}: more than one SEQUENCE`);
    const sequence = seqProps.length ? seqProps[0].getFirstValue() : 0;
    if (!Number.isInteger(sequence) || sequence < 0) problem(file, `${what}: SEQUENCE ${sequence}`);
    const status = vevent.getFirstPropertyValue("status");
    if (status && !["TENTATIVE", "CONFIRMED", "CANCELLED"].includes(status))
      problem(file, `${what}: STATUS ${status} is not one of an event's`);
    const alarms = [];
    for (const valarm of vevent.getAllSubcomponents("valarm")) {
      const action = one(file, valarm, "action", `${what} alarm`);
      if (action && action.getFirstValue() === "DISPLAY" && !valarm.getFirstPropertyValue("description"))
        problem(file, `${what}: a DISPLAY alarm without DESCRIPTION`);
      const trigger = one(file, valarm, "trigger", `${what} alarm`);
      if (!trigger) continue;
      const value = trigger.getFirstValue();
      if (value instanceof ICAL.Time) {
        if (checkTime(file, trigger, `${what} alarm`, { date: false, utc: true }))
          alarms.push(value.toICALString());
      } else if (!(value instanceof ICAL.Duration)) {
        problem(file, `${what}: TRIGGER is neither a date-time nor a duration`);
      }
    }
    rows.push(`${uid} ${sequence} ${start ? start.toICALString() : "?"} ${alarms.join(",") || "-"}`);
    // What the event wrapper reads (calendar apps built on ical.js use it).
    const event = new ICAL.Event(vevent);
    if (start && event.startDate.compare(start) !== 0) problem(file, `${what}: ICAL.Event disagrees on DTSTART`);
  }

  // Written back by ical.js, the same content lines: every value was escaped as it reads them.
  const again = ICAL.stringify(root.toJSON()).split("\r\n").filter((l) => l !== "");
  const unfolded = [];
  for (const line of again) {
    if (line.startsWith(" ")) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  const n = Math.max(unfolded.length, read.lines.length);
  for (let i = 0; i < n; ++i) {
    if (unfolded[i] !== read.lines[i]) {
      problem(file, `content line ${i + 1} reads back differently:\n  ours:    ${read.lines[i]}\n  ical.js: ${unfolded[i]}`);
      break;
    }
  }
  if (list && problems === before) for (const row of rows) console.log(row);
  if (problems === before) console.error(`${file}: ok, ${rows.length} event(s)`);
}

for (const file of files) {
  try {
    validate(file);
  } catch (e) {
    problem(file, `cannot check it: ${e.message}`);
  }
}
process.exit(problems ? 1 : 0);
