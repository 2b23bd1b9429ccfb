using System.CommandLine;
using System.Globalization;
using InternalControl.Application.Control;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic control rescore TASK --score CRITERION=SCORE ... [--as STAFF]`: a re-control's rescore is done with the sheet's
/// criterion scores; the policy's bands give the group (seed 000 §3.2-3.4). Bad scores are refused and change nothing.
/// </summary>
internal static class ControlRescoreCommand
{
    public static Command Build(Localizer texts, CommandRunner runner)
    {
        var task = new Argument<long>("TASK") { Description = texts.Get("Cli.Tasks.TaskId") };
        var scores = new Option<string[]>("--score") { Description = texts.Get("Cli.Control.Rescore.Score"), Required = true, AllowMultipleArgumentsPerToken = false };
        var actor = new Option<string?>("--as") { Description = texts.Get("Cli.Complete.As") };
        var command = new Command("rescore", texts.Get("Cli.Control.Rescore")) { task, scores, actor };
        runner.Bind(command, (context, parse) =>
        {
            var values = new Dictionary<int, int>();
            foreach (var pair in parse.GetValue(scores) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0
                    || !int.TryParse(pair[..eq].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var criterion)
                    || !int.TryParse(pair[(eq + 1)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
                {
                    throw new UserErrorException("Cli.Error.BadField", pair);
                }

                // The same criterion twice would leave one of the two scores to chance.
                if (!values.TryAdd(criterion, score))
                {
                    throw new UserErrorException("Cli.Error.FieldTwice", pair[..eq].Trim());
                }
            }

            using var session = context.OpenSession();
            var id = parse.GetValue(task);
            var existing = session.Runtime.Task(id) ?? throw new UserErrorException("Cli.Error.UnknownTask", id);
            var who = TaskActor.Resolve(session.Data, existing, parse.GetValue(actor));
            var result = Rescore.Submit(session, id, values, who);
            if (result.Error is { } refused)
            {
                throw new UserErrorException(refused);
            }

            context.Say("Cli.Complete.Done", id, existing.Title(context.Texts.Language), existing.Outcomes[0]);
            return ExitCodes.Success;
        });
        return command;
    }
}
