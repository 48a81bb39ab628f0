fleetroi_add_benchmark(NAME bench_engine SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_engine.cpp
                       ${CMAKE_CURRENT_SOURCE_DIR}/StressScenario.cpp LIBS fleetroi_core)
