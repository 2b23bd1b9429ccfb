using System.Globalization;

namespace InternalControl.Application.Access;

/// <summary>A signed-in person of one school, by kind and the id the school's import gave them.</summary>
public sealed record Person(long SchoolId, PersonKind Kind, string Id)
{
    /// <summary>How the audit trail names the actor (an opaque id, never a name).</summary>
    public string Actor => string.Create(CultureInfo.InvariantCulture, $"{(Kind == PersonKind.Staff ? "staff" : "parent")}:{Id}");
}
