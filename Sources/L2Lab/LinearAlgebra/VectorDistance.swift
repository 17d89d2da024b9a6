/// Returns the largest absolute difference between `a` and `b`, element by element (the
/// maximum norm of a − b); 0 for empty vectors.
///
/// - Precondition: `a` and `b` have the same count.
public func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "vectors of different lengths")
    var largest = 0.0
    for (x, y) in zip(a, b) {
        largest = max(largest, abs(x - y))
    }
    return largest
}

/// Returns ‖a − b‖ / ‖b‖, the Euclidean distance of `a` from `b` relative to the size of `b`.
///
/// - Precondition: `a` and `b` have the same count.
public func relativeDistance(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "vectors of different lengths")
    return norm(zip(a, b).map { $0 - $1 }) / norm(b)
}
