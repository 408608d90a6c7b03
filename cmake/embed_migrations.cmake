# Turns schemas/NNNN_name.sql into a C++ source so that an installed acct needs no schemas
# directory. Run as: cmake -DOUT=file.cpp -DSOURCES="a.sql;b.sql" [-DFUNCTION=name] -P embed_migrations.cmake
# FUNCTION is the C++ function returning them (migrations, or postgresql_migrations for the twins).
if(NOT OUT OR NOT SOURCES)
  message(FATAL_ERROR "embed_migrations.cmake needs OUT and SOURCES")
endif()
if(NOT FUNCTION)
  set(FUNCTION migrations)
endif()
list(SORT SOURCES)
set(body "")
set(expected 1)
foreach(path IN LISTS SOURCES)
  get_filename_component(file "${path}" NAME_WE)
  if(NOT file MATCHES "^([0-9][0-9][0-9][0-9])_([a-z0-9_]+)$")
    message(FATAL_ERROR "migration file name must be NNNN_name.sql: ${path}")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  if(NOT version EQUAL expected)
    message(FATAL_ERROR "migrations must be numbered 1, 2, 3 ... without gaps; expected ${expected}, got ${path}")
  endif()
  math(EXPR expected "${expected} + 1")
  file(READ "${path}" sql)
  if(sql MATCHES "\\)acct_sql\"")
    message(FATAL_ERROR "${path} contains the raw-string delimiter )acct_sql\"")
  endif()
  string(APPEND body "    {${version}, \"${name}\", R\"acct_sql(${sql})acct_sql\"},\n")
endforeach()
set(content "// Generated from schemas/*.sql by cmake/embed_migrations.cmake; do not edit.
#include \"store/migrations.hpp\"

namespace acctcore {

std::span<const Migration> ${FUNCTION}() noexcept {
  static constexpr Migration k_migrations[] = {
${body}  };
  return k_migrations;
}

} // namespace acctcore
")
# Only touch the output when it changes, so that nothing rebuilds needlessly.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${content}")
