using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A member of staff with the roles they hold and the language they read.</summary>
public sealed record Staff(string Id, string FullName, Language Language, IReadOnlyList<StaffRole> Roles)
{
    public bool Has(StaffRole role) => Roles.Contains(role);
}
