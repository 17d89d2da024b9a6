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
                // Safe unchecked: each iteration reads its own element and writes its own slot,
                // and `concurrentPerform` returns only after every iteration ended; that
                // `transform` shares no mutable state between calls is this method's contract.
                nonisolated(unsafe) let (slots, elements, transform) = (slots, elements, transform)
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    slots[index] = transform(elements[index])
                }
            }
            return slots.map { $0! }
        }
    }
}
