// The keeper between book and every program it starts; see book_spawn.h.
//
// The keeper is a fork of book that never calls exec. Book has many threads, so after fork
// the keeper may only use async-signal-safe calls (no malloc, no stdio): it reads /proc with
// open and read into buffers on its stack and formats numbers by hand.

#define _GNU_SOURCE
#include "book_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

int book_set_parent_death_signal(int signal) {
#ifdef __linux__
    return prctl(PR_SET_PDEATHSIG, signal, 0, 0, 0);
#else
    (void)signal;
    return -1;
#endif
}

// MARK: - The keeper

/// The signals the keeper waits for with sigtimedwait (blocked, so that they queue).
static void keeper_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGCHLD);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
}

static void pause_briefly(long nanoseconds) {
    struct timespec pause = {0, nanoseconds};
    nanosleep(&pause, NULL);
}

/// Writes the decimal digits of `value` at `out`, with a terminating zero; returns their count.
static int format_decimal(long value, char *out) {
    char digits[24];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && count < 23);
    for (int i = 0; i < count; i++) out[i] = digits[count - 1 - i];
    out[count] = 0;
    return count;
}

#ifdef __linux__
/// Sends SIGKILL to every child of the keeper (its own and the orphans it adopted) listed in
/// /proc/<id>/task/<id>/children; returns how many it found.
static int kill_children(void) {
    char path[64] = "/proc/";
    char number[24];
    format_decimal(getpid(), number);
    size_t at = strlen(path);
    memcpy(path + at, number, strlen(number));
    at += strlen(number);
    memcpy(path + at, "/task/", 6);
    at += 6;
    memcpy(path + at, number, strlen(number));
    at += strlen(number);
    memcpy(path + at, "/children", 10);

    int file = open(path, O_RDONLY | O_CLOEXEC);
    if (file < 0) {
        // Without the children file (an old kernel), end the keeper's process group instead.
        kill(0 - getpid(), SIGKILL);
        return 0;
    }
    int found = 0;
    char buffer[4096];
    long pid = 0;
    int inNumber = 0;
    ssize_t count;
    while ((count = read(file, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < count; i++) {
            char c = buffer[i];
            if (c >= '0' && c <= '9') {
                pid = pid * 10 + (c - '0');
                inNumber = 1;
            } else if (inNumber) {
                kill((pid_t)pid, SIGKILL);
                found++;
                pid = 0;
                inNumber = 0;
            }
        }
    }
    if (inNumber) {
        kill((pid_t)pid, SIGKILL);
        found++;
    }
    close(file);
    return found;
}
#endif

/// Kills every process below the keeper, until none is left; reaps them, and records the
/// program's status if it is among them.
static void end_tree(pid_t program, int *programStatus, int *programEnded) {
    for (;;) {
        int status;
        pid_t reaped;
        while ((reaped = waitpid(-1, &status, WNOHANG)) > 0) {
            if (reaped == program) {
                *programStatus = status;
                *programEnded = 1;
            }
        }
#ifdef __linux__
        // A killed child's own children are re-parented to the keeper (a subreaper) when it
        // dies; the next round finds them. Zombies stay listed until they are reaped above.
        if (kill_children() == 0) break;
#else
        kill(0 - getpid(), SIGKILL);
        break;
#endif
        pause_briefly(1000000);
    }
}

/// Exits the way the program ended: with its exit status, or killed by the same signal.
static void exit_like(int status) {
    if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        int signal = WTERMSIG(status);
        struct rlimit noCore = {0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = SIG_DFL;
        sigaction(signal, &action, NULL);
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, signal);
        sigprocmask(SIG_UNBLOCK, &only, NULL);
        kill(getpid(), signal);
        _exit(128 + signal);
    }
    _exit(127);
}

/// The program's side of the fork: set up, then exec. On failure its errno goes to `report`.
static void start_program(const char *path, char *const argv[], char *const envp[], const char *cwd,
                          pid_t keeper, int report) {
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
#endif
    if (getppid() != keeper) _exit(127);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    for (int signal = 1; signal < NSIG; signal++) sigaction(signal, &action, NULL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    int error = 0;
    if (cwd != NULL && chdir(cwd) != 0) {
        error = errno;
    } else {
        execve(path, argv, envp);
        error = errno;
    }
    ssize_t ignored = write(report, &error, sizeof error);
    (void)ignored;
    _exit(127);
}

/// Closes every descriptor from `first` on, except `keep`.
static void close_from(int first, int keep) {
#ifdef SYS_close_range
    if (keep >= first) {
        if (keep > first) syscall(SYS_close_range, first, keep - 1, 0);
        if (syscall(SYS_close_range, keep + 1, ~0U, 0) == 0) return;
    } else if (syscall(SYS_close_range, first, ~0U, 0) == 0) {
        return;
    }
#endif
    long limit = sysconf(_SC_OPEN_MAX);
    if (limit < 0 || limit > 65536) limit = 65536;
    for (int fd = first; fd < limit; fd++) {
        if (fd != keep) close(fd);
    }
}

static void keeper_main(const char *path, char *const argv[], char *const envp[], const char *cwd,
                        int in_fd, int out_fd, int err_fd, const char *parent_pid_variable,
                        pid_t book, int report) {
    sigset_t waited;
    keeper_signals(&waited);
    sigprocmask(SIG_BLOCK, &waited, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    for (int signal = 1; signal < NSIG; signal++) {
        if (sigismember(&waited, signal)) sigaction(signal, &action, NULL);
    }
    setpgid(0, 0);
#ifdef __linux__
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
#endif
    // Book may have died before the line above: then nobody would ever signal the keeper.
    if (getppid() != book) _exit(127);

    // The program's standard files become 0, 1 and 2; every other descriptor of book (its
    // build lock above all) is closed, so that nothing below keeps it open.
    int devnull = -1;
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) devnull = open("/dev/null", O_RDWR);
    int files[3] = {in_fd < 0 ? devnull : in_fd, out_fd < 0 ? devnull : out_fd,
                    err_fd < 0 ? devnull : err_fd};
    // Move the sources out of 0..2 first, so that one dup2 cannot overwrite another's source.
    for (int i = 0; i < 3; i++) {
        if (files[i] >= 0 && files[i] < 3) files[i] = fcntl(files[i], F_DUPFD_CLOEXEC, 3);
    }
    if (report < 3) report = fcntl(report, F_DUPFD_CLOEXEC, 3);
    for (int i = 0; i < 3; i++) {
        if (files[i] >= 0) dup2(files[i], i);
    }
    close_from(3, report);

    pid_t self = getpid();
    if (parent_pid_variable != NULL) {
        size_t length = strlen(parent_pid_variable);
        for (char *const *entry = envp; *entry != NULL; entry++) {
            if (strncmp(*entry, parent_pid_variable, length) == 0 && (*entry)[length] == '=') {
                format_decimal(self, *entry + length + 1);
            }
        }
    }

    pid_t program = fork();
    if (program < 0) {
        int error = errno;
        ssize_t ignored = write(report, &error, sizeof error);
        (void)ignored;
        _exit(127);
    }
    if (program == 0) start_program(path, argv, envp, cwd, self, report);
    close(report);

    int status = 0;
    int ended = 0;
    for (;;) {
        struct timespec tick = {0, 200000000};
        siginfo_t info;
        int signal = sigtimedwait(&waited, &info, &tick);
        if (signal == SIGTERM || signal == SIGINT || signal == SIGHUP || getppid() != book) {
            end_tree(program, &status, &ended);
            _exit(128 + (signal > 0 && signal != SIGCHLD ? signal : SIGTERM));
        }
        int childStatus;
        pid_t reaped;
        while ((reaped = waitpid(-1, &childStatus, WNOHANG)) > 0) {
            if (reaped == program) {
                status = childStatus;
                ended = 1;
            }
        }
        if (ended) break;
    }
    // The program is gone; whatever it left running goes with it.
    end_tree(program, &status, &ended);
    exit_like(status);
}

int book_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
               int in_fd, int out_fd, int err_fd, const char *parent_pid_variable, pid_t *keeper) {
    int report[2];
#ifdef __linux__
    if (pipe2(report, O_CLOEXEC) != 0) return errno;
#else
    if (pipe(report) != 0) return errno;
    fcntl(report[0], F_SETFD, FD_CLOEXEC);
    fcntl(report[1], F_SETFD, FD_CLOEXEC);
#endif
    pid_t book = getpid();
    pid_t child = fork();
    if (child < 0) {
        int error = errno;
        close(report[0]);
        close(report[1]);
        return error;
    }
    if (child == 0) {
        close(report[0]);
        keeper_main(path, argv, envp, cwd, in_fd, out_fd, err_fd, parent_pid_variable, book, report[1]);
        _exit(127);
    }
    close(report[1]);
    // End of file: the program was executed (its copy of the pipe closed on exec). Four
    // bytes: the errno of what failed before.
    int error = 0;
    ssize_t count;
    do {
        count = read(report[0], &error, sizeof error);
    } while (count < 0 && errno == EINTR);
    close(report[0]);
    if (count == (ssize_t)sizeof error && error != 0) {
        int status;
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
        return error;
    }
    *keeper = child;
    return 0;
}

// MARK: - Signals to book

static int signalPipe[2] = {-1, -1};

static void on_signal(int signal) {
    unsigned char byte = (unsigned char)signal;
    int saved = errno;
    ssize_t ignored = write(signalPipe[1], &byte, 1);
    (void)ignored;
    errno = saved;
}

int book_signal_pipe(void) {
    if (signalPipe[0] >= 0) return signalPipe[0];
    if (pipe(signalPipe) != 0) return -1;
    fcntl(signalPipe[0], F_SETFD, FD_CLOEXEC);
    fcntl(signalPipe[1], F_SETFD, FD_CLOEXEC);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    return signalPipe[0];
}
