using System.Diagnostics;
using System.Diagnostics.Metrics;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternalControl.Application.Telemetry;

/// <summary>
/// The product's traces, metrics and logs (hardening, finding 13): spans for an evaluation, an import and a report (the
/// workflow runtime adds one per transition, <see cref="WorkflowTelemetry"/>), gauges of overdue tasks and of messages
/// by state, and log lines through <see cref="LoggerFactory"/>. They carry ids, names of rules, workflows and reports,
/// and counts: never a person's name, phone, e-mail or any text a person typed. Nothing is recorded until a host
/// listens (the CLI does when telemetry is configured; it is off by default).
/// </summary>
public static class IcTelemetry
{
    /// <summary>The name of the activity source and of the meter of Application.</summary>
    public const string Name = "InternalControl";

    /// <summary>Every activity source and meter of the product, for a host to subscribe to.</summary>
    public static IReadOnlyList<string> Sources { get; } = [Name, WorkflowTelemetry.Name];

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Gauge<long> TasksOverdue = Meter.CreateGauge<long>("ic.tasks.overdue", "{task}", "Open tasks past their due day, after an evaluation.");

    internal static readonly Gauge<long> Messages = Meter.CreateGauge<long>("ic.messages", "{message}", "Outbox messages by state, after an evaluation.");

    /// <summary>The name of the counter of policy compilations (each a full compile of a policy's files).</summary>
    public const string CompilationsName = "ic.policy.compilations";

    internal static readonly Counter<long> Compilations = Meter.CreateCounter<long>(CompilationsName, "{compilation}", "Policies compiled: every file parsed, bound and compiled.");

    /// <summary>Where Application's log lines go; the host sets it (default: nowhere).</summary>
    public static ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    internal static ILogger Logger => LoggerFactory.CreateLogger(Name);

    /// <summary>
    /// The language of the log lines (<see cref="LogLine"/>) written in this flow of work: `Telemetry:Language`, else the
    /// language the command runs in (default English). It is the flow's, not the process's (an <see cref="AsyncLocal{T}"/>),
    /// so commands run side by side in one process (a host's, the tests') each log in their own.
    /// </summary>
    public static Language Language
    {
        get => LanguageOfFlow.Value ?? Language.En;
        set => LanguageOfFlow.Value = value;
    }

    private static readonly AsyncLocal<Language?> LanguageOfFlow = new();
}
