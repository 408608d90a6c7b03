#pragma once

// The words clients read: documents for them (digests, calendar feeds, reminder messages) are
// written in a client language, whatever language the person running acct reads (that one is
// gettext's, lib/util/i18n.hpp). Every word and sentence of such documents is looked up here,
// in the catalogue of a language (one file each: ru.cpp), never written into the callers.
// docs/i18n.md says how to add a language.

#include "deadline/period.hpp"
#include "util/date.hpp"
#include "vocab/task.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace acctcore {

/// A language client documents are written in. Keep in sync with the catalogues (words.cpp
/// lists them) and docs/i18n.md.
enum class ClientLanguage : std::uint8_t { ru };

/// "ru": the language's BCP 47 tag, as `<html lang>` and the command line write it.
std::string_view client_language_code(ClientLanguage language) noexcept;
std::optional<ClientLanguage> parse_client_language(std::string_view code) noexcept;
std::vector<std::string> client_language_codes();

/// Who reads a task's status: the client (what the firm is doing for them: a rejected task is
/// still the firm's work) or the firm's staff (where the work stands: not yet accepted,
/// rejected).
enum class StatusReader : std::uint8_t { client, staff };

/// What documents count, each with the forms a noun takes after a number.
enum class Unit : std::uint8_t { day };
inline constexpr std::size_t k_unit_count = 1;

/// The sentences and labels of documents: fmt patterns with named placeholders ({days},
/// {name}), so that a language may put them in its own order. The comments give the Russian.
/// Keep the placeholders of a phrase the same in every catalogue (a unit test checks).
enum class Phrase : std::uint16_t {
  // Periods, as titles use them after "for": «март 2026», «I квартал 2026»; {month_name} {roman}
  // {year}. The *_full forms as documents date them: «I квартал 2026 г.».
  period_month,
  period_quarter,
  period_half_first,
  period_half_second,
  period_nine_months,
  period_year,
  period_month_full,
  period_quarter_full,
  period_half_first_full,
  period_half_second_full,
  period_nine_months_full,
  period_year_full,
  for_period, ///< «за {period}»
  // Dates and amounts.
  date,            ///< «{day:02}.{month:02}.{year}»
  day_and_weekday, ///< «{date}, {weekday}»
  day_month,       ///< «{day:02}.{month:02}» (a week's column)
  hours,           ///< «{hours} ч»
  about_hours,     ///< «~{hours}» (an estimate)
  percent,         ///< «{percent}%»
  // Every digest.
  window,         ///< «с {from} по {until}»
  firm_contacts,  ///< «{firm}: {contacts}»
  compiled_on,    ///< «Составлено {date}»
  overdue_by,     ///< «просрочено на {days}»
  no_assignee,    ///< «без исполнителя»
  provisional,    ///< «дата предварительная»
  overdue,        ///< «Просрочено» (a heading, a column)
  none_overdue,   ///< «Просроченных задач нет.»
  task_of_client, ///< «{client}: {title}»
  // A client's digest.
  client_title, ///< «{client}: календарь на {days}»
  tax_id,       ///< «ИНН {inn}»
  responsible,  ///< «отвечает {name}»
  needed_title, ///< «Что нужно от вас»
  needed_note, ///< «Чтобы мы успели к сроку, сделайте это до указанной даты.»
  needed_none, ///< «Сейчас от вас ничего не нужно.»
  needed_line, ///< «Нужно {action}: {title}»
  reply,       ///< «ответить» (what to do when the firm waits and the task names nothing)
  waiting_for, ///< «ждём: {what}»
  upcoming_title, ///< «Сроки на {days}»
  upcoming_note, ///< «Что мы сдадим или заплатим за вас, и когда.»
  upcoming_none,        ///< «В эти дни сроков нет.»
  provisional_calendar, ///< «дата предварительная: календарь на год ещё не утверждён»
  completed_title,      ///< «Сделано за {days}»
  completed_none,       ///< «За эти дни закрытых задач нет.»
  team_title,           ///< «Ваша команда»
  team_none,            ///< «Команда ещё не назначена.»
  team_none_call, ///< «Команда ещё не назначена: звоните {phone}.»
  team_line,      ///< «{role}: {name}»
  // Filings (docs/clientside.md): a client's section, and the overview's rejections.
  filings_title, ///< «Отчёты в органы»
  filings_note, ///< «Что мы отправили и что ответили ФНС, СФР и другие.»
  filing_filed,       ///< «отправлен {date}, ждём ответа»
  filing_accepted,    ///< «принят {date}»
  filing_with_notice, ///< «принят с уведомлением {date}»
  filing_rejected,    ///< «отклонён {date}»
  filing_reason,      ///< «{answer}: {reason}»
  filing_correction,  ///< «исправим и сдадим повторно до {date}»
  filing_receipt,     ///< «{filing} (№ {receipt})»
  rejections_title,   ///< «Отклонённые отчёты»
  rejections_note, ///< «Отчёт не принят: исправить и сдать повторно.»
  rejection_correction, ///< «исправление #{id} до {date}»
  // A staff member's agenda.
  staff_title, ///< «{name}: план на {days}»
  staff_subtitle, ///< «{window} · оценка {estimate} при норме {capacity} в неделю»
  oldest_first, ///< «Самые давние первыми.»
  review_title, ///< «Ждут вашей проверки»
  review_none,  ///< «На проверке у вас ничего нет.»
  assignee_is,  ///< «исполнитель {name}»
  by_day_title, ///< «По дням»
  by_day_none,  ///< «В эти дни задач нет.»
  client_must,  ///< «клиенту: {action}»
  // The firm's overview.
  firm_title,        ///< «Обзор на {days}»
  firm_subtitle,     ///< «{window} · просрочено задач: {count}»
  overdue_by_client, ///< «Просрочено по клиентам»
  overdue_by_person, ///< «Просрочено по исполнителям»
  overdue_tasks,     ///< «Просроченные задачи»
  none,              ///< «Нет.»
  client,            ///< «Клиент» (a column)
  assignee,          ///< «Исполнитель» (a column)
  staff_member,      ///< «Сотрудник» (a column)
  week_from,         ///< «с {date}» (a week's column)
  load_chart,        ///< «Плановые часы по неделям против нормы»
  load_cell,         ///< «{hours} из {capacity}»
  load_cell_over,    ///< «{hours} из {capacity} — перегруз»
  capacity,          ///< «норма {hours}»
  load_title,        ///< «Загрузка»
  load_note, ///< «Оценки открытых задач по неделям срока против нормы ...»
  load_none, ///< «Сотрудников нет.»
  unassigned_title,    ///< «Без исполнителя»
  unassigned_none,     ///< «Все задачи распределены.»
  unattended_title,    ///< «Исполнитель выбыл или отсутствует»
  unattended_archived, ///< «{name} — в архиве»
  unattended_away,     ///< «{name} отсутствует, замены нет»
  total,               ///< «Всего» (a column)
  overhead_kind,       ///< «Общение и администрирование» (a column)
  share,               ///< «Доля» (a column)
  overhead_title,      ///< «Много общения и администрирования»
  overhead_note, ///< «Доля выше {percent}% учтённого времени с {from} по {until}.»
  overhead_none,        ///< «Таких клиентов нет.»
  calendars_title,      ///< «Производственные календари»
  calendars_note,       ///< «Проверено по {date}.»
  calendars_none,       ///< «Календари покрывают весь срок.»
  calendar_year,        ///< «Календарь {calendar}: {year} год»
  calendar_provisional, ///< «предварительный: постановление ещё не внесено, сроки помечены»
  calendar_missing, ///< «нет данных: добавьте календарь, иначе сроки будут ...»
  // A task in a calendar feed.
  ics_client,           ///< «Клиент: {client}»
  ics_period,           ///< «Период: {period}»
  ics_due,              ///< «Срок: {date}»
  ics_due_provisional,  ///< «Срок: {date} (предварительный)»
  ics_overdue,          ///< «{due} — просрочено»
  ics_planned,          ///< «Плановая дата: {date}»
  ics_status,           ///< «Статус: {status}»
  ics_no_assignee,      ///< «Исполнитель: не назначен»
  ics_assignee,         ///< «Исполнитель: {name}»
  ics_assignee_contact, ///< «Исполнитель: {name} ({contact})»
  ics_reviewer,         ///< «Проверяющий: {name}»
  ics_client_must,      ///< «Нужно от клиента: {action}»
  ics_waiting_for,      ///< «Ждём от клиента: {what}»
  ics_task_number,      ///< «Номер задачи: {id}»
  ics_task_command,     ///< «Задача {id}: acct task show {id}»
  ics_alarm,            ///< «Напоминание: {summary}, срок {date}»
  // Reminder messages: what {provisional} adds.
  message_provisional, ///< « (срок предварительный)»
  count_
};
inline constexpr std::size_t k_phrase_count = static_cast<std::size_t>(Phrase::count_);

/// One language's words: plain data, one file per language (ru.cpp). Arrays by an enum are in
/// the enum's order.
struct Catalogue {
  ClientLanguage language = ClientLanguage::ru;
  std::array<std::string_view, 7> client_statuses; ///< by TaskStatus, as the client reads it
  std::array<std::string_view, 7> staff_statuses;  ///< by TaskStatus, as staff read it
  /// By ClientAction, what the client must do, as an infinitive phrase («подписать»); for
  /// `none` the general «выполнить».
  std::array<std::string_view, 6> actions;
  /// The titles of staff roles (lib/staff's k_staff_roles): «Главный бухгалтер».
  std::array<std::pair<std::string_view, std::string_view>, 6> roles;
  std::array<std::string_view, 12> months;  ///< standalone, lower case: «январь»
  std::array<std::string_view, 7> weekdays; ///< short, Monday first: «пн»
  /// Per Unit, the forms after a number, indexed by plural_form(n): Russian «день», «дня»,
  /// «дней»; a language with fewer forms repeats the last.
  std::array<std::array<std::string_view, 3>, k_unit_count> units;
  int (*plural_form)(long n) = nullptr; ///< which form of `units` a number takes
  std::string_view decimal_separator;   ///< «,» in 12,5 ч
  std::array<std::string_view, k_phrase_count> phrases;
};

/// The words of one client language (a view of its catalogue). Cheap to copy.
class Words {
public:
  explicit constexpr Words(const Catalogue& catalogue) noexcept : m_c(&catalogue) {}

  ClientLanguage language() const noexcept { return m_c->language; }
  /// "ru"
  std::string_view code() const noexcept { return client_language_code(m_c->language); }

  /// A phrase without placeholders.
  std::string_view text(Phrase phrase) const noexcept {
    return m_c->phrases[static_cast<std::size_t>(phrase)];
  }
  /// A phrase with its placeholders filled: format(Phrase::overdue_by, fmt::arg("days", ...)).
  template <typename... Args>
  std::string format(Phrase phrase, const Args&... args) const {
    return fmt::format(fmt::runtime(text(phrase)), args...);
  }

  /// A task status: «ждём от вас» for the client, «ждём клиента» for staff.
  std::string_view status(TaskStatus status, StatusReader reader) const noexcept;
  /// What the client must do: «подписать»; for ClientAction::none «выполнить».
  std::string_view action(ClientAction action) const noexcept;
  /// The title of a staff role, «Главный бухгалтер»; an unknown role as it is.
  std::string_view role(std::string_view role) const noexcept;

  /// A number with its noun in the right form: «1 день», «3 дня», «5 дней».
  std::string count(long n, Unit unit) const;
  /// A period as titles say it: «I квартал 2026»; a `once` period is its date.
  std::string period(const Period& period) const;
  /// The same as documents date it: «I квартал 2026 г.», «2026 г.».
  std::string period_full(const Period& period) const;
  /// «27.04.2026»
  std::string date(Date day) const;
  /// «27.04.2026, пн»
  std::string day(Date day) const;
  /// «27.04»
  std::string day_month(Date day) const;
  /// Minutes as hours to a tenth: «12,5 ч», «3 ч».
  std::string hours(int minutes) const;

  const Catalogue& catalogue() const noexcept { return *m_c; }

private:
  const Catalogue* m_c;
};

/// The words of `language`.
Words client_words(ClientLanguage language) noexcept;

/// Every catalogue, for tests and for listing the languages.
std::vector<const Catalogue*> client_catalogues();

/// A title with its first letter in lower case when the second one is lower case too, for
/// titles inside a sentence: «Декларация по УСН» -> «декларация по УСН», while «НДС: ...» and
/// «6-НДФЛ» stay. Latin and Cyrillic letters, Kazakh ones included.
std::string lower_first_letter(std::string_view title);

} // namespace acctcore
