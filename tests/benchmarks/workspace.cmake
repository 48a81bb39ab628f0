# The workspace at scale: 1,000 scenarios x 20 revisions. Goals: list < 50 ms, open a
# scenario < 20 ms, save a revision < 20 ms.
fleetroi_add_benchmark(NAME bench_workspace
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_workspace.cpp
  LIBS fleetroi_storage)
