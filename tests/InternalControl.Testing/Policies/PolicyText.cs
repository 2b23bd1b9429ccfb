using InternalControl.Kernel.Policies;

namespace InternalControl.Testing.Policies;

/// <summary>Policy files for tests: a one-file policy around a body, and the shipped policies as they are in seeds/.</summary>
public static class PolicyText
{
    /// <summary>A policy file: a header naming policy <paramref name="name"/> of <paramref name="country"/>, then <paramref name="body"/>.</summary>
    public static string With(string body, string name = "t", string country = "kg") =>
        $"policy \"{name}\" country {country} version 1\n" + body;

    /// <summary>The shipped policy files of a country (kg, kz), in the order the compiler takes them.</summary>
    public static IReadOnlyList<PolicySource> Shipped(string country) =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds", "policies", country), "*.icp")
            .Order(StringComparer.Ordinal)
            .Select(f => new PolicySource(Path.GetFileName(f), File.ReadAllText(f)))];
}
