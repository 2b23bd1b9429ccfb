using System.CommandLine;
using InternalControl.Application.Control;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic control score FILE`: evaluation-sheet scores (Kazakh internal control, Order No. 130), all or nothing;
/// `ic control rescore TASK --score N=S ...` (<see cref="ControlRescoreCommand"/>).
/// </summary>
internal sealed class ControlCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var file = new Argument<string>("FILE") { Description = texts.Get("Cli.Control.File") };
        var score = new Command("score", texts.Get("Cli.Control.Score")) { file };
        runner.Bind(score, (context, parse) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserErrorException("Cli.Error.NoFile", path);
            }

            // The sheets and their criteria come from the school's policy: its decision matrix is their only copy.
            using var session = context.OpenSession();
            var workspace = session.Workspace;
            var matrix = DecisionMatrix.From(session.Policy) ?? throw new UserErrorException("Cli.Error.NoMatrix");
            var staff = session.Data.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var objects = staff.Concat(session.Data.Classes.Select(c => c.Id)).Concat(session.Data.Pupils.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
            var read = ScoreImporter.Read(path, matrix, staff, objects);
            if (!read.Succeeded)
            {
                ImportErrorsOutput.Write(context, read.Errors);
                return ExitCodes.UserError;
            }

            var saved = workspace.Database.Scores.Save(workspace.School.Id, read.Scores);
            if (context.Json)
            {
                context.WriteJson(new { imported = new { scores = saved } });
            }
            else
            {
                context.Say("Cli.Control.Saved", saved, read.Scores.Select(s => s.ObjectId).Distinct().Count());
            }

            return ExitCodes.Success;
        });
        return new Command("control", texts.Get("Cli.Control.Description")) { score, ControlRescoreCommand.Build(texts, runner) };
    }
}
