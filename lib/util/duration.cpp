#include "util/duration.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace acctcore {

namespace {

enum class Unit { none, hours, minutes };

/// One number with its unit: "1.5h", "30м", "90".
struct Part {
  std::int64_t whole = 0; ///< clamped at k_clamp, far above any valid entry
  std::string fraction;   ///< digits after the decimal point, trailing zeros dropped
  Unit unit = Unit::none;
};

struct UnitName {
  std::string_view name;
  Unit unit;
};

// Longer names first, so that "мин" is not read as "м" followed by garbage. Matched against the
// case-folded input.
constexpr UnitName k_unit_names[] = {
    {"час", Unit::hours}, {"ч", Unit::hours},     {"h", Unit::hours},   {"мин", Unit::minutes},
    {"м", Unit::minutes}, {"min", Unit::minutes}, {"m", Unit::minutes},
};

constexpr std::int64_t k_clamp = 1'000'000'000;

constexpr std::string_view k_accepted_forms = N_("use 1h30m, 90m or 1.5h");

enum class DurationProblem { not_positive, unparsed, fractional_minutes, minutes_over_59 };

Error duration_error(std::string_view text, DurationProblem why) {
  std::string message;
  switch (why) {
  case DurationProblem::not_positive:
    message = trf("duration '{}' must be more than zero", text);
    break;
  case DurationProblem::unparsed:
    message = trf("duration '{}' does not parse", text);
    break;
  case DurationProblem::fractional_minutes:
    message = trf("duration '{}' is not a whole number of minutes", text);
    break;
  case DurationProblem::minutes_over_59:
    message = trf("duration '{}' has more than 59 minutes after the hours", text);
    break;
  }
  return Error(ErrorKind::invalid, message + ": " + tr(k_accepted_forms.data()));
}

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

void skip_spaces(std::string_view& rest) noexcept {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
    rest.remove_prefix(1);
}

/// Reads "<digits>[(.|,)<digits>] [unit]" from the front of `rest`; false when it is not there.
bool read_part(std::string_view& rest, Part& part) {
  if (rest.empty() || !is_digit(rest.front()))
    return false;
  while (!rest.empty() && is_digit(rest.front())) {
    part.whole = std::min(part.whole * 10 + (rest.front() - '0'), k_clamp);
    rest.remove_prefix(1);
  }
  if (!rest.empty() && (rest.front() == '.' || rest.front() == ',')) {
    rest.remove_prefix(1);
    if (rest.empty() || !is_digit(rest.front()))
      return false;
    while (!rest.empty() && is_digit(rest.front())) {
      part.fraction += rest.front();
      rest.remove_prefix(1);
    }
    while (!part.fraction.empty() && part.fraction.back() == '0')
      part.fraction.pop_back();
  }
  skip_spaces(rest);
  for (const auto& unit : k_unit_names) {
    if (rest.starts_with(unit.name)) {
      part.unit = unit.unit;
      rest.remove_prefix(unit.name.size());
      break;
    }
  }
  skip_spaces(rest);
  return true;
}

} // namespace

int parse_duration_minutes(std::string_view text) {
  const std::string folded = fold_case(trim(text));
  std::string_view rest = folded;
  if (rest.starts_with('-'))
    throw duration_error(text, DurationProblem::not_positive);
  // One part ("90", "90m", "1.5h") or hours then minutes ("1h30m", "1h 30", "1ч30м").
  std::vector<Part> parts;
  while (!rest.empty()) {
    Part part;
    if (parts.size() == 2 || !read_part(rest, part))
      throw duration_error(text, DurationProblem::unparsed);
    parts.push_back(std::move(part));
  }
  if (parts.empty())
    throw duration_error(text, DurationProblem::unparsed);
  if (parts.size() == 2 &&
      (parts[0].unit != Unit::hours || parts[1].unit == Unit::hours || !parts[0].fraction.empty()))
    throw duration_error(text, DurationProblem::unparsed);

  std::int64_t total = 0;
  const Part& first = parts[0];
  if (first.unit == Unit::hours) {
    total = first.whole * 60;
    // At most two decimals can come to whole minutes (0.05h is 3 minutes; 0.125h is 7.5).
    if (first.fraction.size() > 2)
      throw duration_error(text, DurationProblem::fractional_minutes);
    if (!first.fraction.empty()) {
      const std::int64_t scale = first.fraction.size() == 1 ? 10 : 100;
      const std::int64_t fraction_minutes = std::stoll(first.fraction) * 60;
      if (fraction_minutes % scale != 0)
        throw duration_error(text, DurationProblem::fractional_minutes);
      total += fraction_minutes / scale;
    }
  } else {
    if (!first.fraction.empty())
      throw duration_error(text, DurationProblem::fractional_minutes);
    total = first.whole;
  }
  if (parts.size() == 2) {
    const Part& minutes = parts[1];
    if (!minutes.fraction.empty())
      throw duration_error(text, DurationProblem::fractional_minutes);
    if (minutes.whole >= 60)
      throw duration_error(text, DurationProblem::minutes_over_59);
    total += minutes.whole;
  }
  if (total == 0)
    throw duration_error(text, DurationProblem::not_positive);
  if (total > k_max_entry_minutes)
    throw Error(ErrorKind::invalid,
                trf("duration '{}' is too long: a single entry cannot exceed 24h", text),
                tr("log longer work as one entry per day"));
  return static_cast<int>(total);
}

std::string format_duration(std::int64_t minutes) {
  const bool negative = minutes < 0;
  const std::uint64_t abs =
      negative ? 0 - static_cast<std::uint64_t>(minutes) : static_cast<std::uint64_t>(minutes);
  const std::string_view sign = negative ? "-" : "";
  const std::uint64_t hours = abs / 60;
  const std::uint64_t rest = abs % 60;
  if (hours == 0)
    return fmt::format("{}{}m", sign, rest);
  if (rest == 0)
    return fmt::format("{}{}h", sign, hours);
  return fmt::format("{}{}h{}m", sign, hours, rest);
}

} // namespace acctcore
