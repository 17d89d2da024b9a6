import Dispatch

extension Array {
    /// `map`, with the elements transformed on several threads at once.
    ///
    /// The result is in the order of `self`, and element `i` of it is `transform(self[i])`, so
    /// it is the same as `map`'s whatever the number of threads, provided `transform` does not
    /// share mutable state between calls (give each call its own seeded generator). Use it for
    /// independent pieces of work of similar size, such as one training run per λ of a sweep.
    public func parallelMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        withoutActuallyEscaping(transform) { transform in
            let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
            slots.initialize(repeating: nil)
            defer { slots.deinitialize(); slots.deallocate() }
            withUnsafeBufferPointer { elements in
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    slots[index] = transform(elements[index])   // each index is written by one thread
                }
            }
            return slots.map { $0! }
        }
    }
}
