#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace acctcli {

/// An option whose absence means "leave alone" and whose empty value means "clear".
inline CLI::Option* add_optional(CLI::App* app, const std::string& name,
                                 std::optional<std::string>& target, const std::string& description,
                                 const std::string& type_name = "TEXT") {
  return app
      ->add_option_function<std::string>(
          name, [&target](const std::string& value) { target = value; }, description)
      ->type_name(type_name);
}

} // namespace acctcli
