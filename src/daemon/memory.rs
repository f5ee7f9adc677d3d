//! Keeping a long-running daemon's resident memory small with glibc's allocator: one
//! arena per thread would keep freed memory of every watcher thread around, and freed
//! start-up memory (config parsing, rule compilation) stays resident until trimmed.

/// At most two malloc arenas, whatever the number of threads.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator tuning; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Returns free heap pages to the system.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe and only releases unused memory.
    unsafe {
        libc::malloc_trim(0);
    }
}
