using System.Globalization;
using InternalControl.Rules.Model;

namespace InternalControl.Application.Policies;

/// <summary>Reads a school's policy parameters for the parts of the product that apply them outside the rules (reports).</summary>
public static class PolicyParameters
{
    /// <summary>The whole-number parameter <paramref name="name"/> of <paramref name="policy"/>, or <paramref name="fallback"/> when there is no policy or no such number.</summary>
    public static int Int(CompiledPolicy? policy, string name, int fallback)
    {
        var value = policy?.Parameters.FirstOrDefault(p => p.Name == name)?.Value;
        return value switch
        {
            double d when d >= 0 && d == Math.Floor(d) && d <= int.MaxValue => (int)d,
            decimal m when m >= 0 && m == decimal.Floor(m) && m <= int.MaxValue => (int)m,
            int i => i,
            long l when l is >= 0 and <= int.MaxValue => (int)l,
            string t when int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => fallback,
        };
    }
}
