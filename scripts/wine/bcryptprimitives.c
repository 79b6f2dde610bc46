/*
 * Wine 8 has no bcryptprimitives.dll, from which Rust's standard library
 * takes its random numbers (ProcessPrng, used for example by HashMap). This
 * stand-in answers from RtlGenRandom, which Wine has. It is built and placed
 * beside the executable only for the checks under Wine; Windows 10 and later
 * ship the real library.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
