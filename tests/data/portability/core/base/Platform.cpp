// A fixture of the portability gate: the platform file may use POSIX (not refused).
#include <pwd.h>
#include <unistd.h>
int user() { return int(getuid()); }
