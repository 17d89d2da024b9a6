/// Finite-difference verification of an objective's analytic gradient.
public enum GradientCheck {
    /// Returns maxᵢ |aᵢ - nᵢ| / max(|aᵢ|, |nᵢ|, floor), where a is `objective.gradient` and n the
    /// central difference (f(p + h·eᵢ) - f(p - h·eᵢ)) / 2h.
    ///
    /// `floor` keeps components that are zero in exact arithmetic from dividing rounding noise
    /// by zero. Costs 2·`parameterCount` loss evaluations.
    public static func maxRelativeError<O: Objective>(
        of objective: O, at parameters: [Double], step: Double = 1e-5, floor: Double = 1e-7
    ) -> Double {
        let analytic = objective.gradient(parameters)
        var probe = parameters
        var worst = 0.0
        for i in 0..<parameters.count {
            probe[i] = parameters[i] + step
            let above = objective.loss(probe)
            probe[i] = parameters[i] - step
            let below = objective.loss(probe)
            probe[i] = parameters[i]
            let numeric = (above - below) / (2 * step)
            let scale = max(analytic[i].magnitude, numeric.magnitude, floor)
            worst = max(worst, (analytic[i] - numeric).magnitude / scale)
        }
        return worst
    }
}
