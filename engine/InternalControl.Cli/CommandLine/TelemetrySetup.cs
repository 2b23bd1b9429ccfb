using InternalControl.Application.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Telemetry of one `ic` run (hardening, finding 13): off unless `Telemetry:Exporter` is `console` or `otlp` (in
/// ic.settings.json beside the database, or IC_Telemetry__Exporter); OTLP goes to `Telemetry:Endpoint` (default the
/// collector's http://localhost:4317). Traces, metrics and logs of every product source are exported until the run ends.
/// </summary>
internal sealed class TelemetrySetup : IDisposable
{
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;
    private readonly ILoggerFactory _logs;

    private TelemetrySetup(string exporter, Uri? endpoint)
    {
        var console = exporter == "console";
        var tracer = Sdk.CreateTracerProviderBuilder().AddSource([.. IcTelemetry.Sources]);
        var meter = Sdk.CreateMeterProviderBuilder().AddMeter([.. IcTelemetry.Sources]);
        _tracer = (console ? tracer.AddConsoleExporter() : tracer.AddOtlpExporter(o => Endpoint(o, endpoint))).Build();
        _meter = (console ? meter.AddConsoleExporter() : meter.AddOtlpExporter(o => Endpoint(o, endpoint))).Build();
        _logs = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o =>
        {
            if (console)
            {
                o.AddConsoleExporter();
            }
            else
            {
                o.AddOtlpExporter(e => Endpoint(e, endpoint));
            }
        }));
        IcTelemetry.LoggerFactory = _logs;
    }

    /// <summary>Starts telemetry when the settings ask for it; null when they do not (the default) or name no known exporter.</summary>
    public static TelemetrySetup? Start(IConfiguration settings)
    {
        var exporter = settings["Telemetry:Exporter"]?.Trim().ToLowerInvariant();
        if (exporter is not ("console" or "otlp"))
        {
            return null;
        }

        var endpoint = Uri.TryCreate(settings["Telemetry:Endpoint"], UriKind.Absolute, out var uri) ? uri : null;
        return new TelemetrySetup(exporter, endpoint);
    }

    public void Dispose()
    {
        IcTelemetry.LoggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        _tracer.Dispose();
        _meter.Dispose();
        _logs.Dispose();
    }

    private static void Endpoint(OpenTelemetry.Exporter.OtlpExporterOptions options, Uri? endpoint)
    {
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }
    }
}
