#include "remind/message.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

std::string render_message(std::string_view text, const MessageFields& f) {
  const Words words = client_words(f.language);
  const auto value = [&](std::string_view name) -> std::string {
    if (name == "client")
      return f.client;
    if (name == "client_name")
      return f.client_name;
    if (name == "title")
      return f.title;
    if (name == "title_lower")
      return lower_first_letter(f.title);
    if (name == "period")
      return f.period;
    if (name == "due")
      return words.date(f.due);
    if (name == "planned")
      return words.date(f.planned.value_or(f.due));
    if (name == "action")
      return std::string(words.action(f.action));
    if (name == "task")
      return std::to_string(f.task);
    if (name == "key")
      return f.key;
    if (name == "status")
      return f.status;
    if (name == "recipient")
      return f.recipient;
    if (name == "assignee")
      return f.assignee.empty() ? f.firm : f.assignee;
    if (name == "assignee_contact")
      return f.assignee_contact.empty() ? join_nonempty({f.firm_phone, f.firm_email})
                                        : f.assignee_contact;
    if (name == "firm")
      return f.firm;
    if (name == "firm_phone")
      return f.firm_phone;
    if (name == "firm_email")
      return f.firm_email;
    if (name == "provisional")
      return f.provisional ? std::string(words.text(Phrase::message_provisional)) : "";
    if (name == "days") {
      if (!f.local_day)
        return {};
      return std::to_string((f.due - *f.local_day).count());
    }
    if (name == "waiting_for")
      return f.waiting_for;
    return fmt::format("{{{}}}", name);
  };
  return fill_placeholders(
      text, [&](std::string_view name) -> std::optional<std::string> { return value(name); });
}

} // namespace acctcore
