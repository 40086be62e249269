#!/usr/bin/env bash
# The portability gate (issue 20): what would stop the Windows build or its tests, found in seconds without a
# build. Run as the first stage of .ci/run and by the tests `portability` / `portability_refuse`:
#   scripts/check-portability.sh [SOURCE_DIR]      (default: this checkout)
# Prints each finding as file:line: what, and fails when there is one; else a one-line summary.
#
# It checks, in core/, ui/, app/, tools/ and tests/ (not tests/data/, the fixtures; not bench/ or fuzz/, which the
# Windows build does not build):
#  1. POSIX headers (unistd.h, sys/…, pwd.h, fcntl.h, dlfcn.h …) and calls (geteuid, getuid, usleep, sleep, fork,
#     getpwuid, kill, symlink …; QFile::link / QFile::symLink, which make a .lnk shortcut on Windows) outside
#     core/base/Platform.* and outside a block that excludes Windows: #ifndef Q_OS_WIN, #if !defined(Q_OS_WIN),
#     the #else of #ifdef Q_OS_WIN, #ifdef Q_OS_UNIX / Q_OS_LINUX / Q_OS_MACOS (and _WIN32 spelt the same ways).
#  2. Tests that run an outside program (a string literal "pdfinfo", "pdftotext", "pdftoppm", "soffice",
#     "libreoffice", "chromium", "sqlite3", "xvfb-run", or a support helper that starts one: LibreOffice::convert,
#     chromiumDom, browserExecutable) without SHUANGSUI_REQUIRE_PROGRAM (tests/support/ExternalTools.h), which skips
#     the test when the program is missing (fails it when SHUANGSUI_REQUIRE_ALL_TOOLS=1, as in .ci/run).
#  3. MSVC options (a word starting with "/") in add_compile_options / target_compile_options of any CMakeLists.txt
#     or cmake/*.cmake that are not wrapped in $<$<COMPILE_LANGUAGE:CXX>:…> (else they reach rc.exe under Ninja).
# Limits (a simple line scanner, not a compiler):
#  - Preprocessor blocks are followed line by line (#if/#ifdef/#ifndef/#elif/#else/#endif); any other condition
#    (#if defined(Q_OS_WIN) || defined(X), macros that expand to Q_OS_…) counts as "may be Windows". A POSIX call in
#    an #ifdef Q_OS_WIN branch is refused, as it should be.
#  - Comments (// and /* */ spanning lines) and string literals are skipped for rules 1; a call through a macro,
#    a function pointer or a qualified name (::usleep, QThread::usleep — Qt's, portable) is not seen.
#  - Rule 2 is per file: one SHUANGSUI_REQUIRE_PROGRAM anywhere in the file satisfies it, and only the helpers
#    named above are known; a new support helper that starts a program must be added to HELPERS below.
#  - Rule 3 reads each command up to its closing parenthesis; options set through variables are not seen.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
# It runs first in .ci/run, before anything is installed: a bare Debian may lack python3.
command -v python3 >/dev/null || "$(dirname "$0")/setup-debian.sh" python3
exec python3 - "$root" <<'PYTHON'
import os, re, sys

root = sys.argv[1]
findings = []
scanned = 0

POSIX_HEADERS = re.compile(
    r'#\s*include\s*[<"](unistd\.h|pwd\.h|grp\.h|fcntl\.h|dlfcn\.h|dirent\.h|termios\.h|poll\.h|syslog\.h|'
    r'spawn\.h|pthread\.h|sys/[^>"]+|netinet/[^>"]+|arpa/[^>"]+)[>"]')
POSIX_CALLS = re.compile(
    r'(?<![\w:.>])(geteuid|getuid|getegid|getgid|getpwuid|getpwnam|getpid|usleep|sleep|nanosleep|fork|vfork|'
    r'execv|execvp|execl|execlp|kill|symlink|readlink|chown|mkfifo|dlopen|dlsym|setenv|unsetenv)\s*\(')
QT_LINKS = re.compile(r'\bQFile::(link|symLink)\b')
WIN = r'(?:Q_OS_WIN(?:32|64)?|_WIN32|_WIN64)'
NONWIN = r'(?:Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN|Q_OS_BSD4)'
PROGRAMS = ['pdfinfo', 'pdftotext', 'pdftoppm', 'soffice', 'libreoffice', 'chromium', 'chromium-browser',
            'sqlite3', 'xvfb-run']
PROGRAM_LITERAL = re.compile(r'"(' + '|'.join(re.escape(p) for p in PROGRAMS) + r')"')
HELPERS = re.compile(r'\b(LibreOffice::convert|chromiumDom|browserExecutable)\s*\(')
STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')


def rel(path):
    return os.path.relpath(path, root).replace(os.sep, '/')


def branch_of(directive, condition):
    """For #if/#ifdef/#ifndef/#elif: True (excludes Windows), False (is Windows), None (unknown)."""
    c = condition.strip()
    if directive == 'ifdef':
        return False if re.fullmatch(WIN, c) else (True if re.fullmatch(NONWIN, c) else None)
    if directive == 'ifndef':
        return True if re.fullmatch(WIN, c) else None
    c = re.sub(r'\s+', '', c)
    if re.fullmatch(r'!defined\(?' + WIN + r'\)?', c):
        return True
    if re.fullmatch(r'defined\(?' + WIN + r'\)?', c):
        return False
    if re.fullmatch(r'defined\(?' + NONWIN + r'\)?', c):
        return True
    return None


def code_lines(text):
    """(line number, code without comments, code without comments and strings, preprocessor?) per line."""
    in_block = False
    for number, line in enumerate(text.split('\n'), 1):
        out = ''
        i = 0
        while i < len(line):
            if in_block:
                end = line.find('*/', i)
                if end < 0:
                    i = len(line)
                else:
                    in_block = False
                    i = end + 2
                continue
            m = STRING.match(line, i)
            if m:
                out += m.group(0)
                i = m.end()
            elif line.startswith('//', i):
                break
            elif line.startswith('/*', i):
                in_block = True
                i += 2
            else:
                out += line[i]
                i += 1
        yield number, out, STRING.sub('""', out)


def check_posix(path, text):
    name = rel(path)
    if re.fullmatch(r'core/base/Platform\.(h|cpp)', name):
        return
    stack = []  # per open #if: [this branch excludes Windows?, some earlier branch was known]
    for number, code, bare in code_lines(text):
        m = re.match(r'\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b(.*)', code)
        if m:
            directive, condition = m.group(1), m.group(2)
            if directive in ('ifdef', 'ifndef', 'if'):
                b = branch_of(directive, condition)
                stack.append([b is True, b])
            elif directive == 'elif' and stack:
                b = branch_of('if', condition)
                stack[-1] = [b is True, stack[-1][1] if b is None else b]
            elif directive == 'else' and stack:
                # The #else of a Windows test excludes Windows; of a non-Windows test it is Windows.
                known = stack[-1][1]
                stack[-1] = [known is False, None if known is None else not known]
            elif directive == 'endif' and stack:
                stack.pop()
            continue
        if any(frame[0] for frame in stack):
            continue
        h = POSIX_HEADERS.search(code)
        if h:
            findings.append(f'{name}:{number}: POSIX header <{h.group(1)}> outside core/base/Platform.* and '
                            f'outside a Q_OS_ guard that excludes Windows')
            continue
        for pattern, what in ((POSIX_CALLS, 'POSIX call'), (QT_LINKS, 'QFile link (a .lnk shortcut on Windows)')):
            c = pattern.search(bare)
            if c:
                findings.append(f'{name}:{number}: {what} {c.group(0).rstrip("( ")} outside core/base/Platform.* '
                                f'and outside a Q_OS_ guard that excludes Windows')


def check_programs(path, text):
    name = rel(path)
    if name.startswith('tests/support/'):
        return
    first = None
    for number, code, bare in code_lines(text):
        m = PROGRAM_LITERAL.search(code) or HELPERS.search(bare)
        if m:
            first = (number, m.group(1))
            break
    if first and 'SHUANGSUI_REQUIRE_PROGRAM(' not in text:
        findings.append(f'{name}:{first[0]}: runs {first[1]} without SHUANGSUI_REQUIRE_PROGRAM '
                        f'(tests/support/ExternalTools.h: skipped when missing, required in CI)')


def check_cmake(path, text):
    name = rel(path)
    for m in re.finditer(r'\b(add_compile_options|target_compile_options)\s*\(', text, re.IGNORECASE):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {'(': 1, ')': -1}.get(text[i], 0)
            i += 1
        arguments = text[m.end():i - 1]
        # Drop the language-wrapped parts, then look for MSVC options left.
        unwrapped = re.sub(r'\$<\$<COMPILE_LANGUAGE:CXX>:[^>]*>', '', arguments)
        option = re.search(r'(?<![\w$<>:{}-])/[A-Za-z][\w:.+-]*', unwrapped)
        if option:
            number = text.count('\n', 0, m.start()) + 1
            findings.append(f'{name}:{number}: MSVC option {option.group(0)} in {m.group(1)} without '
                            f'$<$<COMPILE_LANGUAGE:CXX>:…> (it reaches rc.exe under Ninja)')


for folder in ('core', 'ui', 'app', 'tools', 'tests'):
    for directory, subdirs, files in os.walk(os.path.join(root, folder)):
        subdirs.sort()
        if rel(directory) == 'tests/data':
            subdirs[:] = []
            continue
        for f in sorted(files):
            path = os.path.join(directory, f)
            if f.endswith(('.cpp', '.h')):
                with open(path, encoding='utf-8', errors='replace') as handle:
                    text = handle.read()
                scanned += 1
                check_posix(path, text)
                if folder == 'tests':
                    check_programs(path, text)
            elif f == 'CMakeLists.txt':
                with open(path, encoding='utf-8', errors='replace') as handle:
                    check_cmake(path, handle.read())
cmake_files = [os.path.join(root, 'CMakeLists.txt')]
if os.path.isdir(os.path.join(root, 'cmake')):
    cmake_files += [os.path.join(root, 'cmake', f) for f in sorted(os.listdir(os.path.join(root, 'cmake')))
                    if f.endswith('.cmake')]
for path in cmake_files:
    if os.path.isfile(path):
        with open(path, encoding='utf-8', errors='replace') as handle:
            check_cmake(path, handle.read())

for line in findings:
    print(line)
if findings:
    print(f'portability: {len(findings)} problem(s) in {scanned} source files')
    sys.exit(1)
print(f'portability: {scanned} source files and the CMake files checked, nothing Windows cannot build or run')
PYTHON
