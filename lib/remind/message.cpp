#include "remind/message.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace acctcore {

std::string_view client_action_verb_ru(ClientAction action) noexcept {
  switch (action) {
  case ClientAction::sign:
    return "подписать";
  case ClientAction::documents:
    return "передать документы";
  case ClientAction::pay:
    return "оплатить";
  case ClientAction::approve:
    return "согласовать";
  case ClientAction::information:
    return "сообщить сведения";
  case ClientAction::none:
    break;
  }
  return "выполнить";
}

namespace {

/// The lower-case form of a Cyrillic capital letter's two UTF-8 bytes, or false.
bool lower_cyrillic(unsigned char a, unsigned char b, std::string& out) {
  if (a == 0xD0 && b >= 0x90 && b <= 0x9F) { // А..П
    out += static_cast<char>(0xD0);
    out += static_cast<char>(b + 0x20);
    return true;
  }
  if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) { // Р..Я
    out += static_cast<char>(0xD1);
    out += static_cast<char>(b - 0x20);
    return true;
  }
  if (a == 0xD0 && b == 0x81) { // Ё
    out += "\xD1\x91";
    return true;
  }
  return false;
}

bool is_lower_letter(std::string_view text) {
  if (text.empty())
    return false;
  const auto a = static_cast<unsigned char>(text[0]);
  if (a >= 'a' && a <= 'z')
    return true;
  if (text.size() < 2)
    return false;
  const auto b = static_cast<unsigned char>(text[1]);
  return (a == 0xD0 && b >= 0xB0) || (a == 0xD1 && b <= 0x9F);
}

} // namespace

std::string lower_first_letter(std::string_view title) {
  if (title.empty())
    return {};
  const auto a = static_cast<unsigned char>(title[0]);
  if (a >= 'A' && a <= 'Z') {
    if (!is_lower_letter(title.substr(1)))
      return std::string(title);
    return static_cast<char>(a - 'A' + 'a') + std::string(title.substr(1));
  }
  if (title.size() >= 4 && is_lower_letter(title.substr(2))) {
    std::string out;
    if (lower_cyrillic(a, static_cast<unsigned char>(title[1]), out))
      return out + std::string(title.substr(2));
  }
  return std::string(title);
}

std::string join_nonempty(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto part : parts) {
    if (part.empty())
      continue;
    if (!out.empty())
      out += ", ";
    out += part;
  }
  return out;
}

std::string render_message(std::string_view text, const MessageFields& f) {
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
      return format_date_ru(f.due);
    if (name == "planned")
      return f.planned ? format_date_ru(*f.planned) : format_date_ru(f.due);
    if (name == "action")
      return std::string(client_action_verb_ru(f.action));
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
      return f.provisional ? " (срок предварительный)" : "";
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
