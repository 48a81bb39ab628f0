# Big fleets in the main window: open + render every tab, edit latency and peak memory at
# 300 / 1,000 / 3,000 / 10,000 tranches (goals at 10,000: < 5 s, < 100 ms, < 250 MB).
fleetroi_add_benchmark(NAME bench_bigfleet
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_bigfleet.cpp ${CMAKE_CURRENT_SOURCE_DIR}/StressScenario.cpp
  LIBS fleetroi_ui)
