using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using InternalControl.Application.Delivery;
using InternalControl.Application.Workers;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic worker [--workers N] [--every SECONDS] [--nightly-at HH:mm] [--outbox FILE] [--name NAME] [--once]`: serves every
/// school of one database (a district's) until SIGTERM or Ctrl-C: the nightly evaluation split by school, due timers
/// and the outbox, leased so that several processes share the work. The outbox goes over the channels configured as for
/// <c>ic outbox --send</c> (ic.settings.json beside the database, then IC_ environment variables, read at each sending),
/// or is appended to --outbox when none is. Its lines carry counts, never a person's data.
/// </summary>
internal sealed class WorkerCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var workers = new Option<int>("--workers") { Description = texts.Get("Cli.Worker.Workers"), DefaultValueFactory = _ => 2 };
        var every = new Option<double>("--every") { Description = texts.Get("Cli.Worker.Every"), DefaultValueFactory = _ => 60 };
        var nightlyAt = NightlyAtOption.Create(texts);
        var outbox = new Option<string?>("--outbox") { Description = texts.Get("Cli.Worker.Outbox") };
        var name = new Option<string?>("--name") { Description = texts.Get("Cli.Worker.Name") };
        var once = new Option<bool>("--once") { Description = texts.Get("Cli.Worker.Once") };
        var command = new Command("worker", texts.Get("Cli.Worker.Description")) { workers, every, nightlyAt, outbox, name, once };
        runner.Bind(command, (context, parse) =>
        {
            var count = parse.GetValue(workers);
            var seconds = parse.GetValue(every);
            if (count < 1 || count > 64 || seconds <= 0 || double.IsNaN(seconds))
            {
                throw new UserErrorException("Cli.Worker.Error.Counts");
            }

            var at = NightlyAtOption.Read(parse, nightlyAt);

            var opened = Workspace.OpenExisting(context.DatabasePath);
            if (!opened.Succeeded)
            {
                throw new UserErrorException(opened.Errors.First());
            }

            var database = opened.Value;
            var options = new WorkerOptions(
                count,
                parse.GetValue(name) ?? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}"),
                Path.GetFullPath(parse.GetValue(outbox) ?? (database.IsPostgres ? "internal-control.outbox.txt" : Path.ChangeExtension(database.Path, ".outbox.txt"))))
            {
                Every = TimeSpan.FromSeconds(seconds),
                NightlyAt = at,
                Once = parse.GetValue(once),
                Outbox = () => OutboxSettings.Read(Settings.Read(context.DatabasePath)),
            };

            using var stop = new CancellationTokenSource();
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            var console = new Lock();
            var pool = new WorkerPool(database, context.Clock, options)
            {
                // The exception's type only: its message may quote a row.
                Failed = e =>
                {
                    lock (console)
                    {
                        context.Say("Cli.Worker.RoundFailed", e.GetType().Name);
                    }
                },
            };
            context.Say("Cli.Worker.Started", count, database.Path, database.Schools.Schools().Count);
            var done = pool.Run(stop.Token);
            context.Say("Cli.Worker.Stopped", done.Evaluated, done.Fired, done.Sent);
            return ExitCodes.Success;

            void Stop(PosixSignalContext signal)
            {
                // The workers finish the school they are on and return; the process then exits on its own.
                signal.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
