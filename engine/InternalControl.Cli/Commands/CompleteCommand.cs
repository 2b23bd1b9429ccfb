using System.CommandLine;
using InternalControl.Application.Control;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic complete TASK --outcome O [--field name=value ...] [--as STAFF]`: a wrong field or outcome is refused and changes nothing.</summary>
internal sealed class CompleteCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var task = new Argument<long>("TASK") { Description = texts.Get("Cli.Tasks.TaskId") };
        var outcome = new Option<string>("--outcome") { Description = texts.Get("Cli.Complete.Outcome"), Required = true };
        var fields = new Option<string[]>("--field") { Description = texts.Get("Cli.Complete.Field"), AllowMultipleArgumentsPerToken = false };
        var actor = new Option<string?>("--as") { Description = texts.Get("Cli.Complete.As") };
        var command = new Command("complete", texts.Get("Cli.Complete.Description")) { task, outcome, fields, actor };
        runner.Bind(command, (context, parse) =>
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(fields) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new UserErrorException("Cli.Error.BadField", pair);
                }

                // The same field twice would leave one of the two values to chance.
                if (!values.TryAdd(pair[..eq].Trim(), pair[(eq + 1)..].Trim()))
                {
                    throw new UserErrorException("Cli.Error.FieldTwice", pair[..eq].Trim());
                }
            }

            using var session = context.OpenSession();
            var id = parse.GetValue(task);
            var existing = session.Runtime.Task(id) ?? throw new UserErrorException("Cli.Error.UnknownTask", id);
            var who = TaskActor.Resolve(session.Data, existing, parse.GetValue(actor));

            // A re-control's rescore takes the criterion scores (`ic control rescore`); its group is computed, not typed.
            if (Rescore.IsRescore(session, existing))
            {
                throw new UserErrorException("Control.Rescore.TakesScores", id);
            }

            // The outcome by its name as `ic tasks` shows it, or by its code.
            var chosen = OutcomeNames.Code(existing.Outcomes, parse.GetValue(outcome)!);
            var result = session.Runtime.Complete(id, chosen, values, who);
            if (result.Error is { } refused)
            {
                throw new UserErrorException(refused);
            }

            context.Say("Cli.Complete.Done", id, existing.Title(context.Texts.Language), OutcomeNames.Name(context.Texts, chosen));
            return ExitCodes.Success;
        });
        return command;
    }
}
