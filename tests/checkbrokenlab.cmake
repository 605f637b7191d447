# emroam --check on a lab a script broke: exit 1 and one line per problem.
# -DEMROAM=<emroam> -DSCRIPT=<script> -DDIR=<scratch lab folder>
file(REMOVE_RECURSE "${DIR}")
execute_process(COMMAND "${EMROAM}" --script "${SCRIPT}" --lab "${DIR}" RESULT_VARIABLE built OUTPUT_VARIABLE script_out ERROR_VARIABLE script_err)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "the script that breaks the lab failed (${built}): ${script_out} ${script_err}")
endif()
execute_process(COMMAND "${EMROAM}" --check --lab "${DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "emroam --check exited ${rc}, not 1: ${err}")
endif()
foreach(expected
    "Cluster3\talice\talice is not a member of Standard EM Roaming Across Clusters Super Users on Cluster3."
    "Cluster4\tcucm4-pub\tCisco Intercluster Lookup Service is not activated on the publisher cucm4-pub."
    "Cluster2\tSEPC20000000002\tPhone SEPC20000000002 has Extension Mobility enabled but does not subscribe to Extension Mobility.")
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "missing finding: ${expected}")
  endif()
endforeach()
string(REGEX MATCHALL "\n" lines "${out}")
list(LENGTH lines count)
if(NOT count EQUAL 3)
  message(FATAL_ERROR "expected 3 findings, got ${count}")
endif()
