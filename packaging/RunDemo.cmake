# The README's main job, run by `cmake --workflow --preset demo` (build target `demo`):
#   1. fakeprint-lab synth demo: the demo clip with its ground truth, from held-out identities (deterministic);
#   2. fakeprint-cli analyze: default model -> case database;
#   3. fakeprint-cli report: PDF case report;
#   4. the verdicts compared with the clip's ground truth (fakeprint-lab truth).
# Variables: BIN_DIR (the executables), OUT_DIR (where everything is written).
cmake_minimum_required(VERSION 3.25)

foreach(var BIN_DIR OUT_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunDemo.cmake needs -D${var}=...")
    endif()
endforeach()

set(clip "${OUT_DIR}/demo.mp4")
set(truth "${OUT_DIR}/demo.truth.json")
set(db "${OUT_DIR}/demo.fpcase.db")
set(pdf "${OUT_DIR}/demo-report.pdf")
set(json "${OUT_DIR}/demo-analysis.json")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(REMOVE "${db}" "${db}-wal" "${db}-shm" "${pdf}" "${json}")

function(run_step what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "demo: ${what} failed (exit ${rc})")
    endif()
endfunction()

message(STATUS "demo: generating the demo clip (synthetic, held-out identities)")
run_step("generating the demo clip" "${BIN_DIR}/fakeprint-lab" synth demo -o "${OUT_DIR}")

message(STATUS "demo: analysing ${clip} with the bundled default model")
execute_process(COMMAND "${BIN_DIR}/fakeprint-cli" analyze "${clip}" --db "${db}" --case "Demo case" --json
                OUTPUT_FILE "${json}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "demo: analysis failed (exit ${rc})")
endif()
file(READ "${json}" analysis)
string(JSON analysis_id GET "${analysis}" analysis_id)

message(STATUS "demo: writing the PDF report")
run_step("writing the report" "${BIN_DIR}/fakeprint-cli" report --db "${db}" --analysis ${analysis_id} -o "${pdf}")
run_step("verifying the audit chain" "${BIN_DIR}/fakeprint-cli" audit verify --db "${db}")

# Verdicts against the ground truth, printed side by side; a disagreement is reported, not hidden.
execute_process(COMMAND "${BIN_DIR}/fakeprint-lab" truth --truth "${truth}" --db "${db}" --analysis ${analysis_id} RESULT_VARIABLE mismatch)
message("")
message("demo: case database ${db}")
message("demo: PDF report    ${pdf}")
message("demo: open it in the GUI: ${BIN_DIR}/fakeprint --db ${db} --analysis ${analysis_id}")
message("demo: the bundled model learned synthetic manipulations only; its verdicts are leads, not proof.")
if(NOT mismatch EQUAL 0)
    message(WARNING "demo: the bundled model's verdicts DIFFER from the clip's ground truth (table above). The model "
                    "is weak (see the limitations in models/fakeprint-default.json); the case database and the report "
                    "above record exactly what it said.")
else()
    message(STATUS "demo: every track's verdict agrees with the ground truth")
endif()
