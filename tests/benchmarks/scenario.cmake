# Reading and writing scenario files (models/core/scenario).
fleetroi_add_benchmark(NAME bench_scenario_io SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_scenario_io.cpp LIBS fleetroi_core)
