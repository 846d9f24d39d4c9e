#ifndef GONGSHI_SYSTEM_H
#define GONGSHI_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE): after it, each
/// name refers to what the other did, with no moment at which either is missing.
/// Returns 0, or -1 with errno set (ENOSYS/EINVAL where the file system cannot).
int gongshi_exchange_paths(const char *first, const char *second);

#endif
