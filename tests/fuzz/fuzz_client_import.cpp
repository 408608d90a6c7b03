// The client CSV import (`acct client import`): a file as spreadsheets write it, in any encoding
// and with any separator, imported into a database that already holds two clients (so rows
// update as well as create), then rolled back. The first byte chooses the separator option
// (detect, ';', ',' or tab) and a dry run, as the command line would.
#include "client/import.hpp"
#include "fuzz.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

using namespace acctcore;

namespace {

constexpr std::string_view k_existing =
    "slug,name,short_name,form,country,inn,regime,employer,vat,contract_start,tags\n"
    "vektor,\"ООО \"\"Вектор\"\"\",Вектор,ooo,ru,7736207543,osno,25,20,2026-01-01,\"vip,msk\"\n"
    "kaspi,АО «Kaspi Bank»,Kaspi,ao,kz,971240001315,general,true,12,2026-01-01,\n";

ImportOptions options(std::uint8_t flags) {
  ImportOptions o;
  o.file_name = "clients.csv";
  constexpr char k_separators[] = {0, ';', ',', '\t'};
  o.separator = k_separators[flags & 3];
  o.dry_run = (flags & 4) != 0;
  o.from = Date{date::year{2026} / 4 / 20};
  return o;
}

std::int64_t clients(const Store& store) {
  return query_int64(store, "SELECT count(*) FROM client");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Store store = [] {
    Store s = Store::open_memory();
    WriteTransaction tx(s);
    import_clients(s, Actor{"fuzz", Timestamp{}}, k_existing, options(0));
    tx.commit();
    return s;
  }();
  if (size == 0)
    return 0;
  const std::int64_t before = clients(store);
  {
    WriteTransaction tx(store); // never committed: every input starts from the same two clients
    acctfuzz::refusing([&] {
      const ImportReport report = import_clients(
          store, Actor{"fuzz", Timestamp{}}, acctfuzz::text(data + 1, size - 1), options(data[0]));
      const auto created = static_cast<std::int64_t>(report.count(ImportAction::create));
      acctfuzz::require(clients(store) == before + (report.dry_run ? 0 : created),
                        "the import created as many clients as it reports");
    });
  }
  acctfuzz::require(clients(store) == before, "a rolled-back import leaves nothing");
  return 0;
}
