#include "digest/render.hpp"

#include "remind/message.hpp"
#include "util/csv.hpp"
#include "util/date.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace acctcore {

namespace {

constexpr std::array<std::string_view, 6> k_format_names = {"text", "md",  "html",
                                                            "json", "csv", "ics"};

/// «1 день», «2 дня», «5 дней».
std::string plural_ru(int n, std::string_view one, std::string_view few, std::string_view many) {
  const int mod100 = n % 100;
  const int mod10 = n % 10;
  std::string_view word = many;
  if (mod10 == 1 && mod100 != 11)
    word = one;
  else if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
    word = few;
  return fmt::format("{} {}", n, word);
}

std::string days_ru(int n) {
  return plural_ru(n, "день", "дня", "дней");
}

std::string_view weekday_ru(Date day) {
  static constexpr std::string_view k_names[] = {"", "пн", "вт", "ср", "чт", "пт", "сб", "вс"};
  return k_names[iso_weekday(day)];
}

/// «20.04.2026, пн».
std::string day_ru(Date day) {
  return fmt::format("{}, {}", format_date_ru(day), weekday_ru(day));
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const auto& p : parts) {
    if (p.empty())
      continue;
    if (!text.empty())
      text += separator;
    text += p;
  }
  return text;
}

std::string overdue_ru(int days) {
  return fmt::format("просрочено на {}", days_ru(days));
}

std::string window_ru(const DigestHeader& h) {
  return fmt::format("с {} по {}", format_date_ru(h.today), format_date_ru(h.until));
}

std::string footer_of(const DigestHeader& h) {
  const std::string contacts = join({h.firm_phone, h.firm_email}, ", ");
  return join({contacts.empty() ? h.firm_name : fmt::format("{}: {}", h.firm_name, contacts),
               fmt::format("Составлено {}", format_date_ru(h.today))},
              ". ") +
         ".";
}

/// A document with the digest's firm, colours and footer.
Document document_of(const DigestHeader& h, std::string title, std::string subtitle) {
  Document doc;
  doc.firm = h.firm_name;
  doc.accent_color = h.accent_color;
  doc.title = std::move(title);
  doc.subtitle = std::move(subtitle);
  doc.footer = footer_of(h);
  return doc;
}

} // namespace

std::optional<DigestFormat> parse_digest_format(std::string_view name) noexcept {
  for (size_t i = 0; i < k_format_names.size(); ++i)
    if (k_format_names[i] == name)
      return static_cast<DigestFormat>(i);
  return std::nullopt;
}

std::string_view digest_format_name(DigestFormat format) noexcept {
  return k_format_names[static_cast<size_t>(format)];
}

std::vector<std::string> digest_format_names() {
  return {k_format_names.begin(), k_format_names.end()};
}

std::string format_hours_ru(int minutes) {
  const int tenths = static_cast<int>(std::lround(minutes / 6.0));
  if (tenths % 10 == 0)
    return fmt::format("{} ч", tenths / 10);
  return fmt::format("{},{} ч", tenths / 10, tenths % 10);
}

// -- the documents ------------------------------------------------------------------------

namespace {

/// «принят», «отклонён: причина; исправим до 08.06.2026».
std::string filing_detail(const DigestFiling& f) {
  std::string text(filing_status_ru(f.status));
  if (f.answered_on)
    text += " " + day_ru(*f.answered_on);
  else
    text = fmt::format("отправлен {}, ждём ответа", day_ru(f.filed_on));
  if (!f.reason.empty())
    text += ": " + f.reason;
  if (f.status == "rejected" && f.correction_due)
    text += fmt::format("; исправим и сдадим повторно до {}", day_ru(*f.correction_due));
  if (!f.receipt.empty())
    text += fmt::format(" (№ {})", f.receipt);
  return text;
}

} // namespace

Document client_document(const ClientDigest& d) {
  const auto& h = d.header;
  Document doc = document_of(h, fmt::format("{}: календарь на {}", d.client_name, days_ru(h.days)),
                             join({window_ru(h), d.legal_name != d.client_name ? d.legal_name : "",
                                   d.inn.empty() ? "" : "ИНН " + d.inn},
                                  " · "));
  const auto who = [](const DigestTask& t) {
    return t.assignee_name.empty() ? std::string() : "отвечает " + t.assignee_name;
  };

  DocSection overdue{"Просрочено", "", {}, {}, {}, "Просроченных задач нет."};
  for (const auto& t : d.overdue)
    overdue.lines.push_back(
        {t.due, t.title,
         join({overdue_ru(t.days_overdue), std::string(task_status_ru(t.status)), who(t)}, "; "),
         true});
  DocSection needed{"Что нужно от вас",
                    "Чтобы мы успели к сроку, сделайте это до указанной даты.",
                    {},
                    {},
                    {},
                    "Сейчас от вас ничего не нужно."};
  for (const auto& t : d.from_client) {
    const std::string verb(t.action != ClientAction::none ? client_action_verb_ru(t.action)
                                                          : std::string_view("ответить"));
    needed.lines.push_back(
        {t.client_deadline(), fmt::format("Нужно {}: {}", verb, lower_first_letter(t.title)),
         t.waiting_for.empty() ? "" : "ждём: " + t.waiting_for, t.client_deadline() < h.today});
  }
  DocSection upcoming{fmt::format("Сроки на {}", days_ru(h.days)),
                      "Что мы сдадим или заплатим за вас, и когда.",
                      {},
                      {},
                      {},
                      "В эти дни сроков нет."};
  for (const auto& t : d.upcoming)
    upcoming.lines.push_back(
        {t.due, t.title,
         join({std::string(task_status_ru(t.status)), who(t),
               t.provisional ? "дата предварительная: календарь на год ещё не утверждён" : ""},
              "; "),
         false});
  DocSection completed{fmt::format("Сделано за {}", days_ru(h.days)),
                       "",
                       {},
                       {},
                       {},
                       "За эти дни закрытых задач нет."};
  for (const auto& t : d.completed)
    completed.lines.push_back({t.done_at, t.title, "", false});
  DocSection team{"Ваша команда",
                  "",
                  {},
                  {},
                  {},
                  h.firm_phone.empty() ? "Команда ещё не назначена."
                                       : "Команда ещё не назначена: звоните " + h.firm_phone + "."};
  for (const auto& p : d.team)
    team.lines.push_back({std::nullopt, fmt::format("{}: {}", p.role_title, p.name),
                          join({p.phone, p.email, p.telegram}, ", "), false});
  doc.sections = {std::move(overdue), std::move(needed), std::move(upcoming), std::move(completed)};
  if (!d.filings.empty()) { // only for firms that record filings
    DocSection filings{
        "Отчёты в органы", "Что мы отправили и что ответили ФНС, СФР и другие.", {}, {}, {}, ""};
    for (const auto& f : d.filings)
      filings.lines.push_back(
          {f.last_day(), f.task.title, filing_detail(f), f.status == "rejected"});
    doc.sections.push_back(std::move(filings));
  }
  doc.sections.push_back(std::move(team));
  return doc;
}

Document staff_document(const StaffDigest& d) {
  const auto& h = d.header;
  Document doc = document_of(h, fmt::format("{}: план на {}", d.name, days_ru(h.days)),
                             fmt::format("{} · оценка {} при норме {} в неделю", window_ru(h),
                                         format_hours_ru(d.estimate_minutes),
                                         format_hours_ru(d.capacity_minutes)));
  const auto estimate = [](const DigestTask& t) {
    return t.estimate_minutes > 0 ? "~" + format_hours_ru(t.estimate_minutes) : std::string();
  };
  DocSection overdue{"Просрочено", "Самые давние первыми.", {}, {}, {}, "Просроченных задач нет."};
  for (const auto& t : d.overdue)
    overdue.lines.push_back({t.due, fmt::format("{}: {}", t.client_name, t.title),
                             join({overdue_ru(t.days_overdue),
                                   std::string(task_status_staff_ru(t.status)), estimate(t)},
                                  "; "),
                             true});
  DocSection review{"Ждут вашей проверки", "", {}, {}, {}, "На проверке у вас ничего нет."};
  for (const auto& t : d.to_review)
    review.lines.push_back({t.due, fmt::format("{}: {}", t.client_name, t.title),
                            t.assignee_name.empty() ? "" : "исполнитель " + t.assignee_name,
                            t.due < h.today});
  DocSection days{"По дням", "", {}, {}, {}, "В эти дни задач нет."};
  for (const auto& t : d.upcoming)
    days.lines.push_back({t.due, fmt::format("{}: {}", t.client_name, t.title),
                          join({std::string(task_status_staff_ru(t.status)), estimate(t),
                                t.action != ClientAction::none
                                    ? "клиенту: " + std::string(client_action_verb_ru(t.action))
                                    : "",
                                t.provisional ? "дата предварительная" : ""},
                               "; "),
                          false});
  doc.sections = {std::move(overdue), std::move(review), std::move(days)};
  return doc;
}

Document firm_document(const FirmDigest& d) {
  const auto& h = d.header;
  Document doc =
      document_of(h, fmt::format("Обзор на {}", days_ru(h.days)),
                  fmt::format("{} · просрочено задач: {}", window_ru(h), d.overdue.size()));

  const auto count_table = [](std::string_view who, const std::vector<DigestCount>& counts) {
    DocTable table{{std::string(who), "Просрочено"}, {}, {}};
    for (const auto& c : counts) {
      table.rows.push_back({c.name, std::to_string(c.count)});
      table.alert.push_back(true);
    }
    return table;
  };
  DocSection by_client{
      "Просрочено по клиентам", "", {}, count_table("Клиент", d.overdue_by_client), {},
      "Просроченных задач нет."};
  DocSection by_person{
      "Просрочено по исполнителям", "", {}, count_table("Исполнитель", d.overdue_by_person), {},
      "Просроченных задач нет."};
  DocSection overdue{"Просроченные задачи", "", {}, {}, {}, "Нет."};
  for (const auto& t : d.overdue)
    overdue.lines.push_back({t.due, fmt::format("{}: {}", t.client_name, t.title),
                             join({overdue_ru(t.days_overdue),
                                   t.assignee_name.empty() ? "без исполнителя" : t.assignee_name},
                                  "; "),
                             true});

  // Load: a table person x week, and the same as a chart.
  DocTable load_table{{"Сотрудник"}, {}, {}};
  DocChart chart{"Плановые часы по неделям против нормы", {}, {}, {}, {}};
  std::vector<Date> weeks;
  for (const auto& l : d.load)
    if (std::find(weeks.begin(), weeks.end(), l.week) == weeks.end())
      weeks.push_back(l.week);
  for (const auto& w : weeks) {
    load_table.header.push_back("с " + format_date_ru(w).substr(0, 5));
    chart.weeks.push_back(format_date_ru(w).substr(0, 5));
  }
  for (size_t i = 0; i < d.load.size(); i += weeks.size()) {
    std::vector<std::string> row{d.load[i].name};
    std::vector<int> minutes;
    bool over = false;
    for (size_t w = 0; w < weeks.size() && i + w < d.load.size(); ++w) {
      const auto& l = d.load[i + w];
      row.push_back(fmt::format("{} из {}{}", format_hours_ru(l.minutes),
                                format_hours_ru(l.capacity_minutes),
                                l.overloaded() ? " — перегруз" : ""));
      minutes.push_back(l.minutes);
      over = over || l.overloaded();
    }
    load_table.rows.push_back(std::move(row));
    load_table.alert.push_back(over);
    chart.labels.push_back(d.load[i].name);
    chart.minutes.push_back(std::move(minutes));
    chart.capacity_minutes.push_back(d.load[i].capacity_minutes);
  }
  DocSection load{"Загрузка",
                  "Оценки открытых задач по неделям срока против нормы из реестра сотрудников.",
                  {},
                  std::move(load_table),
                  std::move(chart),
                  "Сотрудников нет."};
  DocSection unassigned{"Без исполнителя", "", {}, {}, {}, "Все задачи распределены."};
  for (const auto& t : d.unassigned)
    unassigned.lines.push_back({t.due, fmt::format("{}: {}", t.client_name, t.title),
                                t.days_overdue > 0 ? overdue_ru(t.days_overdue) : "",
                                t.days_overdue > 0});
  DocTable overhead_table{{"Клиент", "Всего", "Общение и администрирование", "Доля"}, {}, {}};
  for (const auto& o : d.overhead) {
    overhead_table.rows.push_back({o.client_name, format_hours_ru(o.minutes),
                                   format_hours_ru(o.overhead_minutes),
                                   fmt::format("{}%", std::lround(o.share * 100))});
    overhead_table.alert.push_back(true);
  }
  DocSection overhead{"Много общения и администрирования",
                      fmt::format("Доля выше {}% учтённого времени с {} по {}.",
                                  std::lround(d.overhead_threshold * 100),
                                  format_date_ru(d.overhead_from), format_date_ru(h.today)),
                      {},
                      std::move(overhead_table),
                      {},
                      "Таких клиентов нет."};
  DocSection calendars{"Производственные календари",
                       fmt::format("Проверено по {}.", format_date_ru(d.calendars_until)),
                       {},
                       {},
                       {},
                       "Календари покрывают весь срок."};
  for (const auto& g : d.calendars)
    calendars.lines.push_back(
        {g.from, fmt::format("Календарь {}: {} год", g.calendar, g.year),
         g.provisional ? "предварительный: постановление ещё не внесено, сроки помечены"
                       : "нет данных: добавьте календарь, иначе сроки будут предварительными",
         true});
  doc.sections = {std::move(by_client),  std::move(by_person), std::move(overdue),  std::move(load),
                  std::move(unassigned), std::move(overhead),  std::move(calendars)};
  if (!d.rejections.empty()) { // first: a rejected report is not filed at all
    DocSection rejected{
        "Отклонённые отчёты", "Отчёт не принят: исправить и сдать повторно.", {}, {}, {}, ""};
    for (const auto& f : d.rejections)
      rejected.lines.push_back(
          {f.answered_on, fmt::format("{}: {}", f.task.client_name, f.task.title),
           join({f.reason,
                 f.correction_id ? fmt::format("исправление #{} до {}", *f.correction_id,
                                               f.correction_due ? day_ru(*f.correction_due) : "?")
                                 : "",
                 f.task.assignee_name},
                "; "),
           true});
    doc.sections.insert(doc.sections.begin(), std::move(rejected));
  }
  return doc;
}

// -- text, Markdown, HTML -------------------------------------------------------------------

namespace {

bool empty_section(const DocSection& s) {
  return s.lines.empty() && (!s.table || s.table->rows.empty());
}

std::string line_text(const DocLine& l, std::string_view date_prefix) {
  std::string text;
  if (l.date)
    text += fmt::format("{}{}  ", date_prefix, day_ru(*l.date));
  text += l.text;
  if (!l.detail.empty())
    text += " — " + l.detail;
  return text;
}

} // namespace

std::string render_text(const Document& doc) {
  std::string out = doc.firm.empty() ? "" : doc.firm + "\n";
  out += doc.title + "\n" + doc.subtitle + "\n";
  for (const auto& s : doc.sections) {
    out += "\n" + s.title + "\n";
    if (!s.note.empty() && !empty_section(s))
      out += s.note + "\n";
    if (empty_section(s)) {
      out += "  " + s.empty + "\n";
      continue;
    }
    for (const auto& l : s.lines)
      out += (l.alert ? "! " : "  ") + line_text(l, "") + "\n";
    if (s.table)
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        std::string row;
        for (size_t c = 0; c < s.table->rows[r].size(); ++c)
          row += (c == 0                       ? ""
                  : c < s.table->header.size() ? "; " + s.table->header[c] + ": "
                                               : "; ") +
                 s.table->rows[r][c];
        out += (s.table->alert[r] ? "! " : "  ") + row + "\n";
      }
  }
  return out + "\n" + doc.footer + "\n";
}

namespace {

std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '#' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

} // namespace

std::string render_markdown(const Document& doc) {
  std::string out = "# " + md_escape(doc.title) + "\n\n";
  if (!doc.firm.empty())
    out += "**" + md_escape(doc.firm) + "** · ";
  out += md_escape(doc.subtitle) + "\n";
  for (const auto& s : doc.sections) {
    out += "\n## " + md_escape(s.title) + "\n\n";
    if (empty_section(s)) {
      out += md_escape(s.empty) + "\n";
      continue;
    }
    if (!s.note.empty())
      out += "_" + md_escape(s.note) + "_\n\n";
    for (const auto& l : s.lines) {
      out += "- ";
      if (l.alert)
        out += "⚠ ";
      if (l.date)
        out += "**" + day_ru(*l.date) + "** ";
      out += md_escape(l.text);
      if (!l.detail.empty())
        out += " — " + md_escape(l.detail);
      out += "\n";
    }
    if (s.table) {
      if (!s.lines.empty())
        out += "\n";
      std::string rule = "|";
      out += "|";
      for (const auto& h : s.table->header) {
        out += " " + md_escape(h) + " |";
        rule += "---|";
      }
      out += "\n" + rule + "\n";
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        out += "|";
        for (size_t c = 0; c < s.table->rows[r].size(); ++c) {
          const std::string cell = md_escape(s.table->rows[r][c]);
          out += " " + (s.table->alert[r] && c == 0 ? "**" + cell + "**" : cell) + " |";
        }
        out += "\n";
      }
    }
  }
  return out + "\n---\n\n" + md_escape(doc.footer) + "\n";
}

namespace {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

/// A config colour if it is "#rrggbb", else the default (the value goes into CSS).
std::string safe_color(const std::string& color) {
  const bool ok = color.size() == 7 && color[0] == '#' &&
                  std::all_of(color.begin() + 1, color.end(),
                              [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  return ok ? color : "#1f6feb";
}

std::string chart_svg(const DocChart& chart, const std::string& accent) {
  int most = 60;
  for (size_t p = 0; p < chart.labels.size(); ++p) {
    most = std::max(most, chart.capacity_minutes[p]);
    for (int m : chart.minutes[p])
      most = std::max(most, m);
  }
  constexpr int label_width = 190, bar_width = 360, bar = 14, gap = 4, group_gap = 12;
  const int rows = static_cast<int>(chart.labels.size() * chart.weeks.size());
  const int height = rows * (bar + gap) + static_cast<int>(chart.labels.size()) * group_gap + 20;
  const int width = label_width + bar_width + 90;
  std::string svg =
      fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
                  "height=\"{1}\" role=\"img\" aria-labelledby=\"chart-title\">"
                  "<title id=\"chart-title\">{2}</title>",
                  width, height, html_escape(chart.title));
  int y = 10;
  const auto scale = [&](int minutes) { return minutes * bar_width / most; };
  for (size_t p = 0; p < chart.labels.size(); ++p) {
    const int capacity = chart.capacity_minutes[p];
    const int top = y;
    for (size_t w = 0; w < chart.weeks.size() && w < chart.minutes[p].size(); ++w) {
      const int m = chart.minutes[p][w];
      const bool over = m > capacity;
      svg +=
          fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{} · {}"
                      "</text>",
                      label_width - 6, y + bar - 3, html_escape(chart.labels[p]), chart.weeks[w]);
      svg +=
          fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">"
                      "<title>{}: {} из {}</title></rect>",
                      label_width, y, std::max(1, scale(m)), bar, over ? "#cf222e" : accent,
                      html_escape(chart.labels[p]), format_hours_ru(m), format_hours_ru(capacity));
      svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
                         label_width + std::max(1, scale(m)) + 4, y + bar - 3, format_hours_ru(m));
      y += bar + gap;
    }
    svg +=
        fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#57606a\" "
                    "stroke-dasharray=\"3 2\"><title>норма {3}</title></line>",
                    label_width + scale(capacity), top - 2, y - gap + 2, format_hours_ru(capacity));
    y += group_gap;
  }
  return svg + "</svg>";
}

} // namespace

std::string render_html(const Document& doc) {
  const std::string accent = safe_color(doc.accent_color);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n"
      ":root {{ --accent: {}; --alert: #cf222e; --muted: #57606a; }}\n"
      "body {{ font: 15px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; "
      "color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }}\n"
      "header {{ border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }}\n"
      ".firm {{ color: var(--accent); font-weight: 600; margin: 0; }}\n"
      "h1 {{ font-size: 1.5rem; margin: .2rem 0; }}\n"
      "h2 {{ font-size: 1.1rem; color: var(--accent); margin: 1.5rem 0 .4rem; }}\n"
      ".subtitle, .note, footer {{ color: var(--muted); }}\n"
      "ul {{ list-style: none; padding: 0; margin: 0; }}\n"
      "li {{ padding: .3rem 0; border-bottom: 1px solid #d0d7de; }}\n"
      "li time {{ display: inline-block; min-width: 8.5rem; font-variant-numeric: tabular-nums; "
      "font-weight: 600; }}\n"
      ".detail {{ color: var(--muted); }}\n"
      ".alert, .alert time {{ color: var(--alert); }}\n"
      "li.alert::before {{ content: \"⚠ \"; }}\n"
      "table {{ border-collapse: collapse; width: 100%; margin: .3rem 0; }}\n"
      "th, td {{ text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; }}\n"
      "tr.alert td:first-child {{ font-weight: 600; }}\n"
      "svg {{ max-width: 100%; height: auto; font-family: inherit; }}\n"
      "footer {{ margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .5rem; "
      "font-size: .9rem; }}\n"
      "@media print {{ body {{ margin: 0; max-width: none; }} h2 {{ break-after: avoid; }} "
      "li, tr {{ break-inside: avoid; }} }}\n"
      "</style>\n</head>\n<body>\n<header>\n",
      html_escape(doc.title), accent);
  if (!doc.firm.empty())
    out += "<p class=\"firm\">" + html_escape(doc.firm) + "</p>\n";
  out += "<h1>" + html_escape(doc.title) + "</h1>\n<p class=\"subtitle\">" +
         html_escape(doc.subtitle) + "</p>\n</header>\n<main>\n";
  int index = 0;
  for (const auto& s : doc.sections) {
    const std::string id = fmt::format("s{}", ++index);
    out += fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n", id,
                       html_escape(s.title));
    if (empty_section(s)) {
      out += "<p>" + html_escape(s.empty) + "</p>\n</section>\n";
      continue;
    }
    if (!s.note.empty())
      out += "<p class=\"note\">" + html_escape(s.note) + "</p>\n";
    if (!s.lines.empty()) {
      out += "<ul>\n";
      for (const auto& l : s.lines) {
        out += l.alert ? "<li class=\"alert\">" : "<li>";
        if (l.date)
          out += fmt::format("<time datetime=\"{}\">{}</time> ", format_date(*l.date),
                             day_ru(*l.date));
        out += html_escape(l.text);
        if (!l.detail.empty())
          out += " <span class=\"detail\">— " + html_escape(l.detail) + "</span>";
        out += "</li>\n";
      }
      out += "</ul>\n";
    }
    if (s.table) {
      out += "<table>\n<thead><tr>";
      for (const auto& h : s.table->header)
        out += "<th scope=\"col\">" + html_escape(h) + "</th>";
      out += "</tr></thead>\n<tbody>\n";
      for (size_t r = 0; r < s.table->rows.size(); ++r) {
        out += s.table->alert[r] ? "<tr class=\"alert\">" : "<tr>";
        for (size_t c = 0; c < s.table->rows[r].size(); ++c)
          out += (c == 0 ? "<th scope=\"row\">" : "<td>") + html_escape(s.table->rows[r][c]) +
                 (c == 0 ? "</th>" : "</td>");
        out += "</tr>\n";
      }
      out += "</tbody>\n</table>\n";
    }
    if (s.chart && !s.chart->labels.empty())
      out += "<figure>" + chart_svg(*s.chart, accent) + "</figure>\n";
    out += "</section>\n";
  }
  return out + "</main>\n<footer>" + html_escape(doc.footer) + "</footer>\n</body>\n</html>\n";
}

// -- JSON -----------------------------------------------------------------------------------

namespace {

Json header_json(const DigestHeader& h) {
  return Json{{"firm", {{"name", h.firm_name}, {"phone", h.firm_phone}, {"email", h.firm_email}}},
              {"today", format_date(h.today)},
              {"until", format_date(h.until)},
              {"days", h.days}};
}

Json task_json(const DigestTask& t) {
  return Json{{"id", t.id},
              {"key", t.key},
              {"client", t.client},
              {"client_name", t.client_name},
              {"title", t.title},
              {"period", t.period},
              {"due", format_date(t.due)},
              {"planned", t.planned ? Json(format_date(*t.planned)) : Json(nullptr)},
              {"provisional", t.provisional},
              {"status", task_status_name(t.status)},
              {"client_action", client_action_name(t.action)},
              {"waiting_for", t.waiting_for},
              {"assignee", json_or_null(t.assignee)},
              {"reviewer", json_or_null(t.reviewer)},
              {"estimate_minutes", t.estimate_minutes},
              {"done_at", t.done_at ? Json(format_date(*t.done_at)) : Json(nullptr)},
              {"days_overdue", t.days_overdue}};
}

Json tasks_json(const std::vector<DigestTask>& tasks) {
  return json_array(tasks, task_json);
}

Json filings_json(const std::vector<DigestFiling>& filings) {
  return json_array(filings, [](const DigestFiling& f) {
    return Json{{"task", task_json(f.task)},
                {"status", f.status},
                {"filed_on", format_date(f.filed_on)},
                {"answered_on", f.answered_on ? Json(format_date(*f.answered_on)) : Json(nullptr)},
                {"receipt", json_or_null(f.receipt)},
                {"reason", json_or_null(f.reason)},
                {"correction_id", f.correction_id ? Json(*f.correction_id) : Json(nullptr)},
                {"correction_due",
                 f.correction_due ? Json(format_date(*f.correction_due)) : Json(nullptr)}};
  });
}

} // namespace

Json client_digest_to_json(const ClientDigest& d) {
  Json j = header_json(d.header);
  j["client"] = {
      {"slug", d.client}, {"name", d.client_name}, {"legal_name", d.legal_name}, {"inn", d.inn}};
  j["overdue"] = tasks_json(d.overdue);
  j["from_client"] = tasks_json(d.from_client);
  j["upcoming"] = tasks_json(d.upcoming);
  j["completed"] = tasks_json(d.completed);
  j["filings"] = filings_json(d.filings);
  j["team"] = json_array(d.team, [](const DigestPerson& p) {
    return Json{{"role", p.role},
                {"name", p.name},
                {"phone", p.phone},
                {"email", p.email},
                {"telegram", p.telegram}};
  });
  return j;
}

Json staff_digest_to_json(const StaffDigest& d) {
  Json j = header_json(d.header);
  j["staff"] = {{"handle", d.handle}, {"name", d.name}};
  j["capacity_minutes"] = d.capacity_minutes;
  j["estimate_minutes"] = d.estimate_minutes;
  j["overdue"] = tasks_json(d.overdue);
  j["to_review"] = tasks_json(d.to_review);
  j["upcoming"] = tasks_json(d.upcoming);
  return j;
}

Json firm_digest_to_json(const FirmDigest& d) {
  Json j = header_json(d.header);
  const auto counts = [](const std::vector<DigestCount>& list) {
    return json_array(list, [](const DigestCount& c) {
      return Json{{"key", json_or_null(c.key)}, {"name", c.name}, {"count", c.count}};
    });
  };
  j["rejections"] = filings_json(d.rejections);
  j["overdue"] = tasks_json(d.overdue);
  j["overdue_by_client"] = counts(d.overdue_by_client);
  j["overdue_by_person"] = counts(d.overdue_by_person);
  j["load"] = json_array(d.load, [](const DigestLoad& l) {
    return Json{{"staff", l.handle},
                {"name", l.name},
                {"week", format_date(l.week)},
                {"minutes", l.minutes},
                {"capacity_minutes", l.capacity_minutes},
                {"overloaded", l.overloaded()}};
  });
  j["unassigned"] = tasks_json(d.unassigned);
  j["overhead"] = {{"threshold", d.overhead_threshold},
                   {"from", format_date(d.overhead_from)},
                   {"clients", json_array(d.overhead, [](const DigestOverhead& o) {
                      return Json{{"client", o.client},
                                  {"name", o.client_name},
                                  {"minutes", o.minutes},
                                  {"overhead_minutes", o.overhead_minutes},
                                  {"share", std::round(o.share * 1000) / 1000}};
                    })}};
  j["calendars"] = {{"until", format_date(d.calendars_until)},
                    {"gaps", json_array(d.calendars, [](const DigestCalendarGap& g) {
                       return Json{{"calendar", g.calendar},
                                   {"year", g.year},
                                   {"provisional", g.provisional},
                                   {"from", format_date(g.from)}};
                     })}};
  return j;
}

// -- CSV ------------------------------------------------------------------------------------

namespace {

const std::vector<std::string> k_task_columns = {
    "section",          "task_id",      "client",        "title",      "due",
    "planned",          "status",       "client_action", "assignee",   "reviewer",
    "estimate_minutes", "days_overdue", "done_at",       "provisional"};

std::string task_record(std::string_view section, const DigestTask& t) {
  return csv_record({std::string(section), std::to_string(t.id), t.client, t.title,
                     format_date(t.due), t.planned ? format_date(*t.planned) : "",
                     std::string(task_status_name(t.status)),
                     std::string(client_action_name(t.action)), t.assignee, t.reviewer,
                     std::to_string(t.estimate_minutes), std::to_string(t.days_overdue),
                     t.done_at ? format_date(*t.done_at) : "", t.provisional ? "1" : "0"},
                    ',', "\n");
}

void add_tasks(std::string& out, std::string_view section, const std::vector<DigestTask>& tasks) {
  for (const auto& t : tasks)
    out += task_record(section, t);
}

} // namespace

std::string client_digest_csv(const ClientDigest& d) {
  std::string out = csv_record(k_task_columns, ',', "\n");
  add_tasks(out, "overdue", d.overdue);
  add_tasks(out, "from_client", d.from_client);
  add_tasks(out, "upcoming", d.upcoming);
  add_tasks(out, "completed", d.completed);
  return out;
}

std::string staff_digest_csv(const StaffDigest& d) {
  std::string out = csv_record(k_task_columns, ',', "\n");
  add_tasks(out, "overdue", d.overdue);
  add_tasks(out, "to_review", d.to_review);
  add_tasks(out, "upcoming", d.upcoming);
  return out;
}

std::string firm_digest_csv(const FirmDigest& d) {
  std::vector<std::string> columns = k_task_columns;
  for (const char* c : {"week", "minutes", "capacity_minutes", "share"})
    columns.emplace_back(c);
  std::string out = csv_record(columns, ',', "\n");
  const std::string no_extra = ",,,\n";
  const auto with_blank_extras = [&](std::string record) {
    record.pop_back();
    return record + "," + no_extra.substr(1);
  };
  for (const auto& t : d.overdue)
    out += with_blank_extras(task_record("overdue", t));
  for (const auto& t : d.unassigned)
    out += with_blank_extras(task_record("unassigned", t));
  for (const auto& l : d.load)
    out += csv_record({"load", "", "", l.name, "", "", "", "", l.handle, "", "", "", "", "",
                       format_date(l.week), std::to_string(l.minutes),
                       std::to_string(l.capacity_minutes), ""},
                      ',', "\n");
  for (const auto& o : d.overhead)
    out += csv_record({"overhead", "", o.client, o.client_name, "", "", "", "", "", "", "", "", "",
                       "", "", std::to_string(o.minutes), "", fmt::format("{:.3f}", o.share)},
                      ',', "\n");
  return out;
}

} // namespace acctcore
