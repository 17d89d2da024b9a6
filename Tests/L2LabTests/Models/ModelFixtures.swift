@testable import L2Lab

/// Small seeded data sets shared by the model tests.
enum ModelFixtures {
    static func randomVector(_ count: Int, seed: UInt64, deviation: Double = 1) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in generator.nextNormal(standardDeviation: deviation) }
    }

    static func regression(rows: Int, columns: Int, seed: UInt64) -> (Matrix, [Double]) {
        let x = Matrix(rows: rows, columns: columns, elements: randomVector(rows * columns, seed: seed))
        let trueWeights = randomVector(columns, seed: seed + 1)
        let noise = randomVector(rows, seed: seed + 2, deviation: 0.1)
        let y = x.times(trueWeights).enumerated().map { $0.element + 0.5 + noise[$0.offset] }
        return (x, y)
    }

    static func documents(count: Int, vocabularySize: Int, seed: UInt64) -> (SparseMatrix, [Double]) {
        var generator = Xoshiro256StarStar(seed: seed)
        var documents = [[Int]]()
        var labels = [Double]()
        for _ in 0..<count {
            let label = generator.nextInt(below: 2)
            let length = 2 + generator.nextInt(below: 6)
            documents.append((0..<length).map { _ in
                let word = generator.nextInt(below: vocabularySize)
                // Words in the first half are more frequent in positive documents.
                return label == 1 && word >= vocabularySize / 2 ? word - vocabularySize / 2 : word
            })
            labels.append(Double(label))
        }
        return (SparseMatrix.bagOfWords(documents: documents, vocabularySize: vocabularySize), labels)
    }

    static func tokens(count: Int, vocabularySize: Int, seed: UInt64) -> [Int] {
        var generator = Xoshiro256StarStar(seed: seed)
        var result = [0]
        for _ in 1..<count {
            // A mostly deterministic successor with noise, so bigrams repeat.
            let next = generator.nextUniform() < 0.6
                ? (result[result.count - 1] * 3 + 1) % vocabularySize
                : generator.nextInt(below: vocabularySize)
            result.append(next)
        }
        return result
    }
}
