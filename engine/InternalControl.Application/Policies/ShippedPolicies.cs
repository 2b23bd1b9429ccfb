using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Kernel.Policies;

namespace InternalControl.Application.Policies;

/// <summary>
/// The policies the product ships (seeds/policies/{kg,kz}/*.icp, copied beside the program): what
/// `ic init` attaches for the school's country.
/// </summary>
public static class ShippedPolicies
{
    /// <summary>The file name ending of policy files.</summary>
    public const string Extension = ".icp";

    /// <summary>Where the shipped policies are: beside the program.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "policies");

    /// <summary>The baseline files for a country, in name order (a number prefix orders them).</summary>
    public static IReadOnlyList<PolicySource> For(Country country)
    {
        var folder = Path.Combine(Root, country.Code());
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => new PolicySource(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }
}
