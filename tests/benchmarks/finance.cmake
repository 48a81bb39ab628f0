# Finance-function library (models/core/finance): IRR, XIRR, VDB schedule, all-roots search.
fleetroi_add_benchmark(NAME bench_finance SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_finance.cpp LIBS fleetroi_core)
