#!/usr/bin/env bash
# The Windows compile on Linux (issue 20): every translation unit of core, ui, app (both programs), tools and tests
# for x86_64-w64-mingw32 with Debian's g++-mingw-w64-x86-64-posix, syntax only (there are no Windows Qt libraries
# here to link), and the programs' Windows resource files through x86_64-w64-mingw32-windres. A stage of .ci/run.
#   scripts/check-mingw.sh            (SHUANGSUI_MINGW_JOBS=2 compilers at a time)
# How:
#  - The units and their flags come from the dev preset's compile_commands.json (CMakeLists.txt exports it; only
#    the configure step is needed): the project's defines and include folders. The Linux-only flags (-fPIC,
#    -std=gnu++20, Qt's mkspecs/linux-g++) become -std=c++20 and mkspecs/win32-g++, and a Windows Qt build's own
#    defines are added (UNICODE, _UNICODE, WIN32, MINGW_HAS_SECURE_API). Nothing Linux-specific is predefined:
#    Q_OS_WIN comes from the compiler's _WIN32 through Qt's qsystemdetection.h.
#  - moc runs again here, with the mingw compiler's predefined macros (as AUTOMOC does on Windows): the Linux
#    build's moc output would carry the slots of #ifdef Q_OS_LINUX blocks. Each .cpp's own .moc goes into
#    build/mingw/moc; the headers' moc_*.cpp are compiled one unit per folder, as AUTOMOC's mocs_compilation.cpp.
#  - Debian's Qt headers (/usr/include/x86_64-linux-gnu/qt6) carry Linux's qconfig.h / qtcore-config.h: the
#    features a Linux Qt was built with. The public headers our code includes decide nothing by them that breaks a
#    Windows compile (the Q_OS_WIN branches of Qt's own headers are chosen by the target), so no qconfig line is
#    overridden; the link-time truth (a Windows Qt, MSVC) is the Windows workflow's (.github/workflows/windows.yml).
#    The C libraries' headers (libxlsxwriter, SQLite, libsodium, OpenSSL, FreeXL, minizip, zlib) are Debian's,
#    linked one by one into build/mingw/include (all of /usr/include would let glibc's stand in for Windows').
#  - Speed: the units fall into a few sets of Qt modules (core; core + widgets; and each with QtTest). Each set gets
#    one precompiled header of the Qt headers that a tenth or more of its units include (directly or through our
#    headers), passed with -include: parsing Qt once instead of 400 times cuts the stage from about 8 to 3 minutes on
#    2 cores. The precompiled header only adds Qt headers a unit could include; a missing include still fails the
#    native build. GCC reports a precompiled header it cannot use (-Winvalid-pch): that counts as a failure here.
#  - Left out: rcc's generated qrc_*.cpp (data arrays; the native build compiles them) and bench/, fuzz/ (not
#    built on Windows).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
CXX=x86_64-w64-mingw32-g++-posix
WINDRES=x86_64-w64-mingw32-windres
if ! command -v "$CXX" >/dev/null || ! command -v "$WINDRES" >/dev/null; then
  scripts/setup-debian.sh g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
fi
cmake --preset dev >/dev/null
moc=/usr/lib/qt6/libexec/moc   # Debian's qt6-base-dev-tools

work=build/mingw
rm -rf "$work"
mkdir -p "$work/moc" "$work/include/openssl"
for h in xlsxwriter.h xlsxwriter sqlite3.h sodium.h sodium freexl.h minizip zlib.h zconf.h; do
  ln -s "/usr/include/$h" "$work/include/$h"
done
ln -s /usr/include/openssl/*.h /usr/include/x86_64-linux-gnu/openssl/*.h "$work/include/openssl/"
# The macros the Windows compiler predefines, for moc (AUTOMOC's moc_predefs.h).
"$CXX" -std=c++20 -dM -E -x c++ /dev/null > "$work/moc_predefs.h"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/dev/CMakeCache.txt)
for exe in shuangsui shuangsui-cli; do
  cmake -DEXE="$exe" -DOUTPUT="$work/$exe.rc" -DSOURCE_DIR="$PWD" -DVERSION="$version" \
        -P cmake/WindowsResources.cmake
done

python3 - "$PWD" "$CXX" "$WINDRES" "$moc" "$work" "${SHUANGSUI_MINGW_JOBS:-2}" <<'PYTHON'
import concurrent.futures, json, os, re, shlex, subprocess, sys, time

source, cxx, windres, moc, work, jobs = sys.argv[1:6] + [int(sys.argv[6])]
work = os.path.join(source, work)
build = os.path.join(source, 'build', 'dev')
with open(os.path.join(build, 'compile_commands.json')) as f:
    entries = json.load(f)

WINDOWS_DEFINES = ['-DUNICODE', '-D_UNICODE', '-DWIN32', '-DMINGW_HAS_SECURE_API=1']
MOC_DIR = os.path.join(work, 'moc')
units = {}  # source file → (defines, include folders)
for entry in entries:
    path = os.path.normpath(os.path.join(entry['directory'], entry['file']))
    if os.path.relpath(path, source).split(os.sep)[0] not in ('core', 'ui', 'app', 'tools', 'tests'):
        continue  # build/ (the Linux moc's and rcc's output), bench/, fuzz/
    if path in units:
        continue
    arguments = entry.get('arguments') or shlex.split(entry['command'])
    defines, includes = [], []
    i = 1
    while i < len(arguments):
        a = arguments[i]
        if a in ('-isystem', '-I', '-o', '-c'):
            if a != '-o' and a != '-c' and '_autogen' not in arguments[i + 1]:
                includes.append(arguments[i + 1].replace('/mkspecs/linux-g++', '/mkspecs/win32-g++'))
            i += 2
            continue
        if a.startswith('-I') and '_autogen' not in a:
            includes.append(a[2:])
        elif a.startswith('-D') and not a.endswith('_EXPORTS'):
            # (-D<target>_EXPORTS: CMake's mark on a shared library's units, as the dev preset builds core and ui;
            # our code never reads it, and it would set the units of one library apart from the rest.)
            defines.append(a)
        i += 1
    units[path] = (WINDOWS_DEFINES + defines, includes + [MOC_DIR])

def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()

# moc's work: each .cpp that includes its own .moc, and each header with Q_OBJECT / Q_GADGET / Q_NAMESPACE (with
# the flags of a unit of its folder, or of a unit that has its folder on the include path).
QT_MACRO = re.compile(r'^\s*(Q_OBJECT|Q_GADGET|Q_NAMESPACE)\b', re.M)
mocs = []  # (input, output, flags)
for path, (defines, includes) in units.items():
    m = re.search(r'#include "([^"]+\.moc)"', read(path))
    if m:
        mocs.append((path, os.path.join(MOC_DIR, m.group(1)), defines, includes))
header_mocs = {}  # folder → moc_*.cpp files
for folder in ('core', 'ui', 'app', 'tools', 'tests'):
    for directory, subdirs, files in os.walk(os.path.join(source, folder)):
        subdirs[:] = sorted(d for d in subdirs if os.path.join(directory, d) != os.path.join(source, 'tests', 'data'))
        for name in sorted(files):
            header = os.path.join(directory, name)
            if not name.endswith('.h') or not QT_MACRO.search(read(header)):
                continue
            flags = next((u for p, u in units.items() if os.path.dirname(p) == directory), None) \
                or next((u for u in units.values() if directory in u[1]), None)
            if flags is None:
                print(f'mingw-w64: no translation unit includes the folder of {os.path.relpath(header, source)}')
                sys.exit(1)
            output = os.path.join(MOC_DIR, 'moc_' + name[:-2] + '.cpp')
            mocs.append((header, output, flags[0], flags[1]))
            header_mocs.setdefault(directory, (flags, []))[1].append(output)

predefs = os.path.join(work, 'moc_predefs.h')
def run_moc(job):
    path, output, defines, includes = job
    command = [moc, '--include', predefs] + defines + ['-I' + i for i in includes] + [path, '-o', output]
    run = subprocess.run(command, capture_output=True, text=True)
    return os.path.relpath(path, source), run.returncode, run.stderr

started = time.monotonic()
failed = []
with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
    for relative, code, stderr in pool.map(run_moc, mocs):
        if code != 0:
            failed.append(('moc ' + relative, stderr))

# The headers' moc output, one unit per folder.
compile_units = [(p, d, i) for p, (d, i) in units.items()]
for directory, ((defines, includes), outputs) in sorted(header_mocs.items()):
    unit = os.path.join(MOC_DIR, 'mocs_' + os.path.relpath(directory, source).replace(os.sep, '_') + '.cpp')
    with open(unit, 'w') as f:
        f.writelines(f'#include "{os.path.basename(o)}"\n' for o in outputs)
    compile_units.append((unit, defines, includes))

# One precompiled header per set of Qt modules (the QT_* defines of a unit).
HEADERS = {}  # file name → path, for following our own #include "x.h"
for folder in ('core', 'ui', 'app', 'tools', 'tests'):
    for directory, subdirs, files in os.walk(os.path.join(source, folder)):
        for name in files:
            if name.endswith('.h'):
                HEADERS.setdefault(name, os.path.join(directory, name))
QT_INCLUDE = re.compile(r'^\s*#\s*include <(Q[A-Za-z]+)>', re.M)
OWN_INCLUDE = re.compile(r'^\s*#\s*include "([^"]+\.h)"', re.M)
def qt_headers(path, seen):
    if path in seen:
        return set()
    seen.add(path)
    text = read(path)
    found = set(QT_INCLUDE.findall(text))
    for own in OWN_INCLUDE.findall(text):
        header = HEADERS.get(os.path.basename(own))
        if header:
            found |= qt_headers(header, seen)
    return found

def module_set(defines):
    # Qt's own defines: the modules (QT_*_LIB) and QtTest's QT_TESTCASE_BUILDDIR, which a precompiled QTest fixes.
    return tuple(sorted(d for d in defines if d.startswith('-DQT_')))

def flags(defines, includes):
    command = ['-std=c++20', '-Wall', '-Wextra', '-Winvalid-pch'] + defines
    for i in includes:
        command += ['-isystem' if i.startswith('/usr/') else '-I', i]
    return command + ['-idirafter', os.path.join(work, 'include')]

sets = {}  # module set → [units]
for unit in compile_units:
    sets.setdefault(module_set(unit[1]), []).append(unit)
pch_jobs = []
for number, (modules, members) in enumerate(sorted(sets.items())):
    counts = {}
    for path, _, _ in members:
        for header in qt_headers(path, set()):
            counts[header] = counts.get(header, 0) + 1
    chosen = sorted(h for h, n in counts.items() if n * 10 >= len(members))
    header = os.path.join(work, f'pch{number}.h')
    with open(header, 'w') as f:
        f.writelines(f'#include <{h}>\n' for h in chosen)
    _, defines, includes = members[0]
    pch_jobs.append((modules, header, defines, includes, len(chosen)))

def build_pch(job):
    modules, header, defines, includes, _ = job
    command = [cxx] + flags(defines, includes) + ['-x', 'c++-header', header, '-o', header + '.gch']
    run = subprocess.run(command, cwd=build, capture_output=True, text=True)
    return modules, header, run.returncode, run.stderr

pch = {}  # module set → header to -include
with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
    for modules, header, code, stderr in pool.map(build_pch, pch_jobs):
        if code != 0:
            failed.append(('precompiled header ' + os.path.relpath(header, source), stderr))
        else:
            pch[modules] = header

def compile_unit(unit):
    path, defines, includes = unit
    command = [cxx, '-fsyntax-only'] + flags(defines, includes)
    if module_set(defines) in pch:
        command += ['-include', pch[module_set(defines)]]
    run = subprocess.run(command + [path], cwd=build, capture_output=True, text=True)
    if 'Winvalid-pch' in run.stderr:
        return os.path.relpath(path, source), 1, run.stderr
    return os.path.relpath(path, source), run.returncode, run.stderr

warnings = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
    for relative, code, stderr in pool.map(compile_unit, compile_units):
        if code != 0:
            failed.append((relative, stderr))
        elif 'warning:' in stderr:
            warnings += 1
            with open(os.path.join(work, 'warnings.txt'), 'a') as log:
                log.write(stderr)

resources = 0
for name in sorted(os.listdir(work)):
    if name.endswith('.rc'):
        rc = os.path.join(work, name)
        run = subprocess.run([windres, '-i', rc, '-o', rc[:-3] + '.res.o'], capture_output=True, text=True)
        if run.returncode != 0:
            failed.append((os.path.relpath(rc, source), run.stderr))
        else:
            resources += 1

for relative, stderr in failed:
    print(f'--- {relative}')
    print(stderr.strip())
seconds = time.monotonic() - started
compiled = len(compile_units) - sum(1 for r, _ in failed if not r.endswith('.rc') and not r.startswith(('moc ', 'precompiled')))
print(f'mingw-w64: {len(pch)} precompiled headers of Qt ('
      + ', '.join(f'{n} headers' for *_, n in pch_jobs) + ')')
print(f'mingw-w64: {len(mocs)} files through moc for Windows, {compiled} of {len(compile_units)} translation units '
      f'compile for x86_64-w64-mingw32 (syntax only, {jobs} at a time; {warnings} with warnings, in '
      f'{os.path.relpath(work, source)}/warnings.txt), {resources} resource file(s) through windres, '
      f'in {seconds / 60:.1f} minutes')
if failed:
    print(f'mingw-w64: {len(failed)} failed')
    sys.exit(1)
PYTHON
echo "mingw-w64 stage: $(awk -v s="$((SECONDS - start))" 'BEGIN { printf "%.1f", s / 60 }') minutes in all"
