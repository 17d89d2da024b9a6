#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import NotebookChannel

// Calls that `book` generates around the cells of a chapter program. They are public because
// the generated program calls them; chapter authors never need to.

/// Starts a chapter program: from here on it ends by itself if `book` is killed.
public func _notebookStart() {
    ParentWatch.start()
}

/// Marks the start of cell `index`, recording how much standard output came before it.
public func _notebookBeginCell(_ index: Int) {
    MemoStore.currentCell = index
    var object = JSONObject(event: .cell)
    object.add(.index, index)
    object.add(.stdout, OutputChannel.offset(of: STDOUT_FILENO))
    object.add(.stderr, OutputChannel.offset(of: STDERR_FILENO))
    OutputChannel.send(object)
}

/// Marks the end of the cells and the start of the prose's inline values.
public func _notebookBeginInlineValues() {
    MemoStore.currentCell = nil
    var object = JSONObject(event: .inlineValues)
    object.add(.stdout, OutputChannel.offset(of: STDOUT_FILENO))
    object.add(.stderr, OutputChannel.offset(of: STDERR_FILENO))
    OutputChannel.send(object)
}

/// Evaluates inline value `index` of the prose and reports its text.
public func _notebookInlineValue<Value: NotebookValue>(_ index: Int, _ value: () -> Value) {
    let result = value()
    var object = JSONObject(event: .inline)
    object.add(.index, index)
    object.add(.text, result.notebookText)
    OutputChannel.send(object)
}

/// Marks the normal end of the program, so that an early `exit` is not taken for success.
public func _notebookFinish() {
    var object = JSONObject(event: .end)
    object.add(.stdout, OutputChannel.offset(of: STDOUT_FILENO))
    object.add(.stderr, OutputChannel.offset(of: STDERR_FILENO))
    OutputChannel.send(object)
}
