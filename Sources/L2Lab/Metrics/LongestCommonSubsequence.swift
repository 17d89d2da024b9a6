/// Longest common subsequences of token sequences, as `rouge-score` computes them for ROUGE-L.
///
/// Tokens are compared by Unicode scalars (``TokenKey``), as Python compares strings.
enum LongestCommonSubsequence {
    /// The dynamic-programming table: `table[i][j]` is the LCS length of `reference[..<i]`
    /// and `candidate[..<j]`.
    static func table(_ reference: [TokenKey], _ candidate: [TokenKey]) -> [[Int]] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: candidate.count + 1),
                            count: reference.count + 1)
        for i in 1..<(reference.count + 1) {
            for j in 1..<(candidate.count + 1) {
                if reference[i - 1] == candidate[j - 1] {
                    table[i][j] = table[i - 1][j - 1] + 1
                } else {
                    table[i][j] = max(table[i - 1][j], table[i][j - 1])
                }
            }
        }
        return table
    }

    /// The LCS length of two sequences: the last entry of `table`, found a row at a time with
    /// the tokens numbered first (equal numbers for equal scalars), which is several times faster.
    static func length(_ reference: [String], _ candidate: [String]) -> Int {
        guard !reference.isEmpty, !candidate.isEmpty else { return 0 }
        var numbers: [TokenKey: Int] = [:]
        func number(_ token: String) -> Int {
            let key = TokenKey(token)
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        let rows = reference.map(number)
        let columns = candidate.map(number)
        var previous = [Int](repeating: 0, count: columns.count + 1)
        var current = previous
        for row in rows {
            for j in 1..<(columns.count + 1) {
                current[j] = row == columns[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[columns.count]
    }

    /// Indices into `reference` of one LCS, chosen by `rouge-score`'s backtracking rule.
    static func referenceIndices(_ reference: [TokenKey], _ candidate: [TokenKey]) -> [Int] {
        guard !reference.isEmpty, !candidate.isEmpty else { return [] }
        let table = table(reference, candidate)
        var i = reference.count
        var j = candidate.count
        var indices: [Int] = []
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                indices.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i][j - 1] > table[i - 1][j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return indices.reversed()
    }

    /// The tokens of `reference` in the union of its LCS with each candidate sentence.
    static func unionTokens(_ reference: [String], _ candidates: [[String]]) -> [String] {
        let referenceKeys = reference.map { TokenKey($0) }
        var inUnion = [Bool](repeating: false, count: reference.count)
        for candidate in candidates {
            for index in referenceIndices(referenceKeys, candidate.map { TokenKey($0) }) {
                inUnion[index] = true
            }
        }
        return reference.indices.filter { inUnion[$0] }.map { reference[$0] }
    }
}
