#pragma once

// A client's indicators for a month from the database, and the same as sections of the monthly
// client digest (`acct digest client --indicators`).

#include "digest/render.hpp"
#include "figures/report.hpp"

namespace acctcore {

class Store;
struct Client;
struct FirmConfig;

/// The month a digest shows by default: the one before `today`'s.
Period previous_month(Date today);

/// The client's report for `month` with the indicators of the chart for its country.
/// Error(not_found) when no chart is for that country.
FiguresReport client_figures_report(const Store& store, const FiguresTemplates& templates,
                                    const FirmConfig& firm, const Client& client,
                                    const Period& month, Date today);

/// The report as sections of another document (the client digest): the remarks, then the
/// month's figures as a table, or a line saying the month has no data.
std::vector<DocSection> figures_sections(const FiguresReport& report);

} // namespace acctcore
