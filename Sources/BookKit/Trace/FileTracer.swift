import Foundation

/// Records which files a chapter program opens for reading: a small shared library preloaded
/// into the program (`LD_PRELOAD`) wraps `open`, `openat`, `fopen` and their 64-bit and
/// fortified variants; after every successful open for reading it writes the file's absolute
/// path (read back from `/proc/self/fd`) as one line to the file named by `BOOK_TRACE_FILE`.
///
/// The library is compiled from `source` with the toolchain's `clang` once per source text and
/// kept in `.book-cache/trace/`. Linux only (cells run on Linux); elsewhere nothing is recorded.
struct FileTracer {
    /// The preloaded library.
    var library: URL

    /// Compiles the library into `folder` unless a build of the same source is there.
    static func prepare(in folder: URL, toolchain: Toolchain) throws -> FileTracer? {
        #if os(Linux)
        let digest = String(SHA256Digest.hex(of: source).prefix(16))
        let library = folder.appendingPathComponent("libbooktrace-\(digest).so")
        if FileManager.default.fileExists(atPath: library.path) { return FileTracer(library: library) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let code = folder.appendingPathComponent("booktrace.\(getpid()).c")
        let partial = folder.appendingPathComponent("libbooktrace.\(getpid()).so.partial")
        let log = folder.appendingPathComponent("booktrace.\(getpid()).log")
        defer {
            for file in [code, partial, log] { try? FileManager.default.removeItem(at: file) }
        }
        try source.write(to: code, atomically: true, encoding: .utf8)
        let clang = toolchain.compiler.deletingLastPathComponent().appendingPathComponent("clang")
        let compile = ChildProcess(
            executable: FileManager.default.isExecutableFile(atPath: clang.path) ? clang : try ChildProcess.locate("clang"),
            arguments: ["-shared", "-fPIC", "-O2", "-o", partial.path, code.path, "-ldl"],
            workingDirectory: folder, standardOutput: log, standardError: log
        )
        guard try compile.run() == .exited(0), rename(partial.path, library.path) == 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw BookError(.io, "cannot build the file tracer:\n" + String(text.suffix(2000)),
                            hint: "files that cells read are recorded with clang; check the toolchain")
        }
        return FileTracer(library: library)
        #else
        return nil
        #endif
    }

    /// The absolute paths in a trace file, each once, in the order first opened.
    static func paths(inTrace data: Data) -> [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for line in data.split(separator: 0x0A) {
            let path = String(decoding: line, as: UTF8.self)
            if path.hasPrefix("/"), seen.insert(path).inserted { paths.append(path) }
        }
        return paths
    }

    /// The shim's C source.
    static let source = #"""
    // Written by book (FileTracer.swift): records files opened for reading.
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <errno.h>
    #include <fcntl.h>
    #include <stdarg.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <string.h>
    #include <sys/syscall.h>
    #include <unistd.h>

    static int trace_fd = -2;

    static void record(int fd, int flags) {
        if (fd < 0 || (flags & O_ACCMODE) != O_RDONLY || (flags & O_DIRECTORY)) return;
        if (trace_fd == -2) {
            const char *path = getenv("BOOK_TRACE_FILE");
            trace_fd = path ? (int)syscall(SYS_openat, AT_FDCWD, path,
                                           O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644) : -1;
        }
        if (trace_fd < 0) return;
        char link[64];
        char target[4097];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t length = readlink(link, target, sizeof target - 2);
        if (length <= 0 || target[0] != '/') return;
        target[length] = '\n';
        ssize_t written = write(trace_fd, target, (size_t)length + 1);
        (void)written;
    }

    static int fopen_flags(const char *mode) {
        if (!mode || mode[0] != 'r' || strchr(mode, '+')) return O_WRONLY;
        return O_RDONLY;
    }

    // The next definition of `name` (the C library's); without one, the call fails with ENOSYS.
    #define NEXT(name, failure) static __typeof__(name) *next; \
        if (!next) next = (__typeof__(name) *)dlsym(RTLD_NEXT, #name); \
        if (!next) { errno = ENOSYS; return failure; }

    // The mode argument exists only when a file may be created.
    #define MODE(flags) mode_t mode = 0; \
        if ((flags) & (O_CREAT | O_TMPFILE)) { \
            va_list args; va_start(args, flags); mode = va_arg(args, mode_t); va_end(args); }

    int open(const char *path, int flags, ...) {
        NEXT(open, -1); MODE(flags);
        int fd = next(path, flags, mode); record(fd, flags); return fd;
    }
    int open64(const char *path, int flags, ...) {
        NEXT(open64, -1); MODE(flags);
        int fd = next(path, flags, mode); record(fd, flags); return fd;
    }
    int openat(int dir, const char *path, int flags, ...) {
        NEXT(openat, -1); MODE(flags);
        int fd = next(dir, path, flags, mode); record(fd, flags); return fd;
    }
    int openat64(int dir, const char *path, int flags, ...) {
        NEXT(openat64, -1); MODE(flags);
        int fd = next(dir, path, flags, mode); record(fd, flags); return fd;
    }
    int __open_2(const char *path, int flags) {
        NEXT(__open_2, -1); int fd = next(path, flags); record(fd, flags); return fd;
    }
    int __open64_2(const char *path, int flags) {
        NEXT(__open64_2, -1); int fd = next(path, flags); record(fd, flags); return fd;
    }
    int __openat_2(int dir, const char *path, int flags) {
        NEXT(__openat_2, -1); int fd = next(dir, path, flags); record(fd, flags); return fd;
    }
    FILE *fopen(const char *path, const char *mode) {
        NEXT(fopen, NULL); FILE *file = next(path, mode);
        if (file) record(fileno(file), fopen_flags(mode)); return file;
    }
    FILE *fopen64(const char *path, const char *mode) {
        NEXT(fopen64, NULL); FILE *file = next(path, mode);
        if (file) record(fileno(file), fopen_flags(mode)); return file;
    }
    """#
}
