/* The floor of the Windows check under Wine: a program that does nothing but
   open the machine's and the person's ROOT certificate stores and walk them,
   the part Wine makes slow (it loads the host's certificates on first use).
   Prints how long that took, in milliseconds, as the check's elapsed_ms is
   measured: from the start of main.  */
#include <windows.h>
#include <wincrypt.h>
#include <stdio.h>

static LONGLONG walk(DWORD location)
{
    LONGLONG count = 0;
    PCCERT_CONTEXT context = NULL;
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
        location | CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG, L"ROOT");
    if (!store)
        return 0;
    while ((context = CertEnumCertificatesInStore(store, context)))
        count++;
    CertCloseStore(store, 0);
    return count;
}

int main(void)
{
    LARGE_INTEGER frequency, start, end;
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&start);
    LONGLONG count = walk(CERT_SYSTEM_STORE_LOCAL_MACHINE) + walk(CERT_SYSTEM_STORE_CURRENT_USER);
    QueryPerformanceCounter(&end);
    printf("%lld\n", (end.QuadPart - start.QuadPart) * 1000 / frequency.QuadPart);
    fprintf(stderr, "%lld certificates\n", count);
    return 0;
}
