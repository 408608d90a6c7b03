#include "helpers.hpp"
#include "util/json.hpp"
#include "util/json_line.hpp"

using namespace acctcore;

namespace {

std::string library_dump(const std::string& text) {
  return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string ours(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

} // namespace

TEST_CASE("json line: strings are escaped byte for byte as the JSON library does") {
  std::string every_control;
  for (int c = 0; c < 0x20; ++c)
    every_control += static_cast<char>(c);
  for (const std::string& text :
       {std::string(), std::string("plain"), std::string("ООО «Вектор» — НДС"),
        std::string("quote \" backslash \\ slash / tab\tnl\n"), every_control,
        std::string("\x7f del"), std::string("emoji 🧾"), std::string("bad \xff\xfe byte"),
        std::string("cut \xd0"), std::string("nul \0 inside", 13)})
    CHECK(ours(text) == library_dump(text));
}

TEST_CASE("json line: objects, nesting, numbers and null") {
  std::string out;
  JsonLine j(out);
  j.begin_object().field("id", std::int64_t{42}).field("n", -7).key("none").null();
  j.key("to").begin_object().field("name", "Иванова").field("email", "").end_object();
  j.field("after", "x").end_object();
  CHECK(out == R"({"id":42,"n":-7,"none":null,"to":{"name":"Иванова","email":""},"after":"x"})");
  CHECK(Json::parse(out)["to"]["name"] == "Иванова");
}
