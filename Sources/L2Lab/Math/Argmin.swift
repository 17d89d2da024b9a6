/// Returns the index of the smallest element of `values`, the first one if several are equal.
///
/// - Precondition: `values` is not empty.
public func argmin(_ values: [Double]) -> Int {
    precondition(!values.isEmpty, "argmin of an empty array")
    var best = 0
    for index in values.indices.dropFirst() where values[index] < values[best] {
        best = index
    }
    return best
}
