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
    ]
    /// Delimiters that must not stretch unless written with `\left` or `\right`.
    static let fences: Set<String> = [
        "lVert", "rVert", "|", "lvert", "rvert", "langle", "rangle", "{", "}", "mid",
    ]
    static let identifiers: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "top": "⊤", "ell": "ℓ", "emptyset": "∅",
    ]
    static let largeOperators: [String: String] = ["sum": "∑", "prod": "∏", "int": "∫"]
    static let functions: Set<String> = [
        "log", "exp", "max", "min", "arg", "lim", "tanh", "sin", "cos", "det",
    ]
    static let spaces: [String: String] = [
        ",": "0.1667em", ";": "0.2778em", ":": "0.2222em", "!": "-0.1667em",
        "quad": "1em", "qquad": "2em", " ": "0.25em",
    ]
}
