#!/bin/sh
# remind-telegram.sh: an `acct remind run --exec` hook that sends one reminder through a Telegram
# bot (sendMessage of the Bot API). See docs/reminders.md and docs/commands/remind.md.
#
#   TELEGRAM_BOT_TOKEN=123456:ABC...
#   */10 * * * * acct remind run --quiet --exec /usr/local/bin/remind-telegram.sh
#
# A bot cannot write to a @username: each person first opens a chat with the bot (presses
# Start), and the firm writes down the chat id (the bot's getUpdates shows it) in a file,
# one "@username chat_id" a line, # for comments:
#
#   # ${XDG_CONFIG_HOME:-$HOME/.config}/acct/telegram-chats
#   @ivanova_buh   123456789
#   @lebedeva_buh  987654321
#
# Input: the reminder as one JSON object on stdin (read with jq when it is installed; without
# jq the text is made from the ACCT_* variables) and the ACCT_* variables.
# Exit 0: sent; or nothing to do (the recipient has no Telegram, or this ACCT_REMINDER_KEY was
# sent before: acct delivers at least once, so a repeat is dropped here). Otherwise: one line on
# stderr, which acct records, and acct retries later; a username missing from the file is such
# a failure, so it shows in `acct remind list` while there is time to add it.
#
# Settings (environment, e.g. in the crontab):
#   TELEGRAM_BOT_TOKEN     the bot's token (required)
#   REMIND_TELEGRAM_CHATS  the username -> chat id file
#                          (default ${XDG_CONFIG_HOME:-$HOME/.config}/acct/telegram-chats)
#   REMIND_SENT_KEYS       the file of delivery keys sent by this hook (default
#                          ${XDG_STATE_HOME:-$HOME/.local/state}/acct/sent-keys-telegram: apart
#                          from the e-mail hook's, so that a wrapper may run both)
#   REMIND_CURL_TIMEOUT    seconds for the API call (default 20; keep it under acct's
#                          [reminders] timeout_seconds, 30)
#   REMIND_VERBOSE         non-empty: say on stdout why nothing was sent (acct shows it on stderr)
#
# The keys file grows by a line a reminder; a key ends with its moment (UTC), so lines older than
# a few weeks may be pruned.

set -u

me=remind-telegram
die() {
  printf '%s: %s\n' "$me" "$*" >&2
  exit 1
}
note() {
  if [ -n "${REMIND_VERBOSE:-}" ]; then printf '%s: %s\n' "$me" "$*"; fi
}

key=${ACCT_REMINDER_KEY:-}
[ -n "$key" ] || die "ACCT_REMINDER_KEY is not set: run me as 'acct remind run --exec $0'"
input=$(cat)

user=${ACCT_TELEGRAM:-}
if [ -z "$user" ]; then
  note "${ACCT_RECIPIENT:-?} has no Telegram; nothing sent"
  exit 0
fi
case $user in
  @*) ;;
  *) user="@$user" ;;
esac
user=$(printf '%s' "$user" | tr '[:upper:]' '[:lower:]') # usernames ignore case

keys=${REMIND_SENT_KEYS:-${XDG_STATE_HOME:-${HOME:?}/.local/state}/acct/sent-keys-telegram}
if [ -f "$keys" ] && grep -qxF -e "$key" "$keys"; then
  note "$key was sent before; not sending it again"
  exit 0
fi
# Make sure the key can be recorded before sending, not after.
if ! mkdir -p "$(dirname "$keys")" || ! touch "$keys"; then
  die "cannot write $keys"
fi

token=${TELEGRAM_BOT_TOKEN:-}
[ -n "$token" ] || die "TELEGRAM_BOT_TOKEN is not set"

chats=${REMIND_TELEGRAM_CHATS:-${XDG_CONFIG_HOME:-${HOME:?}/.config}/acct/telegram-chats}
[ -r "$chats" ] || die "cannot read $chats (lines '@username chat_id')"
chat=$(awk -v u="$user" '
  /^[ \t]*#/ || NF < 2 { next }
  { name = tolower($1); if (substr(name, 1, 1) != "@") name = "@" name }
  name == u { print $2; exit }' "$chats")
[ -n "$chat" ] || die "no chat id for $user in $chats (${ACCT_RECIPIENT_NAME:-${ACCT_RECIPIENT:-?}} must start the bot; then add '$user CHAT_ID')"

if command -v jq >/dev/null 2>&1; then
  # The API takes at most 4096 characters.
  text=$(printf '%s\n' "$input" | jq -er '(.subject + "\n\n" + .body)[:4000]') ||
    die "stdin is not a reminder in JSON"
else
  text="${ACCT_SUBJECT:-}

Срок: ${ACCT_DUE:-}
Задача ${ACCT_TASK_ID:-}: ${ACCT_TASK_KEY:-}"
fi

command -v curl >/dev/null 2>&1 || die "curl is not installed"
# The token goes in through curl's config on stdin, so that it is not on curl's command line
# (visible to every user in ps).
error=$(printf 'url = "https://api.telegram.org/bot%s/sendMessage"\n' "$token" |
  curl --config - --fail --silent --show-error --max-time "${REMIND_CURL_TIMEOUT:-20}" \
    --data-urlencode "chat_id=$chat" \
    --data-urlencode "text=$text" \
    --data-urlencode "disable_web_page_preview=true" \
    --output /dev/null 2>&1)
status=$?
[ "$status" -eq 0 ] || die "sending to $user failed: $(printf '%s' "$error" | tr '\n' ' ')"

# Sent: remember the key. Failing here must not fail the delivery (that would send it again).
printf '%s\n' "$key" >>"$keys" || printf '%s: sent, but cannot record the key in %s\n' "$me" "$keys" >&2
exit 0
