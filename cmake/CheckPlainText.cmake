# The plain-text check (ui/widgets/PlainText.h): what a user typed or a file brought is never shown as rich text,
# where "<a href=…>" becomes a link. Run by the test `plain_text` (tests/CMakeLists.txt):
#   cmake -DSOURCE_DIR=<checkout> -P cmake/CheckPlainText.cmake
# Over every .h/.cpp under ui/ and app/gui/ it refuses:
#   - `new QLabel(` (a QLabel guesses rich text; PlainLabel does not),
#   - a QMessageBox made anywhere but ui/widgets/MessageBox.cpp (MessageBox makes every box plain text),
#   - Qt::AutoText,
#   - Qt::RichText or setHtml( outside the files listed below, which escape every string they insert,
#   - setToolTip( with anything but tr(…) or plainToolTip(…), and a ToolTipRole in a file without plainToolTip,
#   - a QProgressDialog in a file that does not give it a PlainLabel (setPlainLabel).
# Prints each finding ("plain text: file:line: …") and fails; else a summary.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

# Files that build markup on purpose; each escapes every string it inserts (toHtmlEscaped).
set(markup_files
    ui/plans/wizard/FreezeWizardPage.cpp # the freeze summary: plan and item names escaped
    ui/plans/CeremonyView.cpp            # the request hash, grouped
    ui/shell/OverviewPage.cpp            # a section's coloured header
    ui/shell/AboutDialog.cpp             # version table; the data file's path escaped
    ui/results/ResultVersionDialog.cpp   # a result's versions side by side, every value escaped
)
# Shows HTML that core made (documents to print); core escapes every value (tests/plan/tst_drawdocuments).
# The user manual: the program's own chapters from its resources (docs/manual), no data in them.
set(core_markup_files ui/widgets/DocumentPrinter.cpp ui/help/Manual.cpp)

set(findings 0)
set(checked 0)
macro(finding file line text)
    message(STATUS "plain text: ${file}:${line}: ${text}")
    math(EXPR findings "${findings} + 1")
endmacro()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/app/gui/*.cpp" "${SOURCE_DIR}/app/gui/*.h")
foreach(source IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(READ "${SOURCE_DIR}/${source}" text)
    set(markup_allowed FALSE)
    if(source IN_LIST markup_files)
        set(markup_allowed TRUE)
        if(NOT text MATCHES "toHtmlEscaped")
            finding("${source}" 1 "builds markup but escapes nothing (toHtmlEscaped)")
        endif()
    elseif(source IN_LIST core_markup_files)
        set(markup_allowed TRUE)
    endif()
    set(file_has_plain_tooltip FALSE)
    if(text MATCHES "plainToolTip")
        set(file_has_plain_tooltip TRUE)
    endif()
    if(text MATCHES "QProgressDialog[ >(]" AND NOT text MATCHES "setPlainLabel\\(")
        finding("${source}" 1 "a QProgressDialog without setPlainLabel (its label guesses rich text)")
    endif()
    # Line by line; ';' would split CMake's list, so it is masked first.
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        string(REGEX REPLACE "//.*$" "" code "${line}") # comments may name what they avoid
        if(code MATCHES "new QLabel\\(")
            finding("${source}" ${number} "new QLabel: use PlainLabel (ui/widgets/PlainText.h)")
        endif()
        if(NOT source STREQUAL "ui/widgets/MessageBox.cpp"
           AND code MATCHES "QMessageBox::(information|warning|critical|question|about)\\(|QMessageBox [a-z]|QMessageBox>\\(|new QMessageBox")
            finding("${source}" ${number} "a QMessageBox outside MessageBox: use MessageBox (plain text)")
        endif()
        if(code MATCHES "Qt::AutoText")
            finding("${source}" ${number} "Qt::AutoText guesses rich text")
        endif()
        if(NOT markup_allowed AND code MATCHES "Qt::RichText|setHtml\\(")
            finding("${source}" ${number} "markup outside the files that escape (cmake/CheckPlainText.cmake)")
        endif()
        if(code MATCHES "setToolTip\\(" AND NOT code MATCHES "setToolTip\\((tr\\(|plainToolTip\\(|QString\\(\\)|$)")
            finding("${source}" ${number} "a tooltip of data: use plainToolTip (tooltips guess rich text)")
        endif()
        if(code MATCHES "Qt::ToolTipRole" AND NOT file_has_plain_tooltip)
            finding("${source}" ${number} "a ToolTipRole without plainToolTip (tooltips guess rich text)")
        endif()
    endforeach()
endforeach()
if(findings GREATER 0)
    message(FATAL_ERROR "${findings} place(s) may show user text as rich text (ui/widgets/PlainText.h)")
endif()
message(STATUS "plain text: ${checked} files under ui/ and app/gui/ show user text as plain text")
