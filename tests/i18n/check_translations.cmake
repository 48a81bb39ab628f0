# Run by the translations_complete test (see CMakeLists.txt beside it).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts ${TS_FILES})
  get_filename_component(name "${ts}" NAME)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
    -P "${GENERATE_PROJECT}"
  RESULT_VARIABLE gen_rc)
if(NOT gen_rc EQUAL 0)
  message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_IN}")
endif()
execute_process(
  COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
    -ts ${copies}
  RESULT_VARIABLE lupdate_rc OUTPUT_VARIABLE lupdate_out ERROR_VARIABLE lupdate_out)
if(NOT lupdate_rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${lupdate_rc}):\n${lupdate_out}")
endif()
set(failed FALSE)
foreach(ts ${copies})
  execute_process(COMMAND "${PYTHON}" "${TS_FILL}" check "${ts}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    set(failed TRUE)
  endif()
endforeach()
# The English plural forms must be regenerated from the current sources' numerus messages.
list(GET copies 0 first_copy)
execute_process(COMMAND "${PYTHON}" "${TS_FILL}" en-plurals "${first_copy}" "${WORK_DIR}/en.ts"
  RESULT_VARIABLE en_rc)
file(READ "${WORK_DIR}/en.ts" en_now)
file(READ "${EN_TS}" en_committed)
if(NOT en_rc EQUAL 0 OR NOT en_now STREQUAL en_committed)
  set(failed TRUE)
  message("translations/fleetroi_en.ts (English plural forms) is out of date: run "
    "`cmake --build build --target update_en_plurals` after update_translations.")
endif()
string(REGEX MATCH "<numerusform>[^<]*\\(s\\)" en_unresolved "${en_committed}")
if(en_unresolved)
  set(failed TRUE)
  message("translations/fleetroi_en.ts keeps a \"(s)\": ${en_unresolved}")
endif()
if(failed)
  message(FATAL_ERROR "Some user-visible strings have no finished translation (listed above). "
    "Run `cmake --build build --target update_translations`, then translate them with "
    "tools/ts_fill.py list/fill.")
endif()
