// Reminder policies and message templates (templates/reminders/*.toml and a firm's own): one file
// parsed and checked; then every message rendered for a task, and every policy scheduled for a
// task due on a working day and on a day off, in two time zones.
#include "calendars.hpp"
#include "fuzz.hpp"
#include "remind/message.hpp"
#include "remind/policy.hpp"
#include "remind/schedule.hpp"
#include "util/date.hpp"

using namespace acctcore;

namespace {

MessageFields fields() {
  MessageFields f;
  f.client = "Вектор";
  f.client_name = "ООО «Вектор»";
  f.title = "Декларация по НДС";
  f.period = "I квартал 2026";
  f.due = Date{date::year{2026} / 4 / 27};
  f.planned = Date{date::year{2026} / 4 / 20};
  f.local_day = Date{date::year{2026} / 4 / 21};
  f.action = ClientAction::sign;
  f.task = 42;
  f.key = "vektor/ru-statutory/ru.vat.declaration/2026-Q1";
  f.status = "accepted";
  f.recipient = "Иванова Мария";
  f.assignee = "Иванова Мария";
  f.firm = "Бюро";
  return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const MessageFields message_fields = fields();
  static const date::time_zone* zones[] = {require_time_zone("Europe/Moscow"),
                                           require_time_zone("Asia/Almaty")};
  std::vector<ReminderPolicy> policies;
  std::vector<MessageTemplate> messages;
  std::vector<Diagnostic> problems;
  acctfuzz::refusing([&] {
    parse_reminder_file("firm.toml", acctfuzz::text(data, size), policies, messages, problems);
  });
  for (const auto& problem : problems)
    acctfuzz::require(problem.to_string().find('\n') == std::string::npos,
                      "a diagnostic is one line");
  for (const auto& message : messages) {
    acctfuzz::refusing([&] { (void)render_message(message.subject, message_fields); });
    acctfuzz::refusing([&] { (void)render_message(message.body, message_fields); });
  }
  if (!problems.empty())
    return 0;
  const Calendar& calendar = acctfuzz::bundled_calendars().get("ru");
  const RecipientResolver resolve = [](const Recipient& recipient, Date) {
    std::vector<ReminderTarget> targets;
    targets.push_back({"staff:ivanova", "Europe/Moscow", zones[0]});
    if (recipient.kind == Recipient::Kind::client)
      targets.push_back({"person:director", "Asia/Almaty", zones[1]});
    return targets;
  };
  for (const auto& policy : policies) {
    for (const Date due : {Date{date::year{2026} / 4 / 27}, Date{date::year{2026} / 5 / 9}}) {
      WorkDays days(calendar, Coverage::provisional);
      std::vector<ScheduledReminder> out;
      acctfuzz::refusing([&] {
        schedule_task(policy, TaskDates{due, due - date::days{3}, ClientAction::sign}, days,
                      WorkingHours{}, resolve, out);
      });
      for (const auto& reminder : out)
        acctfuzz::require(reminder.local.minute >= 0 && reminder.local.minute < 24 * 60,
                          "a reminder's local time is within the day");
    }
  }
  return 0;
}
