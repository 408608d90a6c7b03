#include "helpers.hpp"
#include "util/text.hpp"
#include "util/translit.hpp"

using namespace acctcore;

TEST_CASE("case folding for matching: ASCII, Russian and Kazakh Cyrillic, ё as е") {
  CHECK(fold_case("ИНН") == "инн");
  CHECK(fold_case("Наименование Client") == "наименование client");
  CHECK(fold_case("Ёлка ёж") == "елка еж");
  CHECK(fold_case("ҚАЗАҚСТАН Әлем ҒҮҰӨҢҺІ") == "қазақстан әлем ғүұөңһі");
  CHECK(fold_case("日本 🙂 №") == "日本 🙂 №");
}

TEST_CASE("transliteration for identifiers") {
  CHECK(transliterate("Ромашка") == "romashka");
  CHECK(transliterate("Щукин Юрий Эдуардович") == "shchukin yuriy eduardovich");
  CHECK(transliterate("Хлебозавод Цех Чай Шар Жук") == "khlebozavod tsekh chay shar zhuk");
  CHECK(transliterate("Объявление Мельница Ёжик") == "obyavlenie melnitsa ezhik");
  CHECK(transliterate("Қазақ Әуе Ғарыш Өнер Ұлы Үй Һ І Ң") == "kazak aue garysh oner uly uy h i n");
  CHECK(transliterate("Alpha-1") == "alpha-1");
}

TEST_CASE("identifiers made from names") {
  CHECK(make_identifier("Ромашка", "client") == "romashka");
  CHECK(make_identifier("Рога и копыта", "client") == "roga-i-kopyta");
  CHECK(make_identifier("  «Вектор+»  ", "client") == "vektor");
  CHECK(make_identifier("1С-Сервис", "client") == "client-1s-servis");
  CHECK(make_identifier("!!!", "client") == "client");
  CHECK(make_identifier("Петров Иван Сергеевич", "p") == "petrov-ivan-sergeevich");
  const std::string long_name = make_identifier(
      "Научно-производственное объединение автоматизации бухгалтерского учёта", "client");
  CHECK(long_name == "nauchno-proizvodstvennoe-obedinenie");
  CHECK(long_name.size() <= 40);
}

TEST_CASE("unique identifiers get a number") {
  const std::vector<std::string> taken = {"romashka", "romashka-2"};
  const auto is_taken = [&](const std::string& s) {
    return std::find(taken.begin(), taken.end(), s) != taken.end();
  };
  CHECK(unique_identifier("vasilek", is_taken) == "vasilek");
  CHECK(unique_identifier("romashka", is_taken) == "romashka-3");
  const std::string forty(40, 'a');
  CHECK(unique_identifier(forty, [](const std::string& s) {
          return s.size() == 40 && s.back() == 'a';
        }) == std::string(38, 'a') + "-2");
}
