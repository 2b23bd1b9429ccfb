using Microsoft.Extensions.Logging;

namespace InternalControl.Application.Telemetry;

/// <summary>The log lines of Application: counts and ids only (finding 13).</summary>
internal static partial class IcLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Evaluated school {SchoolId} on {Engine}: {Firings} firings, {CasesOpened} cases opened, {Notices} notices, {Problems} problems, {TimersFired} timers fired")]
    public static partial void Evaluated(this ILogger logger, long schoolId, string engine, int firings, int casesOpened, int notices, int problems, int timersFired);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Imported into school {SchoolId}: {Rows} rows, {Errors} errors")]
    public static partial void Imported(this ILogger logger, long schoolId, int rows, int errors);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Built report {Report} for school {SchoolId}: {Rows} rows")]
    public static partial void Reported(this ILogger logger, string report, long schoolId, int rows);
}
