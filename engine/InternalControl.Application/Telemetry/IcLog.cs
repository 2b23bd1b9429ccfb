using Microsoft.Extensions.Logging;

namespace InternalControl.Application.Telemetry;

/// <summary>The log lines of Application: counts and ids only (finding 13), in the operator's language (<see cref="LogLine"/>).</summary>
internal static class IcLog
{
    public static void Evaluated(this ILogger logger, long schoolId, string engine, int firings, int casesOpened, int notices, int problems, int timersFired) =>
        logger.Write(LogLevel.Information, 1, new LogLine(
            "Log.Evaluated",
            ("SchoolId", schoolId), ("Engine", engine), ("Firings", firings), ("CasesOpened", casesOpened), ("Notices", notices), ("Problems", problems), ("TimersFired", timersFired)));

    public static void Imported(this ILogger logger, long schoolId, int rows, int errors) =>
        logger.Write(LogLevel.Information, 2, new LogLine("Log.Imported", ("SchoolId", schoolId), ("Rows", rows), ("Errors", errors)));

    public static void Reported(this ILogger logger, string report, long schoolId, int rows) =>
        logger.Write(LogLevel.Information, 3, new LogLine("Log.Reported", ("Report", report), ("SchoolId", schoolId), ("Rows", rows)));
}
