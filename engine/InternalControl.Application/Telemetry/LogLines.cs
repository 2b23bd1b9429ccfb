using Microsoft.Extensions.Logging;

namespace InternalControl.Application.Telemetry;

/// <summary>Writes <see cref="LogLine"/>s: every log line of the product is a catalog text in the operator's language.</summary>
public static class LogLines
{
    /// <summary>Writes <paramref name="line"/> at <paramref name="level"/> as event <paramref name="eventId"/>, with <paramref name="error"/> if any.</summary>
    public static void Write(this ILogger logger, LogLevel level, int eventId, LogLine line, Exception? error = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(line);
        if (logger.IsEnabled(level))
        {
            logger.Log(level, new EventId(eventId, line.Key), line, error, static (state, _) => state.Text());
        }
    }
}
