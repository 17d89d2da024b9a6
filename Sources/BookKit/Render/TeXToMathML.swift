/// Converts the subset of TeX that the book uses into MathML, at build time, so that formulas
/// need no JavaScript. Unsupported commands are errors, never silently broken output.
///
/// The commands it knows are the tables of `TeXSymbols` (docs/MATH.md lists them, generated
/// from those tables by `book math-commands`). The MathML it writes is structurally correct:
/// every `msub`, `msup`, `msubsup`, `mfrac`, `mover`, `munder`, `munderover` and `mroot` has
/// exactly the children MathML requires (a script or argument of several items is an `mrow`),
/// `\left … \right` is an `mrow` of its own so that scripts after `\right` apply to all of it,
/// and an operator name (log, exp, \operatorname{softmax}) is followed by U+2061, the function
/// application character, after its scripts. Brackets and norm bars keep their size; only
/// `\left` and `\right` make them stretch.
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
    /// Whether large operators take their scripts under and over them: on display, and after
    /// `\displaystyle` (until the end of its group).
    private var display: Bool
    /// How many sequences and arguments enclose the current position.
    private var depth = 0

    /// The deepest nesting of groups and arguments a formula may have: far beyond any real
    /// formula, and shallow enough to keep the recursive descent's use of the stack small.
    static let maximumDepth = 100

    /// The MathML `<math>` element for `tex`.
    static func convert(_ tex: String, display: Bool) throws -> HTML {
        var converter = TeXToMathML(characters: Array(tex), display: display)
        let body = try converter.sequence(until: nil)
        guard converter.position == converter.characters.count else {
            throw converter.failure("'&', '\\\\' or '\\end' outside an environment such as aligned")
        }
        let mode: HTML = display ? " display=\"block\"" : ""
        return "<math\(mode)><mrow>\(body)</mrow></math>"
    }

    private init(characters: [Character], display: Bool) {
        self.characters = characters
        self.display = display
    }

    // MARK: - Grammar

    /// Where the scripts of an atom go: beside it, under and over it on display only (`\sum`,
    /// `\max`), or always under and over it (`\underbrace`, `\limits`).
    private enum Limits { case never, display, always }

    /// One item of a formula: a single MathML element.
    private struct Atom {
        var markup: HTML
        var limits = Limits.never
        /// Whether it is an operator name, which U+2061 follows.
        var isFunction = false
    }

    /// Items up to `terminator` (a closing brace or bracket, `\end`, `&`, `\\`), which is not
    /// consumed; inside `\left` (when `inLeft`), also up to `\right`.
    private mutating func sequence(until terminator: Character?, inLeft: Bool = false) throws -> HTML {
        try enterNesting()
        defer { depth -= 1 }
        var out = HTML()
        while true {
            skipSpaces()
            guard let next = peek() else {
                if terminator != nil { throw failure("a '{' is never closed") }
                return out
            }
            if next == terminator { return out }
            if next == "}" { throw failure("'}' without a matching '{'") }
            if next == "&" || lookingAt("\\\\") || lookingAtCommand("end") { return out }
            if inLeft, lookingAtCommand("right") { return out }
            for (style, value) in [("displaystyle", "true"), ("textstyle", "false")]
            where lookingAtCommand(style) {
                position += style.count + 1
                let outer = display
                display = value == "true"
                defer { display = outer }
                let rest = try sequence(until: terminator, inLeft: inLeft)
                return out + "<mstyle displaystyle=\"\(value)\">\(rest)</mstyle>"
            }
            out += try scripted()
        }
    }

    /// An atom with its optional subscript and superscript, and U+2061 after an operator name.
    private mutating func scripted() throws -> HTML {
        let atom = try self.atom()
        var limits = atom.limits
        var subscriptPart: HTML?
        var superscriptPart: HTML?
        while true {
            skipSpaces()
            if lookingAtCommand("limits") || lookingAtCommand("nolimits") {
                let forced = lookingAtCommand("limits")
                guard atom.limits != .never || atom.isFunction,
                      subscriptPart == nil, superscriptPart == nil else {
                    throw failure("\\limits and \\nolimits follow a large operator or an operator name")
                }
                position += forced ? 7 : 9
                limits = forced ? .always : .never
            } else if peek() == "_", subscriptPart == nil {
                position += 1
                subscriptPart = try argument()
            } else if peek() == "^", superscriptPart == nil {
                position += 1
                superscriptPart = (superscriptPart ?? "") + (try argument())
            } else if peek() == "'" {
                position += 1
                superscriptPart = (superscriptPart ?? "") + "<mo>′</mo>"
            } else {
                break
            }
        }
        let base = atom.markup
        let under = limits == .always || limits == .display && display
        var markup: HTML
        switch (subscriptPart.map(Self.single), superscriptPart.map(Self.single)) {
        case let (sub?, sup?):
            markup = under
                ? "<munderover>\(base)\(sub)\(sup)</munderover>"
                : "<msubsup>\(base)\(sub)\(sup)</msubsup>"
        case let (sub?, nil):
            markup = under ? "<munder>\(base)\(sub)</munder>" : "<msub>\(base)\(sub)</msub>"
        case let (nil, sup?):
            markup = under ? "<mover>\(base)\(sup)</mover>" : "<msup>\(base)\(sup)</msup>"
        default:
            markup = base
        }
        if atom.isFunction, appliesToWhatFollows() { markup += "<mo>\u{2061}</mo>" }
        return markup
    }

    /// Whether an item follows in the current sequence (an operator name at the end of a
    /// group, such as the `\min` of `s_{\min}`, is a label, applied to nothing).
    private mutating func appliesToWhatFollows() -> Bool {
        skipSpaces()
        guard let next = peek() else { return false }
        return !"}]&".contains(next) && !lookingAt("\\\\") && !lookingAtCommand("end")
            && !lookingAtCommand("right")
    }

    /// A script or command argument: a group, or a single atom; always one element.
    private mutating func argument() throws -> HTML {
        try enterNesting()
        defer { depth -= 1 }
        skipSpaces()
        if peek() == "{" { return try group() }
        guard let next = peek() else { throw failure("a script or argument is missing") }
        // As in TeX, an argument without braces is one token: `x^23` is x² followed by 3.
        if next.isNumber {
            position += 1
            return "<mn>\(String(next))</mn>"
        }
        return try atom().markup
    }

    /// An optional `[...]` argument, as an element.
    private mutating func optionalArgument() throws -> HTML? {
        skipSpaces()
        guard peek() == "[" else { return nil }
        position += 1
        let inner = try sequence(until: "]")
        try expect("]")
        return "<mrow>\(inner)</mrow>"
    }

    private mutating func group() throws -> HTML {
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

    private mutating func atom() throws -> Atom {
        guard let character = next() else { throw failure("unexpected end of formula") }
        if character == "{" {
            position -= 1
            return Atom(markup: try group())
        }
        if character.isNumber || character == "." && (peek()?.isNumber ?? false) {
            var number = String(character)
            while let digit = peek(), digit.isNumber || digit == "." && (peekAt(1)?.isNumber ?? false) {
                number.append(digit)
                position += 1
            }
            return Atom(markup: "<mn>\(number)</mn>")
        }
        if character.isLetter { return Atom(markup: "<mi>\(String(character))</mi>") }
        if character == "\\" {
            var atom = try command()
            atom.markup = Self.single(atom.markup)
            return atom
        }
        if "()[]|".contains(character) {
            return Atom(markup: "<mo stretchy=\"false\">\(String(character))</mo>")
        }
        if "+-=<>,.;:!/*?".contains(character) {
            let symbol = character == "-" ? "−" : character == "*" ? "∗" : String(character)
            return Atom(markup: "<mo>\(symbol)</mo>")
        }
        throw failure("unexpected character '\(character)'", at: position - 1)
    }

    private mutating func command() throws -> Atom {
        let start = position - 1
        var name = ""
        while let letter = peek(), letter.isLetter {
            name.append(letter)
            position += 1
        }
        if name.isEmpty, let symbol = next() { name = String(symbol) }
        if let letter = TeXSymbols.greek[name] { return Atom(markup: "<mi>\(letter)</mi>") }
        if let letter = TeXSymbols.upperGreek[name] {
            return Atom(markup: "<mi mathvariant=\"normal\">\(letter)</mi>")
        }
        if let symbol = TeXSymbols.operators[name] {
            let fixed: HTML = TeXSymbols.fences.contains(name) ? " stretchy=\"false\"" : ""
            return Atom(markup: "<mo\(fixed)>\(symbol)</mo>")
        }
        if let symbol = TeXSymbols.identifiers[name] { return Atom(markup: "<mi>\(symbol)</mi>") }
        if let symbol = TeXSymbols.largeOperators[name] {
            return Atom(markup: "<mo>\(symbol)</mo>", limits: .display)
        }
        if TeXSymbols.functions.contains(name) {
            let limits: Limits = TeXSymbols.limitFunctions.contains(name) ? .display : .never
            return Atom(markup: "<mi>\(name)</mi>", limits: limits, isFunction: true)
        }
        if let width = TeXSymbols.spaces[name] { return Atom(markup: "<mspace width=\"\(width)\"/>") }
        if let accent = TeXSymbols.accents[name] {
            return Atom(markup: "<mover accent=\"true\">\(try argument())<mo>\(accent)</mo></mover>")
        }
        guard TeXSymbols.constructs.contains(where: { $0.name == name }) else {
            throw failure("unsupported TeX command '\\\(name)'", at: start)
        }
        switch name {
        case "frac", "tfrac", "dfrac":
            let numerator = try argument()
            let denominator = try argument()
            let fraction: HTML = "<mfrac>\(numerator)\(denominator)</mfrac>"
            if name == "frac" { return Atom(markup: fraction) }
            let displayStyle = name == "dfrac" ? "true" : "false"
            return Atom(markup: "<mstyle displaystyle=\"\(displayStyle)\">\(fraction)</mstyle>")
        case "binom":
            let top = try argument()
            let bottom = try argument()
            return Atom(markup: "<mrow><mo>(</mo><mfrac linethickness=\"0\">\(top)\(bottom)</mfrac>"
                + "<mo>)</mo></mrow>")
        case "sqrt":
            if let index = try optionalArgument() {
                return Atom(markup: "<mroot>\(try argument())\(index)</mroot>")
            }
            return Atom(markup: "<msqrt>\(try argument())</msqrt>")
        case "mathbb", "mathcal", "mathrm":
            let variants = ["mathbb": "double-struck", "mathcal": "script", "mathrm": "normal"]
            let variant = variants[name]!
            let text = try rawArgument()
            return Atom(markup: "<mi mathvariant=\"\(variant)\">\(text)</mi>")
        case "mathbf", "boldsymbol":
            return Atom(markup: Self.bold(try argument(), italic: name == "boldsymbol"))
        case "operatorname":
            let starred = peek() == "*"
            if starred { position += 1 }
            return Atom(markup: "<mi>\(try rawArgument())</mi>",
                        limits: starred ? .display : .never, isFunction: true)
        case "text":
            return Atom(markup: "<mtext>\(try rawArgument())</mtext>")
        case "left":
            skipSpaces()
            let open = try delimiterAfterSizing()
            let inner = try sequence(until: nil, inLeft: true)
            guard lookingAtCommand("right") else {
                throw failure("\\left without a matching \\right", at: start)
            }
            position += 6
            skipSpaces()
            let close = try delimiterAfterSizing()
            let fence = { (delimiter: String?) -> HTML in delimiter.map { "<mo>\($0)</mo>" } ?? HTML() }
            return Atom(markup: "<mrow>\(fence(open))\(inner)\(fence(close))</mrow>")
        case "right":
            throw failure("\\right without a matching \\left", at: start)
        case "begin":
            return Atom(markup: try environment(at: start))
        case "underbrace", "overbrace":
            let body = try argument()
            let under = name == "underbrace"
            let tag = under ? "munder" : "mover"
            let brace: HTML = "<mo stretchy=\"true\">\(under ? "⏟" : "⏞")</mo>"
            let accent = under ? "accentunder" : "accent"
            return Atom(markup: "<\(tag) \(accent)=\"true\">\(body)\(brace)</\(tag)>", limits: .always)
        case "overset", "underset":
            let script = try argument()
            let body = try argument()
            let tag = name == "overset" ? "mover" : "munder"
            return Atom(markup: "<\(tag)>\(body)\(script)</\(tag)>")
        case "xrightarrow", "xleftarrow":
            let below = try optionalArgument()
            let above = try argument()
            let arrow: HTML = "<mo stretchy=\"true\">\(name == "xrightarrow" ? "→" : "←")</mo>"
            if let below { return Atom(markup: "<munderover>\(arrow)\(below)\(above)</munderover>") }
            return Atom(markup: "<mover>\(arrow)\(above)</mover>")
        case "label":
            throw failure("\\label numbers a display formula: write it once inside $$…$$", at: start)
        case "displaystyle", "textstyle":
            throw failure("\\\(name) sets the rest of a group: write {\\\(name) …}", at: start)
        default:
            throw failure("\\\(name) follows a large operator or an operator name", at: start)
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

    /// `\begin{name}` (whose `\begin` is at `start`) up to its `\end`: a table, with the fences
    /// of `TeXSymbols.environments` around it.
    private mutating func environment(at start: Int) throws -> HTML {
        let name = try rawArgument()
        guard let shape = TeXSymbols.environments[name] else {
            throw failure("unsupported environment '\(name)'", at: start)
        }
        var rows: [[HTML]] = [[]]
        while true {
            let cell = try sequence(until: nil)
            rows[rows.count - 1].append(cell)
            if peek() == "&" {
                position += 1
            } else if lookingAt("\\\\") {
                position += 2
                rows.append([])
            } else if lookingAtCommand("end") {
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
        let alignment = shape.alignment.map { " columnalign=\"\($0)\"" as HTML } ?? HTML()
        let table = HTML(joining: rows.filter { !$0.isEmpty }.map { row in
            "<mtr>\(HTML(joining: row.map { "<mtd><mrow>\($0)</mrow></mtd>" }))</mtr>"
        })
        let body: HTML = "<mtable\(alignment)>\(table)</mtable>"
        guard shape.open != nil || shape.close != nil else { return body }
        let open = shape.open.map { "<mo>\($0)</mo>" as HTML } ?? HTML()
        let close = shape.close.map { "<mo>\($0)</mo>" as HTML } ?? HTML()
        return "<mrow>\(open)\(body)\(close)</mrow>"
    }

    // MARK: - Elements

    /// `markup` as one element: itself when it is one, else in an `mrow`.
    static func single(_ markup: HTML) -> HTML {
        MathMLElements.count(markup) == 1 ? markup : "<mrow>\(markup)</mrow>"
    }

    /// `markup` with the letters, digits and Greek of its `mi` and `mn` elements in their bold
    /// (upright) or bold italic forms of Unicode's mathematical alphanumeric symbols, which
    /// every MathML renderer draws (MathML Core ignores `mathvariant="bold"`).
    static func bold(_ markup: HTML, italic: Bool) -> HTML {
        let markup = markup.description
        var out = ""
        var inText = false
        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            if character == "<" {
                let rest = markup[index...]
                inText = rest.hasPrefix("<mi>") || rest.hasPrefix("<mn>")
                let close = rest.firstIndex(of: ">") ?? markup.index(before: markup.endIndex)
                out += markup[index...close]
                index = markup.index(after: close)
                continue
            }
            if character == "&" {
                // An entity (`&lt;`) is copied whole: its letters are not text to embolden.
                let end = markup[index...].firstIndex(of: ";") ?? markup.index(before: markup.endIndex)
                out += markup[index...end]
                index = markup.index(after: end)
                continue
            }
            if inText, let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                out.unicodeScalars.append(boldScalar(scalar, italic: italic))
            } else {
                out.append(character)
            }
            index = markup.index(after: index)
        }
        // The MathML it was given, with letters inside `mi` and `mn` replaced by other letters.
        return HTML(unsafe: out)
    }

    private static func boldScalar(_ scalar: Unicode.Scalar, italic: Bool) -> Unicode.Scalar {
        let value = scalar.value
        let mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = (italic ? 0x1D468 : 0x1D400) + value - 0x41
        case 0x61...0x7A: mapped = (italic ? 0x1D482 : 0x1D41A) + value - 0x61
        case 0x30...0x39: mapped = 0x1D7CE + value - 0x30
        case 0x391...0x3A9 where value != 0x3A2: mapped = (italic ? 0x1D71C : 0x1D6A8) + value - 0x391
        case 0x3B1...0x3C9: mapped = (italic ? 0x1D736 : 0x1D6C2) + value - 0x3B1
        case 0x3F5: mapped = italic ? 0x1D750 : 0x1D6DC
        case 0x3D5: mapped = italic ? 0x1D753 : 0x1D6DF
        case 0x2207: mapped = italic ? 0x1D735 : 0x1D6C1
        case 0x2202: mapped = italic ? 0x1D74F : 0x1D6DB
        default: mapped = nil
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
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
    /// Whether `\name` starts here, not followed by another letter (`\right`, not `\rightarrow`).
    private func lookingAtCommand(_ name: String) -> Bool {
        lookingAt("\\" + name) && !(peekAt(name.count + 1)?.isLetter ?? false)
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
