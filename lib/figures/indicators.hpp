#pragma once

// Financial indicators as data (docs/figures.md): charts of accounts (templates/charts/*.toml)
// and indicators with their remarks (templates/indicators/*.toml). An indicator adds and
// subtracts terms, each a kind of amount (closing balance or turnover), a side (debit or
// credit) and accounts of one chart; a remark is a sentence shown when its conditions hold.
// The firm's templates directory adds to and overrides the bundled files: an indicator or a
// remark with the same id replaces the bundled one, a chart with the same id gains accounts.

#include "figures/account.hpp"
#include "util/error.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Which amount of an account a term takes.
enum class AmountKind : std::uint8_t {
  closing,  ///< the balance at the end of the month
  turnover, ///< the month's turnover
};

enum class AccountSide : std::uint8_t { debit, credit };

std::string_view amount_kind_name(AmountKind kind) noexcept;
std::string_view account_side_name(AccountSide side) noexcept;

/// A chart of accounts: which accounts exist (by key) and their names.
struct Chart {
  std::string id;      ///< "ru-94n"
  std::string country; ///< "ru"
  std::string title;
  std::vector<std::pair<AccountCode, std::string>> accounts; ///< in file order
  std::string file;
  int line = 0;

  /// The account with this key, or nullptr.
  const std::pair<AccountCode, std::string>* find(std::string_view key) const noexcept;
};

/// One part of an indicator: the sum of an amount over accounts, added or subtracted.
struct IndicatorTerm {
  AmountKind kind = AmountKind::closing;
  AccountSide side = AccountSide::debit;
  std::vector<AccountCode> accounts;
  int sign = 1; ///< +1 or -1
};

/// Which way of change is good news, for colouring changes.
enum class Better : std::uint8_t { neither, up, down };

struct Indicator {
  std::string id;    ///< "receivables"
  std::string chart; ///< the chart its accounts are of
  std::string title; ///< as the client reads it: «Дебиторская задолженность»
  std::string description;          ///< how it is computed, in words
  std::vector<IndicatorTerm> terms; ///< the first is the main one
  Better better = Better::neither;
  std::string file;
  int line = 0;
};

/// What a remark compares the month with.
enum class RemarkBase : std::uint8_t { previous_month, year_ago };

struct RemarkRule {
  std::string id;
  std::string chart;
  std::string indicator;
  std::optional<RemarkBase> compare;
  std::optional<int> rise_percent; ///< more than this much above the base (a positive base)
  std::optional<int> fall_percent; ///< at least this much below the base (a positive base)
  bool negative = false;           ///< the value is below zero
  std::string below;               ///< another indicator the value is less than
  bool alert = false;              ///< shown highlighted
  std::string text;                ///< with {placeholders}
  std::string file;
  int line = 0;
};

/// The placeholders a remark's text may use.
std::span<const std::string_view> remark_placeholders() noexcept;

/// Every chart, indicator and remark of a run, bundled and the firm's merged.
struct FiguresTemplates {
  std::vector<Chart> charts;
  std::vector<Indicator> indicators;
  std::vector<RemarkRule> remarks;

  const Chart* chart(std::string_view id) const noexcept;
  /// The chart for clients of `country`: the first with that country, or nullptr.
  const Chart* chart_for_country(std::string_view country) const noexcept;
  /// The indicators of a chart, in order.
  std::vector<const Indicator*> indicators_of(std::string_view chart) const;
  std::vector<const RemarkRule*> remarks_of(std::string_view chart) const;
};

/// Reads charts/*.toml and indicators/*.toml of each templates directory, lowest priority
/// first, and checks them together. Throws Error(invalid) listing every problem with
/// file:line:column.
FiguresTemplates load_figures_templates(std::span<const std::filesystem::path> directories);

/// Lints paths (a chart or indicators file, a folder of them, a templates directory) against
/// the charts of `base` (the bundled templates directory) and of the paths; returns the
/// problems; `files_checked` counts the files read.
std::vector<Diagnostic> lint_figures_paths(std::span<const std::filesystem::path> paths,
                                           const std::filesystem::path& base,
                                           int* files_checked = nullptr);

} // namespace acctcore
