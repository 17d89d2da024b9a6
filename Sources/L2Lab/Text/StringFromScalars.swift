extension String {
    /// The string of `scalars`, unchanged (no normalization). An ASCII run is written byte by
    /// byte, several times faster than appending scalars to a `String.UnicodeScalarView`.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        guard scalars.allSatisfy(\.isASCII) else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            self.init(view)
            return
        }
        self.init(unsafeUninitializedCapacity: scalars.count) { bytes in
            for (offset, scalar) in zip(bytes.indices, scalars) {
                bytes[offset] = UInt8(truncatingIfNeeded: scalar.value)
            }
            return scalars.count
        }
    }
}
