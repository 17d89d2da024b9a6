/// The TeX commands that stand for one symbol, by kind.
enum TeXSymbols {
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "ϕ",
        "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ]
    static let upperGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]
    static let operators: [String: String] = [
        "cdot": "·", "times": "×", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
        "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "propto": "∝", "to": "→",
        "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "iff": "⇔", "in": "∈",
        "pm": "±", "mid": "|", "lVert": "‖", "rVert": "‖", "|": "‖", "lvert": "|",
        "rvert": "|", "ldots": "…", "cdots": "⋯", "langle": "⟨", "rangle": "⟩",
        "{": "{", "}": "}", "leftarrowtail": "↢", "mapsto": "↦", "odot": "⊙",
        "circ": "∘", "ast": "∗", "equiv": "≡", "coloneqq": "≔", "gets": "←",
        "vert": "|", "Vert": "‖", "ddots": "⋱", "vdots": "⋮", "gg": "≫", "ll": "≪",
        "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "notin": "∉",
        "forall": "∀", "exists": "∃", "Leftarrow": "⇐", "leftrightarrow": "↔",
        "lbrace": "{", "rbrace": "}",
    ]
    /// Delimiters that must not stretch unless written with `\left` or `\right`.
    static let fences: Set<String> = [
        "lVert", "rVert", "|", "lvert", "rvert", "langle", "rangle", "{", "}", "mid",
        "vert", "Vert", "lbrace", "rbrace",
    ]
    static let identifiers: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "top": "⊤", "ell": "ℓ", "emptyset": "∅",
        "intercal": "⊺",
    ]
    static let largeOperators: [String: String] = ["sum": "∑", "prod": "∏", "int": "∫"]
    /// Operator names: followed by the function application character U+2061.
    static let functions: Set<String> = [
        "log", "exp", "max", "min", "arg", "lim", "tanh", "sin", "cos", "det",
        "ln", "tan", "sinh", "cosh", "sup", "inf", "Pr", "dim", "ker", "deg", "gcd",
    ]
    /// Operator names whose scripts go under and over them on display, as TeX sets them.
    static let limitFunctions: Set<String> = ["max", "min", "lim", "sup", "inf", "Pr", "gcd"]
    /// Accents over their argument, by the character drawn.
    static let accents: [String: String] = [
        "hat": "^", "bar": "¯", "tilde": "~", "dot": "˙", "ddot": "¨", "vec": "→", "check": "ˇ",
        "widehat": "^", "widetilde": "~", "overline": "¯",
    ]
    static let spaces: [String: String] = [
        ",": "0.1667em", ";": "0.2778em", ":": "0.2222em", "!": "-0.1667em",
        "quad": "1em", "qquad": "2em", " ": "0.25em",
    ]

    /// Environments of `\begin{…}`: the fences around their table, and its column alignment.
    static let environments: [String: (open: String?, close: String?, alignment: String?)] = [
        "aligned": (nil, nil, "right left"), "cases": ("{", nil, "left left"),
        "matrix": (nil, nil, nil), "pmatrix": ("(", ")", nil), "bmatrix": ("[", "]", nil),
        "Bmatrix": ("{", "}", nil), "vmatrix": ("|", "|", nil), "Vmatrix": ("‖", "‖", nil),
    ]
    /// The commands that take arguments or change what follows, each with an example of its
    /// use and what it makes. The converter accepts no command that is neither here nor in one
    /// of the tables above, so that docs/MATH.md, generated from these tables, lists them all.
    static let constructs: [TeXConstruct] = [
        .init("frac", "\\frac{a}{b}", "a fraction"),
        .init("tfrac", "\\tfrac{a}{b}", "a fraction in text size"),
        .init("dfrac", "\\dfrac{a}{b}", "a fraction in display size"),
        .init("binom", "\\binom{n}{k}", "a binomial coefficient"),
        .init("sqrt", "\\sqrt{x} \\sqrt[3]{x}", "a square root, or a root of another index"),
        .init("mathbf", "\\mathbf{W}", "bold upright letters and digits"),
        .init("boldsymbol", "\\boldsymbol{\\theta}", "bold italic letters, Greek included"),
        .init("mathrm", "\\mathrm{KL}", "upright letters"),
        .init("mathbb", "\\mathbb{R}", "double-struck letters"),
        .init("mathcal", "\\mathcal{L}", "calligraphic (script) letters"),
        .init("operatorname", "\\operatorname{softmax}(z)", "an operator name (followed by U+2061)"),
        .init("operatorname*", "\\operatorname*{argmin}_w L",
              "an operator name whose scripts go under and over it on display"),
        .init("text", "x \\text{ if } y", "upright text with its spaces"),
        .init("left", "\\left( \\frac{a}{b} \\right)",
              "with \\right: delimiters that stretch around what they enclose (`.` for none)"),
        .init("right", "\\left\\lVert x \\right\\rVert_2", "closes \\left"),
        .init("begin", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
              "an environment (see below), rows split by \\\\, cells by &"),
        .init("end", "\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}", "closes \\begin"),
        .init("underbrace", "\\underbrace{a + b}_{n}", "a brace under, with its label below"),
        .init("overbrace", "\\overbrace{a + b}^{n}", "a brace over, with its label above"),
        .init("overset", "\\overset{!}{=}", "the first argument over the second"),
        .init("underset", "\\underset{w}{\\min}", "the first argument under the second"),
        .init("xrightarrow", "\\xrightarrow{t \\to \\infty} \\xrightarrow[b]{a}",
              "an arrow with text over it (and, optionally, under it)"),
        .init("xleftarrow", "\\xleftarrow{a}", "an arrow to the left with text over it"),
        .init("displaystyle", "{\\displaystyle \\sum_i x_i}",
              "sets the rest of its group as on display"),
        .init("textstyle", "{\\textstyle \\sum_i x_i}", "sets the rest of its group as in text"),
        .init("limits", "\\sum\\limits_{i=1}^n", "scripts under and over the operator before it"),
        .init("nolimits", "\\sum\\nolimits_{i=1}^n", "scripts beside the operator before it"),
        .init("label", "\\label{eq:ridge}",
              "numbers a display formula so that prose can refer to it (in $$…$$ only)"),
    ]
}

/// A command of the TeX subset that is not a plain symbol.
struct TeXConstruct {
    var name: String
    var example: String
    var meaning: String

    init(_ name: String, _ example: String, _ meaning: String) {
        self.name = name
        self.example = example
        self.meaning = meaning
    }
}
