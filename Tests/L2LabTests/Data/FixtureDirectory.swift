import Foundation
import L2Lab

/// The data directories under `Fixtures/`: `valid`, `truncated` and `wrong-shape`.
enum FixtureDirectory {
    static func named(_ name: String) throws -> DataDirectory {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return DataDirectory(path: fixtures.appendingPathComponent(name).path)
    }
}
