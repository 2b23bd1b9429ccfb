using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Storage.Schools;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Runtime;

/// <summary>What a runtime runs over: the database, one school's data and calendar, the clock and the definitions.</summary>
/// <param name="Database">Opened with this assembly's migrations: <c>SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly)</c>.</param>
/// <param name="School">The school's data (people, classes, teaching) that roles resolve against.</param>
/// <param name="Calendar">The school's calendar: deadlines and waits count its school days.</param>
/// <param name="Clock">The only source of time.</param>
/// <param name="Definitions">Every version of every workflow that cases may be on.</param>
public sealed record WorkflowRuntimeOptions(
    SchoolDatabase Database,
    SchoolData School,
    SchoolCalendar Calendar,
    TimeProvider Clock,
    WorkflowCatalog Definitions)
{
    /// <summary>
    /// The name this runtime leases timers and messages under. A worker restarted under its old name takes its own
    /// leases up at once; under a new one it waits for them to expire (<see cref="WorkflowRuntime.LeaseTime"/>).
    /// </summary>
    public string Worker { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// What a case's history calls whoever started it when that is not a person, in a language: a rule by its title (the
    /// policy's <c>title</c> lines), the school's plan by its name. A starter it does not know comes back as it is; null
    /// (no policy at hand): the starters as written.
    /// </summary>
    public Func<string, Language, string>? StarterName { get; init; }
}
