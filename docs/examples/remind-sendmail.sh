#!/bin/sh
# remind-sendmail.sh: an `acct remind run --exec` hook that e-mails one reminder through
# sendmail(8) (Postfix, Exim, msmtp-mta, ...). See docs/reminders.md and docs/commands/remind.md.
#
#   */10 * * * * acct remind run --quiet --exec /usr/local/bin/remind-sendmail.sh
#
# Input: the reminder as one JSON object on stdin (read with jq when it is installed; without
# jq the body is made from the ACCT_* variables) and the ACCT_* variables.
# Exit 0: sent; or nothing to do (the recipient has no e-mail, or this ACCT_REMINDER_KEY was sent
# before: acct delivers at least once, so a repeat is dropped here). Otherwise: one line on
# stderr, which acct records, and acct retries later.
#
# Settings (environment, e.g. in the crontab):
#   REMIND_FROM        From address (default: left to sendmail, usually user@host)
#   REMIND_FROM_NAME   its display name, may be Cyrillic
#   REMIND_SENDMAIL    the sendmail program (default /usr/sbin/sendmail)
#   REMIND_SENT_KEYS   the file of delivery keys sent
#                      (default ${XDG_STATE_HOME:-$HOME/.local/state}/acct/sent-keys)
#   REMIND_VERBOSE     non-empty: say on stdout why nothing was sent (acct shows it on stderr)
#
# The keys file grows by a line a reminder; a key ends with its moment (UTC), so lines older than
# a few weeks may be pruned.

set -u

me=remind-sendmail
die() {
  printf '%s: %s\n' "$me" "$*" >&2
  exit 1
}
note() {
  if [ -n "${REMIND_VERBOSE:-}" ]; then printf '%s: %s\n' "$me" "$*"; fi
}

# RFC 2047: UTF-8 text as "=?UTF-8?B?...?=" encoded-words, each cut between characters and at
# most 68 characters long, on folded lines. Works in any locale: it splits bytes, not characters.
encode_words() {
  printf '%s' "$1" | od -An -v -tu1 | awk '
    { for (i = 1; i <= NF; i++) {
        # a new chunk starts at a byte that begins a character (not 10xxxxxx)
        if (n >= 39 && ($i < 128 || $i >= 192)) { print chunk; chunk = ""; n = 0 }
        chunk = chunk sprintf("\\0%03o", $i); n++
      } }
    END { if (n > 0) print chunk }' |
    {
      sep=''
      while IFS= read -r chunk; do
        printf '%s=?UTF-8?B?%s?=' "$sep" "$(printf '%b' "$chunk" | base64 | tr -d '\n')"
        sep='
 '
      done
    }
}

key=${ACCT_REMINDER_KEY:-}
[ -n "$key" ] || die "ACCT_REMINDER_KEY is not set: run me as 'acct remind run --exec $0'"
input=$(cat)

email=${ACCT_EMAIL:-}
if [ -z "$email" ]; then
  note "${ACCT_RECIPIENT:-?} has no e-mail address; nothing sent"
  exit 0
fi
case $email in
  *[[:space:]\<\>\(\),\;\"]* | *@*@*) die "ACCT_EMAIL is not one e-mail address" ;;
  ?*@?*) ;;
  *) die "ACCT_EMAIL is not one e-mail address" ;;
esac

keys=${REMIND_SENT_KEYS:-${XDG_STATE_HOME:-${HOME:?}/.local/state}/acct/sent-keys}
if [ -f "$keys" ] && grep -qxF -e "$key" "$keys"; then
  note "$key was sent before; not sending it again"
  exit 0
fi
# Make sure the key can be recorded before sending, not after.
if ! mkdir -p "$(dirname "$keys")" || ! touch "$keys"; then
  die "cannot write $keys"
fi

subject=${ACCT_SUBJECT:-}
if command -v jq >/dev/null 2>&1; then
  body=$(printf '%s\n' "$input" | jq -er '.body') || die "stdin is not a reminder in JSON"
else
  body="$subject

Срок: ${ACCT_DUE:-}
Задача ${ACCT_TASK_ID:-}: ${ACCT_TASK_KEY:-}"
fi

sendmail=${REMIND_SENDMAIL:-/usr/sbin/sendmail}
command -v "$sendmail" >/dev/null 2>&1 || die "$sendmail not found or not executable"

{
  if [ -n "${REMIND_FROM:-}" ]; then
    if [ -n "${REMIND_FROM_NAME:-}" ]; then
      printf 'From: %s <%s>\n' "$(encode_words "$REMIND_FROM_NAME")" "$REMIND_FROM"
    else
      printf 'From: %s\n' "$REMIND_FROM"
    fi
  fi
  if [ -n "${ACCT_RECIPIENT_NAME:-}" ]; then
    printf 'To: %s <%s>\n' "$(encode_words "$ACCT_RECIPIENT_NAME")" "$email"
  else
    printf 'To: %s\n' "$email"
  fi
  printf 'Subject: %s\n' "$(encode_words "$subject")"
  printf 'MIME-Version: 1.0\n'
  printf 'Content-Type: text/plain; charset=UTF-8\n'
  printf 'Content-Transfer-Encoding: 8bit\n'
  printf 'Auto-Submitted: auto-generated\n'
  printf 'X-Acct-Reminder-Key: %s\n' "$key"
  printf '\n%s\n' "$body"
} | "$sendmail" -t -i
status=$?
[ "$status" -eq 0 ] || die "$sendmail exited with status $status sending to <$email>"

# Sent: remember the key. Failing here must not fail the delivery (that would send it again).
printf '%s\n' "$key" >>"$keys" || printf '%s: sent, but cannot record the key in %s\n' "$me" "$keys" >&2
exit 0
