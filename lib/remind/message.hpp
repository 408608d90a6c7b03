#pragma once

// Rendering a reminder's subject and body from a message template (docs/reminders.md#messages):
// {placeholders} filled from the task, in Russian.

#include "template/service.hpp"
#include "util/date.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace acctcore {

/// What the placeholders of a message stand for.
struct MessageFields {
  std::string client;      ///< short name
  std::string client_name; ///< full name
  std::string title;
  std::string period; ///< in Russian words: «I квартал 2026»
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
};

/// What the client must do, as an infinitive phrase: «подписать», «оплатить».
std::string_view client_action_verb_ru(ClientAction action) noexcept;

/// The title with its first letter in lower case when the second one is lower case too
/// («Декларация по УСН» -> «декларация по УСН», «НДС: ...» stays).
std::string lower_first_letter(std::string_view title);

/// `text` with each {placeholder} replaced (message_placeholders() lists them).
std::string render_message(std::string_view text, const MessageFields& fields);

/// The non-empty parts joined with ", ".
std::string join_nonempty(std::initializer_list<std::string_view> parts);

} // namespace acctcore
