#pragma once

// Reading an XLSX workbook (Office Open XML, ECMA-376) into grids: the ZIP container through
// Debian's libzip, its XML parts through expat. Only what a table needs is read: the sheets'
// names and order, shared strings, cell values and types, and merged ranges; styles and
// formulas are not (a formula's cached value is).

#include "figures/grid.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acctcore {

/// Limits that keep a hostile or broken file from exhausting memory.
struct XlsxLimits {
  size_t part_bytes = 64 * 1024 * 1024; ///< the largest XML part, uncompressed
  int rows = 100'000;                   ///< rows with cells per sheet; larger sheets are skipped
  int columns = 256;                    ///< cells further right are ignored
};

/// Every worksheet of the workbook in `bytes`, in the workbook's order; a sheet over the row
/// limit comes back without rows. Throws Error(invalid) naming `file` when the bytes are not a
/// ZIP archive, the archive is not an XLSX workbook, or a part is not well-formed XML.
std::vector<Grid> read_xlsx(std::string_view bytes, const std::string& file,
                            const XlsxLimits& limits = {});

} // namespace acctcore
