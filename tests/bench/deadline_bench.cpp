// Deadline computations per second on one core, for a mix of the rules the engine must express
// over 2025-2027 (see docs/performance.md). Not a test: it prints figures.
//   acct_bench_deadline TEMPLATES_DIR [SECONDS]
#include "calendar/loader.hpp"
#include "deadline/rule.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

using namespace acctcore;

namespace {

struct Job {
  const DeadlineRule* rule;
  DeadlineInput input;
};

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: acct_bench_deadline TEMPLATES_DIR [SECONDS]\n";
    return 2;
  }
  const double seconds = argc > 2 ? std::atof(argv[2]) : 3.0;
  const std::filesystem::path dirs[] = {std::filesystem::path(argv[1]) / "calendars"};
  const CalendarSet calendars = load_calendars(dirs);
  const Calendar& ru = calendars.get("ru");

  const std::vector<DeadlineRule> rules = {
      parse_deadline_rule_text("{ day = 25, months_after = 1 }"),         // 0 РСВ, НДС decl.
      parse_deadline_rule_text("{ day = 28, months_after = 1 }"),         // 1 ЕНП
      parse_deadline_rule_text("{ day = 28, months_after = [1, 2, 3] }"), // 2 VAT thirds
      parse_deadline_rule_text(
          "{ day = 3, months_after = 1, overrides = [{ end_months = [12], "
          "day = \"last\", months_after = 0, shift = \"previous\" }] }"),   // 3 НДФЛ
      parse_deadline_rule_text("{ day = 25, months_after = 3 }"),           // 4 УСН decl.
      parse_deadline_rule_text("{ day = \"last\", months_after = 3 }"),     // 5 statements
      parse_deadline_rule_text("{ anchor = \"event\", working_days = 1 }"), // 6 ЕФС-1 hire
      parse_deadline_rule_text("{ anchor = \"event\", days = 90 }"),        // 7 patent
      parse_deadline_rule_text("{ day = 15, shift = \"previous\" }"),       // 8 pay day
      parse_deadline_rule_text("{ day = 25, months_after = 1, overrides = [{ periods = [\"year\"], "
                               "months_after = 2 }] }"), // 9 6-НДФЛ
  };

  std::vector<Job> jobs;
  const auto add_periods = [&](std::initializer_list<int> rule_ids, const char* first, int count) {
    Period p = *parse_period(first);
    for (int i = 0; i < count; ++i, p = p.next())
      for (const int id : rule_ids)
        jobs.push_back({&rules[static_cast<size_t>(id)], {p, std::nullopt, std::nullopt}});
  };
  add_periods({0, 1, 3, 8}, "2025-01", 35); // months to 2027-11
  add_periods({0, 2, 9}, "2025-Q1", 11);    // quarters to 2027-Q3
  add_periods({9}, "2025-H1", 5);
  add_periods({9}, "2025-9M", 3);
  add_periods({4, 5, 9}, "2025", 2);
  for (Date d = *parse_date("2025-01-01"); d <= *parse_date("2027-09-30"); d += date::days{1}) {
    jobs.push_back({&rules[6], {std::nullopt, d, std::nullopt}});
    jobs.push_back({&rules[7], {std::nullopt, d, std::nullopt}});
  }

  // Time each rule on its own jobs, then report the mean over rules (each rule weighs the same,
  // whatever its number of jobs) and the whole job list as one mix.
  std::vector<DueDate> out;
  out.reserve(12);
  long long checksum = 0;
  const auto run = [&](const std::vector<const Job*>& list, double budget) {
    long long computations = 0;
    const auto start = std::chrono::steady_clock::now();
    std::chrono::duration<double> elapsed{};
    while (elapsed.count() < budget) {
      for (const Job* job : list) {
        WorkDays days(ru, Coverage::strict);
        compute_deadline(*job->rule, job->input, days, out);
        ++computations;
        for (const auto& d : out)
          checksum += d.due.time_since_epoch().count();
      }
      elapsed = std::chrono::steady_clock::now() - start;
    }
    return computations / elapsed.count();
  };
  const char* names[] = {"25th after the period", "28th after the period",
                         "VAT thirds (3 dates)",  "НДФЛ 3rd, December last",
                         "25th, 3 months after",  "last day, 3 months after",
                         "1 working day after",   "90 calendar days after",
                         "15th, previous day",    "6-НДФЛ with year override"};
  double sum = 0;
  for (size_t id = 0; id < rules.size(); ++id) {
    std::vector<const Job*> list;
    for (const auto& job : jobs)
      if (job.rule == &rules[id])
        list.push_back(&job);
    const double rate = run(list, seconds / 20);
    sum += rate;
    fmt::print("  {:<28} {:6.2f} million/s\n", names[id], rate / 1e6);
  }
  std::vector<const Job*> all;
  for (const auto& job : jobs)
    all.push_back(&job);
  const double mix = run(all, seconds / 2);
  fmt::print("deadline computations on one core, 2025-2027, strict coverage:\n");
  fmt::print("  mean over the 10 rules:      {:6.2f} million/s\n",
             sum / static_cast<double>(rules.size()) / 1e6);
  fmt::print("  the {} jobs as one mix:    {:6.2f} million/s (checksum {})\n", jobs.size(),
             mix / 1e6, checksum);
  return 0;
}
