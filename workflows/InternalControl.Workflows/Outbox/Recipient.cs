using InternalControl.Localization;

namespace InternalControl.Workflows.Outbox;

/// <summary>Someone a step addresses: a member of staff or a parent, with the language they read.</summary>
internal sealed record Recipient(string Kind, string Id, Language Language)
{
    public const string StaffKind = "staff";
    public const string ParentKind = "parent";
}
