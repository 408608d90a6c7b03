#pragma once

// Rendering a reminder's subject and body from a message template (docs/reminders.md#messages):
// {placeholders} filled from the task, in the words of the message's language (lib/words).

#include "util/date.hpp"
#include "vocab/task.hpp"
#include "words/words.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace acctcore {

/// What the placeholders of a message stand for.
struct MessageFields {
  std::string client;      ///< short name
  std::string client_name; ///< full name
  std::string title;
  std::string period; ///< in words: «I квартал 2026»
  Date due;
  std::optional<Date> planned;
  std::optional<Date> local_day; ///< the day the reminder arrives (for {days})
  bool provisional = false;
  ClientAction action = ClientAction::none;
  std::int64_t task = 0;
  std::string key;
  std::string status;
  std::string waiting_for;
  std::string recipient;
  std::string assignee;
  std::string assignee_contact;
  std::string firm, firm_phone, firm_email;
  ClientLanguage language = ClientLanguage::ru; ///< the message's: dates, actions in its words
};

/// `text` with each {placeholder} replaced (message_placeholders() lists them).
std::string render_message(std::string_view text, const MessageFields& fields);

} // namespace acctcore
