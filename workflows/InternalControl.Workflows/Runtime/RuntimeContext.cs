using InternalControl.Kernel.Calendars;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Runtime;

/// <summary>What a transition may read besides its case: people, calendar, definitions and the moment it happens.</summary>
internal sealed record RuntimeContext(RoleResolver People, SchoolCalendar Calendar, WorkflowCatalog Catalog, DateTimeOffset Now)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public string NowText => InternalControl.Kernel.Time.IsoInstant.Text(Now);
}
