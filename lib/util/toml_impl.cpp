// The one translation unit that compiles toml++'s implementation into libacctcore, so that the
// binary does not load libtomlplusplus.so at start-up (see CMakeLists.txt).
#define TOML_IMPLEMENTATION
#include "util/toml.hpp"
