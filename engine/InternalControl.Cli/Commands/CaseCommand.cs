using System.CommandLine;
using InternalControl.Application.Cases;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Workflows;

namespace InternalControl.Cli.Commands;

/// <summary>`ic case ID`: one case's history, line by line, in the reader's language.</summary>
internal sealed class CaseCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var id = new Argument<long>("ID") { Description = texts.Get("Cli.Case.Id") };
        var command = new Command("case", texts.Get("Cli.Case.Description")) { id };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenReadingSession();
            var caseId = parse.GetValue(id);
            var summary = session.Runtime.Case(caseId) ?? throw new UserErrorException("Cli.Error.UnknownCase", caseId);
            // Whom or what the case is about, and its subject where it has one: no empty place in the heading.
            var about = string.Join(", ", new[]
            {
                summary.PupilId is null ? CaseObjects.Describe(summary, session.Runtime, session.Data, context.Texts) ?? "" : CommandContext.PupilName(session.Data, summary.PupilId),
                context.SubjectName(session.Data, summary.SubjectId),
            }.Where(part => part.Length > 0));
            context.Say("Cli.Case.Heading", summary.Id, WorkflowText.Workflow(summary.Workflow).Render(context.Texts.Language),
                about, context.Texts.GetOr("Cli.Cases.Status." + summary.Status, summary.Status));
            foreach (var line in session.Runtime.History(caseId, context.Texts.Language))
            {
                context.Line(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
