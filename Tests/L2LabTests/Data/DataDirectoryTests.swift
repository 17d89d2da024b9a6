import L2Lab
import XCTest

final class DataDirectoryTests: XCTestCase {
    func testEnvironmentVariableOverridesDefault() {
        let previous = ProcessInfo.processInfo.environment[DataDirectory.environmentVariable]
        defer {
            if let previous {
                setenv(DataDirectory.environmentVariable, previous, 1)
            } else {
                unsetenv(DataDirectory.environmentVariable)
            }
        }
        setenv(DataDirectory.environmentVariable, "/srv/corpora", 1)
        XCTAssertEqual(DataDirectory.fromEnvironment(), DataDirectory(path: "/srv/corpora"))
        unsetenv(DataDirectory.environmentVariable)
        XCTAssertEqual(DataDirectory.fromEnvironment(), DataDirectory(path: ".book-data"))
    }
}
