// The Russian catalogue: the words of documents for clients who read Russian.

#include "words/catalogues.hpp"

namespace acctcore {

namespace {

/// One, few, many: 1, 21, 101 день; 2-4, 22-24 дня; 0, 5-20, 25-30, 11-14 дней.
int russian_plural(long n) {
  const long mod10 = n % 10;
  const long mod100 = n % 100;
  if (mod10 == 1 && mod100 != 11)
    return 0;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
    return 1;
  return 2;
}

constexpr PhraseEntry k_phrases[] = {
    {Phrase::period_month, "{month_name} {year}"},
    {Phrase::period_quarter, "{roman} квартал {year}"},
    {Phrase::period_half_first, "полугодие {year}"},
    {Phrase::period_half_second, "II полугодие {year}"},
    {Phrase::period_nine_months, "9 месяцев {year}"},
    {Phrase::period_year, "{year} год"},
    {Phrase::period_month_full, "{month_name} {year} г."},
    {Phrase::period_quarter_full, "{roman} квартал {year} г."},
    {Phrase::period_half_first_full, "полугодие {year} г."},
    {Phrase::period_half_second_full, "II полугодие {year} г."},
    {Phrase::period_nine_months_full, "9 месяцев {year} г."},
    {Phrase::period_year_full, "{year} г."},
    {Phrase::for_period, "за {period}"},

    {Phrase::date, "{day:02}.{month:02}.{year:04}"},
    {Phrase::day_and_weekday, "{date}, {weekday}"},
    {Phrase::day_month, "{day:02}.{month:02}"},
    {Phrase::hours, "{hours} ч"},
    {Phrase::about_hours, "~{hours}"},
    {Phrase::percent, "{percent}%"},

    {Phrase::window, "с {from} по {until}"},
    {Phrase::firm_contacts, "{firm}: {contacts}"},
    {Phrase::compiled_on, "Составлено {date}"},
    {Phrase::overdue_by, "просрочено на {days}"},
    {Phrase::no_assignee, "без исполнителя"},
    {Phrase::provisional, "дата предварительная"},
    {Phrase::overdue, "Просрочено"},
    {Phrase::none_overdue, "Просроченных задач нет."},
    {Phrase::task_of_client, "{client}: {title}"},

    {Phrase::client_title, "{client}: календарь на {days}"},
    {Phrase::tax_id, "ИНН {inn}"},
    {Phrase::responsible, "отвечает {name}"},
    {Phrase::needed_title, "Что нужно от вас"},
    {Phrase::needed_note, "Чтобы мы успели к сроку, сделайте это до указанной даты."},
    {Phrase::needed_none, "Сейчас от вас ничего не нужно."},
    {Phrase::needed_line, "Нужно {action}: {title}"},
    {Phrase::reply, "ответить"},
    {Phrase::waiting_for, "ждём: {what}"},
    {Phrase::upcoming_title, "Сроки на {days}"},
    {Phrase::upcoming_note, "Что мы сдадим или заплатим за вас, и когда."},
    {Phrase::upcoming_none, "В эти дни сроков нет."},
    {Phrase::provisional_calendar, "дата предварительная: календарь на год ещё не утверждён"},
    {Phrase::completed_title, "Сделано за {days}"},
    {Phrase::completed_none, "За эти дни закрытых задач нет."},
    {Phrase::team_title, "Ваша команда"},
    {Phrase::team_none, "Команда ещё не назначена."},
    {Phrase::team_none_call, "Команда ещё не назначена: звоните {phone}."},
    {Phrase::team_line, "{role}: {name}"},
    {Phrase::filings_title, "Отчёты в органы"},
    {Phrase::filings_note, "Что мы отправили и что ответили ФНС, СФР и другие."},
    {Phrase::filing_filed, "отправлен {date}, ждём ответа"},
    {Phrase::filing_accepted, "принят {date}"},
    {Phrase::filing_with_notice, "принят с уведомлением {date}"},
    {Phrase::filing_rejected, "отклонён {date}"},
    {Phrase::filing_reason, "{answer}: {reason}"},
    {Phrase::filing_correction, "исправим и сдадим повторно до {date}"},
    {Phrase::filing_receipt, "{filing} (№ {receipt})"},
    {Phrase::rejections_title, "Отклонённые отчёты"},
    {Phrase::rejections_note, "Отчёт не принят: исправить и сдать повторно."},
    {Phrase::rejection_correction, "исправление #{id} до {date}"},

    {Phrase::staff_title, "{name}: план на {days}"},
    {Phrase::staff_subtitle, "{window} · оценка {estimate} при норме {capacity} в неделю"},
    {Phrase::oldest_first, "Самые давние первыми."},
    {Phrase::review_title, "Ждут вашей проверки"},
    {Phrase::review_none, "На проверке у вас ничего нет."},
    {Phrase::assignee_is, "исполнитель {name}"},
    {Phrase::by_day_title, "По дням"},
    {Phrase::by_day_none, "В эти дни задач нет."},
    {Phrase::client_must, "клиенту: {action}"},

    {Phrase::firm_title, "Обзор на {days}"},
    {Phrase::firm_subtitle, "{window} · просрочено задач: {count}"},
    {Phrase::overdue_by_client, "Просрочено по клиентам"},
    {Phrase::overdue_by_person, "Просрочено по исполнителям"},
    {Phrase::overdue_tasks, "Просроченные задачи"},
    {Phrase::none, "Нет."},
    {Phrase::client, "Клиент"},
    {Phrase::assignee, "Исполнитель"},
    {Phrase::staff_member, "Сотрудник"},
    {Phrase::week_from, "с {date}"},
    {Phrase::load_chart, "Плановые часы по неделям против нормы"},
    {Phrase::load_cell, "{hours} из {capacity}"},
    {Phrase::load_cell_over, "{hours} из {capacity} — перегруз"},
    {Phrase::capacity, "норма {hours}"},
    {Phrase::load_title, "Загрузка"},
    {Phrase::load_note,
     "Оценки открытых задач по неделям срока против нормы из реестра сотрудников."},
    {Phrase::load_none, "Сотрудников нет."},
    {Phrase::unassigned_title, "Без исполнителя"},
    {Phrase::unassigned_none, "Все задачи распределены."},
    {Phrase::unattended_title, "Исполнитель выбыл или отсутствует"},
    {Phrase::unattended_archived, "{name} — в архиве"},
    {Phrase::unattended_away, "{name} отсутствует, замены нет"},
    {Phrase::total, "Всего"},
    {Phrase::overhead_kind, "Общение и администрирование"},
    {Phrase::share, "Доля"},
    {Phrase::overhead_title, "Много общения и администрирования"},
    {Phrase::overhead_note, "Доля выше {percent}% учтённого времени с {from} по {until}."},
    {Phrase::overhead_none, "Таких клиентов нет."},
    {Phrase::calendars_title, "Производственные календари"},
    {Phrase::calendars_note, "Проверено по {date}."},
    {Phrase::calendars_none, "Календари покрывают весь срок."},
    {Phrase::calendar_year, "Календарь {calendar}: {year} год"},
    {Phrase::calendar_provisional, "предварительный: постановление ещё не внесено, сроки помечены"},
    {Phrase::calendar_missing,
     "нет данных: добавьте календарь, иначе сроки будут предварительными"},

    {Phrase::ics_client, "Клиент: {client}"},
    {Phrase::ics_period, "Период: {period}"},
    {Phrase::ics_due, "Срок: {date}"},
    {Phrase::ics_due_provisional, "Срок: {date} (предварительный)"},
    {Phrase::ics_overdue, "{due} — просрочено"},
    {Phrase::ics_planned, "Плановая дата: {date}"},
    {Phrase::ics_status, "Статус: {status}"},
    {Phrase::ics_no_assignee, "Исполнитель: не назначен"},
    {Phrase::ics_assignee, "Исполнитель: {name}"},
    {Phrase::ics_assignee_contact, "Исполнитель: {name} ({contact})"},
    {Phrase::ics_reviewer, "Проверяющий: {name}"},
    {Phrase::ics_client_must, "Нужно от клиента: {action}"},
    {Phrase::ics_waiting_for, "Ждём от клиента: {what}"},
    {Phrase::ics_task_number, "Номер задачи: {id}"},
    {Phrase::ics_task_command, "Задача {id}: acct task show {id}"},
    {Phrase::ics_alarm, "Напоминание: {summary}, срок {date}"},

    {Phrase::message_provisional, " (срок предварительный)"},
};

constexpr auto k_phrase_table = phrase_table(k_phrases);
static_assert(has_every_phrase(k_phrase_table), "the Russian catalogue lacks a phrase");

constexpr Catalogue k_russian{
    ClientLanguage::ru,
    // new, accepted, in review, waiting for the client, done, rejected, cancelled. The client
    // reads what happens to their work (impersonal, «запланировано»); a rejected task is still
    // the firm's work. Staff read the state of a task («задача не принята»).
    {"запланировано", "в работе", "на проверке", "ждём от вас", "выполнено", "в работе",
     "отменено"},
    {"не принята", "в работе", "на проверке", "ждём клиента", "выполнена", "отклонена", "отменена"},
    {"выполнить", "подписать", "передать документы", "оплатить", "согласовать",
     "сообщить сведения"},
    {{{"manager", "Менеджер"},
      {"chief-accountant", "Главный бухгалтер"},
      {"accountant", "Бухгалтер"},
      {"operator", "Оператор"},
      {"payroll", "Расчётчик зарплаты"},
      {"lawyer", "Юрист"}}},
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
     "ноябрь", "декабрь"},
    {"пн", "вт", "ср", "чт", "пт", "сб", "вс"},
    {{{"день", "дня", "дней"}}},
    russian_plural,
    ",",
    k_phrase_table,
};

} // namespace

const Catalogue& russian_catalogue() noexcept {
  return k_russian;
}

} // namespace acctcore
