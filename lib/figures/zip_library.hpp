#pragma once

// Debian's libzip, loaded when the first XLSX file is read rather than linked: libzip needs
// libcrypto, and loading that at every start of acct measured 12 ms (docs/performance.md),
// while acct runs from shell completion and cron. The function types come from <zip.h>, so a
// signature that differs from the headers is a compile error.

#include <zip.h>

namespace acctcore {

/// The libzip functions acct uses.
struct ZipLibrary {
  decltype(&::zip_error_init) error_init = nullptr;
  decltype(&::zip_error_fini) error_fini = nullptr;
  decltype(&::zip_error_strerror) error_strerror = nullptr;
  decltype(&::zip_source_buffer_create) source_buffer_create = nullptr;
  decltype(&::zip_source_free) source_free = nullptr;
  decltype(&::zip_open_from_source) open_from_source = nullptr;
  decltype(&::zip_discard) discard = nullptr;
  decltype(&::zip_get_error) get_error = nullptr;
  decltype(&::zip_name_locate) name_locate = nullptr;
  decltype(&::zip_fopen_index) fopen_index = nullptr;
  decltype(&::zip_fread) fread = nullptr;
  decltype(&::zip_fclose) fclose = nullptr;
  decltype(&::zip_file_get_error) file_get_error = nullptr;
};

/// The SONAME loaded: Debian 12's libzip4 (the ABI of the headers acct is built with).
inline constexpr const char* k_libzip_soname = "libzip.so.4";

/// libzip, loaded on the first call. Throws Error(io) naming the library and the package when
/// it cannot be loaded or lacks a function.
const ZipLibrary& zip_library();

} // namespace acctcore
