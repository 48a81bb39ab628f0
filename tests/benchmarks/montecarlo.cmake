fleetroi_add_benchmark(NAME bench_montecarlo SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_montecarlo.cpp
                       ${CMAKE_CURRENT_SOURCE_DIR}/StressScenario.cpp LIBS fleetroi_core)
