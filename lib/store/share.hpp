#pragma once

// Sharing an SQLite database with a group, as people on one server work with it from their own
// accounts (`acct init --group`): the database and its -wal/-shm files 0660 of the group, its
// directory group-writable and setgid, so that the files SQLite creates there later belong to
// the group too.

#include <filesystem>
#include <string>

namespace acctcore {

/// Before the database is created: checks that `group` exists and that the caller is in it (or
/// root), and creates the missing directories above `database` with mode 02770 for the group.
/// Throws Error: invalid (no such group), denied (not a member), io. Nothing is created when it
/// throws for the group.
void prepare_shared_directory(const std::filesystem::path& database, const std::string& group);

/// Gives the database's directory (group-writable, setgid; only when it is the caller's) and its
/// files (0660) to `group`. Throws Error: invalid, denied, conflict (a directory of someone
/// else's that is not shared with the group), io.
void share_database(const std::filesystem::path& database, const std::string& group);

} // namespace acctcore
