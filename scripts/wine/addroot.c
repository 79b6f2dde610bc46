/* Puts a DER certificate into a trusted root store, as an installer with
   the rights to do so would:  addroot FILE.der machine|user  */
#include <windows.h>
#include <wincrypt.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    static BYTE der[65536];
    FILE *file;
    DWORD size, location;
    HCERTSTORE store;
    BOOL added;

    if (argc != 3 || !(file = fopen(argv[1], "rb"))) {
        fprintf(stderr, "usage: addroot FILE.der machine|user\n");
        return 2;
    }
    size = (DWORD)fread(der, 1, sizeof der, file);
    fclose(file);
    location = strcmp(argv[2], "machine") == 0 ? CERT_SYSTEM_STORE_LOCAL_MACHINE
                                               : CERT_SYSTEM_STORE_CURRENT_USER;
    store = CertOpenStore(CERT_STORE_PROV_SYSTEM_A, 0, 0, location, "ROOT");
    if (!store) {
        fprintf(stderr, "cannot open the ROOT store: %lu\n", GetLastError());
        return 1;
    }
    added = CertAddEncodedCertificateToStore(store, X509_ASN_ENCODING, der, size,
                                             CERT_STORE_ADD_REPLACE_EXISTING, NULL);
    if (!added)
        fprintf(stderr, "cannot add the certificate: %lu\n", GetLastError());
    CertCloseStore(store, 0);
    return added ? 0 : 1;
}
