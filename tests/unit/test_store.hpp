#pragma once

// The store a unit test works on: a private in-memory SQLite database, or — when the tests run
// against PostgreSQL (ACCT_TEST_POSTGRESQL, set by ctest for
// the tests labelled `postgresql`, is the directory of the test server that
// tests/postgresql/server.sh started) — an empty acct database on that server.

#include "store/store.hpp"

namespace acctcore::test {

/// True when this run of the unit tests is against PostgreSQL.
bool on_postgresql();

/// A store with acct's whole schema and no rows. On PostgreSQL each process has one database,
/// emptied (every table truncated, ids restarted) for each call; it is dropped when the process
/// ends. Only one store from here may be open at a time.
Store open_test_store();

} // namespace acctcore::test
