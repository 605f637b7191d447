#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstring>

/// Counts the fsyncs SQLite asks for on write-ahead logs, by putting a thin VFS in front of the
/// default one (Qt's SQLite driver uses the same libsqlite3, so it goes through the probe once
/// install() has run, for connections opened afterwards).
class SyncProbe
{
public:
    static void install()
    {
        static bool installed = false;
        if (installed)
            return;
        installed = true;
        real() = sqlite3_vfs_find(nullptr);
        sqlite3_vfs &v = vfs();
        v = *real();
        v.zName = "emroam-sync-probe";
        v.szOsFile = int(sizeof(File)) + real()->szOsFile;
        v.xOpen = &open;
        sqlite3_vfs_register(&v, 1);
    }
    /// fsyncs of every -wal file so far.
    static int walSyncs() { return counter().load(); }

private:
    struct File {
        sqlite3_file base;
        bool wal;
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };
    static sqlite3_vfs *&real() { static sqlite3_vfs *r = nullptr; return r; }
    static sqlite3_vfs &vfs() { static sqlite3_vfs v; return v; }
    static std::atomic<int> &counter() { static std::atomic<int> c{0}; return c; }
    static sqlite3_io_methods &methods() { static sqlite3_io_methods m; return m; }
    static File *f(sqlite3_file *p) { return reinterpret_cast<File *>(p); }
    static sqlite3_file *r(sqlite3_file *p) { return f(p)->real(); }

    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        File *pf = f(file);
        pf->base.pMethods = nullptr;
        pf->wal = (flags & SQLITE_OPEN_WAL) != 0;
        const int rc = real()->xOpen(real(), name, pf->real(), flags, outFlags);
        if (rc != SQLITE_OK || !pf->real()->pMethods)
            return rc;
        static bool initialised = false;
        if (!initialised) {
            initialised = true;
            const sqlite3_io_methods *m = pf->real()->pMethods;
            sqlite3_io_methods &w = methods();
            w.iVersion = m->iVersion;
            w.xClose = [](sqlite3_file *p) { return r(p)->pMethods->xClose(r(p)); };
            w.xRead = [](sqlite3_file *p, void *b, int n, sqlite3_int64 o) { return r(p)->pMethods->xRead(r(p), b, n, o); };
            w.xWrite = [](sqlite3_file *p, const void *b, int n, sqlite3_int64 o) { return r(p)->pMethods->xWrite(r(p), b, n, o); };
            w.xTruncate = [](sqlite3_file *p, sqlite3_int64 s) { return r(p)->pMethods->xTruncate(r(p), s); };
            w.xSync = [](sqlite3_file *p, int flags) {
                if (f(p)->wal)
                    ++counter();
                return r(p)->pMethods->xSync(r(p), flags);
            };
            w.xFileSize = [](sqlite3_file *p, sqlite3_int64 *s) { return r(p)->pMethods->xFileSize(r(p), s); };
            w.xLock = [](sqlite3_file *p, int l) { return r(p)->pMethods->xLock(r(p), l); };
            w.xUnlock = [](sqlite3_file *p, int l) { return r(p)->pMethods->xUnlock(r(p), l); };
            w.xCheckReservedLock = [](sqlite3_file *p, int *o) { return r(p)->pMethods->xCheckReservedLock(r(p), o); };
            w.xFileControl = [](sqlite3_file *p, int op, void *a) { return r(p)->pMethods->xFileControl(r(p), op, a); };
            w.xSectorSize = [](sqlite3_file *p) { return r(p)->pMethods->xSectorSize(r(p)); };
            w.xDeviceCharacteristics = [](sqlite3_file *p) { return r(p)->pMethods->xDeviceCharacteristics(r(p)); };
            w.xShmMap = [](sqlite3_file *p, int i, int s, int e, void volatile **o) { return r(p)->pMethods->xShmMap(r(p), i, s, e, o); };
            w.xShmLock = [](sqlite3_file *p, int o, int n, int fl) { return r(p)->pMethods->xShmLock(r(p), o, n, fl); };
            w.xShmBarrier = [](sqlite3_file *p) { r(p)->pMethods->xShmBarrier(r(p)); };
            w.xShmUnmap = [](sqlite3_file *p, int d) { return r(p)->pMethods->xShmUnmap(r(p), d); };
            w.xFetch = [](sqlite3_file *p, sqlite3_int64 o, int n, void **pp) { return r(p)->pMethods->xFetch(r(p), o, n, pp); };
            w.xUnfetch = [](sqlite3_file *p, sqlite3_int64 o, void *pp) { return r(p)->pMethods->xUnfetch(r(p), o, pp); };
        }
        pf->base.pMethods = &methods();
        return rc;
    }
};
