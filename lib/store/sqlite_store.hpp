#pragma once

// The SQLite store: one local file (or memory, for tests). Only lib/store includes this.

#include "store/backend.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace acctcore::store_detail {

/// Opens an existing SQLite file as an acct database (refusing a file that is not acct's or is
/// from a newer acct). Throws Error: not_found, io, incompatible.
std::unique_ptr<Backend> open_sqlite(const std::filesystem::path& path, int busy_timeout_ms);

/// Creates a new SQLite file (mode 0600, parents 0700) marked as acct's, in WAL mode, with no
/// schema yet. Throws Error: conflict when it exists, io.
std::unique_ptr<Backend> create_sqlite(const std::filesystem::path& path, int busy_timeout_ms);

/// Maps an SQLite result code to acct's typed error: busy/locked -> busy, not a database ->
/// incompatible, read-only or I/O -> io, a constraint -> conflict, anything else -> internal.
/// `system_errno` is the OS error behind it (sqlite3_system_errno), 0 when unknown: a full disk
/// (ENOSPC) and a directory or file acct may not write are said as such.
Error sqlite_error(int code, std::string_view message, const std::filesystem::path& path,
                   int system_errno = 0);

/// Refuses a backup over an existing file (Error(conflict)).
void refuse_existing_backup(const std::filesystem::path& target);

/// The error for a backup that could not be written (Error(io) with the system's reason).
Error backup_write_error(const std::filesystem::path& target, int err);

/// Puts the acct database `prepared` (checked, at the latest schema) in place of `target`.
/// Where `target` exists it must be an acct database; it is overwritten page by page with
/// SQLite's online backup in one write transaction of its own (it takes the write lock, so it
/// waits up to `busy_timeout_ms` for another writer and then fails with Error(busy); readers see
/// the old database or the new, never a mix, and a crash keeps the old one). Where there is no
/// `target`, `prepared` is switched to WAL, synced and renamed into place. Throws Error: busy,
/// incompatible (target not acct's), io.
void replace_sqlite(const std::filesystem::path& target, const std::filesystem::path& prepared,
                    int busy_timeout_ms);

/// A private in-memory SQLite database.
std::unique_ptr<Backend> open_sqlite_memory();

} // namespace acctcore::store_detail
