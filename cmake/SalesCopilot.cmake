# Shared build settings for every Sales Copilot target.

# sc_target_defaults(TARGET): strict Qt defines, warnings (as errors), hardening in release builds.
function(sc_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_STRICT_ITERATORS)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(SC_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_options(${target} PRIVATE
        $<$<CONFIG:Release,RelWithDebInfo>:-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE>)
    target_link_options(${target} PRIVATE
        $<$<CONFIG:Release,RelWithDebInfo>:-Wl,-z,relro,-z,now -pie>)
endfunction()

# sc_add_test(NAME name SOURCES ... [LIBS ...] [ARGS ...] [ENV ...] [LABELS ...] [TIMEOUT s])
# One executable per area, registered with ctest.
function(sc_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;ARGS;ENV;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    sc_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        SC_SOURCE_DIR="${PROJECT_SOURCE_DIR}" SC_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${T_ARGS})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${T_ENV}" LABELS "${T_LABELS}")
endfunction()
