/* A program that only waits. Copied under another name (avp.exe), it is
   what a running program of that name looks like to a process snapshot. */
#include <windows.h>

int main(void)
{
    Sleep(10 * 60 * 1000);
    return 0;
}
