public enum L2LabVersion { public static let name = "L2Lab" }
