/// Converts the subset of TeX that the book uses into MathML, at build time, so that formulas
/// need no JavaScript. Unsupported commands are errors, never silently broken output.
///
/// Supported: letters, digits, operators, groups `{}`, sub- and superscripts, `\frac`, `\sqrt`,
/// `\hat`/`\bar`/`\tilde`, Greek letters, common relations and operators, `\sum`/`\prod` with
/// limits, `\mathbb`/`\mathcal`/`\mathbf`/`\mathrm`, `\operatorname`, `\text`, `\left`/`\right`,
/// spacing, and `\begin{aligned}` / `\begin{cases}` with `&` and `\\`. Brackets and norm
/// bars keep their size; only `\left` and `\right` make them stretch.
struct TeXToMathML {
    /// A mistake in a formula, at a character offset into it.
    struct Failure: Error, Equatable {
        var message: String
        /// Where in the formula (1-based, in characters) the offending command, character or
        /// environment starts; for something missing, where it was expected.
        var column: Int
    }

    private var characters: [Character]
    private var position = 0
    private let display: Bool
    /// How many sequences and arguments enclose the current position.
    private var depth = 0

    /// The deepest nesting of groups and arguments a formula may have: far beyond any real
    /// formula, and shallow enough to keep the recursive descent's use of the stack small.
    static let maximumDepth = 100

    /// The MathML `<math>` element for `tex`.
    static func convert(_ tex: String, display: Bool) throws -> String {
        var converter = TeXToMathML(characters: Array(tex), display: display)
        let body = try converter.sequence(until: nil)
        guard converter.position == converter.characters.count else {
            throw converter.failure("'&', '\\\\' or '\\end' outside an aligned or cases environment")
        }
        let mode = display ? " display=\"block\"" : ""
        return "<math\(mode)><mrow>\(body)</mrow></math>"
    }

    private init(characters: [Character], display: Bool) {
        self.characters = characters
        self.display = display
    }

    // MARK: - Grammar

    /// Items up to `terminator` (a closing brace, `\right`, `\end`), which is not consumed.
    private mutating func sequence(until terminator: Character?) throws -> String {
        try enterNesting()
        defer { depth -= 1 }
        var out = ""
        while true {
            skipSpaces()
            guard let next = peek() else {
                if terminator != nil { throw failure("a '{' is never closed") }
                return out
            }
            if next == terminator { return out }
            if next == "}" { throw failure("'}' without a matching '{'") }
            if next == "&" || lookingAt("\\\\") || lookingAt("\\end") { return out }
            out += try scripted()
        }
    }

    /// An atom with its optional subscript and superscript.
    private mutating func scripted() throws -> String {
        let (base, isLargeOperator) = try atom()
        var subscriptPart: String?
        var superscriptPart: String?
        while true {
            skipSpaces()
            if peek() == "_", subscriptPart == nil {
                position += 1
                subscriptPart = try argument()
            } else if peek() == "^", superscriptPart == nil {
                position += 1
                superscriptPart = try argument()
            } else if peek() == "'" {
                position += 1
                superscriptPart = (superscriptPart ?? "") + "<mo>′</mo>"
            } else {
                break
            }
        }
        let limits = isLargeOperator && display
        switch (subscriptPart, superscriptPart) {
        case let (sub?, sup?):
            return limits
                ? "<munderover>\(base)\(sub)\(sup)</munderover>"
                : "<msubsup>\(base)\(sub)\(sup)</msubsup>"
        case let (sub?, nil):
            return limits ? "<munder>\(base)\(sub)</munder>" : "<msub>\(base)\(sub)</msub>"
        case let (nil, sup?):
            return limits ? "<mover>\(base)\(sup)</mover>" : "<msup>\(base)\(sup)</msup>"
        default:
            return base
        }
    }

    /// A script or command argument: a group, or a single atom.
    private mutating func argument() throws -> String {
        try enterNesting()
        defer { depth -= 1 }
        skipSpaces()
        if peek() == "{" { return try group() }
        guard peek() != nil else { throw failure("a script or argument is missing") }
        return try atom().markup
    }

    private mutating func group() throws -> String {
        try expect("{")
        let inner = try sequence(until: "}")
        try expect("}")
        return "<mrow>\(inner)</mrow>"
    }

    /// The raw text of a `{...}` argument, for `\text` and friends.
    private mutating func rawArgument() throws -> String {
        skipSpaces()
        try expect("{")
        var depth = 1
        var text = ""
        while let character = next() {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1; if depth == 0 { return text } }
            text.append(character)
        }
        throw failure("a '{' is never closed")
    }

    private mutating func atom() throws -> (markup: String, isLargeOperator: Bool) {
        guard let character = next() else { throw failure("unexpected end of formula") }
        if character == "{" {
            position -= 1
            return (try group(), false)
        }
        if character.isNumber || character == "." && (peek()?.isNumber ?? false) {
            var number = String(character)
            while let digit = peek(), digit.isNumber || digit == "." && (peekAt(1)?.isNumber ?? false) {
                number.append(digit)
                position += 1
            }
            return ("<mn>\(number)</mn>", false)
        }
        if character.isLetter { return ("<mi>\(HTML.escape(String(character)))</mi>", false) }
        if character == "\\" { return try command() }
        if "()[]|".contains(character) {
            return ("<mo stretchy=\"false\">\(HTML.escape(String(character)))</mo>", false)
        }
        if "+-=<>,.;:!/*?".contains(character) {
            let symbol = character == "-" ? "−" : character == "*" ? "∗" : String(character)
            return ("<mo>\(HTML.escape(symbol))</mo>", false)
        }
        throw failure("unexpected character '\(character)'", at: position - 1)
    }

    private mutating func command() throws -> (markup: String, isLargeOperator: Bool) {
        let start = position - 1
        var name = ""
        while let letter = peek(), letter.isLetter {
            name.append(letter)
            position += 1
        }
        if name.isEmpty, let symbol = next() { name = String(symbol) }
        if let letter = TeXSymbols.greek[name] { return ("<mi>\(letter)</mi>", false) }
        if let letter = TeXSymbols.upperGreek[name] {
            return ("<mi mathvariant=\"normal\">\(letter)</mi>", false)
        }
        if let symbol = TeXSymbols.operators[name] {
            let fixed = TeXSymbols.fences.contains(name) ? " stretchy=\"false\"" : ""
            return ("<mo\(fixed)>\(symbol)</mo>", false)
        }
        if let symbol = TeXSymbols.identifiers[name] { return ("<mi>\(symbol)</mi>", false) }
        if let symbol = TeXSymbols.largeOperators[name] { return ("<mo>\(symbol)</mo>", true) }
        if TeXSymbols.functions.contains(name) {
            return ("<mi>\(name)</mi>", name == "max" || name == "min" || name == "lim")
        }
        if let width = TeXSymbols.spaces[name] { return ("<mspace width=\"\(width)\"/>", false) }
        switch name {
        case "frac":
            let numerator = try argument()
            let denominator = try argument()
            return ("<mfrac>\(numerator)\(denominator)</mfrac>", false)
        case "sqrt":
            return ("<msqrt>\(try argument())</msqrt>", false)
        case "hat", "bar", "tilde":
            let accent = ["hat": "^", "bar": "¯", "tilde": "~"][name]!
            return ("<mover accent=\"true\">\(try argument())<mo>\(accent)</mo></mover>", false)
        case "mathbb", "mathcal", "mathbf", "mathrm":
            let variants = [
                "mathbb": "double-struck", "mathcal": "script", "mathbf": "bold", "mathrm": "normal",
            ]
            let variant = variants[name]!
            let text = try rawArgument()
            return ("<mi mathvariant=\"\(variant)\">\(HTML.escape(text))</mi>", false)
        case "operatorname":
            return ("<mi>\(HTML.escape(try rawArgument()))</mi><mo>\u{2061}</mo>", false)
        case "text":
            return ("<mtext>\(HTML.escape(try rawArgument()))</mtext>", false)
        case "left", "right":
            skipSpaces()
            guard let delimiter = try delimiterAfterSizing() else { return ("", false) }
            return ("<mo>\(HTML.escape(delimiter))</mo>", false)
        case "begin":
            return (try environment(at: start), false)
        default:
            throw failure("unsupported TeX command '\\\(name)'", at: start)
        }
    }

    private mutating func delimiterAfterSizing() throws -> String? {
        guard let character = next() else {
            throw failure("a delimiter is missing after \\left or \\right")
        }
        if character == "." { return nil }
        if character == "\\" {
            let start = position - 1
            var name = ""
            while let letter = peek(), letter.isLetter { name.append(letter); position += 1 }
            if name.isEmpty, let symbol = next() { name = String(symbol) }
            guard let symbol = TeXSymbols.operators[name] else {
                throw failure("unsupported delimiter '\\\(name)'", at: start)
            }
            return symbol
        }
        return String(character)
    }

    /// `\begin{aligned}` or `\begin{cases}` (whose `\begin` is at `start`), up to its `\end`.
    private mutating func environment(at start: Int) throws -> String {
        let name = try rawArgument()
        guard name == "aligned" || name == "cases" else {
            throw failure("unsupported environment '\(name)'", at: start)
        }
        var rows: [[String]] = [[]]
        while true {
            let cell = try sequence(until: nil)
            rows[rows.count - 1].append(cell)
            if peek() == "&" {
                position += 1
            } else if lookingAt("\\\\") {
                position += 2
                rows.append([])
            } else if lookingAt("\\end") {
                let end = position
                position += 4
                guard try rawArgument() == name else {
                    throw failure("\\begin{\(name)} closed by another \\end", at: end)
                }
                break
            } else {
                throw failure("\\begin{\(name)} is never ended")
            }
        }
        let alignment = name == "aligned" ? " columnalign=\"right left\"" : " columnalign=\"left left\""
        let table = rows.filter { !$0.isEmpty }.map { row in
            "<mtr>" + row.map { "<mtd><mrow>\($0)</mrow></mtd>" }.joined() + "</mtr>"
        }.joined()
        let body = "<mtable\(alignment)>\(table)</mtable>"
        return name == "cases" ? "<mrow><mo>{</mo>\(body)</mrow>" : body
    }

    /// Counts one more level of nesting; every cycle of the grammar passes through `sequence`
    /// or `argument`, so checking there bounds the recursion.
    private mutating func enterNesting() throws {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw failure("the formula nests groups or arguments more than "
                + "\(Self.maximumDepth) levels deep")
        }
    }

    // MARK: - Reading

    /// A failure at character `index` of the formula (by default the current position).
    private func failure(_ message: String, at index: Int? = nil) -> Failure {
        Failure(message: message, column: min(max(index ?? position, 0), characters.count) + 1)
    }

    private func peek() -> Character? { position < characters.count ? characters[position] : nil }
    private func peekAt(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }
    private mutating func next() -> Character? {
        defer { position += 1 }
        return peek()
    }
    private func lookingAt(_ text: String) -> Bool {
        let expected = Array(text)
        return position + expected.count <= characters.count
            && Array(characters[position..<(position + expected.count)]) == expected
    }
    private mutating func skipSpaces() {
        while let character = peek(), character.isWhitespace { position += 1 }
    }
    private mutating func expect(_ character: Character) throws {
        skipSpaces()
        guard peek() == character else { throw failure("expected '\(character)'") }
        position += 1
    }
}
