#include "figures/zip_library.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <dlfcn.h>
#include <string>

namespace acctcore {

namespace {

template <typename F>
void bind(void* handle, F& function, const char* name, std::string& missing) {
  // POSIX guarantees that a data pointer from dlsym converts to a function pointer.
  function = reinterpret_cast<F>(::dlsym(handle, name));
  if (function == nullptr && missing.empty())
    missing = name;
}

ZipLibrary load() {
  void* handle = ::dlopen(k_libzip_soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    throw Error(ErrorKind::io,
                trf("cannot load {} to read XLSX files: {}", k_libzip_soname,
                    why != nullptr ? why : "unknown reason"),
                tr("install Debian's package libzip4, or save the sheet as CSV"));
  }
  ZipLibrary zip;
  std::string missing;
  bind(handle, zip.error_init, "zip_error_init", missing);
  bind(handle, zip.error_fini, "zip_error_fini", missing);
  bind(handle, zip.error_strerror, "zip_error_strerror", missing);
  bind(handle, zip.source_buffer_create, "zip_source_buffer_create", missing);
  bind(handle, zip.source_free, "zip_source_free", missing);
  bind(handle, zip.open_from_source, "zip_open_from_source", missing);
  bind(handle, zip.discard, "zip_discard", missing);
  bind(handle, zip.get_error, "zip_get_error", missing);
  bind(handle, zip.name_locate, "zip_name_locate", missing);
  bind(handle, zip.fopen_index, "zip_fopen_index", missing);
  bind(handle, zip.fread, "zip_fread", missing);
  bind(handle, zip.fclose, "zip_fclose", missing);
  bind(handle, zip.file_get_error, "zip_file_get_error", missing);
  if (!missing.empty())
    throw Error(
        ErrorKind::io,
        trf("{} has no function {}: not the libzip acct was built for", k_libzip_soname, missing),
        tr("install Debian's package libzip4, or save the sheet as CSV"));
  return zip; // the handle stays open for the life of the process
}

} // namespace

const ZipLibrary& zip_library() {
  static const ZipLibrary library = load();
  return library;
}

} // namespace acctcore
