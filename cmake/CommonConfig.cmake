# One INTERFACE target carries the language standard, warnings and the strict Qt
# defines for every FleetROI target (the qBittorrent CommonConfig habit).
add_library(fleetroi_common INTERFACE)
target_compile_features(fleetroi_common INTERFACE cxx_std_20)
target_compile_options(fleetroi_common INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor>
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local -Wno-psabi>)
target_compile_definitions(fleetroi_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  FLEETROI_VERSION="${PROJECT_VERSION}")

option(FLEETROI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(FLEETROI_SANITIZE)
  target_compile_options(fleetroi_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(fleetroi_common INTERFACE -fsanitize=address,undefined)
endif()

option(FLEETROI_FUZZ "Build the libFuzzer targets (clang only); every target gets coverage instrumentation" OFF)
if(FLEETROI_FUZZ)
  target_compile_options(fleetroi_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g)
  target_link_options(fleetroi_common INTERFACE -fsanitize=address,undefined)
endif()
