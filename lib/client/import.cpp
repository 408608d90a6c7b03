#include "client/import.hpp"

#include "client/identifiers.hpp"
#include "client/reference.hpp"
#include "client/work_group.hpp"
#include "staff/staff.hpp"
#include "store/store.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"
#include "util/ident.hpp"
#include "util/text.hpp"
#include "util/translit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace acctcore {

namespace {

/// Header spellings of each field, compared after header_key. The field's own name counts too.
constexpr std::pair<std::string_view, std::string_view> k_headers[] = {
    {"slug", "код|код клиента|идентификатор"},
    {"name", "наименование|полное наименование|название|клиент|организация|company|client"},
    {"short_name", "short name|краткое наименование|сокращенное наименование|краткое название"},
    {"form", "форма|опф|организационно-правовая форма|legal form"},
    {"inn", "инн|бин|иин|бин/иин|инн/бин|tax id"},
    {"kpp", "кпп"},
    {"ogrn", "огрн|огрнип|огрн/огрнип"},
    {"country", "страна"},
    {"region", "регион|код региона"},
    {"timezone", "часовой пояс|time zone"},
    {"status", "статус"},
    {"contract_start", "contract start|начало договора|дата договора|дата начала"},
    {"contract_end", "contract end|окончание договора|дата окончания"},
    {"fee", "абонплата|абонентская плата|стоимость|стоимость в месяц|monthly fee"},
    {"tags", "теги|метки"},
    {"notes", "примечание|примечания|комментарий"},
    {"regime", "режим|налоговый режим|система налогообложения|сно"},
    {"employer", "сотрудники|работодатель|численность"},
    {"vat", "ндс"},
    {"vat-exempt", "vat_exempt|освобождение от ндс|освобождение по ст. 145"},
    {"vat-agent", "vat_agent|налоговый агент по ндс|агент по ндс"},
    {"property", "имущество"},
    {"transport", "транспорт"},
    {"land", "земля"},
    {"water-tax", "water_tax|водный налог"},
    {"trade-fee", "trade_fee|торговый сбор"},
    {"tourist-tax", "tourist_tax|туристический налог"},
    {"profit-advances", "profit_advances|авансы по прибыли"},
    {"property-base", "property_base|база налога на имущество"},
    {"rosstat", "росстат|формы росстата|статистика|статотчетность"},
    // The firm's work group (a staff handle or name). "Главный бухгалтер" alone is not one: in a
    // client list it is as often the client's own chief accountant.
    {"manager", "менеджер|ответственный менеджер|персональный менеджер"},
    {"accountant", "бухгалтер|ответственный бухгалтер|ведущий бухгалтер"},
    {"payroll", "кадровик|расчетчик|зарплата и кадры"},
    {"chief-accountant", "chief accountant"},
    {"operator", "operator"},
    {"lawyer", "lawyer"},
};

/// Columns that are never data: a row number.
constexpr std::string_view k_skipped_headers[] = {"№", "№ п/п", "#", "n", "no"};

constexpr std::string_view k_required[] = {"name", "inn"};

bool is_fact_field(std::string_view field) {
  return fact_key_rank(field) < std::size(k_fact_keys) || field.substr(0, 2) == "x-";
}

/// Case-folded, trimmed, inner runs of spaces collapsed: how headers are compared.
std::string header_key(std::string_view header) {
  std::string out;
  bool space = false;
  for (const char c : fold_case(trim(header))) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> field_names() {
  return {std::begin(k_import_fields), std::end(k_import_fields)};
}

/// What a column may hold: the exported fields and the work-group roles (imported, not exported:
/// `acct client show` has the work group).
std::vector<std::string> import_field_names() {
  std::vector<std::string> names = field_names();
  names.insert(names.end(), std::begin(k_staff_roles), std::end(k_staff_roles));
  return names;
}

bool is_import_field(std::string_view field) {
  return is_fact_field(field) || is_staff_role(field) ||
         std::find(std::begin(k_import_fields), std::end(k_import_fields), field) !=
             std::end(k_import_fields);
}

/// "--map" parsed: header key -> field ("" skips the column).
std::map<std::string, std::string> parse_column_map(std::string_view text) {
  std::map<std::string, std::string> map;
  if (trim(text).empty())
    return map;
  for (const auto& entry : split(text, ',')) {
    const size_t eq = entry.find('=');
    if (eq == std::string::npos || trim(std::string_view(entry).substr(0, eq)).empty())
      throw Error(ErrorKind::usage, trf("invalid --map entry '{}'", entry),
                  tr("write --map 'Header=field,Other header=field'; 'Header=' skips a column"));
    const std::string field(trim(std::string_view(entry).substr(eq + 1)));
    if (!field.empty() && !is_import_field(field)) {
      const auto names = import_field_names();
      throw Error(ErrorKind::usage, trf("unknown field '{}' in --map", field),
                  did_you_mean(field, names, trf("fields: {}", quoted_list(names, ", "))));
    }
    if (is_fact_field(field))
      require_fact_key(field);
    map[header_key(std::string_view(entry).substr(0, eq))] = field;
  }
  return map;
}

/// The field of each column ("" to skip it), or the headers nobody knows.
struct Columns {
  std::vector<std::string> fields;
  std::vector<std::string> unknown;
};

Columns resolve_columns(const std::vector<std::string>& header,
                        const std::map<std::string, std::string>& map) {
  Columns columns;
  for (const auto& cell : header) {
    const std::string key = header_key(cell);
    if (const auto it = map.find(key); it != map.end()) {
      columns.fields.push_back(it->second);
    } else if (key.empty() || std::find(std::begin(k_skipped_headers), std::end(k_skipped_headers),
                                        key) != std::end(k_skipped_headers)) {
      columns.fields.emplace_back();
    } else if (auto field = import_field_for_header(cell)) {
      columns.fields.push_back(*field);
    } else {
      columns.fields.emplace_back();
      columns.unknown.push_back(std::string(trim(cell)));
    }
  }
  return columns;
}

/// Checks the header; throws for unknown, duplicate or missing columns, suggesting another
/// separator when the header splits into known columns with it.
std::vector<std::string> check_header(std::string_view text, const CsvTable& table,
                                      const std::map<std::string, std::string>& map,
                                      const ImportOptions& options) {
  const std::string& file = options.file_name;
  const Columns columns = resolve_columns(table.records.front().fields, map);
  if (!columns.unknown.empty()) {
    for (const char other : k_csv_separators) {
      if (other == table.separator)
        continue;
      CsvTable retry;
      try {
        retry = parse_csv(text, file, other);
      } catch (const Error&) {
        continue; // not even CSV with this separator
      }
      const Columns alternative = resolve_columns(retry.records.front().fields, map);
      if (alternative.unknown.empty())
        throw Error(ErrorKind::invalid,
                    trf("the header of '{}' does not split into known columns with {}", file,
                        separator_name(table.separator)),
                    // TRANSLATORS: the separator's name, then what to type after --separator.
                    trf("the file seems to use {}: run with --separator {}", separator_name(other),
                        other == '\t' ? "tab" : fmt::format("'{}'", other)));
    }
    std::vector<std::string> mapping;
    for (const auto& header : columns.unknown)
      mapping.push_back(header + "=");
    throw Error(
        ErrorKind::invalid,
        trf("'{}' has columns acct does not know: {}", file, quoted_list(columns.unknown, ", ")),
        trf("map them to fields, or skip them: --map '{}' (fields: {})", join(mapping, ","),
            join(import_field_names(), ", ")));
  }
  for (size_t i = 0; i < columns.fields.size(); ++i)
    for (size_t j = i + 1; j < columns.fields.size(); ++j)
      if (!columns.fields[i].empty() && columns.fields[i] == columns.fields[j])
        throw Error(ErrorKind::invalid,
                    trf("columns '{}' and '{}' of '{}' are both '{}'",
                        trim(table.records.front().fields[i]),
                        trim(table.records.front().fields[j]), file, columns.fields[i]),
                    trf("skip one of them: --map '{}='", trim(table.records.front().fields[j])));
  for (const auto required : k_required)
    if (std::find(columns.fields.begin(), columns.fields.end(), required) == columns.fields.end())
      throw Error(ErrorKind::invalid, trf("'{}' has no '{}' column", file, required),
                  trf("name a column '{}' or '{}', or map one: --map 'Header={}'", required,
                      required == std::string_view("inn") ? "ИНН" : "Наименование", required));
  return columns.fields;
}

std::string normalize_id(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t')
      continue;
    if (text.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::vector<std::string> split_tags(std::string_view cell) {
  std::vector<std::string> tags;
  std::string current;
  for (const char c : cell) {
    if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty())
        tags.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty())
    tags.push_back(std::move(current));
  return tags;
}

/// One data row turned into what add_client and update_client take.
struct RowInput {
  std::map<std::string, std::string> cells; ///< field -> trimmed non-empty value
  ClientFields fields;
  std::vector<std::string> facts; ///< "key=value"

  const std::string* cell(std::string_view field) const {
    const auto it = cells.find(std::string(field));
    return it == cells.end() ? nullptr : &it->second;
  }
};

RowInput read_row(const std::vector<std::string>& columns, const CsvRecord& record) {
  RowInput row;
  for (size_t i = 0; i < columns.size(); ++i) {
    const std::string_view value = trim(record.fields[i]);
    if (!columns[i].empty() && !value.empty())
      row.cells[columns[i]] = std::string(value);
  }
  ClientFields& f = row.fields;
  const std::pair<const char*, std::optional<std::string>*> simple[] = {
      {"name", &f.name},
      {"short_name", &f.short_name},
      {"form", &f.form},
      {"country", &f.country},
      {"inn", &f.inn},
      {"kpp", &f.kpp},
      {"ogrn", &f.ogrn},
      {"region", &f.region},
      {"timezone", &f.timezone},
      {"status", &f.status},
      {"contract_start", &f.contract_start},
      {"contract_end", &f.contract_end},
      {"fee", &f.fee},
      {"notes", &f.notes},
  };
  for (const auto& [field, target] : simple)
    if (const auto* value = row.cell(field))
      *target = *value;
  // Dates as a Russian spreadsheet writes them, "01.02.2026", become ISO.
  for (const auto& [field, value] : {std::pair("contract_start", &f.contract_start),
                                     std::pair("contract_end", &f.contract_end)}) {
    if (!*value || parse_date(**value))
      continue;
    const auto day = parse_date_ru(**value);
    if (!day)
      throw Error(
          ErrorKind::invalid,
          trf("invalid date '{}' for {} (expected DD.MM.YYYY or YYYY-MM-DD)", **value, field));
    *value = format_date(*day);
  }
  if (const auto* tags = row.cell("tags"))
    f.tags = split_tags(*tags);
  for (const auto& [field, value] : row.cells)
    if (is_fact_field(field))
      row.facts.push_back(field + "=" + value);
  return row;
}

std::string client_key(std::string_view country, std::string_view inn) {
  return std::string(country) + ":" + std::string(inn);
}

/// Runs `body` inside a savepoint: released when `keep`, rolled back when not or when `body`
/// throws.
template <typename Body>
void in_savepoint(Store& store, const char* name, bool keep, Body&& body) {
  Savepoint savepoint(store, name);
  body();
  if (keep)
    savepoint.release();
}

} // namespace

std::optional<std::string> import_field_for_header(std::string_view header) {
  const std::string key = header_key(header);
  for (const auto& [field, headers] : k_headers) {
    if (key == field)
      return std::string(field);
    for (const auto& spelling : split(headers, '|'))
      if (key == header_key(spelling))
        return std::string(field);
  }
  if (key.substr(0, 2) == "x-") {
    try {
      require_fact_key(key);
      return key;
    } catch (const Error&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

size_t ImportReport::count(ImportAction action) const noexcept {
  return static_cast<size_t>(std::count_if(rows.begin(), rows.end(),
                                           [&](const ImportRow& r) { return r.action == action; }));
}

ImportReport import_clients(Store& store, const Actor& actor, std::string_view text,
                            const ImportOptions& options) {
  const auto map = parse_column_map(options.column_map);
  const CsvTable table = parse_csv(text, options.file_name, options.separator);
  if (table.records.empty())
    throw Error(ErrorKind::invalid, trf("'{}' is empty", options.file_name),
                tr("the first line must name the columns, e.g. Наименование;ИНН;КПП"));
  const std::vector<std::string> columns = check_header(text, table, map, options);

  ImportReport report;
  report.separator = table.separator;
  report.bom = table.bom;
  report.dry_run = options.dry_run;

  std::map<std::string, Client> by_slug;
  std::map<std::string, std::string> slug_by_id; // "country:inn" -> slug
  for (auto& client : load_clients(store, true)) {
    slug_by_id[client_key(client.country, client.inn)] = client.slug;
    std::string slug = client.slug;
    by_slug.emplace(std::move(slug), std::move(client));
  }
  // A work-group cell names a staff member by handle or by full name.
  const std::vector<StaffMember> staff = list_staff(store, StaffFilter{true, std::nullopt});
  const auto staff_handle = [&](const std::string& cell) {
    const std::string key = header_key(cell);
    const StaffMember* found = nullptr;
    for (const auto& member : staff) {
      if (member.handle == cell)
        return member.handle;
      if (header_key(member.name) == key) {
        if (found != nullptr)
          throw Error(
              ErrorKind::invalid,
              trf("'{}' is the name of both '{}' and '{}'", cell, found->handle, member.handle),
              tr("write the staff handle in the cell"));
        found = &member;
      }
    }
    if (found == nullptr)
      throw Error(ErrorKind::not_found, trf("no staff member '{}'", cell),
                  tr("a work-group cell holds a staff handle or full name ('acct staff list')"));
    return found->handle;
  };
  std::map<std::string, int> file_slugs; // slug -> line
  std::map<std::string, int> file_ids;   // "country:inn" -> line
  std::vector<std::string> problems;

  const auto import_row = [&](const CsvRecord& record) {
    if (record.fields.size() != columns.size())
      throw Error(ErrorKind::invalid,
                  trf("{} fields, but the header has {} (a separator inside a value "
                      "without quotes?)",
                      record.fields.size(), columns.size()));
    const RowInput row = read_row(columns, record);
    const std::string* name = row.cell("name");
    const std::string* inn_cell = row.cell("inn");
    if (name == nullptr)
      throw Error(ErrorKind::invalid, tr("no name"));
    if (inn_cell == nullptr)
      throw Error(ErrorKind::invalid, tr("no ИНН/БИН"));
    const std::string country =
        row.cell("country") ? *row.cell("country") : options.defaults.country;
    require_country(country);
    const std::string id_key = client_key(country, normalize_id(*inn_cell));
    if (const auto seen = file_ids.find(id_key); seen != file_ids.end())
      throw Error(ErrorKind::invalid, trf("{} {} is also on line {}", tax_id_label(country),
                                          normalize_id(*inn_cell), seen->second));
    file_ids[id_key] = record.line;

    // Match: the slug column when there is one, else the ИНН.
    const Client* existing = nullptr;
    const std::string* slug_cell = row.cell("slug");
    if (slug_cell != nullptr) {
      require_identifier("slug", *slug_cell);
      if (const auto seen = file_slugs.find(*slug_cell); seen != file_slugs.end())
        throw Error(ErrorKind::invalid,
                    trf("slug '{}' is also on line {}", *slug_cell, seen->second));
      if (const auto it = by_slug.find(*slug_cell); it != by_slug.end()) {
        existing = &it->second;
        if (client_key(existing->country, existing->inn) != id_key)
          throw Error(ErrorKind::conflict,
                      trf("client '{}' has {} {}, but this row has {}", existing->slug,
                          tax_id_label(existing->country), existing->inn, normalize_id(*inn_cell)));
      } else if (const auto other = slug_by_id.find(id_key); other != slug_by_id.end()) {
        throw Error(ErrorKind::conflict,
                    trf("{} {} is already client '{}', not '{}'", tax_id_label(country),
                        normalize_id(*inn_cell), other->second, *slug_cell));
      }
    } else if (const auto other = slug_by_id.find(id_key); other != slug_by_id.end()) {
      existing = &by_slug.at(other->second);
    }

    ImportRow result;
    result.line = record.line;
    std::vector<RoleAssignment> roles;
    for (const auto role : k_staff_roles)
      if (const auto* cell = row.cell(std::string(role)))
        roles.push_back({std::string(role), staff_handle(*cell)});
    // The work group from the day the row's facts are dated.
    const auto assign_roles = [&](const std::string& slug, Date from) {
      if (roles.empty())
        return false;
      const auto changes = assign_work_group(store, actor, slug, roles, from);
      for (const auto& change : changes)
        result.changes.push_back({change.role, json_or_null(change.from), json_or_null(change.to)});
      return !changes.empty();
    };

    if (existing != nullptr) {
      if (existing->archived())
        throw Error(ErrorKind::conflict, trf("client '{}' is archived", existing->slug),
                    trf("bring it back first with 'acct client restore {}'", existing->slug));
      if (row.cell("country") && *row.cell("country") != existing->country)
        throw Error(ErrorKind::invalid, trf("client '{}' is in '{}', not '{}'", existing->slug,
                                            existing->country, country));
      ClientFields fields = row.fields;
      fields.country.reset();
      fields.inn.reset();
      // Changes are dated --from, but never before the contract (which may start later).
      Date start = existing->contract_start;
      if (fields.contract_start)
        start = parse_date(*fields.contract_start).value_or(start);
      const ClientUpdate update = update_client(store, actor, *existing, fields, row.facts,
                                                std::max(options.from, start), options.defaults);
      result.slug = existing->slug;
      result.name = update.client.name;
      result.action = update.changed() ? ImportAction::update : ImportAction::unchanged;
      result.changes = update.fields;
      result.changes.insert(result.changes.end(), update.facts.begin(), update.facts.end());
      if (assign_roles(existing->slug, std::max(options.from, start)))
        result.action = ImportAction::update;
    } else {
      std::string slug;
      if (slug_cell != nullptr) {
        slug = *slug_cell;
      } else {
        // A slug from the short name, else from the name without its form: "romashka".
        std::string base_name = row.cell("short_name") ? *row.cell("short_name") : *name;
        if (!row.cell("short_name"))
          if (const auto split_name = split_form_prefix(country, *name))
            base_name = split_name->rest;
        slug = unique_identifier(
            make_identifier(base_name, "client"), [&](const std::string& candidate) {
              return by_slug.count(candidate) > 0 || file_slugs.count(candidate) > 0;
            });
      }
      ClientFields fields = row.fields;
      if (!fields.form) {
        const auto split_name = split_form_prefix(country, *name);
        if (!split_name)
          throw Error(ErrorKind::invalid,
                      trf("no legal form: the row has no 'form' and the name '{}' does "
                          "not start with one (ООО, ИП, ...)",
                          *name));
        fields.form = std::string(split_name->form->code);
      }
      const auto start = fields.contract_start ? parse_date(*fields.contract_start) : std::nullopt;
      const Client client = add_client(store, actor, slug, fields, row.facts,
                                       start.value_or(options.from), options.defaults);
      result.slug = client.slug;
      result.name = client.name;
      result.action = ImportAction::create;
      assign_roles(client.slug, client.contract_start);
    }
    file_slugs[result.slug] = record.line;
    report.rows.push_back(std::move(result));
  };

  // A dry run does all the work and rolls it back, so it reports exactly what would happen.
  Progress silent;
  Progress& progress = options.progress != nullptr ? *options.progress : silent;
  progress.stage(tr("importing clients"), static_cast<std::int64_t>(table.records.size() - 1));
  in_savepoint(store, "acct_import", !options.dry_run, [&] {
    for (size_t i = 1; i < table.records.size(); ++i) {
      const CsvRecord& record = table.records[i];
      progress.advance();
      if (record.blank())
        continue;
      try {
        in_savepoint(store, "acct_import_row", true, [&] { import_row(record); });
      } catch (const Error& e) {
        problems.push_back(trf("line {}: {}", record.line, e.what()));
      }
    }
    if (!problems.empty())
      throw Error(ErrorKind::invalid,
                  // TRANSLATORS: the file name, then the number of bad rows.
                  trnf("cannot import '{}': {} bad row; nothing was imported",
                       "cannot import '{}': {} bad rows; nothing was imported", problems.size(),
                       options.file_name, problems.size()),
                  tr("fix the rows and run again ('--dry-run' checks a file without importing it)"),
                  problems);
  });
  return report;
}

std::string export_clients_csv(const std::vector<Client>& clients, Date as_of, bool excel) {
  const char separator = excel ? ';' : ',';
  const std::string_view newline = excel ? "\r\n" : "\n";
  std::set<std::string> custom;
  for (const auto& client : clients)
    for (const auto& record : client.facts.records())
      if (fact_key_rank(record.key) == std::size(k_fact_keys))
        custom.insert(record.key);
  std::vector<std::string> header = field_names();
  header.insert(header.end(), custom.begin(), custom.end());
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += csv_record(header, separator, newline);
  for (const auto& c : clients) {
    const Facts facts = c.facts.facts_at(as_of);
    std::vector<std::string> row = {c.slug,
                                    c.name,
                                    c.short_name,
                                    c.form,
                                    c.inn,
                                    c.kpp,
                                    c.ogrn,
                                    c.country,
                                    c.region,
                                    c.timezone,
                                    c.latest_status().status,
                                    format_date(c.contract_start),
                                    c.contract_end ? format_date(*c.contract_end) : "",
                                    c.fee ? format_money(*c.fee) : "",
                                    join(c.tags, ","),
                                    c.notes};
    for (size_t i = row.size(); i < header.size(); ++i) {
      const auto it = facts.find(header[i]);
      row.push_back(it == facts.end() ? "" : format_fact_value(it->second));
    }
    out += csv_record(row, separator, newline);
  }
  return out;
}

} // namespace acctcore
