# Man pages and bash completion made from the program's own help (CLI11), so they never
# disagree with it. Run at build time:
#   cmake -DPROGRAM=path/to/geotimeline -DOUT_DIR=dir -DVERSION=x.y.z -P ManPages.cmake
# Writes OUT_DIR/man1/geotimeline.1, OUT_DIR/man1/geotimeline-COMMAND.1 for every command,
# and OUT_DIR/completions/geotimeline (bash).

function(help_of out)
  execute_process(COMMAND ${PROGRAM} ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${ARGN} failed (${rc})")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as roff: backslashes, minus signs, and a line start roff would read as a request.
function(roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(top --help)
string(REGEX MATCH "^[^\n]*" summary "${top}")
string(REGEX REPLACE "^geotimeline: " "" summary "${summary}")
string(REGEX REPLACE ".*\nSubcommands:\n" "" command_block "${top}")
string(REGEX REPLACE "\n\n.*" "" command_block "${command_block}")
string(REPLACE "\n" ";" command_lines "${command_block}")

file(MAKE_DIRECTORY ${OUT_DIR}/man1 ${OUT_DIR}/completions)
set(header_date "")
set(index "")
set(see_also "")
set(commands "")
set(cases "")
foreach(line IN LISTS command_lines)
  if(NOT line MATCHES "^  ([a-z]+) +(.*)$")
    continue()
  endif()
  set(cmd ${CMAKE_MATCH_1})
  roff(description "${CMAKE_MATCH_2}")
  list(APPEND commands ${cmd})
  help_of(help help ${cmd})
  # The help: description, usage, then positionals, options and the footer.
  string(REGEX MATCH "Usage: [^\n]*" usage "${help}")
  string(REGEX REPLACE "^Usage: geotimeline ${cmd} " "" usage "${usage}")
  string(FIND "${help}" "Usage: " at)
  string(SUBSTRING "${help}" ${at} -1 body)
  string(FIND "${body}" "\n" at)
  math(EXPR at "${at} + 1")
  string(SUBSTRING "${body}" ${at} -1 body)
  string(STRIP "${body}" body)
  string(APPEND body "\n")
  roff(body "${body}")
  roff(usage "${usage}")
  string(TOUPPER ${cmd} upper)
  file(WRITE ${OUT_DIR}/man1/geotimeline-${cmd}.1
    ".TH GEOTIMELINE\\-${upper} 1 \"\" \"geotimeline ${VERSION}\" \"User Commands\"\n"
    ".SH NAME\ngeotimeline\\-${cmd} \\- ${description}\n"
    ".SH SYNOPSIS\n.B geotimeline ${cmd}\n${usage}\n"
    ".SH DESCRIPTION\n${description}.\n"
    ".SH OPTIONS\n.nf\n${body}.fi\n"
    ".SH SEE ALSO\n.BR geotimeline (1)\n")
  string(APPEND index ".TP\n.B ${cmd}\n${description}; see\n.BR geotimeline\\-${cmd} (1).\n")
  string(APPEND see_also ".BR geotimeline\\-${cmd} (1),\n")
  # Every option of the command, for completion.
  set(options "")
  string(REPLACE "\n" ";" help_lines "${help}")
  foreach(help_line IN LISTS help_lines)
    if(help_line MATCHES "^  (-[^ ]+)")
      string(REPLACE "," ";" names "${CMAKE_MATCH_1}")
      list(APPEND options ${names})
    endif()
  endforeach()
  list(JOIN options " " options)
  string(APPEND cases "    ${cmd}) words=\"${options}\" ;;\n")
endforeach()

roff(summary_roff "${summary}")
file(WRITE ${OUT_DIR}/man1/geotimeline.1
  ".TH GEOTIMELINE 1 \"\" \"geotimeline ${VERSION}\" \"User Commands\"\n"
  ".SH NAME\ngeotimeline \\- ${summary_roff}\n"
  ".SH SYNOPSIS\n.B geotimeline\n.I COMMAND\n[OPTIONS]\n.br\n.B geotimeline help\n.I COMMAND\n"
  ".SH COMMANDS\n${index}"
  ".SH EXIT STATUS\n0 done; 1 a runtime failure; 2 bad input, reported with file:line:column "
  "and a hint.\n"
  ".SH ENVIRONMENT\n.TP\n.B GEOTIMELINE_CACHE\nWhere basemap layers are kept between runs; "
  "\\(aqoff\\(aq or empty: nowhere.\n"
  ".SH SEE ALSO\n${see_also}")

list(JOIN commands " " command_words)
file(WRITE ${OUT_DIR}/completions/geotimeline
  "# bash completion for geotimeline, made from its help\n"
  "_geotimeline() {\n"
  "  local cur=\${COMP_WORDS[COMP_CWORD]} words\n"
  "  if (( COMP_CWORD == 1 )); then\n"
  "    COMPREPLY=($(compgen -W \"${command_words} help --help --version\" -- \"$cur\"))\n"
  "    return\n"
  "  fi\n"
  "  case \${COMP_WORDS[1]} in\n"
  "    help) (( COMP_CWORD == 2 )) && COMPREPLY=($(compgen -W \"${command_words}\" -- \"$cur\")); return ;;\n"
  "${cases}"
  "    *) return ;;\n"
  "  esac\n"
  "  if [[ $cur == -* ]]; then\n"
  "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
  "  else\n"
  "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
  "  fi\n"
  "}\n"
  "complete -o filenames -F _geotimeline geotimeline\n")
