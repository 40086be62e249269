/* Stands in for Microsoft's vc_redist.x64.exe in the installer test under Wine (scripts/ci-installer.sh). It
 * writes the command line it was started with to the file named by SHUANGSUI_REDIST_LOG and exits with 0, as the
 * real one does after a quiet install, so the test sees that the installer ran the VC++ runtime step and how. */
#include <windows.h>

int main(void)
{
    wchar_t path[MAX_PATH];
    const DWORD length = GetEnvironmentVariableW(L"SHUANGSUI_REDIST_LOG", path, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return 2;
    const HANDLE file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return 3;
    const char* commandLine = GetCommandLineA();
    DWORD written = 0;
    const BOOL ok = WriteFile(file, commandLine, (DWORD)lstrlenA(commandLine), &written, NULL);
    CloseHandle(file);
    return ok ? 0 : 4;
}
