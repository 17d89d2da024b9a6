#ifndef BOOK_SPAWN_H
#define BOOK_SPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in `cwd`, its standard input, output and error on
/// `in_fd`, `out_fd` and `err_fd` (-1: /dev/null), under a keeper process that makes sure no
/// process of the program's tree outlives the caller:
///
/// - the keeper leads its own process group (so a terminal's Ctrl-C reaches only book, which
///   decides what to stop) and, on Linux, is a child subreaper: every orphaned descendant of
///   the program (a compiler's frontend, a build's jobs, in whatever process group they put
///   themselves) is re-parented to it instead of to init;
/// - on Linux the kernel sends the keeper SIGTERM when the calling thread dies, for any reason,
///   SIGKILL included (PR_SET_PDEATHSIG); the program gets SIGKILL when the keeper dies;
/// - on SIGTERM, SIGINT or SIGHUP, when its parent is gone, or once the program has ended, the
///   keeper kills every process left below it with SIGKILL, then exits; after the program
///   ended, it exits the way the program did (same exit status, or same signal).
///
/// If `parent_pid_variable` is not NULL, the entry `NAME=...` of `envp` (whose value must have
/// room for the digits of a process id) is set to the keeper's id, the program's parent.
///
/// Returns 0 and the keeper's id in `keeper`, or an errno (also when the program could not be
/// executed: the keeper has then been reaped).
int book_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
               int in_fd, int out_fd, int err_fd, const char *parent_pid_variable, pid_t *keeper);

/// Installs handlers for SIGINT and SIGTERM that write the signal's number, as one byte, to a
/// pipe, and returns the pipe's reading end (-1 on failure): a thread that reads it can act
/// on the signal outside the signal handler.
int book_signal_pipe(void);

/// prctl(PR_SET_PDEATHSIG, signal) on Linux (Swift cannot call the variadic prctl); 0 on success.
int book_set_parent_death_signal(int signal);

#endif
