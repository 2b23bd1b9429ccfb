using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using InternalControl.Application.Telemetry;
using Microsoft.Extensions.Logging;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 13: the demo's traces, metrics and log lines, caught in memory as an exporter would see them,
/// hold no pupil's or parent's name, no phone number and no e-mail address of the sample schools.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Finding13_TheDemo_PutsNoPersonalDataInAnySpanMetricOrLogLine()
    {
        // Arrange: listen to every product source, as the CLI's exporters do when telemetry is configured.
        var lines = new ConcurrentQueue<string>();
        var spans = new ConcurrentQueue<string>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => IcTelemetry.Sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                spans.Enqueue(activity.OperationName);
                lines.Enqueue(activity.DisplayName);
                foreach (var tag in activity.TagObjects)
                {
                    lines.Enqueue(tag.Key + "=" + Convert.ToString(tag.Value, CultureInfo.InvariantCulture));
                }

                foreach (var e in activity.Events)
                {
                    lines.Enqueue(e.Name + " " + string.Join(" ", e.Tags.Select(t => t.Key + "=" + t.Value)));
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        var measurements = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (IcTelemetry.Sources.Contains(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            Interlocked.Increment(ref measurements);
            lines.Enqueue(instrument.Name + " " + value + " " + string.Join(" ", tags.ToArray().Select(t => t.Key + "=" + t.Value)));
        });
        meters.Start();
        var logs = new CapturingLoggerFactory(lines);
        var previous = IcTelemetry.LoggerFactory;
        IcTelemetry.LoggerFactory = logs;

        // Act
        IcRun demo;
        try
        {
            demo = Ic.Run("demo", "--lang", "en");
        }
        finally
        {
            IcTelemetry.LoggerFactory = previous;
        }

        // Assert: the demo ran and was observed (evaluation, import, transitions, reports, metrics, logs)...
        Assert.True(demo.ExitCode == 0, demo.Error);
        Assert.Contains("ic.evaluate", spans);
        Assert.Contains("ic.import", spans);
        Assert.Contains("ic.case.start", spans);
        Assert.Contains("ic.transition", spans);
        Assert.Contains("ic.report.table", spans);
        Assert.True(measurements > 0);
        Assert.True(logs.Lines > 0);

        // ...and nothing it recorded names a person or a way to reach one.
        var personal = PersonalData().ToList();
        Assert.True(personal.Count > 100, "the sample schools' names, phones and e-mails were read");
        var leaks = lines.SelectMany(line => personal.Where(p => line.Contains(p, StringComparison.OrdinalIgnoreCase)).Select(p => p + " in: " + line)).Take(5).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData("ky", "мектеби", "бааланды")]
    [InlineData("kk", "мектебі", "бағаланды")]
    [InlineData("ru", "Школа", "оценена")]
    public void Demo_InTheOperatorsLanguage_WritesItsLogLinesInThatLanguage(string language, string school, string evaluated)
    {
        // Arrange
        var lines = new ConcurrentQueue<string>();
        var logs = new CapturingLoggerFactory(lines);
        var previous = IcTelemetry.LoggerFactory;
        IcTelemetry.LoggerFactory = logs;

        // Act
        IcRun demo;
        try
        {
            demo = Ic.Run("demo", "--lang", language);
        }
        finally
        {
            IcTelemetry.LoggerFactory = previous;
        }

        // Assert: the evaluation's line is the catalog's in that language, with its counts; no line is English
        Assert.True(demo.ExitCode == 0, demo.Error);
        Assert.True(lines.Any(l => l.Contains(school, StringComparison.Ordinal) && l.Contains(evaluated, StringComparison.Ordinal) && l.Any(char.IsDigit)), string.Join("\n", lines.Where(l => !l.Contains('=', StringComparison.Ordinal)).Take(8)));
        Assert.DoesNotContain(lines, l => l.Contains("Evaluated school", StringComparison.Ordinal) || l.Contains(" rows", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "{OriginalFormat}=Log.Evaluated");
    }

    /// <summary>Every pupil's and parent's name (and each part of it), phone number and e-mail address of both sample schools.</summary>
    private static IEnumerable<string> PersonalData()
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var school in new[] { "kg-school", "kz-school" })
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "samples", school);
            foreach (var (file, columns) in new[] { ("pupils.csv", new[] { "full_name" }), ("parents.csv", ["full_name", "phone", "email"]), ("contacts.csv", ["address"]) })
            {
                var rows = File.ReadAllLines(Path.Combine(folder, file));
                var header = rows[0].Split(',');
                foreach (var row in rows.Skip(1).Select(r => r.Split(',')))
                {
                    foreach (var index in columns.Select(c => Array.IndexOf(header, c)).Where(i => i >= 0 && i < row.Length))
                    {
                        var value = row[index].Trim('"').Trim();
                        foreach (var part in value.Split(' ').Where(p => p.Length >= 5 && !p.StartsWith('+')).Append(value).Where(p => p.Length >= 5))
                        {
                            values.Add(part);
                        }
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Captures the log lines of the test's own flow of work: the factory is the process's, and the commands other test
    /// classes run side by side log through it too.
    /// </summary>
    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        private static readonly AsyncLocal<CapturingLoggerFactory?> Flow = new();
        private readonly ConcurrentQueue<string> lines;
        private int _lines;

        public CapturingLoggerFactory(ConcurrentQueue<string> lines)
        {
            this.lines = lines;
            Flow.Value = this;
        }

        public int Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private void Add(string line, bool counts)
        {
            if (counts)
            {
                Interlocked.Increment(ref _lines);
            }

            lines.Enqueue(line);
        }

        private sealed class Logger(CapturingLoggerFactory owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (Flow.Value != owner)
                {
                    return;
                }

                owner.Add(formatter(state, exception), counts: true);
                if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        owner.Add(pair.Key + "=" + pair.Value, counts: false);
                    }
                }
            }
        }
    }
}
