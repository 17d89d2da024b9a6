/// A reading of the MathML the book writes (well-formed, attributes quoted, text escaped):
/// its elements as a tree, to check their structure.
struct MathMLElement: Equatable {
    var name: String
    var children: [MathMLElement]
    /// The text directly inside it (an `mi`'s letters), entities left as written.
    var text = ""
}

enum MathMLElements {
    /// How many elements `markup` has at its top level.
    static func count(_ markup: HTML) -> Int { parse(markup.description).count }

    /// The top-level elements of `markup`, each with its child elements (text is skipped).
    static func parse(_ markup: String) -> [MathMLElement] {
        var stack: [MathMLElement] = [MathMLElement(name: "", children: [])]
        var index = markup.startIndex
        while let open = markup[index...].firstIndex(of: "<") {
            stack[stack.count - 1].text += markup[index..<open]
            guard let close = markup[open...].firstIndex(of: ">") else { break }
            let tag = markup[markup.index(after: open)..<close]
            index = markup.index(after: close)
            if tag.hasPrefix("/") {
                guard stack.count > 1 else { continue }
                let element = stack.removeLast()
                stack[stack.count - 1].children.append(element)
                continue
            }
            let name = String(tag.prefix { $0 != " " && $0 != "/" })
            if tag.hasSuffix("/") {
                stack[stack.count - 1].children.append(MathMLElement(name: name, children: []))
            } else {
                stack.append(MathMLElement(name: name, children: []))
            }
        }
        while stack.count > 1 {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(element)
        }
        return stack[0].children
    }

    /// Every operator name (an `mi` whose text is one of `names`) that something follows but not
    /// U+2061, directly or after the scripts of which it is the base: "log", "softmax". (One
    /// that ends its row, as in s_{\min}, is a label applied to nothing.)
    static func operatorNamesWithoutApplication(_ elements: [MathMLElement], names: Set<String>) -> [String] {
        let scripted: Set<String> = ["msub", "msup", "msubsup", "munder", "mover", "munderover"]
        func isApplication(_ element: MathMLElement?) -> Bool {
            element?.name == "mo" && element?.text == "\u{2061}"
        }
        func isName(_ element: MathMLElement) -> Bool {
            element.name == "mi" && names.contains(element.text)
                || scripted.contains(element.name) && element.children.first.map(isName) == true
        }
        var missing: [String] = []
        for (index, element) in elements.enumerated() {
            if isName(element), index + 1 < elements.count, !isApplication(elements[index + 1]) {
                missing.append(element.name == "mi" ? element.text : element.name)
            }
            let children = scripted.contains(element.name)
                ? Array(element.children.dropFirst()) : element.children
            missing += operatorNamesWithoutApplication(children, names: names)
        }
        return missing
    }

    /// The number of children each MathML element with a fixed arity must have.
    static let arity: [String: Int] = [
        "msub": 2, "msup": 2, "msubsup": 3, "mfrac": 2, "mover": 2, "munder": 2,
        "munderover": 3, "mroot": 2,
    ]

    /// A description of each element of `elements` (and their descendants) whose number of
    /// children is not the one MathML requires, such as "msub with 3 children".
    static func arityErrors(_ elements: [MathMLElement]) -> [String] {
        elements.flatMap { element -> [String] in
            var errors: [String] = []
            if let expected = arity[element.name], element.children.count != expected {
                errors.append("\(element.name) with \(element.children.count) children")
            }
            return errors + arityErrors(element.children)
        }
    }
}
