#include "figures/xlsx.hpp"

#include "figures/zip_library.hpp"
#include "util/error.hpp"
#include "util/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <expat.h>
#include <map>
#include <memory>
#include <optional>

namespace acctcore {

namespace {

/// A read-only ZIP archive over bytes in memory (which must outlive it).
class ZipArchive {
public:
  ZipArchive(std::string_view bytes, const std::string& file) : m_lib(zip_library()), m_file(file) {
    zip_error_t error;
    m_lib.error_init(&error);
    zip_source_t* source = m_lib.source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      m_zip = m_lib.open_from_source(source, ZIP_RDONLY, &error);
      if (m_zip == nullptr)
        m_lib.source_free(source);
    }
    if (m_zip == nullptr) {
      const std::string why = m_lib.error_strerror(&error);
      m_lib.error_fini(&error);
      throw Error(ErrorKind::invalid,
                  // TRANSLATORS: the file, then libzip's reason (English).
                  trf("'{}' is not a spreadsheet: it looks like a ZIP archive but cannot be "
                      "opened as one ({})",
                      file, why));
    }
    m_lib.error_fini(&error);
  }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive() { m_lib.discard(m_zip); }

  bool has(const std::string& name) const { return m_lib.name_locate(m_zip, name.c_str(), 0) >= 0; }

  /// The part `name` uncompressed, or nullopt when the archive has no such part.
  std::optional<std::string> read(const std::string& name, size_t limit) const {
    const zip_int64_t index = m_lib.name_locate(m_zip, name.c_str(), 0);
    if (index < 0)
      return std::nullopt;
    zip_file_t* part = m_lib.fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
    if (part == nullptr)
      throw broken(name, m_lib.error_strerror(m_lib.get_error(m_zip)));
    std::unique_ptr<zip_file_t, decltype(m_lib.fclose)> guard(part, m_lib.fclose);
    std::string text;
    char buffer[65536];
    for (;;) {
      const zip_int64_t n = m_lib.fread(part, buffer, sizeof buffer);
      if (n < 0)
        throw broken(name, m_lib.error_strerror(m_lib.file_get_error(part)));
      if (n == 0)
        break;
      text.append(buffer, static_cast<size_t>(n));
      if (text.size() > limit)
        throw Error(ErrorKind::invalid,
                    trf("'{}': part '{}' is larger than {} MiB uncompressed; not a sheet acct "
                        "reads",
                        m_file, name, limit / (1024 * 1024)));
    }
    return text;
  }

private:
  Error broken(const std::string& name, const std::string& why) const {
    return Error(ErrorKind::invalid,
                 trf("'{}': cannot read part '{}' of the workbook ({})", m_file, name, why));
  }

  const ZipLibrary& m_lib;
  zip_t* m_zip = nullptr;
  std::string m_file;
};

/// The local part of a possibly prefixed XML name: "x:row" -> "row".
std::string_view local_name(const char* name) {
  std::string_view n(name);
  const size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

/// The value of the attribute with local name `wanted`, or nullptr.
const char* attribute(const char** attributes, std::string_view wanted) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2)
    if (local_name(attributes[i]) == wanted)
      return attributes[i + 1];
  return nullptr;
}

/// Receives the events of one XML part.
class XmlHandler {
public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
};

void parse_xml(const std::string& xml, XmlHandler& handler, const std::string& file,
               const std::string& part) {
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreate("UTF-8"),
                                                                 XML_ParserFree);
  if (!parser)
    throw Error(ErrorKind::internal, "cannot create an XML parser");
  XML_SetUserData(parser.get(), &handler);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        static_cast<XmlHandler*>(data)->start(local_name(name), attributes);
      },
      [](void* data, const XML_Char* name) {
        static_cast<XmlHandler*>(data)->end(local_name(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* text, int length) {
    static_cast<XmlHandler*>(data)->text(std::string_view(text, static_cast<size_t>(length)));
  });
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) ==
      XML_STATUS_ERROR)
    throw Error(ErrorKind::invalid,
                // TRANSLATORS: the file, the part of the workbook, the line in the part, and
                // expat's reason (English).
                trf("'{}': part '{}' of the workbook is not well-formed XML (line {}: {})", file,
                    part, XML_GetCurrentLineNumber(parser.get()),
                    XML_ErrorString(XML_GetErrorCode(parser.get()))));
}

/// Relationships of a part: id -> target part name, and the first target of each type.
struct Relationships : XmlHandler {
  std::string base; ///< the folder targets are relative to: "xl/"
  std::map<std::string, std::string> by_id;
  std::vector<std::pair<std::string, std::string>> by_type; ///< type, target

  void start(std::string_view name, const char** attributes) override {
    if (name != "Relationship")
      return;
    const char* id = attribute(attributes, "Id");
    const char* type = attribute(attributes, "Type");
    const char* target = attribute(attributes, "Target");
    const char* mode = attribute(attributes, "TargetMode");
    if (target == nullptr || (mode != nullptr && std::string_view(mode) == "External"))
      return;
    const std::string path = resolve(target);
    if (id != nullptr)
      by_id[id] = path;
    if (type != nullptr)
      by_type.emplace_back(type, path);
  }
  void end(std::string_view) override {}

  std::string resolve(std::string_view target) const {
    if (!target.empty() && target[0] == '/')
      return std::string(target.substr(1));
    std::string path = base;
    while (target.substr(0, 3) == "../") {
      target.remove_prefix(3);
      const size_t slash = path.find_last_of('/', path.size() >= 2 ? path.size() - 2 : 0);
      path = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    }
    return path + std::string(target);
  }

  /// The target of the first relationship whose type ends with `suffix`, or "".
  std::string of_type(std::string_view suffix) const {
    for (const auto& [type, target] : by_type)
      if (type.size() >= suffix.size() &&
          type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0)
        return target;
    return {};
  }
};

struct SheetEntry {
  std::string name;
  std::string relationship;
};

struct Workbook : XmlHandler {
  std::vector<SheetEntry> sheets;
  void start(std::string_view name, const char** attributes) override {
    if (name != "sheet")
      return;
    const char* sheet_name = attribute(attributes, "name");
    const char* id = attribute(attributes, "id");
    sheets.push_back({sheet_name ? sheet_name : "", id ? id : ""});
  }
  void end(std::string_view) override {}
};

struct SharedStrings : XmlHandler {
  std::vector<std::string> strings;
  std::string current;
  bool in_item = false, in_text = false;
  int phonetic = 0; ///< inside <rPh>: a reading aid, not part of the text

  void start(std::string_view name, const char**) override {
    if (name == "si") {
      in_item = true;
      current.clear();
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_item && phonetic == 0) {
      in_text = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") {
      strings.push_back(std::move(current));
      current.clear();
      in_item = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "t") {
      in_text = false;
    }
  }
  void text(std::string_view t) override {
    if (in_text)
      current.append(t);
  }
};

/// "B12" -> column 1; -1 when it is not a cell reference.
int column_of_reference(std::string_view reference) {
  size_t letters = 0;
  while (letters < reference.size() && reference[letters] >= 'A' && reference[letters] <= 'Z')
    ++letters;
  return parse_column_letters(reference.substr(0, letters));
}

/// "B12" -> 12; 0 when there is no row number.
int row_of_reference(std::string_view reference) {
  size_t at = 0;
  while (at < reference.size() && reference[at] >= 'A' && reference[at] <= 'Z')
    ++at;
  int row = 0;
  const auto [end, ec] =
      std::from_chars(reference.data() + at, reference.data() + reference.size(), row);
  return ec == std::errc() && end == reference.data() + reference.size() ? row : 0;
}

struct Worksheet : XmlHandler {
  Worksheet(Grid& grid_, const std::vector<std::string>& strings_, const XlsxLimits& limits_,
            const std::string& file_, const std::string& part_)
      : grid(grid_), strings(strings_), limits(limits_), file(file_), part(part_) {}

  Grid& grid;
  const std::vector<std::string>& strings;
  const XlsxLimits& limits;
  const std::string& file;
  const std::string& part;
  bool too_large = false;

  int row_number = 0;
  int column = -1;
  std::string type;
  std::string value;
  bool in_value = false, in_inline = false, in_text = false;
  int phonetic = 0;
  bool in_row = false;

  void start(std::string_view name, const char** attributes) override {
    if (name == "row") {
      const char* r = attribute(attributes, "r");
      int number = 0;
      if (r != nullptr)
        std::from_chars(r, r + std::char_traits<char>::length(r), number);
      row_number = number > 0 ? number : row_number + 1;
      column = -1;
      in_row = true;
    } else if (name == "c" && in_row) {
      const char* r = attribute(attributes, "r");
      const int at = r != nullptr ? column_of_reference(r) : -1;
      column = at >= 0 ? at : column + 1;
      const char* t = attribute(attributes, "t");
      type = t != nullptr ? t : "n";
      value.clear();
    } else if (name == "v") {
      in_value = true;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_inline && phonetic == 0) {
      in_text = true;
    } else if (name == "mergeCell") {
      const char* ref = attribute(attributes, "ref");
      if (ref == nullptr)
        return;
      const std::string_view range(ref);
      const size_t colon = range.find(':');
      if (colon == std::string_view::npos)
        return;
      const auto first = range.substr(0, colon), last = range.substr(colon + 1);
      CellRange merged{row_of_reference(first), row_of_reference(last), column_of_reference(first),
                       column_of_reference(last)};
      if (merged.first_row > 0 && merged.last_row >= merged.first_row && merged.first_column >= 0 &&
          merged.last_column >= merged.first_column)
        grid.merged.push_back(merged);
    }
  }

  void end(std::string_view name) override {
    if (name == "v") {
      in_value = false;
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "t") {
      in_text = false;
    } else if (name == "row") {
      in_row = false;
    } else if (name == "c" && in_row) {
      store_cell();
    }
  }

  void text(std::string_view t) override {
    if (in_value || in_text)
      value.append(t);
  }

  void store_cell() {
    GridCell cell;
    if (type == "s") {
      size_t index = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (ec != std::errc() || end != value.data() + value.size() || index >= strings.size())
        throw Error(ErrorKind::invalid,
                    trf("'{}': sheet '{}', cell {}{} refers to shared string '{}', which the "
                        "workbook does not have",
                        file, grid.sheet, column_letters(column), row_number, value));
      cell.text = strings[index];
    } else {
      cell.text = std::move(value);
      cell.numeric = type == "n";
    }
    value.clear();
    if (cell.text.empty() || column >= limits.columns || too_large)
      return;
    if (grid.rows.empty() || grid.rows.back().number != row_number) {
      if (static_cast<int>(grid.rows.size()) >= limits.rows) {
        too_large = true;
        return;
      }
      grid.rows.push_back({row_number, {}});
    }
    auto& cells = grid.rows.back().cells;
    if (cells.size() <= static_cast<size_t>(column))
      cells.resize(static_cast<size_t>(column) + 1);
    cells[static_cast<size_t>(column)] = std::move(cell);
  }
};

Error not_a_workbook(const std::string& file, const std::string& why) {
  // TRANSLATORS: the file, then what is missing or what the archive is instead.
  return Error(ErrorKind::invalid,
               trf("'{}' is a ZIP archive but not an XLSX workbook: {}", file, why),
               tr("save the sheet from 1С or the spreadsheet as Excel (.xlsx) or CSV"));
}

} // namespace

std::vector<Grid> read_xlsx(std::string_view bytes, const std::string& file,
                            const XlsxLimits& limits) {
  ZipArchive zip(bytes, file);
  if (auto mimetype = zip.read("mimetype", 4096))
    throw not_a_workbook(file, trf("it is an OpenDocument file ({})", *mimetype));
  // The package's relationships name the main part; xl/workbook.xml is where every writer puts it.
  std::string workbook_part = "xl/workbook.xml";
  if (auto root = zip.read("_rels/.rels", limits.part_bytes)) {
    Relationships rels;
    parse_xml(*root, rels, file, "_rels/.rels");
    const auto main = rels.of_type("/officeDocument");
    if (!main.empty())
      workbook_part = main;
  }
  const auto workbook_xml = zip.read(workbook_part, limits.part_bytes);
  if (!workbook_xml) {
    if (zip.has("word/document.xml"))
      throw not_a_workbook(file, tr("it is a Word document"));
    throw not_a_workbook(file, trf("it has no part '{}'", workbook_part));
  }
  if (workbook_part.size() < 12 ||
      workbook_part.compare(workbook_part.size() - 12, 12, "workbook.xml") != 0)
    throw not_a_workbook(file, trf("its main part is '{}', not a workbook", workbook_part));
  Workbook workbook;
  parse_xml(*workbook_xml, workbook, file, workbook_part);

  const size_t slash = workbook_part.rfind('/');
  Relationships rels;
  rels.base = slash == std::string::npos ? "" : workbook_part.substr(0, slash + 1);
  const std::string rels_part =
      rels.base + "_rels/" + workbook_part.substr(rels.base.size()) + ".rels";
  if (auto text = zip.read(rels_part, limits.part_bytes))
    parse_xml(*text, rels, file, rels_part);

  SharedStrings shared;
  std::string strings_part = rels.of_type("/sharedStrings");
  if (strings_part.empty())
    strings_part = rels.base + "sharedStrings.xml";
  if (auto text = zip.read(strings_part, limits.part_bytes))
    parse_xml(*text, shared, file, strings_part);

  std::vector<Grid> grids;
  for (size_t i = 0; i < workbook.sheets.size(); ++i) {
    const auto& entry = workbook.sheets[i];
    auto found = rels.by_id.find(entry.relationship);
    std::string part = found != rels.by_id.end()
                           ? found->second
                           : fmt::format("{}worksheets/sheet{}.xml", rels.base, i + 1);
    auto xml = zip.read(part, limits.part_bytes);
    if (!xml)
      continue; // a chart sheet or a dialog sheet: no cells
    Grid grid;
    grid.file = file;
    grid.sheet = entry.name;
    Worksheet sheet(grid, shared.strings, limits, file, part);
    parse_xml(*xml, sheet, file, part);
    if (sheet.too_large)
      grid.rows.clear();
    // Writers put rows in order; a file that does not is read as if it had.
    std::stable_sort(grid.rows.begin(), grid.rows.end(),
                     [](const GridRow& a, const GridRow& b) { return a.number < b.number; });
    grids.push_back(std::move(grid));
  }
  if (workbook.sheets.empty())
    throw not_a_workbook(file, tr("its workbook lists no sheets"));
  return grids;
}

} // namespace acctcore
