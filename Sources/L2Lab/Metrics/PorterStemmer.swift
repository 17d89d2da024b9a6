/// The Porter stemmer exactly as nltk's `PorterStemmer()` runs it, which `rouge-score` uses.
///
/// This is nltk's default `NLTK_EXTENSIONS` mode (nltk 3.10), not the original 1980
/// algorithm: it keeps a small table of irregular forms (`"dying"` → `"die"`), leaves words
/// of one or two letters alone, and has nltk's changes to steps 1a, 1b, 1c and 2.
/// Rules are tried in nltk's order, and, as in nltk, the first rule whose suffix matches
/// ends its step even when its condition fails.
public struct PorterStemmer: Sendable {
    private typealias Word = [Unicode.Scalar]
    private typealias Rule = (suffix: String, replacement: String, condition: ((Word) -> Bool)?)

    private static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
        "outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
        "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]

    /// Creates a stemmer.
    public init() {}

    /// Stems already found in this process: a text repeats its words. Keyed by the word's
    /// scalars (`TokenKey`), since `String` equality would take "café" for "cafe" + U+0301.
    static let stems = BoundedCache<TokenKey, String>(capacity: 1 << 16)

    /// The stem of `word`, lower-cased first as nltk does.
    public func stem(_ word: String) -> String {
        Self.stems.value(TokenKey(word)) { uncachedStem($0.text) }
    }

    /// The stem of `word`, found step by step (what `stem(_:)` holds).
    func uncachedStem(_ word: String) -> String {
        let lowered = word.lowercased()
        if let irregular = PorterStemmer.irregularForms[lowered] {
            return irregular
        }
        var stem = Word(lowered.unicodeScalars)
        if word.unicodeScalars.count <= 2 {
            return lowered
        }
        stem = step1a(stem)
        stem = step1b(stem)
        stem = step1c(stem)
        stem = step2(stem)
        stem = step3(stem)
        stem = step4(stem)
        stem = step5a(stem)
        stem = step5b(stem)
        return String(scalars: stem)
    }

    // MARK: - Letter classes and measure

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "a" || scalar == "e" || scalar == "i" || scalar == "o" || scalar == "u"
    }

    /// Consonant flag per letter; `y` is a consonant at the start or after a vowel.
    private func consonantFlags(_ word: Word) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(word.count)
        for (index, letter) in word.enumerated() {
            if PorterStemmer.isVowel(letter) {
                flags.append(false)
            } else if letter == "y" {
                flags.append(index == 0 ? true : !flags[index - 1])
            } else {
                flags.append(true)
            }
        }
        return flags
    }

    private func isConsonant(_ word: Word, _ index: Int) -> Bool {
        consonantFlags(Array(word[...index]))[index]
    }

    /// The number of vowel-consonant transitions, Porter's m.
    private func measure(_ stem: Word) -> Int {
        let flags = consonantFlags(stem)
        var count = 0
        for index in flags.indices.dropFirst() where !flags[index - 1] && flags[index] {
            count += 1
        }
        return count
    }

    private func containsVowel(_ stem: Word) -> Bool {
        consonantFlags(stem).contains(false)
    }

    private func endsDoubleConsonant(_ word: Word) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2]
            && isConsonant(word, word.count - 1)
    }

    /// Consonant-vowel-consonant ending (last not w, x, y), or nltk's two-letter vowel-consonant.
    private func endsCVC(_ word: Word) -> Bool {
        let count = word.count
        if count >= 3 {
            let flags = consonantFlags(word)
            let last = word[count - 1]
            if flags[count - 3] && !flags[count - 2] && flags[count - 1]
                && last != "w" && last != "x" && last != "y" {
                return true
            }
        }
        if count == 2 {
            let flags = consonantFlags(word)
            return !flags[0] && flags[1]
        }
        return false
    }

    // MARK: - Rule application

    private func hasSuffix(_ word: Word, _ suffix: String) -> Bool {
        let suffixScalars = Array(suffix.unicodeScalars)
        return word.count >= suffixScalars.count && Array(word.suffix(suffixScalars.count)) == suffixScalars
    }

    private func dropping(_ suffix: String, from word: Word) -> Word {
        Array(word.dropLast(suffix.unicodeScalars.count))
    }

    /// Applies the first rule whose suffix matches; later rules are not tried.
    private func applyFirstMatching(_ rules: [Rule], to word: Word) -> Word {
        for rule in rules where hasSuffix(word, rule.suffix) {
            let stem = dropping(rule.suffix, from: word)
            if rule.condition?(stem) ?? true {
                return stem + Array(rule.replacement.unicodeScalars)
            }
            return word
        }
        return word
    }

    private func positiveMeasure(_ stem: Word) -> Bool {
        measure(stem) > 0
    }

    // MARK: - Steps

    private func step1a(_ word: Word) -> Word {
        if hasSuffix(word, "ies") && word.count == 4 {
            return dropping("ies", from: word) + ["i", "e"]
        }
        let rules: [Rule] = [("sses", "ss", nil), ("ies", "i", nil), ("ss", "ss", nil), ("s", "", nil)]
        return applyFirstMatching(rules, to: word)
    }

    private func step1b(_ word: Word) -> Word {
        if hasSuffix(word, "ied") {
            return dropping("ied", from: word) + (word.count == 4 ? ["i", "e"] : ["i"])
        }
        if hasSuffix(word, "eed") {
            let stem = dropping("eed", from: word)
            return measure(stem) > 0 ? stem + ["e", "e"] : word
        }
        var intermediate: Word?
        for suffix in ["ed", "ing"] where hasSuffix(word, suffix) {
            let candidate = dropping(suffix, from: word)
            if containsVowel(candidate) {
                intermediate = candidate
                break
            }
        }
        guard let stem = intermediate else { return word }
        if hasSuffix(stem, "at") || hasSuffix(stem, "bl") || hasSuffix(stem, "iz") {
            return stem + ["e"]
        }
        if endsDoubleConsonant(stem) {
            let last = stem[stem.count - 1]
            return last == "l" || last == "s" || last == "z" ? stem : Array(stem.dropLast())
        }
        return measure(stem) == 1 && endsCVC(stem) ? stem + ["e"] : stem
    }

    private func step1c(_ word: Word) -> Word {
        let condition: (Word) -> Bool = { stem in
            stem.count > 1 && self.isConsonant(stem, stem.count - 1)
        }
        return applyFirstMatching([("y", "i", condition)], to: word)
    }

    private func step2(_ word: Word) -> Word {
        if hasSuffix(word, "alli") && positiveMeasure(dropping("alli", from: word)) {
            return step2(dropping("alli", from: word) + ["a", "l"])
        }
        let positive: (Word) -> Bool = { self.positiveMeasure($0) }
        let rules: [Rule] = [
            ("ational", "ate", positive), ("tional", "tion", positive), ("enci", "ence", positive),
            ("anci", "ance", positive), ("izer", "ize", positive), ("bli", "ble", positive),
            ("alli", "al", positive), ("entli", "ent", positive), ("eli", "e", positive),
            ("ousli", "ous", positive), ("ization", "ize", positive), ("ation", "ate", positive),
            ("ator", "ate", positive), ("alism", "al", positive), ("iveness", "ive", positive),
            ("fulness", "ful", positive), ("ousness", "ous", positive), ("aliti", "al", positive),
            ("iviti", "ive", positive), ("biliti", "ble", positive), ("fulli", "ful", positive),
            // nltk measures the word without "ogi", i.e. the stem plus its "l".
            ("logi", "log", { _ in self.positiveMeasure(Array(word.dropLast(3))) }),
        ]
        return applyFirstMatching(rules, to: word)
    }

    private func step3(_ word: Word) -> Word {
        let positive: (Word) -> Bool = { self.positiveMeasure($0) }
        return applyFirstMatching([
            ("icate", "ic", positive), ("ative", "", positive), ("alize", "al", positive),
            ("iciti", "ic", positive), ("ical", "ic", positive), ("ful", "", positive),
            ("ness", "", positive),
        ], to: word)
    }

    private func step4(_ word: Word) -> Word {
        let greaterThanOne: (Word) -> Bool = { self.measure($0) > 1 }
        let ionCondition: (Word) -> Bool = { stem in
            self.measure(stem) > 1 && (stem.last == "s" || stem.last == "t")
        }
        let suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"]
        var rules: [Rule] = suffixes.map { ($0, "", greaterThanOne) }
        rules.append(("ion", "", ionCondition))
        rules += ["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map { ($0, "", greaterThanOne) }
        return applyFirstMatching(rules, to: word)
    }

    private func step5a(_ word: Word) -> Word {
        guard word.last == "e" else { return word }
        let stem = Array(word.dropLast())
        let stemMeasure = measure(stem)
        if stemMeasure > 1 || (stemMeasure == 1 && !endsCVC(stem)) {
            return stem
        }
        return word
    }

    private func step5b(_ word: Word) -> Word {
        applyFirstMatching([("ll", "l", { _ in self.measure(Array(word.dropLast())) > 1 })], to: word)
    }
}
