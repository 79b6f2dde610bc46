/*
 * Wine 8 has no Windows Security Center: the class WSCProductList, which
 * lists anti-virus products, is not registered, so the check's Security
 * Center question could never run there. This in-process COM server stands
 * in for it, for the checks under Wine only. It answers from a text file
 * whose path (Windows or Unix) is in AVSWITCH_WSC_PRODUCTS, one product a
 * line, fields separated by tabs:
 *
 *   name  state  signatures  timestamp  remediation-path
 *
 * state is on, off, snoozed or expired, signatures uptodate or outofdate
 * (either may also be a number, to send a value Windows does not define);
 * the text fields are UTF-8, and an empty one is an empty string (an empty
 * name is a product without a name). Lines starting with # are comments;
 * these directives simulate failures seen on real machines:
 *
 *   !initialize-fails   Initialize returns E_FAIL
 *   !item-fails N       get_Item(N) returns E_FAIL (N counts from 0)
 *   !hang               Initialize never returns
 *
 * A missing file (or no variable) fails Initialize with ERROR_FILE_NOT_FOUND;
 * providers other than anti-virus list nothing. The GUIDs and the order of
 * the methods are those of the Windows SDK's iwscapi.h. Registered in a
 * prefix by register-security-center.sh.
 */
#include <windows.h>
#include <ole2.h>
#include <stdlib.h>
#include <wchar.h>

static const GUID CLSID_WSCProductList = {0x17072f7b, 0x9abe, 0x4a74, {0xa2, 0x61, 0x1e, 0xb7, 0x6b, 0x55, 0x10, 0x7a}};
static const GUID IID_IWSCProductList = {0x722a338c, 0x6e8e, 0x4e72, {0xac, 0x27, 0x14, 0x17, 0xfb, 0x0c, 0x81, 0xc2}};
static const GUID IID_IWscProduct = {0x8c38232e, 0x3a45, 0x4a27, {0x92, 0xb0, 0x1a, 0x16, 0xa9, 0x75, 0xf6, 0x69}};

#define WSC_SECURITY_PROVIDER_ANTIVIRUS 4
#define MAX_FAILING_ITEMS 16

/* What both interfaces and the class factory share: a vtable whose first
   seven methods are IUnknown's and IDispatch's, and a reference count.
   Every method takes the object as void *, so one QueryInterface, AddRef
   and Release serve all three. */
typedef struct object {
    const void *vtbl;
    LONG refs;
    const IID *iid;
    void (*destroy)(struct object *);
} object;

#define UNKNOWN_METHODS \
    HRESULT (STDMETHODCALLTYPE *QueryInterface)(void *, REFIID, void **); \
    ULONG (STDMETHODCALLTYPE *AddRef)(void *); \
    ULONG (STDMETHODCALLTYPE *Release)(void *);
#define DISPATCH_METHODS UNKNOWN_METHODS \
    HRESULT (STDMETHODCALLTYPE *GetTypeInfoCount)(void *, UINT *); \
    HRESULT (STDMETHODCALLTYPE *GetTypeInfo)(void *, UINT, LCID, ITypeInfo **); \
    HRESULT (STDMETHODCALLTYPE *GetIDsOfNames)(void *, REFIID, LPOLESTR *, UINT, LCID, DISPID *); \
    HRESULT (STDMETHODCALLTYPE *Invoke)(void *, DISPID, REFIID, LCID, WORD, DISPPARAMS *, VARIANT *, EXCEPINFO *, UINT *);

static HRESULT STDMETHODCALLTYPE QueryInterface(void *self, REFIID iid, void **out)
{
    object *o = self;
    *out = NULL;
    if (!IsEqualIID(iid, &IID_IUnknown) && !IsEqualIID(iid, o->iid) &&
        (o->iid == &IID_IClassFactory || !IsEqualIID(iid, &IID_IDispatch)))
        return E_NOINTERFACE;
    InterlockedIncrement(&o->refs);
    *out = o;
    return S_OK;
}
static ULONG STDMETHODCALLTYPE AddRef(void *self) { return InterlockedIncrement(&((object *)self)->refs); }
static ULONG STDMETHODCALLTYPE Release(void *self)
{
    object *o = self;
    ULONG refs = InterlockedDecrement(&o->refs);
    if (refs == 0)
        o->destroy(o);
    return refs;
}

/* The check calls the interfaces directly, never through IDispatch. */
static HRESULT STDMETHODCALLTYPE GetTypeInfoCount(void *self, UINT *count) { *count = 0; return S_OK; }
static HRESULT STDMETHODCALLTYPE GetTypeInfo(void *self, UINT i, LCID lcid, ITypeInfo **info) { return E_NOTIMPL; }
static HRESULT STDMETHODCALLTYPE GetIDsOfNames(void *self, REFIID iid, LPOLESTR *names, UINT n, LCID lcid, DISPID *ids) { return E_NOTIMPL; }
static HRESULT STDMETHODCALLTYPE Invoke(void *self, DISPID id, REFIID iid, LCID lcid, WORD flags, DISPPARAMS *params,
                                        VARIANT *result, EXCEPINFO *exception, UINT *arg) { return E_NOTIMPL; }
#define DISPATCH_IMPL QueryInterface, AddRef, Release, GetTypeInfoCount, GetTypeInfo, GetIDsOfNames, Invoke

/* ── Objects ──────────────────────────────────────────────────────────── */

enum { NAME, STATE, SIGNATURES, TIMESTAMP, PATH, FIELDS };
typedef struct { const WCHAR *field[FIELDS]; LONG state, signatures; } entry;

typedef struct {
    object base;
    WCHAR *text; /* the file as UTF-16; entries point into it */
    entry *entries;
    LONG count;
    ULONG failing[MAX_FAILING_ITEMS];
    int failing_count;
    BOOL initialized;
} list;

typedef struct {
    object base;
    list *owner; /* held, so a product outlives a released list */
    ULONG index;
} product;

static void clear(list *l)
{
    free(l->text);
    free(l->entries);
    l->text = NULL, l->entries = NULL, l->count = 0, l->failing_count = 0;
}

/* ── A product ────────────────────────────────────────────────────────── */

static const entry *of(void *self) { return &((product *)self)->owner->entries[((product *)self)->index]; }

/* An empty field is an empty string, as Windows gives for a missing one. */
static HRESULT text(const WCHAR *value, BSTR *out) { return (*out = SysAllocString(value)) ? S_OK : E_OUTOFMEMORY; }

static HRESULT STDMETHODCALLTYPE get_ProductName(void *self, BSTR *out) { return text(of(self)->field[NAME], out); }
static HRESULT STDMETHODCALLTYPE get_ProductState(void *self, LONG *out) { *out = of(self)->state; return S_OK; }
static HRESULT STDMETHODCALLTYPE get_SignatureStatus(void *self, LONG *out) { *out = of(self)->signatures; return S_OK; }
static HRESULT STDMETHODCALLTYPE get_RemediationPath(void *self, BSTR *out) { return text(of(self)->field[PATH], out); }
static HRESULT STDMETHODCALLTYPE get_ProductStateTimestamp(void *self, BSTR *out) { return text(of(self)->field[TIMESTAMP], out); }
static HRESULT STDMETHODCALLTYPE get_ProductGuid(void *self, BSTR *out) { return text(L"", out); }
static HRESULT STDMETHODCALLTYPE get_ProductIsDefault(void *self, BOOL *out) { *out = FALSE; return S_OK; }

static const struct { DISPATCH_METHODS
    HRESULT (STDMETHODCALLTYPE *get_ProductName)(void *, BSTR *);
    HRESULT (STDMETHODCALLTYPE *get_ProductState)(void *, LONG *);
    HRESULT (STDMETHODCALLTYPE *get_SignatureStatus)(void *, LONG *);
    HRESULT (STDMETHODCALLTYPE *get_RemediationPath)(void *, BSTR *);
    HRESULT (STDMETHODCALLTYPE *get_ProductStateTimestamp)(void *, BSTR *);
    HRESULT (STDMETHODCALLTYPE *get_ProductGuid)(void *, BSTR *);
    HRESULT (STDMETHODCALLTYPE *get_ProductIsDefault)(void *, BOOL *);
} product_vtbl = {DISPATCH_IMPL, get_ProductName, get_ProductState, get_SignatureStatus, get_RemediationPath,
                  get_ProductStateTimestamp, get_ProductGuid, get_ProductIsDefault};

static void destroy_product(object *o)
{
    Release(((product *)o)->owner);
    free(o);
}

/* ── The list, read at Initialize ───────────────────────────────────── */

/* A word from `names` (its index), or a decimal number; -1 for neither,
   so a typo in a test's file fails loudly instead of meaning "on". */
static int word(const WCHAR *text, const WCHAR *const *names, int n, LONG *value)
{
    WCHAR *end;
    for (int i = 0; i < n; i++)
        if (wcscmp(text, names[i]) == 0)
            return *value = i, 0;
    *value = wcstol(text, &end, 10);
    return *text && !*end ? 0 : -1;
}

/* The whole file as UTF-16, or NULL. The path may be a Unix one, which
   Wine's own kernel32 export converts. */
static WCHAR *read_products(void)
{
    WCHAR path[MAX_PATH], *dos = NULL, *text = NULL;
    char unix_path[MAX_PATH * 3], *bytes;
    HANDLE file;
    DWORD size, got;
    int length;

    size = GetEnvironmentVariableW(L"AVSWITCH_WSC_PRODUCTS", path, MAX_PATH);
    if (size == 0 || size >= MAX_PATH)
        return NULL;
    if (path[0] == L'/' && GetEnvironmentVariableA("AVSWITCH_WSC_PRODUCTS", unix_path, sizeof unix_path)) {
        WCHAR *(CDECL *to_dos)(const char *) = (void *)GetProcAddress(GetModuleHandleW(L"kernel32"), "wine_get_dos_file_name");
        if (to_dos && (dos = to_dos(unix_path)))
            lstrcpynW(path, dos, MAX_PATH), HeapFree(GetProcessHeap(), 0, dos);
    }
    file = CreateFileW(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return NULL;
    size = GetFileSize(file, NULL);
    if (size != INVALID_FILE_SIZE && (bytes = malloc(size + 1))) {
        if (ReadFile(file, bytes, size, &got, NULL) && got == size) {
            length = MultiByteToWideChar(CP_UTF8, 0, bytes, size, NULL, 0);
            if ((text = calloc(length + 1, sizeof(WCHAR))))
                MultiByteToWideChar(CP_UTF8, 0, bytes, size, text, length);
        }
        free(bytes);
    }
    CloseHandle(file);
    return text;
}

static HRESULT STDMETHODCALLTYPE Initialize(void *self, ULONG provider)
{
    static const WCHAR *const states[] = {L"on", L"off", L"snoozed", L"expired"};
    static const WCHAR *const signatures[] = {L"outofdate", L"uptodate"};
    list *l = self;
    WCHAR *line, *next;
    LONG lines = 1;

    /* Products point into the text, so it is read once (a choice of this
       stand-in; the check initializes each list once). */
    if (l->initialized)
        return HRESULT_FROM_WIN32(ERROR_ALREADY_INITIALIZED);
    l->initialized = TRUE;
    if (provider != WSC_SECURITY_PROVIDER_ANTIVIRUS)
        return S_OK; /* only anti-virus products are listed */
    if (!(l->text = read_products()))
        return HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND);
    for (WCHAR *c = l->text; *c; c++)
        lines += *c == L'\n';
    if (!(l->entries = calloc(lines, sizeof(entry))))
        return clear(l), E_OUTOFMEMORY;
    for (line = l->text + (l->text[0] == 0xfeff); line; line = next) {
        entry *e = &l->entries[l->count];
        WCHAR *end;
        if ((next = wcschr(line, L'\n')))
            *next++ = 0;
        if ((end = wcschr(line, L'\r')))
            *end = 0;
        if (line[0] == L'#' || line[0] == 0)
            continue; /* a product without a name still has its tabs */
        if (wcscmp(line, L"!initialize-fails") == 0)
            return clear(l), E_FAIL;
        if (wcscmp(line, L"!hang") == 0)
            Sleep(INFINITE); /* a Security Center that never answers */
        if (wcsncmp(line, L"!item-fails ", 12) == 0) {
            if (l->failing_count < MAX_FAILING_ITEMS)
                l->failing[l->failing_count++] = wcstoul(line + 12, NULL, 10);
            continue;
        }
        for (int f = 0; f < FIELDS; f++) {
            WCHAR *tab = line ? wcschr(line, L'\t') : NULL;
            e->field[f] = line ? line : L"";
            if (tab)
                *tab = 0;
            line = tab ? tab + 1 : NULL;
        }
        if (word(e->field[STATE], states, 4, &e->state) ||
            word(e->field[SIGNATURES], signatures, 2, &e->signatures))
            return clear(l), HRESULT_FROM_WIN32(ERROR_INVALID_DATA);
        l->count++;
    }
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE get_Count(void *self, LONG *count)
{
    *count = ((list *)self)->count;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE get_Item(void *self, ULONG index, void **out)
{
    list *l = self;
    product *p;
    *out = NULL;
    for (int i = 0; i < l->failing_count; i++)
        if (l->failing[i] == index)
            return E_FAIL;
    if (index >= (ULONG)l->count)
        return E_INVALIDARG;
    if (!(p = calloc(1, sizeof *p)))
        return E_OUTOFMEMORY;
    p->base = (object){&product_vtbl, 1, &IID_IWscProduct, destroy_product};
    p->owner = l, p->index = index;
    AddRef(l);
    *out = p;
    return S_OK;
}

static void destroy_list(object *o)
{
    clear((list *)o);
    free(o);
}

static const struct { DISPATCH_METHODS
    HRESULT (STDMETHODCALLTYPE *Initialize)(void *, ULONG);
    HRESULT (STDMETHODCALLTYPE *get_Count)(void *, LONG *);
    HRESULT (STDMETHODCALLTYPE *get_Item)(void *, ULONG, void **);
} list_vtbl = {DISPATCH_IMPL, Initialize, get_Count, get_Item};

/* ── The class factory and the DLL's exports ──────────────────────────── */

static HRESULT STDMETHODCALLTYPE CreateInstance(void *self, IUnknown *outer, REFIID iid, void **out)
{
    list *l;
    HRESULT hr;
    *out = NULL;
    if (outer)
        return CLASS_E_NOAGGREGATION;
    if (!(l = calloc(1, sizeof *l)))
        return E_OUTOFMEMORY;
    l->base = (object){&list_vtbl, 1, &IID_IWSCProductList, destroy_list};
    hr = QueryInterface(l, iid, out);
    Release(l);
    return hr;
}
static HRESULT STDMETHODCALLTYPE LockServer(void *self, BOOL lock) { return S_OK; }
static void destroy_nothing(object *o) {}

static const struct { UNKNOWN_METHODS
    HRESULT (STDMETHODCALLTYPE *CreateInstance)(void *, IUnknown *, REFIID, void **);
    HRESULT (STDMETHODCALLTYPE *LockServer)(void *, BOOL);
} factory_vtbl = {QueryInterface, AddRef, Release, CreateInstance, LockServer};
static object factory = {&factory_vtbl, 1, &IID_IClassFactory, destroy_nothing};

__declspec(dllexport) HRESULT WINAPI DllGetClassObject(REFCLSID clsid, REFIID iid, void **out)
{
    *out = NULL;
    if (!IsEqualCLSID(clsid, &CLSID_WSCProductList))
        return CLASS_E_CLASSNOTAVAILABLE;
    return QueryInterface(&factory, iid, out);
}

/* Products may be held past the list's release; never unloading is simplest. */
__declspec(dllexport) HRESULT WINAPI DllCanUnloadNow(void) { return S_FALSE; }
