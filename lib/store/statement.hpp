#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace acctcore {

class Store;

namespace store_detail {
class StatementImpl;
}

/// One column of a statement's current row, read as one of the types acct's schema uses (see
/// docs/ARCHITECTURE.md, "SQL both stores understand"). Valid until the statement steps again.
class Column {
public:
  bool is_null() const;
  std::int64_t as_int64() const;
  int as_int() const;
  double as_double() const;
  /// The text, "" for NULL.
  std::string as_text() const;
  /// The text without copying it, "" for NULL: valid until the statement steps again.
  std::string_view as_view() const;

private:
  friend class Statement;
  Column(const store_detail::StatementImpl& impl, int index) : m_impl(impl), m_index(index) {}

  const store_detail::StatementImpl& m_impl;
  int m_index;
};

/// A prepared SQL statement of the store it was made for. The SQL is written once for both
/// stores: parameters are `?` (1-based) or `:name`, and the text keeps to the subset of SQL that
/// SQLite and PostgreSQL agree on (docs/ARCHITECTURE.md). Failures throw Error with the kind of
/// the store's condition (busy, conflict, io, ...). Binding a value after the statement has run
/// makes it ready to run again, keeping the other bindings; so does exec().
class Statement {
public:
  Statement(const Store& store, std::string_view sql);
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  /// Integers (and bool as 0/1) bind as 64-bit integers.
  template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  void bind(int index, T value) {
    bind_int64(index, static_cast<std::int64_t>(value));
  }
  void bind(int index, double value);
  /// Text is copied.
  void bind(int index, std::string_view value);
  void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
  void bind(int index, const char* value) { bind(index, std::string_view(value)); }
  /// NULL.
  void bind(int index);
  /// Text that is not copied: `value` must stay alive until the statement has run.
  void bind_view(int index, std::string_view value);

  template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  void bind(const char* name, T value) {
    bind_int64(index_of(name), static_cast<std::int64_t>(value));
  }
  void bind(const char* name, double value) { bind(index_of(name), value); }
  void bind(const char* name, std::string_view value) { bind(index_of(name), value); }
  void bind(const char* name, const std::string& value) { bind(index_of(name), value); }
  void bind(const char* name, const char* value) { bind(index_of(name), value); }
  void bind(const char* name) { bind(index_of(name)); }
  void bind_view(const char* name, std::string_view value) { bind_view(index_of(name), value); }
  /// A parameter named by a std::string.
  template <typename Name, typename... Value,
            std::enable_if_t<std::is_same_v<Name, std::string>, int> = 0>
  void bind(const Name& name, Value&&... value) {
    bind(name.c_str(), std::forward<Value>(value)...);
  }

  /// Runs the statement on the first call, then moves to the next row; false at the end.
  bool step();
  /// Runs a statement that returns no rows; the number of rows it changed.
  int exec();
  /// Ready to run again with new bindings (the old ones are kept until replaced).
  void reset();

  /// A column of the current row, 0-based.
  Column column(int index) const { return Column(*m_impl, index); }
  int column_count() const;

private:
  void bind_int64(int index, std::int64_t value);
  int index_of(const char* name) const;

  std::unique_ptr<store_detail::StatementImpl> m_impl;
};

} // namespace acctcore
