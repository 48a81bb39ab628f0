fleetroi_add_benchmark(NAME bench_montecarlo SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_montecarlo.cpp
                       ${CMAKE_CURRENT_SOURCE_DIR}/StressScenario.cpp LIBS fleetroi_core)
# The whole-process figures of issue 15: `fleetroi montecarlo` and the numpy peer started as
# processes (wall time and the child's CPU time).
target_compile_definitions(bench_montecarlo PRIVATE FLEETROI_APP_PATH="$<TARGET_FILE:fleetroi>"
                           FLEETROI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(bench_montecarlo fleetroi)
